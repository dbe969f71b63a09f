//! `newsarc export`: all or selected articles as NDJSON (the default), one
//! JSON array, Markdown, or a static HTML site.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use chrono::{SecondsFormat, Utc};

use super::output::count;
use super::{Ctx, Status};
use newsarc::article::Article;
use newsarc::export::{html, markdown};

/// Export articles as NDJSON, a JSON array, Markdown or a static HTML site
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  newsarc export > archive.ndjson                  # everything, one article per line
  newsarc export 3f2a 9c1e --format markdown       # two articles as Markdown
  newsarc export --query aleppo --format json -o aleppo.json
  newsarc export --format markdown -o notes/       # one .md file per article
  newsarc export --format html -o site/            # then open site/index.html

Articles come newest first (or in the order the ids were given). NDJSON and
JSON hold the stored Article objects (schema 1), exactly as `show --json`.")]
pub struct Args {
    /// Article ids or unique prefixes; every article when none is given
    #[arg(value_name = "ID", conflicts_with = "query")]
    ids: Vec<String>,

    /// Only articles matching this search query
    #[arg(long, value_name = "QUERY")]
    query: Option<String>,

    /// Output format
    #[arg(long, value_enum, default_value_t = ExportFormat::Ndjson)]
    format: ExportFormat,

    /// Write to FILE, or into DIR (one file per article for markdown; the
    /// site for html, which needs it) instead of stdout
    #[arg(short, long, value_name = "FILE|DIR")]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ExportFormat {
    /// One Article JSON object per line
    Ndjson,
    /// One JSON array of articles
    Json,
    /// Markdown, with YAML front matter when written one file per article
    Markdown,
    /// A static site: index.html and one page per article
    Html,
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let (articles, mut status) = select(args, ctx)?;
    if articles.is_empty() && status == Status::Success {
        // Like grep: a query that matches nothing exits 1; an empty
        // archive exported whole is not a failure.
        if !ctx.quiet {
            eprintln!("newsarc: nothing to export");
        }
        return Ok(if args.query.is_some() {
            Status::NoMatch
        } else {
            Status::Success
        });
    }
    let into_dir = args
        .output
        .as_deref()
        .is_some_and(|p| p.is_dir() || p.as_os_str().to_string_lossy().ends_with('/'));
    match (args.format, &args.output) {
        (ExportFormat::Html, Some(dir)) => write_site(dir, &articles, ctx)?,
        (ExportFormat::Html, None) => {
            bail!("--format html writes a directory of pages: add -o DIR (e.g. -o site/)")
        }
        (ExportFormat::Markdown, Some(dir)) if into_dir => write_markdown_dir(dir, &articles, ctx)?,
        (_, Some(path)) if into_dir => bail!(
            "{} is a directory: give a file name, or use --format markdown or html to write one file per article",
            path.display()
        ),
        (format, Some(path)) => {
            let mut bytes = Vec::new();
            write_stream(&mut bytes, format, &articles)?;
            write_file(path, &bytes)?;
            if !ctx.quiet {
                eprintln!(
                    "exported {} to {}",
                    count(articles.len(), "article"),
                    path.display()
                );
            }
        }
        (format, None) => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            write_stream(&mut out, format, &articles)?;
            out.flush()?;
        }
    }
    if articles.is_empty() {
        status = Status::Error;
    }
    Ok(status)
}

/// The articles to export: the given ids in order, the query's matches, or
/// everything; newest first unless ids were given.
fn select(args: &Args, ctx: &Ctx) -> anyhow::Result<(Vec<Article>, Status)> {
    let store = ctx.archive.store();
    if !args.ids.is_empty() {
        let mut articles = Vec::new();
        let mut status = Status::Success;
        for prefix in &args.ids {
            match store.resolve(prefix).and_then(|id| store.get(&id)) {
                Ok(a) => articles.push(a),
                Err(err) => {
                    eprintln!("newsarc: {err}");
                    status = Status::Error;
                }
            }
        }
        return Ok((articles, status));
    }
    let mut articles = super::load_articles(ctx)?;
    if let Some(text) = &args.query {
        let wanted = super::matching_ids(ctx, text)?;
        articles.retain(|a| wanted.contains(&a.id));
    }
    articles.sort_by(|a, b| {
        b.sort_date()
            .cmp(a.sort_date())
            .then_with(|| a.id.cmp(&b.id))
    });
    Ok((articles, Status::Success))
}

fn write_stream(
    out: &mut impl Write,
    format: ExportFormat,
    articles: &[Article],
) -> anyhow::Result<()> {
    match format {
        ExportFormat::Ndjson => {
            for a in articles {
                serde_json::to_writer(&mut *out, a).context("encoding JSON")?;
                writeln!(out)?;
            }
        }
        ExportFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, articles).context("encoding JSON")?;
            writeln!(out)?;
        }
        ExportFormat::Markdown | ExportFormat::Html => {
            let opts = markdown::MarkdownOptions::default();
            for (i, a) in articles.iter().enumerate() {
                if i > 0 {
                    writeln!(out, "\n* * *\n")?;
                }
                out.write_all(markdown::markdown(a, opts).as_bytes())?;
            }
        }
    }
    Ok(())
}

fn write_markdown_dir(dir: &Path, articles: &[Article], ctx: &Ctx) -> anyhow::Result<()> {
    let opts = markdown::MarkdownOptions {
        front_matter: true,
        quotes: false,
    };
    for a in articles {
        let path = dir.join(format!("{}.md", a.id));
        write_file(&path, markdown::markdown(a, opts).as_bytes())?;
    }
    if !ctx.quiet {
        eprintln!(
            "exported {} to {}",
            count(articles.len(), "article"),
            dir.display()
        );
    }
    Ok(())
}

fn write_site(dir: &Path, articles: &[Article], ctx: &Ctx) -> anyhow::Result<()> {
    let now = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
    for file in html::site(articles, &now) {
        write_file(&dir.join(&file.path), file.contents.as_bytes())?;
    }
    if !ctx.quiet {
        eprintln!(
            "exported {} to {}; open {} in a browser",
            count(articles.len(), "article"),
            dir.display(),
            dir.join("index.html").display()
        );
    }
    Ok(())
}

/// Writes a file whole or not at all: a temporary file beside it, renamed
/// over it.
fn write_file(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(parent)
        .with_context(|| format!("writing in {}", parent.display()))?;
    tmp.write_all(bytes)
        .with_context(|| format!("writing {}", path.display()))?;
    tmp.persist(path)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}
