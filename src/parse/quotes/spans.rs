//! Finding quoted spans in one paragraph: curly “…”, straight "…", German
//! „…“ and „…”, and guillemets «…». Marks are paired with a stack, so a
//! quote inside a quote stays part of the outer one, and only outermost
//! spans are returned. Single quotes are not quote marks here: ’ is far more
//! often an apostrophe than a closing quote, and English news puts direct
//! speech in double quotes.

use std::ops::Range;

/// One outermost quoted span of a paragraph, as byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Offset of the opening mark.
    pub open: usize,
    /// The quoted text, marks excluded (not yet trimmed).
    pub inner: Range<usize>,
    /// Offset just after the closing mark, or the paragraph's length when
    /// the quote runs on into the next paragraph (news style leaves such a
    /// quote open).
    pub end: usize,
    /// False when the paragraph ended before the closing mark.
    pub closed: bool,
}

/// How a straight double quote behaves, judged from its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Straight {
    Opens,
    Closes,
    Either,
}

fn straight_role(prev: Option<char>, next: Option<char>) -> Straight {
    let open_before = prev.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c));
    let close_after = next.is_none_or(|c| c.is_whitespace() || ",.;:!?)]}—–-".contains(c));
    match (open_before, close_after) {
        (true, false) => Straight::Opens,
        (false, true) => Straight::Closes,
        _ => Straight::Either,
    }
}

/// True when `close` may end a quote opened by `open`.
fn pairs(open: char, close: char) -> bool {
    matches!(
        (open, close),
        ('“', '”') | ('„', '“') | ('„', '”') | ('«', '»') | ('"', '"') | ('"', '”') | ('“', '"')
    )
}

/// True when `text` holds a mark that can open a quote: without one it
/// has no quoted span.
pub fn has_opening_mark(text: &str) -> bool {
    // `str::contains` with a char array decodes every char; this jumps
    // between the possible first bytes of the marks (" is 22, “ E2 80 9C,
    // „ E2 80 9E, « C2 AB) and compares the bytes after them.
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes).any(|at| match bytes[at] {
        b'"' => true,
        0xE2 => matches!(bytes.get(at + 1..at + 3), Some([0x80, 0x9C | 0x9E])),
        _ => bytes.get(at + 1) == Some(&0xAB),
    })
}

/// The outermost quoted spans of `text`, in order.
pub fn find(text: &str) -> Vec<Span> {
    if !has_opening_mark(text) {
        return Vec::new();
    }
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut spans = Vec::new();
    // Only marks matter: jump from one possible mark to the next by the
    // first bytes of their UTF-8 forms (" is 22, “ ” „ start with E2,
    // « » with C2), and decode just the neighbours of each.
    for at in memchr::memchr3_iter(b'"', 0xE2, 0xC2, text.as_bytes()) {
        let Some(c) = text[at..].chars().next() else {
            continue;
        };
        if !matches!(c, '"' | '“' | '”' | '„' | '«' | '»') {
            continue;
        }
        let prev = text[..at].chars().next_back();
        let next = text[at + c.len_utf8()..].chars().next();
        let top = stack.last().map(|&(m, _)| m);
        let closes = match c {
            '”' | '»' => top.is_some_and(|m| pairs(m, c)),
            '“' => top == Some('„'),
            // Straight quotes also close a curly one: pages mix them.
            '"' => straight_role(prev, next) != Straight::Opens && top.is_some_and(|m| pairs(m, c)),
            _ => false,
        };
        let opens = !closes
            && match c {
                '“' | '„' | '«' => true,
                '"' => straight_role(prev, next) != Straight::Closes,
                _ => false,
            };
        if closes {
            if let Some((mark, open)) = stack.pop()
                && stack.is_empty()
            {
                let end = at + c.len_utf8();
                spans.push(Span {
                    open,
                    inner: open + mark.len_utf8()..at,
                    end,
                    closed: true,
                });
            }
        } else if opens {
            stack.push((c, at));
        }
    }
    if let Some(&(mark, open)) = stack.first() {
        spans.push(Span {
            open,
            inner: open + mark.len_utf8()..text.len(),
            end: text.len(),
            closed: false,
        });
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<(&str, bool)> {
        find(text)
            .into_iter()
            .map(|s| (&text[s.inner], s.closed))
            .collect()
    }

    #[test]
    fn pairs_marks_of_each_style() {
        for (text, want) in [
            ("“Go,” he said.", vec![("Go,", true)]),
            ("He said \"Go now\" twice.", vec![("Go now", true)]),
            ("Er sagte „Geh jetzt“.", vec![("Geh jetzt", true)]),
            ("Il a dit « partez » hier.", vec![(" partez ", true)]),
            ("“A,” he said. “B.”", vec![("A,", true), ("B.", true)]),
            ("No quotes’ here.", vec![]),
            ("Mixed \"marks” here.", vec![("marks", true)]),
            ("Mixed “marks\" here.", vec![("marks", true)]),
        ] {
            assert_eq!(quoted(text), want, "{text}");
        }
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_one() {
        let text = r#"It said "a "low-ball" estimate" then."#;
        assert_eq!(quoted(text), vec![(r#"a "low-ball" estimate"#, true)]);
        let text = "“He called it ‘odd’ and “strange”,” she said.";
        assert_eq!(
            quoted(text),
            vec![("He called it ‘odd’ and “strange”,", true)]
        );
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end() {
        assert_eq!(
            quoted("The agency said, \"It is aware of it."),
            vec![("It is aware of it.", false)]
        );
    }

    #[test]
    fn opening_marks_are_found_as_str_contains_finds_them() {
        for text in [
            "",
            "plain",
            "a \"b",
            "“x",
            "x „",
            "« x",
            "” only",
            "» only",
            "’ ‘ – — …",
            "é ü ß ç",
            "Â«",
            "\u{2018}\u{201B}",
            "end “",
        ] {
            assert_eq!(
                has_opening_mark(text),
                text.contains(['"', '“', '„', '«']),
                "{text:?}"
            );
        }
    }

    #[test]
    fn stray_marks_are_ignored() {
        assert_eq!(quoted("A 65\" screen and a ” mark."), vec![]);
        assert_eq!(quoted(""), vec![]);
    }
}
