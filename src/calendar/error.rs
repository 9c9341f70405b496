//! Errors of the calendar core. Each carries the numbers it is about, and its
//! `Display` says what is wrong with them.

use std::fmt;

use super::date::CalendarKind;
use super::year::YearDisplay;

/// A date or day number that does not exist or lies outside the supported
/// range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateError {
    /// The month is not 1–12.
    Month {
        /// The calendar the date was given in.
        calendar: CalendarKind,
        /// The month as given.
        month: i64,
    },
    /// The day is not a day of that month in that year.
    Day {
        /// The calendar the date was given in.
        calendar: CalendarKind,
        /// The year (astronomical).
        year: i32,
        /// The month, 1–12.
        month: u8,
        /// The day as given.
        day: i64,
        /// The last day of that month.
        max: u8,
    },
    /// The year, or the date, lies outside the supported range.
    Range {
        /// The calendar the date was given in.
        calendar: CalendarKind,
        /// The year as given (astronomical).
        year: i64,
    },
    /// A day number outside the supported range.
    DayNumber {
        /// The day number as given (Rata Die).
        value: i64,
    },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DateError::Month { calendar, month } => {
                write!(f, "month {month} is outside 1–12 ({calendar})")
            }
            DateError::Day {
                calendar,
                year,
                month,
                day,
                max,
            } => write!(
                f,
                "day {day} is outside 1–{max} for {} {} ({calendar})",
                super::month_name(month),
                YearDisplay(year),
            ),
            DateError::Range { calendar, year } => {
                let (min, max) = calendar.supported_years();
                write!(
                    f,
                    "year {year} is outside the supported range {min} to {max} ({calendar})"
                )
            }
            DateError::DayNumber { value } => write!(
                f,
                "day number {value} is outside the supported range {} to {}",
                super::algo::MIN_RD,
                super::algo::MAX_RD
            ),
        }
    }
}

impl std::error::Error for DateError {}
