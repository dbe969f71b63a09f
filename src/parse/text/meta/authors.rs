//! The byline and its authors: a "By …" line near the headline, the start
//! of the text or the end of the article, then the weaker witnesses (a bare
//! name by a date line, a label over a name, an author box), and the
//! author's bio. [`BylineMemo`] keeps the byline parsers' answers for a
//! page; the headline rules, which ask the same questions first, hand it on.

use crate::article::{Article, Author};
use crate::parse::provenance::Rule;
use crate::parse::script::is_han;
use crate::parse::text::blocks::Block;
use crate::parse::text::features::{BlockPhrase, Page};
use crate::parse::words::more_words_than;
use crate::parse::{byline, date, rules};

use super::published::earliest_of;
use super::shapes::{
    holds_byline_opener, is_links_run_together, is_name_like, opens_with_dash, without_emphasis,
};
use super::words::WordCounts;
use super::{Role, at, set_byline, set_published, tail_range};

/// Byline: a "By …" line near the headline or just after the body. The
/// lines under the headline are searched first (bylines sit there), then
/// the few above it, then the lines just above the article text (where
/// the header is when the headline was missed), then the end of the
/// article. A date printed in a byline at the end of the article is
/// returned (with its block) rather than set: a date line by the headline
/// is the better witness of publication, so it is used only when none is
/// found (a closing "Posted by A at `<date>`" is often a later comment's).
// Three of the arguments are the page's shared lookups (features, word
// counts, byline memo), asked by the rules this runs.
#[allow(clippy::too_many_arguments)]
pub(super) fn find_byline(
    blocks: &[Block],
    page: &Page,
    words: &WordCounts,
    bylines: &BylineMemo,
    roles: &mut [Role],
    start: usize,
    text_start: usize,
    article: &mut Article,
) -> Option<(usize, String)> {
    let lo = start.saturating_sub(3);
    let hi = (start + rules::BYLINE_WINDOW).min(blocks.len());
    let above_text = (text_start.saturating_sub(rules::BYLINE_WINDOW)
        ..text_start.min(blocks.len()))
        .filter(|i| !(lo..hi).contains(i));
    let tail = tail_range(roles);
    // Further up the header (behind a table of contents or a picture),
    // nearest the text first; only lines that open like a byline, or a
    // label alone over a name ("By" / "Jane Doe").
    // The order is read lazily: the byline parsers are asked of these
    // further lines only when no nearer line was taken.
    let header_lo = text_start.saturating_sub(rules::HEADER_LOOKBACK);
    let header = (header_lo..text_start.saturating_sub(rules::BYLINE_WINDOW))
        .rev()
        .filter(|i| !(lo..hi).contains(i) && bylines.opens(blocks, *i));
    // A little into the text, when the classifier kept a teaser or a
    // promo above the header: again only lines that open like a byline,
    // and not the closing lines of a short text (they come last). A line
    // of that range that is searched at all is searched there.
    let below_range = text_start..(text_start + rules::HEADLINE_LOOKAHEAD).min(blocks.len());
    let below_text =
        |i: usize| below_range.contains(&i) && !(lo..hi).contains(&i) && !tail.contains(&i);
    let below = below_range.clone().filter(|&i| {
        below_text(i) && !opens_with_dash(&blocks[i].text) && bylines.opens(blocks, i)
    });
    let order = (start..hi)
        .chain(lo..start)
        .chain(above_text)
        .chain(header)
        .chain(below)
        .chain(tail.clone());
    let under = hi.saturating_sub(start);
    for (k, i) in order.enumerate() {
        // No "By …" line under the headline: a name with a date beside it
        // there comes before the lines above the headline and the text.
        if k == under && find_name_by_date(blocks, bylines, roles, start, text_start, article, true)
        {
            return None;
        }
        // Not a headline, nor a "Powered by …" / "Sponsored by …" line
        // or a reviewer's or editor's credit ("Reviewed by …", "Updated
        // by …"). The credit test (a phrase search through a long block)
        // is asked only of a block the parsers take: all are pure tests,
        // and they turn down nearly every block.
        if matches!(roles[i], Role::Headline) {
            continue;
        }
        let credit = |i: usize| is_credit_or_widget(page, i);
        let labelled = bylines
            .labelled(blocks, i)
            .map(|found| (i + 1, found))
            .or_else(|| labelled_past_picture(blocks, i));
        let near = (lo..hi).contains(&i);
        let (line, found, under_label) = match labelled {
            Some((name, found)) if roles[name] != Role::Headline => (name, found, true),
            _ => match bylines
                .loose(blocks, i)
                .or_else(|| near.then(|| name_over_role(blocks, i)).flatten())
            {
                Some(found) => (i, found, false),
                None => {
                    // Near the headline or above the text, a byline lynx
                    // ran together with the standfirst or a caption.
                    if (near || i < text_start)
                        && words.more_than(i, rules::DATE_LINE_MAX_WORDS)
                        && let Some(found) = merged_byline(&blocks[i].text)
                        && !credit(i)
                    {
                        let rule = Rule::BylineMergedNearHeadline;
                        set_byline(article, found.text, &found.authors, rule, &blocks[i]);
                        return None;
                    }
                    continue;
                }
            },
        };
        if credit(i) || is_links_run_together(&found.text) {
            continue;
        }
        let i = line;
        roles[i] = Role::Byline;
        // The author's job title on the line under the name ("Health
        // Reporter", "Staff Writer, The Times") is the byline's too.
        if roles.get(i + 1) == Some(&Role::Body) && is_role_or_outlet(&blocks[i + 1].text) {
            roles[i + 1] = Role::Byline;
        }
        let rule = if under_label {
            Rule::BylineUnderLabel
        } else if near
            && found.text == blocks[i].text.trim()
            && found.date.is_none()
            && is_name_like(&found.text)
        {
            Rule::BylineNameOverRole
        } else if (lo..hi).contains(&i) {
            Rule::BylineNearHeadline
        } else if i < text_start {
            Rule::BylineAboveText
        } else if below_text(i) {
            Rule::BylineTopOfText
        } else {
            Rule::BylineAfterBody
        };
        set_byline(
            article,
            found.text.clone(),
            &found.authors,
            rule,
            &blocks[i],
        );
        if let Some(d) = found.date {
            // "May 21, 2025April 24, 2025 by A" (updated, then published):
            // the earliest day of the line, as for a date line.
            let d = earliest_of(&blocks[i].text, d);
            if rule == Rule::BylineAfterBody {
                return Some((i, d));
            }
            set_published(article, d, Rule::PublishedInByline, &blocks[i]);
        }
        return None;
    }
    if !find_name_by_date(blocks, bylines, roles, start, text_start, article, false)
        && !find_labelled_on_page(blocks, page, words, bylines, roles, text_start, article)
        && !find_author_box(blocks, words, roles, text_start, article)
        && !find_opened_on_page(blocks, page, bylines, roles, text_start, article)
        && !find_bare_name_under_headline(blocks, words, roles, start, article)
        && !find_cjk_name_by_headline(blocks, roles, start, article)
    {
        find_site_owner(blocks, roles, start, article);
    }
    None
}

/// A site's owner, when no other rule named the author: the name a
/// copyright notice gives ("© Haki Benita 2016-2020", "This site is ©
/// 1998-2025 Anil Madhavapeddy, all rights reserved …") that also heads
/// the page on a line of its own, the site's title, among its first
/// `rules::SITE_TITLE_REACH` blocks and above the headline `start`: a
/// personal site's owner, or the company whose blog prints no byline. A
/// notice alone names the publisher, who need not be the writer, and the
/// title must read as a name ([`is_name_like`]: not "The Lean Startup",
/// not "Derek Seaman's Tech Blog"). Returns whether a name was taken.
fn find_site_owner(
    blocks: &[Block],
    roles: &mut [Role],
    start: usize,
    article: &mut Article,
) -> bool {
    let titles: Vec<usize> = (0..start.min(rules::SITE_TITLE_REACH))
        .filter(|&i| roles[i] == Role::Other && is_name_like(blocks[i].text.trim()))
        .collect();
    if titles.is_empty() {
        return false;
    }
    // The notice is in the footer: from the end.
    let Some((i, owner)) = blocks.iter().rev().find_map(|b| {
        let owner = copyright_holder(&b.text)?;
        let i = *titles.iter().find(|&&i| blocks[i].text.trim() == owner)?;
        Some((i, owner.to_string()))
    }) else {
        return false;
    };
    roles[i] = Role::Byline;
    let text = blocks[i].text.trim().to_string();
    set_byline(article, text, &[owner], Rule::BylineSiteOwner, &blocks[i]);
    true
}

/// Who a copyright notice names: the words after '©' and its years, up
/// to a comma, a bar, a bracket, another year or the end of a sentence
/// ("© Haki Benita 2016-2020", "© 1998-2025 Anil Madhavapeddy, all rights
/// reserved", "© 2025 Jane Doe. All rights reserved.").
fn copyright_holder(text: &str) -> Option<&str> {
    // '©' is C2 A9 in UTF-8: most blocks have no A9 byte and are read once.
    if !text.bytes().any(|b| b == 0xA9) {
        return None;
    }
    let (_, rest) = text.split_once('©')?;
    let rest = rest.trim_start_matches(|c: char| {
        c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '–' | ',')
    });
    let mut end = rest.len();
    let mut prev = ' ';
    for (k, c) in rest.char_indices() {
        // A full stop after a lowercase letter ends a sentence; after a
        // capital it is an initial ("Bradley M. Kuhn").
        if c.is_ascii_digit()
            || matches!(c, ',' | '|' | '·' | '•' | '(')
            || (c == '.' && prev.is_lowercase())
        {
            end = k;
            break;
        }
        prev = c;
    }
    let holder = rest[..end].trim();
    (!holder.is_empty()).then_some(holder)
}

/// The byline inside a block that re-blocking merged with the lines
/// around it ("Implementation continues … By Sarah Schwartz — November
/// 18, 2025 6 min read Vector illustration …", "Par A et B — 24
/// novembre 2017 à 18:42 «Vape Wave» …"): lynx prints a header's lines
/// with no blank line between them, and a byline that stops short of
/// the wrap column is taken for a wrapped line. The run from the last
/// capitalised byline opener (`rules::MERGED_BYLINE_OPENERS`) within
/// `rules::MERGED_BYLINE_MAX_WORDS` words before the block's first date
/// to the end of that date, when it parses as a byline; the date itself
/// is the published rules' (`published_merged_byline`).
fn merged_byline(text: &str) -> Option<byline::Byline> {
    if !holds_byline_opener(text) {
        return None;
    }
    let found = date::find_all_forms(text)?;
    let before = &text[..found.range.start];
    // The blocks' text holds single spaces only (see `Block::text`).
    let starts: Vec<usize> = std::iter::once(0)
        .chain(before.match_indices(' ').map(|(k, _)| k + 1))
        .filter(|&k| k < before.len())
        .collect();
    let reach = starts.len().saturating_sub(rules::MERGED_BYLINE_MAX_WORDS);
    let opener = starts[reach..].iter().rev().find(|&&k| {
        let word = before[k..].split(' ').next().unwrap_or("");
        rules::MERGED_BYLINE_OPENERS.contains(&word)
    })?;
    let found = byline::parse(&text[*opener..found.range.end])?;
    (!found.authors.is_empty()).then_some(found)
}

/// A Chinese or Japanese name alone on its line with no label ("山田 花子",
/// "山田花子"), right under the headline `start` or right beside the date
/// line under it (within `rules::CJK_BARE_NAME_REACH` blocks), when no other rule named the author: [`is_cjk_name`],
/// not a place ([`rules::CJK_PLACE_SUFFIXES`]), and said nowhere else on
/// the page: a section's or a place's name under a headline ("社会",
/// "東京") is the text's word too, a reporter's name seldom is.
fn find_cjk_name_by_headline(
    blocks: &[Block],
    roles: &mut [Role],
    start: usize,
    article: &mut Article,
) -> bool {
    if roles.get(start) != Some(&Role::Headline) {
        return false;
    }
    let is_date = |j: usize| {
        blocks.get(j).is_some_and(|b| {
            !more_words_than(&b.text, rules::DATE_LINE_MAX_WORDS / 2)
                && date::find_all_forms(&b.text).is_some()
        })
    };
    let beside_date = |i: usize| is_date(i + 1) || (i > start + 1 && is_date(i - 1));
    let end = (start + 1 + rules::CJK_BARE_NAME_REACH).min(blocks.len());
    let found = (start + 1..end).find(|&i| {
        (i == start + 1 || beside_date(i))
            && matches!(roles[i], Role::Other | Role::Body)
            && is_cjk_name(&blocks[i].text)
    });
    let Some(i) = found else { return false };
    let name: String = blocks[i]
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let glued: String = name.split_whitespace().collect();
    let said_elsewhere = blocks
        .iter()
        .enumerate()
        .any(|(j, b)| j != i && b.text.contains(glued.as_str()));
    if said_elsewhere {
        return false;
    }
    roles[i] = Role::Byline;
    set_byline(
        article,
        blocks[i].text.trim().to_string(),
        &[name],
        Rule::BylineCjkNameByHeadline,
        &blocks[i],
    );
    true
}

/// `text` is shaped like a Chinese or Japanese full name: Han characters
/// only, none of `rules::CJK_NOT_NAME_CHARS` ("我要分享" is a share
/// button), `rules::CJK_BARE_NAME_CHARS` of them glued ("山田花子") or a
/// family and a given name of `rules::CJK_NAME_PART_CHARS` each apart ("山田 花子", with
/// an ideographic space too), not ending in a place's suffix
/// ([`rules::CJK_PLACE_SUFFIXES`]: "大阪府", "横浜市").
fn is_cjk_name(text: &str) -> bool {
    let parts: Vec<&str> = text.split_whitespace().collect();
    let count = |p: &str| p.chars().count();
    let shaped = match parts.as_slice() {
        [one] => rules::CJK_BARE_NAME_CHARS.contains(&count(one)),
        [family, given] => {
            rules::CJK_NAME_PART_CHARS.contains(&count(family))
                && rules::CJK_NAME_PART_CHARS.contains(&count(given))
        }
        _ => false,
    };
    shaped
        && parts.iter().all(|p| {
            p.chars()
                .all(|c| is_han(c) && !rules::CJK_NOT_NAME_CHARS.contains(&c))
        })
        && !text
            .chars()
            .last()
            .is_some_and(|c| rules::CJK_PLACE_SUFFIXES.contains(&c))
}

/// Block `i`'s text stands again in one of the two blocks under it.
fn named_again_under(blocks: &[Block], i: usize) -> bool {
    let name = blocks[i].text.trim();
    blocks[i + 1..(i + 3).min(blocks.len())]
        .iter()
        .any(|b| b.text.contains(name))
}

/// A bare name line ("Jeff Hoyt", [`is_name_line`]) among the
/// `rules::BARE_NAME_WINDOW` blocks under the headline `start`, named
/// again in one of the two blocks under it, when no other rule named the
/// author: sites print the author without "By" under the title or its
/// standfirst, after a portrait's alt text or over "Who is Jeff Hoyt?".
/// The repeat is the evidence: title-cased lines there ("Show Caption",
/// "Electrical Service Panel") read as names too. Not a job title
/// ("Senior Editor"), nor a block with another role.
fn find_bare_name_under_headline(
    blocks: &[Block],
    words: &WordCounts,
    roles: &mut [Role],
    start: usize,
    article: &mut Article,
) -> bool {
    if roles.get(start) != Some(&Role::Headline) {
        return false;
    }
    let end = (start + 1 + rules::BARE_NAME_WINDOW).min(blocks.len());
    let found = (start + 1..end).find(|&i| {
        matches!(roles[i], Role::Other | Role::Body)
            && is_name_line(blocks, words, roles, i)
            && !byline::is_role_line(&blocks[i].text)
            && named_again_under(blocks, i)
    });
    let Some((i, name)) = found.and_then(|i| {
        let name = byline::split_names(blocks[i].text.trim())
            .into_iter()
            .next()?;
        Some((i, name))
    }) else {
        return false;
    };
    roles[i] = Role::Byline;
    let text = blocks[i].text.trim().to_string();
    set_byline(
        article,
        text,
        &[name],
        Rule::BylineBareNameUnderHeadline,
        &blocks[i],
    );
    true
}

/// A line that opens like a byline ("By Jane Doe", "By: Jane Doe ,
/// Contributor") anywhere on the page, when nothing else named the
/// author: the header of a page whose headline and text start were both
/// missed (a promo or a menu taken for them). After the start of the
/// text first, then above it, nearest first; not a credit, a quote's
/// attribution or a "Powered by" line, and not a line of a teaser list
/// (`rules::OPENED_ON_PAGE_MAX_BYLINES`: more "By" lines than that on the
/// page are a list's, where the first one names another article's
/// author).
fn find_opened_on_page(
    blocks: &[Block],
    page: &Page,
    bylines: &BylineMemo,
    roles: &mut [Role],
    text_start: usize,
    article: &mut Article,
) -> bool {
    let found: Vec<(usize, byline::Byline)> = from_text_start(text_start, blocks.len())
        .filter(|&i| roles[i] != Role::Headline && !opens_with_dash(&blocks[i].text))
        // The parse before the phrase search: it turns down nearly every
        // block, a paragraph after its first two letters, where the search
        // read every block's lowercase text to its end. Both are pure
        // tests, so their order does not change which blocks pass.
        .filter(|&i| bylines.parses(blocks, i))
        .filter(|&i| !is_credit_or_widget(page, i))
        .filter_map(|i| byline::parse(&blocks[i].text).map(|b| (i, b)))
        .take(rules::OPENED_ON_PAGE_MAX_BYLINES + 1)
        .collect();
    let (Some((i, found)), true) = (
        found.first(),
        found.len() <= rules::OPENED_ON_PAGE_MAX_BYLINES,
    ) else {
        return false;
    };
    roles[*i] = Role::Byline;
    set_byline(
        article,
        found.text.clone(),
        &found.authors,
        Rule::BylineOpenedOnPage,
        &blocks[*i],
    );
    true
}

/// Block `i`'s lowercase text holds one of `rules::NOT_BYLINE_PHRASES`
/// ("Powered by …", "Photo by …") or opens with one of
/// `rules::CREDIT_OPENERS` ("Reviewed by …"): no byline, whatever the
/// parsers say.
fn is_credit_or_widget(page: &Page, i: usize) -> bool {
    page.holds(i, BlockPhrase::NotByline)
        || rules::CREDIT_OPENERS
            .iter()
            .any(|o| page.lower(i).starts_with(o))
}

/// Every block index, the text's first (author boxes close the article),
/// then those above its start, nearest first.
fn from_text_start(text_start: usize, len: usize) -> impl Iterator<Item = usize> {
    let start = text_start.min(len);
    (start..len).chain((0..start).rev())
}

/// A byline's label alone on its line over the name ("Written by" / "Sir
/// Nuno", "Posted by:" / "Jane Doe") anywhere on the page, when no byline
/// stands near the header or the end of the text: the author box of a
/// page whose text the classifier ended too late or started too early.
/// After the start of the text first (author boxes close the article),
/// then above it, nearest first. Returns whether a name was taken.
fn find_labelled_on_page(
    blocks: &[Block],
    page: &Page,
    words: &WordCounts,
    bylines: &BylineMemo,
    roles: &mut [Role],
    text_start: usize,
    article: &mut Article,
) -> bool {
    for i in from_text_start(text_start, blocks.len()) {
        // A label, or one with its date ("Written on Mar 17 by").
        let text = &blocks[i].text;
        if (words.more_than(i, rules::BYLINE_LABEL_MAX_WORDS)
            && (words.more_than(i, byline::DATED_LABEL_MAX_WORDS) || !byline::is_dated_label(text)))
            || page.holds(i, BlockPhrase::NotByline)
        {
            continue;
        }
        let Some(next) = blocks.get(i + 1) else {
            continue;
        };
        if roles[i + 1] == Role::Headline {
            continue;
        }
        let Some(found) = bylines
            .labelled(blocks, i)
            .filter(|b| !is_links_run_together(&b.text))
        else {
            continue;
        };
        roles[i + 1] = Role::Byline;
        set_byline(
            article,
            found.text,
            &found.authors,
            Rule::BylineUnderLabelOnPage,
            next,
        );
        return true;
    }
    false
}

/// An author box after the start of the text, when no byline was found: a
/// name line (two or three words) over a bio that opens with the name or
/// its first name ("Lauren Vetter" / "Lauren Vetter is a growth-focused
/// marketer …", "Lisa has over 20 years …"), a role line between them
/// allowed. Only when no such box is found, one whose bio names the
/// first name as its subject a few words in ([`names_as_subject_of`]).
/// Returns whether a name was taken.
fn find_author_box(
    blocks: &[Block],
    words: &WordCounts,
    roles: &mut [Role],
    text_start: usize,
    article: &mut Article,
) -> bool {
    let opens_with_name =
        |b: &str, name: &str, first: &str| is_bio_of(b, name) || is_bio_of(b, first);
    // The second search reads the name lines the first one found (it
    // read them all when it found no box) instead of testing every block
    // again.
    let mut name_lines = Vec::new();
    let first_search = (text_start..blocks.len())
        .filter(|&i| is_name_line(blocks, words, roles, i))
        .inspect(|&i| name_lines.push(i));
    let found = author_box_by(blocks, roles, first_search, opens_with_name).or_else(|| {
        author_box_by(
            blocks,
            roles,
            name_lines.iter().copied(),
            names_as_subject_of,
        )
    });
    let (found, rule) = match found {
        Some(found) => (found, Rule::BylineAuthorBox),
        None => match name_and_role_box(blocks, words, roles, text_start) {
            Some(found) => (found, Rule::BylineAuthorBoxWithRole),
            None => return false,
        },
    };
    let (i, name) = found;
    roles[i] = Role::Byline;
    let text = blocks[i].text.trim().to_string();
    set_byline(article, text, &[name], rule, &blocks[i]);
    true
}

/// An author box after the text whose name line goes on with the
/// author's role: "Tim Green UK-based Systems Theorist & Independent
/// Technology Writer" over "Tim explores the intersections of …". A name
/// and its role set inline are printed on one line; w3m and lynx print
/// the portrait's alt text over it, the bare name the plain search finds,
/// innerText does not. The name is the line's first two or three words
/// ([`byline::looks_like_name`]); the rest, at most
/// `rules::AUTHOR_ROLE_MAX_WORDS` words, ends in a role word
/// ([`byline::is_role_line`] of its last word); one of the two blocks
/// under the line is a bio of that name (opening with it or the first
/// name, or naming the first name as its subject). The block and the
/// name.
fn name_and_role_box(
    blocks: &[Block],
    words: &WordCounts,
    roles: &[Role],
    text_start: usize,
) -> Option<(usize, String)> {
    let most = rules::NAME_LIKE_WORDS.end() + rules::AUTHOR_ROLE_MAX_WORDS;
    (text_start..blocks.len()).find_map(|i| {
        if !words.count_in(i, &(rules::NAME_LIKE_WORDS.start() + 1..=most))
            || roles[i] == Role::Headline
        {
            return None;
        }
        let text = blocks[i].text.trim();
        // A name's two first words open in capitals: the cheap test
        // first, most short lines of a page fail it.
        let opens_upper = |w: Option<&str>| {
            w.and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase)
        };
        let mut split = text.split_whitespace();
        if !opens_upper(split.next())
            || !opens_upper(split.next())
            || text.contains(':')
            || !split.next_back().is_some_and(byline::is_role_line)
        {
            return None;
        }
        let all: Vec<&str> = text.split_whitespace().collect();
        let mut sizes = rules::NAME_LIKE_WORDS;
        sizes.find_map(|n| {
            if !(1..=rules::AUTHOR_ROLE_MAX_WORDS).contains(&all.len().saturating_sub(n)) {
                return None;
            }
            let name = all[..n].join(" ");
            let first = all[0];
            let is_bio = |j: usize| {
                let bio = &blocks[j].text;
                is_bio_of(bio, &name)
                    || is_bio_of(bio, first)
                    || names_as_subject_of(bio, &name, first)
            };
            let bio = (i + 1..(i + 3).min(blocks.len())).find(|&j| is_bio(j));
            (byline::looks_like_name(&name)
                && bio.is_some_and(|bio| !text_goes_on_after(blocks, roles, bio)))
            .then_some((i, name))
        })
    })
}

/// Block `i` can be an author box's name line: two or three words that
/// look like a name, no label (':'), not the headline.
fn is_name_line(blocks: &[Block], words: &WordCounts, roles: &[Role], i: usize) -> bool {
    let text = blocks[i].text.trim();
    words.count_in(i, &rules::NAME_LIKE_WORDS)
        && !text.contains(':')
        && roles[i] != Role::Headline
        && byline::looks_like_name(text)
}

/// The first of the name lines `lines` ([`is_name_line`], in page order)
/// with a bio among the two blocks under it, `is_bio(bio, name line,
/// first name)`, that closes the text ([`text_goes_on_after`]): the block
/// and the author's name.
fn author_box_by(
    blocks: &[Block],
    roles: &[Role],
    lines: impl IntoIterator<Item = usize>,
    is_bio: impl Fn(&str, &str, &str) -> bool,
) -> Option<(usize, String)> {
    lines.into_iter().find_map(|i| {
        let text = blocks[i].text.trim();
        let first = text.split_whitespace().next().unwrap_or(text);
        (i + 1..(i + 3).min(blocks.len()))
            .find(|&j| is_bio(&blocks[j].text, text, first))
            .filter(|&bio| !text_goes_on_after(blocks, roles, bio))
            .filter(|_| !under_form_box(blocks, i))
            .and_then(|_| byline::split_names(text).into_iter().next())
            .map(|name| (i, name))
    })
}

/// Block `i` is a byline's label ("Author") over a picture's
/// placeholders and the name under them: w3m prints the author's
/// portrait between the two as bracketed words, glued when there are
/// two ("\[69uSEABAAA\]\[e9f9639c56\]"), where lynx and innerText print
/// nothing. The name's block and the byline read from it.
fn labelled_past_picture(blocks: &[Block], i: usize) -> Option<(usize, byline::Byline)> {
    let picture = blocks.get(i + 1)?.text.as_str();
    let name = blocks.get(i + 2)?;
    let placeholders = picture.len() > 2
        && picture.starts_with('[')
        && picture.ends_with(']')
        && picture[1..picture.len() - 1]
            .split("][")
            .all(|word| !word.is_empty() && !word.contains(['[', ']', ' ']));
    if !placeholders {
        return None;
    }
    byline::parse_labelled(&blocks[i].text, &name.text).map(|found| (i + 2, found))
}

/// A short block holding a form box (`teaser_lines::has_form_box`,
/// at most `rules::FORM_FIELD_LINE_MAX_WORDS` words) stands within
/// `rules::AUTHOR_BOX_FORM_REACH` blocks above the name line `i`: the
/// "box" is an entry of a settings dialog w3m printed as text.
fn under_form_box(blocks: &[Block], i: usize) -> bool {
    blocks[i.saturating_sub(rules::AUTHOR_BOX_FORM_REACH)..i]
        .iter()
        .any(|b| {
            !more_words_than(&b.text, rules::FORM_FIELD_LINE_MAX_WORDS)
                && super::teaser_lines::has_form_box(&b.text)
        })
}

/// The article's text goes on right after the would-be bio `bio`: a kept
/// paragraph of more than `rules::TEXT_AFTER_BOX_MIN_WORDS` words. The name
/// line and the paragraph under it are then a section of the article
/// about a product or a person ("Microsoft Power BI" / "Microsoft Power
/// BI is a premier analytics platform …"); an author's box closes the
/// text.
fn text_goes_on_after(blocks: &[Block], roles: &[Role], bio: usize) -> bool {
    blocks.get(bio + 1).is_some_and(|next| {
        roles[bio + 1] == Role::Body && more_words_than(&next.text, rules::TEXT_AFTER_BOX_MIN_WORDS)
    })
}

/// Block `i` is a bare name over its job title ("Ben Silverman" / "Games
/// Editor", "Jane Doe" / "Senior Health Reporter, The Times"): an author
/// card by the headline. The title line has at most
/// `byline::MAX_ROLE_WORDS` words and ends in a role word, its outlet
/// after it at most; the name line is not itself one ("Expert Verified"
/// over a badge).
fn name_over_role(blocks: &[Block], i: usize) -> Option<byline::Byline> {
    let text = blocks[i].text.trim();
    let role = blocks.get(i + 1)?;
    let ok = is_name_like(text) && !byline::is_role_line(text) && is_role_or_outlet(&role.text);
    ok.then(|| byline::Byline {
        text: text.to_string(),
        authors: byline::split_names(text),
        date: None,
    })
}

/// `text` is a job title, alone or with its outlet.
fn is_role_or_outlet(text: &str) -> bool {
    byline::is_role_line(text) || byline::is_role_with_outlet(text)
}

/// Block `i` is a bare name ("Joshua Waller", 2 or 3 words) over a short
/// date line: a header's author line without "By", as blogs and
/// magazines print it under the title.
///
/// The next block's word count (`words`, counted once per page) and year
/// are looked for first: most blocks this is asked of (a header's menus
/// and labels, up to `rules::BYLINE_TITLE_LOOKBACK` of them) have no
/// short line with four digits under them, and the name test costs more
/// than those. The count first: the year scan read each paragraph under
/// such a block to its end (3.5 M instructions over every third dev dump).
pub(super) fn is_name_over_date(blocks: &[Block], words: &WordCounts, i: usize) -> bool {
    blocks.get(i + 1).is_some_and(|next| {
        !words.more_than(i + 1, rules::DATE_LINE_MAX_WORDS) && date::may_hold_date(&next.text)
    }) && is_name_like(&blocks[i].text)
        && blocks
            .get(i + 1)
            .is_some_and(|next| date::find_all_forms(&next.text).is_some())
}

/// [`is_name_over_date`] as it was, the name tested first.
#[cfg(test)]
fn is_name_over_date_plain(blocks: &[Block], i: usize) -> bool {
    is_name_like(&blocks[i].text)
        && blocks.get(i + 1).is_some_and(|next| {
            !more_words_than(&next.text, rules::DATE_LINE_MAX_WORDS)
                && date::find_all_forms(&next.text).is_some()
        })
}

/// Block `i` is a byline ("By Jane Doe") or a byline's label over the
/// name on the next block ("Written by" / "Jane Doe"). The plain form of
/// [`BylineMemo::opens`], for its tests.
#[cfg(test)]
fn opens_byline(blocks: &[Block], i: usize) -> bool {
    byline::parse(&blocks[i].text).is_some()
        || blocks
            .get(i + 1)
            .is_some_and(|next| byline::parse_labelled(&blocks[i].text, &next.text).is_some())
}

/// Whether [`byline::parse`] finds a byline in each block, and whether
/// [`byline::parse_labelled`] finds one in each block over the next,
/// each asked once per page: the headline's header and byline-title
/// searches, the byline search and the page-wide passes ask them of the
/// same blocks again. Only the yes or no is kept; the few callers that
/// need the byline itself parse it again when the answer is yes. So is
/// the byline-or-date test built on them, which the headline's header
/// search, window and eligibility tests ask of the same blocks, and the
/// first date of each block, which the date rules and the name-by-date
/// test ask again of the header blocks that test read (5,100 of 17,700
/// date searches over every third dev dump were repeats; keeping them
/// saved 3.9 M instructions there). A block
/// whose text an earlier block has (a menu or a teaser printed twice)
/// takes that block's answer when the answer reads nothing else, or when
/// the neighbour it reads has the same text too.
pub(super) struct BylineMemo {
    /// Each block's first block of the same text ([`Page::first_same`]).
    same: Vec<usize>,
    parses: Vec<std::cell::OnceCell<bool>>,
    labels: Vec<std::cell::OnceCell<bool>>,
    dated: Vec<std::cell::OnceCell<bool>>,
    dates: Vec<std::cell::OnceCell<Option<date::DateMatch>>>,
}

impl BylineMemo {
    /// Nothing asked yet, for the blocks of `page`.
    pub(super) fn new(page: &Page) -> BylineMemo {
        let len = page.first_same.len();
        BylineMemo {
            same: page.first_same.clone(),
            parses: vec![std::cell::OnceCell::new(); len],
            labels: vec![std::cell::OnceCell::new(); len],
            dated: vec![std::cell::OnceCell::new(); len],
            // Not `vec!`, which clones the empty cell into each slot:
            // 0.7 M instructions more over every third dev dump.
            dates: std::iter::repeat_with(std::cell::OnceCell::new)
                .take(len)
                .collect(),
        }
    }

    /// The block whose answer block `i` takes for a test that also reads
    /// block `i + 1` (`after`) or `i - 1`: the first block of `i`'s text
    /// when that block's neighbour has the same text as `i`'s, else `i`.
    fn shared(&self, i: usize, after: bool) -> usize {
        let first = self.same[i];
        let neighbour = |j: usize| match after {
            true => self.same.get(j + 1),
            false => j.checked_sub(1).and_then(|j| self.same.get(j)),
        };
        match (neighbour(first), neighbour(i)) {
            (Some(a), Some(b)) if a == b => first,
            _ => i,
        }
    }

    /// `byline::parse(&blocks[i].text).is_some()`.
    pub(super) fn parses(&self, blocks: &[Block], i: usize) -> bool {
        let first = self.same[i];
        *self.parses[first].get_or_init(|| byline::parse(&blocks[first].text).is_some())
    }

    /// Block `i` is a byline's label over the names on block `i + 1`.
    pub(super) fn labels(&self, blocks: &[Block], i: usize) -> bool {
        let i = self.shared(i, true);
        *self.labels[i].get_or_init(|| {
            blocks
                .get(i + 1)
                .is_some_and(|next| byline::parse_labelled(&blocks[i].text, &next.text).is_some())
        })
    }

    /// Block `i` is a byline ("By Jane Doe") or a byline's label over the
    /// name on the next block ("Written by" / "Jane Doe").
    pub(super) fn opens(&self, blocks: &[Block], i: usize) -> bool {
        self.parses(blocks, i) || self.labels(blocks, i)
    }

    /// [`is_byline_or_date`](super::header::is_byline_or_date).
    pub(super) fn byline_or_date(&self, blocks: &[Block], page: &Page, i: usize) -> bool {
        let i = self.shared(i, false);
        *self.dated[i].get_or_init(|| {
            page.words[i] <= rules::DATE_LINE_MAX_WORDS
                && (self.parses(blocks, i)
                    || self.date(blocks, i).is_some()
                    || i.checked_sub(1)
                        .is_some_and(|label| self.labels(blocks, label)))
        })
    }

    /// `date::find_all_forms(&blocks[i].text)`.
    pub(super) fn date(&self, blocks: &[Block], i: usize) -> Option<&date::DateMatch> {
        let first = self.same[i];
        self.dates[first]
            .get_or_init(|| date::find_all_forms(&blocks[first].text))
            .as_ref()
    }

    /// `byline::parse_labelled` of block `i` over block `i + 1`.
    fn labelled(&self, blocks: &[Block], i: usize) -> Option<byline::Byline> {
        if !self.labels(blocks, i) {
            return None;
        }
        byline::parse_labelled(&blocks[i].text, &blocks.get(i + 1)?.text)
    }

    /// `byline::parse_loose` of block `i`, which starts with
    /// `byline::parse`.
    fn loose(&self, blocks: &[Block], i: usize) -> Option<byline::Byline> {
        if self.parses(blocks, i) {
            byline::parse_loose(&blocks[i].text)
        } else {
            byline::parse_loose_unopened(&blocks[i].text)
        }
    }
}

/// A bare name near the headline ("Andrew Gerrand" over "4 August 2010"):
/// blogs print the author without "By". A name-shaped line is only taken
/// with a witness: a date line next to it, or an author box elsewhere on
/// the page ("About Jane Doe", "Jane Doe is a reporter who …"). A
/// one-word name ("Kev", a pen name or a desk) is taken only right under
/// the headline and next to a date line, the shape of a blog's header.
/// With `dated_under_headline`, only the `rules::NAME_UNDER_HEADLINE_REACH`
/// blocks under the headline are searched, for a name with a date line
/// below it. Returns whether a name was taken.
fn find_name_by_date(
    blocks: &[Block],
    bylines: &BylineMemo,
    roles: &mut [Role],
    start: usize,
    text_start: usize,
    article: &mut Article,
    dated_under_headline: bool,
) -> bool {
    let lo = start.saturating_sub(rules::BYLINE_WINDOW);
    let hi = (start + rules::BYLINE_WINDOW).min(blocks.len());
    // Then just above the text, where the header is when the headline
    // was missed.
    let above_text = (text_start.saturating_sub(rules::BYLINE_WINDOW)
        ..text_start.min(blocks.len()))
        .filter(|i| !(lo..hi).contains(i));
    // Or only the few blocks under the headline, a name with a date line
    // beside it: the header's author line, which wins over a "by" line
    // above the headline (a teaser's or a promo's).
    let under = (start + 1..(start + 1 + rules::NAME_UNDER_HEADLINE_REACH).min(blocks.len()))
        .filter(|_| roles.get(start) == Some(&Role::Headline));
    let is_date = |j: usize| {
        !more_words_than(&blocks[j].text, rules::DATE_LINE_MAX_WORDS / 2)
            && bylines.date(blocks, j).is_some()
    };
    let order: Vec<usize> = if dated_under_headline {
        under.collect()
    } else {
        (lo..hi).chain(above_text).collect()
    };
    // The words of a bare name (a middle name or initial allowed).
    const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;
    for i in order {
        // Without the portrait's alt text that w3m and lynx print by the
        // name ("[89c] Ridvika Arora", "Picture of Kev Kev").
        let text = &byline::without_portrait(&blocks[i].text);
        // Counted up to one past the longest name taken (a paragraph is
        // not read to its end).
        let words = text.split_whitespace().take(NAME_WORDS.end() + 1).count();
        // Co-authors' names alone right under the headline.
        if i == start + 1
            && roles[start] == Role::Headline
            && let Some(names) = byline::names_only(text)
        {
            roles[i] = Role::Byline;
            let rule = Rule::BylineNameUnderHeadline;
            set_byline(article, text.to_string(), &names, rule, &blocks[i]);
            return true;
        }
        let one_word = words == 1
            && start < i
            && i <= start + rules::ONE_WORD_NAME_REACH
            && roles[start] == Role::Headline
            && (is_date(i - 1) || (i + 1 < blocks.len() && is_date(i + 1)));
        // "Location: Boston" is a label and its value. A line that says
        // the headline again is the title printed twice (the end of a
        // breadcrumb innerText prints without its markers: "Newsletter" /
        // "Foundational Fitness Protocol" over the same title).
        if !(one_word || NAME_WORDS.contains(&words))
            || roles[i] == Role::Headline
            || text.contains(':')
            || repeats_headline(text, article.headline.as_deref())
            || !(byline::looks_like_name(text) || byline::is_name_with_beat(text))
        {
            continue;
        }
        let Some(name) = byline::split_names(text).into_iter().next() else {
            continue;
        };
        // A date under the headline is not beside a line over it: that
        // line is the headline's kicker ("Marketing Strategy" over the
        // title, "Last Updated: …" under it).
        let across_headline = |j: usize| i < start && start < j && roles[start] == Role::Headline;
        let near = (i.saturating_sub(2)..(i + 3).min(blocks.len()))
            .any(|j| j != i && !across_headline(j) && is_date(j));
        // Right under the headline, a full name is the header's author
        // line even without a date beside it.
        let under_headline = i == start + 1
            && roles[start] == Role::Headline
            && rules::NAME_LIKE_WORDS.contains(&name.split_whitespace().count());
        // Under the headline the date line follows the name (a date over
        // a title-cased line is a blog's date over its title), and may be
        // a long one ("30 January 2025 / 23:07 GMT" printed twice).
        let dated_below = || {
            (i + 1..(i + 3).min(blocks.len())).any(|j| {
                !more_words_than(&blocks[j].text, rules::DATE_LINE_MAX_WORDS)
                    && bylines.date(blocks, j).is_some()
            })
        };
        let rule = if dated_under_headline {
            if !dated_below() {
                continue;
            }
            Rule::BylineNameByDate
        } else if near {
            Rule::BylineNameByDate
        } else if under_headline {
            Rule::BylineNameUnderHeadline
        } else if name.split_whitespace().count() >= 2 && has_author_box(blocks, i, &name) {
            Rule::BylineNameWithBio
        } else {
            continue;
        };
        roles[i] = Role::Byline;
        set_byline(article, text.to_string(), &[name], rule, &blocks[i]);
        return true;
    }
    false
}

/// `text` is the headline again, in any case and spacing: the title
/// printed twice, not a name beside it.
fn repeats_headline(text: &str, headline: Option<&str>) -> bool {
    headline.is_some_and(|h| {
        text.split_whitespace()
            .map(str::to_lowercase)
            .eq(h.split_whitespace().map(str::to_lowercase))
    })
}

/// Another block than `i` presents `name` as an author: "About Jane Doe",
/// or a bio that opens with the name ("Jane Doe is a reporter …").
fn has_author_box(blocks: &[Block], i: usize, name: &str) -> bool {
    blocks.iter().enumerate().any(|(j, b)| {
        if j == i {
            return false;
        }
        let about = b
            .text
            .strip_prefix(rules::ABOUT_AUTHOR_PREFIX)
            .map(str::trim);
        about == Some(name) || is_bio_of(&b.text, name)
    })
}

/// Author bio: a paragraph after the byline or the body that starts with
/// an author's name and goes on like a bio ("X previously worked for …").
pub(super) fn find_bio(blocks: &[Block], roles: &mut [Role], article: &mut Article) {
    if article.authors.is_empty() {
        return;
    }
    let byline_at = roles.iter().position(|r| *r == Role::Byline);
    let tail = tail_range(roles);
    let mut range: Vec<usize> = tail.clone().collect();
    if let Some(b) = byline_at {
        let mut from = b + 1;
        while from < blocks.len()
            && from <= b + rules::BIO_NAME_LINES_MAX
            && names_an_author(&blocks[from].text, &article.authors)
        {
            from += 1;
        }
        range.extend(from..(from + 2).min(blocks.len()));
    }
    // Then the body's last blocks, for a closing bio by the first name,
    // in the first person or under the name (`is_closing_bio_of`).
    let body: Vec<usize> = (0..roles.len())
        .filter(|&i| roles[i] == Role::Body)
        .collect();
    let last_body = &body[body.len().saturating_sub(rules::CLOSING_BIO_BODY_BLOCKS)..];
    let by_first_name = range.len();
    range.extend(last_body.iter().rev());
    let mut found = false;
    for (place, &i) in range.iter().enumerate() {
        if !matches!(roles[i], Role::Other | Role::Body) {
            continue;
        }
        let text = without_emphasis(&blocks[i].text);
        // Each author's bio: co-authors' stand one after the other.
        let mut without_bio = article.authors.iter_mut().filter(|a| a.bio.is_none());
        let Some((author, rule)) = without_bio.find_map(|a| {
            if place >= by_first_name {
                is_closing_bio_of(text, &a.name).then_some((a, Rule::ClosingBio))
            } else if is_bio_of(text, &a.name) {
                Some((a, Rule::BioStartsWithName))
            } else {
                is_short_bio_of(text, &a.name).then_some((a, Rule::ShortBioNamesJob))
            }
        }) else {
            continue;
        };
        author.bio = Some(text.to_string());
        let mut origin = rule.at(Some(at(&blocks[i])));
        origin.evidence = Some(author.name.clone());
        roles[i] = Role::Bio;
        article.provenance.add("authors.bio", origin);
        drop_author_box_heading(blocks, roles, i);
        found = true;
    }
    if !found {
        find_bio_under_label(blocks, roles, tail, article);
    }
}

/// `text` is an author's name again, with at most
/// `rules::BIO_NAME_LINE_EXTRA_WORDS` words more: a profile link or a
/// portrait's alt text ("Dylan Ettinger's headshot") between the byline
/// and the bio.
fn names_an_author(text: &str, authors: &[Author]) -> bool {
    authors.iter().any(|a| {
        text.contains(a.name.as_str())
            && !more_words_than(
                text,
                a.name.split_whitespace().count() + rules::BIO_NAME_LINE_EXTRA_WORDS,
            )
    })
}

/// The author box's heading right over the bio at `bio` ("About the
/// author", `rules::AUTHOR_BOX_HEADINGS`) leaves the body with it.
fn drop_author_box_heading(blocks: &[Block], roles: &mut [Role], bio: usize) {
    let Some(h) = bio.checked_sub(1) else { return };
    let heading = blocks[h].text.trim().trim_end_matches(':').to_lowercase();
    if matches!(roles[h], Role::Body | Role::Other)
        && rules::AUTHOR_BOX_HEADINGS.contains(&heading.as_str())
    {
        roles[h] = Role::Furniture;
    }
}

/// Author bio from an author box after the text, for an author no bio
/// was found for: a label naming the author ([`labelled_author`]:
/// "Written by Jane Doe", "About Jane Doe", the bare name, "About the
/// author") over a short description of a person ([`describes_author`]:
/// "Staff engineer writing about …", "She covers …"). The short lines a
/// box prints between ("Follow", "1.2K Followers") are passed over; the
/// first longer line is the description or there is none (a teaser, a
/// newsletter pitch).
fn find_bio_under_label(
    blocks: &[Block],
    roles: &mut [Role],
    tail: std::ops::Range<usize>,
    article: &mut Article,
) {
    let Some(first_body) = roles.iter().position(|r| *r == Role::Body) else {
        return;
    };
    for i in tail.filter(|&i| i > first_body) {
        if !matches!(roles[i], Role::Other | Role::Body | Role::Byline) {
            continue;
        }
        let Some(k) = labelled_author(&blocks[i].text, &article.authors) else {
            continue;
        };
        let name = article.authors[k].name.clone();
        let under = (i + 1..(i + 1 + rules::BIO_LABEL_REACH).min(blocks.len())).find(|&j| {
            let text = blocks[j].text.trim();
            more_words_than(text, rules::BIO_DESCRIPTION_WORDS.start() - 1)
                && !text.eq_ignore_ascii_case(&name)
        });
        let Some(j) = under.filter(|&j| {
            article.authors[k].bio.is_none()
                && matches!(roles[j], Role::Other | Role::Body)
                && describes_author(&blocks[j].text, &name)
        }) else {
            continue;
        };
        article.authors[k].bio = Some(blocks[j].text.trim().to_string());
        let mut origin = Rule::BioUnderAuthorLabel.at(Some(at(&blocks[j])));
        origin.evidence = Some(name);
        article.provenance.add("authors.bio", origin);
        // The box's label and the short lines under it (the name, a
        // "Follow" button) are no more the text than its bio.
        for role in &mut roles[i..=j] {
            if matches!(*role, Role::Body | Role::Other) {
                *role = Role::Bio;
            }
        }
    }
}

/// Which of `authors` the author box label `text` names: "Written by
/// Jane Doe" (a byline of that one author), "About Jane Doe", the bare
/// name, or a heading of `rules::AUTHOR_BOX_HEADINGS` over the one
/// author.
fn labelled_author(text: &str, authors: &[crate::article::Author]) -> Option<usize> {
    // Asked of the paragraphs closing the article too: their length
    // turns them down before any word is read.
    let text = text.trim_end_matches(':');
    if text.len() > rules::AUTHOR_LABEL_MAX_BYTES {
        return None;
    }
    let heading = || {
        rules::AUTHOR_BOX_HEADINGS.iter().any(|h| {
            h.len() == text.len() && text.chars().flat_map(char::to_lowercase).eq(h.chars())
        })
    };
    if authors.len() == 1 && heading() {
        return Some(0);
    }
    // Every other label ends with the name as the byline printed it: a
    // line without it is not asked for a byline.
    let k = authors
        .iter()
        .position(|a| text.ends_with(a.name.as_str()))?;
    let same = |name: &str| authors[k].name.eq_ignore_ascii_case(name.trim());
    let labelled = same(text)
        || text
            .strip_prefix(rules::ABOUT_AUTHOR_PREFIX)
            .is_some_and(same)
        || byline::parse(text).is_some_and(|b| matches!(b.authors.as_slice(), [one] if same(one)));
    labelled.then_some(k)
}

/// `text`, under an author box's label, describes the author `name`: one
/// or two sentences (`rules::BIO_DESCRIPTION_WORDS`) opening with a job
/// (a word of `rules::BIO_ROLE_WORDS` among the first
/// `rules::BIO_ROLE_REACH`: "Staff engineer writing about …", "Senior
/// editor at …"), a pronoun and a verb ("She covers …"), or the name or
/// first name and a bio verb ("Jane writes about …"). A teaser's title
/// ("How we cut our build times in half"), a "Follow"/"More from" link
/// or a newsletter pitch opens with none of them; a question is a
/// teaser's, and a title-cased line a job title ("Editor in Chief") or a
/// teaser's title.
fn describes_author(text: &str, name: &str) -> bool {
    let text = text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // A word in lowercase that a title leaves so ("writing", not "in").
    let prose = words.iter().any(|w| {
        w.chars().next().is_some_and(char::is_lowercase)
            && !rules::TITLE_SMALL_WORDS.contains(&bare(w).as_str())
    });
    if !rules::BIO_DESCRIPTION_WORDS.contains(&words.len()) || text.ends_with('?') || !prose {
        return false;
    }
    let job = words
        .iter()
        .take(rules::BIO_ROLE_REACH)
        .any(|w| rules::BIO_ROLE_WORDS.contains(&bare(w).as_str()));
    let pronoun = rules::BIO_OPENING_PRONOUNS.contains(&bare(words[0]).as_str())
        && words[1].chars().next().is_some_and(char::is_lowercase);
    let first_name = name.split_whitespace().next().unwrap_or(name);
    job || pronoun || opens_with_bio_verb(text, name) || opens_with_bio_verb(text, first_name)
}

/// A bio that names the author (`name`, the name line) by the first name
/// (`first`) or the full name as the subject of a verb among its first
/// `rules::BIO_SUBJECT_REACH` words ("As Editor-in-Chief of MoneyTips.com,
/// Jeff produced …", "(Editor / Journalist) – Albert comes from …",
/// "Isabella Tabacchi stands as …"): the name is followed by a lowercase
/// word, for the first name alone not the name line's second word
/// ("Battery life is …" under a "Battery Life" heading repeats the
/// heading), the paragraph is at least `rules::BIO_MIN_WORDS` long and
/// speaks of a person (`rules::BIO_PRONOUNS`: "Swann sells cameras …"
/// under "Swann Camera" does not). "The Apple Watch is …" under an
/// "Apple Watch" heading is not one either (the next word is capitalised).
fn names_as_subject_of(text: &str, name: &str, first: &str) -> bool {
    // Asked of every closing paragraph and every block under a name
    // line: one substring search turns down those that never name it.
    if !text.contains(first) {
        return false;
    }
    let name: Vec<&str> = name.split_whitespace().collect();
    let second = name.get(1).copied().unwrap_or("");
    let reach = rules::BIO_SUBJECT_REACH;
    let head: Vec<&str> = text.split_whitespace().take(reach + name.len()).collect();
    let lowercase = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
    let by_first =
        |w: &[&str]| w[0] == first && lowercase(w[1]) && !w[1].eq_ignore_ascii_case(second);
    let by_full = |w: &[&str]| w[..name.len()] == name[..] && lowercase(w[name.len()]);
    let subject = head.windows(2).take(reach).any(by_first)
        || name.len() > 1 && head.windows(name.len() + 1).take(reach).any(by_full);
    subject
        && text
            .split_whitespace()
            .nth(rules::BIO_MIN_WORDS - 1)
            .is_some()
        && speaks_of_a_person(text)
}

/// `text` holds a personal pronoun (`rules::BIO_PRONOUNS`).
fn speaks_of_a_person(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        rules::BIO_PRONOUNS
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    })
}

/// `text` holds a job word (`rules::BIO_ROLE_WORDS`).
fn names_a_job(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        rules::BIO_ROLE_WORDS.contains(&w.as_str())
    })
}

/// A bio among the text's last blocks for the author `name` (of two
/// words or more), after the name as a label if it has one ("Will Judd:
/// Will was formerly …"):
/// - it names the author, by the first or the full name, as the subject
///   of its first sentence and speaks of a person ([`names_as_subject_of`]:
///   "Sam is the revenue-focused VP of Marketing at Dealfront, where he
///   …", "With over a decade of experience in tech, Paul is …");
/// - it opens with the full name and a bio verb and names a job ("Elena
///   Linker is a Marketing Operations Analyst with …"), or is a short bio
///   ([`is_short_bio_of`]);
/// - or the author introduces themself ([`introduces_self`]).
fn is_closing_bio_of(text: &str, name: &str) -> bool {
    let mut words = name.split_whitespace();
    let (Some(first), Some(_)) = (words.next(), words.next()) else {
        return false;
    };
    let text = text
        .strip_prefix(name)
        .and_then(|rest| rest.strip_prefix(':'))
        .map_or(text, str::trim_start);
    names_as_subject_of(text, name, first)
        || is_bio_of(text, name) && names_a_job(text)
        || is_short_bio_of(text, name)
        || introduces_self(text, name, first)
}

/// A bio in the first person: after a greeting (`rules::BIO_GREETINGS`)
/// and its punctuation, a self-introduction (`rules::BIO_SELF_INTRODUCTIONS`)
/// and the author's full or first name, then no more letters of a name
/// ("Hi there! I'm Shivya, and I started this travel blog …"), in at
/// least `rules::BIO_MIN_WORDS` words.
fn introduces_self(text: &str, name: &str, first: &str) -> bool {
    let greeted = rules::BIO_GREETINGS
        .iter()
        .find(|g| {
            text.get(..g.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(g))
        })
        .map_or(text, |g| {
            text[g.len()..].trim_start_matches(|c: char| c.is_ascii_punctuation() || c == ' ')
        });
    let Some(named) = rules::BIO_SELF_INTRODUCTIONS
        .iter()
        .find_map(|i| greeted.strip_prefix(i))
    else {
        return false;
    };
    let after = named
        .strip_prefix(name)
        .or_else(|| named.strip_prefix(first));
    after.is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
        && text.split_whitespace().count() >= rules::BIO_MIN_WORDS
}

fn is_bio_of(text: &str, name: &str) -> bool {
    opens_with_bio_verb(text, name) && text.split_whitespace().count() >= rules::BIO_MIN_WORDS
}

/// A bio too short for [`is_bio_of`] that says what the author does:
/// one sentence of at least `rules::SHORT_BIO_MIN_WORDS` words opening
/// with the author's full name and a bio verb, with a job word of
/// `rules::BIO_ROLE_WORDS` ("Richard Partington is the Guardian's
/// economics correspondent."). A sentence of the text that names the
/// author ("Jane Doe is in Paris this week.") names no job.
fn is_short_bio_of(text: &str, name: &str) -> bool {
    // Asked of every closing paragraph: the name turns nearly all down.
    if !text.starts_with(name) || !name.contains(' ') {
        return false;
    }
    let text = text.trim_end();
    text.ends_with('.')
        && !text[..text.len() - 1].contains(['.', '!', '?'])
        && text.split_whitespace().count() >= rules::SHORT_BIO_MIN_WORDS
        && opens_with_bio_verb(text, name)
        && names_a_job(text)
}

/// `text` opens with `name` and a verb of `rules::BIO_VERBS` ("Jane Doe
/// previously worked …", "Jane writes …").
fn opens_with_bio_verb(text: &str, name: &str) -> bool {
    let Some(rest) = text.strip_prefix(name) else {
        return false;
    };
    let rest = format!("{} ", rest.to_lowercase());
    rules::BIO_VERBS.iter().any(|v| rest.starts_with(v))
}

#[cfg(test)]
mod tests {
    use super::super::header::is_byline_or_date;
    use super::super::testing::{empty_article, split};
    use super::*;
    use crate::parse::words::word_count_in;

    /// An empty article whose one author is `name`, with no bio yet.
    fn article_by(name: &str) -> Article {
        let mut article = empty_article();
        article.authors.push(crate::article::Author {
            name: name.to_string(),
            bio: None,
        });
        article
    }

    #[test]
    fn byline_memo_answers_as_the_plain_parsers() {
        // Bylines, labels over names, dated and loose lines, a label on
        // the last line, prose and non-ASCII text; each block asked twice
        // (the second answer comes from the memo).
        let dump = "Indoor Plants That Handle Low Light\nBy\nMeghan Holmes\n\
                    Meghan Holmes\nBy Jane Doe and John Roe\nWritten on Mar 17 by\n\
                    Courtney Kirchoff\nMay 3, 2017 By Ann Lee 4 Comments\n\
                    Ann Lee • November 4th, 2025\nPublished 12 May 2024\n\
                    Bothered by Yeast Infections?\nÉcrit par Zoë Ça\n\
                    The council met and voted for the plan after a long debate in town.\n\
                    Author image\nGopal Singh Panwar\nPosted by:\n";
        let blocks = split(dump);
        let page = crate::parse::text::features::page(&blocks);
        let memo = BylineMemo::new(&page);
        for _ in 0..2 {
            for i in 0..blocks.len() {
                let text = &blocks[i].text;
                let next = blocks.get(i + 1).map(|b| b.text.as_str());
                assert_eq!(memo.opens(&blocks, i), opens_byline(&blocks, i), "{text}");
                assert_eq!(
                    memo.byline_or_date(&blocks, &page, i),
                    is_byline_or_date(&blocks, &page, i),
                    "{text}"
                );
                assert_eq!(
                    memo.labelled(&blocks, i)
                        .map(|b| (b.text, b.authors, b.date)),
                    next.and_then(|n| byline::parse_labelled(text, n))
                        .map(|b| (b.text, b.authors, b.date)),
                    "{text}"
                );
                assert_eq!(
                    memo.loose(&blocks, i).map(|b| (b.text, b.authors, b.date)),
                    byline::parse_loose(text).map(|b| (b.text, b.authors, b.date)),
                    "{text}"
                );
            }
        }
        // The dump holds each kind of answer.
        assert!((0..blocks.len()).any(|i| memo.labels(&blocks, i)));
        assert!((0..blocks.len()).any(|i| memo.parses(&blocks, i)));
        assert!(
            (0..blocks.len()).any(|i| !memo.parses(&blocks, i) && memo.loose(&blocks, i).is_some())
        );
    }

    /// On pages that print lines more than once (drawn from a few lines,
    /// so most repeat), a repeated block's shared answer is its own, asked
    /// in a random order so either copy can be asked first.
    #[test]
    fn byline_memo_shares_answers_only_between_same_texts() {
        let mut rng = crate::test_rng::Rng::new(0x2F6B_90C1_7E4A_D353);
        let mut shared = 0;
        for _ in 0..2_000 {
            let (blocks, _) = drawn_page(&mut rng);
            let page = crate::parse::text::features::page(&blocks);
            let memo = BylineMemo::new(&page);
            shared += (0..blocks.len())
                .filter(|&i| page.first_same[i] < i)
                .count();
            for _ in 0..2 * blocks.len() {
                let i = rng.below(blocks.len());
                let text = &blocks[i].text;
                assert_eq!(memo.opens(&blocks, i), opens_byline(&blocks, i), "{text}");
                assert_eq!(
                    memo.byline_or_date(&blocks, &page, i),
                    is_byline_or_date(&blocks, &page, i),
                    "{text} in {blocks:?}"
                );
            }
        }
        assert!(shared > 1_000, "the pages repeat lines: {shared}");
    }

    /// Lines a byline search meets: bylines and their labels, credits,
    /// widgets, names and bios, dates and paragraphs (long and short),
    /// with portraits, brackets and non-ASCII text.
    const PAGE_LINES: &[&str] = &[
        "By Jane Doe",
        "By Jane Doe and John Roe",
        "By: Jessica Elliott , Contributor",
        "Powered by Jane Doe",
        "Photo by John Roe",
        "Reviewed by Ann Lee",
        "reviewed by Ann Lee",
        "— Jane Doe (@jane)",
        "Written by",
        "Posted by:",
        "Written on Mar 17 by",
        "Posted on May 3, 2020 by the river where we wrote many long lines of text",
        "Author image",
        "[89c] Ridvika Arora",
        "Jane Doe",
        "Lauren Vetter",
        "Lauren Vetter is a marketer who writes about clinics and their patients.",
        "Emma has written about website builders for the team since 2022, with her cat.",
        "Lead Writer",
        "Location: Boston",
        "May 3, 2024",
        "30 January 2025 / 23:07 GMT",
        "Updated 2024",
        "Jane Doe\n\nMay 3, 2024",
        "Joshua Waller\n\n30 January 2025 / 23:07 GMT",
        "Écrit par Zoë Ça",
        "Par Zoë Ça",
        "Craig Randall",
        "Craig Randall is a gear editor who has written about shoes for years.",
        "The council met and voted for the plan after a long debate in town.",
        "The council met and voted for the plan after a long debate in town, and \
         then it met again, and voted again, for the same plan, which by then was \
         a longer plan than any of them had read in full before the vote.",
        "Share",
        // Author boxes: a name line over its bio, with a role between.
        "Craig Randall\n\nCraig Randall is a gear editor who has written about shoes for years.",
        "Emma Ryan\n\nLead Writer\n\n\
         Emma has written about website builders for the team since 2022, with her cat.",
        "Jeff Hoyt\n\nAs Editor-in-Chief of a finance site, Jeff produced hundreds of his \
         articles.",
    ];

    /// A page of `n` lines drawn from `PAGE_LINES`, and a text start.
    fn drawn_page(rng: &mut crate::test_rng::Rng) -> (Vec<Block>, usize) {
        let n = 1 + rng.below(12);
        let dump: Vec<&str> = (0..n)
            .map(|_| PAGE_LINES[rng.below(PAGE_LINES.len())])
            .collect();
        let blocks = split(&dump.join("\n\n"));
        let text_start = rng.below(blocks.len() + 1);
        (blocks, text_start)
    }

    /// Random roles (some headlines and body blocks) for `len` blocks.
    fn drawn_roles(rng: &mut crate::test_rng::Rng, len: usize) -> Vec<Role> {
        (0..len)
            .map(|_| match rng.below(6) {
                0 => Role::Headline,
                1 | 2 => Role::Body,
                _ => Role::Other,
            })
            .collect()
    }

    /// What a page-wide search gave: the roles, the byline and its
    /// authors, and whether it took one.
    fn outcome(
        search: impl Fn(&mut [Role], &mut Article) -> bool,
        roles: &[Role],
    ) -> (bool, Vec<Role>, Option<String>, Vec<String>) {
        let mut roles = roles.to_vec();
        let mut article = empty_article();
        let took = search(&mut roles, &mut article);
        let names = article.authors.into_iter().map(|a| a.name).collect();
        (took, roles, article.byline, names)
    }

    /// [`find_opened_on_page`] as it was: the phrase search of every
    /// block before the parse.
    fn find_opened_on_page_plain(
        blocks: &[Block],
        page: &Page,
        roles: &mut [Role],
        text_start: usize,
        article: &mut Article,
    ) -> bool {
        let found: Vec<(usize, byline::Byline)> = from_text_start(text_start, blocks.len())
            .filter(|&i| {
                let lower = page.lower(i);
                roles[i] != Role::Headline
                    && !page.holds(i, BlockPhrase::NotByline)
                    && !rules::CREDIT_OPENERS.iter().any(|o| lower.starts_with(o))
                    && !opens_with_dash(&blocks[i].text)
            })
            .filter_map(|i| byline::parse(&blocks[i].text).map(|b| (i, b)))
            .take(rules::OPENED_ON_PAGE_MAX_BYLINES + 1)
            .collect();
        let (Some((i, found)), true) = (
            found.first(),
            found.len() <= rules::OPENED_ON_PAGE_MAX_BYLINES,
        ) else {
            return false;
        };
        roles[*i] = Role::Byline;
        set_byline(
            article,
            found.text.clone(),
            &found.authors,
            Rule::BylineOpenedOnPage,
            &blocks[*i],
        );
        true
    }

    /// [`find_author_box`] as it was: each of the two searches tests every
    /// block for a name line.
    fn find_author_box_plain(
        blocks: &[Block],
        roles: &mut [Role],
        text_start: usize,
        article: &mut Article,
    ) -> bool {
        let by = |is_bio: &dyn Fn(&str, &str, &str) -> bool| {
            (text_start..blocks.len()).find_map(|i| {
                let text = blocks[i].text.trim();
                if !word_count_in(text, &rules::NAME_LIKE_WORDS)
                    || text.contains(':')
                    || roles[i] == Role::Headline
                    || !byline::looks_like_name(text)
                {
                    return None;
                }
                let first = text.split_whitespace().next().unwrap_or(text);
                (i + 1..(i + 3).min(blocks.len()))
                    .find(|&j| is_bio(&blocks[j].text, text, first))
                    .filter(|&bio| !text_goes_on_after(blocks, roles, bio))
                    .and_then(|_| byline::split_names(text).into_iter().next())
                    .map(|name| (i, name))
            })
        };
        let opens_with_name =
            |b: &str, name: &str, first: &str| is_bio_of(b, name) || is_bio_of(b, first);
        let Some((i, name)) = by(&opens_with_name).or_else(|| by(&names_as_subject_of)) else {
            return false;
        };
        roles[i] = Role::Byline;
        let text = blocks[i].text.trim().to_string();
        set_byline(article, text, &[name], Rule::BylineAuthorBox, &blocks[i]);
        true
    }

    #[test]
    fn name_over_date_answers_as_its_plain_form() {
        let mut rng = crate::test_rng::Rng::new(0x2B99_2DDF_A232_49D6);
        let mut names = 0;
        for _ in 0..3_000 {
            let (blocks, _) = drawn_page(&mut rng);
            for i in 0..blocks.len() {
                let found = is_name_over_date(&blocks, &WordCounts::of_blocks(&blocks), i);
                assert_eq!(found, is_name_over_date_plain(&blocks, i), "{blocks:?} {i}");
                names += usize::from(found);
            }
        }
        assert!(names > 100, "{names}");
    }

    #[test]
    fn page_wide_searches_find_what_their_plain_forms_find() {
        let mut rng = crate::test_rng::Rng::new(0x5DEE_CE66_D1CE_4E5B);
        let mut took = [0; 2];
        for _ in 0..3_000 {
            let (blocks, text_start) = drawn_page(&mut rng);
            let page = crate::parse::text::features::page(&blocks);
            let roles = drawn_roles(&mut rng, blocks.len());
            let memo = BylineMemo::new(&page);
            let opened = outcome(
                |r, a| find_opened_on_page(&blocks, &page, &memo, r, text_start, a),
                &roles,
            );
            let plain = outcome(
                |r, a| find_opened_on_page_plain(&blocks, &page, r, text_start, a),
                &roles,
            );
            assert_eq!(opened, plain, "{blocks:?} from {text_start}");
            let boxed = outcome(
                |r, a| find_author_box(&blocks, &WordCounts::of_blocks(&blocks), r, text_start, a),
                &roles,
            );
            let plain = outcome(
                |r, a| find_author_box_plain(&blocks, r, text_start, a),
                &roles,
            );
            assert_eq!(boxed, plain, "{blocks:?} from {text_start}");
            for (k, found) in [opened.0, boxed.0].into_iter().enumerate() {
                took[k] += usize::from(found);
            }
        }
        // Each search took a byline on some pages.
        assert!(took.iter().all(|&n| n > 50), "{took:?}");
    }

    /// The authors `find_byline` reads in `dump` with the headline and the
    /// first body block at the given block indexes, every other block
    /// starting as `rest`; and the roles it leaves.
    fn find_names(
        dump: &str,
        rest: Role,
        headline: usize,
        body: usize,
    ) -> (Vec<String>, Vec<Role>) {
        let blocks = split(dump);
        let page = crate::parse::text::features::page(&blocks);
        let mut roles = vec![rest; blocks.len()];
        roles[headline] = Role::Headline;
        roles[body] = Role::Body;
        let mut article = empty_article();
        find_byline(
            &blocks,
            &page,
            &WordCounts::of_blocks(&blocks),
            &BylineMemo::new(&page),
            &mut roles,
            headline,
            body,
            &mut article,
        );
        let names = article.authors.into_iter().map(|a| a.name).collect();
        (names, roles)
    }

    /// [`find_names`] with every other block left out of the text.
    fn byline_names(dump: &str, headline: usize, body: usize) -> Vec<String> {
        find_names(dump, Role::Other, headline, body).0
    }

    /// A portrait's credit and a recommendation name no author.
    #[test]
    fn portrait_credits_and_recommendations_are_no_bylines() {
        for line in [
            "Portrait by George Del Barrio",
            "Recommended by Lonely Planet.",
        ] {
            let dump = format!(
                "About This Site\n\n{line}\n\n\
                 The council met and voted for the plan after a long debate in town.\n"
            );
            assert!(byline_names(&dump, 0, 2).is_empty(), "{line}");
        }
    }

    /// Lynx prints a header's lines with no blank line between them, and
    /// a byline that stops short of the wrap column joins the standfirst
    /// above it and the caption below: its names are still the authors,
    /// over an author's credit at the end of the article.
    #[test]
    fn a_byline_merged_into_the_standfirst_gives_the_authors() {
        let dump = "Schools Rethink How They Teach Reading\n\n\
            Implementation continues across the state this year, and teachers say the \
            change is overdue. By Sarah Schwartz — November 18, 2025 6 min read Vector \
            illustration of a child reading\n\n\
            The council met and voted for the plan after a long debate in town.\n\n\
            Written by Brooklyn Raney, December 16, 2025\n";
        assert_eq!(byline_names(dump, 0, 2), ["Sarah Schwartz"]);
        assert_eq!(
            merged_byline("Vape Wave Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42 «Vape Wave»")
                .map(|b| b.authors),
            Some(vec!["Alexandre Hervaud".to_string(), "Jérémy Piette".to_string()])
        );
        // "by" in a sentence opens no byline, nor does an opener too far
        // from the date.
        assert!(
            merged_byline("The plan was backed by the mayor on 18 November 2025 in town").is_none()
        );
        assert!(
            merged_byline(
                "By the river the council met and voted, at long last, on 18 November 2025"
            )
            .is_none()
        );
    }

    #[test]
    fn a_name_under_its_label_past_the_portraits_placeholders() {
        // w3m prints the portrait between "Author" and the name.
        let dump = "6 Types of HR Outsourcing You Need to Know About\n\nAuthor\n\n\
                    [69uSEABAAA][e9f9639c56]\n\nEscalon\n\nTable of Contents\n\n\
                    When defined in the simplest way possible, HR is about people and the work they do.\n";
        assert_eq!(byline_names(dump, 0, 5), ["Escalon"]);
        // A bracketed phrase (alt text) is no placeholder to pass over.
        let dump = dump.replace("[69uSEABAAA][e9f9639c56]", "[the team at work]");
        assert!(byline_names(&dump, 0, 5).is_empty());
    }

    #[test]
    fn dated_name_under_the_headline_beats_a_by_line_above_it() {
        let dump = "by Andy Westlake\n\nBeginner's Guide to Camera Types\n\n\
                    Learn how to choose the right camera.\n\nJoshua Waller\n\n\
                    30 January 2025 / 23:07 GMT\n\n\
                    The council met and voted for the plan after a long debate in town.\n";
        assert_eq!(byline_names(dump, 1, 5), ["Joshua Waller"]);
        // A date over a title-cased line is a blog's date over its title:
        // the "by" line stays the byline.
        let dump = "by Andy Westlake\n\nThe Headline Picked Here\n\n30 January 2025\n\n\
                    Vibe Coding\n\n\
                    The council met and voted for the plan after a long debate in town.\n";
        assert_eq!(byline_names(dump, 1, 4), ["Andy Westlake"]);
    }

    #[test]
    fn a_bare_name_named_again_under_the_headline() {
        let body = "The council met and voted for the plan after a long debate in town.";
        // Over a question naming it, or printed twice (portrait, name).
        let dump = format!(
            "Best Travel Insurance\n\nWe chose the best plan for seniors.\n\n\
             Jeff Hoyt\n\nWho is Jeff Hoyt?\n\n{body}\n"
        );
        assert_eq!(byline_names(&dump, 0, 4), ["Jeff Hoyt"]);
        let dump = format!("Stop Nesting\n\nChristian Winter\n\nChristian Winter\n\n{body}\n");
        assert_eq!(byline_names(&dump, 0, 3), ["Christian Winter"]);
        // Title-cased lines said once, or toggles, are no names.
        let under = "Circuit Breakers\n\nHow a home's power is split up.";
        let dump = format!("{under}\n\nElectrical Service Panel\n\n{body}\n");
        assert!(byline_names(&dump, 0, 3).is_empty());
        let dump = format!("{under}\n\nShow Caption\n\nShow Caption\n\n{body}\n");
        assert!(byline_names(&dump, 0, 4).is_empty());
    }

    #[test]
    fn author_box_after_the_text_names_the_author() {
        for (dump, want) in [
            (
                "The council met and voted for the plan after a long debate in town.\n\n\
                 Lauren Vetter\n\n\
                 Lauren Vetter is a marketer who writes about clinics and their patients.\n",
                Some("Lauren Vetter"),
            ),
            (
                "The council met and voted for the plan after a long debate in town.\n\n\
                 Emma Ryan\n\nLead Writer\n\n\
                 Emma has written about website builders for the team since 2022.\n",
                Some("Emma Ryan"),
            ),
            // A name line over someone else's bio, or over no bio.
            (
                "The council met and voted for the plan after a long debate in town.\n\n\
                 Halina Goetz\n\nBrowse Related:\n\nFaculty\n",
                None,
            ),
            // The first name as the subject a few words into the bio.
            (
                "The council met and voted for the plan after a long debate in town.\n\n\
                 Jeff Hoyt\n\nWho is Jeff Hoyt?\n\n\
                 As Editor-in-Chief of a finance site, Jeff produced hundreds of his articles.\n",
                Some("Jeff Hoyt"),
            ),
            // A heading over a paragraph that repeats it is not an author box.
            (
                "The council met and voted for the plan after a long debate in town.\n\n\
                 Battery Life\n\n\
                 Battery life is arguably the most prized feature for runners today.\n",
                None,
            ),
            // A box whose bio opens with the name wins over an earlier
            // heading that only looks like one.
            (
                "The council met and voted for the plan after a long debate in town.\n\n\
                 Garmin Forerunner\n\n\
                 Of all the watches we tried, Garmin makes the lightest one by far.\n\n\
                 Craig Randall\n\n\
                 Craig Randall is a gear editor who has written about shoes for years.\n",
                Some("Craig Randall"),
            ),
            // The name and the role on one line, as innerText prints
            // them without the portrait's alt text; a three-word name is
            // read whole when the bio opens with it.
            (
                "The council met and voted for the plan after a long debate in town.\n\n\
                 Tim Green UK-based Systems Theorist & Independent Technology Writer\n\n\
                 Tim explores the intersections of artificial intelligence and ethics. \
                 His work challenges dominant narratives.\n",
                Some("Tim Green"),
            ),
            (
                "The council met and voted for the plan after a long debate in town.\n\n\
                 Mary Ann Evans Senior Staff Writer\n\n\
                 Mary Ann Evans is a reporter who has covered the city council since 2019.\n",
                Some("Mary Ann Evans"),
            ),
            // A cookie-settings dialog as w3m prints it: a service's
            // check box over its name and description.
            (
                "The council met and voted for the plan after a long debate in town.\n\n\
                 Statistics\n[ ]\n\n\
                 Statistics cookies collect information anonymously.\n\n\
                 Google Analytics\n\n\
                 Google Analytics is a powerful tool that tracks and analyzes website traffic.\n",
                None,
            ),
            // A heading ending in a role word over a paragraph that is no
            // bio of it.
            (
                "The council met and voted for the plan after a long debate in town.\n\n\
                 Why Every Team Needs an Editor\n\n\
                 Every team needs someone to read the copy before it goes out to readers.\n",
                None,
            ),
        ] {
            let blocks = split(dump);
            let mut roles = vec![Role::Other; blocks.len()];
            roles[0] = Role::Body;
            let mut article = empty_article();
            find_author_box(
                &blocks,
                &WordCounts::of_blocks(&blocks),
                &mut roles,
                0,
                &mut article,
            );
            let got = article.authors.first().map(|a| a.name.as_str());
            assert_eq!(got, want, "{dump}");
        }
    }

    /// A product's name over its description, with the article going on
    /// under it, is a section of the text; the same box closing the text
    /// is the author's.
    #[test]
    fn a_name_over_its_description_inside_the_text_is_no_author_box() {
        let name = "Maria Lopez";
        let dump = format!(
            "The council met and voted for the plan after a long debate in town.\n\n\
             {name}\n\n\
             {name} is a data analyst who has built dashboards for city councils for years.\n\n\
             Furthermore, the council asked every department to publish its figures \
             on the same dashboard before the end of the year, so that residents can compare them.\n"
        );
        let blocks = split(&dump);
        let find = |roles: &mut Vec<Role>| {
            let mut article = empty_article();
            find_author_box(
                &blocks,
                &WordCounts::of_blocks(&blocks),
                roles,
                0,
                &mut article,
            );
            article.authors.first().map(|a| a.name.clone())
        };
        let mut roles = vec![Role::Body; blocks.len()];
        assert_eq!(find(&mut roles), None);
        // The text ended before the box: the paragraph after it was dropped.
        let mut roles = vec![Role::Body, Role::Other, Role::Other, Role::Other];
        assert_eq!(find(&mut roles).as_deref(), Some(name));
    }

    #[test]
    fn bio_subjects() {
        for (text, want) in [
            (
                "(Editor / Journalist) – Albert comes from an automotive background, \
                 having worked at his family's dealerships.",
                true,
            ),
            (
                "Albert Swann is a writer who covers cars and their owners.",
                false,
            ),
            // By the full name, followed by a verb.
            (
                "Albert Swann stands as a distinguished writer on cars, and his reviews run weekly.",
                true,
            ),
            ("Albert", false),
            // No person in the paragraph: a product under its heading.
            (
                "Albert sells high-quality indoor and outdoor cameras and video doorbells.",
                false,
            ),
            // Too deep into the paragraph: a mention, not the subject.
            (
                "Our team of a dozen testers drove every car on the list for a month, and \
                 then Albert wrote up the results.",
                false,
            ),
        ] {
            assert_eq!(
                names_as_subject_of(text, "Albert Swann", "Albert"),
                want,
                "{text}"
            );
        }
    }

    #[test]
    fn labelled_byline_anywhere_on_the_page() {
        // The classifier kept the closing boxes, so the label stands far
        // from the end of the text; nothing else names the author.
        let mut dump = String::from(
            "Critique Navidad\n\n\
             The council met and voted for the plan after a long debate in town.\n\n",
        );
        dump.push_str("Posted by:\n\nIdle Cartulary\n\n");
        for k in 0..20 {
            dump.push_str(&format!(
                "Support the site number {k} with a donation today.\n\n"
            ));
        }
        let (names, roles) = find_names(&dump, Role::Body, 0, 1);
        assert_eq!(names, ["Idle Cartulary"]);
        assert_eq!(roles[3], Role::Byline);
        // A label over something that is not a name is passed over.
        let dump = "Title Here\n\nThe council met and voted for the plan after a long debate.\n\n\
                    Posted by:\n\nthe time we arrived\n";
        assert!(find_names(dump, Role::Body, 0, 1).0.is_empty());
    }

    /// A name-like line right over the headline with the date under the
    /// headline is the headline's kicker, not its byline; with the date
    /// beside it, it is the author's line.
    #[test]
    fn a_kicker_over_the_headline_is_no_name_by_its_date() {
        let text = "The council met and voted for the plan after a long debate in town.";
        let kicker = format!(
            "Marketing Strategy\n\nRewriting the Rules of Engagement With Video\n\n\
             Last Updated: January 7, 2025\n\n{text}\n"
        );
        assert!(find_names(&kicker, Role::Other, 1, 3).0.is_empty());
        let dated = format!(
            "Jane Doe\n\nJanuary 7, 2025\n\nRewriting the Rules of Engagement With Video\n\n{text}\n"
        );
        assert_eq!(find_names(&dated, Role::Other, 2, 3).0, ["Jane Doe"]);
    }

    #[test]
    fn copyright_holders() {
        for (text, want) in [
            ("© Haki Benita 2016-2020", Some("Haki Benita")),
            (
                "This site is © 1998-2025 Anil Madhavapeddy, all rights reserved",
                Some("Anil Madhavapeddy"),
            ),
            ("© 2025 Jane Doe. All rights reserved.", Some("Jane Doe")),
            (
                "Copyright © 2024 Bradley M. Kuhn | Terms",
                Some("Bradley M. Kuhn"),
            ),
            (
                "© 2004–2025 Soliant Health. All rights reserved.",
                Some("Soliant Health"),
            ),
            ("©2025", None),
            ("Copyright 2025 Jane Doe", None),
        ] {
            assert_eq!(copyright_holder(text), want, "{text}");
        }
    }

    /// The site's title and its copyright notice name the same person:
    /// the owner wrote the post. A notice alone, or a title that is no
    /// name, gives no author.
    #[test]
    fn the_site_owner_when_no_line_names_the_author() {
        let owner = |dump: &str| {
            let blocks = split(dump);
            let mut roles = vec![Role::Other; blocks.len()];
            roles[1] = Role::Headline;
            roles[2] = Role::Body;
            let mut article = empty_article();
            find_site_owner(&blocks, &mut roles, 1, &mut article);
            article.authors.first().map(|a| a.name.clone())
        };
        let text = "The council met and voted for the plan after a long debate in town.";
        assert_eq!(
            owner(&format!(
                "Haki Benita\n\nTitle Here\n\n{text}\n\n© Haki Benita 2016-2020\n"
            ))
            .as_deref(),
            Some("Haki Benita")
        );
        // The notice names someone the header does not.
        assert_eq!(
            owner(&format!(
                "Haki Benita\n\nTitle Here\n\n{text}\n\n© 2020 Jane Doe\n"
            )),
            None
        );
        // A site title that is no name.
        assert_eq!(
            owner(&format!(
                "The Lean Startup\n\nTitle Here\n\n{text}\n\n© 2026 The Lean Startup\n"
            )),
            None
        );
    }

    /// Category links innerText ran together under "By" are no names,
    /// near the headline or past the text; the author's name further down
    /// is read instead. One glued join is a brand's name and stays.
    #[test]
    fn links_run_together_under_a_label_are_no_byline() {
        let glued = "Wedding ChecklistsJust EngagedWedding Planning";
        let near = format!(
            "Your Wedding Checklist\n\nBy\n\n{glued}\n\nNaoise McNally\n\n\
             The council met and voted for the plan after a long debate in town.\n"
        );
        let (names, _) = find_names(&near, Role::Other, 0, 4);
        assert!(!names.iter().any(|n| n == glued), "{names:?}");
        let mut far = String::from(
            "Critique Navidad\n\n\
             The council met and voted for the plan after a long debate in town.\n\n",
        );
        far.push_str(&format!("Posted by:\n\n{glued}\n\n"));
        for k in 0..20 {
            far.push_str(&format!(
                "Support the site number {k} with a donation today.\n\n"
            ));
        }
        assert!(find_names(&far, Role::Body, 0, 1).0.is_empty());
        let one_join = "Title Here\n\nBy\n\nTeam SimplyThrilled\n\n\
                        The council met and voted for the plan after a long debate.\n";
        assert_eq!(
            find_names(one_join, Role::Other, 0, 3).0,
            ["Team SimplyThrilled"]
        );
    }

    #[test]
    fn name_over_its_job_title() {
        let dump = "Menu\n\nBen Silverman\n\nGames Editor\n\nLast One\n\n\
                    Jane Doe\n\nThe council met and voted for the plan.\n\n\
                    Evidence Based\n\nExpert Reviewed\n";
        let blocks = split(dump);
        let names = |i: usize| name_over_role(&blocks, i).map(|b| b.authors);
        assert_eq!(names(1), Some(vec!["Ben Silverman".to_string()]));
        // Not over a job title, or not a name.
        assert_eq!(names(4), None);
        assert_eq!(names(0), None);
        assert_eq!(names(6), None);
    }

    #[test]
    fn bylines_open_with_a_label_or_by() {
        let blocks = split(
            "By\n\nDylan Ettinger\n\nWritten by\n\nNathan Myhrvold\n\nBy Jane Doe\n\nBy\n\nclicking here you agree",
        );
        let got: Vec<bool> = (0..blocks.len())
            .map(|i| opens_byline(&blocks, i))
            .collect();
        assert_eq!(got, [true, false, true, false, true, false, false]);
    }

    /// The names `find_name_by_date` takes from `text`, the first block
    /// marked as the headline when `headline_first`.
    fn names_by_date(text: &str, headline_first: bool) -> Vec<String> {
        let blocks = split(text);
        let mut roles = vec![Role::Other; blocks.len()];
        if headline_first {
            roles[0] = Role::Headline;
        }
        let mut article = empty_article();
        let memo = BylineMemo::new(&crate::parse::text::features::page(&blocks));
        find_name_by_date(&blocks, &memo, &mut roles, 0, 0, &mut article, false);
        article.authors.into_iter().map(|a| a.name).collect()
    }

    #[test]
    fn the_headline_printed_again_is_no_name() {
        // innerText prints a breadcrumb's last entry, the title, right
        // over the headline without its list marker.
        let blocks = split(
            "Newsletter\nFoundational Fitness Protocol\nFoundational Fitness Protocol\n\nNovember 2, 2022",
        );
        let mut roles = vec![Role::Other; blocks.len()];
        roles[2] = Role::Headline;
        let mut article = empty_article();
        article.headline = Some("Foundational Fitness Protocol".to_string());
        let memo = BylineMemo::new(&crate::parse::text::features::page(&blocks));
        find_name_by_date(&blocks, &memo, &mut roles, 2, 4, &mut article, false);
        assert!(article.authors.is_empty(), "{:?}", article.authors);
    }

    #[test]
    fn bare_name_needs_a_witness() {
        let find = |text: &str| names_by_date(text, false);
        assert_eq!(find("Title\n\nJane Doe\n\nMay 3, 2024"), ["Jane Doe"]);
        assert_eq!(
            find("Title\n\nMike Marshall, Shipping Expert\n\nMay 3, 2024"),
            ["Mike Marshall"]
        );
        assert_eq!(
            find(
                "Title\n\nElena Linker\n\nText.\n\nElena Linker is a marketing analyst with seven years of experience."
            ),
            ["Elena Linker"]
        );
        assert_eq!(
            find("Title\n\nJane Doe\n\nText.\n\nAbout Jane Doe"),
            ["Jane Doe"]
        );
        assert!(find("Title\n\nTravel Tips\n\nText.\n\nTravel Tips").is_empty());
        assert!(find("Title\n\nLocation: Boston, MA\n\nMay 3, 2024").is_empty());
    }

    /// The names `find_opened_on_page` takes from `dump`, the text
    /// starting at block `text_start`.
    fn opened_on_page(dump: &str, text_start: usize) -> Vec<String> {
        let blocks = split(dump);
        let page = crate::parse::text::features::page(&blocks);
        let mut roles = vec![Role::Other; blocks.len()];
        let mut article = empty_article();
        find_opened_on_page(
            &blocks,
            &page,
            &BylineMemo::new(&page),
            &mut roles,
            text_start,
            &mut article,
        );
        article.authors.into_iter().map(|a| a.name).collect()
    }

    #[test]
    fn a_dated_label_over_the_name_anywhere_on_the_page() {
        let find = |dump: &str| {
            let blocks = split(dump);
            let page = crate::parse::text::features::page(&blocks);
            let mut roles = vec![Role::Other; blocks.len()];
            let mut article = empty_article();
            find_labelled_on_page(
                &blocks,
                &page,
                &WordCounts::of_blocks(&blocks),
                &BylineMemo::new(&page),
                &mut roles,
                0,
                &mut article,
            );
            article
                .authors
                .into_iter()
                .map(|a| a.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            find("Text.\n\nWritten on Mar 17 by\n\nPippin Lee"),
            ["Pippin Lee"]
        );
        assert!(find("Text.\n\nWritten on the wall by many hands\n\nPippin Lee").is_empty());
    }

    #[test]
    fn the_pages_one_by_line_far_from_the_header() {
        let header =
            "Coming Soon: Free AI Training\n\nMenu\n\nBy: Jessica Elliott , Contributor\n\nText.";
        assert_eq!(opened_on_page(header, 0), ["Jessica Elliott"]);
        assert_eq!(opened_on_page(header, 3), ["Jessica Elliott"]);
        // Two "By" lines: a teaser list's, whose first names another
        // article's author; credits and "Powered by" are not bylines.
        assert!(opened_on_page("Text.\n\nBy Jane Doe\n\nTeaser\n\nBy John Roe", 0).is_empty());
        assert!(opened_on_page("Text.\n\nReviewed by Jane Doe", 0).is_empty());
        assert!(opened_on_page("Text.\n\n— Jane Doe (@jane)", 0).is_empty());
    }

    #[test]
    fn portrait_text_by_a_bare_name() {
        let find = |text: &str| names_by_date(text, true);
        assert_eq!(
            find(
                "Types of Restaurant Service\n\n[89c] Ridvika Arora\n\nMarketing\n\nAugust 26, 2025"
            ),
            ["Ridvika Arora"]
        );
        assert_eq!(
            find("Best Drip Coffee Makers\n\nPicture of Kev Kev\n\nJanuary 1, 2026"),
            ["Kev"]
        );
        // A one-word alt text alone is no name.
        assert!(find("Best Drip Coffee Makers\n\nFeatured image\n\nJanuary 1, 2026").is_empty());
    }

    #[test]
    fn names_under_the_headline() {
        let find = |text: &str| names_by_date(text, true);
        let cases: &[(&str, &[&str])] = &[
            (
                "Best Drip Coffee Makers\n\nKev\n\nJanuary 1, 2026",
                &["Kev"],
            ),
            (
                "Best Drip Coffee Makers\n\n19 Dec, 2025\n\nNewsdesk",
                &["Newsdesk"],
            ),
            // No date beside it, or too far under the headline.
            (
                "Best Drip Coffee Makers\n\nKev\n\nThe text starts here.",
                &[],
            ),
            (
                "Best Drip Coffee Makers\n\nShare\n\nTools\n\nKev\n\nJanuary 1, 2026",
                &[],
            ),
            // A full name right under the headline needs no date.
            (
                "West Ham threatens the giants\n\nAleš Vávra\n\nThe text starts here.",
                &["Aleš Vávra"],
            ),
            (
                "West Ham threatens the giants\n\nShare\n\nAleš Vávra\n\nThe text.",
                &[],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(find(text), *want, "{text}");
        }
    }

    #[test]
    fn descriptions_of_a_person_under_an_author_label() {
        for text in [
            "Staff engineer writing about software architecture and team practices.",
            "Reporter covering climate and energy",
            "Senior editor at Wired, based in Berlin.",
            "She covers courts and crime for the paper.",
            "Redakteurin im Ressort Politik.",
            "Periodista especializada en economía y mercados.",
            "Jane writes about food, travel and the people who make both.",
        ] {
            assert!(describes_author(text, "Jane Doe"), "{text}");
        }
        let long = "Senior officials said the plan would cost more than expected. ".repeat(6);
        for text in [
            "How we cut our build times in half",
            "More from Jane Doe",
            "Get an email whenever Jane Doe publishes.",
            "Editor in Chief",
            "Why do senior engineers quit their jobs?",
            long.as_str(),
        ] {
            assert!(!describes_author(text, "Jane Doe"), "{text}");
        }
    }

    /// The bios `find_bio` gives the one author `name` of a plain copy
    /// whose last `closing` lines follow the body, with what became of
    /// those lines.
    fn closing_bio(name: &str, closing: &[&str]) -> (Option<String>, Vec<Role>) {
        let body = "Three years ago our team decided to split our monolith into microservices.";
        let mut lines = vec!["Why I stopped using microservices", body, body, body];
        lines.extend(closing);
        let blocks = split(&lines.join("\n\n"));
        let mut roles = vec![Role::Other; blocks.len()];
        roles[0] = Role::Headline;
        roles[1..4].fill(Role::Body);
        let mut article = empty_article();
        article.authors = vec![crate::article::Author {
            name: name.to_string(),
            bio: None,
        }];
        find_bio(&blocks, &mut roles, &mut article);
        let bio = article.authors[0].bio.take();
        (bio, roles[4..].to_vec())
    }

    #[test]
    fn the_author_boxs_heading_over_the_bio_leaves_the_body() {
        let bio = "Jane Doe covers city hall and transport for the paper.";
        for (heading, role) in [
            ("About the author", Role::Furniture),
            ("Über den Autor:", Role::Furniture),
            ("Related coverage", Role::Other),
        ] {
            let (found, roles) = closing_bio("Jane Doe", &[heading, bio]);
            assert_eq!(found.as_deref(), Some(bio), "{heading}");
            assert_eq!(roles, [role, Role::Bio], "{heading}");
        }
    }

    /// Between the byline and the bio, lynx prints the portrait's alt
    /// text and the profile link's name: passed over, the bio is found.
    #[test]
    fn the_bio_under_the_byline_is_read_past_the_name_again() {
        let name = "Dylan Ettinger";
        let bio = "Dylan Ettinger is a Los Angeles-based writer specializing in spirits, \
                   cocktails, barware, and coffee.";
        let body = "Three years ago our team decided to split our monolith into microservices.";
        let mut lines = vec![
            "The Best French Presses",
            name,
            "Dylan Ettinger's headshot",
            name,
            bio,
        ];
        lines.extend([body; 12]);
        let blocks = split(&lines.join("\n\n"));
        let mut roles = vec![Role::Body; blocks.len()];
        roles[0] = Role::Headline;
        roles[1] = Role::Byline;
        roles[2..5].fill(Role::Other);
        let mut article = empty_article();
        article.authors = vec![Author {
            name: name.to_string(),
            bio: None,
        }];
        find_bio(&blocks, &mut roles, &mut article);
        assert_eq!(article.authors[0].bio.as_deref(), Some(bio));
        // A sentence about the author is no name line to pass over.
        assert!(!names_an_author(
            "Dylan Ettinger has tested coffee gear for years",
            &article.authors
        ));
    }

    #[test]
    fn a_description_under_an_author_label_is_the_bio() {
        let description = "Staff engineer writing about software architecture and team practices.";
        let (bio, roles) = closing_bio(
            "Jane Doe",
            &[
                "Written by Jane Doe",
                "1.2K Followers",
                description,
                "More from Jane Doe",
                "How we cut our build times in half",
            ],
        );
        assert_eq!(bio.as_deref(), Some(description));
        assert_eq!(roles[2], Role::Bio);
        // A heading over the one author, in German, over a short bio
        // that opens with the name.
        let short = "Max Mustermann ist Redakteur im Ressort Politik.";
        let (bio, _) = closing_bio("Max Mustermann", &["Über den Autor", short]);
        assert_eq!(bio.as_deref(), Some(short));
        // The heading and the name line under it go with the bio.
        let about = "Periodista especializada en vivienda. Antes trabajó en Madrid.";
        let (bio, roles) = closing_bio("Ana García", &["Sobre la autora", "Ana García", about]);
        assert_eq!(bio.as_deref(), Some(about));
        assert_eq!(roles, [Role::Bio; 3]);
        // No description under the label: not the teaser, nor the link.
        let (bio, roles) = closing_bio(
            "Jane Doe",
            &[
                "Written by Jane Doe",
                "More from Jane Doe",
                "How we cut our build times in half",
            ],
        );
        assert_eq!(bio, None);
        assert!(!roles.contains(&Role::Bio));
        // A label naming someone else.
        let (bio, _) = closing_bio("Jane Doe", &["Written by John Roe", description]);
        assert_eq!(bio, None);
    }

    /// A site's closing promo kept in the body: the paragraphs before it
    /// are past the last few that a plain bio is looked for in.
    const PROMO: &str = "Sign up for our weekly newsletter to get the best stories first.";

    /// The bios `find_bio` gives `authors` when the `closing` paragraphs
    /// end the body, with what became of them.
    fn body_bios(authors: &[&str], closing: &[&str]) -> (Vec<Option<String>>, Vec<Role>) {
        let body = "Three years ago our team decided to split our monolith into microservices.";
        let mut lines = vec!["Why I stopped using microservices", body, body];
        lines.extend(closing);
        let blocks = split(&lines.join("\n\n"));
        let mut roles = vec![Role::Body; blocks.len()];
        roles[0] = Role::Headline;
        let mut article = empty_article();
        article.authors = authors
            .iter()
            .map(|name| Author {
                name: name.to_string(),
                bio: None,
            })
            .collect();
        find_bio(&blocks, &mut roles, &mut article);
        let bios = article.authors.into_iter().map(|a| a.bio).collect();
        (bios, roles[3..].to_vec())
    }

    /// Bios kept among the body's last paragraphs open with the full name
    /// as often as with the first; co-authors' stand one after the other.
    #[test]
    fn closing_bios_in_the_body_are_found_by_full_name_for_each_author() {
        let first = "Yaren Fadiloglulari is a freelance writer and researcher. Besides this \
                     blog, she has written for education companies.";
        let second = "Jagpreet Chhatwal is an Associate Professor of Radiology at Harvard.";
        let text = "Yaren Fadiloglulari was in Kyiv when the first missiles struck the city.";
        let (bios, roles) = body_bios(
            &["Yaren Fadiloglulari", "Jagpreet Chhatwal"],
            &[text, first, second, PROMO, PROMO, PROMO],
        );
        assert_eq!(bios, [Some(first.to_string()), Some(second.to_string())]);
        // A sentence of the text that opens with the name is no bio.
        assert_eq!(roles[..3], [Role::Body, Role::Bio, Role::Bio]);
    }

    /// A closing bio need not open with the name: its subject is the
    /// author, by the first or the full name, after a short lead-in.
    #[test]
    fn a_closing_bio_names_the_author_as_its_subject() {
        for bio in [
            "With over a decade of experience in tech, Paul is recognized for his deep \
             expertise in security and privacy.",
            "Paul Frew stands as a distinguished figure in the world of security research, \
             and his reviews are read by thousands.",
        ] {
            let (bios, roles) = body_bios(&["Paul Frew"], &[bio, PROMO, PROMO, PROMO]);
            assert_eq!(bios, [Some(bio.to_string())], "{bio}");
            assert_eq!(roles[0], Role::Bio);
        }
    }

    #[test]
    fn an_italic_closing_bio_is_the_bio_without_its_marks() {
        let bio =
            "Jane Doe is a writer and former consultant based in Leeds. Her book is out next year.";
        for line in [format!("*{bio}*"), format!("_{bio}_"), bio.to_string()] {
            let (found, roles) = closing_bio("Jane Doe", &[&line]);
            assert_eq!(found.as_deref(), Some(bio), "{line}");
            assert_eq!(roles, [Role::Bio]);
        }
    }

    #[test]
    fn a_short_bio_names_a_job() {
        let name = "Richard Partington";
        assert!(is_short_bio_of(
            "Richard Partington is the Guardian's economics correspondent.",
            name
        ));
        // Sentences of the text that name the author, a first name alone,
        // two sentences, a line without its full stop.
        for text in [
            "Richard Partington is in Paris this week.",
            "Richard Partington was not available for comment.",
            "Richard is the Guardian's economics correspondent.",
            "Richard Partington is a correspondent. He lives in Leeds.",
            "Richard Partington is the Guardian's economics correspondent",
        ] {
            assert!(!is_short_bio_of(text, name), "{text}");
            assert!(!is_short_bio_of(text, "Richard"), "{text}");
        }
        let dump = "UK economy shrank in final quarter of 2023\n\
                    Richard Partington Economics correspondent\n\
                    The UK economy fell into recession at the end of last year, \
                    official figures show, dealing a blow to hopes of growth.\n\
                    Gross domestic product shrank by 0.3% in the three months to \
                    December, the Office for National Statistics said.\n\
                    Richard Partington is the Guardian's economics correspondent.\n";
        let blocks = split(dump);
        let mut roles = vec![Role::Other; blocks.len()];
        roles[0] = Role::Headline;
        roles[1] = Role::Byline;
        roles[2] = Role::Body;
        roles[3] = Role::Body;
        roles[4] = Role::Body;
        let mut article = article_by(name);
        find_bio(&blocks, &mut roles, &mut article);
        assert_eq!(
            article.authors[0].bio.as_deref(),
            Some("Richard Partington is the Guardian's economics correspondent.")
        );
        assert_eq!(roles[4], Role::Bio);
    }

    /// An author box kept in the text names the author by the first name,
    /// with the site's promos after it.
    #[test]
    fn a_bio_by_the_first_name_near_the_end_of_the_text() {
        let name = "Sam O'Brien";
        let bio = "Sam is the revenue-focused VP of Marketing at Dealfront, where he \
                   balances instant results and long term value.";
        assert!(is_closing_bio_of(bio, name));
        for (text, name) in [
            (
                "Hi there! I'm Shivya, and I started this travel blog back in 2011, when travel wasn't trendy.",
                "Shivya Nath",
            ),
            (
                "Will Judd: Will was formerly deputy tech editor for Eurogamer. He specialises in PC hardware.",
                "Will Judd",
            ),
            (
                "I am Jane Doe, and I have covered the courts for this paper for twelve years.",
                "Jane Doe",
            ),
        ] {
            assert!(is_closing_bio_of(text, name), "{text}");
        }
        for (text, name) in [
            // A one-word name, a sentence of the text, no person, another
            // person, a name that goes on.
            (bio, "Sam"),
            (
                "I'm Samantha, and I think this recipe is the best one we have.",
                name,
            ),
            (
                "Hi there! I'm not sure which of these laptops is the right one for you.",
                name,
            ),
            (
                "Sam said the launch would slip to the spring, and the team agreed.",
                name,
            ),
            (
                "Sam is a tool that shows you which companies visit your website today.",
                name,
            ),
        ] {
            assert!(!is_closing_bio_of(text, name), "{text}");
        }
        let mut lines = vec![
            "How to grow your pipeline",
            "By Sam O'Brien",
            "Pipelines grow when sales and marketing agree on what a good lead is.",
        ];
        lines.push(bio);
        lines.extend([
            "Now that you're here",
            "Leadfeeder shows you the companies that visit.",
        ]);
        lines.extend([
            "One more paragraph of the site's promo copy.",
            "Try it free for 14 days.",
        ]);
        let blocks = split(&lines.join("\n"));
        let mut roles = vec![Role::Body; blocks.len()];
        roles[0] = Role::Headline;
        roles[1] = Role::Byline;
        let mut article = article_by(name);
        find_bio(&blocks, &mut roles, &mut article);
        assert_eq!(article.authors[0].bio.as_deref(), Some(bio));
        assert_eq!(roles[3], Role::Bio);
    }

    #[test]
    fn bio_needs_name_and_verb() {
        assert!(is_bio_of(
            "Jane Doe previously worked for The Times and covers courts.",
            "Jane Doe"
        ));
        assert!(!is_bio_of(
            "Jane Doe said the court would rule on Monday morning.",
            "Jane Doe"
        ));
        assert!(!is_bio_of(
            "John Roe is a reporter at the paper.",
            "Jane Doe"
        ));
    }

    /// The author [`find_cjk_name_by_headline`] takes from `lines`, the
    /// first of them the headline and the others without a role.
    fn cjk_name_found(lines: &[&str]) -> Option<String> {
        let blocks = split(&lines.join("\n"));
        let mut roles = vec![Role::Other; blocks.len()];
        roles[0] = Role::Headline;
        let mut article = empty_article();
        find_cjk_name_by_headline(&blocks, &mut roles, 0, &mut article);
        article.authors.first().map(|a| a.name.clone())
    }

    #[test]
    fn a_japanese_name_alone_under_the_headline_or_by_the_date() {
        let headline = "東京都、来年度から給食費を無償化へ　全公立小中学校で";
        let date = "2025年3月4日 18時30分";
        let text =
            "東京都は4日、来年度から都内すべての公立小中学校で給食費を無償化する方針を固めた。";
        assert_eq!(
            cjk_name_found(&[headline, "山田 花子", date, text]).as_deref(),
            Some("山田 花子")
        );
        assert_eq!(
            cjk_name_found(&[headline, "山田　花子", text]).as_deref(),
            Some("山田 花子")
        );
        assert_eq!(
            cjk_name_found(&[headline, date, "佐々木健太", text]).as_deref(),
            Some("佐々木健太")
        );
        // A section's or a place's name, or a name the text says: none.
        for line in ["社会", "大阪府", "東京", "小池百合子"] {
            let said = format!(
                "{text}{}",
                if line == "小池百合子" {
                    "小池百合子知事は述べた。"
                } else {
                    ""
                }
            );
            assert_eq!(
                cjk_name_found(&[headline, line, date, &said]),
                None,
                "{line}"
            );
        }
        // Past a line that is no date, or with kana in it: none.
        assert_eq!(cjk_name_found(&[headline, "社会", "山田花子", text]), None);
        assert_eq!(cjk_name_found(&[headline, "ニュース速報", text]), None);
        // A share button by the date.
        assert_eq!(
            cjk_name_found(&[headline, "TNW中文站2016年10月14日07:17", "我要分享", text]),
            None
        );
    }
}
