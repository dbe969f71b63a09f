//! `newsarc list`: the archive, newest first.

use std::io::Write;

use serde::Serialize;

use super::render::{fit, pad, short_date};
use super::{Ctx, Status};
use newsarc::article::{Article, ArticleId};

/// List archived articles, newest first
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  newsarc list -n 20\n  newsarc list --json | jq -r .headline")]
pub struct Args {
    /// Show at most N articles
    #[arg(short = 'n', long, value_name = "N")]
    limit: Option<usize>,

    /// One JSON object per article (NDJSON)
    #[arg(long)]
    json: bool,
}

/// One line of `list --json`.
#[derive(Serialize)]
struct Entry<'a> {
    id: &'a ArticleId,
    headline: Option<&'a str>,
    published: Option<&'a str>,
    authors: Vec<&'a str>,
    site_name: Option<&'a str>,
    tags: &'a [String],
    imported_at: &'a str,
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let mut articles = super::load_articles(ctx)?;
    articles.sort_by(|a, b| {
        b.sort_date()
            .cmp(a.sort_date())
            .then_with(|| a.id.cmp(&b.id))
    });
    articles.truncate(args.limit.unwrap_or(usize::MAX));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for a in &articles {
        if args.json {
            serde_json::to_writer(&mut out, &entry(a))?;
            writeln!(out)?;
        } else {
            write_line(&mut out, a, ctx)?;
        }
    }
    out.flush()?;
    Ok(Status::Success)
}

fn entry(a: &Article) -> Entry<'_> {
    Entry {
        id: &a.id,
        headline: a.headline.as_deref(),
        published: a.published.as_deref(),
        authors: a.authors.iter().map(|x| x.name.as_str()).collect(),
        site_name: a.site_name.as_deref(),
        tags: &a.tags,
        imported_at: &a.source.imported_at,
    }
}

/// Width of the author column on a terminal: most names fit.
const AUTHOR_COLUMNS: usize = 20;

/// `id  date  author  headline`, fitted to the terminal; tab-separated on a
/// pipe so scripts can cut fields.
pub fn write_line(out: &mut impl Write, a: &Article, ctx: &Ctx) -> std::io::Result<()> {
    let date = short_date(a.published.as_deref(), &a.source.imported_at);
    let author = a.authors.first().map_or("-", |x| x.name.as_str());
    let headline = super::output::sanitize(a.headline.as_deref().unwrap_or("(no headline)"));
    let author = super::output::sanitize(author);
    match ctx.out.width {
        Some(width) => {
            let author = pad(&author, AUTHOR_COLUMNS);
            let used = 12 + 2 + 10 + 2 + AUTHOR_COLUMNS + 2;
            let headline = fit(&headline, width.saturating_sub(used).max(10));
            writeln!(
                out,
                "{}  {date}  {author}  {headline}",
                ctx.out.bold(a.id.as_str())
            )
        }
        None => writeln!(out, "{}\t{date}\t{author}\t{headline}", a.id),
    }
}
