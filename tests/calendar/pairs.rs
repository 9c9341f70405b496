//! `fixtures/pairs.csv`: known Julian/Gregorian pairs, each with what it is
//! about, so that a failure says which case broke.

use dualdate::calendar::{GregorianDate, JulianDate, offset};

use crate::util::read_csv;

#[test]
fn known_pairs() {
    let rows = read_csv("fixtures/pairs.csv");
    assert!(rows.len() > 60, "pairs.csv has {} rows", rows.len());
    for row in rows {
        let [julian, gregorian, rata_die, weekday, description] = &row[..] else {
            panic!("malformed row {row:?}");
        };
        let case = format!("{julian} / {gregorian} ({description})");
        let j: JulianDate = julian.parse().unwrap_or_else(|e| panic!("{case}: {e}"));
        let g: GregorianDate = gregorian.parse().unwrap_or_else(|e| panic!("{case}: {e}"));
        assert_eq!(j.to_gregorian(), g, "{case}");
        assert_eq!(g.to_julian(), j, "{case}");
        assert_eq!(j.rata_die(), g.rata_die(), "{case}");
        if !rata_die.is_empty() {
            assert_eq!(j.rata_die().get().to_string(), *rata_die, "{case}");
        }
        if !weekday.is_empty() {
            assert_eq!(format!("{:?}", j.weekday()), weekday[..3], "{case}");
        }
        // Every row also pins the difference where both labels exist.
        if let Ok(same_label) = GregorianDate::new(j.year(), j.month(), j.day()) {
            assert_eq!(
                offset(j.rata_die()),
                j.rata_die() - same_label.rata_die(),
                "{case}"
            );
        }
    }
}

#[test]
fn the_difference_changes_on_the_julian_leap_day_of_century_years() {
    let day = |y, m, d| JulianDate::new(y, m, d).unwrap().rata_die();
    assert_eq!(offset(day(1700, 2, 18)), 10);
    assert_eq!(offset(day(1700, 2, 28)), 10);
    assert_eq!(offset(day(1700, 2, 29)), 11);
    assert_eq!(offset(day(1899, 12, 31)), 12);
    assert_eq!(offset(day(1900, 1, 1)), 12);
    assert_eq!(offset(day(1900, 2, 29)), 13);
    assert_eq!(offset(day(2000, 2, 29)), 13);
    assert_eq!(offset(day(2100, 2, 29)), 14);
}
