//! Words and punctuation of the text outside quotes, with byte offsets, and
//! the small predicates the attribution rules ask of a word.

use super::rules::{ABBREVIATIONS, is_in};

/// A word or one punctuation character of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte offset in the paragraph.
    pub start: usize,
    pub is_word: bool,
}

/// Characters that join two word characters into one word ("Al-Ibrahim",
/// "O’Brien", "U.S", "S&P").
const JOINERS: &str = "-’'.&";

/// Splits `text` (which starts at byte `offset` of its paragraph) into
/// words and punctuation. A trailing period stays on an abbreviation or an
/// initial ("Mr.", "J.") so it does not end the sentence.
pub fn tokenize(text: &str, offset: usize) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            let end = at + c.len_utf8();
            tokens.push(Token {
                text: &text[at..end],
                start: offset + at,
                is_word: false,
            });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let joined =
                JOINERS.contains(c) && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric());
            if c.is_alphanumeric() || joined {
                j += 1;
            } else {
                break;
            }
        }
        let mut end = chars.get(j).map_or(text.len(), |&(b, _)| b);
        if chars.get(j).is_some_and(|&(_, c)| c == '.') && keeps_period(&text[at..end]) {
            end += 1;
        }
        tokens.push(Token {
            text: &text[at..end],
            start: offset + at,
            is_word: true,
        });
        i = chars.partition_point(|&(b, _)| b < end);
    }
    tokens
}

/// True for a word whose following period belongs to it: an abbreviation,
/// a single capital initial, or a dotted acronym ("U.S").
fn keeps_period(word: &str) -> bool {
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_initial || word.contains('.') || is_in(ABBREVIATIONS, word)
}

/// True when the word starts with a capital letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// True when the word starts with a lowercase letter.
pub fn is_lowercase(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
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
}
