//! Where things live inside a store directory. Nothing else builds paths.
//!
//! ```text
//! <root>/newsarc-store.json        {"format": STORE_FORMAT_VERSION}
//! <root>/lock                      writers hold an exclusive lock on it
//! <root>/generation                a counter writers bump before changing articles
//! <root>/articles/3f/3f2a9c1e7b4d.json
//! <root>/sources/3f/3f2a9c1e7b4d   the original input bytes
//! <root>/index/                    the search index (derived, see crate::index)
//! <root>/quarantine/…              damaged files moved aside by `check --repair`
//! ```

use std::path::{Path, PathBuf};

use crate::article::ArticleId;

/// Version of the on-disk layout; a store with a larger number was written
/// by a newer newsarc and is refused rather than misread.
pub const STORE_FORMAT_VERSION: u32 = 1;

/// Prefix of temporary files; anything starting with it is an unfinished
/// write that `check` may delete.
pub const TEMP_PREFIX: &str = ".tmp-";

#[derive(Debug, Clone)]
pub struct Layout {
    root: PathBuf,
}

impl Layout {
    pub fn new(root: impl Into<PathBuf>) -> Layout {
        Layout { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn marker(&self) -> PathBuf {
        self.root.join("newsarc-store.json")
    }

    pub fn lock(&self) -> PathBuf {
        self.root.join("lock")
    }

    /// The article generation (see [`super::Store::generation`]).
    pub fn generation(&self) -> PathBuf {
        self.root.join("generation")
    }

    pub fn articles_dir(&self) -> PathBuf {
        self.root.join("articles")
    }

    pub fn sources_dir(&self) -> PathBuf {
        self.root.join("sources")
    }

    /// The search index directory: derived data, rebuilt from the articles.
    pub fn index_dir(&self) -> PathBuf {
        self.root.join("index")
    }

    /// Where `check --repair` moves files it cannot trust.
    pub fn quarantine_dir(&self) -> PathBuf {
        self.root.join("quarantine")
    }

    pub fn article(&self, id: &ArticleId) -> PathBuf {
        self.articles_dir()
            .join(id.shard())
            .join(format!("{id}.json"))
    }

    pub fn source(&self, id: &ArticleId) -> PathBuf {
        self.sources_dir().join(id.shard()).join(id.as_str())
    }
}
