//! Issue 8: field provenance. `show --explain` names the rule behind every
//! field and what was dropped; old articles without provenance still load
//! and say how to get it; `reparse` reports which field's rule changed.

use std::fs;
use std::path::PathBuf;

use crate::env::{SEED, TestEnv};

fn article_path(env: &TestEnv, id: &str) -> PathBuf {
    env.store().join(format!("articles/{}/{id}.json", &id[..2]))
}

fn stored(env: &TestEnv, id: &str) -> serde_json::Value {
    serde_json::from_slice(&fs::read(article_path(env, id)).expect("article file"))
        .expect("article JSON")
}

fn store(env: &TestEnv, id: &str, json: &serde_json::Value) {
    fs::write(
        article_path(env, id),
        serde_json::to_vec_pretty(json).expect("JSON"),
    )
    .expect("write article");
}

#[test]
fn show_explain_names_the_rule_behind_every_field() {
    let env = TestEnv::new();
    let id = env.import_seed();
    let out = env.run(&["show", &id, "--explain"]).success();
    for field in [
        "headline",
        "standfirst",
        "byline",
        "authors",
        "published",
        "updated",
        "dateline",
        "site_name",
        "url",
        "language",
        "body",
        "images",
        "related",
        "quotes",
        "id",
        "tags",
        "word_count",
        "source",
    ] {
        assert!(
            out.stdout
                .lines()
                .any(|l| l.starts_with(&format!("{field} "))),
            "{field} not explained:\n{}",
            out.stdout
        );
    }
    for rule in [
        "best-scored title-like block above the body [headline_ranker] from line 1",
        "\"Written by …\" line at the end of the article [byline_after_body]",
        "teaser pair after the article: a short label over a title [related_teaser_pair]",
        "[attribution_after] from paragraph 3: \"Lavrov said\" (completed to the full name",
        "published    not found: no rule matched",
        "Leave a Reply",
        "boilerplate: page-furniture phrase [boilerplate_phrase] (leave a reply)",
    ] {
        assert!(
            out.stdout.contains(rule),
            "{rule:?} missing:\n{}",
            out.stdout
        );
    }
}

#[test]
fn show_explain_json_is_the_stored_provenance() {
    let env = TestEnv::new();
    let id = env.import_seed();
    let out = env.run(&["show", &id, "--explain", "--json"]).success();
    let explained: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(explained["id"], id.as_str());
    assert_eq!(explained["provenance"], stored(&env, &id)["provenance"]);
    assert_eq!(explained["provenance"]["parser"], "text");
    assert_eq!(
        explained["provenance"]["fields"]["byline"][0]["rule"],
        "byline_after_body"
    );
}

#[test]
fn articles_stored_before_provenance_load_and_say_how_to_get_it() {
    let env = TestEnv::new();
    let id = env.import_seed();
    let mut old = stored(&env, &id);
    old.as_object_mut().expect("object").remove("provenance");
    store(&env, &id, &old);

    env.run(&["show", &id]).success();
    env.run(&["list"]).success().stdout_has(&id);
    env.run(&["show", &id, "--explain"])
        .success()
        .stdout_has("provenance unavailable")
        .stdout_has(&format!("newsarc reparse {id}"));

    let out = env.run(&["reparse", "--json"]).success();
    let report = &out.json_lines()[0];
    assert_eq!(report["status"], "changed");
    assert_eq!(report["fields"], serde_json::json!([]));
    env.run(&["show", &id, "--explain"])
        .success()
        .stdout_has("[headline_ranker]");
}

#[test]
fn reparse_names_the_fields_whose_rule_changed() {
    let env = TestEnv::new();
    let id = env.import_seed();
    // Pretend an older parser found another headline by another rule.
    let mut old = stored(&env, &id);
    old["headline"] = "Menu".into();
    old["provenance"]["fields"]["headline"][0]["rule"] = "first_block_title".into();
    store(&env, &id, &old);
    env.run(&["reparse", &id])
        .success()
        .stdout_has(&format!("{id}  reparsed"))
        .stdout_has("headline     first_block_title → headline_ranker");

    let mut old = stored(&env, &id);
    old["provenance"]["fields"]["byline"][0]["rule"] = "byline_near_headline".into();
    store(&env, &id, &old);
    let out = env.run(&["reparse", "--json", &id]).success();
    assert_eq!(
        out.json_lines()[0]["fields"],
        serde_json::json!([{
            "field": "byline",
            "old_rules": ["byline_near_headline"],
            "new_rules": ["byline_after_body"],
            "value_changed": false,
        }])
    );
}

#[test]
fn parse_verbose_prints_the_provenance_on_stderr() {
    let env = TestEnv::new();
    let out = env.run(&["parse", "-v", SEED]).success();
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("stdout stays JSON");
    assert_eq!(json["provenance"]["parser"], "text");
    assert!(
        out.stderr.contains("[headline_ranker] from line 1"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("dropped: 2 pieces"), "{}", out.stderr);
}

#[test]
fn html_articles_name_the_metadata_they_came_from() {
    let env = TestEnv::new();
    let page = env.write(
        "page.html",
        r#"<!doctype html><html lang="en"><head><title>Bridge opens | City Times</title>
        <meta property="og:site_name" content="City Times">
        <meta property="article:published_time" content="2024-05-06T08:00:00-04:00"></head>
        <body><article><h1>Bridge opens</h1>
        <p>Officials said on Tuesday that the new bridge, which took six years to build, would open to traffic next month.</p>
        <p>Officials said on Tuesday that the new bridge, which took six years to build, would open to traffic next month.</p>
        <p>Share this article</p></article></body></html>"#,
    );
    env.run(&["import", &page.display().to_string()]).success();
    let id = env.run(&["list", "--json"]).success().json_lines()[0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    env.run(&["show", &id, "--explain"])
        .success()
        .stdout_has("(html parser)")
        .stdout_has("[html_h1_matches_title] from <h1>")
        .stdout_has("[html_meta] from article:published_time")
        .stdout_has("[html_meta] from og:site_name")
        .stdout_has("Share this article")
        .stdout_has("[html_furniture]");
}
