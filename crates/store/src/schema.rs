//! The SQLite schema, its migrations and the connection settings.
//!
//! Every migration is one SQL script; `schema_version` records which ones ran.
//! A migration runs inside a transaction together with its version row, so a
//! crash leaves either the old or the new schema, never half of one.

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use crate::Error;

/// Migrations in order; migration `i` brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: articles, events, evidence, clusters, spatial and full-text indexes.
    r#"
CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    outlet TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    error TEXT
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_failed ON articles(id) WHERE error IS NOT NULL;

CREATE TABLE clusters (
    id TEXT PRIMARY KEY,
    sub_event_type TEXT NOT NULL,
    first_date TEXT,
    last_date TEXT,
    representative TEXT NOT NULL,
    fatalities INTEGER NOT NULL,
    source_count INTEGER NOT NULL,
    event_count INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX clusters_first_date ON clusters(first_date, id);

CREATE TABLE events (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    event_id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL,
    event_date TEXT,
    day INTEGER,
    time_precision INTEGER,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    actor1 TEXT,
    assoc_actor_1 TEXT,
    actor2 TEXT,
    assoc_actor_2 TEXT,
    civilian_targeting INTEGER NOT NULL,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    location TEXT,
    latitude REAL,
    longitude REAL,
    geo_precision INTEGER,
    geonameid INTEGER,
    fatalities INTEGER NOT NULL,
    suspected INTEGER NOT NULL,
    source_attribution TEXT,
    notes TEXT NOT NULL,
    actor_terms TEXT NOT NULL,
    cluster_id TEXT REFERENCES clusters(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX events_article ON events(article_pk);
CREATE INDEX events_stream ON events(sub_event_type, day, event_id);
CREATE INDEX events_day ON events(day, event_id);
CREATE INDEX events_cluster ON events(cluster_id);

CREATE TABLE evidence (
    event_pk INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    field TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (event_pk, seq)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE event_geo USING rtree(pk, min_lat, max_lat, min_lon, max_lon);

CREATE VIRTUAL TABLE article_fts USING fts5(
    body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
"#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Sets the connection pragmas and the SQL functions the queries use.
pub(crate) fn configure(conn: &Connection) -> Result<(), Error> {
    // The busy timeout first: switching to WAL waits for other processes.
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    // `journal_mode` answers with a row, so it is read, not executed.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.execute_batch(
        "PRAGMA foreign_keys = ON;
         PRAGMA synchronous = NORMAL;
         PRAGMA temp_store = MEMORY;",
    )?;
    conn.create_scalar_function(
        "haversine_km",
        4,
        rusqlite::functions::FunctionFlags::SQLITE_UTF8
            | rusqlite::functions::FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let args: Option<(f64, f64, f64, f64)> = (|| {
                Some((
                    ctx.get::<Option<f64>>(0).ok()??,
                    ctx.get::<Option<f64>>(1).ok()??,
                    ctx.get::<Option<f64>>(2).ok()??,
                    ctx.get::<Option<f64>>(3).ok()??,
                ))
            })();
            Ok(args.map(|(a, b, c, d)| crate::geo::haversine_km(a, b, c, d)))
        },
    )?;
    Ok(())
}

/// Brings the schema up to [`SCHEMA_VERSION`].
///
/// The version check and the migrations run in one write transaction, so two
/// processes opening a new database at once cannot both try to create it.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), Error> {
    let installed = |conn: &Connection| -> Result<u32, Error> {
        let has_table: bool = conn
            .prepare(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
            )?
            .exists([])?;
        if !has_table {
            return Ok(0);
        }
        Ok(conn
            .query_row("SELECT MAX(version) FROM schema_version", [], |r| {
                r.get::<_, Option<u32>>(0)
            })
            .optional()?
            .flatten()
            .unwrap_or(0))
    };
    // Readers of an up-to-date database take no write lock.
    if installed(conn)? == SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let current = installed(&tx)?;
    if current > SCHEMA_VERSION {
        return Err(Error::SchemaTooNew {
            found: current,
            supported: SCHEMA_VERSION,
        });
    }
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_version (
             version INTEGER NOT NULL,
             applied_at TEXT NOT NULL
         )",
    )?;
    for (i, script) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        tx.execute_batch(script)?;
        tx.execute(
            "INSERT INTO schema_version (version, applied_at)
             VALUES (?1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
            [i as u32 + 1],
        )?;
    }
    tx.commit()?;
    Ok(())
}
