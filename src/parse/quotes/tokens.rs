//! Words and punctuation of the text outside quotes, with byte offsets, and
//! the small predicates the attribution rules ask of a word.

use super::names::is_name_word;
use super::rules::ABBREVIATION_SET;

/// A word or one punctuation character of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte offset in the paragraph.
    pub start: usize,
    pub is_word: bool,
    /// The word can be part of a name (`names::is_name_word`), decided
    /// once here: the name rules ask it of the same word many times.
    pub name: bool,
}

/// Characters that join two word characters into one word ("Al-Ibrahim",
/// "O’Brien", "U.S", "S&P").
const JOINERS: &str = "-’'.&";

/// [`tokenize_with`]'s tokens in a vector.
#[cfg(test)]
pub fn tokenize(text: &str, offset: usize) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    tokenize_with(text, offset, |t| tokens.push(t));
    tokens
}

/// Splits `text` (which starts at byte `offset` of its paragraph) into
/// words and punctuation, handing each token to `emit` (no vector of its
/// own). A trailing period stays on an abbreviation or an initial ("Mr.",
/// "J.") so it does not end the sentence.
///
/// Kept out of line: inlined into `Paragraph::with_spans` (which
/// the compiler chose or not as other code of the crate changed), the
/// two of them took ~5 M more instructions over every third dev dump.
#[inline(never)]
pub fn tokenize_with<'a>(text: &'a str, offset: usize, mut emit: impl FnMut(Token<'a>)) {
    let mut at = 0;
    while let Some(&b) = text.as_bytes().get(at) {
        // Most tokens are words starting with an ASCII letter or digit:
        // one table test, no char decoding or class tests.
        let len = if ASCII_WORD_BYTE[usize::from(b)] {
            1
        } else {
            let (c, len) = char_at(text, at);
            if c.is_whitespace() {
                at += len;
                continue;
            }
            if !c.is_alphanumeric() {
                emit(Token {
                    text: &text[at..at + len],
                    start: offset + at,
                    is_word: false,
                    name: false,
                });
                at += len;
                continue;
            }
            len
        };
        let mut end = word_end(text, at + len);
        if text.as_bytes().get(end) == Some(&b'.') && keeps_period(&text[at..end]) {
            end += 1;
        }
        let word = &text[at..end];
        emit(Token {
            text: word,
            start: offset + at,
            is_word: true,
            // Most words are lowercase: `is_name_word` turns them down
            // first, but not before a call.
            name: is_capitalized(word) && is_name_word(word),
        });
        // Most words are followed by one space: stepped over here, not by
        // a turn of the loop that decodes and classes it.
        at = if text.as_bytes().get(end) == Some(&b' ') {
            end + 1
        } else {
            end
        };
    }
}

/// The character at byte `at` (a char boundary) of `text` and its length
/// in bytes; ASCII without decoding, since nearly every byte is ASCII.
#[inline(always)]
fn char_at(text: &str, at: usize) -> (char, usize) {
    match text.as_bytes()[at] {
        b if b.is_ascii() => (char::from(b), 1),
        _ => text[at..]
            .chars()
            .next()
            .map_or(('\0', 1), |c| (c, c.len_utf8())),
    }
}

/// True at the ASCII letters and digits, the bytes that always continue a
/// word (`u8::is_ascii_alphanumeric` as a table).
pub static ASCII_WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Byte offset just past the word that continues at byte `from`: word
/// characters, and joiners between two of them.
#[inline(always)]
fn word_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = from;
    while at < text.len() {
        // The run of ASCII letters and digits in one table scan (no
        // bounds check or range tests per byte).
        at += bytes[at..]
            .iter()
            .position(|&b| !ASCII_WORD_BYTE[usize::from(b)])
            .unwrap_or(bytes.len() - at);
        let Some(&b) = bytes.get(at) else {
            break;
        };
        // Any other ASCII byte but a joiner ends the word (a space, most
        // often): no char decoding, no joiner search.
        if b.is_ascii() && !matches!(b, b'-' | b'\'' | b'.' | b'&') {
            return at;
        }
        let (c, len) = char_at(text, at);
        if c.is_alphanumeric() {
            at += len;
            continue;
        }
        let next = at + len;
        let joined =
            JOINERS.contains(c) && next < text.len() && char_at(text, next).0.is_alphanumeric();
        if !joined {
            return at;
        }
        at = next;
    }
    text.len()
}

/// True for a word whose following period belongs to it: an abbreviation,
/// a single capital initial, or a dotted acronym ("U.S").
fn keeps_period(word: &str) -> bool {
    // The first two chars only, not a count of all; '.' found as a byte,
    // not by a char pattern search.
    let mut chars = word.chars();
    let single_initial =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_initial || word.as_bytes().contains(&b'.') || ABBREVIATION_SET.has(word)
}

/// True when the word starts with a capital letter.
#[inline]
pub fn is_capitalized(word: &str) -> bool {
    // Nearly every word starts with an ASCII byte: tested as a byte, not
    // decoded (`char::is_uppercase` is 'A'..='Z' on ASCII).
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// True when the word starts with a lowercase letter.
#[inline]
pub fn is_lowercase(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => word.chars().next().is_some_and(char::is_lowercase),
    }
}

/// The word without a possessive ending ("Russia’s" → "Russia"), or `None`
/// when it has none.
pub fn strip_possessive(word: &str) -> Option<&str> {
    ["’s", "'s", "’", "'"]
        .iter()
        .find_map(|end| word.strip_suffix(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_and_punctuation() {
        for (text, want) in [
            ("Lavrov said.", vec!["Lavrov", "said", "."]),
            ("Mr. Lavrov, too", vec!["Mr.", "Lavrov", ",", "too"]),
            (
                "the U.S. and Al-Ibrahim",
                vec!["the", "U.S.", "and", "Al-Ibrahim"],
            ),
            ("Russia’s envoy", vec!["Russia’s", "envoy"]),
            ("J. Smith—no", vec!["J.", "Smith", "—", "no"]),
            ("end. Next", vec!["end", ".", "Next"]),
            ("", vec![]),
        ] {
            let got: Vec<&str> = tokenize(text, 0).iter().map(|t| t.text).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn words_end_at_ascii_bytes_as_the_general_rule_says() {
        // The ASCII fast path of `word_end` must agree with the joiner
        // rule for every ASCII character between two letters.
        for b in 0u8..128 {
            let text = format!("ab{}cd", char::from(b));
            let joined = b.is_ascii_alphanumeric() || JOINERS.contains(char::from(b));
            let want = if joined { text.len() } else { 2 };
            assert_eq!(word_end(&text, 1), want, "{b:#x}");
        }
    }

    /// `word_end` before its table scan: a range test per byte.
    fn word_end_plain(text: &str, from: usize) -> usize {
        let bytes = text.as_bytes();
        let mut at = from;
        while at < text.len() {
            let b = bytes[at];
            if b.is_ascii_alphanumeric() {
                at += 1;
                continue;
            }
            if b.is_ascii() && !matches!(b, b'-' | b'\'' | b'.' | b'&') {
                return at;
            }
            let (c, len) = char_at(text, at);
            if c.is_alphanumeric() {
                at += len;
                continue;
            }
            let next = at + len;
            let joined =
                JOINERS.contains(c) && next < text.len() && char_at(text, next).0.is_alphanumeric();
            if !joined {
                return at;
            }
            at = next;
        }
        text.len()
    }

    /// `tokenize_with` before its ASCII word start test: every token's
    /// first character decoded and classed.
    fn tokenize_plain(text: &str) -> Vec<Token<'_>> {
        let (offset, mut tokens) = (0, Vec::new());
        let mut emit = |t| tokens.push(t);
        let mut at = 0;
        while at < text.len() {
            let (c, len) = char_at(text, at);
            if c.is_whitespace() {
                at += len;
                continue;
            }
            if !c.is_alphanumeric() {
                emit(Token {
                    text: &text[at..at + len],
                    start: offset + at,
                    is_word: false,
                    name: false,
                });
                at += len;
                continue;
            }
            let mut end = word_end(text, at + len);
            if text.as_bytes().get(end) == Some(&b'.') && keeps_period(&text[at..end]) {
                end += 1;
            }
            emit(Token {
                text: &text[at..end],
                start: offset + at,
                is_word: true,
                name: is_capitalized(&text[at..end]) && is_name_word(&text[at..end]),
            });
            at = if text.as_bytes().get(end) == Some(&b' ') {
                end + 1
            } else {
                end
            };
        }
        tokens
    }

    /// `keeps_period` before it read only two chars and bytes.
    fn keeps_period_plain(word: &str) -> bool {
        let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        single_initial || word.contains('.') || ABBREVIATION_SET.has(word)
    }

    #[test]
    fn keeps_period_answers_as_before() {
        let pieces = [
            "J", "j", "É", "é", "Mr", "U", ".", "S", "st", "\u{212a}", "東",
        ];
        let mut rng = crate::test_rng::Rng::new(0xA54F_F53A_5F1D_36F1);
        for _ in 0..20_000 {
            let n = rng.below(4);
            let word = rng.text(&pieces, n);
            assert_eq!(keeps_period(&word), keeps_period_plain(&word), "{word:?}");
        }
    }

    /// Random texts: the tokens (text, offset, word and name flags) are
    /// those of the tokenizer without its ASCII word start test.
    #[test]
    fn ascii_word_start_changes_no_token() {
        let pieces = [
            "a",
            "Z",
            "7",
            "Ann",
            "Mr",
            ".",
            " ",
            "  ",
            ",",
            "-",
            "’",
            "'",
            "&",
            "é",
            "É",
            "東",
            "—",
            "\t",
            "\u{a0}",
            "\u{212a}",
            "U.S",
            "Reportedly",
            "½",
            "",
        ];
        let mut rng = crate::test_rng::Rng::new(0x3C6E_F372_FE94_F82B);
        for _ in 0..20_000 {
            let n = rng.below(12);
            let text = rng.text(&pieces, n);
            assert_eq!(tokenize(&text, 0), tokenize_plain(&text), "{text:?}");
        }
    }

    /// Random texts of letters, digits, joiners, spaces, punctuation and
    /// non-ASCII letters and marks: the table scan ends every word where
    /// the range test did, and the name flag is `is_name_word`'s.
    #[test]
    fn word_end_table_scan_agrees_with_range_test() {
        let pieces = [
            "a", "Z", "7", "Ann", "ly", "-", "'", "’", ".", "&", " ", ",", "é", "É", "東", "—",
            "s", "\u{212a}", "\t", "Mr", "O", "Ly",
        ];
        let mut rng = crate::test_rng::Rng::new(0xD1B5_4A32_D192_ED03);
        for _ in 0..20_000 {
            let n = 1 + rng.below(8);
            let text = rng.text(&pieces, n);
            for (from, _) in text.char_indices() {
                assert_eq!(
                    word_end(&text, from),
                    word_end_plain(&text, from),
                    "{text:?} {from}"
                );
            }
            for t in tokenize(&text, 0).iter().filter(|t| t.is_word) {
                assert_eq!(t.name, is_name_word(t.text), "{:?}", t.text);
            }
        }
        assert!((0..=255u8).all(|b| ASCII_WORD_BYTE[usize::from(b)] == b.is_ascii_alphanumeric()));
    }

    /// The capital-letter guard before `is_name_word` changes nothing.
    #[test]
    fn name_flag_is_is_name_word() {
        let text = "Mr. Lavrov said élodie Élodie The U.S. Reportedly O’Brien’s 7 x-Ray";
        for t in tokenize(text, 0).iter().filter(|t| t.is_word) {
            assert_eq!(t.name, is_name_word(t.text), "{}", t.text);
        }
    }

    #[test]
    fn offsets_point_into_the_paragraph() {
        let tokens = tokenize("é said", 10);
        assert_eq!(tokens[1].start, 10 + "é ".len());
    }

    #[test]
    fn word_predicates() {
        assert!(is_capitalized("Élodie") && !is_capitalized("said"));
        assert!(is_lowercase("said") && !is_lowercase("7"));
        assert_eq!(strip_possessive("Russia’s"), Some("Russia"));
        assert_eq!(strip_possessive("Lavrov"), None);
    }

    /// The byte tests of `is_capitalized` and `is_lowercase` agree with
    /// the first char's class, for every char first and a few after it.
    #[test]
    fn case_predicates_match_their_plain_form() {
        let plain_upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let plain_lower = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for rest in ["", "a", "É"] {
                let w = format!("{c}{rest}");
                assert_eq!(is_capitalized(&w), plain_upper(&w), "{w:?}");
                assert_eq!(is_lowercase(&w), plain_lower(&w), "{w:?}");
            }
        }
        assert!(!is_capitalized("") && !is_lowercase(""));
    }
}
