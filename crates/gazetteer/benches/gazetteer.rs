//! Gazetteer benchmarks on the shared data (skipped when `../shared` is absent):
//!
//! * `import`: printed once, not a criterion loop (it takes about a second);
//! * `load`: [`Gazetteer::load`] of the eight-country index;
//! * `find_places`: scanning analysed news text (from
//!   `../shared/data/news-unlabeled/articles.jsonl`), in bytes of normalized
//!   text per second;
//! * `resolve`: ranking every mention found in that text.
//!
//! Peak memory (VmHWM) after loading is printed too. Each loop asserts a count,
//! so a broken index cannot look fast.

use std::hint::black_box;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasid_gazetteer::{Gazetteer, GeoContext};

const COUNTRIES: [&str; 8] = ["SY", "IQ", "LB", "YE", "LY", "PS", "JO", "TR"];
/// How much article text the scanning benches use.
const TEXT_BYTES: usize = 4 << 20;

fn shared() -> Option<PathBuf> {
    let dir = match std::env::var_os("RASID_SHARED") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    };
    dir.join("data/geonames/SY.txt").is_file().then_some(dir)
}

fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn articles(path: &Path) -> Vec<String> {
    let Ok(file) = std::fs::File::open(path) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut total = 0;
    for line in std::io::BufReader::new(file).lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        if let Some(t) = v["text"].as_str() {
            total += t.len();
            out.push(t.to_string());
        }
        if total >= TEXT_BYTES {
            break;
        }
    }
    out
}

fn benches(c: &mut Criterion) {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared/data/geonames not found");
        return;
    };
    let src = shared.join("data/geonames");
    let mut files: Vec<PathBuf> = COUNTRIES
        .iter()
        .map(|cc| src.join(format!("{cc}.txt")))
        .collect();
    files.push(src.join("admin1CodesASCII.txt"));
    files.push(src.join("admin2Codes.txt"));
    let dir = tempfile::tempdir().expect("temp dir");
    let stats = Gazetteer::import(&files, dir.path()).expect("import");
    eprintln!(
        "import: {} places (+{} curated), {} names, {} files in {:.2} s; index {:.1} MB",
        stats.places,
        stats.curated,
        stats.names,
        stats.files,
        stats.seconds,
        stats.index_bytes as f64 / 1e6
    );

    let started = Instant::now();
    let gaz = Gazetteer::load(dir.path()).expect("load");
    eprintln!(
        "first load: {:.1} ms; peak memory after import and load: {:.0} MB",
        started.elapsed().as_secs_f64() * 1e3,
        peak_memory_mb().unwrap_or(f64::NAN)
    );
    let mut group = c.benchmark_group("gazetteer");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("load", |b| {
        b.iter(|| {
            let g = Gazetteer::load(black_box(dir.path())).unwrap();
            assert_eq!(g.len(), stats.places + stats.curated);
        })
    });

    let texts = articles(&shared.join("data/news-unlabeled/articles.jsonl"));
    let analyses: Vec<_> = texts.iter().map(|t| rasid_text::analyze(t)).collect();
    let bytes: usize = analyses.iter().map(|a| a.text().len()).sum();
    let expected: usize = analyses.iter().map(|a| gaz.find_places(a).len()).sum();
    eprintln!(
        "find_places: {} articles, {:.1} MB normalized text, {expected} mentions",
        analyses.len(),
        bytes as f64 / 1e6
    );
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("find_places", |b| {
        b.iter(|| {
            let n: usize = analyses.iter().map(|a| gaz.find_places(a).len()).sum();
            assert_eq!(n, expected);
        })
    });
    let mentions: Vec<_> = analyses.iter().flat_map(|a| gaz.find_places(a)).collect();
    let ctx = GeoContext {
        country_weights: vec![("SY".into(), 0.8)],
        nearby: vec![(35.3, 40.1)],
        ..Default::default()
    };
    group.throughput(Throughput::Elements(mentions.len() as u64));
    group.bench_function("resolve", |b| {
        b.iter(|| {
            let n = mentions
                .iter()
                .filter(|m| gaz.resolve(m, &ctx).is_some())
                .count();
            assert_eq!(n, mentions.len());
        })
    });
    group.finish();
}

criterion_group!(gazetteer, benches);
criterion_main!(gazetteer);
