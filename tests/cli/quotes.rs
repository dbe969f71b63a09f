//! `newsarc quotes` (issue 8): who said what, where.

use crate::env::TestEnv;

#[test]
fn lists_the_seed_quotes_with_speaker_and_article() {
    let env = TestEnv::new();
    let id = env.import_seed();
    let lines = env.run(&["quotes", "--json"]).success().json_lines();
    assert_eq!(lines.len(), 4, "{lines:#?}");
    for line in &lines {
        assert_eq!(line["speaker"], "Sergey Lavrov");
        assert_eq!(line["id"], id.as_str());
        assert_eq!(
            line["headline"],
            "Russia, US to discuss militant withdrawal from Aleppo"
        );
        assert!(line.get("published").is_some());
    }
    assert_eq!(lines[2]["text"], "has every reason to believe");
    env.run(&["quotes"])
        .success()
        .stdout_has("“has every reason to believe”")
        .stdout_has("— Sergey Lavrov · ")
        .stdout_has(&id);
}

#[test]
fn filters_by_speaker_and_query() {
    let env = TestEnv::new();
    env.import_seed();
    let by_surname = env
        .run(&["quotes", "--speaker", "LAVROV", "--json"])
        .success()
        .json_lines();
    assert_eq!(by_surname.len(), 4);
    env.run(&["quotes", "aleppo", "--speaker", "sergey lavrov"])
        .success()
        .stdout_has("resolve the issue of eastern Aleppo.");
    env.run(&["quotes", "--speaker", "kerry"]).code(1);
    env.run(&["quotes", "nosuchword"]).code(1);
    env.run(&["quotes", "--speaker", " "]).code(2);
}

#[test]
fn an_empty_archive_lists_nothing_successfully() {
    let env = TestEnv::new();
    let out = env.run(&["quotes"]).success();
    assert!(out.stdout.is_empty());
}

#[test]
fn explain_says_how_each_speaker_was_found() {
    let env = TestEnv::new();
    env.import_seed();
    env.run(&["quotes", "--explain"])
        .success()
        .stdout_has("why: attribution right after the quote: \"Lavrov said\" (completed to the full name given in the article)")
        .stdout_has("why: attribution right after the quote: \"he said\" (pronoun: the most recent named speaker)")
        .stdout_has("why: attribution earlier in the sentence: \"Lavrov also claims\"");
    let lines = env
        .run(&["quotes", "--explain", "--json"])
        .success()
        .json_lines();
    assert_eq!(lines[0]["why"]["rule"], "attribution_after");
    assert_eq!(lines[0]["why"]["evidence"], "Lavrov said");
    assert_eq!(lines[0]["why"]["resolution"], "full_name");
    let plain = env.run(&["quotes", "--json"]).success().json_lines();
    assert!(plain[0].get("why").is_none());
}
