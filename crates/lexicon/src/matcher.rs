//! One automaton over every entry text, and the clitic-aware rules that turn
//! its raw hits into [`Mention`]s.
//!
//! The automaton uses [`MatchKind::Standard`] and overlapping search, so it
//! reports *every* occurrence of every pattern; which of them count is decided
//! afterwards with the tokens in hand, because only there do we know whether
//! the letters around a hit are clitics or part of another word. A cheaper
//! leftmost-longest search would hide a valid short match behind a longer raw
//! hit that the clitic check later rejects.

use std::cmp::Reverse;
use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rasid_core::ByteSpan;
use rasid_text::clitics::{has_article, is_enclitic, is_proclitic};
use rasid_text::{normalize_str, Analysis, Token, TokenKind};

use crate::error::{ErrorKind, LexiconError};
use crate::model::Entry;

/// One entry found in the normalized text of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mention {
    /// The whole words the match covers, clitics included (normalized text).
    pub span: ByteSpan,
    /// The matched entry text without clitics (normalized text).
    pub core: ByteSpan,
    /// The proclitic letters before `core` (empty when there are none).
    pub prefix: ByteSpan,
    /// What was matched.
    pub entry: Entry,
}

/// The matching form of an entry text: normalized like article text, and
/// without a leading article on the first word when at least two letters of
/// that word remain (the article is a clitic, accepted by the matcher).
///
/// Returns an empty string for a text that normalizes to nothing.
pub fn pattern_of(entry_text: &str) -> String {
    let normalized = normalize_str(entry_text);
    if let Some(rest) = normalized.strip_prefix("ال") {
        let first_word = rest.split(' ').next().unwrap_or("");
        if first_word.chars().count() >= 2 {
            return rest.to_string();
        }
    }
    normalized
}

/// Patterns made only of ASCII are matched with ASCII word boundaries instead
/// of Arabic clitic rules.
fn is_latin(pattern: &str) -> bool {
    pattern.is_ascii()
}

/// Collects patterns and the entries each one stands for.
#[derive(Default)]
pub(crate) struct MatcherBuilder {
    index: HashMap<String, usize>,
    patterns: Vec<String>,
    /// The entries of each pattern, each with "written with the article".
    entries: Vec<Vec<(Entry, bool)>>,
}

impl MatcherBuilder {
    /// Adds one entry text; texts that normalize to nothing are skipped (the
    /// linter reports them).
    pub(crate) fn add(&mut self, text: &str, entry: Entry) {
        let pattern = pattern_of(text);
        if pattern.is_empty() {
            return;
        }
        // An entry written with the article needs it in the text (الأحد
        // "Sunday" must not match أحد "one"); one written bare takes it or not.
        let needs_article = pattern.len() < normalize_str(text).len();
        let next = self.patterns.len();
        let i = *self.index.entry(pattern.clone()).or_insert(next);
        if i == next {
            self.patterns.push(pattern);
            self.entries.push(Vec::new());
        }
        match self.entries[i].iter_mut().find(|(e, _)| *e == entry) {
            // Written both ways: the bare spelling wins.
            Some((_, needs)) => *needs &= needs_article,
            None => self.entries[i].push((entry, needs_article)),
        }
    }

    pub(crate) fn build(self, file: &str) -> Result<Matcher, LexiconError> {
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&self.patterns)
            .or_else(|_| {
                // A DFA can exceed its size limit on very large lexicons;
                // let the library pick a smaller representation then.
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(&self.patterns)
            })
            .map_err(|e| LexiconError::new(file, ErrorKind::Automaton(e.to_string())))?;
        let mut ranges = Vec::with_capacity(self.entries.len());
        let mut flat = Vec::new();
        for list in &self.entries {
            let from = flat.len() as u32;
            flat.extend(list.iter().filter(|(e, _)| !is_qualifier(e)));
            let split = flat.len() as u32;
            flat.extend(list.iter().filter(|(e, _)| is_qualifier(e)));
            ranges.push((from, split, flat.len() as u32));
        }
        let latin = self.patterns.iter().map(|p| is_latin(p)).collect();
        Ok(Matcher {
            automaton,
            ranges,
            entries: flat,
            latin,
        })
    }
}

/// The compiled automaton and the table from pattern to entries.
#[derive(Debug)]
pub(crate) struct Matcher {
    automaton: AhoCorasick,
    /// `entries[ranges[p].0..ranges[p].1]` are the entries of pattern `p`
    /// that take part in overlap resolution, `entries[ranges[p].1..ranges[p].2]`
    /// its qualifiers, which are resolved on their own.
    ranges: Vec<(u32, u32, u32)>,
    /// Each entry with "needs the article before it".
    entries: Vec<(Entry, bool)>,
    latin: Vec<bool>,
}

/// A valid raw hit before overlap resolution.
#[derive(Clone, Copy, Debug)]
struct Hit {
    core: ByteSpan,
    span_start: u32,
    span_end: u32,
    pattern: u32,
}

impl Hit {
    fn len(&self) -> u32 {
        self.core.end - self.core.start
    }
}

impl Matcher {
    pub(crate) fn pattern_count(&self) -> usize {
        self.ranges.len()
    }

    /// Finds every mention in the analyzed text, sorted by `span.start`.
    pub(crate) fn scan(&self, analysis: &Analysis) -> Vec<Mention> {
        let text = analysis.text();
        let tokens = &analysis.tokens[..];
        let mut cursor = TokenCursor { tokens, at: 0 };
        let mut hits: Vec<Hit> = Vec::new();
        let mut qualifier_hits: Vec<Hit> = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let pattern = m.pattern().as_usize();
            let hit = if self.latin[pattern] {
                latin_hit(text, m.start(), m.end())
            } else {
                let (first, last) = cursor.locate(m.start(), m.end());
                arabic_hit(text, first, last, m.start(), m.end())
            };
            if let Some(mut hit) = hit {
                hit.pattern = pattern as u32;
                let (from, split, to) = self.ranges[pattern];
                if from < split {
                    hits.push(hit);
                }
                if split < to {
                    qualifier_hits.push(hit);
                }
            }
        }
        let mut out = Vec::with_capacity(hits.len() + qualifier_hits.len());
        for (hits, qualifiers) in [(&mut hits, false), (&mut qualifier_hits, true)] {
            hits.sort_unstable_by_key(|h| (h.core.start, h.core.end));
            resolve_overlaps(hits, |hit| self.emit(text, hit, qualifiers, &mut out));
        }
        // Both runs are sorted; a stable sort of two runs is a merge.
        out.sort_by_key(|m| m.span.start);
        out
    }

    fn emit(&self, text: &str, hit: &Hit, qualifiers: bool, out: &mut Vec<Mention>) {
        let (from, split, to) = self.ranges[hit.pattern as usize];
        let entries = if qualifiers {
            &self.entries[split as usize..to as usize]
        } else {
            &self.entries[from as usize..split as usize]
        };
        let prefix = ByteSpan {
            start: hit.span_start.min(hit.core.start),
            end: hit.core.start,
        };
        let definite = has_article(&text[prefix.start()..prefix.end()]);
        for &(entry, needs_article) in entries {
            if needs_article && !definite {
                continue;
            }
            out.push(Mention {
                span: ByteSpan {
                    start: hit.span_start,
                    end: hit.span_end,
                },
                core: hit.core,
                prefix,
                entry,
            });
        }
    }
}

/// Qualifiers are written with the trigger word they refine (قصف جوي), so
/// they must neither hide that trigger nor be hidden by it.
fn is_qualifier(entry: &Entry) -> bool {
    matches!(entry, Entry::Qualifier(_))
}

/// Finds the tokens at both ends of raw hits. Overlapping search reports
/// hits in order of their end, so the cursor only moves forward and a hit's
/// first token is a few steps back; no binary search over the whole article
/// per hit. Out-of-order hits are still handled (the cursor moves back).
struct TokenCursor<'a> {
    tokens: &'a [Token],
    /// Index of the first token that ends at or after the last hit's end.
    at: usize,
}

impl<'a> TokenCursor<'a> {
    /// The tokens that contain the first and the last byte of `[start, end)`
    /// (`end > start`), if those bytes are inside tokens.
    fn locate(&mut self, start: usize, end: usize) -> (Option<&'a Token>, Option<&'a Token>) {
        let tokens = self.tokens;
        let (start, end) = (start as u32, end as u32);
        while self.at < tokens.len() && tokens[self.at].span.end < end {
            self.at += 1;
        }
        while self.at > 0 && tokens[self.at - 1].span.end >= end {
            self.at -= 1;
        }
        let last = tokens.get(self.at).filter(|t| t.span.start < end);
        // The first token that ends after `start`, walking back from `at`.
        let mut i = self.at.min(tokens.len());
        while i > 0 && tokens[i - 1].span.end > start {
            i -= 1;
        }
        let first = tokens.get(i).filter(|t| t.span.start <= start);
        (first, last)
    }
}

/// Checks a raw hit of an Arabic pattern against its first and last token:
/// the letters before it in its first word must be proclitics, the letters
/// after it in its last word enclitics, and it must not cut a number.
fn arabic_hit(
    text: &str,
    first: Option<&Token>,
    last: Option<&Token>,
    start: usize,
    end: usize,
) -> Option<Hit> {
    let mut span_start = start as u32;
    if let Some(first) = first {
        let token_start = first.span.start();
        if token_start < start {
            if first.kind != TokenKind::Word || !is_proclitic(&text[token_start..start]) {
                return None;
            }
            span_start = first.span.start;
        }
    }
    let mut span_end = end as u32;
    if let Some(last) = last {
        let token_end = last.span.end();
        if token_end > end {
            if last.kind != TokenKind::Word || !is_enclitic(&text[end..token_end]) {
                return None;
            }
            // A word with the article takes no pronoun suffix: "المسلحة"
            // (ة folded to ه) is not مسلح + ه.
            let same_word = first.is_some_and(|f| f.span == last.span);
            if same_word && has_article(&text[span_start as usize..start]) {
                return None;
            }
            span_end = last.span.end;
        }
    }
    Some(Hit {
        core: ByteSpan::new(start, end),
        span_start,
        span_end,
        pattern: 0,
    })
}

/// Checks a raw hit of an ASCII pattern: ASCII word boundaries on both sides.
fn latin_hit(text: &str, start: usize, end: usize) -> Option<Hit> {
    let bytes = text.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let open = start == 0 || !is_word(bytes[start - 1]);
    let close = end == bytes.len() || !is_word(bytes[end]);
    (open && close).then(|| Hit {
        core: ByteSpan::new(start, end),
        span_start: start as u32,
        span_end: end as u32,
        pattern: 0,
    })
}

/// Keeps, among hits sorted by core start, those not beaten by an overlapping
/// hit, and calls `keep` on them in order.
///
/// Longest core first, then leftmost: a hit is kept unless it overlaps an
/// already kept hit with a different core span. Hits are processed in
/// clusters of transitively overlapping hits, so the quadratic check only
/// ever runs on the handful of hits around one phrase.
fn resolve_overlaps(hits: &[Hit], mut keep: impl FnMut(&Hit)) {
    let mut order: Vec<usize> = Vec::new();
    let mut kept: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < hits.len() {
        let mut j = i + 1;
        let mut end = hits[i].core.end;
        while j < hits.len() && hits[j].core.start < end {
            end = end.max(hits[j].core.end);
            j += 1;
        }
        if j == i + 1 {
            keep(&hits[i]);
        } else {
            order.clear();
            order.extend(i..j);
            order.sort_by_key(|&k| (Reverse(hits[k].len()), hits[k].core.start));
            kept.clear();
            for &k in &order {
                let core = hits[k].core;
                if kept
                    .iter()
                    .all(|&a| hits[a].core == core || !hits[a].core.overlaps(core))
                {
                    kept.push(k);
                }
            }
            kept.sort_unstable();
            for &k in &kept {
                keep(&hits[k]);
            }
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(tokens: &[Token], pos: usize) -> Option<&Token> {
        tokens
            .iter()
            .find(|t| t.span.start() <= pos && pos < t.span.end())
    }

    #[test]
    fn cursor_finds_the_same_tokens_as_a_naive_search() {
        let analysis = rasid_text::analyze("وقال:  مقتل 12 شخصا (بينهم 3.5 أطفال)، في  القرية.");
        let text = analysis.text();
        let tokens = &analysis.tokens[..];
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let mut spans = Vec::new();
        for (i, &s) in bounds.iter().enumerate() {
            for &e in &bounds[i + 1..] {
                spans.push((s, e));
            }
        }
        // In end order, as the automaton reports them, and in reverse.
        spans.sort_by_key(|&(s, e)| (e, s));
        let mut reversed = spans.clone();
        reversed.reverse();
        for order in [spans, reversed] {
            let mut cursor = TokenCursor { tokens, at: 0 };
            for (s, e) in order {
                let (first, last) = cursor.locate(s, e);
                assert_eq!(first, naive(tokens, s), "first of {s}..{e}");
                assert_eq!(last, naive(tokens, e - 1), "last of {s}..{e}");
            }
        }
    }
}
