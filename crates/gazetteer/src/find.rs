//! Finding place names in analysed text.
//!
//! The scanner walks the word tokens left to right. At each word it tries
//! every proclitic reading of the word (`بديرالزور` → `ب` + `ديرالزور`, the
//! unsplit word first), and for each stem that the name table knows as a
//! name or a first word, the n-grams of up to [`MAX_WORDS`] following words,
//! longest first. The longest match wins (for equal length, the shortest
//! prefix); scanning goes on after it, so matches never overlap.
//!
//! A match that starts with a generic head word (`محافظة`, `مدينة`, … see
//! [`crate::names::GENERIC_HEADS`]), and a one-word match that is a common
//! word (`مخيم`, `محور`), is dropped in favour of the match that starts at
//! the next word, when there is one that is not the next member of a list
//! (`الباب والراعي` keeps both): the head word stays outside the name, where
//! the extractor reads it as a cue (`wants_admin_area`). A common word right
//! after a head word (`مدينة`, `بلدة`, `حي`, also plural and dual: `بلدتي`)
//! is the name itself and stays, whatever follows (`مدينة الطبقة غرب الرقة`,
//! where غرب is also a village; `حي الشعار بحلب`).
//!
//! The article stays with the name: a proclitic reading that splits the
//! article off (`بال` + `رقه`) is not tried, because the shorter prefix
//! (`ب` + `الرقه`) already looks the definite name up; `للرقة` (ل + ال
//! without its alef) is looked up as `الرقه`. So a name indexed without the
//! article matches only text written without it.
//!
//! Each match is flagged [`PlaceMention::common_word`] when the name is also
//! an ordinary word (see [`crate::common`]).

use rasid_core::ByteSpan;
use rasid_text::clitics::Split;
use rasid_text::{Analysis, Token, TokenKind};

use crate::names::{edit_distance, is_generic_head, latin_fold, latin_key};
use crate::table::MAX_WORDS;
use crate::{Gazetteer, PlaceId};

/// A place name found in text.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceMention {
    /// Span in the normalized text, including a clitic prefix (`بـ`, `وال`).
    pub span: ByteSpan,
    /// The name without the clitic prefix.
    pub core: ByteSpan,
    /// Every place with this name: first the `primary` ones, whose main name
    /// this is, then those that have it only as an alternate spelling.
    pub candidates: Vec<PlaceId>,
    /// How many of `candidates` (from the front) have this as their main
    /// name (GeoNames name or first Arabic name, in any indexed spelling).
    pub primary: usize,
    /// The name is also an ordinary Arabic word (`على`, `الساحل`): the
    /// extractor should accept it as a place only with a cue.
    pub common_word: bool,
}

struct Match<'g> {
    last: usize,
    words: usize,
    prefix_len: usize,
    places: &'g [PlaceId],
    primary: usize,
    /// The prefix was `لل`, and the name was looked up with `ال` restored.
    restored_article: bool,
    /// A Latin spelling matched only through a transliteration key of two
    /// consonants (`Sayd` and `Saida`): as weak as an ordinary word.
    weak_latin: bool,
    /// Matched through a transliteration key, not an exact spelling.
    by_key: bool,
}

impl Gazetteer {
    /// Every place name in the text, sorted by `span.start` and
    /// non-overlapping (the longest match wins).
    pub fn find_places(&self, analysis: &Analysis) -> Vec<PlaceMention> {
        let text = analysis.text();
        let tokens = &analysis.tokens;
        let mut out = Vec::new();
        let mut buf = String::with_capacity(128);
        let mut i = 0;
        while i < tokens.len() {
            if tokens[i].kind != TokenKind::Word {
                i += 1;
                continue;
            }
            let Some(m) = self.match_at(text, tokens, i, &mut buf) else {
                i += 1;
                continue;
            };
            // The name right after a head word ("حي الشعار") is the name,
            // whatever follows it.
            let after_head = i > 0
                && tokens[i - 1].kind == TokenKind::Word
                && next_word(text, tokens, i - 1) == Some(i)
                && is_head_word(tokens[i - 1].text(text));
            let start = tokens[i].span.start();
            let end = tokens[m.last].span.end();
            let core = ByteSpan::new(start + m.prefix_len, end);
            let common_word = m.weak_latin
                || if m.restored_article {
                    // `للرقه`: judge the name as it was looked up, `الرقه`.
                    let name = format!("ال{}", core.slice(text));
                    self.is_common_name(&name, m.words, m.places)
                } else {
                    self.is_common_name(core.slice(text), m.words, m.places)
                };
            let head = &tokens[i].text(text)[m.prefix_len..];
            let head_word = is_generic_head(head);
            if head_word || (common_word && m.words == 1 && !after_head) {
                // "محافظة دير الزور", "مخيم الفارعة": the name is what follows,
                // unless that is the next member of a list ("الباب والراعي").
                // An ordinary word right after a head word is the name itself
                // ("مدينة الطبقة غرب الرقة", "حي الشعار بحلب"): it stays.
                if let Some(next) = next_word(text, tokens, i)
                    .filter(|&n| !DIRECTION_WORDS.contains(&tokens[n].text(text)))
                {
                    if let Some(n) = self.match_at(text, tokens, next, &mut buf) {
                        // "… والراعي", "… فالباب": a list; "… بالأنبار": the
                        // container of the name just read.
                        let prefix = &tokens[next].text(text)[..n.prefix_len];
                        if !prefix.starts_with(['و', 'ف', 'ب']) {
                            i = next;
                            continue;
                        }
                    }
                }
            }
            let (candidates, primary) = if m.by_key {
                self.closest_spellings(core.slice(text), m.places, m.primary)
            } else {
                (m.places.to_vec(), m.primary)
            };
            out.push(PlaceMention {
                span: ByteSpan::new(start, end),
                core,
                candidates,
                primary,
                common_word,
            });
            i = m.last + 1;
        }
        out
    }

    /// The longest name starting at word token `i`.
    fn match_at<'g>(
        &'g self,
        text: &str,
        tokens: &[Token],
        i: usize,
        buf: &mut String,
    ) -> Option<Match<'g>> {
        // The run of words that may continue a name from token i, found
        // only once a stem is known to start a longer name.
        let mut run = [i; MAX_WORDS];
        let mut run_len = 0;
        let word = tokens[i].text(text);
        if word.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return self.latin_match_at(text, tokens, i, buf);
        }
        let mut best: Option<Match<'g>> = None;
        let mut definite = String::new();
        let (prefixes, count) = lookup_prefixes(word);
        for &prefix_len in &prefixes[..count] {
            let split = Split {
                prefix: &word[..prefix_len],
                stem: &word[prefix_len..],
            };
            // The article stays with the name (see the module doc), so no
            // reading splits it off; `للرقة` is looked up as الرقه.
            let stem = if split.prefix.ends_with("لل") {
                definite.clear();
                definite.push_str("ال");
                definite.push_str(split.stem);
                definite.as_str()
            } else {
                split.stem
            };
            let Some(entry) = self.data.names.get(stem) else {
                continue;
            };
            if entry.max_words >= 2 && run_len == 0 {
                run_len = 1;
                while run_len < MAX_WORDS {
                    let Some(next) = next_word(text, tokens, run[run_len - 1]) else {
                        break;
                    };
                    run[run_len] = next;
                    run_len += 1;
                }
            }
            let max = (entry.max_words as usize).min(run_len.max(1));
            if best.as_ref().is_some_and(|b| b.words >= max.max(1)) {
                continue;
            }
            let mut found = None;
            if max >= 2 {
                buf.clear();
                buf.push_str(stem);
                let mut ends = [0usize; MAX_WORDS];
                ends[0] = buf.len();
                for k in 1..max {
                    buf.push(' ');
                    buf.push_str(tokens[run[k]].text(text));
                    ends[k] = buf.len();
                }
                for n in (2..=max).rev() {
                    if let Some(e) = self.data.names.get(&buf[..ends[n - 1]]) {
                        if !e.places.is_empty() {
                            found = Some((n, e.places, e.primary));
                            break;
                        }
                    }
                }
            }
            if found.is_none() && !entry.places.is_empty() {
                found = Some((1, entry.places, entry.primary));
            }
            if let Some((n, places, primary)) = found {
                if best.as_ref().is_none_or(|b| n > b.words) {
                    best = Some(Match {
                        last: run[n - 1],
                        words: n,
                        prefix_len: split.prefix.len(),
                        places,
                        primary,
                        restored_article: split.prefix.ends_with("لل"),
                        weak_latin: false,
                        by_key: false,
                    });
                }
            }
        }
        best
    }

    /// The longest name in Latin script starting at word token `i`: its
    /// exact lowercase spelling, or any spelling of its transliteration
    /// family ([`latin_key`]).
    fn latin_match_at<'g>(
        &'g self,
        text: &str,
        tokens: &[Token],
        i: usize,
        buf: &mut String,
    ) -> Option<Match<'g>> {
        let latin = |t: usize| {
            tokens[t]
                .text(text)
                .starts_with(|c: char| c.is_ascii_alphabetic())
        };
        if LATIN_STOP_WORDS.contains(&tokens[i].text(text)) {
            return None;
        }
        // Ayn marks split Latin words into tokens (ma ' arrat), so a Latin
        // name may take twice as many tokens as words.
        let mut run = [i; 2 * MAX_WORDS];
        let mut run_len = 1;
        while run_len < run.len() {
            match next_word(text, tokens, run[run_len - 1]) {
                Some(next) if latin(next) => {
                    run[run_len] = next;
                    run_len += 1;
                }
                _ => break,
            }
        }
        for n in (1..=run_len).rev() {
            buf.clear();
            for (k, &t) in run[..n].iter().enumerate() {
                if k > 0 {
                    buf.push(' ');
                }
                buf.push_str(tokens[t].text(text));
            }
            let exact = self.data.names.get(buf).filter(|e| !e.places.is_empty());
            let mut weak_latin = false;
            let by_key = exact.is_none();
            let entry = exact.or_else(|| {
                // The key from the text as written between the words: an
                // apostrophe inside a word (ma'arrat) does not split it.
                let span = &text[tokens[i].span.start()..tokens[run[n - 1]].span.end()];
                let key = latin_key(span)?;
                // Two consonants ("Sayd", "Hama") are too short a skeleton
                // to be sure of.
                weak_latin = key.chars().filter(char::is_ascii_alphanumeric).count() <= 2;
                self.data.names.get(&key).filter(|e| !e.places.is_empty())
            });
            if let Some(e) = entry {
                return Some(Match {
                    last: run[n - 1],
                    words: n,
                    prefix_len: 0,
                    places: e.places,
                    primary: e.primary,
                    restored_article: false,
                    weak_latin,
                    by_key,
                });
            }
        }
        None
    }
}

impl Gazetteer {
    /// Of the places that share a transliteration key with a Latin spelling
    /// (`Mayadeen`: al-Mayadin, but also al-Madinah), those whose English
    /// name is spelled closest to it (edit distance of the folded names,
    /// without the article, at most one more than the best), in their order.
    fn closest_spellings(
        &self,
        written: &str,
        places: &[PlaceId],
        primary: usize,
    ) -> (Vec<PlaceId>, usize) {
        let written = latin_fold(written);
        let dist: Vec<usize> = places
            .iter()
            .map(|&p| {
                let place = self.place(p);
                edit_distance(&written, &latin_fold(&place.name))
                    .min(edit_distance(&written, &latin_fold(&place.asciiname)))
            })
            .collect();
        let best = dist.iter().copied().min().unwrap_or(0);
        let keep = |k: usize| dist[k] <= best + 1;
        let kept: Vec<PlaceId> = (0..places.len())
            .filter(|&k| keep(k))
            .map(|k| places[k])
            .collect();
        let kept_primary = (0..primary.min(places.len())).filter(|&k| keep(k)).count();
        (kept, kept_primary)
    }
}

/// English and French words that never start a place name; a Latin name is
/// looked for only from the word after them ("in Tell Abyad" is not the
/// village Ayn Tall).
const LATIN_STOP_WORDS: &[&str] = &[
    "a", "after", "and", "are", "at", "before", "but", "by", "dans", "de", "des", "du", "et",
    "for", "from", "had", "has", "have", "he", "in", "into", "is", "it", "la", "le", "les", "near",
    "of", "on", "or", "over", "près", "said", "says", "she", "the", "they", "to", "was", "we",
    "were", "with",
];

/// Plural and dual forms of the head words, which also introduce names
/// ("بلدتي نبل والزهراء") but are not stripped from indexed names.
/// Directions that follow a name ("القائم غربي الأنبار"); some are also
/// village names, but after a name they place it, they do not replace it.
const DIRECTION_WORDS: &[&str] = &[
    "غرب",
    "غربي",
    "شرق",
    "شرقي",
    "شمال",
    "شمالي",
    "جنوب",
    "جنوبي",
    "وسط",
];

const PLURAL_HEADS: &[&str] = &[
    "احياء",
    "بلدات",
    "بلدتي",
    "حيي",
    "قري",
    "قريتي",
    "مخيمات",
    "مخيمي",
    "مدن",
    "مدينتي",
];

/// True when a word (with its proclitics: "وبلدة", "في" is separate) is a
/// head word that introduces a place name.
fn is_head_word(word: &str) -> bool {
    let (prefixes, count) = lookup_prefixes(word);
    prefixes[..count].iter().any(|&p| {
        let stem = &word[p..];
        is_generic_head(stem) || PLURAL_HEADS.contains(&stem)
    })
}

/// Byte lengths of the proclitic prefixes under which a word is looked up,
/// shortest first: the readings of [`rasid_text::clitics::proclitic_splits`]
/// whose prefix does not end with the article, or ends with `لل` (ل + ال).
/// Written out as a tiny automaton because it runs for every word of every
/// article; a test checks it against the text crate's list.
fn lookup_prefixes(word: &str) -> ([usize; 4], usize) {
    let mut chars = word.chars();
    let c: [char; 5] = std::array::from_fn(|_| chars.next().unwrap_or('\0'));
    // Letters after the prefix: the stem keeps at least two.
    let stem_ok = |k: usize| c[k] != '\0' && c[k + 1] != '\0';
    let conj = matches!(c[0], 'و' | 'ف');
    let mut out = [0usize; 4];
    let mut n = 0;
    let mut push = |k: usize| {
        out[n] = 2 * k; // every proclitic letter is two bytes in UTF-8
        n += 1;
    };
    if stem_ok(0) {
        push(0); // the unsplit word
    }
    if stem_ok(1) && matches!(c[0], 'و' | 'ف' | 'ب' | 'ك' | 'ل' | 'س') {
        push(1);
    }
    if stem_ok(2)
        && ((conj && matches!(c[1], 'ب' | 'ك' | 'ل' | 'س')) || (c[0] == 'ل' && c[1] == 'ل'))
    {
        push(2);
    }
    if stem_ok(3) && conj && c[1] == 'ل' && c[2] == 'ل' {
        push(3);
    }
    (out, n)
}

/// The word token that continues a name after token `at`: the next token if
/// it is a word on the same line, skipping one hyphen or apostrophe written
/// between two words without spaces (`ez-zor`, `dar'a`).
fn next_word(text: &str, tokens: &[Token], at: usize) -> Option<usize> {
    let cur = tokens[at];
    let next = tokens.get(at + 1)?;
    let same_line = |a: ByteSpan, b: ByteSpan| !text[a.end()..b.start()].contains('\n');
    match next.kind {
        TokenKind::Word if same_line(cur.span, next.span) => Some(at + 1),
        TokenKind::Punct
            if next.span.start == cur.span.end
                && matches!(next.text(text), "-" | "'" | "’" | "‘" | "`") =>
        {
            let after = tokens.get(at + 2)?;
            (after.kind == TokenKind::Word && after.span.start == next.span.end).then_some(at + 2)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasid_text::clitics::{has_article, proclitic_splits, PROCLITICS};

    #[test]
    fn lookup_prefixes_are_the_text_crates_splits_without_the_article() {
        let mut words: Vec<String> = Vec::new();
        for p in PROCLITICS {
            for stem in ["حلب", "الرقه", "لحميديه", "ب", "بو", "وال", "لل"] {
                words.push(format!("{p}{stem}"));
            }
        }
        words.extend(["", "و", "ول", "deir", "ولل", "فللا"].map(String::from));
        for w in &words {
            let expected: Vec<usize> = proclitic_splits(w)
                .filter(|s| !has_article(s.prefix) || s.prefix.ends_with("لل"))
                .map(|s| s.prefix.len())
                .collect();
            let (got, n) = lookup_prefixes(w);
            assert_eq!(&got[..n], &expected[..], "{w}");
        }
    }
}
