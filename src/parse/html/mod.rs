//! The HTML pipeline (scraper): parse the page once, read the metadata
//! (JSON-LD, meta tags, microdata, then the visible page), flatten the DOM
//! into text blocks, pick the article's blocks by scoring, clean them, and
//! fill the [`Article`].

mod body;
mod dom;
mod header;
mod jsonld;
mod metadata;
mod origins;
mod prefilter;
mod rules;
mod selectors;
mod title;

use scraper::Html;
use std::collections::HashSet;

use crate::article::{Article, Author, Image, RelatedLink};
use crate::parse::provenance::Rule;
use crate::parse::{byline, date};
use body::Selection;
use dom::{Block, Kind, Options, Page};
use metadata::Metadata;

/// Most images kept per article: galleries can hold hundreds.
const MAX_IMAGES: usize = 30;

/// Fills `article` from the HTML page `html`. `page_url` is where the page
/// came from, when known (a URL import): relative links resolve against it
/// when the page names no `<base>` or canonical URL.
pub fn extract(html: &str, page_url: Option<&str>, article: &mut Article) {
    let stripped = prefilter::strip_inert(html);
    let doc = Html::parse_document(&prefilter::cap_nesting(&stripped));
    let mut md = metadata::read(&doc);
    if md.base.is_none() {
        md.base = page_url.map(str::to_string);
    }
    let chosen = title::choose(
        &md.titles,
        md.page_title.as_deref(),
        md.ld_headline.as_deref(),
        &md.h1s,
        md.site_name.as_deref(),
        // A page without its own URL is still named by its logo's link home.
        md.url.as_deref().or(md.home_url.as_deref()),
    );
    let headline = chosen.as_ref().map(|h| h.text.clone());
    // The heading as the page prints it, to find the header and to drop
    // from the body.
    let shown = chosen
        .as_ref()
        .map(|h| h.shown.clone().unwrap_or_else(|| h.text.clone()));

    let strict = dom::walk(
        doc.root_element(),
        Options {
            strip_unlikely: true,
        },
    );
    let strict_sel = body::select(&strict);
    let lenient;
    let (page, selection, pass) = if strict_sel.chars >= rules::MIN_ARTICLE_CHARS {
        (&strict, strict_sel, origins::STRICT_PASS)
    } else {
        lenient = dom::walk(
            doc.root_element(),
            Options {
                strip_unlikely: false,
            },
        );
        let lenient_sel = body::select(&lenient);
        if lenient_sel.chars > strict_sel.chars {
            (&lenient, lenient_sel, origins::LENIENT_PASS)
        } else {
            (&strict, strict_sel, origins::STRICT_PASS)
        }
    };

    let header = shown
        .as_deref()
        .map(|h| header::read(&doc, h))
        .unwrap_or_default();
    let (mut names, mut authors_rule) = authors(&md, &header);
    let mut cleaned = Vec::new();
    let headlines: Vec<&str> = headline
        .iter()
        .chain(shown.iter())
        .map(String::as_str)
        .collect();
    let mut body = clean_blocks(page, &selection, &headlines, &names, &mut cleaned);
    let body_byline = cleaned
        .iter()
        .filter(|(_, rule)| *rule == Rule::HtmlBylineOrDate)
        .find_map(|(i, _)| byline::parse(&page.blocks[*i].text))
        .filter(|b| !tidy_names(&b.authors).is_empty());
    if let Some(b) = &body_byline
        && (names.is_empty() || authors_rule == Rule::HtmlOrganization)
    {
        names = tidy_names(&b.authors);
        authors_rule = Rule::HtmlBodyByline;
    }
    let (byline_text, byline_rule) = printed_byline(&md, &header, body_byline.as_ref(), &names);
    article.byline = byline_text;
    article.standfirst = take_standfirst(
        page,
        &selection,
        &mut body,
        md.description.as_deref(),
        headline.as_deref(),
    );
    article.body = body;
    article.headline = headline;
    article.authors = names
        .into_iter()
        .map(|name| Author { name, bio: None })
        .collect();
    let (published, published_rule) = match (published(&md, &header), originally_published(page)) {
        ((chosen, _), Some(first))
            if chosen
                .as_deref()
                .is_none_or(|c| first.get(..10) < c.get(..10)) =>
        {
            (Some(first), origins::Published::Originally)
        }
        (chosen, _) => chosen,
    };
    article.published = published;
    article.updated = md.updated.clone();
    article.site_name = md.site_name.clone();
    article.url = md.url.clone();
    article.language = md.language.clone();
    let (images, image_rules) = images(page, &selection, &md);
    article.images = images;
    article.related = related(&doc, &md);

    origins::record(
        article,
        &origins::Decisions {
            headline: chosen.map(|h| h.rule),
            authors: authors_rule,
            byline: byline_rule,
            published: published_rule,
            images: image_rules,
            pass,
            md: &md,
            page,
            selection: &selection,
            cleaned: &cleaned,
        },
    );
}

/// The authors: the first source (in order of trust, the visible byline
/// under the headline first) that names a person rather than the site or
/// its publisher; organisations only when no person is named anywhere.
fn authors(md: &Metadata, header: &header::Header) -> (Vec<String>, Rule) {
    let mut candidates = md.author_candidates.clone();
    let visible = header.authors();
    if !visible.is_empty() {
        candidates.insert(0, (metadata::Step::Header, visible));
    }
    for (_, names) in &mut candidates {
        *names = tidy_names(names);
    }
    candidates.retain(|(_, names)| !names.is_empty());
    let orgs: Vec<String> = md
        .organizations
        .iter()
        .map(String::as_str)
        .chain(md.site_name.as_deref())
        .chain(md.publisher.as_deref())
        .map(norm)
        .chain(host_label(md.url.as_deref()))
        .filter(|o| !o.is_empty())
        .collect();
    let is_org = |name: &String| {
        let n = norm(name);
        orgs.iter()
            .any(|o| *o == n || (n.len() >= 4 && o.contains(&n)))
    };
    let people_of = |names: &[String]| -> Vec<String> {
        names.iter().filter(|n| !is_org(n)).cloned().collect()
    };
    for (step, names) in &candidates {
        let people = people_of(names);
        if people.is_empty() {
            continue;
        }
        // A byline that prints only the first of the authors the
        // article's JSON-LD lists in full ("By Stella Kim" over two
        // authors): the full list. Only JSON-LD: author links and
        // elements elsewhere on the page name the authors of other
        // stories too.
        let keys: HashSet<String> = people.iter().map(|n| norm(n)).collect();
        let fuller = candidates
            .iter()
            .filter(|(other, _)| *other == metadata::Step::JsonLd)
            .find_map(|(other, names)| {
                let more = people_of(names);
                let other_keys: HashSet<String> = more.iter().map(|n| norm(n)).collect();
                (other_keys.len() > keys.len() && other_keys.is_superset(&keys))
                    .then_some((*other, more))
            });
        let spelled = || {
            spelled_out(&people, &candidates)
                .filter(|(_, full)| people_of(full).len() == full.len())
        };
        if let Some((other, full)) = fuller.or_else(spelled) {
            return (full, origins::step_rule(other));
        }
        return (people, origins::step_rule(*step));
    }
    if let Some((step, names)) = candidates.into_iter().next() {
        return (names, origins::step_rule(step));
    }
    if md.organizations.is_empty()
        && let Some(owner) = personal_site_owner(md)
    {
        return (vec![owner], Rule::HtmlPersonalSite);
    }
    (md.organizations.clone(), Rule::HtmlOrganization)
}

/// Sources of structured author names, which spell out a name the page
/// prints as a handle.
const STRUCTURED_AUTHOR_STEPS: &[metadata::Step] = &[metadata::Step::JsonLd, metadata::Step::Meta];

/// Shortest first name looked for inside a handle: shorter ones ("Al")
/// are found inside unrelated words.
const MIN_HANDLE_FIRST_NAME_CHARS: usize = 3;

/// The full name the article's structured data gives for a lone one-word
/// name printed on the page: a user handle or a first name that holds the
/// structured name's first word ("TurboTaxLisa" or "Lisa" for "Lisa
/// Greene-Lewis").
fn spelled_out(
    people: &[String],
    candidates: &[(metadata::Step, Vec<String>)],
) -> Option<(metadata::Step, Vec<String>)> {
    let [handle] = people else {
        return None;
    };
    if handle.split_whitespace().count() != 1 {
        return None;
    }
    let handle = handle.to_lowercase();
    candidates
        .iter()
        .filter(|(step, _)| STRUCTURED_AUTHOR_STEPS.contains(step))
        .find_map(|(step, names)| {
            let [full] = names.as_slice() else {
                return None;
            };
            let first = full.split_whitespace().next()?.to_lowercase();
            (full.split_whitespace().count() >= MIN_NAME_WORDS
                && first.chars().count() >= MIN_HANDLE_FIRST_NAME_CHARS
                && handle.contains(&first))
            .then(|| (*step, names.clone()))
        })
}

/// The person a personal site is named after: a site name that reads as a
/// person's name and whose host spells it ("Polly Barks" on
/// pollybarks.com, "Owain Brennan" on owain.bearblog.dev).
fn personal_site_owner(md: &Metadata) -> Option<String> {
    let site = md.site_name.as_deref()?.trim();
    let words: Vec<&str> = site.split_whitespace().collect();
    if !(2..=3).contains(&words.len())
        || !byline::looks_like_name(site)
        || words
            .iter()
            .any(|w| rules::ORGANIZATION_WORDS.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    let url = md.url.as_deref().or(md.base.as_deref())?;
    let host = norm(url.split_once("://")?.1.split(['/', ':', '?']).next()?);
    let first = norm(words[0]);
    (first.chars().count() >= 3 && host.contains(&first)).then(|| site.to_string())
}

/// The byline as the page prints it, and the rule that found it: the
/// "By …" line after the headline, else one opening the article text,
/// else a byline element. The line must name one of the article's
/// authors, and is cut after the last name it gives (what follows is a
/// date, a job title or share buttons, kept in their own fields).
fn printed_byline(
    md: &Metadata,
    header: &header::Header,
    body_byline: Option<&byline::Byline>,
    authors: &[String],
) -> (Option<String>, Option<Rule>) {
    let candidates = [
        (header.byline().map(|b| b.text), Rule::HtmlHeader),
        (body_byline.map(|b| b.text.clone()), Rule::HtmlBodyByline),
        (md.byline.clone(), Rule::HtmlDomHint),
    ];
    candidates
        .into_iter()
        .find_map(|(text, rule)| Some((Some(up_to_names(&text?, authors)?), Some(rule))))
        .unwrap_or((None, None))
}

/// `line` up to the end of the last of `names` it prints (compared
/// without regard to ASCII case), trailing separators trimmed; `None`
/// when it prints none of them.
fn up_to_names(line: &str, names: &[String]) -> Option<String> {
    let end = names
        .iter()
        .filter(|n| !n.is_empty())
        .filter_map(|n| {
            line.as_bytes()
                .windows(n.len())
                .position(|w| w.eq_ignore_ascii_case(n.as_bytes()))
                .map(|at| at + n.len())
        })
        .max()?;
    let cut = line.get(..end)?;
    Some(
        cut.trim_end_matches(|c: char| c.is_whitespace() || ",|·•–—-".contains(c))
            .to_string(),
    )
}

/// A month or weekday name or short form, lowercase ("sat", "dec").
fn is_calendar_word(word: &str) -> bool {
    date::is_english_month(word) || rules::WEEKDAY_WORDS.contains(&word)
}

/// `names` without template labels around them, and without entries
/// that are credentials, job titles or date words rather than people.
fn tidy_names(names: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        let mut name = name.trim();
        for label in rules::AUTHOR_LEAD_LABELS {
            if name.len() > label.len()
                && name.is_char_boundary(label.len())
                && name[..label.len()].eq_ignore_ascii_case(label)
            {
                name = name[label.len()..].trim();
            }
        }
        for label in rules::AUTHOR_TRAIL_LABELS {
            let cut = name.len().saturating_sub(label.len());
            if cut > 0 && name.is_char_boundary(cut) && name[cut..].eq_ignore_ascii_case(label) {
                name = name[..cut].trim();
            }
        }
        let name = without_trailing_title(without_credit(name));
        let key = norm(name);
        let lower = name.to_lowercase();
        if key.is_empty()
            || metadata::is_credential(name)
            || rules::ROLE_ONLY.contains(&key.as_str())
            || is_calendar_word(lower.trim_matches(|c: char| !c.is_alphanumeric()))
            || out.iter().any(|o| norm(o) == key)
        {
            continue;
        }
        out.push(name.to_string());
    }
    out
}

/// `name` without a credit for someone else printed after it ("Rob
/// Ewaschuk Edited by Betsy Beyer": the editor is not an author).
fn without_credit(name: &str) -> &str {
    let lower = crate::parse::lowercase_keeping_offsets(name);
    crate::parse::rules::CREDIT_OPENERS
        .iter()
        .filter_map(|opener| lower.find(&format!(" {opener} ")))
        .min()
        .map_or(name, |at| name[..at].trim_end())
}

/// Fewest name words kept in front of a cut title or organisation.
const MIN_NAME_WORDS: usize = 2;

/// `name` without a job title or an organisation in capitals printed after
/// it ("Matt Check Head Winemaker", "Brian Truitt USA TODAY"); at least
/// two name words stay.
fn without_trailing_title(name: &str) -> &str {
    let words: Vec<(usize, &str)> = name
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - name.as_ptr() as usize, w))
        .collect();
    let lower_alpha = |w: &str| -> String {
        w.chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let has_lower =
        |ws: &[(usize, &str)]| ws.iter().any(|(_, w)| w.chars().any(char::is_lowercase));
    for i in MIN_NAME_WORDS..words.len() {
        let (at, word) = words[i];
        let title = rules::TITLE_OPENERS.contains(&lower_alpha(word).as_str());
        let caps = words[i..].iter().all(|(_, w)| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
                && !rules::NAME_SUFFIXES.contains(w)
        });
        if title || caps && has_lower(&words[..i]) {
            return name[..at].trim_end();
        }
    }
    name
}

/// "example" for "`https://www.example.co.uk/x`": the site's name as its
/// host spells it.
fn host_label(url: Option<&str>) -> Option<String> {
    let host = url?.split_once("://")?.1.split(['/', ':', '?']).next()?;
    let parts: Vec<&str> = host.split('.').collect();
    let label = parts
        .iter()
        .rev()
        .find(|p| p.len() > 3 || parts.len() <= 2)
        .copied()?;
    Some(norm(label))
}

/// The publication date: the date printed by the headline (what readers
/// see), else the metadata chain; the metadata's full timestamp is kept
/// when both name the same day or moment. A printed date that is labelled
/// as an update, or that is the metadata's modification day while the
/// metadata names another publication day, yields to the metadata.
fn published(md: &Metadata, header: &header::Header) -> (Option<String>, origins::Published) {
    use origins::Published;
    match (header.date(), md.published.clone()) {
        (Some(seen), Some(meta))
            if same_day(&seen.value, &meta)
                || same_instant(&seen.value, &meta)
                || day_of_instant_somewhere(&seen.value, &meta) =>
        {
            (Some(meta), Published::SameDay)
        }
        (Some(seen), Some(meta)) if seen.updated => (Some(meta), Published::Metadata),
        (Some(seen), Some(meta))
            if md
                .updated
                .as_deref()
                .is_some_and(|u| same_day(&seen.value, u) && !same_day(u, &meta)) =>
        {
            (Some(meta), Published::SeenIsUpdate)
        }
        (Some(seen), _) => (Some(seen.value), Published::Header),
        (None, meta) => (meta, Published::Metadata),
    }
}

/// The date a sentence on the page gives as the first publication ("This
/// article was originally published on 26 Sep 2019 …", a disclaimer on
/// republished or regularly updated pages), when the date follows the
/// phrase within `ORIGINALLY_PUBLISHED_GAP` bytes ("originally published
/// at example.com on …" names another site's copy).
fn originally_published(page: &Page<'_>) -> Option<String> {
    page.blocks.iter().find_map(|block| {
        rules::ORIGINALLY_PUBLISHED
            .find_iter(&block.text)
            .find_map(|phrase| {
                let found = date::find_all_forms(&block.text[phrase.end()..])?;
                (found.range.start <= crate::parse::rules::ORIGINALLY_PUBLISHED_GAP)
                    .then_some(found.value)
            })
    })
}

/// True when two normalised dates (`YYYY-MM-DD…`) name the same day as
/// written.
fn same_day(a: &str, b: &str) -> bool {
    a.len() >= 10 && b.len() >= 10 && a.as_bytes()[..10] == b.as_bytes()[..10]
}

/// Hours east and west of UTC that local times reach (UTC-12 to UTC+14).
const ZONE_SPAN_HOURS: (i64, i64) = (12, 14);

/// True when `day` is a bare `YYYY-MM-DD` that the timestamp `instant`
/// falls on in some time zone: a page printing "6/13/2018" for
/// "2018-06-12T23:00:00Z" prints the same moment in its own zone.
fn day_of_instant_somewhere(day: &str, instant: &str) -> bool {
    let (Ok(day), Ok(instant)) = (
        chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d"),
        chrono::DateTime::parse_from_rfc3339(instant),
    ) else {
        return false;
    };
    let utc = instant.naive_utc();
    let earliest = (utc - chrono::Duration::hours(ZONE_SPAN_HOURS.0)).date();
    let latest = (utc + chrono::Duration::hours(ZONE_SPAN_HOURS.1)).date();
    (earliest..=latest).contains(&day)
}

/// Seconds apart two timestamps may be and still name one moment: pages
/// print the publication time rounded, or a second after the metadata's.
const SAME_INSTANT_SECS: i64 = 60;

/// True when two RFC 3339 timestamps name the same moment, whatever their
/// offsets ("2026-02-22T19:57:30-05:00" and "2026-02-23T00:57:30Z").
fn same_instant(a: &str, b: &str) -> bool {
    match (
        chrono::DateTime::parse_from_rfc3339(a),
        chrono::DateTime::parse_from_rfc3339(b),
    ) {
        (Ok(a), Ok(b)) => (a - b).num_seconds().abs() <= SAME_INSTANT_SECS,
        _ => false,
    }
}

/// Lowercase letters and digits only, for comparing texts.
pub(super) fn norm(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Selected blocks that repeat an earlier long block word for word: an
/// article does not repeat a paragraph, but pages print a second copy of
/// it (mobile and desktop layouts), carousels clone their slides and calls
/// to action come back. The first copy stays. A few repeated blocks are
/// kept (see `MIN_REPEATED_BLOCKS`).
fn repeated_blocks(page: &Page<'_>, sel: &Selection) -> HashSet<usize> {
    let mut seen = HashSet::new();
    let mut repeated = HashSet::new();
    for &i in &sel.blocks {
        let block = &page.blocks[i];
        // Headings repeat legitimately: a table of contents in the text.
        let heading = matches!(block.kind, Kind::Heading(_));
        if !heading && block.chars >= rules::MIN_REPEATED_CHARS && !seen.insert(norm(&block.text)) {
            repeated.insert(i);
        }
    }
    if repeated.len() < rules::MIN_REPEATED_BLOCKS {
        repeated.clear();
    }
    repeated
}

/// The selected blocks as body paragraphs, without captions, link lists,
/// furniture, the headline (as chosen or as printed) and the byline.
fn clean_blocks(
    page: &Page<'_>,
    sel: &Selection,
    headlines: &[&str],
    authors: &[String],
    dropped: &mut Vec<(usize, Rule)>,
) -> Vec<String> {
    let headlines: Vec<String> = headlines
        .iter()
        .map(|h| norm(h))
        .filter(|h| !h.is_empty())
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut seen_prose = false;
    let repeated = repeated_blocks(page, sel);
    for &i in &sel.blocks {
        let block = &page.blocks[i];
        let n = norm(&block.text);
        let why = if repeated.contains(&i) {
            Some(Rule::HtmlRepeatedBlock)
        } else if block.kind == Kind::Caption || is_credited_caption(&block.text) {
            Some(Rule::HtmlCaption)
        } else if is_link_block(page, block) {
            Some(Rule::HtmlLinkBlock)
        } else if is_furniture(&block.text) {
            Some(Rule::HtmlFurniture)
        } else if n.is_empty() {
            continue;
        } else if headlines.contains(&n) {
            Some(Rule::HtmlHeadlineRepeat)
        } else if !seen_prose && is_byline_or_date(&block.text, authors) {
            Some(Rule::HtmlBylineOrDate)
        } else {
            None
        };
        if let Some(rule) = why {
            dropped.push((i, rule));
            continue;
        }
        seen_prose |= block.chars >= rules::MIN_SCORED_CHARS && block.kind != Kind::Heading(1);
        out.push(block.text.clone());
    }
    out
}

/// Longest caption recognised by its credit line.
const MAX_CREDITED_CAPTION_CHARS: usize = 300;

/// How near its end (bytes) a caption prints its credit label.
const CREDIT_REACH: usize = 40;

/// Labels of a picture credit that ends a caption, lowercase, without the
/// colon ("… drought-prone Barind tract. Photo : BSS").
const CREDIT_LABELS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "image",
    "picture",
    "credit",
    "foto",
];

/// A caption set as a plain block (no `<figcaption>`): short, and ending
/// with a credit ("Photo: Agency").
fn is_credited_caption(text: &str) -> bool {
    let text = text.trim();
    if text.chars().count() > MAX_CREDITED_CAPTION_CHARS {
        return false;
    }
    let lower = text.to_lowercase();
    let mut from = lower.len().saturating_sub(CREDIT_REACH);
    while !lower.is_char_boundary(from) {
        from += 1;
    }
    let tail = &lower[from..];
    let Some(colon) = tail.rfind(':') else {
        return false;
    };
    let label = tail[..colon].trim_end();
    let credit = tail[colon + 1..].trim();
    !credit.is_empty()
        && credit.split_whitespace().count() <= 4
        && CREDIT_LABELS.iter().any(|l| {
            label.ends_with(l)
                && label[..label.len() - l.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
}

/// A block that is mostly links; a linked cell of a data table (a title
/// in a list of works) is data, not navigation.
fn is_link_block(page: &Page<'_>, block: &Block) -> bool {
    block.kind != Kind::Pre
        && block.link_density() > rules::MAX_BLOCK_LINK_DENSITY
        && !(block.kind == Kind::Cell && in_data_table(page, block.owner))
}

/// Levels from a cell up to its table (cell, row, row group, table).
const CELL_TO_TABLE_LEVELS: usize = 4;

/// True when element `elem` sits in a data table.
fn in_data_table(page: &Page<'_>, elem: usize) -> bool {
    let mut current = Some(elem);
    for _ in 0..CELL_TO_TABLE_LEVELS {
        let Some(i) = current else { return false };
        if page.elems[i].tag == "table" {
            return page.elems[i].is_data_table();
        }
        current = page.elems[i].parent;
    }
    false
}

/// Share buttons, "Advertisement", "Read more" and similar page furniture.
fn is_furniture(text: &str) -> bool {
    let lower = text.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    if rules::BOILERPLATE_PHRASES.contains(&bare) {
        return true;
    }
    text.chars().count() <= rules::MAX_FURNITURE_CHARS
        && rules::FURNITURE_PREFIXES
            .iter()
            .any(|p| lower.starts_with(p))
}

/// Longest byline or dateline block dropped from the top of the body.
const MAX_BYLINE_BLOCK_CHARS: usize = 120;

/// A byline ("By Jane Doe"), an author's name alone, or a date line
/// standing before the article's first paragraph.
fn is_byline_or_date(text: &str, authors: &[String]) -> bool {
    if text.chars().count() > MAX_BYLINE_BLOCK_CHARS {
        return false;
    }
    if byline::parse(text).is_some() {
        return true;
    }
    let n = norm(text);
    if authors.iter().any(|a| {
        let a = norm(a);
        !a.is_empty() && (n == a || n.starts_with(&a) && n.len() < a.len() + 40)
    }) {
        return true;
    }
    date::find(text).is_some_and(|m| {
        let before = text[..m.range.start].split_whitespace().count();
        m.range.len() * 2 >= text.trim().len()
            || (before <= MAX_DATE_LABEL_WORDS && opens_with_label(text))
    })
}

/// Most words before a labelled date line's date: the label and a weekday
/// ("Published Thursday 27 July 2017", "Last updated on 3 May 2024"). A
/// line that names people first ("Posted by A, B and C on …") is text the
/// article prints.
const MAX_DATE_LABEL_WORDS: usize = 3;

/// `text` opens with a publication or update label ("Published March
/// 12, 2025 14:30", "Updated: …"), past one word at most ("Last updated").
fn opens_with_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    let second = lower.split_whitespace().nth(1).unwrap_or("");
    [lower.as_str(), second].iter().any(|w| {
        crate::parse::rules::PUBLISHED_LABELS
            .iter()
            .chain(crate::parse::rules::UPDATE_LABELS)
            .any(|label| w.starts_with(label))
    })
}

/// Moves the standfirst out of the body: the description the page's
/// metadata gives, when it is also the body's first block or is printed
/// just before the body, and is not the headline again.
fn take_standfirst(
    page: &Page<'_>,
    sel: &Selection,
    body: &mut Vec<String>,
    description: Option<&str>,
    headline: Option<&str>,
) -> Option<String> {
    let description = description?;
    let d = norm(description);
    if d.is_empty() || headline.is_some_and(|h| norm(h) == d) {
        return None;
    }
    if body.first().is_some_and(|b| norm(b) == d) {
        return Some(body.remove(0));
    }
    let first = sel.blocks.first().copied().unwrap_or(page.blocks.len());
    page.blocks[..first]
        .iter()
        .rev()
        .find(|b| norm(&b.text) == d)
        .map(|b| b.text.clone())
}

/// Images inside the article, with captions from their `<figure>`; the
/// page's lead image when the article holds none. Also says, per image,
/// which of the two it is.
fn images(page: &Page<'_>, sel: &Selection, md: &Metadata) -> (Vec<Image>, Vec<Rule>) {
    let mut out: Vec<Image> = Vec::new();
    for img in page.images.iter().filter(|i| sel.contains_elem(i.elem)) {
        let src = img.src.as_deref().map(|s| absolute(s, md.base.as_deref()));
        if src.is_some() && out.iter().any(|o| o.src == src) {
            continue;
        }
        let caption = img.figure.and_then(|f| {
            page.blocks
                .iter()
                .filter(|b| b.kind == Kind::Caption && b.figure == Some(f))
                .map(|b| b.text.as_str())
                .reduce(|a, _| a)
                .map(str::to_string)
        });
        out.push(Image {
            caption,
            alt: img.alt.clone(),
            src,
        });
        if out.len() >= MAX_IMAGES {
            break;
        }
    }
    let mut rules = vec![Rule::HtmlFigure; out.len()];
    if out.is_empty()
        && let Some(lead) = &md.lead_image
    {
        out.push(Image {
            caption: None,
            alt: None,
            src: Some(absolute(lead, md.base.as_deref())),
        });
        rules.push(Rule::HtmlLeadImage);
    }
    (out, rules)
}

/// `href` resolved against `base`; unchanged when it cannot be resolved.
fn absolute(href: &str, base: Option<&str>) -> String {
    let href = href.trim();
    if let Ok(url) = url::Url::parse(href) {
        return url.to_string();
    }
    base.and_then(|b| url::Url::parse(b).ok())
        .and_then(|b| b.join(href).ok())
        .map_or_else(|| href.to_string(), |u| u.to_string())
}

/// Containers with more links than this are page sections, not a
/// related-articles list.
const MAX_RELATED_CONTAINER_LINKS: usize = 40;

/// Related-article teasers: links in containers named "related" and the
/// like, with absolute URLs.
fn related(doc: &Html, md: &Metadata) -> Vec<RelatedLink> {
    let mut out: Vec<RelatedLink> = Vec::new();
    for container in doc.select(&selectors::RELATED) {
        if matches!(container.value().name(), "body" | "html") {
            continue;
        }
        let links: Vec<_> = container.select(&selectors::A_HREF).collect();
        if links.len() > MAX_RELATED_CONTAINER_LINKS {
            continue;
        }
        for link in links {
            let title = metadata::text_of(link);
            let href = link.attr("href").unwrap_or("").trim();
            if title.split_whitespace().count() < rules::MIN_RELATED_WORDS
                || href.is_empty()
                || href.starts_with('#')
                || href.starts_with("javascript:")
            {
                continue;
            }
            let url = absolute(href, md.base.as_deref());
            if md.url.as_deref() == Some(url.as_str())
                || out.iter().any(|r| r.url.as_deref() == Some(url.as_str()))
            {
                continue;
            }
            out.push(RelatedLink {
                title,
                label: None,
                url: Some(url),
            });
            if out.len() >= rules::MAX_RELATED {
                return out;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Format, SourceInfo};

    fn parse(html: &str) -> Article {
        let mut article = Article::new(SourceInfo {
            location: "t.html".into(),
            format: Format::Html,
            sha256: "0".repeat(64),
            imported_at: "2026-01-01T00:00:00Z".into(),
        });
        extract(html, None, &mut article);
        article
    }

    /// A labelled date line above the text leaves the body, however much
    /// else it holds; a line that names people before its date stays.
    #[test]
    fn labelled_date_lines_above_the_text() {
        for line in [
            "Published Thursday 27 July 2017 Published Thu 27 Jul 2017",
            "Last updated on 3 May 2024, 14:30 local time",
        ] {
            assert!(is_byline_or_date(line, &[]), "{line}");
        }
        for line in [
            "Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15, all of them",
            "The council met on 3 May 2024 to vote on the budget and the bridge.",
        ] {
            assert!(!is_byline_or_date(line, &[]), "{line}");
        }
    }

    #[test]
    fn a_byline_naming_the_first_author_takes_the_full_list() {
        let page = |ld: &str| {
            format!(
                r#"<html><head><title>Big news today | Site</title>
                <script type="application/ld+json">{{"@type":"NewsArticle","headline":"Big news today","author":[{ld}]}}</script>
                </head><body><article><h1>Big news today</h1><p>By Stella Kim</p><p>{PARA}</p><p>{PARA} Two.</p></article></body></html>"#
            )
        };
        let names = |a: &Article| a.authors.iter().map(|x| x.name.clone()).collect::<Vec<_>>();
        let both =
            r#"{"@type":"Person","name":"Stella Kim"},{"@type":"Person","name":"Jennifer Jett"}"#;
        assert_eq!(names(&parse(&page(both))), ["Stella Kim", "Jennifer Jett"]);
        // Another source naming other people does not replace the byline.
        let other =
            r#"{"@type":"Person","name":"Jennifer Jett"},{"@type":"Person","name":"Bo Park"}"#;
        assert_eq!(names(&parse(&page(other))), ["Stella Kim"]);
    }

    #[test]
    fn repeated_groups_of_blocks_keep_their_first_copy() {
        let cta = "Start your free trial today and grow your business with us!";
        let news = "Get the latest articles delivered to your inbox every week.";
        let quote = "I cannot stop listening to this podcast, it changed my life.";
        let more = "Incredibly informative, the best source of health information.";
        let group =
            format!("<p>{cta}</p><p>{news}</p><blockquote>{quote}</blockquote><p>{more}</p>");
        let html = format!(
            "<html><body><article><p>{PARA}</p>{group}<p>{PARA} Two.</p>{group}</article></body></html>"
        );
        let a = parse(&html);
        assert_eq!(
            a.body,
            [PARA, cta, news, quote, more, &format!("{PARA} Two.")]
        );
        // One line printed twice is the writer's.
        let html = format!(
            "<html><body><article><p>{PARA}</p><p>{cta}</p><p>{PARA} Two.</p>\
             <p>{cta}</p></article></body></html>"
        );
        assert_eq!(parse(&html).body.len(), 4);
    }

    const PARA: &str = "Officials said on Tuesday that the new bridge, which took six years to build, would open to traffic next month.";

    /// A news page with every kind of metadata, furniture around the
    /// article and a related link.
    fn whole_page_html() -> String {
        format!(
            r#"<!doctype html><html lang="en"><head><title>Bridge opens | City Times</title>
            <meta property="og:site_name" content="City Times">
            <link rel="canonical" href="https://citytimes.example/2024/05/06/bridge">
            <meta property="article:published_time" content="2024-05-06T08:00:00-04:00"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Bridge opens</h1>
            <p class="byline">By Ann Poe and Bob Roe</p>
            <figure><img src="/img/b.jpg" alt="The bridge"><figcaption>The new bridge.</figcaption></figure>
            <p>{PARA}</p><p>{PARA} Again.</p><p>{PARA} Still.</p><p>Share this article</p></article>
            <div class="related"><a href="/2024/05/05/other">Another story about the city council</a></div>
            <footer>Copyright</footer></body></html>"#
        )
    }

    #[test]
    fn whole_page() {
        let html = whole_page_html();
        let a = parse(&html);
        assert_eq!(a.headline.as_deref(), Some("Bridge opens"));
        assert_eq!(
            a.body,
            [
                PARA.to_string(),
                format!("{PARA} Again."),
                format!("{PARA} Still.")
            ]
        );
        let names: Vec<_> = a.authors.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Ann Poe", "Bob Roe"]);
        assert_eq!(a.published.as_deref(), Some("2024-05-06T08:00:00-04:00"));
        assert_eq!(a.site_name.as_deref(), Some("City Times"));
        assert_eq!(a.language.as_deref(), Some("en"));
        assert_eq!(a.images.len(), 1);
        assert_eq!(
            a.images[0].src.as_deref(),
            Some("https://citytimes.example/img/b.jpg")
        );
        assert_eq!(a.images[0].caption.as_deref(), Some("The new bridge."));
        assert_eq!(a.related.len(), 1);
        assert_eq!(
            a.related[0].url.as_deref(),
            Some("https://citytimes.example/2024/05/05/other")
        );
    }

    #[test]
    fn relative_links_resolve_against_the_page_url() {
        let html = format!(
            r#"<html><body><article><h1>Bridge opens</h1><p>{PARA}</p><p>{PARA}</p>
            <figure><img src="b.jpg"></figure></article></body></html>"#
        );
        let mut a = parse(&html);
        assert_eq!(a.images[0].src.as_deref(), Some("b.jpg"));
        extract(&html, Some("https://e.example/news/x.html"), &mut a);
        assert_eq!(
            a.images[0].src.as_deref(),
            Some("https://e.example/news/b.jpg")
        );
    }

    #[test]
    fn a_printed_handle_takes_the_structured_full_name() {
        let c = |step, names: &[&str]| {
            (
                step,
                names.iter().map(|n| n.to_string()).collect::<Vec<_>>(),
            )
        };
        use metadata::Step::{Header, JsonLd, Meta};
        for (printed, structured, want) in [
            (
                "TurboTaxLisa",
                c(Meta, &["Lisa Greene-Lewis"]),
                Some("Lisa Greene-Lewis"),
            ),
            (
                "Lisa",
                c(JsonLd, &["Lisa Greene-Lewis"]),
                Some("Lisa Greene-Lewis"),
            ),
            // Another person, two people, or a name already in full.
            ("TurboTaxLisa", c(Meta, &["Ann Poe"]), None),
            ("Lisa", c(Meta, &["Lisa Greene-Lewis", "Ann Poe"]), None),
            ("Lisa Greene", c(Meta, &["Lisa Greene-Lewis"]), None),
            // Too short a first name to look for.
            ("Alfie", c(Meta, &["Al Roe"]), None),
            // Only structured data spells a name out.
            ("Lisa", c(Header, &["Lisa Greene-Lewis"]), None),
        ] {
            let people = vec![printed.to_string()];
            let got = spelled_out(&people, &[structured]);
            assert_eq!(got.as_ref().map(|(_, n)| n[0].as_str()), want, "{printed}");
        }
    }

    #[test]
    fn names_are_tidied() {
        let cases: &[(&[&str], &[&str])] = &[
            (&["Tracy Parker", "Dietitian"], &["Tracy Parker"]),
            (&["Matthew Frankel", "CFP"], &["Matthew Frankel"]),
            (&["Sat"], &[]),
            (&["Read more about The Upwork Team"], &["The Upwork Team"]),
            (
                &["Spencer McIntyre", "Spencer McIntyre Author Posts"],
                &["Spencer McIntyre"],
            ),
            (&["Author Posted by Soliant"], &["Soliant"]),
            (&["May Smith"], &["May Smith"]),
            (&["Matt Check Head Winemaker"], &["Matt Check"]),
            (&["Brian Truitt USA TODAY"], &["Brian Truitt"]),
            (&["JEFFREY GETTLEMAN"], &["JEFFREY GETTLEMAN"]),
            (&["John Smith III"], &["John Smith III"]),
            (&["Harry Rabinowitz Tech Reporter"], &["Harry Rabinowitz"]),
            (&["Rob Ewaschuk Edited by Betsy Beyer"], &["Rob Ewaschuk"]),
            (&["Ann Lee Medically reviewed by Dr Bo Park"], &["Ann Lee"]),
            (&["Edited by Betsy Beyer"], &["Edited by Betsy Beyer"]),
        ];
        for (input, want) in cases {
            let input: Vec<String> = input.iter().map(|s| s.to_string()).collect();
            assert_eq!(tidy_names(&input), *want, "{input:?}");
        }
    }

    #[test]
    fn linked_cells_of_data_tables_stay() {
        let rows: String = (0..3)
            .map(|i| format!("<tr><td><a href=/f{i}>Film number {i}</a></td><td>19{i}7</td></tr>"))
            .collect();
        let html = format!(
            "<html><body><article><p>{PARA}</p><p>{PARA}</p>\
             <table><tr><th>Film</th><th>Year</th></tr>{rows}</table></article></body></html>"
        );
        let a = parse(&html);
        assert!(a.body.iter().any(|p| p == "Film number 1"), "{:?}", a.body);
    }

    #[test]
    fn credited_captions() {
        for (text, want) in [
            (
                "Homestead gardening across the Barind tract region. Photo : BSS",
                true,
            ),
            ("The bridge at dawn. Photo: Jane Doe/Reuters", true),
            ("Crowds at the gate (Image: Getty)", true),
            ("The minister said: no comment", false),
            (
                "He held up the photo: nobody in the room had seen it before that day.",
                false,
            ),
            (PARA, false),
        ] {
            assert_eq!(is_credited_caption(text), want, "{text}");
        }
    }

    #[test]
    fn printed_byline() {
        // (page, byline, its rule, authors)
        let cases = [
            (
                format!("<h1>T</h1><p>By Ann Poe</p><article><p>{PARA}</p><p>{PARA}</p></article>"),
                Some("By Ann Poe"),
                Some("html_header"),
                vec!["Ann Poe"],
            ),
            (
                format!(
                    "<h2>Other</h2><article><p>By Ann Poe</p><p>{PARA}</p><p>{PARA}</p></article>"
                ),
                Some("By Ann Poe"),
                Some("html_body_byline"),
                vec!["Ann Poe"],
            ),
            (
                format!(
                    "<article><p>{PARA}</p><p>{PARA}</p></article>\
                     <div class=\"author-name\">Ann Poe 4 August 2010</div>"
                ),
                Some("Ann Poe"),
                Some("html_dom_hint"),
                vec!["Ann Poe"],
            ),
            (
                format!("<article><p>{PARA}</p><p>{PARA}</p></article>"),
                None,
                None,
                vec![],
            ),
        ];
        for (html, byline, rule, authors) in cases {
            let a = parse(&format!(
                "<html><head><title>T</title></head><body>{html}</body></html>"
            ));
            assert_eq!(a.byline.as_deref(), byline, "{html}");
            let got = a.provenance.of("byline").first().map(|o| o.rule.clone());
            assert_eq!(got.as_deref(), rule, "{html}");
            let names: Vec<_> = a.authors.iter().map(|x| x.name.as_str()).collect();
            assert_eq!(names, authors, "{html}");
            assert!(a.body.iter().all(|p| p == PARA), "{html}");
        }
    }

    #[test]
    fn personal_site_owner_is_the_author() {
        let md = |site: &str, url: &str| Metadata {
            site_name: Some(site.into()),
            url: Some(url.into()),
            ..Default::default()
        };
        let cases = [
            (
                "Polly Barks",
                "https://pollybarks.com/blog/x",
                Some("Polly Barks"),
            ),
            (
                "Owain Brennan",
                "https://owain.bearblog.dev/x",
                Some("Owain Brennan"),
            ),
            ("City Times", "https://citytimes.example/x", None),
            ("Polly Barks", "https://news.example/x", None),
        ];
        for (site, url, want) in cases {
            assert_eq!(
                personal_site_owner(&md(site, url)).as_deref(),
                want,
                "{site}"
            );
        }
    }

    #[test]
    fn byline_is_cut_after_the_last_name() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let cases = [
            (
                "By Jason Rostar |",
                names(&["Jason Rostar"]),
                Some("By Jason Rostar"),
            ),
            (
                "By ANN POE and Bob Roe, Reporters",
                names(&["Ann Poe", "Bob Roe"]),
                Some("By ANN POE and Bob Roe"),
            ),
            ("By Fact Checked", names(&["Melanie Hanson"]), None),
            (
                "Dan Davies Dec 12, 2025",
                names(&["Dan Davies"]),
                Some("Dan Davies"),
            ),
        ];
        for (line, authors, want) in cases {
            assert_eq!(up_to_names(line, &authors).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn originally_published_sentence_gives_the_first_date() {
        let page = |meta: &str, line: &str| {
            format!(
                r#"<html><head><meta property="article:published_time" content="{meta}"></head>
                <body><article><h1>A headline for the test</h1>
                <p>{}</p><p>{line}</p></article></body></html>"#,
                "Body text of the article, long enough to be picked as the body. ".repeat(8)
            )
        };
        for (meta, line, want) in [
            (
                "2022-09-30",
                "This article was originally published on 26 Sep 2019 at 4:12pm.",
                "2019-09-26",
            ),
            // A later "first published" date is not earlier than the metadata's.
            ("2019-01-02", "First published March 3, 2020.", "2019-01-02"),
            // Another site's copy, or a book's first edition, is not this page's.
            (
                "2015-02-24",
                "Originally published at www.example.com on November 18, 2011.",
                "2015-02-24",
            ),
            (
                "2015-02-24",
                "Alexander (April 2009) [originally published in 1966].",
                "2015-02-24",
            ),
        ] {
            let a = parse(&page(meta, line));
            assert_eq!(a.published.as_deref(), Some(want), "{line}");
        }
    }

    #[test]
    fn published_date_choice() {
        use origins::Published as P;
        // (printed after the headline, metadata published, metadata updated, want, rule)
        let cases = [
            (
                "May 6, 2024",
                Some("2024-05-06T08:00:00-04:00"),
                None,
                "2024-05-06T08:00:00-04:00",
                P::SameDay,
            ),
            (
                "On 6/13/2018 by Ann",
                Some("2018-06-12T23:00:00Z"),
                None,
                "2018-06-12T23:00:00Z",
                P::SameDay,
            ),
            (
                "On 6/15/2018 by Ann",
                Some("2018-06-12T23:00:00Z"),
                None,
                "2018-06-15",
                P::Header,
            ),
            (
                "May 9, 2024",
                Some("2024-05-06"),
                None,
                "2024-05-09",
                P::Header,
            ),
            (
                "Updated May 9, 2024",
                Some("2024-05-06"),
                None,
                "2024-05-06",
                P::Metadata,
            ),
            (
                "May 9, 2024",
                Some("2024-05-06"),
                Some("2024-05-09T10:00:00Z"),
                "2024-05-06",
                P::SeenIsUpdate,
            ),
            (
                "May 9, 2024",
                Some("2024-05-09T01:00:00Z"),
                Some("2024-05-09T01:00:00Z"),
                "2024-05-09T01:00:00Z",
                P::SameDay,
            ),
        ];
        for (seen, meta, updated, want, rule) in cases {
            let header = header::Header {
                after: vec![seen.to_string()],
                ..Default::default()
            };
            let md = Metadata {
                published: meta.map(str::to_string),
                updated: updated.map(str::to_string),
                ..Default::default()
            };
            assert_eq!(
                published(&md, &header),
                (Some(want.to_string()), rule),
                "{seen}"
            );
        }
        // The same moment printed in another zone keeps the metadata's value.
        let header = header::Header {
            after_times: vec![("2026-02-22T19:57:30-05:00".into(), false)],
            ..Default::default()
        };
        let md = Metadata {
            published: Some("2026-02-23T00:57:30Z".into()),
            ..Default::default()
        };
        assert_eq!(
            published(&md, &header),
            (Some("2026-02-23T00:57:30Z".into()), P::SameDay)
        );
    }

    #[test]
    fn whole_page_provenance() {
        let html = whole_page_html();
        let a = parse(&html);
        assert_eq!(crate::parse::provenance::gaps(&a), Vec::<String>::new());
        let p = &a.provenance;
        assert_eq!(p.parser, Some(crate::article::Format::Html));
        let first = |field: &str| {
            p.of(field)
                .first()
                .map(|o| (o.rule.as_str(), o.from.as_deref()))
        };
        assert_eq!(
            first("headline"),
            Some(("html_h1_matches_title", Some("<h1>")))
        );
        assert_eq!(
            first("published"),
            Some(("html_meta", Some("article:published_time")))
        );
        assert_eq!(
            first("site_name"),
            Some(("html_meta", Some("og:site_name")))
        );
        assert_eq!(
            first("url"),
            Some(("html_canonical", Some("<link rel=canonical>")))
        );
        assert_eq!(first("language"), Some(("html_lang", Some("<html lang>"))));
        assert_eq!(first("body"), Some(("html_body_scoring", None)));
        assert_eq!(first("images"), Some(("html_figure", None)));
        assert_eq!(first("related"), Some(("html_related_container", None)));
        assert_eq!(p.of("authors").len(), 2);
        let share = p.dropped.iter().find(|d| d.text == "Share this article");
        assert_eq!(share.map(|d| d.reason.as_str()), Some("html_furniture"));
        assert!(
            p.dropped
                .iter()
                .all(|d| d.text != "Bridge opens" && d.text != "The new bridge.")
        );
    }

    #[test]
    fn furniture_phrases() {
        for text in [
            "Advertisement",
            "Share this",
            "Tags: politics, city",
            "© 2024 City Times",
            "Reading Time: 8 minutes",
            "Last updated on September 16th, 2023 at 09:27 am",
            "Related reads:",
        ] {
            assert!(is_furniture(text), "{text}");
        }
        assert!(!is_furniture(PARA));
    }

    /// 200,000 nested elements, closed or not, block or inline, go through
    /// the whole pipeline without overflowing or stalling (the nesting cap
    /// keeps html5ever's work linear).
    #[test]
    fn deep_page_does_not_crash() {
        let depth = 200_000;
        for (open, close) in [
            ("<div>", "</div>"),
            ("<div>", ""),
            ("<span><i>", "</i></span>"),
        ] {
            let html = format!(
                "<html><body>{}<p>{PARA}</p>{}</body></html>",
                open.repeat(depth),
                close.repeat(depth)
            );
            let a = parse(&html);
            assert_eq!(a.body, [PARA], "{open}");
        }
    }
}
