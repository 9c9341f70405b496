//! GEDCOM's marks of a date's calendar, which stand right before the date
//! they name, after any qualifier ("ABT", "BEF", "FROM", "BET"), as a
//! label would. GEDCOM 5.5.1 writes an escape, `2 DATE @#DJULIAN@ 11 FEB
//! 1731/32`; GEDCOM 7 the calendar's name alone, `2 DATE JULIAN 11 FEB
//! 1731` (its grammar: `date = [calendar D] [[day D] month D] year [D
//! epoch]`, the calendar in capitals, D one space). Only the Julian and
//! Gregorian calendars are read; the others (Hebrew, French Republican,
//! Roman, unknown) name no calendar of dualdate's.

use nom::error::{ErrorKind, ParseError};

use super::atoms::{Res, fail};
use crate::calendar::CalendarKind;

/// The calendars read, as GEDCOM names them.
const CALENDARS: [(&str, CalendarKind); 2] = [
    ("JULIAN", CalendarKind::Julian),
    ("GREGORIAN", CalendarKind::Gregorian),
];

/// The months' codes, in GEDCOM's Julian and Gregorian calendars alike.
const MONTHS: [&str; 12] = [
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
];

/// Whether `i` may start with a GEDCOM calendar mark ([`gedcom_escape`]
/// or [`gedcom_calendar`]), told from its first byte.
#[inline]
pub(crate) fn may_start_gedcom_mark(i: &str) -> bool {
    let first = i.as_bytes().first();
    first == Some(&b'@')
        || CALENDARS
            .iter()
            .any(|(name, _)| name.as_bytes().first() == first)
}

/// A GEDCOM 5.5.1 calendar escape: "@#D", the calendar's name, "@", in any
/// case ("@#dJulian@").
///
/// `"@#DJULIAN@ 11 FEB 1731/32"` → `Julian`
pub(crate) fn gedcom_escape<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, CalendarKind, E> {
    let opening = i.get(..3).filter(|o| o.eq_ignore_ascii_case("@#D"));
    let Some(name_on) = opening.and_then(|o| i.get(o.len()..)) else {
        return fail(i, ErrorKind::Tag);
    };
    for (name, kind) in CALENDARS {
        let written = name_on
            .get(..name.len())
            .filter(|w| w.eq_ignore_ascii_case(name));
        let rest = written.and_then(|w| name_on.get(w.len()..));
        if let Some(rest) = rest.and_then(|r| r.strip_prefix('@')) {
            return Ok((rest, kind));
        }
    }
    fail(i, ErrorKind::Tag)
}

/// A GEDCOM 7 calendar: its name in capitals, then one space and a date
/// as GEDCOM writes it (see [`gedcom_date`]), which is left to read. The
/// name alone is as often a person's ("JULIAN 25 May", "VARTAN GREGORIAN
/// 12 May 1990"); before a date in that shape it is GEDCOM's.
///
/// `"JULIAN 11 FEB 1731\n"` → `Julian`, with `" 11 FEB 1731\n"` left
pub(crate) fn gedcom_calendar<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, CalendarKind, E> {
    for (name, kind) in CALENDARS {
        if let Some(rest) = i.strip_prefix(name) {
            let date = rest.strip_prefix(' ').unwrap_or("-");
            gedcom_date::<E>(date)?;
            return Ok((rest, kind));
        }
    }
    fail(i, ErrorKind::Tag)
}

/// A date as GEDCOM writes it, with its day: the day, the month's code and
/// the year one space apart, perhaps "BCE" after, then the end of the line
/// or where a range or a period goes on (" TO ", " AND ").
///
/// `"11 FEB 1731\n"` → `"\n"`; `"1 MAR 1700 TO JULIAN 5 MAR 1700"` → `" TO
/// JULIAN 5 MAR 1700"`
fn gedcom_date<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (), E> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let day = digits(i);
    let month_on = i
        .get(day..)
        .filter(|_| (1..=2).contains(&day))
        .and_then(|r| r.strip_prefix(' '));
    let year_on = month_on
        .and_then(|r| MONTHS.iter().find_map(|m| r.strip_prefix(m)))
        .and_then(|r| r.strip_prefix(' '));
    let Some(year_on) = year_on else {
        return fail(i, ErrorKind::Verify);
    };
    let year = digits(year_on);
    let rest = year_on.get(year..).unwrap_or_default();
    let rest = rest.strip_prefix(" BCE").unwrap_or(rest);
    let ends = rest.is_empty()
        || rest.starts_with(['\n', '\r'])
        || rest.starts_with(" TO ")
        || rest.starts_with(" AND ");
    if year == 0 || !ends {
        return fail(i, ErrorKind::Verify);
    }
    Ok((rest, ()))
}

#[cfg(test)]
mod tests {
    use super::*;

    type E<'a> = nom::error::Error<&'a str>;

    const JULIAN: CalendarKind = CalendarKind::Julian;
    const GREGORIAN: CalendarKind = CalendarKind::Gregorian;

    #[test]
    fn escapes() {
        assert_eq!(gedcom_escape::<E>("@#DJULIAN@ 11"), Ok((" 11", JULIAN)));
        assert_eq!(gedcom_escape::<E>("@#DGREGORIAN@ 5"), Ok((" 5", GREGORIAN)));
        assert_eq!(gedcom_escape::<E>("@#dJulian@ 5"), Ok((" 5", JULIAN)));
        for other in [
            "@#DHEBREW@ 5",
            "@#DFRENCH R@ 5",
            "@#DROMAN@ 5",
            "@#DUNKNOWN@ 5",
            "@#DJULIAN 5",
            "@#DJULIANX@ 5",
            "@#JULIAN@ 5",
            "#DJULIAN@ 5",
            "@#D",
            "@#DJULI",
            "@#Dé",
            "@",
            "",
        ] {
            assert!(gedcom_escape::<E>(other).is_err(), "{other:?}");
        }
    }

    #[test]
    fn calendars_before_a_date_in_gedcom_shape() {
        assert_eq!(
            gedcom_calendar::<E>("JULIAN 11 FEB 1731\n"),
            Ok((" 11 FEB 1731\n", JULIAN))
        );
        assert_eq!(
            gedcom_calendar::<E>("GREGORIAN 5 JAN 1643"),
            Ok((" 5 JAN 1643", GREGORIAN))
        );
        assert!(gedcom_calendar::<E>("JULIAN 1 MAR 1700 TO JULIAN 5 MAR 1700").is_ok());
        assert!(gedcom_calendar::<E>("JULIAN 1 MAR 1700 AND JULIAN 5 MAR 1700").is_ok());
        assert!(gedcom_calendar::<E>("JULIAN 15 MAR 44 BCE\r\n").is_ok());
        for other in [
            "Julian 11 FEB 1731",
            "JULIAN 25 May 1990",
            "JULIAN 11 FEB 1731 wrote",
            "JULIAN 11 FEB 1731/32",
            "JULIAN 11 FEB",
            "JULIAN 11 FEBRUARY 1731",
            "JULIAN  11 FEB 1731",
            "JULIAN 111 FEB 1731",
            "JULIAN FEB 1731",
            "JULIAN 1731",
            "JULIAN: 11 FEB 1731",
            "JULIANA 11 FEB 1731",
            "HEBREW 5 TSH 5500",
            "FRENCH_R 11 VEND 3",
            "JULIAN",
            "",
        ] {
            assert!(gedcom_calendar::<E>(other).is_err(), "{other:?}");
        }
    }

    #[test]
    fn dates_in_gedcom_shape() {
        assert_eq!(
            gedcom_date::<E>("11 FEB 1731\n2 PLAC"),
            Ok(("\n2 PLAC", ()))
        );
        assert_eq!(gedcom_date::<E>("5 JAN 1643"), Ok(("", ())));
        assert_eq!(
            gedcom_date::<E>("1 MAR 1700 TO 5 MAR 1700"),
            Ok((" TO 5 MAR 1700", ()))
        );
        for other in [
            "11 FEB",
            "11 FEB 1731 x",
            "FEB 1731",
            "11 Feb 1731",
            "11 FEB x",
        ] {
            assert!(gedcom_date::<E>(other).is_err(), "{other:?}");
        }
    }
}
