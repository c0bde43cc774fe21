//! The geocoding test table (`geocoding.tsv`): short Arabic sentences written
//! for Rasid in correspondent style, each naming the place of one event, with
//! the place an analyst would code and its ACLED precision.
//!
//! The table is run through [`Pipeline::locate`] with the shared GeoNames data
//! (`../shared/data/geonames`, or `$RASID_SHARED/data/geonames`) imported into
//! Cargo's test temp dir; without that folder the test prints why and passes.
//!
//! # The table
//! Tab-separated, `#` comments, one header line:
//! `id  sentence  expected  precision  note`.
//!
//! * `expected` is a geonameid, `lat,lon`, or `none` (a trap: the sentence
//!   uses a place-like word as an ordinary word and must yield no place).
//!   Several places separated by `;` are a list: the first Located places
//!   must be these, in order.
//! * `precision` is 1, 2 or 3 (one for all places, or one per place with
//!   `;`), `-` for traps.
//!
//! A case passes when each expected place is the Located place at its
//! position, by geonameid or within [`MAX_KM`], with the expected precision.
//!
//! # Known failures
//! [`KNOWN_FAILURES`] lists the cases that fail for a reason not fixed yet,
//! each with that reason. The test fails when a case outside the list fails,
//! and when a listed case passes (then remove it from the list).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use rasid_extract::{Located, Pipeline};
use rasid_gazetteer::{distance_km, Gazetteer};

const TABLE: &str = include_str!("geocoding.tsv");

/// How far a coded place may be from the expected one.
const MAX_KM: f64 = 10.0;

/// Fewest cases the table must hold.
const MIN_CASES: usize = 150;

/// Countries the expected places must cover.
const COUNTRIES: [&str; 6] = ["SY", "IQ", "LB", "YE", "LY", "PS"];

/// Cases that fail for a known reason (id, reason). Keep this short and true.
const KNOWN_FAILURES: &[(&str, &str)] = &[];

/// One expected place.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Want {
    Id(u64),
    Coords(f64, f64),
}

#[derive(Debug)]
struct Case {
    line: usize,
    id: String,
    sentence: String,
    /// Empty for a trap (`none`).
    places: Vec<Want>,
    precisions: Vec<u8>,
    note: String,
}

fn parse_want(s: &str) -> Result<Want, String> {
    let s = s.trim();
    if let Some((lat, lon)) = s.split_once(',') {
        let lat: f64 = lat
            .trim()
            .parse()
            .map_err(|_| format!("bad latitude {lat:?}"))?;
        let lon: f64 = lon
            .trim()
            .parse()
            .map_err(|_| format!("bad longitude {lon:?}"))?;
        return Ok(Want::Coords(lat, lon));
    }
    s.parse()
        .map(Want::Id)
        .map_err(|_| format!("bad geonameid {s:?}"))
}

fn parse_table() -> Vec<Case> {
    let mut cases = Vec::new();
    let mut header = false;
    for (no, line) in TABLE.lines().enumerate() {
        let no = no + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header {
            assert!(
                line.starts_with("id\t"),
                "geocoding.tsv:{no}: header expected"
            );
            header = true;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(
            cols.len() == 5,
            "geocoding.tsv:{no}: expected 5 columns, found {}",
            cols.len()
        );
        let bad = |e: String| -> ! { panic!("geocoding.tsv:{no}: {e}") };
        let (places, precisions) = if cols[2].trim() == "none" {
            assert_eq!(
                cols[3].trim(),
                "-",
                "geocoding.tsv:{no}: a trap has precision -"
            );
            (Vec::new(), Vec::new())
        } else {
            let places: Vec<Want> = cols[2]
                .split(';')
                .map(parse_want)
                .collect::<Result<_, _>>()
                .unwrap_or_else(|e| bad(e));
            let mut precisions: Vec<u8> = cols[3]
                .split(';')
                .map(|p| match p.trim() {
                    "1" => Ok(1),
                    "2" => Ok(2),
                    "3" => Ok(3),
                    other => Err(format!("bad precision {other:?}")),
                })
                .collect::<Result<_, _>>()
                .unwrap_or_else(|e| bad(e));
            if precisions.len() == 1 {
                precisions = vec![precisions[0]; places.len()];
            }
            if precisions.len() != places.len() {
                bad(format!(
                    "{} places but {} precisions",
                    places.len(),
                    precisions.len()
                ));
            }
            (places, precisions)
        };
        cases.push(Case {
            line: no,
            id: cols[0].trim().to_string(),
            sentence: cols[1].trim().to_string(),
            places,
            precisions,
            note: cols[4].trim().to_string(),
        });
    }
    cases
}

#[test]
fn table_is_well_formed() {
    let cases = parse_table();
    assert!(
        cases.len() >= MIN_CASES,
        "{} cases, at least {MIN_CASES} wanted",
        cases.len()
    );
    let mut ids = BTreeSet::new();
    for c in &cases {
        assert!(
            ids.insert(c.id.as_str()),
            "line {}: duplicate id {}",
            c.line,
            c.id
        );
        assert!(!c.sentence.is_empty(), "line {}: empty sentence", c.line);
        assert!(
            !c.note.is_empty(),
            "{}: every case says what it tests",
            c.id
        );
    }
    for (id, reason) in KNOWN_FAILURES {
        assert!(ids.contains(id), "known failure {id} is not in the table");
        assert!(!reason.is_empty(), "known failure {id} needs a reason");
    }
    let traps = cases.iter().filter(|c| c.places.is_empty()).count();
    assert!(traps >= 15, "only {traps} common-word traps");
}

fn shared_geonames() -> Option<PathBuf> {
    let dir = match std::env::var_os("RASID_SHARED") {
        Some(d) => PathBuf::from(d).join("data/geonames"),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/geonames"),
    };
    dir.join("SY.txt").is_file().then_some(dir)
}

/// The pipeline with the shared gazetteer, or `None` without the data.
fn pipeline() -> Option<Pipeline> {
    let src = shared_geonames()?;
    let mut files: Vec<PathBuf> = ["SY", "IQ", "LB", "YE", "LY", "PS", "JO", "TR"]
        .iter()
        .map(|c| src.join(format!("{c}.txt")))
        .collect();
    files.push(src.join("admin1CodesASCII.txt"));
    files.push(src.join("admin2Codes.txt"));
    let alternate = src.join("alternateNamesV2.txt");
    if alternate.is_file() {
        files.push(alternate);
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("geocoding-gazetteer");
    Gazetteer::import(&files, &dir).expect("import the shared gazetteer");
    Some(
        Pipeline::builder()
            .gazetteer(Some(&dir))
            .build()
            .expect("pipeline with the shared gazetteer"),
    )
}

/// Coordinates and country of an expected place.
fn where_is(gaz: &Gazetteer, want: Want, case: &str) -> ((f64, f64), Option<String>) {
    match want {
        Want::Coords(lat, lon) => ((lat, lon), None),
        Want::Id(g) => {
            let id = gaz
                .by_geonameid(g)
                .unwrap_or_else(|| panic!("{case}: geonameid {g} is not in the gazetteer"));
            let p = gaz.place(id);
            ((p.lat, p.lon), Some(p.country_code.clone()))
        }
    }
}

fn describe(l: &Located) -> String {
    format!(
        "{} → {} {} ({}) p{}",
        l.text, l.name, l.geonameid, l.country_code, l.geo_precision
    )
}

/// Why a case fails, or `None` when it passes.
fn check(gaz: &Gazetteer, case: &Case, got: &[Located]) -> Option<String> {
    if case.places.is_empty() {
        return (!got.is_empty()).then(|| "a place where none is meant".to_string());
    }
    for (k, (&want, &precision)) in case.places.iter().zip(&case.precisions).enumerate() {
        let Some(l) = got.get(k) else {
            return Some(format!(
                "place {} of {} not found",
                k + 1,
                case.places.len()
            ));
        };
        let (at, _) = where_is(gaz, want, &case.id);
        let same = matches!(want, Want::Id(g) if g == l.geonameid)
            || distance_km(at, (l.latitude, l.longitude)) <= MAX_KM;
        if !same {
            return Some(format!(
                "place {}: {:.0} km from the expected place",
                k + 1,
                distance_km(at, (l.latitude, l.longitude))
            ));
        }
        if l.geo_precision != precision {
            return Some(format!(
                "place {}: precision {} instead of {precision}",
                k + 1,
                l.geo_precision
            ));
        }
    }
    None
}

#[test]
fn geocoding_table() {
    let cases = parse_table();
    let Some(pipeline) = pipeline() else {
        eprintln!("skipped: ../shared/data/geonames not found (set RASID_SHARED)");
        return;
    };
    let gaz = pipeline.gazetteer();
    let only = std::env::var("GEOCODING_CASE").ok();
    let mut covered = BTreeSet::new();
    let mut report = String::new();
    let mut passed = 0;
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    for case in &cases {
        if only
            .as_ref()
            .is_some_and(|o| !case.id.starts_with(o.as_str()))
        {
            continue;
        }
        for &w in &case.places {
            if let (_, Some(cc)) = where_is(gaz, w, &case.id) {
                covered.insert(cc);
            }
        }
        let got = pipeline.locate(&case.sentence);
        let known = KNOWN_FAILURES.iter().find(|(id, _)| *id == case.id);
        match (check(gaz, case, &got), known) {
            (None, None) => passed += 1,
            (None, Some(_)) => {
                passed += 1;
                fixed.push(case.id.clone());
            }
            (Some(why), known) => {
                let got: Vec<String> = got.iter().map(describe).collect();
                let _ = writeln!(
                    report,
                    "{}{:<8} {why}\n           {}\n           expected {:?} p{:?} ({}); got [{}]",
                    if known.is_some() { "known " } else { "FAIL  " },
                    case.id,
                    case.sentence,
                    case.places,
                    case.precisions,
                    case.note,
                    got.join("; ")
                );
                if std::env::var_os("GEOCODING_EXPLAIN").is_some() {
                    let _ = writeln!(report, "{}", pipeline.geocode_report(&case.sentence, true));
                }
                if known.is_none() {
                    unexpected.push(case.id.clone());
                }
            }
        }
    }
    let run = cases
        .iter()
        .filter(|c| only.as_ref().is_none_or(|o| c.id.starts_with(o.as_str())))
        .count();
    eprintln!("{report}geocoding table: {passed} of {run} cases pass");
    assert!(
        unexpected.is_empty(),
        "{} cases fail that are not known failures: {unexpected:?}",
        unexpected.len()
    );
    assert!(
        fixed.is_empty(),
        "known failures that pass now (remove them from KNOWN_FAILURES): {fixed:?}"
    );
    if only.is_none() {
        for cc in COUNTRIES {
            assert!(covered.contains(cc), "no case places an event in {cc}");
        }
    }
}
