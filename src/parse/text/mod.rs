//! The raw-text extractor: a page dump in, article fields out.
//!
//! The dump is cut into blocks (`blocks`), each block gets features
//! (`features`), a learned classifier picks the body (`classify`, weights
//! in `model`), and the metadata rules (`meta`) find the headline, byline,
//! date and the rest around it.

pub mod blocks;
pub mod classify;
pub mod features;
mod model;

use crate::article::Article;

pub use model::MODEL;

/// Fills `article` from raw text.
pub fn extract(text: &str, article: &mut Article) {
    let blocks = blocks::split(text);
    let page = features::page(&blocks);
    let p = classify::probabilities(&page.vectors, &MODEL);
    article.language = page.language.map(str::to_string);
    let keep = classify::select(&p, &page.words, &MODEL);
    article.body = blocks
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(b, _)| b.text.clone())
        .collect();
}
