//! Issue 7: a reader that goes away (`newsarc list | head`) is not an
//! error: newsarc stops quietly with status 0.

use std::process::{Command, Stdio};

use crate::env::TestEnv;

/// Runs `newsarc ARGS | head -c 100` in bash with pipefail: newsarc's own
/// status and stderr are what is checked.
fn piped_to_head(env: &TestEnv, args: &str) -> (i32, String) {
    let script = format!(
        "set -o pipefail; '{}' --store '{}' {args} | head -c 100 > /dev/null",
        env!("CARGO_BIN_EXE_newsarc"),
        env.store().display()
    );
    let out = Command::new("bash")
        .args(["-c", &script])
        .env_remove("NEWSARC_STORE")
        .output()
        .expect("bash");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn output_bigger_than_a_pipe_buffer_stops_quietly_at_head() {
    let env = TestEnv::new();
    env.import_many(40);
    // About 5 KB per article: well over the 64 KiB a pipe buffers, so
    // newsarc is still writing when head exits and really gets EPIPE.
    let (code, stderr) = piped_to_head(&env, "export");
    assert_eq!((code, stderr.as_str()), (0, ""));
    let (code, stderr) = piped_to_head(&env, "export --format markdown");
    assert_eq!((code, stderr.as_str()), (0, ""));
}

#[test]
fn list_search_and_show_exit_0_when_the_reader_is_gone() {
    let env = TestEnv::new();
    let ids = env.import_many(5);
    for args in [
        vec!["list"],
        vec!["list", "--json"],
        vec!["search", "talks"],
        vec!["show", ids[0].as_str()],
        vec!["stats"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_newsarc"))
            .arg("--store")
            .arg(env.store())
            .args(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        // Close the read end before newsarc writes: its first write fails
        // with EPIPE, whatever the size of the output.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
