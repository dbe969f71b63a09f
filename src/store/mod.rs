//! The article store: one JSON file per article and the original input
//! bytes beside it. The JSON files are the archive's only truth; everything
//! else (the search index) can be rebuilt from them.
//!
//! Writers take an exclusive lock on `<root>/lock` for the whole of their
//! work ([`Store::lock`]), so concurrent imports queue instead of failing.
//! Readers take no lock: every file is replaced atomically, so they see
//! whole files or none.

pub mod atomic;
pub mod layout;

use std::collections::HashSet;
use std::fmt;
use std::fs::{self, File};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::article::{Article, ArticleId, ID_LEN, MIN_PREFIX_LEN, is_lower_hex};
use crate::error::StoreError;
use layout::{Layout, STORE_FORMAT_VERSION};

/// A store directory. Opening one touches nothing; the directory is created
/// on the first write.
#[derive(Clone)]
pub struct Store {
    layout: Layout,
    progress: Option<ProgressFn>,
}

/// How far a long pass over every article file has got (an index rebuild,
/// which can start under any command that reads the index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Files read so far; equal to `total` once the pass is over.
    pub done: usize,
    pub total: usize,
}

/// Told of a long pass's [`Progress`], e.g. to draw a bar on a terminal.
pub type ProgressFn = Arc<dyn Fn(Progress) + Send + Sync>;

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("layout", &self.layout)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

/// The two files of one article written by [`Store::stage_many`] and not
/// in place yet: its source, then its JSON.
pub type Staged = [atomic::Staged; 2];

/// Proof that this process holds the store's write lock; released on drop.
#[derive(Debug)]
pub struct StoreLock {
    _file: File,
}

#[derive(Serialize, Deserialize)]
struct Marker {
    format: u32,
}

impl Store {
    pub fn open(root: impl Into<PathBuf>) -> Store {
        Store {
            layout: Layout::new(root),
            progress: None,
        }
    }

    /// The same store, telling `progress` how long passes go.
    pub fn with_progress(self, progress: ProgressFn) -> Store {
        Store {
            progress: Some(progress),
            ..self
        }
    }

    /// Tells the progress observer, if there is one.
    pub fn report(&self, progress: Progress) {
        if let Some(observer) = &self.progress {
            observer(progress);
        }
    }

    pub fn root(&self) -> &Path {
        self.layout.root()
    }

    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// Creates the store if needed and waits for the exclusive write lock.
    pub fn lock(&self) -> Result<StoreLock, StoreError> {
        let root = self.layout.root();
        fs::create_dir_all(root).map_err(StoreError::io("creating store", root))?;
        let (file, path) = self.lock_file()?;
        file.lock().map_err(StoreError::io("locking", &path))?;
        if !self.layout.marker().exists() {
            let marker = serde_json::to_vec(&Marker {
                format: STORE_FORMAT_VERSION,
            })
            .expect("a two-field struct always serializes");
            let path = self.layout.marker();
            atomic::write(&path, &marker).map_err(StoreError::io("writing", &path))?;
        }
        Ok(StoreLock { _file: file })
    }

    /// The write lock if no other process holds it, else `None`. The store
    /// must exist.
    pub fn try_lock(&self) -> Result<Option<StoreLock>, StoreError> {
        let (file, path) = self.lock_file()?;
        match file.try_lock() {
            Ok(()) => Ok(Some(StoreLock { _file: file })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(StoreError::io("locking", &path)(e)),
        }
    }

    /// The lock file, opened (created if needed) but not locked, and its
    /// path; refuses a store of a newer format first.
    fn lock_file(&self) -> Result<(File, PathBuf), StoreError> {
        self.check_version()?;
        let path = self.layout.lock();
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(StoreError::io("opening lock", &path))?;
        Ok((file, path))
    }

    /// Refuses a store written by a newer layout version.
    pub fn check_version(&self) -> Result<(), StoreError> {
        let path = self.layout.marker();
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(StoreError::io("reading", &path)(e)),
        };
        let marker: Marker = serde_json::from_slice(&bytes).map_err(|e| StoreError::Damaged {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        if marker.format > STORE_FORMAT_VERSION {
            return Err(StoreError::Version {
                path,
                found: marker.format,
                supported: STORE_FORMAT_VERSION,
            });
        }
        Ok(())
    }

    /// The article generation: a counter every writer bumps (with
    /// [`Store::bump_generation`]) before it changes any article file, so
    /// that whatever was derived from the articles at another generation
    /// (the search index) is known to be out of date with one small read,
    /// instead of a scan of the store. 0 for a store that never had one.
    pub fn generation(&self) -> Result<u64, StoreError> {
        let path = self.layout.generation();
        match fs::read_to_string(&path) {
            Ok(text) => text.trim().parse().map_err(|_| StoreError::Damaged {
                path,
                reason: format!("not a generation number: {:?}", text.trim()),
            }),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(0),
            Err(e) => Err(StoreError::io("reading", &path)(e)),
        }
    }

    /// Moves to the next generation, durably, and returns it. Call before
    /// the first change of a run: a crash after it leaves the index
    /// recorded at an older generation, hence rebuilt on next use. A
    /// damaged counter restarts from the clock, a value no index recorded.
    pub fn bump_generation(&self, _lock: &StoreLock) -> Result<u64, StoreError> {
        let next = match self.generation() {
            Ok(n) => n.wrapping_add(1),
            Err(StoreError::Damaged { .. }) => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_secs()),
            Err(e) => return Err(e),
        };
        let path = self.layout.generation();
        atomic::write(&path, format!("{next}\n").as_bytes())
            .map_err(StoreError::io("writing", &path))?;
        Ok(next)
    }

    pub fn contains(&self, id: &ArticleId) -> bool {
        self.layout.article(id).is_file()
    }

    /// Stores an article and its original bytes, the source first so that
    /// an article never exists without it. Each file is written atomically.
    pub fn put(
        &self,
        _lock: &StoreLock,
        article: &Article,
        source: &[u8],
    ) -> Result<(), StoreError> {
        let source_path = self.layout.source(&article.id);
        atomic::write(&source_path, source).map_err(StoreError::io("writing", &source_path))?;
        self.save(_lock, article)
    }

    /// Stores many articles and their sources with two filesystem syncs in
    /// all, instead of two fsyncs per file (a bulk import would otherwise
    /// spend its time waiting for the disk): [`Store::stage_many`], a sync,
    /// [`Store::place_many`], a sync. A run of batches can share the syncs
    /// instead (see [`crate::archive::Writer::write_batch`]). One result per
    /// item, in order: the modification time of the article file (`None`
    /// when the platform cannot say). `dirs` and `staged` are as for
    /// [`Store::stage_many`].
    pub fn put_many(
        &self,
        lock: &StoreLock,
        items: &[(&Article, &[u8])],
        dirs: &mut HashSet<PathBuf>,
        staged: &mut dyn FnMut(usize, Option<SystemTime>),
    ) -> Vec<Result<Option<SystemTime>, StoreError>> {
        let written = self.stage_many(lock, items, dirs, staged);
        let root = self.layout.root();
        let synced = atomic::Syncer::open(root).and_then(|mut syncer| {
            syncer.sync(written.iter().flatten().flatten(), &[])?;
            Ok(syncer)
        });
        let mut syncer = match synced {
            Ok(syncer) => syncer,
            Err(e) => return written.iter().map(|_| Err(sync_error(root, &e))).collect(),
        };
        let (mut results, placed) = self.place_many(lock, written);
        if let Err(e) = syncer.sync(std::iter::empty(), &placed) {
            for result in results.iter_mut().filter(|r| r.is_ok()) {
                *result = Err(sync_error(root, &e));
            }
        }
        results
    }

    /// Writes the files of many articles (source and JSON) beside their
    /// places, unnamed or under temporary names, without syncing: nothing
    /// is in the store until [`Store::place_many`] names them, which must
    /// wait until a sync made them durable. Each article is all or nothing:
    /// a crash leaves it whole or absent (plus temporary files that `check`
    /// removes). `dirs` holds the directories known to exist, made or seen
    /// by earlier batches of the run, so each is checked once per run.
    ///
    /// `staged` hears of each item written (by its position, with the
    /// modification time its article file will have), so the caller can
    /// get on with it while the disk works; the item counts only once it
    /// is placed and synced, and its time is the one placing returns (they
    /// differ only when the file had to be copied into place).
    pub fn stage_many(
        &self,
        _lock: &StoreLock,
        items: &[(&Article, &[u8])],
        dirs: &mut HashSet<PathBuf>,
        staged: &mut dyn FnMut(usize, Option<SystemTime>),
    ) -> Vec<Result<Staged, StoreError>> {
        items
            .iter()
            .enumerate()
            .map(|(i, (article, source))| {
                let source_path = self.layout.source(&article.id);
                let source = atomic::Staged::write(&source_path, source, dirs)
                    .map_err(StoreError::io("writing", &source_path))?;
                let path = self.layout.article(&article.id);
                let json = atomic::Staged::write(&path, &article_json(article), dirs)
                    .map_err(StoreError::io("writing", &path))?;
                staged(i, json.modified());
                Ok([source, json])
            })
            .collect()
    }

    /// Gives the files made by [`Store::stage_many`] their names, each
    /// article's source before its JSON, once a sync made their contents
    /// durable; the names are durable after the next sync. One result per
    /// item, in order (the article file's modification time), and the
    /// paths named.
    pub fn place_many(
        &self,
        _lock: &StoreLock,
        staged: Vec<Result<Staged, StoreError>>,
    ) -> (Vec<Result<Option<SystemTime>, StoreError>>, Vec<PathBuf>) {
        let mut placed = Vec::new();
        let results = staged
            .into_iter()
            .map(|files| {
                let [source, json] = files?;
                let target = source.target().to_path_buf();
                source
                    .commit()
                    .map_err(StoreError::io("renaming", &target))?;
                placed.push(target);
                let target = json.target().to_path_buf();
                let modified = json.commit().map_err(StoreError::io("renaming", &target))?;
                placed.push(target);
                Ok(modified)
            })
            .collect();
        (results, placed)
    }

    /// What syncs the store's filesystem for [`Store::stage_many`] and
    /// [`Store::place_many`]; one per run.
    pub fn syncer(&self) -> Result<atomic::Syncer, StoreError> {
        let root = self.layout.root();
        atomic::Syncer::open(root).map_err(StoreError::io("opening", root))
    }

    /// Rewrites an article's JSON (after a tag change or a reparse).
    pub fn save(&self, _lock: &StoreLock, article: &Article) -> Result<(), StoreError> {
        let path = self.layout.article(&article.id);
        atomic::write(&path, &article_json(article)).map_err(StoreError::io("writing", &path))
    }

    /// Reads one article.
    pub fn get(&self, id: &ArticleId) -> Result<Article, StoreError> {
        let path = self.layout.article(id);
        let bytes = fs::read(&path).map_err(|e| match e.kind() {
            ErrorKind::NotFound => StoreError::NotFound(id.to_string()),
            _ => StoreError::io("reading", &path)(e),
        })?;
        read_article(&path, &bytes, Some(id))
    }

    /// The original input bytes of an article.
    pub fn source(&self, id: &ArticleId) -> Result<Vec<u8>, StoreError> {
        let path = self.layout.source(id);
        fs::read(&path).map_err(StoreError::io("reading", &path))
    }

    /// Removes an article's JSON, then its source.
    pub fn delete(&self, _lock: &StoreLock, id: &ArticleId) -> Result<(), StoreError> {
        let article = self.layout.article(id);
        match fs::remove_file(&article) {
            Err(e) if e.kind() == ErrorKind::NotFound => {
                return Err(StoreError::NotFound(id.to_string()));
            }
            other => other.map_err(StoreError::io("deleting", &article))?,
        }
        let source = self.layout.source(id);
        match fs::remove_file(&source) {
            Err(e) if e.kind() != ErrorKind::NotFound => {
                return Err(StoreError::io("deleting", &source)(e));
            }
            _ => {}
        }
        for path in [&article, &source] {
            if let Some(dir) = path.parent() {
                atomic::sync_dir(dir).map_err(StoreError::io("syncing", dir))?;
            }
        }
        Ok(())
    }

    /// Every article id in the store, sorted. Files that are not named like
    /// an article (temporary files, stray notes) are ignored.
    pub fn ids(&self) -> Result<Vec<ArticleId>, StoreError> {
        let dir = self.layout.articles_dir();
        let mut ids = Vec::new();
        for shard in read_dir_or_empty(&dir)? {
            if !is_shard_name(&shard) {
                continue;
            }
            let shard_dir = dir.join(&shard);
            for name in read_dir_or_empty(&shard_dir)? {
                let Some(stem) = name.strip_suffix(".json") else {
                    continue;
                };
                if let Ok(id) = stem.parse::<ArticleId>()
                    && id.shard() == shard
                {
                    ids.push(id);
                }
            }
        }
        ids.sort();
        Ok(ids)
    }

    /// Every article, in id order. A file that cannot be read or parsed
    /// yields an error naming it, and iteration goes on; a file deleted
    /// meanwhile by another process is skipped.
    pub fn articles(
        &self,
    ) -> Result<impl Iterator<Item = Result<Article, StoreError>> + '_, StoreError> {
        let ids = self.ids()?;
        Ok(ids.into_iter().filter_map(move |id| match self.get(&id) {
            Err(StoreError::NotFound(_)) => None,
            other => Some(other),
        }))
    }

    /// Selects the one article whose id starts with `prefix` (4 to 12
    /// lowercase hex digits). Anything else is refused before it gets near
    /// a path.
    pub fn resolve(&self, prefix: &str) -> Result<ArticleId, StoreError> {
        let prefix = prefix.trim();
        if prefix.len() < MIN_PREFIX_LEN || prefix.len() > ID_LEN || !is_lower_hex(prefix) {
            return Err(StoreError::InvalidId(prefix.to_string()));
        }
        if let Ok(id) = prefix.parse::<ArticleId>() {
            return if self.contains(&id) {
                Ok(id)
            } else {
                Err(StoreError::NotFound(prefix.to_string()))
            };
        }
        let shard_dir = self.layout.articles_dir().join(&prefix[..2]);
        let mut found: Vec<ArticleId> = read_dir_or_empty(&shard_dir)?
            .iter()
            .filter_map(|name| name.strip_suffix(".json"))
            .filter(|stem| stem.starts_with(prefix))
            .filter_map(|stem| stem.parse().ok())
            .collect();
        found.sort();
        match found.len() {
            0 => Err(StoreError::NotFound(prefix.to_string())),
            1 => Ok(found.remove(0)),
            _ => Err(StoreError::Ambiguous {
                prefix: prefix.to_string(),
                candidates: found.iter().map(|id| id.to_string()).collect(),
            }),
        }
    }
}

/// The bytes of an article file: pretty JSON and a final newline.
fn article_json(article: &Article) -> Vec<u8> {
    let mut json = serde_json::to_vec_pretty(article).expect("an Article always serializes");
    json.push(b'\n');
    json
}

/// A failed sync, reported for each file it concerned.
pub fn sync_error(root: &Path, e: &std::io::Error) -> StoreError {
    StoreError::io("syncing", root)(std::io::Error::new(e.kind(), e.to_string()))
}

/// Parses an article file's bytes, checking that it is the article its
/// name says.
fn read_article(
    path: &Path,
    bytes: &[u8],
    expected: Option<&ArticleId>,
) -> Result<Article, StoreError> {
    let damaged = |reason: String| StoreError::Damaged {
        path: path.to_path_buf(),
        reason,
    };
    let article: Article = serde_json::from_slice(bytes).map_err(|e| damaged(e.to_string()))?;
    if let Some(id) = expected
        && &article.id != id
    {
        return Err(damaged(format!("holds article {} instead", article.id)));
    }
    if article.schema != crate::article::SCHEMA_VERSION {
        return Err(damaged(format!("unsupported schema {}", article.schema)));
    }
    Ok(article)
}

fn is_shard_name(name: &str) -> bool {
    name.len() == 2 && is_lower_hex(name)
}

/// File names in `dir`, or none if it does not exist yet.
fn read_dir_or_empty(dir: &Path) -> Result<Vec<String>, StoreError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io("reading", dir)(e)),
    };
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(StoreError::io("reading", dir))?;
        if let Ok(name) = entry.file_name().into_string() {
            names.push(name);
        }
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::test_article as article;

    #[test]
    fn put_get_delete_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("store"));
        let lock = store.lock().unwrap();
        let a = article(b"one");
        store.put(&lock, &a, b"one").unwrap();
        assert_eq!(store.get(&a.id).unwrap(), a);
        assert_eq!(store.source(&a.id).unwrap(), b"one");
        assert_eq!(store.ids().unwrap(), vec![a.id.clone()]);
        store.delete(&lock, &a.id).unwrap();
        assert!(matches!(store.get(&a.id), Err(StoreError::NotFound(_))));
        assert!(store.ids().unwrap().is_empty());
    }

    #[test]
    fn resolve_accepts_unique_prefixes_only() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path());
        let lock = store.lock().unwrap();
        let a = article(b"one");
        store.put(&lock, &a, b"one").unwrap();
        assert_eq!(store.resolve(&a.id.as_str()[..4]).unwrap(), a.id);
        assert_eq!(store.resolve(a.id.as_str()).unwrap(), a.id);
        for bad in ["../../etc/passwd", "abc", "ABCD", "", "0123456789abc"] {
            assert!(
                matches!(store.resolve(bad), Err(StoreError::InvalidId(_))),
                "{bad}"
            );
        }
        assert!(matches!(
            store.resolve("0000"),
            Err(StoreError::NotFound(_))
        ));
    }

    #[test]
    fn damaged_file_is_reported_with_its_path_and_iteration_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path());
        let lock = store.lock().unwrap();
        let good = article(b"good");
        let bad = article(b"bad");
        store.put(&lock, &good, b"good").unwrap();
        store.put(&lock, &bad, b"bad").unwrap();
        fs::write(store.layout().article(&bad.id), b"{ truncated").unwrap();
        let results: Vec<_> = store.articles().unwrap().collect();
        assert_eq!(results.len(), 2);
        let errors: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().contains(&format!("{}.json", bad.id)));
    }

    /// Every file below `dir`, as paths relative to it.
    fn files_below(dir: &Path) -> Vec<String> {
        let mut out = Vec::new();
        let mut todo = vec![dir.to_path_buf()];
        while let Some(d) = todo.pop() {
            for entry in fs::read_dir(&d).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    todo.push(path);
                } else {
                    out.push(path.strip_prefix(dir).unwrap().display().to_string());
                }
            }
        }
        out
    }

    #[test]
    fn a_failure_in_a_batch_leaves_the_others_whole_and_no_temporary_files() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path());
        let lock = store.lock().unwrap();
        let inputs: Vec<Vec<u8>> = (0..6).map(|i| format!("input {i}").into_bytes()).collect();
        let articles: Vec<Article> = inputs.iter().map(|b| article(b)).collect();
        // A file where the third article's source shard directory belongs
        // makes writing that article fail half-way through the batch.
        let blocked = &articles[2];
        fs::create_dir_all(store.layout().sources_dir()).unwrap();
        fs::write(store.layout().sources_dir().join(blocked.id.shard()), b"").unwrap();
        let items: Vec<(&Article, &[u8])> = articles
            .iter()
            .zip(&inputs)
            .map(|(a, b)| (a, b.as_slice()))
            .collect();
        let mut staged = Vec::new();
        let results = store.put_many(&lock, &items, &mut HashSet::new(), &mut |i, time| {
            staged.push((i, time));
        });
        // Every article but the blocked one was reported staged, with the
        // time its stored file has.
        let expected: Vec<usize> = (0..items.len()).filter(|&i| i != 2).collect();
        assert_eq!(staged.iter().map(|s| s.0).collect::<Vec<_>>(), expected);
        for &(i, time) in &staged {
            assert_eq!(time, *results[i].as_ref().unwrap());
        }
        for ((a, input), result) in items.iter().zip(&results) {
            if a.id.shard() == blocked.id.shard() {
                assert!(result.is_err());
                assert!(!store.contains(&a.id));
                continue;
            }
            let modified = result.as_ref().unwrap().unwrap();
            assert_eq!(store.get(&a.id).unwrap(), **a);
            assert_eq!(store.source(&a.id).unwrap(), *input);
            let on_disk = fs::metadata(store.layout().article(&a.id)).unwrap();
            assert_eq!(on_disk.modified().unwrap(), modified);
        }
        let temporary: Vec<String> = files_below(dir.path())
            .into_iter()
            .filter(|f| f.contains(layout::TEMP_PREFIX))
            .collect();
        assert!(temporary.is_empty(), "{temporary:?}");
    }

    #[test]
    fn refuses_a_newer_store_format() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("newsarc-store.json"), br#"{"format": 99}"#).unwrap();
        let store = Store::open(dir.path());
        assert!(matches!(store.lock(), Err(StoreError::Version { .. })));
    }
}
