//! Lines and columns, and the text around a span, for input read in
//! order, block by block.
//!
//! Lines count line feeds; columns count characters (a CR before LF ends a
//! line and is not counted; each byte of invalid UTF-8 counts as one
//! character, as it shows as one replacement character).

use std::ops::Range;

/// A place in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Byte offset.
    pub offset: usize,
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

/// The text of the line(s) around a span, for showing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    /// The text (invalid UTF-8 replaced), without the final line break.
    pub text: String,
    /// The span within `text`, in bytes.
    pub span: Range<usize>,
    /// Whether `text` starts where the line starts (else it was cut).
    pub from_line_start: bool,
}

/// A span with its positions and excerpt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// Where it starts.
    pub start: Position,
    /// Where it ends (just after its last character).
    pub end: Position,
    /// The text around it.
    pub excerpt: Excerpt,
}

/// How much text on each side of a span an excerpt keeps at most.
const CONTEXT: usize = 4096;

/// Follows the input from its start to the spans asked for, which must come
/// in order.
#[derive(Debug, Clone)]
pub struct Locator {
    at: Position,
}

/// Characters in `bytes`: the bytes that are not UTF-8 continuation bytes.
fn chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| (**b & 0xC0) != 0x80).count()
}

impl Locator {
    /// A locator at the start of the input, whose first byte (after a byte
    /// order mark, say) is at `offset`.
    pub fn new(offset: usize) -> Locator {
        Locator {
            at: Position {
                offset,
                line: 1,
                column: 1,
            },
        }
    }

    /// Moves to `to`, reading `buf`, which starts at byte `buf_base` of the
    /// input and holds every byte from the current position to `to`.
    pub fn advance(&mut self, buf: &[u8], buf_base: usize, to: usize) -> Position {
        let from = self.at.offset.saturating_sub(buf_base);
        let upto = to.saturating_sub(buf_base);
        let Some(bytes) = buf.get(from..upto) else {
            return self.at;
        };
        match memchr::memrchr(b'\n', bytes) {
            Some(last) => {
                self.at.line += memchr::memchr_iter(b'\n', bytes).count();
                self.at.column = 1 + chars(bytes.get(last + 1..).unwrap_or_default());
            }
            None => self.at.column += chars(bytes),
        }
        self.at.offset = to;
        self.at
    }

    /// Positions and excerpt of `span`, which must lie inside `buf` (which
    /// starts at byte `buf_base` of the input) and not before the last span
    /// located.
    pub fn locate(&mut self, buf: &[u8], buf_base: usize, span: Range<usize>) -> Located {
        let start = self.advance(buf, buf_base, span.start);
        let mut ahead = self.clone();
        let end = ahead.advance(buf, buf_base, span.end);
        let excerpt = excerpt(
            buf,
            span.start.saturating_sub(buf_base),
            span.end.saturating_sub(buf_base),
        );
        Located {
            start,
            end,
            excerpt,
        }
    }
}

/// The line(s) of `buf` around `start..end`, at most [`CONTEXT`] bytes on
/// each side.
fn excerpt(buf: &[u8], start: usize, end: usize) -> Excerpt {
    let end = end.min(buf.len());
    let start = start.min(end);
    let left_limit = start.saturating_sub(CONTEXT);
    let before = buf.get(left_limit..start).unwrap_or_default();
    let (line_start, from_line_start) = match memchr::memrchr(b'\n', before) {
        Some(nl) => (left_limit + nl + 1, true),
        None => (left_limit, left_limit == 0),
    };
    let right_limit = end.saturating_add(CONTEXT).min(buf.len());
    let after = buf.get(end..right_limit).unwrap_or_default();
    let mut line_end = end + memchr::memchr(b'\n', after).unwrap_or(after.len());
    if line_end > end && buf.get(line_end - 1) == Some(&b'\r') {
        line_end -= 1;
    }
    let lossy =
        |r: Range<usize>| String::from_utf8_lossy(buf.get(r).unwrap_or_default()).into_owned();
    let mut text = lossy(line_start..start);
    let span_start = text.len();
    text.push_str(&lossy(start..end));
    let span_end = text.len();
    text.push_str(&lossy(end..line_end));
    Excerpt {
        text,
        span: span_start..span_end,
        from_line_start,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters() {
        let text = "первая строка\r\nsecond 26 October (8 November)\nthird";
        let start = text.find("26").unwrap();
        let end = text.find(')').unwrap() + 1;
        let located = Locator::new(0).locate(text.as_bytes(), 0, start..end);
        assert_eq!((located.start.line, located.start.column), (2, 8));
        assert_eq!((located.end.line, located.end.column), (2, 31));
        assert_eq!(located.excerpt.text, "second 26 October (8 November)");
        assert_eq!(
            &located.excerpt.text[located.excerpt.span.clone()],
            "26 October (8 November)"
        );
        assert!(located.excerpt.from_line_start);
    }

    #[test]
    fn works_across_blocks_and_invalid_bytes() {
        let text = b"a\nb\xffc 26 x\n\nd 8 y";
        let mut whole = Locator::new(0);
        let mut pieces = Locator::new(0);
        for target in [7, 15] {
            let w = whole.locate(text, 0, target..target + 1);
            // The same, with the buffer starting just before the target.
            let base = target - 2;
            pieces.advance(text, 0, base);
            let p = pieces.locate(&text[base..], base, target..target + 1);
            assert_eq!((w.start, w.end), (p.start, p.end));
        }
        assert_eq!(whole.at.line, 4);
    }

    #[test]
    fn long_lines_are_cut_around_the_span() {
        let line = "x".repeat(10_000) + "HERE" + &"y".repeat(10_000);
        let start = 10_000;
        let located = Locator::new(0).locate(line.as_bytes(), 0, start..start + 4);
        assert!(!located.excerpt.from_line_start);
        assert_eq!(located.excerpt.text.len(), 2 * CONTEXT + 4);
        assert_eq!(located.start.column, 10_001);
    }
}
