//! Clitic analysis: which letters at the edges of a word may be attached
//! particles rather than part of the stem.
//!
//! Arabic writes conjunctions (و ف), prepositions (ب ل ك), the future marker
//! (س), the article (ال) and object/possessive pronouns (ه ها هم …) joined to
//! the word. Instead of guessing one stem (Snowball's Arabic stemmer is too
//! inconsistent for extraction), this module answers two questions exactly:
//! is this prefix a legal proclitic sequence, is this suffix a legal enclitic,
//! and it lists every legal split of a word. Dictionary matching then accepts a
//! match only when the letters around it are legal clitics, so `والميليشيات`
//! matches the entry `ميليشيات` but `البانيا` never matches `بانيا` through a
//! false article split unless the entry is written without it.
//!
//! All functions take *normalized* text (see [`crate::normalize`]): ة is ه here.

/// Legal proclitic sequences (normalized), shortest first: an optional
/// conjunction (و ف), then an optional preposition (ب ك ل), then an optional
/// article (ال; ل + ال is written لل).
///
/// The future marker س is deliberately not a proclitic here: as a bare
/// letter it would let short entries match inside ordinary words (لم in سلم),
/// and a future verb (سيقصف) must not read as a report of a strike anyway.
pub const PROCLITICS: &[&str] = &[
    "", "و", "ف", "ب", "ك", "ل", "ال", "وب", "فب", "وك", "فك", "ول", "فل", "وال", "فال", "بال",
    "كال", "لل", "وبال", "فبال", "وكال", "فكال", "ولل", "فلل",
];

/// Legal enclitic pronouns (normalized).
pub const ENCLITICS: &[&str] = &[
    "", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي", "ني",
];

/// Shortest stem, in chars, that a split may leave.
pub const MIN_STEM_CHARS: usize = 2;

/// True when `prefix` is a legal proclitic sequence (the empty string is).
pub fn is_proclitic(prefix: &str) -> bool {
    PROCLITICS.contains(&prefix)
}

/// True when `suffix` is a legal enclitic (the empty string is).
pub fn is_enclitic(suffix: &str) -> bool {
    ENCLITICS.contains(&suffix)
}

/// True when `prefix` ends with the article, so the stem is definite.
pub fn has_article(prefix: &str) -> bool {
    prefix.ends_with("ال") || prefix.ends_with("لل")
}

/// A way to read a word as proclitics + stem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The proclitic letters (possibly empty).
    pub prefix: &'a str,
    /// What is left.
    pub stem: &'a str,
}

/// Every legal proclitic split of `word`, the unsplit word first, then longer
/// prefixes. Stems shorter than [`MIN_STEM_CHARS`] are not offered.
pub fn proclitic_splits(word: &str) -> impl Iterator<Item = Split<'_>> {
    PROCLITICS.iter().filter_map(move |p| {
        let stem = word.strip_prefix(p)?;
        (stem.chars().count() >= MIN_STEM_CHARS).then_some(Split {
            prefix: &word[..p.len()],
            stem,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize_str;

    fn stems(word: &str) -> Vec<String> {
        let w = normalize_str(word);
        proclitic_splits(&w).map(|s| s.stem.to_string()).collect()
    }

    #[test]
    fn splits_offer_the_lexicon_forms() {
        let cases = [
            ("بديرالزور", "ديرالزور"),
            ("والميليشيات", "ميليشيات"),
            ("لمدينة", "مدينه"),
            ("وقصفت", "قصفت"),
            ("للحرس", "حرس"),
            ("فبالغارات", "غارات"),
        ];
        for (word, stem) in cases {
            assert!(
                stems(word).contains(&normalize_str(stem)),
                "{word} should offer {stem}, got {:?}",
                stems(word)
            );
        }
    }

    #[test]
    fn the_future_marker_is_not_split_off() {
        assert!(!stems("سيقصف").contains(&"يقصف".to_string()));
        assert!(!stems("سلم").contains(&"لم".to_string()));
    }

    #[test]
    fn the_whole_word_comes_first_and_short_stems_are_refused() {
        assert_eq!(stems("حلب")[0], "حلب");
        assert!(!stems("بل").iter().any(|s| s == "ل"));
    }

    #[test]
    fn prefix_and_suffix_tables() {
        for p in ["", "و", "وال", "لل", "فبال"] {
            assert!(is_proclitic(p), "{p}");
        }
        for p in ["ا", "لا", "بب", "اال", "س"] {
            assert!(!is_proclitic(p), "{p}");
        }
        for s in ["", "ها", "هم", "نا"] {
            assert!(is_enclitic(s), "{s}");
        }
        assert!(!is_enclitic("ات"));
        assert!(has_article("وال") && has_article("لل") && !has_article("و"));
    }
}
