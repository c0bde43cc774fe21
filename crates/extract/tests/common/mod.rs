//! Shared by the extraction test tables: one pipeline for the whole test
//! binary (embedded lexicons, or `RASID_TEST_LEXICONS=<dir>`, and the built-in
//! gazetteer) and a one-call extractor.

use std::path::PathBuf;
use std::sync::OnceLock;

use rasid_core::{Article, EventRecord};
use rasid_extract::Pipeline;

/// The pipeline, built once.
pub fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        let dir = std::env::var_os("RASID_TEST_LEXICONS").map(PathBuf::from);
        Pipeline::builder()
            .lexicons(dir.as_deref())
            .build()
            .expect("lexicons and built-in gazetteer")
    })
}

/// Extracts the events of `text` published on `published`.
pub fn extract(text: &str, published: &str) -> Vec<EventRecord> {
    let article = Article {
        id: "t".into(),
        text: text.into(),
        published: Some(published.into()),
        ..Article::default()
    };
    pipeline().extract(&article).expect("extract")
}
