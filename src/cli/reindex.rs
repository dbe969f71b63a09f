//! `newsarc reindex`: rebuild the search index from the article files.

use super::{Ctx, Status};

/// Rebuild the search index from the article files
#[derive(Debug, clap::Args)]
#[command(
    after_help = "The index is derived data: newsarc rebuilds it by itself when it is missing,\nfrom another version or out of date. Run this after editing article files by hand."
)]
pub struct Args {}

pub fn run(_args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let rebuilt = ctx.archive.reindex()?;
    super::report_skipped(&rebuilt.skipped);
    if !ctx.quiet {
        eprintln!(
            "indexed {}",
            super::output::count(rebuilt.indexed, "article")
        );
    }
    Ok(if rebuilt.skipped.is_empty() {
        Status::Success
    } else {
        Status::Error
    })
}
