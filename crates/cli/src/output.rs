//! Output writers for events: JSONL, CSV and GeoJSON (DESIGN.md section 3).
//!
//! The extractor never knows the format: it hands records to an
//! [`EventSink`], as grep-searcher hands matches to a `Sink`.

use std::io::Write;

use anyhow::Context as _;
use rasid_core::EventRecord;

/// Output format of `rasid extract`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per event per line.
    Jsonl,
    /// A header row and one row per event; evidence as JSON in one column.
    Csv,
    /// A FeatureCollection of points; events without coordinates have a null geometry.
    Geojson,
}

/// Receives events one at a time and finishes the output at the end.
pub trait EventSink {
    /// Writes one event.
    fn write(&mut self, record: &EventRecord) -> anyhow::Result<()>;
    /// Completes the output (closing brackets, flushing).
    fn finish(&mut self) -> anyhow::Result<()>;
}

/// Makes the sink for a format.
pub fn sink<'a>(format: Format, out: Box<dyn Write + 'a>) -> Box<dyn EventSink + 'a> {
    match format {
        Format::Jsonl => Box::new(JsonlSink { out }),
        Format::Csv => Box::new(CsvSink {
            out: csv::Writer::from_writer(out),
            header_written: false,
        }),
        Format::Geojson => Box::new(GeojsonSink { out, count: 0 }),
    }
}

struct JsonlSink<'a> {
    out: Box<dyn Write + 'a>,
}

impl EventSink for JsonlSink<'_> {
    fn write(&mut self, record: &EventRecord) -> anyhow::Result<()> {
        serde_json::to_writer(&mut self.out, record)?;
        self.out.write_all(b"\n")?;
        Ok(())
    }
    fn finish(&mut self) -> anyhow::Result<()> {
        self.out.flush().context("writing output")
    }
}

/// CSV column order: the record's fields in DESIGN.md order.
pub const CSV_COLUMNS: &[&str] = &[
    "article_id",
    "event_id",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "civilian_targeting",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "geonameid",
    "fatalities",
    "suspected",
    "source_attribution",
    "notes",
    "evidence",
];

struct CsvSink<'a> {
    out: csv::Writer<Box<dyn Write + 'a>>,
    header_written: bool,
}

fn cell(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

impl EventSink for CsvSink<'_> {
    fn write(&mut self, record: &EventRecord) -> anyhow::Result<()> {
        if !self.header_written {
            self.out.write_record(CSV_COLUMNS)?;
            self.header_written = true;
        }
        let value = serde_json::to_value(record)?;
        let row: Vec<String> = CSV_COLUMNS.iter().map(|c| cell(&value[*c])).collect();
        self.out.write_record(&row)?;
        Ok(())
    }
    fn finish(&mut self) -> anyhow::Result<()> {
        if !self.header_written {
            self.out.write_record(CSV_COLUMNS)?;
        }
        self.out.flush().context("writing output")
    }
}

struct GeojsonSink<'a> {
    out: Box<dyn Write + 'a>,
    count: usize,
}

impl EventSink for GeojsonSink<'_> {
    fn write(&mut self, record: &EventRecord) -> anyhow::Result<()> {
        let geometry = match (record.longitude, record.latitude) {
            (Some(lon), Some(lat)) => {
                serde_json::json!({"type": "Point", "coordinates": [lon, lat]})
            }
            _ => serde_json::Value::Null,
        };
        let feature = serde_json::json!({
            "type": "Feature",
            "id": record.event_id,
            "geometry": geometry,
            "properties": record,
        });
        let sep = if self.count == 0 {
            "{\"type\":\"FeatureCollection\",\"features\":[\n"
        } else {
            ",\n"
        };
        self.out.write_all(sep.as_bytes())?;
        serde_json::to_writer(&mut self.out, &feature)?;
        self.count += 1;
        Ok(())
    }
    fn finish(&mut self) -> anyhow::Result<()> {
        let end = if self.count == 0 {
            "{\"type\":\"FeatureCollection\",\"features\":[]}\n"
        } else {
            "\n]}\n"
        };
        self.out.write_all(end.as_bytes())?;
        self.out.flush().context("writing output")
    }
}
