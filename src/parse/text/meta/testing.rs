//! Helpers the unit tests of every part of `meta` share: a dump cut into
//! blocks, and an empty article for a rule to fill.

use crate::article::Article;
use crate::parse::text::blocks::Block;

pub(super) fn empty_article() -> Article {
    Article::new(crate::article::SourceInfo {
        location: "t".into(),
        format: crate::article::Format::Text,
        sha256: "0".repeat(64),
        imported_at: "2026-01-01T00:00:00Z".into(),
    })
}

pub(super) fn split(text: &str) -> Vec<Block> {
    super::super::blocks::split(text)
}
