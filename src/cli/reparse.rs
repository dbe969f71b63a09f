//! `newsarc reparse`: run the current parser again on the kept originals,
//! after a parser upgrade. Ids, tags and the import record stay.

use std::io::Write;

use super::output::Output;
use super::output::{progress_bar, sanitize};
use super::{Ctx, Status};
use newsarc::archive::Reparsed;
use newsarc::article::ArticleId;
use newsarc::parse::provenance::FieldChange;

/// Re-run the parser on stored originals (all, or the given ids)
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  newsarc reparse              # every article
  newsarc reparse 3f2a 9c1e    # just these
  newsarc reparse --json | jq -r 'select(.status == \"changed\") | .id'

Prints one line per article whose parsed form changed, with each field whose
value or rule changed (old rule → new rule, as ids; `newsarc show ID --explain`
describes them), then a summary on stderr. An article whose original no longer
parses is left as it was and reported.")]
pub struct Args {
    /// Article ids or unique prefixes; all articles when none is given
    #[arg(value_name = "ID")]
    ids: Vec<String>,

    /// One JSON object per article: {"id", "status": changed|unchanged|failed, "error", "fields"}
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
                let (status, error, fields) = match &result {
                    Ok(Reparsed::Changed { changes, .. }) => {
                        ("changed", None, changes_json(changes))
                    }
                    Ok(Reparsed::Unchanged) => ("unchanged", None, Vec::new()),
                    Err(err) => ("failed", Some(format!("{err:#}")), Vec::new()),
                };
                let line = serde_json::json!({"id": id, "status": status, "error": error, "fields": fields});
                writeln!(out, "{line}")?;
            }
            match &result {
                Ok(Reparsed::Changed { article, changes }) => {
                    changed += 1;
                    if !ctx.quiet && !args.json {
                        let headline =
                            sanitize(article.headline.as_deref().unwrap_or("(no headline)"));
                        writeln!(out, "{}  reparsed  {headline}", ctx.out.bold(id.as_str()))?;
                        write_changes(&mut out, changes, &ctx.out)?;
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

/// Under a reparsed article: one line per changed field, `field  old rule
/// → new rule`, marked when only the rule changed.
fn write_changes(
    out: &mut impl Write,
    changes: &[FieldChange],
    style: &Output,
) -> std::io::Result<()> {
    if changes.is_empty() {
        let note = "provenance recorded; no field changed";
        return writeln!(out, "    {}", style.dim(note));
    }
    for c in changes {
        let rules = |ids: &[String]| {
            if ids.is_empty() {
                "none".to_string()
            } else {
                ids.join(", ")
            }
        };
        let what = if c.value_changed { "" } else { "  (rule only)" };
        let line = format!(
            "{:<12} {} → {}{what}",
            c.field,
            rules(&c.old_rules),
            rules(&c.new_rules)
        );
        writeln!(out, "    {}", style.dim(&line))?;
    }
    Ok(())
}

/// The `fields` array of `reparse --json`.
fn changes_json(changes: &[FieldChange]) -> Vec<serde_json::Value> {
    changes
        .iter()
        .map(|c| {
            serde_json::json!({
                "field": c.field,
                "old_rules": c.old_rules,
                "new_rules": c.new_rules,
                "value_changed": c.value_changed,
            })
        })
        .collect()
}
