//! `newsarc completions SHELL` and `newsarc man`: generated from the clap
//! definition, so they always match the flags.

use std::io::Write;

use super::Status;

/// Print a shell completion script
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  newsarc completions bash > ~/.local/share/bash-completion/completions/newsarc
  newsarc completions zsh > ~/.zfunc/_newsarc      # with fpath+=~/.zfunc
  newsarc completions fish > ~/.config/fish/completions/newsarc.fish")]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// Print the man page (roff) to stdout
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  newsarc man | man -l -
  newsarc man show | man -l -
  newsarc man > ~/.local/share/man/man1/newsarc.1
  for c in import list show search; do newsarc man $c > newsarc-$c.1; done")]
pub struct ManArgs {
    /// The page of one command (newsarc-COMMAND(1)) instead of newsarc(1)
    #[arg(value_name = "COMMAND")]
    command: Option<String>,
}

/// Sections of newsarc(1) that clap does not know about.
const MAN_EXTRA: &str = "\
.SH ENVIRONMENT
.TP
\\fBNEWSARC_STORE\\fR
The store directory, when --store is not given.
.TP
\\fBXDG_DATA_HOME\\fR
The store defaults to $XDG_DATA_HOME/newsarc (else ~/.local/share/newsarc).
.TP
\\fBPAGER\\fR
The pager for long articles in show (default: less -R); set but empty turns paging off.
.TP
\\fBNO_COLOR\\fR
When set and not empty, --color auto never colours.
.TP
\\fBCOLUMNS\\fR, \\fBLINES\\fR
The terminal size, when the terminal does not report one.
.SH EXIT STATUS
0 success; 1 a search or filtered list matched nothing; 2 an error (a failed
input, an unknown id, a usage error). A closed pipe (newsarc list | head) exits 0.
.SH FILES
.TP
\\fI<store>/articles/\\fR
One JSON file per article: the archive.
.TP
\\fI<store>/sources/\\fR
The original input bytes of each article.
";

pub fn completions(args: &CompletionsArgs, mut cmd: clap::Command) -> anyhow::Result<Status> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "newsarc", &mut out);
    write_stdout(&out)
}

/// newsarc(1), or newsarc-COMMAND(1): clap's sections, then the examples
/// kept line for line (clap_mangen would refill them), then, for the main
/// page, the environment, exit status and files.
pub fn man(args: &ManArgs, mut cmd: clap::Command) -> anyhow::Result<Status> {
    cmd.build();
    let page = match &args.command {
        None => cmd,
        Some(name) => match cmd.find_subcommand(name) {
            Some(sub) => sub.clone(),
            None => anyhow::bail!("no command {name:?}: `newsarc --help` lists the commands"),
        },
    };
    let man = clap_mangen::Man::new(page.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    if page.has_subcommands() {
        man.render_subcommands_section(&mut out)?;
    }
    if let Some(after) = page.get_after_help() {
        out.extend_from_slice(b".SH EXAMPLES\n.nf\n");
        out.extend_from_slice(roff_literal(&after.to_string()).as_bytes());
        out.extend_from_slice(b".fi\n");
    }
    if args.command.is_none() {
        out.extend_from_slice(MAN_EXTRA.as_bytes());
    }
    if page.get_version().is_some() {
        man.render_version_section(&mut out)?;
    }
    write_stdout(&out)
}

/// Text as roff shows it literally: backslashes escaped, and a line that
/// starts with `.` or `'` kept from being read as a request. "Examples:"
/// headings are dropped, the section title says it.
fn roff_literal(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines().filter(|l| l.trim() != "Examples:") {
        let line = line.replace('\\', "\\e");
        if line.starts_with(['.', '\'']) {
            out.push_str("\\&");
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn write_stdout(bytes: &[u8]) -> anyhow::Result<Status> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()?;
    Ok(Status::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roff_literal_escapes_requests_and_backslashes() {
        assert_eq!(
            roff_literal("Examples:\n  a \\ b\n.x\n'y"),
            "  a \\e b\n\\&.x\n\\&'y\n"
        );
    }
}
