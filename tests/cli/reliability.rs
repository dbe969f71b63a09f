//! Issue 6: nothing lost, nothing corrupted — concurrent processes, kill -9
//! in the middle of an import, a full disk, a read-only store, damaged files.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::env::TestEnv;

/// Writes `n` distinct small articles under `inputs/<dir>/` and returns the
/// directory.
fn articles(env: &TestEnv, dir: &str, n: usize) -> PathBuf {
    for i in 0..n {
        let text = format!(
            "Council votes on budget number {i}\n\nThe city council met on Monday to vote on budget item {i}, \
             the mayor said.\n\nMembers debated the proposal for several hours before voting."
        );
        env.write(&format!("{dir}/article-{i:03}.txt"), text);
    }
    env.store().parent().expect("tmp").join("inputs").join(dir)
}

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsarc"));
    cmd.env_remove("NEWSARC_STORE");
    cmd
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn six_parallel_imports_store_every_article_exactly_once() {
    let env = TestEnv::new();
    let dir = articles(&env, "many", 40);
    let store = env.store();
    let mut children: Vec<_> = (0..6)
        .map(|k| {
            // Overlapping halves: each process imports 20 files starting at 5·k.
            let files: Vec<String> = (0..20)
                .map(|i| {
                    path_str(&dir.join(format!("article-{:03}.txt", (5 * k + i) % 40))).to_string()
                })
                .collect();
            bin()
                .arg("--store")
                .arg(&store)
                .arg("-q")
                .arg("import")
                .args(&files)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn import")
        })
        .collect();
    // Readers run while the writers work; they must never fail.
    for _ in 0..5 {
        for args in [vec!["list", "--json"], vec!["search", "council"]] {
            let out = bin()
                .arg("--store")
                .arg(&store)
                .args(&args)
                .output()
                .expect("reader");
            assert!(
                matches!(out.status.code(), Some(0 | 1)),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            for line in String::from_utf8_lossy(&out.stdout)
                .lines()
                .filter(|_| args[0] == "list")
            {
                serde_json::from_str::<serde_json::Value>(line).expect("a reader saw partial JSON");
            }
        }
    }
    for child in children.iter_mut() {
        let status = child.wait().expect("wait import");
        assert!(status.success(), "an import failed");
    }
    let covered: std::collections::HashSet<usize> = (0..6)
        .flat_map(|k| (0..20).map(move |i| (5 * k + i) % 40))
        .collect();
    let listed = env.run(&["list", "--json"]).success().json_lines();
    assert_eq!(listed.len(), covered.len());
    env.run(&["check"]).success();
    assert_eq!(
        env.run(&["search", "council", "-n", "100", "--json"])
            .success()
            .json_lines()
            .len(),
        covered.len()
    );
}

#[test]
fn kill_9_during_import_never_leaves_a_damaged_article() {
    let env = TestEnv::new();
    let dir = articles(&env, "bulk", 150);
    let store = env.store();
    for round in 0..8u64 {
        let mut child = bin()
            .arg("--store")
            .arg(&store)
            .arg("-q")
            .arg("import")
            .arg(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn import");
        std::thread::sleep(Duration::from_millis(5 + round * 7));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        // Every listed article can be shown; nothing is damaged.
        for entry in env.run(&["list", "--json"]).success().json_lines() {
            let id = entry["id"].as_str().expect("id");
            env.run(&["show", id, "--json"]).success();
        }
        let report = env.run(&["check"]).output();
        assert!(
            !report.stdout.contains("damaged"),
            "round {round}: {}",
            report.stdout
        );
    }
    // Re-running the import completes it; repair clears unfinished writes.
    env.run(&["-q", "import", path_str(&dir)]).success();
    env.run(&["check", "--repair"]).success();
    env.run(&["check"]).success();
    assert_eq!(
        env.run(&["list", "--json"]).success().json_lines().len(),
        150
    );
}

#[test]
fn check_reports_damage_and_repair_quarantines_it() {
    let env = TestEnv::new();
    let id = env.import_seed();
    env.write("other.txt", "Other headline\n\nAnother article.");
    let other = env.store().parent().expect("tmp").join("inputs/other.txt");
    env.run(&["import", path_str(&other)]).success();
    env.run(&["check"]).success();
    let file = env.store().join(format!("articles/{}/{id}.json", &id[..2]));
    std::fs::write(&file, b"{\"hand\": \"edited\"}").expect("edit");
    env.run(&["check"])
        .code(2)
        .stdout_has(&format!("{id}.json"));
    env.run(&["import", path_str(&other)]).success();
    env.run(&["import", crate::env::SEED])
        .code(2)
        .stderr_has(&format!("{id}.json"));
    env.run(&["check", "--repair"])
        .success()
        .stdout_has("quarantined");
    env.run(&["check"]).success();
    assert!(
        env.store()
            .join(format!("quarantine/articles/{}/{id}.json", &id[..2]))
            .exists()
    );
    assert_eq!(env.run(&["list", "--json"]).success().json_lines().len(), 1);
}

#[test]
fn check_counts_in_singular_and_plural() {
    let env = TestEnv::new();
    env.import_seed();
    env.run(&["check"])
        .success()
        .stderr_has("1 article intact, 0 problems");
    two_articles(&env);
    env.run(&["check"])
        .success()
        .stderr_has("2 articles intact, 0 problems");
}

/// Two imported articles, the index committed: the seed's id and the
/// path of its article file.
fn two_articles(env: &TestEnv) -> (String, PathBuf) {
    let id = env.import_seed();
    let other = env.write("other.txt", "Other headline\n\nAnother article.");
    env.run(&["import", path_str(&other)]).success();
    env.run(&["check"]).success();
    let file = env.store().join(format!("articles/{}/{id}.json", &id[..2]));
    (id, file)
}

#[test]
fn check_reports_an_index_entry_whose_file_was_deleted() {
    let env = TestEnv::new();
    let (id, file) = two_articles(&env);
    std::fs::remove_file(&file).expect("delete");
    env.run(&["check"]).code(2).stdout_has(&format!(
        "{id}.json: in the search index, but the file is gone"
    ));
    env.run(&["check", "--repair"])
        .success()
        .stdout_has("search index rebuilt");
    env.run(&["check"]).success();
    assert_eq!(env.run(&["list", "--json"]).success().json_lines().len(), 1);
}

#[test]
fn check_reports_an_article_edited_by_hand_and_repair_reindexes_it() {
    let env = TestEnv::new();
    let (id, file) = two_articles(&env);
    let text = std::fs::read_to_string(&file).expect("read");
    let mut article: serde_json::Value = serde_json::from_str(&text).expect("json");
    article["headline"] = "Handedited zanzibar headline".into();
    // Past the filesystem's timestamp granularity, so the edit shows.
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(&file, serde_json::to_vec_pretty(&article).expect("json")).expect("edit");
    env.run(&["check"])
        .code(2)
        .stdout_has(&format!("{id}.json: article changed since it was indexed"));
    env.run(&["check", "--repair"]).success();
    env.run(&["check"]).success();
    env.run(&["search", "zanzibar"]).success().stdout_has(&id);
}

#[test]
fn check_reports_a_missing_index_and_repair_rebuilds_it() {
    let env = TestEnv::new();
    two_articles(&env);
    std::fs::remove_dir_all(env.store().join("index")).expect("delete index");
    env.run(&["check"])
        .code(2)
        .stdout_has("search index unusable: it was missing");
    env.run(&["check", "--repair"])
        .success()
        .stdout_has("(2 articles)");
    env.run(&["check"]).success();
}

#[test]
fn tampered_original_is_detected() {
    let env = TestEnv::new();
    let id = env.import_seed();
    let source = env.store().join(format!("sources/{}/{id}", &id[..2]));
    std::fs::write(&source, b"something else").expect("tamper");
    env.run(&["check"])
        .code(2)
        .stdout_has("no longer matches its sha256")
        .stdout_has(&id);
}

/// A tmpfs of `size` mounted for the test; `None` (and the test skips)
/// where mounting is not allowed.
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(dir: &Path, size: &str) -> Option<Mount> {
        std::fs::create_dir_all(dir).ok()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!("skipping: cannot mount a tmpfs here (needs root)");
        }
        ok.then(|| Mount(dir.to_path_buf()))
    }

    fn read_only(&self) -> bool {
        Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

#[test]
fn full_disk_fails_clearly_and_keeps_earlier_articles() {
    let env = TestEnv::new();
    let Some(_mount) = Mount::tmpfs(&env.store(), "256k") else {
        return;
    };
    let id = env.import_seed();
    let big = env.write(
        "big.txt",
        format!("Big headline\n\n{}", "word ".repeat(200_000)),
    );
    env.run(&["import", path_str(&big)])
        .code(2)
        .stderr_has("No space left on device");
    env.run(&["show", &id, "--json"]).success();
    env.run(&["check", "--repair"]).success();
    env.run(&["check"]).success();
}

#[test]
fn read_only_store_reads_but_refuses_writes_clearly() {
    let env = TestEnv::new();
    let Some(mount) = Mount::tmpfs(&env.store(), "4m") else {
        return;
    };
    let id = env.import_seed();
    if !mount.read_only() {
        eprintln!("skipping: cannot remount read-only");
        return;
    }
    env.run(&["list"]).success().stdout_has(&id);
    env.run(&["search", "aleppo"]).success();
    env.run(&["show", &id]).success();
    let other = env.write("other.txt", "Other headline\n\nAnother article.");
    env.run(&["import", path_str(&other)])
        .code(2)
        .stderr_has("Read-only file system");
}

/// A batch once held two open files per article until its sync: past the
/// usual soft limit of 1,024 descriptors, imports failed with "Too many
/// open files". Under a small limit every article must still be stored.
#[test]
fn a_low_file_descriptor_limit_loses_no_article() {
    let env = TestEnv::new();
    let dir = articles(&env, "many", 300);
    let script = "ulimit -n 64 && exec \"$0\" --store \"$1\" -q import \"$2\"";
    let out = Command::new("sh")
        .args(["-c", script, env!("CARGO_BIN_EXE_newsarc")])
        .arg(env.store())
        .arg(&dir)
        .env_remove("NEWSARC_STORE")
        .output()
        .expect("run sh");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "import failed: {stderr}");
    assert_eq!(
        env.run(&["list", "--json", "-n", "1000"])
            .success()
            .json_lines()
            .len(),
        300
    );
}
