//! The raw-text extractor: a page dump in, article fields out.
//!
//! The dump is cut into blocks (`blocks`), each block gets features
//! (`features`), a learned classifier picks the body (`classify`, weights
//! in `model`), and the metadata rules (`meta`) find the headline, byline,
//! date and the rest around it. Every rule that fills a field records
//! itself in the article's provenance; `dropped` says why each block left
//! out was left out.

pub mod blocks;
pub mod classify;
pub mod columns;
pub mod dropped;
pub mod features;
pub mod meta;
pub mod model;

use crate::article::{Article, Format};
use crate::parse::provenance::Rule;

pub use model::{HEADLINE, MODEL};

/// Fills `article` from raw text, with the provenance of every field.
pub fn extract(text: &str, article: &mut Article) {
    let blocks = blocks::split(text);
    let page = features::page(&blocks);
    let p = classify::probabilities(&page.vectors, &MODEL);
    let mut keep = classify::select(&p, &page, &MODEL);
    classify::drop_near_repeats(&mut keep, &page.repeated_by);
    article.provenance.parser = Some(Format::Text);
    let roles = meta::fill(text, &blocks, &page, &p, &keep, article);
    dropped::record(&blocks, &page, &p, &roles, &mut article.provenance);
    article.body = meta::body_texts(blocks, &roles);
    if let Some(code) = page.language {
        article.language = Some(code.to_string());
        article
            .provenance
            .set("language", Rule::LanguageStopWords.at(None));
    }
}
