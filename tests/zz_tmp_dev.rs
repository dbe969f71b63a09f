use newsarc::parse::quotes::extract;
#[test]
fn dev_all() {
    let mut n = 0;
    let mut with = 0;
    let mut total = 0;
    let t = std::time::Instant::now();
    for ds in ["wcxb", "readability"] {
        let gt: serde_json::Value = serde_json::from_slice(
            &std::fs::read(format!("/work/shared/bench/dev/{ds}/ground-truth.json")).unwrap(),
        )
        .unwrap();
        let mut out = String::new();
        for (id, v) in gt.as_object().unwrap() {
            let body: Vec<String> = v["articleBody"]
                .as_str()
                .unwrap()
                .split("\n\n")
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            let q = extract(&body);
            n += 1;
            total += q.len();
            with += q.iter().filter(|q| q.speaker.is_some()).count();
            for x in &q {
                out.push_str(&format!(
                    "{ds}/{id}\t{:?}\t{}\n",
                    x.speaker,
                    x.text.chars().take(120).collect::<String>()
                ));
            }
        }
        std::fs::write(format!("/tmp/qdev/{ds}.tsv"), out).unwrap();
        for r in ["w3m", "lynx", "chromium"] {
            for e in std::fs::read_dir(format!("/work/shared/bench/dev/{ds}/text/{r}")).unwrap() {
                let s = std::fs::read_to_string(e.unwrap().path()).unwrap_or_default();
                let body: Vec<String> = s.split("\n\n").map(|s| s.to_string()).collect();
                let _ = extract(&body);
                let lines: Vec<String> = s.lines().map(|s| s.to_string()).collect();
                let _ = extract(&lines);
            }
        }
    }
    eprintln!(
        "pages {n} quotes {total} with speaker {with} in {:?}",
        t.elapsed()
    );
}
