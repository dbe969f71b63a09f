//! Search snippets: the passage of an article's text that best shows why it
//! matched, with the matched words marked.
//!
//! A passage is at most [`SNIPPET_CHARS`] long and scored like tantivy's
//! snippet generator scores fragments: the sum of the weights of the
//! matched words in it (rarer terms weigh more). Unlike that generator,
//! paragraphs are read one at a time and the search stops at the first
//! passage holding every term, so the common case (a common word, a phrase)
//! tokenizes a paragraph or two, not the whole article. Only words that
//! could stem to a query term ([`tokenizer::may_stem_to`]) are stemmed, one
//! cache serving every hit of a search.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use tantivy::tokenizer::{TextAnalyzer, TokenStream};

use super::tokenizer::{self, StemCache};

/// Characters of text around the matches shown in a search snippet: about
/// two lines of a terminal.
pub const SNIPPET_CHARS: usize = 160;

/// Cuts snippets and marks matches for the terms of one query.
pub struct Snippets {
    /// Stemmed term → weight.
    terms: BTreeMap<String, f32>,
    /// Words folded as the index folds them, before stemming.
    words: TextAnalyzer,
    stems: StemCache,
}

/// The best passage found so far.
struct Passage {
    range: Range<usize>,
    highlights: Vec<(usize, usize)>,
    score: f32,
    /// How many distinct terms it holds.
    distinct: usize,
}

impl Snippets {
    /// `terms`: stemmed terms with their weights.
    pub fn new(terms: BTreeMap<String, f32>) -> Snippets {
        Snippets {
            terms,
            words: tokenizer::folded(),
            stems: StemCache::default(),
        }
    }

    /// The best passage of `text` (paragraphs one a line), with `…` where
    /// it was cut and the byte ranges of the matches in it. Without a
    /// match, the beginning of the text.
    pub fn cut(&mut self, text: &str) -> (String, Vec<(usize, usize)>) {
        let (mut range, mut highlights) = match self.best(text) {
            Some(p) => (p.range, p.highlights),
            None => (0..beginning(text), Vec::new()),
        };
        // Up to the end when only punctuation is left ("…Aleppo." not "…Aleppo…").
        if !text[range.end..].chars().any(char::is_alphanumeric) {
            range.end = text.len();
        }
        let mut out = String::new();
        for h in &mut highlights {
            h.0 -= range.start;
            h.1 -= range.start;
        }
        if range.start > 0 {
            out.push('…');
            for h in &mut highlights {
                h.0 += '…'.len_utf8();
                h.1 += '…'.len_utf8();
            }
        }
        out.push_str(&text[range.clone()].replace('\n', " "));
        if range.end < text.len() {
            out.push('…');
        }
        (out, highlights)
    }

    /// Byte ranges of the words of `text` whose stemmed term is a query term.
    pub fn highlight(&mut self, text: &str) -> Vec<(usize, usize)> {
        let mut stream = self.words.token_stream(text);
        let mut out = Vec::new();
        while let Some(token) = stream.next() {
            if matched(&self.terms, &mut self.stems, &token.text).is_some() {
                out.push((token.offset_from, token.offset_to));
            }
        }
        out
    }

    /// The highest-scoring passage, the earliest among equals; the first
    /// one that holds every term ends the search.
    fn best(&mut self, text: &str) -> Option<Passage> {
        let mut best: Option<Passage> = None;
        let mut at = 0;
        for paragraph in text.split('\n') {
            for passage in self.passages(paragraph, at) {
                let complete = passage.distinct == self.terms.len();
                if best.as_ref().is_none_or(|b| passage.score > b.score) {
                    best = Some(passage);
                }
                if complete {
                    return best;
                }
            }
            at += paragraph.len() + 1;
        }
        best
    }

    /// The passages of one paragraph (starting at byte `at` of the text)
    /// holding a match: tokens are grouped from left to right into runs of
    /// at most [`SNIPPET_CHARS`], as tantivy does.
    fn passages(&mut self, paragraph: &str, at: usize) -> Vec<Passage> {
        let mut out = Vec::new();
        let mut current = Passage::at(0);
        let mut seen = BTreeSet::new();
        let mut stream = self.words.token_stream(paragraph);
        while let Some(token) = stream.next() {
            if token.offset_to - current.range.start > SNIPPET_CHARS {
                let next = Passage::at(token.offset_from);
                let done = std::mem::replace(&mut current, next);
                if done.score > 0.0 {
                    out.push(done);
                }
                seen.clear();
            }
            current.range.end = token.offset_to;
            if let Some((term, weight)) = matched(&self.terms, &mut self.stems, &token.text) {
                current.score += weight;
                current
                    .highlights
                    .push((token.offset_from, token.offset_to));
                if seen.insert(term) {
                    current.distinct += 1;
                }
            }
        }
        if current.score > 0.0 {
            out.push(current);
        }
        for p in &mut out {
            p.range = p.range.start + at..p.range.end + at;
            for h in &mut p.highlights {
                h.0 += at;
                h.1 += at;
            }
        }
        out
    }
}

/// The query term a folded `word` stems to, with its weight.
fn matched<'t>(
    terms: &'t BTreeMap<String, f32>,
    stems: &mut StemCache,
    word: &str,
) -> Option<(&'t str, f32)> {
    if !terms.keys().any(|t| tokenizer::may_stem_to(word, t)) {
        return None;
    }
    let (term, weight) = terms.get_key_value(stems.stem(word))?;
    Some((term.as_str(), *weight))
}

impl Passage {
    fn at(start: usize) -> Passage {
        Passage {
            range: start..start,
            highlights: Vec::new(),
            score: 0.0,
            distinct: 0,
        }
    }
}

/// Where a snippet of the text's beginning ends: at a space before
/// [`SNIPPET_CHARS`], or the end of a shorter text.
fn beginning(text: &str) -> usize {
    if text.len() <= SNIPPET_CHARS {
        return text.len();
    }
    let mut end = SNIPPET_CHARS;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].rfind(' ').unwrap_or(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snippets(terms: &[(&str, f32)]) -> Snippets {
        Snippets::new(terms.iter().map(|(t, w)| (t.to_string(), *w)).collect())
    }

    #[test]
    fn matches_are_marked_and_ellipses_only_where_cut() {
        let mut s = snippets(&[("aleppo", 1.0)]);
        let (text, h) = s.cut("Talks on Aleppo.");
        assert_eq!(text, "Talks on Aleppo.");
        assert_eq!(&text[h[0].0..h[0].1], "Aleppo");
        let long = format!(
            "{} Aleppo’s fate {}",
            "word ".repeat(60),
            "more ".repeat(60)
        );
        let (text, h) = s.cut(&long);
        assert!(text.starts_with('…') && text.ends_with('…'), "{text}");
        assert_eq!(&text[h[0].0..h[0].1], "Aleppo’s");
        let (text, h) = s.cut("No match here.");
        assert_eq!((text.as_str(), h.len()), ("No match here.", 0));
    }

    #[test]
    fn the_passage_holding_every_term_wins_across_paragraphs() {
        let mut s = snippets(&[("milit", 0.5), ("withdraw", 0.5)]);
        let text = "A militant spoke.\nThe talks went on.\nMilitant withdrawal began.";
        let (snippet, h) = s.cut(text);
        assert_eq!(snippet, "…Militant withdrawal began.");
        let marked: Vec<&str> = h.iter().map(|r| &snippet[r.0..r.1]).collect();
        assert_eq!(marked, ["Militant", "withdrawal"]);
    }

    #[test]
    fn rarer_terms_pick_the_passage() {
        let mut s = snippets(&[("talk", 0.1), ("aleppo", 0.9)]);
        let (snippet, _) = s.cut("Talks and talks.\nOn Aleppo.");
        assert_eq!(snippet, "…On Aleppo.");
    }

    #[test]
    fn headline_words_are_marked_by_stem() {
        let mut s = snippets(&[("withdraw", 1.0)]);
        let text = "Militants withdrawing";
        let marked: Vec<&str> = s.highlight(text).iter().map(|r| &text[r.0..r.1]).collect();
        assert_eq!(marked, ["withdrawing"]);
    }
}
