//! Prints the place mentions the gazetteer finds in a text, with their
//! candidates: `find DIR TEXT…` (DIR holds an imported index).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gaz = rasid_gazetteer::Gazetteer::load(std::path::Path::new(&args[1])).expect("load");
    for text in &args[2..] {
        let analysis = rasid_text::analyze(text);
        println!("## {text}");
        for m in gaz.find_places(&analysis) {
            let names: Vec<String> = m
                .candidates
                .iter()
                .take(8)
                .map(|&c| {
                    let p = gaz.place(c);
                    format!(
                        "{} {} {}.{} {}/{} pop {}",
                        p.geonameid,
                        p.asciiname,
                        p.country_code,
                        p.admin1_code,
                        p.feature_class,
                        p.feature_code,
                        p.population
                    )
                })
                .collect();
            println!(
                "  «{}» common={} primary={} of {}: {}",
                m.core.slice(analysis.text()),
                m.common_word,
                m.primary,
                m.candidates.len(),
                names.join(" | ")
            );
        }
    }
}
