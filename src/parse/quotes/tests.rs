//! Table-driven tests of the whole extractor: one small article per
//! attribution pattern, and the seed article of SPEC §1.

use super::*;

/// A quote as (text, speaker), to compare with literals.
type Pair = (String, Option<String>);

/// Runs the extractor on paragraphs and returns (text, speaker) pairs.
fn run(body: &[&str]) -> Vec<Pair> {
    let body: Vec<String> = body.iter().map(|s| s.to_string()).collect();
    extract(&body)
        .into_iter()
        .map(|q| (q.text, q.speaker))
        .collect()
}

fn q(text: &str, speaker: Option<&str>) -> Pair {
    (text.to_string(), speaker.map(str::to_string))
}

#[test]
fn attribution_patterns() {
    let lavrov = Some("Sergey Lavrov");
    let intro = "Foreign Minister Sergey Lavrov said Moscow was ready.";
    let cases: &[(&str, Vec<Pair>)] = &[
        ("“We will go,” Lavrov said.", vec![q("We will go", lavrov)]),
        ("“We will go,” said Lavrov.", vec![q("We will go", lavrov)]),
        (
            "\"We will go,\" Lavrov said.",
            vec![q("We will go", lavrov)],
        ),
        ("Lavrov said: “We will go.”", vec![q("We will go.", lavrov)]),
        ("Lavrov said, “We will go.”", vec![q("We will go.", lavrov)]),
        (
            "“We will go,” according to Lavrov.",
            vec![q("We will go", lavrov)],
        ),
        (
            "“We will go,” he told reporters.",
            vec![q("We will go", lavrov)],
        ),
        ("“We will go,” Lavrov added.", vec![q("We will go", lavrov)]),
        ("“We will go,” Lavrov noted.", vec![q("We will go", lavrov)]),
        (
            "“We will go,” Lavrov warned on Monday.",
            vec![q("We will go", lavrov)],
        ),
        (
            "“We will go,” Mr. Lavrov told the BBC.",
            vec![q("We will go", lavrov)],
        ),
        (
            "“We will go,” said Mr. Lavrov.",
            vec![q("We will go", lavrov)],
        ),
        (
            "“We will go,” said Dr Sergey Lavrov, who led the talks.",
            vec![q("We will go", lavrov)],
        ),
        (
            "“We will go,” said the country’s top diplomat, Sergey Lavrov.",
            vec![q("We will go", lavrov)],
        ),
        (
            "“We will go,” said the source, adding that Lavrov knew.",
            vec![q("We will go", None)],
        ),
        (
            "“We will go,” the Foreign Minister said.",
            vec![q("We will go", lavrov)],
        ),
        (
            "Lavrov claims that Russia “has every reason to believe” it works.",
            vec![q("has every reason to believe", lavrov)],
        ),
        (
            "“We will go,” he said. “And we will stay.”",
            vec![q("We will go", lavrov), q("And we will stay.", lavrov)],
        ),
        (
            "“We will go,” the source said.",
            vec![q("We will go", None)],
        ),
        (
            "“We will go,” Moscow resident Sergey Lavrov said.",
            vec![q("We will go", lavrov)],
        ),
        (
            "“We will go,” said a spokesman.",
            vec![q("We will go", None)],
        ),
        ("“We will go,” it said.", vec![q("We will go", None)]),
        ("He called the plan “counterproductive.”", vec![]),
        ("The firm, “Acme Holdings Inc.”, is new.", vec![]),
        ("It is a “low-ball” figure, Lavrov said.", vec![]),
        ("“We will go.”", vec![q("We will go.", lavrov)]),
    ];
    for (paragraph, want) in cases {
        assert_eq!(&run(&[intro, paragraph]), want, "{paragraph}");
    }
}

#[test]
fn an_unnamed_speaker_stops_pronoun_resolution() {
    let got = run(&[
        "Lavrov spoke, Lavrov said.",
        "“It is over,” the source said.",
        "“It is not,” he said.",
    ]);
    assert_eq!(got, vec![q("It is over", None), q("It is not", None)]);
}

#[test]
fn a_newly_named_person_stops_pronoun_resolution() {
    let got = run(&[
        "“We exported a crisis,” said William G. Gale, a senior fellow.",
        "Senator James Lankford, who warned of the dangers, played it down.",
        "“I understand it’s a risk,” he said.",
    ]);
    assert_eq!(
        got,
        vec![
            q("We exported a crisis", Some("William G. Gale")),
            q("I understand it’s a risk", None),
        ]
    );
}

#[test]
fn pronoun_prefers_a_full_name_given_in_its_sentence() {
    let got = run(&[
        "Nate Wheatley said, \"They got me for $8,000.\"",
        "And when asked how much Andrea Elliot paid, \"Oh, we paid 18,000,\" she said. Elliot says her estimate was $7,100.",
        "After South Carolina voted, he said: \"It was over.\"",
    ]);
    assert_eq!(
        got,
        vec![
            q("They got me for $8,000.", Some("Nate Wheatley")),
            q("Oh, we paid 18,000", Some("Andrea Elliot")),
            // Not "South Carolina", which never speaks; not Andrea Elliot,
            // who was "she" a sentence ago.
            q("It was over.", None),
        ]
    );
}

#[test]
fn quotes_continue_across_paragraphs() {
    let got = run(&[
        "“The first part,” said Elizabeth Hoge. “The second part.",
        "“The third part.”",
        "“A quote alone.”",
        "The weather was fine.",
        "“Unattributed again.”",
    ]);
    let hoge = Some("Elizabeth Hoge");
    assert_eq!(
        got,
        vec![
            q("The first part", hoge),
            q("The second part.", hoge),
            q("The third part.", hoge),
            q("A quote alone.", hoge),
            q("Unattributed again.", None),
        ]
    );
}

#[test]
fn other_languages_quote_marks() {
    let got = run(&[
        "Er sagte: „Wir gehen jetzt.“",
        "Il a dit : « Nous partons. »",
    ]);
    assert_eq!(
        got,
        vec![q("Wir gehen jetzt.", None), q("Nous partons.", None)]
    );
}

/// A single word opening its sentence is said only when a mark of speech
/// ends it inside the quote marks; else it is named (a term, a product, a
/// literal). Figures alone are data.
#[test]
fn a_word_named_in_quotes_is_not_a_quotation() {
    for body in [
        "“T” means it comes with a thermal carafe.",
        "“Revenue” is the term you are looking for.",
        "Send a “POST” request. “Content-Type” must be set.",
        "“EvenStream” Showerhead",
        "“1382694045000” is the time stamp.",
    ] {
        assert_eq!(run(&[body]), vec![], "{body}");
    }
    assert_eq!(
        run(&["“Bartleby!” I roared.", "“Yes.”", "“Hello,” Izuku said."]),
        vec![
            q("Bartleby!", None),
            q("Yes.", None),
            q("Hello", Some("Izuku"))
        ]
    );
}

#[test]
fn empty_and_odd_input_does_not_panic() {
    for body in [
        vec![],
        vec![""],
        vec!["“"],
        vec!["”"],
        vec!["\"\"\""],
        vec!["said"],
        vec![", said"],
        vec!["“,” said"],
        vec!["according to"],
        vec!["Mr. said “x”"],
    ] {
        run(&body);
    }
}

/// The seed article (SPEC §1): four quotes, all Lavrov's. The last
/// paragraph's “counterproductive” is one scare-quoted word, the paper
/// flagging his term rather than quoting a statement, so it is not a fifth.
#[test]
fn seed_article_yields_its_four_quotes() {
    let input = include_str!("../../../fixtures/text/seed-aleppo/input.txt");
    let paragraphs: Vec<&str> = input.split("\n\n").map(str::trim).collect();
    let start = paragraphs
        .iter()
        .position(|p| p.starts_with("Russia’s Foreign Minister"))
        .expect("seed has its first body paragraph");
    let end = paragraphs
        .iter()
        .position(|p| p.ends_with("pursued by Russia and the US."))
        .expect("seed has its last body paragraph");
    let got = run(&paragraphs[start..=end]);
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts.len(), 4, "{texts:#?}");
    assert!(texts[0].starts_with("During the Russian-American consultations"));
    assert!(texts[0].ends_with("will be put in place"));
    assert!(texts[1].starts_with("Taking into consideration"));
    assert_eq!(texts[2], "has every reason to believe");
    assert_eq!(texts[3], "resolve the issue of eastern Aleppo.");
    for (_, speaker) in &got {
        assert_eq!(speaker.as_deref(), Some("Sergey Lavrov"));
    }
}

#[test]
fn explanations_name_the_rule_and_the_words() {
    let intro = "Foreign Minister Sergey Lavrov said Moscow was ready.";
    let cases: &[(&str, Rule, Option<&str>, Resolution)] = &[
        (
            "“We go,” Lavrov said.",
            Rule::AttributionAfter,
            Some("Lavrov said"),
            Resolution::FullName,
        ),
        (
            "“We go,” said Sergey Lavrov.",
            Rule::AttributionAfter,
            Some("said Sergey Lavrov"),
            Resolution::Name,
        ),
        (
            "Lavrov said: “We go.”",
            Rule::AttributionBefore,
            Some("Lavrov said"),
            Resolution::FullName,
        ),
        (
            "“We go,” he told reporters.",
            Rule::AttributionAfter,
            Some("he told"),
            Resolution::PronounLastSpeaker,
        ),
        (
            "“We go,” the Foreign Minister said.",
            Rule::AttributionAfter,
            Some("the Foreign Minister said"),
            Resolution::Title,
        ),
        (
            "“We go,” the source said.",
            Rule::AttributionAfter,
            Some("the source said"),
            Resolution::Unnamed,
        ),
        (
            "“We go.”",
            Rule::ContinuesPreviousParagraph,
            None,
            Resolution::Inherited,
        ),
    ];
    for (paragraph, rule, evidence, resolution) in cases {
        let body = vec![intro.to_string(), paragraph.to_string()];
        let got = extract_explained(&body);
        assert_eq!(got.len(), 1, "{paragraph}");
        let why = &got[0].1;
        assert_eq!(
            (why.rule, why.evidence.as_deref(), why.resolution),
            (*rule, *evidence, *resolution),
            "{paragraph}"
        );
    }
}

/// The extractor with every paragraph read (no early return when no span
/// could be kept).
fn extract_plain(body: &[String]) -> Vec<(Quote, Explanation)> {
    let paragraphs: Vec<Paragraph> = body.iter().map(|p| Paragraph::new(p)).collect();
    extract_from(&paragraphs)
        .into_iter()
        .map(|l| (l.quote, l.why))
        .collect()
}

/// Reading only the marked paragraphs first changes no quote, speaker or
/// explanation: random bodies of sentences with quotes that are kept,
/// scare quotes, titles, introductions and open quotes.
#[test]
fn the_early_return_changes_nothing() {
    let sentences = [
        "Foreign Minister Sergey Lavrov said Moscow was ready.",
        "“We will go,” Lavrov said.",
        "He called it “nonsense” again.",
        "The so-called \"experts\" left.",
        "Ninja claims “Hotter Brewing Technology” works.",
        "She said: “yes.”",
        "“Done.”",
        "Officials said “it is over” on Monday.",
        "“It will rain",
        "Nothing quoted here.",
        "Mr. Smith met Jane Doe in Paris.",
        "\"A\" and \"b\"",
        "“…”",
        "“,”",
        "The plan was “dead on arrival” by then.",
        "“is it over” was all.",
        "Yoon apologized, saying they “did not know” it.",
        "It is, according to Kim, “a big step” forward.",
        "Kim said so. The “big red” dog barked.",
    ];
    let mut rng = crate::test_rng::Rng::new(17);
    let mut pick = |n: usize| rng.below(n);
    let mut kept = 0;
    for _ in 0..3_000 {
        let body: Vec<String> = (0..1 + pick(4))
            .map(|_| {
                (0..1 + pick(3))
                    .map(|_| sentences[pick(sentences.len())])
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let want = extract_plain(&body);
        kept += usize::from(!want.is_empty());
        assert_eq!(extract_explained(&body), want, "{body:?}");
    }
    assert!(kept > 100 && kept < 2_900, "both outcomes tested: {kept}");
}

/// `may_keep` is true wherever `keep` is, for either speaker state.
#[test]
fn may_keep_covers_keep() {
    for text in [
        "The plan was “dead on arrival” by then.",
        "Officials said “it is over” on Monday.",
        "“is it over” was all.",
        "“We will go,” Lavrov said.",
        "He called it “nonsense” again.",
        "Ninja claims “Hotter Brewing Technology” works.",
        "She said: “yes.”",
        "She said, “Yes we can.”",
        "They said “No.”",
        "“Done.”",
        "A “b c” d.",
    ] {
        let p = Paragraph::new(text);
        for c in candidates(&p) {
            let attributable = may_be_attributed(&p, c.item, c.sentence, c.opens_sentence);
            for attributed in [false, attributable] {
                if keep(&p, c.item, &c.text, attributed, c.opens_sentence) {
                    let may = may_keep(&p, c.item, &c.text, c.opens_sentence, attributable);
                    assert!(may, "{text}");
                }
            }
        }
    }
}

/// Every event's verb is a word `may_be_event_verb` accepts, so a quote
/// in a sentence without one is never attributed by an event.
#[test]
fn events_stand_on_possible_verbs() {
    let body = [
        "“We will go,” Lavrov said. He told reporters “no”, according to Kim.",
        "Yoon apologized, saying they “did not know” it. Officials say it is.",
        "Joy Harden Bradford, a psychologist, says so; said the source: “yes.”",
        "The Foreign Minister warned “it is over,” the Kremlin added.",
    ];
    let paragraphs: Vec<Paragraph> = body.iter().map(|t| Paragraph::new(t)).collect();
    let people = People::collect(&paragraphs);
    let mut found = 0;
    for p in &paragraphs {
        for e in events(p, &people) {
            found += 1;
            assert!(
                p.items[e.verb].word().is_some_and(may_be_event_verb),
                "{}",
                p.text
            );
        }
    }
    assert!(found >= 6, "{found}");
}

/// Korean reported speech: a quote whose closing mark runs into a
/// quotative ending is kept; its speaker is the name before the
/// subject's title, and nobody when the subject names no one. A quoted
/// title that takes a case particle is no quote.
#[test]
fn korean_quotations() {
    let said = run(&[
        "오세훈 서울시장은 12일 기자회견에서 \"시민 누구나 자전거를 빌릴 수 있게 하겠다\"고 밝혔다.",
        "시 관계자는 \"수요가 많은 곳부터 설치할 계획\"이라며 \"내년까지 마치겠다\"고 말했다.",
        "한 교통 연구원은 \"사고 위험도 커진다\"고 강조했다.",
        "시는 '공공자전거 이용 활성화 계획'을 발표했다. 이른바 \"따릉이\"라는 이름이다.",
    ]);
    assert_eq!(
        said,
        vec![
            q("시민 누구나 자전거를 빌릴 수 있게 하겠다", Some("오세훈")),
            q("수요가 많은 곳부터 설치할 계획", None),
            q("내년까지 마치겠다", None),
            q("사고 위험도 커진다", None),
        ]
    );
}

/// Quotes of other languages than English get the speaker named right
/// after them, under their own rule; a verb followed by no name gives
/// none.
#[test]
fn other_language_quotes() {
    let body = [
        "«Pour certains d’entre eux on est très interrogatif», a ajouté Laurent Fabius.",
        "«Мы понимаем, что жители ждут метро», — заявил председатель комитета Алексей Волков на брифинге.",
        "«Nous partons demain», a déclaré la semaine dernière le ministère.",
    ];
    let body: Vec<String> = body.iter().map(|s| s.to_string()).collect();
    let got: Vec<(Option<String>, &str)> = extract_explained(&body)
        .into_iter()
        .map(|(q, why)| (q.speaker, why.rule.id()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                Some("Laurent Fabius".to_string()),
                "attribution_other_language"
            ),
            (
                Some("Алексей Волков".to_string()),
                "attribution_other_language"
            ),
            (None, "attribution_other_language"),
        ]
    );
}

/// Quotes of other languages introduced by their speaker and a speech
/// verb get that speaker under their own rule; a pronoun there gives
/// none (the rule still says why).
#[test]
fn other_language_quotes_with_the_speaker_first() {
    let body = [
        "Laurent Fabius a déclaré : «Nous sommes prêts à agir».",
        "El presidente Pedro Sánchez dijo: «Estamos listos para gobernar».",
        "Angela Merkel sagte: „Wir sind bereit“.",
        "Il a déclaré : «Nous partons demain».",
    ];
    let body: Vec<String> = body.iter().map(|s| s.to_string()).collect();
    let got: Vec<(Option<String>, &str)> = extract_explained(&body)
        .into_iter()
        .map(|(q, why)| (q.speaker, why.rule.id()))
        .collect();
    let before = "attribution_other_language_before";
    assert_eq!(
        got,
        vec![
            (Some("Laurent Fabius".to_string()), before),
            (Some("Pedro Sánchez".to_string()), before),
            (Some("Angela Merkel".to_string()), before),
            (None, before),
        ]
    );
}

/// `State::resolve_all` as it walked every item, resolving each pending
/// event at the first item past its verb.
fn resolve_all_plain<'p>(
    state: &mut State<'p>,
    p: &Paragraph<'p>,
    events: &[Event],
) -> Vec<Resolved> {
    let mut speakers = Vec::with_capacity(events.len());
    let mut pending = events.iter().peekable();
    for sentence in &p.sentences {
        let mut i = sentence.start;
        while i < sentence.end {
            while let Some(e) = pending.next_if(|e| e.verb <= i) {
                speakers.push(state.resolve(p, e));
            }
            if !p.items[i].is_name_word() {
                i += 1;
                continue;
            }
            let run = run_after(&p.items, i, sentence.end);
            i = run.end;
            state.note_mention(p, run);
        }
    }
    for e in pending {
        speakers.push(state.resolve(p, e));
    }
    speakers
}

/// `resolve_all` going from name word to name word resolves the same
/// speakers, and leaves the same memory, as the walk over every item: on
/// pseudo-random articles of names, titles, pronouns and speech verbs.
#[test]
fn resolve_all_by_name_words_changes_nothing() {
    let pieces = [
        "Foreign",
        "Minister",
        "Sergey",
        "Lavrov",
        "Mr.",
        "Kim",
        "Jill",
        "Biden",
        "he",
        "she",
        "they",
        "the",
        "source",
        "said",
        "says",
        "told",
        "according",
        "to",
        "of",
        "von",
        " ",
        " ",
        " ",
        ",",
        ".",
        "“Go,”",
        "“Yes.”",
        "Whole",
        "Foods",
        "Market",
        "met",
        " Lavrov said",
        " said Lavrov",
        " he said",
        " she said",
        "“Go,” he said.",
        " Sergey Lavrov said",
        " the minister said",
        " Foreign Minister Sergey Lavrov",
        ", Kim said",
    ];
    let mut rng = crate::test_rng::Rng::new(0x1319_8A2E_0370_7344);
    let mut resolved = 0;
    for _ in 0..3_000 {
        let texts: Vec<String> = (0..3)
            .map(|_| {
                let n = rng.below(20);
                rng.text(&pieces, n)
            })
            .collect();
        let paragraphs: Vec<Paragraph> = texts.iter().map(|t| Paragraph::new(t)).collect();
        let mut people = People::collect(&paragraphs);
        let all_events: Vec<Vec<Event>> = paragraphs.iter().map(|p| events(p, &people)).collect();
        for event in all_events.iter().flatten() {
            if let Who::Name(name) = &event.who {
                let full = people.expand(name);
                people.note_speaker(full);
            }
        }
        let state = || State {
            people: &people,
            current: None,
            previous: None,
            pronouns: HashMap::new(),
            mentioned: Vec::new(),
            run_words: Vec::new(),
        };
        let (mut new, mut old) = (state(), state());
        for (p, events) in paragraphs.iter().zip(&all_events) {
            let a = new.resolve_all(p, events);
            let b = resolve_all_plain(&mut old, p, events);
            let pairs = |r: Vec<Resolved>| -> Vec<(Option<String>, Resolution)> {
                r.into_iter().map(|r| (r.speaker, r.how)).collect()
            };
            resolved += a.len();
            assert_eq!(pairs(a), pairs(b), "{texts:?}");
            assert_eq!(new.current, old.current, "{texts:?}");
            assert_eq!(new.mentioned, old.mentioned, "{texts:?}");
            assert_eq!(new.pronouns, old.pronouns, "{texts:?}");
        }
    }
    assert!(resolved > 1_000, "{resolved}");
}

/// `joins_to` is the comparison with the joined words.
#[test]
fn joins_to_compares_with_the_joined_words() {
    let pieces = ["a", "b", "ab", " ", "", "é"];
    let mut rng = crate::test_rng::Rng::new(0x4528_21E6_38D0_1377);
    for _ in 0..20_000 {
        let n = rng.below(4);
        let words: Vec<String> = (0..n).map(|_| rng.text(&pieces, 2)).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let m = rng.below(6);
        let text = rng.text(&pieces, m);
        assert_eq!(
            joins_to(&words, &text),
            words.join(" ") == text,
            "{words:?} {text:?}"
        );
        assert!(joins_to(&words, &words.join(" ")), "{words:?}");
    }
}
