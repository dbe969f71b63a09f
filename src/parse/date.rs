//! Finding and normalising publication dates in the forms pages print them:
//! ISO 8601 / RFC 3339, "December 3, 2016", "3 Dec 2016", "Sat, 03 Dec 2016
//! 10:15:00 +0000", "Updated 10:15 AM EST, Sat December 3, 2016", and the
//! common month names of French, Spanish, German, Portuguese, Italian and
//! Dutch, day-first dates in Russian, Ukrainian, Polish, Czech, Swedish,
//! Danish, Norwegian, Turkish and Romanian ("12 марта 2025", "5. března
//! 2024", "12. marts 2025", "5 Şubat 2024", "12 martie 2025"), the Czech
//! "5. 3. 2024", and the Chinese, Japanese and Korean "2025年4月16日" /
//! "2025년 4월 16일".
//!
//! The result is `YYYY-MM-DD`, or RFC 3339 with an offset when the text
//! gives both a time and a zone (SPEC §1). A time without a zone is dropped
//! rather than guessed. Nothing here reads the clock.

use std::ops::Range;

use chrono::{Datelike, FixedOffset, NaiveDate, NaiveTime, TimeZone};

mod day_first;

#[cfg(test)]
use day_first::day_first_month;
use day_first::find_day_first_other;

/// A date found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// Normalised value: `YYYY-MM-DD` or RFC 3339 with offset.
    pub value: String,
    /// Byte range of the date (and its time, when used) in the text.
    pub range: Range<usize>,
}

/// Years accepted as publication dates; numbers outside are not dates.
const YEARS: Range<i32> = 1900..2101;

/// English month names, lowercase: besides dates, the byline, author and
/// quote-speaker readers treat them as "not a name".
pub const ENGLISH_MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Their short forms, lowercase ("may" has none).
pub const ENGLISH_MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// True when lowercase `word` is an English month name or its short form.
pub fn is_english_month(word: &str) -> bool {
    ENGLISH_MONTHS.contains(&word) || ENGLISH_MONTH_ABBREVIATIONS.contains(&word)
}

/// Month names and abbreviations, lowercase, by month number.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("janvier", 1),
    ("enero", 1),
    ("januar", 1),
    ("janeiro", 1),
    ("januari", 1),
    ("gennaio", 1),
    ("janv", 1),
    ("february", 2),
    ("feb", 2),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("febrero", 2),
    ("februar", 2),
    ("fevereiro", 2),
    ("februari", 2),
    ("febbraio", 2),
    ("march", 3),
    ("mar", 3),
    ("mars", 3),
    ("marzo", 3),
    ("märz", 3),
    ("março", 3),
    ("maart", 3),
    ("mrt", 3),
    ("april", 4),
    ("apr", 4),
    ("avril", 4),
    ("abril", 4),
    ("aprile", 4),
    ("avr", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("maio", 5),
    ("maggio", 5),
    ("mei", 5),
    ("june", 6),
    ("jun", 6),
    ("juin", 6),
    ("junio", 6),
    ("juni", 6),
    ("junho", 6),
    ("giugno", 6),
    ("july", 7),
    ("jul", 7),
    ("juillet", 7),
    ("juil", 7),
    ("julio", 7),
    ("juli", 7),
    ("julho", 7),
    ("luglio", 7),
    ("august", 8),
    ("aug", 8),
    ("août", 8),
    ("aout", 8),
    ("agosto", 8),
    ("augustus", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("setembro", 9),
    ("settembre", 9),
    ("october", 10),
    ("oct", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("oktober", 10),
    ("outubro", 10),
    ("ottobre", 10),
    ("okt", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("december", 12),
    ("dec", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
    ("diciembre", 12),
    ("dezember", 12),
    ("dezembro", 12),
    ("dicembre", 12),
    ("dez", 12),
];

/// Time zone abbreviations seen in US and European bylines, in hours.
const ZONES: &[(&str, i32)] = &[
    ("utc", 0),
    ("gmt", 0),
    ("z", 0),
    ("est", -5),
    ("edt", -4),
    ("cst", -6),
    ("cdt", -5),
    ("mst", -7),
    ("mdt", -6),
    ("pst", -8),
    ("pdt", -7),
    ("bst", 1),
    ("cet", 1),
    ("cest", 2),
    ("ist", 5),
    ("jst", 9),
    ("aest", 10),
];

/// `text` is a month and a year and nothing else ("Dec 2025", "March
/// 2024"): too vague for a publication date, but a date all the same.
pub fn is_month_year(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let (Some(month), Some(year), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let month = month.trim_end_matches(['.', ',']).to_lowercase();
    MONTHS.iter().any(|(name, _)| *name == month)
        && year.parse::<i32>().is_ok_and(|y| YEARS.contains(&y))
}

/// Finds the first date in `text`.
pub fn find(text: &str) -> Option<DateMatch> {
    find_in(text, Ambiguous::Unread)
}

/// Like [`find`], also reading all-digit dates that read both ways
/// ("8/1/2025", "08.04.2015") by their separator's convention. Meant for
/// the date lines of a text dump, which has no language tag to settle
/// them; metadata values and the HTML header keep to [`find`].
pub fn find_all_forms(text: &str) -> Option<DateMatch> {
    find_in(text, Ambiguous::BySeparator)
}

/// How an all-digit date whose first two numbers could each be the month
/// ("05/03/2024") is read.
#[derive(Clone, Copy)]
enum Ambiguous {
    /// Not at all: a wrong day is worse than none.
    Unread,
    /// As the page's language writes dates.
    DayFirst(bool),
    /// US pages write month/day/year with slashes, European pages
    /// day.month.year with dots or dashes.
    BySeparator,
}

fn find_in(text: &str, ambiguous: Ambiguous) -> Option<DateMatch> {
    // Every form has a four-digit year: skip the readers for text without one.
    let first_year = first_four_digits(text)?;
    // Every match holds its year, four digits in a row at or after its
    // start: none starts after the last such run.
    let last_year = last_four_digits(text)?;
    let bytes = text.as_bytes();
    // An all-number form needs its separators, and CJK dates are not
    // ASCII: most texts skip some readers on a byte test.
    let dash = memchr::memchr(b'-', bytes).is_some();
    let slash_or_dot = memchr::memchr2(b'/', b'.', bytes).is_some();
    let ascii = text.is_ascii();
    type Reader<'a> = &'a dyn Fn(usize) -> Option<(Found, Range<usize>)>;
    let readers: [Reader<'_>; 8] = [
        &|before| dash.then(|| find_iso(text, before)).flatten(),
        &|before| find_named(text, Named::MonthFirst, before),
        &|before| find_named(text, Named::DayFirst, before),
        &|before| find_named(text, Named::Glued, before),
        &|before| slash_or_dot.then(|| find_slashed(text, before)).flatten(),
        &|before| {
            (dash || slash_or_dot)
                .then(|| find_numeric(text, ambiguous, before))
                .flatten()
        },
        &|_| find_day_first_other(text, first_year),
        &|_| if ascii { None } else { find_cjk(text) },
    ];
    // The earliest match wins, on a tie the earlier reader's: each
    // reader looks only for a match starting before the best so far.
    let mut best: Option<(Found, Range<usize>)> = None;
    for read in readers {
        let before = best.as_ref().map_or(last_year + 1, |(_, r)| r.start);
        if let Some(found) = read(before).filter(|(_, r)| r.start < before) {
            best = Some(found);
        }
    }
    let (date, range) = best?;
    match date {
        Found::Full(value) => Some(DateMatch { value, range }),
        Found::Day(day) => Some(with_nearby_time(text, day, range)),
    }
}

/// Two-digit years from `SHORT_YEAR_PIVOT` up are read as 19yy, below it
/// as 20yy (POSIX `strptime`'s `%y`): "9/11/13" is 2013, "3/4/98" 1998.
const SHORT_YEAR_PIVOT: u32 = 69;

/// The first all-number date with a two-digit year in `text`: "9/11/13
/// 10:00AM", "10.15.15" (US blogs and Kinja sites print their date lines
/// so). Only for a text dump's short date lines, tried after every
/// four-digit form found nothing there: "1.2.13" is a version number as
/// often as a date, so the callers keep it to lines that hold little else.
/// Both separators are alike, '/' or '.', and the numbers stand alone
/// (not inside "v1.2.13", "1.2.13.4", "10/12/13/5"). Day first when the
/// first number cannot be a month, month first when the second cannot;
/// when both can, slashes read month first (as `Ambiguous::BySeparator`
/// reads "8/1/2025"), and dots are not read: "11.03.17" is 3 November on
/// a US page and 11 March on a German one, and a wrong day is worse than
/// none.
pub fn find_short_year(text: &str) -> Option<DateMatch> {
    let bytes = text.as_bytes();
    (0..bytes.len()).find_map(|p| {
        if !bytes[p].is_ascii_digit()
            || word_char_before(text, p)
            || text[..p].ends_with(['.', '/', '-', ','])
        {
            return None;
        }
        let a = day_digits(text, p)?;
        let sep = *bytes.get(a.end).filter(|&&b| b == b'/' || b == b'.')?;
        let b = day_digits(text, a.end + 1)?;
        if bytes.get(b.end) != Some(&sep) {
            return None;
        }
        let y = b.end + 1;
        if !digits_at(text, y, 2) || word_char_at_or_end(text, y + 2) {
            return None;
        }
        let after = &text[y + 2..];
        let mut chars = after.chars();
        let (next, then) = (chars.next(), chars.next());
        if matches!(next, Some('/' | '-'))
            || (matches!(next, Some('.')) && then.is_some_and(|c| c.is_ascii_digit()))
        {
            return None;
        }
        let (x, z) = (
            text[a.clone()].parse::<u32>().ok()?,
            text[b.clone()].parse::<u32>().ok()?,
        );
        let day_first = match (x > 12, z > 12) {
            (true, false) => true,
            (false, true) => false,
            (false, false) if sep == b'/' => false,
            _ => return None,
        };
        let (d, m) = if day_first { (x, z) } else { (z, x) };
        let yy: u32 = text[y..y + 2].parse().ok()?;
        let year = if yy >= SHORT_YEAR_PIVOT {
            1900 + yy
        } else {
            2000 + yy
        };
        let date = day(year, m, d)?;
        Some(with_nearby_time(text, date, p..y + 2))
    })
}

/// A word character stands at byte `i` (false at the end of `text`).
fn word_char_at_or_end(text: &str, i: usize) -> bool {
    i < text.len() && word_char_at(text, i)
}

/// Whether [`find`] or [`find_all_forms`] can find a date in `text`: every
/// form they read has a four-digit year, and a text without four ASCII
/// digits in a row is turned down before any form is tried. A byte scan,
/// for callers that can skip other work on a line without one.
pub fn may_hold_date(text: &str) -> bool {
    has_four_digits(text)
}

/// True when `text` holds four ASCII digits in a row (a year).
fn has_four_digits(text: &str) -> bool {
    first_four_digits(text).is_some()
}

/// Where the first four ASCII digits in a row in `text` start. Eight
/// bytes are read at a time (see [`digit_runs`]), at steps of five: a run
/// of four starting anywhere in a step lies whole in its window. Every
/// block near the header and every text a date reader is asked of is
/// scanned, most of them without a year.
fn first_four_digits(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(window) = bytes.get(at..at + 8) {
        let runs = digit_runs(window);
        if runs != 0 {
            return Some(at + runs.trailing_zeros() as usize / 8);
        }
        at += 5;
    }
    // The windows read covered every run starting before `at`.
    first_four_digits_plain(&bytes[at..]).map(|k| at + k)
}

/// [`first_four_digits`] a byte at a time.
fn first_four_digits_plain(bytes: &[u8]) -> Option<usize> {
    let mut run = 0;
    for (i, b) in bytes.iter().enumerate() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return Some(i - 3);
        }
    }
    None
}

/// Where the last four ASCII digits in a row in `text` start: as
/// [`first_four_digits`], from the end.
fn last_four_digits(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = bytes.len();
    while at >= 8 {
        let runs = digit_runs(&bytes[at - 8..at]);
        if runs != 0 {
            return Some(at - 8 + (63 - runs.leading_zeros() as usize) / 8);
        }
        at -= 5;
    }
    // The windows read covered every run starting at `at - 3` or later;
    // one starting before ends before `at`.
    last_four_digits_plain(&bytes[..at])
}

/// [`last_four_digits`] a byte at a time.
fn last_four_digits_plain(bytes: &[u8]) -> Option<usize> {
    let mut run = 0;
    for (i, b) in bytes.iter().enumerate().rev() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return Some(i);
        }
    }
    None
}

/// For an eight-byte `window`, the bit 7 of each byte that opens four
/// ASCII digits in a row inside the window (little-endian: byte `k` of
/// the window is byte `k` of the number).
fn digit_runs(window: &[u8]) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut word = [0u8; 8];
    word.copy_from_slice(window);
    let word = u64::from_le_bytes(word);
    // Below 0x80, each byte plus 0x50 (0x46) reaches 0x80 from '0' (':')
    // on, without a carry into the next byte.
    let low = word & !HIGH;
    let from_zero = low + 0x5050_5050_5050_5050;
    let past_nine = low + 0x4646_4646_4646_4646;
    let digits = from_zero & !past_nine & !word & HIGH;
    digits & (digits >> 8) & (digits >> 16) & (digits >> 24)
}

/// Parses `text` as one date, e.g. a `datetime` attribute or a meta value.
pub fn parse(text: &str) -> Option<String> {
    find(text).map(|m| m.value)
}

/// [`parse`], with the page's `language` (a BCP 47 tag such as "en-US")
/// settling all-number dates that read both ways ("05/03/2024"): month
/// first in US English, day first elsewhere.
pub fn parse_in(text: &str, language: Option<&str>) -> Option<String> {
    let ambiguous = language.map_or(Ambiguous::Unread, |tag| {
        let tag = tag.to_ascii_lowercase().replace('_', "-");
        Ambiguous::DayFirst(!MONTH_FIRST_LANGUAGES.contains(&tag.as_str()))
    });
    find_in(text, ambiguous).map(|m| m.value)
}

/// Language tags whose all-number dates put the month first; every other
/// language reads day first.
const MONTH_FIRST_LANGUAGES: &[&str] = &["en-us", "en-ph", "en-ca"];

enum Found {
    /// Already complete (ISO with its own time or zone handling).
    Full(String),
    /// A calendar day; a time may follow or precede it.
    Day(NaiveDate),
}

fn day(year: u32, month: u32, day: u32) -> Option<NaiveDate> {
    let year = i32::try_from(year).ok().filter(|y| YEARS.contains(y))?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The capture groups of one match of an all-number form, as byte
/// ranges: 0 is the whole match, the others as numbered in the regex the
/// reader stands for.
#[derive(Debug, Default, PartialEq, Eq)]
struct Groups([Option<Range<usize>>; 8]);

impl Groups {
    fn end(&self) -> usize {
        self.0[0].as_ref().map_or(0, |r| r.end)
    }

    fn str<'t>(&self, text: &'t str, i: usize) -> Option<&'t str> {
        Some(&text[self.0[i].clone()?])
    }

    fn number(&self, text: &str, i: usize) -> Option<u32> {
        self.str(text, i)?.parse().ok()
    }
}

/// The all-number forms, read by hand. Each was a regex (kept in the
/// tests as the reference): compiling the three cost 6.2 M instructions,
/// a tenth of parsing one short page. The readers give the same matches
/// and groups as `captures_iter` gave.
#[derive(Clone, Copy, Debug)]
enum Numeric {
    /// `\b([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(?:\.[0-9]+)?\s*(Z|[+-][0-9]{2}:?[0-9]{2})?)?`:
    /// ISO 8601 / RFC 3339.
    Iso,
    /// `\b([0-9]{4})(?:/([0-9]{1,2})/([0-9]{1,2})\b|\.([0-9]{2})\.([0-9]{2})\b|\. +([0-9]{1,2})\. +([0-9]{1,2})\.)`:
    /// "2016/12/3", and "2025.03.12" as Korean, Chinese and Japanese pages
    /// print it (two-digit month and day: "2023.3.1" is a version), or
    /// "2025. 3. 12." with a space after each dot.
    Slashed,
    /// `\b([0-9]{1,2})([/.\-])([0-9]{1,2})([/.\-])([0-9]{4})\b`: "13/11/2025",
    /// "05.03.2024", "3-14-2025".
    YearLast,
}

/// The matches of `form` in `text` that start before byte `before`, one
/// after the other.
fn numeric_matches(text: &str, form: Numeric, before: usize) -> impl Iterator<Item = Groups> + '_ {
    let bytes = text.as_bytes();
    let end = before.min(bytes.len());
    let mut from = 0;
    std::iter::from_fn(move || {
        let found = (from..end).find_map(|p| {
            if !bytes[p].is_ascii_digit() || word_char_before(text, p) {
                return None;
            }
            match form {
                Numeric::Iso => iso_at(text, p),
                Numeric::Slashed => slashed_at(text, p),
                Numeric::YearLast => year_last_at(text, p),
            }
        })?;
        from = found.end();
        Some(found)
    })
}

/// `n` ASCII digits at `i`.
fn digits_at(text: &str, i: usize, n: usize) -> bool {
    text.as_bytes()
        .get(i..i + n)
        .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
}

fn byte_at(text: &str, i: usize, b: u8) -> bool {
    text.as_bytes().get(i) == Some(&b)
}

/// The character at byte `i` is a word character (`\b` after a digit
/// holds when it is not).
fn word_char_at(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_some_and(|c| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric() || c == '_'
        } else {
            regex_syntax::is_word_character(c)
        }
    })
}

fn iso_at(text: &str, p: usize) -> Option<Groups> {
    let date = digits_at(text, p, 4)
        && byte_at(text, p + 4, b'-')
        && digits_at(text, p + 5, 2)
        && byte_at(text, p + 7, b'-')
        && digits_at(text, p + 8, 2);
    if !date {
        return None;
    }
    let mut g = Groups::default();
    g.0[1] = Some(p..p + 4);
    g.0[2] = Some(p + 5..p + 7);
    g.0[3] = Some(p + 8..p + 10);
    let t = p + 10;
    let mut end = t;
    let time = (byte_at(text, t, b'T') || byte_at(text, t, b' '))
        && digits_at(text, t + 1, 2)
        && byte_at(text, t + 3, b':')
        && digits_at(text, t + 4, 2);
    if time {
        g.0[4] = Some(t + 1..t + 3);
        g.0[5] = Some(t + 4..t + 6);
        let mut i = t + 6;
        if byte_at(text, i, b':') && digits_at(text, i + 1, 2) {
            g.0[6] = Some(i + 1..i + 3);
            i += 3;
        }
        if byte_at(text, i, b'.') && digits_at(text, i + 1, 1) {
            i += 1;
            while digits_at(text, i, 1) {
                i += 1;
            }
        }
        i = spaces(text, i).unwrap_or(i);
        if byte_at(text, i, b'Z') {
            g.0[7] = Some(i..i + 1);
            i += 1;
        } else if (byte_at(text, i, b'+') || byte_at(text, i, b'-')) && digits_at(text, i + 1, 2) {
            let zone_end = if byte_at(text, i + 3, b':') && digits_at(text, i + 4, 2) {
                Some(i + 6)
            } else {
                digits_at(text, i + 3, 2).then_some(i + 5)
            };
            if let Some(zone_end) = zone_end {
                g.0[7] = Some(i..zone_end);
                i = zone_end;
            }
        }
        end = i;
    }
    g.0[0] = Some(p..end);
    Some(g)
}

fn slashed_at(text: &str, p: usize) -> Option<Groups> {
    if !digits_at(text, p, 4) {
        return None;
    }
    if byte_at(text, p + 4, b'.') {
        return dotted_at(text, p);
    }
    if !byte_at(text, p + 4, b'/') {
        return None;
    }
    let month = day_digits(text, p + 5)?;
    if !byte_at(text, month.end, b'/') {
        return None;
    }
    let day = day_digits(text, month.end + 1)?;
    if word_char_at(text, day.end) {
        return None;
    }
    let mut g = Groups::default();
    g.0[0] = Some(p..day.end);
    g.0[1] = Some(p..p + 4);
    g.0[2] = Some(month);
    g.0[3] = Some(day);
    Some(g)
}

/// [`slashed_at`]'s "2025.03.12", and "2025. 3. 12." as Korean pages
/// also print it (a space after each dot, and a dot after the day): the
/// year at `p`, a dot after it.
fn dotted_at(text: &str, p: usize) -> Option<Groups> {
    let mut g = Groups::default();
    g.0[1] = Some(p..p + 4);
    if digits_at(text, p + 5, 2) {
        let dotted = byte_at(text, p + 7, b'.') && digits_at(text, p + 8, 2);
        if !dotted || word_char_at(text, p + 10) {
            return None;
        }
        g.0[0] = Some(p..p + 10);
        g.0[4] = Some(p + 5..p + 7);
        g.0[5] = Some(p + 8..p + 10);
        return Some(g);
    }
    let month = day_digits(text, blanks(text, p + 5)?)?;
    if !byte_at(text, month.end, b'.') {
        return None;
    }
    let day = day_digits(text, blanks(text, month.end + 1)?)?;
    if !byte_at(text, day.end, b'.') {
        return None;
    }
    g.0[0] = Some(p..day.end + 1);
    g.0[6] = Some(month);
    g.0[7] = Some(day);
    Some(g)
}

/// ` +` at `i`: the index past one space or more.
fn blanks(text: &str, i: usize) -> Option<usize> {
    let n = text
        .as_bytes()
        .get(i..)?
        .iter()
        .take_while(|&&b| b == b' ')
        .count();
    (n > 0).then_some(i + n)
}

fn year_last_at(text: &str, p: usize) -> Option<Groups> {
    let separator = |i: usize| {
        [b'/', b'.', b'-']
            .iter()
            .any(|&s| byte_at(text, i, s))
            .then_some(i..i + 1)
    };
    let a = day_digits(text, p)?;
    let first = separator(a.end)?;
    let b = day_digits(text, first.end)?;
    let second = separator(b.end)?;
    let year = four_digits(text, second.end)?;
    if word_char_at(text, year.end) {
        return None;
    }
    let mut g = Groups::default();
    g.0[0] = Some(p..year.end);
    g.0[1] = Some(a);
    g.0[2] = Some(first);
    g.0[3] = Some(b);
    g.0[4] = Some(second);
    g.0[5] = Some(year);
    Some(g)
}

/// The first ISO date starting before byte `before` (the other readers
/// take `before` alike: [`find_in`] needs no match after its best).
fn find_iso(text: &str, before: usize) -> Option<(Found, Range<usize>)> {
    numeric_matches(text, Numeric::Iso, before).find_map(|c| {
        let date = day(c.number(text, 1)?, c.number(text, 2)?, c.number(text, 3)?)?;
        let range = c.0[0].clone()?;
        let (Some(h), Some(m)) = (c.number(text, 4), c.number(text, 5)) else {
            return Some((Found::Day(date), range));
        };
        let value = match c.str(text, 7).and_then(offset) {
            Some(zone) => rfc3339(date, h, m, c.number(text, 6).unwrap_or(0), zone)
                .unwrap_or_else(|| iso_day(date)),
            None => iso_day(date),
        };
        Some((Found::Full(value), range))
    })
}

/// "2025年3月12日" (Chinese, Japanese) and "2025년 3월 12일" (Korean):
/// a four-digit year, the month and the day, each number followed by its
/// sign, spaces allowed around the numbers.
fn find_cjk(text: &str) -> Option<(Found, Range<usize>)> {
    let mut from = 0;
    while let Some(at) = text[from..].find(['年', '년']) {
        let sign = from + at;
        from = sign + '年'.len_utf8();
        let year_end = text[..sign].trim_end_matches(' ').len();
        let Some(start) = year_end.checked_sub(4) else {
            continue;
        };
        if !digits_at(text, start, 4) || text[..start].ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let Some((month, after_month)) = number_and_sign(&text[from..], &['月', '월']) else {
            continue;
        };
        let Some((d, after_day)) = number_and_sign(&text[from + after_month..], &['日', '일'])
        else {
            continue;
        };
        if let Some(date) = day(text[start..year_end].parse().ok()?, month, d) {
            return Some((Found::Day(date), start..from + after_month + after_day));
        }
    }
    None
}

/// A number of one or two ASCII digits, spaces around it, and one of
/// `signs` at the start of `text`: the number and the bytes up to past
/// the sign.
fn number_and_sign(text: &str, signs: &[char]) -> Option<(u32, usize)> {
    let digits = text.trim_start_matches(' ');
    let len = digits.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&len) {
        return None;
    }
    let rest = digits[len..].trim_start_matches(' ');
    let sign = rest.chars().next().filter(|c| signs.contains(c))?;
    let end = text.len() - rest.len() + sign.len_utf8();
    Some((digits[..len].parse().ok()?, end))
}

fn find_slashed(text: &str, before: usize) -> Option<(Found, Range<usize>)> {
    numeric_matches(text, Numeric::Slashed, before).find_map(|c| {
        let either = |a: usize, b: usize, d: usize| {
            c.number(text, a)
                .or_else(|| c.number(text, b))
                .or_else(|| c.number(text, d))
        };
        let date = day(c.number(text, 1)?, either(2, 4, 6)?, either(3, 5, 7)?)?;
        Some((Found::Day(date), c.0[0].clone()?))
    })
}

/// Reads "a/b/yyyy" (or with dots or dashes): day first when `a` cannot
/// be a month, month first when `b` cannot; when both could, as
/// `ambiguous` says.
fn find_numeric(text: &str, ambiguous: Ambiguous, before: usize) -> Option<(Found, Range<usize>)> {
    numeric_matches(text, Numeric::YearLast, before).find_map(|c| {
        let whole = c.0[0].clone()?;
        // Both separators alike ("1.2.2024", not "v1.2-2024"), and not
        // part of a longer number or version ("10.0.12/2024", "1/2/2024/5").
        if c.str(text, 2)? != c.str(text, 4)?
            || text[..whole.start]
                .ends_with(|ch: char| ch.is_ascii_digit() || ch == '.' || ch == '/')
            || text[whole.end..].starts_with(|ch: char| {
                ch == '/'
                    || ch == '.' && text[whole.end + 1..].starts_with(|d: char| d.is_ascii_digit())
            })
        {
            return None;
        }
        let (a, b, year) = (c.number(text, 1)?, c.number(text, 3)?, c.number(text, 5)?);
        let day_first = match (a > 12, b > 12) {
            (true, false) => true,
            (false, true) => false,
            (false, false) => match ambiguous {
                Ambiguous::Unread => return None,
                Ambiguous::DayFirst(day_first) => day_first,
                Ambiguous::BySeparator => c.str(text, 2)? != "/",
            },
            (true, true) => return None,
        };
        let (d, m) = if day_first { (a, b) } else { (b, a) };
        Some((Found::Day(self::day(year, m, d)?), whole))
    })
}

/// The three date forms with a month name. Each was a regex (kept in the
/// tests as the reference the readers below are checked against): with
/// `(?i)` Unicode case folding over some ninety month names, compiling
/// them was 24 M of the 40 M instructions of parsing one short page. The
/// readers give the same matches in the same order as `captures_iter`
/// gave, so a match turned down by [`read_named`] still hides the text it
/// covers from the next one.
#[derive(Clone, Copy, Debug)]
enum Named {
    /// `(?i)\b(MONTH)\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})`:
    /// "December 3, 2016", "Dec. 3rd 2016".
    MonthFirst,
    /// `(?i)\b([0-9]{1,2})(?:st|nd|rd|th|\.|º)?\s+(?:de\s+)?(MONTH)\.?,?\s+(?:de\s+)?([0-9]{4})`:
    /// "3 Dec 2016", "3 de diciembre de 2016", "3. Dezember 2016".
    DayFirst,
    /// `[a-z](Month)\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})`,
    /// case-sensitive, with the ASCII names capitalised: a month glued to
    /// the lowercase end of the word before it, as innerText prints a
    /// byline and its date set in two elements ("Kathryn GiuffridaMar 5,
    /// 2025"). Case-sensitive, so "summary 5, 2020" is not a date.
    Glued,
}

/// One match of a [`Named`] form, as byte ranges of the text.
#[derive(Debug, PartialEq, Eq)]
struct NamedMatch {
    /// The whole match (for [`Named::Glued`], from the letter before the month).
    whole: Range<usize>,
    day: Range<usize>,
    month: Range<usize>,
    year: Range<usize>,
}

/// Characters in the longest month name ("septiembre").
const LONGEST_MONTH: usize = 10;

fn find_named(text: &str, form: Named, before: usize) -> Option<(Found, Range<usize>)> {
    let mut from = 0;
    while let Some(m) = next_named(text, from..before, form) {
        from = m.whole.end;
        if let Some(found) = read_named(text, &m) {
            return Some(found);
        }
    }
    None
}

/// The date of a match, if it is one.
fn read_named(text: &str, m: &NamedMatch) -> Option<(Found, Range<usize>)> {
    // The year may be glued to a following word ("2024September", as
    // innerText prints two dates side by side) but not to a digit.
    let rest = &text[m.whole.end..];
    if rest.starts_with(|ch: char| ch.is_ascii_digit()) && !glued_time(rest) {
        return None;
    }
    // Lowercased, "ſept" (long s) is no month, though `(?i)` matched it.
    let name = text[m.month.clone()].to_lowercase();
    let month = MONTHS.iter().find(|(n, _)| *n == name)?.1;
    let year = text[m.year.clone()].parse().ok()?;
    let date = day(year, month, text[m.day.clone()].parse().ok()?)?;
    // The date starts at its day or month name, not at the character
    // before a glued month.
    let start = m.day.start.min(m.month.start);
    Some((Found::Day(date), start..m.whole.end))
}

/// `^[0-9]{1,2}:[0-9]{2}`: a time glued to the year before it, as
/// innerText and text browsers print a date and a time set in two
/// elements ("October 17, 20236:01 PM ET").
fn glued_time(rest: &str) -> bool {
    let b = rest.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let n = (0..3).take_while(|&i| digit(i)).count();
    (n == 1 || n == 2) && b.get(n) == Some(&b':') && digit(n + 1) && digit(n + 2)
}

/// The first match of `form` starting in `starts` (in the text).
fn next_named(text: &str, starts: Range<usize>, form: Named) -> Option<NamedMatch> {
    let bytes = text.as_bytes();
    // Only ASCII bytes and the lead byte 0xC5 (of 'ſ') start a match:
    // each is a character boundary.
    (starts.start..starts.end.min(bytes.len())).find_map(|p| {
        let b = bytes[p];
        match form {
            Named::MonthFirst if (b.is_ascii_alphabetic() || b == 0xC5) => {
                (!word_char_before(text, p)).then(|| month_first_at(text, p))?
            }
            Named::DayFirst if b.is_ascii_digit() => {
                (!word_char_before(text, p)).then(|| day_first_at(text, p))?
            }
            Named::Glued
                if b.is_ascii_lowercase()
                    && bytes.get(p + 1).is_some_and(u8::is_ascii_uppercase) =>
            {
                glued_at(text, p)
            }
            _ => None,
        }
    })
}

/// The character before byte `p` is a word character in the sense of
/// the regex crate's Unicode `\b`.
fn word_char_before(text: &str, p: usize) -> bool {
    match text[..p].chars().next_back() {
        None => false,
        Some(c) if c.is_ascii() => c.is_ascii_alphanumeric() || c == '_',
        Some(c) => regex_syntax::is_word_character(c),
    }
}

fn month_first_at(text: &str, p: usize) -> Option<NamedMatch> {
    // A word whose first letter starts no month name (folded: 'ſ' is an
    // 's') is turned down before its end is looked for.
    let initial = text.as_bytes()[p].to_ascii_lowercase();
    if initial.is_ascii_lowercase() && MONTH_SHAPES[usize::from(initial - b'a')] == 0 {
        return None;
    }
    let q = name_end(text, p, false)?;
    if !folds_to_month(&text[p..q]) {
        return None;
    }
    let (day, year) = day_and_year(text, q, true)?;
    Some(NamedMatch {
        whole: p..year.end,
        day,
        month: p..q,
        year,
    })
}

fn glued_at(text: &str, p: usize) -> Option<NamedMatch> {
    let q = name_end(text, p + 1, false)?;
    let name = &text[p + 1..q];
    let capitalised = name.bytes().skip(1).all(|b| b.is_ascii_lowercase());
    if !capitalised || !MONTHS.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)) {
        return None;
    }
    let (day, year) = day_and_year(text, q, false)?;
    Some(NamedMatch {
        whole: p..year.end,
        day,
        month: p + 1..q,
        year,
    })
}

fn day_first_at(text: &str, p: usize) -> Option<NamedMatch> {
    let day = day_digits(text, p)?;
    let mut i = day.end;
    let rest = &text[i..];
    if let Some(n) = ordinal_suffix(rest, true) {
        i += n;
    } else if rest.starts_with('.') {
        i += 1;
    } else if rest.starts_with('º') {
        i += 'º'.len_utf8();
    }
    let i = skip_de(text, spaces(text, i)?);
    let q = name_end(text, i, true)?;
    if !folds_to_month(&text[i..q]) {
        return None;
    }
    let mut k = q;
    if text[k..].starts_with('.') {
        k += 1;
    }
    if text[k..].starts_with(',') {
        k += 1;
    }
    let k = skip_de(text, spaces(text, k)?);
    let year = four_digits(text, k)?;
    Some(NamedMatch {
        whole: p..year.end,
        day,
        month: i..q,
        year,
    })
}

/// `\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})` at `i`, the suffix
/// case-insensitive when `fold`.
fn day_and_year(text: &str, mut i: usize, fold: bool) -> Option<(Range<usize>, Range<usize>)> {
    if text[i..].starts_with('.') {
        i += 1;
    }
    let day = day_digits(text, spaces(text, i)?)?;
    let mut k = day.end;
    k += ordinal_suffix(&text[k..], fold).unwrap_or(0);
    if text[k..].starts_with(',') {
        k += 1;
    }
    let year = four_digits(text, spaces(text, k)?)?;
    Some((day, year))
}

/// `[0-9]{1,2}` at `i` as the regexes took it: the rest of each pattern
/// starts with a non-digit, so a run of three digits or more failed.
fn day_digits(text: &str, i: usize) -> Option<Range<usize>> {
    let b = &text.as_bytes()[i..];
    let n = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    (n == 1 || n == 2).then_some(i..i + n)
}

/// `[0-9]{4}` at `i`.
fn four_digits(text: &str, i: usize) -> Option<Range<usize>> {
    let b = text.as_bytes().get(i..i + 4)?;
    b.iter().all(u8::is_ascii_digit).then_some(i..i + 4)
}

/// `\s+` at `i`: the end of the run of (Unicode) white space, if any.
fn spaces(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let n = rest.len() - rest.trim_start().len();
    (n > 0).then_some(i + n)
}

/// `(?i:de\s+)?` at `i`.
fn skip_de(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let de = b
        .get(i..i + 2)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"de"));
    if de && let Some(end) = spaces(text, i + 2) {
        end
    } else {
        i
    }
}

/// The length of `st`, `nd`, `rd` or `th` at the start of `rest`; when
/// `fold`, in any case, with 'ſ' (long s) for 's' as `(?i)` reads it.
fn ordinal_suffix(rest: &str, fold: bool) -> Option<usize> {
    let mut chars = rest.chars();
    let (a, b) = (chars.next()?, chars.next()?);
    let (x, y) = if fold {
        (fold_char(a)?, fold_char(b)?)
    } else {
        (a, b)
    };
    matches!((x, y), ('s', 't') | ('n', 'd') | ('r', 'd') | ('t', 'h'))
        .then(|| a.len_utf8() + b.len_utf8())
}

/// Where a month name starting at `i` must end for its pattern to go on:
/// at the first '.' or white space (and ',' when `comma`), within
/// [`LONGEST_MONTH`] characters.
fn name_end(text: &str, i: usize, comma: bool) -> Option<usize> {
    text[i..]
        .char_indices()
        .take(LONGEST_MONTH + 1)
        .find(|&(_, c)| c == '.' || c.is_whitespace() || comma && c == ',')
        .map(|(n, _)| i + n)
}

/// `name` matches one of [`MONTHS`] under the regex crate's `(?i)`
/// (Unicode simple case folding): "MÄRZ", "oKt" with the Kelvin sign,
/// "ſept" with a long s.
fn folds_to_month(name: &str) -> bool {
    let mut buf = [0u8; 16];
    let mut len = 0;
    for c in name.chars() {
        let Some(c) = fold_char(c) else {
            return false;
        };
        let n = c.len_utf8();
        if len + n > buf.len() {
            return false;
        }
        c.encode_utf8(&mut buf[len..]);
        len += n;
    }
    let folded = &buf[..len];
    // Most candidate words are no month by their first letter and length
    // alone: ask `MONTH_SHAPES` before reading all of `MONTHS`.
    let shape = match folded.first() {
        Some(b @ b'a'..=b'z') => MONTH_SHAPES[usize::from(b - b'a')],
        _ => 0,
    };
    if len >= 16 || shape & (1 << len) == 0 {
        return false;
    }
    MONTHS.iter().any(|(n, _)| n.as_bytes() == folded)
}

/// For each ASCII letter (index 0 for 'a'), bit `k` set when a name in
/// [`MONTHS`] starts with that letter and is `k` bytes long: a filter
/// that answers "no month" for most words without the full scan.
const MONTH_SHAPES: [u16; 26] = {
    let mut shapes = [0u16; 26];
    let mut i = 0;
    while i < MONTHS.len() {
        let name = MONTHS[i].0.as_bytes();
        assert!(name[0].is_ascii_lowercase() && name.len() < 16);
        shapes[(name[0] - b'a') as usize] |= 1 << name.len();
        i += 1;
    }
    shapes
};

/// A letter of the month names, the ordinal suffixes and "de" as `(?i)`
/// matches it, in lowercase; `None` for any other character. The regex
/// crate folds each ASCII letter with its capital, 's' also with 'ſ'
/// (U+017F) and 'k' with the Kelvin sign (U+212A); the four accented
/// letters of the names with their capitals (checked in the tests
/// against regex-syntax's own case-folding tables).
fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'a'..='z' | 'é' | 'ä' | 'ç' | 'û' => c,
        'É' => 'é',
        'Ä' => 'ä',
        'Ç' => 'ç',
        'Û' => 'û',
        '\u{17F}' => 's',
        '\u{212A}' => 'k',
        _ => return None,
    })
}

/// Zone names of the time regex, lowercase, in its order.
const TIME_ZONES: &[&str] = &[
    "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
    "ist", "jst", "aest",
];

/// The matches in `text` of the time regex
/// `(?i)\b([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?\s*([ap]\.?m\.?)?\s*\b(ZONE)?\b(?:\s*([+-][0-9]{2}:?[0-9]{2}))?`,
/// read by hand, one after the other, with the same groups: 1 hour, 2
/// minutes, 3 seconds, 4 "am"/"pm", 5 zone name, 6 numeric offset. The
/// regex (Unicode `\s` and `\b`) cost 2.2 M instructions to compile, once
/// per process that met a clock near a date; it stays in the tests as
/// the reference.
fn time_matches(text: &str) -> impl Iterator<Item = Groups> + '_ {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        let found = (from..bytes.len()).find_map(|p| {
            (bytes[p].is_ascii_digit() && !word_char_before(text, p))
                .then(|| time_at(text, p))
                .flatten()
        })?;
        from = found.end();
        Some(found)
    })
}

/// `\b` at byte `i` of `text`, as the regex crate reads it (Unicode).
fn word_boundary(text: &str, i: usize) -> bool {
    word_char_before(text, i) != word_char_at(text, i)
}

/// One match of the time regex starting at `p` (a digit after a word boundary).
/// The regex's only test after the minutes (and seconds) is a `\b` after
/// `\s*([ap]\.?m\.?)?\s*`: the paths are tried in the regex's order of
/// preference, and since no two white-space characters have a word
/// boundary between them, only the ends of each run of white space need
/// a look.
fn time_at(text: &str, p: usize) -> Option<Groups> {
    let hour = day_digits(text, p)?;
    if !byte_at(text, hour.end, b':') || !digits_at(text, hour.end + 1, 2) {
        return None;
    }
    let minute = hour.end + 1..hour.end + 3;
    let seconds = (byte_at(text, minute.end, b':') && digits_at(text, minute.end + 1, 2))
        .then(|| minute.end + 1..minute.end + 3);
    // With the seconds if they are there, then without.
    let (second, ampm, at) = [seconds, None]
        .into_iter()
        .enumerate()
        .filter(|(k, s)| *k == 1 || s.is_some())
        .find_map(|(_, second)| {
            let after = second.as_ref().map_or(minute.end, |s| s.end);
            let (ampm, at) = after_clock(text, after)?;
            Some((second, ampm, at))
        })?;
    let mut g = Groups::default();
    g.0[1] = Some(hour);
    g.0[2] = Some(minute);
    g.0[3] = second;
    g.0[4] = ampm;
    let mut end = at;
    if let Some(zone) = zone_at(text, at) {
        end = zone.end;
        g.0[5] = Some(zone);
    }
    let sign = spaces(text, end).unwrap_or(end);
    if (byte_at(text, sign, b'+') || byte_at(text, sign, b'-')) && digits_at(text, sign + 1, 2) {
        let offset_end = if byte_at(text, sign + 3, b':') && digits_at(text, sign + 4, 2) {
            Some(sign + 6)
        } else {
            digits_at(text, sign + 3, 2).then_some(sign + 5)
        };
        if let Some(offset_end) = offset_end {
            g.0[6] = Some(sign..offset_end);
            end = offset_end;
        }
    }
    g.0[0] = Some(p..end);
    Some(g)
}

/// `\s*([ap]\.?m\.?)?\s*\b` from byte `at`, the first way the regex took:
/// the "am"/"pm" range, if any, and where the `\b` held.
fn after_clock(text: &str, at: usize) -> Option<(Option<Range<usize>>, usize)> {
    let spaced = spaces(text, at).unwrap_or(at);
    // All the white space, then an "am"/"pm" (longest form first).
    for len in ampm_lengths(&text[spaced..]) {
        let end = spaced + len;
        let after = spaces(text, end).unwrap_or(end);
        if word_boundary(text, after) {
            return Some((Some(spaced..end), after));
        }
        if after > end && word_boundary(text, end) {
            return Some((Some(spaced..end), end));
        }
    }
    // All the white space and no "am"/"pm"; then none of the white space.
    if word_boundary(text, spaced) {
        return Some((None, spaced));
    }
    (spaced > at && word_boundary(text, at)).then_some((None, at))
}

/// The lengths of `(?i)[ap]\.?m\.?` at the start of `rest`, in the order
/// the regex tries them.
fn ampm_lengths(rest: &str) -> Vec<usize> {
    let mut chars = rest.chars();
    let Some(first) = chars
        .next()
        .filter(|&c| matches!(fold_char(c), Some('a' | 'p')))
    else {
        return Vec::new();
    };
    let b = rest.as_bytes();
    let at = first.len_utf8();
    let mut lengths = Vec::new();
    for dot1 in [true, false] {
        let m = at + usize::from(dot1);
        if dot1 && b.get(at) != Some(&b'.') {
            continue;
        }
        if !matches!(b.get(m), Some(b'm' | b'M')) {
            continue;
        }
        if b.get(m + 1) == Some(&b'.') {
            lengths.push(m + 2);
        }
        lengths.push(m + 1);
    }
    lengths
}

/// A zone name of [`TIME_ZONES`] at byte `at` (any case, 'ſ' for 's'), with
/// a word boundary after it.
fn zone_at(text: &str, at: usize) -> Option<Range<usize>> {
    TIME_ZONES.iter().find_map(|zone| {
        let mut end = at;
        for want in zone.chars() {
            let c = text[end..].chars().next()?;
            if fold_char(c) != Some(want) {
                return None;
            }
            end += c.len_utf8();
        }
        word_boundary(text, end).then_some(at..end)
    })
}

/// Adds a time to `date` when one with a zone stands within a few words of
/// it ("10:15 AM EST, Sat December 3, 2016").
fn with_nearby_time(text: &str, date: NaiveDate, range: Range<usize>) -> DateMatch {
    /// How far (bytes) a time may stand from its date.
    const NEAR: usize = 24;
    let lo = floor_boundary(text, range.start.saturating_sub(NEAR + 16));
    let hi = floor_boundary(text, (range.end + NEAR).min(text.len()));
    // Every time has "d:dd": without one there is nothing to read.
    let window = &text[lo..hi];
    if !has_clock(window) {
        return DateMatch {
            value: iso_day(date),
            range,
        };
    }
    let found = time_matches(window).find_map(|c| {
        let whole = c.0[0].clone()?;
        let (start, end) = (lo + whole.start, lo + whole.end);
        let near = end + NEAR >= range.start && start <= range.end + NEAR;
        if !near {
            return None;
        }
        let zone = c.str(window, 5).or(c.str(window, 6)).and_then(offset)?;
        let mut hour = c.number(window, 1)?;
        match c
            .str(window, 4)
            .map(|s| s.to_ascii_lowercase().starts_with('p'))
        {
            Some(true) if hour < 12 => hour += 12,
            Some(false) if hour == 12 => hour = 0,
            _ => {}
        }
        let minute = c.number(window, 2)?;
        let value = rfc3339(date, hour, minute, c.number(window, 3).unwrap_or(0), zone)?;
        Some(DateMatch {
            value,
            range: start.min(range.start)..end.max(range.end),
        })
    });
    found.unwrap_or(DateMatch {
        value: iso_day(date),
        range,
    })
}

/// `text` has "d:dd" (ASCII digits), as every time does.
fn has_clock(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| {
        w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    })
}

/// A zone name or numeric offset as a fixed offset.
fn offset(zone: &str) -> Option<FixedOffset> {
    let lower = zone.to_ascii_lowercase();
    if let Some(&(_, hours)) = ZONES.iter().find(|(n, _)| *n == lower) {
        return FixedOffset::east_opt(hours * 3600);
    }
    let sign = match zone.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = zone[1..].chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 4 {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = digits[2..].parse().ok()?;
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

fn rfc3339(date: NaiveDate, h: u32, m: u32, s: u32, zone: FixedOffset) -> Option<String> {
    let time = NaiveTime::from_hms_opt(h, m, s.min(59))?;
    let local = zone.from_local_datetime(&date.and_time(time)).single()?;
    Some(local.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

/// `date` as "YYYY-MM-DD", as chrono's `format("%Y-%m-%d")` writes the
/// four-digit years of [`YEARS`] (every date read goes through [`day`]).
/// Not through chrono's format string: parsing it cost some 2,000
/// instructions a date, 2.3 M over every third dev dump.
fn iso_day(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    /// The eight-byte scans for four digits in a row find what a scan of
    /// a byte at a time finds, from either end, beside bytes that share
    /// their low bits with digits.
    #[test]
    fn four_digit_scans_are_the_byte_scans() {
        let pieces = [
            "1", "2", "9", "0", "/", ":", " ", "a", "\u{b0}", "\u{b9}", "é", "\u{1f0}",
        ];
        let mut rng = crate::test_rng::Rng::new(0x04D1_6175);
        for _ in 0..40_000 {
            let n = rng.below(30);
            let text = rng.text(&pieces, n);
            let bytes = text.as_bytes();
            assert_eq!(
                first_four_digits(&text),
                first_four_digits_plain(bytes),
                "{text:?}"
            );
            assert_eq!(
                last_four_digits(&text),
                last_four_digits_plain(bytes),
                "{text:?}"
            );
        }
    }

    use super::*;
    use crate::parse::rules;

    /// The day as written is chrono's, on every day of [`YEARS`].
    #[test]
    fn iso_day_is_chronos_format() {
        let mut date = NaiveDate::from_ymd_opt(YEARS.start, 1, 1).expect("a day");
        while YEARS.contains(&date.year()) {
            assert_eq!(iso_day(date), date.format("%Y-%m-%d").to_string());
            date = date.succ_opt().expect("a next day");
        }
    }

    #[test]
    fn two_digit_years_on_date_lines() {
        for (text, want) in [
            ("9/11/13 10:00AM", Some("2013-09-11")),
            ("10.15.15", Some("2015-10-15")),
            ("By A 28.09.15", Some("2015-09-28")),
            ("3/09/15 8:00am", Some("2015-03-09")),
            ("Posted 12/25/98", Some("1998-12-25")),
            ("9/11/13 10:00 AM EDT", Some("2013-09-11T10:00:00-04:00")),
            // Dots that read both ways are not read.
            ("11.03.17 in Gadgetry", None),
            // Versions, longer numbers, fractions of a longer run.
            ("v1.2.13", None),
            ("1.2.13.4", None),
            ("10/12/13/5", None),
            ("2.10/12/13", None),
            ("1-2-13", None),
            ("1/2/134", None),
            ("13/13/13", None),
            ("2/30/13", None),
            ("no date", None),
        ] {
            assert_eq!(
                find_short_year(text).map(|m| m.value),
                want.map(str::to_string),
                "{text}"
            );
        }
    }

    #[test]
    fn english_months_and_their_short_forms() {
        for (word, want) in [
            ("march", true),
            ("sept", true),
            ("may", true),
            ("mars", false),
            ("monday", false),
            ("March", false), // callers lowercase first
        ] {
            assert_eq!(is_english_month(word), want, "{word}");
        }
    }

    #[test]
    fn month_and_year_alone() {
        for (text, want) in [
            ("Dec 2025", true),
            ("March 2024", true),
            ("Dec. 2025", true),
            ("Dec 12, 2025", false),
            ("Dec 99999", false),
            ("Main 2025", false),
        ] {
            assert_eq!(is_month_year(text), want, "{text}");
        }
    }

    #[test]
    fn common_forms() {
        let cases = [
            ("December 3, 2016", "2016-12-03"),
            ("Dec. 3, 2016", "2016-12-03"),
            ("3 Dec 2016", "2016-12-03"),
            ("Saturday 3rd December 2016", "2016-12-03"),
            ("2016-12-03", "2016-12-03"),
            ("Posted on 2016/12/03 by admin", "2016-12-03"),
            (
                "Updated 10:15 AM EST, Sat December 3, 2016",
                "2016-12-03T10:15:00-05:00",
            ),
            ("Sat, 03 Dec 2016 22:15:00 +0000", "2016-12-03T22:15:00Z"),
            ("2016-12-03T10:15:00+02:00", "2016-12-03T10:15:00+02:00"),
            ("2016-12-03T10:15:00Z", "2016-12-03T10:15:00Z"),
            ("2017-11-03 03:01:00.000000", "2017-11-03"),
            ("le 3 décembre 2016", "2016-12-03"),
            ("3 de diciembre de 2016", "2016-12-03"),
            ("3. Dezember 2016", "2016-12-03"),
            ("12 maart 2025, 14:30", "2025-03-12"),
            ("Bijgewerkt 3 mei 2024", "2024-05-03"),
            ("Опубликовано 12 марта 2025, 14:30", "2025-03-12"),
            ("3 Декабря 2016 г.", "2016-12-03"),
            ("2025年4月16日 10:05", "2025-04-16"),
            ("発行日：2025年1月24日", "2025-01-24"),
            ("TNW中文站2016年10月14日07:17", "2016-10-14"),
            ("2025년 4월 16일", "2025-04-16"),
            ("on December 20, 2024September 26, 2025", "2024-12-20"),
            ("ByKathryn GiuffridaMar 5, 2025 | 6 comments", "2025-03-05"),
            ("October 17, 20236:01 PM ET", "2023-10-17"),
            (
                "Originally published November 9, 202211:01 AM ET",
                "2022-11-09",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(parse(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn chinese_japanese_and_korean_dates() {
        for (text, want) in [
            ("2025年3月12日 14時30分", Some("2025-03-12")),
            ("2025年03月12日 14:30 来源：新华网", Some("2025-03-12")),
            ("发布时间：2016 年 10 月 14 日", Some("2016-10-14")),
            ("2025년 3월 12일 오후 2:30", Some("2025-03-12")),
            (
                "입력 2025.03.12 14:30 수정 2025.03.12 16:05",
                Some("2025-03-12"),
            ),
            ("2025.03.12. 오후 2:30", Some("2025-03-12")),
            ("입력 2025. 3. 12. 오후 2:30", Some("2025-03-12")),
            ("By 2025. 3 people left.", None),
            ("PyCharm 2023.3.1 released", None),
            ("2025年13月12日", None),
            ("12025年3月12日", None),
            ("2025年3月", None),
            ("2025年度の予算", None),
        ] {
            assert_eq!(find(text).map(|m| m.value).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn day_first_dates_in_more_languages() {
        for (text, want) in [
            // Polish.
            ("12 marca 2025", "2025-03-12"),
            ("Opublikowano: 3 września 2024, 14:30", "2024-09-03"),
            ("21 PAŹDZIERNIKA 2023 r.", "2023-10-21"),
            ("12 listopada 2025r.", "2025-11-12"),
            // Czech.
            ("5. března 2024", "2024-03-05"),
            ("Publikováno 14. února 2025 10:15", "2025-02-14"),
            ("1.\u{a0}ledna 2024", "2024-01-01"),
            ("5. 3. 2024", "2024-03-05"),
            ("aktualizováno 24. 12. 2023 18:05", "2023-12-24"),
            // Ukrainian and Russian.
            ("12 березня 2025 р.", "2025-03-12"),
            ("1 Січня 2024", "2024-01-01"),
            ("3 декабря 2016г.", "2016-12-03"),
            // Swedish, Danish, Norwegian.
            ("3 maj 2024", "2024-05-03"),
            ("Publicerad 12 augusti 2025 kl. 08.15", "2025-08-12"),
            ("12. marts 2025", "2025-03-12"),
            ("12. desember 2025", "2025-12-12"),
            ("12 mars 2025", "2025-03-12"),
            ("1. okt. 2024", "2024-10-01"),
            // Turkish, its dotted and dotless i in every case.
            ("12 Mart 2025", "2025-03-12"),
            ("5 Şubat 2024 Pazartesi", "2024-02-05"),
            ("5 ŞUBAT 2024", "2024-02-05"),
            ("5 şubat 2024", "2024-02-05"),
            ("19 MAYIS 2024", "2024-05-19"),
            ("19 Mayıs 2024", "2024-05-19"),
            ("29 EKİM 2024", "2024-10-29"),
            ("29 Ekim 2024", "2024-10-29"),
            ("29 ekim 2024", "2024-10-29"),
            ("30 Ağustos 2023", "2023-08-30"),
            ("10 Kasım 2022 Perşembe", "2022-11-10"),
            ("31 ARALIK 2021", "2021-12-31"),
            // Romanian.
            ("12 martie 2025", "2025-03-12"),
            ("Publicat: 1 decembrie 2024, 10:00", "2024-12-01"),
        ] {
            assert_eq!(
                find_all_forms(text).map(|m| m.value).as_deref(),
                Some(want),
                "{text}"
            );
            assert_eq!(parse(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn month_words_alone_are_no_dates() {
        for text in [
            // A month name without its day and year, or with only one.
            "mart",
            "Ekim ve Nisan",
            "Nisan 2024",
            "12 ekim",
            "maj 2024",
            "mai 12",
            // Month first: these languages never print it.
            "Mart 5, 2024",
            "Ekim 29, 2024",
            // Not a whole word, or glued to more digits.
            "12 marcato 2025",
            "12 smart 2025",
            "12 marts20251",
            "112 marca 2025",
            "12 marca 20251",
            "12 marca 2025x",
            "12 marca 2025roku",
            // No such day.
            "31 lutego 2024",
            "0 maja 2024",
            // The Croatian October, Polish November: not read.
            "12. listopada 2025.",
            // Spaced dots that are no date.
            "1.5. 3. 2024",
            "5. 13. 2024",
            "5. 3. 20245",
            "5. 3. 2024.1",
            "v5. 3. 2024",
        ] {
            assert_eq!(find_all_forms(text), None, "{text}");
        }
    }

    #[test]
    fn day_first_months_are_not_in_months() {
        for (name, month) in rules::DAY_FIRST_MONTHS {
            assert!((1..=12).contains(month), "{name}");
            assert!(
                !MONTHS.iter().any(|(m, _)| m == name),
                "{name} is read by the English-shaped readers already"
            );
            assert_eq!(
                day_first_month(&name.to_uppercase()).map(|(_, m)| m),
                Some(*month),
                "{name}"
            );
        }
        // Every month of every language, once.
        for first in [0, 12, 24, 36] {
            let months: Vec<u32> = rules::DAY_FIRST_MONTHS[first..first + 12]
                .iter()
                .map(|(_, m)| *m)
                .collect();
            assert_eq!(months, (1..=12).collect::<Vec<_>>());
        }
    }

    #[test]
    fn all_digit_dates_in_dump_lines() {
        let cases = [
            ("8/1/2025", "2025-08-01"),
            (
                "2/26/2015 7:11 AM PST BY TMZ STAFF",
                "2015-02-26T07:11:00-08:00",
            ),
            ("26/2/2015", "2015-02-26"),
            ("06.18.2025", "2025-06-18"),
            ("Le Monde | 04.05.2015 à 13h36", "2015-05-04"),
        ];
        for (text, want) in cases {
            let got = find_all_forms(text).map(|m| m.value);
            assert_eq!(got.as_deref(), Some(want), "{text}");
        }
        for text in ["13/13/2020", "version 1.1.2.2020", "1/2.2020"] {
            assert_eq!(find_all_forms(text), None, "{text}");
        }
        // Metadata and HTML leave the ones that read both ways unread.
        for text in ["8/1/2025", "Le Monde | 04.05.2015 à 13h36"] {
            assert_eq!(find(text), None, "{text}");
        }
    }

    #[test]
    fn all_number_dates_are_read_by_their_values_or_language() {
        for (text, lang, want) in [
            ("13/11/2025 09:21:40", None, Some("2025-11-13")),
            ("11/13/2025", None, Some("2025-11-13")),
            ("05.03.2024", None, None),
            ("05.03.2024", Some("de-DE"), Some("2024-03-05")),
            ("05/03/2024", Some("en-US"), Some("2024-05-03")),
            ("05/03/2024", Some("en-GB"), Some("2024-03-05")),
            ("13/13/2025", Some("en"), None),
            ("version 10.13.2024.1", None, None),
            ("1.2-2024", None, None),
        ] {
            assert_eq!(parse_in(text, lang).as_deref(), want, "{text} {lang:?}");
        }
    }

    #[test]
    fn no_date_is_invented() {
        for text in [
            "",
            "Leave a Reply",
            "2016",
            "13/45/2016",
            "May I help?",
            "Call 555-1234",
            "February 30, 2016",
            "May 3, 20161",
            "a summary 5, 2020",
            "May 3, 201612",
            "13/13/2020",
            "version 1.1.2.2020",
            "1/2.2020",
            "12 марта",
            "112 марта 2025",
            "12 марта 20251",
            "2025年13月1日",
            "12025年1月1日",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }

    /// The regexes the named-month readers replace, as they were, and the
    /// search that used them: the reference for the readers.
    mod regex_forms {
        use super::super::*;
        use regex::Regex;
        use std::sync::LazyLock;

        static TIME: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)\b([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?\s*([ap]\.?m\.?)?\s*\b(utc|gmt|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|ist|jst|aest)?\b(?:\s*([+-][0-9]{2}:?[0-9]{2}))?")
                .expect("valid regex")
        });

        pub fn time_is_match(text: &str) -> bool {
            TIME.is_match(text)
        }

        /// Every match of the time regex and its groups.
        pub fn time_groups(text: &str) -> Vec<Groups> {
            TIME.captures_iter(text)
                .map(|c| {
                    let mut g = Groups::default();
                    for (i, slot) in g.0.iter_mut().enumerate().take(7) {
                        *slot = c.get(i).map(|m| m.range());
                    }
                    g
                })
                .collect()
        }

        fn number(caps: &regex::Captures<'_>, i: usize) -> Option<u32> {
            caps.get(i)?.as_str().parse().ok()
        }

        fn month_alternation() -> String {
            let mut names: Vec<&str> = MONTHS.iter().map(|(n, _)| *n).collect();
            names.sort_by_key(|n| std::cmp::Reverse(n.len()));
            names.join("|")
        }

        static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(&format!(
                r"(?i)\b({})\.?\s+([0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+([0-9]{{4}})",
                month_alternation()
            ))
            .expect("valid regex")
        });
        static MONTH_GLUED: LazyLock<Regex> = LazyLock::new(|| {
            let mut names: Vec<String> = MONTHS
                .iter()
                .filter(|(n, _)| n.is_ascii())
                .map(|(n, _)| format!("{}{}", n[..1].to_ascii_uppercase(), &n[1..]))
                .collect();
            names.sort_by_key(|n| std::cmp::Reverse(n.len()));
            Regex::new(&format!(
                r"[a-z]({})\.?\s+([0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+([0-9]{{4}})",
                names.join("|")
            ))
            .expect("valid regex")
        });
        static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(&format!(
                r"(?i)\b([0-9]{{1,2}})(?:st|nd|rd|th|\.|º)?\s+(?:de\s+)?({})\.?,?\s+(?:de\s+)?([0-9]{{4}})",
                month_alternation()
            ))
            .expect("valid regex")
        });
        static GLUED_TIME: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^[0-9]{1,2}:[0-9]{2}").expect("valid regex"));

        fn form(form: Named) -> (&'static Regex, usize, usize, usize) {
            match form {
                Named::MonthFirst => (&MONTH_FIRST, 2, 1, 3),
                Named::DayFirst => (&DAY_FIRST, 1, 2, 3),
                Named::Glued => (&MONTH_GLUED, 2, 1, 3),
            }
        }

        /// Every match, as `captures_iter` gives them.
        pub fn matches(text: &str, named: Named) -> Vec<NamedMatch> {
            let (re, d, m, y) = form(named);
            re.captures_iter(text)
                .map(|c| NamedMatch {
                    whole: c.get(0).unwrap().range(),
                    day: c.get(d).unwrap().range(),
                    month: c.get(m).unwrap().range(),
                    year: c.get(y).unwrap().range(),
                })
                .collect()
        }

        pub fn glued_time(rest: &str) -> bool {
            GLUED_TIME.is_match(rest)
        }

        /// The old `find_named`.
        pub fn find_named(text: &str, named: Named) -> Option<(Found, Range<usize>)> {
            let (re, d, m, y) = form(named);
            re.captures_iter(text).find_map(|c| {
                let end = c.get(0)?.end();
                let glued_time = GLUED_TIME.is_match(&text[end..]);
                if text[end..].starts_with(|ch: char| ch.is_ascii_digit()) && !glued_time {
                    return None;
                }
                let name = c.get(m)?.as_str().to_lowercase();
                let month = MONTHS.iter().find(|(n, _)| *n == name)?.1;
                let date = day(number(&c, y)?, month, number(&c, d)?)?;
                let start = c.get(d)?.start().min(c.get(m)?.start());
                Some((Found::Day(date), start..end))
            })
        }

        // The all-number forms.
        static ISO: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\b([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(?:\.[0-9]+)?\s*(Z|[+-][0-9]{2}:?[0-9]{2})?)?")
                .expect("valid regex")
        });
        static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
                r"\b([0-9]{4})(?:/([0-9]{1,2})/([0-9]{1,2})\b|\.([0-9]{2})\.([0-9]{2})\b|\. +([0-9]{1,2})\. +([0-9]{1,2})\.)",
            )
            .expect("valid regex")
        });
        /// All-number dates with the year last: "13/11/2025", "05.03.2024",
        /// "3-14-2025". Day-first or month-first is read from the values.
        static NUMERIC_YEAR_LAST: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\b([0-9]{1,2})([/.\-])([0-9]{1,2})([/.\-])([0-9]{4})\b")
                .expect("valid regex")
        });

        fn numeric(form: Numeric) -> &'static Regex {
            match form {
                Numeric::Iso => &ISO,
                Numeric::Slashed => &SLASHED,
                Numeric::YearLast => &NUMERIC_YEAR_LAST,
            }
        }

        /// Every match and its groups, as `captures_iter` gives them.
        pub fn numeric_groups(text: &str, form: Numeric) -> Vec<Groups> {
            numeric(form)
                .captures_iter(text)
                .map(|c| {
                    let mut g = Groups::default();
                    for (i, slot) in g.0.iter_mut().enumerate() {
                        *slot = c.get(i).map(|m| m.range());
                    }
                    g
                })
                .collect()
        }

        pub fn find_iso(text: &str) -> Option<(Found, Range<usize>)> {
            ISO.captures_iter(text).find_map(|c| {
                let date = day(number(&c, 1)?, number(&c, 2)?, number(&c, 3)?)?;
                let range = c.get(0)?.range();
                let (Some(h), Some(m)) = (number(&c, 4), number(&c, 5)) else {
                    return Some((Found::Day(date), range));
                };
                let value = match c.get(7).and_then(|z| offset(z.as_str())) {
                    Some(zone) => rfc3339(date, h, m, number(&c, 6).unwrap_or(0), zone)
                        .unwrap_or_else(|| iso_day(date)),
                    None => iso_day(date),
                };
                Some((Found::Full(value), range))
            })
        }

        pub fn find_slashed(text: &str) -> Option<(Found, Range<usize>)> {
            SLASHED.captures_iter(text).find_map(|c| {
                let either = |a: usize, b: usize, d: usize| {
                    number(&c, a)
                        .or_else(|| number(&c, b))
                        .or_else(|| number(&c, d))
                };
                let date = day(number(&c, 1)?, either(2, 4, 6)?, either(3, 5, 7)?)?;
                Some((Found::Day(date), c.get(0)?.range()))
            })
        }

        /// Reads "a/b/yyyy" (or with dots or dashes): day first when `a` cannot
        /// be a month, month first when `b` cannot; when both could, as
        /// `ambiguous` says.
        pub fn find_numeric(text: &str, ambiguous: Ambiguous) -> Option<(Found, Range<usize>)> {
            NUMERIC_YEAR_LAST.captures_iter(text).find_map(|c| {
                let whole = c.get(0)?;
                // Both separators alike ("1.2.2024", not "v1.2-2024"), and not
                // part of a longer number or version ("10.0.12/2024", "1/2/2024/5").
                if c.get(2)?.as_str() != c.get(4)?.as_str()
                    || text[..whole.start()]
                        .ends_with(|ch: char| ch.is_ascii_digit() || ch == '.' || ch == '/')
                    || text[whole.end()..].starts_with(|ch: char| {
                        ch == '/'
                            || ch == '.'
                                && text[whole.end() + 1..].starts_with(|d: char| d.is_ascii_digit())
                    })
                {
                    return None;
                }
                let (a, b, year) = (number(&c, 1)?, number(&c, 3)?, number(&c, 5)?);
                let day_first = match (a > 12, b > 12) {
                    (true, false) => true,
                    (false, true) => false,
                    (false, false) => match ambiguous {
                        Ambiguous::Unread => return None,
                        Ambiguous::DayFirst(day_first) => day_first,
                        Ambiguous::BySeparator => c.get(2)?.as_str() != "/",
                    },
                    (true, true) => return None,
                };
                let (d, m) = if day_first { (a, b) } else { (b, a) };
                Some((Found::Day(self::day(year, m, d)?), whole.range()))
            })
        }
    }

    fn numeric_readers_agree(text: &str) {
        for form in [Numeric::Iso, Numeric::Slashed, Numeric::YearLast] {
            let got: Vec<Groups> = numeric_matches(text, form, text.len()).collect();
            assert_eq!(
                got,
                regex_forms::numeric_groups(text, form),
                "{form:?} {text:?}"
            );
        }
        assert_eq!(
            day_of(find_iso(text, text.len())),
            day_of(regex_forms::find_iso(text)),
            "{text:?}"
        );
        assert_eq!(
            day_of(find_slashed(text, text.len())),
            day_of(regex_forms::find_slashed(text)),
            "{text:?}"
        );
        for ambiguous in [
            Ambiguous::Unread,
            Ambiguous::DayFirst(true),
            Ambiguous::DayFirst(false),
            Ambiguous::BySeparator,
        ] {
            assert_eq!(
                day_of(find_numeric(text, ambiguous, text.len())),
                day_of(regex_forms::find_numeric(text, ambiguous)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn numeric_readers_match_the_regexes() {
        for text in [
            "2016-12-03T10:15:00+02:00",
            "2016-12-03T10:15:00Z",
            "2017-11-03 03:01:00.000000",
            "2016-12-03 10:15 \u{a0} +0530 x",
            "2016-12-03T10:15:0",
            "2016-12-03T10:15  ",
            "x2016-12-03",
            "é2016-12-03",
            "—2016-12-03",
            "12016-12-03",
            "2016-12-034",
            "Posted on 2016/12/03 by admin",
            "2016/12/034",
            "2016/123/4",
            "2016/1/2x",
            "2016/1/2é",
            "2016/1/2—",
            "입력 2025.03.12 14:30",
            "2025.03.12.",
            "2023.3.1",
            "2025.03.123",
            "2025.03/12",
            "입력 2025. 3. 12. 14:30",
            "2025.  3.  12.",
            "2025. 3. 12",
            "2025. 123. 4.",
            "2025. 3 people",
            "2025. 3.12.",
            "13/11/2025 09:21:40",
            "version 10.13.2024.1",
            "1.2-2024",
            "1/2/20245",
            "1/2/2024é",
            "1/2/2024/5",
            "Le Monde | 04.05.2015 à 13h36",
        ] {
            numeric_readers_agree(text);
        }
    }

    /// Random number-shaped strings: the readers find what the regexes
    /// found, groups and all.
    #[test]
    fn numeric_readers_match_the_regexes_on_random_pieces() {
        const PIECES: &[&str] = &[
            "1",
            "12",
            "123",
            "2016",
            "20161",
            "1999",
            "05",
            "-",
            "/",
            ".",
            ":",
            "T",
            "t",
            " ",
            "  ",
            "\u{a0}",
            "Z",
            "z",
            "+",
            "+0530",
            "-05:00",
            "+05:3",
            "x",
            "é",
            "_",
            "—",
            "\u{301}",
            "10:15",
            "2016-12-03",
            "13/11/2025",
            "2016/12/3",
            "2025.03.12",
            "2025. 3. 12.",
            ". ",
        ];
        let mut rng = crate::test_rng::Rng::new(0x2545_F491_4F6C_DD1D);
        let mut next = |n: usize| rng.below(n);
        let mut seen = [0; 3];
        for _ in 0..30_000 {
            let len = 1 + next(10);
            let text: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
            numeric_readers_agree(&text);
            seen[0] += usize::from(find_iso(&text, text.len()).is_some());
            seen[1] += usize::from(find_slashed(&text, text.len()).is_some());
            seen[2] +=
                usize::from(find_numeric(&text, Ambiguous::BySeparator, text.len()).is_some());
        }
        // Each form gives a date often enough to be tested.
        assert!(seen.iter().all(|&n| n >= 50), "{seen:?}");
    }

    fn reader_matches(text: &str, form: Named) -> Vec<NamedMatch> {
        let mut all = Vec::new();
        let mut from = 0;
        while let Some(m) = next_named(text, from..text.len(), form) {
            from = m.whole.end;
            all.push(m);
        }
        all
    }

    fn day_of(found: Option<(Found, Range<usize>)>) -> Option<(String, Range<usize>)> {
        found.map(|(f, r)| match f {
            Found::Day(d) => (iso_day(d), r),
            Found::Full(v) => (v, r),
        })
    }

    /// The readers against the regexes: the same matches (ranges of the
    /// whole, day, month and year), the same first date.
    fn same_as_regexes(text: &str) {
        for form in [Named::MonthFirst, Named::DayFirst, Named::Glued] {
            assert_eq!(
                reader_matches(text, form),
                regex_forms::matches(text, form),
                "{form:?} {text:?}"
            );
            assert_eq!(
                day_of(find_named(text, form, text.len())),
                day_of(regex_forms::find_named(text, form)),
                "{form:?} {text:?}"
            );
        }
    }

    #[test]
    fn named_month_readers_match_the_regexes() {
        for text in [
            "December 3, 2016",
            "Dec. 3rd 2016",
            "3 de diciembre de 2016",
            "3. Dezember 2016",
            "3º de dezembro, 2016",
            "ByKathryn GiuffridaMar 5, 2025 | 6 comments",
            "a summary 5, 2020",
            "on December 20, 2024September 26, 2025",
            "October 17, 20236:01 PM ET",
            "May 3, 20161 and May 4, 2016",
            "May 123, 2016; May 12, 2016",
            "12 de de mayo 2016, 12 de mayo de 2016",
        ] {
            same_as_regexes(text);
        }
    }

    /// Case folding and word boundaries as the regexes had them: "MÄRZ"
    /// and "Oktober" with the Kelvin sign are months; "ſept" (long s)
    /// matched `(?i)` but is no month once lowercased, and still hides
    /// the text it covers; a month right after a letter, a digit or a
    /// combining mark is no word of its own.
    #[test]
    fn named_month_case_folding_and_word_boundaries() {
        for (text, want) in [
            ("5. MÄRZ 2020", Some("2020-03-05")),
            ("5. märz 2020", Some("2020-03-05")),
            ("MÄRZ 5, 2020", Some("2020-03-05")),
            ("5 FÉVRIER 2020", Some("2020-02-05")),
            ("5 AOÛT 2020", Some("2020-08-05")),
            ("5 DE MARÇO DE 2020", Some("2020-03-05")),
            ("\u{212A}", None),
            ("5 O\u{212A}T 2020", Some("2020-10-05")),
            ("ſept 5, 2020", None),
            ("5 ſept 2020", None),
            ("May 5ſt, 2020", Some("2020-05-05")),
            ("éMay 5, 2020", None),
            ("\u{301}May 5, 2020", None),
            ("—May 5, 2020", Some("2020-05-05")),
            ("«May 5, 2020»", Some("2020-05-05")),
            ("x5 May 2020", None),
            ("é5 May 2020", None),
            ("May\u{a0}5,\u{3000}2020", Some("2020-05-05")),
            ("May\u{b}5, 2020", Some("2020-05-05")),
        ] {
            assert_eq!(parse(text).as_deref(), want, "{text}");
            same_as_regexes(text);
        }
    }

    #[test]
    fn glued_time_matches_its_regex() {
        for rest in [
            "6:01 PM", "12:30", "123:45", "1:2", ":30", "12:3x", "", "7", "07:00",
        ] {
            assert_eq!(glued_time(rest), regex_forms::glued_time(rest), "{rest}");
        }
    }

    /// `folds_to_month` with its `MONTH_SHAPES` filter against the plain
    /// scan of `MONTHS` it replaced: every name in three cases, and words
    /// drawn from the names' letters, their capitals, 'ſ', the Kelvin sign
    /// and a few others.
    #[test]
    fn folds_to_month_matches_the_full_scan() {
        fn full_scan(name: &str) -> bool {
            let mut folded = String::new();
            for c in name.chars() {
                match fold_char(c) {
                    Some(c) => folded.push(c),
                    None => return false,
                }
            }
            folded.len() <= 16 && MONTHS.iter().any(|(n, _)| *n == folded)
        }
        let mut words: Vec<String> = Vec::new();
        for (n, _) in MONTHS {
            words.push(n.to_string());
            words.push(n.to_uppercase());
            words.push(n.replace('s', "ſ").replace('k', "\u{212a}"));
        }
        let alphabet: Vec<char> = "abcdefghijklmnopqrstuvwxyzJFMASONDGEL\u{17f}\u{212a}éûçäÉ1 ."
            .chars()
            .collect();
        let mut rng = crate::test_rng::Rng::new(0x5851_F42D_4C95_7F2D);
        for _ in 0..50_000 {
            let len = rng.below(12);
            words.push(
                (0..len)
                    .map(|_| alphabet[rng.below(alphabet.len())])
                    .collect(),
            );
        }
        for _ in 0..20_000 {
            let (n, _) = MONTHS[rng.below(MONTHS.len())];
            let mut w: Vec<char> = n.chars().collect();
            let i = rng.below(w.len());
            w[i] = alphabet[rng.below(alphabet.len())];
            words.push(w.into_iter().collect());
        }
        let mut months = 0;
        for w in &words {
            assert_eq!(folds_to_month(w), full_scan(w), "{w:?}");
            months += usize::from(full_scan(w));
        }
        assert!(months > MONTHS.len() * 3, "{months}");
    }

    /// `fold_char` against regex-syntax's case-folding tables: each letter
    /// of the names, the suffixes and "de" matches under `(?i)` exactly
    /// the characters that fold to it.
    #[test]
    fn fold_char_is_the_regex_case_folding() {
        let mut letters: Vec<char> = MONTHS.iter().flat_map(|(n, _)| n.chars()).collect();
        letters.extend("stndrhe".chars());
        letters.sort_unstable();
        letters.dedup();
        for letter in letters {
            let hir = regex_syntax::parse(&format!("(?i){letter}")).expect("valid");
            let regex_syntax::hir::HirKind::Class(regex_syntax::hir::Class::Unicode(class)) =
                hir.kind()
            else {
                panic!("{letter}: {hir:?}");
            };
            let mut want: Vec<char> = class
                .ranges()
                .iter()
                .flat_map(|r| r.start()..=r.end())
                .collect();
            want.sort_unstable();
            let got: Vec<char> = (char::MIN..=char::MAX)
                .filter(|&c| fold_char(c) == Some(letter))
                .collect();
            assert_eq!(got, want, "{letter}");
        }
        let longest = MONTHS.iter().map(|(n, _)| n.chars().count()).max();
        assert_eq!(longest, Some(LONGEST_MONTH));
    }

    /// Random date-shaped strings, right and wrong in every part, one or
    /// two in a row: the readers find what the regexes found.
    #[test]
    fn named_month_readers_match_the_regexes_on_random_dates() {
        const BEFORE: &[&str] = &[
            "",
            " ",
            "x",
            "é",
            "\u{301}",
            "—",
            "by ",
            "Giuffrida",
            "summary",
            "_",
            "3",
            "de ",
        ];
        const NAMES: &[&str] = &[
            "May",
            "MAY",
            "mAy",
            "Mai",
            "mayo",
            "ſept",
            "Sept",
            "SEPT",
            "sep",
            "September",
            "oKt",
            "O\u{212A}T",
            "okt",
            "Oktober",
            "MÄRZ",
            "märz",
            "Marz",
            "février",
            "FÉVRIER",
            "Févr",
            "Fevrier",
            "août",
            "AOÛT",
            "Aout",
            "março",
            "MARÇO",
            "déc",
            "DÉC",
            "Dezember",
            "Jan",
            "Gennaio",
            "luglio",
            "de",
            "Main",
            "",
        ];
        const GAPS: &[&str] = &[
            " ", ". ", ".", ",", ", ", ".,\u{a0}", "  ", "\u{a0}", "\u{3000}", "\u{b}", "\n", "",
            " de ", " DE\t", "x ",
        ];
        const DAYS: &[&str] = &[
            "3", "12", "123", "05", "", "3rd", "1ſt", "2ND", "4th", "3.", "3º",
        ];
        const YEARS: &[&str] = &["2016", "20161", "1999", "201", "1812", "2100", "2016x"];
        const AFTER: &[&str] = &["", " ", "x", "5", ":", "6:01 PM", "11:01", "123:4"];
        let mut rng = crate::test_rng::Rng::new(0x9E37_79B9_7F4A_7C15);
        let mut next = |n: usize| rng.below(n);
        let mut pick = |list: &[&'static str]| list[next(list.len())];
        let mut seen = [0; 3];
        for _ in 0..30_000 {
            let mut text = String::new();
            for _ in 0..1 + usize::from(pick(&["", "x"]) == "x") {
                let (before, name, day, year) =
                    (pick(BEFORE), pick(NAMES), pick(DAYS), pick(YEARS));
                let (gap1, gap2, after) = (pick(GAPS), pick(GAPS), pick(AFTER));
                if pick(&["", "x"]).is_empty() {
                    text += &format!("{before}{name}{gap1}{day}{gap2}{year}{after}");
                } else {
                    text += &format!("{before}{day}{gap1}{name}{gap2}{year}{after}");
                }
            }
            same_as_regexes(&text);
            for (i, form) in [Named::MonthFirst, Named::DayFirst, Named::Glued]
                .into_iter()
                .enumerate()
            {
                seen[i] += usize::from(find_named(&text, form, text.len()).is_some());
            }
        }
        // Each form gives a date often enough to be tested.
        assert!(seen.iter().all(|&n| n >= 50), "{seen:?}");
    }

    /// The time regex matches only where [`has_clock`] says yes.
    #[test]
    fn time_prefilter_keeps_every_match() {
        for text in [
            "10:15 AM EST",
            "10:15",
            "at 9:05pm",
            "1:2 PM EST",
            "10h15 CET",
            "10.15 EST",
            "PM EST +0200",
            "\u{663}:\u{664}\u{665} EST",
            "",
        ] {
            assert_eq!(has_clock(text), regex_forms::time_is_match(text), "{text}");
        }
    }

    fn time_reader_agrees(text: &str) {
        let got: Vec<Groups> = time_matches(text).collect();
        assert_eq!(got, regex_forms::time_groups(text), "{text:?}");
    }

    #[test]
    fn time_reader_matches_the_regex() {
        for text in [
            "Updated 10:15 AM EST, Sat December 3, 2016",
            "10:15",
            "10:15:30x",
            "10:15:30 x",
            "10:15 +0200",
            "10:15 \u{a0} +02:00",
            "10:15 pm",
            "10:15p.m.",
            "10:15 a.m.x",
            "10:15 a.m. EST",
            "10:15 A.M EDT-0400",
            "10:15 ESTx",
            "10:15 EſT",
            "10:15 cest",
            "10:155",
            "123:45 PM",
            "x10:15 PM",
            "é10:15 PM",
            "10:15 PMx",
            "10:15 pm. UTC +0000",
            "2/26/2015 7:11 AM PST BY TMZ STAFF",
        ] {
            time_reader_agrees(text);
        }
    }

    /// Random clock-shaped strings: the reader finds what the regex found,
    /// groups and all.
    #[test]
    fn time_reader_matches_the_regex_on_random_pieces() {
        const PIECES: &[&str] = &[
            "1", "10", "123", ":", "15", "5", ":30", " ", "  ", "\u{a0}", "\n", "am", "AM", "a.m.",
            "p.m", "pm.", "P", "m", ".", "est", "EST", "EſT", "cest", "CET", "aest", "z", "x", "é",
            "_", "+", "-", "+0200", "-05:00", "+05:3", ",", "\u{301}", "10:15", "7:05",
        ];
        let mut rng = crate::test_rng::Rng::new(0xD1B5_4A32_D192_ED03);
        let mut next = |n: usize| rng.below(n);
        let mut with_zone = 0;
        for _ in 0..30_000 {
            let len = 1 + next(9);
            let text: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
            time_reader_agrees(&text);
            with_zone +=
                usize::from(time_matches(&text).any(|g| g.0[5].is_some() || g.0[6].is_some()));
        }
        // Times with a zone are common enough to be tested.
        assert!(with_zone >= 200, "{with_zone}");
    }

    #[test]
    fn range_covers_the_date() {
        let m = find("By Jane Doe on March 4, 2020 in News").unwrap();
        assert_eq!(
            &"By Jane Doe on March 4, 2020 in News"[m.range],
            "March 4, 2020"
        );
    }

    /// The old [`find_in`]: every reader over the whole text, the
    /// earliest match kept (the first reader's on a tie).
    fn find_in_every_reader(text: &str, ambiguous: Ambiguous) -> Option<DateMatch> {
        let first_year = first_four_digits(text)?;
        let all = text.len();
        let (date, range) = [
            find_iso(text, all),
            find_named(text, Named::MonthFirst, all),
            find_named(text, Named::DayFirst, all),
            find_named(text, Named::Glued, all),
            find_slashed(text, all),
            find_numeric(text, ambiguous, all),
            day_first::find_day_first_other(text, first_year),
            find_cjk(text),
        ]
        .into_iter()
        .flatten()
        .min_by_key(|(_, r)| r.start)?;
        Some(match date {
            Found::Full(value) => DateMatch { value, range },
            Found::Day(day) => with_nearby_time(text, day, range),
        })
    }

    /// Random texts of date pieces: skipping readers on a byte test and
    /// stopping each at the best match so far finds what running them
    /// all found.
    #[test]
    fn find_in_skips_readers_exactly() {
        const PIECES: &[&str] = &[
            "1",
            "12",
            "2016",
            "1999",
            "05",
            "3",
            "-",
            "/",
            ".",
            ". ",
            " ",
            "  ",
            "\u{a0}",
            ",",
            "x",
            "é",
            "_",
            "T",
            "10:15",
            "+05:00",
            "Z",
            "2016-12-03",
            "13/11/2025",
            "2016/12/3",
            "5/3/2024",
            "05.03.2024",
            "3-14-2025",
            "2025.03.12",
            "2025. 3. 12.",
            "May",
            "Sept",
            "ſept",
            "MÄRZ",
            "de ",
            "3rd",
            "summary",
            "GiuffridaMar",
            "Dec.",
            "marca",
            "марта",
            "Şubat",
            "2025年3月12日",
            "2025년 3월 12일",
            "年",
            "月",
            "日",
            "4 PM",
            "ET",
        ];
        let mut rng = crate::test_rng::Rng::new(0x1234_5678_9ABC_DEF1);
        let mut next = |n: usize| rng.below(n);
        let mut found = 0;
        for _ in 0..40_000 {
            let len = 1 + next(14);
            let text: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
            for ambiguous in [
                Ambiguous::Unread,
                Ambiguous::BySeparator,
                Ambiguous::DayFirst(true),
            ] {
                let new = find_in(&text, ambiguous);
                assert_eq!(new, find_in_every_reader(&text, ambiguous), "{text:?}");
                found += usize::from(new.is_some());
            }
        }
        assert!(found >= 10_000, "{found}");
    }
}
