//! Validated dates in the proleptic Julian and Gregorian calendars.

use std::fmt;
use std::hash::Hash;
use std::marker::PhantomData;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate, Weekday};

use super::algo;
use super::error::DateError;
use super::rata_die::RataDie;
use super::year::YearDisplay;

/// A calendar, chosen at run time.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum CalendarKind {
    /// The Julian calendar (Old Style, O.S.).
    Julian,
    /// The Gregorian calendar (New Style, N.S.).
    Gregorian,
}

impl CalendarKind {
    /// The other calendar.
    pub const fn other(self) -> CalendarKind {
        match self {
            CalendarKind::Julian => CalendarKind::Gregorian,
            CalendarKind::Gregorian => CalendarKind::Julian,
        }
    }

    /// Whether `year` (astronomical) is a leap year in this calendar.
    ///
    /// ```
    /// use dualdate::calendar::CalendarKind::{Gregorian, Julian};
    /// assert!(Julian.is_leap_year(1900) && !Gregorian.is_leap_year(1900));
    /// assert!(Julian.is_leap_year(-44)); // 45 BC, the first Julian year
    /// ```
    pub const fn is_leap_year(self, year: i32) -> bool {
        match self {
            CalendarKind::Julian => algo::julian_is_leap(year),
            CalendarKind::Gregorian => algo::gregorian_is_leap(year),
        }
    }

    /// The number of days in a month of a year.
    ///
    /// # Errors
    ///
    /// [`DateError::Month`] unless `month` is 1–12.
    pub const fn days_in_month(self, year: i32, month: u8) -> Result<u8, DateError> {
        if month < 1 || month > 12 {
            return Err(DateError::Month {
                calendar: self,
                month: month as i64,
            });
        }
        Ok(algo::days_in_month(self.is_leap_year(year), month))
    }

    /// Validates a date given as numbers and returns its day number. Takes
    /// wide integers so that any number read from text can be passed and
    /// gets a precise error.
    ///
    /// # Errors
    ///
    /// [`DateError::Range`] for a year (or date) outside the supported range,
    /// [`DateError::Month`] for a month outside 1–12, [`DateError::Day`] for a
    /// day that the month does not have.
    ///
    /// ```
    /// use dualdate::calendar::CalendarKind::Julian;
    /// let err = Julian.rata_die(1917, 11, 31).unwrap_err();
    /// assert_eq!(err.to_string(), "day 31 is outside 1–30 for November 1917 (Julian)");
    /// ```
    pub const fn rata_die(self, year: i64, month: i64, day: i64) -> Result<RataDie, DateError> {
        match self.validate(year, month, day) {
            Ok(Ymd { year, month, day }) => Ok(RataDie::from_checked(self.rd(year, month, day))),
            Err(e) => Err(e),
        }
    }

    /// Checks a date without computing its day number unless it lies near
    /// the ends of the supported range.
    const fn validate(self, year: i64, month: i64, day: i64) -> Result<Ymd, DateError> {
        // Both calendars are fully supported over ±999 999 years; Gregorian
        // labels reach about 21 years further, checked on the day number.
        const FULL: i64 = 999_999;
        const LIMIT: i64 = 1_000_100;
        if year < -LIMIT || year > LIMIT {
            return Err(DateError::Range {
                calendar: self,
                year,
            });
        }
        if month < 1 || month > 12 {
            return Err(DateError::Month {
                calendar: self,
                month,
            });
        }
        let (y, m) = (year as i32, month as u8);
        let max = algo::days_in_month(self.is_leap_year(y), m);
        if day < 1 || day > max as i64 {
            return Err(DateError::Day {
                calendar: self,
                year: y,
                month: m,
                day,
                max,
            });
        }
        let d = day as u8;
        if year < -FULL || year > FULL {
            let rd = self.rd(y, m, d);
            if rd < algo::MIN_RD || rd > algo::MAX_RD {
                return Err(DateError::Range {
                    calendar: self,
                    year,
                });
            }
        }
        Ok(Ymd {
            year: y,
            month: m,
            day: d,
        })
    }

    /// The day number of a valid date.
    #[inline(always)]
    const fn rd(self, year: i32, month: u8, day: u8) -> i32 {
        match self {
            CalendarKind::Julian => algo::julian_to_rd(year, month, day),
            CalendarKind::Gregorian => algo::gregorian_to_rd(year, month, day),
        }
    }

    /// The year, month and day of a day in this calendar.
    #[inline]
    pub const fn ymd(self, day: RataDie) -> Ymd {
        let (year, month, day) = match self {
            CalendarKind::Julian => algo::julian_from_rd(day.get()),
            CalendarKind::Gregorian => algo::gregorian_from_rd(day.get()),
        };
        Ymd { year, month, day }
    }

    /// The first and last supported dates in this calendar.
    pub const fn supported_range(self) -> (Ymd, Ymd) {
        (self.ymd(RataDie::MIN), self.ymd(RataDie::MAX))
    }

    /// The years every day of which both calendars support: the whole
    /// years of the Julian calendar's range, whose days the Gregorian
    /// labels about 21 years further out at each end. A year given for
    /// dates that write none (`--year`) must be one of them.
    ///
    /// ```
    /// use dualdate::calendar::CalendarKind;
    /// assert_eq!(CalendarKind::YEARS_IN_BOTH, -999_999..=999_999);
    /// ```
    pub const YEARS_IN_BOTH: std::ops::RangeInclusive<i32> = {
        let (first, last) = CalendarKind::Julian.supported_range();
        first.year..=last.year
    };

    /// Both calendars' supported years as text, for messages.
    pub(crate) fn supported_years(self) -> (String, String) {
        let (min, max) = self.supported_range();
        (min.to_string(), max.to_string())
    }
}

impl fmt::Display for CalendarKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CalendarKind::Julian => "Julian",
            CalendarKind::Gregorian => "Gregorian",
        })
    }
}

/// A year, month and day as written, not validated: the plain numbers a
/// calendar gives to a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ymd {
    /// Astronomical year (0 = 1 BC), counted from 1 January.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl Ymd {
    /// Bundles a year, month and day; nothing is checked.
    pub const fn new(year: i32, month: u8, day: u8) -> Ymd {
        Ymd { year, month, day }
    }

    /// Displays the date as "25 October 1917", "15 March 44 BC".
    pub const fn long(self) -> LongDate {
        LongDate(self)
    }

    /// The days from this date to `last` written as one span: "12–13 May
    /// 1707" within a month, "30 April 1707 – 1 May 1707" across one, or
    /// the one date if both are the same.
    ///
    /// ```
    /// use dualdate::calendar::Ymd;
    /// assert_eq!(Ymd::new(1707, 5, 12).long_to(Ymd::new(1707, 5, 13)), "12–13 May 1707");
    /// assert_eq!(
    ///     Ymd::new(1707, 4, 30).long_to(Ymd::new(1707, 5, 1)),
    ///     "30 April 1707 – 1 May 1707"
    /// );
    /// assert_eq!(Ymd::new(1707, 5, 12).long_to(Ymd::new(1707, 5, 12)), "12 May 1707");
    /// ```
    pub fn long_to(self, last: Ymd) -> String {
        if self == last {
            self.long().to_string()
        } else if (self.year, self.month) == (last.year, last.month) {
            format!("{}–{}", self.day, last.long())
        } else {
            format!("{} – {}", self.long(), last.long())
        }
    }
}

impl fmt::Display for Ymd {
    /// ISO 8601: `1917-10-25`; years outside 0000–9999 get a sign and at
    /// least four digits (`-0043-03-15`, `+10000-01-01`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Ymd { year, month, day } = *self;
        if (0..=9999).contains(&year) {
            write!(f, "{year:04}-{month:02}-{day:02}")
        } else {
            write!(f, "{year:+05}-{month:02}-{day:02}")
        }
    }
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for super::Julian {}
    impl Sealed for super::Gregorian {}
}

/// A calendar known at compile time: [`Julian`] or [`Gregorian`].
pub trait Calendar:
    sealed::Sealed + Copy + Eq + Ord + Hash + Default + fmt::Debug + Send + Sync + 'static
{
    /// The same calendar as a run-time value.
    const KIND: CalendarKind;
}

/// The proleptic Julian calendar: every fourth year is a leap year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Julian;

/// The proleptic Gregorian calendar: as Julian, but century years are leap
/// years only when divisible by 400.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Gregorian;

impl Calendar for Julian {
    const KIND: CalendarKind = CalendarKind::Julian;
}

impl Calendar for Gregorian {
    const KIND: CalendarKind = CalendarKind::Gregorian;
}

/// A date in the proleptic Julian calendar.
pub type JulianDate = Date<Julian>;

/// A date in the proleptic Gregorian calendar.
pub type GregorianDate = Date<Gregorian>;

/// A valid date in calendar `C`, within the supported range.
///
/// Years are astronomical: year 0 is 1 BC, year −43 is 44 BC. Dates order
/// chronologically.
///
/// # Example
///
/// ```
/// use dualdate::calendar::{GregorianDate, JulianDate};
///
/// let storming = JulianDate::new(1917, 10, 25)?;
/// assert_eq!(storming.to_gregorian(), GregorianDate::new(1917, 11, 7)?);
/// assert_eq!(storming.to_string(), "1917-10-25");
/// assert_eq!(storming.long().to_string(), "25 October 1917");
///
/// // Valid in one calendar, not in the other:
/// assert!(JulianDate::new(1900, 2, 29).is_ok());
/// assert_eq!(
///     GregorianDate::new(1900, 2, 29).unwrap_err().to_string(),
///     "day 29 is outside 1–28 for February 1900 (Gregorian)",
/// );
/// # Ok::<(), dualdate::calendar::DateError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date<C: Calendar> {
    // Field order gives the derived chronological ordering.
    year: i32,
    month: u8,
    day: u8,
    calendar: PhantomData<C>,
}

impl<C: Calendar> Date<C> {
    /// The first supported date in this calendar.
    pub const MIN: Date<C> = Date::from_rata_die(RataDie::MIN);
    /// The last supported date in this calendar.
    pub const MAX: Date<C> = Date::from_rata_die(RataDie::MAX);

    /// A date from its year (astronomical), month (1–12) and day.
    ///
    /// # Errors
    ///
    /// [`DateError::Month`], [`DateError::Day`] or [`DateError::Range`], see
    /// [`CalendarKind::rata_die`].
    pub const fn new(year: i32, month: u8, day: u8) -> Result<Date<C>, DateError> {
        match C::KIND.rata_die(year as i64, month as i64, day as i64) {
            Ok(_) => Ok(Date {
                year,
                month,
                day,
                calendar: PhantomData,
            }),
            Err(e) => Err(e),
        }
    }

    /// The date of a day.
    #[inline]
    pub const fn from_rata_die(day: RataDie) -> Date<C> {
        let Ymd { year, month, day } = C::KIND.ymd(day);
        Date {
            year,
            month,
            day,
            calendar: PhantomData,
        }
    }

    /// The day number of this date.
    #[inline]
    pub const fn rata_die(self) -> RataDie {
        RataDie::from_checked(C::KIND.rd(self.year, self.month, self.day))
    }

    /// The same day in another calendar.
    #[inline]
    pub const fn to<D: Calendar>(self) -> Date<D> {
        Date::from_rata_die(self.rata_die())
    }

    /// The astronomical year (0 = 1 BC).
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Year, month and day as plain numbers.
    pub const fn ymd(self) -> Ymd {
        Ymd {
            year: self.year,
            month: self.month,
            day: self.day,
        }
    }

    /// The calendar of this date as a run-time value.
    pub const fn calendar(self) -> CalendarKind {
        C::KIND
    }

    /// The day of the week.
    pub const fn weekday(self) -> Weekday {
        self.rata_die().weekday()
    }

    /// Whether this date's year is a leap year in its calendar.
    pub const fn in_leap_year(self) -> bool {
        C::KIND.is_leap_year(self.year)
    }

    /// The number of days in this date's month.
    pub const fn days_in_month(self) -> u8 {
        algo::days_in_month(self.in_leap_year(), self.month)
    }

    /// The date `days` later (earlier if negative).
    ///
    /// # Errors
    ///
    /// [`DateError::DayNumber`] if the result leaves the supported range.
    pub const fn checked_add_days(self, days: i64) -> Result<Date<C>, DateError> {
        match self.rata_die().checked_add(days) {
            Ok(rd) => Ok(Date::from_rata_die(rd)),
            Err(e) => Err(e),
        }
    }

    /// Displays the date as "25 October 1917", "15 March 44 BC".
    pub const fn long(self) -> LongDate {
        self.ymd().long()
    }
}

impl Date<Julian> {
    /// The same day in the Gregorian calendar.
    ///
    /// ```
    /// use dualdate::calendar::JulianDate;
    /// let d = JulianDate::new(1700, 2, 29)?.to_gregorian();
    /// assert_eq!(d.to_string(), "1700-03-11");
    /// # Ok::<(), dualdate::calendar::DateError>(())
    /// ```
    pub const fn to_gregorian(self) -> GregorianDate {
        self.to()
    }
}

impl Date<Gregorian> {
    /// The same day in the Julian calendar.
    pub const fn to_julian(self) -> JulianDate {
        self.to()
    }
}

impl<C: Calendar> fmt::Display for Date<C> {
    /// ISO 8601, as [`Ymd`]'s `Display`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.ymd(), f)
    }
}

impl<C: Calendar> fmt::Debug for Date<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}({})", C::KIND, self.ymd())
    }
}

/// A date displayed the way people write it: "25 October 1917",
/// "15 March 44 BC". Made by [`Date::long`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LongDate(Ymd);

impl fmt::Display for LongDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Ymd { year, month, day } = self.0;
        write!(
            f,
            "{day} {} {}",
            super::month_name(month),
            YearDisplay(year)
        )
    }
}

/// Why a string is not an ISO 8601 date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseDateError {
    /// Not of the form `[±]YYYY-MM-DD`.
    Syntax(String),
    /// Well formed, but not a valid date.
    Invalid(DateError),
}

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseDateError::Syntax(s) => {
                write!(
                    f,
                    "{s:?} is not an ISO 8601 date like 1917-10-25 or -0043-03-15"
                )
            }
            ParseDateError::Invalid(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ParseDateError {}

/// Reads `[+|-]YYYY-MM-DD` (at least four year digits) into numbers.
pub(crate) fn parse_iso(s: &str) -> Option<(i64, i64, i64)> {
    let (sign, rest) = match (s.strip_prefix('-'), s.strip_prefix('+')) {
        (Some(rest), _) => (-1, rest),
        (None, Some(rest)) => (1, rest),
        (None, None) => (1, s),
    };
    let mut parts = rest.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str, min: usize, max: usize| {
        (min..=max).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(y, 4, 9) || !digits(m, 2, 2) || !digits(d, 2, 2) {
        return None;
    }
    Some((
        sign * y.parse::<i64>().ok()?,
        m.parse().ok()?,
        d.parse().ok()?,
    ))
}

impl<C: Calendar> FromStr for Date<C> {
    type Err = ParseDateError;

    /// Parses ISO 8601 `YYYY-MM-DD`, with a sign for years outside
    /// 0000–9999.
    fn from_str(s: &str) -> Result<Date<C>, ParseDateError> {
        let (y, m, d) = parse_iso(s).ok_or_else(|| ParseDateError::Syntax(s.to_owned()))?;
        let rd = C::KIND.rata_die(y, m, d).map_err(ParseDateError::Invalid)?;
        Ok(Date::from_rata_die(rd))
    }
}

impl<C: Calendar> serde::Serialize for Date<C> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de, C: Calendar> serde::Deserialize<'de> for Date<C> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date<C>, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl From<NaiveDate> for GregorianDate {
    /// chrono's range (about ±262 000 years) lies inside ours.
    fn from(d: NaiveDate) -> GregorianDate {
        Date::from_rata_die(RataDie::from_checked(d.num_days_from_ce()))
    }
}

impl TryFrom<GregorianDate> for NaiveDate {
    type Error = DateError;

    /// # Errors
    ///
    /// [`DateError::Range`] for years beyond chrono's range.
    fn try_from(d: GregorianDate) -> Result<NaiveDate, DateError> {
        NaiveDate::from_num_days_from_ce_opt(d.rata_die().get()).ok_or(DateError::Range {
            calendar: CalendarKind::Gregorian,
            year: d.year() as i64,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_in_both_are_whole_in_both_calendars() {
        let first = i64::from(*CalendarKind::YEARS_IN_BOTH.start());
        let last = i64::from(*CalendarKind::YEARS_IN_BOTH.end());
        for calendar in [CalendarKind::Julian, CalendarKind::Gregorian] {
            assert!(calendar.rata_die(first, 1, 1).is_ok(), "{calendar}");
            assert!(calendar.rata_die(last, 12, 31).is_ok(), "{calendar}");
        }
        // The Julian calendar's range ends with them.
        assert!(CalendarKind::Julian.rata_die(first - 1, 12, 31).is_err());
        assert!(CalendarKind::Julian.rata_die(last + 1, 1, 1).is_err());
    }
}
