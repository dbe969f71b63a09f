//! Debug view of the raw-text headline ranker on dev pages: every
//! candidate block with its eligibility, ranker score and whether it is
//! the reference headline, plus where the reference stands in the dump.
//!
//! ```text
//! cargo run --release --example show_headline -- DEV_DIR DATASET RENDERER ID...
//! cargo run --release --example show_headline -- DEV_DIR DATASET RENDERER
//! ```
//!
//! Without ids it prints one line per missed page: the reference's block
//! (or `-` when no block matches it), the first body block, the pick and
//! the reference, for grouping the misses by kind.

mod dev;

use newsarc::parse::source;
use newsarc::parse::text::{HEADLINE, MODEL, blocks, classify, features, meta};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dev, ds, renderer, ids @ ..] = args.as_slice() else {
        anyhow::bail!("usage: DEV_DIR DATASET RENDERER [ID...]");
    };
    let (dir, truth) = dev::load(dev, ds)?;
    let all = dev::page_ids(&truth, ids)?;
    for id in &all {
        let Some(reference) = truth[id]["headline"].as_str() else {
            continue;
        };
        let path = dir.join("text").join(renderer).join(format!("{id}.txt"));
        let Ok(text) = source::decode(&std::fs::read(path)?) else {
            continue;
        };
        show(id, &text, reference, !ids.is_empty());
    }
    Ok(())
}

fn show(id: &str, text: &str, reference: &str, verbose: bool) {
    let blocks = blocks::split(text);
    let page = features::page(&blocks);
    let p = classify::probabilities(&page.vectors, &MODEL);
    let mut keep = classify::select(&p, &page, &MODEL);
    classify::drop_near_repeats(&mut keep, &page.repeated_by);
    let first = meta::text_start(&blocks, &page, &keep);
    let inputs = meta::HeadlineInputs::new(&blocks, &page, &p, first, text);
    let want = dev::norm(reference);
    let at = blocks.iter().position(|b| dev::norm(&b.text) == want);
    let pick = inputs.best(&HEADLINE);
    let short = |i: usize| blocks[i].text.chars().take(90).collect::<String>();
    if !verbose {
        if pick.is_some_and(|i| dev::norm(&blocks[i].text) == want) {
            return;
        }
        let kind = match at {
            None => "absent",
            Some(i) if !inputs.candidates().contains(&i) => "outside",
            Some(i) if !inputs.eligible(i) => "ineligible",
            Some(_) => "outranked",
        };
        let at = at.map_or("-".to_string(), |i| i.to_string());
        let got = pick.map(short).unwrap_or_default();
        println!(
            "{id}\t{kind}\tref@{at}\tfirst@{first}\tpick {:?} {got}",
            pick
        );
        println!("\t\t\t\tref  {reference}");
        return;
    }
    println!("{id}: reference at {at:?}, text starts at {first}");
    // SHOW_FEATURES=1: each nonzero term of the reference's and the pick's score.
    let features_wanted = std::env::var_os("SHOW_FEATURES").is_some();
    for i in inputs.candidates() {
        let mark = if dev::norm(&blocks[i].text) == want {
            "REF"
        } else {
            "   "
        };
        let chosen = if pick == Some(i) { "*" } else { " " };
        if inputs.eligible(i) {
            let f = inputs.features(i);
            let s = HEADLINE.logit(&f);
            println!("{i:4} {mark}{chosen} {s:7.2} {}", short(i));
            if features_wanted && (mark == "REF" || chosen == "*") {
                let terms: Vec<String> = f
                    .iter()
                    .zip(HEADLINE.w.iter())
                    .zip(meta::HEADLINE_NAMES)
                    .filter(|((x, w), _)| **x != 0.0 && **w != 0.0)
                    .map(|((x, w), name)| format!("{name} {:+.2}", x * w))
                    .collect();
                println!("             {}", terms.join(", "));
            }
        } else {
            println!("{i:4} {mark}{chosen}      -- {}", short(i));
        }
    }
}
