//! `newsarc parse`: print the Article JSON of each input without storing it.

use std::io::{BufWriter, Write};

use anyhow::Context;
use chrono::Utc;

use super::batch::in_parallel;
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

/// Inputs parsed together in parallel before their results are printed in
/// input order: large enough to keep every core busy (and the idle tail
/// of each batch short), small enough that output flows and memory stays
/// small for thousands of inputs.
const BATCH: usize = 512;

/// Room for the JSON around an article's body (metadata, provenance,
/// quotes and escapes): a few kilobytes on the dev pages.
const JSON_OVERHEAD_BYTES: usize = 4096;

/// What one input prints: the JSON and its line end, or the error, and
/// with `-v` its provenance for stderr.
struct Printed {
    json: anyhow::Result<Vec<u8>>,
    trace: String,
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
        let printed = in_parallel(batch, |input| render(input, format, verbose, pretty));
        for p in printed {
            std::io::stderr().lock().write_all(p.trace.as_bytes())?;
            match p.json {
                Ok(line) => stdout.write_all(&line)?,
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
    let article = match input.and_then(|i| parse_one(&i, format)) {
        Ok(article) => article,
        Err(err) => {
            return Printed {
                json: Err(err),
                trace: String::new(),
            };
        }
    };
    let trace = if verbose {
        explain_text(&article)
    } else {
        String::new()
    };
    // Sized for the body and the fields around it up front: grown from
    // serde_json's small default, the buffer is copied a dozen times.
    let body: usize = article.body.iter().map(String::len).sum();
    let mut json = Vec::with_capacity(body + body / 4 + JSON_OVERHEAD_BYTES);
    let written = if pretty {
        serde_json::to_writer_pretty(&mut json, &article)
    } else {
        serde_json::to_writer(&mut json, &article)
    };
    // The line end goes with the line: a line longer than the BufWriter's
    // buffer goes straight to stdout's LineWriter, which looks for the last
    // line end from the back (the whole line, when it is written apart).
    json.push(b'\n');
    Printed {
        json: written.map(|()| json).context("encoding JSON"),
        trace,
    }
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
/// dropped), uncoloured, for stderr.
fn explain_text(article: &Article) -> String {
    let plain = Output {
        color: false,
        width: None,
        height: None,
        stderr_tty: false,
    };
    let mut text = format!(
        "{}: {} format\n",
        article.source.location, article.source.format
    )
    .into_bytes();
    explain::article(&mut text, article, &plain).expect("writing to a Vec cannot fail");
    String::from_utf8_lossy(&text).into_owned()
}
