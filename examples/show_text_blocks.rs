//! Debug view of the raw-text body classifier on dev pages: every block
//! with its reference label (body when most of its word 4-grams are in the
//! reference, as the trainer labels it), body probability and decision
//! (`ok`, `MISS` = body dropped, `XTRA` = boilerplate kept).
//!
//! ```text
//! cargo run --release --example show_text_blocks -- DEV_DIR DATASET RENDERER ID...
//! cargo run --release --example show_text_blocks -- DEV_DIR DATASET RENDERER > all.tsv
//! ```
//!
//! Without ids it prints every block of every page as tab-separated
//! `id, block, mark, probability, words, text`, for grouping errors by kind.

#[allow(dead_code)] // the headline comparison is not needed here
mod dev;

use std::collections::HashSet;

use anyhow::Context;
use newsarc::parse::source;
use newsarc::parse::text::{MODEL, blocks, classify, features};
use regex::Regex;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dev, ds, renderer, ids @ ..] = args.as_slice() else {
        anyhow::bail!("usage: DEV_DIR DATASET RENDERER ID");
    };
    let (dir, truth) = dev::load(dev, ds)?;
    let all = dev::page_ids(&truth, ids)?;
    let quiet = ids.is_empty();
    for id in &all {
        show(&dir, &truth, renderer, id, quiet)?;
    }
    Ok(())
}

fn show(
    dir: &std::path::Path,
    truth: &serde_json::Value,
    renderer: &str,
    id: &str,
    quiet: bool,
) -> anyhow::Result<()> {
    let body = truth[id]["articleBody"].as_str().context("no such id")?;
    let word = Regex::new(r"\w+")?;
    let tokens: Vec<String> = word
        .find_iter(body)
        .map(|m| m.as_str().to_string())
        .collect();
    let grams: Vec<HashSet<String>> = (1..=4)
        .map(|n| tokens.windows(n).map(|w| w.join(" ")).collect())
        .collect();
    let bytes = std::fs::read(dir.join("text").join(renderer).join(format!("{id}.txt")))?;
    let Ok(text) = source::decode(&bytes) else {
        return Ok(());
    };
    let blocks = blocks::split(&text);
    let page = features::page(&blocks);
    let p = classify::probabilities(&page.vectors, &MODEL);
    let mut keep = classify::select(&p, &page, &MODEL);
    classify::drop_near_repeats(&mut keep, &page.repeated_by);
    if !quiet {
        let threshold = MODEL.threshold;
        let region = classify::region(&p, &page, threshold, MODEL.region_threshold);
        eprintln!(
            "run {:?} region {:?} lang {:?}",
            page.run, region, page.language
        );
    }
    for (i, b) in blocks.iter().enumerate() {
        let t: Vec<String> = word
            .find_iter(&b.text)
            .map(|m| m.as_str().to_string())
            .collect();
        let label = if t.is_empty() {
            false
        } else {
            let n = t.len().min(4);
            let w: Vec<String> = t.windows(n).map(|w| w.join(" ")).collect();
            w.iter().filter(|x| grams[n - 1].contains(*x)).count() * 2 > w.len()
        };
        let mark = match (label, keep[i]) {
            (true, true) => "  ok",
            (false, false) => "    ",
            (true, false) => "MISS",
            (false, true) => "XTRA",
        };
        let short: String = b.text.chars().take(100).collect();
        if quiet {
            {
                println!("{id}\t{i}\t{mark}\t{:.2}\t{}\t{short}", p[i], page.words[i]);
            }
        } else {
            println!("{i:4} {mark} {:.2} w{:<4} {short}", p[i], page.words[i]);
        }
    }
    Ok(())
}
