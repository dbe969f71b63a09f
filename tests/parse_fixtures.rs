//! Parses every fixture under `fixtures/{text,html}/<slug>/` and compares the
//! result with its `expected.json`, field by field, naming the fixture and
//! the field on failure. `NEWSARC_BLESS=1 cargo test --test parse_fixtures`
//! rewrites the expected files from the current output; review that diff
//! like code.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{TimeZone, Utc};
use serde_json::Value;

use newsarc::parse::{Source, parse};

/// Fixed import time, so expected files do not change with the clock.
fn fixed_now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
        .single()
        .expect("valid time")
}

fn fixture_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    for kind in ["text", "html"] {
        let Ok(entries) = fs::read_dir(Path::new("fixtures").join(kind)) else {
            continue;
        };
        dirs.extend(
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir()),
        );
    }
    dirs.sort();
    dirs
}

fn input_file(dir: &Path) -> Option<PathBuf> {
    ["input.txt", "input.html"]
        .iter()
        .map(|n| dir.join(n))
        .find(|p| p.is_file())
}

/// Compares one fixture; returns a description of each differing field.
fn check(dir: &Path, bless: bool) -> Vec<String> {
    let Some(input) = input_file(dir) else {
        return vec![format!("{}: no input.txt or input.html", dir.display())];
    };
    let source = Source {
        location: input.display().to_string(),
        bytes: fs::read(&input).expect("fixture input is readable"),
        format: None,
    };
    let article = match parse(&source, fixed_now()) {
        Ok(article) => article,
        Err(err) => return vec![format!("{}: parse failed: {err}", dir.display())],
    };
    // Issue 8: every field says which rule produced it.
    let gaps: Vec<String> = newsarc::parse::provenance::gaps(&article)
        .into_iter()
        .map(|gap| format!("{}: provenance: {gap}", dir.display()))
        .collect();
    if !gaps.is_empty() {
        return gaps;
    }
    let actual = serde_json::to_value(&article).expect("article serializes");
    let expected_path = dir.join("expected.json");
    if bless {
        let mut json = serde_json::to_string_pretty(&actual).expect("value serializes");
        json.push('\n');
        fs::write(&expected_path, json).expect("expected.json is writable");
        return Vec::new();
    }
    let expected: Value = match fs::read(&expected_path).map(|b| serde_json::from_slice(&b)) {
        Ok(Ok(v)) => v,
        _ => {
            return vec![format!(
                "{}: missing or invalid expected.json (bless with NEWSARC_BLESS=1)",
                dir.display()
            )];
        }
    };
    let (Value::Object(want), Value::Object(got)) = (&expected, &actual) else {
        return vec![format!("{}: expected.json is not an object", dir.display())];
    };
    let mut diffs = Vec::new();
    for (field, want_value) in want {
        let got_value = got.get(field).unwrap_or(&Value::Null);
        if got_value != want_value {
            diffs.push(format!(
                "{}: field `{field}` differs\n  expected: {}\n  actual:   {}",
                dir.display(),
                want_value,
                got_value
            ));
        }
    }
    for field in got.keys().filter(|k| !want.contains_key(*k)) {
        diffs.push(format!(
            "{}: field `{field}` is not in expected.json",
            dir.display()
        ));
    }
    diffs
}

#[test]
fn fixtures_parse_as_expected() {
    let bless = std::env::var_os("NEWSARC_BLESS").is_some_and(|v| v == "1");
    let dirs = fixture_dirs();
    let failures: Vec<String> = dirs.iter().flat_map(|d| check(d, bless)).collect();
    assert!(
        failures.is_empty(),
        "{} fixture differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
