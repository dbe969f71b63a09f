//! [`WordCounts`]: the page's blocks as the block features counted their
//! words, for all the rules that ask. Other texts are counted by
//! `crate::parse::words`.

use std::borrow::Cow;

#[cfg(test)]
use super::super::blocks::Block;
use super::super::features::Page;

/// Each block's word count (`split_whitespace`'s), for the byline, date
/// and caption rules, which each test every block of a page against their
/// own limit: the counts the block features made
/// ([`Page::spaced_words`]), so no rule counts a block again.
pub(super) struct WordCounts<'a> {
    words: Cow<'a, [usize]>,
}

impl<'a> WordCounts<'a> {
    /// The word counts of `page`'s blocks.
    pub(super) fn new(page: &'a Page) -> Self {
        WordCounts {
            words: Cow::Borrowed(&page.spaced_words),
        }
    }

    /// The tests' blocks, counted by `split_whitespace`.
    #[cfg(test)]
    pub(super) fn of_blocks(blocks: &[Block]) -> WordCounts<'static> {
        WordCounts {
            words: blocks
                .iter()
                .map(|b| b.text.split_whitespace().count())
                .collect(),
        }
    }

    /// The number of words of block `i`.
    pub(super) fn count(&self, i: usize) -> usize {
        self.words[i]
    }

    /// `crate::parse::words::more_words_than` of block `i`'s text.
    pub(super) fn more_than(&self, i: usize, n: usize) -> bool {
        self.count(i) > n
    }

    /// `range.contains(&text.split_whitespace().count())` of block `i`'s
    /// text.
    pub(super) fn count_in(&self, i: usize, range: &std::ops::RangeInclusive<usize>) -> bool {
        range.contains(&self.count(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::words::more_words_than;

    /// The counts the block features share are `split_whitespace`'s: a
    /// block's text holds no white space but spaces, whatever white space
    /// its lines held.
    #[test]
    fn shared_counts_are_fresh_counts() {
        let pieces = [
            "a", "bc", " ", "  ", "\t", "é", "\u{a0}", "’", "—", "日", "\u{2009}", "\u{3000}",
            "\u{85}", "\u{1680}", "\u{202f}", "Σ", "İ", "\u{200b}",
        ];
        let mut rng = crate::test_rng::Rng::new(77);
        for _ in 0..300 {
            let dump: String = (0..1 + rng.below(6))
                .map(|_| {
                    let n = 1 + rng.below(120);
                    let line = rng.text(&pieces, n);
                    format!("x{line}x\n\n")
                })
                .collect();
            let blocks = super::super::testing::split(&dump);
            let page = super::super::super::features::page(&blocks);
            let counts = WordCounts::new(&page);
            for (i, block) in blocks.iter().enumerate() {
                let text = &block.text;
                assert_eq!(counts.count(i), text.split_whitespace().count(), "{text:?}");
                for n in 0..40 {
                    assert_eq!(
                        counts.more_than(i, n),
                        more_words_than(text, n),
                        "{text:?} {n}"
                    );
                }
            }
        }
    }
}
