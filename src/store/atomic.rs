//! Crash-safe file replacement: write a temporary file in the target's
//! directory, fsync it, rename it over the target, fsync the directory.
//! A reader or a crash sees the old file or the new one, never a mix.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::layout::TEMP_PREFIX;

/// Atomically replaces `path` with `bytes`, creating parent directories.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (tmp, dir) = temp_beside(path, bytes, true)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

/// `bytes` written, unsynced, to a new temporary file in `path`'s directory
/// (created first if `create_dir`), and that directory. The file is
/// deleted if dropped.
fn temp_beside<'a>(
    path: &'a Path,
    bytes: &[u8],
    create_dir: bool,
) -> io::Result<(tempfile::NamedTempFile, &'a Path)> {
    let dir = path
        .parent()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no parent"))?;
    if create_dir {
        fs::create_dir_all(dir)?;
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    Ok((tmp, dir))
}

/// A file written under a temporary name in its target's directory, not yet
/// synced or renamed: one file of a batch (see [`Store::put_many`]).
/// Dropped before [`Staged::commit`], the temporary file is deleted.
///
/// [`Store::put_many`]: super::Store::put_many
pub struct Staged {
    tmp: tempfile::TempPath,
    target: std::path::PathBuf,
    modified: Option<SystemTime>,
}

impl Staged {
    /// Writes `bytes` to a temporary file beside `path`, without syncing.
    /// `dirs` remembers the directories made so far, so a batch creates
    /// (or checks) each directory once rather than once per file.
    pub fn write(path: &Path, bytes: &[u8], dirs: &mut HashSet<PathBuf>) -> io::Result<Staged> {
        let known = path.parent().is_some_and(|dir| dirs.contains(dir));
        let (tmp, dir) = match temp_beside(path, bytes, !known) {
            // Removed since (by hand): make it again.
            Err(e) if known && e.kind() == io::ErrorKind::NotFound => {
                temp_beside(path, bytes, true)?
            }
            other => other?,
        };
        if !known {
            dirs.insert(dir.to_path_buf());
        }
        // Read from the open file: renaming keeps the time, and this spares
        // a lookup of the path afterwards.
        let modified = tmp.as_file().metadata().and_then(|m| m.modified()).ok();
        Ok(Staged {
            tmp: tmp.into_temp_path(),
            target: path.to_path_buf(),
            modified,
        })
    }

    /// Renames the file into place. Durable after the next [`sync_all`].
    pub fn commit(self) -> io::Result<()> {
        self.tmp.persist(&self.target).map_err(|e| e.error)
    }

    pub fn target(&self) -> &Path {
        &self.target
    }

    /// The file's modification time, which it keeps when renamed; `None`
    /// when the platform cannot say.
    pub fn modified(&self) -> Option<SystemTime> {
        self.modified
    }
}

/// Makes every write and rename so far durable: on Linux one `syncfs` of
/// the filesystem holding `root` (one journal commit for the whole batch
/// instead of one per file); elsewhere, an fsync of each file and directory.
pub fn sync_all(root: &Path, files: &[PathBuf]) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        let _ = files;
        rustix::fs::syncfs(File::open(root)?).map_err(io::Error::from)
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = root;
        for file in files {
            File::open(file)?.sync_all()?;
            if let Some(dir) = file.parent() {
                sync_dir(dir)?;
            }
        }
        Ok(())
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
        sync_all(dir.path(), std::slice::from_ref(&path)).unwrap();
        staged.commit().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        drop(Staged::write(&path, b"abandoned", &mut dirs).unwrap());
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
