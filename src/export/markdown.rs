//! An article as Markdown (CommonMark): headline, standfirst, metadata,
//! body with subheadings, captions, bios, quotes and related links. Text
//! from the web is escaped so it cannot turn into markup.

use crate::article::Article;

use super::is_subheading;

/// What goes into the Markdown besides the article text.
#[derive(Debug, Clone, Copy, Default)]
pub struct MarkdownOptions {
    /// Start with a YAML front-matter block (id, dates, url, tags), as
    /// static-site generators and note apps read it.
    pub front_matter: bool,
    /// Add the pulled quotes.
    pub quotes: bool,
}

/// The article as a Markdown document, ending with a newline.
pub fn markdown(a: &Article, opts: MarkdownOptions) -> String {
    let mut blocks: Vec<String> = Vec::new();
    if opts.front_matter {
        blocks.push(front_matter(a));
    }
    if let Some(h) = &a.headline {
        blocks.push(format!("# {}", escape(h)));
    }
    if let Some(s) = &a.standfirst {
        blocks.push(format!("*{}*", escape(s)));
    }
    let meta: Vec<String> = [
        a.byline.as_deref(),
        a.published.as_deref(),
        a.site_name.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(escape)
    .collect();
    if !meta.is_empty() {
        blocks.push(meta.join(" · "));
    }
    if let Some(url) = &a.url {
        blocks.push(format!("<{}>", url.replace(['<', '>', ' '], "")));
    }
    for image in &a.images {
        if let Some(c) = image.caption.as_ref().or(image.alt.as_ref()) {
            blocks.push(format!("> *Image: {}*", escape(c)));
        }
    }
    for (i, p) in a.body.iter().enumerate() {
        if is_subheading(p, i + 1 == a.body.len()) {
            blocks.push(format!("## {}", escape(p)));
        } else {
            blocks.push(escape(p));
        }
    }
    let bios: Vec<String> = a
        .authors
        .iter()
        .filter_map(|x| x.bio.as_deref())
        .map(escape)
        .collect();
    if !bios.is_empty() {
        blocks.push("## About the author".into());
        blocks.extend(bios);
    }
    if opts.quotes && !a.quotes.is_empty() {
        blocks.push("## Quotes".into());
        for q in &a.quotes {
            let speaker = q
                .speaker
                .as_deref()
                .map(|s| format!(" — {}", escape(s)))
                .unwrap_or_default();
            blocks.push(format!("> “{}”{speaker}", escape(&q.text)));
        }
    }
    if !a.related.is_empty() {
        blocks.push("## Related".into());
        blocks.push(
            a.related
                .iter()
                .map(related_item)
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    let mut doc = blocks.join("\n\n");
    doc.push('\n');
    doc
}

fn related_item(link: &crate::article::RelatedLink) -> String {
    let title = escape(&link.title);
    let label = link
        .label
        .as_deref()
        .map(|l| format!(" ({})", escape(l)))
        .unwrap_or_default();
    match link.url.as_deref().filter(|u| super::html::is_web_url(u)) {
        Some(url) => format!("- [{title}](<{}>){label}", url.replace(['<', '>'], "")),
        None => format!("- {title}{label}"),
    }
}

/// YAML front matter; values are JSON strings, which YAML reads as they are.
fn front_matter(a: &Article) -> String {
    let json = |s: &str| serde_json::to_string(s).expect("a string always serializes");
    let mut lines = vec!["---".to_string(), format!("id: {}", json(a.id.as_str()))];
    let fields = [
        ("title", a.headline.as_deref()),
        ("published", a.published.as_deref()),
        ("updated", a.updated.as_deref()),
        ("site", a.site_name.as_deref()),
        ("url", a.url.as_deref()),
    ];
    for (key, value) in fields {
        if let Some(v) = value {
            lines.push(format!("{key}: {}", json(v)));
        }
    }
    if !a.authors.is_empty() {
        let names: Vec<String> = a.authors.iter().map(|x| json(&x.name)).collect();
        lines.push(format!("authors: [{}]", names.join(", ")));
    }
    if !a.tags.is_empty() {
        let tags: Vec<String> = a.tags.iter().map(|t| json(t)).collect();
        lines.push(format!("tags: [{}]", tags.join(", ")));
    }
    lines.push("---".into());
    lines.join("\n")
}

/// Escapes text so Markdown shows it literally: inline markup characters
/// get a backslash, and so does anything at the start that would begin a
/// heading, list, quote or block. Line breaks become spaces.
pub fn escape(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(flat.len());
    for (i, c) in flat.char_indices() {
        let special = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>')
            || (c == '&' && starts_entity(&flat[i + 1..]));
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    let starts_block = out.starts_with(['#', '-', '+', '=', '~'])
        || out.split_once(['.', ')']).is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 9 && n.bytes().all(|b| b.is_ascii_digit())
        });
    if starts_block {
        out.insert(0, '\\');
    }
    out
}

/// True when the text after a `&` would make it an HTML entity
/// (`&amp;`, `&#8212;`): only then does the `&` need escaping, so "S&P"
/// stays as it is.
fn starts_entity(rest: &str) -> bool {
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .collect();
    !name.is_empty() && rest[name.len()..].starts_with(';')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Author, Format, RelatedLink, SourceInfo};

    fn article() -> Article {
        let mut a = Article::new(SourceInfo {
            location: "x".into(),
            format: Format::Text,
            sha256: "ab".repeat(32),
            imported_at: "2026-01-01T00:00:00Z".into(),
        });
        a.headline = Some("Talks *resume*".into());
        a.body = vec!["Section one".into(), "1. Not a list <b>".into()];
        a.authors = vec![Author {
            name: "Jo".into(),
            bio: Some("Jo writes.".into()),
        }];
        a.related = vec![
            RelatedLink {
                title: "Next".into(),
                label: None,
                url: Some("https://e.org/a".into()),
            },
            RelatedLink {
                title: "Bad".into(),
                label: None,
                url: Some("javascript:alert(1)".into()),
            },
        ];
        a
    }

    #[test]
    fn escapes_markup_and_block_starts() {
        let cases = [
            ("plain words", "plain words"),
            ("a *b* _c_", "a \\*b\\* \\_c\\_"),
            ("# not a heading", "\\# not a heading"),
            ("- not a list", "\\- not a list"),
            ("12. not a list", "\\12. not a list"),
            ("<script>", "\\<script\\>"),
            ("S&P Global", "S&P Global"),
            ("&amp; and &#169;", "\\&amp; and \\&#169;"),
            ("line\nbreak", "line break"),
        ];
        for (input, want) in cases {
            assert_eq!(escape(input), want, "{input:?}");
        }
    }

    #[test]
    fn renders_structure_and_drops_unsafe_links() {
        let md = markdown(
            &article(),
            MarkdownOptions {
                front_matter: true,
                quotes: false,
            },
        );
        assert!(
            md.starts_with("---\nid: \"abababababab\"\ntitle: \"Talks *resume*\""),
            "{md}"
        );
        assert!(md.contains("# Talks \\*resume\\*\n"));
        assert!(md.contains("## Section one\n"));
        assert!(md.contains("\\1. Not a list \\<b\\>"));
        assert!(md.contains("## About the author\n\nJo writes."));
        assert!(md.contains("- [Next](<https://e.org/a>)"));
        assert!(md.contains("- Bad\n") || md.ends_with("- Bad\n"));
        assert!(!md.contains("javascript:"));
    }
}
