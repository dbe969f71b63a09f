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
  newsarc man > ~/.local/share/man/man1/newsarc.1")]
pub struct ManArgs {}

pub fn completions(args: &CompletionsArgs, mut cmd: clap::Command) -> anyhow::Result<Status> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "newsarc", &mut out);
    write_stdout(&out)
}

pub fn man(_args: &ManArgs, cmd: clap::Command) -> anyhow::Result<Status> {
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut out)?;
    write_stdout(&out)
}

fn write_stdout(bytes: &[u8]) -> anyhow::Result<Status> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()?;
    Ok(Status::Success)
}
