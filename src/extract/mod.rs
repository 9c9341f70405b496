//! Extraction: finds what a text says about dates in two calendars,
//! without judging it.
//!
//! ```
//! use dualdate::extract::{Kind, Options, extract};
//!
//! let text = "21 November 1917\n…on 26 October (8 November) the Congress met.";
//! let mentions = extract(text, &Options::default());
//! assert_eq!(mentions.len(), 1);
//! let m = &mentions[0];
//! assert_eq!(m.kind, Kind::Pair);
//! assert_eq!(&text[m.span.clone()], "26 October (8 November)");
//! let julian = m.julian.as_ref().unwrap();
//! assert_eq!((julian.day, julian.month, julian.year.as_ref().map(|y| y.value)), (26, 10, Some(1917)));
//! ```
//!
//! Extraction reads faithfully what the text says: "31 November" or a pair
//! 7 days apart are extracted as written, for the checker to judge. It
//! never fails and never panics, on any input.

mod digits;
mod gate;
pub(crate) mod grammar;
mod mention;
mod resolve;
mod scan;

use std::ops::Range;

pub use mention::{Decision, Kind, Mention, Side, Year, YearSource};

use grammar::forms::{RawMention, Reading};
use resolve::Resolver;
use scan::{How, Search};

/// Which side of an unlabelled pair is Julian.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// Old Style first, unless the dates say otherwise ("8 November
    /// (26 October)" is read New Style first).
    #[default]
    Auto,
    /// The first date written is always Julian.
    JulianFirst,
    /// The first date written is always Gregorian.
    GregorianFirst,
}

/// How to read a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// The year of mentions that give none, when nothing before them in the
    /// text is dated.
    pub year: Option<i32>,
    /// Which side of an unlabelled pair is Julian.
    pub order: Order,
}

/// Every mention in `text`, in order.
pub fn extract(text: &str, options: &Options) -> Vec<Mention> {
    // What `extract_bytes` does with valid text, without checking it again.
    let mut out = Vec::new();
    Stream::new(options).scan_text(text, 0, text.len(), true, &mut |m| out.push(m));
    out
}

/// Every mention in bytes that may not be valid UTF-8: the valid stretches
/// are read, with spans into the original bytes.
pub fn extract_bytes(bytes: &[u8], options: &Options) -> Vec<Mention> {
    let mut out = Vec::new();
    Stream::new(options).scan(bytes, 0, true, |m| out.push(m));
    out
}

/// [`extract_bytes`] without the pre-filter that keeps the grammar away
/// from numbers with no month in reach: much slower, the same result. The
/// reference the tests and the fuzz targets hold the fast path to.
#[doc(hidden)]
pub fn extract_unfiltered(bytes: &[u8], options: &Options) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut stream = Stream::new(options);
    stream.prefilter = false;
    stream.scan(bytes, 0, true, |m| out.push(m));
    out
}

/// How many bytes at the end of a block [`Stream::scan`] only looks at:
/// a mention can start this far before its day number and end this far
/// after it.
pub const KEEP: usize = scan::BACK + scan::WINDOW + 16;

/// Extraction over an input that arrives in blocks (a large file read
/// piece by piece), with the same results as reading it whole.
///
/// The caller owns the buffer: it appends each block, calls
/// [`Stream::scan`], drops the bytes that call says are done, and goes on.
///
/// ```
/// use dualdate::extract::{Options, Stream, extract};
///
/// let text = "On 26 October (8 November) 1917 and on 8 [21] November 1917.".repeat(50);
/// let options = Options::default();
/// let mut stream = Stream::new(&options);
/// let (mut buf, mut base, mut found) = (Vec::new(), 0, Vec::new());
/// for block in text.as_bytes().chunks(100) {
///     buf.extend_from_slice(block);
///     let done = stream.scan(&buf, base, false, |m| found.push(m));
///     buf.drain(..done);
///     base += done;
/// }
/// stream.scan(&buf, base, true, |m| found.push(m));
/// assert_eq!(found, extract(&text, &options));
/// ```
#[derive(Debug)]
pub struct Stream<'o> {
    resolver: Resolver<'o>,
    /// Where the search for day numbers goes on, as an offset of the whole
    /// input.
    search: Search,
    /// Whether numbers with no month in reach are skipped before the
    /// grammar runs (always, but in [`extract_unfiltered`]).
    prefilter: bool,
    /// The offset of the input's first byte: the `base` of the first
    /// call (past a byte-order mark the caller has taken off).
    origin: Option<usize>,
}

impl<'o> Stream<'o> {
    /// A stream at the start of an input.
    pub fn new(options: &'o Options) -> Stream<'o> {
        Stream {
            resolver: Resolver::new(options),
            search: Search::default(),
            prefilter: true,
            origin: None,
        }
    }

    /// Reads `buf`, whose first byte is at offset `base` of the whole
    /// input, and calls `emit` with each mention, in order. Unless `last`,
    /// the final [`KEEP`] bytes are only looked at: mentions around day
    /// numbers there wait for the next call. Returns how many leading bytes
    /// of `buf` are done with; the next call must pass the rest of `buf`
    /// again, followed by more input, with `base` advanced by as much.
    pub fn scan(
        &mut self,
        buf: &[u8],
        base: usize,
        last: bool,
        mut emit: impl FnMut(Mention),
    ) -> usize {
        // Do not look at a character cut in two by the end of the block.
        let visible = if last {
            buf.len()
        } else {
            complete_utf8_len(buf)
        };
        let bytes = buf.get(..visible).unwrap_or_default();
        let origin = *self.origin.get_or_insert(base);
        let limit = if last {
            visible
        } else {
            visible.saturating_sub(KEEP)
        };
        // Valid text is the common case, and this check is much faster
        // than walking the chunks.
        if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
            let resume = self.scan_text(text, base, limit, base == origin, &mut emit);
            return if last { buf.len() } else { resume };
        }
        let carried = self.search;
        let (mut offset, mut cut) = (0, 0);
        for chunk in bytes.utf8_chunks() {
            let valid = chunk.valid();
            let chunk_limit = limit.saturating_sub(offset).min(valid.len());
            let from = search_from(carried, base + offset);
            let (resume, search) = extract_str(
                valid,
                base + offset,
                chunk_limit,
                from,
                How {
                    prefilter: self.prefilter,
                    at_input_start: base + offset == origin,
                },
                &mut self.resolver,
                &mut emit,
            );
            cut = offset + resume;
            self.search = Search {
                at: base + offset + search.at,
                ..search
            };
            // The stretch that reaches the limit is the last one read now.
            if !last && offset + valid.len() >= limit {
                return cut;
            }
            offset += valid.len() + chunk.invalid().len();
        }
        if last { buf.len() } else { cut }
    }

    /// Reads valid `text`, whose first byte is at offset `base` of the
    /// whole input, around day numbers before `limit`, going on with the
    /// stream's search; returns where a later scan of the same text,
    /// extended, must begin.
    fn scan_text(
        &mut self,
        text: &str,
        base: usize,
        limit: usize,
        at_input_start: bool,
        emit: &mut impl FnMut(Mention),
    ) -> usize {
        let from = search_from(self.search, base);
        let (resume, search) = extract_str(
            text,
            base,
            limit,
            from,
            How {
                prefilter: self.prefilter,
                at_input_start,
            },
            &mut self.resolver,
            emit,
        );
        self.search = Search {
            at: base + search.at,
            ..search
        };
        resume
    }
}

/// Where the search goes on in a stretch of text at offset `start` of the
/// whole input, given where it goes on in the whole input.
fn search_from(search: Search, start: usize) -> Search {
    match search.at.checked_sub(start) {
        Some(at) => Search { at, ..search },
        None => Search::default(),
    }
}

/// The length of the longest prefix of `buf` that does not end inside a
/// UTF-8 sequence (a lead byte whose continuation bytes have not come yet).
fn complete_utf8_len(buf: &[u8]) -> usize {
    let len = buf.len();
    for back in 1..=len.min(3) {
        let Some(&b) = buf.get(len - back) else { break };
        if b & 0xC0 == 0x80 {
            continue;
        }
        let need = match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        return if need > back { len - back } else { len };
    }
    len
}

/// A pair read up to a number that [`Resolver::tail_is_count`] finds to be
/// no year but a count beginning the words after it ("… 25 October (7
/// November) 1500 workers"): the pair read again without it, and where
/// the scan goes on. `None` where the number is the year.
fn without_count<'a>(
    raw: &RawMention<'a>,
    text: &'a str,
    resolver: &Resolver<'_>,
) -> Option<RawMention<'a>> {
    let start = (raw.text.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    // A word in lower case after the number.
    let after = text.get(start + raw.text.len()..)?;
    let after = after.strip_prefix([' ', '\u{a0}'])?;
    if !after.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    // The mention ends in the number (not in a year word: "1917 г.").
    let head = raw.text.trim_end_matches(|c: char| c.is_ascii_digit());
    if head.len() == raw.text.len() || !resolver.tail_is_count(raw) {
        return None;
    }
    let head = head.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    match grammar::forms::reading(head)? {
        (Reading::Mentions(again), "") => match again.as_slice() {
            [again] if again.tail_year.is_none() => Some(*again),
            _ => None,
        },
        _ => None,
    }
}

/// Scans one valid stretch at byte offset `base` of the whole input; see
/// [`scan::scan`] for `limit`, `from` and the result.
fn extract_str(
    text: &str,
    base: usize,
    limit: usize,
    from: Search,
    how: How,
    resolver: &mut Resolver<'_>,
    emit: &mut impl FnMut(Mention),
) -> (usize, Search) {
    let span_of = |part: &str| -> Range<usize> {
        // `part` is always a slice of `text`.
        let start = (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        base + start..base + start + part.len()
    };
    scan::scan(text, limit, from, how, |found, stop, cited| match found {
        // A citation's date is read, so that no number of it is read
        // again, but dates nothing after it.
        Reading::Anchor(_) | Reading::Heading(..) | Reading::Month(..) if cited => stop,
        Reading::Anchor(date) => {
            resolver.anchor(&date, span_of(date.text));
            stop
        }
        Reading::Heading(year, written) => {
            resolver.heading(year, span_of(written));
            stop
        }
        Reading::Month(year, month, written) => {
            resolver.month(year, month, span_of(written));
            stop
        }
        Reading::Mentions(raws) => {
            if let [raw] = raws.as_slice() {
                if !resolver.plausible(raw) {
                    // Two events, not one day: keep the first date as a
                    // dated place and read on after it.
                    let first = raw.first;
                    let end = span_of(first.text).end - base;
                    if first.year.is_some() && !cited {
                        if let Some(g) = grammar::date::named_date::<()>(first.text)
                            .ok()
                            .map(|r| r.1)
                        {
                            resolver.anchor(&g, span_of(first.text));
                        }
                    }
                    return end;
                }
                // A count after the pair is no year: read it without.
                if let Some(head) = without_count(raw, text, resolver) {
                    emit(resolver.resolve(&head, span_of, cited));
                    return span_of(head.text).end - base;
                }
            }
            // A mention in a citation is reported, but dates nothing
            // after it either.
            for raw in &raws {
                emit(resolver.resolve(raw, span_of, cited));
            }
            stop
        }
    })
}
