//! Places as GeoNames describes them, and the fixed country-name table.

use serde::{Deserialize, Serialize};

/// Index of a place in one [`crate::Gazetteer`]. Only meaningful for the
/// gazetteer that returned it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub struct PlaceId(pub u32);

impl PlaceId {
    /// The id as a `usize` index.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One GeoNames row (a populated place, an admin area, a country …).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// GeoNames id (0 for built-in rows whose id is not known).
    pub geonameid: u64,
    /// GeoNames `name`, which may carry diacritics (`‘Afrīn`, `Ţarţūs`).
    pub name: String,
    /// GeoNames `asciiname` (`Afrin`, `Tartus`); equal to `name` when that is
    /// plain ASCII already.
    pub asciiname: String,
    /// The first Arabic alternate name, in its original spelling.
    pub name_ar: Option<String>,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// GeoNames feature class (`P`, `A`, `S`, …), or `' '` when blank.
    pub feature_class: char,
    /// GeoNames feature code (`PPLA`, `ADM1`, …), possibly empty: many major
    /// cities of the shared data are partial rows without one.
    pub feature_code: String,
    /// ISO country code (`SY`).
    pub country_code: String,
    /// GeoNames admin1 code (`07`), possibly empty.
    pub admin1_code: String,
    /// GeoNames admin2 code, possibly empty.
    pub admin2_code: String,
    /// Population (0 when unknown).
    pub population: u64,
}

impl Place {
    /// True for first-order administrative divisions (governorates, provinces).
    pub fn is_adm1(&self) -> bool {
        self.feature_code == "ADM1"
    }

    /// True for any administrative division row (`ADM1` … `ADM5`, `ADMD`).
    pub fn is_admin_area(&self) -> bool {
        self.feature_class == 'A' && self.feature_code.starts_with("ADM")
    }

    /// True for a region (`L`/`RGN`, `L`/`AREA`): an area with no
    /// administration of its own, such as the regions of Rasid's curated list
    /// (`البادية السورية`, `الغوطة الشرقية`), placed at a representative
    /// town. An event coded only to a region has ACLED precision 3.
    pub fn is_region(&self) -> bool {
        self.feature_class == 'L' && matches!(self.feature_code.as_str(), "RGN" | "AREA")
    }

    /// True for a country row (`PCLI`, `PCLD`, …).
    pub fn is_country(&self) -> bool {
        self.feature_class == 'A' && self.feature_code.starts_with("PCL")
    }
}

/// English names of countries by ISO code: the region Rasid covers and its
/// neighbours, as the ACLED `country` column writes them.
pub(crate) const COUNTRY_NAMES: &[(&str, &str)] = &[
    ("AE", "United Arab Emirates"),
    ("AF", "Afghanistan"),
    ("AM", "Armenia"),
    ("AZ", "Azerbaijan"),
    ("BH", "Bahrain"),
    ("CY", "Cyprus"),
    ("DJ", "Djibouti"),
    ("DZ", "Algeria"),
    ("EG", "Egypt"),
    ("ER", "Eritrea"),
    ("ET", "Ethiopia"),
    ("GE", "Georgia"),
    ("IL", "Israel"),
    ("IQ", "Iraq"),
    ("IR", "Iran"),
    ("JO", "Jordan"),
    ("KW", "Kuwait"),
    ("LB", "Lebanon"),
    ("LY", "Libya"),
    ("MA", "Morocco"),
    ("ML", "Mali"),
    ("MR", "Mauritania"),
    ("NE", "Niger"),
    ("OM", "Oman"),
    ("PK", "Pakistan"),
    ("PS", "Palestine"),
    ("QA", "Qatar"),
    ("RU", "Russia"),
    ("SA", "Saudi Arabia"),
    ("SD", "Sudan"),
    ("SO", "Somalia"),
    ("SS", "South Sudan"),
    ("SY", "Syria"),
    ("TD", "Chad"),
    ("TN", "Tunisia"),
    ("TR", "Turkey"),
    ("US", "United States"),
    ("YE", "Yemen"),
];

/// The English name of a country code from [`COUNTRY_NAMES`].
pub(crate) fn known_country_name(code: &str) -> Option<&'static str> {
    COUNTRY_NAMES
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .map(|i| COUNTRY_NAMES[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_table_is_sorted_and_unique() {
        for w in COUNTRY_NAMES.windows(2) {
            assert!(w[0].0 < w[1].0, "{} before {}", w[0].0, w[1].0);
        }
        assert_eq!(known_country_name("SY"), Some("Syria"));
        assert_eq!(known_country_name("PS"), Some("Palestine"));
        assert_eq!(known_country_name("XX"), None);
    }
}
