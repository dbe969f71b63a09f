//! Times each stage of the raw-text parser over a folder of dumps, in one
//! thread, so a slow stage shows up without a profiler:
//!
//! ```sh
//! cargo run --release --example time_text_stages -- ../shared/bench/dev/wcxb/text/w3m
//! ```
//!
//! Each stage runs over every page in turn and is timed in CPU time of
//! this thread (Linux: /proc/thread-self/schedstat; wall time elsewhere),
//! so the figures hold on a busy machine.

use std::time::{Duration, Instant};

use chrono::Utc;
use newsarc::article::{Article, Format, SourceInfo};
use newsarc::parse::text::{MODEL, blocks, classify, dropped, features, meta};
use newsarc::parse::{Source, quotes, source};

/// CPU time of this thread so far, or wall time when it cannot be read.
fn cpu_now(start: Instant) -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map_or_else(|| start.elapsed(), Duration::from_nanos)
}

fn main() -> anyhow::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/bench/dev/wcxb/text/w3m".to_string());
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        files.push((path.display().to_string(), std::fs::read(&path)?));
    }
    files.sort();
    let epoch = Instant::now();
    let mut rows: Vec<(&str, Duration)> = Vec::new();
    let mut time = |name: &'static str, f: &mut dyn FnMut()| {
        let s = cpu_now(epoch);
        for _ in 0..rounds {
            f();
        }
        rows.push((name, cpu_now(epoch) - s));
    };
    let mut texts = Vec::new();
    time("decode", &mut || {
        texts = files
            .iter()
            .filter_map(|(_, b)| source::decode(b).ok())
            .collect();
    });
    let mut split = Vec::new();
    time("blocks", &mut || {
        split = texts.iter().map(|t| blocks::split(t)).collect();
    });
    let mut pages = Vec::new();
    time("features", &mut || {
        pages = split.iter().map(|b| features::page(b)).collect();
    });
    let mut picked = Vec::new();
    time("classify", &mut || {
        picked = pages
            .iter()
            .map(|page| {
                let p = classify::probabilities(&page.vectors, &MODEL);
                let keep = classify::select(&p, page, &MODEL);
                (p, keep)
            })
            .collect();
    });
    let mut roles = Vec::new();
    time("meta", &mut || {
        roles = (0..pages.len())
            .map(|i| {
                let mut article = Article::new(SourceInfo {
                    location: String::new(),
                    format: Format::Text,
                    sha256: "0".repeat(64),
                    imported_at: String::new(),
                });
                let (p, keep) = &picked[i];
                meta::fill(&texts[i], &split[i], &pages[i], p, keep, &mut article)
            })
            .collect();
    });
    // What `text::extract` does after the metadata rules: repeats and
    // dropped blocks recorded, the body's paragraphs taken out of the blocks.
    // `body_texts` takes the blocks, as `extract` gives them: each round
    // gets a copy made before the clock starts.
    let mut copies: Vec<Vec<Vec<blocks::Block>>> = (0..rounds).map(|_| split.clone()).collect();
    let mut bodies = Vec::new();
    time("body", &mut || {
        let owned = copies.pop().unwrap_or_default();
        bodies = owned
            .into_iter()
            .enumerate()
            .map(|(i, owned)| {
                let mut roles = roles[i].clone();
                meta::drop_repeated_paragraphs(&mut roles, &pages[i]);
                let mut provenance = Default::default();
                dropped::record(&split[i], &pages[i], &picked[i].0, &roles, &mut provenance);
                std::hint::black_box(provenance);
                meta::body_texts(owned, &roles)
            })
            .collect();
    });
    time("quotes", &mut || {
        for body in &bodies {
            std::hint::black_box(quotes::extract_located(body));
        }
    });
    let sources: Vec<Source> = files
        .iter()
        .map(|(location, bytes)| Source {
            location: location.clone(),
            bytes: bytes.clone(),
            format: Some(Format::Text),
        })
        .collect();
    time("parse()", &mut || {
        for src in &sources {
            std::hint::black_box(newsarc::parse::parse(src, Utc::now()).ok());
        }
    });
    let pages = (files.len() * rounds) as f64;
    for (name, d) in &rows {
        println!(
            "{name:<10} {:>8.3} ms/page CPU",
            d.as_secs_f64() * 1000.0 / pages
        );
    }
    if let Some((_, whole)) = rows.last() {
        println!(
            "parse(): {:.0} pages per CPU second",
            pages / whole.as_secs_f64()
        );
    }
    Ok(())
}
