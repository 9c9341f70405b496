//! [`RataDie`]: the one day number every conversion goes through.

use std::fmt;
use std::ops::Sub;

use chrono::Weekday;

use super::algo::{MAX_RD, MIN_RD};
use super::error::DateError;

/// A day, counted from Gregorian 1 January AD 1 = day 1.
///
/// This is the *Rata Die* of Reingold & Dershowitz, *Calendrical
/// Calculations*, and equals chrono's `NaiveDate::num_days_from_ce`. Every
/// `RataDie` lies in the supported range, Julian −999999-01-01 to
/// 999999-12-31, so converting it to a date in either calendar never fails.
///
/// # Example
///
/// ```
/// use dualdate::calendar::{JulianDate, RataDie};
///
/// let day = JulianDate::new(1917, 10, 25)?.rata_die();
/// assert_eq!(day.get(), 700_115);
/// assert_eq!(day.julian_day_number(), 2_421_540);
/// assert_eq!(day.weekday(), chrono::Weekday::Wed);
/// # Ok::<(), dualdate::calendar::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RataDie(i32);

/// Julian Day Number of Rata Die 0 (the JDN of noon on Gregorian
/// 0000-12-31).
const JDN_OF_RD_0: i64 = 1_721_425;

impl RataDie {
    /// The first supported day, Julian −999999-01-01.
    pub const MIN: RataDie = RataDie(MIN_RD);
    /// The last supported day, Julian 999999-12-31.
    pub const MAX: RataDie = RataDie(MAX_RD);

    /// A day number, if it lies in the supported range.
    ///
    /// # Errors
    ///
    /// [`DateError::DayNumber`] outside [`RataDie::MIN`]..=[`RataDie::MAX`].
    pub const fn new(value: i64) -> Result<RataDie, DateError> {
        if value < MIN_RD as i64 || value > MAX_RD as i64 {
            return Err(DateError::DayNumber { value });
        }
        Ok(RataDie(value as i32))
    }

    /// Wraps a value the caller has already range-checked.
    pub(crate) const fn from_checked(value: i32) -> RataDie {
        debug_assert!(value >= MIN_RD && value <= MAX_RD);
        RataDie(value)
    }

    /// The day number.
    pub const fn get(self) -> i32 {
        self.0
    }

    /// The Julian Day Number of this day (the JD at its noon): astronomers'
    /// count from 1 January 4713 BC (Julian).
    pub const fn julian_day_number(self) -> i64 {
        self.0 as i64 + JDN_OF_RD_0
    }

    /// The day with this Julian Day Number.
    ///
    /// # Errors
    ///
    /// [`DateError::DayNumber`] if the day is outside the supported range.
    pub const fn from_julian_day_number(jdn: i64) -> Result<RataDie, DateError> {
        match jdn.checked_sub(JDN_OF_RD_0) {
            Some(rd) => RataDie::new(rd),
            None => Err(DateError::DayNumber { value: i64::MIN }),
        }
    }

    /// The day of the week. Day 1 (Gregorian 0001-01-01) was a Monday.
    pub const fn weekday(self) -> Weekday {
        match (self.0 as i64 - 1).rem_euclid(7) {
            0 => Weekday::Mon,
            1 => Weekday::Tue,
            2 => Weekday::Wed,
            3 => Weekday::Thu,
            4 => Weekday::Fri,
            5 => Weekday::Sat,
            _ => Weekday::Sun,
        }
    }

    /// The day `days` later (earlier if negative).
    ///
    /// # Errors
    ///
    /// [`DateError::DayNumber`] if the result leaves the supported range.
    pub const fn checked_add(self, days: i64) -> Result<RataDie, DateError> {
        match (self.0 as i64).checked_add(days) {
            Some(v) => RataDie::new(v),
            None => Err(DateError::DayNumber { value: i64::MAX }),
        }
    }
}

impl Sub for RataDie {
    type Output = i32;

    /// Days from `rhs` to `self`; never overflows within the range.
    fn sub(self, rhs: RataDie) -> i32 {
        self.0 - rhs.0
    }
}

impl fmt::Display for RataDie {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RD {}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn construction_checks_the_range() {
        assert!(RataDie::new(MIN_RD as i64 - 1).is_err());
        assert!(RataDie::new(MAX_RD as i64 + 1).is_err());
        assert!(RataDie::new(i64::MIN).is_err());
        assert_eq!(RataDie::new(0).map(RataDie::get), Ok(0));
        assert!(RataDie::MAX.checked_add(1).is_err());
        assert!(RataDie::MIN.checked_add(-1).is_err());
        assert!(RataDie::MIN.checked_add(i64::MAX).is_err());
        assert!(RataDie::from_julian_day_number(i64::MIN).is_err());
    }

    #[test]
    fn julian_day_numbers() {
        // JDN 2451545 is Gregorian 2000-01-01 (the J2000 epoch's day).
        let rd = RataDie::new(730_120).unwrap();
        assert_eq!(rd.julian_day_number(), 2_451_545);
        assert_eq!(RataDie::from_julian_day_number(2_451_545), Ok(rd));
        // JDN 0 is Julian 1 January 4713 BC = astronomical -4712.
        let zero = RataDie::from_julian_day_number(0).unwrap();
        assert_eq!(
            super::super::algo::julian_from_rd(zero.get()),
            (-4712, 1, 1)
        );
    }

    #[test]
    fn weekdays() {
        assert_eq!(RataDie::new(1).unwrap().weekday(), Weekday::Mon);
        assert_eq!(RataDie::new(0).unwrap().weekday(), Weekday::Sun);
        assert_eq!(RataDie::new(-6).unwrap().weekday(), Weekday::Mon);
        assert_eq!(RataDie::MIN.weekday(), RataDie::MIN.weekday());
    }
}
