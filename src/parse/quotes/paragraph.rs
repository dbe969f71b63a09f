//! One paragraph seen by the quote extractor: its quoted spans, the tokens
//! outside them interleaved with the quotes (as [`Item`]s), and its
//! sentences as ranges of items.

use std::ops::Range;

use crate::parse::words::more_words_than;

use super::spans::{self, Span};
use super::tokens::{Token, is_lowercase, tokenize_with};

/// A token outside quotes, or a whole quote (an index into `spans`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item<'a> {
    Token(Token<'a>),
    Quote(usize),
}

impl<'a> Item<'a> {
    /// The word, when this item is one.
    pub fn word(&self) -> Option<&'a str> {
        match self {
            Item::Token(t) if t.is_word => Some(t.text),
            _ => None,
        }
    }

    /// True for a word that can be part of a name (`names::is_name_word`,
    /// decided when the paragraph was tokenized).
    pub fn is_name_word(&self) -> bool {
        matches!(self, Item::Token(t) if t.is_word && t.name)
    }

    /// The punctuation character, when this item is one.
    pub fn punct(&self) -> Option<&'a str> {
        match self {
            Item::Token(t) if !t.is_word => Some(t.text),
            _ => None,
        }
    }
}

/// Most words of a line taken for a subheading rather than a sentence.
const HEADING_MAX_WORDS: usize = 12;

pub struct Paragraph<'a> {
    pub text: &'a str,
    pub spans: Vec<Span>,
    pub items: Vec<Item<'a>>,
    /// Sentences as ranges of `items`, in order, covering every item.
    pub sentences: Vec<Range<usize>>,
    /// `quote_items[i]`: the item of span `i` (`Item::Quote(i)`).
    pub quote_items: Vec<usize>,
    /// The items that are name words ([`Item::is_name_word`]), in order:
    /// a name run starts only at one, and the name rules go from one to
    /// the next instead of testing every item.
    pub name_items: Vec<usize>,
    /// `words_before[i]`: how many of the first `i` items are words; only
    /// kept for a paragraph with quotes, the only ones asked about words
    /// before a quote (see [`Paragraph::no_words_between`]).
    words_before: Vec<usize>,
}

impl<'a> Paragraph<'a> {
    pub fn new(text: &'a str) -> Paragraph<'a> {
        Paragraph::with_spans(text, spans::find(text))
    }

    /// [`Paragraph::new`] for a text `spans::has_opening_mark` turned
    /// down: it has no quoted span, and is not scanned for marks again.
    pub fn unquoted(text: &'a str) -> Paragraph<'a> {
        Paragraph::with_spans(text, Vec::new())
    }

    /// The paragraph of `text` with its quoted spans already found.
    fn with_spans(text: &'a str, spans: Vec<Span>) -> Paragraph<'a> {
        // About one token per word or mark: news prose averages over four
        // bytes per token, so this rarely grows.
        let mut items = Vec::with_capacity(text.len() / 4 + spans.len());
        let mut quote_items = Vec::with_capacity(spans.len());
        let mut name_items = Vec::new();
        let mut at = 0;
        for (i, span) in spans.iter().enumerate() {
            let outside = &text[at..span.open];
            tokenize_with(outside, at, |t| push_token(&mut items, &mut name_items, t));
            quote_items.push(items.len());
            items.push(Item::Quote(i));
            at = span.end;
        }
        tokenize_with(&text[at..], at, |t| {
            push_token(&mut items, &mut name_items, t)
        });
        let sentences = split_sentences(&items, |i| {
            quote_ends_sentence(&text[spans[i].inner.clone()])
        });
        // Most paragraphs have no quote: nothing asks them about words
        // before one, and the count is not made.
        let mut words_before = Vec::new();
        if !spans.is_empty() {
            words_before.reserve(items.len() + 1);
            words_before.push(0);
            for item in &items {
                let last = words_before.last().copied().unwrap_or(0);
                words_before.push(last + usize::from(item.word().is_some()));
            }
        }
        Paragraph {
            text,
            spans,
            items,
            sentences,
            quote_items,
            name_items,
            words_before,
        }
    }

    /// The name words of `range` (a range of items), as `name_items`
    /// indices into `items`.
    pub fn name_items_in(&self, range: Range<usize>) -> &[usize] {
        let from = self.name_items.partition_point(|&i| i < range.start);
        let to = self.name_items.partition_point(|&i| i < range.end);
        &self.name_items[from..to.max(from)]
    }

    /// The quoted text of span `i`, as written.
    pub fn quoted(&self, i: usize) -> &'a str {
        &self.text[self.spans[i].inner.clone()]
    }

    /// The paragraph text from the start of item `range.start` to the end
    /// of item `range.end - 1`, as printed.
    pub fn text_of(&self, range: std::ops::Range<usize>) -> &'a str {
        let bounds = |item: &Item| match *item {
            Item::Token(t) => (t.start, t.start + t.text.len()),
            Item::Quote(q) => (self.spans[q].open, self.spans[q].end),
        };
        match (
            self.items.get(range.start),
            range.end.checked_sub(1).and_then(|e| self.items.get(e)),
        ) {
            (Some(first), Some(last)) if range.start < range.end => {
                &self.text[bounds(first).0..bounds(last).1]
            }
            _ => "",
        }
    }

    /// Index of the sentence holding item `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.end <= i)
    }

    /// True when items `from..to` hold no words (only punctuation or
    /// quotes).
    pub fn no_words_between(&self, from: usize, to: usize) -> bool {
        match (self.words_before.get(from), self.words_before.get(to)) {
            (Some(a), Some(b)) => a == b,
            // A paragraph without quotes keeps no counts: read the items.
            _ => self.items[from..to].iter().all(|it| it.word().is_none()),
        }
    }

    /// True for a short line without closing punctuation: a subheading
    /// ("Unleashing Claude on my Webpage"), whose capitals are title case,
    /// not names.
    pub fn looks_like_heading(&self) -> bool {
        if !self.spans.is_empty() {
            return false;
        }
        let text = self.text.trim();
        let closed = text.ends_with(['.', '!', '?', '…', ':', '"', '”', '’', '\'', ')']);
        // Asked of every paragraph: the words are counted only up to one
        // past the most a heading has.
        !closed && !more_words_than(text, HEADING_MAX_WORDS)
    }

    /// True when the paragraph has no words outside its quotes.
    pub fn only_quotes(&self) -> bool {
        !self.spans.is_empty() && self.items.iter().all(|it| it.word().is_none())
    }
}

/// Pushes token `t` as an item, and its index to `name_items` when it is
/// a name word.
fn push_token<'a>(items: &mut Vec<Item<'a>>, name_items: &mut Vec<usize>, t: Token<'a>) {
    if t.is_word && t.name {
        name_items.push(items.len());
    }
    items.push(Item::Token(t));
}

/// True when a quote's own text ends its sentence ("“…a fact.” He left").
/// A question or exclamation does not: “…?” Forte said is one sentence.
fn quote_ends_sentence(inner: &str) -> bool {
    inner.trim_end().ends_with(['.', '…'])
}

/// Splits items into sentences: after `.`, `?` or `!` and after a quote
/// that ends with one, unless a lowercase word follows ("…?” asked Pineda").
fn split_sentences(items: &[Item], quote_ends: impl Fn(usize) -> bool) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, item) in items.iter().enumerate() {
        let ends = match item {
            Item::Token(t) => !t.is_word && matches!(t.text, "." | "?" | "!" | "…"),
            Item::Quote(q) => quote_ends(*q),
        };
        // The next item is read only after an item that may end the
        // sentence, not after every word.
        let next_continues = || {
            items.get(i + 1).is_some_and(|n| {
                n.word().is_some_and(is_lowercase)
                    || n.punct().is_some_and(|p| p != "\"" && p != "“")
            })
        };
        if ends && !next_continues() {
            sentences.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < items.len() {
        sentences.push(start..items.len());
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A paragraph without an opening mark read by `unquoted` is the one
    /// `new` reads (`find` finds no span there): crafted texts, and
    /// pseudo-random ones over marks, closing marks and letters.
    #[test]
    fn unquoted_is_new_without_an_opening_mark() {
        let pieces = [
            "Lavrov", " said", ".", " ", "”", "»", "’", "—", "“", "\"", "«", "„", "é", ",", "Mr.",
        ];
        let mut texts: Vec<String> = vec![
            "He said it’s over — for now.”".into(),
            "Done.» Then ’tis”".into(),
            String::new(),
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..(seed % 12) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                t.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            texts.push(t);
        }
        let mut checked = 0;
        for t in texts.iter().filter(|t| !spans::has_opening_mark(t)) {
            let (a, b) = (Paragraph::new(t), Paragraph::unquoted(t));
            assert_eq!(a.spans, b.spans, "{t:?}");
            assert_eq!(a.items, b.items, "{t:?}");
            assert_eq!(a.sentences, b.sentences, "{t:?}");
            assert_eq!(a.quote_items, b.quote_items, "{t:?}");
            assert_eq!(a.name_items, b.name_items, "{t:?}");
            assert_eq!(a.words_before, b.words_before, "{t:?}");
            checked += 1;
        }
        assert!(checked > 500, "{checked}");
    }

    fn sentences(text: &str) -> Vec<String> {
        let p = Paragraph::new(text);
        p.sentences
            .iter()
            .map(|r| {
                p.items[r.clone()]
                    .iter()
                    .map(|it| match it {
                        Item::Token(t) => t.text.to_string(),
                        Item::Quote(q) => format!("Q({})", p.quoted(*q)),
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn splits_sentences_around_quotes() {
        for (text, want) in [
            ("“A,” he said. “B.”", vec!["Q(A,) he said .", "Q(B.)"]),
            ("“Is it?” asked Pineda.", vec!["Q(Is it?) asked Pineda ."]),
            ("“Is it?” Forte said.", vec!["Q(Is it?) Forte said ."]),
            (
                "Mr. Lavrov said so. He left.",
                vec!["Mr. Lavrov said so .", "He left ."],
            ),
            (
                "The source answered, \"Correct.\"",
                vec!["The source answered , Q(Correct.)"],
            ),
            ("“A fact.” He left", vec!["Q(A fact.)", "He left"]),
        ] {
            assert_eq!(sentences(text), want, "{text}");
        }
    }

    #[test]
    fn headings_are_short_unpunctuated_lines() {
        for (text, want) in [
            ("Unleashing Claude on my Webpage", true),
            ("How mindfulness may help", true),
            ("Lavrov said so.", false),
            ("“It is over,” he said", false),
            (
                "A very long line that goes on and on without any punctuation at all because it is a sentence",
                false,
            ),
        ] {
            assert_eq!(Paragraph::new(text).looks_like_heading(), want, "{text}");
        }
    }

    /// `split_sentences` before the next item was read lazily.
    fn split_sentences_plain(
        items: &[Item],
        quote_ends: impl Fn(usize) -> bool,
    ) -> Vec<Range<usize>> {
        let mut sentences = Vec::new();
        let mut start = 0;
        for (i, item) in items.iter().enumerate() {
            let ends = match item {
                Item::Token(t) => !t.is_word && matches!(t.text, "." | "?" | "!" | "…"),
                Item::Quote(q) => quote_ends(*q),
            };
            let next_continues = items.get(i + 1).is_some_and(|n| {
                n.word().is_some_and(is_lowercase)
                    || n.punct().is_some_and(|p| p != "\"" && p != "“")
            });
            if ends && !next_continues {
                sentences.push(start..i + 1);
                start = i + 1;
            }
        }
        if start < items.len() {
            sentences.push(start..items.len());
        }
        sentences
    }

    /// On random paragraphs: the sentences are those of the eager split,
    /// `quote_items` points at each quote's item, `no_words_between` with
    /// or without the kept counts is the count of words between, and a
    /// paragraph with a quote is never a heading.
    #[test]
    fn paragraph_bookkeeping_matches_the_items() {
        let pieces = [
            "He", "said", "Lavrov", " ", " ", ".", "?", "!", "…", ",", "“", "”", "\"", "it.",
            "Mr.", "U.S.", "é", "’", "—", "a", "",
        ];
        let mut rng = crate::test_rng::Rng::new(0x9A4A_6A9F);
        for _ in 0..5_000 {
            let n = rng.below(16);
            let text = rng.text(&pieces, n);
            let p = Paragraph::new(&text);
            let want = split_sentences_plain(&p.items, |i| {
                quote_ends_sentence(&text[p.spans[i].inner.clone()])
            });
            assert_eq!(p.sentences, want, "{text:?}");
            let quotes: Vec<usize> = (0..p.items.len())
                .filter(|&i| matches!(p.items[i], Item::Quote(_)))
                .collect();
            assert_eq!(p.quote_items, quotes, "{text:?}");
            let names: Vec<usize> = (0..p.items.len())
                .filter(|&i| p.items[i].is_name_word())
                .collect();
            assert_eq!(p.name_items, names, "{text:?}");
            for s in &p.sentences {
                let within: Vec<usize> = names.iter().copied().filter(|i| s.contains(i)).collect();
                assert_eq!(p.name_items_in(s.clone()), within, "{text:?}");
            }
            for (span, &qi) in p.quote_items.iter().enumerate() {
                assert_eq!(p.items[qi], Item::Quote(span), "{text:?}");
            }
            let plain = Paragraph {
                words_before: Vec::new(),
                ..Paragraph::new(&text)
            };
            for from in 0..=p.items.len() {
                for to in from..=p.items.len() {
                    let want = p.items[from..to].iter().all(|it| it.word().is_none());
                    assert_eq!(p.no_words_between(from, to), want, "{text:?}");
                    assert_eq!(plain.no_words_between(from, to), want, "{text:?}");
                }
            }
            if !p.spans.is_empty() {
                assert!(!p.looks_like_heading(), "{text:?}");
            }
        }
    }

    #[test]
    fn only_quotes_means_no_words_outside() {
        assert!(Paragraph::new("“All of it.”").only_quotes());
        assert!(!Paragraph::new("“All,” he said.").only_quotes());
        assert!(!Paragraph::new("Nothing quoted.").only_quotes());
    }
}
