//! The publication date: a date line near the headline or the start of the
//! text (the earliest of a cluster), else a byline's date merged into a
//! longer block, a date line above the text, a labelled date anywhere or a
//! two-digit year; an "originally published" sentence, and a line that
//! opens with a "Published" label, win over those. Named after the
//! article's field, apart from `crate::parse::date`, which reads the dates.

use std::sync::LazyLock;

use crate::article::Article;
use crate::parse::provenance::Rule;
use crate::parse::text::blocks::Block;
use crate::parse::text::features::{BlockPhrase, Page};
use crate::parse::words::more_words_than;
use crate::parse::{date, rules};

use super::authors::BylineMemo;
use super::shapes::{ends_like_sentence, holds_byline_opener, opens_with_date_label};
use super::words::WordCounts;
use super::{Role, at, note, set_published};

/// Date: the first short line with a date near the headline or the start
/// of the article text, nearest first.
#[allow(clippy::too_many_arguments)]
pub(super) fn find_date(
    blocks: &[Block],
    page: &Page,
    words: &WordCounts,
    bylines: &BylineMemo,
    roles: &mut [Role],
    start: usize,
    text_start: usize,
    article: &mut Article,
) {
    if article.published.is_some() {
        return;
    }
    if let Some((i, value)) = originally_published_on_page(blocks, page) {
        set_published(article, value, Rule::PublishedOriginally, &blocks[i]);
        take_date_line(blocks, page, words, roles, i);
        return;
    }
    find_date_near_headline(
        blocks, page, words, bylines, roles, start, text_start, article,
    );
    find_opening_label_date(blocks, page, words, roles, article);
}

/// The update date: a date after an update label ("Updated June 19,
/// 2025, 9:12 a.m. ET", "… modifié le 28 mai 2025 à 08h10") on a short
/// line at most `rules::UPDATE_LINE_REACH` blocks from the publication
/// date's line, not earlier than the publication date (nor the same,
/// on the publication's own line). Its line, outside the body, is a date
/// line.
pub(super) fn find_updated(
    blocks: &[Block],
    page: &Page,
    words: &WordCounts,
    roles: &mut [Role],
    article: &mut Article,
) {
    let Some(published) = article.published.as_deref() else {
        return;
    };
    let Some(line) = roles.iter().position(|r| *r == Role::Date) else {
        return;
    };
    let near = line.saturating_sub(rules::UPDATE_LINE_REACH)
        ..(line + rules::UPDATE_LINE_REACH + 1).min(blocks.len());
    let labelled = |i: usize| {
        !words.more_than(i, rules::DATE_LINE_MAX_WORDS)
            && (page.holds(i, BlockPhrase::UpdateLabel)
                || has_non_latin_update_label(page.lower(i)))
    };
    let found = near
        .filter(|&i| labelled(i))
        .chain(
            closing_lines(roles).filter(|&i| labelled(i) && opens_with_update_label(page.lower(i))),
        )
        .find_map(|i| Some((i, updated_on_line(&blocks[i].text, page.lower(i))?)))
        // The same date as the publication's on the date line itself is
        // its one date read twice ("Updated 11:42 PM EST, March 1, 2024"
        // alone): no news. On a line of its own it is a same-day update
        // whose time was dropped (no zone), and the line no text.
        .filter(|(i, value)| {
            (*i != line || value != published) && value.get(..10) >= published.get(..10)
        });
    if let Some((i, value)) = found {
        note(article, "updated", Rule::UpdatedLabelledDate, &blocks[i]);
        article.updated = Some(value);
        // A short labelled date line: no text, even where every block
        // was taken for the body (a plain copy's fallback).
        if matches!(roles[i], Role::Other | Role::Body) {
            roles[i] = Role::Date;
        }
    }
}

/// The body's last block and the `rules::UPDATE_LINE_REACH` blocks after
/// it: where a copy's closing update line stands ("Aggiornato il 12 marzo
/// 2025 alle 19:40", "Atualizado em …", "Bijgewerkt …").
fn closing_lines(roles: &[Role]) -> std::ops::Range<usize> {
    roles
        .iter()
        .rposition(|r| *r == Role::Body)
        .map_or(0..0, |last| {
            last..(last + rules::UPDATE_LINE_REACH + 1).min(roles.len())
        })
}

/// `lower` opens with its update label, past one word at most ("Last
/// updated …", "[Updated …"): at the text's end, a line that only
/// mentions an update is text.
fn opens_with_update_label(lower: &str) -> bool {
    let lower = lower.trim_start_matches(['[', '(', '*', '_']);
    let second = lower.split_whitespace().nth(1).unwrap_or("");
    [lower, second].iter().any(|w| {
        rules::UPDATE_LABELS
            .iter()
            .chain(rules::NON_LATIN_UPDATE_LABELS)
            .any(|label| w.starts_with(label))
    })
}

/// `lower` holds one of `rules::NON_LATIN_UPDATE_LABELS` ("Обновлено 12
/// марта 2025", "수정 2025.03.12"). Asked only of the few lines near the
/// date line.
fn has_non_latin_update_label(lower: &str) -> bool {
    !lower.is_ascii()
        && rules::NON_LATIN_UPDATE_LABELS
            .iter()
            .any(|l| lower.contains(l))
}

/// The date after the first update label of line `text` (`lower` its
/// lowercase form), read from the text after the label.
fn updated_on_line(text: &str, lower: &str) -> Option<String> {
    let end = rules::UPDATE_LABELS
        .iter()
        .chain(rules::NON_LATIN_UPDATE_LABELS)
        .filter_map(|label| lower.find(label).map(|at| at + label.len()))
        .min()?;
    // The lowercase form has the text's byte offsets unless a letter
    // changed length; then the date is read from the lowercase form.
    let after = if lower.len() == text.len() {
        text.get(end..)?
    } else {
        &lower[end..]
    };
    date::find_all_forms(after).map(|found| found.value)
}

/// The blocks within `rules::DATE_WINDOW` of the headline (`start`) or
/// of the start of the text, nearest to either first, each once (the
/// lower index first at the same distance).
///
/// Built a distance at a time: the blocks at distance `d` are among the
/// four `d` before and after each end. (Sorting the two windows, 46
/// blocks, cost some 11,000 instructions a call, three calls a page.)
fn near_header(len: usize, start: usize, text_start: usize) -> Vec<usize> {
    let distance = |i: usize| i.abs_diff(start).min(i.abs_diff(text_start));
    let mut order = Vec::with_capacity(4 * rules::DATE_WINDOW + 2);
    for d in 0..=rules::DATE_WINDOW {
        let mut at_d = [
            start.checked_sub(d),
            text_start.checked_sub(d),
            start.checked_add(d),
            text_start.checked_add(d),
        ]
        .map(|i| i.filter(|&i| i < len && distance(i) == d));
        at_d.sort_unstable();
        let mut last = None;
        for i in at_d.into_iter().flatten() {
            if last != Some(i) {
                order.push(i);
                last = Some(i);
            }
        }
    }
    order
}

/// Line `text` (`lower` in lowercase), whose date starts at byte
/// `date_at`, opens with it or with a date label ([`opens_with_any_date_label`])
/// and ends no sentence: a date line, however many words its times and
/// updates take.
fn opens_as_date_line(text: &str, lower: &str, date_at: usize) -> bool {
    (date_at == 0 || opens_with_any_date_label(lower)) && !ends_like_sentence(text)
}

/// `lower` opens with a publication, update or first-publication label
/// ("Publié le 27 mai 2025 à 18h45, modifié le …", "Updated Nov 11 …
/// Originally published Nov 9").
fn opens_with_any_date_label(lower: &str) -> bool {
    opens_with_date_label(lower)
        || opens_with_update_label(lower)
        || rules::ORIGINALLY_PUBLISHED
            .iter()
            .any(|p| lower.starts_with(p))
}

/// Takes line `i`, whose date a rule read, out of the text: a line
/// outside the body is the date line, and so is a body line of at most
/// `rules::DATE_LINE_MAX_WORDS` words that opens with a date label and
/// ends no sentence ("Published Thu 27 Jul 2017 Published Thu 27 Jul
/// 2017"), or that is a date alone ([`is_bare_date`]). A byline stays
/// one, and a body line that opens with a date and goes on stays text: it
/// may be an entry of a list of changes ("2022-04-12 Link to …").
fn take_date_line(blocks: &[Block], page: &Page, words: &WordCounts, roles: &mut [Role], i: usize) {
    let text = &blocks[i].text;
    let lower = page.lower(i);
    let date_line = || {
        !words.more_than(i, rules::DATE_LINE_MAX_WORDS)
            && (opens_with_any_date_label(lower) && !ends_like_sentence(text) || is_bare_date(text))
    };
    if roles[i] == Role::Other || roles[i] == Role::Body && date_line() {
        roles[i] = Role::Date;
    }
}

/// `text` is a date and at most a time after it: "8/1/2025", "March 4,
/// 2024 | 4:45 PM" (see `rules::BARE_DATE_TAIL_MAX_WORDS`).
fn is_bare_date(text: &str) -> bool {
    date::find_all_forms(text).is_some_and(|found| {
        let tail = &text[found.range.end..];
        found.range.start == 0
            && tail.split_whitespace().count() <= rules::BARE_DATE_TAIL_MAX_WORDS
            && tail.split_whitespace().all(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() <= rules::BARE_DATE_TAIL_MAX_LETTERS
            })
    })
}

/// The date lines near the headline and the start of the text, then
/// above the text, then labelled anywhere, then with a two-digit year.
#[allow(clippy::too_many_arguments)]
fn find_date_near_headline(
    blocks: &[Block],
    page: &Page,
    words: &WordCounts,
    bylines: &BylineMemo,
    roles: &mut [Role],
    start: usize,
    text_start: usize,
    article: &mut Article,
) {
    let order = near_header(blocks.len(), start, text_start);
    for i in order {
        let count = words.count(i);
        if count > rules::DATE_LINE_MAX_WORDS || roles[i] == Role::Headline {
            continue;
        }
        if let Some(found) = bylines.date(blocks, i) {
            let date_at = found.range.start;
            let (at, value) = earliest_nearby(blocks, bylines, roles, i, found.value.clone());
            let rule = if at == i {
                Rule::PublishedDateLine
            } else {
                Rule::PublishedEarliestNearby
            };
            set_published(article, value, rule, &blocks[at]);
            // A short body block or a line outside the body is the date
            // line, and so is a longer one that opens with the date or its
            // label and ends no sentence ("March 3, 2025 4:12 PM GMT
            // Updated 2 hours ago"); a body block that mentions a date
            // stays text.
            if roles[i] == Role::Other
                || (roles[i] == Role::Body
                    && (count <= rules::DATE_LINE_MAX_WORDS / 2
                        || opens_as_date_line(&blocks[i].text, page.lower(i), date_at)))
            {
                roles[i] = Role::Date;
            }
            // The cluster's earlier line ("Updated March 5" over
            // "Published March 4").
            if at != i {
                take_date_line(blocks, page, words, roles, at);
            }
            return;
        }
    }
    if let Some((i, value)) = merged_byline_date(blocks, words, roles, start, text_start) {
        set_published(article, value, Rule::PublishedMergedByline, &blocks[i]);
        return;
    }
    if let Some(i) = header_date_line(blocks, bylines, roles, text_start)
        && let Some(found) = bylines.date(blocks, i)
    {
        let (at, value) = earliest_nearby(blocks, bylines, roles, i, found.value.clone());
        set_published(article, value, Rule::PublishedHeaderLine, &blocks[at]);
        take_date_line(blocks, page, words, roles, i);
        return;
    }
    find_labelled_date(blocks, page, words, roles, article);
    if article.published.is_none()
        && let Some((i, value)) = short_year_date_line(blocks, words, roles, start, text_start)
    {
        set_published(article, value, Rule::PublishedShortYear, &blocks[i]);
        take_date_line(blocks, page, words, roles, i);
    }
}

/// The date of a byline that re-blocking merged into a longer block
/// with the standfirst or a caption above or below it ("Implementation
/// continues … By Sarah Schwartz — November 18, 2025 6 min read Vector
/// illustration …", as lynx prints an indented header), in the block
/// nearest the headline or the start of the text (`rules::DATE_WINDOW`
/// blocks each side) that holds one: a capitalised byline opener
/// (`rules::MERGED_BYLINE_OPENERS`, so "by" in a sentence is not one)
/// starts a run of at most `rules::MERGED_BYLINE_MAX_WORDS` words that
/// ends in the date.
fn merged_byline_date(
    blocks: &[Block],
    words: &WordCounts,
    roles: &[Role],
    start: usize,
    text_start: usize,
) -> Option<(usize, String)> {
    let order = near_header(blocks.len(), start, text_start);
    order.into_iter().find_map(|i| {
        let text = &blocks[i].text;
        if roles[i] == Role::Headline
            || !words.more_than(i, rules::DATE_LINE_MAX_WORDS)
            || !holds_byline_opener(text)
        {
            return None;
        }
        let found = date::find_all_forms(text)?;
        let before = &text[..found.range.start];
        let words: Vec<&str> = before.split_whitespace().collect();
        let reach = words.len().saturating_sub(rules::MERGED_BYLINE_MAX_WORDS);
        words[reach..]
            .iter()
            .any(|w| rules::MERGED_BYLINE_OPENERS.contains(w))
            .then_some((i, found.value))
    })
}

/// The short date line nearest the headline or the start of the text
/// (`rules::DATE_WINDOW` blocks each side) whose date has a two-digit
/// year ("9/11/13 10:00AM", "10.15.15" over "By Scott Cunningham"), when
/// no rule found a four-digit one: [`date::find_short_year`] reads them
/// only on lines of at most `rules::SHORT_YEAR_LINE_MAX_WORDS` words,
/// where a number like "1.2.13" is the line's date rather than a
/// version in a sentence.
fn short_year_date_line(
    blocks: &[Block],
    words: &WordCounts,
    roles: &[Role],
    start: usize,
    text_start: usize,
) -> Option<(usize, String)> {
    let order = near_header(blocks.len(), start, text_start);
    order.into_iter().find_map(|i| {
        if roles[i] == Role::Headline || words.more_than(i, rules::SHORT_YEAR_LINE_MAX_WORDS) {
            return None;
        }
        date::find_short_year(&blocks[i].text).map(|m| (i, m.value))
    })
}

/// A sentence anywhere on the page that gives the first publication date
/// ("This article was originally published on 26 Sep 2019 …"): pages
/// that print it show an "Updated …" date by the headline.
fn originally_published(blocks: &[Block]) -> Option<(usize, String)> {
    blocks
        .iter()
        .enumerate()
        .find_map(|(i, b)| originally_published_in(&b.text).map(|value| (i, value)))
}

/// [`originally_published`] of one block's `text`.
fn originally_published_in(text: &str) -> Option<String> {
    ORIGINALLY_PUBLISHED.find_iter(text).find_map(|phrase| {
        let found = date::find_all_forms(&text[phrase.end()..])?;
        (found.range.start <= rules::ORIGINALLY_PUBLISHED_GAP).then_some(found.value)
    })
}

/// [`originally_published`], asked only of the blocks whose lowercase
/// text holds a form of [`ORIGINALLY_PUBLISHED_LOWER`] (in order, so the
/// first found is the same): the forms are found in one pass over the
/// page's lowercase copy, whose blocks stand in order, each followed by a
/// newline (no form holds one). Most pages hold none and search no block;
/// on the others the per-block automaton ran over every block.
fn originally_published_on_page(blocks: &[Block], page: &Page) -> Option<(usize, String)> {
    let Some(forms) = ORIGINALLY_PUBLISHED_LOWER.as_ref() else {
        return originally_published(blocks);
    };
    let lower = page.lower_text();
    // Where block `i` starts in the lowercase copy (its lowercase text is
    // a slice of it).
    let start = |i: usize| (page.lower(i).as_ptr() as usize).wrapping_sub(lower.as_ptr() as usize);
    let mut tried = None;
    for found in forms.find_iter(lower) {
        let mut i = tried.unwrap_or(0);
        while i + 1 < blocks.len() && start(i + 1) <= found.start() {
            i += 1;
        }
        if start(i) > found.start() {
            // Not the copy's slices: the plain search.
            return originally_published(blocks);
        }
        if tried == Some(i) {
            continue;
        }
        tried = Some(i);
        if let Some(found) = originally_published_in(&blocks[i].text) {
            return Some((i, found));
        }
    }
    None
}

/// False when no block of the page can hold `rules::ORIGINALLY_PUBLISHED`
/// (see [`ORIGINALLY_PUBLISHED_LOWER`]): the page gate the search by
/// block ([`originally_published_on_page`]) grew from, kept for its test.
#[cfg(test)]
fn originally_published_on(page: &Page) -> bool {
    ORIGINALLY_PUBLISHED_LOWER
        .as_ref()
        .is_none_or(|forms| forms.find(page.lower_text()).is_some())
}

/// The lowercase forms of `rules::ORIGINALLY_PUBLISHED` and of their
/// upper-case forms. A block that [`ORIGINALLY_PUBLISHED`] matches (ASCII
/// letters in any case, other characters as written) holds one of them
/// once lowercased, so a page whose lowercase copy holds none has no
/// match. All forms in one SIMD pass (Teddy) over the page's lowercase
/// copy: 29 M instructions over the dev dumps were one memmem search
/// per form. `None` (always search) if a phrase has a 'Σ', whose
/// lowercase form depends on its neighbours, or if the CPU has no SIMD
/// for Teddy.
static ORIGINALLY_PUBLISHED_LOWER: LazyLock<Option<aho_corasick::packed::Searcher>> =
    LazyLock::new(|| {
        if rules::ORIGINALLY_PUBLISHED
            .iter()
            .any(|p| p.to_uppercase().contains('Σ'))
        {
            return None;
        }
        let forms = rules::ORIGINALLY_PUBLISHED
            .iter()
            .flat_map(|p| [p.to_lowercase(), p.to_uppercase().to_lowercase()]);
        let mut builder = aho_corasick::packed::Config::new().builder();
        builder.extend(forms);
        builder.build()
    });

/// `rules::ORIGINALLY_PUBLISHED` in any case, found in one pass over a
/// block: this runs on every block of the page, so it neither lowercases
/// the block nor searches it once per phrase. ASCII letters match in any
/// case; the upper-case forms cover the others ("PUBLIÉ").
static ORIGINALLY_PUBLISHED: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    let upper = rules::ORIGINALLY_PUBLISHED.iter().map(|p| p.to_uppercase());
    let phrases: Vec<String> = rules::ORIGINALLY_PUBLISHED
        .iter()
        .map(|p| p.to_string())
        .chain(upper)
        .collect();
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(phrases)
        .expect("a handful of short phrases stays within the default limits")
});

/// The short date line nearest above the article text within
/// `rules::HEADER_LOOKBACK` blocks: the bottom of the article's header when
/// a table of contents, a share bar or a summary box pushes the text far
/// below it.
fn header_date_line(
    blocks: &[Block],
    bylines: &BylineMemo,
    roles: &[Role],
    text_start: usize,
) -> Option<usize> {
    let lo = text_start.saturating_sub(rules::HEADER_LOOKBACK);
    (lo..text_start.min(blocks.len())).rev().find(|&i| {
        roles[i] != Role::Headline
            && !more_words_than(&blocks[i].text, rules::DATE_LINE_MAX_WORDS / 2)
            && bylines.date(blocks, i).is_some()
    })
}

/// The earliest date printed in block `i` and the short date lines within
/// `rules::DATE_CLUSTER_REACH` blocks of it, starting from `first` (the
/// first date of block `i`): a header that prints "Published May 1 ·
/// Updated June 3", or two date lines, was first published on the earlier
/// day. Returns the block it stands in and the date.
fn earliest_nearby(
    blocks: &[Block],
    bylines: &BylineMemo,
    roles: &[Role],
    i: usize,
    first: String,
) -> (usize, String) {
    let lo = i.saturating_sub(rules::DATE_CLUSTER_REACH);
    let hi = (i + rules::DATE_CLUSTER_REACH + 1).min(blocks.len());
    let mut best = (i, first);
    for j in lo..hi {
        let text = &blocks[j].text;
        let short = !more_words_than(text, rules::DATE_LINE_MAX_WORDS / 2);
        if j != i && (!short || roles[j] == Role::Headline) {
            continue;
        }
        for value in dates_in_block(blocks, bylines, j) {
            // Compare days only: a time or zone does not make a day earlier.
            if value.get(..10) < best.1.get(..10) {
                best = (j, value);
            }
        }
    }
    best
}

/// The earliest day among `first` and the dates printed in `text`.
pub(super) fn earliest_of(text: &str, first: String) -> String {
    dates_in(text).into_iter().fold(first, |best, d| {
        if d.get(..10) < best.get(..10) {
            d
        } else {
            best
        }
    })
}

/// [`dates_in`] of block `i`, its first date as `bylines` keeps it.
fn dates_in_block(blocks: &[Block], bylines: &BylineMemo, i: usize) -> Vec<String> {
    let Some(first) = bylines.date(blocks, i) else {
        return Vec::new();
    };
    let mut out = vec![first.value.clone()];
    out.extend(dates_in(&blocks[i].text[first.range.end..]));
    out
}

/// Every date printed in `text`, in order.
fn dates_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(found) = date::find_all_forms(rest) {
        out.push(found.value);
        rest = &rest[found.range.end..];
    }
    out
}

/// A date line anywhere on the page that says what it is ("Published:
/// Nov 24, 2025"), when none stands near the headline.
fn find_labelled_date(
    blocks: &[Block],
    page: &Page,
    words: &WordCounts,
    roles: &mut [Role],
    article: &mut Article,
) {
    if let Some((at, value)) = labelled_date_by(
        blocks,
        words,
        |i| page.holds(i, BlockPhrase::PublishedLabel),
        None,
    ) {
        set_published(article, value, Rule::PublishedLabelled, &blocks[at]);
        take_date_line(blocks, page, words, roles, at);
    }
}

/// A date line anywhere on the page that opens with
/// `rules::PUBLISHED_OPENING_LABELS` ("Published on 2021-01-18T19:55",
/// "Published:" over "Nov 24, 2025"): it names the first publication,
/// so its day replaces the one the other rules found near the headline,
/// which may be an "updated" day, a teaser's or a list of changes. Only
/// a line that opens with the label: "By A | Published May 1" is a
/// byline, read as one. The other rules run first all the same: the
/// date line they mark stays out of the body as before.
fn find_opening_label_date(
    blocks: &[Block],
    page: &Page,
    words: &WordCounts,
    roles: &mut [Role],
    article: &mut Article,
) {
    let Some((line, value)) = labelled_date_by(
        blocks,
        words,
        |i| opens_with_published_label(page.lower(i)),
        Some(may_open_with_published_label),
    ) else {
        return;
    };
    if article.published.as_ref().and_then(|d| d.get(..10)) != value.get(..10) {
        // Replaces the other rule's record: `-v` names this one.
        let origin = Rule::PublishedOpeningLabel.at(Some(at(&blocks[line])));
        article.provenance.set("published", origin);
        article.published = Some(value);
        take_date_line(blocks, page, words, roles, line);
    }
}

/// Lowercase `lower` opens with one of `rules::PUBLISHED_OPENING_LABELS`.
/// Asked of every block of every page: a line whose first byte opens no
/// label (most) is turned down before the labels are compared.
fn opens_with_published_label(lower: &str) -> bool {
    // Most lines open with an ASCII byte that is not white space: nothing
    // to trim (`trim_start` is a call, ~30 instructions).
    let opens_plain = lower
        .as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii() && b != b' ' && !(b'\t'..=b'\r').contains(&b));
    let lower = if opens_plain {
        lower
    } else {
        lower.trim_start()
    };
    let Some(&first) = lower.as_bytes().first() else {
        return false;
    };
    OPENING_LABEL_FIRST_BYTES[usize::from(first)]
        && rules::PUBLISHED_OPENING_LABELS
            .iter()
            .any(|label| lower.starts_with(label))
}

/// False when `text` cannot open with a label of
/// [`opens_with_published_label`] once lowercased: it opens with an
/// ASCII byte other than white space (which lowercases to one byte and
/// is not trimmed) that opens no label in either case.
fn may_open_with_published_label(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(&b) if b.is_ascii() && b != b' ' && !(b'\t'..=b'\r').contains(&b) => {
            OPENING_LABEL_FIRST_BYTES[usize::from(b.to_ascii_lowercase())]
        }
        _ => true,
    }
}

/// The bytes that open one of `rules::PUBLISHED_OPENING_LABELS`.
static OPENING_LABEL_FIRST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < rules::PUBLISHED_OPENING_LABELS.len() {
        let label = rules::PUBLISHED_OPENING_LABELS[i].as_bytes();
        if !label.is_empty() {
            table[label[0] as usize] = true;
        }
        i += 1;
    }
    table
};

/// The first short line of the page that `labelled` (given the line's
/// block index) calls a date label, with a date in it or, for a label
/// alone on its line, in the line under it. With `label_first`, a line is
/// asked `labelled` before its words are counted: a test of the line's
/// first bytes is cheaper than the count, which scans 17 words of every
/// paragraph; a search through the whole line is dearer. `label_first`
/// is then a test of the line as printed that every line `labelled`
/// takes passes (it spares most lines their lowercase copy's lookup).
fn labelled_date_by(
    blocks: &[Block],
    words: &WordCounts,
    labelled: impl Fn(usize) -> bool,
    label_first: Option<fn(&str) -> bool>,
) -> Option<(usize, String)> {
    for (i, b) in blocks.iter().enumerate() {
        let long = || words.more_than(i, rules::DATE_LINE_MAX_WORDS);
        let unlabelled = || !labelled(i);
        // (A labelled line is asked again below: rare, and cheap.)
        if label_first.is_some_and(|may_be| !may_be(&b.text) || unlabelled())
            || long()
            || unlabelled()
        {
            continue;
        }
        // The label alone on its line ("Published on") over the date.
        let label_only = b.text.split_whitespace().count() <= rules::DATE_LABEL_MAX_WORDS;
        let below = blocks.get(i + 1).filter(|n| {
            label_only && n.text.split_whitespace().count() <= rules::DATE_LINE_MAX_WORDS / 2
        });
        // The earliest date of the line: "Updated Nov 11 Originally
        // published Nov 9".
        let earliest = |t: &str| {
            dates_in(t)
                .into_iter()
                .min_by(|a, b| a.get(..10).cmp(&b.get(..10)))
        };
        let found = earliest(&b.text)
            .map(|f| (i, f))
            .or_else(|| below.and_then(|n| earliest(&n.text)).map(|f| (i + 1, f)));
        if found.is_some() {
            return found;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::note;
    use super::super::testing::{empty_article, split};
    use super::*;

    #[test]
    fn a_bare_date_is_a_date_and_a_time_at_most() {
        for (text, want) in [
            ("8/1/2025", true),
            ("March 4, 2024 | 4:45 PM", true),
            ("March 4, 2024 at 3:45 p.m. ET", true),
            ("2022-04-12 Link to Choosing Software", false),
            ("On March 4, 2024", false),
            ("March 4, 2024 Updated", false),
        ] {
            assert_eq!(is_bare_date(text), want, "{text}");
        }
    }

    #[test]
    fn labelled_date_search_is_the_same_in_either_order() {
        let dump = "A Title Over It All\n\n\
                    Published: a long paragraph that names May 1, 2020 and goes on and on \
                    for many more words than a date line ever holds, then ends.\n\n\
                    Posted in News\n\nPublished on\nNov 24, 2025\n\nPublished May 3, 2024\n";
        let blocks = split(dump);
        let page = crate::parse::text::features::page(&blocks);
        let phrase = |i: usize| page.holds(i, BlockPhrase::PublishedLabel);
        let opening_label = |i: usize| opens_with_published_label(page.lower(i));
        let words = WordCounts::of_blocks(&blocks);
        let opening = labelled_date_by(
            &blocks,
            &words,
            opening_label,
            Some(may_open_with_published_label),
        );
        assert!(opening.is_some());
        assert_eq!(
            opening,
            labelled_date_by(&blocks, &words, opening_label, None)
        );
        assert_eq!(
            labelled_date_by(&blocks, &words, phrase, Some(|_| true)),
            labelled_date_by(&blocks, &words, phrase, None)
        );
    }

    #[test]
    fn a_date_line_in_the_body_is_taken_out_of_it() {
        let lines = [
            "Oil prices rise as Middle East tensions flare",
            "March 3, 2025 4:12 PM GMT Updated 2 hours ago",
            "Publié le 27 mai 2025 à 18h45, modifié le 28 mai 2025 à 08h10",
            "March 3, 2025 was the day the council met again and voted.",
            "The council said on March 3, 2025 that it would meet again",
        ];
        let blocks = split(&lines.join("\n\n"));
        let page = crate::parse::text::features::page(&blocks);
        let words = WordCounts::of_blocks(&blocks);
        let date_line = |i: usize| {
            let mut roles = vec![Role::Body; blocks.len()];
            roles[0] = Role::Headline;
            let mut article = super::super::testing::empty_article();
            find_date_near_headline(
                &blocks,
                &page,
                &words,
                &BylineMemo::new(&page),
                &mut roles,
                i,
                i,
                &mut article,
            );
            roles[i] == Role::Date
        };
        // Opening with the date or its label, however long, and no
        // sentence: the date line.
        assert!(date_line(1));
        assert!(date_line(2));
        // A sentence that opens with a date, or mentions one: text.
        assert!(!date_line(3));
        assert!(!date_line(4));
    }

    #[test]
    fn the_update_date_is_read_after_its_label_by_the_date_line() {
        let updated = |lines: &[&str], published: &str| {
            let blocks = split(&lines.join("\n\n"));
            let page = crate::parse::text::features::page(&blocks);
            let words = WordCounts::of_blocks(&blocks);
            let mut roles = vec![Role::Body; blocks.len()];
            roles[1] = Role::Date;
            roles[2] = Role::Other;
            let mut article = super::super::testing::empty_article();
            article.published = Some(published.to_string());
            find_updated(&blocks, &page, &words, &mut roles, &mut article);
            (article.updated, roles[2])
        };
        let title = "Heat Waves Are Getting Longer";
        let text = "When the thermometer in Phoenix hit 110 degrees, emergency rooms filled.";
        assert_eq!(
            updated(
                &[
                    title,
                    "Published June 18, 2025",
                    "Updated June 19, 2025, 9:12 a.m. ET",
                    text
                ],
                "2025-06-18"
            ),
            (Some("2025-06-19".to_string()), Role::Date)
        );
        // On the date line itself, in French.
        let line = "Publié le 27 mai 2025 à 18h45, modifié le 28 mai 2025 à 08h10";
        assert_eq!(
            updated(&[title, line, "Par Claire Dupont", text], "2025-05-27").0,
            Some("2025-05-28".to_string())
        );
        // An update the same day, on its own line (the times, without a
        // zone, are dropped).
        assert_eq!(
            updated(
                &[
                    title,
                    "Published 12 March 2025, 14:30",
                    "Updated 12 March 2025, 18:05",
                    text
                ],
                "2025-03-12"
            ),
            (Some("2025-03-12".to_string()), Role::Date)
        );
        // In Russian.
        assert_eq!(
            updated(
                &[
                    title,
                    "Опубликовано 12 марта 2025, 14:30",
                    "Обновлено 13 марта 2025, 09:05",
                    text
                ],
                "2025-03-12"
            ),
            (Some("2025-03-13".to_string()), Role::Date)
        );
        // In Korean, on the date line itself.
        let line = "입력 2025.03.12 14:30 수정 2025.03.14 09:05";
        assert_eq!(
            updated(&[title, line, "김민준 기자", text], "2025-03-12").0,
            Some("2025-03-14".to_string())
        );
        // Where every block was taken for the body, the line leaves it.
        let lines = [title, "Published May 2, 2025", "Updated May 3, 2025", text];
        let blocks = split(&lines.join("\n\n"));
        let page = crate::parse::text::features::page(&blocks);
        let mut roles = vec![Role::Body; blocks.len()];
        roles[1] = Role::Date;
        let mut article = super::super::testing::empty_article();
        article.published = Some("2025-05-02".to_string());
        find_updated(
            &blocks,
            &page,
            &WordCounts::of_blocks(&blocks),
            &mut roles,
            &mut article,
        );
        assert_eq!(roles[2], Role::Date);
        // The publication date read again, an earlier date, or no label.
        let only = "Updated 11:42 PM EST, March 1, 2024";
        assert_eq!(
            updated(&[title, only, "By A B", text], "2024-03-01T23:42:00-05:00").0,
            None
        );
        let earlier = "Updated May 1, 2025";
        assert_eq!(
            updated(&[title, "June 3, 2025", earlier, text], "2025-06-03").0,
            None
        );
        assert_eq!(
            updated(&[title, "June 3, 2025", "June 9, 2025", text], "2025-06-03").0,
            None
        );
    }

    #[test]
    fn an_update_line_closing_the_text_is_read_and_leaves_the_body() {
        let closing = |last: &str, last_role: Role| {
            let text =
                "Lo sciopero nazionale ha causato cancellazioni e ritardi in tutte le stazioni.";
            let lines = [
                "Sciopero dei treni",
                "12 marzo 2025",
                text,
                text,
                text,
                last,
            ];
            let blocks = split(&lines.join("\n\n"));
            let page = crate::parse::text::features::page(&blocks);
            let mut roles = vec![Role::Body; blocks.len()];
            roles[0] = Role::Headline;
            roles[1] = Role::Date;
            roles[5] = last_role;
            let mut article = super::super::testing::empty_article();
            article.published = Some("2025-03-12".to_string());
            let words = WordCounts::of_blocks(&blocks);
            find_updated(&blocks, &page, &words, &mut roles, &mut article);
            (article.updated, roles[5])
        };
        let taken = |day: &str| (Some(day.to_string()), Role::Date);
        let line = "Aggiornato il 12 marzo 2025 alle 19:40";
        assert_eq!(closing(line, Role::Body), taken("2025-03-12"));
        assert_eq!(closing(line, Role::Other), taken("2025-03-12"));
        let line = "Updated March 14, 2025 at 9:15 a.m.";
        assert_eq!(closing(line, Role::Body), taken("2025-03-14"));
        let line = "Atualizado em 13 de março de 2025 às 20h10";
        assert_eq!(closing(line, Role::Body), taken("2025-03-13"));
        // A closing sentence that mentions an update is text.
        let line = "The council updated its plan on March 14, 2025.";
        assert_eq!(closing(line, Role::Body), (None, Role::Body));
    }

    #[test]
    fn blocks_near_the_header_come_nearest_first_and_once() {
        let w = rules::DATE_WINDOW;
        let (headline, text) = (2 * w, 3 * w);
        let order = near_header(100, headline, text);
        let mut sorted = order.clone();
        sorted.sort_unstable();
        sorted.dedup();
        let want: Vec<usize> = (headline - w..=text + w).collect();
        assert_eq!(sorted, want, "each block of both windows");
        assert_eq!(order.len(), sorted.len(), "each once");
        assert_eq!(order[..2], [headline, text]);
        let distance = |i: usize| i.abs_diff(headline).min(i.abs_diff(text));
        assert!(order.windows(2).all(|p| distance(p[0]) <= distance(p[1])));
        assert_eq!(near_header(3, 0, 0), [0, 1, 2], "cut at the page's ends");
    }

    /// [`near_header`] against the sort it replaces, at every pair of
    /// positions around and past the page's ends.
    #[test]
    fn near_header_is_the_sorted_windows() {
        let sorted = |len: usize, start: usize, text_start: usize| {
            let around = |at: usize| {
                at.saturating_sub(rules::DATE_WINDOW)..(at + rules::DATE_WINDOW + 1).min(len)
            };
            let mut order: Vec<usize> = around(start).chain(around(text_start)).collect();
            order.sort_by_key(|&i| (i.abs_diff(start).min(i.abs_diff(text_start)), i));
            order.dedup();
            order
        };
        for len in [0, 1, 2, 5, 13, 30, 60] {
            for start in 0..len + 14 {
                for text_start in 0..len + 14 {
                    assert_eq!(
                        near_header(len, start, text_start),
                        sorted(len, start, text_start),
                        "{len} {start} {text_start}"
                    );
                }
            }
        }
    }

    /// The first-byte table against comparing every label, on drawn
    /// lines made of pieces of the labels and other text.
    #[test]
    fn opening_label_test_is_the_label_loop() {
        let plain = |lower: &str| {
            let lower = lower.trim_start();
            rules::PUBLISHED_OPENING_LABELS
                .iter()
                .any(|label| lower.starts_with(label))
        };
        let mut pieces: Vec<&str> = vec![
            " ",
            "\t",
            "\u{b}",
            "\r\n",
            "\u{a0}",
            "p",
            "P",
            "pub",
            "Published",
            "PUBLICADO",
            "Veröffentlicht",
            "G",
            "é",
            "on ",
            "x",
            "2021",
        ];
        pieces.extend(rules::PUBLISHED_OPENING_LABELS);
        let mut rng = crate::test_rng::Rng::new(31);
        for _ in 0..20_000 {
            let n = rng.below(5);
            let line = rng.text(&pieces, n);
            assert_eq!(opens_with_published_label(&line), plain(&line), "{line:?}");
            if !may_open_with_published_label(&line) {
                assert!(!plain(&line.to_lowercase()), "{line:?}");
            }
        }
        for b in 0..=255u8 {
            let opens = rules::PUBLISHED_OPENING_LABELS
                .iter()
                .any(|l| l.as_bytes().first() == Some(&b));
            assert_eq!(OPENING_LABEL_FIRST_BYTES[usize::from(b)], opens, "{b}");
        }
    }

    #[test]
    fn earliest_day_of_a_byline() {
        assert_eq!(
            earliest_of(
                "May 21, 2025April 24, 2025 by The Ritualist",
                "2025-05-21".into()
            ),
            "2025-04-24"
        );
        assert_eq!(
            earliest_of("By Jane Doe", "2025-05-21".into()),
            "2025-05-21"
        );
    }

    #[test]
    fn earliest_date_of_the_header_wins() {
        let blocks = split(
            "Title of the story\n\nPublished May 1, 2025\n\nUpdated June 3, 2025\n\n\
             The council met on April 2, 2020 and voted for the plan after a long debate.\n",
        );
        let roles = vec![Role::Other; blocks.len()];
        let memo = BylineMemo::new(&crate::parse::text::features::page(&blocks));
        let at =
            |i: usize, first: &str| earliest_nearby(&blocks, &memo, &roles, i, first.to_string());
        // From the "Updated" line, the "Published" line above is earlier;
        // the paragraph's older date is not a date line.
        assert_eq!(at(2, "2025-06-03"), (1, "2025-05-01".to_string()));
        assert_eq!(at(1, "2025-05-01"), (1, "2025-05-01".to_string()));
    }

    #[test]
    fn header_date_line_is_the_date_nearest_above_the_text() {
        let blocks = split(
            "May 1, 2024\n\nMenu\n\nDecember 17, 2025 • 8 minutes\n\nTitle of the story\n\n\
             Contents\n\nFirst part\n\nSecond part\n\n\
             The council met and voted for the plan after a long debate in town.\n",
        );
        let roles = vec![Role::Other; blocks.len()];
        let memo = BylineMemo::new(&crate::parse::text::features::page(&blocks));
        assert_eq!(header_date_line(&blocks, &memo, &roles, 7), Some(2));
        assert_eq!(header_date_line(&blocks, &memo, &roles, 2), Some(0));
        assert_eq!(header_date_line(&blocks, &memo, &roles, 0), None);
    }

    #[test]
    fn originally_published_dates() {
        for (text, want) in [
            (
                "Updated Sep 30, 2022\n\nThis article was originally published on 26 Sep 2019 at 4:12pm.",
                Some("2019-09-26"),
            ),
            (
                "It was first published on March 3, 2020 in print.",
                Some("2020-03-03"),
            ),
            (
                "THIS STORY WAS ORIGINALLY PUBLISHED ON MARCH 3, 2020.",
                Some("2020-03-03"),
            ),
            (
                "Article publié initialement le 4 mai 2015.",
                Some("2015-05-04"),
            ),
            (
                "ARTICLE PUBLIÉ INITIALEMENT LE 4 MAI 2015.",
                Some("2015-05-04"),
            ),
            (
                "Alexander (April 2009) [originally published in 1966].",
                None,
            ),
            (
                "Originally published by the Times, a paper read in London since May 1, 1785.",
                None,
            ),
        ] {
            let got = originally_published(&split(text)).map(|(_, d)| d);
            assert_eq!(got.as_deref(), want, "{text}");
        }
    }

    #[test]
    fn two_digit_year_date_line_by_the_headline() {
        let blocks = split(
            "Menu\n\nTitle of the story\n\n10.15.15\n\nBy Scott Cunningham\n\n\
             The council met and voted on 1.2.13 for the plan after a long debate in town.\n",
        );
        let roles = vec![Role::Other; blocks.len()];
        assert_eq!(
            short_year_date_line(&blocks, &WordCounts::of_blocks(&blocks), &roles, 1, 4),
            Some((2, "2015-10-15".to_string()))
        );
        // A two-digit year in a sentence is not read.
        assert_eq!(
            short_year_date_line(
                &blocks[3..],
                &WordCounts::of_blocks(&blocks[3..]),
                &roles[3..],
                1,
                1
            ),
            None
        );
        // Nor when the line is the headline.
        let mut roles = roles;
        roles[2] = Role::Headline;
        assert_eq!(
            short_year_date_line(&blocks, &WordCounts::of_blocks(&blocks), &roles, 1, 4),
            None
        );
    }

    #[test]
    fn dates_under_an_opening_published_label() {
        for (text, want) in [
            (
                "Title\n\n2022-04-12 Link to a later post\n\nBody\n\nPublished on 2021-01-18T19:55",
                Some("2021-01-18"),
            ),
            (
                "Title\n\nPublished:\n\nNov 24, 2025\n\nBody",
                Some("2025-11-24"),
            ),
            ("Title\n\nPUBLISHED 3 May 2024\n\nBody", Some("2024-05-03")),
            // A byline that holds the label, a comment stamp, an
            // unlabelled date: for the other rules.
            ("Title\n\nBy Jane Doe | Published May 1, 2025\n\nBody", None),
            ("Title\n\nPosted on May 1, 2025 by Joe\n\nBody", None),
            ("Title\n\nNov 24, 2025\n\nBody", None),
        ] {
            let blocks = split(text);
            let page = crate::parse::text::features::page(&blocks);
            let mut roles = vec![Role::Other; blocks.len()];
            let mut article = empty_article();
            find_opening_label_date(
                &blocks,
                &page,
                &WordCounts::of_blocks(&blocks),
                &mut roles,
                &mut article,
            );
            assert_eq!(article.published.as_deref(), want, "{text}");
        }
        // Over another rule's day, the label's day and only its record.
        let blocks = split("Title\n\n2022-04-12 Link\n\nBody\n\nPublished on 2021-01-18T19:55");
        let page = crate::parse::text::features::page(&blocks);
        let mut roles = vec![Role::Other; blocks.len()];
        let mut article = empty_article();
        note(
            &mut article,
            "published",
            Rule::PublishedDateLine,
            &blocks[1],
        );
        article.published = Some("2022-04-12".to_string());
        find_opening_label_date(
            &blocks,
            &page,
            &WordCounts::of_blocks(&blocks),
            &mut roles,
            &mut article,
        );
        assert_eq!(article.published.as_deref(), Some("2021-01-18"));
        let origins = article.provenance.of("published");
        assert_eq!(origins.len(), 1);
        assert_eq!(origins[0].rule, "published_opening_label");
    }

    #[test]
    fn byline_date_merged_into_a_long_block() {
        let blocks = split(
            "Title of the story\n\n\
             Implementation continues to complicate even well-studied interventions \
             By Sarah Schwartz — November 18, 2025 6 min read Vector illustration of a \
             yellow pencil on a cyan blue background.\n\n\
             The council met and voted for the plan by May 1, 2024 after a long debate \
             in town, as the mayor had asked them to do since the start of the year.\n",
        );
        let roles = vec![Role::Other; blocks.len()];
        assert_eq!(
            merged_byline_date(&blocks, &WordCounts::of_blocks(&blocks), &roles, 0, 2),
            Some((1, "2025-11-18".to_string()))
        );
        // "by" in a sentence, and a short line (for the date-line rules).
        assert_eq!(
            merged_byline_date(
                &blocks[2..],
                &WordCounts::of_blocks(&blocks[2..]),
                &roles[2..],
                0,
                0
            ),
            None
        );
        let short = split("Title\n\nBy Jane Doe — May 1, 2024\n");
        assert_eq!(
            merged_byline_date(&short, &WordCounts::of_blocks(&short), &roles[..2], 0, 0),
            None
        );
    }

    #[test]
    fn labelled_dates() {
        for (text, want) in [
            (
                "Title\n\nPublished on\n\nOct 31, 2025\n\nBody",
                Some("2025-10-31"),
            ),
            (
                "Title\n\nPublished: Nov 24, 2025\n\nBody",
                Some("2025-11-24"),
            ),
            (
                "Title\n\nUpdated November 11, 2022 Originally published November 9, 2022\n\nBody",
                Some("2022-11-09"),
            ),
            ("Title\n\nPublished on\n\nsome words\n\nOct 31, 2025", None),
            ("Title\n\nNov 24, 2025\n\nBody", None),
        ] {
            let blocks = split(text);
            let page = crate::parse::text::features::page(&blocks);
            let mut roles = vec![Role::Other; blocks.len()];
            let mut article = empty_article();
            find_labelled_date(
                &blocks,
                &page,
                &WordCounts::of_blocks(&blocks),
                &mut roles,
                &mut article,
            );
            assert_eq!(article.published.as_deref(), want, "{text}");
        }
    }

    #[test]
    fn all_dates_of_a_line() {
        assert_eq!(
            dates_in("December 20, 2024September 26, 2025"),
            ["2024-12-20", "2025-09-26"]
        );
        assert_eq!(
            dates_in("Published May 1, 2025 · Updated May 27, 2025").len(),
            2
        );
        assert!(dates_in("No date here").is_empty());
    }

    #[test]
    fn date_lines_in_more_languages_fill_the_publication_date() {
        // A headline, its date line and the text, per language: the whole
        // text parser, as `parse` runs it.
        let pages = [
            (
                "Sejm przyjął ustawę o ochronie zdrowia",
                "12 marca 2025, 14:30",
                "Posłowie przyjęli w środę ustawę, która ma skrócić kolejki do lekarzy \
                 specjalistów w całym kraju i w każdym szpitalu.",
                "2025-03-12",
            ),
            (
                "Vláda schválila nový rozpočet na příští rok",
                "5. března 2024 10:15",
                "Ministři se na jednání shodli na tom, že schodek státního rozpočtu bude \
                 menší než v letošním roce a že se nebude zvyšovat daň.",
                "2024-03-05",
            ),
            (
                "Vláda schválila nový rozpočet na příští rok",
                "5. 3. 2024 10:15",
                "Ministři se na jednání shodli na tom, že schodek státního rozpočtu bude \
                 menší než v letošním roce a že se nebude zvyšovat daň.",
                "2024-03-05",
            ),
            (
                "Уряд ухвалив нову програму підтримки фермерів",
                "12 березня 2025 р.",
                "Програма передбачає пільгові кредити для малих господарств, які \
                 постраждали від посухи, і вона діятиме до кінця наступного року.",
                "2025-03-12",
            ),
            (
                "Regeringen sänker skatten för pensionärer",
                "3 maj 2024",
                "Förslaget innebär att de flesta pensionärer får behålla mer av sin \
                 pension varje månad, och det ska gälla från och med nästa år.",
                "2024-05-03",
            ),
            (
                "Regeringen vil hæve afgiften på tobak",
                "12. marts 2025",
                "Forslaget betyder, at en pakke cigaretter bliver dyrere fra næste år, \
                 og at pengene skal bruges på sundhed og forebyggelse i kommunerne.",
                "2025-03-12",
            ),
            (
                "Regjeringen vil øke skatten på sukker",
                "12. desember 2025",
                "Forslaget betyr at brus og godteri blir dyrere fra neste år, og at \
                 pengene skal gå til helse og forebygging i kommunene over hele landet.",
                "2025-12-12",
            ),
            (
                "Meclis yeni vergi düzenlemesini kabul etti",
                "5 ŞUBAT 2024 PAZARTESİ",
                "Düzenleme ile birlikte küçük işletmelerin ödediği vergi oranı düşecek \
                 ve yeni kurallar gelecek yılın başından itibaren uygulanacak.",
                "2024-02-05",
            ),
            (
                "Guvernul a aprobat noul buget pentru sănătate",
                "12 martie 2025",
                "Miniștrii au decis ca spitalele din toată țara să primească mai mulți \
                 bani pentru aparatură și pentru salariile medicilor de anul viitor.",
                "2025-03-12",
            ),
        ];
        for (headline, date_line, paragraph, want) in pages {
            let dump = format!(
                "{headline}\n\n{date_line}\n\n{}",
                [paragraph; 4].join("\n\n")
            );
            let mut article = super::super::testing::empty_article();
            crate::parse::text::extract(&dump, &mut article);
            assert_eq!(article.published.as_deref(), Some(want), "{date_line}");
            let rules: Vec<&str> = article.provenance.fields["published"]
                .iter()
                .map(|o| o.rule.as_str())
                .collect();
            assert_eq!(rules, ["published_date_line"], "{date_line}");
        }
    }

    /// One Teddy search of the page's lowercase copy answers as one
    /// search per lowercase form did, on random pages of phrase pieces.
    #[test]
    fn originally_published_forms_in_one_pass() {
        const PIECES: &[&str] = &[
            "Originally ",
            "ORIGINALLY",
            "originally",
            " published",
            "Published",
            "PUBLISHED",
            "First ",
            "first",
            "publié ",
            "PUBLIÉ",
            "initialement",
            "INITIALEMENT",
            "publicado ",
            "originalmente",
            "Ursprünglich ",
            "URSPRÜNGLICH ",
            "veröffentlicht",
            "VERÖFFENTLICHT",
            " on May 3, 2024",
            "\n\n",
            "\n",
            " ",
            "x",
        ];
        let forms: Vec<String> = rules::ORIGINALLY_PUBLISHED
            .iter()
            .flat_map(|p| [p.to_lowercase(), p.to_uppercase().to_lowercase()])
            .collect();
        let mut rng = crate::test_rng::Rng::new(0x0DDB_A11F_00D5_EED5);
        let mut seen = [0; 2];
        for _ in 0..3_000 {
            let len = 1 + rng.below(8);
            let dump: String = (0..len).map(|_| PIECES[rng.below(PIECES.len())]).collect();
            let blocks = split(&dump);
            let page = crate::parse::text::features::page(&blocks);
            let each = forms
                .iter()
                .any(|f| page.lower_contains(&memchr::memmem::Finder::new(f.as_bytes())));
            assert_eq!(originally_published_on(&page), each, "{dump:?}");
            assert_eq!(
                originally_published_on_page(&blocks, &page),
                originally_published(&blocks),
                "{dump:?}"
            );
            seen[usize::from(each)] += 1;
        }
        assert!(seen.iter().all(|&n| n >= 100), "{seen:?}");
    }
}
