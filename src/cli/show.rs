//! `newsarc show`: read one article, paged on a terminal when it is longer
//! than the screen.

use std::io::Write;

use anyhow::Context;

use super::render::{self, ShowOptions};
use super::{Ctx, Status, explain, pager};
use newsarc::export::markdown::{MarkdownOptions, markdown};

/// Read one article
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  newsarc show 3f2a                    # reading view, paged when long
  newsarc show 3f2a --no-pager | less  # or page it yourself
  newsarc show 3f2a --json | jq .body
  newsarc show 3f2a --markdown > story.md
  newsarc show 3f2a --source > original.html
  newsarc show 3f2a --explain          # which rule produced each field

On a terminal the text is wrapped to the window (at most 100 columns) and an
article longer than the screen goes through $PAGER (default: less -R).
Find ids with `newsarc list` or `newsarc search`.")]
pub struct Args {
    /// Article id or a unique prefix of at least 4 characters
    id: String,

    /// Print the stored Article JSON
    #[arg(long, conflicts_with_all = ["source", "markdown"])]
    json: bool,

    /// Print the article as Markdown
    #[arg(long, conflicts_with = "source")]
    markdown: bool,

    /// Print the original input bytes, exactly as imported
    #[arg(long)]
    source: bool,

    /// Also show the pulled quotes the parser found
    #[arg(long)]
    quotes: bool,

    /// Show which parser rule produced each field and what was dropped as
    /// boilerplate, and why (with --json: the provenance object)
    #[arg(long, conflicts_with_all = ["source", "markdown", "quotes"])]
    explain: bool,

    /// Never page, even when the article is longer than the screen
    #[arg(long)]
    no_pager: bool,
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let store = ctx.archive.store();
    let id = store.resolve(&args.id)?;
    let mut out = std::io::stdout().lock();
    if args.source {
        out.write_all(&store.source(&id)?)?;
        out.flush()?;
        return Ok(Status::Success);
    }
    let article = store.get(&id)?;
    let mut text = Vec::new();
    if args.explain && args.json {
        let json = serde_json::json!({"id": article.id, "provenance": article.provenance});
        serde_json::to_writer_pretty(&mut text, &json).context("encoding JSON")?;
        writeln!(text)?;
    } else if args.explain {
        explain::article(&mut text, &article, &ctx.out)?;
    } else if args.json {
        serde_json::to_writer_pretty(&mut text, &article).context("encoding JSON")?;
        writeln!(text)?;
    } else if args.markdown {
        let opts = MarkdownOptions {
            front_matter: false,
            quotes: args.quotes,
        };
        text.extend_from_slice(markdown(&article, opts).as_bytes());
    } else {
        let opts = ShowOptions {
            quotes: args.quotes,
        };
        render::article(&mut text, &article, &ctx.out, opts)?;
    }
    let pager = ctx.pager.as_deref().and_then(pager::split_command);
    if let Some(command) = pager.filter(|_| !args.no_pager && !args.json)
        && longer_than_screen(&text, ctx)
    {
        drop(out);
        if pager::page(&command, &text).context("running the pager")? {
            return Ok(Status::Success);
        }
        out = std::io::stdout().lock();
    }
    out.write_all(&text)?;
    out.flush()?;
    Ok(Status::Success)
}

/// True when stdout is a terminal and `text` has more lines than it shows.
fn longer_than_screen(text: &[u8], ctx: &Ctx) -> bool {
    ctx.out
        .height
        .is_some_and(|h| text.iter().filter(|&&b| b == b'\n').count() >= h)
}
