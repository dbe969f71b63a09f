//! The one coordinator of changes to an archive. A [`Writer`] holds the
//! store lock for a whole run (an import of many files, a delete of several
//! ids), so concurrent newsarc processes queue rather than interleave.
//!
//! Order is "JSON first, index second": an article file is written before
//! the index hears of it, and the index is committed once, when the run
//! finishes, after every file it holds was synced and put in place (an
//! article that failed to be stored is taken out again first). If indexing fails or the process dies first, the
//! articles are safe and the next command rebuilds the index from them
//! (see [`crate::index`]).

use std::collections::HashSet;
use std::fmt;
use std::path::PathBuf;
use std::time::SystemTime;

use chrono::{DateTime, Utc};

use crate::article::{Article, ArticleId};
use crate::check::{self, Repaired, Report};
use crate::error::{ImportError, IndexError, StoreError};
use crate::index::{self, Index, Indexer, RebuildReason, Rebuilt};
use crate::parse::provenance::{self, FieldChange};
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
    /// `changes` names each field whose value or rule changed (empty when
    /// only the provenance was new: an article stored before it existed).
    Changed {
        article: Box<Article>,
        changes: Vec<FieldChange>,
    },
    /// The parser reads it as before; nothing was written.
    Unchanged,
}

/// Something the user should hear about that did not stop the work.
#[derive(Debug)]
pub enum Notice {
    /// The index was rebuilt before use.
    Rebuilt(Rebuilt),
    /// The index could not be updated. The articles are safe; the index is
    /// rebuilt the next time it is used.
    IndexFailed(IndexError),
}

impl Notice {
    /// False for the silent creation of an index for an empty store.
    pub fn is_worth_telling(&self) -> bool {
        match self {
            Notice::Rebuilt(r) => !(r.reason == RebuildReason::Missing && r.indexed == 0),
            Notice::IndexFailed(_) => true,
        }
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::Rebuilt(r) => write!(f, "{r}"),
            Notice::IndexFailed(e) => write!(
                f,
                "the search index was not updated ({e}); it will be rebuilt on next use"
            ),
        }
    }
}

/// Every change goes through a writer. It takes the store's write lock at
/// its first change and holds it until dropped, so a run that changes
/// nothing (every input bad) leaves the store untouched, not even created.
/// Changes reach the search index in one commit, made by
/// [`Writer::finish`] (or on drop).
pub struct Writer<'a> {
    store: &'a Store,
    lock: Option<StoreLock>,
    /// Opened with the lock. `None` before, or when the index could not be
    /// opened or an update failed: the run goes on without it, and the
    /// index is rebuilt the next time it is used.
    index: Option<Indexer>,
    /// Whether this run moved the store to its next generation yet (it
    /// does before its first change; see [`Store::bump_generation`]).
    bumped: bool,
    /// Store directories known to exist (see [`Store::put_many`]).
    made_dirs: HashSet<PathBuf>,
    notices: Vec<Notice>,
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
            index: None,
            bumped: false,
            made_dirs: HashSet::new(),
            notices: Vec::new(),
        }
    }
    /// The search index for reading, rebuilt first when it is missing, of
    /// another version or out of date (then the second value says so).
    pub fn index(&self) -> Result<(Index, Option<Rebuilt>), IndexError> {
        Index::open(&self.store)
    }

    /// Checks the store (see [`check::check`]). Waits for a running writer
    /// first, so its half-done work is not reported as a problem; a store
    /// this process cannot lock (read-only) is checked as it is, and a
    /// store that does not exist is not created.
    pub fn check(&self) -> Result<Report, StoreError> {
        let _lock = match self.store.root().exists() {
            true => match self.store.lock() {
                Ok(lock) => Some(lock),
                Err(StoreError::Io { .. }) => None,
                Err(e) => return Err(e),
            },
            false => None,
        };
        check::check(&self.store)
    }

    /// Rebuilds the search index from the article files (`newsarc reindex`).
    pub fn reindex(&self) -> Result<Rebuilt, IndexError> {
        let lock = self.store.lock()?;
        index::rebuild_from(&self.store, &lock, RebuildReason::Requested)
    }

    /// Parses an input for import, without the lock (so many can be parsed
    /// in parallel); `None` when the same bytes are already archived. For
    /// an input fetched from `url`, the URL becomes the article's `url`
    /// unless the page names its own.
    pub fn prepare(
        &self,
        source: &Source,
        url: Option<&str>,
        tags: &[String],
        now: DateTime<Utc>,
    ) -> Result<Option<Article>, ImportError> {
        let id = ArticleId::from_bytes(&source.bytes);
        if self.store.contains(&id) {
            // Already archived; make sure what is archived is readable.
            self.store.get(&id)?;
            return Ok(None);
        }
        let mut article = parse::parse(source, now)?;
        article.tags = normalize_tags(tags);
        parse::use_import_url(&mut article, url);
        Ok(Some(article))
    }
}

impl Writer<'_> {
    /// Waits for the write lock the first time it is needed, and opens the
    /// index then (rebuilding it first if it cannot be trusted).
    fn lock(&mut self) -> Result<&StoreLock, StoreError> {
        if self.lock.is_none() {
            let lock = self.store.lock()?;
            match Indexer::open(self.store, &lock) {
                Ok((indexer, rebuilt)) => {
                    self.notices.extend(rebuilt.map(Notice::Rebuilt));
                    self.index = Some(indexer);
                }
                Err(e) => self.notices.push(Notice::IndexFailed(e)),
            }
            self.lock = Some(lock);
        }
        Ok(self.lock.as_ref().expect("just set"))
    }

    /// The lock, for a change about to be made to article files. The first
    /// change of a run moves the store to its next generation first, so
    /// that an index left behind by a crash is known to be out of date.
    fn change(&mut self) -> Result<&StoreLock, StoreError> {
        let store = self.store;
        self.lock()?;
        let lock = self.lock.as_ref().expect("locked above");
        if !self.bumped {
            store.bump_generation(lock)?;
            self.bumped = true;
        }
        Ok(lock)
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
        parse::use_import_url(&mut article, url);
        let store = self.store;
        self.lock()?;
        // Another process may have stored it while we parsed.
        if store.contains(&id) {
            return Ok(Imported::Existing(id));
        }
        store.put(self.change()?, &article, &source.bytes)?;
        self.reindex_article(&article);
        Ok(Imported::New(Box::new(article)))
    }

    /// Stores many articles made by [`Archive::prepare`], each with the
    /// bytes it was parsed from, syncing the disk once for the whole batch
    /// (see [`Store::put_many`]). One result per item, in order; the outer
    /// error means the store could not be locked at all.
    pub fn add_many(
        &mut self,
        items: Vec<(Article, &[u8])>,
    ) -> Result<Vec<Result<Imported, ImportError>>, StoreError> {
        let store = self.store;
        self.lock()?;
        let mut dirs = std::mem::take(&mut self.made_dirs);
        let mut seen = HashSet::new();
        // Already archived (maybe by another process while we parsed), or
        // the same bytes twice in this batch.
        let fresh: Vec<bool> = items
            .iter()
            .map(|(a, _)| !store.contains(&a.id) && seen.insert(a.id.clone()))
            .collect();
        let to_store: Vec<(&Article, &[u8])> = items
            .iter()
            .zip(&fresh)
            .filter(|(_, fresh)| **fresh)
            .map(|((a, bytes), _)| (a, *bytes))
            .collect();
        if to_store.is_empty() {
            self.lock()?;
        } else {
            self.change()?;
        }
        let lock = self.lock.as_ref().expect("locked above");
        // Each article goes to the index as soon as its files are written,
        // so the indexing thread works while the disk syncs; one that then
        // fails to be stored is taken out again before the commit, and one
        // whose time changed on the way is indexed again.
        let mut indexed: Vec<Option<Option<i64>>> = vec![None; to_store.len()];
        let mut to_index = IndexSink {
            index: &mut self.index,
            notices: &mut self.notices,
        };
        let stored = store.put_many(lock, &to_store, &mut dirs, &mut |k, modified| {
            let mtime = modified.and_then(index::mtime_nanos);
            to_index.add(to_store[k].0, mtime);
            indexed[k] = Some(mtime);
        });
        let mut outcomes: Vec<Option<Result<Option<SystemTime>, StoreError>>> =
            (0..items.len()).map(|_| None).collect();
        let positions = fresh
            .iter()
            .enumerate()
            .filter(|(_, f)| **f)
            .map(|(i, _)| i);
        for (((i, outcome), (article, _)), staged) in
            positions.zip(stored).zip(&to_store).zip(indexed)
        {
            match (&outcome, staged) {
                (Ok(modified), staged) => {
                    let mtime = modified.and_then(index::mtime_nanos);
                    if staged != Some(mtime) {
                        to_index.add(article, mtime);
                    }
                }
                (Err(_), Some(_)) => to_index.remove(&article.id),
                (Err(_), None) => {}
            }
            outcomes[i] = Some(outcome);
        }
        self.made_dirs = dirs;
        let results = items
            .into_iter()
            .zip(outcomes)
            .map(|((article, _), outcome)| match outcome {
                None => Ok(Imported::Existing(article.id)),
                Some(Ok(_)) => Ok(Imported::New(Box::new(article))),
                Some(Err(e)) => Err(e.into()),
            })
            .collect();
        Ok(results)
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
        self.lock()?;
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
            store.save(self.change()?, &article)?;
            self.reindex_article(&article);
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
        if new.url.is_none() && old.url.is_some() {
            new.url = old.url.clone();
            if let Some(origins) = old.provenance.fields.get("url") {
                new.provenance.fields.insert("url".into(), origins.clone());
            }
        }
        if new == old {
            return Ok(Reparsed::Unchanged);
        }
        store.save(self.change()?, &new)?;
        self.reindex_article(&new);
        let changes = provenance::changes(&old, &new);
        Ok(Reparsed::Changed {
            article: Box::new(new),
            changes,
        })
    }

    /// Checks the store under the lock (so no write is half done) and
    /// repairs what can be repaired, rebuilding the search index.
    pub fn repair(&mut self) -> Result<(Report, Repaired), StoreError> {
        let store = self.store;
        // Locked without opening an index writer (as `lock` would, maybe
        // rebuilding the index first): the repair rebuilds it at the end.
        // (Articles it quarantines leave the index with that rebuild; if
        // the rebuild fails, every hit is still checked against its file.)
        self.commit_index();
        if self.lock.is_none() {
            self.lock = Some(store.lock()?);
        }
        let lock = self.lock.as_ref().expect("locked above");
        let report = check::check(store)?;
        let repaired = check::repair(store, lock, report.problems.clone())?;
        if repaired.reindex_failed.is_some() {
            // Files may have moved: make the next command rebuild it.
            store.bump_generation(lock)?;
        }
        Ok((report, repaired))
    }

    /// Removes an article, its source and its index entry.
    pub fn delete(&mut self, id: &ArticleId) -> Result<(), StoreError> {
        let store = self.store;
        store.delete(self.change()?, id)?;
        self.unindex(id);
        Ok(())
    }

    /// Puts an article's current version in the index; call after every
    /// change to its JSON file (import, tag, reparse).
    fn reindex_article(&mut self, article: &Article) {
        let mtime = index::file_mtime(self.store, &article.id);
        self.sink().add(article, mtime);
    }

    /// Takes an article out of the index; call after deleting its file.
    fn unindex(&mut self, id: &ArticleId) {
        self.sink().remove(id);
    }

    fn sink(&mut self) -> IndexSink<'_> {
        IndexSink {
            index: &mut self.index,
            notices: &mut self.notices,
        }
    }

    /// Notices gathered so far (an index rebuild when the writer opened).
    pub fn take_notices(&mut self) -> Vec<Notice> {
        std::mem::take(&mut self.notices)
    }

    /// Commits the index once for the whole run and waits for its merges,
    /// then releases the lock. Returns what the user should hear about.
    pub fn finish(mut self) -> Vec<Notice> {
        self.commit_index();
        std::mem::take(&mut self.notices)
    }

    fn commit_index(&mut self) {
        let Some(mut index) = self.index.take() else {
            return;
        };
        let committed = index.commit(self.store).and_then(|()| index.wait());
        if let Err(e) = committed {
            self.notices.push(Notice::IndexFailed(e));
        }
    }
}

impl Drop for Writer<'_> {
    /// A run that ends early (an error, a broken pipe) still commits what
    /// it stored, so the index need not be rebuilt.
    fn drop(&mut self) {
        self.commit_index();
    }
}

/// Where a writer's changes reach the index, if it has one.
struct IndexSink<'a> {
    index: &'a mut Option<Indexer>,
    notices: &'a mut Vec<Notice>,
}

impl IndexSink<'_> {
    /// Indexes an article whose file was modified at `mtime`, replacing
    /// any earlier version. After a failure the run stops updating the
    /// index; without a commit, the next command finds it out of date and
    /// rebuilds it.
    fn add(&mut self, article: &Article, mtime: Option<i64>) {
        if let Some(index) = self.index.as_mut()
            && let Err(e) = index.add(article, mtime.unwrap_or(0))
        {
            *self.index = None;
            self.notices.push(Notice::IndexFailed(e));
        }
    }

    fn remove(&mut self, id: &ArticleId) {
        if let Some(index) = self.index.as_mut() {
            index.remove(id);
        }
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
    use crate::article::test_article as article;

    #[test]
    fn a_batch_indexes_exactly_the_articles_it_stored() {
        let dir = tempfile::tempdir().unwrap();
        let archive = Archive::open(dir.path());
        let inputs: Vec<Vec<u8>> = (0..6).map(|i| format!("input {i}").into_bytes()).collect();
        let articles: Vec<Article> = inputs.iter().map(|b| article(b)).collect();
        // A directory where the third article's file belongs: its files
        // are written (and handed to the index) but cannot be put in place.
        let blocked = articles[2].id.clone();
        std::fs::create_dir_all(archive.store().layout().article(&blocked)).unwrap();
        let mut writer = archive.writer();
        let items = articles
            .iter()
            .cloned()
            .zip(inputs.iter().map(Vec::as_slice))
            .collect();
        let results = writer.add_many(items).unwrap();
        let stored = results.iter().filter(|r| r.is_ok()).count();
        assert_eq!(stored, 5);
        assert!(writer.finish().iter().all(|n| !n.is_worth_telling()));
        let (index, rebuilt) = archive.index().unwrap();
        assert!(rebuilt.is_none(), "{rebuilt:?}");
        assert_eq!(index.len(), 5);
        let ids: Vec<ArticleId> = index
            .list(&Default::default(), Default::default(), None)
            .unwrap()
            .items
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert!(!ids.contains(&blocked));
        std::fs::remove_dir(archive.store().layout().article(&blocked)).unwrap();
        assert!(
            crate::index::disagreements(archive.store())
                .unwrap()
                .is_empty()
        );
    }

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
