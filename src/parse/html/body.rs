//! Picking the article's text out of a flattened page: paragraphs vote for
//! the containers above them (Readability's scoring: length, commas, class
//! and id hints, link density), the best container and its worthy siblings
//! are merged, and boilerplate inside them is cleaned away.
//!
//! Everything here works on indices into [`Page`], with loops, never
//! recursion.

use super::dom::{Block, Elem, Kind, Page};
use super::rules;

/// The blocks of the article, as indices into `page.blocks` in reading
/// order, and the element ranges they were taken from.
#[derive(Debug, Default)]
pub struct Selection {
    pub blocks: Vec<usize>,
    /// Half-open element ranges `[start, end)` that make up the article.
    pub ranges: Vec<(usize, usize)>,
    /// Non-whitespace characters of the selected blocks.
    pub chars: usize,
}

impl Selection {
    /// True when element `i` lies inside the article.
    pub fn contains_elem(&self, i: usize) -> bool {
        self.ranges.iter().any(|&(s, e)| (s..e).contains(&i))
    }
}

/// Selects the article blocks of `page`.
pub fn select(page: &Page<'_>) -> Selection {
    if page.elems.is_empty() {
        return Selection::default();
    }
    let scores = score(page);
    let top = grow_to_prose(page, top_candidate(page, &scores));
    let mut ranges = Vec::new();
    let mut loose = Vec::new();
    merge_siblings(page, &scores, top, &mut ranges, &mut loose);
    let dropped = clean_conditionally(page, &scores, &ranges);
    let mut blocks: Vec<usize> = page
        .blocks
        .iter()
        .enumerate()
        .filter(|(i, b)| {
            let inside =
                ranges.iter().any(|&(s, e)| (s..e).contains(&b.owner)) || loose.contains(i);
            inside && !dropped.iter().any(|&(s, e)| (s..e).contains(&b.owner))
        })
        .map(|(i, _)| i)
        .collect();
    blocks.sort_unstable();
    let chars = blocks.iter().map(|&i| page.blocks[i].chars).sum();
    Selection {
        blocks,
        ranges,
        chars,
    }
}

/// Readability's starting score of a container, by tag.
fn tag_score(tag: &str) -> f64 {
    match tag {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Kinds of block that vote for their containers.
fn votes(block: &Block) -> bool {
    matches!(
        block.kind,
        Kind::Paragraph | Kind::Other | Kind::Pre | Kind::Cell | Kind::Quote
    ) && block.chars >= rules::MIN_SCORED_CHARS
}

/// A block's vote: one point, one per comma, one per 100 characters (≤ 3).
fn block_points(block: &Block) -> f64 {
    let commas = block
        .text
        .chars()
        .filter(|&c| c == ',' || c == '，' || c == '、')
        .count();
    let length = ((block.chars / rules::CHARS_PER_POINT) as f64).min(rules::MAX_LENGTH_POINTS);
    1.0 + commas as f64 + length
}

/// Container scores after link-density scaling; `None` for elements no
/// paragraph voted for.
fn score(page: &Page<'_>) -> Vec<Option<f64>> {
    let mut scores: Vec<Option<f64>> = vec![None; page.elems.len()];
    for block in page.blocks.iter().filter(|b| votes(b)) {
        let points = block_points(block);
        // Text straight inside a div is its own paragraph, so the div is
        // the first container; a <p> hands its vote to its parent.
        let first = match block.kind {
            Kind::Other | Kind::Quote => Some(block.owner),
            _ => page.elems[block.owner].parent,
        };
        let mut current = first;
        for level in 0..rules::SCORE_ANCESTOR_LEVELS {
            let Some(i) = current else { break };
            let elem = &page.elems[i];
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f64 * 3.0,
            };
            let base = scores[i].unwrap_or_else(|| tag_score(elem.tag) + elem.class_weight);
            scores[i] = Some(base + points / divider);
            current = elem.parent;
        }
    }
    for (i, score) in scores.iter_mut().enumerate() {
        if let Some(s) = score {
            *s *= 1.0 - page.elems[i].link_density();
        }
    }
    scores
}

/// The element whose subtree holds the article.
fn top_candidate(page: &Page<'_>, scores: &[Option<f64>]) -> usize {
    let body = page.elems.iter().position(|e| e.tag == "body").unwrap_or(0);
    let mut ranked: Vec<(usize, f64)> = scores
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| (i, s)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let Some(&(mut top, top_score)) = ranked.first() else {
        return body;
    };
    if let Some(ancestor) = common_ancestor_of_alternatives(page, &ranked, top, top_score) {
        top = ancestor;
    }
    top = climb_while_parent_scores(page, scores, top);
    while let Some(parent) = page.elems[top].parent {
        if parent == body || child_count(page, parent) != 1 {
            break;
        }
        top = parent;
    }
    top
}

/// Climbs from `top` to the highest ancestor that still adds prose
/// without adding mostly links.
fn grow_to_prose(page: &Page<'_>, top: usize) -> usize {
    let mut best = top;
    let mut current = page.elems[top].parent;
    while let Some(i) = current {
        let elem = &page.elems[i];
        if elem.tag == "body" || elem.tag == "html" {
            break;
        }
        let have = page.elems[best].prose_chars;
        let gain = elem.prose_chars.saturating_sub(have);
        if elem.link_density() > rules::MAX_ANCESTOR_LINK_DENSITY {
            break;
        }
        if gain >= rules::MIN_PROSE_GAIN_CHARS
            && f64::from(gain) >= f64::from(have) * rules::PROSE_GAIN_SHARE
        {
            best = i;
        }
        current = elem.parent;
    }
    best
}

/// When several near-best candidates share an ancestor with the best one,
/// the article is split across them and the ancestor is the article.
fn common_ancestor_of_alternatives(
    page: &Page<'_>,
    ranked: &[(usize, f64)],
    top: usize,
    top_score: f64,
) -> Option<usize> {
    /// Readability looks at the five best candidates.
    const CONSIDERED: usize = 5;
    let alternatives: Vec<usize> = ranked
        .iter()
        .take(CONSIDERED)
        .skip(1)
        .filter(|(_, s)| *s >= top_score * rules::ALTERNATIVE_CANDIDATE_SHARE)
        .map(|&(i, _)| i)
        .collect();
    if alternatives.len() < rules::MIN_ALTERNATIVE_CANDIDATES {
        return None;
    }
    let mut current = page.elems[top].parent;
    while let Some(i) = current {
        let elem = &page.elems[i];
        if elem.tag == "body" {
            break;
        }
        let inside = alternatives
            .iter()
            .filter(|&&a| (i..elem.end).contains(&a))
            .count();
        if inside >= rules::MIN_ALTERNATIVE_CANDIDATES {
            return Some(i);
        }
        current = elem.parent;
    }
    None
}

/// Moves up to a parent that scores higher than the candidate (the
/// candidate was one section of a larger article).
fn climb_while_parent_scores(page: &Page<'_>, scores: &[Option<f64>], mut top: usize) -> usize {
    let Some(mut last) = scores[top] else {
        return top;
    };
    let threshold = last / 3.0;
    let mut current = page.elems[top].parent;
    while let Some(i) = current {
        if page.elems[i].tag == "body" {
            break;
        }
        if let Some(score) = scores[i] {
            if score < threshold {
                break;
            }
            if score > last {
                top = i;
                break;
            }
            last = score;
        }
        current = page.elems[i].parent;
    }
    top
}

fn child_count(page: &Page<'_>, parent: usize) -> usize {
    children(page, parent).count()
}

/// Direct child elements of `parent`, in order.
fn children<'p>(page: &'p Page<'_>, parent: usize) -> impl Iterator<Item = usize> + 'p {
    let end = page.elems[parent].end;
    let mut next = parent + 1;
    std::iter::from_fn(move || {
        if next >= end {
            return None;
        }
        let child = next;
        next = page.elems[child].end;
        Some(child)
    })
}

/// Adds the top candidate and its worthy siblings to `ranges`; loose text
/// blocks of the shared parent that read like paragraphs go to `loose`.
fn merge_siblings(
    page: &Page<'_>,
    scores: &[Option<f64>],
    top: usize,
    ranges: &mut Vec<(usize, usize)>,
    loose: &mut Vec<usize>,
) {
    let top_end = page.elems[top].end;
    let Some(parent) = page.elems[top].parent else {
        ranges.push((top, top_end));
        return;
    };
    if page.elems[top].tag == "body" {
        ranges.push((top, top_end));
        return;
    }
    let top_score = scores[top].unwrap_or(0.0);
    let threshold = rules::MIN_SIBLING_SCORE.max(top_score * rules::SIBLING_SCORE_SHARE);
    for child in children(page, parent) {
        let elem = &page.elems[child];
        let keep = child == top
            || scores[child].is_some_and(|s| s >= threshold)
            || (elem.tag == "p"
                && reads_like_paragraph(elem.chars as usize, elem.link_density(), || {
                    paragraph_text(page, child)
                }));
        if keep {
            ranges.push((child, elem.end));
        }
    }
    for (i, block) in page.blocks.iter().enumerate() {
        if block.owner == parent
            && block.kind == Kind::Other
            && reads_like_paragraph(block.chars, block.link_density(), || block.text.clone())
        {
            loose.push(i);
        }
    }
}

/// Readability's test for a sibling paragraph outside the best container.
fn reads_like_paragraph(chars: usize, link_density: f64, text: impl FnOnce() -> String) -> bool {
    if chars > rules::SIBLING_PARAGRAPH_CHARS {
        return link_density < rules::SIBLING_PARAGRAPH_LINK_DENSITY;
    }
    chars > 0 && link_density == 0.0 && {
        let text = text();
        text.ends_with('.') || text.contains(". ")
    }
}

fn paragraph_text(page: &Page<'_>, elem: usize) -> String {
    page.blocks
        .iter()
        .filter(|b| b.owner == elem)
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Elements that conditional cleaning looks at.
const CLEANABLE: &[&str] = &[
    "div", "section", "ul", "ol", "dl", "table", "form", "fieldset", "header", "figure",
];

/// Readability's `_cleanConditionally`: element ranges inside the article
/// that are widgets, link lists or promos rather than text.
fn clean_conditionally(
    page: &Page<'_>,
    scores: &[Option<f64>],
    ranges: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let mut dropped = Vec::new();
    for &(start, end) in ranges {
        let root_chars = page.elems[start].chars;
        let mut i = start + 1;
        while i < end {
            let elem = &page.elems[i];
            if elem.is_data_table() {
                // Nothing inside a data table is cleaned (Readability's
                // `_hasAncestorTag(node, "table", -1, isDataTable)`): its
                // cells wrap their text in <div>s with a link each.
                i = elem.end;
                continue;
            }
            if CLEANABLE.contains(&elem.tag)
                && !holds_the_text(elem, root_chars)
                && is_clutter(page, elem, scores[i].unwrap_or(0.0))
            {
                dropped.push((i, elem.end));
                i = elem.end;
            } else {
                i += 1;
            }
        }
    }
    dropped
}

/// True for a wrapper that holds most of the article (page builders nest
/// the text many levels below the scored container, out of reach of the
/// paragraphs' votes), or many paragraphs of plain prose.
fn holds_the_text(elem: &Elem<'_>, root_chars: u32) -> bool {
    f64::from(elem.chars) >= f64::from(root_chars) * rules::WRAPPER_TEXT_SHARE
        || elem.paragraphs >= rules::PROSE_PARAGRAPHS
            && elem.link_density() < rules::PROSE_LINK_DENSITY
}

/// True when a container inside the article is not part of its text.
fn is_clutter(page: &Page<'_>, elem: &Elem<'_>, score: f64) -> bool {
    let weight = elem.class_weight;
    let is_list = matches!(elem.tag, "ul" | "ol" | "dl");
    // A list starts with a negative score; one of prose items (few links,
    // enough text) is the article's, whatever its score.
    let prose_list = is_list
        && weight >= 0.0
        && elem.chars >= rules::MIN_PROSE_LIST_CHARS
        && elem.link_density() < rules::PROSE_LINK_DENSITY;
    if weight + score < 0.0 && !prose_list {
        return true;
    }
    if elem.commas >= rules::CLEAN_MAX_COMMAS {
        return false;
    }
    let p = elem.paragraphs as f64;
    let img = elem.images as f64;
    // Readability only counts list items beyond the first hundred.
    let li = f64::from(elem.list_items) - 100.0;
    let link_density = elem.link_density();
    let heading_density = if elem.chars == 0 {
        0.0
    } else {
        f64::from(elem.heading_chars) / f64::from(elem.chars)
    };
    let in_figure = elem.tag == "figure" || has_ancestor(page, elem, "figure");
    (img > 1.0
        && p / img < 0.5
        && !in_figure
        && f64::from(elem.chars) < img * rules::MAX_GALLERY_CHARS_PER_IMAGE)
        || (!is_list && li > p)
        || f64::from(elem.inputs) > (p / 3.0).floor()
        || (!is_list
            && heading_density < 0.9
            && elem.chars < rules::MIN_CONTAINER_CHARS
            && (img == 0.0 || img > 2.0)
            && !in_figure)
        || (!is_list
            && weight < rules::CLASS_WEIGHT
            && link_density > rules::MAX_CONTAINER_LINK_DENSITY)
        || (weight >= rules::CLASS_WEIGHT
            && link_density > rules::MAX_CONTENT_CONTAINER_LINK_DENSITY)
        || (elem.embeds == 1 && elem.chars < 75)
        || elem.embeds > 1
}

fn has_ancestor(page: &Page<'_>, elem: &Elem<'_>, tag: &str) -> bool {
    /// Readability checks three levels up.
    const LEVELS: usize = 3;
    let mut current = elem.parent;
    for _ in 0..LEVELS {
        let Some(i) = current else { return false };
        if page.elems[i].tag == tag {
            return true;
        }
        current = page.elems[i].parent;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::html::dom::{Options, walk};
    use scraper::Html;

    fn article_text(html: &str) -> Vec<String> {
        let doc = Html::parse_document(html);
        let page = walk(
            doc.root_element(),
            Options {
                strip_unlikely: true,
            },
        );
        let sel = select(&page);
        sel.blocks
            .iter()
            .map(|&i| page.blocks[i].text.clone())
            .collect()
    }

    const PARA: &str = "This is a long paragraph of article text, with commas, clauses, and enough words to count as prose.";

    #[test]
    fn picks_the_container_with_the_prose() {
        let html = format!(
            r#"<body><div class="menu"><a href="/">Home</a> <a href="/n">News</a></div>
            <div class="story"><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></div>
            <div class="links"><p><a href="/a">A link list that is long enough to score here</a></p></div></body>"#
        );
        let got = article_text(&html);
        assert_eq!(got.len(), 3);
        assert!(got.iter().all(|t| t == PARA));
    }

    #[test]
    fn split_body_siblings_are_merged() {
        let html = format!(
            r#"<body><div id="main"><div class="part"><p>{PARA}</p><p>{PARA}</p></div>
            <div class="promo"><a href="/x">Subscribe now and get the newsletter daily</a></div>
            <div class="part"><p>{PARA}</p><p>{PARA}</p></div></div></body>"#
        );
        let got = article_text(&html);
        assert_eq!(got.len(), 4, "{got:?}");
    }

    #[test]
    fn br_separated_text_in_one_div() {
        let html = format!("<body><div id=x>{PARA}<br><br>{PARA}<br><br>{PARA}</div></body>");
        assert_eq!(article_text(&html).len(), 3);
    }

    #[test]
    fn text_beside_two_icons_is_not_a_gallery() {
        let card = "<div><img src=a.png><img src=b.png><div>Coolant flush</div>\
            <div>Time and engine operation change the pH of the coolant, which can damage \
            parts like head gaskets and the radiator; a flush every five years keeps them \
            working and costs far less than the repair it prevents. Ask for the type your \
            car's maker names in the manual. Coolant that has turned brown or smells \
            burnt needs changing sooner, whatever the interval says.</div></div>";
        let gallery = "<div><img src=a.png><img src=b.png><img src=c.png><div>Photos</div></div>";
        let html = format!(
            "<body><article><p>{PARA}</p>{card}{gallery}<p>{PARA}</p><p>{PARA}</p></article></body>"
        );
        let texts = article_text(&html);
        assert!(
            texts.iter().any(|t| t.starts_with("Time and engine")),
            "{texts:?}"
        );
        assert!(!texts.iter().any(|t| t == "Photos"), "{texts:?}");
    }

    #[test]
    fn data_tables_are_kept_layout_link_tables_are_not() {
        let rows: String = (0..3)
            .map(|i| format!("<tr><td><a href=/f{i}>Film {i}</a></td><td>19{i}7</td></tr>"))
            .collect();
        let many: String = (0..6)
            .map(|i| format!("<tr><td><a href=/f{i}>Film {i}</a></td><td>19{i}7</td></tr>"))
            .collect();
        let data = format!("<table><tr><th>Film</th><th>Year</th></tr>{rows}</table>");
        let columns = format!("<table><colgroup><col><col></colgroup>{rows}</table>");
        let cells = format!("<table>{many}</table>");
        // Cells that wrap their text in <div>s keep them.
        let wrapped = format!(
            "<table><colgroup><col><col></colgroup>{}</table>",
            rows.replace("<td>", "<td><div>")
                .replace("</td>", "</div></td>")
        );
        let layout = format!("<table>{rows}</table>");
        for (table, kept) in [
            (data, true),
            (columns, true),
            (cells, true),
            (wrapped, true),
            (layout, false),
        ] {
            let html = format!(
                "<body><article><p>{PARA}</p><p>{PARA}</p>{table}<p>{PARA}</p></article></body>"
            );
            let texts = article_text(&html);
            assert_eq!(texts.iter().any(|t| t == "1907"), kept, "{texts:?}");
        }
    }

    #[test]
    fn prose_lists_stay() {
        let items: String = (0..4)
            .map(|i| format!("<li><p>Item {i}: we landed a fix that stops two updates from running at once</p></li>"))
            .collect();
        let html = format!(
            "<body><article><p>{PARA}</p><p>{PARA}</p><ul>{items}</ul><p>{PARA}</p></article></body>"
        );
        let texts = article_text(&html);
        assert!(texts.iter().any(|t| t.starts_with("Item 2")), "{texts:?}");
    }

    #[test]
    fn link_heavy_list_inside_article_is_dropped() {
        let html = format!(
            r#"<body><article><p>{PARA}</p><p>{PARA}</p>
            <div><a href="/1">One more story</a> <a href="/2">Another story</a></div>
            <p>{PARA}</p></article></body>"#
        );
        let got = article_text(&html);
        assert!(got.iter().all(|t| t == PARA), "{got:?}");
    }
}
