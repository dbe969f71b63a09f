//! Issue 6: hostile and unusual input never panics, never leaks into the
//! terminal, and never gets past the size limit.

use crate::env::TestEnv;

fn import_path(env: &TestEnv, name: &str, bytes: impl AsRef<[u8]>) -> crate::env::Outcome {
    let path = env.write(name, bytes);
    env.run(&["import", "--json", path.to_str().expect("utf-8")])
        .output()
}

#[test]
fn oversized_input_is_refused_with_the_limit_before_reading_it() {
    let env = TestEnv::new();
    let path = env.write("huge.txt", b"");
    // A sparse 90 MB file: refused from its size, never read into memory.
    std::fs::File::options()
        .write(true)
        .open(&path)
        .expect("open")
        .set_len(90 * 1024 * 1024)
        .expect("grow");
    let out = env.run(&["import", path.to_str().expect("utf-8")]).code(2);
    out.stderr_has("huge.txt").stderr_has("64 MiB limit");
    assert!(!env.store().exists());
}

#[test]
fn odd_encodings_and_line_ends_import_cleanly() {
    let env = TestEnv::new();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        "UTF-16 headline\r\n\r\nA paragraph in UTF-16 text."
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "latin1.txt",
            b"Caf\xe9 headline\n\nA paragraph about the caf\xe9.".to_vec(),
            "Café headline",
        ),
        ("utf16.txt", utf16, "UTF-16 headline"),
        (
            "crlf.txt",
            b"CRLF headline\r\n\r\nA paragraph.\r\n".to_vec(),
            "CRLF headline",
        ),
        (
            "bom.txt",
            b"\xEF\xBB\xBFBOM headline\n\nA paragraph.".to_vec(),
            "BOM headline",
        ),
    ];
    for (name, bytes, headline) in cases {
        let out = import_path(&env, name, bytes);
        assert_eq!(out.code, 0, "{name}: {}", out.stderr);
        let id = out.json_lines()[0]["id"].as_str().expect("id").to_string();
        let article = env.run(&["show", &id, "--json"]).success();
        let article: serde_json::Value = serde_json::from_str(&article.stdout).expect("json");
        assert_eq!(article["headline"], headline, "{name}");
    }
}

#[test]
fn nul_bytes_and_binary_are_refused() {
    let env = TestEnv::new();
    let out = import_path(&env, "nul.txt", b"Headline\n\nText with a \0 NUL byte.");
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("nul.txt") && out.stderr.contains("binary"),
        "{}",
        out.stderr
    );
}

#[test]
fn enormous_single_line_is_handled() {
    let env = TestEnv::new();
    let line = "word ".repeat(400_000);
    let out = import_path(&env, "long.txt", format!("Long line headline\n\n{line}"));
    assert_eq!(out.code, 0, "{}", out.stderr);
}

#[test]
fn terminal_escapes_in_articles_never_reach_the_terminal() {
    let env = TestEnv::new();
    let out = import_path(
        &env,
        "esc.txt",
        "Evil \x1b]0;pwned\x07 headline\n\nBody \x1b[2J with escapes.",
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let id = out.json_lines()[0]["id"].as_str().expect("id").to_string();
    for args in [
        vec!["show", id.as_str()],
        vec!["list"],
        vec!["search", "escapes"],
    ] {
        let shown = env.run(&args).success();
        assert!(
            !shown.stdout.contains('\x1b') && !shown.stdout.contains('\x07'),
            "{args:?}: {:?}",
            shown.stdout
        );
    }
}

#[cfg(unix)]
#[test]
fn symlink_loops_in_directories_are_walked_once() {
    let env = TestEnv::new();
    let file = env.write("tree/a.txt", "Linked headline\n\nA paragraph.");
    let tree = file.parent().expect("dir").to_path_buf();
    std::os::unix::fs::symlink(&tree, tree.join("loop")).expect("symlink");
    std::os::unix::fs::symlink(&file, tree.join("b.txt")).expect("symlink");
    let out = env
        .run(&["import", tree.to_str().expect("utf-8")])
        .success();
    // a.txt once, and b.txt (a link to the same bytes) as already archived.
    out.stderr_has("imported 1, already archived 1, failed 0");
}
