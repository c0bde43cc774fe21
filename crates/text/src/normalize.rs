//! Arabic normalization for matching, with a map back to original offsets.
//!
//! Rules (each a fact about Arabic orthography in news text, not a guess):
//! * tashkeel (U+064B–U+065F), superscript alef (U+0670), Quranic marks
//!   (U+06D6–U+06ED) and tatweel (U+0640) are removed;
//! * hamza carriers and wasla fold to bare letters: أ إ آ ٱ → ا, ؤ → و, ئ → ي;
//! * ى → ي and ة → ه, the two spellings writers and keyboards mix freely;
//! * Persian/Urdu letters fold to Arabic ones: ک ڪ → ك, ی ے → ي, ہ ۀ → ه;
//! * Arabic-Indic and Persian digits → ASCII digits;
//! * Arabic punctuation ، ؛ ؟ → , ; ? so later stages test one set;
//! * presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are decomposed by NFKC
//!   (ﻻ → لا), then folded as above;
//! * ASCII letters are lowercased; no-break and other spaces become a space;
//!   invisible format characters (ZWNJ, ZWJ, LRM, RLM, BOM) are removed.
//!
//! One original char becomes zero, one or (for ligatures) several normalized
//! chars, so the map is kept per normalized byte.

use rasid_core::ByteSpan;
use unicode_normalization::UnicodeNormalization;

/// Normalized text plus the original byte offset of every normalized byte.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// `origin[i]` = original byte offset of the char that produced normalized
    /// byte `i`; `origin[text.len()]` = length of the original text.
    origin: Vec<u32>,
}

impl Normalized {
    /// Maps a span of the normalized text back to the original text.
    ///
    /// The end maps to the start of the next kept original char, so marks that
    /// follow the last letter (tashkeel, tatweel) stay inside the span.
    pub fn to_original(&self, span: ByteSpan) -> ByteSpan {
        let start = self.origin[span.start()];
        let mut end = self.origin[span.end()];
        // Expanded ligatures: the end must not fall inside the source char.
        if span.end() > span.start() && end <= start {
            end = self.origin[self.next_origin_change(span.end())];
        }
        ByteSpan::new(start as usize, end as usize)
    }

    fn next_origin_change(&self, from: usize) -> usize {
        let here = self.origin[from];
        (from..self.origin.len())
            .find(|&i| self.origin[i] != here)
            .unwrap_or(self.origin.len() - 1)
    }
}

/// Normalizes one char into its matching form, or `None` to drop it.
/// Presentation forms are handled by [`normalize`]; here they pass unchanged.
pub fn normalize_char(c: char) -> Option<char> {
    Some(match c {
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => return None,
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => return None,
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ؤ' => 'و',
        'ئ' => 'ي',
        'ى' => 'ي',
        'ة' => 'ه',
        'ک' | 'ڪ' => 'ك',
        'ی' | 'ے' => 'ي',
        'ہ' | 'ۀ' | 'ە' => 'ه',
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        '،' => ',',
        '؛' => ';',
        '؟' => '?',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => ' ',
        'A'..='Z' => c.to_ascii_lowercase(),
        _ => c,
    })
}

fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Normalizes a whole text and records where each normalized byte came from.
pub fn normalize(original: &str) -> Normalized {
    let mut text = String::with_capacity(original.len());
    let mut origin = Vec::with_capacity(original.len() + 1);
    let push = |text: &mut String, origin: &mut Vec<u32>, c: char, at: usize| {
        if let Some(n) = normalize_char(c) {
            text.push(n);
            origin.extend(std::iter::repeat_n(at as u32, n.len_utf8()));
        }
    };
    for (at, c) in original.char_indices() {
        if is_presentation_form(c) && c != '\u{FEFF}' {
            for d in std::iter::once(c).nfkc() {
                push(&mut text, &mut origin, d, at);
            }
        } else {
            push(&mut text, &mut origin, c, at);
        }
    }
    origin.push(original.len() as u32);
    Normalized { text, origin }
}

/// Normalizes a lexicon entry or query the same way as article text, and
/// collapses runs of spaces (entries are compared word by word).
pub fn normalize_str(s: &str) -> String {
    let normalized = normalize(s).text;
    normalized.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_table() {
        let cases = [
            ("tashkeel", "قُتِلَ", "قتل"),
            ("tatweel", "غـــارة", "غاره"),
            ("hamza alef", "إسرائيل أمس آخر ٱلله", "اسراييل امس اخر الله"),
            ("alef maqsura", "مستشفى", "مستشفي"),
            ("ta marbuta", "مدينة", "مدينه"),
            ("waw hamza", "مؤتمر", "موتمر"),
            ("persian letters", "کردی", "كردي"),
            ("indic digits", "قتل ١٢ و۳", "قتل 12 و3"),
            ("punctuation", "نعم، لا؛ لماذا؟", "نعم, لا; لماذا?"),
            ("ligature", "ﻻ", "لا"),
            ("latin", "ISIS", "isis"),
            ("invisible", "دير\u{200C}الزور", "ديرالزور"),
        ];
        for (name, input, expected) in cases {
            assert_eq!(normalize(input).text, expected, "case {name}");
        }
    }

    #[test]
    fn maps_spans_back_to_original() {
        let original = "قُتِلَ ثلاثةٌ في دَيرِ الزور";
        let n = normalize(original);
        let start = n.text.find("دير").unwrap();
        let span = ByteSpan::new(start, start + "دير".len());
        assert_eq!(n.to_original(span).slice(original), "دَيرِ");
        let whole = ByteSpan::new(0, n.text.len());
        assert_eq!(n.to_original(whole).slice(original), original);
    }

    #[test]
    fn ligature_span_maps_to_whole_source_char() {
        let original = "ب ﻻ ت";
        let n = normalize(original);
        let start = n.text.find("لا").unwrap();
        let span = ByteSpan::new(start, start + "لا".len());
        assert_eq!(n.to_original(span).slice(original), "ﻻ");
    }

    #[test]
    fn normalize_str_is_idempotent_and_collapses_spaces() {
        let once = normalize_str("  دير   الزّور ");
        assert_eq!(once, "دير الزور");
        assert_eq!(normalize_str(&once), once);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn every_span_maps_to_char_boundaries(s in "\\PC{0,40}") {
            let n = normalize(&s);
            let ends: Vec<usize> = n.text.char_indices().map(|(i, _)| i).chain([n.text.len()]).collect();
            for (i, &a) in ends.iter().enumerate() {
                for &b in &ends[i..] {
                    let o = n.to_original(ByteSpan::new(a, b));
                    prop_assert!(s.is_char_boundary(o.start()) && s.is_char_boundary(o.end()));
                    prop_assert!(o.start() <= o.end());
                }
            }
        }

        #[test]
        fn normalizing_twice_changes_nothing(s in "\\PC{0,40}") {
            let once = normalize(&s).text;
            prop_assert_eq!(normalize(&once).text, once);
        }
    }
}
