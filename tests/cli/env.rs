//! `TestEnv`: a temporary store plus the real `newsarc` binary, with fluent
//! assertions on exit code, stdout and stderr.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub const SEED: &str = "fixtures/text/seed-aleppo/input.txt";

pub struct TestEnv {
    dir: tempfile::TempDir,
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn store(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    /// Writes a file in the temp dir (not in the store) and returns its path.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join("inputs").join(name);
        fs::create_dir_all(path.parent().expect("has parent")).expect("mkdir");
        fs::write(&path, bytes).expect("write input");
        path
    }

    /// `newsarc --store <tmp> ARGS…`
    pub fn run(&self, args: &[&str]) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsarc"));
        cmd.arg("--store").arg(self.store()).args(args);
        cmd.env_remove("NEWSARC_STORE").env_remove("NO_COLOR");
        Run { cmd, stdin: None }
    }

    /// Imports the seed article and returns its id.
    pub fn import_seed(&self) -> String {
        let out = self.run(&["import", "--json", SEED]).success();
        let report: serde_json::Value =
            serde_json::from_str(out.stdout.trim()).expect("import --json is JSON");
        report["id"].as_str().expect("id").to_string()
    }

    /// Every file under the store, relative, sorted: to check nothing changed.
    pub fn store_files(&self) -> Vec<String> {
        let mut files = Vec::new();
        collect(&self.store(), &self.store(), &mut files);
        files.sort();
        files
    }
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out);
        } else if path.file_name().is_some_and(|n| n != "lock") {
            out.push(
                path.strip_prefix(root)
                    .expect("under root")
                    .display()
                    .to_string(),
            );
        }
    }
}

pub struct Run {
    cmd: Command,
    stdin: Option<Vec<u8>>,
}

pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Run {
        self.stdin = Some(bytes.into());
        self
    }

    pub fn output(mut self) -> Outcome {
        self.cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        self.cmd.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        let mut child = self.cmd.spawn().expect("spawn newsarc");
        if let Some(bytes) = self.stdin.take() {
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(&bytes)
                .expect("write stdin");
        }
        let out = child.wait_with_output().expect("wait newsarc");
        Outcome {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    #[track_caller]
    pub fn success(self) -> Outcome {
        self.code(0)
    }

    #[track_caller]
    pub fn code(self, want: i32) -> Outcome {
        let out = self.output();
        assert_eq!(
            out.code, want,
            "exit code {} (wanted {want})\nstdout:\n{}\nstderr:\n{}",
            out.code, out.stdout, out.stderr
        );
        out
    }
}

impl Outcome {
    #[track_caller]
    pub fn stdout_has(self, needle: &str) -> Outcome {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}:\n{}",
            self.stdout
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(self, needle: &str) -> Outcome {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
        self
    }

    /// Each stdout line parsed as JSON.
    #[track_caller]
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
            .collect()
    }
}
