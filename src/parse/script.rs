//! Which script a character belongs to, for the rules that treat Chinese,
//! Japanese and Korean apart from the scripts written with spaces and
//! capitals. One place for the ranges, which the text parser, the byline
//! readers and the quotes share.

/// Hangul syllables.
pub fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7AF)
}

/// A Han character (CJK unified ideographs and their first extension), or
/// the repeat mark of a name ("佐々木").
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々')
}

/// Hiragana and katakana.
pub fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF)
}

/// Han, kana, hangul and CJK punctuation: wide characters, of scripts
/// written without spaces but for Korean.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts() {
        assert!(is_hangul('연') && !is_hangul('研') && !is_hangul('の'));
        assert!(is_han('研') && is_han('々') && !is_han('연') && !is_han('の'));
        assert!(is_kana('の') && is_kana('カ') && !is_kana('研'));
        for c in ['연', '研', 'の', '。', 'Ａ'] {
            assert!(is_cjk(c), "{c}");
        }
        assert!(!is_cjk('a') && !is_cjk('é') && !is_cjk('—'));
    }
}
