//! `rasid ingest`, `rasid query` and `rasid export` run as a user runs them:
//! the built binary, a temporary `RASID_HOME`, real articles.
//!
//! Helpers live in this file (module `h`); each test gets its own home.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use rasid_store::{Query, Store};

mod h {
    use super::*;

    /// The binary with `RASID_HOME` set.
    pub fn rasid(home: &Path) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_rasid"));
        cmd.env("RASID_HOME", home);
        cmd
    }

    /// Runs and returns the output, printing stderr when the test fails later.
    pub fn run(cmd: &mut Command) -> Output {
        let out = cmd.output().expect("run rasid");
        eprintln!("$ {cmd:?}\n{}", String::from_utf8_lossy(&out.stderr));
        out
    }

    pub fn stdout(out: &Output) -> String {
        String::from_utf8(out.stdout.clone()).expect("UTF-8 stdout")
    }

    /// `../shared/data`, when present.
    pub fn shared_data() -> Option<PathBuf> {
        let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
        d.is_dir().then_some(d)
    }

    /// The dev set's articles.jsonl, or `None` (and a printed reason).
    pub fn dev_set() -> Option<PathBuf> {
        let p = shared_data()?.join("news-dev/articles.jsonl");
        if p.is_file() {
            Some(p)
        } else {
            eprintln!("skipped: {} is not present", p.display());
            None
        }
    }

    /// A fresh home with the Syrian, Iraqi and Lebanese GeoNames dumps
    /// imported (villages such as Al-Qusayr), or a plain home when the data
    /// is absent. The import runs once per test binary; homes get a copy.
    pub fn home_with_gazetteer() -> tempfile::TempDir {
        static IMPORTED: OnceLock<Option<tempfile::TempDir>> = OnceLock::new();
        let template = IMPORTED.get_or_init(|| {
            let g = shared_data()?.join("geonames");
            let home = tempfile::tempdir().unwrap();
            let mut cmd = rasid(home.path());
            cmd.args(["--quiet", "gazetteer", "import"]);
            for f in [
                "SY.txt",
                "IQ.txt",
                "LB.txt",
                "admin1CodesASCII.txt",
                "admin2Codes.txt",
            ] {
                cmd.arg(g.join(f));
            }
            assert!(run(&mut cmd).status.success(), "gazetteer import failed");
            Some(home)
        });
        let home = tempfile::tempdir().unwrap();
        if let Some(template) = template {
            for entry in std::fs::read_dir(template.path()).unwrap() {
                let entry = entry.unwrap();
                if entry.file_type().unwrap().is_file() {
                    std::fs::copy(entry.path(), home.path().join(entry.file_name())).unwrap();
                }
            }
        }
        home
    }

    /// Parses JSONL output.
    pub fn jsonl(out: &Output) -> Vec<serde_json::Value> {
        stdout(out)
            .lines()
            .map(|l| serde_json::from_str(l).expect("JSON line"))
            .collect()
    }

    /// cluster id → its member event ids, from `rasid export --clusters`.
    pub fn clusters(home: &Path) -> BTreeMap<String, Vec<String>> {
        let out = run(rasid(home).args(["export", "--clusters", "--format", "jsonl"]));
        assert!(out.status.success());
        jsonl(&out)
            .into_iter()
            .map(|c| {
                let members = c["event_ids"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|e| e.as_str().unwrap().to_string())
                    .collect();
                (c["cluster_id"].as_str().unwrap().to_string(), members)
            })
            .collect()
    }

    /// The dev set ingested once, shared by the read-only tests.
    pub fn dev_home() -> Option<&'static Path> {
        static HOME: OnceLock<Option<tempfile::TempDir>> = OnceLock::new();
        HOME.get_or_init(|| {
            let dev = dev_set()?;
            let home = home_with_gazetteer();
            let out = run(rasid(home.path()).arg("ingest").arg(&dev));
            assert!(out.status.success(), "ingest of the dev set failed");
            Some(home)
        })
        .as_ref()
        .map(|h| h.path())
    }

    /// Writes `n` articles made from the dev set (new ids, shifted dates, a
    /// marker line so no two have the same text) to a JSONL file.
    pub fn generated(dev: &Path, n: usize, to: &Path) {
        let lines: Vec<serde_json::Value> = std::fs::read_to_string(dev)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let mut out = String::new();
        for i in 0..n {
            let (copy, k) = (i / lines.len(), i % lines.len());
            let mut a = lines[k].clone();
            a["id"] = format!("gen{copy:04}-{}", a["id"].as_str().unwrap()).into();
            a["text"] = format!("{}\n(copy {copy})", a["text"].as_str().unwrap()).into();
            if let Some(p) = a["published"].as_str() {
                let day = rasid_store::day_number(p).unwrap() + 3 * copy as i64;
                a["published"] = rasid_store::date_of_day(day).into();
            }
            out.push_str(&a.to_string());
            out.push('\n');
        }
        std::fs::write(to, out).unwrap();
    }
}

use h::{rasid, run};

#[test]
fn the_dev_set_ingested_twice_is_stored_once() {
    let Some(dev) = h::dev_set() else { return };
    let home = h::home_with_gazetteer();
    let first = run(rasid(home.path()).arg("ingest").arg(&dev));
    assert!(first.status.success());
    let db = home.path().join("rasid.db");
    let after_first = Store::open(&db).unwrap().stats().unwrap();
    let articles = std::fs::read_to_string(&dev)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    assert_eq!(after_first.articles as usize, articles);

    let second = run(rasid(home.path()).arg("ingest").arg(&dev));
    assert!(second.status.success());
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(stderr.contains(": 0 new, 0 replaced"), "{stderr}");
    let store = Store::open(&db).unwrap();
    assert_eq!(store.stats().unwrap(), after_first);
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

#[test]
fn reverse_order_gives_the_same_clusters() {
    let Some(dev) = h::dev_set() else { return };
    let Some(forward) = h::dev_home() else { return };
    let home = h::home_with_gazetteer();
    let mut lines: Vec<String> = std::fs::read_to_string(&dev)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    lines.reverse();
    let reversed = home.path().join("reversed.jsonl");
    std::fs::write(&reversed, lines.join("\n") + "\n").unwrap();
    // Small batches, so clusters are really built incrementally.
    assert!(run(rasid(home.path())
        .args(["ingest", "--batch", "3"])
        .arg(&reversed))
    .status
    .success());
    let expected = h::clusters(forward);
    assert!(!expected.is_empty(), "the dev set should yield events");
    assert_eq!(h::clusters(home.path()), expected);
}

/// Two correspondents' reports of one strike, written for this test.
const REPORTS: &str = r#"{"id": "test-qusayr-a", "outlet": "مراسل أ", "published": "2024-03-10", "text": "شنت طائرات حربية إسرائيلية فجر اليوم غارات على مدينة القصير في ريف حمص الجنوبي الغربي، ما أدى إلى مقتل ثلاثة عناصر وإصابة آخرين بجروح، بحسب ما أفاد مراسلنا."}
{"id": "test-qusayr-b", "outlet": "وكالة ب", "published": "2024-03-10", "text": "قالت مصادر محلية إن الطيران الحربي الإسرائيلي استهدف صباح اليوم مواقع في مدينة القصير بريف حمص، وأسفرت الغارات عن مقتل ثلاثة أشخاص."}
"#;

#[test]
fn two_reports_of_one_strike_are_one_cluster_with_two_sources() {
    let home = h::home_with_gazetteer();
    let input = home.path().join("reports.jsonl");
    std::fs::write(&input, REPORTS).unwrap();
    assert!(run(rasid(home.path()).arg("ingest").arg(&input))
        .status
        .success());
    let events = h::jsonl(&run(rasid(home.path()).args(["query", "--format", "jsonl"])));
    let strikes: Vec<_> = events
        .iter()
        .filter(|e| e["sub_event_type"] == "Air/drone strike")
        .collect();
    assert_eq!(
        strikes.len(),
        2,
        "the extractor should find the strike in both reports; it found: {events:#?}"
    );
    let clusters = h::jsonl(&run(rasid(home.path()).args([
        "query",
        "--clustered",
        "--sub-type",
        "air_strike",
        "--format",
        "jsonl",
    ])));
    assert_eq!(clusters.len(), 1, "{clusters:#?}");
    assert_eq!(clusters[0]["source_count"], 2);
    assert_eq!(clusters[0]["fatalities"], 3);

    // A lexicon alias finds the events whatever the articles called the force.
    let by_alias =
        run(rasid(home.path()).args(["query", "--actor", "جيش الاحتلال", "--format", "jsonl"]));
    assert_eq!(h::jsonl(&by_alias).len(), 2);

    let id = clusters[0]["cluster_id"].as_str().unwrap();
    let explain = run(rasid(home.path()).args(["query", "--cluster", id, "--explain"]));
    assert!(explain.status.success());
    let text = h::stdout(&explain);
    assert!(
        text.contains("2 source(s)") && text.contains(": compatible"),
        "{text}"
    );
}

#[test]
fn kill_9_mid_ingest_leaves_a_consistent_database_and_a_rerun_completes_it() {
    let Some(dev) = h::dev_set() else { return };
    let home = tempfile::tempdir().unwrap();
    let input = home.path().join("big.jsonl");
    let n = 1500;
    h::generated(&dev, n, &input);
    let db = home.path().join("rasid.db");
    let mut child = rasid(home.path())
        .args(["--quiet", "ingest", "--batch", "8"])
        .arg(&input)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(home.path().join("stderr")).unwrap())
        .spawn()
        .unwrap();
    // Wait for some batches to commit, then kill -9 in the middle of the run.
    let started = Instant::now();
    let stored = loop {
        std::thread::sleep(Duration::from_millis(20));
        let stored = db
            .exists()
            .then(|| Store::open(&db).ok()?.stats().ok())
            .flatten()
            .map_or(0, |s| s.articles);
        if stored >= 40 || started.elapsed() > Duration::from_secs(120) {
            break stored;
        }
    };
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let child_stderr = std::fs::read_to_string(home.path().join("stderr")).unwrap_or_default();
    assert!(
        stored > 0,
        "nothing was committed before the kill; the child said: {child_stderr}"
    );

    let store = Store::open(&db).unwrap();
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
    let partial = store.stats().unwrap();
    assert!(
        (partial.articles as usize) < n,
        "the ingest finished before it was killed: make the input larger"
    );
    drop(store);

    let rerun = run(rasid(home.path()).args(["ingest"]).arg(&input));
    assert!(rerun.status.success());
    let store = Store::open(&db).unwrap();
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
    let full = store.stats().unwrap();
    assert_eq!(full.articles as usize, n);
    // Every event exactly once: the same as one uninterrupted run gives.
    let events = store.query(&Query::default()).unwrap();
    let ids: BTreeSet<&str> = events.iter().map(|r| r.record.event_id.as_str()).collect();
    assert_eq!(ids.len(), events.len());
    let stderr = String::from_utf8_lossy(&rerun.stderr);
    assert!(
        stderr.contains(&format!("{} unchanged", partial.articles)),
        "{stderr}"
    );
}

#[test]
fn csv_export_has_acled_headers_and_loads_with_python() {
    let Some(home) = h::dev_home() else { return };
    let out = home.join("events.csv");
    assert!(run(rasid(home)
        .args(["export", "--format", "csv", "--output"])
        .arg(&out))
    .status
    .success());
    let mut reader = csv::Reader::from_path(&out).unwrap();
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        &headers[..rasid_store::export::ACLED_COLUMNS.len()],
        rasid_store::export::ACLED_COLUMNS
    );
    for column in ["article_ids", "evidence", "suspected", "source_count"] {
        assert!(headers.iter().any(|h| h == column), "missing {column}");
    }
    let rows = reader.records().count();
    let events = Store::open(home.join("rasid.db"))
        .unwrap()
        .stats()
        .unwrap()
        .events as usize;
    assert_eq!(rows, events);

    let python = Command::new("python3")
        .arg("-c")
        .arg(
            "import csv, sys\n\
             rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))\n\
             assert all(r['event_type'] for r in rows)\n\
             print(len(rows), ','.join(list(rows[0].keys())[:3]) if rows else '')",
        )
        .arg(&out)
        .output();
    match python {
        Ok(p) if p.status.success() => {
            let said = String::from_utf8_lossy(&p.stdout);
            assert!(said.starts_with(&format!("{rows} ")), "python read: {said}");
        }
        Ok(p) => panic!(
            "python could not load the CSV: {}",
            String::from_utf8_lossy(&p.stderr)
        ),
        Err(e) => eprintln!("skipped the python check: {e}"),
    }
}

#[test]
fn geojson_export_is_a_feature_collection() {
    let Some(home) = h::dev_home() else { return };
    let out = run(rasid(home).args(["export", "--format", "geojson", "--clusters"]));
    assert!(out.status.success());
    let fc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(fc["type"], "FeatureCollection");
    let features = fc["features"].as_array().unwrap();
    assert!(!features.is_empty());
    for f in features {
        assert_eq!(f["type"], "Feature");
        assert_eq!(f["geometry"]["type"], "Point");
        let c = f["geometry"]["coordinates"].as_array().unwrap();
        let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
        assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
        assert!(f["properties"]["source_count"].as_u64().unwrap() >= 1);
    }
}

#[test]
fn queries_filter_the_dev_set() {
    let Some(home) = h::dev_home() else { return };
    let all = h::jsonl(&run(rasid(home).args(["query"])));
    assert!(!all.is_empty());
    let count = |args: &[&str]| h::jsonl(&run(rasid(home).arg("query").args(args))).len();
    let syria = count(&["--country", "syria"]);
    assert!(syria > 0 && syria < all.len());
    assert_eq!(count(&["--from", "1990-01-01", "--to", "1990-12-31"]), 0);
    let strikes = count(&["--sub-type", "Air/drone strike"]);
    assert_eq!(
        strikes,
        all.iter()
            .filter(|e| e["sub_event_type"] == "Air/drone strike")
            .count()
    );
    assert!(count(&["--clustered"]) <= all.len());
    assert_eq!(count(&["-n", "2"]), 2.min(all.len()));
    // Full text is Arabic-normalized: with and without ta marbuta.
    assert_eq!(count(&["--text", "غارة"]), count(&["--text", "غاره"]));
    // Box around Syria.
    assert!(count(&["--bbox", "35.5,32.3,42.4,37.4"]) >= 1);
    let bad = run(rasid(home).args(["query", "--from", "yesterday"]));
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn bad_input_lines_are_reported_with_file_and_line_and_do_not_stop_the_batch() {
    let home = tempfile::tempdir().unwrap();
    let input = home.path().join("mixed.jsonl");
    std::fs::write(
        &input,
        "{\"id\": \"good-1\", \"text\": \"قصف مدفعي على بلدة في ريف حمص\"}\nnot json\n{\"id\": \"good-2\", \"text\": \"اشتباكات في ريف حلب\"}\n",
    )
    .unwrap();
    let out = run(rasid(home.path()).arg("ingest").arg(&input));
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("mixed.jsonl:2"), "{stderr}");
    let stats = Store::open(home.path().join("rasid.db"))
        .unwrap()
        .stats()
        .unwrap();
    assert_eq!(stats.articles, 2);

    // --strict stops at the first bad record.
    let strict_home = tempfile::tempdir().unwrap();
    let out = run(rasid(strict_home.path())
        .args(["--strict", "ingest"])
        .arg(&input));
    assert_eq!(out.status.code(), Some(1));
    let stats = Store::open(strict_home.path().join("rasid.db"))
        .unwrap()
        .stats()
        .unwrap();
    assert_eq!(stats.articles, 1);

    // Nothing failed extraction here.
    let failed = run(rasid(home.path()).args(["ingest", "--failed"]));
    assert!(failed.status.success());
    assert_eq!(h::stdout(&failed), "");
}

#[test]
fn query_without_a_database_says_what_to_do() {
    let home = tempfile::tempdir().unwrap();
    let out = run(rasid(home.path()).arg("query"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("rasid ingest"));
}
