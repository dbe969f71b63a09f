//! Related teasers: the titles of other articles a page offers after the
//! article ("Related stories", "Next post", a list of titles), each with
//! its label when it has one: a kicker or category over it, the section
//! heading it opens, or the "Previous"/"Next" word glued to it.
//!
//! The tail of a dump also holds buttons, form fields, share rows, menus,
//! footers and comments; the rules below keep those out (see
//! `rules::TEASER_NOT_PHRASES` and the shapes tested here).

use crate::article::{Article, RelatedLink};
use crate::parse::provenance::{self, Rule};
use crate::parse::text::blocks::Block;
use crate::parse::text::features::index::{BOILERPLATE, COMMENT_MARKS_NEAR, URL_OR_MAIL};
use crate::parse::text::features::{Page, PhraseSet, phrase_set};
use crate::parse::words::words_past;
use crate::parse::{date, rules};

use super::shapes::{
    ends_like_sentence, is_links_run_together, is_picture_text, is_title_cased, opens_lowercase,
};
use super::teaser_lines::{
    ends_with_count, has_form_box, has_phone_number, is_file_name, is_reading_time,
    is_relative_time, nav_closing, nav_glued_opening, nav_opening,
};
use super::{Role, tail_range};

/// Phrases of a line that is page furniture, never a teaser's title or
/// label (`rules::TEASER_NOT_PHRASES`).
static NOT_TEASER: PhraseSet = phrase_set!("not_teaser");

/// Phrases of a section heading over a list of teasers or of what ends
/// the article (`rules::SECTION_END_MARKERS`, `rules::TEASER_SECTION_HEADINGS`).
pub(super) static SECTION_HEADING: PhraseSet = phrase_set!("section_heading");

/// `rules::TEASER_COMMENT_HEADS`: a heading over comments.
pub(super) static COMMENT_HEAD: PhraseSet = phrase_set!("comment_head");

/// Arrows a post navigation link prints before or after its title.
const NAV_ARROWS: &[char] = &['←', '→', '«', '»', '‹', '›'];

/// A teaser title as printed, cut from the navigation words around it.
#[derive(Debug, PartialEq, Clone)]
struct Title {
    text: String,
    /// "Previous", "Next Post": the navigation words cut off, if any.
    nav: Option<String>,
}

/// [`title_of`] each block's text, worked out once: the slot test, the
/// pairing of a label with its title and the navigation test around a
/// lone title each read the same blocks.
struct Titles<'a> {
    blocks: &'a [Block],
    memo: Vec<std::cell::OnceCell<Option<Title>>>,
}

impl<'a> Titles<'a> {
    fn new(blocks: &'a [Block]) -> Titles<'a> {
        Titles {
            blocks,
            memo: std::iter::repeat_with(std::cell::OnceCell::new)
                .take(blocks.len())
                .collect(),
        }
    }

    /// `title_of(&blocks[i].text)`.
    fn of(&self, i: usize) -> Option<&Title> {
        self.memo[i]
            .get_or_init(|| title_of(&self.blocks[i].text))
            .as_ref()
    }
}

/// What a tail block can be in a teaser list.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Slot {
    /// A title (a short one may also label the next title).
    Title,
    /// Only a label, one that announces teasers: a section heading, a
    /// reading time or an age. The title under it is a teaser.
    Heading,
    /// Only a label, a kicker: a short list of categories or names, a
    /// short line the page repeats over each card.
    Label,
    /// A title but for its question mark ("Why are so many landlords
    /// selling up?"): a teaser only under a teaser heading or right after
    /// a teaser taken. Alone, a question after an article is a comment's,
    /// a FAQ's or a prompt ("Was this article helpful?").
    Question,
}

/// Related teasers: title-like lines after the article (and its comment
/// form). A line right before a title is its label when it is shorter and
/// label-shaped (`rules::TEASER_LABEL_MAX_WORDS`): a kicker, a category,
/// the section heading; a title glued to "Previous"/"Next" takes that word
/// as its label.
pub(super) fn find_related(
    blocks: &[Block],
    page: &Page,
    roles: &mut [Role],
    article: &mut Article,
) {
    let titles = Titles::new(blocks);
    let tail: Vec<(usize, Slot)> = tail_range(roles)
        .filter(|&i| roles[i] == Role::Other)
        .filter_map(|i| slot(blocks, page, &titles, i).map(|s| (i, s)))
        .collect();
    let mut k = 0;
    while k < tail.len() && article.related.len() < rules::MAX_RELATED {
        let (i, slot_i) = tail[k];
        // Right under a teaser taken, a line is in its list.
        let in_list = i > 0 && roles[i - 1] == Role::Related;
        let title_i = (slot_i == Slot::Title || slot_i == Slot::Question && in_list)
            .then(|| titles.of(i))
            .flatten();
        // The next block, right under this one, as a title this one labels.
        let pair = tail
            .get(k + 1)
            .filter(|&&(j, s)| {
                j == i + 1 && (s == Slot::Title || s == Slot::Question && slot_i == Slot::Heading)
            })
            .and_then(|&(j, _)| titles.of(j).map(|t| (j, t)))
            .filter(|(j, t)| {
                t.nav.is_none()
                    && page.words[i] < page.words[*j]
                    && labels(page, i, slot_i, title_i)
                    && (slot_i != Slot::Title || !is_lone(blocks, &titles, &tail, k + 1, t))
            });
        let (title, label, first) = match pair {
            Some((j, t)) => (j, (t.clone(), Some(blocks[i].text.clone())), Some(i)),
            None => match title_i {
                Some(t) if in_list || !is_lone(blocks, &titles, &tail, k, t) => {
                    (i, (t.clone(), None), None)
                }
                _ => {
                    k += 1;
                    continue;
                }
            },
        };
        let (t, label) = label;
        let label = label.or(t.nav);
        // Words as the page counts them (CJK by characters), less those cut
        // and the tokens without a letter or digit ("Read & Listen" is two).
        let cut = blocks[title]
            .text
            .split_whitespace()
            .count()
            .saturating_sub(t.text.split_whitespace().count());
        let symbols = t
            .text
            .split_whitespace()
            .filter(|w| !w.chars().any(char::is_alphanumeric))
            .count();
        if page.words[title].saturating_sub(cut + symbols) >= rules::TEASER_MIN_WORDS {
            article.related.push(RelatedLink {
                title: t.text,
                label,
                url: None,
            });
            roles[title] = Role::Related;
            if let Some(l) = first {
                roles[l] = Role::Related;
            }
            let question = tail.iter().any(|&(j, s)| j == title && s == Slot::Question);
            let (rule, from) = match first {
                _ if question => (Rule::RelatedQuestionTitle, &blocks[first.unwrap_or(title)]),
                Some(l) => (Rule::RelatedTeaserPair, &blocks[l]),
                None => (Rule::RelatedTeaser, &blocks[title]),
            };
            let end = &blocks[title];
            let span = provenance::lines(from.line, end.line + end.lines - from.line);
            article.provenance.add("related", rule.at(Some(span)));
        }
        k += if first.is_some() { 2 } else { 1 };
    }
}

/// Whether the candidate `tail[k]`, read as `title`, stands alone: no
/// other title within `rules::TEASER_LIST_GAP` blocks above or under it,
/// and no post navigation words or arrows around it. A lone title-like line after an article is a footer
/// link, a slogan or a role ("Connect with Yeti", "Today on Ars"); a
/// teaser stands in a list, under its heading or kicker, or is a post
/// navigation link ("« Candied Pecans Recipe").
fn is_lone(
    blocks: &[Block],
    titles: &Titles<'_>,
    tail: &[(usize, Slot)],
    k: usize,
    title: &Title,
) -> bool {
    let i = tail[k].0;
    let text = &blocks[i].text;
    // "Previous" over the title and "Next" under it, each on its own line.
    let nav_beside = [i.checked_sub(1), Some(i + 1)]
        .into_iter()
        .flatten()
        .filter(|&j| j < blocks.len())
        .any(|j| titles.of(j).is_none());
    // Another title near, above or under (labels in between skipped).
    let near =
        |&&(j, s): &&(usize, Slot)| s == Slot::Title && j.abs_diff(i) <= rules::TEASER_LIST_GAP;
    let above = tail[..k]
        .iter()
        .rev()
        .take_while(|(j, _)| j + rules::TEASER_LIST_GAP >= i)
        .any(|x| near(&x));
    let under = tail[k + 1..]
        .iter()
        .take_while(|(j, _)| *j <= i + rules::TEASER_LIST_GAP)
        .any(|x| near(&x));
    let trimmed = text.trim();
    let arrows = trimmed.starts_with(NAV_ARROWS) || trimmed.ends_with(NAV_ARROWS);
    !above && !under && title.nav.is_none() && !arrows && !nav_beside
}

/// Whether block `i` (in slot `slot`, read as `title` when a title) may
/// label the title under it: a section heading or reading time, or a
/// short line that is not itself a post navigation link.
fn labels(page: &Page, i: usize, slot: Slot, title: Option<&Title>) -> bool {
    match slot {
        Slot::Heading | Slot::Label => true,
        Slot::Question => false,
        Slot::Title => {
            page.words[i] <= rules::TEASER_LABEL_MAX_WORDS
                && title.is_some_and(|t| t.nav.is_none() && t.text.chars().any(char::is_alphabetic))
        }
    }
}

/// What block `i` can be in a teaser list, if anything.
fn slot(blocks: &[Block], page: &Page, titles: &Titles<'_>, i: usize) -> Option<Slot> {
    let words = page.words[i];
    let v = &page.vectors[i];
    let text = &blocks[i].text;
    // Past a title's length only a list of short items can be a label
    // (headings, reading times and kickers are shorter still): a
    // paragraph is turned down before the furniture tests read it.
    if words == 0 || (words > rules::TEASER_MAX_WORDS && !is_short_list(text)) {
        return None;
    }
    let lower = page.lower(i);
    // What the line's shape makes it, then whether it is plain text, not
    // furniture: both pure tests, and the shape turns down the sentences
    // after the article before the costlier furniture tests read them.
    let found = slot_by_shape(blocks, page, i)?;
    let plain = v[COMMENT_MARKS_NEAR] < 0.5
        && !blocks[i].bullet
        && v[URL_OR_MAIL] < 0.5
        && !is_furniture(text, lower)
        // Glued words are counted in what the navigation words leave.
        && titles.of(i).is_none_or(|t| !is_links_run_together(&t.text));
    plain.then_some(found)
}

/// What block `i`, of at least one word, can be in a teaser list by its
/// shape alone (see [`slot`], which also asks that it be plain text).
fn slot_by_shape(blocks: &[Block], page: &Page, i: usize) -> Option<Slot> {
    let words = page.words[i];
    let v = &page.vectors[i];
    let text = &blocks[i].text;
    let lower = page.lower(i);
    if words <= rules::SECTION_END_MAX_WORDS && SECTION_HEADING.is_match(lower) {
        // A heading labels the list under it (boilerplate or not: "Related
        // articles" too), and is never a title; a comment head labels
        // nothing.
        return (!COMMENT_HEAD.is_match(lower)).then_some(Slot::Heading);
    }
    let trimmed = text.trim();
    if is_reading_time(trimmed) || is_relative_time(trimmed) {
        return Some(Slot::Heading);
    }
    if is_short_list(text) {
        return Some(Slot::Label);
    }
    if page.repeats[i] > 1 {
        // A short line the page repeats is a teaser card's kicker or
        // category ("Tax Planning" over each title); a longer one is no
        // teaser (a title printed twice is said once by the blocks).
        let kicker =
            words <= rules::TEASER_LABEL_MAX_WORDS && text.chars().any(char::is_alphabetic);
        return kicker.then_some(Slot::Label);
    }
    let question = text
        .trim_end_matches(['"', '\'', '”', '’', ')', ' '])
        .ends_with('?');
    let title = words <= rules::TEASER_MAX_WORDS
        && v[BOILERPLATE] < 0.5
        && (question || !ends_like_sentence(text))
        && !(words >= rules::TEASER_SENTENCE_MIN_WORDS
            && page.stop_density[i] >= rules::PROSE_MIN_STOP_DENSITY
            && !is_title_cased(text)
            && (text.trim_end().ends_with('…') || text.trim_end().ends_with("...")))
        && date::find_all_forms(text).is_none()
        && !(words >= rules::TABLE_ROW_MIN_CELLS && is_table_row(text));
    match (title, question) {
        (false, _) => None,
        (true, false) => Some(Slot::Title),
        (true, true) => (words >= rules::TEASER_QUESTION_MIN_WORDS && !opens_lowercase(text))
            .then_some(Slot::Question),
    }
}

/// A comma-separated list of short items and no colon: categories, tags
/// or names ("Strategy, Team Performance"), see
/// `rules::TEASER_LIST_ITEM_MAX_WORDS`.
fn is_short_list(text: &str) -> bool {
    if text.contains(':') || !text.contains(',') {
        return false;
    }
    // Asked of paragraphs too: each item's words are counted only as far
    // as the tests read (`most`), and the first long item but the last
    // ends the test.
    let most = rules::TEASER_LIST_ITEM_MAX_WORDS.max(rules::TEASER_PAIR_ITEM_MAX_WORDS);
    let count = |item: &str| words_past(item, most);
    let short = |n: usize| (1..=rules::TEASER_LIST_ITEM_MAX_WORDS).contains(&n);
    let pair_item = |n: usize| (1..=rules::TEASER_PAIR_ITEM_MAX_WORDS).contains(&n);
    let mut items = text.split(',');
    // A comma: two items at least.
    let (Some(a), Some(b)) = (items.next(), items.next()) else {
        return false;
    };
    let (a, b) = (count(a), count(b));
    let Some(mut last) = items.next() else {
        return pair_item(a) && pair_item(b);
    };
    // Three or more: all short but the last.
    if !short(a) || !short(b) {
        return false;
    }
    for item in items {
        if !short(count(last)) {
            return false;
        }
        last = item;
    }
    true
}

/// "Discuss your project", "Get Your FREE Guide": a verb of
/// `rules::TEASER_CTA_VERBS` first and a word of `rules::TEASER_CTA_WORDS`
/// in `lower`.
fn is_call_to_action(lower: &str) -> bool {
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty());
    words
        .next()
        .is_some_and(|w| rules::TEASER_CTA_VERBS.contains(&w))
        && words.any(|w| rules::TEASER_CTA_WORDS.contains(&w))
}

/// "Price Range: $51.29-$141.23", "Cost per day: £6.81": a field and a
/// value without a letter, a product's or recipe's facts.
fn is_field_value(text: &str) -> bool {
    text.split_once(':').is_some_and(|(_, value)| {
        !value.trim().is_empty() && !value.chars().any(char::is_alphabetic)
    })
}

/// Page furniture by its shape or phrases: buttons and calls to action,
/// form fields, copyright and share lines, menus glued into one line,
/// pictures' alt texts and file names, a credit's "… by" cut from its
/// name, phone numbers.
fn is_furniture(text: &str, lower: &str) -> bool {
    let trimmed = text.trim();
    NOT_TEASER.is_match(lower)
        || trimmed.contains('©')
        || trimmed.ends_with('*')
        || has_form_box(trimmed)
        || social_names(lower) >= rules::TEASER_SOCIAL_NAMES_MAX
        || trimmed.matches('|').count() >= rules::TEASER_MENU_PIPES_MIN
        || ends_with_count(trimmed)
        || is_call_to_action(lower)
        || is_field_value(trimmed)
        || is_picture_text(lower)
        || is_file_name(trimmed)
        || has_phone_number(trimmed)
        || lower.trim_end().ends_with(" by")
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| rules::SOCIAL_NETWORKS.contains(&w))
}

/// A table's row or header: mostly numbers ("1 Arsenal 28 19 6 3 35
/// 63"), or column letters ("Pos Team P W D L GD Pts"); see
/// `rules::TABLE_ROW_MIN_CELLS`.
fn is_table_row(text: &str) -> bool {
    let (mut cells, mut numbers, mut letters) = (0, 0, 0);
    // Cells split at ASCII white space: the bytes are read once, with no
    // character decoding (the test is asked of every line after the text).
    for bytes in text
        .as_bytes()
        .split(u8::is_ascii_whitespace)
        .filter(|w| !w.is_empty())
    {
        cells += 1;
        if bytes.iter().any(u8::is_ascii_digit)
            && bytes
                .iter()
                .all(|b| b.is_ascii_digit() || b".,-+%:".contains(b))
        {
            numbers += 1;
        } else if matches!(bytes, [b'B'..=b'H' | b'J'..=b'Z']) {
            letters += 1;
        }
    }
    cells >= rules::TABLE_ROW_MIN_CELLS
        && (numbers as f32 > cells as f32 * rules::TABLE_ROW_NUMBER_SHARE
            || letters >= rules::TABLE_HEADER_LETTER_CELLS)
}

/// Words of `lower` that name a social network (`rules::SOCIAL_NETWORKS`
/// but `rules::SOCIAL_GENERIC_WORDS`, of two letters or more: not "x").
fn social_names(lower: &str) -> usize {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            w.len() > 1
                && rules::SOCIAL_NETWORKS.contains(w)
                && !rules::SOCIAL_GENERIC_WORDS.contains(w)
        })
        .count()
}

/// `text` read as a teaser title: the navigation words and arrows around
/// it cut off ("PrevPreviousBest Way To Store Coffee Beans" is "Best Way
/// To Store Coffee Beans", label "Previous"); `None` when nothing but
/// navigation is left ("← Previous story Next story →").
fn title_of(text: &str) -> Option<Title> {
    let mut rest = text
        .trim()
        .trim_matches(|c: char| NAV_ARROWS.contains(&c) || c.is_whitespace());
    let mut nav: Option<String> = None;
    if let Some((words_end, title_start)) = nav_opening(rest) {
        nav = Some(rest[..words_end].to_string());
        rest = &rest[title_start..];
    } else if let Some((word, title_start)) = nav_glued_opening(rest)
        && (&rest[word.clone()] != "Next" || rest.ends_with("Next"))
    {
        nav = Some(rest[word].to_string());
        rest = &rest[title_start..];
    }
    if let Some(start) = nav_closing(rest) {
        nav.get_or_insert_with(|| rest[start..].to_string());
        rest = &rest[..start];
    }
    let rest = rest.trim_matches(|c: char| NAV_ARROWS.contains(&c) || c.is_whitespace());
    let only_nav = rest.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let is = |list: &[&str]| {
            if w.is_ascii() {
                list.iter().any(|x| x.eq_ignore_ascii_case(w))
            } else {
                list.contains(&w.to_lowercase().as_str())
            }
        };
        w.is_empty()
            || is(rules::TEASER_NAV_DIRECTIONS)
            || is(rules::TEASER_NAV_NOUNS)
            || is(&["home"])
    });
    (!only_nav).then(|| Title {
        text: rest.to_string(),
        nav,
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{empty_article, split};
    use super::*;

    /// `build.rs` built the teaser sets from the lists their docs name.
    #[test]
    fn teaser_sets_are_their_lists_automata() {
        NOT_TEASER.assert_built_from(&[rules::TEASER_NOT_PHRASES]);
        SECTION_HEADING
            .assert_built_from(&[rules::SECTION_END_MARKERS, rules::TEASER_SECTION_HEADINGS]);
        COMMENT_HEAD.assert_built_from(&[rules::TEASER_COMMENT_HEADS]);
    }

    /// The short-list test answers as it did when it counted every
    /// item's words in full.
    #[test]
    fn short_list_test_is_its_plain_form() {
        let plain = |text: &str| {
            if text.contains(':') || !text.contains(',') {
                return false;
            }
            let items: Vec<usize> = text
                .split(',')
                .map(|p| p.split_whitespace().count())
                .collect();
            let short = |n: &usize| (1..=rules::TEASER_LIST_ITEM_MAX_WORDS).contains(n);
            let pair_item = |n: &usize| (1..=rules::TEASER_PAIR_ITEM_MAX_WORDS).contains(n);
            match items.as_slice() {
                [a, b] => pair_item(a) && pair_item(b),
                [init @ .., _] if items.len() >= 3 => init.iter().all(short),
                _ => false,
            }
        };
        let pieces = [",", ", ", "a", " b", " c d", " ", ":", "é", "\u{a0}x"];
        let mut rng = crate::test_rng::Rng::new(243);
        for _ in 0..10_000 {
            let n = rng.below(14);
            let text = rng.text(&pieces, n);
            assert_eq!(is_short_list(&text), plain(&text), "{text:?}");
        }
    }

    /// The related teasers found in `tail`, a dump's end after a body.
    fn related(tail: &str) -> Vec<(String, Option<String>)> {
        let body = "The council met on Monday and voted for the plan after a long debate in the town hall.\n\n";
        let text = format!("{}{tail}", body.repeat(6));
        let blocks = split(&text);
        let page = crate::parse::text::features::page(&blocks);
        let mut roles: Vec<Role> = blocks
            .iter()
            .map(|b| {
                if b.text.starts_with("The council") {
                    Role::Body
                } else {
                    Role::Other
                }
            })
            .collect();
        let mut article = empty_article();
        find_related(&blocks, &page, &mut roles, &mut article);
        article
            .related
            .into_iter()
            .map(|r| (r.title, r.label))
            .collect()
    }

    fn t(title: &str, label: Option<&str>) -> (String, Option<String>) {
        (title.to_string(), label.map(str::to_string))
    }

    #[test]
    fn a_kicker_labels_the_title_under_it() {
        assert_eq!(
            related(
                "Strategy, Guides\nEverything You Should Be Doing Before You Start Call Tracking\n"
            ),
            vec![t(
                "Everything You Should Be Doing Before You Start Call Tracking",
                Some("Strategy, Guides")
            )]
        );
    }

    #[test]
    fn a_question_is_a_title_under_a_teaser_heading_or_in_a_list() {
        assert_eq!(
            related(
                "Most read\nWhy are so many landlords selling up?\n\
                 How to cut your energy bill this winter\n\
                 Is it still worth fixing a mortgage?\n"
            ),
            vec![
                t("Why are so many landlords selling up?", Some("Most read")),
                t("How to cut your energy bill this winter", None),
                t("Is it still worth fixing a mortgage?", None),
            ]
        );
        // Alone, under a line that announces no teasers, short or the end
        // of a wrapped line, it is none.
        assert_eq!(related("Was this article helpful?\n"), vec![]);
        assert_eq!(related("Related\nShould I invest?\n"), vec![]);
        assert_eq!(
            related("Want me to send you an email\nwhen I publish something new today?\n"),
            vec![]
        );
        assert_eq!(
            related("Share your thoughts\nWhat do you think of the new rules?\n"),
            vec![]
        );
    }

    #[test]
    fn a_title_does_not_label_the_next_title() {
        // The old rule took any shorter line before a title as its label.
        assert_eq!(
            related(
                "Woody Harrelson Will Play Han Solo's Mentor\n\
                 'Game of Thrones' Actress Emilia Clark Is the Female Lead\n"
            ),
            vec![
                t("Woody Harrelson Will Play Han Solo's Mentor", None),
                t(
                    "'Game of Thrones' Actress Emilia Clark Is the Female Lead",
                    None
                ),
            ]
        );
    }

    #[test]
    fn a_section_heading_labels_and_is_no_title() {
        assert_eq!(
            related(
                "You Might Also Like\nHow to Grow Tomatoes Indoors All Year\n\
                 Ten Easy Vegetables for a Small Garden\n"
            ),
            vec![
                t(
                    "How to Grow Tomatoes Indoors All Year",
                    Some("You Might Also Like")
                ),
                t("Ten Easy Vegetables for a Small Garden", None),
            ]
        );
        assert_eq!(related("About the Author\n"), vec![]);
    }

    #[test]
    fn post_navigation_words_are_the_label() {
        assert_eq!(
            related(
                "PrevPreviousBest Way To Store Coffee Beans\n\
                 Next10 Best Pour Over Coffee MakersNext\n"
            ),
            vec![
                t("Best Way To Store Coffee Beans", Some("Previous")),
                t("10 Best Pour Over Coffee Makers", Some("Next")),
            ]
        );
        assert_eq!(
            related("Previous Post: Google Launches Invisible reCAPTCHA\n"),
            vec![t(
                "Google Launches Invisible reCAPTCHA",
                Some("Previous Post")
            )]
        );
        assert_eq!(
            related("← Previous story Next story →\nNewer Post Older Post Home\n"),
            vec![]
        );
    }

    #[test]
    fn furniture_lines_are_no_teasers() {
        for line in [
            "Browse all Blog Articles",
            "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest",
            "Terms & Conditions apply",
            "Start a Free Trial",
            "EquipmentToggle child menu",
            "©2025 Yeti Technologies LLC",
            "Your Name *",
            "Leave this field blank [                    ]",
            "Follow AP on Facebook, X, Instagram, YouTube and TikTok",
            "Contact Mark Di Stefano at mark.distefano@buzzfeed.com",
            "Was this content helpful? Yes No",
            "Your Privacy Choices",
            "More articles by",
            "Amanda Brooks Avatar",
            "bitcoin_figure",
            "[+] [-] Expand Americas location details Americas",
            "Email",
            "Phone (925) 659-8020",
            "Written by Randy Thompson",
            "Read & Listen",
            "1 Arsenal 28 19 6 3 35 63",
            "Pos Team P W D L GD Pts",
            "회사소개 | 광고안내 | 개인정보처리방침 | 고객센터",
            "Chattanooga | Cleveland | North Georgia | Jasper",
        ] {
            assert_eq!(related(&format!("{line}\n")), vec![], "{line}");
        }
    }

    #[test]
    fn a_league_tables_rows_are_no_teasers() {
        let table = "Premier League table\n\nPos Team P W D L GD Pts\n\n\
                     1 Arsenal 28 19 6 3 35 63\n\n2 Liverpool 28 19 5 4 33 62\n\n\
                     3 Chelsea 28 15 7 6 18 52\n";
        assert_eq!(related(table), vec![]);
    }

    #[test]
    fn a_cjk_title_counts_its_characters() {
        assert_eq!(
            related("教育部：中国成为世界最大的留学输出国\n国家开放大学十大新闻权威发布\n"),
            vec![
                t("教育部：中国成为世界最大的留学输出国", None),
                t("国家开放大学十大新闻权威发布", None)
            ]
        );
    }

    #[test]
    fn a_short_comma_list_labels_and_is_no_title() {
        for line in [
            "Strategy, Team Performance",
            "Stop, Breathe, Think",
            "Blog, Travel air travel, cancelation coverage, travel insurance for yoga",
        ] {
            assert!(is_short_list(line), "{line}");
            assert_eq!(related(&format!("{line}\n")), vec![], "{line}");
        }
        for line in [
            "7 Vegetables That Are Actually Cheaper to Grow at Home, Experts Say",
            "App Development: Definition, Frameworks, Programming Languages, Process, Cost",
            "ASCAP, BMI and SOCAN Announce Alignment on AI Registration Policies",
            "Doctor knows best, not Starbeam Fantapants",
        ] {
            assert!(!is_short_list(line), "{line}");
        }
    }

    #[test]
    fn calls_to_action_and_field_values_are_no_teasers() {
        for line in [
            "Discuss your project today",
            "Get Your FREE Downloadable Chakra Guide For The Modern Day Yogi",
            "Price Range: $51.29-$141.23",
            "Approximate cost per day: £6.81",
        ] {
            assert_eq!(related(&format!("{line}\n")), vec![], "{line}");
        }
        assert!(!is_call_to_action(
            "get ready for the spring planting season"
        ));
        assert!(!is_field_value("Android Vs iOS: Differences, Similarities"));
    }

    #[test]
    fn a_summary_sentence_is_no_title() {
        assert_eq!(
            related(
                "One Platform, Full Revenue Visibility: Why VoIP and Attribution Belong Together\n\
                 A common decision our customers need to make is whether to keep their phone \
                 system and call attribution in separate…\n\
                 Everything You Should Be Doing Before You Start Call Tracking\n"
            ),
            vec![
                t(
                    "One Platform, Full Revenue Visibility: Why VoIP and Attribution Belong Together",
                    None
                ),
                t(
                    "Everything You Should Be Doing Before You Start Call Tracking",
                    None
                ),
            ]
        );
        // Uncut, it may be a sentence-case title.
        let title = "El viaje de Zannini de Río Gallegos a Buenos Aires, un vuelo de tres horas \
                     cargado de indiferencia";
        let next = "La Boca: dos motochorros apuñalaron a un turista";
        assert_eq!(
            related(&format!("{title}\n{next}\n")),
            vec![t(title, None), t(next, None)]
        );
        // A title-cased title as long keeps its function words.
        let title =
            "How a Dog Ages and What You Can Expect at Each Life Stage of Its Long Life Here";
        let next = "La Boca: dos motochorros apuñalaron a un turista";
        assert_eq!(
            related(&format!("{title}\n{next}\n")),
            vec![t(title, None), t(next, None)]
        );
    }

    #[test]
    fn a_lone_title_like_line_is_no_teaser() {
        // A footer slogan between non-candidate lines.
        assert_eq!(
            related(
                "Subscribe to our newsletter\nConnect with the Team Today\n\
                 Sign up for our newsletter\n"
            ),
            vec![]
        );
        // A post navigation link alone keeps its place.
        assert_eq!(
            related("Previous\nWinter in the Dolomites: my favorite 10 spots\nNext\n"),
            vec![t("Winter in the Dolomites: my favorite 10 spots", None)]
        );
        assert_eq!(
            related("« Candied Pecans Recipe (2-ingredients)\n"),
            vec![t("Candied Pecans Recipe (2-ingredients)", None)]
        );
        // A title under a heading, and titles in a list, are teasers.
        assert_eq!(
            related("You Might Also Like\nHow to Grow Tomatoes Indoors All Year\n"),
            vec![t(
                "How to Grow Tomatoes Indoors All Year",
                Some("You Might Also Like")
            )]
        );
    }

    #[test]
    fn a_repeated_kicker_labels_each_card() {
        assert_eq!(
            related(
                "Tax Planning\nYour Guide to Filing Taxes in 2023\nTax News\n\
                 Supreme Court Rules on Tax Preparation for Couples\nTax Planning\n\
                 Amend Your Tax Return for Income Changes\n"
            ),
            vec![
                t("Your Guide to Filing Taxes in 2023", Some("Tax Planning")),
                t(
                    "Supreme Court Rules on Tax Preparation for Couples",
                    Some("Tax News")
                ),
                t(
                    "Amend Your Tax Return for Income Changes",
                    Some("Tax Planning")
                ),
            ]
        );
        // A year closing a title is no archive count.
        assert_eq!(
            related(
                "7 Must-Have Espresso Accessories for Home Brewing\n\
                 The Easiest Espresso Machine for Beginners (2025)\n"
            ),
            vec![
                t("7 Must-Have Espresso Accessories for Home Brewing", None),
                t("The Easiest Espresso Machine for Beginners (2025)", None),
            ]
        );
    }

    #[test]
    fn a_comment_head_labels_nothing() {
        assert_eq!(
            related(
                "Join the Conversation\nForum zum Thema: Software für Mac OS X\nDie besseren Mac minis im Test\n"
            ),
            vec![
                t("Forum zum Thema: Software für Mac OS X", None),
                t("Die besseren Mac minis im Test", None)
            ]
        );
        assert_eq!(
            related(
                "Kommentare lesen (1 Beitrag)\nForum zum Thema: Software für Mac OS X\nDie besseren Mac minis im Test\n"
            ),
            vec![
                t("Forum zum Thema: Software für Mac OS X", None),
                t("Die besseren Mac minis im Test", None)
            ]
        );
    }

    #[test]
    fn a_reading_time_is_a_label_only() {
        assert_eq!(related("7 min read\n"), vec![]);
        assert_eq!(related("52m ago in\n2 months ago\n"), vec![]);
        assert_eq!(
            related("2 months ago\nHow to Grow Tomatoes Indoors All Year\n"),
            vec![t(
                "How to Grow Tomatoes Indoors All Year",
                Some("2 months ago")
            )]
        );
        assert_eq!(
            related("il y a 2 heures\nComment faire pousser des tomates toute l'année\n"),
            vec![t(
                "Comment faire pousser des tomates toute l'année",
                Some("il y a 2 heures")
            )]
        );
        assert_eq!(related("vor 3 Std.\n3 часа назад\n"), vec![]);
        assert_eq!(
            related("8 min read\nData Visualization Best Practices for Decision-Making\n"),
            vec![t(
                "Data Visualization Best Practices for Decision-Making",
                Some("8 min read")
            )]
        );
    }

    #[test]
    fn titles_keep_inner_capitals_and_next_words() {
        assert_eq!(
            title_of("Harness the AI Power of ChatGPT"),
            Some(Title {
                text: "Harness the AI Power of ChatGPT".into(),
                nav: None
            })
        );
        assert_eq!(
            title_of("Next Steps for the City Council").map(|t| t.text),
            Some("Next Steps for the City Council".into())
        );
        assert_eq!(
            title_of("Siguiente artículo: Si quieres un iPhone X, ya no tendrás que esperar"),
            Some(Title {
                text: "Si quieres un iPhone X, ya no tendrás que esperar".into(),
                nav: Some("Siguiente artículo".into())
            })
        );
        assert_eq!(
            title_of("Healthy Cauliflower Soup Recipe →").map(|t| t.text),
            Some("Healthy Cauliflower Soup Recipe".into())
        );
    }
}
