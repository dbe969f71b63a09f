//! Named thresholds, word lists and class/id patterns of the HTML
//! extractor, each with the reason for its value. The class/id patterns
//! follow Mozilla Readability's, which were tuned on thousands of sites.

use std::sync::LazyLock;

use regex::Regex;

/// A sentence that gives the first publication date ("This article was
/// originally published on 26 Sep 2019"), from the phrases shared with the
/// text parser, in any case: the page's metadata and header then carry the
/// republication or update.
pub static ORIGINALLY_PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    let phrases: Vec<String> = crate::parse::rules::ORIGINALLY_PUBLISHED
        .iter()
        .map(|p| regex::escape(p))
        .collect();
    Regex::new(&format!("(?i){}", phrases.join("|"))).expect("escaped phrases form a valid regex")
});

/// A text block shorter than this does not vote for its container: short
/// blocks are labels, buttons and captions more often than prose.
pub const MIN_SCORED_CHARS: usize = 25;

/// Shortest block (characters) dropped for being printed more than once in
/// the article: short repeats ("Step 1", "Read more") are legitimate.
pub const MIN_REPEATED_CHARS: usize = 40;

/// Fewest repeated blocks for repeats to be dropped: a repeated line or a
/// few are a caption printed twice or an essay closing on its opening
/// paragraphs; cloned carousels and second copies of a layout repeat many.
pub const MIN_REPEATED_BLOCKS: usize = 4;

/// How many ancestors a paragraph's score reaches (parent, grandparent, …).
pub const SCORE_ANCESTOR_LEVELS: usize = 5;

/// Each paragraph is worth one point per this many characters, up to
/// `MAX_LENGTH_POINTS`.
pub const CHARS_PER_POINT: usize = 100;
pub const MAX_LENGTH_POINTS: f64 = 3.0;

/// Weight of a container whose class/id says "content" (or "comment").
pub const CLASS_WEIGHT: f64 = 25.0;

/// Siblings of the best container join it when they score at least this
/// share of its score (and at least `MIN_SIBLING_SCORE`).
pub const SIBLING_SCORE_SHARE: f64 = 0.2;
pub const MIN_SIBLING_SCORE: f64 = 10.0;

/// A sibling paragraph this long with little link text joins the article
/// even without a score (lead paragraphs set apart from the body wrapper).
pub const SIBLING_PARAGRAPH_CHARS: usize = 80;
pub const SIBLING_PARAGRAPH_LINK_DENSITY: f64 = 0.25;

/// Other candidates within this share of the best one that sit under one
/// ancestor mean the article is that ancestor (split bodies).
pub const ALTERNATIVE_CANDIDATE_SHARE: f64 = 0.75;
pub const MIN_ALTERNATIVE_CANDIDATES: usize = 3;

/// A block is prose when it has at least this many characters and less
/// link text than `MAX_PROSE_LINK_DENSITY`.
pub const MIN_PROSE_CHARS: usize = 60;
pub const MAX_PROSE_LINK_DENSITY: f64 = 0.3;

/// The article grows to an ancestor when that adds at least this share of
/// prose (and `MIN_PROSE_GAIN_CHARS`): page builders put each paragraph in
/// a box of its own, so the best-scored box is a fragment.
pub const PROSE_GAIN_SHARE: f64 = 0.15;
pub const MIN_PROSE_GAIN_CHARS: u32 = 150;

/// An ancestor with more link text than this is page chrome, not article.
pub const MAX_ANCESTOR_LINK_DENSITY: f64 = 0.35;

/// Below this many characters the strict pass probably threw the article
/// away with the boilerplate, so a lenient pass is tried (Readability: 500).
pub const MIN_ARTICLE_CHARS: usize = 500;

/// A block whose text is more than this share link text is navigation.
pub const MAX_BLOCK_LINK_DENSITY: f64 = 0.5;

/// A container inside the article is dropped when its link density exceeds
/// this (0.5 when its class/id says "content").
pub const MAX_CONTAINER_LINK_DENSITY: f64 = 0.33;
pub const MAX_CONTENT_CONTAINER_LINK_DENSITY: f64 = 0.5;

/// A container inside the article holding this share of its text is a
/// wrapper, never clutter.
pub const WRAPPER_TEXT_SHARE: f64 = 0.5;

/// A container with this many paragraphs and less link text than
/// `PROSE_LINK_DENSITY` is prose, never clutter.
pub const PROSE_PARAGRAPHS: u32 = 5;
pub const PROSE_LINK_DENSITY: f64 = 0.2;

/// A container with fewer commas than this is a candidate for conditional
/// cleaning; long prose has many.
pub const CLEAN_MAX_COMMAS: u32 = 10;

/// A list inside the article with this much text and few links is prose
/// (release notes, steps), kept whatever its score.
pub const MIN_PROSE_LIST_CHARS: u32 = 200;

/// A table without header cells is data (not layout) from this many rows
/// (Readability: 10).
pub const MIN_DATA_TABLE_ROWS: u32 = 10;

/// A table without header cells with more cells than this is data
/// (Readability: rows × columns > 10): layout tables hold a few boxes.
pub const MAX_LAYOUT_TABLE_CELLS: u32 = 10;

/// A container with more images than paragraphs is a gallery only while
/// its text stays under this many characters per image: text beside two
/// icons in `<div>`s (no `<p>`) is a card of the article.
pub const MAX_GALLERY_CHARS_PER_IMAGE: f64 = 150.0;

/// Text shorter than this in a container with no other content is a
/// widget label ("Advertisement", "Share").
pub const MIN_CONTAINER_CHARS: u32 = 25;

/// Short blocks that are boilerplate wherever they appear, compared after
/// lowercasing and trimming punctuation. Kept short: only phrases that
/// never open a real paragraph.
pub const BOILERPLATE_PHRASES: &[&str] = &[
    "advertisement",
    "advertisements",
    "sponsored content",
    "share this article",
    "share this",
    "share on facebook",
    "share on twitter",
    "share",
    "tweet",
    "print",
    "email",
    "related",
    "related articles",
    "related stories",
    "related posts",
    "read more",
    "continue reading",
    "more stories",
    "you may also like",
    "recommended",
    "comments",
    "leave a comment",
    "leave a reply",
    "follow us",
    "subscribe",
    "sign up",
    "skip to content",
    "skip to main content",
    "back to top",
    "loading",
    "image",
    "photo",
    "video",
    "listen",
    "copy link",
];

/// Openings of short blocks that are page furniture, not prose; only
/// applied to blocks under `MAX_FURNITURE_CHARS`.
pub const FURNITURE_PREFIXES: &[&str] = &[
    "share this",
    "share on",
    "follow us",
    "sign up for",
    "subscribe to",
    "click here to",
    "read more:",
    "related:",
    "see also:",
    "tags:",
    "filed under",
    "copyright ©",
    "© ",
    "all rights reserved",
    "advertisement",
    "this article was originally published",
    "image:",
    "photo:",
    "credit:",
    "photograph:",
    "reading time:",
    "last updated on",
    "last updated:",
    "related reads",
    "related articles",
    "related posts",
    "you may also like",
    "you might also like",
];

/// Longest block `FURNITURE_PREFIXES` are checked against.
pub const MAX_FURNITURE_CHARS: usize = 200;

/// Class/id of elements that are almost never article text (Readability's
/// `unlikelyCandidates`).
pub static UNLIKELY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|share|cookie|consent|subscribe|promo|outbrain|taboola",
    )
    .expect("valid regex")
});

/// Class/id token heads that name a reader-comment section whatever the
/// token goes on to say: "comments-body" and "comment-content" are the
/// comments' body and content, so `MAYBE_CANDIDATE` does not rescue them.
pub const COMMENT_TOKEN_HEADS: &[&str] = &["comment", "disqus"];

/// Class/id that rescue an `UNLIKELY` match (Readability's
/// `okMaybeItsACandidate`): "article-header", "main-menu-content" ….
pub static MAYBE_CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)and|article|body|column|content|main|mathjax|shadow").expect("valid regex")
});

/// Class/id that raise a container's score.
pub static POSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
    )
    .expect("valid regex")
});

/// Class/id that lower a container's score.
pub static NEGATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter",
    )
    .expect("valid regex")
});

/// Class prefixes of page builders (Elementor, Gutenberg, Divi, WPBakery,
/// Beaver Builder) that name layout boxes, not their content: their
/// "widget" and "header" say nothing about what is inside.
pub const PAGE_BUILDER_PREFIXES: &[&str] =
    &["elementor-", "e-con", "wp-block-", "et_pb_", "vc_", "fl-"];

/// ARIA roles of page furniture.
pub const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
    "banner",
    "contentinfo",
    "search",
];

/// Related links kept at most: a teaser list, not a site map.
pub const MAX_RELATED: usize = 12;

/// A related link's title has at least this many words; shorter link
/// texts are "More", section names or tags.
pub const MIN_RELATED_WORDS: usize = 4;

/// Labels that page templates print before an author's name inside the
/// byline element ("Author: Jane", "Read more about Jane"), lowercase.
pub const AUTHOR_LEAD_LABELS: &[&str] =
    &["read more about ", "author ", "posted by ", "written by "];

/// Template words printed after an author's name ("Jane Doe Author
/// Posts", "Help Net Security Sponsored"), lowercase.
pub const AUTHOR_TRAIL_LABELS: &[&str] = &[" author posts", " posts", " sponsored"];

/// Weekday names and abbreviations: alone, like a month name
/// ([`crate::parse::date::is_english_month`]), they are the date half of a
/// "Sat, 20 Dec" byline element, not a person.
pub const WEEKDAY_WORDS: &[&str] = &[
    "mon",
    "monday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "fri",
    "friday",
    "sat",
    "saturday",
    "sun",
    "sunday",
];

/// Job titles and byline labels that a comma splits off a name ("Tracy
/// Parker, Dietitian"): alone they are not people. Lowercase, letters only.
pub const ROLE_ONLY: &[&str] = &[
    "dietitian",
    "journalist",
    "cofounder",
    "founder",
    "ceo",
    "editor",
    "writer",
    "reporter",
    "contributor",
    "columnist",
    "correspondent",
    "factchecked",
    "reviewedby",
    "medicallyreviewed",
];

/// Words that open a job title printed after a name without a comma
/// ("Matt Check Head Winemaker", "Harry Rabinowitz Tech Reporter"): the
/// name ends before them. Lowercase, letters only.
pub const TITLE_OPENERS: &[&str] = &[
    "head",
    "founder",
    "cofounder",
    "ceo",
    "cto",
    "editor",
    "reporter",
    "writer",
    "contributor",
    "columnist",
    "correspondent",
    "journalist",
    "senior",
    "chief",
    "tech",
    "staff",
    "managing",
    "executive",
];

/// Capitalised name suffixes that are not an organisation in capitals
/// ("John Smith III", "Sam Roe JR").
pub const NAME_SUFFIXES: &[&str] = &["II", "III", "IV", "JR", "SR"];

/// Words that make a capitalised site name an organisation's rather than
/// a person's ("City Times", "Tech Review"), lowercase.
pub const ORGANIZATION_WORDS: &[&str] = &[
    "times",
    "news",
    "post",
    "daily",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "blog",
    "media",
    "magazine",
    "press",
    "review",
    "digital",
    "tech",
    "labs",
    "studio",
    "group",
    "network",
    "online",
    "today",
    "weekly",
    "world",
    "guide",
    "team",
    "company",
    "inc",
    "ltd",
    "llc",
    "club",
    "school",
    "university",
    "institute",
    "foundation",
    "health",
    "home",
    "life",
    "travel",
    "food",
    "the",
];
