//! Paging long output through `$PAGER` (default `less -R`), as git does.
//! The pager command is split into a program and its arguments here; no
//! shell ever sees it.

use std::io::{self, Write};
use std::process::{Command, Stdio};

/// Used when `$PAGER` is unset: `-R` lets our colours through.
pub const DEFAULT_PAGER: &str = "less -R";

/// Splits a command line into words the way a shell would for simple
/// cases: whitespace separates, single and double quotes group, a
/// backslash escapes the next character. Returns `None` for an empty
/// command or an unterminated quote.
pub fn split_command(line: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some('"') | None, '\\') => {
                word.push(chars.next()?);
                in_word = true;
            }
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if quote.is_some() {
        return None;
    }
    if in_word {
        words.push(word);
    }
    (!words.is_empty()).then_some(words)
}

/// Shows `text` through the pager `command`. On Unix newsarc *becomes*
/// the pager: the text goes into an anonymous temporary file that is the
/// pager's stdin, then the pager replaces this process. So Ctrl-C in the
/// pager cannot kill newsarc behind its back (the terminal is never left
/// to two programs), and the pager can seek in its input. Returns
/// `Ok(false)` when the pager cannot be started, so the caller prints
/// directly; on Unix it does not return otherwise.
#[cfg(unix)]
pub fn page(command: &[String], text: &[u8]) -> io::Result<bool> {
    use std::io::{Seek, SeekFrom};
    use std::os::unix::process::CommandExt;

    let Some((program, args)) = command.split_first() else {
        return Ok(false);
    };
    let mut file = tempfile::tempfile()?;
    file.write_all(text)?;
    file.seek(SeekFrom::Start(0))?;
    // `exec` only returns on failure (no such program, not executable).
    let _failure = Command::new(program)
        .args(args)
        .stdin(Stdio::from(file))
        .exec();
    Ok(false)
}

/// Shows `text` through the pager `command` and waits for it. Returns
/// `Ok(false)` when the pager cannot be started. Quitting the pager early
/// is not an error.
#[cfg(not(unix))]
pub fn page(command: &[String], text: &[u8]) -> io::Result<bool> {
    let Some((program, args)) = command.split_first() else {
        return Ok(false);
    };
    let Ok(mut child) = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .spawn()
    else {
        return Ok(false);
    };
    if let Some(mut stdin) = child.stdin.take() {
        match stdin.write_all(text) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e),
            _ => {}
        }
    }
    child.wait()?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_a_simple_shell() {
        let cases: [(&str, Option<&[&str]>); 7] = [
            ("less -R", Some(&["less", "-R"])),
            ("  most  ", Some(&["most"])),
            ("'/opt/my pager/bin' -x", Some(&["/opt/my pager/bin", "-x"])),
            ("less \"-P a b\"", Some(&["less", "-P a b"])),
            ("a\\ b c", Some(&["a b", "c"])),
            ("", None),
            ("less 'open", None),
        ];
        for (line, want) in cases {
            let want = want.map(|w| w.iter().map(|s| s.to_string()).collect::<Vec<_>>());
            assert_eq!(split_command(line), want, "{line:?}");
        }
    }

    #[test]
    fn shell_syntax_is_not_interpreted() {
        assert_eq!(
            split_command("less; rm -rf x"),
            Some(vec!["less;".into(), "rm".into(), "-rf".into(), "x".into()])
        );
    }
}
