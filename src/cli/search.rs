//! `newsarc search`: ranked full-text search with snippets.

use std::io::Write;

use anyhow::bail;

use super::render::{fit, pad, short_date};
use super::{Ctx, Status};
use newsarc::search::{Hit, Query, search};

/// Search the archive; every word must match
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  newsarc search aleppo\n  newsarc search lavrov kerry -n 5 --json"
)]
pub struct Args {
    /// Words to look for (case-insensitive)
    #[arg(required = true, value_name = "QUERY")]
    query: Vec<String>,

    /// Show at most N hits
    #[arg(short = 'n', long, default_value_t = 10, value_name = "N")]
    limit: usize,

    /// One JSON object per hit (NDJSON)
    #[arg(long)]
    json: bool,
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let Some(query) = Query::parse(&args.query.join(" ")) else {
        bail!("the query has no words to search for");
    };
    let articles = super::load_articles(ctx)?;
    let hits = search(articles.into_iter(), &query, args.limit);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for hit in &hits {
        if args.json {
            serde_json::to_writer(&mut out, hit)?;
            writeln!(out)?;
        } else {
            write_hit(&mut out, hit, ctx)?;
        }
    }
    out.flush()?;
    Ok(if hits.is_empty() {
        Status::NoMatch
    } else {
        Status::Success
    })
}

fn write_hit(out: &mut impl Write, hit: &Hit, ctx: &Ctx) -> std::io::Result<()> {
    let date = short_date(hit.published.as_deref(), "");
    let date = if date.is_empty() {
        "-".repeat(10)
    } else {
        date
    };
    let author = super::output::sanitize(hit.authors.first().map_or("-", String::as_str));
    let headline = super::output::sanitize(hit.headline.as_deref().unwrap_or("(no headline)"));
    let width = ctx.out.width.unwrap_or(usize::MAX);
    let head = format!("{}  {}  {}", date, pad(&author, 20), headline);
    writeln!(
        out,
        "{}  {}",
        ctx.out.bold(hit.id.as_str()),
        fit(&head, width.saturating_sub(14))
    )?;
    writeln!(out, "    {}", highlighted(hit, ctx))?;
    Ok(())
}

/// The snippet with its matches highlighted (when colour is on).
fn highlighted(hit: &Hit, ctx: &Ctx) -> String {
    let mut s = String::new();
    let mut last = 0;
    for &(start, end) in &hit.highlights {
        s.push_str(&super::output::sanitize(&hit.snippet[last..start]));
        s.push_str(
            &ctx.out
                .highlight(&super::output::sanitize(&hit.snippet[start..end])),
        );
        last = end;
    }
    s.push_str(&super::output::sanitize(&hit.snippet[last..]));
    s
}
