//! The headline: the article's own title, preferring the visible `<h1>`
//! when a metadata title agrees with it, and without the " | Site name"
//! decorations that `<title>` and `og:title` often carry.

use super::norm;
use crate::parse::provenance::Rule;

/// Separators between a title and the site name, with spaces around.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " • ", " ~ ",
];

/// How many `<h1>`s are compared with the metadata titles: the first are
/// the headline, later ones are teasers.
const H1_CANDIDATES: usize = 3;

/// Shortest `<h1>` taken as the headline on its own, in words: one-word
/// `<h1>`s are logos.
const MIN_H1_WORDS: usize = 2;

/// The chosen headline and the heading the page prints for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    /// The headline, cleaned of site and section decorations.
    pub text: String,
    /// Which rule picked it.
    pub rule: Rule,
    /// The `<h1>` text as printed, where the headline stands for one: it
    /// locates the header (byline, date) and is dropped from the body.
    pub shown: Option<String>,
}

/// Picks the headline from the metadata title candidates (most trusted
/// first) and the page's `<h1>` texts, with the rule that picked it.
pub fn choose(
    titles: &[String],
    page_title: Option<&str>,
    ld_headline: Option<&str>,
    h1s: &[String],
    site_name: Option<&str>,
    url: Option<&str>,
) -> Option<Headline> {
    let untruncated = untruncated(titles, h1s);
    let titles = untruncated.as_slice();
    let site_names = site_names(site_name, url);
    let clean = |t: &str| strip_section(&strip_host_prefix(&strip_site_name(t, &site_names), url));
    let pick = |text: &str, rule: Rule, shown: Option<&String>| Headline {
        text: text.to_string(),
        rule,
        shown: shown.cloned(),
    };
    // An `<h1>` that names the site is its logo; one with a " | Section"
    // tail carries the same decoration as a `<title>`. Each is kept with
    // its printed text.
    let h1s: Vec<(String, &String)> = h1s
        .iter()
        .filter(|h| !site_names.contains(&norm(h)))
        .map(|h| (without_kicker(&strip_h1_section(h), titles), h))
        .collect();
    // The page's own heading reads differently from its SEO title: the
    // heading is what readers see, so it wins when it shares words with
    // the title, or when it is the only real heading.
    let real: Vec<&(String, &String)> = h1s
        .iter()
        .take(H1_CANDIDATES)
        .filter(|(h, _)| (MIN_H1_WORDS..=MAX_H1_WORDS).contains(&h.split_whitespace().count()))
        .collect();
    let most_like = |title: &str| {
        real.iter()
            .map(|h| (word_overlap(title, &h.0), *h))
            .filter(|(o, _)| *o >= MIN_TITLE_OVERLAP)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, h)| h)
    };
    // The page title and the article's own JSON-LD headline agreeing on a
    // wording: the site chose that one on purpose, over an `<h1>` worded
    // otherwise, even one that `og:title` repeats (the social headline).
    let agreed = page_title
        .zip(ld_headline)
        .and_then(|(page, ld)| agreed_title(page, ld, &clean));
    // An exact match beats a match with decorations; between two partial
    // matches ("Site - Headline" against the <h1>s "Site" and "Headline")
    // the longer <h1> is the headline.
    let best = h1s
        .iter()
        .take(H1_CANDIDATES)
        .filter_map(|(h1, shown)| {
            let exact = titles.iter().any(|t| norm(t) == norm(h1));
            let partial = titles.iter().any(|t| agrees(t, h1));
            (exact || partial).then_some((exact, norm(h1).len(), h1, *shown))
        })
        .max_by_key(|&(exact, len, _, _)| (exact, len));
    // (One wording holding the other is one headline with or without a
    // decoration or subtitle: the `<h1>` stays.)
    if let Some((_, _, h1, shown)) = best
        && agreed.as_ref().is_none_or(|a| {
            let (a, h) = (norm(a), norm(h1));
            a.contains(&h) || h.contains(&a)
        })
    {
        return Some(pick(h1, Rule::HtmlH1MatchesTitle, Some(shown)));
    }
    if let Some(agreed) = agreed {
        let shown = most_like(&agreed).map(|(_, shown)| *shown);
        return Some(pick(&agreed, Rule::HtmlTitlesAgree, shown));
    }
    // The most trusted title that a visible heading rewords; a title no
    // heading resembles (a social teaser in `og:title`) says less than a
    // later one that the page prints.
    if let Some((h1, shown)) = titles.iter().find_map(|t| most_like(t)) {
        return Some(pick(h1, Rule::HtmlH1LikeTitle, Some(shown)));
    }
    match titles.first() {
        Some(title) => Some(pick(&clean(title), Rule::HtmlTitleWithoutSite, None)),
        None => h1s
            .iter()
            .find(|(h, _)| h.split_whitespace().count() >= MIN_H1_WORDS)
            .or_else(|| h1s.first())
            .map(|(h, shown)| pick(h, Rule::HtmlFirstH1, Some(shown))),
    }
}

/// Endings of a title cut short to fit a length limit ("A long headline
/// that…").
const ELLIPSES: &[&str] = &["…", "..."];

/// Fewest characters (letters and digits) a cut title must keep to be
/// matched to the full one: shorter stubs start too many texts.
const MIN_TRUNCATED_CHARS: usize = 12;

/// The title candidates with each one that is cut short ("Headline
/// that…", a length-limited `og:title`) replaced by the first other title
/// or `<h1>` that it begins, so the full wording is compared and kept.
fn untruncated(titles: &[String], h1s: &[String]) -> Vec<String> {
    titles
        .iter()
        .map(|title| {
            let trimmed = title.trim_end();
            let Some(stem) = ELLIPSES.iter().find_map(|e| trimmed.strip_suffix(e)) else {
                return title.clone();
            };
            let stem = norm(stem);
            if stem.chars().count() < MIN_TRUNCATED_CHARS {
                return title.clone();
            }
            titles
                .iter()
                .chain(h1s)
                .find(|other| {
                    let other = norm(other);
                    other.len() > stem.len() && other.starts_with(&stem)
                })
                .cloned()
                .unwrap_or_else(|| title.clone())
        })
        .collect()
}

/// The page's `<title>`, cleaned of site decorations, when the JSON-LD
/// article headline cleans to the same words: the article's own headline
/// field and the page title agreeing name the headline even where the
/// visible `<h1>` is worded differently (an `og:title` agreeing says less:
/// SEO plugins copy the `<title>` into it).
fn agreed_title(page: &str, ld: &str, clean: &impl Fn(&str) -> String) -> Option<String> {
    let page_clean = clean(page);
    let agree = norm(&page_clean) == norm(&clean(ld));
    (agree && page_clean.split_whitespace().count() >= MIN_H1_WORDS).then_some(page_clean)
}

/// Longest `<h1>` taken as a headline, in words: longer ones are prose.
const MAX_H1_WORDS: usize = 30;

/// Share of words an `<h1>` must share with the metadata title to be taken
/// as the same headline worded for readers.
const MIN_TITLE_OVERLAP: f64 = 0.3;

/// Shortest word whose plural "s" is dropped before words are compared
/// ("Makers" and "Maker"; "is", "has" and "was" stay).
const MIN_PLURAL_CHARS: usize = 4;

/// `word` lowercase, without a plural "s" ("reviews" -> "review"; "ss"
/// endings such as "access" stay).
fn singular(word: &str) -> String {
    let lower = word.to_lowercase();
    match lower.strip_suffix('s') {
        Some(stem) if lower.chars().count() >= MIN_PLURAL_CHARS && !stem.ends_with('s') => {
            stem.to_string()
        }
        _ => lower,
    }
}

/// Jaccard overlap of the word sets of `a` and `b`, compared lowercase
/// and singular.
fn word_overlap(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> std::collections::HashSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(singular)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let union = a.union(&b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / union as f64
}

/// True when `title` is `h1`, or `h1` plus a site decoration before or
/// after a separator.
fn agrees(title: &str, h1: &str) -> bool {
    let h = norm(h1);
    if h.is_empty() {
        return false;
    }
    if norm(title) == h {
        return true;
    }
    SEPARATORS.iter().any(|sep| {
        title.split(sep).count() > 1 && {
            let parts: Vec<&str> = title.split(sep).collect();
            norm(parts[0]) == h
                || parts.last().is_some_and(|p| norm(p) == h)
                || norm(&parts[..parts.len() - 1].join(sep)) == h
        }
    })
}

/// Names the site goes by: its declared name and its host name parts.
fn site_names(site_name: Option<&str>, url: Option<&str>) -> Vec<String> {
    let mut names: Vec<String> = site_name.map(norm).into_iter().collect();
    if let Some(host) = url
        .and_then(|u| u.split_once("://"))
        .map(|(_, rest)| rest.split(['/', ':', '?']).next().unwrap_or(""))
    {
        let host = host.trim_start_matches("www.");
        names.push(norm(host));
        if let Some(label) = host.split('.').rev().nth(1) {
            names.push(norm(label));
        }
    }
    names.retain(|n| n.len() >= 2);
    names
}

/// Removes a leading or trailing segment that names the site.
pub fn strip_site_name(title: &str, site_names: &[String]) -> String {
    let is_site = |segment: &str| {
        let s = norm(segment);
        !s.is_empty()
            && site_names.iter().any(|n| {
                *n == s
                    || (s.len() >= 4 && n.contains(&s))
                    || s.contains(n.as_str()) && s.len() <= n.len() + 4
            })
    };
    let mut title = title.trim().to_string();
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && is_site(tail)
            && !head.trim().is_empty()
        {
            title = head.trim().to_string();
        }
        if let Some((head, tail)) = title.split_once(sep)
            && is_site(head)
            && !tail.trim().is_empty()
        {
            title = tail.trim().to_string();
        }
    }
    title
}

/// Fewest words the part before a " | " must keep for the part after it
/// to be dropped, and more than Readability's four-word floor below which
/// a shortened title is too short to stand alone.
const MIN_SECTION_HEAD_WORDS: usize = 5;

/// Drops a trailing " | Section" or " | Site" that the site name did not
/// identify (Readability's rule, on the pipe only: " - " joins real titles
/// more often than it separates sites).
fn strip_section(title: &str) -> String {
    match title.rsplit_once(" | ") {
        Some((head, _)) if head.split_whitespace().count() >= MIN_SECTION_HEAD_WORDS => {
            head.trim().to_string()
        }
        _ => title.to_string(),
    }
}

/// Most words after a " | " in an `<h1>` for them to be a section label:
/// a longer tail is a subtitle the site prints on purpose.
const MAX_H1_SECTION_WORDS: usize = 4;

/// [`strip_section`] for a visible heading: only a short tail goes.
fn strip_h1_section(h1: &str) -> String {
    match h1.rsplit_once(" | ") {
        Some((_, tail)) if tail.split_whitespace().count() <= MAX_H1_SECTION_WORDS => {
            strip_section(h1)
        }
        _ => h1.to_string(),
    }
}

/// Longest label before a colon that `without_kicker` drops, in words
/// ("Blog", "Case study"): longer ones are part of the headline.
const MAX_KICKER_WORDS: usize = 2;

/// `h1` without a leading "Label: " (a section or kicker printed over the
/// headline, "Blog: Best agencies in 2025") when a metadata title is the
/// rest without the label and none carries the label: the site's own
/// title says the label is decoration.
fn without_kicker(h1: &str, titles: &[String]) -> String {
    let Some((label, rest)) = h1.split_once(": ") else {
        return h1.to_string();
    };
    let rest = rest.trim();
    let short = label.split_whitespace().count() <= MAX_KICKER_WORDS;
    let titled = |text: &str| titles.iter().any(|t| agrees(t, text));
    if short && !rest.is_empty() && titled(rest) && !titled(h1) {
        return rest.to_string();
    }
    h1.to_string()
}

/// Drops a leading host name ("example.com Headline").
fn strip_host_prefix(title: &str, url: Option<&str>) -> String {
    let host = url
        .and_then(|u| u.split_once("://"))
        .map(|(_, rest)| rest.split(['/', ':', '?']).next().unwrap_or(""))
        .map(|h| h.trim_start_matches("www.").to_lowercase());
    if let (Some(host), Some((first, rest))) = (host, title.split_once(' '))
        && !host.is_empty()
        && first.trim_end_matches(':').to_lowercase() == host
        && !rest.trim().is_empty()
    {
        return rest.trim().to_string();
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(got: &Option<Headline>) -> Option<Rule> {
        got.as_ref().map(|h| h.rule)
    }

    fn text(got: &Option<Headline>) -> Option<&str> {
        got.as_ref().map(|h| h.text.as_str())
    }

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn visible_h1_wins_when_a_title_agrees() {
        let got = choose(
            &s(&["Big News Today | The Daily"]),
            None,
            None,
            &s(&["Big News Today"]),
            None,
            None,
        );
        assert_eq!(text(&got), Some("Big News Today"));
        let got = choose(
            &s(&["The Daily - Big News Today"]),
            None,
            None,
            &s(&["The Daily", "Big News Today"]),
            None,
            None,
        );
        assert_eq!(text(&got), Some("Big News Today"));
        assert_eq!(rule(&got), Some(Rule::HtmlH1MatchesTitle));
    }

    #[test]
    fn site_suffix_is_stripped_by_site_name_or_host() {
        let got = choose(
            &s(&["Big News Today | The Daily"]),
            None,
            None,
            &[],
            Some("The Daily"),
            None,
        );
        assert_eq!(text(&got), Some("Big News Today"));
        let got = choose(
            &s(&["Big News Today - Example News"]),
            None,
            None,
            &[],
            None,
            Some("https://www.examplenews.com/a"),
        );
        assert_eq!(text(&got), Some("Big News Today"));
        let got = choose(
            &s(&["Cats - the good, the bad"]),
            None,
            None,
            &[],
            Some("Pets"),
            None,
        );
        assert_eq!(text(&got), Some("Cats - the good, the bad"));
        assert_eq!(rule(&got), Some(Rule::HtmlTitleWithoutSite));
    }

    #[test]
    fn trailing_sections_and_host_prefixes_go() {
        for (title, want) in [
            (
                "How meditation rewires brains and improves health | Opinion",
                "How meditation rewires brains and improves health",
            ),
            ("Rust 2025 | Rust Blog", "Rust 2025 | Rust Blog"),
            (
                "One two three four five | Site | Section",
                "One two three four five | Site",
            ),
        ] {
            assert_eq!(strip_section(title), want, "{title}");
        }
        assert_eq!(
            strip_host_prefix("example.com Vibe Coding", Some("https://example.com/x")),
            "Vibe Coding"
        );
        assert_eq!(
            strip_host_prefix("Vibe Coding", Some("https://example.com/x")),
            "Vibe Coding"
        );
    }

    #[test]
    fn truncated_titles_take_the_full_wording() {
        let full = "Council approves the new budget after a long night";
        for (titles, h1s, want) in [
            (
                &["Council approves the new budget…", full][..],
                &[][..],
                full,
            ),
            (
                &["Council approves the new budget ...", "Other"][..],
                &[full][..],
                full,
            ),
            (
                &["Council approves the new budget…"][..],
                &["Something else"][..],
                "Council approves the new budget…",
            ),
            (&["Vote…", "Vote in the council"][..], &[][..], "Vote…"),
            (&[full][..], &[][..], full),
        ] {
            let got = untruncated(&s(titles), &s(h1s));
            assert_eq!(got[0], want, "{titles:?}");
        }
    }

    #[test]
    fn kicker_before_a_colon_goes_when_the_title_lacks_it() {
        for (h1, titles, want) in [
            (
                "Blog: Best agencies of 2025",
                &["Best agencies of 2025 | Acme"][..],
                "Best agencies of 2025",
            ),
            (
                "Blog: Best agencies of 2025",
                &["Blog: Best agencies of 2025 | Acme"][..],
                "Blog: Best agencies of 2025",
            ),
            (
                "Climate: a long story",
                &["Climate | Acme"][..],
                "Climate: a long story",
            ),
            (
                "The big fight over climate: a story",
                &["a story | Acme"][..],
                "The big fight over climate: a story",
            ),
            (
                "Best agencies of 2025",
                &["Best agencies of 2025 | Acme"][..],
                "Best agencies of 2025",
            ),
        ] {
            assert_eq!(without_kicker(h1, &s(titles)), want, "{h1}");
        }
    }

    #[test]
    fn h1_naming_the_site_or_carrying_a_section_is_cleaned() {
        let got = choose(
            &s(&["Three Models That Could Pay You Back — Human Loop"]),
            None,
            None,
            &s(&["Human Loop"]),
            Some("Human Loop"),
            None,
        );
        assert_eq!(text(&got), Some("Three Models That Could Pay You Back"));
        for (h1, want) in [
            (
                "How meditation rewires brains and improves health | Opinion",
                "How meditation rewires brains and improves health",
            ),
            (
                "Ten Best Cameras of 2025 Under $2500 | The Best Mirrorless Cameras on the Market",
                "Ten Best Cameras of 2025 Under $2500 | The Best Mirrorless Cameras on the Market",
            ),
        ] {
            assert_eq!(strip_h1_section(h1), want, "{h1}");
        }
    }

    #[test]
    fn title_agreeing_with_the_json_ld_headline_beats_a_reworded_h1() {
        let got = choose(
            &s(&[
                "Best Audio Books [Tried 11]",
                "Best Audio Books [Tried 11] | Kris",
            ]),
            Some("Best Audio Books [Tried 11] | Kris"),
            Some("Best Audio Books [Tried 11]"),
            &s(&["Best Audio Books - I Tried 11 Services"]),
            Some("Kris"),
            None,
        );
        assert_eq!(text(&got), Some("Best Audio Books [Tried 11]"));
        assert_eq!(rule(&got), Some(Rule::HtmlTitlesAgree));
        // Without the article's own headline the visible wording wins.
        let got = choose(
            &s(&["Best Audio Books [Tried 11] | Kris"]),
            Some("Best Audio Books [Tried 11] | Kris"),
            None,
            &s(&["Best Audio Books - I Tried 11 Services"]),
            Some("Kris"),
            None,
        );
        assert_eq!(rule(&got), Some(Rule::HtmlH1LikeTitle));
        // Also over an <h1> that og:title repeats.
        let got = choose(
            &s(&[
                "Vision Pro is the moment for headsets",
                "Vision Pro hands-on: the moment for headsets - The Verge",
            ]),
            Some("Vision Pro hands-on: the moment for headsets - The Verge"),
            Some("Vision Pro hands-on: the moment for headsets"),
            &s(&["Vision Pro is the moment for headsets"]),
            Some("The Verge"),
            None,
        );
        assert_eq!(
            text(&got),
            Some("Vision Pro hands-on: the moment for headsets")
        );
        assert_eq!(rule(&got), Some(Rule::HtmlTitlesAgree));
    }

    #[test]
    fn a_heading_rewording_a_later_title_beats_the_first_title() {
        // og:title is a social teaser; the <title> is what the heading says.
        let got = choose(
            &s(&[
                "Not sure you need a hub? Here is what to know",
                "The Best Smart Hubs of 2026, Tested by Editors",
            ]),
            None,
            None,
            &s(&["The best smart hubs of 2026, tested by our editors"]),
            None,
            None,
        );
        assert_eq!(
            text(&got),
            Some("The best smart hubs of 2026, tested by our editors")
        );
        assert_eq!(rule(&got), Some(Rule::HtmlH1LikeTitle));
    }

    #[test]
    fn plurals_count_as_the_same_word() {
        for (word, want) in [
            ("Makers", "maker"),
            ("reviews", "review"),
            ("is", "is"),
            ("has", "has"),
            ("access", "access"),
        ] {
            assert_eq!(singular(word), want, "{word}");
        }
        let (a, b) = (
            "Best Drip Coffee Maker - Kev's In-Depth Review 2026",
            "Best Drip Coffee Makers (2026): Real Reviews, No Fluff",
        );
        assert!(word_overlap(a, b) >= MIN_TITLE_OVERLAP);
    }

    #[test]
    fn falls_back_to_a_multiword_h1() {
        let got = choose(
            &[],
            None,
            None,
            &s(&["Logo", "Real Headline Here"]),
            None,
            None,
        );
        assert_eq!(text(&got), Some("Real Headline Here"));
        assert_eq!(rule(&got), Some(Rule::HtmlFirstH1));
    }
}
