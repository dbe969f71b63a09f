//! `newsarc parse`: print the Article JSON of each input without storing it.

use std::io::Write;

use anyhow::Context;
use chrono::Utc;

use super::input::{self, FormatArg, Input};
use super::{Ctx, Status};
use newsarc::article::Format;
use newsarc::parse::text::TraceLine;

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
        match input.and_then(|i| parse_one(&i, args.format.map(Format::from), ctx.verbose)) {
            Ok((json, trace)) => {
                if ctx.verbose {
                    eprintln!(
                        "{}: {} format, {} paragraphs",
                        json.source.location,
                        json.source.format,
                        json.body.len()
                    );
                    for t in &trace {
                        eprintln!("  {:<12} {}: {}", t.field, t.rule, t.value);
                    }
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

/// Parses one input; with `verbose`, also says which rule filled each field
/// (raw-text inputs: the text parser's trace).
fn parse_one(
    input: &Input,
    format: Option<Format>,
    verbose: bool,
) -> anyhow::Result<(newsarc::article::Article, Vec<TraceLine>)> {
    let read = input.read(format)?;
    let mut article =
        newsarc::parse::parse(&read.source, Utc::now()).with_context(|| input.location())?;
    if article.url.is_none() {
        article.url = read.url;
    }
    let mut trace = Vec::new();
    let text = (verbose && article.source.format == Format::Text)
        .then(|| newsarc::parse::source::decode(&read.source.bytes).ok())
        .flatten();
    if let Some(text) = text {
        let mut scratch = article.clone();
        trace = newsarc::parse::text::explain(&text, &mut scratch);
    }
    Ok((article, trace))
}
