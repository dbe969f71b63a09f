//! The raw-text extractor: a page dump in, article fields out.
//!
//! The dump is cut into blocks (`blocks`), each block gets features
//! (`features`), a learned classifier picks the body (`classify`, weights
//! in `model`), and the metadata rules (`meta`) find the headline, byline,
//! date and the rest around it.

pub mod blocks;
pub mod classify;
pub mod features;
pub mod meta;
pub mod model;

use crate::article::Article;

pub use meta::TraceLine;
pub use model::{HEADLINE, MODEL};

/// Fills `article` from raw text.
pub fn extract(text: &str, article: &mut Article) {
    explain(text, article);
}

/// Fills `article` from raw text and says which rule filled each field
/// (what `newsarc parse -v` prints).
pub fn explain(text: &str, article: &mut Article) -> Vec<TraceLine> {
    let blocks = blocks::split(text);
    let page = features::page(&blocks);
    let p = classify::probabilities(&page.vectors, &MODEL);
    let keep = classify::select(&p, &page.words, &MODEL);
    let mut trace = meta::fill(text, &blocks, &page, &p, &keep, article);
    if let Some(code) = page.language {
        article.language = Some(code.to_string());
        trace.push(TraceLine {
            field: "language",
            rule: "most frequent stop words (or script) of the page",
            value: code.to_string(),
        });
    }
    trace
}
