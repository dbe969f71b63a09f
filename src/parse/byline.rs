//! Bylines: "By A", "By A and B", "Written by A", "A | Agency", "Posted by
//! A on <date>" → the author names, cleaned. Shared by the text and HTML
//! extractors.

use super::date;

/// A recognised byline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Byline {
    /// The byline as printed, trimmed.
    pub text: String,
    pub authors: Vec<String>,
    /// A date printed in the byline, normalised.
    pub date: Option<String>,
}

/// Words that open a byline, lowercase, longest first.
const BYLINE_OPENERS: &[&str] = &[
    "written by",
    "posted by",
    "reported by",
    "words by",
    "story by",
    "text by",
    "published by",
    "by",
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
];

/// Words that end a byline's list of names ("By A on May 3", "By A in News").
const NAME_STOPS: &[&str] = &[
    " on ",
    " in ",
    " at ",
    " for ",
    " - ",
    " – ",
    " — ",
    " | ",
    " · ",
    " • ",
    " updated",
    " published",
];

/// Longest byline worth considering: beyond it, a "By …" line is a sentence.
const MAX_BYLINE_CHARS: usize = 120;

/// Most words a person's name has.
const MAX_NAME_WORDS: usize = 5;

/// Job titles and agency words that follow names but are not names.
const ROLE_WORDS: &[&str] = &[
    "staff",
    "writer",
    "reporter",
    "editor",
    "senior",
    "correspondent",
    "contributor",
    "columnist",
    "associated press",
    "reuters",
    "afp",
    "ap",
    "bloomberg",
    "news",
    "desk",
];

/// Parses `line` as a byline when it looks like one.
pub fn parse(line: &str) -> Option<Byline> {
    let text = line.trim();
    if text.is_empty() || text.chars().count() > MAX_BYLINE_CHARS {
        return None;
    }
    let rest = strip_opener(text)?;
    let found_date = date::find(rest);
    let names_part = cut_at_stop(rest);
    let authors = split_names(names_part);
    if authors.is_empty() {
        return None;
    }
    Some(Byline {
        text: text.to_string(),
        authors,
        date: found_date.map(|d| d.value),
    })
}

/// The text after a byline opener ("By", "Written by" …), if it has one.
fn strip_opener(text: &str) -> Option<&str> {
    let lower = text.to_lowercase();
    BYLINE_OPENERS.iter().find_map(|opener| {
        let after = lower.strip_prefix(opener)?;
        let after = after.strip_prefix(':').unwrap_or(after);
        if !after.starts_with(char::is_whitespace) && !after.is_empty() {
            return None;
        }
        // Lowercase keeps byte offsets for these ASCII openers.
        Some(text[text.len() - after.len()..].trim_start())
    })
}

fn cut_at_stop(rest: &str) -> &str {
    let lower = rest.to_lowercase();
    let cut = NAME_STOPS
        .iter()
        .filter_map(|stop| lower.find(stop))
        .min()
        .unwrap_or(rest.len());
    rest[..cut].trim()
}

/// Splits "A, B and C" into names, dropping role words and anything that
/// does not look like a person's name.
pub fn split_names(text: &str) -> Vec<String> {
    let normalized = text
        .replace(" and ", ",")
        .replace(" & ", ",")
        .replace(" und ", ",")
        .replace(" et ", ",")
        .replace(" y ", ",");
    normalized
        .split([',', ';', '/'])
        .map(clean_name)
        .filter(|n| looks_like_name(n))
        .collect()
}

/// Trims punctuation and trailing role words from a name.
pub fn clean_name(raw: &str) -> String {
    let mut name = raw
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    loop {
        let lower = name.to_lowercase();
        let Some(role) = ROLE_WORDS
            .iter()
            .find(|r| lower.ends_with(&format!(" {r}")) || lower == **r)
        else {
            break;
        };
        name.truncate(name.len() - role.len());
        name = name
            .trim()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string();
    }
    name
}

/// A person's name: 1 to `MAX_NAME_WORDS` words, each starting with an
/// uppercase letter (particles like "de", "van" allowed), no digits.
pub fn looks_like_name(name: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "de", "da", "van", "von", "der", "del", "la", "le", "di", "bin", "al",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_NAME_WORDS || name.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    words.iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            || PARTICLES.contains(&w.to_lowercase().as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Vec<String> {
        parse(line).map(|b| b.authors).unwrap_or_default()
    }

    #[test]
    fn byline_forms() {
        assert_eq!(names("By Jane Doe"), ["Jane Doe"]);
        assert_eq!(names("Written by Jim Lemuel Wilson"), ["Jim Lemuel Wilson"]);
        assert_eq!(names("By Jane Doe and John Roe"), ["Jane Doe", "John Roe"]);
        assert_eq!(
            names("By Jane Doe, John Roe and Ann Poe"),
            ["Jane Doe", "John Roe", "Ann Poe"]
        );
        assert_eq!(names("Posted by Jane Doe on March 4, 2020"), ["Jane Doe"]);
        assert_eq!(names("By Jane Doe, Staff Writer"), ["Jane Doe"]);
        assert_eq!(names("By JANE DOE | Associated Press"), ["JANE DOE"]);
    }

    #[test]
    fn byline_date_is_kept() {
        let b = parse("Posted by Jane Doe on March 4, 2020").unwrap();
        assert_eq!(b.date.as_deref(), Some("2020-03-04"));
    }

    #[test]
    fn sentences_are_not_bylines() {
        for line in [
            "By the time we arrived, it was over.",
            "Bypass the city",
            "by",
            "Leave a Reply",
        ] {
            assert!(parse(line).is_none(), "{line}");
        }
    }
}
