//! The built-in place list (`data/builtin_places.tsv`, `data/builtin_admin1.tsv`).

use crate::build::{AdminName, Builder, IndexData};
use crate::Place;

const PLACES: &str = include_str!("../data/builtin_places.tsv");
const ADMIN1: &str = include_str!("../data/builtin_admin1.tsv");

fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

/// Parses one row of `builtin_places.tsv`.
fn parse_place(line: &str) -> Result<(Place, Vec<String>), String> {
    let c: Vec<&str> = line.split('\t').collect();
    if c.len() != 11 {
        return Err(format!("expected 11 columns, found {}", c.len()));
    }
    let num = |i: usize, what: &str| -> Result<f64, String> {
        c[i].parse::<f64>()
            .map_err(|_| format!("bad {what} {:?}", c[i]))
    };
    let arabic: Vec<String> = c[3]
        .split('|')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    Ok((
        Place {
            geonameid: c[0]
                .parse()
                .map_err(|_| format!("bad geonameid {:?}", c[0]))?,
            name: c[1].to_string(),
            asciiname: c[2].to_string(),
            name_ar: arabic.first().cloned(),
            lat: num(4, "latitude")?,
            lon: num(5, "longitude")?,
            feature_class: c[6].chars().next().unwrap_or(' '),
            feature_code: c[7].to_string(),
            country_code: c[8].to_string(),
            admin1_code: c[9].to_string(),
            admin2_code: String::new(),
            population: c[10]
                .parse()
                .map_err(|_| format!("bad population {:?}", c[10]))?,
        },
        arabic,
    ))
}

/// Countries whose built-in places join an import that lacks them: the
/// other side of the region's front lines, whose towns Arabic news names as
/// targets (كريات شمونة، سديروت), while the region's GeoNames dumps are
/// imported country by country.
const KEPT_WHEN_NOT_IMPORTED: &[&str] = &["IL"];

/// Adds the built-in places and governorates of [`KEPT_WHEN_NOT_IMPORTED`]
/// countries the imported files do not cover. Returns how many places.
pub(crate) fn add_missing_countries(b: &mut Builder) -> usize {
    let present: rustc_hash::FxHashSet<String> =
        b.places.iter().map(|p| p.country_code.clone()).collect();
    let wanted =
        |country: &str| KEPT_WHEN_NOT_IMPORTED.contains(&country) && !present.contains(country);
    let mut added = 0;
    for (_, line) in data_lines(ADMIN1) {
        let Some((code, name)) = line.split_once('\t') else {
            continue;
        };
        let Some((country, admin1)) = code.split_once('.') else {
            continue;
        };
        if wanted(country) {
            b.add_admin(AdminName {
                country: country.into(),
                admin1: admin1.into(),
                admin2: String::new(),
                name: name.into(),
            });
        }
    }
    for (_, line) in data_lines(PLACES) {
        if let Ok((place, arabic)) = parse_place(line) {
            if wanted(&place.country_code) {
                b.add_place(place, arabic);
                added += 1;
            }
        }
    }
    added
}

/// Builds the built-in index; errors name the data file and line.
pub(crate) fn build() -> Result<IndexData, String> {
    let mut b = Builder::default();
    for (no, line) in data_lines(ADMIN1) {
        let (code, name) = line
            .split_once('\t')
            .ok_or_else(|| format!("builtin_admin1.tsv:{no}: expected code<TAB>name"))?;
        let (country, admin1) = code
            .split_once('.')
            .ok_or_else(|| format!("builtin_admin1.tsv:{no}: bad code {code:?}"))?;
        b.add_admin(AdminName {
            country: country.into(),
            admin1: admin1.into(),
            admin2: String::new(),
            name: name.into(),
        });
    }
    for (no, line) in data_lines(PLACES) {
        let (place, arabic) =
            parse_place(line).map_err(|e| format!("builtin_places.tsv:{no}: {e}"))?;
        b.add_place(place, arabic);
    }
    Ok(b.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_data_parses() {
        let data = build().unwrap();
        assert!(data.places.len() > 300, "{}", data.places.len());
        for p in &data.places {
            assert!(p.name_ar.is_some(), "{} has no Arabic name", p.name);
            assert!((12.0..43.0).contains(&p.lat), "{} lat {}", p.name, p.lat);
            assert!((9.0..55.0).contains(&p.lon), "{} lon {}", p.name, p.lon);
        }
    }

    #[test]
    fn builtin_geonameids_are_unique() {
        let data = build().unwrap();
        let mut ids: Vec<u64> = data
            .places
            .iter()
            .map(|p| p.geonameid)
            .filter(|&g| g != 0)
            .collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }
}
