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
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            tokens.push(Token {
                text: &text[at..at + c.len_utf8()],
                start: offset + at,
                is_word: false,
            });
            continue;
        }
        let mut end = word_end(text, at + c.len_utf8());
        if text[end..].starts_with('.') && keeps_period(&text[at..end]) {
            end += 1;
        }
        tokens.push(Token {
            text: &text[at..end],
            start: offset + at,
            is_word: true,
        });
        while chars.next_if(|&(b, _)| b < end).is_some() {}
    }
    tokens
}

/// Byte offset just past the word that continues at byte `from`: word
/// characters, and joiners between two of them.
fn word_end(text: &str, from: usize) -> usize {
    let mut chars = text[from..].char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        let joined = JOINERS.contains(c) && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if !(c.is_alphanumeric() || joined) {
            return from + k;
        }
    }
    text.len()
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
