//! Article metadata from a page, each field an ordered fallback chain in
//! decreasing order of trust: JSON-LD, then OpenGraph / Twitter / Dublin
//! Core / `article:*` meta tags, then `<time>`, `rel=author` and microdata,
//! then what the visible page says. Every step is named in [`Step`], and
//! [`Metadata::from`] says which step and key gave each value, for the
//! article's provenance.

use std::collections::HashMap;

use scraper::{ElementRef, Html};

use super::jsonld::{self, LdArticle};
use super::selectors as css;
use crate::parse::{byline, date};

/// Where a metadata value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    JsonLd,
    Meta,
    Time,
    RelAuthor,
    Microdata,
    Url,
    /// Links to an author page (`/author/…`).
    AuthorLink,
    /// Text printed around the headline.
    Header,
    Dom,
    /// `<link rel=canonical>`.
    Canonical,
    /// The `lang` attribute of `<html>`.
    Lang,
}

/// Where a metadata value was read: the chain step and the key or element
/// (`og:title`, `headline`, `<title>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub step: Step,
    pub key: String,
}

impl Found {
    fn new(step: Step, key: &str) -> Found {
        Found {
            step,
            key: key.to_string(),
        }
    }
}

/// What the page says about its article, before the body is extracted.
#[derive(Debug, Default, Clone)]
pub struct Metadata {
    /// Title candidates in order of trust (not yet cleaned of site names).
    pub titles: Vec<String>,
    /// The page's `<title>` text, entities decoded.
    pub page_title: Option<String>,
    /// The JSON-LD article object's own `headline`, entities decoded.
    pub ld_headline: Option<String>,
    /// Visible `<h1>` texts, in document order.
    pub h1s: Vec<String>,
    /// The site's home page, from an `<h1>` logo that links to it: names
    /// the site (its host) on pages that give no URL of their own.
    pub home_url: Option<String>,
    /// Author names from each source that gave any, most trusted first.
    pub author_candidates: Vec<(Step, Vec<String>)>,
    /// The text of the first visible byline element that names anyone.
    pub byline: Option<String>,
    /// Organisation authors, used only when no person is named anywhere.
    pub organizations: Vec<String>,
    /// The publisher's name from JSON-LD.
    pub publisher: Option<String>,
    pub published: Option<String>,
    pub published_from: Option<Step>,
    pub updated: Option<String>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    pub base: Option<String>,
    pub language: Option<String>,
    pub description: Option<String>,
    pub lead_image: Option<String>,
    /// Where each value came from, by field: `title` (of `titles[0]`),
    /// `published`, `updated`, `site_name`, `url`, `language`,
    /// `description`, `lead_image`.
    pub from: HashMap<&'static str, Found>,
}

/// Meta names for each field, most trusted first (all lowercase; the tag's
/// `property`, `name` or `itemprop` is matched).
const TITLE_META: &[&str] = &[
    "og:title",
    "twitter:title",
    "dc.title",
    "dcterms.title",
    "parsely-title",
    "sailthru.title",
    "headline",
];
const AUTHOR_META: &[&str] = &[
    "author",
    "article:author",
    "article:author_name",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "cxenseparse:author",
    "twitter:creator:name",
    "citation_author",
];
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "og:published_time",
    "published_time",
    "datepublished",
    "date_published",
    "publishdate",
    "publish-date",
    "publish_date",
    "published-date",
    "publication_date",
    "publication-date",
    "published",
    "pubdate",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "article.published",
    "og:pubdate",
    "cxenseparse:recs:publishtime",
    "originalpublicationdate",
    "cxenseparse:publishtime",
    "article_date_original",
    "citation_publication_date",
    "citation_date",
    "datecreated",
    "date",
];
const MODIFIED_META: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "og:article:modified_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
];
const SITE_META: &[&str] = &[
    "og:site_name",
    "application-name",
    "al:android:app_name",
    "al:iphone:app_name",
    "twitter:app:name:iphone",
];
const DESCRIPTION_META: &[&str] = &[
    "og:description",
    "twitter:description",
    "description",
    "dc.description",
];
const IMAGE_META: &[&str] = &[
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
];

/// Reads the metadata of `doc`.
pub fn read(doc: &Html) -> Metadata {
    let meta = meta_map(doc);
    let ld = json_ld(doc);
    let titles = title_candidates(doc, &meta, ld.as_ref());
    let mut md = Metadata {
        h1s: doc
            .select(&css::H1)
            .filter(|h| !is_logo_h1(*h))
            .map(h1_text)
            .filter(|t| !t.is_empty())
            .collect(),
        home_url: doc.select(&css::H1).find_map(home_link),
        from: titles
            .first()
            .map(|(_, found)| ("title", found.clone()))
            .into_iter()
            .collect(),
        page_title: titles
            .iter()
            .find(|(_, found)| found.key == "<title>")
            .map(|(t, _)| t.clone()),
        ld_headline: ld
            .as_ref()
            .and_then(|l| l.article_headline.as_deref())
            .map(decode_entities),
        titles: titles.into_iter().map(|(t, _)| t).collect(),
        ..Metadata::default()
    };

    let (byline_text, byline_names) = dom_byline(doc).unzip();
    md.author_candidates = authors(doc, &meta, ld.as_ref(), byline_names.unwrap_or_default());
    md.byline = byline_text;
    md.publisher = ld.as_ref().and_then(|l| l.publisher.clone());
    md.organizations = ld
        .as_ref()
        .map(|l| l.organizations.clone())
        .unwrap_or_default();

    md.url = take(&mut md.from, "url", canonical_url(doc, &meta, ld.as_ref()));
    md.base = doc
        .select(&css::BASE)
        .next()
        .and_then(|b| b.attr("href"))
        .map(str::to_string)
        .or_else(|| md.url.clone());

    let lang = language(doc, &meta, ld.as_ref()).map(|(l, _)| l);
    let published = published(doc, &meta, ld.as_ref(), md.url.as_deref(), lang.as_deref());
    md.published_from = published.as_ref().map(|(_, found)| found.step);
    md.published = take(&mut md.from, "published", published);
    let updated = ld
        .as_ref()
        .and_then(|l| l.modified.as_deref())
        .and_then(|d| date::parse_in(d, lang.as_deref()))
        .map(|d| (d, Found::new(Step::JsonLd, "dateModified")))
        .or_else(|| {
            first_meta_keyed(&meta, MODIFIED_META)
                .and_then(|(v, found)| date::parse(&v).map(|d| (d, found)))
        })
        .or_else(|| {
            doc.select(&css::ITEMPROP_MODIFIED)
                .find_map(|e| date_attr(e))
                .map(|d| (d, Found::new(Step::Microdata, "itemprop=dateModified")))
        });
    md.updated = take(&mut md.from, "updated", updated);

    let site_name = first_meta_keyed(&meta, SITE_META).or_else(|| {
        let publisher = ld.as_ref().and_then(|l| l.publisher.clone());
        publisher.map(|p| (p, Found::new(Step::JsonLd, "publisher")))
    });
    md.site_name = take(&mut md.from, "site_name", site_name);
    md.language = take(&mut md.from, "language", language(doc, &meta, ld.as_ref()));
    let description = ld
        .as_ref()
        .and_then(|l| l.description.clone())
        .map(|d| (d, Found::new(Step::JsonLd, "description")))
        .or_else(|| first_meta_keyed(&meta, DESCRIPTION_META));
    md.description = take(&mut md.from, "description", description);
    let lead_image = first_meta_keyed(&meta, IMAGE_META).or_else(|| {
        let image = ld.as_ref().and_then(|l| l.image.clone());
        image.map(|i| (i, Found::new(Step::JsonLd, "image")))
    });
    md.lead_image = take(&mut md.from, "lead_image", lead_image);
    md
}

/// The value of a chain's result; records where it was found under `field`.
fn take(
    from: &mut HashMap<&'static str, Found>,
    field: &'static str,
    found: Option<(String, Found)>,
) -> Option<String> {
    let (value, source) = found?;
    from.insert(field, source);
    Some(value)
}

/// The page's `<meta>` values by lowercase key; the first tag of a key wins.
fn meta_map(doc: &Html) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for el in doc.select(&css::META) {
        let Some(content) = el.attr("content").map(str::trim).filter(|c| !c.is_empty()) else {
            continue;
        };
        for key_attr in ["property", "name", "itemprop", "http-equiv"] {
            if let Some(key) = el.attr(key_attr) {
                for key in key.split_whitespace() {
                    map.entry(key.to_ascii_lowercase())
                        .or_insert_with(|| content.to_string());
                }
            }
        }
    }
    map
}

/// The first of `keys` the page has a `<meta>` for: its value and key.
fn first_meta_keyed(meta: &HashMap<String, String>, keys: &[&str]) -> Option<(String, Found)> {
    keys.iter()
        .find_map(|k| meta.get(*k).map(|v| (v.clone(), Found::new(Step::Meta, k))))
}

fn json_ld(doc: &Html) -> Option<LdArticle> {
    let values: Vec<_> = doc
        .select(&css::SCRIPT)
        .filter(|s| {
            s.attr("type")
                .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
        })
        .filter_map(|s| jsonld::parse_script(&s.text().collect::<String>()))
        .collect();
    jsonld::article(&values)
}

/// Punctuation that closes up to the text before it: text nodes are
/// joined with a space, except before these ("<em>Metroid</em>, One").
const CLOSING_PUNCTUATION: &[char] = &[',', '.', ';', ':', '!', '?', ')', ']', '’', '”'];

/// The absolute URL an `<h1>` links to when the heading is a site logo:
/// its whole text is one link to the root of an http(s) host.
fn home_link(h1: ElementRef<'_>) -> Option<String> {
    let mut links = h1.select(&css::A_HREF);
    let link = links.next()?;
    if links.next().is_some() || text_of(link) != text_of(h1) {
        return None;
    }
    let href = link.value().attr("href")?.trim();
    let parsed = url::Url::parse(href).ok()?;
    (matches!(parsed.scheme(), "http" | "https")
        && parsed.path() == "/"
        && parsed.query().is_none())
    .then(|| href.to_string())
}

/// Class or id words that mark an `<h1>` as the site's logo or name
/// rather than the article's headline (`logo`, WordPress `site-title`).
const LOGO_H1_HINTS: &[&str] = &["logo", "site-title", "site-name", "sitename", "sitetitle"];

/// Paths of a relative link to the site's (or a documentation set's) home
/// page, after any leading `./` and `../`.
const HOME_PATHS: &[&str] = &["", "/", "index.html", "index.htm", "index.php"];

/// True when an `<h1>` is the site's logo, not a headline: its class or id
/// says so, or its whole text is one link to the home page (absolute or
/// relative, as documentation generators write it).
fn is_logo_h1(h1: ElementRef<'_>) -> bool {
    let el = h1.value();
    let hinted = [el.attr("class"), el.attr("id")]
        .into_iter()
        .flatten()
        .map(str::to_ascii_lowercase)
        .any(|v| LOGO_H1_HINTS.iter().any(|hint| v.contains(hint)));
    hinted || home_link(h1).is_some() || links_home_relative(h1)
}

/// True when the whole text of `h1` is one relative link to the home page.
fn links_home_relative(h1: ElementRef<'_>) -> bool {
    let mut links = h1.select(&css::A_HREF);
    let Some(link) = links.next() else {
        return false;
    };
    if links.next().is_some() || text_of(link) != text_of(h1) || text_of(h1).is_empty() {
        return false;
    }
    let mut href = link.value().attr("href").unwrap_or("").trim();
    if href.contains(':') || href.starts_with("//") || href.starts_with('#') {
        return false;
    }
    while let Some(rest) = href.strip_prefix("./").or_else(|| href.strip_prefix("../")) {
        href = rest;
    }
    HOME_PATHS.contains(&href) || href == "." || href == ".."
}

/// Marks documentation generators print after a heading as its permalink
/// (Sphinx's "¶").
const PERMALINK_MARKS: &[char] = &['¶', '🔗'];

/// An `<h1>`'s text without a trailing permalink mark.
fn h1_text(h1: ElementRef<'_>) -> String {
    text_of(h1)
        .trim_end_matches(PERMALINK_MARKS)
        .trim_end()
        .to_string()
}

/// Visible text of an element, whitespace collapsed.
pub fn text_of(el: ElementRef<'_>) -> String {
    let mut joined = String::new();
    for piece in el.text() {
        if !joined.is_empty() && !piece.starts_with(CLOSING_PUNCTUATION) {
            joined.push(' ');
        }
        joined.push_str(piece);
    }
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Title candidates, most trusted first, each with where it was found.
fn title_candidates(
    doc: &Html,
    meta: &HashMap<String, String>,
    ld: Option<&LdArticle>,
) -> Vec<(String, Found)> {
    let mut titles = Vec::new();
    titles.extend(
        ld.and_then(|l| l.headline.clone())
            .map(|t| (t, Found::new(Step::JsonLd, "headline"))),
    );
    titles.extend(
        TITLE_META
            .iter()
            .filter_map(|k| meta.get(*k).map(|v| (v.clone(), Found::new(Step::Meta, k)))),
    );
    titles.extend(
        doc.select(&css::ITEMPROP_HEADLINE)
            .map(text_of)
            .filter(|t| !t.is_empty())
            .map(|t| (t, Found::new(Step::Microdata, "itemprop=headline"))),
    );
    titles.extend(
        doc.select(&css::TITLE)
            .map(text_of)
            .filter(|t| !t.is_empty())
            .map(|t| (t, Found::new(Step::Dom, "<title>"))),
    );
    titles.iter_mut().for_each(|(t, _)| *t = decode_entities(t));
    titles
}

/// Meta values sometimes carry entities escaped twice ("&amp;#8217;").
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let fragment = scraper::Html::parse_fragment(text);
    fragment.root_element().text().collect::<String>()
}

/// Author candidates from each source; `dom_names` are those of the
/// visible byline element.
fn authors(
    doc: &Html,
    meta: &HashMap<String, String>,
    ld: Option<&LdArticle>,
    dom_names: Vec<String>,
) -> Vec<(Step, Vec<String>)> {
    let mut out = Vec::new();
    out.push((
        Step::JsonLd,
        ld.map(|l| clean_names(&l.persons)).unwrap_or_default(),
    ));
    let from_meta = AUTHOR_META
        .iter()
        .filter_map(|k| meta.get(*k))
        .map(|v| clean_names(std::slice::from_ref(v)))
        .find(|names| !names.is_empty())
        .unwrap_or_default();
    out.push((Step::Meta, from_meta));
    let rel: Vec<String> = doc
        .select(&css::REL_AUTHOR)
        .filter(|el| !in_comments(*el))
        .map(text_of)
        .collect();
    out.push((Step::RelAuthor, clean_names(&rel)));
    let micro: Vec<String> = doc
        .select(&css::ITEMPROP_AUTHOR)
        .filter(|el| !in_comments(*el))
        .map(|el| {
            el.select(&css::ITEMPROP_NAME)
                .next()
                .map(|n| {
                    n.attr("content")
                        .map(str::to_string)
                        .unwrap_or_else(|| text_of(n))
                })
                .or_else(|| el.attr("content").map(str::to_string))
                .unwrap_or_else(|| text_of(el))
        })
        .collect();
    out.push((Step::Microdata, clean_names(&micro)));
    out.push((Step::Dom, dom_names));
    let links: Vec<String> = doc
        .select(&css::AUTHOR_LINK)
        .filter(|el| !in_comments(*el))
        .map(text_of)
        .filter(|t| byline::looks_like_name(t))
        .take(MAX_AUTHOR_LINKS)
        .collect();
    out.push((Step::AuthorLink, clean_names(&links)));
    out.retain(|(_, names)| !names.is_empty());
    out
}

/// Author-page links read at most: beyond that they are an author index.
const MAX_AUTHOR_LINKS: usize = 3;

/// Longest text of a byline element worth reading.
const MAX_BYLINE_ELEMENT_CHARS: usize = 150;

/// The first visible byline element that yields names: its text and the
/// names. Reader comments' author names are not bylines, and the parts
/// of a byline that give the author's job title are left out.
fn dom_byline(doc: &Html) -> Option<(String, Vec<String>)> {
    doc.select(&css::BYLINE)
        .filter(|el| !in_comments(*el))
        .map(text_without_roles)
        .filter(|t| !t.is_empty() && t.chars().count() <= MAX_BYLINE_ELEMENT_CHARS)
        .map(|t| match byline::parse_loose(&t) {
            Some(b) => (b.text, b.authors),
            None => {
                // Without a "By", a text with a colon is a story title
                // ("Trump's inauguration: ticket packages", an author box
                // listing the author's stories), not a name.
                let names = clean_names(std::slice::from_ref(&t))
                    .into_iter()
                    .filter(|n| !n.contains(TITLE_COLON))
                    .collect();
                (t, names)
            }
        })
        .find(|(_, names)| !names.is_empty())
}

/// A colon inside a byline element's text marks a story title, never a
/// name (labels such as "Author:" are read before names are split).
const TITLE_COLON: char = ':';

/// Class/id word of a reader-comment section or of a comment's parts
/// ("comment-author", "wp-block-comment-author-name", `<ol
/// class="commentlist">`): the names in it are commenters, not authors.
const COMMENT_HINT: &str = "comment";

/// True when `el` or an ancestor below `<body>` is marked as a reader
/// comment by its class or id.
fn in_comments(el: ElementRef<'_>) -> bool {
    std::iter::once(el)
        .chain(el.ancestors().filter_map(ElementRef::wrap))
        .take_while(|e| !matches!(e.value().name(), "body" | "html"))
        .any(|e| {
            let v = e.value();
            [v.attr("class"), v.attr("id")]
                .into_iter()
                .flatten()
                .any(|hint| hint.to_ascii_lowercase().contains(COMMENT_HINT))
        })
}

/// Class words of the parts of a byline element that give the author's
/// job title or role ("author-title": "Games Editor"), not the name.
const BYLINE_ROLE_HINTS: &[&str] = &["title", "role", "position", "job"];

/// Class word of the part that holds the name itself, whatever else its
/// classes say (`class="title card-author-name"`).
const BYLINE_NAME_HINT: &str = "name";

/// A byline element's visible text without the parts whose class says
/// they hold a job title or role.
fn text_without_roles(el: ElementRef<'_>) -> String {
    let is_role = |e: ElementRef<'_>| {
        e.value().attr("class").is_some_and(|c| {
            let c = c.to_ascii_lowercase();
            BYLINE_ROLE_HINTS.iter().any(|h| c.contains(h)) && !c.contains(BYLINE_NAME_HINT)
        })
    };
    let mut joined = String::new();
    for node in el.descendants() {
        let scraper::Node::Text(piece) = node.value() else {
            continue;
        };
        let in_role = node
            .ancestors()
            .take_while(|a| a.id() != el.id())
            .filter_map(ElementRef::wrap)
            .any(is_role);
        if in_role {
            continue;
        }
        if !joined.is_empty() && !piece.starts_with(CLOSING_PUNCTUATION) {
            joined.push(' ');
        }
        joined.push_str(piece);
    }
    let name = joined.split_whitespace().collect::<Vec<_>>().join(" ");
    // A name marked up as a "title" is still the name.
    if name.is_empty() { text_of(el) } else { name }
}

/// Most words a structured author value may have to count as names.
const MAX_AUTHOR_WORDS: usize = 8;

/// Cleans author values from structured data: drops URLs, e-mail
/// addresses, "By" openers, dates and roles; splits "A and B".
pub fn clean_names(values: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for value in values {
        let value = without_contact(value);
        let value = value.trim();
        if value.is_empty()
            || value.contains("://")
            || value.starts_with("www.")
            || value.contains('@') && !value.starts_with('@')
        {
            continue;
        }
        let names = match byline::parse(value) {
            Some(b) if !b.authors.is_empty() => b.authors,
            _ => split_structured(value),
        };
        for name in names {
            let key = super::norm(&name);
            if is_credential(&name) || NOT_NAMES.contains(&key.as_str()) {
                continue;
            }
            if !out.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
                out.push(name);
            }
        }
    }
    out
}

/// Brackets around a web address or e-mail address printed beside a name.
const CONTACT_BRACKETS: &[(char, char)] = &[('(', ')'), ('<', '>'), ('[', ']')];

/// True for a web or e-mail address.
fn is_contact(text: &str) -> bool {
    let t = text.trim();
    t.contains("://") || t.starts_with("www.") || t.contains('@') && !t.starts_with('@')
}

/// An author value without the web or e-mail address printed with the
/// name ("Bradley M. Kuhn (`http://ebb.org/bkuhn/`)", "Jane Doe
/// <jane@example.com>"), and the name of an RSS-style "jane@example.com
/// (Jane Doe)".
fn without_contact(value: &str) -> String {
    let value = value.trim();
    for (open, close) in CONTACT_BRACKETS {
        let Some((outside, inside)) = value
            .strip_suffix(*close)
            .and_then(|v| v.rsplit_once(*open))
        else {
            continue;
        };
        if is_contact(inside) && !outside.trim().is_empty() {
            return outside.trim().to_string();
        }
        if is_contact(outside) && !inside.trim().is_empty() && !is_contact(inside) {
            return inside.trim().to_string();
        }
    }
    value.to_string()
}

/// Separators after which an author value names an employer or role
/// ("Jane Doe | The Texas Newsroom", "John Roe (CNXSoft)").
const AFFILIATION_CUTS: &[&str] = &[" | ", " – ", " — ", " - ", " (", "(", " · "];

/// Credentials and honorifics that follow names, lowercase, dots removed.
const CREDENTIALS: &[&str] = &[
    "phd", "md", "do", "rn", "dvm", "cfp", "mba", "ms", "rd", "ma", "msc", "bsc", "jd", "esq",
    "cpa", "dds", "np", "lcsw", "facs", "faclm", "fand", "cepf", "cfa", "mph", "ldn", "cscs",
];

/// True for "MS", "R.D.", "FACLM", "PhD": a credential, not a name.
pub fn is_credential(part: &str) -> bool {
    let bare: String = part.chars().filter(|c| c.is_alphanumeric()).collect();
    if bare.is_empty() {
        return false;
    }
    let lower = bare.to_lowercase();
    CREDENTIALS.contains(&lower.as_str())
        || !part.trim().contains(' ')
            && bare.chars().count() <= 6
            && bare.chars().all(char::is_uppercase)
}

/// Openers and placeholders that are not names when they stand alone.
const NOT_NAMES: &[&str] = &[
    "by",
    "postedby",
    "writtenby",
    "author",
    "authors",
    "admin",
    "staff",
    "guest",
    "unknown",
    "anonymous",
    "people",
];

/// Splits a structured author value, keeping lowercase handles that the
/// byline heuristics (which expect capitalised names) would refuse.
fn split_structured(value: &str) -> Vec<String> {
    let cut = AFFILIATION_CUTS
        .iter()
        .filter_map(|c| value.find(c))
        .filter(|&i| i > 0)
        .min()
        .unwrap_or(value.len());
    let value = &value[..cut];
    let without_date = match date::find(value) {
        Some(m) => format!("{} {}", &value[..m.range.start], &value[m.range.end..]),
        None => value.to_string(),
    };
    let split: Vec<String> = byline::split_names(&without_date)
        .into_iter()
        .filter(|n| !is_credential(n))
        .collect();
    if !split.is_empty() {
        return split;
    }
    let name = byline::clean_name(&without_date);
    let words = name.split_whitespace().count();
    if name.is_empty() || words > MAX_AUTHOR_WORDS || name.chars().all(|c| c.is_ascii_digit()) {
        return Vec::new();
    }
    vec![name]
}

fn canonical_url(
    doc: &Html,
    meta: &HashMap<String, String>,
    ld: Option<&LdArticle>,
) -> Option<(String, Found)> {
    let canonical = doc
        .select(&css::LINK)
        .find(|l| {
            l.attr("rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("canonical"))
            })
        })
        .and_then(|l| l.attr("href"))
        .map(str::to_string);
    [
        canonical.map(|u| (u, Found::new(Step::Canonical, "<link rel=canonical>"))),
        meta.get("og:url")
            .map(|u| (u.clone(), Found::new(Step::Meta, "og:url"))),
        ld.and_then(|l| l.url.clone())
            .map(|u| (u, Found::new(Step::JsonLd, "url"))),
    ]
    .into_iter()
    .flatten()
    .map(|(u, found)| (u.trim().to_string(), found))
    .find(|(u, _)| u.starts_with("http://") || u.starts_with("https://"))
}

fn published(
    doc: &Html,
    meta: &HashMap<String, String>,
    ld: Option<&LdArticle>,
    url: Option<&str>,
    language: Option<&str>,
) -> Option<(String, Found)> {
    if let Some(d) = ld
        .and_then(|l| l.published.as_deref())
        .and_then(|d| date::parse_in(d, language))
    {
        return Some((d, Found::new(Step::JsonLd, "datePublished")));
    }
    if let Some((d, k)) = PUBLISHED_META
        .iter()
        .find_map(|k| meta.get(*k).and_then(|v| date::parse(v)).map(|d| (d, k)))
    {
        return Some((d, Found::new(Step::Meta, k)));
    }
    if let Some(d) = doc.select(&css::ITEMPROP_PUBLISHED).find_map(date_attr) {
        return Some((d, Found::new(Step::Microdata, "itemprop=datePublished")));
    }
    if let Some(d) = doc.select(&css::TIME).find_map(date_attr) {
        return Some((d, Found::new(Step::Time, "<time>")));
    }
    if let Some(d) = url.and_then(date_in_url) {
        return Some((d, Found::new(Step::Url, "URL path")));
    }
    let dom = doc
        .select(&css::DATE_TEXT)
        .filter(|el| {
            !el.value()
                .classes()
                .any(|c| NOT_PUBLICATION_DATE_CLASSES.contains(&c))
        })
        .map(text_of)
        .filter(|t| t.chars().count() <= MAX_BYLINE_ELEMENT_CHARS)
        .find_map(|t| date::parse(&t));
    dom.map(|d| (d, Found::new(Step::Dom, "date class")))
}

/// Microformat classes of dates that are not the page's publication
/// (hCard birthdays, hCalendar event start and end), even when the same
/// element also says "published", as Wikipedia infoboxes do.
const NOT_PUBLICATION_DATE_CLASSES: &[&str] = &["bday", "dtstart", "dtend"];

/// A date from an element's `content` or `datetime` attribute, else its text.
fn date_attr(el: ElementRef<'_>) -> Option<String> {
    el.attr("datetime")
        .or_else(|| el.attr("content"))
        .and_then(date::parse)
        .or_else(|| date::parse(&text_of(el)))
}

/// `/2020/03/04/` or `/2020-03-04/` in an article URL.
fn date_in_url(url: &str) -> Option<String> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let parts: Vec<&str> = path.split(['/', '?', '#']).collect();
    parts
        .windows(3)
        .find_map(|w| {
            let (y, m, d) = (w[0], w[1], w[2]);
            let all_digits =
                |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
            if all_digits(y, 4)
                && (1..=2).contains(&m.len())
                && m.bytes().all(|b| b.is_ascii_digit())
            {
                let day: String = d.chars().take_while(char::is_ascii_digit).collect();
                if !day.is_empty() && day.len() <= 2 {
                    return date::parse(&format!("{y}-{m:0>2}-{day:0>2}"));
                }
            }
            None
        })
        .or_else(|| {
            parts.iter().find_map(|p| {
                let head: String = p.chars().take(10).collect();
                (head.len() == 10 && head.as_bytes()[4] == b'-' && head.as_bytes()[7] == b'-')
                    .then(|| date::parse(&head))
                    .flatten()
            })
        })
}

fn language(
    doc: &Html,
    meta: &HashMap<String, String>,
    ld: Option<&LdArticle>,
) -> Option<(String, Found)> {
    let html_lang = doc
        .root_element()
        .attr("lang")
        .or_else(|| doc.root_element().attr("xml:lang"))
        .map(|l| (l.to_string(), Found::new(Step::Lang, "<html lang>")));
    let meta_key = |k: &str| meta.get(k).map(|v| (v.clone(), Found::new(Step::Meta, k)));
    [
        html_lang,
        meta_key("content-language"),
        meta_key("og:locale"),
        ld.and_then(|l| l.language.clone())
            .map(|l| (l, Found::new(Step::JsonLd, "inLanguage"))),
    ]
    .into_iter()
    .flatten()
    .map(|(l, found)| {
        let tag = l.split(',').next().unwrap_or("").trim().replace('_', "-");
        (tag, found)
    })
    .find(|(l, _)| is_language_tag(l))
}

/// A BCP 47-shaped tag: letters and digits in hyphen-separated parts, the
/// first of 2-3 letters.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts
            .all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(html: &str) -> Metadata {
        read(&Html::parse_document(html))
    }

    #[test]
    fn logo_h1_linking_home_names_the_home_page() {
        for (h1, want) in [
            (
                r#"<a href="https://example.com/">example.com</a>"#,
                Some("https://example.com/"),
            ),
            (
                r#"<a href="https://example.com/2025/story">Story</a>"#,
                None,
            ),
            (
                r#"Big news: <a href="https://example.com/">example</a>"#,
                None,
            ),
            (r#"<a href="/">Example</a>"#, None),
        ] {
            let m = md(&format!("<html><body><h1>{h1}</h1></body></html>"));
            assert_eq!(m.home_url.as_deref(), want, "{h1}");
        }
    }

    #[test]
    fn logo_h1s_are_not_headline_candidates() {
        for (h1, want) in [
            (r#"<h1 class="site-title">Example Blog</h1>"#, None),
            (r#"<h1 class="topbar__logo__title">Example</h1>"#, None),
            (r#"<h1 id="logoImage">Example</h1>"#, None),
            (
                r#"<h1><a href="index.html"><span>Example docs</span></a></h1>"#,
                None,
            ),
            (r#"<h1><a href="../">Example docs</a></h1>"#, None),
            (r#"<h1><a href="/">Example</a></h1>"#, None),
            (
                r#"<h1><a href="https://example.com/">Example</a></h1>"#,
                None,
            ),
            (
                r#"<h1><a href="/2025/story.html">A story</a></h1>"#,
                Some("A story"),
            ),
            (r##"<h1><a href="#top">A story</a></h1>"##, Some("A story")),
            (r#"<h1 class="entry-title">A story</h1>"#, Some("A story")),
            (
                r##"<h1>A story<a class="headerlink" href="#a">¶</a></h1>"##,
                Some("A story"),
            ),
            (r##"<h1>Why C#</h1>"##, Some("Why C#")),
        ] {
            let m = md(&format!("<html><body>{h1}</body></html>"));
            assert_eq!(m.h1s.first().map(String::as_str), want, "{h1}");
        }
    }

    #[test]
    fn json_ld_beats_meta_beats_dom() {
        let m = md(r#"<html lang="en-GB"><head>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD title",
              "author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2020-03-04T10:00:00+01:00"}</script>
            <meta property="og:title" content="OG title"><meta name="author" content="Meta Man">
            <meta property="article:published_time" content="2019-01-01">
            </head><body><span class="byline">By Dom Person</span></body></html>"#);
        assert_eq!(m.titles[0], "LD title");
        assert_eq!(
            m.author_candidates[0],
            (Step::JsonLd, vec!["Jane Doe".to_string()])
        );
        assert_eq!(m.published.as_deref(), Some("2020-03-04T10:00:00+01:00"));
        assert_eq!(m.language.as_deref(), Some("en-GB"));
    }

    #[test]
    fn meta_then_time_then_rel_author() {
        let m = md(
            r#"<head><meta name="author" content="By Ann Poe and Bob Roe"></head>
            <body><time datetime="2021-05-06">May 6</time></body>"#,
        );
        assert_eq!(m.author_candidates[0].1, ["Ann Poe", "Bob Roe"]);
        assert_eq!(m.published.as_deref(), Some("2021-05-06"));
        assert_eq!(m.published_from, Some(Step::Time));
        let m = read(&Html::parse_document(
            r#"<table><td>Founded <span class="bday dtstart published">1998-02-28</span></td></table>"#,
        ));
        assert_eq!(m.published, None);
        let m = md(r#"<body><a rel="author" href="/a">Carl Moe</a></body>"#);
        assert_eq!(
            m.author_candidates[0],
            (Step::RelAuthor, vec!["Carl Moe".to_string()])
        );
    }

    #[test]
    fn author_urls_and_dates_are_not_names() {
        assert!(clean_names(&["https://facebook.com/someone".to_string()]).is_empty());
        assert_eq!(
            clean_names(&["Jane Doe, March 4, 2020".to_string()]),
            ["Jane Doe"]
        );
        let cases = [
            ("Dylan Bailey, MS, RD, FAND", vec!["Dylan Bailey"]),
            (
                "Sergio Martínez-Beltrán | The Texas Newsroom",
                vec!["Sergio Martínez-Beltrán"],
            ),
            ("John Roe (CNXSoft)", vec!["John Roe"]),
            (
                "Bradley M. Kuhn (http://ebb.org/bkuhn/)",
                vec!["Bradley M. Kuhn"],
            ),
            ("Jane Doe <jane@example.com>", vec!["Jane Doe"]),
            ("jane@example.com (Jane Doe)", vec!["Jane Doe"]),
            ("jane@example.com", vec![]),
            ("Posted by", vec![]),
        ];
        for (value, want) in cases {
            assert_eq!(clean_names(&[value.to_string()]), want, "{value}");
        }
    }

    #[test]
    fn byline_elements() {
        for (body, want) in [
            (r#"<div class="byline">By Ann Poe</div>"#, Some("Ann Poe")),
            // A commenter's name is not the author's.
            (
                r#"<li class="comment"><span class="author">Bob Roe</span></li>"#,
                None,
            ),
            (
                r#"<div class="wp-block-comment-author-name">Bob Roe</div>"#,
                None,
            ),
            (
                r#"<ol id="comments"><li><a rel="author">Bob Roe</a></li></ol>"#,
                None,
            ),
            // The job title printed in the byline is not part of the name.
            (
                r#"<div class="author"><a href="/a">Ben Silverman</a>
                   <div class="author-title">Games Editor</div></div>"#,
                Some("Ben Silverman"),
            ),
            (
                r#"<div class="author"><h3 class="author-title">Ann Poe</h3></div>"#,
                Some("Ann Poe"),
            ),
            (
                r#"<div class="author"><h2 class="title card-author-name">Ann Poe</h2>
                   <div class="card-author-role">Head Winemaker</div></div>"#,
                Some("Ann Poe"),
            ),
            // An author box listing the author's stories is not a byline.
            (
                r#"<li class="author-follow"><span>Cy Doe</span><ul><li>Rates rise: markets react</li></ul></li>
                   <div class="author-name">DEE ROE</div>"#,
                Some("DEE ROE"),
            ),
        ] {
            let m = md(&format!("<html><body>{body}</body></html>"));
            let names: Vec<&str> = m
                .author_candidates
                .iter()
                .flat_map(|(_, n)| n.iter().map(String::as_str))
                .collect();
            assert_eq!(names.first().copied(), want, "{body}");
        }
    }

    #[test]
    fn text_nodes_join_without_space_before_punctuation() {
        let doc = Html::parse_document(
            "<h1>The Story Of <em>Metroid</em>, One Of <b>Gaming's</b> Best <i>(Really</i>)</h1>",
        );
        let h1 = doc.select(&css::H1).next().map(text_of);
        assert_eq!(
            h1.as_deref(),
            Some("The Story Of Metroid, One Of Gaming's Best (Really)")
        );
    }

    #[test]
    fn date_from_url() {
        assert_eq!(
            date_in_url("https://x.com/2016/12/03/story").as_deref(),
            Some("2016-12-03")
        );
        assert_eq!(
            date_in_url("https://x.com/news/2016-12-03-story").as_deref(),
            Some("2016-12-03")
        );
        assert_eq!(date_in_url("https://x.com/2016/story"), None);
    }

    #[test]
    fn canonical_and_language() {
        let m = md(
            r#"<html><head><link rel="canonical" href="https://a.example/x">
            <meta property="og:locale" content="fr_FR"></head></html>"#,
        );
        assert_eq!(m.url.as_deref(), Some("https://a.example/x"));
        assert_eq!(m.language.as_deref(), Some("fr-FR"));
    }
}
