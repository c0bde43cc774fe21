use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a UTF-8 string.
///
/// The constructor checks `start <= end`; callers guarantee that both ends fall
/// on character boundaries of the string they index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ByteSpan {
    /// First byte of the span.
    pub start: u32,
    /// One past the last byte of the span.
    pub end: u32,
}

impl ByteSpan {
    /// Creates a span.
    ///
    /// # Panics
    /// When `start > end`: that is a bug in the caller, never a property of input.
    pub fn new(start: usize, end: usize) -> Self {
        assert!(start <= end, "span start {start} > end {end}");
        ByteSpan {
            start: start as u32,
            end: end as u32,
        }
    }

    /// Start as a `usize` index.
    pub fn start(self) -> usize {
        self.start as usize
    }

    /// End as a `usize` index.
    pub fn end(self) -> usize {
        self.end as usize
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// True for an empty span.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span that covers both.
    pub fn cover(self, other: ByteSpan) -> ByteSpan {
        ByteSpan {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: ByteSpan) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The slice of `text` this span covers.
    ///
    /// # Panics
    /// When the span is out of range or not on character boundaries of `text`.
    pub fn slice(self, text: &str) -> &str {
        &text[self.start()..self.end()]
    }
}

/// Converts byte offsets of one string into code-point offsets (DESIGN.md
/// section 3 writes evidence offsets in code points).
///
/// Built once per article; each lookup is a binary search.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offset of every char start, plus the string length at the end.
    starts: Vec<u32>,
}

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut starts: Vec<u32> = text.char_indices().map(|(i, _)| i as u32).collect();
        starts.push(text.len() as u32);
        CharIndex { starts }
    }

    /// Code-point offset of a byte offset (a byte inside a char maps to that char).
    pub fn char_offset(&self, byte: usize) -> usize {
        match self.starts.binary_search(&(byte as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_counts_code_points() {
        let text = "قصف a بيت";
        let index = CharIndex::new(text);
        let b = text.find('a').unwrap();
        assert_eq!(index.char_offset(b), 4);
        assert_eq!(index.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn cover_and_overlap() {
        let a = ByteSpan::new(2, 5);
        let b = ByteSpan::new(4, 9);
        assert_eq!(a.cover(b), ByteSpan::new(2, 9));
        assert!(a.overlaps(b));
        assert!(!a.overlaps(ByteSpan::new(5, 6)));
    }

    #[test]
    #[should_panic]
    fn reversed_span_is_a_bug() {
        ByteSpan::new(3, 2);
    }
}
