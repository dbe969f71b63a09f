//! Issue 7: the reading view of `show`, its colour, width and pager, and
//! the `--markdown`, `--json` and `--source` forms.

use unicode_width::UnicodeWidthStr;

use crate::env::{SEED, TestEnv};

const HEADLINE: &str = "Russia, US to discuss militant withdrawal from Aleppo";

/// Lines of a terminal transcript with escape sequences removed.
fn visible_lines(transcript: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for line in transcript.split("\r\n") {
        let mut out = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                // CSI: ESC [ params final-byte
                for d in chars.by_ref() {
                    if d.is_ascii_alphabetic() {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        lines.push(out);
    }
    lines
}

#[test]
fn piped_show_has_no_colour_and_one_line_per_paragraph() {
    let env = TestEnv::new();
    let id = env.import_seed();
    let out = env.run(&["show", &id]).success();
    assert!(!out.stdout.contains('\x1b'), "colour on a pipe");
    assert!(out.stdout.starts_with(HEADLINE));
    assert!(
        out.stdout.lines().any(|l| l.width() > 100),
        "a pipe gets whole paragraphs, unwrapped"
    );
}

#[test]
fn color_always_makes_the_headline_bold_even_on_a_pipe() {
    let env = TestEnv::new();
    let id = env.import_seed();
    env.run(&["show", &id, "--color", "always"])
        .success()
        .stdout_has(&format!("\x1b[1m{HEADLINE}\x1b[0m"));
    let never = env.run(&["show", &id, "--color", "never"]).success();
    assert!(!never.stdout.contains('\x1b'));
}

#[test]
fn terminal_output_is_wrapped_to_the_window_and_coloured() {
    let env = TestEnv::new();
    let id = env.import_seed();
    let out = env.run_tty(&["show", &id, "--no-pager"], &[("COLUMNS", "60")]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        out.stdout.contains("\x1b[1m"),
        "bold headline on a terminal"
    );
    let lines = visible_lines(&out.stdout);
    assert!(lines.iter().any(|l| l.contains("Lavrov")));
    for line in &lines {
        assert!(line.width() <= 60, "line wider than 60 columns: {line:?}");
    }
}

#[test]
fn wide_terminals_still_get_at_most_100_columns() {
    let env = TestEnv::new();
    let id = env.import_seed();
    let out = env.run_tty(&["show", &id, "--no-pager"], &[("COLUMNS", "250")]);
    let lines = visible_lines(&out.stdout);
    assert!(lines.iter().all(|l| l.width() <= 100));
    assert!(lines.iter().any(|l| l.width() > 80), "uses the room it has");
}

#[test]
fn no_color_turns_colour_off_on_a_terminal() {
    let env = TestEnv::new();
    let id = env.import_seed();
    let out = env.run_tty(&["show", &id, "--no-pager"], &[("NO_COLOR", "1")]);
    assert_eq!(out.code, 0);
    assert!(!out.stdout.contains("\x1b["), "{:?}", out.stdout);
}

#[test]
fn long_articles_go_through_the_pager_on_a_terminal() {
    let env = TestEnv::new();
    let id = env.import_seed();
    let paged = env.path("paged.txt");
    let pager = format!("tee '{}'", paged.display());
    let out = env.run_tty(&["show", &id], &[("PAGER", &pager), ("LINES", "10")]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    let text = std::fs::read_to_string(&paged).expect("the pager got the article");
    assert!(text.contains(HEADLINE));
    assert!(text.contains("Lavrov"));
}

#[test]
fn no_pager_short_articles_and_pipes_skip_the_pager() {
    let env = TestEnv::new();
    let id = env.import_seed();
    let paged = env.path("paged.txt");
    let pager = format!("tee '{}'", paged.display());
    env.run_tty(
        &["show", &id, "--no-pager"],
        &[("PAGER", &pager), ("LINES", "10")],
    );
    assert!(!paged.exists(), "--no-pager");
    env.run_tty(&["show", &id], &[("PAGER", &pager), ("LINES", "1000")]);
    assert!(!paged.exists(), "the article fits the screen");
    env.run(&["show", &id]).env("PAGER", &pager).success();
    assert!(!paged.exists(), "stdout is a pipe");
}

#[test]
fn a_missing_pager_falls_back_to_printing() {
    let env = TestEnv::new();
    let id = env.import_seed();
    let out = env.run_tty(
        &["show", &id],
        &[("PAGER", "/nonexistent/pager --flag"), ("LINES", "5")],
    );
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains(HEADLINE));
}

#[test]
fn markdown_json_and_source_forms() {
    let env = TestEnv::new();
    let id = env.import_seed();
    env.run(&["show", &id, "--markdown"])
        .success()
        .stdout_has(&format!("# {HEADLINE}\n"));
    let json = env.run(&["show", &id, "--json"]).success();
    let article: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(article["id"], id.as_str());
    let source = env.run(&["show", &id, "--source"]).output();
    let original = std::fs::read_to_string(SEED).expect("seed");
    assert_eq!(
        source.stdout, original,
        "--source is the original, byte for byte"
    );
    env.run(&["show", &id, "--json", "--source"]).code(2);
}

#[test]
fn escape_sequences_in_articles_never_reach_the_terminal() {
    let env = TestEnv::new();
    let id = env.import_seed();
    // A hand-edited (or hostile) article file with terminal escapes.
    let path = env.store().join(format!("articles/{}/{id}.json", &id[..2]));
    let mut article: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("JSON");
    article["headline"] = "Clear \u{1b}[2J screen \u{1b}]0;title\u{7}".into();
    article["body"][0] = "Bell \u{7} and \u{9b}31m CSI".into();
    std::fs::write(&path, serde_json::to_vec(&article).expect("JSON")).expect("write");
    for args in [
        vec!["show", id.as_str()],
        vec!["list"],
        vec!["search", "bell"],
    ] {
        let out = env.run(&args).output();
        assert!(
            !out.stdout.contains(['\x1b', '\x07', '\u{9b}']),
            "{args:?}: {:?}",
            out.stdout
        );
    }
}

#[test]
fn unknown_ids_say_what_to_do_next() {
    let env = TestEnv::new();
    env.import_seed();
    env.run(&["show", "0000"])
        .code(2)
        .stderr_has("no article matches \"0000\"")
        .stderr_has("newsarc list");
}
