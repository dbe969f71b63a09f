//! Shared by the dev-set examples: reading a dataset's ground truth and
//! the scorer's headline comparison.

use std::path::{Path, PathBuf};

use anyhow::Context;

/// `DEV_DIR/DATASET` and its parsed `ground-truth.json`.
pub fn load(dev: impl AsRef<Path>, dataset: &str) -> anyhow::Result<(PathBuf, serde_json::Value)> {
    let dir = dev.as_ref().join(dataset);
    let path = dir.join("ground-truth.json");
    let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
    let truth = serde_json::from_slice(&bytes).with_context(|| format!("{}", path.display()))?;
    Ok((dir, truth))
}

/// The page ids asked for, or every page of the ground truth, sorted.
pub fn page_ids(truth: &serde_json::Value, asked: &[String]) -> anyhow::Result<Vec<String>> {
    if !asked.is_empty() {
        return Ok(asked.to_vec());
    }
    let mut ids: Vec<String> = truth
        .as_object()
        .context("ground truth is not an object")?
        .keys()
        .cloned()
        .collect();
    ids.sort();
    Ok(ids)
}

/// Lowercase, straight quotes, one space, no edge punctuation: the
/// scorer's headline comparison.
pub fn norm(s: &str) -> String {
    let s = s
        .to_lowercase()
        .replace(['’', '‘'], "'")
        .replace(['“', '”'], "\"");
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.trim_matches(|c: char| " \"'.:;,-–—|".contains(c))
        .to_string()
}
