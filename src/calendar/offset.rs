//! How many days the Gregorian calendar runs ahead of the Julian.

use super::date::{CalendarKind, JulianDate};
use super::rata_die::RataDie;

/// The number of days by which the Gregorian date of a day is ahead of its
/// Julian date: 10 in 1582–1700, 13 in 1900–2100, negative before AD 200.
///
/// The difference grows by one on the Julian 29 February of each century
/// year that is not a Gregorian leap year, not on 1 January: Julian
/// 1700-02-28 is Gregorian 1700-03-10 (10 days), Julian 1700-02-29 is
/// Gregorian 1700-03-11 (11 days). Formally, for a day whose Julian date is
/// `y-m-d`, with `Y = y - 1` before 29 February and `Y = y` from it on, the
/// difference is `⌊Y/100⌋ − ⌊Y/400⌋ − 2`; wherever both calendars have the
/// same label it equals the number of days between the two days so named.
///
/// ```
/// use dualdate::calendar::{offset, JulianDate};
/// let day = |y, m, d| JulianDate::new(y, m, d).unwrap().rata_die();
/// assert_eq!(offset(day(1917, 10, 25)), 13);
/// assert_eq!(offset(day(1700, 2, 28)), 10);
/// assert_eq!(offset(day(1700, 2, 29)), 11);
/// assert_eq!(offset(day(-43, 3, 15)), -2);
/// ```
pub fn offset(day: RataDie) -> i32 {
    let j = CalendarKind::Julian.ymd(day);
    let y = if (j.month, j.day) < (2, 29) {
        j.year - 1
    } else {
        j.year
    };
    offset_for_year(y)
}

/// The difference through the middle of the Julian year `y` (1 June, as
/// [`offset`] gives it there), if that day is within the supported range:
/// `⌊y/100⌋ − ⌊y/400⌋ − 2`, with no date to convert.
pub(crate) fn offset_in_year(y: i32) -> Option<i32> {
    // Every 1 June between the first and last supported years is in
    // range; only in those two years must the day be built to tell.
    const FIRST: i32 = JulianDate::MIN.year();
    const LAST: i32 = JulianDate::MAX.year();
    let in_range = match y {
        _ if FIRST < y && y < LAST => true,
        FIRST | LAST => JulianDate::new(y, 6, 1).is_ok(),
        _ => false,
    };
    in_range.then(|| offset_for_year(y))
}

/// The difference for the Julian "year" running 29 February `y` to
/// 28 February `y + 1`.
const fn offset_for_year(y: i32) -> i32 {
    y.div_euclid(100) - y.div_euclid(400) - 2
}

/// The first and last Julian dates on which the difference was `days`, or
/// `None` if it never was within the supported range.
///
/// Each difference holds over one unbroken stretch of one or two centuries
/// because it changes by at most one day at a time.
///
/// ```
/// use dualdate::calendar::{offset_span, JulianDate};
/// let (first, last) = offset_span(6).unwrap();
/// assert_eq!(first, JulianDate::new(1000, 2, 29).unwrap());
/// assert_eq!(last, JulianDate::new(1100, 2, 28).unwrap());
/// assert!(offset_span(100_000).is_none());
/// ```
pub fn offset_span(days: i32) -> Option<(JulianDate, JulianDate)> {
    let (min, max) = (JulianDate::MIN, JulianDate::MAX);
    if days < offset(min.rata_die()) || days > offset(max.rata_die()) {
        return None;
    }
    // The smallest "year" y with offset_for_year(y) >= target, by bisection
    // over the supported years (offset_for_year never decreases).
    let first_year_reaching = |target: i32| {
        let (mut lo, mut hi) = (min.year() - 1, max.year() + 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if offset_for_year(mid) >= target {
                hi = mid
            } else {
                lo = mid + 1
            }
        }
        lo
    };
    let start_year = first_year_reaching(days);
    let end_year = first_year_reaching(days + 1) - 1;
    let first = match JulianDate::new(start_year, 2, 29) {
        Ok(d) => d,
        Err(_) => JulianDate::new(start_year, 3, 1).unwrap_or(min),
    };
    let last = JulianDate::new(end_year + 1, 2, 28).unwrap_or(max);
    Some((first.max(min), last.min(max)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::GregorianDate;

    #[test]
    fn equals_the_distance_between_same_labels() {
        // Wherever a label exists in both calendars, the difference is the
        // number of days between the two days it names.
        for year in (-1000..=3000)
            .step_by(7)
            .chain([1582, 1700, 1800, 1900, 2100])
        {
            for month in 1..=12 {
                for d in [1, 28] {
                    let j = JulianDate::new(year, month, d).unwrap().rata_die();
                    let g = GregorianDate::new(year, month, d).unwrap().rata_die();
                    assert_eq!(offset(j), j - g, "{year}-{month}-{d}");
                }
            }
        }
    }

    #[test]
    fn the_middle_of_each_year_as_offset_gives_it() {
        let (min, max) = (JulianDate::MIN.year(), JulianDate::MAX.year());
        for y in min - 1..=max + 1 {
            let by_date = JulianDate::new(y, 6, 1).ok().map(|d| offset(d.rata_die()));
            assert_eq!(offset_in_year(y), by_date, "{y}");
        }
    }

    #[test]
    fn spans_cover_every_day_exactly_once() {
        let mut expected_first = JulianDate::MIN;
        let lowest = offset(JulianDate::MIN.rata_die());
        let highest = offset(JulianDate::MAX.rata_die());
        for days in lowest..=highest {
            let (first, last) = offset_span(days).unwrap();
            assert_eq!(first, expected_first, "offset {days}");
            assert_eq!(offset(first.rata_die()), days);
            assert_eq!(offset(last.rata_die()), days);
            if last != JulianDate::MAX {
                let next = last.checked_add_days(1).unwrap();
                assert_eq!(offset(next.rata_die()), days + 1);
                expected_first = next;
            }
        }
        assert!(offset_span(lowest - 1).is_none());
        assert!(offset_span(highest + 1).is_none());
        assert!(offset_span(i32::MIN).is_none());
    }
}
