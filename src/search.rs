//! Full-text search over articles. This version scans: every query word must
//! appear (case-insensitively, as a whole word) in the headline or body, and
//! hits are ranked by how often and where the words appear.

use serde::Serialize;

use crate::article::{Article, ArticleId};

/// Weight of a headline occurrence relative to one in the body: a word in
/// the headline says far more about what the article is about.
const HEADLINE_WEIGHT: f64 = 5.0;

/// Characters of context kept around the first match in a snippet.
const SNIPPET_CONTEXT: usize = 80;

/// One search result.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: ArticleId,
    pub headline: Option<String>,
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub score: f64,
    pub snippet: String,
    /// Byte ranges `[start, end)` of the matched words in `snippet`.
    pub highlights: Vec<(usize, usize)>,
}

/// A parsed query: the lowercase words that must all appear.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    /// Splits the query into words; `None` when it has none.
    pub fn parse(text: &str) -> Option<Query> {
        let terms: Vec<String> = words(text).map(|(_, w)| w.to_lowercase()).collect();
        (!terms.is_empty()).then_some(Query { terms })
    }
}

/// Words of `text` with their byte offsets: runs of alphanumeric characters.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

fn is_term(word: &str, terms: &[String]) -> bool {
    terms.iter().any(|t| word.to_lowercase() == *t)
}

fn count(text: &str, term: &str) -> usize {
    words(text)
        .filter(|(_, w)| w.to_lowercase() == term)
        .count()
}

/// Scores one article, or `None` when a query word is missing from it.
fn score(article: &Article, query: &Query) -> Option<f64> {
    let headline = article.headline.as_deref().unwrap_or("");
    let mut total = 0.0;
    for term in &query.terms {
        let in_headline = count(headline, term) as f64;
        let in_body: usize = article.body.iter().map(|p| count(p, term)).sum();
        let tf = HEADLINE_WEIGHT * in_headline + in_body as f64;
        if tf == 0.0 {
            return None;
        }
        total += 1.0 + tf.ln();
    }
    Some(total)
}

/// The best-ranked `limit` articles matching `query`, best first; ties go
/// to the newer article.
pub fn search(articles: impl Iterator<Item = Article>, query: &Query, limit: usize) -> Vec<Hit> {
    let mut scored: Vec<(f64, Article)> = articles
        .filter_map(|a| score(&a, query).map(|s| (s, a)))
        .collect();
    scored.sort_by(|(sa, a), (sb, b)| {
        sb.total_cmp(sa)
            .then_with(|| b.sort_date().cmp(a.sort_date()))
    });
    scored.truncate(limit);
    scored.into_iter().map(|(s, a)| hit(a, s, query)).collect()
}

fn hit(article: Article, score: f64, query: &Query) -> Hit {
    let (snippet, highlights) = snippet(&article, query);
    Hit {
        id: article.id,
        headline: article.headline,
        published: article.published,
        authors: article.authors.into_iter().map(|a| a.name).collect(),
        score,
        snippet,
        highlights,
    }
}

/// A window of the first body paragraph that contains a query word (else
/// the standfirst or first paragraph), with the matches marked.
fn snippet(article: &Article, query: &Query) -> (String, Vec<(usize, usize)>) {
    let paragraphs = || article.standfirst.iter().chain(article.body.iter());
    let found = paragraphs().find_map(|p| {
        words(p)
            .find(|(_, w)| is_term(w, &query.terms))
            .map(|(at, _)| (p, at))
    });
    let Some((text, at)) = found.or_else(|| paragraphs().next().map(|p| (p, 0))) else {
        return (String::new(), Vec::new());
    };
    let start = floor_char_boundary(text, at.saturating_sub(SNIPPET_CONTEXT));
    let end = floor_char_boundary(text, (at + 2 * SNIPPET_CONTEXT).min(text.len()));
    let window = &text[start..end];
    // Start and end on word boundaries so the snippet reads cleanly.
    let window = if start > 0 {
        window.split_once(' ').map_or(window, |(_, r)| r)
    } else {
        window
    };
    let window = if end < text.len() {
        window.rsplit_once(' ').map_or(window, |(l, _)| l)
    } else {
        window
    };
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < text.len() { "…" } else { "" };
    let snippet = format!("{prefix}{window}{suffix}");
    let highlights = words(&snippet)
        .filter(|(_, w)| is_term(w, &query.terms))
        .map(|(at, w)| (at, at + w.len()))
        .collect();
    (snippet, highlights)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Format, SourceInfo};

    fn article(seed: &str, headline: &str, body: &[&str]) -> Article {
        let mut a = Article::new(SourceInfo {
            location: seed.into(),
            format: Format::Text,
            sha256: crate::article::sha256_hex(seed.as_bytes()),
            imported_at: "2026-01-01T00:00:00Z".into(),
        });
        a.headline = Some(headline.into());
        a.body = body.iter().map(|s| s.to_string()).collect();
        a
    }

    #[test]
    fn all_words_must_match_case_insensitively() {
        let a = article("a", "Talks on Aleppo", &["Russia and the US met."]);
        let q = |s| Query::parse(s).unwrap();
        assert_eq!(
            search([a.clone()].into_iter(), &q("ALEPPO russia"), 10).len(),
            1
        );
        assert!(search([a.clone()].into_iter(), &q("aleppo paris"), 10).is_empty());
        assert!(
            search([a].into_iter(), &q("alep"), 10).is_empty(),
            "whole words only"
        );
    }

    #[test]
    fn headline_matches_rank_first() {
        let body_only = article("a", "Talks", &["Aleppo, Aleppo."]);
        let headline = article("b", "Aleppo talks", &["Talks went on."]);
        let hits = search(
            [body_only, headline.clone()].into_iter(),
            &Query::parse("aleppo").unwrap(),
            10,
        );
        assert_eq!(hits[0].id, headline.id);
    }

    #[test]
    fn snippet_marks_matches_and_respects_char_boundaries() {
        let long = format!(
            "{} Аleppo’s fate: aleppo {}",
            "слово ".repeat(40),
            "ещё ".repeat(40)
        );
        let a = article("a", "Talks", &[&long]);
        let hit = &search([a].into_iter(), &Query::parse("aleppo").unwrap(), 1)[0];
        assert!(hit.snippet.starts_with('…') && hit.snippet.ends_with('…'));
        for &(s, e) in &hit.highlights {
            assert_eq!(hit.snippet[s..e].to_lowercase(), "aleppo");
        }
        assert!(!hit.highlights.is_empty());
    }

    #[test]
    fn empty_query_is_none() {
        assert!(Query::parse(" -- ").is_none());
    }
}
