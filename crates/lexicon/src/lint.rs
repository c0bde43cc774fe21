//! Checks that keep the lexicon files honest (`rasid lexicon check DIR` and
//! the `shipped_lexicons_pass_lints` test).
//!
//! Loading already rejects what cannot be understood (syntax, unknown names).
//! Linting finds what loads but is wrong: duplicate or malformed ids, aliases
//! that vanish or change under normalization, an alias shared by two actors
//! without saying so, and examples that do not behave as the entry claims.

use std::collections::HashMap;
use std::fmt;

use rasid_core::SubEventType;
use rasid_text::normalize_str;

use crate::load::{FileKind, Record};
use crate::matcher::pattern_of;
use crate::model::Entry;
use crate::Lexicons;

/// One problem found by [`Lexicons::lint`].
///
/// Displays as `file: entry-id: message`; for TSV rows the entry id is the
/// phrase of the row.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LintIssue {
    /// The file, as given to the loader.
    pub file: String,
    /// 1-based line of the entry.
    pub line: usize,
    /// The entry id (TSV rows: the phrase).
    pub entry: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for LintIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.entry, self.message)
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('/').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        })
}

/// Why an id does not have the form its file requires, if it does not.
fn id_problem(record: &Record, lexicons: &Lexicons) -> Option<String> {
    match record.entry {
        Entry::Actor(_) => match record.id.strip_prefix("actor/") {
            Some(slug) if is_slug(slug) => None,
            _ => Some("id must be `actor/` + an ascii slug (a-z 0-9 - _)".into()),
        },
        Entry::Trigger(id) => {
            let sub_event = lexicons.trigger(id).sub_event;
            let rest = record.id.strip_prefix("trigger/");
            let (head, slug) = rest.and_then(|r| r.split_once('/')).unwrap_or(("", ""));
            if head == sub_event.id() && is_slug(slug) {
                None
            } else if head != sub_event.id() && head.parse::<SubEventType>().is_ok() {
                Some(format!(
                    "id names sub-event `{head}` but sub_event is `{}`",
                    sub_event.id()
                ))
            } else {
                Some(format!(
                    "id must be `trigger/{}/` + an ascii slug (a-z 0-9 - _)",
                    sub_event.id()
                ))
            }
        }
        _ => None,
    }
}

/// Tashkeel, superscript alef and presentation forms: none may survive
/// normalization.
fn is_residue(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// What is wrong with one entry text on its own, if anything.
fn text_problem(text: &str) -> Option<String> {
    if pattern_of(text).is_empty() {
        Some(format!("{text:?} normalizes to nothing"))
    } else {
        normalization_problem(text, normalize_str)
    }
}

/// The normalized form must be a fixed point without tashkeel or
/// presentation forms; otherwise article text and entry can disagree.
fn normalization_problem(text: &str, normalize: impl Fn(&str) -> String) -> Option<String> {
    let normalized = normalize(text);
    (normalized.chars().any(is_residue) || normalize(&normalized) != normalized).then(|| {
        format!(
            "{text:?} still changes after normalization ({normalized:?}); the normalizer misses a form"
        )
    })
}

pub(crate) fn lint(lexicons: &Lexicons) -> Vec<LintIssue> {
    let mut issues = Vec::new();
    let records = lexicons.records();
    let mut report = |record: &Record, message: String| {
        issues.push(LintIssue {
            file: lexicons.file_name(record.file).to_string(),
            line: record.line,
            entry: record.id.clone(),
            message,
        });
    };

    let mut first_with_id: HashMap<&str, &Record> = HashMap::new();
    // Pattern -> actors (record indices) that have it as an alias.
    let mut actors_by_alias: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, record) in records.iter().enumerate() {
        if matches!(record.file, FileKind::Actors | FileKind::Triggers) {
            if let Some(first) = first_with_id.get(record.id.as_str()) {
                let message = format!("duplicate id (first at line {})", first.line);
                report(record, message);
            } else {
                first_with_id.insert(&record.id, record);
            }
        }
        if let Some(problem) = id_problem(record, lexicons) {
            report(record, problem);
        }
        if record.texts.is_empty() {
            report(record, "has no aliases or forms".into());
        }
        for text in &record.texts {
            if let Some(problem) = text_problem(text) {
                report(record, problem);
            }
        }
        if let Entry::Actor(id) = record.entry {
            let actor = lexicons.actor(id);
            if actor.generic != actor.name.contains("{country}") {
                report(
                    record,
                    "`generic = true` and `{country}` in the name go together".into(),
                );
            }
            let mut own: Vec<String> = record.texts.iter().map(|t| pattern_of(t)).collect();
            own.sort();
            own.dedup();
            for pattern in own.into_iter().filter(|p| !p.is_empty()) {
                actors_by_alias.entry(pattern).or_default().push(i);
            }
            for alias in &record.ambiguous {
                if !record
                    .texts
                    .iter()
                    .any(|t| pattern_of(t) == pattern_of(alias))
                {
                    report(
                        record,
                        format!("ambiguous alias {alias:?} is not one of its aliases"),
                    );
                }
            }
        }
        check_examples(lexicons, record, &mut report);
    }

    let mut shared: Vec<(&String, &Vec<usize>)> = actors_by_alias
        .iter()
        .filter(|(_, v)| v.len() > 1)
        .collect();
    shared.sort_by_key(|(_, v)| v[0]);
    for (pattern, owners) in shared {
        for &i in owners {
            let record = &records[i];
            if record.ambiguous.iter().any(|a| pattern_of(a) == *pattern) {
                continue;
            }
            let others: Vec<&str> = owners
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| records[j].id.as_str())
                .collect();
            report(
                record,
                format!(
                    "alias {pattern:?} is also an alias of {}; list it in `ambiguous` if both are meant",
                    others.join(", ")
                ),
            );
        }
    }
    issues
}

/// Every example must yield a mention of the entry, no counter-example may.
fn check_examples(lexicons: &Lexicons, record: &Record, report: &mut impl FnMut(&Record, String)) {
    let mentions = |sentence: &str| {
        let analysis = rasid_text::analyze(sentence);
        lexicons
            .scan(&analysis)
            .iter()
            .any(|m| m.entry == record.entry)
    };
    for example in &record.examples {
        if !mentions(example) {
            report(record, format!("example does not match: {example:?}"));
        }
    }
    for counter in &record.counter_examples {
        if mentions(counter) {
            report(record, format!("counter-example matches: {counter:?}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn residue_after_normalization_is_reported() {
        // A normalizer that forgets tashkeel and presentation forms.
        let forgetful = |s: &str| s.to_string();
        assert!(normalization_problem("قُتِل", forgetful).is_some());
        assert!(normalization_problem("\u{FEFB}", forgetful).is_some());
        // One that is not idempotent.
        let unstable = |s: &str| format!("{s}x");
        assert!(normalization_problem("قتل", unstable).is_some());
        // The real one leaves nothing behind.
        assert_eq!(normalization_problem("قُتِلَ \u{FEFB}", normalize_str), None);
    }

    #[test]
    fn slugs() {
        for ok in ["israel-military", "syria/army", "a_b1"] {
            assert!(is_slug(ok), "{ok}");
        }
        for bad in ["", "Israel", "a b", "a//b", "جيش", "a/"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
