//! `newsarc delete`: remove articles and their sources.

use super::{Ctx, Status};

/// Remove articles from the archive
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  newsarc delete 3f2a
  newsarc list --json | jq -r 'select(.site_name == \"Spam\") | .id' | xargs newsarc delete

The article, its original input and its index entry are removed.")]
pub struct Args {
    /// Article ids or unique prefixes
    #[arg(required = true, value_name = "ID")]
    ids: Vec<String>,
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let mut writer = ctx.archive.writer();
    let mut status = Status::Success;
    for prefix in &args.ids {
        let result = ctx
            .archive
            .store()
            .resolve(prefix)
            .and_then(|id| writer.delete(&id).map(|()| id));
        match result {
            Ok(id) if !ctx.quiet => println!("deleted {id}"),
            Ok(_) => {}
            Err(err) => {
                eprintln!("newsarc: {err}");
                status = Status::Error;
            }
        }
    }
    super::report_notices(writer.finish());
    Ok(status)
}
