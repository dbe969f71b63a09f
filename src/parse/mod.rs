//! Turning input bytes into an [`Article`]: decode the bytes, pick the
//! format, run the text or HTML extractor, then check that an article came
//! out. Parsers are pure: no I/O and no clock (the import time is passed in).

pub mod byline;
pub mod date;
pub mod html;
pub mod provenance;
pub mod quotes;
pub mod rules;
pub mod script;
pub mod source;
pub mod text;
mod words;

use chrono::{DateTime, SecondsFormat, Utc};

use crate::article::{Article, Format, SourceInfo, sha256_hex};
use crate::error::ParseError;
pub use source::Source;

/// Parses `source` into an article. `now` becomes `source.imported_at`.
pub fn parse(source: &Source, now: DateTime<Utc>) -> Result<Article, ParseError> {
    // A parser bug on one page must not take a whole import or batch down:
    // the panic becomes this input's error and the other inputs go on. The
    // parsers share no mutable state, so nothing is left half-updated.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        parse_unguarded(source, now)
    }))
    .unwrap_or_else(|payload| Err(ParseError::Bug(panic_message(payload.as_ref()))))
}

fn parse_unguarded(source: &Source, now: DateTime<Utc>) -> Result<Article, ParseError> {
    let decoded = source::decode(&source.bytes)?;
    let format = source
        .format
        .unwrap_or_else(|| source::detect_format(&decoded, &source.location));
    source::check_size(&decoded, format)?;
    let mut article = Article::new(source_info(source, format, now));
    let body_words = match format {
        Format::Text => Some(text::extract(&decoded, &mut article)),
        Format::Html => {
            html::extract(&decoded, web_location(&source.location), &mut article);
            None
        }
    };
    let quotes = quotes::extract_located(&article.body);
    provenance::record_quotes(&mut article, quotes);
    if article.headline.is_none() && article.body.is_empty() {
        return Err(ParseError::NoArticle);
    }
    article.word_count = article.count_words(body_words);
    Ok(article)
}

/// The message a panic was raised with.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// Sets the article's `url` to `url`, the address its input was fetched
/// from, unless the page named its own.
pub fn use_import_url(article: &mut Article, url: Option<&str>) {
    if article.url.is_some() {
        return;
    }
    if let Some(url) = url {
        article.url = Some(url.to_string());
        article
            .provenance
            .set("url", provenance::Rule::UrlOfImport.at(None));
    }
}

/// `location` when it is a web address (the input was fetched from it).
/// `text` lowercased char by char, keeping each char whose lowercase form
/// has another UTF-8 length ("İ", the Kelvin sign) as it is: a byte offset
/// found in the result is a valid offset in `text`, and `text.to_lowercase()`
/// would not promise that.
pub(crate) fn lowercase_keeping_offsets(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    // The ASCII stretches between non-ASCII characters (most of the text)
    // are copied and lowercased in place; only the others are decoded.
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = source::first_non_ascii(rest.as_bytes()) {
        push_ascii_lowercase(&mut out, &rest[..at]);
        let mut chars = rest[at..].chars();
        if let Some(c) = chars.next() {
            out.push(lowercase_of_same_length(c));
        }
        rest = chars.as_str();
    }
    push_ascii_lowercase(&mut out, rest);
    out
}

fn push_ascii_lowercase(out: &mut String, ascii: &str) {
    let from = out.len();
    out.push_str(ascii);
    out[from..].make_ascii_lowercase();
}

/// `c` lowercased when that is one character of the same UTF-8 length,
/// else `c` itself.
fn lowercase_of_same_length(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

fn web_location(location: &str) -> Option<&str> {
    let lower = location.get(..8).unwrap_or(location).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then_some(location)
}

/// `text` when it is one http(s) address: a host after the scheme, and
/// no space or control character anywhere. For addresses read out of an
/// input, which may hold anything.
pub(crate) fn web_address(text: &str) -> Option<&str> {
    let (_, host) = web_location(text)?.split_once("://")?;
    let invalid = |c: char| c.is_whitespace() || c.is_control();
    (!host.is_empty() && !text.contains(invalid)).then_some(text)
}

fn source_info(source: &Source, format: Format, now: DateTime<Utc>) -> SourceInfo {
    SourceInfo {
        location: source.location.clone(),
        format,
        sha256: sha256_hex(&source.bytes),
        imported_at: now.to_rfc3339_opts(SecondsFormat::Secs, true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panic_messages_are_kept() {
        let caught = |f: fn()| {
            let payload = std::panic::catch_unwind(f).expect_err("panics");
            panic_message(payload.as_ref())
        };
        assert_eq!(caught(|| panic!("static text")), "static text");
        assert_eq!(caught(|| panic!("formatted {}", 7)), "formatted 7");
    }

    #[test]
    fn lowercase_keeps_byte_offsets() {
        for text in [
            "Haber İstanbul by Yılmaz",
            "KELVIN \u{212A} by ẞ",
            "ΣΑΣ by Ab",
            "plain By A",
        ] {
            let lower = lowercase_keeping_offsets(text);
            assert_eq!(lower.len(), text.len(), "{text:?}");
            let at = lower.find(" by ").expect("has ' by '");
            assert!(text.is_char_boundary(at) && text[at..].to_lowercase().starts_with(" by "));
        }
        assert_eq!(lowercase_keeping_offsets("Ça Va İ"), "ça va İ");
        // The same as lowercasing char by char.
        for text in [
            "ÀB é CD\u{2019}EF",
            "By JOHN Smith – ÉDITION SPÉCIALE",
            "İSTANBUL ΣΑΣ ẞ \u{212A}elvin",
            "Ωmega",
            "trailing Ü",
            "",
        ] {
            let plain: String = text.chars().map(lowercase_of_same_length).collect();
            assert_eq!(lowercase_keeping_offsets(text), plain, "{text:?}");
        }
    }

    #[test]
    fn web_locations() {
        assert_eq!(web_location("https://e.org/a"), Some("https://e.org/a"));
        assert_eq!(web_location("HTTP://e.org"), Some("HTTP://e.org"));
        assert_eq!(web_location("page.html"), None);
        assert_eq!(web_location("-"), None);
        assert_eq!(web_location("ftp://e.org/x"), None);
    }

    #[test]
    fn web_addresses_read_from_a_text() {
        assert_eq!(web_address("https://e.org/a"), Some("https://e.org/a"));
        assert_eq!(web_address("HTTP://e.org"), Some("HTTP://e.org"));
        for text in [
            "https://",
            "https://e.org/a b",
            "https://e.org/\u{1b}[31m",
            "e.org",
        ] {
            assert_eq!(web_address(text), None, "{text}");
        }
    }
}
