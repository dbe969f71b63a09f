//! The search index: a tantivy index in `<store>/index/`, derived from the
//! article files and rebuilt from them whenever it cannot be trusted.
//!
//! Freshness costs one small read per command, not a scan of the store.
//! Every commit carries a payload with [`INDEX_VERSION`] and the store's
//! article generation ([`Store::generation`]), a counter that every newsarc
//! writer bumps, under the store lock, before it changes an article file.
//! An index recorded at another generation is out of date (a writer died
//! between its JSON writes and its index commit, or could not update the
//! index) and is rebuilt by the next command.
//!
//! Changes made by hand, outside newsarc, do not move the counter. They are
//! caught where they matter: every result is checked against its article
//! file before it is shown (its modification time, one `stat`), and a
//! result whose file was deleted or replaced since it was indexed makes the
//! command rebuild the index and answer again. An article file added by
//! hand is reported by `newsarc check` (see [`disagreements`]) and indexed
//! by `check --repair` or `newsarc reindex`.

mod backlog;
mod directory;
mod query;
pub mod schema;
mod snippet;
pub mod tokenizer;

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};
use tantivy::collector::TopDocs;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query};
use tantivy::schema::Value;
use tantivy::{DocAddress, IndexReader, Order, ReloadPolicy, TantivyDocument, Term};

use crate::article::{Article, ArticleId};
use crate::error::{IndexError, StoreError};
use crate::search::{self, Filter, Hit, QueryError, Sort, Summary};
use crate::store::{Progress, Store, StoreLock};
pub use schema::INDEX_VERSION;
use schema::{DATE_FIELD, Fields, IMPORTED_FIELD};
use snippet::Snippets;

/// Memory tantivy may use to buffer documents before writing a segment
/// (~22k typical articles). The indexing thread writes each segment out
/// itself, and meanwhile indexes nothing: with 256 MB a 100k import wrote
/// a 90k-article segment in one go, the storing thread gave up waiting
/// for it (see `backlog`), and the run ended with the indexer catching up
/// alone for 7 s (under load) before the final merge. With 64 MB the
/// pauses are short enough that nothing piles up (the run ends ~1 s after
/// its last article is stored), the indexing thread spends the same CPU
/// (42.6 s against 43.2 s at 100k), and a bulk run still ends merged into
/// one segment (see [`Indexer::wait`]).
const WRITER_HEAP_BYTES: usize = 64 * 1024 * 1024;

/// Threads that index documents during an import. One: indexing is bound
/// by memory latency (every rare word misses the cache in the term table
/// and the stem cache), and a second thread doubled those tables, split
/// the batch into two segments to merge afterwards, and took CPU from the
/// parser; a 10k import used 13% less CPU with one (11.7 s against
/// 13.4 s), and that one thread indexes faster than the rest of an import
/// can feed it.
const INDEXING_THREADS: usize = 1;

/// Most threads that index documents during a rebuild, which has no
/// parsing to share the CPU with: one indexing thread was 80 % of a 100k
/// rebuild (reading the files 15 %, the final merge 10 %). Four keep each
/// thread's share of `WRITER_HEAP_BYTES` above tantivy's 15 MB minimum.
const REBUILD_MAX_THREADS: usize = 4;

/// Documents that may wait for the indexing thread (see [`backlog`]):
/// enough that the storing thread, once stopped, has ~0.1 s of work to
/// hand over before it waits again (half of them), few enough that a run
/// ends with under 0.2 s of indexing left.
const BACKLOG_DOCS: usize = 512;

/// Article files read between two progress reports of a rebuild: often
/// enough for a bar to move (a 100,000-article rebuild takes ~9 s), rare
/// enough to cost nothing.
const PROGRESS_EVERY: usize = 256;

/// What is stored in each commit's payload.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct Payload {
    version: u32,
    /// The store's article generation the index matches (absent before
    /// index version 3, whose version then tells it is out of date).
    #[serde(default)]
    generation: u64,
}

/// Why the index had to be rebuilt, as the user is told.
#[derive(Debug, Clone, PartialEq, Eq)]
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
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let n = self.indexed;
        write!(
            f,
            "search index rebuilt because {} ({n} article{}",
            self.reason,
            plural(n)
        )?;
        let n = self.skipped.len();
        if n > 0 {
            write!(f, ", {n} unreadable file{} skipped", plural(n))?;
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
    /// The index was rebuilt first, because a result's file had been
    /// deleted or replaced by hand since it was indexed.
    pub rebuilt: Option<Rebuilt>,
}

/// One pass over the results, and whether it met files changed by hand.
struct Answer<T> {
    found: Found<T>,
    stale: bool,
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
        self.answer(|index| index.search_once(query, filter, sort, limit))
    }

    fn search_once(
        &self,
        query: &search::Query,
        filter: &Filter,
        sort: Sort,
        limit: usize,
    ) -> Result<Answer<Hit>, IndexError> {
        let mut builder = query::Builder::new(&self.fields);
        let text = builder.node(&query.root).ok_or(QueryError::Empty)?;
        // Without filters the text query runs as it is: wrapped in another
        // boolean query, a word's union over headline, body and authors
        // would be scored document by document instead of with block-WAND,
        // which skips the blocks that cannot reach the top hits (a common
        // word at 100k articles: the query itself went from about 13% of
        // the process's CPU to under 2%).
        let full: Box<dyn Query> = match builder.filter(filter) {
            None => text,
            Some(f) => Box::new(BooleanQuery::new(vec![
                (Occur::Must, text),
                (Occur::Must, f),
            ])),
        };
        let mut snippets = Snippets::new(self.snippet_terms(&builder.highlight)?);
        self.collect(
            full.as_ref(),
            sort,
            limit,
            Need::Article,
            |doc, score, verdict| {
                let (summary, text) = match verdict {
                    Verdict::Read(article) => {
                        (summary_of(&article), schema::snippet_source(&article))
                    }
                    _ => (self.summary(doc), String::new()),
                };
                hit(summary, &text, score, &mut snippets)
            },
        )
    }

    /// Articles that pass `filter`, newest first (or as `sort` says), at
    /// most `limit` of them.
    pub fn list(
        &self,
        filter: &Filter,
        sort: Sort,
        limit: Option<usize>,
    ) -> Result<Found<Summary>, IndexError> {
        self.answer(|index| index.list_once(filter, sort, limit))
    }

    fn list_once(
        &self,
        filter: &Filter,
        sort: Sort,
        limit: Option<usize>,
    ) -> Result<Answer<Summary>, IndexError> {
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

    /// Runs `ask`; when a result shows that article files were changed by
    /// hand since the index was written, rebuilds the index (if no writer
    /// holds the store) and asks again.
    fn answer<T>(
        &self,
        ask: impl Fn(&Index) -> Result<Answer<T>, IndexError>,
    ) -> Result<Found<T>, IndexError> {
        let first = ask(self)?;
        if !first.stale {
            return Ok(first.found);
        }
        let Some(store) = &self.store else {
            return Ok(first.found);
        };
        // A read-only store, or a writer at work: answer as things are.
        let Ok(Some(lock)) = store.try_lock() else {
            return Ok(first.found);
        };
        // A writer may have committed since this index was opened (a tag
        // rewrites a file, then commits): its version may well be right.
        if let State::Fresh(index) = check(store)? {
            let again = ask(&index)?;
            if !again.stale {
                return Ok(again.found);
            }
        }
        let rebuilt = rebuild_from(store, &lock, RebuildReason::OutOfDate)?;
        drop(lock);
        let (State::Fresh(index) | State::Stale(index)) = check(store)? else {
            return Ok(first.found);
        };
        let mut again = ask(&index)?.found;
        again.rebuilt = Some(rebuilt);
        Ok(again)
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
        mut make: impl FnMut(&TantivyDocument, f32, Verdict) -> T,
    ) -> Result<Answer<T>, IndexError> {
        let total = usize::try_from(self.len()).unwrap_or(usize::MAX);
        let mut want = limit.min(total);
        loop {
            let found = self.top(query, sort, want)?;
            let exhausted = found.len() < want;
            let mut items = Vec::new();
            let mut skipped = Vec::new();
            let mut stale = false;
            for (score, address) in found {
                let doc = self.doc(address)?;
                let (verdict, changed) = self.verify(&doc, need);
                stale |= changed;
                match verdict {
                    Verdict::Gone => {}
                    Verdict::Damaged(err) => skipped.push(err),
                    verdict => items.push(make(&doc, score, verdict)),
                }
                if items.len() == limit {
                    break;
                }
            }
            if items.len() == limit || exhausted || want >= total {
                let found = Found {
                    items,
                    skipped,
                    rebuilt: None,
                };
                return Ok(Answer { found, stale });
            }
            want = want.saturating_mul(2).min(total);
        }
    }

    /// Compares the article file with what was indexed, by modification
    /// time, and reads it when the whole article is needed or it changed.
    /// The flag says the file was deleted, or replaced by a readable one,
    /// since it was indexed.
    fn verify(&self, doc: &TantivyDocument, need: Need) -> (Verdict, bool) {
        let Some(store) = &self.store else {
            return (Verdict::Same, false);
        };
        let Some(id) = self.id(doc) else {
            return (Verdict::Gone, true);
        };
        let indexed = doc.get_first(self.fields.mtime).and_then(|v| v.as_i64());
        let changed = match file_mtime(store, &id) {
            None => return (Verdict::Gone, true),
            Some(now) => Some(now) != indexed,
        };
        if need == Need::Summary && !changed {
            return (Verdict::Same, false);
        }
        match store.get(&id) {
            Ok(article) => (Verdict::Read(Box::new(article)), changed),
            Err(StoreError::NotFound(_)) => (Verdict::Gone, true),
            // Reported with its path every time; a rebuild would only hide it.
            Err(err) => (Verdict::Damaged(err), false),
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
        let every = query.downcast_ref::<AllQuery>().is_some();
        let by_field = |field: &str, order: Order| {
            if every {
                return top_of_column(&searcher, field, order, limit);
            }
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

/// The first `limit` live documents of every segment by an i64 fast field,
/// ties in index order. For a query that matches everything (`list`
/// without filters) this reads each segment's column in one bulk decode,
/// a few times faster than tantivy's top-k collector, which visits the
/// documents one at a time.
fn top_of_column(
    searcher: &tantivy::Searcher,
    field: &str,
    order: Order,
    limit: usize,
) -> tantivy::Result<Vec<(f32, DocAddress)>> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    // Bigger is better: the value (flipped for ascending order, `!` keeps
    // every i64), then the earlier document.
    type Rank = (i64, Reverse<(u32, u32)>);
    let mut best: BinaryHeap<Reverse<Rank>> = BinaryHeap::with_capacity(limit + 1);
    // Decoded a block at a time, so the buffer stays in the cache.
    let mut values = [0i64; 1024];
    for (ord, segment) in (0u32..).zip(searcher.segment_readers()) {
        let column = segment.fast_fields().i64(field)?;
        // Every article has a date: read the values directly, without the
        // per-document index lookup of a column some documents may lack
        // (a third of the time `list` spent here).
        let column = match column.get_cardinality() {
            tantivy::columnar::Cardinality::Full => column.values,
            _ => column.first_or_default_col(i64::MIN),
        };
        let max_doc = segment.max_doc();
        let mut start = 0u32;
        while start < max_doc {
            let len = values.len().min((max_doc - start) as usize);
            column.get_range(u64::from(start), &mut values[..len]);
            for (doc, &value) in (start..).zip(&values[..len]) {
                let key = match order {
                    Order::Desc => value,
                    Order::Asc => !value,
                };
                let rank = (key, Reverse((ord, doc)));
                let full = best.len() == limit;
                if (full && best.peek().is_some_and(|w| rank <= w.0)) || segment.is_deleted(doc) {
                    continue;
                }
                best.push(Reverse(rank));
                if full {
                    best.pop();
                }
            }
            start += len as u32;
        }
    }
    Ok(best
        .into_sorted_vec()
        .into_iter()
        .map(|Reverse((_, Reverse((ord, doc))))| (0.0, DocAddress::new(ord, doc)))
        .collect())
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

fn hit(summary: Summary, text: &str, score: f32, snippets: &mut Snippets) -> Hit {
    let (snippet, highlights) = snippets.cut(text);
    let headline_highlights = summary
        .headline
        .as_deref()
        .map(|h| snippets.highlight(h))
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
    mtime_nanos(modified)
}

/// A modification time as the index records it: ns since 1970.
pub fn mtime_nanos(modified: std::time::SystemTime) -> Option<i64> {
    let nanos = modified.duration_since(UNIX_EPOCH).ok()?.as_nanos();
    i64::try_from(nanos).ok()
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
    // A damaged counter matches nothing: the index is rebuilt.
    Ok(match store.generation() {
        Ok(generation) if generation == payload.generation => State::Fresh(index),
        Ok(_) | Err(StoreError::Damaged { .. }) => State::Stale(index),
        Err(e) => return Err(e.into()),
    })
}

/// One way the index and the article files disagree (see [`disagreements`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Disagreement {
    /// The index cannot be used at all.
    Unusable(RebuildReason),
    /// An article file the index does not have.
    NotIndexed(ArticleId),
    /// An article file changed since it was indexed.
    Outdated(ArticleId),
    /// An index entry whose article file is gone.
    NoFile(ArticleId),
    /// An article indexed more than once.
    Duplicate(ArticleId),
}

impl Disagreement {
    /// The article concerned; `None` for the index as a whole.
    pub fn id(&self) -> Option<&ArticleId> {
        match self {
            Disagreement::Unusable(_) => None,
            Disagreement::NotIndexed(id)
            | Disagreement::Outdated(id)
            | Disagreement::NoFile(id)
            | Disagreement::Duplicate(id) => Some(id),
        }
    }
}

impl fmt::Display for Disagreement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Disagreement::Unusable(reason) => write!(f, "search index unusable: {reason}"),
            Disagreement::NotIndexed(_) => write!(f, "article missing from the search index"),
            Disagreement::Outdated(_) => write!(f, "article changed since it was indexed"),
            Disagreement::NoFile(_) => write!(f, "in the search index, but the file is gone"),
            Disagreement::Duplicate(_) => write!(f, "indexed more than once"),
        }
    }
}

/// Compares the index with the article files one by one: every article
/// file is indexed once, at the version it has now (the modification time
/// recorded when it was indexed, as [`Index`] uses to spot edits), and
/// every entry has its file. Unlike [`Index::open`] this changes nothing.
/// A store with no article files and no index agrees.
pub fn disagreements(store: &Store) -> Result<Vec<Disagreement>, IndexError> {
    let index = match check(store)? {
        State::Fresh(index) | State::Stale(index) => index,
        State::Unusable(RebuildReason::Missing) if store.ids()?.is_empty() => return Ok(Vec::new()),
        State::Unusable(reason) => return Ok(vec![Disagreement::Unusable(reason)]),
    };
    let mut out = Vec::new();
    let mut indexed: BTreeMap<ArticleId, Option<i64>> = BTreeMap::new();
    let searcher = index.reader.searcher();
    let addresses = searcher
        .search(&AllQuery, &tantivy::collector::DocSetCollector)
        .map_err(IndexError::tantivy(store.layout().index_dir()))?;
    for address in addresses {
        let doc = index.doc(address)?;
        let Some(id) = index.id(&doc) else { continue };
        let mtime = doc.get_first(index.fields.mtime).and_then(|v| v.as_i64());
        if indexed.insert(id.clone(), mtime).is_some() {
            out.push(Disagreement::Duplicate(id));
        }
    }
    for id in store.ids()? {
        match indexed.remove(&id) {
            None => out.push(Disagreement::NotIndexed(id)),
            Some(mtime) if mtime != file_mtime(store, &id) => out.push(Disagreement::Outdated(id)),
            Some(_) => {}
        }
    }
    out.extend(indexed.into_keys().map(Disagreement::NoFile));
    out.sort_by(|a, b| a.id().cmp(&b.id()));
    Ok(out)
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
    // The lock keeps other writers out while we read; a damaged counter
    // is replaced.
    let generation = match store.generation() {
        Ok(generation) => generation,
        Err(StoreError::Damaged { .. }) => store.bump_generation(lock)?,
        Err(e) => return Err(e.into()),
    };
    let (schema, fields) = schema::build();
    let index =
        tantivy::Index::create_in_dir(&fresh, schema).map_err(IndexError::tantivy(&fresh))?;
    schema::register_analyzers(&index);
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(REBUILD_MAX_THREADS);
    let mut writer = Indexer::start(index, fields, &fresh, generation, threads)?;
    // No merges while indexing: the whole index becomes one segment below.
    writer
        .writer
        .set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
    let mut indexed = 0;
    let mut skipped = Vec::new();
    let ids = store.ids()?;
    let total = ids.len();
    for (done, id) in ids.into_iter().enumerate() {
        if done % PROGRESS_EVERY == 0 {
            store.report(Progress { done, total });
        }
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
    writer.commit_with(generation)?;
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
    store.report(Progress { done: total, total });
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
    writer: tantivy::IndexWriter<backlog::Queued>,
    backlog: backlog::Backlog,
    fields: Fields,
    dir: PathBuf,
    changed: bool,
    /// The article generation of the last commit.
    generation: u64,
    /// Articles in the index when it was opened, and added since: a run
    /// that at least doubled the index merges it into one segment.
    before: u64,
    added: u64,
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
        // Fresh, or just rebuilt: it matches the current generation.
        let generation = store.generation()?;
        let writer = Indexer::start(index, fields, &dir, generation, INDEXING_THREADS)?;
        Ok((writer, rebuilt))
    }

    fn start(
        index: tantivy::Index,
        fields: Fields,
        dir: &Path,
        generation: u64,
        threads: usize,
    ) -> Result<Indexer, IndexError> {
        let before = index
            .searchable_segment_metas()
            .map_err(IndexError::tantivy(dir))?
            .iter()
            .map(|m| u64::from(m.num_docs()))
            .sum();
        let writer = index
            .writer_with_num_threads(threads, WRITER_HEAP_BYTES)
            .map_err(IndexError::tantivy(dir))?;
        Ok(Indexer {
            writer,
            backlog: backlog::Backlog::new(BACKLOG_DOCS),
            fields,
            dir: dir.to_path_buf(),
            changed: false,
            generation,
            before,
            added: 0,
        })
    }

    /// Adds an article whose file was modified at `mtime` (see
    /// [`file_mtime`]), replacing any earlier version of it.
    pub fn add(&mut self, article: &Article, mtime: i64) -> Result<(), IndexError> {
        self.remove(&article.id);
        let doc = schema::document(&self.fields, article, mtime);
        let ticket = self.backlog.enter();
        self.writer
            .add_document(backlog::Queued::new(doc, ticket))
            .map_err(IndexError::tantivy(&self.dir))?;
        self.added += 1;
        Ok(())
    }

    /// Removes an article (nothing happens if it is not indexed).
    pub fn remove(&mut self, id: &ArticleId) {
        self.writer
            .delete_term(Term::from_field_text(self.fields.id, id.as_str()));
        self.changed = true;
    }

    /// Makes the changes visible, recording that the index matches the
    /// article files at the store's current generation (which the writer
    /// bumped before its first change; see [`Store::bump_generation`]).
    pub fn commit(&mut self, store: &Store) -> Result<(), IndexError> {
        let generation = store.generation()?;
        if !self.changed && generation == self.generation {
            return Ok(());
        }
        self.commit_with(generation)
    }

    fn commit_with(&mut self, generation: u64) -> Result<(), IndexError> {
        let payload = serde_json::to_string(&Payload {
            version: INDEX_VERSION,
            generation,
        })
        .expect("a two-field struct always serializes");
        let mut prepared = self
            .writer
            .prepare_commit()
            .map_err(IndexError::tantivy(&self.dir))?;
        prepared.set_payload(&payload);
        prepared.commit().map_err(IndexError::tantivy(&self.dir))?;
        self.changed = false;
        self.generation = generation;
        Ok(())
    }

    /// Waits for background merges, so the next reader sees few segments.
    /// After a bulk run (one that at least doubled the index: a rebuild,
    /// a first import) merges the committed segments into one, so the
    /// cost stays in proportion to what the run added.
    pub fn wait(self) -> Result<(), IndexError> {
        let bulk = self.added > 0 && self.added >= self.before;
        let index = self.writer.index().clone();
        self.writer
            .wait_merging_threads()
            .map_err(IndexError::tantivy(&self.dir))?;
        if bulk {
            merge_into_one(&index, &self.dir)?;
        }
        Ok(())
    }
}

/// Merges every committed segment of `index` into one (the merge keeps the
/// last commit's payload). Every search and list opens each segment's six
/// files and looks each term up once per segment, so one segment is the
/// cheapest to read: at 100k articles, the four segments a bulk import
/// leaves cost about 1 ms more CPU per search than one.
fn merge_into_one(index: &tantivy::Index, dir: &Path) -> Result<(), IndexError> {
    let segments = index
        .searchable_segment_ids()
        .map_err(IndexError::tantivy(dir))?;
    if segments.len() < 2 {
        return Ok(());
    }
    let mut writer: tantivy::IndexWriter = index
        .writer(WRITER_HEAP_BYTES)
        .map_err(IndexError::tantivy(dir))?;
    writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
    writer
        .merge(&segments)
        .wait()
        .map_err(IndexError::tantivy(dir))?;
    writer
        .wait_merging_threads()
        .map_err(IndexError::tantivy(dir))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Format, SourceInfo, sha256_hex};
    use crate::search::Query;
    use std::sync::{Arc, Mutex};

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

    #[test]
    fn a_rebuild_report_counts_in_singular_and_plural() {
        let one = Rebuilt {
            reason: RebuildReason::Missing,
            indexed: 1,
            skipped: vec![StoreError::NotFound("ab12".into())],
        };
        assert_eq!(
            one.to_string(),
            "search index rebuilt because it was missing (1 article, 1 unreadable file skipped)"
        );
        let many = Rebuilt {
            reason: RebuildReason::Missing,
            indexed: 3,
            skipped: Vec::new(),
        };
        assert_eq!(
            many.to_string(),
            "search index rebuilt because it was missing (3 articles)"
        );
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
    fn a_rebuild_reports_its_start_and_its_end_to_the_store_observer() {
        let articles = [article("a", "One", "Text."), article("b", "Two", "Text.")];
        let (_dir, store) = store_with(&articles);
        let seen = Arc::new(Mutex::new(Vec::new()));
        let record = Arc::clone(&seen);
        let store =
            store.with_progress(std::sync::Arc::new(move |p| record.lock().unwrap().push(p)));
        Index::open(&store).unwrap();
        let start = Progress { done: 0, total: 2 };
        let end = Progress { done: 2, total: 2 };
        assert_eq!(*seen.lock().unwrap(), vec![start, end]);
        Index::open(&store).unwrap();
        assert_eq!(seen.lock().unwrap().len(), 2, "no rebuild, no report");
    }

    #[test]
    fn a_writer_that_died_before_its_index_commit_leaves_it_out_of_date() {
        let a = article("a", "Talks on Aleppo", "Text.");
        let (_dir, store) = store_with(std::slice::from_ref(&a));
        Index::open(&store).unwrap();
        // A writer bumps the generation, writes articles, then dies.
        let lock = store.lock().unwrap();
        store.bump_generation(&lock).unwrap();
        let b = article("b", "Aleppo again", "More text.");
        store.put(&lock, &b, b"b").unwrap();
        drop(lock);
        let (index, rebuilt) = Index::open(&store).unwrap();
        assert_eq!(rebuilt.map(|r| r.reason), Some(RebuildReason::OutOfDate));
        assert_eq!(ids(&index, "aleppo").len(), 2);
        let (_, rebuilt) = Index::open(&store).unwrap();
        assert!(rebuilt.is_none());
    }

    #[test]
    fn list_without_filters_takes_the_newest_or_oldest_first() {
        let dated = |seed: &str, published: &str| {
            let mut a = article(seed, seed, "Text.");
            a.published = Some(published.into());
            a
        };
        let all = [
            dated("b", "2016-12-03"),
            dated("a", "2016-11-20"),
            dated("c", "2017-01-05"),
            dated("d", "2016-12-03"),
        ];
        let (_dir, store) = store_with(&all);
        let (index, _) = Index::open(&store).unwrap();
        let headlines = |sort, limit| -> Vec<String> {
            let found = index.list(&Filter::default(), sort, limit).unwrap();
            found
                .items
                .iter()
                .map(|s| s.headline.clone().unwrap_or_default())
                .collect()
        };
        let newest = headlines(Sort::Newest, None);
        assert_eq!(newest[0], "c");
        assert_eq!(newest[3], "a");
        assert_eq!(headlines(Sort::Newest, Some(1)), ["c"]);
        assert_eq!(headlines(Sort::Oldest, Some(2))[0], "a");
        let mut middle = newest[1..3].to_vec();
        middle.sort();
        assert_eq!(middle, ["b", "d"]);
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
        prepared.set_payload(r#"{"version": 0, "generation": 0}"#);
        prepared.commit().unwrap();
        drop(writer);
        let (index, rebuilt) = Index::open(&store).unwrap();
        assert_eq!(rebuilt.map(|r| r.reason), Some(RebuildReason::Version(0)));
        assert_eq!(ids(&index, "aleppo").len(), 1);
    }

    #[test]
    fn disagreements_name_each_article_the_index_has_wrong() {
        let a = article("a", "One", "first");
        let b = article("b", "Two", "second");
        let c = article("c", "Three", "third");
        let (_dir, store) = store_with(&[a.clone(), b.clone()]);
        assert_eq!(
            disagreements(&store).unwrap(),
            vec![Disagreement::Unusable(RebuildReason::Missing)]
        );
        Index::open(&store).unwrap();
        assert_eq!(disagreements(&store).unwrap(), vec![]);
        let lock = store.lock().unwrap();
        store.put(&lock, &c, b"c").unwrap();
        fs::remove_file(store.layout().article(&a.id)).unwrap();
        // Rewritten in place, as an editor might: a new modification time.
        let path = store.layout().article(&b.id);
        let bytes = fs::read(&path).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(&path, bytes).unwrap();
        let mut want = vec![
            Disagreement::NoFile(a.id.clone()),
            Disagreement::Outdated(b.id.clone()),
            Disagreement::NotIndexed(c.id.clone()),
        ];
        want.sort_by(|x, y| x.id().cmp(&y.id()));
        assert_eq!(disagreements(&store).unwrap(), want);
        rebuild_from(&store, &lock, RebuildReason::Requested).unwrap();
        assert_eq!(disagreements(&store).unwrap(), vec![]);
    }

    #[test]
    fn a_run_that_doubles_the_index_leaves_one_segment() {
        let a = article("a", "One", "first");
        let b = article("b", "Two", "second");
        let (_dir, store) = store_with(&[a.clone(), b.clone()]);
        let segments = || {
            let dir = store.layout().index_dir();
            let index = tantivy::Index::open_in_dir(&dir).unwrap();
            index.searchable_segment_ids().unwrap().len()
        };
        let lock = store.lock().unwrap();
        let (mut writer, _) = Indexer::open(&store, &lock).unwrap();
        // Two commits make two more segments; two articles added to two
        // indexed is a bulk run.
        for x in [&a, &b] {
            writer.add(x, 1).unwrap();
            writer.commit_with(store.generation().unwrap()).unwrap();
        }
        writer.wait().unwrap();
        assert_eq!(segments(), 1);
        drop(lock);
        let (index, rebuilt) = Index::open(&store).unwrap();
        assert!(rebuilt.is_none(), "the merge keeps the commit's payload");
        assert_eq!(index.len(), 2);
    }

    #[test]
    fn a_rebuild_on_several_threads_ends_in_one_segment_with_every_article() {
        let articles: Vec<Article> = (0..40)
            .map(|i| {
                article(
                    &format!("s{i}"),
                    &format!("Story {i}"),
                    "Common words here.",
                )
            })
            .collect();
        let (_dir, store) = store_with(&articles);
        let lock = store.lock().unwrap();
        let rebuilt = rebuild_from(&store, &lock, RebuildReason::Requested).unwrap();
        assert_eq!(rebuilt.indexed, 40);
        let dir = store.layout().index_dir();
        let segments = tantivy::Index::open_in_dir(&dir)
            .unwrap()
            .searchable_segment_ids()
            .unwrap();
        assert_eq!(segments.len(), 1);
        drop(lock);
        let (index, again) = Index::open(&store).unwrap();
        assert!(again.is_none());
        assert_eq!(ids(&index, "common").len(), 40);
    }

    #[test]
    fn an_empty_store_without_an_index_agrees() {
        let (_dir, store) = store_with(&[]);
        assert_eq!(disagreements(&store).unwrap(), vec![]);
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
}
