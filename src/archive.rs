//! The one coordinator of changes to an archive. A [`Writer`] holds the
//! store lock for a whole run (an import of many files, a delete of several
//! ids), so concurrent newsarc processes queue rather than interleave.

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use crate::article::{Article, ArticleId};
use crate::check::{self, Repaired, Report};
use crate::error::{ImportError, StoreError};
use crate::parse::{self, Source};
use crate::store::{Store, StoreLock};

/// An archive rooted at a store directory.
#[derive(Debug, Clone)]
pub struct Archive {
    store: Store,
}

/// What importing one input did.
#[derive(Debug)]
pub enum Imported {
    /// A new article was parsed and stored.
    New(Box<Article>),
    /// The same bytes were imported before, as this article.
    Existing(ArticleId),
}

/// What reparsing one article did.
#[derive(Debug)]
pub enum Reparsed {
    /// The parser now reads it differently; the new version was saved.
    Changed(Box<Article>),
    /// The parser reads it as before; nothing was written.
    Unchanged,
}

/// Every change goes through a writer. It takes the store's write lock at
/// its first change and holds it until dropped, so a run that changes
/// nothing (every input bad) leaves the store untouched, not even created.
#[derive(Debug)]
pub struct Writer<'a> {
    store: &'a Store,
    lock: Option<StoreLock>,
}

impl Archive {
    pub fn open(root: impl Into<PathBuf>) -> Archive {
        Archive {
            store: Store::open(root),
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// A writer for a run of changes.
    pub fn writer(&self) -> Writer<'_> {
        Writer {
            store: &self.store,
            lock: None,
        }
    }
}

impl Writer<'_> {
    /// Waits for the write lock the first time it is needed.
    fn lock(&mut self) -> Result<&StoreLock, StoreError> {
        if self.lock.is_none() {
            self.lock = Some(self.store.lock()?);
        }
        Ok(self.lock.as_ref().expect("just set"))
    }

    /// Parses and stores one input unless the same bytes are archived.
    pub fn import(
        &mut self,
        source: &Source,
        tags: &[String],
        now: DateTime<Utc>,
    ) -> Result<Imported, ImportError> {
        self.import_from(source, None, tags, now)
    }

    /// Like [`Writer::import`], for an input fetched from `url`: the URL
    /// becomes the article's `url` unless the page names its own.
    pub fn import_from(
        &mut self,
        source: &Source,
        url: Option<&str>,
        tags: &[String],
        now: DateTime<Utc>,
    ) -> Result<Imported, ImportError> {
        let id = ArticleId::from_bytes(&source.bytes);
        if self.store.contains(&id) {
            // Already archived; make sure what is archived is readable.
            self.store.get(&id)?;
            return Ok(Imported::Existing(id));
        }
        let mut article = parse::parse(source, now)?;
        article.tags = normalize_tags(tags);
        if article.url.is_none() {
            article.url = url.map(str::to_string);
        }
        let store = self.store;
        let lock = self.lock()?;
        // Another process may have stored it while we parsed.
        if store.contains(&id) {
            return Ok(Imported::Existing(id));
        }
        store.put(lock, &article, &source.bytes)?;
        Ok(Imported::New(Box::new(article)))
    }

    /// Adds and removes tags (normalized like import tags; a tag in both
    /// lists ends up removed). Returns the article as saved; the file is
    /// rewritten only when its tags changed.
    pub fn tag(
        &mut self,
        id: &ArticleId,
        add: &[String],
        remove: &[String],
    ) -> Result<Article, StoreError> {
        let store = self.store;
        let lock = self.lock()?;
        let mut article = store.get(id)?;
        let remove = normalize_tags(remove);
        let mut tags = article.tags.clone();
        tags.extend(add.iter().cloned());
        let tags: Vec<String> = normalize_tags(&tags)
            .into_iter()
            .filter(|t| !remove.contains(t))
            .collect();
        if tags != article.tags {
            article.tags = tags;
            store.save(lock, &article)?;
        }
        Ok(article)
    }

    /// Parses an article's kept original again with the current parser.
    /// The id, tags, source record (location, format, import time) and a
    /// URL the parser cannot see stay as they were; the file is rewritten
    /// only when something changed.
    pub fn reparse(&mut self, id: &ArticleId) -> Result<Reparsed, ImportError> {
        let store = self.store;
        let old = store.get(id)?;
        let source = Source {
            location: old.source.location.clone(),
            bytes: store.source(id)?,
            format: Some(old.source.format),
        };
        // The time passed in only fills `source`, which is replaced below.
        let mut new = parse::parse(&source, DateTime::<Utc>::UNIX_EPOCH)?;
        new.id = old.id.clone();
        new.tags = old.tags.clone();
        new.source = old.source.clone();
        if new.url.is_none() {
            new.url = old.url.clone();
        }
        if new == old {
            return Ok(Reparsed::Unchanged);
        }
        let lock = self.lock()?;
        store.save(lock, &new)?;
        Ok(Reparsed::Changed(Box::new(new)))
    }

    /// Checks the store under the lock (so no write is half done) and
    /// repairs what can be repaired.
    pub fn repair(&mut self) -> Result<(Report, Repaired), StoreError> {
        let store = self.store;
        let lock = self.lock()?;
        let report = check::check(store)?;
        let repaired = check::repair(store, lock, report.problems.clone())?;
        Ok((report, repaired))
    }

    /// Removes an article and its source.
    pub fn delete(&mut self, id: &ArticleId) -> Result<(), StoreError> {
        let store = self.store;
        store.delete(self.lock()?, id)
    }
}

/// Tags are trimmed, lowercased, deduplicated and sorted.
pub fn normalize_tags(tags: &[String]) -> Vec<String> {
    let mut out: Vec<String> = tags
        .iter()
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_normalized() {
        let tags = [
            "Syria".to_string(),
            " syria ".into(),
            "".into(),
            "aleppo".into(),
        ];
        assert_eq!(normalize_tags(&tags), vec!["aleppo", "syria"]);
    }
}
