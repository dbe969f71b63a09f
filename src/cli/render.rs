//! Human-readable rendering. Everything writes to `&mut impl Write`, so it
//! can be tested into a buffer; text from articles is sanitized here, the
//! one place it meets the terminal.

use std::io::{self, Write};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::output::{MAX_READING_WIDTH, Output, sanitize};
use newsarc::article::Article;
use newsarc::export::is_subheading;

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

/// Wraps `text` into lines of at most `width` display columns, breaking
/// at spaces. A word wider than the whole line (a long URL, or a run of
/// Chinese or Japanese text, which has no spaces) is broken between
/// characters instead, so no line is ever wider than `width`.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    // A double-width character needs two columns.
    let width = width.max(2);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_whitespace() {
        let w = word.width();
        if used > 0 && used + 1 + w > width && w <= width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            if used + 1 >= width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            } else {
                line.push(' ');
                used += 1;
            }
        }
        for c in word.chars() {
            let cw = c.width().unwrap_or(0);
            if used > 0 && used + cw > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += cw;
        }
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
    styled(out, text, width, indent, str::to_string)
}

/// What `show` prints besides the article itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct ShowOptions {
    /// Add the pulled quotes the parser found.
    pub quotes: bool,
}

/// The reading view of `show`: headline, standfirst, byline · date · site,
/// captions set apart (most pages lead with their image), the body
/// (subheadings set in bold), author bios, on request the pulled quotes,
/// and the related links with their URLs.
pub fn article(
    out: &mut impl Write,
    a: &Article,
    style: &Output,
    opts: ShowOptions,
) -> io::Result<()> {
    let width = style.width.map(|w| w.min(MAX_READING_WIDTH));
    if let Some(headline) = &a.headline {
        styled(out, headline, width, "", |l| style.bold(l))?;
    }
    if let Some(standfirst) = &a.standfirst {
        styled(out, standfirst, width, "", |l| style.italic(l))?;
    }
    meta(out, a, style, width)?;
    images(out, a, style, width)?;
    for (i, p) in a.body.iter().enumerate() {
        if is_subheading(p, i + 1 == a.body.len()) {
            styled(out, p, width, "", |l| style.bold(l))?;
        } else {
            paragraph(out, p, width, "")?;
        }
    }
    bios(out, a, style, width)?;
    if opts.quotes {
        quotes(out, a, style, width)?;
    }
    related(out, a, style, width)
}

/// Writes `text` wrapped, each line passed through `paint`, then a blank
/// line.
fn styled(
    out: &mut impl Write,
    text: &str,
    width: Option<usize>,
    indent: &str,
    paint: impl Fn(&str) -> String,
) -> io::Result<()> {
    let text = sanitize(text);
    let lines = match width {
        Some(w) => wrap(&text, w.saturating_sub(indent.width()).max(MIN_WRAP)),
        None => vec![text.split_whitespace().collect::<Vec<_>>().join(" ")],
    };
    for line in lines {
        writeln!(out, "{indent}{}", paint(&line))?;
    }
    writeln!(out)
}

/// Narrowest column text is wrapped to, however small the terminal: below
/// this, words stop fitting and every line holds one.
const MIN_WRAP: usize = 20;

/// `byline · date · site`, then the URL and the tags, dimmed.
fn meta(out: &mut impl Write, a: &Article, style: &Output, width: Option<usize>) -> io::Result<()> {
    let byline = a.credit();
    let date = a.published.as_deref().map(|d| match &a.updated {
        Some(u) if u != d => format!("{d} (updated {u})"),
        _ => d.to_string(),
    });
    let parts: Vec<String> = [byline, date, a.site_name.clone()]
        .into_iter()
        .flatten()
        .collect();
    let mut lines = Vec::new();
    if !parts.is_empty() {
        lines.push(parts.join(" · "));
    }
    if let Some(url) = &a.url {
        lines.push(url.clone());
    }
    if !a.tags.is_empty() {
        lines.push(format!("tags: {}", a.tags.join(", ")));
    }
    for line in &lines {
        let line = sanitize(line);
        let line = width.map_or_else(|| line.clone(), |w| fit(&line, w));
        writeln!(out, "{}", style.dim(&line))?;
    }
    if !lines.is_empty() {
        writeln!(out)?;
    }
    Ok(())
}

/// Captions (or alt texts), indented and dimmed so they read apart from
/// the body.
fn images(
    out: &mut impl Write,
    a: &Article,
    style: &Output,
    width: Option<usize>,
) -> io::Result<()> {
    for image in &a.images {
        if let Some(caption) = image.caption.as_ref().or(image.alt.as_ref()) {
            styled(out, &format!("Image: {caption}"), width, "    ", |l| {
                style.dim(l)
            })?;
        }
    }
    Ok(())
}

fn bios(out: &mut impl Write, a: &Article, style: &Output, width: Option<usize>) -> io::Result<()> {
    let bios: Vec<&str> = a.authors.iter().filter_map(|x| x.bio.as_deref()).collect();
    if bios.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", style.bold("About the author"))?;
    for bio in bios {
        paragraph(out, bio, width, "")?;
    }
    Ok(())
}

fn quotes(
    out: &mut impl Write,
    a: &Article,
    style: &Output,
    width: Option<usize>,
) -> io::Result<()> {
    if a.quotes.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", style.bold("Quotes"))?;
    for q in &a.quotes {
        let speaker = q
            .speaker
            .as_ref()
            .map(|s| format!(" — {s}"))
            .unwrap_or_default();
        paragraph(out, &format!("“{}”{speaker}", q.text), width, "  ")?;
    }
    Ok(())
}

fn related(
    out: &mut impl Write,
    a: &Article,
    style: &Output,
    width: Option<usize>,
) -> io::Result<()> {
    if a.related.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", style.bold("Related"))?;
    for link in &a.related {
        let label = link
            .label
            .as_ref()
            .map(|l| format!(" [{l}]"))
            .unwrap_or_default();
        let title = sanitize(&format!("{}{label}", link.title));
        let title = width.map_or_else(|| title.clone(), |w| fit(&title, w.saturating_sub(4)));
        writeln!(out, "  • {title}")?;
        if let Some(url) = &link.url {
            writeln!(out, "    {}", style.dim(&sanitize(url)))?;
        }
    }
    Ok(())
}

/// One row of the `list` table.
#[derive(Debug, Clone, Copy)]
pub struct ListRow<'a> {
    pub id: &'a str,
    /// `YYYY-MM-DD`, or empty when unknown.
    pub date: &'a str,
    /// First author, or empty.
    pub author: &'a str,
    /// Headline, or empty.
    pub headline: &'a str,
}

/// Widest the author column gets on a terminal; longer names are cut with
/// `…` so the headline keeps most of the line.
const LIST_AUTHOR_MAX: usize = 24;

/// Narrowest the author column gets when the terminal is narrow: enough
/// for a surname.
const LIST_AUTHOR_MIN: usize = 8;

/// Narrowest the headline column gets, even on a tiny terminal.
const LIST_HEADLINE_MIN: usize = 16;

/// Spaces between the columns of the table.
const LIST_GAP: &str = "  ";

/// The `list` table. On a terminal: aligned columns `id  date  author
/// headline`, the author column as wide as the longest name (up to
/// `LIST_AUTHOR_MAX`), the headline cut with `…` to the terminal width. On
/// a pipe: one tab-separated line per row, nothing cut, so `cut -f` works.
pub fn list_table(out: &mut impl Write, rows: &[ListRow<'_>], style: &Output) -> io::Result<()> {
    let clean = |s: &str, empty: &str| {
        let s = sanitize(s).replace('\t', " ");
        if s.trim().is_empty() {
            empty.to_string()
        } else {
            s
        }
    };
    let Some(width) = style.width else {
        for r in rows {
            writeln!(
                out,
                "{}\t{}\t{}\t{}",
                r.id,
                clean(r.date, "-"),
                clean(r.author, "-"),
                clean(r.headline, "(no headline)")
            )?;
        }
        return Ok(());
    };
    let date_w = rows
        .iter()
        .map(|r| clean(r.date, "-").width())
        .max()
        .unwrap_or(1);
    let id_w = rows.iter().map(|r| r.id.width()).max().unwrap_or(1);
    let fixed = id_w + date_w + 3 * LIST_GAP.len();
    // The author column gives way first on a narrow terminal, down to
    // LIST_AUTHOR_MIN, so the headline keeps LIST_HEADLINE_MIN columns.
    let author_w = rows
        .iter()
        .map(|r| clean(r.author, "-").width())
        .max()
        .unwrap_or(1)
        .min(LIST_AUTHOR_MAX)
        .min(width.saturating_sub(fixed + LIST_HEADLINE_MIN))
        .max(LIST_AUTHOR_MIN);
    let headline_w = width
        .saturating_sub(fixed + author_w)
        .max(LIST_HEADLINE_MIN);
    for r in rows {
        writeln!(
            out,
            "{}{LIST_GAP}{}{LIST_GAP}{}{LIST_GAP}{}",
            style.bold(&pad(r.id, id_w)),
            style.dim(&pad(&clean(r.date, "-"), date_w)),
            pad(&clean(r.author, "-"), author_w),
            fit(&clean(r.headline, "(no headline)"), headline_w)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsarc::article::{Author, Format, Image, RelatedLink, SourceInfo};

    fn style(width: Option<usize>, color: bool) -> Output {
        Output {
            color,
            width,
            height: None,
            stderr_tty: false,
        }
    }

    fn sample() -> Article {
        let mut a = Article::new(SourceInfo {
            location: "x".into(),
            format: Format::Text,
            sha256: "ab".repeat(32),
            imported_at: "2026-01-01T00:00:00Z".into(),
        });
        a.headline = Some("Talks resume in Rome".into());
        a.standfirst = Some("Ministers met on Saturday.".into());
        a.byline = Some("By Ann Lee".into());
        a.published = Some("2016-12-03".into());
        a.site_name = Some("Example News".into());
        a.body = vec![
            "The talks went on for hours and ended late in the evening with a statement.".into(),
            "What comes next".into(),
            "A second round is planned.".into(),
        ];
        a.images = vec![Image {
            caption: Some("The ministers".into()),
            alt: None,
            src: None,
        }];
        a.authors = vec![Author {
            name: "Ann Lee".into(),
            bio: Some("Ann covers diplomacy.".into()),
        }];
        a.related = vec![RelatedLink {
            title: "Earlier talks".into(),
            label: Some("Diplomacy".into()),
            url: Some("https://e.org/earlier".into()),
        }];
        a
    }

    fn render(a: &Article, style: &Output) -> String {
        let mut out = Vec::new();
        article(&mut out, a, style, ShowOptions::default()).expect("write to Vec");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn reading_view_has_every_part_in_order() {
        let text = render(&sample(), &style(None, false));
        let order = [
            "Talks resume in Rome\n",
            "Ministers met on Saturday.",
            "By Ann Lee · 2016-12-03 · Example News",
            "    Image: The ministers",
            "The talks went on",
            "What comes next",
            "About the author\nAnn covers diplomacy.",
            "Related\n  • Earlier talks [Diplomacy]\n    https://e.org/earlier",
        ];
        let mut at = 0;
        for part in order {
            let found = text[at..]
                .find(part)
                .unwrap_or_else(|| panic!("{part:?} missing or out of order in\n{text}"));
            at += found + part.len();
        }
    }

    #[test]
    fn reading_view_wraps_to_the_width_and_styles_on_request() {
        let text = render(&sample(), &style(Some(30), true));
        assert!(text.starts_with("\x1b[1mTalks resume in Rome\x1b[0m\n"));
        assert!(
            text.contains("\x1b[1mWhat comes next\x1b[0m"),
            "subheading in bold"
        );
        for line in text.lines() {
            let visible = line
                .replace("\x1b[0m", "")
                .replace("\x1b[1m", "")
                .replace("\x1b[2m", "")
                .replace("\x1b[3m", "");
            assert!(visible.width() <= 30, "{visible:?}");
        }
    }

    #[test]
    fn list_table_aligns_on_a_terminal_and_tabs_on_a_pipe() {
        let rows = [
            ListRow {
                id: "aaaaaaaaaaaa",
                date: "2016-12-03",
                author: "Ann",
                headline: "Short",
            },
            ListRow {
                id: "bbbbbbbbbbbb",
                date: "",
                author: "Bartholomew Longname",
                headline: "A much longer headline here",
            },
        ];
        let mut out = Vec::new();
        list_table(&mut out, &rows, &style(None, false)).expect("write");
        assert_eq!(
            String::from_utf8(out).expect("UTF-8"),
            "aaaaaaaaaaaa\t2016-12-03\tAnn\tShort\nbbbbbbbbbbbb\t-\tBartholomew Longname\tA much longer headline here\n"
        );
        let mut out = Vec::new();
        list_table(&mut out, &rows, &style(Some(60), false)).expect("write");
        let text = String::from_utf8(out).expect("UTF-8");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "aaaaaaaaaaaa  2016-12-03  Ann               Short"
        );
        assert_eq!(
            lines[1],
            "bbbbbbbbbbbb  -           Bartholomew Lon…  A much longer h…"
        );
        assert!(lines.iter().all(|l| l.width() <= 60));
    }

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
    }

    #[test]
    fn wrap_breaks_words_wider_than_the_line() {
        let cases: [(&str, usize, &[&str]); 5] = [
            (
                "averyveryverylongword x",
                5,
                &["avery", "veryv", "erylo", "ngwor", "d x"],
            ),
            (
                "ab https://e.org/very/long",
                10,
                &["ab https:/", "/e.org/ver", "y/long"],
            ),
            (
                "日本語のテキストです",
                6,
                &["日本語", "のテキ", "ストで", "す"],
            ),
            ("日本語 x", 5, &["日本", "語 x"]),
            ("", 10, &[]),
        ];
        for (text, width, want) in cases {
            let got = wrap(text, width);
            assert_eq!(got, want, "{text:?} at {width}");
            assert!(got.iter().all(|l| l.width() <= width));
        }
    }
}
