//! Issue 7: `tag`, `stats` and `reparse`.

use std::fs;

use serde::Deserialize;

use crate::env::TestEnv;

/// The pinned shape of `stats --json` (docs/json-output.md): a field added
/// or renamed fails here.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Stats {
    articles: u64,
    words: u64,
    store_bytes: u64,
    by_site: Vec<Count>,
    by_author: Vec<Count>,
    by_tag: Vec<Count>,
    by_month: Vec<Count>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Count {
    name: Option<String>,
    count: u64,
}

fn article_json(env: &TestEnv, id: &str) -> serde_json::Value {
    serde_json::from_str(&env.run(&["show", id, "--json"]).success().stdout).expect("JSON")
}

#[test]
fn tags_are_added_removed_and_normalized() {
    let env = TestEnv::new();
    let ids = env.import_many(2);
    env.run(&["tag", &ids[0][..5], &ids[1], "+Syria", "+to-read"])
        .success()
        .stdout_has(&format!("{}  syria to-read", ids[0]))
        .stdout_has(&format!("{}  syria to-read", ids[1]));
    env.run(&["tag", &ids[0], "-to-read", "+ aleppo "])
        .success()
        .stdout_has("aleppo syria");
    assert_eq!(
        article_json(&env, &ids[0])["tags"],
        serde_json::json!(["aleppo", "syria"])
    );
    assert_eq!(
        article_json(&env, &ids[1])["tags"],
        serde_json::json!(["syria", "to-read"])
    );
    let listed = env.run(&["list", "--json"]).success().json_lines();
    assert!(
        listed
            .iter()
            .any(|e| e["tags"] == serde_json::json!(["aleppo", "syria"]))
    );
    env.run(&["tag", &ids[0]])
        .success()
        .stdout_has("aleppo syria");
}

#[test]
fn tag_errors_say_what_to_do() {
    let env = TestEnv::new();
    let id = env.import_seed();
    env.run(&["tag", "+x"]).code(2).stderr_has("no article id");
    env.run(&["tag", &id, "+"]).code(2).stderr_has("+TAG");
    env.run(&["tag", "ffff", "+x"])
        .code(2)
        .stderr_has("no article matches");
    assert_eq!(article_json(&env, &id)["tags"], serde_json::json!([]));
}

#[test]
fn stats_count_by_site_author_month_and_size() {
    let env = TestEnv::new();
    let ids = env.import_many(3);
    env.run(&["tag", &ids[0], "+syria"]).success();
    let out = env.run(&["stats", "--json"]).success();
    let pinned: Stats = serde_json::from_str(&out.stdout).expect("the documented shape");
    assert_eq!(pinned.articles, 3);
    let stats: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(stats["articles"], 3);
    assert!(stats["store_bytes"].as_u64().is_some_and(|b| b > 1000));
    let total = |key: &str| -> u64 {
        stats[key]
            .as_array()
            .expect(key)
            .iter()
            .map(|c| c["count"].as_u64().expect("count"))
            .sum()
    };
    assert_eq!(total("by_site"), 3);
    assert_eq!(total("by_month"), 3);
    assert_eq!(
        stats["by_tag"],
        serde_json::json!([{"name": "syria", "count": 1}])
    );
    env.run(&["stats"])
        .success()
        .stdout_has("3 articles")
        .stdout_has("By month")
        .stdout_has("By author");
}

#[test]
fn reparse_restores_parsed_fields_and_keeps_id_tags_and_source() {
    let env = TestEnv::new();
    let id = env.import_seed();
    env.run(&["tag", &id, "+keep"]).success();
    let before = article_json(&env, &id);
    let out = env.run(&["reparse"]).success();
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr.contains("changed 0, unchanged 1, failed 0"),
        "{}",
        out.stderr
    );

    // Pretend an older parser got the headline wrong.
    let path = env.store().join(format!("articles/{}/{id}.json", &id[..2]));
    let mut stale = before.clone();
    stale["headline"] = "An old, wrong headline".into();
    fs::write(&path, serde_json::to_vec_pretty(&stale).expect("JSON")).expect("write");
    env.run(&["reparse", &id[..6]])
        .success()
        .stdout_has(&format!("{id}  reparsed"))
        .stderr_has("changed 1");
    assert_eq!(article_json(&env, &id), before);
    env.run(&["reparse", "ffff"])
        .code(2)
        .stderr_has("no article matches");
}
