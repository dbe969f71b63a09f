//! `newsarc stats`: what is in the archive, counted by site, author, tag
//! and month, and how much disk it takes.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::output::{count, sanitize};
use super::render::pad;
use super::{Ctx, Status};
use newsarc::article::Article;

/// Count articles by site, author, tag and month
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  newsarc stats
  newsarc stats -n 0            # every site, author, tag and month
  newsarc stats --json | jq '.by_site[0]'")]
pub struct Args {
    /// Show the N largest groups of each kind (0: all)
    #[arg(short = 'n', long, default_value_t = 10, value_name = "N")]
    limit: usize,

    /// Print one JSON document (every group, not only the first N)
    #[arg(long)]
    json: bool,
}

/// Everything `stats --json` prints.
#[derive(Debug, Serialize, PartialEq)]
struct Stats {
    articles: usize,
    words: u64,
    /// Bytes on disk under the store directory.
    store_bytes: u64,
    by_site: Vec<Count>,
    by_author: Vec<Count>,
    by_tag: Vec<Count>,
    /// `YYYY-MM` of the published date (else the import date), newest first.
    by_month: Vec<Count>,
}

/// How many articles share one value; `name` is `null` for "not known".
#[derive(Debug, Serialize, PartialEq)]
struct Count {
    name: Option<String>,
    count: usize,
}

pub fn run(args: &Args, ctx: &Ctx) -> anyhow::Result<Status> {
    let articles = super::load_articles(ctx)?;
    let stats = collect(&articles, dir_size(ctx.archive.store().root()));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        serde_json::to_writer(&mut out, &stats)?;
        writeln!(out)?;
    } else {
        write_human(&mut out, &stats, args.limit, ctx)?;
    }
    out.flush()?;
    Ok(Status::Success)
}

fn collect(articles: &[Article], store_bytes: u64) -> Stats {
    let mut sites = HashMap::new();
    let mut authors = HashMap::new();
    let mut tags = HashMap::new();
    let mut months = HashMap::new();
    for a in articles {
        *sites.entry(a.site_name.clone()).or_insert(0) += 1;
        if a.authors.is_empty() {
            *authors.entry(None).or_insert(0) += 1;
        }
        for author in &a.authors {
            *authors.entry(Some(author.name.clone())).or_insert(0) += 1;
        }
        for tag in &a.tags {
            *tags.entry(Some(tag.clone())).or_insert(0) += 1;
        }
        let month: String = a.sort_date().chars().take(7).collect();
        *months.entry(Some(month)).or_insert(0) += 1;
    }
    let mut by_month = counts(months);
    by_month.sort_by(|a, b| b.name.cmp(&a.name));
    Stats {
        articles: articles.len(),
        words: articles.iter().map(|a| u64::from(a.word_count)).sum(),
        store_bytes,
        by_site: counts(sites),
        by_author: counts(authors),
        by_tag: counts(tags),
        by_month,
    }
}

/// Groups, largest first, then by name; the unknown group last among equals.
fn counts(map: HashMap<Option<String>, usize>) -> Vec<Count> {
    let mut v: Vec<Count> = map
        .into_iter()
        .map(|(name, count)| Count { name, count })
        .collect();
    v.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.name.is_none().cmp(&b.name.is_none()))
            .then_with(|| a.name.cmp(&b.name))
    });
    v
}

/// Widest a group name is shown; longer names are cut with `…`.
const NAME_COLUMNS: usize = 32;

fn write_human(out: &mut impl Write, s: &Stats, limit: usize, ctx: &Ctx) -> std::io::Result<()> {
    writeln!(
        out,
        "{}, {}, {} on disk",
        count(s.articles, "article"),
        count(usize::try_from(s.words).unwrap_or(usize::MAX), "word"),
        human_size(s.store_bytes)
    )?;
    let limit = if limit == 0 { usize::MAX } else { limit };
    for (title, groups) in [
        ("By site", &s.by_site),
        ("By author", &s.by_author),
        ("By tag", &s.by_tag),
        ("By month", &s.by_month),
    ] {
        if groups.is_empty() {
            continue;
        }
        writeln!(out, "\n{}", ctx.out.bold(title))?;
        for c in groups.iter().take(limit) {
            let name = c
                .name
                .as_deref()
                .map_or_else(|| "(unknown)".to_string(), sanitize);
            writeln!(out, "  {}  {:>6}", pad(&name, NAME_COLUMNS), c.count)?;
        }
        if groups.len() > limit {
            writeln!(
                out,
                "  {}",
                ctx.out.dim(&format!("… and {} more", groups.len() - limit))
            )?;
        }
    }
    Ok(())
}

/// Bytes in binary units, one decimal: "12.3 MiB".
fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// Total size of the files under `dir` (0 when it does not exist);
/// symlinks are not followed.
fn dir_size(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => dir_size(&e.path()),
            Ok(t) if t.is_file() => e.metadata().map_or(0, |m| m.len()),
            _ => 0,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsarc::article::{Author, Format, SourceInfo, sha256_hex};

    fn article(seed: &str, site: Option<&str>, authors: &[&str], date: Option<&str>) -> Article {
        let mut a = Article::new(SourceInfo {
            location: seed.into(),
            format: Format::Text,
            sha256: sha256_hex(seed.as_bytes()),
            imported_at: "2026-11-28T10:00:00Z".into(),
        });
        a.site_name = site.map(str::to_string);
        a.authors = authors
            .iter()
            .map(|n| Author {
                name: n.to_string(),
                bio: None,
            })
            .collect();
        a.published = date.map(str::to_string);
        a.word_count = 10;
        a
    }

    #[test]
    fn counts_by_site_author_and_month() {
        let articles = [
            article("a", Some("BBC"), &["Ann", "Bob"], Some("2016-12-03")),
            article("b", Some("BBC"), &["Ann"], Some("2016-11-30")),
            article("c", None, &[], None),
        ];
        let s = collect(&articles, 2048);
        assert_eq!(s.articles, 3);
        assert_eq!(s.words, 30);
        let names = |v: &[Count]| {
            v.iter()
                .map(|c| (c.name.clone(), c.count))
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&s.by_site), [(Some("BBC".into()), 2), (None, 1)]);
        assert_eq!(
            names(&s.by_author),
            [(Some("Ann".into()), 2), (Some("Bob".into()), 1), (None, 1)]
        );
        assert_eq!(
            names(&s.by_month),
            [
                (Some("2026-11".into()), 1),
                (Some("2016-12".into()), 1),
                (Some("2016-11".into()), 1)
            ]
        );
    }

    #[test]
    fn sizes_read_like_du_h() {
        assert_eq!(human_size(0), "0 B");
        assert_eq!(human_size(1023), "1023 B");
        assert_eq!(human_size(1536), "1.5 KiB");
        assert_eq!(human_size(5 * 1024 * 1024), "5.0 MiB");
    }
}
