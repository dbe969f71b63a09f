//! A static HTML site of articles: `index.html` with a filterable list and
//! one page per article under `articles/`. It opens from the disk in any
//! browser: no external resources (a Content-Security-Policy forbids them),
//! every piece of article text escaped, only http(s) links kept.

use crate::article::Article;

use super::is_subheading;

/// One file of the site, at a path relative to the site's root. Paths are
/// built from validated article ids only.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteFile {
    pub path: String,
    pub contents: String,
}

/// Styles shared by every page: readable measure, system fonts, dark mode.
const CSS: &str = "\
:root{color-scheme:light dark;--dim:#666}\
@media (prefers-color-scheme:dark){:root{--dim:#aaa}}\
body{font:17px/1.55 Georgia,'Times New Roman',serif;max-width:42rem;margin:2rem auto;padding:0 1rem}\
h1{font-size:1.9rem;line-height:1.2}h2{font-size:1.2rem;margin-top:2rem}\
.standfirst{font-size:1.15rem;font-style:italic}.meta,.caption,.dim{color:var(--dim);font-size:.9rem}\
.caption{border-left:3px solid var(--dim);padding-left:.8rem;margin:1.5rem 0}\
nav{font:14px system-ui,sans-serif;margin-bottom:2rem}\
table{border-collapse:collapse;width:100%;font:15px/1.4 system-ui,sans-serif}\
td{padding:.35rem .5rem;vertical-align:top;border-bottom:1px solid #8884;overflow-wrap:anywhere}\
td.date{white-space:nowrap}input{font:inherit;width:100%;padding:.4rem;margin:1rem 0}\
body.index{max-width:60rem}";

/// No network, no plugins, no frames: the pages only use what they carry.
const CSP_ARTICLE: &str = "default-src 'none'; style-src 'unsafe-inline'";

/// The index also runs its own inline filter script.
const CSP_INDEX: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

/// Filters index rows by the words typed in the box (all must appear); a
/// `#q=words` fragment fills the box, so a filtered view can be bookmarked.
const FILTER_JS: &str = "\
const q=document.getElementById('q');\
function run(){const w=q.value.toLowerCase().split(/\\s+/).filter(Boolean);\
let n=0;for(const r of document.querySelectorAll('tbody tr')){const t=r.dataset.text;\
const ok=w.every(x=>t.includes(x));r.hidden=!ok;if(ok)n++}\
document.getElementById('count').textContent=n}\
q.addEventListener('input',run);\
if(location.hash.startsWith('#q=')){q.value=decodeURIComponent(location.hash.slice(3));run()}";

/// Longest headline shown in the index, in characters: a page whose
/// headline could not be found may have a paragraph there instead.
const INDEX_HEADLINE_MAX: usize = 160;

/// The whole site: the index first, then one page per article.
/// `generated` is shown on the index (e.g. the export time).
pub fn site(articles: &[Article], generated: &str) -> Vec<SiteFile> {
    let mut files = vec![SiteFile {
        path: "index.html".into(),
        contents: index(articles, generated),
    }];
    for a in articles {
        files.push(SiteFile {
            path: article_path(a),
            contents: page(a),
        });
    }
    files
}

fn article_path(a: &Article) -> String {
    format!("articles/{}.html", a.id)
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// True for absolute http(s) URLs: the only links the site keeps, so no
/// `javascript:` or `data:` URL from a page can become clickable.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && !url.contains(char::is_whitespace)
}

fn head(title: &str, csp: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n",
        escape(title)
    )
}

fn index(articles: &[Article], generated: &str) -> String {
    let mut html = head("newsarc archive", CSP_INDEX);
    html.push_str("<body class=\"index\">\n<h1>newsarc archive</h1>\n");
    html.push_str(&format!(
        "<p class=\"dim\"><span id=\"count\">{}</span> of {} articles · exported {}</p>\n",
        articles.len(),
        articles.len(),
        escape(generated)
    ));
    html.push_str(
        "<input id=\"q\" type=\"search\" placeholder=\"Filter by headline, author, site or tag\" \
         aria-label=\"Filter\" autofocus>\n<table>\n<tbody>\n",
    );
    for a in articles {
        html.push_str(&index_row(a));
    }
    html.push_str(&format!(
        "</tbody>\n</table>\n<script>{FILTER_JS}</script>\n</body>\n</html>\n"
    ));
    html
}

fn index_row(a: &Article) -> String {
    let full = a.headline.as_deref().unwrap_or("(no headline)");
    let headline = &shorten(full, INDEX_HEADLINE_MAX);
    let authors: Vec<&str> = a.authors.iter().map(|x| x.name.as_str()).collect();
    let date: String = a.sort_date().chars().take(10).collect();
    let site = a.site_name.as_deref().unwrap_or("");
    let tags = a.tags.join(", ");
    let text = [full, &authors.join(" "), site, &tags, a.id.as_str()]
        .join(" ")
        .to_lowercase();
    format!(
        "<tr data-text=\"{}\"><td class=\"date\">{}</td><td><a href=\"{}\">{}</a></td>\
         <td>{}</td><td class=\"dim\">{}</td><td class=\"dim\">{}</td></tr>\n",
        escape(&text),
        escape(&date),
        article_path(a),
        escape(headline),
        escape(&authors.join(", ")),
        escape(site),
        escape(&tags)
    )
}

/// `s` cut to at most `max` characters, ending with `…` when cut.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn page(a: &Article) -> String {
    let title = a.headline.as_deref().unwrap_or("(no headline)");
    let mut html = head(title, CSP_ARTICLE);
    html.push_str("<body>\n<nav><a href=\"../index.html\">← all articles</a></nav>\n<article>\n");
    html.push_str(&format!("<h1>{}</h1>\n", escape(title)));
    if let Some(s) = &a.standfirst {
        html.push_str(&format!("<p class=\"standfirst\">{}</p>\n", escape(s)));
    }
    html.push_str(&meta(a));
    for image in &a.images {
        if let Some(c) = image.caption.as_ref().or(image.alt.as_ref()) {
            html.push_str(&format!("<p class=\"caption\">Image: {}</p>\n", escape(c)));
        }
    }
    for (i, p) in a.body.iter().enumerate() {
        if is_subheading(p, i + 1 == a.body.len()) {
            html.push_str(&format!("<h2>{}</h2>\n", escape(p)));
        } else {
            html.push_str(&format!("<p>{}</p>\n", escape(p)));
        }
    }
    html.push_str(&bios(a));
    html.push_str(&related(a));
    html.push_str("</article>\n</body>\n</html>\n");
    html
}

fn meta(a: &Article) -> String {
    let byline = a.credit();
    let parts: Vec<String> = [
        byline.as_deref(),
        a.published.as_deref(),
        a.site_name.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(escape)
    .collect();
    let mut html = String::new();
    if !parts.is_empty() {
        html.push_str(&format!("<p class=\"meta\">{}</p>\n", parts.join(" · ")));
    }
    if let Some(url) = a.url.as_deref().filter(|u| is_web_url(u)) {
        html.push_str(&format!(
            "<p class=\"meta\"><a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a></p>\n",
            escape(url)
        ));
    }
    if !a.tags.is_empty() {
        html.push_str(&format!(
            "<p class=\"meta\">tags: {}</p>\n",
            escape(&a.tags.join(", "))
        ));
    }
    html
}

fn bios(a: &Article) -> String {
    let bios: Vec<&str> = a.authors.iter().filter_map(|x| x.bio.as_deref()).collect();
    if bios.is_empty() {
        return String::new();
    }
    let mut html = "<h2>About the author</h2>\n".to_string();
    for bio in bios {
        html.push_str(&format!("<p>{}</p>\n", escape(bio)));
    }
    html
}

fn related(a: &Article) -> String {
    if a.related.is_empty() {
        return String::new();
    }
    let mut html = "<h2>Related</h2>\n<ul>\n".to_string();
    for link in &a.related {
        let title = escape(&link.title);
        let label = link
            .label
            .as_deref()
            .map(|l| format!(" <span class=\"dim\">{}</span>", escape(l)))
            .unwrap_or_default();
        let item = match link.url.as_deref().filter(|u| is_web_url(u)) {
            Some(url) => format!(
                "<a href=\"{}\" rel=\"noopener noreferrer\">{title}</a>",
                escape(url)
            ),
            None => title,
        };
        html.push_str(&format!("<li>{item}{label}</li>\n"));
    }
    html.push_str("</ul>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Format, RelatedLink, SourceInfo};

    fn article(headline: &str) -> Article {
        let mut a = Article::new(SourceInfo {
            location: "x".into(),
            format: Format::Text,
            sha256: crate::article::sha256_hex(headline.as_bytes()),
            imported_at: "2026-01-01T00:00:00Z".into(),
        });
        a.headline = Some(headline.into());
        a.body = vec!["<script>alert('x')</script> & more.".into()];
        a.related = vec![
            RelatedLink {
                title: "ok".into(),
                label: None,
                url: Some("https://e.org/?a=1&b=\"2\"".into()),
            },
            RelatedLink {
                title: "bad".into(),
                label: None,
                url: Some("javascript:alert(1)".into()),
            },
        ];
        a
    }

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        assert_eq!(escape("a\u{1b}b"), "a\u{FFFD}b");
    }

    #[test]
    fn long_headlines_are_shortened_in_the_index_only() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("ééééé", 5), "ééééé");
        assert_eq!(shorten("abcdefghij", 5), "abcd…");
        let a = article(&"word ".repeat(100));
        let files = site(std::slice::from_ref(&a), "now");
        assert!(files[0].contents.contains("word word…"));
        assert!(files[1].contents.contains(&"word ".repeat(99)));
    }

    #[test]
    fn web_urls_only() {
        for (url, ok) in [
            ("https://e.org/", true),
            ("HTTP://e.org", true),
            ("javascript:alert(1)", false),
            ("data:text/html,x", false),
            ("//e.org", false),
            ("https://e.org/a b", false),
        ] {
            assert_eq!(is_web_url(url), ok, "{url}");
        }
    }

    #[test]
    fn site_has_index_and_escaped_pages() {
        let a = article("Talks <b>resume</b>");
        let files = site(std::slice::from_ref(&a), "2026-01-01");
        assert_eq!(files.len(), 2);
        assert_eq!(files[0].path, "index.html");
        assert_eq!(files[1].path, format!("articles/{}.html", a.id));
        let index = &files[0].contents;
        assert!(index.contains(&format!("href=\"articles/{}.html\"", a.id)));
        assert!(index.contains("Talks &lt;b&gt;resume&lt;/b&gt;"));
        let page = &files[1].contents;
        assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more."));
        assert!(!page.contains("<script"));
        assert!(page.contains("href=\"https://e.org/?a=1&amp;b=&quot;2&quot;\""));
        assert!(!page.contains("javascript:"));
        assert!(page.contains("default-src 'none'"));
    }
}
