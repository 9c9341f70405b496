//! How `dualdate scan` lists mentions: JSON Lines (a documented contract),
//! CSV, and a line each for people.
//!
//! The JSON contract, one object per line:
//!
//! ```text
//! {"type":"mention","path":…,"start":<byte>,"end":<byte>,"line":…,"column":…,
//!  "end_line":…,"end_column":…,"text":…,"kind":"pair|single|partial|dual-year|range",
//!  "julian":"YYYY-MM-DD"|null,"gregorian":"YYYY-MM-DD"|null,
//!  "julian_end":…,"gregorian_end":… (ranges only),
//!  "verdict":"consistent|inconsistent|invalid|partial|single|undetermined",
//!  "code":…|null,"message":…|null,"expected_julian":…|null,"expected_gregorian":…|null,
//!  "decided_by":"label|convention|arithmetic|option","julian_first":true|false,
//!  "old_style_calendar":"julian|swedish"|null}
//! ```
//!
//! `julian` and `gregorian` are the dates as the text states them, with the
//! year extraction decided (`--MM-DD` when it is unknown; astronomical years
//! with a sign outside 0000–9999), even when they do not exist ("1917-11-31").
//! `expected_*` are the right counterparts. `code` and `message` are the
//! most serious finding's. `old_style_calendar` is the calendar the date in
//! `julian` is read in: "julian", or with `--region SE` for 1700–1712
//! "swedish" where the DD010 note says so (null without an Old Style
//! date). Keys may be added; none will change meaning.

use serde::Serialize;

use super::convert::calendar_name;
use super::findings::Entry;
use crate::calendar::{GregorianDate, JulianDate};
use crate::extract::{Decision, Side};

/// The date a side states, as ISO 8601 (`--MM-DD` without a year).
fn stated(side: &Side, last: bool) -> String {
    let last_day;
    let side = if last {
        last_day = side.last_day();
        &last_day
    } else {
        side
    };
    let (month, day) = (side.month, side.day);
    match side.year.as_ref().map(|y| y.value) {
        Some(y) if (0..=9999).contains(&y) => format!("{y:04}-{month:02}-{day:02}"),
        Some(y) => format!("{y:+05}-{month:02}-{day:02}"),
        None => format!("--{month:02}-{day:02}"),
    }
}

/// A mention in the JSON Lines contract.
#[derive(Debug, Clone, Serialize)]
pub struct MentionRecord<'a> {
    /// Always "mention".
    #[serde(rename = "type")]
    pub record: &'static str,
    /// The file.
    pub path: &'a str,
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// Line of the start, from 1.
    pub line: usize,
    /// Column of the start in characters, from 1.
    pub column: usize,
    /// Line of the end.
    pub end_line: usize,
    /// Column just after the end.
    pub end_column: usize,
    /// The text of the mention.
    pub text: &'a str,
    /// "pair", "single", "partial", "dual-year" or "range".
    pub kind: &'static str,
    /// The Julian date as stated.
    pub julian: Option<String>,
    /// The Gregorian date as stated.
    pub gregorian: Option<String>,
    /// A range's last Julian day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub julian_end: Option<String>,
    /// A range's last Gregorian day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gregorian_end: Option<String>,
    /// The verdict.
    pub verdict: &'static str,
    /// The most serious finding's code.
    pub code: Option<&'static str>,
    /// The most serious finding's message.
    pub message: Option<&'a str>,
    /// The Julian date the Gregorian side stands for.
    pub expected_julian: Option<JulianDate>,
    /// The Gregorian date the Julian side stands for.
    pub expected_gregorian: Option<GregorianDate>,
    /// How the calendars were assigned to the sides.
    pub decided_by: &'static str,
    /// Whether the Julian date is written first.
    pub julian_first: bool,
    /// The calendar the Old Style date is read in: "julian", or the
    /// region's own ("swedish").
    pub old_style_calendar: Option<&'static str>,
}

impl<'a> MentionRecord<'a> {
    /// The record of a checked mention.
    pub fn new(entry: &Entry<'a>) -> MentionRecord<'a> {
        let c = entry.checked;
        let m = &c.mention;
        let ex = &entry.located.excerpt;
        let range = m.kind == crate::extract::Kind::Range;
        let end_of = |s: &Option<Side>| {
            if range {
                s.as_ref().map(|s| stated(s, true))
            } else {
                None
            }
        };
        MentionRecord {
            record: "mention",
            path: entry.path,
            start: m.span.start,
            end: m.span.end,
            line: entry.located.start.line,
            column: entry.located.start.column,
            end_line: entry.located.end.line,
            end_column: entry.located.end.column,
            text: ex.text.get(ex.span.clone()).unwrap_or_default(),
            kind: m.kind.name(),
            julian: m.julian.as_ref().map(|s| stated(s, false)),
            gregorian: m.gregorian.as_ref().map(|s| stated(s, false)),
            julian_end: end_of(&m.julian),
            gregorian_end: end_of(&m.gregorian),
            verdict: c.verdict.name(),
            code: c.worst().map(|f| f.rule.code()),
            message: c.worst().map(|f| f.message.as_str()),
            expected_julian: c.expected_julian,
            expected_gregorian: c.expected_gregorian,
            decided_by: match m.decided_by {
                Decision::Label => "label",
                Decision::Convention => "convention",
                Decision::Arithmetic => "arithmetic",
                Decision::Option => "option",
            },
            julian_first: m.julian_first,
            old_style_calendar: m
                .julian
                .as_ref()
                .map(|_| calendar_name(c.old_style_calendar)),
        }
    }
}

/// The CSV header line (without line end).
pub const CSV_HEADER: &str = "path,start,end,line,column,kind,julian,gregorian,julian_end,gregorian_end,\
     verdict,code,message,expected_julian,expected_gregorian,decided_by,text,old_style_calendar";

/// A CSV field, quoted when it holds a comma, quote or line break.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// A mention as a CSV line (without line end), columns as [`CSV_HEADER`].
pub fn csv(r: &MentionRecord<'_>) -> String {
    let opt = |o: &Option<String>| o.clone().unwrap_or_default();
    let fields = [
        r.path.to_owned(),
        r.start.to_string(),
        r.end.to_string(),
        r.line.to_string(),
        r.column.to_string(),
        r.kind.to_owned(),
        opt(&r.julian),
        opt(&r.gregorian),
        opt(&r.julian_end),
        opt(&r.gregorian_end),
        r.verdict.to_owned(),
        r.code.unwrap_or_default().to_owned(),
        r.message.unwrap_or_default().to_owned(),
        r.expected_julian.map(|d| d.to_string()).unwrap_or_default(),
        r.expected_gregorian
            .map(|d| d.to_string())
            .unwrap_or_default(),
        r.decided_by.to_owned(),
        r.text.to_owned(),
        r.old_style_calendar.unwrap_or_default().to_owned(),
    ];
    fields
        .iter()
        .map(|f| csv_field(f))
        .collect::<Vec<_>>()
        .join(",")
}

/// A mention for people: `path:line:col: text  J … / G … (verdict)`.
pub fn human(r: &MentionRecord<'_>) -> String {
    let or_dash = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".to_owned());
    format!(
        "{}:{}:{}: {}  Julian {} / Gregorian {} ({}{})",
        r.path,
        r.line,
        r.column,
        one_line(r.text),
        or_dash(&r.julian),
        or_dash(&r.gregorian),
        r.verdict,
        r.code.map(|c| format!(", {c}")).unwrap_or_default()
    )
}

/// `text` on one line: each line break (a line feed, a CR and line feed,
/// or a CR alone, which a terminal would take as a return to the line's
/// start) as one space.
fn one_line(text: &str) -> String {
    text.replace("\r\n", " ").replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn a_human_line_holds_no_line_break() {
        for text in [
            "26 October\n(8 November)",
            "26 October\r\n(8 November)",
            "26 October\r(8 November)",
        ] {
            assert_eq!(one_line(text), "26 October (8 November)", "{text:?}");
        }
    }
}
