//! Filters over stored events, one row per event or per cluster.

use std::str::FromStr;

use rasid_core::{EventRecord, Evidence, SubEventType};
use rusqlite::types::Value;
use rusqlite::{params, Connection};

use crate::geo::{bounding_box, day_number};
use crate::{Error, Store};

/// A point and a radius (`--near LAT,LON --km N`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Near {
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Radius in kilometres.
    pub km: f64,
}

/// A bounding box (`--bbox MIN_LON,MIN_LAT,MAX_LON,MAX_LAT`, GeoJSON's order).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BBox {
    /// West edge.
    pub min_lon: f64,
    /// South edge.
    pub min_lat: f64,
    /// East edge.
    pub max_lon: f64,
    /// North edge.
    pub max_lat: f64,
}

impl FromStr for BBox {
    type Err = Error;

    /// Parses `MIN_LON,MIN_LAT,MAX_LON,MAX_LAT`.
    fn from_str(s: &str) -> Result<BBox, Error> {
        let bad = || {
            Error::InvalidQuery(format!(
                "bbox {s:?}: expected MIN_LON,MIN_LAT,MAX_LON,MAX_LAT"
            ))
        };
        let v: Vec<f64> = s
            .split(',')
            .map(|x| x.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .map_err(|_| bad())?;
        let [min_lon, min_lat, max_lon, max_lat] = v[..] else {
            return Err(bad());
        };
        if min_lon > max_lon || min_lat > max_lat {
            return Err(bad());
        }
        Ok(BBox {
            min_lon,
            min_lat,
            max_lon,
            max_lat,
        })
    }
}

impl Near {
    /// Parses `LAT,LON` and takes the radius.
    pub fn parse(point: &str, km: f64) -> Result<Near, Error> {
        let bad = || Error::InvalidQuery(format!("near {point:?}: expected LAT,LON"));
        let (lat, lon) = point.split_once(',').ok_or_else(bad)?;
        let lat: f64 = lat.trim().parse().map_err(|_| bad())?;
        let lon: f64 = lon.trim().parse().map_err(|_| bad())?;
        if !(-90.0..=90.0).contains(&lat)
            || !(-180.0..=180.0).contains(&lon)
            || km.is_nan()
            || km < 0.0
        {
            return Err(bad());
        }
        Ok(Near { lat, lon, km })
    }
}

/// What to select. Every filter that is set must hold; an unset one is ignored.
#[derive(Clone, Debug, Default)]
pub struct Query {
    /// First event date, `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    /// Last event date, `YYYY-MM-DD`, inclusive.
    pub to: Option<String>,
    /// ACLED event type label (case-insensitive).
    pub event_type: Option<String>,
    /// ACLED sub-event type label or lexicon id (`air_strike`).
    pub sub_event_type: Option<String>,
    /// Any of these actors: a substring of an English actor name or of the
    /// Arabic mention the extractor linked to it (both normalized).
    pub actors: Vec<String>,
    /// Country (case-insensitive).
    pub country: Option<String>,
    /// First-level administrative division (case-insensitive).
    pub admin1: Option<String>,
    /// Within a distance of a point.
    pub near: Option<Near>,
    /// Inside a box.
    pub bbox: Option<BBox>,
    /// Full-text search over the normalized article title and text; words
    /// are ANDed, a trailing `*` makes a word a prefix.
    pub text: Option<String>,
    /// Only the members of this cluster.
    pub cluster: Option<String>,
    /// Only the events of this article.
    pub article: Option<String>,
    /// One row per cluster (its representative record) instead of per event.
    pub clustered: bool,
    /// At most this many rows.
    pub limit: Option<usize>,
}

/// One output row: an event, or a cluster's representative record.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Row {
    /// The event (for a cluster: the representative member, with the
    /// cluster's fatalities).
    #[serde(flatten)]
    pub record: EventRecord,
    /// The cluster the event belongs to.
    pub cluster_id: String,
    /// Distinct source articles of the cluster.
    pub source_count: u32,
    /// Events in the cluster.
    pub event_count: u32,
    /// The source articles (one for an event row).
    pub article_ids: Vec<String>,
    /// The member events (one for an event row).
    pub event_ids: Vec<String>,
    /// Outlets of the source articles, distinct.
    pub sources: Vec<String>,
    /// Latest ingestion time of the sources, RFC 3339 UTC.
    pub ingested_at: String,
}

/// `events` columns read by [`read_event`], prefixed with `e.`.
const EVENT_COLUMNS: &str = "e.pk, e.article_id, e.event_id, e.event_date, e.time_precision, \
     e.event_type, e.sub_event_type, e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2, \
     e.civilian_targeting, e.country, e.admin1, e.admin2, e.location, e.latitude, e.longitude, \
     e.geo_precision, e.geonameid, e.fatalities, e.suspected, e.source_attribution, e.notes, \
     e.cluster_id, a.outlet, a.ingested_at, c.source_count, c.event_count";

/// An event row without its evidence, plus its pk and the joined columns.
struct Read {
    pk: i64,
    record: EventRecord,
    cluster_id: String,
    outlet: Option<String>,
    ingested_at: String,
    source_count: u32,
    event_count: u32,
}

fn read_event(r: &rusqlite::Row<'_>) -> rusqlite::Result<Read> {
    Ok(Read {
        pk: r.get(0)?,
        record: EventRecord {
            article_id: r.get(1)?,
            event_id: r.get(2)?,
            event_date: r.get(3)?,
            time_precision: r.get(4)?,
            event_type: r.get(5)?,
            sub_event_type: r.get(6)?,
            actor1: r.get(7)?,
            assoc_actor_1: r.get(8)?,
            actor2: r.get(9)?,
            assoc_actor_2: r.get(10)?,
            civilian_targeting: r.get(11)?,
            country: r.get(12)?,
            admin1: r.get(13)?,
            admin2: r.get(14)?,
            location: r.get(15)?,
            latitude: r.get(16)?,
            longitude: r.get(17)?,
            geo_precision: r.get(18)?,
            geonameid: r.get::<_, Option<i64>>(19)?.map(|g| g as u64),
            fatalities: r.get(20)?,
            suspected: r.get(21)?,
            source_attribution: r.get(22)?,
            notes: r.get(23)?,
            evidence: Vec::new(),
        },
        cluster_id: r.get::<_, Option<String>>(24)?.unwrap_or_default(),
        outlet: r.get(25)?,
        ingested_at: r.get(26)?,
        source_count: r.get::<_, Option<u32>>(27)?.unwrap_or(1),
        event_count: r.get::<_, Option<u32>>(28)?.unwrap_or(1),
    })
}

pub(crate) fn load_evidence(conn: &Connection, event_pk: i64) -> Result<Vec<Evidence>, Error> {
    let mut stmt = conn.prepare_cached(
        "SELECT field, start, \"end\", text FROM evidence WHERE event_pk = ?1 ORDER BY seq",
    )?;
    let rows = stmt
        .query_map([event_pk], |r| {
            Ok(Evidence {
                field: r.get(0)?,
                start: r.get::<_, i64>(1)? as usize,
                end: r.get::<_, i64>(2)? as usize,
                text: r.get(3)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Turns the user's words into an FTS5 query over normalized text: each word
/// becomes a quoted phrase (so no FTS5 syntax leaks through), ANDed.
pub(crate) fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = rasid_text::normalize_str(text)
        .split_whitespace()
        .filter_map(|w| {
            let (w, prefix) = match w.strip_suffix('*') {
                Some(w) => (w, "*"),
                None => (w, ""),
            };
            (!w.is_empty()).then(|| format!("\"{}\"{prefix}", w.replace('"', "\"\"")))
        })
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

fn event_type_label(s: &str) -> Result<&'static str, Error> {
    SubEventType::ALL
        .iter()
        .map(|t| t.event_type().label())
        .find(|l| l.eq_ignore_ascii_case(s))
        .ok_or_else(|| Error::InvalidQuery(format!("unknown event type {s:?}")))
}

fn date_filter(date: &str, what: &str) -> Result<i64, Error> {
    day_number(date)
        .ok_or_else(|| Error::InvalidQuery(format!("{what} {date:?}: expected YYYY-MM-DD")))
}

/// The WHERE clause over `events e` and its parameters.
fn where_clause(q: &Query) -> Result<(String, Vec<Value>), Error> {
    let mut conds: Vec<String> = vec!["1".into()];
    let mut args: Vec<Value> = Vec::new();
    let arg = |v: Value, args: &mut Vec<Value>| {
        args.push(v);
        format!("?{}", args.len())
    };
    if let Some(from) = &q.from {
        let p = arg(Value::Integer(date_filter(from, "--from")?), &mut args);
        conds.push(format!("e.day >= {p}"));
    }
    if let Some(to) = &q.to {
        let p = arg(Value::Integer(date_filter(to, "--to")?), &mut args);
        conds.push(format!("e.day <= {p}"));
    }
    if let Some(t) = &q.event_type {
        let p = arg(Value::Text(event_type_label(t)?.into()), &mut args);
        conds.push(format!("e.event_type = {p}"));
    }
    if let Some(t) = &q.sub_event_type {
        let sub: SubEventType = t.parse().map_err(|e| Error::InvalidQuery(format!("{e}")))?;
        let p = arg(Value::Text(sub.label().into()), &mut args);
        conds.push(format!("e.sub_event_type = {p}"));
    }
    let actors: Vec<String> = q
        .actors
        .iter()
        .map(|a| rasid_text::normalize_str(a))
        .filter(|a| !a.is_empty())
        .collect();
    if !actors.is_empty() {
        let any: Vec<String> = actors
            .into_iter()
            .map(|a| {
                format!(
                    "instr(e.actor_terms, {}) > 0",
                    arg(Value::Text(a), &mut args)
                )
            })
            .collect();
        conds.push(format!("({})", any.join(" OR ")));
    }
    if let Some(c) = &q.country {
        let p = arg(Value::Text(c.clone()), &mut args);
        conds.push(format!("e.country = {p} COLLATE NOCASE"));
    }
    if let Some(a) = &q.admin1 {
        let p = arg(Value::Text(a.clone()), &mut args);
        conds.push(format!("e.admin1 = {p} COLLATE NOCASE"));
    }
    if let Some(b) = q.bbox {
        let ps: Vec<String> = [b.min_lat, b.max_lat, b.min_lon, b.max_lon]
            .into_iter()
            .map(|v| arg(Value::Real(v), &mut args))
            .collect();
        conds.push(format!(
            "e.pk IN (SELECT pk FROM event_geo WHERE min_lat >= {} AND max_lat <= {} \
             AND min_lon >= {} AND max_lon <= {})",
            ps[0], ps[1], ps[2], ps[3]
        ));
    }
    if let Some(n) = q.near {
        let (s, nn, w, e) = bounding_box(n.lat, n.lon, n.km);
        let ps: Vec<String> = [s, nn, w, e, n.lat, n.lon, n.km]
            .into_iter()
            .map(|v| arg(Value::Real(v), &mut args))
            .collect();
        conds.push(format!(
            "e.pk IN (SELECT pk FROM event_geo WHERE max_lat >= {} AND min_lat <= {} \
             AND max_lon >= {} AND min_lon <= {}) \
             AND haversine_km(e.latitude, e.longitude, {}, {}) <= {}",
            ps[0], ps[1], ps[2], ps[3], ps[4], ps[5], ps[6]
        ));
    }
    if let Some(text) = &q.text {
        let fts = fts_query(text)
            .ok_or_else(|| Error::InvalidQuery(format!("--text {text:?} has no words")))?;
        let p = arg(Value::Text(fts), &mut args);
        conds.push(format!(
            "e.article_pk IN (SELECT rowid FROM article_fts WHERE article_fts MATCH {p})"
        ));
    }
    if let Some(c) = &q.cluster {
        let p = arg(Value::Text(c.clone()), &mut args);
        conds.push(format!("e.cluster_id = {p}"));
    }
    if let Some(a) = &q.article {
        let p = arg(Value::Text(a.clone()), &mut args);
        conds.push(format!("e.article_id = {p}"));
    }
    Ok((conds.join(" AND "), args))
}

fn limit_clause(q: &Query) -> String {
    q.limit.map(|l| format!(" LIMIT {l}")).unwrap_or_default()
}

impl Store {
    /// Runs a query and collects its rows.
    pub fn query(&self, q: &Query) -> Result<Vec<Row>, Error> {
        let mut rows = Vec::new();
        self.scan(q, |row| {
            rows.push(row);
            Ok(())
        })?;
        Ok(rows)
    }

    /// Runs a query and hands each row to `f` as it is read (for exports of
    /// any size). Rows come in date order (undated last), then by id.
    /// Returns the number of rows.
    pub fn scan<F>(&self, q: &Query, mut f: F) -> Result<usize, Error>
    where
        F: FnMut(Row) -> Result<(), Error>,
    {
        let (cond, args) = where_clause(q)?;
        let mut n = 0;
        if q.clustered {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT c.id FROM clusters c
                 WHERE c.id IN (SELECT e.cluster_id FROM events e WHERE {cond})
                 ORDER BY c.first_date IS NULL, c.first_date, c.id{}",
                limit_clause(q)
            ))?;
            let mut ids = stmt.query(rusqlite::params_from_iter(args))?;
            while let Some(r) = ids.next()? {
                let id: String = r.get(0)?;
                let row = self
                    .cluster_row(&id)?
                    .ok_or_else(|| Error::Corrupt(format!("cluster {id} has no representative")))?;
                f(row)?;
                n += 1;
            }
        } else {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT {EVENT_COLUMNS} FROM events e
                 JOIN articles a ON a.pk = e.article_pk
                 LEFT JOIN clusters c ON c.id = e.cluster_id
                 WHERE {cond}
                 ORDER BY e.day IS NULL, e.day, e.event_id{}",
                limit_clause(q)
            ))?;
            let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
            while let Some(r) = rows.next()? {
                let read = read_event(r)?;
                f(self.event_row(read)?)?;
                n += 1;
            }
        }
        Ok(n)
    }

    fn event_row(&self, read: Read) -> Result<Row, Error> {
        let mut record = read.record;
        record.evidence = load_evidence(&self.conn, read.pk)?;
        Ok(Row {
            cluster_id: read.cluster_id,
            source_count: read.source_count,
            event_count: read.event_count,
            article_ids: vec![record.article_id.clone()],
            event_ids: vec![record.event_id.clone()],
            sources: read.outlet.into_iter().collect(),
            ingested_at: read.ingested_at,
            record,
        })
    }

    /// One event by id, as an event row.
    pub fn event(&self, event_id: &str) -> Result<Option<Row>, Error> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {EVENT_COLUMNS} FROM events e
             JOIN articles a ON a.pk = e.article_pk
             LEFT JOIN clusters c ON c.id = e.cluster_id
             WHERE e.event_id = ?1"
        ))?;
        let mut rows = stmt.query([event_id])?;
        match rows.next()? {
            Some(r) => Ok(Some(self.event_row(read_event(r)?)?)),
            None => Ok(None),
        }
    }

    /// A cluster's row: its representative record with the cluster's
    /// fatalities and every source listed.
    pub fn cluster_row(&self, id: &str) -> Result<Option<Row>, Error> {
        let summary = self
            .conn
            .prepare_cached("SELECT representative, fatalities FROM clusters WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)));
        let (rep, fatalities) = match summary {
            Ok(s) => s,
            Err(rusqlite::Error::QueryReturnedNoRows) => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        let Some(mut row) = self.event(&rep)? else {
            return Ok(None);
        };
        row.record.fatalities = fatalities;
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.event_id, e.article_id, a.outlet, a.ingested_at FROM events e
             JOIN articles a ON a.pk = e.article_pk
             WHERE e.cluster_id = ?1 ORDER BY e.day, e.event_id",
        )?;
        let members = stmt
            .query_map(params![id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        row.event_ids = members.iter().map(|m| m.0.clone()).collect();
        let mut articles: Vec<String> = members.iter().map(|m| m.1.clone()).collect();
        articles.sort();
        articles.dedup();
        row.article_ids = articles;
        let mut sources: Vec<String> = members.iter().filter_map(|m| m.2.clone()).collect();
        sources.sort();
        sources.dedup();
        row.sources = sources;
        row.ingested_at = members
            .iter()
            .map(|m| m.3.clone())
            .max()
            .unwrap_or_default();
        Ok(Some(row))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fts_words_are_quoted_and_normalized() {
        assert_eq!(fts_query("مدينة  القصير").unwrap(), "\"مدينه\" \"القصير\"");
        assert_eq!(fts_query("قصف* \"x").unwrap(), "\"قصف\"* \"\"\"x\"");
        assert_eq!(fts_query("  "), None);
    }

    #[test]
    fn bbox_and_near_parse() {
        let b: BBox = "35.5,33,42,37.5".parse().unwrap();
        assert_eq!(b.max_lat, 37.5);
        assert!("1,2,3".parse::<BBox>().is_err());
        assert!("5,0,1,1".parse::<BBox>().is_err());
        assert_eq!(Near::parse("34.5, 36.5", 10.0).unwrap().lon, 36.5);
        assert!(Near::parse("95,1", 1.0).is_err());
    }
}
