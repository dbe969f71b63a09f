//! `newsarc list`: the archive, newest first, served from the index.

use std::io::Write;

use super::filter::{FilterArgs, SortArg};
use super::render::{ListRow, list_table, short_date};
use super::{Ctx, Status};

/// List archived articles, newest first
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  newsarc list -n 20\n  newsarc list --author lavrov --since 2016-12\n  newsarc list --json | jq -r .headline"
)]
pub struct Args {
    /// Show at most N articles
    #[arg(short = 'n', long, value_name = "N")]
    limit: Option<usize>,

    /// Order of the articles
    #[arg(long, value_enum, default_value_t = SortArg::Newest)]
    sort: SortArg,

    #[command(flatten)]
    filter: FilterArgs,

    /// One JSON object per article (NDJSON)
    #[arg(long)]
    json: bool,
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let filter = args.filter.filter();
    let index = super::open_index(ctx)?;
    let mut found = index.list(&filter, args.sort.into(), args.limit)?;
    super::report_found(&mut found);
    let articles = &found.items;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        for a in articles {
            serde_json::to_writer(&mut out, a)?;
            writeln!(out)?;
        }
    } else {
        let dates: Vec<String> = articles
            .iter()
            .map(|a| short_date(a.published.as_deref(), &a.imported_at))
            .collect();
        let rows: Vec<ListRow<'_>> = articles
            .iter()
            .zip(&dates)
            .map(|(a, date)| ListRow {
                id: a.id.as_str(),
                date,
                author: a.authors.first().map_or("", String::as_str),
                headline: a.headline.as_deref().unwrap_or(""),
            })
            .collect();
        list_table(&mut out, &rows, &ctx.out)?;
    }
    out.flush()?;
    Ok(if articles.is_empty() && !filter.is_empty() {
        Status::NoMatch
    } else {
        Status::Success
    })
}
