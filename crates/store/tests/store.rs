//! The store through its public API, with event records built by hand (the
//! extractor is a lookup table here, so these tests pin the store alone).

use std::collections::{BTreeMap, HashMap};
use std::ops::ControlFlow;

use rasid_core::{Article, EventRecord, Evidence, SubEventType};
use rasid_store::export::{self, Format, ACLED_COLUMNS};
use rasid_store::{ArticleReport, Incoming, IngestOptions, IngestSink, Outcome, Query, Store};

/// A hand-written event: what the fake extractor returns for an article.
#[derive(Clone)]
struct Ev {
    sub: SubEventType,
    date: Option<&'static str>,
    place: Place,
    actor1: Option<&'static str>,
    actor2: Option<&'static str>,
    fatalities: u32,
}

fn ev(sub: SubEventType, date: &'static str, place: Place) -> Ev {
    Ev {
        sub,
        date: Some(date),
        place,
        actor1: Some("Military Forces of Israel"),
        actor2: None,
        fatalities: 0,
    }
}

/// Name, latitude, longitude, geo_precision.
type Place = (&'static str, f64, f64, u8);

const QUSAYR: Place = ("Al-Qusayr", 34.5089, 36.5797, 1);
const HOMS: Place = ("Homs", 34.7308, 36.7094, 1);
const DEIR: Place = ("Deir ez-Zor", 35.3359, 40.1408, 1);

fn records(article_id: &str, evs: &[Ev]) -> Vec<EventRecord> {
    evs.iter()
        .enumerate()
        .map(|(i, e)| EventRecord {
            article_id: article_id.into(),
            event_id: format!("{article_id}#{}", i + 1),
            event_date: e.date.map(String::from),
            time_precision: e.date.map(|_| 1),
            event_type: e.sub.event_type().label().into(),
            sub_event_type: e.sub.label().into(),
            actor1: e.actor1.map(String::from),
            assoc_actor_1: None,
            actor2: e.actor2.map(String::from),
            assoc_actor_2: None,
            civilian_targeting: false,
            country: Some("Syria".into()),
            admin1: Some(
                if e.place.0 == "Deir ez-Zor" {
                    "Deir ez-Zor"
                } else {
                    "Homs"
                }
                .into(),
            ),
            admin2: None,
            location: Some(e.place.0.into()),
            latitude: Some(e.place.1),
            longitude: Some(e.place.2),
            geo_precision: Some(e.place.3),
            geonameid: None,
            fatalities: e.fatalities,
            suspected: false,
            source_attribution: Some("correspondent".into()),
            notes: format!("{} in {}", e.sub.label(), e.place.0),
            evidence: std::iter::once(Evidence {
                field: "trigger".into(),
                start: 0,
                end: 3,
                text: "غارة".into(),
            })
            .chain(
                (e.actor1 == Some("Military Forces of Israel")).then(|| Evidence {
                    field: "actor1".into(),
                    start: 4,
                    end: 20,
                    text: "الطيران الحربي الإسرائيلي".into(),
                }),
            )
            .collect(),
        })
        .collect()
}

/// Articles plus the fake extractor's table.
#[derive(Default)]
struct Corpus {
    articles: Vec<Article>,
    table: HashMap<(String, String), Vec<EventRecord>>,
}

impl Corpus {
    fn add(&mut self, id: &str, outlet: &str, published: &str, text: &str, evs: &[Ev]) -> Article {
        let article = Article {
            id: id.into(),
            text: text.into(),
            published: Some(published.into()),
            title: None,
            outlet: Some(outlet.into()),
            url: None,
        };
        self.table
            .insert((id.into(), text.into()), records(id, evs));
        self.articles.push(article.clone());
        article
    }

    /// An article published on 2024-03-10 reporting one air strike that day.
    fn strike(&mut self, id: &str, outlet: &str, text: &str, place: Place) -> Article {
        let e = ev(SubEventType::AirDroneStrike, "2024-03-10", place);
        self.add(id, outlet, "2024-03-10", text, &[e])
    }

    fn extractor(&self) -> impl Fn(&Article) -> Result<Vec<EventRecord>, String> + Sync + '_ {
        move |a: &Article| {
            if a.text.contains("BROKEN") {
                return Err("cannot parse".into());
            }
            if a.text.contains("PANIC") {
                panic!("extractor bug");
            }
            Ok(self
                .table
                .get(&(a.id.clone(), a.text.clone()))
                .cloned()
                .unwrap_or_default())
        }
    }

    fn ingest(
        &self,
        store: &mut Store,
        articles: &[Article],
        batch: usize,
    ) -> rasid_store::IngestSummary {
        let items = articles
            .iter()
            .enumerate()
            .map(|(i, a)| Incoming::new(format!("t:{}", i + 1), a.clone()));
        store
            .ingest(
                items,
                self.extractor(),
                &IngestOptions { batch_size: batch },
                &mut (),
            )
            .unwrap()
    }
}

/// event id → cluster id, plus cluster summaries: everything that must not
/// depend on ingestion order.
/// (event id → cluster id, [(cluster id, sources, fatalities, representative)]).
type Clustering = (BTreeMap<String, String>, Vec<(String, u32, u32, String)>);

fn clustering(store: &Store) -> Clustering {
    let events = store.query(&Query::default()).unwrap();
    let assignment = events
        .iter()
        .map(|r| (r.record.event_id.clone(), r.cluster_id.clone()))
        .collect();
    let clusters = store
        .query(&Query {
            clustered: true,
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .map(|r| {
            (
                r.cluster_id,
                r.source_count,
                r.record.fatalities,
                r.record.event_id,
            )
        })
        .collect();
    (assignment, clusters)
}

fn assert_consistent(store: &Store) {
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

#[test]
fn same_article_twice_is_stored_once() {
    let mut c = Corpus::default();
    c.strike("a", "Enab", "غارة على القصير", QUSAYR);
    let mut store = Store::open_in_memory().unwrap();
    let first = c.ingest(&mut store, &c.articles, 10);
    assert_eq!((first.inserted, first.events), (1, 1));
    let again = c.ingest(&mut store, &c.articles, 10);
    assert_eq!((again.unchanged, again.inserted, again.events), (1, 0, 0));
    assert_eq!(store.stats().unwrap().articles, 1);
    assert_eq!(store.stats().unwrap().events, 1);
    assert_consistent(&store);
}

#[test]
fn same_normalized_text_under_another_id_is_a_duplicate() {
    let mut c = Corpus::default();
    c.strike("a", "Enab", "غارةٌ على مدينة القصير", QUSAYR);
    // Tashkeel, ta marbuta and spacing differ: the normalized text is the same.
    c.strike("b", "Other", "غارة  على مدينه القصير", QUSAYR);
    let mut store = Store::open_in_memory().unwrap();
    let mut outcomes = Vec::new();
    struct Collect<'a>(&'a mut Vec<Outcome>);
    impl IngestSink for Collect<'_> {
        fn article(&mut self, r: &ArticleReport<'_>) -> ControlFlow<()> {
            self.0.push(r.outcome.clone());
            ControlFlow::Continue(())
        }
    }
    let items = c.articles.iter().map(|a| Incoming::new("t", a.clone()));
    store
        .ingest(
            items,
            c.extractor(),
            &IngestOptions::default(),
            &mut Collect(&mut outcomes),
        )
        .unwrap();
    assert_eq!(
        outcomes,
        vec![
            Outcome::Inserted { events: 1 },
            Outcome::Duplicate { of: "a".into() }
        ]
    );
    assert_eq!(store.stats().unwrap().events, 1);
}

#[test]
fn changed_text_replaces_events_and_their_clusters() {
    let mut c = Corpus::default();
    let v1 = c.strike("a", "Enab", "غارة على القصير", QUSAYR);
    let b = c.strike("b", "Baladi", "قصف جوي على القصير", QUSAYR);
    let v2 = c.add(
        "a",
        "Enab",
        "2024-03-10",
        "غارة على دير الزور وقصف مدفعي على حمص",
        &[
            ev(SubEventType::AirDroneStrike, "2024-03-10", DEIR),
            ev(SubEventType::Shelling, "2024-03-10", HOMS),
        ],
    );
    let mut store = Store::open_in_memory().unwrap();
    c.ingest(&mut store, &[v1.clone(), b.clone()], 10);
    let rows = store
        .query(&Query {
            clustered: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].cluster_id, "a#1");
    assert_eq!(rows[0].source_count, 2);

    let s = c.ingest(&mut store, std::slice::from_ref(&v2), 10);
    assert_eq!((s.replaced, s.events), (1, 2));
    assert_eq!(store.stats().unwrap().events, 3);
    assert_consistent(&store);
    // a#1 founded the cluster; it now means Deir ez-Zor, so b#1 stands alone.
    let (assignment, _) = clustering(&store);
    assert_eq!(assignment["b#1"], "b#1");
    assert_eq!(assignment["a#1"], "a#1");

    // Same final set from scratch gives the same clusters.
    let mut fresh = Store::open_in_memory().unwrap();
    c.ingest(&mut fresh, &[b, v2], 10);
    assert_eq!(clustering(&fresh), clustering(&store));
}

#[test]
fn failed_extraction_is_stored_listed_and_retried() {
    let mut c = Corpus::default();
    c.strike("ok", "Enab", "غارة", QUSAYR);
    c.add("bad", "Enab", "2024-03-10", "BROKEN text", &[]);
    c.add("boom", "Enab", "2024-03-10", "PANIC text", &[]);
    let mut store = Store::open_in_memory().unwrap();
    let s = c.ingest(&mut store, &c.articles, 2);
    assert_eq!((s.inserted, s.failed), (1, 2));
    let failed = store.failed().unwrap();
    assert_eq!(
        failed.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(),
        ["bad", "boom"]
    );
    assert_eq!(failed[0].error, "cannot parse");
    assert!(failed[1].error.contains("panicked"), "{}", failed[1].error);
    // Failed articles are retried on the next run; good ones are skipped.
    let again = c.ingest(&mut store, &c.articles, 2);
    assert_eq!((again.unchanged, again.failed), (1, 2));
    assert_eq!(store.stats().unwrap().articles, 3);
}

#[test]
fn two_reports_of_one_strike_make_one_cluster() {
    let mut c = Corpus::default();
    let mut a = ev(
        SubEventType::AirDroneStrike,
        "2024-03-10",
        ("Al-Qusayr", 34.5089, 36.5797, 2),
    );
    a.fatalities = 5;
    let mut b = ev(SubEventType::AirDroneStrike, "2024-03-11", QUSAYR);
    b.fatalities = 3;
    b.actor1 = Some("Unidentified Military Forces");
    c.add(
        "enab-1",
        "Enab Baladi",
        "2024-03-11",
        "غارات على القصير",
        &[a],
    );
    c.add(
        "sana-7",
        "SANA",
        "2024-03-11",
        "عدوان جوي على مدينة القصير",
        &[b],
    );
    let mut store = Store::open_in_memory().unwrap();
    c.ingest(&mut store, &c.articles, 1);
    let rows = store
        .query(&Query {
            clustered: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row.source_count, 2);
    assert_eq!(row.event_count, 2);
    assert_eq!(row.cluster_id, "enab-1#1", "founded by the earlier event");
    assert_eq!(
        row.record.event_id, "sana-7#1",
        "the more precise place represents the cluster"
    );
    assert_eq!(
        row.record.fatalities, 3,
        "lowest figure of same-day reports"
    );
    assert_eq!(row.sources, ["Enab Baladi", "SANA"]);
    assert_eq!(row.article_ids, ["enab-1", "sana-7"]);

    let explanation = store.explain_cluster("enab-1#1").unwrap().unwrap();
    let text = explanation.to_string();
    assert!(text.contains("sana-7#1 [representative]"), "{text}");
    assert!(
        text.contains("enab-1#1 ~ sana-7#1: 1 day(s) apart, 0.0 km (max 25 km): compatible"),
        "{text}"
    );
    assert!(store.explain_cluster("nope").unwrap().is_none());
}

#[test]
fn a_later_report_corrects_the_toll() {
    let mut c = Corpus::default();
    let mut early = ev(SubEventType::AirDroneStrike, "2024-03-10", QUSAYR);
    early.fatalities = 3;
    let mut late = early.clone();
    late.fatalities = 9;
    c.add("x", "A", "2024-03-10", "نص اول", &[early]);
    c.add("y", "B", "2024-03-11", "نص ثان", &[late]);
    let mut store = Store::open_in_memory().unwrap();
    c.ingest(&mut store, &c.articles, 5);
    let rows = store
        .query(&Query {
            clustered: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!((rows.len(), rows[0].record.fatalities), (1, 9));
}

/// A corpus with chains of daily strikes, near and far places, clashing and
/// agreeing actors, undated events and several events per article.
fn tangled_corpus() -> Corpus {
    let mut c = Corpus::default();
    let places = [QUSAYR, HOMS, DEIR, ("Al-Qusayr east", 34.52, 36.60, 2)];
    let actors = [
        Some("Military Forces of Israel"),
        Some("Military Forces of Russia"),
        None,
        Some("Unidentified Military Forces"),
    ];
    let subs = [
        SubEventType::AirDroneStrike,
        SubEventType::Shelling,
        SubEventType::ArmedClash,
    ];
    let mut seed: u64 = 7;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    const DATES: [&str; 6] = [
        "2024-03-09",
        "2024-03-10",
        "2024-03-11",
        "2024-03-12",
        "2024-03-13",
        "2024-03-15",
    ];
    for i in 0..60 {
        let n_events = 1 + next(2) as usize;
        let evs: Vec<Ev> = (0..n_events)
            .map(|_| {
                let mut e = ev(
                    subs[next(3) as usize],
                    DATES[next(6) as usize],
                    places[next(4) as usize],
                );
                e.actor1 = actors[next(4) as usize];
                e.fatalities = next(4) as u32;
                if next(10) == 0 {
                    e.date = None;
                }
                e
            })
            .collect();
        let published = format!("2024-03-{:02}", 9 + next(7));
        let id = format!("art-{i:03}");
        c.add(
            &id,
            ["A", "B", "C"][i % 3],
            &published,
            &format!("نص رقم {i}"),
            &evs,
        );
    }
    c
}

fn shuffled(articles: &[Article], seed: u64) -> Vec<Article> {
    let mut v = articles.to_vec();
    let mut s = seed;
    for i in (1..v.len()).rev() {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let j = ((s >> 33) % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
    v
}

#[test]
fn clusters_do_not_depend_on_input_order_or_batching() {
    let c = tangled_corpus();
    let mut reference = Store::open_in_memory().unwrap();
    c.ingest(&mut reference, &c.articles, 1000);
    let expected = clustering(&reference);
    assert!(
        expected.1.iter().any(|cl| cl.1 > 1),
        "the corpus must have multi-source clusters"
    );
    assert_consistent(&reference);

    let mut reversed: Vec<Article> = c.articles.clone();
    reversed.reverse();
    for (seed, batch) in [(0, 1), (1, 3), (2, 7), (3, 60), (4, 2)] {
        let order = if seed == 0 {
            reversed.clone()
        } else {
            shuffled(&c.articles, seed)
        };
        let mut store = Store::open_in_memory().unwrap();
        // Split into several ingest runs as well as batches.
        for chunk in order.chunks(17) {
            c.ingest(&mut store, chunk, batch);
        }
        assert_consistent(&store);
        assert_eq!(clustering(&store), expected, "seed {seed}, batch {batch}");
    }
}

#[test]
fn complete_linkage_keeps_daily_strikes_apart() {
    let mut c = Corpus::default();
    for (i, date) in ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"]
        .iter()
        .enumerate()
    {
        c.add(
            &format!("d{i}"),
            "A",
            date,
            &format!("يوم {i}"),
            &[ev(SubEventType::AirDroneStrike, date, QUSAYR)],
        );
    }
    let mut store = Store::open_in_memory().unwrap();
    c.ingest(&mut store, &c.articles, 10);
    let rows = store
        .query(&Query {
            clustered: true,
            ..Default::default()
        })
        .unwrap();
    let groups: Vec<Vec<String>> = rows.iter().map(|r| r.event_ids.clone()).collect();
    assert_eq!(groups, [vec!["d0#1", "d1#1"], vec!["d2#1", "d3#1"]]);
}

#[test]
fn queries_filter() {
    let mut c = Corpus::default();
    let mut clash = ev(SubEventType::ArmedClash, "2024-03-12", DEIR);
    clash.actor1 = Some("Syrian Democratic Forces");
    clash.actor2 = Some("Islamic State");
    c.strike("q1", "A", "غارة جوية على مدينة القصير", QUSAYR);
    c.add("q2", "B", "2024-03-12", "اشتباكات في دير الزور", &[clash]);
    c.add(
        "q3",
        "C",
        "2024-03-11",
        "قصف مدفعي على حمص",
        &[ev(SubEventType::Shelling, "2024-03-11", HOMS)],
    );
    let mut store = Store::open_in_memory().unwrap();
    c.ingest(&mut store, &c.articles, 10);
    let ids = |q: Query| -> Vec<String> {
        store
            .query(&q)
            .unwrap()
            .into_iter()
            .map(|r| r.record.event_id)
            .collect()
    };
    let near = |point: &str, km: f64| Some(rasid_store::Near::parse(point, km).unwrap());
    let cases: Vec<(&str, Query, &[&str])> = vec![
        (
            "everything, in date order",
            with(|_| ()),
            &["q1#1", "q3#1", "q2#1"],
        ),
        (
            "from",
            with(|q| q.from = some("2024-03-11")),
            &["q3#1", "q2#1"],
        ),
        ("to", with(|q| q.to = some("2024-03-10")), &["q1#1"]),
        (
            "event type",
            with(|q| q.event_type = some("battles")),
            &["q2#1"],
        ),
        (
            "sub-event id",
            with(|q| q.sub_event_type = some("shelling")),
            &["q3#1"],
        ),
        (
            "sub-event label",
            with(|q| q.sub_event_type = some("Air/drone strike")),
            &["q1#1"],
        ),
        (
            "actor, English",
            with(|q| q.actors = vec!["islamic state".into()]),
            &["q2#1"],
        ),
        // The stored Arabic mention, matched after normalization (إ → ا).
        (
            "actor, Arabic",
            with(|q| q.actors = vec!["الإسرائيلي".into()]),
            &["q1#1", "q3#1"],
        ),
        (
            "any actor",
            with(|q| q.actors = vec!["Russia".into(), "Islamic".into()]),
            &["q2#1"],
        ),
        (
            "admin1",
            with(|q| q.admin1 = some("deir ez-zor")),
            &["q2#1"],
        ),
        ("country", with(|q| q.country = some("Iraq")), &[]),
        (
            "near 30 km",
            with(|q| q.near = near("34.73,36.71", 30.0)),
            &["q1#1", "q3#1"],
        ),
        (
            "near 10 km",
            with(|q| q.near = near("34.73,36.71", 10.0)),
            &["q3#1"],
        ),
        (
            "bbox",
            with(|q| q.bbox = Some("39,34,41,36".parse().unwrap())),
            &["q2#1"],
        ),
        // Full text over normalized text: مدينة finds مدينة; a prefix works.
        ("text", with(|q| q.text = some("مدينة")), &["q1#1"]),
        ("text prefix", with(|q| q.text = some("اشتباك*")), &["q2#1"]),
        (
            "text words are ANDed",
            with(|q| q.text = some("القصير حمص")),
            &[],
        ),
        ("article", with(|q| q.article = some("q3")), &["q3#1"]),
        ("limit", with(|q| q.limit = Some(1)), &["q1#1"]),
    ];
    for (name, query, expected) in cases {
        assert_eq!(ids(query), expected, "{name}");
    }
    assert!(store.query(&with(|q| q.from = some("March"))).is_err());
    assert!(store
        .query(&with(|q| q.sub_event_type = some("strike")))
        .is_err());
}

fn with(set: impl FnOnce(&mut Query)) -> Query {
    let mut q = Query::default();
    set(&mut q);
    q
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn exports() {
    let c = tangled_corpus();
    let mut store = Store::open_in_memory().unwrap();
    c.ingest(&mut store, &c.articles, 50);
    let n_events = store.stats().unwrap().events as usize;

    let mut csv_out = Vec::new();
    let s = export::export(&store, &Query::default(), Format::Csv, &mut csv_out).unwrap();
    assert_eq!(s.written, n_events);
    let mut reader = csv::Reader::from_reader(&csv_out[..]);
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&headers[..ACLED_COLUMNS.len()], ACLED_COLUMNS);
    assert_eq!(reader.records().count(), n_events);

    let mut jsonl = Vec::new();
    export::export(
        &store,
        &Query {
            clustered: true,
            ..Default::default()
        },
        Format::Jsonl,
        &mut jsonl,
    )
    .unwrap();
    let lines: Vec<serde_json::Value> = String::from_utf8(jsonl)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len() as u64, store.stats().unwrap().clusters);
    assert!(lines
        .iter()
        .all(|l| l["source_count"].as_u64().unwrap() >= 1 && l["evidence"].is_array()));

    let mut geo = Vec::new();
    export::export(&store, &Query::default(), Format::GeoJson, &mut geo).unwrap();
    let fc: serde_json::Value = serde_json::from_slice(&geo).unwrap();
    assert_eq!(fc["type"], "FeatureCollection");
    let features = fc["features"].as_array().unwrap();
    assert_eq!(features.len(), n_events);
    let f = &features[0];
    assert_eq!(f["geometry"]["type"], "Point");
    assert_eq!(
        f["geometry"]["coordinates"][0].as_f64(),
        f["properties"]["longitude"].as_f64()
    );
}

#[test]
fn a_sink_can_stop_the_ingest() {
    let mut c = Corpus::default();
    for i in 0..10 {
        c.add(&format!("s{i}"), "A", "2024-03-10", &format!("نص {i}"), &[]);
    }
    struct StopAfter(usize);
    impl IngestSink for StopAfter {
        fn article(&mut self, _: &ArticleReport<'_>) -> ControlFlow<()> {
            self.0 -= 1;
            if self.0 == 0 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        }
    }
    let mut store = Store::open_in_memory().unwrap();
    let items = c.articles.iter().map(|a| Incoming::new("t", a.clone()));
    let s = store
        .ingest(
            items,
            c.extractor(),
            &IngestOptions { batch_size: 4 },
            &mut StopAfter(6),
        )
        .unwrap();
    assert!(s.stopped);
    assert_eq!(store.stats().unwrap().articles, 6);
}

#[test]
fn a_database_file_reopens_with_its_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/rasid.db");
    let mut c = Corpus::default();
    c.strike("a", "A", "نص", QUSAYR);
    {
        let mut store = Store::open(&path).unwrap();
        c.ingest(&mut store, &c.articles, 10);
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.stats().unwrap().events, 1);
    assert_consistent(&store);
}

#[test]
fn events_that_cannot_be_stored_fail_their_article_only() {
    let mut c = Corpus::default();
    let strike = ev(SubEventType::AirDroneStrike, "2024-03-10", QUSAYR);
    c.add(
        "ok",
        "A",
        "2024-03-10",
        "نص سليم",
        std::slice::from_ref(&strike),
    );
    let bad = c.add(
        "dup",
        "A",
        "2024-03-10",
        "نص بحدثين",
        &[strike.clone(), strike],
    );
    // An extractor bug: two events with one id.
    let key = (bad.id.clone(), bad.text.clone());
    let events = c.table.get_mut(&key).unwrap();
    events[1].event_id = events[0].event_id.clone();
    let mut store = Store::open_in_memory().unwrap();
    let s = c.ingest(&mut store, &c.articles, 10);
    assert_eq!((s.inserted, s.failed, s.events), (1, 1, 1));
    let failed = store.failed().unwrap();
    assert_eq!(failed[0].id, "dup");
    assert!(
        failed[0].error.starts_with("store: "),
        "{}",
        failed[0].error
    );
    assert_eq!(store.stats().unwrap().events, 1, "no half-written article");
    assert_consistent(&store);
}

#[test]
fn processes_opening_a_new_database_at_once_do_not_race() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rasid.db");
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let path = path.clone();
            std::thread::spawn(move || Store::open(&path).map(|s| s.stats().unwrap()))
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap().unwrap(), rasid_store::Stats::default());
    }
}
