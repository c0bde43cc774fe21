//! The full import of the eight countries in `../shared/data/geonames/`
//! (SY IQ LB YE LY PS JO TR). Skipped, with a message, when that folder is
//! absent. The index is built once per run into Cargo's test temp dir.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Instant;

use rasid_gazetteer::{Gazetteer, GeoContext, PlaceMention};

const COUNTRIES: [&str; 8] = ["SY", "IQ", "LB", "YE", "LY", "PS", "JO", "TR"];

fn shared_geonames() -> Option<PathBuf> {
    let dir = match std::env::var_os("RASID_SHARED") {
        Some(d) => PathBuf::from(d).join("data/geonames"),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/geonames"),
    };
    dir.join("SY.txt").is_file().then_some(dir)
}

/// The imported gazetteer, or `None` (with a message) without shared data.
fn gazetteer() -> Option<&'static Gazetteer> {
    static GAZ: OnceLock<Option<Gazetteer>> = OnceLock::new();
    GAZ.get_or_init(|| {
        let Some(src) = shared_geonames() else {
            eprintln!("skipped: ../shared/data/geonames not found");
            return None;
        };
        let mut files: Vec<PathBuf> = COUNTRIES
            .iter()
            .map(|c| src.join(format!("{c}.txt")))
            .collect();
        files.push(src.join("admin1CodesASCII.txt"));
        files.push(src.join("admin2Codes.txt"));
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("gazetteer-shared");
        let stats = Gazetteer::import(&files, &dir).expect("import");
        let started = Instant::now();
        let gaz = Gazetteer::load(&dir).expect("load");
        eprintln!(
            "imported {} places, {} names from {} files in {:.2} s; index {:.1} MB; loaded in {} ms; {} lines skipped",
            stats.places,
            stats.names,
            stats.files,
            stats.seconds,
            stats.index_bytes as f64 / 1e6,
            started.elapsed().as_millis(),
            stats.skipped_lines
        );
        assert_eq!(stats.skipped_lines, 0, "{:?}", stats.warnings);
        Some(gaz)
    })
    .as_ref()
}

fn mentions(gaz: &Gazetteer, text: &str) -> (rasid_text::Analysis, Vec<PlaceMention>) {
    let analysis = rasid_text::analyze(text);
    let m = gaz.find_places(&analysis);
    (analysis, m)
}

/// geonameid of the best reading of the only (or first non-common) place
/// mention in `text`.
fn best(gaz: &Gazetteer, text: &str, ctx: &GeoContext) -> u64 {
    let (analysis, ms) = mentions(gaz, text);
    let m = ms
        .iter()
        .find(|m| !m.common_word)
        .unwrap_or_else(|| panic!("{text}: no place in {ms:?}"));
    let r = gaz.resolve(m, ctx).unwrap();
    eprintln!("{text} → {:?}: {}", m.core.slice(analysis.text()), r.reason);
    gaz.place(r.place).geonameid
}

fn admin(wants: bool) -> GeoContext {
    GeoContext {
        wants_admin_area: wants,
        ..Default::default()
    }
}

#[test]
fn all_countries_are_imported_with_admin_names() {
    let Some(gaz) = gazetteer() else { return };
    assert!(gaz.len() > 120_000, "{}", gaz.len());
    let dz = gaz.place(gaz.by_geonameid(170794).unwrap());
    assert_eq!(gaz.admin1_name(dz), Some("Deir ez-Zor"));
    assert_eq!(gaz.country_name(&dz.country_code), "Syria");
    for cc in COUNTRIES {
        assert!(
            gaz.places().iter().any(|p| p.country_code == cc),
            "{cc} missing"
        );
    }
}

#[test]
fn deir_ez_zor_spellings_find_the_city() {
    let Some(gaz) = gazetteer() else { return };
    for text in [
        "قصف في دير الزور",
        "قصف في ديرالزور",
        "قصف بديرالزور",
        "ودير الزور",
    ] {
        let (_, ms) = mentions(gaz, text);
        let m = ms.last().unwrap();
        let ids: Vec<u64> = m
            .candidates
            .iter()
            .map(|&p| gaz.place(p).geonameid)
            .collect();
        assert!(ids.contains(&170794), "{text}: {ids:?}");
        assert!(ids.contains(&170792), "{text}: governorate missing {ids:?}");
        assert_eq!(best(gaz, text, &admin(false)), 170794, "{text}");
    }
}

#[test]
fn governorate_only_when_the_text_says_so() {
    let Some(gaz) = gazetteer() else { return };
    assert_eq!(best(gaz, "محافظة دير الزور", &admin(true)), 170792);
    assert_eq!(best(gaz, "دير الزور", &admin(false)), 170794);
    assert_eq!(best(gaz, "ريف حلب", &admin(true)), 170062);
    assert_eq!(best(gaz, "حلب", &admin(false)), 170063);
}

#[test]
fn major_cities_resolve_to_themselves() {
    let Some(gaz) = gazetteer() else { return };
    let cases = [
        ("حمص", 169577),
        ("الرقة", 172955),
        ("بالرقة", 172955),
        ("عفرين", 174186),
        ("دمشق", 170654),
        ("إدلب", 169389),
        ("البوكمال", 174448),
        ("البو كمال", 174448),
        ("أبو كمال", 174448),
        ("الميادين", 173480),
        ("القامشلي", 173377),
        ("منبج", 167357),
        ("بغداد", 98182),
        ("الموصل", 99072),
        ("بيروت", 276781),
        ("صيدا", 268064),
        ("الحديدة", 79415),
        ("تعز", 70225),
        ("بنغازي", 88319),
        ("غزة", 281133),
        ("خان يونس", 281124),
        ("نابلس", 282615),
    ];
    let mut wrong = Vec::new();
    for (text, id) in cases {
        let got = best(gaz, text, &admin(false));
        if got != id {
            wrong.push(format!("{text}: {got} (expected {id})"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn an_ambiguous_name_follows_the_admin1_hint() {
    let Some(gaz) = gazetteer() else { return };
    // Several villages are called الحميدية; each hint picks its own.
    let candidates = gaz.lookup("الحميديه");
    let mut by_admin1: Vec<(String, u64)> = candidates
        .iter()
        .map(|&p| gaz.place(p))
        .filter(|p| p.country_code == "SY")
        .map(|p| (p.admin1_code.clone(), p.geonameid))
        .collect();
    by_admin1.sort();
    by_admin1.dedup_by(|a, b| a.0 == b.0);
    assert!(by_admin1.len() >= 2, "{by_admin1:?}");
    for (a1, _) in by_admin1.iter().take(3) {
        let ctx = GeoContext {
            admin1_hint: Some(("SY".into(), a1.clone())),
            country_weights: vec![("SY".into(), 1.0)],
            ..Default::default()
        };
        let got = best(gaz, "الحميدية", &ctx);
        let place = gaz.place(gaz.by_geonameid(got).unwrap());
        assert_eq!(&place.admin1_code, a1, "hint SY.{a1} gave {got}");
    }
}

#[test]
fn country_weights_keep_places_in_the_article_country() {
    let Some(gaz) = gazetteer() else { return };
    // طرابلس is both Tripoli (Libya) and Tripoli (Lebanon).
    let ly = GeoContext {
        country_weights: vec![("LY".into(), 1.0)],
        ..Default::default()
    };
    let lb = GeoContext {
        country_weights: vec![("LB".into(), 1.0)],
        ..Default::default()
    };
    let got_ly = gaz.place(gaz.by_geonameid(best(gaz, "طرابلس", &ly)).unwrap());
    let got_lb = gaz.place(gaz.by_geonameid(best(gaz, "طرابلس", &lb)).unwrap());
    assert_eq!(got_ly.country_code, "LY");
    assert_eq!(got_lb.country_code, "LB");
    assert!(got_ly.population > 100_000 && got_lb.population > 100_000);
}

#[test]
fn common_words_are_flagged() {
    let Some(gaz) = gazetteer() else { return };
    let text = "سيطرت قوات النظام على جبهة الساحل بحسب مصادر محلية وشهود في حلب";
    let (analysis, ms) = mentions(gaz, text);
    for m in &ms {
        let core = m.core.slice(analysis.text());
        let expect_common = core != "حلب";
        assert_eq!(m.common_word, expect_common, "{core}");
    }
    assert!(ms.len() >= 4, "{ms:?}");
    let (_, alone) = mentions(gaz, "وقالت إنه على الأرض");
    assert!(alone.iter().all(|m| m.common_word), "{alone:?}");
    assert!(!alone.is_empty());
}

/// Ordinary words that are also village names: wherever one of them is
/// matched alone, it is flagged (the extractor then needs a cue).
#[test]
fn trap_words_are_flagged_whenever_they_match() {
    let Some(gaz) = gazetteer() else { return };
    let traps = [
        "على",
        "جبهة",
        "الساحل",
        "البحر",
        "جبل",
        "محيط",
        "معركة",
        "شهود",
        "الحصن",
        "قوات",
        "مصادر",
        "مدينة",
        "منطقة",
        "عناصر",
        "الشيخ",
        "حي",
        "مركز",
        "الجيش",
        "الأمن",
        "الحرب",
        "اليوم",
        "الحكومة",
        "وزير",
        "نظام",
        "مقتل",
        "مواقع",
        "الشرطة",
        "هجوم",
        "قصف",
        "الباب",
        "صور",
        "ميادين",
        "خليل",
        "أحد",
        "عبر",
        "عنه",
        "بلد",
        "سلمية",
        "دورا",
        "الجزيرة",
    ];
    let mut matched = 0;
    for w in traps {
        let (analysis, ms) = mentions(gaz, w);
        for m in &ms {
            matched += 1;
            assert!(
                m.common_word,
                "{w}: {:?} is not flagged",
                m.core.slice(analysis.text())
            );
        }
    }
    assert!(matched >= 30, "only {matched} traps matched a place at all");
    // Their definite or proper namesakes stay places.
    for place in ["الميادين", "الخليل", "حلب", "دير الزور", "القصير"]
    {
        let (_, ms) = mentions(gaz, place);
        assert!(ms.iter().all(|m| !m.common_word), "{place}");
    }
}

#[test]
fn governorates_lie_at_their_capitals() {
    let Some(gaz) = gazetteer() else { return };
    // (ADM1, its seat): by name (Homs), by an alternate name (Nineveh is
    // الموصل too), by feature code or population.
    for (area, seat) in [
        (169575, 169577), // Homs
        (170792, 170794), // Deir ez-Zor
        (92877, 99072),   // Nineveh: Mosul
        (99592, 98717),   // Al Anbar: Ramadi
        (96965, 97990),   // Diyala: Baqubah
        (281132, 281133), // Gaza Strip: Gaza
        (80425, 69426),   // Abyan: Zinjibar
    ] {
        let a = gaz.by_geonameid(area).unwrap();
        let s = gaz.seat_of(a).map(|s| gaz.place(s).geonameid);
        assert_eq!(s, Some(seat), "seat of {area}");
        let (pa, ps) = (gaz.place(a), gaz.place(gaz.seat_of(a).unwrap()));
        assert_eq!((pa.lat, pa.lon), (ps.lat, ps.lon));
    }
}

#[test]
fn bare_names_prefer_governorates_over_hamlets_and_the_covered_countries() {
    let Some(gaz) = gazetteer() else { return };
    let bare = admin(false);
    assert_eq!(best(gaz, "في أبين", &bare), 80425, "Abyan governorate");
    let yemen = GeoContext {
        country_weights: vec![("YE".into(), 1.0)],
        ..Default::default()
    };
    assert_eq!(best(gaz, "في الجوف", &yemen), 74222, "al-Jawf governorate");
    assert_eq!(
        best(gaz, "في البيرة", &bare),
        285108,
        "al-Bireh, not Birecik"
    );
    // A town of some size still beats its governorate.
    assert_eq!(best(gaz, "في إدلب", &bare), 169389);
    assert_eq!(best(gaz, "في صعدة", &bare), 71334);
}

#[test]
fn curated_names_regions_and_neighbourhoods() {
    let Some(gaz) = gazetteer() else { return };
    let bare = admin(false);
    assert_eq!(best(gaz, "في كوباني", &bare), 172256);
    assert_eq!(best(gaz, "في بلدة الشحيل", &bare), 164623);
    let place_of = |text: &str| {
        let (_, ms) = mentions(gaz, text);
        let m = ms.iter().find(|m| !m.common_word).expect(text);
        gaz.place(gaz.resolve(m, &bare).unwrap().place)
    };
    let desert = place_of("في البادية السورية");
    assert!(desert.is_region());
    let tadmur = gaz.place(gaz.by_geonameid(163808).unwrap());
    assert_eq!((desert.lat, desert.lon), (tadmur.lat, tadmur.lon));
    // جنوب لبنان is the region, not the governorate that has it as a name.
    assert!(place_of("في جنوب لبنان").is_region());
    // A neighbourhood is its city, wherever it is named.
    let hood = place_of("في حي الشيخ مقصود");
    assert_eq!(
        (hood.feature_code.as_str(), hood.asciiname.as_str()),
        ("PPLX", "Aleppo")
    );
    let aleppo = gaz.by_geonameid(170063).unwrap();
    let hood_id = gaz
        .lookup("الشيخ مقصود")
        .iter()
        .copied()
        .find(|&p| gaz.place(p).feature_code == "PPLX")
        .unwrap();
    assert_eq!(gaz.seat_of(hood_id), Some(aleppo));
}

#[test]
fn english_spellings_find_their_places() {
    let Some(gaz) = gazetteer() else { return };
    for (text, id) in [
        ("in Deir al-Zour", 170794),
        ("in Dayr az Zawr", 170794),
        ("in Maarat al-Numan", 167611),
        ("in Ma'arrat an-Nu'man", 167611),
        ("in Jisr al-Shughour", 169023),
        ("in Khan Sheikhoun", 168325),
        ("in Al-Mayadeen", 173480),
        ("in Qamishly", 173377),
        ("in Tell Abyad", 163750),
        ("in Mosul", 99072),
    ] {
        assert_eq!(best(gaz, text, &admin(false)), id, "{text}");
    }
}
