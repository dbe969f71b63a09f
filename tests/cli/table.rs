//! Issue 7: the `list` table on a terminal and on a pipe.

use unicode_width::UnicodeWidthStr;

use crate::env::TestEnv;

#[test]
fn piped_list_is_tab_separated_and_uncut() {
    let env = TestEnv::new();
    let ids = env.import_many(3);
    let out = env.run(&["list"]).success();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 3);
    for line in lines {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 4, "{line:?}");
        assert!(ids.iter().any(|id| id == fields[0]));
        assert_eq!(fields[1].len(), 10, "a YYYY-MM-DD date");
        assert!(!line.contains('…'));
        assert!(!line.contains('\x1b'));
    }
}

#[test]
fn terminal_list_is_aligned_and_fitted_with_an_ellipsis() {
    let env = TestEnv::new();
    for i in 0..4 {
        let headline = format!(
            "Headline {i} that is far too long to fit {}",
            "on one line ".repeat(8)
        );
        env.write(
            &format!("long/{i}.txt"),
            format!("{headline}\n\nBody text {i}.\n"),
        );
    }
    env.run(&["import", &env.path("inputs/long").display().to_string()])
        .success();
    let out = env.run_tty(&["list", "--color", "never"], &[("COLUMNS", "70")]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    let lines: Vec<&str> = out.stdout.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 4, "{lines:?}");
    for line in &lines {
        assert!(line.width() <= 70, "{line:?} is wider than the terminal");
        assert!(!line.contains('\t'));
        assert!(line.ends_with('…'), "headline cut to fit: {line:?}");
    }
    // Every column starts at the same place on every line.
    let starts = |l: &str| {
        l.match_indices("  ")
            .map(|(i, _)| i)
            .take(2)
            .collect::<Vec<_>>()
    };
    let first = starts(lines[0]);
    assert!(
        lines.iter().all(|l| starts(l)[..2] == first[..2]),
        "{lines:?}"
    );
}
