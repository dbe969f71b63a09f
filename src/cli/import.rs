//! `newsarc import`: parse inputs and add them to the archive, one result
//! line per input; a bad input is reported and skipped, never fatal.

use std::io::Write;

use anyhow::Context;
use chrono::Utc;
use serde::Serialize;

use super::input::{self, FormatArg, Input};
use super::{Ctx, Status};
use newsarc::archive::{Imported, Writer};
use newsarc::article::Format;

/// Parse articles and add them to the archive
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  newsarc import article.txt\n  newsarc import saved-pages/ --tag syria\n  pbpaste | newsarc import -"
)]
pub struct Args {
    /// Files, directories (recursively) or - for standard input
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
    let mut writer = ctx.archive.writer();
    let mut stdout = std::io::stdout().lock();
    let mut tally = Tally::default();
    for input in inputs {
        let location = input
            .as_ref()
            .map_or_else(|_| String::new(), Input::location);
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
                eprintln!("newsarc: {err:#}");
                Report {
                    location: &location,
                    status: "failed",
                    id: None,
                    headline: None,
                    error: Some(format!("{err:#}")),
                }
            }
        };
        print_report(&mut stdout, &report, args.json, ctx)?;
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
    let source = input.read(args.format.map(Format::from))?;
    writer
        .import(&source, &args.tags, Utc::now())
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
                report.location,
                headline
            )?;
        }
        "existing" => writeln!(
            out,
            "{}  {}  already archived as {id}",
            ctx.out.dim(id),
            report.location
        )?,
        _ => {}
    }
    Ok(())
}
