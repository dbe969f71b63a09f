//! `newsarc list`: the archive, newest first, served from the index.

use std::io::Write;

use super::filter::{FilterArgs, SortArg};
use super::output::sanitize;
use super::render::{fit, pad, short_date};
use super::{Ctx, Status};
use newsarc::search::Summary;

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
    let found = index.list(&filter, args.sort.into(), args.limit)?;
    super::report_skipped(&found.skipped);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for summary in &found.items {
        if args.json {
            serde_json::to_writer(&mut out, summary)?;
            writeln!(out)?;
        } else {
            write_line(&mut out, summary, ctx)?;
        }
    }
    out.flush()?;
    Ok(if found.items.is_empty() && !filter.is_empty() {
        Status::NoMatch
    } else {
        Status::Success
    })
}

/// Width of the author column on a terminal: most names fit.
const AUTHOR_COLUMNS: usize = 20;

/// `id  date  author  headline`, fitted to the terminal; tab-separated on a
/// pipe so scripts can cut fields.
pub fn write_line(out: &mut impl Write, a: &Summary, ctx: &Ctx) -> std::io::Result<()> {
    let date = short_date(a.published.as_deref(), &a.imported_at);
    let author = sanitize(a.authors.first().map_or("-", String::as_str));
    let headline = sanitize(a.headline.as_deref().unwrap_or("(no headline)"));
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
