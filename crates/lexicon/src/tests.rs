//! Matching rules and load errors, as tables of sentences written for these
//! tests. The lexicon is `tests/fixtures/basic` unless a case needs its own.

use std::path::Path;
use std::sync::OnceLock;

use rasid_text::{analyze, normalize_str};

use super::*;

fn basic() -> &'static Lexicons {
    static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
    LEXICONS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic");
        Lexicons::from_dir(&dir).expect("fixture loads")
    })
}

/// A readable name for an entry: the id for actors and triggers, a kind
/// prefix otherwise.
fn label(lex: &Lexicons, entry: Entry) -> String {
    match entry {
        Entry::Actor(id) => lex.actor(id).id.clone(),
        Entry::Trigger(id) => lex.trigger(id).id.clone(),
        Entry::Nationality(id) => format!("nationality:{}", lex.nationality(id).country),
        Entry::Qualifier(sub) => format!("qualifier:{}", sub.id()),
        Entry::Cue(cue) => format!("cue:{cue:?}"),
    }
}

/// One mention as text: (entry label, core, span, prefix).
type Found = (String, String, String, String);

fn found(lex: &Lexicons, text: &str) -> Vec<Found> {
    let analysis = analyze(text);
    let t = analysis.text();
    lex.scan(&analysis)
        .into_iter()
        .map(|m| {
            (
                label(lex, m.entry),
                m.core.slice(t).to_string(),
                m.span.slice(t).to_string(),
                m.prefix.slice(t).to_string(),
            )
        })
        .collect()
}

#[test]
fn clitics_articles_and_spellings_match() {
    // (case, text, entry, core, span, prefix); expected texts are normalized
    // before comparing, so they are written in ordinary spelling.
    let cases = [
        (
            "proclitics with article",
            "وللمدنيين",
            "actor/civilians",
            "مدنيين",
            "وللمدنيين",
            "ولل",
        ),
        (
            "enclitic",
            "وشنت غاراتها",
            "trigger/air_strike/ghara",
            "غارات",
            "غاراتها",
            "",
        ),
        (
            "optional article of the entry",
            "بالجيش الإسرائيلي",
            "actor/israel-military",
            "جيش الإسرائيلي",
            "بالجيش الإسرائيلي",
            "بال",
        ),
        (
            "entry without article in text",
            "جيش الاحتلال الإسرائيلي",
            "actor/israel-military",
            "جيش الاحتلال الإسرائيلي",
            "جيش الاحتلال الإسرائيلي",
            "",
        ),
        (
            "english alias",
            "said the IDF's spokesman",
            "actor/israel-military",
            "idf",
            "idf",
            "",
        ),
        (
            "english phrase",
            "the Israeli Army said",
            "actor/israel-military",
            "israeli army",
            "israeli army",
            "",
        ),
        (
            "trigger on a shared span",
            "أفادت بمقتل مدني",
            "trigger/attack/maqtal",
            "مقتل",
            "بمقتل",
            "ب",
        ),
        (
            "cue on the same span",
            "أفادت بمقتل مدني",
            "cue:Death",
            "مقتل",
            "بمقتل",
            "ب",
        ),
        (
            "two-word number cue",
            "سقط عدد من القتلى",
            "cue:Number(3)",
            "عدد من",
            "عدد من",
            "",
        ),
        (
            "cue after a phrase",
            "سقط عدد من القتلى",
            "cue:Death",
            "قتلى",
            "القتلى",
            "ال",
        ),
        (
            "qualifier",
            "قصف جوي على الحي",
            "qualifier:air_strike",
            "قصف جوي",
            "قصف جوي",
            "",
        ),
        (
            "trigger inside a qualifier",
            "قصف جوي على الحي",
            "trigger/shelling/qasf",
            "قصف",
            "قصف",
            "",
        ),
        (
            "nationality",
            "غارات روسية",
            "nationality:Russia",
            "روسية",
            "روسية",
            "",
        ),
        (
            "stripped entry article",
            "يوم الاثنين",
            "cue:Weekday(0)",
            "اثنين",
            "الاثنين",
            "ال",
        ),
        (
            "ta marbuta spelt ha",
            "شن غاره",
            "trigger/air_strike/ghara",
            "شن غارة",
            "شن غاره",
            "",
        ),
        (
            "tashkeel in text",
            "غَارَةٌ",
            "trigger/air_strike/ghara",
            "غارة",
            "غارة",
            "",
        ),
        (
            "longer invalid hit hides nothing",
            "الجيش الإسرائيليين",
            "actor/generic-military",
            "جيش",
            "الجيش",
            "ال",
        ),
        (
            "latin after arabic letter",
            "وIDF",
            "actor/israel-military",
            "idf",
            "idf",
            "",
        ),
    ];
    for (case, text, entry, core, span, prefix) in cases {
        let all = found(basic(), text);
        let want = (
            entry.to_string(),
            normalize_str(core),
            normalize_str(span),
            normalize_str(prefix),
        );
        assert!(all.contains(&want), "{case}: want {want:?} in {all:?}");
    }
}

#[test]
fn illegal_clitics_boundaries_and_overlaps_do_not_match() {
    // (case, text, entry that must not be found)
    let cases = [
        ("ي is not a proclitic", "يقصف", "trigger/shelling/qasf"),
        (
            "ان is not an enclitic",
            "غاراتان",
            "trigger/air_strike/ghara",
        ),
        (
            "inside another word",
            "زار السياح مغارات الجبل",
            "trigger/air_strike/ghara",
        ),
        (
            "actor hides its inner trigger",
            "هيئة تحرير الشام",
            "trigger/non_state_overtakes_territory/tahrir",
        ),
        (
            "longer actor wins",
            "قصفت قوات النظام",
            "actor/syria-government",
        ),
        (
            "phrase needs single spaces",
            "الجيش  الإسرائيلي",
            "actor/israel-military",
        ),
        (
            "phrase does not cross lines",
            "الجيش\nالإسرائيلي",
            "actor/israel-military",
        ),
        ("latin suffix", "IDFs", "actor/israel-military"),
        ("latin digit", "IDF2", "actor/israel-military"),
        ("latin prefix", "xIDF", "actor/israel-military"),
        (
            "invalid long hit",
            "الجيش الإسرائيليين",
            "actor/israel-military",
        ),
        (
            "adjective inside an actor",
            "الجيش الإسرائيلي",
            "nationality:Israel",
        ),
        ("stripped article, foreign suffix", "يوميا", "cue:Day(0)"),
    ];
    for (case, text, entry) in cases {
        let all = found(basic(), text);
        assert!(
            all.iter().all(|f| f.0 != entry),
            "{case}: {entry} in {all:?}"
        );
    }
}

#[test]
fn mentions_are_sorted_and_complete() {
    let text = "قال مراسلنا إن الطيران الروسي شن غارتين على بلدة في ريف إدلب الشرقي مساء أمس، \
                ما أدى إلى مقتل ثلاثة مدنيين وجرح عشرات، فيما اندلعت اشتباكات بين قوات النظام وهيئة تحرير الشام.";
    let analysis = analyze(text);
    let mentions = basic().scan(&analysis);
    assert!(mentions
        .windows(2)
        .all(|w| w[0].span.start <= w[1].span.start));
    let labels: Vec<String> = mentions.iter().map(|m| label(basic(), m.entry)).collect();
    assert_eq!(
        labels,
        [
            "cue:Source(Correspondent)",
            "nationality:Russia",
            "trigger/air_strike/ghara",
            "cue:PlaceType(Town)",
            "cue:Countryside",
            "cue:Direction(East)",
            "cue:Daypart",
            "cue:Day(-1)",
            "trigger/attack/maqtal",
            "cue:Death",
            "cue:Number(3)",
            "actor/civilians",
            "cue:Number(12)",
            "trigger/armed_clash/ishtibak",
            "cue:Between",
            "actor/syria-military",
            "actor/hts",
        ]
    );
    for m in &mentions {
        assert!(m.span.start <= m.prefix.start && m.prefix.end == m.core.start);
        assert!(m.core.end <= m.span.end);
    }
}

fn cues(tsv: &str) -> Lexicons {
    Lexicons::from_texts(["", "", "", "", tsv]).expect("cues load")
}

#[test]
fn numbers_are_never_cut() {
    let lex = cues("11 سبتمبر\tbackground\nعام 20\tbackground\n");
    let count = |text: &str| lex.scan(&analyze(text)).len();
    assert_eq!(count("منذ 11 سبتمبر"), 1);
    assert_eq!(count("منذ 211 سبتمبر"), 0);
    assert_eq!(count("في عام 20 ."), 1);
    assert_eq!(count("في عام 2020"), 0);
    assert_eq!(count("في عام 20.5"), 0);
}

#[test]
fn overlaps_resolve_longest_then_leftmost() {
    let lex = cues("سين صاد\thedge\nصاد عين\tthreat\nعين\tnegation\nسين\tfuture\n");
    let found: Vec<String> = found(&lex, "سين صاد عين")
        .into_iter()
        .map(|f| f.0)
        .collect();
    // Equal length, partial overlap: the leftmost wins. عين only overlapped
    // the loser, so it stays; سين is inside the winner.
    assert_eq!(found, ["cue:Hedge", "cue:Negation"]);
}

#[test]
fn one_pattern_stands_for_every_entry_that_has_it() {
    let actors = r#"
[[actor]]
id = "actor/a"
name = "A"
type = "rebel_group"
aliases = ["الحراس"]
[[actor]]
id = "actor/b"
name = "B"
type = "identity_militia"
aliases = ["حراس"]
"#;
    let lex = Lexicons::from_texts([actors, "", "", "", ""]).unwrap();
    let found = found(&lex, "هاجم الحراس");
    let ids: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(ids, ["actor/a", "actor/b"]);
    assert_eq!(lex.pattern_count(), 1);
}

#[test]
fn pattern_of_normalizes_and_strips_the_first_article() {
    let cases = [
        ("الحرس الثوري", "حرس الثوري"),
        ("الجيش", "جيش"),
        ("الى", "الي"),
        ("ال", "ال"),
        ("مُدُنٌ", "مدن"),
        ("Israeli  Army", "israeli army"),
        ("ـــ", ""),
    ];
    for (entry, pattern) in cases {
        assert_eq!(pattern_of(entry), pattern, "{entry}");
    }
}

#[test]
fn lexicons_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Lexicons>();
}

/// Loads one file's text (the others empty) and returns the error.
fn load_error(kind: FileKind, text: &str) -> LexiconError {
    let mut texts = [""; 5];
    texts[kind as usize] = text;
    Lexicons::from_texts(texts).expect_err("must not load")
}

#[test]
fn load_errors_name_file_line_and_entry() {
    let trigger = |sub_event: &str, frame: &str| {
        format!(
            "# header\n\n[[trigger]]\nid = \"trigger/x/y\"\nsub_event = \"{sub_event}\"\nframe = \"{frame}\"\nforms = [\"غارة\"]\n"
        )
    };
    let actor = |kind: &str, extra: &str| {
        format!("[[actor]]\nid = \"actor/z\"\nname = \"Z\"\ntype = \"{kind}\"\naliases = [\"زد\"]\n{extra}")
    };
    let cases: Vec<(FileKind, String, &str)> = vec![
        (
            FileKind::Triggers,
            trigger("airstrike", "attack"),
            "triggers.toml:3: trigger/x/y: unknown sub-event type \"airstrike\"",
        ),
        (
            FileKind::Triggers,
            trigger("air_strike", "bomb"),
            "triggers.toml:3: trigger/x/y: unknown frame \"bomb\"",
        ),
        (
            FileKind::Actors,
            actor("rebels", ""),
            "actors.toml:1: actor/z: unknown actor type \"rebels\"",
        ),
        (
            FileKind::Actors,
            actor("rebel_group", "alias = [\"x\"]\n"),
            "actors.toml:6: unknown field `alias`",
        ),
        (
            FileKind::Triggers,
            "[[trigger]]\nid = \"trigger/a/b\"\nsub_event = \"attack\"\nframe = \"attack\"\n"
                .into(),
            "triggers.toml:1: missing field `forms`",
        ),
        (
            FileKind::Nationalities,
            "روسي\tRussia\n".into(),
            "nationalities.tsv:1: روسي: expected 3 tab-separated fields, found 2",
        ),
        (
            FileKind::Qualifiers,
            "\nقصف جوي\tairstrike\n".into(),
            "qualifiers.tsv:2: قصف جوي: unknown sub-event type",
        ),
        (
            FileKind::Cues,
            "قتلى\tdeaths\n".into(),
            "cues.tsv:1: قتلى: unknown cue kind \"deaths\"",
        ),
        (
            FileKind::Cues,
            "# c\nثلاثة\tnumber\tthree\n".into(),
            "cues.tsv:2: ثلاثة: cue number takes a non-negative integer, found \"three\"",
        ),
        (
            FileKind::Cues,
            "شرق\tdirection\teastward\n".into(),
            "cues.tsv:1: شرق: unknown direction \"eastward\"",
        ),
    ];
    for (kind, text, expected) in cases {
        let err = load_error(kind, &text).to_string();
        assert!(err.starts_with(expected), "want {expected:?}\n got {err:?}");
    }
}

#[test]
fn error_accessors() {
    let err = load_error(FileKind::Cues, "\n\nقتلى\tdeaths\n");
    assert_eq!(err.file(), "cues.tsv");
    assert_eq!(err.line(), Some(3));
    assert_eq!(err.entry_id(), Some("قتلى"));
    assert!(matches!(err.kind(), ErrorKind::UnknownName(_)));
}

#[test]
fn the_article_rules() {
    // Written with the article: needed in the text. Written bare: optional.
    // A word with the article takes no pronoun suffix.
    let lex = cues("الأحد\tweekday\t6\nمسلح\thedge\n");
    let kinds =
        |text: &str| -> Vec<String> { found(&lex, text).into_iter().map(|f| f.0).collect() };
    assert_eq!(kinds("يوم الأحد"), ["cue:Weekday(6)"]);
    assert_eq!(kinds("والأحد"), ["cue:Weekday(6)"]);
    assert!(kinds("أحد المسلحين").is_empty());
    assert_eq!(kinds("مسلحه"), ["cue:Hedge"]);
    assert_eq!(kinds("المسلح"), ["cue:Hedge"]);
    assert!(
        kinds("المسلحة").is_empty(),
        "ة is not a pronoun after the article"
    );
}
