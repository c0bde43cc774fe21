//! Idempotent ingest: articles in, events and clusters stored.
//!
//! [`Store::ingest`] reads its input in batches. For each batch it hashes the
//! normalized text of every article, asks the database which articles are
//! already stored unchanged (those are not extracted again), extracts the
//! rest on all cores with rayon, and hands the batch to the writer. The writer
//! (one thread, the caller's connection) stores the batch in one transaction
//! while the next batch is being extracted, then updates the clusters the
//! batch touched in the same transaction. A crash loses at most the batches
//! not yet committed, and the next run redoes them.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Display;
use std::ops::ControlFlow;
use std::panic::{catch_unwind, AssertUnwindSafe};

use rasid_core::{Article, EventRecord};
use rayon::prelude::*;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use sha2::{Digest, Sha256};

use crate::geo::day_number;
use crate::{cluster, Error, Store};

/// One article to ingest, with where it came from (`file:line`), for messages.
#[derive(Clone, Debug)]
pub struct Incoming {
    /// Where the article was read, e.g. `news.jsonl:12`.
    pub origin: String,
    /// The article.
    pub article: Article,
}

impl Incoming {
    /// Pairs an article with its origin.
    pub fn new(origin: impl Into<String>, article: Article) -> Incoming {
        Incoming {
            origin: origin.into(),
            article,
        }
    }
}

/// Settings of [`Store::ingest`].
#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// Articles per transaction (and per parallel extraction round).
    pub batch_size: usize,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { batch_size: 256 }
    }
}

/// What happened to one article.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// A new article, stored with its events.
    Inserted {
        /// Events stored.
        events: usize,
    },
    /// A known id whose text (or date) changed: re-extracted, events replaced.
    Replaced {
        /// Events stored now.
        events: usize,
    },
    /// Already stored with the same text: skipped.
    Unchanged,
    /// The same normalized text is stored under another id: skipped.
    Duplicate {
        /// The id it is stored under.
        of: String,
    },
    /// Extraction (or storing its result) failed; the article is stored with
    /// this error and listed by [`Store::failed`].
    Failed {
        /// The error message.
        error: String,
    },
}

impl Outcome {
    /// True for the outcomes that skip the article.
    pub fn is_skipped(&self) -> bool {
        matches!(self, Outcome::Unchanged | Outcome::Duplicate { .. })
    }
}

/// One article's outcome, as reported to an [`IngestSink`].
#[derive(Clone, Copy, Debug)]
pub struct ArticleReport<'a> {
    /// Where the article was read.
    pub origin: &'a str,
    /// Its id.
    pub article_id: &'a str,
    /// What happened.
    pub outcome: &'a Outcome,
}

/// Receives progress from [`Store::ingest`] (on the writer thread).
pub trait IngestSink: Send {
    /// Called for every article, in input order, before its batch commits.
    /// Returning `Break` stops the ingest after this article (its batch up to
    /// here is still committed).
    fn article(&mut self, report: &ArticleReport<'_>) -> ControlFlow<()> {
        let _ = report;
        ControlFlow::Continue(())
    }

    /// Called after each committed batch with the running totals.
    fn committed(&mut self, totals: &IngestSummary) {
        let _ = totals;
    }
}

/// The sink that ignores everything.
impl IngestSink for () {}

/// Totals of one [`Store::ingest`] run.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct IngestSummary {
    /// Articles processed.
    pub read: usize,
    /// New articles stored.
    pub inserted: usize,
    /// Articles whose events were replaced.
    pub replaced: usize,
    /// Articles skipped because they are stored unchanged.
    pub unchanged: usize,
    /// Articles skipped because their text is stored under another id.
    pub duplicate: usize,
    /// Articles stored with an extraction error.
    pub failed: usize,
    /// Events written.
    pub events: usize,
    /// Transactions committed.
    pub batches: usize,
    /// True when the sink asked to stop.
    pub stopped: bool,
}

impl IngestSummary {
    fn count(&mut self, outcome: &Outcome) {
        self.read += 1;
        match outcome {
            Outcome::Inserted { events } => {
                self.inserted += 1;
                self.events += events;
            }
            Outcome::Replaced { events } => {
                self.replaced += 1;
                self.events += events;
            }
            Outcome::Unchanged => self.unchanged += 1,
            Outcome::Duplicate { .. } => self.duplicate += 1,
            Outcome::Failed { .. } => self.failed += 1,
        }
    }
}

/// An article stored with an error ([`Store::failed`]).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct FailedArticle {
    /// Article id.
    pub id: String,
    /// The error message.
    pub error: String,
    /// When it was (last) ingested, RFC 3339 UTC.
    pub ingested_at: String,
}

type Extraction = Result<Vec<EventRecord>, String>;

/// An article on its way to the writer.
struct Prepared {
    incoming: Incoming,
    /// Normalized title and text: what the full-text index sees.
    body: String,
    /// SHA-256 (hex) of the normalized text.
    hash: String,
    /// False when the database already holds this article unchanged.
    needs_extraction: bool,
    extraction: Option<Extraction>,
}

fn prepare(incoming: Incoming) -> Prepared {
    let text = rasid_text::normalize_str(&incoming.article.text);
    let hash = format!("{:x}", Sha256::digest(text.as_bytes()));
    let title = incoming
        .article
        .title
        .as_deref()
        .map(rasid_text::normalize_str)
        .unwrap_or_default();
    Prepared {
        body: format!("{title}\n{text}"),
        hash,
        incoming,
        needs_extraction: true,
        extraction: None,
    }
}

/// Runs the caller's extractor, turning its error (or a panic) into a message.
fn run_extract<F, E>(extract: &F, article: &Article) -> Extraction
where
    F: Fn(&Article) -> Result<Vec<EventRecord>, E>,
    E: Display,
{
    match catch_unwind(AssertUnwindSafe(|| extract(article))) {
        Ok(Ok(events)) => Ok(events),
        Ok(Err(e)) => Err(format!("{e:#}")),
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(format!("extractor panicked: {what}"))
        }
    }
}

/// The stored state of an article id.
struct Existing {
    pk: i64,
    hash: String,
    published: Option<String>,
    error: Option<String>,
}

fn existing(conn: &Connection, id: &str) -> Result<Option<Existing>, Error> {
    let mut stmt = conn
        .prepare_cached("SELECT pk, content_hash, published, error FROM articles WHERE id = ?1")?;
    Ok(stmt
        .query_row([id], |r| {
            Ok(Existing {
                pk: r.get(0)?,
                hash: r.get(1)?,
                published: r.get(2)?,
                error: r.get(3)?,
            })
        })
        .optional()?)
}

fn same_text_elsewhere(conn: &Connection, hash: &str, id: &str) -> Result<Option<String>, Error> {
    // The smallest other id, chosen here rather than by ORDER BY (see
    // `cluster::load_day`).
    let mut stmt = conn.prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")?;
    let ids = stmt.query_map([hash], |r| r.get::<_, String>(0))?;
    let mut smallest: Option<String> = None;
    for other in ids {
        let other = other?;
        if other != id && smallest.as_ref().is_none_or(|s| other < *s) {
            smallest = Some(other);
        }
    }
    Ok(smallest)
}

/// What the writer will do with an article, judged from the stored state.
enum Plan {
    Skip(Outcome),
    Write(Option<i64>),
}

fn plan(conn: &Connection, p: &Prepared) -> Result<Plan, Error> {
    let article = &p.incoming.article;
    match existing(conn, &article.id)? {
        Some(e) => {
            if e.hash == p.hash && e.published == article.published && e.error.is_none() {
                Ok(Plan::Skip(Outcome::Unchanged))
            } else {
                Ok(Plan::Write(Some(e.pk)))
            }
        }
        None => match same_text_elsewhere(conn, &p.hash, &article.id)? {
            Some(of) => Ok(Plan::Skip(Outcome::Duplicate { of })),
            None => Ok(Plan::Write(None)),
        },
    }
}

/// What a batch's writes touched: days and clusters for
/// [`cluster::recluster`], and the full-text rows to rewrite.
///
/// Full-text rows are written once, after every article of the batch: FTS5
/// flushes its pending index data at every savepoint, so writing them inside
/// the per-article savepoints would make thousands of tiny index segments.
#[derive(Default)]
struct Touched {
    days: BTreeMap<String, BTreeSet<i64>>,
    clusters: BTreeSet<String>,
    /// Articles whose old full-text row goes.
    fts_delete: BTreeSet<i64>,
    /// Article pk → normalized title and text to index.
    fts_insert: BTreeMap<i64, String>,
}

impl Touched {
    fn write_fts(&self, conn: &Connection) -> Result<(), Error> {
        let mut delete = conn.prepare_cached("DELETE FROM article_fts WHERE rowid = ?1")?;
        for pk in &self.fts_delete {
            delete.execute([pk])?;
        }
        let mut insert =
            conn.prepare_cached("INSERT INTO article_fts (rowid, body) VALUES (?1, ?2)")?;
        for (pk, body) in &self.fts_insert {
            insert.execute(params![pk, body])?;
        }
        Ok(())
    }
}

impl Store {
    /// Ingests articles: extracts each with `extract` (in parallel) and stores
    /// it with its events, idempotently (module docs of this crate). Returns
    /// the totals; per-article outcomes go to `sink`.
    ///
    /// An extraction error or panic is not an error of the ingest: the article
    /// is stored with the message ([`Outcome::Failed`]). Errors returned here
    /// are database errors, after which the current batch is rolled back.
    pub fn ingest<I, F, E, S>(
        &mut self,
        items: I,
        extract: F,
        options: &IngestOptions,
        sink: &mut S,
    ) -> Result<IngestSummary, Error>
    where
        I: IntoIterator<Item = Incoming>,
        F: Fn(&Article) -> Result<Vec<EventRecord>, E> + Sync,
        E: Display,
        S: IngestSink + ?Sized,
    {
        let run = |article: &Article| run_extract(&extract, article);
        let batch_size = options.batch_size.max(1);
        let mut items = items.into_iter();
        let mut summary = IngestSummary::default();
        let mut pending: Option<Vec<Prepared>> = None;
        loop {
            let raw: Vec<Incoming> = items.by_ref().take(batch_size).collect();
            let mut next: Vec<Prepared> = raw.into_par_iter().map(prepare).collect();
            for p in &mut next {
                p.needs_extraction = matches!(plan(&self.conn, p)?, Plan::Write(_));
            }
            let conn = &mut self.conn;
            let (written, ()) = rayon::join(
                || match pending.take() {
                    Some(batch) => write_batch(conn, batch, &run, sink, &mut summary),
                    None => Ok(ControlFlow::Continue(())),
                },
                || {
                    next.par_iter_mut()
                        .filter(|p| p.needs_extraction)
                        .for_each(|p| p.extraction = Some(run(&p.incoming.article)));
                },
            );
            if written?.is_break() {
                summary.stopped = true;
                break;
            }
            if next.is_empty() {
                break;
            }
            pending = Some(next);
        }
        Ok(summary)
    }

    /// Articles stored with an extraction error, by id.
    pub fn failed(&self) -> Result<Vec<FailedArticle>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT id, error, ingested_at FROM articles WHERE error IS NOT NULL ORDER BY id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(FailedArticle {
                    id: r.get(0)?,
                    error: r.get(1)?,
                    ingested_at: r.get(2)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}

fn write_batch<S: IngestSink + ?Sized>(
    conn: &mut Connection,
    batch: Vec<Prepared>,
    run: &(dyn Fn(&Article) -> Extraction + Sync),
    sink: &mut S,
    summary: &mut IngestSummary,
) -> Result<ControlFlow<()>, Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut touched = Touched::default();
    let mut flow = ControlFlow::Continue(());
    for mut p in batch {
        let outcome = match plan(&tx, &p)? {
            Plan::Skip(outcome) => outcome,
            Plan::Write(pk) => {
                let extraction = p
                    .extraction
                    .take()
                    .unwrap_or_else(|| run(&p.incoming.article));
                store_article(&tx, &p, pk, extraction, &mut touched)?
            }
        };
        summary.count(&outcome);
        let report = ArticleReport {
            origin: &p.incoming.origin,
            article_id: &p.incoming.article.id,
            outcome: &outcome,
        };
        if sink.article(&report).is_break() {
            flow = ControlFlow::Break(());
            break;
        }
    }
    touched.write_fts(&tx)?;
    cluster::recluster(&tx, &touched.days, &mut touched.clusters)?;
    cluster::refresh(&tx, &touched.clusters)?;
    tx.commit()?;
    summary.batches += 1;
    sink.committed(summary);
    Ok(flow)
}

/// Writes one article and its events inside a savepoint; when the events
/// cannot be stored (say, a duplicate event id), stores the article with that
/// error instead.
fn store_article(
    conn: &Connection,
    p: &Prepared,
    pk: Option<i64>,
    extraction: Extraction,
    touched: &mut Touched,
) -> Result<Outcome, Error> {
    // Cached statements rather than `Transaction::savepoint`, which parses
    // its SQL anew for every article.
    let exec = |sql: &str| -> Result<(), Error> {
        conn.prepare_cached(sql)?.execute([])?;
        Ok(())
    };
    exec("SAVEPOINT article")?;
    let (outcome, article_pk) = match write_article(conn, p, pk, extraction, touched) {
        Ok(written) => {
            exec("RELEASE article")?;
            written
        }
        Err(Error::Sqlite(e)) => {
            exec("ROLLBACK TO article")?;
            exec("RELEASE article")?;
            write_article(conn, p, pk, Err(format!("store: {e}")), touched)?
        }
        Err(other) => return Err(other),
    };
    touched.fts_delete.extend(pk);
    touched.fts_insert.insert(article_pk, p.body.clone());
    Ok(outcome)
}

fn write_article(
    conn: &Connection,
    p: &Prepared,
    pk: Option<i64>,
    extraction: Extraction,
    touched: &mut Touched,
) -> Result<(Outcome, i64), Error> {
    let a = &p.incoming.article;
    let error = extraction.as_ref().err().cloned();
    let replaced = pk.is_some();
    let pk =
        match pk {
            Some(pk) => {
                delete_events(conn, pk, touched)?;
                conn.prepare_cached(
                "UPDATE articles SET outlet = ?2, url = ?3, title = ?4, published = ?5, text = ?6,
                     content_hash = ?7, error = ?8,
                     ingested_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                 WHERE pk = ?1",
            )?
            .execute(params![pk, a.outlet, a.url, a.title, a.published, a.text, p.hash, error])?;
                conn.prepare_cached("DELETE FROM article_fts WHERE rowid = ?1")?
                    .execute([pk])?;
                pk
            }
            None => {
                conn.prepare_cached(
                    "INSERT INTO articles (id, outlet, url, title, published, text, content_hash,
                                       error, ingested_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                )?
                .execute(params![
                    a.id,
                    a.outlet,
                    a.url,
                    a.title,
                    a.published,
                    a.text,
                    p.hash,
                    error
                ])?;
                conn.last_insert_rowid()
            }
        };
    let events = match extraction {
        Ok(events) => events,
        Err(error) => return Ok((Outcome::Failed { error }, pk)),
    };
    for event in &events {
        insert_event(conn, pk, &a.id, event, touched)?;
    }
    let events = events.len();
    let outcome = if replaced {
        Outcome::Replaced { events }
    } else {
        Outcome::Inserted { events }
    };
    Ok((outcome, pk))
}

/// The text `--actor` searches: English actor names and the normalized Arabic
/// mentions that support them, one per line.
fn actor_terms(event: &EventRecord) -> String {
    let names = [
        &event.actor1,
        &event.assoc_actor_1,
        &event.actor2,
        &event.assoc_actor_2,
    ];
    let mentions = event
        .evidence
        .iter()
        .filter(|e| e.field.starts_with("actor") || e.field.starts_with("assoc"))
        .map(|e| &e.text);
    let mut terms: Vec<String> = names
        .into_iter()
        .flatten()
        .chain(mentions)
        .map(|t| rasid_text::normalize_str(t))
        .filter(|t| !t.is_empty())
        .collect();
    terms.dedup();
    terms.join("\n")
}

fn insert_event(
    conn: &Connection,
    article_pk: i64,
    article_id: &str,
    e: &EventRecord,
    touched: &mut Touched,
) -> Result<(), Error> {
    let day = e.event_date.as_deref().and_then(day_number);
    // An undated event can never match another one: it is its own cluster.
    let cluster_id = match day {
        Some(day) => {
            touched
                .days
                .entry(e.sub_event_type.clone())
                .or_default()
                .insert(day);
            None
        }
        None => {
            touched.clusters.insert(e.event_id.clone());
            Some(e.event_id.as_str())
        }
    };
    conn.prepare_cached(
        "INSERT INTO events (article_pk, event_id, article_id, event_date, day, time_precision,
             event_type, sub_event_type, actor1, assoc_actor_1, actor2, assoc_actor_2,
             civilian_targeting, country, admin1, admin2, location, latitude, longitude,
             geo_precision, geonameid, fatalities, suspected, source_attribution, notes,
             actor_terms, cluster_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                 ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)",
    )?
    .execute(params![
        article_pk,
        e.event_id,
        article_id,
        e.event_date,
        day,
        e.time_precision,
        e.event_type,
        e.sub_event_type,
        e.actor1,
        e.assoc_actor_1,
        e.actor2,
        e.assoc_actor_2,
        e.civilian_targeting,
        e.country,
        e.admin1,
        e.admin2,
        e.location,
        e.latitude,
        e.longitude,
        e.geo_precision,
        e.geonameid.map(|g| g as i64),
        e.fatalities,
        e.suspected,
        e.source_attribution,
        e.notes,
        actor_terms(e),
        cluster_id,
    ])?;
    let event_pk = conn.last_insert_rowid();
    let mut evidence = conn.prepare_cached(
        "INSERT INTO evidence (event_pk, seq, field, start, \"end\", text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (seq, ev) in e.evidence.iter().enumerate() {
        evidence.execute(params![
            event_pk,
            seq as i64,
            ev.field,
            ev.start as i64,
            ev.end as i64,
            ev.text
        ])?;
    }
    if let (Some(lat), Some(lon)) = (e.latitude, e.longitude) {
        conn.prepare_cached(
            "INSERT INTO event_geo (pk, min_lat, max_lat, min_lon, max_lon)
             VALUES (?1, ?2, ?2, ?3, ?3)",
        )?
        .execute(params![event_pk, lat, lon])?;
    }
    Ok(())
}

/// Deletes an article's events, remembering their days and clusters.
fn delete_events(conn: &Connection, article_pk: i64, touched: &mut Touched) -> Result<(), Error> {
    let mut stmt = conn.prepare_cached(
        "SELECT pk, sub_event_type, day, cluster_id FROM events WHERE article_pk = ?1",
    )?;
    let old = stmt
        .query_map([article_pk], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<i64>>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut geo = conn.prepare_cached("DELETE FROM event_geo WHERE pk = ?1")?;
    for (pk, sub, day, cluster) in old {
        if let Some(day) = day {
            touched.days.entry(sub).or_default().insert(day);
        }
        touched.clusters.extend(cluster);
        geo.execute([pk])?;
    }
    conn.prepare_cached("DELETE FROM events WHERE article_pk = ?1")?
        .execute([article_pk])?;
    Ok(())
}
