//! GEDCOM's marks of a date's calendar, which stand right before the date
//! they name, after any qualifier ("ABT", "BEF", "FROM", "BET"), as a
//! label would. GEDCOM 5.5.1 writes an escape, `2 DATE @#DJULIAN@ 11 FEB
//! 1731/32`. Only the Julian and Gregorian calendars are read; the others
//! (Hebrew, French Republican, Roman, unknown) name no calendar of
//! dualdate's.

use nom::error::{ErrorKind, ParseError};

use super::atoms::{Res, fail};
use crate::calendar::CalendarKind;

/// The calendars read, as GEDCOM names them.
const CALENDARS: [(&str, CalendarKind); 2] = [
    ("JULIAN", CalendarKind::Julian),
    ("GREGORIAN", CalendarKind::Gregorian),
];

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
}
