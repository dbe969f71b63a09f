//! Re-blocking a page dump: lines in, blocks out.
//!
//! Text browsers wrap paragraphs at a fixed width (w3m and lynx at 80
//! columns, lynx with a 3-space margin); "select all, copy" and innerText
//! give one line per block. A line joins the line before it only when that
//! line was *wrapped*: the next line's first word would not have fitted on
//! it. Every other line break, a blank line, a change of indent or a list
//! marker starts a new block. Two renderer habits bend that rule: list
//! items hang their wrapped lines under the item's text (the marker sticks
//! out to the left), and lynx wraps lines with hidden link numbers a few
//! columns early, which shows as many lines running on in lowercase after
//! a line that looks short (`hidden_slack`).

use unicode_width::UnicodeWidthStr;

use super::columns;
use crate::parse::rules;
use crate::parse::script::{is_cjk, is_hangul};
use crate::parse::source::first_non_ascii;

/// One block of the dump: a paragraph, a heading, a list item, a menu entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The text, wrapped lines re-joined, whitespace collapsed, list marker
    /// removed. It holds no white space but spaces (`Open::append` puts
    /// one between words, the later edits only cut), so splitting it at
    /// spaces gives `split_whitespace`'s words (`features::Page` counts
    /// them once for every later stage).
    pub text: String,
    /// Number of the dump line the block starts on, from 1 (what the
    /// provenance of a field points at).
    pub line: usize,
    /// Number of dump lines the block spans.
    pub lines: usize,
    /// Columns of leading space on the block's first line.
    pub indent: usize,
    /// The block started with a list marker (•, *, +, □, -, …).
    pub bullet: bool,
    /// A blank line stands right before the block.
    pub blank_before: bool,
    /// A blank line stands right after the block.
    pub blank_after: bool,
}

/// Splits `text` into blocks.
pub fn split(text: &str) -> Vec<Block> {
    let raw = lines_of(text);
    let (lines, wrap, metric) = measure(&raw);
    let kinds: Vec<columns::LineKind> = lines.iter().map(Line::kind).collect();
    let Some(pieces) = columns::reading_order_of(&raw, &kinds) else {
        let items = lines.iter().enumerate().map(|(i, line)| Item {
            number: i + 1,
            line,
            wrap,
            column: None,
        });
        return assemble(items);
    };
    // A side-by-side table: its columns one after the other, each
    // re-joined at its own width.
    let piece_lines: Vec<Line<'_>> = pieces.iter().map(|p| Line::new(p.text, metric)).collect();
    let columns = pieces
        .iter()
        .filter_map(|p| p.column)
        .max()
        .map_or(0, |c| c + 1);
    let column_wraps: Vec<Option<Wrap>> = (0..columns)
        .map(|c| {
            let of_column: Vec<&Line<'_>> = pieces
                .iter()
                .zip(&piece_lines)
                .filter(|(p, _)| p.column == Some(c))
                .map(|(_, l)| l)
                .collect();
            column_wrap(&of_column, metric)
        })
        .collect();
    let items = pieces.iter().zip(&piece_lines).map(|(p, line)| Item {
        number: p.line + 1,
        line,
        wrap: p.column.map_or(wrap, |c| column_wraps[c]),
        column: p.column,
    });
    assemble(items)
}

/// `text.split('\n')`, with memchr's SIMD search for the newlines (the
/// standard library's goes a word at a time).
fn lines_of(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()) {
        lines.push(&text[start..end]);
        start = end + 1;
    }
    lines.push(&text[start..]);
    lines
}

/// The dump's lines measured, and how it was wrapped (if it was).
fn measure<'a>(raw: &[&'a str]) -> (Vec<Line<'a>>, Option<Wrap>, Metric) {
    let lines: Vec<Line<'a>> = raw.iter().map(|l| Line::new(l, Metric::Columns)).collect();
    let wrap = wrap_width(&lines).map(|width| Wrap::new(&lines, width, Metric::Columns));
    if wrap.is_none()
        && lines.iter().any(|l| l.width() > rules::WRAP_MAX_COLUMNS)
        && !lines.iter().all(|l| l.alike)
    {
        // lynx counts a wide (CJK) character as one column when it wraps.
        // Only the lines of other characters are measured again.
        let by_chars: Vec<Line<'a>> = raw
            .iter()
            .zip(&lines)
            .map(|(raw, line)| {
                if line.alike {
                    line.clone()
                } else {
                    Line::new(raw, Metric::Chars)
                }
            })
            .collect();
        if let Some(width) = wrap_width(&by_chars) {
            let wrap = Wrap::new(&by_chars, width, Metric::Chars);
            return (by_chars, Some(wrap), Metric::Chars);
        }
    }
    (lines, wrap, Metric::Columns)
}

/// True when every byte of `s` is printable ASCII, which takes one column
/// and is one character: both metrics measure such a line alike (see
/// `Line::alike`), so a dump of such lines that did not wrap by columns
/// did not wrap by characters.
fn printable_ascii(s: &str) -> bool {
    // A fold without early exit, which the compiler vectorises: every
    // line of a dump is measured, and nearly all are printable ASCII.
    s.bytes()
        .fold(true, |ok, b| ok & (b.wrapping_sub(0x20) < 0x7f - 0x20))
}

/// The wrap of one table column: its widest line, when it is at least
/// `rules::GRID_WRAP_MIN_COLUMNS` wide and another line comes near it.
fn column_wrap(lines: &[&Line<'_>], metric: Metric) -> Option<Wrap> {
    let width = lines.iter().map(|l| l.width()).max()?;
    let near = rules::WRAP_NEAR_COLUMNS.min(width / 4);
    let filled = lines.iter().filter(|l| l.width() + near >= width).count();
    if width < rules::GRID_WRAP_MIN_COLUMNS || filled < 2 {
        return None;
    }
    let owned: Vec<Line<'_>> = lines.iter().map(|l| (*l).clone()).collect();
    Some(Wrap::new(&owned, width, metric))
}

/// One line on its way into a block.
struct Item<'l, 'a> {
    /// Dump line number, from 1.
    number: usize,
    line: &'l Line<'a>,
    wrap: Option<Wrap>,
    /// The table column the line belongs to, if any: a block never spans
    /// two columns, nor a column and the text around the table.
    column: Option<usize>,
}

/// Builds the blocks from lines in reading order.
fn assemble<'l, 'a: 'l>(items: impl Iterator<Item = Item<'l, 'a>>) -> Vec<Block> {
    // At most one block per line: room for them all at once, where
    // growing the vector as blocks came copied it over and over.
    let mut blocks: Vec<Block> = Vec::with_capacity(items.size_hint().0);
    // The text of the block being built, one buffer for the page: the
    // blocks of several lines each grew a `String` of their own.
    let mut buffer = String::new();
    let mut current: Option<Open> = None;
    let mut blank_before = true;
    let mut prev: Option<(&Line<'_>, Option<usize>)> = None;
    for item in items {
        let line = item.line;
        let same_column = prev.is_some_and(|(_, c)| c == item.column);
        if !same_column && prev.is_some() {
            if let Some(open) = current.take() {
                blocks.push(open.close(true, &mut buffer));
            }
            blank_before = true;
        }
        let before = prev.filter(|_| same_column).map(|(l, _)| l);
        prev = Some((line, item.column));
        // A rule is drawn in box-drawing characters, which the scan found.
        if line.text.is_empty() || (line.scan.border() && is_rule_line(line.text)) {
            if let Some(open) = current.take() {
                blocks.push(open.close(true, &mut buffer));
            }
            blank_before = true;
            continue;
        }
        let joins = match (&current, item.wrap, before) {
            (Some(open), Some(wrap), Some(prev)) if continues(open, prev, line, wrap) => {
                Some((breaks_a_word(prev, wrap), breaks_a_long_name(prev)))
            }
            (Some(open), Some(_), Some(_)) if continues_link_list(open, line) => {
                Some((false, false))
            }
            _ => None,
        };
        if let Some((mid_word, glued)) = joins {
            if let Some(open) = current.as_mut() {
                open.push(line, mid_word, glued);
            }
            continue;
        }
        if let Some(open) = current.take() {
            blocks.push(open.close(false, &mut buffer));
        }
        current = Some(Open::start(
            line,
            item.number,
            blank_before,
            std::mem::take(&mut buffer),
        ));
        blank_before = false;
    }
    if let Some(open) = current.take() {
        blocks.push(open.close(true, &mut buffer));
    }
    blocks.retain(|b| !b.text.is_empty());
    drop_alt_before_caption(&mut blocks);
    blocks
}

/// A horizontal rule (`<hr>`) as w3m draws it, a line of
/// `rules::RULE_LINE_CHARS`: a separator like a blank line. Counted as
/// text, the 80-column rule looks wrapped onto the line above and the line
/// under it onto the rule, and the three became one block ("By Jane Doe
/// on March 12 ━━━━ Support us! …"), hiding a byline from the header.
fn is_rule_line(text: &str) -> bool {
    // The character test first: it turns a line of text down at its
    // first character, where counting would read the whole line.
    text.chars().all(|c| rules::RULE_LINE_CHARS.contains(&c))
        && text.chars().count() >= rules::RULE_LINE_MIN_CHARS
}

/// Removes a block whose words the next block starts with, when they are
/// most of it (`rules::NEAR_REPEAT_MIN_SHARE`): w3m prints an image's alt
/// text on its own line right above the caption that repeats it ("Dig a
/// hole." / "Dig a hole. (Lucy Akins)"), where lynx puts both on one line
/// (see [`strip_doubled_start`]); a teaser card prints its title twice.
/// The first copy is no text of its own, and as a block it lengthens the
/// runs of short blocks between the paragraphs around the picture.
fn drop_alt_before_caption(blocks: &mut Vec<Block>) {
    let n = blocks.len();
    // Each block's first key letter found once, where each pair's test
    // found both; nearly every pair of neighbours differs there.
    let firsts: Vec<u32> = blocks.iter().map(|b| first_key(&b.text)).collect();
    let mut drop = vec![false; n];
    for i in 0..n.saturating_sub(1) {
        drop[i] = may_open(firsts[i], firsts[i + 1])
            && begins_caption(&blocks[i].text, &blocks[i + 1].text);
    }
    if !drop.contains(&true) {
        return;
    }
    let mut at = 0;
    blocks.retain(|_| {
        at += 1;
        !drop[at - 1]
    });
}

/// `alt`'s words (at least `rules::DOUBLED_START_MIN_WORDS` of them,
/// counted both between spaces and as letter-and-digit runs, at most
/// `rules::DOUBLED_START_MAX_WORDS` runs, compared case-blind) open
/// `caption`, which says more, and are at least
/// `rules::NEAR_REPEAT_MIN_SHARE` of its characters. Counted at spaces, a
/// path or an address is one word however many letter runs it has: a
/// listing's ".../documents/" above ".../documents/draft.txt" is no alt
/// text.
fn begins_caption(alt: &str, caption: &str) -> bool {
    // Asked of every pair of neighbouring blocks, and nearly all differ
    // in their first word: turned down there, before any word is cut.
    if cannot_open(alt, caption) {
        return false;
    }
    if alt
        .split_whitespace()
        .take(rules::DOUBLED_START_MIN_WORDS)
        .count()
        < rules::DOUBLED_START_MIN_WORDS
    {
        return false;
    }
    let same = |x: &str, y: &str| {
        // Two ASCII words lowercase to ASCII; only then is the byte
        // comparison the same (the Kelvin sign lowercases to 'k').
        if x.is_ascii() && y.is_ascii() {
            return x.eq_ignore_ascii_case(y);
        }
        x.chars()
            .flat_map(char::to_lowercase)
            .eq(y.chars().flat_map(char::to_lowercase))
    };
    common_start(alt, caption, same).is_some_and(|c| {
        c.rest.0 == 0
            && c.rest.1 > 0
            && (rules::DOUBLED_START_MIN_WORDS..=rules::DOUBLED_START_MAX_WORDS).contains(&c.words)
            && c.chars as f32 >= (c.chars + c.rest.1) as f32 * rules::NEAR_REPEAT_MIN_SHARE
    })
}

/// True when the [`key_words`] of `alt` surely do not open `caption`,
/// compared as [`begins_caption`] compares words: their letters and
/// digits, lowercased and strung together, differ, or `caption`'s run out
/// first. A character whose lowercase is one character is compared as
/// that (the Kelvin sign as 'k'); one whose lowercase is longer ('İ')
/// stops the test, unless both texts have the same character there. Nor
/// does `alt` open `caption` when they say the same: the caption must say
/// more. Most pairs of blocks differ in their first word or two, and
/// the test spares them [`common_start`], which cuts and decodes the
/// words; a block opened by a quote mark or a bullet, or in a script of
/// letters outside ASCII, is read past it too.
fn cannot_open(alt: &str, caption: &str) -> bool {
    // The same bytes say the same words: passed over at once (neighbouring
    // blocks often open alike, or are the same), back to the start of a
    // character cut at the end of the run (where both texts' characters
    // start alike: the bytes before are the same).
    let mut same = alt
        .bytes()
        .zip(caption.bytes())
        .take_while(|(x, y)| x == y)
        .count();
    while !alt.is_char_boundary(same) {
        same -= 1;
    }
    let (mut i, mut j) = (same, same);
    loop {
        match (key_char_at(alt, i), key_char_at(caption, j)) {
            (Some((p, x)), Some((q, y))) => {
                if x != y {
                    match (single_lowercase(x), single_lowercase(y)) {
                        (Some(x), Some(y)) if x == y => {}
                        (Some(_), Some(_)) => return true,
                        _ => return false,
                    }
                }
                (i, j) = (p + x.len_utf8(), q + y.len_utf8());
            }
            // `caption` has no room for `alt`'s letter or digit, or both
            // said alike to their ends: `caption` says no more.
            (Some(_), None) | (None, None) => return true,
            (None, Some(_)) => return false,
        }
    }
}

/// The first letter or digit of `text` at or after byte `at` (a character
/// boundary), with its place; ASCII read as bytes.
#[inline]
fn key_char_at(text: &str, mut at: usize) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                return Some((at, char::from(b)));
            }
            at += 1;
            continue;
        }
        let c = text.get(at..)?.chars().next()?;
        if c.is_alphanumeric() {
            return Some((at, c));
        }
        at += c.len_utf8();
    }
    None
}

/// The first letter or digit of `text` as [`cannot_open`] compares it:
/// 0 for none, its lowercase plus one when that is one character, else
/// `UNKNOWN_KEY`.
fn first_key(text: &str) -> u32 {
    match key_char_at(text, 0) {
        None => 0,
        Some((_, c)) => single_lowercase(c).map_or(UNKNOWN_KEY, |c| u32::from(c) + 1),
    }
}

/// A [`first_key`] that is no one character.
const UNKNOWN_KEY: u32 = u32::MAX;

/// False when a block whose [`first_key`] is `alt` surely does not open
/// one whose first key is `caption` ([`begins_caption`]): their first
/// letters differ, or one has none (an alt text without words opens
/// nothing; a caption without any has none of the alt text's).
fn may_open(alt: u32, caption: u32) -> bool {
    alt != 0 && caption != 0 && (alt == caption || alt == UNKNOWN_KEY || caption == UNKNOWN_KEY)
}

/// The lowercase of `c` when it is one character.
fn single_lowercase(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    let mut lower = c.to_lowercase();
    (lower.len() == 1).then(|| lower.next()).flatten()
}

/// The words of a text as an alt text and its caption are compared:
/// letters and digits only, since punctuation and spacing differ between
/// the two.
pub(super) fn key_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// What two texts share at their start (see [`common_start`]), each word
/// counted as its characters and one more for the space.
pub(super) struct CommonStart {
    /// Words the two open with.
    pub words: usize,
    /// Their characters.
    pub chars: usize,
    /// The characters left in the first and in the second text.
    pub rest: (usize, usize),
}

/// Compares the [`key_words`] of `a` and `b` from the start with `same`
/// until one text ends; `None` when a word differs before that. No
/// allocation: most pairs differ at the first word.
pub(super) fn common_start(
    a: &str,
    b: &str,
    same: impl Fn(&str, &str) -> bool,
) -> Option<CommonStart> {
    common_start_of_words(key_words(a), key_words(b), same)
}

/// [`common_start`] of two texts' words as `wa` and `wb` give them.
pub(super) fn common_start_of_words<'t>(
    mut wa: impl Iterator<Item = &'t str>,
    mut wb: impl Iterator<Item = &'t str>,
    same: impl Fn(&str, &str) -> bool,
) -> Option<CommonStart> {
    let (mut words, mut chars) = (0, 0);
    let size = |w: &str| w.chars().count() + 1;
    loop {
        match (wa.next(), wb.next()) {
            (Some(x), Some(y)) if same(x, y) => {
                words += 1;
                chars += size(x);
            }
            (Some(_), Some(_)) => return None,
            (x, y) => {
                let rest = |w: Option<&str>, more: &mut dyn Iterator<Item = &str>| {
                    w.map_or(0, size) + more.map(size).sum::<usize>()
                };
                return Some(CommonStart {
                    words,
                    chars,
                    rest: (rest(x, &mut wa), rest(y, &mut wb)),
                });
            }
        }
    }
}

/// One line of the dump, measured. Kept narrow (32 bytes): a page of
/// one-word lines holds a `Line` for every few bytes of input. The input
/// is capped well under 4 GiB, so a width or indent fits in a `u32`, and
/// a list marker or number in a byte.
#[derive(Clone)]
struct Line<'a> {
    /// The line without its indent and trailing space.
    text: &'a str,
    indent: u32,
    width: u32,
    /// List marker length in bytes (marker and the space after it), 0 for
    /// none.
    marker: u8,
    /// Ordered-list number length in bytes ("12. "), 0 for none: kept in
    /// the text, but the item's wrapped lines hang under the text after it.
    number: u8,
    /// What the text's bytes hold, read once for the later passes.
    scan: Scan,
    /// The line, indent and text, is printable ASCII: both metrics
    /// measure it alike.
    alike: bool,
    /// The text is known to hold no white space but ASCII and no CJK
    /// character ([`no_wide_space_nor_cjk`]): it is printable ASCII, or
    /// its width was read character by character and none was such
    /// (`false`: not known).
    simple: bool,
}

/// `n` as a `u32` (see [`Line`]); saturated, which no input reaches.
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A length of at most a few bytes as a `u8`, 0 for none (see [`Line`]).
fn narrow_len(len: Option<usize>) -> u8 {
    len.and_then(|n| u8::try_from(n).ok()).unwrap_or(0)
}

/// A byte length stored by [`narrow_len`] back as an option.
fn wide_len(len: u8) -> Option<usize> {
    (len > 0).then_some(usize::from(len))
}

impl<'a> Line<'a> {
    fn new(raw: &'a str, metric: Metric) -> Line<'a> {
        let raw = trim_end(raw);
        if raw.is_empty() {
            // A blank line (a quarter of a dump's lines): what
            // `Line::measured` gives the empty text, without the scan.
            return Line::blank(raw);
        }
        Line::measured(raw, metric)
    }

    /// [`Line::new`] of `raw` without trailing white space.
    fn measured(raw: &'a str, metric: Metric) -> Line<'a> {
        let (text, spaces) = indent_of(raw);
        let scan = Scan::of(text);
        let lead = &raw[..raw.len() - text.len()];
        // Nearly every indent is spaces, a column each (white space
        // printable as ASCII is a space).
        let indent = if spaces {
            lead.len()
        } else {
            metric.width(lead)
        };
        let (text_width, simple) = if scan.plain() {
            (text.len(), true)
        } else if metric == Metric::Columns && !scan.control() {
            // The scan found no line feed (a control character).
            columns_width_without_line_feed(text)
        } else {
            (metric.width_decoded(text), false)
        };
        let width = indent + text_width;
        let marker = list_marker(text, indent);
        Line {
            text,
            indent: narrow(indent),
            width: narrow(width),
            marker: narrow_len(marker),
            number: narrow_len(if marker.is_none() {
                list_number(text)
            } else {
                None
            }),
            scan,
            alike: spaces && scan.plain(),
            simple,
        }
    }

    /// The line of white space only: empty text, no indent nor width, and
    /// the scan of an empty text (printable, nothing found).
    fn blank(empty: &'a str) -> Line<'a> {
        Line {
            text: empty,
            indent: 0,
            width: 0,
            marker: 0,
            number: 0,
            scan: Scan::default(),
            alike: true,
            simple: true,
        }
    }

    fn indent(&self) -> usize {
        self.indent as usize
    }

    fn width(&self) -> usize {
        self.width as usize
    }

    fn marker(&self) -> Option<usize> {
        wide_len(self.marker)
    }

    fn number(&self) -> Option<usize> {
        wide_len(self.number)
    }

    /// The line as [`columns::reading_order_of`] needs it known.
    fn kind(&self) -> columns::LineKind {
        columns::LineKind {
            blank: self.text.is_empty(),
            gapped: self.scan.two_spaces() || self.scan.border(),
        }
    }

    fn first_word_width(&self, metric: Metric) -> usize {
        // Asked of most lines that may join a block, and nearly all open
        // with an ASCII word: ended by an ASCII space, it takes one column
        // a byte in both metrics (a line holds no line feed).
        let bytes = self.text.as_bytes();
        match bytes
            .iter()
            .position(|&b| is_ascii_space(b) || !b.is_ascii())
        {
            None => bytes.len(),
            Some(end) if bytes[end].is_ascii() => end,
            Some(_) => first_word_width_plain(self.text, metric),
        }
    }
}

/// The width of the first word of `text`, split at any white space.
fn first_word_width_plain(text: &str, metric: Metric) -> usize {
    let word = text.split(char::is_whitespace).next().unwrap_or("");
    metric.width(word)
}

/// `str::trim_end`, with ASCII whitespace dropped byte by byte first:
/// nearly every line ends in ASCII, and the char-by-char search from the
/// end costs more than the line's other measures.
fn trim_end(s: &str) -> &str {
    let kept = s
        .bytes()
        .rposition(|b| !is_ascii_space(b))
        .map_or(0, |i| i + 1);
    let s = &s[..kept];
    if s.as_bytes().last().is_some_and(|b| !b.is_ascii()) {
        s.trim_end()
    } else {
        s
    }
}

/// `trim_start(raw)`, and whether what it cut is all spaces: one loop
/// over an indent of spaces, nearly every indent, where trimming and
/// testing it read it twice.
fn indent_of(raw: &str) -> (&str, bool) {
    let spaces = raw.bytes().position(|b| b != b' ').unwrap_or(raw.len());
    match raw.as_bytes().get(spaces) {
        Some(&b) if !b.is_ascii() || is_ascii_space(b) => {
            let text = trim_start(raw);
            let lead = &raw[..raw.len() - text.len()];
            (text, lead.bytes().all(|b| b == b' '))
        }
        _ => (&raw[spaces..], true),
    }
}

/// `str::trim_start` the same way (see [`trim_end`]).
fn trim_start(s: &str) -> &str {
    let from = s
        .bytes()
        .position(|b| !is_ascii_space(b))
        .unwrap_or(s.len());
    let s = &s[from..];
    if s.as_bytes().first().is_some_and(|b| !b.is_ascii()) {
        s.trim_start()
    } else {
        s
    }
}

/// How a renderer measured a line when it wrapped it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Metric {
    /// Display columns: w3m, and any terminal (a CJK character takes two).
    Columns,
    /// Characters: lynx gives a CJK character one column.
    Chars,
}

impl Metric {
    /// The width of a wide (CJK) character.
    fn wide_char_width(self) -> usize {
        match self {
            Metric::Columns => 2,
            Metric::Chars => 1,
        }
    }

    /// The width of `s`; printable ASCII takes one column per byte.
    fn width(self, s: &str) -> usize {
        if printable_ascii(s) {
            s.len()
        } else {
            self.width_decoded(s)
        }
    }

    /// [`Metric::width`] of `s` without the printable-ASCII test (the
    /// caller knows the answer is no).
    fn width_decoded(self, s: &str) -> usize {
        if self == Metric::Columns {
            columns_width(s)
        } else {
            s.chars().count()
        }
    }
}

/// `UnicodeWidthStr::width(s)`, without the crate's right-to-left pass
/// when `s` is ASCII (no line feed) and [`one_column_char_len`]
/// characters: each of those takes one column in any string of them (see
/// there). Most lines with a curly quote, a dash or an accent are such;
/// the crate decoded and looked up every character of them, ASCII too.
fn columns_width(s: &str) -> usize {
    if memchr::memchr(b'\n', s.as_bytes()).is_some() {
        return UnicodeWidthStr::width(s);
    }
    columns_width_without_line_feed(s).0
}

/// [`columns_width`] of `s`, which holds no line feed: its ASCII runs
/// counted a byte a column, found by the word-wide search for the next
/// non-ASCII byte (a line's runs between its curly quotes and dashes
/// are long), and each character between them looked at alone. With it,
/// whether `s` is then known to hold no white space but ASCII nor a CJK
/// character ([`no_wide_space_nor_cjk`]), which [`Open::append`] asks of
/// it: of the one-column characters only U+0085 and the no-break space
/// U+00A0 are white space, and none is CJK.
fn columns_width_without_line_feed(s: &str) -> (usize, bool) {
    debug_assert!(!s.contains('\n'));
    let bytes = s.as_bytes();
    let (mut at, mut width, mut simple) = (0, 0, true);
    while let Some(ascii) = first_non_ascii(&bytes[at..]) {
        at += ascii;
        let Some(len) = one_column_char_len(&bytes[at..]) else {
            return (UnicodeWidthStr::width(s), false);
        };
        simple &= !matches!(bytes[at..], [0xC2, 0x85 | 0xA0, ..]);
        at += len;
        width += ascii + 1;
    }
    (width + bytes.len() - at, simple)
}

/// The byte length of the character opening `bytes` when it takes one
/// column in any string of such characters and ASCII without a line feed:
/// U+0080 to U+02FF but the soft hyphen (U+00AD, no column), the dashes,
/// quotes, bullets and ellipsis U+2010 to U+2027, U+2030 to U+203B, and
/// the box drawing and geometric shapes U+2500 to U+25FF but the two
/// emoji among them (U+25FD, U+25FE, two columns). unicode-width 0.2
/// reads a string from the right, a character's width depending on what
/// follows it only through a state that only a line feed, a variation
/// selector, a joiner, an emoji or a letter of a few scripts set, none of
/// them here; tests check every such character alone and after every
/// other, and random strings of them.
fn one_column_char_len(bytes: &[u8]) -> Option<usize> {
    match *bytes {
        [0xC2, 0xAD, ..] => None,
        [0xC2..=0xCB, _, ..] => Some(2),
        [0xE2, 0x80, 0x90..=0xA7 | 0xB0..=0xBB, ..] => Some(3),
        [0xE2, 0x97, 0xBD | 0xBE, ..] => None,
        [0xE2, 0x94..=0x97, _, ..] => Some(3),
        _ => None,
    }
}

/// The byte length of the list marker that opens `text` (with its space).
fn list_marker(text: &str, indent: usize) -> Option<usize> {
    // Asked of every line, and nearly all open with an ASCII character
    // and no space after it: turned down on two bytes, not two decoded
    // characters.
    let bytes = text.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii) && bytes.get(1) != Some(&b' ') {
        return None;
    }
    let mut chars = text.chars();
    let first = chars.next()?;
    let second = chars.next()?;
    if second != ' ' {
        return None;
    }
    let always = rules::BULLETS.contains(&first);
    let indented =
        indent >= rules::NESTED_BULLET_MIN_INDENT && rules::NESTED_BULLETS.contains(&first);
    (always || indented).then(|| first.len_utf8() + 1)
}

/// The byte length of the ordered-list number that opens `text` ("3. ",
/// "12) ", with its space), if any.
pub(crate) fn list_number(text: &str) -> Option<usize> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > rules::LIST_NUMBER_MAX_DIGITS {
        return None;
    }
    let rest = &text.as_bytes()[digits..];
    (rest.len() > 2 && matches!(rest[0], b'.' | b')') && rest[1] == b' ').then_some(digits + 2)
}

/// The column at which the dump was wrapped, if it was: nearly every line
/// fits in `rules::WRAP_MAX_COLUMNS` and enough lines come close to it.
fn wrap_width(lines: &[Line<'_>]) -> Option<usize> {
    // One pass: the non-blank lines counted by width up to the widest a
    // wrap may be, and the overlong ones that count against wrapping; no
    // vector of widths (a word for every line of a page).
    let mut by_width = [0usize; rules::WRAP_MAX_COLUMNS + 1];
    let (mut filled, mut over) = (0, 0);
    for l in lines.iter().filter(|l| !l.text.is_empty()) {
        filled += 1;
        let w = l.width();
        if let Some(count) = by_width.get_mut(w) {
            *count += 1;
        } else if overlong_prose(l) {
            over += 1;
        }
    }
    if filled == 0 {
        return None;
    }
    if over as f64 > filled as f64 * rules::WRAP_MAX_OVERLONG_SHARE {
        return wide_wrap_width(lines, filled);
    }
    let width = by_width.iter().rposition(|&n| n > 0)?;
    let near: usize = by_width[width.saturating_sub(rules::WRAP_NEAR_COLUMNS)..=width]
        .iter()
        .sum();
    (near >= rules::WRAP_MIN_NEAR_LINES && width >= rules::WRAP_MIN_COLUMNS).then_some(width)
}

/// A line past `rules::WRAP_MAX_COLUMNS` that is evidence against
/// wrapping. Not a line that is one word (a long URL, a tracking pixel's
/// address): it runs past the wrap column in any wrapped dump. Nor a
/// table row: w3m lays a table out on lines as wide as its columns need,
/// past the wrap column, with gaps of two spaces or more between the
/// cells, where wrapped text has single spaces. Nor an indented line of
/// code: preformatted text is printed unwrapped.
fn overlong_prose(l: &Line<'_>) -> bool {
    l.width() > rules::WRAP_MAX_COLUMNS
        && l.text.contains(char::is_whitespace)
        && !l.scan.two_spaces()
        && l.indent() < rules::WRAP_PREFORMATTED_MIN_INDENT
}

/// The wrap width of a dump wrapped wider than `rules::WRAP_MAX_COLUMNS`
/// (a text browser run in a wide terminal), read from the line-length
/// distribution: the width under which all but
/// `rules::WRAP_MAX_OVERLONG_SHARE` of the lines with a space fall, when
/// the lines pile up just below it (`rules::WRAP_WIDE_MIN_PEAK_SHARE` of
/// the lines at least half as wide end within `rules::WRAP_NEAR_COLUMNS`
/// of it), as greedy wrapping makes them; unwrapped paragraphs spread
/// evenly. The width is the most common line width in that band. One
/// pass over the lines and one over a histogram of bounded size.
fn wide_wrap_width(lines: &[Line<'_>], filled: usize) -> Option<usize> {
    let top = rules::WRAP_WIDE_MAX_COLUMNS;
    let mut spaced = vec![0usize; top + 2];
    let mut all = vec![0usize; top + 2];
    for l in lines.iter().filter(|l| !l.text.is_empty()) {
        let w = l.width().min(top + 1);
        all[w] += 1;
        // Only the counts past `rules::WRAP_MAX_COLUMNS` are read below.
        if w > rules::WRAP_MAX_COLUMNS && l.text.contains(char::is_whitespace) {
            spaced[w] += 1;
        }
    }
    let allowed = (filled as f64 * rules::WRAP_MAX_OVERLONG_SHARE) as usize;
    // The narrowest `limit` with at most `allowed` spaced lines wider.
    let mut wider = spaced[top + 1];
    if wider > allowed {
        return None;
    }
    let mut limit = top;
    while limit > rules::WRAP_MAX_COLUMNS && wider + spaced[limit] <= allowed {
        wider += spaced[limit];
        limit -= 1;
    }
    if limit <= rules::WRAP_MAX_COLUMNS {
        return None;
    }
    let band = limit - rules::WRAP_NEAR_COLUMNS..=limit;
    let near: usize = all[band.clone()].iter().sum();
    let long: usize = all[limit / 2..=limit].iter().sum();
    let width = band.rev().max_by_key(|&w| all[w])?;
    (near >= rules::WRAP_WIDE_MIN_NEAR_LINES
        && near as f64 >= long as f64 * rules::WRAP_WIDE_MIN_PEAK_SHARE)
        .then_some(width)
}

/// Columns the line `prev` left free for the next line's first word: at
/// most 0 when the word would not have fitted, so the line was wrapped.
fn free_columns(prev: &Line<'_>, line: &Line<'_>, width: usize, metric: Metric) -> isize {
    let used = prev.width() + 1 + line.first_word_width(metric) + rules::WRAP_SLACK_COLUMNS;
    width as isize + 1 - used as isize
}

/// The columns this dump leaves free at the end of wrapped lines for
/// text it does not show: `rules::WRAP_HIDDEN_SLACK_COLUMNS` when enough
/// lines run on in lowercase after a line that ended a little short, else
/// 0.
fn hidden_slack(lines: &[Line<'_>], width: usize, metric: Metric) -> isize {
    let slack = rules::WRAP_HIDDEN_SLACK_COLUMNS as isize;
    let evidence = lines
        .windows(2)
        .filter(|pair| {
            let (prev, line) = (&pair[0], &pair[1]);
            !prev.text.is_empty()
                && line.indent() == prev.indent()
                && starts_lowercase(line.text)
                && (1..=slack).contains(&free_columns(prev, line, width, metric))
        })
        .count();
    if evidence >= rules::WRAP_HIDDEN_MIN_EVIDENCE {
        slack
    } else {
        0
    }
}

fn starts_lowercase(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
}

/// The text runs on from `prev` into `line`: `prev` does not end a
/// sentence, or `line` starts in lowercase.
fn runs_on(prev: &Line<'_>, line: &Line<'_>) -> bool {
    starts_lowercase(line.text) || !prev.text.ends_with(rules::LINE_FINAL_PUNCTUATION)
}

/// True when `line` continues the open block: the indent is the block's
/// text indent (or, for a list item, between its marker and its text; or,
/// on the block's second line, left of an indented first line), and
/// the previous line was full: this line's first word would not have
/// fitted on it, or would only have fitted in the page's hidden slack and
/// the text runs on.
fn continues(open: &Open, prev: &Line<'_>, line: &Line<'_>, wrap: Wrap) -> bool {
    let hangs = open.list_item && open.indent < line.indent() && line.indent() <= open.text_indent;
    let first_line_indented = open.lines == 1
        && !open.list_item
        && line.indent() < open.indent
        && open.indent - line.indent() <= rules::FIRST_LINE_INDENT_MAX_COLUMNS;
    let aligned = line.indent() == open.text_indent
        || hangs
        || first_line_indented
        || (!open.list_item && centred_pair(prev, line, wrap));
    if line.marker().is_some() || line.number().is_some() || !aligned {
        return false;
    }
    if opens_mid_sentence(line.text) {
        return true;
    }
    if table_row(prev, wrap) || table_row(line, wrap) {
        return false;
    }
    let free = free_columns(prev, line, wrap.width, wrap.metric);
    free <= 0 || (free <= wrap.hidden_slack && runs_on(prev, line))
}

/// `prev` and `line`, further in, are centred on the same axis, the
/// page's middle (see `rules::CENTRED_AXIS_SLACK_COLUMNS`): a centred
/// heading wrapped onto a shorter line, which lynx indents by half the
/// columns it leaves free ("Stack Overflow … WordPress Market" /
/// "Oversaturated with Developers", 25 columns in).
/// Lynx centres its horizontal rule too, a line of '_' under the
/// paragraph: a line with no letter or digit continues nothing. A first
/// line at the left edge may as well be flush left, its next line
/// indented for a paragraph of its own.
fn centred_pair(prev: &Line<'_>, line: &Line<'_>, wrap: Wrap) -> bool {
    let axis = |l: &Line<'_>| l.indent() + l.width();
    prev.indent() > 0
        && line.indent() > prev.indent()
        && axis(prev).abs_diff(axis(line)) <= 1
        && axis(prev).abs_diff(wrap.width) <= rules::CENTRED_AXIS_SLACK_COLUMNS
        && line.text.contains(char::is_alphanumeric)
}

/// The line `prev` had no room left for a wide character (a hangul
/// syllable), so where the next line goes on with one the renderer broke a
/// word there: w3m wraps Korean between any two syllables, and a line that
/// ended with room for one more broke at a space.
fn breaks_a_word(prev: &Line<'_>, wrap: Wrap) -> bool {
    prev.width() + wrap.metric.wide_char_width() > wrap.width
}

/// `line` goes on with the open block, lynx's list of the page's
/// `<link>` elements at the dump's top (see `rules::LINK_LIST_MAX_LINE`):
/// a block opened by '#' and a word there, at the same indent.
fn continues_link_list(open: &Open, line: &Line<'_>) -> bool {
    open.line <= rules::LINK_LIST_MAX_LINE
        && !open.list_item
        && line.indent() == open.text_indent
        && line.marker().is_none()
        && line.number().is_none()
        && open
            .text
            .strip_prefix('#')
            .is_some_and(|rest| rest.starts_with(|c: char| !c.is_whitespace() && c != '#'))
}

/// The line `prev` is one bracketed word left open, at least
/// `rules::BROKEN_NAME_MIN_COLUMNS` wide: lynx broke an image's file name
/// longer than the line there, and the next line goes on with the same
/// word, glued to it.
fn breaks_a_long_name(prev: &Line<'_>) -> bool {
    let text = prev.text;
    text.starts_with('[')
        && prev.width() - prev.indent() >= rules::BROKEN_NAME_MIN_COLUMNS
        && !text.contains(|c: char| c == ']' || c.is_whitespace())
}

/// A line past the wrap column with a gap of two spaces or more inside:
/// a row of a table that w3m laid out wider than the page (it wraps text,
/// not tables), which neither continues a block nor is continued.
fn table_row(line: &Line<'_>, wrap: Wrap) -> bool {
    line.width() > wrap.width && line.scan.two_spaces()
}

/// The line opens with punctuation that only follows text ("." or ", …"
/// `rules::MID_SENTENCE_OPENERS`): w3m breaks the line after a link
/// whose text ends a citation ("^ \"Title\"" / ". Variety. Retrieved …")
/// or before the comma after a linked name, however short the line above.
fn opens_mid_sentence(text: &str) -> bool {
    // Asked of most lines that may join a block: their first byte turns
    // nearly all of them down before any comparison.
    let first = text.as_bytes().first();
    rules::MID_SENTENCE_OPENERS
        .iter()
        .any(|p| p.as_bytes().first() == first && (text == p.trim_end() || text.starts_with(p)))
}

/// How the dump was wrapped.
#[derive(Clone, Copy)]
struct Wrap {
    /// The wrap column.
    width: usize,
    /// Columns a wrapped line may end short of it (see `hidden_slack`).
    hidden_slack: isize,
    /// How the lines were measured.
    metric: Metric,
}

impl Wrap {
    fn new(lines: &[Line<'_>], width: usize, metric: Metric) -> Wrap {
        Wrap {
            width,
            hidden_slack: hidden_slack(lines, width, metric),
            metric,
        }
    }
}

/// A block being built.
struct Open {
    text: String,
    line: usize,
    lines: usize,
    indent: usize,
    text_indent: usize,
    bullet: bool,
    /// Opened by a bullet or a number: wrapped lines may hang under the
    /// text, right of the marker.
    list_item: bool,
    blank_before: bool,
    /// A line of the block holds '[' or '{' (see [`Scan::opener`]).
    opener: bool,
}

impl Open {
    /// A block opened by `line`, its text built in `buffer` (emptied
    /// first), which [`Open::close`] hands back for the next block.
    fn start(line: &Line<'_>, number: usize, blank_before: bool, mut buffer: String) -> Open {
        let (text, bullet, text_indent) = match (line.marker(), line.number()) {
            (Some(len), _) => (
                &line.text[len..],
                true,
                line.indent() + UnicodeWidthStr::width(&line.text[..len]),
            ),
            (None, Some(len)) => (line.text, false, line.indent() + len),
            (None, None) => (line.text, false, line.indent()),
        };
        buffer.clear();
        let mut open = Open {
            text: buffer,
            line: number,
            lines: 0,
            indent: line.indent(),
            text_indent,
            bullet,
            list_item: line.marker().is_some() || line.number().is_some(),
            blank_before,
            opener: line.scan.opener(),
        };
        open.append(text, false, line.scan, line.simple);
        open
    }

    /// Adds the wrapped line `line`; `mid_word` when the wrap broke a word
    /// there (see [`breaks_a_word`]); `glued` when it broke a long file
    /// name (see [`breaks_a_long_name`]): no space between the halves.
    fn push(&mut self, line: &Line<'_>, mid_word: bool, glued: bool) {
        if !self.list_item {
            // Left of the first line when that one was indented.
            self.text_indent = line.indent();
        }
        let end = self.text.len();
        self.opener |= line.scan.opener();
        self.append(line.text, mid_word, line.scan, line.simple);
        if glued && self.text.as_bytes().get(end) == Some(&b' ') {
            self.text.remove(end);
        }
    }

    /// Adds `text`, the words of a line or of its end; `scan` is the
    /// line's.
    fn append(&mut self, text: &str, mid_word: bool, scan: Scan, simple: bool) {
        self.lines += 1;
        // Most lines: their words with one space between them and no CJK
        // join (prose, with a curly quote or an accent at most), so the
        // word loops below would copy the line as it is.
        if scan.single_spaced(text) && (simple || no_wide_space_nor_cjk(text)) {
            if !self.text.is_empty() {
                self.text.push(' ');
            }
            self.text.push_str(text);
            return;
        }
        if text.is_ascii() {
            self.append_ascii(text);
            return;
        }
        for (k, word) in text.split_whitespace().enumerate() {
            let glued = k == 0 && joins_without_space(&self.text, word, mid_word);
            if !self.text.is_empty() && !glued {
                self.text.push(' ');
            }
            self.text.push_str(word);
        }
    }

    /// [`Open::append`] for ASCII text, on bytes: the same words (ASCII
    /// whitespace is all the whitespace there is) and never a CJK join.
    fn append_ascii(&mut self, text: &str) {
        self.text.reserve(text.len() + 1);
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            if is_ascii_space(bytes[at]) {
                at += 1;
                continue;
            }
            let end = bytes[at..]
                .iter()
                .position(|&b| is_ascii_space(b))
                .map_or(bytes.len(), |n| at + n);
            if !self.text.is_empty() {
                self.text.push(' ');
            }
            self.text.push_str(&text[at..end]);
            at = end;
        }
    }

    /// The block, its text copied out at its length; the text's buffer
    /// goes back to `buffer`.
    fn close(mut self, blank_after: bool, buffer: &mut String) -> Block {
        if self.opener {
            strip_renderer_artefacts(&mut self.text);
        } else {
            // No '[' nor '{' in the block (see `holds_artefact_opener`),
            // and no white space at its end: `Open::append` puts a space
            // only before a word, and a word holds none.
            debug_assert_eq!(self.text.trim_end().len(), self.text.len());
            strip_doubled_start(&mut self.text);
        }
        let text = self.text.as_str().to_owned();
        *buffer = self.text;
        Block {
            text,
            line: self.line,
            lines: self.lines,
            indent: self.indent,
            bullet: self.bullet,
            blank_before: self.blank_before,
            blank_after,
        }
    }
}

/// True when ASCII `bytes` are words separated by single spaces: not
/// empty, no space at either end, no two spaces in a row and no other
/// whitespace. (What [`Scan::single_spaced`] finds from a line's scan.)
#[cfg(test)]
fn single_spaced(bytes: &[u8]) -> bool {
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    // Without branches (`|` and `&`, no early exit) over pairs of
    // neighbours, so the compiler vectorises it: nearly every line passes
    // and is read to its end anyway.
    let control = |b: u8| b.wrapping_sub(b'\t') <= b'\r' - b'\t';
    let doubled_or_control = bytes
        .iter()
        .zip(&bytes[1..])
        .fold(control(first), |bad, (&a, &b)| {
            bad | ((a == b' ') & (b == b' ')) | control(b)
        });
    !doubled_or_control && first != b' ' && last != b' '
}

/// What one pass over a line's text finds, for the passes after it: each
/// of them read the line again (its width, its spacing, a table's gap, an
/// artefact's opener). The flags as the scan found them, one bit each
/// (`Scan::NOT_PRINTABLE`, …), read through the methods: unpacked into
/// five fields, every line paid a dozen instructions for it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Scan(u8);

impl Scan {
    const NOT_PRINTABLE: u8 = 1;
    const CONTROL: u8 = 2;
    const OPENER: u8 = 4;
    const TWO_SPACES: u8 = 8;
    const BORDER: u8 = 16;

    fn of(text: &str) -> Scan {
        let bytes = text.as_bytes();
        // Windows of `SCAN_WINDOW` bytes and the byte before each, which
        // the compiler vectorises; the last overlaps the one before it (a
        // flag found twice is found). A shorter text is padded with a
        // letter, which raises no flag, alone or beside any byte.
        let mut found = [0; SCAN_WINDOW];
        let first = if let Some(last) = bytes.len().checked_sub(SCAN_WINDOW + 1) {
            for window in bytes.windows(SCAN_WINDOW + 1).step_by(SCAN_WINDOW) {
                Scan::window(window, &mut found);
            }
            Scan::window(&bytes[last..], &mut found);
            bytes[0]
        } else {
            let mut padded = [b'a'; SCAN_WINDOW + 1];
            padded[1..=bytes.len()].copy_from_slice(bytes);
            Scan::window(&padded, &mut found);
            b'a'
        };
        Scan(found.iter().fold(Scan::byte(first), |all, &f| all | f))
    }

    /// Every byte is printable ASCII (see [`printable_ascii`]).
    fn plain(self) -> bool {
        self.0 & Scan::NOT_PRINTABLE == 0
    }

    /// Two spaces in a row (`columns::has_two_spaces`).
    fn two_spaces(self) -> bool {
        self.0 & Scan::TWO_SPACES != 0
    }

    /// ASCII white space other than a space (tab to carriage return).
    fn control(self) -> bool {
        self.0 & Scan::CONTROL != 0
    }

    /// A box-drawing character, U+2500 to U+257F: a table's cell border,
    /// or a rule (`rules::RULE_LINE_CHARS`).
    fn border(self) -> bool {
        self.0 & Scan::BORDER != 0
    }

    /// '[' or '{', which open every renderer artefact (see
    /// [`holds_artefact_opener`]).
    fn opener(self) -> bool {
        self.0 & Scan::OPENER != 0
    }

    /// The flags of `window`'s bytes but the first, and of its pairs of
    /// neighbours, put in `found`, lane by lane.
    fn window(window: &[u8], found: &mut [u8; SCAN_WINDOW]) {
        let (before, bytes) = (&window[..SCAN_WINDOW], &window[1..=SCAN_WINDOW]);
        for ((f, &a), &b) in found.iter_mut().zip(before).zip(bytes) {
            *f |= Scan::byte(b) | Scan::pair(a, b);
        }
    }

    /// The flags of byte `b` alone.
    fn byte(b: u8) -> u8 {
        (u8::from(b.wrapping_sub(0x20) >= 0x7f - 0x20) * Scan::NOT_PRINTABLE)
            | (u8::from(b.wrapping_sub(b'\t') <= b'\r' - b'\t') * Scan::CONTROL)
            | (u8::from((b == b'[') | (b == b'{')) * Scan::OPENER)
    }

    /// The flags of byte `b` after byte `a`: a border character is 0xE2,
    /// 0x94 or 0x95, and a continuation byte.
    fn pair(a: u8, b: u8) -> u8 {
        (u8::from((a == b' ') & (b == b' ')) * Scan::TWO_SPACES)
            | (u8::from((a == 0xE2) & ((b & 0xFE) == 0x94)) * Scan::BORDER)
    }

    /// `single_spaced` of `text`, the text scanned or a piece of it,
    /// read at its ends only; a piece of a text with two spaces or a tab
    /// may be single-spaced where this says no.
    fn single_spaced(self, text: &str) -> bool {
        let bytes = text.as_bytes();
        !self.two_spaces()
            && !self.control()
            && bytes.first().is_some_and(|&b| b != b' ')
            && bytes.last().is_some_and(|&b| b != b' ')
    }
}

/// Bytes [`Scan::of`] reads together.
const SCAN_WINDOW: usize = 16;

/// True when `text` holds no white space but ASCII and no CJK character
/// (`is_cjk`), read on bytes: only a character led by 0xC2, 0xE1, 0xE2 or
/// 0xE3 can be non-ASCII white space (U+0085, U+00A0, U+1680, U+2000 to
/// U+205F, U+3000), and every CJK character is led by 0xE3 to 0xED or
/// 0xEF. Tests check both over all characters.
fn no_wide_space_nor_cjk(text: &str) -> bool {
    let bytes = text.as_bytes();
    // A fold without early exit, which the compiler vectorises, for the
    // CJK lead bytes; then a jump to each byte that may lead a space.
    let cjk_lead = bytes.iter().fold(false, |found, &b| {
        found | (b.wrapping_sub(0xE3) <= 0xED - 0xE3) | (b == 0xEF)
    });
    !cjk_lead
        && memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes)
            .all(|at| !text[at..].chars().next().is_some_and(char::is_whitespace))
}

/// What a text browser printed in a block that a reader never saw as
/// text (see [`unread`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unread {
    /// Form controls or an inline frame: lynx's "IFRAME:" line, buttons,
    /// boxes, empty fields.
    FormOrFrame,
    /// Zero-width characters or bullet marks only
    /// (`rules::INVISIBLE_CHARS`, `rules::LONE_MARKS`).
    Nothing,
    /// An image's file name in its place (the image's alt text was its
    /// file name, "IMG_2006_blog.jpg").
    ImageName,
}

/// What block text `text` is, when it is only something a text browser
/// prints that a reader never saw as text. Such a block stays (the
/// classifier learned pages with it, and without it the article's region
/// moved on some); the extractor leaves it out of the body.
pub fn unread(text: &str) -> Option<Unread> {
    if is_form_or_frame(text) {
        Some(Unread::FormOrFrame)
    } else if prints_no_text(text) {
        Some(Unread::Nothing)
    } else if !text.contains(' ') && is_image_file_name(text) {
        Some(Unread::ImageName)
    } else {
        None
    }
}

/// True when block text `text` is only what a text browser prints for
/// form controls or an inline frame: lynx's frame line
/// ([`is_lynx_frame`]), form marks and empty fields
/// (`rules::FORM_MARKS`, underscores), or lynx's button with a short
/// label.
fn is_form_or_frame(text: &str) -> bool {
    // Most blocks open with none of the marks' first bytes.
    matches!(text.as_bytes().first(), Some(b'I' | b'(' | b'[' | b'_'))
        && (is_lynx_frame(text) || only_form_marks(text) || is_labelled_button(text))
}

/// lynx's line for an inline frame (see `rules::LYNX_FRAME_MARK`): the
/// mark alone, or with an address or name of at most
/// `rules::LYNX_FRAME_MAX_WORDS` pieces, or of more pieces that all read
/// as parts of an address (`rules::ADDRESS_CHARS`).
fn is_lynx_frame(text: &str) -> bool {
    text.strip_prefix(rules::LYNX_FRAME_MARK)
        .is_some_and(|rest| {
            rest.trim_end().is_empty()
                || (rest.starts_with(' ')
                    && (rest.split_whitespace().count() <= rules::LYNX_FRAME_MAX_WORDS
                        || rest
                            .split_whitespace()
                            .all(|piece| piece.contains(rules::ADDRESS_CHARS))))
        })
}

/// True when block text `text` prints no text: only
/// `rules::INVISIBLE_CHARS` (a blog's spacer paragraph) and
/// `rules::LONE_MARKS` (a list item whose text was a picture).
fn prints_no_text(text: &str) -> bool {
    // Every invisible character and lone mark is outside ASCII but '*'.
    text.as_bytes()
        .first()
        .is_some_and(|&b| !b.is_ascii() || b == b'*')
        && text.chars().all(|c| {
            c == ' ' || rules::INVISIBLE_CHARS.contains(&c) || rules::LONE_MARKS.contains(&c)
        })
}

/// `text` is one or more of `rules::FORM_MARKS` and runs of at least
/// `rules::FORM_FIELD_MIN_UNDERSCORES` underscores, and nothing else.
fn only_form_marks(text: &str) -> bool {
    let mut rest = text.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let underscores = rest.bytes().take_while(|&b| b == b'_').count();
        rest = if underscores >= rules::FORM_FIELD_MIN_UNDERSCORES {
            &rest[underscores..]
        } else if let Some(after) = rules::FORM_MARKS.iter().find_map(|m| rest.strip_prefix(m)) {
            after
        } else {
            return false;
        }
        .trim_start();
    }
    true
}

/// lynx's button mark with its label, `rules::BUTTON_LABEL_MAX_WORDS`
/// words at most.
fn is_labelled_button(text: &str) -> bool {
    text.starts_with(rules::LYNX_BUTTON_MARK)
        && text.split_whitespace().count() <= rules::BUTTON_LABEL_MAX_WORDS
}

/// Removes what w3m and lynx print in place of an image or a formula: a
/// block that is one bracketed word ("\[IMG\]", "\[hero-1200x800\]",
/// "[divider.gif]"), bracketed image file names anywhere, and MathML
/// markup. None of it is text a reader saw; a bracketed phrase (alt text)
/// stays.
fn strip_renderer_artefacts(text: &mut String) {
    if !holds_artefact_opener(text) {
        // Most blocks: none of the artefacts below can be there, and
        // each strip would search the whole text for its opener.
        strip_without_artefacts(text);
        return;
    }
    strip_artefacts_searching(text);
}

/// What [`strip_renderer_artefacts`] still does to a text without an
/// artefact's opener: trim the end, and strip a doubled start.
fn strip_without_artefacts(text: &mut String) {
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
    strip_doubled_start(text);
}

/// True when `text` holds a byte that opens one of the artefacts
/// [`strip_renderer_artefacts`] removes: every one of them starts with
/// '[' (a bracketed word or image file name, `rules::MATH_MARKUP_OPEN`)
/// or '{' (`TEX_OPEN`). One SIMD search instead of one per artefact.
fn holds_artefact_opener(text: &str) -> bool {
    debug_assert!(rules::MATH_MARKUP_OPEN.starts_with('['));
    memchr::memchr2(b'[', b'{', text.as_bytes()).is_some()
}

/// [`strip_renderer_artefacts`] without the opener check: each artefact
/// searched for in turn.
fn strip_artefacts_searching(text: &mut String) {
    strip_math_markup(text);
    strip_tex_annotations(text);
    let whole_word = text.len() > 2
        && text.starts_with('[')
        && text.ends_with(']')
        && !text[1..text.len() - 1].contains([' ', '[', ']']);
    if whole_word {
        text.clear();
        return;
    }
    strip_image_file_names(text);
    strip_trailing_placeholders(text);
    strip_doubled_start(text);
}

/// Removes the bracketed words that close a block ("Load map \[f\] \[f\]
/// \[f\] \[f\]", a table row of ticks drawn as images): w3m prints an image
/// without alt text as its file name without the extension, cut to the
/// image's width or to ten characters (lynx prints the whole name, see
/// [`strip_image_file_names`]). Removed are two or more such words in a
/// row at the end, or one that reads as a file name: at least
/// `rules::PLACEHOLDER_NAME_MIN_CHARS` characters with a digit, '-', '_'
/// or '.'. Kept: a bracketed word in a sentence ("he \[Trump\] said"), one
/// alone at the end that reads as a word or a note mark ("Masatoshi
/// Kimura \[:emk\]", "… armour. \[M1\]"), a number or mark ("\[1\]", "\[…\]", a
/// ticked box "\[*\]"), a block of nothing but placeholders or a list
/// number (the mark of a picture between texts), and placeholders that
/// open a block: a teaser card's thumbnail before its title
/// ("\[200x200\] Title") is how the classifier tells the card from prose.
fn strip_trailing_placeholders(text: &mut String) {
    if !text.ends_with(']') {
        return;
    }
    // The words (split at each space) from the end, none collected: the
    // text before the trailing placeholders ends at `kept`.
    let (mut kept, mut trail, mut first) = (text.len(), 0, "");
    loop {
        let start = text[..kept].rfind(' ').map_or(0, |space| space + 1);
        let word = &text[start..kept];
        if !placeholder(word) {
            break;
        }
        if start == 0 {
            // Nothing but placeholders.
            return;
        }
        (kept, trail, first) = (start - 1, trail + 1, word);
    }
    let removed = trail >= 2 || (trail == 1 && file_name(first));
    if removed && text[..kept].contains(char::is_alphabetic) {
        text.truncate(kept);
    }
}

/// A word [`strip_trailing_placeholders`] may strip: in brackets, with a
/// letter inside (`[svg]`, `[IMG]`) or nothing (`[]`), and no bracket
/// within.
fn placeholder(word: &str) -> bool {
    word.len() >= 2
        && word.starts_with('[')
        && word.ends_with(']')
        && !word[1..word.len() - 1].contains(['[', ']'])
        && (word.len() == 2 || word.chars().any(char::is_alphabetic))
}

/// A [`placeholder`] that reads as an image's file name.
fn file_name(word: &str) -> bool {
    let name = &word[1..word.len() - 1];
    name.chars().count() >= rules::PLACEHOLDER_NAME_MIN_CHARS
        && name.contains(|c: char| c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
}

/// Removes the first copy of words said twice at the start of a block
/// ("Dig a hole. Dig a hole. (Lucy Akins)", "Title Title"): lynx prints an
/// image's alt text right before the caption that repeats it, and a
/// teaser whose picture and headline are both links prints its title
/// twice. At least `rules::DOUBLED_START_MIN_WORDS` words must repeat, at
/// most `rules::DOUBLED_START_MAX_WORDS` (which also bounds the work on a
/// block of any length).
fn strip_doubled_start(text: &mut String) {
    let min = rules::DOUBLED_START_MIN_WORDS;
    // The second copy of words that fill the text up to it starts in the
    // text's first half: the search for the first word ends there.
    let last_start = text.len().div_ceil(2);
    if !first_word_comes_back(
        text.as_bytes(),
        min,
        rules::DOUBLED_START_MAX_WORDS,
        last_start,
    ) {
        // Most blocks: the first word does not come back soon.
        return;
    }
    if let Some(cut) = doubled_start(text.as_bytes(), min, rules::DOUBLED_START_MAX_WORDS) {
        text.replace_range(..cut, "");
    }
}

/// Where the second copy starts when the first `k` words of `text`
/// (split at each space, as `split(' ')` does), `min <= k <= max`, come
/// again right after them, the fewest such; `None` if they never do. Word
/// `k` starts after the `k`-th space, and the words before it said again
/// are the bytes before that space again, up to a space or the end: no
/// word is cut out of the text. One word over and over ("ha ha ha ha") is
/// not a doubled phrase.
fn doubled_start(text: &[u8], min: usize, max: usize) -> Option<usize> {
    let one_word = |words: &[u8]| {
        let mut each = words.split(|&b| b == b' ');
        let first = each.next().unwrap_or_default();
        each.all(|w| w == first)
    };
    memchr::memchr_iter(b' ', text)
        .map(|at| at + 1)
        .take(max)
        .skip(min.saturating_sub(1))
        .find(|&start| {
            let words = &text[..start - 1];
            // A copy opens with the text's first byte: most word starts
            // are turned down on it, before a comparison is called.
            words.first().is_none_or(|b| text.get(start) == Some(b))
                && text[start..].starts_with(words)
                && text.get(start + words.len()).is_none_or(|&b| b == b' ')
                && !one_word(words)
        })
}

/// The first word of `text` (words split at each space, as `split(' ')`
/// does) is also word `skip`, `skip + 1`, …, or `skip + take - 1`, one
/// that starts at byte `last_start` or before. It runs
/// for every block: rather than walking the words, the places where the
/// first word's first byte comes back are found by memchr's SIMD search,
/// and only one that starts a word equal to the first word has the spaces
/// before it counted (its word number). A word-by-word walk was 127 M
/// instructions over the dev dumps.
fn first_word_comes_back(text: &[u8], skip: usize, take: usize, last_start: usize) -> bool {
    if skip == 0 {
        // Word 0 is the first word.
        return true;
    }
    // A first word is a few bytes: a byte loop finds its end before
    // memchr's call would have set out.
    let Some(first_len) = text.iter().position(|&b| b == b' ') else {
        // One word, and no other to be it.
        return false;
    };
    match text.first() {
        // Every word but the first starts past the first space.
        Some(&lead) if first_len > 0 => {
            let reach = text.len().min(last_start.saturating_add(1));
            let starts = memchr::memchr_iter(lead, text.get(first_len..reach).unwrap_or_default())
                .map(|at| first_len + at)
                .filter(|&p| text[p - 1] == b' ');
            comes_back_at(text, first_len, starts, skip..skip + take)
        }
        // An empty first word (the text opens with a space, or is empty):
        // every word start past a space is a candidate.
        _ => {
            let before = &text[..text.len().min(last_start)];
            let starts = memchr::memchr_iter(b' ', before).map(|at| at + 1);
            comes_back_at(text, first_len, starts, skip..skip + take)
        }
    }
}

/// True when one of the word starts `starts` (in order, each just after a
/// space) begins a copy of the first word (`text[..first_len]`) whose
/// word number is in `numbers`.
fn comes_back_at(
    text: &[u8],
    first_len: usize,
    starts: impl Iterator<Item = usize>,
    numbers: std::ops::Range<usize>,
) -> bool {
    let first = &text[..first_len];
    // Word `k` starts after the `k`-th space: its number is the count of
    // spaces before it, counted on from the last word looked at.
    let (mut counted, mut spaces) = (0, 0);
    for p in starts {
        let end = p + first_len;
        let copy = text[p..].starts_with(first) && (end == text.len() || text[end] == b' ');
        if !copy {
            continue;
        }
        spaces += text[counted..p].iter().filter(|&&b| b == b' ').count();
        counted = p;
        if spaces >= numbers.end {
            return false;
        }
        if spaces >= numbers.start {
            return true;
        }
    }
    false
}

/// Removes every bracketed image file name ("[hero.jpeg?w=450]") from
/// `text`, with the space after it: lynx prints one for each image
/// without alt text, before captions and in table cells.
fn strip_image_file_names(text: &mut String) {
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|i| from + i) {
        let Some(close) = text[open..].find(']').map(|i| open + i) else {
            return;
        };
        let name = &text[open + 1..close];
        if is_image_file_name(name) {
            let end = if text[close + 1..].starts_with(' ') {
                close + 2
            } else {
                close + 1
            };
            text.replace_range(open..end, "");
            from = open;
        } else {
            from = open + 1;
        }
    }
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
}

/// Removes lynx's rendering of MathML, the element markup between
/// `rules::MATH_MARKUP_OPEN` and `rules::MATH_MARKUP_CLOSE`: it is not the
/// formula a reader saw, and as its own block it cuts the prose around a
/// formula into scraps.
fn strip_math_markup(text: &mut String) {
    while let Some(start) = MATH_OPEN.find(text.as_bytes()) {
        let Some(len) = text[start..].find(rules::MATH_MARKUP_CLOSE) else {
            return;
        };
        let end = start + len + rules::MATH_MARKUP_CLOSE.len();
        let end = if text[end..].starts_with(' ') {
            end + 1
        } else {
            end
        };
        text.replace_range(start..end, "");
    }
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
}

/// Removes the TeX source of formulas (`{\displaystyle …}`, the brace
/// group opened by one of `rules::TEX_ANNOTATION_STYLES`): w3m prints a
/// formula's TeX annotation and its image's alt text beside the rendered
/// symbols, and no reader saw them. An unclosed group stays. One pass:
/// each brace group is scanned once and the text is copied once.
fn strip_tex_annotations(text: &mut String) {
    if !text.contains("style") {
        return;
    }
    let bytes = text.as_bytes();
    let mut out = String::new();
    let (mut copied, mut from) = (0, 0);
    while let Some(found) = TEX_OPEN.find_at(text, from) {
        let start = found.start();
        let mut depth = 0usize;
        let mut end = None;
        for (i, &b) in bytes[start..].iter().enumerate() {
            match b {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(start + i + 1);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(end) = end else { break };
        out.push_str(&text[copied..start]);
        copied = if bytes.get(end) == Some(&b' ') {
            end + 1
        } else {
            // Punctuation after the annotation closes up to the text.
            if out.ends_with(' ') {
                out.pop();
            }
            end
        };
        from = copied;
    }
    if copied == 0 {
        return;
    }
    out.push_str(&text[copied..]);
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    *text = out;
}

/// The opening of a TeX annotation (`rules::TEX_ANNOTATION_STYLES`);
/// joined wrapped lines may put a space after the backslash.
static TEX_OPEN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    let styles = rules::TEX_ANNOTATION_STYLES.join("|");
    regex::Regex::new(&format!(r"\{{\\ ?(?:{styles})\b")).expect("a valid pattern")
});

/// `rules::MATH_MARKUP_OPEN` as a searcher built once: it is looked for in
/// every block, and `str::find` prepares its search anew on each call.
static MATH_OPEN: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(rules::MATH_MARKUP_OPEN));

/// One word naming an image file (`rules::IMAGE_FILE_EXTENSIONS`).
fn is_image_file_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    !name.contains([' ', '['])
        && rules::IMAGE_FILE_EXTENSIONS
            .iter()
            .any(|ext| lower.contains(ext))
}

/// The ASCII characters `char::is_whitespace` accepts (tab to carriage
/// return, and space).
pub(super) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// Whether a wrapped line whose first word is `word` joins the block
/// text `before` without a space: a run of Han or kana goes on across the
/// wrap (those scripts put no spaces between words; inside a line a space
/// is the page's own, "巴西咖啡价格飙升 干旱导致减产"). Korean puts spaces
/// between words, so a run of hangul joins only where the wrap broke a
/// word (`mid_word`).
fn joins_without_space(before: &str, word: &str, mid_word: bool) -> bool {
    match (before.chars().next_back(), word.chars().next()) {
        (Some(a), Some(b)) if is_hangul(a) && is_hangul(b) => mid_word,
        (Some(a), Some(b)) => is_cjk(a) && is_cjk(b),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_trims_match_str_trims() {
        for s in [
            "",
            "   ",
            " a ",
            "\ta b\r",
            "a\u{a0} ",
            " \u{a0}a",
            "\u{3000} b \u{2003}",
            "é ",
            " é",
            "\u{85}",
        ] {
            assert_eq!(trim_end(s), s.trim_end(), "{s:?}");
            assert_eq!(trim_start(s), s.trim_start(), "{s:?}");
        }
    }

    #[test]
    fn printable_ascii_lines() {
        assert!(printable_ascii("a b ~") && printable_ascii(""));
        assert!(!printable_ascii("a\tb") && !printable_ascii("é") && !printable_ascii("\u{7f}"));
        for b in 0..=u8::MAX {
            let s = [b'a', b, b'z'];
            let text = String::from_utf8_lossy(&s);
            let plain = text.bytes().all(|b| (0x20..0x7f).contains(&b));
            assert_eq!(printable_ascii(&text), plain, "{b:#x}");
        }
    }

    fn texts(dump: &str) -> Vec<String> {
        split(dump).into_iter().map(|b| b.text).collect()
    }

    /// A dump wrapped at 40 columns with enough full lines to be detected.
    fn wrapped(paragraphs: &[&str]) -> String {
        wrapped_at(paragraphs, 79)
    }

    /// `paragraphs` wrapped greedily into lines of at most `width` columns.
    fn wrapped_at(paragraphs: &[&str], width: usize) -> String {
        let mut out = String::new();
        for p in paragraphs {
            let mut line = String::new();
            for word in p.split(' ') {
                if !line.is_empty() && line.len() + 1 + word.len() > width {
                    out.push_str(&line);
                    out.push('\n');
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
            out.push_str(&line);
            out.push_str("\n\n");
        }
        out
    }

    #[test]
    fn single_spaced_lines() {
        for (line, want) in [
            ("one two three", true),
            ("word", true),
            ("", false),
            (" lead", false),
            ("trail ", false),
            ("two  spaces", false),
            ("tab\there", false),
            ("form\x0cfeed", false),
            ("\tlead", false),
            ("end\r", false),
            (" ", false),
            ("a b  ", false),
            ("a b c d e f g h i j k l m n o p q r s t u v w x y z", true),
        ] {
            assert_eq!(single_spaced(line.as_bytes()), want, "{line:?}");
            // The plain statement of the rule.
            let plain = line.split(' ').all(|w| !w.is_empty())
                && !line.bytes().any(|b| matches!(b, b'\t'..=b'\r'));
            assert_eq!(single_spaced(line.as_bytes()), plain, "{line:?}");
            assert_eq!(Scan::of(line).single_spaced(line), plain, "{line:?}");
        }
    }

    /// Each flag of a line's [`Scan`] against its plain statement, on
    /// random lines of ASCII, spaces, controls, brackets, borders and
    /// other multi-byte characters; and what the scan of a line says of
    /// the spacing of a piece of it (a list item's text after its
    /// marker) holds.
    #[test]
    fn scans_find_what_their_flags_say() {
        let pieces = [
            "ab", " ", "  ", "\t", "\r", "\u{7f}", "\u{1}", "[", "{", "]", "│", "─", "╿", "┐",
            "\u{2580}", "\u{24ff}", "é", "—", "東", "\u{a0}", "",
        ];
        let mut rng = crate::test_rng::Rng::new(23);
        for _ in 0..20_000 {
            // Up to a few windows long.
            let n = rng.below(24);
            let text = rng.text(&pieces, n);
            let scan = Scan::of(&text);
            let want = (
                printable_ascii(&text),
                text.contains("  "),
                text.bytes().any(|b| (b'\t'..=b'\r').contains(&b)),
                text.chars().any(|c| ('\u{2500}'..='\u{257f}').contains(&c)),
                text.contains(['[', '{']),
            );
            let flags = (
                scan.plain(),
                scan.two_spaces(),
                scan.control(),
                scan.border(),
                scan.opener(),
            );
            assert_eq!(flags, want, "{text:?}");
            assert_eq!(
                Line::new(&text, Metric::Columns).kind().gapped,
                columns::may_hold_gutter(text.trim()),
                "{text:?}"
            );
            assert_eq!(scan.single_spaced(&text), single_spaced(text.as_bytes()));
            // A piece is spaced no worse than the whole (the word loops
            // take the rest, to the same text).
            for (at, _) in text.char_indices() {
                let piece = &text[at..];
                assert!(
                    !scan.single_spaced(piece) || single_spaced(piece.as_bytes()),
                    "{text:?} from {at}"
                );
            }
        }
    }

    /// Every field of a line, to compare two measures of it.
    fn fields<'a>(
        l: &Line<'a>,
    ) -> (
        &'a str,
        usize,
        usize,
        Option<usize>,
        Option<usize>,
        Scan,
        bool,
    ) {
        (
            l.text,
            l.indent(),
            l.width(),
            l.marker(),
            l.number(),
            l.scan,
            l.alike,
        )
    }

    /// On random lines of spaces, other white space and text: the text
    /// and the all-spaces answer are those of trimming and testing.
    #[test]
    fn indent_of_trims_and_tests_the_indent() {
        let pieces = [" ", "  ", "\t", "\u{a0}", "\u{3000}", "a", "é", "東", "- x"];
        let mut rng = crate::test_rng::Rng::new(0x51D3_8A0C_E4B7_2961);
        for _ in 0..10_000 {
            let n = rng.below(7);
            let raw = rng.text(&pieces, n);
            let text = trim_start(&raw);
            let lead = &raw[..raw.len() - text.len()];
            let want = (text, lead.bytes().all(|b| b == b' '));
            let got = indent_of(&raw);
            assert_eq!(got, want, "{raw:?}");
            assert_eq!(got.0.as_ptr(), want.0.as_ptr(), "{raw:?}");
        }
    }

    #[test]
    fn a_line_is_32_bytes() {
        assert_eq!(std::mem::size_of::<Line<'_>>(), 32);
    }

    /// Blank lines (white space only, ASCII or not) measure as the full
    /// measure measures an empty text; other lines are measured in full.
    #[test]
    fn blank_lines_measure_as_the_empty_text() {
        let pieces = [
            " ", "\t", "\r", "\u{a0}", "\u{3000}", "\u{2003}", "a", "é", "1. x",
        ];
        let mut rng = crate::test_rng::Rng::new(0x6B1A_4C55_9E2D_0F13);
        for _ in 0..5_000 {
            let n = rng.below(6);
            let raw = rng.text(&pieces, n);
            for metric in [Metric::Columns, Metric::Chars] {
                let line = Line::new(&raw, metric);
                let full = Line::measured(trim_end(&raw), metric);
                assert_eq!(fields(&line), fields(&full), "{raw:?}");
            }
        }
    }

    /// `wrap_width` as it was: the widths collected, then filtered.
    fn wrap_width_plain(lines: &[Line<'_>]) -> Option<usize> {
        let filled: Vec<usize> = lines
            .iter()
            .filter(|l| !l.text.is_empty())
            .map(|l| l.width())
            .collect();
        if filled.is_empty() {
            return None;
        }
        let over = lines.iter().filter(|l| overlong_prose(l)).count();
        if over as f64 > filled.len() as f64 * rules::WRAP_MAX_OVERLONG_SHARE {
            return wide_wrap_width(lines, filled.len());
        }
        let width = filled
            .iter()
            .copied()
            .filter(|&w| w <= rules::WRAP_MAX_COLUMNS)
            .max()?;
        let near = filled
            .iter()
            .filter(|&&w| w + rules::WRAP_NEAR_COLUMNS >= width && w <= width)
            .count();
        (near >= rules::WRAP_MIN_NEAR_LINES && width >= rules::WRAP_MIN_COLUMNS).then_some(width)
    }

    /// Random pages of lines of random lengths around the wrap column,
    /// with and without spaces, gaps and indents: the width counts give
    /// the width the collected widths gave.
    #[test]
    fn wrap_width_from_counts_matches_the_collected_widths() {
        let mut rng = crate::test_rng::Rng::new(0x2F6C_0B8E_77A1_D359);
        for _ in 0..3_000 {
            let n = rng.below(40);
            let texts: Vec<String> = (0..n)
                .map(|_| {
                    let indent = " ".repeat(rng.below(3) * 3);
                    let len = match rng.below(4) {
                        0 => 0,
                        1 => 50 + rng.below(40),
                        2 => 70 + rng.below(12),
                        _ => rng.below(140),
                    };
                    let body: String = (0..len)
                        .map(|i| match rng.below(9) {
                            0 if i > 0 => ' ',
                            1 if rng.below(10) == 0 => '\u{3000}',
                            _ => 'x',
                        })
                        .collect();
                    format!("{indent}{body}")
                })
                .collect();
            let lines: Vec<Line<'_>> = texts
                .iter()
                .map(|t| Line::new(t, Metric::Columns))
                .collect();
            assert_eq!(wrap_width(&lines), wrap_width_plain(&lines), "{texts:?}");
        }
    }

    /// A line `alike` is printable ASCII once its end is trimmed, and
    /// then both metrics measure it the same; on random lines of ASCII,
    /// white space, list markers and wide characters.
    #[test]
    fn alike_lines_measure_the_same_in_both_metrics() {
        let pieces = [
            "ab", " ", "  ", "\t", "\u{a0}", "\u{3000}", "• ", "* ", "1. ", "é", "東", "~", "",
        ];
        let mut rng = crate::test_rng::Rng::new(0xA11CE);
        for _ in 0..20_000 {
            let n = rng.below(8);
            let raw = rng.text(&pieces, n);
            let (columns, chars) = (
                Line::new(&raw, Metric::Columns),
                Line::new(&raw, Metric::Chars),
            );
            assert_eq!(columns.alike, printable_ascii(trim_end(&raw)), "{raw:?}");
            if columns.alike {
                let measures =
                    |l: &Line<'_>| (l.text.len(), l.indent(), l.width(), l.marker(), l.number());
                assert_eq!(measures(&columns), measures(&chars), "{raw:?}");
                assert_eq!(columns.text, chars.text);
                assert_eq!(columns.scan, chars.scan);
            }
        }
    }

    #[test]
    fn wrapped_paragraphs_are_rejoined() {
        let long = "word ".repeat(60);
        let long = long.trim();
        let dump = wrapped(&[long, long]);
        assert_eq!(texts(&dump), [long, long]);
    }

    #[test]
    fn wide_wraps_are_read_from_the_line_lengths() {
        // A dump wrapped at 94 columns is rejoined; paragraphs left
        // unwrapped (one line each, of spread lengths) stay apart.
        let words = ["the", "river", "rose", "over", "a", "quiet", "town", "and"];
        // Words in a scrambled order, so no column of spaces lines up
        // into what looks like a table's gutter.
        let mut rng = crate::test_rng::Rng::new(1);
        let text: Vec<&str> = (0..400).map(|_| words[rng.below(8)]).collect();
        let long = text.join(" ");
        let dump = wrapped_at(&[&long, &long], 94);
        assert_eq!(texts(&dump), [long.as_str(), long.as_str()]);
        // Each from its own start: a paragraph that opens another is
        // dropped as an alt text (`begins_caption`).
        let paragraphs: Vec<String> = (0..40).map(|i| text[i..20 + i * 4].join(" ")).collect();
        let unwrapped = paragraphs.join("\n");
        assert_eq!(texts(&unwrapped).len(), 40);
    }

    #[test]
    fn short_lines_stay_apart() {
        let long = "word ".repeat(60);
        let dump = format!(
            "{}Home\nNews\nSport\n",
            wrapped(&[long.trim(), long.trim()])
        );
        let got = texts(&dump);
        assert_eq!(&got[2..], ["Home", "News", "Sport"]);
    }

    #[test]
    fn unwrapped_lines_are_blocks() {
        assert_eq!(
            texts("Title\nFirst para.\n\nSecond"),
            ["Title", "First para.", "Second"]
        );
    }

    #[test]
    fn list_markers_are_stripped_and_flagged() {
        let blocks = split("  • Home\n     * News\n- Sport\nplain");
        let flags: Vec<(&str, bool)> = blocks.iter().map(|b| (b.text.as_str(), b.bullet)).collect();
        assert_eq!(
            flags,
            [
                ("Home", true),
                ("News", true),
                ("Sport", true),
                ("plain", false)
            ]
        );
    }

    #[test]
    fn blocks_know_their_first_line() {
        let long = "word ".repeat(60);
        let dump = format!("Title\n\n{}Last\n", wrapped(&[long.trim()]));
        let starts: Vec<(usize, usize)> = split(&dump).iter().map(|b| (b.line, b.lines)).collect();
        assert_eq!(starts, [(1, 1), (3, 4), (8, 1)]);
    }

    #[test]
    fn list_items_hang_their_wrapped_lines() {
        // w3m numbers overflow the 4-column hanging indent; lynx indents
        // the wrapped lines under the item's text.
        let full = "x".repeat(70);
        let cases = [
            format!(
                "{full}\n\n347. ^ Royal, Charles; Kaka-Scott, Jenny (2013). \"Maori foods – kai\n    Maori\". Te Ara.\n"
            ),
            format!(
                "{full}\n\n    4. Shop Mindfully: Choose products with minimal packaging, buy in bulk\n       to reduce waste.\n"
            ),
            format!(
                "{full}\n\n  • Similarly, checking hard drive fullness for a service targeting 99.9%\n    availability is unnecessary.\n"
            ),
        ];
        for dump in cases {
            let dump = format!("{dump}{full}\n{full}\n");
            let got = texts(&dump);
            assert_eq!(got.len(), 3, "{got:?}");
            assert!(got[1].ends_with('.'), "{got:?}");
        }
    }

    #[test]
    fn list_numbers() {
        let cases = [
            ("1. Item", Some(3)),
            ("12) Item", Some(4)),
            ("2024. Reuters", None),
            ("1.5 million", None),
            ("Item", None),
            ("3. ", None),
        ];
        for (text, want) in cases {
            assert_eq!(list_number(text), want, "{text}");
        }
    }

    /// A lynx-like dump: 3-space margin, lines that end up to five columns
    /// short of 79 because of hidden link numbers.
    fn early_wrapped(lines: &[&str]) -> String {
        let full = format!("   {}", "word ".repeat(15).trim_end());
        let mut out = format!("{full}\n{full}\n{full}\n\n");
        for l in lines {
            if !l.is_empty() {
                out.push_str("   ");
            }
            out.push_str(l);
            out.push('\n');
        }
        out
    }

    #[test]
    fn hidden_link_numbers_wrap_early() {
        // The page wraps at 77 columns; each line below leaves 1 to 4
        // columns free for a word it did not take.
        let line = |n: usize| format!("{} said", "a".repeat(n - 5));
        let body = [
            line(68),
            "that the plan had failed, so".to_string(),
            String::new(),
            line(66),
            "and then it rained.".to_string(),
            String::new(),
            line(64),
            "nobody came.".to_string(),
        ];
        let refs: Vec<&str> = body.iter().map(String::as_str).collect();
        let got = texts(&early_wrapped(&refs));
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(got[3].ends_with("said nobody came."), "{got:?}");
        // A short line that ends a sentence stays apart from the next;
        // without the lowercase evidence, so does one that runs on.
        let mut refs = refs;
        let ended = format!("{}.", "a".repeat(65));
        refs.extend(["", &ended, "Next paragraph"]);
        assert_eq!(texts(&early_wrapped(&refs)).len(), 6);
        let runs_on = format!("{} to", "a".repeat(63));
        let apart = early_wrapped(&[&runs_on, "Next paragraph"]);
        assert_eq!(texts(&apart).len(), 3);
    }

    #[test]
    fn indented_first_lines_join_the_lines_below() {
        // w3m's Chinese paragraphs: two ideographic spaces, then lines at
        // column 0, each 78 columns of 39 characters.
        let run = "字".repeat(39);
        let first = format!("　　{}", "字".repeat(37));
        let dump = format!("{first}\n{run}\n字。\n{first}\n{run}\n{run}\n字。\n");
        let got = texts(&dump);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|t| t.ends_with('。')), "{got:?}");
        // A short indented line is a line of its own.
        let long = "word ".repeat(60);
        let dump = format!("{}    Short heading\nText\n", wrapped(&[long.trim()]));
        assert_eq!(texts(&dump)[1..], ["Short heading", "Text"]);
    }

    #[test]
    fn lynx_counts_wide_characters_as_one_column() {
        // 79 characters a line, so 158 display columns.
        let run = "字".repeat(76);
        let dump = format!("   {run}\n   {run}\n   {run}\n   字。\n\n   菜单\n   首页\n");
        assert_eq!(
            texts(&dump),
            [
                format!("{}字。", run.repeat(3)),
                "菜单".into(),
                "首页".into()
            ]
        );
    }

    #[test]
    fn lines_split_like_str_split() {
        for text in ["", "\n", "a", "a\nb", "a\n\nb\n", "\né\nx\r\ny"] {
            let want: Vec<&str> = text.split('\n').collect();
            assert_eq!(lines_of(text), want, "{text:?}");
        }
    }

    #[test]
    fn renderer_artefacts_are_not_text() {
        let cases = [
            ("[IMG]", ""),
            ("[divider.gif]", ""),
            ("[1*3vIhkoHIzcxvUdijoCVx6w.png]", ""),
            ("[QGIS main interface]", "[QGIS main interface]"),
            ("[ ]", "[ ]"),
            ("[photo_1.jpeg?w=450] Mugabe at home", "Mugabe at home"),
            ("[Read more] here", "[Read more] here"),
            ("Load map [a-2.png] [b.png] [c.png]", "Load map"),
            ("Open [x.png] menu", "Open menu"),
            ("[1] Smith, 2001.", "[1] Smith, 2001."),
            ("[MATH: <mi> a </mi> <mo> ≠ </mo> :MATH]", ""),
            (
                "When [MATH: <mi> a </mi> :MATH] , there are",
                "When , there are",
            ),
            ("[MATH: <mi> a", "[MATH: <mi> a"),
            (
                "a matrix A {\\displaystyle A} A is denoted by A H {\\ displaystyle A^{\\mathsf {H}}}, then",
                "a matrix A A is denoted by A H, then",
            ),
            ("x = 1 {\\textstyle x=1}", "x = 1"),
            ("open {\\displaystyle a^{2}", "open {\\displaystyle a^{2}"),
            ("a {displaystyle} b", "a {displaystyle} b"),
        ];
        for (text, want) in cases {
            let mut got = text.to_string();
            strip_renderer_artefacts(&mut got);
            assert_eq!(got, want, "{text}");
        }
        // The opener check changes nothing: with or without it, the same
        // text comes out.
        for text in cases.iter().map(|(t, _)| *t).chain([
            "Dig a hole. Dig a hole. (Lucy Akins)",
            "Title Title",
            "plain words ",
            "café au lait\u{a0}",
            "",
        ]) {
            let (mut fast, mut searched) = (text.to_string(), text.to_string());
            strip_renderer_artefacts(&mut fast);
            strip_artefacts_searching(&mut searched);
            assert_eq!(fast, searched, "{text}");
        }
        assert_eq!(texts("A line\n[IMG]\nB line"), ["A line", "B line"]);
    }

    #[test]
    fn form_and_frame_lines_are_told_from_text() {
        // lynx's lines (wcxb 1405), in a page wrapped as lynx wraps: an
        // address too long for the mark's line starts the next, and goes
        // on over a third; each frame is one block.
        let prose = "word ".repeat(60);
        let frames = "   IFRAME:\n   https://www.youtube.com/embed/K1xYlsfSoqY?feature=oembed&enablejsapi=1&\n   origin=https://www.nerdfitness.com\n\n   IFRAME: likes-master\n\n   IFRAME:\n\n";
        let dump = format!(
            "{}\n{frames}{}",
            wrapped(&[prose.trim()]),
            wrapped(&[prose.trim()])
        );
        let marked: Vec<bool> = texts(&dump).iter().map(|t| is_form_or_frame(t)).collect();
        assert_eq!(
            marked,
            [false, true, true, true, false],
            "{:?}",
            texts(&dump)
        );
        for mark in [
            "IFRAME: //wa.gtimg.com/website/jdhj.html?tclick=http% 3A%2F%2Fc.l.qq.com%2Flclick%3Foid \
             _Width1%26click_data%3DdXNlcl9pbmZv%3D%3D%26soid%3Dvg qjdmocWCKZ%26chl%3D13%26index%3D1 \
             r%3D0%26dtype%3D0",
            "(BUTTON)",
            "(BUTTON) Copy",
            "(BUTTON) Defaults (BUTTON) Done",
            "[ ]",
            "( ) (*)",
            "____________________ (BUTTON)",
            "__________________________________________________________________",
        ] {
            assert!(is_form_or_frame(mark), "{mark}");
        }
        for text in ["\u{200D}", "\u{200B} \u{FEFF}", "\u{AD}", "•", "*", "□ □"] {
            assert!(prints_no_text(text), "{text:?}");
            assert_eq!(unread(text), Some(Unread::Nothing));
        }
        for text in [
            "IMG_2006_blog.jpg",
            "Tokyo_Mochi_shop-1024x698@2x.JPG",
            "30-IMG_4228.jpg",
        ] {
            assert_eq!(unread(text), Some(Unread::ImageName), "{text}");
        }
        for text in ["See IMG_2006.jpg for the plan", "Node.js", "Thanks!"] {
            assert_eq!(unread(text), None, "{text}");
        }
        assert_eq!(unread("(BUTTON) Copy"), Some(Unread::FormOrFrame));
        for text in ["", "a\u{200D}", "\u{200D}é", "—", "+", "}", "* Item"] {
            assert!(!prints_no_text(text), "{text:?}");
        }
        for text in [
            "IFRAME: the element that embeds one page in another, and why ads use it",
            "IFRAME: an element, e.g. a player; see https://example.com/docs for more",
            "IFRAMES: three of them",
            "(BUTTON) Subscribe now and get the next six issues of the magazine free",
            "[ ]コメント非表示",
            "__init__",
            "( see below)",
            "I said so.",
            "",
        ] {
            assert!(!is_form_or_frame(text), "{text}");
        }
    }

    #[test]
    fn overlong_single_words_do_not_hide_the_wrap() {
        // w3m lets a long URL run past column 80 on a line of its own; a
        // page with many of them is still wrapped.
        let long = "word ".repeat(60);
        let url = format!("http://example.com/{}", "x".repeat(120));
        let mut dump = String::new();
        for _ in 0..4 {
            dump.push_str(&format!("{url}\n\n"));
        }
        dump.push_str(&wrapped(&[long.trim()]));
        assert_eq!(texts(&dump).last().map(String::as_str), Some(long.trim()));
        // Overlong lines of several words are a table laid out wide: not
        // wrapped.
        let row = "cell ".repeat(30);
        let dump = format!("{row}\n{row}\n{row}\n{row}\n{}", wrapped(&[long.trim()]));
        assert!(texts(&dump).len() > 5);
    }

    #[test]
    fn first_word_coming_back_matches_splitting() {
        for text in [
            "",
            "a",
            "a b c a",
            "a b a",
            "a  b c a",
            "x y z w x",
            "a b c d e f a",
            "ab b c ab",
            "ab b c abc",
            " a b c ",
            "a b c d",
        ] {
            for (skip, take) in [(0, 1), (1, 2), (3, 1), (3, 40), (2, 3)] {
                let want = text
                    .split(' ')
                    .skip(skip)
                    .take(take)
                    .any(|w| w == text.split(' ').next().unwrap_or(""));
                assert_eq!(
                    first_word_comes_back(text.as_bytes(), skip, take, usize::MAX),
                    want,
                    "{text:?} {skip} {take}"
                );
            }
        }
    }

    /// [`doubled_start`] as the words were compared before: split,
    /// collected, and each count of words tried.
    fn doubled_start_plain(text: &str, min: usize, max: usize) -> Option<usize> {
        let words: Vec<&str> = text.split(' ').take(2 * max).collect();
        let k = (min..=words.len() / 2).find(|&k| {
            words[k] == words[0]
                && words[k..2 * k] == words[..k]
                && words[1..k].iter().any(|w| *w != words[0])
        })?;
        Some(words[..k].iter().map(|w| w.len() + 1).sum())
    }

    /// `doubled_start` finds the cut the word-by-word search finds, on
    /// random texts of a few words, repeated or not, with double spaces
    /// and spaces at the ends.
    #[test]
    fn doubled_start_matches_the_word_search() {
        let pieces = ["a", "b", "ab", " ", " ", " ", "é", ""];
        let mut rng = crate::test_rng::Rng::new(0xD0B1);
        let mut found = 0;
        for _ in 0..50_000 {
            let n = rng.below(10);
            let head = rng.text(&pieces, n);
            let times = 1 + rng.below(3);
            let m = rng.below(4);
            let text = format!(
                "{}{}",
                [head.as_str(); 3][..times].join(" "),
                rng.text(&pieces, m)
            );
            for (min, max) in [(3, 40), (1, 2), (2, 5)] {
                let want = doubled_start_plain(&text, min, max);
                assert_eq!(
                    doubled_start(text.as_bytes(), min, max),
                    want,
                    "{text:?} {min} {max}"
                );
                // The first-word test `strip_doubled_start` asks first,
                // in the text's first half, turns no doubled start down.
                let half = text.len().div_ceil(2);
                assert!(
                    want.is_none() || first_word_comes_back(text.as_bytes(), min, max, half),
                    "{text:?} {min} {max}"
                );
                found += usize::from(want.is_some());
            }
        }
        assert!(found > 1_000, "{found}");
    }

    /// [`strip_trailing_placeholders`] as it was: the words collected,
    /// and joined again.
    fn strip_trailing_placeholders_plain(text: &str) -> String {
        if !text.ends_with(']') {
            return text.to_string();
        }
        let words: Vec<&str> = text.split(' ').collect();
        let trail = words.iter().rev().take_while(|w| placeholder(w)).count();
        let end = words.len() - trail;
        let removed = trail >= 2 || (trail == 1 && file_name(words[end]));
        if removed && words[..end].iter().any(|w| w.contains(char::is_alphabetic)) {
            return words[..end].join(" ");
        }
        text.to_string()
    }

    #[test]
    fn doubled_starts_are_said_once() {
        let cases = [
            (
                "Dig a hole in the oasis. Dig a hole in the oasis. (Lucy Akins)",
                "Dig a hole in the oasis. (Lucy Akins)",
            ),
            ("How Stores Work How Stores Work", "How Stores Work"),
            ("Go go go now", "Go go go now"),
            ("ha ha ha ha ha ha", "ha ha ha ha ha ha"),
            ("a b c a b c", "a b c"),
            (
                "New York, New York is a song",
                "New York, New York is a song",
            ),
            ("a b a b", "a b a b"),
            ("", ""),
        ];
        for (text, want) in cases {
            let mut got = text.to_string();
            strip_doubled_start(&mut got);
            assert_eq!(got, want, "{text}");
        }
        // Linear in the block's length: a huge block of one repeated
        // phrase returns at once.
        let mut huge = "a b c ".repeat(200_000);
        strip_doubled_start(&mut huge);
        assert!(huge.len() > 1_000_000);
    }

    #[test]
    fn table_rows_past_the_wrap_column_do_not_unwrap_the_page() {
        // w3m wraps text at 80 columns but lays a wide table out as wide
        // as its columns need: its rows run past 80, with gaps between
        // the cells. Many of them must not make the page look unwrapped,
        // and a row neither continues a paragraph nor is continued.
        let long: Vec<String> = (0..90).map(|i| format!("word{i}")).collect();
        let long = long.join(" ");
        let paragraphs = [long.as_str(), long.as_str(), long.as_str()];
        let row = |i: usize| {
            format!(
                "Setting number {i:<3}          done          done          done          done      done"
            )
        };
        let rows: Vec<String> = (0..12).map(row).collect();
        let dump = format!(
            "{}{}\n\n{}",
            wrapped(&paragraphs[..2]),
            rows.join("\n"),
            wrapped(&paragraphs[2..])
        );
        let got = texts(&dump);
        assert_eq!(got.len(), 2 + 12 + 1, "{got:?}");
        assert_eq!(got[0], long);
        assert_eq!(got[2], "Setting number 0 done done done done done");
        assert_eq!(got[14], long);
    }

    #[test]
    fn long_code_lines_do_not_unwrap_the_page() {
        // A listing in a <pre>, printed unwrapped and indented, runs past
        // 80 columns on many lines; the prose around it is still wrapped.
        let long: Vec<String> = (0..90).map(|i| format!("word{i}")).collect();
        let long = long.join(" ");
        let code: Vec<String> = (0..12)
            .map(|i| format!("        result{i} = compute_the_value(first_argument, second_argument, third_argument, fourth);"))
            .collect();
        let dump = format!(
            "{}{}\n\n{}",
            wrapped(&[&long, &long]),
            code.join("\n"),
            wrapped(&[&long])
        );
        let got = texts(&dump);
        assert_eq!(got[0], long);
        assert_eq!(got.last().map(String::as_str), Some(long.as_str()));
    }

    /// Lynx opens a dump with the page's `<link>` elements, "#" and their
    /// titles, wrapped early for hidden link numbers: one block to the
    /// blank line under it. Further down a "#" line is text.
    #[test]
    fn lynx_link_lists_at_the_top_are_one_block() {
        let mut dump = String::from(
            "   #alternate aragonés Asturianu Български বাংলা (ভারত) Català Čeština\n\
             \x20  Cymraeg Deutsch Dolnoserbšćina English (British) English English\n\
             \x20  (Canada) Esperanto\n\n",
        );
        dump.push_str(&wrapped(&[
            &"Some words of the article go on here and on. ".repeat(8),
        ]));
        dump.push_str("\n   #include <stdio.h>\n   int main(void)\n");
        let blocks = texts(&dump);
        assert!(
            blocks[0].ends_with("English English (Canada) Esperanto"),
            "{blocks:?}"
        );
        assert_eq!(blocks[2..], ["#include <stdio.h>", "int main(void)"]);
    }

    /// Lynx centres a heading in the page, and a heading too long for a
    /// line goes on on a shorter line further in, centred too: one block.
    #[test]
    fn a_centred_heading_wrapped_onto_a_second_line_is_one_block() {
        let mut dump = String::from(
            " Stack Overflow Jobs Data Shows ReactJS Skills in High Demand, WordPress Market\n\
             \x20                        Oversaturated with Developers\n\n",
        );
        dump.push_str(&wrapped(&[
            &"Some words of the article go on here and on. ".repeat(8),
        ]));
        // Lynx's horizontal rule, centred under a paragraph, and a line
        // indented under a flush-left one, continue nothing.
        dump.push_str(&format!(
            "\n   {}\n     {}\n\n{}\n {}\n",
            "recommendations for the best language learning apps for the year 2025.",
            "_".repeat(66),
            "The last words of this paragraph fill the line right up to the wrap column, so.",
            "According to the college, three short bouts of exercise count as one long bou."
        ));
        let blocks = texts(&dump);
        assert_eq!(
            blocks[0],
            "Stack Overflow Jobs Data Shows ReactJS Skills in High Demand, WordPress Market \
             Oversaturated with Developers"
        );
        assert_eq!(blocks.len(), 6, "{blocks:?}");
    }

    /// Lynx breaks an image's file name longer than the line where the
    /// line ends: the halves are one name again, and the name is removed
    /// from the block it closes or opens.
    #[test]
    fn file_names_broken_across_lines_are_one_name() {
        let name = format!("[linked-in.{}", "b1296484790".repeat(6));
        let mut dump = wrapped(&[&"Some words of the article go on here and on. ".repeat(8)]);
        dump.push_str(&format!(
            "\n   He holds a degree from Widener University and is a licensed broker in 14\n   \
             states.\n   {name}\n   fe2c.svg]\n"
        ));
        let blocks = texts(&dump);
        assert_eq!(
            blocks[1],
            "He holds a degree from Widener University and is a licensed broker in 14 states."
        );
        assert_eq!(blocks.len(), 2);
    }

    #[test]
    fn image_placeholders_that_close_a_block_are_removed() {
        let cases = [
            ("Load map [f] [f] [f] [f]", "Load map"),
            (
                "Energy use by sector [energy_chart-2]",
                "Energy use by sector",
            ),
            ("Sign up for news [] [newsletter]", "Sign up for news"),
            // One short bracketed word at the end: a handle or a note.
            ("Masatoshi Kimura [:emk]", "Masatoshi Kimura [:emk]"),
            (
                "And they saw her wearing Chozo armour. [M1]",
                "And they saw her wearing Chozo armour. [M1]",
            ),
            (
                "Read the report [houseplant]",
                "Read the report [houseplant]",
            ),
            // Numbers, marks, boxes, and words inside the text stay.
            ("As shown before [1] [2]", "As shown before [1] [2]"),
            ("Remember me [*] [*]", "Remember me [*] [*]"),
            (
                "He [Trump] said no [sic] to it",
                "He [Trump] said no [sic] to it",
            ),
            // A thumbnail before a teaser's title stays.
            (
                "[a7edbb0f-8] Plant Terrarium Ideas",
                "[a7edbb0f-8] Plant Terrarium Ideas",
            ),
            // Nothing but placeholders, or a list number and one.
            ("[] [designed-r]", "[] [designed-r]"),
            ("1. [13DB-WHITE]", "1. [13DB-WHITE]"),
        ];
        for (text, want) in cases {
            let mut got = text.to_string();
            strip_trailing_placeholders(&mut got);
            assert_eq!(got, want, "{text}");
        }
        // The same cut as the words split and joined again, on random
        // texts of words, placeholders and file names.
        let pieces = [
            "Save",
            "map",
            "[f]",
            "[]",
            "[12]",
            "[a-b_c.png]",
            "[x",
            "y]",
            "[[",
            " ",
            " ",
            "é",
        ];
        let mut rng = crate::test_rng::Rng::new(0x91ACE);
        for _ in 0..20_000 {
            let n = rng.below(8);
            let text = rng.text(&pieces, n);
            let mut got = text.clone();
            strip_trailing_placeholders(&mut got);
            assert_eq!(got, strip_trailing_placeholders_plain(&text), "{text:?}");
        }
        // In a dump: w3m's table row of ticks drawn as 20-pixel images.
        assert_eq!(
            texts("Save map                  [f]        [f]      [f]\n"),
            ["Save map"]
        );
    }

    #[test]
    fn common_start_counts_the_shared_words_and_what_is_left() {
        let exact = |x: &str, y: &str| x == y;
        let c = common_start("Dig a hole.", "Dig a hole. (Lucy Akins)", exact).unwrap();
        assert_eq!((c.words, c.chars, c.rest), (3, 11, (0, 11)));
        let c = common_start("", "x", exact).unwrap();
        assert_eq!((c.words, c.chars, c.rest), (0, 0, (0, 2)));
        assert!(common_start("Dig a hole", "Dig the hole", exact).is_none());
    }

    /// [`first_word_comes_back`] as a byte-by-byte loop.
    fn first_word_comes_back_plain(text: &[u8], skip: usize, take: usize, last: usize) -> bool {
        let first_len = text.iter().position(|&b| b == b' ').unwrap_or(text.len());
        let first = &text[..first_len];
        let mut word = 0;
        let mut start = 0;
        for (i, &b) in text.iter().enumerate() {
            if b != b' ' {
                continue;
            }
            if word >= skip && start <= last && &text[start..i] == first {
                return true;
            }
            word += 1;
            if word >= skip + take {
                return false;
            }
            start = i + 1;
        }
        word >= skip && start <= last && &text[start..] == first
    }

    #[test]
    fn first_word_search_matches_the_byte_loop() {
        let mut rng = crate::test_rng::Rng::new(5);
        let mut pick = |n: usize| rng.below(n);
        let pieces = ["a", "b", "ab", " ", "  ", "é", "\u{a0}", "a b a", ""];
        for _ in 0..20_000 {
            let text: String = (0..pick(30)).map(|_| pieces[pick(pieces.len())]).collect();
            let bytes = text.as_bytes();
            for (skip, take) in [(3, 40), (1, 2), (0, 1), (2, 5), (1, 0), (0, 0), (3, 1)] {
                for last in [0, 1, 3, bytes.len().div_ceil(2), bytes.len(), usize::MAX] {
                    assert_eq!(
                        first_word_comes_back(bytes, skip, take, last),
                        first_word_comes_back_plain(bytes, skip, take, last),
                        "{text:?} {skip} {take} {last}"
                    );
                }
            }
        }
    }

    /// Only the lead bytes `no_wide_space_nor_cjk` looks at start a
    /// non-ASCII white space or a CJK character.
    #[test]
    fn wide_spaces_and_cjk_have_the_lead_bytes_looked_at() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let lead = c.to_string().as_bytes()[0];
            if c.is_whitespace() {
                assert!(matches!(lead, 0xC2 | 0xE1 | 0xE2 | 0xE3), "{c:?}");
            }
            if is_cjk(c) {
                assert!(matches!(lead, 0xE3..=0xED | 0xEF), "{c:?}");
            }
        }
    }

    /// `no_wide_space_nor_cjk` says yes only of text without non-ASCII
    /// white space or CJK (it may say no of other text: the slow path).
    #[test]
    fn no_wide_space_nor_cjk_is_safe() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            if no_wide_space_nor_cjk(&text) {
                assert!(!c.is_whitespace() && !is_cjk(c), "{c:?}");
            }
        }
        assert!(no_wide_space_nor_cjk("It’s “fine” — café"));
        assert!(!no_wide_space_nor_cjk("a\u{a0}b") && !no_wide_space_nor_cjk("東京"));
    }

    /// [`Open::append`] without the fast paths: the line's words, one space
    /// between them unless [`joins_without_space`] says otherwise.
    fn append_plain(text: &mut String, line: &str, mid_word: bool) {
        for (k, word) in line.split_whitespace().enumerate() {
            let glued = k == 0 && joins_without_space(text, word, mid_word);
            if !text.is_empty() && !glued {
                text.push(' ');
            }
            text.push_str(word);
        }
    }

    #[test]
    fn a_space_inside_a_cjk_line_is_kept_and_a_wrapped_run_rejoined() {
        let mut text = String::new();
        append_plain(&mut text, "巴西咖啡价格飙升 干旱导致减产", false);
        assert_eq!(text, "巴西咖啡价格飙升 干旱导致减产");
        // The next line goes on with the run: no space.
        append_plain(&mut text, "的消息", false);
        assert_eq!(text, "巴西咖啡价格飙升 干旱导致减产的消息");
        // Korean keeps its spaces, and joins a wrapped line without one
        // only where the wrap broke a word.
        let mut korean = String::new();
        append_plain(&mut korean, "연구 자료", false);
        assert_eq!(korean, "연구 자료");
        append_plain(&mut korean, "생성", false);
        append_plain(&mut korean, "기", false);
        append_plain(&mut korean, "반", true);
        assert_eq!(korean, "연구 자료 생성 기반");
    }

    /// `text` wrapped as w3m wraps Korean: filled to `width` columns a
    /// character at a time (a syllable is two columns), a space at the
    /// break dropped.
    fn wrapped_anywhere(text: &str, width: usize) -> String {
        let mut out = String::new();
        let mut line = String::new();
        for c in text.chars() {
            let w = if is_hangul(c) { 2 } else { 1 };
            if UnicodeWidthStr::width(line.as_str()) + w > width {
                out.push_str(line.trim_end());
                out.push('\n');
                line.clear();
            }
            if !(line.is_empty() && c == ' ') {
                line.push(c);
            }
        }
        out + &line + "\n\n"
    }

    /// w3m wraps Korean between any two syllables: a wrapped line that
    /// left no room for the next syllable broke a word, one that did broke
    /// at a space. (A space that fell in the line's last column or two
    /// prints as a broken word does, and is read as one.)
    #[test]
    fn korean_wrapped_mid_word_is_rejoined_without_a_space() {
        let paragraphs = [
            "새로 설치되는 대여소는 지하철역과 버스 정류장이 멀리 떨어진 외곽 지역에 우선 배치된다. 시 관계자는 출퇴근 시간에 자전거를 빌리지 못했다는 시민 불편이 꾸준히 제기돼 왔다며 이용 수요가 많은 곳부터 차례로 설치할 계획이라고 말했다.",
            "시는 자전거 도로 정비에도 나선다. 올해 안에 한강 주변과 도심을 잇는 자전거 전용도로를 새로 만들고, 노후한 도로 표면도 보수하며 안내 표지판도 모두 바꾼다.",
        ];
        let dump: String = paragraphs.iter().map(|p| wrapped_anywhere(p, 79)).collect();
        // One line broke inside a word, one at a space with room left.
        assert!(dump.contains("배\n치된다") && dump.contains("꾸준히\n제기돼"));
        assert_eq!(texts(&dump), paragraphs);
    }

    /// [`list_marker`] without its two-byte test.
    fn list_marker_plain(text: &str, indent: usize) -> Option<usize> {
        let mut chars = text.chars();
        let (first, second) = (chars.next()?, chars.next()?);
        let always = rules::BULLETS.contains(&first);
        let indented =
            indent >= rules::NESTED_BULLET_MIN_INDENT && rules::NESTED_BULLETS.contains(&first);
        (second == ' ' && (always || indented)).then(|| first.len_utf8() + 1)
    }

    #[test]
    fn list_markers_match_the_character_test() {
        let mut pieces: Vec<String> = rules::BULLETS
            .iter()
            .chain(rules::NESTED_BULLETS)
            .map(|c| c.to_string())
            .collect();
        pieces.extend(["a", " ", "é", "東", "-", "*", "1", "x y", "\u{a0}"].map(String::from));
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut rng = crate::test_rng::Rng::new(25);
        for _ in 0..20_000 {
            let n = rng.below(4);
            let text = rng.text(&pieces, n);
            for indent in [0, rules::NESTED_BULLET_MIN_INDENT] {
                assert_eq!(
                    list_marker(&text, indent),
                    list_marker_plain(&text, indent),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn append_matches_the_word_loop() {
        let pieces = [
            "a",
            "é",
            "’",
            "“x”",
            "—",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "\u{3000}",
            "\u{2009}",
            "東京",
            "한",
            "\u{85}",
            "©",
            "x\u{2028}y",
            "",
        ];
        let mut rng = crate::test_rng::Rng::new(11);
        let mut pick = |n: usize| rng.below(n);
        for _ in 0..20_000 {
            let before: String = (0..pick(3)).map(|_| pieces[pick(pieces.len())]).collect();
            let line: String = (0..pick(6)).map(|_| pieces[pick(pieces.len())]).collect();
            let mid_word = pick(2) == 1;
            let mut want = before.trim().to_string();
            append_plain(&mut want, &line, mid_word);
            let line_ref = Line::new(&line, Metric::Columns);
            let mut open = Open::start(&line_ref, 1, false, String::new());
            open.text = before.trim().to_string();
            let scan = Scan::of(&line);
            // What `Line::measured` knows of the line, or nothing.
            let simple = match pick(3) {
                0 => false,
                _ if scan.plain() => true,
                _ => !scan.control() && columns_width_without_line_feed(&line).1,
            };
            open.append(&line, mid_word, scan, simple);
            assert_eq!(open.text, want, "{before:?} + {line:?}");
        }
    }

    /// Every character [`one_column_char_len`] takes: one column alone,
    /// after and before every other such character or ASCII one, so a
    /// string of them is as wide as it is long; and the characters around
    /// the ranges it takes are not taken.
    #[test]
    fn one_column_characters_are_one_column_in_any_string_of_them() {
        let taken: Vec<char> = (0x80..0x3000)
            .filter_map(char::from_u32)
            .filter(|c| one_column_char_len(c.to_string().as_bytes()) == Some(c.len_utf8()))
            .collect();
        // U+0080 to U+02FF but one, 24 + 12 punctuation marks, 256 shapes
        // but two.
        assert_eq!(taken.len(), 639 + 24 + 12 + 254);
        for c in [
            '\u{ad}', '\u{300}', '\u{200d}', '\u{2028}', '\u{203c}', '\u{25fd}', '\u{25fe}',
        ] {
            assert!(!taken.contains(&c), "{c:?}");
        }
        let alphabet: Vec<char> = (0u8..0x80)
            .filter(|&b| b != b'\n')
            .map(char::from)
            .chain(taken.iter().copied())
            .collect();
        for &a in &taken {
            assert_eq!(UnicodeWidthStr::width(a.to_string().as_str()), 1, "{a:?}");
        }
        let mut pair = String::new();
        for &a in &alphabet {
            for &b in &alphabet {
                pair.clear();
                pair.push(a);
                pair.push(b);
                assert_eq!(UnicodeWidthStr::width(pair.as_str()), 2, "{pair:?}");
            }
        }
    }

    /// `columns_width` is `UnicodeWidthStr::width` on random strings of
    /// ASCII runs (longer than its window too), the characters it counts
    /// itself, their neighbours, and characters whose width depends on
    /// what follows them (variation selectors, joiners, keycaps, emoji).
    #[test]
    fn columns_width_matches_unicode_width() {
        let pieces = [
            "a",
            " ",
            "\t",
            "\r",
            "\n",
            "\u{7f}",
            "1",
            "#",
            "*",
            "abcdefghijklmnopqrstu",
            "é",
            "\u{80}",
            "\u{85}",
            "\u{a0}",
            "\u{ad}",
            "\u{2ff}",
            "\u{300}",
            "\u{301}",
            "\u{200b}",
            "\u{200d}",
            "\u{2010}",
            "’",
            "“",
            "”",
            "—",
            "…",
            "\u{2027}",
            "\u{2028}",
            "\u{202e}",
            "\u{2030}",
            "\u{203b}",
            "\u{203c}",
            "\u{2049}",
            "\u{2500}",
            "□",
            "\u{25fd}",
            "\u{25fe}",
            "\u{25ff}",
            "\u{2600}",
            "☆",
            "\u{fe0e}",
            "\u{fe0f}",
            "\u{fe01}",
            "\u{20e3}",
            "東",
            "😀",
            "\u{1f3fb}",
            "\u{1f1e6}",
            "\u{627}",
            "\u{644}",
        ];
        let mut rng = crate::test_rng::Rng::new(0x0005_EED0_FC01);
        for _ in 0..50_000 {
            let n = rng.below(12);
            let text = rng.text(&pieces, n);
            let want = UnicodeWidthStr::width(text.as_str());
            assert_eq!(columns_width(&text), want, "{text:?}");
            if !text.contains('\n') {
                let (width, simple) = columns_width_without_line_feed(&text);
                assert_eq!(width, want, "{text:?}");
                assert!(!simple || no_wide_space_nor_cjk(&text), "{text:?}");
            }
        }
    }

    /// `first_word_width` is the width of the text up to its first white
    /// space, in both metrics.
    #[test]
    fn first_word_width_matches_the_split() {
        let pieces = [
            "ab", " ", "\t", "é", "東", "\u{a0}", "\u{3000}", "’", "-", "\u{301}", "",
        ];
        let mut rng = crate::test_rng::Rng::new(0xF1257);
        for _ in 0..20_000 {
            let n = rng.below(6);
            let text = rng.text(&pieces, n);
            for metric in [Metric::Columns, Metric::Chars] {
                let line = Line::new(&text, metric);
                assert_eq!(
                    line.first_word_width(metric),
                    first_word_width_plain(line.text, metric),
                    "{text:?} {metric:?}"
                );
            }
        }
    }

    /// `opens_mid_sentence` with the first-byte test is the plain
    /// comparison with every opener.
    #[test]
    fn mid_sentence_openers_are_found_as_before() {
        let plain = |text: &str| {
            rules::MID_SENTENCE_OPENERS
                .iter()
                .any(|p| text == p.trim_end() || text.starts_with(p))
        };
        for text in [
            "",
            ".",
            ". ",
            ". Variety",
            ",",
            ", and",
            ";",
            "; x",
            ":",
            ": x",
            ".x",
            "a, b",
            "é",
            "…",
            " .",
        ] {
            assert_eq!(opens_mid_sentence(text), plain(text), "{text:?}");
        }
    }

    /// [`begins_caption`] without the [`cannot_open`] test.
    fn begins_caption_plain(alt: &str, caption: &str) -> bool {
        if alt
            .split_whitespace()
            .take(rules::DOUBLED_START_MIN_WORDS)
            .count()
            < rules::DOUBLED_START_MIN_WORDS
        {
            return false;
        }
        let same = |x: &str, y: &str| {
            x.chars()
                .flat_map(char::to_lowercase)
                .eq(y.chars().flat_map(char::to_lowercase))
        };
        common_start(alt, caption, same).is_some_and(|c| {
            c.rest.0 == 0
                && c.rest.1 > 0
                && (rules::DOUBLED_START_MIN_WORDS..=rules::DOUBLED_START_MAX_WORDS)
                    .contains(&c.words)
                && c.chars as f32 >= (c.chars + c.rest.1) as f32 * rules::NEAR_REPEAT_MIN_SHARE
        })
    }

    /// `cannot_open` says so only where the lowercased key words of the
    /// alt text are not the first of the caption's, or all of them:
    /// random texts of ASCII and non-ASCII letters, digits,
    /// punctuation and the letters whose lowercase is ASCII or another
    /// length (the Kelvin sign, 'İ', 'ß').
    #[test]
    fn cannot_open_only_when_it_does_not() {
        let pieces = [
            "the", "The", "THE", "them", "a", "é", "É", "\u{212a}", "k", "K", "İ", "i", "ß", "ss",
            "4", " ", "-", "“", ".", "", "Čas", "čas", "東京", "—", "东京", "証券", "\u{1e9e}",
            "Ǆ", "ǆ", "ǅ", "Ω", "ω", "\u{2126}", "•", "\u{200d}", "é", "e\u{301}",
        ];
        let lower = |w: &str| -> String { w.chars().flat_map(char::to_lowercase).collect() };
        let mut rng = crate::test_rng::Rng::new(11);
        let mut pick = |n: usize| rng.below(n);
        let (mut differ, mut caught) = (0, 0);
        for _ in 0..50_000 {
            let mut text =
                || -> String { (0..pick(6)).map(|_| pieces[pick(pieces.len())]).collect() };
            // A third of the captions go on from the alt text, or are it.
            let (alt, extra) = (text(), text());
            let caption = if extra.len() % 3 == 0 {
                format!("{alt}{extra}")
            } else {
                text()
            };
            let (a, c): (Vec<String>, Vec<String>) = (
                key_words(&alt).map(lower).collect(),
                key_words(&caption).map(lower).collect(),
            );
            let plain = !(c.starts_with(&a) && c.len() > a.len());
            let fast = cannot_open(&alt, &caption);
            assert!(!fast || plain, "{alt:?} / {caption:?}");
            // Of ASCII texts it catches nearly every such pair.
            if alt.is_ascii() && caption.is_ascii() {
                differ += usize::from(plain);
                caught += usize::from(fast);
            }
        }
        assert!(caught * 10 > differ * 9, "{caught} of {differ}");
    }

    /// The `cannot_open` test turns down only pairs the plain form turns
    /// down: random texts from words that agree or differ in their first
    /// letter, in case, or only once lowercased (the Kelvin sign, 'İ').
    #[test]
    fn begins_caption_matches_its_plain_form() {
        let words = [
            "Dig",
            "dig",
            "DIG",
            "a",
            "A",
            "hole",
            "Hole",
            "\u{212a}elvin",
            "kelvin",
            "İstanbul",
            "istanbul",
            "Élan",
            "élan",
            "(Photo",
            "photo:",
            "42",
            "4th",
            "—",
            "...",
            "“Quote”",
            "|",
            "ß",
            "SS",
            "x",
            "",
            "证券",
            "汽车",
            "•",
            "\u{2126}",
            "ω",
        ];
        let mut rng = crate::test_rng::Rng::new(7);
        let mut pick = |n: usize| rng.below(n);
        let mut agreed = 0;
        for _ in 0..20_000 {
            let alt: Vec<&str> = (0..1 + pick(5)).map(|_| words[pick(words.len())]).collect();
            let mut caption = alt.clone();
            caption.truncate(pick(alt.len() + 1));
            caption.extend((0..pick(4)).map(|_| words[pick(words.len())]));
            let (alt, caption) = (alt.join(" "), caption.join(" "));
            let want = begins_caption_plain(&alt, &caption);
            agreed += usize::from(want);
            assert_eq!(begins_caption(&alt, &caption), want, "{alt} / {caption}");
            // The first-letter test turns down only pairs it does not.
            let first = may_open(first_key(&alt), first_key(&caption));
            assert!(first || !want, "{alt} / {caption}");
        }
        assert!(agreed > 100, "too few dropped pairs to test: {agreed}");
    }

    #[test]
    fn an_alt_text_above_its_caption_is_dropped() {
        let cases = [
            (
                "Dig a hole in the oasis.",
                "Dig a hole in the oasis. (Lucy Akins)",
                true,
            ),
            (
                "DIG A HOLE in the oasis",
                "Dig a hole in the oasis. (Lucy Akins)",
                true,
            ),
            (
                "Souček po vítězství ve Villa Parku.",
                "Souček po vítězství ve Villa Parku. | Foto: Reuters",
                true,
            ),
            // The same words: a teaser's title said twice, which marks a
            // teaser list; left to the classifier.
            ("How Stores Work", "How Stores Work", false),
            // A heading over a paragraph that opens with its words.
            (
                "Climate change matters",
                "Climate change matters to farmers in every county of the state.",
                false,
            ),
            // Too short to be sure, as letter runs or as spaced words.
            ("News & Insights", "News & Insights Home", false),
            (
                "https://storage.example.com/bob/public/documents/",
                "https://storage.example.com/bob/public/documents/draft.txt",
                false,
            ),
            ("a b c", "a b d e", false),
            ("", "a b c", false),
        ];
        for (alt, caption, want) in cases {
            assert_eq!(begins_caption(alt, caption), want, "{alt} / {caption}");
        }
        // w3m: the alt text on its own line, blank lines, then the caption.
        let got = texts(
            "Measure the oasis and cut it.\n\nDig a hole in the oasis.\n\n\n\
             Dig a hole in the oasis. (Lucy Akins)\nStep 2\n",
        );
        assert_eq!(
            got,
            [
                "Measure the oasis and cut it.",
                "Dig a hole in the oasis. (Lucy Akins)",
                "Step 2"
            ]
        );
    }

    #[test]
    fn table_columns_are_blocks_of_their_own() {
        // w3m's layout table: the article left, a sidebar right, each
        // wrapped at its own width; a block never spans the two.
        let dump = [
            "│  In December 2002, I tried to  │  While I am flattered that   │",
            "│  install some software on my   │  so many Linux fans share    │",
            "│  computer. The experience was  │  their views with me, no.    │",
            "│  less than pleasant.           │                              │",
            "│                                │                              │",
            "│  Then in January, the people   │                              │",
            "│  over at Slashdot posted it.   │                              │",
        ]
        .join("\n");
        let blocks = split(&format!("Title\n\n{dump}\n\nEnd"));
        let got: Vec<(&str, usize)> = blocks.iter().map(|b| (b.text.as_str(), b.line)).collect();
        assert_eq!(
            got,
            [
                ("Title", 1),
                (
                    "In December 2002, I tried to install some software on my computer. The experience was less than pleasant.",
                    3
                ),
                ("Then in January, the people over at Slashdot posted it.", 8),
                (
                    "While I am flattered that so many Linux fans share their views with me, no.",
                    3
                ),
                ("End", 11),
            ]
        );
    }

    #[test]
    fn lines_opening_mid_sentence_join_the_line_above() {
        let long = "word ".repeat(60);
        let cases = [
            (" 2. ^ \"In the Loop\"\n    . 24 August 2021.", 1),
            ("Names: Ann\n, Bob, Carl", 1),
            ("A short line\n.", 1),
            ("A short line\nNext line", 2),
            ("A short line\n.NET is a platform", 2),
        ];
        for (text, want) in cases {
            let dump = format!("{}{text}\n", wrapped(&[long.trim()]));
            let got = texts(&dump);
            assert_eq!(got.len() - 1, want, "{text}: {got:?}");
        }
    }

    #[test]
    fn blank_line_flags() {
        let blocks = split("a\n\nb\nc");
        assert!(blocks[0].blank_after && blocks[1].blank_before && !blocks[1].blank_after);
    }

    #[test]
    fn rule_lines_separate_blocks() {
        // w3m's <hr> under a byline, in an 80-column dump: without the rule
        // test all three lines are one block.
        let rule = "━".repeat(80);
        let paragraph = "The committee met on Tuesday to review the plans for the new bridge over the\n\
                         river, which has been closed to traffic since the spring floods damaged its\n\
                         supports and its railings.\n";
        let dump = format!(
            "By Craig Randall , Alli Miles , Eszter Horanyi on March 12, 2026 | Comments\n\
             {rule}\nSupport us! We may earn a small commission from affiliate links in this\n\
             article.\n\n{paragraph}"
        );
        let texts: Vec<String> = split(&dump).into_iter().map(|b| b.text).collect();
        assert_eq!(
            texts[..2],
            [
                "By Craig Randall , Alli Miles , Eszter Horanyi on March 12, 2026 | Comments",
                "Support us! We may earn a small commission from affiliate links in this article.",
            ],
            "{texts:?}"
        );
        for (line, want) in [
            ("━━━━━━━━", true),
            ("────", true),
            ("━━", false),
            ("━━━ Section ━━━", false),
            ("________", false),
        ] {
            assert_eq!(is_rule_line(line), want, "{line}");
        }
        // The re-blocker asks only lines with a border character.
        for &c in rules::RULE_LINE_CHARS {
            assert!(Scan::of(&c.to_string()).border(), "{c}");
        }
    }
}
