//! A differential test against ICU4X's `icu_calendar` (a dev-dependency
//! only): every day from Gregorian −9999-01-01 to 9999-12-31, in both
//! directions and both calendars, then random days out to the edges of the
//! supported range.

use dualdate::calendar::{CalendarKind, GregorianDate, RataDie};
use icu_calendar::types::RataDie as IcuRataDie;
use icu_calendar::{Date as IcuDate, Iso, cal::Julian as IcuJulian};
use proptest::prelude::*;

fn icu_ymd<A: icu_calendar::AsCalendar>(d: &IcuDate<A>) -> (i32, u8, u8) {
    (d.extended_year(), d.month().ordinal, d.day_of_month().0)
}

/// Checks one day both ways in both calendars.
fn check_day(rd: RataDie) {
    let icu_rd = IcuRataDie::new(i64::from(rd.get()));
    for (kind, icu) in [
        (
            CalendarKind::Julian,
            icu_ymd(&IcuDate::from_rata_die(icu_rd, IcuJulian)),
        ),
        (
            CalendarKind::Gregorian,
            icu_ymd(&IcuDate::from_rata_die(icu_rd, Iso)),
        ),
    ] {
        let ours = kind.ymd(rd);
        assert_eq!(
            (ours.year, ours.month, ours.day),
            icu,
            "{kind} labels of {rd}"
        );
        let back = kind.rata_die(i64::from(icu.0), i64::from(icu.1), i64::from(icu.2));
        assert_eq!(back, Ok(rd), "{kind} {icu:?} to a day number");
    }
    // And labels to day numbers on ICU's side too.
    let j = CalendarKind::Julian.ymd(rd);
    let g = CalendarKind::Gregorian.ymd(rd);
    let icu_j = IcuDate::try_new_julian(j.year, j.month, j.day).expect("valid Julian labels");
    let icu_g = IcuDate::try_new_iso(g.year, g.month, g.day).expect("valid Gregorian labels");
    assert_eq!(icu_j.to_rata_die().to_i64_date(), i64::from(rd.get()));
    assert_eq!(icu_g.to_rata_die().to_i64_date(), i64::from(rd.get()));
}

#[test]
fn every_day_of_years_minus_9999_to_9999_agrees_with_icu() {
    let first = GregorianDate::new(-9999, 1, 1).unwrap().rata_die();
    let last = GregorianDate::new(9999, 12, 31).unwrap().rata_die();
    let mut days = 0_u64;
    let mut rd = first;
    loop {
        check_day(rd);
        days += 1;
        if rd == last {
            break;
        }
        rd = rd.checked_add(1).unwrap();
    }
    assert_eq!(days, 7_304_484);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::util::cases(20_000)))]

    #[test]
    fn random_days_out_to_the_range_edges_agree_with_icu(
        rd in RataDie::MIN.get()..=RataDie::MAX.get()
    ) {
        check_day(RataDie::new(i64::from(rd)).unwrap());
    }
}

#[test]
fn the_range_edges_agree_with_icu() {
    for rd in [RataDie::MIN, RataDie::MAX] {
        check_day(rd);
    }
}
