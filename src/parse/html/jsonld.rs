//! schema.org JSON-LD: finding the article object among a page's
//! `<script type="application/ld+json">` blocks (arrays, `@graph`,
//! `mainEntity`, `@id` references) and reading its fields.
//!
//! Nested values are walked with an explicit stack, so a hostile document
//! cannot overflow ours (serde_json itself stops at 128 levels).

use serde_json::Value;

/// schema.org types that describe an article, most specific first.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "Article",
    "BlogPosting",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "SatiricalArticle",
    "MedicalScholarlyArticle",
    "Review",
    "Recipe",
    "HowTo",
];

/// Page types whose fields are a weaker fallback when no article object
/// exists.
const PAGE_TYPES: &[&str] = &["WebPage", "ItemPage", "AboutPage", "CollectionPage"];

/// Types of authors that are organisations, not people.
const ORGANIZATION_TYPES: &[&str] = &[
    "Organization",
    "NewsMediaOrganization",
    "Corporation",
    "LocalBusiness",
    "EducationalOrganization",
    "GovernmentOrganization",
];

/// Most values the walk visits per page: bounds the work on huge graphs.
const MAX_NODES: usize = 10_000;

/// What the article object of a page says.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct LdArticle {
    pub headline: Option<String>,
    /// The `headline` of an article object, not a web page's `name` (SEO
    /// plugins copy the `<title>` into that).
    pub article_headline: Option<String>,
    pub persons: Vec<String>,
    pub organizations: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
}

/// Parses one JSON-LD script, tolerating the usual damage (HTML comment
/// or CDATA wrappers, raw control characters inside strings).
pub fn parse_script(text: &str) -> Option<Value> {
    let trimmed = text
        .trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim()
        .trim_start_matches("//<![CDATA[")
        .trim_start_matches("<![CDATA[")
        .trim_end_matches("//]]>")
        .trim_end_matches("]]>")
        .trim()
        .trim_end_matches(';');
    serde_json::from_str(trimmed).ok().or_else(|| {
        let cleaned: String = trimmed
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        serde_json::from_str(&cleaned).ok()
    })
}

/// Every object in `values`, flattened through arrays, `@graph` and
/// `mainEntity`, in document order.
fn objects(values: &[Value]) -> Vec<&serde_json::Map<String, Value>> {
    let mut out = Vec::new();
    let mut stack: Vec<&Value> = values.iter().rev().collect();
    while let Some(value) = stack.pop() {
        if out.len() >= MAX_NODES {
            break;
        }
        match value {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                out.push(map);
                for key in ["mainEntity", "@graph"] {
                    if let Some(inner) = map.get(key) {
                        stack.push(inner);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn types(map: &serde_json::Map<String, Value>) -> Vec<&str> {
    match map.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn has_type(map: &serde_json::Map<String, Value>, wanted: &[&str]) -> bool {
    types(map).iter().any(|t| {
        let t = t.rsplit(['/', ':']).next().unwrap_or(t);
        wanted.contains(&t)
    })
}

/// Reads the article described by the page's JSON-LD blocks.
pub fn article(values: &[Value]) -> Option<LdArticle> {
    let all = objects(values);
    let main = all
        .iter()
        .find(|m| has_type(m, ARTICLE_TYPES) && m.contains_key("headline"))
        .or_else(|| all.iter().find(|m| has_type(m, ARTICLE_TYPES)))
        .or_else(|| all.iter().find(|m| has_type(m, PAGE_TYPES)))?;
    let resolve = |v: &'_ Value| -> Option<serde_json::Map<String, Value>> {
        let map = v.as_object()?;
        let id = map.get("@id").and_then(Value::as_str);
        match id {
            Some(id) if map.len() == 1 => all
                .iter()
                .find(|m| m.get("@id").and_then(Value::as_str) == Some(id) && m.len() > 1)
                .map(|m| (*m).clone()),
            _ => Some(map.clone()),
        }
    };
    let mut ld = LdArticle {
        headline: string(main.get("headline")).or_else(|| string(main.get("name"))),
        article_headline: string(main.get("headline")).filter(|_| has_type(main, ARTICLE_TYPES)),
        published: string(main.get("datePublished"))
            .or_else(|| string(main.get("dateCreated")))
            .or_else(|| string(main.get("uploadDate"))),
        modified: string(main.get("dateModified")),
        url: string(main.get("url")).or_else(|| {
            main.get("mainEntityOfPage").and_then(|v| match v {
                Value::String(s) => Some(s.clone()),
                Value::Object(m) => string(m.get("@id")).or_else(|| string(m.get("url"))),
                _ => None,
            })
        }),
        language: string(main.get("inLanguage")),
        description: string(main.get("description")),
        image: image_url(main.get("image")),
        ..LdArticle::default()
    };
    if let Some(publisher) = main.get("publisher").and_then(|p| resolve(first(p))) {
        ld.publisher = string(publisher.get("name"));
    }
    for key in ["author", "creator"] {
        let Some(value) = main.get(key) else { continue };
        for item in as_list(value) {
            add_author(&mut ld, item, &resolve);
        }
        if !ld.persons.is_empty() || !ld.organizations.is_empty() {
            break;
        }
    }
    if ld.publisher.is_none() {
        ld.publisher = all
            .iter()
            .find(|m| has_type(m, &["WebSite"]))
            .and_then(|m| string(m.get("name")));
    }
    Some(ld)
}

fn add_author(
    ld: &mut LdArticle,
    item: &Value,
    resolve: &impl Fn(&Value) -> Option<serde_json::Map<String, Value>>,
) {
    match item {
        Value::String(name) => push_unique(&mut ld.persons, name),
        Value::Object(_) => {
            let Some(map) = resolve(item) else { return };
            let Some(name) = string(map.get("name")).or_else(|| {
                let given = string(map.get("givenName"))?;
                let family = string(map.get("familyName")).unwrap_or_default();
                Some(format!("{given} {family}").trim().to_string())
            }) else {
                return;
            };
            if has_type(&map, ORGANIZATION_TYPES) {
                push_unique(&mut ld.organizations, &name);
            } else {
                push_unique(&mut ld.persons, &name);
            }
        }
        _ => {}
    }
}

fn push_unique(list: &mut Vec<String>, name: &str) {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if !name.is_empty() && !list.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
        list.push(name);
    }
}

fn first(value: &Value) -> &Value {
    match value {
        Value::Array(items) => items.first().unwrap_or(value),
        _ => value,
    }
}

fn as_list(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().collect(),
        _ => vec![value],
    }
}

/// A string value, or the first string of an array, trimmed; `None` when
/// empty.
fn string(value: Option<&Value>) -> Option<String> {
    let s = match value? {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().find_map(Value::as_str)?.to_string(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

fn image_url(value: Option<&Value>) -> Option<String> {
    match first(value?) {
        Value::String(s) => Some(s.clone()),
        Value::Object(m) => string(m.get("url")).or_else(|| string(m.get("contentUrl"))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> LdArticle {
        let value = parse_script(json).expect("test JSON parses");
        article(&[value]).expect("an article")
    }

    #[test]
    fn plain_news_article() {
        let ld = read(
            r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"Big news",
               "datePublished":"2020-03-04T05:06:07Z","author":{"@type":"Person","name":"Jane Doe"},
               "publisher":{"@type":"Organization","name":"The Daily"}}"#,
        );
        assert_eq!(ld.headline.as_deref(), Some("Big news"));
        assert_eq!(ld.article_headline.as_deref(), Some("Big news"));
        assert_eq!(ld.persons, ["Jane Doe"]);
        assert_eq!(ld.publisher.as_deref(), Some("The Daily"));
        assert_eq!(ld.published.as_deref(), Some("2020-03-04T05:06:07Z"));
    }

    #[test]
    fn graph_with_id_references_and_several_authors() {
        let ld = read(
            r##"{"@context":"https://schema.org","@graph":[
                {"@type":"WebSite","@id":"#site","name":"Blog"},
                {"@type":["Article"],"headline":"Post","author":[{"@id":"#p1"},{"@id":"#p2"}],
                 "datePublished":"2021-01-02"},
                {"@type":"Person","@id":"#p1","name":"Ann Poe"},
                {"@type":"Person","@id":"#p2","name":"Bob Roe"}]}"##,
        );
        assert_eq!(ld.headline.as_deref(), Some("Post"));
        assert_eq!(ld.persons, ["Ann Poe", "Bob Roe"]);
        assert_eq!(ld.publisher.as_deref(), Some("Blog"));
    }

    #[test]
    fn organisation_authors_are_kept_apart() {
        let ld = read(
            r#"[{"@type":"BlogPosting","headline":"H","author":{"@type":"Organization","name":"Acme"}}]"#,
        );
        assert!(ld.persons.is_empty());
        assert_eq!(ld.organizations, ["Acme"]);
    }

    #[test]
    fn damaged_scripts_still_parse() {
        assert!(parse_script("<!-- {\"@type\":\"Article\"} -->").is_some());
        assert!(parse_script("{\"headline\":\"a\nb\"}").is_some());
        assert!(parse_script("not json").is_none());
    }
}
