//! The raw-text extractor: blocks of a page dump in, article fields out.

use crate::article::Article;

/// Fills `article` from raw text: the first block is the headline, the
/// other blocks are body paragraphs.
pub fn extract(text: &str, article: &mut Article) {
    let mut blocks = text
        .split("\n\n")
        .map(|b| b.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|b| !b.is_empty());
    article.headline = blocks.next();
    article.body = blocks.collect();
}
