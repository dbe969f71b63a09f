//! The provenance of an HTML article: which step of the metadata chain or
//! which extraction rule gave each field (`from` names the meta key or the
//! element), and why each block left out of the body was left out. The
//! pipeline in `mod.rs` makes the decisions; this file writes them down.

use std::collections::HashMap;

use super::body::Selection;
use super::dom::Page;
use super::metadata::{Metadata, Step};
use crate::article::{Article, Dropped, Format, Origin, Provenance};
use crate::parse::provenance::{self, Rule};

/// Evidence recorded for a body found on the strict pass: none needed.
pub const STRICT_PASS: Option<&str> = None;

/// Evidence recorded for a body found only on the lenient pass.
pub const LENIENT_PASS: Option<&str> =
    Some("second pass: elements with boilerplate class names kept");

/// Where the publication date came from (see `published` in `mod.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// The metadata's timestamp, of the day printed by the headline.
    SameDay,
    /// The metadata chain.
    Metadata,
    /// The date printed by the headline.
    Header,
    /// The metadata chain: the date printed by the headline is the
    /// metadata's modification date.
    SeenIsUpdate,
    /// A sentence on the page that gives the first publication date.
    Originally,
}

/// What the pipeline decided, for the record.
pub struct Decisions<'a, 'p> {
    pub headline: Option<Rule>,
    pub authors: Rule,
    /// The rule that found the printed byline, when there is one.
    pub byline: Option<Rule>,
    pub published: Published,
    /// One rule per image of the article.
    pub images: Vec<Rule>,
    /// `STRICT_PASS` or `LENIENT_PASS`.
    pub pass: Option<&'static str>,
    pub md: &'a Metadata,
    pub page: &'a Page<'p>,
    pub selection: &'a Selection,
    /// Blocks of the selection that cleaning left out, with the reason.
    pub cleaned: &'a [(usize, Rule)],
}

/// The rule of a metadata chain step.
pub fn step_rule(step: Step) -> Rule {
    match step {
        Step::JsonLd => Rule::HtmlJsonLd,
        Step::Meta => Rule::HtmlMeta,
        Step::Time => Rule::HtmlTime,
        Step::RelAuthor => Rule::HtmlRelAuthor,
        Step::Microdata => Rule::HtmlMicrodata,
        Step::Url => Rule::HtmlUrlDate,
        Step::AuthorLink => Rule::HtmlAuthorLink,
        Step::Header => Rule::HtmlHeader,
        Step::Dom => Rule::HtmlDomHint,
        Step::Canonical => Rule::HtmlCanonical,
        Step::Lang => Rule::HtmlLang,
    }
}

/// Writes the provenance of every field `article` has, and what was
/// dropped, into `article.provenance`.
pub fn record(article: &mut Article, d: &Decisions<'_, '_>) {
    let mut p = Provenance {
        parser: Some(Format::Html),
        ..Provenance::default()
    };
    let from_md = |field: &str| -> Option<Origin> {
        let found = d.md.from.get(field)?;
        Some(step_rule(found.step).at(Some(found.key.clone())))
    };
    if let (Some(_), Some(rule)) = (&article.headline, d.headline) {
        let from = match rule {
            Rule::HtmlTitleWithoutSite => d.md.from.get("title").map(|f| f.key.clone()),
            _ => Some("<h1>".to_string()),
        };
        p.add("headline", rule.at(from));
    }
    for _ in &article.authors {
        p.add("authors", d.authors.at(None));
    }
    if let (Some(_), Some(rule)) = (&article.byline, d.byline) {
        let from = match rule {
            Rule::HtmlDomHint => Some("byline class".to_string()),
            Rule::HtmlHeader => Some("text after the headline".to_string()),
            _ => None,
        };
        p.add("byline", rule.at(from));
    }
    if article.published.is_some() {
        let origin = match d.published {
            Published::Header => Some(Rule::HtmlHeader.at(None)),
            Published::Originally => Some(Rule::PublishedOriginally.at(None)),
            Published::Metadata => from_md("published"),
            Published::SeenIsUpdate => {
                d.md.from
                    .get("published")
                    .map(|f| Rule::HtmlSeenDateIsUpdate.at(Some(f.key.clone())))
            }
            Published::SameDay => {
                d.md.from
                    .get("published")
                    .map(|f| Rule::HtmlMetaSameDay.at(Some(f.key.clone())))
            }
        };
        p.fields
            .extend(origin.map(|o| ("published".to_string(), vec![o])));
    }
    let single = [
        ("updated", article.updated.is_some()),
        ("site_name", article.site_name.is_some()),
        ("url", article.url.is_some()),
        ("language", article.language.is_some()),
    ];
    for (field, set) in single {
        if let Some(origin) = from_md(field).filter(|_| set) {
            p.add(field, origin);
        }
    }
    if article.standfirst.is_some() {
        let from = d.md.from.get("description").map(|f| f.key.clone());
        p.add("standfirst", Rule::HtmlDescription.at(from));
    }
    if !article.body.is_empty() {
        let mut origin = Rule::HtmlBodyScoring.at(None);
        origin.evidence = d.pass.map(str::to_string);
        p.add("body", origin);
    }
    for rule in &d.images {
        let from = match rule {
            Rule::HtmlLeadImage => d.md.from.get("lead_image").map(|f| f.key.clone()),
            _ => None,
        };
        p.add("images", rule.at(from));
    }
    for _ in &article.related {
        p.add("related", Rule::HtmlRelatedContainer.at(None));
    }
    dropped(&mut p, article, d);
    article.provenance = p;
}

/// The blocks of the page that are in no field, nearest the article first.
fn dropped(p: &mut Provenance, article: &Article, d: &Decisions<'_, '_>) {
    let sel = d.selection;
    let used: Vec<&str> = article
        .headline
        .iter()
        .chain(&article.standfirst)
        .chain(&article.byline)
        .map(String::as_str)
        .chain(article.images.iter().filter_map(|i| i.caption.as_deref()))
        .collect();
    let cleaned: HashMap<usize, Rule> = d.cleaned.iter().copied().collect();
    let reason = |i: usize| -> Option<Rule> {
        if let Some(&rule) = cleaned.get(&i) {
            return Some(rule);
        }
        if sel.blocks.binary_search(&i).is_ok() {
            return None;
        }
        Some(if sel.contains_elem(d.page.blocks[i].owner) {
            Rule::HtmlCleanedAway
        } else {
            Rule::HtmlOutsideContainer
        })
    };
    let (first, last) = (sel.blocks.first().copied(), sel.blocks.last().copied());
    let distance = |i: usize| match (first, last) {
        (Some(a), _) if i < a => a - i,
        (_, Some(b)) if i > b => i - b,
        _ => 0,
    };
    let candidates: Vec<(usize, usize)> = d
        .page
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| !b.text.trim().is_empty() && !used.contains(&b.text.as_str()))
        .filter(|(i, _)| reason(*i).is_some())
        .map(|(i, _)| (distance(i), i))
        .collect();
    let (listed, omitted) = provenance::nearest_dropped(candidates);
    p.dropped = listed
        .into_iter()
        .filter_map(|i| {
            let block = &d.page.blocks[i];
            let rule = reason(i)?;
            let tag = d
                .page
                .elems
                .get(block.owner)
                .map(|e| format!("<{}>", e.tag));
            Some(Dropped {
                text: provenance::clip(&block.text),
                reason: rule.id().to_string(),
                from: tag,
                evidence: None,
            })
        })
        .collect();
    p.dropped_omitted = omitted;
}
