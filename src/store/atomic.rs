//! Crash-safe file replacement: write a temporary file in the target's
//! directory, fsync it, rename it over the target, fsync the directory.
//! A reader or a crash sees the old file or the new one, never a mix.
//! Batches ([`Staged`]) write unnamed files where Linux allows, and give
//! them their names once synced.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::layout::TEMP_PREFIX;

/// Atomically replaces `path` with `bytes`, creating parent directories.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = parent(path)?;
    fs::create_dir_all(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

/// A file written beside its target but not under its name yet, and not
/// synced: one file of a batch (see [`Store::put_many`]). Dropped before
/// [`Staged::commit`], it disappears.
///
/// [`Store::put_many`]: super::Store::put_many
pub struct Staged {
    file: StagedFile,
    target: PathBuf,
    modified: Option<SystemTime>,
}

enum StagedFile {
    /// Under a temporary name in the target's directory; renamed on commit.
    Named(tempfile::TempPath),
    /// Without a name (Linux `O_TMPFILE`) in the target's directory, linked
    /// under the target's name on commit: one directory change per file
    /// instead of two (create, then rename), and a crash leaves nothing
    /// behind. Held open until then.
    #[cfg(target_os = "linux")]
    Unnamed(Unnamed),
}

/// An open unnamed file, counted in [`UNNAMED_OPEN`] while it lives.
#[cfg(target_os = "linux")]
struct Unnamed(File);

/// Unnamed files open now, across the process.
#[cfg(target_os = "linux")]
static UNNAMED_OPEN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The share of the process's file-descriptor limit that unnamed files may
/// hold at once: a batch of 1,024 articles would hold 2,048, over the
/// usual soft limit of 1,024, and the inputs being read and the search
/// index need descriptors too. Past it, files get temporary names, which
/// hold none.
#[cfg(target_os = "linux")]
const UNNAMED_SHARE_OF_LIMIT: usize = 4;

#[cfg(target_os = "linux")]
impl Drop for Unnamed {
    fn drop(&mut self) {
        UNNAMED_OPEN.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    }
}

/// How many unnamed files may be open at once given the process's soft
/// descriptor limit (`None`: unlimited).
#[cfg(target_os = "linux")]
fn unnamed_budget(limit: Option<u64>) -> usize {
    limit.map_or(usize::MAX, |n| {
        usize::try_from(n).unwrap_or(usize::MAX) / UNNAMED_SHARE_OF_LIMIT
    })
}

impl Staged {
    /// Writes `bytes` to a new file beside `path`, without syncing.
    /// `dirs` remembers the directories made so far, so a batch creates
    /// (or checks) each directory once rather than once per file.
    pub fn write(path: &Path, bytes: &[u8], dirs: &mut HashSet<PathBuf>) -> io::Result<Staged> {
        let dir = parent(path)?;
        let known = dirs.contains(dir);
        if !known {
            fs::create_dir_all(dir)?;
        }
        let (file, modified) = match stage(dir, bytes) {
            // Removed since (by hand): make it again.
            Err(e) if known && e.kind() == io::ErrorKind::NotFound => {
                fs::create_dir_all(dir)?;
                stage(dir, bytes)?
            }
            other => other?,
        };
        if !known {
            dirs.insert(dir.to_path_buf());
        }
        Ok(Staged {
            file,
            target: path.to_path_buf(),
            modified,
        })
    }

    /// Puts the file in place under its name, and returns its modification
    /// time then (`None` when the platform cannot say). Durable after the
    /// next [`Syncer::sync`].
    pub fn commit(self) -> io::Result<Option<SystemTime>> {
        match self.file {
            StagedFile::Named(tmp) => {
                tmp.persist(&self.target).map_err(|e| e.error)?;
                Ok(self.modified)
            }
            #[cfg(target_os = "linux")]
            StagedFile::Unnamed(mut file) => match link(&file.0, &self.target) {
                Ok(()) => Ok(self.modified),
                // The name is taken (a source left by an article deleted by
                // hand), or linking is refused here: a renamed copy.
                Err(_) => replace_with_copy(&mut file.0, &self.target),
            },
        }
    }

    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Makes the written contents durable (where no filesystem-wide sync
    /// does it for every file at once).
    #[cfg(not(target_os = "linux"))]
    fn sync_data(&self) -> io::Result<()> {
        match &self.file {
            StagedFile::Named(tmp) => File::open(tmp)?.sync_all(),
        }
    }

    /// The modification time the file has (`None` when the platform
    /// cannot say); [`Staged::commit`] keeps it unless it has to copy.
    pub fn modified(&self) -> Option<SystemTime> {
        self.modified
    }
}

/// `bytes` in a new file in `dir`, unnamed where the system allows, and
/// the file's modification time.
fn stage(dir: &Path, bytes: &[u8]) -> io::Result<(StagedFile, Option<SystemTime>)> {
    #[cfg(target_os = "linux")]
    if let Some(mut file) = open_unnamed(dir)? {
        file.0.write_all(bytes)?;
        // Linking and renaming keep the time; reading it from the open
        // file spares a lookup of the path afterwards.
        let modified = file.0.metadata().and_then(|m| m.modified()).ok();
        return Ok((StagedFile::Unnamed(file), modified));
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    let modified = tmp.as_file().metadata().and_then(|m| m.modified()).ok();
    Ok((StagedFile::Named(tmp.into_temp_path()), modified))
}

/// A new unnamed file in `dir` (`O_TMPFILE`), readable for
/// [`replace_with_copy`]; `None` where the filesystem or kernel has none,
/// or unnamed files already hold their share of the descriptors (a batch
/// holds two per article): then a named temporary file does.
#[cfg(target_os = "linux")]
fn open_unnamed(dir: &Path) -> io::Result<Option<Unnamed>> {
    use rustix::fs::{Mode, OFlags, open};
    use rustix::io::Errno;
    use rustix::process::{Resource, getrlimit};
    use std::sync::atomic::Ordering;
    static BUDGET: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let budget = *BUDGET.get_or_init(|| unnamed_budget(getrlimit(Resource::Nofile).current));
    if UNNAMED_OPEN.load(Ordering::Relaxed) >= budget {
        return Ok(None);
    }
    let flags = OFlags::RDWR | OFlags::TMPFILE | OFlags::CLOEXEC;
    match open(dir, flags, Mode::RUSR | Mode::WUSR) {
        Ok(fd) => {
            UNNAMED_OPEN.fetch_add(1, Ordering::Relaxed);
            Ok(Some(Unnamed(File::from(fd))))
        }
        Err(e) if e == Errno::NOENT || e == Errno::NOTDIR || e == Errno::ACCESS => Err(e.into()),
        // EOPNOTSUPP, EISDIR or EINVAL (no O_TMPFILE), EMFILE, ...
        Err(_) => Ok(None),
    }
}

/// Whether `linkat(AT_EMPTY_PATH)` was refused in this process (it needs
/// a capability on older kernels): then the `/proc/self/fd` path is used.
#[cfg(target_os = "linux")]
static EMPTY_PATH_REFUSED: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Gives the unnamed `file` the name `target`; fails if `target` exists.
#[cfg(target_os = "linux")]
fn link(file: &File, target: &Path) -> io::Result<()> {
    use rustix::fs::{AtFlags, CWD, linkat};
    use rustix::io::Errno;
    use std::os::fd::AsRawFd;
    use std::sync::atomic::Ordering;
    if !EMPTY_PATH_REFUSED.load(Ordering::Relaxed) {
        match linkat(file, "", CWD, target, AtFlags::EMPTY_PATH) {
            Err(e) if e == Errno::PERM || e == Errno::NOENT || e == Errno::INVAL => {
                EMPTY_PATH_REFUSED.store(true, Ordering::Relaxed);
            }
            other => return other.map_err(io::Error::from),
        }
    }
    let by_fd = format!("/proc/self/fd/{}", file.as_raw_fd());
    linkat(CWD, by_fd.as_str(), CWD, target, AtFlags::SYMLINK_FOLLOW).map_err(io::Error::from)
}

/// Atomically replaces `target` with a copy of `file`'s contents (synced
/// before the rename, like [`write()`]), and returns the copy's
/// modification time.
#[cfg(target_os = "linux")]
fn replace_with_copy(file: &mut File, target: &Path) -> io::Result<Option<SystemTime>> {
    use std::io::{Seek, SeekFrom};
    file.seek(SeekFrom::Start(0))?;
    let dir = parent(target)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)?;
    io::copy(file, tmp.as_file_mut())?;
    tmp.as_file().sync_all()?;
    let modified = tmp.as_file().metadata().and_then(|m| m.modified()).ok();
    tmp.persist(target).map_err(|e| e.error)?;
    Ok(modified)
}

/// The directory of `path`.
fn parent(path: &Path) -> io::Result<&Path> {
    path.parent()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no parent"))
}

/// Makes the files of a batch durable, and the names given to the batch
/// before it: on Linux one `syncfs` of the filesystem holding the store
/// (one journal commit for everything instead of one per file); elsewhere
/// an fsync of each file written and of each directory a name was added
/// to. Opened once per run: a write-back error on that filesystem since
/// the opening is reported by the next sync, even when the kernel wrote
/// the pages out on its own in between (a descriptor opened afterwards
/// would not hear of it).
pub struct Syncer {
    #[cfg(target_os = "linux")]
    root: File,
    /// Makes the next sync fail, for the tests of what a failed sync
    /// leaves behind.
    #[cfg(test)]
    pub fail_next: bool,
}

impl Syncer {
    /// A syncer for the filesystem holding the directory `root`.
    pub fn open(root: &Path) -> io::Result<Syncer> {
        #[cfg(not(target_os = "linux"))]
        let _ = root;
        Ok(Syncer {
            #[cfg(target_os = "linux")]
            root: File::open(root)?,
            #[cfg(test)]
            fail_next: false,
        })
    }

    /// Makes durable the contents of the `written` files (not yet in
    /// place) and the names of the `placed` ones (already synced before
    /// they were given their names).
    pub fn sync<'a>(
        &mut self,
        written: impl Iterator<Item = &'a Staged>,
        placed: &[PathBuf],
    ) -> io::Result<()> {
        #[cfg(test)]
        if std::mem::take(&mut self.fail_next) {
            return Err(io::Error::other("sync failed (test)"));
        }
        #[cfg(target_os = "linux")]
        {
            let _ = (written, placed);
            rustix::fs::syncfs(&self.root).map_err(io::Error::from)
        }
        #[cfg(not(target_os = "linux"))]
        {
            for staged in written {
                staged.sync_data()?;
            }
            let dirs: HashSet<&Path> = placed.iter().filter_map(|p| p.parent()).collect();
            for dir in dirs {
                sync_dir(dir)?;
            }
            Ok(())
        }
    }
}

/// Makes a rename or unlink in `dir` durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staged_files_appear_only_when_committed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b.json");
        let mut dirs = HashSet::new();
        let staged = Staged::write(&path, b"new", &mut dirs).unwrap();
        assert!(dirs.contains(&dir.path().join("a")));
        assert!(!path.exists());
        let mut syncer = Syncer::open(dir.path()).unwrap();
        syncer.sync(std::iter::once(&staged), &[]).unwrap();
        staged.commit().unwrap();
        syncer
            .sync(std::iter::empty(), std::slice::from_ref(&path))
            .unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        drop(Staged::write(&path, b"abandoned", &mut dirs).unwrap());
        assert_eq!(fs::read_dir(dir.path().join("a")).unwrap().count(), 1);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn unnamed_files_take_a_quarter_of_the_descriptor_limit() {
        assert_eq!(unnamed_budget(Some(1024)), 256);
        assert_eq!(unnamed_budget(Some(20_000)), 5_000);
        assert_eq!(unnamed_budget(None), usize::MAX);
    }

    #[test]
    fn a_staged_file_replaces_an_existing_target_and_reports_its_time() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b.json");
        write(&path, b"old").unwrap();
        let staged = Staged::write(&path, b"new", &mut HashSet::new()).unwrap();
        let modified = staged.commit().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        let on_disk = fs::metadata(&path).unwrap().modified().unwrap();
        assert_eq!(modified, Some(on_disk));
        assert_eq!(fs::read_dir(dir.path().join("a")).unwrap().count(), 1);
    }

    /// The path taken where `linkat(AT_EMPTY_PATH)` is refused (older
    /// kernels, no capability). Other tests may take it too meanwhile;
    /// both paths give the same result.
    #[cfg(target_os = "linux")]
    #[test]
    fn unnamed_files_are_linked_through_proc_when_empty_path_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b.json");
        EMPTY_PATH_REFUSED.store(true, std::sync::atomic::Ordering::Relaxed);
        let staged = Staged::write(&path, b"via proc", &mut HashSet::new()).unwrap();
        assert!(matches!(staged.file, StagedFile::Unnamed(_)));
        staged.commit().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"via proc");
        assert_eq!(fs::read_dir(dir.path().join("a")).unwrap().count(), 1);
    }

    #[test]
    fn replaces_whole_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b.json");
        write(&path, b"first").unwrap();
        write(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = fs::read_dir(dir.path().join("a"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec!["b.json"]);
    }
}
