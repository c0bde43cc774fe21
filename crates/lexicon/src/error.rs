//! The one error type of this crate: a lexicon file that cannot be loaded.

use std::fmt;

/// A lexicon file could not be read or parsed.
///
/// Displays as `file:line: entry-id: message`, leaving out what is not known,
/// so a linguist can jump to the line.
#[derive(Debug)]
pub struct LexiconError(Box<Inner>);

#[derive(Debug)]
struct Inner {
    file: String,
    line: Option<usize>,
    entry: Option<String>,
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be read.
    #[error("cannot read: {0}")]
    Io(#[source] std::io::Error),
    /// TOML syntax error, unknown field, missing field or wrong value type.
    #[error("{0}")]
    Toml(String),
    /// A TSV row with the wrong number of tab-separated fields.
    #[error("expected {expected} tab-separated fields, found {found}")]
    Columns {
        /// What the file wants, e.g. `"3"` or `"2 or 3"`.
        expected: &'static str,
        /// How many fields the row has.
        found: usize,
    },
    /// A name that is not one of the allowed names (sub-event, frame, actor
    /// type, cue kind, place type, …).
    #[error("{0}")]
    UnknownName(#[from] crate::ParseNameError),
    /// An unknown sub-event type id.
    #[error("{0}")]
    UnknownSubEvent(#[from] rasid_core::UnknownLabel),
    /// A cue value that does not fit its kind.
    #[error("cue {kind} takes {expected}, found {value:?}")]
    CueValue {
        /// The cue kind.
        kind: String,
        /// The value found.
        value: String,
        /// What the kind takes.
        expected: &'static str,
    },
    /// The automaton could not be built (too many or too long patterns).
    #[error("cannot build the matcher: {0}")]
    Automaton(String),
}

impl LexiconError {
    pub(crate) fn new(file: &str, kind: ErrorKind) -> Self {
        LexiconError(Box::new(Inner {
            file: file.to_string(),
            line: None,
            entry: None,
            kind,
        }))
    }

    pub(crate) fn at(mut self, line: usize) -> Self {
        self.0.line = Some(line);
        self
    }

    pub(crate) fn entry(mut self, entry: &str) -> Self {
        self.0.entry = Some(entry.to_string());
        self
    }

    /// The file, as given to the loader (`lexicons/actors.toml` for the embedded set).
    pub fn file(&self) -> &str {
        &self.0.file
    }

    /// 1-based line number, when known.
    pub fn line(&self) -> Option<usize> {
        self.0.line
    }

    /// The entry id (or TSV phrase), when known.
    pub fn entry_id(&self) -> Option<&str> {
        self.0.entry.as_deref()
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0.kind
    }
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.0;
        f.write_str(&inner.file)?;
        if let Some(line) = inner.line {
            write!(f, ":{line}")?;
        }
        if let Some(entry) = &inner.entry {
            write!(f, ": {entry}")?;
        }
        write!(f, ": {}", inner.kind)
    }
}

impl std::error::Error for LexiconError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.0.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}
