//! `newsarc check`: verify every article file and kept original.

use super::output::count;
use super::{Ctx, Status};

/// Verify the store: article files, kept originals (sha256), search index, leftovers
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exits 0 when everything is intact, 2 when a problem is found.\n\n\
Examples:\n  newsarc check\n  newsarc check --repair   # move damaged files to quarantine/, delete unfinished writes, rebuild the index"
)]
pub struct Args {
    /// Move damaged and stray files to quarantine/, delete unfinished writes, rebuild the search index
    #[arg(long)]
    repair: bool,
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    if !args.repair {
        let report = ctx.archive.check()?;
        for problem in &report.problems {
            println!("{problem}");
        }
        summary(report.good, report.problems.len(), ctx);
        return Ok(if report.problems.is_empty() {
            Status::Success
        } else {
            Status::Error
        });
    }
    let (report, repaired) = ctx.archive.writer().repair()?;
    for path in &repaired.quarantined {
        println!("quarantined {}", path.display());
    }
    for path in &repaired.deleted {
        println!("deleted unfinished write {}", path.display());
    }
    if let Some(rebuilt) = &repaired.reindexed {
        println!("{rebuilt}");
    }
    if let Some(e) = &repaired.reindex_failed {
        println!("the search index could not be rebuilt: {e}");
    }
    for problem in &repaired.left {
        println!("{problem}");
    }
    summary(report.good, repaired.left.len(), ctx);
    Ok(if repaired.left.is_empty() {
        Status::Success
    } else {
        Status::Error
    })
}

fn summary(good: usize, problems: usize, ctx: &Ctx) {
    if !ctx.quiet {
        eprintln!(
            "{} intact, {}",
            count(good, "article"),
            count(problems, "problem")
        );
    }
}
