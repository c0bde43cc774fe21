//! The built-in list: every place the extractor must know without an
//! imported gazetteer, by its usual Arabic spelling, lands within 25 km of
//! where it is (coordinates written from general knowledge, rounded).

use rasid_gazetteer::{distance_km, Gazetteer, GeoContext};

/// (Arabic name as written in news, country, latitude, longitude)
const REQUIRED: &[(&str, &str, f64, f64)] = &[
    ("دير الزور", "SY", 35.34, 40.14),
    ("دمشق", "SY", 33.51, 36.29),
    ("حلب", "SY", 36.20, 37.16),
    ("حمص", "SY", 34.73, 36.72),
    ("حماة", "SY", 35.13, 36.75),
    ("إدلب", "SY", 35.93, 36.63),
    ("الرقة", "SY", 35.95, 39.01),
    ("الحسكة", "SY", 36.50, 40.75),
    ("القامشلي", "SY", 37.05, 41.23),
    ("درعا", "SY", 32.62, 36.10),
    ("السويداء", "SY", 32.71, 36.57),
    ("اللاذقية", "SY", 35.52, 35.79),
    ("طرطوس", "SY", 34.89, 35.89),
    ("القنيطرة", "SY", 33.13, 35.82),
    ("تدمر", "SY", 34.56, 38.28),
    ("البوكمال", "SY", 34.45, 40.92),
    ("الميادين", "SY", 35.02, 40.45),
    ("منبج", "SY", 36.53, 37.95),
    ("عفرين", "SY", 36.51, 36.87),
    ("أعزاز", "SY", 36.59, 37.05),
    ("الباب", "SY", 36.37, 37.52),
    ("بغداد", "IQ", 33.34, 44.40),
    ("الموصل", "IQ", 36.34, 43.13),
    ("البصرة", "IQ", 30.51, 47.78),
    ("أربيل", "IQ", 36.19, 44.01),
    ("كركوك", "IQ", 35.47, 44.39),
    ("الرمادي", "IQ", 33.42, 43.30),
    ("الفلوجة", "IQ", 33.35, 43.78),
    ("تكريت", "IQ", 34.61, 43.68),
    ("سامراء", "IQ", 34.20, 43.87),
    ("بعقوبة", "IQ", 33.75, 44.64),
    ("النجف", "IQ", 32.03, 44.35),
    ("كربلاء", "IQ", 32.62, 44.02),
    ("السليمانية", "IQ", 35.56, 45.44),
    ("دهوك", "IQ", 36.87, 43.00),
    ("سنجار", "IQ", 36.32, 41.88),
    ("القائم", "IQ", 34.37, 41.09),
    ("بيروت", "LB", 33.89, 35.50),
    ("صور", "LB", 33.27, 35.20),
    ("صيدا", "LB", 33.56, 35.37),
    ("النبطية", "LB", 33.38, 35.48),
    ("بعلبك", "LB", 34.00, 36.21),
    ("طرابلس", "LB", 34.44, 35.85),
    ("الهرمل", "LB", 34.39, 36.39),
    ("بنت جبيل", "LB", 33.12, 35.43),
    ("صنعاء", "YE", 15.35, 44.21),
    ("عدن", "YE", 12.78, 45.04),
    ("الحديدة", "YE", 14.80, 42.95),
    ("تعز", "YE", 13.58, 44.02),
    ("مأرب", "YE", 15.46, 45.33),
    ("صعدة", "YE", 16.94, 43.76),
    ("حجة", "YE", 15.69, 43.60),
    ("إب", "YE", 13.97, 44.18),
    ("المكلا", "YE", 14.54, 49.12),
    ("طرابلس", "LY", 32.89, 13.19),
    ("بنغازي", "LY", 32.12, 20.07),
    ("مصراتة", "LY", 32.38, 15.09),
    ("سرت", "LY", 31.21, 16.59),
    ("درنة", "LY", 32.77, 22.64),
    ("سبها", "LY", 27.04, 14.43),
    ("الزاوية", "LY", 32.76, 12.73),
    ("غزة", "PS", 31.50, 34.47),
    ("رفح", "PS", 31.30, 34.25),
    ("خان يونس", "PS", 31.34, 34.31),
    ("جباليا", "PS", 31.53, 34.48),
    ("نابلس", "PS", 32.22, 35.26),
    ("جنين", "PS", 32.46, 35.30),
    ("طولكرم", "PS", 32.31, 35.03),
    ("الخليل", "PS", 31.53, 35.10),
    ("رام الله", "PS", 31.90, 35.20),
    ("بيت لحم", "PS", 31.70, 35.20),
    ("أريحا", "PS", 31.86, 35.46),
    ("طوباس", "PS", 32.32, 35.37),
    ("القدس", "PS", 31.77, 35.22),
    ("عمان", "JO", 31.96, 35.95),
];

#[test]
fn required_places_resolve_near_where_they_are() {
    let gaz = Gazetteer::builtin();
    let mut wrong = Vec::new();
    for &(name, cc, lat, lon) in REQUIRED {
        let ctx = GeoContext {
            country_weights: vec![(cc.to_string(), 1.0)],
            ..Default::default()
        };
        let analysis = rasid_text::analyze(&format!("في {name}"));
        let mentions = gaz.find_places(&analysis);
        let Some(r) = mentions.first().and_then(|m| gaz.resolve(m, &ctx)) else {
            wrong.push(format!("{name}: not found"));
            continue;
        };
        let p = gaz.place(r.place);
        let d = distance_km((p.lat, p.lon), (lat, lon));
        if p.country_code != cc || d > 25.0 {
            wrong.push(format!(
                "{name}: {} {} {:.0} km off",
                p.name, p.country_code, d
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_governorate_is_there_with_its_admin1_name() {
    let gaz = Gazetteer::builtin();
    for (cc, count) in [
        ("SY", 14),
        ("IQ", 18),
        ("LB", 8),
        ("YE", 22),
        ("LY", 22),
        ("PS", 2),
        ("JO", 12),
    ] {
        let adm1: Vec<_> = gaz
            .places()
            .iter()
            .filter(|p| p.country_code == cc && p.is_adm1())
            .collect();
        assert_eq!(adm1.len(), count, "{cc}");
        for p in adm1 {
            assert!(
                gaz.admin1_name(p).is_some(),
                "{cc}: {} has no admin1 name",
                p.name
            );
            assert!(p.name_ar.is_some(), "{}", p.name);
        }
    }
}

#[test]
fn a_governorate_when_asked_for_one() {
    let gaz = Gazetteer::builtin();
    let ctx = GeoContext {
        wants_admin_area: true,
        ..Default::default()
    };
    let analysis = rasid_text::analyze("ريف دير الزور");
    let m = &gaz.find_places(&analysis)[0];
    let p = gaz.place(gaz.resolve(m, &ctx).unwrap().place);
    assert_eq!((p.geonameid, p.feature_code.as_str()), (170792, "ADM1"));
    assert_eq!(gaz.admin1_name(p), Some("Deir ez-Zor"));
    assert_eq!(gaz.country_name("SY"), "Syria");
}
