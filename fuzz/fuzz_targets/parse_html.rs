//! Any bytes, parsed as HTML: an article or a ParseError, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsarc::article::Format;
use newsarc::parse::{Source, parse};

fuzz_target!(|data: &[u8]| {
    let source = Source { location: "fuzz.html".into(), bytes: data.to_vec(), format: Some(Format::Html) };
    let _ = parse(&source, chrono::DateTime::UNIX_EPOCH);
});
