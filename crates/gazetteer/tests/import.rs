//! Import, index and resolution on the hand-written fixtures in
//! `tests/fixtures/` (see its README).

use std::path::{Path, PathBuf};

use rasid_gazetteer::{Gazetteer, GazetteerError, GeoContext, PlaceId};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn standard_files() -> Vec<PathBuf> {
    ["SY.txt", "admin1CodesASCII.txt", "admin2Codes.txt"]
        .iter()
        .map(|f| fixture(f))
        .collect()
}

fn imported(files: &[PathBuf]) -> (tempfile::TempDir, Gazetteer) {
    let dir = tempfile::tempdir().unwrap();
    Gazetteer::import(files, dir.path()).unwrap();
    let gaz = Gazetteer::load(dir.path()).unwrap();
    (dir, gaz)
}

/// Places imported from the files, without the curated regions.
/// Places read from the files: not the curated regions, nor the built-in
/// Israeli towns an import without an IL file keeps.
fn imported_count(gaz: &Gazetteer) -> usize {
    gaz.places()
        .iter()
        .filter(|p| !p.is_region() && p.country_code != "IL")
        .count()
}

fn ids(gaz: &Gazetteer, places: &[PlaceId]) -> Vec<u64> {
    let mut v: Vec<u64> = places.iter().map(|&p| gaz.place(p).geonameid).collect();
    v.sort_unstable();
    v
}

/// geonameid of the best candidate for `phrase` in `ctx`.
fn resolve_one(gaz: &Gazetteer, phrase: &str, ctx: &GeoContext) -> u64 {
    let analysis = rasid_text::analyze(phrase);
    let mentions = gaz.find_places(&analysis);
    assert_eq!(mentions.len(), 1, "{phrase}: {mentions:?}");
    let r = gaz.resolve(&mentions[0], ctx).unwrap();
    gaz.place(r.place).geonameid
}

mod importing {
    use super::*;

    #[test]
    fn imports_places_admin_names_and_stats() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!Gazetteer::is_imported(dir.path()));
        let stats = Gazetteer::import(&standard_files(), dir.path()).unwrap();
        assert_eq!(stats.places, 13);
        assert_eq!(stats.files, 3);
        assert_eq!(stats.skipped_lines, 0);
        assert!(stats.names > 20, "{}", stats.names);
        assert!(stats.index_bytes > 0);
        assert!(Gazetteer::is_imported(dir.path()));

        let gaz = Gazetteer::load(dir.path()).unwrap();
        let city = gaz.place(gaz.by_geonameid(1000001).unwrap());
        assert_eq!(city.name_ar.as_deref(), Some("دير الزور"));
        assert_eq!(city.feature_class, 'P');
        assert_eq!(city.feature_code, "");
        assert_eq!(gaz.admin1_name(city), Some("Deir ez-Zor"));
        assert_eq!(gaz.admin2_name(city), None);
        let abu_kamal = gaz.place(gaz.by_geonameid(1000006).unwrap());
        assert_eq!(gaz.admin2_name(abu_kamal), Some("Al Mayadin District"));
        assert_eq!(gaz.country_name("SY"), "Syria");
        assert_eq!(gaz.country_name("IL"), "Israel");
    }

    #[test]
    fn name_variants_are_indexed() {
        let (_dir, gaz) = imported(&standard_files());
        assert_eq!(ids(&gaz, gaz.lookup("دير الزور")), vec![1000001, 1000002]);
        assert_eq!(ids(&gaz, gaz.lookup("ديرالزور")), vec![1000001, 1000002]);
        assert_eq!(ids(&gaz, gaz.lookup("محافظه دير الزور")), vec![1000002]);
        for name in ["البو كمال", "البوكمال", "ابو كمال", "ابوكمال", "بو كمال"]
        {
            assert_eq!(ids(&gaz, gaz.lookup(name)), vec![1000006], "{name}");
        }
        assert_eq!(ids(&gaz, gaz.lookup("حميديه")), vec![1000003, 1000004]);
        assert_eq!(ids(&gaz, gaz.lookup("deir ez zor")), vec![1000001, 1000002]);
        assert_eq!(ids(&gaz, gaz.lookup("سوريه")), vec![1000008]);
        assert!(gaz.lookup("حلب").is_empty());
    }

    #[test]
    fn alternate_names_add_arabic_names_and_skip_historic_ones() {
        let mut files = standard_files();
        files.push(fixture("alternateNamesV2.txt"));
        let (_dir, gaz) = imported(&files);
        assert_eq!(ids(&gaz, gaz.lookup("قديمه الخربه")), vec![1000007]);
        assert!(gaz.lookup("حميديه القديمه").is_empty(), "historic name");
        assert!(gaz.lookup("مكان مجهول").is_empty(), "place not imported");
    }

    #[test]
    fn alternate_names_keep_the_main_name_and_index_latin_spellings() {
        let mut files = standard_files();
        files.push(fixture("alternateNamesV2.txt"));
        let (_dir, gaz) = imported(&files);
        let kamal = gaz.place(gaz.by_geonameid(1000006).unwrap());
        // A preferred short or colloquial name is indexed, not made main.
        assert_eq!(kamal.name_ar.as_deref(), Some("البو كمال"));
        assert_eq!(ids(&gaz, gaz.lookup("البوكمال الشرقيه")), vec![1000006]);
        assert_eq!(ids(&gaz, gaz.lookup("الكماليه")), vec![1000006]);
        assert!(gaz.lookup("القشله").is_empty(), "a name no longer used");
        // An English alternate is found in any spelling of its family.
        let analysis = rasid_text::analyze("in Abou Kamal and Abu-Kamal");
        let found = gaz.find_places(&analysis);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found
            .iter()
            .all(|m| ids(&gaz, &m.candidates) == vec![1000006]));
    }

    #[test]
    fn israeli_towns_stay_known_without_an_il_file() {
        let dir = tempfile::tempdir().unwrap();
        let stats = Gazetteer::import(&standard_files(), dir.path()).unwrap();
        assert!(stats.builtin > 0);
        let gaz = Gazetteer::load(dir.path()).unwrap();
        let found = gaz.lookup("كريات شمونه");
        assert!(
            found.iter().any(|&p| gaz.place(p).country_code == "IL"),
            "{found:?}"
        );
    }

    #[test]
    fn several_country_files_go_into_one_index() {
        let mut files = standard_files();
        files.push(fixture("SY-extra.txt"));
        let (_dir, gaz) = imported(&files);
        assert_eq!(imported_count(&gaz), 14);
        assert_eq!(ids(&gaz, gaz.lookup("تل ابيض")), vec![2000001]);
    }

    #[test]
    fn reimport_replaces_the_index() {
        let dir = tempfile::tempdir().unwrap();
        let mut files = standard_files();
        files.push(fixture("SY-extra.txt"));
        Gazetteer::import(&files, dir.path()).unwrap();
        assert_eq!(imported_count(&Gazetteer::load(dir.path()).unwrap()), 14);
        Gazetteer::import(&standard_files(), dir.path()).unwrap();
        let gaz = Gazetteer::load(dir.path()).unwrap();
        assert_eq!(imported_count(&gaz), 13);
        assert!(gaz.lookup("تل ابيض").is_empty());
        // Nothing but the index is left behind in the directory.
        let entries: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(entries, vec![rasid_gazetteer::INDEX_FILE]);
    }

    #[test]
    fn malformed_lines_are_skipped_and_reported() {
        let mut files = standard_files();
        files.push(fixture("SY-bad.txt"));
        let dir = tempfile::tempdir().unwrap();
        let stats = Gazetteer::import(&files, dir.path()).unwrap();
        assert_eq!(stats.skipped_lines, 2);
        assert_eq!(stats.places, 14);
        assert!(
            stats.warnings[0].contains("SY-bad.txt:1: bad latitude"),
            "{:?}",
            stats.warnings
        );
        assert!(stats.warnings[1].contains("SY-bad.txt:3:"));
    }

    #[test]
    fn a_file_with_no_good_line_is_an_error_naming_the_line() {
        let mut files = standard_files();
        files.push(fixture("SY-all-bad.txt"));
        let dir = tempfile::tempdir().unwrap();
        let err = Gazetteer::import(&files, dir.path()).unwrap_err();
        assert!(
            matches!(err, GazetteerError::Parse { line: 1, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("SY-all-bad.txt:1:"), "{err}");
        assert!(!Gazetteer::is_imported(dir.path()));
    }

    #[test]
    fn unknown_and_missing_files_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let err = Gazetteer::import(&[fixture("notes.txt")], dir.path()).unwrap_err();
        assert!(matches!(err, GazetteerError::UnknownFile { .. }), "{err}");
        let err = Gazetteer::import(&[fixture("admin1CodesASCII.txt")], dir.path()).unwrap_err();
        assert!(matches!(err, GazetteerError::NoCountryFile), "{err}");
        let err = Gazetteer::import(&[fixture("missing.txt")], dir.path()).unwrap_err();
        assert!(matches!(err, GazetteerError::Io { .. }), "{err}");
    }

    #[test]
    fn loading_without_or_with_a_bad_index_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = Gazetteer::load(dir.path()).unwrap_err();
        assert!(matches!(err, GazetteerError::NotImported { .. }), "{err}");
        std::fs::write(dir.path().join(rasid_gazetteer::INDEX_FILE), b"garbage").unwrap();
        let err = Gazetteer::load(dir.path()).unwrap_err();
        assert!(matches!(err, GazetteerError::BadIndex { .. }), "{err}");
    }
}

mod finding {
    use super::*;

    #[test]
    fn finds_names_with_clitics_and_compounds() {
        let (_dir, gaz) = imported(&standard_files());
        let text = "قصفت طائرات بديرالزور ثم في دير الزور وقرب البوكمال.";
        let analysis = rasid_text::analyze(text);
        let found: Vec<(&str, &str)> = gaz
            .find_places(&analysis)
            .iter()
            .map(|m| (m.span.slice(analysis.text()), m.core.slice(analysis.text())))
            .collect();
        assert_eq!(
            found,
            vec![
                ("بديرالزور", "ديرالزور"),
                ("دير الزور", "دير الزور"),
                ("البوكمال", "البوكمال"),
            ]
        );
    }

    #[test]
    fn a_generic_head_stays_outside_the_name() {
        let (_dir, gaz) = imported(&standard_files());
        let analysis = rasid_text::analyze("في محافظة دير الزور");
        let mentions = gaz.find_places(&analysis);
        assert_eq!(mentions.len(), 1);
        assert_eq!(mentions[0].span.slice(analysis.text()), "دير الزور");
    }

    #[test]
    fn names_do_not_cross_lines_or_punctuation() {
        let (_dir, gaz) = imported(&standard_files());
        let analysis = rasid_text::analyze("دير\nالزور، دير. الزور");
        assert!(gaz
            .find_places(&analysis)
            .iter()
            .all(|m| !m.span.slice(analysis.text()).contains(' ')));
    }

    /// (span, core, common_word) of every mention.
    fn found(gaz: &Gazetteer, text: &str) -> Vec<(String, String, bool)> {
        let analysis = rasid_text::analyze(text);
        let t = analysis.text();
        gaz.find_places(&analysis)
            .iter()
            .map(|m| {
                (
                    m.span.slice(t).to_string(),
                    m.core.slice(t).to_string(),
                    m.common_word,
                )
            })
            .collect()
    }

    #[test]
    fn common_words_are_flagged() {
        let (_dir, gaz) = imported(&standard_files());
        assert_eq!(
            found(&gaz, "سيطرت القوات على المواقع"),
            vec![("علي".into(), "علي".into(), true)]
        );
        // الباب is listed; الحميدية is neither listed nor short.
        assert!(found(&gaz, "في الباب")[0].2);
        assert!(!found(&gaz, "في الحميدية")[0].2);
    }

    #[test]
    fn a_common_word_before_a_name_gives_way_to_it_but_not_in_a_list() {
        let (_dir, gaz) = imported(&standard_files());
        let cores =
            |text: &str| -> Vec<String> { found(&gaz, text).into_iter().map(|f| f.1).collect() };
        assert_eq!(cores("في مخيم الفارعة"), vec!["الفارعه"]);
        assert_eq!(cores("على دير الزور"), vec!["دير الزور"]);
        assert_eq!(cores("في الباب والراعي"), vec!["الباب", "الراعي"]);
    }

    #[test]
    fn a_common_word_after_a_head_word_is_the_name() {
        let (_dir, gaz) = imported(&standard_files());
        let cores =
            |text: &str| -> Vec<String> { found(&gaz, text).into_iter().map(|f| f.1).collect() };
        // Alone, مخيم gives way to the name after it, even an ordinary word.
        assert_eq!(cores("في مخيم على الطريق"), vec!["علي"]);
        // After a head word it is the name, whatever follows.
        assert_eq!(cores("في بلدة مخيم على الطريق"), vec!["مخيم", "علي"]);
        assert_eq!(cores("في حي مخيم بالفارعة"), vec!["مخيم", "الفارعه"]);
        assert_eq!(cores("في بلدتي مخيم والفارعة"), vec!["مخيم", "الفارعه"]);
    }

    #[test]
    fn english_spellings_of_a_name_find_the_place() {
        let (_dir, gaz) = imported(&standard_files());
        for text in [
            "shelling in Deir ez-Zor",
            "shelling in Dayr az Zawr",
            "shelling in Deir al-Zour",
            "shelling in DEIR EL ZOR",
        ] {
            let analysis = rasid_text::analyze(text);
            let m = gaz.find_places(&analysis);
            assert_eq!(m.len(), 1, "{text}: {m:?}");
            assert!(!m[0].common_word, "{text}");
            assert_eq!(
                ids(&gaz, &m[0].candidates),
                vec![1000001, 1000002],
                "{text}"
            );
        }
        // Ordinary English words do not run together into a name.
        let analysis = rasid_text::analyze("he said the army hit back");
        assert!(gaz.find_places(&analysis).is_empty());
    }

    #[test]
    fn the_article_is_never_split_off_a_name() {
        let (_dir, gaz) = imported(&standard_files());
        // صبحه is indexed without the article: الصبحة is another place.
        assert!(found(&gaz, "بلدة الصبحة").is_empty());
        assert!(found(&gaz, "والصبحة").is_empty());
        assert_eq!(found(&gaz, "في صبحة")[0].1, "صبحه");
        // ل + ال written لل still finds the definite name.
        assert_eq!(
            found(&gaz, "للحميدية"),
            vec![("للحميديه".into(), "حميديه".into(), false)]
        );
        assert_eq!(found(&gaz, "بالحميدية")[0].1, "الحميديه");
    }
}

mod resolving {
    use super::*;

    #[test]
    fn a_bare_name_prefers_the_city_and_an_admin_cue_the_governorate() {
        let (_dir, gaz) = imported(&standard_files());
        let bare = GeoContext::default();
        assert_eq!(resolve_one(&gaz, "في دير الزور", &bare), 1000001);
        let admin = GeoContext {
            wants_admin_area: true,
            ..Default::default()
        };
        assert_eq!(resolve_one(&gaz, "محافظة دير الزور", &admin), 1000002);
    }

    #[test]
    fn an_admin1_hint_or_a_nearby_place_picks_among_namesakes() {
        let (_dir, gaz) = imported(&standard_files());
        let hint = |a1: &str| GeoContext {
            admin1_hint: Some(("SY".into(), a1.into())),
            ..Default::default()
        };
        assert_eq!(resolve_one(&gaz, "الحميدية", &hint("14")), 1000003);
        assert_eq!(resolve_one(&gaz, "الحميدية", &hint("01")), 1000004);
        let near = GeoContext {
            nearby: vec![(36.5, 40.7)],
            ..Default::default()
        };
        assert_eq!(resolve_one(&gaz, "الحميدية", &near), 1000004);
    }

    #[test]
    fn the_reason_names_the_parts_of_the_score() {
        let (_dir, gaz) = imported(&standard_files());
        let ctx = GeoContext {
            country_weights: vec![("SY".into(), 0.9)],
            admin1_hint: Some(("SY".into(), "07".into())),
            ..Default::default()
        };
        let analysis = rasid_text::analyze("دير الزور");
        let m = &gaz.find_places(&analysis)[0];
        let r = gaz.resolve(m, &ctx).unwrap();
        for part in [
            "country SY weight 0.90",
            "admin1 hint matched (SY.07)",
            "population 271800",
            "feature P/-",
            "Deir ez-Zor",
        ] {
            assert!(r.reason.contains(part), "{part} not in {}", r.reason);
        }
        assert_eq!(r.alternatives.len(), 1);
        assert!(r.alternatives[0].1 < r.score);
    }

    #[test]
    fn an_admin_area_lies_at_its_seat() {
        let (_dir, gaz) = imported(&standard_files());
        let area = gaz.by_geonameid(1000002).unwrap();
        let city = gaz.by_geonameid(1000001).unwrap();
        assert_eq!(gaz.seat_of(area), Some(city));
        let (a, c) = (gaz.place(area), gaz.place(city));
        assert_eq!((a.lat, a.lon), (c.lat, c.lon));
        assert_eq!(gaz.seat_of(city), None);
    }

    #[test]
    fn curated_regions_are_places_at_their_representative_town() {
        let (_dir, gaz) = imported(&standard_files());
        let analysis = rasid_text::analyze("هجوم في البادية السورية");
        let m = gaz.find_places(&analysis);
        assert_eq!(m.len(), 1, "{m:?}");
        let r = gaz.resolve(&m[0], &GeoContext::default()).unwrap();
        let region = gaz.place(r.place);
        assert!(region.is_region(), "{region:?}");
        assert_eq!(region.country_code, "SY");
        // Tadmur, from the file: it was not imported here.
        assert!(rasid_gazetteer::distance_km((region.lat, region.lon), (34.56, 38.28)) < 5.0);
    }

    #[test]
    fn abandoned_places_are_penalised() {
        let (_dir, gaz) = imported(&standard_files());
        let ruin = gaz.place(gaz.by_geonameid(1000007).unwrap());
        let village = gaz.place(gaz.by_geonameid(1000003).unwrap());
        let ctx = GeoContext::default();
        assert!(
            gaz.score_place(ruin, true, &ctx, None) < gaz.score_place(village, true, &ctx, None)
        );
    }
}
