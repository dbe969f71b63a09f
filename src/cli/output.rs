//! How data reaches the user: colour choice, terminal width, escaping of
//! untrusted text, and the quiet exit on a broken pipe.

use std::io::{self, IsTerminal};

use clap::ValueEnum;

/// `--color`: when to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when the stream is a terminal and NO_COLOR is unset or empty.
    Auto,
    Always,
    Never,
}

/// Widest a reading view gets, even on a wide terminal: long lines are hard
/// to read.
pub const MAX_READING_WIDTH: usize = 100;

/// What the commands know about stdout.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub color: bool,
    /// Terminal width in columns, `None` when stdout is not a terminal.
    pub width: Option<usize>,
}

impl Output {
    pub fn detect(choice: ColorChoice, no_color_env: bool) -> Output {
        let tty = io::stdout().is_terminal();
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && !no_color_env,
        };
        let width = tty
            .then(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
            .flatten();
        Output { color, width }
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
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
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
