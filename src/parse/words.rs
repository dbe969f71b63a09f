//! Word counting on bytes that stops early: [`more_words_than`] and
//! [`words_past`], which the metadata, byline and quote rules ask of short
//! texts and of the first words of long ones, sixteen bytes at a time
//! (`split_whitespace` decodes every character to ask whether it is white
//! space). The blocks of a text dump have their words counted once, by
//! the features (`text::features::Page::spaced_words`).

/// `text` has more than `n` words: counts no further than that, since the
/// rules that scan every block care only for short ones.
///
/// Words as `split_whitespace` cuts them, counted on bytes: a run of
/// [`WORD_CHUNK`] bytes counts its word starts at once, from a bit mask of
/// its spaces ([`count_on`]).
#[inline]
pub(crate) fn more_words_than(text: &str, n: usize) -> bool {
    words_past(text, n) > n
}

/// The number of words in `text` when it is `n` or less; past `n` (where
/// the count stops) some number above `n`: the count behind
/// [`more_words_than`] and `word_count_in` (the tests' reference).
#[inline]
pub(crate) fn words_past(text: &str, n: usize) -> usize {
    count_on(text, n)
}

/// The words of `text`, counted until more than `n` are counted or `text`
/// ends.
///
/// Every chunk of [`WORD_CHUNK`] bytes is taken at once ([`chunk_masks`]),
/// non-ASCII ones too: a non-ASCII byte is no space unless it leads a
/// white-space character (`NON_ASCII_SPACE_LEADS`), and only those
/// characters are decoded. (Taking a chunk with a curly quote a byte at a
/// time cost some 12 instructions a byte.) The last, short chunk is
/// padded with spaces, which start no word.
///
/// Inline, like the two functions above: the callers are in other
/// modules (other codegen units), and called out of line the count cost
/// ~15 M instructions more over the 882 dev dumps.
#[inline]
fn count_on(text: &str, n: usize) -> usize {
    let bytes = text.as_bytes();
    let (mut words, mut i, mut after_space) = (0, 0, true);
    while i < bytes.len() && words <= n {
        let chunk: [u8; WORD_CHUNK] = match bytes.get(i..i + WORD_CHUNK) {
            Some(whole) => whole.try_into().unwrap_or([b' '; WORD_CHUNK]),
            None => {
                let mut padded = [b' '; WORD_CHUNK];
                padded[..bytes.len() - i].copy_from_slice(&bytes[i..]);
                padded
            }
        };
        let (mut spaces, mut leads) = chunk_masks(&chunk);
        let mut next = i + WORD_CHUNK;
        while leads != 0 {
            let k = leads.trailing_zeros() as usize;
            leads &= leads - 1;
            // A lead byte starts a character of `text`.
            if let Some(c) = text.get(i + k..).and_then(|rest| rest.chars().next())
                && c.is_whitespace()
            {
                let end = k + c.len_utf8();
                // Its bytes count as space; one that runs into the next
                // chunk moves that chunk's start past it.
                spaces |= (u32::MAX << k) as u16 & !(u32::MAX << end.min(WORD_CHUNK)) as u16;
                next = next.max(i + end);
            }
        }
        // A word starts where a space (or the space before the chunk) is
        // followed by another byte.
        let before = (spaces << 1) | u16::from(after_space);
        words += (before & !spaces).count_ones() as usize;
        after_space = spaces >> (WORD_CHUNK - 1) == 1;
        i = next;
    }
    words
}

/// `range.contains(&text.split_whitespace().count())`, counting no
/// further than one word past the range: a paragraph is turned down
/// after `range.end() + 1` words, not read to its end. One count for both
/// ends (asking `more_words_than` for each read the head twice). Only the
/// tests ask it now: the rules ask `meta::words::WordCounts::count_in`.
#[cfg(test)]
pub(crate) fn word_count_in(text: &str, range: &std::ops::RangeInclusive<usize>) -> bool {
    range.contains(&words_past(text, *range.end()))
}

/// Bit k set for a white-space byte k of `chunk` (`is_space_byte`; no
/// non-ASCII byte), and bit k set for a byte k that may lead a non-ASCII
/// white-space character (0xC2 and 0xE0 to 0xE3, a superset of
/// `NON_ASCII_SPACE_LEADS`): eight bytes at a time in a `u64`, where a
/// byte-by-byte loop cost four instructions a byte.
fn chunk_masks(chunk: &[u8; WORD_CHUNK]) -> (u16, u16) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const fn splat(b: u8) -> u64 {
        0x0101_0101_0101_0101 * b as u64
    }
    // The high bit of each zero byte of `t`, without carries between bytes.
    let zero = |t: u64| !(((t & LOW7) + LOW7) | t) & HIGH;
    // Bit 7 of byte k to bit k.
    let gather = |flags: u64| ((flags >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u16;
    let eight = |bytes: [u8; 8]| -> (u16, u16) {
        let x = u64::from_le_bytes(bytes);
        let space = zero(x ^ splat(b' '));
        // '\t'..='\r': with its high bit set, a byte b keeps it after
        // subtracting 9 when b >= 9 and after subtracting 14 when b >= 14
        // (no byte borrows from the next); a non-ASCII byte is none.
        let from_tab = (x | HIGH) - splat(b'\t');
        let past_cr = (x | HIGH) - splat(b'\r' + 1);
        let control = from_tab & !past_cr & !x & HIGH;
        let leads = if x & HIGH == 0 {
            0
        } else {
            zero(x ^ splat(0xC2)) | zero((x & splat(0xFC)) ^ splat(0xE0))
        };
        (gather(space | control), gather(leads))
    };
    let halves = |at: usize| {
        let mut eight_bytes = [0; 8];
        eight_bytes.copy_from_slice(&chunk[at..at + 8]);
        eight(eight_bytes)
    };
    let ((low_spaces, low_leads), (high_spaces, high_leads)) = (halves(0), halves(8));
    (low_spaces | high_spaces << 8, low_leads | high_leads << 8)
}

/// Bytes [`more_words_than`] takes at once (the bits of a `u16`).
const WORD_CHUNK: usize = 16;

/// The lead bytes of the UTF-8 forms of the non-ASCII characters
/// `char::is_whitespace` accepts: U+0085 and U+00A0 (0xC2), U+1680
/// (0xE1), U+2000–U+200A, U+2028, U+2029, U+202F, U+205F (0xE2) and
/// U+3000 (0xE3). A character with another lead byte is not white space.
/// (Tested: [`chunk_masks`] flags a superset of them.)
#[cfg(test)]
const NON_ASCII_SPACE_LEADS: [u8; 4] = [0xC2, 0xE1, 0xE2, 0xE3];

/// `char::is_whitespace` for an ASCII byte: space, tab, line feed,
/// vertical tab, form feed, carriage return: what [`chunk_masks`] flags
/// (tested).
#[cfg(test)]
fn is_space_byte(b: u8) -> bool {
    (b == b' ') | (b.wrapping_sub(b'\t') < 5)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The eight-bytes-at-once masks against the byte loop, every byte at
    /// every position.
    #[test]
    fn chunk_masks_are_the_byte_loop() {
        let plain = |chunk: &[u8; WORD_CHUNK]| {
            chunk
                .iter()
                .enumerate()
                .fold((0u16, 0u16), |(s, l), (k, &b)| {
                    let lead = b == 0xC2 || (0xE0..=0xE3).contains(&b);
                    (
                        s | (u16::from(b.is_ascii() && is_space_byte(b)) << k),
                        l | (u16::from(lead) << k),
                    )
                })
        };
        for at in 0..WORD_CHUNK {
            for b in 0..=255u8 {
                for fill in [b'a', b' ', b'\t', b'\r', 0, 0x7f, 0x80, 0xC2, 0xE2, 0xFF] {
                    let mut chunk = [fill; WORD_CHUNK];
                    chunk[at] = b;
                    assert_eq!(chunk_masks(&chunk), plain(&chunk), "{at} {b} {fill}");
                }
            }
        }
        for lead in NON_ASCII_SPACE_LEADS {
            assert!(lead == 0xC2 || (0xE0..=0xE3).contains(&lead));
        }
    }

    /// The count before chunks with non-ASCII bytes were taken at once:
    /// such a chunk was read a byte at a time.
    fn words_past_bytewise(text: &str, n: usize) -> usize {
        let bytes = text.as_bytes();
        let (mut words, mut after_space, mut i) = (0, true, 0);
        let mut bytewise_end = 0;
        while i < bytes.len() {
            if i < bytewise_end {
                let b = bytes[i];
                let (space, len) = if b < 0x80 {
                    (is_space_byte(b), 1)
                } else if !NON_ASCII_SPACE_LEADS.contains(&b) {
                    (false, 1)
                } else {
                    match text[i..].chars().next() {
                        Some(c) => (c.is_whitespace(), c.len_utf8()),
                        None => break,
                    }
                };
                words += usize::from(after_space & !space);
                after_space = space;
                i += len;
                if words > n {
                    return words;
                }
                continue;
            }
            let ascii_chunk = bytes
                .get(i..i + WORD_CHUNK)
                .and_then(|c| <&[u8; WORD_CHUNK]>::try_from(c).ok())
                .filter(|c| c.is_ascii())
                .map(chunk_masks);
            if let Some((spaces, _)) = ascii_chunk {
                let before = (spaces << 1) | u16::from(after_space);
                words += (before & !spaces).count_ones() as usize;
                after_space = spaces >> (WORD_CHUNK - 1) == 1;
                i += WORD_CHUNK;
            } else {
                bytewise_end = i + WORD_CHUNK;
                continue;
            }
            if words > n {
                return words;
            }
        }
        words
    }

    /// The whole-chunk count against the byte-at-a-time one it replaces,
    /// on drawn text with white space of every kind at every offset.
    #[test]
    fn words_past_is_the_bytewise_count() {
        let pieces = [
            "a", "Z", " ", "  ", "\t", "\n", ".", "xy", "é", "\u{a0}", "日", "\u{3000}", "\u{85}",
            "ж", "’", "“", "—", "\u{1680}", "\u{2028}", "\u{205f}", "\u{2009}", "\u{200b}", "😀",
            "ࠀ", "\u{2000}", "\u{202f}",
        ];
        let mut rng = crate::test_rng::Rng::new(2026);
        for len in 0..90 {
            for _ in 0..60 {
                let text = rng.text(&pieces, len);
                for n in 0..40 {
                    let (new, old) = (words_past(&text, n), words_past_bytewise(&text, n));
                    assert_eq!(new > n, old > n, "{text:?} {n}");
                    if old <= n {
                        assert_eq!(new, old, "{text:?} {n}");
                    }
                }
            }
        }
    }

    #[test]
    fn word_range_is_the_full_count() {
        let texts = [
            "",
            "one",
            "Jane Doe",
            "  Jane \u{a0} Q. Doe ",
            "Lauren Vetter is a growth-focused marketer with ten years of work",
        ];
        for text in texts {
            for range in [0..=0, 0..=2, 1..=1, 2..=3, 3..=5, 4..=20] {
                assert_eq!(
                    word_count_in(text, &range),
                    range.contains(&text.split_whitespace().count()),
                    "{text:?} {range:?}"
                );
            }
        }
    }

    #[test]
    fn word_limit_counts_like_split_whitespace() {
        let texts = [
            "",
            " ",
            "one",
            "  one  two\tthree\u{b}four\u{c}five\r\nsix ",
            "a\u{a0}b\u{2003}c\u{3000}d\u{85}e\u{1680}f\u{202f}g",
            "\u{1c}x\u{1f}y \u{200b}z",
            "Café – “quoted” words, déjà vu — 日本語 テキスト",
            "ΣΑΣ σας İstanbul",
        ];
        for text in texts {
            for n in 0..12 {
                assert_eq!(
                    more_words_than(text, n),
                    text.split_whitespace().nth(n).is_some(),
                    "{text:?} {n}"
                );
            }
        }
        // Mixed strings longer than a chunk, with spaces and non-ASCII
        // characters at every offset: one character in 40 is non-ASCII, so
        // runs of 16 ASCII bytes are common.
        let ascii = [
            'a', 'Z', ' ', ' ', '\t', '\n', '\u{b}', '\u{1c}', '.', 'x', 'y', 'q',
        ];
        let other = [
            'é', '\u{a0}', '日', '\u{3000}', '\u{85}', 'ж', 'Σ', '–', '“', 'ᚠ', '\u{1680}',
            '\u{2028}', '\u{205f}', '\u{2009}', '\u{200b}', '😀',
        ];
        let mut rng = crate::test_rng::Rng::new(12345);
        // One character in 40, and (Cyrillic, Greek) one in 2.
        for (len, k) in (0..80).flat_map(|len| [(len, 0), (len, 19)]) {
            for _ in 0..40 {
                let text: String = (0..len)
                    .map(|_| match rng.below(40) {
                        r if r <= k => other[rng.below(other.len())],
                        _ => ascii[rng.below(ascii.len())],
                    })
                    .collect();
                let count = text.split_whitespace().count();
                for n in 0..40 {
                    assert_eq!(
                        more_words_than(&text, n),
                        text.split_whitespace().nth(n).is_some(),
                        "{text:?} {n}"
                    );
                    let range = n / 2..=n;
                    assert_eq!(
                        word_count_in(&text, &range),
                        range.contains(&count),
                        "{text:?} {range:?}"
                    );
                }
            }
        }
        for b in 0..128u8 {
            assert_eq!(is_space_byte(b), char::from(b).is_whitespace(), "{b}");
        }
        // Every non-ASCII white-space character opens with a listed byte.
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            let lead = c.to_string().as_bytes()[0];
            if c.is_whitespace() {
                assert!(NON_ASCII_SPACE_LEADS.contains(&lead), "{c:?}");
            }
        }
        // Every character of the first planes alone and between words.
        for c in (0..0x3100u32).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            for n in 0..3 {
                assert_eq!(
                    more_words_than(&text, n),
                    text.split_whitespace().nth(n).is_some(),
                    "{c:?} {n}"
                );
            }
        }
    }
}
