//! The calendar core: exact Julian and Gregorian arithmetic, regions and
//! their reforms, New-Year styles. Pure functions and value types; nothing
//! here knows about text or files.
//!
//! # Terminology
//!
//! - **Julian calendar**, **Old Style (O.S.)**: every fourth year has
//!   29 February. **Gregorian calendar**, **New Style (N.S.)**: as Julian,
//!   except that century years are leap years only when divisible by 400.
//!   Both are *proleptic* here: extended to any date, before 1582 or even
//!   before 45 BC, as historians and astronomers do.
//! - **Rata Die** ([`RataDie`]): the number of a day, Gregorian
//!   0001-01-01 = 1. Every conversion goes through it.
//! - **Astronomical years**: year 0 is 1 BC, −1 is 2 BC. "44 BC" exists only
//!   when text is read or written ([`year`]).
//! - **Reform**: the switch of a region from one calendar to another, with
//!   the days it skipped ([`Region`], [`Switch`]).
//! - **New-Year style**: the day on which a region began its numbered year
//!   ([`NewYearStyle`]); it gives **dual years** such as "1731/2"
//!   ([`DualYear`]).
//! - **Difference** ([`offset`]): how many days the Gregorian date of a day
//!   is ahead of its Julian date.

mod algo;
mod date;
mod error;
mod new_year;
mod offset;
mod rata_die;
mod reform;
mod reform_table;
pub mod year;

pub use chrono::Weekday;
pub use date::{
    Calendar, CalendarKind, Date, Gregorian, GregorianDate, Julian, JulianDate, LongDate,
    ParseDateError, Ymd,
};
pub use error::DateError;
pub use new_year::{DualYear, DualYearError, NewYearStyle};
pub(crate) use offset::offset_in_year;
pub use offset::{offset, offset_span};
pub use rata_die::RataDie;
pub use reform::{CivilCalendar, CivilDate, CivilError, NewYearEra, OwnReading, Region, Switch};

/// English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of a month, 1–12, or "month N" for anything else.
pub fn month_name(month: u8) -> std::borrow::Cow<'static, str> {
    match MONTH_NAMES.get(usize::from(month).wrapping_sub(1)) {
        Some(name) => (*name).into(),
        None => format!("month {month}").into(),
    }
}
