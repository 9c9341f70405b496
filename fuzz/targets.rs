//! The fuzz targets' logic, shared by the libFuzzer binaries in
//! `fuzz/fuzz_targets/` and by the replay test of the main test suite
//! (`tests/fuzz/mod.rs`), which runs every file of `fuzz/corpus/<target>/`
//! and `fuzz/regressions/<target>/` through the same function.
//!
//! Each target must never panic, and checks properties that must hold for
//! any input.

#![allow(dead_code)]

use dualdate::calendar::{
    CalendarKind, DualYear, GregorianDate, JulianDate, NewYearStyle, RataDie, Region, Ymd, offset,
    offset_span,
};
use dualdate::check;
use dualdate::extract::{self, Mention, Options, Order, Stream};
use dualdate::report::findings::{self, Entry};
use dualdate::report::locate::Locator;
use dualdate::report::scan::{self, MentionRecord};

/// Reads little-endian integers from the input, zeros when it runs out.
struct Ints<'a>(&'a [u8]);

impl Ints<'_> {
    fn take<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0; N];
        for slot in &mut out {
            if let Some((&b, rest)) = self.0.split_first() {
                *slot = b;
                self.0 = rest;
            }
        }
        out
    }
    fn i64(&mut self) -> i64 {
        i64::from_le_bytes(self.take())
    }
    fn i32(&mut self) -> i32 {
        i32::from_le_bytes(self.take())
    }
    fn u8(&mut self) -> u8 {
        self.take::<1>()[0]
    }
}

/// Extraction, streamed in blocks of `block` bytes (also used by the
/// block-streaming property test of the main suite).
pub fn streamed(data: &[u8], options: &Options, block: usize) -> Vec<Mention> {
    let mut stream = Stream::new(options);
    let (mut buf, mut base, mut found) = (Vec::new(), 0, Vec::new());
    for piece in data.chunks(block.max(1)) {
        buf.extend_from_slice(piece);
        let done = stream.scan(&buf, base, false, |m| found.push(m));
        assert!(done <= buf.len());
        buf.drain(..done);
        base += done;
        assert!(buf.len() <= block.max(1) + 2 * extract::KEEP);
    }
    stream.scan(&buf, base, true, |m| found.push(m));
    found
}

/// Bytes → extraction: no panic; spans inside the input, on character
/// boundaries, in order; the same mentions whole, as text, or in blocks.
pub fn extract(data: &[u8]) {
    let (first, rest) = data.split_first().map_or((0, data), |(f, r)| (*f, r));
    let options = Options {
        year: (first & 1 == 1).then_some(1917),
        order: match first >> 6 {
            1 => Order::JulianFirst,
            2 => Order::GregorianFirst,
            _ => Order::Auto,
        },
    };
    let whole = extract::extract_bytes(rest, &options);
    let mut last_start = 0;
    for m in &whole {
        assert!(
            m.span.start < m.span.end && m.span.end <= rest.len(),
            "{:?}",
            m.span
        );
        assert!(m.span.start >= last_start, "mentions out of order");
        last_start = m.span.start;
        assert!(
            std::str::from_utf8(&rest[m.span.clone()]).is_ok(),
            "span not on char boundaries"
        );
        for side in [&m.julian, &m.gregorian].into_iter().flatten() {
            assert!(side.span.start >= m.span.start && side.span.end <= m.span.end);
        }
        assert!(m.julian.is_some() || m.gregorian.is_some());
    }
    if let Ok(text) = std::str::from_utf8(rest) {
        assert_eq!(extract::extract(text, &options), whole);
    }
    let block = 1 + usize::from(first >> 1) * 7;
    assert_eq!(streamed(rest, &options, block), whole);
    // The pre-filter only saves work: without it, the same mentions.
    assert_eq!(
        extract::extract_unfiltered(rest, &options),
        whole,
        "the pre-filter changed what was extracted"
    );
}

/// Integers → the calendar core: no panic; what is accepted round-trips.
pub fn calendar(data: &[u8]) {
    let mut ints = Ints(data);
    let (y, m, d, n) = (ints.i64(), ints.i64(), ints.i64(), ints.i64());
    for kind in [CalendarKind::Julian, CalendarKind::Gregorian] {
        if let Ok(day) = kind.rata_die(y, m, d) {
            let back = kind.ymd(day);
            assert_eq!(
                (
                    i64::from(back.year),
                    i64::from(back.month),
                    i64::from(back.day)
                ),
                (y, m, d)
            );
            let other = kind.other().ymd(day);
            let again = kind.other().rata_die(
                i64::from(other.year),
                i64::from(other.month),
                i64::from(other.day),
            );
            assert_eq!(again, Ok(day));
            let _ = offset(day);
            assert_eq!(
                RataDie::from_julian_day_number(day.julian_day_number()),
                Ok(day)
            );
        }
        let _ = kind.days_in_month(y as i32, m as u8);
    }
    if let Ok(day) = RataDie::new(n) {
        let j = JulianDate::from_rata_die(day);
        let g = GregorianDate::from_rata_die(day);
        assert_eq!(j.to_gregorian(), g);
        assert_eq!(g.to_julian(), j);
        assert_eq!(j.to_string().parse::<JulianDate>(), Ok(j));
        assert_eq!(g.to_string().parse::<GregorianDate>(), Ok(g));
        let _ = day.checked_add(y);
        let _ = j.long().to_string();
    }
    if let Some((first, last)) = offset_span(n as i32) {
        assert!(first <= last);
        assert_eq!(offset(first.rata_die()), n as i32);
        assert_eq!(offset(last.rata_die()), n as i32);
    }
    let (hy, month, day) = (ints.i32(), ints.u8(), ints.u8());
    for style in [
        NewYearStyle::January1,
        NewYearStyle::March25,
        NewYearStyle::March25Pisan,
        NewYearStyle::March1,
        NewYearStyle::September1,
        NewYearStyle::December25,
    ] {
        let h = style.historical_year(hy, month, day);
        if hy.checked_add(2).is_some() && hy.checked_sub(2).is_some() {
            assert_eq!(style.january_year(h, month, day), hy);
        }
    }
    let text = String::from_utf8_lossy(data);
    if let Ok(dual) = DualYear::parse(&text) {
        let _ = dual.to_string();
        let _ = dual.year_for(month, day);
    }
    let regions = Region::all();
    if !regions.is_empty() {
        let region = &regions[usize::from(ints.u8()) % regions.len()];
        if let Ok(day) = region.resolve(Ymd::new(hy, month, day)) {
            let civil = region.civil_date(day);
            assert_eq!(civil.calendar, region.calendar_on(day));
        }
        if let Ok(day) = RataDie::new(n) {
            let _ = region.civil_date(day);
        }
        let _ = region.january_year(hy, month, day);
    }
}

/// Text → `convert`'s date reader: no panic; a conversion is consistent.
pub fn convert(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for region in [
        None,
        Region::find("RU"),
        Region::find("GB"),
        Region::find("SE"),
    ] {
        for from in [CalendarKind::Julian, CalendarKind::Gregorian] {
            let options = dualdate::convert::Options { from, region };
            match dualdate::convert::convert(text, &options) {
                Ok(c) => {
                    assert_eq!(c.julian.to_gregorian(), c.gregorian);
                    assert_eq!(c.julian.rata_die(), c.day);
                    let _ = dualdate::report::convert::human_line(&c);
                    let record = dualdate::report::convert::ConvertRecord::new(text, &c);
                    assert!(serde_json::to_string(&record).is_ok());
                }
                Err(e) => assert!(!e.to_string().is_empty()),
            }
        }
    }
}

/// Bytes → the whole `check` pipeline, streamed in blocks, rendered in
/// every output format: no panic; lines and columns move forward.
pub fn check(data: &[u8]) {
    let (first, rest) = data.split_first().map_or((0, data), |(f, r)| (*f, r));
    let region = match first % 4 {
        1 => Region::find("RU"),
        2 => Region::find("GB"),
        3 => Region::find("SE"),
        _ => None,
    };
    let extract_options = Options {
        year: (first & 4 == 4).then_some(1800),
        order: Order::Auto,
    };
    let check_options = check::Options { region };
    let block = 1 + usize::from(first >> 3) * 13;
    let mut stream = Stream::new(&extract_options);
    let mut locator = Locator::new(0);
    let (mut buf, mut base) = (Vec::new(), 0);
    let mut sarif = Vec::new();
    let mut last_line = (0, 0);
    let mut pieces = rest.chunks(block).peekable();
    loop {
        let piece = pieces.next();
        buf.extend_from_slice(piece.unwrap_or_default());
        let last = pieces.peek().is_none();
        let done = stream.scan(&buf, base, last, |m| {
            let checked = check::check(m, &check_options);
            let located = locator.locate(&buf, base, checked.mention.span.clone());
            assert!((located.start.line, located.start.column) >= last_line);
            last_line = (located.start.line, located.start.column);
            let entry = Entry {
                path: "fuzz.txt",
                checked: &checked,
                located: &located,
            };
            for f in &checked.findings {
                let _ = findings::human(&entry, f, f.span.start % 2 == 0, 80);
                let _ = findings::concise(&entry, f);
                assert!(serde_json::to_string(&findings::FindingRecord::new(&entry, f)).is_ok());
                let _ = findings::github(&entry, f);
                sarif.push(findings::sarif_result(&entry, f));
            }
            let record = MentionRecord::new(&entry);
            assert!(serde_json::to_string(&record).is_ok());
            let _ = scan::csv(&record);
            let _ = scan::human(&record);
        });
        if last {
            break;
        }
        locator.advance(&buf, base, base + done);
        buf.drain(..done);
        base += done;
    }
    let _ = findings::sarif_log(&sarif);
}
