//! The article's visible header: the text printed just before and after
//! the headline, where pages show their byline and date. Readers (and
//! annotators) take the date and the author from there, so it is the
//! strongest DOM evidence when the metadata disagrees with the page.

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

use super::norm;
use crate::parse::{byline, date, rules};

/// Characters of text read after the headline: enough for a byline, a
/// date line and reading-time labels, short of most article prose.
const AFTER_CHARS: usize = 400;

/// Bytes after the headline within which a date belongs to the byline
/// line and beats one printed above the headline; further down, the date
/// nearer the headline wins (a later one may date another story).
const BYLINE_REACH: usize = 120;

/// Characters of text read before the headline (kicker, date above title).
const BEFORE_CHARS: usize = 160;

/// Elements whose text is not shown.
const INVISIBLE: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "button", "select", "option", "title", "head",
];

/// Text around the headline: text nodes in document order, and the
/// `datetime` of `<time>` elements met on the way.
#[derive(Debug, Default)]
pub struct Header {
    pub before: Vec<String>,
    pub after: Vec<String>,
    /// Each `datetime` with whether it is labelled as an update.
    pub after_times: Vec<(String, bool)>,
}

/// Reads the header around the first `<h1>` whose text is `headline`
/// (compared loosely); empty when the page has no such heading.
pub fn read(doc: &Html, headline: &str) -> Header {
    let target = norm(headline);
    let mut header = Header::default();
    if target.is_empty() {
        return header;
    }
    let mut texts: Vec<String> = Vec::new();
    let mut h1_at: Option<usize> = None;
    let mut in_target: Option<ego_tree::NodeId> = None;
    let mut after_chars = 0;
    let mut skipping: Option<ego_tree::NodeId> = None;
    for edge in doc.root_element().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) if INVISIBLE.contains(&el.name()) => {
                        skipping = Some(node.id())
                    }
                    Node::Element(el) if h1_at.is_none() && matches!(el.name(), "h1" | "h2") => {
                        let is_target = ElementRef::wrap(node)
                            .is_some_and(|e| norm(&e.text().collect::<String>()) == target);
                        if is_target {
                            h1_at = Some(texts.len());
                            in_target = Some(node.id());
                        }
                    }
                    Node::Element(el)
                        if el.name() == "time" && h1_at.is_some() && in_target.is_none() =>
                    {
                        if let Some(dt) = el.attr("datetime") {
                            let label = texts.last().filter(|_| texts.len() > h1_at.unwrap_or(0));
                            // "Last Updated Nov 6" printed inside the element
                            // labels it as well.
                            let own_text: String = ElementRef::wrap(node)
                                .map(|e| e.text().collect())
                                .unwrap_or_default();
                            let updated = label.is_some_and(|t| is_update_label(t))
                                || starts_with_update_label(&own_text)
                                || el.attr("class").is_some_and(|c| {
                                    let c = c.to_lowercase();
                                    (c.contains("updated") || c.contains("modified"))
                                        && !c.contains("published")
                                });
                            header.after_times.push((dt.to_string(), updated));
                        }
                    }
                    Node::Text(text) if in_target.is_none() => {
                        let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
                        if t.is_empty() {
                            continue;
                        }
                        if h1_at.is_some() {
                            after_chars += t.chars().count();
                        }
                        texts.push(t);
                        if after_chars >= AFTER_CHARS {
                            break;
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                }
                if in_target == Some(node.id()) {
                    in_target = None;
                }
            }
        }
    }
    let Some(at) = h1_at else {
        return header;
    };
    header.after = texts.split_off(at);
    let mut budget = BEFORE_CHARS;
    for t in texts.into_iter().rev() {
        let n = t.chars().count();
        if n > budget {
            break;
        }
        budget -= n;
        header.before.insert(0, t);
    }
    header
}

impl Header {
    /// The date printed around the headline: a `<time datetime>` after it,
    /// else the date nearest it in the text after it or just before it
    /// (a date above the title, then a list of other stories below).
    pub fn date(&self) -> Option<SeenDate> {
        let times: Vec<(String, bool)> = self
            .after_times
            .iter()
            .filter_map(|(t, updated)| date::parse(t).map(|v| (v, *updated)))
            .collect();
        if let Some((value, updated)) = times
            .iter()
            .find(|(_, updated)| !updated)
            .or_else(|| times.first())
            .cloned()
        {
            return Some(SeenDate { value, updated });
        }
        let after = self.after.join(" ");
        let before = self.before.join(" ");
        let first_after = date::find(&after);
        let last_before = last_date(&before);
        let seen = |text: &str, m: date::DateMatch| {
            let lead = &text[..m.range.start];
            let lead = &lead[floor(lead, lead.len().saturating_sub(UPDATE_LABEL_REACH))..];
            let lower = lead.to_lowercase();
            SeenDate {
                value: m.value,
                updated: rules::UPDATE_LABELS.iter().any(|l| lower.contains(l)),
            }
        };
        match (first_after, last_before) {
            (Some(a), Some(b))
                if a.range.start > BYLINE_REACH && before.len() - b.range.end < a.range.start =>
            {
                Some(seen(&before, b))
            }
            (Some(a), _) => Some(seen(&after, a)),
            (None, Some(b)) => Some(seen(&before, b)),
            (None, None) => None,
        }
    }

    /// The "By …" line after the headline, as printed, with the names it
    /// gives. A lone "By" node is joined with the name that follows it in
    /// the next node.
    pub fn byline(&self) -> Option<byline::Byline> {
        for (i, text) in self.after.iter().enumerate() {
            let lower = text.to_lowercase();
            let bare = lower.trim_end_matches(':').trim();
            let (candidate, printed) = if LONE_OPENERS.contains(&bare) {
                match self.after.get(i + 1) {
                    Some(next) => (format!("By {next}"), format!("{text} {next}")),
                    None => continue,
                }
            } else if let Some(rest) = strip_label(text) {
                (format!("By {rest}"), text.clone())
            } else {
                (text.clone(), text.clone())
            };
            if let Some(mut b) = byline::parse(&candidate)
                && !b.authors.is_empty()
            {
                b.text = printed;
                return Some(b);
            }
        }
        None
    }

    /// Author names from the byline after the headline.
    pub fn authors(&self) -> Vec<String> {
        self.byline().map(|b| b.authors).unwrap_or_default()
    }
}

/// The last date in `text` (the one nearest what follows it).
fn last_date(text: &str) -> Option<date::DateMatch> {
    let mut last: Option<date::DateMatch> = None;
    let mut from = 0;
    while let Some(mut m) = text.get(from..).and_then(date::find) {
        m.range = from + m.range.start..from + m.range.end;
        from = m.range.end;
        last = Some(m);
    }
    last
}

/// A date printed near the headline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeenDate {
    pub value: String,
    /// Labelled as an update ("Updated: …") rather than the publication.
    pub updated: bool,
}

/// How far before a date (bytes) its label may stand.
const UPDATE_LABEL_REACH: usize = 30;

/// True when `text`, printed just before a date, labels it as an update
/// ("Updated", "Last updated:").
fn is_update_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    let tail = &lower[floor(&lower, lower.len().saturating_sub(UPDATE_LABEL_REACH))..];
    rules::UPDATE_LABELS.iter().any(|l| tail.contains(l))
}

/// True when `text` (a date element's own text) opens with an update
/// label ("Last Updated Nov 6, 2025") before its first date.
fn starts_with_update_label(text: &str) -> bool {
    let lead = match date::find(text) {
        Some(m) => &text[..m.range.start],
        None => text,
    };
    is_update_label(lead)
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Openers printed in a node of their own, before a linked name.
const LONE_OPENERS: &[&str] = &[
    "by",
    "written by",
    "posted by",
    "words by",
    "author",
    "authors",
    "von",
    "par",
    "por",
];

/// Labels that introduce an author's name ("Author: Jane Doe").
/// "Reviewed by:" is left out: it names a reviewer, not the author.
const AUTHOR_LABELS: &[&str] = &["author:", "authors:", "written by:"];

fn strip_label(text: &str) -> Option<&str> {
    let lower = crate::parse::lowercase_keeping_offsets(text);
    AUTHOR_LABELS
        .iter()
        .find(|l| lower.starts_with(*l))
        .map(|l| text[l.len()..].trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(html: &str, headline: &str) -> Header {
        read(&Html::parse_document(html), headline)
    }

    #[test]
    fn date_and_byline_after_the_headline() {
        let h = header(
            "<p>Posted 1 Jan 2001</p><h1>The Title</h1><div><span>By</span> <a>Jane Doe</a></div>\
             <span>Mar 5, 2025</span><p>Body text from 2019-01-01.</p>",
            "The title",
        );
        assert_eq!(h.date().map(|d| d.value).as_deref(), Some("2025-03-05"));
        assert_eq!(h.authors(), ["Jane Doe"]);
        assert_eq!(h.byline().map(|b| b.text).as_deref(), Some("By Jane Doe"));
        let h = header("<h1>T</h1><p>Author: Ann Poe</p>", "T");
        assert_eq!(
            h.byline().map(|b| b.text).as_deref(),
            Some("Author: Ann Poe")
        );
    }

    #[test]
    fn time_element_wins_and_before_is_a_fallback() {
        let h = header(
            "<h1>T</h1><time datetime=\"2024-02-03T10:00:00Z\">Feb 3</time>",
            "T",
        );
        assert_eq!(
            h.date().map(|d| d.value).as_deref(),
            Some("2024-02-03T10:00:00Z")
        );
        let h = header("<span>June 1, 2020</span><h1>T</h1><p>no date</p>", "T");
        assert_eq!(h.date().map(|d| d.value).as_deref(), Some("2020-06-01"));
        let h = header(
            "<span>June 1, 2020</span><h1>T</h1><p>By A. Writer, head of product launches \
             and evangelism, expert in cross-channel marketing strategies and platforms</p>\
             <p>Table of contents</p><ul><li>Other story, May 2, 2021</li></ul>",
            "T",
        );
        assert_eq!(h.date().map(|d| d.value).as_deref(), Some("2020-06-01"));
        let h = header("<h1>T</h1><p>Last updated: June 1, 2020</p>", "T");
        assert!(h.date().is_some_and(|d| d.updated));
        let h = header(
            "<h1>T</h1><span>Updated</span><time datetime=\"2026-01-25\">Jan 25</time>",
            "T",
        );
        assert!(h.date().is_some_and(|d| d.updated));
        let h = header(
            "<h1>T</h1><time datetime=\"2025-11-06\">Last Updated Nov 6, 2025</time>",
            "T",
        );
        assert!(h.date().is_some_and(|d| d.updated));
        let h = header(
            "<h1>T</h1><time datetime=\"2025-11-06\">Nov 6, 2025 (updated daily)</time>",
            "T",
        );
        assert!(h.date().is_some_and(|d| !d.updated));
        let h = header(
            "<h1>T</h1><time class=updated datetime=\"2026-01-25\"></time>\
             <time datetime=\"2020-02-03\">Feb 3</time>",
            "T",
        );
        assert_eq!(
            h.date(),
            Some(SeenDate {
                value: "2020-02-03".into(),
                updated: false
            })
        );
    }

    #[test]
    fn no_headline_no_header() {
        let h = header("<h1>Other</h1><p>By Jane Doe</p>", "Title");
        assert!(h.after.is_empty() && h.date().is_none());
    }
}
