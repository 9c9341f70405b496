//! The reform engine over the real table: which calendar a region used,
//! which dates it skipped, and its New-Year style.

use dualdate::calendar::{
    CivilCalendar, CivilError, GregorianDate, JulianDate, NewYearStyle, Region, Ymd,
};

fn region(code: &str) -> &'static Region {
    Region::find(code).unwrap_or_else(|| panic!("no region {code}"))
}

#[test]
fn russia_1918() {
    let ru = region("RU");
    let last_julian = JulianDate::new(1918, 1, 31).unwrap().rata_die();
    let next = last_julian.checked_add(1).unwrap();
    assert_eq!(ru.calendar_on(last_julian), CivilCalendar::Julian);
    assert_eq!(ru.calendar_on(next), CivilCalendar::Gregorian);
    assert_eq!(ru.civil_date(next).date, Ymd::new(1918, 2, 14));
    for day in 1..=13 {
        let err = ru.resolve(Ymd::new(1918, 2, day)).unwrap_err();
        assert!(matches!(err, CivilError::Gap { .. }), "{day}: {err}");
    }
    assert_eq!(
        ru.resolve(Ymd::new(1918, 2, 5)).unwrap_err().to_string(),
        "5 February 1918 never happened in Russia: \
         Julian 31 January 1918 was followed by Gregorian 14 February 1918"
    );
    assert_eq!(ru.resolve(Ymd::new(1918, 2, 14)), Ok(next));
    assert_eq!(ru.gregorian_since(), Some(next));
}

#[test]
fn great_britain_1752_and_its_new_year() {
    let gb = region("GB");
    assert_eq!(
        gb.resolve(Ymd::new(1752, 9, 2)),
        Ok(JulianDate::new(1752, 9, 2).unwrap().rata_die())
    );
    assert_eq!(
        gb.resolve(Ymd::new(1752, 9, 14)),
        Ok(GregorianDate::new(1752, 9, 14).unwrap().rata_die())
    );
    assert!(matches!(
        gb.resolve(Ymd::new(1752, 9, 3)),
        Err(CivilError::Gap { .. })
    ));
    // 29 February 1800 was Julian-only, and Britain was Gregorian by then.
    assert!(matches!(
        gb.resolve(Ymd::new(1800, 2, 29)),
        Err(CivilError::NotInForce { .. })
    ));
    assert_eq!(gb.new_year_style(1751), NewYearStyle::March25);
    assert_eq!(gb.new_year_style(1752), NewYearStyle::January1);
    assert_eq!(gb.january_year(1731, 2, 11), Ok(1732));
    assert_eq!(gb.january_year(1731, 6, 11), Ok(1731));
    assert!(matches!(
        gb.january_year(1751, 2, 11),
        Err(CivilError::NoSuchHistoricalDate { .. })
    ));
    let civil = gb.civil_date(JulianDate::new(1732, 2, 11).unwrap().rata_die());
    assert_eq!((civil.date.year, civil.historical_year), (1732, 1731));
}

#[test]
fn sweden_dropped_a_leap_day_then_added_30_february() {
    let se = region("SE");
    // 1700: the leap day was skipped.
    assert!(matches!(
        se.resolve(Ymd::new(1700, 2, 29)),
        Err(CivilError::Gap { .. })
    ));
    let swedish_march_1 = se.resolve(Ymd::new(1700, 3, 1)).unwrap();
    assert_eq!(
        swedish_march_1,
        JulianDate::new(1700, 2, 29).unwrap().rata_die()
    );
    assert_eq!(se.calendar_on(swedish_march_1), CivilCalendar::Swedish);
    // 1712: 30 February, then back to the Julian calendar.
    let feb_30 = se.resolve(Ymd::new(1712, 2, 30)).unwrap();
    assert_eq!(feb_30, JulianDate::new(1712, 2, 29).unwrap().rata_die());
    assert_eq!(se.civil_date(feb_30).date, Ymd::new(1712, 2, 30));
    let next = feb_30.checked_add(1).unwrap();
    assert_eq!(se.civil_date(next).date, Ymd::new(1712, 3, 1));
    assert_eq!(se.calendar_on(next), CivilCalendar::Julian);
    // 1 March 1712 is that Julian day only, though the Swedish calendar,
    // run on as Julian plus one day, would give the name to 30 February.
    assert_eq!(se.resolve(Ymd::new(1712, 3, 1)), Ok(next));
    // 1753: Gregorian.
    assert_eq!(
        se.gregorian_since(),
        Some(GregorianDate::new(1753, 3, 1).unwrap().rata_die())
    );
    assert!(se.resolve(Ymd::new(1753, 2, 20)).is_err());
}

#[test]
fn every_region_is_consistent() {
    for r in Region::all() {
        let mut previous = None;
        for s in r.switches {
            let last = s
                .from
                .rata_die(s.last)
                .unwrap_or_else(|e| panic!("{}: {e}", r.code));
            let first =
                s.to.rata_die(s.first)
                    .unwrap_or_else(|e| panic!("{}: {e}", r.code));
            assert!(first >= last, "{}: switch goes backwards", r.code);
            assert!(
                previous.is_none_or(|p| p < last),
                "{}: switches out of order",
                r.code
            );
            assert!(!s.source.is_empty(), "{}: a switch without source", r.code);
            // The labels around a switch resolve to the days the row names.
            if first > last {
                assert_eq!(r.calendar_on(last), s.from, "{}", r.code);
                assert_eq!(r.calendar_on(first), s.to, "{}", r.code);
            }
            previous = Some(first);
        }
        assert_eq!(Region::find(r.code).map(|f| f.code), Some(r.code));
        assert_eq!(Region::find(r.name).map(|f| f.code), Some(r.code));
    }
}

#[test]
fn lookups_ignore_case_and_accept_names() {
    assert_eq!(Region::find("ru").map(|r| r.code), Some("RU"));
    assert_eq!(Region::find("great britain").map(|r| r.code), Some("GB"));
    assert!(Region::find("").is_none());
    assert!(Region::find("XX").is_none());
}
