//! Re-blocking a page dump: lines in, blocks out.
//!
//! Text browsers wrap paragraphs at a fixed width (w3m and lynx at 80
//! columns, lynx with a 3-space margin); "select all, copy" and innerText
//! give one line per block. A line joins the line before it only when that
//! line was *wrapped*: the next line's first word would not have fitted on
//! it. Every other line break, a blank line, a change of indent or a list
//! marker starts a new block.

use unicode_width::UnicodeWidthStr;

use crate::parse::rules;

/// One block of the dump: a paragraph, a heading, a list item, a menu entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The text, wrapped lines re-joined, whitespace collapsed, list marker
    /// removed.
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
    let lines: Vec<Line<'_>> = text.split('\n').map(Line::new).collect();
    let wrap = wrap_width(&lines);
    let mut blocks: Vec<Block> = Vec::new();
    let mut current: Option<Open> = None;
    let mut blank_before = true;
    for (i, line) in lines.iter().enumerate() {
        if line.text.is_empty() {
            if let Some(open) = current.take() {
                blocks.push(open.close(true));
            }
            blank_before = true;
            continue;
        }
        let joins = match (&current, wrap, i.checked_sub(1).map(|p| &lines[p])) {
            (Some(open), Some(width), Some(prev)) => continues(open, prev, line, width),
            _ => false,
        };
        if joins {
            if let Some(open) = current.as_mut() {
                open.push(line);
            }
            continue;
        }
        if let Some(open) = current.take() {
            blocks.push(open.close(false));
        }
        current = Some(Open::start(line, i + 1, blank_before));
        blank_before = false;
    }
    if let Some(open) = current.take() {
        blocks.push(open.close(true));
    }
    blocks.retain(|b| !b.text.is_empty());
    blocks
}

/// One line of the dump, measured.
struct Line<'a> {
    /// The line without its indent and trailing space.
    text: &'a str,
    indent: usize,
    width: usize,
    /// List marker length in bytes (marker and the space after it), if any.
    marker: Option<usize>,
}

impl<'a> Line<'a> {
    fn new(raw: &'a str) -> Line<'a> {
        let raw = raw.trim_end();
        let text = raw.trim_start();
        let indent = width_of(&raw[..raw.len() - text.len()]);
        let width = indent + width_of(text);
        Line {
            text,
            indent,
            width,
            marker: list_marker(text, indent),
        }
    }

    fn first_word_width(&self) -> usize {
        let word = self.text.split(char::is_whitespace).next().unwrap_or("");
        width_of(word)
    }
}

/// Display columns of `s`; printable ASCII takes one column per byte.
fn width_of(s: &str) -> usize {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        s.len()
    } else {
        UnicodeWidthStr::width(s)
    }
}

/// The byte length of the list marker that opens `text` (with its space).
fn list_marker(text: &str, indent: usize) -> Option<usize> {
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

/// The column at which the dump was wrapped, if it was: nearly every line
/// fits in `rules::WRAP_MAX_COLUMNS` and enough lines come close to it.
fn wrap_width(lines: &[Line<'_>]) -> Option<usize> {
    let filled: Vec<usize> = lines
        .iter()
        .filter(|l| !l.text.is_empty())
        .map(|l| l.width)
        .collect();
    if filled.is_empty() {
        return None;
    }
    let over = filled
        .iter()
        .filter(|&&w| w > rules::WRAP_MAX_COLUMNS)
        .count();
    if over as f64 > filled.len() as f64 * rules::WRAP_MAX_OVERLONG_SHARE {
        return None;
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

/// True when `line` continues the open block: the previous line was full
/// (this line's first word would not have fitted on it) and the indent is
/// the block's text indent.
fn continues(open: &Open, prev: &Line<'_>, line: &Line<'_>, width: usize) -> bool {
    if line.marker.is_some() || line.indent != open.text_indent {
        return false;
    }
    prev.width + 1 + line.first_word_width() + rules::WRAP_SLACK_COLUMNS > width
}

/// A block being built.
struct Open {
    text: String,
    line: usize,
    lines: usize,
    indent: usize,
    text_indent: usize,
    bullet: bool,
    blank_before: bool,
}

impl Open {
    fn start(line: &Line<'_>, number: usize, blank_before: bool) -> Open {
        let (text, bullet, text_indent) = match line.marker {
            Some(len) => (
                &line.text[len..],
                true,
                line.indent + UnicodeWidthStr::width(&line.text[..len]),
            ),
            None => (line.text, false, line.indent),
        };
        let mut open = Open {
            text: String::with_capacity(text.len()),
            line: number,
            lines: 0,
            indent: line.indent,
            text_indent,
            bullet,
            blank_before,
        };
        open.append(text);
        open
    }

    fn push(&mut self, line: &Line<'_>) {
        self.append(line.text);
    }

    fn append(&mut self, text: &str) {
        self.lines += 1;
        for word in text.split_whitespace() {
            if !self.text.is_empty() && !joins_without_space(&self.text, word) {
                self.text.push(' ');
            }
            self.text.push_str(word);
        }
    }

    fn close(self, blank_after: bool) -> Block {
        Block {
            text: self.text,
            line: self.line,
            lines: self.lines,
            indent: self.indent,
            bullet: self.bullet,
            blank_before: self.blank_before,
            blank_after,
        }
    }
}

/// CJK text wraps mid-run without a space; re-join such runs without one.
fn joins_without_space(before: &str, word: &str) -> bool {
    let last = before.chars().next_back();
    let first = word.chars().next();
    matches!((last, first), (Some(a), Some(b)) if is_cjk(a) && is_cjk(b))
}

/// Han, kana, hangul and CJK punctuation: scripts written without spaces.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(dump: &str) -> Vec<String> {
        split(dump).into_iter().map(|b| b.text).collect()
    }

    /// A dump wrapped at 40 columns with enough full lines to be detected.
    fn wrapped(paragraphs: &[&str]) -> String {
        let mut out = String::new();
        for p in paragraphs {
            let mut line = String::new();
            for word in p.split(' ') {
                if !line.is_empty() && line.len() + 1 + word.len() > 79 {
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
    fn wrapped_paragraphs_are_rejoined() {
        let long = "word ".repeat(60);
        let long = long.trim();
        let dump = wrapped(&[long, long]);
        assert_eq!(texts(&dump), [long, long]);
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
    fn blank_line_flags() {
        let blocks = split("a\n\nb\nc");
        assert!(blocks[0].blank_after && blocks[1].blank_before && !blocks[1].blank_after);
    }
}
