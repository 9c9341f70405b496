//! What extraction reports: mentions of dates in two calendars, as the text
//! states them, with where each reading came from.

use std::ops::Range;

use crate::calendar::{CalendarKind, DualYear, Weekday};

/// What kind of mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// One day written in both calendars: "26 October (8 November)".
    Pair,
    /// Days written in both calendars: "25–26 October (7–8 November)".
    Range,
    /// One date with a calendar label: "25 October 1917 O.S.".
    Single,
    /// One side of a pair only: "on \[15\] December".
    Partial,
    /// A date with a dual year: "11 February 1731/2".
    DualYear,
}

impl Kind {
    /// The kebab-case name used in output.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Pair => "pair",
            Kind::Range => "range",
            Kind::Single => "single",
            Kind::Partial => "partial",
            Kind::DualYear => "dual-year",
        }
    }
}

/// How extraction decided which side is Julian.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Decision {
    /// A label in the text ("O.S.", "N.S.", "по старому стилю").
    Label,
    /// The writing convention: Old Style first, New Style in brackets or
    /// after the slash (and a dual year is Old Style).
    Convention,
    /// Arithmetic: the text gives the New Style date first ("8 November
    /// (26 October)"): the other reading would put the Gregorian date
    /// behind the Julian one.
    Arithmetic,
    /// The caller's order option.
    Option,
}

/// Where a side's year came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum YearSource {
    /// Written with this side: "26 October 1917".
    Written,
    /// Written once for both sides ("26 October (8 November) 1917"), or
    /// written with the other side and carried over, across New Year where
    /// the months say so ("30 December 1917 (12 January)").
    Shared,
    /// Taken from the nearest dated text before the mention: a date (the
    /// year that puts the mention closest to it) or a year heading ("==
    /// 1917 ==", its year).
    Context {
        /// Byte span of that dated text.
        anchor: Range<usize>,
    },
    /// The caller's `year` option.
    Option,
}

/// A resolved year and its source.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Year {
    /// Astronomical year, counted from 1 January.
    pub value: i32,
    /// Where it came from.
    pub source: YearSource,
}

/// One calendar's side of a mention, as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Side {
    /// Byte span of this side's own text (for a shared month, just its day).
    pub span: Range<usize>,
    /// The day of the month as written (a range's first day).
    pub day: u32,
    /// A range's last day (in `month_end`, if given).
    pub day_end: Option<u32>,
    /// The month as written: 1–12 when named, any number when numeric.
    pub month: u8,
    /// A range's last month, where it is not the first's ("28 February –
    /// 3 March"); a last month before the first is in the next year.
    pub month_end: Option<u8>,
    /// The year, if one could be found.
    pub year: Option<Year>,
    /// A dual year written with this side ("1731/2").
    pub dual_year: Option<DualYear>,
    /// A weekday written with this side.
    pub weekday: Option<Weekday>,
    /// A calendar label written with this side.
    pub label: Option<CalendarKind>,
}

/// A mention of a date in two calendars (or one side of one).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Mention {
    /// Byte span in the input.
    pub span: Range<usize>,
    /// What kind of mention.
    pub kind: Kind,
    /// The Julian side, if the text gives one.
    pub julian: Option<Side>,
    /// The Gregorian side, if the text gives one.
    pub gregorian: Option<Side>,
    /// Whether the Julian side comes first in the text.
    pub julian_first: bool,
    /// How the calendars were assigned to the sides.
    pub decided_by: Decision,
}

impl Side {
    /// A range's last day as a side of its own, one day in `month_end` if
    /// given, in the next year if that month comes before the first ("30
    /// December – 2 January"); a single day's side is itself.
    pub fn last_day(&self) -> Side {
        let month = self.month_end.unwrap_or(self.month);
        let year = self.year.as_ref().map(|y| Year {
            value: if month < self.month {
                y.value.saturating_add(1)
            } else {
                y.value
            },
            source: y.source.clone(),
        });
        Side {
            day: self.day_end.unwrap_or(self.day),
            day_end: None,
            month,
            month_end: None,
            year,
            ..self.clone()
        }
    }
}

impl Mention {
    /// The side of a calendar.
    pub fn side(&self, calendar: CalendarKind) -> Option<&Side> {
        match calendar {
            CalendarKind::Julian => self.julian.as_ref(),
            CalendarKind::Gregorian => self.gregorian.as_ref(),
        }
    }
}
