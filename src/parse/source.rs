//! Raw input: its bytes, where it came from, and the first steps every
//! parser shares — decoding to NFC text with `\n` line ends, refusing what
//! is not text, and guessing whether it is HTML.

use std::borrow::Cow;
use std::sync::LazyLock;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};
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
/// The encoding is, in order of trust: a byte-order mark; UTF-8 when the
/// bytes are valid UTF-8 (saved pages are often re-encoded to UTF-8 while
/// their `<meta>` still names the charset they were served in); the charset
/// an HTML page declares (`<meta charset>` or `http-equiv`); and last a
/// statistical guess (chardetng) for undeclared legacy pages such as
/// windows-1251, ISO-8859-*, Shift_JIS or GB2312.
pub fn decode(bytes: &[u8]) -> Result<String, ParseError> {
    let bom = Encoding::for_bom(bytes).map(|(enc, _)| enc);
    if bom.is_none() && looks_binary(bytes) {
        return Err(ParseError::Binary);
    }
    // Valid UTF-8 without a BOM (nearly every input) is borrowed as it
    // was checked: `Encoding::decode` would check it again.
    let valid = bom.is_none().then(|| valid_utf8(bytes)).flatten();
    let (text, encoding) = match valid {
        Some(text) => (Cow::Borrowed(text), UTF_8),
        None => {
            let encoding = bom.unwrap_or_else(|| sniff_encoding(bytes));
            (encoding.decode(bytes).0, encoding)
        }
    };
    if (encoding == UTF_16LE || encoding == UTF_16BE) && looks_binary(text.as_bytes()) {
        return Err(ParseError::Binary);
    }
    let text = to_nfc(normalize_newlines(&text));
    if text.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    Ok(text)
}

/// How much of the input is searched for a `<meta>` charset declaration:
/// the HTML standard's prescan looks at the first 1024 bytes; saved pages
/// often put scripts first, so we look further.
const CHARSET_PRESCAN_BYTES: usize = 16 * 1024;

/// The encoding of BOM-less bytes that are not valid UTF-8 (see
/// [`valid_utf8`]): UTF-8 if mostly valid, else the declared charset, else
/// chardetng's guess.
fn sniff_encoding(bytes: &[u8]) -> &'static Encoding {
    if mostly_utf8(bytes) {
        return UTF_8;
    }
    if let Some(declared) = declared_charset(&bytes[..bytes.len().min(CHARSET_PRESCAN_BYTES)]) {
        // A page declaring UTF-8 that is not valid UTF-8 was mislabelled.
        if declared != UTF_8 && declared != UTF_16LE && declared != UTF_16BE {
            return declared;
        }
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, Utf8Detection::Deny)
}

/// `bytes` as text when they are valid UTF-8: encoding_rs's check, which
/// reads ASCII a word at a time (`str::from_utf8` a byte at a time).
fn valid_utf8(bytes: &[u8]) -> Option<&str> {
    match UTF_8.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(Cow::Borrowed(text)) => Some(text),
        _ => None,
    }
}

/// Valid multi-byte UTF-8 characters needed per invalid byte before bytes
/// that are not valid UTF-8 are still read as UTF-8 (bad bytes replaced):
/// a text browser's dump of a CJK page with a few broken bytes has
/// thousands of valid sequences and a handful of bad ones, while legacy
/// 8-bit text has almost none (an accented letter then ASCII is invalid).
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

static META_CHARSET: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(r#"(?i)<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_:.+-]+)"#)
        .expect("valid regex")
});

/// The charset named by `<meta charset=…>` or `<meta http-equiv=…
/// content="text/html; charset=…">` in `head`, if encoding_rs knows it.
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let caps = META_CHARSET.captures(head)?;
    Encoding::for_label(caps.get(1)?.as_bytes())
}

/// Share of control bytes above which input is binary, not text. Real text
/// has few besides tab and newlines, but pages copied from terminals carry
/// escape sequences; binary formats without a NUL in their first 64 KiB are
/// rare, so a tenth is a safe line.
const MAX_CONTROL_SHARE: f64 = 0.1;

/// True when the bytes hold a NUL or too many other control characters.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    // memchr's SIMD search: `<[u8]>::contains` goes a word at a time.
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    let too_many = |count: usize| count as f64 / head.len() as f64 > MAX_CONTROL_SHARE;
    // Bytes below 0x20 bound the control characters from above and are
    // counted by a loop the compiler vectorises; text, with its newlines
    // and tabs, stays far below the limit, so the exact count below runs
    // only for input that might be binary.
    let low = count_below_space(head);
    if head.is_empty() || !too_many(low) {
        return false;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    too_many(control)
}

/// The bytes of `bytes` below 0x20, counted in byte lanes over chunks
/// short enough not to overflow one, which the compiler vectorises (a
/// `usize` count per byte does not).
fn count_below_space(bytes: &[u8]) -> usize {
    bytes
        .chunks(usize::from(u8::MAX))
        .map(|chunk| usize::from(chunk.iter().fold(0u8, |n, &b| n + u8::from(b < 0x20))))
        .sum()
}

/// `text` in Unicode NFC. Most input already is, and the check is much
/// cheaper than normalising, so only text that fails it is rebuilt.
fn to_nfc(text: String) -> String {
    if text.is_ascii() || non_ascii_runs(&text).all(passes_nfc_quick_check) {
        return text;
    }
    nfc_by_runs(&text)
}

fn passes_nfc_quick_check(run: &str) -> bool {
    run.chars().all(is_nfc_starter) || is_nfc_quick(run.chars()) == IsNormalized::Yes
}

/// True for a character that passes the NFC quick check and is a starter
/// (combining class 0): the check passes any run of them (it fails only on
/// a character that is not allowed, or on a mark out of order), so the
/// runs of the dumps (accented Latin letters, curly quotes, dashes, the
/// no-break space, box drawing, CJK punctuation, kana, CJK ideographs,
/// Hangul syllables, full-width forms) skip the crate's two table lookups
/// a character. Left out: U+2000 and U+2001 (not NFC), the kana voicing
/// marks and the CJK tone marks (combining).
fn is_nfc_starter(c: char) -> bool {
    matches!(c,
        '\u{a0}'..='\u{24f}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205e}'
        | '\u{2500}'..='\u{26ff}'
        | '\u{3000}'..='\u{3029}'
        | '\u{3030}'..='\u{303f}'
        | '\u{3041}'..='\u{3096}'
        | '\u{30a1}'..='\u{30fa}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{ac00}'..='\u{d7a3}'
        | '\u{ff01}'..='\u{ffef}'
    )
}

/// `text.nfc()`, normalising only the non-ASCII runs that fail the quick
/// check, each with the ASCII character before it (a combining mark may
/// compose with that one), and copying the rest. NFC never reaches across
/// an ASCII character the other way: it is a starter, so no mark after it
/// reorders or composes with anything before it, and no character
/// composes with an ASCII character that follows it. A page with one
/// decomposed accent used to be normalised whole, char by char.
fn nfc_by_runs(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut copied = 0;
    for run in non_ascii_spans(text) {
        if passes_nfc_quick_check(&text[run.clone()]) {
            continue;
        }
        // The byte before a maximal non-ASCII run is an ASCII character.
        let from = run.start.saturating_sub(1).max(copied);
        out.push_str(&text[copied..from]);
        out.extend(text[from..run.end].nfc());
        copied = run.end;
    }
    out.push_str(&text[copied..]);
    out
}

/// Offset of the first non-ASCII byte of `bytes`, read
/// `ASCII_BLOCK` bytes at a time, then eight (the ASCII between two runs
/// is most of a page).
pub(crate) fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let (blocks, _) = bytes.as_chunks::<ASCII_BLOCK>();
    let mut at = 0;
    for block in blocks {
        // The standard library's test, vectorised; the eight-byte words
        // below cost ~5 instructions each.
        if !block.is_ascii() {
            break;
        }
        at += ASCII_BLOCK;
    }
    let mut chunks = bytes[at..].chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let high = u64::from_le_bytes(word) & HIGH_BITS;
        if high != 0 {
            return Some(at + high.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let tail = chunks.remainder().iter().position(|b| !b.is_ascii());
    tail.map(|i| at + i)
}

/// Bytes [`first_non_ascii`] tests together.
const ASCII_BLOCK: usize = 64;

/// The maximal runs of non-ASCII characters in `text`. The NFC quick check
/// passes over an ASCII character and starts afresh after it (ASCII is
/// always allowed and a starter), so `text` passes it exactly when each
/// run does, and the ASCII between runs, most of a page, is skipped on
/// bytes instead of decoded char by char.
fn non_ascii_runs(text: &str) -> impl Iterator<Item = &str> {
    non_ascii_spans(text).map(|run| &text[run])
}

/// [`non_ascii_runs`] as byte ranges of `text`.
fn non_ascii_spans(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + first_non_ascii(&bytes[at..])?;
        let len = bytes[start..]
            .iter()
            .position(|b| b.is_ascii())
            .unwrap_or(bytes.len() - start);
        at = start + len;
        Some(start..at)
    })
}

/// CRLF and lone CR become LF.
fn normalize_newlines(text: &str) -> String {
    // memchr's SIMD search: `str::contains` goes a word at a time.
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Share of `<`/`>` among the first bytes above which unmarked input is
/// markup: prose has almost none, a tag soup fragment has one every few
/// dozen characters.
const HTML_TAG_DENSITY: f64 = 0.01;

/// How much of the input the format guess looks at.
const FORMAT_SNIFF_CHARS: usize = 4096;

/// Guesses the format from the content first and the name second: a page
/// saved as `.txt` is still HTML if it starts like HTML, and a fragment of
/// tags (no doctype) is HTML when tags are dense enough.
pub fn detect_format(text: &str, location: &str) -> Format {
    let head: String = text
        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .chars()
        .take(FORMAT_SNIFF_CHARS)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
        || head.starts_with("<!--") && head.contains("<html")
    {
        return Format::Html;
    }
    if head.starts_with('<') && has_structural_tag(&head) {
        return Format::Html;
    }
    if tag_density(&head) > HTML_TAG_DENSITY && has_structural_tag(&head) {
        return Format::Html;
    }
    let lower = location.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        return Format::Html;
    }
    Format::Text
}

/// Most lines a text input may have. The text parser keeps a few hundred
/// bytes for each line and block (its features, scores and roles), so
/// without a bound a 64 MiB file of one-letter lines would take ~17 GB.
/// A real page dump has a few thousand lines (the dev set's longest has
/// 3,716), a book tens of thousands; a million is a list or a data file,
/// and costs the parser 0.4–0.6 GB (`scripts/bench-memory.py`).
pub const MAX_TEXT_LINES: usize = 1_000_000;

/// Most tags an HTML input may have, counting every `<` (an upper bound on
/// the tags). The HTML parser's tree keeps ~300–450 bytes a tag: a 64 MiB
/// file of `<p>` pairs would take ~5 GB. The dev set's largest page (1.6 MB)
/// has 5,028.
pub const MAX_HTML_TAGS: usize = 1_000_000;

/// Refuses an input with more lines (text) or tags (HTML) than the parser
/// takes: see [`MAX_TEXT_LINES`] and [`MAX_HTML_TAGS`].
pub fn check_size(text: &str, format: Format) -> Result<(), ParseError> {
    let (byte, limit) = match format {
        Format::Text => (b'\n', MAX_TEXT_LINES),
        Format::Html => (b'<', MAX_HTML_TAGS),
    };
    // A text of fewer bytes than the limit cannot pass it: nothing to count.
    if text.len() < limit {
        return Ok(());
    }
    let mut count = memchr::memchr_iter(byte, text.as_bytes()).count();
    if format == Format::Text && !text.ends_with('\n') {
        count += 1; // the last line has no line end
    }
    match format {
        _ if count <= limit => Ok(()),
        Format::Text => Err(ParseError::TooManyLines {
            lines: count,
            limit,
        }),
        Format::Html => Err(ParseError::TooManyTags { tags: count, limit }),
    }
}

/// Tags that only markup has; "`<b>`" alone can occur in a text about HTML.
const STRUCTURAL_TAGS: &[&str] = &[
    "<head", "<body", "<meta", "<div", "<p>", "<p ", "<article", "<title", "<br",
];

fn has_structural_tag(head: &str) -> bool {
    STRUCTURAL_TAGS.iter().any(|t| head.contains(t))
}

/// Tag-looking `<x`/`</x` openings per character.
fn tag_density(head: &str) -> f64 {
    let bytes = head.as_bytes();
    let tags = bytes
        .windows(2)
        .filter(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/'))
        .count();
    tags as f64 / bytes.len().max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_pass_the_line_and_tag_limits_up_to_them() {
        let lines = |n: usize| "a\n".repeat(n);
        assert!(check_size(&lines(MAX_TEXT_LINES), Format::Text).is_ok());
        // The last line counts without a line end.
        assert!(check_size(&(lines(MAX_TEXT_LINES) + "b"), Format::Text).is_err());
        assert!(matches!(
            check_size(&lines(MAX_TEXT_LINES + 1), Format::Text),
            Err(ParseError::TooManyLines { lines, limit: MAX_TEXT_LINES }) if lines == MAX_TEXT_LINES + 1
        ));
        // Lines are not tags, nor tags lines.
        assert!(check_size(&lines(MAX_TEXT_LINES + 1), Format::Html).is_ok());
        let tags = |n: usize| "<p>".repeat(n);
        assert!(check_size(&tags(MAX_HTML_TAGS), Format::Html).is_ok());
        assert!(check_size(&tags(MAX_HTML_TAGS), Format::Text).is_ok());
        assert!(matches!(
            check_size(&tags(MAX_HTML_TAGS + 1), Format::Html),
            Err(ParseError::TooManyTags { tags, limit: MAX_HTML_TAGS }) if tags == MAX_HTML_TAGS + 1
        ));
    }

    #[test]
    fn first_non_ascii_finds_the_first_high_byte() {
        for text in [
            "",
            "a",
            "é",
            "abcdefg",
            "abcdefgh",
            "abcdefghé",
            "abcdefgé",
            "aé",
            "abcdefghijklmnop€x",
            "only ascii here, sixteen+ bytes",
        ] {
            assert_eq!(
                first_non_ascii(text.as_bytes()),
                text.bytes().position(|b| !b.is_ascii()),
                "{text:?}"
            );
        }
        // Every length around the 32- and 8-byte blocks, a high byte at
        // every place (or none), and a second one after it.
        for len in 0..140 {
            for high in (0..=len).chain([usize::MAX]) {
                let mut bytes = vec![b'a'; len];
                if let Some(b) = bytes.get_mut(high) {
                    *b = 0x80;
                }
                if let Some(b) = bytes.get_mut(high.wrapping_add(7)) {
                    *b = 0xFF;
                }
                let want = bytes.iter().position(|b| !b.is_ascii());
                assert_eq!(first_non_ascii(&bytes), want, "{len} {high}");
            }
        }
    }

    #[test]
    fn nearly_valid_utf8_stays_utf8() {
        // Many CJK characters and one broken byte: UTF-8, the byte replaced.
        let mut bytes = "中文新闻".repeat(10).into_bytes();
        bytes.push(0xFF);
        bytes.extend("报道".as_bytes());
        let text = decode(&bytes).unwrap();
        assert!(text.starts_with("中文新闻") && text.ends_with("\u{FFFD}报道"));
        // Latin-1 accents with no valid multi-byte sequence: not UTF-8.
        assert!(!mostly_utf8(b"r\xE9sum\xE9 na\xEFve"));
    }

    #[test]
    fn decodes_utf8_bom_utf16_and_legacy_bytes() {
        assert_eq!(decode(b"\xEF\xBB\xBFcaf\xC3\xA9").unwrap(), "café");
        assert_eq!(decode(b"\xFF\xFEh\0i\0").unwrap(), "hi");
        assert_eq!(decode(b"\xFE\xFF\0h\0i").unwrap(), "hi");
        assert_eq!(decode(b"caf\xE9").unwrap(), "café");
    }

    #[test]
    fn declared_charset_decides_for_invalid_utf8() {
        let page =
            b"<html><head><meta charset=\"windows-1251\"></head><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        assert!(decode(page).unwrap().contains("Привет"));
        let equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"><p>\xb3\xf3d\xbc";
        assert!(decode(equiv).unwrap().contains("łódź"));
    }

    #[test]
    fn valid_utf8_wins_over_declared_charset() {
        let page = "<meta charset=gb2312><p>中文 café</p>";
        assert!(decode(page.as_bytes()).unwrap().contains("中文 café"));
    }

    #[test]
    fn undeclared_legacy_charsets_are_detected() {
        let (cyr, _, _) = encoding_rs::WINDOWS_1251.encode(
            "<p>Москва — столица России, крупнейший город страны и её политический центр.</p>",
        );
        assert!(decode(&cyr).unwrap().contains("Москва — столица России"));
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(
            "<p>東京は日本の首都であり、世界最大級の都市です。人口は約千四百万人です。</p>",
        );
        assert!(decode(&sjis).unwrap().contains("東京は日本の首都"));
        let (gb, _, _) = encoding_rs::GBK
            .encode("<p>北京是中华人民共和国的首都，也是全国的政治和文化中心。</p>");
        assert!(decode(&gb).unwrap().contains("北京是中华人民共和国的首都"));
    }

    #[test]
    fn nfc_check_by_runs_agrees_with_the_whole_text() {
        for text in [
            "plain ascii",
            "caf\u{e9} \u{201c}quoted\u{201d}",
            "cafe\u{301} decomposed",
            "a\u{301}\u{327} out of order",
            "\u{301}\u{327} marks first",
            "\u{e9}",
            "x\u{300}",
            "\u{1100}\u{1161} hangul jamo",
            "",
        ] {
            let whole = is_nfc_quick(text.chars()) == IsNormalized::Yes;
            let runs = non_ascii_runs(text).all(|r| is_nfc_quick(r.chars()) == IsNormalized::Yes);
            assert_eq!(runs, whole, "{text:?}");
        }
        let runs: Vec<&str> = non_ascii_runs("a\u{e9}\u{e8}b c\u{2019}").collect();
        assert_eq!(runs, ["\u{e9}\u{e8}", "\u{2019}"]);
    }

    #[test]
    fn nfc_starters_are_allowed_starters() {
        use unicode_normalization::char::canonical_combining_class;
        let starters = (0..=u32::from(char::MAX)).filter_map(char::from_u32);
        for c in starters.filter(|&c| is_nfc_starter(c)) {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
        }
    }

    #[test]
    fn the_starter_shortcut_keeps_the_quick_check_answer() {
        let pieces = [
            "\u{e9}", "\u{2019}", "\u{2014}", "\u{a0}", "\u{301}", "\u{2000}", "\u{2001}",
            "\u{17f}", "\u{24f}", "\u{250}", "\u{340}", "\u{205e}", "\u{205f}", "\u{ac00}",
            "\u{1100}", "\u{1161}", "\u{f900}", "\u{212b}", "字", "\u{3099}", "\u{304c}",
            "\u{2502}", "\u{ff21}", "\u{302a}", "\u{30fb}",
        ];
        let mut rng = crate::test_rng::Rng::new(41);
        for n in 0..20_000 {
            let run = rng.text(&pieces, 1 + n % 6);
            let want = is_nfc_quick(run.chars()) == IsNormalized::Yes;
            assert_eq!(passes_nfc_quick_check(&run), want, "{run:?}");
        }
    }

    #[test]
    fn nfc_by_runs_is_nfc() {
        for text in [
            "cafe\u{301} decomposed",
            "\u{301}\u{327} marks first, then e\u{301}",
            "a\u{301}\u{327} out of order \u{e9}\u{301}",
            "x\u{300}\u{e9}y\u{2019}z\u{304}",
            "\u{1100}\u{1161} hangul jamo\u{1100}\u{1161}\u{11a8}",
            "\u{212b} angstrom, \u{2126} ohm, \u{f900} compat-free",
            "<\u{338} and =\u{338}",
            "\u{e9}",
            "",
        ] {
            let want: String = text.nfc().collect();
            assert_eq!(nfc_by_runs(text), want, "{text:?}");
        }
    }

    #[test]
    fn no_character_composes_with_a_following_ascii_one() {
        // What `nfc_by_runs` relies on: normalising a character followed
        // by an ASCII one normalises the character alone.
        let chars = (0x80..0x3_0000).filter_map(char::from_u32);
        for c in chars {
            for a in ['a', 'A', '<', ' ', '0'] {
                let pair: String = [c, a].iter().collect::<String>().nfc().collect();
                let mut alone: String = c.to_string().nfc().collect();
                alone.push(a);
                assert_eq!(pair, alone, "U+{:04X} then {a:?}", c as u32);
            }
        }
    }

    #[test]
    fn normalizes_line_ends_and_to_nfc() {
        assert_eq!(decode(b"a\r\nb\rc").unwrap(), "a\nb\nc");
        assert_eq!(decode("cafe\u{301}".as_bytes()).unwrap(), "café");
    }

    #[test]
    fn bytes_below_space_are_counted_across_chunks() {
        let mut bytes = b"a\n\tb".repeat(200);
        bytes.extend([0x1f; 300]);
        let want = bytes.iter().filter(|&&b| b < 0x20).count();
        assert_eq!(count_below_space(&bytes), want);
        assert_eq!(count_below_space(b""), 0);
    }

    #[test]
    fn control_share_counts_only_control_characters() {
        for (bytes, want) in [
            (&b"a\n\n\n\n\t\r\x0c\x1b"[..], false),
            (b"", false),
            (b"abcdefghij\x01", false),
            (b"abcdefgh\x01\x02", true),
            (b"\x01\x02\x03", true),
        ] {
            assert_eq!(looks_binary(bytes), want, "{bytes:?}");
        }
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
        assert_eq!(detect_format("<!-- saved --><html><p>x", "-"), Format::Html);
        assert_eq!(
            detect_format("Title\n<div class=a><p>One</p><p>Two</p></div>", "a.txt"),
            Format::Html
        );
        assert_eq!(
            detect_format("Use <b> for bold and 2 < 3 in maths.", "a.txt"),
            Format::Text
        );
    }
}
