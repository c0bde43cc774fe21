//! The crate's one error type.

use std::path::PathBuf;

/// What went wrong while importing or loading a gazetteer.
///
/// Every variant names the file at fault, and parse errors its line, so the
/// CLI can print `file:line: message` (DESIGN.md section 1).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GazetteerError {
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A line of an input file is not in the layout its kind requires, and the
    /// file yielded no usable line at all (so it is probably the wrong file).
    #[error("{}:{line}: {message}", path.display())]
    Parse {
        /// The input file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// The file is neither a GeoNames country dump (19 columns), an admin code
    /// table (4 columns) nor an alternate-names table (8 to 10 columns).
    #[error("{}: not a GeoNames file this importer knows ({reason})", path.display())]
    UnknownFile {
        /// The input file.
        path: PathBuf,
        /// Why it was not recognized.
        reason: String,
    },
    /// The inputs had no country dump, so there is nothing to index.
    #[error("no GeoNames country file (19-column dump such as SY.txt) among the inputs")]
    NoCountryFile,
    /// The index file exists but is not one this version can read.
    #[error("{}: {message}; re-run `rasid gazetteer import`", path.display())]
    BadIndex {
        /// The index file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// There is no index in the directory.
    #[error("no gazetteer index in {}; run `rasid gazetteer import`", dir.display())]
    NotImported {
        /// The directory that was searched.
        dir: PathBuf,
    },
}

impl GazetteerError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        GazetteerError::Io {
            path: path.into(),
            source,
        }
    }
}
