//! The line shapes the related-teaser rules ask about, read by hand: a
//! reading time, an age, a file name, a phone number, a form box, an
//! archive count, and the "Previous"/"Next" words around a title.
//!
//! Each was a regex. With Unicode classes and case folding the nine took
//! about 1.7 ms to build in each process, which is more than parsing a
//! short page. A run over a hundred pages nearly always needs all of them.
//! Each shape is a few lines of code. The tests keep the regexes and check
//! that both readings agree on 40,000 generated lines. Two readings differ
//! on purpose, on characters no dev dump holds in these shapes: a digit is
//! any numeric character (`\d` was decimal digits only, so "½" and "²" now
//! count), and a letter or capital is what `char` calls alphabetic or
//! uppercase (`\p{L}` and `\p{Lu}` left out combining marks and circled
//! letters).

use crate::parse::rules;

/// Marks between a navigation word and its title ("Previous Post: …",
/// "Next »").
const NAV_MARKS: &[char] = &[':', '-', '–', '—', '»', '›'];

/// Characters a glued navigation word may stand before, besides capitals
/// and digits: an opening quote ("Next“Title”").
const GLUED_TITLE_QUOTES: &[char] = &['“', '‘', '"', '\''];

/// Characters a closing "Next"/"Previous" may be glued to, besides
/// lowercase letters and digits: the end of the title's sentence or quote.
const GLUED_TITLE_ENDS: &[char] = &['.', '!', '?', ')', '’', '\'', '"', '”'];

/// "7 min read", "5 minute read", "3 MINS. READ".
pub(super) fn is_reading_time(text: &str) -> bool {
    let Some(rest) = after_number(text) else {
        return false;
    };
    let rest = skip_spaces(rest);
    ["minutes", "minute", "mins", "min"].iter().any(|unit| {
        strip_prefix_folded(rest, unit).is_some_and(|r| {
            let r = r.strip_prefix('.').unwrap_or(r);
            let word = skip_spaces(r);
            word.len() < r.len() && eq_folded(word, "read")
        })
    })
}

/// An age beside a teaser's title, in English ([`is_english_age`]) or in
/// another language the parser knows ([`is_age_in_other_language`]).
pub(super) fn is_relative_time(text: &str) -> bool {
    is_english_age(text) || is_age_in_other_language(text)
}

/// "2 months ago", "an hour ago", "52m ago in", "a day ago —": an age,
/// which may close with "in" (the section it was posted in). "about"
/// opens one only before a bare unit ("about weeks ago").
fn is_english_age(text: &str) -> bool {
    // Every start below opens with a digit or an "a" (case folding maps
    // no other character to "a"): most lines are turned down here.
    if !text
        .chars()
        .next()
        .is_some_and(|c| c == 'a' || c == 'A' || is_digit(c))
    {
        return false;
    }
    let starts = [
        strip_prefix_folded(text, "about "),
        strip_prefix_folded(text, "an "),
        strip_prefix_folded(text, "a "),
        after_number(text).map(skip_spaces),
    ];
    starts.into_iter().flatten().any(|rest| {
        let unit = rest.trim_start_matches(char::is_alphabetic);
        let gap = skip_spaces(unit);
        unit.len() < rest.len()
            && gap.len() < unit.len()
            && strip_prefix_folded(gap, "ago").is_some_and(ends_like_an_age)
    })
}

/// "il y a 3 heures", "hace una hora", "vor 3 Std.", "3 ore fa", "před
/// hodinou", "3 часа назад", "för 3 timmar sedan", "acum 20 de minute":
/// an age in one of `rules::AGE_LANGUAGES`, the count (a number, a word
/// for one, or nothing where the language says so) and a unit between the
/// words of the "ago" marker. The age is the whole line, up to the signs
/// that close it ("hace 2 horas ·").
fn is_age_in_other_language(text: &str) -> bool {
    if text.len() > rules::AGE_MAX_BYTES {
        return false;
    }
    let age = text.trim_end_matches(|c| !is_word_char(c));
    // The line's first and last letters, folded once: a frame is read
    // only when its words could open and close the line, which turns down
    // most lines at no cost.
    let (Some(first), Some(last)) = (age.chars().next(), age.chars().next_back()) else {
        return false;
    };
    let (first, last) = (fold(first), fold(last));
    rules::AGE_LANGUAGES.iter().any(|words| {
        words.frames.iter().any(|&(before, after)| {
            before.chars().next().is_none_or(|c| c == first)
                && after.chars().next_back().is_none_or(|c| c == last)
                && word_before(age, before)
                    .and_then(|rest| word_after(rest, after))
                    .is_some_and(|count| is_count_and_unit(count, words))
        })
    })
}

/// `text` past `word` (lowercase, compared case-insensitively) and the
/// spaces after it; `text` itself when `word` is empty.
fn word_before<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    if word.is_empty() {
        return Some(text);
    }
    let rest = strip_prefix_folded(text, word)?;
    let spaced = skip_spaces(rest);
    (spaced.len() < rest.len()).then_some(spaced)
}

/// `text` without `word` (lowercase, compared case-insensitively) and the
/// spaces before it at its end; `text` itself when `word` is empty.
fn word_after<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    if word.is_empty() {
        return Some(text);
    }
    let rest = strip_suffix_folded(text, word)?;
    let spaced = trim_end_spaces(rest);
    (spaced.len() < rest.len()).then_some(spaced)
}

/// `text` is a count and a unit of `words`' language, and nothing else:
/// "3 heures", "3h", "une heure", "un'ora", "20 de minute", "3 ч.", or a
/// unit alone where the language leaves the count out ("hodinou").
fn is_count_and_unit(text: &str, words: &rules::AgeWords) -> bool {
    let text = text.strip_suffix('.').unwrap_or(text);
    let unit = if let Some(rest) = after_number(text) {
        let rest = skip_spaces(rest);
        word_before(rest, words.joiner).unwrap_or(rest)
    } else if let Some(rest) = words.ones.iter().find_map(|one| {
        // "un'ora": a word for one ending in an apostrophe is glued on.
        let rest = strip_prefix_folded(text, one)?;
        let spaced = skip_spaces(rest);
        (spaced.len() < rest.len() || one.ends_with(['\'', '’'])).then_some(spaced)
    }) {
        rest
    } else if words.bare_unit {
        text
    } else {
        return false;
    };
    words.units.iter().any(|u| eq_folded(unit, u))
}

/// What may follow "ago" in [`is_english_age`]: nothing, or signs and
/// then nothing or "in".
fn ends_like_an_age(rest: &str) -> bool {
    match rest.chars().next() {
        None => true,
        Some(c) if is_word_char(c) => false,
        Some(_) => {
            let word = rest.trim_start_matches(|c| !is_word_char(c));
            word.is_empty() || eq_folded(word, "in")
        }
    }
}

/// A picture's file name printed in its place ("bitcoin_figure",
/// "beautify.jpg"): one token with an underscore or an image extension.
pub(super) fn is_file_name(text: &str) -> bool {
    !text.contains(char::is_whitespace)
        && (text.contains('_')
            || [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"]
                .iter()
                .any(|ext| ends_with_folded(text, ext)))
}

/// A phone number somewhere in `text`: "(925) 659-8020", "800.555.0199",
/// three, three and four digits with a space, dot or hyphen between, the
/// first group perhaps in brackets, and no letter or digit glued to it.
pub(super) fn has_phone_number(text: &str) -> bool {
    // A number opens with a digit: an ASCII line without one, most lines
    // after an article, is turned down without decoding its characters.
    if text.is_ascii() && !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut before: Option<char> = None;
    for (i, c) in text.char_indices() {
        if is_digit(c) && before.is_none_or(|b| !is_word_char(b)) && is_phone_at(&text[i..]) {
            return true;
        }
        before = Some(c);
    }
    false
}

/// `text` opens with the digits and separators of a phone number
/// ([`has_phone_number`]).
fn is_phone_at(text: &str) -> bool {
    let is_separator = |c: char| c.is_whitespace() || c == '.' || c == '-';
    let Some(rest) = take_digits(text, 3) else {
        return false;
    };
    let rest = rest.strip_prefix(')').unwrap_or(rest);
    let Some(rest) = rest.strip_prefix(is_separator) else {
        return false;
    };
    let Some(rest) = take_digits(rest, 3).and_then(|r| r.strip_prefix(is_separator)) else {
        return false;
    };
    take_digits(rest, 4).is_some_and(|r| r.chars().next().is_none_or(|c| !is_word_char(c)))
}

/// An empty w3m form field, check box or toggle somewhere in `text`:
/// `[          ]`, `[*]`, `[+]`, `[-]`, `( )`, `(*)`.
pub(super) fn has_form_box(text: &str) -> bool {
    let closes = |rest: &str, marks: &[char], close: char| {
        let rest = skip_spaces(rest);
        let rest = rest.strip_prefix(marks).unwrap_or(rest);
        skip_spaces(rest).starts_with(close)
    };
    text.char_indices().any(|(i, c)| match c {
        '[' => closes(&text[i + 1..], &['*', '+', '-'], ']'),
        '(' => closes(&text[i + 1..], &['*'], ')'),
        _ => false,
    })
}

/// "► 2017 (11)", "View comments (27)": a count of one to three digits in
/// brackets closing the line (a year, "(2025)", has four).
pub(super) fn ends_with_count(text: &str) -> bool {
    let Some(inner) = text.strip_suffix(')') else {
        return false;
    };
    let number = inner.trim_end_matches(is_digit);
    let digits = inner[number.len()..].chars().count();
    (1..=3).contains(&digits) && number.ends_with('(')
}

/// "Previous Post: …", "Next article – …", "Siguiente artículo …": the
/// navigation words opening a title (a word of
/// `rules::TEASER_NAV_DIRECTIONS`, perhaps with one of
/// `rules::TEASER_NAV_NOUNS`) followed by a mark, or both words followed
/// by a space. Returns where the words end and where the title starts.
pub(super) fn nav_opening(text: &str) -> Option<(usize, usize)> {
    let with_mark = |words_end: usize| {
        let rest = skip_spaces(&text[words_end..]);
        let rest = skip_spaces(rest.strip_prefix(NAV_MARKS)?);
        Some((words_end, text.len() - rest.len()))
    };
    let with_space = |words_end: usize| {
        let rest = skip_spaces(&text[words_end..]);
        (rest.len() < text.len() - words_end).then_some((words_end, text.len() - rest.len()))
    };
    // Most lines open with no direction's first letter: turned down
    // before each direction is compared (some 700 instructions a line).
    if !opens_like_one_of(text, rules::TEASER_NAV_DIRECTIONS) {
        return None;
    }
    // Where each direction the line opens with ends, in the list's order;
    // the words with a mark first, with a noun before without one.
    let directions: Vec<usize> = rules::TEASER_NAV_DIRECTIONS
        .iter()
        .filter_map(|d| strip_prefix_folded(text, d).map(|rest| text.len() - rest.len()))
        .collect();
    directions
        .iter()
        .find_map(|&end| {
            nouns_after(text, end)
                .find_map(&with_mark)
                .or_else(|| with_mark(end))
        })
        .or_else(|| {
            directions
                .iter()
                .find_map(|&end| nouns_after(text, end).find_map(with_space))
        })
}

/// Where each noun of `rules::TEASER_NAV_NOUNS` that follows byte `at` of
/// `text` after one or more spaces ends, in the list's order.
fn nouns_after(text: &str, at: usize) -> impl Iterator<Item = usize> + '_ {
    let rest = skip_spaces(&text[at..]);
    let spaced = rest.len() < text.len() - at;
    rules::TEASER_NAV_NOUNS
        .iter()
        .filter(move |_| spaced)
        .filter_map(move |noun| strip_prefix_folded(rest, noun).map(|r| text.len() - r.len()))
}

/// "PrevPreviousTitle", "NextTitle": "Previous", "Next" or "Prev" (perhaps
/// after a "Prev" icon text) glued to the title's first capital, digit or
/// opening quote, the way innerText joins a link's icon text and its
/// title. Returns the word's byte range and where the title starts.
pub(super) fn nav_glued_opening(text: &str) -> Option<(std::ops::Range<usize>, usize)> {
    let skips: &[usize] = if text.starts_with("Prev") {
        &[4, 0]
    } else {
        &[0]
    };
    skips.iter().find_map(|&skip| {
        ["Previous", "Next", "Prev"].iter().find_map(|word| {
            let end = skip + word.len();
            let title = text[skip..].strip_prefix(word)?.chars().next()?;
            (title.is_uppercase() || title.is_numeric() || GLUED_TITLE_QUOTES.contains(&title))
                .then_some((skip..end, end))
        })
    })
}

/// "TitleNext", "Title Next Post": "Next" or "Previous" glued to the
/// title's last lowercase letter, digit or closing sign, or a direction
/// and a noun (as in [`nav_opening`]) after a space, closing the line.
/// Returns where the words start.
pub(super) fn nav_closing(text: &str) -> Option<usize> {
    for word in ["Next", "Previous"] {
        if let Some(title) = text.strip_suffix(word)
            && title.chars().next_back().is_some_and(|c| {
                c.is_lowercase() || c.is_numeric() || GLUED_TITLE_ENDS.contains(&c)
            })
        {
            return Some(title.len());
        }
    }
    // Most lines end in no noun's last letter: turned down before each
    // noun is compared.
    if !closes_like_one_of(text, rules::TEASER_NAV_NOUNS) {
        return None;
    }
    // The leftmost start of the words, as a regex search would report it.
    rules::TEASER_NAV_NOUNS
        .iter()
        .filter_map(|noun| strip_suffix_folded(text, noun))
        .flat_map(|head| {
            let before_noun = trim_end_spaces(head);
            let spaced = before_noun.len() < head.len();
            rules::TEASER_NAV_DIRECTIONS
                .iter()
                .filter_map(move |direction| {
                    let start = strip_suffix_folded(before_noun, direction)?;
                    (spaced && trim_end_spaces(start).len() < start.len()).then_some(start.len())
                })
        })
        .min()
}

/// A decimal digit of any script (read as `char::is_numeric`).
fn is_digit(c: char) -> bool {
    c.is_numeric()
}

/// A word character as a regex's `\w` and `\b` read it.
fn is_word_char(c: char) -> bool {
    regex_syntax::is_word_character(c)
}

/// `text` past its leading whitespace.
fn skip_spaces(text: &str) -> &str {
    text.trim_start_matches(char::is_whitespace)
}

/// `text` without its trailing whitespace.
fn trim_end_spaces(text: &str) -> &str {
    text.trim_end_matches(char::is_whitespace)
}

/// `text` past the run of digits it opens with, if it opens with one.
fn after_number(text: &str) -> Option<&str> {
    let rest = text.trim_start_matches(is_digit);
    (rest.len() < text.len()).then_some(rest)
}

/// `text` past exactly `n` digits it opens with.
fn take_digits(text: &str, n: usize) -> Option<&str> {
    let mut chars = text.chars();
    for _ in 0..n {
        if !chars.next().is_some_and(is_digit) {
            return None;
        }
    }
    Some(chars.as_str())
}

/// `c` as case-insensitive matching compares it: its lowercase form (one
/// character), and the long s as an s, as Unicode's simple case folding
/// has it.
fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if c == 'ſ' {
        return 's';
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// `text`'s first character, folded, opens one of `words` (lowercase): a
/// test [`strip_prefix_folded`] of each word passes only then.
fn opens_like_one_of(text: &str, words: &[&str]) -> bool {
    text.chars()
        .next()
        .map(fold)
        .is_some_and(|c| words.iter().any(|w| w.starts_with(c)))
}

/// `text`'s last character, folded, closes one of `words` (lowercase): a
/// test [`strip_suffix_folded`] of each word passes only then.
fn closes_like_one_of(text: &str, words: &[&str]) -> bool {
    text.chars()
        .next_back()
        .map(fold)
        .is_some_and(|c| words.iter().any(|w| w.ends_with(c)))
}

/// `text` past `word` (lowercase), compared case-insensitively.
fn strip_prefix_folded<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let mut chars = text.chars();
    for w in word.chars() {
        if chars.next().map(fold) != Some(w) {
            return None;
        }
    }
    Some(chars.as_str())
}

/// `text` without `word` (lowercase) at its end, compared
/// case-insensitively.
fn strip_suffix_folded<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let mut chars = text.chars();
    for w in word.chars().rev() {
        if chars.next_back().map(fold) != Some(w) {
            return None;
        }
    }
    Some(chars.as_str())
}

/// `text` is `word` (lowercase), compared case-insensitively.
fn eq_folded(text: &str, word: &str) -> bool {
    strip_prefix_folded(text, word).is_some_and(str::is_empty)
}

/// `text` ends with `word` (lowercase), compared case-insensitively.
fn ends_with_folded(text: &str, word: &str) -> bool {
    strip_suffix_folded(text, word).is_some()
}

#[cfg(test)]
mod tests {
    use regex::Regex;

    use super::*;

    /// The regexes the matchers replace, as the related-teaser rules had
    /// them.
    struct Regexes {
        nav_opening: Regex,
        nav_glued_opening: Regex,
        nav_closing: Regex,
        reading_time: Regex,
        relative_time: Regex,
        file_name: Regex,
        phone: Regex,
        form_box: Regex,
        archive_count: Regex,
    }

    impl Regexes {
        fn new() -> Regexes {
            let dirs = rules::TEASER_NAV_DIRECTIONS.join("|");
            let nouns = rules::TEASER_NAV_NOUNS.join("|");
            let re = |p: &str| Regex::new(p).expect("valid regex");
            Regexes {
                nav_opening: re(&format!(
                    r"(?i)^((?:{dirs})(?:\s+(?:{nouns}))?)\s*[:\-–—»›]\s*|^((?:{dirs})\s+(?:{nouns}))\s+"
                )),
                nav_glued_opening: re(r"^(?:Prev)?(Previous|Next|Prev)[\p{Lu}\p{N}“‘\x22']"),
                nav_closing: re(&format!(
                    r"(?:[\p{{Ll}}\p{{N}}.!?)’'\x22”]((?:Next|Previous))|(?i)\s+((?:{dirs})\s+(?:{nouns})))$"
                )),
                reading_time: re(r"(?i)^\d+\s*(?:min|mins|minutes?)\.?\s+read$"),
                relative_time: re(r"(?i)^(?:about |an? |\d+\s*)\p{L}+\s+ago\b\W*(?:in)?$"),
                file_name: re(r"(?i)^\S*(?:_\S*|\.(?:jpe?g|png|gif|webp|svg))$"),
                phone: re(r"\(?\b\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4}\b"),
                form_box: re(r"\[\s*[*+\-]?\s*\]|\(\s*\*?\s*\)"),
                archive_count: re(r"\(\d{1,3}\)$"),
            }
        }
    }

    /// Pieces the generated lines are made of: the shapes themselves, their
    /// near misses, and characters case folding and Unicode classes treat
    /// apart (long s, the Kelvin sign, dotted and dotless i, accented
    /// capitals, other scripts' digits, no-break and ideographic spaces).
    const PIECES: &[&str] = &[
        "Previous",
        "previous",
        "PREVIOUS",
        "Prev",
        "Next",
        "next",
        "NEXT",
        "Older",
        "newer",
        "précédent",
        "PRÉCÉDENT",
        "Nächster",
        "NÄCHSTER",
        "Siguiente",
        "anterior",
        "post",
        "Posts",
        "poſt",
        "ARTICLE",
        "artículo",
        "ARTÍCULO",
        "Beitrag",
        "arti\u{212A}el",
        "Story",
        "page",
        ":",
        " - ",
        "-",
        " » ",
        "›",
        "« ",
        "→",
        "–",
        "—",
        "Best Way To Store",
        "10 Best",
        "best",
        "Title",
        "“Quote”",
        "‘x",
        "\"",
        "'",
        ")",
        "!",
        "?",
        ".",
        "5 min read",
        "7 MIN",
        "mins",
        "minutes",
        "Minute",
        "Read",
        "READ",
        "5",
        "12",
        "٣",
        "2 months ago",
        "52m AGO in",
        "about an hour ago",
        "about",
        "a",
        "an",
        "ago",
        "AGO",
        "in",
        "İn",
        "ın",
        "hours",
        "días",
        "beautify.jpg",
        "x.JPEG",
        "logo.png",
        ".svg",
        ".webp",
        "a.gif",
        "bitcoin_figure",
        "_",
        "(925) 659-8020",
        "+1 800 555 0199",
        "800.555.0199",
        "555-0199",
        "123",
        "4567",
        "(",
        "[",
        "]",
        "[ ]",
        "( )",
        "[*]",
        "[+]",
        "(*)",
        "(27)",
        "(2025)",
        "► 2017 (11)",
        "…",
        "’",
        "”",
        "ß",
        "é",
        "Ж",
        "中",
        "",
        " ",
        "  ",
        "\t",
        "\u{a0}",
        "\u{3000}",
    ];

    /// Each matcher answers as the regex it replaces on 40,000 lines drawn
    /// from [`PIECES`] (captures included), and the draw holds matches of
    /// every kind.
    #[test]
    fn the_matchers_agree_with_the_regexes_they_replace() {
        let re = Regexes::new();
        let mut rng = crate::test_rng::Rng::new(0x5EED_17AB_C0FF_EE00);
        let mut hits = [0usize; 9];
        for _ in 0..40_000 {
            let n = 1 + rng.below(4);
            let parts: Vec<&str> = (0..n).map(|_| PIECES[rng.below(PIECES.len())]).collect();
            let text = parts.join(if rng.below(2) == 0 { " " } else { "" });
            let t = text.trim();
            let opening = re.nav_opening.captures(t).map(|c| {
                let word = c.get(1).or_else(|| c.get(2)).map(|m| m.end());
                (word.unwrap_or(0), c.get(0).map_or(0, |m| m.end()))
            });
            let glued = re.nav_glued_opening.captures(t).map(|c| {
                let whole = c.get(0).map_or(0..0, |m| m.range());
                let last = t[whole.clone()]
                    .chars()
                    .next_back()
                    .map_or(0, char::len_utf8);
                (c.get(1).map_or(0..0, |m| m.range()), whole.end - last)
            });
            let closing = re
                .nav_closing
                .captures(t)
                .and_then(|c| c.get(1).or_else(|| c.get(2)))
                .map(|m| m.start());
            let answers = [
                (opening.is_some(), nav_opening(t) == opening),
                (glued.is_some(), nav_glued_opening(t) == glued),
                (closing.is_some(), nav_closing(t) == closing),
                (re.reading_time.is_match(t), is_reading_time(t)),
                (re.relative_time.is_match(t), is_relative_time(t)),
                (re.file_name.is_match(t), is_file_name(t)),
                (re.phone.is_match(t), has_phone_number(t)),
                (re.form_box.is_match(t), has_form_box(t)),
                (re.archive_count.is_match(t), ends_with_count(t)),
            ];
            for (kind, (hit, answer)) in answers.into_iter().enumerate() {
                // The three navigation matchers answer with positions.
                let agrees = if kind < 3 { answer } else { answer == hit };
                assert!(agrees, "matcher {kind} on {t:?}");
                hits[kind] += usize::from(hit);
            }
        }
        for (kind, n) in hits.iter().enumerate() {
            assert!(*n >= 100, "matcher {kind}: {n} matches");
        }
    }

    #[test]
    fn reading_times_and_ages() {
        assert!(is_reading_time("7 min read"));
        assert!(is_reading_time("5minutes. READ"));
        assert!(!is_reading_time("7 min to read"));
        assert!(!is_reading_time("min read"));
        assert!(is_relative_time("2 months ago"));
        assert!(is_relative_time("52m ago in"));
        assert!(is_relative_time("a day ago —"));
        assert!(!is_relative_time("about a week ago"));
        assert!(is_relative_time("an hour ago"));
        assert!(!is_relative_time("about 2 days ago"));
        assert!(!is_relative_time("3 days agoin"));
        assert!(!is_relative_time("2 days ago, when it rained"));
    }

    #[test]
    fn ages_in_other_languages() {
        for age in [
            "il y a 3 heures",
            "Il y a une heure",
            "il y a 2 h",
            "il y a 5 min.",
            "hace 2 horas",
            "Hace una semana",
            "hace 3 días ·",
            "há 2 horas",
            "Há um dia",
            "2 horas atrás",
            "há 3 meses atrás",
            "3 ore fa",
            "un'ora fa",
            "Un anno fa",
            "vor 3 Stunden",
            "vor einer Stunde",
            "Vor einem Tag",
            "vor 3 Std.",
            "vor 10 Min.",
            "3 uur geleden",
            "een week geleden",
            "před 3 hodinami",
            "před hodinou",
            "Před 2 dny",
            "3 часа назад",
            "час назад",
            "одну минуту назад",
            "5 мин. назад",
            "3ч назад",
            "3 години тому",
            "годину тому",
            "2 дні назад",
            "3 godziny temu",
            "godzinę temu",
            "5 lat temu",
            "för 3 timmar sedan",
            "3 timmar sedan",
            "för en vecka sedan",
            "3 timer siden",
            "for en uke siden",
            "et år siden",
            "3 saat önce",
            "bir gün önce",
            "5 dk önce",
            "acum 3 ore",
            "acum o oră",
            "Acum 20 de minute",
            "acum un an —",
        ] {
            assert!(is_relative_time(age), "{age}");
            assert!(is_age_in_other_language(age), "{age}");
        }
    }

    #[test]
    fn other_languages_markers_in_prose_are_no_ages() {
        for line in [
            // The marker opens or closes prose, or the age is a phrase in
            // a sentence.
            "il y a trois raisons de croire en lui",
            "Il y a 3 heures, le ministre a parlé",
            "il y a 3 enfants",
            "Il y a",
            "vor allem",
            "Vor allem die Jungen",
            "vor 3 Stunden hat er gesagt",
            "vor dem Haus",
            "hace falta",
            "Hace falta más tiempo",
            "hace 2 goles",
            "Lo ha detto tre anni fa il ministro",
            "Tre anni fa",
            "qualche giorno fa",
            "il dolore che fa",
            "Poco tempo fa",
            "acum o să vedem",
            "acum",
            "před volbami",
            "назад в будущее",
            "Шаг назад",
            "три часа назад",
            "rok temu i dziś",
            "önce",
            "3 timer senere",
            "3 heures",
            "2 hours",
            // Too long for an age.
            "il y a 3 heures il y a 3 heures il y a 3 heures",
        ] {
            assert!(!is_relative_time(line), "{line}");
        }
        // English answers stay the English reader's.
        assert!(!is_relative_time("about 2 days ago"));
        assert!(is_relative_time("about weeks ago"));
    }

    #[test]
    fn furniture_shapes() {
        assert!(is_file_name("bitcoin_figure"));
        assert!(is_file_name("beautify.JPG"));
        assert!(!is_file_name("beautify.jpg here"));
        assert!(!is_file_name("example.com"));
        assert!(has_phone_number("Call (925) 659-8020 today"));
        assert!(has_phone_number("+1 800 555 0199"));
        assert!(!has_phone_number("tel925-555-0199"));
        assert!(!has_phone_number("800 555 01999"));
        assert!(has_form_box("Search [          ] Go"));
        assert!(has_form_box("(*) Yes ( ) No"));
        assert!(!has_form_box("[x]"));
        assert!(ends_with_count("► 2017 (11)"));
        assert!(!ends_with_count("for Beginners (2025)"));
        assert!(!ends_with_count("()"));
    }

    #[test]
    fn navigation_words() {
        let text = "Previous Post: Best Way To Store Coffee";
        assert_eq!(nav_opening(text), Some((13, 15)));
        assert_eq!(nav_opening("Next article Title"), Some((12, 13)));
        assert_eq!(nav_opening("Previously: a title"), None);
        assert_eq!(nav_glued_opening("PrevPreviousBest"), Some((4..12, 12)));
        assert_eq!(nav_glued_opening("NextGen"), Some((0..4, 4)));
        assert_eq!(nav_glued_opening("Nextdoor"), None);
        assert_eq!(nav_closing("Coffee MakersNext"), Some(13));
        assert_eq!(nav_closing("A Title Next Post"), Some(8));
        assert_eq!(nav_closing("A Title NextPost"), None);
    }
}
