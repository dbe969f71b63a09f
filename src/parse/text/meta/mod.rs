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
//! - `furniture`: credit, source, agency and print-issue lines and a press
//!   release's closing sections, left out of the body.
//! - `related`: related teasers, their titles and labels.
//! - `cards`: runs of teaser cards under the article (picture, kicker,
//!   title, summary, byline), taken out of the body as related teasers.
//! - `teaser_lines`: the shapes of the lines around teasers (reading times,
//!   ages, phone numbers, "Previous"/"Next" words …), read by hand.
//! - `words`: the bounded word count the rules ask of every block.

mod authors;
mod cards;
mod furniture;
mod header;
mod headline;
mod published;
mod related;
mod shapes;
mod small_fields;
mod teaser_lines;
#[cfg(test)]
mod testing;
mod words;

use super::blocks::Block;
use super::features::Page;
use super::features::index::{AFTER_SECTION_END, BOILERPLATE, MENU_SEPARATORS};
use crate::article::{Article, Author};
use crate::parse::byline;
use crate::parse::provenance::{self, Rule};
use crate::parse::rules;

use crate::parse::words::more_words_than;
use authors::{find_bio, find_byline};
use cards::drop_teaser_cards;
use furniture::{drop_furniture_lines, drop_press_release_tail, drop_widget_labels};
use headline::{find_headline, without_label_prefix, without_label_suffix};
use published::{find_date, find_updated};
use related::find_related;
use shapes::is_wiki_site_line;
use small_fields::{
    find_captions, find_dateline, find_opening_paragraph, find_saved_url, find_score_lines,
    find_standfirst,
};
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
    /// The article's own furniture (a credit, source, agency or
    /// print-issue line): left out, with its own reason.
    Furniture,
    /// A section's or a site's label right over the headline: left out,
    /// with its own reason.
    Label,
    Other,
}

/// Fills `article` from the classified blocks, recording the rule behind
/// each field; returns what became of each block. The body's texts are
/// left to [`body_texts`], once nothing reads the blocks any more.
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
    let mut body_rule = Rule::BodyClassifier;
    let start = headline.or(first_body).unwrap_or(0);
    // Word counts shared by the byline, date and caption rules.
    let words = WordCounts::new(page);
    let byline_date = find_byline(
        blocks, page, &words, &bylines, &mut roles, start, text_start, article,
    );
    find_date(
        blocks, page, &words, &bylines, &mut roles, start, text_start, article,
    );
    if article.published.is_none()
        && let Some((i, d)) = byline_date
    {
        set_published(article, d, Rule::PublishedInByline, &blocks[i]);
    }
    find_updated(blocks, page, &words, &mut roles, article);
    if !roles.contains(&Role::Body) {
        // The classifier kept nothing, or only what became the headline,
        // the byline or the date: a note, too short for it to score.
        body_of_a_note(page, &mut roles, headline);
        body_rule = Rule::BodyAllButBoilerplate;
    }
    find_saved_url(blocks, &mut roles, article);
    drop_furniture_lines(blocks, page, &words, &mut roles);
    drop_press_release_tail(blocks, page, &mut roles);
    let over_subtitle = found.is_some_and(|(_, rule)| rule == Rule::HeadlineFirstLineOverSubtitle);
    find_standfirst(blocks, &mut roles, headline, over_subtitle, article);
    find_captions(blocks, page, &words, &mut roles, article);
    find_bio(blocks, &mut roles, article);
    drop_teaser_cards(blocks, page, &mut roles, article);
    find_related(blocks, page, &mut roles, article);
    drop_widget_labels(page, &words, &mut roles);
    if let Some(h) = headline {
        drop_labels_over_headline(blocks, &mut roles, h);
    }
    let body = |r: &Role| *r == Role::Body;
    if let (Some(first), Some(last)) = (roles.iter().position(body), roles.iter().rposition(body)) {
        let (first, last) = (&blocks[first], &blocks[last]);
        let span = provenance::lines(first.line, last.line + last.lines - first.line);
        article.provenance.set("body", body_rule.at(Some(span)));
    }
    find_opening_paragraph(blocks, &mut roles, headline, article);
    // A lead picture's caption or a summary can stand before the text's
    // first paragraph, which opens with the dateline.
    let opening = (0..blocks.len()).filter(|&i| body(&roles[i]));
    for i in opening.take(rules::DATELINE_BODY_REACH) {
        find_dateline(article, &blocks[i]);
        if article.dateline.is_some() {
            break;
        }
    }
    // After the dateline, which opens the text under the score line.
    find_score_lines(blocks, &mut roles, headline, article);
    roles
}

/// Short lines right over the headline `h` that the classifier kept as
/// text (a section's name "社会", "HEALTH", a blog's name) while the text
/// goes on under the headline: labels of the page, not the article's
/// text, which starts under its headline. Each of no more than
/// `rules::LABEL_OVER_HEADLINE_MAX_WORDS` words and not a sentence,
/// nearest the headline first, up to the first line that is neither.
fn drop_labels_over_headline(blocks: &[Block], roles: &mut [Role], h: usize) {
    if !roles[h + 1..].contains(&Role::Body) {
        return;
    }
    for i in (0..h).rev() {
        let text = &blocks[i].text;
        if roles[i] != Role::Body
            || more_words_than(text, rules::LABEL_OVER_HEADLINE_MAX_WORDS)
            || shapes::ends_like_sentence(text)
        {
            break;
        }
        roles[i] = Role::Label;
    }
}

/// Keeps the first body copy of a paragraph the page prints again word
/// for word (`rules::REPEATED_PARAGRAPH_MIN_WORDS` words or more, ending a
/// sentence): a carousel's cloned slides, or a page that holds its article
/// twice (a copy for small screens, a print copy). An article says a
/// paragraph once. A copy in another field (a standfirst the last
/// paragraph repeats) does not count.
pub fn drop_repeated_paragraphs(roles: &mut [Role], page: &Page) {
    use crate::parse::rules::REPEATED_PARAGRAPH_MIN_WORDS;
    use crate::parse::text::features::index::ENDS_SENTENCE;
    let mut in_body = vec![false; roles.len()];
    for (i, role) in roles.iter_mut().enumerate() {
        if *role != Role::Body || page.repeats[i] < 2 {
            continue;
        }
        // A colon leads into what follows, and code or a quote may say
        // the same thing again after each such lead-in.
        let paragraph = page.words[i] >= REPEATED_PARAGRAPH_MIN_WORDS
            && page.vectors[i][ENDS_SENTENCE] > 0.5
            && !page.lower(i).ends_with(':');
        if !paragraph {
            continue;
        }
        let first = page.first_same[i];
        if in_body[first] {
            *role = Role::Other;
        }
        in_body[first] = true;
    }
}

/// The texts of the blocks `roles` gives to the body, in order, moved out
/// of `blocks`: the last thing the extractor reads of them, so the body
/// takes them rather than copies (a copy was one allocation a paragraph).
pub fn body_texts(blocks: Vec<Block>, roles: &[Role]) -> Vec<String> {
    blocks
        .into_iter()
        .zip(roles)
        .filter(|(_, r)| **r == Role::Body)
        .map(|(b, _)| b.text)
        .collect()
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

/// Takes `text` as the article's byline and `names` as its authors,
/// recording that `rule` found them in `block`.
fn set_byline(article: &mut Article, text: String, names: &[String], rule: Rule, block: &Block) {
    article.byline = Some(text);
    note(article, "byline", rule, block);
    article.authors = Vec::with_capacity(names.len());
    for name in names {
        // Wire services print names in capitals ("By LISA MASCARO"): a
        // reader writes them "Lisa Mascaro".
        let (name, rule) = match byline::title_cased_name(name) {
            Some(cased) => (cased, Rule::AuthorsFromCapitalsByline),
            None => (name.clone(), Rule::AuthorsFromByline),
        };
        note(article, "authors", rule, block);
        article.authors.push(Author { name, bio: None });
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

/// The body of a note the classifier found no article in: every block
/// under the headline that has no role yet and is not furniture (a
/// note's text starts under its headline: a kicker or a menu line above
/// it is not text).
fn body_of_a_note(page: &Page, roles: &mut [Role], headline: Option<usize>) {
    let below_headline = headline.map_or(0, |h| h + 1);
    for (i, role) in roles.iter_mut().enumerate().skip(below_headline) {
        if *role == Role::Other && !is_furniture_of_a_note(page, i) {
            *role = Role::Body;
        }
    }
}

/// In a short note the classifier found no article in (a plain copy of
/// an article, nothing like a page dump, where every block scores low),
/// block `i` is page furniture all the same: a boilerplate phrase, a menu
/// ("Home | World | Business"; a long block as full of slashes is markup
/// or a list of paths, kept), or the heading that ends the article
/// ("Related", "Comments") and what follows it. Everything else is body.
fn is_furniture_of_a_note(page: &Page, i: usize) -> bool {
    let after_end = |j: usize| {
        page.vectors
            .get(j)
            .is_some_and(|v| v[AFTER_SECTION_END] > 0.5)
    };
    let v = &page.vectors[i];
    let menu = v[MENU_SEPARATORS] >= rules::MENU_SEPARATOR_SHARE
        && page.words[i] <= rules::MENU_LINE_MAX_WORDS;
    v[BOILERPLATE] > 0.5 || menu || after_end(i) || after_end(i + 1)
}

#[cfg(test)]
mod tests {
    use super::testing::{empty_article, split};
    use super::*;

    #[test]
    fn body_texts_are_the_body_blocks_in_order() {
        let blocks = split("Title\n\nOne.\n\nMenu\n\nTwo.\n");
        let roles = [Role::Headline, Role::Body, Role::Other, Role::Body];
        assert_eq!(body_texts(blocks, &roles), ["One.", "Two."]);
        assert!(body_texts(split("Menu\n"), &[Role::Other]).is_empty());
    }

    /// A page that prints its paragraphs twice (a carousel's clones, a copy
    /// for small screens) gives the body each once; short repeated lines,
    /// lead-ins ending in a colon and a copy in another field stay.
    #[test]
    fn a_paragraph_printed_twice_is_in_the_body_once() {
        let para =
            "The council voted on Tuesday to close the old bridge to all traffic for a year.";
        let lead =
            "The engineers told the council what they found in the spring, and then they said:";
        let short = "Read the full report here.";
        let blocks = split(&format!(
            "Summary\n\n{para}\n\n{lead}\n\n{short}\n\n{para}\n\n{lead}\n\n{short}\n"
        ));
        let page = super::super::features::page(&blocks);
        let mut roles = vec![Role::Body; blocks.len()];
        roles[1] = Role::Standfirst;
        drop_repeated_paragraphs(&mut roles, &page);
        let kept = [
            Role::Body,
            Role::Standfirst,
            Role::Body,
            Role::Body,
            Role::Body,
            Role::Body,
            Role::Body,
        ];
        assert_eq!(roles, kept, "a copy in another field does not count");
        roles[1] = Role::Body;
        drop_repeated_paragraphs(&mut roles, &page);
        assert_eq!(roles[4], Role::Other);
        assert_eq!(
            body_texts(blocks, &roles),
            ["Summary", para, lead, short, lead, short]
        );
    }

    /// The headline and body `fill` finds in `text` when no block scores
    /// as article text.
    fn fill_note(text: &str) -> (Option<String>, Vec<String>) {
        let (article, body) = fill_unscored(text);
        (article.headline, body)
    }

    /// The article and body `fill` makes of `text` when no block scores
    /// as article text.
    fn fill_unscored(text: &str) -> (Article, Vec<String>) {
        fill_keeping(text, &[])
    }

    /// The article and body `fill` makes of `text` when the classifier
    /// kept only the blocks `kept`.
    fn fill_keeping(text: &str, kept: &[usize]) -> (Article, Vec<String>) {
        let blocks = split(text);
        let page = super::super::features::page(&blocks);
        let keep: Vec<bool> = (0..blocks.len()).map(|i| kept.contains(&i)).collect();
        let p: Vec<f32> = keep.iter().map(|&k| if k { 0.7 } else { 0.1 }).collect();
        let mut article = empty_article();
        let roles = fill("", &blocks, &page, &p, &keep, &mut article);
        (article, body_texts(blocks, &roles))
    }

    #[test]
    fn a_note_without_article_text_keeps_its_prose_but_not_menus_or_what_ends_it() {
        let text = "Home | World | Business | Tech | Sport\n\n\
                    Storm leaves thousands without power\n\n\
                    A powerful winter storm swept across the region on Tuesday.\n\n\
                    Schools closed early, and officials urged residents to stay home.\n\n\
                    Related\n\n\
                    Five things to know about winter storms\n";
        assert_eq!(
            fill_note(text).1,
            [
                "A powerful winter storm swept across the region on Tuesday.",
                "Schools closed early, and officials urged residents to stay home."
            ]
        );
    }

    #[test]
    fn a_note_without_article_text_starts_under_its_headline() {
        let text = "Live\n\nBudget live: Chancellor sets out tax rises and spending plans\n\n\
                    The chancellor says fuel duty will stay frozen for another year.\n\n\
                    Employers will pay national insurance at 15% from April.\n";
        let (headline, body) = fill_note(text);
        assert_eq!(
            headline.as_deref(),
            Some("Budget live: Chancellor sets out tax rises and spending plans")
        );
        assert_eq!(
            body,
            [
                "The chancellor says fuel duty will stay frozen for another year.",
                "Employers will pay national insurance at 15% from April."
            ]
        );
    }

    #[test]
    fn a_note_whose_only_kept_block_is_its_headline_keeps_its_paragraph() {
        let text = "Title of the story\n\n\
                    A body paragraph that is long enough to be prose, with words and more here.\n";
        let (article, body) = fill_keeping(text, &[0]);
        assert_eq!(article.headline.as_deref(), Some("Title of the story"));
        assert_eq!(
            body,
            ["A body paragraph that is long enough to be prose, with words and more here."]
        );
        let rule = article
            .provenance
            .fields
            .get("body")
            .map(|r| r[0].rule.as_str());
        assert_eq!(rule, Some("body_all_but_boilerplate"));
    }

    #[test]
    fn a_brief_whose_only_kept_block_is_its_date_keeps_its_paragraph() {
        let text = "Bridge to close for repairs\n\nBy Jane Doe\n\nMarch 3, 2025\n\n\
                    The council voted on Tuesday to close the old bridge until next spring.\n";
        let (article, body) = fill_keeping(text, &[2]);
        assert_eq!(article.published.as_deref(), Some("2025-03-03"));
        assert_eq!(
            body,
            ["The council voted on Tuesday to close the old bridge until next spring."]
        );
    }

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
        let roles = fill("", &blocks, &page, &p, &keep, &mut article);
        assert_eq!(article.headline.as_deref(), Some("Hermitian matrix"));
        let body = body_texts(blocks, &roles);
        assert_eq!(body.len(), 2);
        assert!(body[0].starts_with("In mathematics"));
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

    #[test]
    fn names_of_a_byline_in_capitals_are_title_cased() {
        let body = "The Senate passed a short-term spending bill late on Thursday night.\n\n";
        let text = format!(
            "Senate passes bill to avert shutdown\n\nBy LISA MASCARO and MARY CLARE JALONICK\n\n{}",
            body.repeat(3)
        );
        let blocks = split(&text);
        let n = blocks.len();
        let keep: Vec<bool> = (0..n).map(|i| i >= 2).collect();
        let page = super::super::features::page(&blocks);
        let mut article = empty_article();
        fill("", &blocks, &page, &vec![0.5; n], &keep, &mut article);
        let names: Vec<&str> = article.authors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Lisa Mascaro", "Mary Clare Jalonick"]);
        assert_eq!(
            article.byline.as_deref(),
            Some("By LISA MASCARO and MARY CLARE JALONICK")
        );
        let rules = article
            .provenance
            .fields
            .get("authors")
            .map(|o| o.iter().map(|o| o.rule.as_str()).collect::<Vec<_>>());
        assert_eq!(rules, Some(vec!["authors_from_capitals_byline"; 2]));
    }

    #[test]
    fn short_labels_right_over_the_headline_are_not_text() {
        let text = "Home\n\nThe council met and voted for the plan.\n\nHEALTH\n\n社会\n\n\
                    Title of the story\n\nThe council met and voted for the plan after a long debate.\n";
        let blocks = split(text);
        let mut roles = vec![Role::Body; blocks.len()];
        roles[4] = Role::Headline;
        drop_labels_over_headline(&blocks, &mut roles, 4);
        // Up to the first sentence; the sentence and what is over it stay.
        assert_eq!(
            roles,
            [
                Role::Body,
                Role::Body,
                Role::Label,
                Role::Label,
                Role::Headline,
                Role::Body
            ]
        );
        // With no text under the headline, nothing moves.
        let mut roles = vec![
            Role::Body,
            Role::Body,
            Role::Body,
            Role::Body,
            Role::Headline,
            Role::Other,
        ];
        drop_labels_over_headline(&blocks, &mut roles, 4);
        assert_eq!(roles[3], Role::Body);
    }

    #[test]
    fn a_press_release_pages_header_is_not_text() {
        let text = "Northland Energy to build 200 MW solar farm in Alberta\n\n\
                    News provided by\n\nNorthland Energy Inc.\n\nMar 03, 2025, 07:00 ET\n\n\
                    TORONTO, March 3, 2025 /CNW/ - Northland Energy Inc. today announced plans to build a solar farm.\n\n\
                    Construction is expected to begin this summer, with the farm in service in late 2026.\n";
        let (article, body) = fill_unscored(text);
        assert!(
            body[0].starts_with("TORONTO, March 3, 2025 /CNW/"),
            "{body:?}"
        );
        assert_eq!(article.dateline.as_deref(), Some("TORONTO"));
    }
}
