//! How data reaches the user: colour choice, terminal width, escaping of
//! untrusted text, and the quiet exit on a broken pipe.

use std::io::{self, IsTerminal};
use std::sync::{Arc, Mutex};

use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsarc::store::{Progress, ProgressFn};

/// `--color`: when to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when the stream is a terminal and NO_COLOR is unset or empty.
    Auto,
    /// Colour even on a pipe (e.g. into `less -R`).
    Always,
    /// Never colour.
    Never,
}

/// Widest a reading view gets, even on a wide terminal: long lines are hard
/// to read.
pub const MAX_READING_WIDTH: usize = 100;

/// Width assumed when stdout is a terminal of unknown size (a pseudo-terminal
/// with no window size) and `COLUMNS` is unset: the classic terminal.
const FALLBACK_COLUMNS: usize = 80;

/// Height assumed when the terminal's size is unknown and `LINES` is unset.
const FALLBACK_LINES: usize = 24;

/// What the environment says about the terminal, read once in `cli::run`
/// so nothing later looks at environment variables.
#[derive(Debug, Clone, Default)]
pub struct TermEnv {
    /// `NO_COLOR` is set and not empty.
    pub no_color: bool,
    /// `COLUMNS`, used when the terminal does not report its size.
    pub columns: Option<usize>,
    /// `LINES`, used when the terminal does not report its size.
    pub lines: Option<usize>,
}

/// What the commands know about stdout and stderr.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub color: bool,
    /// Terminal width in columns, `None` when stdout is not a terminal.
    pub width: Option<usize>,
    /// Terminal height in lines, `None` when stdout is not a terminal.
    pub height: Option<usize>,
    /// stderr is a terminal: progress bars may be drawn there.
    pub stderr_tty: bool,
}

impl Output {
    pub fn detect(choice: ColorChoice, env: &TermEnv) -> Output {
        let tty = io::stdout().is_terminal();
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && !env.no_color,
        };
        let size =
            terminal_size::terminal_size().map(|(w, h)| (usize::from(w.0), usize::from(h.0)));
        let width = tty.then(|| {
            size.map(|(w, _)| w)
                .or(env.columns)
                .unwrap_or(FALLBACK_COLUMNS)
        });
        let height = tty.then(|| size.map(|(_, h)| h).or(env.lines).unwrap_or(FALLBACK_LINES));
        Output {
            color,
            width,
            height,
            stderr_tty: io::stderr().is_terminal(),
        }
    }

    /// Italic text when colour is on.
    pub fn italic(&self, s: &str) -> String {
        self.paint(s, "3")
    }

    /// Bold text when colour is on.
    pub fn bold(&self, s: &str) -> String {
        self.paint(s, "1")
    }

    /// Dim text when colour is on.
    pub fn dim(&self, s: &str) -> String {
        self.paint(s, "2")
    }

    /// Bold red-ish highlight for matches when colour is on.
    pub fn highlight(&self, s: &str) -> String {
        self.paint(s, "1;31")
    }

    fn paint(&self, s: &str, sgr: &str) -> String {
        if self.color {
            format!("\x1b[{sgr}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// Inputs from which on a progress bar is drawn (on a terminal): a single
/// input reports itself when done, a batch needs to show it is moving.
pub const BULK_ITEMS: usize = 2;

/// A bar on stderr for bulk work (`len` items), only when stderr is a
/// terminal (so logs and pipes never get control characters) and not
/// with `-q`.
pub fn progress_bar(len: usize, ctx: &super::Ctx) -> Option<ProgressBar> {
    if !ctx.out.stderr_tty || ctx.quiet || len < BULK_ITEMS {
        return None;
    }
    styled_bar(len)
}

fn styled_bar(len: usize) -> Option<ProgressBar> {
    let style = ProgressStyle::with_template("{bar:30} {pos}/{len} {elapsed} {wide_msg}")
        .ok()?
        .progress_chars("█▉▊▋▌▍▎▏ ");
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    bar.set_style(style);
    Some(bar)
}

/// Articles from which an index rebuild gets a bar: fewer are read in
/// under a tenth of a second.
const REBUILD_BAR_MIN: usize = 1000;

/// Draws an index rebuild's progress (any command that reads the index
/// may start one, and at 100,000 articles it takes seconds) as a bar,
/// cleared when the rebuild ends; its result is told as a notice after.
/// For a terminal only, like [`progress_bar`].
pub fn rebuild_bar() -> ProgressFn {
    let bar: Mutex<Option<ProgressBar>> = Mutex::new(None);
    Arc::new(move |progress: Progress| {
        let Ok(mut bar) = bar.lock() else { return };
        if progress.done == progress.total {
            if let Some(bar) = bar.take() {
                bar.finish_and_clear();
            }
        } else if progress.total >= REBUILD_BAR_MIN {
            if bar.is_none() {
                *bar = styled_bar(progress.total);
                if let Some(bar) = bar.as_ref() {
                    bar.set_message("rebuilding the search index");
                }
            }
            if let Some(bar) = bar.as_ref() {
                bar.set_position(progress.done as u64);
            }
        }
    })
}

/// "1 article", "3 articles": a count with its noun (English plural in -s).
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Replaces control characters (escape sequences included) in text from
/// the web before it reaches a terminal.
pub fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// True when the error chain holds a broken pipe: the reader went away
/// (`newsarc list | head`), which is not an error.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        let kind = e
            .downcast_ref::<io::Error>()
            .map(io::Error::kind)
            .or_else(|| e.downcast_ref::<serde_json::Error>()?.io_error_kind());
        kind == Some(io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_neutralizes_escape_sequences() {
        assert_eq!(
            sanitize("a\x1b[31mb\u{7}c\nd"),
            "a\u{FFFD}[31mb\u{FFFD}c\nd"
        );
    }
}
