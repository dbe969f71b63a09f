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
/// of up to [`INLINE_BYTES`] bytes (nearly all) are keyed by their bytes
/// packed in a `u128`, with the stem packed the same way, so one probe
/// compares two integers instead of following a pointer to a heap string
/// (the `String` map cost a quarter of the indexing threads' time, mostly
/// cache misses in the key comparison).
#[derive(Clone)]
pub struct StemCache {
    short: FxHashMap<u128, u128>,
    long: FxHashMap<String, String>,
    /// The last stem handed out by [`StemCache::stem`].
    out: String,
    /// Stems one word (the raw tokenizer keeps it whole).
    stemmer: TextAnalyzer,
}

/// Longest word kept in the packed map: a `u128` holds 16 bytes, and
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
        let Some(key) = pack(word) else {
            if let Some(stem) = self.long.get(word.as_str()) {
                word.clone_from(stem);
                return;
            }
            let stem = self.compute(word);
            self.make_room();
            self.long
                .insert(std::mem::replace(word, stem.clone()), stem);
            return;
        };
        if let Some(&stem) = self.short.get(&key) {
            unpack(stem, word);
            return;
        }
        let stem = self.compute(word);
        // The stemmer never lengthens a word (see `may_stem_to`), so the
        // stem of a packed word packs too; were it not so, it is simply
        // not remembered.
        if let Some(packed) = pack(&stem) {
            self.make_room();
            self.short.insert(key, packed);
        }
        *word = stem;
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

/// The bytes of `word` zero-padded into a `u128`, if it fits and has no
/// NUL byte (which would make the padding ambiguous).
fn pack(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > INLINE_BYTES || bytes.contains(&0) {
        return None;
    }
    let mut buf = [0u8; INLINE_BYTES];
    buf[..bytes.len()].copy_from_slice(bytes);
    Some(u128::from_le_bytes(buf))
}

/// Writes the word packed by [`pack`] to `out`.
fn unpack(packed: u128, out: &mut String) {
    let bytes = packed.to_le_bytes();
    let len = INLINE_BYTES - (packed.leading_zeros() / 8) as usize;
    out.clear();
    // Always valid: the bytes were a whole `str` when packed.
    if let Ok(text) = std::str::from_utf8(&bytes[..len]) {
        out.push_str(text);
    }
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
    words: UnicodeWordIndices<'a>,
    /// The UAX #29 word being cut into pieces, and its offset in the text.
    word: Option<(usize, &'a str)>,
    /// Where the next piece of `word` starts, relative to the word.
    cursor: usize,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        self.token.reset();
        WordStream {
            words: text.unicode_word_indices(),
            word: None,
            cursor: 0,
            token: &mut self.token,
        }
    }
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            let Some((word_at, word)) = self.word else {
                let next = self.words.next();
                self.word = next;
                self.cursor = 0;
                if next.is_none() {
                    return false;
                }
                continue;
            };
            // Most words are plain ASCII letters and digits: one piece,
            // kept as it is, without the character-by-character cutting.
            if self.cursor == 0
                && !word.is_empty()
                && word.bytes().all(|b| b.is_ascii_alphanumeric())
            {
                self.word = None;
                self.token.text.clear();
                self.token.text.push_str(word);
                self.token.offset_from = word_at;
                self.token.offset_to = word_at + word.len();
                self.token.position = self.token.position.wrapping_add(1);
                return true;
            }
            let Some((start, end)) = next_piece(word, self.cursor) else {
                self.word = None;
                continue;
            };
            self.cursor = end;
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

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
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
    fn packed_words_come_back_whole() {
        for word in ["", "a", "withdraw", "characterization", "Москва", "naïve"] {
            let mut out = String::from("previous");
            unpack(pack(word).unwrap(), &mut out);
            assert_eq!(out, word);
        }
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

    #[test]
    fn long_garbage_is_not_indexed() {
        let long = "x".repeat(MAX_WORD_BYTES + 1);
        assert_eq!(stem(&format!("a {long} b")), ["a", "b"]);
    }
}
