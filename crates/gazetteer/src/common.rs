//! Place names that are also ordinary words.
//!
//! Thousands of villages are named like everyday words (`على`, `جبهة`,
//! `الساحل`, `مصادر`). A name is flagged as a common word when
//!
//! * it is in the curated list `data/common_words.txt`: an entry written
//!   with the article (`الساحل`) flags the name with or without it, an entry
//!   written without (`ميادين`, "squares") only that bare form, so that the
//!   definite `الميادين` (al-Mayadin) stays a place; or
//! * it is one word of at most three letters (without the article), and none
//!   of its places is a major one (population ≥ 20 000, a capital or district
//!   seat, an admin area or a country): `حلب`, `حمص` and `هيت` are not
//!   flagged, `عين` is.
//!
//! The flag is only a warning: the extractor accepts a flagged name as a
//! place only with a cue (`في`, `بلدة`, `قرية`, an enclosing place nearby).

use rustc_hash::FxHashSet;

use crate::names::strip_article;
use crate::{Gazetteer, PlaceId};

/// The curated list, one word or phrase per line, `#` comments.
pub const COMMON_WORDS_TSV: &str = include_str!("../data/common_words.txt");

/// Population from which a place counts as major (never auto-flagged).
const MAJOR_POPULATION: u64 = 20_000;

/// The normalized forms of the curated list; entries with the article also
/// without it.
pub(crate) fn load_common_words() -> FxHashSet<String> {
    let mut set = FxHashSet::default();
    for line in COMMON_WORDS_TSV.lines() {
        let entry = line.split('#').next().unwrap_or("").trim();
        if entry.is_empty() {
            continue;
        }
        let n = rasid_text::normalize_str(entry);
        if let Some(bare) = strip_article(&n) {
            set.insert(bare.to_string());
        }
        set.insert(n);
    }
    set
}

impl Gazetteer {
    /// True when the normalized name is in the curated common-word list (see
    /// the module doc for how the article is treated).
    pub fn is_common_word(&self, normalized: &str) -> bool {
        self.common.contains(normalized)
    }

    pub(crate) fn is_common_name(&self, core: &str, words: usize, places: &[PlaceId]) -> bool {
        if self.is_common_word(core) {
            return true;
        }
        if words > 1 {
            return false;
        }
        let letters = strip_article(core).unwrap_or(core).chars().count();
        letters <= 3 && !places.iter().any(|&p| self.is_major(p))
    }

    fn is_major(&self, id: PlaceId) -> bool {
        let p = self.place(id);
        p.population >= MAJOR_POPULATION
            || matches!(p.feature_code.as_str(), "PPLC" | "PPLA" | "PPLA2")
            || p.is_admin_area()
            || p.is_country()
            // A neighbourhood someone listed for its city ("المزة") is meant.
            || crate::curated::is_neighbourhood(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasid_text::normalize_str;

    /// The sections of the shipped list, each a title and its entries.
    fn sections() -> Vec<(String, Vec<String>)> {
        let mut out: Vec<(String, Vec<String>)> = Vec::new();
        for line in COMMON_WORDS_TSV.lines() {
            if let Some(title) = line.strip_prefix("# ") {
                if out.last().is_some_and(|s| s.1.is_empty()) {
                    out.last_mut().unwrap().0.push_str(title);
                } else {
                    out.push((title.to_string(), Vec::new()));
                }
            } else if !line.trim().is_empty() {
                out.last_mut().unwrap().1.push(line.trim().to_string());
            }
        }
        out
    }

    #[test]
    fn the_list_is_sorted_unique_and_normalizes_cleanly() {
        let mut seen = FxHashSet::default();
        for (title, entries) in sections() {
            let normalized: Vec<String> = entries.iter().map(|e| normalize_str(e)).collect();
            for (e, n) in entries.iter().zip(&normalized) {
                assert!(!n.is_empty(), "{e} normalizes to nothing");
                assert_eq!(normalize_str(n), *n, "{e}");
                let bare = strip_article(n).unwrap_or(n).to_string();
                assert!(
                    seen.insert(bare),
                    "{e} is listed twice (with or without ال)"
                );
            }
            let mut sorted = normalized.clone();
            sorted.sort();
            assert_eq!(normalized, sorted, "section {title:?} is not sorted");
        }
    }

    #[test]
    fn listed_words_match_with_the_article_only_when_listed_with_it() {
        let gaz = Gazetteer::builtin();
        for w in [
            "علي",
            "الساحل",
            "ساحل",
            "جبهه",
            "الجبهه",
            "شهود",
            "مصادر",
            "قوات",
        ] {
            assert!(gaz.is_common_word(w), "{w}");
        }
        assert!(!gaz.is_common_word("حلب") && !gaz.is_common_word("دمشق"));
    }
}
