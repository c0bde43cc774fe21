//! How places are laid out in the index file: column by column, with every
//! text field in one interned string.
//!
//! Decoding 130 000 [`Place`]s field by field through serde costs several
//! hundred nanoseconds each; decoding a few large vectors and slicing one
//! string costs a fraction of that, which is most of [`crate::Gazetteer::load`]'s
//! budget. Interning also stores `PPL`, `SY` or `07` once instead of once per
//! place.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::Place;

/// Text fields per place, in this order: name, asciiname, name_ar,
/// feature_code, country_code, admin1_code, admin2_code.
const FIELDS: usize = 7;

/// See the module doc.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct PlaceColumns {
    text: String,
    /// `FIELDS` (start, end) byte ranges into `text` per place.
    starts: Vec<u32>,
    ends: Vec<u32>,
    geonameid: Vec<u64>,
    lat: Vec<f64>,
    lon: Vec<f64>,
    feature_class: Vec<char>,
    population: Vec<u64>,
}

impl PlaceColumns {
    /// Lays places out in columns.
    pub fn encode(places: &[Place]) -> PlaceColumns {
        let mut c = PlaceColumns::default();
        let mut interned: FxHashMap<&str, (u32, u32)> = FxHashMap::default();
        for p in places {
            let fields = [
                p.name.as_str(),
                p.asciiname.as_str(),
                p.name_ar.as_deref().unwrap_or(""),
                p.feature_code.as_str(),
                p.country_code.as_str(),
                p.admin1_code.as_str(),
                p.admin2_code.as_str(),
            ];
            for f in fields {
                let (s, e) = *interned.entry(f).or_insert_with(|| {
                    let s = c.text.len() as u32;
                    c.text.push_str(f);
                    (s, c.text.len() as u32)
                });
                c.starts.push(s);
                c.ends.push(e);
            }
            c.geonameid.push(p.geonameid);
            c.lat.push(p.lat);
            c.lon.push(p.lon);
            c.feature_class.push(p.feature_class);
            c.population.push(p.population);
        }
        c
    }

    /// Rebuilds the places; `Err` when the columns are inconsistent.
    pub fn decode(&self) -> Result<Vec<Place>, String> {
        let n = self.geonameid.len();
        if self.starts.len() != n * FIELDS
            || self.ends.len() != n * FIELDS
            || self.lat.len() != n
            || self.lon.len() != n
            || self.feature_class.len() != n
            || self.population.len() != n
        {
            return Err("place columns differ in length".into());
        }
        let field = |i: usize| -> Result<&str, String> {
            let (s, e) = (self.starts[i] as usize, self.ends[i] as usize);
            self.text
                .get(s..e)
                .ok_or_else(|| format!("place text range {s}..{e} out of bounds"))
        };
        let mut places = Vec::with_capacity(n);
        for p in 0..n {
            let b = p * FIELDS;
            let name_ar = field(b + 2)?;
            places.push(Place {
                geonameid: self.geonameid[p],
                name: field(b)?.to_string(),
                asciiname: field(b + 1)?.to_string(),
                name_ar: (!name_ar.is_empty()).then(|| name_ar.to_string()),
                lat: self.lat[p],
                lon: self.lon[p],
                feature_class: self.feature_class[p],
                feature_code: field(b + 3)?.to_string(),
                country_code: field(b + 4)?.to_string(),
                admin1_code: field(b + 5)?.to_string(),
                admin2_code: field(b + 6)?.to_string(),
                population: self.population[p],
            });
        }
        Ok(places)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_round_trip() {
        let place = |id: u64, ar: Option<&str>| Place {
            geonameid: id,
            name: "‘Afrīn".into(),
            asciiname: "Afrin".into(),
            name_ar: ar.map(str::to_string),
            lat: 36.51194,
            lon: 36.86954,
            feature_class: 'P',
            feature_code: "PPLA2".into(),
            country_code: "SY".into(),
            admin1_code: "09".into(),
            admin2_code: String::new(),
            population: 48693,
        };
        let places = vec![place(174186, Some("عفرين")), place(1, None)];
        let c = PlaceColumns::encode(&places);
        assert_eq!(c.decode().unwrap(), places);
        assert_eq!(c.text.matches("PPLA2").count(), 1, "interned");
    }
}
