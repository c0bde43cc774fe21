//! Turning rows into an index: the in-memory builder shared by the GeoNames
//! importer and the built-in list, and the on-disk file format.

use std::io::Write;
use std::path::Path;

use bincode::Options;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::columns::PlaceColumns;
use crate::names::{arabic_variants, is_arabic_script, latin_key, latin_variants};
use crate::table::NameTable;
use crate::{GazetteerError, Place, PlaceId};
use rasid_text::normalize_str;

/// File name of the index inside the gazetteer directory. Layout: the
/// 8-byte magic, a `u32` format version, the `u64` length of a bincode
/// payload (varint integers: places in columns, the name table, admin
/// names), the payload, then the name hash table as raw little-endian `u64`s.
pub const INDEX_FILE: &str = "gazetteer.bin";
const MAGIC: &[u8; 8] = b"RASIDGZ\0";
/// Bumped whenever [`IndexData`] or the name normalization changes.
const VERSION: u32 = 3;

/// bincode with variable-length integers: the index is mostly small numbers
/// and short strings, so this halves its size at no measurable load cost.
fn codec() -> impl Options {
    bincode::DefaultOptions::new()
}

/// A row of an admin-code table: `SY.07` → `Deir ez-Zor`.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct AdminName {
    /// Country code.
    pub country: String,
    /// admin1 code.
    pub admin1: String,
    /// admin2 code (empty in the admin1 table).
    pub admin2: String,
    /// ASCII name.
    pub name: String,
}

/// Everything an index holds, in memory.
#[derive(Debug, Default)]
pub struct IndexData {
    /// Places, indexed by [`PlaceId`].
    pub places: Vec<Place>,
    /// Normalized name → places.
    pub names: NameTable,
    /// admin1 names sorted by (country, admin1).
    pub admin1: Vec<AdminName>,
    /// admin2 names sorted by (country, admin1, admin2).
    pub admin2: Vec<AdminName>,
    /// (admin area or region, its seat), sorted by area: see
    /// [`crate::Gazetteer::seat_of`].
    pub seats: Vec<(PlaceId, PlaceId)>,
}

/// Collects places and their names, then builds an [`IndexData`].
#[derive(Default)]
pub struct Builder {
    pub(crate) places: Vec<Place>,
    /// Raw Arabic-script names per place (index-aligned with `places`).
    pub(crate) arabic: Vec<Vec<String>>,
    /// Transliteration keys of Latin alternate names per place
    /// (index-aligned with `places`; see [`crate::names::latin_key`]).
    pub(crate) latin: Vec<Vec<String>>,
    by_geonameid: FxHashMap<u64, u32>,
    admin1: Vec<AdminName>,
    admin2: Vec<AdminName>,
    /// (area, seat) pairs found so far.
    pub(crate) seats: Vec<(PlaceId, PlaceId)>,
}

impl Builder {
    /// Adds a place (or replaces the one with the same non-zero geonameid)
    /// and returns its index.
    pub fn add_place(&mut self, place: Place, arabic: Vec<String>) -> u32 {
        if place.geonameid != 0 {
            if let Some(&i) = self.by_geonameid.get(&place.geonameid) {
                self.places[i as usize] = place;
                self.arabic[i as usize] = arabic;
                self.latin[i as usize].clear();
                return i;
            }
        }
        let i = self.places.len() as u32;
        if place.geonameid != 0 {
            self.by_geonameid.insert(place.geonameid, i);
        }
        self.places.push(place);
        self.arabic.push(arabic);
        self.latin.push(Vec::new());
        i
    }

    /// Indexes place `i` also under the transliteration key of a Latin
    /// alternate name (see [`crate::names::latin_key`]).
    pub fn add_latin_alternate(&mut self, i: u32, name: &str) {
        if let Some(key) = latin_key(name) {
            let keys = &mut self.latin[i as usize];
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }

    /// The index of the place with this geonameid, if added.
    pub fn index_of(&self, geonameid: u64) -> Option<u32> {
        self.by_geonameid.get(&geonameid).copied()
    }

    /// Adds an admin1 (`admin2` empty) or admin2 name.
    pub fn add_admin(&mut self, row: AdminName) {
        if row.admin2.is_empty() {
            self.admin1.push(row);
        } else {
            self.admin2.push(row);
        }
    }

    /// Adds the curated names and regions, places admin areas at their
    /// seats (`curated.rs`), generates every name variant and builds
    /// the index.
    pub fn finish(mut self) -> IndexData {
        crate::curated::add_to(&mut self);
        crate::curated::place_admin_areas_at_seats(&mut self);
        // name → (place, is it the place's main name), in place order.
        let mut map: FxHashMap<String, Vec<(PlaceId, bool)>> = FxHashMap::default();
        let mut variants = Vec::new();
        let mut stripped = Vec::new();
        for (i, place) in self.places.iter().enumerate() {
            let id = PlaceId(i as u32);
            variants.clear();
            if let Some(main) = &place.name_ar {
                arabic_variants(main, &mut variants);
            }
            // A curated neighbourhood carries its city's English name: the
            // city has it already.
            let latin_names: &[&String] = if crate::curated::is_neighbourhood(place) {
                &[]
            } else {
                &[&place.name, &place.asciiname]
            };
            for latin in latin_names {
                latin_variants(latin, &mut variants);
            }
            for latin in latin_names {
                if let Some(key) = latin_key(latin) {
                    if !variants.contains(&key) {
                        variants.push(key);
                    }
                }
            }
            // A main name found without its article (الابين as ابين) is
            // only an alternate spelling.
            if let Some(main) = &place.name_ar {
                let definite = normalize_str(main).starts_with("ال");
                let (kept, bare): (Vec<String>, Vec<String>) = variants
                    .drain(..)
                    .partition(|v| !definite || v.starts_with("ال") || !is_arabic_script(v));
                variants.extend(kept);
                stripped.extend(bare);
            }
            // A curated neighbourhood's name is Rasid's, not a GeoNames
            // record's: it never outranks a village's own name.
            let main_count = if crate::curated::is_neighbourhood(place) {
                0
            } else {
                variants.len()
            };
            variants.append(&mut stripped);
            for raw in &self.arabic[i] {
                arabic_variants(raw, &mut variants);
            }
            for key in &self.latin[i] {
                if !variants.contains(key) {
                    variants.push(key.clone());
                }
            }
            for (k, v) in variants.drain(..).enumerate() {
                let list = map.entry(v).or_default();
                match list.last_mut() {
                    Some(last) if last.0 == id => last.1 |= k < main_count,
                    _ => list.push((id, k < main_count)),
                }
            }
        }
        let mut names: Vec<(String, Vec<PlaceId>, usize)> = map
            .into_iter()
            .map(|(name, mut list)| {
                list.sort_by_key(|&(id, main)| (!main, id));
                let primary = list.iter().filter(|e| e.1).count();
                (name, list.into_iter().map(|e| e.0).collect(), primary)
            })
            .collect();
        names.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let key = |a: &AdminName| (a.country.clone(), a.admin1.clone(), a.admin2.clone());
        for table in [&mut self.admin1, &mut self.admin2] {
            // Later rows win, as for places: sort stably, keep the last of a key.
            table.reverse();
            table.sort_by_key(key);
            table.dedup_by(|a, b| key(a) == key(b));
        }
        self.seats.sort_unstable();
        self.seats.dedup_by_key(|s| s.0);
        IndexData {
            places: self.places,
            names: NameTable::build(names),
            admin1: self.admin1,
            admin2: self.admin2,
            seats: self.seats,
        }
    }
}

/// The index file as written: places in columns.
#[derive(Serialize)]
struct IndexFileRef<'a> {
    places: PlaceColumns,
    names: &'a NameTable,
    admin1: &'a [AdminName],
    admin2: &'a [AdminName],
    seats: &'a [(PlaceId, PlaceId)],
}

/// The index file as read back.
#[derive(Deserialize)]
struct IndexFile {
    places: PlaceColumns,
    names: NameTable,
    admin1: Vec<AdminName>,
    admin2: Vec<AdminName>,
    seats: Vec<(PlaceId, PlaceId)>,
}

impl IndexData {
    /// Writes the index to `dir/gazetteer.bin`, replacing an existing one
    /// atomically (a temp file in the same directory, then a rename).
    pub fn write(&self, dir: &Path) -> Result<u64, GazetteerError> {
        std::fs::create_dir_all(dir).map_err(|e| GazetteerError::io(dir, e))?;
        let path = dir.join(INDEX_FILE);
        let tmp = dir.join(format!(".{INDEX_FILE}.tmp-{}", std::process::id()));
        let result = (|| {
            let file = std::fs::File::create(&tmp)?;
            let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
            let file = IndexFileRef {
                places: PlaceColumns::encode(&self.places),
                names: &self.names,
                admin1: &self.admin1,
                admin2: &self.admin2,
                seats: &self.seats,
            };
            let payload = codec().serialize(&file).map_err(std::io::Error::other)?;
            w.write_all(MAGIC)?;
            w.write_all(&VERSION.to_le_bytes())?;
            w.write_all(&(payload.len() as u64).to_le_bytes())?;
            w.write_all(&payload)?;
            w.write_all(&self.names.slots_le_bytes())?;
            let file = w.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
            let len = file.metadata()?.len();
            drop(file);
            std::fs::rename(&tmp, &path)?;
            Ok(len)
        })();
        result.map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            GazetteerError::io(&path, e)
        })
    }

    /// Reads and checks `dir/gazetteer.bin`.
    pub fn read(dir: &Path) -> Result<IndexData, GazetteerError> {
        let path = dir.join(INDEX_FILE);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(GazetteerError::NotImported { dir: dir.into() })
            }
            Err(e) => return Err(GazetteerError::io(&path, e)),
        };
        let bad = |message: String| GazetteerError::BadIndex {
            path: path.clone(),
            message,
        };
        if bytes.len() < 12 || &bytes[..8] != MAGIC {
            return Err(bad("not a Rasid gazetteer index".into()));
        }
        let version = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
        if version != VERSION {
            return Err(bad(format!(
                "index format {version}, this build reads {VERSION}"
            )));
        }
        let payload_len = bytes
            .get(12..20)
            .map(|b| u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]) as usize)
            .filter(|&n| n <= bytes.len() - 20)
            .ok_or_else(|| bad("truncated index".into()))?;
        let (payload, slots) = bytes[20..].split_at(payload_len);
        let mut file: IndexFile = codec()
            .deserialize(payload)
            .map_err(|e| bad(format!("corrupt index: {e}")))?;
        file.names.validate().map_err(&bad)?;
        file.names.set_slots_le_bytes(slots).map_err(&bad)?;
        drop(bytes); // before the places are built: lowers peak memory
        let data = IndexData {
            places: file.places.decode().map_err(&bad)?,
            names: file.names,
            admin1: file.admin1,
            admin2: file.admin2,
            seats: file.seats,
        };
        let n = data.places.len();
        if data.names.max_place().is_some_and(|m| m as usize >= n)
            || data
                .seats
                .iter()
                .any(|&(a, s)| a.index() >= n || s.index() >= n)
        {
            return Err(bad("a name refers to a missing place".into()));
        }
        Ok(data)
    }
}
