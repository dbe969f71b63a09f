//! Turns a parsed [`search::Query`](crate::search::Query) and a
//! [`Filter`] into a tantivy query, analysing every word with the analyzer
//! of the field it is looked for in, exactly as the articles were.

use std::collections::BTreeSet;
use std::ops::Bound;

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, RangeQuery,
    TermQuery,
};
use tantivy::schema::{Field as TantivyField, IndexRecordOption};
use tantivy::tokenizer::{TextAnalyzer, TokenStream};

use super::schema::Fields;
use super::tokenizer;
use crate::search::{Field, Filter, Node};

/// How much more a headline match weighs than a body match: the headline
/// says what the article is about. BM25 already favours short fields, so a
/// modest factor is enough to put headline hits first.
const HEADLINE_BOOST: f32 = 2.0;

/// Builds tantivy queries; remembers the terms worth highlighting.
pub struct Builder<'a> {
    fields: &'a Fields,
    stemmed: TextAnalyzer,
    folded: TextAnalyzer,
    /// Stemmed terms of words that must or may match (not excluded ones).
    pub highlight: BTreeSet<String>,
}

impl<'a> Builder<'a> {
    pub fn new(fields: &'a Fields) -> Builder<'a> {
        Builder {
            fields,
            stemmed: tokenizer::stemmed(),
            folded: tokenizer::folded(),
            highlight: BTreeSet::new(),
        }
    }

    /// The query for a node, or `None` when it has no searchable words.
    pub fn node(&mut self, node: &Node) -> Option<Box<dyn Query>> {
        self.build(node, false)
    }

    fn build(&mut self, node: &Node, negated: bool) -> Option<Box<dyn Query>> {
        match node {
            Node::Word { field, text } | Node::Phrase { field, text } => {
                self.words(*field, text, negated)
            }
            Node::Not(inner) => {
                let inner = self.build(inner, !negated)?;
                Some(Box::new(BooleanQuery::new(vec![
                    (Occur::Must, Box::new(AllQuery)),
                    (Occur::MustNot, excluded(inner)),
                ])))
            }
            Node::Or(nodes) => {
                let clauses: Vec<(Occur, Box<dyn Query>)> = nodes
                    .iter()
                    .filter_map(|n| self.build(n, negated))
                    .map(|q| (Occur::Should, q))
                    .collect();
                (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as _)
            }
            Node::And(nodes) => {
                let mut clauses = Vec::new();
                for n in nodes {
                    match n {
                        Node::Not(inner) => {
                            if let Some(q) = self.build(inner, !negated) {
                                clauses.push((Occur::MustNot, excluded(q)));
                            }
                        }
                        other => {
                            if let Some(q) = self.build(other, negated) {
                                clauses.push((Occur::Must, q));
                            }
                        }
                    }
                }
                if clauses.is_empty() {
                    return None;
                }
                if clauses.iter().all(|(occur, _)| *occur == Occur::MustNot) {
                    clauses.push((Occur::Must, Box::new(AllQuery)));
                }
                Some(Box::new(BooleanQuery::new(clauses)))
            }
        }
    }

    /// A word or phrase in one field, or in any of headline, body and
    /// authors. Several terms (a phrase, or "al-Assad") must be adjacent.
    fn words(&mut self, field: Field, text: &str, negated: bool) -> Option<Box<dyn Query>> {
        let f = self.fields;
        let targets: Vec<(TantivyField, bool, f32)> = match field {
            Field::Any => vec![
                (f.headline, true, HEADLINE_BOOST),
                (f.body, true, 1.0),
                (f.author, false, 1.0),
            ],
            Field::Headline => vec![(f.headline, true, HEADLINE_BOOST)],
            Field::Body => vec![(f.body, true, 1.0)],
            Field::Author => vec![(f.author, false, 1.0)],
            Field::Speaker => vec![(f.speaker, false, 1.0)],
            Field::Site => vec![(f.site, false, 1.0)],
            Field::Tag => return Some(tag_query(f.tag, text)),
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (target, stemmed, boost) in targets {
            let analyzer = if stemmed {
                &mut self.stemmed
            } else {
                &mut self.folded
            };
            let terms = positioned_terms(analyzer, target, text);
            if stemmed && !negated {
                self.highlight.extend(
                    terms
                        .iter()
                        .filter_map(|(_, t)| t.value().as_str().map(String::from)),
                );
            }
            let Some(q) = adjacent(terms) else { continue };
            let q: Box<dyn Query> = if boost == 1.0 {
                q
            } else {
                Box::new(BoostQuery::new(q, boost))
            };
            clauses.push((Occur::Should, q));
        }
        match clauses.len() {
            0 => None,
            1 => clauses.pop().map(|(_, q)| q),
            _ => Some(Box::new(BooleanQuery::new(clauses))),
        }
    }

    /// The filters as one unscored query, or `None` when there are none.
    pub fn filter(&mut self, filter: &Filter) -> Option<Box<dyn Query>> {
        let f = self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if filter.since.is_some() || filter.until.is_some() {
            let bound = |key: Option<i64>, make: fn(Term) -> Bound<Term>| {
                key.map_or(Bound::Unbounded, |k| make(Term::from_field_i64(f.date, k)))
            };
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    bound(filter.since, Bound::Included),
                    bound(filter.until, Bound::Excluded),
                )),
            ));
        }
        for (values, field) in [(&filter.authors, f.author), (&filter.sites, f.site)] {
            for value in values {
                let terms = positioned_terms(&mut self.folded, field, value);
                // A name with no words can match nothing.
                let q = adjacent(terms).unwrap_or_else(|| Box::new(tantivy::query::EmptyQuery));
                clauses.push((Occur::Must, q));
            }
        }
        for tag in &filter.tags {
            clauses.push((Occur::Must, tag_query(f.tag, tag)));
        }
        if clauses.is_empty() {
            return None;
        }
        Some(Box::new(ConstScoreQuery::new(
            Box::new(BooleanQuery::new(clauses)),
            0.0,
        )))
    }
}

/// A query to exclude, wrapped in a two-way union of itself. tantivy 0.27
/// asks an excluded scorer whether it holds a document even when it is
/// already exhausted, which a phrase scorer does not allow (a debug
/// assertion); a union answers that from its own position. The second copy
/// costs one more scorer for negated terms only.
fn excluded(q: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(vec![
        (Occur::Should, q.box_clone()),
        (Occur::Should, q),
    ]))
}

/// Tags are stored trimmed and lowercase; match them exactly.
fn tag_query(field: TantivyField, tag: &str) -> Box<dyn Query> {
    let term = Term::from_field_text(field, &tag.trim().to_lowercase());
    Box::new(TermQuery::new(term, IndexRecordOption::Basic))
}

/// The terms of `text` in `field` with their positions relative to the
/// first, so a phrase keeps any gap left by a dropped word.
fn positioned_terms(
    analyzer: &mut TextAnalyzer,
    field: TantivyField,
    text: &str,
) -> Vec<(usize, Term)> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    let mut first = None;
    while let Some(token) = stream.next() {
        let base = *first.get_or_insert(token.position);
        out.push((
            token.position - base,
            Term::from_field_text(field, &token.text),
        ));
    }
    out
}

/// One term as a term query, several as a phrase.
fn adjacent(mut terms: Vec<(usize, Term)>) -> Option<Box<dyn Query>> {
    match terms.len() {
        0 => None,
        1 => terms
            .pop()
            .map(|(_, t)| Box::new(TermQuery::new(t, IndexRecordOption::WithFreqs)) as _),
        _ => Some(Box::new(PhraseQuery::new_with_offset(terms))),
    }
}
