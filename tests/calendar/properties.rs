//! Properties of the calendar core over arbitrary inputs.

use dualdate::calendar::{
    CalendarKind, DualYear, GregorianDate, JulianDate, RataDie, offset, offset_span,
};
use proptest::prelude::*;

fn any_day() -> impl Strategy<Value = RataDie> {
    (RataDie::MIN.get()..=RataDie::MAX.get()).prop_map(|v| RataDie::new(i64::from(v)).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::util::cases(5_000)))]

    #[test]
    fn day_numbers_round_trip_in_both_calendars(day in any_day()) {
        prop_assert_eq!(JulianDate::from_rata_die(day).rata_die(), day);
        prop_assert_eq!(GregorianDate::from_rata_die(day).rata_die(), day);
        let j = JulianDate::from_rata_die(day);
        prop_assert_eq!(j.to_gregorian().to_julian(), j);
        // ISO text round trips too.
        prop_assert_eq!(j.to_string().parse::<JulianDate>(), Ok(j));
        let g = j.to_gregorian();
        prop_assert_eq!(g.to_string().parse::<GregorianDate>(), Ok(g));
    }

    #[test]
    fn order_is_preserved(a in any_day(), b in any_day()) {
        prop_assert_eq!(a.cmp(&b), JulianDate::from_rata_die(a).cmp(&JulianDate::from_rata_die(b)));
        prop_assert_eq!(
            a.cmp(&b),
            GregorianDate::from_rata_die(a).cmp(&GregorianDate::from_rata_die(b))
        );
    }

    #[test]
    fn consecutive_days_are_consecutive_dates(day in any_day()) {
        if let Ok(next) = day.checked_add(1) {
            for kind in [CalendarKind::Julian, CalendarKind::Gregorian] {
                let (a, b) = (kind.ymd(day), kind.ymd(next));
                let month_len = kind.days_in_month(a.year, a.month).unwrap();
                if a.day < month_len {
                    prop_assert_eq!((b.year, b.month, b.day), (a.year, a.month, a.day + 1));
                } else if a.month < 12 {
                    prop_assert_eq!((b.year, b.month, b.day), (a.year, a.month + 1, 1));
                } else {
                    prop_assert_eq!((b.year, b.month, b.day), (a.year + 1, 1, 1));
                }
            }
            // The difference never jumps by more than a day.
            prop_assert!((offset(next) - offset(day)).abs() <= 1);
        }
    }

    #[test]
    fn validity_rules(year in -1_000_200_i64..=1_000_200, month in -2_i64..=14, day in -2_i64..=33) {
        for kind in [CalendarKind::Julian, CalendarKind::Gregorian] {
            let result = kind.rata_die(year, month, day);
            let leap = kind.is_leap_year(year as i32);
            let month_len = match month {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            let well_formed = (1..=12).contains(&month) && (1..=month_len).contains(&day);
            if !well_formed {
                prop_assert!(result.is_err());
            } else if (-999_999..=999_999).contains(&year) {
                prop_assert!(result.is_ok(), "{} {}-{}-{}: {:?}", kind, year, month, day, result);
            }
            if let Ok(day_number) = result {
                let back = kind.ymd(day_number);
                prop_assert_eq!((i64::from(back.year), i64::from(back.month), i64::from(back.day)), (year, month, day));
            }
        }
    }

    #[test]
    fn no_panic_on_any_integers(a in any::<i64>(), b in any::<i64>(), c in any::<i64>(), s in any::<i32>()) {
        let _ = CalendarKind::Julian.rata_die(a, b, c);
        let _ = CalendarKind::Gregorian.rata_die(a, b, c);
        let _ = JulianDate::new(s, b as u8, c as u8);
        let _ = GregorianDate::new(s, b as u8, c as u8);
        if let Ok(day) = RataDie::new(a) {
            let _ = day.checked_add(b);
            let _ = offset(day);
        }
        let _ = RataDie::from_julian_day_number(a);
        let _ = offset_span(s);
        let _ = CalendarKind::Julian.days_in_month(s, b as u8);
    }

    #[test]
    fn no_panic_on_any_text(s in "\\PC{0,24}", t in "[+-]?[0-9]{0,10}-[0-9]{0,3}-[0-9]{0,3}", u in "[0-9]{0,9}/[0-9]{0,9}") {
        let _ = s.parse::<JulianDate>();
        let _ = t.parse::<GregorianDate>();
        let _ = DualYear::parse(&s);
        if let Ok(y) = DualYear::parse(&u) {
            let _ = y.to_string();
            let _ = y.year_for(2, 11);
        }
    }
}

#[test]
fn out_of_range_years_are_errors_not_wrapped_numbers() {
    for year in [1_000_000, -1_000_000, i32::MAX, i32::MIN] {
        assert!(JulianDate::new(year, 1, 1).is_err(), "{year}");
    }
    assert!(JulianDate::new(999_999, 12, 31).is_ok());
    assert!(JulianDate::new(-999_999, 1, 1).is_ok());
    assert!(GregorianDate::new(999_999, 12, 31).is_ok());
    assert!(GregorianDate::new(-999_999, 1, 1).is_ok());
    let err = JulianDate::new(1_000_000, 1, 1).unwrap_err();
    assert_eq!(
        err.to_string(),
        "year 1000000 is outside the supported range -999999-01-01 to +999999-12-31 (Julian)"
    );
    assert_eq!(
        JulianDate::new(1917, 11, 31).unwrap_err().to_string(),
        "day 31 is outside 1–30 for November 1917 (Julian)"
    );
    assert_eq!(
        JulianDate::new(1917, 13, 1).unwrap_err().to_string(),
        "month 13 is outside 1–12 (Julian)"
    );
    assert_eq!(
        JulianDate::new(1917, 2, 0).unwrap_err().to_string(),
        "day 0 is outside 1–28 for February 1917 (Julian)"
    );
    assert_eq!(
        GregorianDate::new(-43, 2, 30).unwrap_err().to_string(),
        "day 30 is outside 1–28 for February 44 BC (Gregorian)"
    );
}

#[test]
fn serde_uses_iso_strings_with_signs_outside_four_digits() {
    let d = JulianDate::new(-43, 3, 15).unwrap();
    assert_eq!(serde_json::to_string(&d).unwrap(), "\"-0043-03-15\"");
    let far = GregorianDate::new(12_345, 6, 7).unwrap();
    assert_eq!(serde_json::to_string(&far).unwrap(), "\"+12345-06-07\"");
    let back: GregorianDate = serde_json::from_str("\"+12345-06-07\"").unwrap();
    assert_eq!(back, far);
    assert!(serde_json::from_str::<GregorianDate>("\"1900-02-29\"").is_err());
    assert!(serde_json::from_str::<JulianDate>("\"1900-02-29\"").is_ok());
}

#[test]
fn chrono_interop() {
    let naive = chrono::NaiveDate::from_ymd_opt(1917, 11, 7).unwrap();
    let g = GregorianDate::from(naive);
    assert_eq!(g.to_julian(), JulianDate::new(1917, 10, 25).unwrap());
    assert_eq!(chrono::NaiveDate::try_from(g), Ok(naive));
    assert_eq!(
        g.rata_die().get(),
        chrono::Datelike::num_days_from_ce(&naive)
    );
    assert!(chrono::NaiveDate::try_from(GregorianDate::new(999_999, 1, 1).unwrap()).is_err());
    assert_eq!(
        GregorianDate::from(chrono::NaiveDate::MIN).rata_die().get(),
        chrono::Datelike::num_days_from_ce(&chrono::NaiveDate::MIN)
    );
}
