//! A whole date as a user types it on the command line: one date, with an
//! optional calendar label before or after it.

use nom::error::{ErrorKind, ParseError};
use nom::{Parser, branch::alt, combinator::opt};

use super::atoms::{Res, fail, space0};
use super::date::{WrittenDate, iso_date, named_date, numeric_date};
use super::words::{bracketed_label, label};
use crate::calendar::CalendarKind;

/// A typed date and the labels around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct InputDate<'a> {
    /// The date.
    pub date: WrittenDate<'a>,
    /// A label before the date ("O.S. 25 October 1917", "Julian 1917-10-25").
    pub label_before: Option<CalendarKind>,
    /// A label after it ("25 October 1917 N.S.", "… (Gregorian)").
    pub label_after: Option<CalendarKind>,
}

/// `[label] date [label | (label)]`, and nothing else but space.
///
/// `"25 Oct. 1917 O.S."` → 25 October 1917, labelled Julian
pub(crate) fn input_date<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, InputDate<'a>, E> {
    let (rest, _) = space0(i.trim_start())?;
    let (rest, label_before) = opt((label, space0).map(|(l, _)| l)).parse(rest)?;
    let (rest, date) = alt((iso_date, numeric_date, named_date)).parse(rest)?;
    let (rest, _) = space0(rest)?;
    let (rest, label_after) = opt(alt((bracketed_label, label))).parse(rest)?;
    if !rest.trim().is_empty() {
        return fail(rest, ErrorKind::Eof);
    }
    Ok((
        "",
        InputDate {
            date,
            label_before,
            label_after,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    type E<'a> = nom::error::Error<&'a str>;

    #[test]
    fn typed_dates() {
        let parse = |s| input_date::<E>(s).map(|(_, d)| d);
        let d = parse("25 October 1917").unwrap();
        assert_eq!((d.date.day, d.date.month), (25, 10));
        let d = parse(" Julian 1917-10-25 ").unwrap();
        assert_eq!(d.label_before, Some(CalendarKind::Julian));
        let d = parse("7 November 1917 (N.S.)").unwrap();
        assert_eq!(d.label_after, Some(CalendarKind::Gregorian));
        assert!(parse("25 October 1917 and more").is_err());
        assert!(parse("").is_err());
    }
}
