use serde::{Deserialize, Serialize};

/// One span of the article that supports a field of an event.
/// Offsets are Unicode code points of the article `text` (DESIGN.md section 3).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Which field the span supports: `trigger`, `actor1`, `actor2`, `place`,
    /// `date`, `fatalities`, `hedge`, `source`.
    pub field: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The exact text of the span.
    pub text: String,
}

/// One event, field names as in ACLED's export plus provenance
/// (DESIGN.md section 3). Field order is the output column order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// The source article.
    pub article_id: String,
    /// `<article_id>#<n>`, stable within the article.
    pub event_id: String,
    /// `YYYY-MM-DD`, or null when the article gives no date.
    pub event_date: Option<String>,
    /// 1 = day, 2 = week, 3 = month.
    pub time_precision: Option<u8>,
    /// ACLED event type label.
    pub event_type: String,
    /// ACLED sub-event type label.
    pub sub_event_type: String,
    /// The side that acts.
    pub actor1: Option<String>,
    /// A group acting alongside actor1.
    pub assoc_actor_1: Option<String>,
    /// The target or the other side.
    pub actor2: Option<String>,
    /// A group alongside actor2.
    pub assoc_actor_2: Option<String>,
    /// True when civilians were the target.
    pub civilian_targeting: bool,
    /// Country (English, from the gazetteer).
    pub country: Option<String>,
    /// First-level administrative division.
    pub admin1: Option<String>,
    /// Second-level administrative division.
    pub admin2: Option<String>,
    /// Most specific place coded; the Arabic text when it could not be resolved.
    pub location: Option<String>,
    /// Latitude of `location`.
    pub latitude: Option<f64>,
    /// Longitude of `location`.
    pub longitude: Option<f64>,
    /// 1 = the place itself, 2 = near it, 3 = only the region.
    pub geo_precision: Option<u8>,
    /// GeoNames id of `location`.
    pub geonameid: Option<u64>,
    /// Deaths, ACLED's convention (lowest reported number; 0 when none).
    pub fatalities: u32,
    /// True when the attribution of actor1 is hedged.
    pub suspected: bool,
    /// Who the article says reported it.
    pub source_attribution: Option<String>,
    /// One English sentence built from the fields.
    pub notes: String,
    /// The spans that support the fields.
    pub evidence: Vec<Evidence>,
}
