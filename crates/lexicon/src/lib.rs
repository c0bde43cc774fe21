//! Rasid's lexicons: which words of Arabic news mean what.
//!
//! This crate owns the step from the data files in `lexicons/` (format:
//! `lexicons/README.md`) to [`Mention`]s in an analyzed article:
//!
//! * **Loading** — [`Lexicons::embedded`] (the files compiled into the binary)
//!   or [`Lexicons::from_dir`] (a linguist's working copy) parses `actors.toml`,
//!   `triggers.toml`, `nationalities.tsv`, `qualifiers.tsv` and `cues.tsv`.
//!   Every error says `file:line: entry-id: what`.
//! * **Compiling** — every alias, form, adjective and phrase goes through the
//!   *same* normalizer as article text ([`rasid_text::normalize_str`]), loses a
//!   leading article on its first word, and becomes a pattern of one
//!   Aho-Corasick automaton built once at load. Entries are owned here and
//!   addressed by small ids ([`ActorId`], [`TriggerId`], [`NationalityId`]).
//! * **Matching** — [`Lexicons::scan`] reports an entry only where the letters
//!   around it are legal clitics ([`rasid_text::clitics`]): `والميليشيات` and
//!   `ميليشياتها` match the entry `ميليشيات`, `للحرس الثوري` matches
//!   `الحرس الثوري`, but `يقصف` does not match the entry `قصف` (ي is not a
//!   proclitic). Longer
//!   matches win over shorter overlapping ones, so the actor `هيئة تحرير الشام`
//!   hides the trigger `تحرير`.
//! * **Linting** — [`Lexicons::lint`] / [`check_dir`] find what loads but is
//!   wrong: duplicate or malformed ids, aliases that vanish under
//!   normalization, aliases shared between actors without an `ambiguous`
//!   note, and `examples` / `counter_examples` that do not behave.
//!
//! Why one automaton with a clitic check afterwards rather than a stemmer or
//! generated variants: Arabic attaches conjunctions, prepositions, the article
//! and pronouns to the word, and stemmers guess (and guess differently for
//! names). Accepting a raw hit only when the surrounding letters are exactly a
//! legal clitic sequence keeps the lexicon files plain (one bare form per
//! entry), keeps the automaton small, and never splits a name like البانيا.
//!
//! ```
//! use rasid_lexicon::{Entry, Lexicons};
//! # fn main() -> Result<(), rasid_lexicon::LexiconError> {
//! let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic");
//! let lexicons = Lexicons::from_dir(&dir)?;
//! let analysis = rasid_text::analyze("وشنت الطائرات غارات على البلدة");
//! let mentions = lexicons.scan(&analysis);
//! let trigger = mentions
//!     .iter()
//!     .find_map(|m| match m.entry {
//!         Entry::Trigger(id) => Some(lexicons.trigger(id)),
//!         _ => None,
//!     })
//!     .expect("غارات is a trigger form");
//! assert_eq!(trigger.sub_event.id(), "air_strike");
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]

mod error;
mod lint;
mod load;
mod matcher;
mod model;

use std::path::Path;

pub use error::{ErrorKind, LexiconError};
pub use lint::LintIssue;
pub use matcher::{pattern_of, Mention};
pub use model::{
    Actor, ActorId, ActorKind, Cue, Direction, Entry, Frame, Nationality, NationalityId,
    ParseNameError, PlaceType, SourceKind, Trigger, TriggerId,
};

use load::{FileKind, Record, Sources};
use matcher::{Matcher, MatcherBuilder};

/// All lexicon entries and the compiled automaton that finds them.
///
/// Built once (loading compiles the automaton), immutable afterwards, and
/// `Send + Sync`: share it across threads behind an `Arc` or a reference.
#[derive(Debug)]
pub struct Lexicons {
    actors: Vec<Actor>,
    triggers: Vec<Trigger>,
    nationalities: Vec<Nationality>,
    records: Vec<Record>,
    files: [String; 5],
    matcher: Matcher,
}

const EMBEDDED: [&str; 5] = [
    include_str!("../../../lexicons/actors.toml"),
    include_str!("../../../lexicons/triggers.toml"),
    include_str!("../../../lexicons/nationalities.tsv"),
    include_str!("../../../lexicons/qualifiers.tsv"),
    include_str!("../../../lexicons/cues.tsv"),
];

impl Lexicons {
    /// The lexicons compiled into this binary (the repository's `lexicons/`).
    ///
    /// Errors name files as `lexicons/<file>`.
    pub fn embedded() -> Result<Lexicons, LexiconError> {
        Lexicons::from_sources(Sources {
            names: FileKind::ALL.map(|k| format!("lexicons/{}", k.file_name())),
            texts: EMBEDDED.map(str::to_string),
        })
    }

    /// Loads the five lexicon files from `dir`.
    pub fn from_dir(dir: &Path) -> Result<Lexicons, LexiconError> {
        let mut names: [String; 5] = Default::default();
        let mut texts: [String; 5] = Default::default();
        for kind in FileKind::ALL {
            let path = dir.join(kind.file_name());
            let name = path.display().to_string();
            texts[kind as usize] = std::fs::read_to_string(&path)
                .map_err(|e| LexiconError::new(&name, ErrorKind::Io(e)))?;
            names[kind as usize] = name;
        }
        Lexicons::from_sources(Sources { names, texts })
    }

    fn from_sources(sources: Sources) -> Result<Lexicons, LexiconError> {
        let parsed = load::parse(&sources)?;
        let mut builder = MatcherBuilder::default();
        for record in &parsed.records {
            for text in &record.texts {
                builder.add(text, record.entry);
            }
        }
        let matcher = builder.build(&sources.names[0])?;
        Ok(Lexicons {
            actors: parsed.actors,
            triggers: parsed.triggers,
            nationalities: parsed.nationalities,
            records: parsed.records,
            files: sources.names,
            matcher,
        })
    }

    /// Every mention of a lexicon entry in the analyzed text, sorted by
    /// `span.start`.
    ///
    /// A raw occurrence counts only when the letters before it in its word are
    /// a legal proclitic sequence, the letters after it in its word a legal
    /// enclitic, and it does not cut a number; ASCII entries need ASCII word
    /// boundaries instead. Of overlapping occurrences the longer core wins;
    /// of equally long ones the leftmost. One text can stand for several
    /// entries (مقتل is a trigger and a death cue): each gets a mention with
    /// the same spans. Qualifiers are resolved among themselves only: they
    /// are written with the trigger they refine (قصف جوي), so they neither
    /// hide that trigger nor are hidden by it.
    pub fn scan(&self, analysis: &rasid_text::Analysis) -> Vec<Mention> {
        self.matcher.scan(analysis)
    }

    /// The actor with this id.
    ///
    /// # Panics
    /// When the id does not come from these lexicons.
    pub fn actor(&self, id: ActorId) -> &Actor {
        &self.actors[id.0 as usize]
    }

    /// The trigger with this id.
    ///
    /// # Panics
    /// When the id does not come from these lexicons.
    pub fn trigger(&self, id: TriggerId) -> &Trigger {
        &self.triggers[id.0 as usize]
    }

    /// The nationality row with this id.
    ///
    /// # Panics
    /// When the id does not come from these lexicons.
    pub fn nationality(&self, id: NationalityId) -> &Nationality {
        &self.nationalities[id.0 as usize]
    }

    /// All actors, indexed by [`ActorId`].
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// All triggers, indexed by [`TriggerId`].
    pub fn triggers(&self) -> &[Trigger] {
        &self.triggers
    }

    /// All nationality rows, indexed by [`NationalityId`].
    pub fn nationalities(&self) -> &[Nationality] {
        &self.nationalities
    }

    /// Number of distinct patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.matcher.pattern_count()
    }

    /// Problems that do not stop loading (see the `lint` module docs);
    /// empty when the lexicons are clean.
    pub fn lint(&self) -> Vec<LintIssue> {
        lint::lint(self)
    }

    pub(crate) fn records(&self) -> &[Record] {
        &self.records
    }

    pub(crate) fn file_name(&self, kind: FileKind) -> &str {
        &self.files[kind as usize]
    }
}

#[cfg(test)]
impl Lexicons {
    /// Builds lexicons from file texts, in [`FileKind::ALL`] order, named by
    /// their bare file names.
    pub(crate) fn from_texts(texts: [&str; 5]) -> Result<Lexicons, LexiconError> {
        Lexicons::from_sources(Sources {
            names: FileKind::ALL.map(|k| k.file_name().to_string()),
            texts: texts.map(str::to_string),
        })
    }
}

#[cfg(test)]
mod tests;

/// Loads the lexicons in `dir` and lints them: what `rasid lexicon check DIR`
/// runs. A load error is returned as `Err`; lint issues as `Ok`.
pub fn check_dir(dir: &Path) -> Result<Vec<LintIssue>, LexiconError> {
    Ok(Lexicons::from_dir(dir)?.lint())
}
