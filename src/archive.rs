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
use crate::store::{self, ProgressFn, Store, StoreLock, atomic};

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
    /// Store directories known to exist (see [`Store::stage_many`]).
    made_dirs: HashSet<PathBuf>,
    /// The batch written by [`Writer::write_batch`] and not yet placed.
    pending: Option<Pending>,
    /// Syncs the store's filesystem for batches; opened with the first.
    syncer: Option<atomic::Syncer>,
    notices: Vec<Notice>,
}

/// A batch whose files are written (and handed to the index) but not yet
/// in place: see [`Writer::write_batch`].
struct Pending {
    entries: Vec<Entry>,
}

/// One input of a batch.
enum Entry {
    /// Archived before (or earlier in the run): nothing written.
    Existing(ArticleId),
    /// Written, or failed to be.
    Fresh {
        article: Box<Article>,
        files: Result<store::Staged, StoreError>,
        /// The file time it was indexed with, if it was.
        indexed: Option<Option<i64>>,
    },
}

/// A batch given its names, waiting for the sync that makes them durable.
struct Placed {
    entries: Vec<PlacedEntry>,
    /// Every file named.
    placed: Vec<PathBuf>,
}

enum PlacedEntry {
    Existing(ArticleId),
    Fresh {
        article: Box<Article>,
        result: Result<Option<SystemTime>, StoreError>,
        indexed: Option<Option<i64>>,
    },
}

impl Pending {
    fn ids(&self) -> impl Iterator<Item = &ArticleId> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Fresh { article, .. } => Some(&article.id),
            Entry::Existing(_) => None,
        })
    }

    /// Gives every written file its name (see [`Store::place_many`]).
    fn place(self, store: &Store, lock: &StoreLock) -> Placed {
        let mut files = Vec::new();
        let mut shells = Vec::with_capacity(self.entries.len());
        for entry in self.entries {
            match entry {
                Entry::Existing(id) => shells.push(PlacedEntry::Existing(id)),
                Entry::Fresh {
                    article,
                    files: f,
                    indexed,
                } => {
                    files.push(f);
                    shells.push(PlacedEntry::Fresh {
                        article,
                        result: Ok(None),
                        indexed,
                    });
                }
            }
        }
        let (results, placed) = store.place_many(lock, files);
        let mut results = results.into_iter();
        for shell in &mut shells {
            if let (PlacedEntry::Fresh { result, .. }, Some(r)) = (shell, results.next()) {
                *result = r;
            }
        }
        Placed {
            entries: shells,
            placed,
        }
    }
}

impl Placed {
    /// The results, once the sync that makes the names durable is done
    /// (`failed` is its error): an article counts as stored only if it
    /// was placed and synced. The index learns the outcome: an article
    /// that was not stored is taken out again, and one whose file time
    /// changed on the way (copied into place) is indexed again.
    fn report(
        self,
        failed: Option<&std::io::Error>,
        root: &std::path::Path,
        index: &mut IndexSink<'_>,
    ) -> Vec<Result<Imported, ImportError>> {
        self.entries
            .into_iter()
            .map(|entry| {
                let (article, result, indexed) = match entry {
                    PlacedEntry::Existing(id) => return Ok(Imported::Existing(id)),
                    PlacedEntry::Fresh {
                        article,
                        result,
                        indexed,
                    } => (article, result, indexed),
                };
                let result = match failed {
                    Some(e) => result.and(Err(store::sync_error(root, e))),
                    None => result,
                };
                match result {
                    Ok(modified) => {
                        let mtime = modified.and_then(index::mtime_nanos);
                        if indexed != Some(mtime) {
                            index.add(&article, mtime);
                        }
                        Ok(Imported::New(article))
                    }
                    Err(e) => {
                        if indexed.is_some() {
                            index.remove(&article.id);
                        }
                        Err(e.into())
                    }
                }
            })
            .collect()
    }
}

impl Archive {
    pub fn open(root: impl Into<PathBuf>) -> Archive {
        Archive {
            store: Store::open(root),
        }
    }

    /// The same archive, telling `progress` how an index rebuild goes.
    pub fn with_progress(self, progress: ProgressFn) -> Archive {
        Archive {
            store: self.store.with_progress(progress),
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
            pending: None,
            syncer: None,
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
    /// bytes it was parsed from, with two disk syncs for the whole batch.
    /// One result per item, in order, after those of any batch still
    /// waiting from [`Writer::write_batch`]; the outer error means the
    /// store could not be locked at all.
    pub fn add_many(
        &mut self,
        items: Vec<(Article, &[u8])>,
    ) -> Result<Vec<Result<Imported, ImportError>>, StoreError> {
        let mut results = self.write_batch(items)?;
        results.extend(self.settle());
        Ok(results)
    }

    /// Writes a batch of articles made by [`Archive::prepare`] (each with
    /// the bytes it was parsed from) and returns the results of the batch
    /// before it, which this call put in place: a run of batches shares
    /// one disk sync per batch instead of two. Each call gives the batch
    /// before its names (its contents were made durable by the previous
    /// call's sync), writes this batch's files without names, then syncs
    /// the filesystem once, making both durable; only then is the batch
    /// before reported. This batch waits, unnamed, for the next call or
    /// [`Writer::settle`] (a crash meanwhile leaves no trace of it). So an
    /// article is reported stored only once it is durable, and the index,
    /// committed by [`Writer::finish`], only ever holds durable articles:
    /// each article goes to the index as soon as its files are written, so
    /// the indexing thread works while the disk syncs, and one that then
    /// fails to be stored is taken out again before the commit. The outer
    /// error means the store could not be locked at all.
    pub fn write_batch(
        &mut self,
        items: Vec<(Article, &[u8])>,
    ) -> Result<Vec<Result<Imported, ImportError>>, StoreError> {
        if items.is_empty() && self.pending.is_none() {
            // Nothing to do: a run of bad inputs leaves no store behind.
            return Ok(Vec::new());
        }
        let store = self.store;
        self.lock()?;
        // Already archived (maybe by another process while we parsed), in
        // the batch waiting to be placed, or the same bytes twice in this
        // batch.
        let waiting: HashSet<&ArticleId> = self.pending.iter().flat_map(Pending::ids).collect();
        let mut seen = HashSet::new();
        let fresh: Vec<bool> = items
            .iter()
            .map(|(a, _)| {
                !store.contains(&a.id) && !waiting.contains(&a.id) && seen.insert(a.id.clone())
            })
            .collect();
        drop(waiting);
        if fresh.contains(&true) {
            self.change()?;
        }
        if self.syncer.is_none() && (fresh.contains(&true) || self.pending.is_some()) {
            self.syncer = Some(store.syncer()?);
        }
        let lock = self.lock.as_ref().expect("locked above");
        // The batch before: its contents are durable, it gets its names.
        let before = self
            .pending
            .take()
            .map(|pending| pending.place(store, lock));
        let to_store: Vec<(&Article, &[u8])> = items
            .iter()
            .zip(&fresh)
            .filter(|(_, fresh)| **fresh)
            .map(|((a, bytes), _)| (a, *bytes))
            .collect();
        let mut indexed: Vec<Option<Option<i64>>> = vec![None; to_store.len()];
        let mut to_index = IndexSink {
            index: &mut self.index,
            notices: &mut self.notices,
        };
        let written = store.stage_many(lock, &to_store, &mut self.made_dirs, &mut |k, modified| {
            let mtime = modified.and_then(index::mtime_nanos);
            to_index.add(to_store[k].0, mtime);
            indexed[k] = Some(mtime);
        });
        let placed: &[PathBuf] = before.as_ref().map_or(&[], |b| &b.placed);
        let synced = match &mut self.syncer {
            Some(syncer) if !written.is_empty() || !placed.is_empty() => {
                syncer.sync(written.iter().flatten().flatten(), placed)
            }
            _ => Ok(()),
        };
        let root = store.root();
        let mut files = written.into_iter();
        let mut indexed = indexed.into_iter();
        let mut entries = Vec::with_capacity(items.len());
        for ((article, _), fresh) in items.into_iter().zip(fresh) {
            if !fresh {
                entries.push(Entry::Existing(article.id));
                continue;
            }
            let (Some(files), Some(indexed)) = (files.next(), indexed.next()) else {
                continue;
            };
            // Not durable: dropped unnamed, as if never written.
            let files = match &synced {
                Ok(()) => files,
                Err(e) => files.and(Err(store::sync_error(root, e))),
            };
            entries.push(Entry::Fresh {
                article: Box::new(article),
                files,
                indexed,
            });
        }
        self.pending = Some(Pending { entries });
        let Some(before) = before else {
            return Ok(Vec::new());
        };
        Ok(before.report(synced.err().as_ref(), root, &mut self.sink()))
    }

    /// Puts the batch left waiting by [`Writer::write_batch`] in place,
    /// syncs, and returns its results (none when no batch waits).
    pub fn settle(&mut self) -> Vec<Result<Imported, ImportError>> {
        let Some(pending) = self.pending.take() else {
            return Vec::new();
        };
        let store = self.store;
        // A batch waits only once the lock was taken, and the syncer was
        // opened before any file was written.
        let Some(lock) = self.lock.as_ref() else {
            return Vec::new();
        };
        let before = pending.place(store, lock);
        let synced = match (&mut self.syncer, before.placed.is_empty()) {
            (_, true) => Ok(()),
            (Some(syncer), false) => syncer.sync(std::iter::empty(), &before.placed),
            (None, false) => Err(std::io::Error::other(
                "the store was not opened for syncing",
            )),
        };
        before.report(synced.err().as_ref(), store.root(), &mut self.sink())
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

    /// Settles the batch still waiting (its results are not asked for:
    /// the run ended early) and commits the index.
    fn commit_index(&mut self) {
        self.settle();
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

    /// Three inputs of a test batch, numbered from `from`.
    fn inputs(from: usize) -> Vec<Vec<u8>> {
        (from..from + 3)
            .map(|i| format!("input {i}").into_bytes())
            .collect()
    }

    fn items(inputs: &[Vec<u8>]) -> Vec<(Article, &[u8])> {
        inputs.iter().map(|b| (article(b), b.as_slice())).collect()
    }

    fn indexed_ids(archive: &Archive) -> Vec<ArticleId> {
        let (index, rebuilt) = archive.index().unwrap();
        assert!(rebuilt.is_none(), "{rebuilt:?}");
        let mut ids: Vec<ArticleId> = index
            .list(&Default::default(), Default::default(), None)
            .unwrap()
            .items
            .into_iter()
            .map(|s| s.id)
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn a_batch_is_placed_and_reported_by_the_next_batchs_sync() {
        let dir = tempfile::tempdir().unwrap();
        let archive = Archive::open(dir.path());
        let store = archive.store();
        let (first, second) = (inputs(0), inputs(3));
        let mut writer = archive.writer();
        assert!(writer.write_batch(items(&first)).unwrap().is_empty());
        // Written, not in the store until the next sync.
        assert!(items(&first).iter().all(|(a, _)| !store.contains(&a.id)));
        // The same bytes again while waiting: already archived.
        let mut again = items(&second);
        again.push((article(&first[0]), &first[0]));
        let done = writer.write_batch(again).unwrap();
        assert_eq!(done.len(), 3);
        assert!(done.iter().all(|r| matches!(r, Ok(Imported::New(_)))));
        assert!(items(&first).iter().all(|(a, _)| store.contains(&a.id)));
        assert!(items(&second).iter().all(|(a, _)| !store.contains(&a.id)));
        let done = writer.settle();
        assert_eq!(done.len(), 4);
        assert!(matches!(done[3], Ok(Imported::Existing(_))));
        assert!(items(&second).iter().all(|(a, _)| store.contains(&a.id)));
        assert!(writer.finish().iter().all(|n| !n.is_worth_telling()));
        assert_eq!(indexed_ids(&archive).len(), 6);
        assert!(index::disagreements(store).unwrap().is_empty());
    }

    #[test]
    fn a_writer_dropped_with_a_batch_waiting_stores_and_indexes_it() {
        let dir = tempfile::tempdir().unwrap();
        let archive = Archive::open(dir.path());
        let first = inputs(0);
        let mut writer = archive.writer();
        assert!(writer.write_batch(items(&first)).unwrap().is_empty());
        drop(writer);
        assert!(
            items(&first)
                .iter()
                .all(|(a, _)| archive.store().contains(&a.id))
        );
        assert_eq!(indexed_ids(&archive).len(), 3);
        assert!(index::disagreements(archive.store()).unwrap().is_empty());
    }

    #[test]
    fn a_batch_whose_sync_fails_is_neither_reported_stored_nor_indexed() {
        let dir = tempfile::tempdir().unwrap();
        let archive = Archive::open(dir.path());
        let store = archive.store();
        let (first, second) = (inputs(0), inputs(3));
        let mut writer = archive.writer();
        // The sync after the first batch's files are written fails.
        let mut syncer = store.syncer().unwrap();
        syncer.fail_next = true;
        writer.syncer = Some(syncer);
        assert!(writer.write_batch(items(&first)).unwrap().is_empty());
        let done = writer.write_batch(items(&second)).unwrap();
        assert_eq!(done.len(), 3);
        assert!(done.iter().all(|r| r.is_err()), "{done:?}");
        let done = writer.settle();
        assert!(done.iter().all(|r| matches!(r, Ok(Imported::New(_)))));
        assert!(writer.finish().iter().all(|n| !n.is_worth_telling()));
        assert!(items(&first).iter().all(|(a, _)| !store.contains(&a.id)));
        let mut stored: Vec<ArticleId> = items(&second).into_iter().map(|(a, _)| a.id).collect();
        stored.sort();
        assert_eq!(indexed_ids(&archive), stored);
        assert!(index::disagreements(store).unwrap().is_empty());
        // No file of the failed batch was left behind, named or not.
        assert_eq!(store.ids().unwrap(), stored);
    }

    #[test]
    fn a_failed_sync_of_names_takes_the_batch_out_of_the_index() {
        let dir = tempfile::tempdir().unwrap();
        let archive = Archive::open(dir.path());
        let first = inputs(0);
        let mut writer = archive.writer();
        assert!(writer.write_batch(items(&first)).unwrap().is_empty());
        // The sync that would make the names durable fails.
        writer.syncer.as_mut().unwrap().fail_next = true;
        let done = writer.settle();
        assert_eq!(done.len(), 3);
        assert!(done.iter().all(|r| r.is_err()), "{done:?}");
        writer.finish();
        assert!(indexed_ids(&archive).is_empty());
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
