//! `newsarc show`: read one article.

use std::io::Write;

use anyhow::Context;

use super::{Ctx, Status, render};

/// Read one article
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  newsarc show 3f2a\n  newsarc show 3f2a --json | jq .body\n  newsarc show 3f2a --source > original.txt"
)]
pub struct Args {
    /// Article id or a unique prefix of at least 4 characters
    id: String,

    /// Print the stored Article JSON
    #[arg(long, conflicts_with = "source")]
    json: bool,

    /// Print the original input bytes, exactly as imported
    #[arg(long)]
    source: bool,
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let store = ctx.archive.store();
    let id = store.resolve(&args.id)?;
    let mut out = std::io::stdout().lock();
    if args.source {
        out.write_all(&store.source(&id)?)?;
    } else {
        let article = store.get(&id)?;
        if args.json {
            serde_json::to_writer_pretty(&mut out, &article).context("encoding JSON")?;
            writeln!(out)?;
        } else {
            render::article(&mut out, &article, &ctx.out)?;
        }
    }
    out.flush()?;
    Ok(Status::Success)
}
