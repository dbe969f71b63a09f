//! `newsarc quotes`: who said what, and where (issue 8).

use std::io::Write;

use anyhow::bail;

use super::output::sanitize;
use super::render::{fit, short_date, wrap};
use super::{Ctx, Status};
use newsarc::article::Article;
use newsarc::quotes::{Explain, QuoteLine, SpeakerFilter, Why, quote_lines};

/// List the quotes in the archive, with who said them and where
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  newsarc quotes --speaker lavrov\n  newsarc quotes aleppo ceasefire\n  newsarc quotes --json | jq -r 'select(.speaker == null) | .text'"
)]
pub struct Args {
    /// Only quotes from articles matching these words (as `search` does)
    #[arg(value_name = "QUERY")]
    query: Vec<String>,

    /// Only quotes whose speaker contains every word of NAME (case- and
    /// accent-insensitive: "lavrov" finds "Sergey Lavrov")
    #[arg(long, value_name = "NAME")]
    speaker: Option<String>,

    /// One JSON object per quote (NDJSON): text, speaker, id, published, headline
    #[arg(long)]
    json: bool,

    /// Say how each speaker was found: the rule, the attribution as printed
    /// and how it became a name (JSON: a "why" object)
    #[arg(long)]
    explain: bool,
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let speaker = match &args.speaker {
        Some(name) => match SpeakerFilter::parse(name) {
            Some(filter) => Some(filter),
            None => bail!("--speaker {name:?} has no name in it"),
        },
        None => None,
    };
    let articles = articles_matching(ctx, &args.query)?;
    let explain = if args.explain {
        Explain::Yes
    } else {
        Explain::No
    };
    let lines = quote_lines(articles, speaker.as_ref(), explain);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in &lines {
        if args.json {
            serde_json::to_writer(&mut out, line)?;
            writeln!(out)?;
        } else {
            write_line(&mut out, line, ctx)?;
        }
    }
    out.flush()?;
    let filtered = !args.query.is_empty() || speaker.is_some();
    Ok(if lines.is_empty() && filtered {
        Status::NoMatch
    } else {
        Status::Success
    })
}

/// The articles whose quotes to list: all of them, or those matching the
/// query words. This is the one place that asks how articles are found, so
/// a search index can answer it instead of a scan.
fn articles_matching(ctx: &Ctx, words: &[String]) -> anyhow::Result<Vec<Article>> {
    let articles = super::load_articles(ctx)?;
    if words.is_empty() {
        return Ok(articles);
    }
    let wanted = super::matching_ids(ctx, &words.join(" "))?;
    Ok(articles
        .into_iter()
        .filter(|a| wanted.contains(&a.id))
        .collect())
}

/// A quote, wrapped, then "— speaker · id · date · headline".
fn write_line(out: &mut impl Write, line: &QuoteLine, ctx: &Ctx) -> std::io::Result<()> {
    let width = ctx
        .out
        .width
        .map(|w| w.min(super::output::MAX_READING_WIDTH));
    let text = format!("“{}”", sanitize(&line.text));
    match width {
        Some(w) => {
            for l in wrap(&text, w.saturating_sub(2).max(20)) {
                writeln!(out, "  {l}")?;
            }
        }
        None => writeln!(
            out,
            "  {}",
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        )?,
    }
    let speaker = line
        .speaker
        .as_deref()
        .map_or_else(|| "(unattributed)".to_string(), sanitize);
    let date = short_date(line.published.as_deref(), "");
    let headline = sanitize(line.headline.as_deref().unwrap_or("(no headline)"));
    let mut source = vec![line.id.to_string()];
    if !date.is_empty() {
        source.push(date);
    }
    source.push(headline);
    let attribution = format!("    — {} · {}", speaker, source.join(" · "));
    let attribution = match width {
        Some(w) => fit(&attribution, w),
        None => attribution,
    };
    writeln!(out, "{}", ctx.out.dim(&attribution))?;
    match &line.why {
        Some(Why::Explained(why)) => writeln!(out, "      why: {}", sanitize(&why.describe()))?,
        Some(Why::Stale { .. }) => writeln!(
            out,
            "      why: not known: extracted by another newsarc version (reparse to update)"
        )?,
        None => {}
    }
    writeln!(out)
}
