//! `rasid query --cluster ID --explain`: why a cluster holds what it holds.

use std::fmt;

use rusqlite::params;

use crate::cluster::{compatible, threshold_km, Node, CLUSTER_RULE, NODE_COLUMNS};
use crate::{Error, Row, Store};

/// One member of an explained cluster.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Member {
    /// The member event, as stored.
    pub row: Row,
    /// Publication date of its article.
    pub published: Option<String>,
    /// True for the representative.
    pub representative: bool,
    /// True for the founder (the cluster is named after it).
    pub founder: bool,
}

/// The pair rule applied to two members (or a member and an outsider).
#[derive(Clone, Debug, serde::Serialize)]
pub struct Link {
    /// First event id.
    pub a: String,
    /// Second event id.
    pub b: String,
    /// Days between their dates.
    pub days_apart: Option<i64>,
    /// Distance between their places, when both have coordinates.
    pub km: Option<f64>,
    /// Allowed distance for their precision.
    pub max_km: f64,
    /// `None` when compatible, else the first rule that fails.
    pub mismatch: Option<String>,
}

/// An event of the same sub-event type close in time and place that is not
/// in the cluster, and why.
#[derive(Clone, Debug, serde::Serialize)]
pub struct NearMiss {
    /// The event.
    pub event_id: String,
    /// The cluster it is in.
    pub cluster_id: String,
    /// Why it is not in this cluster.
    pub reason: String,
}

/// Everything `--explain` prints about one cluster.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ClusterExplanation {
    /// The cluster's row (representative record, sources, counts).
    pub cluster: Row,
    /// The clustering rule in words.
    pub rule: &'static str,
    /// How the representative was chosen.
    pub representative_rule: &'static str,
    /// How the cluster's fatalities were chosen.
    pub fatalities_rule: &'static str,
    /// The members in `(date, event id)` order.
    pub members: Vec<Member>,
    /// The pair rule for every pair of members.
    pub links: Vec<Link>,
    /// Nearby events of the same type that stayed out.
    pub near_misses: Vec<NearMiss>,
}

const REPRESENTATIVE_RULE: &str = "the member with the most precise place (lowest geo_precision, \
with coordinates), then the most precise date, then an unhedged attribution, then the smallest event id";
const FATALITIES_RULE: &str = "ACLED's lowest reported figure, taken among the latest-published \
reports that give a figure (a later report corrects an earlier toll; one without a figure corrects nothing)";

/// Members beyond this count are listed but not compared pairwise.
const MAX_PAIRWISE: usize = 40;
/// Outsiders farther than this from every member are not near misses.
const NEAR_MISS_KM: f64 = 150.0;

fn link(a: &Node, b: &Node) -> Link {
    let max_km = threshold_km(match (a.precision, b.precision) {
        (Some(x), Some(y)) => Some(x.max(y)),
        _ => None,
    });
    Link {
        a: a.event_id.clone(),
        b: b.event_id.clone(),
        days_apart: a.day.zip(b.day).map(|(x, y)| (x - y).abs()),
        km: a.distance_km(b),
        max_km,
        mismatch: compatible(a, b).err().map(|m| m.to_string()),
    }
}

impl Store {
    /// Explains a cluster, or `None` when there is no cluster with this id.
    pub fn explain_cluster(&self, id: &str) -> Result<Option<ClusterExplanation>, Error> {
        let Some(cluster) = self.cluster_row(id)? else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {NODE_COLUMNS} FROM events WHERE cluster_id = ?1 ORDER BY day, event_id"
        ))?;
        let nodes = stmt
            .query_map([id], Node::from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        let mut members = Vec::new();
        for node in &nodes {
            let row = self
                .event(&node.event_id)?
                .ok_or_else(|| Error::Corrupt(format!("event {} vanished", node.event_id)))?;
            let published: Option<String> = self.conn.query_row(
                "SELECT published FROM articles WHERE id = ?1",
                [&row.record.article_id],
                |r| r.get(0),
            )?;
            members.push(Member {
                representative: row.record.event_id == cluster.record.event_id,
                founder: row.record.event_id == id,
                published,
                row,
            });
        }
        let mut links = Vec::new();
        let paired = &nodes[..nodes.len().min(MAX_PAIRWISE)];
        for (i, a) in paired.iter().enumerate() {
            for b in &paired[i + 1..] {
                links.push(link(a, b));
            }
        }
        let near_misses = self.near_misses(id, &cluster.record.sub_event_type, &nodes)?;
        Ok(Some(ClusterExplanation {
            cluster,
            rule: CLUSTER_RULE,
            representative_rule: REPRESENTATIVE_RULE,
            fatalities_rule: FATALITIES_RULE,
            members,
            links,
            near_misses,
        }))
    }

    fn near_misses(&self, id: &str, sub: &str, nodes: &[Node]) -> Result<Vec<NearMiss>, Error> {
        let days: Vec<i64> = nodes.iter().filter_map(|n| n.day).collect();
        let (Some(&first), Some(&last)) = (days.iter().min(), days.iter().max()) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {NODE_COLUMNS} FROM events
             WHERE sub_event_type = ?1 AND day BETWEEN ?2 AND ?3 AND cluster_id != ?4
             ORDER BY day, event_id LIMIT 500"
        ))?;
        let outsiders = stmt
            .query_map(params![sub, first - 1, last + 1, id], Node::from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        let mut misses = Vec::new();
        for out in outsiders {
            let near = nodes.iter().any(|n| match n.distance_km(&out) {
                Some(km) => km <= NEAR_MISS_KM,
                None => n.location.is_some() && n.location == out.location,
            });
            if !near {
                continue;
            }
            let reason = nodes
                .iter()
                .find_map(|n| {
                    compatible(n, &out)
                        .err()
                        .map(|m| format!("vs {}: {m}", n.event_id))
                })
                .unwrap_or_else(|| {
                    "compatible with every member, but taken in (date, event id) order it joined \
                     an earlier-founded cluster first"
                        .to_string()
                });
            misses.push(NearMiss {
                event_id: out.event_id,
                cluster_id: out.cluster_id.unwrap_or_default(),
                reason,
            });
            if misses.len() == 20 {
                break;
            }
        }
        Ok(misses)
    }
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("-")
}

impl fmt::Display for ClusterExplanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.cluster;
        let r = &c.record;
        writeln!(
            f,
            "cluster {} · {} · {} · {} source(s), {} event(s)",
            c.cluster_id,
            r.sub_event_type,
            opt(&r.event_date),
            c.source_count,
            c.event_count
        )?;
        writeln!(f, "representative: {}", r.event_id)?;
        writeln!(f, "  chosen as {}", self.representative_rule)?;
        writeln!(f, "fatalities: {}", r.fatalities)?;
        writeln!(f, "  {}", self.fatalities_rule)?;
        writeln!(f, "sources: {}", c.sources.join("; "))?;
        writeln!(f, "rule: {}", self.rule)?;
        writeln!(f, "members:")?;
        for m in &self.members {
            let e = &m.row.record;
            let mark = match (m.representative, m.founder) {
                (true, true) => "[representative, founder]",
                (true, false) => "[representative]",
                (false, true) => "[founder]",
                (false, false) => "",
            };
            writeln!(
                f,
                "  {} {}  date {}  article {} ({}, published {})",
                e.event_id,
                mark,
                opt(&e.event_date),
                e.article_id,
                m.row.sources.first().map_or("-", String::as_str),
                opt(&m.published)
            )?;
            let coords = match (e.latitude, e.longitude) {
                (Some(la), Some(lo)) => format!("({la:.4}, {lo:.4})"),
                _ => "(no coordinates)".into(),
            };
            writeln!(
                f,
                "      place {} {} precision {} · actor1 {} · actor2 {} · fatalities {}{}",
                opt(&e.location),
                coords,
                e.geo_precision.map_or("-".into(), |p| p.to_string()),
                opt(&e.actor1),
                opt(&e.actor2),
                e.fatalities,
                if e.suspected { " · suspected" } else { "" }
            )?;
        }
        if !self.links.is_empty() {
            writeln!(f, "pairs (every pair must be compatible):")?;
            for l in &self.links {
                let km = l.km.map_or("no coordinates".into(), |k| {
                    format!("{k:.1} km (max {} km)", l.max_km)
                });
                let days = l.days_apart.map_or("-".into(), |d| d.to_string());
                let verdict = l.mismatch.as_deref().unwrap_or("compatible");
                writeln!(
                    f,
                    "  {} ~ {}: {} day(s) apart, {}: {}",
                    l.a, l.b, days, km, verdict
                )?;
            }
        }
        if self.near_misses.is_empty() {
            writeln!(f, "near misses: none")?;
        } else {
            writeln!(
                f,
                "near misses (same sub-event type, within a day and {NEAR_MISS_KM} km):"
            )?;
            for n in &self.near_misses {
                writeln!(
                    f,
                    "  {} (cluster {}): {}",
                    n.event_id, n.cluster_id, n.reason
                )?;
            }
        }
        Ok(())
    }
}
