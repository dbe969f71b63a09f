//! Library error types. Messages are lowercase, without a trailing period,
//! and name the thing involved, so the CLI can print them as they are.

use std::path::PathBuf;

use crate::article::ArticleId;

/// Why an input could not be turned into an article.
#[derive(Debug, thiserror::Error)]
pub enum ParseError {
    #[error("input is empty")]
    Empty,
    #[error("input is binary data, not text or HTML")]
    Binary,
    #[error("input is larger than the {} MiB limit", limit / (1024 * 1024))]
    TooLarge { limit: u64 },
    #[error("input has {lines} lines, over the limit of {limit} for text")]
    TooManyLines { lines: usize, limit: usize },
    #[error("input has {tags} tags, over the limit of {limit} for HTML")]
    TooManyTags { tags: usize, limit: usize },
    #[error("no article text found")]
    NoArticle,
    /// The parser panicked: a bug in newsarc, reported as this input's
    /// error so that the rest of a batch goes on.
    #[error("the parser failed on this input (a newsarc bug; please report it with the file): {0}")]
    Bug(String),
}

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    // The cause is in the message, not also a `source`: printed with its
    // chain (`{:#}`) it would appear twice.
    #[error("{op} {path}: {error}")]
    Io {
        op: &'static str,
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{path}: damaged article file: {reason} (`newsarc check --repair` moves it aside)")]
    Damaged { path: PathBuf, reason: String },
    #[error("no article matches {0:?}")]
    NotFound(String),
    #[error("{prefix:?} is ambiguous; it matches {}", candidates.join(", "))]
    Ambiguous {
        prefix: String,
        candidates: Vec<String>,
    },
    #[error("invalid article id {0:?}: use 4 to 12 lowercase hex digits")]
    InvalidId(String),
    #[error(
        "store {path} was written by a newer newsarc (format {found}, this one reads {supported})"
    )]
    Version {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("article {0} is already archived")]
    Exists(ArticleId),
}

impl StoreError {
    /// Wraps an I/O error with the operation and the path it concerned.
    pub fn io(op: &'static str, path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> Self {
        let path = path.into();
        move |error| StoreError::Io { op, path, error }
    }
}

/// Why the search index could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("search index {path}: {error}")]
    Tantivy {
        path: PathBuf,
        error: tantivy::TantivyError,
    },
    #[error("search index {path} is being written by another process")]
    Busy { path: PathBuf },
    // The cause is in the message, not also a `source`: printed with its
    // chain (`{:#}`) it would appear twice.
    #[error("{op} {path}: {error}")]
    Io {
        op: &'static str,
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("the rebuilt search index cannot be used: {0}")]
    Unusable(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Query(#[from] crate::search::QueryError),
}

impl IndexError {
    /// Wraps a tantivy error with the index directory it concerned; a held
    /// tantivy writer lock becomes a plain sentence.
    pub fn tantivy(path: impl Into<PathBuf>) -> impl FnOnce(tantivy::TantivyError) -> Self {
        let path = path.into();
        move |source| match source {
            tantivy::TantivyError::LockFailure(..) => IndexError::Busy { path },
            error => IndexError::Tantivy { path, error },
        }
    }

    /// Wraps an I/O error with the operation and the path it concerned.
    pub fn io(op: &'static str, path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> Self {
        let path = path.into();
        move |error| IndexError::Io { op, path, error }
    }
}

/// Why one input could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Parse(#[from] ParseError),
    #[error(transparent)]
    Store(#[from] StoreError),
}
