//! Direct quotations and who said them (issue 8), from an article's body
//! paragraphs. Pure: paragraphs in, quotes out; it runs after the text or
//! HTML extractor, so both formats get the same quotes.
//!
//! How a quote gets its speaker, in order ([`Rule`]):
//! 1. an attribution right after it, in its sentence: “…,” Lavrov said /
//!    said Lavrov / he told reporters / according to Lavrov / Seoul
//!    resident Margie Kim said;
//! 2. else the last speech verb before it in its sentence: Lavrov said:
//!    “…” / Lavrov also claims that Russia “…” / Yoon apologized, saying
//!    they “…”;
//! 3. else the next attribution in its sentence when a comma sets it off:
//!    …but “…” in healthy people, says Mellor;
//! 4. else, when it opens its sentence, the quote just before it in the
//!    paragraph (“…,” he said. “…”) or, when the paragraph is nothing but
//!    quotes or continues a quote left open, the previous paragraph's last
//!    attribution.
//!
//! A quote split around its attribution (“…,” he said. “…”) stays two
//! quotes with the same speaker: each keeps exactly the words between its
//! marks, which is what a fact-checker searches for and compares against
//! the source, and joining them would invent a text that was never printed.
//!
//! Who the attribution names ([`Resolution`]): names in their fullest form
//! ("Sergey Lavrov" for "Lavrov"), titles stripped; a title ("the Foreign
//! Minister") the one person who carried it; a pronoun the person named
//! earlier in its sentence, else the most recent named speaker, but only
//! if nobody else was named since, the speaker is not an organisation and
//! "he"/"she" did not switch. An unnamed speaker ("the source") clears that
//! memory. Whenever this is unsure the speaker is `null`: a wrong speaker
//! is worse than none.
//!
//! Which quotes count: a quotation that stands as speech (it opens its
//! sentence, or follows "said," or a colon, and starts with a capital) is
//! kept even without a speaker. A fragment inside a sentence ("Russia “has
//! every reason to believe” that…") is kept only when the sentence names
//! its speaker and it has at least two words, so a single scare-quoted word
//! (“counterproductive”) or a quoted title is not counted as a quotation.
//! That is why the seed article has four quotes, not five.
//!
//! French, Spanish, Portuguese, Italian, German and Russian attributions
//! are read only next to a quote: after it («…», a ajouté Laurent Fabius;
//! «…», a-t-il ajouté, for the one person the paragraph named), or before
//! it with the speaker first (Laurent Fabius a déclaré : «…»; Angela
//! Merkel sagte: „…“), under rules of their own.
//!
//! Korean reports speech with an ending on the closing mark ("…"라고
//! 말했다, "…"며): such a quote is kept, and its speaker is the name
//! before the subject's title ("오세훈 서울시장은"), else nobody.

mod attribution;
pub mod explain;
mod names;
mod paragraph;
pub mod rules;
mod spans;
mod tokens;

use std::collections::HashMap;

use crate::article::Quote;
use crate::parse::script::is_hangul;
use attribution::{
    Event, Who, events, is_french_inverted_verb, is_other_language_verb, may_be_event_verb,
    other_language_after, other_language_full_name, other_language_verb_before,
};
pub use explain::{Explanation, Resolution, Rule};
use names::{People, run_after, split_title, words};
use paragraph::{Item, Paragraph};
use rules::{
    KOREAN_QUOTATIVES, KOREAN_SPEAKER_TITLES, KOREAN_SUBJECT_PARTICLES, KOREAN_SURNAMES,
    MAX_DESCRIPTOR_WORDS, MIN_FRAGMENT_WORDS, NOT_DESCRIPTOR_SET, ORGANISATION_WORD_SET,
    RESOLVED_PRONOUNS, SPEECH_VERBS, SPOKEN_WORD_ENDS, TITLE_WORD_SET, WEAK_SPEECH_VERBS, is_in,
};
use tokens::is_capitalized;

/// The direct quotations of `body` (one string per paragraph), in order.
pub fn extract(body: &[String]) -> Vec<Quote> {
    extract_located(body).into_iter().map(|l| l.quote).collect()
}

/// [`extract`], with why each quote has its speaker.
pub fn extract_explained(body: &[String]) -> Vec<(Quote, Explanation)> {
    extract_located(body)
        .into_iter()
        .map(|l| (l.quote, l.why))
        .collect()
}

/// A quote, why it has its speaker, and the body paragraph it was read
/// from: its text is a piece of `body[paragraph]`, so the provenance
/// need not search the whole body for it.
pub struct Located {
    pub quote: Quote,
    pub why: Explanation,
    pub paragraph: usize,
}

/// [`extract_explained`], with where each quote was read.
pub fn extract_located(body: &[String]) -> Vec<Located> {
    // Every quote comes from a quoted span: the paragraphs with a mark are
    // read first, and when none of their spans could be kept whoever said
    // it (one-word scare quotes, mostly), the names and speech events of
    // the whole body are not read.
    let marked: Vec<Option<Paragraph>> = body
        .iter()
        .map(|p| spans::has_opening_mark(p).then(|| Paragraph::new(p)))
        .collect();
    if !marked.iter().flatten().any(may_keep_some) {
        return Vec::new();
    }
    let paragraphs: Vec<Paragraph> = marked
        .into_iter()
        .zip(body)
        .map(|(p, text)| p.unwrap_or_else(|| Paragraph::unquoted(text)))
        .collect();
    extract_from(&paragraphs)
}

/// [`extract_located`] on the body's paragraphs, all of them read.
fn extract_from(paragraphs: &[Paragraph]) -> Vec<Located> {
    let mut people = People::collect(paragraphs);
    let all_events: Vec<Vec<Event>> = paragraphs.iter().map(|p| events(p, &people)).collect();
    for event in all_events.iter().flatten() {
        if let Who::Name(name) = &event.who {
            let full = people.expand(name);
            people.note_speaker(full);
        }
    }
    let mut state = State {
        people: &people,
        current: None,
        previous: None,
        pronouns: HashMap::new(),
        mentioned: Vec::new(),
        run_words: Vec::new(),
    };
    // Past the last paragraph with a quoted span the state has no reader.
    let quoted = paragraphs
        .iter()
        .rposition(|p| !p.spans.is_empty())
        .map_or(0, |last| last + 1);
    let mut quotes = Vec::new();
    for (i, (p, events)) in paragraphs.iter().zip(&all_events).take(quoted).enumerate() {
        let found = state.paragraph(p, events).into_iter();
        quotes.extend(found.map(|(quote, why)| Located {
            quote,
            why,
            paragraph: i,
        }));
    }
    quotes
}

/// A resolved speech event: the speaker, and how it was found.
struct Resolved {
    speaker: Option<String>,
    how: Resolution,
}

impl Resolved {
    fn to(speaker: Option<String>, how: Resolution) -> Resolved {
        Resolved { speaker, how }
    }
}

/// What the extractor remembers from one paragraph to the next.
struct State<'p> {
    people: &'p People<'p>,
    /// The most recent named speaker; `None` after an unnamed one.
    current: Option<String>,
    /// The speaker of the previous paragraph's last attribution (a speech
    /// verb or a kept quote), and whether that paragraph ended inside an
    /// open quote. `None` when it had neither.
    previous: Option<(Option<String>, bool)>,
    /// The pronoun ("he", "she") each person was first referred to by.
    pronouns: HashMap<String, String>,
    /// People named outside quotes since the last named speaker.
    mentioned: Vec<String>,
    /// The words of the name run [`State::note_mention`] reads: one buffer
    /// for the article, where a vector a run was one allocation for each
    /// of the ~50 name runs of a page.
    run_words: Vec<&'p str>,
}

/// A kept quote, with where it stands in its paragraph.
struct Found {
    quote: Quote,
    why: Explanation,
    item: usize,
    sentence: usize,
}

impl<'p> State<'p> {
    fn paragraph(&mut self, p: &Paragraph<'p>, events: &[Event]) -> Vec<(Quote, Explanation)> {
        let resolved = self.resolve_all(p, events);
        let mut found: Vec<Found> = Vec::new();
        for Candidate {
            item: qi,
            text,
            sentence,
            opens_sentence,
        } in candidates(p)
        {
            let korean = is_korean_quotation(p, qi);
            let (speaker, why) = match attributing_event(p, events, qi) {
                None if korean => korean_speaker(p, qi, sentence),
                Some((e, rule)) => (
                    resolved[e].speaker.clone(),
                    Explanation {
                        rule: other_language_rule(p, &events[e]).unwrap_or(rule),
                        evidence: Some(p.text_of(events[e].start..events[e].end).to_string()),
                        resolution: resolved[e].how,
                    },
                ),
                None if opens_sentence => self.inherited(p, &found, qi, sentence),
                None => (None, Explanation::unattributed()),
            };
            if korean || keep(p, qi, &text, speaker.is_some(), opens_sentence) {
                found.push(Found {
                    quote: Quote { text, speaker },
                    why,
                    item: qi,
                    sentence,
                });
            }
        }
        let open = p.spans.last().is_some_and(|s| !s.closed);
        let last_event = events.last().zip(resolved.last());
        self.previous = match (found.last(), last_event) {
            (Some(f), Some((e, r))) if e.verb > f.item => Some((r.speaker.clone(), open)),
            (Some(f), _) => Some((f.quote.speaker.clone(), open)),
            (None, Some((_, r))) => Some((r.speaker.clone(), open)),
            (None, None) => None,
        };
        found.into_iter().map(|f| (f.quote, f.why)).collect()
    }

    /// The speaker of an unattributed quote that opens its sentence: the
    /// quote before it in the paragraph, one sentence back at most; for
    /// the first quote of a paragraph that continues a quote left open, or
    /// that is all quotes, the previous paragraph's last attribution
    /// ("The president also said that … ." then “…” alone).
    fn inherited(
        &self,
        p: &Paragraph,
        found: &[Found],
        qi: usize,
        sentence: usize,
    ) -> (Option<String>, Explanation) {
        let same = |rule| Explanation {
            rule,
            evidence: None,
            resolution: Resolution::Inherited,
        };
        if let Some(prev) = found.last() {
            if sentence - prev.sentence <= 1 {
                return (
                    prev.quote.speaker.clone(),
                    same(Rule::ContinuesPreviousQuote),
                );
            }
            return (None, Explanation::unattributed());
        }
        let starts_paragraph = p.no_words_between(0, qi);
        match &self.previous {
            Some((speaker, open)) if starts_paragraph && (*open || p.only_quotes()) => {
                (speaker.clone(), same(Rule::ContinuesPreviousParagraph))
            }
            _ => (None, Explanation::unattributed()),
        }
    }

    /// Resolves the paragraph's events in reading order, noting on the way
    /// every person named outside quotes, so a pronoun after somebody new
    /// was introduced is not taken for the previous speaker.
    fn resolve_all(&mut self, p: &Paragraph<'p>, events: &[Event]) -> Vec<Resolved> {
        let mut speakers = Vec::with_capacity(events.len());
        let mut pending = events.iter().peekable();
        for sentence in &p.sentences {
            // A run starts only at a name word (no particle counts at its
            // start): the scan goes from one to the next. The events
            // before a run are resolved before it is noted, as a walk
            // over every item resolved each at the first item past its
            // verb.
            let mut i = sentence.start;
            for &start in p.name_items_in(sentence.clone()) {
                if start < i {
                    continue;
                }
                while let Some(e) = pending.next_if(|e| e.verb <= start) {
                    speakers.push(self.resolve(p, e));
                }
                let run = run_after(&p.items, start, sentence.end);
                i = run.end;
                self.note_mention(p, run);
            }
        }
        for e in pending {
            speakers.push(self.resolve(p, e));
        }
        speakers
    }

    /// Remembers a person named outside quotes (one with a title or an
    /// honorific, or who speaks somewhere in the article), unless it is
    /// the current speaker.
    fn note_mention(&mut self, p: &Paragraph<'p>, run: std::ops::Range<usize>) {
        // Asked of every name run before the last quote: what follows only
        // ever adds to a list that is full, or (with no title, no
        // honorific and nobody speaking in the article, so no name is
        // speaker-like) adds nothing, and then the name is not expanded.
        if self.mentioned.len() >= MAX_MENTIONED {
            return;
        }
        let honorific = run.start > 0
            && p.items[run.start - 1]
                .word()
                .is_some_and(|w| TITLE_WORD_SET.has(w));
        self.run_words.clear();
        self.run_words
            .extend(p.items[run].iter().filter_map(Item::word));
        let (title, name) = split_title(&self.run_words);
        if name.is_empty() || (!honorific && title.is_empty() && !self.people.has_speakers()) {
            return;
        }
        // The full name as words: most runs are let go here, and a
        // string is built only for the one remembered.
        let full = self.people.expand_words(name);
        let person = (honorific || !title.is_empty() || self.people.is_speaker_like_words(full))
            && !full.iter().any(|w| ORGANISATION_WORD_SET.has(w));
        if person
            && !self.current.as_deref().is_some_and(|c| joins_to(full, c))
            && !self.mentioned.iter().any(|m| joins_to(full, m))
            && self.mentioned.len() < MAX_MENTIONED
        {
            self.mentioned.push(full.join(" "));
        }
    }

    /// Who an event names, updating the most recent named speaker.
    fn resolve(&mut self, p: &Paragraph, event: &Event) -> Resolved {
        match &event.who {
            Who::Name(name) => {
                let mut full = self.people.expand(name);
                // Only a name made longer can have gained a role noun.
                if full.matches(' ').count() >= name.len()
                    && other_language_rule(p, event).is_some()
                {
                    full = other_language_full_name(full);
                }
                self.mentioned.clear();
                self.current = Some(full.clone());
                let how = if full.split(' ').count() > name.len() {
                    Resolution::FullName
                } else {
                    Resolution::Name
                };
                Resolved::to(Some(full), how)
            }
            Who::Title(title) => {
                self.mentioned.clear();
                self.current = self.people.by_title(title);
                let how = if self.current.is_some() {
                    Resolution::Title
                } else {
                    Resolution::Unnamed
                };
                Resolved::to(self.current.clone(), how)
            }
            Who::Unnamed => {
                self.mentioned.clear();
                self.current = None;
                Resolved::to(None, Resolution::Unnamed)
            }
            Who::Pronoun(pronoun) if is_in(RESOLVED_PRONOUNS, pronoun) => {
                let current = self
                    .current
                    .as_ref()
                    .filter(|c| !looks_like_organisation(c));
                let (person, how) = match (self.mentioned_before(p, event), current) {
                    (Some(person), _) => (person, Resolution::PronounNamedInSentence),
                    // Nobody spoke yet, one person was introduced: them,
                    // if they surely are a person (they speak, or had a title).
                    (None, None)
                        if self.mentioned.len() == 1
                            && self.people.is_person(&self.mentioned[0]) =>
                    {
                        (
                            self.mentioned[0].clone(),
                            Resolution::PronounIntroducedPerson,
                        )
                    }
                    // Somebody else was named since: "he" may be them.
                    (None, Some(current)) if self.mentioned.is_empty() => {
                        (current.clone(), Resolution::PronounLastSpeaker)
                    }
                    _ => return Resolved::to(None, Resolution::PronounAmbiguous),
                };
                if self.agrees(&person, pronoun) {
                    // Now the most recent named speaker.
                    self.mentioned.clear();
                    self.current = Some(person.clone());
                    Resolved::to(Some(person), how)
                } else {
                    Resolved::to(None, Resolution::PronounAmbiguous)
                }
            }
            Who::Pronoun(_) => Resolved::to(None, Resolution::Unnamed),
        }
    }

    /// True unless `person` was already "he" and is now "she" (or the
    /// reverse): then the pronoun means somebody else and the quote gets no
    /// speaker. The first pronoun resolved to a person is remembered.
    fn agrees(&mut self, person: &str, pronoun: &str) -> bool {
        if pronoun == "they" {
            return true;
        }
        let known = self
            .pronouns
            .entry(person.to_string())
            .or_insert_with(|| pronoun.to_string());
        known == pronoun
    }

    /// The one person (somebody who speaks in the article, or was
    /// introduced with a title) named earlier in the event's sentence
    /// ("when asked how much Andrea Elliot paid, “…,” she said").
    fn mentioned_before(&self, p: &Paragraph, event: &Event) -> Option<String> {
        let start = p.sentences[p.sentence_of(event.verb)]
            .start
            .max(event.start.saturating_sub(MENTION_WINDOW));
        let mut named: Vec<String> = Vec::new();
        let mut i = start;
        while i < event.start {
            let run = run_after(&p.items, i, event.start);
            if run.is_empty() {
                i += 1;
                continue;
            }
            i = run.end;
            let run_words = words(&p.items, run);
            let (_, name) = split_title(&run_words);
            let full = self.people.expand(name);
            if !name.is_empty() && self.people.is_person(&full) && !named.contains(&full) {
                named.push(full);
            }
        }
        match named.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }
}

/// How far back (in items) before a pronoun's clause a full name counts as
/// named in the same sentence: a clause or two, as in "when asked how much
/// Andrea Elliot paid, “…,” she said". Also bounds the work on run-on text.
const MENTION_WINDOW: usize = 40;

/// Most people remembered as named since the last speaker: a pronoun only
/// needs to know whether that is none, one or several.
const MAX_MENTIONED: usize = 2;

/// True when `text` is `words` joined by single spaces (`words.join(" ")
/// == text`, without the string).
fn joins_to(words: &[&str], text: &str) -> bool {
    let mut rest = text;
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            let Some(r) = rest.strip_prefix(' ') else {
                return false;
            };
            rest = r;
        }
        let Some(r) = rest.strip_prefix(w) else {
            return false;
        };
        rest = r;
    }
    rest.is_empty()
}

/// True when a name has a word organisations use ("Whole Foods Market",
/// "Brookings Institution"): never "he" or "she".
fn looks_like_organisation(name: &str) -> bool {
    name.split(' ').any(|w| ORGANISATION_WORD_SET.has(w))
}

/// The event that attributes the quote at item `qi`: one whose clause
/// starts right after the quote (past commas and dashes); else the last one
/// before it in its sentence; else a later one in its sentence that starts
/// after a comma or a quote ("…but “…” in healthy people, says Mellor").
fn attributing_event(p: &Paragraph, events: &[Event], qi: usize) -> Option<(usize, Rule)> {
    let sentence = &p.sentences[p.sentence_of(qi)];
    // Events are in reading order of their verbs.
    let first_after = events.partition_point(|e| e.verb < qi);
    let after = (qi + 1..sentence.end).find(|&i| {
        !p.items[i]
            .punct()
            .is_some_and(|c| matches!(c, "," | "—" | "–" | "-"))
    });
    if let Some(a) = after {
        let near = events[first_after..]
            .iter()
            .take_while(|e| e.start <= a + MAX_DESCRIPTOR_WORDS)
            .position(|e| follows_directly(p, a, e));
        if let Some(e) = near {
            return Some((first_after + e, Rule::AttributionAfter));
        }
    }
    if let Some(e) = first_after.checked_sub(1)
        && events[e].verb >= sentence.start
    {
        return Some((e, Rule::AttributionBefore));
    }
    // Only the next attribution in the sentence, when a comma or the quote
    // sets it off: "…but “…” in healthy people, says Mellor."
    let next = events.get(first_after)?;
    let set_off = matches!(p.items[next.start - 1], Item::Quote(_))
        || p.items[next.start - 1].punct() == Some(",");
    (next.start > qi && next.verb < sentence.end && set_off)
        .then_some((first_after, Rule::AttributionLaterInSentence))
}

/// [`Rule::AttributionOtherLanguage`] when event `e`'s verb is one of
/// another language than English, [`Rule::AttributionOtherLanguageBefore`]
/// when its speaker also comes first ("Laurent Fabius a déclaré : «…»").
fn other_language_rule(p: &Paragraph, e: &Event) -> Option<Rule> {
    let rule = if e.subject_first {
        Rule::AttributionOtherLanguageBefore
    } else {
        Rule::AttributionOtherLanguage
    };
    p.items[e.verb]
        .word()
        .is_some_and(|w| is_other_language_verb(w) || is_french_inverted_verb(w))
        .then_some(rule)
}

/// True when event `e` is the clause starting at item `a`, possibly after a
/// few words describing the speaker (“…,” Seoul resident Margie Kim said).
fn follows_directly(p: &Paragraph, a: usize, e: &Event) -> bool {
    e.start >= a
        && e.start - a <= MAX_DESCRIPTOR_WORDS
        && p.items[a..e.start]
            .iter()
            .all(|it| it.word().is_some_and(|w| !NOT_DESCRIPTOR_SET.has(w)))
}

/// The quoted text as printed, without the comma that belongs to the
/// attribution (“…in place,” Lavrov said).
fn clean(quoted: &str) -> String {
    quoted.trim().trim_end_matches(',').trim_end().to_string()
}

/// A quoted span with a letter in it: the item it is, its text
/// as a quote keeps it ([`clean`]), its sentence, and whether it opens
/// that sentence.
struct Candidate {
    item: usize,
    text: String,
    sentence: usize,
    opens_sentence: bool,
}

/// The quoted spans of `p` that may be quotations, in order.
fn candidates<'p>(p: &'p Paragraph) -> impl Iterator<Item = Candidate> + 'p {
    // Straight to the quotes' items, not a walk over every item.
    p.quote_items
        .iter()
        .enumerate()
        .filter_map(move |(span, &qi)| {
            let text = clean(p.quoted(span));
            // Figures alone (“1382694045000”, “2”) are data, not speech.
            if !text.chars().any(char::is_alphabetic) {
                return None;
            }
            let sentence = p.sentence_of(qi);
            Some(Candidate {
                item: qi,
                opens_sentence: p.no_words_between(p.sentences[sentence].start, qi),
                text,
                sentence,
            })
        })
}

/// True when some quoted span of `p` could be kept, whoever said it.
fn may_keep_some(p: &Paragraph) -> bool {
    candidates(p).any(|c| {
        may_keep(
            p,
            c.item,
            &c.text,
            c.opens_sentence,
            may_be_attributed(p, c.item, c.sentence, c.opens_sentence),
        )
    })
}

/// False when a quote at the given place cannot get a speaker: one that
/// does not open its sentence gets it only from a speech event of that
/// sentence (`attributing_event`), and no event is there when no word of
/// the sentence can be an event's verb, and no attribution in another
/// language follows or introduces quote `qi`. One that opens it may inherit one.
fn may_be_attributed(p: &Paragraph, qi: usize, sentence: usize, opens_sentence: bool) -> bool {
    opens_sentence
        || p.items[p.sentences[sentence].clone()]
            .iter()
            .any(|it| it.word().is_some_and(may_be_event_verb))
        || other_language_after(&p.items, p.sentences[sentence].clone(), qi).is_some()
        || other_language_verb_before(&p.items, &p.sentences[sentence], qi).is_some()
}

/// [`keep`] for a quote taken as attributed when `attributable`: false
/// only when `keep` is false for any speaker the quote can get (`keep`
/// only gains from `attributed`, and an attributed quote is
/// attributable). The title-case veto is kept: a page whose only quoted
/// spans are titles ("Hotter Brewing Technology") has its names and
/// speech events left unread.
fn may_keep(
    p: &Paragraph,
    qi: usize,
    text: &str,
    opens_sentence: bool,
    attributable: bool,
) -> bool {
    is_korean_quotation(p, qi) || keep(p, qi, text, attributable, opens_sentence)
}

/// A Korean quotation: its closing mark runs into a quotative ending
/// (`KOREAN_QUOTATIVES`: "…"라고 말했다, "…"며). Korean has no capitals to
/// tell speech from a term, and its speech verbs close the sentence after
/// the quote; the ending says it is reported speech.
fn is_korean_quotation(p: &Paragraph, qi: usize) -> bool {
    p.items
        .get(qi + 1)
        .and_then(Item::word)
        .is_some_and(|w| KOREAN_QUOTATIVES.contains(&w))
}

/// The speaker of Korean quotation `qi` (in `sentence`): the sentence's
/// subject before it, when that is a title of `KOREAN_SPEAKER_TITLES`
/// with its particle right after a name ([`korean_name`]): "오세훈
/// 서울시장은" says 오세훈. A subject that names nobody ("시 관계자는",
/// "한 교통 연구원은", "그는") gives no speaker.
fn korean_speaker(p: &Paragraph, qi: usize, sentence: usize) -> (Option<String>, Explanation) {
    let start = p.sentences[sentence].start;
    let words: Vec<(usize, &str)> = (start..qi)
        .filter_map(|i| Some((i, p.items[i].word()?)))
        .collect();
    let subject = words
        .iter()
        .position(|(_, w)| w.ends_with(KOREAN_SUBJECT_PARTICLES) && w.chars().count() > 1);
    let named = subject.and_then(|k| {
        let (at, title) = words[k];
        let title = title.strip_suffix(KOREAN_SUBJECT_PARTICLES)?;
        let (before, name) = *words.get(k.checked_sub(1)?)?;
        let titled = KOREAN_SPEAKER_TITLES.iter().any(|t| title.ends_with(t));
        (titled && korean_name(name)).then_some((name, before..at + 1))
    });
    match named {
        Some((name, items)) => (
            Some(name.to_string()),
            Explanation {
                rule: Rule::AttributionBefore,
                evidence: Some(p.text_of(items).to_string()),
                resolution: Resolution::Name,
            },
        ),
        None => (None, Explanation::unattributed()),
    }
}

/// A Korean name: a family name of `KOREAN_SURNAMES` and a given name of
/// two syllables, all hangul ("오세훈", "남궁민수").
fn korean_name(word: &str) -> bool {
    let syllables = word.chars().count();
    word.chars().all(is_hangul)
        && KOREAN_SURNAMES
            .iter()
            .any(|surname| word.starts_with(surname) && syllables == surname.chars().count() + 2)
}

/// Whether a quoted span counts as a quotation (see the module docs).
fn keep(p: &Paragraph, qi: usize, text: &str, attributed: bool, opens_sentence: bool) -> bool {
    if opens_sentence && starts_like_speech(text) && (attributed || !names_a_word(p, qi, text)) {
        return true;
    }
    // A name or title is not speech: Ninja claims “Hotter Brewing Technology”.
    if text.split_whitespace().count() >= 2 && is_title_case(text) {
        return false;
    }
    if starts_like_speech(text) && follows_introduction(p, qi) {
        return true;
    }
    attributed && text.split_whitespace().count() >= MIN_FRAGMENT_WORDS
}

/// True when quote `text` (item `qi` of `p`) is one word without a mark
/// of speech inside its quote marks (`SPOKEN_WORD_ENDS`): a term, a name
/// or a literal being named, not something said.
fn names_a_word(p: &Paragraph, qi: usize, text: &str) -> bool {
    let Item::Quote(span) = p.items[qi] else {
        return false;
    };
    text.split_whitespace().nth(1).is_none()
        && !p.quoted(span).trim_end().ends_with(SPOKEN_WORD_ENDS)
}

/// True when the text starts with a capital or digit, past any ellipsis,
/// bracket or dash.
fn starts_like_speech(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// True when the quote follows "said", "said," or a colon.
fn follows_introduction(p: &Paragraph, qi: usize) -> bool {
    let before = |n: usize| qi.checked_sub(n).map(|i| p.items[i]);
    let is_verb = |it: Option<Item>| {
        it.and_then(|i| i.word())
            .is_some_and(|w| SPEECH_VERBS.contains(&w) && !WEAK_SPEECH_VERBS.contains(&w))
    };
    match before(1) {
        Some(it) if it.punct() == Some(":") => true,
        Some(it) if it.punct() == Some(",") => is_verb(before(2)),
        it => is_verb(it),
    }
}

/// Small words a title keeps in lowercase ("Therapy for Black Girls").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "for", "in", "on", "to", "at", "by", "with", "de",
];

/// True when every word is capitalised (or a small word): a name or a
/// title ("Moving System Holdings Inc."), not speech.
fn is_title_case(text: &str) -> bool {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .all(|w| {
            is_capitalized(w) || w.starts_with(char::is_numeric) || TITLE_SMALL_WORDS.contains(&w)
        })
}

#[cfg(test)]
mod tests;
