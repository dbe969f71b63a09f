//! The day-first dates of the languages whose month names the
//! English-shaped readers of [`super`] do not read: a month of
//! `rules::DAY_FIRST_MONTHS` ("12 marca 2025", "5. března 2024", "5 Şubat
//! 2024"), and the all-number "5. 3. 2024".

use std::ops::Range;

use super::{Found, day, word_char_at_or_end, word_char_before};
use crate::parse::rules;

/// The first date in `text` of the day-first forms found from their year
/// back: a month of `rules::DAY_FIRST_MONTHS` ([`other_month_before`])
/// or "5. 3. 2024" ([`spaced_dots_before`]). A line's years are few, its
/// numbers many: reading back from each four-digit run tries each form
/// once per year, not once per number. The scan starts at `first_year`,
/// where the first four digits in a row start (the caller has found it).
pub(super) fn find_day_first_other(text: &str, first_year: usize) -> Option<(Found, Range<usize>)> {
    let bytes = text.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate().skip(first_year) {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run != 4 {
            continue;
        }
        let year = i - 3..i + 1;
        // The year stands after white space (ASCII, or the last byte of
        // a no-break space or another wide one).
        let spaced = year.start > 0
            && (bytes[year.start - 1].is_ascii_whitespace() || bytes[year.start - 1] >= 0x80);
        if !spaced {
            continue;
        }
        if let Some(found) =
            other_month_before(text, year.clone()).or_else(|| spaced_dots_before(text, year))
        {
            return Some(found);
        }
    }
    None
}

/// `text[..year.start]` ends with white space or more, as `\s+` takes it:
/// the text before that run.
fn before_spaces(text: &str, year_start: usize) -> Option<&str> {
    let head = &text[..year_start];
    let trimmed = head.trim_end();
    (trimmed.len() < head.len()).then_some(trimmed)
}

/// One or two ASCII digits end `head`, a whole number: where they start.
fn number_before(text: &str, head: &str) -> Option<usize> {
    let n = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let start = head.len() - n;
    ((1..=2).contains(&n) && !word_char_before(text, start)).then_some(start)
}

/// A day-first date whose month is one of `rules::DAY_FIRST_MONTHS`, in
/// any case, ending at `year`: a day, a dot after it or not, white space,
/// the month name as a whole word (a dot or comma after it allowed),
/// white space and the year ("12 марта 2025", "5. března 2024", "12.
/// marts 2025", "5 ŞUBAT 2024 Pazartesi"). The year ends at a word's end,
/// or before one of `rules::GLUED_YEAR_WORDS` ("12 marca 2025r.").
fn other_month_before(text: &str, year: Range<usize>) -> Option<(Found, Range<usize>)> {
    if !year_ends(text, year.end) {
        return None;
    }
    let head = before_spaces(text, year.start)?;
    let head = head.strip_suffix(',').unwrap_or(head);
    let head = head.strip_suffix('.').unwrap_or(head);
    let name_start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()?
        .0;
    let (listed, month) = day_first_month(&head[name_start..])?;
    let head = before_spaces(text, name_start)?;
    let (head, dotted) = match head.strip_suffix('.') {
        Some(head) => (head, true),
        None => (head, false),
    };
    if dotted && rules::NOT_AFTER_DOTTED_DAY.contains(&listed) {
        return None;
    }
    let day = number_before(text, head)?..head.len();
    let date = self::day(
        text[year.clone()].parse().ok()?,
        month,
        text[day.clone()].parse().ok()?,
    )?;
    Some((Found::Day(date), day.start..year.end))
}

/// No word goes on at byte `end` of `text` (past a year), or one of
/// `rules::GLUED_YEAR_WORDS` does ("2025r.", "2016г.").
fn year_ends(text: &str, end: usize) -> bool {
    if !word_char_at_or_end(text, end) {
        return true;
    }
    let rest = &text[end..];
    let word = rest
        .find(|c: char| !c.is_alphabetic())
        .map_or(rest, |n| &rest[..n]);
    !word.is_empty()
        && rules::GLUED_YEAR_WORDS
            .iter()
            .any(|w| w.chars().eq(word.chars().flat_map(char::to_lowercase)))
        && !word_char_at_or_end(text, end + word.len())
}

/// The entry of `rules::DAY_FIRST_MONTHS` that `name` is, folded by
/// [`fold_letter`]: its listed name and its month number. Most words are
/// turned down by their first letter and length ([`DAY_FIRST_SHAPES`])
/// before the list is read.
pub(super) fn day_first_month(name: &str) -> Option<(&'static str, u32)> {
    let first = fold_letter(name.chars().next()?)?;
    if first.is_ascii_lowercase() {
        let len = name.chars().count();
        let shape = DAY_FIRST_SHAPES[usize::from(first as u8 - b'a')];
        if len >= 32 || shape & (1 << len) == 0 {
            return None;
        }
    }
    rules::DAY_FIRST_MONTHS
        .iter()
        .find(|(listed, _)| {
            let mut a = name.chars().map(fold_letter);
            let mut b = listed.chars().map(fold_letter);
            loop {
                match (a.next(), b.next()) {
                    (None, None) => return true,
                    (Some(Some(x)), Some(Some(y))) if x == y => {}
                    _ => return false,
                }
            }
        })
        .copied()
}

/// A letter of a month name in lowercase, with the Turkish "ı" and "İ"
/// as "i" (so "MAYIS", "Mayıs" and "mayıs" fold alike, and "EKİM" as
/// "ekim"); `None` for a letter whose lowercase is more than one
/// character.
fn fold_letter(c: char) -> Option<char> {
    match c {
        'I' | 'İ' | 'ı' => Some('i'),
        _ if c.is_ascii() => Some(c.to_ascii_lowercase()),
        _ => {
            let mut lower = c.to_lowercase();
            let first = lower.next()?;
            lower.next().is_none().then_some(first)
        }
    }
}

/// For each ASCII letter (index 0 for 'a'), bit `k` set when a name in
/// `rules::DAY_FIRST_MONTHS` starts with that letter and is `k`
/// characters long: the day-first reader's filter, which turns down
/// "12 May 2025" and "of 2024" without reading the list. Names that
/// start with another letter (Cyrillic, "ş", "ú") are looked up in full.
const DAY_FIRST_SHAPES: [u32; 26] = {
    let mut shapes = [0u32; 26];
    let mut i = 0;
    while i < rules::DAY_FIRST_MONTHS.len() {
        let name = rules::DAY_FIRST_MONTHS[i].0.as_bytes();
        if name[0].is_ascii_lowercase() {
            // Characters: the bytes that start one.
            let mut chars = 0;
            let mut k = 0;
            while k < name.len() {
                if name[k] & 0xC0 != 0x80 {
                    chars += 1;
                }
                k += 1;
            }
            assert!(chars < 32);
            shapes[(name[0] - b'a') as usize] |= 1 << chars;
        }
        i += 1;
    }
    shapes
};

/// A "5. 3. 2024" ending at `year`: day, month and year, a dot and
/// white space after the day and after the month, as Czech, Slovak and
/// German pages print an all-number date. Day first always: no
/// convention writes the month first so. The numbers stand alone (not
/// "1.5. 3. 2024", "5. 3. 20245", "5. 3. 2024.1").
fn spaced_dots_before(text: &str, year: Range<usize>) -> Option<(Found, Range<usize>)> {
    if word_char_at_or_end(text, year.end)
        || text[year.end..].starts_with('.')
            && text[year.end + 1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let head = before_spaces(text, year.start)?.strip_suffix('.')?;
    let month = number_before(text, head)?..head.len();
    let head = before_spaces(text, month.start)?.strip_suffix('.')?;
    let day = number_before(text, head)?..head.len();
    if text[..day.start].ends_with(['.', ',', '/', '-']) {
        return None;
    }
    let date = self::day(
        text[year.clone()].parse().ok()?,
        text[month].parse().ok()?,
        text[day.clone()].parse().ok()?,
    )?;
    Some((Found::Day(date), day.start..year.end))
}
