//! Sentence splitting for news text.
//!
//! A sentence ends at `.`, `!`, `?` (the normalizer maps ؟ to ?), `;` and at a
//! line break. Number-internal dots never end a sentence because the tokenizer
//! keeps them inside the number token. Colons do not end sentences: "قال
//! مراسلنا: ..." introduces the reported event itself.

use crate::token::{Token, TokenKind};
use rasid_core::ByteSpan;

fn ends_sentence(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Punct && matches!(token.text(text), "." | "!" | "?" | ";" | "…")
}

/// Splits normalized text into sentences that together cover every token.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<ByteSpan> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0usize;
    for token in tokens {
        let begin = token.span.start();
        if let Some(s) = start {
            if text[last_end..begin].contains('\n') {
                out.push(ByteSpan::new(s, last_end));
                start = None;
            }
        }
        if start.is_none() {
            start = Some(begin);
        }
        last_end = token.span.end();
        if ends_sentence(text, token) {
            out.push(ByteSpan::new(start.take().unwrap_or(begin), last_end));
        }
    }
    if let Some(s) = start {
        out.push(ByteSpan::new(s, last_end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    fn split(s: &str) -> Vec<&str> {
        sentences(s, &tokenize(s))
            .into_iter()
            .map(|sp| sp.slice(s))
            .collect()
    }

    #[test]
    fn splits_on_stops_and_lines() {
        assert_eq!(
            split("قصف الطيران البلده. قتل 2.5 شخص? نعم\nسطر جديد"),
            vec!["قصف الطيران البلده.", "قتل 2.5 شخص?", "نعم", "سطر جديد"]
        );
    }

    #[test]
    fn colon_does_not_split() {
        assert_eq!(
            split("قال مراسلنا: قصفت الطايرات"),
            vec!["قال مراسلنا: قصفت الطايرات"]
        );
    }

    #[test]
    fn empty_text_has_no_sentences() {
        assert!(split("   ").is_empty());
    }
}
