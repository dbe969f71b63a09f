//! The headline: what the learned ranker reads about each candidate block
//! ([`HeadlineInputs`], its features in [`HEADLINE_NAMES`] order), the
//! rules that overrule the ranker's pick (the title over the byline, under
//! its breadcrumb, over its standfirst or subtitle, restating the text),
//! and the labels taken off the title picked. The tests of a line's text
//! alone are in `shapes`; where the candidates start and end is
//! `header`'s.

use crate::parse::provenance::Rule;
use crate::parse::rules;
use crate::parse::text::blocks::Block;
use crate::parse::text::classify::Linear;
use crate::parse::text::features::{BlockPhrase, Page, PhraseSet, Vector, index, phrase_set};
use crate::parse::text::model::HEADLINE;
use crate::parse::words::more_words_than;
use crate::parse::{byline, date};

use super::authors::{BylineMemo, is_name_over_date};
use super::header::{Window, candidate_range, find_header_below_by, find_header_past_teasers_by};
use super::shapes::{
    DumpLines, ends_like_sentence, has_glued_words, has_inner_full_stop, has_inner_space_gap,
    has_two_sentences, holds_two_item_numbers, is_agency_credit, is_breadcrumb, is_contents_label,
    is_copyright_line, is_credit_by_name, is_flattened_menu, is_formula, is_name_like,
    is_numbered_item, is_picture_text, is_program_code, is_score_line, is_skip_links,
    is_social_links, is_title_cased, is_title_with_full_stop, is_trail_of, is_wiki_site_line,
    link_row_parts, opens_lowercase, opens_with_dash, opens_with_date_label, reads_as_sentences,
    repeats_a_word, same_words,
};
use super::words::WordCounts;

/// Number of headline features.
pub const HEADLINE_COUNT: usize = 30;

/// The headline features that cost a byline or date test, a text scan or
/// a search of the dump, by index (`quoted_elsewhere`, `byline_or_date`,
/// `byline_or_date_near`, `dated_below`, `trail_of_other`,
/// `longer_title_below`, `dated_above`, `name_like`, `two_sentences`,
/// `glued_words`): all flags, bounded before they are worked out (see
/// [`HeadlineInputs::scores`]).
const COSTLY: [usize; 10] = [QUOTED, 12, 18, 20, 23, 24, 25, 26, 27, 28];

/// The index of `quoted_elsewhere`, the one costly feature worked out
/// last (one search of the dump for all candidates kept).
const QUOTED: usize = 9;

/// The index of `trail_ends_with_it`, a scan of the candidate window
/// per candidate: worked out once the other cheap features leave the
/// candidate in reach of the best (see [`HeadlineInputs::scores`]).
const TRAIL: usize = 22;

/// [`COSTLY`] and [`TRAIL`].
const COSTLY_AND_TRAIL: [usize; 11] = [QUOTED, 12, 18, 20, 23, 24, 25, 26, 27, 28, TRAIL];

/// Names of the headline features, in vector order.
pub const HEADLINE_NAMES: &[&str] = &[
    "bias",
    "log_distance",
    "before_body",
    "body_probability",
    "log_words",
    "ends_sentence",
    "title_case_share",
    "heading_mark",
    "repeated",
    "quoted_elsewhere",
    "boilerplate",
    "bullet",
    "byline_or_date",
    "next_probability",
    "menu_separators",
    "headline_length",
    "bracketed",
    "first_block",
    "byline_or_date_near",
    "nearest_title_like",
    "dated_below",
    "header_title",
    "trail_ends_with_it",
    "trail_of_other",
    "longer_title_below",
    "dated_above",
    "name_like",
    "two_sentences",
    "glued_words",
    "adjacent_duplicate",
];

/// The title over the article's "By …" line
/// ([`HeadlineInputs::find_byline_title`]).
#[derive(Clone, Copy, Debug)]
struct BylineTitle {
    /// The title's block.
    title: usize,
    /// The "By …" line it stands over.
    byline: usize,
    /// The search passed over a bar of short lines.
    past_bar: bool,
    /// The byline is farther from the text than one with no title over
    /// it (an author box under the article).
    past_box: bool,
}

/// What the headline ranker needs about one page, computed once: the
/// byline-or-date test is costly (regexes) and each candidate looks at its
/// neighbours, so it is cached for the candidate window.
pub struct HeadlineInputs<'a> {
    blocks: &'a [Block],
    page: &'a Page,
    p: &'a [f32],
    first_body: usize,
    doc: &'a str,
    /// The candidate blocks (see [`candidate_range`]).
    candidates: Window,
    /// The candidates below the window's far part, and their neighbours:
    /// the blocks searched for a breadcrumb naming a candidate.
    window: std::ops::Range<usize>,
    nearest_title: Option<usize>,
    /// The nearest eligible block just above `header`.
    header_title: Option<usize>,
    /// The title over the article's "By …" line, found however far the
    /// text start is from it (see [`HeadlineInputs::find_byline_title`]).
    byline_title: Option<BylineTitle>,
    /// Teaser lists between the header and the text: no headline there.
    teasers: std::ops::Range<usize>,
    /// The renderer sets headings off by blank lines only (see
    /// [`heading_mark`]).
    blank_line_headings: bool,
    /// [`HeadlineInputs::eligible_shape`] of each block, once asked: the
    /// header, byline-title and candidate searches and the features of
    /// the block above all ask it of the same few blocks.
    shape: Vec<std::cell::OnceCell<bool>>,
    /// [`HeadlineInputs::picture_line`] of each block, once asked: every
    /// candidate's features look at the blocks below it.
    picture: Vec<std::cell::OnceCell<bool>>,
    /// [`HeadlineInputs::eligible`] of each block, once asked: the
    /// ranker, the rules over it and the far window ask it of the same
    /// blocks several times.
    eligibility: Vec<std::cell::OnceCell<bool>>,
    /// [`is_contents_label`] of each block, once asked: each candidate
    /// of a run of lines reads the lines above it in the run.
    contents_label: Vec<std::cell::OnceCell<bool>>,
    /// The byline parsers' answers for each block, once asked; handed on
    /// to the byline search.
    bylines: BylineMemo,
    /// The dump's lines, found as far down as asked (see
    /// [`HeadlineInputs::printed_with_gaps`]).
    lines: DumpLines<'a>,
    /// The far candidates' words and which of them stand in the text's
    /// opening, once asked (see [`HeadlineInputs::shares_words_with_text`]).
    far_words: std::cell::OnceCell<FarWords>,
    /// The window's blocks by the last bytes of their text, for the
    /// breadcrumb tests (see [`TrailIndex`]).
    trails: std::cell::OnceCell<TrailIndex>,
    /// [`HeadlineInputs::quoted`] of each takeable candidate, found in one
    /// pass over the dump when first asked (`None`: not asked in the pass).
    quoted: std::cell::OnceCell<Vec<Option<bool>>>,
}

/// The word keys (see [`word_keys`]) of the candidates in the window's far
/// part that may share their words with the text, sorted and without
/// repeats, and whether each stands in the text's opening. The text is
/// read once, each of its words looked up among these few keys: cheaper
/// than keeping and sorting the text's few hundred keys.
#[derive(Debug, Default)]
struct FarWords {
    keys: KeySet,
    in_text: Vec<bool>,
}

impl FarWords {
    /// Key `key` is a far candidate's and stands in the text's opening.
    fn in_text(&self, key: u128) -> bool {
        self.keys.position(key).is_some_and(|k| self.in_text[k])
    }
}

/// The blocks of the window by the last eight bytes of their trimmed
/// text, for the breadcrumb tests (a block "ends with" another's text,
/// see [`is_trail_of`]): a text of eight bytes or more ends with another
/// of eight bytes or more only when both end in the same eight bytes, so
/// each test compares a block with those few (and the shorter blocks)
/// instead of the whole window, for every candidate.
#[derive(Debug, Default)]
struct TrailIndex {
    /// Each block of eight trimmed bytes or more, by [`tail_key`], sorted.
    keyed: Vec<(u64, usize)>,
    /// The blocks with fewer.
    short: Vec<usize>,
}

impl TrailIndex {
    fn new(blocks: &[Block], window: std::ops::Range<usize>) -> TrailIndex {
        let (mut keyed, mut short) = (Vec::new(), Vec::new());
        for j in window {
            match tail_key(&blocks[j].text) {
                Some(key) => keyed.push((key, j)),
                None => short.push(j),
            }
        }
        keyed.sort_unstable();
        TrailIndex { keyed, short }
    }

    /// The blocks of eight trimmed bytes or more whose last eight are `key`.
    fn same_tail(&self, key: u64) -> impl Iterator<Item = usize> + '_ {
        let from = self.keyed.partition_point(|&(k, _)| k < key);
        self.keyed[from..]
            .iter()
            .take_while(move |&&(k, _)| k == key)
            .map(|&(_, j)| j)
    }
}

/// The last eight bytes of `text` trimmed, when it has that many.
fn tail_key(text: &str) -> Option<u64> {
    let bytes = text.trim().as_bytes();
    let tail: [u8; 8] = bytes.get(bytes.len().checked_sub(8)?..)?.try_into().ok()?;
    Some(u64::from_le_bytes(tail))
}

/// A few word keys (see [`word_keys`]), sorted and without repeats, with
/// a 256-bit filter of them: the text's words are looked up one by one,
/// and the filter turns down most of those that are none of the keys
/// before the binary search.
#[derive(Debug, Default)]
struct KeySet {
    keys: Vec<u128>,
    filter: [u64; 4],
}

impl KeySet {
    fn new(mut keys: Vec<u128>) -> KeySet {
        keys.sort_unstable();
        keys.dedup();
        let mut filter = [0; 4];
        for &key in &keys {
            let bit = KeySet::bit(key);
            filter[bit / 64] |= 1 << (bit % 64);
        }
        KeySet { keys, filter }
    }

    /// The filter's bit for `key`: its two halves mixed, the top 8 bits.
    fn bit(key: u128) -> usize {
        let mixed = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> 56) as usize
    }

    /// Where `key` stands among the keys, if it is one.
    fn position(&self, key: u128) -> Option<usize> {
        let bit = KeySet::bit(key);
        if self.filter[bit / 64] >> (bit % 64) & 1 == 0 {
            return None;
        }
        self.keys.binary_search(&key).ok()
    }

    fn len(&self) -> usize {
        self.keys.len()
    }
}

impl<'a> HeadlineInputs<'a> {
    /// Prepares the ranker's inputs around `first_body`. `doc` is the whole
    /// dump: a headline is often quoted elsewhere on the page (breadcrumb,
    /// share text, the lynx link header), a menu item is not.
    pub fn new(
        blocks: &'a [Block],
        page: &'a Page,
        p: &'a [f32],
        first_body: usize,
        doc: &'a str,
    ) -> HeadlineInputs<'a> {
        // The header search, the window and the eligibility tests ask the
        // byline-or-date test of the same blocks: the memo answers each
        // once.
        let bylines = BylineMemo::new(page);
        let dated_at = |i: usize| bylines.byline_or_date(blocks, page, i);
        let (header, teasers) = find_header_past_teasers_by(blocks.len(), first_body, dated_at);
        // Not a quote's or an embedded post's attribution ("— Jane Doe
        // (@jane) May 1, 2020"): those stand inside the text.
        let below = find_header_below_by(blocks.len(), first_body, |i| {
            !opens_with_dash(&blocks[i].text) && (dated_at(i) || bylines.labels(blocks, i))
        });
        let candidates = candidate_range(blocks, first_body, header, below);
        // The far part's blocks are asked only of the few taken there
        // (see `shares_words_with_text`).
        let near = candidates.far_end.max(candidates.all.start);
        let window = near.saturating_sub(3)..(candidates.all.end + 3).min(blocks.len());
        let mut inputs = HeadlineInputs {
            blocks,
            page,
            p,
            first_body,
            doc,
            candidates,
            window,
            nearest_title: None,
            header_title: None,
            byline_title: None,
            teasers,
            blank_line_headings: sets_headings_by_blank_lines(blocks, page),
            shape: vec![std::cell::OnceCell::new(); blocks.len()],
            picture: vec![std::cell::OnceCell::new(); blocks.len()],
            eligibility: vec![std::cell::OnceCell::new(); blocks.len()],
            contents_label: vec![std::cell::OnceCell::new(); blocks.len()],
            lines: DumpLines::new(doc),
            bylines,
            far_words: std::cell::OnceCell::new(),
            trails: std::cell::OnceCell::new(),
            quoted: std::cell::OnceCell::new(),
        };
        inputs.nearest_title = inputs.find_nearest_title_like();
        inputs.header_title = header.and_then(|h| {
            (h.saturating_sub(rules::HEADER_TITLE_REACH)..h)
                .rev()
                .find(|&i| inputs.eligible_shape(i))
        });
        inputs.byline_title = inputs.find_byline_title();
        inputs
    }

    /// The title over the article's byline: the "By …" line (or a "By"
    /// label over a name) nearest above the text start within
    /// `rules::BYLINE_TITLE_LOOKBACK` blocks, else the first within
    /// `rules::HEADLINE_LOOKAHEAD` below it (or, when no title stands over
    /// it, the next of `rules::BYLINE_TITLE_BYLINES`), and above it, past
    /// its name, a standfirst and date lines (`rules::BYLINE_TITLE_REACH`
    /// blocks at most), the first eligible block that is neither a name
    /// nor a sentence. Unlike the candidate window this does not depend
    /// on how close to the header the classifier started the text (a
    /// table of contents or a product list can push it 100 blocks down).
    fn find_byline_title(&self) -> Option<BylineTitle> {
        let len = self.blocks.len();
        let lo = self.first_body.saturating_sub(rules::BYLINE_TITLE_LOOKBACK);
        let hi = (self.first_body + 1 + rules::HEADLINE_LOOKAHEAD).min(len);
        let above = (lo..self.first_body.min(len)).rev();
        let below = self.first_body.min(len)..hi;
        let words = WordCounts::new(self.page);
        let mut bylines = above.chain(below).filter(|&i| {
            !opens_with_dash(&self.blocks[i].text)
                && (self.bylines.opens(self.blocks, i) || is_name_over_date(self.blocks, &words, i))
        });
        // An author box under the article ("About the Author" over the
        // name) can be the nearest: no title stands over it, and the
        // article's own byline is the next one up.
        for tried in 0..rules::BYLINE_TITLE_BYLINES {
            let byline = bylines.next()?;
            if let Some(found) = self.title_over_byline(byline) {
                return found.map(|title| BylineTitle {
                    past_box: tried > 0,
                    ..title
                });
            }
        }
        None
    }

    /// The title search above the byline at `byline` (see
    /// [`HeadlineInputs::find_byline_title`]): `None` when no block within
    /// reach can be the title, `Some(None)` when the one found is refused
    /// (it repeats a word or opens in lower case), which ends the search.
    fn title_over_byline(&self, byline: usize) -> Option<Option<BylineTitle>> {
        // Names, a standfirst, date lines and picture credits are passed
        // over within `BYLINE_TITLE_REACH` blocks; lines too short to be
        // the title (share buttons, labels) are passed over without
        // counting, up to `BYLINE_TITLE_SHORT_SKIP` of them. A row of tags
        // or menu labels ends the search (the byline belongs to a list
        // item, or the title is not there).
        let (mut counted, mut short) = (0, 0);
        let too_short = |j: usize| self.page.words[j] < rules::BYLINE_TITLE_MIN_WORDS;
        let title = (0..byline).rev().find(|&j| {
            let text = &self.blocks[j].text;
            // One short line alone is a teaser's source or a kicker ("on
            // Jalopnik"): only a row of them is a bar to pass over.
            let in_row = (j > 0 && too_short(j - 1)) || (j + 1 < byline && too_short(j + 1));
            if too_short(j) && in_row && short < rules::BYLINE_TITLE_SHORT_SKIP {
                short += 1;
                return false;
            }
            counted += 1;
            counted > rules::BYLINE_TITLE_REACH
                || (self.eligible(j)
                    && !is_name_like(text)
                    && (ends_as_question_or_call(text) || !ends_like_sentence(text))
                    && !has_inner_full_stop(text)
                    && !opens_with_date_label(self.page.lower(j))
                    && !is_agency_credit(text))
        })?;
        if counted > rules::BYLINE_TITLE_REACH {
            return None;
        }
        let text = &self.blocks[title].text;
        let taken = !repeats_a_word(text) && !opens_lowercase(text);
        Some(taken.then_some(BylineTitle {
            title,
            byline,
            past_bar: short > 0,
            past_box: false,
        }))
    }

    /// The blocks that may be the headline: `headline_candidates`, widened
    /// up to the header's byline or date line when that stands higher.
    pub fn candidates(&self) -> std::ops::Range<usize> {
        self.candidates.all.clone()
    }

    /// Block `i` may be taken as the headline: eligible, and when it
    /// stands in the window's far part (reached past rows of short lines,
    /// see [`Window`]), longer than those lines and sharing its words with
    /// the text.
    fn takeable(&self, i: usize) -> bool {
        let far = i < self.candidates.far_end;
        // A far block has more words than the short lines the lookback
        // passed over to reach it (a label there is no title). The word
        // count first, then the text's words (read once a block passes
        // it); eligibility, dearer, last.
        (!far || (self.far_sized(i) && self.shares_words_with_text(i))) && self.eligible(i)
    }

    /// Block `i`, in the window's far part, has more words than the short
    /// lines the lookback passed over to reach it, and no more than a
    /// headline.
    fn far_sized(&self, i: usize) -> bool {
        (rules::LOOKBACK_SHORT_MAX_WORDS + 1..=rules::HEADLINE_MAX_WORDS)
            .contains(&self.page.words[i])
    }

    /// At least `rules::FAR_TITLE_MIN_SHARED` of block `i`'s words (of
    /// `rules::FAR_TITLE_WORD_CHARS` characters or more, compared by
    /// that prefix, see [`word_keys`]) stand in the first
    /// `rules::FAR_TITLE_TEXT_BYTES` bytes of the text: a headline
    /// restates its article's subject, a menu or a box for another page
    /// does not. Asked only of far blocks that pass
    /// [`HeadlineInputs::far_sized`].
    fn shares_words_with_text(&self, i: usize) -> bool {
        let far = self.far_words.get_or_init(|| {
            let mut keys = Vec::new();
            for j in self.candidates.all.start..self.candidates.far_end {
                if self.far_sized(j) {
                    word_keys(&self.blocks[j].text, |key| keys.push(key));
                }
            }
            self.text_words(keys)
        });
        shares_words(&self.blocks[i].text, |key| far.in_text(key))
    }

    /// `keys` (word keys, see [`word_keys`]), sorted and without repeats,
    /// each marked when it stands in the first `rules::FAR_TITLE_TEXT_BYTES`
    /// bytes of the text: the text is read once, each of its words looked
    /// up among these few keys.
    fn text_words(&self, keys: Vec<u128>) -> FarWords {
        let keys = KeySet::new(keys);
        let mut in_text = vec![false; keys.len()];
        let mut budget = rules::FAR_TITLE_TEXT_BYTES;
        for block in self.text_opening() {
            if budget == 0 || keys.len() == 0 {
                break;
            }
            word_keys_within(&block.text, &mut budget, |key| {
                if let Some(k) = keys.position(key) {
                    in_text[k] = true;
                }
            });
        }
        FarWords { keys, in_text }
    }

    /// The blocks from the text start on.
    fn text_opening(&self) -> std::slice::Iter<'a, Block> {
        self.blocks[self.first_body.min(self.blocks.len())..].iter()
    }

    /// The candidate that restates the text's subject, taken over the
    /// ranker's pick `i` (scored `score`; `scores` are the candidates'):
    /// scored at most `rules::RESTATED_TITLE_MARGIN` below it, with
    /// `rules::RESTATED_TITLE_MIN_KEYS` words or more, at least
    /// `rules::RESTATED_TITLE_MIN_SHARED` of them in the text's opening
    /// and `rules::RESTATED_TITLE_LEAD` more of them than of the pick's.
    /// A headline names its article's subject, which the opening
    /// paragraphs repeat; the organisation line, blog tagline, menu item
    /// or related teaser the ranker scored a little higher does not. A
    /// line the text itself prints (a standfirst the text opens with, a
    /// caption's credit) shares its words trivially and is not taken, nor
    /// a shorter or longer copy of the pick. The highest-scored of such
    /// candidates, the first of equals.
    fn restating_title(&self, i: usize, score: f32, scores: &[Option<f32>]) -> Option<usize> {
        let candidates = self.candidates();
        let key_count = |j: usize| {
            let mut n = 0;
            word_keys(&self.blocks[j].text, |_| n += 1);
            n
        };
        // The cheap tests first: the text is read only on pages with
        // such a candidate.
        let mut close: Vec<(f32, usize)> = candidates
            .zip(scores)
            .filter_map(|(j, s)| {
                let s = (*s)?;
                (j != i
                    && score - s <= rules::RESTATED_TITLE_MARGIN
                    && key_count(j) >= rules::RESTATED_TITLE_MIN_KEYS)
                    .then_some((s, j))
            })
            .collect();
        if close.is_empty() {
            return None;
        }
        let mut keys = Vec::new();
        for j in std::iter::once(i).chain(close.iter().map(|&(_, j)| j)) {
            word_keys(&self.blocks[j].text, |key| keys.push(key));
        }
        let words = self.text_words(keys);
        let share = |j: usize| {
            let (shared, all) = word_counts(&self.blocks[j].text, |key| words.in_text(key));
            if all == 0 {
                0.0
            } else {
                shared as f32 / all as f32
            }
        };
        let pick_share = share(i);
        let pick_lower = self.page.lower(i);
        // Highest score first, the first of equals.
        close.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        close.into_iter().map(|(_, j)| j).find(|&j| {
            let lower = self.page.lower(j);
            let shared = share(j);
            shared >= rules::RESTATED_TITLE_MIN_SHARED
                && shared - pick_share >= rules::RESTATED_TITLE_LEAD
                && !pick_lower.contains(lower)
                && !lower.contains(pick_lower)
                && !self.printed_in_opening(&self.blocks[j].text)
        })
    }

    /// `text` stands in a block of the text's opening (its first
    /// `rules::FAR_TITLE_TEXT_BYTES` bytes, block by block).
    fn printed_in_opening(&self, text: &str) -> bool {
        let finder = memchr::memmem::Finder::new(text.as_bytes());
        let mut read = 0;
        self.text_opening()
            .take_while(|b| {
                let before = read;
                read += b.text.len();
                before < rules::FAR_TITLE_TEXT_BYTES
            })
            .any(|b| finder.find(b.text.as_bytes()).is_some())
    }

    /// The eligible candidate `ranker` scores highest (the first of
    /// equals), or the block just above it when that one is shorter,
    /// eligible and scored nearly as high: a headline over its standfirst.
    pub fn best(&self, ranker: &Linear<HEADLINE_COUNT>) -> Option<usize> {
        self.best_with_rule(ranker).map(|(i, _)| i)
    }

    /// [`HeadlineInputs::best`] and the rule that picked it: the ranker, or
    /// the title under its breadcrumb, over the byline or restating the
    /// text (see `restating_title`) taken over the ranker's pick.
    pub fn best_with_rule(&self, ranker: &Linear<HEADLINE_COUNT>) -> Option<(usize, Rule)> {
        let candidates = self.candidates();
        // Each takeable candidate's score, kept for the comparisons below
        // (the features are pure: a block scores the same twice); `None`
        // too for one that trails the best by more than any rule allows.
        let scores = self.scores(ranker);
        let score_of = |j: usize| {
            candidates
                .contains(&j)
                .then(|| scores[j - candidates.start])
                .flatten()
                .unwrap_or_else(|| ranker.logit(&self.features(j)))
        };
        let mut best: Option<(f32, usize)> = None;
        for (i, score) in candidates.clone().zip(&scores) {
            if let Some(score) = *score
                && best.is_none_or(|(s, _)| score > s)
            {
                best = Some((score, i));
            }
        }
        let (score, i) = best?;
        // The block a breadcrumb right above it ends with ("Home /
        // Technique / Beginner's guide …" over "Beginner's guide …") is
        // the page's own title: it wins over a teaser the ranker scored a
        // little higher.
        if let Some(j) = candidates.clone().find(|&j| {
            j != i
                && scores[j - candidates.start].is_some()
                && self.under_its_trail(j)
                && score - score_of(j) <= rules::TITLE_UNDER_TRAIL_MARGIN
        }) {
            return Some((j, Rule::HeadlineUnderTrail));
        }
        if let Some(j) = candidates.clone().find(|&j| {
            j != i
                && scores[j - candidates.start].is_some()
                && self.under_its_trail_entry(j)
                && score - score_of(j) <= rules::TITLE_UNDER_TRAIL_MARGIN
        }) {
            return Some((j, Rule::HeadlineUnderTrailEntry));
        }
        // The block right under the header's form field (a sign-up or
        // search box, "[ ]" in w3m) and set apart below: the title, over
        // a menu line or teaser above the box that scored a little higher.
        if let Some(j) = candidates.clone().find(|&j| {
            j != i
                && j > i
                && j < self.first_body
                && scores[j - candidates.start].is_some()
                && self.under_form_field(j)
                && score - score_of(j) <= rules::TITLE_UNDER_TRAIL_MARGIN
        }) {
            return Some((j, Rule::HeadlineUnderFormField));
        }
        // The title printed twice over its byline stands with its
        // better-scored copy (see `best_copy_score`).
        let title_score = |t: usize| best_copy_score(self.blocks, t, score_of);
        // The title over the byline wins over a pick with no byline or
        // date under it when the ranker scores it nearly as high, and
        // over the standfirst under it by a wider margin.
        if let Some(found) = self.byline_title.filter(|found| {
            let t = found.title;
            // A standfirst between the title and the byline: the ranker
            // favours its length, so the title may trail it further.
            if self.standfirst_under_title(t, i) {
                return self.page.words[t] >= rules::BYLINE_TITLE_MIN_WORDS
                    && score - score_of(t) <= rules::BYLINE_TITLE_OVER_STANDFIRST_MARGIN;
            }
            t != i
                // Past a share bar the title's place is less certain: the
                // pick right above it is the title, it the standfirst.
                && !(found.past_bar && t == i + 1)
                && self.page.words[t] >= rules::BYLINE_TITLE_MIN_WORDS
                && !self.dated_below(i)
                && score - title_score(t) <= rules::BYLINE_TITLE_MARGIN
        }) {
            let rule = if found.past_box {
                Rule::HeadlineOverBylinePastAuthorBox
            } else {
                Rule::HeadlineOverByline
            };
            return Some((found.title, rule));
        }
        let above = i.checked_sub(1).filter(|&j| {
            candidates.contains(&j)
                && scores[j - candidates.start].is_some()
                && ((score - score_of(j) <= rules::HEADLINE_OVER_STANDFIRST_MARGIN
                    && is_title_over_standfirst(
                        self.page.words[j],
                        &self.blocks[i].text,
                        self.page.words[i],
                    ))
                    || self.title_cased_over_subtitle(j, i, score - score_of(j)))
        });
        // The candidate scores of the first line, when it is one.
        let first_line = (candidates.start == 0).then(|| scores.first().copied().flatten());
        if above.is_none()
            && i == 1
            && let Some(first) = first_line.flatten()
            && self.first_line_over_subtitle(i, score - first)
        {
            return Some((0, Rule::HeadlineFirstLineOverSubtitle));
        }
        if above.is_none()
            && let Some(t) = self.title_over_author_name(i)
            && scores[t - candidates.start]
                .is_some_and(|s| score - s <= rules::TITLE_OVER_AUTHOR_MARGIN)
        {
            return Some((t, Rule::HeadlineOverAuthorName));
        }
        if above.is_none()
            && let Some(j) = self.restating_title(i, score, &scores)
        {
            return Some((j, Rule::HeadlineRestatingText));
        }
        let pick = above.unwrap_or(i);
        let rule = if pick < self.candidates.far_end {
            Rule::HeadlineFarAboveText
        } else {
            Rule::HeadlineRanker
        };
        Some((pick, rule))
    }

    /// Block `j`, just above the pick `i` and scored `gap` below it, is a
    /// title-cased headline over its sentence-case subtitle ("Your Car
    /// Maintenance Checklist" over "A guide to common services and their
    /// price ranges"), the subtitle right over the byline or date. The
    /// contrast in case stands for the length test of
    /// [`is_title_over_standfirst`], so the title may be shorter and trail
    /// further: the longer subtitle gains on `log_words` and sits nearer
    /// the byline. A title glued to a menu by innerText
    /// ("LiveNew York CityNew Jersey …") is title-cased too and is not one.
    fn title_cased_over_subtitle(&self, j: usize, i: usize, gap: f32) -> bool {
        let title = &self.blocks[j].text;
        gap <= rules::TITLE_CASED_OVER_SUBTITLE_MARGIN
            && is_title_cased_over_subtitle(
                title,
                self.page.words[j],
                &self.blocks[i].text,
                self.page.words[i],
            )
            && self.dated_below(i)
    }

    /// The dump's first block is the title over its subtitle `i` (scored
    /// `gap` above it): a plain copy of an article starts
    /// with its title, while a whole page's first line is furniture too
    /// short, too glued (a menu run together by innerText) or without a
    /// function word (a row of names or links) for the shape. The
    /// subtitle, longer and nearer the byline, gains on the ranker, so the
    /// title may trail further than [`is_title_over_standfirst`] allows.
    fn first_line_over_subtitle(&self, i: usize, gap: f32) -> bool {
        let title = &self.blocks[0].text;
        gap <= rules::FIRST_LINE_OVER_SUBTITLE_MARGIN
            && self.page.vectors[0][index::STOP_DENSITY] > 0.0
            && is_title_over_standfirst(
                self.page.words[0],
                &self.blocks[i].text,
                self.page.words[i],
            )
            && !has_glued_words(title)
            && !ends_like_sentence(title)
    }

    /// The title over the author's bare name or "By …" line when the pick
    /// `i` is the line under it, shorter than the title and right over the
    /// date: the author's newsroom and place ("Mariana Alvim" / "BBC News,
    /// Sao Paulo" / "12 March 2025", "By Sam Lee" / "BBC Sport at the
    /// Emirates Stadium"), which the ranker favours for its nearness to
    /// the date. A match report's score lines between the title and the
    /// name are passed over.
    fn title_over_author_name(&self, i: usize) -> Option<usize> {
        let name = i.checked_sub(1)?;
        let mut title = name.checked_sub(1)?;
        // A match report's score lines stand between the title and the
        // byline ("Arsenal 2-1 Chelsea" / "Saka 23', Havertz 67'").
        while name - title <= rules::SCORE_LINES_MAX && is_score_line(&self.blocks[title].text) {
            title = title.checked_sub(1)?;
        }
        (self.candidates().contains(&title)
            && self.page.words[i] < self.page.words[title]
            && (is_name_like(&self.blocks[name].text) || self.bylines.parses(self.blocks, name))
            && i + 1 < self.blocks.len()
            && self.dated(i + 1))
        .then_some(title)
    }

    /// Block `i` stands between the title over the byline (block `t`) and
    /// its "By …" line and reads as sentences (a full stop, or two
    /// sentences): the standfirst, which the search for the title passed
    /// over.
    fn standfirst_under_title(&self, t: usize, i: usize) -> bool {
        t < i
            && self.byline_title.is_some_and(|b| i < b.byline)
            && reads_as_sentences(&self.blocks[i].text)
    }

    /// Another block near the header ends with block `i`'s text after a
    /// separator: a breadcrumb or title bar naming it ("Home / Blog / It").
    fn named_by_trail(&self, i: usize) -> bool {
        let text = self.blocks[i].text.as_str();
        let named_by = |j: usize| j != i && is_trail_of(&self.blocks[j].text, text);
        match tail_key(text) {
            // Only a block ending in the same eight bytes can end with it.
            Some(key) => self.trails().same_tail(key).any(named_by),
            None => self.window.clone().any(named_by),
        }
    }

    /// The window's blocks by the ends of their text, built when first
    /// asked.
    fn trails(&self) -> &TrailIndex {
        self.trails
            .get_or_init(|| TrailIndex::new(self.blocks, self.window.clone()))
    }

    /// The block right above block `i` is a breadcrumb or title bar
    /// ending with its text ("Home / Blog / It" over "It").
    fn under_its_trail(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|j| {
            !self.dated(j) && is_trail_of(&self.blocks[j].text, &self.blocks[i].text)
        })
    }

    /// Block `i` stands apart (blank lines around it) under a line that
    /// repeats it and follows the line before it without a blank, neither
    /// of them a list item (a menu's entry over its panel's heading): a
    /// breadcrumb printed one entry a line ("Blog" / "Mission
    /// accomplished!"), as w3m prints a list without marks, whose last
    /// entry is the title under it.
    fn under_its_trail_entry(&self, i: usize) -> bool {
        let (Some(entry), Some(title)) = (
            i.checked_sub(1).map(|j| &self.blocks[j]),
            self.blocks.get(i),
        ) else {
            return false;
        };
        i >= 2
            && title.blank_before
            && title.blank_after
            && !entry.blank_before
            && !entry.bullet
            && !self.blocks[i - 2].bullet
            && !self.dated(i - 2)
            && entry.text.trim() == title.text.trim()
    }

    /// Block `i` stands right under a form field line
    /// ([`is_form_field_line`]: the header's sign-up or search box, "\[ \]"
    /// in w3m) with a blank line under it: where a title stands.
    fn under_form_field(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|j| {
            self.blocks[i].blank_after
                && is_form_field_line(&self.blocks[j].text, self.page.words[j])
        })
    }

    /// Block `i` is such a breadcrumb or title bar for another block.
    fn trail_of_other(&self, i: usize) -> bool {
        let text = self.blocks[i].text.as_str();
        let names = |j: usize| j != i && is_trail_of(text, &self.blocks[j].text);
        let trails = self.trails();
        // A block it ends with ends in the same eight bytes, or is shorter.
        tail_key(text).is_some_and(|key| trails.same_tail(key).any(names))
            || trails.short.iter().any(|&j| names(j))
    }

    /// The next block could be a title too and is longer: a headline over
    /// its subtitle.
    fn longer_title_below(&self, i: usize) -> bool {
        let j = i + 1;
        j < self.blocks.len() && self.page.words[j] > self.page.words[i] && self.eligible_shape(j)
    }

    /// A byline or date line stands in the three blocks under block `i`
    /// (see [`HeadlineInputs::below`]).
    fn dated_below(&self, i: usize) -> bool {
        self.below(i).any(|j| self.dated(j))
    }

    /// The three blocks under block `i`, not counting a picture's alt text
    /// or label ([`is_picture_text`]: "Andrew Lampinen's avatar", "WABC
    /// logo"). w3m and lynx print a picture's alt text in its place,
    /// innerText does not: the author's portrait between a title and its
    /// byline would otherwise push the date out of reach on those two
    /// renderers only, and the title lose its byline credit to the
    /// subtitle under it. Only lines of up to
    /// `rules::PICTURE_LINE_MAX_WORDS` words are read as such.
    fn below(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        (i + 1..self.blocks.len())
            .filter(|&j| !self.picture_line(j))
            .take(3)
    }

    /// Block `j` is a picture's alt text or label of at most
    /// `rules::PICTURE_LINE_MAX_WORDS` words (see [`HeadlineInputs::below`]),
    /// worked out once.
    fn picture_line(&self, j: usize) -> bool {
        *self.picture[j].get_or_init(|| {
            self.page.words[j] <= rules::PICTURE_LINE_MAX_WORDS
                && is_picture_text(self.page.lower(j))
        })
    }

    /// [`HeadlineInputs::dated_below`] as the ranker reads it: a date
    /// line that is the kicker of the next title (see
    /// [`HeadlineInputs::kicker_of_next`]) does not count for a block
    /// above that title.
    fn dated_below_own(&self, i: usize) -> bool {
        self.below(i)
            .any(|d| self.dated(d) && !self.kicker_of_next(i, d))
    }

    /// The date line `d`, under block `i` but not right under it, is the
    /// kicker over the next block ("Friday, December 19, 2025" over
    /// "Small adventures with small language models"): not a byline,
    /// not part of a byline group (the block above it is no byline, date
    /// or bare name), and right over a block shaped like a title of
    /// `rules::KICKER_TITLE_MIN_WORDS` words or more that is not a
    /// sentence. A blog's name and tagline over the post's date, or a
    /// teaser over the next article's date, then get no credit for a
    /// date that belongs to the title under it; the title right over its
    /// own date keeps it (`d == i + 1`).
    fn kicker_of_next(&self, i: usize, d: usize) -> bool {
        let n = d + 1;
        d > i + 1
            && n < self.blocks.len()
            && !self.bylines.parses(self.blocks, d)
            && !self.dated(d - 1)
            && !is_name_like(&self.blocks[d - 1].text)
            && self.page.words[n] >= rules::KICKER_TITLE_MIN_WORDS
            && self.eligible_shape(n)
            && !ends_like_sentence(&self.blocks[n].text)
    }

    fn dated(&self, i: usize) -> bool {
        self.bylines.byline_or_date(self.blocks, self.page, i)
    }

    /// A byline or a date stands within three blocks of block `i` (below
    /// it, see [`HeadlineInputs::below`]).
    fn dated_near(&self, i: usize) -> bool {
        let lo = i.saturating_sub(3);
        (lo..i).chain(self.below(i)).any(|j| self.dated(j))
    }

    /// The nearest block above the text that is shaped like a title: 4 to
    /// 20 words, no full stop, no list marker, no boilerplate phrase.
    fn find_nearest_title_like(&self) -> Option<usize> {
        let lo = self.first_body.saturating_sub(rules::HEADLINE_LOOKBACK);
        (lo..self.first_body).rev().find(|&i| {
            (4..=20).contains(&self.page.words[i])
                && !ends_like_sentence(&self.blocks[i].text)
                && !self.blocks[i].bullet
                && self.page.vectors[i][index::BOILERPLATE] < 0.5
                && !self.dated(i)
        })
    }

    /// Whether block `i` may be the headline at all: a plausible length,
    /// no full stop, not a byline, date, credit line or page furniture,
    /// and not the name under a byline's label or its portrait.
    pub fn eligible(&self, i: usize) -> bool {
        *self.eligibility[i].get_or_init(|| self.eligible_uncached(i))
    }

    /// [`HeadlineInputs::eligible`], worked out.
    fn eligible_uncached(&self, i: usize) -> bool {
        self.eligible_shape(i)
            && !self.under_its_label(i)
            && !self.teasers.contains(&i)
            && !self.in_contents_list(i)
            && !is_flattened_menu(&self.blocks[i].text)
            && !self.printed_with_gaps(i)
            && !holds_two_item_numbers(&self.blocks[i].text)
            && !self.in_broken_lines(i)
            && !ends_with_byline(&self.blocks[i].text)
            && !self.in_row_of_page_links(i)
            && !is_skip_links(self.page.lower(i))
            && !is_wiki_site_line(&self.blocks[i].text)
            && byline::names_with_affiliation(&self.blocks[i].text).is_none()
            && byline::names_only(&self.blocks[i].text).is_none()
            && !byline::is_role_with_outlet(&self.blocks[i].text)
            && !is_program_code(&self.blocks[i].text)
            && !self.continues_line_above(i)
            && !self.heads_numbered_item(i)
    }

    /// Block `i` is the heading of the numbered list item right above it,
    /// in a list of teasers, each a numbered link over its heading; lynx
    /// prints every heading at the left edge, outdented like the page's
    /// own title, wherever it stands. The item holds no word of its own
    /// ("3. 3." over "Jeremy Clarkson Officially Fired …"), or it is the
    /// heading's title again and the next or the last item is shaped the
    /// same ("1. Why You Should …" / "Why You Should …" / "2. Remove …" /
    /// "Remove …"): a breadcrumb's last item is the page's title, under it
    /// once ("3. 6 Steps You Can Take …" / "6 Steps You Can Take …").
    fn heads_numbered_item(&self, i: usize) -> bool {
        let item_over = |j: usize| -> Option<bool> {
            let item = self.blocks[j.checked_sub(1)?].text.as_str();
            let len = crate::parse::text::blocks::list_number(item)?;
            let rest = item[len..].trim();
            if !rest.contains(char::is_alphabetic) {
                return Some(true);
            }
            (rest == self.blocks.get(j)?.text.trim()).then_some(false)
        };
        match item_over(i) {
            Some(true) => true,
            Some(false) => [i.checked_sub(2), Some(i + 2)]
                .into_iter()
                .flatten()
                .any(|j| item_over(j).is_some()),
            None => false,
        }
    }

    /// Block `i` stands right under a line that ends in a comma, no blank
    /// line between: it goes on with that line ("By Chris Radich," /
    /// "public sector CTO and VP for customer success, UiPath", a list
    /// wrapped over lines), and a title starts afresh.
    fn continues_line_above(&self, i: usize) -> bool {
        !self.blocks[i].blank_before
            && i.checked_sub(1)
                .is_some_and(|above| self.blocks[above].text.trim_end().ends_with(','))
    }

    /// Block `i` is a row of links printed on one line whose parts, all
    /// but `rules::LINK_ROW_MAX_UNPRINTED` of them, are each printed as a
    /// block of their own elsewhere on the page (see [`link_row_parts`]):
    /// a post's categories, which the menu lists ("A HPH guide to…,
    /// houseplant basics, Houseplants"), an author beside the site's name
    /// that the logo prints ("Laura / House Plant House", "Treehugger /
    /// Lindsey Reynolds"), a name and its role ("Mike Marshall, Shipping
    /// Expert"). A title's words are not each a link of the page.
    fn in_row_of_page_links(&self, i: usize) -> bool {
        let Some(parts) = link_row_parts(&self.blocks[i].text) else {
            return false;
        };
        let mut unprinted = 0;
        for part in &parts {
            if !part.chars().any(char::is_alphabetic) || !self.printed_alone(part) {
                unprinted += 1;
                if unprinted > rules::LINK_ROW_MAX_UNPRINTED {
                    return false;
                }
            }
        }
        unprinted < parts.len()
    }

    /// Some block of the page is `text` alone, in any case: one search of
    /// the page's lowercase copy, whose blocks stand between newlines.
    fn printed_alone(&self, text: &str) -> bool {
        let lower = text.to_lowercase();
        let last = self.blocks.len().saturating_sub(1);
        let needle = format!("\n{lower}\n");
        self.page.lower(0) == lower
            || self.page.lower(last) == lower
            || self
                .page
                .lower_contains(&memchr::memmem::Finder::new(needle.as_bytes()))
    }

    /// Block `i` is a line of a run of at least
    /// `rules::BROKEN_LINES_MIN_LINES` lines with no blank line between
    /// them, every one after the first opening in lowercase (and no byline
    /// or date line, "by Jane Doe"): a sentence or a verse broken into
    /// lines ("Zig has the syntax of Rust" / "the runtime safety of Rust"
    /// / "the error handling of Go" …), an unmarked list continuing one
    /// sentence. A headline is no line of such a run.
    fn in_broken_lines(&self, i: usize) -> bool {
        let len = self.blocks.len();
        let continues = |j: usize| {
            !self.blocks[j].blank_before && opens_lowercase(&self.blocks[j].text) && !self.dated(j)
        };
        let mut first = i;
        while first > 0 && continues(first) {
            first -= 1;
        }
        let mut last = i;
        while last + 1 < len && continues(last + 1) {
            last += 1;
        }
        last - first + 1 >= rules::BROKEN_LINES_MIN_LINES
    }

    /// Block `i` is one dump line whose words stand in groups with two or
    /// more spaces between them ("Home  Stuff We Love  Expert Product
    /// Reviews"): innerText's inline links, a breadcrumb or a menu, kept
    /// apart by the whitespace between the links (see
    /// [`has_inner_space_gap`]). Whitespace is collapsed in the block's
    /// text, so the dump's own line is read.
    fn printed_with_gaps(&self, i: usize) -> bool {
        let b = &self.blocks[i];
        b.lines == 1
            && self
                .lines
                .line(b.line)
                .is_some_and(|line| has_inner_space_gap(line) && same_words(line, &b.text))
    }

    /// Block `i` is an entry of a table of contents: a label such as
    /// "Table of contents" stands at most `rules::CONTENTS_MAX_ENTRIES`
    /// lines above it with no blank line between. innerText prints the
    /// entries without list markers, so they look like titles (and repeat
    /// the section headings below); w3m and lynx mark them as list items.
    fn in_contents_list(&self, i: usize) -> bool {
        let lo = i.saturating_sub(rules::CONTENTS_MAX_ENTRIES);
        let mut j = i;
        while j > lo && !self.blocks[j].blank_before {
            j -= 1;
            if *self.contents_label[j].get_or_init(|| is_contents_label(self.page.lower(j))) {
                return true;
            }
        }
        false
    }

    /// Whether block `i` may be the headline at all: a plausible length, no
    /// full stop, and not a byline, date, credit line or page furniture.
    /// The ranker's features read this test (the model was fitted on it),
    /// so the later additions to [`HeadlineInputs::eligible`] stay out.
    fn eligible_shape(&self, i: usize) -> bool {
        *self.shape[i].get_or_init(|| self.eligible_shape_uncached(i))
    }

    /// [`HeadlineInputs::eligible_shape`], worked out.
    fn eligible_shape_uncached(&self, i: usize) -> bool {
        let text = self.blocks[i].text.as_str();
        let lower = self.page.lower(i);
        // A caption's credit can stand at its end ("… Villa Parku. | Foto:
        // Reuters"), so the caption markers are looked for anywhere.
        // (Tests are pure; the cheap ones run first.)
        let credit = || {
            rules::CREDIT_OPENERS.iter().any(|o| lower.starts_with(o))
                || self.page.holds(i, BlockPhrase::CaptionMarker)
        };
        let furniture = || NOT_HEADLINE_SET.is_match(lower);
        (rules::HEADLINE_MIN_WORDS..=rules::HEADLINE_MAX_WORDS).contains(&self.page.words[i])
            && (!text.trim_end().ends_with('.') || is_title_with_full_stop(text))
            && (!self.dated(i) || self.title_ending_in_date(i))
            && !credit()
            && !furniture()
            && byline::signed_name(text).is_none()
            && byline::names_with_role(text).is_none()
            && !is_social_links(lower)
            && !is_picture_text(lower)
            && !is_credit_by_name(text)
            && !is_numbered_item(text)
            && !is_breadcrumb(text)
            && !is_copyright_line(text)
            && !is_formula(text)
            && !self.long_byline(i)
    }

    /// Block `i` is the name under a byline's label ("Written by" / "The
    /// Team") or under its own picture's alt text ("Marco Bambini's
    /// avatar" / "Marco Bambini"): the author line, not a title.
    fn under_its_label(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        let (above, text) = (&self.blocks[prev].text, self.blocks[i].text.trim());
        if more_words_than(
            above,
            rules::BYLINE_LABEL_MAX_WORDS + rules::NAME_LIKE_WORDS.end(),
        ) {
            return false;
        }
        byline::parse_labelled(above, text).is_some()
            || (above.trim_start().starts_with(text)
                && is_name_like(text)
                && is_picture_text(self.page.lower(prev)))
    }

    /// Block `i` is a title that ends with a date ("Metasploit Wrap-Up
    /// 12/19/2025", "Almost Timely News: … (2025-09-21)"), which the
    /// byline-or-date test takes for a date line: the date closes the
    /// line (in brackets or not), the words before it are title-cased,
    /// at least `rules::DATED_TITLE_MIN_WORDS` of them, and are no name;
    /// they hold no "by", none of `rules::DATED_TITLE_SEPARATORS` and do
    /// not end in a label (`rules::DATED_TITLE_LABEL_WORDS`: "Jill Winger
    /// | Last Updated: March 11, 2019"); the line is no byline and has no
    /// byline label over it.
    fn title_ending_in_date(&self, i: usize) -> bool {
        let text = self.blocks[i].text.trim();
        if self.bylines.parses(self.blocks, i)
            || i.checked_sub(1)
                .is_some_and(|label| self.bylines.labels(self.blocks, label))
        {
            return false;
        }
        let Some(found) = date::find_all_forms(text) else {
            return false;
        };
        let closes = text[found.range.end..]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, ')' | ']'))
            .is_empty();
        let before = text[..found.range.start].trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '(' | '[' | '|' | '-' | '–' | '—' | ':' | ',' | '·')
        });
        let lower = before.to_lowercase();
        let last = lower
            .split_whitespace()
            .next_back()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        closes
            && more_words_than(before, rules::DATED_TITLE_MIN_WORDS - 1)
            && is_title_cased(before)
            && !is_name_like(before)
            && !before.contains(rules::DATED_TITLE_SEPARATORS)
            && !lower.split_whitespace().any(|w| w == "by")
            && !last.is_some_and(|w| rules::DATED_TITLE_LABEL_WORDS.contains(&w))
    }

    /// Block `i` is a byline too long for the byline-or-date test ("By A,
    /// CFP – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by B").
    fn long_byline(&self, i: usize) -> bool {
        self.page.words[i] > rules::DATE_LINE_MAX_WORDS && self.bylines.parses(self.blocks, i)
    }

    /// Features of block `i` as the headline.
    pub fn features(&self, i: usize) -> [f32; HEADLINE_COUNT] {
        let mut f = self.cheap_features(i);
        f[TRAIL] = if self.named_by_trail(i) { 1.0 } else { 0.0 };
        self.costly_features(i, self.quoted(i), &mut f);
        f
    }

    /// [`HeadlineInputs::features`] of block `i` but the [`COSTLY`]
    /// ones and `trail_ends_with_it` ([`TRAIL`]), which are left 0.
    fn cheap_features(&self, i: usize) -> [f32; HEADLINE_COUNT] {
        let (blocks, page, p, first_body) = (self.blocks, self.page, self.p, self.first_body);
        let b = &blocks[i];
        let v = &page.vectors[i];
        let words = page.words[i];
        let flag = |x: bool| if x { 1.0 } else { 0.0 };
        [
            1.0,
            (first_body.abs_diff(i) as f32 + 1.0).ln(),
            flag(i < first_body),
            p[i],
            v[2],
            v[4],
            v[6],
            heading_mark(
                b,
                v,
                self.blank_line_headings,
                i.checked_sub(1)
                    .is_some_and(|j| is_form_field_line(&blocks[j].text, page.words[j])),
            ),
            flag(page.repeats[i] > 1),
            0.0,
            v[10],
            v[9],
            0.0,
            p.get(i + 1).copied().unwrap_or(0.0),
            v[17],
            flag((4..=20).contains(&words)),
            v[18],
            flag(i == 0),
            0.0,
            flag(self.nearest_title == Some(i)),
            0.0,
            flag(self.header_title == Some(i)),
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            flag(self.adjacent_duplicate(i)),
        ]
    }

    /// Sets the [`COSTLY`] features of block `i` in `f`, `quoted` standing
    /// for [`HeadlineInputs::quoted`].
    fn costly_features(&self, i: usize, quoted: bool, f: &mut [f32; HEADLINE_COUNT]) {
        let text = &self.blocks[i].text;
        let flag = |x: bool| if x { 1.0 } else { 0.0 };
        f[9] = flag(quoted);
        f[12] = flag(self.dated(i));
        f[18] = flag(self.dated_near(i));
        f[20] = flag(self.dated_below_own(i));
        f[23] = flag(self.trail_of_other(i));
        f[24] = flag(self.longer_title_below(i));
        f[25] = flag(self.dated_above(i));
        f[26] = flag(is_name_like(text));
        f[27] = flag(has_two_sentences(text));
        f[28] = flag(has_glued_words(text));
    }

    /// Each candidate's score when it is takeable, else `None`: as
    /// `ranker.logit(&self.features(i))` for every takeable candidate,
    /// except that a candidate whose score cannot come within
    /// `rules::HEADLINE_RULE_MARGIN` of the best is left `None` untested.
    /// Such a candidate is not the best, and every rule over the best
    /// reads another candidate's score only to compare it with the best's
    /// within a margin no wider; so the pick is the same.
    ///
    /// The takeable test and the [`COSTLY`] features are most of the
    /// ranker's work. Each candidate's score is first bounded from its
    /// cheap features (the costly ones, all flags, set to whichever value
    /// raises the score; floats round monotonically, so the bound holds
    /// after rounding). Candidates are then worked out highest bound first,
    /// and one is passed over when its bound trails by more than the
    /// margin the best lower bound so far (the score with `quoted` at its
    /// lower value). The dump is searched once for the candidates kept
    /// (see [`HeadlineInputs::quoted`]).
    fn scores(&self, ranker: &Linear<HEADLINE_COUNT>) -> Vec<Option<f32>> {
        let candidates = self.candidates();
        let start = candidates.start;
        let raising = |k: usize| if ranker.w[k] > 0.0 { 1.0 } else { 0.0 };
        let bound = |f: &[f32; HEADLINE_COUNT], unknown: &[usize]| {
            let mut high = *f;
            for &k in unknown {
                high[k] = raising(k);
            }
            ranker.logit(&high)
        };
        let mut order: Vec<(f32, usize, [f32; HEADLINE_COUNT])> = candidates
            .clone()
            .filter(|&i| self.sized_as_headline(i))
            .map(|i| {
                let f = self.cheap_features(i);
                (bound(&f, &COSTLY_AND_TRAIL), i, f)
            })
            .collect();
        order.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut floor = f32::NEG_INFINITY;
        let out = |floor: f32, bound: f32| floor - bound > rules::HEADLINE_RULE_MARGIN;
        let mut kept: Vec<(usize, [f32; HEADLINE_COUNT])> = Vec::new();
        for (loose, i, mut f) in order {
            if out(floor, loose) {
                continue;
            }
            f[TRAIL] = if self.named_by_trail(i) { 1.0 } else { 0.0 };
            if out(floor, bound(&f, &COSTLY)) || !self.takeable(i) {
                continue;
            }
            self.costly_features(i, false, &mut f);
            f[QUOTED] = 1.0 - raising(QUOTED);
            floor = floor.max(ranker.logit(&f));
            kept.push((i, f));
        }
        // Those kept before the floor rose may trail it whatever their
        // `quoted`: not searched for.
        kept.retain(|(_, f)| !out(floor, bound(f, &[QUOTED])));
        self.search_quoted(kept.iter().map(|&(i, _)| i));
        let mut scores = vec![None; candidates.len()];
        for (i, mut f) in kept {
            f[QUOTED] = if self.quoted(i) { 1.0 } else { 0.0 };
            scores[i - start] = Some(ranker.logit(&f));
        }
        scores
    }

    /// Block `i` has a headline's number of words, which
    /// [`HeadlineInputs::eligible`] asks first.
    fn sized_as_headline(&self, i: usize) -> bool {
        (rules::HEADLINE_MIN_WORDS..=rules::HEADLINE_MAX_WORDS).contains(&self.page.words[i])
    }

    /// Block `i` has `rules::HEADLINE_MIN_WORDS` words or more and its
    /// text stands twice in the dump (see [`printed_twice`]). The takeable
    /// candidates, the blocks the ranker scores, are searched for in one
    /// pass when the first is asked; any other block alone.
    fn quoted(&self, i: usize) -> bool {
        if self.page.words[i] < rules::HEADLINE_MIN_WORDS {
            return false;
        }
        let start = self.candidates.all.start;
        let memo =
            self.quoted.get_or_init(|| {
                self.quoted_memo(self.candidates().filter(|&j| {
                    self.page.words[j] >= rules::HEADLINE_MIN_WORDS && self.takeable(j)
                }))
            });
        i.checked_sub(start)
            .and_then(|k| memo.get(k).copied().flatten())
            .unwrap_or_else(|| printed_twice(self.doc.as_bytes(), self.blocks[i].text.as_bytes()))
    }

    /// Searches the dump for candidates `asked` in one pass (see
    /// [`HeadlineInputs::quoted`]), unless it was searched already.
    fn search_quoted(&self, asked: impl Iterator<Item = usize>) {
        self.quoted.get_or_init(|| self.quoted_memo(asked));
    }

    /// [`HeadlineInputs::quoted`] of each candidate `asked` of
    /// `rules::HEADLINE_MIN_WORDS` words or more, found in one pass, by
    /// candidate (`None`: not searched).
    fn quoted_memo(&self, asked: impl Iterator<Item = usize>) -> Vec<Option<bool>> {
        let start = self.candidates.all.start;
        let asked: Vec<usize> = asked
            .filter(|&j| self.page.words[j] >= rules::HEADLINE_MIN_WORDS)
            .collect();
        let texts: Vec<&[u8]> = asked
            .iter()
            .map(|&j| self.blocks[j].text.as_bytes())
            .collect();
        let mut memo = vec![None; self.candidates.all.len()];
        if texts.len() <= FEW_NEEDLES {
            for (j, text) in asked.into_iter().zip(texts) {
                memo[j - start] = Some(printed_twice(self.doc.as_bytes(), text));
            }
        } else if let Some(twice) = printed_twice_each(self.doc.as_bytes(), &texts) {
            for (j, twice) in asked.into_iter().zip(twice) {
                memo[j - start] = Some(twice);
            }
        }
        memo
    }

    /// A byline or date line stands in the two blocks above block `i`: a
    /// "date · reading time" kicker over the title.
    fn dated_above(&self, i: usize) -> bool {
        (i.saturating_sub(2)..i).any(|j| self.dated(j))
    }

    /// The block above or below has the same text: a title printed twice
    /// (a heading and its link), unlike a menu repeated across the page.
    fn adjacent_duplicate(&self, i: usize) -> bool {
        let text = self.blocks[i].text.as_str();
        let same = |j: usize| self.blocks.get(j).is_some_and(|b| b.text == text);
        (i > 0 && same(i - 1)) || same(i + 1)
    }
}

/// The best `score` among block `t` and its copies, the blocks of the
/// same text up to `rules::BYLINE_TITLE_REACH` blocks above it: lynx
/// prints the lead picture's alt text, often the title again, between
/// the title and its date line, and the copy nearest the byline lacks
/// the outdent of the heading.
fn best_copy_score(blocks: &[Block], t: usize, score: impl Fn(usize) -> f32) -> f32 {
    let text = &blocks[t].text;
    (t.saturating_sub(rules::BYLINE_TITLE_REACH)..=t)
        .filter(|&j| blocks[j].text == *text)
        .map(score)
        .fold(f32::MIN, f32::max)
}

/// How much the renderer's layout marks `block` as a heading: 1 for
/// lynx's outdent (block feature 22, the block left of the page's text
/// margin); in a dump that has no margin but sets headings off by blank
/// lines (`blank_line_headings`, see [`sets_headings_by_blank_lines`]),
/// `rules::HEADING_BLANK_LINES_MARK` for a block with a blank line on
/// each side, where a form's field line right above
/// (`under_form_field`, see [`is_form_field_line`]) stands for the blank
/// line: w3m prints a header's search box there without one.
fn heading_mark(
    block: &Block,
    v: &Vector,
    blank_line_headings: bool,
    under_form_field: bool,
) -> f32 {
    if v[22] > 0.0 {
        1.0
    } else if blank_line_headings && (block.blank_before || under_form_field) && block.blank_after {
        rules::HEADING_BLANK_LINES_MARK
    } else {
        0.0
    }
}

/// A line of a form: an empty text field as w3m prints it ("[ ]", its
/// spaces collapsed) with at most `rules::FORM_FIELD_LINE_MAX_WORDS`
/// words of label or button around it ("Search \[ \]", "\[ \]\[Search\]").
fn is_form_field_line(text: &str, words: usize) -> bool {
    words <= rules::FORM_FIELD_LINE_MAX_WORDS && text.contains("[ ]")
}

/// Whether the dump sets headings apart by blank lines only: it is wrapped
/// at a fixed width (some block spans several lines: a text browser's
/// dump, which prints a blank line around headings and paragraphs and
/// none between the lines of a menu) and has no text margin that
/// headings stand left of (no block is outdented, block feature 22:
/// lynx's mark, which is the better one). A dump with one line per block
/// (innerText) has blank lines around paragraphs only.
fn sets_headings_by_blank_lines(blocks: &[Block], page: &Page) -> bool {
    blocks.iter().any(|b| b.lines > 1) && !page.vectors.iter().any(|v| v[22] > 0.0)
}

/// `title` without a label naming the kind of page before a colon
/// ("Blog: Best Social Media Agencies …", `rules::PAGE_KIND_LABELS`): a
/// kicker set in bold inside the heading, not part of the title. The rest
/// must still be a headline's length.
pub(super) fn without_label_prefix(title: &str) -> &str {
    let Some((label, rest)) = title.split_once(": ") else {
        return title;
    };
    let kind = rules::PAGE_KIND_LABELS
        .iter()
        .any(|l| label.trim().eq_ignore_ascii_case(l));
    if kind && rest.split_whitespace().count() >= rules::HEADLINE_MIN_WORDS {
        rest.trim_start()
    } else {
        title
    }
}

/// `title` without a short label or date after a title-bar separator
/// ("… physical health | Opinion", "… test suite / Dec 2025"): a section
/// or a date printed into the heading. A longer tail ("… | The Best
/// Mirrorless Cameras on the Market") is the title's own second half.
pub(super) fn without_label_suffix(title: &str) -> &str {
    let Some((head, tail)) = title
        .rsplit_once(" | ")
        .or_else(|| title.rsplit_once(" / "))
    else {
        return title;
    };
    let tail_words = tail.split_whitespace().count();
    let label = title.contains(" | ") && tail_words <= rules::TITLE_LABEL_MAX_WORDS;
    let dated = tail_words <= rules::TITLE_LABEL_MAX_WORDS
        && (date::is_month_year(tail) || date::find_all_forms(tail).is_some());
    if (label || dated) && head.split_whitespace().count() >= rules::HEADLINE_MIN_WORDS {
        head.trim_end()
    } else {
        title
    }
}

/// Whether a block of `title_words` words has the shape of the headline
/// over its standfirst, the block `pick` under it: the pick reads as a
/// sentence (a title is title-cased) and is longer, and the block above
/// is long enough to be a title rather than a kicker, a section label or
/// a button.
fn is_title_over_standfirst(title_words: usize, pick: &str, pick_words: usize) -> bool {
    title_words >= rules::TITLE_OVER_STANDFIRST_MIN_WORDS
        && title_words < pick_words
        && !is_title_cased(pick)
}

/// A title-cased line of `rules::TITLE_CASED_OVER_SUBTITLE_MIN_WORDS` or
/// more over a longer line `pick` that is not title-cased, and not words
/// glued by innerText: the shapes of a headline over its subtitle.
fn is_title_cased_over_subtitle(
    title: &str,
    title_words: usize,
    pick: &str,
    pick_words: usize,
) -> bool {
    title_words >= rules::TITLE_CASED_OVER_SUBTITLE_MIN_WORDS
        && title_words < pick_words
        && is_title_cased(title)
        && !is_title_cased(pick)
        && !has_glued_words(title)
}

/// The headline: the candidate the headline model scores highest, if it
/// has a plausible length.
/// Also hands back the byline parsers' answers the headline rules asked,
/// for the byline search.
pub(super) fn find_headline(
    blocks: &[Block],
    page: &Page,
    p: &[f32],
    first_body: usize,
    doc: &str,
) -> (Option<(usize, Rule)>, BylineMemo) {
    let inputs = HeadlineInputs::new(blocks, page, p, first_body, doc);
    let found = inputs
        .best_with_rule(&HEADLINE)
        .or_else(|| first_block_title(blocks, page).map(|i| (i, Rule::FirstBlockTitle)));
    (found, inputs.bylines)
}

/// A short note's first block, when the ranker found nothing: typed or
/// copied articles start with their title.
fn first_block_title(blocks: &[Block], page: &Page) -> Option<usize> {
    let first = blocks.first()?;
    let fits = (1..=rules::FIRST_BLOCK_HEADLINE_MAX_WORDS).contains(page.words.first()?);
    (fits && !ends_like_sentence(&first.text) && blocks.len() > 1).then_some(0)
}

/// `text` ends with '?' or '!' (closing quotes aside): a title may ask
/// ("What Are the Different Types of Mobile Apps? And How Do You
/// Choose?") or call out, where a full stop, colon or comma ends a
/// sentence or a lead-in.
fn ends_as_question_or_call(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')', ' '])
        .ends_with(['?', '!'])
}

/// `text` ends in its author's byline ("Where the Road Ends: A Guide to
/// Trail Running by Meghan Hicks and Bryon Powell", "The Long Game by
/// Eszter Horanyi"): an item of a list of columns, books or posts, each
/// with its author. A page's own headline has its byline on a line of
/// its own; no dev reference ends in "by" and a name. The words before
/// " by " must be at least `rules::HEADLINE_MIN_WORDS`, and each author
/// two words or more ("4 Best Book Subscriptions, Tested by
/// Bibliophiles" is a title).
fn ends_with_byline(text: &str) -> bool {
    let Some(at) = last_by(text) else {
        return false;
    };
    more_words_than(&text[..at], rules::HEADLINE_MIN_WORDS - 1)
        && byline::parse(&text[at + 1..]).is_some_and(|b| {
            !b.authors.is_empty() && b.authors.iter().all(|a| more_words_than(a, 1))
        })
}

/// Where the last " by " of `text` starts (`text.rfind(" by ")`), found
/// from the 'b's back (asked of every candidate title; a substring search
/// is set up per call).
fn last_by(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memrchr_iter(b'b', bytes)
        .find(|&at| {
            at > 0 && bytes[at - 1] == b' ' && bytes.get(at + 1..at + 3) == Some(b"y ".as_slice())
        })
        .map(|at| at - 1)
}

/// Hands `found` the key of each word of `text` of
/// `rules::FAR_TITLE_WORD_CHARS` characters or more (runs of letters and
/// digits): its first that many characters, lowercased, packed in one
/// number ("Choosing" and "choose" give the key of "choo").
fn word_keys(text: &str, found: impl FnMut(u128)) {
    let mut unbounded = usize::MAX;
    word_keys_within(text, &mut unbounded, found);
}

/// [`word_keys`] of `text` up to the first word that ends `budget`
/// bytes or more into it, taking the bytes read off `budget`. One pass
/// over the bytes, ASCII ones without decoding, and no allocation: the
/// text's opening is read on most pages. (Bytes, not words: text in a
/// script without spaces is one long word.)
fn word_keys_within(text: &str, budget: &mut usize, mut found: impl FnMut(u128)) {
    const N: usize = rules::FAR_TITLE_WORD_CHARS;
    const CHAR_BITS: usize = 21;
    const _: () = assert!(N * CHAR_BITS <= 128);
    // The word's first `N` characters, lowercased; packed into its key
    // once the word has that many.
    let key = |chars: &[u32; N]| {
        (0..N).fold(0u128, |key, k| {
            key | u128::from(chars[k]) << (CHAR_BITS * k)
        })
    };
    let ascii_word_char = |b: u8| ASCII_WORD_CHARS.get(usize::from(b)).copied().unwrap_or(0);
    let bytes = text.as_bytes();
    let (mut chars, mut len, mut at) = ([0u32; N], 0usize, 0);
    while at < bytes.len() {
        // ASCII letters and digits, most of the text: past a word's first
        // `N` characters only its end matters.
        let lower = ascii_word_char(bytes[at]);
        if lower != 0 {
            at += 1;
            if len < N {
                chars[len] = u32::from(lower);
                len += 1;
            } else {
                while at < bytes.len() && ascii_word_char(bytes[at]) != 0 {
                    at += 1;
                }
            }
            continue;
        }
        let (c, width) = match bytes[at] {
            b if b.is_ascii() => (char::from(b), 1),
            _ => {
                let c = text[at..].chars().next().unwrap_or(' ');
                (c, c.len_utf8())
            }
        };
        if c.is_whitespace() && at >= *budget {
            break;
        }
        if !c.is_ascii() && c.is_alphanumeric() {
            if len < N {
                chars[len] = u32::from(c.to_lowercase().next().unwrap_or(c));
                len += 1;
            }
        } else {
            if len == N {
                found(key(&chars));
            }
            len = 0;
        }
        at += width;
    }
    if len == N {
        found(key(&chars));
    }
    *budget = budget.saturating_sub(at);
}

/// For each ASCII byte: its lowercase when it is a letter or a digit,
/// else 0 (a word's end; the table of [`word_keys_within`]).
static ASCII_WORD_CHARS: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] = byte.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// At least `rules::FAR_TITLE_MIN_SHARED` of the words of `title` (see
/// [`word_keys`]) are `in_text` (the text's); a title with no such word
/// shares none.
fn shares_words(title: &str, in_text: impl Fn(u128) -> bool) -> bool {
    let (shared, all) = word_counts(title, in_text);
    all > 0 && shared as f32 >= rules::FAR_TITLE_MIN_SHARED * all as f32
}

/// How many of the words of `title` (see [`word_keys`]) are `in_text`,
/// and how many it has.
fn word_counts(title: &str, in_text: impl Fn(u128) -> bool) -> (usize, usize) {
    let (mut all, mut shared) = (0usize, 0usize);
    word_keys(title, |key| {
        all += 1;
        shared += usize::from(in_text(key));
    });
    (shared, all)
}

/// `needle` stands at least twice in `doc`, the copies apart: quoted
/// elsewhere on the page (a breadcrumb, share text, the lynx link header),
/// as a headline often is and a menu item is not.
fn printed_twice(doc: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find_iter(doc, needle).nth(1).is_some()
}

/// Most needles searched for one by one rather than in one packed pass
/// (`quoted_memo`): building the packed searcher costs some 25 K
/// instructions, about three single searches of a dump (measured with
/// callgrind over the dev dumps: 2 and 4 cost a little more).
const FEW_NEEDLES: usize = 3;

/// [`printed_twice`] of each of `needles`, in one pass over `doc` (a
/// packed multi-pattern search) instead of one per needle: the dump is
/// long and the candidates several. `None` when no such searcher can be
/// built (no SIMD, an empty needle): the caller asks each needle alone.
fn printed_twice_each(doc: &[u8], needles: &[&[u8]]) -> Option<Vec<bool>> {
    use aho_corasick::Span;
    use aho_corasick::packed::{Config, MatchKind};
    if needles.iter().any(|n| n.is_empty()) {
        return None;
    }
    let mut builder = Config::new().match_kind(MatchKind::LeftmostFirst).builder();
    let searcher = builder.extend(needles).build()?;
    // Each needle's first copy, and whether another starts past its end:
    // the second copy `find_iter` finds, which resumes there.
    let mut first: Vec<Option<usize>> = vec![None; needles.len()];
    let mut twice = vec![false; needles.len()];
    let mut at = 0;
    // The search reports one needle at the leftmost start: every needle is
    // compared there, and the search goes on from the next byte, so no
    // copy is passed over.
    while let Some(found) = searcher.find_in(doc, Span::from(at..doc.len())) {
        let start = found.start();
        for (k, needle) in needles.iter().enumerate() {
            if doc[start..].starts_with(needle) {
                match first[k] {
                    None => first[k] = Some(start),
                    Some(f) => twice[k] |= start >= f + needle.len(),
                }
            }
        }
        at = start + 1;
    }
    Some(twice)
}

/// `rules::NOT_HEADLINE_PHRASES` as one automaton (see `features::PhraseSet`).
static NOT_HEADLINE_SET: PhraseSet = phrase_set!("not_headline");

#[cfg(test)]
mod tests {
    use super::super::shapes::dump_line;
    use super::super::testing::split;
    use super::*;

    /// `build.rs` built `NOT_HEADLINE_SET` from `rules::NOT_HEADLINE_PHRASES`.
    #[test]
    fn not_headline_set_is_its_lists_automaton() {
        NOT_HEADLINE_SET.assert_built_from(&[rules::NOT_HEADLINE_PHRASES]);
    }

    /// Runs `check` on the headline inputs of `dump` with the text
    /// starting at block `first_body` (the last block when `None`) and no
    /// block scored as text.
    fn with_inputs<R>(
        dump: &str,
        first_body: Option<usize>,
        check: impl FnOnce(&HeadlineInputs<'_>) -> R,
    ) -> R {
        let blocks = split(dump);
        let page = crate::parse::text::features::page(&blocks);
        let p = vec![0.0; blocks.len()];
        let first_body = first_body.unwrap_or(blocks.len() - 1);
        check(&HeadlineInputs::new(&blocks, &page, &p, first_body, dump))
    }

    /// The index of the first block of `dump` that starts with `prefix`.
    fn block_at(dump: &str, prefix: &str) -> usize {
        let blocks = split(dump);
        let found = blocks.iter().position(|b| b.text.starts_with(prefix));
        found.unwrap_or_else(|| panic!("no block starts with {prefix:?}"))
    }

    /// The scores bounded and pruned (`scores`) are the plain scores of
    /// every takeable candidate, but for candidates left out, which the
    /// plain form scores more than `rules::HEADLINE_RULE_MARGIN` below
    /// the best; on drawn dumps, text starts and weights (the costly
    /// features' weights of either sign).
    #[test]
    fn pruned_scores_are_the_plain_scores_within_the_margin() {
        let lines = [
            "The Best Sewing Machines for a Beginner",
            "Home / Blog / The Best Sewing Machines for a Beginner",
            "By Jane Doe",
            "Jane Doe",
            "March 4, 2020",
            "Written by",
            "Share this article",
            "Why You Should Plant Tomatoes Early This Spring",
            "Are you looking to start sewing? The best machine is not about the brand.",
            "It is cheap. It is fast.",
            "Menu",
            "[ ]",
            "GluedWordsLikeThisMenuRow",
            "* A list item here",
        ];
        let mut rng = crate::test_rng::Rng::new(2501);
        let mut pruned_some = 0;
        for round in 0..600 {
            let n = 3 + rng.below(24);
            let dump: String = (0..n)
                .map(|_| {
                    let gap = if rng.below(3) == 0 { "\n" } else { "\n\n" };
                    format!("{}{gap}", lines[rng.below(lines.len())])
                })
                .collect();
            let blocks = split(&dump);
            if blocks.len() < 2 {
                continue;
            }
            let page = crate::parse::text::features::page(&blocks);
            let p: Vec<f32> = (0..blocks.len())
                .map(|_| rng.below(1001) as f32 / 1000.0)
                .collect();
            let first_body = rng.below(blocks.len());
            let mut ranker = HEADLINE.clone();
            if round % 2 == 1 {
                for w in ranker.w.iter_mut() {
                    *w = (rng.below(801) as f32 - 400.0) / 100.0;
                }
            }
            let inputs = HeadlineInputs::new(&blocks, &page, &p, first_body, &dump);
            let plain_inputs = HeadlineInputs::new(&blocks, &page, &p, first_body, &dump);
            let scores = inputs.scores(&ranker);
            let plain: Vec<Option<f32>> = plain_inputs
                .candidates()
                .map(|i| {
                    plain_inputs
                        .takeable(i)
                        .then(|| ranker.logit(&plain_inputs.features(i)))
                })
                .collect();
            let best = plain.iter().flatten().copied().fold(f32::MIN, f32::max);
            for (k, (got, want)) in scores.iter().zip(&plain).enumerate() {
                match (got, want) {
                    (Some(got), Some(want)) => {
                        assert_eq!(got.to_bits(), want.to_bits(), "{dump:?} {k}")
                    }
                    (None, Some(want)) => {
                        pruned_some += 1;
                        assert!(best - want > rules::HEADLINE_RULE_MARGIN, "{dump:?} {k}");
                    }
                    (got, None) => assert!(got.is_none(), "{dump:?} {k}"),
                }
            }
        }
        assert!(pruned_some > 0, "no candidate left out");
    }

    /// The breadcrumb tests through the index of the window's text ends
    /// are the scans of the whole window, on drawn dumps of breadcrumbs,
    /// titles and their parts.
    #[test]
    fn trail_index_finds_what_the_window_scan_finds() {
        let pieces = [
            "Home / Blog / ",
            "Home > ",
            "Beginner's guide",
            "guide",
            " to cameras",
            "Blog",
            " | ",
            " ",
            "é",
            "A",
        ];
        let mut rng = crate::test_rng::Rng::new(2502);
        let mut named = 0;
        for _ in 0..400 {
            let n = 2 + rng.below(14);
            let dump: String = (0..n)
                .map(|_| {
                    let k = 1 + rng.below(4);
                    format!("{}\n\n", rng.text(&pieces, k).trim())
                })
                .filter(|line| line.trim() != "")
                .collect();
            if dump.is_empty() {
                continue;
            }
            let len = split(&dump).len();
            if len == 0 {
                continue;
            }
            with_inputs(&dump, Some(rng.below(len)), |inputs| {
                for i in 0..inputs.blocks.len() {
                    let text = inputs.blocks[i].text.as_str();
                    let by = |j: usize| j != i && is_trail_of(&inputs.blocks[j].text, text);
                    let of = |j: usize| j != i && is_trail_of(text, &inputs.blocks[j].text);
                    named += usize::from(inputs.named_by_trail(i));
                    assert_eq!(
                        inputs.named_by_trail(i),
                        inputs.window.clone().any(by),
                        "{dump:?} {i}"
                    );
                    assert_eq!(
                        inputs.trail_of_other(i),
                        inputs.window.clone().any(of),
                        "{dump:?} {i}"
                    );
                }
            });
        }
        assert!(named > 0, "no breadcrumb drawn");
    }

    /// `last_by` finds the last " by " as `rfind` does.
    #[test]
    fn last_by_is_rfind() {
        let pieces = [" ", "b", "y", " by ", "By", "é", "x", " b", "y by"];
        let mut rng = crate::test_rng::Rng::new(1365);
        for _ in 0..10_000 {
            let n = rng.below(10);
            let text = rng.text(&pieces, n);
            assert_eq!(last_by(&text), text.rfind(" by "), "{text:?}");
        }
    }

    /// The filtered key set finds what a binary search of the sorted keys
    /// finds, for keys in the set and out of it.
    #[test]
    fn key_set_finds_what_the_sorted_keys_hold() {
        let mut rng = crate::test_rng::Rng::new(5);
        for round in 0..200 {
            let draw = |rng: &mut crate::test_rng::Rng| {
                (rng.below(1 << 20) as u128) << (21 * rng.below(4)) | rng.below(64) as u128
            };
            let keys: Vec<u128> = (0..round % 40).map(|_| draw(&mut rng)).collect();
            let set = KeySet::new(keys.clone());
            let mut sorted = keys.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(set.len(), sorted.len());
            for key in keys.iter().copied().chain((0..50).map(|_| draw(&mut rng))) {
                assert_eq!(set.position(key), sorted.binary_search(&key).ok(), "{key}");
            }
        }
    }

    /// The one-pass search agrees with a search per needle: needles that
    /// overlap themselves ("a a" in "a a a"), share their start or stand
    /// inside one another, in dumps long and short.
    #[test]
    fn one_pass_finds_what_each_needle_search_finds() {
        let pieces = [
            "a a",
            " ",
            "\n",
            "Home",
            " / ",
            "Title",
            "é",
            "Title Home",
            "aa",
        ];
        let mut rng = crate::test_rng::Rng::new(23);
        let mut packed = 0;
        for round in 0..3_000 {
            let len = rng.below(if round % 3 == 0 { 60 } else { 8 });
            let doc = rng.text(&pieces, len);
            let needles: Vec<String> = (0..1 + rng.below(6))
                .map(|_| {
                    let n = 1 + rng.below(3);
                    rng.text(&pieces, n)
                })
                .collect();
            let needles: Vec<&[u8]> = needles.iter().map(|n| n.as_bytes()).collect();
            let Some(found) = printed_twice_each(doc.as_bytes(), &needles) else {
                continue;
            };
            packed += 1;
            let want: Vec<bool> = needles
                .iter()
                .map(|n| printed_twice(doc.as_bytes(), n))
                .collect();
            assert_eq!(found, want, "{doc:?} {needles:?}");
        }
        // Where the machine has no packed searcher, each needle is searched.
        assert!(packed == 0 || packed == 3_000, "{packed}");
        assert_eq!(printed_twice_each(b"a a", &[b"a", b""]), None);
    }

    #[test]
    fn list_items_ending_in_their_byline_are_not_titles() {
        for (text, want) in [
            (
                "Where the Road Ends: A Guide to Trail Running by Meghan Hicks and Bryon Powell",
                true,
            ),
            ("The Long Game by Eszter Horanyi", true),
            // A one-word "author" is the title's own word, not a byline.
            ("4 Best Book Subscriptions, Tested by Bibliophiles", false),
            ("Stand by Me", false),
            ("By Jane Doe", false),
            ("Killed by Police in the Line of Duty", false),
        ] {
            assert_eq!(ends_with_byline(text), want, "{text}");
        }
    }

    #[test]
    fn titles_ending_in_a_date_are_candidates() {
        let lines = [
            (
                "Almost Timely News: Using AI for Analytics (2025-09-21)",
                true,
            ),
            ("Metasploit Weekly Wrap-Up Notes 12/19/2025", true),
            ("Friday, December 19, 2025", false),
            ("Paramita Ghosh Published: January 3, 2024", false),
            ("0 · by Dennis Moons · Updated on 8 January 2026", false),
            (
                "109 Comments | Jill Winger | Last Updated: March 11, 2019",
                false,
            ),
            ("Trond Teigen 2025-12-17", false),
            // The date does not close the line: an update log's entry.
            (
                "2021-08-09 Emphasizing Non-Requirements for Analysis",
                false,
            ),
        ];
        for (line, want) in lines {
            let dump = format!(
                "Menu\n\n{line}\n\n\
                 The council met and voted for the plan after a long debate in town.\n"
            );
            with_inputs(&dump, None, |inputs| {
                assert!(inputs.dated(1), "{line}");
                assert_eq!(inputs.title_ending_in_date(1), want, "{line}");
                assert_eq!(inputs.eligible(1), want, "{line}");
            });
        }
    }

    /// The title over the byline is scored as its best copy within
    /// reach: the heading, not the picture's alt text under the date.
    #[test]
    fn the_title_over_the_byline_scores_as_its_best_copy() {
        let blocks = split(
            "List of Top Insurers: Finding the Right Coverage\n\nPublished on\n\n\
             Oct 31, 2025\n\nList of Top Insurers: Finding the Right Coverage\n\n\
             Blog\n\nAuthor\n\nVenteur\n",
        );
        let score = |j: usize| [14.3, 1.0, 2.0, 10.7, 3.0, 0.0, 0.0][j];
        assert_eq!(best_copy_score(&blocks, 3, score), 14.3);
        assert_eq!(best_copy_score(&blocks, 4, score), 3.0);
    }

    /// The heading of each item of a numbered teaser list, which lynx
    /// outdents as it does the page's title, is no title; the title under
    /// a breadcrumb that ends with it is.
    #[test]
    fn headings_of_numbered_teasers_are_no_titles() {
        let text = "The council met and voted for the plan after a long debate in town.";
        let dump = format!(
            "1. 1.\n\nTop Gear Hosts React To Clarkson Firing\n\non Jalopnik\n\n\
             1. Why You Should Replace Your Surge Protectors\n\n\
             Why You Should Replace Your Surge Protectors\n\n\
             2. Remove Burned Grease from Sponges with Salt Water\n\n\
             Remove Burned Grease from Sponges with Salt Water\n\n\
             How to Program Your Mind to Stop Buying Things\n\n{text}\n"
        );
        with_inputs(&dump, None, |inputs| {
            for (i, want) in [(1, false), (4, false), (6, false), (7, true)] {
                assert_eq!(inputs.eligible(i), want, "{}", inputs.blocks[i].text);
            }
        });
        let dump = format!(
            "1. Home\n2. Health\n3. Six Steps to a Healthy Weight\n\n\
             Six Steps to a Healthy Weight\n\n{text}\n"
        );
        with_inputs(&dump, None, |inputs| assert!(inputs.eligible(3)));
    }

    /// A copyright line and a formula w3m prints from MathML are title
    /// shaped but never the headline; a title with one arrow or a
    /// copyright word is.
    #[test]
    fn copyright_lines_and_formulas_are_no_titles() {
        for (line, want) in [
            ("© 2002, 2003 Jamie Zawinski", false),
            ("(c) 2024 Acme Widgets Incorporated", false),
            ("A Hermitian ⟺ a i j = a j i ¯", false),
            ("V 1 × V 2 = | i j k ∂ X ∂ u ∂ Y ∂ u 0 |", false),
            (
                "Copyright Office Rules on Artificial Intelligence Art",
                true,
            ),
            ("From Apple → Google: Why Engineers Move", true),
        ] {
            let dump = format!(
                "Menu\n\n{line}\n\n\
                 The council met and voted for the plan after a long debate in town.\n"
            );
            with_inputs(&dump, None, |inputs| {
                assert_eq!(inputs.eligible(1), want, "{line}");
            });
        }
    }

    #[test]
    fn word_keys_match_a_plain_reading_of_the_words() {
        // The table-driven byte loop gives each word of 4+ letters or
        // digits the key of its first 4 characters, lowercased, as a plain
        // split on what is not alphanumeric does.
        let plain = |text: &str| -> Vec<u128> {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= rules::FAR_TITLE_WORD_CHARS)
                .map(|w| {
                    w.chars()
                        .take(rules::FAR_TITLE_WORD_CHARS)
                        .enumerate()
                        .fold(0u128, |key, (k, c)| {
                            let lower = c.to_lowercase().next().unwrap_or(c);
                            key | u128::from(u32::from(lower)) << (21 * k)
                        })
                })
                .collect()
        };
        for text in [
            "How to CHOOSE a Tool: choosing tools, 2025's specs",
            "Ünïcode Straße naïveté ÉCOLE abcÉdef x1y2z3 ab\u{0}cdef",
            "İstanbul 東京都の天気予報 word—dash end",
            "",
        ] {
            let mut keys = Vec::new();
            word_keys(text, |key| keys.push(key));
            assert_eq!(keys, plain(text), "{text}");
        }
    }

    #[test]
    fn far_candidates_share_their_words_with_the_text() {
        let mut opening = Vec::new();
        word_keys(
            "One single tool can not fit every need. For me, the proper way of \
             choosing a tool follows this pattern: choose a tool last.",
            |key| opening.push(key),
        );
        opening.sort_unstable();
        let in_opening = |key: u128| opening.binary_search(&key).is_ok();
        // The text's opening is read up to a word budget.
        let (mut within, mut budget) = (Vec::new(), 7);
        word_keys_within("Café, choosing: tools", &mut budget, |key| {
            within.push(key)
        });
        let mut want = Vec::new();
        word_keys("cafe CHOOSE tool", |key| want.push(key));
        assert_eq!((within.len(), budget), (2, 0));
        assert_eq!(within[1], want[1]);
        assert_ne!(within[0], want[0]);
        assert!(shares_words("How to Choose a Tool", in_opening));
        assert!(!shares_words(
            "Conferences Field Marketing Webinars",
            in_opening
        ));
        // Two words of four are not enough; no word of four letters is none.
        assert!(!shares_words("Choosing the Right Hammer Tool", in_opening));
        assert!(!shares_words("A to Z", in_opening));
        // The title stands above a sidebar of short labels, a promo far
        // above the text too: only the title may be taken there.
        let mut dump = String::from(
            "Get the Daily Blueprint Newsletter Today\n\nHow to Choose a Tool\n\n\
             Reading time about 6 minutes\n\n",
        );
        for k in 0..12 {
            dump.push_str(&format!("tag{k} (26)\n\n"));
        }
        for k in 0..8 {
            dump.push_str(&format!("Updated on day {k} with more notes\n\n"));
        }
        dump.push_str(
            "One single tool can not fit every need. For me, the proper way of \
             choosing a tool follows this pattern: choose a tool last.\n",
        );
        with_inputs(&dump, None, |inputs| {
            let (promo, title) = (0, 1);
            assert!(inputs.candidates.far_end > title);
            assert!(inputs.candidates().contains(&promo));
            assert!(inputs.eligible(promo) && !inputs.takeable(promo));
            assert!(inputs.takeable(title));
        });
    }

    #[test]
    fn blank_lines_mark_headings_in_a_wrapped_dump_without_a_margin() {
        // A paragraph wrapped at 80 columns, as w3m and lynx print one.
        let paragraph = "The committee met on Tuesday to review the plans for the new bridge over the\n\
            river, which has been closed to traffic since the spring floods damaged its\n\
            supports. Engineers said the repairs would take at least another two years\n\
            and cost far more than the city had set aside for them in the budget.\n";
        let w3m = format!(
            "Home News Sport\nWeather Travel\n\nThe Bridge Will Stay Closed\n\n{paragraph}"
        );
        let marks = |dump: &str| {
            with_inputs(dump, None, |inputs| {
                (0..inputs.blocks.len() - 1)
                    .map(|i| inputs.features(i)[7])
                    .collect::<Vec<_>>()
            })
        };
        // The title, alone between blank lines, has half a mark; the menu
        // lines, printed together, none.
        assert_eq!(
            marks(&w3m),
            [0.0, 0.0, rules::HEADING_BLANK_LINES_MARK],
            "{w3m}"
        );
        // A search box printed right above the title stands for the blank
        // line; a line of text there does not.
        let field = format!(
            "Home News Sport\nSearch [          ]\nThe Bridge Will Stay Closed\n\n{paragraph}"
        );
        assert_eq!(marks(&field)[2], rules::HEADING_BLANK_LINES_MARK, "{field}");
        let menu =
            format!("Home News Sport\nWeather Travel\nThe Bridge Will Stay Closed\n\n{paragraph}");
        assert_eq!(marks(&menu)[2], 0.0, "{menu}");
        assert!(is_form_field_line("[ ][Search]", 1));
        assert!(!is_form_field_line(
            "Tick [ ] when you have read the terms of the agreement",
            11
        ));
        // lynx: the title left of the 3-space text margin has the full
        // mark, and blank lines alone add nothing.
        let indent = |t: &str| {
            t.lines()
                .map(|l| {
                    if l.is_empty() {
                        String::new()
                    } else {
                        format!("   {l}")
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        let lynx = format!(
            "{}\n\nThe Bridge Will Stay Closed\n\n{}\n\n   Share this article\n\n{}",
            indent("Home News Sport\nWeather Travel"),
            indent(paragraph),
            indent(paragraph)
        );
        assert_eq!(marks(&lynx)[2], 1.0, "{lynx}");
        assert_eq!(marks(&lynx)[4], 0.0, "{lynx}");
        // One line per block (innerText): blank lines are the paragraphs'
        // own, no mark.
        let inner = format!(
            "Home News Sport\nWeather Travel\n\nThe Bridge Will Stay Closed\n\n{}\n",
            paragraph.replace('\n', " ")
        );
        assert_eq!(marks(&inner), [0.0, 0.0, 0.0], "{inner}");
    }

    /// A title that asks or calls out stands over its byline as one with
    /// no stop does; a sentence's full stop or a lead-in's colon does not.
    #[test]
    fn a_question_is_the_title_over_the_byline() {
        let title_over_byline = |title: &str| {
            let dump = format!(
                "Careers Let's work together\n\n{title}\n\nWritten by: Shivkumar M\n\n\
                 The council met and voted for the plan after a long debate in town.\n"
            );
            with_inputs(&dump, Some(3), |i| i.byline_title.map(|b| b.title))
        };
        for title in [
            "What Are the Different Types of Mobile Apps? And How Do You Choose?",
            "Is a Balcony Garden Worth It?",
            "Stop Nesting Database Systems!",
        ] {
            assert_eq!(title_over_byline(title), Some(1), "{title}");
        }
        for line in [
            "The council met on the plan for the old bridge.",
            "Here is what the council decided about it:",
        ] {
            assert_ne!(title_over_byline(line), Some(1), "{line}");
        }
    }

    #[test]
    fn title_over_the_byline_is_found_far_above_the_text() {
        // Title, standfirst, byline, then a long table of contents before
        // the text: the title is 23 blocks above where the text starts.
        let mut dump = String::from(
            "Menu\n\nHow to Grow Tomatoes on a Balcony\n\n\
             Everything you need to know before planting.\n\nBy\n\nJane Doe\n\n",
        );
        for k in 0..20 {
            dump.push_str(&format!("Part {k} of the guide\n\n"));
        }
        dump.push_str("The council met and voted for the plan after a long debate in town.\n");
        assert_eq!(
            with_inputs(&dump, None, |i| i.byline_title.map(|b| b.title)),
            Some(1)
        );
        // A row of tags over the byline ends the search.
        let tags = "Menu\n\nparsing html swift\n\nBy Jane Doe\n\n\
                    The council met and voted for the plan after a long debate in town.\n";
        assert_eq!(
            with_inputs(tags, Some(3), |i| i.byline_title.map(|b| b.title)),
            None
        );
    }

    #[test]
    fn title_over_the_byline_is_found_past_an_author_box() {
        // Title (1), byline (2), the article, an author box under it
        // ("About the Author" over the name), then where the text starts:
        // no title stands over the box, the article's byline is next.
        let mut dump = String::from("Menu\n\nHow to Grow Tomatoes on a Balcony\n\nBy Jane Doe\n\n");
        for k in 0..8 {
            dump.push_str(&format!(
                "Paragraph {k} of the article says what the plants need in a pot.\n\n"
            ));
        }
        dump.push_str("About the Author\n\nJane Doe\n\n");
        dump.push_str("The council met and voted for the plan after a long debate in town.\n");
        let found = with_inputs(&dump, None, |i| {
            i.byline_title.map(|b| (b.title, b.past_box))
        });
        assert_eq!(found, Some((1, true)));
        // Without the box the byline is the nearest.
        let plain = dump.replace("About the Author\n\nJane Doe\n\n", "");
        let found = with_inputs(&plain, None, |i| {
            i.byline_title.map(|b| (b.title, b.past_box))
        });
        assert_eq!(found, Some((1, false)));
    }

    #[test]
    fn standfirst_between_the_title_and_its_byline() {
        // Title (1), standfirst (2), "By" (3) over the name, text.
        let dump = "Menu\n\nRemote Work: Five Tips for Teams\n\n\
                    Remote workers lose motivation. Boost your team's output.\n\n\
                    By\n\nJane Doe\n\n\
                    The council met and voted for the plan after a long debate in town.\n";
        with_inputs(dump, None, |inputs| {
            let found = inputs.byline_title.map(|b| (b.title, b.byline));
            assert_eq!(found, Some((1, 3)));
            assert!(inputs.standfirst_under_title(1, 2));
            // Not the title itself, nor a block past the byline.
            assert!(!inputs.standfirst_under_title(1, 1));
            assert!(!inputs.standfirst_under_title(1, 4));
        });
        // A subtitle without a full stop between them is not one: a
        // question can be the title.
        let question = "Menu\n\nRemote Work: Five Tips for Teams\n\n\
                        Is remote work here to stay for good\n\nBy\n\nJane Doe\n\n\
                        The council met and voted for the plan after a long debate in town.\n";
        assert!(!with_inputs(question, None, |i| i.standfirst_under_title(1, 2)));
    }

    #[test]
    fn entries_under_a_contents_label_are_not_titles() {
        // innerText: title, standfirst, then a table of contents without
        // list markers, running to the blank line before the text.
        let dump = "How to Install Solar Panels\n\nYour guide to the process.\n\n\
                    Share\nTable of contents\nWhat to Know Before You Start\n\
                    The Five Steps of an Installation\n\n\
                    The council met and voted for the plan after a long debate in town.\n";
        with_inputs(dump, None, |inputs| {
            let listed: Vec<bool> = (0..inputs.blocks.len())
                .map(|i| inputs.in_contents_list(i))
                .collect();
            assert_eq!(listed, [false, false, false, false, true, true, false]);
        });
        assert!(is_contents_label("in this article:"));
        assert!(!is_contents_label("contents of a good first-aid kit"));
    }

    #[test]
    fn skip_links_and_a_wikis_site_line_are_not_titles() {
        // A Wikipedia article in innerText: the title, the site line, the
        // skip links, then the text.
        let dump = "Hermitian matrix\nFrom Wikipedia, the free encyclopedia\n\
                    Jump to navigation Jump to search\n\n\
                    In mathematics, a Hermitian matrix is a complex square matrix that is equal to its own conjugate transpose.\n";
        with_inputs(dump, None, |inputs| {
            let eligible: Vec<bool> = (0..3).map(|i| inputs.eligible(i)).collect();
            assert_eq!(eligible, [true, false, false]);
        });
    }

    #[test]
    fn a_line_going_on_from_a_comma_is_not_a_title() {
        let dump = "Making agentic government work\n\nBy Chris Radich,\n\
                    public sector CTO and VP for customer success, UiPath\n\n\
                    Agentic government is not a future concept, but a practical model agencies adopt now.\n";
        with_inputs(dump, None, |inputs| {
            let role = block_at(dump, "public sector");
            assert!(inputs.continues_line_above(role));
            assert!(!inputs.eligible(role));
            assert!(!inputs.continues_line_above(0));
        });
        // A blank line ends the line above.
        let dump = "Red, green,\n\nThe Colours of Autumn in the Park\n\n\
                    The leaves turn early this year, and the park fills with walkers every day.\n";
        with_inputs(dump, None, |inputs| {
            assert!(!inputs.continues_line_above(block_at(dump, "The Colours")));
        });
    }

    #[test]
    fn rows_of_the_page_links_are_not_titles() {
        // A blog's header: the logo and menu, then the post's author beside
        // the site's name, its categories, the title.
        let dump = "HOUSE PLANT HOUSE\n\nHome\nHouseplants\nHouseplant basics\n\n\
                    February 27, 2021\n\nLaura / House Plant House\n\n\
                    A HPH guide to…, houseplant basics, Houseplants\n\
                    A HPH guide to… Low light tolerant houseplants\n\n\
                    The most commonly asked question is which plants do well in little light.\n";
        with_inputs(dump, None, |inputs| {
            let row = |prefix: &str| inputs.in_row_of_page_links(block_at(dump, prefix));
            assert!(row("Laura / House"));
            assert!(row("A HPH guide to…, houseplant"));
            assert!(!row("A HPH guide to… Low"));
            assert!(!row("Home"));
            assert!(!inputs.eligible(block_at(dump, "Laura / House")));
            assert!(!inputs.eligible(block_at(dump, "A HPH guide to…, houseplant")));
            assert!(inputs.eligible(block_at(dump, "A HPH guide to… Low")));
        });
        // Short parts none or only one of which the page prints alone: a
        // title of short parts, which a menu may share one of.
        let dump = "Cats, Dogs, and Birds\n\nDogs\n\nParis / Berlin\n\n\
                    A story about pets and cities, told in the words of many people.\n";
        with_inputs(dump, None, |inputs| {
            assert!(!inputs.in_row_of_page_links(0));
            assert!(!inputs.in_row_of_page_links(block_at(dump, "Paris")));
        });
        assert_eq!(
            link_row_parts("Treehugger / Lindsey Reynolds"),
            Some(vec!["Treehugger", "Lindsey Reynolds"])
        );
        // Long parts, or a comma inside a number: no row.
        assert_eq!(
            link_row_parts("Zimbabwe coup: Robert Mugabe and wife Grace, as priest steps in"),
            None
        );
        assert_eq!(link_row_parts("Over 1,000 Tested"), None);
    }

    #[test]
    fn inline_links_kept_apart_by_spaces_are_not_titles() {
        assert!(has_inner_space_gap(
            "Home  Stuff We Love  Expert Product Reviews & Buying Guides"
        ));
        assert!(has_inner_space_gap("Facebook  X-twitter  Instagram"));
        // Indent and trailing space are not gaps.
        assert!(!has_inner_space_gap(
            "   4 Best Book Subscriptions, Tested by Bibliophiles  "
        ));
        for doc in ["a\nb c\n\nd", "a\nb", "", "\n", "x\n\ny\n", "é\r\nz"] {
            // Asked in order, in reverse, and from far down first.
            let orders: [Vec<usize>; 3] = [
                (0..7).collect(),
                (0..7).rev().collect(),
                vec![3, 1, 6, 2, 0, 4, 5],
            ];
            for order in orders {
                let lines = DumpLines::new(doc);
                for n in order {
                    assert_eq!(lines.line(n), dump_line(doc, n), "{doc:?} {n}");
                }
            }
        }
        assert_eq!(dump_line("a\nb c\n\nd", 2), Some("b c"));
        assert_eq!(dump_line("a\nb c\n\nd", 4), Some("d"));
        assert_eq!(dump_line("a\nb", 3), None);
        let dump = "Gifts for Book Lovers\n\nHome  Stuff We Love  Expert Product Reviews & Buying Guides\n4 Best Book Subscriptions, Tested by Bibliophiles\n\nBy Emily Way\n\nWe tried six different options, but only a few impressed our bibliophile editors in the end.\n";
        let blocks = split(dump);
        let at = |prefix: &str| blocks.iter().position(|b| b.text.starts_with(prefix));
        let (trail, title) = (at("Home").unwrap(), at("4 Best").unwrap());
        with_inputs(dump, None, |inputs| {
            assert!(!inputs.eligible(trail));
            assert!(inputs.eligible(title));
        });
    }

    #[test]
    fn title_under_its_breadcrumbs_last_line() {
        // w3m prints a breadcrumb one entry a line; the last one is the
        // title, which stands apart under it.
        let dump = "Scroll to top\nBlog\nMission accomplished!\n\nMission accomplished!\n\n2025-12-17\u{b7}Trond Teigen\nTrond Teigen\n\nDraft for the preservation of museums` digital cultural heritage\n\nThe National Library of Norway and KulturIT were asked to carry out a pilot project for the preservation of digital museum objects.\n";
        let blocks = split(dump);
        let at = |prefix: &str| blocks.iter().rposition(|b| b.text.starts_with(prefix));
        let (title, draft) = (at("Mission").unwrap(), at("Draft").unwrap());
        with_inputs(dump, None, |inputs| {
            assert!(inputs.under_its_trail_entry(title));
            assert!(!inputs.under_its_trail_entry(title - 1));
            assert!(!inputs.under_its_trail_entry(draft));
        });
        // A menu's entry over its panel's heading (lynx: "+ Jobs" /
        // "Find us near you" / "Find us near you" / its description).
        let menu = "Menu\n  + Jobs at BHF\nFind BHF near you\n\nFind BHF near you\n\nFind your nearest shop.\n";
        let blocks = split(menu);
        let title = blocks
            .iter()
            .rposition(|b| b.text.starts_with("Find BHF"))
            .unwrap();
        with_inputs(menu, None, |inputs| {
            assert!(!inputs.under_its_trail_entry(title))
        });
    }

    #[test]
    fn title_under_the_headers_form_field() {
        let dump = "Horóscopo Pronóstico Tránsito Loterías y quinielas Feriados Sudoku\n\nRecibí por mail las noticias que impactan\n\n[ ]\n\nUna solución no violenta para la cuestión mapuche\n\nLos pueblos indígenas reclaman por derechos que permanecen incumplidos, por eso es más eficiente canalizar la protesta.\n";
        let blocks = split(dump);
        let at = |prefix: &str| blocks.iter().position(|b| b.text.starts_with(prefix));
        let (menu, prompt, title) = (
            at("Horóscopo").unwrap(),
            at("Recibí").unwrap(),
            at("Una").unwrap(),
        );
        with_inputs(dump, None, |inputs| {
            assert!(inputs.under_form_field(title));
            assert!(!inputs.under_form_field(menu));
            assert!(!inputs.under_form_field(prompt));
        });
    }

    #[test]
    fn title_under_its_breadcrumb() {
        let dump = "The best travel cameras in 2026 – here are the cameras I'd take on holiday\n\nHome / Technique / Improve Your Photography / Beginner's guide to different camera types\n\nBeginner's guide to different camera types\n\n2025-12-17·Trond Teigen\nTrond Teigen\n\nIn our guide to camera types, we're going back to basics, for everyone choosing a first camera this year.\n";
        let blocks = split(dump);
        let at = |prefix: &str| blocks.iter().position(|b| b.text.starts_with(prefix));
        let (teaser, title, name) = (
            at("The best").unwrap(),
            at("Beginner").unwrap(),
            at("Trond").unwrap(),
        );
        with_inputs(dump, None, |inputs| {
            assert!(inputs.under_its_trail(title));
            assert!(!inputs.under_its_trail(teaser));
            // A name under its "date · name" line: a byline, not a trail.
            assert!(!inputs.under_its_trail(name));
        });
    }

    #[test]
    fn a_title_that_restates_the_text_wins_over_a_close_pick() {
        let dump = "The 7 Best Sewing Machines for a Beginner\n\nThomson Reuters Accounting News\n\nAugust 11, 2025\n\nAre you looking to start sewing? The best sewing machine for a beginner is not about the brand: these machines fit a budget.\n";
        let blocks = split(dump);
        let at = |prefix: &str| blocks.iter().position(|b| b.text.starts_with(prefix));
        let (title, org) = (at("The 7").unwrap(), at("Thomson").unwrap());
        with_inputs(dump, None, |inputs| {
            let scored = |of: &[(usize, f32)]| -> Vec<Option<f32>> {
                inputs
                    .candidates()
                    .map(|j| of.iter().find(|&&(i, _)| i == j).map(|&(_, s)| s))
                    .collect()
            };
            // The organisation line shares none of the text's words; the
            // title, scored a little lower, all of them.
            let close = scored(&[(title, 9.5), (org, 10.0)]);
            assert_eq!(inputs.restating_title(org, 10.0, &close), Some(title));
            // Scored too far below the pick.
            let far = scored(&[(title, 8.5), (org, 10.0)]);
            assert_eq!(inputs.restating_title(org, 10.0, &far), None);
            // A pick that restates the text keeps its place.
            let swapped = scored(&[(title, 10.0), (org, 9.5)]);
            assert_eq!(inputs.restating_title(title, 10.0, &swapped), None);
            assert!(inputs.printed_in_opening("not about the brand"));
            assert!(!inputs.printed_in_opening("Thomson Reuters"));
        });
        // A line the text opens with shares its words trivially.
        let dump = "Thomson Reuters Accounting News\n\nThe best sewing machines for beginners and their budget\n\nThe best sewing machines for beginners and their budget, and what a beginner looks for in sewing machines.\n";
        let blocks = split(dump);
        let at = |prefix: &str| blocks.iter().position(|b| b.text.starts_with(prefix));
        let (org, standfirst) = (at("Thomson").unwrap(), at("The best").unwrap());
        with_inputs(dump, None, |inputs| {
            let scores: Vec<Option<f32>> = inputs
                .candidates()
                .map(|j| {
                    (j == org)
                        .then_some(10.0)
                        .or((j == standfirst).then_some(9.5))
                })
                .collect();
            assert_eq!(inputs.restating_title(org, 10.0, &scores), None);
        });
        // Nor is a shorter copy of the pick, however many of the text's
        // words it holds.
        let dump = "Best Shoe Companies in the World You Should Know About\n\nBest Shoe Companies in the World\n\nChoosing the right footwear matters: these are the best shoe companies in the world.\n";
        let blocks = split(dump);
        let at = |prefix: &str| blocks.iter().position(|b| b.text.starts_with(prefix));
        let (title, copy) = (
            at("Best Shoe Companies in the World You").unwrap(),
            blocks
                .iter()
                .position(|b| b.text == "Best Shoe Companies in the World")
                .unwrap(),
        );
        with_inputs(dump, None, |inputs| {
            let scores: Vec<Option<f32>> = inputs
                .candidates()
                .map(|j| (j == title).then_some(10.0).or((j == copy).then_some(9.9)))
                .collect();
            assert_eq!(inputs.restating_title(title, 10.0, &scores), None);
        });
    }

    #[test]
    fn a_date_over_the_next_title_is_its_kicker() {
        let dump = "Engora Data Blog\n\nMike Woodward's thoughts on AI, data, and analytics. I cover AI, ML and management.\n\nFriday, December 19, 2025\n\nSmall adventures with small language models\n\nI've been talking to people about small language models for a little while now, and here is what they told me.\n";
        let blocks = split(dump);
        let at = |prefix: &str| blocks.iter().position(|b| b.text.starts_with(prefix));
        let (blog, date, title) = (
            at("Engora").unwrap(),
            at("Friday").unwrap(),
            at("Small").unwrap(),
        );
        with_inputs(dump, None, |inputs| {
            assert!(inputs.dated(date));
            assert!(inputs.dated_below(blog));
            assert!(!inputs.dated_below_own(blog));
            assert!(inputs.kicker_of_next(blog, date));
            assert!(inputs.eligible(title));
        });
        // A title over its byline group keeps the date, whatever follows.
        let dump = "The rising tide of cyber vulnerabilities in home appliances\n\nRahul Tyagi\n12 March 2025\nSmart Home Security Experts Talk\n\nIn today's interconnected world, the rise of smart home appliances has transformed our daily lives.\n";
        let title = block_at(dump, "The rising");
        with_inputs(dump, None, |inputs| {
            assert!(inputs.dated_below_own(title));
        });
    }

    #[test]
    fn a_portrait_between_the_title_and_its_byline_does_not_count() {
        // w3m and lynx print the portrait's alt text; innerText does not.
        for portrait in ["Andrew Lampinen's avatar\n", ""] {
            let dump = format!(
                "Infinite Faculty\n\nWhy isn't modern AI built around principles from cognitive science?\n\nFirst post in a series on cognitive science and AI\n\n{portrait}Andrew Lampinen\nDec 16, 2025\n\nI get asked a lot of questions about the relationship between AI and cognitive science, especially by students.\n"
            );
            let title = block_at(&dump, "Why");
            with_inputs(&dump, None, |inputs| {
                assert!(inputs.dated_below(title), "{dump}");
                assert!(inputs.dated_below_own(title), "{dump}");
                assert!(inputs.dated_near(title), "{dump}");
            });
        }
        // A line of text that mentions a photo is no picture line.
        let dump = "Jane Doe's avatar\n\nShe showed us a photo of a lighthouse on the coast of Maine, taken in the winter.\n\nThe text of the article starts here and goes on for a while.\n";
        with_inputs(dump, None, |inputs| {
            assert!(inputs.picture_line(0));
            assert!(!inputs.picture_line(1));
        });
        // The portrait still counts as a block for what is not below.
        let dump = "Jane Doe's avatar\nJane Doe\n\nA title over three lines\n\nOne\n\nTwo\n\nThree\n\nMay 1, 2020\n\nThe text of the article starts here and goes on for a while.\n";
        let title = block_at(dump, "A title");
        with_inputs(dump, None, |inputs| assert!(!inputs.dated_below(title)));
    }

    #[test]
    fn lines_of_a_broken_sentence_are_not_titles() {
        let dump = "Thoughts on Zig\n\n2025-08-29\n\nZig has the syntax of Rust\nthe runtime safety of Rust\nthe error handling of Go\nthe toolchain of Go\nwhat's not to like?\n\nLately I've been spending some free time playing around with the Zig programming language, and I like it.\n";
        let blocks = split(dump);
        let at = |prefix: &str| blocks.iter().position(|b| b.text.starts_with(prefix));
        let (title, first, middle) = (
            at("Thoughts").unwrap(),
            at("Zig has").unwrap(),
            at("the error").unwrap(),
        );
        // A lowercase title and subtitle under a menu line: too short a run.
        let short = "Back of Mind\nSubscribe\nwhat is once sprung cannot necessarily be unsprunged\nthe problem of cognitive hysteresis\nDan Davies\n\nIt is a commonplace that some things are easier to do than to undo, and economists know it.\n";
        let sprung = block_at(short, "what is");
        with_inputs(dump, None, |inputs| {
            assert!(inputs.in_broken_lines(first));
            assert!(inputs.in_broken_lines(middle));
            assert!(!inputs.in_broken_lines(title));
        });
        with_inputs(short, None, |inputs| {
            assert!(!inputs.in_broken_lines(sprung));
        });
    }

    #[test]
    fn title_over_the_byline_is_found_past_a_share_bar() {
        // (dump, block of the title found): a row of short share lines
        // between the standfirst and the byline is passed over without
        // counting against the reach; one short line alone (a teaser's
        // "on Site") is not, and is too short to be the title.
        let body = "The council met and voted for the plan after a long debate in town.\n";
        let bar = "Menu\n\nHow to Install Solar Panels at Home\n\nYour guide to the process.\n\n\
                   Share to LinkedIn\n\nShare to Facebook\n\nShare to Threads\n\nShare to Bluesky\n\n\
                   Copy link\n\nEmail it\n\nPrint it\n\nBy Jane Doe\n\n";
        let lone = "Menu\n\nJeremy Clarkson Fired From the Show\n\non Jalopnik\n\nBy Jane Doe\n\n";
        let disclosure = "Menu\n\nBest Website Builders for the Year\n\n\
                          We may earn a commission if you buy on their website. Learn more\n\n\
                          By Jane Doe\n\n";
        let cases: &[(&str, Option<usize>)] =
            &[(bar, Some(1)), (lone, None), (disclosure, Some(1))];
        for (dump, want) in cases {
            let dump = format!("{dump}{body}");
            assert_eq!(
                with_inputs(&dump, None, |i| i.byline_title.map(|b| b.title)),
                *want,
                "{dump}"
            );
        }
    }

    #[test]
    fn name_over_a_date_anchors_the_title() {
        // Title, standfirst, a bare name over a date line, a long summary
        // box, then the text.
        let mut dump = String::from(
            "Menu\n\nBeginner's Guide to Different Camera Types\n\n\
             Learn how to choose the right camera with our guide.\n\n\
             Joshua Waller\n\n30 January 2025 / 23:07 GMT\n\n",
        );
        for k in 0..20 {
            dump.push_str(&format!("Point {k} of the summary\n\n"));
        }
        dump.push_str("The council met and voted for the plan after a long debate in town.\n");
        assert_eq!(
            with_inputs(&dump, None, |i| i.byline_title.map(|b| b.title)),
            Some(1)
        );
        let blocks = split(&dump);
        for (i, want) in [(3, true), (4, false), (1, false)] {
            let words = WordCounts::of_blocks(&blocks);
            assert_eq!(is_name_over_date(&blocks, &words, i), want, "block {i}");
        }
    }

    #[test]
    fn names_under_a_label_or_their_avatar_are_not_titles() {
        for (dump, name_at) in [
            ("Menu\n\nWritten by\n\nThe Team, edited by Walter\n\n", 2),
            ("Menu\n\nMarco Bambini's avatar\n\nMarco Bambini\n\n", 2),
        ] {
            let dump = format!(
                "{dump}The council met and voted for the plan after a long debate in town.\n"
            );
            with_inputs(&dump, Some(name_at + 1), |inputs| {
                assert!(inputs.under_its_label(name_at), "{dump}");
                assert!(!inputs.eligible(name_at), "{dump}");
            });
        }
        // A title under a menu word stays a candidate.
        let dump = "Menu\n\nThoughts on Zig Today\n\n\
                    The council met and voted for the plan after a long debate in town.\n";
        assert!(!with_inputs(dump, Some(2), |i| i.under_its_label(1)));
    }

    #[test]
    fn names_with_a_role_are_not_titles() {
        let dump = "Manoj Jain and Jagpreet Chhatwal | Guest Columnists\n\n\
                    The council met and voted for the plan after a long debate in town.\n";
        assert!(!with_inputs(dump, Some(1), |i| i.eligible(0)));
    }

    #[test]
    fn label_suffixes_leave_the_title() {
        for (text, want) in [
            (
                "How meditation rewires brains and improves physical health | Opinion",
                "How meditation rewires brains and improves physical health",
            ),
            (
                "Porting a complete HTML5 parser and its test suite / Dec 2025",
                "Porting a complete HTML5 parser and its test suite",
            ),
            (
                "Top 10 Cameras of 2025 | The Best Mirrorless Cameras on the Market",
                "Top 10 Cameras of 2025 | The Best Mirrorless Cameras on the Market",
            ),
            // Not a date, and not after a pipe: the title's own slash.
            (
                "Netflix / Crunchyroll / Adult Swim",
                "Netflix / Crunchyroll / Adult Swim",
            ),
            ("Home | Blog", "Home | Blog"),
        ] {
            assert_eq!(without_label_suffix(text), want, "{text}");
        }
    }

    #[test]
    fn page_kind_labels_leave_the_title() {
        for (text, want) in [
            (
                "Blog: Best Social Media Advertising Agencies in 2025",
                "Best Social Media Advertising Agencies in 2025",
            ),
            (
                "BLOG POST: How We Cut Build Times",
                "How We Cut Build Times",
            ),
            // A title's own colon, and a label without a title after it.
            (
                "Mobile App: Definition, Types, Examples",
                "Mobile App: Definition, Types, Examples",
            ),
            ("Blog: Archive", "Blog: Archive"),
            ("Blog", "Blog"),
        ] {
            assert_eq!(without_label_prefix(text), want, "{text}");
        }
    }

    #[test]
    fn title_cased_title_over_its_subtitle() {
        let title = "Your Car Maintenance Checklist";
        let subtitle = "A guide to common services and their price ranges";
        let words = |t: &str| t.split_whitespace().count();
        let shapes = |t: &str, p: &str| is_title_cased_over_subtitle(t, words(t), p, words(p));
        assert!(shapes(title, subtitle));
        // Too short for a title: a kicker or a button.
        assert!(!shapes("Car Checklist", subtitle));
        // A title-cased pick is the title itself; a longer line above is
        // not a title over its subtitle.
        assert!(!shapes(title, "The Best Car Maintenance Checklist for You"));
        assert!(!shapes(
            "Your Complete Car Maintenance Checklist for Every Season",
            "A guide to prices"
        ));
        // Menu items glued by innerText are title-cased too.
        assert!(!shapes("24/7 LiveNew York CityNew Jersey", subtitle));
        // The pick must stand right over the byline or date.
        let dump = format!(
            "Menu\n\n{title}\n\n{subtitle}\n\nBy Jane Doe\n\n\
             The council met and voted for the plan after a long debate in town.\n"
        );
        with_inputs(&dump, Some(4), |inputs| {
            assert!(inputs.title_cased_over_subtitle(1, 2, 1.0));
            assert!(!inputs.title_cased_over_subtitle(
                1,
                2,
                rules::TITLE_CASED_OVER_SUBTITLE_MARGIN + 0.5
            ));
        });
        let undated = format!(
            "Menu\n\n{title}\n\n{subtitle}\n\nShare\n\nSave\n\nPrint\n\n\
             The council met and voted for the plan after a long debate in town.\n"
        );
        assert!(!with_inputs(&undated, Some(6), |i| i
            .title_cased_over_subtitle(1, 2, 1.0)));
    }

    /// A plain copy of an article: its title on the first line, a longer
    /// sentence-case subtitle under it, then the author and the date.
    const PLAIN_COPY: &str = "Why I stopped using microservices\n\
        What three years of splitting a monolith taught our team\n\
        Jane Doe\nFollow\n7 min read\nJan 3, 2024\n\
        Three years ago our team decided to split our monolith into services. We had read \
        the blog posts and watched the talks, and we were sure it would make us faster.\n\
        It did not. Every feature now touched four services, and every deploy needed a \
        meeting with three teams and a spreadsheet of versions.\n\
        In the end we merged most services back, and our deploys are faster than before.\n";

    #[test]
    fn a_plain_copy_starts_with_its_title() {
        let margin = rules::FIRST_LINE_OVER_SUBTITLE_MARGIN;
        with_inputs(PLAIN_COPY, Some(6), |inputs| {
            assert!(inputs.first_line_over_subtitle(1, margin));
            assert!(!inputs.first_line_over_subtitle(1, margin + 0.5));
        });
        // The whole path: the title is the headline, the subtitle the
        // standfirst.
        let mut article = super::super::testing::empty_article();
        crate::parse::text::extract(PLAIN_COPY, &mut article);
        assert_eq!(
            article.headline.as_deref(),
            Some("Why I stopped using microservices")
        );
        assert_eq!(
            article.standfirst.as_deref(),
            Some("What three years of splitting a monolith taught our team")
        );
        // A first line without a function word is a row of names or
        // links (lynx's languages of the page), not a title.
        let names = PLAIN_COPY.replace(
            "Why I stopped using microservices",
            "Català Čeština Cymraeg Deutsch Español",
        );
        with_inputs(&names, Some(6), |inputs| {
            assert!(!inputs.first_line_over_subtitle(1, 0.0));
        });
        // A first line glued from menu entries by innerText is no title.
        let glued = PLAIN_COPY.replace(
            "Why I stopped using microservices",
            "Why we stoppedNewsletterSign in to our site",
        );
        with_inputs(&glued, Some(6), |inputs| {
            assert!(!inputs.first_line_over_subtitle(1, 0.0));
        });
    }

    #[test]
    fn the_title_over_the_authors_name_and_newsroom() {
        let copy = "Why coffee prices have soared in Brazil\nMariana Alvim\n\
            BBC News, Sao Paulo\n12 March 2025\n\
            Coffee prices in Brazilian shops have risen by more than 50% over the past twelve \
            months, according to official data, making coffee a main driver of inflation.\n\
            There are several causes. A long drought and heatwaves in 2024 cut production in \
            the main growing regions, while global demand kept rising.\n";
        let mut article = super::super::testing::empty_article();
        crate::parse::text::extract(copy, &mut article);
        assert_eq!(
            article.headline.as_deref(),
            Some("Why coffee prices have soared in Brazil")
        );
        with_inputs(copy, Some(4), |inputs| {
            assert_eq!(inputs.title_over_author_name(2), Some(0));
            // Not for the name itself, nor a line not over the date.
            assert_eq!(inputs.title_over_author_name(1), None);
            assert_eq!(inputs.title_over_author_name(3), None);
        });
        // The line under the name longer than the one over it: the line
        // over the name is a kicker or a label, the pick the title.
        let kicker = copy.replace("Why coffee prices have soared in Brazil", "Coffee report");
        with_inputs(&kicker, Some(4), |inputs| {
            assert_eq!(inputs.title_over_author_name(2), None);
        });
    }

    #[test]
    fn the_title_over_a_by_line_and_newsroom_past_score_lines() {
        let copy = "Saka and Havertz fire Arsenal past Chelsea\nArsenal 2-1 Chelsea\n\
            Saka 23', Havertz 67'; Palmer 55'\nBy Sam Lee\nBBC Sport at the Emirates Stadium\n\
            Published 9 March 2025\n\
            Arsenal moved back to the top of the Premier League with a hard-fought win over \
            Chelsea at the Emirates Stadium on Sunday.\n\
            Bukayo Saka gave the hosts the lead with a curling finish in the first half, but Cole \
            Palmer equalised from the penalty spot ten minutes after the break.\n";
        let mut article = super::super::testing::empty_article();
        crate::parse::text::extract(copy, &mut article);
        assert_eq!(
            article.headline.as_deref(),
            Some("Saka and Havertz fire Arsenal past Chelsea")
        );
        with_inputs(copy, Some(6), |inputs| {
            assert_eq!(inputs.title_over_author_name(4), Some(0));
        });
        // Without the score lines, the title right over the "By" line.
        let plain = copy
            .replace("Arsenal 2-1 Chelsea\n", "")
            .replace("Saka 23', Havertz 67'; Palmer 55'\n", "");
        with_inputs(&plain, Some(4), |inputs| {
            assert_eq!(inputs.title_over_author_name(2), Some(0));
        });
    }

    #[test]
    fn title_over_its_standfirst() {
        let standfirst = "Prices for the drugs, touted as discounts, will remain out of reach";
        let words = standfirst.split_whitespace().count();
        assert!(is_title_over_standfirst(8, standfirst, words));
        // A kicker or a section label above, or a title-cased pick.
        assert!(!is_title_over_standfirst(3, standfirst, words));
        let title = "Financial Tips and Goals for Millennials Who Save";
        assert!(!is_title_over_standfirst(5, title, 8));
        // The block above is longer: the pick is the title.
        assert!(!is_title_over_standfirst(words + 1, standfirst, words));
    }
}
