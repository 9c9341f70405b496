//! One date in one calendar, as written: "26 October", "Oct. 26th, 1917",
//! "Wednesday, 25 октября 1917 г.", "26.X.1917", "1917-10-25".

use nom::error::{ErrorKind, ParseError};
use nom::{Parser, combinator::opt};

use super::atoms::{
    Res, WrittenYear, consumed_between, day_number, digits, fail, number_year, ordinal_suffix,
    punct, space0, starts_with_space, year,
};
use super::words::{abbreviation_dot, date_word, month_name, roman_month, weekday_name, word};
use crate::calendar::Weekday;
use crate::lexicon::lexicon;

/// One date as written. Numbers are kept as written: day 31 of November
/// or month 13 are findings for the checker, not parse errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WrittenDate<'a> {
    /// The text of the date.
    pub text: &'a str,
    /// A weekday written before the date.
    pub weekday: Option<Weekday>,
    /// The day of the month.
    pub day: u32,
    /// The month, 1–12 when named, as written when numeric.
    pub month: u8,
    /// The year, if written right after the date.
    pub year: Option<WrittenYear>,
}

impl<'a> WrittenDate<'a> {
    /// A date written with numbers only, read from `i` up to `rest`.
    fn numbers(i: &'a str, rest: &'a str, day: u32, month: u8, year: i32) -> WrittenDate<'a> {
        let year = Some(WrittenYear::plain(year));
        WrittenDate {
            text: consumed_between(i, rest),
            weekday: None,
            day,
            month,
            year,
        }
    }
}

/// A weekday before a date: "Wednesday, ", "среда ".
///
/// `"Wednesday, 25 October"` → `Wed`, rest `"25 October"`
pub(crate) fn weekday_prefix<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, Weekday, E> {
    let (rest, day) = weekday_name(i)?;
    let (rest, _) = opt(punct(',')).parse(rest)?;
    let (rest, _) = space0(rest)?;
    Ok((rest, day))
}

/// A day with its ordinal ending: "26", "26th", "1.", "25-го".
fn day_with_suffix<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, u32, E> {
    let (rest, day) = day_number(i)?;
    let (rest, _) = opt(ordinal_suffix).parse(rest)?;
    // The German "1. Februar".
    let rest = rest
        .strip_prefix('.')
        .filter(|r| starts_with_space(r))
        .unwrap_or(rest);
    Ok((rest, day))
}

/// Day, then month: "26 October", "26th Oct.", "1. Februar", "25 de
/// octubre", "11th day of February".
///
/// `"26 October (8"` → `(26, 10)`
pub(crate) fn day_month<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (u32, u8), E> {
    let (rest, day) = day_with_suffix(i)?;
    let (rest, _) = space0(rest)?;
    // The month, or a small word before it ("25 de octubre", "the 11th day
    // of February").
    let (after_word, w) = word(rest)?;
    let info = lexicon().word(w).unwrap_or_default();
    let (rest, month) = match info.month {
        Some(m) => (abbreviation_dot(w, after_word), m),
        // Every small date word is also a joining word (of one word or,
        // as "day of", several).
        None if info.joins => {
            let (rest, _) = (date_word, space0).parse(rest)?;
            month_name(rest)?
        }
        None => return fail(i, ErrorKind::Tag),
    };
    Ok((rest, (day, month)))
}

/// Month, then day: "October 26", "Oct. 26th".
///
/// `"October 26 (November"` → `(26, 10)`
pub(crate) fn month_day<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (u32, u8), E> {
    let (rest, month) = month_name(i)?;
    let (rest, _) = space0(rest)?;
    let (rest, day) = day_number(rest)?;
    let (rest, _) = opt(ordinal_suffix).parse(rest)?;
    Ok((rest, (day, month)))
}

/// A year after a day-first date: " 1917", " 1917 г.".
pub(crate) fn year_after_day_month<'a, E: ParseError<&'a str>>(
    i: &'a str,
) -> Res<'a, WrittenYear, E> {
    let (rest, _) = space0(i)?;
    let (rest, _) = opt((date_word, space0)).parse(rest)?;
    year(rest)
}

/// A year after a month-first date: ", 1917" or " 1917".
pub(crate) fn year_after_month_day<'a, E: ParseError<&'a str>>(
    i: &'a str,
) -> Res<'a, WrittenYear, E> {
    let (rest, _) = opt(punct(',')).parse(i)?;
    let (rest, _) = space0(rest)?;
    year(rest)
}

/// A date with a named month, day first or month first, with an optional
/// weekday before it and an optional year after it.
///
/// `"Wednesday, 25 October 1917 (7"` → 25 October 1917, weekday Wednesday
pub(crate) fn named_date<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, WrittenDate<'a>, E> {
    let (start, weekday) = if i.starts_with(|c: char| c.is_ascii_digit()) {
        (i, None)
    } else {
        opt(weekday_prefix).parse(i)?
    };
    let (rest, (day, month), year) = match day_month::<E>(start) {
        Ok((rest, dm)) => {
            let (rest, year) = opt(year_after_day_month).parse(rest)?;
            (rest, dm, year)
        }
        Err(_) => {
            let (rest, dm) = month_day(start)?;
            let (rest, year) = opt(year_after_month_day).parse(rest)?;
            (rest, dm, year)
        }
    };
    let text = consumed_between(i, rest);
    Ok((
        rest,
        WrittenDate {
            text,
            weekday,
            day,
            month,
            year,
        },
    ))
}

/// A numeric month: one or two digits, or a Roman numeral.
pub(crate) fn numeric_month<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, u8, E> {
    match digits::<E>(2)(i) {
        Ok((rest, (m, _))) => Ok((rest, m as u8)),
        Err(_) => roman_month(i),
    }
}

/// A numeric date, day first: "26.10.1917", "26.X.1917", "26. 10. 1917".
///
/// `"26.X.1917"` → 26 October 1917
pub(crate) fn numeric_date<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, WrittenDate<'a>, E> {
    let dot = |s| (punct('.'), space0).parse(s);
    let (rest, day) = day_number(i)?;
    let (rest, _) = dot(rest)?;
    let (rest, month) = numeric_month(rest)?;
    let (rest, _) = dot(rest)?;
    let (rest, year) = number_year(rest)?;
    Ok((rest, WrittenDate::numbers(i, rest, day, month, year.value)))
}

/// An ISO 8601 date: "1917-10-25", "-0043-03-15", "+10000-01-01".
pub(crate) fn iso_date<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, WrittenDate<'a>, E> {
    let (rest, sign) = match i.strip_prefix('-') {
        Some(r) => (r, -1),
        None => (i.strip_prefix('+').unwrap_or(i), 1),
    };
    let (rest, (y, len)) = digits(9)(rest)?;
    let (rest, _) = punct('-').parse(rest)?;
    let (rest, (m, mlen)) = digits(2)(rest)?;
    let (rest, _) = punct('-').parse(rest)?;
    let (rest, (d, dlen)) = digits(2)(rest)?;
    if len < 4 || mlen != 2 || dlen != 2 {
        return fail(i, ErrorKind::Verify);
    }
    Ok((
        rest,
        WrittenDate::numbers(i, rest, d, m as u8, sign * y as i32),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    type E<'a> = nom::error::Error<&'a str>;

    fn dmy(s: &str) -> Option<(u32, u8, Option<i32>, &str)> {
        named_date::<E>(s)
            .ok()
            .map(|(rest, d)| (d.day, d.month, d.year.map(|y| y.value), rest))
    }

    #[test]
    fn named_dates() {
        assert_eq!(dmy("26 October (8"), Some((26, 10, None, " (8")));
        assert_eq!(dmy("26 October 1917 (8"), Some((26, 10, Some(1917), " (8")));
        assert_eq!(dmy("October 26, 1917."), Some((26, 10, Some(1917), ".")));
        assert_eq!(dmy("Oct. 26th (Nov"), Some((26, 10, None, " (Nov")));
        assert_eq!(dmy("1. Februar 1918"), Some((1, 2, Some(1918), "")));
        assert_eq!(dmy("25 de octubre de 1917"), Some((25, 10, Some(1917), "")));
        assert_eq!(dmy("11th day of February x"), Some((11, 2, None, " x")));
        assert_eq!(dmy("11th day x"), None);
        assert_eq!(dmy("25-го октября 1917 г."), Some((25, 10, Some(1917), "")));
        assert_eq!(dmy("15 March 44 BC"), Some((15, 3, Some(-43), "")));
        assert_eq!(dmy("31 November"), Some((31, 11, None, "")));
        assert_eq!(dmy("25 de octubre de 1917"), Some((25, 10, Some(1917), "")));
        assert_eq!(dmy("26th of October"), Some((26, 10, None, "")));
        assert_eq!(dmy("26\u{a0}October\n1917"), Some((26, 10, Some(1917), "")));
        assert_eq!(dmy("26 Finland"), None);
        let (_, d) = named_date::<E>("Wednesday, 25 October 1917").unwrap();
        assert_eq!(d.weekday, Some(Weekday::Wed));
        assert_eq!(d.text, "Wednesday, 25 October 1917");
    }

    #[test]
    fn numeric_and_iso_dates() {
        let (rest, d) = numeric_date::<E>("26.X.1917 x").unwrap();
        assert_eq!(
            (d.day, d.month, d.year.map(|y| y.value), rest),
            (26, 10, Some(1917), " x")
        );
        let (_, d) = numeric_date::<E>("26.10.1917").unwrap();
        assert_eq!(d.month, 10);
        assert!(numeric_date::<E>("19.05").is_err());
        let (_, d) = iso_date::<E>("-0043-03-15").unwrap();
        assert_eq!(
            (d.year.map(|y| y.value), d.month, d.day),
            (Some(-43), 3, 15)
        );
        assert!(iso_date::<E>("1917-1-25").is_err());
    }
}
