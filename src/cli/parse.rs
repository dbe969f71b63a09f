//! `newsarc parse`: print the Article JSON of each input without storing it.

use std::io::Write;

use anyhow::Context;
use chrono::Utc;

use super::input::{self, FormatArg, Input};
use super::output::Output;
use super::{Ctx, Status, explain};
use newsarc::article::{Article, Format};

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
                    explain_to_stderr(&json)?;
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

/// Parses one input; a URL it was fetched from becomes its `url` unless
/// the page names its own.
fn parse_one(input: &Input, format: Option<Format>) -> anyhow::Result<Article> {
    let read = input.read(format)?;
    let mut article =
        newsarc::parse::parse(&read.source, Utc::now()).with_context(|| input.location())?;
    newsarc::parse::use_import_url(&mut article, read.url.as_deref());
    Ok(article)
}

/// `-v`: the article's provenance (which rule filled each field, what was
/// dropped), uncoloured on stderr.
fn explain_to_stderr(article: &Article) -> anyhow::Result<()> {
    let plain = Output {
        color: false,
        width: None,
        height: None,
        stderr_tty: false,
    };
    let mut text = Vec::new();
    writeln!(
        text,
        "{}: {} format",
        article.source.location, article.source.format
    )?;
    explain::article(&mut text, article, &plain)?;
    std::io::stderr().lock().write_all(&text)?;
    Ok(())
}
