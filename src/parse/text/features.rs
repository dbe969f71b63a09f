//! Block features: the numbers the classifier looks at, computed once per
//! block. Shape features (length, punctuation, capitalisation, list shape),
//! language features (stop-word density in the page's language) and
//! position features (where the block stands relative to the densest run
//! of prose, whether its text repeats elsewhere on the page).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU32, Ordering};

use regex::Regex;

use super::blocks::{Block, CommonStart, common_start_of_words};
use super::phrase_table::{FOUND_ANY, FOUND_SHIFT};
use crate::parse::rules;
use crate::parse::script::{is_cjk, is_hangul, is_kana};

/// Names of the features, in vector order (for the trainer's report).
pub const NAMES: &[&str] = &[
    "bias",
    "log_chars",
    "log_words",
    "stop_density",
    "ends_sentence",
    "sentences_per_word",
    "title_case_share",
    "all_caps_share",
    "digit_share",
    "bullet",
    "boilerplate",
    "wrapped_lines",
    "position",
    "in_prose_run",
    "log_run_distance",
    "repeated",
    "log_short_run",
    "menu_separators",
    "bracketed",
    "url_or_mail",
    "punct_share",
    "commas_per_word",
    "indent_below_page",
    "indent_above_page",
    "blank_around",
    "starts_lower",
    "prose",
    "before_run",
    "after_run",
    "log_words_x_stop",
    "after_section_end",
    "comment_marks_near",
    "log_clock_near",
    "log_counters_near",
    "markup",
    "cjk_unpunctuated",
    "log_title_run",
];

/// Number of features per block.
pub const COUNT: usize = 37;

/// One block's features.
pub type Vector = [f32; COUNT];

/// Everything computed about a page's blocks.
#[derive(Debug, Clone)]
pub struct Page {
    pub vectors: Vec<Vector>,
    /// Words per block (CJK counted by `rules::CJK_CHARS_PER_WORD`).
    pub words: Vec<usize>,
    /// Words per block as `split_whitespace` cuts them (no CJK estimate):
    /// a block's text holds no white space but single spaces (see
    /// `blocks::Block`), so these are the words the features split it
    /// into. The metadata rules and the article's word count read them
    /// instead of counting the block again.
    pub spaced_words: Vec<usize>,
    /// Stop-word density per block in the page's language.
    pub stop_density: Vec<f32>,
    /// The densest run of prose, as a block range.
    pub run: std::ops::Range<usize>,
    /// Guessed language code ("en", "fr", "zh", …), if any.
    pub language: Option<&'static str>,
    /// How many times each block's text occurs on the page.
    pub repeats: Vec<usize>,
    /// For each block, the first block with the same text (itself when
    /// none before has it).
    pub first_same: Vec<usize>,
    /// For each block, the nearest of the next few blocks that nearly
    /// repeats it (see `near_repeats`).
    pub repeated_by: Vec<Option<usize>>,
    /// The [`BlockPhrase`] lists each block holds, of those searched for
    /// (see [`Page::holds`]).
    phrases: Vec<u32>,
    /// Every block lowercased, kept for the later passes (headline,
    /// byline, date, dropped) so none lowercases a block again.
    lowered: Lowered,
}

impl Page {
    /// Block `i`'s text lowercased (`str::to_lowercase`).
    pub fn lower(&self, i: usize) -> &str {
        self.lowered.block(i)
    }

    /// True when some block's lowercase text holds `needle` (one SIMD
    /// search over the page's lowercase copy; blocks are joined by
    /// newlines there, so a needle without one never spans two blocks).
    pub fn lower_contains(&self, needle: &memchr::memmem::Finder<'_>) -> bool {
        needle.find(self.lowered.text.as_bytes()).is_some()
    }

    /// The page's lowercase copy: each block's lowercase text, the blocks
    /// joined by newlines (for a search of several needles at once).
    pub(crate) fn lower_text(&self) -> &str {
        &self.lowered.text
    }
}

/// Stop words to their language bit masks, keyed by their bytes packed
/// into a `u64` (see [`pack`]): looked up once per word of the page.
/// Built at compile time, so no process pays for it and a lookup reads a
/// fixed-size array in the binary.
static STOP_TABLE: StopTable = StopTable::of_rules();

/// Byte length of the longest stop word a lookup can find: every stop
/// word packs into a `u64` ([`StopTable::of_rules`] fails the build
/// otherwise), so longer words skip the lookup.
const STOP_WORD_MAX_BYTES: usize = 8;

/// The number of stop words of all languages (a word in two lists counts
/// twice: the table then has a little more room).
const STOP_WORD_COUNT: usize = {
    let mut count = 0;
    let mut i = 0;
    while i < rules::STOP_WORDS.len() {
        count += rules::STOP_WORDS[i].1.len();
        i += 1;
    }
    count
};

/// A power of two of slots, at most a third of them used, so a probe soon
/// meets an empty slot.
const STOP_SLOTS: usize = (STOP_WORD_COUNT * 3).next_power_of_two();

/// An open-addressing hash table from packed stop words to their masks:
/// a lookup is one multiplication, one shift and, for most words, one
/// slot compared, about half of what the `FxHashMap` it replaces cost
/// (hashbrown probes a group of control bytes first). Each slot keeps the
/// word's length, so a key padded with zero bytes matches only itself.
struct StopTable {
    slots: [StopSlot; STOP_SLOTS],
}

#[derive(Clone, Copy)]
struct StopSlot {
    key: u64,
    /// The word's byte length; 0 marks an empty slot (no stop word is
    /// empty: the build fails on one).
    len: u8,
    mask: u16,
}

const EMPTY_SLOT: StopSlot = StopSlot {
    key: 0,
    len: 0,
    mask: 0,
};

/// An odd constant with well-mixed bits (2^64 / the golden ratio): the
/// product's top bits depend on every byte of the key.
const STOP_HASH: u64 = 0x9E37_79B9_7F4A_7C15;

/// 64 minus the number of index bits: the top bits of the product index
/// the slot.
const STOP_SHIFT: u32 = 64 - STOP_SLOTS.trailing_zeros();

impl StopTable {
    /// The table of every word of `rules::STOP_WORDS`, each with the bit of
    /// its list's language. A word that is empty or longer than
    /// [`STOP_WORD_MAX_BYTES`] stops the build.
    const fn of_rules() -> StopTable {
        let mut table = StopTable {
            slots: [EMPTY_SLOT; STOP_SLOTS],
        };
        let mut i = 0;
        while i < rules::STOP_WORDS.len() {
            let words = rules::STOP_WORDS[i].1;
            let mut j = 0;
            while j < words.len() {
                let word = words[j].as_bytes();
                assert!(
                    !word.is_empty() && word.len() <= STOP_WORD_MAX_BYTES,
                    "every stop word has one to eight bytes"
                );
                table.add(const_pack(word), word.len() as u8, 1 << i);
                j += 1;
            }
            i += 1;
        }
        table
    }

    /// Adds the languages of `mask` to the word packed in `key`, `len`
    /// bytes long. Linear probing: the word's slot, or the first empty one
    /// after its home.
    const fn add(&mut self, key: u64, len: u8, mask: u16) {
        let mut at = home(key);
        loop {
            let slot = &mut self.slots[at];
            if slot.len == 0 {
                *slot = StopSlot { key, len, mask };
                return;
            }
            if slot.key == key && slot.len == len {
                slot.mask |= mask;
                return;
            }
            at = (at + 1) & (STOP_SLOTS - 1);
        }
    }

    /// The mask of the stop word packed in `key`, `len` bytes long.
    #[inline(always)]
    fn mask(&self, key: u64, len: usize) -> Option<u16> {
        let mut at = home(key);
        loop {
            let slot = self.slots[at];
            if slot.len == 0 {
                return None;
            }
            if slot.key == key && usize::from(slot.len) == len {
                return Some(slot.mask);
            }
            at = (at + 1) & (STOP_SLOTS - 1);
        }
    }
}

/// The first slot probed for `key`.
#[inline(always)]
const fn home(key: u64) -> usize {
    (key.wrapping_mul(STOP_HASH) >> STOP_SHIFT) as usize
}

/// [`pack_bytes`] for the compile-time build, a byte at a time (the
/// tests check the two agree on every stop word).
const fn const_pack(word: &[u8]) -> u64 {
    let mut key = 0;
    let mut i = 0;
    while i < word.len() {
        key |= (word[i] as u64) << (8 * i);
        i += 1;
    }
    key
}

/// `word`'s bytes in a `u64`, zero-padded, when it has at most 8.
fn pack(word: &str) -> Option<u64> {
    pack_bytes(word.as_bytes())
}

/// [`pack`] on bytes, by two fixed-size reads that may overlap: the
/// bytes they share land on the same bits, so OR-ing them is exact. A
/// byte loop cost ~4 instructions a byte, and a copy of a variable
/// length into a buffer is a `memcpy` call.
#[inline(always)]
fn pack_bytes(b: &[u8]) -> Option<u64> {
    let n = b.len();
    // The bit where the second read starts: under 64 for n <= 8.
    let at = |from: usize| 8 * from as u32;
    Some(match n {
        0 => 0,
        1 => u64::from(b[0]),
        2..=3 => u64::from(read_u16(b)) | u64::from(read_u16(&b[n - 2..])) << at(n - 2),
        4..=8 => u64::from(read_u32(b)) | u64::from(read_u32(&b[n - 4..])) << at(n - 4),
        _ => return None,
    })
}

/// The first two bytes of `b` (which has them), little-endian: one load
/// (an array of the bytes indexed one by one was read a byte at a time).
#[inline(always)]
fn read_u16(b: &[u8]) -> u16 {
    b.first_chunk().map_or(0, |c| u16::from_le_bytes(*c))
}

/// The first four bytes of `b` (which has them), little-endian: one load.
#[inline(always)]
fn read_u32(b: &[u8]) -> u32 {
    b.first_chunk().map_or(0, |c| u32::from_le_bytes(*c))
}

/// The language bit mask of stop word `word`, if it is one.
fn stop_mask(word: &str) -> Option<u16> {
    pack(word).and_then(|key| STOP_TABLE.mask(key, word.len()))
}

/// A transition's state, without its found bits.
const STATE_BITS: u32 = (1 << FOUND_SHIFT) - 1;

/// Shortest text [`PhraseSet::found`] searches as two halves side by
/// side, and never one shorter than twice the longest phrase, as the
/// halves overlap by that. With the block phrases (34 bytes at most),
/// the dev dumps' paragraphs of 64–80 bytes took 24 % less time as
/// halves, those of 40–50 bytes about the same, and those of 100 bytes
/// and more 35–45 % less (a stand-alone copy of the search, warm cache).
const TWO_HALVES_MIN_BYTES: usize = 64;

/// A phrase list as one Aho-Corasick automaton over bytes, made a DFA,
/// that answers one question: does a text hold one of the phrases? Built
/// by `phrase_table::build` rather than by the aho-corasick crate, whose
/// DFA builder cost 9 M instructions for the eight lists: it fills each
/// transition once, in one breadth-first pass over the trie. The search
/// is the same one table step per byte. Several lists can share one
/// automaton (`PhraseSet::of_lists`), which then tells which of them a
/// text holds in one pass. The parser's own sets are built at compile
/// time (`phrase_set!`), so no process pays for them; the tests' at run
/// time.
pub(crate) struct PhraseSet {
    /// Each byte's class: 0 for the bytes no phrase has, else one class
    /// per byte that some phrase has.
    classes: [u16; 256],
    /// `next[state + class]`: the state after the byte, premultiplied by
    /// the number of classes, with the lists whose phrase ends there as
    /// bits from [`FOUND_SHIFT`] up and then [`FOUND_ANY`]; the parser's
    /// own sets borrow theirs from the binary.
    next: Cow<'static, [u32]>,
    /// The lists with an empty phrase: every text holds them.
    empty: u32,
    /// A bit for each list.
    all: u32,
    /// Bytes in the longest phrase.
    longest: usize,
}

/// The parser's phrase set `name`, as `build.rs` built it from the lists
/// it names for it (in its `SETS`): a static with no cost at run time.
macro_rules! phrase_set {
    ($name:literal) => {
        include!(concat!(env!("OUT_DIR"), "/phrase_sets/", $name, ".rs"))
    };
}
pub(crate) use phrase_set;

impl PhraseSet {
    #[cfg(test)]
    pub(crate) fn new(phrases: &[&str]) -> PhraseSet {
        PhraseSet::of_lists(&[phrases])
    }

    /// One automaton for up to seven phrase lists: [`PhraseSet::found`]
    /// gives bit `i` for list `i`. The parser's own sets are built by
    /// `build.rs` instead (`phrase_set!`).
    #[cfg(test)]
    pub(crate) fn of_lists(lists: &[&[&str]]) -> PhraseSet {
        let table = super::phrase_table::build(lists);
        PhraseSet {
            classes: table.classes,
            next: Cow::Owned(table.next),
            empty: table.empty,
            all: table.all,
            longest: table.longest,
        }
    }

    /// Panics unless the set is the automaton of `lists`: a test that
    /// `build.rs` and the parser agree on a set's lists.
    #[cfg(test)]
    pub(crate) fn assert_built_from(&self, lists: &[&[&str]]) {
        let built = PhraseSet::of_lists(lists);
        assert_eq!(self.classes, built.classes);
        assert_eq!(*self.next, *built.next);
        assert_eq!(
            (self.empty, self.all, self.longest),
            (built.empty, built.all, built.longest)
        );
    }

    /// A set `build.rs` built (see `phrase_set!`).
    pub(crate) const fn from_parts(
        classes: [u16; 256],
        next: &'static [u32],
        empty: u32,
        all: u32,
        longest: usize,
    ) -> PhraseSet {
        PhraseSet {
            classes,
            next: Cow::Borrowed(next),
            empty,
            all,
            longest,
        }
    }

    /// True when `text` holds one of the phrases (of any list).
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.found(text, self.all) != 0
    }

    /// The lists of `wanted` (a bit each, see `PhraseSet::of_lists`)
    /// that have a phrase in `text`; the search stops once all are found.
    pub(crate) fn found(&self, text: &str, wanted: u32) -> u32 {
        let found = self.empty & wanted;
        let bytes = text.as_bytes();
        // A phrase that ends in the second half starts at most `overlap`
        // bytes before it: the second half is searched from that far
        // back, so no phrase across the cut is missed.
        let overlap = self.longest.saturating_sub(1);
        if found == wanted || bytes.len() < TWO_HALVES_MIN_BYTES.max(2 * overlap) {
            return self.found_from(0, bytes, found, wanted);
        }
        let mid = (bytes.len() + overlap) / 2;
        self.found_in_halves(&bytes[..mid], &bytes[mid - overlap..], found, wanted)
    }

    /// [`PhraseSet::found`] over `rest` from `state`, with `found`
    /// already found.
    fn found_from(&self, mut state: usize, mut rest: &[u8], mut found: u32, wanted: u32) -> u32 {
        while found != wanted {
            let Err((at, t)) = self.run(state, rest) else {
                break;
            };
            found |= (t >> FOUND_SHIFT) & wanted;
            state = (t & STATE_BITS) as usize;
            rest = &rest[at..];
        }
        found
    }

    /// [`PhraseSet::found`] over `a` and `b` together, a byte of each a
    /// step. Each step's table read waits for the one before it (often
    /// from the second-level cache: the block phrases' table is 690
    /// KB), so two independent searches side by side take little longer
    /// than one.
    fn found_in_halves(&self, a: &[u8], b: &[u8], mut found: u32, wanted: u32) -> u32 {
        let step =
            |t: u32, byte: u8| self.next[t as usize + usize::from(self.classes[usize::from(byte)])];
        let (mut in_a, mut in_b) = (0, 0);
        let n = a.len().min(b.len());
        for (&x, &y) in a[..n].iter().zip(&b[..n]) {
            (in_a, in_b) = (step(in_a, x), step(in_b, y));
            if (in_a | in_b) & FOUND_ANY != 0 {
                found |= ((in_a | in_b) >> FOUND_SHIFT) & wanted;
                if found == wanted {
                    return found;
                }
                (in_a, in_b) = (in_a & STATE_BITS, in_b & STATE_BITS);
            }
        }
        let found = self.found_from(in_a as usize, &a[n..], found, wanted);
        self.found_from(in_b as usize, &b[n..], found, wanted)
    }

    /// Runs the automaton from `state` over `bytes`: the state at their
    /// end, or, at the first transition with found bits, the number of
    /// bytes read and that transition. The loop carries the state alone
    /// (the found bits, carried along, cost register copies a byte), four
    /// bytes a step (the loop's own counting and test were a quarter of
    /// the instructions a byte; callgrind).
    #[inline(always)]
    fn run(&self, mut state: usize, bytes: &[u8]) -> Result<usize, (usize, u32)> {
        // The transition is the next state when it has no found bits.
        let step = |state: &mut usize, b: u8| {
            let t = self.next[*state + usize::from(self.classes[usize::from(b)])];
            *state = t as usize;
            t & FOUND_ANY == 0
        };
        let mut chunks = bytes.chunks_exact(4);
        let mut read = 0;
        for chunk in chunks.by_ref() {
            if let Some(k) = chunk.iter().position(|&b| !step(&mut state, b)) {
                return Err((read + k + 1, state as u32));
            }
            read += 4;
        }
        match chunks
            .remainder()
            .iter()
            .position(|&b| !step(&mut state, b))
        {
            Some(k) => Err((read + k + 1, state as u32)),
            None => Ok(state),
        }
    }
}

/// The phrase lists a block's lowercase text is searched for by the
/// features, each block of at most `BOILERPLATE_SEARCH_MAX_WORDS` words
/// once for all of them (`BLOCK_PHRASES`): their own (boilerplate,
/// section ends), and those the metadata rules ask of every short block
/// of a page, which read the answers ([`Page::holds`]) instead of
/// searching the block again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockPhrase {
    /// `rules::BOILERPLATE_PHRASES`.
    Boilerplate,
    /// `rules::SECTION_END_MARKERS`, searched in blocks of at most
    /// `rules::SECTION_END_MAX_WORDS` words.
    SectionEnd,
    /// `rules::NOT_BYLINE_PHRASES` ("powered by", "photo by").
    NotByline,
    /// `rules::PUBLISHED_LABELS` ("published on").
    PublishedLabel,
    /// `rules::CAPTION_MARKERS` ("photo:", "getty images").
    CaptionMarker,
    /// `rules::UPDATE_LABELS` ("updated", "modifié le").
    UpdateLabel,
}

impl BlockPhrase {
    /// The list's bit in [`BLOCK_PHRASES`]' answers (its place in it).
    const fn bit(self) -> u32 {
        1 << self as u32
    }

    /// Most words of a block the features search for the list.
    fn searched_up_to(self) -> usize {
        match self {
            BlockPhrase::SectionEnd => rules::SECTION_END_MAX_WORDS,
            _ => BOILERPLATE_SEARCH_MAX_WORDS,
        }
    }
}

/// The [`BlockPhrase`] lists as one automaton, in their order: a short
/// block, searched for all, is read once (the search is one dependent
/// table load a byte, the largest single cost of the block features on a
/// real CPU).
static BLOCK_PHRASES: PhraseSet = phrase_set!("block_phrases");
const BOILERPLATE_FOUND: u32 = BlockPhrase::Boilerplate.bit();
const SECTION_END_FOUND: u32 = BlockPhrase::SectionEnd.bit();
/// The lists searched in every block of at most
/// [`BOILERPLATE_SEARCH_MAX_WORDS`] words: all but the section ends.
const SHORT_BLOCK_FOUND: u32 = BOILERPLATE_FOUND
    | BlockPhrase::NotByline.bit()
    | BlockPhrase::PublishedLabel.bit()
    | BlockPhrase::CaptionMarker.bit()
    | BlockPhrase::UpdateLabel.bit();

/// Lowercase `lower` holds a phrase of `list` (a text that is no block of
/// the page, or one the features did not search).
pub(crate) fn holds_phrase(lower: &str, list: BlockPhrase) -> bool {
    BLOCK_PHRASES.found(lower, list.bit()) != 0
}

/// Most words of a block searched for `rules::BOILERPLATE_PHRASES` (its
/// `boilerplate` feature is 0 above).
const BOILERPLATE_SEARCH_MAX_WORDS: usize = 40;

impl Page {
    /// Whether block `i`'s lowercase text holds a phrase of
    /// `rules::BOILERPLATE_PHRASES` (`is_boilerplate`), when the block
    /// was searched for one (at most `BOILERPLATE_SEARCH_MAX_WORDS`
    /// words); `None` otherwise.
    pub fn known_boilerplate(&self, i: usize) -> Option<bool> {
        (self.words[i] <= BOILERPLATE_SEARCH_MAX_WORDS)
            .then(|| self.vectors[i][index::BOILERPLATE] > 0.0)
    }

    /// Whether block `i`'s lowercase text holds a phrase of `list`: the
    /// features' answer for a block short enough to have been searched,
    /// else a search now.
    pub fn holds(&self, i: usize, list: BlockPhrase) -> bool {
        if self.words[i] <= list.searched_up_to() {
            self.phrases[i] & list.bit() != 0
        } else {
            holds_phrase(self.lower(i), list)
        }
    }

    /// The blocks longer than `BOILERPLATE_SEARCH_MAX_WORDS` words that
    /// read as a cookie or consent notice ([`consent_phrase`]), in page
    /// order: one search of the page's lowercase copy for "cookie", then
    /// the phrases in the few long blocks that hold it. A shorter one is
    /// weighed as boilerplate by the classifier already ("cookie" is one
    /// of `rules::BOILERPLATE_PHRASES`), and most pages name a cookie
    /// policy in a short footer line.
    pub fn consent_notices(&self) -> Vec<usize> {
        static FINDER: LazyLock<memchr::memmem::Finder<'static>> =
            LazyLock::new(|| memchr::memmem::Finder::new(COOKIE));
        let starts = &self.lowered.starts;
        let mut notices = Vec::new();
        let mut read = None;
        for at in FINDER.find_iter(self.lowered.text.as_bytes()) {
            let i = starts
                .partition_point(|&start| start <= at)
                .saturating_sub(1);
            if read != Some(i) {
                read = Some(i);
                if self.words[i] > BOILERPLATE_SEARCH_MAX_WORDS
                    && CONSENT.found(self.lower(i), 1) != 0
                {
                    notices.push(i);
                }
            }
        }
        notices
    }
}

/// What every cookie or consent notice mentions.
const COOKIE: &str = "cookie";

/// `rules::CONSENT_NOTICE_PHRASES` as one automaton: a search for each
/// phrase apart cost ~60,000 instructions a long block.
static CONSENT: PhraseSet = phrase_set!("consent");

/// The phrase of `rules::CONSENT_NOTICE_PHRASES` lowercase block `lower`
/// holds, when it mentions cookies: the block is a cookie or consent
/// notice.
pub fn consent_phrase(lower: &str) -> Option<&'static str> {
    if !lower.contains(COOKIE) || CONSENT.found(lower, 1) == 0 {
        return None;
    }
    rules::CONSENT_NOTICE_PHRASES
        .iter()
        .copied()
        .find(|phrase| lower.contains(phrase))
}

/// Indices in a [`Vector`] of the features the later stages read by
/// name (the selection, the metadata rules, the dropped reasons), found
/// in [`NAMES`] at compile time: one place for them all.
pub mod index {
    use super::index_of;

    /// Share of the block's words that are stop words of the page's
    /// language.
    pub const STOP_DENSITY: usize = index_of("stop_density");
    /// A phrase of `rules::BOILERPLATE_PHRASES` in the block.
    pub const BOILERPLATE: usize = index_of("boilerplate");
    /// The block ends a sentence.
    pub const ENDS_SENTENCE: usize = index_of("ends_sentence");
    /// Share of the block's words that are menu separators.
    pub const MENU_SEPARATORS: usize = index_of("menu_separators");
    /// The block stands after the heading that ends the article.
    pub const AFTER_SECTION_END: usize = index_of("after_section_end");
    /// Reply, report or vote marks around the block (a comment).
    pub const COMMENT_MARKS_NEAR: usize = index_of("comment_marks_near");
    /// A link or an e-mail address in the block.
    pub const URL_OR_MAIL: usize = index_of("url_or_mail");
}

/// The index of feature `name` in [`NAMES`], at compile time (a name not
/// listed does not compile).
pub const fn index_of(name: &str) -> usize {
    let mut i = 0;
    while i < NAMES.len() {
        let (a, b) = (NAMES[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut k = 0;
            while k < a.len() && a[k] == b[k] {
                k += 1;
            }
            if k == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a feature name")
}

/// Lowercase `text` holds a phrase of `rules::BOILERPLATE_PHRASES` (also
/// asked by `dropped`).
pub(crate) fn is_boilerplate(lower: &str) -> bool {
    BLOCK_PHRASES.found(lower, BOILERPLATE_FOUND) != 0
}

/// A link or an e-mail address in lowercase text: "http", "www." or "@".
/// Three SIMD searches of the page: the regex `http|www\.|@` it replaces
/// ran a Teddy prefilter keyed on 'h', 'w' and '@', common letters, and
/// checked a candidate at most of them (1.2 % of the whole run's CPU).
static URL_OR_MAIL: LazyLock<[memchr::memmem::Finder<'static>; 3]> =
    LazyLock::new(|| [b"http".as_slice(), b"www.", b"@"].map(memchr::memmem::Finder::new));

/// "Jane says:", "March 10, 2017 at 3:50 PM", "3 hours ago": the heads of
/// comments.
static COMMENT_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\bsays:$|\bat \d{1,2}:\d{2}\s*[ap]\.?m|\b\d+ (?:minutes?|hours?|days?) ago$)")
        .expect("valid regex")
});

/// [`COMMENT_STAMP`] matches `lower`. Other blocks skip the regex (see
/// [`may_be_comment_stamp`]).
fn comment_stamp(lower: &str) -> bool {
    may_be_comment_stamp(lower) && COMMENT_STAMP.is_match(lower)
}

/// The "at " searcher of [`may_be_comment_stamp`], built once: building
/// it for each short block cost more than the search (43 M instructions
/// over the 882 dev dumps).
static AT_SPACE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b"at "));

/// False when [`COMMENT_STAMP`] cannot match `lower`: each of its forms
/// ends in "says:" or " ago", or has "at " and one or two digits (`\d`,
/// any Unicode decimal digit, hence `is_numeric`) before a ':'. Most pages
/// then never compile the regex (2.2 M instructions, a tenth of parsing a
/// short page; it was compiled for any block with a digit).
fn may_be_comment_stamp(lower: &str) -> bool {
    lower.ends_with("says:")
        || lower.ends_with(" ago")
        || AT_SPACE.find_iter(lower.as_bytes()).any(|at| {
            let rest = &lower[at + 3..];
            let digits = rest.chars().take(3).take_while(|c| c.is_numeric()).count();
            (1..=2).contains(&digits) && rest.chars().nth(digits) == Some(':')
        })
}

/// Per-block counts gathered in one pass over the text. Counts are `u32`:
/// input is capped at 64 MiB (the SPEC), and a block-dense page keeps a
/// `Counts` per block alive until its vectors are built.
#[derive(Default, Clone)]
struct Counts {
    chars: u32,
    words: u32,
    sentence_ends: u32,
    title_words: u32,
    caps_words: u32,
    digits: u32,
    cjk: u32,
    /// Hangul syllables: letters of a script written with spaces, not
    /// counted in `cjk`.
    hangul: u32,
    punct: u32,
    commas: u32,
    separators: u32,
    ends_sentence: bool,
    bracketed: bool,
    starts_lower: bool,
    url_or_mail: bool,
    boilerplate: bool,
    comment_mark: bool,
}

/// What else is counted of a block, read before the vectors are built
/// (the page's language, the stop densities, the section end, `Page`'s
/// fields) and freed then: kept out of [`Counts`], which lives on with the
/// vectors (52 bytes a block, not 104).
#[derive(Default, Clone)]
struct Aside {
    /// Stop-word hits per language of `rules::STOP_WORDS`, a lane each:
    /// summed over the page to guess its language, then read in that
    /// language's lane alone.
    stop_hits: [u16; LANGUAGES],
    /// `words` before the CJK estimate is added: the words between spaces.
    spaced_words: u32,
    /// The [`BlockPhrase`] lists found in the block (a bit each), of those
    /// searched for.
    phrases: u32,
    cjk_function: u32,
    /// Words ending in hangul, and those of them ending in a particle or
    /// verb ending (`rules::KOREAN_WORD_ENDINGS`).
    hangul_words: u32,
    hangul_endings: u32,
    section_end: bool,
}

/// A block's [`Counts`] and [`Aside`] while they are counted (the counting
/// functions reach the `Counts` fields through `Deref`).
#[derive(Default, Clone)]
struct Tally {
    counts: Counts,
    aside: Aside,
}

impl std::ops::Deref for Tally {
    type Target = Counts;

    fn deref(&self) -> &Counts {
        &self.counts
    }
}

impl std::ops::DerefMut for Tally {
    fn deref_mut(&mut self) -> &mut Counts {
        &mut self.counts
    }
}

/// The page's text lowercased once, blocks separated by newlines, with
/// each block's start: phrase lists are matched in one pass over it
/// rather than once per block.
#[derive(Debug, Clone)]
struct Lowered {
    text: String,
    starts: Vec<usize>,
    /// How each block's lowercase form lines up with it.
    aligned: Vec<Case>,
}

/// How a block's lowercase form lines up with the block.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Case {
    /// The block is ASCII (told once, for [`count`] too).
    Ascii,
    /// Every character's lowercase form has the character's byte length,
    /// so the lowercase block has its words at the same byte offsets (true
    /// of most blocks; not of 'İ', the Kelvin sign or a block with 'Σ').
    Aligned,
    Shifted,
}

impl Case {
    /// The case of a block that is `ascii` or not, and `aligned` (see
    /// [`push_lowercase`]) or not.
    fn new(ascii: bool, aligned: bool) -> Case {
        match (ascii, aligned) {
            (true, _) => Case::Ascii,
            (false, true) => Case::Aligned,
            (false, false) => Case::Shifted,
        }
    }
}

impl Lowered {
    fn new(blocks: &[Block]) -> Lowered {
        let total = blocks.iter().map(|b| b.text.len() + 1).sum();
        let mut text = String::with_capacity(total);
        let mut starts = Vec::with_capacity(blocks.len() + 1);
        let mut aligned = Vec::with_capacity(blocks.len());
        for b in blocks {
            starts.push(text.len());
            if b.text.is_ascii() {
                text.push_str(&b.text);
                aligned.push(Case::Ascii);
            } else {
                aligned.push(Case::new(false, push_lowercase(&mut text, &b.text)));
            }
            text.push('\n');
        }
        // The ASCII blocks lowercased in one pass over the page rather
        // than one a block; the others are lowercase already, and a
        // lowercase form holds no capital ASCII letter (tested).
        text.make_ascii_lowercase();
        starts.push(text.len());
        Lowered {
            text,
            starts,
            aligned,
        }
    }

    /// Block `i`, lowercased.
    fn block(&self, i: usize) -> &str {
        &self.text[self.starts[i]..self.starts[i + 1] - 1]
    }

    /// Every block, lowercased ([`Lowered::block`] of each): the block
    /// features read each block's lowercase text up to five times (its
    /// counts, the near repeats of it and of the two blocks above, the
    /// markup test), and a slice taken once costs less than its bounds
    /// and character-boundary checks taken again.
    fn blocks(&self) -> Vec<&str> {
        self.starts
            .windows(2)
            .map(|w| &self.text[w[0]..w[1] - 1])
            .collect()
    }

    /// Which blocks hold `byte` (not a newline): one search of the page,
    /// taken up again at the next block after each find (a `memchr` call a
    /// block cost more than the search, most blocks being short).
    fn holding_byte(&self, byte: u8) -> Vec<bool> {
        let mut out = vec![false; self.starts.len() - 1];
        let bytes = self.text.as_bytes();
        let mut from = 0;
        while let Some(at) = memchr::memchr(byte, &bytes[from..]) {
            let i = self.starts.partition_point(|&s| s <= from + at) - 1;
            out[i] = true;
            from = self.starts[i + 1];
        }
        out
    }

    /// Which blocks hold one of `needles` (none holds a newline, so none is
    /// found across two blocks).
    fn holding(&self, needles: &[memchr::memmem::Finder<'_>]) -> Vec<bool> {
        let mut out = vec![false; self.starts.len() - 1];
        for needle in needles {
            for at in needle.find_iter(self.text.as_bytes()) {
                let i = self.starts.partition_point(|&s| s <= at) - 1;
                out[i] = true;
            }
        }
        out
    }
}

/// Appends `s.to_lowercase()` to `out`, without the String that
/// `to_lowercase` makes: `s` copied whole, then its characters outside
/// ASCII lowercased in place one by one, as `to_lowercase` maps them,
/// save for 'Σ', whose lowercase form depends on its neighbours (left to
/// `to_lowercase` itself). True when every character's lowercase form
/// has the character's byte length (see `Lowered::aligned`); false for
/// text with 'Σ', which is not checked.
fn push_lowercase(out: &mut String, s: &str) -> bool {
    if s.contains('Σ') {
        out.push_str(&s.to_lowercase());
        return false;
    }
    let from = out.len();
    out.push_str(s);
    out[from..].make_ascii_lowercase();
    // Most characters outside ASCII have no case (quotes, dashes,
    // bullets, CJK) and stay as copied: the search jumps from one to the
    // next, and only the others are lowercased, their bytes replaced when
    // that changes them. Copying the ASCII runs between them one by one
    // cost ~100 instructions a character.
    let mut aligned = true;
    let mut at = from;
    while let Some(skip) = crate::parse::source::first_non_ascii(&out.as_bytes()[at..]) {
        at += skip;
        let Some(c) = out[at..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if is_caseless(c) || c.to_lowercase().eq([c]) {
            at += len;
            continue;
        }
        let lower: String = c.to_lowercase().collect();
        aligned &= lower.len() == len;
        out.replace_range(at..at + len, &lower);
        at += lower.len();
    }
    aligned
}

/// `c` lowercases to itself, and the ranges say so without the case
/// tables: Latin-1 signs and small letters (ß to ÿ, and ÷), general
/// punctuation, arrows and technical signs, box drawing and shapes, CJK
/// punctuation, kana and ideographs,
/// hangul syllables (checked against `char::to_lowercase`, tested). A
/// Chinese or Japanese block lowercased character by character cost ~60
/// instructions a character.
fn is_caseless(c: char) -> bool {
    matches!(
        u32::from(c),
        0x80..=0xBF
            | 0xDF..=0xFF
            | 0x2000..=0x206F
            | 0x2190..=0x23FF
            | 0x2500..=0x2775
            | 0x3000..=0x9FFF
            | 0xAC00..=0xD7A3
    )
}

/// Per-block phrase matches, from one pass over the page each.
struct Phrases {
    url_or_mail: Vec<bool>,
}

/// Characters of `rules::MENU_SEPARATORS` below 128, as a lookup table
/// built at compile time (it is read for every character of the page).
static ASCII_SEPARATORS: [bool; 128] = ascii_table(rules::MENU_SEPARATORS);

const fn ascii_table(chars: &[char]) -> [bool; 128] {
    let mut table = [false; 128];
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() {
            table[chars[i] as usize] = true;
        }
        i += 1;
    }
    table
}

/// What [`count_ascii`] counts each ASCII byte as, bit by bit: a table
/// built at compile time lets the byte loop add without branching.
const DIGIT: u8 = 1;
const PUNCT: u8 = 2;
const COMMA: u8 = 4;
const SEPARATOR: u8 = 8;
static ASCII_CLASS: [u8; 128] = ascii_classes();

const fn ascii_classes() -> [u8; 128] {
    let separators = ascii_table(rules::MENU_SEPARATORS);
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let ch = b as u8;
        table[b] = if ch.is_ascii_digit() {
            DIGIT
        } else if ch.is_ascii_punctuation() {
            let mut class = PUNCT;
            if ch == b',' {
                class |= COMMA;
            }
            if separators[b] {
                class |= SEPARATOR;
            }
            class
        } else {
            0
        };
        b += 1;
    }
    table
}

/// Counts characters, digits, punctuation, commas and menu separators.
fn count_chars(text: &str, c: &mut Tally) {
    // Most blocks are ASCII: a byte loop skips UTF-8 decoding.
    if text.is_ascii() {
        c.chars += text.len() as u32;
        let (mut digits, mut punct, mut commas, mut separators) = (0, 0, 0, 0);
        for &b in text.as_bytes() {
            let class = ASCII_CLASS[usize::from(b)];
            digits += u32::from(class & DIGIT);
            punct += u32::from((class & PUNCT) >> 1);
            commas += u32::from((class & COMMA) >> 2);
            separators += u32::from((class & SEPARATOR) >> 3);
        }
        c.digits += digits;
        c.punct += punct;
        c.commas += commas;
        c.separators += separators;
        return;
    }
    for ch in text.chars() {
        c.chars += 1;
        if ch.is_ascii() {
            count_ascii(ch, c);
        } else {
            count_non_ascii(ch, c);
        }
    }
}

/// [`count_chars`] for one character outside ASCII, but the character
/// itself (the caller counts it).
fn count_non_ascii(ch: char, c: &mut Tally) {
    if is_cjk(ch) {
        if is_hangul(ch) {
            c.hangul += 1;
        } else {
            c.cjk += 1;
            c.aside.cjk_function += u32::from(is_cjk_function_char(ch));
        }
    } else if !is_alphanumeric(ch) && !ch.is_whitespace() {
        c.punct += 1;
    }
    if ch == '、' || ch == '，' {
        c.commas += 1;
    }
    if rules::MENU_SEPARATORS.contains(&ch) {
        c.separators += 1;
    }
}

/// The first character [`CJK_FUNCTION_BITS`] has a bit for.
const CJK_FUNCTION_FIRST: u32 = 0x3000;
/// `rules::CJK_FUNCTION_CHARS` as a bit each from [`CJK_FUNCTION_FIRST`]
/// to U+9FFF, built at compile time: the list searched for every CJK
/// character of a page cost ~80 instructions a character.
static CJK_FUNCTION_BITS: [u64; 448] = cjk_function_bits();

const fn cjk_function_bits() -> [u64; 448] {
    let mut bits = [0u64; 448];
    let mut i = 0;
    while i < rules::CJK_FUNCTION_CHARS.len() {
        let at = rules::CJK_FUNCTION_CHARS[i] as u32 - CJK_FUNCTION_FIRST;
        assert!(
            at < 448 * 64,
            "a CJK function character from U+3000 to U+9FFF"
        );
        bits[(at / 64) as usize] |= 1 << (at % 64);
        i += 1;
    }
    bits
}

/// `rules::CJK_FUNCTION_CHARS.contains(&ch)`, by [`CJK_FUNCTION_BITS`].
fn is_cjk_function_char(ch: char) -> bool {
    let at = (ch as u32).wrapping_sub(CJK_FUNCTION_FIRST);
    CJK_FUNCTION_BITS
        .get((at / 64) as usize)
        .is_some_and(|word| word >> (at % 64) & 1 != 0)
}

/// [`count_chars`] for one ASCII character.
fn count_ascii(ch: char, c: &mut Tally) {
    if ch.is_ascii_digit() {
        c.digits += 1;
    } else if ch.is_ascii_punctuation() {
        c.punct += 1;
        c.commas += u32::from(ch == ',');
        c.separators += u32::from(ASCII_SEPARATORS[ch as usize]);
    }
}

/// Counts `word` (lowercase, trimmed of punctuation) against the stop
/// words of every language, each part of an elided form ("l'homme") apart.
fn count_stop_word(word: &str, c: &mut Tally) {
    // Most words hold no apostrophe: one lookup, no splitting. ’ is
    // E2 80 99 in UTF-8, so a word with neither byte 27 nor 99 has none.
    if !word.bytes().any(|b| b == b'\'' || b == 0x99) {
        if word.len() <= STOP_WORD_MAX_BYTES
            && let Some(mask) = stop_mask(word)
        {
            add_stop_hits(mask, c);
        }
        return;
    }
    if word.len() <= STOP_WORD_MAX_BYTES || word.contains(['\'', '’']) {
        for part in word.split(['\'', '’']) {
            if let Some(mask) = stop_mask(part) {
                add_stop_hits(mask, c);
            }
        }
    }
}

/// Languages the stop-word counts have room for: a bit each in a `u16`
/// mask.
const LANGUAGES: usize = 16;
const _: () = assert!(rules::STOP_WORDS.len() <= LANGUAGES);

/// One more hit for each language whose bit is set in `mask`: the rows of
/// [`MASK_HITS`] for its low and high byte added lane by lane (a vector
/// add each). A lane stops at `u16::MAX`: a block of more stop words (a
/// one-line page of 400,000 words) would otherwise wrap to a small count,
/// or panic in a debug build.
#[inline(always)]
fn add_stop_hits(mask: u16, c: &mut Tally) {
    let (low, high) = c.aside.stop_hits.split_at_mut(LANGUAGES / 2);
    for (half, byte) in [(low, mask & 0xFF), (high, mask >> 8)] {
        for (hits, &one) in half.iter_mut().zip(&MASK_HITS[usize::from(byte)]) {
            *hits = hits.saturating_add(one);
        }
    }
}

/// For each mask of eight languages, a 1 in the lanes of its set bits.
static MASK_HITS: [[u16; 8]; 256] = mask_hits();

const fn mask_hits() -> [[u16; 8]; 256] {
    let mut table = [[0u16; 8]; 256];
    let mut mask = 0;
    while mask < 256 {
        let mut lane = 0;
        while lane < 8 {
            table[mask][lane] = ((mask >> lane) & 1) as u16;
            lane += 1;
        }
        mask += 1;
    }
    table
}

/// Counts the stop-word hits of trimmed ASCII word `word` (lowercase) as
/// [`count_stop_word`] does. A word of at most eight bytes is packed
/// first, and its key tells whether it holds an apostrophe.
#[inline(always)]
fn count_ascii_stop_word(word: &str, c: &mut Tally) {
    let mask = match pack_bytes(word.as_bytes()) {
        Some(key) if !holds_byte(key, b'\'') => STOP_TABLE.mask(key, word.len()),
        // An elided form ("l'homme"): [`count_stop_word`] splits it.
        _ if has_apostrophe(word.as_bytes()) => return count_stop_word(word, c),
        _ => None,
    };
    if let Some(mask) = mask {
        add_stop_hits(mask, c);
    }
}

/// One of the bytes of `key` is `byte`, which is not 0 (so the zero
/// padding of a [`pack`]ed key never matches): the classic zero-byte test
/// on `key` XOR `byte` in every lane, exact as a yes/no.
#[inline(always)]
fn holds_byte(key: u64, byte: u8) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let v = key ^ (ONES * u64::from(byte));
    v.wrapping_sub(ONES) & !v & (ONES << 7) != 0
}

/// [`count_chars`] and the word loop of [`count`] for an ASCII block: the
/// characters by one table add per byte ([`add_class_counts`]), each word
/// on bytes ([`count_ascii_word`]), with the stop-word tables read once.
/// `lower` is `text` ASCII-lowercased (same offsets).
fn count_ascii_block(text: &str, lower: &str, c: &mut Tally) {
    c.chars += text.len() as u32;
    add_class_counts(text.as_bytes(), c);
    count_words_on_bytes::<true>(text, lower, c);
}

/// [`count_ascii_word`] for the word `raw` of a block whose lowercase
/// form `lower` has it at byte `at`, by [`count_short_ascii_word`] for a
/// word of at most eight bytes (most words). `key` is `raw` [`pack`]ed
/// when the caller has it (see [`word_end`]). The lowercase word is
/// sliced only for the byte path (a slice of a `str` checks both ends).
#[inline(always)]
fn count_ascii_word_any(raw: &[u8], key: Option<u64>, lower: &str, at: usize, c: &mut Tally) {
    let low = || &lower[at..at + raw.len()];
    match key.or_else(|| pack_bytes(raw)) {
        Some(key) => count_short_ascii_word(key, raw, low, c),
        None => count_ascii_word(raw, low(), c),
    }
}

/// The high bit of each byte lane of `v` that holds a byte from `lo` to
/// `hi`, nothing else, for lanes below 0x80 (ASCII, or the zero padding
/// of a [`pack`]ed word): each lane, its high bit set, stays at least
/// 0x80 - `hi` - 1 >= 0 when a constant is taken from it, so no borrow
/// crosses a lane.
#[inline(always)]
fn lanes_in(v: u64, lo: u8, hi: u8) -> u64 {
    let at_least = |b: u8| (v | LANE_HIGHS).wrapping_sub(LANE_ONES * u64::from(b)) & LANE_HIGHS;
    at_least(lo) & !at_least(hi + 1)
}

/// [`count_ascii_word`] for an ASCII word of one to eight bytes, `key`
/// its bytes [`pack`]ed: letters, digits and capitals found for all its
/// bytes at once (lane masks), the trimmed word lowercased and looked up
/// from the key, without reading `low` or a byte loop. A word whose
/// trimmed form holds an apostrophe, or has no letter or digit, goes to
/// [`count_ascii_word`].
#[inline(always)]
fn count_short_ascii_word<'a>(key: u64, raw: &[u8], low: impl FnOnce() -> &'a str, c: &mut Tally) {
    // Letters: bit 5 set in each lane folds capitals onto small letters
    // (and no other byte onto one); a letter is a capital when its bit 5
    // is clear, bit 5 moved up to the lane's high bit.
    let letters = lanes_in(key | (LANE_ONES * 0x20), b'a', b'z');
    let upper = letters & !(key << 2);
    let alnum = letters | lanes_in(key, b'0', b'9');
    if alnum == 0 {
        return count_ascii_word(raw, low(), c);
    }
    // The lanes of the first and last letter or digit (high bits only in
    // `alnum`, so its zeros count whole lanes from the top, and seven
    // more from the bottom); the trimmed word is the lanes between,
    // shifted down.
    let shift = alnum.trailing_zeros() & !7;
    let above = alnum.leading_zeros();
    let len = (64 - above - shift) / 8;
    // Lowercase: 0x20 added to each capital (its lane's high bit moved
    // down two places).
    let trimmed = ((key | (upper >> 2)) & (u64::MAX >> above)) >> shift;
    if holds_byte(trimmed, b'\'') {
        // An elided form ("l'homme"): [`count_stop_word`] splits it.
        return count_ascii_word(raw, low(), c);
    }
    c.words += 1;
    if let Some(mask) = STOP_TABLE.mask(trimmed, len as usize) {
        add_stop_hits(mask, c);
    }
    if (upper >> shift) & 0x80 != 0 {
        c.title_words += 1;
        // All capitals: every letter of the trimmed word is one.
        if len > 1 && (letters & !upper & (u64::MAX >> above)) >> shift == 0 {
            c.caps_words += 1;
        }
    }
    // A word that ends in a letter or digit ends no sentence.
    if (64 - above) as usize / 8 < raw.len() {
        count_sentence_end(raw, c);
    }
}

/// Byte lanes of a `u64`: a 1 in each, the low seven bits of each, the
/// high bit of each.
const LANE_ONES: u64 = 0x0101_0101_0101_0101;
const LANE_LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const LANE_HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte lane of `v` that holds `byte`, nothing
/// else: exact, since adding to the low seven bits of a lane never
/// carries into the next.
#[inline(always)]
fn lanes_holding(v: u64, byte: u8) -> u64 {
    let x = v ^ (LANE_ONES * u64::from(byte));
    !(((x & LANE_LOW7) + LANE_LOW7) | x) & LANE_HIGHS
}

/// The eight bytes of `bytes` from `at`, little-endian, if it has them:
/// one load (an array of the bytes indexed one by one was read a byte at
/// a time, 14 instructions).
#[inline(always)]
fn read_u64(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk = bytes.get(at..)?.first_chunk()?;
    Some(u64::from_le_bytes(*chunk))
}

/// The end of the word that starts at `start` (the next space, or the end
/// of `bytes`), whether the word is all ASCII, and its bytes [`pack`]ed
/// when the first eight bytes read hold the space after it (most words):
/// the word's lanes of that read, where packing it again took two more
/// reads and a branch on its length. Eight bytes a step: most words end
/// within the first eight, where a byte loop took five or six
/// instructions a byte (callgrind).
#[inline(always)]
fn word_end(bytes: &[u8], start: usize) -> (usize, bool, Option<u64>) {
    let mut i = start;
    let mut high = 0;
    if let Some(v) = read_u64(bytes, start) {
        if let Some((len, word)) = word_in_lanes(v) {
            return (start + len, v & LANE_HIGHS & word == 0, Some(v & word));
        }
        high = v & LANE_HIGHS;
        i += 8;
    }
    while let Some(v) = read_u64(bytes, i) {
        if let Some((len, word)) = word_in_lanes(v) {
            high |= v & LANE_HIGHS & word;
            return (i + len, high == 0, None);
        }
        high |= v & LANE_HIGHS;
        i += 8;
    }
    // Fewer than eight bytes left.
    let mut tail_high = 0;
    while i < bytes.len() && bytes[i] != b' ' {
        tail_high |= bytes[i];
        i += 1;
    }
    (i, high == 0 && tail_high.is_ascii(), None)
}

/// When eight bytes `v` hold a space: the number of bytes before the
/// first, and the bits of their lanes.
#[inline(always)]
fn word_in_lanes(v: u64) -> Option<(usize, u64)> {
    let spaces = lanes_holding(v, b' ');
    (spaces != 0).then(|| {
        let len = spaces.trailing_zeros() as usize / 8;
        (len, ((spaces & spaces.wrapping_neg()) >> 7) - 1)
    })
}

/// Counts one ASCII word, `raw` as printed and `low` its lowercase form
/// (same length): the word, its stop-word hits, capitalisation and
/// sentence end, exactly as the general [`count_word`] counts them, on
/// bytes. Its characters are the caller's to count.
#[inline(always)]
fn count_ascii_word(raw: &[u8], low: &str, c: &mut Tally) {
    c.words += 1;
    let alnum = |b: &u8| b.is_ascii_alphanumeric();
    let (Some(first), Some(last)) = (raw.iter().position(alnum), raw.iter().rposition(alnum))
    else {
        // No letter or digit: the trimmed word is empty.
        count_stop_word("", c);
        count_sentence_end(raw, c);
        return;
    };
    let letters = &raw[first..=last];
    let len = letters.len();
    count_ascii_stop_word(&low[first..=last], c);
    if letters[0].is_ascii_uppercase() {
        c.title_words += 1;
        if len > 1 && !letters.iter().any(u8::is_ascii_lowercase) {
            c.caps_words += 1;
        }
    }
    count_sentence_end(raw, c);
}

/// ASCII word `word` holds an apostrophe. Asked of every trimmed word
/// longer than eight bytes: one of eight to sixteen is read as its first
/// and last eight, which cover it (a byte loop cost 5.8 M instructions
/// over every third dev dump; `contains` on bytes is a memchr call,
/// dearer still).
#[inline]
#[expect(
    clippy::manual_contains,
    reason = "`contains` on bytes is a memchr call, dearer than a byte loop over a word of a few bytes"
)]
fn has_apostrophe(word: &[u8]) -> bool {
    match (word.first_chunk(), word.last_chunk()) {
        (Some(&head), Some(&tail)) if word.len() <= 16 => {
            let quotes = |lanes: [u8; 8]| lanes_holding(u64::from_le_bytes(lanes), b'\'');
            quotes(head) | quotes(tail) != 0
        }
        _ => word.iter().any(|&b| b == b'\''),
    }
}

/// One more sentence end when ASCII word `raw`, footnote marks, closing
/// quotes and brackets aside, ends with '.', '!' or '?'.
fn count_sentence_end(raw: &[u8], c: &mut Tally) {
    let raw = without_note_marks(raw);
    let mut tail = raw.len();
    while tail > 0 && matches!(raw[tail - 1], b'"' | b'\'' | b')' | b']') {
        tail -= 1;
    }
    if tail > 0 && matches!(raw[tail - 1], b'.' | b'!' | b'?') {
        c.sentence_ends += 1;
    }
}

/// [`ASCII_CLASS`]'s four counted classes as one 64-bit add per byte:
/// digits in bits 0–15, punctuation in 16–31, commas in 32–47 and menu
/// separators in 48–63. Bytes of characters outside ASCII add nothing
/// (those characters are [`count_non_ascii`]'s).
static ASCII_LANES: [u64; 256] = ascii_lanes();

const fn ascii_lanes() -> [u64; 256] {
    let classes = ascii_classes();
    let mut table = [0u64; 256];
    let mut b = 0;
    while b < 128 {
        let class = classes[b] as u64;
        table[b] = (class & DIGIT as u64)
            | ((class & PUNCT as u64) >> 1) << 16
            | ((class & COMMA as u64) >> 2) << 32
            | ((class & SEPARATOR as u64) >> 3) << 48;
        b += 1;
    }
    table
}

/// Most bytes summed in [`ASCII_LANES`] before a lane could overflow.
const LANE_MAX_BYTES: usize = u16::MAX as usize;

/// Adds the digits, punctuation, commas and separators among the ASCII
/// characters of `bytes`.
fn add_class_counts(bytes: &[u8], c: &mut Tally) {
    for chunk in bytes.chunks(LANE_MAX_BYTES) {
        let mut lanes = 0u64;
        for &b in chunk {
            lanes += ASCII_LANES[usize::from(b)];
        }
        let lane = |i: u32| (lanes >> (16 * i)) as u32 & 0xFFFF;
        c.digits += lane(0);
        c.punct += lane(1);
        c.commas += lane(2);
        c.separators += lane(3);
    }
}

/// [`count_chars`] and the word loop of [`count`] for a block whose
/// lowercase form `lower` has its words at the same byte offsets
/// (`Lowered::aligned`), as [`count_block`] counts it in one pass less:
/// the characters counted over the whole block (ASCII ones by one table
/// add a byte, the others decoded one by one), then the words split on
/// the bytes, each ASCII word by [`count_ascii_word`] and the others by
/// the general [`count_word`]. The words of `text` and `lower` were
/// split apart, each word's characters counted by a call of its own.
fn count_aligned_block(text: &str, lower: &str, c: &mut Tally) {
    let bytes = text.as_bytes();
    add_class_counts(bytes, c);
    // Every byte a character but the continuation bytes of the others.
    let mut chars = bytes.len();
    let mut rest = text;
    while let Some(at) = crate::parse::source::first_non_ascii(rest.as_bytes()) {
        let mut tail = rest[at..].chars();
        if let Some(ch) = tail.next() {
            chars -= ch.len_utf8() - 1;
            count_non_ascii(ch, c);
        }
        rest = tail.as_str();
    }
    c.chars += chars as u32;
    count_words_on_bytes::<false>(text, lower, c);
}

/// The word loop of [`count_ascii_block`] and [`count_aligned_block`]:
/// words split on the bytes of `text`, whose lowercase form `lower` has
/// them at the same offsets; each ASCII word by [`count_ascii_word_any`]
/// with the stop-word tables read once, the others by [`count_word`].
/// `ALL_ASCII` (an ASCII block) leaves the per-word test out.
#[inline(always)]
fn count_words_on_bytes<const ALL_ASCII: bool>(text: &str, lower: &str, c: &mut Tally) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        let start = i;
        let (end, ascii, key) = word_end(bytes, start);
        if ALL_ASCII || ascii {
            count_ascii_word_any(&bytes[start..end], key, lower, start, c);
        } else {
            // Both ends are next to a space or an end of the text, so on
            // character boundaries in both texts.
            count_word(&text[start..end], &lower[start..end], c);
        }
        // Past the space that ends the word (the loop skips any other).
        i = end + 1;
    }
}

/// [`count_chars`] and the word loop of [`count`] for any block: words of
/// the text and of its lowercase form side by side. An ASCII word (most
/// words, even in a block with curly quotes or accents) takes the one-pass
/// [`count_ascii_word`]; the spaces between words are characters too.
fn count_block(text: &str, lower: &str, c: &mut Tally) {
    let mut word_bytes = 0;
    for (raw, low) in words_of(text).zip(words_of(lower)) {
        word_bytes += raw.len();
        // An ASCII word lowercases to an ASCII word of the same length.
        if raw.is_ascii() && low.len() == raw.len() {
            c.chars += raw.len() as u32;
            add_class_counts(raw.as_bytes(), c);
            count_ascii_word(raw.as_bytes(), low, c);
        } else {
            count_chars(raw, c);
            count_word(raw, low, c);
        }
    }
    // `words_of` splits at single spaces only: every other byte is in a word.
    let spaces = text.len() - word_bytes;
    c.chars += spaces as u32;
}

/// Counts the words of `text` that end in hangul, and those of them that
/// end in a particle or ending (`rules::KOREAN_WORD_ENDINGS`): a pass of
/// its own, for the few blocks that hold hangul.
fn count_korean_words(text: &str, c: &mut Tally) {
    for word in text.split(' ') {
        let letters = word.trim_end_matches(|ch: char| !is_alphanumeric(ch));
        if let Some(last) = letters.chars().next_back().filter(|&ch| is_hangul(ch)) {
            c.aside.hangul_words += 1;
            c.aside.hangul_endings += u32::from(rules::KOREAN_WORD_ENDINGS.contains(&last));
        }
    }
}

/// Counts one word of any script, `raw` as printed and `low` its lowercase
/// form: the word, its stop-word hits, capitalisation and sentence end.
fn count_word(raw: &str, low: &str, c: &mut Tally) {
    c.words += 1;
    count_stop_word(trim_non_alphanumeric(low), c);
    let letters = trim_non_alphanumeric(raw);
    let mut chars = letters.chars();
    if chars.next().is_some_and(char::is_uppercase) {
        c.title_words += 1;
        if chars.next().is_some() && letters.chars().all(|ch| !ch.is_lowercase()) {
            c.caps_words += 1;
        }
    }
    if trim_closers(without_note_marks_str(raw), false).ends_with(['.', '!', '?']) {
        c.sentence_ends += 1;
    }
}

/// `text` without the footnote marks that end it (`…Corporation.[2]`,
/// lynx's `…Corporation.^[2]`, `….[3][4]`): a wiki's or a paper's
/// sentence still ends at the full stop before its note.
fn without_note_marks(text: &[u8]) -> &[u8] {
    let mut b = text;
    while let [rest @ .., b']'] = b {
        let digits = rest.iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let before = &rest[..rest.len() - digits];
        let ([open @ .., b'['], 1..=rules::NOTE_MARK_MAX_DIGITS) = (before, digits) else {
            break;
        };
        b = open.strip_suffix(b"^").unwrap_or(open);
    }
    b
}

/// [`without_note_marks`] of a `str` (only ASCII bytes are cut).
fn without_note_marks_str(text: &str) -> &str {
    &text[..without_note_marks(text.as_bytes()).len()]
}

/// Counts block `text`, `lower` its lowercase form, `case` how the two
/// line up (`Lowered::aligned`).
fn count(text: &str, lower: &str, case: Case, phrases: &Phrases, i: usize) -> Tally {
    let mut c = Tally::default();
    match case {
        Case::Ascii => count_ascii_block(text, lower, &mut c),
        Case::Aligned if lower.len() == text.len() => count_aligned_block(text, lower, &mut c),
        _ => count_block(text, lower, &mut c),
    }
    if c.cjk > 0 {
        c.sentence_ends += text.matches(['。', '！', '？']).count() as u32;
    }
    if c.hangul > 0 {
        count_korean_words(text, &mut c);
    }
    c.aside.spaced_words = c.words;
    // A Korean word holds a particle or an ending besides its stem: its
    // syllables stand in for it as CJK characters do (every word ending
    // in hangul was counted above).
    c.words =
        c.words + (c.cjk + c.hangul) / rules::CJK_CHARS_PER_WORD as u32 - c.aside.hangul_words;
    let trimmed = trim_closers(without_note_marks_str(text), true);
    c.ends_sentence = trimmed.ends_with(rules::SENTENCE_ENDS);
    c.bracketed = text.starts_with('[') && text.ends_with(']');
    c.starts_lower = text.chars().next().is_some_and(char::is_lowercase);
    c.url_or_mail = phrases.url_or_mail[i];
    // Phrases are looked for only in blocks short enough to use them.
    let section_end_shaped = c.words as usize <= rules::SECTION_END_MAX_WORDS;
    let wanted = if c.words as usize <= BOILERPLATE_SEARCH_MAX_WORDS {
        SHORT_BLOCK_FOUND
    } else {
        0
    } | if section_end_shaped {
        SECTION_END_FOUND
    } else {
        0
    };
    let found = if wanted == 0 {
        0
    } else {
        BLOCK_PHRASES.found(lower, wanted)
    };
    c.aside.phrases = found;
    c.boilerplate = found & BOILERPLATE_FOUND != 0;
    if section_end_shaped {
        // Markers start and end with a letter, so a marker in the block is
        // also in the block trimmed of punctuation.
        let bare = trim_non_alphanumeric(lower);
        c.aside.section_end =
            found & SECTION_END_FOUND != 0 || rules::SECTION_END_HEADINGS.contains(&bare);
        c.comment_mark = rules::COMMENT_MARKERS.contains(&bare) || comment_stamp(lower);
    }
    c
}

/// `text` trimmed at its end of closing quotes and brackets (`"`, `'`,
/// `”`, `’`, `)`, `»`, `]`), and of spaces when `spaces`: what
/// `trim_end_matches` with those characters gives, on the bytes. The
/// pattern form cost ~190 instructions a call, most of them to find that
/// the last character is none of them.
fn trim_closers(text: &str, spaces: bool) -> &str {
    let mut b = text.as_bytes();
    loop {
        b = match b {
            [rest @ .., b'"' | b'\'' | b')' | b']'] => rest,
            [rest @ .., b' '] if spaces => rest,
            // ” and ’ (U+201D, U+2019), then » (U+00BB).
            [rest @ .., 0xE2, 0x80, 0x9D | 0x99] => rest,
            [rest @ .., 0xC2, 0xBB] => rest,
            _ => break,
        };
    }
    // Only whole characters were cut off the end.
    &text[..b.len()]
}

/// `char::is_alphanumeric`, answered without the Unicode tables for the
/// non-ASCII characters most common in dumps: Latin letters with
/// diacritics, Latin-1 signs, general punctuation (quotes, dashes),
/// arrows and technical signs, box drawing and shapes (bullets), and the
/// Chinese, Japanese and Korean letters and punctuation. The tables'
/// search cost ~280 instructions a character, and the block features ask
/// it of every non-ASCII character and at both ends of every non-ASCII
/// word (a CJK word's ends cost 18 M instructions over the 882 dev
/// dumps). Checked against the standard library for every character
/// (tested).
#[inline]
fn is_alphanumeric(ch: char) -> bool {
    match u32::from(ch) {
        0..=0x7F => ch.is_ascii_alphanumeric(),
        // Latin-1 signs: of them, ª, µ and º are letters, ², ³, ¹ and
        // ¼–¾ numbers.
        0x80..=0xBF => matches!(
            u32::from(ch),
            0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE
        ),
        // Latin-1 letters and Latin Extended-A and -B, but × and ÷.
        0xC0..=0x24F => ch != '\u{D7}' && ch != '\u{F7}',
        // General punctuation; arrows, mathematical operators and
        // technical signs; box drawing, shapes, symbols and dingbats up
        // to the dingbat digits; CJK punctuation and brackets; fullwidth
        // punctuation.
        0x2000..=0x206F
        | 0x2190..=0x23FF
        | 0x2500..=0x2775
        | 0x3000..=0x3004
        | 0x3008..=0x3020
        | 0xFF01..=0xFF0F
        | 0xFF1A..=0xFF20 => false,
        // Hiragana, katakana, CJK ideographs, hangul syllables, fullwidth
        // digits and letters.
        0x3041..=0x3096
        | 0x30A1..=0x30FA
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7A3
        | 0xFF10..=0xFF19
        | 0xFF21..=0xFF3A
        | 0xFF41..=0xFF5A => true,
        _ => ch.is_alphanumeric(),
    }
}

/// `s.trim_matches(|c: char| !c.is_alphanumeric())`, its ASCII ends read
/// as bytes: the generic trim cost ~260 instructions a short block.
fn trim_non_alphanumeric(s: &str) -> &str {
    let b = s.as_bytes();
    let keep = |c: &u8| !c.is_ascii() || c.is_ascii_alphanumeric();
    // Past ASCII punctuation at either end; a non-ASCII byte found first
    // from the left starts a character, from the right ends one.
    let start = b.iter().position(keep).unwrap_or(b.len());
    let end = b.iter().rposition(keep).map_or(start, |i| i + 1);
    let s = &s[start..end.max(start)];
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(f), Some(l)) if f.is_ascii() && l.is_ascii() => s,
        _ => s.trim_matches(|c: char| !is_alphanumeric(c)),
    }
}

/// The words of block text, which has single spaces between words (see
/// `blocks::Open::append`): cheaper than `split_whitespace`, and a byte
/// loop finds the next space in a short word faster than `split(' ')`'s
/// memchr call.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        while !rest.is_empty() {
            let end = rest.bytes().position(|b| b == b' ').unwrap_or(rest.len());
            let word = &rest[..end];
            rest = rest.get(end + 1..).unwrap_or("");
            if !word.is_empty() {
                return Some(word);
            }
        }
        None
    })
}

/// Guesses the language from stop-word hits over the whole page, or from
/// the script when the page is mostly CJK.
fn guess_language(counts: &[Counts], aside: &[Aside]) -> (Option<&'static str>, usize) {
    let mut totals = [0usize; LANGUAGES];
    for a in aside {
        for (t, &h) in totals.iter_mut().zip(&a.stop_hits) {
            *t += usize::from(h);
        }
    }
    let (mut words, mut cjk, mut hangul, mut chars) = (0usize, 0usize, 0usize, 0usize);
    for c in counts {
        words += c.words as usize;
        cjk += c.cjk as usize;
        hangul += c.hangul as usize;
        chars += c.chars as usize;
    }
    let share = |n: usize| chars > 0 && n as f32 / chars as f32 > rules::CJK_PAGE_SHARE;
    if share(hangul) {
        return (Some("ko"), 0);
    }
    if share(cjk) {
        return (Some("zh"), 0);
    }
    let (best, hits) = totals
        .iter()
        .copied()
        .enumerate()
        .max_by_key(|&(_, h)| h)
        .unwrap_or((0, 0));
    let reliable = words > 0 && hits as f32 / words as f32 >= rules::LANGUAGE_MIN_STOP_SHARE;
    let code = rules::STOP_WORDS.get(best).map(|(code, _)| *code);
    (code.filter(|_| reliable), best)
}

/// Computes the features of every block of a page.
pub fn page(blocks: &[Block]) -> Page {
    let lowered = Lowered::new(blocks);
    let lower = lowered.blocks();
    let phrases = Phrases {
        url_or_mail: lowered.holding(&*URL_OR_MAIL),
    };
    let (first_same, repeats) = same_texts(blocks);
    let (counts, aside) = count_blocks(blocks, &lower, &lowered.aligned, &phrases, &first_same);
    drop(phrases);
    let (mut language, lang_index) = guess_language(&counts, &aside);
    if language == Some("zh") && blocks.iter().any(|b| b.text.chars().any(is_kana)) {
        language = Some("ja");
    }
    let words: Vec<usize> = counts.iter().map(|c| c.words as usize).collect();
    let spaced_words: Vec<usize> = aside.iter().map(|a| a.spaced_words as usize).collect();
    let phrases: Vec<u32> = aside.iter().map(|a| a.phrases).collect();
    let stop_density: Vec<f32> = counts
        .iter()
        .zip(&aside)
        .map(|(c, a)| {
            if c.cjk * 2 > c.chars {
                // No spaces to count words by: function characters stand in.
                a.cjk_function as f32 / c.cjk as f32 * rules::CJK_FUNCTION_SCALE
            } else if a.hangul_words * 2 > c.words {
                // Korean: particles and endings are written onto words.
                a.hangul_endings as f32 / a.hangul_words as f32
            } else {
                f32::from(a.stop_hits[lang_index]) / c.words.max(1) as f32
            }
        })
        .collect();
    let prose: Vec<bool> = (0..blocks.len())
        .map(|i| is_prose(words[i], stop_density[i], &counts[i]))
        .collect();
    let run = densest_run(&words, &prose);
    let repeated_by = near_repeats(&lower, &lowered.aligned, &words);
    let page_indent = dominant_indent(blocks, &words);
    let section_end = (run.start..blocks.len())
        .find(|&i| {
            i > run.start
                && (aside[i].section_end
                    || (words[i] <= rules::COUNTED_SECTION_MAX_WORDS
                        && counted_section_head(lower[i])))
        })
        .unwrap_or(usize::MAX);
    let angled = lowered.holding_byte(b'<');
    let series = Series::new(blocks, &lower, &words, &counts, &angled);
    // Read no more: freed before the vectors are built.
    drop((lower, aside, angled));
    let n = blocks.len().max(1) as f32;
    // Every per-block slice cut to the block count: the loop's index
    // checks then fold away (a hundred instructions a block).
    let len = blocks.len();
    let (counts, stop_density_of, repeats_of) =
        (&counts[..len], &stop_density[..len], &repeats[..len]);
    let (words_of, prose) = (&words[..len], &prose[..len]);
    let (clock, counted) = (&series.clock[..len], &series.counted[..len]);
    let (markup, titles) = (&series.markup[..len], &series.titles[..len]);
    // The window counts and run lengths are taken block by block as the
    // vectors are built, not kept in vectors of their own (a `usize` a
    // block each).
    let mut marks_near =
        WindowCount::new(len, rules::COMMENT_MARK_WINDOW, |i| counts[i].comment_mark);
    let mut clock_near = WindowCount::new(len, rules::CLOCK_WINDOW, |i| clock[i]);
    let mut counters_near = WindowCount::new(len, rules::COUNTER_WINDOW, |i| counted[i]);
    let mut short_run = RunLength::new(len, |i| words_of[i] < rules::SHORT_BLOCK_WORDS);
    let mut title_run = RunLength::new(len, |i| titles[i]);
    let mut vectors: Vec<Vector> = Vec::with_capacity(len);
    for i in 0..len {
        let c = &counts[i];
        let b = &blocks[i];
        let w = c.words.max(1) as f32;
        let distance = if run.contains(&i) {
            0
        } else if i < run.start {
            run.start - i
        } else {
            i + 1 - run.end
        };
        let log_words = ln_1p(c.words as usize);
        vectors.push([
            1.0,
            ln_1p((c.chars + c.cjk) as usize),
            log_words,
            stop_density_of[i],
            flag(c.ends_sentence),
            c.sentence_ends as f32 / w,
            c.title_words as f32 / w,
            c.caps_words as f32 / w,
            c.digits as f32 / c.chars.max(1) as f32,
            flag(b.bullet),
            flag(c.boilerplate),
            flag(b.lines > 1),
            i as f32 / n,
            flag(run.contains(&i)),
            ln_1p(distance),
            flag(repeats_of[i] > 1),
            ln_1p(short_run.at(i)),
            c.separators as f32 / w,
            flag(c.bracketed),
            flag(c.url_or_mail),
            c.punct as f32 / c.chars.max(1) as f32,
            c.commas as f32 / w,
            flag(b.indent < page_indent),
            flag(b.indent > page_indent),
            flag(b.blank_before) + flag(b.blank_after),
            flag(c.starts_lower),
            flag(prose[i]),
            flag(i < run.start),
            flag(i >= run.end),
            log_words * stop_density_of[i],
            flag(i > section_end),
            ln_1p(marks_near.next_sum()),
            ln_1p(clock_near.next_sum()),
            ln_1p(counters_near.next_sum()),
            flag(markup[i]),
            flag((c.cjk + c.hangul) * 2 > c.chars && c.sentence_ends == 0),
            ln_1p(title_run.at(i)),
        ]);
    }
    Page {
        vectors,
        words,
        spaced_words,
        stop_density,
        run,
        language,
        repeats,
        first_same,
        repeated_by,
        phrases,
        lowered,
    }
}

/// Integers below this keep their logarithm in [`LN_1P`].
const LN_1P_TABLE_LEN: usize = 1024;

/// The bits of `ln_1p_of(k)` for `k` below [`LN_1P_TABLE_LEN`], each
/// computed by that same function the first time it is asked for
/// ([`LN_1P_UNSET`] until then), so a value read here has the bits it
/// would have been computed with. The features take eight logarithms of
/// small counts a block (words, characters, distances, window counts):
/// `logf` cost ~20 instructions a call, 30 M over the 882 dev dumps.
/// Filled on demand, not at start: a one-page run asks for a few dozen.
/// Threads that race on an entry store the same bits.
static LN_1P: [AtomicU32; LN_1P_TABLE_LEN] =
    [const { AtomicU32::new(LN_1P_UNSET) }; LN_1P_TABLE_LEN];

/// An entry of [`LN_1P`] not computed yet: a NaN's bits, which no
/// logarithm of a positive number has.
const LN_1P_UNSET: u32 = u32::MAX;

/// `ln(k + 1)` in `f32`, as each feature computed it, through [`LN_1P`].
fn ln_1p(k: usize) -> f32 {
    let Some(entry) = LN_1P.get(k) else {
        return ln_1p_of(k);
    };
    let bits = entry.load(Ordering::Relaxed);
    if bits != LN_1P_UNSET {
        return f32::from_bits(bits);
    }
    let value = ln_1p_of(k);
    entry.store(value.to_bits(), Ordering::Relaxed);
    value
}

/// `ln(k + 1)` in `f32`.
fn ln_1p_of(k: usize) -> f32 {
    (k as f32 + 1.0).ln()
}

/// 1 or 0 (a conversion, not a branch or a select).
fn flag(b: bool) -> f32 {
    f32::from(u8::from(b))
}

/// Running text: long enough and dense in function words, or ending in a
/// full stop with several sentences' worth of words.
fn is_prose(words: usize, stop_density: f32, c: &Counts) -> bool {
    words >= rules::PROSE_MIN_WORDS
        && !c.boilerplate
        && (stop_density >= rules::PROSE_MIN_STOP_DENSITY || c.ends_sentence)
}

/// The block range with the most prose words, net of the blocks between.
fn densest_run(words: &[usize], prose: &[bool]) -> std::ops::Range<usize> {
    let gain = |i: usize| {
        if prose[i] {
            words[i] as f32
        } else {
            -(rules::RUN_GAP_COST + rules::RUN_GAP_COST_PER_WORD * words[i] as f32)
        }
    };
    best_run(words.len(), gain)
}

/// The range of `0..len` whose `gain`s sum highest (empty when none is
/// positive): Kadane's maximum-sum subarray, in linear time.
pub fn best_run(len: usize, gain: impl Fn(usize) -> f32) -> std::ops::Range<usize> {
    let (mut best, mut best_range) = (0.0f32, 0..0);
    let (mut sum, mut start) = (0.0f32, 0);
    for i in 0..len {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += gain(i);
        if sum > best {
            best = sum;
            best_range = start..i + 1;
        }
    }
    best_range
}

/// Features of blocks that come in series: clock stamps (live feeds,
/// comment threads), gallery counters, printed markup and runs of
/// title-shaped blocks (teaser lists). A flag a block each; the vectors
/// count them over windows and runs ([`WindowCount`], [`RunLength`]).
struct Series {
    /// The block is a clock stamp (counted within `rules::CLOCK_WINDOW`).
    clock: Vec<bool>,
    /// The block opens with a counter of a gallery series (counted within
    /// `rules::COUNTER_WINDOW`).
    counted: Vec<bool>,
    /// The block holds the text of an HTML tag.
    markup: Vec<bool>,
    /// The block is title-shaped (the length of the run of them it is in
    /// is a feature).
    titles: Vec<bool>,
}

impl Series {
    fn new(
        blocks: &[Block],
        lower: &[&str],
        words: &[usize],
        counts: &[Counts],
        angled: &[bool],
    ) -> Series {
        // A clock time and a gallery counter are ASCII digits: the blocks
        // `count` found none in (most) are not read again.
        let has_digit = |i: usize| counts[i].digits > 0;
        let clock: Vec<bool> = (0..blocks.len())
            .map(|i| has_digit(i) && is_clock_stamp(&blocks[i].text, words[i]))
            .collect();
        let counters: Vec<Option<(u32, u32)>> = (0..blocks.len())
            .map(|i| {
                if has_digit(i) {
                    gallery_counter(&blocks[i].text)
                } else {
                    None
                }
            })
            .collect();
        let in_series = gallery_series(&counters);
        let counted: Vec<bool> = counters
            .iter()
            .map(|c| c.is_some_and(|(_, n)| in_series.contains(&n)))
            .collect();
        let titles: Vec<bool> = words
            .iter()
            .zip(counts)
            .map(|(w, c)| rules::TITLE_SHAPE_WORDS.contains(w) && !c.ends_sentence)
            .collect();
        Series {
            clock,
            counted,
            markup: lower
                .iter()
                .zip(angled)
                .map(|(l, &angle)| holds_markup(l, angle))
                .collect(),
            titles,
        }
    }
}

/// `rules::MARKUP_TAGS` as one automaton.
static MARKUP: PhraseSet = phrase_set!("markup");

/// Lowercase text holds an HTML tag as printed text
/// (`rules::MARKUP_TAGS`); `has_angle` tells whether it holds a '<' (see
/// [`Lowered::holding_byte`]).
fn holds_markup(lower: &str, has_angle: bool) -> bool {
    has_angle && MARKUP.is_match(lower)
}

/// Byte offset of the first clock time in `text` ("9:46", "14:44",
/// "14h44"): one or two digits of hour (at most 23), ":" or "h", two of
/// minute (at most 59), not part of a longer number ("2025:12", "1.5:30").
/// A time with seconds ("17:59:00") is a machine's (a log, a data table),
/// not a stamp people read, so it does not count.
fn find_clock(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let value =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
    // The time whose ':' or 'h' is at `i`, if one is.
    let clock_at = |i: usize| {
        if !(1..b.len().saturating_sub(2)).contains(&i)
            || !digit(i - 1)
            || !digit(i + 1)
            || !digit(i + 2)
        {
            return None;
        }
        if digit(i + 3) || (b.get(i + 3) == Some(&b':') && digit(i + 4)) {
            return None;
        }
        let start = if i >= 2 && digit(i - 2) { i - 2 } else { i - 1 };
        let glued =
            start > 0 && (b[start - 1].is_ascii_alphanumeric() || b":./".contains(&b[start - 1]));
        (!glued && value(start..i) <= 23 && value(i + 1..i + 3) <= 59).then_some(start)
    };
    // The ':' and 'h' bytes in order, found eight bytes a step (a byte
    // loop took eight instructions a byte).
    let mut at = 0;
    while let Some(v) = read_u64(b, at) {
        let mut hits = lanes_holding(v, b':') | lanes_holding(v, b'h');
        while hits != 0 {
            if let Some(start) = clock_at(at + hits.trailing_zeros() as usize / 8) {
                return Some(start);
            }
            hits &= hits - 1;
        }
        at += 8;
    }
    (at..b.len())
        .filter(|&i| matches!(b[i], b':' | b'h'))
        .find_map(clock_at)
}

/// A clock stamp: a block that opens with a clock time (a live feed's
/// item), or a short block that holds one (a comment's "December 18,
/// 2025, 9:46 pm"; see `rules::CLOCK_STAMP_MAX_WORDS`).
fn is_clock_stamp(text: &str, words: usize) -> bool {
    if words <= rules::CLOCK_STAMP_MAX_WORDS {
        return find_clock(text).is_some();
    }
    // A longer block counts only when it opens with the time, which then
    // starts with a digit: prose (most blocks) skips the byte scan.
    text.as_bytes().first().is_some_and(u8::is_ascii_digit) && find_clock(text) == Some(0)
}

/// The (position, total) of a gallery counter the block opens with:
/// "3/50 Star Wars boosts economy", "Image 4 of 12", "Slide 2 / 9". The
/// position is at least 1 and at most the total; a date ("12/5/2020")
/// is not one.
fn gallery_counter(text: &str) -> Option<(u32, u32)> {
    let mut rest = text.trim_start();
    if !may_open_with_number(rest) {
        return None;
    }
    // An optional label word: letters, then a space, then a digit. The
    // digit is tested first: most blocks go on with a word, and the label
    // tests then need not decode the first one.
    if let Some((label, tail)) = rest.split_once(' ')
        && tail.starts_with(|c: char| c.is_ascii_digit())
        && !label.is_empty()
        && label.chars().count() <= rules::COUNTER_LABEL_MAX_CHARS
        && label.chars().all(char::is_alphabetic)
    {
        rest = tail;
    }
    let number = |s: &str| -> Option<(u32, usize)> {
        let len = s.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 || len > 3 {
            return None;
        }
        s[..len].parse().ok().map(|n| (n, len))
    };
    let (k, len) = number(rest)?;
    let after = rest[len..].trim_start();
    let after = if let Some(t) = after.strip_prefix('/') {
        t
    } else {
        let (word, t) = after.split_once(' ')?;
        if !is_counter_of_word(word) {
            return None;
        }
        t
    }
    .trim_start();
    let (n, len) = number(after)?;
    let next = after[len..].chars().next();
    let ends = next.is_none_or(|c| c == ' ' || c == ':' || c == ')' || c == ']');
    (ends && (1..=n).contains(&k)).then_some((k, n))
}

/// `word` lowercased is one of `rules::COUNTER_OF_WORDS` (all ASCII and
/// lowercase, tested): an ASCII word compared without the lowercase copy
/// (`to_lowercase` allocated one for each block whose second word may be
/// "of").
fn is_counter_of_word(word: &str) -> bool {
    if word.is_ascii() {
        rules::COUNTER_OF_WORDS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
    } else {
        rules::COUNTER_OF_WORDS.contains(&word.to_lowercase().as_str())
    }
}

/// What [`gallery_counter`] needs first, tested on bytes: `text` opens
/// with a digit, or its first space comes after a word short enough to
/// be a label (at most `rules::COUNTER_LABEL_MAX_CHARS` characters of at
/// most four bytes) and before a digit. Most blocks open with a longer
/// word or none of these, and skip the searches and decoding.
fn may_open_with_number(text: &str) -> bool {
    let b = text.as_bytes();
    let digit_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let label_max_bytes = rules::COUNTER_LABEL_MAX_CHARS * 4;
    digit_at(0)
        || b.iter()
            .take(label_max_bytes + 1)
            .position(|&c| c == b' ')
            .is_some_and(|space| digit_at(space + 1))
}

/// Totals of the gallery series on a page: counters sharing a total with
/// at least `rules::COUNTER_MIN_SERIES` different positions.
fn gallery_series(counters: &[Option<(u32, u32)>]) -> Vec<u32> {
    let mut seen: Vec<(u32, u32)> = counters.iter().flatten().copied().collect();
    seen.sort_unstable_by_key(|&(k, n)| (n, k));
    seen.dedup();
    let mut out = Vec::new();
    for chunk in seen.chunk_by(|a, b| a.1 == b.1) {
        if chunk.len() >= rules::COUNTER_MIN_SERIES {
            out.push(chunk[0].1);
        }
    }
    out
}

/// "59 Comments on “Title”", "2 responses to …": a count, then a word of
/// `rules::COUNTED_SECTION_WORDS` (lowercase text).
fn counted_section_head(lower: &str) -> bool {
    let mut words = lower.split(' ');
    let count = words.next().unwrap_or("");
    !count.is_empty()
        && count.bytes().all(|b| b.is_ascii_digit())
        && words
            .next()
            .is_some_and(|w| rules::COUNTED_SECTION_WORDS.contains(&w))
}

/// For blocks `0..len` taken in order, the length of the run of blocks
/// with `flag` set that each is in (0 when unset): menus and link lists
/// are long runs of short blocks, teaser lists of title-shaped ones. A
/// run is measured when its first block is reached.
struct RunLength<F> {
    flag: F,
    len: usize,
    /// The run met last, as a block range.
    run: std::ops::Range<usize>,
}

impl<F: Fn(usize) -> bool> RunLength<F> {
    fn new(len: usize, flag: F) -> RunLength<F> {
        RunLength {
            flag,
            len,
            run: 0..0,
        }
    }

    /// The run length at block `i`, `i` at least the last one asked.
    fn at(&mut self, i: usize) -> usize {
        if !(self.flag)(i) {
            return 0;
        }
        if i >= self.run.end {
            let mut end = i + 1;
            while end < self.len && (self.flag)(end) {
                end += 1;
            }
            self.run = i..end;
        }
        self.run.len()
    }
}

/// For blocks `0..len` taken in order, how many blocks within `r` on each
/// side (the block itself included) have `flag` set: one running count,
/// the block entering the window added and the one leaving it taken off.
struct WindowCount<F> {
    flag: F,
    len: usize,
    r: usize,
    /// The next block's index.
    next: usize,
    sum: usize,
}

impl<F: Fn(usize) -> bool> WindowCount<F> {
    fn new(len: usize, r: usize, flag: F) -> WindowCount<F> {
        let sum = (0..r.min(len)).filter(|&i| flag(i)).count();
        WindowCount {
            flag,
            len,
            r,
            next: 0,
            sum,
        }
    }

    /// The count around the next block.
    fn next_sum(&mut self) -> usize {
        let i = self.next;
        if i + self.r < self.len {
            self.sum += usize::from((self.flag)(i + self.r));
        }
        let sum = self.sum;
        if let Some(leaving) = i.checked_sub(self.r) {
            self.sum -= usize::from((self.flag)(leaving));
        }
        self.next += 1;
        sum
    }
}

/// [`count`] of each block, its [`Aside`] apart.
/// A block's counts depend on its text alone (its lowercase form and its
/// links are found in it), so a text met before (a menu in header and
/// footer, "Reply" under each comment; see [`same_texts`]) takes the
/// counts of its first block.
fn count_blocks(
    blocks: &[Block],
    lower: &[&str],
    aligned: &[Case],
    phrases: &Phrases,
    first_same: &[usize],
) -> (Vec<Counts>, Vec<Aside>) {
    let mut counts: Vec<Counts> = Vec::with_capacity(blocks.len());
    let mut aside: Vec<Aside> = Vec::with_capacity(blocks.len());
    for (i, b) in blocks.iter().enumerate() {
        let f = first_same[i];
        if f < i {
            counts.push(counts[f].clone());
            aside.push(aside[f].clone());
        } else {
            let t = count(&b.text, lower[i], aligned[i], phrases, i);
            counts.push(t.counts);
            aside.push(t.aside);
        }
    }
    (counts, aside)
}

/// For each block, the first block with the same text (itself when none
/// before has it), and how often its text occurs in the page (menus
/// repeat in header and footer; a headline often repeats in the
/// breadcrumb). One hash of each block's text.
fn same_texts(blocks: &[Block]) -> (Vec<usize>, Vec<usize>) {
    // Fx hashing: whole paragraphs are keys, and Fx reads them a word at
    // a time where FNV goes byte by byte.
    let mut seen: rustc_hash::FxHashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(blocks.len(), Default::default());
    let first: Vec<usize> = blocks
        .iter()
        .enumerate()
        .map(|(i, b)| *seen.entry(b.text.as_str()).or_insert(i))
        .collect();
    let mut times = vec![0; blocks.len()];
    for &f in &first {
        times[f] += 1;
    }
    let repeats = first.iter().map(|&f| times[f]).collect();
    (first, repeats)
}

/// For each block, the first of the next `rules::NEAR_REPEAT_REACH` blocks
/// that nearly repeats it, if any. Text browsers print an image's alt text and then its
/// caption, which often says the same; teaser cards print a title twice
/// (the picture's link and the headline's); a caption repeats with its
/// credit appended ("… | Foto: Reuters").
fn near_repeats(lower: &[&str], cases: &[Case], words: &[usize]) -> Vec<Option<usize>> {
    let compared = |i: usize| {
        (rules::NEAR_REPEAT_MIN_WORDS..=rules::NEAR_REPEAT_MAX_WORDS).contains(&words[i])
    };
    // Each block's first letter or digit, found once rather than in each
    // of the up to 2 × `NEAR_REPEAT_REACH` pairs it is in.
    let first: Vec<Option<char>> = (0..words.len())
        .map(|i| {
            if compared(i) {
                first_key_char(lower[i])
            } else {
                None
            }
        })
        .collect();
    (0..words.len())
        .map(|i| {
            if !compared(i) {
                return None;
            }
            let a = lower[i];
            (i + 1..(i + 1 + rules::NEAR_REPEAT_REACH).min(words.len())).find(|&j| {
                let ascii = cases[i] == Case::Ascii && cases[j] == Case::Ascii;
                compared(j)
                    && !first_chars_differ(first[i], first[j])
                    && nearly_repeats_past_first(a, lower[j], ascii)
            })
        })
        .collect()
}

/// Two lowercase texts say the same: their words are the same, or the
/// words of one begin the other and are most of it (a caption with a
/// credit appended). `ascii`: both texts are known to be ASCII, and
/// their words are split on bytes (when false they may be ASCII all the
/// same: the plain split is exact for any text).
#[cfg(test)]
fn nearly_repeats(a: &str, b: &str, ascii: bool) -> bool {
    !first_words_differ(a, b) && nearly_repeats_past_first(a, b, ascii)
}

/// `nearly_repeats` once `first_words_differ` has said no.
fn nearly_repeats_past_first(a: &str, b: &str, ascii: bool) -> bool {
    if a == b {
        // All words shared, none left: a repeat when there is a word.
        return first_key_char(a).is_some();
    }
    let start = if ascii {
        ascii_common_start(a.as_bytes(), b.as_bytes())
    } else {
        unicode_common_start(a, b)
    };
    start.is_some_and(|c| {
        let longer = c.chars + c.rest.0.max(c.rest.1);
        c.chars > 0 && c.chars as f32 >= longer as f32 * rules::NEAR_REPEAT_MIN_SHARE
    })
}

/// `blocks::common_start` with exact compares, its key words split by
/// [`is_alphanumeric`], the same split as `blocks::key_words`' (the two
/// agree on every character, tested) without the Unicode tables, which
/// cost ~1,000 instructions a pair.
fn unicode_common_start(a: &str, b: &str) -> Option<CommonStart> {
    let key_words =
        |t| str::split(t, |c: char| !is_alphanumeric(c)).filter(|w: &&str| !w.is_empty());
    common_start_of_words(key_words(a), key_words(b), |x, y| x == y)
}

/// `blocks::common_start` with exact compares, for two ASCII texts: the
/// words split on bytes (an ASCII character is alphanumeric as a `char`
/// when it is as a byte, and counts one character), not on decoded
/// characters.
fn ascii_common_start(a: &[u8], b: &[u8]) -> Option<CommonStart> {
    let (mut wa, mut wb) = (AsciiKeyWords { rest: a }, AsciiKeyWords { rest: b });
    let (mut words, mut chars) = (0, 0);
    loop {
        match (wa.next(), wb.next()) {
            (Some(x), Some(y)) if x == y => {
                words += 1;
                chars += x.len() + 1;
            }
            (Some(_), Some(_)) => return None,
            (x, y) => {
                let rest = |w: Option<&[u8]>, more: AsciiKeyWords| {
                    w.map_or(0, |w| w.len() + 1) + more.map(|w| w.len() + 1).sum::<usize>()
                };
                return Some(CommonStart {
                    words,
                    chars,
                    rest: (rest(x, wa), rest(y, wb)),
                });
            }
        }
    }
}

/// `blocks::key_words` of an ASCII text, on its bytes.
struct AsciiKeyWords<'a> {
    rest: &'a [u8],
}

impl<'a> Iterator for AsciiKeyWords<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        let start = self.rest.iter().position(u8::is_ascii_alphanumeric)?;
        let tail = &self.rest[start..];
        let len = tail
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(tail.len());
        let (word, rest) = tail.split_at(len);
        self.rest = rest;
        Some(word)
    }
}

/// True when the first words of `a` and `b` (as `blocks::key_words`
/// splits them) surely differ: their first letters or digits, which
/// start their first words, are not the same. Most pairs of blocks
/// differ there, and the test spares them `common_start`, which decodes
/// the words.
#[cfg(test)]
fn first_words_differ(a: &str, b: &str) -> bool {
    first_chars_differ(first_key_char(a), first_key_char(b))
}

/// The first letter or digit of `s`, which starts its first key word
/// (by [`is_alphanumeric`]: `char::is_alphanumeric` cost ~100
/// instructions a block opening with a bullet or a quote mark).
fn first_key_char(s: &str) -> Option<char> {
    s.chars().find(|&c| is_alphanumeric(c))
}

/// `first_words_differ` from the texts' [`first_key_char`]s.
fn first_chars_differ(a: Option<char>, b: Option<char>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x != y)
}

/// The indent most prose words stand at (lynx: 3, others: 0).
fn dominant_indent(blocks: &[Block], words: &[usize]) -> usize {
    // Fx hashing: SipHash cost ~100 instructions a block here. The order
    // of the entries does not matter: no two share an indent, so the
    // maximum below is unique.
    // Indents below `SMALL` (nearly all) are summed in an array, the
    // others in the map: a map entry a block cost ~40 instructions.
    const SMALL: usize = 64;
    let mut small = [0usize; SMALL];
    // The small indents some block has (a bit each): only they are
    // candidates, as only they were in the map.
    let mut seen = 0u64;
    let mut by_indent: rustc_hash::FxHashMap<usize, usize> = Default::default();
    for (b, w) in blocks.iter().zip(words) {
        match small.get_mut(b.indent) {
            Some(sum) => {
                *sum += w;
                seen |= 1 << b.indent;
            }
            None => *by_indent.entry(b.indent).or_default() += w,
        }
    }
    (0..SMALL)
        .filter(|&indent| seen >> indent & 1 != 0)
        .map(|indent| (indent, small[indent]))
        .chain(by_indent)
        .max_by_key(|&(indent, w)| (w, std::cmp::Reverse(indent)))
        .map_or(0, |(indent, _)| indent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::text::blocks::common_start;

    #[test]
    fn consent_notices_are_told_from_prose_about_cookies() {
        for (lower, want) in [
            (
                "we and our 100 partners store and/or access information on a device, such as unique ids in cookies to process personal data.",
                Some("store and/or access information on a device"),
            ),
            (
                "nous utilisons des cookies pour mesurer l'audience.",
                Some("nous utilisons des cookies"),
            ),
            // A notice's phrase without cookies, and cookies without one.
            ("by clicking accept below, you grant your consent.", None),
            (
                "nearly every website you visit sets cookies that tell advertisers where you have been.",
                None,
            ),
            ("she said we use cookie cutters at home.", None),
        ] {
            assert_eq!(consent_phrase(lower), want, "{lower}");
        }
    }

    #[test]
    fn a_pages_consent_notices_are_its_blocks_that_read_as_one() {
        let notice = "We use cookies and similar technologies to improve your browsing experience, personalize content and offers, show targeted ads, analyze traffic, and better understand you. We may share your information with third-party partners for marketing purposes. To learn more and make choices about data use, visit our Advertising Policy and Privacy Policy.";
        let dump = format!(
            "We use cookies. Accept?\n\n{notice}\n\nThe cookies were baked on Monday, and the baker said they sold out by noon.\n\n{notice} Our cookie policy says more.\n"
        );
        let blocks = super::super::blocks::split(&dump);
        let page = page(&blocks);
        // The short notice is the classifier's to weigh.
        assert_eq!(page.consent_notices(), [1, 3], "{blocks:?}");
        let plain = super::super::blocks::split("A page with no notice.\n\nNor here.\n");
        assert!(super::page(&plain).consent_notices().is_empty());
    }

    /// The indices found at compile time are the names' positions.
    #[test]
    fn feature_indices_are_the_names_positions() {
        let position = |name: &str| NAMES.iter().position(|n| *n == name);
        for (at, name) in [
            (index::BOILERPLATE, "boilerplate"),
            (index::ENDS_SENTENCE, "ends_sentence"),
            (index::MENU_SEPARATORS, "menu_separators"),
            (index::AFTER_SECTION_END, "after_section_end"),
            (index::COMMENT_MARKS_NEAR, "comment_marks_near"),
            (index::URL_OR_MAIL, "url_or_mail"),
        ] {
            assert_eq!(Some(at), position(name), "{name}");
        }
    }
    use crate::parse::text::blocks;

    /// The regex never matches where `may_be_comment_stamp` says no.
    #[test]
    fn comment_stamp_prefilter_keeps_every_match() {
        for (lower, want) in [
            ("jane says:", true),
            ("jane-says:", true),
            ("jane.says:", true),
            ("janesays:", false),
            ("march 10, 2017 at 3:50 pm", true),
            ("march 10, 2017 at 3:50pm", true),
            ("march 10, 2017 at 13:50 \u{a0}p.m", true),
            ("at \u{663}:\u{664}\u{665} am", true),
            ("at 123:45 pm", false),
            ("at 3 pm", false),
            ("that 3:50 pm", false),
            ("at 3:5 pm", false),
            ("3 hours ago", true),
            ("x 12 days ago", true),
            ("\u{663} minutes ago", true),
            ("x3 hours ago", false),
            ("3 weeks ago", false),
            ("3 hours ago.", false),
            ("a long paragraph with 2 numbers in 2024", false),
        ] {
            let matched = COMMENT_STAMP.is_match(lower);
            assert_eq!(matched, want, "{lower}");
            assert!(may_be_comment_stamp(lower) || !matched, "{lower}");
            assert_eq!(comment_stamp(lower), matched, "{lower}");
        }
    }

    /// A block with more stop words than a lane counts keeps the lane
    /// full (it wrapped to a small count, and panicked in a debug build,
    /// on a one-line page of 400,000 words).
    #[test]
    fn stop_hits_stop_at_the_most_a_lane_holds() {
        let mut c = Tally::default();
        for _ in 0..70_000 {
            add_stop_hits(0b11, &mut c);
        }
        assert_eq!(c.aside.stop_hits[..3], [u16::MAX, u16::MAX, 0]);
    }

    /// The sets `build.rs` made at compile time are the automata of the
    /// lists their uses name.
    #[test]
    fn compiled_sets_are_their_lists_automata() {
        BLOCK_PHRASES.assert_built_from(&[
            rules::BOILERPLATE_PHRASES,
            rules::SECTION_END_MARKERS,
            rules::NOT_BYLINE_PHRASES,
            rules::PUBLISHED_LABELS,
            rules::CAPTION_MARKERS,
            rules::UPDATE_LABELS,
        ]);
        MARKUP.assert_built_from(&[rules::MARKUP_TAGS]);
    }

    /// A text searched as two halves gives what one pass over it gives:
    /// every phrase of the block phrase lists, at every place across the
    /// cut between the halves, and random texts of the lists' pieces.
    #[test]
    fn halves_find_what_one_pass_finds() {
        let one_pass = |set: &PhraseSet, text: &str, wanted: u32| {
            set.found_from(0, text.as_bytes(), set.empty & wanted, wanted)
        };
        let lists: &[&[&str]] = &[
            rules::BOILERPLATE_PHRASES,
            rules::SECTION_END_MARKERS,
            rules::CAPTION_MARKERS,
            rules::UPDATE_LABELS,
        ];
        let set = PhraseSet::of_lists(lists);
        // Long enough to be cut: the cut is at `mid`.
        let (len, overlap) = (4 * set.longest, set.longest - 1);
        let mid = (len + overlap) / 2;
        assert_eq!(
            set.found(&"z".repeat(len), set.all),
            0,
            "no phrase in the filler"
        );
        for (k, list) in lists.iter().enumerate() {
            for phrase in *list {
                for start in mid.saturating_sub(phrase.len())..=mid {
                    let text = format!(
                        "{}{phrase}{}",
                        "z".repeat(start),
                        "z".repeat(len - start - phrase.len())
                    );
                    assert!(
                        set.found(&text, 1 << k) != 0,
                        "{phrase:?} from byte {start}"
                    );
                    assert_eq!(set.found(&text, set.all), one_pass(&set, &text, set.all));
                }
            }
        }
        let pieces: Vec<&str> = lists
            .iter()
            .flat_map(|l| l.iter().copied())
            .chain([" ", "é", "the council met", "日本"])
            .collect();
        let mut rng = crate::test_rng::Rng::new(0x9B05_688C_2B3E_6C1F);
        for _ in 0..2_000 {
            let text: String = (0..1 + rng.below(40))
                .map(|_| pieces[rng.below(pieces.len())])
                .collect();
            for wanted in [set.all, 0b0001, 0b0110, 0b1000] {
                assert_eq!(
                    set.found(&text, wanted),
                    one_pass(&set, &text, wanted),
                    "{text:?}"
                );
            }
        }
    }

    /// What the features' one pass records for each list, read back by
    /// [`Page::holds`] (or searched, for a longer block), is what the
    /// list's own automaton finds in the block's lowercase text, on random
    /// pages of blocks short and long, with and without the phrases.
    #[test]
    fn shared_phrase_answers_are_each_lists_own() {
        let lists = [
            (BlockPhrase::Boilerplate, rules::BOILERPLATE_PHRASES),
            (BlockPhrase::SectionEnd, rules::SECTION_END_MARKERS),
            (BlockPhrase::NotByline, rules::NOT_BYLINE_PHRASES),
            (BlockPhrase::PublishedLabel, rules::PUBLISHED_LABELS),
            (BlockPhrase::CaptionMarker, rules::CAPTION_MARKERS),
        ];
        let own: Vec<PhraseSet> = lists.iter().map(|(_, l)| PhraseSet::new(l)).collect();
        let mut pieces: Vec<&str> = lists.iter().flat_map(|(_, l)| l.iter().copied()).collect();
        pieces.extend([
            "The",
            "council",
            "met",
            "Photo",
            "By",
            "PUBLISHED",
            "Σ",
            "İ",
            "é",
            "’",
            "—",
            "日本",
        ]);
        let mut rng = crate::test_rng::Rng::new(0x5EED_B10C);
        let mut held = [0usize; 5];
        for _ in 0..300 {
            let dump: String = (0..1 + rng.below(8))
                .map(|_| {
                    let words: Vec<&str> = (0..1 + rng.below(60))
                        .map(|_| pieces[rng.below(pieces.len())])
                        .collect();
                    format!("{}\n\n", words.join(" "))
                })
                .collect();
            let blocks = blocks::split(&dump);
            let page = page(&blocks);
            for i in 0..blocks.len() {
                for (k, ((list, _), set)) in lists.iter().zip(&own).enumerate() {
                    let want = set.is_match(page.lower(i));
                    held[k] += usize::from(want);
                    assert_eq!(page.holds(i, *list), want, "{list:?} {:?}", page.lower(i));
                    assert_eq!(holds_phrase(page.lower(i), *list), want);
                }
            }
        }
        assert!(held.iter().all(|&n| n > 50), "{held:?}");
    }

    /// The three searches mark the blocks the regex they replace marked.
    #[test]
    fn url_or_mail_blocks_as_the_regex_found_them() {
        let re = Regex::new(r"http|www\.|@").expect("valid regex");
        let text = "See https://x.org now\n\nwww.example.com\n\nwwwx and htt p\n\n\
                    mail me: a@b.c\n\nHTTP upper\n\nplain text\n\nhttphttp@www.\n";
        let blocks = blocks::split(text);
        let lowered = Lowered::new(&blocks);
        let by_regex: Vec<bool> = (0..blocks.len())
            .map(|i| re.is_match(lowered.block(i)))
            .collect();
        assert_eq!(lowered.holding(&*URL_OR_MAIL), by_regex);
        assert!(by_regex.contains(&true) && by_regex.contains(&false));
    }

    #[test]
    fn names_match_count() {
        assert_eq!(NAMES.len(), COUNT);
    }

    #[test]
    fn best_run_is_the_highest_sum_range() {
        let cases: &[(&[f32], std::ops::Range<usize>)] = &[
            (&[], 0..0),
            (&[-1.0, -2.0], 0..0),
            (&[1.0, -0.5, 2.0], 0..3),
            (&[3.0, -5.0, 1.0, 1.0], 0..1),
            (&[-1.0, 2.0, -3.0, 2.0, 2.0], 3..5),
        ];
        for (gains, want) in cases {
            assert_eq!(best_run(gains.len(), |i| gains[i]), *want, "{gains:?}");
        }
    }

    #[test]
    fn densest_run_spans_prose_and_small_gaps() {
        // A 3-word caption between two paragraphs stays in; ten menu items
        // before a last paragraph cost more than it brings.
        let mut words = vec![2, 2, 30, 3, 40];
        words.extend([2; 10]);
        words.push(20);
        let prose: Vec<bool> = words.iter().map(|&w| w >= 20).collect();
        assert_eq!(densest_run(&words, &prose), 2..5);
    }

    #[test]
    fn language_guess() {
        let cases = [
            (
                "The cat sat on the mat and it was happy with the day that it had.",
                Some("en"),
            ),
            (
                "Le chat est sur le tapis et il est content de la journée qu'il a eue.",
                Some("fr"),
            ),
            (
                "Der Hund ist nicht mit dem Ball auf die Straße gegangen, und das war gut.",
                Some("de"),
            ),
            (
                "Власти города утвердили проект, и первые станции метро должны открыться уже в 2028 году, если всё пойдёт по плану.",
                Some("ru"),
            ),
            (
                "Влада міста затвердила проєкт, і перші станції метро мають відкритися вже у 2028 році, якщо все піде за планом.",
                Some("uk"),
            ),
            (
                "Władze miasta zatwierdziły projekt i pierwsze stacje metra mają zostać otwarte już w 2028 roku, jeśli nie będzie opóźnień.",
                Some("pl"),
            ),
            (
                "Staden har godkänt projektet och de första stationerna ska öppna redan 2028, om det inte blir förseningar.",
                Some("sv"),
            ),
            (
                "Byen har godkendt projektet, og de første stationer skal åbne allerede i 2028, hvis det ikke bliver forsinket af vejret.",
                Some("da"),
            ),
            (
                "Byen har godkjent prosjektet, og de første stasjonene skal åpne allerede i 2028, hvis det ikke blir forsinket av været.",
                Some("no"),
            ),
            (
                "Belediye projeyi onayladı ve ilk istasyonların 2028 yılında açılması bekleniyor, ancak bu tarih çok iyimser olarak görülüyor.",
                Some("tr"),
            ),
            (
                "Primăria a aprobat proiectul, iar primele stații de metrou ar urma să fie deschise în 2028, dacă nu apar întârzieri.",
                Some("ro"),
            ),
            ("Home News Sport", None),
            (
                "서울시가 공공자전거 대여소를 내년까지 500곳 더 늘리기로 했다.",
                Some("ko"),
            ),
            ("巴西咖啡价格飙升，干旱导致减产。", Some("zh")),
        ];
        for (text, want) in cases {
            let p = page(&blocks::split(text));
            assert_eq!(p.language, want, "{text}");
        }
    }

    /// Korean is counted as a script written with spaces: its words are
    /// its syllables by `rules::CJK_CHARS_PER_WORD`, and the share of them
    /// ending in a particle or ending stands in for stop words, high in
    /// running text and low in a title.
    #[test]
    fn korean_prose_and_titles() {
        let prose = "새로 설치되는 대여소는 지하철역과 버스 정류장이 멀리 떨어진 외곽 지역에 우선 배치된다.";
        let title = "한강 공원 자전거 사고 30% 늘어…안전 대책 시급";
        let p = page(&blocks::split(&format!("{prose}\n\n{title}\n")));
        // 37 syllables in 12 words count 18; the title's 17 in seven
        // words count 8, and "30%" one.
        assert_eq!((p.words[0], p.spaced_words[0]), (18, 12));
        assert_eq!((p.words[1], p.spaced_words[1]), (9, 8));
        let (prose_density, title_density) = (p.stop_density[0], p.stop_density[1]);
        assert!((0.3..0.5).contains(&prose_density), "{prose_density}");
        assert_eq!(title_density, 0.0);
        let unpunctuated = |i: usize| p.vectors[i][index_of("cjk_unpunctuated")];
        assert_eq!((unpunctuated(0), unpunctuated(1)), (0.0, 1.0));
    }

    #[test]
    fn near_repeats_pair_alt_texts_with_their_captions() {
        let cases: &[(&str, &str, bool)] = &[
            ("A bin of whale bones.", "A bin of whale bones", true),
            (
                "Souček after the win at Villa Park.",
                "Souček after the win at Villa Park. | Foto: Reuters",
                true,
            ),
            (
                "Climate change",
                "Climate change is to blame too, scientists think.",
                false,
            ),
            (
                "8-10 Months Before the Wedding",
                "6-8 Months Before the Wedding",
                false,
            ),
            ("The cat sat", "The cat sattled down on the mat", false),
            ("* * *", "* * *", false),
            ("The same words", "The same words", true),
            (
                "Überall — dieselben Wörter",
                "Überall — dieselben Wörter",
                true,
            ),
            (
                "Überall dieselben Wörter.",
                "Überall dieselben Wörter | Foto: dpa",
                true,
            ),
            ("Überall dieselben", "Überall andere Wörter hier", false),
        ];
        for (a, b, want) in cases {
            let (a, b) = (a.to_lowercase(), b.to_lowercase());
            let ascii = a.is_ascii() && b.is_ascii();
            let got = nearly_repeats(&a, &b, ascii);
            assert_eq!(nearly_repeats(&a, &b, false), got);
            assert_eq!(got, *want, "{a} / {b}");
        }
        for (a, b) in [
            ("abc", "xbc"),
            ("a b", "a c"),
            ("", "a"),
            ("“a", "b"),
            ("1 x", "2 x"),
            ("東京 x", "京都 x"),
            ("é x", "e x"),
            ("·a", "·b"),
            ("• a b", "- b a"),
            ("• é", "«e»"),
        ] {
            let differ = common_start(a, b, |x, y| x == y).is_none();
            assert!(!first_words_differ(a, b) || differ, "{a} / {b}");
        }
        let p = page(&blocks::split(
            "A bin of whale bones.\n\nOther text here now.\n\n• A bin of whale bones\n",
        ));
        assert_eq!(p.repeated_by, [Some(2), None, None]);
    }

    /// [`unicode_common_start`] is `blocks::common_start` with exact
    /// compares on drawn texts of letters, digits, marks and signs of
    /// many scripts that often share their start.
    #[test]
    fn unicode_common_start_is_the_plain_common_start() {
        let pieces = [
            "a",
            "über",
            "Straße",
            "東京",
            "日本語",
            "한국",
            "ǅ",
            "a\u{301}",
            "½",
            "²",
            "—",
            "“",
            "”",
            "·",
            ".",
            " ",
            "  ",
            "3d",
            "١٢",
            "ж",
            "é",
            "",
        ];
        agrees_with_common_start(&pieces, 0x2545_F491_4F6C_DD1D, unicode_common_start);
    }

    /// [`ascii_common_start`] is `blocks::common_start` with exact
    /// compares on drawn ASCII texts that often share their start.
    #[test]
    fn ascii_common_start_is_the_plain_common_start() {
        let pieces = [
            "a", "bin", "of", "whale", "bones", "3d", "2024", "x1y", ".", ",", "|", " ", "  ", "-",
            "(c)", "foto:", "'s", "a.b", "",
        ];
        agrees_with_common_start(&pieces, 0x9E37_79B9_7F4A_7C15, |a, b| {
            ascii_common_start(a.as_bytes(), b.as_bytes())
        });
    }

    /// `fast` gives `blocks::common_start` with exact compares, both ways
    /// round, on 6,000 pairs of texts drawn from `pieces` (half of them
    /// one text and more), and over 1,000 pairs share a word.
    fn agrees_with_common_start(
        pieces: &[&str],
        seed: u64,
        fast: impl Fn(&str, &str) -> Option<CommonStart>,
    ) {
        let mut rng = crate::test_rng::Rng::new(seed);
        let mut next = |n: usize| rng.below(n);
        let mut shared = 0;
        for _ in 0..6_000 {
            let text = |next: &mut dyn FnMut(usize) -> usize| {
                (0..next(9))
                    .map(|_| pieces[next(pieces.len())])
                    .collect::<Vec<_>>()
                    .join([" ", "", ". "][next(3)])
            };
            let a = text(&mut next);
            let b = if next(2) == 0 {
                format!("{a}{}", text(&mut next))
            } else {
                text(&mut next)
            };
            let key = |c: Option<CommonStart>| c.map(|c| (c.words, c.chars, c.rest));
            let plain = key(common_start(&a, &b, |x, y| x == y));
            assert_eq!(key(fast(&a, &b)), plain, "{a:?} / {b:?}");
            assert_eq!(key(fast(&b, &a)), key(common_start(&b, &a, |x, y| x == y)));
            shared += usize::from(plain.is_some_and(|p| p.0 > 0));
        }
        assert!(shared > 1_000, "{shared}");
    }

    /// What the one-pass block loops must count: every character by
    /// [`count_chars`], every word by the general [`count_word`].
    fn counted_the_slow_way(text: &str, lower: &str) -> Tally {
        let mut c = Tally::default();
        count_chars(text, &mut c);
        for (raw, low) in words_of(text).zip(words_of(lower)) {
            count_word(raw, low, &mut c);
        }
        c
    }

    fn count_key(c: &Tally) -> impl PartialEq + std::fmt::Debug {
        (
            (c.chars, c.digits, c.punct, c.commas, c.separators),
            (c.cjk, c.aside.cjk_function),
            c.words,
            c.aside.stop_hits,
            c.title_words,
            c.caps_words,
            c.sentence_ends,
        )
    }

    #[test]
    fn ascii_word_loop_counts_like_the_general_one() {
        for text in [
            "The cat sat. On the MAT!",
            "\"Quoted,\" she said (twice).] end?'",
            "l'homme d'affaires n'est pas la",
            "-- ... A I NASA's 3D x",
            "  double  spaces ",
            "'' ' 'tis o'clock l' '",
            "zwischen zwischenzeit aujourd'hui A1 aB X.Y. 9,5 a|b -- ~ ",
            "Corporation.[2] Firefox.^[3][4] in [2016] list[1] ]",
            "",
        ] {
            let lower = text.to_ascii_lowercase();
            let mut fast = Tally::default();
            count_ascii_block(text, &lower, &mut fast);
            let slow = counted_the_slow_way(text, &lower);
            assert_eq!(count_key(&fast), count_key(&slow), "{text:?}");
        }
    }

    /// Random texts of words of every case, with digits, elisions,
    /// quotes and brackets, some with non-ASCII characters (some that
    /// lowercase longer or shorter: 'İ', the Kelvin sign, 'Σ'), some
    /// with runs of spaces: both block loops count as the general one.
    #[test]
    fn block_loops_count_random_texts_like_the_general_one() {
        let pieces = [
            "the",
            "The",
            "THE",
            "a",
            "A",
            "of",
            "l'",
            "d'",
            "n'est",
            "it's",
            "O'Neil",
            "I",
            "x",
            "NASA",
            "3D",
            "2024",
            "(a)",
            "\"B.\"",
            "c.",
            "end.",
            "why?\"",
            "ok!)",
            "'",
            "--",
            ",",
            "zwischen",
            "aujourd'hui",
            "abcdefghi",
            "ABCDEFGH.",
            "tHe",
            "é",
            "über",
            "“so”",
            "İ",
            "İİİ",
            "\u{212A}",
            "ΣΑΣ",
            "ς",
            "’s",
            "[x]",
            "a|b",
            "東京の",
            " ",
        ];
        let mut rng = crate::test_rng::Rng::new(0x2545_F491_4F6C_DD1D);
        let mut next = |n: usize| rng.below(n);
        let mut aligned_mixed = 0;
        for _ in 0..4_000 {
            let words: Vec<&str> = (0..next(12)).map(|_| pieces[next(pieces.len())]).collect();
            let text = words.join([" ", "", " "][next(3)]);
            let mut lower = String::new();
            let aligned = push_lowercase(&mut lower, &text);
            let mut fast = Tally::default();
            if text.is_ascii() {
                count_ascii_block(&text, &lower, &mut fast);
            } else {
                count_block(&text, &lower, &mut fast);
            }
            let slow = counted_the_slow_way(&text, &lower);
            assert_eq!(count_key(&fast), count_key(&slow), "{text:?}");
            assert_eq!(fast.chars as usize, text.chars().count(), "{text:?}");
            if aligned {
                let mut one_pass = Tally::default();
                count_aligned_block(&text, &lower, &mut one_pass);
                assert_eq!(count_key(&one_pass), count_key(&slow), "{text:?}");
                aligned_mixed += usize::from(!text.is_ascii());
            }
        }
        assert!(aligned_mixed > 1_000, "{aligned_mixed}");
    }

    fn flags_key(c: &Tally) -> impl PartialEq + std::fmt::Debug {
        (
            (c.ends_sentence, c.bracketed, c.starts_lower, c.url_or_mail),
            (c.boilerplate, c.aside.section_end, c.comment_mark),
        )
    }

    /// Blocks that repeat an earlier block's text take its counts: the
    /// same as counting them, and the repeats as the map of texts the
    /// shortcut replaces counted them.
    #[test]
    fn repeated_blocks_share_their_counts() {
        let mut rng = crate::test_rng::Rng::new(0x3C6E_F372_FE94_F82B);
        let mut next = |n: usize| rng.below(n);
        let mut shared_blocks = 0;
        let texts = [
            "Reply",
            "Home | News | Sport",
            "The cat sat on the mat, and it said so at 10:30 pm.",
            "“Quoted,” she said — über alles.",
            "İstanbul ΣΑΣ",
            "see www.example.com or mail me@example.com",
            "Leave a reply",
            "3 hours ago",
            "Share",
        ];
        for _ in 0..200 {
            let page_text: Vec<&str> = (0..1 + next(20))
                .map(|_| texts[next(texts.len())])
                .collect();
            let blocks = blocks::split(&page_text.join("\n\n"));
            let lowered = Lowered::new(&blocks);
            let phrases = Phrases {
                url_or_mail: lowered.holding(&*URL_OR_MAIL),
            };
            let (first_same, repeats) = same_texts(&blocks);
            let (shared, shared_aside) = count_blocks(
                &blocks,
                &lowered.blocks(),
                &lowered.aligned,
                &phrases,
                &first_same,
            );
            for (i, b) in blocks.iter().enumerate() {
                let alone = count(&b.text, lowered.block(i), lowered.aligned[i], &phrases, i);
                let shared = Tally {
                    counts: shared[i].clone(),
                    aside: shared_aside[i].clone(),
                };
                assert_eq!(count_key(&shared), count_key(&alone), "{page_text:?} {i}");
                assert_eq!(flags_key(&shared), flags_key(&alone), "{page_text:?} {i}");
                assert_eq!(blocks[first_same[i]].text, b.text);
                assert!(first_same[i] <= i);
                shared_blocks += usize::from(first_same[i] < i);
            }
            // The map of texts `same_texts` replaces.
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for b in &blocks {
                *seen.entry(b.text.as_str()).or_default() += 1;
            }
            let want: Vec<usize> = blocks.iter().map(|b| seen[b.text.as_str()]).collect();
            assert_eq!(repeats, want, "{page_text:?}");
        }
        assert!(shared_blocks > 500, "{shared_blocks}");
    }

    /// The lane-mask word count against the byte one it stands in for,
    /// on every stop word (in three cases, with punctuation around) and
    /// on random ASCII words of one to eight bytes.
    #[test]
    fn short_word_lanes_count_like_the_byte_loop() {
        let check = |raw: &[u8]| {
            let low = raw.to_ascii_lowercase();
            let Ok(low) = std::str::from_utf8(&low) else {
                panic!("ASCII");
            };
            let (mut fast, mut slow) = (Tally::default(), Tally::default());
            count_ascii_word_any(raw, None, low, 0, &mut fast);
            let mut keyed = Tally::default();
            count_ascii_word_any(raw, pack_bytes(raw), low, 0, &mut keyed);
            assert_eq!(count_key(&keyed), count_key(&fast), "{raw:?}");
            count_ascii_word(raw, low, &mut slow);
            assert_eq!(count_key(&fast), count_key(&slow), "{raw:?}");
        };
        let mut rng = crate::test_rng::Rng::new(0xA54F_F53A_5F1D_36F1);
        let mut next = |n: usize| rng.below(n);
        for (_, words) in rules::STOP_WORDS {
            for w in words.iter().filter(|w| w.is_ascii()) {
                for form in [w.to_string(), w.to_uppercase(), format!("({w}).\"")] {
                    check(form.as_bytes());
                    let mut title = form.into_bytes();
                    if let Some(b) = title.iter_mut().find(|b| b.is_ascii_alphabetic()) {
                        b.make_ascii_uppercase();
                    }
                    check(&title);
                }
            }
        }
        let alphabet = b"aAzZeEtThHsS09'\".,!?()[]-|@`{~";
        for _ in 0..100_000 {
            let word: Vec<u8> = (0..1 + next(8))
                .map(|_| alphabet[next(alphabet.len())])
                .collect();
            check(&word);
        }
        // Every byte next to the letters' and digits' range ends.
        for b in 1..0x80u8 {
            for w in [
                vec![b],
                vec![b, b'a'],
                vec![b'A', b],
                vec![b'x', b, b'9', b'.'],
            ] {
                check(&w);
            }
        }
    }

    /// The logarithm table gives the bits of the computation it replaces,
    /// to the table's end and past it.
    #[test]
    fn ln_table_is_the_logarithm() {
        let all = || (0..LN_1P_TABLE_LEN + 10).chain([5_000, 1 << 20, usize::MAX]);
        // Twice: the first time fills the table, the second reads it.
        for k in all().chain(all()) {
            let want = (k as f32 + 1.0).ln();
            assert_ne!(want.to_bits(), LN_1P_UNSET, "{k}");
            assert_eq!(ln_1p(k).to_bits(), want.to_bits(), "{k}");
        }
    }

    /// The eight-byte word end against the byte loop it replaces, from
    /// every start of random texts of ASCII letters, runs of spaces and
    /// multi-byte characters at every offset of a lane.
    #[test]
    fn word_end_is_the_next_space() {
        let pieces = ["a", "B", " ", "  ", "é", "’", "東", "'", ".", "x\u{1F600}"];
        let mut rng = crate::test_rng::Rng::new(0xBB67_AE85_84CA_A73B);
        let mut next = |n: usize| rng.below(n);
        for _ in 0..3_000 {
            let text: String = (0..next(30)).map(|_| pieces[next(pieces.len())]).collect();
            let bytes = text.as_bytes();
            for start in 0..=bytes.len() {
                let end = bytes[start..]
                    .iter()
                    .position(|&b| b == b' ')
                    .map_or(bytes.len(), |at| start + at);
                let ascii = bytes[start..end].is_ascii();
                let (got_end, got_ascii, key) = word_end(bytes, start);
                assert_eq!((got_end, got_ascii), (end, ascii), "{text:?} {start}");
                // A key, when given, is the word's: always for a word of at
                // most seven bytes with eight to read from its start.
                if let Some(key) = key {
                    assert_eq!(
                        Some(key),
                        pack_bytes(&bytes[start..end]),
                        "{text:?} {start}"
                    );
                }
                if end < bytes.len() && end - start < 8 && start + 8 <= bytes.len() {
                    assert!(key.is_some(), "{text:?} {start}");
                }
            }
        }
    }

    /// `push_lowercase` says a text is aligned exactly when each of its
    /// characters lowercases to as many bytes (and it holds no 'Σ'), and
    /// then the lowercase text has its spaces where the text has them.
    #[test]
    fn lowercase_alignment_is_per_character() {
        let pieces = [
            "a", "B", " ", "é", "É", "İ", "\u{212A}", "\u{2126}", "ẞ", "Σ", "σ", "ﬁ", "東", "“",
            "’", "—", "Ω", "Ǆ", "ǅ", "ȺȾ", "\u{1E9E}", "К",
        ];
        let mut rng = crate::test_rng::Rng::new(0x6A09_E667_F3BC_C909);
        let mut next = |n: usize| rng.below(n);
        let (mut yes, mut no) = (0, 0);
        for _ in 0..5_000 {
            let text: String = (0..next(10)).map(|_| pieces[next(pieces.len())]).collect();
            let mut lower = String::new();
            let aligned = push_lowercase(&mut lower, &text);
            let want = !text.contains('Σ')
                && text.chars().all(|ch| {
                    ch.to_lowercase().map(char::len_utf8).sum::<usize>() == ch.len_utf8()
                });
            assert_eq!(aligned, want, "{text:?}");
            if aligned {
                let spaces = |s: &str| s.match_indices(' ').map(|(i, _)| i).collect::<Vec<_>>();
                assert_eq!(lower.len(), text.len(), "{text:?}");
                assert_eq!(spaces(&lower), spaces(&text), "{text:?}");
                yes += 1;
            } else {
                no += 1;
            }
        }
        assert!(yes > 500 && no > 500, "{yes} {no}");
    }

    #[test]
    fn class_lanes_do_not_overflow_on_a_long_word() {
        let text = "9,|.".repeat(LANE_MAX_BYTES / 2);
        let (mut fast, mut slow) = (Tally::default(), Tally::default());
        add_class_counts(text.as_bytes(), &mut fast);
        count_chars(&text, &mut slow);
        assert_eq!(
            (fast.digits, fast.punct, fast.commas, fast.separators),
            (slow.digits, slow.punct, slow.commas, slow.separators)
        );
        assert_eq!(fast.digits as usize, LANE_MAX_BYTES / 2);
    }

    #[test]
    fn mixed_block_loop_counts_like_the_general_one() {
        for text in [
            "“Quoted,” she said. It’s the MAT’s day — über alles!",
            "L’homme d’affaires n’est pas là, İstanbul ΣΟΦΙΑ.",
            "東京の天気は、晴れ。 News | Sport • Wetter",
            "  ﬁne  ÉCOLE  é ",
            "KELVIN K x",
        ] {
            let mut lower = String::new();
            let aligned = push_lowercase(&mut lower, text);
            let mut fast = Tally::default();
            count_block(text, &lower, &mut fast);
            let slow = counted_the_slow_way(text, &lower);
            assert_eq!(count_key(&fast), count_key(&slow), "{text:?}");
            if aligned {
                let mut one_pass = Tally::default();
                count_aligned_block(text, &lower, &mut one_pass);
                assert_eq!(count_key(&one_pass), count_key(&slow), "{text:?}");
            }
        }
    }

    #[test]
    fn caseless_characters_lowercase_to_themselves() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_caseless(c))
        {
            assert!(c.to_lowercase().eq([c]), "{c:?}");
        }
    }

    #[test]
    fn alphanumeric_shortcut_is_the_standard_test() {
        for ch in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(ch), ch.is_alphanumeric(), "{ch:?}");
        }
    }

    /// `count`'s digits are the text's ASCII digits, so a block without
    /// them has no clock time and no gallery counter, as `Series::new`
    /// assumes.
    #[test]
    fn blocks_without_digits_have_no_clock_or_counter() {
        let texts = [
            "9:46 pm",
            "Posted at 14h44 by Jane",
            "3/50 Star Wars boosts economy",
            "Image 4 of 12",
            "Slide 2 / 9: the harbour",
            "No digits here at all",
            "Ｉｍａｇｅ ４ of １２ and ９：４６ in full width",
            "Φωτογραφία ٣ من ١٢",
            "caf\u{e9} at 10:15, l\u{2019}\u{e9}t\u{e9}",
            "\u{2014} 1 \u{2014}",
            "",
        ];
        for text in texts {
            let mut lower = String::new();
            let aligned = push_lowercase(&mut lower, text);
            let phrases = Phrases {
                url_or_mail: vec![false],
            };
            let c = count(
                text,
                &lower,
                Case::new(text.is_ascii(), aligned),
                &phrases,
                0,
            );
            assert_eq!(
                c.digits as usize,
                text.bytes().filter(u8::is_ascii_digit).count(),
                "{text}"
            );
            if c.digits == 0 {
                assert_eq!(find_clock(text), None, "{text}");
                assert_eq!(gallery_counter(text), None, "{text}");
            }
        }
    }

    #[test]
    fn pack_pads_with_zero_bytes() {
        for word in [
            "", "a", "ab", "the", "abcd", "abcde", "abcdef", "abcdefg", "zwischen", "é'",
        ] {
            let mut buf = [0u8; 8];
            buf[..word.len()].copy_from_slice(word.as_bytes());
            assert_eq!(pack(word), Some(u64::from_le_bytes(buf)), "{word:?}");
        }
        assert_eq!(pack("thereupon"), None);
    }

    #[test]
    fn holds_byte_finds_a_byte_in_any_lane() {
        for word in [
            "", "a'", "'", "l'homme", "aujourd", "o'clock", "xxxxxxx'", "abc",
        ] {
            let key = pack(word).unwrap_or(0);
            assert_eq!(holds_byte(key, b'\''), word.contains('\''), "{word:?}");
        }
    }

    /// The open-addressing table answers as a plain map of every stop
    /// word to its languages, for each stop word, for its prefixes and
    /// for words around them.
    #[test]
    fn stop_table_matches_a_plain_map() {
        let mut plain: HashMap<&str, u16> = HashMap::new();
        for (i, (_, words)) in rules::STOP_WORDS.iter().enumerate() {
            for w in *words {
                assert!(!w.is_empty(), "an empty stop word would mark a free slot");
                *plain.entry(w).or_default() |= 1 << i;
            }
        }
        let mut asked: Vec<String> = vec!["".into(), "zz".into(), "the\0".into()];
        for w in plain.keys() {
            asked.push(w.to_string());
            asked.push(format!("{w}s"));
            asked.push(format!("x{w}"));
            asked.extend(w.char_indices().map(|(i, _)| w[..i].to_string()));
        }
        for w in &asked {
            assert_eq!(stop_mask(w), plain.get(w.as_str()).copied(), "{w:?}");
        }
    }

    /// The compile-time packing agrees with the run-time one on every
    /// stop word and on random bytes.
    #[test]
    fn const_pack_packs_like_pack_bytes() {
        let mut rng = crate::test_rng::Rng::new(0x5D0B_2C4E_81F3_A967);
        let random = (0..10_000).map(|_| {
            let len = 1 + rng.below(8);
            (0..len).map(|_| rng.below(256) as u8).collect::<Vec<u8>>()
        });
        let stop_words = rules::STOP_WORDS
            .iter()
            .flat_map(|(_, words)| words.iter().map(|w| w.as_bytes().to_vec()));
        for word in stop_words.chain(random) {
            assert_eq!(Some(const_pack(&word)), pack_bytes(&word), "{word:?}");
        }
    }

    #[test]
    fn mask_hits_spread_the_mask_bits() {
        let mut c = Tally::default();
        for mask in [0b1, 0b1000_0001, 0b1_0000_0010, 0b110] {
            add_stop_hits(mask, &mut c);
        }
        assert_eq!(
            c.aside.stop_hits,
            [2, 2, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0]
        );
    }

    #[test]
    fn stop_words_match_only_themselves() {
        let en = 1
            << rules::STOP_WORDS
                .iter()
                .position(|(c, _)| *c == "en")
                .unwrap_or(0);
        for (word, want) in [
            ("the", true),
            ("th", false),
            ("the\0", false),
            ("thereupon", false),
        ] {
            assert_eq!(
                stop_mask(word).is_some_and(|m| m & en != 0),
                want,
                "{word:?}"
            );
        }
    }

    #[test]
    fn stop_word_fast_path_counts_like_splitting() {
        // The plain form: split on apostrophes whatever the word.
        let reference = |word: &str| {
            let mut c = Tally::default();
            if word.len() <= STOP_WORD_MAX_BYTES || word.contains(['\'', '’']) {
                for part in word.split(['\'', '’']) {
                    if let Some(mask) = stop_mask(part) {
                        add_stop_hits(mask, &mut c);
                    }
                }
            }
            c.aside.stop_hits
        };
        for word in [
            "the",
            "l'homme",
            "d’un",
            "n'est",
            "się",
            "będzie",
            "aren't",
            "'",
            "",
            "über",
            "thereupon",
        ] {
            let mut c = Tally::default();
            count_stop_word(word, &mut c);
            assert_eq!(c.aside.stop_hits, reference(word), "{word}");
        }
    }

    #[test]
    fn words_of_splits_like_split_and_filter() {
        for text in ["", " ", "a", "a b", "  a  b  ", "Ça va, très bien ", "x  "] {
            let want: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
            assert_eq!(words_of(text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }

    #[test]
    fn lowercasing_in_place_matches_to_lowercase() {
        for text in [
            "Plain ASCII",
            "Ça Va İstanbul ẞ KELVIN \u{212A}",
            "ΟΔΟΣ ΣΑΣ Σ",
            "日本語 ÀÉÎ",
            "",
            "A “Quoted” WORD — AND ANOTHER, ÉCOLE ÜBER alles ﬁne",
            "ends in É",
            "É starts it AND goes ON in ASCII for a while",
        ] {
            let mut out = String::from("x");
            push_lowercase(&mut out, text);
            assert_eq!(out, format!("x{}", text.to_lowercase()), "{text:?}");
        }
        // Runs of characters without case (copied as slices) between
        // cased ones and ASCII.
        let pieces = [
            "a", "B", " ", "É", "é", "東京", "“", "’", "—", "Ω", "К", "ー", "한", "©", "İ",
        ];
        let mut rng = crate::test_rng::Rng::new(0x1F83_D9AB_FB41_BD6B);
        let mut next = |n: usize| rng.below(n);
        for _ in 0..5_000 {
            let text: String = (0..next(12)).map(|_| pieces[next(pieces.len())]).collect();
            let mut out = String::new();
            push_lowercase(&mut out, &text);
            assert_eq!(out, text.to_lowercase(), "{text:?}");
        }
    }

    /// The hand-built automaton against the plain form (`contains`) and
    /// the aho-corasick crate's DFA it replaces, on the real lists and on
    /// random texts made of their pieces.
    #[test]
    fn phrase_sets_match_contains_and_the_crate_dfa() {
        use aho_corasick::automaton::Automaton;
        use aho_corasick::{Input, MatchKind};
        let lists: &[&[&str]] = &[
            rules::BOILERPLATE_PHRASES,
            rules::SECTION_END_MARKERS,
            rules::MARKUP_TAGS,
            rules::CAPTION_MARKERS,
            rules::NOT_HEADLINE_PHRASES,
            rules::NOT_BYLINE_PHRASES,
            rules::PICTURE_TEXT_PHRASES,
            rules::PUBLISHED_LABELS,
            &["he", "she", "his", "hers", "ü", "über", "a"],
            &["x", ""],
            &[],
        ];
        let mut rng = crate::test_rng::Rng::new(0x853C_49E6_748F_EA9B);
        let mut next = |n: usize| rng.below(n);
        for phrases in lists {
            let set = PhraseSet::new(phrases);
            let dfa = aho_corasick::dfa::DFA::builder()
                .match_kind(MatchKind::LeftmostFirst)
                .build(*phrases)
                .expect("small list");
            let check = |text: &str| {
                let want = phrases.iter().any(|p| text.contains(p));
                assert_eq!(set.is_match(text), want, "{text:?}");
                let crate_dfa = dfa
                    .try_find(&Input::new(text).earliest(true))
                    .ok()
                    .flatten();
                assert_eq!(crate_dfa.is_some(), want, "{text:?}");
            };
            for p in *phrases {
                check(p);
                check(&format!("x {p} y"));
                let half = (0..=p.len() / 2).rev().find(|&i| p.is_char_boundary(i));
                check(&p[..half.unwrap_or(0)]);
            }
            for _ in 0..3_000 {
                let mut text = String::new();
                for _ in 0..next(6) {
                    let piece = phrases.get(next(phrases.len())).copied().unwrap_or("");
                    let cut = (0..=piece.len())
                        .filter(|&i| piece.is_char_boundary(i))
                        .collect::<Vec<_>>();
                    let (a, b) = (cut[next(cut.len())], cut[next(cut.len())]);
                    text += &piece[a.min(b)..a.max(b)];
                    text += ["", " ", "e", "é", "s"][next(5)];
                }
                check(&text);
            }
        }
    }

    /// A wiki's footnote marks do not hide the sentence end before them;
    /// a bracketed year or a mark after a word is no sentence end.
    #[test]
    fn footnote_marks_leave_the_sentence_end() {
        for (text, bare) in [
            ("Corporation.[2]", "Corporation."),
            ("Corporation.^[2]", "Corporation."),
            ("software.[3][41]", "software."),
            ("in [2016]", "in [2016]"),
            ("[12]", ""),
            ("list]", "list]"),
        ] {
            assert_eq!(without_note_marks_str(text), bare, "{text:?}");
        }
        let text = "Mozilla is a free-software community.^[1] It is supported by a \
            foundation.[2][3] It was founded in [1998]";
        let lower = text.to_lowercase();
        let phrases = Phrases {
            url_or_mail: vec![false],
        };
        let c = count(text, &lower, Case::Ascii, &phrases, 0);
        assert_eq!(c.sentence_ends, 2);
        assert!(!c.ends_sentence);
        let c = count(
            "It was founded in 1998.[4]",
            "it was founded in 1998.[4]",
            Case::Ascii,
            &phrases,
            0,
        );
        assert!(c.ends_sentence);
    }

    /// The byte trim answers as `trim_matches`.
    #[test]
    fn closers_trim_like_the_pattern() {
        let mut rng = crate::test_rng::Rng::new(0x1F83_D9AB_FB41_BD6B);
        let pieces = [
            "a",
            ".",
            "\"",
            "'",
            "”",
            "’",
            ")",
            "»",
            "]",
            " ",
            "é",
            "“",
            "«",
            "(",
            "[",
            "—",
            "»»",
            "\u{201C}",
            "\u{2018}",
            "\u{BB}x",
            "x\u{2019}",
        ];
        for _ in 0..20_000 {
            let n = rng.below(6);
            let text = rng.text(&pieces, n);
            assert_eq!(
                trim_closers(&text, false),
                text.trim_end_matches(['"', '\'', '”', '’', ')', '»', ']']),
                "{text:?}"
            );
            assert_eq!(
                trim_closers(&text, true),
                text.trim_end_matches(['"', '\'', '”', '’', ')', '»', ']', ' ']),
                "{text:?}"
            );
        }
    }

    #[test]
    fn cjk_function_bits_are_the_list() {
        for ch in '\0'..='\u{10FFFF}' {
            assert_eq!(
                is_cjk_function_char(ch),
                rules::CJK_FUNCTION_CHARS.contains(&ch),
                "{ch:?}"
            );
        }
    }

    #[test]
    fn counter_of_words_are_found_as_lowercased() {
        for w in rules::COUNTER_OF_WORDS {
            assert!(w.is_ascii() && *w == w.to_lowercase(), "{w}");
        }
        for word in [
            "of", "OF", "Of", "de", "Sur", "VON", "di", "van", "ofx", "o", "", "öf", "ОФ", "of.",
            "\u{212A}", "İ", "vAn",
        ] {
            let want = rules::COUNTER_OF_WORDS.contains(&word.to_lowercase().as_str());
            assert_eq!(is_counter_of_word(word), want, "{word}");
        }
    }

    #[test]
    fn trim_non_alphanumeric_is_trim_matches() {
        for s in [
            "",
            " ",
            "...",
            "«»",
            "leave a reply",
            "— related —",
            "(1)",
            "é",
            "«é»",
            "..é..",
            "a…",
            "…a",
            "¡hola!",
            "x—",
            "—x",
            "\u{301}a\u{301}",
            "12:30",
            "、日本。",
            " a b ",
            "café",
            "“hello,”",
            "«über»",
            "日本",
            "ß",
            "x",
            "—",
            "a\u{301}",
        ] {
            let want = s.trim_matches(|c: char| !c.is_alphanumeric());
            assert_eq!(trim_non_alphanumeric(s), want, "{s:?}");
        }
    }

    /// Two lists in one automaton: each list's bit as `contains` finds
    /// it, asked for both or for one, on random texts of their pieces.
    #[test]
    fn phrase_set_of_two_lists_tells_them_apart() {
        let lists: &[&[&str]] = &[rules::BOILERPLATE_PHRASES, rules::SECTION_END_MARKERS];
        let set = PhraseSet::of_lists(lists);
        let mut rng = crate::test_rng::Rng::new(0x9E37_79B9_7F4A_7C15);
        let mut next = |n: usize| rng.below(n);
        let holds = |list: usize, text: &str| lists[list].iter().any(|p| text.contains(p));
        for _ in 0..5_000 {
            let mut text = String::new();
            for _ in 0..next(5) {
                let list = lists[next(2)];
                let piece = list[next(list.len())];
                let cut = piece.len() - next(3).min(piece.len());
                text += piece.get(..cut).unwrap_or(piece);
                text += [" ", "x", ""][next(3)];
            }
            let want = u32::from(holds(0, &text)) | u32::from(holds(1, &text)) << 1;
            assert_eq!(set.found(&text, 3), want, "{text:?}");
            assert_eq!(set.found(&text, 1), want & 1, "{text:?}");
            assert_eq!(set.found(&text, 2), want & 2, "{text:?}");
            assert_eq!(is_boilerplate(&text), want & 1 != 0, "{text:?}");
        }
        let empty = PhraseSet::of_lists(&[&["x"], &[""]]);
        assert_eq!((empty.found("a", 3), empty.found("x", 3)), (2, 3));
    }

    #[test]
    fn phrase_sets_find_any_phrase() {
        let set = PhraseSet::new(&["leave a reply", "related"]);
        for (text, want) in [
            ("leave a reply", true),
            ("please leave a reply below", true),
            ("unrelated news", true),
            ("leave a", false),
            ("", false),
        ] {
            assert_eq!(set.is_match(text), want, "{text}");
        }
    }

    #[test]
    fn clock_times_are_found_whole() {
        let cases: &[(&str, Option<usize>)] = &[
            ("14:44 Accusations de viols", Some(0)),
            ("December 18, 2025, 9:46 pm", Some(19)),
            ("Mis à jour à 14h44", Some(15)),
            ("9:5 or 123:45 or 24:00 or 12:60", None),
            ("2025:12 and 1.5:30 and v12:30", None),
            ("12:345", None),
            ("400 │ 2020-08-01 17:59:00+00 │ 12", None),
            ("at 17:59: we found it", Some(3)),
            ("Current Time 0:00", Some(13)),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(find_clock(text), *want, "{text}");
        }
        // Random texts of digits, separators and letters, the candidates
        // at every offset of a lane: as the byte loop found them.
        let by_bytes = |text: &str| {
            let b = text.as_bytes();
            let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
            let value = |r: std::ops::Range<usize>| {
                b[r].iter().fold(0u32, |v, d| v * 10 + u32::from(d - b'0'))
            };
            (1..b.len().saturating_sub(2)).find_map(|i| {
                let candidate = matches!(b[i], b':' | b'h') && digit(i - 1) && digit(i + 1);
                if !candidate || !digit(i + 2) {
                    return None;
                }
                if digit(i + 3) || (b.get(i + 3) == Some(&b':') && digit(i + 4)) {
                    return None;
                }
                let start = if i >= 2 && digit(i - 2) { i - 2 } else { i - 1 };
                let glued = start > 0
                    && (b[start - 1].is_ascii_alphanumeric() || b":./".contains(&b[start - 1]));
                (!glued && value(start..i) <= 23 && value(i + 1..i + 3) <= 59).then_some(start)
            })
        };
        let pieces = [
            "1", "2", "9", "0", "5", ":", "h", " ", ".", "/", "a", "é", "12:30", "3h05",
        ];
        let mut rng = crate::test_rng::Rng::new(0x5BE0_CD19_137E_2179);
        let mut next = |n: usize| rng.below(n);
        let mut found = 0;
        for _ in 0..20_000 {
            let text: String = (0..next(24)).map(|_| pieces[next(pieces.len())]).collect();
            assert_eq!(find_clock(&text), by_bytes(&text), "{text:?}");
            found += usize::from(by_bytes(&text).is_some());
        }
        assert!(found > 2_000, "{found}");
        assert!(is_clock_stamp(
            "14:44 A long headline of a live feed item here",
            9
        ));
        assert!(is_clock_stamp("December 18, 2025, 9:46 pm", 5));
        assert!(!is_clock_stamp(
            "The meeting ran from 9:30 until noon and nobody minded",
            10
        ));
    }

    #[test]
    fn gallery_counters_open_slides() {
        let cases: &[(&str, Option<(u32, u32)>)] = &[
            ("1/50 United goin down", Some((1, 50))),
            ("Image 4 of 12", Some((4, 12))),
            ("Slide 2 / 9: the harbour", Some((2, 9))),
            ("Photo 3 de 10", Some((3, 10))),
            ("12/5/2020 was a Saturday", None),
            ("1/2 cup of flour", Some((1, 2))),
            ("7/5 is more than one", None),
            ("0/5 stars", None),
            ("1 of the best films", None),
            ("Superlongwordhere 1/5", None),
            ("50 show all", None),
        ];
        for (text, want) in cases {
            assert_eq!(gallery_counter(text), *want, "{text}");
            assert!(may_open_with_number(text.trim_start()) || want.is_none());
        }
        // The prefilter turns down only what the full reading does.
        for text in [
            "Diapositive 3 de 9",
            "Fotografíaaaa 3 de 9",
            "Ωωωωωωωωωωωω 2/4",
            "Ωωωωωωωωωωωωω 2/4",
            "No counter here",
            "x",
            "",
        ] {
            if !may_open_with_number(text) {
                assert_eq!(gallery_counter(text), None, "{text}");
            }
        }
        assert_eq!(gallery_counter("Ωωωωωωωωωωωω 2/4"), Some((2, 4)));
        // Three positions of 50 make a series; two fractions of 4 do not.
        let counters = [
            Some((1, 50)),
            None,
            Some((2, 50)),
            Some((3, 50)),
            Some((1, 4)),
            Some((3, 4)),
            Some((1, 2)),
            Some((1, 2)),
            Some((1, 2)),
        ];
        assert_eq!(gallery_series(&counters), [50]);
    }

    /// A comments or "read also" heading ends the article in each language
    /// with stop words, not only in English.
    #[test]
    fn section_ends_in_every_language() {
        let heads = [
            "Comments (3)",
            "Commenti (3)",
            "Reacties (3)",
            "Komentáře (3)",
            "Комментарии (3)",
            "Читайте также",
            "Коментарі (3)",
            "Komentarze (3)",
            "Kommentarer (3)",
            "Yorumlar (3)",
            "Comentarii (3)",
        ];
        for head in heads {
            let text = format!(
                "The article ends here, as articles do.\n\n{head}\n\nA reader's comment.\n"
            );
            let p = page(&blocks::split(&text));
            let after = |i: usize| p.vectors[i][index::AFTER_SECTION_END];
            assert_eq!((after(0), after(2)), (0.0, 1.0), "{head}");
        }
    }

    /// A sidebar's or teaser list's heading alone on its line ("Recent
    /// Posts", "• Similar Posts") ends the article; the same words in a
    /// short line of text do not.
    #[test]
    fn whole_line_headings_end_the_article() {
        let after_head = |head: &str| {
            let text = format!(
                "The article ends here, as articles do.\n\n{head}\n\nA title of another post.\n"
            );
            let p = page(&blocks::split(&text));
            p.vectors[2][index::AFTER_SECTION_END]
        };
        for head in [
            "Recent Posts",
            "• Similar Posts",
            "Read more articles",
            "Top Stories:",
        ] {
            assert_eq!(after_head(head), 1.0, "{head}");
        }
        for line in [
            "“Popular posts are performing well” ✅",
            "See our recent posts",
        ] {
            assert_eq!(after_head(line), 0.0, "{line}");
        }
    }

    /// A reply button's line marks the comments around it in each language
    /// with stop words.
    #[test]
    fn reply_lines_in_every_language() {
        for reply in [
            "Reply",
            "Ответить",
            "Відповісти",
            "Odpowiedz",
            "Svara",
            "Yanıtla",
            "Răspunde",
        ] {
            let text = format!("A reader's comment on it.\n\n{reply}\n\nAnother comment.\n");
            let p = page(&blocks::split(&text));
            assert!(p.vectors[0][index::COMMENT_MARKS_NEAR] > 0.0, "{reply}");
        }
    }

    #[test]
    fn counted_section_heads() {
        for (text, want) in [
            ("59 comments on “the december comfort watches”", true),
            ("2 responses to “the best strategy games”", true),
            ("12 thoughts on this", true),
            ("comments on “x”", false),
            ("5 ways to comment on a post", false),
            ("", false),
        ] {
            assert_eq!(counted_section_head(text), want, "{text}");
        }
    }

    #[test]
    fn blocks_holding_a_byte_are_those_that_contain_it() {
        let mut rng = crate::test_rng::Rng::new(0x6A09_E667_F3BC_C908);
        let pieces = ["a", "<", "<<", " ", "é", "\n\n", "b <", "< c", "x"];
        for _ in 0..2_000 {
            let n = rng.below(30);
            let text = rng.text(&pieces, n);
            let blocks = blocks::split(&text);
            let lowered = Lowered::new(&blocks);
            let want: Vec<bool> = (0..blocks.len())
                .map(|i| lowered.block(i).contains('<'))
                .collect();
            assert_eq!(lowered.holding_byte(b'<'), want, "{text:?}");
        }
    }

    #[test]
    fn lowercase_forms_hold_no_capital_ascii_letter() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert!(!c.to_lowercase().any(|l| l.is_ascii_uppercase()), "{c:?}");
        }
        let text = "ΣΑΣ Ünïcödé ÀB Straße İ K";
        assert!(!text.to_lowercase().bytes().any(|b| b.is_ascii_uppercase()));
    }

    /// The map of indents `dominant_indent` replaced, as its oracle.
    fn dominant_indent_by_map(blocks: &[Block], words: &[usize]) -> usize {
        let mut by_indent: HashMap<usize, usize> = HashMap::new();
        for (b, w) in blocks.iter().zip(words) {
            *by_indent.entry(b.indent).or_default() += w;
        }
        by_indent
            .into_iter()
            .max_by_key(|&(indent, w)| (w, std::cmp::Reverse(indent)))
            .map_or(0, |(indent, _)| indent)
    }

    #[test]
    fn dominant_indent_is_the_maps() {
        let mut rng = crate::test_rng::Rng::new(0xBB67_AE85_84CA_A73B);
        let template = blocks::split("x")[0].clone();
        for _ in 0..5_000 {
            let n = rng.below(12);
            let blocks: Vec<Block> = (0..n)
                .map(|_| {
                    let mut b = template.clone();
                    b.indent = [0, 1, 3, 63, 64, 65, 200][rng.below(7)];
                    b
                })
                .collect();
            let words: Vec<usize> = (0..n).map(|_| rng.below(3) * rng.below(5)).collect();
            assert_eq!(
                dominant_indent(&blocks, &words),
                dominant_indent_by_map(&blocks, &words),
                "{:?} {words:?}",
                blocks.iter().map(|b| b.indent).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn printed_markup() {
        for (text, want) in [
            ("<div style=\"position:absolute;\"><img width=1", true),
            ("click <a href=\"x\">here</a>", true),
            ("if a < b and b > c", false),
            ("plain text", false),
        ] {
            assert_eq!(holds_markup(text, text.contains('<')), want, "{text}");
        }
    }

    #[test]
    fn series_features_mark_feeds_galleries_and_title_runs() {
        let text = "14:44 First item of the live feed here\n\n\
                    14:32 Second item of the live feed here\n\n\
                    14:10 Third item of the live feed here\n\n\
                    1/9 A first slide of the gallery\n\n\
                    2/9 A second slide of the gallery\n\n\
                    3/9 A third slide of the gallery.\n";
        let blocks = blocks::split(text);
        let lowered = Lowered::new(&blocks);
        // Only the digits of the counts are read here (besides the
        // sentence ends, left unset).
        let counts: Vec<Counts> = blocks
            .iter()
            .map(|b| Counts {
                digits: b.text.bytes().filter(u8::is_ascii_digit).count() as u32,
                ..Counts::default()
            })
            .collect();
        let words: Vec<usize> = blocks.iter().map(|b| b.text.split(' ').count()).collect();
        let angled = lowered.holding_byte(b'<');
        let s = Series::new(&blocks, &lowered.blocks(), &words, &counts, &angled);
        let len = blocks.len();
        let mut clock_near = WindowCount::new(len, rules::CLOCK_WINDOW, |i| s.clock[i]);
        assert_eq!(clock_near.next_sum(), 3);
        let counters_near: Vec<usize> = {
            let mut w = WindowCount::new(len, rules::COUNTER_WINDOW, |i| s.counted[i]);
            (0..len).map(|_| w.next_sum()).collect()
        };
        assert_eq!(counters_near[5], 3);
        let mut title_run = RunLength::new(len, |i| s.titles[i]);
        let title_runs: Vec<usize> = (0..len).map(|i| title_run.at(i)).collect();
        assert_eq!(title_runs, [6; 6]);
    }

    /// The old vector forms of [`RunLength`] and [`WindowCount`], kept as
    /// their oracles.
    fn run_lengths(flags: &[bool]) -> Vec<usize> {
        let mut out = vec![0; flags.len()];
        let mut i = 0;
        while i < flags.len() {
            if !flags[i] {
                i += 1;
                continue;
            }
            let start = i;
            while i < flags.len() && flags[i] {
                i += 1;
            }
            out[start..i].fill(i - start);
        }
        out
    }

    fn window_sums(xs: &[usize], r: usize) -> Vec<usize> {
        (0..xs.len())
            .map(|i| {
                xs[i.saturating_sub(r)..(i + r + 1).min(xs.len())]
                    .iter()
                    .sum()
            })
            .collect()
    }

    #[test]
    fn run_lengths_and_window_counts_block_by_block() {
        let mut rng = crate::test_rng::Rng::new(0x5BE0_CD19_137E_2179);
        for _ in 0..2_000 {
            let len = rng.below(40);
            let density = 1 + rng.below(4);
            let flags: Vec<bool> = (0..len).map(|_| rng.below(density) == 0).collect();
            let mut runs = RunLength::new(len, |i| flags[i]);
            let got: Vec<usize> = (0..len).map(|i| runs.at(i)).collect();
            assert_eq!(got, run_lengths(&flags), "{flags:?}");
            let r = rng.below(6);
            let mut window = WindowCount::new(len, r, |i| flags[i]);
            let got: Vec<usize> = (0..len).map(|_| window.next_sum()).collect();
            let ones: Vec<usize> = flags.iter().map(|&f| usize::from(f)).collect();
            assert_eq!(got, window_sums(&ones, r), "{flags:?} {r}");
        }
        assert_eq!(run_lengths(&[true, false, true, true]), [1, 0, 2, 2]);
        let short = [1, 1, 10, 1];
        let mut runs = RunLength::new(4, |i| short[i] < rules::SHORT_BLOCK_WORDS);
        let got: Vec<usize> = (0..4).map(|i| runs.at(i)).collect();
        assert_eq!(got, [2, 2, 0, 1]);
    }
}
