//! Command-line interface: global flags become one [`Ctx`], then one match
//! dispatches to the subcommand's own module.

mod batch;
mod check;
mod completions;
mod delete;
mod explain;
mod export;
mod fetch;
mod filter;
mod import;
mod input;
mod list;
pub mod output;
mod pager;
mod parse;
mod quotes;
mod reindex;
mod render;
mod reparse;
mod search;
mod show;
mod stats;
mod tag;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

use newsarc::archive::{Archive, Notice};
use newsarc::error::{ImportError, StoreError};
use output::{ColorChoice, Output, TermEnv};

/// Archive, search and read news articles from the terminal, offline.
#[derive(Debug, Parser)]
#[command(
    name = "newsarc",
    version,
    about,
    max_term_width = 100,
    arg_required_else_help = true,
    after_help = "\
Examples:
  newsarc import saved-pages/ --tag syria   # files, directories, URLs, - for stdin
  newsarc list -n 20                        # newest first
  newsarc search lavrov ceasefire           # ranked, every word must match
  newsarc show 3f2a                         # read one (any unique id prefix)
  newsarc export --format html -o site/     # a static site to open in a browser

Run `newsarc help COMMAND` for a command's flags and examples."
)]
struct Cli {
    /// Store directory [default: $XDG_DATA_HOME/newsarc or ~/.local/share/newsarc]
    #[arg(long, global = true, env = "NEWSARC_STORE", value_name = "DIR")]
    store: Option<PathBuf>,

    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,

    /// Print only errors: no per-item result lines, summaries or progress bars
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
    Tag(tag::Args),
    Export(export::Args),
    Stats(stats::Args),
    Reparse(reparse::Args),
    Delete(delete::Args),
    Reindex(reindex::Args),
    Check(check::Args),
    Completions(completions::CompletionsArgs),
    Man(completions::ManArgs),
    Quotes(quotes::Args),
}

/// Everything a command needs to know about how it was invoked.
pub struct Ctx {
    pub archive: Archive,
    pub out: Output,
    pub quiet: bool,
    pub verbose: bool,
    /// The pager command line (`$PAGER`, else `less -R`); `None` when
    /// `$PAGER` is set but empty, which turns paging off.
    pub pager: Option<String>,
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
    match &cli.command {
        Command::Completions(args) => return completions::completions(args, Cli::command()),
        Command::Man(args) => return completions::man(args, Cli::command()),
        _ => {}
    }
    let out = Output::detect(cli.color, &term_env());
    let mut archive = Archive::open(store_dir(cli.store)?);
    if out.stderr_tty && !cli.quiet {
        archive = archive.with_progress(output::rebuild_bar());
    }
    let ctx = Ctx {
        archive,
        out,
        quiet: cli.quiet,
        verbose: cli.verbose,
        pager: pager_env(),
    };
    match &cli.command {
        Command::Import(args) => import::run(args, &ctx),
        Command::Parse(args) => parse::run(args, &ctx),
        Command::List(args) => list::run(args, &ctx),
        Command::Show(args) => show::run(args, &ctx),
        Command::Search(args) => search::run(args, &ctx),
        Command::Tag(args) => tag::run(args, &ctx),
        Command::Export(args) => export::run(args, &ctx),
        Command::Stats(args) => stats::run(args, &ctx),
        Command::Reparse(args) => reparse::run(args, &ctx),
        Command::Delete(args) => delete::run(args, &ctx),
        Command::Reindex(args) => reindex::run(args, &ctx),
        Command::Check(args) => check::run(args, &ctx),
        Command::Completions(_) | Command::Man(_) => Ok(Status::Success),
        Command::Quotes(args) => quotes::run(args, &ctx),
    }
}

/// The clap command, for help printed outside clap's own parsing.
fn command() -> clap::Command {
    Cli::command()
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

/// What the environment says about the terminal.
fn term_env() -> TermEnv {
    let number = |name| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|&n| n > 0)
    };
    TermEnv {
        no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        columns: number("COLUMNS"),
        lines: number("LINES"),
    }
}

/// `$PAGER`, else `less -R`; set but empty means no pager (as in git).
fn pager_env() -> Option<String> {
    match std::env::var("PAGER") {
        Ok(p) if p.trim().is_empty() => None,
        Ok(p) => Some(p),
        Err(_) => Some(pager::DEFAULT_PAGER.to_string()),
    }
}

/// What to do next after an error, when there is something to suggest.
pub fn hint(err: &anyhow::Error) -> Option<&'static str> {
    let store_err = err.chain().find_map(|e| {
        e.downcast_ref::<StoreError>()
            .or_else(|| match e.downcast_ref::<ImportError>() {
                Some(ImportError::Store(s)) => Some(s),
                _ => None,
            })
    })?;
    match store_err {
        StoreError::NotFound(_) | StoreError::InvalidId(_) => {
            Some("`newsarc list` or `newsarc search WORDS` shows the ids in the archive")
        }
        StoreError::Ambiguous { .. } => Some("type more characters of the id"),
        StoreError::Version { .. } => Some("install a newer newsarc to use this store"),
        StoreError::Damaged { .. } => {
            Some("fix or remove the damaged file; the rest of the archive is fine")
        }
        _ => None,
    }
}

/// Every readable article; a damaged file is reported on stderr with its
/// path and skipped.
fn load_articles(ctx: &Ctx) -> anyhow::Result<Vec<newsarc::article::Article>> {
    let mut articles = Vec::new();
    for result in ctx.archive.store().articles()? {
        match result {
            Ok(article) => articles.push(article),
            Err(err) => eprintln!("newsarc: warning: {err}"),
        }
    }
    Ok(articles)
}

/// The search index, rebuilt first if needed (which is said on stderr).
fn open_index(ctx: &Ctx) -> anyhow::Result<newsarc::index::Index> {
    let (index, rebuilt) = ctx.archive.index()?;
    if let Some(rebuilt) = rebuilt {
        report_notices(vec![Notice::Rebuilt(rebuilt)]);
    }
    Ok(index)
}

/// Ids of every article matching a search query, from the index.
fn matching_ids(
    ctx: &Ctx,
    query: &str,
) -> anyhow::Result<std::collections::HashSet<newsarc::article::ArticleId>> {
    let query = newsarc::search::Query::parse(query)?;
    let index = open_index(ctx)?;
    let all = usize::try_from(index.len()).unwrap_or(usize::MAX);
    let mut found = index.search(
        &query,
        &newsarc::search::Filter::default(),
        newsarc::search::Sort::Relevance,
        all,
    )?;
    report_found(&mut found);
    Ok(found.items.into_iter().map(|h| h.summary.id).collect())
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

/// What answering a search or list met: an index rebuilt because files
/// were changed by hand, and article files it had to skip.
fn report_found<T>(found: &mut newsarc::index::Found<T>) {
    if let Some(rebuilt) = found.rebuilt.take() {
        report_notices(vec![Notice::Rebuilt(rebuilt)]);
    }
    report_skipped(&found.skipped);
}

/// Article files skipped because they could not be read, each with its path.
fn report_skipped(skipped: &[newsarc::error::StoreError]) {
    for err in skipped {
        eprintln!("newsarc: warning: {err}");
    }
}
