//! Where the article starts on the page: the text start the metadata
//! rules measure from ([`text_start`]), and the article's header above it
//! (the byline or date line nearest above the text, past a list of dated
//! teasers), which bounds the blocks the headline is looked for in
//! ([`candidate_range`]). Apart from the headline ranker because the
//! byline and date searches start from the same places.

use crate::parse::rules;
use crate::parse::text::blocks::Block;
use crate::parse::text::features::Page;
use crate::parse::words::more_words_than;
use crate::parse::{byline, date};

use super::shapes::{ends_like_sentence, is_title_cased, opens_lowercase, opens_with_dash};

/// Where the article text starts: the first body block that is a real
/// paragraph (stray short blocks the classifier kept above it do not count).
fn anchor(keep: &[bool], page: &Page) -> usize {
    let prose = |i: usize| keep[i] && page.words[i] >= rules::PROSE_MIN_WORDS;
    (0..keep.len())
        .find(|&i| prose(i))
        .or_else(|| keep.iter().position(|k| *k))
        .unwrap_or(0)
}

/// Where the article text starts, for the metadata rules: `anchor`,
/// past a long title kept as text (`past_kept_title`), moved past a
/// lone teaser to the article's header by `header_anchor`.
pub fn text_start(blocks: &[Block], page: &Page, keep: &[bool]) -> usize {
    let start = past_kept_title(blocks, page, keep, anchor(keep, page));
    let start = past_form_field(blocks, page, keep, start);
    header_anchor(blocks, page, keep, start)
}

/// `text` ends with a full stop, '?' or '!', closing quotes and brackets
/// aside: a sentence (a colon also ends a menu's last label, "Anticipo:").
fn ends_with_full_stop(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')', ' '])
        .ends_with(['.', '?', '!', '…', '。'])
}

/// `start`, or the first prose block kept past a form field line (a short
/// line holding a form box, `teaser_lines::has_form_box`: "\[ \]", a
/// sign-up box) found within `rules::TEXT_FORM_FIELD_REACH` blocks of it
/// with no sentence before it. w3m prints a header's inline link menu
/// as wrapped lines that pass for a paragraph, and the sign-up box under
/// it as "\[ \]": a text does not hold a form, its header does, and the
/// title stands under it.
fn past_form_field(blocks: &[Block], page: &Page, keep: &[bool], start: usize) -> usize {
    let prose = |i: usize| keep[i] && page.words[i] >= rules::PROSE_MIN_WORDS;
    let end = (start + rules::TEXT_FORM_FIELD_REACH).min(keep.len());
    let sentence = |i: usize| prose(i) && ends_with_full_stop(&blocks[i].text);
    let form = |i: usize| {
        page.words[i] <= rules::FORM_FIELD_LINE_MAX_WORDS
            && super::teaser_lines::has_form_box(&blocks[i].text)
    };
    match (start..end).find(|&i| sentence(i) || form(i)) {
        Some(i) if !sentence(i) => (i + 1..keep.len()).find(|&j| prose(j)).unwrap_or(start),
        _ => start,
    }
}

/// `start`, or the next prose block the classifier kept when block
/// `start` is a title kept as text: title-cased and without a sentence
/// end (a headline of `rules::PROSE_MIN_WORDS` words or more passes for
/// prose by its length alone). The headline ranker looks for the title
/// above the text start.
fn past_kept_title(blocks: &[Block], page: &Page, keep: &[bool], start: usize) -> usize {
    let Some(block) = blocks.get(start) else {
        return start;
    };
    if !is_title_cased(&block.text) || ends_like_sentence(&block.text) {
        return start;
    }
    (start + 1..keep.len())
        .find(|&i| keep[i] && page.words[i] >= rules::PROSE_MIN_WORDS)
        .unwrap_or(start)
}

/// The start of the text moved down to the first run of prose when the
/// run of body blocks it opens holds fewer than two sentences (a teaser,
/// a promo or a row of trending titles kept above the article) and a
/// byline or date line stands just above that prose: the article's header.
fn header_anchor(blocks: &[Block], page: &Page, keep: &[bool], start: usize) -> usize {
    let sentence = |i: usize| {
        keep[i] && page.words[i] >= rules::PROSE_MIN_WORDS && ends_like_sentence(&blocks[i].text)
    };
    // The run the start opens: kept blocks at most `TEXT_RUN_GAP` apart.
    let mut end = start;
    let mut sentences = 0;
    let mut i = start;
    while i < keep.len() && i <= end + rules::TEXT_RUN_GAP {
        if keep[i] {
            end = i;
            sentences += usize::from(sentence(i));
            if sentences >= rules::TEXT_OPENING_SENTENCES {
                return start;
            }
        }
        i += 1;
    }
    let dense = (end + 1..keep.len()).find(|&i| {
        sentence(i) && (i + 1..=(i + rules::TEXT_RUN_GAP).min(keep.len() - 1)).any(|j| keep[j])
    });
    let Some(dense) = dense else {
        return start;
    };
    let lo = dense.saturating_sub(rules::HEADLINE_LOOKAHEAD).max(end + 1);
    let header = (lo..dense)
        .any(|i| !opens_with_dash(&blocks[i].text) && is_byline_or_date(blocks, page, i));
    if header { dense } else { start }
}

/// The blocks that may be the headline: from `rules::HEADLINE_LOOKBACK`
/// blocks above the first body block to two below it.
fn headline_candidates(blocks: &[Block], first_body: usize) -> std::ops::Range<usize> {
    first_body.saturating_sub(rules::HEADLINE_LOOKBACK)..(first_body + 3).min(blocks.len())
}

/// The block `rules::HEADLINE_LOOKBACK` blocks above `first_body` when
/// blocks of at most `rules::LOOKBACK_SHORT_MAX_WORDS` words are not
/// counted, up to `rules::LOOKBACK_SHORT_SKIP` of them: a sidebar of
/// short labels ("Featured eBooks" / "Read Now", a tag list "software
/// (266)"), a counter or a split byline between the title and the text
/// does not use up the lookback. Blocks past the end count.
fn lookback_past_short_lines(blocks: &[Block], first_body: usize) -> usize {
    let short = |j: usize| {
        blocks
            .get(j)
            .is_some_and(|b| !more_words_than(&b.text, rules::LOOKBACK_SHORT_MAX_WORDS))
    };
    let (mut counted, mut skipped) = (0, 0);
    let mut j = first_body;
    while j > 0 && counted < rules::HEADLINE_LOOKBACK {
        j -= 1;
        if short(j) && skipped < rules::LOOKBACK_SHORT_SKIP {
            skipped += 1;
        } else {
            counted += 1;
        }
    }
    j
}

/// [`find_header_by`] asking `is_byline_or_date` directly.
#[cfg(test)]
fn find_header(blocks: &[Block], page: &Page, first_body: usize) -> Option<usize> {
    find_header_by(blocks.len(), first_body, |i| {
        is_byline_or_date(blocks, page, i)
    })
}

/// The byline or date line nearest above `first_body`, within
/// `rules::HEADER_LOOKBACK` of `len` blocks; `dated(i)` tells whether
/// block `i` is one.
#[cfg(test)]
fn find_header_by(
    len: usize,
    first_body: usize,
    dated: impl FnMut(usize) -> bool,
) -> Option<usize> {
    find_header_past_teasers_by(len, first_body, dated).0
}

/// The byline or date line nearest above `first_body`, past lists of
/// dated teasers, and the span of the teaser lists passed over on the way
/// (empty when none).
pub(super) fn find_header_past_teasers_by(
    len: usize,
    first_body: usize,
    mut dated: impl FnMut(usize) -> bool,
) -> (Option<usize>, std::ops::Range<usize>) {
    let lo = first_body.saturating_sub(rules::HEADER_LOOKBACK);
    let mut hi = first_body.min(len);
    let mut teasers = hi..hi;
    loop {
        let Some(h) = (lo..hi).rev().find(|&i| dated(i)) else {
            return (None, teasers);
        };
        // A list of teasers, each with its "Name | date" line, between the
        // header and the text: its dated lines stand a few blocks apart.
        // The header is above the list.
        let mut top = h;
        let mut chain = 1;
        while let Some(up) = (top.saturating_sub(rules::TEASER_DATE_GAP).max(lo)..top)
            .rev()
            .find(|&i| dated(i))
        {
            // Dated lines side by side ("By A" / "Published …" / "Updated
            // …") are one item's, or the header's.
            chain += usize::from(up + 1 < top);
            top = up;
        }
        if chain < rules::TEASER_DATES_MIN {
            return (Some(h), teasers);
        }
        // The list's first title stands just above its first dated line.
        teasers = top.saturating_sub(rules::TEASER_DATE_GAP - 1)..teasers.end.max(h + 1);
        hi = top;
    }
}

/// The first byline or date line among the `rules::HEADLINE_LOOKAHEAD`
/// blocks under `first_body`; `dated(i)` tells whether block `i` is one.
pub(super) fn find_header_below_by(
    len: usize,
    first_body: usize,
    mut dated: impl FnMut(usize) -> bool,
) -> Option<usize> {
    (first_body + 1..(first_body + 1 + rules::HEADLINE_LOOKAHEAD).min(len)).find(|&i| dated(i))
}

/// The blocks that may be the headline, and which of them stand above
/// the usual window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Window {
    /// Every candidate block.
    pub all: std::ops::Range<usize>,
    /// Blocks `all.start..far_end` are reached only past rows of short
    /// lines (see [`lookback_past_short_lines`]); the headline ranker
    /// takes them only when they share their words with the text.
    pub far_end: usize,
}

/// `headline_candidates`, reaching up to `rules::HEADER_TITLE_REACH`
/// blocks above the header line when it stands above them (rows of short
/// lines not counted, see [`reach_above`]), and down to
/// the header line found below the start of the text; then up past rows
/// of short lines ([`lookback_past_short_lines`]) when that reaches
/// higher: the far part of the window.
pub(super) fn candidate_range(
    blocks: &[Block],
    first_body: usize,
    header: Option<usize>,
    below: Option<usize>,
) -> Window {
    let base = headline_candidates(blocks, first_body);
    let top = header.map_or(base.start, |h| {
        reach_above(blocks, h, rules::HEADER_TITLE_REACH).min(base.start)
    });
    let far = lookback_past_short_lines(blocks, first_body).min(top);
    Window {
        all: far..below.map_or(base.end, |b| b.max(base.end)),
        far_end: top,
    }
}

/// The block `reach` blocks above block `from`, where a row of lines too
/// short to be a title (a split "Name / Published / | / date" byline, a
/// share bar) does not count, up to `rules::BYLINE_TITLE_SHORT_SKIP` of
/// them; a lone short line counts like any block, and so does a tag
/// ("saving money": lowercase), since a row of tags is no part of a header.
fn reach_above(blocks: &[Block], from: usize, reach: usize) -> usize {
    let short = |j: usize| {
        blocks.get(j).is_some_and(|b| {
            !more_words_than(&b.text, rules::BYLINE_TITLE_MIN_WORDS - 1)
                && !opens_lowercase(&b.text)
        })
    };
    let (mut counted, mut skipped) = (0, 0);
    let mut j = from;
    while j > 0 && counted < reach {
        j -= 1;
        let in_row = (j > 0 && short(j - 1)) || (j + 1 < from && short(j + 1));
        if short(j) && in_row && skipped < rules::BYLINE_TITLE_SHORT_SKIP {
            skipped += 1;
        } else {
            counted += 1;
        }
    }
    j
}

/// Block `i` is a byline or a date line: a short line that reads as a
/// byline or holds a date, or the names under a byline's label alone on
/// the line above ("By" / "Meghan Holmes": innerText prints a label and
/// its linked name on lines of their own, where w3m and lynx join them).
pub(super) fn is_byline_or_date(blocks: &[Block], page: &Page, i: usize) -> bool {
    page.words[i] <= rules::DATE_LINE_MAX_WORDS
        && (byline::parse(&blocks[i].text).is_some()
            || date::find_all_forms(&blocks[i].text).is_some()
            || i.checked_sub(1).is_some_and(|label| {
                byline::parse_labelled(&blocks[label].text, &blocks[i].text).is_some()
            }))
}

#[cfg(test)]
mod tests {
    use super::super::testing::split;
    use super::*;

    #[test]
    fn text_start_moves_past_a_lone_teaser_to_the_header() {
        // (dump, kept blocks, start, want): a trending title kept alone
        // above the article's header (title, name, date) moves the start
        // to the article's prose; the same teaser with no byline or date
        // above the prose, or an opening run that already holds two
        // sentences, leaves it where it was.
        let teaser =
            "Black Friday deals have started and here is my pick of the best deals of all!";
        let p1 =
            "In our guide to camera types we are going back to basics for anyone choosing one.";
        let p2 =
            "The answer will be slightly different for everyone so we have included all types.";
        let header = format!(
            "{teaser}\n\nAdvertisement\n\nGuide to camera types\n\nJoshua Waller\n\n30 January 2025\n\n{p1}\n\n{p2}\n"
        );
        let undated = format!(
            "{teaser}\n\nAdvertisement\n\nGuide to camera types\n\nJoshua Waller\n\nMore below\n\n{p1}\n\n{p2}\n"
        );
        let opening =
            format!("{p1}\n\n{p2}\n\nGuide to camera types\n\n30 January 2025\n\n{p1}\n\n{p2}\n");
        type Case<'a> = (&'a str, &'a [usize], usize, usize);
        let cases: &[Case] = &[
            (&header, &[0, 5, 6], 0, 5),
            (&undated, &[0, 5, 6], 0, 0),
            (&opening, &[0, 1, 4, 5], 0, 0),
        ];
        for (dump, kept, start, want) in cases {
            let blocks = split(dump);
            let page = crate::parse::text::features::page(&blocks);
            let keep: Vec<bool> = (0..blocks.len()).map(|i| kept.contains(&i)).collect();
            assert_eq!(
                header_anchor(&blocks, &page, &keep, *start),
                *want,
                "{dump}"
            );
        }
    }

    #[test]
    fn text_start_moves_past_a_form_field_in_the_header() {
        // w3m: a wrapped menu line kept as text, a sign-up prompt and its
        // box, then the title and the text.
        let menu = "Horóscopo Pronóstico Tránsito Loterías y quinielas Feriados Sudoku Fúnebres \
                    Cartelera de cine Cartelera de teatro LA NACION en versión sólo texto Anticipo:";
        let p1 = "Los pueblos indígenas reclaman por derechos que permanecen incumplidos, por eso es más eficiente.";
        let dump = format!(
            "{menu}\n\nRecibí por mail las noticias que impactan\n\n[ ]\n\nUna solución no violenta\n\n{p1}\n"
        );
        // The same box under a sentence of the text: the text started.
        let spoken = format!("{p1}\n\nRecibí por mail las noticias\n\n[ ]\n\n{p1}\n");
        for (dump, want) in [(&dump, 4), (&spoken, 0)] {
            let blocks = split(dump);
            let page = crate::parse::text::features::page(&blocks);
            let keep = vec![true; blocks.len()];
            assert_eq!(past_form_field(&blocks, &page, &keep, 0), want, "{dump}");
        }
    }

    #[test]
    fn names_under_a_byline_label_are_a_byline() {
        let blocks =
            split("Indoor Plants That Handle Low Light\nBy\nMeghan Holmes\nMeghan Holmes\n");
        let page = crate::parse::text::features::page(&blocks);
        let dated: Vec<bool> = (0..blocks.len())
            .map(|i| is_byline_or_date(&blocks, &page, i))
            .collect();
        // The label alone is not one, the name under it is; the name printed
        // again under the name is not (no label over it).
        assert_eq!(dated, [false, false, true, false]);
    }

    #[test]
    fn text_start_passes_a_long_title_kept_as_text() {
        let dump = "Best Machine Learning as a Service Platforms That You Want to Check as a Data Scientist\n\n\
                    Jane Doe\n\n\
                    The council met and voted for the plan after a long debate in the town hall.\n\n\
                    It will be built next year, the mayor said after the vote on Tuesday night.\n";
        let blocks = split(dump);
        let page = crate::parse::text::features::page(&blocks);
        // The classifier kept the title and the two paragraphs.
        let keep = [true, false, true, true];
        assert_eq!(anchor(&keep, &page), 0);
        assert_eq!(past_kept_title(&blocks, &page, &keep, 0), 2);
        // A paragraph (sentence case, a full stop) stays the start.
        assert_eq!(past_kept_title(&blocks, &page, &keep, 2), 2);
    }

    #[test]
    fn reach_above_passes_over_rows_of_short_lines() {
        // (dump, from, reach, want): a split byline ("The Team" /
        // "Published" / "|") is passed over; a lone short line and a row
        // of tags count.
        let split_byline = "How to Become a Web Developer\n\nLearn how to start.\n\n\
                            The Team\n\nPublished\n\n|\n\nOct 10, 2025\n";
        let lone = "How to Become a Web Developer\n\nLearn how to start.\n\n\
                    on Site\n\nOct 10, 2025\n";
        let tags = "How to Become a Web Developer\n\nLearn how to start.\n\n\
                    saving money\n\nmind hacks\n\nOct 10, 2025\n";
        let cases: &[(&str, usize, usize, usize)] = &[
            (split_byline, 5, 2, 0),
            (split_byline, 5, 1, 1),
            (lone, 3, 2, 1),
            (tags, 4, 2, 2),
        ];
        for (dump, from, reach, want) in cases {
            let blocks = split(dump);
            assert_eq!(reach_above(&blocks, *from, *reach), *want, "{dump}");
        }
    }

    #[test]
    fn header_is_found_above_a_list_of_dated_teasers() {
        // (dated blocks, text start, header, teaser span): a list whose
        // items each end in a "Name | date" line is passed over; a header
        // of four dated lines side by side is not such a list.
        type Case<'a> = (&'a [usize], usize, Option<usize>, std::ops::Range<usize>);
        let cases: &[Case] = &[
            (&[5, 12, 15, 18, 21], 23, Some(5), 9..23),
            (&[5, 12, 15, 18, 21], 14, Some(12), 14..14),
            (&[10, 11, 12, 13], 15, Some(13), 15..15),
            (&[12, 15, 18, 21], 23, None, 9..23),
        ];
        for (dated, first_body, header, teasers) in cases {
            let got = find_header_past_teasers_by(30, *first_body, |i| dated.contains(&i));
            assert_eq!(got, (*header, teasers.clone()), "{dated:?}");
        }
    }

    #[test]
    fn lookback_passes_over_rows_of_short_lines() {
        // Title, a sidebar of short labels, a byline, then the text: the
        // short lines do not use up the lookback, so the title is in the
        // window's far part; the usual window starts below it.
        let mut dump = String::from("Menu\n\nHow to Choose a Tool for Your Work\n\n");
        for k in 0..12 {
            dump.push_str(&format!("Read Now {k}\n\n"));
        }
        for k in 0..10 {
            dump.push_str(&format!("A longer teaser line number {k} here\n\n"));
        }
        dump.push_str("The council met and voted for the plan after a long debate in town.\n");
        let blocks = split(&dump);
        let first = blocks.len() - 1;
        assert_eq!(first, 24);
        // The 10 teasers and the title count, the labels and "Menu" do
        // not: the lookback runs to the top.
        assert_eq!(lookback_past_short_lines(&blocks, first), 0);
        let window = candidate_range(&blocks, first, None, None);
        assert_eq!(window.all, 0..25);
        assert_eq!(window.far_end, first - rules::HEADLINE_LOOKBACK);
        // Past `LOOKBACK_SHORT_SKIP` short lines they count again.
        let mut long = String::from("Title of the story here\n\n");
        for k in 0..(rules::LOOKBACK_SHORT_SKIP + 20) {
            long.push_str(&format!("Label {k}\n\n"));
        }
        long.push_str("The council met and voted for the plan after a long debate in town.\n");
        let blocks = split(&long);
        let first = blocks.len() - 1;
        assert_eq!(
            lookback_past_short_lines(&blocks, first),
            first - rules::LOOKBACK_SHORT_SKIP - rules::HEADLINE_LOOKBACK
        );
    }

    #[test]
    fn header_is_the_date_line_nearest_above_the_text() {
        let blocks = split(
            "Menu\n\nMay 1, 2024\n\nTitle of the story\n\nBy Jane Doe\n\n\
             The council met and voted for the plan after a long debate in town.\n",
        );
        let page = crate::parse::text::features::page(&blocks);
        assert_eq!(find_header(&blocks, &page, 4), Some(3));
        assert_eq!(find_header(&blocks, &page, 2), Some(1));
        assert_eq!(find_header(&blocks, &page, 1), None);
        // The candidates reach up to `HEADER_TITLE_REACH` blocks above a
        // header line that stands above the usual window, never lower.
        let reach = rules::HEADER_TITLE_REACH;
        let usual = 30 - rules::HEADLINE_LOOKBACK;
        assert_eq!(
            candidate_range(&blocks, 30, Some(8), None).all.start,
            8 - reach
        );
        assert_eq!(
            candidate_range(&blocks, 30, Some(usual + reach + 1), None)
                .all
                .start,
            usual
        );
    }
}
