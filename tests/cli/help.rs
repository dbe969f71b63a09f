//! Issue 7: help with examples for every command, shell completions and
//! the man page.

use crate::env::TestEnv;

const COMMANDS: [&str; 13] = [
    "check",
    "import",
    "parse",
    "list",
    "show",
    "search",
    "tag",
    "export",
    "stats",
    "reparse",
    "delete",
    "completions",
    "man",
];

#[test]
fn every_command_has_help_with_examples() {
    let env = TestEnv::new();
    let top = env.run(&["--help"]).success();
    for cmd in COMMANDS {
        assert!(top.stdout.contains(cmd), "{cmd} missing from --help");
        env.run(&["help", cmd])
            .success()
            .stdout_has("Examples:")
            .stdout_has(&format!("newsarc {cmd}"));
    }
}

#[test]
fn no_arguments_prints_the_help() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_newsarc"))
        .output()
        .expect("run newsarc");
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains("Commands:") && text.contains("Examples:"),
        "{text}"
    );
}

#[test]
fn completions_for_every_shell() {
    let env = TestEnv::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = env.run(&["completions", shell]).success();
        assert!(out.stdout.contains("newsarc"), "{shell}");
        assert!(
            out.stdout.contains("export"),
            "{shell} completes subcommands"
        );
    }
    env.run(&["completions", "tcsh"]).code(2);
    assert!(env.store_files().is_empty(), "no store is created");
}

#[test]
fn man_page_is_roff() {
    let env = TestEnv::new();
    let out = env.run(&["man"]).success();
    assert!(
        out.stdout.starts_with(".ie") || out.stdout.contains(".TH newsarc"),
        "{}",
        &out.stdout[..200.min(out.stdout.len())]
    );
    assert!(out.stdout.contains(".TH newsarc"));
    assert!(out.stdout.contains("export"));
    assert!(out.stdout.contains(".SH ENVIRONMENT"));
    for cmd in COMMANDS {
        env.run(&["man", cmd])
            .success()
            .stdout_has(&format!(".TH newsarc-{cmd} 1"));
    }
    env.run(&["man", "show"])
        .success()
        .stdout_has(".SH EXAMPLES\n.nf\n");
    env.run(&["man", "frobnicate"])
        .code(2)
        .stderr_has("newsarc --help");
}
