//! Markdown as people save articles with it (web clippers such as
//! Obsidian's or MarkDownload, reader views, notes apps, newsarc's own
//! `show --markdown`): known by its front matter, a heading on its first
//! line or its inline links, and read as the text it marks up, so the
//! text parser sees what a copy of the page would hold. The front
//! matter's title, authors, date and source fill what the text leaves
//! open.
//!
//! Every line stays a line (marks are taken out of it, a front matter or
//! rule line becomes empty), so the line numbers the provenance gives
//! are the input's.

use std::sync::LazyLock;

use regex::Regex;

use crate::article::{Article, Author};
use crate::parse::date;
use crate::parse::provenance::{self, Rule};
use crate::parse::rules::{
    FRONT_MATTER_AUTHOR_KEYS, FRONT_MATTER_DATE_KEYS, FRONT_MATTER_MAX_LINES,
    FRONT_MATTER_TITLE_KEYS, FRONT_MATTER_URL_KEYS, MARKDOWN_MIN_LINKS,
};

/// A Markdown input read as plain text.
pub struct Plain {
    /// The text without its marks, line for line.
    pub text: String,
    front: Vec<Entry>,
}

/// A front matter key with its values (one, or a list's items) and its
/// line (1-based).
#[derive(Debug, PartialEq)]
struct Entry {
    key: String,
    values: Vec<String>,
    line: usize,
}

/// `text` read as plain text when it is Markdown: it opens with a front
/// matter block or a `# ` heading, or holds `MARKDOWN_MIN_LINKS` inline
/// links (a browser's copy or dump prints a heading and a link's text
/// alone, never `# Title` or `[text](url)`).
pub fn plain(text: &str) -> Option<Plain> {
    let front = front_matter(text);
    if front.is_none() && !opens_with_heading(text) && !has_links(text) {
        return None;
    }
    let (front, skip) = front.unwrap_or_default();
    let mut out = String::with_capacity(text.len());
    let mut fenced = false;
    for (i, line) in text.lines().enumerate() {
        if i < skip {
            // The front matter's lines, and its closing rule.
        } else if is_fence(line) {
            fenced = !fenced;
        } else if fenced {
            out.push_str(line);
        } else {
            out.push_str(&plain_line(line));
        }
        out.push('\n');
    }
    Some(Plain { text: out, front })
}

impl Plain {
    /// Fills the fields the text left open from the front matter, with
    /// the provenance of each.
    pub fn fill_open_fields(&self, article: &mut Article) {
        let at = |e: &Entry| Rule::FrontMatter.at(Some(provenance::lines(e.line, 1)));
        if article.headline.is_none()
            && let Some((e, title)) = self.first(FRONT_MATTER_TITLE_KEYS, |v| Some(v.to_string()))
        {
            article.headline = Some(title);
            article.provenance.set("headline", at(e));
        }
        if article.authors.is_empty()
            && let Some(e) = self.entry(FRONT_MATTER_AUTHOR_KEYS)
        {
            article.authors = e
                .values
                .iter()
                .map(|name| Author {
                    name: name.clone(),
                    bio: None,
                })
                .collect();
            article.provenance.set("authors", at(e));
        }
        if article.published.is_none()
            && let Some((e, day)) = self.first(FRONT_MATTER_DATE_KEYS, date::parse)
        {
            article.published = Some(day);
            article.provenance.set("published", at(e));
        }
        if article.url.is_none()
            && let Some((e, url)) = self.first(FRONT_MATTER_URL_KEYS, |v| {
                crate::parse::web_address(v).map(str::to_string)
            })
        {
            article.url = Some(url);
            article.provenance.set("url", at(e));
        }
    }

    /// The first entry under one of `keys` (any case) with a value.
    fn entry(&self, keys: &[&str]) -> Option<&Entry> {
        self.front
            .iter()
            .find(|e| !e.values.is_empty() && keys.iter().any(|k| e.key.eq_ignore_ascii_case(k)))
    }

    /// The first value under one of `keys` that `read` accepts.
    fn first<T>(&self, keys: &[&str], read: impl Fn(&str) -> Option<T>) -> Option<(&Entry, T)> {
        let e = self.entry(keys)?;
        e.values.iter().find_map(|v| read(v)).map(|t| (e, t))
    }
}

/// The entries of the front matter `text` opens with (a `---` line, then
/// `key: value` lines and `- item` lists, then `---` within
/// `FRONT_MATTER_MAX_LINES`), and how many lines it takes.
fn front_matter(text: &str) -> Option<(Vec<Entry>, usize)> {
    let mut lines = text.lines().enumerate();
    if lines.next()?.1.trim_end() != "---" {
        return None;
    }
    let mut entries: Vec<Entry> = Vec::new();
    for (i, line) in lines.take(FRONT_MATTER_MAX_LINES) {
        let trimmed = line.trim();
        if trimmed == "---" {
            return Some((entries, i + 1));
        }
        if let Some(item) = trimmed.strip_prefix("- ") {
            entries.last_mut()?.values.extend(value(item));
        } else if let Some((key, rest)) = line.split_once(':')
            && !key.is_empty()
            && !key.starts_with(char::is_whitespace)
            && !key.contains(char::is_whitespace)
        {
            entries.push(Entry {
                key: key.to_string(),
                values: value(rest).into_iter().collect(),
                line: i + 1,
            });
        } else if !trimmed.is_empty() && !line.starts_with(char::is_whitespace) {
            // Not the YAML a clipper writes: no front matter after all.
            return None;
        }
    }
    None
}

/// A front matter value without its quotes and wiki-link brackets
/// (`"[[Jane Doe]]"` is Jane Doe); `None` when empty.
fn value(raw: &str) -> Option<String> {
    let v = raw.trim();
    let v = v
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(v);
    let v = v
        .strip_prefix("[[")
        .and_then(|v| v.strip_suffix("]]"))
        .unwrap_or(v)
        .trim();
    (!v.is_empty()).then(|| v.to_string())
}

/// `[text](target)` and `![alt](target)`, the target a URL, a path or an
/// anchor, with an optional title.
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(!?)\[([^\]\n]*)\]\(\s*<?([^\s)>]*)>?(?:\s+"[^"\n]*")?\s*\)"#)
        .expect("the Markdown link pattern compiles")
});

/// Whether `text` holds `MARKDOWN_MIN_LINKS` inline links to a web
/// address, a path or an anchor.
fn has_links(text: &str) -> bool {
    // Most inputs hold no `](` at all: they are not searched further.
    memchr::memmem::find(text.as_bytes(), b"](").is_some()
        && LINK
            .captures_iter(text)
            .filter(|c| {
                let target = &c[3];
                ["http://", "https://", "/", "#", "mailto:"]
                    .iter()
                    .any(|p| target.starts_with(p))
            })
            .nth(MARKDOWN_MIN_LINKS - 1)
            .is_some()
}

/// Whether the first line with text is an ATX heading ("# Title").
fn opens_with_heading(text: &str) -> bool {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .and_then(|l| heading_text(l.trim_start()))
        .is_some_and(|t| !t.is_empty())
}

/// A fenced code block's opening or closing line.
fn is_fence(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("```") || t.starts_with("~~~")
}

/// One Markdown line as the text it marks up: heading and quote marks
/// taken off its start, a rule, an underline or a link definition
/// emptied, images dropped, links left as their text, emphasis, code and
/// escape marks removed.
fn plain_line(line: &str) -> String {
    static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^ {0,3}\[[^\]\n]+\]:\s*\S+").expect("the link definition pattern compiles")
    });
    static INLINE: LazyLock<[(Regex, &str); 6]> = LazyLock::new(|| {
        let re = |p: &str| Regex::new(p).expect("the Markdown emphasis patterns compile");
        [
            // Reference links: [text][ref].
            (re(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), "$1"),
            (re(r"`([^`\n]+)`"), "$1"),
            (
                re(r"\*\*(\S(?:[^*\n]*\S)?)\*\*|__(\S(?:[^_\n]*\S)?)__"),
                "$1$2",
            ),
            (re(r"\*(\S(?:[^*\n]*\S)?)\*"), "$1"),
            // Underscores inside a word (snake_case) are not emphasis.
            (re(r"(^|[^\w])_(\S(?:[^_\n]*\S)?)_($|[^\w])"), "$1$2$3"),
            // Escaped punctuation ("\[" for a bracket that is text).
            (re(r"\\([!-/:-@\[-`{-~])"), "$1"),
        ]
    });
    let mut rest = line.trim_start();
    while let Some(quoted) = rest.strip_prefix('>') {
        rest = quoted.trim_start();
    }
    if is_rule(rest) || DEFINITION.is_match(line) {
        return String::new();
    }
    let rest = heading_text(rest).unwrap_or(rest);
    let mut text = LINK
        .replace_all(rest, |c: &regex::Captures<'_>| {
            if &c[1] == "!" {
                String::new()
            } else {
                c[2].to_string()
            }
        })
        .into_owned();
    for (pattern, with) in INLINE.iter() {
        text = pattern.replace_all(&text, *with).into_owned();
    }
    text.trim().to_string()
}

/// A thematic break or a setext heading's underline: three or more of
/// one of `-`, `*`, `_` and `=`, spaces between them allowed.
fn is_rule(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    let mut count = 1;
    for c in marks {
        if c != first {
            return false;
        }
        count += 1;
    }
    "-*_=".contains(first) && count >= 3
}

/// The text of an ATX heading ("## What happens next" is "What happens
/// next"), without its closing hashes.
fn heading_text(line: &str) -> Option<&str> {
    let hashes = line.len() - line.trim_start_matches('#').len();
    let rest = &line[hashes..];
    ((1..=6).contains(&hashes) && (rest.is_empty() || rest.starts_with(' ')))
        .then(|| rest.trim().trim_end_matches('#').trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLIP: &str = "---\n\
        title: \"Bridge to close for repairs\"\n\
        source: \"https://example.com/news/bridge\"\n\
        author:\n  - \"[[Jane Doe]]\"\n  - \"[[John Roe]]\"\n\
        published: 2025-03-03\n\
        tags:\n  - \"clippings\"\n\
        ---\n\
        # Bridge to close for repairs\n\n\
        ![The old bridge](https://example.com/bridge.jpg)\n\n\
        The council voted on **Tuesday** to close the [old bridge](https://example.com/b).\n\n\
        ## What happens next\n\n\
        > Work starts in *April*, said `snake_case` Tom_Smith.\n";

    #[test]
    fn a_clip_reads_as_its_text_line_for_line() {
        let plain = plain(CLIP).expect("a front matter makes it Markdown");
        let lines: Vec<&str> = plain.text.lines().collect();
        assert_eq!(lines.len(), CLIP.lines().count());
        assert!(lines[..10].iter().all(|l| l.is_empty()), "{lines:?}");
        assert_eq!(
            &lines[10..],
            [
                "Bridge to close for repairs",
                "",
                "",
                "",
                "The council voted on Tuesday to close the old bridge.",
                "",
                "What happens next",
                "",
                "Work starts in April, said snake_case Tom_Smith.",
            ]
        );
    }

    #[test]
    fn the_front_matter_fills_only_what_the_text_left_open() {
        let plain = plain(CLIP).expect("Markdown");
        let mut article = Article::new(crate::article::SourceInfo {
            location: "clip.md".into(),
            format: crate::article::Format::Text,
            sha256: "0".repeat(64),
            imported_at: "2026-01-01T00:00:00Z".into(),
        });
        article.headline = Some("From the text".into());
        plain.fill_open_fields(&mut article);
        assert_eq!(article.headline.as_deref(), Some("From the text"));
        let names: Vec<&str> = article.authors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Jane Doe", "John Roe"]);
        assert_eq!(article.published.as_deref(), Some("2025-03-03"));
        assert_eq!(
            article.url.as_deref(),
            Some("https://example.com/news/bridge")
        );
        let url = &article.provenance.of("url")[0];
        assert_eq!(
            (url.rule.as_str(), url.from.as_deref()),
            ("front_matter", Some("line 3"))
        );
    }

    #[test]
    fn links_or_a_heading_first_make_it_markdown() {
        for (text, want) in [
            (
                "Title\n\nSee [one](https://a.example) and [two](/b).\n",
                "Title\n\nSee one and two.\n",
            ),
            (
                "\n# Bridge to close\n\n*The old crossing needs work*\n",
                "\nBridge to close\n\nThe old crossing needs work\n",
            ),
        ] {
            assert_eq!(plain(text).map(|p| p.text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn dumps_are_not_markdown() {
        for text in [
            // A browser's copy: link texts alone, bullets, a rule.
            "Title\n\nSee one and two.\n\n* item\n\n---\n",
            // One link is not enough; brackets around words are text.
            "A [sic] remark and [one](https://a.example) link.\n",
            // A rule opening a dump is no front matter without its end.
            "---\nMenu: Home\nNews\n",
            // Nor when what follows is not YAML.
            "---\nThis is a paragraph of text, not a key.\n---\n",
            // A comment line of code deep in a page is no heading of it.
            "Title\n\n# attributions is a tensor of shape [seq_len]\n",
            "#hashtag\n\nText.\n",
        ] {
            assert!(plain(text).is_none(), "{text}");
        }
    }

    #[test]
    fn code_stays_as_written() {
        let text = "---\ntitle: x\n---\n```\n**kept** [a](https://b)\n```\n";
        let plain = plain(text).expect("Markdown");
        assert_eq!(plain.text, "\n\n\n\n**kept** [a](https://b)\n\n");
    }

    #[test]
    fn headings_rules_and_definitions() {
        for (line, want) in [
            ("### Heading ###", "Heading"),
            ("#hashtag", "#hashtag"),
            ("***", ""),
            ("- - -", ""),
            ("=====", ""),
            ("[1]: https://example.com", ""),
            ("* a bullet with *stress*", "* a bullet with stress"),
            ("Read [the report][1] here.", "Read the report here."),
            (
                r"pauses \[in the conflict\], 5 \* 3",
                "pauses [in the conflict], 5 * 3",
            ),
        ] {
            assert_eq!(plain_line(line), want, "{line}");
        }
    }
}
