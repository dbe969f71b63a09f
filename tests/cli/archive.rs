//! The round trip of issue 2: import, list, show, search, re-import, delete.

use crate::env::{SEED, TestEnv};

#[test]
fn seed_round_trips_through_the_archive() {
    let env = TestEnv::new();
    let id = env.import_seed();
    assert_eq!(id.len(), 12);

    let list = env.run(&["list", "--json"]).success();
    let entries = list.json_lines();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["id"], id.as_str());

    let show = env.run(&["show", &id, "--json"]).success();
    let article: serde_json::Value =
        serde_json::from_str(&show.stdout).expect("show --json is JSON");
    assert_eq!(
        article["headline"],
        "Russia, US to discuss militant withdrawal from Aleppo"
    );
    assert_eq!(article["schema"], 1);
    for field in [
        "standfirst",
        "byline",
        "published",
        "updated",
        "dateline",
        "site_name",
        "url",
        "language",
    ] {
        assert!(article.get(field).is_some(), "field {field} missing");
    }

    env.run(&["show", &id[..4]])
        .success()
        .stdout_has("Russia, US to discuss militant withdrawal from Aleppo");
    env.run(&["show", &id, "--source"])
        .success()
        .stdout_has("Leave a Reply");
}

#[test]
fn search_is_case_insensitive_and_exits_1_on_no_match() {
    let env = TestEnv::new();
    let id = env.import_seed();
    env.run(&["search", "aleppo"]).success().stdout_has(&id);
    env.run(&["search", "ALEPPO"]).success().stdout_has(&id);
    let hits = env
        .run(&["search", "--json", "lavrov"])
        .success()
        .json_lines();
    assert_eq!(hits.len(), 1);
    assert!(
        hits[0]["snippet"]
            .as_str()
            .is_some_and(|s| s.to_lowercase().contains("lavrov"))
    );
    let out = env.run(&["search", "zanzibar"]).code(1);
    assert!(out.stdout.is_empty());
}

#[test]
fn reimport_is_a_no_op() {
    let env = TestEnv::new();
    let id = env.import_seed();
    let before = env.store_files();
    let article = std::fs::read(env.store().join(format!("articles/{}/{id}.json", &id[..2])))
        .expect("article file");
    env.run(&["import", SEED])
        .success()
        .stdout_has(&format!("already archived as {id}"));
    assert_eq!(env.store_files(), before);
    let after = std::fs::read(env.store().join(format!("articles/{}/{id}.json", &id[..2])))
        .expect("article file");
    assert_eq!(article, after, "re-import rewrote the article");
}

#[test]
fn delete_removes_article_from_list_and_search() {
    let env = TestEnv::new();
    let id = env.import_seed();
    env.run(&["delete", &id[..6]])
        .success()
        .stdout_has(&format!("deleted {id}"));
    assert!(env.run(&["list", "--json"]).success().stdout.is_empty());
    env.run(&["search", "aleppo"]).code(1);
    env.run(&["show", &id])
        .code(2)
        .stderr_has("no article matches");
    assert!(
        !env.store_files().iter().any(|f| f.contains(&id)),
        "files left: {:?}",
        env.store_files()
    );
}

/// A note of a title and one paragraph: the classifier, trained on whole
/// pages, scores a lone paragraph low, and its text was once left out.
#[test]
fn a_one_paragraph_note_is_stored_with_its_text() {
    let env = TestEnv::new();
    let note = env.write(
        "note.txt",
        "Bridge to close for repairs\n\n\
         The council voted on Tuesday to close the old bridge until next spring.\n",
    );
    let out = env
        .run(&["import", note.to_str().expect("utf-8 path")])
        .success();
    let id = out
        .stdout
        .split_whitespace()
        .next()
        .expect("id")
        .to_string();
    env.run(&["search", "council"]).success().stdout_has(&id);
    let show = env.run(&["show", &id, "--json"]).success();
    let article: serde_json::Value =
        serde_json::from_str(&show.stdout).expect("show --json is JSON");
    assert_eq!(
        article["body"],
        serde_json::json!([
            "The council voted on Tuesday to close the old bridge until next spring."
        ])
    );
}

#[test]
fn stdin_and_directories_are_imported() {
    let env = TestEnv::new();
    env.write(
        "dir/a.txt",
        "First headline\n\nA first paragraph of text for the article.",
    );
    env.write(
        "dir/sub/b.txt",
        "Second headline\n\nAnother paragraph of text for the article.",
    );
    let dir = env.store().parent().expect("tmp").join("inputs/dir");
    let out = env
        .run(&["import", dir.to_str().expect("utf-8 path")])
        .success();
    assert_eq!(out.stdout.lines().count(), 2, "{}", out.stdout);
    out.stderr_has("imported 2, already archived 0, failed 0");
    env.run(&["import", "-"])
        .stdin("Third headline\n\nFrom standard input.")
        .success();
    assert_eq!(env.run(&["list", "--json"]).success().json_lines().len(), 3);
}

#[test]
fn list_is_newest_first_and_limited() {
    let env = TestEnv::new();
    env.write(
        "old.txt",
        "Old story\n\nPublished on March 1, 2010, this is a paragraph.",
    );
    env.write(
        "new.txt",
        "New story\n\nPublished on March 1, 2020, this is a paragraph.",
    );
    let inputs = env.store().parent().expect("tmp").join("inputs");
    env.run(&["import", inputs.to_str().expect("utf-8")])
        .success();
    let all = env.run(&["list", "--json"]).success().json_lines();
    assert_eq!(all.len(), 2);
    let one = env.run(&["list", "-n", "1"]).success();
    assert_eq!(one.stdout.lines().count(), 1);
}

#[test]
fn ambiguous_prefix_lists_candidates() {
    let env = TestEnv::new();
    // Find two inputs whose ids share their first four hex digits.
    let mut seen = std::collections::HashMap::new();
    let (a, b) = (0..100_000)
        .find_map(|n| {
            let text = format!("Headline {n}\n\nBody paragraph number {n}.");
            let id = newsarc::article::ArticleId::from_bytes(text.as_bytes()).to_string();
            seen.insert(id[..4].to_string(), text.clone())
                .map(|other| (other, text))
        })
        .expect("a 4-digit collision among 100k ids");
    let pa = env.write("a.txt", &a);
    let pb = env.write("b.txt", &b);
    env.run(&[
        "import",
        pa.to_str().expect("utf-8"),
        pb.to_str().expect("utf-8"),
    ])
    .success();
    let prefix = newsarc::article::ArticleId::from_bytes(a.as_bytes()).to_string()[..4].to_string();
    env.run(&["show", &prefix]).code(2).stderr_has("ambiguous");
}

#[test]
fn damaged_article_is_reported_with_its_path_and_skipped() {
    let env = TestEnv::new();
    let id = env.import_seed();
    env.write(
        "other.txt",
        "Other headline\n\nSome other article about Aleppo.",
    );
    let other = env.store().parent().expect("tmp").join("inputs/other.txt");
    env.run(&["import", other.to_str().expect("utf-8")])
        .success();
    let path = env.store().join(format!("articles/{}/{id}.json", &id[..2]));
    std::fs::write(&path, b"{\"schema\": 1, \"id\": ").expect("damage file");
    let out = env
        .run(&["list", "--json"])
        .success()
        .stderr_has(&format!("{id}.json"));
    assert_eq!(out.json_lines().len(), 1);
    env.run(&["search", "aleppo"])
        .success()
        .stderr_has(&format!("{id}.json"));
}

/// A saved page goes through the HTML extractor whatever its file name,
/// unless `--format` says otherwise; navigation and footer stay out.
#[test]
fn html_is_detected_from_content_and_format_forces() {
    let env = TestEnv::new();
    let para = "The council voted on Tuesday to reopen the old harbour bridge to cyclists and pedestrians from next spring.";
    let page = env.write(
        "saved.txt",
        format!(
            "<!doctype html><html lang=en><head><title>Bridge reopens | Town News</title></head>\
             <body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>Bridge reopens</h1>\
             <p>{para}</p><p>{para}</p></article><footer>Copyright Town News</footer></body></html>"
        ),
    );
    let page = page.to_str().expect("utf-8 path");
    let parse = |args: &[&str]| -> serde_json::Value {
        let out = env.run(args).success();
        serde_json::from_str(&out.stdout).expect("parse prints JSON")
    };
    let detected = parse(&["parse", page]);
    assert_eq!(detected["source"]["format"], "html");
    assert_eq!(detected["headline"], "Bridge reopens");
    assert_eq!(detected["body"], serde_json::json!([para, para]));

    let fragment = env.write("fragment.txt", format!("<b>Bridge reopens</b> {para}"));
    let forced = parse(&[
        "parse",
        "--format",
        "html",
        fragment.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(forced["source"]["format"], "html");
    assert!(!forced.to_string().contains("<b>"));

    let as_text = parse(&["parse", "--format", "text", page]);
    assert_eq!(as_text["source"]["format"], "text");
}
