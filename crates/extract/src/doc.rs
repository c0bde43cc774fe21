//! One article under analysis: the text layer's output, the lexicon mentions
//! and the resolved places, with lookups the later stages share.

use rasid_core::{Article, ByteSpan};
use rasid_gazetteer::Gazetteer;
use rasid_lexicon::{Cue, Entry, Lexicons, Mention};
use rasid_text::Analysis;

use crate::places::{self, PlaceHit};
use rasid_core::dates::Day;

/// Everything known about one article before events are built.
pub(crate) struct Doc<'a> {
    pub article: &'a Article,
    pub published: Option<Day>,
    pub an: Analysis,
    pub lex: &'a Lexicons,
    pub gaz: &'a Gazetteer,
    /// Lexicon mentions, sorted by start.
    pub mentions: Vec<Mention>,
    /// Places kept as places (cue rules applied), sorted by start, resolved.
    pub places: Vec<PlaceHit>,
    /// Country code the article is mostly about, when it can be told.
    pub main_country: Option<String>,
}

impl<'a> Doc<'a> {
    pub fn new(
        article: &'a Article,
        published: Option<Day>,
        lex: &'a Lexicons,
        gaz: &'a Gazetteer,
    ) -> Doc<'a> {
        let an = rasid_text::analyze(&article.text);
        let mentions = lex.scan(&an);
        let mut doc = Doc {
            article,
            published,
            an,
            lex,
            gaz,
            mentions,
            places: Vec::new(),
            main_country: None,
        };
        let (places, main_country) = places::find(&doc);
        doc.places = places;
        doc.main_country = main_country;
        doc
    }

    /// The normalized text.
    pub fn text(&self) -> &str {
        self.an.text()
    }

    /// Index of the token that starts at or after byte `pos`.
    pub fn token_index(&self, pos: u32) -> usize {
        self.an.token_at_or_after(pos as usize)
    }

    /// Sentence index of a span.
    pub fn sentence_of(&self, span: ByteSpan) -> usize {
        self.an.sentence_of(span.start())
    }

    /// Lexicon mentions whose span lies inside `range`.
    pub fn mentions_in(&self, range: ByteSpan) -> impl Iterator<Item = &Mention> {
        let from = self
            .mentions
            .partition_point(|m| m.span.start < range.start);
        self.mentions[from..]
            .iter()
            .take_while(move |m| m.span.start < range.end)
            .filter(move |m| m.span.end <= range.end)
    }

    /// Cue mentions inside `range`.
    pub fn cues_in(&self, range: ByteSpan) -> impl Iterator<Item = (&Mention, Cue)> {
        self.mentions_in(range).filter_map(|m| match m.entry {
            Entry::Cue(c) => Some((m, c)),
            _ => None,
        })
    }

    /// The cue mention that ends within `max_tokens` tokens before `pos`
    /// (it may start earlier: "في محيط" ends one token before "مدينة").
    pub fn cue_before(&self, pos: u32, max_tokens: usize) -> Option<(&Mention, Cue)> {
        let ti = self.token_index(pos);
        let from_tok = ti.saturating_sub(max_tokens);
        let from = self.an.tokens.get(from_tok).map_or(0, |t| t.span.start);
        let upto = self.mentions.partition_point(|m| m.span.start < pos);
        self.mentions[..upto]
            .iter()
            .rev()
            .take(8)
            .filter(|m| m.span.end <= pos && m.span.end > from)
            .find_map(|m| match m.entry {
                Entry::Cue(c) => Some((m, c)),
                _ => None,
            })
    }

    /// The words of a normalized-text span, for debugging dumps.
    pub fn snippet(&self, span: ByteSpan) -> &str {
        span.slice(self.text())
    }

    /// The original text a normalized-text span came from.
    pub fn original(&self, span: ByteSpan) -> (ByteSpan, &str) {
        let o = self.an.normalized.to_original(span);
        (o, o.slice(&self.article.text))
    }

    /// The span of sentence `i`.
    pub fn sentence(&self, i: usize) -> ByteSpan {
        self.an.sentences[i]
    }
}
