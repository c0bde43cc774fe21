//! The gazetteer: where is this place?
//!
//! This crate owns everything Rasid knows about places: importing GeoNames
//! dumps into a compact on-disk index, finding place names in analysed
//! Arabic text, and ranking the places a name may refer to by context. It
//! reads text only through [`rasid_text`], so names and articles go through
//! the same normalizer.
//!
//! # Overview
//!
//! * [`Gazetteer`] holds the places and the name index. It is immutable,
//!   `Send + Sync`, and built once: [`Gazetteer::import`] writes an index
//!   from GeoNames files into a directory, [`Gazetteer::load`] reads it back
//!   (about 50 ms for eight countries), and
//!   [`Gazetteer::builtin`] gives a small built-in list of the region's
//!   cities, towns and governorates for when nothing was imported.
//! * [`Gazetteer::find_places`] finds every place name in an
//!   [`rasid_text::Analysis`] as [`PlaceMention`]s: spans with their clitic
//!   prefix, candidate [`PlaceId`]s and a `common_word` flag for names that
//!   are also ordinary words.
//! * [`Gazetteer::resolve`] picks the best candidate in a [`GeoContext`]
//!   (country weights, an enclosing admin area, nearby places, whether an
//!   admin area was meant) and says why in [`Resolution::reason`].
//! * [`Gazetteer::seat_of`] names the town an event coded only to an admin
//!   area, a region or a neighbourhood is coded to (ACLED precision 3 for a
//!   region, 1 for a neighbourhood's city).
//!
//! ```
//! use rasid_gazetteer::{Gazetteer, GeoContext};
//!
//! let gaz = Gazetteer::builtin();
//! let analysis = rasid_text::analyze("قصفت طائرات مجهولة مواقع في بديرالزور");
//! let mentions = gaz.find_places(&analysis);
//! assert_eq!(mentions.len(), 1);
//! assert_eq!(mentions[0].core.slice(analysis.text()), "ديرالزور");
//! let best = gaz.resolve(&mentions[0], &GeoContext::default()).unwrap();
//! let place = gaz.place(best.place);
//! assert_eq!(place.geonameid, 170794);
//! assert_eq!(gaz.admin1_name(place), Some("Deir ez-Zor"));
//! assert_eq!(gaz.country_name(&place.country_code), "Syria");
//! ```
//!
//! # Design
//!
//! * **Names are expanded at import, not at lookup** ([`names`]): every
//!   Arabic name is indexed normalized, without the article of its first
//!   word, in joined and spaced compound spellings and without a generic head
//!   word (`محافظة`, `مدينة`). Scanning text is then only exact lookups of
//!   the clitic readings of a word and the n-grams after it.
//! * **The index is a few flat arrays** (one string of sorted names, offsets,
//!   postings, and a hash table with fingerprints, see [`table`]; places in
//!   columns over one interned string), written with bincode, with the hash
//!   table as a raw section after it. Loading decodes large vectors and
//!   copies the hash table instead of rebuilding a hash map, which keeps
//!   [`Gazetteer::load`] near 50 ms for eight countries (130 000 places), and
//!   a lookup that misses usually touches one cache line.
//! * **The article stays with the name.** Text is matched by exact lookups of
//!   the proclitic readings of a word (`بديرالزور` → `ب` + `ديرالزور`) and the
//!   n-grams after it, but never by splitting an article off (`الصبحة` does
//!   not match a village called `صبحة`): most such matches are ordinary
//!   words (`الجديدة`, `الخليج`). Villages the news always writes with the
//!   article get that spelling from a curated list instead.
//! * **English spellings by family** ([`names::latin_key`]): `Deir ez-Zor`,
//!   `Deir al-Zour` and `Dayr az Zawr` share one transliteration key, under
//!   which GeoNames' English names (and the Latin alternate names of towns)
//!   are indexed; among the places of a key, the closest spelling wins.
//! * **What GeoNames lacks, Rasid curates** (`curated.rs`, `data/*.tsv`):
//!   admin areas placed at their seats rather than at a point inside them,
//!   regions (`البادية السورية`) at a representative town, city
//!   neighbourhoods (`الشيخ مقصود`) at their city, and Arabic spellings
//!   missing from the data (`كوباني`, `الشحيل`). Facts only, each file says
//!   where they come from.
//! * **The gazetteer flags, the extractor decides.** Whether `على` or
//!   `الساحل` is a place depends on cues in the sentence, which the
//!   extractor sees; this crate only says the name is a common word.
//! * **Scores are sums of named parts** so that `rasid geocode --explain`
//!   can print why a candidate won (see [`resolve`] for the table).
#![deny(missing_docs)]

mod build;
mod builtin;
mod columns;
mod common;
mod curated;
mod error;
mod find;
mod import;
pub mod names;
mod place;
pub mod resolve;
pub mod table;

use std::path::{Path, PathBuf};
use std::time::Instant;

use rustc_hash::FxHashSet;

pub use build::INDEX_FILE;
pub use error::GazetteerError;
pub use find::PlaceMention;
pub use import::ImportStats;
pub use place::{Place, PlaceId};
pub use resolve::{distance_km, GeoContext, Resolution};

use build::IndexData;

/// Where a gazetteer's data came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The small built-in list ([`Gazetteer::builtin`]).
    Builtin,
    /// An index imported from GeoNames, loaded from this file.
    Imported(PathBuf),
}

/// Places and their name index; see the crate doc.
#[derive(Debug)]
pub struct Gazetteer {
    data: IndexData,
    common: FxHashSet<String>,
    source: Source,
}

impl Gazetteer {
    fn from_data(data: IndexData, source: Source) -> Gazetteer {
        Gazetteer {
            data,
            common: common::load_common_words(),
            source,
        }
    }

    /// Imports GeoNames files and writes the index to `dir/gazetteer.bin`,
    /// atomically replacing an existing index (temp file, then rename).
    ///
    /// Each file's kind is taken from its name and checked against the column
    /// count of its first line: country dumps (`SY.txt`, `allCountries.txt`,
    /// 19 columns), `admin1CodesASCII.txt` / `admin2Codes.txt` (4 columns),
    /// `alternateNamesV2.txt` (8–10 columns; rows with isolanguage `ar` add
    /// Arabic names to imported places, historic ones are skipped, a
    /// preferred one becomes `name_ar`). A file of unknown layout is an error.
    ///
    /// Malformed lines are skipped and counted in
    /// [`ImportStats::skipped_lines`], the first few reported as `file:line:
    /// reason` in [`ImportStats::warnings`]; a file in which no line parses
    /// is an error naming its first bad line ([`GazetteerError::Parse`]).
    pub fn import(files: &[PathBuf], dir: &Path) -> Result<ImportStats, GazetteerError> {
        let started = Instant::now();
        let mut stats = ImportStats::default();
        let mut builder = import::read_files(files, &mut stats)?;
        stats.builtin = builtin::add_missing_countries(&mut builder);
        let data = builder.finish();
        stats.curated = data
            .places
            .iter()
            .filter(|p| p.geonameid == 0 && (p.is_region() || p.feature_code == "PPLX"))
            .count();
        stats.places = data.places.len() - stats.curated - stats.builtin;
        stats.names = data.names.name_count();
        stats.index_bytes = data.write(dir)?;
        stats.seconds = started.elapsed().as_secs_f64();
        Ok(stats)
    }

    /// Loads the index that [`Gazetteer::import`] wrote into `dir`.
    pub fn load(dir: &Path) -> Result<Gazetteer, GazetteerError> {
        let data = IndexData::read(dir)?;
        Ok(Gazetteer::from_data(
            data,
            Source::Imported(dir.join(INDEX_FILE)),
        ))
    }

    /// True when `dir` holds an imported index.
    pub fn is_imported(dir: &Path) -> bool {
        dir.join(INDEX_FILE).is_file()
    }

    /// The built-in list: the major cities and towns and every governorate
    /// or province of Syria, Iraq, Lebanon, Yemen, Libya, Palestine and
    /// Jordan, with Arabic names (`data/builtin_places.tsv`).
    ///
    /// # Panics
    /// Never on shipped data: the tests parse both built-in files.
    pub fn builtin() -> Gazetteer {
        let data = builtin::build().expect("built-in gazetteer data is checked by the tests");
        Gazetteer::from_data(data, Source::Builtin)
    }

    /// Where this gazetteer's data came from.
    pub fn source(&self) -> &Source {
        &self.source
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.data.places.len()
    }

    /// True when there are no places.
    pub fn is_empty(&self) -> bool {
        self.data.places.is_empty()
    }

    /// All places, indexed by [`PlaceId`].
    pub fn places(&self) -> &[Place] {
        &self.data.places
    }

    /// The place with this id.
    ///
    /// # Panics
    /// When the id did not come from this gazetteer.
    pub fn place(&self, id: PlaceId) -> &Place {
        &self.data.places[id.index()]
    }

    /// The place with this geonameid, if indexed (a linear scan: for tests
    /// and tools, not for the hot path).
    pub fn by_geonameid(&self, geonameid: u64) -> Option<PlaceId> {
        self.data
            .places
            .iter()
            .position(|p| p.geonameid == geonameid)
            .map(|i| PlaceId(i as u32))
    }

    /// English name of a country code (`SY` → `Syria`): a fixed table for
    /// the region, else the name of the country's row in the index, else an
    /// empty string.
    pub fn country_name(&self, country_code: &str) -> &str {
        if let Some(name) = place::known_country_name(country_code) {
            return name;
        }
        self.data
            .places
            .iter()
            .find(|p| p.is_country() && p.country_code == country_code)
            .map_or("", |p| p.asciiname.as_str())
    }

    /// ASCII name of the place's admin1 area (`Deir ez-Zor`, `Rif-dimashq`)
    /// from `admin1CodesASCII.txt`.
    pub fn admin1_name(&self, place: &Place) -> Option<&str> {
        admin_lookup(
            &self.data.admin1,
            &place.country_code,
            &place.admin1_code,
            "",
        )
    }

    /// ASCII name of the place's admin2 area from `admin2Codes.txt`.
    pub fn admin2_name(&self, place: &Place) -> Option<&str> {
        if place.admin2_code.is_empty() {
            return None;
        }
        admin_lookup(
            &self.data.admin2,
            &place.country_code,
            &place.admin1_code,
            &place.admin2_code,
        )
    }

    /// The places whose normalized name (in any indexed spelling) is exactly
    /// `normalized_name`; empty when none.
    pub fn lookup(&self, normalized_name: &str) -> &[PlaceId] {
        self.data
            .names
            .get(normalized_name)
            .map_or(&[], |e| e.places)
    }

    /// Like [`Gazetteer::lookup`], also saying how many of the places (from
    /// the front) have the name as their main name.
    pub fn lookup_entry(&self, normalized_name: &str) -> (&[PlaceId], usize) {
        self.data
            .names
            .get(normalized_name)
            .map_or((&[], 0), |e| (e.places, e.primary))
    }

    /// The seat of an admin area, region or neighbourhood: the town an event
    /// coded only to it is coded to (the governorate capital for a
    /// governorate, the representative town of a curated region, the city of
    /// a curated neighbourhood). The area itself is placed at its seat's
    /// coordinates. `None` for other places and for areas with no town
    /// imported.
    pub fn seat_of(&self, area: PlaceId) -> Option<PlaceId> {
        self.data
            .seats
            .binary_search_by_key(&area, |s| s.0)
            .ok()
            .map(|i| self.data.seats[i].1)
    }

    /// Number of distinct indexed names.
    pub fn name_count(&self) -> usize {
        self.data.names.name_count()
    }

    /// Every indexed (name, places) pair, in sorted order.
    pub fn names(&self) -> impl Iterator<Item = (&str, &[PlaceId])> {
        self.data.names.iter()
    }
}

fn admin_lookup<'a>(
    table: &'a [build::AdminName],
    country: &str,
    admin1: &str,
    admin2: &str,
) -> Option<&'a str> {
    if admin1.is_empty() {
        return None;
    }
    table
        .binary_search_by(|a| {
            (a.country.as_str(), a.admin1.as_str(), a.admin2.as_str())
                .cmp(&(country, admin1, admin2))
        })
        .ok()
        .map(|i| table[i].name.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Gazetteer>();
    }
}
