//! Which blocks are the article's body: a two-stage logistic model over the
//! block features. Stage one scores each block on its own features; stage
//! two re-scores it with its neighbours' stage-one scores, so a short
//! subheading between two paragraphs stays in and a long promo between two
//! menus stays out (the context step of jusText, learned instead of
//! hand-set). Weights come from `examples/train_text_model.rs`.

use super::features::index::ENDS_SENTENCE;
use super::features::{self, Vector};

/// Number of stage-two inputs.
pub const CONTEXT_COUNT: usize = 10 + features::COUNT;

/// Names of the stage-two inputs, in vector order.
pub const CONTEXT_NAMES: &[&str] = &[
    "bias",
    "self_logit",
    "prev",
    "next",
    "prev2",
    "next2",
    "window3_mean",
    "window8_mean",
    "in_prose_run",
    "bullet_x_window",
    // then the local features again, so stage two can weigh them by context
];

/// A logistic-regression stage: the logit is the dot product of the
/// weights with the input (whose first element is the constant 1). A small
/// perceptron fitted the dev pages better but did worse on the dataset it
/// was not trained on, so the linear model stays.
#[derive(Debug, Clone, PartialEq)]
pub struct Linear<const N: usize> {
    pub w: [f32; N],
}

impl<const N: usize> Linear<N> {
    /// The output logit of input `x`.
    #[inline]
    pub fn logit(&self, x: &[f32; N]) -> f32 {
        dot(x, &self.w)
    }
}

/// Learned weights of both stages.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub local: Linear<{ features::COUNT }>,
    pub context: Linear<CONTEXT_COUNT>,
    /// Stage-two probability from which a block is body.
    pub threshold: f32,
    /// Lower probability that suffices inside the article's main region.
    pub region_threshold: f32,
}

/// Picks the body blocks: the main region is the run of blocks with the
/// most body probability above `threshold` (weighted by length, Kadane's
/// maximum-sum subarray); inside it a block needs `region_threshold`,
/// outside it the full `threshold` plus `rules::OUTSIDE_REGION_MARGIN`,
/// and `rules::OUTSIDE_REGION_UNENDED_P` when it does not end a sentence.
/// `page` holds what the selection reads besides `p`: the blocks' words,
/// and for the region's tail whether they end a sentence or open with a
/// list number.
pub fn select(p: &[f32], page: &features::Page, model: &Model) -> Vec<bool> {
    select_with(
        p,
        page,
        model.threshold,
        model.region_threshold,
        model.threshold + crate::parse::rules::OUTSIDE_REGION_MARGIN,
    )
}

/// [`select`] with its three probabilities spelled out: `pivot` (a block
/// adds to the main region above it), `inside` and `outside` (what a block
/// needs in and out of the region). For the trainer's sweeps.
pub fn select_with(
    p: &[f32],
    page: &features::Page,
    pivot: f32,
    inside: f32,
    outside: f32,
) -> Vec<bool> {
    let region = region(p, page, pivot, inside);
    (0..p.len())
        .map(|i| {
            if region.contains(&i) {
                p[i] >= inside
            } else {
                p[i] >= outside
                    && (page.vectors[i][ENDS_SENTENCE] > 0.5
                        || p[i] >= crate::parse::rules::OUTSIDE_REGION_UNENDED_P)
            }
        })
        .collect()
}

/// The article's main region: the run of blocks whose gains sum highest
/// (Kadane). A block above `pivot` gains its margin over it, weighted by
/// the square root of its length; a block below costs its shortfall.
///
/// A long stretch of weak blocks inside an article (table rows, code,
/// short lines: below `pivot` but at least `inside`, so the region would
/// keep them) can cut it in two. So the region is found twice: at full
/// cost, and with such blocks costing `rules::REGION_WEAK_GAP_COST` of
/// their shortfall (and plain boilerplate, below `inside`,
/// `rules::REGION_BOILERPLATE_GAP_COST`, so the cheaper gaps do not carry
/// the region over a menu or a form). The cheaper region replaces the
/// first on a side only when it contains it and what it adds there holds
/// confident prose (`rules::REGION_BRIDGE_ANCHOR_P` with
/// `rules::REGION_BRIDGE_ANCHOR_WORDS` words): the gap is bridged for
/// article text on its far side, never for a trail of link lists.
///
/// Last, the region's tail is cut back to its last paragraph when a long
/// list of blocks that are not sentences follows it (`trim_tail`).
pub fn region(p: &[f32], page: &features::Page, pivot: f32, inside: f32) -> std::ops::Range<usize> {
    let found = bridged_region(p, &page.words, pivot, inside);
    let ends_sentence: Vec<bool> = page
        .vectors
        .iter()
        .map(|v| v[ENDS_SENTENCE] > 0.5)
        .collect();
    // Read by `trim_tail` of a long tail alone, so asked block by block
    // (a list-number test of every block cost ~40 instructions a block).
    let numbered = |i: usize| super::blocks::list_number(page.lower(i)).is_some();
    let blocks = TailBlocks {
        p,
        words: &page.words,
        ends_sentence: &ends_sentence,
        numbered: &numbered,
    };
    let region = trim_tail(found, &blocks, pivot);
    extend_short_region(region, &blocks, inside)
}

/// A short article's `region` (under `rules::SHORT_ARTICLE_MAX_WORDS`
/// words) grown over the prose paragraphs right before and after it
/// (`rules::PROSE_MIN_WORDS` words or more, ending a sentence) that score
/// at least `rules::SHORT_ARTICLE_PARAGRAPH_P`. In a plain copy of a short
/// article there is little text around each paragraph, so even its own
/// paragraphs score under the pivot, the first and last ones most. It
/// grows past up to `rules::SHORT_ARTICLE_GAP_MAX_BLOCKS` short lines
/// scored under `inside` ("Advertisement", "SKIP ADVERTISEMENT"), which
/// stay out of the body inside the region too.
fn extend_short_region(
    region: std::ops::Range<usize>,
    blocks: &TailBlocks<'_>,
    inside: f32,
) -> std::ops::Range<usize> {
    use crate::parse::rules::{
        PROSE_MIN_WORDS, SHORT_ARTICLE_GAP_MAX_BLOCKS, SHORT_ARTICLE_GAP_MAX_WORDS,
        SHORT_ARTICLE_MAX_WORDS, SHORT_ARTICLE_PARAGRAPH_P,
    };
    let words: usize = region.clone().map(|i| blocks.words[i]).sum();
    if region.is_empty() || words >= SHORT_ARTICLE_MAX_WORDS {
        return region;
    }
    let paragraph = |i: usize| {
        blocks.words[i] >= PROSE_MIN_WORDS
            && blocks.ends_sentence[i]
            && blocks.p[i] >= SHORT_ARTICLE_PARAGRAPH_P
    };
    let gap = |i: usize| blocks.words[i] <= SHORT_ARTICLE_GAP_MAX_WORDS && blocks.p[i] < inside;
    // The next paragraph of `away` (blocks walking away from the region),
    // past a short gap.
    let reach = |away: &mut dyn Iterator<Item = usize>| {
        away.take(SHORT_ARTICLE_GAP_MAX_BLOCKS + 1)
            .find(|&i| !gap(i))
            .filter(|&i| paragraph(i))
    };
    let mut start = region.start;
    while let Some(i) = reach(&mut (0..start).rev()) {
        start = i;
    }
    let mut end = region.end;
    while let Some(i) = reach(&mut (end..blocks.p.len())) {
        end = i + 1;
    }
    start..end
}

/// What `trim_tail` reads of each block.
#[derive(Clone, Copy)]
struct TailBlocks<'a> {
    p: &'a [f32],
    words: &'a [usize],
    ends_sentence: &'a [bool],
    /// The block opens with an ordered list's number ("12. ").
    numbered: &'a dyn Fn(usize) -> bool,
}

/// The region cut back to end at its last paragraph (a block of
/// `rules::PROSE_MIN_WORDS` words or more at `pivot` or above that ends a
/// sentence, or any such block of more than
/// `rules::REGION_TAIL_UNENDED_PARAGRAPH_WORDS` words) when more than
/// `rules::REGION_TAIL_MAX_BLOCKS` blocks follow that paragraph inside it
/// and fewer than `rules::REGION_TAIL_SENTENCE_SHARE` of them end a
/// sentence: a blog archive ("► October (20)"), a list of source links, a
/// quiz widget or a list of teaser titles after the article, whose many
/// items score middling and so carry the region on, one small gain at a
/// time. An article that goes on in short sentences (a manifesto, a list
/// of tips) keeps its tail, and so does one that ends in a numbered list
/// or ranking (`rules::REGION_TAIL_NUMBERED_SHARE` of the tail's blocks
/// or more open with a list number: "1. San Jose, CA 84.7").
fn trim_tail(
    region: std::ops::Range<usize>,
    blocks: &TailBlocks<'_>,
    pivot: f32,
) -> std::ops::Range<usize> {
    use crate::parse::rules::{
        PROSE_MIN_WORDS, REGION_TAIL_MAX_BLOCKS, REGION_TAIL_NUMBERED_SHARE,
        REGION_TAIL_SENTENCE_SHARE, REGION_TAIL_UNENDED_PARAGRAPH_WORDS,
    };
    let TailBlocks {
        p,
        words,
        ends_sentence,
        numbered,
    } = *blocks;
    let Some(last) = region.clone().rev().find(|&i| {
        words[i] >= PROSE_MIN_WORDS
            && p[i] >= pivot
            && (ends_sentence[i] || words[i] > REGION_TAIL_UNENDED_PARAGRAPH_WORDS)
    }) else {
        return region;
    };
    let tail = last + 1..region.end;
    let share = |flag: &dyn Fn(usize) -> bool| {
        tail.clone().filter(|&i| flag(i)).count() as f32 / tail.len() as f32
    };
    if tail.len() > REGION_TAIL_MAX_BLOCKS
        && share(&|i| ends_sentence[i]) < REGION_TAIL_SENTENCE_SHARE
        && share(numbered) < REGION_TAIL_NUMBERED_SHARE
    {
        region.start..last + 1
    } else {
        region
    }
}

/// [`region`] before its tail is cut: the best run, with weak gaps bridged.
fn bridged_region(p: &[f32], words: &[usize], pivot: f32, inside: f32) -> std::ops::Range<usize> {
    use crate::parse::rules::{
        REGION_BOILERPLATE_GAP_COST, REGION_BRIDGE_ANCHOR_P, REGION_BRIDGE_ANCHOR_WORDS,
        REGION_WEAK_GAP_COST,
    };
    let base = |i: usize| (p[i] - pivot) * ((words[i] + 1) as f32).sqrt();
    let full = super::features::best_run(p.len(), base);
    let cheap = super::features::best_run(p.len(), |i| {
        let scale = if p[i] >= pivot {
            1.0
        } else if p[i] >= inside {
            REGION_WEAK_GAP_COST
        } else {
            REGION_BOILERPLATE_GAP_COST
        };
        base(i) * scale
    });
    if full.is_empty() || cheap.start > full.start || cheap.end < full.end {
        return full;
    }
    let anchored = |r: std::ops::Range<usize>| {
        r.into_iter()
            .any(|i| p[i] >= REGION_BRIDGE_ANCHOR_P && words[i] >= REGION_BRIDGE_ANCHOR_WORDS)
    };
    let start = if anchored(cheap.start..full.start) {
        cheap.start
    } else {
        full.start
    };
    let end = if anchored(full.end..cheap.end) {
        cheap.end
    } else {
        full.end
    };
    start..end
}

/// Keeps one copy of a text said twice in a row: of two kept blocks where
/// the later nearly repeats the earlier (`features::Page::repeated_by`),
/// the earlier leaves the body. Text browsers print an image's alt text
/// right before its caption, and teaser cards print their title twice;
/// an article says a thing once, and the later copy is the caption
/// (often with its credit appended).
pub fn drop_near_repeats(keep: &mut [bool], repeated_by: &[Option<usize>]) {
    for (i, later) in repeated_by.iter().enumerate() {
        if let Some(j) = *later
            && keep[i]
            && keep[j]
        {
            keep[i] = false;
        }
    }
}

/// Stage one: each block's logit from its own features.
pub fn local_logits(vectors: &[Vector], model: &Model) -> Vec<f32> {
    vectors.iter().map(|v| model.local.logit(v)).collect()
}

/// Stage-two inputs of every block, from the stage-one logits.
pub fn context_vectors(logits: &[f32], vectors: &[Vector]) -> Vec<[f32; CONTEXT_COUNT]> {
    let context = Context::new(logits, vectors);
    (0..logits.len()).map(|i| context.vector(i)).collect()
}

/// What the stage-two inputs of a page's blocks are made from: the
/// stage-one logits and probabilities, and the running sums of the
/// probabilities for the window means. A block's inputs are made when
/// they are asked for, so [`probabilities`] holds one at a time instead
/// of a vector of them all (188 bytes a block, copied in and read back).
struct Context<'a> {
    logits: &'a [f32],
    vectors: &'a [Vector],
    /// The stage-one probabilities, with [`NEIGHBOURS`] zeros (the
    /// probability off the page) on each side: block `i`'s neighbours
    /// are `padded[i..i + 2 * NEIGHBOURS + 1]`, one slice, not four
    /// tests of an index.
    padded: Vec<f32>,
    prefix: Vec<f32>,
}

/// Blocks on each side whose stage-one probability is a stage-two input.
const NEIGHBOURS: usize = 2;

impl<'a> Context<'a> {
    fn new(logits: &'a [f32], vectors: &'a [Vector]) -> Context<'a> {
        let mut padded = vec![0.0; logits.len() + 2 * NEIGHBOURS];
        for (p, &z) in padded[NEIGHBOURS..].iter_mut().zip(logits) {
            *p = sigmoid(z);
        }
        let prefix = prefix_sums(&padded[NEIGHBOURS..NEIGHBOURS + logits.len()]);
        Context {
            logits,
            vectors,
            padded,
            prefix,
        }
    }

    /// Mean stage-one probability of the blocks within `r` of block `i`,
    /// whose own is `p`.
    fn mean(&self, i: usize, p: f32, r: usize) -> f32 {
        let lo = i.saturating_sub(r);
        let hi = (i + r + 1).min(self.logits.len());
        (self.prefix[hi] - self.prefix[lo] - p) / (hi - lo - 1).max(1) as f32
    }

    /// The stage-two inputs of block `i`.
    fn vector(&self, i: usize) -> [f32; CONTEXT_COUNT] {
        let mut out = [0.0; CONTEXT_COUNT];
        out[..CONTEXT_HEAD].copy_from_slice(&self.head(i));
        out[CONTEXT_HEAD..].copy_from_slice(&self.vectors[i]);
        out
    }

    /// The stage-two inputs of block `i` before its own features.
    fn head(&self, i: usize) -> [f32; CONTEXT_HEAD] {
        let v = &self.vectors[i];
        // Blocks i - 2 to i + 2.
        let [before2, before1, p, after1, after2] = self.near(i);
        let w3 = self.mean(i, p, 3);
        [
            1.0,
            self.logits[i],
            before1,
            after1,
            before2,
            after2,
            w3,
            self.mean(i, p, 8),
            v[13],
            v[9] * w3,
        ]
    }

    /// The stage-one probabilities of blocks `i - NEIGHBOURS` to
    /// `i + NEIGHBOURS`, 0 off the page.
    fn near(&self, i: usize) -> [f32; 2 * NEIGHBOURS + 1] {
        self.padded
            .get(i..)
            .and_then(|p| p.first_chunk().copied())
            .unwrap_or_default()
    }

    /// `stage.logit(&self.vector(i))` without the vector: the same
    /// products added in the same order (so the same bits, tested), the
    /// block's own features read where they are.
    #[inline]
    fn logit(&self, i: usize, stage: &Linear<CONTEXT_COUNT>) -> f32 {
        let (head_w, own_w) = stage.w.split_at(CONTEXT_HEAD);
        self.head(i)
            .iter()
            .zip(head_w)
            .chain(self.vectors[i].iter().zip(own_w))
            .map(|(x, w)| x * w)
            .sum()
    }
}

/// Stage-two inputs ahead of the block's own features ([`CONTEXT_NAMES`]).
const CONTEXT_HEAD: usize = CONTEXT_COUNT - features::COUNT;

/// Body probability of each block.
pub fn probabilities(vectors: &[Vector], model: &Model) -> Vec<f32> {
    let logits = local_logits(vectors, model);
    let context = Context::new(&logits, vectors);
    (0..logits.len())
        .map(|i| sigmoid(context.logit(i, &model.context)))
        .collect()
}

fn prefix_sums(p: &[f32]) -> Vec<f32> {
    let mut out = Vec::with_capacity(p.len() + 1);
    out.push(0.0);
    let mut sum = 0.0;
    for &x in p {
        sum += x;
        out.push(sum);
    }
    out
}

#[inline]
pub fn dot<const N: usize>(a: &[f32; N], b: &[f32; N]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

pub fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::rules;

    #[test]
    fn near_repeats_keep_the_later_copy() {
        type Case<'a> = (&'a [bool], &'a [Option<usize>], &'a [bool]);
        let cases: &[Case] = &[
            (
                &[true, true, true],
                &[Some(2), None, None],
                &[false, true, true],
            ),
            (
                &[true, true, false],
                &[Some(2), None, None],
                &[true, true, false],
            ),
            (
                &[false, true, true],
                &[None, Some(2), None],
                &[false, false, true],
            ),
            (&[true, true], &[None, None], &[true, true]),
        ];
        for (keep, repeated_by, want) in cases {
            let mut got = keep.to_vec();
            drop_near_repeats(&mut got, repeated_by);
            assert_eq!(got, *want, "{keep:?} {repeated_by:?}");
        }
    }

    #[test]
    fn region_bridges_weak_gaps_and_stops_at_boilerplate() {
        // Two paragraphs around three weak blocks (a table) form one
        // region; the same paragraphs around three boilerplate blocks do
        // not, and the longer one wins; nor do they when the far side is
        // only middling (a link list, a footer).
        type Case<'a> = (&'a [f32], &'a [usize], std::ops::Range<usize>);
        let cases: &[Case] = &[
            (&[0.9, 0.2, 0.2, 0.2, 0.8], &[40, 30, 30, 30, 30], 0..5),
            (
                &[0.9, 0.2, 0.2, 0.2, 0.6, 0.6],
                &[40, 30, 30, 30, 60, 60],
                0..1,
            ),
            (&[0.9, 0.02, 0.02, 0.02, 0.8], &[40, 30, 30, 30, 30], 0..1),
            (&[0.05, 0.9, 0.9, 0.05], &[5, 20, 20, 5], 1..3),
            (&[], &[], 0..0),
        ];
        for (p, words, want) in cases {
            assert_eq!(bridged_region(p, words, 0.4, 0.1), *want, "{p:?}");
        }
    }

    #[test]
    fn region_tail_of_non_sentences_is_cut() {
        // Two paragraphs, then a dozen middling short items (an archive
        // list): the region ends at the second paragraph.
        let mut p = vec![0.9, 0.9];
        let mut words = vec![40, 40];
        p.extend([0.55; 12]);
        words.extend([3; 12]);
        let mut ends = [false; 14];
        ends[..2].fill(true);
        let plain = [false; 14];
        let cut = |words: &[usize], ends: &[bool], numbered: &[bool]| {
            let n = words.len();
            let blocks = TailBlocks {
                p: &p[..n],
                words,
                ends_sentence: ends,
                numbered: &|i| numbered[i],
            };
            trim_tail(0..n, &blocks, 0.4)
        };
        assert_eq!(cut(&words, &ends, &plain), 0..2);
        // The same items as sentences (an article in short sentences)
        // stay, and so do a few items (a short list of points after the
        // text) and a numbered list (a ranking).
        assert_eq!(cut(&words, &[true; 14], &plain), 0..14);
        let few = 2 + rules::REGION_TAIL_MAX_BLOCKS;
        assert_eq!(cut(&words[..few], &ends[..few], &plain[..few]), 0..few);
        let mut ranked = [true; 14];
        ranked[..2].fill(false);
        assert_eq!(cut(&words, &ends, &ranked), 0..14);
        // No paragraph at all: nothing to cut back to.
        assert_eq!(cut(&[3; 14], &ends, &plain), 0..14);
        // Teaser titles (long, confident, no full stop) in the tail are
        // not paragraphs: the region ends at the last block that ends a
        // sentence. A long block that does not (a paragraph ending in a
        // note mark, "… the stars. [MP1]") still is one.
        let mut long = words.clone();
        long[8] = 15;
        long[12] = 15;
        assert_eq!(cut(&long, &ends, &plain), 0..2);
        long[12] = rules::REGION_TAIL_UNENDED_PARAGRAPH_WORDS + 1;
        assert_eq!(cut(&long, &ends, &plain), 0..14);
    }

    #[test]
    fn a_short_articles_region_takes_the_paragraphs_next_to_it() {
        // Share, two paragraphs under the pivot, three in the region, one
        // under it, then a bio line (no full stop) and a teaser.
        let p = [0.11, 0.38, 0.30, 0.41, 0.58, 0.48, 0.40, 0.29, 0.12];
        let words = [1, 30, 15, 5, 9, 16, 20, 9, 7];
        let ends = [false, true, true, true, true, true, true, false, false];
        let grow = |words: &[usize]| {
            let blocks = TailBlocks {
                p: &p,
                words,
                ends_sentence: &ends,
                numbered: &|_| false,
            };
            extend_short_region(3..6, &blocks, 0.1)
        };
        assert_eq!(grow(&words), 1..7);
        // A long article's region stays as the classifier found it.
        let mut long = words;
        long[4] = rules::SHORT_ARTICLE_MAX_WORDS;
        assert_eq!(grow(&long), 3..6);
    }

    #[test]
    fn a_short_articles_region_passes_over_an_advertisement_line() {
        // A paragraph, "Advertisement" and "SKIP ADVERTISEMENT" (scored
        // under `inside`), the region's three paragraphs.
        let p = [0.46, 0.03, 0.05, 0.56, 0.68, 0.79];
        let ends = [true, false, false, true, true, true];
        let grow = |p: &[f32], words: &[usize]| {
            let blocks = TailBlocks {
                p,
                words,
                ends_sentence: &ends,
                numbered: &|_| false,
            };
            extend_short_region(3..6, &blocks, 0.1)
        };
        assert_eq!(grow(&p, &[30, 1, 2, 25, 25, 20]), 0..6);
        // Not past a line that scores as text, nor past a longer one.
        let mut scored = p;
        scored[2] = 0.2;
        assert_eq!(grow(&scored, &[30, 1, 2, 25, 25, 20]), 3..6);
        let long_gap = rules::SHORT_ARTICLE_GAP_MAX_WORDS + 1;
        assert_eq!(grow(&p, &[30, 1, long_gap, 25, 25, 20]), 3..6);
    }

    /// Outside the main region a confident block that ends a sentence
    /// stays; a title-shaped one (a "most read" list) needs
    /// `rules::OUTSIDE_REGION_UNENDED_P`.
    #[test]
    fn outside_the_region_titles_need_near_certainty() {
        let paragraph = "The council voted on Tuesday to close the old bridge to cars, and the work will start in the spring.";
        let mut dump: Vec<&str> = vec![paragraph; 4];
        dump.extend(["Home"; 12]);
        dump.extend([
            "Ten things to do in the city this weekend",
            "Why the old bridge matters to the town",
            "A short note the reader sees far from the text, and it ends here.",
        ]);
        let blocks = super::super::blocks::split(&dump.join("\n\n"));
        let page = features::page(&blocks);
        let mut p = vec![0.9; 4];
        p.extend([0.02; 12]);
        p.extend([0.75, 0.95, 0.75]);
        let keep = select_with(&p, &page, 0.4, 0.1, 0.65);
        assert_eq!(keep[..4], [true; 4]);
        assert_eq!(keep[16..], [false, true, true]);
    }

    #[test]
    fn probabilities_are_those_of_the_collected_context_vectors() {
        let mut rng = crate::test_rng::Rng::new(15);
        for len in [0, 1, 2, 3, 9, 17, 40] {
            let vectors: Vec<Vector> = (0..len)
                .map(|_| std::array::from_fn(|_| rng.below(2001) as f32 / 1000.0 - 1.0))
                .collect();
            let logits = local_logits(&vectors, &crate::parse::text::MODEL);
            let plain: Vec<u32> = context_vectors(&logits, &vectors)
                .iter()
                .map(|c| sigmoid(crate::parse::text::MODEL.context.logit(c)).to_bits())
                .collect();
            let got: Vec<u32> = probabilities(&vectors, &crate::parse::text::MODEL)
                .iter()
                .map(|p| p.to_bits())
                .collect();
            assert_eq!(got, plain, "{len} blocks");
        }
    }

    #[test]
    fn context_sees_neighbours() {
        let vectors = vec![[0.0; features::COUNT]; 3];
        let ctx = context_vectors(&[10.0, -10.0, 10.0], &vectors);
        assert!(ctx[1][2] > 0.99 && ctx[1][3] > 0.99);
        assert!(ctx[0][2] == 0.0);
    }
}
