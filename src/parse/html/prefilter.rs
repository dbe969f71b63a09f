//! Cutting inert markup out of a page before the HTML parser sees it.
//!
//! Saved pages are about 40% inline scripts, styles, SVG drawings and
//! comments, none of which can hold article text. Tokenising and building
//! nodes for them is most of the parse time, so they are removed with a
//! plain byte scan first. JSON-LD scripts are kept: the metadata needs
//! them. The scan follows the HTML rule that a script or style ends at the
//! first `</script` / `</style` whatever its content.

use std::borrow::Cow;

/// Elements removed with their content.
const INERT_ELEMENTS: &[&str] = &["script", "style", "svg"];

/// Deepest element nesting passed to the parser. html5ever checks the
/// stack of open elements for every tag, so nesting thousands deep costs
/// quadratic time (200,000 nested `<div>`s take minutes); real pages stay
/// far below this.
pub const MAX_NESTING: usize = 512;

/// Elements that never hold others (void) or that the parser closes on
/// its own (`<p>`, `<li>` …): they are not counted as nesting.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th", "!doctype",
];

/// `html` with tags nested deeper than `MAX_NESTING` removed (their text
/// stays), so the parser's work stays linear.
pub fn cap_nesting(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut excess = 0usize;
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut pos = 0;
    while let Some(offset) = html[pos..].find('<') {
        let start = pos + offset;
        let Some(len) = html[start..].find('>') else {
            break;
        };
        let end = start + len + 1;
        pos = end;
        let closing = bytes.get(start + 1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name: String = html[name_start..end]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!' || *c == '-')
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name.is_empty() || NOT_NESTING.contains(&name.as_str()) || html[..end].ends_with("/>") {
            continue;
        }
        let drop = if closing {
            if excess > 0 {
                excess -= 1;
                true
            } else {
                depth = depth.saturating_sub(1);
                false
            }
        } else if depth >= MAX_NESTING {
            excess += 1;
            true
        } else {
            depth += 1;
            false
        };
        if drop {
            let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
            buf.push_str(&html[copied..start]);
            copied = end;
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut buf) => {
            buf.push_str(&html[copied..]);
            Cow::Owned(buf)
        }
    }
}

/// `html` without comments and non-JSON-LD scripts, styles and SVG.
pub fn strip_inert(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut pos = 0;
    while let Some(offset) = html[pos..].find('<') {
        let start = pos + offset;
        let end = match inert_end(html, bytes, start) {
            Span::Inert(end) => end,
            Span::Kept(end) => {
                pos = end;
                continue;
            }
            Span::Other => {
                pos = start + 1;
                continue;
            }
        };
        let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
        buf.push_str(&html[copied..start]);
        // Keep the text on both sides apart, as the element did.
        buf.push(' ');
        copied = end;
        pos = end;
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut buf) => {
            buf.push_str(&html[copied..]);
            Cow::Owned(buf)
        }
    }
}

/// What starts at a `<`.
enum Span {
    /// An inert element or comment, ending just before this index (the
    /// end of input when it is not closed).
    Inert(usize),
    /// A JSON-LD script, kept whole and not scanned inside.
    Kept(usize),
    /// Anything else.
    Other,
}

fn inert_end(html: &str, bytes: &[u8], start: usize) -> Span {
    let rest = &bytes[start..];
    if rest.starts_with(b"<!--") {
        return Span::Inert(
            html[start + 4..]
                .find("-->")
                .map_or(html.len(), |i| start + 4 + i + 3),
        );
    }
    let Some(name) = INERT_ELEMENTS.iter().find(|name| {
        rest.len() > name.len() + 1
            && rest[1..=name.len()].eq_ignore_ascii_case(name.as_bytes())
            && matches!(
                rest[name.len() + 1],
                b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'
            )
    }) else {
        return Span::Other;
    };
    let Some(tag_end) = html[start..].find('>').map(|i| start + i + 1) else {
        return Span::Other;
    };
    let end = find_close(html, tag_end, name).unwrap_or(html.len());
    if *name == "script" && is_json_ld(&html[start..tag_end]) {
        return Span::Kept(end);
    }
    Span::Inert(end)
}

fn is_json_ld(open_tag: &str) -> bool {
    open_tag.to_ascii_lowercase().contains("ld+json")
}

/// Index just after the `</name …>` that closes an element opened before
/// `from`.
fn find_close(html: &str, from: usize, name: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut pos = from;
    while let Some(offset) = html[pos..].find("</") {
        let at = pos + offset;
        let tail = &bytes[at + 2..];
        if tail.len() >= name.len() && tail[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            let after = at + 2 + name.len();
            return Some(
                html[after..]
                    .find('>')
                    .map_or(html.len(), |i| after + i + 1),
            );
        }
        pos = at + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_scripts_styles_svg_and_comments() {
        let cases = [
            ("a<script>if (a<b) x='</p>'</script>b", "a b"),
            ("a<SCRIPT src=x></SCRIPT >b", "a b"),
            ("a<style>p{}</style>b<!-- c -->d", "a b d"),
            ("a<svg viewBox=0><path d=M0/></svg>b", "a b"),
            ("<p>no inert here</p>", "<p>no inert here</p>"),
            ("a<scripts>b", "a<scripts>b"),
            ("a<script>never closed", "a "),
            ("a<!-- never closed", "a "),
        ];
        for (html, want) in cases {
            assert_eq!(strip_inert(html), want, "{html}");
        }
    }

    #[test]
    fn deep_nesting_is_capped() {
        let deep = format!(
            "{}x{}",
            "<div>".repeat(MAX_NESTING + 10),
            "</div>".repeat(MAX_NESTING + 10)
        );
        let capped = cap_nesting(&deep);
        assert_eq!(capped.matches("<div>").count(), MAX_NESTING);
        assert_eq!(capped.matches("</div>").count(), MAX_NESTING);
        assert!(capped.contains('x'));
        let shallow = "<div><p>a<br><img src=x/></p></div>";
        assert_eq!(cap_nesting(shallow), shallow);
    }

    #[test]
    fn keeps_json_ld() {
        let html = r#"<script type="application/ld+json"><!-- {"a":1} --></script><p>x</p>"#;
        assert_eq!(strip_inert(html), html);
    }
}
