//! Crash-safe file replacement: write a temporary file in the target's
//! directory, fsync it, rename it over the target, fsync the directory.
//! A reader or a crash sees the old file or the new one, never a mix.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use super::layout::TEMP_PREFIX;

/// Atomically replaces `path` with `bytes`, creating parent directories.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (tmp, dir) = temp_beside(path, bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

/// `bytes` written, unsynced, to a new temporary file in `path`'s directory
/// (created if needed), and that directory. The file is deleted if dropped.
fn temp_beside<'a>(
    path: &'a Path,
    bytes: &[u8],
) -> io::Result<(tempfile::NamedTempFile, &'a Path)> {
    let dir = path
        .parent()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no parent"))?;
    fs::create_dir_all(dir)?;
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
}

impl Staged {
    /// Writes `bytes` to a temporary file beside `path`, without syncing.
    pub fn write(path: &Path, bytes: &[u8]) -> io::Result<Staged> {
        let (tmp, _) = temp_beside(path, bytes)?;
        Ok(Staged {
            tmp: tmp.into_temp_path(),
            target: path.to_path_buf(),
        })
    }

    /// Renames the file into place. Durable after the next [`sync_all`].
    pub fn commit(self) -> io::Result<()> {
        self.tmp.persist(&self.target).map_err(|e| e.error)
    }

    pub fn target(&self) -> &Path {
        &self.target
    }
}

/// Makes every write and rename so far durable: on Linux one `syncfs` of
/// the filesystem holding `root` (one journal commit for the whole batch
/// instead of one per file); elsewhere, an fsync of each file and directory.
pub fn sync_all(root: &Path, files: &[std::path::PathBuf]) -> io::Result<()> {
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
        let staged = Staged::write(&path, b"new").unwrap();
        assert!(!path.exists());
        sync_all(dir.path(), std::slice::from_ref(&path)).unwrap();
        staged.commit().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        drop(Staged::write(&path, b"abandoned").unwrap());
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
