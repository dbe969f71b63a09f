//! Replays every input under `fixtures/fuzz-regressions/<target>/` through
//! the code its fuzz target calls (see `fuzz/fuzz_targets/`): each must end
//! without a panic and within [`LIMIT`], as the fuzzer required.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use newsarc::article::Format;
use newsarc::error::ParseError;
use newsarc::parse::{Source, parse};

/// Far above what any of these inputs takes once fixed (milliseconds in a
/// debug build), far below the fuzzer's 20-second timeout: a regression to
/// quadratic or worse behaviour fails here.
const LIMIT: Duration = Duration::from_secs(10);

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new("fixtures/fuzz-regressions").join(target);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.is_file());
    files.sort();
    files
}

fn replay(target: &str, run: impl Fn(&[u8])) {
    for path in inputs(target) {
        let bytes = fs::read(&path).expect("readable regression input");
        let started = Instant::now();
        run(&bytes);
        let took = started.elapsed();
        assert!(took < LIMIT, "{}: took {took:?}", path.display());
    }
}

fn parse_as(format: Format, location: &str) -> impl Fn(&[u8]) {
    move |bytes: &[u8]| {
        let source = Source {
            location: location.into(),
            bytes: bytes.to_vec(),
            format: Some(format),
        };
        // `parse` turns a panic into `ParseError::Bug`; that is still a failure here.
        let result = parse(&source, chrono::DateTime::UNIX_EPOCH);
        assert!(
            !matches!(result, Err(ParseError::Bug(_))),
            "{location}: {result:?}"
        );
    }
}

#[test]
fn parse_text_regressions() {
    replay("parse_text", parse_as(Format::Text, "fuzz.txt"));
}

#[test]
fn parse_html_regressions() {
    replay("parse_html", parse_as(Format::Html, "fuzz.html"));
}

#[test]
fn query_regressions() {
    replay("query", |bytes| {
        // The target gets only valid UTF-8 (`|text: &str|`).
        if let Ok(text) = std::str::from_utf8(bytes) {
            let _ = newsarc::search::Query::parse(text);
        }
    });
}
