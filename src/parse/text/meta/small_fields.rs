//! The small fields, each found by a rule or two once the headline, byline
//! and date are known: the standfirst under the headline, picture
//! captions, the dateline that opens the body and the address saved with
//! the text (related teasers are in `related`).

use std::sync::LazyLock;

use regex::Regex;

use crate::article::{Article, Image};
use crate::parse::provenance::Rule;
use crate::parse::text::blocks::Block;
use crate::parse::text::features::{BlockPhrase, Page, index};
use crate::parse::words::more_words_than;
use crate::parse::{byline, date, rules};

use super::shapes::{
    ends_like_sentence, is_name_like, is_program_code, is_score_line, is_title_cased, may_open,
    opening_table,
};
use super::words::WordCounts;
use super::{Role, note, set_byline};

/// The page's address saved with its text: a lone URL as the first block
/// (pasted over the article), or one under a label
/// (`rules::SAVED_URL_LABELS`: "Source: https://…") as the first or the
/// last block. A page's own dump ends with a lone URL at times (a frame's
/// or a tool's), never its own address, so a last one needs its label.
/// The line leaves the body as the article's furniture.
pub(super) fn find_saved_url(blocks: &[Block], roles: &mut [Role], article: &mut Article) {
    let ends = [(0, false), (blocks.len().saturating_sub(1), true)];
    for (i, needs_label) in ends {
        let Some(block) = blocks.get(i) else { return };
        let Some(url) = saved_url(&block.text, needs_label) else {
            continue;
        };
        if article.url.is_none() {
            article.url = Some(url.to_string());
            note(article, "url", Rule::SavedUrlLine, block);
        }
        if matches!(roles[i], Role::Body | Role::Other) {
            roles[i] = Role::Furniture;
        }
    }
}

/// The http(s) address `text` is, alone or after one of
/// `rules::SAVED_URL_LABELS` and a colon, in angle brackets or not.
fn saved_url(text: &str, needs_label: bool) -> Option<&str> {
    let text = text.trim();
    let url = match text.split_once(':') {
        Some((label, rest))
            if rules::SAVED_URL_LABELS
                .iter()
                .any(|l| label.trim().eq_ignore_ascii_case(l)) =>
        {
            rest.trim()
        }
        _ if needs_label => return None,
        _ => text,
    };
    let url = url
        .strip_prefix('<')
        .and_then(|u| u.strip_suffix('>'))
        .unwrap_or(url);
    crate::parse::web_address(url)
}

/// Standfirst: the sentence right under the headline when a non-body block
/// (a picture caption, a byline) separates it from the body. A player's
/// or share row's short lines between the headline and it ("Listen to
/// this article", "05:12", "Share", see [`is_widget_line`]) are passed
/// over.
/// `over_subtitle`: the headline was taken over the block under it, which
/// the headline rules read as its subtitle.
pub(super) fn find_standfirst(
    blocks: &[Block],
    roles: &mut [Role],
    headline: Option<usize>,
    over_subtitle: bool,
    article: &mut Article,
) {
    let Some(h) = headline else { return };
    let Some(candidate) = (h + 1..blocks.len())
        .take(rules::STANDFIRST_WIDGET_LINES + 1)
        .find(|&i| !is_widget_line(&blocks[i].text, roles[i]))
    else {
        return;
    };
    let over_subtitle = over_subtitle && candidate == h + 1;
    let (Some(b), Some(next)) = (blocks.get(candidate), blocks.get(candidate + 1)) else {
        return;
    };
    let words = b.text.split_whitespace().count();
    let next_words = next.text.split_whitespace().count();
    let set_apart = roles[candidate + 1] != Role::Body
        || (next_words <= rules::CAPTION_MAX_WORDS && !ends_like_sentence(&next.text));
    let later_body = roles.iter().skip(candidate + 2).any(|r| *r == Role::Body);
    // A standfirst printed without its full stop ("Tiny clumps of cells
    // show basic cognitive abilities") is one when the byline or date
    // follows it, or the headline rules read it as the subtitle, and it
    // is one open sentence: with a sentence end inside it, the line has
    // more glued to it (an alt text's label, a name).
    // A press release prints a one-sentence summary between its headline
    // and the dateline that opens it ("NEW YORK, March 3, 2025
    // /PRNewswire/ -- …"), often without a full stop; a title-cased
    // line there is a second headline, not a sentence.
    let over_release = candidate == h + 1
        && (8..=rules::STANDFIRST_MAX_WORDS).contains(&words)
        && !is_title_cased(&b.text)
        && press_release_dateline(&next.text).is_some();
    let open_over_byline = (matches!(roles[candidate + 1], Role::Byline | Role::Date)
        || over_subtitle
        || over_release)
        && !b.text.contains(['.', '!', '?']);
    if (8..=rules::STANDFIRST_MAX_WORDS).contains(&words)
        && (ends_like_sentence(&b.text) || open_over_byline)
        && (set_apart || over_release)
        && later_body
        && caption_label(&b.text).is_none()
    {
        roles[candidate] = Role::Standfirst;
        article.standfirst = Some(b.text.clone());
        let rule = if candidate != h + 1 {
            Rule::StandfirstPastWidgets
        } else if over_release && !set_apart {
            Rule::StandfirstOverReleaseDateline
        } else {
            Rule::StandfirstUnderHeadline
        };
        note(article, "standfirst", rule, b);
    }
}

/// A line of a widget under the headline: a button, a player's time, "Listen
/// to this article": no more than `rules::WIDGET_LINE_MAX_WORDS` words, no
/// sentence end, and no role (a byline, a date or a caption is none).
fn is_widget_line(text: &str, role: Role) -> bool {
    role == Role::Other
        && !more_words_than(text, rules::WIDGET_LINE_MAX_WORDS)
        && !ends_like_sentence(text)
}

/// Captions: lines a caption label opens ([`find_labelled_captions`]),
/// short blocks with a picture credit inside the body, and a short label
/// between the standfirst and the body ([`is_caption_label`]; another
/// short line there is left out as `Role::SetApart`).
pub(super) fn find_captions(
    blocks: &[Block],
    page: &Page,
    words: &WordCounts,
    roles: &mut [Role],
    article: &mut Article,
) {
    find_labelled_captions(blocks, words, roles, article);
    for i in 0..blocks.len() {
        let text = &blocks[i].text;
        // Only a body block with a marker (credited) or the block under the
        // standfirst can be a caption. A short block's markers are the
        // features' answer (`Page::holds`): a body block without one is
        // set apart by nothing below, and passed over here.
        let under_standfirst = i > 0 && roles[i - 1] == Role::Standfirst;
        // A wire photo's credit vouches for a caption as long as a
        // labelled one.
        let wire = roles[i] == Role::Body
            && !words.more_than(i, rules::LABELLED_CAPTION_MAX_WORDS)
            && ends_with_wire_credit(text);
        if words.more_than(i, rules::CAPTION_MAX_WORDS) && !wire {
            continue;
        }
        let marked = wire || roles[i] == Role::Body && page.holds(i, BlockPhrase::CaptionMarker);
        if !(marked || under_standfirst) {
            continue;
        }
        // A credit marker inside program code ("console.log('Photo: ' +
        // photo.title);") marks no picture.
        let credited = marked && !is_program_code(text);
        let set_apart = i > 0
            && roles[i - 1] == Role::Standfirst
            && roles.iter().skip(i + 1).any(|r| *r == Role::Body)
            && !ends_like_sentence(text)
            && matches!(roles[i], Role::Other | Role::Body)
            && byline::parse_loose(text).is_none();
        let after_standfirst = set_apart && is_caption_label(text, page, i);
        if set_apart && !after_standfirst && !credited {
            roles[i] = Role::SetApart;
        }
        if credited || after_standfirst {
            roles[i] = Role::Caption;
            article.images.push(Image {
                caption: Some(text.clone()),
                alt: None,
                src: None,
            });
            let rule = if credited {
                Rule::CaptionCredit
            } else {
                Rule::CaptionLabel
            };
            note(article, "images", rule, &blocks[i]);
        }
    }
}

/// How far from a block's end a wire credit's slash can stand: "(AP
/// Photo/" and a name of `rules::WIRE_CREDIT_NAME_MAX_WORDS` long words,
/// "/File Photo)".
const WIRE_CREDIT_TAIL_BYTES: usize = 96;

/// `text` ends with a wire photo's credit: "… March 1, 2024. REUTERS/John
/// Roe", "… on Friday. (AP Photo/John Roe)", "REUTERS/John Roe/File
/// Photo": an agency of `rules::WIRE_PHOTO_CREDITS` as it prints it (so
/// "a Reuters/Ipsos poll" is none), a slash, and a capitalised name of at
/// most `rules::WIRE_CREDIT_NAME_MAX_WORDS` words.
fn ends_with_wire_credit(text: &str) -> bool {
    // Asked of every short body block: a slash among the last bytes
    // first, or nothing more is read.
    let tail = text.len().saturating_sub(WIRE_CREDIT_TAIL_BYTES);
    if memchr::memrchr(b'/', &text.as_bytes()[tail..]).is_none() {
        return false;
    }
    let credit = text.trim_end().trim_end_matches(')');
    let credit = credit.strip_suffix("/File Photo").unwrap_or(credit);
    let Some((before, name)) = credit.rsplit_once('/') else {
        return false;
    };
    (1..=rules::WIRE_CREDIT_NAME_MAX_WORDS).contains(&name.split_whitespace().count())
        && name.starts_with(char::is_uppercase)
        && rules::WIRE_PHOTO_CREDITS.iter().any(|agency| {
            before
                .strip_suffix(agency)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', '(']))
        })
}

/// What a caption or credit label opening a line leaves ([`caption_label`]).
#[derive(Debug, PartialEq)]
enum Labelled<'a> {
    /// The caption after its label; empty when the label stands alone
    /// and the caption is the next line.
    Caption(&'a str),
    /// A credit line ("Image source, Getty Images").
    Credit,
}

/// `text` (a block's, trimmed) opens with a caption or credit label
/// (`rules::CAPTION_LABELS`, `rules::CAPTION_CREDIT_LABELS`) in any case,
/// and a comma or a colon. lynx prints a table's `<caption>` as
/// "CAPTION: …" in capitals: a table's title, not a picture's caption.
fn caption_label(text: &str) -> Option<Labelled<'_>> {
    if !may_open_label(text) {
        return None;
    }
    // Only the first comma or colon can end a label.
    let cut = text
        .bytes()
        .take(LABEL_MAX_BYTES + 1)
        .position(|b| b == b',' || b == b':')?;
    let head = &text[..cut];
    if head == "CAPTION" {
        return None;
    }
    // A label's capitals take as many bytes as its lowercase letters
    // (ASCII, accented Latin, Cyrillic): only labels of the head's length
    // are compared.
    let is_one_of = |labels: &[&str]| {
        labels.iter().any(|l| {
            l.len() == head.len() && head.chars().flat_map(char::to_lowercase).eq(l.chars())
        })
    };
    if is_one_of(rules::CAPTION_LABELS) {
        Some(Labelled::Caption(text[cut + 1..].trim()))
    } else if is_one_of(rules::CAPTION_CREDIT_LABELS) {
        Some(Labelled::Credit)
    } else {
        None
    }
}

/// `text`'s first two bytes open a caption or credit label: the one test
/// nearly every line of an article pays.
#[inline]
fn may_open_label(text: &str) -> bool {
    may_open(&LABEL_OPENINGS, text)
}

/// The [`opening_table`] of the caption and credit labels.
const LABEL_OPENINGS: [u32; 256] =
    opening_table(&[rules::CAPTION_LABELS, rules::CAPTION_CREDIT_LABELS]);

/// Byte length of the longest caption or credit label.
const LABEL_MAX_BYTES: usize = {
    let lists = [rules::CAPTION_LABELS, rules::CAPTION_CREDIT_LABELS];
    let (mut max, mut k) = (0, 0);
    while k < lists.len() {
        let mut i = 0;
        while i < lists[k].len() {
            if lists[k][i].len() > max {
                max = lists[k][i].len();
            }
            i += 1;
        }
        k += 1;
    }
    max
};

/// Lines a caption label opens between the headline and the body's end
/// ([`take_labelled_caption`]), taken before the credit rule reads the
/// blocks.
fn find_labelled_captions(
    blocks: &[Block],
    words: &WordCounts,
    roles: &mut [Role],
    article: &mut Article,
) {
    let start = roles
        .iter()
        .position(|r| *r == Role::Headline)
        .map_or(0, |h| h + 1);
    let end = roles
        .iter()
        .rposition(|r| *r == Role::Body)
        .map_or(0, |b| b + 1);
    for i in start..end {
        take_labelled_caption(blocks, words, roles, i, article);
    }
}

/// Block `i` opens with a caption or credit label: the caption (the label
/// cut off, or the next short line under a label alone) becomes a
/// picture's caption, and a credit line next to such a caption is kept
/// out of the body (the Article has no credit for a caption). A credit
/// line alone ("Photo credit: Janome.com") is left to the credit rule:
/// it is the one trace of its picture.
fn take_labelled_caption(
    blocks: &[Block],
    words: &WordCounts,
    roles: &mut [Role],
    i: usize,
    article: &mut Article,
) {
    let free = |roles: &[Role], i: usize| matches!(roles[i], Role::Other | Role::Body);
    if !free(roles, i)
        || !may_open_label(&blocks[i].text)
        || words.more_than(i, rules::LABELLED_CAPTION_MAX_WORDS)
    {
        return;
    }
    let caption = match caption_label(&blocks[i].text) {
        None => return,
        Some(Labelled::Credit) if beside_labelled_caption(blocks, i) => None,
        Some(Labelled::Credit) => return,
        Some(Labelled::Caption("")) => {
            let next = i + 1;
            let short_line_under = next < blocks.len()
                && free(roles, next)
                && !words.more_than(next, rules::CAPTION_MAX_WORDS);
            if !short_line_under {
                return;
            }
            roles[next] = Role::Caption;
            Some(blocks[next].text.trim())
        }
        Some(Labelled::Caption(text)) => Some(text),
    };
    roles[i] = Role::Caption;
    if let Some(caption) = caption {
        article.images.push(Image {
            caption: Some(caption.to_string()),
            alt: None,
            src: None,
        });
        note(article, "images", Rule::CaptionAfterLabel, &blocks[i]);
    }
}

/// The block before or after block `i` opens with a caption label.
fn beside_labelled_caption(blocks: &[Block], i: usize) -> bool {
    [i.wrapping_sub(1), i + 1].into_iter().any(|j| {
        blocks
            .get(j)
            .is_some_and(|b| matches!(caption_label(&b.text), Some(Labelled::Caption(_))))
    })
}

/// Block `i` (`text`), set apart under the standfirst, reads as a
/// picture's caption ("Kerry and Lavrov", "V8 engine and spanner") rather
/// than what else stands there: a byline's label or a one-word button
/// ("By", "Image"), a bare name (the author's), a title-cased title
/// (a teaser's, a section's; a short one has every word capitalised:
/// "Tech Industry"), a cut-off fragment ("Get more news on"), a byline
/// naming no one ("By our politics team") or a boilerplate phrase.
fn is_caption_label(text: &str, page: &Page, i: usize) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let last = words.last().map(|w| w.to_lowercase());
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    words.len() >= rules::CAPTION_LABEL_MIN_WORDS
        && !is_title_cased(text)
        && !words.iter().all(capitalised)
        && !is_name_like(text)
        // A byline naming no one ("By our politics team").
        && !words
            .first()
            .is_some_and(|w| rules::MERGED_BYLINE_OPENERS.contains(w))
        && !last.is_some_and(|w| rules::TITLE_SMALL_WORDS.contains(&w.as_str()))
        && page.vectors[i][index::BOILERPLATE] < 0.5
}

/// The article's opening paragraph, when the classifier left it out
/// among the header's lines (a "Share" button right above it reads as a
/// comment's marks): a paragraph that opens with a dateline ("WASHINGTON
/// (AP) — …", [`DATELINE`], or a press release's,
/// [`press_release_dateline`]) between the headline and the body's first
/// block, within `rules::OPENING_PARAGRAPH_REACH` blocks of it and of
/// `rules::OPENING_PARAGRAPH_MIN_WORDS` words or more. A dateline opens
/// the text, whatever stands around it.
pub(super) fn find_opening_paragraph(
    blocks: &[Block],
    roles: &mut [Role],
    headline: Option<usize>,
    article: &mut Article,
) {
    let Some((h, first_body)) = headline_and_body(roles, headline) else {
        return;
    };
    let lo = (h + 1).max(first_body.saturating_sub(rules::OPENING_PARAGRAPH_REACH));
    let found = (lo..first_body).find(|&i| {
        let text = &blocks[i].text;
        roles[i] == Role::Other
            && opens_in_capitals(text)
            && more_words_than(text, rules::OPENING_PARAGRAPH_MIN_WORDS - 1)
            && (may_open_with_dateline(text) && DATELINE.is_match(text)
                || press_release_dateline(text).is_some())
    });
    if let Some(i) = found {
        roles[i] = Role::Body;
        article.provenance.add(
            "body",
            Rule::BodyOpeningDateline.at(Some(super::at(&blocks[i]))),
        );
    }
}

/// A match report's score line and its line of scorers under the headline
/// ("Arsenal 2-1 Chelsea", "Saka 23', Havertz 67'", see
/// [`is_score_line`]): the result the report is about, which a reader
/// reads with it, so they open the body. Only between the headline and
/// the body's first block, within `rules::SCORE_LINE_REACH` blocks of the
/// headline, and only one score line there: several are a list of
/// results, and tables and fixtures elsewhere on the page stay out.
pub(super) fn find_score_lines(
    blocks: &[Block],
    roles: &mut [Role],
    headline: Option<usize>,
    article: &mut Article,
) {
    let Some((h, first_body)) = headline_and_body(roles, headline) else {
        return;
    };
    let end = first_body.min(h + 1 + rules::SCORE_LINE_REACH);
    if end <= h + 1 {
        return;
    }
    let lines: Vec<usize> = (h + 1..end)
        .filter(|&i| roles[i] == Role::Other && is_score_line(&blocks[i].text))
        .collect();
    // A score line and the scorers under it, at most.
    if lines.is_empty()
        || lines.len() > rules::SCORE_LINES_MAX
        || (lines.len() == 2 && lines[1] != lines[0] + 1)
    {
        return;
    }
    for &i in &lines {
        roles[i] = Role::Body;
        article
            .provenance
            .add("body", Rule::BodyScoreLine.at(Some(super::at(&blocks[i]))));
    }
}

/// The headline's block and the body's first, between which
/// [`find_opening_paragraph`] and [`find_score_lines`] look.
fn headline_and_body(roles: &[Role], headline: Option<usize>) -> Option<(usize, usize)> {
    Some((headline?, roles.iter().position(|r| *r == Role::Body)?))
}

/// "MOSCOW (AP) —" at the start of the body: the dateline. The day after
/// the place ("NEW YORK, March 3 (Reuters) -") is not part of it.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^([A-Z][A-Z.'\- ]{2,30}[A-Z](?:, [A-Z][A-Za-z.]+)*?)(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([A-Za-z .]+\))?\s*[—–-]{1,2}\s",
    )
    .expect("valid regex")
});

/// `text` opens as [`DATELINE`] needs: a capital, then three of a capital
/// or one of ". ' -" and space (its place is a capital, two to thirty of
/// those, and a capital). Most paragraphs fail at once, and a process
/// whose paragraphs all fail never builds the regex (~0.8 M
/// instructions, a sixth of parsing one page).
fn may_open_with_dateline(text: &str) -> bool {
    let place = |b: &u8| matches!(b, b'A'..=b'Z' | b'.' | b'\'' | b'-' | b' ');
    match text.as_bytes() {
        [a, rest @ ..] if rest.len() >= 3 => a.is_ascii_uppercase() && rest[..3].iter().all(place),
        _ => false,
    }
}

/// "(서울=연합뉴스) 김민준 기자 = " at the start of the body: the Korean
/// wires' dateline (place, then agency, in brackets) and reporters.
static KOREAN_WIRE_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\[(](\p{Hangul}{1,10})=[^)\]\s]{1,20}[\])]\s*([^=]{0,60}?)\s*=\s")
        .expect("valid regex")
});

/// `text` opens as [`KOREAN_WIRE_OPENER`] needs: a bracket, and an '='
/// somewhere. A paragraph opening in brackets is common in any language;
/// the test keeps their pages from compiling the regex (half a
/// millisecond, for its Unicode classes).
fn may_open_as_korean_wire(text: &str) -> bool {
    text.starts_with(['(', '[']) && memchr::memchr(b'=', text.as_bytes()).is_some()
}

/// The dateline, from the first body paragraph (`first`): a press
/// release's ([`press_release_dateline`]), whose date is the publication
/// date when none was found by the headline, a news agency's
/// ([`DATELINE`]), or a Korean wire's opener ([`KOREAN_WIRE_OPENER`]),
/// which also gives the byline when none was found.
pub(super) fn find_dateline(article: &mut Article, first: &Block) {
    if let Some(release) = press_release_dateline(&first.text) {
        article.dateline = Some(release.place);
        note(article, "dateline", Rule::DatelinePressRelease, first);
        if article.published.is_none()
            && let Some(date) = release.date
        {
            super::set_published(article, date, Rule::PublishedPressReleaseDateline, first);
        }
    } else if may_open_with_dateline(&first.text)
        && let Some(c) = DATELINE.captures(&first.text)
    {
        article.dateline = Some(c[1].trim().to_string());
        note(article, "dateline", Rule::DatelineOpeningBody, first);
    } else if may_open_as_korean_wire(&first.text)
        && let Some(c) = KOREAN_WIRE_OPENER.captures(&first.text)
    {
        article.dateline = Some(c[1].to_string());
        note(article, "dateline", Rule::DatelineOpeningBody, first);
        if article.authors.is_empty()
            && let Some(byline) = byline::parse(&c[2])
        {
            set_byline(
                article,
                byline.text,
                &byline.authors,
                Rule::BylineWireOpener,
                first,
            );
        }
    }
}

/// A wire service's marker closing a press release's dateline, and the
/// dash after it: the wire's name between slashes ("/PRNewswire/",
/// "/PRNewswire-HISPANIC PR WIRE/", "/CNW/", "/EINPresswire.com/"), group
/// 1, or in brackets ("(BUSINESS WIRE)", "(GLOBE NEWSWIRE)"), group 2.
static PRESS_WIRE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\s/([A-Za-z][^/\n]{0,38}[A-Za-z.])/|\(([A-Z][A-Za-z ]{1,30}[A-Za-z])\))\s*[—–-]{1,2}",
    )
    .expect("valid regex")
});

/// `text`'s first word (up to a space, a comma or a dash) is in capitals,
/// two letters or more, as a dateline's place is ("WASHINGTON", "SAN
/// FRANCISCO,", "SEATTLE--"): the test before a dateline's regex.
fn opens_in_capitals(text: &str) -> bool {
    let head_word = text.split([' ', ',', '-', '(']).next().unwrap_or("");
    head_word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !head_word.chars().any(char::is_lowercase)
}

/// What a press release's dateline says.
struct ReleaseDateline {
    /// The place, as printed ("NEW YORK", "BOSTON, Mass.").
    place: String,
    /// The date before the wire's marker, normalised.
    date: Option<String>,
}

/// The dateline opening a press release: a place in capitals, its date and
/// a wire service's marker ([`PRESS_WIRE`]), within the paragraph's first
/// `rules::PRESS_DATELINE_MAX_BYTES` bytes: "NEW YORK, March 3, 2025
/// /PRNewswire/ --", "MIAMI, 3 de marzo de 2025 /PRNewswire-HISPANIC PR
/// WIRE/ --", "TORONTO, March 3, 2025 /CNW/ -", "WASHINGTON, DC, UNITED
/// STATES, March 3, 2025 /EINPresswire.com/ --", "NEW YORK, March 3, 2025
/// (GLOBE NEWSWIRE) --", or with no date between place and a bracketed
/// wire ("SEATTLE--(BUSINESS WIRE)--"). A bracketed marker names a wire
/// ([`rules::PRESS_WIRE_WORDS`]): "WASHINGTON (AP) —" is a news agency's
/// dateline. A marker between slashes needs the date right before it.
fn press_release_dateline(text: &str) -> Option<ReleaseDateline> {
    // Most paragraphs open otherwise: no regex for them.
    if !opens_in_capitals(text) || !text.contains(['/', '(']) {
        return None;
    }
    let mut end = rules::PRESS_DATELINE_MAX_BYTES.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let c = PRESS_WIRE.captures(&text[..end])?;
    let bracketed = c.get(2).is_some_and(|m| {
        let upper = m.as_str().to_uppercase();
        rules::PRESS_WIRE_WORDS.iter().any(|w| upper.contains(w))
    });
    let head = &text[..c.get(0)?.start()];
    let found = date::find(head);
    let date_start = match &found {
        // The date closes the head: only a comma or spaces after it.
        Some(d) if head[d.range.end..].trim_matches([',', ' ']).is_empty() => d.range.start,
        Some(_) => return None,
        None if bracketed => head.len(),
        None => return None,
    };
    if c.get(2).is_some() && !bracketed {
        return None;
    }
    let place = head[..date_start].trim_end_matches([',', ' ', '-', '—', '–']);
    let words = place.split_whitespace().count();
    if place.is_empty() || words > rules::PRESS_PLACE_MAX_WORDS || place.contains(char::is_numeric)
    {
        return None;
    }
    Some(ReleaseDateline {
        place: place.to_string(),
        date: found.map(|d| d.value),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standfirst found under `lines[0]` (the headline) when block 2
    /// has role `second` and the rest is body.
    fn standfirst_over(lines: &[&str], second: Role) -> Option<String> {
        standfirst_found(lines, second, false)
    }

    /// [`standfirst_over`], `over_subtitle` telling whether the headline
    /// was taken over the block under it.
    fn standfirst_found(lines: &[&str], second: Role, over_subtitle: bool) -> Option<String> {
        let blocks = super::super::testing::split(&lines.join("\n\n"));
        let mut roles = vec![Role::Body; blocks.len()];
        roles[0] = Role::Headline;
        roles[2] = second;
        let mut article = super::super::testing::empty_article();
        find_standfirst(&blocks, &mut roles, Some(0), over_subtitle, &mut article);
        article.standfirst
    }

    /// The url `find_saved_url` takes from `lines` (one block each, all
    /// body), and the roles it leaves.
    fn saved_url_of(lines: &[&str]) -> (Option<String>, Vec<Role>) {
        let blocks = super::super::testing::split(&lines.join("\n\n"));
        let mut roles = vec![Role::Body; blocks.len()];
        let mut article = super::super::testing::empty_article();
        find_saved_url(&blocks, &mut roles, &mut article);
        (article.url, roles)
    }

    #[test]
    fn the_address_pasted_over_or_under_the_text_is_the_url() {
        let text = "The council voted on Tuesday to close the old bridge.";
        let url = "https://example.com/news/bridge";
        for lines in [
            [url, text],
            ["<https://example.com/news/bridge>", text],
            ["Source: https://example.com/news/bridge", text],
            [
                text,
                "Originally published at: https://example.com/news/bridge",
            ],
        ] {
            let (found, roles) = saved_url_of(&lines);
            assert_eq!(found.as_deref(), Some(url), "{lines:?}");
            assert!(roles.contains(&Role::Furniture), "{lines:?}");
            assert!(roles.contains(&Role::Body), "{lines:?}");
        }
    }

    #[test]
    fn other_addresses_are_not_the_url() {
        let text = "The council voted on Tuesday to close the old bridge.";
        for lines in [
            // A dump's last line can be a frame's address.
            [
                text,
                "http://tpc.googlesyndication.com/safeframe/1-0-2/html/container.html",
            ],
            // An address inside a sentence, or not a web address.
            ["Read it at https://example.com/news today", text],
            ["Source: Reuters", text],
            ["https://", text],
            ["https://example.com/\u{1b}[31mred", text],
        ] {
            assert_eq!(
                saved_url_of(&lines),
                (None, vec![Role::Body; 2]),
                "{lines:?}"
            );
        }
    }

    #[test]
    fn a_standfirst_without_a_full_stop_needs_the_byline_under_it() {
        let body = "Researchers aboard the vessel have identified a previously unknown species of octopus.";
        let open = "The animal was found at a depth of 4,000 metres off the coast of Chile";
        let headline = "Scientists discover new species of deep-sea octopus";
        let byline = "Jane Smith, Science Correspondent";
        assert_eq!(
            standfirst_over(&[headline, open, byline, body], Role::Byline).as_deref(),
            Some(open)
        );
        // Over a caption-like line that is not a byline, a line without a
        // full stop may be a subtitle or a label: not taken.
        assert_eq!(
            standfirst_over(&[headline, open, "Night Nurse", body], Role::Other),
            None
        );
        // Unless the headline rules took the headline over it as its
        // subtitle.
        assert_eq!(
            standfirst_found(&[headline, open, "Night Nurse", body], Role::Other, true).as_deref(),
            Some(open)
        );
        // A sentence end inside, and a label glued after it: not one open
        // sentence.
        let glued = "A young woman lays on her side as an older man holds a phone.Night Nurse";
        assert_eq!(
            standfirst_over(&[headline, glued, byline, body], Role::Byline),
            None
        );
        let closed = format!("{open}.");
        assert_eq!(
            standfirst_over(&[headline, &closed, byline, body], Role::Byline),
            Some(closed.clone())
        );
    }

    #[test]
    fn a_standfirst_under_a_player_and_share_buttons() {
        let headline = "Why the four-day week is winning over employers";
        let standfirst =
            "Trials in Britain and Spain found productivity held up while sick days fell.";
        let body = "When a software firm in Leeds cut its working week to four days last year, \
                    its chief executive expected output to fall.";
        let lines = [
            headline,
            "Listen to this article",
            "05:12",
            "Share",
            standfirst,
            "By Emma Collins",
            body,
        ];
        let blocks = super::super::testing::split(&lines.join("\n\n"));
        let mut roles = vec![Role::Other; blocks.len()];
        roles[0] = Role::Headline;
        roles[5] = Role::Byline;
        roles[6] = Role::Body;
        let mut article = super::super::testing::empty_article();
        find_standfirst(&blocks, &mut roles, Some(0), false, &mut article);
        assert_eq!(article.standfirst.as_deref(), Some(standfirst));
        assert_eq!(roles[4], Role::Standfirst);
        // Past a sentence, or a line with a role, nothing is passed over.
        for (i, role) in [(1, Role::Date), (2, Role::Body)] {
            let mut roles = roles.clone();
            roles[4] = Role::Other;
            roles[i] = role;
            let mut article = super::super::testing::empty_article();
            find_standfirst(&blocks, &mut roles, Some(0), false, &mut article);
            assert_eq!(article.standfirst, None, "{role:?} at {i}");
        }
    }

    #[test]
    fn caption_labels_under_the_standfirst() {
        let label = |text: &str| {
            let blocks = crate::parse::text::blocks::split(text);
            let page = crate::parse::text::features::page(&blocks);
            is_caption_label(text, &page, 0)
        };
        for caption in [
            "Kerry and Lavrov",
            "V8 Supercharged car engine and spanner",
            "Our native ivy provides some of the best evergreen foliage",
        ] {
            assert!(label(caption), "{caption}");
        }
        for other in [
            "By",
            "Image",
            "Jeff Hoyt",
            "Understand How Your Own Brain Works Against You",
            "Get more news on",
            "Designed to",
            "By our politics team",
            "Tech Industry",
            "The Upwork Team",
        ] {
            assert!(!label(other), "{other}");
        }
    }

    /// The captions `find_captions` finds in `blocks`, setting `roles`.
    fn captions_found(blocks: &[Block], roles: &mut [Role]) -> Vec<String> {
        let page = crate::parse::text::features::page(blocks);
        let mut article = crate::parse::text::meta::testing::empty_article();
        let words = WordCounts::of_blocks(blocks);
        find_captions(blocks, &page, &words, roles, &mut article);
        article
            .images
            .into_iter()
            .filter_map(|i| i.caption)
            .collect()
    }

    #[test]
    fn a_credit_marker_in_program_code_is_no_caption() {
        let dump = "The council met and voted for the plan after a long debate.\n\n\
                    console.log('Photo: ' + photo.title);\n\n\
                    The mayor at the vote. Photo: Jane Doe/AP\n";
        let blocks = crate::parse::text::blocks::split(dump);
        let mut roles = vec![Role::Body; blocks.len()];
        let captions = captions_found(&blocks, &mut roles);
        assert_eq!(captions, ["The mayor at the vote. Photo: Jane Doe/AP"]);
        assert_eq!(roles[1], Role::Body);
    }

    /// A credit marker makes a short block a caption in the languages
    /// with stop words: "Фото:", "Fot.", "Zdjęcie:", "Fotoğraf:".
    #[test]
    fn credit_markers_in_other_languages() {
        for caption in [
            "Схема новой линии. Фото: пресс-служба комитета",
            "Nowa linia metra. Fot. Jan Kowalski",
            "Nowa linia metra. Zdjęcie: Jan Kowalski",
            "Yeni metro hattı. Fotoğraf: Ali Yılmaz",
        ] {
            let dump = format!(
                "The council met and voted for the plan after a long debate.\n\n{caption}\n"
            );
            let blocks = crate::parse::text::blocks::split(&dump);
            let mut roles = vec![Role::Body; blocks.len()];
            assert_eq!(captions_found(&blocks, &mut roles), [caption]);
        }
    }

    /// Wire photos' captions end with the agency's credit as it prints
    /// it; a poll named in the text is no credit.
    #[test]
    fn wire_photo_credits_close_a_caption() {
        for text in [
            "A woman checks her phone in London, Britain, March 1, 2024. REUTERS/John Roe",
            "A woman checks her phone in London on Friday. (AP Photo/John Roe)",
            "Workers clear the road, March 1, 2024. REUTERS/John Roe/File Photo",
            "EPA/ANDREW GOMBERT",
        ] {
            assert!(ends_with_wire_credit(text), "{text}");
        }
        for text in [
            "A Reuters/Ipsos poll found that most adults check their phone in bed.",
            "The story was first reported by REUTERS/the wire service last week and then denied.",
            "Prices rose 3% on the year, the EPA/the agency said.",
            "It ran on AP/NBC.",
        ] {
            assert!(!ends_with_wire_credit(text), "{text}");
        }
    }

    #[test]
    fn caption_and_credit_labels() {
        for (text, want) in [
            (
                "Image caption, People flocked to beaches in Brighton",
                Some(Labelled::Caption("People flocked to beaches in Brighton")),
            ),
            (
                "Legenda da foto, Manifestantes em Brasília",
                Some(Labelled::Caption("Manifestantes em Brasília")),
            ),
            (
                "Bildunterschrift: Der Kanzler in Berlin",
                Some(Labelled::Caption("Der Kanzler in Berlin")),
            ),
            (
                "Подпись к фото, Снегопад в центре Москвы",
                Some(Labelled::Caption("Снегопад в центре Москвы")),
            ),
            ("Caption:", Some(Labelled::Caption(""))),
            ("Image source, Getty Images", Some(Labelled::Credit)),
            ("Fuente de la imagen, EPA", Some(Labelled::Credit)),
            ("Crédito, Reuters", Some(Labelled::Credit)),
            // lynx's mark for a table's caption, a word that merely opens
            // a sentence, and a label that is not the line's start.
            ("CAPTION: Table 6-1. Example symptoms and causes", None),
            ("Captions, like headlines, are written last.", None),
            ("Open image caption", None),
            ("However, the council voted against it.", None),
        ] {
            assert_eq!(caption_label(text), want, "{text}");
        }
    }

    #[test]
    fn labelled_captions_over_the_text_are_captions_not_body() {
        let dump = "Heatwave: Temperatures to hit 35C\n\nJohn Roberts\n\n\
                    Image source, Getty Images\n\n\
                    Image caption, People flocked to beaches in Brighton on Friday\n\n\
                    Temperatures are expected to reach 35C in parts of England this weekend.\n\n\
                    Bildunterschrift:\n\nRettungsschwimmer am Strand von Brighton\n\n\
                    The warning covers London and the South East from Saturday.\n";
        let blocks = crate::parse::text::blocks::split(dump);
        let mut roles = vec![Role::Other; blocks.len()];
        roles[0] = Role::Headline;
        roles[1] = Role::Byline;
        roles[4] = Role::Body;
        roles[5] = Role::Body;
        roles[6] = Role::Body;
        roles[7] = Role::Body;
        let captions = captions_found(&blocks, &mut roles);
        assert_eq!(
            captions,
            [
                "People flocked to beaches in Brighton on Friday",
                "Rettungsschwimmer am Strand von Brighton"
            ]
        );
        let body: Vec<usize> = (0..roles.len())
            .filter(|&i| roles[i] == Role::Body)
            .collect();
        assert_eq!(body, [4, 7]);
    }

    #[test]
    fn a_credit_line_alone_stays_for_the_credit_rule() {
        let dump = "The council met and voted for the plan after a long debate.\n\n\
                    Image source: The Motley Fool.\n\n\
                    The mayor said the work would start in the spring.\n";
        let blocks = crate::parse::text::blocks::split(dump);
        let mut roles = vec![Role::Body; blocks.len()];
        assert!(captions_found(&blocks, &mut roles).is_empty());
        assert_eq!(roles, [Role::Body; 3]);
    }

    #[test]
    fn dateline_forms() {
        for (text, want) in [
            ("MOSCOW (AP) — An unmanned cargo ship", Some("MOSCOW")),
            ("WASHINGTON — The Senate voted", Some("WASHINGTON")),
            (
                "NEW YORK, March 3 (Reuters) - Oil prices rose",
                Some("NEW YORK"),
            ),
            ("PARIS, Sept. 12 (AFP) - France said", Some("PARIS")),
            (
                "SPRINGFIELD, Ill. (AP) — The governor",
                Some("SPRINGFIELD, Ill."),
            ),
            ("Moscow said on Monday", None),
        ] {
            let got = DATELINE.captures(text).map(|c| c[1].trim().to_string());
            assert_eq!(got.as_deref(), want, "{text}");
        }
    }

    /// Every text [`DATELINE`] matches passes `may_open_with_dateline`:
    /// all texts of up to five characters from capitals, small letters,
    /// the place's signs and others, each followed by a body.
    #[test]
    fn dateline_prefilter_lets_every_dateline_through() {
        let alphabet = ['A', 'B', 'a', '.', '\'', '-', ' ', ',', '(', '—', 'É'];
        let mut texts = vec![String::new()];
        let mut matched = 0;
        for _ in 0..5 {
            texts = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            for t in &texts {
                for body in [" — The council", " (AP) — It", ", Ill. (AP) - A"] {
                    let text = format!("{t}{body}");
                    if DATELINE.is_match(&text) {
                        matched += 1;
                        assert!(may_open_with_dateline(&text), "{text:?}");
                    }
                }
            }
        }
        assert!(matched > 1_000, "{matched}");
    }

    /// A Korean wire's opener gives the dateline, and the byline when the
    /// page printed none elsewhere.
    #[test]
    fn a_korean_wire_opener_names_the_place_and_the_reporter() {
        let opened = |text: &str, authors: &[&str]| {
            let block = &super::super::testing::split(text)[0];
            let mut article = super::super::testing::empty_article();
            article.authors = authors
                .iter()
                .map(|&name| crate::article::Author {
                    name: name.into(),
                    bio: None,
                })
                .collect();
            find_dateline(&mut article, block);
            let names: Vec<String> = article.authors.into_iter().map(|a| a.name).collect();
            (article.dateline, names)
        };
        let text = "(서울=연합뉴스) 김민준 기자 = 서울시가 공공자전거 대여소를 늘린다.";
        assert_eq!(
            opened(text, &[]),
            (Some("서울".into()), vec!["김민준".into()])
        );
        let text = "[부산=뉴시스]이서연 기자 = 부산시가 해수욕장을 일찍 연다.";
        assert_eq!(
            opened(text, &[]),
            (Some("부산".into()), vec!["이서연".into()])
        );
        // A byline found elsewhere stays; a bracket without "=" is no opener.
        let text = "(서울=연합뉴스) 김민준 기자 = 서울시가 공공자전거 대여소를 늘린다.";
        assert_eq!(
            opened(text, &["박지훈"]),
            (Some("서울".into()), vec!["박지훈".into()])
        );
        let text = "(사진) 서울시청 앞 광장 = 시민들이 모였다.";
        assert_eq!(opened(text, &[]), (None, vec![]));
    }

    /// The cheap test before the Korean wire's regex passes every opener
    /// the regex reads, and turns down a bracket with no '=' after it.
    #[test]
    fn only_bracketed_paragraphs_with_an_equals_sign_reach_the_korean_regex() {
        for text in [
            "(서울=연합뉴스) 김민준 기자 = 서울시가 늘린다.",
            "[부산=뉴시스]이서연 기자 = 부산시가 연다.",
            "(사진) 서울시청 앞 광장 = 시민들이 모였다.",
            "(AP) — The governor said",
            "[Updated] The council met",
        ] {
            if KOREAN_WIRE_OPENER.is_match(text) {
                assert!(may_open_as_korean_wire(text), "{text}");
            }
        }
        assert!(!may_open_as_korean_wire("(AP) — The governor said"));
        assert!(!may_open_as_korean_wire("[Updated] The council met"));
    }

    #[test]
    fn press_release_datelines() {
        for (text, place, date) in [
            (
                "NEW YORK, March 3, 2025 /PRNewswire/ -- Acme Corp. today announced",
                "NEW YORK",
                Some("2025-03-03"),
            ),
            (
                "MIAMI, 3 de marzo de 2025 /PRNewswire-HISPANIC PR WIRE/ -- Acme anunció hoy",
                "MIAMI",
                Some("2025-03-03"),
            ),
            (
                "TORONTO, March 3, 2025 /CNW/ - Northland Energy Inc. today announced",
                "TORONTO",
                Some("2025-03-03"),
            ),
            (
                "WASHINGTON, DC, UNITED STATES, March 3, 2025 /EINPresswire.com/ -- A bakery",
                "WASHINGTON, DC, UNITED STATES",
                Some("2025-03-03"),
            ),
            (
                "BOSTON, Mass., March 3, 2025 /PRNewswire/ -- Acme",
                "BOSTON, Mass.",
                Some("2025-03-03"),
            ),
            (
                "NEW YORK, March 03, 2025 (GLOBE NEWSWIRE) -- Brightline Software",
                "NEW YORK",
                Some("2025-03-03"),
            ),
            (
                "SAN DIEGO--(BUSINESS WIRE)--Zentra Health, Inc. today reported",
                "SAN DIEGO",
                None,
            ),
        ] {
            let got = press_release_dateline(text);
            assert_eq!(
                got.as_ref().map(|r| r.place.as_str()),
                Some(place),
                "{text}"
            );
            assert_eq!(got.and_then(|r| r.date).as_deref(), date, "{text}");
        }
        // A news agency's dateline, or slashes elsewhere: not a release.
        for text in [
            "WASHINGTON (AP) — The Senate passed a bill",
            "NEW YORK, March 3 (Reuters) - Oil prices rose",
            "NEW YORK, March 3, 2025 (AP) — Stocks fell",
            "WASHINGTON /AP/ — The Senate passed a bill",
            "AND NOW, the 24/7 news cycle -- it never stops",
            "The company said on March 3, 2025 /PRNewswire/ -- that",
            "NEW YORK, March 3, 2025 and other dates /PRNewswire/ -- Acme",
        ] {
            assert!(press_release_dateline(text).is_none(), "{text}");
        }
    }

    #[test]
    fn a_press_release_dateline_gives_the_place_and_the_date() {
        let text =
            "SAN FRANCISCO, March 10, 2025 /PRNewswire/ -- Acme Robotics today announced a robot.";
        let first = &super::super::testing::split(text)[0];
        let mut article = super::super::testing::empty_article();
        find_dateline(&mut article, first);
        assert_eq!(article.dateline.as_deref(), Some("SAN FRANCISCO"));
        assert_eq!(article.published.as_deref(), Some("2025-03-10"));
        // A date found by the headline stays.
        let mut article = super::super::testing::empty_article();
        article.published = Some("2025-03-11".into());
        find_dateline(&mut article, first);
        assert_eq!(article.published.as_deref(), Some("2025-03-11"));
    }

    #[test]
    fn the_sentence_over_a_press_release_dateline_is_the_standfirst() {
        let headline = "Acme Robotics launches warehouse robot for small businesses";
        let summary = "New model costs half as much as existing systems and can be set up in a day";
        let release = "SAN FRANCISCO, March 10, 2025 /PRNewswire/ -- Acme Robotics, a maker of automation systems, today announced the Acme Picker S.";
        let body = "The Acme Picker S can pick and pack up to 400 items an hour and works alongside staff.";
        assert_eq!(
            standfirst_over(&[headline, summary, release, body], Role::Body).as_deref(),
            Some(summary)
        );
        // Over an ordinary first paragraph, or title-cased: not taken.
        let plain =
            "Acme Robotics, a maker of automation systems, today announced the Acme Picker S.";
        assert_eq!(
            standfirst_over(&[headline, summary, plain, body], Role::Body),
            None
        );
        let titled = "New Model Costs Half as Much as Existing Systems and Sets Up in a Day";
        assert_eq!(
            standfirst_over(&[headline, titled, release, body], Role::Body),
            None
        );
    }

    /// The body's texts once the score-line rule ran over `lines` (the
    /// headline first) whose roles are `roles`.
    fn body_with_score_lines(lines: &[&str], roles: &[Role]) -> Vec<String> {
        let blocks = super::super::testing::split(&lines.join("\n\n"));
        let mut roles = roles.to_vec();
        let mut article = super::super::testing::empty_article();
        find_score_lines(&blocks, &mut roles, Some(0), &mut article);
        blocks
            .iter()
            .zip(&roles)
            .filter(|(_, r)| **r == Role::Body)
            .map(|(b, _)| b.text.clone())
            .collect()
    }

    #[test]
    fn a_match_reports_score_line_opens_its_body() {
        use Role::{Body, Byline, Date, Headline, Other};
        let headline = "Saka and Havertz fire Arsenal past Chelsea";
        let text = "Arsenal moved back to the top of the league with a win over Chelsea.";
        let table = "1 Arsenal 28 19 6 3 35 63";
        let lines = [
            headline,
            "Arsenal 2-1 Chelsea",
            "Saka 23', Havertz 67'",
            "By Sam Lee",
            "9 March 2025",
            text,
            "Fulham 1-1 Brighton",
            table,
        ];
        let roles = [Headline, Other, Other, Byline, Date, Body, Other, Other];
        assert_eq!(
            body_with_score_lines(&lines, &roles),
            ["Arsenal 2-1 Chelsea", "Saka 23', Havertz 67'", text]
        );
        // Several results under the headline are a list of them.
        let results = [
            headline,
            "Liverpool 3-0 Everton",
            "Fulham 1-1 Brighton",
            "Newcastle 2-2 Aston Villa",
            text,
        ];
        assert_eq!(
            body_with_score_lines(&results, &[Headline, Other, Other, Other, Body]),
            [text]
        );
    }

    #[test]
    fn a_paragraph_opening_with_a_dateline_over_the_body_is_its_first() {
        let lines = [
            "Senate passes bill to avert government shutdown",
            "By LISA MASCARO",
            "Share",
            "WASHINGTON (AP) — The Senate passed a short-term spending bill late Thursday night.",
            "The vote was 77-13. The House approved the measure earlier in the day.",
        ];
        let blocks = super::super::testing::split(&lines.join("\n\n"));
        let mut roles = vec![
            Role::Headline,
            Role::Byline,
            Role::Other,
            Role::Other,
            Role::Body,
        ];
        let mut article = super::super::testing::empty_article();
        find_opening_paragraph(&blocks, &mut roles, Some(0), &mut article);
        assert_eq!(roles[2..], [Role::Other, Role::Body, Role::Body]);
        // A short line, or one with no dateline: left out.
        let mut roles = vec![
            Role::Headline,
            Role::Byline,
            Role::Other,
            Role::Other,
            Role::Body,
        ];
        let blocks =
            super::super::testing::split(&lines.join("\n\n").replace("WASHINGTON (AP) — ", ""));
        find_opening_paragraph(&blocks, &mut roles, Some(0), &mut article);
        assert_eq!(roles[3], Role::Other);
        let blocks = super::super::testing::split(
            "Title\n\nNEW YORK — Live\n\nThe text of the article goes on here.",
        );
        let mut roles = vec![Role::Headline, Role::Other, Role::Body];
        find_opening_paragraph(&blocks, &mut roles, Some(0), &mut article);
        assert_eq!(roles[1], Role::Other);
    }
}
