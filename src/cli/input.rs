//! Turning command-line inputs (files, directories, `-`, URLs) into [`Source`]s:
//! directories are walked recursively, every read is size-limited, and each
//! failure names its input.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};

use super::fetch;

use newsarc::article::Format;
use newsarc::error::ParseError;
use newsarc::parse::Source;
use newsarc::parse::source::DEFAULT_MAX_INPUT;

/// `--format`: force the input format instead of detecting it.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FormatArg {
    Text,
    Html,
}

impl From<FormatArg> for Format {
    fn from(arg: FormatArg) -> Format {
        match arg {
            FormatArg::Text => Format::Text,
            FormatArg::Html => Format::Html,
        }
    }
}

/// One thing to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
    /// An `http://` or `https://` URL (other schemes are refused on read).
    Url(String),
}

/// An input's bytes and, for a URL, where they finally came from.
pub struct Loaded {
    pub source: Source,
    /// The URL after redirects, for a fetched input.
    pub url: Option<String>,
}

impl Input {
    /// The input as the user named it; becomes `source.location`.
    pub fn location(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(path) => path.display().to_string(),
            Input::Url(url) => url.clone(),
        }
    }

    /// Its size in bytes when known without reading it (a file's length),
    /// else 0: enough to start the largest inputs of a batch first.
    pub fn size_hint(&self) -> u64 {
        match self {
            Input::File(path) => fs::metadata(path).map_or(0, |m| m.len()),
            Input::Stdin | Input::Url(_) => 0,
        }
    }

    /// Reads (or fetches) the input, refusing more than
    /// `DEFAULT_MAX_INPUT` bytes.
    pub fn read(&self, format: Option<Format>) -> anyhow::Result<Loaded> {
        self.read_with(format, fetch::DEFAULT_TIMEOUT)
    }

    /// Like [`Input::read`], giving a URL at most `timeout` to arrive.
    pub fn read_with(&self, format: Option<Format>, timeout: Duration) -> anyhow::Result<Loaded> {
        let (bytes, url) = match self {
            Input::Stdin => (
                read_limited(io::stdin().lock(), None).context("reading standard input")?,
                None,
            ),
            Input::File(path) => (read_file(path)?, None),
            Input::Url(url) => {
                let fetched =
                    fetch::fetch(url, DEFAULT_MAX_INPUT, timeout).with_context(|| url.clone())?;
                (fetched.bytes, Some(fetched.url))
            }
        };
        Ok(Loaded {
            source: Source {
                location: self.location(),
                bytes,
                format,
            },
            url,
        })
    }
}

/// Expands arguments into inputs: `-` is stdin, a directory stands for
/// every file below it (sorted, hidden entries skipped, symlinked
/// directories followed once). An argument that cannot be expanded becomes
/// an error naming it, in its place.
pub fn expand(args: &[String]) -> Vec<Result<Input, anyhow::Error>> {
    let mut out = Vec::new();
    for arg in args {
        if arg == "-" {
            out.push(Ok(Input::Stdin));
            continue;
        }
        if fetch::is_url(arg) {
            out.push(Ok(Input::Url(arg.clone())));
            continue;
        }
        let path = PathBuf::from(arg);
        if path.is_dir() {
            let mut seen = HashSet::new();
            walk(&path, &mut seen, &mut out);
        } else {
            out.push(Ok(Input::File(path)));
        }
    }
    out
}

fn walk(dir: &Path, seen: &mut HashSet<PathBuf>, out: &mut Vec<Result<Input, anyhow::Error>>) {
    // A directory reached twice (a symlink loop, or two links to one place)
    // is walked once.
    match fs::canonicalize(dir) {
        Ok(real) => {
            if !seen.insert(real) {
                return;
            }
        }
        Err(e) => {
            return out.push(Err(
                anyhow::Error::new(e).context(format!("{}", dir.display()))
            ));
        }
    }
    // The entry's type comes with the directory listing; only symbolic
    // links need a look at what they point to (one stat each, where
    // `is_dir` then `is_file` cost two stats for every file of a bulk
    // import).
    let mut entries: Vec<(PathBuf, Option<fs::FileType>)> = match fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| {
                let kind = e.file_type().ok().filter(|t| !t.is_symlink());
                (e.path(), kind)
            })
            .collect(),
        Err(e) => {
            return out.push(Err(
                anyhow::Error::new(e).context(format!("{}", dir.display()))
            ));
        }
    };
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, kind) in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        let kind = kind.or_else(|| fs::metadata(&path).ok().map(|m| m.file_type()));
        match kind {
            Some(kind) if kind.is_dir() => walk(&path, seen, out),
            Some(kind) if kind.is_file() => out.push(Ok(Input::File(path))),
            _ => {}
        }
    }
}

fn read_file(path: &Path) -> anyhow::Result<Vec<u8>> {
    let file = fs::File::open(path).with_context(|| format!("{}", path.display()))?;
    let meta = file
        .metadata()
        .with_context(|| format!("{}", path.display()))?;
    if meta.is_dir() {
        bail!("{}: is a directory", path.display());
    }
    read_limited(file, Some(meta.len())).with_context(|| format!("{}", path.display()))
}

/// Reads at most `DEFAULT_MAX_INPUT` bytes; a larger input is refused
/// before it is read when its size is known, and as soon as the limit is
/// passed otherwise.
fn read_limited(reader: impl Read, known_size: Option<u64>) -> anyhow::Result<Vec<u8>> {
    let limit = DEFAULT_MAX_INPUT;
    if known_size.is_some_and(|size| size > limit) {
        return Err(ParseError::TooLarge { limit }.into());
    }
    // Room for the whole input when its size is known, so it is read in
    // one go instead of in growing chunks.
    let capacity = known_size.map_or(0, |size| size.saturating_add(1));
    let mut bytes = Vec::with_capacity(usize::try_from(capacity).unwrap_or(0));
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ParseError::TooLarge { limit }.into());
    }
    Ok(bytes)
}
