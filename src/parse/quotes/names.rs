//! People named in an article: capitalised runs of words, with titles
//! split off ("Foreign Minister Sergey Lavrov" → title "foreign minister",
//! name "Sergey Lavrov"), and the catalogue that turns a later "Lavrov" or
//! "the Foreign Minister" back into the full name.

// Fx hashing: the keys are the article's own words, and the maps are
// only looked up, never iterated, so the hasher cannot change output.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::hash::Hash;
use std::ops::Range;

use super::paragraph::{Item, Paragraph};
use super::rules::{
    ADJECTIVE_SUFFIXES, ADVERB_SUFFIXES, MAX_NAME_TOKENS, NAME_PARTICLES, NOT_NAME_WORD_SET,
    TITLE_WORD_SET,
};
use super::tokens::{ASCII_WORD_BYTE, is_capitalized, strip_possessive};

/// True for a word that can be part of a name: capitalised, not a
/// sentence opener, pronoun, day or month, and not possessive.
pub fn is_name_word(word: &str) -> bool {
    // Most words are lowercase: test that first, before anything allocates.
    if !is_capitalized(word) {
        return false;
    }
    // Most capitalised words are ASCII letters and digits only: no
    // possessive ending, hyphen or apostrophe to look for.
    if word.bytes().all(|b| ASCII_WORD_BYTE[usize::from(b)]) {
        return !NOT_NAME_WORD_SET.has_ascii_alnum(word) && !is_adverb(word);
    }
    let adjective = || {
        word.rsplit_once('-')
            .is_some_and(|(_, end)| ADJECTIVE_SUFFIXES.contains(&end))
    };
    // Pure tests, cheapest first: the answer does not depend on the order.
    !NOT_NAME_WORD_SET.has(word)
        && strip_possessive(word).is_none()
        && !adjective()
        && !is_adverb(word)
        && !is_contraction(word)
}

/// True when `word` lowercased ends with one of `ADVERB_SUFFIXES`
/// ("Reportedly"); the word is checked for ASCII, or lowercased, once.
fn is_adverb(word: &str) -> bool {
    // Every suffix ends in "ly" (a test checks): most words are turned
    // down on their last two bytes. An ASCII "ly" end is also what a
    // lowercased non-ASCII word would need (no other character lowercases
    // to 'l' or 'y').
    if !ends_with_ignore_case_ascii(word, ADVERB_END) {
        return false;
    }
    if word.is_ascii() {
        return ADVERB_SUFFIXES
            .iter()
            .any(|s| ends_with_ignore_case_ascii(word, s));
    }
    let lower = word.to_lowercase();
    ADVERB_SUFFIXES.iter().any(|s| lower.ends_with(s))
}

/// What every one of `ADVERB_SUFFIXES` ends with.
const ADVERB_END: &str = "ly";

/// True when `word`'s bytes end with ASCII `suffix` (lowercase), ASCII
/// case aside, compared in place.
fn ends_with_ignore_case_ascii(word: &str, suffix: &str) -> bool {
    // On bytes: `word` may end in a character wider than `suffix`.
    let tail = (word.len().checked_sub(suffix.len())).map(|at| &word.as_bytes()[at..]);
    tail.is_some_and(|t| t.eq_ignore_ascii_case(suffix.as_bytes()))
}

/// "Don't", "It’s", "We’ll": an apostrophe followed by a short lowercase
/// ending. ("O’Brien" and "D'Angelo" continue with a capital.)
fn is_contraction(word: &str) -> bool {
    // Most words have no apostrophe: one byte search for ' and for the
    // first byte of ’ (E2 80 99) before the search by characters.
    if memchr::memchr2(b'\'', 0xE2, word.as_bytes()).is_none() {
        return false;
    }
    word.rsplit_once(['\'', '’']).is_some_and(|(_, end)| {
        !end.is_empty() && end.len() <= 3 && end.chars().all(char::is_lowercase)
    })
}

#[inline]
fn is_particle(word: &str) -> bool {
    // Asked of nearly every word of a name run: most words are longer
    // than any particle and skip the list.
    word.len() <= PARTICLE_MAX_BYTES && NAME_PARTICLES.contains(&word)
}

/// Byte length of the longest of `NAME_PARTICLES`.
const PARTICLE_MAX_BYTES: usize = longest(NAME_PARTICLES);

const fn longest(list: &[&str]) -> usize {
    let (mut max, mut i) = (0, 0);
    while i < list.len() {
        if list[i].len() > max {
            max = list[i].len();
        }
        i += 1;
    }
    max
}

/// True when, skipping particles back from item `i` (exclusive), a name
/// word comes before `floor` is reached.
fn name_word_before(items: &[Item], floor: usize, i: usize) -> bool {
    let mut k = i;
    while k > floor && items[k - 1].word().is_some_and(is_particle) {
        k -= 1;
    }
    k > floor && items[k - 1].is_name_word()
}

/// True when, skipping particles on from item `i` (inclusive), a name word
/// comes before `ceil`.
fn name_word_after(items: &[Item], ceil: usize, i: usize) -> bool {
    let mut k = i;
    while k < ceil && items[k].word().is_some_and(is_particle) {
        k += 1;
    }
    k < ceil && items[k].is_name_word()
}

/// The run of name words ending just before item `end`, not reaching
/// below `floor`. Particles count only between name words.
pub fn run_before(items: &[Item], floor: usize, end: usize) -> Range<usize> {
    let mut start = end;
    while start > floor {
        let Some(w) = items[start - 1].word() else {
            break;
        };
        // The position test first: it is free, and at the run's end no
        // particle counts.
        let particle_inside =
            start < end && is_particle(w) && name_word_before(items, floor, start - 1);
        if items[start - 1].is_name_word() || particle_inside {
            start -= 1;
        } else {
            break;
        }
    }
    start..end
}

/// The run of name words starting at item `start`, not reaching `ceil`.
#[inline]
pub fn run_after(items: &[Item], start: usize, ceil: usize) -> Range<usize> {
    let mut end = start;
    while end < ceil {
        let Some(w) = items[end].word() else {
            break;
        };
        // The position test first: at the run's start no particle counts.
        let particle_inside = end > start && is_particle(w) && name_word_after(items, ceil, end);
        if items[end].is_name_word() || particle_inside {
            end += 1;
        } else {
            break;
        }
    }
    start..end
}

/// The words of items `range` (all of which are words).
pub fn words<'a>(items: &[Item<'a>], range: Range<usize>) -> Vec<&'a str> {
    items[range].iter().filter_map(Item::word).collect()
}

/// Splits a capitalised run into its title and the name after it. A run
/// made only of title words ("Foreign Minister") is all title; a title word
/// at the very end belongs to the name ("Martin Luther King"). Two slices
/// of `run`: it is asked of every run of capitalised words, and most are
/// read and let go (no vector of their own).
pub fn split_title<'r, 'w>(run: &'r [&'w str]) -> (&'r [&'w str], &'r [&'w str]) {
    if run.iter().all(|w| TITLE_WORD_SET.has(w)) {
        return (run, &[]);
    }
    let last_title = run[..run.len().saturating_sub(1)]
        .iter()
        .rposition(|w| TITLE_WORD_SET.has(w));
    match last_title {
        Some(i) => run.split_at(i + 1),
        None => (&[], run),
    }
}

/// Lowercased words without trailing periods, to compare titles.
fn title_key(words: &[&str]) -> Vec<String> {
    words
        .iter()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect()
}

/// Most entries kept under one key of the [`People`] indexes. More names
/// sharing a surname (or a title) than this are ambiguous anyway, and the
/// cap keeps the work per lookup small on hostile input.
const MAX_PER_KEY: usize = 8;

/// Pushes `value` under `key` unless the key already holds `MAX_PER_KEY`.
fn push_capped<K: Eq + Hash, T: PartialEq>(map: &mut HashMap<K, Vec<T>>, key: K, value: T) {
    let entries = map.entry(key).or_default();
    if entries.len() < MAX_PER_KEY && !entries.contains(&value) {
        entries.push(value);
    }
}

/// [`push_capped`] for a full name, copied only when it is pushed: most
/// names are met again (over a third of the calls on the dev pages).
fn push_name<'a>(map: &mut HashMap<&'a str, Vec<Vec<&'a str>>>, key: &'a str, name: &[&'a str]) {
    let entries = map.entry(key).or_default();
    if entries.len() < MAX_PER_KEY && !entries.iter().any(|e| e.as_slice() == name) {
        entries.push(name.to_vec());
    }
}

/// Everyone the article names with at least two words, and the titles
/// they carry, indexed so every lookup is cheap. Names and proper nouns
/// are borrowed from the article's paragraphs (`'a`), not copied.
#[derive(Default)]
pub struct People<'a> {
    /// The article's paragraphs, for the proper nouns.
    paragraphs: &'a [Paragraph<'a>],
    /// `headings[i]`: paragraph `i` looks like a subheading (asked once).
    headings: Vec<bool>,
    /// Full names (two words or more) by their last word.
    by_last: HashMap<&'a str, Vec<Vec<&'a str>>>,
    /// Full names by their first word.
    by_first: HashMap<&'a str, Vec<Vec<&'a str>>>,
    /// Every word of every full name.
    name_words: HashSet<&'a str>,
    /// (lowercased title words, full name) by the title's last word.
    titled: HashMap<String, Vec<(Vec<String>, String)>>,
    /// Full names that were introduced with a title.
    titled_names: HashSet<String>,
    /// Full names that are the subject of a speech verb somewhere in the
    /// article: people, not places ("South Carolina" never says anything).
    speakers: HashSet<String>,
    /// Speakers by each word of their name.
    speaker_words: HashMap<String, Vec<String>>,
}

impl<'a> People<'a> {
    /// Collects names from the text outside quotes of every paragraph.
    pub fn collect(paragraphs: &'a [Paragraph<'a>]) -> People<'a> {
        let headings: Vec<bool> = paragraphs
            .iter()
            .map(Paragraph::looks_like_heading)
            .collect();
        let mut people = People {
            paragraphs,
            ..People::default()
        };
        for (p, _) in paragraphs.iter().zip(&headings).filter(|(_, h)| !**h) {
            for sentence in &p.sentences {
                let names = p.name_items_in(sentence.clone());
                people.add_sentence(&p.items, sentence.clone(), names);
            }
        }
        people.headings = headings;
        people
    }

    /// Adds the names of `sentence`, whose name words are `names`.
    fn add_sentence(&mut self, items: &[Item<'a>], sentence: Range<usize>, names: &[usize]) {
        let mut i = sentence.start;
        // A run starts only at a name word (no particle counts at its
        // start): the scan goes from one to the next.
        for &start in names {
            if start < i {
                continue;
            }
            i = start;
            let run = run_after(items, i, sentence.end);
            // A possessive ends the name it is attached to: "Lavrov’s plan".
            let owner = items
                .get(run.end)
                .and_then(Item::word)
                .and_then(strip_possessive)
                .filter(|w| is_capitalized(w));
            // Every item of a run is a word: a run of one word and no owner
            // names nobody (`add_run` keeps names of two words or more), and
            // most runs are one capitalised word, so their words are not
            // collected.
            if run.len() + usize::from(owner.is_some()) >= 2 {
                let mut run_words = words(items, run.clone());
                run_words.extend(owner);
                self.add_run(&run_words);
            }
            i = run.end.max(i + 1);
        }
    }

    fn add_run(&mut self, run: &[&'a str]) {
        let (title, name) = split_title(run);
        if name.len() < 2 || name.len() > MAX_NAME_TOKENS {
            return;
        }
        if let Some(last_title) = title.last() {
            let key = title_key(&[last_title]).concat();
            let joined = name.join(" ");
            push_capped(&mut self.titled, key, (title_key(title), joined.clone()));
            self.titled_names.insert(joined);
        }
        self.name_words.extend(name.iter().copied());
        push_name(&mut self.by_last, name[name.len() - 1], name);
        push_name(&mut self.by_first, name[0], name);
    }

    /// True when `word` is used as a proper noun somewhere in the article:
    /// a word of a full name, or capitalised (possessive ending dropped)
    /// where it does not open a clause, in a paragraph but a subheading.
    /// Only a lone capitalised word before a speech verb asks (about two
    /// words a page, on 151 of the 386 dev pages read whole): the
    /// paragraphs are searched for it, where a set of every such word of
    /// the article cost a hash insert a capitalised word.
    pub fn is_proper(&self, word: &str) -> bool {
        self.name_words.contains(word) || self.used_as_proper(word)
    }

    /// True when some capitalised word that does not open a clause, its
    /// possessive ending dropped, is `word`, outside subheadings.
    fn used_as_proper(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return false;
        };
        let paragraphs = self.paragraphs.iter().zip(&self.headings);
        paragraphs.filter(|(_, h)| !**h).any(|(p, _)| {
            p.items.iter().enumerate().any(|(i, item)| {
                // The word starts with `word`'s first byte: a cheap test
                // that turns down nearly every item.
                item.word().is_some_and(|w| {
                    w.as_bytes().first() == Some(&first)
                        && is_capitalized(w)
                        && strip_possessive(w).unwrap_or(w) == word
                }) && !opens_clause(&p.items, p.sentences[p.sentence_of(i)].start, i)
            })
        })
    }

    /// The fullest form of `name` the article gives: "Lavrov" becomes
    /// "Sergey Lavrov" when that is the only longer name ending in
    /// "Lavrov"; with two candidates ("Joe Biden", "Jill Biden") the name
    /// stays as written, since either could be meant.
    pub fn expand(&self, name: &[&str]) -> String {
        self.expand_words(name).join(" ")
    }

    /// [`People::expand`] as words, borrowed: `name` itself or a full name
    /// of the article. Asked of every name run before the last quote,
    /// most of which are let go: no string is built for them.
    pub fn expand_words<'s>(&'s self, name: &'s [&'s str]) -> &'s [&'s str] {
        let Some(last) = name.last() else {
            return name;
        };
        let bucket = self.by_last.get(*last);
        if bucket.is_some_and(|b| b.len() >= MAX_PER_KEY) {
            return name;
        }
        let longer = || {
            bucket
                .into_iter()
                .flatten()
                .filter(|f| f.len() > name.len() && f.ends_with_strs(name))
        };
        // The last of the longest, as `max_by_key` takes it.
        let Some(longest) = longer().max_by_key(|f| f.len()) else {
            return self.expand_family_first(name);
        };
        if longer().all(|f| longest.ends_with(f)) {
            longest
        } else {
            name
        }
    }

    /// "Yoon" for "President Yoon Suk Yeol": names written family name
    /// first. Only when exactly one longer name starts with `name` and that
    /// person was introduced with a title, so a first name or a place
    /// ("Google" in "Google Cloud") is not taken for a family name.
    fn expand_family_first<'s>(&'s self, name: &'s [&'s str]) -> &'s [&'s str] {
        let mut starting = name
            .first()
            .and_then(|first| self.by_first.get(*first))
            .into_iter()
            .flatten()
            .filter(|f| f.len() > name.len() && f.iter().zip(name).all(|(a, b)| a == b));
        if let (Some(one), None) = (starting.next(), starting.next())
            && self.titled_names.contains(&one.join(" "))
        {
            return one;
        }
        name
    }

    /// The one person who carried a title ending with `title` ("the
    /// minister" matches "Foreign Minister Sergey Lavrov"); `None` when no
    /// one or several did.
    pub fn by_title(&self, title: &[&str]) -> Option<String> {
        let key = title_key(title);
        let bucket = self.titled.get(key.last()?)?;
        if bucket.len() >= MAX_PER_KEY {
            return None;
        }
        let mut found: Vec<&String> = bucket
            .iter()
            .filter(|(t, _)| t.ends_with(&key))
            .map(|(_, n)| n)
            .collect();
        found.sort();
        found.dedup();
        match found.as_slice() {
            [one] => Some((*one).clone()),
            _ => None,
        }
    }

    /// Records that `name` (a full name) speaks somewhere in the article.
    pub fn note_speaker(&mut self, name: String) {
        for word in name.split(' ') {
            push_capped(&mut self.speaker_words, word.to_string(), name.clone());
        }
        self.speakers.insert(name);
    }

    /// True when `name` (a full name) speaks somewhere in the article.
    pub fn is_speaker(&self, name: &str) -> bool {
        self.speakers.contains(name)
    }

    /// True when `name` (a full name) speaks somewhere in the article or
    /// was introduced with a title: surely a person.
    pub fn is_person(&self, name: &str) -> bool {
        self.is_speaker(name) || self.titled_names.contains(name)
    }

    /// True when somebody speaks in the article; when nobody does, no name
    /// is [`People::is_speaker_like_words`].
    pub fn has_speakers(&self) -> bool {
        !self.speaker_words.is_empty()
    }

    /// True when `name` is a speaker or contains one's every word ("Fiona
    /// Parry" when "Fiona" speaks): a person, not a place.
    #[cfg(test)]
    pub fn is_speaker_like(&self, name: &str) -> bool {
        // The words split again where a vector of them would be one
        // allocation a name: most names are two or three words.
        let has_word = |w: &str| name.split(' ').any(|n| n == w);
        name.split(' ')
            .filter_map(|w| self.speaker_words.get(w))
            .flatten()
            .any(|s| s.split(' ').all(has_word))
    }

    /// `People::is_speaker_like` (the string form, which the tests
    /// keep) for a full name as its words, which hold no space.
    pub fn is_speaker_like_words(&self, name: &[&str]) -> bool {
        name.iter()
            .filter_map(|w| self.speaker_words.get(*w))
            .flatten()
            .any(|s| s.split(' ').all(|w| name.contains(&w)))
    }
}

/// True when item `i` starts a clause: the first of its sentence (a quote
/// ending in a full stop ends one) or just after an opening bracket, colon
/// or dash. A capital there proves nothing.
pub fn opens_clause(items: &[Item], sentence_start: usize, i: usize) -> bool {
    i == sentence_start
        || items[i - 1]
            .punct()
            .is_some_and(|p| matches!(p, "(" | "[" | ":" | "—" | "–"))
}

trait EndsWithStrs {
    fn ends_with_strs(&self, tail: &[&str]) -> bool;
}

impl EndsWithStrs for Vec<&str> {
    fn ends_with_strs(&self, tail: &[&str]) -> bool {
        self.len() >= tail.len()
            && self[self.len() - tail.len()..]
                .iter()
                .zip(tail)
                .all(|(a, b)| a == b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The proper nouns as a set, as `People::is_proper` once kept them:
    /// capitalised words (possessive ending dropped) that do not open a
    /// clause, in the paragraphs but subheadings.
    fn proper_nouns<'a>(paragraphs: &[Paragraph<'a>]) -> HashSet<&'a str> {
        let mut proper = HashSet::default();
        for p in paragraphs.iter().filter(|p| !p.looks_like_heading()) {
            for sentence in &p.sentences {
                for i in sentence.clone() {
                    if let Some(w) = p.items[i].word()
                        && is_capitalized(w)
                        && !opens_clause(&p.items, sentence.start, i)
                    {
                        proper.insert(strip_possessive(w).unwrap_or(w));
                    }
                }
            }
        }
        proper
    }

    /// The people of `body`; the paragraphs are leaked, as `People`
    /// borrows them (a few small tests).
    fn people(body: &[&'static str]) -> People<'static> {
        let paragraphs: Vec<Paragraph> = body.iter().map(|p| Paragraph::new(p)).collect();
        People::collect(paragraphs.leak())
    }

    #[test]
    fn splits_titles_from_names() {
        for (run, title, name) in [
            (
                "Foreign Minister Sergey Lavrov",
                "Foreign Minister",
                "Sergey Lavrov",
            ),
            ("Officer Stacy Chiarolanza", "Officer", "Stacy Chiarolanza"),
            ("Mr. Smith", "Mr.", "Smith"),
            ("Martin Luther King", "", "Martin Luther King"),
            ("Prime Minister", "Prime Minister", ""),
            ("Lavrov", "", "Lavrov"),
        ] {
            let run: Vec<&str> = run.split(' ').collect();
            let (t, n) = split_title(&run);
            assert_eq!((t.join(" "), n.join(" ")), (title.into(), name.into()));
        }
    }

    #[test]
    fn expands_surnames_to_the_full_name_given() {
        let p = people(&[
            "Russia’s Foreign Minister Sergey Lavrov met Joe Biden and Jill Biden.",
            "Then Joy Harden Bradford spoke with President Yoon Suk Yeol at Google Cloud.",
        ]);
        for (short, full) in [
            ("Lavrov", "Sergey Lavrov"),
            ("Biden", "Biden"),
            ("Bradford", "Joy Harden Bradford"),
            ("Harden Bradford", "Joy Harden Bradford"),
            ("Kerry", "Kerry"),
            ("Yoon", "Yoon Suk Yeol"),
            ("Google", "Google"),
        ] {
            let short: Vec<&str> = short.split(' ').collect();
            assert_eq!(p.expand(&short), full);
        }
    }

    /// `People::expand` before it went through `expand_words`.
    fn expand_plain(p: &People, name: &[&str]) -> String {
        let Some(last) = name.last() else {
            return String::new();
        };
        let bucket = p.by_last.get(*last);
        if bucket.is_some_and(|b| b.len() >= MAX_PER_KEY) {
            return name.join(" ");
        }
        let longer: Vec<&Vec<&str>> = bucket
            .into_iter()
            .flatten()
            .filter(|f| f.len() > name.len() && f.ends_with_strs(name))
            .collect();
        let Some(longest) = longer.iter().max_by_key(|f| f.len()) else {
            let starting: Vec<&Vec<&str>> = name
                .first()
                .and_then(|first| p.by_first.get(*first))
                .into_iter()
                .flatten()
                .filter(|f| f.len() > name.len() && f.iter().zip(name).all(|(a, b)| a == b))
                .collect();
            if let [one] = starting.as_slice() {
                let full = one.join(" ");
                if p.titled_names.contains(&full) {
                    return full;
                }
            }
            return name.join(" ");
        };
        if longer.iter().all(|f| longest.ends_with(f)) {
            longest.join(" ")
        } else {
            name.join(" ")
        }
    }

    /// `expand` through `expand_words` gives the old answer, and
    /// `is_speaker_like_words` the string form's, for every run of one to
    /// three words of pseudo-random articles full of shared surnames,
    /// titles and family-name-first names.
    #[test]
    fn expand_words_answers_as_before() {
        let pieces = [
            "Joe",
            "Jill",
            "Biden",
            "Sergey",
            "Lavrov",
            "President",
            "Yoon",
            "Suk",
            "Yeol",
            "Kim",
            "Jong",
            "Un",
            "Foreign",
            "Minister",
            " ",
            " ",
            " ",
            ".",
            ",",
            "met",
            "Google",
            "Cloud",
        ];
        let mut rng = crate::test_rng::Rng::new(0xBE54_66CF_34E9_0C6C);
        let mut asked = 0;
        for _ in 0..2_000 {
            let texts: Vec<String> = (0..3)
                .map(|_| {
                    let n = rng.below(16);
                    rng.text(&pieces, n)
                })
                .collect();
            let paragraphs: Vec<Paragraph> = texts.iter().map(|t| Paragraph::new(t)).collect();
            let mut p = People::collect(&paragraphs);
            p.note_speaker("Kim".to_string());
            p.note_speaker("Jill Biden".to_string());
            let words: Vec<&str> = paragraphs
                .iter()
                .flat_map(|q| q.items.iter().filter_map(Item::word))
                .collect();
            assert_eq!(p.expand(&[]), expand_plain(&p, &[]));
            for len in 1..=3 {
                for name in words.windows(len) {
                    let full = p.expand(name);
                    assert_eq!(full, expand_plain(&p, name), "{texts:?} {name:?}");
                    let full_words = p.expand_words(name);
                    assert_eq!(
                        p.is_speaker_like_words(full_words),
                        p.is_speaker_like(&full),
                        "{texts:?} {name:?}"
                    );
                    asked += 1;
                }
            }
        }
        assert!(asked > 10_000, "{asked}");
    }

    #[test]
    fn titles_resolve_to_the_one_person_who_had_them() {
        let p = people(&["Foreign Minister Sergey Lavrov and Secretary of State John Kerry met."]);
        assert_eq!(
            p.by_title(&["Foreign", "Minister"]).as_deref(),
            Some("Sergey Lavrov")
        );
        assert_eq!(p.by_title(&["minister"]).as_deref(), Some("Sergey Lavrov"));
        assert_eq!(p.by_title(&["envoy"]), None);
    }

    /// `State::note_mention` skips expanding a name when nobody speaks:
    /// then no name is speaker-like.
    #[test]
    fn without_speakers_no_name_is_speaker_like() {
        let mut p = people(&["Fiona Parry met Joe Biden in Paris."]);
        assert!(!p.has_speakers());
        for name in ["Fiona Parry", "Fiona", "Joe Biden", "Paris", ""] {
            assert!(!p.is_speaker_like(name), "{name}");
        }
        p.note_speaker("Fiona".to_string());
        assert!(p.has_speakers() && p.is_speaker_like("Fiona Parry"));
    }

    /// Clause openers (a sentence's first word, a word after an opening
    /// bracket) and subheadings give no proper noun; a possessive gives
    /// the word without its ending.
    #[test]
    fn proper_nouns_skip_openers_and_headings() {
        let paragraphs: Vec<Paragraph> = [
            "Police said so. He met Lavrov’s aide (Kim) in Paris.",
            "Unleashing Claude on my Webpage",
        ]
        .iter()
        .map(|p| Paragraph::new(p))
        .collect();
        let mut got: Vec<&str> = proper_nouns(&paragraphs).into_iter().collect();
        got.sort_unstable();
        assert_eq!(got, ["Lavrov", "Paris"]);
    }

    /// `is_proper`'s search answers as the set of every proper noun did
    /// (with the words of full names), for every word of random
    /// paragraphs, their possessive forms cut, and a few absent words.
    #[test]
    fn proper_search_answers_like_the_set() {
        let pieces = [
            "Lavrov",
            "Lavrov’s",
            "Kim's",
            "Paris",
            "Police",
            "The",
            "He",
            "said",
            " ",
            " ",
            ".",
            ",",
            "(",
            ":",
            "—",
            "“",
            "”",
            "Élodie",
            "élodie",
            "Mr.",
            "Sergey",
            "Un",
            "x",
        ];
        let mut rng = crate::test_rng::Rng::new(0x1F83_D9AB_FB41_BD6B);
        for _ in 0..2_000 {
            let texts: Vec<String> = (0..1 + rng.below(3))
                .map(|_| {
                    let n = rng.below(14);
                    rng.text(&pieces, n)
                })
                .collect();
            let paragraphs: Vec<Paragraph> = texts.iter().map(|t| Paragraph::new(t)).collect();
            let set = proper_nouns(&paragraphs);
            let people = People::collect(&paragraphs);
            let mut asked: Vec<&str> = vec!["", "Lav", "Kim", "Lavrov", "Zed", "Élodie"];
            for p in &paragraphs {
                for w in p.items.iter().filter_map(Item::word) {
                    asked.push(w);
                    asked.extend(strip_possessive(w));
                }
            }
            for w in asked {
                let want = set.contains(w) || people.name_words.contains(w);
                assert_eq!(people.is_proper(w), want, "{texts:?} {w:?}");
            }
        }
    }

    #[test]
    fn proper_nouns_are_capitalised_mid_sentence() {
        let p = people(&["Police said so. He met Lavrov.", "Lavrov left."]);
        assert!(p.is_proper("Lavrov"));
        assert!(!p.is_proper("Police"));
    }

    #[test]
    fn name_words() {
        for (word, want) in [
            ("Lavrov", true),
            ("O’Brien", true),
            ("Jae-myung", true),
            ("The", false),
            ("Accordingly", false),
            ("Finally", false),
            ("Emily", true),
            ("Don't", false),
            ("It’s", false),
            ("Amazon-owned", false),
            ("Russia’s", false),
            ("lavrov", false),
        ] {
            assert_eq!(is_name_word(word), want, "{word}");
        }
    }

    /// [`is_name_word`] before the "ly" and apostrophe prefilters.
    fn is_name_word_plain(word: &str) -> bool {
        let adjective = || {
            word.rsplit_once('-')
                .is_some_and(|(_, end)| ADJECTIVE_SUFFIXES.contains(&end))
        };
        let adverb = || {
            let lower = word.to_lowercase();
            ADVERB_SUFFIXES.iter().any(|s| lower.ends_with(s))
        };
        let contraction = || {
            word.rsplit_once(['\'', '’']).is_some_and(|(_, end)| {
                !end.is_empty() && end.len() <= 3 && end.chars().all(char::is_lowercase)
            })
        };
        is_capitalized(word)
            && !NOT_NAME_WORD_SET.has(word)
            && strip_possessive(word).is_none()
            && !adjective()
            && !adverb()
            && !contraction()
    }

    #[test]
    fn name_word_prefilters_change_nothing() {
        assert!(ADVERB_SUFFIXES.iter().all(|s| s.ends_with(ADVERB_END)));
        // Only 'l' and 'L' lowercase to a text ending in 'l', and likewise
        // for 'y': a non-ASCII word lowercased ends in "ly" only when its
        // last two bytes are ASCII "ly", case aside.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let lower = c.to_lowercase().to_string();
            if lower.ends_with('l') || lower.ends_with('y') {
                assert!(c.is_ascii(), "{c:?}");
            }
        }
        let heads = [
            "Ann",
            "ANN",
            "Élodie",
            "Zoë",
            "Kim",
            "東京",
            "Π",
            "K\u{212a}",
            "İ",
        ];
        let tails = [
            "", "ly", "LY", "aLLy", "ingly", "Ly", "’s", "'s", "’", "'t", "’ll", "’Brien",
            "-owned", "-Ray", "é", "東", "ς", "\u{212a}", "y", "l",
        ];
        for head in heads {
            for tail in tails {
                let word = format!("{head}{tail}");
                assert_eq!(is_name_word(&word), is_name_word_plain(&word), "{word}");
            }
        }
        // Random words for the letters-and-digits fast path, some of them
        // in the word lists or ending in "ly", a few with a joiner.
        let pieces = [
            "A", "Mon", "day", "The", "ly", "Sen", "ate", "7", "x", "Z", "Re", "port", "ed", "LY",
            "-", "'s", "’s", "é", ".", "&",
        ];
        let mut rng = crate::test_rng::Rng::new(0x6A09_E667_F3BC_C909);
        for _ in 0..20_000 {
            let n = 1 + rng.below(4);
            let word = rng.text(&pieces, n);
            assert_eq!(is_name_word(&word), is_name_word_plain(&word), "{word}");
        }
    }

    /// `People::add_sentence` counts a run's words by its length: every
    /// item `run_after` takes is a word.
    #[test]
    fn runs_are_all_words() {
        for text in [
            "Ursula von der Leyen said de facto “yes” to Mr. O’Brien’s plan.",
            "The U.S. and Al-Ibrahim, Foreign Minister Sergey Lavrov; “Q” Kim",
            "De la Cruz — Van Dyke (Jr.) said.",
        ] {
            let p = Paragraph::new(text);
            for i in 0..p.items.len() {
                let run = run_after(&p.items, i, p.items.len());
                assert_eq!(words(&p.items, run.clone()).len(), run.len(), "{text} {i}");
            }
        }
    }

    /// `People::add_sentence` tries `run_after` only at name words: on
    /// random paragraphs, a run is empty exactly where its first item is
    /// not one (the old form called it at every item).
    #[test]
    fn runs_start_only_at_name_words() {
        let pieces = [
            "Ursula",
            "von",
            "der",
            "de",
            "Leyen",
            "said",
            "The",
            "Mr.",
            "O’Brien’s",
            " ",
            " ",
            ".",
            ",",
            "“",
            "”",
            "Al-",
            "Reportedly",
            "é",
            "É",
            "",
        ];
        let mut rng = crate::test_rng::Rng::new(0xBB67_AE85_84CA_A73B);
        for _ in 0..5_000 {
            let n = rng.below(16);
            let text = rng.text(&pieces, n);
            let p = Paragraph::new(&text);
            for i in 0..p.items.len() {
                for ceil in i..=p.items.len() {
                    let run = run_after(&p.items, i, ceil);
                    let starts = i < ceil && p.items[i].is_name_word();
                    assert_eq!(!run.is_empty(), starts, "{text:?} {i} {ceil}");
                }
            }
        }
    }

    #[test]
    fn particle_test_answers_like_the_list() {
        for word in NAME_PARTICLES
            .iter()
            .copied()
            .chain(["", "d", "De", "vanx", "dell"])
        {
            assert_eq!(is_particle(word), NAME_PARTICLES.contains(&word), "{word}");
        }
    }

    #[test]
    fn particles_join_names_only_between_name_words() {
        let p = Paragraph::new("Ursula von der Leyen said de facto");
        let run = run_after(&p.items, 0, p.items.len());
        assert_eq!(words(&p.items, run), vec!["Ursula", "von", "der", "Leyen"]);
        let run = run_before(&p.items, 0, 4);
        assert_eq!(words(&p.items, run), vec!["Ursula", "von", "der", "Leyen"]);
    }
}
