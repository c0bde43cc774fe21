//! Cross-source clusters: which stored events describe the same happening.
//!
//! # The pair rule
//! Two events are *compatible* ([`compatible`]) when they come from different
//! articles, have the same sub-event type, dates at most one day apart, places
//! within [`threshold_km`] of each other (a distance that grows as
//! `geo_precision` gets coarser; without coordinates the location names must
//! agree), and actors that agree (the same name, one side absent, or one side
//! an `Unidentified …` actor; an armed clash may name its sides in either
//! order).
//!
//! # The partition
//! Compatibility is not transitive (daily strikes on one town would chain
//! into one endless cluster), so clusters are built by *complete linkage in a
//! canonical order*: per sub-event type, events are taken in `(day, event_id)`
//! order and each one joins the earliest-founded cluster whose members it is
//! all compatible with, or founds a new one. A cluster is named after its
//! founder's `event_id`. The result depends only on the set of events, never
//! on the order they were ingested in.
//!
//! # Incremental updates
//! A new or deleted event at day `d` can only change assignments from day `d`
//! on. [`recluster`] replays the greedy pass from the first changed day, with
//! the clusters founded the day before as its starting state (read back from
//! the database), and stops as soon as a day outside the changed set comes
//! out exactly as it was stored: from there on the stored partition is already
//! the greedy one. Undated events are clusters of their own.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use rusqlite::{params, Connection, OptionalExtension};

use crate::geo::{day_number, haversine_km};
use crate::Error;

/// One-paragraph statement of the clustering rule, for `--explain` output.
pub const CLUSTER_RULE: &str = "events join one cluster when they come from different articles, \
have the same sub-event type, dates at most 1 day apart, places within 5 km (geo_precision 1), \
25 km (2) or 100 km (3) of each other — or the same place name when there are no coordinates — \
and actors that agree (same name, one absent, or one Unidentified); every member must be \
compatible with every other; events are taken in (date, event id) order and each joins the \
earliest-founded compatible cluster; a cluster is named after its founder event";

/// Largest distance between two events of one cluster, by the coarser of
/// their two `geo_precision` codes (ACLED: 1 = the place, 2 = near it,
/// 3 = only the region).
pub fn threshold_km(precision: Option<u8>) -> f64 {
    match precision {
        Some(1) => 5.0,
        Some(3) => 100.0,
        _ => 25.0,
    }
}

/// Why two events may not share a cluster.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub enum Mismatch {
    /// Both come from the same article (the extractor already merged its mentions).
    SameArticle,
    /// One or both have no date.
    Undated,
    /// Their dates are more than one day apart.
    DaysApart(i64),
    /// Their places are too far apart.
    TooFar {
        /// Distance between the two points.
        km: f64,
        /// The threshold for their precision.
        max_km: f64,
    },
    /// Without coordinates, their place names differ.
    DifferentPlace(Option<String>, Option<String>),
    /// An actor role names two different, identified actors.
    Actors {
        /// `actor1` or `actor2`.
        role: &'static str,
        /// This event's actor.
        a: String,
        /// The other event's actor.
        b: String,
    },
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mismatch::SameArticle => f.write_str("same article"),
            Mismatch::Undated => f.write_str("no date"),
            Mismatch::DaysApart(d) => write!(f, "{d} days apart (max 1)"),
            Mismatch::TooFar { km, max_km } => write!(f, "{km:.1} km apart (max {max_km} km)"),
            Mismatch::DifferentPlace(a, b) => write!(
                f,
                "different places without coordinates ({} / {})",
                a.as_deref().unwrap_or("none"),
                b.as_deref().unwrap_or("none")
            ),
            Mismatch::Actors { role, a, b } => write!(f, "{role} differs ({a} / {b})"),
        }
    }
}

/// What clustering needs to know about one event.
#[derive(Clone, Debug)]
pub(crate) struct Node {
    pub pk: i64,
    pub event_id: String,
    pub article_id: String,
    pub day: Option<i64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub precision: Option<u8>,
    pub location: Option<String>,
    pub actor1: Option<String>,
    pub actor2: Option<String>,
    pub armed_clash: bool,
    pub cluster_id: Option<String>,
}

/// Columns of `events` that [`Node::from_row`] reads, in order.
pub(crate) const NODE_COLUMNS: &str = "pk, event_id, article_id, day, latitude, longitude, \
     geo_precision, location, actor1, actor2, sub_event_type, cluster_id";

impl Node {
    pub(crate) fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Node> {
        let location: Option<String> = r.get(7)?;
        Ok(Node {
            pk: r.get(0)?,
            event_id: r.get(1)?,
            article_id: r.get(2)?,
            day: r.get(3)?,
            lat: r.get(4)?,
            lon: r.get(5)?,
            precision: r.get(6)?,
            location: location.map(|l| rasid_text::normalize_str(&l)),
            actor1: r.get(8)?,
            actor2: r.get(9)?,
            armed_clash: r.get::<_, String>(10)? == "Armed clash",
            cluster_id: r.get(11)?,
        })
    }

    /// Distance to another event when both have coordinates.
    pub(crate) fn distance_km(&self, other: &Node) -> Option<f64> {
        Some(haversine_km(self.lat?, self.lon?, other.lat?, other.lon?))
    }
}

fn is_unidentified(actor: &str) -> bool {
    actor.starts_with("Unidentified")
}

fn actor_agrees(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b) || is_unidentified(a) || is_unidentified(b),
        _ => true,
    }
}

/// The pair rule (module docs). Both events must have the same sub-event type;
/// callers only compare events of one type.
pub(crate) fn compatible(a: &Node, b: &Node) -> Result<(), Mismatch> {
    if a.article_id == b.article_id {
        return Err(Mismatch::SameArticle);
    }
    let (Some(da), Some(db)) = (a.day, b.day) else {
        return Err(Mismatch::Undated);
    };
    if (da - db).abs() > 1 {
        return Err(Mismatch::DaysApart((da - db).abs()));
    }
    match a.distance_km(b) {
        Some(km) => {
            let coarser = match (a.precision, b.precision) {
                (Some(x), Some(y)) => Some(x.max(y)),
                _ => None,
            };
            let max_km = threshold_km(coarser);
            if km > max_km {
                return Err(Mismatch::TooFar { km, max_km });
            }
        }
        None => {
            if a.location.is_none() || a.location != b.location {
                return Err(Mismatch::DifferentPlace(
                    a.location.clone(),
                    b.location.clone(),
                ));
            }
        }
    }
    let (a1, a2, b1, b2) = (
        a.actor1.as_deref(),
        a.actor2.as_deref(),
        b.actor1.as_deref(),
        b.actor2.as_deref(),
    );
    if actor_agrees(a1, b1) && actor_agrees(a2, b2) {
        return Ok(());
    }
    if a.armed_clash && actor_agrees(a1, b2) && actor_agrees(a2, b1) {
        return Ok(());
    }
    let (role, x, y) = if actor_agrees(a1, b1) {
        ("actor2", a2, b2)
    } else {
        ("actor1", a1, b1)
    };
    Err(Mismatch::Actors {
        role,
        a: x.unwrap_or_default().to_string(),
        b: y.unwrap_or_default().to_string(),
    })
}

/// A cluster being built by the greedy pass.
struct Open {
    id: String,
    founder_day: i64,
    members: Vec<Node>,
}

fn load_day(conn: &Connection, sub: &str, day: i64) -> Result<Vec<Node>, Error> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {NODE_COLUMNS} FROM events WHERE sub_event_type = ?1 AND day = ?2"
    ))?;
    let mut nodes = stmt
        .query_map(params![sub, day], Node::from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    // Sorted here, not by ORDER BY: with ORDER BY this bundled SQLite
    // re-prepares the statement at every run, which dominated ingest time.
    nodes.sort_unstable_by(|a, b| a.event_id.cmp(&b.event_id));
    Ok(nodes)
}

fn day_has_events(conn: &Connection, sub: &str, day: i64) -> Result<bool, Error> {
    let mut stmt =
        conn.prepare_cached("SELECT 1 FROM events WHERE sub_event_type = ?1 AND day = ?2 LIMIT 1")?;
    Ok(stmt.exists(params![sub, day])?)
}

/// The greedy state before `day`: the clusters founded on `day - 1`, with
/// their members of that day, in founding order.
fn state_before(conn: &Connection, sub: &str, day: i64) -> Result<Vec<Open>, Error> {
    let prev = load_day(conn, sub, day - 1)?;
    let founders: BTreeSet<&str> = prev.iter().map(|n| n.event_id.as_str()).collect();
    let mut open: BTreeMap<String, Vec<Node>> = BTreeMap::new();
    for node in &prev {
        if let Some(id) = node
            .cluster_id
            .as_deref()
            .filter(|id| founders.contains(id))
        {
            open.entry(id.to_string()).or_default().push(node.clone());
        }
    }
    // Founders of one day are ordered by event id, which is the BTreeMap order.
    Ok(open
        .into_iter()
        .map(|(id, members)| Open {
            id,
            founder_day: day - 1,
            members,
        })
        .collect())
}

/// Replays the greedy partition over every changed day of every sub-event
/// type (module docs) and writes the new cluster ids. Every cluster id that
/// gained or lost a member is added to `affected`.
pub(crate) fn recluster(
    conn: &Connection,
    changed: &BTreeMap<String, BTreeSet<i64>>,
    affected: &mut BTreeSet<String>,
) -> Result<(), Error> {
    let mut update = conn.prepare_cached("UPDATE events SET cluster_id = ?1 WHERE pk = ?2")?;
    for (sub, days) in changed {
        let mut next_start = days.first().copied();
        while let Some(start) = next_start {
            let mut open = state_before(conn, sub, start)?;
            let mut day = start;
            loop {
                open.retain(|c| c.founder_day >= day - 1);
                let mut unchanged = !days.contains(&day);
                for node in load_day(conn, sub, day)? {
                    let joined = open
                        .iter()
                        .position(|c| c.members.iter().all(|m| compatible(m, &node).is_ok()));
                    let id = match joined {
                        Some(i) => {
                            open[i].members.push(node.clone());
                            open[i].id.clone()
                        }
                        None => {
                            open.push(Open {
                                id: node.event_id.clone(),
                                founder_day: day,
                                members: vec![node.clone()],
                            });
                            node.event_id.clone()
                        }
                    };
                    if node.cluster_id.as_deref() != Some(id.as_str()) {
                        unchanged = false;
                        update.execute(params![id, node.pk])?;
                        if let Some(old) = node.cluster_id {
                            affected.insert(old);
                        }
                        affected.insert(id);
                    }
                }
                let go_on = !unchanged
                    && (days.contains(&(day + 1)) || day_has_events(conn, sub, day + 1)?);
                if !go_on {
                    break;
                }
                day += 1;
            }
            next_start = days.range(day + 1..).next().copied();
        }
    }
    Ok(())
}

/// One member as the cluster summary sees it.
struct Summary {
    event_id: String,
    article_id: String,
    event_date: Option<String>,
    precision: Option<u8>,
    has_coords: bool,
    time_precision: Option<u8>,
    suspected: bool,
    fatalities: u32,
    published_day: Option<i64>,
    sub_event_type: String,
}

/// The order that picks a cluster's representative: the most precise place,
/// then the most precise date, then an unhedged report, then the event id.
fn representative_key(s: &Summary) -> impl Ord + '_ {
    (
        s.precision.unwrap_or(u8::MAX),
        !s.has_coords,
        s.time_precision.unwrap_or(u8::MAX),
        s.suspected,
        s.event_id.as_str(),
    )
}

/// A cluster's fatalities: ACLED's lowest figure, taken among the latest
/// reports that give one (a later report corrects an earlier toll; a report
/// that gives no figure corrects nothing).
pub(crate) fn cluster_fatalities(reports: impl IntoIterator<Item = (Option<i64>, u32)>) -> u32 {
    reports
        .into_iter()
        .filter(|&(_, f)| f > 0)
        .map(|(published, f)| (published, std::cmp::Reverse(f)))
        .max()
        .map_or(0, |(_, std::cmp::Reverse(f))| f)
}

/// Rewrites the summary rows of the given clusters (and deletes the ones
/// left without members).
pub(crate) fn refresh(conn: &Connection, ids: &BTreeSet<String>) -> Result<(), Error> {
    let mut members = conn.prepare_cached(
        "SELECT e.event_id, e.article_id, e.event_date, e.geo_precision,
                e.latitude IS NOT NULL AND e.longitude IS NOT NULL, e.time_precision,
                e.suspected, e.fatalities, a.published, e.sub_event_type
         FROM events e JOIN articles a ON a.pk = e.article_pk
         WHERE e.cluster_id = ?1",
    )?;
    let mut delete = conn.prepare_cached("DELETE FROM clusters WHERE id = ?1")?;
    let mut upsert = conn.prepare_cached(
        "INSERT INTO clusters (id, sub_event_type, first_date, last_date, representative,
                               fatalities, source_count, event_count)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT(id) DO UPDATE SET
             sub_event_type = excluded.sub_event_type, first_date = excluded.first_date,
             last_date = excluded.last_date, representative = excluded.representative,
             fatalities = excluded.fatalities, source_count = excluded.source_count,
             event_count = excluded.event_count",
    )?;
    for id in ids {
        let rows = members
            .query_map([id], |r| {
                Ok(Summary {
                    event_id: r.get(0)?,
                    article_id: r.get(1)?,
                    event_date: r.get(2)?,
                    precision: r.get(3)?,
                    has_coords: r.get(4)?,
                    time_precision: r.get(5)?,
                    suspected: r.get(6)?,
                    fatalities: r.get(7)?,
                    published_day: r
                        .get::<_, Option<String>>(8)?
                        .as_deref()
                        .and_then(day_number),
                    sub_event_type: r.get(9)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let Some(rep) = rows
            .iter()
            .min_by(|a, b| representative_key(a).cmp(&representative_key(b)))
        else {
            delete.execute([id])?;
            continue;
        };
        let sources: BTreeSet<&str> = rows.iter().map(|s| s.article_id.as_str()).collect();
        let dates: BTreeSet<&str> = rows
            .iter()
            .filter_map(|s| s.event_date.as_deref())
            .collect();
        let fatalities = cluster_fatalities(rows.iter().map(|s| (s.published_day, s.fatalities)));
        upsert.execute(params![
            id,
            rep.sub_event_type,
            dates.first(),
            dates.last(),
            rep.event_id,
            fatalities,
            sources.len() as i64,
            rows.len() as i64,
        ])?;
    }
    Ok(())
}

/// Consistency checks of the cluster tables (used by [`crate::Store::check`]).
pub(crate) fn check_clusters(conn: &Connection) -> Result<Vec<String>, Error> {
    let mut problems = Vec::new();
    let mut stmt = conn.prepare(
        "SELECT c.id, c.event_count, COUNT(e.pk) FROM clusters c
         LEFT JOIN events e ON e.cluster_id = c.id
         GROUP BY c.id HAVING COUNT(e.pk) != c.event_count",
    )?;
    for row in stmt.query_map([], |r| {
        Ok(format!(
            "cluster {} says {} events, has {}",
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?
        ))
    })? {
        problems.push(row?);
    }
    let founderless: Option<String> = conn
        .query_row(
            "SELECT c.id FROM clusters c WHERE NOT EXISTS
                 (SELECT 1 FROM events e WHERE e.event_id = c.id AND e.cluster_id = c.id)
             LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = founderless {
        problems.push(format!("cluster {id} does not contain its founder"));
    }
    Ok(problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(event_id: &str, day: i64, lat: f64, lon: f64) -> Node {
        Node {
            pk: 0,
            event_id: event_id.into(),
            article_id: event_id.split('#').next().unwrap().into(),
            day: Some(day),
            lat: Some(lat),
            lon: Some(lon),
            precision: Some(1),
            location: Some("x".into()),
            actor1: Some("Military Forces of Israel".into()),
            actor2: None,
            armed_clash: false,
            cluster_id: None,
        }
    }

    #[test]
    fn pair_rule() {
        let a = node("a#1", 10, 34.5, 36.5);
        assert_eq!(compatible(&a, &node("b#1", 11, 34.51, 36.5)), Ok(()));
        assert_eq!(
            compatible(&a, &node("a#2", 10, 34.5, 36.5)),
            Err(Mismatch::SameArticle)
        );
        assert_eq!(
            compatible(&a, &node("b#1", 12, 34.5, 36.5)),
            Err(Mismatch::DaysApart(2))
        );
        assert!(matches!(
            compatible(&a, &node("b#1", 10, 34.7, 36.5)),
            Err(Mismatch::TooFar { .. })
        ));
        let mut b = node("b#1", 10, 34.7, 36.5);
        b.precision = Some(2);
        assert_eq!(
            compatible(&a, &b),
            Ok(()),
            "22 km is near enough at precision 2"
        );
        let mut c = node("c#1", 10, 34.5, 36.5);
        c.actor1 = Some("Unidentified Armed Group (Syria)".into());
        assert_eq!(compatible(&a, &c), Ok(()));
        c.actor1 = Some("Military Forces of Russia".into());
        assert!(matches!(
            compatible(&a, &c),
            Err(Mismatch::Actors { role: "actor1", .. })
        ));
        let (mut d, mut e) = (node("d#1", 10, 0.0, 0.0), node("e#1", 10, 0.0, 0.0));
        (d.lat, e.lat) = (None, None);
        assert_eq!(
            compatible(&d, &e),
            Ok(()),
            "same place name, no coordinates"
        );
        e.location = Some("y".into());
        assert!(matches!(
            compatible(&d, &e),
            Err(Mismatch::DifferentPlace(..))
        ));
    }

    #[test]
    fn armed_clash_sides_in_either_order() {
        let mut a = node("a#1", 10, 34.5, 36.5);
        let mut b = node("b#1", 10, 34.5, 36.5);
        a.armed_clash = true;
        b.armed_clash = true;
        a.actor2 = Some("Islamic State".into());
        (b.actor1, b.actor2) = (a.actor2.clone(), a.actor1.clone());
        assert_eq!(compatible(&a, &b), Ok(()));
    }

    #[test]
    fn fatalities_rule() {
        // Same day: the lowest figure.
        assert_eq!(cluster_fatalities([(Some(1), 5), (Some(1), 3)]), 3);
        // A later report corrects the toll upwards.
        assert_eq!(cluster_fatalities([(Some(1), 3), (Some(2), 7)]), 7);
        // A later report without a figure corrects nothing.
        assert_eq!(cluster_fatalities([(Some(1), 3), (Some(2), 0)]), 3);
        assert_eq!(cluster_fatalities([(None, 4), (Some(2), 0)]), 4);
        assert_eq!(cluster_fatalities([(None, 0)]), 0);
    }
}
