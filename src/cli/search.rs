//! `newsarc search`: ranked full-text search with highlighted snippets,
//! served from the index.

use std::io::Write;

use unicode_width::UnicodeWidthChar;

use super::filter::{FilterArgs, SortArg};
use super::output::{Output, sanitize};
use super::render::{pad, short_date};
use super::{Ctx, Status};
use newsarc::search::{Hit, Query};

/// Search the archive (ranked by relevance)
#[derive(Debug, clap::Args)]
#[command(after_help = "Query language:
  aleppo russia          both words (any case, accents and word forms)
  '\"militant withdrawal\"' the exact phrase (quote the quotes for the shell)
  aleppo OR homs         either word
  'aleppo -russia'       without a word (also: aleppo NOT russia)
  (aleppo OR homs) talks parentheses group
  headline:aleppo author:lavrov site:bbc tag:syria speaker:kerry body:…

Examples:
  newsarc search aleppo
  newsarc search 'author:lavrov \"foreign minister\"' --since 2016 -n 5
  newsarc search kerry --json | jq -r .id")]
pub struct Args {
    /// The query; several arguments are joined with spaces. A word starting
    /// with - must come after -- or inside a quoted query: 'aleppo -russia'
    #[arg(required = true, value_name = "QUERY")]
    query: Vec<String>,

    /// Show at most N hits
    #[arg(short = 'n', long, default_value_t = 10, value_name = "N")]
    limit: usize,

    /// Order of the hits
    #[arg(long, value_enum, default_value_t = SortArg::Relevance)]
    sort: SortArg,

    #[command(flatten)]
    filter: FilterArgs,

    /// One JSON object per hit (NDJSON)
    #[arg(long)]
    json: bool,
}

/// Width of the author column on a terminal: most names fit.
const AUTHOR_COLUMNS: usize = 20;

/// Indent of the snippet under its hit.
const SNIPPET_INDENT: &str = "    ";

/// Most lines a snippet takes on a terminal.
const SNIPPET_LINES: usize = 2;

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let query = Query::parse(&args.query.join(" "))?;
    let index = super::open_index(ctx)?;
    let mut found = index.search(&query, &args.filter.filter(), args.sort.into(), args.limit)?;
    super::report_found(&mut found);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for hit in &found.items {
        if args.json {
            serde_json::to_writer(&mut out, hit)?;
            writeln!(out)?;
        } else {
            write_hit(&mut out, hit, &ctx.out)?;
        }
    }
    out.flush()?;
    Ok(if found.items.is_empty() {
        Status::NoMatch
    } else {
        Status::Success
    })
}

/// `id  date  author  headline` fitted to the terminal, then the snippet
/// wrapped under it; matches highlighted when colour is on.
fn write_hit(out: &mut impl Write, hit: &Hit, style: &Output) -> std::io::Result<()> {
    let s = &hit.summary;
    let date = short_date(s.published.as_deref(), &s.imported_at);
    let author = sanitize(s.authors.first().map_or("-", String::as_str));
    let headline = s.headline.as_deref().unwrap_or("(no headline)");
    let ranges = if s.headline.is_some() {
        hit.headline_highlights.as_slice()
    } else {
        &[]
    };
    let prefix_width = 12 + 2 + 10 + 2 + AUTHOR_COLUMNS + 2;
    let headline_width = style.width.map(|w| w.saturating_sub(prefix_width).max(10));
    let headline = painted(headline, ranges, headline_width, style);
    match style.width {
        Some(_) => writeln!(
            out,
            "{}  {date}  {}  {headline}",
            style.bold(s.id.as_str()),
            pad(&author, AUTHOR_COLUMNS)
        )?,
        None => writeln!(out, "{}\t{date}\t{author}\t{headline}", s.id)?,
    }
    if hit.snippet.is_empty() {
        return Ok(());
    }
    match style.width {
        Some(width) => {
            let lines = wrap_painted(
                &hit.snippet,
                &hit.highlights,
                width.saturating_sub(SNIPPET_INDENT.len()).max(20),
                style,
            );
            for line in lines.iter().take(SNIPPET_LINES) {
                writeln!(out, "{SNIPPET_INDENT}{line}")?;
            }
        }
        None => writeln!(
            out,
            "{SNIPPET_INDENT}{}",
            painted(&hit.snippet, &hit.highlights, None, style)
        )?,
    }
    Ok(())
}

/// `text` sanitized, with the byte `ranges` highlighted, cut to `width`
/// columns (with `…`) when given.
fn painted(text: &str, ranges: &[(usize, usize)], width: Option<usize>, style: &Output) -> String {
    let mut out = String::new();
    let mut used = 0;
    let budget = width.unwrap_or(usize::MAX);
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    for (start, end, marked) in segments(text, ranges) {
        let mut piece = String::new();
        for c in text[start..end].chars() {
            let w = c.width().unwrap_or(0);
            if total > budget && used + w + 1 > budget {
                break;
            }
            piece.push(c);
            used += w;
        }
        let cut = piece.len() < end - start;
        let piece = sanitize(&piece);
        out.push_str(&if marked {
            style.highlight(&piece)
        } else {
            piece
        });
        if cut {
            out.push('…');
            break;
        }
    }
    out
}

/// Greedy word wrap of `text` into lines of `width` columns, keeping the
/// highlighted byte ranges highlighted.
fn wrap_painted(
    text: &str,
    ranges: &[(usize, usize)],
    width: usize,
    style: &Output,
) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    let mut word_start = None;
    let flush_word =
        |from: usize, to: usize, line: &mut String, used: &mut usize, lines: &mut Vec<String>| {
            let w: usize = text[from..to].chars().map(|c| c.width().unwrap_or(0)).sum();
            if *used > 0 && *used + 1 + w > width {
                lines.push(std::mem::take(line));
                *used = 0;
            }
            if *used > 0 {
                line.push(' ');
                *used += 1;
            }
            let inside: Vec<(usize, usize)> = ranges
                .iter()
                .filter(|(s, e)| *s < to && *e > from)
                .map(|(s, e)| ((*s).max(from) - from, (*e).min(to) - from))
                .collect();
            line.push_str(&painted(&text[from..to], &inside, None, style));
            *used += w;
        };
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(start) = word_start.take() {
                flush_word(start, i, &mut line, &mut used, &mut lines);
            }
        } else if word_start.is_none() {
            word_start = Some(i);
        }
    }
    if let Some(start) = word_start {
        flush_word(start, text.len(), &mut line, &mut used, &mut lines);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Splits `text` into `(start, end, highlighted)` runs by `ranges` (sorted,
/// non-overlapping byte ranges on char boundaries; others are ignored).
fn segments(text: &str, ranges: &[(usize, usize)]) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for &(start, end) in ranges {
        let valid = start >= at
            && start < end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end);
        if !valid {
            continue;
        }
        if start > at {
            out.push((at, start, false));
        }
        out.push((start, end, true));
        at = end;
    }
    if at < text.len() {
        out.push((at, text.len(), false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain() -> Output {
        Output {
            color: false,
            width: None,
            height: None,
            stderr_tty: false,
        }
    }

    fn colour() -> Output {
        Output {
            color: true,
            width: None,
            height: None,
            stderr_tty: false,
        }
    }

    #[test]
    fn highlights_are_painted_and_text_fitted() {
        let text = "Talks on Aleppo resume";
        let ranges = [(9, 15)];
        assert_eq!(painted(text, &ranges, None, &plain()), text);
        assert_eq!(
            painted(text, &ranges, None, &colour()),
            "Talks on \x1b[1;31mAleppo\x1b[0m resume"
        );
        assert_eq!(painted(text, &ranges, Some(12), &plain()), "Talks on Al…");
        assert_eq!(painted(text, &[(3, 99)], None, &plain()), text);
    }

    #[test]
    fn snippets_wrap_at_words_and_keep_highlights() {
        let text = "one two three four";
        let lines = wrap_painted(text, &[(4, 7)], 9, &colour());
        assert_eq!(lines, ["one \x1b[1;31mtwo\x1b[0m", "three", "four"]);
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let text = "a\x1b[31mb";
        assert!(!painted(text, &[(0, 1)], None, &colour()).contains("\x1b[31m"));
    }
}
