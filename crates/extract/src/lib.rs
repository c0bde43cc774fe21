//! The extraction stage: from one article to ACLED-style event records.
//!
//! ```text
//! Article ─ rasid_text::analyze ─► Analysis (normalized text, tokens, sentences)
//!         ─ Lexicons::scan ──────► lexicon mentions (actors, triggers, cues …)
//!         ─ Gazetteer::find_places ► place mentions ─ places::PlaceTable (cues, resolution)
//!         ─ events ──────────────► one candidate per trigger: type, roles (roles), deaths
//!             ├ events::filter ──► drops negated, future, background, habitual … triggers
//!             ├ events::types ───► the type by who acts against whom
//!             ├ events::place ───► its place (clause, sentence, article; abroad or not)
//!             ├ events::dates ───► its day (not a statement's or a cause's)
//!             └ events::merge ───► one event per happening (type, place, day, agent)
//!         ─ record::build ───────► EventRecord with evidence spans and notes
//! ```
//!
//! Work on one article is a pure function of the article and the immutable
//! [`Pipeline`], so callers run articles in parallel (the CLI uses rayon).
//! Candidates that are dropped are counted with a reason ([`DropReason`]) and
//! shown by [`Pipeline::explain`], never silently lost.
#![deny(missing_docs)]

mod doc;
mod events;
mod fatalities;
mod places;
mod record;
mod roles;

use std::path::{Path, PathBuf};

use rasid_core::{Article, EventRecord};
use rasid_gazetteer::{Gazetteer, GazetteerError};
use rasid_lexicon::{LexiconError, Lexicons};

pub use events::DropReason;

/// A place named in a text, as an event there would be coded
/// ([`Pipeline::locate`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    /// The name as written (original text).
    pub text: String,
    /// GeoNames id of the place coded (0 for built-in rows without one).
    pub geonameid: u64,
    /// English (ASCII) name of the place coded.
    pub name: String,
    /// ISO code of its country.
    pub country_code: String,
    /// Latitude.
    pub latitude: f64,
    /// Longitude.
    pub longitude: f64,
    /// ACLED geo-precision: 1 the place, 2 near it, 3 only its region.
    pub geo_precision: u8,
}

pub use rasid_core::dates::{parse_published, Day};

/// Why an article could not be processed at all.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The article has no text to read.
    #[error("article {article_id}: text is empty")]
    EmptyText {
        /// The article at fault.
        article_id: String,
    },
    /// `published` is present but not a date.
    #[error("article {article_id}: `published` must be YYYY-MM-DD or RFC 3339, got {value:?}")]
    BadDate {
        /// The article at fault.
        article_id: String,
        /// What it said.
        value: String,
    },
}

/// Why a pipeline could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The lexicons did not load.
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    /// The gazetteer index did not load.
    #[error(transparent)]
    Gazetteer(#[from] GazetteerError),
}

/// Where the pipeline's places come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GazetteerSource {
    /// A GeoNames index imported with `rasid gazetteer import` into this directory.
    Imported(PathBuf),
    /// The small built-in list of the region's major places.
    Builtin,
}

/// The immutable, shareable extraction pipeline: lexicons and gazetteer,
/// loaded once.
pub struct Pipeline {
    lexicons: Lexicons,
    gazetteer: Gazetteer,
    gazetteer_source: GazetteerSource,
    include_background: bool,
}

/// Builds a [`Pipeline`]: lexicons from a directory or the embedded defaults,
/// gazetteer from an imported index or the built-in list.
#[derive(Debug, Default, Clone)]
pub struct PipelineBuilder {
    lexicons_dir: Option<PathBuf>,
    gazetteer_dir: Option<PathBuf>,
    include_background: bool,
}

impl PipelineBuilder {
    /// Load lexicons from `dir` instead of the embedded defaults.
    pub fn lexicons(&mut self, dir: Option<&Path>) -> &mut Self {
        self.lexicons_dir = dir.map(Path::to_path_buf);
        self
    }

    /// Look for an imported gazetteer in `dir`; the built-in list is used when
    /// there is none.
    pub fn gazetteer(&mut self, dir: Option<&Path>) -> &mut Self {
        self.gazetteer_dir = dir.map(Path::to_path_buf);
        self
    }

    /// Also emit undated past events the article mentions as background.
    pub fn include_background(&mut self, yes: bool) -> &mut Self {
        self.include_background = yes;
        self
    }

    /// Loads everything.
    pub fn build(&self) -> Result<Pipeline, BuildError> {
        let lexicons = match &self.lexicons_dir {
            Some(dir) => Lexicons::from_dir(dir)?,
            None => Lexicons::embedded()?,
        };
        let (gazetteer, gazetteer_source) = match &self.gazetteer_dir {
            Some(dir) if Gazetteer::is_imported(dir) => (
                Gazetteer::load(dir)?,
                GazetteerSource::Imported(dir.clone()),
            ),
            _ => (Gazetteer::builtin(), GazetteerSource::Builtin),
        };
        Ok(Pipeline {
            lexicons,
            gazetteer,
            gazetteer_source,
            include_background: self.include_background,
        })
    }
}

impl Pipeline {
    /// A builder with the defaults (embedded lexicons, built-in gazetteer).
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// Where the places come from.
    pub fn gazetteer_source(&self) -> &GazetteerSource {
        &self.gazetteer_source
    }

    /// The loaded lexicons.
    pub fn lexicons(&self) -> &Lexicons {
        &self.lexicons
    }

    /// The loaded gazetteer.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Extracts the events of one article.
    pub fn extract(&self, article: &Article) -> Result<Vec<EventRecord>, ExtractError> {
        self.run(article, |doc, outcome| record::build(doc, &outcome.events))
    }

    /// Extracts the events of one article and describes every candidate,
    /// kept or dropped, in a readable dump (for `rasid extract --explain`).
    pub fn explain(&self, article: &Article) -> Result<(Vec<EventRecord>, String), ExtractError> {
        self.run(article, |doc, outcome| {
            (record::build(doc, &outcome.events), outcome.explain(doc))
        })
    }

    /// Analyses one article and hands the outcome to `finish`; the readable
    /// dump is only built when [`Pipeline::explain`] asks for it.
    fn run<T>(
        &self,
        article: &Article,
        finish: impl FnOnce(&doc::Doc, &events::Outcome) -> T,
    ) -> Result<T, ExtractError> {
        if article.text.trim().is_empty() {
            return Err(ExtractError::EmptyText {
                article_id: article.id.clone(),
            });
        }
        let published = match &article.published {
            None => None,
            Some(p) => Some(parse_published(p).ok_or_else(|| ExtractError::BadDate {
                article_id: article.id.clone(),
                value: p.clone(),
            })?),
        };
        let doc = doc::Doc::new(article, published, &self.lexicons, &self.gazetteer);
        let outcome = events::extract_events(&doc, self.include_background);
        Ok(finish(&doc, &outcome))
    }
}

impl Pipeline {
    /// The places of `text` as events there would be coded: each named place
    /// that is not just the container of the one before it ("X في ريف حلب"),
    /// with the place coded (a neighbourhood becomes its city) and the ACLED
    /// precision its cue words give ("قرب X" 2, "ريف X" 3).
    pub fn locate(&self, text: &str) -> Vec<Located> {
        let article = Article {
            id: "locate".into(),
            text: text.into(),
            ..Article::default()
        };
        let doc = doc::Doc::new(&article, None, &self.lexicons, &self.gazetteer);
        let containers: Vec<usize> = (0..doc.places.len())
            .filter_map(|i| places::container_of(&doc, &doc.places, i))
            .collect();
        let mut out = Vec::new();
        for i in 0..doc.places.len() {
            if containers.contains(&i) && i > 0 {
                continue;
            }
            let coded = events::event_place(&doc, i, events::PlaceSource::Clause);
            let hit = &doc.places[coded.hit];
            let Some(r) = &hit.resolution else { continue };
            let p = self.gazetteer.place(r.place);
            out.push(Located {
                text: doc.original(doc.places[i].core).1.to_string(),
                geonameid: p.geonameid,
                name: record::ascii_name(p).to_string(),
                country_code: p.country_code.clone(),
                latitude: p.lat,
                longitude: p.lon,
                geo_precision: coded.precision,
            });
        }
        out
    }

    /// Finds the places of `text` and says which gazetteer entry each one is;
    /// with `explain`, every candidate with its score and the ranking reason.
    pub fn geocode_report(&self, text: &str, explain: bool) -> String {
        use std::fmt::Write as _;
        let article = Article {
            id: "geocode".into(),
            text: text.into(),
            ..Article::default()
        };
        let doc = doc::Doc::new(&article, None, &self.lexicons, &self.gazetteer);
        let gaz = &self.gazetteer;
        let mut out = String::new();
        if doc.places.is_empty() {
            out.push_str("no place names found\n");
        }
        for hit in &doc.places {
            let (_, name) = doc.original(hit.core);
            match &hit.resolution {
                None => {
                    let _ = writeln!(out, "«{name}»: not resolved");
                }
                Some(r) => {
                    let p = gaz.place(r.place);
                    let _ = writeln!(
                        out,
                        "«{name}» → {} ({}, {}) geonameid {} [{:.4}, {:.4}] score {:.2}",
                        p.name,
                        gaz.admin1_name(p).unwrap_or("-"),
                        gaz.country_name(&p.country_code),
                        p.geonameid,
                        p.lat,
                        p.lon,
                        r.score
                    );
                    if explain {
                        let _ = writeln!(out, "    why: {}", r.reason);
                        for (alt, score) in &r.alternatives {
                            let a = gaz.place(*alt);
                            let _ = writeln!(
                                out,
                                "    also: {} ({}, {}) geonameid {} {}/{} score {:.2}",
                                a.name,
                                gaz.admin1_name(a).unwrap_or("-"),
                                a.country_code,
                                a.geonameid,
                                a.feature_class,
                                a.feature_code,
                                score
                            );
                        }
                    }
                }
            }
        }
        out
    }
}
