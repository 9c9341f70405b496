//! Wikipedia's templates for a date in both styles, as wikitext writes
//! them: `{{OldStyleDate|7 November|1917|25 October}}`, the New Style date
//! first (shown as "7 November [O.S. 25 October] 1917"), and `{{Old Style
//! to New Style|20 January|1905|2 February}}` or its shortcut `{{OS2NS|…}}`,
//! the Old Style date first (shown as "20 January [2 February N.S.] 1905").
//! The template names which side is which, as a label would.

use nom::Parser;
use nom::error::{ErrorKind, ParseError};

use super::atoms::{Res, fail, punct, space0, year};
use super::date::named_date;
use super::forms::{RawMention, RawSide};
use crate::calendar::CalendarKind;
use crate::extract::mention::Kind;

/// The templates, and the calendar of the date each gives first.
const TEMPLATES: [(&str, CalendarKind); 3] = [
    ("OldStyleDate", CalendarKind::Gregorian),
    ("Old Style to New Style", CalendarKind::Julian),
    ("OS2NS", CalendarKind::Julian),
];

/// How many bytes a template's parameters after the third may take.
const MORE_PARAMETERS: usize = 64;

/// The name of one of the [`TEMPLATES`] at the start of `i`, up to its
/// first `|`, and the calendar of its first date. As in MediaWiki, the
/// first letter may be in either case, and an underscore stands for a
/// space.
///
/// `"OldStyleDate|7 November"` → Gregorian, rest `"7 November"`
pub(crate) fn template_name<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, CalendarKind, E> {
    let (rest, _) = space0(i)?;
    for (name, first) in TEMPLATES {
        let Some(len) = name_len(rest, name) else {
            continue;
        };
        let after = rest.get(len..).unwrap_or_default();
        if let Ok((after, _)) = (space0::<E>, punct('|')).parse(after) {
            return Ok((after, first));
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

/// One of the [`TEMPLATES`], whole: a date, the year of both, the other
/// date, perhaps more parameters (at most [`MORE_PARAMETERS`] bytes of
/// them), and the closing braces.
///
/// `"{{OldStyleDate|7 November|1917|25 October}} x"` → 7 November N.S. and
/// 25 October O.S. 1917, rest `" x"`
pub(crate) fn old_style_template<'a, E: ParseError<&'a str>>(
    i: &'a str,
) -> Res<'a, RawMention<'a>, E> {
    let (rest, _) = punct('{')(i)?;
    let (rest, _) = punct('{')(rest)?;
    let (rest, first_kind) = template_name(rest)?;
    let field = |s| (space0, named_date, space0).map(|(_, d, _)| d).parse(s);
    let (rest, first) = field(rest)?;
    let (rest, _) = punct('|')(rest)?;
    let (rest, (_, tail_year, _)) = (space0, year, space0).parse(rest)?;
    let (rest, _) = punct('|')(rest)?;
    let (rest, second) = field(rest)?;
    let rest = match rest.strip_prefix('|') {
        // Parameters the display ignores ("{{OS2NS|…|1905}}").
        Some(more) => {
            let len = more
                .bytes()
                .take(MORE_PARAMETERS + 1)
                .take_while(|&b| !matches!(b, b'}' | b'{' | b'\n'))
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
        Some(tail_year),
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

    #[test]
    fn other_templates_and_broken_ones_are_nothing() {
        for text in [
            "{{OldStyleDateDY|17 January|1706|6 January}}",
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
