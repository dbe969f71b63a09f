//! How text becomes index terms, for the articles and for queries alike.
//!
//! Words are Unicode words (UAX #29), cut again at the dots, colons and
//! underscores that UAX #29 keeps inside a word ("bbc.co.uk", "foo_bar"), so
//! that every piece can be found on its own. Apostrophes are not cuts: a
//! possessive `’s` is dropped and any other apostrophe removed, so
//! "Russia’s" is `russia` and "don't" is `dont`. Then every word is
//! stripped of accents, lowercased and folded to ASCII where a folding
//! exists (café = cafe, Straße = strasse), and
//! the [`STEMMED`] analyzer also applies the English Snowball stemmer
//! (withdrawal = withdraw).

use rustc_hash::FxHashMap;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, Stemmer,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::{UnicodeSegmentation, UnicodeWordIndices};

/// Name of the analyzer for running text (headline, body): folded and stemmed.
pub const STEMMED: &str = "newsarc_stemmed";

/// Name of the analyzer for names (authors, speakers, sites): folded, not
/// stemmed, because stemming a name ("Jones" → "jone") only adds collisions.
pub const FOLDED: &str = "newsarc_folded";

/// Longest word indexed, in bytes: longer "words" are base64, URLs or
/// garbage, and tantivy refuses terms past 65,530 bytes anyway.
const MAX_WORD_BYTES: usize = 64;

/// The analyzer for headline and body text.
pub fn stemmed() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(CachedStemmer)
        .build()
}

/// The analyzer for names: like [`stemmed`] without the stemmer.
pub fn folded() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Distinct words whose stems one analyzer remembers before it forgets
/// them all: news text repeats a few thousand words, so this catches nearly
/// every repeat while holding a few MB at most.
const STEM_CACHE_WORDS: usize = 50_000;

/// The English Snowball stemmer, remembering the stem of every word it has
/// seen: stemming was the largest single cost of indexing and of cutting
/// snippets, and the same words come back all the time. Gives exactly the
/// terms of tantivy's [`Stemmer`].
#[derive(Clone)]
pub struct CachedStemmer;

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter {
            inner: tokenizer,
            stems: StemCache::default(),
        }
    }
}

#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    inner: T,
    stems: StemCache,
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
            stems: &mut self.stems,
        }
    }
}

pub struct CachedStemmerStream<'a, T> {
    tail: T,
    stems: &'a mut StemCache,
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        self.stems.stem_in_place(&mut self.tail.token_mut().text);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// The stems of single words (folded and lowercase, as the analyzers make
/// them), each computed once.
///
/// Indexing looks up every token here, so the lookup must be cheap: words
/// of up to `INLINE_BYTES` bytes (nearly all) are keyed by their bytes
/// packed in two `u64`s, so one probe compares two integers instead of
/// following a pointer to a heap string (the `String` map cost a quarter of
/// the indexing threads' time, mostly cache misses in the key comparison).
/// The value is the `Ending` the stemmer gives the word, 8 bytes: a
/// 24-byte entry, and a word the stemmer leaves alone (most tokens) is not
/// rewritten at all.
#[derive(Clone)]
pub struct StemCache {
    short: FxHashMap<(u64, u64), Ending>,
    long: FxHashMap<String, String>,
    /// The last stem handed out by [`StemCache::stem`].
    out: String,
    /// Stems one word (the raw tokenizer keeps it whole).
    stemmer: TextAnalyzer,
}

/// Longest word kept in the packed map: two `u64`s hold 16 bytes, and
/// English words longer than that are rare.
const INLINE_BYTES: usize = 16;

impl Default for StemCache {
    fn default() -> StemCache {
        StemCache {
            short: FxHashMap::default(),
            long: FxHashMap::default(),
            out: String::new(),
            stemmer: TextAnalyzer::builder(RawTokenizer::default())
                .filter(Stemmer::new(Language::English))
                .build(),
        }
    }
}

impl StemCache {
    /// The stem of `word`, as tantivy's [`Stemmer`] makes it.
    pub fn stem(&mut self, word: &str) -> &str {
        let mut out = std::mem::take(&mut self.out);
        out.clear();
        out.push_str(word);
        self.stem_in_place(&mut out);
        self.out = out;
        &self.out
    }

    /// Replaces `word` with its stem.
    pub fn stem_in_place(&mut self, word: &mut String) {
        if let Some(ending) = pack(word).and_then(|key| self.short.get(&key)) {
            ending.apply(word);
            return;
        }
        // Long words, and the few short ones whose stem is no short
        // ending away (looked up here only when the short map misses).
        if let Some(stem) = self.long.get(word.as_str()) {
            word.clone_from(stem);
            return;
        }
        let stem = self.compute(word);
        self.make_room();
        // Nearly every stem is the word with a short ending changed (the
        // stemmer only rewrites endings); any other goes to the long map.
        match pack(word).zip(Ending::between(word, &stem)) {
            Some((key, ending)) => {
                self.short.insert(key, ending);
                *word = stem;
            }
            None => {
                self.long
                    .insert(std::mem::replace(word, stem.clone()), stem);
            }
        }
    }

    fn compute(&mut self, word: &str) -> String {
        self.stemmer
            .token_stream(word)
            .next()
            .map_or_else(String::new, |t| t.text.clone())
    }

    /// Forgets every stem once [`STEM_CACHE_WORDS`] are remembered.
    fn make_room(&mut self) {
        if self.short.len() + self.long.len() >= STEM_CACHE_WORDS {
            self.short.clear();
            self.long.clear();
        }
    }
}

/// Longest new ending an [`Ending`] holds: what the English stemmer
/// writes after cutting a word ("ate" for "ational", "ie" for "dying") is
/// a few bytes; a stem needing more is kept in the long map instead.
const ENDING_BYTES: usize = 6;

/// How a word becomes its stem: keep its first `keep` bytes, then append
/// `len` bytes of `ending`.
#[derive(Clone, Copy)]
struct Ending {
    keep: u8,
    len: u8,
    ending: [u8; ENDING_BYTES],
}

impl Ending {
    /// The ending that turns `word` (at most [`INLINE_BYTES`] long) into
    /// `stem`, if the new part fits.
    fn between(word: &str, stem: &str) -> Option<Ending> {
        let mut keep = word
            .bytes()
            .zip(stem.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        while !(word.is_char_boundary(keep) && stem.is_char_boundary(keep)) {
            keep -= 1;
        }
        let new = stem.get(keep..)?.as_bytes();
        if new.len() > ENDING_BYTES {
            return None;
        }
        let mut ending = [0; ENDING_BYTES];
        ending[..new.len()].copy_from_slice(new);
        Some(Ending {
            keep: u8::try_from(keep).ok()?,
            len: u8::try_from(new.len()).ok()?,
            ending,
        })
    }

    /// Turns the word this ending was made for into its stem.
    fn apply(&self, word: &mut String) {
        let keep = usize::from(self.keep);
        if self.len == 0 && keep == word.len() {
            return;
        }
        // Always true and valid: both were cut from whole strings.
        if word.is_char_boundary(keep)
            && let Ok(new) = std::str::from_utf8(&self.ending[..usize::from(self.len)])
        {
            word.truncate(keep);
            word.push_str(new);
        }
    }
}

/// The bytes of `word` zero-padded into two `u64`s, if it fits and has no
/// NUL byte (which would make the padding ambiguous).
fn pack(word: &str) -> Option<(u64, u64)> {
    let bytes = word.as_bytes();
    if bytes.len() > INLINE_BYTES || bytes.contains(&0) {
        return None;
    }
    let mut buf = [0u8; INLINE_BYTES];
    buf[..bytes.len()].copy_from_slice(bytes);
    let (low, high) = buf.split_at(INLINE_BYTES / 2);
    let half = |b: &[u8]| u64::from_le_bytes(b.try_into().unwrap_or_default());
    Some((half(low), half(high)))
}

/// Whether the English stemmer could turn `word` into `stem`. Its rules
/// only rewrite a word's ending and never make it longer, so the first
/// letter stays and the stem is at most as long: words failing this need
/// not be stemmed at all (snippets stem only the few words that pass).
pub fn may_stem_to(word: &str, stem: &str) -> bool {
    word.len() >= stem.len() && word.as_bytes().first() == stem.as_bytes().first()
}

/// The terms `analyzer` makes of `text`, in order.
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while let Some(token) = stream.next() {
        out.push(token.text.clone());
    }
    out
}

/// Splits text into words as described in the module docs; offsets cover
/// the word as written (possessive included), for highlighting.
#[derive(Clone, Default)]
pub struct WordTokenizer {
    token: Token,
}

pub struct WordStream<'a> {
    words: Words<'a>,
    token: &'a mut Token,
}

/// Where a [`WordStream`] finds its words.
enum Words<'a> {
    /// ASCII text (nearly every paragraph of English news): the pieces
    /// come from one scan of the bytes ([`next_ascii_piece`]), which gives
    /// exactly what segmenting and cutting would, at a fraction of the cost.
    Ascii { text: &'a str, at: usize },
    /// Any other text: UAX #29 words, each cut into pieces.
    Unicode {
        words: UnicodeWordIndices<'a>,
        /// The UAX #29 word being cut into pieces, and its offset in the text.
        word: Option<(usize, &'a str)>,
        /// Where the next piece of `word` starts, relative to the word.
        cursor: usize,
    },
}

impl<'a> Words<'a> {
    fn of(text: &'a str) -> Words<'a> {
        match text.is_ascii() {
            true => Words::Ascii { text, at: 0 },
            false => Words::unicode(text),
        }
    }

    fn unicode(text: &'a str) -> Words<'a> {
        Words::Unicode {
            words: text.unicode_word_indices(),
            word: None,
            cursor: 0,
        }
    }
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        self.token.reset();
        WordStream {
            words: Words::of(text),
            token: &mut self.token,
        }
    }
}

impl WordStream<'_> {
    /// The next piece of ASCII text, as [`WordStream::next_unicode`]
    /// would cut it.
    fn next_ascii(&mut self) -> bool {
        let Words::Ascii { text, at } = &mut self.words else {
            return false;
        };
        let Some((start, end)) = next_ascii_piece(text.as_bytes(), *at) else {
            return false;
        };
        *at = end;
        // A piece starts and ends with a letter or digit: the possessive
        // and inner apostrophes are all `clean_piece` can take away.
        clean_piece(&text[start..end], &mut self.token.text);
        self.token.offset_from = start;
        self.token.offset_to = end;
        self.token.position = self.token.position.wrapping_add(1);
        true
    }

    fn next_unicode(&mut self) -> bool {
        let Words::Unicode {
            words,
            word: current,
            cursor,
        } = &mut self.words
        else {
            return false;
        };
        loop {
            let Some((word_at, word)) = *current else {
                let next = words.next();
                *current = next;
                *cursor = 0;
                if next.is_none() {
                    return false;
                }
                continue;
            };
            // Most words are plain ASCII letters and digits: one piece,
            // kept as it is, without the character-by-character cutting.
            if *cursor == 0 && !word.is_empty() && word.bytes().all(|b| b.is_ascii_alphanumeric()) {
                *current = None;
                self.token.text.clear();
                self.token.text.push_str(word);
                self.token.offset_from = word_at;
                self.token.offset_to = word_at + word.len();
                self.token.position = self.token.position.wrapping_add(1);
                return true;
            }
            let Some((start, end)) = next_piece(word, *cursor) else {
                *current = None;
                continue;
            };
            *cursor = end;
            let piece = &word[start..end];
            let trimmed_at = clean_piece(piece, &mut self.token.text);
            if self.token.text.is_empty() {
                continue;
            }
            self.token.offset_from = word_at + start + trimmed_at;
            self.token.offset_to = self.token.offset_from + piece.trim_matches(is_apostrophe).len();
            self.token.position = self.token.position.wrapping_add(1);
            return true;
        }
    }
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        match self.words {
            Words::Ascii { .. } => self.next_ascii(),
            Words::Unicode { .. } => self.next_unicode(),
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// The next piece of ASCII `text` at or after `from`, as a byte range: a
/// run of letters and digits, with an apostrophe inside it where UAX #29
/// keeps one inside a word (between two letters, or between two digits:
/// rules WB6-7 and WB11-12). Every other character UAX #29 may keep inside
/// an ASCII word (`.`, `:`, `,`, `;`, `_`) is one [`is_cut`] cuts at, and
/// any other ASCII character ends a word, so the pieces are the same.
fn next_ascii_piece(text: &[u8], from: usize) -> Option<(usize, usize)> {
    let start = from
        + text
            .get(from..)?
            .iter()
            .position(u8::is_ascii_alphanumeric)?;
    let mut end = start + 1;
    loop {
        match text.get(end) {
            Some(b) if b.is_ascii_alphanumeric() => end += 1,
            Some(b'\'') if apostrophe_joins(text[end - 1], text.get(end + 1)) => end += 2,
            _ => return Some((start, end)),
        }
    }
}

/// Whether an apostrophe between `before` and `after` stays inside a word.
fn apostrophe_joins(before: u8, after: Option<&u8>) -> bool {
    after.is_some_and(|&after| {
        (before.is_ascii_alphabetic() && after.is_ascii_alphabetic())
            || (before.is_ascii_digit() && after.is_ascii_digit())
    })
}

/// The next run of word characters in `word` at or after `from`, as a byte
/// range of `word`.
fn next_piece(word: &str, from: usize) -> Option<(usize, usize)> {
    let rest = &word[from..];
    let start = from + rest.find(|c: char| !is_cut(c))?;
    let end = word[start..]
        .find(is_cut)
        .map_or(word.len(), |at| start + at);
    Some((start, end))
}

/// Characters that UAX #29 allows inside a word but that separate words for
/// search: full stops, colons, commas, middle dots and connectors.
fn is_cut(c: char) -> bool {
    if is_apostrophe(c) {
        return false;
    }
    c.is_ascii_punctuation()
        || matches!(
            c,
            '\u{00B7}' // middle dot
                | '\u{0387}' // Greek ano teleia
                | '\u{2024}' // one dot leader
                | '\u{2027}' // hyphenation point
                | '\u{FE13}' | '\u{FE50}' | '\u{FE52}' | '\u{FE54}' | '\u{FE55}' // small forms
                | '\u{FF0C}' | '\u{FF0E}' | '\u{FF1A}' | '\u{FF1B}' // fullwidth , . : ;
                | '\u{203F}' | '\u{2040}' | '\u{2054}' | '\u{FE33}' | '\u{FE34}'
                | '\u{FE4D}' | '\u{FE4E}' | '\u{FE4F}' | '\u{FF3F}' // connectors
        )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{FF07}')
}

/// Writes `piece` to `out` without apostrophes at the edges, a possessive
/// `'s` or any apostrophe left inside, and without accents; returns where
/// the kept text starts within `piece`.
fn clean_piece(piece: &str, out: &mut String) -> usize {
    out.clear();
    // Most words: plain ASCII letters and digits, copied as they are.
    if piece.bytes().all(|b| b.is_ascii_alphanumeric()) {
        out.push_str(piece);
        return 0;
    }
    let start = piece.len() - piece.trim_start_matches(is_apostrophe).len();
    let mut core = piece.trim_matches(is_apostrophe);
    if let Some(stem) = core.strip_suffix(['s', 'S'])
        && let Some(before) = stem.strip_suffix(is_apostrophe)
    {
        core = before;
    }
    let kept = core.chars().filter(|&c| !is_apostrophe(c));
    if core.is_ascii() {
        out.extend(kept);
    } else {
        out.extend(kept.nfd().filter(|&c| !is_diacritic(c)));
    }
    start
}

/// Combining diacritical marks (U+0300–U+036F): accents on Latin, Greek and
/// Cyrillic letters, dropped so that "Москва́" = "Москва" and "ά" = "α".
/// Marks of other scripts carry vowels and stay.
fn is_diacritic(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(text: &str) -> Vec<String> {
        terms(&mut stemmed(), text)
    }

    #[test]
    fn words_are_cut_folded_and_stemmed() {
        let cases: &[(&str, &[&str])] = &[
            ("Hello, World!", &["hello", "world"]),
            (
                "Russia’s Foreign Minister",
                &["russia", "foreign", "minist"],
            ),
            ("Russia's", &["russia"]),
            ("don't stop", &["dont", "stop"]),
            ("'quoted'", &["quot"]),
            ("Café CAFE cafe", &["cafe", "cafe", "cafe"]),
            ("withdrawal withdraw", &["withdraw", "withdraw"]),
            ("al-Assad", &["al", "assad"]),
            ("bbc.co.uk", &["bbc", "co", "uk"]),
            ("U.S. 3.5%", &["u", "s", "3", "5"]),
            ("foo_bar", &["foo", "bar"]),
            ("Москва́ Москвы", &["москва", "москвы"]),
            ("Ἀθῆναι", &["αθηναι"]),
            ("日本語", &["日", "本", "語"]),
            ("— ’ ...", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(stem(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn names_are_folded_but_not_stemmed() {
        assert_eq!(
            terms(&mut folded(), "Sergey Lavrov’s Jones Ménard"),
            ["sergey", "lavrov", "jones", "menard"]
        );
    }

    #[test]
    fn offsets_cover_the_word_as_written() {
        let text = "At ‘Russia’s’ door";
        let mut tokenizer = WordTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let mut spans = Vec::new();
        while let Some(t) = stream.next() {
            spans.push(&text[t.offset_from..t.offset_to]);
        }
        assert_eq!(spans, ["At", "Russia’s", "door"]);
    }

    #[test]
    fn cached_stems_are_tantivys_stems() {
        let mut plain = TextAnalyzer::builder(WordTokenizer::default())
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(Language::English))
            .build();
        let mut cached = stemmed();
        // Packed words (up to 16 bytes: "characterization" is exactly
        // 16), longer ones, and non-ASCII ones.
        let text = "Withdrawal withdrawals dying lying skies news ugly early \
                    generously Withdrawal dying Café cafés characterization \
                    characterizations internationalizations Москвы naïvetés a";
        for _ in 0..2 {
            assert_eq!(terms(&mut cached, text), terms(&mut plain, text));
        }
    }

    #[test]
    fn endings_turn_words_into_their_stems() {
        let cases = [
            ("withdrawal", "withdraw"),
            ("withdraw", "withdraw"),
            ("dying", "die"),
            ("skies", "sky"),
            ("relational", "relat"),
            ("", ""),
            ("naïvetés", "naïveté"),
            ("éa", "èb"),
        ];
        for (word, stem) in cases {
            let mut out = String::from(word);
            Ending::between(word, stem).unwrap().apply(&mut out);
            assert_eq!(out, stem, "{word}");
        }
        assert!(Ending::between("abcdefgh", "xyzxyzxyz").is_none());
    }

    #[test]
    fn only_short_words_without_nul_are_packed() {
        assert_ne!(pack("withdraw"), pack("withdrawal"));
        assert_ne!(pack("a"), pack(""));
        assert!(pack("characterization").is_some());
        assert_eq!(pack("characterizations"), None);
        assert_eq!(pack("a\0"), None);
    }

    #[test]
    fn stemming_keeps_the_first_letter_and_never_lengthens() {
        let text = "Withdrawal withdrawals dying lying tying skies news ugly early only \
                    generously relational conditional possibility hoping hopping cries \
                    ties sky yes youth idly gently singly inning exceed proceeding \
                    agreed feed bled abilities izer y s ly ing ed ies sses happy \
                    Москва Ἀθῆναι café naïveté";
        let mut words = folded();
        let mut stems = StemCache::default();
        for word in terms(&mut words, text) {
            let stem = stems.stem(&word).to_string();
            assert!(may_stem_to(&word, &stem), "{word} -> {stem}");
        }
    }

    /// Every token of `text` (text, offsets, position), by the given
    /// way of finding words.
    fn tokens(text: &str, unicode: bool) -> Vec<(String, usize, usize, usize)> {
        let mut token = Token::default();
        let mut stream = WordStream {
            words: match unicode {
                true => Words::unicode(text),
                false => Words::of(text),
            },
            token: &mut token,
        };
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
        }
        out
    }

    #[test]
    fn ascii_text_is_cut_as_uax29_cuts_it() {
        let cases = [
            "Russia's don't rock'n'roll 1'000 80's a'1 1'a ab''cd 'quoted' it'",
            "U.S's e.g.'s foo_bar a_'b x:y 3.5% 1,000,000 a.1 -- end.",
            "",
            "''' ... ___",
            "tab\tnew\nline\r\n\"q\" [x] {y} <z> a'b'c 9'9'9",
        ];
        for text in cases {
            assert!(matches!(Words::of(text), Words::Ascii { .. }));
            assert_eq!(tokens(text, false), tokens(text, true), "{text:?}");
        }
        // Random texts over the characters that matter to the rules.
        let alphabet = b"aZk09' '.,:;_-\"\n\t";
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(state >> 33).unwrap_or(0)
        };
        for _ in 0..5000 {
            let len = next() % 24;
            let text: String = (0..len)
                .map(|_| char::from(alphabet[next() % alphabet.len()]))
                .collect();
            assert_eq!(tokens(&text, false), tokens(&text, true), "{text:?}");
        }
    }

    #[test]
    fn long_garbage_is_not_indexed() {
        let long = "x".repeat(MAX_WORD_BYTES + 1);
        assert_eq!(stem(&format!("a {long} b")), ["a", "b"]);
    }
}
