//! `newsarc import`: parse inputs and add them to the archive, one result
//! line per input; a bad input is reported and skipped, never fatal.

use std::io::Write;
use std::time::Duration;

use anyhow::Context;
use chrono::Utc;
use serde::Serialize;

use super::fetch;
use super::input::{self, FormatArg, Input};
use super::output::{progress_bar, sanitize};
use super::{Ctx, Status};
use newsarc::archive::{Imported, Writer};
use newsarc::article::Format;

/// Parse articles and add them to the archive
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  newsarc import article.txt\n  newsarc import saved-pages/ --tag syria\n  newsarc import https://example.com/news/story.html\n  pbpaste | newsarc import -\n\nEach input gets one line on stdout (id, input, headline); failures go to stderr\nand make the exit status 2, but never stop the other inputs."
)]
pub struct Args {
    /// Files, directories (recursively), http(s) URLs or - for standard input
    #[arg(required = true, value_name = "PATH")]
    inputs: Vec<String>,

    /// Input format; detected from the content when omitted
    #[arg(long, value_enum)]
    format: Option<FormatArg>,

    /// Tag every imported article (repeatable)
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,

    /// One JSON object per input on stdout
    #[arg(long)]
    json: bool,

    /// Seconds a URL may take to arrive, connection to last byte
    #[arg(long, value_name = "SECS", default_value_t = fetch::DEFAULT_TIMEOUT.as_secs_f64(),
          value_parser = parse_timeout)]
    timeout: f64,
}

/// A timeout in seconds: positive and finite.
fn parse_timeout(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs.is_finite() && secs <= 86_400.0 => Ok(secs),
        _ => Err("expected a number of seconds between 0 and 86400".into()),
    }
}

/// The outcome of one input, as printed with `--json`.
#[derive(Serialize)]
struct Report<'a> {
    location: &'a str,
    status: &'static str,
    id: Option<String>,
    headline: Option<&'a str>,
    error: Option<String>,
}

#[derive(Default)]
struct Tally {
    imported: usize,
    existing: usize,
    failed: usize,
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let inputs = input::expand(&args.inputs);
    let bar = progress_bar(inputs.len(), ctx);
    let mut writer = ctx.archive.writer();
    let mut stdout = std::io::stdout().lock();
    let mut tally = Tally::default();
    for input in inputs {
        let location = input
            .as_ref()
            .map_or_else(|_| String::new(), Input::location);
        if let Some(bar) = &bar {
            bar.set_message(sanitize(&location));
        }
        let result = input.and_then(|i| import_one(&mut writer, &i, args));
        let report = match &result {
            Ok(Imported::New(article)) => {
                tally.imported += 1;
                Report {
                    location: &location,
                    status: "imported",
                    id: Some(article.id.to_string()),
                    headline: article.headline.as_deref(),
                    error: None,
                }
            }
            Ok(Imported::Existing(id)) => {
                tally.existing += 1;
                Report {
                    location: &location,
                    status: "existing",
                    id: Some(id.to_string()),
                    headline: None,
                    error: None,
                }
            }
            Err(err) => {
                tally.failed += 1;
                Report {
                    location: &location,
                    status: "failed",
                    id: None,
                    headline: None,
                    error: Some(format!("{err:#}")),
                }
            }
        };
        let mut print = || -> anyhow::Result<()> {
            if let Some(error) = &report.error {
                eprintln!("newsarc: {}", sanitize(error));
            }
            print_report(&mut stdout, &report, args.json, ctx)?;
            stdout.flush()?;
            Ok(())
        };
        match &bar {
            Some(bar) => bar.suspend(print)?,
            None => print()?,
        }
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    stdout.flush()?;
    if tally.imported + tally.existing + tally.failed > 1 && !ctx.quiet {
        eprintln!(
            "imported {}, already archived {}, failed {}",
            tally.imported, tally.existing, tally.failed
        );
    }
    Ok(if tally.failed > 0 {
        Status::Error
    } else {
        Status::Success
    })
}

fn import_one(writer: &mut Writer<'_>, input: &Input, args: &Args) -> anyhow::Result<Imported> {
    let timeout = Duration::from_secs_f64(args.timeout);
    let read = input.read_with(args.format.map(Format::from), timeout)?;
    writer
        .import_from(&read.source, read.url.as_deref(), &args.tags, Utc::now())
        .with_context(|| input.location())
}

fn print_report(
    out: &mut impl Write,
    report: &Report<'_>,
    json: bool,
    ctx: &Ctx,
) -> anyhow::Result<()> {
    if json {
        serde_json::to_writer(&mut *out, report)?;
        writeln!(out)?;
        return Ok(());
    }
    if ctx.quiet {
        return Ok(());
    }
    let id = report.id.as_deref().unwrap_or("");
    match report.status {
        "imported" => {
            let headline = super::output::sanitize(report.headline.unwrap_or("(no headline)"));
            writeln!(
                out,
                "{}  {}  {}",
                ctx.out.bold(id),
                sanitize(report.location),
                headline
            )?;
        }
        "existing" => writeln!(
            out,
            "{}  {}  already archived as {id}",
            ctx.out.dim(id),
            sanitize(report.location)
        )?,
        _ => {}
    }
    Ok(())
}
