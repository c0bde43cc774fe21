//! Embeds `lexicons/` only when all five files are there, so the crate still
//! builds in a checkout without them (`Lexicons::embedded` then returns
//! `ErrorKind::NotEmbedded`). Cargo reruns this when the directory changes.

use std::path::Path;

const FILES: [&str; 5] = [
    "actors.toml",
    "triggers.toml",
    "nationalities.tsv",
    "qualifiers.tsv",
    "cues.tsv",
];

fn main() {
    let dir = Path::new("../../lexicons");
    println!("cargo::rerun-if-changed={}", dir.display());
    println!("cargo::rustc-check-cfg=cfg(rasid_embedded)");
    let missing: Vec<&str> = FILES
        .iter()
        .copied()
        .filter(|f| !dir.join(f).is_file())
        .collect();
    if missing.is_empty() {
        println!("cargo::rustc-cfg=rasid_embedded");
    } else {
        println!(
            "cargo::warning=lexicons/ lacks {}; Lexicons::embedded() will return an error",
            missing.join(", ")
        );
    }
}
