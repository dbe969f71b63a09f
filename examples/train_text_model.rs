//! Trains the raw-text body classifier (`src/parse/text/model.rs`) on the
//! dev set's page dumps and reports how well it generalises.
//!
//! ```text
//! cargo run --release --example train_text_model -- DEV_DIR --train wcxb --test readability
//! cargo run --release --example train_text_model -- DEV_DIR --train wcxb,readability --write src/parse/text/model.rs
//! cargo run --release --example train_text_model -- DEV_DIR --train wcxb,readability --folds 5
//! cargo run --release --example train_text_model -- DEV_DIR --ranker-only --train wcxb --test readability
//! cargo run --release --example train_text_model -- DEV_DIR --test wcxb,readability --score FILE
//! cargo run --release --example train_text_model -- DEV_DIR --test wcxb,readability --score-body
//! cargo run --release --example train_text_model -- DEV_DIR --test readability --score-body --show readability/w3m/ehow-1
//! cargo run --release --example train_text_model -- DEV_DIR --test wcxb,readability --score-body --dump blocks.jsonl
//! cargo run --release --example train_text_model -- DEV_DIR --train wcxb --test readability --drop log_clock_near,markup
//! ```
//!
//! With `--score-body`, `--show dataset/renderer/id` prints a page's blocks
//! (label, probability, kept or not), `--worst 1` the 40 lowest-scoring
//! pages, and `--dump FILE` writes every test page's blocks, labels,
//! probabilities and features as JSON lines, for analysis outside Rust
//! (selection variants, oracles).
//!
//! `--drop NAMES` zeroes the named block features (see `features::NAMES`)
//! in training and test: the same fit without them, for ablations.
//! `--renderers w3m,chromium` keeps only those renderers' dumps in
//! training and test (a ranker fitted for dumps without lynx's margin).
//!
//! With `--folds K` nothing is written: the `--train` pages are split in
//! K folds, each scored by a classifier and ranker fitted on the others,
//! and the pooled held-out body F1 and headline accuracy are printed per
//! dataset and renderer (what to expect on pages outside the dev set).
//!
//! With `--score FILE` the headline ranker written in FILE (a `model.rs`)
//! is scored on the test sets, nothing is trained. `--score-body` scores
//! the shipped body classifier (whole selection) on the test sets.
//!
//! With `--ranker-only` the shipped body classifier is kept as it is and
//! only the headline ranker is fitted (and, with `--write`, only its
//! weights are replaced in the file): the ranker's own train-on-one,
//! score-on-other check.
//!
//! Ranker options: `--drop-headline NAMES` zeroes the named ranker
//! features (see `meta::HEADLINE_NAMES`) in training, for ablations;
//! `--l2 X` sets its L2 penalty (default `RANKER_L2`); `--perceptron`
//! fits it as an averaged perceptron instead of the listwise softmax
//! (`--epochs` counts passes then).
//!
//! Each block of each dump is labelled body when most of its word 4-grams
//! occur in the page's reference text. Both stages are logistic regressions
//! fitted with Adam; the report is the body score of the whole pipeline
//! (4-token shingle precision and recall macro-averaged over pages, as
//! `eval-parse.py` computes it) per dataset and renderer.

mod dev;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::Context;
use newsarc::parse::source;
use newsarc::parse::text::{blocks, classify, features, meta};
use regex::Regex;

const RENDERERS: &[&str] = &["w3m", "lynx", "chromium"];

struct Page {
    id: String,
    doc: String,
    blocks: Vec<blocks::Block>,
    fpage: features::Page,
    headline: Option<String>,
    texts: Vec<String>,
    dataset: String,
    renderer: &'static str,
    vectors: Vec<features::Vector>,
    labels: Vec<f32>,
    weights: Vec<f32>,
    tokens: Vec<Vec<String>>,
    words: Vec<usize>,
    truth: Vec<String>,
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dev = PathBuf::from(
        args.first()
            .context("usage: DEV_DIR --train a,b --test c [--write FILE]")?,
    );
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map(|s| s.split(',').map(str::to_string).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let train_sets = opt("--train");
    let test_sets = opt("--test");
    let write = opt("--write").into_iter().next();
    let ranker_only = args.iter().any(|a| a == "--ranker-only");
    let word = Regex::new(r"\w+")?;
    let mut train = Vec::new();
    for ds in &train_sets {
        train.extend(load(&dev, ds, &word)?);
    }
    let mut test = Vec::new();
    for ds in &test_sets {
        test.extend(load(&dev, ds, &word)?);
    }
    // `--renderers r,s`: only those renderers' dumps, in training and test.
    let renderers = opt("--renderers");
    if !renderers.is_empty() {
        train.retain(|p| renderers.iter().any(|r| r == p.renderer));
        test.retain(|p| renderers.iter().any(|r| r == p.renderer));
    }
    // `--drop a,b`: ablation, the named block features read as zero in
    // training and test (their weights stay at zero), to measure what a
    // feature adds on data it was not fitted to.
    let dropped = feature_indices(features::NAMES, &opt("--drop"), "block")?;
    for page in train.iter_mut().chain(test.iter_mut()) {
        for v in &mut page.vectors {
            for &k in &dropped {
                v[k] = 0.0;
            }
        }
    }
    eprintln!("train pages {} test pages {}", train.len(), test.len());
    let epochs = match opt("--epochs").first() {
        Some(n) => n.parse().context("--epochs takes a number")?,
        None => 600,
    };
    let l2 = match opt("--l2").first() {
        Some(x) => x.parse().context("--l2 takes a number")?,
        None => RANKER_L2,
    };
    if let Some(k) = opt("--folds").first() {
        let k = k.parse().context("--folds takes a number")?;
        cross_validate(&train, k, epochs, l2);
        return Ok(());
    }
    if args.iter().any(|a| a == "--sweep") {
        sweep(&test);
        return Ok(());
    }
    if args.iter().any(|a| a == "--score-body") {
        let model = newsarc::parse::text::MODEL.clone();
        report("test", &test, &model);
        inspect(&opt("--show"), !opt("--worst").is_empty(), &test, &model);
        if let Some(path) = opt("--dump").into_iter().next() {
            dump(&path, &test, &model)?;
        }
        return Ok(());
    }
    if let Some(path) = opt("--score").into_iter().next() {
        let ranker = read_ranker(&path)?;
        for ds in &test_sets {
            for r in RENDERERS {
                let group = test.iter().filter(|p| &p.dataset == ds && p.renderer == *r);
                let a = headline_accuracy_iter(group, &newsarc::parse::text::MODEL, &ranker);
                eprintln!("headline accuracy of {path} on {ds} {r} {a:.3}");
            }
        }
        return Ok(());
    }
    let train_refs: Vec<&Page> = train.iter().collect();
    let model = if ranker_only {
        newsarc::parse::text::MODEL.clone()
    } else {
        fit(&train_refs)
    };
    let mut groups = headline_groups(&train_refs, &model);
    // `--drop-headline a,b`: ablation of ranker features, as `--drop` for
    // the body's (a feature that reads zero in training keeps weight zero).
    let dropped_headline =
        feature_indices(meta::HEADLINE_NAMES, &opt("--drop-headline"), "headline")?;
    for (xs, _) in &mut groups {
        for x in xs {
            for &k in &dropped_headline {
                x[k] = 0.0;
            }
        }
    }
    let ranker = if args.iter().any(|a| a == "--perceptron") {
        rank_perceptron(&groups, epochs)
    } else {
        rank_softmax(&groups, epochs, l2)
    };
    eprintln!(
        "headline accuracy train {:.3}",
        headline_accuracy(&train, &model, &ranker)
    );
    for ds in &test_sets {
        for r in RENDERERS {
            let group: Vec<&Page> = test
                .iter()
                .filter(|p| &p.dataset == ds && p.renderer == *r)
                .collect();
            let a = headline_accuracy_iter(group.into_iter(), &model, &ranker);
            eprintln!("headline accuracy test {ds} {r} {a:.3}");
        }
    }
    for (name, w) in meta::HEADLINE_NAMES.iter().zip(ranker.w) {
        eprintln!("  headline {name:>20} {w:+.3}");
    }
    if ranker_only {
        if let Some(path) = write {
            let old = std::fs::read_to_string(&path)?;
            let start = old
                .find("pub const HEADLINE")
                .context("no HEADLINE constant in the file")?;
            let end = start + old[start..].find('\n').context("unterminated HEADLINE")?;
            let line = format!(
                "pub const HEADLINE: Linear<{}> = Linear {{ w: [{}] }};",
                meta::HEADLINE_COUNT,
                list(&ranker.w)
            );
            std::fs::write(&path, format!("{}{line}{}", &old[..start], &old[end..]))?;
            eprintln!("wrote the headline ranker to {path}");
        }
        return Ok(());
    }
    report("train", &train, &model);
    if !test.is_empty() {
        report("test", &test, &model);
        let mut oracle = model.clone();
        oracle.threshold = -1.0;
        report("oracle", &test, &oracle);
    }
    inspect(&opt("--show"), !opt("--worst").is_empty(), &test, &model);
    let names = features::NAMES
        .iter()
        .chain(classify::CONTEXT_NAMES)
        .chain(features::NAMES);
    for (name, w) in names.zip(model.local.w.iter().chain(&model.context.w)) {
        eprintln!("  {name:>20} {w:+.3}");
    }
    if let Some(path) = write {
        std::fs::write(&path, render(&model, &ranker, &train_sets))?;
        eprintln!("wrote {path}");
    }
    Ok(())
}

/// `--folds K`: K-fold cross-validation over the `--train` pages. A page
/// goes to fold `i % K`, `i` its place among its dataset's sorted ids, so
/// its three dumps stay together and every fold holds both datasets. Each
/// fold is scored by a classifier and ranker fitted on the other folds;
/// the held-out scores, pooled, are what the shipped model (fitted the
/// same way on every page) can be expected to do on pages it never saw.
fn cross_validate(pages: &[Page], k: usize, epochs: usize, l2: f32) {
    let mut folds = Vec::with_capacity(pages.len());
    let mut place: HashMap<&str, (usize, &str)> = HashMap::new();
    for page in pages {
        let (i, id) = place.entry(&page.dataset).or_insert((0, &page.id));
        if *id != page.id {
            (*i, *id) = (*i + 1, &page.id);
        }
        folds.push(*i % k.max(1));
    }
    let models: Vec<(classify::Model, Ranker)> = (0..k)
        .map(|fold| {
            let train: Vec<&Page> = pages
                .iter()
                .zip(&folds)
                .filter(|(_, f)| **f != fold)
                .map(|(p, _)| p)
                .collect();
            let model = fit(&train);
            let ranker = rank_softmax(&headline_groups(&train, &model), epochs, l2);
            (model, ranker)
        })
        .collect();
    for (ds, r) in dataset_renderers(pages) {
        let held = || {
            pages
                .iter()
                .zip(&folds)
                .filter(|(p, _)| p.dataset == ds && p.renderer == r)
                .map(|(p, f)| (p, &models[*f].0, &models[*f].1))
        };
        let (p, rc, f) = score_each(held().map(|(page, model, _)| (page, model)));
        let headline = headline_accuracy_each(held());
        eprintln!(
            "held-out {ds:>12} {r:>8}  F1 {f:.3}  P {p:.3}  R {rc:.3}  headline {headline:.3}"
        );
    }
}

/// The positions in `names` of the `wanted` features (`--drop`,
/// `--drop-headline`); `kind` names the list in the error.
fn feature_indices(names: &[&str], wanted: &[String], kind: &str) -> anyhow::Result<Vec<usize>> {
    wanted
        .iter()
        .map(|name| {
            names
                .iter()
                .position(|n| n == name)
                .with_context(|| format!("no {kind} feature named {name}"))
        })
        .collect()
}

/// Prints the blocks of each page named in `shows` (`dataset/renderer/id`)
/// with its label, probability and whether it was kept; with `worst`, the
/// 40 test pages the model scores lowest.
fn inspect(shows: &[String], worst: bool, test: &[Page], model: &classify::Model) {
    for show in shows {
        for page in test
            .iter()
            .filter(|p| format!("{}/{}/{}", p.dataset, p.renderer, p.id) == *show)
        {
            let p = classify::probabilities(&page.vectors, model);
            let keep = classify::select(&p, &page.fpage, model);
            for (((t, l), p), k) in page.texts.iter().zip(&page.labels).zip(p).zip(keep) {
                let mark = match (*l > 0.5, k) {
                    (true, true) => "  ok",
                    (false, false) => "    ",
                    (true, false) => "MISS",
                    (false, true) => "XTRA",
                };
                let short: String = t.chars().take(110).collect();
                println!("{mark} {p:.2} {short}");
            }
        }
    }
    if worst {
        let mut rows: Vec<(f32, String)> = test
            .iter()
            .map(|p| {
                let (pp, r, f) = score(std::iter::once(p), model);
                (
                    f,
                    format!("{}/{}/{} P {pp:.2} R {r:.2}", p.dataset, p.renderer, p.id),
                )
            })
            .collect();
        rows.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (f, r) in rows.iter().take(40) {
            println!("{f:.3} {r}");
        }
    }
}

/// Writes one JSON line per test page (`--dump FILE`, for analysis
/// outside the trainer): per block its text, label, body probability,
/// words, the block features, and the page's reference tokens.
fn dump(path: &str, test: &[Page], model: &classify::Model) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for page in test {
        let p = classify::probabilities(&page.vectors, model);
        let line = serde_json::json!({
            "id": page.id,
            "dataset": page.dataset,
            "renderer": page.renderer,
            "texts": page.texts,
            "labels": page.labels,
            "p": p,
            "words": page.words,
            "tokens": page.tokens,
            "truth": page.truth,
            "vectors": page.vectors.iter().map(|v| v.to_vec()).collect::<Vec<_>>(),
            "repeated_by": page.fpage.repeated_by,
        });
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn load(dev: &Path, dataset: &str, word: &Regex) -> anyhow::Result<Vec<Page>> {
    let (_, truth) = dev::load(dev, dataset)?;
    let mut pages = Vec::new();
    let ids = dev::page_ids(&truth, &[])?;
    for id in &ids {
        let body = truth[id]["articleBody"].as_str().unwrap_or("");
        let truth_tokens: Vec<String> = word
            .find_iter(body)
            .map(|m| m.as_str().to_string())
            .collect();
        let grams = ngram_sets(&truth_tokens);
        for renderer in RENDERERS {
            let path = dev
                .join(dataset)
                .join("text")
                .join(renderer)
                .join(format!("{id}.txt"));
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let Ok(text) = source::decode(&bytes) else {
                continue;
            };
            let blocks = blocks::split(&text);
            let page = features::page(&blocks);
            let tokens: Vec<Vec<String>> = blocks
                .iter()
                .map(|b| {
                    word.find_iter(&b.text)
                        .map(|m| m.as_str().to_string())
                        .collect()
                })
                .collect();
            let labels = tokens.iter().map(|t| label(t, &grams)).collect();
            let raw: Vec<f32> = tokens
                .iter()
                .map(|t| (t.len() as f32 + 1.0).sqrt())
                .collect();
            let total: f32 = raw.iter().sum::<f32>().max(1.0);
            let weights = raw.iter().map(|w| w / total * 100.0).collect();
            pages.push(Page {
                doc: text.clone(),
                blocks: blocks.clone(),
                fpage: page.clone(),
                headline: truth[id]["headline"].as_str().map(dev::norm),
                id: id.clone(),
                texts: blocks.iter().map(|b| b.text.clone()).collect(),
                dataset: dataset.to_string(),
                renderer,
                vectors: page.vectors,
                words: page.words,
                labels,
                weights,
                tokens,
                truth: truth_tokens.clone(),
            });
        }
    }
    Ok(pages)
}

/// The reference's n-grams for n = 1..=4, joined by a space.
/// Text compared the way eval-parse.py compares headlines.
/// The headline ranker's weights from a file in `model.rs`'s form (its
/// `pub const HEADLINE` line), to score earlier or hand-edited weights
/// without rebuilding.
fn read_ranker(path: &str) -> anyhow::Result<Ranker> {
    let text = std::fs::read_to_string(path)?;
    let line = text
        .lines()
        .find(|l| l.contains("pub const HEADLINE"))
        .context("no HEADLINE constant in the file")?;
    let list = line
        .split_once("w: [")
        .and_then(|(_, rest)| rest.split_once(']'))
        .context("no weight list in the HEADLINE line")?
        .0;
    let ws: Vec<f32> = list
        .split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()?;
    let w: [f32; meta::HEADLINE_COUNT] = ws.try_into().map_err(|v: Vec<f32>| {
        anyhow::anyhow!("{} weights, want {}", v.len(), meta::HEADLINE_COUNT)
    })?;
    Ok(classify::Linear { w })
}

/// The headline ranker's weights.
type Ranker = classify::Linear<{ meta::HEADLINE_COUNT }>;

/// The ranker's default L2 penalty (`--l2` sets another): small, the
/// features are flags and bounded shares.
const RANKER_L2: f32 = 1e-3;

/// One page's eligible headline candidates (features) and which of them
/// match the reference headline.
type Group = (Vec<[f32; meta::HEADLINE_COUNT]>, Vec<bool>);

/// Headline candidates of every page whose reference headline is among
/// its eligible candidates.
fn headline_groups(pages: &[&Page], model: &classify::Model) -> Vec<Group> {
    let mut groups = Vec::new();
    for page in pages {
        let Some(truth) = &page.headline else {
            continue;
        };
        let p = classify::probabilities(&page.vectors, model);
        let keep = classify::select(&p, &page.fpage, model);
        let first = meta::text_start(&page.blocks, &page.fpage, &keep);
        let inputs = meta::HeadlineInputs::new(&page.blocks, &page.fpage, &p, first, &page.doc);
        // The ranker only ever sees eligible blocks (see find_headline).
        let (xs, ys): (Vec<_>, Vec<_>) = inputs
            .candidates()
            .filter(|&i| inputs.eligible(i))
            .map(|i| {
                (
                    inputs.features(i),
                    dev::norm(&page.blocks[i].text) == *truth,
                )
            })
            .unzip();
        if !ys.iter().any(|y| *y) {
            if std::env::var_os("SHOW_MISSED").is_some() {
                let anywhere = page
                    .blocks
                    .iter()
                    .position(|b| dev::norm(&b.text) == *truth);
                eprintln!(
                    "missed {}/{}/{} first {} at {:?}",
                    page.dataset, page.renderer, page.id, first, anywhere
                );
            }
            continue;
        }
        groups.push((xs, ys));
    }
    groups
}

/// A linear ranker fitted by full-batch Adam on the listwise softmax loss:
/// per page, minus the log of the probability mass the softmax over its
/// candidates puts on the matching ones, with a little L2. It learns what
/// makes the headline beat its neighbours, not what makes a block a
/// headline in general.
fn rank_softmax(groups: &[Group], epochs: usize, l2: f32) -> Ranker {
    const N: usize = meta::HEADLINE_COUNT;
    let mut adam = Adam::<N>::new();
    let total = groups.len().max(1) as f32;
    for t in 1..=epochs {
        let mut g = [0.0f32; N];
        for (xs, ys) in groups {
            let logits: Vec<f32> = xs.iter().map(|x| classify::dot(x, &adam.w)).collect();
            let top = logits.iter().copied().fold(f32::MIN, f32::max);
            let e: Vec<f32> = logits.iter().map(|l| (l - top).exp()).collect();
            let z: f32 = e.iter().sum();
            let zp: f32 = e.iter().zip(ys).filter(|(_, y)| **y).map(|(e, _)| e).sum();
            for ((x, e), y) in xs.iter().zip(&e).zip(ys) {
                let q = if *y { e / zp } else { 0.0 };
                let d = e / z - q;
                for k in 0..N {
                    g[k] += d * x[k];
                }
            }
        }
        for (gk, wk) in g.iter_mut().zip(&adam.w) {
            *gk = *gk / total + l2 * wk;
        }
        adam.step(&g, t);
    }
    classify::Linear { w: adam.w }
}

/// A linear ranker fitted as an averaged structured perceptron: per page,
/// when the top candidate is not a matching one, the weights move toward
/// the best-scored matching candidate and away from the top one; the
/// average of the weights over all steps is returned, scaled so that its
/// largest weight equals the softmax ranker's typical largest (the
/// post-ranker margins are in those units). It optimises top-1 accuracy
/// itself, where the softmax loss also pays for candidates ranked far down.
fn rank_perceptron(groups: &[Group], epochs: usize) -> Ranker {
    const N: usize = meta::HEADLINE_COUNT;
    let mut w = [0.0f32; N];
    let mut sum = [0.0f32; N];
    for _ in 0..epochs {
        for (xs, ys) in groups {
            let score = |x: &[f32; N]| classify::dot(x, &w);
            let top = (0..xs.len()).max_by(|&a, &b| score(&xs[a]).total_cmp(&score(&xs[b])));
            let right = (0..xs.len())
                .filter(|&k| ys[k])
                .max_by(|&a, &b| score(&xs[a]).total_cmp(&score(&xs[b])));
            if let (Some(t), Some(r)) = (top, right)
                && !ys[t]
            {
                for k in 0..N {
                    w[k] += xs[r][k] - xs[t][k];
                }
            }
            for k in 0..N {
                sum[k] += w[k];
            }
        }
    }
    let top = sum.iter().fold(0.0f32, |m, x| m.max(x.abs())).max(1e-6);
    let scale = PERCEPTRON_TOP_WEIGHT / top;
    classify::Linear {
        w: sum.map(|x| x * scale),
    }
}

/// Largest weight of a perceptron-fitted ranker after scaling: about the
/// softmax ranker's, so the post-ranker margins keep their meaning.
const PERCEPTRON_TOP_WEIGHT: f32 = 4.0;

/// Share of pages with a reference headline whose top candidate matches it.
fn headline_accuracy(pages: &[Page], model: &classify::Model, ranker: &Ranker) -> f32 {
    headline_accuracy_iter(pages.iter(), model, ranker)
}

fn headline_accuracy_iter<'a>(
    pages: impl Iterator<Item = &'a Page>,
    model: &classify::Model,
    ranker: &Ranker,
) -> f32 {
    headline_accuracy_each(pages.map(|page| (page, model, ranker)))
}

/// [`headline_accuracy_iter`] with each page ranked by its own models
/// (cross-validation).
fn headline_accuracy_each<'a>(
    pages: impl Iterator<Item = (&'a Page, &'a classify::Model, &'a Ranker)>,
) -> f32 {
    let (mut ok, mut n) = (0, 0);
    for (page, model, ranker) in pages {
        let Some(truth) = &page.headline else {
            continue;
        };
        n += 1;
        let p = classify::probabilities(&page.vectors, model);
        let keep = classify::select(&p, &page.fpage, model);
        let first = meta::text_start(&page.blocks, &page.fpage, &keep);
        let inputs = meta::HeadlineInputs::new(&page.blocks, &page.fpage, &p, first, &page.doc);
        let best = inputs.best(ranker);
        if best.is_some_and(|i| dev::norm(&page.blocks[i].text) == *truth) {
            ok += 1;
        }
    }
    ok as f32 / n.max(1) as f32
}

fn ngram_sets(tokens: &[String]) -> [HashSet<String>; 4] {
    let mut sets: [HashSet<String>; 4] = Default::default();
    for (n, set) in sets.iter_mut().enumerate() {
        for w in tokens.windows(n + 1) {
            set.insert(w.join(" "));
        }
    }
    sets
}

fn label(tokens: &[String], grams: &[HashSet<String>; 4]) -> f32 {
    if tokens.is_empty() {
        return 0.0;
    }
    let n = tokens.len().min(4);
    let windows: Vec<String> = tokens.windows(n).map(|w| w.join(" ")).collect();
    let hits = windows.iter().filter(|w| grams[n - 1].contains(*w)).count();
    if hits * 2 > windows.len() { 1.0 } else { 0.0 }
}

fn fit(pages: &[&Page]) -> classify::Model {
    let mut xs = Vec::new();
    let mut ys = Vec::new();
    let mut ws = Vec::new();
    for p in pages {
        xs.extend(p.vectors.iter().copied());
        ys.extend(&p.labels);
        ws.extend(&p.weights);
    }
    let local = adam(&xs, &ys, &ws, 400);
    let mut model = classify::Model {
        context: classify::Linear {
            w: [0.0; classify::CONTEXT_COUNT],
        },
        local,
        threshold: 0.5,
        region_threshold: 0.5,
    };
    let mut cx = Vec::new();
    for p in pages {
        let logits = classify::local_logits(&p.vectors, &model);
        cx.extend(classify::context_vectors(&logits, &p.vectors));
    }
    model.context = adam(&cx, &ys, &ws, 400);
    let (t, rt) = best_threshold(pages, &model);
    model.threshold = t;
    model.region_threshold = rt;
    model
}

/// Weighted logistic regression by full-batch Adam, with a little L2.
fn adam<const N: usize>(
    xs: &[[f32; N]],
    ys: &[f32],
    ws: &[f32],
    epochs: usize,
) -> classify::Linear<N> {
    let mut adam = Adam::<N>::new();
    let l2 = 1e-4f32;
    let total: f32 = ws.iter().sum::<f32>().max(1e-6);
    for t in 1..=epochs {
        let mut g = [0.0f32; N];
        for ((x, &y), &wt) in xs.iter().zip(ys).zip(ws) {
            let p = classify::sigmoid(classify::dot(x, &adam.w));
            let e = (p - y) * wt;
            for k in 0..N {
                g[k] += e * x[k];
            }
        }
        for (k, (gk, wk)) in g.iter_mut().zip(&adam.w).enumerate() {
            // The bias (weight 0) is not regularised.
            *gk = *gk / total + if k > 0 { l2 * wk } else { 0.0 };
        }
        adam.step(&g, t);
    }
    classify::Linear { w: adam.w }
}

/// Full-batch Adam with the usual defaults, shared by both trainers.
struct Adam<const N: usize> {
    w: [f32; N],
    m: [f32; N],
    v: [f32; N],
}

impl<const N: usize> Adam<N> {
    const LR: f32 = 0.05;
    const B1: f32 = 0.9;
    const B2: f32 = 0.999;

    fn new() -> Self {
        Adam {
            w: [0.0; N],
            m: [0.0; N],
            v: [0.0; N],
        }
    }

    /// One update from the gradient `g` at epoch `t` (from 1).
    fn step(&mut self, g: &[f32; N], t: usize) {
        let (c1, c2) = (1.0 - Self::B1.powi(t as i32), 1.0 - Self::B2.powi(t as i32));
        let moments = self.m.iter_mut().zip(self.v.iter_mut());
        for ((w, (m, v)), gk) in self.w.iter_mut().zip(moments).zip(g) {
            *m = Self::B1 * *m + (1.0 - Self::B1) * gk;
            *v = Self::B2 * *v + (1.0 - Self::B2) * gk * gk;
            *w -= Self::LR * (*m / c1) / ((*v / c2).sqrt() + 1e-8);
        }
    }
}

fn best_threshold(pages: &[&Page], model: &classify::Model) -> (f32, f32) {
    let mut best = (0.0, 0.5, 0.5);
    for step in 2..9 {
        for rstep in 1..=step {
            let t = step as f32 / 10.0;
            let rt = rstep as f32 / 10.0;
            let mut m = model.clone();
            m.threshold = t;
            m.region_threshold = rt;
            let f1 = score(pages.iter().copied(), &m).2;
            if f1 > best.0 {
                best = (f1, t, rt);
            }
        }
    }
    eprintln!("thresholds {} {} (train F1 {:.3})", best.1, best.2, best.0);
    (best.1, best.2)
}

fn predict(page: &Page, model: &classify::Model) -> Vec<String> {
    let keep: Vec<bool> = if model.threshold < 0.0 {
        page.labels.iter().map(|l| *l > 0.5).collect()
    } else {
        let p = classify::probabilities(&page.vectors, model);
        let mut keep = classify::select(&p, &page.fpage, model);
        classify::drop_near_repeats(&mut keep, &page.fpage.repeated_by);
        keep
    };
    page.tokens
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .flat_map(|(t, _)| t.iter().cloned())
        .collect()
}

fn shingles(tokens: &[String]) -> HashMap<&[String], usize> {
    let mut bag = HashMap::new();
    if tokens.is_empty() {
        return bag;
    }
    if tokens.len() < 4 {
        bag.insert(tokens, 1);
        return bag;
    }
    for w in tokens.windows(4) {
        *bag.entry(w).or_insert(0) += 1;
    }
    bag
}

/// Shingles `pred` and `truth` share, and how many each has.
fn shingle_overlap(pred: &[String], truth: &[String]) -> (usize, usize, usize) {
    let pb = shingles(pred);
    let tb = shingles(truth);
    let common = pb
        .iter()
        .map(|(k, c)| (*c).min(*tb.get(k).unwrap_or(&0)))
        .sum();
    (common, pb.values().sum(), tb.values().sum())
}

/// Macro precision, recall and F1 of the pipeline over `pages`.
fn score<'a>(pages: impl Iterator<Item = &'a Page>, model: &classify::Model) -> (f32, f32, f32) {
    score_each(pages.map(|page| (page, model)))
}

/// [`score`] with each page scored by its own model (cross-validation).
fn score_each<'a>(pages: impl Iterator<Item = (&'a Page, &'a classify::Model)>) -> (f32, f32, f32) {
    let (mut ps, mut rs, mut np, mut nr) = (0.0, 0.0, 0, 0);
    for (page, model) in pages {
        let (common, np_, nt) = shingle_overlap(&predict(page, model), &page.truth);
        if np_ > 0 {
            ps += common as f32 / np_ as f32;
            np += 1;
        }
        if nt > 0 {
            rs += common as f32 / nt as f32;
            nr += 1;
        }
    }
    let p = ps / np.max(1) as f32;
    let r = rs / nr.max(1) as f32;
    (
        p,
        r,
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
    )
}

/// The (dataset, renderer) pairs of `pages`, sorted, each once.
fn dataset_renderers(pages: &[Page]) -> Vec<(String, &'static str)> {
    let mut keys: Vec<(String, &'static str)> = pages
        .iter()
        .map(|p| (p.dataset.clone(), p.renderer))
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

fn report(what: &str, pages: &[Page], model: &classify::Model) {
    for (ds, r) in dataset_renderers(pages) {
        let (p, rc, f) = score(
            pages.iter().filter(|p| p.dataset == ds && p.renderer == r),
            model,
        );
        eprintln!("{what:>5} {ds:>12} {r:>8}  F1 {f:.3}  P {p:.3}  R {rc:.3}");
    }
}

fn list(ws: &[f32]) -> String {
    ws.iter().map(|w| format!("{w:.4}, ")).collect()
}

fn render(model: &classify::Model, ranker: &Ranker, trained_on: &[String]) -> String {
    format!(
        "//! Learned weights of the body classifier, trained on the dev set's {} dumps\n\
         //! (w3m, lynx, chromium). Generated by\n\
         //! `cargo run --release --example train_text_model`; do not edit by hand.\n\n\
         use super::classify::{{Linear, Model}};\n\n\
         /// The body classifier's weights; see `classify` for the two stages.\n\
         #[rustfmt::skip]\n\
         pub const MODEL: Model = Model {{\n    local: Linear {{ w: [{}] }},\n    context: Linear {{ w: [{}] }},\n    threshold: {:.2},\n    region_threshold: {:.2},\n}};\n\n\
         /// The headline ranker's weights; see `meta::HeadlineInputs::features`.\n\
         #[rustfmt::skip]\n\
         pub const HEADLINE: Linear<{}> = Linear {{ w: [{}] }};\n",
        trained_on.join(" and "),
        list(&model.local.w),
        list(&model.context.w),
        model.threshold,
        model.region_threshold,
        meta::HEADLINE_COUNT,
        list(&ranker.w)
    )
}

/// Scores the shipped model on `pages` under other selection settings.
fn sweep(pages: &[Page]) {
    let model = newsarc::parse::text::MODEL.clone();
    let probs: Vec<Vec<f32>> = pages
        .iter()
        .map(|p| classify::probabilities(&p.vectors, &model))
        .collect();
    let keys = dataset_renderers(pages);
    for pivot in [0.3f32, 0.35, 0.4, 0.45] {
        for inside in [0.1f32, 0.15, 0.2, 0.25] {
            for outside in [0.55f32, 0.6, 0.65, 0.7, 0.75] {
                let mut line = format!("pivot {pivot:.2} inside {inside:.2} outside {outside:.2}");
                for (ds, r) in &keys {
                    let (ps, rs, n) = pages
                        .iter()
                        .zip(&probs)
                        .filter(|(p, _)| p.dataset == *ds && p.renderer == *r)
                        .map(|(page, p)| {
                            let mut keep =
                                classify::select_with(p, &page.fpage, pivot, inside, outside);
                            classify::drop_near_repeats(&mut keep, &page.fpage.repeated_by);
                            page_pr(page, &keep)
                        })
                        .fold((0.0, 0.0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + 1));
                    let (pp, rr) = (ps / n as f32, rs / n as f32);
                    line.push_str(&format!(
                        " {}-{} {:.4}",
                        &ds[..4],
                        r,
                        2.0 * pp * rr / (pp + rr)
                    ));
                }
                println!("{line}");
            }
        }
    }
}

/// Shingle precision and recall of one page's kept blocks.
fn page_pr(page: &Page, keep: &[bool]) -> (f32, f32) {
    let pred: Vec<String> = page
        .tokens
        .iter()
        .zip(keep)
        .filter(|(_, k)| **k)
        .flat_map(|(t, _)| t.iter().cloned())
        .collect();
    let (common, np, nt) = shingle_overlap(&pred, &page.truth);
    (
        if np > 0 {
            common as f32 / np as f32
        } else {
            0.0
        },
        if nt > 0 {
            common as f32 / nt as f32
        } else {
            0.0
        },
    )
}
