//! What the raw-text extractor left out, and why: every block no field
//! took, with the plainest reason its features give (a boilerplate phrase,
//! a comment, a menu, a repeat, its place outside the article, else its
//! low score). The classifier weighs all features together; the reason
//! named is the one a reader can check by looking at the block.

use super::blocks::{self, Block, Unread};
use super::features::index::{AFTER_SECTION_END, COMMENT_MARKS_NEAR, MENU_SEPARATORS};
use super::features::{self, Page};
use super::meta::Role;
use crate::article::{Dropped, Provenance};
use crate::parse::provenance::{self, Rule};
use crate::parse::rules;

/// Records the blocks with no role in `provenance.dropped` (the nearest
/// to the article first, up to the cap) and counts the rest.
pub fn record(
    blocks: &[Block],
    page: &Page,
    p: &[f32],
    roles: &[Role],
    provenance: &mut Provenance,
) {
    let used = |r: &Role| {
        !matches!(
            r,
            Role::Other | Role::SetApart | Role::Furniture | Role::Label
        )
    };
    let first = roles.iter().position(used);
    let last = roles.iter().rposition(used);
    let body_first = roles.iter().position(|r| *r == Role::Body);
    let body_last = roles.iter().rposition(|r| *r == Role::Body);
    // Sized for every block: collected through the filter, the vector grew
    // a few times a page.
    let mut candidates = Vec::with_capacity(blocks.len());
    candidates.extend(
        (0..blocks.len())
            .filter(|&i| !used(&roles[i]))
            .map(|i| (distance(i, first, last), i)),
    );
    let (listed, omitted) = provenance::nearest_dropped(candidates);
    provenance.dropped = listed
        .into_iter()
        .map(|i| {
            let inside = matches!((body_first, body_last), (Some(a), Some(b)) if a < i && i < b);
            let (rule, evidence) = match roles[i] {
                Role::SetApart => (Rule::SetApartUnderStandfirst, None),
                Role::Furniture => (Rule::ArticleFurnitureLine, None),
                Role::Label => (Rule::LabelOverHeadline, None),
                _ => reason(&blocks[i], page, p[i], i, inside),
            };
            Dropped {
                text: provenance::clip(&blocks[i].text),
                reason: rule.id().to_string(),
                from: Some(provenance::lines(blocks[i].line, blocks[i].lines)),
                evidence,
            }
        })
        .collect();
    provenance.dropped_omitted = omitted;
}

/// Blocks between block `i` and the used range `first..=last`.
fn distance(i: usize, first: Option<usize>, last: Option<usize>) -> usize {
    match (first, last) {
        (Some(a), Some(_)) if i < a => a - i,
        (Some(_), Some(b)) if i > b => i - b,
        _ => 0,
    }
}

/// Why block `i` (with body probability `p`) was left out; `inside` when
/// it stands between two body blocks.
fn reason(block: &Block, page: &Page, p: f32, i: usize, inside: bool) -> (Rule, Option<String>) {
    if let Some(unread) = blocks::unread(&block.text) {
        let rule = match unread {
            Unread::FormOrFrame => Rule::FormOrFrameLine,
            Unread::Nothing => Rule::PrintsNothing,
            Unread::ImageName => Rule::ImageFileName,
        };
        return (rule, None);
    }
    let v = &page.vectors[i];
    let on = |feature: usize| v[feature] > 0.0;
    // The features searched most blocks for a phrase already: a block
    // they found none in is not searched again.
    if page.known_boilerplate(i) != Some(false)
        && let Some(phrase) = boilerplate_phrase(&block.text, page.lower(i))
    {
        return (Rule::BoilerplatePhrase, Some(phrase.to_string()));
    }
    // A consent notice's probability was set to 0 (`extract`): others
    // are not searched again.
    if p == 0.0
        && let Some(phrase) = features::consent_phrase(page.lower(i))
    {
        return (Rule::BoilerplatePhrase, Some(phrase.to_string()));
    }
    if on(COMMENT_MARKS_NEAR) {
        return (Rule::CommentMarks, None);
    }
    if on(AFTER_SECTION_END) {
        return (Rule::AfterArticleEnd, None);
    }
    if page.repeats[i] > 1 {
        return (
            Rule::RepeatedOnPage,
            Some(format!("{} times", page.repeats[i])),
        );
    }
    if let Some(j) = page.repeated_by[i] {
        return (
            Rule::RepeatedOnPage,
            Some(format!("said again {} blocks below", j - i)),
        );
    }
    if v[MENU_SEPARATORS] >= rules::MENU_SEPARATOR_SHARE {
        return (Rule::MenuLine, None);
    }
    if inside {
        return (Rule::LowBodyScore, Some(format!("body probability {p:.2}")));
    }
    (Rule::OutsideArticle, None)
}

/// The first page-furniture phrase in `text`, if any (matched lowercase,
/// like the classifier's boilerplate feature); `lower` is `text`
/// lowercased.
fn boilerplate_phrase(text: &str, lower: &str) -> Option<&'static str> {
    // More words than the cap: only those up to one past it are read.
    if text
        .split_whitespace()
        .nth(rules::DROPPED_BOILERPLATE_MAX_WORDS)
        .is_some()
    {
        return None;
    }
    // One automaton pass rules out most blocks before the phrase-by-phrase search.
    if !features::is_boilerplate(lower) {
        return None;
    }
    rules::BOILERPLATE_PHRASES
        .iter()
        .copied()
        .find(|phrase| lower.contains(phrase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::text::{blocks, classify, features, meta, model};

    #[test]
    fn boilerplate_phrases_are_named() {
        for (text, want) in [
            ("Leave a Reply", Some("leave a reply")),
            (
                "Your email address will not be published.",
                Some("your email address"),
            ),
            ("Share this: Twitter Facebook", Some("share this")),
            ("Moscow said on Monday it would talk.", None),
        ] {
            assert_eq!(
                boilerplate_phrase(text, &text.to_lowercase()),
                want,
                "{text}"
            );
        }
        let long = format!("{} cookie", "word ".repeat(60));
        assert_eq!(boilerplate_phrase(&long, &long), None);
    }

    /// The features' boilerplate answer, where they give one, is the
    /// search's.
    #[test]
    fn known_features_are_the_searched_ones() {
        let long = "word ".repeat(39);
        let dump = format!(
            "Leave a Reply\n\nCOOKIE settings\n\n{long}cookie\n\n{long}more cookie\n\n{long}more words here\n\nNo phrase in this one\n\nSubscribe to our newsletter\n\nПодписаться cookie\n\n{long}{long}\n"
        );
        let blocks = blocks::split(&dump);
        let page = features::page(&blocks);
        let mut known = 0;
        for i in 0..blocks.len() {
            if let Some(found) = page.known_boilerplate(i) {
                known += 1;
                assert_eq!(found, features::is_boilerplate(page.lower(i)), "{i}");
            }
        }
        assert!(
            known >= 6 && known < blocks.len(),
            "{known} of {}",
            blocks.len()
        );
    }

    #[test]
    fn distance_counts_blocks_to_the_used_range() {
        for (i, want) in [(0, 3), (3, 0), (5, 0), (7, 0), (9, 2)] {
            assert_eq!(distance(i, Some(3), Some(7)), want, "{i}");
        }
        assert_eq!(distance(4, None, None), 0);
    }

    #[test]
    fn every_unused_block_is_accounted_for() {
        let paragraph = "The minister said on Monday that the talks would go on for as long as they were needed, and that both sides had agreed.";
        let dump = format!(
            "Home | News | Sport\n\nTalks go on in Geneva\n\n{paragraph}\n\n{paragraph} Again.\n\nLeave a Reply\n\nYour email address will not be published.\n"
        );
        let blocks = blocks::split(&dump);
        let page = features::page(&blocks);
        let p = classify::probabilities(&page.vectors, &model::MODEL);
        let keep = classify::select(&p, &page, &model::MODEL);
        let mut article = crate::article::Article::new(crate::article::SourceInfo {
            location: "t".into(),
            format: crate::article::Format::Text,
            sha256: "0".repeat(64),
            imported_at: "2026-01-01T00:00:00Z".into(),
        });
        let roles = meta::fill(&dump, &blocks, &page, &p, &keep, &mut article);
        let mut prov = Provenance::default();
        record(&blocks, &page, &p, &roles, &mut prov);
        let unused = roles
            .iter()
            .filter(|r| {
                matches!(
                    r,
                    Role::Other | Role::SetApart | Role::Furniture | Role::Label
                )
            })
            .count();
        assert_eq!(prov.dropped.len(), unused);
        let reply = prov.dropped.iter().find(|d| d.text == "Leave a Reply");
        assert_eq!(
            reply.map(|d| (d.reason.as_str(), d.evidence.as_deref())),
            Some(("boilerplate_phrase", Some("leave a reply")))
        );
    }
}
