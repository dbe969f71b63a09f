//! Quotes across the archive (issue 8: "who said what, where"): every
//! quote of a set of articles, with the article it comes from, filtered by
//! speaker. Which articles to look at is the caller's choice (all, or those
//! matching a search), so a search index can supply them later without
//! changing this module.

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::article::{Article, ArticleId, Quote};
use crate::parse::quotes::{Explanation, extract_explained};

/// One quote with where it was published: a line of `newsarc quotes`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteLine {
    pub text: String,
    pub speaker: Option<String>,
    pub id: ArticleId,
    pub published: Option<String>,
    pub headline: Option<String>,
    /// Why the quote has its speaker, when asked for (see [`Explain`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<Why>,
}

/// Whether to explain each quote's speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Explain {
    No,
    Yes,
}

/// The explanation of a stored quote. It is worked out again from the
/// stored body (the extractor is pure), so it is only available while the
/// current extractor still finds the same quote with the same speaker.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Why {
    Explained(Explanation),
    /// The stored quote differs from what this version finds: it was
    /// extracted by another version of newsarc (`reparse` updates it).
    Stale {
        stale: bool,
    },
}

/// A speaker to look for: matches a speaker whose name contains every word
/// of it, ignoring case, accents and apostrophes ("lavrov" and "Sergey
/// Lavrov" both match "Sergey Lavrov"; "lavrov sergey" too).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerFilter {
    words: Vec<String>,
}

impl SpeakerFilter {
    /// `None` when `name` has no words.
    pub fn parse(name: &str) -> Option<SpeakerFilter> {
        let words = name_words(name);
        (!words.is_empty()).then_some(SpeakerFilter { words })
    }

    /// True when `speaker` contains every word of the filter.
    pub fn matches(&self, speaker: &str) -> bool {
        let have = name_words(speaker);
        self.words.iter().all(|w| have.contains(w))
    }
}

/// Lowercase words without accents or apostrophes: "O’Brien" → "obrien".
fn name_words(s: &str) -> Vec<String> {
    let folded: String = s
        .nfd()
        .filter(|c| !is_combining_mark(*c) && !matches!(c, '\'' | '’'))
        .flat_map(char::to_lowercase)
        .collect();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The quotes of `articles`, newest article first (published, else
/// imported; ties by id) and in article order within one, keeping only
/// those whose speaker matches `speaker` when one is given.
pub fn quote_lines(
    mut articles: Vec<Article>,
    speaker: Option<&SpeakerFilter>,
    explain: Explain,
) -> Vec<QuoteLine> {
    articles.sort_by(|a, b| {
        b.sort_date()
            .cmp(a.sort_date())
            .then_with(|| a.id.cmp(&b.id))
    });
    let mut lines = Vec::new();
    for article in articles {
        let mut explained: Vec<Option<(Quote, Explanation)>> = match explain {
            Explain::Yes => extract_explained(&article.body)
                .into_iter()
                .map(Some)
                .collect(),
            Explain::No => Vec::new(),
        };
        let mut next = 0;
        for quote in &article.quotes {
            let why = (explain == Explain::Yes).then(|| why(quote, &mut explained, &mut next));
            let wanted = match (speaker, &quote.speaker) {
                (None, _) => true,
                (Some(filter), Some(name)) => filter.matches(name),
                (Some(_), None) => false,
            };
            if wanted {
                lines.push(QuoteLine {
                    text: quote.text.clone(),
                    speaker: quote.speaker.clone(),
                    id: article.id.clone(),
                    published: article.published.clone(),
                    headline: article.headline.clone(),
                    why,
                });
            }
        }
    }
    lines
}

/// The explanation of `quote` among those worked out again from its
/// article's body. They normally come in the same order as the stored
/// quotes, so the search starts at `next`; each is used once.
fn why(quote: &Quote, explained: &mut [Option<(Quote, Explanation)>], next: &mut usize) -> Why {
    let matches =
        |slot: &Option<(Quote, Explanation)>| slot.as_ref().is_some_and(|(q, _)| q == quote);
    let found = (*next..explained.len())
        .chain(0..*next)
        .find(|&i| matches(&explained[i]));
    match found.and_then(|i| {
        *next = i + 1;
        explained[i].take()
    }) {
        Some((_, explanation)) => Why::Explained(explanation),
        None => Why::Stale { stale: true },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Format, Quote, SourceInfo, sha256_hex};

    fn article(seed: &str, published: Option<&str>, quotes: &[(&str, Option<&str>)]) -> Article {
        let mut a = Article::new(SourceInfo {
            location: seed.into(),
            format: Format::Text,
            sha256: sha256_hex(seed.as_bytes()),
            imported_at: "2026-01-01T00:00:00Z".into(),
        });
        a.published = published.map(str::to_string);
        a.quotes = quotes
            .iter()
            .map(|(t, s)| Quote {
                text: t.to_string(),
                speaker: s.map(str::to_string),
            })
            .collect();
        a
    }

    #[test]
    fn speaker_filter_ignores_case_accents_and_order() {
        for (filter, speaker, want) in [
            ("lavrov", "Sergey Lavrov", true),
            ("LAVROV sergey", "Sergey Lavrov", true),
            ("sergei lavrov", "Sergey Lavrov", false),
            ("obrien", "Conan O’Brien", true),
            ("jose", "José Mujica", true),
            ("kerry", "Sergey Lavrov", false),
        ] {
            let f = SpeakerFilter::parse(filter).expect("has words");
            assert_eq!(f.matches(speaker), want, "{filter} / {speaker}");
        }
        assert_eq!(SpeakerFilter::parse(" - "), None);
    }

    #[test]
    fn lines_come_newest_first_in_article_order() {
        let old = article(
            "a",
            Some("2016-12-03"),
            &[("one", Some("A")), ("two", None)],
        );
        let new = article("b", Some("2020-01-01"), &[("three", Some("B"))]);
        let texts =
            |lines: Vec<QuoteLine>| -> Vec<String> { lines.into_iter().map(|l| l.text).collect() };
        assert_eq!(
            texts(quote_lines(
                vec![old.clone(), new.clone()],
                None,
                Explain::No
            )),
            ["three", "one", "two"]
        );
        let only_a = SpeakerFilter::parse("a").expect("has words");
        assert_eq!(
            texts(quote_lines(vec![old, new], Some(&only_a), Explain::No)),
            ["one"]
        );
    }

    #[test]
    fn explanations_are_worked_out_from_the_body_or_marked_stale() {
        let mut a = article(
            "a",
            None,
            &[("We go", Some("Sergey Lavrov")), ("Gone", None)],
        );
        a.body = vec![
            "Sergey Lavrov spoke.".into(),
            "“We go,” Lavrov said.".into(),
        ];
        let lines = quote_lines(vec![a], None, Explain::Yes);
        let Some(Why::Explained(why)) = &lines[0].why else {
            panic!("first quote is explained: {:?}", lines[0].why);
        };
        assert_eq!(why.evidence.as_deref(), Some("Lavrov said"));
        assert_eq!(lines[1].why, Some(Why::Stale { stale: true }));
    }
}
