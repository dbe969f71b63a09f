//! `newsarc reparse`: run the current parser again on the kept originals,
//! after a parser upgrade. Ids, tags and the import record stay.

use std::io::Write;

use super::output::{progress_bar, sanitize};
use super::{Ctx, Status};
use newsarc::archive::Reparsed;
use newsarc::article::ArticleId;

/// Re-run the parser on stored originals (all, or the given ids)
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  newsarc reparse              # every article
  newsarc reparse 3f2a 9c1e    # just these
  newsarc reparse --json | jq -r 'select(.status == \"changed\") | .id'

Prints one line per article whose parsed form changed, then a summary on stderr.
An article whose original no longer parses is left as it was and reported.")]
pub struct Args {
    /// Article ids or unique prefixes; all articles when none is given
    #[arg(value_name = "ID")]
    ids: Vec<String>,

    /// One JSON object per article: {"id", "status": changed|unchanged|failed, "error"}
    #[arg(long)]
    json: bool,
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let store = ctx.archive.store();
    let mut status = Status::Success;
    let ids: Vec<ArticleId> = if args.ids.is_empty() {
        store.ids()?
    } else {
        let mut ids = Vec::new();
        for prefix in &args.ids {
            match store.resolve(prefix) {
                Ok(id) => ids.push(id),
                Err(err) => {
                    eprintln!("newsarc: {err}");
                    status = Status::Error;
                }
            }
        }
        ids
    };
    let bar = progress_bar(ids.len(), ctx);
    let mut writer = ctx.archive.writer();
    let mut out = std::io::stdout().lock();
    let (mut changed, mut unchanged, mut failed) = (0, 0, 0);
    for id in &ids {
        let result = writer.reparse(id);
        let mut print = || -> std::io::Result<()> {
            if args.json {
                let (status, error) = match &result {
                    Ok(Reparsed::Changed(_)) => ("changed", None),
                    Ok(Reparsed::Unchanged) => ("unchanged", None),
                    Err(err) => ("failed", Some(format!("{err:#}"))),
                };
                let line = serde_json::json!({"id": id, "status": status, "error": error});
                writeln!(out, "{line}")?;
            }
            match &result {
                Ok(Reparsed::Changed(a)) => {
                    changed += 1;
                    if !ctx.quiet && !args.json {
                        let headline = sanitize(a.headline.as_deref().unwrap_or("(no headline)"));
                        writeln!(out, "{}  reparsed  {headline}", ctx.out.bold(id.as_str()))?;
                    }
                }
                Ok(Reparsed::Unchanged) => unchanged += 1,
                Err(err) => {
                    failed += 1;
                    eprintln!("newsarc: {id}: {}", sanitize(&format!("{err:#}")));
                }
            }
            out.flush()
        };
        match &bar {
            Some(bar) => {
                bar.suspend(print)?;
                bar.inc(1);
            }
            None => print()?,
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if !ctx.quiet {
        eprintln!("changed {changed}, unchanged {unchanged}, failed {failed}");
    }
    if failed > 0 {
        status = Status::Error;
    }
    Ok(status)
}
