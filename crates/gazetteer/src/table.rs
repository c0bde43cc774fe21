//! The name table: normalized name → places, as flat arrays that deserialize
//! in a few milliseconds and answer a lookup with one or two cache misses.
//!
//! Names are stored sorted in one string (`blob`) with end offsets, their
//! postings in one `Vec<PlaceId>`, and found through an open-addressing hash
//! table (`slots`, linear probing, load ≤ 0.5) whose slots pack a 32-bit
//! hash fingerprint with the entry number, so a miss — the common case when
//! scanning text — usually reads one slot and compares no string. The hash
//! is defined here rather than taken from a library, so that an index
//! written by one build reads the same in another.
//!
//! Every first word of a multi-word name also has an entry (with no postings
//! if it is not a name by itself) that records the longest name starting with
//! it, so the scanner only builds n-grams after a word that can start one.

use serde::{Deserialize, Serialize};

use crate::PlaceId;

/// Longest name, in words, that text scanning tries.
pub const MAX_WORDS: usize = 4;

/// A stable 64-bit string hash (FxHash-style multiply-rotate over 8-byte
/// words, then a final avalanche).
pub fn hash_str(s: &str) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = s.len() as u64;
    let mut chunks = s.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
    }
    // fmix64 from MurmurHash3: spreads the high bits into the low ones.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// One name entry found by [`NameTable::get`].
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    /// Places with this name (may be empty for a bare first word); those
    /// whose main name it is come first.
    pub places: &'a [PlaceId],
    /// How many of `places` (from the front) have this as (a spelling of)
    /// their main name rather than an alternate one.
    pub primary: usize,
    /// Longest name, in words, that starts with this word (0 if none does
    /// with more than this one word… or this entry has several words).
    pub max_words: u8,
}

/// See the module doc.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct NameTable {
    blob: String,
    ends: Vec<u32>,
    post_ends: Vec<u32>,
    postings: Vec<PlaceId>,
    primary: Vec<u16>,
    max_words: Vec<u8>,
    /// Written as a raw little-endian section after the serde payload
    /// ([`NameTable::slots_le_bytes`], [`NameTable::set_slots_le_bytes`]):
    /// copying it is much faster than decoding a million random numbers or
    /// rebuilding it (which is all cache misses).
    #[serde(skip)]
    slots: Vec<u64>,
}

impl NameTable {
    /// Builds the table from (name, places, primary) triples: names unique,
    /// places unique with the `primary` ones first.
    pub fn build(names: Vec<(String, Vec<PlaceId>, usize)>) -> NameTable {
        // Add first words of multi-word names.
        let mut first_max: rustc_hash::FxHashMap<String, u8> = Default::default();
        for (name, _, _) in &names {
            let words = name.split(' ').count();
            if words > 1 {
                let first = name.split(' ').next().unwrap_or_default();
                let m = first_max.entry(first.to_string()).or_insert(1);
                *m = (*m).max(words.min(MAX_WORDS) as u8);
            }
        }
        let mut all: Vec<(String, Vec<PlaceId>, usize, u8)> = names
            .into_iter()
            .map(|(n, p, primary)| {
                let m = if n.contains(' ') {
                    0
                } else {
                    first_max.remove(&n).unwrap_or(1)
                };
                (n, p, primary, m)
            })
            .collect();
        all.extend(first_max.into_iter().map(|(n, m)| (n, Vec::new(), 0, m)));
        all.sort_by(|a, b| a.0.cmp(&b.0));

        let mut t = NameTable::default();
        t.blob.reserve(all.iter().map(|e| e.0.len()).sum());
        for (name, places, primary, m) in &all {
            t.blob.push_str(name);
            t.ends.push(t.blob.len() as u32);
            t.postings.extend_from_slice(places);
            t.primary
                .push((*primary).min(places.len()).min(u16::MAX as usize) as u16);
            t.post_ends.push(t.postings.len() as u32);
            t.max_words.push(*m);
        }
        t.rebuild_slots();
        t
    }

    /// The hash table as little-endian bytes, for the index file.
    pub fn slots_le_bytes(&self) -> Vec<u8> {
        self.slots.iter().flat_map(|s| s.to_le_bytes()).collect()
    }

    /// Restores the hash table from [`NameTable::slots_le_bytes`], checking
    /// that it fits the names.
    pub fn set_slots_le_bytes(&mut self, bytes: &[u8]) -> Result<(), String> {
        let slots: Vec<u64> = bytes
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
            .collect();
        let n = self.ends.len() as u64;
        if !bytes.len().is_multiple_of(8)
            || !slots.len().is_power_of_two()
            || (slots.len() as u64) < n * 2
            || slots.iter().any(|&s| s & 0xffff_ffff > n)
        {
            return Err("hash table does not fit the names".into());
        }
        self.slots = slots;
        Ok(())
    }

    /// Builds the hash table over the names (see the module doc).
    pub fn rebuild_slots(&mut self) {
        let n = self.ends.len();
        let cap = (n * 2).next_power_of_two().max(16);
        let mut slots = vec![0u64; cap];
        let mask = cap - 1;
        for i in 0..n {
            let h = hash_str(self.name(i));
            let mut s = (h as usize) & mask;
            while slots[s] != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = (h & 0xffff_ffff_0000_0000) | (i as u64 + 1);
        }
        self.slots = slots;
    }

    /// Number of entries (names and bare first words).
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when the table has no entries.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Number of entries that name at least one place.
    pub fn name_count(&self) -> usize {
        (0..self.len())
            .filter(|&i| self.post_start(i) < self.post_ends[i] as usize)
            .count()
    }

    fn name(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.blob[start..self.ends[i] as usize]
    }

    fn post_start(&self, i: usize) -> usize {
        if i == 0 {
            0
        } else {
            self.post_ends[i - 1] as usize
        }
    }

    /// Looks a normalized name (or first word) up.
    #[inline]
    pub fn get(&self, name: &str) -> Option<Entry<'_>> {
        if self.slots.is_empty() {
            return None;
        }
        let h = hash_str(name);
        let mask = self.slots.len() - 1;
        let mut s = (h as usize) & mask;
        let tag = h & 0xffff_ffff_0000_0000;
        loop {
            let slot = self.slots[s];
            if slot == 0 {
                return None;
            }
            if slot & 0xffff_ffff_0000_0000 == tag {
                let i = (slot & 0xffff_ffff) as usize - 1;
                if self.name(i) == name {
                    return Some(Entry {
                        places: &self.postings[self.post_start(i)..self.post_ends[i] as usize],
                        primary: self.primary[i] as usize,
                        max_words: self.max_words[i],
                    });
                }
            }
            s = (s + 1) & mask;
        }
    }

    /// Every (name, places) entry that names a place, in sorted order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[PlaceId])> {
        (0..self.len())
            .map(|i| {
                (
                    self.name(i),
                    &self.postings[self.post_start(i)..self.post_ends[i] as usize],
                )
            })
            .filter(|(_, p)| !p.is_empty())
    }

    /// Checks the invariants a deserialized table must hold, so a corrupt
    /// file is an error rather than a panic later.
    pub fn validate(&self) -> Result<(), String> {
        let n = self.ends.len();
        if self.post_ends.len() != n || self.max_words.len() != n || self.primary.len() != n {
            return Err("name table arrays differ in length".into());
        }
        let mut prev = 0u32;
        for &e in &self.ends {
            if e < prev || e as usize > self.blob.len() || !self.blob.is_char_boundary(e as usize) {
                return Err("name offsets out of order".into());
            }
            prev = e;
        }
        let mut prev = 0u32;
        for &e in &self.post_ends {
            if e < prev || e as usize > self.postings.len() {
                return Err("posting offsets out of order".into());
            }
            prev = e;
        }
        Ok(())
    }

    /// Largest place index a posting refers to, if any.
    pub fn max_place(&self) -> Option<u32> {
        self.postings.iter().map(|p| p.0).max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_hit_names_and_first_words() {
        let t = NameTable::build(vec![
            ("دير الزور".into(), vec![PlaceId(0), PlaceId(1)], 1),
            ("ديرالزور".into(), vec![PlaceId(0)], 1),
            ("حلب".into(), vec![PlaceId(2)], 0),
            ("تل ابيض الشرقي الجديد القديم".into(), vec![PlaceId(3)], 1),
        ]);
        let e = t.get("دير الزور").unwrap();
        assert_eq!(e.places, &[PlaceId(0), PlaceId(1)]);
        assert_eq!(e.primary, 1);
        let dir = t.get("دير").unwrap();
        assert!(dir.places.is_empty());
        assert_eq!(dir.max_words, 2);
        assert_eq!(t.get("تل").unwrap().max_words, MAX_WORDS as u8);
        assert_eq!(t.get("حلب").unwrap().max_words, 1);
        assert!(t.get("حمص").is_none());
        assert_eq!(t.name_count(), 4);
        assert!(t.validate().is_ok());
    }

    #[test]
    fn hash_is_stable() {
        // Written indexes depend on these values never changing (bump the
        // index VERSION if they must).
        assert_ne!(hash_str("حلب"), hash_str("حمص"));
        assert_eq!(hash_str("abc"), 0xa03f_50aa_f7f0_5386);
        assert_eq!(hash_str("دير الزور"), 0xf158_49a1_0b20_d90b);
    }
}
