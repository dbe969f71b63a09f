//! Any string as a search query: parsed or refused, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = newsarc::search::Query::parse(text);
});
