//! Lines and columns, and the text around a span, for input read in
//! order, block by block.
//!
//! A line ends at a line feed, a CR and line feed, or a CR alone (the
//! old Macintosh files of many archives); columns count characters (the
//! line break is not counted; each byte of invalid UTF-8 counts as one
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
    /// Whether the byte before `at` is a CR, so that a line feed at `at`
    /// ends no other line.
    after_cr: bool,
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
            after_cr: false,
        }
    }

    /// A locator at `at`, the start of a line or a place after a character
    /// other than a CR (a span's start, say), to go on from there.
    pub fn at(at: Position) -> Locator {
        Locator {
            at,
            after_cr: false,
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
        if let Some(last) = memchr::memrchr2(b'\n', b'\r', bytes) {
            self.at.line += line_breaks(bytes, self.after_cr);
            self.at.column = 1 + chars(bytes.get(last + 1..).unwrap_or_default());
        } else {
            self.at.column += chars(bytes);
        }
        self.after_cr = bytes.last().map_or(self.after_cr, |&b| b == b'\r');
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

/// How many lines end in `bytes`: every CR, and every line feed but one
/// right after a CR (`after_cr`: the byte before `bytes` is one).
fn line_breaks(bytes: &[u8], after_cr: bool) -> usize {
    let feeds = memchr::memchr_iter(b'\n', bytes).count();
    let crs = memchr::memchr_iter(b'\r', bytes).count();
    if crs == 0 && !after_cr {
        return feeds;
    }
    let pairs = memchr::memmem::find_iter(bytes, b"\r\n").count();
    let first_pair = usize::from(after_cr && bytes.first() == Some(&b'\n'));
    crs + feeds - pairs - first_pair
}

/// The line(s) of `buf` around `start..end`, at most [`CONTEXT`] bytes on
/// each side.
fn excerpt(buf: &[u8], start: usize, end: usize) -> Excerpt {
    let end = end.min(buf.len());
    let start = start.min(end);
    let left_limit = start.saturating_sub(CONTEXT);
    let before = buf.get(left_limit..start).unwrap_or_default();
    let (line_start, from_line_start) = match memchr::memrchr2(b'\n', b'\r', before) {
        Some(nl) => (left_limit + nl + 1, true),
        None => (left_limit, left_limit == 0),
    };
    let right_limit = end.saturating_add(CONTEXT).min(buf.len());
    let after = buf.get(end..right_limit).unwrap_or_default();
    let line_end = end + memchr::memchr2(b'\n', b'\r', after).unwrap_or(after.len());
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
    fn a_cr_alone_ends_a_line_as_a_line_feed_does() {
        for break_ in ["\n", "\r\n", "\r"] {
            let text = [
                "one",
                "two 26 October (8 November)",
                "",
                "x 8 [21] November",
            ]
            .join(break_);
            let at = |s: &str| text.find(s).unwrap();
            let mut locator = Locator::new(0);
            let first = locator.locate(text.as_bytes(), 0, at("26")..at(")") + 1);
            assert_eq!((first.start.line, first.start.column), (2, 5), "{break_:?}");
            assert_eq!(first.excerpt.text, "two 26 October (8 November)");
            assert!(first.excerpt.from_line_start);
            let second = locator.locate(text.as_bytes(), 0, at("8 [")..text.len());
            assert_eq!(
                (second.start.line, second.start.column),
                (4, 3),
                "{break_:?}"
            );
            assert_eq!(second.excerpt.text, "x 8 [21] November");
        }
    }

    #[test]
    fn a_cr_and_line_feed_split_between_two_steps_end_one_line() {
        let text = b"a\r\nb\r\rc";
        for cut in 0..text.len() {
            let mut stepped = Locator::new(0);
            stepped.advance(text, 0, cut);
            let at = stepped.advance(text, 0, text.len());
            let whole = Locator::new(0).advance(text, 0, text.len());
            assert_eq!(at, whole, "cut at {cut}");
            assert_eq!((whole.line, whole.column), (4, 2));
        }
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
