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

pub(crate) mod grammar;
mod mention;
mod resolve;
mod scan;

use std::ops::Range;

pub use mention::{Decision, Kind, Mention, Side, Year, YearSource};

use grammar::forms::Reading;
use resolve::Resolver;

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
    let mut resolver = Resolver::new(options);
    let mut out = Vec::new();
    extract_str(text, 0, &mut resolver, &mut out);
    out
}

/// Every mention in bytes that may not be valid UTF-8: the valid stretches
/// are read, with spans into the original bytes.
pub fn extract_bytes(bytes: &[u8], options: &Options) -> Vec<Mention> {
    let mut resolver = Resolver::new(options);
    let mut out = Vec::new();
    // Valid text is the common case, and this check is much faster than
    // walking the chunks.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        extract_str(text, 0, &mut resolver, &mut out);
        return out;
    }
    let mut base = 0;
    for chunk in bytes.utf8_chunks() {
        extract_str(chunk.valid(), base, &mut resolver, &mut out);
        base += chunk.valid().len() + chunk.invalid().len();
    }
    out
}

/// Scans one valid stretch at byte offset `base` of the whole input.
fn extract_str(text: &str, base: usize, resolver: &mut Resolver<'_>, out: &mut Vec<Mention>) {
    let span_of = |part: &str| -> Range<usize> {
        // `part` is always a slice of `text`.
        let start = (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        base + start..base + start + part.len()
    };
    scan::scan(text, |reading, stop| match reading {
        Reading::Anchor(date) => {
            resolver.anchor(&date, span_of(date.text));
            stop
        }
        Reading::Mentions(raws) => {
            if let [raw] = raws.as_slice() {
                if !resolver.plausible(raw) {
                    // Two events, not one day: keep the first date as a
                    // dated place and read on after it.
                    let first = raw.first;
                    let end = span_of(first.text).end - base;
                    if first.year.is_some() {
                        if let Some(g) = grammar::date::named_date::<()>(first.text)
                            .ok()
                            .map(|r| r.1)
                        {
                            resolver.anchor(&g, span_of(first.text));
                        }
                    }
                    return end;
                }
            }
            for raw in &raws {
                out.push(resolver.resolve(raw, span_of));
            }
            stop
        }
    });
}
