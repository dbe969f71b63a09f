//! Command-line interface: global flags become one [`Ctx`], then one match
//! dispatches to the subcommand's own module.

mod delete;
mod filter;
mod import;
mod input;
mod list;
pub mod output;
mod parse;
mod reindex;
mod render;
mod search;
mod show;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use newsarc::archive::{Archive, Notice};
use output::{ColorChoice, Output};

/// Archive, search and read news articles from the terminal, offline.
#[derive(Debug, Parser)]
#[command(name = "newsarc", version, about, max_term_width = 100)]
struct Cli {
    /// Store directory [default: $XDG_DATA_HOME/newsarc or ~/.local/share/newsarc]
    #[arg(long, global = true, env = "NEWSARC_STORE", value_name = "DIR")]
    store: Option<PathBuf>,

    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,

    /// Print no per-input result lines, only errors
    #[arg(short, long, global = true)]
    quiet: bool,

    /// Explain what the parser decided, on stderr
    #[arg(short, long, global = true)]
    verbose: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Import(import::Args),
    Parse(parse::Args),
    List(list::Args),
    Show(show::Args),
    Search(search::Args),
    Delete(delete::Args),
    Reindex(reindex::Args),
}

/// Everything a command needs to know about how it was invoked.
pub struct Ctx {
    pub archive: Archive,
    pub out: Output,
    pub quiet: bool,
    pub verbose: bool,
}

/// How a command ended, as grep reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Everything worked (exit 0).
    Success,
    /// A search or filtered list matched nothing (exit 1).
    NoMatch,
    /// Some input failed or an id was not found (exit 2).
    Error,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> ExitCode {
        ExitCode::from(match status {
            Status::Success => 0,
            Status::NoMatch => 1,
            Status::Error => 2,
        })
    }
}

pub fn run() -> anyhow::Result<Status> {
    let cli = Cli::parse();
    let ctx = Ctx {
        archive: Archive::open(store_dir(cli.store)?),
        out: Output::detect(cli.color, no_color_env()),
        quiet: cli.quiet,
        verbose: cli.verbose,
    };
    match &cli.command {
        Command::Import(args) => import::run(args, &ctx),
        Command::Parse(args) => parse::run(args, &ctx),
        Command::List(args) => list::run(args, &ctx),
        Command::Show(args) => show::run(args, &ctx),
        Command::Search(args) => search::run(args, &ctx),
        Command::Delete(args) => delete::run(args, &ctx),
        Command::Reindex(args) => reindex::run(args, &ctx),
    }
}

/// `--store`/`NEWSARC_STORE`, else the XDG data directory.
fn store_dir(flag: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    if let Some(dir) = flag.filter(|d| !d.as_os_str().is_empty()) {
        return Ok(dir);
    }
    let env_dir = |name| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(data) = env_dir("XDG_DATA_HOME").filter(|d| d.is_absolute()) {
        return Ok(data.join("newsarc"));
    }
    match env_dir("HOME") {
        Some(home) => Ok(home.join(".local/share/newsarc")),
        None => anyhow::bail!("no store directory: pass --store DIR or set NEWSARC_STORE"),
    }
}

fn no_color_env() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// The search index, rebuilt first if needed (which is said on stderr).
fn open_index(ctx: &Ctx) -> anyhow::Result<newsarc::index::Index> {
    let (index, rebuilt) = ctx.archive.index()?;
    if let Some(rebuilt) = rebuilt {
        report_notices(vec![Notice::Rebuilt(rebuilt)]);
    }
    Ok(index)
}

/// Warnings from a writer or a rebuild, on stderr.
fn report_notices(notices: Vec<Notice>) {
    for notice in notices {
        if let Notice::Rebuilt(rebuilt) = &notice {
            report_skipped(&rebuilt.skipped);
        }
        if notice.is_worth_telling() {
            eprintln!("newsarc: {notice}");
        }
    }
}

/// Article files skipped because they could not be read, each with its path.
fn report_skipped(skipped: &[newsarc::error::StoreError]) {
    for err in skipped {
        eprintln!("newsarc: warning: {err}");
    }
}
