//! Body lines that are the article's furniture, not its text: who made it
//! (wire credits, a Chinese editor's line), where it came from (a source
//! line, an agency's tag), which print issue it appeared in, and the
//! labels of the ad slots between its paragraphs. A plain copy of an
//! article keeps them, and inside a short copy every line the classifier
//! left scores as text.

use crate::parse::date::is_month_year;
use crate::parse::rules;
use crate::parse::text::blocks::Block;
use crate::parse::text::features::Page;

use super::Role;
use super::shapes::{may_open, opening_table};
use super::teaser_lines::is_relative_time;
use super::words::WordCounts;

/// Takes the furniture lines out of the body (`Role::Furniture`): credit,
/// source, agency, print-issue and ad-label lines, and an age alone on
/// its line among the body's first `rules::AGE_LINE_HEADER_BLOCKS`
/// blocks ("2 hours ago", "il y a 3 heures"); and
/// marks those of the `rules::TAIL_WINDOW` blocks after it, so the
/// related-teaser rules do not read "责任编辑：…" under "（完）" as a
/// labelled title. Run after the byline rules, so a short copy's
/// "(Reporting by …)" they took as its byline stays one.
pub(super) fn drop_furniture_lines(
    blocks: &[Block],
    page: &Page,
    words: &WordCounts,
    roles: &mut [Role],
) {
    let after_body = roles
        .iter()
        .rposition(|r| *r == Role::Body)
        .map_or(0..0, |last| {
            last + 1..(last + 1 + rules::TAIL_WINDOW).min(roles.len())
        });
    let mut body_seen = 0;
    for (i, role) in roles.iter_mut().enumerate() {
        let in_body = *role == Role::Body;
        let open = in_body || *role == Role::Other && after_body.contains(&i);
        // An age in the article's header ("2 hours ago" under the
        // byline); further down, ages date teaser cards (`cards`).
        let header_age = || {
            in_body
                && body_seen < rules::AGE_LINE_HEADER_BLOCKS
                && is_relative_time(&blocks[i].text)
        };
        if open
            && !words.more_than(i, rules::FURNITURE_LINE_MAX_WORDS)
            && (may_be_furniture(&blocks[i].text)
                && is_furniture_line(&blocks[i].text, page.lower(i))
                || header_age())
        {
            *role = Role::Furniture;
        }
        body_seen += usize::from(in_body);
    }
}

/// Takes the widgets' labels left in the body out of it
/// (`rules::WIDGET_LABEL_LINES`: "Share this:", "Back to Top"). Run after
/// the teaser-card and related rules, which read "Most Popular" or
/// "Related" over a run of teasers as its heading.
pub(super) fn drop_widget_labels(page: &Page, words: &WordCounts, roles: &mut [Role]) {
    for (i, role) in roles.iter_mut().enumerate() {
        if *role == Role::Body
            && !words.more_than(i, rules::FURNITURE_LINE_MAX_WORDS)
            && is_widget_label(page.lower(i))
        {
            *role = Role::Furniture;
        }
    }
}

/// A press release's closing sections leave the body: "About Acme
/// Robotics" over the company's description, and the media contact under
/// it: the heading and the body blocks under it. Only when a contact heading
/// (`rules::PRESS_CONTACT_HEADINGS`) stands within
/// `rules::PRESS_CONTACT_REACH` blocks under the "About …" heading.
pub(super) fn drop_press_release_tail(blocks: &[Block], page: &Page, roles: &mut [Role]) {
    let Some(last) = roles.iter().rposition(|r| *r == Role::Body) else {
        return;
    };
    let first = last.saturating_sub(rules::PRESS_ABOUT_REACH);
    let is_contact = |j: usize| {
        page.words[j] <= rules::ABOUT_HEADING_MAX_WORDS && {
            let lower = page.lower(j);
            rules::PRESS_CONTACT_HEADINGS
                .iter()
                .any(|h| lower.starts_with(h))
        }
    };
    let about = (first..=last).rev().find(|&i| {
        is_about_heading(&blocks[i].text, page.lower(i), page.words[i])
            && (i + 1..(i + 1 + rules::PRESS_CONTACT_REACH).min(blocks.len())).any(is_contact)
    });
    if let Some(about) = about {
        roles[about] = Role::Furniture;
        for role in &mut roles[about..] {
            if *role == Role::Body {
                *role = Role::Furniture;
            }
        }
    }
}

/// "About Acme Robotics": an opener of `rules::ABOUT_HEADING_OPENERS` and
/// a capitalised name, no sentence.
fn is_about_heading(text: &str, lower: &str, words: usize) -> bool {
    (2..=rules::ABOUT_HEADING_MAX_WORDS).contains(&words)
        && !text.ends_with(['.', '!', '?', ':'])
        && rules::ABOUT_HEADING_OPENERS.iter().any(|o| {
            lower.starts_with(o)
                && text
                    .get(o.len()..)
                    .is_some_and(|name| name.starts_with(char::is_uppercase))
        })
}

/// `text`'s first two bytes or its end allow a furniture line: the one
/// test nearly every short body line pays, read from its bytes before its
/// lowercase form is looked up. Agency marks open with a bracket; a print
/// issue's line ends with "issue"; a short line that opens outside ASCII
/// may be a capitalised ad label ("Реклама"), whose case the opening
/// tables do not fold.
fn may_be_furniture(text: &str) -> bool {
    let bytes = text.as_bytes();
    let end = bytes.strip_suffix(b".").unwrap_or(bytes);
    matches!(bytes.first(), Some(b'(' | b'[' | 0xE3 | 0xEF))
        || may_open(&OPENINGS, text)
        || matches!(end.last(), Some(b'e' | b'E'))
        || text.len() <= AD_LABEL_LINE_MAX_BYTES
            && match bytes.first() {
                Some(b) if b.is_ascii_alphanumeric() => may_open(&AD_OPENINGS, text),
                Some(b) if b.is_ascii() => may_open(&AD_OPENINGS, text.trim_start_matches(is_edge)),
                _ => true,
            }
}

/// `text` (`lower` its lowercase form) is a credit, source or editor
/// line, an agency's mark or a print-issue line.
fn is_furniture_line(text: &str, lower: &str) -> bool {
    let (Some(&first), Some(&last)) = (lower.as_bytes().first(), lower.as_bytes().last()) else {
        return false;
    };
    // An opening bracket is the one thing passed over; every other line
    // is read as it is (no character decoding for most).
    let opened = if matches!(first, b'(' | b'[' | 0xEF) {
        lower.trim_start_matches(['(', '（', '['])
    } else {
        lower
    };
    may_open(&OPENINGS, opened)
        && (rules::CREDIT_LINE_OPENERS
            .iter()
            .chain(rules::CREDIT_OPENERS)
            .any(|o| opened.starts_with(o))
            && names_only(text)
            || opens_print_issue_line(lower))
        || lower.len() <= AGENCY_MARK_MAX_BYTES && rules::AGENCY_MARK_LINES.contains(&lower.trim())
        || matches!(last, b'e' | b'.') && names_print_issue(lower)
        || lower.len() <= AD_LABEL_LINE_MAX_BYTES
            && rules::AD_LABEL_LINES.contains(&lower.trim_matches(is_edge))
}

/// `lower` is a button's or a widget's label alone
/// (`rules::WIDGET_LABEL_LINES`: "Share this:", "Back to Top").
fn is_widget_label(lower: &str) -> bool {
    lower.len() <= WIDGET_LABEL_LINE_MAX_BYTES
        && rules::WIDGET_LABEL_LINES.contains(&lower.trim_matches(is_edge))
}

/// What an ad label is trimmed of: spaces and the punctuation around it
/// ("— Advertisement —", "ADVERTISEMENT:").
fn is_edge(c: char) -> bool {
    !c.is_alphanumeric()
}

/// Every lowercase word of `text` is a credit's own word
/// (`rules::CREDIT_LINE_WORDS`): the rest are names. "Reporting by the
/// Guardian found that …" is a sentence.
fn names_only(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || matches!(c, ';' | ',' | '(' | ')' | '.'))
        .filter(|w| w.starts_with(char::is_lowercase))
        .all(|w| rules::CREDIT_LINE_WORDS.contains(&w))
}

/// "This article appears in the August 2025 issue.", "… in the July 2025
/// print edition".
fn opens_print_issue_line(lower: &str) -> bool {
    rules::PRINT_ISSUE_OPENERS
        .iter()
        .any(|o| lower.starts_with(o))
        && rules::PRINT_ISSUE_WORDS.iter().any(|w| lower.contains(w))
}

/// "August 2025 Issue" alone.
fn names_print_issue(lower: &str) -> bool {
    lower
        .trim_end_matches(['.', ' '])
        .strip_suffix(" issue")
        .is_some_and(is_month_year)
}

/// The [`opening_table`] of the credit (newsroom and staff) and
/// print-issue openers.
const OPENINGS: [u32; 256] = opening_table(&[
    rules::CREDIT_LINE_OPENERS,
    rules::CREDIT_OPENERS,
    rules::PRINT_ISSUE_OPENERS,
]);

/// The [`opening_table`] of the ad labels.
const AD_OPENINGS: [u32; 256] = opening_table(&[rules::AD_LABEL_LINES]);

/// Byte length of the longest line read as an ad label: the longest
/// label with room for the dashes and spaces around it ("— Advertisement
/// —"); a longer line is not looked up.
const AD_LABEL_LINE_MAX_BYTES: usize = longest(rules::AD_LABEL_LINES) + 16;

/// Byte length of the longest line read as a widget's label, with room
/// for the symbols around it ("🔊 Listen to this article", "Email Address
/// [ ]").
const WIDGET_LABEL_LINE_MAX_BYTES: usize = longest(rules::WIDGET_LABEL_LINES) + 16;

/// Byte length of the longest agency mark.
const AGENCY_MARK_MAX_BYTES: usize = longest(rules::AGENCY_MARK_LINES);

/// Byte length of the longest of `lines`, at compile time.
const fn longest(lines: &[&str]) -> usize {
    let (mut max, mut i) = (0, 0);
    while i < lines.len() {
        if lines[i].len() > max {
            max = lines[i].len();
        }
        i += 1;
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines() {
        for line in [
            "Reporting by Anna Hirtenstein in London; Additional reporting by Florence Tan in Singapore; Editing by Louise Heavens",
            "(Reporting by Fabian Cambero; Writing by Kylie Madry; Editing by Sandra Maler)",
            "Additional reporting by Jane Doe",
            "Edited by Jane Doe",
            "Reviewed by Hansa D. Bhargava, MD",
            "Medically reviewed by Jane Doe, RN",
            "Fact checked by Paul Rankin",
            "来源：新华网",
            "责任编辑：张伟",
            "编辑：李明",
            "（完）",
            "（共同）",
            "【関連記事】",
            "This article appears in the August 2025 issue.",
            "This article appears in the July 2025 print edition with the headline “Wired”.",
            "August 2025 Issue",
            "Advertisement",
            "— ADVERTISEMENT —",
            "Story continues below advertisement",
            "Sponsor Message",
            "Реклама",
        ] {
            assert!(may_be_furniture(line), "{line}");
            assert!(is_furniture_line(line, &line.to_lowercase()), "{line}");
        }
        for line in [
            "Reporting by the Guardian found that the council knew in 2019.",
            "The issue was raised at the meeting in August 2025.",
            "From the start, the plan was to build six kilometres of lanes.",
            "The next issue",
            "编辑部认为，这一政策将刺激消费。",
            "Advertising in the age of AI",
            "Ad hoc committees met on Monday.",
            "Edited by hand, the photos looked better than the originals.",
        ] {
            assert!(!is_furniture_line(line, &line.to_lowercase()), "{line}");
        }
    }

    #[test]
    fn widget_labels_are_whole_lines() {
        for line in [
            "Share this:",
            "Back to Top",
            "🔊 Listen to this article",
            "Email Address [ ]",
        ] {
            assert!(is_widget_label(&line.to_lowercase()), "{line}");
        }
        for line in [
            "Share this with your doctor before you start.",
            "Comments (5 posted)",
            "Read more:",
            "Play Video",
        ] {
            assert!(!is_widget_label(&line.to_lowercase()), "{line}");
        }
    }

    #[test]
    fn a_press_releases_about_section_and_contact_leave_the_body() {
        let text =
            "Acme Robotics today announced the launch of a warehouse robot for small businesses.";
        let tail = |closing: &[&str]| {
            let mut lines = vec!["Acme launches robot", text, text, text];
            lines.extend(closing);
            let blocks = crate::parse::text::blocks::split(&lines.join("\n\n"));
            let page = crate::parse::text::features::page(&blocks);
            let mut roles = vec![Role::Body; blocks.len()];
            roles[0] = Role::Headline;
            drop_press_release_tail(&blocks, &page, &mut roles);
            roles[4..].to_vec()
        };
        let about =
            "Acme Robotics builds robots for warehouses. Founded in 2018, it employs 250 people.";
        assert_eq!(
            tail(&["About Acme Robotics", about, "Media contact", "Sarah Chen"]),
            [Role::Furniture; 4]
        );
        assert_eq!(tail(&["Über Acme", about, "###"]), [Role::Furniture; 3]);
        // Without a contact heading, an "About …" section is the text's.
        assert_eq!(tail(&["About Acme Robotics", about]), [Role::Body; 2]);
        assert_eq!(
            tail(&["About the project", about, "Media contact"]),
            [Role::Body; 3]
        );
    }

    #[test]
    fn furniture_leaves_the_body_but_not_the_byline() {
        let dump = "Oil prices climb\n\n(Reporting by Jane Doe)\n\n\
                    Oil prices rose on Monday as tensions in the region raised concerns.\n\n\
                    Reporting by Jane Doe; Editing by John Smith\n\n\
                    Reporting by a local paper found that the pipeline had leaked for years before the company said anything about it, and the regulators knew as well, which is why the council now wants an inquiry into all of it.\n";
        let blocks = crate::parse::text::blocks::split(dump);
        let page = crate::parse::text::features::page(&blocks);
        let mut roles = vec![Role::Body; blocks.len()];
        roles[0] = Role::Headline;
        roles[1] = Role::Byline;
        drop_furniture_lines(&blocks, &page, &WordCounts::of_blocks(&blocks), &mut roles);
        assert_eq!(
            roles,
            [
                Role::Headline,
                Role::Byline,
                Role::Body,
                Role::Furniture,
                Role::Body
            ]
        );
    }

    #[test]
    fn furniture_after_the_body_is_marked_for_the_teaser_rules() {
        let dump = "北京出台新政策\n\n\
                    北京市商务局12日发布通知，将对购买新能源汽车的个人消费者给予补贴。\n\n\
                    （完）\n\n责任编辑：张伟\n\n各地出台汽车消费新政\n";
        let blocks = crate::parse::text::blocks::split(dump);
        let page = crate::parse::text::features::page(&blocks);
        let mut roles = vec![Role::Other; blocks.len()];
        roles[0] = Role::Headline;
        roles[1] = Role::Body;
        drop_furniture_lines(&blocks, &page, &WordCounts::of_blocks(&blocks), &mut roles);
        assert_eq!(roles[2..], [Role::Furniture, Role::Furniture, Role::Other]);
    }
}
