//! What a line of text looks like: a name, a title, a sentence, a
//! breadcrumb, a menu, a credit, a label. Pure tests of a line's text (or
//! of two lines), with no page around them: the header, headline and
//! byline rules share them, and each is tested with literals.

use crate::parse::text::features::{PhraseSet, phrase_set};
use crate::parse::{byline, rules};

use crate::parse::words::{more_words_than, words_past};

pub(super) fn ends_like_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')', ' '])
        .ends_with(['.', '!', '?', '。', ':', ';', ','])
}

/// A line that opens with a publication label ("Posted: 2 days ago"):
/// a date line, also when its date is one the date parser cannot read.
/// `lower` is the line in lowercase.
pub(super) fn opens_with_date_label(lower: &str) -> bool {
    let lower = lower.trim_start();
    rules::PUBLISHED_LABELS.iter().any(|l| {
        lower
            .strip_prefix(l)
            .is_some_and(|rest| rest.starts_with([':', ' ']))
    })
}

/// The first letter is a lowercase one ("parsing html5 swift", a row of
/// tags): a title opens with a capital, a digit or a letter of a script
/// without case.
pub(super) fn opens_lowercase(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

/// A picture credit "Photographer, Outlet/Agency" ("Jane Doe, The New
/// York Times/Redux", "Jeon Heon-Kyun/EPA"): a short line whose last word
/// joins two capitalised names with a slash.
pub(super) fn is_agency_credit(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let Some(last) = text.split_whitespace().last() else {
        return false;
    };
    words <= rules::CAPTION_MAX_WORDS
        && last.split_once('/').is_some_and(|(a, b)| {
            a.chars().next().is_some_and(char::is_uppercase)
                && b.chars().next().is_some_and(char::is_uppercase)
        })
}

/// A row of menu labels that share a word ("For Enterprise For Media For
/// Agencies", "Shop Men Shop Women Shop Kids"): one word makes at least
/// `rules::MENU_WORD_SHARE` of the line, `rules::MENU_WORD_MIN_REPEATS`
/// times or more.
pub(super) fn repeats_a_word(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.iter().any(|w| {
        let n = words.iter().filter(|v| *v == w).count();
        n >= rules::MENU_WORD_MIN_REPEATS && n as f32 >= rules::MENU_WORD_SHARE * words.len() as f32
    })
}

/// A numbered list item or section ("2. Foundational Fitness Protocol",
/// "#4. Shopify: Best for …", "3) Pick a site"): a listicle's entry, not
/// its title ("10 Best Cameras" has no mark after the number).
pub(super) fn is_numbered_item(text: &str) -> bool {
    let rest = text.trim_start().trim_start_matches('#');
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    digits > 0
        && rest[digits..].starts_with(['.', ')'])
        && rest[digits + 1..].starts_with(char::is_whitespace)
}

/// Two or more list items glued on one line, each opened by its number
/// ("20345: TROPICS Mission Animations 14113: IMERG Catches …", "1.
/// SimpliSafe 2. Arlo"): innerText joins the items of a related or
/// contents list. A number of at most `rules::ITEM_NUMBER_MAX_DIGITS`
/// digits followed by ".", ":" or ")" and a space, at the start or after
/// a space, counts; a title holds one at most ("Top 10: …").
pub(super) fn holds_two_item_numbers(text: &str) -> bool {
    // Each item number ends in a digit right before its '.', ':' or ')':
    // a line without two such pairs (most) is not split into words.
    let bytes = text.as_bytes();
    let ends = memchr::memchr3_iter(b'.', b':', b')', bytes)
        .filter(|&at| at > 0 && bytes[at - 1].is_ascii_digit())
        .take(2)
        .count();
    ends == 2 && holds_two_item_numbers_plain(text)
}

/// [`holds_two_item_numbers`] without its byte test.
fn holds_two_item_numbers_plain(text: &str) -> bool {
    text.split_whitespace()
        .filter(|w| {
            let digits = w.trim_start_matches('#');
            let number = digits.trim_end_matches(['.', ':', ')']);
            number.len() + 1 == digits.len()
                && (1..=rules::ITEM_NUMBER_MAX_DIGITS).contains(&number.len())
                && number.bytes().all(|b| b.is_ascii_digit())
        })
        .nth(1)
        .is_some()
}

/// A menu innerText printed on one line ("Activities Arts & Entertainment
/// Beauty & Fashion Charities Education & Training Health & Fitness …"):
/// at least `rules::FLATTENED_MENU_MIN_WORDS` words, every one opening in
/// a capital (or a digit, or a joiner such as "&"), and none of
/// `rules::TITLE_PUNCTUATION`. A title that long has a lowercase word
/// ("of", "for") or punctuation (a colon, quotes, a full stop).
pub(super) fn is_flattened_menu(text: &str) -> bool {
    // Most lines asked are titles, shorter than a menu: counted first, on
    // bytes.
    more_words_than(text, rules::FLATTENED_MENU_MIN_WORDS - 1) && is_flattened_menu_plain(text)
}

/// [`is_flattened_menu`] without its word count first.
fn is_flattened_menu_plain(text: &str) -> bool {
    let mut words = 0;
    for w in text.split_whitespace() {
        if w.chars().any(|c| rules::TITLE_PUNCTUATION.contains(&c))
            || w.chars().next().is_some_and(char::is_lowercase)
        {
            return false;
        }
        words += 1;
    }
    words >= rules::FLATTENED_MENU_MIN_WORDS
}

/// Line `number` (from 1) of `doc`. The plain form of
/// [`DumpLines::line`], for its tests.
#[cfg(test)]
pub(super) fn dump_line(doc: &str, number: usize) -> Option<&str> {
    let start = match number.checked_sub(1)? {
        0 => 0,
        n => memchr::memchr_iter(b'\n', doc.as_bytes()).nth(n - 1)? + 1,
    };
    let rest = doc.get(start..)?;
    Some(rest.split('\n').next().unwrap_or(rest))
}

/// The lines of a dump by number, for asking several: where each line
/// starts, found once, and only as far down as a line was asked
/// (searching from the top of the dump for each line read the dump's
/// head once a headline candidate; indexing the whole dump cost as much).
pub(super) struct DumpLines<'a> {
    doc: &'a str,
    /// Where lines 1, 2, … start, as far as found.
    starts: std::cell::RefCell<Vec<usize>>,
}

impl<'a> DumpLines<'a> {
    pub(super) fn new(doc: &'a str) -> DumpLines<'a> {
        DumpLines {
            doc,
            starts: std::cell::RefCell::new(vec![0]),
        }
    }

    /// Line `number` (from 1).
    pub(super) fn line(&self, number: usize) -> Option<&'a str> {
        let k = number.checked_sub(1)?;
        let mut starts = self.starts.borrow_mut();
        if starts.len() <= k {
            let from = starts.last().copied().unwrap_or(0);
            let more = k + 1 - starts.len();
            starts.reserve(more);
            let found = memchr::memchr_iter(b'\n', self.doc.as_bytes().get(from..)?)
                .take(more)
                .map(|i| from + i + 1);
            starts.extend(found);
        }
        let start = *starts.get(k)?;
        let rest = self.doc.get(start..)?;
        Some(rest.split('\n').next().unwrap_or(rest))
    }
}

/// Two texts hold the same words (whitespace aside).
pub(super) fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// `line` holds a run of at least `rules::INLINE_GAP_SPACES` spaces between
/// two words (its indent and trailing space aside).
pub(super) fn has_inner_space_gap(line: &str) -> bool {
    let gap = " ".repeat(rules::INLINE_GAP_SPACES);
    line.trim().contains(gap.as_str())
}

/// A line of program code a renderer printed ("window._taboola =
/// window._taboola || []; _taboola.push({", "mode: 'thumbnails-e',
/// container: 'taboola-right-rail-thumbnails'"): it ends in one of
/// `rules::CODE_LINE_ENDINGS` or holds `rules::CODE_MIN_QUOTED_KEYS`
/// identifiers set to quoted strings (`key: 'value'`).
pub(super) fn is_program_code(text: &str) -> bool {
    let text = text.trim();
    if rules::CODE_LINE_ENDINGS.iter().any(|e| text.ends_with(e)) {
        return true;
    }
    let bytes = text.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    let mut keys = 0;
    for (at, _) in text.match_indices(':') {
        let key = bytes[..at]
            .iter()
            .rev()
            .take_while(|&&b| is_ident(b))
            .count();
        let quoted = text[at + 1..].trim_start().starts_with(['\'', '"']);
        let starts_word = at == key || matches!(bytes[at - key - 1], b' ' | b',' | b'{');
        let opens_with_letter = key > 0 && !bytes[at - key].is_ascii_digit();
        if quoted && opens_with_letter && starts_word {
            keys += 1;
        }
    }
    keys >= rules::CODE_MIN_QUOTED_KEYS
}

/// A row of skip links ("Skip to content", "Jump to navigation Jump to
/// search"): `lower` opens with one of `rules::SKIP_LINK_OPENERS` and
/// its other words are at most `rules::SKIP_LINK_TARGET_MAX_WORDS` per
/// link. innerText glues the links ("skip to contentskip to site
/// index"); the opener is still found inside the glued word.
pub(super) fn is_skip_links(lower: &str) -> bool {
    let lower = lower.trim_start();
    if !rules::SKIP_LINK_OPENERS
        .iter()
        .any(|o| lower.starts_with(o))
    {
        return false;
    }
    let links: usize = rules::SKIP_LINK_OPENERS
        .iter()
        .map(|o| lower.matches(o).count())
        .sum();
    let opener_words = 2 * links;
    let words = lower.split_whitespace().count();
    words <= opener_words + rules::SKIP_LINK_TARGET_MAX_WORDS * links
}

/// The line a wiki prints under an article's title, naming the site
/// ("From Wikipedia, the free encyclopedia"): "From", at most
/// `rules::WIKI_SITE_NAME_MAX_WORDS` capitalised words, a comma, and a
/// tagline of at most `rules::WIKI_TAGLINE_MAX_WORDS` words that opens in
/// lowercase and holds no more punctuation.
pub(super) fn is_wiki_site_line(text: &str) -> bool {
    let Some(rest) = text.trim().strip_prefix("From ") else {
        return false;
    };
    let Some((name, tagline)) = rest.split_once(", ") else {
        return false;
    };
    let name_words = name.split_whitespace().count();
    let tagline_words = tagline.split_whitespace().count();
    (1..=rules::WIKI_SITE_NAME_MAX_WORDS).contains(&name_words)
        && name
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && (1..=rules::WIKI_TAGLINE_MAX_WORDS).contains(&tagline_words)
        && tagline.chars().next().is_some_and(char::is_lowercase)
        && !tagline.contains(|c: char| c.is_ascii_punctuation() && c != '-')
}

/// The parts of a row of links printed on one line ("A HPH guide to…,
/// houseplant basics, Houseplants", "Laura / House Plant House"): the
/// line split at `rules::LINK_ROW_SEPARATORS` into two or more parts of
/// at most `rules::LINK_ROW_PART_MAX_WORDS` words each; `None` for any
/// other line. Whether the parts are links (printed elsewhere on the
/// page) is the caller's test.
pub(super) fn link_row_parts(text: &str) -> Option<Vec<&str>> {
    let text = text.trim();
    if !holds_link_row_separator(text) {
        return None;
    }
    let mut parts = vec![text];
    for separator in rules::LINK_ROW_SEPARATORS {
        parts = parts
            .iter()
            .flat_map(|p| p.split(separator))
            .map(str::trim)
            .collect();
    }
    let short = |p: &&str| !p.is_empty() && !more_words_than(p, rules::LINK_ROW_PART_MAX_WORDS);
    (parts.len() >= 2 && parts.iter().all(short)).then_some(parts)
}

/// `text` holds one of `rules::LINK_ROW_SEPARATORS` (", ", " / "): found
/// by their rarer bytes, ',' and '/', without setting up a substring
/// search per separator for each line asked.
fn holds_link_row_separator(text: &str) -> bool {
    const _: () = assert!(rules::LINK_ROW_SEPARATORS.len() == 2);
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b',', b'/', bytes).any(|at| match bytes[at] {
        b',' => bytes.get(at + 1) == Some(&b' '),
        _ => at > 0 && bytes[at - 1] == b' ' && bytes.get(at + 1) == Some(&b' '),
    })
}

/// A copyright line ("© 2002, 2003 Jamie Zawinski", "Copyright © 2024
/// Acme Inc."): it holds '©' or opens with "(c)" and a year. Page
/// furniture, never the headline.
pub(super) fn is_copyright_line(text: &str) -> bool {
    let text = text.trim_start();
    // '©' is C2 A9 in UTF-8: a byte test first, as a search for the
    // character costs more than most of these short lines.
    (text.bytes().any(|b| b == 0xA9) && text.contains('©'))
        || ["(c) ", "(C) "].iter().any(|o| {
            text.strip_prefix(o)
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// A formula, as w3m prints a page's MathML or TeX ("A Hermitian ⟺ a i
/// j = a j i ¯", "V 1 × V 2 = | i j k ∂ X ∂ u …"): at least
/// `rules::FORMULA_MIN_SIGNS` signs of mathematics (an operator or arrow
/// of Unicode's mathematical blocks, '×', '÷', or '=' between spaces).
pub(super) fn is_formula(text: &str) -> bool {
    // Every sign holds '=' or a lead byte E2 (the mathematical blocks) or
    // C3 ('×', '÷'): most lines hold none and are read once, as bytes.
    if !text.bytes().any(|b| matches!(b, b'=' | 0xE2 | 0xC3)) {
        return false;
    }
    let mut signs = text.matches(" = ").count();
    for c in text.chars() {
        if matches!(u32::from(c), 0x2190..=0x22FF | 0x27F0..=0x27FF | 0x2A00..=0x2AFF)
            || c == '×'
            || c == '÷'
        {
            signs += 1;
            if signs >= rules::FORMULA_MIN_SIGNS {
                return true;
            }
        }
    }
    signs >= rules::FORMULA_MIN_SIGNS
}

/// A trail of links to where the page sits ("Home > Blog > Mobile
/// Marketing"): `rules::BREADCRUMB_MIN_STEPS` separators standing alone
/// between words. A title bar ("Title | Site") has one, and of other kinds.
pub(super) fn is_breadcrumb(text: &str) -> bool {
    // Asked of every candidate title: most hold no byte a separator
    // opens with, and are turned down before they are split into words.
    text.bytes().any(|b| SEPARATOR_LEADS[usize::from(b)])
        && text
            .split_whitespace()
            .filter(|w| rules::BREADCRUMB_SEPARATORS.contains(w))
            .count()
            >= rules::BREADCRUMB_MIN_STEPS
}

/// The first bytes of `rules::BREADCRUMB_SEPARATORS`: a line without any
/// holds none of them.
static SEPARATOR_LEADS: [bool; 256] = {
    let mut leads = [false; 256];
    let mut i = 0;
    while i < rules::BREADCRUMB_SEPARATORS.len() {
        leads[rules::BREADCRUMB_SEPARATORS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    leads
};

/// A bare person's name ("Marco Bambini"): an author line without "By".
/// A name printed twice ("Jane Doe Jane Doe", a portrait's alt text and
/// the name) counts.
pub(super) fn is_name_like(text: &str) -> bool {
    // A name has `NAME_LIKE_WORDS` words, or twice that many when printed
    // twice: other blocks (most, paragraphs among them) are turned down on
    // a count that stops past the most a name printed twice can have.
    let most = 2 * rules::NAME_LIKE_WORDS.end();
    let n = words_past(text, most);
    let name_length = |k: usize| rules::NAME_LIKE_WORDS.contains(&k);
    (name_length(n) || (n.is_multiple_of(2) && name_length(n / 2))) && is_printed_name(text)
}

/// [`is_name_like`] without the early count: the words, or the first half
/// of words printed twice, read as a name.
///
/// A name printed once is read in place: [`byline::looks_like_name`]
/// reads the words apart and the digits anywhere, so the text and its
/// words joined by single spaces get the same answer.
fn is_printed_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let half = words.len() / 2;
    if words.len().is_multiple_of(2) && words[..half] == words[half..] {
        return rules::NAME_LIKE_WORDS.contains(&half)
            && byline::looks_like_name(&words[..half].join(" "));
    }
    rules::NAME_LIKE_WORDS.contains(&words.len()) && byline::looks_like_name(text)
}

/// [`is_printed_name`] as it was, the words joined again.
#[cfg(test)]
fn is_printed_name_plain(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let half = words.len() / 2;
    let name = if words.len().is_multiple_of(2) && words[..half] == words[half..] {
        &words[..half]
    } else {
        &words[..]
    };
    rules::NAME_LIKE_WORDS.contains(&name.len()) && byline::looks_like_name(&name.join(" "))
}

/// A headline that ends in a full stop: title-cased ("Things to Know
/// Before Travelling to Japan for the First Time.", also when the stop is
/// an abbreviation's: "… Markets in the U.S."). A sentence, such as a
/// caption, is not.
pub(super) fn is_title_with_full_stop(text: &str) -> bool {
    is_title_cased(text)
}

/// Every word but `rules::TITLE_SMALL_WORDS` opens with a capital or a
/// digit, and at least `rules::TITLE_CASE_MIN_WORDS` do.
pub(super) fn is_title_cased(text: &str) -> bool {
    let mut capitalised = 0;
    for word in text.split_whitespace() {
        let Some(first) = word.chars().find(|c| c.is_alphanumeric()) else {
            continue;
        };
        if first.is_uppercase() || first.is_numeric() {
            capitalised += 1;
        } else if !rules::TITLE_SMALL_WORDS
            .contains(&word.trim_matches(|c: char| !c.is_alphanumeric()))
        {
            return false;
        }
    }
    capitalised >= rules::TITLE_CASE_MIN_WORDS
}

/// A picture's alt text or label printed in its place ("Image of a hand",
/// "Marco Bambini's avatar", "WABC logo"); `lower` is the line in
/// lowercase.
pub(super) fn is_picture_text(lower: &str) -> bool {
    let lower = lower.trim();
    rules::PICTURE_TEXT_OPENERS
        .iter()
        .any(|o| lower.starts_with(o))
        || PICTURE_TEXT_SET.is_match(lower)
        || rules::PICTURE_TEXT_ENDINGS
            .iter()
            .any(|e| lower.trim_end_matches(['.', ' ']).ends_with(e))
}

/// A credit line naming people after a word or two and "by" ("Tested by
/// Jane Doe and John Roe", "Guide by Jane Doe, Senior Editor", "Jane Doe
/// By Jane Doe"): each name has two words or more, so a title such as
/// "Stand by Me" is not one.
pub(super) fn is_credit_by_name(text: &str) -> bool {
    // A line without the two bytes of "by" (in any case) anywhere, most
    // titles, is turned down before it is split into words.
    let bytes = text.as_bytes();
    if !memchr::memchr2_iter(b'b', b'B', bytes)
        .any(|at| bytes.get(at + 1).is_some_and(|&y| y | 0x20 == b'y'))
    {
        return false;
    }
    is_credit_by_name_plain(text)
}

/// [`is_credit_by_name`] without its byte test.
fn is_credit_by_name_plain(text: &str) -> bool {
    // Only the first words are read for the "by" (asked of every
    // candidate title); the line from it on is joined when one is there.
    let Some(by) = text
        .split_whitespace()
        .take(rules::CREDIT_PREFIX_MAX_WORDS + 1)
        .skip(1)
        .find(|w| w.eq_ignore_ascii_case("by"))
    else {
        return false;
    };
    // `by` is a slice of `text`: its offset there.
    let at = by.as_ptr() as usize - text.as_ptr() as usize;
    let from_by: Vec<&str> = text[at..].split_whitespace().collect();
    byline::parse(&from_by.join(" ")).is_some_and(|b| {
        b.authors
            .iter()
            .all(|a| a.split_whitespace().nth(1).is_some())
    })
}

/// Two sentences in one block ("Remote workers lose motivation. Boost
/// …"): a standfirst or teaser, not a title. The first ends in a word of
/// two lowercase letters or more, so "U.S. Senate" and "Mr. Smith" are one.
pub(super) fn has_two_sentences(text: &str) -> bool {
    // Read at each stop and its space, found by memchr: a vector of the
    // text's characters (to slide a window of five over it) was one or two
    // allocations a block.
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'.', b'!', b'?', bytes).any(|at| {
        let mut before = text[..at].chars().rev();
        bytes.get(at + 1) == Some(&b' ')
            && text[at + 2..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && before.next().is_some_and(char::is_lowercase)
            && before.next().is_some_and(char::is_lowercase)
    })
}

/// A table of contents' label ("Table of contents", "In this article:");
/// `lower` is the line in lowercase.
pub(super) fn is_contents_label(lower: &str) -> bool {
    let label = lower.trim().trim_end_matches(':').trim_end();
    rules::CONTENTS_LABELS.contains(&label)
}

/// A line that reads as sentences rather than a title: it ends in a full
/// stop, or holds two sentences ("I spent hours on it. Did it work?").
pub(super) fn reads_as_sentences(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with('.') || has_two_sentences(text) || has_inner_full_stop(text)
}

/// A full stop between a lowercase word and a capitalised one ("… on
/// their website. Learn more"): two sentences, a disclosure or a
/// standfirst, not a title (a question mark inside a title is common:
/// "Have an App Idea? Affordable Software …").
pub(super) fn has_inner_full_stop(text: &str) -> bool {
    let chars: Vec<char> = text.trim_end().chars().collect();
    chars
        .windows(4)
        .any(|w| w[0].is_lowercase() && w[1] == '.' && w[2] == ' ' && w[3].is_uppercase())
}

/// Words glued without a space where innerText joined two elements ("Book
/// a demoStart free trial", "SubscribeSign in"): see [`glued_joins`].
pub(super) fn has_glued_words(text: &str) -> bool {
    glued_joins(text, 1) == 1
}

/// `text` holds a capitalised byline opener of
/// `rules::MERGED_BYLINE_OPENERS` as a word ("By", "Par"): the cheap test
/// before a block run together with its header lines is searched for a
/// date, the costlier part of reading a byline or a date out of it.
pub(super) fn holds_byline_opener(text: &str) -> bool {
    // These blocks are long: one SIMD scan for the openers' first bytes
    // (capitals, rare in prose), each hit compared with the openers and
    // its ends. An opener overlaps no copy of itself, so this reads every
    // place a search per opener would.
    let [a, b, c] = MERGED_OPENER_HEADS;
    memchr::memchr3_iter(a, b, c, text.as_bytes()).any(|at| {
        // The byte at `at` is ASCII: a character boundary.
        let rest = &text[at..];
        text[..at]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace)
            && rules::MERGED_BYLINE_OPENERS.iter().any(|opener| {
                rest.strip_prefix(opener)
                    .is_some_and(|after| after.chars().next().is_none_or(char::is_whitespace))
            })
    })
}

/// The first bytes of `rules::MERGED_BYLINE_OPENERS` (ASCII), three at
/// most, the first repeated to fill three: what [`holds_byline_opener`]
/// scans for.
const MERGED_OPENER_HEADS: [u8; 3] = {
    let openers = rules::MERGED_BYLINE_OPENERS;
    let mut heads = [openers[0].as_bytes()[0]; 3];
    let mut count = 1;
    let mut k = 1;
    while k < openers.len() {
        let head = openers[k].as_bytes()[0];
        assert!(head.is_ascii(), "an opener opens with ASCII");
        let mut seen = false;
        let mut j = 0;
        while j < count {
            seen |= heads[j] == head;
            j += 1;
        }
        if !seen {
            assert!(count < 3, "at most three first bytes");
            heads[count] = head;
            count += 1;
        }
        k += 1;
    }
    heads
};

/// Several links innerText ran together ("Email ThisBlogThis!Share to
/// TwitterShare to Facebook", "Wedding ChecklistsJust EngagedWedding
/// Planning"): `rules::LINKS_GLUED_MIN_JOINS` glued joins.
pub(super) fn is_links_run_together(text: &str) -> bool {
    glued_joins(text, rules::LINKS_GLUED_MIN_JOINS) == rules::LINKS_GLUED_MIN_JOINS
}

/// Places where two words are glued without a space ("TwitterShare",
/// "SubstackGet"), counted up to `cap`: a lowercase run of
/// `rules::GLUED_MIN_LOWERCASE` letters followed by a capital.
fn glued_joins(text: &str, cap: usize) -> usize {
    let mut lower_run = 0;
    let mut joins = 0;
    for c in text.chars() {
        if c.is_uppercase() && lower_run >= rules::GLUED_MIN_LOWERCASE {
            joins += 1;
            if joins == cap {
                break;
            }
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
    }
    joins
}

/// A line of social network names ("Twitter Facebook Instagram YouTube"):
/// follow or share links. `lower` is the line in lowercase.
pub(super) fn is_social_links(lower: &str) -> bool {
    let mut words = 0;
    for w in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !rules::SOCIAL_NETWORKS.contains(&w) {
            return false;
        }
        words += 1;
    }
    words >= 2
}

/// Whether `line` is `title` behind a prefix that ends in one of
/// `rules::TRAIL_SEPARATORS` ("Home / Blog / Title", "Blog: Title").
///
/// Inline: asked of every pair of blocks around the candidates, from
/// another module, and nearly every pair is turned down by the test of
/// their last bytes; the call cost more than that test.
#[inline]
pub(super) fn is_trail_of(line: &str, title: &str) -> bool {
    // Two texts that end in different ASCII bytes, neither white space
    // (so neither is trimmed away), cannot end alike.
    if let (Some(&a), Some(&b)) = (line.as_bytes().last(), title.as_bytes().last())
        && a != b
        && a.is_ascii()
        && b.is_ascii()
        && !char::from(a).is_whitespace()
        && !char::from(b).is_whitespace()
    {
        return false;
    }
    ends_as_trail_of(line, title)
}

/// [`is_trail_of`] past the test of the last bytes.
fn ends_as_trail_of(line: &str, title: &str) -> bool {
    let title = title.trim();
    // The suffix test first: it fails for nearly every pair, and cheaply.
    let Some(prefix) = line.trim().strip_suffix(title) else {
        return false;
    };
    if title.split_whitespace().count() < rules::HEADLINE_MIN_WORDS {
        return false;
    }
    prefix
        .trim_end()
        .ends_with(|c: char| rules::TRAIL_SEPARATORS.contains(&c))
}

/// A line that opens with a dash ("— Jane Doe (@jane) May 1, 2020"): in
/// the text, that is a quote's or an embedded post's attribution.
pub(super) fn opens_with_dash(text: &str) -> bool {
    text.trim_start().starts_with(['—', '–', '-', '―'])
}

/// For each first byte of the phrases of `lists` (ASCII case folded), the
/// [`opening_bit`]s of the second bytes that follow it: with [`may_open`],
/// a line's first two bytes turn it down before any phrase is compared.
pub(super) const fn opening_table(lists: &[&[&str]]) -> [u32; 256] {
    let mut table = [0; 256];
    let mut k = 0;
    while k < lists.len() {
        let mut i = 0;
        while i < lists[k].len() {
            let phrase = lists[k][i].as_bytes();
            table[phrase[0].to_ascii_lowercase() as usize] |= opening_bit(phrase[1]);
            i += 1;
        }
        k += 1;
    }
    table
}

/// `text`'s first two bytes may open a phrase of `table`'s lists.
#[inline]
pub(super) fn may_open(table: &[u32; 256], text: &str) -> bool {
    match text.as_bytes() {
        [first, second, ..] => {
            table[usize::from(first.to_ascii_lowercase())] & opening_bit(*second) != 0
        }
        _ => false,
    }
}

/// A phrase's second byte as a bit: one per ASCII letter in any case, and
/// one for every byte of a multi-byte letter (whose case is not folded
/// here: "П" and "п" differ in their second byte).
const fn opening_bit(second: u8) -> u32 {
    match second.to_ascii_lowercase() {
        b @ b'a'..=b'z' => 1 << (b - b'a'),
        0x80.. => 1 << 26,
        _ => 0,
    }
}

/// `text` without the emphasis marks around the whole line ("*Jane Doe
/// is a writer based in Leeds.*", "_…_", "**…**"): a copy saved as
/// Markdown keeps an italic closing bio so.
pub(super) fn without_emphasis(text: &str) -> &str {
    for mark in ["**", "*", "_"] {
        if let Some(inner) = text.strip_prefix(mark).and_then(|t| t.strip_suffix(mark))
            && inner.starts_with(|c: char| !c.is_whitespace() && c != '*' && c != '_')
        {
            return inner;
        }
    }
    text
}

/// `text` is a match's score line or a line of its scorers and their
/// minutes: what a match report prints under its headline. A score line
/// names two teams and their goals ("Arsenal 2-1 Chelsea", "Bayern
/// München 2:0 Borussia Dortmund (HT 1-0)", "Arsenal 2 Chelsea 1",
/// "Arsenal 3 (Saka 12, 67) Chelsea 1 (Palmer 39)"); a scorers line
/// gives names, each with minutes marked by an apostrophe ("Saka 23',
/// Havertz 67'", "Kane 12’ (pen), 45+2’; Musiala 80’"). No more than
/// `rules::SCORE_LINE_MAX_WORDS` words, and a digit in it: a title, a
/// list of names, a sentence are none. Read word by word (a regex of
/// Unicode letter classes cost more to build than every page's test).
pub(super) fn is_score_line(text: &str) -> bool {
    if more_words_than(text, rules::SCORE_LINE_MAX_WORDS)
        || !text.bytes().any(|b| b.is_ascii_digit())
    {
        return false;
    }
    score_between(text) || score_after_each(text) || is_scorers_line(text)
}

/// Most words of a team's name ("Brighton & Hove Albion").
const TEAM_MAX_WORDS: usize = 5;

/// Longest note in brackets after a score ("(HT 1-0)", "(aet, 4-3 on
/// penalties)").
const SCORE_NOTE_MAX_CHARS: usize = 30;

/// Longest list of a team's scorers in brackets after its goals ("(Saka
/// 12, 67, Havertz 54)"), in bytes.
const SCORERS_IN_BRACKETS_MAX_BYTES: usize = 80;

/// Small words inside a team's name ("Atlético de Madrid").
const TEAM_SMALL_WORDS: &[&str] = &["&", "de", "del", "of", "the"];

/// A word of a name: capitalised, letters and the apostrophes, dots and
/// hyphens of names ("O'Neil", "St.", "Saint-Germain").
fn is_capitalised_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '.' | '-'))
}

/// Words that number what follows them ("Season 2 Episode 5", "Part 1
/// Chapter 3"): before a number, none ends a team's name.
const NUMBERING_WORDS: &[&str] = &[
    "Season", "Episode", "Series", "Part", "Chapter", "Volume", "Vol.", "Book", "Act", "Scene",
    "Page", "Step", "Level", "Issue", "No.",
];

/// `words` are a team's name: 1 to `TEAM_MAX_WORDS` words, the first
/// capitalised, the others capitalised or `TEAM_SMALL_WORDS`, the last
/// not one of `NUMBERING_WORDS`.
fn is_team(words: &[&str]) -> bool {
    (1..=TEAM_MAX_WORDS).contains(&words.len())
        && is_capitalised_word(words[0])
        && words[1..]
            .iter()
            .all(|w| is_capitalised_word(w) || TEAM_SMALL_WORDS.contains(w))
        && !words.last().is_some_and(|w| NUMBERING_WORDS.contains(w))
}

/// `word` is a number of goals: one or two digits.
fn is_goals(word: &str) -> bool {
    (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// "Arsenal 2-1 Chelsea", "Bayern 2:0 Dortmund (HT 1-0)", "Arsenal 2 - 1
/// Chelsea": a team, the score, a team, and a short note in brackets.
fn score_between(text: &str) -> bool {
    let text = text.trim();
    // A closing note ("(HT 1-0)", "(aet)").
    let text = match text.strip_suffix(')').and_then(|t| t.rsplit_once('(')) {
        Some((before, note))
            if note.chars().count() <= SCORE_NOTE_MAX_CHARS && !note.contains(')') =>
        {
            before
        }
        _ => text,
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let is_dash = |w: &str| matches!(w, "-" | "–" | "—" | ":");
    (1..words.len()).any(|k| {
        let glued = words[k]
            .split_once(['-', '–', '—', ':'])
            .is_some_and(|(a, b)| is_goals(a) && is_goals(b));
        let spaced = k + 2 < words.len()
            && is_goals(words[k])
            && is_dash(words[k + 1])
            && is_goals(words[k + 2]);
        let after = if glued { k + 1 } else { k + 3 };
        (glued || spaced) && is_team(&words[..k]) && is_team(&words[after.min(words.len())..])
    })
}

/// "Arsenal 2 Chelsea 1", "Arsenal 3 (Saka 12, 67) Chelsea 1 (Palmer
/// 39)": each team followed by its goals (and its scorers in brackets).
fn score_after_each(text: &str) -> bool {
    // The scorers in brackets, left out (none nested, each short).
    let mut plain = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')') else {
            return false;
        };
        if rest[open + 1..open + close].contains('(') || close > SCORERS_IN_BRACKETS_MAX_BYTES {
            return false;
        }
        plain.push_str(&rest[..open]);
        plain.push(' ');
        rest = &rest[open + close + 1..];
    }
    plain.push_str(rest);
    let words: Vec<&str> = plain
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .collect();
    let Some((last, head)) = words.split_last() else {
        return false;
    };
    is_goals(last)
        && (1..head.len())
            .any(|k| is_goals(head[k]) && is_team(&head[..k]) && is_team(&head[k + 1..]))
}

/// A minute of a goal: "23'", "45+2’", "(67')", with a comma or a
/// semicolon after it.
fn is_minute(word: &str) -> bool {
    let w = word
        .trim_end_matches([',', ';'])
        .trim_start_matches('(')
        .trim_end_matches(')');
    let Some(w) = w.strip_suffix(['\'', '’', '′']) else {
        return false;
    };
    let (minute, added) = w.split_once('+').unwrap_or((w, "1"));
    (1..=3).contains(&minute.len())
        && minute.bytes().all(|b| b.is_ascii_digit())
        && (1..=2).contains(&added.len())
        && added.bytes().all(|b| b.is_ascii_digit())
}

/// A note after a goal's minute: "(pen)", "(og)".
fn is_minute_note(word: &str) -> bool {
    matches!(
        word.trim_end_matches([',', ';']),
        "(pen)" | "(og)" | "(p)" | "(o.g.)"
    )
}

/// Most words of a scorer's name ("Kevin De Bruyne").
const SCORER_MAX_WORDS: usize = 3;

/// "Saka 23', Havertz 67'": names, each followed by one or more minutes.
fn is_scorers_line(text: &str) -> bool {
    let (mut name_words, mut minutes) = (0, 0);
    for word in text.split_whitespace() {
        if is_minute(word) {
            if name_words == 0 {
                return false;
            }
            minutes += 1;
        } else if is_minute_note(word) {
            if minutes == 0 {
                return false;
            }
        } else if is_capitalised_word(word.trim_end_matches(',')) {
            // A minute ends a scorer: the next name starts.
            if minutes > 0 {
                (name_words, minutes) = (0, 0);
            }
            name_words += 1;
            if name_words > SCORER_MAX_WORDS {
                return false;
            }
        } else {
            return false;
        }
    }
    minutes > 0
}

/// `rules::PICTURE_TEXT_PHRASES` as one automaton (see `features::PhraseSet`).
static PICTURE_TEXT_SET: PhraseSet = phrase_set!("picture_text");

#[cfg(test)]
mod tests {
    use super::*;

    /// `build.rs` built `PICTURE_TEXT_SET` from `rules::PICTURE_TEXT_PHRASES`.
    #[test]
    fn picture_text_set_is_its_lists_automaton() {
        PICTURE_TEXT_SET.assert_built_from(&[rules::PICTURE_TEXT_PHRASES]);
    }

    /// The byte tests in front of `holds_two_item_numbers`,
    /// `is_flattened_menu`, `is_credit_by_name` and `link_row_parts` turn
    /// down only lines the
    /// plain tests turn down.
    #[test]
    fn byte_tests_before_the_word_tests_are_the_plain_tests() {
        assert_eq!(rules::LINK_ROW_SEPARATORS, &[", ", " / "]);
        let pieces = [
            " ", "1", "12", ".", ":", ")", "#", "a", "Word", "of", ",", "/", " / ", ", ", "é",
            "\u{2003}", "\u{a0}", "“", "—", "&", "3.", "10)", "Top", " by ", " BY ", "bY", "Jane",
            " Doe", "Photo", "y",
        ];
        let mut rng = crate::test_rng::Rng::new(0xB17E_7E57);
        for _ in 0..30_000 {
            let n = rng.below(30);
            let text = rng.text(&pieces, n);
            assert_eq!(
                holds_two_item_numbers(&text),
                holds_two_item_numbers_plain(&text),
                "{text:?}"
            );
            assert_eq!(
                is_flattened_menu(&text),
                is_flattened_menu_plain(&text),
                "{text:?}"
            );
            assert_eq!(
                is_credit_by_name(&text),
                is_credit_by_name_plain(&text),
                "{text:?}"
            );
            assert_eq!(
                holds_link_row_separator(&text),
                rules::LINK_ROW_SEPARATORS.iter().any(|s| text.contains(s)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn copyright_lines_and_formulas() {
        assert!(is_copyright_line("© 2002, 2003 Jamie Zawinski"));
        assert!(is_copyright_line("Copyright © 2024 Acme Inc."));
        assert!(is_copyright_line("(C) 2019 The Authors"));
        assert!(!is_copyright_line("Copyright law and the web"));
        assert!(!is_copyright_line("(c) is a letter"));
        assert!(is_formula("A Hermitian ⟺ a i j = a j i ¯"));
        assert!(is_formula("V 1 × V 2 = | i j k |"));
        assert!(is_formula("∂ X ∂ u"));
        assert!(!is_formula("From Apple → Google"));
        assert!(!is_formula("x=1 and y=2"));
    }

    #[test]
    fn emphasis_around_a_line_is_taken_off() {
        assert_eq!(
            without_emphasis("*Jane Doe is a writer.*"),
            "Jane Doe is a writer."
        );
        assert_eq!(
            without_emphasis("**Jane Doe is a writer.**"),
            "Jane Doe is a writer."
        );
        assert_eq!(
            without_emphasis("_Jane Doe is a writer._"),
            "Jane Doe is a writer."
        );
        for kept in [
            "* item one *",
            "*Bold* and plain",
            "2 * 3 * 4",
            "*",
            "__init__",
        ] {
            assert_eq!(without_emphasis(kept), kept);
        }
    }

    #[test]
    fn name_test_turns_down_on_the_count_like_the_plain_form() {
        for text in [
            "",
            "Jane",
            "Jane Doe",
            "Jane Doe Jane Doe",
            "Jane Van Doe Jane Van Doe",
            "Jane Van Doe Jane Van Dee",
            "Jane Anne Van Doe Jane Anne Van Doe",
            "Jane A B C D E F",
            "Jane Doe Jane Doe Jane Doe",
            "A B C D E F G H I J K L",
            "Marco Bambini's avatar",
            "the quick brown fox",
        ] {
            assert_eq!(is_name_like(text), is_printed_name(text), "{text:?}");
        }
    }

    #[test]
    fn a_name_printed_once_is_read_in_place_as_joined() {
        let pieces = [
            " ", "  ", "\t", "\u{a0}", "Jane", "Doe", "van", "Read", "3", ".", "é", "Ø",
        ];
        let mut rng = crate::test_rng::Rng::new(0x0917_ED0E);
        for _ in 0..20_000 {
            let n = rng.below(10);
            let text = rng.text(&pieces, n);
            assert_eq!(
                is_printed_name(&text),
                is_printed_name_plain(&text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn program_code_is_not_a_title() {
        for (text, want) in [
            (
                "window._taboola = window._taboola || []; _taboola.push({",
                true,
            ),
            (
                "mode: 'thumbnails-e', container: 'taboola-right-rail-thumbnails', placement: 'Right Rail Thumbnails', target_type: 'mix'",
                true,
            ),
            ("});", true),
            (
                "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'",
                false,
            ),
            ("TL;DR: I turned a tinybox into a private AI server", false),
            (
                "Wisconsin election recount begins; Michigan's is challenged",
                false,
            ),
            // Two speakers quoted after bare names read as code (no such
            // title on the dev set).
            ("Trump: 'No deal', Biden: \"maybe\"", true),
            ("Ratio 16:9 vs 4:3: \"Which Is Better?\"", false),
        ] {
            assert_eq!(is_program_code(text), want, "{text}");
        }
    }

    #[test]
    fn skip_links_are_not_titles() {
        for (lower, want) in [
            ("skip to content", true),
            ("jump to navigation jump to search", true),
            ("skip to main content skip to footer", true),
            ("skip to contentskip to site index", true),
            ("skip to main content linkedin", true),
            ("jump to recipe jump to video", true),
            ("stocks jump to record high", false),
            ("jump to the future with our new electric suv", false),
            ("why you should never skip to the end", false),
        ] {
            assert_eq!(is_skip_links(lower), want, "{lower}");
        }
    }

    #[test]
    fn a_wikis_site_line_is_not_a_title() {
        for (text, want) in [
            ("From Wikipedia, the free encyclopedia", true),
            ("From Wikimedia Commons, the free media repository", true),
            (
                "From 'One Battle After Another' to 'Knives Out,' 10 movies to stream now",
                false,
            ),
            ("From Paris to Berlin, the Long Way Round", false),
            ("From Scratch, Again: How We Rebuilt Our App", false),
            ("Hermitian matrix", false),
        ] {
            assert_eq!(is_wiki_site_line(text), want, "{text}");
        }
    }

    #[test]
    fn byline_openers_are_capitalised_words() {
        for text in [
            "Implementation continues By Sarah Schwartz — November 18, 2025 6 min read",
            "Vape Wave Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017",
            "BY JANE DOE March 3, 2025",
            "Par\u{a0}Jean Dupont — 3 mars 2025",
            "By",
        ] {
            assert!(holds_byline_opener(text), "{text}");
        }
        for text in [
            "The plan was backed by the mayor on 18 November 2025 in town",
            "Bylines and Bypasses: March 3, 2025",
            "Written byBy Jane",
            "",
        ] {
            assert!(!holds_byline_opener(text), "{text}");
        }
    }

    /// The one scan finds what a substring search for each opener finds
    /// (no opener overlaps a copy of itself, so that search passes over
    /// no place the scan reads).
    #[test]
    fn byline_opener_scan_is_a_search_per_opener() {
        let plain = |text: &str| {
            rules::MERGED_BYLINE_OPENERS.iter().any(|opener| {
                text.match_indices(opener).any(|(at, _)| {
                    text[..at]
                        .chars()
                        .next_back()
                        .is_none_or(char::is_whitespace)
                        && text[at + opener.len()..]
                            .chars()
                            .next()
                            .is_none_or(char::is_whitespace)
                })
            })
        };
        for opener in rules::MERGED_BYLINE_OPENERS {
            let o = opener.as_bytes();
            assert!((1..o.len()).all(|k| o[..k] != o[o.len() - k..]), "{opener}");
        }
        let pieces = [
            "By", "BY", "Par", "Por", "Von", "B", "P", "V", " ", "\u{a0}", "y", "ar", "é", "x",
            "\n", "ByBy",
        ];
        let mut rng = crate::test_rng::Rng::new(461);
        for _ in 0..5_000 {
            let n = rng.below(10);
            let text = rng.text(&pieces, n);
            assert_eq!(holds_byline_opener(&text), plain(&text), "{text:?}");
        }
    }

    #[test]
    fn glued_numbered_items_are_not_titles() {
        for (text, want) in [
            (
                "20345: TROPICS Mission Animations 14113: IMERG Catches Australian \"Rain Bomb\"",
                true,
            ),
            ("Our Top Picks 1. SimpliSafe 2. Arlo 3. Ring", true),
            ("#1. Shopify #2. Wix", true),
            // One number with a mark, or numbers without one: titles.
            ("Top 10: Best Cameras for 2025", false),
            ("2025: The Year in 12 Charts", false),
            ("7 Best Sewing Machines for a Beginner in 2026", false),
            (
                "Impact of Climate Change on Global Agricultural Yields",
                false,
            ),
        ] {
            assert_eq!(holds_two_item_numbers(text), want, "{text}");
        }
    }

    #[test]
    fn menus_printed_on_one_line_are_not_titles() {
        for (text, want) in [
            (
                "Activities Arts & Entertainment Beauty & Fashion Charities Education & Training Health & Fitness Home & Garden / DIY Hotels",
                true,
            ),
            // Twelve words and more, but a lowercase word or punctuation.
            (
                "The Best Home Security Cameras of 2026 for Every Budget and Every Home",
                false,
            ),
            (
                "I Ran My Own Newsletter Through My AI Analysis Tool. Here's What I Found",
                false,
            ),
            (
                "Student Dies After Diet Pills She Bought Online \"Burned Her Up From Within\"",
                false,
            ),
            // Short rows are left to the ranker.
            (
                "Top Home Gym Must Haves For Every Budget And Fitness Level",
                false,
            ),
        ] {
            assert_eq!(is_flattened_menu(text), want, "{text}");
        }
    }

    #[test]
    fn lines_that_read_as_sentences() {
        for (text, want) in [
            (
                "Remote workers lose motivation. Boost your team's output",
                true,
            ),
            ("I spent several hours on a prototype. Did it work?", true),
            ("Everything you need to know before planting.", true),
            ("Remote work: 5 tips to maximize productivity", false),
            ("How much should I pay for cleaning in San Diego?", false),
            ("Lessons from the U.S. Senate", false),
        ] {
            assert_eq!(reads_as_sentences(text), want, "{text}");
        }
    }

    #[test]
    fn inner_full_stop_marks_two_sentences() {
        let cases = [
            (
                "We may earn a commission on their website. Learn more",
                true,
            ),
            ("Have an App Idea? Affordable Software Is Here", false),
            ("The U.S. Economy in Five Charts", false),
            ("How to Grow Tomatoes", false),
        ];
        for (text, want) in cases {
            assert_eq!(has_inner_full_stop(text), want, "{text}");
        }
    }

    #[test]
    fn lines_that_are_not_the_title_over_a_byline() {
        for (text, label, credit, menu, lower) in [
            ("Posted: 2 days ago", true, false, false, false),
            ("posted on May 3", true, false, false, true),
            ("Postcards From Home", false, false, false, false),
            (
                "Thea Traff, The New York Times/Redux",
                false,
                true,
                false,
                false,
            ),
            ("Jeon Heon-Kyun/EPA", false, true, false, false),
            (
                "Netflix / Crunchyroll / Adult Swim",
                false,
                false,
                false,
                false,
            ),
            (
                "For Enterprise For Media For Agencies",
                false,
                false,
                true,
                false,
            ),
            ("Love Me Do", false, false, false, false),
            ("parsing html5 swift", false, false, false, true),
            ("iPhone Tips for Beginners", false, false, false, true),
            ("10 Best Cameras", false, false, false, false),
        ] {
            assert_eq!(opens_with_date_label(&text.to_lowercase()), label, "{text}");
            assert_eq!(is_agency_credit(text), credit, "{text}");
            assert_eq!(repeats_a_word(text), menu, "{text}");
            assert_eq!(opens_lowercase(text), lower, "{text}");
        }
    }

    #[test]
    fn trails_name_their_title() {
        for (line, title, want) in [
            (
                "Home / Blog / Cheap Fixes Are the Best!",
                "Cheap Fixes Are the Best!",
                true,
            ),
            ("Home » Renting a Car", "Renting a Car", true),
            ("Blog: Best Agencies in 2025", "Best Agencies in 2025", true),
            ("Renting a Car", "Renting a Car", false),
            ("Tips for Renting a Car", "Renting a Car", false),
            ("Home / Blog", "Blog", false),
        ] {
            assert_eq!(is_trail_of(line, title), want, "{line} / {title}");
        }
        // The early answer on the last bytes is the plain test's, with
        // white space, control and non-ASCII characters at either end.
        let plain = |line: &str, title: &str| {
            let title = title.trim();
            line.trim().strip_suffix(title).is_some_and(|prefix| {
                title.split_whitespace().count() >= rules::HEADLINE_MIN_WORDS
                    && prefix
                        .trim_end()
                        .ends_with(|c: char| rules::TRAIL_SEPARATORS.contains(&c))
            })
        };
        let ends = [
            "", " ", "\u{b}", "\u{1c}", "\u{a0}", "\u{3000}", "!", "a", "é", "»", "\t",
        ];
        for title in ["Renting a Car", "Cheap Fixes Are the Best", ""] {
            for (x, y) in ends.iter().flat_map(|x| ends.iter().map(move |y| (x, y))) {
                let title = format!("{title}{x}");
                for line in [
                    format!("Home / Blog / {title}{y}"),
                    format!("Home / Blog{y}"),
                    format!("{title}{y}"),
                    y.to_string(),
                ] {
                    assert_eq!(
                        is_trail_of(&line, &title),
                        plain(&line, &title),
                        "{line:?} / {title:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn title_shapes() {
        assert!(is_name_like("Marco Bambini"));
        assert!(!is_name_like("Marco"));
        assert!(is_name_like("Aleš Vávra Aleš Vávra"));
        assert!(!is_name_like("Marco Marco"));
        assert!(!is_name_like("Thoughts on Zig"));
        assert!(has_two_sentences(
            "Remote workers can easily lose motivation. Boost your team’s productivity"
        ));
        assert!(has_two_sentences(
            "I spent hours on a prototype. Did it work?"
        ));
        assert!(!has_two_sentences("Why the U.S. Senate voted no"));
        assert!(!has_two_sentences("Is this HTAP?"));
        assert!(!has_two_sentences("Mr. Smith goes to Washington"));
        assert!(has_glued_words("Book a demoStart fee trialBook a demo"));
        assert!(has_glued_words("SubscribeSign in"));
        assert!(!has_glued_words("Watch it on YouTube"));
        assert!(!has_glued_words("The McIntyre report on iPhone sales"));
    }

    /// [`has_two_sentences`] as it was, a window over the characters.
    fn has_two_sentences_by_windows(text: &str) -> bool {
        let chars: Vec<char> = text.trim_end().chars().collect();
        chars.windows(5).any(|w| {
            w[0].is_lowercase()
                && w[1].is_lowercase()
                && matches!(w[2], '.' | '!' | '?')
                && w[3] == ' '
                && w[4].is_uppercase()
        })
    }

    #[test]
    fn two_sentences_found_at_the_stops_as_by_windows() {
        let pieces = [
            "ab", "c", "É", "é", "ß", "U.S", ".", "!", "?", " ", "  ", "\u{a0}", "A", "Z", "日",
            "1", "\n", "’",
        ];
        let mut rng = crate::test_rng::Rng::new(0x2_5E47);
        for _ in 0..50_000 {
            let n = rng.below(9);
            let text = rng.text(&pieces, n);
            assert_eq!(
                has_two_sentences(&text),
                has_two_sentences_by_windows(&text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn titles_with_a_full_stop() {
        for (text, want) in [
            (
                "Things to Know Before Travelling to Japan for the First Time.",
                true,
            ),
            ("The Hottest Real Estate Markets in the U.S.", true),
            ("Kerry and Lavrov speak in Geneva.", false),
            ("The minister spoke to reporters on Tuesday.", false),
            ("Learn More.", false),
            ("The minister flew to the U.S.", false),
        ] {
            assert_eq!(is_title_with_full_stop(text), want, "{text}");
        }
    }

    #[test]
    fn picture_texts() {
        for (text, want) in [
            ("Marco Bambini's avatar", true),
            ("ByNina Pineda WABC logo", true),
            ("Hero image for blog post 15 Essential Skills", true),
            ("Black and white image of a hand holding a glass", true),
            ("Image of the week: a comet", true),
            ("Headshot of Emma Ryan", true),
            ("Why the public image of nurses is changing", false),
            ("The logo redesign nobody asked for", false),
            ("How to choose a tool", false),
        ] {
            assert_eq!(is_picture_text(&text.to_lowercase()), want, "{text}");
        }
    }

    #[test]
    fn credit_lines_by_name() {
        for (text, want) in [
            ("Tested by Katie Bandurski and Mary Henn", true),
            ("Guide by Will Judd Former Deputy Tech Editor", true),
            ("Benjamin Preston By Benjamin Preston", true),
            ("4 Best Book Subscriptions, Tested by Bibliophiles", false),
            ("Stand by Me", false),
            ("A Guide to Trail Running by Meghan Hicks", false),
            ("By Jane Doe", false),
        ] {
            assert_eq!(is_credit_by_name(text), want, "{text}");
        }
    }

    /// The credit and breadcrumb tests read as their plain forms: every
    /// word split off, then searched.
    #[test]
    fn credit_and_breadcrumb_shortcuts_are_the_plain_tests() {
        let credit = |text: &str| {
            let words: Vec<&str> = text.split_whitespace().collect();
            (1..words.len().min(rules::CREDIT_PREFIX_MAX_WORDS + 1))
                .find(|&k| words[k].eq_ignore_ascii_case("by"))
                .is_some_and(|by| {
                    byline::parse(&words[by..].join(" ")).is_some_and(|b| {
                        b.authors
                            .iter()
                            .all(|a| a.split_whitespace().nth(1).is_some())
                    })
                })
        };
        let breadcrumb = |text: &str| {
            text.split_whitespace()
                .filter(|w| rules::BREADCRUMB_SEPARATORS.contains(w))
                .count()
                >= rules::BREADCRUMB_MIN_STEPS
        };
        let pieces = [
            "By", "by", "BY", " ", "  ", "Jane", "Doe", "Tested", "\u{a0}", ">", "»", "›", "/",
            "→", "\\", "é", "Ann Lee", "and",
        ];
        let mut rng = crate::test_rng::Rng::new(1032);
        for _ in 0..5_000 {
            let n = rng.below(12);
            let text = rng.text(&pieces, n);
            assert_eq!(is_credit_by_name(&text), credit(&text), "{text:?}");
            assert_eq!(is_breadcrumb(&text), breadcrumb(&text), "{text:?}");
        }
    }

    #[test]
    fn social_link_lines() {
        assert!(is_social_links("twitter facebook instagram twitch youtube"));
        assert!(is_social_links("share: facebook | x | linkedin | email"));
        assert!(!is_social_links("facebook"));
        assert!(!is_social_links("why facebook bought instagram"));
    }

    #[test]
    fn numbered_items_are_not_titles() {
        for (text, want) in [
            ("2. Foundational Fitness Protocol", true),
            ("#4. Shopify: Best for Multichannel Selling", true),
            ("3) Pick a site", true),
            ("10 Best Cameras of 2025", false),
            ("1.5 Million Reasons to Stay", false),
            ("Foundational Fitness Protocol", false),
        ] {
            assert_eq!(is_numbered_item(text), want, "{text}");
        }
    }

    #[test]
    fn breadcrumb_trails_are_not_titles() {
        for (text, want) in [
            ("Home > Blog > Mobile Marketing", true),
            ("HOME / Home Renovations / Home Renovation Loan", true),
            ("News » World » Europe", true),
            ("Rock / Pop Awards Go to Taylor Swift", false),
            ("How to Build a Terrarium | eHow", false),
            ("Opinion | The Vote That Changed Everything | Site", false),
            ("AC/DC and the 1/2 Price Tour", false),
        ] {
            assert_eq!(is_breadcrumb(text), want, "{text}");
        }
    }

    #[test]
    fn dash_led_lines_are_attributions() {
        assert!(opens_with_dash("— Jane Doe (@jane) August 22, 2013"));
        assert!(opens_with_dash("  – Jane Doe"));
        assert!(!opens_with_dash("By Jane Doe"));
    }

    #[test]
    fn score_lines() {
        for text in [
            "Arsenal 2-1 Chelsea",
            "Arsenal 2 Chelsea 1",
            "Arsenal 3 (Saka 12, 67, Havertz 54) Chelsea 1 (Palmer 39)",
            "Brighton & Hove Albion 0–0 Manchester United",
            "Bayern München 2:0 Borussia Dortmund (HT 1-0)",
            "Atlético de Madrid 1-3 Real Madrid",
            "Saka 23', Havertz 67'",
            "Kane 12’ (pen), 45+2’; Musiala 80’",
            "Arsenal 2 - 1 Chelsea",
            "Saka (23', 67'), Havertz 80'",
        ] {
            assert!(is_score_line(text), "{text}");
        }
        for text in [
            "Arsenal 3-1 Chelsea: Saka double sends Gunners top",
            "1 Arsenal 28 19 6 3 35 63",
            "Pos Team P W D L GD Pts",
            "Arsenal v Fulham",
            "Arsenal host Fulham next Saturday, while Chelsea travel to Brighton.",
            "Sunday 9 March 2025 18:30 GMT",
            "By Tom Baker, Football Reporter",
            "The vote was 77-13 in the Senate",
            "Jane Doe 3 March 2025",
            "23' Saka",
            "Arsenal 2-1",
            "Season 2 Episode 5",
            "Part 1 - Chapter 3",
        ] {
            assert!(!is_score_line(text), "{text}");
        }
    }
}
