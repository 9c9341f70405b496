//! Wikipedia's templates for a date in both styles, as wikitext writes
//! them: `{{OldStyleDate|7 November|1917|25 October}}`, the New Style date
//! first (shown as "7 November [O.S. 25 October] 1917");
//! `{{OldStyleDateDY|February 22,|1732|February 11, 1731}}`, the same with
//! the Old Style date's own year, which differs ("February 22, 1732 [O.S.
//! February 11, 1731]"); `{{OldStyleDateNY|4 January 1643|25 December
//! 1642}}`, two dates, each with its year or none ("{{OldStyleDateNY|March
//! 31|March 20}}", dated by the text around); and `{{Old Style to New
//! Style|20 January|1905|2 February}}` or its shortcut `{{OS2NS|…}}`, the
//! Old Style date first (shown as "20 January [2 February N.S.] 1905").
//! The template names which side is which, as a label would.

use nom::Parser;
use nom::combinator::opt;
use nom::error::{ErrorKind, ParseError};

use super::atoms::{Res, fail, punct, space0, year};
use super::date::named_date;
use super::forms::{RawMention, RawSide};
use crate::calendar::CalendarKind;
use crate::extract::mention::Kind;

/// How a template's parameters give the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Years {
    /// A date, the year, the other date, perhaps with a year of its own.
    Between,
    /// Two dates, each with its own year or none.
    Own,
}

/// The templates, the calendar of the date each gives first, and how
/// their parameters give the year.
const TEMPLATES: [(&str, CalendarKind, Years); 5] = [
    ("OldStyleDateDY", CalendarKind::Gregorian, Years::Between),
    ("OldStyleDateNY", CalendarKind::Gregorian, Years::Own),
    ("OldStyleDate", CalendarKind::Gregorian, Years::Between),
    (
        "Old Style to New Style",
        CalendarKind::Julian,
        Years::Between,
    ),
    ("OS2NS", CalendarKind::Julian, Years::Between),
];

/// How many bytes a template's parameters after the third may take.
const MORE_PARAMETERS: usize = 64;

/// The name of one of the [`TEMPLATES`] at the start of `i`, up to its
/// first `|`, and the calendar of its first date. As in MediaWiki, the
/// first letter may be in either case, and an underscore stands for a
/// space.
///
/// `"OldStyleDate|7 November"` → Gregorian, rest `"7 November"`
pub(crate) fn template_name<'a, E: ParseError<&'a str>>(
    i: &'a str,
) -> Res<'a, (CalendarKind, Years), E> {
    let (rest, _) = space0(i)?;
    for (name, first, years) in TEMPLATES {
        let Some(len) = name_len(rest, name) else {
            continue;
        };
        let after = rest.get(len..).unwrap_or_default();
        if let Ok((after, _)) = (space0::<E>, punct('|')).parse(after) {
            return Ok((after, (first, years)));
        }
    }
    fail(i, ErrorKind::Tag)
}

/// The length of `name` at the start of `text`, matched as MediaWiki
/// matches template names (see [`template_name`]).
fn name_len(text: &str, name: &str) -> Option<usize> {
    let written = text.as_bytes().get(..name.len())?;
    let same = written
        .iter()
        .zip(name.bytes())
        .enumerate()
        .all(|(k, (&w, n))| {
            w == n || (k == 0 && w.eq_ignore_ascii_case(&n)) || (w == b'_' && n == b' ')
        });
    same.then_some(name.len())
}

/// One of the [`TEMPLATES`], whole: a date, the year of both (unless the
/// other date has its own, or the template gives none), the other date,
/// perhaps more parameters (at most [`MORE_PARAMETERS`] bytes of them),
/// and the closing braces.
///
/// `"{{OldStyleDate|7 November|1917|25 October}} x"` → 7 November N.S. and
/// 25 October O.S. 1917, rest `" x"`
pub(crate) fn old_style_template<'a, E: ParseError<&'a str>>(
    i: &'a str,
) -> Res<'a, RawMention<'a>, E> {
    let (rest, _) = punct('{')(i)?;
    let (rest, _) = punct('{')(rest)?;
    let (rest, (first_kind, years)) = template_name(rest)?;
    // A date, perhaps with the comma of "February 22," before the year.
    let field = |s| {
        (space0, named_date, opt(punct(',')), space0)
            .map(|(_, d, _, _)| d)
            .parse(s)
    };
    let (rest, mut first) = field(rest)?;
    let (rest, _) = punct('|')(rest)?;
    let (rest, given) = match years {
        Years::Between => {
            let (rest, (_, y, _)) = (space0, year, space0).parse(rest)?;
            (punct('|')(rest)?.0, Some(y))
        }
        Years::Own => (rest, None),
    };
    let (rest, second) = field(rest)?;
    // The year given is both dates', or the first's where the other has
    // its own ("{{OldStyleDateDY|February 22,|1732|February 11, 1731}}");
    // a first date with a year of its own must agree with it.
    let tail_year = match (first.year, given) {
        (Some(own), Some(given)) if own.value != given.value => {
            return fail(i, ErrorKind::Verify);
        }
        (Some(_), _) => None,
        (None, Some(_)) if second.year.is_some() => {
            first.year = given;
            None
        }
        (None, given) => given,
    };
    let rest = match rest.strip_prefix('|') {
        // Parameters the display ignores ("{{OS2NS|…|1905}}").
        Some(more) => {
            let len = more
                .bytes()
                .take(MORE_PARAMETERS + 1)
                .take_while(|&b| !matches!(b, b'}' | b'{' | b'\n' | b'\r'))
                .count();
            if len > MORE_PARAMETERS {
                return fail(i, ErrorKind::TooLarge);
            }
            more.get(len..).unwrap_or_default()
        }
        None => rest,
    };
    let rest = rest
        .strip_prefix("}}")
        .ok_or_else(|| nom::Err::Error(E::from_error_kind(rest, ErrorKind::Tag)))?;
    let other = match first_kind {
        CalendarKind::Julian => CalendarKind::Gregorian,
        CalendarKind::Gregorian => CalendarKind::Julian,
    };
    let first = RawSide::from_date(first, Some(first_kind));
    let second = RawSide::from_date(second, Some(other));
    Ok(RawMention::two(
        i,
        rest,
        Kind::Pair,
        first,
        second,
        tail_year,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    type E<'a> = nom::error::Error<&'a str>;

    /// A side's day, month and label.
    type Day = (u32, u8, CalendarKind);

    /// The two sides' days, months and labels, and the year and the rest.
    fn read(i: &str) -> Option<(Day, Day, i32, &str)> {
        let (rest, m) = old_style_template::<E>(i).ok()?;
        let side = |s: RawSide<'_>| Some((s.day, s.month, s.label?));
        Some((side(m.first)?, side(m.second?)?, m.tail_year?.value, rest))
    }

    #[test]
    fn each_template_names_its_first_calendar() {
        use CalendarKind::{Gregorian as G, Julian as J};
        assert_eq!(
            read("{{OldStyleDate|7 November|1917|25 October}} x"),
            Some(((7, 11, G), (25, 10, J), 1917, " x"))
        );
        assert_eq!(
            read("{{Old Style to New Style|20 January|1905|2 February}}"),
            Some(((20, 1, J), (2, 2, G), 1905, ""))
        );
        assert_eq!(
            read("{{OS2NS|January 20|1905|February 2|1905}}."),
            Some(((20, 1, J), (2, 2, G), 1905, "."))
        );
        assert_eq!(
            read("{{ oldStyleDate | 7 November | 1917 | 25 October }}"),
            Some(((7, 11, G), (25, 10, J), 1917, ""))
        );
        assert_eq!(
            read("{{Old_Style_to_New_Style|20 January|1905|2 February}}"),
            Some(((20, 1, J), (2, 2, G), 1905, ""))
        );
    }

    /// A side's day, month and year.
    type Dated = (u32, u8, Option<i32>);

    /// The two sides' days, months and years, and the year of both.
    fn years(i: &str) -> Option<(Dated, Dated, Option<i32>)> {
        let (_, m) = old_style_template::<E>(i).ok()?;
        let side = |s: RawSide<'_>| (s.day, s.month, s.year.map(|y| y.value));
        Some((side(m.first), side(m.second?), m.tail_year.map(|y| y.value)))
    }

    #[test]
    fn a_different_year_or_years_of_their_own() {
        assert_eq!(
            years("{{OldStyleDateDY|February 22,|1732|February 11, 1731}}"),
            Some(((22, 2, Some(1732)), (11, 2, Some(1731)), None))
        );
        assert_eq!(
            years("{{OldStyleDateDY|22 February|1846|10 February}}"),
            Some(((22, 2, None), (10, 2, None), Some(1846)))
        );
        assert_eq!(
            years("{{OldStyleDateNY|4 January 1643|25 December 1642}}"),
            Some(((4, 1, Some(1643)), (25, 12, Some(1642)), None))
        );
        assert_eq!(
            years("{{OldStyleDateNY|March 31|March 20}}"),
            Some(((31, 3, None), (20, 3, None), None))
        );
        assert_eq!(years("{{OldStyleDateNY|March 31|1727|March 20}}"), None);
        assert_eq!(
            years("{{OldStyleDateDY|22 February 1732|1732|11 February 1731}}"),
            Some(((22, 2, Some(1732)), (11, 2, Some(1731)), None))
        );
        assert_eq!(
            years("{{OldStyleDateDY|22 February 1732|1731|11 February}}"),
            None
        );
        assert_eq!(
            years("{{OldStyleDateNY|{{Birth date|1643|01|04}}|25 December 1642}}"),
            None
        );
    }

    #[test]
    fn other_templates_and_broken_ones_are_nothing() {
        for text in [
            "{{OldStyleDateXY|17 January|1706|6 January}}",
            "{{Start date|1917|11|7}}",
            "{{OldStyleDate|7 November|1917|25 October}",
            "{{OldStyleDate|7 November|1917}}",
            "{{OldStyleDate|7 November|x|25 October}}",
            "{{oLDStyleDate|7 November|1917|25 October}}",
            "{OldStyleDate|7 November|1917|25 October}}",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
        let long = format!(
            "{{{{OS2NS|20 January|1905|2 February|{}}}}}",
            "x".repeat(65)
        );
        assert_eq!(read(&long), None);
    }
}
