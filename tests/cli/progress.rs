//! Issue 7: the import progress bar is drawn only on a terminal; logs and
//! pipes get plain lines and the summary.

use crate::env::TestEnv;

#[test]
fn bulk_import_on_a_terminal_draws_a_progress_bar() {
    let env = TestEnv::new();
    for i in 0..3 {
        env.write(
            &format!("batch/{i}.txt"),
            format!("Headline {i}\n\nBody text number {i}.\n"),
        );
    }
    let dir = env.path("inputs/batch");
    let out = env.run_tty(&["import", &dir.display().to_string()], &[]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(out.stdout.contains("/3"), "a n/3 counter: {:?}", out.stdout);
    assert!(
        out.stdout
            .contains("imported 3, already archived 0, failed 0")
    );
}

#[test]
fn piped_import_has_no_control_characters() {
    let env = TestEnv::new();
    for i in 0..3 {
        env.write(
            &format!("batch/{i}.txt"),
            format!("Headline {i}\n\nBody text number {i}.\n"),
        );
    }
    env.write("batch/empty.txt", "");
    let dir = env.path("inputs/batch");
    let out = env.run(&["import", &dir.display().to_string()]).code(2);
    for stream in [&out.stdout, &out.stderr] {
        assert!(
            !stream.chars().any(|c| c.is_control() && c != '\n'),
            "{stream:?}"
        );
    }
    assert!(
        out.stderr
            .ends_with("imported 3, already archived 0, failed 1\n"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("empty.txt: input is empty"));
}
