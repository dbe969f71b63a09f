//! The fields around the body: headline, standfirst, byline and authors,
//! publication date, dateline, captions, author bio and related teasers.
//! Each is found near the body the classifier picked, by small named rules;
//! each rule that fills a field records itself in the article's provenance,
//! with the dump lines it read.
//!
//! This file holds [`fill`], the order in which the fields are filled (each
//! rule reads the roles the earlier ones gave), and the few helpers every
//! part uses to record a field. The parts, one idea each:
//!
//! - `header`: where the article text starts and where its header (the
//!   byline or date lines above it) stands: the window the headline is
//!   looked for in.
//! - `headline`: the headline ranker's inputs and features, and the pick.
//! - `shapes`: what a line looks like (a name, a title, a sentence, a
//!   breadcrumb, a credit …): pure tests of its text, shared by the parts.
//! - `authors`: the byline and its authors, the author box and the bio.
//! - `published`: the publication date.
//! - `small_fields`: standfirst, captions and dateline.
//! - `related`: related teasers, their titles and labels.
//! - `words`: the bounded word count the rules ask of every block.

mod authors;
mod header;
mod headline;
mod published;
mod related;
mod shapes;
mod small_fields;
#[cfg(test)]
mod testing;
mod words;

use super::blocks::Block;
use super::features::Page;
use crate::article::{Article, Author};
use crate::parse::provenance::{self, Rule};
use crate::parse::rules;

use authors::{find_bio, find_byline};
use headline::{find_headline, without_label_prefix, without_label_suffix};
use published::find_date;
use related::find_related;
use shapes::is_wiki_site_line;
use small_fields::{find_captions, find_dateline, find_standfirst};
use words::WordCounts;

pub use header::text_start;
pub use headline::{HEADLINE_COUNT, HEADLINE_NAMES, HeadlineInputs};

/// What became of each block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Body,
    Headline,
    Standfirst,
    Byline,
    Date,
    Caption,
    Bio,
    Related,
    /// Set apart under the standfirst like a caption, but not one: left
    /// out of the article, with its own reason.
    SetApart,
    Other,
}

/// Fills `article` from the classified blocks, recording the rule behind
/// each field; returns what became of each block.
pub fn fill(
    doc: &str,
    blocks: &[Block],
    page: &Page,
    p: &[f32],
    keep: &[bool],
    article: &mut Article,
) -> Vec<Role> {
    let mut roles: Vec<Role> = keep
        .iter()
        .map(|&k| if k { Role::Body } else { Role::Other })
        .collect();
    let first_body = roles.iter().position(|r| *r == Role::Body);
    let text_start = text_start(blocks, page, keep);
    let (found, bylines) = find_headline(blocks, page, p, text_start, doc);
    let headline = found.map(|(h, _)| h);
    if let Some((h, rule)) = found {
        roles[h] = Role::Headline;
        article.headline =
            Some(without_label_prefix(without_label_suffix(&blocks[h].text)).to_string());
        note(article, "headline", rule, &blocks[h]);
        // A wiki's site line under the title ("From Wikipedia, the free
        // encyclopedia") is the page's furniture, not its text.
        if roles.get(h + 1) == Some(&Role::Body) && is_wiki_site_line(&blocks[h + 1].text) {
            roles[h + 1] = Role::Other;
        }
    }
    let body_rule = if first_body.is_some() {
        Rule::BodyClassifier
    } else {
        // A short note the classifier found no article in (nothing looks
        // like a page dump): every block but the headline and boilerplate.
        for (i, role) in roles.iter_mut().enumerate() {
            if *role == Role::Other && page.vectors[i][10] < 0.5 {
                *role = Role::Body;
            }
        }
        Rule::BodyAllButBoilerplate
    };
    let start = headline.or(first_body).unwrap_or(0);
    // Word counts shared by the byline, date and caption rules.
    let words = WordCounts::new(page);
    let byline_date = find_byline(
        blocks, page, &words, &bylines, &mut roles, start, text_start, article,
    );
    find_date(blocks, page, &words, &mut roles, start, text_start, article);
    if article.published.is_none()
        && let Some((i, d)) = byline_date
    {
        set_published(article, d, Rule::PublishedInByline, &blocks[i]);
    }
    find_standfirst(blocks, &mut roles, headline, article);
    find_captions(blocks, page, &words, &mut roles, article);
    find_bio(blocks, &mut roles, article);
    find_related(blocks, page, &mut roles, article);
    let body: Vec<&Block> = blocks
        .iter()
        .zip(&roles)
        .filter(|(_, r)| **r == Role::Body)
        .map(|(b, _)| b)
        .collect();
    article.body = body.iter().map(|b| b.text.clone()).collect();
    if let (Some(first), Some(last)) = (body.first(), body.last()) {
        let span = provenance::lines(first.line, last.line + last.lines - first.line);
        article.provenance.set("body", body_rule.at(Some(span)));
        find_dateline(article, first);
    }
    roles
}

/// Records that `rule` filled a value of `field` from `block`.
fn note(article: &mut Article, field: &str, rule: Rule, block: &Block) {
    article.provenance.add(field, rule.at(Some(at(block))));
}

/// Takes `value` as the article's publication date, recording that `rule`
/// found it in `block`.
fn set_published(article: &mut Article, value: String, rule: Rule, block: &Block) {
    note(article, "published", rule, block);
    article.published = Some(value);
}

/// Marks block `i` as the date line unless it already has a role (a
/// byline or body text that holds the date stays what it is).
fn mark_date_line(roles: &mut [Role], i: usize) {
    if roles[i] == Role::Other {
        roles[i] = Role::Date;
    }
}

/// Takes `text` as the article's byline and `names` as its authors,
/// recording that `rule` found them in `block`.
fn set_byline(article: &mut Article, text: String, names: &[String], rule: Rule, block: &Block) {
    article.byline = Some(text);
    article.authors = names
        .iter()
        .map(|name| Author {
            name: name.clone(),
            bio: None,
        })
        .collect();
    note(article, "byline", rule, block);
    for _ in names {
        note(article, "authors", Rule::AuthorsFromByline, block);
    }
}

/// Where `block` stands in the dump: `line 12` or `lines 12-14`.
fn at(block: &Block) -> String {
    provenance::lines(block.line, block.lines)
}

/// The last few body blocks and the blocks just after them: where
/// "Written by" lines, bios and teasers stand.
fn tail_range(roles: &[Role]) -> std::ops::Range<usize> {
    let end = roles
        .iter()
        .rposition(|r| *r == Role::Body)
        .map_or(roles.len(), |i| i + 1);
    end.saturating_sub(rules::TAIL_BODY_BLOCKS)..(end + rules::TAIL_WINDOW).min(roles.len())
}

#[cfg(test)]
mod tests {
    use super::testing::{empty_article, split};
    use super::*;

    #[test]
    fn a_wikis_site_line_under_the_title_is_not_text() {
        let text = "Hermitian matrix\nFrom Wikipedia, the free encyclopedia\n\n\
                    In mathematics, a Hermitian matrix is a complex square matrix that is equal to its own conjugate transpose.\n\n\
                    The diagonal entries of such a matrix are real, and its eigenvalues are real as well.\n";
        let blocks = split(text);
        let n = blocks.len();
        let keep: Vec<bool> = (0..n).map(|i| i >= 1).collect();
        let page = super::super::features::page(&blocks);
        let p = vec![0.5; n];
        let mut article = empty_article();
        fill("", &blocks, &page, &p, &keep, &mut article);
        assert_eq!(article.headline.as_deref(), Some("Hermitian matrix"));
        assert_eq!(article.body.len(), 2);
        assert!(article.body[0].starts_with("In mathematics"));
    }

    #[test]
    fn a_closing_byline_date_gives_way_to_the_header_date() {
        let body = "The council met and voted for the plan after a long debate in town.\n\n";
        let text = format!(
            "Title of the story\n\nFebruary 9, 2016\n\n{}\
             October 28, 2025 by Mariel Sheets | Community\n",
            body.repeat(rules::BYLINE_WINDOW + 2)
        );
        let blocks = split(&text);
        let n = blocks.len();
        let keep: Vec<bool> = (0..n).map(|i| i >= 2 && i + 1 < n).collect();
        let page = super::super::features::page(&blocks);
        let p = vec![0.5; n];
        let mut article = empty_article();
        fill("", &blocks, &page, &p, &keep, &mut article);
        assert_eq!(article.published.as_deref(), Some("2016-02-09"));
        assert_eq!(article.authors.len(), 1);
        // Without a date by the headline, the byline's date is used.
        let blocks: Vec<Block> = blocks.into_iter().filter(|b| b.line != 3).collect();
        let n = blocks.len();
        let keep: Vec<bool> = (0..n).map(|i| i >= 1 && i + 1 < n).collect();
        let page = super::super::features::page(&blocks);
        let mut article = empty_article();
        fill("", &blocks, &page, &p[..n], &keep, &mut article);
        assert_eq!(article.published.as_deref(), Some("2025-10-28"));
    }
}
