//! `rasid extract` as a user runs it: formats, bad input, exit codes.
//! Runs with the built-in lexicons and place list (no import needed).

mod util;

use std::io::Write;

fn home() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

const STRIKE: &str = r#"{"id":"a1","published":"2024-03-10","text":"شنت طائرات حربية روسية أمس غارات على مدينة إدلب، ما أدى إلى مقتل خمسة مدنيين."}"#;

#[test]
fn a_bad_line_is_reported_with_file_and_line_and_the_rest_is_processed() {
    let dir = home();
    let input = dir.path().join("in.jsonl");
    let mut f = std::fs::File::create(&input).unwrap();
    writeln!(f, "{STRIKE}").unwrap();
    writeln!(f, "{{not json").unwrap();
    writeln!(f, r#"{{"id":"a3"}}"#).unwrap();
    writeln!(f, "{}", STRIKE.replace("a1", "a4")).unwrap();
    drop(f);
    let out = util::run(
        util::rasid()
            .env("RASID_HOME", dir.path())
            .args(["extract", "--input"])
            .arg(&input),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("in.jsonl:2: invalid JSON"), "{stderr}");
    assert!(
        stderr.contains("in.jsonl:3:") && stderr.contains("`text`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("built-in list"),
        "says the gazetteer is not imported: {stderr}"
    );
    let events = util::jsonl(&out);
    let ids: Vec<&str> = events
        .iter()
        .map(|e| e["article_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a1", "a4"]);
    assert_eq!(events[0]["sub_event_type"], "Air/drone strike");
    assert_eq!(events[0]["event_date"], "2024-03-09");
}

#[test]
fn strict_stops_at_the_first_bad_record() {
    let dir = home();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, format!("{{broken\n{STRIKE}\n")).unwrap();
    let out = util::run(
        util::rasid()
            .env("RASID_HOME", dir.path())
            .args(["extract", "--strict", "--input"])
            .arg(&input),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(util::jsonl(&out).is_empty());
}

#[test]
fn empty_input_is_an_error() {
    let dir = home();
    let input = dir.path().join("empty.jsonl");
    std::fs::write(&input, "").unwrap();
    let out = util::run(
        util::rasid()
            .env("RASID_HOME", dir.path())
            .args(["extract", "--input"])
            .arg(&input),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty"));
}

#[test]
fn csv_and_geojson_outputs() {
    let dir = home();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, format!("{STRIKE}\n")).unwrap();
    let csv = util::run(
        util::rasid()
            .env("RASID_HOME", dir.path())
            .args(["extract", "-q", "--format", "csv", "--input"])
            .arg(&input),
    );
    assert!(csv.status.success());
    let mut reader = csv::Reader::from_reader(&csv.stdout[..]);
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "article_id");
    assert!(headers.iter().any(|h| h == "sub_event_type"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    let evidence = headers.iter().position(|h| h == "evidence").unwrap();
    let spans: serde_json::Value = serde_json::from_str(&rows[0][evidence]).unwrap();
    assert!(spans
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["field"] == "trigger"));

    let geojson = util::run(
        util::rasid()
            .env("RASID_HOME", dir.path())
            .args(["extract", "-q", "--format", "geojson", "--input"])
            .arg(&input),
    );
    let value: serde_json::Value = serde_json::from_slice(&geojson.stdout).unwrap();
    assert_eq!(value["type"], "FeatureCollection");
    let feature = &value["features"][0];
    assert_eq!(feature["geometry"]["type"], "Point");
    assert_eq!(feature["properties"]["sub_event_type"], "Air/drone strike");
}

#[test]
fn stdin_is_read_with_a_dash() {
    let dir = home();
    let out = util::run_with_stdin(
        util::rasid()
            .env("RASID_HOME", dir.path())
            .args(["extract", "-q", "--input", "-"]),
        STRIKE.as_bytes(),
    );
    assert!(out.status.success());
    assert_eq!(util::jsonl(&out).len(), 1);
}
