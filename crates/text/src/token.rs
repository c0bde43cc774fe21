//! Tokens of normalized text: runs of letters (words), runs of digits (numbers,
//! with an inner `.` or `,` kept for "3.5" and "1,200"), and single punctuation
//! marks. Whitespace separates tokens and is not a token.

use rasid_core::ByteSpan;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (any script), possibly with clitics attached.
    Word,
    /// ASCII digits, possibly with one inner separator per group.
    Number,
    /// One punctuation or symbol char.
    Punct,
}

/// One token: its kind and its span in the normalized text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// Span in the normalized text.
    pub span: ByteSpan,
}

impl Token {
    /// The token's text.
    pub fn text(self, normalized: &str) -> &str {
        self.span.slice(normalized)
    }
}

fn is_word_char(c: char) -> bool {
    // Fast paths for the common cases: the general Unicode lookup is slow
    // for Arabic letters, and they are most of the text.
    match c {
        'a'..='z' | 'A'..='Z' | '\u{0621}'..='\u{064A}' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphabetic() || c == '\u{200D}',
    }
}

/// Splits normalized text into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let kind = if is_word_char(c) {
            TokenKind::Word
        } else if c.is_ascii_digit() {
            TokenKind::Number
        } else if c.is_whitespace() {
            continue;
        } else {
            tokens.push(Token {
                kind: TokenKind::Punct,
                span: ByteSpan::new(start, start + c.len_utf8()),
            });
            continue;
        };
        let mut end = start + c.len_utf8();
        while let Some(&(i, n)) = chars.peek() {
            let continues = match kind {
                TokenKind::Word => is_word_char(n),
                _ => {
                    n.is_ascii_digit()
                        || ((n == '.' || n == ',')
                            && text[i + 1..]
                                .chars()
                                .next()
                                .is_some_and(|d| d.is_ascii_digit()))
                }
            };
            if !continues {
                break;
            }
            end = i + n.len_utf8();
            chars.next();
        }
        tokens.push(Token {
            kind,
            span: ByteSpan::new(start, end),
        });
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_paths_agree_with_unicode() {
        for c in ('\0'..='\u{2FFF}').chain(['\u{FB50}', '\u{FEFC}', '\u{1F600}']) {
            assert_eq!(
                is_word_char(c),
                c.is_alphabetic() || c == '\u{200D}',
                "{c:?} U+{:04X}",
                c as u32
            );
        }
    }

    fn texts(s: &str) -> Vec<(TokenKind, &str)> {
        tokenize(s)
            .into_iter()
            .map(|t| (t.kind, t.text(s)))
            .collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        use TokenKind::*;
        assert_eq!(
            texts("قتل 12 شخصا, و3.5 كم (غاره)."),
            vec![
                (Word, "قتل"),
                (Number, "12"),
                (Word, "شخصا"),
                (Punct, ","),
                (Word, "و"),
                (Number, "3.5"),
                (Word, "كم"),
                (Punct, "("),
                (Word, "غاره"),
                (Punct, ")"),
                (Punct, "."),
            ]
        );
    }

    #[test]
    fn trailing_separator_is_not_part_of_a_number() {
        assert_eq!(
            texts("عددهم 1,200, اي 5."),
            vec![
                (TokenKind::Word, "عددهم"),
                (TokenKind::Number, "1,200"),
                (TokenKind::Punct, ","),
                (TokenKind::Word, "اي"),
                (TokenKind::Number, "5"),
                (TokenKind::Punct, "."),
            ]
        );
    }
}
