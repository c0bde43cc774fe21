//! The text layer: what every later stage sees of an article.
//!
//! An article's text is never changed. [`analyze`] produces an [`Analysis`]:
//!
//! 1. [`normalize`] folds the spelling variation of Arabic news text (tashkeel,
//!    tatweel, alef/ya/ta-marbuta variants, Persian letters, Arabic-Indic digits,
//!    Arabic punctuation) into one matching form, and keeps a map from every
//!    normalized byte back to the original byte offset ([`Normalized::to_original`]).
//! 2. [`tokenize`] splits the normalized text into word, number and punctuation
//!    tokens with their spans.
//! 3. [`sentences`] splits it into sentences.
//! 4. [`clitics`] says which leading and trailing letters of a word may be clitics
//!    (و ف ب ل ك س ال … ه ها هم …), so that lexicon entries match `والميليشيات`
//!    and `بديرالزور` without a stemmer's guesswork.
//!
//! All spans are [`rasid_core::ByteSpan`]s into the *normalized* text until a
//! stage maps them back with [`Normalized::to_original`]; only this crate does
//! that mapping.
#![deny(missing_docs)]

pub mod clitics;
mod normalize;
mod sentence;
mod token;

pub use normalize::{normalize, normalize_char, normalize_str, Normalized};
pub use sentence::sentences;
pub use token::{tokenize, Token, TokenKind};

use rasid_core::ByteSpan;

/// Everything the text layer knows about one article.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// Normalized text and its offset map.
    pub normalized: Normalized,
    /// Tokens of the normalized text, in order.
    pub tokens: Vec<Token>,
    /// Sentences of the normalized text, in order; they cover every token.
    pub sentences: Vec<ByteSpan>,
}

impl Analysis {
    /// The normalized text.
    pub fn text(&self) -> &str {
        &self.normalized.text
    }

    /// Index of the sentence that contains byte `pos` of the normalized text.
    pub fn sentence_of(&self, pos: usize) -> usize {
        let pos = pos as u32;
        match self.sentences.binary_search_by(|s| {
            if s.end <= pos {
                std::cmp::Ordering::Less
            } else if s.start > pos {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        }) {
            Ok(i) => i,
            Err(i) => i.min(self.sentences.len().saturating_sub(1)),
        }
    }

    /// Index of the first token that starts at or after byte `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens
            .partition_point(|t| (t.span.start as usize) < pos)
    }
}

/// Runs the whole text layer over an article's original text.
pub fn analyze(original: &str) -> Analysis {
    let normalized = normalize(original);
    let tokens = tokenize(&normalized.text);
    let sentences = sentences(&normalized.text, &tokens);
    Analysis {
        normalized,
        tokens,
        sentences,
    }
}
