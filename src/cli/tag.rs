//! `newsarc tag`: add and remove user tags, notmuch style (`+t -t`).

use std::io::Write;

use anyhow::bail;

use super::output::sanitize;
use super::{Ctx, Status};

/// Add or remove tags: newsarc tag ID… +TAG… -TAG…
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  newsarc tag 3f2a +syria +to-read     # add two tags
  newsarc tag 3f2a 9c1e -to-read       # remove one from two articles
  newsarc tag 3f2a                     # print the tags
  newsarc tag --json 3f2a +syria       # options go before the id
  newsarc list --tag syria             # then find them again

Tags are trimmed and lowercased. Each article's tags are printed after the change.
Options go before the id: every word after it is an id, +TAG or -TAG.")]
pub struct Args {
    /// One JSON object per article: {"id": …, "tags": […]}
    #[arg(long)]
    json: bool,

    /// Article ids (or unique prefixes), then +TAG to add and -TAG to remove
    #[arg(
        required = true,
        allow_hyphen_values = true,
        value_name = "ID|+TAG|-TAG"
    )]
    items: Vec<String>,
}

/// `-h`/`--help` among the tags (which take every word, hyphens included)
/// still prints the help, as everywhere else.
fn print_help() -> anyhow::Result<Status> {
    let mut cmd = super::command();
    cmd.build();
    if let Some(tag) = cmd.find_subcommand_mut("tag") {
        tag.print_long_help()?;
    }
    Ok(Status::Success)
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let mut ids = Vec::new();
    let mut add = Vec::new();
    let mut remove = Vec::new();
    for item in &args.items {
        if item == "-h" || item == "--help" {
            return print_help();
        }
        if item.starts_with("--") {
            bail!(
                "unexpected option {item:?} among the tags: options go before the id \
                 (newsarc tag --quiet ID +TAG); to remove a tag write -TAG"
            );
        }
        if let Some(tag) = item.strip_prefix('+') {
            add.push(tag.to_string());
        } else if let Some(tag) = item.strip_prefix('-') {
            remove.push(tag.to_string());
        } else {
            ids.push(item.as_str());
        }
    }
    if ids.is_empty() {
        bail!("no article id given: newsarc tag ID +TAG -TAG (ids come from `newsarc list`)");
    }
    if add.iter().chain(&remove).any(|t| t.trim().is_empty()) {
        bail!("an empty tag: write +TAG to add a tag and -TAG to remove one");
    }
    let mut writer = ctx.archive.writer();
    let mut out = std::io::stdout().lock();
    let mut status = Status::Success;
    for prefix in ids {
        let result = ctx.archive.store().resolve(prefix).and_then(|id| {
            if add.is_empty() && remove.is_empty() {
                ctx.archive.store().get(&id)
            } else {
                writer.tag(&id, &add, &remove)
            }
        });
        match result {
            Ok(article) if args.json => {
                let line = serde_json::json!({"id": article.id, "tags": article.tags});
                writeln!(out, "{line}")?;
            }
            Ok(article) if !ctx.quiet => {
                let tags = if article.tags.is_empty() {
                    ctx.out.dim("(no tags)")
                } else {
                    sanitize(&article.tags.join(" "))
                };
                writeln!(out, "{}  {tags}", ctx.out.bold(article.id.as_str()))?;
            }
            Ok(_) => {}
            Err(err) => {
                eprintln!("newsarc: {err}");
                status = Status::Error;
            }
        }
    }
    out.flush()?;
    Ok(status)
}
