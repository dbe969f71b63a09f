//! One pass over the parsed page that flattens it into what the body
//! extractor scores: block-level elements (with their text statistics
//! summed bottom-up) and text blocks in reading order.
//!
//! The walk is iterative (ego_tree's `traverse` yields open/close edges),
//! never recursive, so a page of 200,000 nested `<div>`s cannot overflow
//! the stack. Inline elements do not become [`Elem`]s: their text joins the
//! block around them, with the whitespace between tags kept as written.

use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{ElementRef, Node};
use std::collections::HashSet;

use super::rules;

/// What kind of element owns a text block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Paragraph,
    Heading(u8),
    ListItem,
    Quote,
    Pre,
    Caption,
    Cell,
    /// Text directly inside a `div`, `section` … ("div soup").
    Other,
}

/// A block-level element that was kept, with sums over its subtree.
#[derive(Debug, Clone)]
pub struct Elem<'a> {
    pub tag: &'a str,
    pub parent: Option<usize>,
    /// One past the index of its last descendant: descendants are
    /// `index + 1 .. end`.
    pub end: usize,
    /// Readability's class weight: ±25 for content / boilerplate class or id.
    pub class_weight: f64,
    /// Non-whitespace characters of text below it, and how many of them
    /// are link text.
    pub chars: u32,
    pub link_chars: u32,
    pub commas: u32,
    pub paragraphs: u32,
    pub list_items: u32,
    pub headings: u32,
    /// Characters of text in headings below it.
    pub heading_chars: u32,
    /// Characters of prose blocks below it: long, few links.
    pub prose_chars: u32,
    pub images: u32,
    pub inputs: u32,
    pub embeds: u32,
    /// Data-table markup (`<th>`, `<caption>`, `<thead>`, `<col>` …, see
    /// `DATA_TABLE_MARKUP`), rows (`<tr>`), cells and tables below it
    /// (itself included), to tell data tables from layout tables.
    pub header_cells: u32,
    pub rows: u32,
    pub cells: u32,
    pub tables: u32,
}

impl Elem<'_> {
    /// A table of data rather than layout (Readability's
    /// `_markDataTables`, simplified): it has data-table markup, many rows
    /// or many cells, and no table inside it.
    pub fn is_data_table(&self) -> bool {
        self.tag == "table"
            && self.tables == 1
            && (self.header_cells > 0
                || self.rows >= rules::MIN_DATA_TABLE_ROWS
                || self.cells > rules::MAX_LAYOUT_TABLE_CELLS)
    }

    /// Share of the text below this element that is link text.
    pub fn link_density(&self) -> f64 {
        if self.chars == 0 {
            return 0.0;
        }
        f64::from(self.link_chars) / f64::from(self.chars)
    }
}

/// A run of text owned by one block-level element.
#[derive(Debug, Clone)]
pub struct Block {
    /// Index of the owning [`Elem`].
    pub owner: usize,
    pub kind: Kind,
    /// Whitespace-collapsed text; a single `<br>` is kept as `\n`.
    pub text: String,
    pub chars: usize,
    pub link_chars: usize,
    /// The innermost `<figure>` around the block, if any.
    pub figure: Option<usize>,
}

impl Block {
    pub fn link_density(&self) -> f64 {
        if self.chars == 0 {
            return 0.0;
        }
        self.link_chars as f64 / self.chars as f64
    }
}

/// An `<img>` met on the walk.
#[derive(Debug, Clone)]
pub struct ImageRef {
    /// The block-level element it sits in.
    pub elem: usize,
    pub figure: Option<usize>,
    pub src: Option<String>,
    pub alt: Option<String>,
}

/// The flattened page.
#[derive(Debug, Default)]
pub struct Page<'a> {
    pub elems: Vec<Elem<'a>>,
    pub blocks: Vec<Block>,
    pub images: Vec<ImageRef>,
}

/// Walk settings: the strict pass drops likely boilerplate by class/id
/// before scoring; the lenient pass keeps it.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub strip_unlikely: bool,
}

/// Elements whose content is never article text.
const SKIPPED_TAGS: &[&str] = &[
    "head",
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    // MathML's source annotations (TeX) repeat the formula it shows.
    "annotation",
    "annotation-xml",
    "iframe",
    "object",
    "embed",
    "canvas",
    "select",
    "button",
    "input",
    "textarea",
    "option",
    "nav",
    "aside",
    "footer",
    "dialog",
    "audio",
    "video",
    "map",
    "link",
    "meta",
    "title",
    "form-field",
];

/// Skipped elements that count as form inputs for conditional cleaning.
const INPUT_TAGS: &[&str] = &["input", "select", "textarea", "button"];

/// Skipped elements that count as embeds for conditional cleaning.
const EMBED_TAGS: &[&str] = &["iframe", "object", "embed", "video", "audio"];

/// Table markup that only tables of data use (Readability's
/// `dataTableDescendants`, and a caption): header cells, column groups,
/// a header or footer row group.
const DATA_TABLE_MARKUP: &[&str] = &["th", "caption", "thead", "tfoot", "colgroup", "col"];

/// Elements that flow inside a block; everything else starts a block.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "picture", "q", "s", "samp",
    "small", "source", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    "br",
];

/// MathML's namespace: formulas are article text (Readability keeps
/// them), read inline like `<span>`s.
const MATHML_NS: &str = "http://www.w3.org/1998/Math/MathML";

/// MathML token elements (identifier, number, operator, text, string):
/// each is one word of the formula, so spaces part them ("a x 2", not
/// "ax2" for `a x²`).
const MATH_TOKEN_TAGS: &[&str] = &["mi", "mn", "mo", "mtext", "ms"];

fn is_mathml(el: &Element) -> bool {
    &*el.name.ns == MATHML_NS
}

/// Elements never dropped for their class/id: dropping them loses the page.
/// Inline elements other than images are not dropped either: a class on a
/// span inside running text ("contextmenu Quotation", an id
/// "Community" on a heading's span) styles words of the paragraph, and
/// dropping them would cut sentences; a "share" icon still goes.
const NEVER_UNLIKELY: &[&str] = &["html", "body", "a", "article", "main"];

/// Marks a `<br>` in the text buffer until the block is flushed; html5ever
/// never yields NUL in text (it becomes U+FFFD), so it cannot collide.
const BR: char = '\0';

/// Flattens the page below `root`.
pub fn walk<'a>(root: ElementRef<'a>, options: Options) -> Page<'a> {
    let mut w = Walker::default();
    let segments = streamed_segments(root);
    let marked = marked_content(root);
    let mut spliced: Vec<ego_tree::NodeId> = Vec::new();
    // One traversal per level of splicing (a streamed segment walked where
    // its placeholder stands), each with its root and the subtree it is
    // skipping.
    let mut stack = vec![(root.traverse(), root.id(), None::<ego_tree::NodeId>)];
    while let Some((traverse, top, skipping)) = stack.last_mut() {
        let Some(edge) = traverse.next() else {
            stack.pop();
            continue;
        };
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(text) => w.text(&text.text),
                    Node::Element(el) => {
                        let segment = placeholder_segment(el, &segments)
                            .filter(|seg| !spliced.contains(&seg.id()));
                        let repeat = is_streamed_segment(el)
                            && node.id() != *top
                            && spliced.contains(&node.id());
                        if marked.article == Some(node.id()) {
                            w.neutral = marked.words.clone();
                        }
                        let holds_article = marked.path.contains(&node.id());
                        if is_skipped(el, options, holds_article, &w.neutral) || repeat {
                            if !repeat {
                                w.count_skipped(el.name());
                            }
                            *skipping = Some(node.id());
                        } else {
                            if is_streamed_segment(el) && node.id() != *top {
                                // Walked where it stands: not again where
                                // a later placeholder names it.
                                spliced.push(node.id());
                            }
                            w.open(el);
                        }
                        if let Some(seg) = segment {
                            spliced.push(seg.id());
                            stack.push((seg.traverse(), seg.id(), None));
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(id) = *skipping {
                    if id == node.id() {
                        *skipping = None;
                    }
                    continue;
                }
                if let Node::Element(el) = node.value() {
                    if is_mathml(el) {
                        w.math_token_edge(el);
                    } else {
                        w.close(el.name());
                    }
                }
                if marked.article == Some(node.id()) {
                    w.neutral.clear();
                }
            }
        }
    }
    w.finish()
}

/// Most streamed segments looked up: a page has tens; the cap bounds the
/// linear lookups on a hostile one.
const MAX_SEGMENTS: usize = 2_000;

/// The page's streamed segments (`<div hidden id="S:…">`) by id suffix.
fn streamed_segments(root: ElementRef<'_>) -> Vec<(&str, ElementRef<'_>)> {
    root.descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| is_streamed_segment(e.value()))
        .filter_map(|e| Some((e.value().id()?.strip_prefix("S:")?, e)))
        .take(MAX_SEGMENTS)
        .collect()
}

/// The streamed segment a `<template id="B:…">` (boundary) or
/// `<template id="P:…">` (placeholder) stands for: React's script puts
/// segment `S:x` where `B:x` or `P:x` is.
fn placeholder_segment<'a>(
    el: &Element,
    segments: &[(&str, ElementRef<'a>)],
) -> Option<ElementRef<'a>> {
    if el.name() != "template" {
        return None;
    }
    let id = el.id()?;
    let key = id.strip_prefix("B:").or_else(|| id.strip_prefix("P:"))?;
    segments.iter().find(|(k, _)| *k == key).map(|(_, e)| *e)
}

/// What the page's own markup says is the article: its only `<article>`
/// element and any `itemprop="articleBody"`. That outweighs the class
/// names around them (a "share" id on the articleBody div, a
/// "newsletter" section around a newsletter archive's article). Pages
/// with several `<article>`s (teasers, comments) get no `<article>` pass.
#[derive(Default)]
struct Marked {
    /// The lone `<article>`.
    article: Option<ego_tree::NodeId>,
    /// The marked elements and their ancestors: never dropped for their
    /// class.
    path: HashSet<ego_tree::NodeId>,
    /// Boilerplate words of the lone article's own class/id ("newsletter"
    /// on a newsletter archive's article): inside it they name the kind
    /// of content, not boilerplate, so they neither drop nor lower anything.
    words: Vec<String>,
}

fn marked_content(root: ElementRef<'_>) -> Marked {
    let mut marked = Marked::default();
    let mut articles = Vec::new();
    for node in root.descendants() {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        if el.name() == "article" && articles.len() < 2 {
            articles.push(node);
        }
        if el.attr("itemprop") == Some("articleBody") {
            mark_path(&mut marked.path, node);
        }
    }
    if let [article] = articles[..] {
        mark_path(&mut marked.path, article);
        let hints = article
            .value()
            .as_element()
            .map(class_and_id)
            .unwrap_or_default();
        marked.words = [&*rules::UNLIKELY, &*rules::NEGATIVE]
            .iter()
            .flat_map(|re| re.find_iter(&hints).map(|m| m.as_str().to_lowercase()))
            .collect();
        marked.words.sort();
        marked.words.dedup();
        marked.article = Some(article.id());
    }
    marked
}

/// Adds `node` and its ancestors to `path`, stopping at one already there
/// (so nested marks cost linear time).
fn mark_path(path: &mut HashSet<ego_tree::NodeId>, node: ego_tree::NodeRef<'_, Node>) {
    let mut current = Some(node);
    while let Some(n) = current {
        if !path.insert(n.id()) {
            break;
        }
        current = n.parent();
    }
}

/// True when `re` matches `hints` somewhere other than on a `neutral` word.
fn matches_beyond(re: &regex::Regex, hints: &str, neutral: &[String]) -> bool {
    re.find_iter(hints)
        .any(|m| !neutral.iter().any(|n| n.eq_ignore_ascii_case(m.as_str())))
}

/// True for elements whose subtree the walk leaves out. `holds_article`:
/// the element is or holds what the markup marks as the article (see
/// [`Marked`]), which its class never drops; `neutral`: class words that say nothing here.
fn is_skipped(el: &Element, options: Options, holds_article: bool, neutral: &[String]) -> bool {
    let tag = el.name();
    if SKIPPED_TAGS.contains(&tag) || is_hidden(el) {
        return true;
    }
    if el
        .attr("role")
        .is_some_and(|r| rules::UNLIKELY_ROLES.contains(&r.trim()))
    {
        return true;
    }
    options.strip_unlikely
        && !NEVER_UNLIKELY.contains(&tag)
        && (!is_inline(tag) || tag == "img")
        && !is_mathml(el)
        && !holds_article
        && is_unlikely(el, neutral)
}

/// Hidden by attribute or inline style (Readability's `_isProbablyVisible`).
fn is_hidden(el: &Element) -> bool {
    if is_streamed_segment(el) || is_disclosure_panel(el) {
        return false;
    }
    if el.attr("hidden").is_some() {
        return true;
    }
    if el.attr("aria-hidden") == Some("true")
        && !el
            .attr("class")
            .is_some_and(|c| c.contains("fallback-image"))
    {
        return true;
    }
    el.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

/// React's streaming server rendering sends the page's content in
/// `<div hidden id="S:0">` and a script moves it into place, so the
/// reader sees it: such segments are not hidden. Their ids count in base
/// 36 ("S:c", "S:1f").
fn is_streamed_segment(el: &Element) -> bool {
    el.id()
        .and_then(|id| id.strip_prefix("S:"))
        .is_some_and(|n| {
            !n.is_empty()
                && n.bytes()
                    .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
        })
}

/// Roles of panels that a toggle on the page opens (ARIA accordion and
/// tabs): their text is the article's, folded away, not boilerplate.
const DISCLOSURE_ROLES: &[&str] = &["region", "tabpanel"];

/// A collapsed accordion or tab panel: labelled by its toggle
/// (`aria-labelledby`) and with a disclosure role.
fn is_disclosure_panel(el: &Element) -> bool {
    el.attr("aria-labelledby").is_some()
        && el
            .attr("role")
            .is_some_and(|r| DISCLOSURE_ROLES.contains(&r.trim()))
}

/// The class attribute without page-builder layout classes.
fn classes(el: &Element) -> Option<String> {
    let class = el.attr("class")?;
    if !rules::PAGE_BUILDER_PREFIXES
        .iter()
        .any(|p| class.contains(p))
    {
        return Some(class.to_string());
    }
    let kept: Vec<&str> = class
        .split_whitespace()
        .filter(|t| {
            !rules::PAGE_BUILDER_PREFIXES
                .iter()
                .any(|p| t.starts_with(p))
        })
        .collect();
    Some(kept.join(" "))
}

/// Class and id joined, the string the class/id patterns look at.
pub fn class_and_id(el: &Element) -> String {
    let mut s = String::new();
    if let Some(c) = classes(el) {
        s.push_str(&c);
    }
    if let Some(id) = el.attr("id") {
        s.push(' ');
        s.push_str(id);
    }
    s
}

/// Class/id say boilerplate and nothing says content.
fn is_unlikely(el: &Element, neutral: &[String]) -> bool {
    let hints = class_and_id(el);
    !hints.is_empty()
        && matches_beyond(&rules::UNLIKELY, &hints, neutral)
        && (!rules::MAYBE_CANDIDATE.is_match(&hints) || names_comments(&hints, neutral))
}

/// True when a class/id token starts with a comment-section word
/// ("comments-body"), see `COMMENT_TOKEN_HEADS`.
fn names_comments(hints: &str, neutral: &[String]) -> bool {
    hints.split_whitespace().any(|token| {
        let token = token.to_ascii_lowercase();
        rules::COMMENT_TOKEN_HEADS
            .iter()
            .any(|head| token.starts_with(head) && !neutral.iter().any(|n| n.starts_with(head)))
    })
}

/// Readability's class weight of an element; `neutral` class words do not
/// count against it.
fn class_weight(el: &Element, neutral: &[String]) -> f64 {
    let mut weight = 0.0;
    let class = classes(el);
    for value in [class.as_deref(), el.attr("id")].into_iter().flatten() {
        if matches_beyond(&rules::NEGATIVE, value, neutral) {
            weight -= rules::CLASS_WEIGHT;
        }
        if rules::POSITIVE.is_match(value) {
            weight += rules::CLASS_WEIGHT;
        }
    }
    if el.attr("itemprop") == Some("articleBody") {
        weight += rules::CLASS_WEIGHT;
    }
    weight
}

fn is_inline(tag: &str) -> bool {
    INLINE_TAGS.contains(&tag)
}

fn kind_of(tag: &str) -> Kind {
    match tag {
        "p" => Kind::Paragraph,
        "h1" => Kind::Heading(1),
        "h2" => Kind::Heading(2),
        "h3" => Kind::Heading(3),
        "h4" => Kind::Heading(4),
        "h5" => Kind::Heading(5),
        "h6" => Kind::Heading(6),
        "li" | "dt" | "dd" => Kind::ListItem,
        "blockquote" => Kind::Quote,
        "pre" => Kind::Pre,
        "figcaption" => Kind::Caption,
        "td" | "th" => Kind::Cell,
        _ => Kind::Other,
    }
}

#[derive(Default)]
struct Walker<'a> {
    page: Page<'a>,
    /// Class words that say nothing inside the lone `<article>`.
    neutral: Vec<String>,
    /// Open block-level elements, innermost last.
    stack: Vec<usize>,
    buf: String,
    buf_chars: usize,
    buf_link_chars: usize,
    link_depth: u32,
    pre_depth: u32,
    figures: Vec<usize>,
}

impl<'a> Walker<'a> {
    fn open(&mut self, el: &'a Element) {
        let tag = el.name();
        if is_mathml(el) {
            return self.math_token_edge(el);
        }
        match tag {
            "br" => return self.line_break(),
            "img" => return self.image(el),
            "a" => self.link_depth += 1,
            _ => {}
        }
        if is_inline(tag) {
            return;
        }
        self.flush();
        let index = self.page.elems.len();
        self.page.elems.push(Elem {
            tag,
            parent: self.stack.last().copied(),
            end: index + 1,
            class_weight: class_weight(el, &self.neutral),
            chars: 0,
            link_chars: 0,
            commas: 0,
            paragraphs: 0,
            list_items: 0,
            headings: 0,
            heading_chars: 0,
            prose_chars: 0,
            images: 0,
            inputs: 0,
            embeds: 0,
            header_cells: 0,
            rows: 0,
            cells: 0,
            tables: 0,
        });
        self.stack.push(index);
        match tag {
            "pre" => self.pre_depth += 1,
            "figure" => self.figures.push(index),
            _ => {}
        }
    }

    fn close(&mut self, tag: &str) {
        if tag == "a" {
            self.link_depth = self.link_depth.saturating_sub(1);
        }
        if is_inline(tag) {
            return;
        }
        self.flush();
        let Some(index) = self.stack.pop() else {
            return;
        };
        match tag {
            "pre" => self.pre_depth = self.pre_depth.saturating_sub(1),
            "figure" => {
                self.figures.pop();
            }
            _ => {}
        }
        let end = self.page.elems.len();
        let elem = &mut self.page.elems[index];
        elem.end = end;
        match kind_of(tag) {
            Kind::Paragraph => elem.paragraphs += 1,
            Kind::ListItem => elem.list_items += 1,
            Kind::Heading(_) => elem.headings += 1,
            _ => {}
        }
        if DATA_TABLE_MARKUP.contains(&tag) {
            elem.header_cells += 1;
        }
        match tag {
            "tr" => elem.rows += 1,
            "td" | "th" => elem.cells += 1,
            "table" => elem.tables += 1,
            _ => {}
        }
        let done = elem.clone();
        if let Some(parent) = done.parent {
            let p = &mut self.page.elems[parent];
            p.chars += done.chars;
            p.link_chars += done.link_chars;
            p.commas += done.commas;
            p.paragraphs += done.paragraphs;
            p.list_items += done.list_items;
            p.headings += done.headings;
            p.heading_chars += done.heading_chars;
            p.prose_chars += done.prose_chars;
            p.images += done.images;
            p.inputs += done.inputs;
            p.embeds += done.embeds;
            p.header_cells += done.header_cells;
            p.rows += done.rows;
            p.cells += done.cells;
            p.tables += done.tables;
        }
    }

    /// Opening or closing a MathML element: formulas flow inline, and a
    /// token element's edges part words.
    fn math_token_edge(&mut self, el: &Element) {
        if MATH_TOKEN_TAGS.contains(&el.name()) {
            self.buf.push(' ');
        }
    }

    fn count_skipped(&mut self, tag: &str) {
        let Some(&top) = self.stack.last() else {
            return;
        };
        if INPUT_TAGS.contains(&tag) {
            self.page.elems[top].inputs += 1;
        } else if EMBED_TAGS.contains(&tag) {
            self.page.elems[top].embeds += 1;
        }
    }

    fn text(&mut self, text: &str) {
        let chars = text.chars().filter(|c| !c.is_whitespace()).count();
        self.buf.push_str(text);
        self.buf_chars += chars;
        if self.link_depth > 0 {
            self.buf_link_chars += chars;
        }
    }

    /// A `<br>`; two in a row (only whitespace between) end a paragraph.
    fn line_break(&mut self) {
        if self.pre_depth > 0 {
            self.buf.push('\n');
            return;
        }
        if self.buf.trim_end().ends_with(BR) {
            let cut = self.buf.trim_end().len() - BR.len_utf8();
            self.buf.truncate(cut);
            self.flush();
        } else {
            self.buf.push(BR);
        }
    }

    fn image(&mut self, el: &Element) {
        let Some(&top) = self.stack.last() else {
            return;
        };
        self.page.elems[top].images += 1;
        let src = image_src(el);
        let alt = el
            .attr("alt")
            .map(collapse_whitespace)
            .filter(|a| !a.is_empty());
        if src.is_some() || alt.is_some() {
            self.page.images.push(ImageRef {
                elem: top,
                figure: self.figures.last().copied(),
                src,
                alt,
            });
        }
    }

    /// Turns the buffered text into a block owned by the innermost open
    /// block element.
    fn flush(&mut self) {
        let chars = std::mem::take(&mut self.buf_chars);
        let link_chars = std::mem::take(&mut self.buf_link_chars);
        let raw = std::mem::take(&mut self.buf);
        let Some(&owner) = self.stack.last() else {
            return;
        };
        if chars == 0 {
            return;
        }
        let text = if self.pre_depth > 0 {
            raw.trim_matches('\n').trim_end().to_string()
        } else {
            collapse_with_breaks(&raw)
        };
        if text.is_empty() {
            return;
        }
        let commas = text.chars().filter(|c| is_comma(*c)).count();
        let elem = &mut self.page.elems[owner];
        elem.chars += u32::try_from(chars).unwrap_or(u32::MAX);
        elem.link_chars += u32::try_from(link_chars).unwrap_or(u32::MAX);
        elem.commas += u32::try_from(commas).unwrap_or(u32::MAX);
        let kind = kind_of(elem.tag);
        if matches!(kind, Kind::Heading(_)) {
            elem.heading_chars += u32::try_from(chars).unwrap_or(u32::MAX);
        }
        let prose_kind = matches!(
            kind,
            Kind::Paragraph | Kind::Other | Kind::Quote | Kind::ListItem
        );
        if prose_kind
            && chars >= rules::MIN_PROSE_CHARS
            && (link_chars as f64) < chars as f64 * rules::MAX_PROSE_LINK_DENSITY
        {
            elem.prose_chars += u32::try_from(chars).unwrap_or(u32::MAX);
        }
        self.page.blocks.push(Block {
            owner,
            kind,
            text,
            chars,
            link_chars,
            figure: self.figures.last().copied(),
        });
    }

    fn finish(mut self) -> Page<'a> {
        while let Some(&top) = self.stack.last() {
            let tag = self.page.elems[top].tag;
            self.close(tag);
        }
        self.page
    }
}

/// Commas of Latin, CJK and Arabic script (Readability's `REGEXPS.commas`).
fn is_comma(c: char) -> bool {
    matches!(
        c,
        ',' | '\u{060C}'
            | '\u{FE50}'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{2E41}'
            | '\u{2E34}'
            | '\u{2E32}'
            | '\u{FF0C}'
            | '、'
    )
}

/// The image URL, preferring lazy-loading attributes over placeholders.
fn image_src(el: &Element) -> Option<String> {
    const SRC_ATTRS: &[&str] = &["data-src", "data-lazy-src", "data-original", "src"];
    let direct = SRC_ATTRS
        .iter()
        .filter_map(|a| el.attr(a))
        .map(str::trim)
        .find(|s| !s.is_empty() && !s.starts_with("data:"));
    let from_srcset = || {
        ["data-srcset", "srcset"]
            .iter()
            .filter_map(|a| el.attr(a))
            .filter_map(|set| set.split(',').next())
            .filter_map(|first| first.split_whitespace().next())
            .find(|s| !s.starts_with("data:"))
    };
    direct.or_else(from_srcset).map(str::to_string)
}

/// Collapses whitespace runs to one space and trims.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Collapses whitespace, keeping each `<br>` marker as one `\n`.
fn collapse_with_breaks(raw: &str) -> String {
    raw.split(BR)
        .map(collapse_whitespace)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn blocks(html: &str) -> Vec<(Kind, String)> {
        let doc = Html::parse_document(html);
        let page = walk(
            doc.root_element(),
            Options {
                strip_unlikely: true,
            },
        );
        page.blocks.into_iter().map(|b| (b.kind, b.text)).collect()
    }

    #[test]
    fn inline_whitespace_is_kept_and_blocks_split() {
        let got = blocks("<div><p>One <b>bold</b> <i>word</i>.</p>tail<h2>Sub</h2></div>");
        assert_eq!(
            got,
            [
                (Kind::Paragraph, "One bold word.".to_string()),
                (Kind::Other, "tail".to_string()),
                (Kind::Heading(2), "Sub".to_string()),
            ]
        );
    }

    #[test]
    fn double_br_splits_single_br_is_a_line() {
        let got = blocks("<div>First line<br>same para<br><br>Second<br> <br>Third</div>");
        let texts: Vec<_> = got.into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["First line\nsame para", "Second", "Third"]);
    }

    #[test]
    fn scripts_hidden_and_furniture_are_skipped() {
        let html = r#"<body><script>var x=1</script><nav>Home</nav>
            <p style="display: none">hidden</p><div hidden>h2</div><div hidden id="S:1">streamed</div>
            <div hidden id="S:1f">streamed too</div><div hidden id="S:X">not a segment</div>
            <div style="display:none" role="region" aria-labelledby="t1">folded</div>
            <div class="sidebar">side</div><div class="share-content">kept</div>
            <p>text</p></body>"#;
        let texts: Vec<_> = blocks(html).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            texts,
            ["streamed", "streamed too", "folded", "kept", "text"]
        );
    }

    #[test]
    fn mathml_is_read_inline_with_its_tokens_apart() {
        for (html, want) in [
            (
                "<p>Solve <math><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>=</mo><mn>0</mn></math> now</p>",
                "Solve a x 2 = 0 now",
            ),
            // The TeX annotation repeats the formula; a hidden copy stays hidden.
            (
                "<p>Let <math><semantics><mi>A</mi><annotation>{\\displaystyle A}</annotation></semantics></math> be</p>",
                "Let A be",
            ),
            (
                "<p>Let <span style=\"display:none\"><math><mi>A</mi></math></span>be</p>",
                "Let be",
            ),
        ] {
            let texts: Vec<_> = blocks(html).into_iter().map(|(_, t)| t).collect();
            assert_eq!(texts, [want], "{html}");
        }
    }

    #[test]
    fn the_lone_article_keeps_its_boilerplate_sounding_class_words() {
        // "newsletter" around and on the only <article> names the content;
        // a share box inside it still goes.
        let html = r#"<body><section class="hero newsletter"><article class="newsletter-content">
            <div class="newsletter-text"><p>Body</p></div><div class="share">Share</div>
            </article></section><div class="newsletter">Sign up</div></body>"#;
        let texts: Vec<_> = blocks(html).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["Body"]);
        // With two <article>s neither gets the pass.
        let html = r#"<body><section class="newsletter"><article><p>A</p></article></section>
            <article><p>B</p></article></body>"#;
        let texts: Vec<_> = blocks(html).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["B"]);
    }

    #[test]
    fn the_marked_article_body_is_kept_whatever_its_id() {
        let html = r#"<body><div class="share-bar">Share</div>
            <div itemprop="articleBody" id="gigya-share-btns"><p>Body</p></div></body>"#;
        let texts: Vec<_> = blocks(html).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["Body"]);
    }

    #[test]
    fn comment_sections_are_not_rescued_by_body_or_content() {
        let html = r#"<body><div class="post-body"><p>Post</p></div>
            <div class="comments-body"><p>Nice post!</p></div>
            <div id="comment-content"><p>Thanks</p></div><div class="article-header">Head</div></body>"#;
        let texts: Vec<_> = blocks(html).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["Post", "Head"]);
    }

    #[test]
    fn inline_elements_are_not_dropped_for_their_class() {
        let html =
            r#"<body><p>Says <span class="contextmenu quote">laurel is great</span>.</p></body>"#;
        let texts: Vec<_> = blocks(html).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["Says laurel is great."]);
    }

    #[test]
    fn streamed_segments_are_read_where_their_placeholders_stand() {
        let html = r#"<body><article><p>One</p><template id="B:0"></template><p>Four</p></article>
            <div hidden id="S:0"><p>Two</p><template id="P:a"></template></div>
            <div hidden id="S:a"><p>Three</p><template id="P:a"></template></div></body>"#;
        let texts: Vec<_> = blocks(html).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["One", "Two", "Three", "Four"]);
    }

    #[test]
    fn link_text_is_counted() {
        let doc = Html::parse_document("<p>Read <a href=x>this link</a> now</p>");
        let page = walk(
            doc.root_element(),
            Options {
                strip_unlikely: true,
            },
        );
        assert_eq!(page.blocks[0].chars, 15);
        assert_eq!(page.blocks[0].link_chars, 8);
    }

    /// A document whose body holds `depth` nested `<div>`s around `text`,
    /// built node by node: html5ever's tree builder scans its stack of
    /// open elements for every tag, so parsing such a page is quadratic
    /// (the pipeline caps nesting before parsing, see `prefilter`), while
    /// our walkers must handle any depth the tree can hold.
    fn nested_divs(depth: usize, text: &str) -> Html {
        let template = Html::parse_document(&format!("<body><div>{text}</div></body>"));
        let div = template
            .root_element()
            .descendants()
            .find(|n| n.value().as_element().is_some_and(|e| e.name() == "div"))
            .expect("template has a div");
        let div_node = div.value().clone();
        let text_node = div.first_child().expect("div has text").value().clone();
        let body = template
            .root_element()
            .descendants()
            .find(|n| n.value().as_element().is_some_and(|e| e.name() == "body"))
            .expect("template has a body")
            .id();
        let mut doc = template.clone();
        let mut tree_body = doc.tree.get_mut(body).expect("body id is valid");
        while let Some(mut child) = tree_body.first_child() {
            child.detach();
        }
        let mut id = body;
        for _ in 0..depth {
            let mut node = doc.tree.get_mut(id).expect("id is valid");
            id = node.append(div_node.clone()).id();
        }
        doc.tree.get_mut(id).expect("id is valid").append(text_node);
        doc
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 200_000;
        let doc = nested_divs(depth, "deep text");
        let page = walk(
            doc.root_element(),
            Options {
                strip_unlikely: true,
            },
        );
        assert!(page.elems.len() > depth);
        assert!(page.blocks.iter().any(|b| b.text == "deep text"));
        let selection = super::super::body::select(&page);
        assert!(
            selection
                .blocks
                .iter()
                .any(|&i| page.blocks[i].text == "deep text")
        );
    }
}
