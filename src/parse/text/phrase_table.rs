//! The phrase automaton's table, built from phrase lists: one
//! Aho-Corasick automaton over bytes, made a DFA (see
//! `features::PhraseSet`, which searches with it). The file stands alone
//! (std only) because `build.rs` includes it too: the parser's own sets
//! are built at compile time, so no process builds them (~7 M
//! instructions and ~0.9 MB of fresh memory, while the other worker
//! waited), and tests build theirs at run time with the same code.

// The parser builds tables only in its tests; build.rs builds its sets.
#![cfg_attr(not(test), allow(dead_code))]

use std::collections::VecDeque;

/// Where a `PhraseSet` transition keeps the bits of the lists whose
/// phrase ends in the state it goes to: above the state, seven lists at
/// most (the states of the largest automaton need 16 bits).
pub const FOUND_SHIFT: u32 = 24;

/// The top bit of a `PhraseSet` transition, set when it has found bits:
/// the search tests the sign, which needs no copy of the transition
/// (testing the found bits by a shift did, a quarter of a byte's
/// instructions).
pub const FOUND_ANY: u32 = 1 << 31;

/// A built automaton, as [`build`] gives it.
pub struct Table {
    /// Each byte's class: 0 for the bytes no phrase has, else one class
    /// per byte that some phrase has.
    pub classes: [u16; 256],
    /// `next[state + class]`: the state after the byte, premultiplied by
    /// the number of classes, with the lists whose phrase ends there as
    /// bits from [`FOUND_SHIFT`] up and then [`FOUND_ANY`].
    pub next: Vec<u32>,
    /// The lists with an empty phrase: every text holds them.
    pub empty: u32,
    /// A bit for each list.
    pub all: u32,
    /// Bytes in the longest phrase.
    pub longest: usize,
}

/// One automaton for up to seven phrase lists: a search gives bit `i`
/// for list `i`.
pub fn build(lists: &[&[&str]]) -> Table {
    const NONE: u32 = u32::MAX;
    assert!(
        lists.len() < (32 - FOUND_SHIFT) as usize,
        "a found bit for each list in a transition"
    );
    let mut classes = [0u16; 256];
    let mut width = 1;
    for &b in lists
        .iter()
        .flat_map(|l| l.iter())
        .flat_map(|p| p.as_bytes())
    {
        if classes[usize::from(b)] == 0 {
            classes[usize::from(b)] = width;
            width += 1;
        }
    }
    let width = usize::from(width);
    // The trie: state 0 is the root; `next` rows of `width` entries;
    // `ends[state]` the lists with a phrase ending there. Room for the
    // largest trie (no two phrases sharing a prefix) up front, the rest
    // given back once built: grown row by row, the table was moved to
    // fresh memory a dozen times, half the cost of building it.
    let phrase_bytes: usize = lists.iter().flat_map(|l| l.iter()).map(|p| p.len()).sum();
    let mut next = Vec::with_capacity((phrase_bytes + 1) * width);
    next.resize(width, NONE);
    let mut ends = vec![0u32];
    for (list, phrases) in lists.iter().enumerate() {
        for phrase in *phrases {
            let mut state = 0;
            for &b in phrase.as_bytes() {
                let slot = state * width + usize::from(classes[usize::from(b)]);
                if next[slot] == NONE {
                    next[slot] = u32::try_from(ends.len()).expect("phrase lists are short");
                    next.resize(next.len() + width, NONE);
                    ends.push(0);
                }
                state = next[slot] as usize;
            }
            ends[state] |= 1 << list;
        }
    }
    // Breadth first, so a state's failure state (shorter) is complete
    // before it: a missing transition is the failure state's, and a
    // state ends a phrase when its failure state does.
    let mut fail = vec![0usize; ends.len()];
    let mut queue = VecDeque::new();
    for slot in &mut next[..width] {
        if *slot == NONE {
            *slot = 0;
        } else {
            queue.push_back(*slot as usize);
        }
    }
    let mut fail_row = vec![0u32; width];
    while let Some(state) = queue.pop_front() {
        let f = fail[state];
        ends[state] |= ends[f];
        fail_row.copy_from_slice(&next[f * width..][..width]);
        for (slot, &via_fail) in next[state * width..][..width].iter_mut().zip(&fail_row) {
            if *slot == NONE {
                *slot = via_fail;
            } else {
                fail[*slot as usize] = via_fail as usize;
                queue.push_back(*slot as usize);
            }
        }
    }
    let width32 = u32::try_from(width).expect("at most 257 classes");
    assert!(
        next.len() < 1 << FOUND_SHIFT,
        "states fit below the found bits"
    );
    for t in &mut next {
        let ends = ends[*t as usize];
        *t = (*t * width32) | ends << FOUND_SHIFT | if ends == 0 { 0 } else { FOUND_ANY };
    }
    next.shrink_to_fit();
    Table {
        classes,
        next,
        empty: ends[0],
        all: (1 << lists.len()) - 1,
        longest: lists
            .iter()
            .flat_map(|l| l.iter())
            .map(|p| p.len())
            .max()
            .unwrap_or(0),
    }
}
