//! Bad input: one clear line naming the input, exit 2, store untouched.

use crate::env::TestEnv;

#[track_caller]
fn refused(env: &TestEnv, name: &str, bytes: &[u8], reason: &str) {
    let path = env.write(name, bytes);
    let before = env.store_files();
    let out = env
        .run(&["import", path.to_str().expect("utf-8 path")])
        .code(2);
    assert_eq!(
        out.stderr.lines().count(),
        1,
        "one line expected:\n{}",
        out.stderr
    );
    out.stderr_has(name).stderr_has(reason);
    assert_eq!(env.store_files(), before, "store changed");
}

#[test]
fn empty_whitespace_and_binary_inputs_are_refused() {
    let env = TestEnv::new();
    refused(&env, "empty.txt", b"", "empty");
    refused(&env, "blank.txt", b"  \n\t\r\n  ", "empty");
    refused(
        &env,
        "image.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
        "binary",
    );
}

/// A file of a million short lines or tags is a list or data, not a page,
/// and parsing it would take gigabytes (`source::MAX_TEXT_LINES`).
#[test]
fn inputs_with_more_lines_or_tags_than_a_page_are_refused() {
    let env = TestEnv::new();
    env.import_seed();
    let lines = "a\n".repeat(1_000_001);
    refused(
        &env,
        "list.txt",
        lines.as_bytes(),
        "1000001 lines, over the limit of 1000000",
    );
    let tags = format!("<html>{}", "<p>".repeat(1_000_000));
    refused(
        &env,
        "tags.html",
        tags.as_bytes(),
        "1000001 tags, over the limit of 1000000",
    );
}

#[test]
fn missing_file_is_reported_and_the_rest_imported() {
    let env = TestEnv::new();
    let good = env.write("good.txt", "A headline\n\nA paragraph of article text.");
    let out = env
        .run(&[
            "import",
            "/nonexistent/article.txt",
            good.to_str().expect("utf-8"),
        ])
        .code(2)
        .stderr_has("/nonexistent/article.txt");
    assert_eq!(
        out.stdout.lines().count(),
        1,
        "the good file is still imported"
    );
    assert_eq!(env.run(&["list", "--json"]).success().json_lines().len(), 1);
}

#[test]
fn ids_never_become_paths() {
    let env = TestEnv::new();
    env.import_seed();
    for bad in [
        "../../etc/passwd",
        "/etc/passwd",
        "abc",
        "ABCDEF",
        "12345678901234",
    ] {
        env.run(&["show", bad])
            .code(2)
            .stderr_has("invalid article id");
    }
}

#[test]
fn unknown_id_and_usage_errors_exit_2() {
    let env = TestEnv::new();
    env.import_seed();
    env.run(&["show", "0000"])
        .code(2)
        .stderr_has("no article matches");
    env.run(&["show"]).code(2);
    env.run(&["frobnicate"]).code(2);
}

#[test]
fn parse_prints_json_and_stores_nothing() {
    let env = TestEnv::new();
    let out = env.run(&["parse", crate::env::SEED]).success();
    let article: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(article["source"]["format"], "text");
    assert!(!env.store().exists(), "parse created the store");
}

/// A store that cannot be created is one line naming it, with the
/// system's reason said once (it was printed twice: in the message and
/// again as the error's cause).
#[test]
fn an_unusable_store_path_says_why_once() {
    let env = TestEnv::new();
    let file = env.write("not-a-dir", "x");
    let store = file.join("store");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_newsarc"))
        .arg("--store")
        .arg(&store)
        .args(["import", crate::env::SEED])
        .output()
        .expect("run newsarc");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(stderr.matches("Not a directory").count(), 1, "{stderr}");
}
