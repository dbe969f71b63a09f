//! Teaser cards: the grid of cards for other stories many pages print
//! under the article. Each card is a few short lines (a picture marker or
//! credit, a kicker, the title), one summary sentence, and perhaps a
//! byline or a date under it:
//!
//! ```text
//! [png][Escalon-10]
//! Accounting & Finance
//! The Risks Of Missing A 1099 Deadline
//! For many business owners, 1099 season brings a familiar mix of …
//! ```
//!
//! The summary is a real sentence, so the classifier keeps it as text, and
//! the title often comes along. A run of such cards under the article's
//! prose is taken out of the body; each card's title becomes a related
//! teaser, its kicker the label.
//!
//! An article's own sections can look alike (a heading and a short
//! paragraph, again and again): a card is told from them by what only a
//! card prints (a picture marker or credit, a byline or date of its own, a
//! summary cut short, a title printed twice), and the run must stand
//! under more prose than it holds, with less body text under it than in
//! it.

use crate::article::{Article, RelatedLink};
use crate::parse::provenance::{self, Rule};
use crate::parse::text::blocks::Block;
use crate::parse::text::features::Page;
use crate::parse::{byline, date, rules};

use super::Role;
use super::shapes::is_picture_text;
use super::teaser_lines::{is_reading_time, is_relative_time};

/// What a block can be in a teaser card.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    /// A picture's marker, label or credit ("[png][Escalon-10]",
    /// "Photo[merlin_173]", "CreditErik Carter").
    Picture,
    /// A byline or a date or age of the card's story ("By Charles M.
    /// Blow", "Nov 6, 2025", "2 months ago").
    Stamp,
    /// A short line that is no sentence: a kicker, a section's name, a
    /// title.
    Title,
    /// One sentence or two, the card's summary; `cut` when it ends in an
    /// ellipsis (the page cut it short).
    Summary { cut: bool },
}

/// A card: the blocks `start..end`, the summary at `summary`, and the
/// title and kicker over it.
#[derive(Debug, PartialEq)]
struct Card {
    start: usize,
    end: usize,
    summary: usize,
    title: usize,
    label: Option<usize>,
    /// The card prints what only a card prints (see the module's doc).
    signed: bool,
}

/// Takes the runs of teaser cards under the article out of the body: each
/// card's blocks become the related teaser they are, its title (with its
/// kicker as the label) one of `article.related`.
pub(super) fn drop_teaser_cards(
    blocks: &[Block],
    page: &Page,
    roles: &mut [Role],
    article: &mut Article,
) {
    let parts: Vec<Option<Part>> = (0..blocks.len())
        .map(|i| {
            matches!(roles[i], Role::Body | Role::Other | Role::Caption)
                .then(|| part(&blocks[i].text, page.words[i]))
                .flatten()
        })
        .collect();
    let mut cards = cards(blocks, &parts);
    let runs = runs(&cards);
    if runs.is_empty() {
        return;
    }
    let body_words = |roles: &[Role], range: std::ops::Range<usize>| -> usize {
        range
            .filter(|&i| roles[i] == Role::Body)
            .map(|i| page.words[i])
            .sum()
    };
    for run in &runs {
        trim_first_head(&mut cards[run.clone()]);
    }
    // The article's prose: body blocks in no run.
    let mut in_run = vec![false; blocks.len()];
    for run in &runs {
        let (first, last) = (&cards[run.start], &cards[run.end - 1]);
        in_run[first.start..last.end].fill(true);
    }
    let mut taken: Vec<&Card> = Vec::new();
    // From the bottom up: a run taken out leaves the run over it nearer
    // the end of the article.
    for run in runs.iter().rev() {
        let (start, end) = (cards[run.start].start, cards[run.end - 1].end);
        let inside = body_words(roles, start..end);
        let after = body_words(roles, end..blocks.len());
        let before: usize = (0..start)
            .filter(|&i| roles[i] == Role::Body && !in_run[i])
            .map(|i| page.words[i])
            .sum();
        if inside == 0 || after >= inside || before < inside {
            continue;
        }
        for role in &mut roles[start..end] {
            if matches!(role, Role::Body | Role::Other | Role::Caption) {
                *role = Role::Related;
            }
        }
        taken.extend(&cards[run.clone()]);
    }
    taken.sort_by_key(|c| c.start);
    for card in taken {
        if article.related.len() >= rules::MAX_RELATED {
            break;
        }
        if page.words[card.title] < rules::TEASER_MIN_WORDS {
            continue;
        }
        article.related.push(RelatedLink {
            title: blocks[card.title].text.clone(),
            label: card.label.map(|l| blocks[l].text.clone()),
            url: None,
        });
        let (from, to) = (&blocks[card.start], &blocks[card.end - 1]);
        let span = provenance::lines(from.line, to.line + to.lines - from.line);
        article
            .provenance
            .add("related", Rule::RelatedTeaserCard.at(Some(span)));
    }
}

/// What `text` (of `words` words) can be in a card, if anything.
fn part(text: &str, words: usize) -> Option<Part> {
    let text = text.trim();
    if words == 0 || !text.chars().any(char::is_alphanumeric) {
        return None;
    }
    if is_picture_marker(text, words) {
        return Some(Part::Picture);
    }
    if is_stamp(text, words) {
        return Some(Part::Stamp);
    }
    let end = text.trim_end_matches(['"', '\'', '”', '’', ')', ']', ' ']);
    let cut = end.ends_with('…') || end.ends_with("...");
    if end.ends_with(['.', '!', '…', '。']) {
        let summary =
            (rules::CARD_SUMMARY_MIN_WORDS..=rules::CARD_SUMMARY_MAX_WORDS).contains(&words);
        return summary.then_some(Part::Summary { cut });
    }
    let title = words <= rules::TEASER_MAX_WORDS
        && !end.ends_with([',', ':', ';'])
        && text.chars().any(char::is_alphabetic);
    title.then_some(Part::Title)
}

/// A picture's marker, label or credit: w3m's bracketed image names
/// ("[png][Escalon-10]"), a picture word of `rules::CARD_PICTURE_WORDS`
/// alone or glued to its caption or credit ("Photo[merlin_173]",
/// "CreditErik Carter", "1. PhotoXi Jinping, …"), or alt text
/// (`shapes::is_picture_text`).
fn is_picture_marker(text: &str, words: usize) -> bool {
    // A card's place in a numbered grid ("2. Photo…").
    let unnumbered = text
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .strip_prefix(". ")
        .filter(|_| text.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(text);
    if is_bracketed_names(unnumbered) {
        return true;
    }
    let labelled = rules::CARD_PICTURE_WORDS.iter().any(|w| {
        unnumbered.strip_prefix(w).is_some_and(|rest| {
            rest.is_empty()
                || rest.starts_with(['[', ':', ' ', '('])
                    && !rest.trim_start().starts_with(char::is_lowercase)
                || rest.starts_with(char::is_uppercase)
        })
    });
    if labelled {
        return words <= rules::CARD_CAPTION_MAX_WORDS;
    }
    words <= rules::TEASER_MAX_WORDS && is_picture_text(&unnumbered.to_lowercase())
}

/// Nothing but bracketed names ("[png][Escalon-10]", "[gif]"): how w3m
/// prints a picture with no alt text.
fn is_bracketed_names(text: &str) -> bool {
    let mut rest = text.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let Some(inner) = rest.strip_prefix('[') else {
            return false;
        };
        let Some(close) = inner.find(']') else {
            return false;
        };
        if inner[..close].contains(['[', ' ']) {
            return false;
        }
        rest = inner[close + 1..].trim_start();
    }
    true
}

/// A card's byline or the date or age of its story: "By Charles M.
/// Blow", "Por Josh Max", "Nov 6, 2025", "2 months ago", "5 min read".
fn is_stamp(text: &str, words: usize) -> bool {
    if words > rules::CARD_STAMP_MAX_WORDS {
        return false;
    }
    is_relative_time(text)
        || is_reading_time(text)
        || words <= rules::CARD_DATE_MAX_WORDS
            && (date::find_all_forms(text).is_some() || date::is_month_year(text))
        || byline::parse(text).is_some()
}

/// The cards in `parts`, top to bottom: each a summary, the head over it
/// (up to `rules::CARD_HEAD_MAX_BLOCKS` pictures, stamps and titles, one
/// title at least) and the stamps under it (up to
/// `rules::CARD_TAIL_MAX_BLOCKS`). No card takes a block of the card
/// above.
fn cards(blocks: &[Block], parts: &[Option<Part>]) -> Vec<Card> {
    let mut cards = Vec::new();
    let mut floor = 0;
    for s in 0..parts.len() {
        let Some(Part::Summary { cut }) = parts[s] else {
            continue;
        };
        if s < floor {
            continue;
        }
        let head_part =
            |i: usize| matches!(parts[i], Some(Part::Picture | Part::Stamp | Part::Title));
        let mut start = s;
        while start > floor && s - start < rules::CARD_HEAD_MAX_BLOCKS && head_part(start - 1) {
            start -= 1;
        }
        let titles: Vec<usize> = (start..s)
            .filter(|&i| parts[i] == Some(Part::Title))
            .collect();
        let Some(&title) = titles.last() else {
            floor = s + 1;
            continue;
        };
        let mut end = s + 1;
        while end < parts.len()
            && end - s <= rules::CARD_TAIL_MAX_BLOCKS
            && parts[end] == Some(Part::Stamp)
        {
            end += 1;
        }
        // A kicker over the title: a shorter title-like line right over it.
        let label = titles.len().checked_sub(2).map(|k| titles[k]).filter(|&l| {
            l + 1 == title
                && words(&blocks[l].text) <= rules::TEASER_LABEL_MAX_WORDS
                && words(&blocks[l].text) < words(&blocks[title].text)
        });
        let printed_twice = titles.iter().any(|&t| {
            titles
                .iter()
                .any(|&u| u != t && blocks[u].text == blocks[t].text)
        });
        let signed = cut
            || end > s + 1
            || printed_twice
            || (start..s).any(|i| matches!(parts[i], Some(Part::Picture | Part::Stamp)));
        cards.push(Card {
            start,
            end,
            summary: s,
            title,
            label,
            signed,
        });
        floor = end;
    }
    cards
}

/// Keeps the head of the first card of a run to one block more than the
/// longest head of the others (a heading over the grid, "Related
/// Articles"): the lines over it are the article's, which the head would
/// take when they are short (the last items of a list).
fn trim_first_head(run: &mut [Card]) {
    let Some(longest) = run[1..].iter().map(|c| c.summary - c.start).max() else {
        return;
    };
    let first = &mut run[0];
    first.start = first
        .start
        .max(first.summary.saturating_sub(longest + 1))
        .min(first.title);
    if first.label.is_some_and(|l| l < first.start) {
        first.label = None;
    }
}

/// Runs of `rules::CARD_RUN_MIN_CARDS` signed cards or more, each right
/// under the one before: ranges of indices into `cards`.
fn runs(cards: &[Card]) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut k = 0;
    while k < cards.len() {
        if !cards[k].signed {
            k += 1;
            continue;
        }
        let mut j = k + 1;
        while j < cards.len() && cards[j].signed && cards[j].start == cards[j - 1].end {
            j += 1;
        }
        if j - k >= rules::CARD_RUN_MIN_CARDS {
            runs.push(k..j);
        }
        k = j;
    }
    runs
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{empty_article, split};
    use super::*;

    /// The body and related titles left of `text` when every block is
    /// body text.
    fn take(text: &str) -> (Vec<String>, Vec<(String, Option<String>)>) {
        let blocks = split(text);
        let page = crate::parse::text::features::page(&blocks);
        let mut roles = vec![Role::Body; blocks.len()];
        let mut article = empty_article();
        drop_teaser_cards(&blocks, &page, &mut roles, &mut article);
        let body = super::super::body_texts(blocks, &roles);
        let related = article
            .related
            .into_iter()
            .map(|r| (r.title, r.label))
            .collect();
        (body, related)
    }

    const ARTICLE: &str = "The council met on Monday and voted for the plan after a long debate \
                           in the town hall, which had been full since the early morning.\n\n";

    #[test]
    fn a_grid_of_cards_under_the_article_is_no_body_text() {
        let cards = "Tap into the latest insights from experts in your industry\n\n\
             [png][Escalon-IR]\n\nTaxes\n\nThe Hard IRS 1099 Deadline Is Closer Than You Think\n\n\
             Every January, companies promise themselves that this year will be different...\n\n\
             [png][Escalon-10]\n\nAccounting & Finance\n\nThe Risks Of Missing A 1099 Deadline\n\n\
             For many business owners, 1099 season brings a familiar mix of urgency and anxiety.\n\n\
             [png][Startups-h]\n\nLeadership & Growth\n\nCommon Hiring Mistakes Startups Make\n\n\
             Hiring is one of the most critical decisions a startup can make.\n";
        let (body, related) = take(&format!("{}{cards}", ARTICLE.repeat(4)));
        assert_eq!(body.len(), 4, "{body:?}");
        assert_eq!(
            related,
            [
                (
                    "The Hard IRS 1099 Deadline Is Closer Than You Think".to_string(),
                    Some("Taxes".to_string())
                ),
                (
                    "The Risks Of Missing A 1099 Deadline".to_string(),
                    Some("Accounting & Finance".to_string())
                ),
                (
                    "Common Hiring Mistakes Startups Make".to_string(),
                    Some("Leadership & Growth".to_string())
                ),
            ]
        );
    }

    #[test]
    fn the_short_lines_over_the_first_card_stay_the_articles() {
        // The head of the first card would reach up into the list that
        // closes the article: it takes one line more than the others'.
        let text = format!(
            "{}How to choose a CRM for your team\n\n\
             Reporting: which KPIs must be visible in the CRM\n\n\
             Governance: who owns admin, data quality, and workflow standards\n\n\
             Related Articles\n\nStrategy, Guides\n\n\
             Everything You Should Be Doing Before You Start Call Tracking\n\n\
             Your guide to what good marketing looks like, and how call tracking can help.\n\n\
             by Chris Todd\n\nStrategy, Team Performance\n\n\
             What AI prompts are marketers using to analyze phone calls?\n\n\
             Get inspired by real customer AI use cases for phone call analysis.\n\n\
             by Chris Todd\n\nAttribution\n\n\
             Why VoIP and Attribution Belong Together\n\n\
             A common decision our customers need to make is whether to keep them apart.\n\n\
             by Andrew Clark\n",
            ARTICLE.repeat(5)
        );
        let (body, related) = take(&text);
        assert_eq!(
            body[5..],
            [
                "How to choose a CRM for your team",
                "Reporting: which KPIs must be visible in the CRM",
                "Governance: who owns admin, data quality, and workflow standards"
            ]
        );
        assert_eq!(related.len(), 3);
    }

    #[test]
    fn cards_with_credits_and_bylines_are_no_body_text() {
        let card = |n: usize, title: &str| {
            format!(
                "{n}. Photo[merlin_17{n}]\n\nCreditNitashia Johnson para The New York Times\n\n\
                 {title}\n\nPor fuera parecía tener éxito, pero por dentro sentía que me ahogaba.\n\n\
                 By Charles M. Blow\n\n"
            )
        };
        let text = format!(
            "{}{}{}{}",
            ARTICLE.repeat(5),
            card(1, "La muerte cambió mi vida"),
            card(2, "Así es como el ejercicio puede controlar la ansiedad"),
            card(3, "Siete opciones para alimentar a tu cerebro"),
        );
        let (body, related) = take(&text);
        assert_eq!(body.len(), 5, "{body:?}");
        assert_eq!(related.len(), 3);
        assert_eq!(related[0].0, "La muerte cambió mi vida");
    }

    #[test]
    fn an_articles_own_sections_stay() {
        // Subheadings, each over a sentence: no card prints only that.
        let sections = "Saving time\n\nCompanies that outsource have more time to focus on growth.\n\n\
                        Expert guidance\n\nThe agencies have years of experience in the field.\n\n\
                        Lower costs\n\nOutsourcing specific tasks has a considerably lower price.\n";
        let text = format!("{}{sections}", ARTICLE.repeat(4));
        assert_eq!(take(&text).0.len(), 10);
        // A listicle whose items each print a picture: the article's own
        // text, above the prose that follows it.
        let item = |n: usize| {
            format!(
                "[png][item-{n}]\n\n{n}. A Quiet Beach Town\n\n\
                 The town has a long beach and a small harbour with boats.\n\n"
            )
        };
        let text = format!(
            "{}{}{}{}{}",
            ARTICLE,
            item(1),
            item(2),
            item(3),
            ARTICLE.repeat(3)
        );
        assert_eq!(take(&text).0.len(), 13);
        // Cards that are the whole page (an index): nothing to set them apart from.
        let text = format!("{}{}{}", item(1), item(2), item(3));
        assert_eq!(take(&text).0.len(), 9);
    }

    #[test]
    fn picture_markers_and_stamps() {
        for marker in [
            "[png][Escalon-10]",
            "[gif]",
            "Photo[merlin_173]",
            "2. Photo[19max-vide]",
            "CreditEllen Surrey",
            "Credit",
            "1. PhotoXi Jinping, el líder de China, arriesgó su prestigio personal",
            "Photo: Reuters",
            "Allianz Logo",
        ] {
            assert!(is_picture_marker(marker, words(marker)), "{marker}");
        }
        for line in [
            "Photography tips for beginners",
            "Credit cards with the lowest rates",
            "Imagine a world without cars",
            "[Trump] said so",
        ] {
            assert!(!is_picture_marker(line, words(line)), "{line}");
        }
        for stamp in [
            "By Charles M. Blow",
            "Por Josh Max",
            "Nov 6, 2025",
            "2 months ago",
            "5 min read",
        ] {
            assert!(is_stamp(stamp, words(stamp)), "{stamp}");
        }
        assert!(!is_stamp("Stand by Me", 3));
    }
}
