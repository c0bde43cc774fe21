//! Curation aid for `data/common_words.txt`: lists the place names that a
//! gazetteer finds most often in a JSONL corpus (one `{"text": …}` per line),
//! with their flag, so frequent ordinary words that are also village names
//! stand out.
//!
//! ```text
//! cargo run --release -p rasid-gazetteer --example name_frequencies -- GAZ_DIR CORPUS.jsonl [N]
//! ```

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: name_frequencies GAZ_DIR CORPUS.jsonl [N]");
        std::process::exit(2);
    }
    let gaz = rasid_gazetteer::Gazetteer::load(Path::new(&args[1]))?;
    let top: usize = args.get(3).map_or(Ok(300), |n| n.parse())?;
    let mut counts: HashMap<String, (usize, bool, usize)> = HashMap::new();
    for line in std::io::BufReader::new(std::fs::File::open(&args[2])?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let Some(text) = v["text"].as_str() else {
            continue;
        };
        let analysis = rasid_text::analyze(text);
        for m in gaz.find_places(&analysis) {
            let e = counts
                .entry(m.core.slice(analysis.text()).to_string())
                .or_insert((0, m.common_word, m.candidates.len()));
            e.0 += 1;
        }
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(&b.0)));
    for (name, (n, common, cands)) in rows.into_iter().take(top) {
        println!(
            "{n}\t{}\t{cands}\t{name}",
            if common { "common" } else { "-" }
        );
    }
    Ok(())
}
