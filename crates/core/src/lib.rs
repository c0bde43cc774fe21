//! Shared vocabulary of the Rasid pipeline.
//!
//! Every other crate speaks in these types, so they live in a crate with no
//! logic and no heavy dependencies:
//!
//! * [`ByteSpan`] — a half-open byte range into an article's original text.
//!   Inside the pipeline every offset is a byte offset; code points are only
//!   computed when evidence is written ([`CharIndex`]).
//! * [`Article`] — the input record (DESIGN.md section 2).
//! * [`EventRecord`] and [`Evidence`] — the output record (DESIGN.md section 3).
//! * [`SubEventType`] / [`EventType`] — ACLED's ontology (DESIGN.md section 4).
//! * [`dates::Day`] — calendar days for event dates and clustering windows.
#![deny(missing_docs)]

mod article;
pub mod dates;
mod ontology;
mod record;
mod span;

pub use article::Article;
pub use ontology::{EventType, SubEventType, UnknownLabel};
pub use record::{EventRecord, Evidence};
pub use span::{ByteSpan, CharIndex};
