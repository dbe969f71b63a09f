//! `newsarc list`: the archive, newest first.

use std::io::Write;

use serde::Serialize;

use super::render::{ListRow, list_table, short_date};
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
    if args.json {
        for a in &articles {
            serde_json::to_writer(&mut out, &entry(a))?;
            writeln!(out)?;
        }
    } else {
        let dates: Vec<String> = articles
            .iter()
            .map(|a| short_date(a.published.as_deref(), &a.source.imported_at))
            .collect();
        let rows: Vec<ListRow<'_>> = articles
            .iter()
            .zip(&dates)
            .map(|(a, date)| ListRow {
                id: a.id.as_str(),
                date,
                author: a.authors.first().map_or("", |x| x.name.as_str()),
                headline: a.headline.as_deref().unwrap_or(""),
            })
            .collect();
        list_table(&mut out, &rows, &ctx.out)?;
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
