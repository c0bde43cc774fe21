//! What Rasid adds to GeoNames: curated names and regions, and the seat of
//! every admin area.
//!
//! * `data/extra_names.tsv`: Arabic spellings the data lacks for imported
//!   places (`الشحيل`, `كوباني`), added as alternate names.
//! * `data/regions.tsv`: regions the news names as places (`البادية السورية`,
//!   `الغوطة الشرقية`), added as places of class `L`, code `RGN`, at their
//!   representative town.
//! * `data/neighbourhoods.tsv`: neighbourhoods of the region's cities
//!   (`الشيخ مقصود`, `الكرادة`), added as places of class `P`, code `PPLX`,
//!   with their city's name, coordinates and admin codes: ACLED codes an
//!   event in a neighbourhood to its city.
//! * **Seats**: an admin area (ADM1, ADM2) is placed at its seat, the town
//!   an event coded only to the area is coded to (ACLED: "the region's main
//!   town, e.g. the governorate capital"). The seat is the most populous
//!   living populated place of the area that has one of the area's names
//!   (`حمص` for the governorate of Homs, `الموصل` for Nineveh), else its
//!   capital by feature code (PPLA, PPLA2), else its most populous town.
//!   GeoNames puts admin areas at a point inside them (Homs governorate near
//!   Palmyra, 150 km from the city), which is no place to put an event.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::build::Builder;
use crate::names::{is_generic_head, strip_article};
use crate::{Place, PlaceId};

const EXTRA_NAMES: &str = include_str!("../data/extra_names.tsv");
const REGIONS: &str = include_str!("../data/regions.tsv");
const NEIGHBOURHOODS: &str = include_str!("../data/neighbourhoods.tsv");

fn data_lines(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

/// `(geonameid, Arabic names)` rows of `extra_names.tsv`.
pub(crate) fn extra_names() -> Result<Vec<(u64, Vec<String>)>, String> {
    let mut out = Vec::new();
    for (no, cols) in data_lines(EXTRA_NAMES) {
        if cols.len() != 3 {
            return Err(format!(
                "extra_names.tsv:{no}: expected 3 columns, found {}",
                cols.len()
            ));
        }
        let id = cols[0]
            .parse()
            .map_err(|_| format!("extra_names.tsv:{no}: bad geonameid {:?}", cols[0]))?;
        out.push((id, split_names(cols[1])));
    }
    Ok(out)
}

/// One row of `regions.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct Region {
    pub name: String,
    pub arabic: Vec<String>,
    pub seat: u64,
    pub country: String,
    pub admin1: String,
    pub lat: f64,
    pub lon: f64,
}

/// The rows of `regions.tsv`.
pub(crate) fn regions() -> Result<Vec<Region>, String> {
    let mut out = Vec::new();
    for (no, cols) in data_lines(REGIONS) {
        let bad = |what: &str, v: &str| format!("regions.tsv:{no}: bad {what} {v:?}");
        if cols.len() != 8 {
            return Err(format!(
                "regions.tsv:{no}: expected 8 columns, found {}",
                cols.len()
            ));
        }
        out.push(Region {
            name: cols[0].to_string(),
            arabic: split_names(cols[1]),
            seat: cols[2].parse().map_err(|_| bad("geonameid", cols[2]))?,
            country: cols[4].to_string(),
            admin1: cols[5].to_string(),
            lat: cols[6].parse().map_err(|_| bad("latitude", cols[6]))?,
            lon: cols[7].parse().map_err(|_| bad("longitude", cols[7]))?,
        });
    }
    Ok(out)
}

/// `(city geonameid, Arabic name)` rows of `neighbourhoods.tsv`.
pub(crate) fn neighbourhoods() -> Result<Vec<(u64, String)>, String> {
    let mut out = Vec::new();
    for (no, cols) in data_lines(NEIGHBOURHOODS) {
        if cols.len() != 3 || cols[2].trim().is_empty() {
            return Err(format!(
                "neighbourhoods.tsv:{no}: expected 3 columns with a name"
            ));
        }
        let id = cols[0]
            .parse()
            .map_err(|_| format!("neighbourhoods.tsv:{no}: bad geonameid {:?}", cols[0]))?;
        out.push((id, cols[2].trim().to_string()));
    }
    Ok(out)
}

fn split_names(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect()
}

/// Adds the curated names and regions to a builder.
pub(crate) fn add_to(b: &mut Builder) {
    let extra = extra_names().expect("extra_names.tsv is checked by the tests");
    for (id, names) in extra {
        if let Some(i) = b.index_of(id) {
            let list = &mut b.arabic[i as usize];
            for n in names {
                if !list.contains(&n) {
                    list.push(n);
                }
            }
        }
    }
    add_neighbourhoods(b);
    for r in regions().expect("regions.tsv is checked by the tests") {
        let seat = b.index_of(r.seat).map(|i| &b.places[i as usize]);
        let (lat, lon, country, admin1) = match seat {
            Some(s) => (s.lat, s.lon, s.country_code.clone(), s.admin1_code.clone()),
            None => (r.lat, r.lon, r.country, r.admin1),
        };
        let place = Place {
            geonameid: 0,
            name: r.name.clone(),
            asciiname: r.name,
            name_ar: r.arabic.first().cloned(),
            lat,
            lon,
            feature_class: 'L',
            feature_code: "RGN".into(),
            country_code: country,
            admin1_code: admin1,
            admin2_code: String::new(),
            population: 0,
        };
        let i = b.add_place(place, r.arabic);
        if let Some(s) = b.index_of(r.seat) {
            b.seats.push((PlaceId(i), PlaceId(s)));
        }
    }
}

/// True for a curated neighbourhood (which has its city's English name).
pub(crate) fn is_neighbourhood(p: &Place) -> bool {
    p.geonameid == 0 && p.feature_code == "PPLX"
}

/// Adds the curated neighbourhoods of the imported cities.
fn add_neighbourhoods(b: &mut Builder) {
    let rows = neighbourhoods().expect("neighbourhoods.tsv is checked by the tests");
    for (city, name) in rows {
        let Some(c) = b.index_of(city) else { continue };
        let city_place = &b.places[c as usize];
        let place = Place {
            geonameid: 0,
            name: city_place.name.clone(),
            asciiname: city_place.asciiname.clone(),
            name_ar: Some(name.clone()),
            feature_class: 'P',
            feature_code: "PPLX".into(),
            population: 0,
            ..city_place.clone()
        };
        let i = b.add_place(place, vec![name]);
        b.seats.push((PlaceId(i), PlaceId(c)));
    }
}

/// Names by which an area and a town can be matched: normalized Arabic
/// names without a generic head word (`محافظة`) or the article, and the
/// lowercase ASCII name.
fn match_keys(place: &Place, arabic: &[String]) -> FxHashSet<String> {
    let mut keys = FxHashSet::default();
    for raw in place.name_ar.iter().chain(arabic) {
        let n = rasid_text::normalize_str(raw);
        let n = match n.split_once(' ') {
            Some((head, rest)) if is_generic_head(head) => rest.to_string(),
            _ => n,
        };
        let n = strip_article(&n).map_or(n.clone(), str::to_string);
        if !n.is_empty() {
            keys.insert(n);
        }
    }
    keys.insert(place.asciiname.to_ascii_lowercase());
    keys
}

/// Finds the seat of every ADM1 and ADM2 area (see the module doc), moves
/// the area to its seat's coordinates and records the pair.
pub(crate) fn place_admin_areas_at_seats(b: &mut Builder) {
    let is_area = |p: &Place| match p.feature_code.as_str() {
        "ADM1" => true,
        "ADM2" => !p.admin2_code.is_empty(),
        _ => false,
    };
    let living_town = |p: &Place| {
        p.feature_class == 'P'
            && !matches!(p.feature_code.as_str(), "PPLQ" | "PPLH" | "PPLW")
            && !p.admin1_code.is_empty()
    };
    let mut area_keys: FxHashSet<String> = FxHashSet::default();
    for (i, p) in b.places.iter().enumerate() {
        if is_area(p) {
            area_keys.extend(match_keys(p, &b.arabic[i]));
        }
    }
    // Living populated places by (country, admin1), and those named like an
    // area by (country, admin1, name).
    let mut towns: FxHashMap<(&str, &str), Vec<usize>> = FxHashMap::default();
    let mut named: FxHashMap<(&str, &str, String), Vec<usize>> = FxHashMap::default();
    for (i, p) in b.places.iter().enumerate() {
        if !living_town(p) {
            continue;
        }
        let area = (p.country_code.as_str(), p.admin1_code.as_str());
        towns.entry(area).or_default().push(i);
        for k in match_keys(p, &b.arabic[i]) {
            if area_keys.contains(&k) {
                named.entry((area.0, area.1, k)).or_default().push(i);
            }
        }
    }
    let mut seats = Vec::new();
    for (i, area) in b.places.iter().enumerate() {
        if !is_area(area) {
            continue;
        }
        let adm2 = area.feature_code == "ADM2";
        let cc = area.country_code.as_str();
        let a1 = area.admin1_code.as_str();
        let inside = |t: &usize| !adm2 || b.places[*t].admin2_code == area.admin2_code;
        let best = |it: &mut dyn Iterator<Item = usize>| {
            it.max_by_key(|&t| (b.places[t].population, std::cmp::Reverse(t)))
        };
        let mut same_name = match_keys(area, &b.arabic[i])
            .into_iter()
            .filter_map(|k| named.get(&(cc, a1, k)))
            .flatten()
            .copied()
            .filter(inside);
        let list = towns.get(&(cc, a1)).map_or(&[][..], Vec::as_slice);
        let best_in_area = |pick: &dyn Fn(&Place) -> bool| {
            best(
                &mut list
                    .iter()
                    .copied()
                    .filter(inside)
                    .filter(|&t| pick(&b.places[t])),
            )
        };
        let capital_code = if adm2 { "PPLA2" } else { "PPLA" };
        let seat = best(&mut same_name)
            .or_else(|| best_in_area(&|t| t.feature_code == capital_code))
            .or_else(|| best_in_area(&|t| t.population > 0));
        if let Some(s) = seat {
            seats.push((i, s));
        }
    }
    for (area, seat) in seats {
        let (lat, lon) = (b.places[seat].lat, b.places[seat].lon);
        b.places[area].lat = lat;
        b.places[area].lon = lon;
        b.seats.push((PlaceId(area as u32), PlaceId(seat as u32)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curated_files_parse() {
        let extra = extra_names().unwrap();
        assert!(extra.len() >= 10);
        let mut ids: Vec<u64> = extra.iter().map(|e| e.0).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), extra.len(), "a geonameid is listed twice");
        for (id, names) in &extra {
            assert!(!names.is_empty(), "{id}");
            assert!(names.iter().all(|n| crate::names::is_arabic_script(n)));
        }
        let hoods = neighbourhoods().unwrap();
        assert!(hoods.len() >= 150);
        let mut pairs: Vec<&(u64, String)> = hoods.iter().collect();
        pairs.sort();
        pairs.dedup();
        assert_eq!(pairs.len(), hoods.len(), "a neighbourhood is listed twice");
        assert!(hoods.iter().all(|h| crate::names::is_arabic_script(&h.1)));
        let regions = regions().unwrap();
        assert!(regions.len() >= 15);
        for r in &regions {
            assert!(!r.arabic.is_empty() && r.seat > 0, "{}", r.name);
            assert!((12.0..43.0).contains(&r.lat), "{}", r.name);
            assert!((9.0..55.0).contains(&r.lon), "{}", r.name);
            assert!(crate::resolve::CORE_COUNTRIES.contains(&r.country.as_str()));
        }
    }
}
