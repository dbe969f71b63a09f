//! The raw-text extractor: a page dump in, article fields out.
//!
//! A Markdown file (a web clipper's) is first read as the text it marks
//! up (`markdown`), its front matter kept for the fields the text leaves
//! open.
//! The dump is cut into blocks (`blocks`), each block gets features
//! (`features`), a learned classifier picks the body (`classify`, weights
//! in `model`), and the metadata rules (`meta`) find the headline, byline,
//! date and the rest around it. Every rule that fills a field records
//! itself in the article's provenance; `dropped` says why each block left
//! out was left out.

pub mod blocks;
pub mod classify;
pub mod columns;
pub mod dropped;
pub mod features;
pub mod markdown;
pub mod meta;
pub mod model;
mod phrase_table;

use crate::article::{Article, Format};
use crate::parse::provenance::Rule;

pub use model::{HEADLINE, MODEL};

/// Fills `article` from raw text, with the provenance of every field.
/// Returns the number of words in its body (`split_whitespace`'s), which
/// the block features counted.
pub fn extract(text: &str, article: &mut Article) -> usize {
    let markdown = markdown::plain(text);
    let text = markdown.as_ref().map_or(text, |m| m.text.as_str());
    let blocks = blocks::split(text);
    let page = features::page(&blocks);
    let mut p = classify::probabilities(&page.vectors, &MODEL);
    // A cookie or consent notice is never body, however much it reads
    // like prose (see `rules::CONSENT_NOTICE_PHRASES`).
    for i in page.consent_notices() {
        p[i] = 0.0;
    }
    let mut keep = classify::select(&p, &page, &MODEL);
    classify::drop_near_repeats(&mut keep, &page.repeated_by);
    // What a text browser prints that a reader never saw as text (form
    // controls, frame lines, spacers, image file names). Left out only
    // now: as blocks they still part the text around them as the
    // classifier learned, and the article's region is found as before.
    for (keep, block) in keep.iter_mut().zip(&blocks) {
        if *keep {
            *keep = blocks::unread(&block.text).is_none();
        }
    }
    article.provenance.parser = Some(Format::Text);
    let mut roles = meta::fill(text, &blocks, &page, &p, &keep, article);
    meta::drop_repeated_paragraphs(&mut roles, &page);
    dropped::record(&blocks, &page, &p, &roles, &mut article.provenance);
    article.body = meta::body_texts(blocks, &roles);
    if let Some(markdown) = &markdown {
        markdown.fill_open_fields(article);
    }
    if let Some(code) = page.language {
        article.language = Some(code.to_string());
        article
            .provenance
            .set("language", Rule::LanguageStopWords.at(None));
    }
    roles
        .iter()
        .zip(&page.spaced_words)
        .filter(|(role, _)| **role == meta::Role::Body)
        .map(|(_, words)| words)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The article `extract` makes of `dump`, and the body's word count
    /// it returns.
    fn extracted(dump: &str) -> (Article, usize) {
        let mut article = Article::new(crate::article::SourceInfo {
            location: "t".into(),
            format: Format::Text,
            sha256: "0".repeat(64),
            imported_at: "2026-01-01T00:00:00Z".into(),
        });
        let words = extract(dump, &mut article);
        (article, words)
    }

    /// The seed's shape: a title, `header` under it, four paragraphs of
    /// text (`PARAGRAPH`).
    fn under_title(header: &str) -> Article {
        let dump = format!(
            "Smartphones are changing how we sleep\n\n{header}\n\n{}",
            format!("{PARAGRAPH}\n\n").repeat(4)
        );
        extracted(&dump).0
    }

    /// Every paragraph of `article`'s body is the text's own.
    fn assert_only_text(article: &Article, case: &str) {
        assert!(
            article.body.iter().all(|p| p.starts_with("The study")),
            "{case}: {:?}",
            article.body
        );
    }

    /// The block of `article`'s dropped list that starts with `start`.
    fn dropped<'a>(article: &'a Article, start: &str) -> &'a crate::article::Dropped {
        let found = article
            .provenance
            .dropped
            .iter()
            .find(|d| d.text.starts_with(start));
        found.unwrap_or_else(|| panic!("{start:?} is not listed as dropped"))
    }

    /// A paragraph of article text, for the pages the tests build.
    const PARAGRAPH: &str = "The study followed 2,000 patients for ten years, and the \
        researchers said the results held for every age group they looked at, though the \
        effect was strongest in the oldest patients.";

    /// The body's word count `extract` returns is `split_whitespace`'s
    /// over the body it filled in: on every text fixture, and on a dump
    /// whose lines hold white space of every kind.
    #[test]
    fn the_body_word_count_is_the_bodys() {
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/text");
        let mut dumps: Vec<String> = std::fs::read_dir(fixtures)
            .expect("fixtures/text")
            .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path().join("input.txt")).ok())
            .collect();
        let line = "Some  words\tof the\u{a0}text, \u{3000}with\u{2009}white space of every kind \u{85}here.";
        dumps.push(format!(
            "Title of it\n\n{}\n",
            format!("{line} {line}\n\n").repeat(8)
        ));
        assert!(dumps.len() > 10);
        for dump in &dumps {
            let (article, words) = extracted(dump);
            let counted: usize = article
                .body
                .iter()
                .map(|p| p.split_whitespace().count())
                .sum();
            assert_eq!(words, counted);
            assert!(words > 0);
        }
    }

    /// The dateline opens the text's first paragraph, which can follow
    /// the lead picture's caption in the body.
    #[test]
    fn the_dateline_is_read_past_a_caption_over_the_text() {
        let dump = "Senate passes bill to avert a government shutdown\n\n\
            By Lisa Mascaro\n\n\
            Senators leave the Capitol on Thursday night after the last vote of the week.\n\n\
            WASHINGTON (AP) — The Senate passed a short-term spending bill late on Thursday \
            night, sending it to the president with only hours to spare before the deadline.\n\n\
            The vote was 77 to 13, and the House had approved the same measure earlier in the \
            day after a long debate over the money it sets aside for disaster relief.\n\n\
            Leaders of both parties said they hoped to agree on the rest of the year's budget \
            before the new deadline, though few of their members expected them to.\n";
        let (article, _) = extracted(dump);
        assert!(
            article.body[0].starts_with("Senators leave"),
            "{:?}",
            article.body
        );
        assert_eq!(article.dateline.as_deref(), Some("WASHINGTON"));
    }

    /// lynx prints "IFRAME:" and the frame's address for a video or an ad
    /// slot inside the article; a blog's spacer paragraph holds only a
    /// zero-width joiner; an image whose alt text is its file name prints
    /// the name.
    #[test]
    fn what_a_text_browser_prints_for_frames_spacers_and_images_is_no_body() {
        let paragraph = PARAGRAPH;
        let dump = format!(
            "Brain scans show how decisions form\n\n{paragraph} One.\n\n{paragraph} Two.\n\n\
            IFRAME: https://www.youtube.com/embed/Q0CbN8sfihY?rel=0&\n\n\u{200D}\n\n{paragraph} Three.\n\n\
            IMG_2006_blog.jpg\n\n\
            {paragraph} Four.\n"
        );
        let (article, _) = extracted(&dump);
        assert_eq!(article.body.len(), 4, "{:?}", article.body);
        assert!(article.body.iter().all(|p| p.starts_with("The study")));
        assert_eq!(dropped(&article, "IFRAME:").reason, "form_or_frame_line");
        for reason in ["prints_nothing", "image_file_name"] {
            assert!(
                article
                    .provenance
                    .dropped
                    .iter()
                    .any(|d| d.reason == reason),
                "{reason}"
            );
        }
    }

    /// A byline without "By" under the title of a plain copy: names and
    /// their institution (as The Conversation signs), a role or an
    /// agency after a comma, a dash or in brackets, a reading time,
    /// co-authors' names alone. Each is the byline, not the headline.
    #[test]
    fn bare_bylines_under_the_title_are_no_headline() {
        for (byline, names) in [
            (
                "Shelia R. Cotten, Clemson University",
                &["Shelia R. Cotten"][..],
            ),
            ("Jane Doe, PhD, University of Leeds", &["Jane Doe"]),
            ("Jane Doe, Staff Writer", &["Jane Doe"]),
            ("JANE DOE, Associated Press", &["Jane Doe"]),
            ("Jane Doe — Associated Press", &["Jane Doe"]),
            ("Jane Doe and John Roe", &["Jane Doe", "John Roe"]),
            ("Jane Doe (Reuters)", &["Jane Doe"]),
            ("Jane Doe · 5 min read", &["Jane Doe"]),
        ] {
            let dump = format!(
                "Smartphones are changing how we sleep\n\n{byline}\n\n{}",
                format!("{PARAGRAPH}\n\n").repeat(4)
            );
            let (article, _) = extracted(&dump);
            assert_eq!(
                article.headline.as_deref(),
                Some("Smartphones are changing how we sleep"),
                "{byline}"
            );
            let found: Vec<&str> = article.authors.iter().map(|a| a.name.as_str()).collect();
            assert_eq!(found, names, "{byline}");
        }
    }

    /// A wire photo's caption between paragraphs is the picture's, not
    /// the text's, however long.
    #[test]
    fn a_wire_photo_caption_is_an_image() {
        let caption = "A woman checks her phone in bed in London, Britain, March 1, 2024, a day \
            before the study was published in the journal. REUTERS/John Roe/File Photo";
        let paragraph = PARAGRAPH;
        let dump = format!(
            "Smartphones are changing how we sleep\n\nBy Jane Doe\n\n{paragraph} One.\n\n\
             {caption}\n\n{paragraph} Two.\n\n{paragraph} Three.\n\n{paragraph} Four.\n"
        );
        let (article, _) = extracted(&dump);
        assert_eq!(article.body.len(), 4, "{:?}", article.body);
        assert_eq!(article.images.len(), 1);
        assert_eq!(article.images[0].caption.as_deref(), Some(caption));
    }

    /// A widget's label between two paragraphs ("Share this article",
    /// "Back to Top") is no paragraph.
    #[test]
    fn a_widget_label_is_no_body() {
        let more = "More work is needed to know why, the authors wrote in the journal, \
            and they plan to follow the group for another decade.";
        for label in ["Share this article", "Back to Top", "Comments", "Tags:"] {
            let dump = format!(
                "Smartphones are changing how we sleep\n\nBy Jane Doe\n\n\
                 {PARAGRAPH}\n\n{label}\n\n{more}\n"
            );
            let (article, _) = extracted(&dump);
            assert_eq!(article.body.len(), 2, "{label}: {:?}", article.body);
        }
    }

    /// The author's job title under the name is the byline's, neither a
    /// paragraph nor the headline.
    #[test]
    fn a_job_title_under_the_byline_is_no_body() {
        for lines in [
            "By Jane Doe\nHealth Reporter",
            "Jane Doe\nStaff Writer",
            "Jane Doe\nSenior Health Reporter, The Times",
        ] {
            let article = under_title(lines);
            assert_eq!(
                article.headline.as_deref(),
                Some("Smartphones are changing how we sleep"),
                "{lines}"
            );
            let names: Vec<&str> = article.authors.iter().map(|a| a.name.as_str()).collect();
            assert_eq!(names, ["Jane Doe"], "{lines}");
            assert_only_text(&article, lines);
        }
    }

    /// Every date line of the header leaves the body, not only the one
    /// the date was first read from: the earlier of two ("Updated …" over
    /// "Published …"), a first-publication line, a labelled line that
    /// prints its date twice, a date alone.
    #[test]
    fn date_lines_are_no_body() {
        for (lines, day) in [
            (
                "Updated March 5, 2024\n\nPublished March 4, 2024",
                "2024-03-04",
            ),
            ("Originally published on March 4, 2024", "2024-03-04"),
            ("First published on Mon 4 Mar 2024 15.45 GMT", "2024-03-04"),
            (
                "Published Thursday 27 July 2017 Published Thu 27 Jul 2017",
                "2017-07-27",
            ),
            ("By Jane Doe\n\n8/1/2025", "2025-08-01"),
        ] {
            let article = under_title(lines);
            assert_eq!(article.published.as_deref(), Some(day), "{lines}");
            assert_only_text(&article, lines);
        }
    }

    /// An age under the byline ("2 hours ago", "il y a 3 heures") is the
    /// page's furniture, not a paragraph of the article.
    #[test]
    fn an_age_line_is_no_body() {
        for age in ["2 hours ago", "il y a 3 heures", "vor 3 Std."] {
            let article = under_title(&format!("By Jane Doe\n\n{age}"));
            assert_only_text(&article, age);
        }
    }

    /// w3m and lynx print the consent dialog a browser hides: a long
    /// paragraph over the article that reads like prose.
    #[test]
    fn a_consent_notice_is_no_body_however_long() {
        let notice = "We use cookies and similar technologies to improve your browsing experience, \
            personalize content and offers, show targeted ads, analyze traffic, and better understand \
            you. We may share your information with third-party partners for marketing purposes. To \
            learn more and make choices about data use, visit our Advertising Policy and Privacy \
            Policy. By clicking Accept and Continue below, you consent to these activities.";
        let paragraph = PARAGRAPH;
        let dump = format!(
            "Brain scans show how decisions form\n\n{notice}\n\n{}\n",
            format!("{paragraph}\n\n").repeat(5)
        );
        let (article, _) = extracted(&dump);
        assert!(
            !article.body.is_empty() && article.body.iter().all(|p| p.starts_with("The study")),
            "{:?}",
            article.body
        );
        let notice = dropped(&article, "We use cookies");
        assert_eq!(notice.evidence.as_deref(), Some("we use cookies"));
    }
}
