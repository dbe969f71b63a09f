//! Verifying a store: every article file parses and is the article its name
//! says, every kept original still hashes to its recorded SHA-256, the
//! search index agrees with the files, and no unfinished write or stray
//! file is left behind. [`repair`] moves what cannot be trusted to
//! `quarantine/` (nothing is deleted but temporary files) and rebuilds the
//! index, so the rest of the archive works again.

use std::collections::BTreeSet;
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use crate::article::{ArticleId, sha256_hex};
use crate::error::{IndexError, StoreError};
use crate::index::{self, Disagreement, RebuildReason, Rebuilt};
use crate::store::layout::TEMP_PREFIX;
use crate::store::{Store, StoreLock, atomic};

/// Something wrong in a store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// An article file that cannot be read as the article its name says.
    Damaged { path: PathBuf, reason: String },
    /// An article whose original input is gone.
    MissingSource { id: ArticleId, path: PathBuf },
    /// An original whose bytes no longer match the recorded SHA-256.
    SourceChanged { id: ArticleId, path: PathBuf },
    /// A temporary file from a write that never finished (a crash or kill).
    Unfinished { path: PathBuf },
    /// An original without its article: an import interrupted between
    /// its two writes.
    OrphanSource { path: PathBuf },
    /// A file newsarc did not write.
    Stray { path: PathBuf },
    /// The search index disagrees with the article file at `path` (or, for
    /// the index as a whole, `path` is the index directory).
    Index { path: PathBuf, what: Disagreement },
}

impl Problem {
    pub fn path(&self) -> &Path {
        match self {
            Problem::Damaged { path, .. }
            | Problem::MissingSource { path, .. }
            | Problem::SourceChanged { path, .. }
            | Problem::Unfinished { path }
            | Problem::OrphanSource { path }
            | Problem::Stray { path }
            | Problem::Index { path, .. } => path,
        }
    }

    /// What `repair` does about it, if anything.
    fn remedy(&self) -> Remedy {
        match self {
            Problem::Damaged { .. } | Problem::OrphanSource { .. } | Problem::Stray { .. } => {
                Remedy::Quarantine
            }
            Problem::Unfinished { .. } => Remedy::Delete,
            Problem::Index { .. } => Remedy::Reindex,
            // The original is the evidence: keep it where it is, reported.
            Problem::MissingSource { .. } | Problem::SourceChanged { .. } => Remedy::None,
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Damaged { path, reason } => {
                write!(f, "{}: damaged article file: {reason}", path.display())
            }
            Problem::MissingSource { id, path } => {
                write!(f, "{}: original of article {id} is missing", path.display())
            }
            Problem::SourceChanged { id, path } => write!(
                f,
                "{}: original of article {id} no longer matches its sha256 (changed since import)",
                path.display()
            ),
            Problem::Unfinished { path } => {
                write!(f, "{}: unfinished write (temporary file)", path.display())
            }
            Problem::OrphanSource { path } => {
                write!(f, "{}: original without an article", path.display())
            }
            Problem::Stray { path } => write!(f, "{}: unexpected file", path.display()),
            Problem::Index { path, what } => write!(f, "{}: {what}", path.display()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Remedy {
    Quarantine,
    Delete,
    /// Rebuild the search index from the article files.
    Reindex,
    None,
}

/// The result of a check.
#[derive(Debug, Default)]
pub struct Report {
    /// Articles that passed every check.
    pub good: usize,
    pub problems: Vec<Problem>,
}

/// Checks every file under `articles/` and `sources/`, and the search
/// index against them. Run it under the store lock (see
/// [`crate::archive::Archive::check`]): a write in progress is otherwise
/// reported as unfinished.
pub fn check(store: &Store) -> Result<Report, StoreError> {
    let mut report = Report::default();
    let layout = store.layout();
    // Damaged articles are reported once, as damaged, not also as missing
    // from the index (a rebuild skips them).
    let mut damaged = BTreeSet::new();
    for (shard, name, path) in shard_files(&layout.articles_dir())? {
        match article_id(&shard, &name, ".json") {
            _ if name.starts_with(TEMP_PREFIX) => {
                report.problems.push(Problem::Unfinished { path })
            }
            Some(id) => match check_article(store, &id) {
                Ok(()) => report.good += 1,
                Err(problem) => {
                    if let Problem::Damaged { .. } = problem {
                        damaged.insert(id);
                    }
                    report.problems.push(problem)
                }
            },
            None => report.problems.push(Problem::Stray { path }),
        }
    }
    for (shard, name, path) in shard_files(&layout.sources_dir())? {
        match article_id(&shard, &name, "") {
            _ if name.starts_with(TEMP_PREFIX) => {
                report.problems.push(Problem::Unfinished { path })
            }
            Some(id) if store.layout().article(&id).exists() => {}
            Some(_) => report.problems.push(Problem::OrphanSource { path }),
            None => report.problems.push(Problem::Stray { path }),
        }
    }
    for (name, path) in files_in(layout.root())? {
        if name.starts_with(TEMP_PREFIX) {
            report.problems.push(Problem::Unfinished { path });
        }
    }
    for problem in check_index(store) {
        if let Problem::Index { what, .. } = &problem
            && what.id().is_some_and(|id| damaged.contains(id))
        {
            continue;
        }
        report.problems.push(problem);
    }
    Ok(report)
}

/// The search index's disagreements with the article files, each named by
/// the article file's path (or the index directory's).
fn check_index(store: &Store) -> Vec<Problem> {
    let layout = store.layout();
    let found = match index::disagreements(store) {
        Ok(found) => found,
        Err(e) => vec![Disagreement::Unusable(RebuildReason::Unreadable(
            e.to_string(),
        ))],
    };
    found
        .into_iter()
        .map(|what| Problem::Index {
            path: what
                .id()
                .map_or_else(|| layout.index_dir(), |id| layout.article(id)),
            what,
        })
        .collect()
}

/// One article: its JSON parses as itself and its original is intact.
fn check_article(store: &Store, id: &ArticleId) -> Result<(), Problem> {
    let article = store.get(id).map_err(|e| match e {
        StoreError::Damaged { path, reason } => Problem::Damaged { path, reason },
        other => Problem::Damaged {
            path: store.layout().article(id),
            reason: other.to_string(),
        },
    })?;
    let path = store.layout().source(id);
    match fs::read(&path) {
        Ok(bytes) if sha256_hex(&bytes) == article.source.sha256 => Ok(()),
        Ok(_) => Err(Problem::SourceChanged {
            id: id.clone(),
            path,
        }),
        Err(_) => Err(Problem::MissingSource {
            id: id.clone(),
            path,
        }),
    }
}

/// What `repair` did.
#[derive(Debug, Default)]
pub struct Repaired {
    pub quarantined: Vec<PathBuf>,
    pub deleted: Vec<PathBuf>,
    /// The search index, when it was rebuilt.
    pub reindexed: Option<Rebuilt>,
    /// Why the index could not be rebuilt (its problems are then in `left`).
    pub reindex_failed: Option<IndexError>,
    /// Problems repair cannot fix (a missing or changed original).
    pub left: Vec<Problem>,
}

/// Moves damaged, orphaned and stray files to `quarantine/` (keeping their
/// path relative to the store), deletes temporary files, then rebuilds the
/// search index if it disagreed with the files or files were moved. No
/// index writer may be open in this process (the rebuild replaces the
/// index directory).
pub fn repair(
    store: &Store,
    lock: &StoreLock,
    problems: Vec<Problem>,
) -> Result<Repaired, StoreError> {
    let mut done = Repaired::default();
    let mut index_problems = Vec::new();
    for problem in problems {
        let path = problem.path().to_path_buf();
        match problem.remedy() {
            Remedy::Quarantine => {
                done.quarantined.push(quarantine(store, &path)?);
                // A damaged article's original goes with it, so the pair can
                // be re-imported from quarantine/ and no orphan is left.
                if let Problem::Damaged { .. } = problem
                    && let Some(source) = source_of(store, &path)
                {
                    done.quarantined.push(quarantine(store, &source)?);
                }
            }
            Remedy::Delete => {
                match fs::remove_file(&path) {
                    Err(e) if e.kind() != ErrorKind::NotFound => {
                        return Err(StoreError::io("deleting", &path)(e));
                    }
                    _ => {}
                }
                sync_parent(&path)?;
                done.deleted.push(path);
            }
            Remedy::Reindex => index_problems.push(problem),
            Remedy::None => done.left.push(problem),
        }
    }
    let moved = !done.quarantined.is_empty() || !done.deleted.is_empty();
    if moved || !index_problems.is_empty() {
        let reason = match index_problems.first() {
            Some(Problem::Index {
                what: Disagreement::Unusable(reason),
                ..
            }) => reason.clone(),
            _ => RebuildReason::OutOfDate,
        };
        match index::rebuild_from(store, lock, reason) {
            Ok(rebuilt) => done.reindexed = Some(rebuilt),
            Err(e) => {
                done.reindex_failed = Some(e);
                done.left.extend(index_problems);
            }
        }
    }
    Ok(done)
}

/// Moves `path` under `quarantine/`, returning where it went.
fn quarantine(store: &Store, path: &Path) -> Result<PathBuf, StoreError> {
    let target = quarantine_path(store, path);
    if let Some(dir) = target.parent() {
        fs::create_dir_all(dir).map_err(StoreError::io("creating", dir))?;
    }
    fs::rename(path, &target).map_err(StoreError::io("quarantining", path))?;
    sync_parent(path)?;
    Ok(target)
}

/// The kept original of the article file at `path`, if there is one.
fn source_of(store: &Store, path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    let shard = path.parent()?.file_name()?.to_str()?;
    let source = store.layout().source(&article_id(shard, name, ".json")?);
    source.is_file().then_some(source)
}

/// `quarantine/<path relative to the store>`, made unique if taken.
fn quarantine_path(store: &Store, path: &Path) -> PathBuf {
    let relative = path.strip_prefix(store.root()).unwrap_or(path);
    let base = store.layout().quarantine_dir().join(relative);
    let mut target = base.clone();
    let mut n = 1;
    while target.exists() {
        target = PathBuf::from(format!("{}.{n}", base.display()));
        n += 1;
    }
    target
}

fn sync_parent(path: &Path) -> Result<(), StoreError> {
    match path.parent() {
        Some(dir) => atomic::sync_dir(dir).map_err(StoreError::io("syncing", dir)),
        None => Ok(()),
    }
}

/// The id a file name stands for, if it is `<id><suffix>` in its own shard.
fn article_id(shard: &str, name: &str, suffix: &str) -> Option<ArticleId> {
    let id: ArticleId = name.strip_suffix(suffix)?.parse().ok()?;
    (id.shard() == shard).then_some(id)
}

/// `(shard, file name, path)` of every file one level below `dir`'s
/// subdirectories; files directly in `dir` count as shard "".
fn shard_files(dir: &Path) -> Result<Vec<(String, String, PathBuf)>, StoreError> {
    let mut out = Vec::new();
    for (name, path) in entries(dir)? {
        if path.is_dir() {
            out.extend(
                files_in(&path)?
                    .into_iter()
                    .map(|(file, p)| (name.clone(), file, p)),
            );
        } else {
            out.push((String::new(), name, path));
        }
    }
    Ok(out)
}

/// Regular files directly in `dir`.
fn files_in(dir: &Path) -> Result<Vec<(String, PathBuf)>, StoreError> {
    Ok(entries(dir)?
        .into_iter()
        .filter(|(_, p)| p.is_file())
        .collect())
}

fn entries(dir: &Path) -> Result<Vec<(String, PathBuf)>, StoreError> {
    let read = match fs::read_dir(dir) {
        Ok(read) => read,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io("reading", dir)(e)),
    };
    let mut out = Vec::new();
    for entry in read {
        let entry = entry.map_err(StoreError::io("reading", dir))?;
        out.push((
            entry.file_name().to_string_lossy().into_owned(),
            entry.path(),
        ));
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Format, SourceInfo};

    fn put(store: &Store, lock: &StoreLock, input: &[u8]) -> ArticleId {
        let mut a = Article::new(SourceInfo {
            location: "t.txt".into(),
            format: Format::Text,
            sha256: sha256_hex(input),
            imported_at: "2026-01-01T00:00:00Z".into(),
        });
        a.headline = Some("H".into());
        store.put(lock, &a, input).unwrap();
        a.id
    }

    #[test]
    fn finds_each_kind_of_problem_and_repair_clears_the_fixable_ones() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path());
        let lock = store.lock().unwrap();
        let good = put(&store, &lock, b"good");
        let damaged = put(&store, &lock, b"damaged");
        let changed = put(&store, &lock, b"changed");
        fs::write(store.layout().article(&damaged), b"{").unwrap();
        fs::write(store.layout().source(&changed), b"tampered").unwrap();
        let shard = store
            .layout()
            .article(&good)
            .parent()
            .unwrap()
            .to_path_buf();
        fs::write(shard.join(".tmp-abc"), b"half").unwrap();
        let orphan = ArticleId::from_bytes(b"orphan");
        fs::create_dir_all(store.layout().source(&orphan).parent().unwrap()).unwrap();
        fs::write(store.layout().source(&orphan), b"orphan").unwrap();

        let report = check(&store).unwrap();
        assert_eq!(report.good, 1, "{:#?}", report.problems);
        let kinds: Vec<_> = report.problems.iter().map(|p| format!("{p}")).collect();
        assert_eq!(report.problems.len(), 5, "{kinds:#?}");
        assert!(
            kinds.iter().any(|k| k.contains("search index unusable")),
            "never indexed: put() bypasses the index"
        );
        assert!(
            kinds
                .iter()
                .any(|k| k.contains("damaged") && k.contains(&format!("{damaged}.json")))
        );
        assert!(
            kinds
                .iter()
                .any(|k| k.contains("no longer matches") && k.contains(changed.as_str()))
        );
        assert!(kinds.iter().any(|k| k.contains("unfinished write")));
        assert!(
            kinds
                .iter()
                .any(|k| k.contains("original without an article"))
        );

        let repaired = repair(&store, &lock, report.problems).unwrap();
        assert_eq!(
            repaired.quarantined.len(),
            3,
            "damaged JSON + its original, orphan"
        );
        assert_eq!(repaired.deleted.len(), 1);
        assert_eq!(repaired.reindexed.map(|r| r.indexed), Some(2));
        assert_eq!(
            repaired.left.len(),
            1,
            "a changed original is reported, not moved"
        );
        let after = check(&store).unwrap();
        assert_eq!(after.problems.len(), 1, "{:#?}", after.problems);
        assert!(dir.path().join("quarantine/articles").exists());
    }
}
