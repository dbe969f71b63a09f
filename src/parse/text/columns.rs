//! Side-by-side table columns in a dump, put back in reading order.
//!
//! w3m lays an HTML table out as a grid: the cells of a row stand side by
//! side, each wrapped to its own column width, so a line of the dump holds
//! a slice of every cell ("Repeat Performance  1947 wishes she could live
//! the year all"). Read line by line, a layout table interleaves the
//! article with its sidebar, and a table of wrapped descriptions mixes
//! every cell's words. This module finds such grids (runs of lines that
//! share a gutter: a column that is blank, or a cell border, on every
//! line, with text on both sides of it on several lines) and hands the
//! re-blocker each column top to bottom, one after the other, as if the
//! cells had been printed one below the other. Grids whose cells are
//! single words or numbers (a data table, a `psql` result) keep their
//! rows: there a line *is* a row, and reading it across is right.

use unicode_width::UnicodeWidthChar;

#[cfg(test)]
use super::blocks::is_ascii_space;

use crate::parse::rules;

/// One line, or one column's slice of a line, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece<'a> {
    /// Index of the dump line the piece comes from (from 0).
    pub line: usize,
    /// The text, from the column's left edge (so its indent is relative to
    /// the column).
    pub text: &'a str,
    /// Which table column the piece belongs to (numbered over the page),
    /// or `None` for an ordinary line.
    pub column: Option<usize>,
}

/// What [`reading_order_of`] needs known of a dump line, which the
/// re-blocker has read already (`blocks::Line`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineKind {
    /// White space only.
    pub blank: bool,
    /// The line may hold a gutter: `may_hold_gutter` of its trimmed text.
    pub gapped: bool,
}

/// [`reading_order_of`] with the lines read here.
#[cfg(test)]
pub fn reading_order<'a>(lines: &[&'a str]) -> Option<Vec<Piece<'a>>> {
    reading_order_of(lines, &kinds_of(lines))
}

/// Each line's [`LineKind`], read from its text.
#[cfg(test)]
fn kinds_of(lines: &[&str]) -> Vec<LineKind> {
    lines
        .iter()
        .map(|l| LineKind {
            blank: l.trim().is_empty(),
            gapped: may_hold_gutter(l.trim()),
        })
        .collect()
}

/// The dump's lines in reading order when it holds a side-by-side table
/// with wrapped text in its cells; `None` when it holds none (the lines
/// stay as they are). `kinds[i]` tells whether `lines[i]` is blank, or
/// may hold a gutter.
pub fn reading_order_of<'a>(lines: &[&'a str], kinds: &[LineKind]) -> Option<Vec<Piece<'a>>> {
    // The runs of non-blank lines that are grids, with their columns:
    // most dumps hold none, and then no piece is built. Only the grids
    // are kept, where a vector held every run (a page of one-word lines
    // has a run for every other line).
    let mut grids: Vec<(std::ops::Range<usize>, Vec<Span>)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let end = (i..lines.len())
            .find(|&j| kinds[j].blank)
            .unwrap_or(lines.len());
        if let Some(spans) = grid_columns(&lines[i..end], &kinds[i..end]) {
            grids.push((i..end, spans));
        }
        i = end + 1;
    }
    if grids.is_empty() {
        return None;
    }
    let as_is = |k: usize| Piece {
        line: k,
        text: lines[k],
        column: None,
    };
    let mut out: Vec<Piece<'a>> = Vec::with_capacity(lines.len());
    let mut next_column = 0;
    // The lines between grids (blank lines and runs that are no grid)
    // stay as they are.
    let mut after = 0;
    for (run, spans) in grids {
        out.extend((after..run.start).map(as_is));
        for span in &spans {
            for k in run.clone() {
                out.push(Piece {
                    line: k,
                    text: slice_columns(lines[k], span.start, span.end),
                    column: Some(next_column),
                });
            }
            next_column += 1;
        }
        after = run.end;
    }
    out.extend((after..lines.len()).map(as_is));
    Some(out)
}

/// [`reading_order_of`] as it was, every run kept: the oracle of its
/// test.
#[cfg(test)]
fn reading_order_of_all_runs<'a>(lines: &[&'a str], kinds: &[LineKind]) -> Option<Vec<Piece<'a>>> {
    let mut runs: Vec<(usize, usize, Option<Vec<Span>>)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let end = (i..lines.len())
            .find(|&j| kinds[j].blank)
            .unwrap_or(lines.len());
        runs.push((i, end, grid_columns(&lines[i..end], &kinds[i..end])));
        i = end + 1;
    }
    if runs.iter().all(|(_, _, spans)| spans.is_none()) {
        return None;
    }
    let mut out: Vec<Piece<'a>> = Vec::new();
    let mut next_column = 0;
    for (i, end, spans) in runs {
        let run = &lines[i..end];
        match spans {
            Some(spans) => {
                for span in &spans {
                    for (k, line) in run.iter().enumerate() {
                        out.push(Piece {
                            line: i + k,
                            text: slice_columns(line, span.start, span.end),
                            column: Some(next_column),
                        });
                    }
                    next_column += 1;
                }
            }
            None => out.extend(run.iter().enumerate().map(|(k, line)| Piece {
                line: i + k,
                text: line,
                column: None,
            })),
        }
        if end < lines.len() {
            out.push(Piece {
                line: end,
                text: lines[end],
                column: None,
            });
        }
    }
    Some(out)
}

/// Display columns `start..end` of a grid column.
type Span = std::ops::Range<usize>;

/// `line.trim().is_empty()`, on bytes while they are ASCII.
#[cfg(test)]
fn is_blank(line: &str) -> bool {
    for (at, &b) in line.as_bytes().iter().enumerate() {
        if !b.is_ascii() {
            return line[at..].chars().all(char::is_whitespace);
        }
        if !is_ascii_space(b) {
            return false;
        }
    }
    true
}

/// A cell border drawn by w3m (box drawing): not text, and a gutter may
/// run through it.
fn is_border(c: char) -> bool {
    ('\u{2500}'..='\u{257F}').contains(&c)
}

/// Which display columns of `run` any line prints text in (borders and
/// spaces excluded), up to the last such column, and each line's first
/// and last text column (`None` for a line without text). One pass over
/// the characters, with no vector per line. `plain[i]` is
/// `printable_ascii(run[i])`.
fn text_columns(run: &[&str], plain: &[bool]) -> (Vec<bool>, Vec<Option<(usize, usize)>>) {
    let mut used = Vec::new();
    let extents = run
        .iter()
        .zip(plain)
        .map(|(line, &plain)| {
            if plain {
                return ascii_text_columns(line.as_bytes(), &mut used);
            }
            let mut col = 0;
            let mut extent: Option<(usize, usize)> = None;
            for c in line.chars() {
                let w = UnicodeWidthChar::width(c).unwrap_or(0);
                if w > 0 && !c.is_whitespace() && !is_border(c) {
                    if used.len() < col + w {
                        used.resize(col + w, false);
                    }
                    used[col..col + w].fill(true);
                    let first = extent.map_or(col, |(first, _)| first);
                    extent = Some((first, col + w - 1));
                }
                col += w;
            }
            extent
        })
        .collect();
    (used, extents)
}

/// True when every byte of `s` is printable ASCII: one character and one
/// display column each, so columns are byte offsets. Most lines of a grid
/// are; the others are read character by character.
fn printable_ascii(s: &str) -> bool {
    // A fold without early exit, which the compiler vectorises.
    s.bytes()
        .fold(true, |ok, b| ok & (b.wrapping_sub(0x20) < 0x7f - 0x20))
}

/// [`text_columns`] of one printable ASCII line: its text columns (every
/// byte but a space) marked in `used`, and its extent.
fn ascii_text_columns(line: &[u8], used: &mut Vec<bool>) -> Option<(usize, usize)> {
    let first = line.iter().position(|&b| b != b' ')?;
    let last = line.iter().rposition(|&b| b != b' ')?;
    if used.len() <= last {
        used.resize(last + 1, false);
    }
    for (u, &b) in used[first..=last].iter_mut().zip(&line[first..=last]) {
        *u |= b != b' ';
    }
    Some((first, last))
}

/// The column spans of `run` when it is a grid whose text is mostly in
/// columns of wrapped text (`rules::GRID_WRAPPED_MIN_SHARE`), else `None`.
fn grid_columns(run: &[&str], kinds: &[LineKind]) -> Option<Vec<std::ops::Range<usize>>> {
    if run.len() < rules::GRID_MIN_LINES || !kinds.iter().any(|k| k.gapped) {
        return None;
    }
    // Each line is sliced once per column and more: whether it is
    // printable ASCII (sliced on bytes) is read once.
    let plain: Vec<bool> = run.iter().map(|l| printable_ascii(l)).collect();
    let (used, extents) = text_columns(run, &plain);
    let first = used.iter().position(|&u| u)?;
    let last = used.iter().rposition(|&u| u)?;
    let mut gutters = Vec::new();
    let mut c = first;
    while c <= last {
        if used[c] {
            c += 1;
            continue;
        }
        let start = c;
        while c <= last && !used[c] {
            c += 1;
        }
        if is_gutter(&extents, start, c) {
            if gutters.len() == rules::GRID_MAX_GUTTERS {
                return None;
            }
            gutters.push(start..c);
        }
    }
    if gutters.is_empty() {
        return None;
    }
    // Columns run from the first text to the last, so a border drawn
    // outside them is in none.
    let mut spans = Vec::with_capacity(gutters.len() + 1);
    let mut left = first;
    for g in &gutters {
        spans.push(left..g.start);
        left = g.end;
    }
    spans.push(left..last + 1);
    let (mut total, mut wrapped) = (0, 0);
    for span in &spans {
        let (words, prose) = span_words(run, &plain, span);
        total += words;
        if prose {
            wrapped += words;
        }
    }
    (wrapped as f64 >= total as f64 * rules::GRID_WRAPPED_MIN_SHARE && wrapped > 0).then_some(spans)
}

/// The words in column `span` of `run`, and whether it holds wrapped
/// text: two lines in a row whose slices have
/// `rules::GRID_PROSE_MIN_WORDS` words each and no gap or border inside.
/// One pass, each line sliced and its words counted once, where the
/// count of all words, the count of the wrapped columns' words and the
/// wrapped-text test each sliced every line again. `plain[i]` is
/// `printable_ascii(run[i])`.
fn span_words(run: &[&str], plain: &[bool], span: &std::ops::Range<usize>) -> (usize, bool) {
    let (mut words, mut prose) = (0, false);
    let mut long_before = false;
    for (line, &plain) in run.iter().zip(plain) {
        let slice = slice_known(line, plain, span.start, span.end);
        // Trimming leaves the same whitespace-separated words.
        let count = word_count(slice);
        words += count;
        if !prose {
            let text = slice.trim();
            // A gap or a border inside is a column this grid did not split.
            let long = count >= rules::GRID_PROSE_MIN_WORDS
                && !text.contains("  ")
                && !text.chars().any(is_border);
            prose = long_before && long;
            long_before = long;
        }
    }
    (words, prose)
}

/// A line that could have a gutter in it: two spaces inside its text, or
/// a cell border. Most runs have none and skip the column scan. (The
/// re-blocker finds both in its one pass over each line.)
#[cfg(test)]
pub(super) fn may_hold_gutter(text: &str) -> bool {
    // Borders are not ASCII: an ASCII line skips decoding its chars.
    has_two_spaces(text) || (!text.is_ascii() && text.chars().any(is_border))
}

/// `text.contains("  ")`, as a fold over pairs of neighbours without
/// early exit, which the compiler vectorises.
#[cfg(test)]
fn has_two_spaces(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .zip(bytes.get(1..).unwrap_or_default())
        .fold(false, |found, (&a, &b)| found | ((a == b' ') & (b == b' ')))
}

/// The blank columns `start..end` of a run separate two columns of a
/// grid: text on both sides on `rules::GRID_MIN_SIDE_BY_SIDE_LINES` lines,
/// and either at least `rules::GRID_MIN_GUTTER_COLUMNS` wide or with a
/// line that has text only right of it (a single blank column on every
/// line of plain prose is a chance alignment, a "river"). `extents` holds
/// each line's first and last text column (`None` for a blank line).
fn is_gutter(extents: &[Option<(usize, usize)>], start: usize, end: usize) -> bool {
    let (mut both, mut right_only) = (0, 0);
    for &(first, last) in extents.iter().flatten() {
        let left = first < start;
        let right = last >= end;
        both += usize::from(left && right);
        right_only += usize::from(right && !left);
    }
    both >= rules::GRID_MIN_SIDE_BY_SIDE_LINES
        && (end - start >= rules::GRID_MIN_GUTTER_COLUMNS || right_only > 0)
}

/// Column `span` of `run` holds wrapped text: two lines in a row whose
/// slices have `rules::GRID_PROSE_MIN_WORDS` words each and no gap or
/// border inside. `plain[i]` is `printable_ascii(run[i])`. (What
/// [`span_words`] finds in its pass, kept to check it.)
#[cfg(test)]
fn holds_wrapped_text(run: &[&str], plain: &[bool], span: &std::ops::Range<usize>) -> bool {
    let long = |k: usize| {
        let text = slice_known(run[k], plain[k], span.start, span.end).trim();
        // A gap or a border inside is a column this grid did not split.
        !text.contains("  ")
            && !text.chars().any(is_border)
            && word_count(text) >= rules::GRID_PROSE_MIN_WORDS
    };
    (1..run.len()).any(|k| long(k - 1) && long(k))
}

/// The words in `text`: its whitespace-separated tokens, except that a
/// token in a script written without spaces (Chinese, Japanese: wide
/// characters) counts `rules::GRID_WIDE_CHARS_PER_WORD` of its characters
/// as a word, so a wrapped line of such prose weighs like one of English.
fn word_count(text: &str) -> usize {
    if text.is_ascii() {
        // No wide character: a word a token.
        return ascii_token_count(text.as_bytes());
    }
    text.split_whitespace()
        .map(|token| {
            let wide = token
                .chars()
                .filter(|&c| UnicodeWidthChar::width(c) == Some(2))
                .count();
            (wide / rules::GRID_WIDE_CHARS_PER_WORD).max(1)
        })
        .sum()
}

/// The whitespace-separated tokens of ASCII `bytes` (`split_whitespace`
/// counted: a token starts at each byte that is not white space and
/// follows white space or the start).
fn ascii_token_count(bytes: &[u8]) -> usize {
    let space = |b: u8| (b == b' ') | (b.wrapping_sub(b'\t') <= b'\r' - b'\t');
    let mut after_space = true;
    let mut tokens = 0;
    for &b in bytes {
        let is_space = space(b);
        tokens += usize::from(after_space & !is_space);
        after_space = is_space;
    }
    tokens
}

/// The part of `line` printed in display columns `from..to` (a character
/// belongs where it starts).
fn slice_columns(line: &str, from: usize, to: usize) -> &str {
    slice_known(line, printable_ascii(line), from, to)
}

/// [`slice_columns`] of a line known to be printable ASCII or not
/// (`plain`).
fn slice_known(line: &str, plain: bool, from: usize, to: usize) -> &str {
    if plain {
        // A column a byte.
        return if from < to && from < line.len() {
            &line[from..to.min(line.len())]
        } else {
            ""
        };
    }
    slice_columns_by_chars(line, from, to)
}

/// [`slice_columns`] character by character.
fn slice_columns_by_chars(line: &str, from: usize, to: usize) -> &str {
    let mut col = 0;
    let (mut start, mut end) = (None, line.len());
    for (at, c) in line.char_indices() {
        if col >= to {
            end = at;
            break;
        }
        if start.is_none() && col >= from {
            start = Some(at);
        }
        col += UnicodeWidthChar::width(c).unwrap_or(0);
    }
    match start {
        Some(s) => &line[s..end],
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// On random pages of prose lines, grid rows (two cells apart), blank
    /// lines and borders: the pieces are those of the version that kept
    /// every run.
    #[test]
    fn grids_alone_give_the_pieces_every_run_gave() {
        let rows = [
            "",
            "   ",
            "Repeat Performance  1947 wishes she could",
            "Joan Leslie         the year all over and",
            "A film noir         it comes true at once",
            "one two three four five six seven",
            "│ a b c d │ e f g h │",
            "x",
            "Wide 東京 text      more words here now",
        ];
        let mut rng = crate::test_rng::Rng::new(0x0C4E_5A17_B2D9_83F1);
        let mut grids = 0;
        for _ in 0..3_000 {
            let n = rng.below(14);
            let lines: Vec<&str> = (0..n).map(|_| rows[rng.below(rows.len())]).collect();
            let got = reading_order(&lines);
            let all_runs = reading_order_of_all_runs(&lines, &kinds_of(&lines));
            assert_eq!(got, all_runs, "{lines:?}");
            grids += usize::from(got.is_some());
        }
        assert!(grids > 100, "{grids}");
    }

    /// On random runs of words, gaps, borders, wide characters and
    /// spaces, and random spans: `span_words` counts the words and finds
    /// the wrapped text that counting and testing each line apart did.
    #[test]
    fn span_words_match_the_separate_counts() {
        let pieces = [
            "ab", "word", " ", "  ", "│", "東京", "é", "\t", "\u{a0}", "x y z", "one two", "",
        ];
        let mut rng = crate::test_rng::Rng::new(0x7A3B_19C2_55E0_4D8F);
        for _ in 0..5_000 {
            let n = 1 + rng.below(6);
            let lines: Vec<String> = (0..n)
                .map(|_| {
                    let k = rng.below(12);
                    rng.text(&pieces, k)
                })
                .collect();
            let run: Vec<&str> = lines.iter().map(String::as_str).collect();
            let plain: Vec<bool> = run.iter().map(|l| printable_ascii(l)).collect();
            let start = rng.below(12);
            let span = start..start + rng.below(16);
            let words: usize = run
                .iter()
                .zip(&plain)
                .map(|(l, &p)| word_count(slice_known(l, p, span.start, span.end)))
                .sum();
            let want = (words, holds_wrapped_text(&run, &plain, &span));
            assert_eq!(span_words(&run, &plain, &span), want, "{run:?} {span:?}");
        }
    }

    /// The occupancy grid [`text_columns`] replaced: one flag per display
    /// column of each line.
    fn occupancy(run: &[&str]) -> Vec<Vec<bool>> {
        run.iter()
            .map(|line| {
                let mut cols = Vec::with_capacity(line.len());
                for c in line.chars() {
                    let w = UnicodeWidthChar::width(c).unwrap_or(0);
                    let text = !c.is_whitespace() && !is_border(c);
                    cols.extend(std::iter::repeat_n(text, w));
                }
                cols
            })
            .collect()
    }

    /// `text_columns` gives the columns in use and the extents the
    /// occupancy grid gave, on random runs of text, gaps, borders, wide
    /// characters, tabs and zero-width marks.
    #[test]
    fn text_columns_match_the_occupancy_grid() {
        let pieces = [
            "ab", " ", "   ", "│", "─", "東", "é", "\t", "\u{301}", "\u{200b}", "x y", "",
        ];
        let mut rng = crate::test_rng::Rng::new(3);
        let mut pick = |n: usize| rng.below(n);
        for _ in 0..5_000 {
            let lines: Vec<String> = (0..1 + pick(5))
                .map(|_| (0..pick(8)).map(|_| pieces[pick(pieces.len())]).collect())
                .collect();
            let run: Vec<&str> = lines.iter().map(String::as_str).collect();
            let occ = occupancy(&run);
            let width = occ.iter().map(Vec::len).max().unwrap_or(0);
            let mut want_used = vec![false; width];
            for line in &occ {
                for (c, &t) in line.iter().enumerate() {
                    want_used[c] |= t;
                }
            }
            let want_extents: Vec<Option<(usize, usize)>> = occ
                .iter()
                .map(|l| Some((l.iter().position(|&t| t)?, l.iter().rposition(|&t| t)?)))
                .collect();
            let plain: Vec<bool> = run.iter().map(|l| printable_ascii(l)).collect();
            let (used, extents) = text_columns(&run, &plain);
            assert_eq!(extents, want_extents, "{run:?}");
            // `used` stops at the last text column; the grid ran on.
            let cut = want_used.iter().rposition(|&u| u).map_or(0, |l| l + 1);
            assert_eq!(used, want_used[..cut], "{run:?}");
        }
    }

    /// The printable-ASCII paths of `text_columns`, `slice_columns` and
    /// `word_count` against the character-by-character forms, on random
    /// lines of ASCII (tabs and control bytes too), spaces, borders and
    /// wide characters, for every window of columns.
    #[test]
    fn ascii_paths_match_the_character_walk() {
        let pieces = [
            "ab", " ", "   ", "x", "\t", "\u{b}", "\u{7f}", "│", "東", "é", "a  b", "",
        ];
        let word_count_plain = |text: &str| -> usize {
            text.split_whitespace()
                .map(|token| {
                    let wide = token
                        .chars()
                        .filter(|&c| UnicodeWidthChar::width(c) == Some(2))
                        .count();
                    (wide / rules::GRID_WIDE_CHARS_PER_WORD).max(1)
                })
                .sum()
        };
        let mut rng = crate::test_rng::Rng::new(0x000C_015A_5C11);
        for _ in 0..5_000 {
            let lines: Vec<String> = (0..1 + rng.below(4))
                .map(|_| {
                    let n = rng.below(8);
                    rng.text(&pieces, n)
                })
                .collect();
            let run: Vec<&str> = lines.iter().map(String::as_str).collect();
            let occ = occupancy(&run);
            let want_extents: Vec<Option<(usize, usize)>> = occ
                .iter()
                .map(|l| Some((l.iter().position(|&t| t)?, l.iter().rposition(|&t| t)?)))
                .collect();
            let plain: Vec<bool> = run.iter().map(|l| printable_ascii(l)).collect();
            let (used, extents) = text_columns(&run, &plain);
            assert_eq!(extents, want_extents, "{run:?}");
            for (c, &u) in used.iter().enumerate() {
                assert_eq!(
                    u,
                    occ.iter().any(|l| l.get(c) == Some(&true)),
                    "{run:?} {c}"
                );
            }
            for line in &run {
                assert_eq!(word_count(line), word_count_plain(line), "{line:?}");
                for from in 0..12 {
                    for to in [0, 1, 3, 5, 8, 12, usize::MAX] {
                        assert_eq!(
                            slice_columns(line, from, to),
                            slice_columns_by_chars(line, from, to),
                            "{line:?} {from} {to}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn two_spaces_are_found_like_contains() {
        for text in [
            "",
            " ",
            "  ",
            "a b",
            "a  b",
            "a b ",
            "é  ü",
            "a \u{a0} b",
            "x y z  ",
        ] {
            assert_eq!(has_two_spaces(text), text.contains("  "), "{text:?}");
        }
    }

    #[test]
    fn blank_lines_are_whitespace_only_as_trim_says() {
        for line in [
            "",
            " ",
            "\t \r",
            "\u{b}\u{c}",
            "  \u{a0} ",
            "\u{3000}",
            " x ",
            "\u{a0}x",
            "x",
        ] {
            assert_eq!(is_blank(line), line.trim().is_empty(), "{line:?}");
        }
    }

    fn columns(dump: &str) -> Option<Vec<String>> {
        let lines: Vec<&str> = dump.split('\n').collect();
        reading_order(&lines).map(|pieces| {
            let mut out: Vec<String> = Vec::new();
            let mut last = None;
            for p in pieces {
                if p.column != last {
                    out.push(String::new());
                    last = p.column;
                }
                let text = p.text.trim();
                if let Some(cur) = out.last_mut()
                    && !text.is_empty()
                {
                    if !cur.is_empty() {
                        cur.push(' ');
                    }
                    cur.push_str(text);
                }
            }
            out.retain(|s| !s.is_empty());
            out
        })
    }

    #[test]
    fn more_gutters_than_prose_columns_have_room_for_is_no_grid() {
        let grid = |cells: usize| {
            let line = vec!["ab cd ef gh"; cells].join("  ");
            [line.as_str(); 3].join("\n")
        };
        let at_cap = grid(rules::GRID_MAX_GUTTERS + 1);
        assert_eq!(
            columns(&at_cap).map(|c| c.len()),
            Some(rules::GRID_MAX_GUTTERS + 1)
        );
        assert_eq!(columns(&grid(rules::GRID_MAX_GUTTERS + 2)), None);
    }

    #[test]
    fn side_by_side_cells_are_read_column_by_column() {
        let dump = [
            "                    A woman who shot her husband on",
            "Repeat Performance  wishes she could live the year all",
            "                    over again and somehow gets her chance.",
            "The Time Travelers  Scientists test a time-viewing device",
            "                    but the screen becomes a portal.",
        ]
        .join("\n");
        assert_eq!(
            columns(&dump).unwrap(),
            [
                "Repeat Performance The Time Travelers",
                "A woman who shot her husband on wishes she could live the year all \
                 over again and somehow gets her chance. Scientists test a \
                 time-viewing device but the screen becomes a portal."
            ]
        );
        let boxed = [
            "│  In December 2002, I tried to  │  While I am flattered that  │",
            "│  install some software on my   │  so many logorrheic Linux   │",
            "│  computer. The experience was. │  fanboys are interested.    │",
        ]
        .join("\n");
        let got = columns(&boxed).unwrap();
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].starts_with("In December") && got[0].ends_with("was."));
        assert!(got[1].starts_with("While I am"));
    }

    #[test]
    fn wrapped_prose_without_spaces_is_read_column_by_column() {
        // A Japanese story beside a sidebar: each slice is one
        // space-free token, but many words long.
        let dump = [
            "肉をくわえたイヌが橋を渡っていました   ○を取ったら",
            "ふと下を見ると川の中にも肉をくわえた   お母さんになる",
            "イヌがいますイヌはそれを見て思いまし   男の人は",
        ]
        .join("\n");
        let got = columns(&dump).unwrap();
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].starts_with("肉を") && got[0].ends_with("思いまし"));
        assert!(got[1].starts_with("○を"));
        // Short CJK cells (a word or two) stay a data table read by rows.
        let table =
            "名前    年齢  出身\n山田    31    東京\n佐藤    42    大阪\n鈴木    27    京都";
        assert_eq!(columns(table), None);
    }

    #[test]
    fn words_of_scripts_without_spaces_are_counted_by_characters() {
        let cases = [
            ("one two three", 3),
            ("", 0),
            ("東京", 1),
            ("東", 1),
            ("肉をくわえたイヌが", 4),
            ("Mr.マリック(マジシャン)", 4),
        ];
        for (text, want) in cases {
            assert_eq!(word_count(text), want, "{text}");
        }
    }

    #[test]
    fn ordinary_text_and_data_tables_keep_their_lines() {
        let cases = [
            // Wrapped prose: no blank column.
            "The quick brown fox jumps over the lazy dog and then it\nran away into the forest where nobody could find it\nagain for a very long time.",
            // A data table: one word a cell, a line is a row; also when
            // one narrow column wraps a few words.
            "Company   Type        Members  Notes\nUnited    For-Profit  47M      diverse plan for all of\n                               the fifty states\nElevance  For-Profit  45M      Focus on digital health\n(Anthem)                       tools for its members\nKaiser    Non-Profit  12M      model\nHumana    For-Profit  17M      senior care",
            "n  │ is_anomaly\n2  │ f\n3  │ f\n12 │ t",
            "Name   Age\nAnn    31\nBob    42\nCarl   27",
            // Cells split by one space only: the amounts are not one
            // column of text.
            "Onions        1 and a half  3 and more   6 or seven\nCelery        80g (around 3 160g but less  320g give or take\n              sticks)\nCarrots       4 of the best 8 of them all 16 of all the rest",
            // Too short to be a grid.
            "Home  News",
            // A river: one blank column, text left of it on every line.
            "aaaa bbbb cccc dddd eeee\nffff gggg hhhh iiii jjjj\nkkkk llll mmmm nnnn oooo",
        ];
        for dump in cases {
            assert_eq!(columns(dump), None, "{dump}");
        }
    }

    #[test]
    fn pieces_keep_their_line_numbers() {
        let dump = "Title\n\nleft one two three  right one two three\nleft four five six  right four five six\nleft seven          right seven\n\nEnd";
        let lines: Vec<&str> = dump.split('\n').collect();
        let pieces = reading_order(&lines).unwrap();
        let order: Vec<(usize, &str)> = pieces
            .iter()
            .map(|p| (p.line, p.text.trim()))
            .filter(|(_, t)| !t.is_empty())
            .collect();
        assert_eq!(
            order,
            [
                (0, "Title"),
                (2, "left one two three"),
                (3, "left four five six"),
                (4, "left seven"),
                (2, "right one two three"),
                (3, "right four five six"),
                (4, "right seven"),
                (6, "End")
            ]
        );
    }

    #[test]
    fn slices_follow_display_columns() {
        let cases = [
            ("abcdef", 2, 4, "cd"),
            ("字字字", 2, 4, "字"),
            ("ab", 5, 9, ""),
            ("abc", 1, usize::MAX, "bc"),
        ];
        for (line, from, to, want) in cases {
            assert_eq!(slice_columns(line, from, to), want, "{line}");
        }
    }
}
