//! Rasid's store: the SQLite database behind `rasid ingest`, `rasid query`
//! and `rasid export`.
//!
//! # What it owns
//! * **The schema** ([`SCHEMA_VERSION`]): `articles` (id, outlet, url, title,
//!   published, text, a SHA-256 of the normalized text, ingestion time and
//!   the extraction error if any), `events` (every field of DESIGN.md
//!   section 3), `evidence` (one row per span), `clusters`, an R*Tree over
//!   event coordinates and an FTS5 index over the *normalized* article text
//!   ([`rasid_text::normalize_str`] on both sides, so `مدينة` finds `مدينه`).
//!   Migrations are recorded in `schema_version`; the database runs in WAL
//!   mode with foreign keys on.
//! * **Idempotent ingest** ([`Store::ingest`]): an article already stored
//!   under the same id with the same text, or under another id with the same
//!   normalized text, is skipped; an article whose text changed has its events
//!   replaced; an article whose extraction fails is stored with its error
//!   ([`Store::failed`]). Extraction is a closure, so this crate never depends
//!   on the extractor: it runs on all cores with rayon, while one thread
//!   writes batches, each in one transaction. Killing the process at any
//!   moment leaves the last committed batch; running the same ingest again
//!   completes it.
//! * **Cross-source clusters** (module docs of `cluster`, summarised in
//!   [`CLUSTER_RULE`]): events from different articles that describe the same
//!   happening share a cluster with a representative record and a
//!   `source_count`. Clusters are a function of the set of stored events, not
//!   of the order they arrived in, and are updated incrementally.
//! * **Query and export** ([`Query`], [`Store::scan`], [`export`]): filters by
//!   date, type, actor (English name or Arabic mention), place, distance,
//!   bounding box and full text; one row per event or per cluster; CSV with
//!   ACLED's columns, JSONL and GeoJSON.
//!
//! # Example
//! ```
//! use rasid_core::{Article, EventRecord};
//! use rasid_store::{Query, Store};
//!
//! let mut store = Store::open_in_memory()?;
//! let article = Article { id: "a1".into(), text: "قصف على مدينة".into(), ..Default::default() };
//! let extract = |a: &Article| -> Result<Vec<EventRecord>, String> { Ok(vec![]) };
//! let summary = store.ingest(
//!     vec![rasid_store::Incoming::new("input:1", article.clone())],
//!     extract,
//!     &Default::default(),
//!     &mut (),
//! )?;
//! assert_eq!(summary.inserted, 1);
//! // The same article again is skipped.
//! let again = store.ingest(vec![rasid_store::Incoming::new("input:1", article)], extract, &Default::default(), &mut ())?;
//! assert_eq!(again.unchanged, 1);
//! assert!(store.query(&Query::default())?.is_empty());
//! # Ok::<(), rasid_store::Error>(())
//! ```
#![deny(missing_docs)]

mod cluster;
mod explain;
pub mod export;
mod geo;
mod ingest;
mod query;
mod schema;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use cluster::{threshold_km, Mismatch, CLUSTER_RULE};
pub use explain::{ClusterExplanation, Link, Member, NearMiss};
pub use geo::{date_of_day, day_number, haversine_km};
pub use ingest::{
    ArticleReport, FailedArticle, Incoming, IngestOptions, IngestSink, IngestSummary, Outcome,
};
pub use query::{BBox, Near, Query, Row};
pub use schema::SCHEMA_VERSION;

/// Everything that can go wrong in the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// SQLite refused an operation.
    #[error("database: {0}")]
    Sqlite(rusqlite::Error),
    /// The database file or its directory could not be created.
    #[error("{path}: {cause}")]
    Io {
        /// The path at fault.
        path: PathBuf,
        /// The cause.
        cause: std::io::Error,
    },
    /// Writing output failed (the kind tells a closed pipe from a full disk).
    #[error("write: {0}")]
    Write(std::io::Error),
    /// The database was written by a newer Rasid.
    #[error("database schema version {found} is newer than this build supports ({supported}); upgrade rasid")]
    SchemaTooNew {
        /// Version found in the file.
        found: u32,
        /// Highest version this build knows.
        supported: u32,
    },
    /// A query parameter is malformed (a date, a sub-event type…).
    #[error("invalid query: {0}")]
    InvalidQuery(String),
    /// A stored value could not be decoded (a corrupt or foreign database).
    #[error("corrupt row: {0}")]
    Corrupt(String),
}

// The conversions keep the cause in the message rather than in `source()`,
// so `{:#}` chains do not print it twice.
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Sqlite(e)
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Write(e)
    }
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        match e.into_kind() {
            csv::ErrorKind::Io(io) => Error::Write(io),
            other => Error::Write(std::io::Error::other(format!("{other:?}"))),
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        // An I/O error inside keeps its kind (a closed pipe stays BrokenPipe).
        Error::Write(std::io::Error::from(e))
    }
}

/// An open Rasid database.
///
/// One `Store` owns one SQLite connection; open one per thread. Several
/// processes may read while one writes (WAL mode).
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (creating it and its directory if needed) the database at `path`
    /// and brings its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, Error> {
        let path = path.as_ref();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|cause| Error::Io {
                path: dir.to_path_buf(),
                cause,
            })?;
        }
        let conn = Connection::open(path)?;
        Store::init(conn, Some(path.to_path_buf()))
    }

    /// A private in-memory database (for tests and one-off runs).
    pub fn open_in_memory() -> Result<Store, Error> {
        Store::init(Connection::open_in_memory()?, None)
    }

    fn init(mut conn: Connection, path: Option<PathBuf>) -> Result<Store, Error> {
        // Ingest alone uses about twenty statements; the default cache (16)
        // would evict and re-prepare them for every article.
        conn.set_prepared_statement_cache_capacity(64);
        schema::configure(&conn)?;
        schema::migrate(&mut conn)?;
        Ok(Store { conn, path })
    }

    /// The database file, or `None` for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Counts of what is stored.
    pub fn stats(&self) -> Result<Stats, Error> {
        let count = |sql: &str| -> Result<u64, Error> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64)
        };
        Ok(Stats {
            articles: count("SELECT COUNT(*) FROM articles")?,
            failed: count("SELECT COUNT(*) FROM articles WHERE error IS NOT NULL")?,
            events: count("SELECT COUNT(*) FROM events")?,
            clusters: count("SELECT COUNT(*) FROM clusters")?,
            multi_source_clusters: count("SELECT COUNT(*) FROM clusters WHERE source_count > 1")?,
        })
    }

    /// Runs SQLite's integrity and foreign-key checks; returns the problems
    /// found (empty when the database is consistent).
    pub fn check(&self) -> Result<Vec<String>, Error> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for row in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                problems.push(row);
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        for row in stmt.query_map([], |r| {
            Ok(format!(
                "foreign key: {} row {:?} -> {}",
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?,
                r.get::<_, String>(2)?
            ))
        })? {
            problems.push(row?);
        }
        let orphans: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM events WHERE cluster_id IS NULL",
            [],
            |r| r.get(0),
        )?;
        if orphans > 0 {
            problems.push(format!("{orphans} events without a cluster"));
        }
        problems.extend(cluster::check_clusters(&self.conn)?);
        Ok(problems)
    }
}

/// Counts returned by [`Store::stats`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Stored articles, failed ones included.
    pub articles: u64,
    /// Articles stored with an extraction error.
    pub failed: u64,
    /// Stored events.
    pub events: u64,
    /// Clusters (an event alone is a cluster of one).
    pub clusters: u64,
    /// Clusters with more than one source article.
    pub multi_source_clusters: u64,
}
