//! Scan throughput over ~1 MB of news-like sentences written for this bench,
//! with the test fixture lexicon and, when the crate was built with them, the
//! shipped lexicons. Throughput is in bytes of original text.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasid_lexicon::Lexicons;

const SENTENCES: &[&str] = &[
    "قال مراسلنا إن الطيران الحربي الروسي شن غارتين على بلدة في ريف إدلب الجنوبي مساء أمس.",
    "وأفادت مصادر محلية بمقتل ثلاثة مدنيين وجرح عشرات آخرين، بينهم أطفال، جراء القصف المدفعي.",
    "اندلعت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام على أطراف قرية شرق المدينة.",
    "وأعلن الجيش الإسرائيلي في بيان أنه استهدف مواقع لحزب الله في جنوب لبنان بطائرة مسيرة.",
    "خرجت مظاهرات في عدد من المدن احتجاجا على ارتفاع الأسعار، ولم تسجل أي إصابات.",
    "اعتقلت قوات الأمن أمس الاثنين عشرة شبان خلال حملة مداهمات في حي الشيخ مقصود.",
    "ونفى متحدث باسم الحكومة السورية سيطرة الفصائل على التلة، مؤكدا أن المعارك مستمرة.",
    "وذكر شهود عيان أن مسلحين مجهولين أطلقوا النار على سيارة مدنية قرب مخيم للنازحين.",
    "The IDF said in a statement that its aircraft struck targets overnight.",
    "ويعتقد أن الانفجار ناجم عن عبوة ناسفة زرعت على جانب الطريق الواصل بين البلدتين.",
    "وكانت المنطقة قد شهدت سابقا هدنة هشة بموجب اتفاق تم التوصل إليه في يناير الماضي.",
    "وهدد الحرس الثوري بالرد على أي هجوم يستهدف قواته في المنطقة الشرقية من البلاد.",
];

fn corpus() -> String {
    let mut text = String::with_capacity(1_100_000);
    'fill: loop {
        for (i, sentence) in SENTENCES.iter().enumerate() {
            text.push_str(sentence);
            // A paragraph break now and then, as in articles.
            text.push(if i % 4 == 3 { '\n' } else { ' ' });
            if text.len() >= 1_000_000 {
                break 'fill;
            }
        }
    }
    text
}

/// A worst case: every word and word pair of the corpus is a cue (so almost
/// every token matches, and pairs overlap), plus 5,000 generated Arabic
/// letter strings that bloat the automaton like a large lexicon would.
fn dense_lexicons() -> Lexicons {
    let mut cues = String::new();
    for sentence in SENTENCES {
        let words: Vec<&str> = sentence
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        for w in &words {
            cues.push_str(&format!("{w}\thedge\n"));
        }
        for pair in words.windows(2) {
            cues.push_str(&format!("{} {}\tthreat\n", pair[0], pair[1]));
        }
    }
    let letters: Vec<char> = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي".chars().collect();
    let mut seed = 0x2545_f491_u32;
    for _ in 0..5_000 {
        let mut word = String::new();
        for _ in 0..5 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            word.push(letters[seed as usize % letters.len()]);
        }
        cues.push_str(&format!("{word}\tnegation\n"));
    }
    let dir = std::env::temp_dir().join(format!("rasid-lexicon-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (file, content) in [
        ("actors.toml", ""),
        ("triggers.toml", ""),
        ("nationalities.tsv", ""),
        ("qualifiers.tsv", ""),
        ("cues.tsv", cues.as_str()),
    ] {
        std::fs::write(dir.join(file), content).expect("write temp lexicon");
    }
    let lexicons = Lexicons::from_dir(&dir).expect("dense lexicon loads");
    let _ = std::fs::remove_dir_all(&dir);
    lexicons
}

fn scan(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic");
    let mut sets = vec![
        ("fixture", Lexicons::from_dir(&dir).expect("fixture loads")),
        ("dense", dense_lexicons()),
    ];
    match Lexicons::embedded() {
        Ok(shipped) => sets.push(("shipped", shipped)),
        Err(e) => eprintln!("shipped lexicons not benched: {e}"),
    }
    let text = corpus();
    let analysis = rasid_text::analyze(&text);

    let mut group = c.benchmark_group("lexicon");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    for (name, lexicons) in &sets {
        group.bench_function(format!("scan/{name}"), |b| {
            b.iter(|| {
                let mentions = lexicons.scan(black_box(&analysis));
                assert!(!mentions.is_empty());
                mentions.len()
            })
        });
        group.bench_function(format!("analyze+scan/{name}"), |b| {
            b.iter(|| {
                let analysis = rasid_text::analyze(black_box(&text));
                let mentions = lexicons.scan(&analysis);
                assert!(!mentions.is_empty());
                mentions.len()
            })
        });
    }
    group.finish();

    if sets.len() > 1 {
        c.bench_function("lexicon/load/embedded", |b| {
            b.iter(|| {
                Lexicons::embedded()
                    .expect("embedded loads")
                    .pattern_count()
            })
        });
    }
}

criterion_group!(benches, scan);
criterion_main!(benches);
