//! Parsing the five lexicon files into entries plus what the linter needs
//! (source line, raw texts, examples).
//!
//! TOML files go through serde with `deny_unknown_fields`, so a misspelt key is
//! an error with its line, not a silently ignored field. Names (sub-event,
//! frame, actor type, cue kind) are parsed by hand after serde so the error can
//! name the entry id as well as the line.

use std::ops::Range;

use rasid_core::SubEventType;
use serde::Deserialize;
use toml::Spanned;

use crate::error::{ErrorKind, LexiconError};
use crate::model::{
    Actor, ActorKind, Cue, Direction, Entry, Frame, Nationality, NationalityId, ParseNameError,
    PlaceType, SourceKind, Trigger,
};
use crate::{ActorId, TriggerId};

/// The five files of a lexicon directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum FileKind {
    Actors,
    Triggers,
    Nationalities,
    Qualifiers,
    Cues,
}

impl FileKind {
    pub(crate) const ALL: [FileKind; 5] = [
        FileKind::Actors,
        FileKind::Triggers,
        FileKind::Nationalities,
        FileKind::Qualifiers,
        FileKind::Cues,
    ];

    pub(crate) fn file_name(self) -> &'static str {
        match self {
            FileKind::Actors => "actors.toml",
            FileKind::Triggers => "triggers.toml",
            FileKind::Nationalities => "nationalities.tsv",
            FileKind::Qualifiers => "qualifiers.tsv",
            FileKind::Cues => "cues.tsv",
        }
    }
}

/// The text of the five files and the names to report them by, in
/// [`FileKind::ALL`] order.
pub(crate) struct Sources {
    pub names: [String; 5],
    pub texts: [String; 5],
}

/// One entry as it was read, with everything the linter checks.
#[derive(Clone, Debug)]
pub(crate) struct Record {
    pub entry: Entry,
    pub file: FileKind,
    pub line: usize,
    /// The entry id, or the phrase for TSV rows.
    pub id: String,
    /// The texts that become patterns (aliases and English aliases, forms,
    /// the adjective or phrase).
    pub texts: Vec<String>,
    pub examples: Vec<String>,
    pub counter_examples: Vec<String>,
    pub ambiguous: Vec<String>,
}

impl Record {
    fn row(entry: Entry, file: FileKind, line: usize, phrase: &str) -> Self {
        Record {
            entry,
            file,
            line,
            id: phrase.to_string(),
            texts: vec![phrase.to_string()],
            examples: Vec::new(),
            counter_examples: Vec::new(),
            ambiguous: Vec::new(),
        }
    }
}

/// Everything parsed from a lexicon directory.
#[derive(Default)]
pub(crate) struct Parsed {
    pub actors: Vec<Actor>,
    pub triggers: Vec<Trigger>,
    pub nationalities: Vec<Nationality>,
    pub records: Vec<Record>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorsFile {
    #[serde(default)]
    actor: Vec<Spanned<RawActor>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawActor {
    id: String,
    name: String,
    #[serde(default)]
    country: Option<String>,
    #[serde(rename = "type")]
    kind: String,
    aliases: Vec<String>,
    #[serde(default)]
    english: Vec<String>,
    #[serde(default)]
    generic: bool,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    counter_examples: Vec<String>,
    #[serde(default)]
    ambiguous: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TriggersFile {
    #[serde(default)]
    trigger: Vec<Spanned<RawTrigger>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrigger {
    id: String,
    sub_event: String,
    frame: String,
    forms: Vec<String>,
    #[serde(default)]
    weak: bool,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    counter_examples: Vec<String>,
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The tables of a TOML array of tables, each with the line of its header
/// (its first non-blank line).
fn with_lines<'a, T: 'a>(
    text: &'a str,
    tables: Vec<Spanned<T>>,
) -> impl Iterator<Item = (usize, T)> + 'a {
    tables.into_iter().map(move |table| {
        let span = table.span();
        let skipped = text[span.clone()]
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(0);
        (line_of(text, span.start + skipped), table.into_inner())
    })
}

fn parse_toml<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, LexiconError> {
    toml::from_str(text).map_err(|e| {
        let err = LexiconError::new(name, ErrorKind::Toml(e.message().trim().to_string()));
        match e.span() {
            Some(span) => err.at(line_of(text, span.start)),
            None => err,
        }
    })
}

/// Parses all five files.
pub(crate) fn parse(sources: &Sources) -> Result<Parsed, LexiconError> {
    let mut parsed = Parsed::default();
    for kind in FileKind::ALL {
        let i = kind as usize;
        let (name, text) = (&sources.names[i], sources.texts[i].as_str());
        match kind {
            FileKind::Actors => parse_actors(name, text, &mut parsed)?,
            FileKind::Triggers => parse_triggers(name, text, &mut parsed)?,
            FileKind::Nationalities => parse_nationalities(name, text, &mut parsed)?,
            FileKind::Qualifiers => parse_qualifiers(name, text, &mut parsed)?,
            FileKind::Cues => parse_cues(name, text, &mut parsed)?,
        }
    }
    Ok(parsed)
}

fn parse_actors(name: &str, text: &str, parsed: &mut Parsed) -> Result<(), LexiconError> {
    let file: ActorsFile = parse_toml(name, text)?;
    for (line, raw) in with_lines(text, file.actor) {
        let fail = |kind: ErrorKind| LexiconError::new(name, kind).at(line).entry(&raw.id);
        let kind: ActorKind = raw
            .kind
            .parse()
            .map_err(|e: ParseNameError| fail(e.into()))?;
        let id = ActorId(parsed.actors.len() as u32);
        let texts = raw.aliases.iter().chain(&raw.english).cloned().collect();
        parsed.records.push(Record {
            entry: Entry::Actor(id),
            file: FileKind::Actors,
            line,
            id: raw.id.clone(),
            texts,
            examples: raw.examples,
            counter_examples: raw.counter_examples,
            ambiguous: raw.ambiguous,
        });
        parsed.actors.push(Actor {
            id: raw.id,
            name: raw.name,
            country: raw.country,
            kind,
            generic: raw.generic,
            aliases: raw.aliases,
            english: raw.english,
        });
    }
    Ok(())
}

fn parse_triggers(name: &str, text: &str, parsed: &mut Parsed) -> Result<(), LexiconError> {
    let file: TriggersFile = parse_toml(name, text)?;
    for (line, raw) in with_lines(text, file.trigger) {
        let fail = |kind: ErrorKind| LexiconError::new(name, kind).at(line).entry(&raw.id);
        let sub_event: SubEventType = raw
            .sub_event
            .parse()
            .map_err(|e: rasid_core::UnknownLabel| fail(e.into()))?;
        let frame: Frame = raw
            .frame
            .parse()
            .map_err(|e: ParseNameError| fail(e.into()))?;
        let id = TriggerId(parsed.triggers.len() as u32);
        parsed.records.push(Record {
            entry: Entry::Trigger(id),
            file: FileKind::Triggers,
            line,
            id: raw.id.clone(),
            texts: raw.forms,
            examples: raw.examples,
            counter_examples: raw.counter_examples,
            ambiguous: Vec::new(),
        });
        parsed.triggers.push(Trigger {
            id: raw.id,
            sub_event,
            frame,
            weak: raw.weak,
        });
    }
    Ok(())
}

/// The data rows of a TSV file: 1-based line number and non-empty trimmed
/// fields. `#` starts a comment (also after data); blank lines are skipped.
fn tsv_rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let data = line.split('#').next().unwrap_or("");
        let fields: Vec<&str> = data
            .split('\t')
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .collect();
        (!fields.is_empty()).then_some((i + 1, fields))
    })
}

fn columns(name: &str, line: usize, fields: &[&str], expected: &'static str) -> LexiconError {
    LexiconError::new(
        name,
        ErrorKind::Columns {
            expected,
            found: fields.len(),
        },
    )
    .at(line)
    .entry(fields[0])
}

fn parse_nationalities(name: &str, text: &str, parsed: &mut Parsed) -> Result<(), LexiconError> {
    for (line, fields) in tsv_rows(text) {
        let [adjective, country, military] = fields[..] else {
            return Err(columns(name, line, &fields, "3"));
        };
        let id = NationalityId(parsed.nationalities.len() as u32);
        parsed.records.push(Record::row(
            Entry::Nationality(id),
            FileKind::Nationalities,
            line,
            adjective,
        ));
        parsed.nationalities.push(Nationality {
            adjective: adjective.to_string(),
            country: country.to_string(),
            military: military.to_string(),
        });
    }
    Ok(())
}

fn parse_qualifiers(name: &str, text: &str, parsed: &mut Parsed) -> Result<(), LexiconError> {
    for (line, fields) in tsv_rows(text) {
        let [phrase, sub_event] = fields[..] else {
            return Err(columns(name, line, &fields, "2"));
        };
        let sub_event: SubEventType =
            sub_event.parse().map_err(|e: rasid_core::UnknownLabel| {
                LexiconError::new(name, e.into()).at(line).entry(phrase)
            })?;
        parsed.records.push(Record::row(
            Entry::Qualifier(sub_event),
            FileKind::Qualifiers,
            line,
            phrase,
        ));
    }
    Ok(())
}

fn parse_cues(name: &str, text: &str, parsed: &mut Parsed) -> Result<(), LexiconError> {
    for (line, fields) in tsv_rows(text) {
        let (phrase, kind, value) = match fields[..] {
            [phrase, kind] => (phrase, kind, None),
            [phrase, kind, value] => (phrase, kind, Some(value)),
            _ => return Err(columns(name, line, &fields, "2 or 3")),
        };
        let cue = parse_cue(kind, value)
            .map_err(|e| LexiconError::new(name, e).at(line).entry(phrase))?;
        parsed
            .records
            .push(Record::row(Entry::Cue(cue), FileKind::Cues, line, phrase));
    }
    Ok(())
}

const CUE_KINDS: &str = "hedge, source, negation, opinion, future, threat, background, \
                         habitual, abroad, sports, death, injury, number, day, days_ago, \
                         weekday, month, hijri_month, daypart, place_type, countryside, \
                         direction, near, between";

/// A cue from its kind and value column. A dash (`-`, `–`) means no value.
pub(crate) fn parse_cue(kind: &str, value: Option<&str>) -> Result<Cue, ErrorKind> {
    let value = value.filter(|v| !matches!(*v, "-" | "–" | "—"));
    let bad = |expected: &'static str| ErrorKind::CueValue {
        kind: kind.to_string(),
        value: value.unwrap_or("").to_string(),
        expected,
    };
    let flag = |cue: Cue| match value {
        None => Ok(cue),
        Some(_) => Err(bad("no value")),
    };
    fn int<T: std::str::FromStr + PartialOrd>(v: Option<&str>, range: Range<T>) -> Option<T> {
        v?.parse().ok().filter(|n| range.contains(n))
    }
    match kind {
        "hedge" => flag(Cue::Hedge),
        "negation" => flag(Cue::Negation),
        "opinion" => flag(Cue::Opinion),
        "future" => flag(Cue::Future),
        "threat" => flag(Cue::Threat),
        "background" => flag(Cue::Background),
        "habitual" => flag(Cue::Habitual),
        "abroad" => flag(Cue::Abroad),
        "sports" => flag(Cue::Sports),
        "death" => flag(Cue::Death),
        "injury" => flag(Cue::Injury),
        "daypart" => flag(Cue::Daypart),
        "countryside" => flag(Cue::Countryside),
        "near" => flag(Cue::Near),
        "between" => flag(Cue::Between),
        "source" => Ok(Cue::Source(value.unwrap_or("").parse::<SourceKind>()?)),
        "place_type" => Ok(Cue::PlaceType(value.unwrap_or("").parse::<PlaceType>()?)),
        "direction" => Ok(Cue::Direction(value.unwrap_or("").parse::<Direction>()?)),
        "number" => int(value, 0..u32::MAX)
            .map(Cue::Number)
            .ok_or_else(|| bad("a non-negative integer")),
        "day" => int(value, -366..367)
            .map(Cue::Day)
            .ok_or_else(|| bad("a day offset such as 0 or -1")),
        "days_ago" => int(value, -366..0)
            .map(Cue::DaysAgo)
            .ok_or_else(|| bad("a negative day offset such as -3 or -7")),
        "weekday" => int(value, 0..7)
            .map(Cue::Weekday)
            .ok_or_else(|| bad("0 (Monday) to 6 (Sunday)")),
        "month" => int(value, 1..13)
            .map(Cue::Month)
            .ok_or_else(|| bad("1 to 12")),
        "hijri_month" => int(value, 1..13)
            .map(Cue::HijriMonth)
            .ok_or_else(|| bad("1 to 12")),
        _ => Err(ParseNameError {
            what: "cue kind",
            value: kind.to_string(),
            expected: CUE_KINDS,
        }
        .into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_values() {
        let ok = [
            ("hedge", None, Cue::Hedge),
            ("hedge", Some("–"), Cue::Hedge),
            ("number", Some("30"), Cue::Number(30)),
            ("day", Some("-2"), Cue::Day(-2)),
            ("days_ago", Some("-7"), Cue::DaysAgo(-7)),
            ("weekday", Some("6"), Cue::Weekday(6)),
            ("month", Some("12"), Cue::Month(12)),
            (
                "source",
                Some("medical sources"),
                Cue::Source(SourceKind::MedicalSources),
            ),
            ("place_type", Some("camp"), Cue::PlaceType(PlaceType::Camp)),
            (
                "direction",
                Some("southwest"),
                Cue::Direction(Direction::SouthWest),
            ),
        ];
        for (kind, value, cue) in ok {
            assert_eq!(parse_cue(kind, value).unwrap(), cue, "{kind} {value:?}");
        }
        let bad = [
            ("hedge", Some("1")),
            ("number", None),
            ("number", Some("-1")),
            ("weekday", Some("7")),
            ("month", Some("0")),
            ("source", Some("rumour")),
            ("place", Some("city")),
        ];
        for (kind, value) in bad {
            assert!(parse_cue(kind, value).is_err(), "{kind} {value:?}");
        }
    }

    #[test]
    fn tsv_rows_skip_comments_and_blank_lines() {
        let text = "# header\n\nقتلى\tdeath # plural\n  \t \nيوم\tday\t0\r\n";
        let rows: Vec<_> = tsv_rows(text).collect();
        assert_eq!(
            rows,
            vec![(3, vec!["قتلى", "death"]), (5, vec!["يوم", "day", "0"])]
        );
    }
}
