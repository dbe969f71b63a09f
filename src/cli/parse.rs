//! `newsarc parse`: print the Article JSON of each input without storing it.

use std::io::Write;

use anyhow::Context;
use chrono::Utc;

use super::input::{self, FormatArg, Input};
use super::{Ctx, Status};
use newsarc::article::Format;

/// Parse inputs and print their Article JSON (NDJSON for several); nothing is stored
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  newsarc parse article.txt\n  newsarc parse --format html page.html | jq .headline"
)]
pub struct Args {
    /// Files, directories, http(s) URLs or - for standard input
    #[arg(required = true, value_name = "PATH")]
    inputs: Vec<String>,

    /// Input format; detected from the content when omitted
    #[arg(long, value_enum)]
    format: Option<FormatArg>,

    /// Pretty-print (the default for a single input)
    #[arg(long)]
    pretty: bool,
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let inputs = input::expand(&args.inputs);
    let pretty = args.pretty || (inputs.len() == 1 && args.inputs.len() == 1);
    let mut stdout = std::io::stdout().lock();
    let mut status = Status::Success;
    for input in inputs {
        match input.and_then(|i| parse_one(&i, args.format.map(Format::from))) {
            Ok(json) => {
                if ctx.verbose {
                    eprintln!(
                        "{}: {} format, {} paragraphs",
                        json.source.location,
                        json.source.format,
                        json.body.len()
                    );
                }
                let line = if pretty {
                    serde_json::to_string_pretty(&json)
                } else {
                    serde_json::to_string(&json)
                };
                writeln!(stdout, "{}", line.context("encoding JSON")?)?;
            }
            Err(err) => {
                eprintln!("newsarc: {err:#}");
                status = Status::Error;
            }
        }
    }
    stdout.flush()?;
    Ok(status)
}

fn parse_one(input: &Input, format: Option<Format>) -> anyhow::Result<newsarc::article::Article> {
    let read = input.read(format)?;
    let mut article =
        newsarc::parse::parse(&read.source, Utc::now()).with_context(|| input.location())?;
    if article.url.is_none() {
        article.url = read.url;
    }
    Ok(article)
}
