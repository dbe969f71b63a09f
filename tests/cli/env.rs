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

    /// `newsarc --store <tmp> ARGS…` on a pseudo-terminal (through
    /// util-linux `script`), so stdout and stderr are both a terminal.
    /// `envs` are set for newsarc; the terminal reports no size, so
    /// `COLUMNS`/`LINES` in `envs` give it one. The transcript (stdout and
    /// stderr together, `\r\n` line ends) is in `stdout`.
    pub fn run_tty(&self, args: &[&str], envs: &[(&str, &str)]) -> Outcome {
        let mut line = vec![quote(env!("CARGO_BIN_EXE_newsarc")), "--store".into()];
        line.push(quote(&self.store().display().to_string()));
        line.extend(args.iter().map(|a| quote(a)));
        let mut cmd = Command::new("script");
        cmd.args(["-qefc", &line.join(" "), "/dev/null"]);
        cmd.env_remove("NEWSARC_STORE")
            .env_remove("NO_COLOR")
            .env_remove("PAGER")
            .env_remove("COLUMNS")
            .env_remove("LINES");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        Run { cmd, stdin: None }.output()
    }

    /// A path inside the temp dir (not created).
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Imports `n` distinct small articles (the seed text with a numbered
    /// headline with the word `marker000N`) and returns their ids.
    pub fn import_many(&self, n: usize) -> Vec<String> {
        let seed = fs::read_to_string(SEED).expect("seed");
        for i in 0..n {
            self.write(
                &format!("many/{i:04}.txt"),
                format!("Story marker{i:04} about the talks\n\n{seed}"),
            );
        }
        let dir = self.dir.path().join("inputs/many");
        let out = self
            .run(&["import", "--json", &dir.display().to_string()])
            .success();
        out.json_lines()
            .iter()
            .map(|r| r["id"].as_str().expect("id").to_string())
            .collect()
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

/// Single-quotes a word for `sh`.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
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
    pub cmd: Command,
    stdin: Option<Vec<u8>>,
}

pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn env(mut self, key: &str, value: &str) -> Run {
        self.cmd.env(key, value);
        self
    }

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
