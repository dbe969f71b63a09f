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
use newsarc::article::{Article, ArticleId, Format};
use newsarc::error::ImportError;
use newsarc::parse::Source;

/// Parse articles and add them to the archive
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  newsarc import article.txt\n  newsarc import saved-pages/ --tag syria\n  newsarc import https://example.com/news/story.html\n  newsarc import clipped-article.md\n  pbpaste | newsarc import -\n\nRaw text (a copy or dump of a page), Markdown (a web clipper's) and HTML are\ntold apart by their content.\n\nEach input gets one line on stdout (id, input, headline); failures go to stderr\nand make the exit status 2, but never stop the other inputs."
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

/// Inputs read, parsed and stored together. Each batch is parsed in
/// parallel while the one before it is written, and made durable with two
/// filesystem syncs, which cost 15 ms or more each whatever the batch size
/// (more while other programs write: a sync flushes their data too). 1,024
/// articles make that overhead small (~0.03 ms an article) while results
/// still flow and memory stays small (~20 MB).
const BATCH: usize = 1024;

/// Parsed batches that may wait for the store: two let parsing run on
/// through a slow sync while bounding memory (~20 MB a batch).
const PARSED_AHEAD: usize = 2;

/// One input read and parsed (or the reason it could not be), with where
/// it came from.
type Parsed = (String, anyhow::Result<Prepared>);

/// File descriptors an import asks for, when its soft limit is lower and
/// the hard limit allows: a batch stages its files unnamed, two open
/// descriptors per article (see `newsarc::store::atomic`), within a quarter
/// of the soft limit. The usual soft limit of 1,024 would leave most of a
/// batch to named temporary files renamed afterwards (about 12% more
/// system time); 16,384 covers a batch of 1,024 articles four times over.
const WANTED_DESCRIPTORS: u64 = 16_384;

/// The soft descriptor limit to set, given the current soft and hard
/// limits (`None`: unlimited), if it should change at all.
fn raised_limit(current: Option<u64>, maximum: Option<u64>) -> Option<u64> {
    let wanted = maximum.map_or(WANTED_DESCRIPTORS, |max| max.min(WANTED_DESCRIPTORS));
    current.filter(|&now| now < wanted).map(|_| wanted)
}

/// Raises the soft descriptor limit as [`WANTED_DESCRIPTORS`] says; if
/// the system refuses, staging falls back to named files as before.
fn raise_descriptor_limit() {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let limit = getrlimit(Resource::Nofile);
    if let Some(current) = raised_limit(limit.current, limit.maximum) {
        let _ = setrlimit(
            Resource::Nofile,
            Rlimit {
                current: Some(current),
                maximum: limit.maximum,
            },
        );
    }
}

#[cfg(not(unix))]
fn raise_descriptor_limit() {}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    raise_descriptor_limit();
    let inputs = input::expand(&args.inputs);
    let bar = progress_bar(inputs.len(), ctx);
    let mut inputs = inputs.into_iter();
    let mut writer = ctx.archive.writer();
    let mut stdout = std::io::stdout().lock();
    let mut tally = Tally::default();
    let now = Utc::now();
    let parse = |batch: Vec<_>| parse_batch(batch, ctx, args, now);
    std::thread::scope(|scope| -> anyhow::Result<()> {
        // Parsing needs no lock: a thread parses batches ahead while this
        // one stores them, so the CPUs stay busy while it waits for the
        // disk (a sync that stalls longer than one batch takes to parse
        // no longer stops the parsing).
        let (parsed_tx, parsed_rx) = std::sync::mpsc::sync_channel(PARSED_AHEAD);
        let parser = scope.spawn(move || {
            loop {
                let batch: Vec<_> = inputs.by_ref().take(BATCH).collect();
                // A closed channel: the storing side stopped on an error.
                if batch.is_empty() || parsed_tx.send(parse(batch)).is_err() {
                    break;
                }
            }
        });
        // Each batch is reported once the next one is written: the disk
        // sync that makes the next one's files durable also makes this
        // one's names durable (see `Writer::write_batch`).
        let mut waiting: Option<Vec<Outcome>> = None;
        let mut report = |done: Vec<Outcome>, stored| -> anyhow::Result<()> {
            for (location, result) in finish_outcomes(done, stored) {
                if let Some(bar) = &bar {
                    bar.set_message(sanitize(&location));
                }
                let report = tally.count(&location, &result);
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
            Ok(())
        };
        for parsed in parsed_rx.iter() {
            let (outcomes, stored) = store_batch(&mut writer, parsed)?;
            if let Some(done) = waiting.replace(outcomes) {
                report(done, stored)?;
            }
        }
        if let Some(done) = waiting.take() {
            report(done, writer.settle())?;
        }
        parser
            .join()
            .map_err(|_| anyhow::anyhow!("a parser thread panicked"))
    })?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    stdout.flush()?;
    drop(stdout);
    super::report_notices(writer.finish());
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

/// Reads and parses a batch of inputs in parallel, keeping their order.
fn parse_batch(
    batch: Vec<anyhow::Result<Input>>,
    ctx: &Ctx,
    args: &Args,
    now: chrono::DateTime<Utc>,
) -> Vec<Parsed> {
    super::batch::in_parallel(batch, |input| {
        let location = input
            .as_ref()
            .map_or_else(|_| String::new(), Input::location);
        (location, input.and_then(|i| prepare(ctx, &i, args, now)))
    })
}

impl Tally {
    /// Counts one outcome and makes its report.
    fn count<'a>(&mut self, location: &'a str, result: &'a anyhow::Result<Imported>) -> Report<'a> {
        match result {
            Ok(Imported::New(article)) => {
                self.imported += 1;
                Report {
                    location,
                    status: "imported",
                    id: Some(article.id.to_string()),
                    headline: article.headline.as_deref(),
                    error: None,
                }
            }
            Ok(Imported::Existing(id)) => {
                self.existing += 1;
                Report {
                    location,
                    status: "existing",
                    id: Some(id.to_string()),
                    headline: None,
                    error: None,
                }
            }
            Err(err) => {
                self.failed += 1;
                Report {
                    location,
                    status: "failed",
                    id: None,
                    headline: None,
                    error: Some(format!("{err:#}")),
                }
            }
        }
    }
}

/// An input read and parsed, before it is stored.
struct Prepared {
    source: Source,
    /// `None` when the same bytes are already archived.
    article: Option<Article>,
}

fn prepare(
    ctx: &Ctx,
    input: &Input,
    args: &Args,
    now: chrono::DateTime<Utc>,
) -> anyhow::Result<Prepared> {
    let timeout = Duration::from_secs_f64(args.timeout);
    let read = input.read_with(args.format.map(Format::from), timeout)?;
    let article = ctx
        .archive
        .prepare(&read.source, read.url.as_deref(), &args.tags, now)
        .with_context(|| input.location())?;
    Ok(Prepared {
        source: read.source,
        article,
    })
}

/// One input's outcome: known already (archived before, or failed to read
/// or parse), or `None` until its batch is stored.
type Outcome = (String, Option<anyhow::Result<Imported>>);

/// What storing one article did.
type Stored = Result<Imported, ImportError>;

/// Writes the parsed articles of a batch (see `Writer::write_batch`), and
/// returns each input's outcome as far as it is known, in input order,
/// with the results of the batch before, which this one's sync stored.
fn store_batch(
    writer: &mut Writer<'_>,
    parsed: Vec<Parsed>,
) -> anyhow::Result<(Vec<Outcome>, Vec<Stored>)> {
    let mut sources = Vec::new();
    let mut articles = Vec::new();
    let mut outcomes = Vec::with_capacity(parsed.len());
    for (location, prepared) in parsed {
        let outcome = match prepared {
            Ok(Prepared {
                source,
                article: Some(article),
            }) => {
                sources.push(source);
                articles.push(article);
                None
            }
            Ok(Prepared {
                source,
                article: None,
            }) => Some(Ok(Imported::Existing(ArticleId::from_bytes(&source.bytes)))),
            Err(e) => Some(Err(e)),
        };
        outcomes.push((location, outcome));
    }
    let items = articles
        .into_iter()
        .zip(sources.iter().map(|s| s.bytes.as_slice()))
        .collect();
    let stored = writer
        .write_batch(items)
        .context("opening the archive for writing")?;
    Ok((outcomes, stored))
}

/// A batch's outcomes, completed with the results of storing its articles
/// (one per article, in order).
fn finish_outcomes(
    outcomes: Vec<Outcome>,
    stored: Vec<Stored>,
) -> Vec<(String, anyhow::Result<Imported>)> {
    let mut stored = stored.into_iter();
    outcomes
        .into_iter()
        .map(|(location, outcome)| {
            let result = outcome.unwrap_or_else(|| match stored.next() {
                Some(result) => result.with_context(|| location.clone()),
                None => Err(anyhow::anyhow!("{location}: not stored")),
            });
            (location, result)
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_descriptor_limit_is_raised_up_to_the_hard_limit_only() {
        let cases = [
            (Some(1024), Some(524_288), Some(WANTED_DESCRIPTORS)),
            (Some(1024), Some(4096), Some(4096)),
            (Some(1024), None, Some(WANTED_DESCRIPTORS)),
            (Some(1024), Some(1024), None),
            (Some(20_000), Some(20_000), None),
            (None, None, None),
        ];
        for (current, maximum, raised) in cases {
            assert_eq!(
                raised_limit(current, maximum),
                raised,
                "{current:?} {maximum:?}"
            );
        }
    }
}
