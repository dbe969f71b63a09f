//! Field provenance (issue 8): the named rules a parser records as it fills
//! an article's fields, so `newsarc show --explain` can say where each
//! value came from and what was dropped, and `newsarc reparse` which rule
//! changed. The parsers record a [`Rule`] where they set a field; the
//! stored form is the rule's stable `snake_case` id (see
//! [`crate::article::Provenance`]), described here for people.

use serde_json::Value;

use crate::article::{Article, DROPPED_TEXT_CHARS, MAX_DROPPED, Origin};
use crate::parse::quotes;

/// Declares [`Rule`] from one table, so a rule's variant, stored id and
/// description cannot drift apart.
macro_rules! rules {
    ($($(#[$doc:meta])* $variant:ident = $id:literal, $describe:literal;)*) => {
        /// Every rule a parser can record. The id is what article files
        /// store: never rename one (add a new rule instead), or stored
        /// provenance stops matching its description.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Rule {
            $($(#[$doc])* $variant,)*
        }

        impl Rule {
            /// Every rule, in declaration order.
            pub const ALL: &[Rule] = &[$(Rule::$variant,)*];

            /// The stable id stored in article files.
            pub fn id(self) -> &'static str {
                match self {
                    $(Rule::$variant => $id,)*
                }
            }

            /// One line for people.
            pub fn describe(self) -> &'static str {
                match self {
                    $(Rule::$variant => $describe,)*
                }
            }
        }
    };
}

rules! {
    // ---- raw text: fields ----
    /// The headline model's best candidate above the body.
    HeadlineRanker = "headline_ranker", "best-scored title-like block above the body";
    /// The title over the article's "By …" line, over a ranker pick with
    /// no byline or date under it.
    HeadlineOverByline = "headline_over_byline", "title-like block over the article's \"By …\" line";
    HeadlineOverBylinePastAuthorBox = "headline_over_byline_past_author_box", "title-like block over the article's \"By …\" line, found past a byline nearer the text with no title over it (an author box)";
    /// The block a breadcrumb right above it ends with, over a ranker
    /// pick that scored nearly as high.
    HeadlineUnderTrail = "headline_under_trail", "title-like block a breadcrumb right above it ends with";
    /// The block under a breadcrumb printed one entry a line whose last
    /// entry is its text, over a ranker pick that scored nearly as high.
    HeadlineUnderTrailEntry = "headline_under_trail_entry", "title-like block under a breadcrumb's last line that repeats it";
    /// The block right under a form field line (w3m's "[ ]"), over a
    /// ranker pick that scored nearly as high.
    HeadlineUnderFormField = "headline_under_form_field", "title-like block right under the header's form field line";
    /// The headline model's best candidate, found above the usual window
    /// past rows of short lines and sharing its words with the text.
    HeadlineFarAboveText = "headline_far_above_text", "best-scored title-like block past short lines above the body, in the text's words";
    /// A candidate that restates the text's words, over a ranker pick
    /// scored a little higher that does not.
    HeadlineRestatingText = "headline_restating_text", "title-like block that restates the text's words, over a pick scored a little higher that does not";
    /// A plain copy's first line, over the longer subtitle under it that
    /// the ranker scored a little higher.
    HeadlineFirstLineOverSubtitle = "headline_first_line_over_subtitle", "first line of the copy, over the longer subtitle under it";
    /// The title over the author's bare name, over the newsroom-and-place
    /// line under the name that the ranker scored a little higher.
    HeadlineOverAuthorName = "headline_over_author_name", "title-like block over the author's bare name, over the newsroom and place under it";
    /// A short note's first block, when the ranker found no candidate.
    FirstBlockTitle = "first_block_title", "first short block without terminal punctuation";
    /// A Markdown file's front matter, for a field its text left open.
    FrontMatter = "front_matter", "the Markdown file's front matter (title, author, date, source)";
    /// The page's address saved with its text: a lone URL as the first
    /// block, or a labelled one ("Source: https://…") at either end.
    SavedUrlLine = "saved_url_line", "the page's address saved with the text (first line, or a \"Source:\" line)";
    /// Blocks the body classifier kept.
    BodyClassifier = "body_classifier", "blocks the body classifier scored as article text";
    /// A short note nothing scored as body: every block but boilerplate.
    BodyAllButBoilerplate = "body_all_but_boilerplate",
        "nothing scored as article text: every block but boilerplate";
    /// A paragraph opening with a dateline between the header and the
    /// text, which the classifier left out.
    BodyOpeningDateline = "body_opening_dateline", "paragraph opening with a dateline right above the text";
    /// A match report's score line (and its scorers) between the headline
    /// and the text.
    BodyScoreLine = "body_score_line", "match score line or scorers under the headline, read with the text";
    /// A "By …" line near the headline.
    BylineNearHeadline = "byline_near_headline", "\"By …\" line near the headline";
    /// A "Written by …" line at the end of the article.
    BylineAfterBody = "byline_after_body", "\"Written by …\" line at the end of the article";
    /// A "By …" line that re-blocking merged with the lines around it
    /// near the headline (lynx prints a header's lines without blank
    /// lines between them).
    BylineMergedNearHeadline = "byline_merged_near_headline",
        "\"By …\" line merged with the lines around it near the headline";
    /// A bare name next to a date near the headline.
    BylineNameByDate = "byline_name_by_date", "bare name next to a date near the headline";
    /// A bare name near the headline that an author box or bio elsewhere
    /// on the page presents as the author.
    BylineNameWithBio = "byline_name_with_bio",
        "bare name near the headline, with an author box on the page";
    /// An author box after the text: a name line over a bio that opens
    /// with the name or the first name, or names the first name as its
    /// subject among its first words.
    BylineAuthorBox = "byline_author_box", "name line over its bio after the article text";
    /// An author box after the text whose name line goes on with the
    /// author's role ("Tim Green UK-based … Technology Writer"), over a
    /// bio as for `byline_author_box`.
    BylineAuthorBoxWithRole = "byline_author_box_with_role",
        "name and role on one line over its bio after the article text";
    /// A "By …" line just above the article text, away from the headline.
    BylineAboveText = "byline_above_text", "\"By …\" line just above the article text";
    /// A full name alone on the line right under the headline.
    BylineNameUnderHeadline = "byline_name_under_headline", "bare full names right under the headline";
    /// A "By …" line a few blocks into the text, under a teaser or promo
    /// the classifier kept above the article's header.
    BylineWireOpener = "byline_wire_opener", "reporter named in a wire's opening bracket and \"=\" (\"(서울=연합뉴스) 김민준 기자 = …\")";
    BylineTopOfText = "byline_top_of_text", "\"By …\" line among the first blocks of the text";
    /// A name under a label alone on its line ("By:", "Author").
    BylineUnderLabel = "byline_under_label", "name under a \"By:\" or \"Author\" label line";
    /// A bare name over its job title near the headline ("Jane Doe" /
    /// "Games Editor").
    BylineNameOverRole = "byline_name_over_role", "bare name over its job title near the headline";
    /// A name under a label alone on its line anywhere on the page, when
    /// no byline stands near the header or the end of the text.
    BylineUnderLabelOnPage = "byline_under_label_on_page",
        "name under a \"Written by\" or \"Posted by:\" label line elsewhere on the page";
    /// The one "By …" line of the page outside the header and tail
    /// windows, when no other rule named the author.
    BylineOpenedOnPage = "byline_opened_on_page", "the page's one \"By …\" line, far from the headline";
    /// A bare name just under the headline, when no other rule named
    /// the author.
    BylineBareNameUnderHeadline = "byline_bare_name_under_headline",
        "bare name just under the headline, when no other line names the author";
    /// A Chinese or Japanese name alone on its line under the headline or
    /// beside the date, said nowhere else on the page.
    BylineCjkNameByHeadline = "byline_cjk_name_by_headline",
        "Chinese or Japanese name alone under the headline or beside the date";
    /// A personal site's owner: the person its copyright notice names,
    /// whose name is also the site's title over the headline, when no
    /// other rule named the author.
    BylineSiteOwner = "byline_site_owner",
        "the site's owner: its title and its copyright notice name the same person";
    /// Author names split from the byline.
    AuthorsFromByline = "authors_from_byline", "names split from the byline";
    /// Author names split from a byline printed in capitals ("By LISA
    /// MASCARO"), title-cased.
    AuthorsFromCapitalsByline = "authors_from_capitals_byline",
        "names split from a byline printed in capitals, title-cased";
    /// A paragraph after the byline or the body that starts with the
    /// author's name and goes on like a bio.
    BioStartsWithName = "bio_starts_with_name",
        "paragraph after the byline or the body that starts with the author's name";
    /// A paragraph among the body's last that names the author by the
    /// full or first name and goes on like a bio ("Sam is the VP of
    /// Marketing at Dealfront, where he …"), introduces the author in the
    /// first person ("Hi there! I'm Shivya, …") or carries the name as a
    /// label ("Will Judd: Will was formerly …").
    ClosingBio = "closing_bio",
        "paragraph near the end of the text that introduces the author: by name, in the first person or under the name";
    /// A one-sentence bio under `BIO_MIN_WORDS` that opens with the
    /// author's full name and a bio verb and names a job.
    ShortBioNamesJob = "short_bio_names_job",
        "short sentence that starts with the author's full name and names a job";
    /// A short description of a person under an author box's label after
    /// the text ("Written by Jane Doe" / "Staff engineer writing about …").
    BioUnderAuthorLabel = "bio_under_author_label",
        "description of a person under the author's label after the text (\"Written by …\")";
    /// The date printed in the byline.
    PublishedInByline = "published_in_byline", "date printed in the byline";
    /// The short date line nearest the headline.
    PublishedDateLine = "published_date_line", "short date line nearest the headline";
    /// The date in a press release's dateline ("NEW YORK, March 3, 2025
    /// /PRNewswire/ --"), when no date line is printed by the headline.
    PublishedPressReleaseDateline = "published_press_release_dateline",
        "date in the dateline opening a press release";
    /// The earliest of several dates printed together by the headline
    /// ("Published May 1 · Updated June 3").
    PublishedEarliestNearby = "published_earliest_nearby",
        "earliest of the dates printed together near the headline";
    /// The short date line nearest above the article text, further up
    /// than the headline's neighbourhood (behind a table of contents).
    PublishedHeaderLine = "published_header_line",
        "short date line nearest above the article text";
    /// A date after an update label ("Updated …", "modifié le …") on or
    /// by the publication date's line.
    UpdatedLabelledDate = "updated_labelled_date",
        "date after an update label on or by the publication date's line";
    /// A sentence that gives the first publication date ("originally
    /// published on …").
    PublishedOriginally = "published_originally",
        "date given as \"originally published on …\"";
    /// A date line labelled "published" anywhere on the page.
    PublishedLabelled = "published_labelled", "date line labelled \"published\"";
    /// A date line opening with a "Published" label anywhere on the
    /// page, before the unlabelled date lines by the headline.
    PublishedOpeningLabel = "published_opening_label",
        "date line opening with a \"published\" label";
    /// The date of a byline merged into a longer block near the headline.
    PublishedMergedByline = "published_merged_byline",
        "date of a byline merged with the lines around it near the headline";
    /// A short date line by the headline whose year has two digits
    /// ("9/11/13 10:00AM"), when no four-digit date was found.
    PublishedShortYear = "published_short_year",
        "short date line with a two-digit year near the headline";
    /// The sentence under the headline, set apart from the body.
    StandfirstUnderHeadline = "standfirst_under_headline",
        "sentence under the headline, set apart from the body";
    /// The sentence under the headline past a player's or share row's
    /// short lines.
    StandfirstPastWidgets = "standfirst_past_widgets",
        "sentence under the headline past a player's or share buttons' lines";
    /// A press release's one-sentence summary between its headline and
    /// the dateline that opens the release.
    StandfirstOverReleaseDateline = "standfirst_over_release_dateline",
        "sentence under the headline, over a press release's dateline";
    /// A short block with a picture credit.
    CaptionCredit = "caption_credit", "short block with a picture credit";
    /// A short label between the standfirst and the body.
    CaptionLabel = "caption_label", "short label between the standfirst and the body";
    /// A line opened by a caption label ("Image caption, …",
    /// "Bildunterschrift: …"), the label cut off.
    CaptionAfterLabel = "caption_after_label",
        "line opened by a caption label (\"Image caption, …\")";
    /// A title-like line after the article.
    RelatedTeaser = "related_teaser", "title-like line after the article";
    /// A short label over a title-like line after the article.
    RelatedTeaserPair = "related_teaser_pair",
        "teaser pair after the article: a short label over a title";
    /// A teaser title that is a question, under a teaser heading or in a
    /// list of teasers.
    RelatedQuestionTitle = "related_question_title",
        "question-shaped teaser title under a teaser heading or in a teaser list";
    /// The title of a teaser card (a picture marker or credit, a kicker,
    /// the title, one summary sentence, a byline or date) in a run of
    /// cards under the article.
    RelatedTeaserCard = "related_teaser_card",
        "title of a teaser card in a run of cards under the article";
    /// A capitalised place and a dash opening the body.
    DatelineOpeningBody = "dateline_opening_body", "place opening the body: capitals and a dash, or a Korean wire's bracket";
    /// A press release's place, date and wire ("NEW YORK, March 3, 2025
    /// /PRNewswire/ --") opening the body.
    DatelinePressRelease = "dateline_press_release",
        "place, date and wire marker opening a press release";
    /// The most frequent stop words (or the script) of the page.
    LanguageStopWords = "language_stop_words", "most frequent stop words (or script) of the page";
    /// The URL the page was fetched from.
    UrlOfImport = "url_of_import", "the URL the page was fetched from";

    // ---- raw text: why a block was dropped ----
    /// The block holds a page-furniture phrase.
    BoilerplatePhrase = "boilerplate_phrase", "boilerplate: page-furniture phrase";
    /// The block follows a section end ("Comments", "Related").
    AfterArticleEnd = "after_article_end",
        "after the end of the article (comments, related stories)";
    /// Comment marks ("Reply", "Report") stand around the block.
    CommentMarks = "comment_marks", "comment: reply/report marks around it";
    /// The block's text occurs more than once on the page.
    RepeatedOnPage = "repeated_on_page", "repeated on the page (navigation)";
    /// The block is a row of menu or breadcrumb items.
    MenuLine = "menu_line", "menu or breadcrumb";
    /// The block stands before or after the article text.
    OutsideArticle = "outside_article", "outside the article text";
    /// The block stands inside the article but scored too low as body.
    LowBodyScore = "low_body_score", "inside the article but scored too low as text";
    /// A short line set apart between the standfirst and the body that
    /// reads as no picture caption: a byline's label, a button, a name, a
    /// stray title.
    SetApartUnderStandfirst = "set_apart_under_standfirst",
        "short line between the standfirst and the body, not a caption";
    /// A credit, source, agency or print-issue line ("Reporting by …;
    /// Editing by …", "来源：…", "（共同）", "This article appears in the
    /// August 2025 issue"), an ad slot's or a widget's label
    /// ("Advertisement", "Share this:"), or an age alone on its line ("2
    /// hours ago").
    ArticleFurnitureLine = "article_furniture_line",
        "the article's credit, source, agency, print-issue, ad or widget label or age line, not its text";
    /// What a text browser prints for form controls (buttons, boxes,
    /// empty fields) or an inline frame (lynx's "IFRAME:" and the
    /// frame's address).
    FormOrFrameLine = "form_or_frame_line", "a text browser's form control or inline frame, not text";
    /// Zero-width characters or bullet marks only (a spacer paragraph, a
    /// list item whose text was a picture).
    PrintsNothing = "prints_nothing", "prints no text: zero-width characters or bullet marks only";
    /// An image's file name printed in the image's place.
    ImageFileName = "image_file_name", "an image's file name printed in its place, not text";
    /// A short label right over the headline (a section's or a site's
    /// name) that the classifier kept as text.
    LabelOverHeadline = "label_over_headline", "a section's or site's label right over the headline, not the text";

    // ---- HTML: the metadata chain, most trusted first (`from` names the
    // key or element) ----
    /// JSON-LD (`NewsArticle`, `Article` …).
    HtmlJsonLd = "html_json_ld", "JSON-LD metadata";
    /// OpenGraph, Twitter, Dublin Core and `article:*` `<meta>` tags.
    HtmlMeta = "html_meta", "<meta> tag (OpenGraph, Twitter, Dublin Core …)";
    /// A `<time datetime>` element.
    HtmlTime = "html_time", "<time> element";
    /// A `rel=author` link.
    HtmlRelAuthor = "html_rel_author", "rel=author link";
    /// schema.org microdata (`itemprop`).
    HtmlMicrodata = "html_microdata", "microdata (itemprop)";
    /// A date in the article's URL.
    HtmlUrlDate = "html_url_date", "date in the article's URL";
    /// Links to author pages.
    HtmlAuthorLink = "html_author_link", "link to an author page";
    /// Text printed around the headline.
    HtmlHeader = "html_header", "printed around the headline";
    /// An element whose class or id says byline or date.
    HtmlDomHint = "html_dom_hint", "element with a byline or date class";
    /// `<link rel=canonical>`.
    HtmlCanonical = "html_canonical", "canonical link";
    /// The `lang` attribute of `<html>`.
    HtmlLang = "html_lang", "lang attribute of the page";

    // ---- HTML: fields ----
    /// The page's `<title>` that another metadata title agrees with.
    HtmlTitlesAgree = "html_titles_agree", "the <title> that og:title or JSON-LD repeats";
    /// The `<h1>` that a metadata title repeats.
    HtmlH1MatchesTitle = "html_h1_matches_title", "the <h1> that the metadata title repeats";
    /// The `<h1>` sharing most words with the metadata title.
    HtmlH1LikeTitle = "html_h1_like_title", "the <h1> worded like the metadata title";
    /// The most trusted metadata title, site name removed.
    HtmlTitleWithoutSite = "html_title_without_site",
        "most trusted metadata title, site name removed";
    /// The first `<h1>`, when the page has no metadata title.
    HtmlFirstH1 = "html_first_h1", "first <h1> (no metadata title)";
    /// The person a personal site is named after, when nothing else names
    /// an author.
    HtmlPersonalSite = "html_personal_site",
        "the person the site is named after (its host spells the name)";
    /// Organisation authors, when no person is named anywhere.
    HtmlOrganization = "html_organization", "organisation author: no person named anywhere";
    /// The page's description, printed before or as the first block of the
    /// body.
    HtmlDescription = "html_description",
        "the page's description, printed above or at the top of the text";
    /// The blocks of the best-scored container and its siblings.
    HtmlBodyScoring = "html_body_scoring",
        "blocks of the best-scored container (text and link density, class hints)";
    /// An image inside the article, captioned by its `<figure>`.
    HtmlFigure = "html_figure", "image inside the article (caption from its <figure>)";
    /// The page's lead image, when the article holds none.
    HtmlLeadImage = "html_lead_image", "the page's lead image (the article holds none)";
    /// Links in a container named "related" or the like.
    HtmlRelatedContainer = "html_related_container", "link in a related-stories container";
    /// The date printed by the headline agrees with the metadata's
    /// timestamp, which is kept.
    HtmlMetaSameDay = "html_meta_same_day",
        "metadata timestamp of the day printed by the headline";
    /// The date printed by the headline is the page's modification date;
    /// the metadata's publication date is kept.
    HtmlSeenDateIsUpdate = "html_seen_date_is_update",
        "metadata publication date (the date printed by the headline is the modification date)";
    /// A "By …" line opening the article text: the printed byline, and
    /// the authors when no other source names a person.
    HtmlBodyByline = "html_body_byline", "\"By …\" line at the top of the article text";

    // ---- HTML: why a block was dropped ----
    /// Outside the best-scored container.
    HtmlOutsideContainer = "html_outside_container", "outside the article's container";
    /// Inside the article's container, removed with a link-heavy or
    /// form-like part of it.
    HtmlCleanedAway = "html_cleaned_away",
        "part of the container cleaned away (links, forms, few commas)";
    /// A block of links.
    HtmlLinkBlock = "html_link_block", "mostly links";
    /// Share buttons, "Advertisement", "Read more" …
    HtmlFurniture = "html_furniture", "boilerplate: page furniture";
    /// The headline printed again.
    HtmlHeadlineRepeat = "html_headline_repeat", "the headline again";
    /// A paragraph printed more than once in the article: a cloned
    /// carousel slide or a repeated call to action.
    HtmlRepeatedBlock = "html_repeated_block", "printed more than once (carousel clone, repeated call to action)";
    /// A byline or date line above the text.
    HtmlBylineOrDate = "html_byline_or_date", "byline or date line above the text";
    /// A caption whose image is not in the article.
    HtmlCaption = "html_caption", "picture caption (not body text)";
}

impl Rule {
    /// The rule whose id is `id`, if any.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }

    /// An origin of this rule at `from`.
    pub fn at(self, from: Option<String>) -> Origin {
        Origin::new(self.id(), from)
    }
}

/// The fields a parser fills, in the order `show --explain` lists them.
/// `authors.bio` is the bio of each author, recorded apart from the names.
pub const PARSED_FIELDS: &[&str] = &[
    "headline",
    "standfirst",
    "byline",
    "authors",
    "authors.bio",
    "published",
    "updated",
    "dateline",
    "site_name",
    "url",
    "language",
    "body",
    "images",
    "related",
    "quotes",
];

/// The fields no parser rule fills, and where they come from instead.
pub const OTHER_FIELDS: &[(&str, &str)] = &[
    (
        "id",
        "first 12 hex digits of the SHA-256 of the input bytes",
    ),
    ("tags", "yours: import --tag and newsarc tag"),
    ("word_count", "words of the headline, standfirst and body"),
    (
        "source",
        "the import record: input location, format, SHA-256 and time",
    ),
];

/// The description of rule `id`: a parser rule or a quote rule. `None` for
/// an id this version does not know (recorded by a newer newsarc).
pub fn describe(id: &str) -> Option<&'static str> {
    Rule::from_id(id).map(Rule::describe).or_else(|| {
        quotes::Rule::ALL
            .iter()
            .find(|r| r.id() == id)
            .map(|r| r.describe())
    })
}

/// The description of a quote resolution id.
pub fn describe_resolution(id: &str) -> Option<&'static str> {
    quotes::Resolution::ALL
        .iter()
        .find(|r| r.id() == id)
        .map(|r| r.describe())
}

/// `line 12`, or `lines 12-14` for a block spanning three lines.
pub fn lines(first: usize, count: usize) -> String {
    if count <= 1 {
        format!("line {first}")
    } else {
        format!("lines {first}-{}", first + count - 1)
    }
}

/// The start of `text` for a dropped piece: at most `DROPPED_TEXT_CHARS`
/// characters, `…` marking a cut.
pub fn clip(text: &str) -> String {
    if text.chars().count() <= DROPPED_TEXT_CHARS {
        return text.to_string();
    }
    let mut out: String = text.chars().take(DROPPED_TEXT_CHARS - 1).collect();
    out.push('…');
    out
}

/// Picks the dropped pieces to list: given each piece's `(distance from
/// the article text, position in the input)`, the positions of the
/// `MAX_DROPPED` nearest, in input order, and how many were left out.
/// Pieces are built only for what is listed, so a page of 5,000 menu
/// entries costs nothing more; nor are the candidates sorted, only the
/// nearest selected (a page drops a few hundred pieces and lists 25).
pub fn nearest_dropped(mut candidates: Vec<(usize, usize)>) -> (Vec<usize>, u32) {
    if candidates.len() > MAX_DROPPED {
        candidates.select_nth_unstable(MAX_DROPPED);
    }
    let omitted = candidates.len().saturating_sub(MAX_DROPPED);
    candidates.truncate(MAX_DROPPED);
    let mut kept: Vec<usize> = candidates.into_iter().map(|(_, pos)| pos).collect();
    kept.sort_unstable();
    (kept, u32::try_from(omitted).unwrap_or(u32::MAX))
}

/// Sets the article's quotes and records how each got its speaker; `from`
/// is the body paragraph the quote was read from, where its attribution
/// is. (It was the first paragraph that held the quote's text: a search of
/// the paragraphs before for every quote, quadratic in a long text of many
/// quotes, and pointing a repeated quote at a paragraph without its
/// attribution.)
pub fn record_quotes(article: &mut Article, located: Vec<quotes::Located>) {
    article.provenance.fields.remove("quotes");
    article.quotes.clear();
    for quotes::Located {
        quote,
        why,
        paragraph,
    } in located
    {
        article.provenance.add(
            "quotes",
            Origin {
                rule: why.rule.id().to_string(),
                from: Some(format!("paragraph {}", paragraph + 1)),
                evidence: why.evidence,
                resolution: Some(why.resolution.id().to_string()),
            },
        );
        article.quotes.push(quote);
    }
}

/// One field that a reparse changed: its value, or the rule behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: &'static str,
    /// Rule ids recorded before, in order, each once; empty when none was
    /// (no value, or an article stored before provenance).
    pub old_rules: Vec<String>,
    pub new_rules: Vec<String>,
    /// The value itself changed (not only the rule behind it).
    pub value_changed: bool,
}

/// The parsed fields whose value or rule differs between `old` and `new`.
/// Rules are compared only when `old` recorded them.
pub fn changes(old: &Article, new: &Article) -> Vec<FieldChange> {
    let (Ok(Value::Object(a)), Ok(Value::Object(b))) =
        (serde_json::to_value(old), serde_json::to_value(new))
    else {
        return Vec::new();
    };
    let recorded = !old.provenance.is_unrecorded();
    PARSED_FIELDS
        .iter()
        .filter_map(|&field| {
            let value_changed = !field.contains('.') && a.get(field) != b.get(field);
            let old_rules = rule_ids(old, field);
            let new_rules = rule_ids(new, field);
            let rule_changed = recorded && old_rules != new_rules;
            (value_changed || rule_changed).then_some(FieldChange {
                field,
                old_rules,
                new_rules,
                value_changed,
            })
        })
        .collect()
}

/// The distinct rule ids recorded for `field`, in order.
pub fn rule_ids(article: &Article, field: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for origin in article.provenance.of(field) {
        if !ids.contains(&origin.rule) {
            ids.push(origin.rule.clone());
        }
    }
    ids
}

/// The values of `field` as one line each, as provenance counts them:
/// one per item of a list, one for a set single value, one line for a
/// non-empty body; empty when it has none.
pub fn field_values(a: &Article, field: &str) -> Vec<String> {
    let one = |v: &Option<String>| v.iter().cloned().collect::<Vec<_>>();
    match field {
        "headline" => one(&a.headline),
        "standfirst" => one(&a.standfirst),
        "byline" => one(&a.byline),
        "authors" => a.authors.iter().map(|x| x.name.clone()).collect(),
        "authors.bio" => a.authors.iter().filter_map(|x| x.bio.clone()).collect(),
        "published" => one(&a.published),
        "updated" => one(&a.updated),
        "dateline" => one(&a.dateline),
        "site_name" => one(&a.site_name),
        "url" => one(&a.url),
        "language" => one(&a.language),
        "body" if a.body.is_empty() => Vec::new(),
        "body" => vec![format!("{} paragraphs", a.body.len())],
        "images" => a
            .images
            .iter()
            .map(|i| {
                let text = i.caption.as_ref().or(i.alt.as_ref()).or(i.src.as_ref());
                text.cloned().unwrap_or_default()
            })
            .collect(),
        "related" => a
            .related
            .iter()
            .map(|r| match &r.label {
                Some(label) => format!("{} ({label})", r.title),
                None => r.title.clone(),
            })
            .collect(),
        "quotes" => a
            .quotes
            .iter()
            .map(|q| match &q.speaker {
                Some(s) => format!("{s}: “{}”", q.text),
                None => format!("(no speaker): “{}”", q.text),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// What the provenance of a freshly parsed `a` fails to cover: fields with
/// a value but not one origin per value (the body: at least one), origins
/// of fields without a value, and rule ids nobody describes. Empty when
/// every field is explained.
pub fn gaps(a: &Article) -> Vec<String> {
    let mut out = Vec::new();
    if a.provenance.parser.is_none() {
        out.push("no parser recorded".to_string());
    }
    for &field in PARSED_FIELDS {
        let values = field_values(a, field).len();
        let origins = a.provenance.of(field).len();
        let fits = if field == "body" {
            (values == 0) == (origins == 0)
        } else {
            values == origins
        };
        if !fits {
            out.push(format!("{field}: {values} values, {origins} origins"));
        }
    }
    for field in a.provenance.fields.keys() {
        if !PARSED_FIELDS.contains(&field.as_str()) {
            out.push(format!("{field}: not a parsed field"));
        }
    }
    let ids = a.provenance.fields.values().flatten().map(|o| &o.rule);
    let reasons = a.provenance.dropped.iter().map(|d| &d.reason);
    for id in ids.chain(reasons) {
        if describe(id).is_none() {
            out.push(format!("{id}: unknown rule"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A quote's `from` is the paragraph it was read from, where its
    /// attribution is, even when an earlier paragraph holds its words.
    #[test]
    fn a_quote_is_recorded_where_it_was_read() {
        let mut article = seed();
        article.body = vec![
            "The note on his desk read I would prefer not to, in pencil.".to_string(),
            "\"I would prefer not to,\" said Bartleby.".to_string(),
        ];
        let located = quotes::extract_located(&article.body);
        record_quotes(&mut article, located);
        assert_eq!(article.quotes.len(), 1);
        let from = &article.provenance.fields["quotes"][0].from;
        assert_eq!(from.as_deref(), Some("paragraph 2"));
    }

    #[test]
    fn quotes_are_read_from_a_paragraph_holding_them() {
        let article = seed();
        let located = quotes::extract_located(&article.body);
        assert!(!located.is_empty());
        for l in &located {
            assert!(
                article.body[l.paragraph].contains(&l.quote.text),
                "{}",
                l.quote.text
            );
        }
    }

    use crate::article::{Author, Format, Provenance, SourceInfo};
    use crate::parse::{Source, parse};
    use chrono::DateTime;

    const SEED: &str = include_str!("../../fixtures/text/seed-aleppo/input.txt");

    fn seed() -> Article {
        let source = Source {
            location: "seed.txt".into(),
            bytes: SEED.as_bytes().to_vec(),
            format: None,
        };
        parse(&source, DateTime::UNIX_EPOCH).expect("the seed parses")
    }

    fn empty() -> Article {
        Article::new(SourceInfo {
            location: "a.txt".into(),
            format: Format::Text,
            sha256: "ab".repeat(32),
            imported_at: "2026-01-01T00:00:00Z".into(),
        })
    }

    #[test]
    fn every_field_of_the_seed_has_its_rule() {
        let a = seed();
        assert_eq!(gaps(&a), Vec::<String>::new());
        let rules = |field: &str| rule_ids(&a, field);
        for (field, want) in [
            ("headline", vec!["headline_ranker"]),
            ("standfirst", vec!["standfirst_under_headline"]),
            ("byline", vec!["byline_after_body"]),
            ("authors", vec!["authors_from_byline"]),
            ("authors.bio", vec!["bio_starts_with_name"]),
            ("language", vec!["language_stop_words"]),
            ("body", vec!["body_classifier"]),
            ("images", vec!["caption_label"]),
            ("related", vec!["related_teaser_pair"]),
            ("quotes", vec!["attribution_after", "attribution_before"]),
            ("published", vec![]),
        ] {
            assert_eq!(rules(field), want, "{field}");
        }
        assert_eq!(a.provenance.parser, Some(Format::Text));
        assert_eq!(
            a.provenance.of("headline")[0].from.as_deref(),
            Some("line 1")
        );
    }

    #[test]
    fn the_seed_says_what_it_dropped() {
        let a = seed();
        let dropped: Vec<(&str, &str)> = a
            .provenance
            .dropped
            .iter()
            .map(|d| (d.text.as_str(), d.reason.as_str()))
            .collect();
        assert_eq!(
            dropped,
            [
                ("Leave a Reply", "boilerplate_phrase"),
                (
                    "Your email address will not be published. Required fields are marked *",
                    "boilerplate_phrase"
                ),
            ]
        );
        assert_eq!(a.provenance.dropped_omitted, 0);
    }

    #[test]
    fn rule_ids_are_unique_and_described() {
        let mut ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
        ids.extend(quotes::Rule::ALL.iter().map(|r| r.id()));
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count, "duplicate rule id");
        for id in ids {
            assert!(describe(id).is_some(), "{id}");
            assert!(
                id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{id}"
            );
        }
        assert_eq!(describe("no_such_rule"), None);
        assert_eq!(
            describe_resolution("full_name"),
            Some("completed to the full name given in the article")
        );
    }

    #[test]
    fn lines_and_clip() {
        assert_eq!(lines(3, 1), "line 3");
        assert_eq!(lines(3, 0), "line 3");
        assert_eq!(lines(3, 3), "lines 3-5");
        assert_eq!(clip("short"), "short");
        let long = "é".repeat(200);
        let cut = clip(&long);
        assert_eq!(cut.chars().count(), DROPPED_TEXT_CHARS);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn dropped_keeps_the_nearest_in_input_order() {
        let n = MAX_DROPPED + 5;
        let candidates: Vec<(usize, usize)> = (0..n).map(|i| (n - i, i)).collect();
        let (kept, omitted) = nearest_dropped(candidates);
        assert_eq!(omitted, 5);
        assert_eq!(kept, (5..n).collect::<Vec<_>>());
        assert_eq!(nearest_dropped(vec![(0, 7), (0, 3)]), (vec![3, 7], 0));
    }

    #[test]
    fn dropped_selects_what_a_full_sort_would() {
        let mut rng = crate::test_rng::Rng::new(11);
        for round in 0..200 {
            let n = rng.below(3 * MAX_DROPPED);
            // Few distinct distances, so ties are decided by position.
            let candidates: Vec<(usize, usize)> =
                (0..n).map(|pos| (rng.below(round % 9 + 1), pos)).collect();
            let mut sorted = candidates.clone();
            sorted.sort_unstable();
            let mut expected: Vec<usize> = sorted
                .iter()
                .take(MAX_DROPPED)
                .map(|&(_, pos)| pos)
                .collect();
            expected.sort_unstable();
            let omitted = n.saturating_sub(MAX_DROPPED) as u32;
            assert_eq!(nearest_dropped(candidates), (expected, omitted));
        }
    }

    #[test]
    fn changes_name_fields_and_rules() {
        let mut old = empty();
        old.provenance.parser = Some(Format::Text);
        old.headline = Some("A".into());
        old.provenance
            .add("headline", Rule::HeadlineRanker.at(None));
        old.language = Some("en".into());
        old.provenance
            .add("language", Rule::LanguageStopWords.at(None));
        let mut new = old.clone();
        new.headline = Some("B".into());
        new.provenance
            .set("headline", Rule::FirstBlockTitle.at(None));
        new.provenance.set(
            "language",
            Rule::LanguageStopWords.at(Some("line 1".into())),
        );
        new.authors.push(Author {
            name: "Jane Doe".into(),
            bio: None,
        });
        new.provenance
            .add("authors", Rule::AuthorsFromByline.at(None));
        let got: Vec<(&str, Vec<String>, Vec<String>, bool)> = changes(&old, &new)
            .into_iter()
            .map(|c| (c.field, c.old_rules, c.new_rules, c.value_changed))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "headline",
                    vec!["headline_ranker".to_string()],
                    vec!["first_block_title".to_string()],
                    true
                ),
                (
                    "authors",
                    vec![],
                    vec!["authors_from_byline".to_string()],
                    true
                ),
            ]
        );
    }

    #[test]
    fn unrecorded_provenance_compares_values_only() {
        let old = empty();
        let mut new = old.clone();
        new.provenance = Provenance {
            parser: Some(Format::Text),
            ..Provenance::default()
        };
        new.provenance
            .add("headline", Rule::HeadlineRanker.at(None));
        assert_eq!(changes(&old, &new), Vec::new());
    }

    #[test]
    fn gaps_catch_missing_and_extra_origins() {
        let mut a = empty();
        a.provenance.parser = Some(Format::Text);
        a.headline = Some("A".into());
        a.provenance.add("standfirst", Origin::new("made_up", None));
        assert_eq!(
            gaps(&a),
            [
                "headline: 1 values, 0 origins",
                "standfirst: 0 values, 1 origins",
                "made_up: unknown rule"
            ]
        );
    }
}
