//! Teaser cards: the grid of cards for other stories many pages print
//! under the article. Each card is a few short lines (a picture marker or
//! credit, a kicker, the title), one summary sentence, and perhaps a
//! byline or a date under it:
//!
//! ```text
//! [png][Escalon-10]
//! Accounting & Finance
//! The Risks Of Missing A 1099 Deadline
//! For many business owners, 1099 season brings a familiar mix of …
//! ```
//!
//! The summary is a real sentence, so the classifier keeps it as text, and
//! the title often comes along. A run of such cards under the article's
//! prose is taken out of the body; each card's title becomes a related
//! teaser, its kicker the label.
//!
//! An article's own sections can look alike (a heading and a short
//! paragraph, again and again): a card is told from them by what only a
//! card prints (a picture marker or credit, a byline or date of its own, a
//! summary cut short, a title printed twice), and the run must stand
//! under more prose than it holds, with less body text under it than in
//! it.

use crate::article::{Article, RelatedLink};
use crate::parse::provenance::{self, Rule};
use crate::parse::text::blocks::Block;
use crate::parse::text::features::Page;
use crate::parse::{byline, date, rules};

use super::Role;
use super::related::{COMMENT_HEAD, SECTION_HEADING};
use super::teaser_lines::{is_reading_time, is_relative_time};

/// What a block can be in a teaser card.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    /// A picture's marker, label or credit ("`[png][Escalon-10]`",
    /// "`Photo[merlin_173]`", "CreditErik Carter"), with its caption glued
    /// on when that is no sentence.
    Picture,
    /// A byline or a date or age of the card's story ("By Charles M.
    /// Blow", "Nov 6, 2025", "2 months ago"): `dated` when it holds a
    /// date or age, `named` when it opens like a byline.
    Stamp { dated: bool, named: bool },
    /// A short line that is no sentence: a kicker, a section's name, a
    /// title.
    Title,
    /// One sentence or two, the card's summary; `cut` when it ends in an
    /// ellipsis (the page cut it short).
    Summary { cut: bool },
}

/// A card: the blocks `start..end`, the summary at `summary`, and the
/// title and kicker over it.
#[derive(Debug, PartialEq)]
struct Card {
    start: usize,
    end: usize,
    summary: usize,
    title: usize,
    label: Option<usize>,
    /// The card prints what only a card prints (see the module's doc).
    signed: bool,
    /// A heading over teasers ("More stories", "You may also like")
    /// stands in the card's head or right over it: the cards under it
    /// are teasers, signed or not.
    headed: bool,
    /// A date over the card's title, and one under its summary.
    head_dated: bool,
    tail_dated: bool,
}

/// Takes the runs of teaser cards under the article out of the body: each
/// card's blocks become the related teaser they are, its title (with its
/// kicker as the label) one of `article.related`.
pub(super) fn drop_teaser_cards(
    blocks: &[Block],
    page: &Page,
    roles: &mut [Role],
    article: &mut Article,
) {
    // Cards stand under the article's prose: none before its first block.
    let Some(first_body) = roles.iter().position(|r| *r == Role::Body) else {
        return;
    };
    // A run lies in a span, and what stays body text under the span stays
    // under the run: a span over no less body text than it holds (most
    // spans, an article's sections) has no run to take out. Only the
    // spans kept below may lose their text.
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    // Body words from block `cursor` down, out of the spans kept.
    let (mut under, mut cursor) = (0, blocks.len());
    for span in spans_of(blocks, page, roles, first_body).into_iter().rev() {
        if span.end < cursor {
            under += body_words(page, roles, span.end..cursor);
            cursor = span.end;
        }
        if body_words(page, roles, span.clone()) > under {
            cursor = cursor.min(span.start);
            spans.push(span);
        }
    }
    if spans.is_empty() {
        return;
    }
    spans.reverse();
    let mut parts = Parts {
        blocks,
        page,
        roles,
        read: vec![None; blocks.len()],
    };
    let mut cards: Vec<Card> = spans
        .into_iter()
        .flat_map(|span| cards(&mut parts, span))
        .collect();
    let runs = runs(&cards);
    if runs.is_empty() {
        return;
    }
    for run in &runs {
        trim_first_head(&mut cards[run.clone()]);
    }
    // The article's prose: body blocks in no run.
    let mut in_run = vec![false; blocks.len()];
    for run in &runs {
        let (first, last) = (&cards[run.start], &cards[run.end - 1]);
        in_run[first.start..last.end].fill(true);
    }
    let mut taken: Vec<&Card> = Vec::new();
    // From the bottom up: a run taken out leaves the run over it nearer
    // the end of the article.
    for run in runs.iter().rev() {
        let (start, end) = (cards[run.start].start, cards[run.end - 1].end);
        let inside = body_words(page, roles, start..end);
        let after = body_words(page, roles, end..blocks.len());
        let before: usize = (0..start)
            .filter(|&i| roles[i] == Role::Body && !in_run[i])
            .map(|i| page.words[i])
            .sum();
        if inside == 0 || after >= inside || before < inside {
            continue;
        }
        for role in &mut roles[start..end] {
            if matches!(role, Role::Body | Role::Other | Role::Caption) {
                *role = Role::Related;
            }
        }
        taken.extend(&cards[run.clone()]);
    }
    taken.sort_by_key(|c| c.start);
    for card in taken {
        if article.related.len() >= rules::MAX_RELATED {
            break;
        }
        if page.words[card.title] < rules::TEASER_MIN_WORDS {
            continue;
        }
        article.related.push(RelatedLink {
            title: blocks[card.title].text.clone(),
            label: card.label.map(|l| blocks[l].text.clone()),
            url: None,
        });
        let (from, to) = (&blocks[card.start], &blocks[card.end - 1]);
        let span = provenance::lines(from.line, to.line + to.lines - from.line);
        article
            .provenance
            .add("related", Rule::RelatedTeaserCard.at(Some(span)));
    }
}

/// The words of the body blocks in `range`.
fn body_words(page: &Page, roles: &[Role], range: std::ops::Range<usize>) -> usize {
    range
        .filter(|&i| roles[i] == Role::Body)
        .map(|i| page.words[i])
        .sum()
}

/// What each block can be in a card, read when first asked for: most
/// blocks are never asked (only those around a summary are).
struct Parts<'a> {
    blocks: &'a [Block],
    page: &'a Page,
    roles: &'a [Role],
    read: Vec<Option<Option<Part>>>,
}

impl Parts<'_> {
    fn get(&mut self, i: usize) -> Option<Part> {
        if let Some(part) = self.read[i] {
            return part;
        }
        let part = matches!(self.roles[i], Role::Body | Role::Other | Role::Caption)
            .then(|| part(&self.blocks[i].text, self.page.words[i]))
            .flatten();
        self.read[i] = Some(part);
        part
    }
}

/// What `text` (of `words` words) can be in a card, if anything. Asked
/// of every block around a summary: the sentence's end is read first, and
/// only a short line that is no sentence is searched for a date or byline.
fn part(text: &str, words: usize) -> Option<Part> {
    if words == 0 {
        return None;
    }
    let end = without_closing_marks(text);
    if ends_a_sentence(end) {
        let cut = end.ends_with('…') || end.ends_with("...");
        let summary =
            (rules::CARD_SUMMARY_MIN_WORDS..=rules::CARD_SUMMARY_MAX_WORDS).contains(&words);
        return summary.then_some(Part::Summary { cut });
    }
    if words > rules::CARD_CAPTION_MAX_WORDS {
        return None;
    }
    if is_bracketed_names(text) || is_picture_label(text, words) {
        return Some(Part::Picture);
    }
    if let Some(stamp) = stamp(text, words) {
        return Some(stamp);
    }
    let title = words <= rules::TEASER_MAX_WORDS
        && !end.ends_with([',', ':', ';'])
        && text.chars().any(char::is_alphabetic);
    title.then_some(Part::Title)
}

/// `text` without the quotes, brackets and spaces that close it.
fn without_closing_marks(text: &str) -> &str {
    text.trim_end_matches(['"', '\'', '”', '’', ')', ']', ' '])
}

/// `end` (closing marks cut) ends a sentence: a full stop, an
/// exclamation mark or an ellipsis. A question mark closes titles too.
fn ends_a_sentence(end: &str) -> bool {
    end.ends_with(['.', '!', '…', '。'])
}

/// `ends_a_sentence(without_closing_marks(text))`, read on the bytes: the
/// spans are looked for on most blocks of every page.
fn closes_a_sentence(text: &str) -> bool {
    let mut bytes = text.as_bytes();
    loop {
        match bytes {
            [rest @ .., b'"' | b'\'' | b')' | b']' | b' '] => bytes = rest,
            // "”" and "’".
            [rest @ .., 0xE2, 0x80, 0x9D | 0x99] => bytes = rest,
            _ => break,
        }
    }
    // ".", "!", "…" and "。".
    matches!(
        bytes,
        [.., b'.' | b'!'] | [.., 0xE2, 0x80, 0xA6] | [.., 0xE3, 0x80, 0x82]
    )
}

/// A picture's label, alone or glued to its caption or credit: a word of
/// `rules::CARD_PICTURE_WORDS` opening the line ("`Photo[merlin_173]`",
/// "CreditErik Carter", "Photo: Reuters", "1. PhotoXi Jinping, …"), after
/// the card's number in a numbered grid.
fn is_picture_label(text: &str, words: usize) -> bool {
    // Asked of many lines: the first byte turns most down.
    let opens = |t: &str| {
        t.as_bytes().first().is_some_and(|&b| {
            b.is_ascii_digit()
                || rules::CARD_PICTURE_WORDS
                    .iter()
                    .any(|w| w.as_bytes()[0] == b)
        })
    };
    if !opens(text) {
        return false;
    }
    let unnumbered = text
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .strip_prefix(". ")
        .filter(|_| text.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(text);
    words <= rules::CARD_CAPTION_MAX_WORDS
        && rules::CARD_PICTURE_WORDS.iter().any(|w| {
            unnumbered.strip_prefix(w).is_some_and(|rest| {
                rest.is_empty()
                    || rest.starts_with(['[', ':', ' ', '('])
                        && !rest.trim_start().starts_with(char::is_lowercase)
                    || rest.starts_with(char::is_uppercase)
            })
        })
}

/// `text` past the bracketed names that open it ("`[svg]Written by …`").
fn without_bracketed_head(text: &str) -> &str {
    let mut rest = text;
    while let Some(inner) = rest.strip_prefix('[') {
        match inner.find(']') {
            Some(close) => rest = inner[close + 1..].trim_start(),
            None => break,
        }
    }
    rest
}

/// Nothing but bracketed names ("`[png][Escalon-10]`", "`[gif]`"): how w3m
/// prints a picture with no alt text.
fn is_bracketed_names(text: &str) -> bool {
    let mut rest = text.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let Some(inner) = rest.strip_prefix('[') else {
            return false;
        };
        let Some(close) = inner.find(']') else {
            return false;
        };
        if inner[..close].contains(['[', ' ']) {
            return false;
        }
        rest = inner[close + 1..].trim_start();
    }
    true
}

/// A card's byline or the date or age of its story: "By Charles M.
/// Blow", "Por Josh Max", "Nov 6, 2025", "2 months ago", "5 min read".
/// A byline here is a short line opened like one (`byline::after_opener`)
/// and a capital.
fn stamp(text: &str, words: usize) -> Option<Part> {
    if words > rules::CARD_STAMP_MAX_WORDS {
        return None;
    }
    // An age, in any language the parser reads ages in (the reader's
    // first test is cheap), or a reading time, which opens with a number.
    let timed = is_relative_time(text)
        || text.as_bytes().first().is_some_and(u8::is_ascii_digit) && is_reading_time(text);
    let dated = timed
        || words <= rules::CARD_DATE_MAX_WORDS
            && text.bytes().any(|b| b.is_ascii_digit())
            && (date::find_all_forms(text).is_some() || date::is_month_year(text));
    // A byline names someone right after its opener ("Di seguito" opens
    // none). Its names are not read: the line is a card's stamp either way.
    let named = byline::after_opener(without_bracketed_head(text))
        .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase));
    (dated || named).then_some(Part::Stamp { dated, named })
}

/// Where cards may stand, from block `from` on, read by hand: spans that
/// hold `rules::CARD_RUN_MIN_CARDS` summaries or more (a sentence of a
/// summary's length), each right under a few short lines (no more than a
/// card's head and the tail of the card above), the first with such
/// lines over it (its head takes the last few). Every run of cards lies in one; an article's text, a
/// paragraph after a paragraph, lies in none, and is not read further.
fn spans_of(
    blocks: &[Block],
    page: &Page,
    roles: &[Role],
    from: usize,
) -> Vec<std::ops::Range<usize>> {
    let most_between = rules::CARD_HEAD_MAX_BLOCKS + rules::CARD_TAIL_MAX_BLOCKS;
    let candidate = |i: usize| matches!(roles[i], Role::Body | Role::Other | Role::Caption);
    let mut spans = Vec::new();
    // The summaries of the chain: the first, the last and their count.
    let mut chain: Option<(usize, usize, usize)> = None;
    // Short lines since the last summary (or since the last other block).
    let mut short = 0;
    let mut close = |chain: &mut Option<(usize, usize, usize)>| {
        if let Some((first, last, count)) = chain.take()
            && count >= rules::CARD_RUN_MIN_CARDS
        {
            let start = first.saturating_sub(rules::CARD_HEAD_MAX_BLOCKS).max(from);
            let end = (last + 1 + rules::CARD_TAIL_MAX_BLOCKS).min(blocks.len());
            spans.push(start..end);
        }
    };
    let longest = rules::CARD_SUMMARY_MAX_WORDS.max(rules::CARD_CAPTION_MAX_WORDS);
    // A run holds body text: a chain that opens under the last body block
    // holds none.
    let last_body = roles.iter().rposition(|r| *r == Role::Body).unwrap_or(0);
    for (i, block) in blocks.iter().enumerate().skip(from) {
        if i > last_body && chain.is_none() {
            break;
        }
        let words = page.words[i];
        // A paragraph longer than a summary breaks a chain unread.
        if words == 0 || words > longest || !candidate(i) {
            close(&mut chain);
            short = 0;
            continue;
        }
        let sentence = closes_a_sentence(&block.text);
        let summary = sentence
            && (rules::CARD_SUMMARY_MIN_WORDS..=rules::CARD_SUMMARY_MAX_WORDS).contains(&words);
        if summary && short > 0 {
            chain = match chain {
                Some((first, _, count)) if short <= most_between => Some((first, i, count + 1)),
                _ => {
                    close(&mut chain);
                    Some((i, i, 1))
                }
            };
            short = 0;
            continue;
        }
        let head = words <= rules::CARD_CAPTION_MAX_WORDS && !sentence;
        if head {
            short += 1;
            if short > most_between {
                close(&mut chain);
            }
        } else {
            close(&mut chain);
            short = 0;
        }
    }
    close(&mut chain);
    spans
}

/// The cards in `parts` within `span`, top to bottom: each a
/// summary, the head over it (up to `rules::CARD_HEAD_MAX_BLOCKS`
/// pictures, stamps and titles, one title at least) and the stamps under
/// it (up to `rules::CARD_TAIL_MAX_BLOCKS`). No card takes a block of the
/// card above.
fn cards(parts: &mut Parts, span: std::ops::Range<usize>) -> Vec<Card> {
    let blocks = parts.blocks;
    let mut cards = Vec::new();
    let mut floor = span.start;
    // The stamps under the last card's summary: a date, a byline.
    let mut tail_stamps: Option<(bool, bool)> = None;
    for s in span.clone() {
        // The word count first: most blocks are no summary by it. A
        // summary has a head over it, under the card above.
        let words = parts.page.words[s];
        if s <= floor
            || !(rules::CARD_SUMMARY_MIN_WORDS..=rules::CARD_SUMMARY_MAX_WORDS).contains(&words)
        {
            continue;
        }
        // Read by hand first, as most blocks are turned down here: the
        // summary ends a sentence, the line over it is short and no
        // sentence.
        let above = s - 1;
        let may_be_card = closes_a_sentence(&blocks[s].text)
            && parts.page.words[above] <= rules::CARD_CAPTION_MAX_WORDS
            && !closes_a_sentence(&blocks[above].text);
        if !may_be_card {
            continue;
        }
        let Some(Part::Summary { cut }) = parts.get(s) else {
            continue;
        };
        let mut start = s;
        // The head's titles, bottom up.
        let mut titles = [0; rules::CARD_HEAD_MAX_BLOCKS];
        let mut count = 0;
        let mut pictured = false;
        // Stamps over the summary: a date, a byline.
        let mut head = (false, false);
        while start > floor && s - start < rules::CARD_HEAD_MAX_BLOCKS {
            match parts.get(start - 1) {
                Some(Part::Title) => {
                    titles[count] = start - 1;
                    count += 1;
                }
                Some(Part::Picture) => pictured = true,
                part if add_stamp(part, &mut head) => {}
                _ => break,
            }
            start -= 1;
        }
        let titles = &titles[..count];
        let Some(&title) = titles.first() else {
            floor = s + 1;
            continue;
        };
        // The stamps under the summary may be the next card's: its byline
        // over its title. They count for both cards.
        let above = tail_stamps
            .filter(|_| cards.last().is_some_and(|c: &Card| c.end == start))
            .unwrap_or((false, false));
        let mut tail = (false, false);
        let mut end = s + 1;
        while end < span.end
            && end - s <= rules::CARD_TAIL_MAX_BLOCKS
            && add_stamp(parts.get(end), &mut tail)
        {
            end += 1;
        }
        tail_stamps = Some(tail);
        let dated = head.0 || above.0 || tail.0;
        let named = head.1 || above.1 || tail.1;
        // A kicker over the title: a shorter title-like line right over it.
        let label = titles.get(1).copied().filter(|&l| {
            l + 1 == title
                && words_of(&blocks[l].text) <= rules::TEASER_LABEL_MAX_WORDS
                && words_of(&blocks[l].text) < words_of(&blocks[title].text)
        });
        let printed_twice = titles.iter().any(|&t| {
            titles
                .iter()
                .any(|&u| u != t && blocks[u].text == blocks[t].text)
        });
        // A date alone is a timeline's, a byline alone a reading list's:
        // a card of another story prints both (over its summary, under it
        // or under the card above), or a picture.
        let signed = cut || pictured || dated && named || printed_twice;
        let page = parts.page;
        // A comment head ("Join the Conversation") announces no teasers.
        let headed = (start.saturating_sub(1)..s).any(|i| {
            page.words[i] <= rules::SECTION_END_MAX_WORDS
                && SECTION_HEADING.is_match(page.lower(i))
                && !COMMENT_HEAD.is_match(page.lower(i))
        });
        cards.push(Card {
            start,
            end,
            summary: s,
            title,
            label,
            signed,
            headed,
            head_dated: head.0,
            tail_dated: tail.0,
        });
        floor = end;
    }
    cards
}

/// Whether `part` is a stamp, adding what it holds (a date, a byline) to
/// `stamps`.
fn add_stamp(part: Option<Part>, stamps: &mut (bool, bool)) -> bool {
    match part {
        Some(Part::Stamp { dated, named }) => {
            stamps.0 |= dated;
            stamps.1 |= named;
            true
        }
        _ => false,
    }
}

/// Keeps the head of the first card of a run to one block more than the
/// longest head of the others (a heading over the grid, "Related
/// Articles"): the lines over it are the article's, which the head would
/// take when they are short (the last items of a list).
fn trim_first_head(run: &mut [Card]) {
    let Some(longest) = run[1..].iter().map(|c| c.summary - c.start).max() else {
        return;
    };
    let first = &mut run[0];
    first.start = first
        .start
        .max(first.summary.saturating_sub(longest + 1))
        .min(first.title);
    if first.label.is_some_and(|l| l < first.start) {
        first.label = None;
    }
}

/// Runs of `rules::CARD_RUN_MIN_CARDS` cards or more, each right under
/// the one before and signed, or under a teaser heading in the run, or
/// dated under its summary: ranges of indices into `cards`. Dates alone
/// make no run whose first card has a date over its title: each entry of
/// a timeline prints its date first, and the next entry's date stands
/// under each summary but the last.
fn runs(cards: &[Card]) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    for run in runs_of(cards, 0..cards.len(), true) {
        let by_date = cards[run.clone()].iter().any(|c| !c.signed && !c.headed);
        if by_date && cards[run.start].head_dated {
            runs.extend(runs_of(cards, run, false));
        } else {
            runs.push(run);
        }
    }
    runs
}

/// The runs of [`runs`] within `range`, a date under the summary counting
/// as a sign when `dates`.
fn runs_of(
    cards: &[Card],
    range: std::ops::Range<usize>,
    dates: bool,
) -> Vec<std::ops::Range<usize>> {
    let signed = |c: &Card| c.signed || dates && c.tail_dated;
    let mut runs = Vec::new();
    let mut k = range.start;
    while k < range.end {
        if !signed(&cards[k]) && !cards[k].headed {
            k += 1;
            continue;
        }
        let mut headed = cards[k].headed;
        let mut j = k + 1;
        while j < range.end && cards[j].start == cards[j - 1].end {
            headed |= cards[j].headed;
            if !signed(&cards[j]) && !headed {
                break;
            }
            j += 1;
        }
        if j - k >= rules::CARD_RUN_MIN_CARDS {
            runs.push(k..j);
        }
        k = j;
    }
    runs
}

fn words_of(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{empty_article, split};
    use super::*;

    /// The body and related titles left of `text` when every block is
    /// body text.
    fn take(text: &str) -> (Vec<String>, Vec<(String, Option<String>)>) {
        let blocks = split(text);
        let page = crate::parse::text::features::page(&blocks);
        let mut roles = vec![Role::Body; blocks.len()];
        let mut article = empty_article();
        drop_teaser_cards(&blocks, &page, &mut roles, &mut article);
        let body = super::super::body_texts(blocks, &roles);
        let related = article
            .related
            .into_iter()
            .map(|r| (r.title, r.label))
            .collect();
        (body, related)
    }

    const ARTICLE: &str = "The council met on Monday and voted for the plan after a long debate \
                           in the town hall, which had been full since the early morning.\n\n";

    #[test]
    fn a_grid_of_cards_under_the_article_is_no_body_text() {
        let cards = "Tap into the latest insights from experts in your industry\n\n\
             [png][Escalon-IR]\n\nTaxes\n\nThe Hard IRS 1099 Deadline Is Closer Than You Think\n\n\
             Every January, companies promise themselves that this year will be different...\n\n\
             [png][Escalon-10]\n\nAccounting & Finance\n\nThe Risks Of Missing A 1099 Deadline\n\n\
             For many business owners, 1099 season brings a familiar mix of urgency and anxiety.\n\n\
             [png][Startups-h]\n\nLeadership & Growth\n\nCommon Hiring Mistakes Startups Make\n\n\
             Hiring is one of the most critical decisions a startup can make.\n";
        let (body, related) = take(&format!("{}{cards}", ARTICLE.repeat(4)));
        assert_eq!(body.len(), 4, "{body:?}");
        assert_eq!(
            related,
            [
                (
                    "The Hard IRS 1099 Deadline Is Closer Than You Think".to_string(),
                    Some("Taxes".to_string())
                ),
                (
                    "The Risks Of Missing A 1099 Deadline".to_string(),
                    Some("Accounting & Finance".to_string())
                ),
                (
                    "Common Hiring Mistakes Startups Make".to_string(),
                    Some("Leadership & Growth".to_string())
                ),
            ]
        );
    }

    #[test]
    fn the_short_lines_over_the_first_card_stay_the_articles() {
        // The head of the first card would reach up into the list that
        // closes the article: it takes one line more than the others'.
        let text = format!(
            "{}How to choose a CRM for your team\n\n\
             Reporting: which KPIs must be visible in the CRM\n\n\
             Governance: who owns admin, data quality, and workflow standards\n\n\
             Related Articles\n\nStrategy, Guides\n\n\
             Everything You Should Be Doing Before You Start Call Tracking\n\n\
             Your guide to what good marketing looks like, and how call tracking can help.\n\n\
             by Chris Todd\n\nStrategy, Team Performance\n\n\
             What AI prompts are marketers using to analyze phone calls?\n\n\
             Get inspired by real customer AI use cases for phone call analysis.\n\n\
             by Chris Todd\n\nAttribution\n\n\
             Why VoIP and Attribution Belong Together\n\n\
             A common decision our customers need to make is whether to keep them apart.\n\n\
             by Andrew Clark\n",
            ARTICLE.repeat(5)
        );
        let (body, related) = take(&text);
        assert_eq!(
            body[5..],
            [
                "How to choose a CRM for your team",
                "Reporting: which KPIs must be visible in the CRM",
                "Governance: who owns admin, data quality, and workflow standards"
            ]
        );
        assert_eq!(related.len(), 3);
    }

    #[test]
    fn cards_with_credits_and_bylines_are_no_body_text() {
        let card = |n: usize, title: &str| {
            format!(
                "{n}. Photo[merlin_17{n}]\n\nCreditNitashia Johnson para The New York Times\n\n\
                 {title}\n\nPor fuera parecía tener éxito, pero por dentro sentía que me ahogaba.\n\n\
                 By Charles M. Blow\n\n"
            )
        };
        let text = format!(
            "{}{}{}{}",
            ARTICLE.repeat(5),
            card(1, "La muerte cambió mi vida"),
            card(2, "Así es como el ejercicio puede controlar la ansiedad"),
            card(3, "Siete opciones para alimentar a tu cerebro"),
        );
        let (body, related) = take(&text);
        assert_eq!(body.len(), 5, "{body:?}");
        assert_eq!(related.len(), 3);
        assert_eq!(related[0].0, "La muerte cambió mi vida");
    }

    #[test]
    fn a_summary_may_run_to_two_long_sentences() {
        // iDenfy's cards: byline, title, date, and 43-54 words of summary.
        let summary = "Business verification in the US is deceptively complex, with no \
                       single federal registry and over fifty state-level databases to search. \
                       Every state keeps its own records, in its own format, updated on its \
                       own schedule, and a fraudster only needs to find the one that is \
                       checked the least.";
        let card = |title: &str| {
            format!(
                "[svg]Written by Andrius Juodis\n\n{title}\n\nFebruary 24, 2026\n\n{summary}\n\n"
            )
        };
        let text = format!(
            "{}{}{}{}",
            ARTICLE.repeat(8),
            card("Spotting Fake Businesses in Singapore"),
            card("America's State-by-State KYB Problem"),
            card("Best eID Verification Software in 2026"),
        );
        assert!(words_of(summary) > 45);
        let (body, related) = take(&text);
        assert_eq!(body.len(), 8, "{body:?}");
        assert_eq!(related.len(), 3);
    }

    #[test]
    fn cards_under_a_teaser_heading_need_no_other_sign() {
        let cards = "Fraser's lasting legacy\n\n\
             Malcolm Fraser was an effective prime minister, controversially installed and soundly elected.\n\n\
             Doctor knows best, not Starbeam Fantapants\n\n\
             Ideas and philosophies that are patently absurd capture the imagination of so many people.\n\n\
             Good for some, but I'm not buying it\n\n\
             The good thing about Ikea is that it's cheap and good quality, most of the time.\n";
        let (body, related) = take(&format!("{}More stories\n\n{cards}", ARTICLE.repeat(6)));
        assert_eq!(body.len(), 6, "{body:?}");
        assert_eq!(related.len(), 3);
        assert_eq!(related[0].1.as_deref(), Some("More stories"));
        // Under no heading, or under a comment head, they stay.
        assert_eq!(take(&format!("{}{cards}", ARTICLE.repeat(6))).0.len(), 12);
        let text = format!("{}Join the Conversation\n\n{cards}", ARTICLE.repeat(6));
        assert_eq!(take(&text).0.len(), 13);
    }

    #[test]
    fn a_timeline_or_a_reading_list_closing_the_article_stays() {
        // A date over each entry's title: the dates lead, the article's own.
        let timeline = "Timeline\n\nJanuary 5, 2020\n\nWHO reports a mysterious pneumonia\n\n\
             The organization said it was told of cases of pneumonia of unknown cause.\n\n\
             January 30, 2020\n\nA global health emergency is declared\n\n\
             The organization declared a public health emergency of international concern.\n\n\
             March 11, 2020\n\nThe outbreak is called a pandemic\n\n\
             The director-general said the spread of the disease was alarming.\n\n\
             March 13, 2020\n\nA national emergency is declared\n\n\
             The president declared a national emergency, freeing billions of dollars.\n";
        let text = format!("{}{timeline}", ARTICLE.repeat(8));
        assert_eq!(take(&text).0.len(), 8 + 13);
        // A byline alone under each title: books, not other stories.
        let books = "Books we used\n\nThe Great Influenza\n\nBy John M. Barry\n\n\
             A history of the 1918 pandemic and the scientists who fought it.\n\n\
             Spillover\n\nBy David Quammen\n\n\
             How animal infections cross over to humans, and why it matters.\n\n\
             The Premonition\n\nBy Michael Lewis\n\n\
             A small group of doctors who saw the pandemic coming and warned others.\n";
        let text = format!("{}{books}", ARTICLE.repeat(8));
        assert_eq!(take(&text).0.len(), 8 + 10);
        // Dates under the summaries are the teasers' (AgencyAnalytics).
        let teasers = "What other agency experts are reading\n\n\
             The 8 most important SEO KPIs you need to track in 2026\n\n\
             Learn the essential SEO KPIs to track, with dashboards and examples.\n\nNov 6, 2025\n\n\
             The Ultimate Google Ads Optimization Checklist\n\n\
             The guide includes everything your agency needs to keep campaigns running.\n\nOct 2, 2025\n\n\
             Boost Your Client's Website Performance With On-Page SEO\n\n\
             On-page SEO strategies that help your clients rank higher in search.\n\nSep 9, 2025\n";
        let text = format!("{}{teasers}", ARTICLE.repeat(8));
        assert_eq!(take(&text).0.len(), 8);
    }

    /// A page for the text parser: `article`, then three cards (title,
    /// summary, and the story's age under it).
    fn page_with_aged_cards(article: &str, cards: &[(&str, &str)], age: &str) -> String {
        let cards: String = cards
            .iter()
            .map(|(title, summary)| format!("{title}\n\n{summary}\n\n{age}\n\n"))
            .collect();
        format!("{article}{cards}")
    }

    /// The body and related titles `extract` finds in `text`.
    fn extracted(text: &str) -> (Vec<String>, Vec<String>) {
        let mut article = empty_article();
        crate::parse::text::extract(text, &mut article);
        let related = article.related.into_iter().map(|r| r.title).collect();
        (article.body, related)
    }

    #[test]
    fn cards_dated_by_an_age_in_another_language_are_no_body_text() {
        let english = page_with_aged_cards(
            "The town council votes for the new tram line\n\n\
             The council met on Monday and voted for the plan after a long debate in the \
             town hall, which had been full since the early morning.\n\n\
             The tram line will run from the station to the hospital, and the first trams \
             are expected to carry passengers within three years.\n\n\
             Opponents said the cost was too high and that buses would do the same work, but \
             the mayor said the town could not wait any longer.\n\n\
             The works will start in the spring, and the main street will be closed to cars \
             for several months while the rails are laid.\n\n\
             Shopkeepers on the main street asked for help during the works, and the council \
             promised a fund to make up for lost trade.\n\n",
            &[
                (
                    "The Best Cafés Near the Old Harbour",
                    "We tried a dozen places by the water and picked the ones worth a detour.",
                ),
                (
                    "Why the Bridge Repairs Are Late Again",
                    "The contractor blames the weather, but the council wants a new timetable.",
                ),
                (
                    "A New Library Opens in the North District",
                    "The building has a reading room, a children's floor and a small theatre.",
                ),
            ],
            "2 hours ago",
        );
        let french = page_with_aged_cards(
            "Le conseil municipal vote pour la nouvelle ligne de tram\n\n\
             Le conseil s'est réuni lundi et a voté pour le projet après un long débat à la \
             mairie, qui était pleine depuis le petit matin.\n\n\
             La ligne de tram ira de la gare à l'hôpital, et les premiers trams devraient \
             transporter des passagers dans trois ans.\n\n\
             Les opposants ont dit que le coût était trop élevé et que les bus feraient le \
             même travail, mais le maire a dit que la ville ne pouvait plus attendre.\n\n\
             Les travaux commenceront au printemps, et la rue principale sera fermée aux \
             voitures pendant plusieurs mois pendant la pose des rails.\n\n\
             Les commerçants de la rue principale ont demandé de l'aide pendant les travaux, \
             et le conseil a promis un fonds pour compenser les pertes.\n\n",
            &[
                (
                    "Les meilleurs cafés près du vieux port",
                    "Nous avons essayé une douzaine d'endroits au bord de l'eau et gardé ceux \
                     qui valent le détour.",
                ),
                (
                    "Pourquoi les travaux du pont sont encore en retard",
                    "L'entreprise accuse la météo, mais le conseil veut un nouveau calendrier.",
                ),
                (
                    "Une nouvelle bibliothèque ouvre dans le quartier nord",
                    "Le bâtiment a une salle de lecture, un étage pour les enfants et un petit \
                     théâtre.",
                ),
            ],
            "il y a 2 heures",
        );
        for (page, first) in [
            (&english, "The Best Cafés Near the Old Harbour"),
            (&french, "Les meilleurs cafés près du vieux port"),
        ] {
            let (body, related) = extracted(page);
            assert_eq!(body.len(), 5, "{body:?}");
            assert_eq!(related.len(), 3, "{related:?}");
            assert_eq!(related[0], first);
        }
    }

    #[test]
    fn an_articles_own_sections_stay() {
        // Subheadings, each over a sentence: no card prints only that.
        let sections = "Saving time\n\nCompanies that outsource have more time to focus on growth.\n\n\
                        Expert guidance\n\nThe agencies have years of experience in the field.\n\n\
                        Lower costs\n\nOutsourcing specific tasks has a considerably lower price.\n";
        let text = format!("{}{sections}", ARTICLE.repeat(4));
        assert_eq!(take(&text).0.len(), 10);
        // A listicle whose items each print a picture: the article's own
        // text, above the prose that follows it.
        let item = |n: usize| {
            format!(
                "[png][item-{n}]\n\n{n}. A Quiet Beach Town\n\n\
                 The town has a long beach and a small harbour with boats.\n\n"
            )
        };
        let text = format!(
            "{}{}{}{}{}",
            ARTICLE,
            item(1),
            item(2),
            item(3),
            ARTICLE.repeat(3)
        );
        assert_eq!(take(&text).0.len(), 13);
        // Cards that are the whole page (an index): nothing to set them apart from.
        let text = format!("{}{}{}", item(1), item(2), item(3));
        assert_eq!(take(&text).0.len(), 9);
    }

    #[test]
    fn a_sentences_end_is_read_on_the_bytes_as_on_the_chars() {
        for text in [
            "It ended.",
            "It ended!",
            "It was cut…",
            "It was cut...",
            "He said “it ended.”",
            "It ended.’ ",
            "(It ended.)",
            "它结束了。",
            "Did it end?",
            "A title",
            "A list:",
            "“A quote”",
            "",
            "é",
        ] {
            assert_eq!(
                closes_a_sentence(text),
                ends_a_sentence(without_closing_marks(text)),
                "{text}"
            );
        }
    }

    #[test]
    fn picture_markers_and_stamps() {
        for marker in [
            "[png][Escalon-10]",
            "[gif]",
            "Photo[merlin_173]",
            "2. Photo[19max-vide]",
            "CreditEllen Surrey",
            "Credit",
            "1. PhotoXi Jinping, el líder de China, arriesgó su prestigio personal",
            "Photo: Reuters",
        ] {
            assert_eq!(
                part(marker, words_of(marker)),
                Some(Part::Picture),
                "{marker}"
            );
        }
        for line in [
            "Photography tips for beginners",
            "Credit cards with the lowest rates",
            "Imagine a world without cars",
            "[Trump] said so",
        ] {
            assert_ne!(part(line, words_of(line)), Some(Part::Picture), "{line}");
        }
        for line in [
            "By Charles M. Blow",
            "Por Josh Max",
            "[svg]Written by Andrius Juodis",
            "Nov 6, 2025",
            "2 months ago",
            "5 min read",
        ] {
            assert!(stamp(line, words_of(line)).is_some(), "{line}");
        }
        assert!(stamp("Stand by Me", 3).is_none());
    }
}
