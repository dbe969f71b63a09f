//! The tantivy schema, its version, and how an [`Article`] becomes an index
//! document. Bump [`INDEX_VERSION`] whenever a field, an analyzer or what
//! goes into a field changes: an index of another version is rebuilt.

use tantivy::schema::{
    FAST, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{Index, TantivyDocument};

use super::tokenizer::{self, FOLDED, STEMMED};
use crate::article::Article;
use crate::search::date_key;

/// Version of the index layout; see the module docs.
pub const INDEX_VERSION: u32 = 3;

/// Handles of every field, resolved once from the schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Article id, exact (raw), stored.
    pub id: tantivy::schema::Field,
    /// Headline, stemmed, stored.
    pub headline: tantivy::schema::Field,
    /// Standfirst, body paragraphs and image captions, stemmed; not stored
    /// (snippets come from the article file, see [`snippet_source`]).
    pub body: tantivy::schema::Field,
    /// One value per author name, folded, stored in order.
    pub author: tantivy::schema::Field,
    /// Names of quoted speakers, folded.
    pub speaker: tantivy::schema::Field,
    /// Site name and the words of the URL's host, folded.
    pub site: tantivy::schema::Field,
    /// The site name as written, stored for display.
    pub site_name: tantivy::schema::Field,
    /// User tags, exact, stored.
    pub tag: tantivy::schema::Field,
    /// `published` and `imported_at` as written, stored for display.
    pub published: tantivy::schema::Field,
    pub imported_at: tantivy::schema::Field,
    /// Sort and filter date: the key of `published`, else of `imported_at`.
    pub date: tantivy::schema::Field,
    /// The key of `imported_at`, for `--sort imported`.
    pub imported: tantivy::schema::Field,
    /// Modification time of the article file when indexed (ns since 1970):
    /// a result whose file has another time was edited in place and is
    /// read again from the file.
    pub mtime: tantivy::schema::Field,
}

/// Field names, used for lookups by name (sorting by fast field).
pub const DATE_FIELD: &str = "date";
pub const IMPORTED_FIELD: &str = "imported";

/// Builds the schema and the field handles.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |analyzer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let fields = Fields {
        id: b.add_text_field("id", STRING | STORED),
        headline: b.add_text_field("headline", text(STEMMED).set_stored()),
        body: b.add_text_field("body", text(STEMMED)),
        author: b.add_text_field("author", text(FOLDED).set_stored()),
        speaker: b.add_text_field("speaker", text(FOLDED)),
        site: b.add_text_field("site", text(FOLDED)),
        site_name: b.add_text_field("site_name", STORED),
        tag: b.add_text_field("tag", STRING | STORED),
        published: b.add_text_field("published", STORED),
        imported_at: b.add_text_field("imported_at", STORED),
        date: b.add_i64_field(DATE_FIELD, INDEXED | FAST),
        imported: b.add_i64_field(IMPORTED_FIELD, FAST),
        mtime: b.add_i64_field("mtime", STORED),
    };
    (b.build(), fields)
}

/// Makes the index know our analyzers; needed after every open.
pub fn register_analyzers(index: &Index) {
    let manager = index.tokenizers();
    manager.register(STEMMED, tokenizer::stemmed());
    manager.register(FOLDED, tokenizer::folded());
}

/// The index document of an article whose file was modified at `mtime`.
pub fn document(f: &Fields, a: &Article, mtime: i64) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_i64(f.mtime, mtime);
    doc.add_text(f.id, a.id.as_str());
    if let Some(headline) = &a.headline {
        doc.add_text(f.headline, headline);
    }
    let captions = a.images.iter().filter_map(|i| i.caption.as_ref());
    for value in a.standfirst.iter().chain(&a.body).chain(captions) {
        doc.add_text(f.body, value);
    }
    for author in &a.authors {
        doc.add_text(f.author, &author.name);
    }
    for speaker in a.quotes.iter().filter_map(|q| q.speaker.as_ref()) {
        doc.add_text(f.speaker, speaker);
    }
    if let Some(site) = &a.site_name {
        doc.add_text(f.site, site);
        doc.add_text(f.site_name, site);
    }
    if let Some(host) = a.url.as_deref().and_then(url_host) {
        doc.add_text(f.site, host);
    }
    for tag in &a.tags {
        doc.add_text(f.tag, tag);
    }
    if let Some(published) = &a.published {
        doc.add_text(f.published, published);
    }
    doc.add_text(f.imported_at, &a.source.imported_at);
    let imported = date_key(&a.source.imported_at).unwrap_or(0);
    let date = a
        .published
        .as_deref()
        .and_then(date_key)
        .unwrap_or(imported);
    doc.add_i64(f.date, date);
    doc.add_i64(f.imported, imported);
    doc
}

/// The text snippets are cut from: standfirst and body, one paragraph a
/// line. It is read from the article file rather than stored in the index:
/// a stored copy of every body made the index as large as the JSON files,
/// while reading the ten files of a page of hits costs well under 1 ms.
pub fn snippet_source(a: &Article) -> String {
    let paragraphs: Vec<&str> = a
        .standfirst
        .iter()
        .chain(&a.body)
        .map(String::as_str)
        .collect();
    paragraphs.join("\n")
}

/// The host of an http(s) URL, without a `www.` (it says nothing).
fn url_host(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_come_from_http_urls_only() {
        let cases = [
            ("https://www.bbc.co.uk/news/1", Some("bbc.co.uk")),
            ("http://user@example.org:8080/x", Some("example.org")),
            ("https://apnews.com?x=1", Some("apnews.com")),
            ("ftp://example.org/", None),
            ("https://", None),
        ];
        for (url, host) in cases {
            assert_eq!(url_host(url), host, "{url}");
        }
    }
}
