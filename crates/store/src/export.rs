//! Writers for query results: CSV with ACLED's columns, JSONL and GeoJSON.
//!
//! Every writer streams: rows are written as [`crate::Store::scan`] reads
//! them, so an export of any size runs in constant memory.
//!
//! # CSV columns
//! ACLED's export columns in ACLED's order ([`ACLED_COLUMNS`]), then Rasid's
//! own ([`RASID_COLUMNS`]). Fields Rasid cannot know are left empty
//! (`admin3`, `source_scale`, `tags`); `inter1`/`inter2` are filled only for
//! actor names whose ACLED category is evident from the name (state forces,
//! unidentified armed groups, rioters, protesters, civilians). For cluster
//! rows `event_id_cnty` is the cluster id and `source` lists every outlet.

use std::io::Write;
use std::str::FromStr;

use serde_json::{json, Map, Value};

use crate::geo::day_number;
use crate::{Error, Query, Row, Store};

/// ACLED's column names, in ACLED's order.
pub const ACLED_COLUMNS: &[&str] = &[
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// Rasid's columns after ACLED's.
pub const RASID_COLUMNS: &[&str] = &[
    "event_id",
    "cluster_id",
    "article_ids",
    "event_ids",
    "source_count",
    "suspected",
    "source_attribution",
    "geonameid",
    "evidence",
];

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON object per line.
    Jsonl,
    /// A GeoJSON FeatureCollection of points.
    GeoJson,
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        match s.to_ascii_lowercase().as_str() {
            "csv" => Ok(Format::Csv),
            "jsonl" | "ndjson" => Ok(Format::Jsonl),
            "geojson" => Ok(Format::GeoJson),
            _ => Err(format!("unknown format {s:?} (csv, jsonl, geojson)")),
        }
    }
}

/// What an export wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExportSummary {
    /// Rows (CSV, JSONL) or features (GeoJSON) written.
    pub written: usize,
    /// GeoJSON only: rows left out because they have no coordinates.
    pub without_coordinates: usize,
}

/// Runs `query` against `store` and writes the rows in `format`.
pub fn export<W: Write>(
    store: &Store,
    query: &Query,
    format: Format,
    out: W,
) -> Result<ExportSummary, Error> {
    let mut writer = RowWriter::new(format, query.clustered, out)?;
    store.scan(query, |row| writer.write(&row))?;
    writer.finish()
}

/// Writes rows one at a time in one format.
pub struct RowWriter<W: Write> {
    inner: Inner<W>,
    clustered: bool,
    summary: ExportSummary,
}

enum Inner<W: Write> {
    Csv(Box<csv::Writer<W>>),
    Jsonl(W),
    GeoJson(W),
}

impl<W: Write> RowWriter<W> {
    /// Starts an output (writes the CSV header or the GeoJSON opening).
    /// `clustered` says whether rows are clusters (it names `event_id_cnty`).
    pub fn new(format: Format, clustered: bool, mut out: W) -> Result<RowWriter<W>, Error> {
        let inner = match format {
            Format::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(ACLED_COLUMNS.iter().chain(RASID_COLUMNS))?;
                Inner::Csv(Box::new(w))
            }
            Format::Jsonl => Inner::Jsonl(out),
            Format::GeoJson => {
                out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
                Inner::GeoJson(out)
            }
        };
        Ok(RowWriter {
            inner,
            clustered,
            summary: ExportSummary::default(),
        })
    }

    /// Writes one row.
    pub fn write(&mut self, row: &Row) -> Result<(), Error> {
        match &mut self.inner {
            Inner::Csv(w) => w.write_record(csv_record(row, self.clustered))?,
            Inner::Jsonl(w) => {
                serde_json::to_writer(&mut *w, row)?;
                w.write_all(b"\n")?;
            }
            Inner::GeoJson(w) => {
                let Some(feature) = feature(row, self.clustered)? else {
                    self.summary.without_coordinates += 1;
                    return Ok(());
                };
                if self.summary.written > 0 {
                    w.write_all(b",\n")?;
                }
                serde_json::to_writer(&mut *w, &feature)?;
            }
        }
        self.summary.written += 1;
        Ok(())
    }

    /// Closes the output and flushes it.
    pub fn finish(self) -> Result<ExportSummary, Error> {
        match self.inner {
            Inner::Csv(mut w) => w.flush()?,
            Inner::Jsonl(mut w) => w.flush()?,
            Inner::GeoJson(mut w) => {
                w.write_all(b"\n]}\n")?;
                w.flush()?;
            }
        }
        Ok(self.summary)
    }
}

fn feature(row: &Row, clustered: bool) -> Result<Option<Value>, Error> {
    let (Some(lat), Some(lon)) = (row.record.latitude, row.record.longitude) else {
        return Ok(None);
    };
    let Value::Object(mut properties) = serde_json::to_value(row)? else {
        return Err(Error::Corrupt("row did not serialize to an object".into()));
    };
    let id = if clustered {
        &row.cluster_id
    } else {
        &row.record.event_id
    };
    properties.insert("event_id_cnty".into(), Value::String(id.clone()));
    Ok(Some(json!({
        "type": "Feature",
        "id": id,
        "geometry": { "type": "Point", "coordinates": [lon, lat] },
        "properties": Value::Object(properties),
    })))
}

fn csv_record(row: &Row, clustered: bool) -> Vec<String> {
    let r = &row.record;
    let s = |v: &Option<String>| v.clone().unwrap_or_default();
    let n = |v: Option<u8>| v.map(|x| x.to_string()).unwrap_or_default();
    let f = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
    let inter1 = r.actor1.as_deref().and_then(inter_code);
    let inter2 = r.actor2.as_deref().and_then(inter_code);
    let interaction = match (inter1, inter2, r.actor2.is_some()) {
        (Some(a), Some(b), _) => Some(10 * a.min(b) + a.max(b)),
        (Some(a), None, false) => Some(10 * a),
        _ => None,
    };
    let country = r.country.as_deref();
    let evidence = serde_json::to_string(&r.evidence).unwrap_or_default();
    vec![
        if clustered {
            row.cluster_id.clone()
        } else {
            r.event_id.clone()
        },
        s(&r.event_date),
        r.event_date
            .as_deref()
            .and_then(|d| d.get(..4))
            .unwrap_or_default()
            .to_string(),
        n(r.time_precision),
        disorder_type(&r.event_type, &r.sub_event_type).to_string(),
        r.event_type.clone(),
        r.sub_event_type.clone(),
        s(&r.actor1),
        s(&r.assoc_actor_1),
        n(inter1),
        s(&r.actor2),
        s(&r.assoc_actor_2),
        n(inter2),
        n(interaction),
        if r.civilian_targeting {
            "Civilian targeting".into()
        } else {
            String::new()
        },
        country
            .and_then(iso_and_region)
            .map(|(iso, _)| iso.to_string())
            .unwrap_or_default(),
        country
            .and_then(iso_and_region)
            .map(|(_, region)| region.to_string())
            .unwrap_or_default(),
        s(&r.country),
        s(&r.admin1),
        s(&r.admin2),
        String::new(),
        s(&r.location),
        f(r.latitude),
        f(r.longitude),
        n(r.geo_precision),
        row.sources.join("; "),
        String::new(),
        r.notes.clone(),
        r.fatalities.to_string(),
        String::new(),
        unix_time(&row.ingested_at)
            .map(|t| t.to_string())
            .unwrap_or_default(),
        r.event_id.clone(),
        row.cluster_id.clone(),
        row.article_ids.join("; "),
        row.event_ids.join("; "),
        row.source_count.to_string(),
        r.suspected.to_string(),
        s(&r.source_attribution),
        r.geonameid.map(|g| g.to_string()).unwrap_or_default(),
        evidence,
    ]
}

/// ACLED's disorder type of an event type.
pub fn disorder_type(event_type: &str, sub_event_type: &str) -> &'static str {
    match event_type {
        "Protests" if sub_event_type == "Excessive force against protesters" => {
            "Political violence; Demonstrations"
        }
        "Protests" | "Riots" => "Demonstrations",
        "Strategic developments" => "Strategic developments",
        _ => "Political violence",
    }
}

/// ACLED's actor category code where the name makes it evident.
pub fn inter_code(actor: &str) -> Option<u8> {
    let prefixes: [(&str, u8); 6] = [
        ("Military Forces of", 1),
        ("Police Forces of", 1),
        ("Unidentified Armed Group", 3),
        ("Rioters", 5),
        ("Protesters", 6),
        ("Civilians", 7),
    ];
    prefixes
        .iter()
        .find(|(p, _)| actor.starts_with(p))
        .map(|&(_, code)| code)
}

/// ISO 3166 numeric code and ACLED region of the countries Rasid covers.
pub fn iso_and_region(country: &str) -> Option<(u16, &'static str)> {
    const ME: &str = "Middle East";
    const NA: &str = "Northern Africa";
    let table: [(&str, u16, &str); 22] = [
        ("Algeria", 12, NA),
        ("Bahrain", 48, ME),
        ("Egypt", 818, NA),
        ("Iran", 364, ME),
        ("Iraq", 368, ME),
        ("Israel", 376, ME),
        ("Jordan", 400, ME),
        ("Kuwait", 414, ME),
        ("Lebanon", 422, ME),
        ("Libya", 434, NA),
        ("Morocco", 504, NA),
        ("Oman", 512, ME),
        ("Palestine", 275, ME),
        ("Qatar", 634, ME),
        ("Saudi Arabia", 682, ME),
        ("Somalia", 706, "Eastern Africa"),
        ("Sudan", 729, NA),
        ("Syria", 760, ME),
        ("Tunisia", 788, NA),
        ("Turkey", 792, ME),
        ("United Arab Emirates", 784, ME),
        ("Yemen", 887, ME),
    ];
    table
        .iter()
        .find(|(name, ..)| name.eq_ignore_ascii_case(country))
        .map(|&(_, iso, region)| (iso, region))
}

/// Seconds since the epoch of an RFC 3339 UTC timestamp (`…Z`).
fn unix_time(ts: &str) -> Option<i64> {
    let day = day_number(ts)?;
    let hms = ts.get(11..19)?;
    let mut parts = hms.split(':').map(|p| p.parse::<i64>().ok());
    let (h, m, s) = (parts.next()??, parts.next()??, parts.next()??);
    Some(day * 86_400 + h * 3600 + m * 60 + s)
}

/// The property map of a row as the GeoJSON writer emits it (for tests and
/// other writers).
pub fn properties(row: &Row) -> Result<Map<String, Value>, Error> {
    match serde_json::to_value(row)? {
        Value::Object(m) => Ok(m),
        _ => Err(Error::Corrupt("row did not serialize to an object".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_unique() {
        let mut all: Vec<&str> = ACLED_COLUMNS.iter().chain(RASID_COLUMNS).copied().collect();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n);
        assert_eq!(ACLED_COLUMNS.len(), 31);
    }

    #[test]
    fn codes() {
        assert_eq!(inter_code("Military Forces of Israel"), Some(1));
        assert_eq!(inter_code("Civilians (Syria)"), Some(7));
        assert_eq!(inter_code("Islamic State"), None);
        assert_eq!(iso_and_region("syria"), Some((760, "Middle East")));
        assert_eq!(disorder_type("Riots", "Mob violence"), "Demonstrations");
        assert_eq!(unix_time("1970-01-02T00:00:10Z"), Some(86_410));
    }

    #[test]
    fn formats_parse() {
        assert_eq!("GeoJSON".parse::<Format>(), Ok(Format::GeoJson));
        assert!("xml".parse::<Format>().is_err());
    }
}
