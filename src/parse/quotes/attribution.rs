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
    DETERMINER_SET, FRENCH_INVERTED_PRONOUNS, LY_NOUNS, MAX_APPOSITIVE_TOKENS,
    MAX_DESCRIPTION_WORDS, MAX_DESCRIPTOR_WORDS, MAX_NAME_TOKENS, NOT_DESCRIPTOR_SET, OBJECT_VERBS,
    OTHER_LANGUAGE_ACCORDING, OTHER_LANGUAGE_DETERMINERS, OTHER_LANGUAGE_INTRODUCING_MARKS,
    OTHER_LANGUAGE_NOT_DESCRIPTOR, OTHER_LANGUAGE_NOT_SUBJECT, OTHER_LANGUAGE_OF,
    OTHER_LANGUAGE_PARTICIPLES, OTHER_LANGUAGE_SPEECH_VERBS, OTHER_LANGUAGE_THAT,
    OTHER_LANGUAGE_TITLE_ENDINGS, OTHER_LANGUAGE_VERB_MODIFIERS, PARTICIPLES,
    PLURAL_SPEECH_AUXILIARIES, RESOLVED_PRONOUNS, RUSSIAN_PATRONYMIC_ENDS, SPEECH_AUXILIARIES,
    SPEECH_VERBS, SUBORDINATORS, TITLE_WORD_SET, UNRESOLVED_PRONOUNS, VERB_MODIFIERS,
    WEAK_SPEECH_VERBS, WordEnds, is_in,
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
    /// True when the speaker stands before the verb ("Lavrov said",
    /// "Laurent Fabius a déclaré"), false when after it ("said Lavrov",
    /// "a ajouté Laurent Fabius").
    pub subject_first: bool,
}

/// Every speech event of the paragraph, in order.
pub fn events<'a>(p: &Paragraph<'a>, people: &People) -> Vec<Event<'a>> {
    let mut found = english_events(p, people);
    // Other languages attribute only right after a quote: looked for
    // there, not at every word.
    let english = found.len();
    // Right before a quote, the speaker first: "Laurent Fabius a déclaré :
    // «…»".
    let before: Vec<Event> = p
        .quote_items
        .iter()
        .filter_map(|&qi| {
            let sentence = &p.sentences[p.sentence_of(qi)];
            other_language_before(&p.items, sentence, qi, people)
        })
        .collect();
    for &qi in &p.quote_items {
        let sentence = p.sentences[p.sentence_of(qi)].clone();
        if let Some(mut event) = other_language_after(&p.items, sentence, qi) {
            // «…», a-t-il ajouté: the paragraph's last speaker before it,
            // else the one person the paragraph named.
            if event.who == Who::Pronoun(String::new()) {
                let last = found
                    .iter()
                    .chain(&before)
                    .filter(|e| e.verb < qi)
                    .max_by_key(|e| e.verb);
                event.who = match last {
                    Some(Event {
                        who: Who::Name(name),
                        ..
                    }) => Who::Name(name.clone()),
                    Some(_) => Who::Unnamed,
                    None => one_person_before(&p.items, qi, people),
                };
            }
            found.push(event);
        }
    }
    // A verb that already attributes the quote before it is not read
    // twice.
    for event in before {
        if !found[english..].iter().any(|e| e.verb == event.verb) {
            found.push(event);
        }
    }
    if found.len() > english {
        found.sort_by_key(|e| e.verb);
    }
    found
}

/// The English events of `p`, in order: [`event_at`] asked only at the
/// words of [`EVENT_VERB_SET`], as it finds none at any other word. Most
/// paragraphs have none (seven in eight of the dev bodies): the byte
/// filter of the one set turns their words down, where `event_at` read
/// each word's neighbours and asked the speech-verb set.
fn english_events<'a>(p: &Paragraph<'a>, people: &People) -> Vec<Event<'a>> {
    let verbs = &*EVENT_VERB_SET;
    let mut found = Vec::new();
    for (v, item) in p.items.iter().enumerate() {
        if !item.word().is_some_and(|w| verbs.contains(w)) {
            continue;
        }
        // Sentences cover every item.
        let sentence = p.sentences[p.sentence_of(v)].clone();
        if let Some(event) = event_at(&p.items, sentence, v, people) {
            found.push(event);
        }
    }
    found
}

/// The speech verb of an attribution in another language than English
/// that introduces quote item `qi` with its speaker first: a colon, a
/// comma or "que"/"dass"/"что" (`OTHER_LANGUAGE_INTRODUCING_MARKS`,
/// `OTHER_LANGUAGE_THAT`) right before the quote, and before that a verb
/// of `OTHER_LANGUAGE_SPEECH_VERBS` or an auxiliary and a participle
/// ("a déclaré", "ha detto"), up to `MAX_DESCRIPTOR_WORDS` words back
/// from a colon ("dijo a los periodistas:"). Returns the verb's item and
/// the item its verb group starts at (the auxiliary, or an adverb before
/// it: "a également déclaré", "también dijo"). Needs no names: asked
/// before the article's people are read.
pub fn other_language_verb_before(
    items: &[Item],
    sentence: &Range<usize>,
    qi: usize,
) -> Option<(usize, usize)> {
    let m = qi.checked_sub(1).filter(|&m| m > sentence.start)?;
    let colon = match items[m] {
        Item::Token(t) if !t.is_word && OTHER_LANGUAGE_INTRODUCING_MARKS.contains(&t.text) => {
            t.text == ":"
        }
        Item::Token(t) if t.is_word && OTHER_LANGUAGE_THAT.contains(&t.text) => false,
        _ => return None,
    };
    let lowest = if colon {
        m.saturating_sub(1 + MAX_DESCRIPTOR_WORDS)
    } else {
        m - 1
    }
    .max(sentence.start);
    let mut v = m;
    let verb = loop {
        if v == lowest {
            return None;
        }
        v -= 1;
        let w = items[v].word()?;
        if is_other_language_verb(w) && !OTHER_LANGUAGE_ACCORDING.contains(&w) {
            break w;
        }
        // "a dit que le ministre a déclaré :": the clause's own subject.
        // "sagte Merkel:" (German, the verb second): the speaker after
        // the verb, not before it.
        let inverted = items[v].is_name_word()
            && (v == sentence.start
                || items[v - 1]
                    .word()
                    .is_none_or(|p| is_other_language_verb(p) || !is_lowercase(p)));
        if OTHER_LANGUAGE_THAT.contains(&w) || inverted {
            return None;
        }
    };
    let skip_modifiers = |mut g: usize| {
        while g > sentence.start
            && items[g - 1]
                .word()
                .is_some_and(|w| OTHER_LANGUAGE_VERB_MODIFIERS.contains(&w))
        {
            g -= 1;
        }
        g
    };
    let mut g = skip_modifiers(v);
    if OTHER_LANGUAGE_PARTICIPLES.contains(&verb) {
        let aux = g.checked_sub(1).filter(|&a| a >= sentence.start)?;
        if !items[aux]
            .word()
            .is_some_and(|w| SPEECH_AUXILIARIES.contains(&w))
        {
            return None;
        }
        g = skip_modifiers(aux);
    }
    (g > sentence.start).then_some((v, g))
}

/// The attribution of French, Spanish, Portuguese, Italian, German and
/// Russian news copy right before quote item `qi`, the speaker first
/// ([`other_language_verb_before`] finds the verb): "Laurent Fabius a
/// déclaré : «…»", "El presidente Pedro Sánchez dijo: «…»", "Алексей
/// Волков заявил: «…»", or past an appositive ("Laurent Fabius, ministre
/// des Affaires étrangères, a déclaré : «…»"). The name is read as the
/// English "Lavrov said" reads it (`named`, `appositive`), then turned
/// down when it is no name in these languages
/// ([`other_language_subject`]). A lowercase subject ("Le porte-parole a
/// dit", "la ministra disse") is somebody described: nobody.
fn other_language_before<'a>(
    items: &[Item<'a>],
    sentence: &Range<usize>,
    qi: usize,
    people: &People,
) -> Option<Event<'a>> {
    let (v, g) = other_language_verb_before(items, sentence, qi)?;
    let k = g - 1;
    // "Macron et Scholz ont déclaré": several speakers, none named alone.
    let plural = items[g..v].iter().any(|it| {
        it.word()
            .is_some_and(|w| PLURAL_SPEECH_AUXILIARIES.contains(&w))
    });
    let event = |start, who| Event {
        verb: v,
        start,
        end: v + 1,
        who: if plural { Who::Unnamed } else { who },
        subject_first: true,
    };
    if items[k].punct() == Some(",") {
        let e = appositive(items, sentence, v, k, people)?;
        let who = other_language_subject(items, sentence, e.start, e.who);
        return Some(event(e.start, who));
    }
    let w = items[k].word()?;
    if items[k].is_name_word() {
        let run = run_before(items, sentence.start, k + 1);
        let who = named(items, sentence, run.clone(), people)?;
        let who = other_language_subject(items, sentence, run.start, who);
        return Some(event(run.start, who));
    }
    is_lowercase(w).then(|| event(description_start(items, sentence.start, k), Who::Unnamed))
}

/// The speaker `who` of a subject starting at item `start` before a verb
/// of another language, as `named` read it, turned into nobody when it
/// is no name there: a run with an article, pronoun, preposition or
/// clause word ("La Casa Blanca dijo", "Il a déclaré", "Er sagte", "Am
/// Montag sagte"), or right after a preposition or a possessive "de"
/// ("la mère de Jean Dupont a dit"), an acronym ("AFP a indiqué") or a
/// German role noun alone ("Merkels Sprecher sagte"); a leading role
/// noun is dropped ("Regierungssprecher Steffen Seibert sagte").
fn other_language_subject<'a>(
    items: &[Item<'a>],
    sentence: &Range<usize>,
    start: usize,
    who: Who<'a>,
) -> Who<'a> {
    let Who::Name(name) = who else {
        return who;
    };
    let not_name = |w: &str| {
        let lower = w.to_lowercase();
        let lower = lower.as_str();
        OTHER_LANGUAGE_DETERMINERS.contains(&lower)
            || OTHER_LANGUAGE_NOT_DESCRIPTOR.contains(&lower)
            || OTHER_LANGUAGE_OF.contains(&lower)
            || OTHER_LANGUAGE_NOT_SUBJECT.contains(&lower)
            || ["l’", "l'", "d’", "d'"]
                .iter()
                .any(|a| lower.starts_with(a))
    };
    let run_start = start.max(sentence.start);
    let after_preposition = run_start > sentence.start
        && items[run_start - 1].word().is_some_and(|w| {
            let lower = w.to_lowercase();
            let lower = lower.as_str();
            OTHER_LANGUAGE_NOT_DESCRIPTOR.contains(&lower)
                || OTHER_LANGUAGE_OF.contains(&lower)
                || OTHER_LANGUAGE_DETERMINERS.contains(&lower)
                || lower.starts_with("d’")
                || lower.starts_with("d'")
        });
    let mut name = cyrillic_name(&name);
    // "Die Kanzlerin Angela Merkel sagte": a German article and a role
    // noun before the name (the article alone leaves "Die Polizei").
    if name.len() > 2
        && OTHER_LANGUAGE_DETERMINERS.contains(&name[0].to_lowercase().as_str())
        && is_role_noun(name[1])
    {
        name = &name[1..];
    }
    while name.len() > 1 && is_role_noun(name[0]) {
        name = &name[1..];
    }
    let acronym = name.first().is_some_and(|w| is_acronym(w));
    if after_preposition
        || acronym
        || name.iter().any(|w| not_name(w) || is_role_noun(w))
        || name.is_empty()
    {
        Who::Unnamed
    } else {
        Who::Name(name.to_vec())
    }
}

/// A full name the article gave ([`People::expand`]) as a speaker of
/// another language reads it: without the German role noun or the
/// Russian genitive before it ("CDU-Chef Friedrich Merz" → "Friedrich
/// Merz", "Президент России Владимир Путин" → "Владимир Путин"), which
/// the article's list of people keeps (it splits English titles only).
pub fn other_language_full_name(full: String) -> String {
    let words: Vec<&str> = full.split(' ').collect();
    let mut name = cyrillic_name(&words);
    while name.len() > 1 && is_role_noun(name[0]) {
        name = &name[1..];
    }
    if name.len() == words.len() {
        full
    } else {
        name.join(" ")
    }
}

/// A Russian name out of a capitalised run: its last two words, or three
/// with a patronymic (`RUSSIAN_PATRONYMIC_ENDS`: "Владимир Владимирович
/// Путин"). Russian writes the country or the body in the genitive,
/// capitalised, right before the name ("Президент России Владимир
/// Путин", "председатель комитета Алексей Волков"): those words are not
/// the name. A run in another script is left as it is.
fn cyrillic_name<'r, 'w>(run: &'r [&'w str]) -> &'r [&'w str] {
    let cyrillic = run
        .iter()
        .all(|w| w.chars().next().is_some_and(|c| ('Ѐ'..='ӿ').contains(&c)));
    if !cyrillic || run.len() < 3 {
        return run;
    }
    let middle = run[run.len() - 2].to_lowercase();
    let patronymic = RUSSIAN_PATRONYMIC_ENDS.iter().any(|e| middle.ends_with(e));
    let keep = if patronymic { 3 } else { 2 };
    &run[run.len() - keep..]
}

/// An acronym: an agency or a paper ("AFP", "РИА", "ТАСС"), the listener
/// or the source rather than a person.
fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() > 1 && !word.chars().any(char::is_lowercase)
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
    if let Some(event) = french_inverted_pronoun(items, &sentence, i) {
        return Some(event);
    }
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

/// Every word [`event_at`] can find an event at (`may_be_event_verb`):
/// the speech verbs, the participles and "according".
static EVENT_VERB_SET: LazyLock<VerbSet> = LazyLock::new(|| {
    let words: Vec<&'static str> = [SPEECH_VERBS, PARTICIPLES, &["according"]].concat();
    VerbSet::new(&words)
});

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
/// and length, or last byte, no word of the set has, or whose first and
/// last letters (their low five bits) no word of the set has together:
/// "they" passes the first two tests of the verbs ("told", "say") but not
/// the third. Most words of a body are turned down inline; only the few
/// left call the hash lookup.
struct VerbSet {
    words: FxHashSet<&'static str>,
    ends: WordEnds,
    /// `pairs[a & 31]`: bit `z & 31` set when a word starts with byte `a`
    /// and ends with byte `z`.
    pairs: [u32; 32],
}

impl VerbSet {
    fn new(list: &[&'static str]) -> VerbSet {
        let mut pairs = [0u32; 32];
        for w in list {
            if let (Some(&a), Some(&z)) = (w.as_bytes().first(), w.as_bytes().last()) {
                pairs[usize::from(a & 31)] |= 1 << (z & 31);
            }
        }
        VerbSet {
            words: list.iter().copied().collect(),
            ends: WordEnds::new(list.iter().map(|w| w.as_bytes())),
            pairs,
        }
    }

    #[inline]
    fn contains(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let (Some(&a), Some(&z)) = (b.first(), b.last()) else {
            return self.holds(word);
        };
        self.ends.may_hold(a, z, b.len())
            && self.pairs[usize::from(a & 31)] & (1 << (z & 31)) != 0
            && self.holds(word)
    }

    /// The hash lookup, out of line: the filters above are what most
    /// calls run.
    #[inline(never)]
    fn holds(&self, word: &str) -> bool {
        self.words.contains(word)
    }
}

/// True for a word that can be an event's verb: [`event_at`] finds no
/// event at any other. (The verbs of other languages are looked for only
/// after quotes: [`other_language_after`].)
pub fn may_be_event_verb(word: &str) -> bool {
    word == "according" || PARTICIPLES.contains(&word) || is_speech_verb(word)
}

fn is_speech_verb(word: &str) -> bool {
    // The set's byte filter turns most words down first; the case test
    // is then asked of the few left (pure tests: the order changes no
    // answer).
    SPEECH_VERB_SET.contains(word) && is_lowercase(word)
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
    let (_, name) = split_title(&run_words);
    let mut name = cyrillic_name(name);
    while name.len() > 1 && is_role_noun(name[0]) {
        name = &name[1..];
    }
    // An acronym opening the run is an agency or a paper ("заявил РИА
    // Новости", "сказал ТАСС"), the listener rather than the speaker.
    let acronym = name.first().is_some_and(|w| is_acronym(w));
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
        subject_first: false,
    })
}

/// French puts a pronoun subject after the verb with a hyphen: «…»,
/// a-t-il ajouté; «…», explique-t-elle; «…», dit-il
/// (`FRENCH_INVERTED_PRONOUNS` after a verb of
/// `OTHER_LANGUAGE_SPEECH_VERBS`, "dit", or the auxiliary "a" and a
/// participle). Item `i` is the word right after the quote's comma. The
/// event's speaker is `Who::Pronoun` with no word: [`events`] puts in its
/// place the paragraph's last speaker before it, else the one person
/// named before it ([`one_person_before`]).
fn french_inverted_pronoun<'a>(
    items: &[Item<'a>],
    sentence: &Range<usize>,
    i: usize,
) -> Option<Event<'a>> {
    let stem = french_inverted_stem(items[i].word()?)?;
    let v = if stem == "a" {
        let v = i + 1;
        let participle = v < sentence.end
            && items[v]
                .word()
                .is_some_and(|p| OTHER_LANGUAGE_PARTICIPLES.contains(&p));
        participle.then_some(v)?
    } else if stem == "dit" || OTHER_LANGUAGE_SPEECH_VERBS.contains(&stem) {
        i
    } else {
        return None;
    };
    Some(Event {
        verb: v,
        start: i,
        end: v + 1,
        who: Who::Pronoun(String::new()),
        subject_first: false,
    })
}

/// The verb of a French verb and its pronoun ("explique" for
/// "explique-t-elle", "a" for "a-t-il"), when `word` is one.
fn french_inverted_stem(word: &str) -> Option<&str> {
    // Most words have no hyphen: turned down before the suffixes.
    if !word.contains('-') {
        return None;
    }
    FRENCH_INVERTED_PRONOUNS
        .iter()
        .find_map(|p| word.strip_suffix(p))
}

/// True for a French speech verb with its pronoun after it
/// ("explique-t-elle", "dit-il"; `french_inverted_pronoun`).
pub fn is_french_inverted_verb(word: &str) -> bool {
    french_inverted_stem(word)
        .is_some_and(|stem| stem == "dit" || OTHER_LANGUAGE_SPEECH_VERBS.contains(&stem))
}

/// The speaker of «…», a-t-il ajouté: the one person named outside
/// quotes in the paragraph before quote item `qi`, else nobody. A person
/// is a capitalised run of two words or more, or one word the article
/// gives a longer name for ("Fabius" after "Laurent Fabius"), that
/// [`other_language_subject`] takes for a name; two different people
/// named there, or none, give nobody.
fn one_person_before<'a>(items: &[Item<'a>], qi: usize, people: &People) -> Who<'a> {
    let mut person: Option<(Vec<&'a str>, String)> = None;
    let mut i = 0;
    while i < qi {
        let run = run_after(items, i, qi);
        if run.is_empty() {
            i += 1;
            continue;
        }
        i = run.end;
        // After an article, a noun or an institution ("le Front
        // national"), not a person.
        let article = run.start > 0
            && items[run.start - 1]
                .word()
                .is_some_and(|w| OTHER_LANGUAGE_DETERMINERS.contains(&w.to_lowercase().as_str()));
        if article {
            continue;
        }
        let run_words = words(items, run.clone());
        let (_, name) = split_title(&run_words);
        // Named after a preposition counts too ("a parlé avec Angela
        // Merkel"): anybody named may be "il".
        let own = run.start..qi;
        let Who::Name(name) =
            other_language_subject(items, &own, run.start, Who::Name(name.to_vec()))
        else {
            continue;
        };
        let full = people.expand(&name);
        if name.len() < 2 && !full.contains(' ') {
            continue;
        }
        match &person {
            Some((_, known)) if *known == full => {}
            Some(_) => return Who::Unnamed,
            None => person = Some((name, full)),
        }
    }
    person.map_or(Who::Unnamed, |(name, _)| Who::Name(name))
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
                subject_first: true,
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
            subject_first: true,
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
            subject_first: true,
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
            subject_first: true,
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
    let mut run = named_after_titles(items, k, sentence.end);
    let mut apposed = false;
    // "said the lead researcher, Anna Smith": the described speaker's
    // name in apposition, closing the sentence or set off by a comma.
    if run.is_empty()
        && !descriptor.is_empty()
        && items[k..sentence.end].first().and_then(Item::punct) == Some(",")
    {
        let named = named_after_titles(items, k + 1, sentence.end);
        let closed =
            named.end == sentence.end || matches!(items[named.end].punct(), Some("," | "." | ";"));
        if !named.is_empty() && closed {
            k = named.start;
            run = named;
            apposed = true;
        }
    }
    // "according to his commission included New Zealand": after a
    // determiner, two plain words make a clause, not a description.
    let clause = !apposed
        && descriptor
            .iter()
            .position(|w| DETERMINER_SET.has(w))
            .is_some_and(|d| {
                descriptor.len() - d > 2
                    && !descriptor.last().is_some_and(|w| TITLE_WORD_SET.has(w))
            });
    let end = run.end.max(k);
    if clause && !run.is_empty() {
        return Some(Event {
            verb: v,
            end,
            start: v,
            who: Who::Unnamed,
            subject_first: false,
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
        subject_first: false,
    })
}

/// The run of name words from `from`, after any title words ("said Dr.
/// Anna Smith": a title word is no name word, so the run would stop
/// before it).
fn named_after_titles(items: &[Item], from: usize, end: usize) -> Range<usize> {
    let mut k = from;
    while k < end && items[k].word().is_some_and(|w| TITLE_WORD_SET.has(w)) {
        k += 1;
    }
    run_after(items, k, end)
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
            subject_first: true,
        });
    }
    let run = run_before(items, sentence.start, c);
    let who = named(items, sentence, run.clone(), people)?;
    Some(Event {
        verb: v,
        end: v + 1,
        start: run.start,
        who,
        subject_first: true,
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

    /// Each text gives exactly one event: its verb and who (as [`found`]).
    fn assert_events(cases: &[(&str, &str, &str)]) {
        for (text, verb, who) in cases {
            assert_eq!(
                found(text),
                vec![(verb.to_string(), who.to_string())],
                "{text}"
            );
        }
    }

    /// Each text gives events with nobody named, if any.
    fn assert_unnamed(texts: &[&str]) {
        for text in texts {
            let who: Vec<String> = found(text).into_iter().map(|(_, who)| who).collect();
            assert!(who.iter().all(|w| w == "unnamed"), "{text}: {who:?}");
        }
    }

    /// Each text gives no event at all.
    fn assert_no_event(texts: &[&str]) {
        for text in texts {
            assert_eq!(found(text), vec![], "{text}");
        }
    }

    /// The English events as every item of every sentence was asked
    /// before `english_events` asked only the words of the verb set.
    fn english_events_plain<'a>(p: &Paragraph<'a>, people: &People) -> Vec<Event<'a>> {
        let mut found = Vec::new();
        for sentence in &p.sentences {
            for v in sentence.clone() {
                if let Some(event) = event_at(&p.items, sentence.clone(), v, people) {
                    found.push(event);
                }
            }
        }
        found
    }

    /// `english_events` finds the events of every item's test, on
    /// pseudo-random paragraphs of names, verbs, participles, pronouns,
    /// descriptions, commas and quotes; and the verb set holds every word
    /// `may_be_event_verb` accepts.
    #[test]
    fn events_only_at_verb_set_words_change_nothing() {
        for w in SPEECH_VERBS.iter().chain(PARTICIPLES).chain(&["according"]) {
            assert!(EVENT_VERB_SET.contains(w), "{w}");
        }
        let pieces = [
            "Lavrov",
            "Sergey",
            "Mr.",
            "the",
            "source",
            "he",
            "she",
            "said",
            "says",
            "told",
            "saying",
            "according",
            "to",
            "also",
            " ",
            " ",
            " ",
            ",",
            ".",
            "“Go,”",
            "“Yes.”",
            "\"No\"",
            "Officials",
            "minister",
            "Foreign",
            "Minister",
            "reporters",
            "who",
            "—",
            "Said",
            "adding",
            "of",
            "Kim",
            " Lavrov said",
            " said Lavrov",
            " he said",
            ", saying",
            "“Go,” he said.",
            ", according to Kim",
            " the minister said",
            ", Kim said",
        ];
        let mut rng = crate::test_rng::Rng::new(0x243F_6A88_85A3_08D3);
        let mut found = 0;
        for _ in 0..5_000 {
            let texts: Vec<String> = (0..2)
                .map(|_| {
                    let n = rng.below(18);
                    rng.text(&pieces, n)
                })
                .collect();
            let paragraphs: Vec<Paragraph> = texts.iter().map(|t| Paragraph::new(t)).collect();
            let people = People::collect(&paragraphs);
            for p in &paragraphs {
                let want = english_events_plain(p, &people);
                found += want.len();
                assert_eq!(english_events(p, &people), want, "{:?}", p.text);
            }
        }
        assert!(found > 1_000, "{found}");
    }

    /// The byte filters of each verb set change no answer: every listed
    /// word, cut, extended and in capitals, and random short words.
    #[test]
    fn verb_set_filters_keep_every_word() {
        let other: Vec<&str> = [
            OTHER_LANGUAGE_SPEECH_VERBS,
            OTHER_LANGUAGE_PARTICIPLES,
            OTHER_LANGUAGE_ACCORDING,
        ]
        .concat();
        let event: Vec<&str> = [SPEECH_VERBS, PARTICIPLES, &["according"]].concat();
        let sets: [(&VerbSet, &[&str]); 3] = [
            (&SPEECH_VERB_SET, SPEECH_VERBS),
            (&OTHER_LANGUAGE_VERB_SET, &other),
            (&EVENT_VERB_SET, &event),
        ];
        let pieces = [
            "s", "a", "i", "d", "t", "e", "y", "o", "l", "é", "ing", "ed",
        ];
        let mut rng = crate::test_rng::Rng::new(0xA409_3822_299F_31D0);
        let random: Vec<String> = (0..5_000)
            .map(|_| {
                let n = rng.below(7);
                rng.text(&pieces, n)
            })
            .collect();
        for (set, list) in sets {
            let mut words: Vec<String> = random.clone();
            for w in list {
                let cut = w.char_indices().nth(1).map_or("", |(i, _)| &w[i..]);
                let short = w.char_indices().last().map_or("", |(i, _)| &w[..i]);
                for v in [*w, cut, short] {
                    words.extend([v.to_string(), format!("{v}s"), v.to_uppercase()]);
                }
            }
            for w in &words {
                assert_eq!(set.contains(w), list.contains(&w.as_str()), "{w:?}");
            }
        }
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
        assert_events(cases);
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
            (
                "«Мы готовы», — заявил президент России Владимир Путин.",
                "заявил",
                "name Владимир Путин",
            ),
            (
                "«Мы готовы», — сказал Владимир Владимирович Путин.",
                "сказал",
                "name Владимир Владимирович Путин",
            ),
        ];
        assert_events(cases);
    }

    /// No speaker is better than a wrong one: after the verb, a time, a
    /// noun after an article, a clause, a preposition's object, somebody
    /// else's name or an agency name nobody.
    #[test]
    fn other_language_gives_nobody_without_a_name() {
        assert_unnamed(&[
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
        ]);
        // Not right after a quote, or a participle without its auxiliary:
        // no event at all.
        assert_no_event(&[
            "Le ministre affirme Laurent Fabius.",
            "Il y aura des sanctions, selon Laurent Fabius.",
            "«Nous sommes prêts», ajouté Laurent Fabius.",
            "Il a dit Laurent Fabius.",
        ]);
    }

    /// The speaker and a speech verb of French, Spanish, Portuguese,
    /// Italian, German or Russian before the quote
    /// ([`other_language_before`]).
    #[test]
    fn other_language_before_patterns() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "Laurent Fabius a déclaré : «Nous sommes prêts».",
                "déclaré",
                "name Laurent Fabius",
            ),
            (
                "Le ministre Laurent Fabius a affirmé: «Nous sommes prêts».",
                "affirmé",
                "name Laurent Fabius",
            ),
            (
                "Laurent Fabius a également déclaré : «Nous sommes prêts».",
                "déclaré",
                "name Laurent Fabius",
            ),
            (
                "Laurent Fabius, ministre des Affaires étrangères, a déclaré : «Nous sommes prêts».",
                "déclaré",
                "name Laurent Fabius",
            ),
            (
                "El presidente Pedro Sánchez dijo: «Estamos listos».",
                "dijo",
                "name Pedro Sánchez",
            ),
            (
                "Pedro Sánchez afirmó que «estamos listos».",
                "afirmó",
                "name Pedro Sánchez",
            ),
            (
                "Pedro Sánchez dijo a los periodistas: «Estamos listos».",
                "dijo",
                "name Pedro Sánchez",
            ),
            (
                "O presidente Lula viajou. Lula disse: \"Estamos prontos\".",
                "disse",
                "name Lula",
            ),
            (
                "Angela Merkel sagte: „Wir sind bereit“.",
                "sagte",
                "name Angela Merkel",
            ),
            (
                "Regierungssprecher Steffen Seibert sagte: „Wir sind bereit“.",
                "sagte",
                "name Steffen Seibert",
            ),
            (
                "Mario Draghi ha detto: «Siamo pronti».",
                "detto",
                "name Mario Draghi",
            ),
            (
                "Mario Draghi dichiarò: «Siamo pronti».",
                "dichiarò",
                "name Mario Draghi",
            ),
            (
                "Алексей Волков заявил: «Мы готовы».",
                "заявил",
                "name Алексей Волков",
            ),
            (
                "Алексей Волков также заявил журналистам: «Мы готовы».",
                "заявил",
                "name Алексей Волков",
            ),
            (
                "Президент России Владимир Путин заявил: «Мы готовы».",
                "заявил",
                "name Владимир Путин",
            ),
            (
                "Bundeskanzler Olaf Scholz sagte am Montag in Berlin: „Wir sind bereit“.",
                "sagte",
                "name Olaf Scholz",
            ),
            (
                "La ministra de Trabajo, Yolanda Díaz, dijo: «Estamos listos».",
                "dijo",
                "name Yolanda Díaz",
            ),
            (
                "Die Kanzlerin Angela Merkel sagte: „Wir sind bereit“.",
                "sagte",
                "name Angela Merkel",
            ),
        ];
        assert_events(cases);
    }

    /// Before the quote too, no speaker is better than a wrong one: a
    /// pronoun, an article-led noun, an agency, a name after a possessive
    /// "de" or in a clause of its own, a German role noun or a time
    /// before a verb in second place name nobody.
    #[test]
    fn other_language_before_gives_nobody_without_a_name() {
        assert_unnamed(&[
            "Il a déclaré : «Nous sommes prêts».",
            "Puis il a déclaré : «Nous sommes prêts».",
            "Le porte-parole a dit : «Nous sommes prêts».",
            "AFP a indiqué : «Nous sommes prêts».",
            "La mère de Jean Dupont a déclaré : «Nous sommes prêts».",
            "Jean Dupont a dit que le ministre a déclaré : «Nous sommes prêts».",
            "La Casa Blanca dijo: «Estamos listos».",
            "Después de que Pedro Sánchez dijo: «Estamos listos», todo cambió.",
            "Ele disse: \"Estamos prontos\".",
            "Er sagte: „Wir sind bereit“.",
            "Merkels Sprecher sagte: „Wir sind bereit“.",
            "Ein Sprecher der Polizei sagte: „Wir sind bereit“.",
            "Die Polizei sagte: „Wir sind bereit“.",
            "Emmanuel Macron et son homologue, Olaf Scholz, ont déclaré : «Nous sommes prêts».",
            "Am Montag sagte die Kanzlerin: „Wir sind bereit“.",
            "Он заявил: «Мы готовы».",
        ]);
        // The speaker after the verb, a verb far from its comma, a
        // participle without its auxiliary, no subject: no event at all.
        assert_no_event(&[
            "Am Montag sagte Merkel: „Wir sind bereit“.",
            "Pedro Sánchez dijo en Madrid, «Estamos listos».",
            "Laurent Fabius déclaré : «Nous sommes prêts».",
            "Dijo: «Estamos listos».",
        ]);
    }

    /// «…», a-t-il ajouté: the paragraph's last speaker before it, else
    /// the one person the paragraph named before, or nobody when it named
    /// two or none.
    #[test]
    fn french_inverted_pronoun_takes_the_one_person_named() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "Laurent Fabius était à Paris lundi. «Nous sommes prêts», a-t-il ajouté.",
                "ajouté",
                "name Laurent Fabius",
            ),
            (
                "Ségolène Royal a critiqué le projet. «Il est mauvais», explique-t-elle.",
                "explique-t-elle",
                "name Ségolène Royal",
            ),
            (
                "Laurent Fabius a parlé avec Angela Merkel. «Nous sommes prêts», a-t-il ajouté.",
                "ajouté",
                "unnamed",
            ),
            ("«Nous sommes prêts», a-t-il ajouté.", "ajouté", "unnamed"),
            (
                "Le Monde a publié la lettre. «Nous sommes prêts», dit-il.",
                "dit-il",
                "unnamed",
            ),
        ];
        // After a speaker of the paragraph, that speaker, whoever else
        // was named; after somebody unnamed, nobody.
        let p = "«Oui», a déclaré Laurent Fabius à Angela Merkel. «Non», a-t-il ajouté.";
        assert_eq!(
            found(p),
            vec![
                ("déclaré".to_string(), "name Laurent Fabius".to_string()),
                ("ajouté".to_string(), "name Laurent Fabius".to_string()),
            ]
        );
        let p = "Laurent Fabius a déclaré : «Oui». «Non», a-t-il ajouté.";
        assert_eq!(
            found(p),
            vec![
                ("déclaré".to_string(), "name Laurent Fabius".to_string()),
                ("ajouté".to_string(), "name Laurent Fabius".to_string()),
            ]
        );
        let p = "Laurent Fabius est là. «Oui», a dit le porte-parole. «Non», a-t-il ajouté.";
        let who: Vec<String> = found(p).into_iter().map(|(_, who)| who).collect();
        assert_eq!(who, vec!["unnamed", "unnamed"], "{p}");
        assert_events(cases);
        // Not a speech verb, or a plural pronoun: no event.
        assert_no_event(&[
            "Laurent Fabius est là. «Nous sommes prêts», mange-t-il.",
            "Laurent Fabius est là. «Nous sommes prêts», ont-ils ajouté.",
        ]);
    }

    #[test]
    fn no_event_without_a_speaker() {
        assert_no_event(&[
            "The proposal by Kerry was handed over on Saturday.",
            "He smiled and said nothing.",
            "It was, said in a statement, over.",
            "The United States agreed.",
            "“Go,” told Smith.",
            "Momondo also offers “Fare insights” daily.",
            "After Barack Obama spoke, the senator left, saying “no”.",
            "In 2019, police arrested John Smith, saying he “ran”.",
        ]);
    }
}
