//! Search and list served from the index (issue 5): the query language,
//! filters, JSON output, and an index that repairs itself.

use std::fs;
use std::path::PathBuf;

use crate::env::TestEnv;

/// Imports `(file name, text)` pairs in one run; returns ids by file name.
fn import(env: &TestEnv, articles: &[(&str, &str)]) -> Vec<String> {
    let paths: Vec<PathBuf> = articles
        .iter()
        .map(|(name, text)| env.write(name, text))
        .collect();
    let mut args = vec!["import", "--json"];
    args.extend(paths.iter().map(|p| p.to_str().expect("utf-8 path")));
    env.run(&args)
        .success()
        .json_lines()
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_string())
        .collect()
}

fn corpus(env: &TestEnv) -> Vec<String> {
    import(
        env,
        &[
            (
                "aleppo.txt",
                "Russia, US to discuss militant withdrawal from Aleppo\n\n\
                 Russia’s Foreign Minister Sergey Lavrov said talks would begin.",
            ),
            (
                "homs.txt",
                "Fighting resumes near Homs\n\n\
                 The withdrawal of every militant group was refused, officials said.",
            ),
            (
                "cafe.txt",
                "A café reopens in Zürich\n\nThe owners of the Café Odeon are withdrawing their plans.",
            ),
        ],
    )
}

/// Ids of the hits of `search --json -n 100 QUERY…`.
fn hits(env: &TestEnv, query: &[&str]) -> Vec<String> {
    let mut args = vec!["search", "--json", "-n", "100"];
    args.extend(query);
    let out = env.run(&args).output();
    assert!(out.code == 0 || out.code == 1, "{}", out.stderr);
    out.json_lines()
        .iter()
        .map(|h| h["id"].as_str().expect("id").to_string())
        .collect()
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

#[test]
fn query_language_words_phrases_or_not_and_fields() {
    let env = TestEnv::new();
    let ids = corpus(&env);
    let (aleppo, homs, cafe) = (&ids[0], &ids[1], &ids[2]);
    let cases: &[(&[&str], Vec<&String>)] = &[
        (&["aleppo"], vec![aleppo]),
        (&["militant", "withdrawal"], vec![aleppo, homs]),
        (&["\"militant withdrawal\""], vec![aleppo]),
        (&["aleppo OR homs"], vec![aleppo, homs]),
        (&["militant -aleppo"], vec![homs]),
        (&["militant", "NOT", "aleppo"], vec![homs]),
        (&["headline:withdrawal"], vec![aleppo]),
        (&["body:aleppo"], vec![]),
        (&["(aleppo OR homs) -\"militant withdrawal\""], vec![homs]),
        // Case, accents, apostrophes and English stemming.
        (&["ALEPPO"], vec![aleppo]),
        (&["cafe", "zurich"], vec![cafe]),
        (&["russia"], vec![aleppo]),
        (&["withdraw"], vec![aleppo, homs, cafe]),
        (&["zanzibar"], vec![]),
    ];
    for (query, want) in cases {
        let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        assert_eq!(sorted(hits(&env, query)), sorted(want), "search {query:?}");
    }
}

#[test]
fn headline_matches_rank_first_and_limit_applies() {
    let env = TestEnv::new();
    let ids = corpus(&env);
    assert_eq!(hits(&env, &["withdrawal"])[0], ids[0]);
    let out = env.run(&["search", "withdraw", "-n", "1"]).success();
    assert_eq!(
        out.stdout.lines().filter(|l| !l.starts_with(' ')).count(),
        1
    );
}

#[test]
fn json_hits_carry_snippet_and_highlight_ranges() {
    let env = TestEnv::new();
    corpus(&env);
    let out = env.run(&["search", "--json", "lavrov"]).success();
    let hits = out.json_lines();
    assert_eq!(hits.len(), 1);
    let hit = &hits[0];
    for field in ["id", "headline", "published", "authors", "score", "snippet"] {
        assert!(hit.get(field).is_some(), "field {field} missing: {hit}");
    }
    let snippet = hit["snippet"].as_str().expect("snippet");
    let ranges = hit["highlights"].as_array().expect("highlights");
    assert_eq!(ranges.len(), 1);
    let (start, end) = (
        ranges[0][0].as_u64().expect("start") as usize,
        ranges[0][1].as_u64().expect("end") as usize,
    );
    assert_eq!(&snippet[start..end], "Lavrov");
}

#[test]
fn plain_output_has_no_colour_on_a_pipe_and_colour_when_asked() {
    let env = TestEnv::new();
    corpus(&env);
    let plain = env.run(&["search", "aleppo"]).success();
    assert!(!plain.stdout.contains('\x1b'));
    let coloured = env
        .run(&["--color", "always", "search", "aleppo"])
        .success();
    assert!(coloured.stdout.contains("\x1b[1;31mAleppo\x1b[0m"));
}

#[test]
fn invalid_query_is_one_clear_error() {
    let env = TestEnv::new();
    corpus(&env);
    for (query, message) in [
        ("\"aleppo", "never closed"),
        ("aleppo OR", "OR needs something"),
        ("(aleppo", "unmatched ("),
        ("author:", "author: needs a word"),
        ("—", "no words to search for"),
    ] {
        let out = env.run(&["search", query]).code(2).stderr_has(message);
        assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    }
}

#[test]
fn deleted_index_is_rebuilt_and_says_so() {
    let env = TestEnv::new();
    let ids = corpus(&env);
    fs::remove_dir_all(env.store().join("index")).expect("remove index");
    let out = env
        .run(&["search", "aleppo"])
        .success()
        .stderr_has("search index rebuilt because it was missing (3 articles)");
    assert!(out.stdout.contains(&ids[0]));
    assert!(env.run(&["list"]).success().stderr.is_empty());
    env.run(&["reindex"])
        .success()
        .stderr_has("indexed 3 articles");
}

/// Rewrites an article file the way an editor saves: a new file renamed
/// over the old one.
fn edit_article(env: &TestEnv, id: &str, edit: impl Fn(&mut serde_json::Value)) {
    let path = env.store().join(format!("articles/{}/{id}.json", &id[..2]));
    let mut json: serde_json::Value =
        serde_json::from_slice(&fs::read(&path).expect("article")).expect("article JSON");
    edit(&mut json);
    let tmp = path.with_extension("edit");
    fs::write(&tmp, serde_json::to_vec_pretty(&json).expect("JSON")).expect("write");
    fs::rename(&tmp, &path).expect("rename");
}

#[test]
fn hand_edits_are_noticed_and_filters_apply() {
    let env = TestEnv::new();
    let ids = corpus(&env);
    edit_article(&env, &ids[0], |a| {
        a["authors"] = serde_json::json!([{"name": "Jim Lemuel Wilson", "bio": null}]);
        a["published"] = "2016-12-03".into();
        a["site_name"] = "Example News".into();
        a["tags"] = serde_json::json!(["syria"]);
    });
    edit_article(&env, &ids[1], |a| {
        a["published"] = "2016-11-20T23:30:00-05:00".into();
    });
    let list = env
        .run(&["list", "--json"])
        .success()
        .stderr_has("article files changed since it was written");
    // Newest first: the two dated 2016 articles after the one imported today.
    let order: Vec<String> = list
        .json_lines()
        .iter()
        .map(|e| e["id"].as_str().expect("id").to_string())
        .collect();
    assert_eq!(order, vec![ids[2].clone(), ids[0].clone(), ids[1].clone()]);

    let listed = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["list", "--json"];
        all.extend(args);
        let out = env.run(&all).output();
        out.json_lines()
            .iter()
            .map(|e| e["id"].as_str().expect("id").to_string())
            .collect()
    };
    assert_eq!(listed(&["--author", "lemuel wilson"]), vec![ids[0].clone()]);
    assert_eq!(listed(&["--site", "example"]), vec![ids[0].clone()]);
    assert_eq!(listed(&["--tag", "Syria"]), vec![ids[0].clone()]);
    assert_eq!(
        listed(&["--since", "2016-11", "--until", "2016-11"]),
        vec![ids[1].clone()],
        "an offset does not move an article to another day"
    );
    assert_eq!(listed(&["--until", "2016"]).len(), 2);
    assert_eq!(
        listed(&["--sort", "oldest", "-n", "1"]),
        vec![ids[1].clone()]
    );
    env.run(&["list", "--tag", "nothing"]).code(1);
    env.run(&["list", "--since", "2016-13"])
        .code(2)
        .stderr_has("invalid date");

    assert_eq!(hits(&env, &["author:wilson"]), vec![ids[0].clone()]);
    assert_eq!(
        hits(&env, &["tag:syria", "withdrawal"]),
        vec![ids[0].clone()]
    );
    assert_eq!(hits(&env, &["site:example"]), vec![ids[0].clone()]);
    assert_eq!(
        hits(
            &env,
            &["withdrawal", "--since", "2016-12-01", "--until", "2016-12"]
        ),
        vec![ids[0].clone()]
    );
}

#[test]
fn deleting_by_hand_is_noticed() {
    let env = TestEnv::new();
    let ids = corpus(&env);
    let path = env
        .store()
        .join(format!("articles/{}/{}.json", &ids[0][..2], ids[0]));
    fs::remove_file(path).expect("remove");
    env.run(&["search", "aleppo"])
        .code(1)
        .stderr_has("search index rebuilt");
}

#[test]
fn delete_and_reimport_keep_the_index_in_step() {
    let env = TestEnv::new();
    let ids = corpus(&env);
    env.run(&["delete", &ids[1]]).success();
    assert_eq!(hits(&env, &["militant"]), vec![ids[0].clone()]);
    let out = env.run(&["search", "militant"]).success();
    assert!(out.stderr.is_empty(), "no rebuild expected: {}", out.stderr);
    corpus(&env);
    assert_eq!(hits(&env, &["militant"]).len(), 2);
}
