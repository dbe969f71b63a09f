//! `newsarc parse`: print the Article JSON of each input without storing it.

use std::io::{BufWriter, Write};

use anyhow::Context;
use chrono::Utc;
use rayon::prelude::*;

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

/// Inputs parsed together in parallel before their results are printed in
/// input order: large enough to keep every core busy (and the idle tail
/// of each batch short), small enough that output flows and memory stays
/// small for thousands of inputs.
const BATCH: usize = 512;

/// What one input prints: the JSON line, or the error, and with `-v` the
/// trace lines for stderr.
struct Printed {
    json: anyhow::Result<String>,
    trace: Vec<String>,
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let inputs = input::expand(&args.inputs);
    let pretty = args.pretty || (inputs.len() == 1 && args.inputs.len() == 1);
    let format = args.format.map(Format::from);
    let verbose = ctx.verbose;
    let mut stdout = BufWriter::new(std::io::stdout().lock());
    let mut status = Status::Success;
    let mut inputs = inputs.into_iter();
    loop {
        let batch: Vec<_> = inputs.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let printed: Vec<Printed> = batch
            .into_par_iter()
            .map(|input| render(input, format, verbose, pretty))
            .collect();
        for p in printed {
            for line in &p.trace {
                eprintln!("{line}");
            }
            match p.json {
                Ok(json) => {
                    stdout.write_all(json.as_bytes())?;
                    stdout.write_all(b"\n")?;
                }
                Err(err) => {
                    // Keep stdout and stderr in input order on a terminal.
                    stdout.flush()?;
                    eprintln!("newsarc: {err:#}");
                    status = Status::Error;
                }
            }
        }
    }
    stdout.flush()?;
    Ok(status)
}

/// Parses one input and renders what it prints.
fn render(
    input: anyhow::Result<Input>,
    format: Option<Format>,
    verbose: bool,
    pretty: bool,
) -> Printed {
    let (article, trace) = match input.and_then(|i| parse_one(&i, format, verbose)) {
        Ok(parsed) => parsed,
        Err(err) => {
            return Printed {
                json: Err(err),
                trace: Vec::new(),
            };
        }
    };
    let mut lines = Vec::new();
    if verbose {
        lines.push(format!(
            "{}: {} format, {} paragraphs",
            article.source.location,
            article.source.format,
            article.body.len()
        ));
        lines.extend(
            trace
                .iter()
                .map(|t| format!("  {:<12} {}: {}", t.field, t.rule, t.value)),
        );
    }
    let json = if pretty {
        serde_json::to_string_pretty(&article)
    } else {
        serde_json::to_string(&article)
    };
    Printed {
        json: json.context("encoding JSON"),
        trace: lines,
    }
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
