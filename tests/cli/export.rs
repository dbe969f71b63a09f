//! Issue 7: `export` as NDJSON, JSON, Markdown and a static HTML site,
//! selected by ids or a query.

use std::fs;

use crate::env::TestEnv;

#[test]
fn ndjson_is_the_default_with_one_article_per_line() {
    let env = TestEnv::new();
    let ids = env.import_many(3);
    let out = env.run(&["export"]).success();
    let articles = out.json_lines();
    assert_eq!(articles.len(), 3);
    for a in &articles {
        assert_eq!(a["schema"], 1);
        assert!(ids.iter().any(|id| a["id"] == id.as_str()));
    }
}

#[test]
fn json_array_to_a_file_and_selection_by_ids() {
    let env = TestEnv::new();
    let ids = env.import_many(3);
    let file = env.path("out/two.json");
    env.run(&[
        "export",
        &ids[2][..6],
        &ids[0],
        "--format",
        "json",
        "-o",
        &file.display().to_string(),
    ])
    .success()
    .stderr_has("exported 2 articles");
    let array: serde_json::Value =
        serde_json::from_slice(&fs::read(&file).expect("written")).expect("a JSON array");
    let got: Vec<&str> = array
        .as_array()
        .expect("array")
        .iter()
        .map(|a| a["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        got,
        [ids[2].as_str(), ids[0].as_str()],
        "in the order given"
    );
    env.run(&["export", "ffff"])
        .code(2)
        .stderr_has("no article matches");
}

#[test]
fn query_selects_matching_articles_and_no_match_exits_1() {
    let env = TestEnv::new();
    env.import_many(2);
    let seed = env.import_seed();
    let hits = env
        .run(&["export", "--query", "marker0001"])
        .success()
        .json_lines();
    assert_eq!(hits.len(), 1, "only story 1");
    assert_ne!(hits[0]["id"], seed.as_str());
    let out = env.run(&["export", "--query", "zanzibar"]).code(1);
    assert!(out.stdout.is_empty());
}

#[test]
fn markdown_to_stdout_and_one_file_per_article_in_a_directory() {
    let env = TestEnv::new();
    let ids = env.import_many(2);
    let out = env.run(&["export", "--format", "markdown"]).success();
    assert_eq!(out.stdout.matches("\n* * *\n").count(), 1, "one separator");
    assert!(out.stdout.starts_with("# "));
    let dir = env.path("notes");
    fs::create_dir_all(&dir).expect("mkdir");
    env.run(&[
        "export",
        "--format",
        "markdown",
        "-o",
        &dir.display().to_string(),
    ])
    .success();
    for id in &ids {
        let md = fs::read_to_string(dir.join(format!("{id}.md"))).expect("one file each");
        assert!(md.starts_with(&format!("---\nid: \"{id}\"\n")), "{md}");
    }
    env.run(&["export", "-o", &dir.display().to_string()])
        .code(2)
        .stderr_has("is a directory");
}

#[test]
fn html_export_is_a_self_contained_escaped_site() {
    let env = TestEnv::new();
    let ids = env.import_many(2);
    let evil = env.write(
        "evil.txt",
        "Breaking <script>alert('pwned')</script> & \"more\"\n\nBody <img src=x onerror=alert(1)> text.\n",
    );
    let evil_id = env
        .run(&[
            "import",
            "--json",
            "--format",
            "text",
            &evil.display().to_string(),
        ])
        .success()
        .json_lines()[0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    let site = env.path("site");
    env.run(&[
        "export",
        "--format",
        "html",
        "-o",
        &site.display().to_string(),
    ])
    .success()
    .stderr_has("index.html");
    let index = fs::read_to_string(site.join("index.html")).expect("index");
    for id in ids.iter().chain([&evil_id]) {
        assert!(index.contains(&format!("href=\"articles/{id}.html\"")));
        let page = fs::read_to_string(site.join(format!("articles/{id}.html"))).expect("page");
        assert!(page.contains("href=\"../index.html\""));
        assert!(page.contains("Content-Security-Policy"));
        for external in ["src=\"", "<link", "@import", "url("] {
            assert!(!page.contains(external), "{external} in {id}");
        }
    }
    let page = fs::read_to_string(site.join(format!("articles/{evil_id}.html"))).expect("page");
    assert!(
        page.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
    );
    assert!(!page.contains("<script"));
    assert!(!page.contains("<img"));
    assert!(index.contains("&lt;script&gt;"));
    assert_eq!(
        index.matches("<script>").count(),
        1,
        "only the filter script"
    );
}

#[test]
fn an_empty_archive_exports_nothing_successfully() {
    let env = TestEnv::new();
    let out = env.run(&["export"]).success();
    assert!(out.stdout.is_empty());
}

#[test]
fn html_export_needs_a_directory() {
    let env = TestEnv::new();
    env.import_seed();
    env.run(&["export", "--format", "html"])
        .code(2)
        .stderr_has("-o DIR");
}

/// What `show --markdown` writes reads back as the article it shows: a
/// way to carry articles from one archive to another.
#[test]
fn a_markdown_export_reads_back_as_the_same_article() {
    let env = TestEnv::new();
    let id = env.import_seed();
    let markdown = env
        .run(&["show", &id, "--markdown", "--no-pager"])
        .success()
        .stdout;
    let exported = env.write("seed.md", markdown);
    let read = |args: &[&str]| -> serde_json::Value {
        serde_json::from_str(&env.run(args).success().stdout).expect("JSON")
    };
    let shown = read(&["show", &id, "--json"]);
    let back = read(&["parse", exported.to_str().expect("utf-8 path")]);
    for field in [
        "headline",
        "standfirst",
        "byline",
        "authors",
        "body",
        "quotes",
    ] {
        assert_eq!(back[field], shown[field], "{field}");
    }
}
