//! Human-readable rendering. Everything writes to `&mut impl Write`, so it
//! can be tested into a buffer; text from articles is sanitized here, the
//! one place it meets the terminal.

use std::io::{self, Write};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::output::{Output, sanitize};
use newsarc::article::Article;

/// The date shown for an article: published, else the import day.
pub fn short_date(article_date: Option<&str>, imported_at: &str) -> String {
    article_date
        .unwrap_or(imported_at)
        .chars()
        .take(10)
        .collect()
}

/// Cuts `s` to at most `width` columns, ending with `…` when cut.
pub fn fit(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Fits `s` into exactly `width` columns: cut with `…`, or padded.
pub fn pad(s: &str, width: usize) -> String {
    let s = fit(s, width);
    let fill = width.saturating_sub(s.width());
    format!("{s}{}", " ".repeat(fill))
}

/// Wraps `text` into lines of at most `width` columns, breaking at spaces
/// (a word longer than the line gets a line of its own).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_whitespace() {
        let w = word.width();
        if used > 0 && used + 1 + w > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            line.push(' ');
            used += 1;
        }
        line.push_str(word);
        used += w;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Writes a paragraph, wrapped when a width is given, then a blank line.
fn paragraph(
    out: &mut impl Write,
    text: &str,
    width: Option<usize>,
    indent: &str,
) -> io::Result<()> {
    let text = sanitize(text);
    match width {
        Some(w) => {
            for line in wrap(&text, w.saturating_sub(indent.width()).max(20)) {
                writeln!(out, "{indent}{line}")?;
            }
        }
        None => writeln!(
            out,
            "{indent}{}",
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        )?,
    }
    writeln!(out)
}

/// The reading view of `show`: headline, standfirst, byline and date, body,
/// captions, author bios and related links.
pub fn article(out: &mut impl Write, a: &Article, style: &Output) -> io::Result<()> {
    let width = style.width.map(|w| w.min(super::output::MAX_READING_WIDTH));
    if let Some(headline) = &a.headline {
        for line in width.map_or_else(
            || vec![sanitize(headline)],
            |w| wrap(&sanitize(headline), w),
        ) {
            writeln!(out, "{}", style.bold(&line))?;
        }
        writeln!(out)?;
    }
    if let Some(standfirst) = &a.standfirst {
        paragraph(out, standfirst, width, "")?;
    }
    let meta: Vec<String> = [a.byline.clone(), a.published.clone(), a.site_name.clone()]
        .into_iter()
        .flatten()
        .map(|s| sanitize(&s))
        .collect();
    if !meta.is_empty() {
        writeln!(out, "{}", style.dim(&meta.join(" · ")))?;
        writeln!(out)?;
    }
    for p in &a.body {
        paragraph(out, p, width, "")?;
    }
    for image in &a.images {
        if let Some(caption) = image.caption.as_ref().or(image.alt.as_ref()) {
            paragraph(out, &format!("[image] {caption}"), width, "  ")?;
        }
    }
    for author in &a.authors {
        if let Some(bio) = &author.bio {
            paragraph(out, bio, width, "")?;
        }
    }
    if !a.related.is_empty() {
        writeln!(out, "{}", style.bold("Related"))?;
        for link in &a.related {
            let label = link
                .label
                .as_ref()
                .map(|l| format!(" [{}]", sanitize(l)))
                .unwrap_or_default();
            let url = link
                .url
                .as_ref()
                .map(|u| format!(" <{}>", sanitize(u)))
                .unwrap_or_default();
            writeln!(out, "  - {}{label}{url}", sanitize(&link.title))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_counts_display_width() {
        assert_eq!(fit("hello", 10), "hello");
        assert_eq!(fit("hello world", 6), "hello…");
        assert_eq!(fit("日本語のテキスト", 7), "日本語…");
    }

    #[test]
    fn wrap_breaks_at_spaces_within_width() {
        assert_eq!(
            wrap("one two three four", 9),
            vec!["one two", "three", "four"]
        );
        assert_eq!(
            wrap("averyveryverylongword x", 5),
            vec!["averyveryverylongword", "x"]
        );
    }
}
