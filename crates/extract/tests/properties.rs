//! Properties that hold for any input: extraction never panics, and every
//! evidence span is the exact slice of the article it claims to be.

use std::sync::OnceLock;

use proptest::prelude::*;
use rasid_core::Article;
use rasid_extract::Pipeline;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::builder().build().expect("embedded lexicons"))
}

/// Words that make the pipeline do real work: triggers, actors, places,
/// cues, numbers, with clitics, tashkeel and punctuation in between.
const WORDS: &[&str] = &[
    "غارة",
    "وقصفت",
    "طائرات",
    "إسرائيلية",
    "يعتقد",
    "أنها",
    "مقتل",
    "5",
    "خمسة",
    "قتلى",
    "بينهم",
    "في",
    "مدينة",
    "حلب",
    "بديرالزور",
    "ريف",
    "الشرقي",
    "قرب",
    "بين",
    "و",
    "أمس",
    "الأحد",
    "9",
    "آب/أغسطس",
    "قُتِلَ",
    "ـــ",
    "،",
    ".",
    "\n",
    "قوات",
    "النظام",
    "اشتباكات",
    "مع",
    "داعش",
    "نفى",
    "سوف",
    "حي",
    "الحميدية",
    "من",
    "قبل",
    "اعتقلت",
    "مظاهرة",
    "ﻻ",
    "١٢",
    "(24عاماً)",
    "-",
    "x",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..60).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn evidence_is_always_the_slice_it_claims(text in text_strategy(), noise in "\\PC{0,20}") {
        let text = format!("{text} {noise}");
        let article = Article { id: "p".into(), text: text.clone(), published: Some("2024-03-10".into()), ..Article::default() };
        let chars: Vec<char> = text.chars().collect();
        if let Ok(events) = pipeline().extract(&article) {
            for e in events {
                for ev in e.evidence {
                    prop_assert!(ev.start <= ev.end && ev.end <= chars.len());
                    let slice: String = chars[ev.start..ev.end].iter().collect();
                    prop_assert_eq!(slice, ev.text);
                }
            }
        }
    }
}
