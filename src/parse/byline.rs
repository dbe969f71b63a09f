//! Bylines: "By A", "By A and B", "Written by A", "A | Agency", "Posted by
//! A on `<date>`" → the author names, cleaned. Shared by the text and HTML
//! extractors.

use super::date;
use super::script::{is_han, is_hangul};
use super::words::more_words_than;

/// A recognised byline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Byline {
    /// The byline as printed, trimmed.
    pub text: String,
    pub authors: Vec<String>,
    /// A date printed in the byline, normalised.
    pub date: Option<String>,
}

/// Words that open a byline, lowercase, longest first.
const BYLINE_OPENERS: &[&str] = &[
    "written by",
    "posted by",
    "reported by",
    "words by",
    "story by",
    "text by",
    "published by",
    // A label and its colon ("Author: Jane Doe"); without the colon
    // "Author" opens ordinary text ("Author Spotlight").
    "authors:",
    "author:",
    "autor:",
    "auteur:",
    "by",
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
];

/// Byline labels outside ASCII, lowercase, with their colon ("Автор:
/// Анна Петрова"): compared apart from `BYLINE_OPENERS`, whose fast
/// path reads ASCII bytes only.
const NON_ASCII_OPENERS: &[&str] = &["автор:", "авторы:"];

/// Chinese byline labels, each printed with a colon ("作者：李明",
/// "记者 ：王芳 张伟"). A Chinese name has no capitals for
/// [`looks_like_name`]: after one of these, two to `CJK_NAME_MAX_CHARS`
/// Han characters are a name.
const CJK_BYLINE_LABELS: &[&str] = &["作者", "记者", "撰文", "文"];

/// The reporter label, which outlets print after their own name and with
/// a space as often as a colon ("新华社记者 王芳", "本报记者：李明").
const CJK_REPORTER_LABEL: &str = "记者";

/// Most characters of an outlet's name before `CJK_REPORTER_LABEL`
/// ("新华社", "中国青年报"); a longer run of Han characters is a sentence
/// ("据当地媒体报道记者 …").
const CJK_OUTLET_MAX_CHARS: usize = 6;

/// Most characters of a Chinese name after a byline label (a family name
/// of one or two and a given name of one or two).
const CJK_NAME_MAX_CHARS: usize = 4;

/// Most names after a Chinese byline label, or before a Korean title.
const CJK_MAX_NAMES: usize = 4;

/// A Korean reporter's titles, printed after the name ("김민준 기자",
/// "이서연 특파원", "박지훈 선임기자"); a byline ends in one.
const KOREAN_TITLES: &[&str] = &[
    "기자",
    "선임기자",
    "수석기자",
    "전문기자",
    "객원기자",
    "인턴기자",
    "특파원",
    "통신원",
    "논설위원",
    "편집위원",
];

/// Syllables of a Korean name: a family name of one (or two) and a given
/// name of one or two.
const KOREAN_NAME_SYLLABLES: std::ops::RangeInclusive<usize> = 2..=4;

/// Words a Korean byline may open with before the names: what the
/// reporter made ("글·사진 김민준 기자").
const KOREAN_CREDIT_WORDS: &[&str] = &["글", "사진", "글·사진", "영상", "취재"];

/// Words that end a byline's list of names ("By A on May 3", "By A in News").
const NAME_STOPS: &[&str] = &[
    " on ",
    " in ",
    " at ",
    " for ",
    " - ",
    " – ",
    " — ",
    " | ",
    " · ",
    " • ",
    " updated",
    " published",
    // Glued to an all-capital name by innerText ("JANE DOELAST UPDATED").
    "last updated",
    // The same separators glued to the name by innerText ("Jane Doe· May 3").
    "|",
    "·",
    "•",
];

/// `NOT_NAME_WORDS` as a hash set: asked of every word of every
/// name-shaped line, where a scan of the list cost more than the rest of
/// the test.
static NOT_NAME_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| NOT_NAME_WORDS.iter().copied().collect());

/// `word` (lowercase) is one of `NOT_NAME_WORDS`.
fn is_not_name_word(word: &str) -> bool {
    NOT_NAME_SET.contains(word)
}

/// Capitalised words that are not parts of people's names: menu and
/// button labels that stand where bylines stand.
const NOT_NAME_WORDS: &[&str] = &[
    "read",
    "more",
    "share",
    "home",
    "news",
    "menu",
    "search",
    "login",
    "sign",
    "subscribe",
    "comments",
    "comment",
    "reply",
    "follow",
    "contact",
    "about",
    "the",
    "a",
    "an",
    "and",
    "of",
    "min",
    "minute",
    "minutes",
    "updated",
    "published",
    "posted",
    "last",
    "next",
    "previous",
    "back",
    "top",
    "view",
    "all",
    "skip",
    "content",
    "main",
    "image",
    "photo",
    "picture",
    "video",
    "linkedin",
    "twitter",
    "facebook",
    "email",
    "print",
    "save",
    "listen",
    "today",
    "yesterday",
    "in",
    "on",
    "for",
    "with",
    "to",
    "by",
    "from",
    "is",
    "at",
    "new",
    "blog",
    "category",
    "tags",
    "share",
    "this",
    "article",
    "story",
    "reading",
    "time",
    "your",
    "our",
    "my",
    // Buttons and section labels that stand next to dates ("Order Now",
    // "Get Started", "Key Features", "Travel Tips").
    "now",
    "here",
    "get",
    "started",
    "start",
    "order",
    "apply",
    "quick",
    "trial",
    "help",
    "key",
    "features",
    "tips",
    "guide",
    "location",
    "released",
    "overview",
    "summary",
    "introduction",
    "conclusion",
    // Toggles and page parts printed as title-cased lines under a title
    // ("Show Caption", "Hide Sidebar", "Developer Edition").
    "show",
    "hide",
    "caption",
    "sidebar",
    "edition",
    // Widget headings and menu filters that stand where a byline's name
    // stands ("Author" over "Recent Posts"; "By Industry", "By Event Type"
    // in a menu).
    "recent",
    "posts",
    "popular",
    "topic",
    "topics",
    "type",
    "industry",
    "industries",
    "event",
    "events",
    "solutions",
    "resources",
];

/// Longest byline worth considering: beyond it, a "By …" line is a sentence.
const MAX_BYLINE_CHARS: usize = 120;

/// Most words a person's name has.
const MAX_NAME_WORDS: usize = 5;

/// Most letters of one word of a person's name: longer is words glued
/// together ("Bossleythoughtsstreamsportfoliomiscrecs").
const NAME_WORD_MAX_LETTERS: usize = 18;

/// Job titles and agency words that follow names but are not names.
const ROLE_WORDS: &[&str] = &[
    "staff",
    "writer",
    "reporter",
    "editor",
    "senior",
    "correspondent",
    "contributor",
    "columnist",
    "associated press",
    "reuters",
    "afp",
    "ap",
    "bloomberg",
    "news",
    "desk",
    "dietitian",
    "nutritionist",
    "expert",
    "analyst",
    "founder",
    "co-founder",
    "cofounder",
    "ceo",
    "coo",
    "cto",
    "cfo",
    "journalist",
    "president",
    "director",
    "manager",
    "specialist",
    "consultant",
    "strategist",
    "producer",
    "photographer",
    "professor",
    "researcher",
    "scientist",
    "engineer",
    "developer",
];

/// Words that open a job title after a name ("Will Judd Former Deputy
/// Tech Editor", "Jane Doe Lead Writer"): from such a word on, a line that
/// ends in a role word is the title, whatever words stand between.
const ROLE_OPENERS: &[&str] = &[
    "former",
    "deputy",
    "lead",
    "chief",
    "managing",
    "contributing",
    "associate",
    "assistant",
    "executive",
    "guest",
];

/// Lowercase credentials after a name that are not all capitals ("PhD");
/// all-capital ones (MS, RD, CFP, FAND) are recognised by their shape.
const CREDENTIAL_WORDS: &[&str] = &["phd", "md", "mba", "jd", "msc", "bsc", "dr", "rn"];

/// Letters in an all-capital credential: "MS" to "FACLM"; longer capitals
/// are a name or an acronym of an organisation.
const CREDENTIAL_LETTERS: std::ops::RangeInclusive<usize> = 2..=6;

/// What follows the byline opener that `line` opens with ("By", "Written
/// by", "Por", …), if it opens with one: a cheap test before [`parse`],
/// for callers that ask it of many lines and want only bylines so opened.
pub fn after_opener(line: &str) -> Option<&str> {
    strip_opener(line.trim_start())
}

/// Parses `line` as a byline when it looks like one.
pub fn parse(line: &str) -> Option<Byline> {
    // w3m prints images as bracketed names ("[svg]ByJane Doe"), lynx a
    // button as "(BUTTON)": not text.
    let unbracketed;
    let text = if has_bracket_or_button(line) {
        unbracketed = strip_bracketed(&line.replace(LYNX_BUTTON, ""));
        unbracketed.trim()
    } else {
        line.trim()
    };
    // A Chinese label or a Korean name opens with a byte outside ASCII:
    // others skip them.
    if text.as_bytes().first().is_some_and(|b| !b.is_ascii())
        && let Some(byline) = parse_cjk_labelled(text).or_else(|| parse_korean(text))
    {
        return Some(byline);
    }
    // The opener first: it reads only the line's head, and most lines
    // (paragraphs among them) open otherwise; only a line that opens
    // like a byline is measured.
    if let Some(rest) = strip_opener(text) {
        // A second author's portrait between the names ("… & Gene
        // Petrino Headshot Gene Petrino, …"): w3m and lynx print its alt
        // text, which innerText leaves out.
        if let Some(cleaned) = without_inner_portrait(text)
            && let Some(rest) = strip_opener(&cleaned)
        {
            return parse_opened(&cleaned, cleaned.len() - rest.len());
        }
        return parse_opened(text, text.len() - rest.len());
    }
    // A portrait's alt text before the opener ("Byline profile
    // imageWritten by Jane Doe"); only a short line is looked at.
    if text.len() > PORTRAIT_LINE_MAX_BYTES {
        return None;
    }
    let (head_end, opener_like) = head_words(text);
    let cleaned = if has_portrait_word(&text[..head_end]) {
        without_portrait(text)
    } else {
        // No bracket (stripped above) and no picture word in the head:
        // only a name said twice can change the line (the line as it is
        // has no opener), and that name must open like a byline; its
        // first word is one of the line's first words. Most short lines
        // end here, without either search over the whole line.
        if !opener_like {
            return None;
        }
        std::borrow::Cow::Owned(name_said_twice_at_end(text)?)
    };
    let rest_len = strip_opener(&cleaned)?.len();
    parse_opened(&cleaned, cleaned.len() - rest_len)
}

/// `text` without a portrait's alt text inside it: a name, a picture word
/// and the same name again ("Gene Petrino Headshot Gene Petrino" → "Gene
/// Petrino"), names of up to `rules::INNER_PORTRAIT_NAME_MAX_WORDS` words.
/// `None` when there is none.
fn without_inner_portrait(text: &str) -> Option<String> {
    let is_picture_word = |w: &str| PORTRAIT_WORDS.iter().any(|p| w.eq_ignore_ascii_case(p));
    // Most bylines hold no picture word: looked for without allocating.
    if !text.split_whitespace().skip(1).any(is_picture_word) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    for (k, word) in words.iter().enumerate().skip(1) {
        if !is_picture_word(word) {
            continue;
        }
        for n in (1..=crate::parse::rules::INNER_PORTRAIT_NAME_MAX_WORDS.min(k)).rev() {
            let (name, again) = (&words[k - n..k], words.get(k + 1..k + 1 + n));
            let same = again.is_some_and(|again| {
                name.iter().zip(again).all(|(a, b)| {
                    a.trim_end_matches(|c: char| !c.is_alphanumeric())
                        == b.trim_end_matches(|c: char| !c.is_alphanumeric())
                })
            });
            // A name, not the alt text said twice ("Portrait image
            // Portrait image").
            let named =
                name[0].starts_with(char::is_uppercase) && !name.iter().any(|w| is_picture_word(w));
            if same && named {
                let mut kept = words[..k - n].to_vec();
                kept.extend(&words[k + 1..]);
                return Some(kept.join(" "));
            }
        }
    }
    None
}

/// Longest line (bytes) looked at for a portrait's alt text before a
/// byline's opener: a byline and a short alt text.
const PORTRAIT_LINE_MAX_BYTES: usize = 2 * MAX_BYLINE_CHARS;

/// [`parse`] of `text`, whose names start at byte `rest_at` (after the
/// opener).
fn parse_opened(text: &str, rest_at: usize) -> Option<Byline> {
    let rest = &text[rest_at..];
    if text.is_empty() {
        return None;
    }
    if text.chars().count() > MAX_BYLINE_CHARS {
        return bio_opened(text, rest_at);
    }
    let found_date = date::find(rest);
    // The names end where a date starts ("By Jane Doe March 4, 2020").
    let before_date = found_date.as_ref().map_or(rest, |d| &rest[..d.range.start]);
    let names_part = cut_at_stop(before_date);
    // "By clicking Continue, you agree to the Privacy Policy": the names
    // follow the opener at once, or this is a sentence.
    let authors = names_after_opener(names_part)?;
    Some(Byline {
        text: text.to_string(),
        authors,
        date: found_date.map(|d| d.value),
    })
}

/// An author box's line too long for a byline that opens with the
/// author's name and goes on with the bio ("By Alex Heath, a deputy
/// editor and author of …", "By Jane Doe is a reporter who …"): the
/// byline up to the first of `BIO_OPENERS` within
/// `BIO_NAME_MAX_BYTES` of the opener, when all before it is one name.
fn bio_opened(text: &str, rest_at: usize) -> Option<Byline> {
    let head = text[rest_at..]
        .char_indices()
        .take_while(|(i, _)| *i <= BIO_NAME_MAX_BYTES)
        .last()
        .map_or("", |(i, c)| &text[rest_at..rest_at + i + c.len_utf8()]);
    let cut = BIO_OPENERS.iter().filter_map(|o| head.find(o)).min()?;
    // The name alone before the bio, not a sentence ("Published by
    // Hooded Horse and released in May 2025, Cataclismo is a game").
    if !looks_like_name(head[..cut].trim()) {
        return None;
    }
    let byline = parse_opened(&text[..rest_at + cut], rest_at)?;
    (byline.authors.len() == 1).then_some(byline)
}

/// Where a bio goes on from the name in an author box's line: an
/// apposition, a verb, or a job title glued to the name ("Written by:
/// Shivkumar M Head Product Launches, Adoption, & Evangelism.Expert in
/// …", as innerText joins the box's name and title).
const BIO_OPENERS: &[&str] = &[
    ", a ",
    ", an ",
    ", the ",
    " is ",
    " was ",
    " has ",
    " Head ",
    " Senior ",
    " Lead ",
    " Chief ",
    " Deputy ",
    " Former ",
    " Staff ",
    " Managing ",
    " Contributing ",
    " Associate ",
    " Executive ",
];

/// Longest name looked at before a bio's opener.
const BIO_NAME_MAX_BYTES: usize = 60;

/// The first comma- or "and"-separated part of `names`; "and" in any of
/// `NAME_CONJUNCTIONS` ("Par A et B", "Por A y B"), as `split_names`
/// splits them.
fn first_part(names: &str) -> &str {
    let part = names.split([',', ';', '/']).next().unwrap_or("");
    let end = NAME_CONJUNCTIONS
        .iter()
        .filter_map(|c| part.find(c))
        .min()
        .unwrap_or(part.len());
    &part[..end]
}

/// Words that join two names in a byline ("A and B", "A et B", "A y
/// B", "A und B", "A & B"), with their spaces.
const NAME_CONJUNCTIONS: &[&str] = &[" and ", " & ", " und ", " et ", " y "];

/// `names` with each of `NAME_CONJUNCTIONS` made a comma: "A, B and C" →
/// "A, B,C", to split at commas.
fn conjunctions_as_commas(names: &str) -> String {
    NAME_CONJUNCTIONS
        .iter()
        .fold(names.to_string(), |t, c| t.replace(c, ","))
}

/// Words of each name in a line of names alone ([`names_only`]).
const NAMES_ONLY_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// Two or more full names and nothing else ("Jane Doe and John Roe",
/// "Jane Doe, John Roe & Ann Lee"): co-authors' byline printed without
/// "By". Each name has `NAMES_ONLY_WORDS` words and looks like one, so
/// "Romeo and Juliet" or "Salt and Pepper Shrimp" is none.
pub fn names_only(text: &str) -> Option<Vec<String>> {
    // Asked of every headline candidate: most do not end a first name
    // of two or three words with a comma or a conjunction.
    let mut words = text.split_whitespace();
    let (Some(_), Some(second), Some(third), Some(fourth)) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return None;
    };
    let conjunction = |w: &str| NAME_CONJUNCTIONS.iter().any(|c| c.trim() == w);
    let after_two = second.ends_with(',') || conjunction(third);
    let after_three = third.ends_with(',') || conjunction(fourth);
    if !after_two && !after_three {
        return None;
    }
    let normalized = conjunctions_as_commas(text);
    let parts: Vec<&str> = normalized.split(',').map(str::trim).collect();
    if parts.len() < 2 {
        return None;
    }
    parts
        .iter()
        .map(|part| {
            let words = part.split_whitespace().count();
            (NAMES_ONLY_WORDS.contains(&words) && looks_like_name(part)).then(|| part.to_string())
        })
        .collect()
}

/// Whether the first comma- or "and"-separated part of `names` is a name.
fn first_part_is_name(names: &str) -> bool {
    looks_like_name(&clean_name(first_part(names)))
}

/// The authors named after a byline's opener or label (`names`, cut
/// before any date or stop word): people's names, or, when the first
/// part is none, an organisation named with "The" ("by The Ritualist",
/// "Written by The Upwork Team, edited by …"), which is how a team or a
/// publication signs. `None` when neither opens `names`.
fn names_after_opener(names: &str) -> Option<Vec<String>> {
    if first_part_is_name(names) {
        let authors = split_names(names);
        return (!authors.is_empty()).then_some(authors);
    }
    organisation_name(first_part(names)).map(|org| vec![org])
}

/// `part` is an organisation's name opened by "The": "The" and then 1 to
/// `ORGANISATION_MAX_WORDS` capitalised words that are not menu words
/// ("The Upwork Team", "The Ritualist"; not "The Best", "the team").
fn organisation_name(part: &str) -> Option<String> {
    let part = part
        .trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim();
    // In capitals too, as wire services print it ("By THE ASSOCIATED
    // PRESS").
    let rest = part
        .strip_prefix("The ")
        .or_else(|| part.strip_prefix("THE "))?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let ok = (1..=ORGANISATION_MAX_WORDS).contains(&words.len())
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            w.chars().next().is_some_and(char::is_uppercase)
                && !w.chars().any(|c| c.is_ascii_digit())
                && !is_not_name_word(&lower)
                && !NOT_ORGANISATION_WORDS.contains(&lower.as_str())
        });
    ok.then(|| part.to_string())
}

/// Most words after "The" in an organisation that signs an article.
const ORGANISATION_MAX_WORDS: usize = 3;

/// Words that make "By The …" a phrase or a heading rather than a
/// signature ("By The Numbers", "By The Way", "By The Best Experts").
const NOT_ORGANISATION_WORDS: &[&str] = &[
    "numbers", "way", "best", "book", "end", "time", "people", "sea", "rules", "year", "day",
    "week", "month", "hour", "light", "water", "river", "bay", "lake",
];

/// How lynx prints a form button in a dump.
const LYNX_BUTTON: &str = "(BUTTON)";

/// Labels that stand alone on the line above the author's name ("By:",
/// "Author", "Written by"), lowercase, without a trailing colon.
const NAME_LABELS: &[&str] = &[
    "by",
    "written by",
    "posted by",
    "author",
    "authors",
    "about the author",
    "von",
    "par",
    "por",
    "autor",
    "auteur",
];

/// Byte length of the longest of `NAME_LABELS`.
const NAME_LABEL_MAX_BYTES: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < NAME_LABELS.len() {
        if NAME_LABELS[i].len() > max {
            max = NAME_LABELS[i].len();
        }
        i += 1;
    }
    max
};

/// `label`, trimmed of spaces and trailing colons and lowercased, is one of
/// `NAME_LABELS`. Asked of every block next to a headline or byline
/// candidate, most of them paragraphs: one longer than four times the
/// longest label is turned down at once, as its lowercase form cannot be
/// that short (each character, of at most 4 bytes, lowercases to 1 byte
/// or more). The label is compared without a lowercase copy (the labels
/// are lowercase ASCII).
fn is_name_label(label: &str) -> bool {
    let label = label.trim().trim_end_matches(':').trim_end();
    // A label with a character outside ASCII is none of the (ASCII)
    // labels: of those characters only the Kelvin sign lowercases to
    // ASCII ('k', in no label; tested), so its lowercase form keeps a
    // character outside ASCII.
    label.len() <= 4 * NAME_LABEL_MAX_BYTES
        && label.is_ascii()
        && NAME_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label))
}

/// [`is_name_label`] as it was, lowercasing a label outside ASCII.
#[cfg(test)]
fn is_name_label_plain(label: &str) -> bool {
    let label = label.trim().trim_end_matches(':').trim_end();
    if label.len() > 4 * NAME_LABEL_MAX_BYTES {
        return false;
    }
    if label.is_ascii() {
        return NAME_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label));
    }
    NAME_LABELS.contains(&label.to_lowercase().as_str())
}

/// Openers of a label that carries its date before "by", lowercase
/// ("Written on Mar 17 by" / "Jane Doe", "Posted on May 3, 2020 by").
const DATED_LABEL_OPENERS: &[&str] = &["written on ", "posted on ", "published on "];

/// Most words of a dated label: the opener, a date and "by".
pub const DATED_LABEL_MAX_WORDS: usize = 8;

/// `label` is a byline's label with its date, the name on the next line:
/// "Written on Mar 17 by", "Posted on May 3, 2020 by:" (Medium and blog
/// footers). It opens with one of `DATED_LABEL_OPENERS`, ends with "by",
/// has a day's number and at most `DATED_LABEL_MAX_WORDS` words.
pub fn is_dated_label(label: &str) -> bool {
    let label = label.trim().trim_end_matches(':').trim_end();
    let Some(head) = label.get(..label.len().min(16)) else {
        return false;
    };
    // The openers are lowercase ASCII: compared in place, case aside.
    DATED_LABEL_OPENERS.iter().any(|o| {
        head.as_bytes()
            .get(..o.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(o.as_bytes()))
    })
        && label
            .get(label.len().saturating_sub(3)..)
            .is_some_and(|end| end.eq_ignore_ascii_case(" by"))
        && label.split_whitespace().count() <= DATED_LABEL_MAX_WORDS
        // A day, with or without its year ("Mar 17").
        && label.chars().any(|c| c.is_ascii_digit())
}

/// A byline split over two lines: a label alone on its line (`label`,
/// "By:", "Author") and the names on the next (`next`).
pub fn parse_labelled(label: &str, next: &str) -> Option<Byline> {
    // A next line too long for a byline first: its count is a fast byte
    // scan, cheaper than the label tests (all pure, so the order changes
    // no answer), and no line of at most `MAX_BYLINE_CHARS` bytes holds
    // more characters.
    if next.len() > MAX_BYLINE_CHARS && next.chars().count() > MAX_BYLINE_CHARS {
        return None;
    }
    // "Author image" over the name: the label and its portrait's alt
    // text; "Written on Mar 17 by" over it: a label with its date.
    let labelled = is_name_label(label)
        || is_dated_label(label)
        || (label.len() <= 4 * NAME_LABEL_MAX_BYTES && is_name_label_behind_portrait(label));
    if !labelled {
        return None;
    }
    let next = without_portrait(next);
    let next = next.as_ref();
    let found_date = date::find(next);
    let before_date = found_date.as_ref().map_or(next, |d| &next[..d.range.start]);
    let names_part = cut_at_stop(before_date);
    let authors = names_after_opener(names_part)?;
    Some(Byline {
        text: next.to_string(),
        authors,
        date: found_date.map(|d| d.value),
    })
}

/// `is_name_label(&without_portrait(label))` for a `label` that
/// [`is_name_label`] turned down. Without a bracket or a picture word,
/// `without_portrait` gives the trimmed label back (already turned down:
/// `is_name_label` trims it the same way) unless a name is said twice at
/// its end; only that name is then asked.
///
/// That name is never a label: a name said twice has two or three words,
/// and each label of two words or more holds a word no name has ("by",
/// "the", `NOT_NAME_WORDS`, tested), so the name is not looked for.
fn is_name_label_behind_portrait(label: &str) -> bool {
    (label.contains('[') || has_portrait_word(label))
        && is_name_label(&without_portrait_plain(label))
}

/// [`is_name_label_behind_portrait`] as it was, asking the name said
/// twice.
#[cfg(test)]
fn is_name_label_behind_portrait_plain(label: &str) -> bool {
    if !label.contains('[') && !has_portrait_word(label) {
        return name_said_twice_at_end(label.trim()).is_some_and(|name| is_name_label(&name));
    }
    is_name_label(&without_portrait_plain(label))
}

/// Separators between the parts of a byline line ("Jane Doe • May 3, 2024",
/// "Posted by A | News").
const PART_SEPARATORS: &[char] = &['•', '|', '·', '—', '–', '/'];

/// `text.split_once(PART_SEPARATORS)` by SIMD byte searches: asked of
/// every headline candidate, most of which hold no separator, and a
/// search by characters decodes each. '|' and '/' are ASCII, '•', '—'
/// and '–' open with the byte E2 and '·' with C2 (rare bytes in most
/// text, each hit checked as a whole character).
fn split_at_part_separator(text: &str) -> Option<(&str, &str)> {
    let bytes = text.as_bytes();
    let middle_dot = memchr::memchr_iter(0xC2, bytes).find(|&at| bytes.get(at + 1) == Some(&0xB7));
    let end = middle_dot.unwrap_or(bytes.len());
    let found = memchr::memchr3_iter(b'|', b'/', 0xE2, &bytes[..end])
        .find_map(|at| {
            let c = text[at..].chars().next()?;
            PART_SEPARATORS.contains(&c).then_some((at, c.len_utf8()))
        })
        .or(middle_dot.map(|at| (at, '·'.len_utf8())))?;
    let (at, len) = found;
    Some((&text[..at], &text[at + len..]))
}

/// Most words in a line that holds a byline among other things.
const MAX_LOOSE_WORDS: usize = 20;

/// Finds a byline inside a short line: a line that starts like one
/// ([`parse`]), a "By A" after other text ("May 3, 2017 By A 4 Comments",
/// "Picture of A By A"), or a name set apart from a date by a separator
/// ("A • November 4th, 2025"). Used on the lines around a headline.
pub fn parse_loose(line: &str) -> Option<Byline> {
    if let Some(found) = parse(line) {
        return Some(found);
    }
    parse_loose_unopened(line)
}

/// [`parse_loose`] of a line [`parse`] finds no byline in (the caller
/// knows, and spares the parse).
pub fn parse_loose_unopened(line: &str) -> Option<Byline> {
    let text = line.trim();
    // "Bothered by Yeast Infections?" is a teaser, not a credit; a dated
    // line may end with the headline it credits ("Posted on <date> by A -
    // 5 Comments on Do you need 14 USB ports?").
    if text.ends_with('?') && date::find(text).is_none() {
        return None;
    }
    if more_words_than(text, MAX_LOOSE_WORDS) {
        // A long line still holds a byline when a date opens it: "Posted
        // on May 3, 2025 by A - 5 Comments on <the headline>".
        return dated_by(text);
    }
    if let Some(name) = signed_name(text) {
        return Some(Byline {
            text: text.to_string(),
            authors: vec![name],
            date: None,
        });
    }
    if let Some(at) = find_by(text) {
        let before = &text[..at];
        let set_apart = before.split_whitespace().count() <= 1
            || date::find(before).is_some()
            || before.ends_with(PART_SEPARATORS);
        let found = parse(&text[at + 1..]).filter(|f| {
            set_apart
                || f.authors
                    .first()
                    .is_some_and(|n| before.ends_with(n.as_str()))
        });
        if let Some(mut found) = found {
            found.text = text.to_string();
            found.date = found.date.or_else(|| date::find(text).map(|d| d.value));
            return Some(found);
        }
    }
    if let Some(found) = names_with_role(text).or_else(|| names_with_affiliation(text)) {
        return Some(found);
    }
    let found_date = date::find(text)?;
    if is_citation_date(text, &found_date.range) {
        return None;
    }
    let without_date = format!(
        "{} | {}",
        &text[..found_date.range.start],
        &text[found_date.range.end..]
    );
    let names: Vec<String> = without_date
        .split(PART_SEPARATORS)
        .map(strip_bracketed)
        .map(|part| cut_at_stop(&format!(" {part} ")).to_string())
        .map(|part| clean_name(&part))
        .filter(|n| n.split_whitespace().count() >= 2 && looks_like_name(n))
        .collect();
    match names.as_slice() {
        [name] => Some(Byline {
            text: text.to_string(),
            authors: vec![name.clone()],
            date: Some(found_date.value),
        }),
        _ => None,
    }
}

/// The date at `range` in `text` is a reference-list entry's: it stands
/// in brackets closed by a full stop ("Bratersky, Alexander (29 July
/// 2013). \"Title\"", "Doe, J. (2013, July 29). Title"), or the line
/// holds an access date ([`has_access_date`]: "\"SpiderMonkey\". Mozilla
/// Developer Network. 2012-08-15. Retrieved 2012-08-18."). Its name is a cited source's, not the article's
/// author: a byline does not end its name's date with a full stop after
/// the bracket, nor says when a page was retrieved.
fn is_citation_date(text: &str, range: &std::ops::Range<usize>) -> bool {
    let before = &text[..range.start];
    let opened = before
        .rfind('(')
        .is_some_and(|at| !before[at..].contains(')'));
    has_access_date(text)
        || (opened
            && text[range.end..]
                .trim_start_matches(|c: char| c != ')' && c != '(' && !c.is_alphabetic())
                .starts_with(")."))
}

/// `text` holds a date right after an access label
/// (`rules::CITATION_DATE_LABELS`, a whole word in any case: "Retrieved
/// 2014-03-27", "accessed May 3, 2025"): a reference-list entry.
fn has_access_date(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    crate::parse::rules::CITATION_DATE_LABELS
        .iter()
        .any(|label| {
            lower.match_indices(label).any(|(at, _)| {
                let rest = &text[at + label.len()..];
                let starts_word = lower[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                starts_word
                    && rest.starts_with(char::is_whitespace)
                    && date::find(rest.trim_start()).is_some_and(|d| d.range.start == 0)
            })
        })
}

/// Most words of the role after a name and a separator ("| Guest
/// Columnists", "· Senior Staff Writer"): more is a teaser or a menu.
pub const MAX_ROLE_WORDS: usize = 4;

/// A job title alone on its line ("Games Editor", "Senior Staff
/// Writer"): 1 to `MAX_ROLE_WORDS` words, the last a role word (a badge
/// such as "Expert Reviewed" ends otherwise).
pub fn is_role_line(text: &str) -> bool {
    (1..=MAX_ROLE_WORDS).contains(&text.split_whitespace().count())
        && text.split_whitespace().last().is_some_and(has_role_word)
}

/// A job title and its outlet after a comma or a separator ("Senior
/// Health Reporter, The Times", "Staff Writer | The Verge"): the title is
/// a role line ([`is_role_line`]), the outlet at most `MAX_ROLE_WORDS`
/// words that open with a capital and end no sentence.
pub fn is_role_with_outlet(text: &str) -> bool {
    split_at_part_separator(text)
        .or_else(|| split_at_last_comma(text))
        .is_some_and(|(role, outlet)| {
            let outlet = outlet.trim();
            is_role_line(role)
                && outlet.starts_with(char::is_uppercase)
                && !outlet.ends_with(['.', '!', '?'])
                && outlet.split_whitespace().count() <= MAX_ROLE_WORDS
        })
}

/// Names, a separator and their role, without "By": "Manoj Jain and
/// Jagpreet Chhatwal | Guest Columnists", "Jane Doe · Staff Writer". Each
/// name has two words or more, and the role has a word of `ROLE_WORDS`.
pub fn names_with_role(text: &str) -> Option<Byline> {
    let (names, role) = split_at_part_separator(text)
        .or_else(|| split_at_last_comma(text))
        .or_else(|| split_at_bracket(text))?;
    let role_words = role.split_whitespace().count();
    if !(1..=MAX_ROLE_WORDS).contains(&role_words)
        || !(has_role_word(role) || is_reading_time(role))
    {
        return None;
    }
    let authors = full_names(names)?;
    Some(Byline {
        text: text.to_string(),
        authors,
        date: None,
    })
}

/// The names of a bare byline's `names` part when every part of it is a
/// full name (two words or more) or a degree after one ("Jane Doe, PhD"):
/// a part that is no name makes the line no byline.
fn full_names(names: &str) -> Option<Vec<String>> {
    let authors = split_names(names);
    // A degree follows a name: a first part in capitals is a name.
    let parts = conjunctions_as_commas(names)
        .split(',')
        .filter(|p| !p.trim().is_empty())
        .enumerate()
        .filter(|(k, p)| *k == 0 || !is_credential(p))
        .count();
    let ok = !authors.is_empty()
        && authors.len() == parts
        && authors
            .iter()
            .all(|a| a.split_whitespace().nth(1).is_some());
    ok.then_some(authors)
}

/// A line's last bracket and what stands before it: "Jane Doe (Reuters)"
/// → ("Jane Doe", "Reuters").
fn split_at_bracket(text: &str) -> Option<(&str, &str)> {
    let (before, inside) = text.trim_end().strip_suffix(')')?.rsplit_once('(')?;
    Some((before.trim_end(), inside))
}

/// How a reading time after a name ends ("Jane Doe · 5 min read"),
/// lowercase.
const READING_TIME_UNITS: &[&str] = &["min read", "mins read", "minute read", "minutes read"];

/// `part` is a reading time: a number, then one of `READING_TIME_UNITS`.
fn is_reading_time(part: &str) -> bool {
    let part = part.trim();
    part.starts_with(|c: char| c.is_ascii_digit())
        && READING_TIME_UNITS.iter().any(|unit| {
            part.len()
                .checked_sub(unit.len())
                .and_then(|at| part.get(at..))
                .is_some_and(|end| end.eq_ignore_ascii_case(unit))
        })
}

/// `text.rsplit_once(", ")` by a byte search: asked of every headline
/// candidate, and the pattern search's set-up costs more than the line.
fn split_at_last_comma(text: &str) -> Option<(&str, &str)> {
    let bytes = text.as_bytes();
    let at = memchr::memrchr_iter(b',', bytes).find(|&at| bytes.get(at + 1) == Some(&b' '))?;
    Some((&text[..at], &text[at + 2..]))
}

/// Names and their institution after the last comma, without "By":
/// "Shelia R. Cotten, Clemson University", "Jane Doe and John Roe,
/// University of Leeds", as The Conversation and academic blogs sign.
/// The institution has at most `rules::AFFILIATION_MAX_WORDS` words, opens
/// with a capital, ends no sentence and holds a word of
/// `rules::AFFILIATION_WORDS`; every name before it has two words or
/// more and looks like one.
pub fn names_with_affiliation(text: &str) -> Option<Byline> {
    use crate::parse::rules::{AFFILIATION_MAX_WORDS, AFFILIATION_WORDS};
    let (names, institution) = split_at_last_comma(text.trim())?;
    let words = institution.split_whitespace().count();
    if !(1..=AFFILIATION_MAX_WORDS).contains(&words)
        || !institution.starts_with(char::is_uppercase)
        || institution.ends_with(['.', '!', '?'])
        || !institution.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            AFFILIATION_WORDS.iter().any(|a| w.eq_ignore_ascii_case(a))
        })
    {
        return None;
    }
    let authors = full_names(names)?;
    Some(Byline {
        text: text.trim().to_string(),
        authors,
        date: None,
    })
}

/// Most words before " by " in a long line that opens with a date.
const MAX_WORDS_BEFORE_BY: usize = 8;

/// "Posted on `<date>` by A …" at the start of a long line (`lower` is its
/// lowercase form).
fn dated_by(text: &str) -> Option<Byline> {
    let at = find_by(text)?;
    let before = &text[..at];
    if before.split_whitespace().nth(MAX_WORDS_BEFORE_BY).is_some() {
        return None;
    }
    let day = date::find(before)?;
    let rest = &text[at + 1..];
    let names = cut_at_stop(&rest[2..]);
    let mut found = parse(&format!("by {names}"))?;
    found.text = text.to_string();
    found.date = Some(day.value);
    Some(found)
}

/// Where the first " by " of `text` starts, in any case: where
/// `lowercase_keeping_offsets(text).find(" by ")` finds it (that lowercase
/// keeps every character's length, so a non-ASCII character never becomes
/// an ASCII one), without copying the line.
fn find_by(text: &str) -> Option<usize> {
    // The "b" is looked for, rarer than the space before it: a long
    // line has a space every few bytes.
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'b', b'B', bytes)
        .find(|&at| {
            at > 0
                && bytes[at - 1] == b' '
                && bytes
                    .get(at + 1..at + 3)
                    .is_some_and(|w| w[0] | 0x20 == b'y' && w[1] == b' ')
        })
        .map(|at| at - 1)
}

/// Words that end the alt text of an author's portrait, which w3m and
/// lynx print in the picture's place before or after the name ("Byline
/// profile imageWritten by Jane Doe", "dsteer-headshot Dave Steer",
/// "Author image" / "Jane Doe", "Joshua Waller profile pic").
const PORTRAIT_WORDS: &[&str] = &[
    "image", "photo", "picture", "pic", "avatar", "headshot", "portrait",
];

/// Openers of a portrait's alt text that names the person ("Picture of
/// Kev Kev": the alt text, then the name).
const PORTRAIT_OPENERS: &[&str] = &[
    "picture of ",
    "photo of ",
    "image of ",
    "portrait of ",
    "avatar of ",
    "headshot of ",
];

/// Most words of a portrait's alt text before the name ("Byline profile
/// image", "Author"): a picture word further into the line is the
/// line's own text ("… the image of a …").
const PORTRAIT_ALT_MAX_WORDS: usize = 3;

/// `line` without the text a text browser prints for the author's
/// portrait: w3m's bracketed image names ("\[89c\] Ridvika Arora"), an alt
/// text ending in a picture word before the name ("Byline profile
/// imageWritten by Jane Doe", "dsteer-headshot Dave Steer") or after it
/// ("Joshua Waller profile pic", "Author image" → "Author", a label), "Picture
/// of Kev Kev" → "Kev", and an alt text that repeats the name ("Author
/// Jane Doe Jane Doe" → "Jane Doe"). A credit that opens with the picture
/// word ("Photo: Jane Doe", "Photo by …") is left as it is; so is a line
/// where nothing but one word would stay ("Featured image").
pub fn without_portrait(line: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    // Most lines hold no bracket and no picture word among their first
    // words: only a name said twice can change them. Asked of every short
    // line a byline could be, and of every block by a date.
    if !line.contains('[') && !has_portrait_word(portrait_head(line)) {
        let text = line.trim();
        return match name_said_twice_at_end(text) {
            Some(name) => Cow::Owned(name),
            None => Cow::Borrowed(text),
        };
    }
    without_portrait_plain(line)
}

/// The head of `line` where a picture word can change it: its first
/// `PORTRAIT_ALT_MAX_WORDS` + 1 words, the only ones
/// [`around_portrait_word`] reads ([`after_portrait_opener`] reads the
/// first), with the white space before them. A line without '\[' and
/// without a picture word in its head is changed by no more than a name
/// said twice, as one without any picture word (tested).
fn portrait_head(line: &str) -> &str {
    &line[..head_words(line).0]
}

/// The end (byte) of [`portrait_head`], and whether one of the line's
/// first `ALT_BEFORE_NAME_MAX_WORDS` + 1 words opens with one of
/// `OPENER_HEADS` (case aside, on bytes as [`strip_opener`] reads them),
/// as a name said twice at the end that opens a byline must: its first
/// word is one of those. Words are split as `split_whitespace` splits
/// them: on bytes, a non-ASCII character decoded to ask whether it is
/// white space.
fn head_words(line: &str) -> (usize, bool) {
    let b = line.as_bytes();
    // The length of the character at `at` and whether it is white space;
    // ASCII read on its byte.
    let char_at = |at: usize| {
        let c = b[at];
        if c.is_ascii() {
            return (1, c == b' ' || (b'\t'..=b'\r').contains(&c));
        }
        line[at..]
            .chars()
            .next()
            .map_or((1, false), |c| (c.len_utf8(), c.is_whitespace()))
    };
    let mut words = 0;
    let mut opener_like = false;
    let mut at = 0;
    while at < b.len() {
        let (len, space) = char_at(at);
        if space {
            at += len;
            continue;
        }
        // A word starts at `at`.
        if words <= ALT_BEFORE_NAME_MAX_WORDS {
            let second = b.get(at + 1).map_or(0, |c| c | 0x20);
            opener_like |= is_opener_head(u16::from_le_bytes([b[at] | 0x20, second]));
        }
        at += len;
        while at < b.len() {
            let c = b[at];
            if c.is_ascii() {
                if c == b' ' || (b'\t'..=b'\r').contains(&c) {
                    break;
                }
                at += 1;
                continue;
            }
            let (len, space) = char_at(at);
            if space {
                break;
            }
            at += len;
        }
        words += 1;
        if words > PORTRAIT_ALT_MAX_WORDS {
            break;
        }
    }
    (at, opener_like)
}

/// Every picture word and portrait opener holds one of these (ASCII
/// lowercase; "picture" holds "pic").
const PORTRAIT_WORD_CORES: [&[u8]; 6] = [
    b"image",
    b"photo",
    b"pic",
    b"avatar",
    b"headshot",
    b"portrait",
];

/// `line` holds one of `PORTRAIT_WORD_CORES`, ASCII case aside: without
/// one, neither [`after_portrait_opener`] nor [`around_portrait_word`]
/// finds anything. Their lowercasing cannot make one from other
/// characters: of the non-ASCII characters only the Kelvin sign ('k')
/// and 'İ' ("i\u{307}") lowercase to ASCII letters, and neither
/// completes a core (tested).
fn has_portrait_word(line: &str) -> bool {
    let bytes = line.as_bytes();
    // A core (three bytes or more) starting at byte `p` puts its first
    // two bytes (`p` even) or its second and third (`p` odd) at an even
    // offset: only the pairs there are looked up, in a bit table of
    // those heads, and a hit is checked in full.
    let core_at = |at: usize| {
        PORTRAIT_WORD_CORES.iter().any(|core| {
            bytes
                .get(at..at + core.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(core))
        })
    };
    let paired = |key: u16| CORE_PAIRS[usize::from(key) / 64] >> (key % 64) & 1 == 1;
    let core_near = |at: usize| core_at(at) || (at > 0 && core_at(at - 1));
    // Four pairs at a time, from one load: the table is asked of each, and
    // a hit checked in full.
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word) | 0x2020_2020_2020_2020;
        let pairs = [0, 16, 32, 48].map(|shift| (word >> shift) as u16);
        if pairs.iter().any(|&key| paired(key))
            && (0..4).any(|k| paired(pairs[k]) && core_near(at + 2 * k))
        {
            return true;
        }
        at += 8;
    }
    while at + 1 < bytes.len() {
        if paired(u16::from_le_bytes([bytes[at] | 0x20, bytes[at + 1] | 0x20])) && core_near(at) {
            return true;
        }
        at += 2;
    }
    false
}

/// [`has_portrait_word`] as a plain search: each core looked for in the
/// line lowercased (ASCII).
#[cfg(test)]
fn has_portrait_word_plain(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    PORTRAIT_WORD_CORES
        .iter()
        .any(|core| lower.as_bytes().windows(core.len()).any(|w| w == *core))
}

/// Bit table of the byte pairs (little-endian `u16`) that open a
/// picture-word core or follow its first byte.
static CORE_PAIRS: [u64; 1024] = {
    let mut table = [0u64; 1024];
    let mut i = 0;
    while i < PORTRAIT_WORD_CORES.len() {
        let core = PORTRAIT_WORD_CORES[i];
        let mut from = 0;
        while from < 2 {
            let key = u16::from_le_bytes([core[from], core[from + 1]]) as usize;
            table[key / 64] |= 1 << (key % 64);
            from += 1;
        }
        i += 1;
    }
    table
};

/// [`without_portrait`] without its shortcut.
fn without_portrait_plain(line: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let mut text: Cow<str> = if line.contains('[') {
        Cow::Owned(strip_bracketed(line).trim().to_string())
    } else {
        Cow::Borrowed(line.trim())
    };
    if let Some(rest) = after_portrait_opener(&text) {
        text = Cow::Owned(rest);
    } else if let Some(cut) = around_portrait_word(&text) {
        text = Cow::Owned(cut);
    }
    match name_said_twice_at_end(&text) {
        Some(name) => Cow::Owned(name),
        None => text,
    }
}

/// "Picture of Kev Kev" → "Kev": the name the alt text gives is printed
/// again after it; only then is the opener the portrait's.
fn after_portrait_opener(text: &str) -> Option<String> {
    let head = text.get(..PORTRAIT_OPENERS.iter().map(|o| o.len()).max()?);
    let lower = head.map_or_else(|| text.to_lowercase(), str::to_lowercase);
    let opener = PORTRAIT_OPENERS.iter().find(|o| lower.starts_with(*o))?;
    let rest: Vec<&str> = text.get(opener.len()..)?.split_whitespace().collect();
    let k = (1..=rest.len() / 2).find(|&k| rest[..k] == rest[k..2 * k])?;
    Some(rest[k..].join(" "))
}

/// The line around a picture word among its first words
/// (`PORTRAIT_ALT_MAX_WORDS` + 1), not its first unless glued to a
/// file name ("dsteer-headshot"): the text after it when that opens with
/// a capital (a name, "Written by …"), or, when it ends the line, the
/// words before it without "profile" and a possessive (two words or
/// more, or a byline label).
fn around_portrait_word(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for (k, word) in words.iter().enumerate().take(PORTRAIT_ALT_MAX_WORDS + 1) {
        // "dsteer-headshot", "image" (`Some(None)`), "imageWritten" glued
        // to the byline (`Some(Some("Written"))`).
        let lower = word.to_lowercase();
        let trimmed = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
        let found = PORTRAIT_WORDS.iter().find_map(|p| {
            let before = trimmed.strip_suffix(p);
            if before.is_some_and(|b| b.is_empty() || b.ends_with(['-', '_'])) {
                return Some(None);
            }
            let head = word.get(..p.len())?;
            let after = &word[p.len()..];
            (head.eq_ignore_ascii_case(p) && after.starts_with(char::is_uppercase))
                .then_some(Some(after))
        });
        let Some(glued_rest) = found else {
            continue;
        };
        let credit = k == 0 && !word.contains(['-', '_']);
        if credit {
            return None;
        }
        let after: Vec<&str> = glued_rest
            .into_iter()
            .chain(words[k + 1..].iter().copied())
            .collect();
        if !after.is_empty() {
            // The name or the byline follows ("… imageWritten by", "…
            // headshot Dave Steer"); "the image of a cat" is text.
            let opens_name = after[0].starts_with(char::is_uppercase);
            return opens_name.then(|| after.join(" "));
        }
        let mut before = &words[..k];
        if before
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("profile"))
        {
            before = &before[..before.len() - 1];
        }
        // "Marco Bambini's avatar": the portrait of the name.
        let before = before.join(" ");
        let before = before
            .strip_suffix("'s")
            .or_else(|| before.strip_suffix("’s"))
            .unwrap_or(&before)
            .to_string();
        return (before.split_whitespace().nth(1).is_some() || is_name_label(&before))
            .then_some(before);
    }
    None
}

/// Most words before a name printed twice at the end of a line: the
/// portrait's alt text ("Author", "Backchannel").
const ALT_BEFORE_NAME_MAX_WORDS: usize = 2;

/// "Author Jane Doe Jane Doe" → "Jane Doe": a name of two or three words
/// printed twice at the end of the line, after at most
/// `ALT_BEFORE_NAME_MAX_WORDS` words.
fn name_said_twice_at_end(text: &str) -> Option<String> {
    // The last word is printed again two or three words before it: read
    // from the end, four words at most, before the line is split. An
    // ASCII end of line is read on bytes (`split_whitespace` decodes each
    // character from the end, ~360 instructions a line).
    let [last, _, third, fourth] = last_words_ascii(text).unwrap_or_else(|| {
        let mut back = text.split_whitespace().rev();
        [back.next(), back.next(), back.next(), back.next()]
    });
    if last.is_none() || (third != last && fourth != last) {
        return None;
    }
    name_said_twice_at_end_plain(text)
}

/// The last four words of `text` (last first, `None` past the first
/// word) as `text.split_whitespace().rev()` gives them, read on bytes;
/// `None` when a non-ASCII byte comes before the fourth word is read (a
/// Unicode space may then split a word). ASCII white space is what
/// `char::is_whitespace` takes below 128: space and tab to carriage
/// return.
fn last_words_ascii(text: &str) -> Option<[Option<&str>; 4]> {
    let b = text.as_bytes();
    let space = |c: u8| c == b' ' || (b'\t'..=b'\r').contains(&c);
    let mut words = [None; 4];
    let mut end = b.len();
    for word in &mut words {
        while end > 0 && space(b[end - 1]) {
            end -= 1;
        }
        if end == 0 {
            break;
        }
        let mut start = end;
        while start > 0 && !space(b[start - 1]) {
            if !b[start - 1].is_ascii() {
                return None;
            }
            start -= 1;
        }
        // Both ends are next to ASCII bytes (or the text's ends).
        *word = Some(&text[start..end]);
        end = start;
    }
    Some(words)
}

/// [`name_said_twice_at_end`] without its shortcut.
fn name_said_twice_at_end_plain(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=3).find_map(|k| {
        let n = words.len();
        let ok = n >= 2 * k
            && n - 2 * k <= ALT_BEFORE_NAME_MAX_WORDS
            && words[n - k..] == words[n - 2 * k..n - k]
            && looks_like_name(&words[n - k..].join(" "));
        ok.then(|| words[n - k..].join(" "))
    })
}

/// Drops "[…]" runs (w3m's image names) from a part of a line. The text
/// between brackets is copied a run at a time: the brackets are ASCII,
/// found by memchr, and the rest is not read by character.
fn strip_bracketed(part: &str) -> String {
    let bytes = part.as_bytes();
    let mut out = String::with_capacity(part.len());
    let (mut depth, mut from) = (0usize, 0);
    for at in memchr::memchr2_iter(b'[', b']', bytes) {
        if depth == 0 {
            out.push_str(&part[from..at]);
        }
        depth = if bytes[at] == b'[' {
            depth + 1
        } else {
            depth.saturating_sub(1)
        };
        from = at + 1;
    }
    if depth == 0 {
        out.push_str(&part[from..]);
    }
    out
}

/// [`strip_bracketed`] a character at a time.
#[cfg(test)]
fn strip_bracketed_plain(part: &str) -> String {
    let mut out = String::with_capacity(part.len());
    let mut depth = 0usize;
    for c in part.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The text after a byline opener ("By", "Written by" …), if it has one.
/// Compared in place, without a lowercase copy of the line: the openers
/// are lowercase ASCII, and a line's lowercase form
/// (`lowercase_keeping_offsets`) opens with one exactly when the line's
/// first bytes are ASCII and equal to it but for case (a non-ASCII
/// character keeps its length, so it never lowercases to ASCII). The ':'
/// and the space after the opener are caseless, and no letter lowercases
/// to either.
fn strip_opener(text: &str) -> Option<&str> {
    // Asked of most lines of a page: the first two letters, case aside,
    // turn nearly all of them down before the openers are compared.
    let head = text.as_bytes().get(..2)?;
    if !head[0].is_ascii() {
        return strip_non_ascii_opener(text);
    }
    let key = u16::from_le_bytes([head[0] | 0x20, head[1] | 0x20]);
    if !is_opener_head(key) {
        return None;
    }
    strip_opener_plain(text)
}

/// A Chinese byline: a label of `CJK_BYLINE_LABELS`, a colon, and one to
/// `CJK_MAX_NAMES` names of Han characters, apart by spaces or "、".
fn parse_cjk_labelled(text: &str) -> Option<Byline> {
    let names = after_cjk_label(text).or_else(|| after_reporter_label(text))?;
    let authors: Vec<String> = names
        .split(|c: char| c.is_whitespace() || c == '、')
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect();
    let named = (1..=CJK_MAX_NAMES).contains(&authors.len())
        && authors.iter().all(|n| {
            (2..=CJK_NAME_MAX_CHARS).contains(&n.chars().count()) && n.chars().all(is_han)
        });
    named.then(|| Byline {
        text: text.to_string(),
        authors,
        date: None,
    })
}

/// A Korean byline: one to `CJK_MAX_NAMES` names of hangul
/// (`KOREAN_NAME_SYLLABLES`), apart by "·", "," or spaces, each group
/// followed by a title of `KOREAN_TITLES`, the title glued to the name or
/// not ("김민준 기자", "김민준·이서연 기자", "김민준기자"). What follows
/// the last title is the reporter's address or the wire's "=" ("김민준
/// 기자 mjkim@hankook.co.kr", "[서울=연합뉴스] 김민준 기자 ="; the
/// bracket is gone by now).
fn parse_korean(text: &str) -> Option<Byline> {
    if !text.chars().next().is_some_and(is_hangul) {
        return None;
    }
    let end = text.rfind(is_hangul)?;
    let tail = &text[end..];
    let tail = &tail[tail.chars().next()?.len_utf8()..];
    let addressed = tail.trim().is_empty()
        || tail.trim() == "="
        || (tail.starts_with(char::is_whitespace) && tail.trim().contains('@'));
    if !addressed {
        return None;
    }
    let mut authors = Vec::new();
    let mut pending = 0;
    let mut titled = false;
    let words = text[..text.len() - tail.len()]
        .split([' ', ','])
        .filter(|w| !w.is_empty());
    for (k, word) in words.enumerate() {
        if k == 0 && KOREAN_CREDIT_WORDS.contains(&word) {
            continue;
        }
        let longest = KOREAN_TITLES
            .iter()
            .filter(|t| word.ends_with(*t))
            .max_by_key(|t| t.len());
        let (names, title) = match longest {
            Some(t) => (&word[..word.len() - t.len()], true),
            None => (word, false),
        };
        for name in names.split('·').filter(|n| !n.is_empty()) {
            if !KOREAN_NAME_SYLLABLES.contains(&name.chars().count())
                || !name.chars().all(is_hangul)
            {
                return None;
            }
            authors.push(name.to_string());
            pending += 1;
        }
        if title {
            if pending == 0 && authors.is_empty() {
                return None;
            }
            pending = 0;
            titled = true;
        }
    }
    let named = titled && pending == 0 && (1..=CJK_MAX_NAMES).contains(&authors.len());
    named.then(|| Byline {
        text: text.to_string(),
        authors,
        date: None,
    })
}

/// The text after a label of `CJK_BYLINE_LABELS` and its colon.
fn after_cjk_label(text: &str) -> Option<&str> {
    let rest = CJK_BYLINE_LABELS
        .iter()
        .find_map(|label| text.strip_prefix(label))?
        .trim_start();
    rest.strip_prefix(['：', ':'])
}

/// The text after `CJK_REPORTER_LABEL` and a colon or a space, the label
/// after an outlet's name of at most `CJK_OUTLET_MAX_CHARS` Han
/// characters or none ("记者 李明", "本报记者 王芳", "新华社记者 张伟").
fn after_reporter_label(text: &str) -> Option<&str> {
    let at = text.find(CJK_REPORTER_LABEL)?;
    let outlet = &text[..at];
    let is_outlet = outlet.chars().count() <= CJK_OUTLET_MAX_CHARS && outlet.chars().all(is_han);
    let rest = &text[at + CJK_REPORTER_LABEL.len()..];
    let spaced = rest.trim_start();
    let separated = spaced.len() < rest.len();
    let names = spaced
        .strip_prefix(['：', ':'])
        .or(separated.then_some(spaced))?;
    is_outlet.then_some(names)
}

/// The text after one of `NON_ASCII_OPENERS`, case aside.
fn strip_non_ascii_opener(text: &str) -> Option<&str> {
    NON_ASCII_OPENERS.iter().find_map(|opener| {
        let n = opener.chars().count();
        let end = text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
        let head = &text[..end];
        let same = head.chars().flat_map(char::to_lowercase).eq(opener.chars());
        let after = &text[end..];
        (same && after.starts_with(char::is_whitespace)).then(|| after.trim_start())
    })
}

/// The first two bytes of each of `BYLINE_OPENERS` (all lowercase ASCII
/// letters; tested), as [`strip_opener`] compares them.
const OPENER_HEADS: [u16; BYLINE_OPENERS.len()] = {
    let mut heads = [0; BYLINE_OPENERS.len()];
    let mut i = 0;
    while i < heads.len() {
        let opener = BYLINE_OPENERS[i].as_bytes();
        heads[i] = u16::from_le_bytes([opener[0], opener[1]]);
        i += 1;
    }
    heads
};

/// `OPENER_HEADS` as a bit table over every two-byte key: asked of the
/// head of nearly every line of a page, and of the first words of the
/// short ones, where a scan of the heads cost a few dozen instructions.
static OPENER_HEAD_BITS: [u64; 1024] = {
    let mut table = [0u64; 1024];
    let mut i = 0;
    while i < OPENER_HEADS.len() {
        let key = OPENER_HEADS[i] as usize;
        table[key / 64] |= 1 << (key % 64);
        i += 1;
    }
    table
};

/// `key` (two bytes, little-endian) is one of `OPENER_HEADS`.
fn is_opener_head(key: u16) -> bool {
    let key = usize::from(key);
    OPENER_HEAD_BITS[key / 64] >> (key % 64) & 1 == 1
}

/// `line` holds a '\[' (w3m's bracketed image names) or lynx's
/// `LYNX_BUTTON`: one SIMD scan for '\[' and '(' (rare in text), each
/// '(' compared with the button, instead of a scan for the bracket and a
/// substring search.
fn has_bracket_or_button(line: &str) -> bool {
    let bytes = line.as_bytes();
    memchr::memchr2_iter(b'[', b'(', bytes)
        .any(|at| bytes[at] == b'[' || bytes[at..].starts_with(LYNX_BUTTON.as_bytes()))
}

/// [`strip_opener`] without its shortcut.
fn strip_opener_plain(text: &str) -> Option<&str> {
    BYLINE_OPENERS.iter().find_map(|opener| {
        let head = text.as_bytes().get(..opener.len())?;
        if !head.eq_ignore_ascii_case(opener.as_bytes()) {
            return None;
        }
        // `head` is ASCII, so both cuts fall between characters.
        let after = &text[opener.len()..];
        let after = after.strip_prefix(':').unwrap_or(after);
        // innerText glues "By" to a name set in its own element: "ByNina Pineda".
        let glued =
            *opener == "by" && text.starts_with("By") && text[2..].starts_with(char::is_uppercase);
        if !after.starts_with(char::is_whitespace) && !after.is_empty() && !glued {
            return None;
        }
        Some(after.trim_start())
    })
}

/// `rest` up to the first of `NAME_STOPS`; a stop word that ends the text
/// counts too ("May 18, 2023 By Jane Doe In", the category cut off).
fn cut_at_stop(rest: &str) -> &str {
    let lower = super::lowercase_keeping_offsets(rest);
    let lower = lower.trim_end();
    // The first stop of all, in one search (a search per stop read the
    // line sixteen times); then the stop words ending the line. A stop
    // found also ends before its word could end the line, so taking both
    // for every stop gives the same first cut as taking the ending only
    // for stops not found.
    let found = NAME_STOP_SET.find(lower).map(|m| m.start());
    let ending = NAME_STOPS
        .iter()
        .filter_map(|stop| {
            let word = stop.trim_end();
            (word.len() < stop.len() && lower.ends_with(word)).then(|| lower.len() - word.len())
        })
        .min();
    let cut = found.into_iter().chain(ending).min().unwrap_or(rest.len());
    rest[..cut].trim()
}

/// `NAME_STOPS` as one automaton: the leftmost match starts at the first
/// place any stop stands. A contiguous NFA, not the crate's default DFA:
/// it is built in a third of the instructions (a process builds it for
/// its first byline; the DFA was 0.62 M, an eighth of parsing one page)
/// and searches short lines as fast.
static NAME_STOP_SET: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(NAME_STOPS)
            .expect("a handful of short stops stays within the default limits")
    });

/// Splits "A, B and C" into names, dropping role words and anything that
/// does not look like a person's name.
pub fn split_names(text: &str) -> Vec<String> {
    let normalized = conjunctions_as_commas(text);
    let mut names: Vec<String> = Vec::new();
    for part in normalized.split([',', ';', '/']) {
        // After a name, "MS, RD" and "Shipping Expert" describe it.
        if !names.is_empty() && (is_credential(part) || has_role_word(part)) {
            continue;
        }
        // "A (reporting) and B (photography)": B took the pictures.
        if !names.is_empty() && is_picture_credit(part) {
            continue;
        }
        let name = clean_name(part);
        if looks_like_name(&name) {
            names.push(name);
        }
    }
    names
}

/// What a bracketed credit after a name says its bearer did when that was
/// not the writing ("Adrian Malloch (photography)"), lowercase.
const PICTURE_CREDIT_ROLES: &[&str] = &[
    "photography",
    "photos",
    "photographs",
    "pictures",
    "illustration",
    "illustrations",
    "video",
    "graphics",
];

/// `part` is a name with a bracketed picture credit after it: "Adrian
/// Malloch (photography)".
fn is_picture_credit(part: &str) -> bool {
    let Some(inside) = part
        .trim()
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once('(').map(|(_, inside)| inside))
    else {
        return false;
    };
    PICTURE_CREDIT_ROLES.contains(&inside.trim().to_lowercase().as_str())
}

/// "MS", "RD", "M.D. FACLM", "PhD", "CEPF®": letters after a name that
/// give a degree or certification.
pub fn is_credential(part: &str) -> bool {
    let mut words = part.split_whitespace().peekable();
    words.peek().is_some()
        && words.all(|w| {
            let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
            let only_letters = w
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '®' | ',' | '(' | ')'));
            let caps = CREDENTIAL_LETTERS.contains(&letters.chars().count())
                && letters.chars().all(char::is_uppercase);
            only_letters && (caps || CREDENTIAL_WORDS.contains(&letters.to_lowercase().as_str()))
        })
}

fn has_role_word(part: &str) -> bool {
    // An agency of two words ("Jane Doe — Associated Press") is one entry.
    let part = part.trim();
    let is_spaced_role = |(r, spaced): (&&str, &bool)| *spaced && part.eq_ignore_ascii_case(r);
    ROLE_WORDS.iter().zip(&ROLE_WORD_SPACED).any(is_spaced_role)
        || part.split_whitespace().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            // A plural role ("Guest Columnists") counts as its singular.
            ROLE_WORDS.contains(&w.as_str())
                || w.strip_suffix('s')
                    .is_some_and(|one| ROLE_WORDS.contains(&one))
        })
}

/// Words a signed name has ("Dylan Bailey, MS, RD").
const SIGNED_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// A name followed by credentials and nothing else: "Dylan Bailey, MS, RD,
/// FAND", "Jane Doe, PhD". One two-letter capital alone is not enough
/// ("San Francisco, CA" names a place).
pub fn signed_name(line: &str) -> Option<String> {
    // Credentials follow a comma: without one there is nothing to check.
    let (head, tail) = line.split_once(',')?;
    // The credentials first: most lines with a comma go on with words
    // that are none, and then the name need not be cleaned (which
    // allocates; all the tests below are pure).
    let rest: Vec<&str> = tail.split(',').map(str::trim).collect();
    if !rest.iter().all(|p| is_credential(p)) {
        return None;
    }
    let name = clean_name(head);
    let words = name.split_whitespace().count();
    let strong = |p: &&str| {
        let letters = p.chars().filter(|c| c.is_alphabetic()).count();
        letters > 2 || CREDENTIAL_WORDS.contains(&p.to_lowercase().trim_matches('.'))
    };
    let convincing = rest.len() >= 2 || rest.iter().any(strong);
    (SIGNED_NAME_WORDS.contains(&words) && looks_like_name(&name) && convincing).then_some(name)
}

/// [`signed_name`] as it was, the name cleaned first.
#[cfg(test)]
fn signed_name_plain(line: &str) -> Option<String> {
    if !line.contains(',') {
        return None;
    }
    let mut parts = line.split(',');
    let name = clean_name(parts.next()?);
    let rest: Vec<&str> = parts.map(str::trim).collect();
    let words = name.split_whitespace().count();
    let strong = |p: &&str| {
        let letters = p.chars().filter(|c| c.is_alphabetic()).count();
        letters > 2 || CREDENTIAL_WORDS.contains(&p.to_lowercase().trim_matches('.'))
    };
    let credentials = !rest.is_empty() && rest.iter().all(|p| is_credential(p));
    let convincing = rest.len() >= 2 || rest.iter().any(strong);
    (SIGNED_NAME_WORDS.contains(&words) && looks_like_name(&name) && credentials && convincing)
        .then_some(name)
}

/// Where a job title starts in `name`, after a first and last name, when
/// the line ends in a role word: at one of `ROLE_OPENERS` ("Will Judd
/// Former Deputy Tech Editor"), or at the capitalised beat before a role
/// word written in lowercase ("Richard Partington Economics
/// correspondent", "Jane Doe Political editor"), as the role is printed
/// in sentence case after a name.
fn role_opener_at(name: &str) -> Option<usize> {
    // The last word first, read from the end and compared without a
    // lowercase copy: most names end in no role word.
    if !is_role_word(name.split_whitespace().next_back()?) {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last()?;
    let beat = words.len().checked_sub(2).filter(|&k| {
        k >= 2
            && last.chars().next().is_some_and(char::is_lowercase)
            && words[k].chars().next().is_some_and(char::is_uppercase)
    });
    (2..words.len())
        .find(|&k| ROLE_OPENERS.contains(&words[k].to_lowercase().as_str()))
        .or(beat)
}

/// `word` lowercased is one of `ROLE_WORDS` (lowercase): an ASCII word
/// compared in place, case aside; another lowercased (the Kelvin sign
/// lowercases to 'k').
fn is_role_word(word: &str) -> bool {
    if word.is_ascii() {
        ROLE_WORDS.iter().any(|r| r.eq_ignore_ascii_case(word))
    } else {
        ROLE_WORDS.contains(&word.to_lowercase().as_str())
    }
}

/// [`role_opener_at`] as it was, the name split and its last word
/// lowercased first.
#[cfg(test)]
fn role_opener_at_plain(name: &str) -> Option<usize> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last()?;
    if !ROLE_WORDS.contains(&last.to_lowercase().as_str()) {
        return None;
    }
    let beat = words.len().checked_sub(2).filter(|&k| {
        k >= 2
            && last.chars().next().is_some_and(char::is_lowercase)
            && words[k].chars().next().is_some_and(char::is_uppercase)
    });
    (2..words.len())
        .find(|&k| ROLE_OPENERS.contains(&words[k].to_lowercase().as_str()))
        .or(beat)
}

/// A full name followed by its job title in sentence case, with no comma
/// between ("Richard Partington Economics correspondent"): the name before
/// the title (`role_opener_at`) has two words or more and looks like one.
pub fn is_name_with_beat(text: &str) -> bool {
    role_opener_at(text).is_some_and(|cut| {
        let name: Vec<&str> = text.split_whitespace().take(cut).collect();
        name.len() >= 2 && looks_like_name(&name.join(" "))
    })
}

/// Trims punctuation and trailing role words from a name.
pub fn clean_name(raw: &str) -> String {
    // innerText glues a handle or a date to the name ("Alissa
    // Wilkinson@alissamarie", "Lucas Nolan22 Dec 2016"): the name ends
    // there.
    let raw = match raw.find('@') {
        Some(at) if glued_to_name(&raw[..at]) => &raw[..at],
        _ => raw,
    };
    let raw = match raw
        .split_whitespace()
        .position(|w| w.chars().any(|c| c.is_ascii_digit()))
    {
        Some(cut) => {
            let mut kept: Vec<&str> = raw.split_whitespace().take(cut).collect();
            let word = raw.split_whitespace().nth(cut).unwrap_or("");
            let glued = word
                .split(|c: char| c.is_ascii_digit())
                .next()
                .unwrap_or("");
            if glued.chars().count() >= 2 && glued.chars().all(char::is_alphabetic) {
                // "Nolan22": the letters before the digits are the name's.
                kept.push(glued);
            } else if kept.len() > 2
                && kept
                    .last()
                    .is_some_and(|w| date::is_english_month(&w.to_lowercase()))
            {
                // "Erin Cunningham March 18": the month opens the date.
                kept.pop();
            }
            kept.join(" ")
        }
        None => raw.to_string(),
    };
    // "Jean-Luc Aufranc (CNXSoft)": a handle or outlet in brackets.
    let raw = match raw.trim_end().strip_suffix(')').and_then(|r| r.rfind('(')) {
        Some(open) => raw[..open].to_string(),
        None => raw,
    };
    let raw = without_logo_text(&raw);
    let mut name = raw
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    if let Some(cut) = role_opener_at(&name) {
        name = name
            .split_whitespace()
            .take(cut)
            .collect::<Vec<_>>()
            .join(" ");
    }
    loop {
        let lower = name.to_lowercase();
        let Some(role) = role_word_at_end(&lower) else {
            break;
        };
        name.truncate(name.len() - role.len());
        name = name
            .trim()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string();
    }
    said_once(&name).to_string()
}

/// The first of `ROLE_WORDS` that ends `lower` after a space or is all
/// of it. A role word without a space can only be the text after the
/// last space (compared whole, without a suffix search per role word);
/// one with a space is searched as before.
fn role_word_at_end(lower: &str) -> Option<&'static str> {
    let from = lower
        .bytes()
        .rposition(|b| b == b' ')
        .map_or(0, |at| at + 1);
    let last = &lower[from..];
    ROLE_WORDS
        .iter()
        .zip(ROLE_WORD_SPACED)
        .find(|&(r, spaced)| {
            if spaced {
                ends_with_word(lower, r) || lower == *r
            } else {
                *r == last
            }
        })
        .map(|(r, _)| *r)
}

/// Which of `ROLE_WORDS` hold a space ("associated press").
const ROLE_WORD_SPACED: [bool; ROLE_WORDS.len()] = {
    let mut spaced = [false; ROLE_WORDS.len()];
    let mut i = 0;
    while i < ROLE_WORDS.len() {
        let word = ROLE_WORDS[i].as_bytes();
        let mut k = 0;
        while k < word.len() {
            spaced[i] |= word[k] == b' ';
            k += 1;
        }
        i += 1;
    }
    spaced
};

/// The alt text of an outlet's logo that text browsers print after the
/// name ("Nina Pineda WABC logo"): the last word, `LOGO_WORD`, and the
/// outlet's name before it are cut, when two words or more stay.
fn without_logo_text(raw: &str) -> String {
    let words: Vec<&str> = raw.split_whitespace().collect();
    match words.split_last() {
        Some((last, rest)) if last.eq_ignore_ascii_case(LOGO_WORD) && rest.len() >= 3 => {
            rest[..rest.len() - 1].join(" ")
        }
        _ => raw.to_string(),
    }
}

/// `before` (the text before an '@') ends in a capitalised word
/// ("Alissa Wilkinson"), not an e-mail's user ("jane").
fn glued_to_name(before: &str) -> bool {
    before.split_whitespace().last().is_some_and(|w| {
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
    })
}

/// The word that ends a logo's alt text.
const LOGO_WORD: &str = "logo";

/// True when `text` ends with a space and then `word` (`text.ends_with(&format!(" {word}"))`,
/// without building that string for every role word of every name).
fn ends_with_word(text: &str, word: &str) -> bool {
    text.strip_suffix(word)
        .is_some_and(|before| before.ends_with(' '))
}

/// A name printed several times in a row, glued or spaced ("Jane DoeJane
/// Doe", "Jane Doe Jane Doe": a portrait's alt text, a link and the name),
/// said once; any other text as it is.
fn said_once(name: &str) -> &str {
    let len = name.len();
    // `copies` copies of `one` bytes, `step` bytes apart (glued: step =
    // one; spaced: one more for the space).
    let repeated = |copies: usize, one: usize, step: usize| {
        let first = name.get(..one).unwrap_or("");
        first.split_whitespace().nth(1).is_some()
            && (1..copies).all(|k| name.get(k * step..k * step + one) == Some(first))
    };
    for copies in 2..=4 {
        if len.is_multiple_of(copies) && repeated(copies, len / copies, len / copies) {
            return &name[..len / copies];
        }
        let step = (len + 1) / copies;
        if (len + 1).is_multiple_of(copies) && repeated(copies, step - 1, step) {
            return &name[..step - 1];
        }
    }
    name
}

/// A person's name: 1 to `MAX_NAME_WORDS` words, each starting with an
/// uppercase letter (particles like "de", "van" allowed), no digits.
///
/// Asked of every short line an author box, a byline or a bare name could
/// be: the words are read one by one (most lines fail on the first), an
/// ASCII line by its bytes (`is_ascii_name_word`).
pub fn looks_like_name(name: &str) -> bool {
    if name.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut words = 0;
    let ok = if name.is_ascii() {
        // `split_whitespace` of ASCII text: its white space there is
        // the space and \t to \r.
        name.as_bytes()
            .split(|&b| b == b' ' || (b'\t'..=b'\r').contains(&b))
            .filter(|w| !w.is_empty())
            .all(|w| {
                words += 1;
                words <= MAX_NAME_WORDS && is_ascii_name_word(w)
            })
    } else {
        name.split_whitespace().all(|w| {
            words += 1;
            words <= MAX_NAME_WORDS && is_name_word_plain(w)
        })
    };
    ok && words > 0
}

/// Lowercase particles of a name ("de", "van"), taken in any case by
/// [`looks_like_name`].
const LOOKS_LIKE_NAME_PARTICLES: &[&str] = &[
    "de", "da", "van", "von", "der", "del", "la", "le", "di", "bin", "al",
];

/// Longest ASCII word [`is_ascii_name_word`] lowercases on the stack; a
/// longer one is read by [`is_name_word_plain`].
const NAME_WORD_STACK_BYTES: usize = 32;

/// `NOT_NAME_WORDS` as bytes, for [`is_ascii_name_word`].
static NOT_NAME_BYTES: std::sync::LazyLock<rustc_hash::FxHashSet<&'static [u8]>> =
    std::sync::LazyLock::new(|| NOT_NAME_WORDS.iter().map(|w| w.as_bytes()).collect());

/// [`is_name_word_plain`] of an ASCII word `w` (not empty), on its bytes:
/// trimming the word's ends of what is not alphanumeric and lowercasing
/// it commute there (both act on each byte alone), so the word is
/// trimmed, then lowercased into a stack buffer; a letter is an ASCII
/// letter ([`is_glued`]).
fn is_ascii_name_word(w: &[u8]) -> bool {
    // No letter nor digit: no capital opens it, and it is no particle.
    let Some(start) = w.iter().position(u8::is_ascii_alphanumeric) else {
        return false;
    };
    let end = w
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(start, |e| e + 1);
    let trimmed = &w[start..end];
    let particle = || {
        LOOKS_LIKE_NAME_PARTICLES
            .iter()
            .any(|p| p.as_bytes().eq_ignore_ascii_case(trimmed))
    };
    if !w[0].is_ascii_uppercase() || is_glued_ascii(w) {
        return particle();
    }
    if trimmed.len() > NAME_WORD_STACK_BYTES {
        return String::from_utf8(trimmed.to_ascii_lowercase())
            .is_ok_and(|lower| !is_not_name_word(&lower))
            || particle();
    }
    let mut buf = [0u8; NAME_WORD_STACK_BYTES];
    let lower = &mut buf[..trimmed.len()];
    lower.copy_from_slice(trimmed);
    lower.make_ascii_lowercase();
    !NOT_NAME_BYTES.contains(&lower[..]) || particle()
}

/// [`is_glued`] of an ASCII word: a run of more than
/// `NAME_WORD_MAX_LETTERS` ASCII letters.
fn is_glued_ascii(w: &[u8]) -> bool {
    let mut run = 0;
    w.iter().any(|b| {
        run = if b.is_ascii_alphabetic() { run + 1 } else { 0 };
        run > NAME_WORD_MAX_LETTERS
    })
}

/// Word `w` of a name: it opens in capitals, is none of `NOT_NAME_WORDS`
/// and is not glued ([`is_glued`]), or it is a particle; by a lowercase
/// copy of the word, for any word.
fn is_name_word_plain(w: &str) -> bool {
    let lower = w.to_lowercase();
    let lower = lower.trim_matches(|c: char| !c.is_alphanumeric());
    (w.chars().next().is_some_and(char::is_uppercase) && !is_not_name_word(lower) && !is_glued(w))
        || LOOKS_LIKE_NAME_PARTICLES.contains(&lower)
}

/// [`looks_like_name`] as it was: the words collected, each lowercased
/// into a new string.
#[cfg(test)]
fn looks_like_name_plain(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_NAME_WORDS || name.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    words.iter().all(|w| {
        let lower = w.to_lowercase();
        let lower = lower.trim_matches(|c: char| !c.is_alphanumeric());
        (w.chars().next().is_some_and(char::is_uppercase)
            && !is_not_name_word(lower)
            && !is_glued(w))
            || LOOKS_LIKE_NAME_PARTICLES.contains(&lower)
    })
}

/// Word `w` is several words that innerText glued together
/// ("Bossleythoughtsstreamsportfolio"): more letters in a row than
/// `NAME_WORD_MAX_LETTERS`. (A capital inside a word tells
/// nothing: brands sign as "IndustrySelect", names read "McDonald".)
fn is_glued(w: &str) -> bool {
    w.split(|c: char| !c.is_alphabetic())
        .any(|part| part.chars().count() > NAME_WORD_MAX_LETTERS)
}

/// Particles of a name written in lowercase inside it ("Maria de la
/// Cruz", "Ludwig van Beethoven"), lowercase; a name printed in capitals
/// ("MARIA DE LA CRUZ") gets them back in lowercase when they do not open
/// the name.
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "das", "do", "dos", "du", "des", "del", "della", "van", "von", "der", "den", "ter",
    "la", "le", "di", "bin", "al",
];

/// Generation suffixes kept in capitals in a name ("John Doe III").
const ROMAN_SUFFIXES: &[&str] = &["II", "III", "IV"];

/// Fewest words a name in capitals needs before it is title-cased: a
/// single word in capitals is more often an outlet's acronym ("TMZ",
/// "AFP") than a name.
const CAPITALS_NAME_MIN_WORDS: usize = 2;

/// `name` title-cased when it is printed all in capitals, as wire services
/// and some sites print bylines ("LISA MASCARO" → "Lisa Mascaro", "DAVID
/// O'BRIEN" → "David O'Brien", "MARIA DE LA CRUZ" → "Maria de la Cruz",
/// "SEAN MCDONALD" → "Sean McDonald"); initials ("J.R.", "TJ") and
/// generation suffixes ("III") stay as printed. `None` when `name` has a
/// lowercase letter or no capital (a script without case), fewer than `CAPITALS_NAME_MIN_WORDS` words, or no
/// word of two letters or more.
pub fn title_cased_name(name: &str) -> Option<String> {
    // Scripts without case ("山田 花子") have no capitals to undo.
    if name.chars().any(char::is_lowercase) || !name.chars().any(char::is_uppercase) {
        return None;
    }
    let long = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    if name.split_whitespace().count() < CAPITALS_NAME_MIN_WORDS
        || !name.split_whitespace().any(long)
    {
        return None;
    }
    let words: Vec<String> = name
        .split_whitespace()
        .enumerate()
        .map(|(k, w)| title_cased_word(w, k == 0))
        .collect();
    Some(words.join(" "))
}

/// One word of a name printed in capitals, title-cased (see
/// [`title_cased_name`]); `first` when it opens the name.
fn title_cased_word(word: &str, first: bool) -> String {
    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    let lower = word.to_lowercase();
    // "J.", "J.R.", "TJ": initials; "III": a generation.
    let initials = letters.chars().count() <= 1
        || word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1)
        || (letters.chars().count() == 2 && !letters.chars().any(|c| "AEIOUY".contains(c)))
        || ROMAN_SUFFIXES.contains(&word);
    if initials {
        return word.to_string();
    }
    if !first && NAME_PARTICLES.contains(&lower.as_str()) {
        return lower;
    }
    // A capital after an apostrophe or a hyphen ("O'Brien", "Jean-Luc"),
    // and after "Mc" ("McDonald").
    let mut out = String::with_capacity(word.len());
    let mut cap = true;
    for c in lower.chars() {
        if cap {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        cap = matches!(c, '\'' | '’' | '-');
    }
    if out.starts_with("Mc") && out.chars().count() > 3 {
        let rest = &out[2..];
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out = format!("Mc{}{}", c.to_uppercase(), chars.as_str());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name with an agency in brackets or a reading time after it; a
    /// title with a bracket or a number is none.
    #[test]
    fn names_with_an_agency_in_brackets_or_a_reading_time() {
        let names = |text: &str| names_with_role(text).map(|b| b.authors);
        assert_eq!(
            names("Jane Doe (Reuters)"),
            Some(vec!["Jane Doe".to_string()])
        );
        assert_eq!(
            names("Jane Doe · 12 minutes read"),
            Some(vec!["Jane Doe".to_string()])
        );
        for text in [
            "Mount Everest (Nepal)",
            "Jane Doe (photography)",
            "Apple Watch · 5 reasons to buy",
            "Jane Doe · read more",
        ] {
            assert_eq!(names(text), None, "{text}");
        }
    }

    /// Co-authors' names alone; a title that joins two things is none.
    #[test]
    fn names_alone() {
        assert_eq!(
            names_only("Jane Doe and John Roe"),
            Some(vec!["Jane Doe".to_string(), "John Roe".to_string()])
        );
        assert_eq!(
            names_only("Jane Doe, John Roe & Ann Lee").map(|n| n.len()),
            Some(3)
        );
        for text in [
            "Jane Doe",
            "Romeo and Juliet",
            "Salt and Pepper Shrimp",
            "Pride and Prejudice and Zombies",
            "Jane Doe and the Chamber of Secrets",
        ] {
            assert_eq!(names_only(text), None, "{text}");
        }
    }

    /// The Conversation's and academic blogs' bylines: names, a comma,
    /// an institution; a place or a title's second half is none.
    #[test]
    fn names_with_their_institution() {
        for (text, want) in [
            (
                "Shelia R. Cotten, Clemson University",
                vec!["Shelia R. Cotten"],
            ),
            (
                "Jane Doe and John Roe, London School of Hygiene and Tropical Medicine",
                vec!["Jane Doe", "John Roe"],
            ),
            ("Marie Dupont, Université de Lyon", vec!["Marie Dupont"]),
            (
                "Marie Dupont et Jean Martin, Université de Lyon",
                vec!["Marie Dupont", "Jean Martin"],
            ),
            // A name in capitals is no degree.
            ("JANE DOE, Clemson University", vec!["JANE DOE"]),
        ] {
            let found = names_with_affiliation(text).map(|b| b.authors);
            assert_eq!(
                found,
                Some(want.iter().map(|s| s.to_string()).collect()),
                "{text}"
            );
        }
        for text in [
            "Jane Doe, Paris",
            "Paris, Texas",
            "Harvard Business School, Boston",
            "Why I left my job, and what my old school taught me",
            "Jane, Oxford University",
            "Jane Doe, a professor at the university.",
        ] {
            assert!(names_with_affiliation(text).is_none(), "{text}");
        }
    }

    /// The bit table holds the openers' heads and nothing else; the one
    /// scan for a bracket or a button finds what the two searches find.
    #[test]
    fn opener_heads_and_bracket_scan_are_their_plain_forms() {
        for key in 0..=u16::MAX {
            assert_eq!(is_opener_head(key), OPENER_HEADS.contains(&key), "{key}");
        }
        assert!(LYNX_BUTTON.starts_with('(') && !LYNX_BUTTON[1..].contains('('));
        let pieces = [
            "(", "[", "(BUTTON)", "BUTTON)", "(BUTTON", "x", " ", "é", "]",
        ];
        let mut rng = crate::test_rng::Rng::new(338);
        for _ in 0..5_000 {
            let n = rng.below(8);
            let line = rng.text(&pieces, n);
            assert_eq!(
                has_bracket_or_button(&line),
                line.contains('[') || line.contains(LYNX_BUTTON),
                "{line:?}"
            );
        }
    }

    /// `parse_labelled` answers as it did when the next line's length was
    /// asked after the label tests: labels and names drawn, next lines
    /// around `MAX_BYLINE_CHARS` bytes and characters.
    #[test]
    fn parse_labelled_asks_the_length_first_as_it_did_last() {
        let plain = |label: &str, next: &str| {
            let labelled = is_name_label(label)
                || is_dated_label(label)
                || (label.len() <= 4 * NAME_LABEL_MAX_BYTES
                    && is_name_label_behind_portrait(label));
            if !labelled || next.chars().count() > MAX_BYLINE_CHARS {
                return None;
            }
            parse_labelled(label, next)
        };
        let labels = [
            "By",
            "Author:",
            "Written on Mar 17 by",
            "Author image",
            "Home",
            "",
        ];
        let pieces = ["Jane ", "Doe ", "é", "x", "  ", "March 4, 2020 ", "[a]"];
        let mut rng = crate::test_rng::Rng::new(0x1AB_E11E);
        for _ in 0..5_000 {
            let label = labels[rng.below(labels.len())];
            let n = [1, 2, 30, 60, 119, 120, 121, 125][rng.below(8)];
            let next = rng.text(&pieces, n);
            let next: String = next.chars().take(n.max(2)).collect();
            assert_eq!(
                parse_labelled(label, &next),
                plain(label, &next),
                "{label:?} {next:?}"
            );
        }
    }

    /// `looks_like_name` answers as its plain form: words in and out of
    /// ASCII, particles and menu words in any case, digits, punctuation
    /// around the words, glued and over-long words, too many words.
    #[test]
    fn looks_like_name_is_its_plain_form() {
        let pieces = [
            " ",
            "  ",
            "\t",
            "Jane",
            "doe",
            "DE",
            "van",
            "Van",
            "read",
            "Read",
            "MORE",
            "é",
            "É",
            "Ångström",
            "\u{212A}",
            "İ",
            "di",
            "bin",
            "3",
            ".",
            ",",
            "(",
            ")",
            "-",
            "'",
            "Abcdefghijklmnopqrst",
            "Abcdefghijklmnopqrstuvwxyzabcdefghij",
            "J.",
            "Ø",
            "x",
            "\u{b}",
            "\r\n",
            "\u{85}",
            "\u{a0}",
            "Read,",
            "-de-",
            "(Al)",
            "\"Menu\"",
        ];
        let mut rng = crate::test_rng::Rng::new(0x4A4E_0D0E);
        for _ in 0..50_000 {
            let n = rng.below(12);
            let name = rng.text(&pieces, n);
            assert_eq!(
                looks_like_name(&name),
                looks_like_name_plain(&name),
                "{name:?}"
            );
        }
        for name in NOT_NAME_WORDS.iter().chain(LOOKS_LIKE_NAME_PARTICLES) {
            for form in [
                name.to_string(),
                name.to_uppercase(),
                format!("Jane {name}"),
            ] {
                assert_eq!(
                    looks_like_name(&form),
                    looks_like_name_plain(&form),
                    "{form:?}"
                );
            }
        }
    }

    /// `cut_at_stop` cuts where the search for each stop cut.
    #[test]
    fn cut_at_stop_is_a_search_per_stop() {
        let plain = |rest: &str| {
            let lower = crate::parse::lowercase_keeping_offsets(rest);
            let lower = lower.trim_end();
            let cut = NAME_STOPS
                .iter()
                .filter_map(|stop| {
                    lower.find(stop).or_else(|| {
                        let word = stop.trim_end();
                        (word.len() < stop.len() && lower.ends_with(word))
                            .then(|| lower.len() - word.len())
                    })
                })
                .min()
                .unwrap_or(rest.len());
            rest[..cut].trim().to_string()
        };
        let pieces = [
            "Jane",
            " Doe",
            " on",
            " on ",
            " ON ",
            "for",
            " ",
            " - ",
            "–",
            " — ",
            "|",
            "·",
            "•",
            " Updated",
            "LAST UPDATED",
            " published",
            "é",
            "\u{212a}",
            " in",
            " at ",
        ];
        let mut rng = crate::test_rng::Rng::new(1439);
        for _ in 0..10_000 {
            let n = rng.below(8);
            let rest = rng.text(&pieces, n);
            assert_eq!(cut_at_stop(&rest), plain(&rest), "{rest:?}");
        }
    }

    /// Brackets dropped a run at a time, as a character at a time: nested,
    /// unclosed and stray closing ones among characters outside ASCII.
    #[test]
    fn strip_bracketed_is_its_plain_form() {
        let pieces = [
            "[",
            "]",
            "a",
            " ",
            "é",
            "[x]",
            "svg",
            "\u{1f600}",
            "]]",
            "[[",
        ];
        let mut rng = crate::test_rng::Rng::new(0x00B5_ACE7);
        for _ in 0..20_000 {
            let n = rng.below(12);
            let part = rng.text(&pieces, n);
            assert_eq!(
                strip_bracketed(&part),
                strip_bracketed_plain(&part),
                "{part:?}"
            );
        }
    }

    /// The role word ending a name is the one a suffix search per role
    /// word finds, the first in list order; a job title's start is found
    /// as with the name split and lowercased first.
    #[test]
    fn role_word_at_end_is_a_search_per_role_word() {
        let pieces = [
            "jane",
            " ",
            "  ",
            "writer",
            "associated press",
            " press",
            "associated",
            "xwriter",
            "ap",
            "editor",
            "\t",
            "é",
            "staff",
            "news desk",
            "co-founder",
        ];
        let mut rng = crate::test_rng::Rng::new(0x00A1_E5C0);
        for _ in 0..20_000 {
            let n = rng.below(6);
            let lower = rng.text(&pieces, n);
            let plain = ROLE_WORDS
                .iter()
                .copied()
                .find(|r| ends_with_word(&lower, r) || lower == *r);
            assert_eq!(role_word_at_end(&lower), plain, "{lower:?}");
        }
        let pieces = [
            "Jane",
            " ",
            "Doe",
            "Writer",
            "WRITER",
            "writer",
            "Former",
            "Deputy",
            "Tech",
            "Editor",
            "DES\u{212a}",
            "desk",
            "é",
            "\u{a0}",
            "Senior",
            "correspondent",
            "Economics",
        ];
        for _ in 0..20_000 {
            let n = rng.below(8);
            let name = rng.text(&pieces, n);
            assert_eq!(
                role_opener_at(&name),
                role_opener_at_plain(&name),
                "{name:?}"
            );
        }
    }

    /// The pair-table search for picture words is the plain search, at
    /// every offset and across the eight-byte steps.
    #[test]
    fn portrait_word_search_is_the_plain_search() {
        let pieces = [
            "image", "IMAGE", "photo", "pic", "Avatar", "headshot", "portrait", "im", "age", "ph",
            "oto", "p", "i", "c", "x", " ", "é", "\u{130}", "\u{212a}", "head", "shot", "PoRt",
        ];
        let mut rng = crate::test_rng::Rng::new(0x9_1C7_0E5);
        for _ in 0..30_000 {
            let n = rng.below(14);
            let line = rng.text(&pieces, n);
            assert_eq!(
                has_portrait_word(&line),
                has_portrait_word_plain(&line),
                "{line:?}"
            );
        }
    }

    /// `split_at_part_separator` splits where `split_once` by the
    /// separator characters does, beside other characters that share
    /// their bytes.
    #[test]
    fn part_separator_split_is_split_once() {
        let pieces = [
            " ", "a", "|", "/", "•", "·", "—", "–", "é", "€", "‘", "\u{2010}", "Jane", "¸",
        ];
        let mut rng = crate::test_rng::Rng::new(0x5E9A_2A70);
        for _ in 0..20_000 {
            let n = rng.below(10);
            let line = rng.text(&pieces, n);
            assert_eq!(
                split_at_part_separator(&line),
                line.split_once(PART_SEPARATORS),
                "{line:?}"
            );
        }
    }

    /// `signed_name` with its credentials read first is the plain test.
    #[test]
    fn signed_name_is_its_plain_form() {
        let pieces = [
            "Dylan Bailey",
            "Jane Doe",
            ", MS",
            ", RD",
            ", PhD",
            ", CA",
            ", M.D.",
            ", and more",
            " ",
            ",",
            "San Francisco",
            "Lucas Nolan22",
            " (CNXSoft)",
            ", FAND",
            "é",
            ", Dr.",
            "editor",
            " Jr",
            ", md",
        ];
        let mut rng = crate::test_rng::Rng::new(0x51_6E_ED);
        for _ in 0..20_000 {
            let n = rng.below(6);
            let line = rng.text(&pieces, n);
            assert_eq!(signed_name(&line), signed_name_plain(&line), "{line:?}");
        }
    }

    /// `find_by` finds the " by " that the lowercase copy of the line
    /// finds, in any case and beside non-ASCII text.
    #[test]
    fn find_by_is_the_lowercase_search() {
        for line in [
            "Posted on May 3, 2025 by Jane Doe",
            "Photos BY JANE DOE",
            "Éditée By Zoë Ünal by K",
            "nearby Byron bY  by",
            " by ",
            "by Jane",
            "Jane Doe",
            "",
            "Ünïcödé \u{212a} bY x",
        ] {
            assert_eq!(
                find_by(line),
                crate::parse::lowercase_keeping_offsets(line).find(" by "),
                "{line:?}"
            );
        }
        let pieces = [" ", "b", "B", "y", "Y", " by ", "é", "\u{212a}", "x", "\t"];
        let mut rng = crate::test_rng::Rng::new(903);
        for _ in 0..5_000 {
            let n = rng.below(12);
            let line = rng.text(&pieces, n);
            assert_eq!(
                find_by(&line),
                crate::parse::lowercase_keeping_offsets(&line).find(" by "),
                "{line:?}"
            );
        }
    }

    /// The two-letter shortcut of `strip_opener` agrees with its plain
    /// form: openers in any case, glued, with a colon, and lines that
    /// only share their first letters.
    #[test]
    fn strip_opener_shortcut_is_the_plain_form() {
        assert!(
            BYLINE_OPENERS
                .iter()
                .all(|o| o.len() >= 2 && o.as_bytes()[..2].iter().all(u8::is_ascii_lowercase))
        );
        for line in [
            "By Jane Doe",
            "BY JANE DOE",
            "ByNina Pineda",
            "by: Jane",
            "Written by Jane Doe",
            "WRITTEN BY: Jane",
            "Author: Jane Doe",
            "Author Spotlight",
            "Von Hans Meier",
            "Di Mario Rossi",
            "Door Jan",
            "Av Ola Nordmann",
            "Af Lars",
            "Bystander",
            "B",
            "",
            "É by",
            "\u{212A}by",
            "Paris",
            "The story by",
        ] {
            assert_eq!(strip_opener(line), strip_opener_plain(line), "{line}");
        }
    }

    /// Labels, names and lines a label test meets: every label in three
    /// cases with and without a colon, portraits, names said twice,
    /// dated labels, paragraphs, and characters outside ASCII (the Kelvin
    /// sign among them).
    fn drawn_labels() -> Vec<String> {
        let pieces: Vec<String> = NAME_LABELS
            .iter()
            .flat_map(|l| {
                let title: String = l
                    .split(' ')
                    .map(|w| {
                        let mut c = w.chars();
                        c.next()
                            .map(|f| f.to_uppercase().chain(c).collect::<String>())
                            .unwrap_or_default()
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                [l.to_string(), l.to_uppercase(), title]
            })
            .chain(
                [
                    "Jane Doe",
                    "Author image",
                    "image",
                    "[89c]",
                    "Written on Mar 17 by",
                    "Posted on May 3, 2020 by",
                    "posted ON",
                    "\u{212A}ev",
                    "B\u{212A}",
                    "Zoë",
                    "Écrit par",
                    ":",
                    "  ",
                    "the council met and voted for the plan after a long debate",
                ]
                .map(String::from),
            )
            .collect();
        let mut rng = crate::test_rng::Rng::new(0xA076_1D64_78BD_642F);
        (0..20_000)
            .map(|_| {
                let n = 1 + rng.below(4);
                let mut line = (0..n)
                    .map(|_| pieces[rng.below(pieces.len())].as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                if rng.below(4) == 0 {
                    // A name or a label said twice at the end.
                    let again = pieces[rng.below(pieces.len())].clone();
                    line = format!("{line} {again} {again}");
                }
                if rng.below(5) == 0 {
                    line.push(':');
                }
                line
            })
            .collect()
    }

    #[test]
    fn label_tests_answer_as_their_plain_forms() {
        let mut taken = 0;
        for label in drawn_labels() {
            assert_eq!(
                is_name_label(&label),
                is_name_label_plain(&label),
                "{label}"
            );
            assert_eq!(
                is_name_label_behind_portrait(&label),
                is_name_label_behind_portrait_plain(&label),
                "{label}"
            );
            taken += usize::from(parse_labelled(&label, "Jane Doe").is_some());
        }
        assert!(taken > 1_000, "{taken}");
        // Why the shortcuts hold: every label of two words or more has a
        // word that is no name's in any case (so no name said twice is a
        // label), and no label has the 'k' that the Kelvin sign, the one
        // character outside ASCII that lowercases to ASCII, gives.
        // (A capitalised word that is no name is none in any case: its
        // lowercase form is a `NOT_NAME_WORDS` word and no particle.)
        for label in NAME_LABELS.iter().filter(|l| l.contains(' ')) {
            let no_name = label.split(' ').any(|w| {
                let capitalised: String = w
                    .chars()
                    .take(1)
                    .flat_map(char::to_uppercase)
                    .chain(w.chars().skip(1))
                    .collect();
                !looks_like_name(&capitalised)
            });
            assert!(no_name, "{label}");
        }
        assert!(NAME_LABELS.iter().all(|l| !l.contains('k')));
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let lower: String = c.to_lowercase().collect();
            assert!(!lower.is_ascii() || lower == "k", "{c:?}");
        }
    }

    /// `without_portrait` as it was before [`portrait_head`]: the whole
    /// line searched for a picture word.
    fn without_portrait_whole_line(line: &str) -> std::borrow::Cow<'_, str> {
        use std::borrow::Cow;
        if !line.contains('[') && !has_portrait_word(line) {
            let text = line.trim();
            return match name_said_twice_at_end(text) {
                Some(name) => Cow::Owned(name),
                None => Cow::Borrowed(text),
            };
        }
        without_portrait_plain(line)
    }

    /// [`parse`] as it was before [`head_words`]: every short line that
    /// does not open like a byline is cleaned of portrait text whole.
    fn parse_whole_line(line: &str) -> Option<Byline> {
        let unbracketed;
        let text = if has_bracket_or_button(line) {
            unbracketed = strip_bracketed(&line.replace(LYNX_BUTTON, ""));
            unbracketed.trim()
        } else {
            line.trim()
        };
        if let Some(rest) = strip_opener(text) {
            if let Some(cleaned) = without_inner_portrait(text)
                && let Some(rest) = strip_opener(&cleaned)
            {
                return parse_opened(&cleaned, cleaned.len() - rest.len());
            }
            return parse_opened(text, text.len() - rest.len());
        }
        if text.len() > PORTRAIT_LINE_MAX_BYTES {
            return None;
        }
        let cleaned = without_portrait_whole_line(text);
        let rest_len = strip_opener(&cleaned)?.len();
        parse_opened(&cleaned, cleaned.len() - rest_len)
    }

    /// `without_portrait`, searching only the head of a line, agrees with
    /// its whole-line form over drawn lines: picture words and openers
    /// before, at and after the fourth word, white space of every kind
    /// (Unicode spaces alone between ASCII ones among them), names said
    /// twice, brackets and the characters whose lowercase is ASCII; and
    /// so does `parse`, which asks only the head.
    #[test]
    fn portrait_head_search_is_the_whole_line_search() {
        let pieces = [
            "Jane",
            "Doe",
            "Kev",
            "image",
            "Image",
            "PHOTO",
            "pic",
            "Picture of",
            "avatar",
            "headshot",
            "Portrait",
            "dsteer-headshot",
            "imageWritten",
            "profile",
            "Byline",
            "by",
            "Written by",
            "Marco\u{2019}s",
            "Bambini's",
            "the",
            "a",
            "of",
            "Zoë",
            "Élodie",
            "\u{212A}ev",
            "\u{130}mage",
            "[89c]",
            "x]",
            "[",
            "\u{a0}",
            "\u{2003}",
            "\t",
            "\u{85}",
            "xpic",
            "Author",
            "cat",
            "2024",
            "-",
            ":",
        ];
        let spaces = [" ", " ", " ", "  ", "\t", "\u{a0}", "\u{2003}", "\n"];
        let mut rng = crate::test_rng::Rng::new(0x05EE_D0F1_A7E5);
        let (mut changed, mut bylines, mut cleaned) = (0, 0, 0);
        for _ in 0..100_000 {
            let n = rng.below(10);
            let mut line = String::new();
            if rng.below(4) == 0 {
                line.push_str(spaces[rng.below(spaces.len())]);
            }
            let mut words: Vec<&str> = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect();
            if rng.below(3) == 0 && n >= 2 {
                // A name said twice at the end.
                let k = 2 + rng.below(2).min(n - 2);
                let name: Vec<&str> = words[n - k..].to_vec();
                words.extend(name);
            }
            for (i, w) in words.iter().enumerate() {
                if i > 0 {
                    line.push_str(spaces[rng.below(spaces.len())]);
                }
                line.push_str(w);
            }
            if rng.below(4) == 0 {
                line.push_str(spaces[rng.below(spaces.len())]);
            }
            let new = without_portrait(&line);
            assert_eq!(new, without_portrait_whole_line(&line), "{line:?}");
            changed += usize::from(new != line.trim());
            let parsed = parse(&line);
            assert_eq!(parsed, parse_whole_line(&line), "{line:?}");
            // Bylines found only behind portrait text or a name said twice.
            cleaned += usize::from(parsed.is_some() && strip_opener(line.trim()).is_none());
            bylines += usize::from(parsed.is_some());
        }
        assert!(changed > 5_000, "{changed}");
        assert!(bylines > 300 && cleaned > 50, "{bylines} {cleaned}");
        for line in [
            "Jane Von Trier Von Trier",
            "Author Di Maria Di Maria",
            "X Y By Jane By Jane",
            "Author image By Jane Doe",
            "Jane\u{a0}Doe By Jane By Jane",
        ] {
            assert_eq!(parse(line), parse_whole_line(line), "{line}");
        }
        assert_eq!(
            portrait_head("  Jane Doe is here now"),
            "  Jane Doe is here"
        );
        assert_eq!(portrait_head("Jane Doe"), "Jane Doe");
        assert_eq!(portrait_head("A\u{a0}B C D E F"), "A\u{a0}B C D");
        assert_eq!(portrait_head("A \u{a0} Zoë C D E F"), "A \u{a0} Zoë C D");
    }

    /// The shortcut of `without_portrait` agrees with its plain form,
    /// lines with and without picture words, in any case, with the
    /// characters whose lowercase is ASCII.
    #[test]
    fn without_portrait_shortcut_is_the_plain_form() {
        for line in [
            "Jane Doe",
            "  Jane Doe Jane Doe ",
            "Author Jane Doe Jane Doe",
            "One Two Three Four Five Six Seven Eight Nine",
            "A B C A B C",
            "A B A B",
            "A B C D A B C D",
            "X Y Z A B A B",
            "X Y A B A B",
            "X Y A B C A B C",
            "A A A A",
            "Jane Doe\u{2003}Jane Doe",
            "Jane Doe\u{2003}Jane Doe ",
            "Written by Jane Doe",
            "dsteer-HEADSHOT Dave Steer",
            "Joshua Waller profile Pic",
            "PICTURE OF Kev Kev",
            "Byline profile imageWritten by Jane Doe",
            "[89c] Ridvika Arora",
            "\u{212A}ev Doe avatar",
            "p\u{130}c of Kev Kev",
            "\u{130}mage Jane Doe",
            "Jane Doe \u{130}MAGE",
            "xpic Jane Doe",
            "xxpic Jane Doe",
            "Jane Doe pic",
            "Jane Doe xpic",
            "Jane Doe xxpic",
            "Jane Doe Image",
            "Jane Doe xImage",
            "Jane xAVATAR",
            "Jane xxheadshot",
            "Jane xportrait x",
            "ic",
            "pi",
            "p",
            "Élodie Ébert Élodie Ébert",
            "",
        ] {
            assert_eq!(
                without_portrait(line),
                without_portrait_plain(line),
                "{line}"
            );
            let lower = line.to_ascii_lowercase();
            let naive = PORTRAIT_WORD_CORES
                .iter()
                .any(|core| lower.as_bytes().windows(core.len()).any(|w| w == *core));
            assert_eq!(has_portrait_word(line), naive, "{line}");
            let trimmed = line.trim();
            assert_eq!(
                name_said_twice_at_end(trimmed),
                name_said_twice_at_end_plain(trimmed),
                "{line}"
            );
        }
        // Only the Kelvin sign and 'İ' lowercase (in part) to ASCII, and
        // neither gives a core letter that starts a match on its own.
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            if c.to_lowercase().any(|l| l.is_ascii()) {
                assert!(c == '\u{212A}' || c == '\u{130}', "{c:?}");
            }
        }
        assert!(PORTRAIT_WORD_CORES.iter().all(|core| !core.contains(&b'k')));
        assert!(PORTRAIT_WORD_CORES.iter().all(|core| core.len() >= 3));
        // 'İ' gives 'i' and a combining dot: a core could only end there.
        let cores = PORTRAIT_WORD_CORES;
        assert!(cores.iter().all(|core| core.last() != Some(&b'i')));
        assert!(PORTRAIT_WORDS.iter().all(|w| {
            cores
                .iter()
                .any(|c| w.as_bytes().windows(c.len()).any(|x| x == *c))
        }));
        assert!(PORTRAIT_OPENERS.iter().all(|w| {
            cores
                .iter()
                .any(|c| w.as_bytes().windows(c.len()).any(|x| x == *c))
        }));
    }

    /// The byte reader of a line's last words gives what
    /// `split_whitespace().rev()` gives, or steps aside, on random lines of
    /// words, ASCII and Unicode spaces, control bytes and accents.
    #[test]
    fn last_words_on_bytes_are_the_split_ones() {
        let pieces = [
            "Jane", "Doe", "a", " ", "  ", "\t", "\u{b}", "\u{c}", "\r\n", "\u{1c}", "\u{a0}",
            "\u{2003}", "\u{3000}", "\u{85}", "É", "é", "x", "-", "Kev",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut stepped_aside = 0;
        for _ in 0..20_000 {
            let mut line = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for k in 0..(seed % 9) {
                line.push_str(pieces[((seed >> (8 + 4 * k)) % pieces.len() as u64) as usize]);
            }
            let mut back = line.split_whitespace().rev();
            let want = [back.next(), back.next(), back.next(), back.next()];
            match last_words_ascii(&line) {
                Some(got) => assert_eq!(got, want, "{line:?}"),
                None => stepped_aside += 1,
            }
            assert_eq!(
                name_said_twice_at_end(line.trim()),
                name_said_twice_at_end_plain(line.trim()),
                "{line:?}"
            );
        }
        assert!(stepped_aside > 0);
    }

    /// The label tests without a lowercase copy or a second ask agree
    /// with their plain forms.
    #[test]
    fn label_tests_match_their_plain_forms() {
        let dated_plain = |label: &str| {
            let label = label.trim().trim_end_matches(':').trim_end();
            let Some(head) = label.get(..label.len().min(16)) else {
                return false;
            };
            let head = head.to_ascii_lowercase();
            DATED_LABEL_OPENERS.iter().any(|o| head.starts_with(o))
                && label
                    .get(label.len().saturating_sub(3)..)
                    .is_some_and(|end| end.eq_ignore_ascii_case(" by"))
                && label.split_whitespace().count() <= DATED_LABEL_MAX_WORDS
                && label.chars().any(|c| c.is_ascii_digit())
        };
        for label in [
            "Written on Mar 17 by",
            "POSTED ON May 3, 2020 by:",
            "published on 3 May by",
            "Published on",
            "Posted on by",
            "Written on Mar 17 by Jane",
            "Written ön Mar 17 by",
            "Writtenon 17 by",
            "By:",
            "  Author ",
            "Author image",
            "Author Jane Doe Jane Doe",
            "Written By Written By",
            "By By",
            "x By By",
            "Author [img]",
            "[photo] By:",
            "Autor Autor",
            "Jane Doe avatar",
            "Picture of Kev Kev",
            "",
        ] {
            assert_eq!(is_dated_label(label), dated_plain(label), "{label}");
            if !is_name_label(label) {
                assert_eq!(
                    is_name_label_behind_portrait(label),
                    is_name_label(&without_portrait(label)),
                    "{label}"
                );
            }
        }
    }

    #[test]
    fn opener_in_place_matches_the_lowercase_copy() {
        let plain = |text: &str| -> Option<String> {
            let lower = crate::parse::lowercase_keeping_offsets(text);
            BYLINE_OPENERS.iter().find_map(|opener| {
                let after = lower.strip_prefix(opener)?;
                let after = after.strip_prefix(':').unwrap_or(after);
                let glued = *opener == "by"
                    && text.starts_with("By")
                    && text[2..].starts_with(char::is_uppercase);
                if !after.starts_with(char::is_whitespace) && !after.is_empty() && !glued {
                    return None;
                }
                Some(text[text.len() - after.len()..].trim_start().to_string())
            })
        };
        let mut lines = vec![
            String::new(),
            "B".to_string(),
            "ByNina Pineda".to_string(),
            "Byline".to_string(),
            "Published by:\u{a0}Jane".to_string(),
            "WRITTEN BY\u{2003}Jane Doe".to_string(),
            "Written byÉmile".to_string(),
            "Reported by: 日本語の名前".to_string(),
            "Bý Jane".to_string(),
        ];
        for opener in BYLINE_OPENERS {
            for tail in [
                "",
                ":",
                " ",
                ": ",
                "x",
                " Jane Doe",
                ":Jane",
                "\u{a0}Ü",
                "é",
                "日本",
                ":\u{3000}名",
            ] {
                lines.push(format!("{opener}{tail}"));
                lines.push(format!("{}{tail}", opener.to_uppercase()));
            }
        }
        // The comparison in place needs lowercase ASCII openers.
        assert!(
            BYLINE_OPENERS
                .iter()
                .all(|o| o.is_ascii() && *o == o.to_lowercase())
        );
        lines.push("Wr\u{130}tten by Jane".to_string());
        lines.push("\u{212A}by Jane".to_string());
        for line in &lines {
            assert_eq!(
                strip_opener(line).map(str::to_string),
                plain(line),
                "{line:?}"
            );
        }
    }

    #[test]
    fn not_name_set_holds_the_list() {
        for w in NOT_NAME_WORDS {
            assert!(is_not_name_word(w), "{w}");
        }
        for w in ["jane", "", "Read", "reads", "mor"] {
            assert_eq!(is_not_name_word(w), NOT_NAME_WORDS.contains(&w), "{w}");
        }
    }

    #[test]
    fn name_label_test_matches_the_plain_form() {
        let plain = |label: &str| {
            let label = label.trim().trim_end_matches(':').trim_end().to_lowercase();
            NAME_LABELS.contains(&label.as_str())
        };
        // The ASCII shortcut compares without lowercasing the labels.
        assert!(
            NAME_LABELS
                .iter()
                .all(|l| l.is_ascii() && *l == l.to_lowercase())
        );
        let long = "By ".repeat(40);
        let kelvins = "\u{212A}".repeat(30);
        for label in [
            "By",
            "  BY:: ",
            "Written by:",
            "ABOUT THE AUTHOR",
            "About the author:::::::::::::::::::::::::::::::::::::::::::::::::::::::",
            "Autor",
            "by the way",
            "",
            ":",
            "İ",
            long.as_str(),
            kelvins.as_str(),
            "A paragraph of ordinary text that is much longer than any label could be.",
        ] {
            assert_eq!(is_name_label(label), plain(label), "{label:?}");
        }
    }

    fn names(line: &str) -> Vec<String> {
        parse(line).map(|b| b.authors).unwrap_or_default()
    }

    /// An author box's line, name and bio, too long for a byline: its
    /// name, when nothing but the name stands before the bio.
    #[test]
    fn an_author_box_line_names_its_author() {
        let bio = "He has covered the technology industry for over a decade, \
            most recently at a newsletter of his own about the business of it.";
        assert_eq!(
            names(&format!(
                "By Alex Heath, a deputy editor and author of Command Line. {bio}"
            )),
            ["Alex Heath"]
        );
        assert_eq!(
            names(&format!("Written by Jane Doe is a reporter in Ohio. {bio}")),
            ["Jane Doe"]
        );
        assert_eq!(
            names(&format!(
                "Written by: Shivkumar M Head Product Launches, Adoption, & Evangelism. {bio}"
            )),
            ["Shivkumar M"]
        );
        assert!(
            names(&format!(
                "Published by Hooded Horse and released in May 2025, Cataclismo is a game. {bio}"
            ))
            .is_empty()
        );
        assert!(
            names(&format!(
                "By the end of the year, the council had spent it all. {bio}"
            ))
            .is_empty()
        );
    }

    #[test]
    fn byline_forms() {
        assert_eq!(names("By Jane Doe"), ["Jane Doe"]);
        assert_eq!(names("Written by Jim Lemuel Wilson"), ["Jim Lemuel Wilson"]);
        assert_eq!(names("By Jane Doe and John Roe"), ["Jane Doe", "John Roe"]);
        assert_eq!(
            names("By Jane Doe, John Roe and Ann Poe"),
            ["Jane Doe", "John Roe", "Ann Poe"]
        );
        assert_eq!(names("Posted by Jane Doe on March 4, 2020"), ["Jane Doe"]);
        assert_eq!(names("By Jane Doe, Staff Writer"), ["Jane Doe"]);
        assert_eq!(names("By JANE DOE | Associated Press"), ["JANE DOE"]);
    }

    #[test]
    fn names_in_capitals_are_title_cased() {
        let cased = |n: &str| title_cased_name(n);
        assert_eq!(cased("LISA MASCARO").as_deref(), Some("Lisa Mascaro"));
        assert_eq!(
            cased("MARY CLARE JALONICK").as_deref(),
            Some("Mary Clare Jalonick")
        );
        assert_eq!(cased("DAVID O'BRIEN").as_deref(), Some("David O'Brien"));
        assert_eq!(
            cased("MARIA DE LA CRUZ").as_deref(),
            Some("Maria de la Cruz")
        );
        assert_eq!(
            cased("DE LA HOYA OSCAR").as_deref(),
            Some("De la Hoya Oscar")
        );
        assert_eq!(cased("SEAN MCDONALD").as_deref(), Some("Sean McDonald"));
        assert_eq!(cased("JEAN-LUC PICARD").as_deref(), Some("Jean-Luc Picard"));
        assert_eq!(cased("J.R. SMITH III").as_deref(), Some("J.R. Smith III"));
        assert_eq!(cased("TJ HOLMES").as_deref(), Some("TJ Holmes"));
        assert_eq!(cased("ÉLODIE DURAND").as_deref(), Some("Élodie Durand"));
        // Printed in mixed case, or one word (an acronym): as it is.
        assert_eq!(cased("Lisa Mascaro"), None);
        assert_eq!(cased("Jean DUPONT"), None);
        assert_eq!(cased("TMZ"), None);
        assert_eq!(cased("J. SMITH").as_deref(), Some("J. Smith"));
        assert_eq!(cased("J. R."), None);
        assert_eq!(cased("山田 花子"), None);
    }

    #[test]
    fn names_said_once() {
        for (raw, want) in [
            (
                "Jonathan JonesJonathan JonesJonathan Jones",
                "Jonathan Jones",
            ),
            ("Jane Doe Jane Doe", "Jane Doe"),
            ("Jane DoeJane Doe", "Jane Doe"),
            ("Jane Doe", "Jane Doe"),
            ("Anna Anna", "Anna Anna"),
            ("Ana María Ana María", "Ana María"),
        ] {
            assert_eq!(said_once(raw), want, "{raw}");
        }
    }

    #[test]
    fn loose_forms() {
        let loose = |l: &str| parse_loose(l).map(|b| b.authors).unwrap_or_default();
        assert_eq!(
            loose("May 3, 2017 By Erin Spain 4 Comments"),
            ["Erin Spain"]
        );
        assert_eq!(
            loose("Picture of Liam Austin By Liam Austin"),
            ["Liam Austin"]
        );
        assert_eq!(
            loose("Charlotte Gannon • November 4th, 2025"),
            ["Charlotte Gannon"]
        );
        assert_eq!(
            loose("Dec 26, 2025 • [e5f6d14d49] Mahua Das in Project Management"),
            ["Mahua Das"]
        );
        assert_eq!(
            loose("Manoj Jain and Jagpreet Chhatwal  |  Guest Columnists"),
            ["Manoj Jain", "Jagpreet Chhatwal"]
        );
        assert_eq!(loose("Jane Doe · Senior Staff Writer"), ["Jane Doe"]);
        assert!(loose("Home | News").is_empty());
        assert!(loose("Jane | Editor").is_empty());
        assert!(loose("Meet the Team | Our Editors and Reporters at Work").is_empty());
        assert!(loose("Read More • May 3, 2017").is_empty());
        assert!(loose("Bothered by Yeast Infections?").is_empty());
        assert_eq!(
            loose(
                "Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on \
                 Do you need fourteen USB ports on your small board computer today"
            ),
            ["Jean-Luc Aufranc"]
        );
        assert_eq!(
            loose(
                "Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on \
                 Do you need 14 USB ports on your Raspberry Pi 5?"
            ),
            ["Jean-Luc Aufranc"]
        );
        assert!(loose("Previous article: Share Memory By Communicating").is_empty());
        assert!(
            loose("The court met on May 3, 2017 and ruled for the city by a wide margin.")
                .is_empty()
        );
    }

    #[test]
    fn letters_whose_lowercase_is_longer_keep_offsets() {
        // "İ" lowercases to two chars (three bytes): offsets found in a
        // plain lowercase copy used to slice the line mid-char.
        assert_eq!(names("By İbrahim Yılmaz"), ["İbrahim Yılmaz"]);
        let line = format!("By {} Kemal on", "İ".repeat(20));
        assert!(parse(&line).is_none_or(|b| b.authors.iter().all(|a| line.contains(a))));
        let dated = format!(
            "Posted on May 3, 2025 by {}a Smith - 5 Comments on a long title here",
            "İ".repeat(9)
        );
        assert!(parse_loose(&dated).is_none_or(|b| b.text == dated));
    }

    #[test]
    fn words_glued_past_a_names_length_are_no_name() {
        assert!(!looks_like_name(
            "Sam Bossleythoughtsstreamsportfoliomiscrecs"
        ));
        for name in [
            "Sergio Martínez-Beltrán",
            "IndustrySelect",
            "Jean-Baptiste McDonald",
        ] {
            assert!(looks_like_name(name), "{name}");
        }
    }

    #[test]
    fn widget_headings_and_menu_filters_are_not_names() {
        assert!(!looks_like_name("Recent Posts"));
        assert!(!looks_like_name("Event Type"));
        assert!(names("By Event Type").is_empty());
        assert!(names("By Industry").is_empty());
        assert_eq!(names("By Autumn Adams"), ["Autumn Adams"]);
    }

    #[test]
    fn credentials_and_roles_are_not_names() {
        assert_eq!(names("By Tracy Parker, Dietitian"), ["Tracy Parker"]);
        assert_eq!(names("Written by Rebecca Lake, CEPF®"), ["Rebecca Lake"]);
        assert_eq!(
            names("By Mike Marshall, Shipping Expert"),
            ["Mike Marshall"]
        );
        assert_eq!(names("By Michael Greger, M.D. FACLM"), ["Michael Greger"]);
        assert_eq!(
            names("By Will Judd Former Deputy Tech Editor"),
            ["Will Judd"]
        );
        assert_eq!(clean_name("Jane Doe Lead Writer"), "Jane Doe");
        // A beat before a role word in sentence case, without a comma.
        assert_eq!(
            clean_name("Richard Partington Economics correspondent"),
            "Richard Partington"
        );
        assert!(is_name_with_beat(
            "Richard Partington Economics correspondent"
        ));
        assert!(is_name_with_beat("Jane Doe Political editor"));
        // A one-word name before the beat, a lowercase beat, a title-cased
        // role (read as a name and its role elsewhere) or no role word.
        assert!(!is_name_with_beat("Economics correspondent"));
        assert!(!is_name_with_beat("Jane Doe economics correspondent"));
        assert!(!is_name_with_beat("Jane Doe Political Editor"));
        assert!(!is_name_with_beat("Jane Doe Political commentary"));
        // An opener that is part of the name, or no role word at the end.
        assert_eq!(clean_name("Lead Belly"), "Lead Belly");
        assert_eq!(clean_name("Jane Doe Chief"), "Jane Doe Chief");
        assert_eq!(names("ByNina Pineda"), ["Nina Pineda"]);
        assert_eq!(
            names("ByKathryn GiuffridaMar 5, 2025 | 6 comments"),
            ["Kathryn Giuffrida"]
        );
        assert_eq!(names("By Jane Doe March 4, 2020"), ["Jane Doe"]);
        assert_eq!(names("By Jane Doe In"), ["Jane Doe"]);
        assert_eq!(names("[svg]ByTrevor Jones"), ["Trevor Jones"]);
        assert_eq!(names("By [svg] Paul Frew, Security Expert"), ["Paul Frew"]);
        assert_eq!(names("Author: Patrick Smart"), ["Patrick Smart"]);
        assert!(names("Author Spotlight Jane Doe").is_empty());
        assert_eq!(names("By Indira Onwu"), ["Indira Onwu"]);
        assert_eq!(
            names("By Claire Wilson, Co-Founder & COO"),
            ["Claire Wilson"]
        );
        assert_eq!(
            names("By Shannon Williams, Journalist"),
            ["Shannon Williams"]
        );
        assert_eq!(names("By JANE DOELAST UPDATED NOV 6, 2025"), ["JANE DOE"]);
        assert!(names("Byron Smith").is_empty());
        for label in ["Order Now", "Get Started", "Key Features", "Travel Tips"] {
            assert!(!looks_like_name(label), "{label}");
        }
        assert_eq!(
            names("by Emily Baron Cadloff· October 10, 2021"),
            ["Emily Baron Cadloff"]
        );
    }

    #[test]
    fn signed_names() {
        let cases = [
            ("Dylan Bailey, MS, RD, FAND", Some("Dylan Bailey")),
            ("Jane Doe, PhD", Some("Jane Doe")),
            ("San Francisco, CA", None),
            ("Paris, Texas", None),
            ("Jane Doe", None),
        ];
        for (line, want) in cases {
            assert_eq!(signed_name(line).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn labelled_bylines() {
        let two = |a: &str, b: &str| parse_labelled(a, b).map(|b| b.authors).unwrap_or_default();
        assert_eq!(
            two("By:", "Great Day Editorial Team"),
            ["Great Day Editorial Team"]
        );
        assert_eq!(two("By", "Sofia Kondrat"), ["Sofia Kondrat"]);
        assert_eq!(
            two("Author", "Jane Doe and John Roe"),
            ["Jane Doe", "John Roe"]
        );
        assert!(two("Share", "Jane Doe").is_empty());
        assert!(two("By", "the time we arrived").is_empty());
        assert_eq!(
            two("Written by", "The Team, edited by Walter"),
            ["The Team"]
        );
    }

    #[test]
    fn organisations_that_sign() {
        for (line, want) in [
            ("By The Ritualist", vec!["The Ritualist"]),
            ("Written by The Upwork Team", vec!["The Upwork Team"]),
            ("By The Upwork Team | Oct 10, 2025", vec!["The Upwork Team"]),
            ("By The Numbers", vec![]),
            ("By The Way", vec![]),
            ("by the editors", vec![]),
            ("By The Best Of The Best Magazine Team", vec![]),
            // In capitals, as wire services print it.
            ("By THE ASSOCIATED PRESS", vec!["THE ASSOCIATED PRESS"]),
            ("BY THE NUMBERS", vec![]),
            // A person's name comes first.
            ("By Jane Doe", vec!["Jane Doe"]),
        ] {
            assert_eq!(names(line), want, "{line}");
        }
        assert_eq!(
            parse_loose("May 21, 2025April 24, 2025 by The Ritualist").map(|b| b.authors),
            Some(vec!["The Ritualist".to_string()])
        );
    }

    #[test]
    fn a_reference_list_entry_is_no_byline() {
        for line in [
            "^ Bratersky, Alexander (29 July 2013). \"'Alterum' Dance Troupe to Conquer Middle East\"",
            "Doe, Jane (May 3, 2025). \"A Title\". The Times.",
            ". Slashfilm. Retrieved 2014-03-27.",
            "^ \"Firefox OS - Devices & Availability\". Mozilla. Retrieved 2015-12-30.",
            "^ \"SpiderMonkey\". Mozilla Developer Network. 2012-08-15. Retrieved 2012-08-18.",
        ] {
            assert_eq!(parse_loose(line), None, "{line}");
        }
        // A name and its date without the citation's full stop stay.
        assert_eq!(
            parse_loose("Jane Doe (May 3, 2025)").map(|b| b.authors),
            Some(vec!["Jane Doe".to_string()])
        );
    }

    #[test]
    fn logo_text_after_a_name() {
        for (line, want) in [
            ("ByNina Pineda WABC logo", vec!["Nina Pineda"]),
            ("By Jane Doe", vec!["Jane Doe"]),
        ] {
            assert_eq!(names(line), want, "{line}");
        }
        assert_eq!(without_logo_text("Acme logo"), "Acme logo");
    }

    #[test]
    fn names_glued_to_a_handle_or_a_date() {
        for (line, want) in [
            (
                "By Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT",
                vec!["Alissa Wilkinson"],
            ),
            ("by Lucas Nolan22 Dec 2016651", vec!["Lucas Nolan"]),
            (
                "By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham",
                vec!["Erin Cunningham"],
            ),
            // A first name that is a month stays.
            ("By April Smith", vec!["April Smith"]),
        ] {
            assert_eq!(names(line), want, "{line}");
        }
        assert_eq!(clean_name("jane@example.com"), "jane@example.com");
        assert_eq!(
            clean_name("Jane Doe jane@example.com"),
            "Jane Doe jane@example.com"
        );
    }

    #[test]
    fn role_lines() {
        for (text, want) in [
            ("Games Editor", true),
            ("Senior Staff Writer", true),
            ("Research & Development", false),
            ("Expert Reviewed", false),
            ("The editor of a large regional paper wrote", false),
        ] {
            assert_eq!(is_role_line(text), want, "{text}");
        }
    }

    #[test]
    fn role_lines_with_their_outlet() {
        for (text, want) in [
            ("Senior Health Reporter, The Times", true),
            ("Staff Writer | The Verge", true),
            ("Games Editor", false),
            ("Jane Doe, The Times", false),
            ("Senior Health Reporter, and more.", false),
            ("Letter to the Editor, a reply to last week's column", false),
        ] {
            assert_eq!(is_role_with_outlet(text), want, "{text}");
        }
    }

    #[test]
    fn labels_with_their_date() {
        for (label, want) in [
            ("Written on Mar 17 by", true),
            ("Posted on May 3, 2020 by:", true),
            ("Written on Mar 17", false),
            ("Written by", false),
            ("Posted on the forum by", false),
            (
                "Written on Mar 17 and read by many people in the city by",
                false,
            ),
        ] {
            assert_eq!(is_dated_label(label), want, "{label}");
        }
        assert_eq!(
            parse_labelled("Written on Feb 24 by", "Courtney Kirchoff").map(|b| b.authors),
            Some(vec!["Courtney Kirchoff".to_string()])
        );
    }

    #[test]
    fn photographers_are_not_authors() {
        assert_eq!(
            names("by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)"),
            ["Eleanor Ainge Roy"]
        );
        assert_eq!(
            names("By Jane Doe (text) and John Roe (video)"),
            ["Jane Doe"]
        );
        // Alone, or first, the credit is still the byline's name.
        assert_eq!(names("By Adrian Malloch (photography)"), ["Adrian Malloch"]);
        assert!(is_picture_credit(" John Roe (Photos)"));
        assert!(!is_picture_credit("John Roe (CNXSoft)"));
    }

    #[test]
    fn chinese_labels_take_han_names_only() {
        for line in [
            "来源：新华社",
            "责任编辑：王芳",
            "作者：国家统计局新闻发言人表示",
            "文：本报讯 一季度国民经济开局良好",
            "作者",
            "作者：",
            "作者：李",
            "新华社记者12日从市政府获悉",
            "记者 昨日从市政府获悉消息",
            "据当地媒体报道称记者 李明",
        ] {
            assert!(parse(line).is_none(), "{line}");
        }
    }

    /// A Korean byline is names before a reporter's title; a line of
    /// other words before "기자", or anything but an address after it, is
    /// not one.
    #[test]
    fn korean_names_before_a_title() {
        for (line, want) in [
            ("김민준 기자", vec!["김민준"]),
            ("김민준기자", vec!["김민준"]),
            ("김민준·이서연 기자", vec!["김민준", "이서연"]),
            ("김민준 기자, 이서연 특파원", vec!["김민준", "이서연"]),
            ("글·사진 박지훈 선임기자", vec!["박지훈"]),
            ("김민준 기자 mjkim@hankook.co.kr", vec!["김민준"]),
            ("[서울=연합뉴스] 김민준 기자 =", vec!["김민준"]),
        ] {
            assert_eq!(names(line), want, "{line}");
        }
        for line in [
            "기자",
            "김민준",
            "김민준 기자 이서연",
            "이 사건을 취재한 기자",
            "서울시 관계자는 말했다",
            "김민준 기자가 취재했다",
            "김민준 기자 구독하기",
        ] {
            assert!(parse(line).is_none(), "{line}");
        }
    }

    #[test]
    fn names_joined_in_other_languages() {
        for (line, want) in [
            (
                "Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42",
                vec!["Alexandre Hervaud", "Jérémy Piette"],
            ),
            ("Por Ana Díaz y Luis Gómez", vec!["Ana Díaz", "Luis Gómez"]),
            ("Автор: Анна Петрова", vec!["Анна Петрова"]),
            ("作者：李明", vec!["李明"]),
            ("记者 ：王芳 欧阳小明", vec!["王芳", "欧阳小明"]),
            ("记者 李明", vec!["李明"]),
            ("新华社记者 王芳 张伟", vec!["王芳", "张伟"]),
            ("本报记者：李明", vec!["李明"]),
            ("АВТОР: Иван Смирнов", vec!["Иван Смирнов"]),
            (
                "Von Anna Maier und Jan Roth",
                vec!["Anna Maier", "Jan Roth"],
            ),
            ("By Jane Doe & John Roe", vec!["Jane Doe", "John Roe"]),
        ] {
            assert_eq!(names(line), want, "{line}");
        }
    }

    #[test]
    fn portrait_alt_text_between_two_names() {
        // w3m and lynx print the second author's portrait between the names.
        let line = "By Paul Frew, Home Security Expert & Gene Petrino Headshot Gene Petrino, \
                    Security Expert Last Updated on Feb 27, 2026";
        let found = parse(line).expect("a byline");
        assert_eq!(found.authors, ["Paul Frew", "Gene Petrino"]);
        assert_eq!(found.date.as_deref(), Some("2026-02-27"));
        assert_eq!(
            without_inner_portrait("By Ann Lee & Jo Mary Ray photo Jo Mary Ray").as_deref(),
            Some("By Ann Lee & Jo Mary Ray")
        );
        // A picture word between different words is the line's text.
        assert_eq!(without_inner_portrait("By Ann Lee, photo editor"), None);
        assert_eq!(
            without_inner_portrait("By Ann Lee and the image of a cat"),
            None
        );
    }

    #[test]
    fn portrait_alt_text_by_the_name() {
        for (line, want) in [
            (
                "Byline profile imageWritten by Rebecca Lake, CEPF®",
                "Written by Rebecca Lake, CEPF®",
            ),
            ("dsteer-headshot Dave Steer", "Dave Steer"),
            ("[89c] Ridvika Arora", "Ridvika Arora"),
            ("Author image", "Author"),
            ("Joshua Waller profile pic", "Joshua Waller"),
            ("Marco Bambini's avatar", "Marco Bambini"),
            ("Picture of Kev Kev", "Kev"),
            (
                "Author Yaren Fadiloglulari Yaren Fadiloglulari",
                "Yaren Fadiloglulari",
            ),
            // Credits and one-word alt texts stay as they are.
            ("Photo: Joseph Cox", "Photo: Joseph Cox"),
            ("Photo Joshua Waller", "Photo Joshua Waller"),
            ("Featured image", "Featured image"),
            ("Picture of a cat", "Picture of a cat"),
            ("The image of a cat on a mat", "The image of a cat on a mat"),
            ("Jane Doe", "Jane Doe"),
        ] {
            assert_eq!(without_portrait(line), want, "{line}");
            assert_eq!(without_portrait_plain(line), want, "{line}");
        }
        assert_eq!(
            names("Byline profile imageWritten by Rebecca Lake, CEPF®"),
            ["Rebecca Lake"]
        );
        assert_eq!(
            parse_labelled("Author image", "Gopal Singh Panwar").map(|b| b.authors),
            Some(vec!["Gopal Singh Panwar".to_string()])
        );
        assert!(parse_labelled("Featured image", "Gopal Singh Panwar").is_none());
    }

    #[test]
    fn lynx_button_marker_is_not_text() {
        assert_eq!(names("By (BUTTON) Melanie Hanson"), ["Melanie Hanson"]);
    }

    #[test]
    fn byline_date_is_kept() {
        let b = parse("Posted by Jane Doe on March 4, 2020").unwrap();
        assert_eq!(b.date.as_deref(), Some("2020-03-04"));
    }

    #[test]
    fn sentences_are_not_bylines() {
        for line in [
            "By the time we arrived, it was over.",
            "Bypass the city",
            "by",
            "Leave a Reply",
            "By clicking Continue to join or sign in, you agree to the Privacy Policy, and Cookie Policy.",
        ] {
            assert!(parse(line).is_none(), "{line}");
        }
    }
}
