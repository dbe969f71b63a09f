//! Word counting that stops early: [`more_words_than`], which the rules
//! ask of every block of a page, several times over, so it counts on
//! bytes, sixteen at a time where it can.

/// `text` has more than `n` words: counts no further than that, since the
/// rules that scan every block care only for short ones.
///
/// Words as `split_whitespace` cuts them, counted on bytes (the rules call
/// this on every block of the page, several times over): a run of
/// [`WORD_CHUNK`] ASCII bytes counts its word starts at once, from a bit
/// mask of its spaces; a chunk with a non-ASCII byte is taken a byte at a
/// time ([`NON_ASCII_SPACE_LEADS`]), rather than trying a chunk again at
/// each of its characters (in Cyrillic or Greek text every attempt
/// failed, some 40 instructions a character).
pub(super) fn more_words_than(text: &str, n: usize) -> bool {
    words_past(text, n) > n
}

/// The number of words in `text` when it is `n` or less; past `n` (where
/// the count stops) some number above `n`: the count behind
/// [`more_words_than`] and [`word_count_in`].
fn words_past(text: &str, n: usize) -> usize {
    let bytes = text.as_bytes();
    let (mut words, mut after_space, mut i) = (0, true, 0);
    // Bytes before `bytewise_end` are taken one at a time.
    let mut bytewise_end = 0;
    while i < bytes.len() {
        if i < bytewise_end {
            let b = bytes[i];
            let (space, len) = if b < 0x80 {
                (is_space_byte(b), 1)
            } else if !NON_ASCII_SPACE_LEADS.contains(&b) {
                // A continuation byte, or the lead byte of a character that
                // is not white space: either way no word starts here
                // unless a space came before, and a continuation byte
                // never follows a space (spaces are whole characters).
                (false, 1)
            } else {
                // `i` is a character boundary: a lead byte.
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
            .and_then(space_mask);
        if let Some(spaces) = ascii_chunk {
            // A word starts where a space (or the space before the chunk)
            // is followed by another byte.
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

/// `range.contains(&text.split_whitespace().count())`, counting no
/// further than one word past the range: a paragraph is turned down
/// after `range.end() + 1` words, not read to its end. One count for both
/// ends (asking `more_words_than` for each read the head twice).
pub(super) fn word_count_in(text: &str, range: &std::ops::RangeInclusive<usize>) -> bool {
    range.contains(&words_past(text, *range.end()))
}

/// Bit k set for a white-space byte k of `chunk` ([`is_space_byte`]), or
/// `None` when a byte is not ASCII: eight bytes at a time in a `u64`,
/// where a byte-by-byte loop cost four instructions a byte.
fn space_mask(chunk: &[u8; WORD_CHUNK]) -> Option<u16> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const fn splat(b: u8) -> u64 {
        0x0101_0101_0101_0101 * b as u64
    }
    let eight = |bytes: &[u8]| -> Option<u16> {
        let x = u64::from_le_bytes(bytes.try_into().ok()?);
        if x & HIGH != 0 {
            return None;
        }
        // A ' ' byte: the high bit of each zero byte of `x ^ ' '`, without
        // carries between bytes.
        let t = x ^ splat(b' ');
        let space = !(((t & LOW7) + LOW7) | t) & HIGH;
        // '\t'..='\r': with its high bit set, a byte b keeps it after
        // subtracting 9 when b >= 9 and after subtracting 14 when b >= 14
        // (no byte borrows from the next).
        let from_tab = (x | HIGH) - splat(b'\t');
        let past_cr = (x | HIGH) - splat(b'\r' + 1);
        let control = from_tab & !past_cr & HIGH;
        // Bit 7 of byte k to bit k.
        let flags = (space | control) >> 7;
        Some((flags.wrapping_mul(0x0102_0408_1020_4080) >> 56) as u16)
    };
    Some(eight(&chunk[..8])? | eight(&chunk[8..])? << 8)
}

/// Bytes [`more_words_than`] takes at once (the bits of a `u16`).
const WORD_CHUNK: usize = 16;

/// The lead bytes of the UTF-8 forms of the non-ASCII characters
/// `char::is_whitespace` accepts: U+0085 and U+00A0 (0xC2), U+1680
/// (0xE1), U+2000–U+200A, U+2028, U+2029, U+202F, U+205F (0xE2) and
/// U+3000 (0xE3). A character with another lead byte is not white space.
const NON_ASCII_SPACE_LEADS: [u8; 4] = [0xC2, 0xE1, 0xE2, 0xE3];

/// `char::is_whitespace` for an ASCII byte: space, tab, line feed,
/// vertical tab, form feed, carriage return.
fn is_space_byte(b: u8) -> bool {
    (b == b' ') | (b.wrapping_sub(b'\t') < 5)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The eight-bytes-at-once mask against the byte loop, every ASCII
    /// byte at every position, and a non-ASCII byte anywhere.
    #[test]
    fn space_mask_is_the_byte_loop() {
        let plain = |chunk: &[u8; WORD_CHUNK]| {
            chunk.is_ascii().then(|| {
                chunk
                    .iter()
                    .enumerate()
                    .fold(0u16, |m, (k, &b)| m | (u16::from(is_space_byte(b)) << k))
            })
        };
        for at in 0..WORD_CHUNK {
            for b in 0..=255u8 {
                for fill in [b'a', b' ', b'\t', b'\r', 0, 0x7f] {
                    let mut chunk = [fill; WORD_CHUNK];
                    chunk[at] = b;
                    assert_eq!(space_mask(&chunk), plain(&chunk), "{at} {b} {fill}");
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
