//! Reading GeoNames dump files.
//!
//! Four kinds of file are read, recognized by name and checked by column
//! count:
//!
//! | kind | name | columns |
//! | --- | --- | --- |
//! | country dump (`SY.txt`, `allCountries.txt`, `cities500.txt`) | anything else | 19 |
//! | admin1 names | `admin1CodesASCII.txt` | 4, code `CC.A1` |
//! | admin2 names | `admin2Codes.txt` | 4, code `CC.A1.A2` |
//! | alternate names | `alternateNamesV2.txt`, `alternateNames.txt` | 8 to 10 |
//!
//! Files are processed admin tables first, then country dumps (in the order
//! given; a geonameid seen again replaces the earlier row), then alternate
//! names (rows with isolanguage `ar` whose place was imported; historic
//! names are skipped, a preferred name becomes `name_ar`).
//!
//! **Malformed lines** (wrong column count, unparseable number, invalid
//! UTF-8) are skipped and counted in [`ImportStats::skipped_lines`], with the
//! first few described in [`ImportStats::warnings`] as `file:line: reason`:
//! one bad line in a multi-million-line dump should not stop an import. A file
//! in which *no* line parses is the wrong file, and is an error naming its
//! first bad line. Empty lines and lines starting with `#` are ignored.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use crate::build::{AdminName, Builder};
use crate::names::is_arabic_script;
use crate::{GazetteerError, Place};

/// What an import did.
#[derive(Clone, Debug, Default)]
pub struct ImportStats {
    /// Places imported from the files.
    pub places: usize,
    /// Curated regions and neighbourhoods added to them
    /// (`data/regions.tsv`, `data/neighbourhoods.tsv`).
    pub curated: usize,
    /// Built-in places added for countries the files do not cover
    /// (Israel's towns, when no IL file is imported).
    pub builtin: usize,
    /// Distinct normalized names in the index.
    pub names: usize,
    /// Input files read.
    pub files: usize,
    /// Wall-clock seconds the import took.
    pub seconds: f64,
    /// Lines skipped as malformed.
    pub skipped_lines: usize,
    /// The first few skipped lines, as `file:line: reason`.
    pub warnings: Vec<String>,
    /// Size of the written index in bytes.
    pub index_bytes: u64,
}

const MAX_WARNINGS: usize = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Admin1,
    Admin2,
    Country,
    AlternateNames,
}

/// Guesses a file's kind from its name, then checks it against the column
/// count of its first data line.
fn classify(path: &Path) -> Result<Kind, GazetteerError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let unknown = |reason: String| GazetteerError::UnknownFile {
        path: path.into(),
        reason,
    };
    if name.ends_with(".zip") || name.ends_with(".gz") {
        return Err(unknown("compressed; unpack it first".into()));
    }
    let first = first_data_line(path)?;
    let Some(line) = first else {
        return Err(unknown("the file is empty".into()));
    };
    let cols = line.split('\t').count();
    let by_cols = match cols {
        19 => Some(Kind::Country),
        4 => match line.split('\t').next().unwrap_or("").matches('.').count() {
            1 => Some(Kind::Admin1),
            2 => Some(Kind::Admin2),
            _ => None,
        },
        8..=10 => Some(Kind::AlternateNames),
        _ => None,
    };
    let by_name = if name.starts_with("admin1codes") {
        Some(Kind::Admin1)
    } else if name.starts_with("admin2codes") {
        Some(Kind::Admin2)
    } else if name.starts_with("alternatenames") {
        Some(Kind::AlternateNames)
    } else {
        None
    };
    match (by_name, by_cols) {
        (Some(n), Some(c)) if n == c => Ok(n),
        (Some(n), _) => Err(unknown(format!(
            "named like {n:?} but its first line has {cols} tab-separated columns"
        ))),
        (None, Some(c)) => Ok(c),
        (None, None) => Err(unknown(format!(
            "first line has {cols} tab-separated columns; expected 19 (country dump), 4 (admin codes) or 8-10 (alternate names)"
        ))),
    }
}

fn first_data_line(path: &Path) -> Result<Option<String>, GazetteerError> {
    let mut first = None;
    data_lines(path, |_, line| {
        first = Some(line.unwrap_or_default().to_string());
        false
    })?;
    Ok(first)
}

/// Calls `f(line_no, line)` for each data line of a file (not empty, not a
/// `#` comment), without the line break; `line` is `None` for a line that is
/// not UTF-8. Stops early when `f` returns false.
fn data_lines(
    path: &Path,
    mut f: impl FnMut(usize, Option<&str>) -> bool,
) -> Result<(), GazetteerError> {
    let file = File::open(path).map_err(|e| GazetteerError::io(path, e))?;
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let mut buf = Vec::with_capacity(4096);
    let mut line_no = 0usize;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| GazetteerError::io(path, e))?;
        if n == 0 {
            return Ok(());
        }
        line_no += 1;
        let line = std::str::from_utf8(&buf)
            .ok()
            .map(|l| l.trim_end_matches(['\n', '\r']));
        if line.is_some_and(|l| l.trim().is_empty() || l.starts_with('#')) {
            continue;
        }
        if !f(line_no, line) {
            return Ok(());
        }
    }
}

/// Reads one file line by line, handing each data line to `f`, which returns
/// `Err(reason)` for a malformed line; counts and reports those.
struct LineReader<'s> {
    stats: &'s mut ImportStats,
}

impl LineReader<'_> {
    fn each(
        &mut self,
        path: &Path,
        mut f: impl FnMut(&str) -> Result<(), String>,
    ) -> Result<(), GazetteerError> {
        let mut good = 0usize;
        let mut first_bad: Option<(usize, String)> = None;
        let stats = &mut *self.stats;
        data_lines(path, |line_no, line| {
            let result = match line {
                None => Err("invalid UTF-8".to_string()),
                Some(line) => f(line),
            };
            match result {
                Ok(()) => good += 1,
                Err(reason) => {
                    stats.skipped_lines += 1;
                    if stats.warnings.len() < MAX_WARNINGS {
                        stats
                            .warnings
                            .push(format!("{}:{line_no}: {reason}", path.display()));
                    }
                    if first_bad.is_none() {
                        first_bad = Some((line_no, reason));
                    }
                }
            }
            true
        })?;
        match first_bad {
            Some((line, message)) if good == 0 => Err(GazetteerError::Parse {
                path: path.into(),
                line,
                message,
            }),
            _ => Ok(()),
        }
    }
}

fn parse_admin(line: &str, depth: usize) -> Result<AdminName, String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != 4 {
        return Err(format!("expected 4 columns, found {}", cols.len()));
    }
    let parts: Vec<&str> = cols[0].split('.').collect();
    if parts.len() != depth + 1 || parts.iter().any(|p| p.is_empty()) {
        return Err(format!("bad admin code {:?}", cols[0]));
    }
    // Column 3 is the ASCII name; fall back to the name column.
    let name = if cols[2].is_empty() { cols[1] } else { cols[2] };
    Ok(AdminName {
        country: parts[0].to_string(),
        admin1: parts[1].to_string(),
        admin2: parts.get(2).map(|s| s.to_string()).unwrap_or_default(),
        name: name.to_string(),
    })
}

/// Whether the Latin alternate names of a place are indexed: those of
/// places the news may name in English (towns with a population, seats of
/// admin areas, admin areas, countries); a hamlet's dozen European spellings
/// would only bloat the index.
fn latin_alternates_wanted(p: &Place) -> bool {
    p.population >= 1000
        || matches!(
            p.feature_code.as_str(),
            "PPLC" | "PPLA" | "PPLA2" | "PPLA3" | "ADM1" | "ADM2"
        )
        || p.is_country()
}

/// Parses one 19-column GeoNames row into a place, its Arabic-script names
/// and its Latin alternate names (only when [`latin_alternates_wanted`]).
pub(crate) fn parse_country_row(line: &str) -> Result<(Place, Vec<String>, Vec<String>), String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != 19 {
        return Err(format!("expected 19 columns, found {}", cols.len()));
    }
    let geonameid: u64 = cols[0]
        .parse()
        .map_err(|_| format!("bad geonameid {:?}", cols[0]))?;
    let lat: f64 = cols[4]
        .parse()
        .map_err(|_| format!("bad latitude {:?}", cols[4]))?;
    let lon: f64 = cols[5]
        .parse()
        .map_err(|_| format!("bad longitude {:?}", cols[5]))?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(format!("coordinates out of range: {lat}, {lon}"));
    }
    let population = if cols[14].is_empty() {
        0
    } else {
        cols[14]
            .parse::<i64>()
            .map_err(|_| format!("bad population {:?}", cols[14]))?
            .max(0) as u64
    };
    let arabic: Vec<String> = cols[3]
        .split(',')
        .filter(|n| is_arabic_script(n))
        .map(str::to_string)
        .collect();
    let name = cols[1].to_string();
    let asciiname = if cols[2].is_empty() {
        name.clone()
    } else {
        cols[2].to_string()
    };
    let latin: Vec<String> = cols[3]
        .split(',')
        .filter(|n| !n.is_empty() && !is_arabic_script(n))
        .map(str::to_string)
        .collect();
    let place = Place {
        geonameid,
        name,
        asciiname,
        name_ar: first_arabic(&arabic),
        lat,
        lon,
        feature_class: cols[6].chars().next().unwrap_or(' '),
        feature_code: cols[7].to_string(),
        country_code: cols[8].to_string(),
        admin1_code: cols[10].to_string(),
        admin2_code: cols[11].to_string(),
        population,
    };
    let latin = if latin_alternates_wanted(&place) {
        latin
    } else {
        Vec::new()
    };
    Ok((place, arabic, latin))
}

/// The first name that is Arabic rather than Kurdish/Persian spelling.
fn first_arabic(names: &[String]) -> Option<String> {
    let arabic_only = |n: &&String| {
        !n.chars().any(|c| {
            matches!(
                c,
                'ی' | 'ک' | 'ە' | 'ێ' | 'ۆ' | 'ڕ' | 'ڵ' | 'پ' | 'چ' | 'ژ' | 'گ' | 'ہ' | 'ے'
            )
        })
    };
    names
        .iter()
        .find(arabic_only)
        .or_else(|| names.first())
        .cloned()
}

/// What one alternateNames row adds to an imported place.
#[derive(Debug, PartialEq)]
enum Alternate {
    /// An Arabic name; `main` when it should become the place's `name_ar`
    /// (preferred, and neither a short nor a colloquial form).
    Arabic { id: u64, name: String, main: bool },
    /// A Latin-script name, indexed under its transliteration key.
    Latin { id: u64, name: String },
}

/// isolanguage codes of alternateNames rows that are not names.
const NOT_NAMES: &[&str] = &[
    "link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "phon", "piny", "tcid",
    "fr_1793",
];

/// Arabic and its spoken varieties (Egyptian, Levantine, Mesopotamian …).
fn is_arabic_language(code: &str) -> bool {
    matches!(
        code,
        "ar" | "arz" | "apc" | "ajp" | "acm" | "afb" | "ayl" | "ary" | "aeb" | "arq"
    )
}

/// Parses one alternateNames row (columns: alternateNameId, geonameid,
/// isolanguage, alternate name, isPreferredName, isShortName, isColloquial,
/// isHistoric, from, to). Historic names and names no longer used (`to`
/// set) are skipped; so are codes, links and postcodes. An Arabic-script
/// name with no language is taken as Arabic.
fn parse_alternate(line: &str) -> Result<Option<Alternate>, String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if !(8..=10).contains(&cols.len()) {
        return Err(format!("expected 8 to 10 columns, found {}", cols.len()));
    }
    let flag = |k: usize| cols.get(k).is_some_and(|v| *v == "1");
    let ended = cols.get(9).is_some_and(|v| !v.trim().is_empty());
    let (lang, name) = (cols[2], cols[3].trim());
    if flag(7) || ended || name.is_empty() || NOT_NAMES.contains(&lang) {
        return Ok(None);
    }
    let id: u64 = cols[1]
        .parse()
        .map_err(|_| format!("bad geonameid {:?}", cols[1]))?;
    let name = name.to_string();
    if is_arabic_script(&name) {
        if !(is_arabic_language(lang) || lang.is_empty()) {
            return Ok(None); // Persian, Kurdish, Urdu … spellings
        }
        let main = is_arabic_language(lang) && flag(4) && !flag(5) && !flag(6);
        return Ok(Some(Alternate::Arabic { id, name, main }));
    }
    Ok(Some(Alternate::Latin { id, name }))
}

/// Reads the given files into a builder.
pub(crate) fn read_files(
    files: &[PathBuf],
    stats: &mut ImportStats,
) -> Result<Builder, GazetteerError> {
    let mut kinds = Vec::with_capacity(files.len());
    for f in files {
        kinds.push((classify(f)?, f));
    }
    if !kinds.iter().any(|(k, _)| *k == Kind::Country) {
        return Err(GazetteerError::NoCountryFile);
    }
    kinds.sort_by_key(|(k, _)| *k); // stable: keeps the given order per kind
    let mut b = Builder::default();
    for (kind, path) in kinds {
        stats.files += 1;
        let mut reader = LineReader { stats };
        match kind {
            Kind::Admin1 | Kind::Admin2 => {
                let depth = if kind == Kind::Admin1 { 1 } else { 2 };
                reader.each(path, |line| {
                    b.add_admin(parse_admin(line, depth)?);
                    Ok(())
                })?;
            }
            Kind::Country => {
                reader.each(path, |line| {
                    let (place, arabic, latin) = parse_country_row(line)?;
                    let i = b.add_place(place, arabic);
                    for name in &latin {
                        b.add_latin_alternate(i, name);
                    }
                    Ok(())
                })?;
            }
            Kind::AlternateNames => {
                reader.each(path, |line| {
                    match parse_alternate(line)? {
                        Some(Alternate::Arabic { id, name, main }) => {
                            if let Some(i) = b.index_of(id) {
                                let i = i as usize;
                                if main || b.places[i].name_ar.is_none() {
                                    b.places[i].name_ar = Some(name.clone());
                                }
                                if !b.arabic[i].contains(&name) {
                                    b.arabic[i].push(name);
                                }
                            }
                        }
                        Some(Alternate::Latin { id, name }) => {
                            if let Some(i) = b.index_of(id) {
                                if latin_alternates_wanted(&b.places[i as usize]) {
                                    b.add_latin_alternate(i, &name);
                                }
                            }
                        }
                        None => {}
                    }
                    Ok(())
                })?;
            }
        }
    }
    Ok(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_country_row() {
        let line = "170794\tDeir ez-Zor\tDeir ez-Zor\tدير الزور,Deir al-Zor,دیرالزور\t35.33588\t40.14084\tP\t\tSY\t\t07\t\t\t\t271800\t\t\tAsia/Damascus\t";
        let (p, ar, latin) = parse_country_row(line).unwrap();
        assert_eq!(latin, vec!["Deir al-Zor"]);
        assert_eq!(p.geonameid, 170794);
        assert_eq!(p.feature_class, 'P');
        assert_eq!(p.feature_code, "");
        assert_eq!(p.admin1_code, "07");
        assert_eq!(p.population, 271800);
        assert_eq!(p.name_ar.as_deref(), Some("دير الزور"));
        assert_eq!(ar, vec!["دير الزور", "دیرالزور"]);
    }

    #[test]
    fn rejects_malformed_rows() {
        assert!(parse_country_row("1\ta")
            .unwrap_err()
            .contains("19 columns"));
        let bad_lat = "1\ta\ta\t\tx\t1\tP\tPPL\tSY\t\t01\t\t\t\t0\t\t\t\t";
        assert!(parse_country_row(bad_lat).unwrap_err().contains("latitude"));
        assert!(parse_admin("SY\tx\tx\t1", 1).is_err());
        assert_eq!(
            parse_admin("SY.07\tDayr\tDeir ez-Zor\t170792", 1)
                .unwrap()
                .name,
            "Deir ez-Zor"
        );
    }

    #[test]
    fn alternate_rows_keep_arabic_and_drop_historic() {
        let arabic = |name: &str, main| {
            Some(Alternate::Arabic {
                id: 170794,
                name: name.into(),
                main,
            })
        };
        let row = |cols: &str| parse_alternate(cols).unwrap();
        assert_eq!(
            row("1\t170794\tar\tدير الزور\t1\t\t\t\t\t"),
            arabic("دير الزور", true)
        );
        assert_eq!(
            row("1\t170794\tar\tديرالزور\t\t\t\t\t\t"),
            arabic("ديرالزور", false)
        );
        // Short and colloquial names are indexed but never the main name.
        assert_eq!(
            row("1\t170794\tar\tالدير\t1\t1\t\t\t\t"),
            arabic("الدير", false)
        );
        assert_eq!(
            row("1\t170794\tar\tالديري\t1\t\t1\t\t\t"),
            arabic("الديري", false)
        );
        assert_eq!(
            row("1\t170794\t\tدير الزور\t\t\t\t\t\t"),
            arabic("دير الزور", false)
        );
        assert_eq!(row("1\t170794\tar\tقديم\t\t\t\t1\t\t"), None);
        assert_eq!(row("1\t170794\tar\tقديم\t\t\t\t\t1900\t1950"), None);
        assert_eq!(row("1\t170794\tfa\tدیر الزور\t\t\t\t\t\t"), None);
        assert_eq!(row("1\t170794\tlink\thttps://x\t\t\t\t\t\t"), None);
        assert_eq!(
            row("1\t170794\ten\tDayr az Zawr\t\t\t\t\t\t"),
            Some(Alternate::Latin {
                id: 170794,
                name: "Dayr az Zawr".into()
            })
        );
        assert!(parse_alternate("1\tx\tar\tدير\t\t\t\t\t\t").is_err());
    }
}
