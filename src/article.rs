//! The one data model: `Article` and its parts, in the JSON shape of SPEC §1
//! (schema 1). Every field is always present; unknown values are `null` or
//! `[]`, never an empty string.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::parse::source::first_non_ascii;

/// Version of the article JSON; bumped when a field changes meaning.
pub const SCHEMA_VERSION: u32 = 1;

/// A parsed news article, as stored and printed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub schema: u32,
    pub id: ArticleId,
    pub headline: Option<String>,
    pub standfirst: Option<String>,
    /// Article text only, one string per paragraph, in reading order.
    pub body: Vec<String>,
    pub byline: Option<String>,
    pub authors: Vec<Author>,
    /// `YYYY-MM-DD`, or RFC 3339 with offset when a time is known.
    pub published: Option<String>,
    pub updated: Option<String>,
    pub dateline: Option<String>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub images: Vec<Image>,
    pub related: Vec<RelatedLink>,
    pub quotes: Vec<Quote>,
    pub tags: Vec<String>,
    pub word_count: u32,
    pub source: SourceInfo,
    /// Which rule produced each field and what was dropped; articles stored
    /// before it was recorded load with an empty one.
    #[serde(default)]
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Author {
    pub name: String,
    pub bio: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Image {
    pub caption: Option<String>,
    pub alt: Option<String>,
    pub src: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelatedLink {
    pub title: String,
    pub label: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: String,
    pub speaker: Option<String>,
}

/// Where an article came from: the input as given, its format, the hash of
/// its bytes and when it was imported (or parsed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceInfo {
    pub location: String,
    pub format: Format,
    pub sha256: String,
    /// RFC 3339, UTC, whole seconds.
    pub imported_at: String,
}

/// How the parser arrived at an article: for each field, the named rule
/// that produced each of its values, and the input it dropped as page
/// furniture. Stored with the article, so `newsarc reparse` can say which
/// rule changed. Rule ids are the `snake_case` names of
/// `parse::provenance::Rule` (and of the quote rules); they stay stable.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// The parser that ran; `null` for an article stored before provenance
    /// was recorded (`newsarc reparse` fills it in).
    pub parser: Option<Format>,
    /// Field name → one origin per value: one for a single value, one per
    /// item of `authors`, `images`, `related` and `quotes`, one per rule
    /// for `body`. A field with no value has no entry.
    pub fields: BTreeMap<String, Vec<Origin>>,
    /// Input left out of the article, nearest the article text first,
    /// at most `MAX_DROPPED` entries.
    pub dropped: Vec<Dropped>,
    /// How many dropped pieces are not listed in `dropped`.
    pub dropped_omitted: u32,
}

/// Most dropped pieces listed per article: enough to show what surrounded
/// the article text (share bar, comment form, teasers) without letting a
/// page's 500 menu entries bloat its JSON file.
pub const MAX_DROPPED: usize = 25;

/// Characters of a dropped piece kept in `Dropped::text`: enough to
/// recognise it.
pub const DROPPED_TEXT_CHARS: usize = 80;

/// Where one value of a field came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Origin {
    /// Id of the rule that produced the value.
    pub rule: String,
    /// Where in the input: `line 12`, `lines 12-40` (raw text), `JSON-LD`,
    /// `meta og:title` (HTML).
    pub from: Option<String>,
    /// The words the rule went by, when they are not the value itself (the
    /// attribution of a quote, the name a bio starts with).
    pub evidence: Option<String>,
    /// Quotes: id of how the attribution became the speaker.
    pub resolution: Option<String>,
}

/// A piece of the input left out of the article, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dropped {
    /// The start of the text, at most `DROPPED_TEXT_CHARS` characters
    /// (`…` marks a cut).
    pub text: String,
    /// Id of the rule that explains the drop.
    pub reason: String,
    pub from: Option<String>,
    /// What the rule saw (the boilerplate phrase, say).
    pub evidence: Option<String>,
}

impl Origin {
    /// An origin with only a rule and a place.
    pub fn new(rule: &str, from: Option<String>) -> Origin {
        Origin {
            rule: rule.to_string(),
            from,
            evidence: None,
            resolution: None,
        }
    }
}

impl Provenance {
    /// Records that `rule` produced a value of `field`.
    pub fn add(&mut self, field: &str, origin: Origin) {
        self.fields
            .entry(field.to_string())
            .or_default()
            .push(origin);
    }

    /// Records that `rule` produced the whole of `field`, replacing what an
    /// earlier rule recorded for it.
    pub fn set(&mut self, field: &str, origin: Origin) {
        self.fields.insert(field.to_string(), vec![origin]);
    }

    /// The origins recorded for `field` (empty when none).
    pub fn of(&self, field: &str) -> &[Origin] {
        self.fields.get(field).map_or(&[], Vec::as_slice)
    }

    /// True for an article stored before provenance was recorded.
    pub fn is_unrecorded(&self) -> bool {
        self.parser.is_none()
    }
}

/// The two input formats newsarc parses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Html,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Text => "text",
            Format::Html => "html",
        })
    }
}

impl Article {
    /// An article with nothing known yet but where it came from.
    pub fn new(source: SourceInfo) -> Article {
        Article {
            schema: SCHEMA_VERSION,
            id: ArticleId::from_sha256_hex(&source.sha256),
            headline: None,
            standfirst: None,
            body: Vec::new(),
            byline: None,
            authors: Vec::new(),
            published: None,
            updated: None,
            dateline: None,
            site_name: None,
            url: None,
            language: None,
            images: Vec::new(),
            related: Vec::new(),
            quotes: Vec::new(),
            tags: Vec::new(),
            word_count: 0,
            source,
            provenance: Provenance::default(),
        }
    }

    /// The date used to order articles: published, else the import date.
    pub fn sort_date(&self) -> &str {
        self.published
            .as_deref()
            .unwrap_or(&self.source.imported_at)
    }

    /// Who the article is credited to: the byline as printed, else the
    /// authors' names joined with commas.
    pub fn credit(&self) -> Option<String> {
        self.byline.clone().or_else(|| {
            (!self.authors.is_empty()).then(|| {
                let names: Vec<&str> = self.authors.iter().map(|x| x.name.as_str()).collect();
                names.join(", ")
            })
        })
    }

    /// Counts the words of the headline, standfirst and body;
    /// `body_words` is the body's count when the parser already has it
    /// (the text parser's blocks were counted by their features).
    pub fn count_words(&self, body_words: Option<usize>) -> u32 {
        let body = body_words.unwrap_or_else(|| self.body.iter().map(|s| count_words_in(s)).sum());
        let head: usize = self
            .headline
            .iter()
            .chain(self.standfirst.iter())
            .map(|s| count_words_in(s))
            .sum();
        u32::try_from(head + body).unwrap_or(u32::MAX)
    }
}

/// `s.split_whitespace().count()`, on bytes: the ASCII stretches (most of
/// any text) by [`count_ascii_words`], and only a non-ASCII character is
/// decoded (every article is counted once per parse).
fn count_words_in(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut words = 0;
    let mut after_space = true;
    let mut at = 0;
    while at < bytes.len() {
        let ascii = first_non_ascii(&bytes[at..]).map_or(bytes.len(), |n| at + n);
        words += count_ascii_words(&bytes[at..ascii], after_space);
        if let Some(&last) = bytes[at..ascii].last() {
            after_space = is_ascii_whitespace(last);
        }
        at = ascii;
        if let Some(c) = s.get(at..).and_then(|rest| rest.chars().next()) {
            at += c.len_utf8();
            let space = c.is_whitespace();
            words += usize::from(after_space && !space);
            after_space = space;
        }
    }
    words
}

/// The ASCII characters `char::is_whitespace` accepts: space, and tab to
/// carriage return. Without branches (`|`, not `||`), so the count below
/// vectorises.
fn is_ascii_whitespace(b: u8) -> bool {
    (b == b' ') | (b.wrapping_sub(b'\t') <= b'\r' - b'\t')
}

/// The words starting in ASCII `bytes`, `after_space` telling whether
/// what came before them ends in whitespace (or is nothing): each
/// non-space byte after a space starts one. Pairs of neighbours, without
/// a carried state, so the compiler can vectorise the count.
fn count_ascii_words(bytes: &[u8], after_space: bool) -> usize {
    let Some(&first) = bytes.first() else {
        return 0;
    };
    // Counted in byte lanes over chunks short enough not to overflow one.
    let chunk = usize::from(u8::MAX);
    let starts: usize = bytes
        .chunks(chunk)
        .zip(bytes[1..].chunks(chunk))
        .map(|(before, after)| {
            let pairs = before.iter().zip(after);
            let n = pairs.fold(0u8, |n, (&a, &b)| {
                n + u8::from(is_ascii_whitespace(a) & !is_ascii_whitespace(b))
            });
            usize::from(n)
        })
        .sum();
    starts + usize::from(after_space && !is_ascii_whitespace(first))
}

/// Number of hex digits in an article id: 48 bits, so a collision needs
/// about 16 million articles before it becomes likely.
pub const ID_LEN: usize = 12;

/// Shortest prefix accepted to select an article.
pub const MIN_PREFIX_LEN: usize = 4;

/// A validated article id: exactly `ID_LEN` lowercase hex digits. The only
/// way to get one is from input bytes or by parsing a string that passes
/// validation, so a path built from it can never escape the store.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ArticleId(String);

impl ArticleId {
    /// Derives the id from the input bytes: the first `ID_LEN` hex digits of
    /// their SHA-256, so the same input always gets the same id.
    pub fn from_bytes(bytes: &[u8]) -> ArticleId {
        ArticleId::from_sha256_hex(&sha256_hex(bytes))
    }

    /// The id of an input whose SHA-256 (as 64 hex digits) is `hex`.
    pub(crate) fn from_sha256_hex(hex: &str) -> ArticleId {
        ArticleId(hex.chars().take(ID_LEN).collect())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The two-digit shard directory this id lives in.
    pub fn shard(&self) -> &str {
        &self.0[..2]
    }
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    // Two digits a byte from a table: a `format!` a byte cost 16,000
    // instructions a page.
    let digits = digest.iter().flat_map(|b| [b >> 4, b & 0xf]);
    digits.map(|d| char::from(HEX[usize::from(d)])).collect()
}

/// True when `s` is non-empty lowercase hex: what ids and id prefixes are
/// made of.
pub fn is_lower_hex(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[derive(Debug, thiserror::Error)]
#[error("invalid article id {0:?}: expected {ID_LEN} lowercase hex digits")]
pub struct InvalidId(String);

impl FromStr for ArticleId {
    type Err = InvalidId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() == ID_LEN && is_lower_hex(s) {
            Ok(ArticleId(s.to_string()))
        } else {
            Err(InvalidId(s.to_string()))
        }
    }
}

impl TryFrom<String> for ArticleId {
    type Error = InvalidId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<ArticleId> for String {
    fn from(id: ArticleId) -> String {
        id.0
    }
}

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A minimal text article whose id and headline come from `input`, for
/// tests of the store and the archive.
#[cfg(test)]
pub(crate) fn test_article(input: &[u8]) -> Article {
    let mut a = Article::new(SourceInfo {
        location: "test.txt".into(),
        format: Format::Text,
        sha256: sha256_hex(input),
        imported_at: "2026-11-28T23:40:00Z".into(),
    });
    a.headline = Some(format!("Headline {}", String::from_utf8_lossy(input)));
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_whitespace_is_chars_whitespace() {
        for b in 0..128u8 {
            assert_eq!(
                is_ascii_whitespace(b),
                char::from(b).is_whitespace(),
                "{b:#x}"
            );
        }
    }

    #[test]
    fn word_counts_match_split_whitespace() {
        for s in [
            "",
            " ",
            "one",
            " two  words ",
            "a\tb\nc\x0bd\x0ce\rf",
            "ça va, très bien",
            "a\u{a0}b\u{3000}c\u{2003}\u{85}d\u{2028}",
            "\u{3000}\u{3000}字 字",
            "ab\u{2019}cd e\u{a0}f \u{e9}",
            "\u{e9} a",
            "a \u{2003}b",
            "x\u{a0}",
            &"ab ".repeat(300),
            &format!("{}\u{e9}{}", " x".repeat(200), "y ".repeat(200)),
        ] {
            assert_eq!(count_words_in(s), s.split_whitespace().count(), "{s:?}");
        }
    }

    #[test]
    fn id_is_stable_hex_prefix_of_sha256() {
        let id = ArticleId::from_bytes(b"hello");
        assert_eq!(id.as_str(), "2cf24dba5fb0");
        assert_eq!(
            sha256_hex(b"hello"),
            "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
        );
        assert_eq!(id.shard(), "2c");
        assert_eq!(ArticleId::from_bytes(b"hello"), id);
    }

    #[test]
    fn credit_prefers_the_printed_byline() {
        let mut a = Article::new(SourceInfo {
            location: "x".into(),
            format: Format::Text,
            sha256: "ab".repeat(32),
            imported_at: "2026-01-01T00:00:00Z".into(),
        });
        assert_eq!(a.credit(), None);
        for name in ["Ann Lee", "Bo Kim"] {
            a.authors.push(Author {
                name: name.into(),
                bio: None,
            });
        }
        assert_eq!(a.credit().as_deref(), Some("Ann Lee, Bo Kim"));
        a.byline = Some("By Ann Lee and Bo Kim".into());
        assert_eq!(a.credit().as_deref(), Some("By Ann Lee and Bo Kim"));
    }

    #[test]
    fn id_parsing_rejects_anything_but_hex() {
        for bad in [
            "",
            "2cf24dba5fb",
            "2CF24DBA5FB0",
            "../../etc/pa",
            "2cf24dba5fb0a",
            "2cf24dba5fbg",
        ] {
            assert!(bad.parse::<ArticleId>().is_err(), "{bad:?} accepted");
        }
        assert!("2cf24dba5fb0".parse::<ArticleId>().is_ok());
    }

    #[test]
    fn id_deserialization_validates() {
        assert!(serde_json::from_str::<ArticleId>("\"../x\"").is_err());
    }
}
