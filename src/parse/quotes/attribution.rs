//! Speech events: a speech verb with the one who speaks, found in the text
//! outside quotes ("Lavrov said", "said Lavrov", "according to Lavrov",
//! "he told reporters", "Joy Harden Bradford, a psychologist…, says", "the
//! source said"). Each event knows where its clause starts, so a quote can
//! tell whether the event directly follows it (“…,” Lavrov said) or came
//! earlier in its sentence (Lavrov claims that Russia “…”).

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::names::{People, is_name_word, opens_clause, run_after, run_before, split_title, words};
use super::paragraph::{Item, Paragraph};
use super::rules::{
    DETERMINER_SET, LY_NOUNS, MAX_APPOSITIVE_TOKENS, MAX_DESCRIPTION_WORDS, MAX_DESCRIPTOR_WORDS,
    MAX_NAME_TOKENS, NOT_DESCRIPTOR_SET, OBJECT_VERBS, OTHER_LANGUAGE_ACCORDING,
    OTHER_LANGUAGE_DETERMINERS, OTHER_LANGUAGE_NOT_DESCRIPTOR, OTHER_LANGUAGE_OF,
    OTHER_LANGUAGE_PARTICIPLES, OTHER_LANGUAGE_SPEECH_VERBS, OTHER_LANGUAGE_TITLE_ENDINGS,
    PARTICIPLES, RESOLVED_PRONOUNS, SPEECH_AUXILIARIES, SPEECH_VERBS, SUBORDINATORS,
    TITLE_WORD_SET, UNRESOLVED_PRONOUNS, VERB_MODIFIERS, WEAK_SPEECH_VERBS, WordEnds, is_in,
};
use super::tokens::{is_lowercase, strip_possessive};

/// Who speaks in a speech event, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who<'a> {
    /// A name, titles stripped ("Sergey Lavrov", "Lavrov").
    Name(Vec<&'a str>),
    /// A title with no name ("the Foreign Minister").
    Title(Vec<&'a str>),
    /// A personal pronoun, lowercased ("he", "it").
    Pronoun(String),
    /// Somebody described but not named ("the source", "officials", "the
    /// Kremlin"): a real speaker, but not one we can name.
    Unnamed,
}

/// A speech verb and its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event<'a> {
    /// Item index of the verb.
    pub verb: usize,
    /// Item index where the attribution clause starts (its subject, or the
    /// verb when the subject follows it).
    pub start: usize,
    /// Item index just past the clause (the verb, or the name after it).
    pub end: usize,
    pub who: Who<'a>,
}

/// Every speech event of the paragraph, in order.
pub fn events<'a>(p: &Paragraph<'a>, people: &People) -> Vec<Event<'a>> {
    let mut found = Vec::new();
    for sentence in &p.sentences {
        for v in sentence.clone() {
            if let Some(event) = event_at(&p.items, sentence.clone(), v, people) {
                found.push(event);
            }
        }
    }
    // Other languages attribute only right after a quote: looked for
    // there, not at every word.
    let english = found.len();
    for &qi in &p.quote_items {
        let sentence = p.sentences[p.sentence_of(qi)].clone();
        if let Some(event) = other_language_after(&p.items, sentence, qi) {
            found.push(event);
        }
    }
    if found.len() > english {
        found.sort_by_key(|e| e.verb);
    }
    found
}

/// The attribution of another language than English right after quote
/// item `qi` (`other_language`): past a comma or a dash, and the
/// auxiliary of a participle.
pub fn other_language_after<'a>(
    items: &[Item<'a>],
    sentence: Range<usize>,
    qi: usize,
) -> Option<Event<'a>> {
    let mut i = qi + 1;
    while i < sentence.end && i - qi <= 2 && items[i].punct().is_some_and(is_attribution_punct) {
        i += 1;
    }
    let w = items[i..sentence.end].first()?.word()?;
    let v = if SPEECH_AUXILIARIES.contains(&w) {
        i + 1
    } else {
        i
    };
    (v < sentence.end)
        .then(|| other_language(items, &sentence, v))
        .flatten()
}

/// `SPEECH_VERBS` as a set: every word of a quoted body is looked up.
static SPEECH_VERB_SET: LazyLock<VerbSet> = LazyLock::new(|| VerbSet::new(SPEECH_VERBS));

/// The verbs of `other_language` as one set: its speech verbs, its
/// participles and "selon"/"según" (looked up for the word after each
/// quote).
static OTHER_LANGUAGE_VERB_SET: LazyLock<VerbSet> = LazyLock::new(|| {
    let words: Vec<&'static str> = [
        OTHER_LANGUAGE_SPEECH_VERBS,
        OTHER_LANGUAGE_PARTICIPLES,
        OTHER_LANGUAGE_ACCORDING,
    ]
    .concat();
    VerbSet::new(&words)
});

/// True for a verb of `other_language`.
pub fn is_other_language_verb(word: &str) -> bool {
    OTHER_LANGUAGE_VERB_SET.contains(word)
}

/// A word set that turns down, before hashing, a word whose first byte
/// and length, or last byte, no word of the set has (most words of a
/// body).
struct VerbSet {
    words: FxHashSet<&'static str>,
    ends: WordEnds,
}

impl VerbSet {
    fn new(list: &[&'static str]) -> VerbSet {
        VerbSet {
            words: list.iter().copied().collect(),
            ends: WordEnds::new(list.iter().map(|w| w.as_bytes())),
        }
    }

    fn contains(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let (Some(&a), Some(&z)) = (b.first(), b.last()) else {
            return self.words.contains(word);
        };
        self.ends.may_hold(a, z, b.len()) && self.words.contains(word)
    }
}

/// True for a word that can be an event's verb: [`event_at`] finds no
/// event at any other. (The verbs of other languages are looked for only
/// after quotes: [`other_language_after`].)
pub fn may_be_event_verb(word: &str) -> bool {
    word == "according" || PARTICIPLES.contains(&word) || is_speech_verb(word)
}

fn is_speech_verb(word: &str) -> bool {
    is_lowercase(word) && SPEECH_VERB_SET.contains(word)
}

fn event_at<'a>(
    items: &[Item<'a>],
    sentence: Range<usize>,
    v: usize,
    people: &People,
) -> Option<Event<'a>> {
    let verb = items[v].word()?;
    if verb == "according" {
        let to = items.get(v + 1).and_then(Item::word) == Some("to");
        return to.then(|| inverted(items, &sentence, v, v + 2)).flatten();
    }
    // The comma test first: it is cheaper than the word list.
    if v > sentence.start && items[v - 1].punct() == Some(",") && PARTICIPLES.contains(&verb) {
        return participle(items, &sentence, v, people);
    }
    if !is_speech_verb(verb) {
        return None;
    }
    if WEAK_SPEECH_VERBS.contains(&verb) {
        let event = if v > sentence.start && items[v - 1].word().is_some() {
            normal(items, &sentence, v, people)
        } else {
            inverted(items, &sentence, v, v + 1)
        };
        return event.filter(|e| right_after_quote(items, e.start));
    }
    let after_word = v > sentence.start && items[v - 1].word().is_some();
    if after_word {
        return normal(items, &sentence, v, people);
    }
    // Right after a quote, "said the source" is an attribution; after a
    // plain comma only a name is ("…, said Smith"), since "Hicks, whose
    // husband serves, said the flag…" has its subject before the verb.
    let after_quote = v > sentence.start && matches!(items[v - 1], Item::Quote(_))
        || v > sentence.start + 1
            && items[v - 1].punct() == Some(",")
            && matches!(items[v - 2], Item::Quote(_));
    if !OBJECT_VERBS.contains(&verb)
        && let Some(event) = inverted(items, &sentence, v, v + 1)
        && (after_quote || matches!(event.who, Who::Name(_)))
    {
        return Some(event);
    }
    let comma = v > sentence.start && items[v - 1].punct() == Some(",");
    if comma {
        return appositive(items, &sentence, v, v - 1, people);
    }
    None
}

/// The attribution of French, Spanish, Portuguese, Italian, German and
/// Russian news copy right after a quote: the quote, a comma or a dash (or
/// both: «…», — заявил), a speech verb (`OTHER_LANGUAGE_SPEECH_VERBS`,
/// or an auxiliary and a participle: "a ajouté", "ha detto"), a few
/// lowercase words describing the speaker, then the name: «…», a ajouté
/// Laurent Fabius; "…", dijo el presidente Mauricio Macri. "selon X" and
/// "según X" ("according to X") stand there too. Anything else after
/// the verb ("a déclaré la semaine dernière", "sagte der Sprecher",
/// "dijo que Macri…") gives a speaker described, not named: none.
fn other_language<'a>(items: &[Item<'a>], sentence: &Range<usize>, v: usize) -> Option<Event<'a>> {
    let verb = items[v].word()?;
    if !is_other_language_verb(verb) {
        return None;
    }
    let start = if OTHER_LANGUAGE_PARTICIPLES.contains(&verb) {
        let aux = v.checked_sub(1).filter(|&a| a >= sentence.start)?;
        items[aux]
            .word()
            .is_some_and(|w| SPEECH_AUXILIARIES.contains(&w))
            .then_some(aux)?
    } else {
        v
    };
    if !set_off_after_quote(items, sentence.start, start) {
        return None;
    }
    let mut k = v + 1;
    let mut named = true;
    let mut after_determiner = false;
    while k < sentence.end && k - v <= MAX_DESCRIPTOR_WORDS {
        let Some(w) = items[k].word().filter(|w| is_lowercase(w)) else {
            break;
        };
        let lower = w.to_lowercase();
        let lower = lower.as_str();
        after_determiner = DETERMINER_SET.has(w) || OTHER_LANGUAGE_DETERMINERS.contains(&lower);
        if NOT_DESCRIPTOR_SET.has(w)
            || OTHER_LANGUAGE_NOT_DESCRIPTOR.contains(&lower)
            || OTHER_LANGUAGE_OF.contains(&lower)
        {
            named = false;
        }
        k += 1;
    }
    let run = run_after(items, k, sentence.end);
    let run_words = words(items, run.clone());
    let (_, mut name) = split_title(&run_words);
    while name.len() > 1 && is_role_noun(name[0]) {
        name = &name[1..];
    }
    // An acronym opening the run is an agency or a paper ("заявил РИА
    // Новости", "сказал ТАСС"), the listener rather than the speaker.
    let acronym = name.first().is_some_and(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !w.chars().any(char::is_lowercase)
    });
    let who = if named
        && !after_determiner
        && !acronym
        && !name.is_empty()
        && name.len() <= MAX_NAME_TOKENS
    {
        Who::Name(name.to_vec())
    } else {
        Who::Unnamed
    };
    Some(Event {
        verb: v,
        start,
        end: run.end.max(k),
        who,
    })
}

/// True when item `start` follows a quote, past a comma, a dash or both
/// («…», — заявил).
fn set_off_after_quote(items: &[Item], floor: usize, start: usize) -> bool {
    let mut i = start;
    while i > floor && start - i < 3 {
        i -= 1;
        match items[i] {
            Item::Quote(_) => return true,
            item if item.punct().is_some_and(is_attribution_punct) => {}
            _ => return false,
        }
    }
    false
}

/// The marks between a quote and its attribution: a comma or a dash.
fn is_attribution_punct(mark: &str) -> bool {
    matches!(mark, "," | "—" | "–" | "-")
}

/// True for a capitalised German role noun before a name
/// (`OTHER_LANGUAGE_TITLE_ENDINGS`: "Regierungssprecher").
fn is_role_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    OTHER_LANGUAGE_TITLE_ENDINGS
        .iter()
        .any(|end| lower.ends_with(end))
}

/// True for a word between a subject and its verb: a listed auxiliary or
/// adverb, or any adverb in -ly ("Netanyahu strongly warned").
fn is_verb_modifier(word: &str) -> bool {
    is_lowercase(word)
        && (VERB_MODIFIERS.contains(&word) || (word.ends_with("ly") && !LY_NOUNS.contains(&word)))
}

/// True when item `start` comes right after a quote (past a comma).
fn right_after_quote(items: &[Item], start: usize) -> bool {
    let before = |n: usize| start.checked_sub(n).map(|i| items[i]);
    match before(1) {
        Some(Item::Quote(_)) => true,
        Some(item) if item.punct() == Some(",") => matches!(before(2), Some(Item::Quote(_))),
        _ => false,
    }
}

/// "Yoon apologized …, saying they “…”": a participle after a comma speaks
/// for the subject of the main clause, the first name directly before a
/// verb in the sentence ("Yoon apologized", "Han Dong-hoon, the leader of
/// the PPP, urged"). Not one in a subordinate clause ("After Obama spoke,
/// the senator left, saying …" has no subject we can name).
fn participle<'a>(
    items: &[Item<'a>],
    sentence: &Range<usize>,
    v: usize,
    people: &People,
) -> Option<Event<'a>> {
    for k in sentence.start + 1..v {
        let Some(w) = items[k].word() else { continue };
        if !is_lowercase(w) || NOT_DESCRIPTOR_SET.has(w) || DETERMINER_SET.has(w) {
            continue;
        }
        let subject = if items[k - 1].is_name_word() {
            let run = run_before(items, sentence.start, k);
            let subordinate = run.start > sentence.start
                && items[run.start - 1]
                    .word()
                    .is_some_and(|w| is_in(SUBORDINATORS, w));
            if subordinate {
                return None;
            }
            named(items, sentence, run.clone(), people).map(|who| (run.start, who))
        } else if items[k - 1].punct() == Some(",") {
            appositive(items, sentence, k, k - 1, people).map(|e| (e.start, e.who))
        } else {
            None
        };
        if let Some((start, who @ Who::Name(_))) = subject {
            return Some(Event {
                verb: v,
                start,
                end: v + 1,
                who,
            });
        }
    }
    None
}

/// Subject before the verb: "Lavrov (also) said", "he said", "the source
/// said", "the Foreign Minister said".
fn normal<'a>(
    items: &[Item<'a>],
    sentence: &Range<usize>,
    v: usize,
    people: &People,
) -> Option<Event<'a>> {
    let mut j = v;
    while j > sentence.start && items[j - 1].word().is_some_and(is_verb_modifier) {
        j -= 1;
    }
    if j == sentence.start {
        return None;
    }
    let k = j - 1;
    if items[k].punct() == Some(",") {
        return appositive(items, sentence, v, k, people);
    }
    let w = items[k].word()?;
    if is_in(RESOLVED_PRONOUNS, w) || is_in(UNRESOLVED_PRONOUNS, w) {
        let who = Who::Pronoun(w.to_lowercase());
        return Some(Event {
            verb: v,
            end: v + 1,
            start: k,
            who,
        });
    }
    if is_name_word(w) {
        let mut run = run_before(items, sentence.start, k + 1);
        // "Nick of Arachnid Labs says", "the University of Adelaide says":
        // the one before "of" speaks.
        if run.start >= sentence.start + 2
            && items[run.start - 1].word() == Some("of")
            && items[run.start - 2].is_name_word()
        {
            run = run_before(items, sentence.start, run.start - 1);
        }
        let who = named(items, sentence, run.clone(), people)?;
        // "Mr." and "the" are not name words but start the clause.
        let mut start = run.start;
        while start > sentence.start
            && items[start - 1]
                .word()
                .is_some_and(|w| TITLE_WORD_SET.has(w) || DETERMINER_SET.has(w))
        {
            start -= 1;
        }
        return Some(Event {
            verb: v,
            end: v + 1,
            start,
            who,
        });
    }
    if is_lowercase(w) && !NOT_DESCRIPTOR_SET.has(w) {
        let start = description_start(items, sentence.start, k);
        let who = described(&words(items, start..k + 1));
        return Some(Event {
            verb: v,
            end: v + 1,
            start,
            who,
        });
    }
    None
}

/// Where a description ending at item `k` starts: back over up to
/// `MAX_DESCRIPTION_WORDS` words, through its determiner.
fn description_start(items: &[Item], floor: usize, k: usize) -> usize {
    let mut m = k;
    while m > floor && k - m < MAX_DESCRIPTION_WORDS {
        let Some(w) = items[m - 1].word() else { break };
        if DETERMINER_SET.has(w) {
            return m - 1;
        }
        let describes = (is_lowercase(w) && !NOT_DESCRIPTOR_SET.has(w))
            || strip_possessive(w).is_some()
            || is_name_word(w);
        if !describes {
            break;
        }
        m -= 1;
    }
    m
}

/// A description used as a speaker: a title ("the president", "the
/// minister") when every word after the determiner is a title word, else
/// somebody unnamed ("the source").
fn described<'a>(description: &[&'a str]) -> Who<'a> {
    let rest: Vec<&str> = description
        .iter()
        .copied()
        .skip_while(|w| DETERMINER_SET.has(w))
        .collect();
    if !rest.is_empty() && rest.iter().all(|w| TITLE_WORD_SET.has(w)) {
        Who::Title(rest)
    } else {
        Who::Unnamed
    }
}

/// Turns a capitalised run before a verb into a speaker: a title alone, a
/// name, or an unnamed institution ("the Kremlin"). A single capitalised
/// word opening a sentence counts as a name only if the article uses it as
/// a proper noun elsewhere ("Police said" is not a name).
fn named<'a>(
    items: &[Item<'a>],
    sentence: &Range<usize>,
    run: Range<usize>,
    people: &People,
) -> Option<Who<'a>> {
    if run.is_empty() {
        return None;
    }
    let run_words = words(items, run.clone());
    let (title, name) = split_title(&run_words);
    if name.is_empty() {
        return Some(Who::Title(title.to_vec()));
    }
    if name.len() > MAX_NAME_TOKENS {
        return None;
    }
    let after_determiner = run.start > sentence.start
        && items[run.start - 1]
            .word()
            .is_some_and(|w| DETERMINER_SET.has(w));
    if after_determiner && title.is_empty() {
        return Some(Who::Unnamed);
    }
    let lone_opener = name.len() == 1
        && title.is_empty()
        && opens_clause(items, sentence.start, run.start)
        && !people.is_proper(name[0]);
    if lone_opener {
        return Some(Who::Unnamed);
    }
    Some(Who::Name(name.to_vec()))
}

/// Subject after the verb: "said Lavrov", "says study author Elizabeth
/// Hoge", "according to the agency", "said the source".
fn inverted<'a>(
    items: &[Item<'a>],
    sentence: &Range<usize>,
    v: usize,
    from: usize,
) -> Option<Event<'a>> {
    let mut k = from;
    let mut descriptor = Vec::new();
    while k < sentence.end && descriptor.len() < MAX_DESCRIPTOR_WORDS {
        let Some(w) = items[k].word() else { break };
        let describes =
            (is_lowercase(w) && !NOT_DESCRIPTOR_SET.has(w)) || strip_possessive(w).is_some();
        if !describes {
            break;
        }
        descriptor.push(w);
        k += 1;
    }
    let run = run_after(items, k, sentence.end);
    // "according to his commission included New Zealand": after a
    // determiner, two plain words make a clause, not a description.
    let clause = descriptor
        .iter()
        .position(|w| DETERMINER_SET.has(w))
        .is_some_and(|d| {
            descriptor.len() - d > 2 && !descriptor.last().is_some_and(|w| TITLE_WORD_SET.has(w))
        });
    let end = run.end.max(k);
    if clause && !run.is_empty() {
        return Some(Event {
            verb: v,
            end,
            start: v,
            who: Who::Unnamed,
        });
    }
    let who = if run.is_empty() {
        // "said the source", "said officials"; not "said Yoon’s …".
        if !descriptor.first().is_some_and(|w| is_lowercase(w)) {
            return None;
        }
        described(&descriptor)
    } else {
        let run_words = words(items, run);
        let (title, name) = split_title(&run_words);
        if name.is_empty() {
            Who::Title(title.to_vec())
        } else if name.len() > MAX_NAME_TOKENS {
            return None;
        } else if descriptor.len() == 1 && DETERMINER_SET.has(descriptor[0]) && title.is_empty() {
            Who::Unnamed
        } else {
            Who::Name(name.to_vec())
        }
    };
    Some(Event {
        verb: v,
        start: v,
        end,
        who,
    })
}

/// Subject before an appositive: "Mrazek, who studies …, says" or "the
/// chief executive, John Smith, said". `comma` is the comma before the verb.
fn appositive<'a>(
    items: &[Item<'a>],
    sentence: &Range<usize>,
    v: usize,
    comma: usize,
    people: &People,
) -> Option<Event<'a>> {
    let floor = comma
        .saturating_sub(MAX_APPOSITIVE_TOKENS)
        .max(sentence.start);
    let mut c = comma;
    loop {
        if c <= floor {
            return None;
        }
        c -= 1;
        match items[c] {
            Item::Quote(_) => return None,
            item if item.punct() == Some(",") => break,
            _ => {}
        }
    }
    let between = run_after(items, c + 1, comma);
    if between.end == comma && !between.is_empty() {
        let who = named(items, sentence, between.clone(), people)?;
        return Some(Event {
            verb: v,
            end: v + 1,
            start: between.start,
            who,
        });
    }
    let run = run_before(items, sentence.start, c);
    let who = named(items, sentence, run.clone(), people)?;
    Some(Event {
        verb: v,
        end: v + 1,
        start: run.start,
        who,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The events of a one-paragraph article, as (verb, who) strings.
    fn found(text: &str) -> Vec<(String, String)> {
        let p = Paragraph::new(text);
        let people = People::collect(std::slice::from_ref(&p));
        events(&p, &people)
            .into_iter()
            .map(|e| {
                let who = match e.who {
                    Who::Name(n) => format!("name {}", n.join(" ")),
                    Who::Title(t) => format!("title {}", t.join(" ")),
                    Who::Pronoun(p) => format!("pronoun {p}"),
                    Who::Unnamed => "unnamed".to_string(),
                };
                (p.items[e.verb].word().unwrap_or("?").to_string(), who)
            })
            .collect()
    }

    /// The byte filter in front of the speech-verb set changes nothing.
    #[test]
    fn speech_verb_set_answers_like_the_list() {
        let mut words: Vec<String> = SPEECH_VERBS.iter().map(|w| w.to_string()).collect();
        for w in SPEECH_VERBS {
            words.push(format!("{w}s"));
            words.push(w[1..].to_string());
            words.push(w[..w.len() - 1].to_string());
            words.push(w.to_uppercase());
        }
        words.extend(["", "the", "saidé", "éaid", "x", "sai"].map(String::from));
        for w in &words {
            let want = is_lowercase(w) && SPEECH_VERBS.contains(&w.as_str());
            assert_eq!(is_speech_verb(w), want, "{w}");
        }
    }

    #[test]
    fn attribution_patterns() {
        let cases: &[(&str, &str, &str)] = &[
            ("“Go,” Lavrov said.", "said", "name Lavrov"),
            ("“Go,” said Lavrov.", "said", "name Lavrov"),
            ("“Go,” Lavrov also claims.", "claims", "name Lavrov"),
            ("“Go,” he told reporters.", "told", "pronoun he"),
            (
                "It will go, according to Lavrov.",
                "according",
                "name Lavrov",
            ),
            (
                "It will go, according to the agency.",
                "according",
                "unnamed",
            ),
            ("“Go,” Mr. Lavrov added.", "added", "name Lavrov"),
            (
                "“Go,” said Officer Stacy Chiarolanza.",
                "said",
                "name Stacy Chiarolanza",
            ),
            (
                "“Go,” says study author Elizabeth Hoge, director.",
                "says",
                "name Elizabeth Hoge",
            ),
            ("“Go,” said the source, who declined.", "said", "unnamed"),
            ("The president said so.", "said", "title president"),
            (
                "“Go,” said the chief executive.",
                "said",
                "title chief executive",
            ),
            ("“Go,” Mr. Lavrov told the BBC.", "told", "name Lavrov"),
            (
                "Benjamin Netanyahu strongly warned of a “bad deal”.",
                "warned",
                "name Benjamin Netanyahu",
            ),
            ("“Go,” the family said.", "said", "unnamed"),
            (
                "As Nick Jones of Arachnid Labs says, it is “just dying” for it.",
                "says",
                "name Nick Jones",
            ),
            ("The University of Adelaide says so.", "says", "unnamed"),
            ("“Go,” Lavrov offers.", "offers", "name Lavrov"),
            ("“Go,” describes Lavrov.", "describes", "name Lavrov"),
            (
                "Yoon Suk Yeol apologized, saying they “stemmed from urgency”.",
                "saying",
                "name Yoon Suk Yeol",
            ),
            (
                "The leader, Rachid Ghannouchi, condemned it, saying it “will not break us”.",
                "saying",
                "name Rachid Ghannouchi",
            ),
            (
                "Vanessa Hicks, whose husband serves, said the flag is fine.",
                "said",
                "name Vanessa Hicks",
            ),
            ("The source answered, “Correct.”", "answered", "unnamed"),
            (
                "The Foreign Minister also said so.",
                "said",
                "title Foreign Minister",
            ),
            (
                "Russia’s Foreign Minister Sergey Lavrov said so.",
                "said",
                "name Sergey Lavrov",
            ),
            (
                "Joy Bradford, a psychologist in Atlanta, says so.",
                "says",
                "name Joy Bradford",
            ),
            ("The chief, John Smith, said so.", "said", "name John Smith"),
            (
                "Lee Jae-myung, the party leader, said Yoon’s “plan” failed.",
                "said",
                "name Lee Jae-myung",
            ),
            (
                "“Go,” Mrazek tells NPR in an email.",
                "tells",
                "name Mrazek",
            ),
            ("Police said the road was shut.", "said", "unnamed"),
            (
                "It was, according to his commission included New Zealand.",
                "according",
                "unnamed",
            ),
            (
                "“Go,” said the firm’s chief executive John Smith.",
                "said",
                "name John Smith",
            ),
            ("The Kremlin said it was shut.", "said", "unnamed"),
            ("“Is it?” asked Pineda.", "asked", "name Pineda"),
            (
                "“Go,” Harden Bradford cautions.",
                "cautions",
                "name Harden Bradford",
            ),
            (
                "“Go,” Ursula von der Leyen warned.",
                "warned",
                "name Ursula von der Leyen",
            ),
        ];
        for (text, verb, who) in cases {
            assert_eq!(
                found(text),
                vec![(verb.to_string(), who.to_string())],
                "{text}"
            );
        }
    }

    /// The attribution right after a quote in French, Spanish,
    /// Portuguese, Italian, German and Russian ([`other_language`]).
    #[test]
    fn other_language_patterns() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "«Nous sommes prêts», a ajouté Laurent Fabius.",
                "ajouté",
                "name Laurent Fabius",
            ),
            (
                "«Nous sommes prêts», affirme le ministre Laurent Fabius.",
                "affirme",
                "name Laurent Fabius",
            ),
            (
                "\"Estamos listos\", dijo el presidente Mauricio Macri.",
                "dijo",
                "name Mauricio Macri",
            ),
            ("“Estamos listos”, señaló Macri.", "señaló", "name Macri"),
            (
                "\"Estamos prontos\", disse a ministra Marina Silva.",
                "disse",
                "name Marina Silva",
            ),
            (
                "\"Estamos prontos\", falou Tite ao programa.",
                "falou",
                "name Tite",
            ),
            (
                "«Siamo pronti», ha detto il premier Matteo Renzi.",
                "detto",
                "name Matteo Renzi",
            ),
            (
                "„Wir sind bereit“, sagte Angela Merkel.",
                "sagte",
                "name Angela Merkel",
            ),
            (
                "„Wir sind bereit“, sagte Regierungssprecher Steffen Seibert.",
                "sagte",
                "name Steffen Seibert",
            ),
            (
                "«Мы готовы», — заявил председатель комитета Алексей Волков на брифинге.",
                "заявил",
                "name Алексей Волков",
            ),
            (
                "«Il y aura des sanctions», selon Laurent Fabius.",
                "selon",
                "name Laurent Fabius",
            ),
        ];
        for (text, verb, who) in cases {
            assert_eq!(
                found(text),
                vec![(verb.to_string(), who.to_string())],
                "{text}"
            );
        }
    }

    /// No speaker is better than a wrong one: after the verb, a time, a
    /// noun after an article, a clause, a preposition's object, somebody
    /// else's name or an agency name nobody.
    #[test]
    fn other_language_gives_nobody_without_a_name() {
        for text in [
            "«Nous sommes prêts», a déclaré la semaine dernière à Paris.",
            "«Nous sommes prêts», a déclaré la semaine dernière.",
            "„Wir sind bereit“, sagte der Sprecher.",
            "„Wir sind bereit“, sagte er.",
            "\"Estamos listos\", dijo la Casa Blanca.",
            "\"Estamos listos\", dijo que Macri vendrá.",
            "«Nous sommes prêts», a déclaré dans Le Monde.",
            "«Nous sommes prêts», a déclaré l’avocat de Jean Dupont.",
            "«Мы готовы», — заявил РИА Новости.",
            "\"Estamos prontos\", acrescentou o comandante.",
        ] {
            let who: Vec<String> = found(text).into_iter().map(|(_, who)| who).collect();
            assert!(who.iter().all(|w| w == "unnamed"), "{text}: {who:?}");
        }
        // Not right after a quote, or a participle without its auxiliary:
        // no event at all.
        for text in [
            "Le ministre affirme Laurent Fabius.",
            "Il y aura des sanctions, selon Laurent Fabius.",
            "«Nous sommes prêts», ajouté Laurent Fabius.",
            "Il a dit Laurent Fabius.",
        ] {
            assert_eq!(found(text), vec![], "{text}");
        }
    }

    #[test]
    fn no_event_without_a_speaker() {
        for text in [
            "The proposal by Kerry was handed over on Saturday.",
            "He smiled and said nothing.",
            "It was, said in a statement, over.",
            "The United States agreed.",
            "“Go,” told Smith.",
            "Momondo also offers “Fare insights” daily.",
            "After Barack Obama spoke, the senator left, saying “no”.",
            "In 2019, police arrested John Smith, saying he “ran”.",
        ] {
            assert_eq!(found(text), vec![], "{text}");
        }
    }
}
