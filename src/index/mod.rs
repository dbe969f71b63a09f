//! The search index: a tantivy index in `<store>/index/`, derived from the
//! article files and rebuilt from them whenever it cannot be trusted.
//!
//! Every commit carries a payload with [`INDEX_VERSION`] and a fingerprint
//! of the article directories (the modification times of `articles/` and
//! of each shard directory, which change whenever a file in them is
//! created, replaced, renamed or removed). A later command compares the
//! fingerprint with the directories as they are: a crash between a JSON
//! write and the index commit, or a file added or deleted by hand, shows up
//! as a mismatch, and the index is rebuilt. Checking costs one `stat` per
//! shard (at most 256), not one per article. An article edited in place
//! without a rename keeps its directory's time; `newsarc reindex` repairs
//! that case.

mod directory;
mod query;
pub mod schema;
pub mod tokenizer;

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tantivy::collector::TopDocs;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query};
use tantivy::schema::Value;
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, IndexReader, Order, ReloadPolicy, TantivyDocument, Term};

use crate::article::{Article, ArticleId};
use crate::error::{IndexError, StoreError};
use crate::search::{self, Filter, Hit, QueryError, Sort, Summary};
use crate::store::{Store, StoreLock};
pub use schema::INDEX_VERSION;
use schema::{DATE_FIELD, Fields, IMPORTED_FIELD};

/// Memory tantivy may use to buffer documents before writing a segment.
/// Larger means fewer, bigger segments (faster searches, fewer merges) at
/// the price of memory while importing; 256 MB holds ~50k typical articles.
const WRITER_HEAP_BYTES: usize = 256 * 1024 * 1024;

/// Characters of text around the matches shown in a search snippet: about
/// two lines of a terminal.
const SNIPPET_CHARS: usize = 160;

/// What is stored in each commit's payload.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct Payload {
    version: u32,
    fingerprint: String,
}

/// Why the index had to be rebuilt, as the user is told.
#[derive(Debug, Clone, PartialEq)]
pub enum RebuildReason {
    Missing,
    /// Written by another version of newsarc's index layout.
    Version(u32),
    /// Unreadable: damaged, or from an incompatible tantivy.
    Unreadable(String),
    /// Articles changed since the last commit (a crash, or edits by hand).
    OutOfDate,
    /// `newsarc reindex`.
    Requested,
}

impl fmt::Display for RebuildReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RebuildReason::Missing => write!(f, "it was missing"),
            RebuildReason::Version(v) => write!(
                f,
                "it was built by another version of newsarc (index version {v}, this one uses {INDEX_VERSION})"
            ),
            RebuildReason::Unreadable(why) => write!(f, "it could not be read ({why})"),
            RebuildReason::OutOfDate => write!(f, "article files changed since it was written"),
            RebuildReason::Requested => write!(f, "it was asked for"),
        }
    }
}

/// What a rebuild did; the CLI reports it on stderr.
#[derive(Debug)]
pub struct Rebuilt {
    pub reason: RebuildReason,
    /// Articles now in the index.
    pub indexed: usize,
    /// Article files that could not be read, each naming its path.
    pub skipped: Vec<StoreError>,
}

impl fmt::Display for Rebuilt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "search index rebuilt because {} ({} articles",
            self.reason, self.indexed
        )?;
        if !self.skipped.is_empty() {
            write!(f, ", {} unreadable files skipped", self.skipped.len())?;
        }
        write!(f, ")")
    }
}

/// How far an index on disk can be trusted.
enum State {
    Fresh(Index),
    /// Readable, but the articles changed since its last commit.
    Stale(Index),
    Unusable(RebuildReason),
}

/// An open index, for searching and listing.
pub struct Index {
    reader: IndexReader,
    fields: Fields,
    /// The store whose files results are checked against; `None` for the
    /// empty index of a store that does not exist.
    store: Option<Store>,
}

/// Results, and the article files that had to be skipped because they were
/// damaged after being indexed (each error names its path).
#[derive(Debug)]
pub struct Found<T> {
    pub items: Vec<T>,
    pub skipped: Vec<StoreError>,
}

/// How much of the article file a result needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    /// The stored summary, if the file has not changed since indexing.
    Summary,
    /// The whole article (for a snippet).
    Article,
}

/// What the article file says about an indexed result.
enum Verdict {
    /// Unchanged since it was indexed: the stored fields are right.
    Same,
    /// Read from the file: because it was needed (a search snippet) or
    /// because it was edited in place since it was indexed.
    Read(Box<Article>),
    /// Deleted by hand since.
    Gone,
    Damaged(StoreError),
}

impl Index {
    /// An index with nothing in it, for a store that does not exist yet.
    pub fn empty() -> Result<Index, IndexError> {
        let (schema, fields) = schema::build();
        let index = tantivy::Index::create_in_ram(schema);
        Index::with(index, fields, None, Path::new("(memory)"))
    }

    fn with(
        index: tantivy::Index,
        fields: Fields,
        store: Option<Store>,
        dir: &Path,
    ) -> Result<Index, IndexError> {
        schema::register_analyzers(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(IndexError::tantivy(dir))?;
        Ok(Index {
            reader,
            fields,
            store,
        })
    }

    /// Opens the index of `store` for reading, rebuilding it first when it
    /// is missing, of another version or out of date. While another
    /// process holds the store lock an out-of-date index is used as it is:
    /// that writer brings it up to date when it finishes.
    pub fn open(store: &Store) -> Result<(Index, Option<Rebuilt>), IndexError> {
        if !store.root().exists() {
            return Ok((Index::empty()?, None));
        }
        let lock = match check(store)? {
            State::Fresh(index) => return Ok((index, None)),
            State::Stale(index) => match store.try_lock()? {
                None => return Ok((index, None)),
                Some(lock) => lock,
            },
            // Missing or unreadable: wait for whoever holds the lock (it
            // may be rebuilding it right now), then look again.
            State::Unusable(_) => store.lock()?,
        };
        Index::repair(store, &lock)
    }

    /// With the lock held: checks again (another process may have just
    /// repaired it) and rebuilds when still needed.
    fn repair(store: &Store, lock: &StoreLock) -> Result<(Index, Option<Rebuilt>), IndexError> {
        let reason = match check(store)? {
            State::Fresh(index) => return Ok((index, None)),
            State::Stale(_) => RebuildReason::OutOfDate,
            State::Unusable(reason) => reason,
        };
        let rebuilt = rebuild_from(store, lock, reason)?;
        match check(store)? {
            State::Fresh(index) | State::Stale(index) => Ok((index, Some(rebuilt))),
            State::Unusable(reason) => Err(IndexError::Unusable(reason.to_string())),
        }
    }

    /// Number of articles in the index.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The best `limit` hits for `query` among the articles that pass
    /// `filter`, ordered by `sort`.
    pub fn search(
        &self,
        query: &search::Query,
        filter: &Filter,
        sort: Sort,
        limit: usize,
    ) -> Result<Found<Hit>, IndexError> {
        let mut builder = query::Builder::new(&self.fields);
        let text = builder.node(&query.root).ok_or(QueryError::Empty)?;
        let mut clauses = vec![(Occur::Must, text)];
        if let Some(f) = builder.filter(filter) {
            clauses.push((Occur::Must, f));
        }
        let full = BooleanQuery::new(clauses);
        let terms = self.snippet_terms(&builder.highlight)?;
        self.collect(&full, sort, limit, Need::Article, |doc, score, verdict| {
            let (summary, text) = match verdict {
                Verdict::Read(article) => (summary_of(&article), schema::snippet_source(&article)),
                _ => (self.summary(doc), String::new()),
            };
            hit(summary, &text, score, &terms)
        })
    }

    /// Articles that pass `filter`, newest first (or as `sort` says), at
    /// most `limit` of them.
    pub fn list(
        &self,
        filter: &Filter,
        sort: Sort,
        limit: Option<usize>,
    ) -> Result<Found<Summary>, IndexError> {
        let mut builder = query::Builder::new(&self.fields);
        let query: Box<dyn Query> = builder.filter(filter).unwrap_or_else(|| Box::new(AllQuery));
        let sort = if sort == Sort::Relevance {
            Sort::Newest
        } else {
            sort
        };
        let limit = limit.unwrap_or(usize::MAX);
        self.collect(
            query.as_ref(),
            sort,
            limit,
            Need::Summary,
            |doc, _, verdict| match verdict {
                Verdict::Read(article) => summary_of(&article),
                _ => self.summary(doc),
            },
        )
    }

    /// The first `limit` results whose article files are still readable,
    /// made by `make`. Results whose file was damaged or deleted since they
    /// were indexed are skipped, so more are fetched until `limit` is
    /// reached or the results run out.
    fn collect<T>(
        &self,
        query: &dyn Query,
        sort: Sort,
        limit: usize,
        need: Need,
        make: impl Fn(&TantivyDocument, f32, Verdict) -> T,
    ) -> Result<Found<T>, IndexError> {
        let total = usize::try_from(self.len()).unwrap_or(usize::MAX);
        let mut want = limit.min(total);
        loop {
            let found = self.top(query, sort, want)?;
            let exhausted = found.len() < want;
            let mut items = Vec::new();
            let mut skipped = Vec::new();
            for (score, address) in found {
                let doc = self.doc(address)?;
                match self.verify(&doc, need) {
                    Verdict::Gone => {}
                    Verdict::Damaged(err) => skipped.push(err),
                    verdict => items.push(make(&doc, score, verdict)),
                }
                if items.len() == limit {
                    break;
                }
            }
            if items.len() == limit || exhausted || want >= total {
                return Ok(Found { items, skipped });
            }
            want = want.saturating_mul(2).min(total);
        }
    }

    /// Compares the article file with what was indexed, by modification
    /// time, or reads it when the whole article is needed.
    fn verify(&self, doc: &TantivyDocument, need: Need) -> Verdict {
        let Some(store) = &self.store else {
            return Verdict::Same;
        };
        let Some(id) = self.id(doc) else {
            return Verdict::Gone;
        };
        let indexed = doc.get_first(self.fields.mtime).and_then(|v| v.as_i64());
        if need == Need::Summary {
            match file_mtime(store, &id) {
                None => return Verdict::Gone,
                Some(now) if Some(now) == indexed => return Verdict::Same,
                Some(_) => {}
            }
        }
        match store.get(&id) {
            Ok(article) => Verdict::Read(Box::new(article)),
            Err(StoreError::NotFound(_)) => Verdict::Gone,
            Err(err) => Verdict::Damaged(err),
        }
    }

    fn id(&self, doc: &TantivyDocument) -> Option<ArticleId> {
        doc.get_first(self.fields.id)
            .and_then(|v| v.as_str())
            .and_then(|s| s.parse().ok())
    }

    fn top(
        &self,
        query: &dyn Query,
        sort: Sort,
        limit: usize,
    ) -> Result<Vec<(f32, DocAddress)>, IndexError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let searcher = self.reader.searcher();
        let err = IndexError::tantivy(Path::new("index"));
        let by_field = |field: &str, order: Order| {
            let collector = TopDocs::with_limit(limit).order_by_fast_field::<i64>(field, order);
            searcher.search(query, &collector).map(|found| {
                found
                    .into_iter()
                    .map(|(_, address)| (0.0, address))
                    .collect::<Vec<_>>()
            })
        };
        match sort {
            Sort::Relevance => searcher
                .search(query, &TopDocs::with_limit(limit).order_by_score())
                .map_err(err),
            Sort::Newest => by_field(DATE_FIELD, Order::Desc).map_err(err),
            Sort::Oldest => by_field(DATE_FIELD, Order::Asc).map_err(err),
            Sort::Imported => by_field(IMPORTED_FIELD, Order::Desc).map_err(err),
        }
    }

    fn doc(&self, address: DocAddress) -> Result<TantivyDocument, IndexError> {
        self.reader
            .searcher()
            .doc(address)
            .map_err(IndexError::tantivy(Path::new("index")))
    }

    fn summary(&self, doc: &TantivyDocument) -> Summary {
        let f = &self.fields;
        let first = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(String::from)
        };
        let all = |field| {
            doc.get_all(field)
                .filter_map(|v| v.as_str().map(String::from))
                .collect::<Vec<_>>()
        };
        Summary {
            id: self.id(doc).unwrap_or_else(|| ArticleId::from_bytes(b"")),
            headline: first(f.headline),
            published: first(f.published),
            authors: all(f.author),
            site_name: first(f.site_name),
            tags: all(f.tag),
            imported_at: first(f.imported_at).unwrap_or_default(),
        }
    }

    /// The terms to highlight, weighted so rarer terms pick the snippet.
    fn snippet_terms(
        &self,
        terms: &std::collections::BTreeSet<String>,
    ) -> Result<BTreeMap<String, f32>, IndexError> {
        let searcher = self.reader.searcher();
        let mut weighted = BTreeMap::new();
        for term in terms {
            let freq = searcher
                .doc_freq(&Term::from_field_text(self.fields.body, term))
                .map_err(IndexError::tantivy(Path::new("index")))?;
            weighted.insert(term.clone(), 1.0 / (1.0 + freq as f32));
        }
        Ok(weighted)
    }
}

/// The summary of an article read from its file.
fn summary_of(a: &Article) -> Summary {
    Summary {
        id: a.id.clone(),
        headline: a.headline.clone(),
        published: a.published.clone(),
        authors: a.authors.iter().map(|x| x.name.clone()).collect(),
        site_name: a.site_name.clone(),
        tags: a.tags.clone(),
        imported_at: a.source.imported_at.clone(),
    }
}

fn hit(summary: Summary, text: &str, score: f32, terms: &BTreeMap<String, f32>) -> Hit {
    let (snippet, highlights) = snippet(text, terms);
    let headline_highlights = summary
        .headline
        .as_deref()
        .map(|h| highlight(h, terms))
        .unwrap_or_default();
    Hit {
        summary,
        score,
        snippet,
        highlights,
        headline_highlights,
    }
}

/// Modification time of an article file in ns since 1970, `None` when it
/// does not exist (or the platform cannot say).
pub fn file_mtime(store: &Store, id: &ArticleId) -> Option<i64> {
    let modified = fs::metadata(store.layout().article(id))
        .ok()?
        .modified()
        .ok()?;
    let nanos = modified.duration_since(UNIX_EPOCH).ok()?.as_nanos();
    i64::try_from(nanos).ok()
}

/// The best passage of `text` for `terms`, with `…` where it was cut, and
/// the byte ranges of the matches in it. Without a match in the text, its
/// beginning.
fn snippet(text: &str, terms: &BTreeMap<String, f32>) -> (String, Vec<(usize, usize)>) {
    let mut generator = SnippetGenerator::new(
        terms.clone(),
        tokenizer::stemmed(),
        tantivy::schema::Field::from_field_id(0),
        SNIPPET_CHARS,
    );
    generator.set_max_num_chars(SNIPPET_CHARS);
    let found = generator.snippet(text);
    let (range, mut highlights): (std::ops::Range<usize>, Vec<(usize, usize)>) =
        if found.fragment().is_empty() {
            let end = floor_char_boundary(text, SNIPPET_CHARS.min(text.len()));
            let end = if end < text.len() {
                text[..end].rfind(' ').unwrap_or(end)
            } else {
                end
            };
            (0..end, Vec::new())
        } else {
            let highlights = found
                .highlighted()
                .iter()
                .map(|r| (r.start, r.end))
                .collect();
            (found.fragment_range(), highlights)
        };
    let mut range = range;
    // Up to the end when only punctuation is left ("…Aleppo." not "…Aleppo…").
    if !text[range.end..].chars().any(char::is_alphanumeric) {
        range.end = text.len();
    }
    let mut out = String::new();
    if range.start > 0 {
        out.push('…');
        for h in &mut highlights {
            h.0 += '…'.len_utf8();
            h.1 += '…'.len_utf8();
        }
    }
    out.push_str(&text[range.clone()].replace('\n', " "));
    if range.end < text.len() {
        out.push('…');
    }
    (out, highlights)
}

/// Byte ranges of the words of `text` whose stemmed term is in `terms`.
fn highlight(text: &str, terms: &BTreeMap<String, f32>) -> Vec<(usize, usize)> {
    let mut analyzer = tokenizer::stemmed();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = tantivy::tokenizer::TokenStream::next(&mut stream) {
        if terms.contains_key(&token.text) {
            out.push((token.offset_from, token.offset_to));
        }
    }
    out
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Opens the index on disk and says how far it can be trusted.
fn check(store: &Store) -> Result<State, IndexError> {
    let dir = store.layout().index_dir();
    if !dir.join("meta.json").exists() {
        return Ok(State::Unusable(RebuildReason::Missing));
    }
    let opened = directory::ReaderDirectory::open(&dir)
        .and_then(tantivy::Index::open)
        .and_then(|i| {
            let metas = i.load_metas()?;
            Ok((i, metas.payload))
        });
    let (index, payload) = match opened {
        Ok(found) => found,
        Err(e) => return Ok(State::Unusable(RebuildReason::Unreadable(e.to_string()))),
    };
    let payload: Option<Payload> = payload.and_then(|p| serde_json::from_str(&p).ok());
    let Some(payload) = payload else {
        return Ok(State::Unusable(RebuildReason::Unreadable(
            "no newsarc commit".into(),
        )));
    };
    if payload.version != INDEX_VERSION {
        return Ok(State::Unusable(RebuildReason::Version(payload.version)));
    }
    let (schema, fields) = schema::build();
    if index.schema() != schema {
        return Ok(State::Unusable(RebuildReason::Unreadable(
            "unexpected fields".into(),
        )));
    }
    let index = Index::with(index, fields, Some(store.clone()), &dir)?;
    Ok(if payload.fingerprint == fingerprint(store)? {
        State::Fresh(index)
    } else {
        State::Stale(index)
    })
}

/// A digest of the modification times of `articles/` and its shard
/// directories: it changes whenever an article file is added, replaced or
/// removed (see the module docs).
fn fingerprint(store: &Store) -> Result<String, IndexError> {
    let dir = store.layout().articles_dir();
    let mut hasher = Sha256::new();
    let mut add = |name: &str, path: &Path| -> Result<(), IndexError> {
        let meta = match fs::metadata(path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(IndexError::io("reading", path)(e)),
        };
        let modified = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        hasher.update(format!("{name} {modified}\n"));
        Ok(())
    };
    add("articles", &dir)?;
    let mut shards: Vec<(String, PathBuf)> = match fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok().map(|n| (n, e.path())))
            .collect(),
        Err(e) if e.kind() == ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(IndexError::io("reading", &dir)(e)),
    };
    shards.sort();
    for (name, path) in &shards {
        add(name, path)?;
    }
    let digest = hasher.finalize();
    Ok(digest.iter().take(16).map(|b| format!("{b:02x}")).collect())
}

/// Rebuilds the index from every readable article file: builds a new index
/// beside the old one and swaps it in, so a failure leaves the old one.
pub fn rebuild_from(
    store: &Store,
    lock: &StoreLock,
    reason: RebuildReason,
) -> Result<Rebuilt, IndexError> {
    let _proof_of_lock = lock;
    let layout = store.layout();
    let dir = layout.index_dir();
    let fresh = layout
        .root()
        .join(format!(".index-new-{}", std::process::id()));
    remove_dir_if_exists(&fresh)?;
    fs::create_dir_all(&fresh).map_err(IndexError::io("creating", &fresh))?;
    // Taken before reading: a change made while we read shows up as a
    // mismatch next time instead of being lost.
    let print = fingerprint(store)?;
    let (schema, fields) = schema::build();
    let index =
        tantivy::Index::create_in_dir(&fresh, schema).map_err(IndexError::tantivy(&fresh))?;
    schema::register_analyzers(&index);
    let mut writer = Indexer::start(index, fields, &fresh)?;
    let mut indexed = 0;
    let mut skipped = Vec::new();
    for id in store.ids()? {
        // Stat before reading: if the file changes in between, the time
        // recorded is older than the file and the result is re-read.
        let mtime = file_mtime(store, &id);
        match store.get(&id) {
            Ok(article) => {
                writer.add(&article, mtime.unwrap_or(0))?;
                indexed += 1;
            }
            Err(StoreError::NotFound(_)) => {}
            Err(err) => skipped.push(err),
        }
    }
    writer.commit_with(print)?;
    writer.wait()?;
    let old = layout
        .root()
        .join(format!(".index-old-{}", std::process::id()));
    remove_dir_if_exists(&old)?;
    match fs::rename(&dir, &old) {
        Err(e) if e.kind() != ErrorKind::NotFound => {
            return Err(IndexError::io("moving aside", &dir)(e));
        }
        _ => {}
    }
    fs::rename(&fresh, &dir).map_err(IndexError::io("renaming", &fresh))?;
    let _ = fs::remove_dir_all(&old);
    Ok(Rebuilt {
        reason,
        indexed,
        skipped,
    })
}

fn remove_dir_if_exists(dir: &Path) -> Result<(), IndexError> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() != ErrorKind::NotFound => Err(IndexError::io("removing", dir)(e)),
        _ => Ok(()),
    }
}

/// Adds and removes articles; changes become visible at [`Indexer::commit`].
pub struct Indexer {
    writer: tantivy::IndexWriter,
    fields: Fields,
    dir: PathBuf,
    changed: bool,
}

impl Indexer {
    /// Opens the index of `store` for writing, rebuilding it first if it
    /// cannot be trusted. The store lock proves no other writer runs.
    pub fn open(store: &Store, lock: &StoreLock) -> Result<(Indexer, Option<Rebuilt>), IndexError> {
        let rebuilt = match check(store)? {
            State::Fresh(_) => None,
            State::Stale(_) => Some(rebuild_from(store, lock, RebuildReason::OutOfDate)?),
            State::Unusable(reason) => Some(rebuild_from(store, lock, reason)?),
        };
        let dir = store.layout().index_dir();
        let index = tantivy::Index::open_in_dir(&dir).map_err(IndexError::tantivy(&dir))?;
        let (_, fields) = schema::build();
        schema::register_analyzers(&index);
        Ok((Indexer::start(index, fields, &dir)?, rebuilt))
    }

    fn start(index: tantivy::Index, fields: Fields, dir: &Path) -> Result<Indexer, IndexError> {
        let writer = index
            .writer(WRITER_HEAP_BYTES)
            .map_err(IndexError::tantivy(dir))?;
        Ok(Indexer {
            writer,
            fields,
            dir: dir.to_path_buf(),
            changed: false,
        })
    }

    /// Adds an article whose file was modified at `mtime` (see
    /// [`file_mtime`]), replacing any earlier version of it.
    pub fn add(&mut self, article: &Article, mtime: i64) -> Result<(), IndexError> {
        self.remove(&article.id);
        self.writer
            .add_document(schema::document(&self.fields, article, mtime))
            .map_err(IndexError::tantivy(&self.dir))?;
        Ok(())
    }

    /// Removes an article (nothing happens if it is not indexed).
    pub fn remove(&mut self, id: &ArticleId) {
        self.writer
            .delete_term(Term::from_field_text(self.fields.id, id.as_str()));
        self.changed = true;
    }

    /// Makes the changes visible, recording that the index matches the
    /// article files as they are now.
    pub fn commit(&mut self, store: &Store) -> Result<(), IndexError> {
        if !self.changed {
            return Ok(());
        }
        self.commit_with(fingerprint(store)?)
    }

    fn commit_with(&mut self, fingerprint: String) -> Result<(), IndexError> {
        let payload = serde_json::to_string(&Payload {
            version: INDEX_VERSION,
            fingerprint,
        })
        .expect("a two-field struct always serializes");
        let mut prepared = self
            .writer
            .prepare_commit()
            .map_err(IndexError::tantivy(&self.dir))?;
        prepared.set_payload(&payload);
        prepared.commit().map_err(IndexError::tantivy(&self.dir))?;
        self.changed = false;
        Ok(())
    }

    /// Waits for background merges, so the next reader sees few segments.
    pub fn wait(self) -> Result<(), IndexError> {
        self.writer
            .wait_merging_threads()
            .map_err(IndexError::tantivy(&self.dir))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Format, SourceInfo, sha256_hex};
    use crate::search::Query;

    fn article(seed: &str, headline: &str, body: &str) -> Article {
        let mut a = Article::new(SourceInfo {
            location: seed.into(),
            format: Format::Text,
            sha256: sha256_hex(seed.as_bytes()),
            imported_at: "2026-01-01T00:00:00Z".into(),
        });
        a.headline = Some(headline.into());
        a.body = vec![body.into()];
        a
    }

    fn store_with(articles: &[Article]) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path());
        let lock = store.lock().unwrap();
        for a in articles {
            store.put(&lock, a, a.source.location.as_bytes()).unwrap();
        }
        (dir, store)
    }

    fn ids(index: &Index, query: &str) -> Vec<String> {
        let q = Query::parse(query).unwrap();
        let found = index
            .search(&q, &Filter::default(), Sort::Relevance, 100)
            .unwrap();
        let mut ids: Vec<String> = found
            .items
            .iter()
            .map(|h| h.summary.id.to_string())
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn missing_index_is_built_then_fresh() {
        let a = article("a", "Talks on Aleppo", "Militant withdrawal was discussed.");
        let (_dir, store) = store_with(std::slice::from_ref(&a));
        let (index, rebuilt) = Index::open(&store).unwrap();
        assert_eq!(rebuilt.map(|r| r.reason), Some(RebuildReason::Missing));
        assert_eq!(ids(&index, "aleppo"), vec![a.id.to_string()]);
        let (_, rebuilt) = Index::open(&store).unwrap();
        assert!(rebuilt.is_none(), "a fresh index is used as it is");
    }

    #[test]
    fn index_of_another_version_is_rebuilt() {
        let a = article("a", "Talks on Aleppo", "Text.");
        let (_dir, store) = store_with(std::slice::from_ref(&a));
        Index::open(&store).unwrap();
        let dir = store.layout().index_dir();
        let old = tantivy::Index::open_in_dir(&dir).unwrap();
        let mut writer: tantivy::IndexWriter = old.writer(15_000_000).unwrap();
        let mut prepared = writer.prepare_commit().unwrap();
        prepared.set_payload(r#"{"version": 0, "fingerprint": ""}"#);
        prepared.commit().unwrap();
        drop(writer);
        let (index, rebuilt) = Index::open(&store).unwrap();
        assert_eq!(rebuilt.map(|r| r.reason), Some(RebuildReason::Version(0)));
        assert_eq!(ids(&index, "aleppo").len(), 1);
    }

    #[test]
    fn excluded_phrases_and_words_across_segments() {
        let a = article("a", "One", "militant withdrawal from the city");
        let b = article("b", "Two", "withdrawal of the militant groups");
        let c = article("c", "Three", "nothing to see");
        let (_dir, store) = store_with(&[a.clone(), b.clone(), c.clone()]);
        let (index, _) = Index::open(&store).unwrap();
        assert_eq!(
            ids(&index, "\"militant withdrawal\""),
            vec![a.id.to_string()]
        );
        assert_eq!(
            ids(&index, "withdrawal -\"militant withdrawal\""),
            vec![b.id.to_string()]
        );
        let mut not_a = vec![b.id.to_string(), c.id.to_string()];
        not_a.sort();
        assert_eq!(ids(&index, "NOT \"militant withdrawal\""), not_a);
    }

    #[test]
    fn snippets_mark_matches_and_ellipses_only_where_cut() {
        let terms: BTreeMap<String, f32> = [("aleppo".to_string(), 1.0)].into();
        let (s, h) = snippet("Talks on Aleppo.", &terms);
        assert_eq!(s, "Talks on Aleppo.");
        assert_eq!(&s[h[0].0..h[0].1], "Aleppo");
        let long = format!(
            "{} Aleppo’s fate {}",
            "word ".repeat(60),
            "more ".repeat(60)
        );
        let (s, h) = snippet(&long, &terms);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert_eq!(&s[h[0].0..h[0].1], "Aleppo’s");
        let (s, h) = snippet("No match here.", &terms);
        assert_eq!((s.as_str(), h.len()), ("No match here.", 0));
    }
}
