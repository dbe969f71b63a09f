//! Raw input: its bytes, where it came from, and the first steps every
//! parser shares — decoding to NFC text with `\n` line ends, refusing what
//! is not text, and guessing whether it is HTML.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::article::Format;
use crate::error::ParseError;

/// Inputs larger than this are refused (SPEC §2): 64 MiB.
pub const DEFAULT_MAX_INPUT: u64 = 64 * 1024 * 1024;

/// One input to parse.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path, URL or `-` the input was read from, as the user gave it.
    pub location: String,
    pub bytes: Vec<u8>,
    /// A format forced by the user; `None` means detect it.
    pub format: Option<Format>,
}

/// Decodes `bytes` to NFC text with `\n` line ends.
///
/// A BOM decides the encoding; otherwise valid UTF-8 is UTF-8, nearly valid
/// UTF-8 (see [`mostly_utf8`]) is UTF-8 with the few bad bytes replaced,
/// and anything else is read as windows-1252, the usual encoding of legacy
/// Western pages.
pub fn decode(bytes: &[u8]) -> Result<String, ParseError> {
    let encoding = Encoding::for_bom(bytes).map(|(enc, _)| enc);
    if encoding.is_none() && looks_binary(bytes) {
        return Err(ParseError::Binary);
    }
    let text = match encoding {
        Some(encoding) => {
            let (text, _, _) = encoding.decode(bytes);
            if (encoding == UTF_16LE || encoding == UTF_16BE) && looks_binary(text.as_bytes()) {
                return Err(ParseError::Binary);
            }
            text
        }
        None => match std::str::from_utf8(bytes) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) if mostly_utf8(bytes) => String::from_utf8_lossy(bytes),
            Err(_) => WINDOWS_1252.decode(bytes).0,
        },
    };
    let text = normalize_newlines(text);
    // Nearly all text arrives in NFC already: the quick check skips the
    // (costly) normalisation pass for it.
    let text = match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text,
        _ => text.nfc().collect::<String>(),
    };
    if text.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    Ok(text)
}

/// Valid multi-byte UTF-8 characters needed per invalid byte before bytes
/// that are not valid UTF-8 are still read as UTF-8: a text browser's dump
/// of a CJK page with a few broken bytes has thousands of valid sequences
/// and a handful of bad ones, while windows-1252 text has almost no valid
/// multi-byte sequences (an accented letter followed by ASCII is invalid).
const MIN_VALID_PER_INVALID: usize = 20;

/// True when `bytes` is UTF-8 apart from a few broken bytes.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    multibyte >= invalid.saturating_mul(MIN_VALID_PER_INVALID)
}

/// Share of control bytes above which input is binary, not text. Real text
/// has few besides tab and newlines, but pages copied from terminals carry
/// escape sequences; binary formats without a NUL in their first 64 KiB are
/// rare, so a tenth is a safe line.
const MAX_CONTROL_SHARE: f64 = 0.1;

/// True when the bytes hold a NUL or too many other control characters.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    !head.is_empty() && control as f64 / head.len() as f64 > MAX_CONTROL_SHARE
}

/// CRLF and lone CR become LF.
fn normalize_newlines(text: Cow<'_, str>) -> String {
    if !text.contains('\r') {
        return text.into_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Guesses the format from the content first and the name second: a page
/// saved as `.txt` is still HTML if it starts like HTML.
pub fn detect_format(text: &str, location: &str) -> Format {
    let head: String = text
        .trim_start()
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
    {
        return Format::Html;
    }
    if head.starts_with('<')
        && (head.contains("<head") || head.contains("<body") || head.contains("<meta"))
    {
        return Format::Html;
    }
    let lower = location.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        return Format::Html;
    }
    Format::Text
}

/// Crude tag stripping, so HTML input gives readable text until the HTML
/// extractor lands.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push('\n');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_bom_utf16_and_legacy_bytes() {
        assert_eq!(decode(b"\xEF\xBB\xBFcaf\xC3\xA9").unwrap(), "café");
        assert_eq!(decode(b"\xFF\xFEh\0i\0").unwrap(), "hi");
        assert_eq!(decode(b"\xFE\xFF\0h\0i").unwrap(), "hi");
        assert_eq!(decode(b"caf\xE9").unwrap(), "café");
    }

    #[test]
    fn nearly_valid_utf8_stays_utf8() {
        // Many CJK characters and one broken byte: UTF-8, the byte replaced.
        let mut bytes = "中文新闻".repeat(10).into_bytes();
        bytes.push(0xFF);
        bytes.extend("报道".as_bytes());
        let text = decode(&bytes).unwrap();
        assert!(text.starts_with("中文新闻") && text.ends_with("\u{FFFD}报道"));
        // Latin-1 accents with no valid multi-byte sequence: windows-1252.
        assert_eq!(decode(b"r\xE9sum\xE9 na\xEFve").unwrap(), "résumé naïve");
    }

    #[test]
    fn normalizes_line_ends_and_to_nfc() {
        assert_eq!(decode(b"a\r\nb\rc").unwrap(), "a\nb\nc");
        assert_eq!(decode("cafe\u{301}".as_bytes()).unwrap(), "café");
    }

    #[test]
    fn refuses_empty_and_binary() {
        assert!(matches!(decode(b""), Err(ParseError::Empty)));
        assert!(matches!(decode(b" \n\t\r\n"), Err(ParseError::Empty)));
        assert!(matches!(
            decode(b"PK\x03\x04\0\0\x14\0"),
            Err(ParseError::Binary)
        ));
        assert!(matches!(
            decode(b"\xFF\xFE\0\0\x01\0"),
            Err(ParseError::Binary)
        ));
    }

    #[test]
    fn detects_html_by_content_then_name() {
        assert_eq!(detect_format("<!DOCTYPE html><p>x", "a.txt"), Format::Html);
        assert_eq!(detect_format("  <html lang=en>", "-"), Format::Html);
        assert_eq!(
            detect_format("Headline\n\nBody <b>bold</b>", "a.txt"),
            Format::Text
        );
        assert_eq!(detect_format("Headline", "page.HTML"), Format::Html);
    }
}
