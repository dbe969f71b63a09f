//! The search language and what a search returns. Parsing is pure; running
//! a query is the index's job ([`crate::index::Index::search`]).
//!
//! The language is notmuch's and most search engines': words are ANDed,
//! `"an exact phrase"`, `a OR b`, `-word` or `NOT word`, parentheses, and
//! field prefixes (`headline:`, `body:`, `author:`, `site:`, `tag:`,
//! `speaker:`) before a word or a phrase. Operators are upper case, so a
//! lower-case "or" is a word. A prefix that is not a field name is part of
//! the word ("10:30" is searched as written).

use std::fmt;

use chrono::{Datelike, NaiveDate, Timelike};
use serde::Serialize;

use crate::article::ArticleId;

/// Where a word must appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Headline, body or author names: what a plain word searches.
    Any,
    Headline,
    Body,
    Author,
    Site,
    Tag,
    /// Who is quoted (from the article's `quotes`).
    Speaker,
}

impl Field {
    /// The field named by a query prefix, case-insensitively.
    fn from_prefix(name: &str) -> Option<Field> {
        Some(match name.to_lowercase().as_str() {
            "headline" => Field::Headline,
            "body" => Field::Body,
            "author" => Field::Author,
            "site" => Field::Site,
            "tag" => Field::Tag,
            "speaker" => Field::Speaker,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Field::Any => "",
            Field::Headline => "headline",
            Field::Body => "body",
            Field::Author => "author",
            Field::Site => "site",
            Field::Tag => "tag",
            Field::Speaker => "speaker",
        }
    }
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// One word as the user wrote it; the index decides its terms.
    Word {
        field: Field,
        text: String,
    },
    /// Words that must appear next to each other, in order.
    Phrase {
        field: Field,
        text: String,
    },
    And(Vec<Node>),
    Or(Vec<Node>),
    Not(Box<Node>),
}

/// A search query, parsed from the text the user typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    pub root: Node,
}

/// Why a query could not be understood: one sentence the user can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("the query has no words to search for")]
    Empty,
    #[error("the query has a \" that is never closed")]
    UnclosedQuote,
    #[error("the query has an unmatched {0}")]
    UnmatchedParen(char),
    #[error("{0} needs something to search for on each side")]
    DanglingOperator(&'static str),
    #[error("NOT (or -) needs something to search for after it")]
    DanglingNot,
    #[error("{0}: needs a word or a \"phrase\" after it, as in {0}:aleppo")]
    EmptyField(&'static str),
}

/// One lexical item of a query.
#[derive(Debug, Clone, PartialEq)]
enum Lex {
    Open { negated: bool },
    Close,
    Or,
    And,
    Not,
    Atom { negated: bool, node: Node },
}

impl Query {
    /// Parses the query language described in the module docs.
    pub fn parse(text: &str) -> Result<Query, QueryError> {
        let lexed = lex(text)?;
        if !lexed.iter().any(|l| matches!(l, Lex::Atom { .. })) {
            return Err(QueryError::Empty);
        }
        let mut parser = Parser {
            items: &lexed,
            at: 0,
        };
        let root = parser.or()?;
        match parser.peek() {
            None => Ok(Query { root }),
            Some(Lex::Close) => Err(QueryError::UnmatchedParen(')')),
            Some(_) => Err(QueryError::UnmatchedParen(')')),
        }
    }
}

impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix = |field: &Field| match field {
            Field::Any => String::new(),
            other => format!("{}:", other.name()),
        };
        match self {
            Node::Word { field, text } => write!(f, "{}{text}", prefix(field)),
            Node::Phrase { field, text } => write!(f, "{}\"{text}\"", prefix(field)),
            Node::And(nodes) | Node::Or(nodes) => {
                let op = if matches!(self, Node::And(_)) {
                    " "
                } else {
                    " OR "
                };
                let parts: Vec<String> = nodes.iter().map(|n| n.to_string()).collect();
                write!(f, "({})", parts.join(op))
            }
            Node::Not(node) => write!(f, "-{node}"),
        }
    }
}

fn lex(text: &str) -> Result<Vec<Lex>, QueryError> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == ')' {
            out.push(Lex::Close);
            i += 1;
            continue;
        }
        let negated = c == '-' && i + 1 < chars.len() && !chars[i + 1].is_whitespace();
        let plus = c == '+' && i + 1 < chars.len() && !chars[i + 1].is_whitespace();
        let start = if negated || plus { i + 1 } else { i };
        if chars[start] == '(' {
            out.push(Lex::Open { negated });
            i = start + 1;
            continue;
        }
        let (item, next) = lex_atom(&chars, start, negated)?;
        out.extend(item);
        i = next;
    }
    Ok(out)
}

/// Lexes a word, a phrase or an operator starting at `start`; returns it
/// (or nothing, for a stray `-`) and where lexing goes on.
fn lex_atom(
    chars: &[char],
    start: usize,
    negated: bool,
) -> Result<(Option<Lex>, usize), QueryError> {
    let word_end = |from: usize| {
        (from..chars.len())
            .find(|&j| chars[j].is_whitespace() || matches!(chars[j], '(' | ')' | '"'))
            .unwrap_or(chars.len())
    };
    let mut at = start;
    let mut field = Field::Any;
    let end = word_end(at);
    let word: String = chars[at..end].iter().collect();
    if let Some((name, rest)) = word.split_once(':')
        && let Some(f) = Field::from_prefix(name)
    {
        field = f;
        at += name.chars().count() + 1;
        if rest.is_empty() && chars.get(at) != Some(&'"') {
            return Err(QueryError::EmptyField(f.name()));
        }
    }
    if chars.get(at) == Some(&'"') {
        let close = (at + 1..chars.len())
            .find(|&j| chars[j] == '"')
            .ok_or(QueryError::UnclosedQuote)?;
        let text: String = chars[at + 1..close].iter().collect();
        let text = text.trim().to_string();
        if text.is_empty() {
            return Ok((None, close + 1));
        }
        let node = Node::Phrase { field, text };
        return Ok((Some(Lex::Atom { negated, node }), close + 1));
    }
    let end = word_end(at);
    let text: String = chars[at..end].iter().collect();
    let next = end.max(start + 1);
    if text.is_empty() {
        return Ok((None, next));
    }
    if field == Field::Any && !negated {
        match text.as_str() {
            "OR" => return Ok((Some(Lex::Or), next)),
            "AND" => return Ok((Some(Lex::And), next)),
            "NOT" => return Ok((Some(Lex::Not), next)),
            _ => {}
        }
    }
    let node = Node::Word { field, text };
    Ok((Some(Lex::Atom { negated, node }), next))
}

struct Parser<'a> {
    items: &'a [Lex],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Lex> {
        self.items.get(self.at)
    }

    fn or(&mut self) -> Result<Node, QueryError> {
        let mut alternatives = vec![self.and()?];
        while self.peek() == Some(&Lex::Or) {
            self.at += 1;
            alternatives.push(self.and()?);
        }
        Ok(collapse(alternatives, Node::Or))
    }

    fn and(&mut self) -> Result<Node, QueryError> {
        let mut parts = Vec::new();
        loop {
            match self.peek() {
                None | Some(Lex::Close) => break,
                Some(Lex::Or) if parts.is_empty() => {
                    return Err(QueryError::DanglingOperator("OR"));
                }
                Some(Lex::Or) => break,
                Some(Lex::And) => {
                    if parts.is_empty() {
                        return Err(QueryError::DanglingOperator("AND"));
                    }
                    self.at += 1;
                    if matches!(self.peek(), None | Some(Lex::Close | Lex::Or | Lex::And)) {
                        return Err(QueryError::DanglingOperator("AND"));
                    }
                }
                Some(_) => parts.push(self.unary()?),
            }
        }
        if parts.is_empty() {
            return Err(match self.peek() {
                Some(Lex::Close) if self.at > 0 && self.items[self.at - 1] == Lex::Or => {
                    QueryError::DanglingOperator("OR")
                }
                Some(Lex::Close) => QueryError::UnmatchedParen(')'),
                _ if self.at > 0 => QueryError::DanglingOperator("OR"),
                _ => QueryError::Empty,
            });
        }
        Ok(collapse(parts, Node::And))
    }

    fn unary(&mut self) -> Result<Node, QueryError> {
        let Some(item) = self.peek().cloned() else {
            return Err(QueryError::DanglingNot);
        };
        self.at += 1;
        match item {
            Lex::Not => {
                if matches!(self.peek(), None | Some(Lex::Close | Lex::Or | Lex::And)) {
                    return Err(QueryError::DanglingNot);
                }
                Ok(Node::Not(Box::new(self.unary()?)))
            }
            Lex::Atom { negated, node } => Ok(negate_if(negated, node)),
            Lex::Open { negated } => {
                let inner = self.or()?;
                if self.peek() != Some(&Lex::Close) {
                    return Err(QueryError::UnmatchedParen('('));
                }
                self.at += 1;
                Ok(negate_if(negated, inner))
            }
            Lex::Close => Err(QueryError::UnmatchedParen(')')),
            Lex::Or => Err(QueryError::DanglingOperator("OR")),
            Lex::And => Err(QueryError::DanglingOperator("AND")),
        }
    }
}

fn negate_if(negated: bool, node: Node) -> Node {
    if negated {
        Node::Not(Box::new(node))
    } else {
        node
    }
}

/// One node stays itself; several are joined with `make`.
fn collapse(mut nodes: Vec<Node>, make: fn(Vec<Node>) -> Node) -> Node {
    if nodes.len() == 1 {
        nodes.remove(0)
    } else {
        make(nodes)
    }
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best match first (search only; `list` treats it as `Newest`).
    #[default]
    Relevance,
    /// Newest published (else imported) first.
    Newest,
    Oldest,
    /// Most recently imported first.
    Imported,
}

/// Restrictions shared by `list` and `search`; all of them must hold.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Earliest date (published, else imported), inclusive, as a [`DateKey`].
    pub since: Option<DateKey>,
    /// Dates before this one, exclusive (an `--until` day is included whole).
    pub until: Option<DateKey>,
    /// Each must match an author's name (words in order, as `author:"…"`).
    pub authors: Vec<String>,
    pub sites: Vec<String>,
    /// Exact tags; all must be present.
    pub tags: Vec<String>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

/// A calendar date and time as seconds since 1970, read as written (an
/// offset is ignored), so `--until 2016-12-03` keeps an article published
/// late on that day in New York.
pub type DateKey = i64;

/// Why a `--since`/`--until` value was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date {0:?}: use YYYY, YYYY-MM or YYYY-MM-DD")]
pub struct DateError(pub String);

/// Which end of a period a date names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// The first moment of the period: `2016-12` is 2016-12-01T00:00.
    Start,
    /// The moment after the period: `2016-12` is 2017-01-01T00:00.
    End,
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into the key of the start or
/// the end of that period.
pub fn parse_date_bound(text: &str, bound: Bound) -> Result<DateKey, DateError> {
    let err = || DateError(text.to_string());
    let parts: Vec<&str> = text.trim().split('-').collect();
    let num = |s: &str, len: usize| -> Result<u32, DateError> {
        if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        s.parse().map_err(|_| err())
    };
    let (start, end) = match parts.as_slice() {
        [y] => {
            let y = num(y, 4)? as i32;
            (
                NaiveDate::from_ymd_opt(y, 1, 1),
                NaiveDate::from_ymd_opt(y + 1, 1, 1),
            )
        }
        [y, m] => {
            let (y, m) = (num(y, 4)? as i32, num(m, 2)?);
            let start = NaiveDate::from_ymd_opt(y, m, 1);
            (
                start,
                start.and_then(|d| d.checked_add_months(chrono::Months::new(1))),
            )
        }
        [y, m, d] => {
            let start = NaiveDate::from_ymd_opt(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?);
            (start, start.and_then(|d| d.succ_opt()))
        }
        _ => return Err(err()),
    };
    let date = match bound {
        Bound::Start => start,
        Bound::End => end,
    }
    .ok_or_else(err)?;
    Ok(day_key(date))
}

fn day_key(date: NaiveDate) -> DateKey {
    i64::from(date.num_days_from_ce() - 719_163) * 86_400
}

/// The key of a stored date string: `YYYY-MM-DD` or RFC 3339 (offset
/// ignored, see [`DateKey`]). `None` when it is neither.
pub fn date_key(text: &str) -> Option<DateKey> {
    let date = NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()?;
    let mut key = day_key(date);
    if let Some(time) = text.get(11..19) {
        let t = chrono::NaiveTime::parse_from_str(time, "%H:%M:%S").ok()?;
        key += i64::from(t.num_seconds_from_midnight());
    }
    Some(key)
}

/// What the index knows about an article: enough for a line of `list` or
/// the heading of a search hit, without reading its JSON file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub id: ArticleId,
    pub headline: Option<String>,
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub site_name: Option<String>,
    pub tags: Vec<String>,
    pub imported_at: String,
}

impl Summary {
    /// The date shown and sorted on: published, else imported.
    pub fn date(&self) -> &str {
        self.published.as_deref().unwrap_or(&self.imported_at)
    }
}

/// One search result, best first.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    #[serde(flatten)]
    pub summary: Summary,
    /// BM25 score; only comparable within one search.
    pub score: f32,
    /// A passage of the text around the best matches, `…` where cut.
    pub snippet: String,
    /// Byte ranges `[start, end)` of the matched words in `snippet`.
    pub highlights: Vec<(usize, usize)>,
    /// Byte ranges of the matched words in the headline.
    pub headline_highlights: Vec<(usize, usize)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> String {
        match Query::parse(text) {
            Ok(q) => q.root.to_string(),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn query_language() {
        let cases = [
            ("aleppo", "aleppo"),
            ("aleppo russia", "(aleppo russia)"),
            ("aleppo AND russia", "(aleppo russia)"),
            ("\"militant withdrawal\"", "\"militant withdrawal\""),
            ("aleppo OR homs", "(aleppo OR homs)"),
            ("a b OR c", "((a b) OR c)"),
            ("aleppo -russia", "(aleppo -russia)"),
            ("aleppo NOT russia", "(aleppo -russia)"),
            ("-\"foreign minister\" x", "(-\"foreign minister\" x)"),
            ("(aleppo OR homs) talks", "((aleppo OR homs) talks)"),
            ("-(a OR b) c", "(-(a OR b) c)"),
            ("author:lavrov", "author:lavrov"),
            ("Author:\"sergey lavrov\"", "author:\"sergey lavrov\""),
            ("headline:aleppo tag:syria", "(headline:aleppo tag:syria)"),
            ("site:bbc.co.uk", "site:bbc.co.uk"),
            ("speaker:kerry", "speaker:kerry"),
            ("10:30 http://x.org", "(10:30 http://x.org)"),
            ("or and not", "(or and not)"),
            ("+aleppo", "aleppo"),
            ("a - b", "(a - b)"),
            ("a \"\" b", "(a b)"),
            ("café’s", "café’s"),
        ];
        for (text, expected) in cases {
            assert_eq!(parsed(text), expected, "{text:?}");
        }
    }

    #[test]
    fn invalid_queries_get_one_clear_message() {
        let cases = [
            ("", QueryError::Empty),
            ("   ", QueryError::Empty),
            ("\"aleppo", QueryError::UnclosedQuote),
            ("(aleppo", QueryError::UnmatchedParen('(')),
            ("aleppo)", QueryError::UnmatchedParen(')')),
            ("OR aleppo", QueryError::DanglingOperator("OR")),
            ("aleppo OR", QueryError::DanglingOperator("OR")),
            ("a OR OR b", QueryError::DanglingOperator("OR")),
            ("a AND", QueryError::DanglingOperator("AND")),
            ("aleppo NOT", QueryError::DanglingNot),
            ("author:", QueryError::EmptyField("author")),
            ("()", QueryError::Empty),
        ];
        for (text, expected) in cases {
            assert_eq!(Query::parse(text), Err(expected), "{text:?}");
        }
    }

    #[test]
    fn date_bounds_cover_whole_periods() {
        let key = |s, b| parse_date_bound(s, b).unwrap();
        assert_eq!(key("1970-01-01", Bound::Start), 0);
        assert_eq!(key("1970-01-01", Bound::End), 86_400);
        assert_eq!(key("1970-01", Bound::End), 31 * 86_400);
        assert_eq!(key("1970", Bound::End), 365 * 86_400);
        assert_eq!(key("2016-12", Bound::End), key("2017-01-01", Bound::Start));
        for bad in ["2016-13", "16", "2016-1-1", "yesterday", "2016-02-30", ""] {
            assert!(parse_date_bound(bad, Bound::Start).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn stored_dates_become_keys_as_written() {
        assert_eq!(date_key("1970-01-02"), Some(86_400));
        assert_eq!(date_key("1970-01-01T01:00:00-05:00"), Some(3_600));
        assert_eq!(date_key("1970-01-01T00:00:10Z"), Some(10));
        assert_eq!(date_key("soon"), None);
    }
}
