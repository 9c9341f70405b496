//! The day-number arithmetic behind both calendars.
//!
//! Both directions use the Euclidean affine functions of
//! C. Neri and L. Schneider, "Euclidean affine functions and their
//! application to calendar algorithms", *Software: Practice and Experience*
//! 53 (2023), 937–970, <https://doi.org/10.1002/spe.3172>, with their
//! variable names. Their method works in a *computational calendar* whose
//! years start on 1 March (so the leap day is the last day of the year) and
//! whose years are shifted by `SHIFT` to make every quantity non-negative,
//! so that all divisions are cheap unsigned divisions by constants.
//!
//! The Julian calendar uses the same month formulas with a 4-year cycle of
//! 1461 days in place of the Gregorian 400-year cycle of 146097 days.
//!
//! These functions do no validation: callers pass dates and day numbers
//! that lie inside [`MIN_RD`]..=[`MAX_RD`], where every intermediate value
//! below fits in a `u32` (the bounds are worked out next to each step and
//! checked by the exhaustive tests at the bottom).

/// Years added before computing, a multiple of 400 so that both cycles stay
/// aligned. With the supported years (at most ±1 000 021 in Gregorian
/// labels) the shifted year stays within 379..=2 000 421.
const SHIFT_YEARS: u32 = 400 * 2501;

/// The computational day number `n` (days since 1 March of year
/// `-SHIFT_YEARS`, proleptic Gregorian) of Gregorian 0000-12-31, so that
/// `rd = n - GREGORIAN_N0` makes 0001-01-01 day 1, as chrono's
/// `num_days_from_ce` does.
const GREGORIAN_N0: u32 = gregorian_n(0, 12, 31);

/// Day 0 expressed in the Julian computational calendar: Gregorian
/// 0000-12-31 is Julian 0001-01-02.
const JULIAN_N0: u32 = julian_n(1, 1, 2);

/// The first supported day: Julian 1 January 999 999 BC… written
/// astronomically, Julian −999999-01-01.
pub(crate) const MIN_RD: i32 = julian_to_rd(-999_999, 1, 1);

/// The last supported day: Julian 999999-12-31.
pub(crate) const MAX_RD: i32 = julian_to_rd(999_999, 12, 31);

/// Computational Gregorian day number of a date (Neri–Schneider, fig. 12).
#[inline(always)]
const fn gregorian_n(year: i32, month: u8, day: u8) -> u32 {
    let j = (month <= 2) as u32;
    // year + SHIFT >= 379 for supported years, so the cast is lossless.
    let y = (year + SHIFT_YEARS as i32) as u32 - j; // <= 2 000 421
    let m = month as u32 + 12 * j; // 3..=14
    let d = day as u32 - 1;
    let c = y / 100;
    let y_star = 1461 * y / 4 - c + c / 4; // 1461 * y <= 2.93e9 < 2^32
    let m_star = (979 * m - 2919) / 32;
    y_star + m_star + d
}

/// Computational Julian day number of a date: as [`gregorian_n`] without
/// the century corrections.
#[inline(always)]
const fn julian_n(year: i32, month: u8, day: u8) -> u32 {
    let j = (month <= 2) as u32;
    let y = (year + SHIFT_YEARS as i32) as u32 - j; // <= 2 000 400
    let m = month as u32 + 12 * j;
    let d = day as u32 - 1;
    let y_star = 1461 * y / 4;
    let m_star = (979 * m - 2919) / 32;
    y_star + m_star + d
}

/// Month and day from the day of the computational year `n_y` (0 = 1 March).
/// Returns `(month in 3..=14, day in 1..=31)`.
#[inline(always)]
const fn month_day(n_y: u32) -> (u32, u32) {
    let n_3 = 2141 * n_y + 197_913;
    let m = n_3 / 65_536;
    let d = n_3 % 65_536 / 2141;
    (m, d + 1)
}

/// Undoes the computational calendar: March-based year and month 3..=14 to
/// a 1-January year and month 1..=12.
#[inline(always)]
const fn civil(y: u32, m: u32, d: u32) -> (i32, u8, u8) {
    let j = (m > 12) as u32;
    let year = (y + j) as i32 - SHIFT_YEARS as i32;
    let month = m - 12 * j;
    (year, month as u8, d as u8)
}

/// Rata Die of a proleptic Gregorian date.
#[inline]
pub(crate) const fn gregorian_to_rd(year: i32, month: u8, day: u8) -> i32 {
    gregorian_n(year, month, day) as i32 - GREGORIAN_N0 as i32
}

/// Rata Die of a proleptic Julian date.
#[inline]
pub(crate) const fn julian_to_rd(year: i32, month: u8, day: u8) -> i32 {
    julian_n(year, month, day) as i32 - JULIAN_N0 as i32
}

/// Proleptic Gregorian date of a Rata Die (Neri–Schneider, fig. 10).
#[inline]
pub(crate) const fn gregorian_from_rd(rd: i32) -> (i32, u8, u8) {
    let n = (rd + GREGORIAN_N0 as i32) as u32; // <= 731e6
    // Century.
    let n_1 = 4 * n + 3; // <= 2.93e9 < 2^32
    let c = n_1 / 146_097;
    let n_c = n_1 % 146_097 / 4;
    // Year of the century; the 64-bit product replaces a division by 1461.
    let n_2 = 4 * n_c + 3;
    let p_2 = 2_939_745_u64 * n_2 as u64;
    let z = (p_2 / 4_294_967_296) as u32;
    let n_y = (p_2 % 4_294_967_296) as u32 / 2_939_745 / 4;
    let (m, d) = month_day(n_y);
    civil(100 * c + z, m, d)
}

/// Proleptic Julian date of a Rata Die.
#[inline]
pub(crate) const fn julian_from_rd(rd: i32) -> (i32, u8, u8) {
    let n = (rd + JULIAN_N0 as i32) as u32;
    let n_1 = 4 * n + 3;
    let y = n_1 / 1461;
    let n_y = n_1 % 1461 / 4;
    let (m, d) = month_day(n_y);
    civil(y, m, d)
}

/// Julian leap years: every fourth year (year 0 = 1 BC is one).
#[inline]
pub(crate) const fn julian_is_leap(year: i32) -> bool {
    year % 4 == 0
}

/// Gregorian leap years: every fourth year except centuries not divisible
/// by 400.
#[inline]
pub(crate) const fn gregorian_is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in a month (1..=12) given whether the year is a leap year.
#[inline]
pub(crate) const fn days_in_month(leap: bool, month: u8) -> u8 {
    match month {
        2 => 28 + leap as u8,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A slow, obviously correct Rata Die: count days year by year from
    /// 0001-01-01 using the leap rule alone.
    fn naive_rd(year: i32, month: u8, day: u8, leap: fn(i32) -> bool, first: i64) -> i64 {
        let mut rd = first;
        if year >= 1 {
            for y in 1..year {
                rd += 365 + leap(y) as i64;
            }
        } else {
            for y in year..1 {
                rd -= 365 + leap(y) as i64;
            }
        }
        for m in 1..month {
            rd += days_in_month(leap(year), m) as i64;
        }
        rd + day as i64 - 1
    }

    #[test]
    fn epochs_match_chrono_and_calendrical_calculations() {
        assert_eq!(gregorian_to_rd(1, 1, 1), 1);
        // Julian 0001-01-01 is Gregorian 0000-12-30 (Reingold & Dershowitz:
        // the Julian epoch is fixed date -1).
        assert_eq!(julian_to_rd(1, 1, 1), -1);
        assert_eq!(julian_to_rd(1582, 10, 4) + 1, gregorian_to_rd(1582, 10, 15));
    }

    #[test]
    fn agrees_with_counting_days_near_the_epoch_and_far_out() {
        for year in (-2001..=2001).chain([-999_999, -400_001, 400_000, 999_999]) {
            for month in 1..=12 {
                for day in [1, 15, 28] {
                    let g = gregorian_to_rd(year, month, day) as i64;
                    if year.abs() < 3000 {
                        assert_eq!(g, naive_rd(year, month, day, gregorian_is_leap, 1));
                        let j = julian_to_rd(year, month, day) as i64;
                        assert_eq!(j, naive_rd(year, month, day, julian_is_leap, -1));
                    }
                    assert_eq!(gregorian_from_rd(g as i32), (year, month, day));
                }
            }
        }
    }

    #[test]
    fn supported_days_round_trip_across_the_whole_range() {
        // Every day of the whole range, both calendars: about 730 million
        // days each, so walk it in release-sized strides here and leave the
        // full sweep to tests/calendar_exhaustive.rs.
        let mut rd = MIN_RD;
        while rd <= MAX_RD {
            let (y, m, d) = julian_from_rd(rd);
            assert_eq!(julian_to_rd(y, m, d), rd);
            let (y, m, d) = gregorian_from_rd(rd);
            assert_eq!(gregorian_to_rd(y, m, d), rd);
            rd += 9973;
        }
    }

    #[test]
    fn range_ends_are_the_promised_dates() {
        assert_eq!(julian_from_rd(MIN_RD), (-999_999, 1, 1));
        assert_eq!(julian_from_rd(MAX_RD), (999_999, 12, 31));
        // Gregorian labels reach a little further out than Julian ones.
        assert!(gregorian_to_rd(-999_999, 1, 1) > MIN_RD);
        assert!(gregorian_to_rd(999_999, 12, 31) < MAX_RD);
    }
}
