//! One date in one calendar, as written: "26 October", "Oct. 26th, 1917",
//! "Wednesday, 25 октября 1917 г.", "26.X.1917", "1917-10-25".

use nom::error::{ErrorKind, ParseError};
use nom::{Parser, combinator::opt};

use super::atoms::{
    Res, WrittenYear, consumed_between, day_number, digits, fail, no_phrase_at, number_year,
    ordinal_suffix, punct, space0, starts_with_space, trim_space_start, year, year_word,
};
use super::words::{
    abbreviation_dot, date_word, day_article, glued_month, is_word_char, label, month_after_day,
    month_name, numbered_month, roman_month, weekday_name, word,
};
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
    pub(crate) fn numbers(
        i: &'a str,
        rest: &'a str,
        day: u32,
        month: u8,
        year: i32,
    ) -> WrittenDate<'a> {
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
    // "Tuesday, the 25th October", "Dienstag, den 25. Oktober".
    let (rest, _) = opt((day_article, space0)).parse(rest)?;
    Ok((rest, day))
}

/// A day with its ordinal ending: "26", "26th", "1.", "25-го", "22d".
fn day_with_suffix<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, u32, E> {
    let (rest, day) = day_ordinal(i)?;
    // The German "1. Februar".
    let rest = rest
        .strip_prefix('.')
        .filter(|r| starts_with_space(r))
        .unwrap_or(rest);
    Ok((rest, day))
}

/// A day with perhaps its ordinal ending (see [`ordinal_suffix`], which is
/// given the day's number): "26", "26th", "1.", "25-го", "22d".
///
/// `"22d of February"` → `22`, rest `" of February"`
#[inline]
pub(crate) fn day_ordinal<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, u32, E> {
    let (rest, (day, len)) = digits(2)(i)?;
    let number = i.get(..len).unwrap_or_default();
    match ordinal_suffix::<E>(number, rest) {
        Ok((after, _)) => Ok((after, day)),
        Err(_) => Ok((rest, day)),
    }
}

/// Day, then month: "26 October", "26th Oct.", "1. Februar", "25 de
/// octubre", "11th day of February".
///
/// `"26 October (8"` → `(26, 10)`
pub(crate) fn day_month<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (u32, u8), E> {
    let (rest, day) = day_with_suffix(i)?;
    let (rest, _) = space0(rest)?;
    // A month by its number and the end of its name: "12 7ber".
    if let Ok((rest, month)) = numbered_month::<E>(rest) {
        return Ok((rest, (day, month)));
    }
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
            month_after_day(rest)?
        }
        // "30. Maijul./ 9. Juni": a month with a calendar's mark glued.
        None => match glued_month(rest, w, after_word) {
            Some(found) => found,
            None => return fail(i, ErrorKind::Tag),
        },
    };
    Ok((rest, (day, month)))
}

/// Month, then day: "October 26", "Oct. 26th".
///
/// `"October 26 (November"` → `(26, 10)`
pub(crate) fn month_day<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (u32, u8), E> {
    let (rest, month) = month_name(i)?;
    let (rest, _) = space0(rest)?;
    let (rest, day) = day_ordinal(rest)?;
    Ok((rest, (day, month)))
}

/// A year after a day-first date: " 1917", " 1917 г.", " de 1917", or
/// after a comma where it is plainly a year (see [`year_after_comma`]):
/// ", 1648/9".
///
/// `"February, 1731/2."` after `"11 "` → 1731/2
pub(crate) fn year_after_day_month<'a, E: ParseError<&'a str>>(
    i: &'a str,
) -> Res<'a, WrittenYear, E> {
    let (rest, _) = space0(i)?;
    match rest.strip_prefix(',') {
        Some(after) => {
            let (rest, _) = space0(after)?;
            year_after_comma(rest)
        }
        None => year_after_word(rest),
    }
}

/// A year after a day-first date and space, without a comma: " 1917",
/// " 1917 г.", " de 1917".
pub(crate) fn year_after_space<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, WrittenYear, E> {
    let (rest, _) = space0(i)?;
    year_after_word(rest)
}

/// A year, perhaps after a small word: "1917", "de 1917"; or after "Anno"
/// (see [`anno_year`]).
fn year_after_word<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, WrittenYear, E> {
    if let Ok(found) = anno_year::<E>(i) {
        return Ok(found);
    }
    if i.starts_with("[[") {
        return linked_year(i);
    }
    // Most years have no word before them.
    if no_phrase_at(i) {
        return year(i);
    }
    let (rest, _) = opt((date_word, space0)).parse(i)?;
    year(rest)
}

/// A year of three or four digits after "Anno" ("in the year"), "Anno
/// Domini" or the abbreviation "Ao." with its dot, as early modern letters
/// date in Latin and German ("den 14./24. Augusti Anno 1690", "Ao.
/// 1690"), or after "in the year (of our Lord)", as English deeds and
/// wills do ("the 20th day of March in the year of our Lord 1718/19").
/// Not lexicon data: the lexicon reads phrases without their dots, and
/// "ao" is Portuguese "to the" ("ao 3 de dezembro"), Italian "anno 12 del
/// regno" a regnal year.
///
/// `"Anno 1690."` → 1690, rest `"."`
fn anno_year<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, WrittenYear, E> {
    // Most years come with no word: the first byte tells.
    if !matches!(i.as_bytes().first(), Some(b'A' | b'a' | b'I' | b'i')) {
        return fail(i, ErrorKind::Tag);
    }
    let Some(rest) = ANNO.iter().find_map(|phrase| strip_words(i, phrase)) else {
        return fail(i, ErrorKind::Tag);
    };
    let digits = trim_space_start(rest)
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    if !starts_with_space(rest) || !(3..=4).contains(&digits) {
        return fail(i, ErrorKind::Digit);
    }
    let (rest, _) = space0(rest)?;
    let (rest, y) = year(rest)?;
    if y.value > LAST_HISTORY_YEAR {
        return fail(i, ErrorKind::Verify);
    }
    Ok((rest, y))
}

/// The words before a year that [`anno_year`] reads, longest first, each
/// word after the first after space.
const ANNO: [&[&str]; 7] = [
    &["in", "the", "year", "of", "our", "lord"],
    &["in", "the", "year"],
    &["anno", "domini"],
    &["anno", "dom."],
    &["anno", "dom"],
    &["anno"],
    &["Ao."],
];

/// The last year of dated history, as the grammar takes a year on its
/// own: past it, "in the year" counts from another era ("in the year 7208
/// from the creation of the world"), and a number in a table's row is no
/// year ("| 3100 || 9 (10)").
pub(crate) const LAST_HISTORY_YEAR: i32 = 2100;

/// The text after `words` at the start of `i`, each word matched ignoring
/// ASCII case (but "Ao.", which is matched as written), the words after
/// the first after space, the last not followed by a letter.
fn strip_words<'a>(i: &'a str, words: &[&str]) -> Option<&'a str> {
    let mut rest = i;
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            if !starts_with_space(rest) {
                return None;
            }
            rest = trim_space_start(rest);
        }
        let head = rest.get(..w.len())?;
        let same = match *w {
            "Ao." => head == *w,
            _ => head.eq_ignore_ascii_case(w),
        };
        if !same {
            return None;
        }
        rest = rest.get(w.len()..)?;
    }
    (!rest.starts_with(is_word_char)).then_some(rest)
}

/// The year after a day-first date and a comma, as English writes it
/// ("the 30th of January, 1648/9", "25 October, 1917 (7 November)"): a
/// year with its era ("15 March, 44 BC"), a dual year ("11 February,
/// 1731/2"), a year of four digits ("2 September, 1752 from Spithead"),
/// or one of three with nothing after it on its line but punctuation, a
/// bracket or a label ("25 December, 800."). A number of three digits
/// there is as often a count ("by 12 May, 400 prisoners"), and one of
/// five or more, or written with a thousands comma, is no year ("on 5
/// March, 1,250 troops"). English writes a count of thousands with that
/// comma, so four digits are taken for the year: "On 25 October, 1917
/// was…" has its year, and "On 5 March, 1500 men landed" is misread.
///
/// `"1731/2, the"` → 1731/2; `"1917 was"` → 1917; `"400 men"` → none
fn year_after_comma<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, WrittenYear, E> {
    // "5 (17) marzo, anno 1848", "7 November, [[1917]]": plainly a year.
    if let Ok(found) = anno_year::<E>(i).or_else(|_| linked_year::<E>(i)) {
        return Ok(found);
    }
    let (rest, y) = year(i)?;
    let plain = || {
        let next = rest.trim_start_matches([' ', '\t', '\u{a0}']);
        next.chars().next().is_none_or(|c| !c.is_alphanumeric()) || label::<E>(next).is_ok()
    };
    let is_year = match y.value {
        _ if y.era || y.dual.is_some() => true,
        1000..=9999 => true,
        ..=999 => plain(),
        _ => false,
    };
    if is_year {
        Ok((rest, y))
    } else {
        fail(i, ErrorKind::Verify)
    }
}

/// A year after a month-first date: ", 1917", " 1917", or after a small
/// word: " de 1812" ("octubre 25 de 1812"), " дня 1812 года" ("октября 25
/// дня 1812 года", as chancery documents write the day).
///
/// `" дня 1812 года."` → 1812
pub(crate) fn year_after_month_day<'a, E: ParseError<&'a str>>(
    i: &'a str,
) -> Res<'a, WrittenYear, E> {
    let (rest, _) = opt(punct(',')).parse(i)?;
    let (rest, _) = space0(rest)?;
    year_after_word(rest)
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
    let (rest, (day, month), year) = match start.strip_prefix("[[") {
        Some(inner) => linked_date(inner)?,
        None => date_and_year(start)?.0,
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

/// The text after a date, its day and month (day first or month first),
/// and the year after them, if any.
type DateAndYear<'a> = (&'a str, (u32, u8), Option<WrittenYear>);

/// The date of [`named_date`] past its weekday, and whether its day came
/// first.
fn date_and_year<'a, E: ParseError<&'a str>>(
    i: &'a str,
) -> Result<(DateAndYear<'a>, bool), nom::Err<E>> {
    match day_month::<E>(i) {
        Ok((rest, dm)) => {
            let (rest, year) = opt(year_after_day_month).parse(rest)?;
            Ok(((rest, dm, year), true))
        }
        Err(_) => {
            let (rest, dm) = month_day(i)?;
            let (rest, year) = opt(year_after_month_day).parse(rest)?;
            Ok(((rest, dm, year), false))
        }
    }
}

/// A date as a wiki link, after its opening brackets, as wikitext linked
/// dates for years ("[[7 November]] [O.S. 25 October] [[1917]]"): the
/// link's target is the date ("7 November", "November 7", "7 November
/// 1917"), perhaps shown as other text ("[[18 February|18th February]]"),
/// and the year, if the link holds none, may follow as a link of its own
/// ("[[November 7]], [[1917]]") or as plain text.
///
/// `"7 November]] [[1917]] ("` after `"[["` → 7 November 1917, rest `" ("`
fn linked_date<'a, E: ParseError<&'a str>>(inner: &'a str) -> Result<DateAndYear<'a>, nom::Err<E>> {
    let ((rest, dm, year), day_first) = date_and_year::<E>(inner)?;
    let Some(rest) = link_end(rest) else {
        return Err(nom::Err::Error(E::from_error_kind(inner, ErrorKind::Tag)));
    };
    if year.is_some() {
        return Ok((rest, dm, year));
    }
    let (rest, year) = if day_first {
        opt(year_after_day_month).parse(rest)?
    } else {
        opt(year_after_month_day).parse(rest)?
    };
    Ok((rest, dm, year))
}

/// How long the text a wiki link shows instead of its target may be.
const LINK_TEXT: usize = 48;

/// Past the end of a wiki link whose target has been read: `"]]"`, or
/// the text shown instead and then `"]]"` (`"|18th February]]"`), on one
/// line.
fn link_end(i: &str) -> Option<&str> {
    if let Some(rest) = i.strip_prefix("]]") {
        return Some(rest);
    }
    let shown = i.strip_prefix('|')?;
    let end = shown
        .bytes()
        .take(LINK_TEXT)
        .position(|b| matches!(b, b']' | b'[' | b'|' | b'\n' | b'\r'))?;
    shown.get(end..)?.strip_prefix("]]")
}

/// A year as a wiki link: "[[1917]]".
///
/// `"[[1917]] ("` → 1917, rest `" ("`
pub(crate) fn linked_year<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, WrittenYear, E> {
    let Some(inner) = i.strip_prefix("[[") else {
        return fail(i, ErrorKind::Tag);
    };
    let (rest, y) = year(inner)?;
    match rest.strip_prefix("]]") {
        Some(rest) => Ok((rest, y)),
        None => fail(i, ErrorKind::Tag),
    }
}

/// A numeric month: one or two digits, or a Roman numeral.
pub(crate) fn numeric_month<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, u8, E> {
    match digits::<E>(2)(i) {
        Ok((rest, (m, _))) => Ok((rest, m as u8)),
        Err(_) => roman_month(i),
    }
}

/// A numeric date, day first: "26.10.1917", "26.X.1917", "26. 10. 1917",
/// perhaps with a year word: "25.10.1917 г.".
///
/// `"26.X.1917"` → 26 October 1917
pub(crate) fn numeric_date<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, WrittenDate<'a>, E> {
    let dot = |s| (punct('.'), space0).parse(s);
    let (rest, day) = day_number(i)?;
    let (rest, _) = dot(rest)?;
    let (rest, month) = numeric_month(rest)?;
    let (rest, _) = dot(rest)?;
    let (rest, year) = number_year(rest)?;
    let rest = match (space0::<E>, year_word).parse(rest) {
        Ok((after, _)) => after,
        Err(_) => rest,
    };
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
    fn weekdays_before_dates() {
        let wd = |i| weekday_prefix::<E>(i).ok();
        assert_eq!(
            wd("Wednesday, 25 October"),
            Some(("25 October", Weekday::Wed))
        );
        assert_eq!(wd("Tuesday, the 25th"), Some(("25th", Weekday::Tue)));
        assert_eq!(wd("Dienstag, den 25."), Some(("25.", Weekday::Tue)));
        assert_eq!(wd("tisdagen den 25"), Some(("25", Weekday::Tue)));
        assert_eq!(wd("Tuesday them 25"), Some(("them 25", Weekday::Tue)));
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
        // A year after a comma, where it is plainly one.
        assert_eq!(dmy("11 February, 1731/2."), Some((11, 2, Some(1731), ".")));
        assert_eq!(
            dmy("30th of January, 1648/9, the"),
            Some((30, 1, Some(1648), ", the"))
        );
        assert_eq!(
            dmy("25 October, 1917 O.S."),
            Some((25, 10, Some(1917), " O.S."))
        );
        assert_eq!(
            dmy("25 October, 1917 (7"),
            Some((25, 10, Some(1917), " (7"))
        );
        assert_eq!(
            dmy("25 October, 1917, x"),
            Some((25, 10, Some(1917), ", x"))
        );
        assert_eq!(dmy("25 October ,1917"), Some((25, 10, Some(1917), "")));
        assert_eq!(dmy("15 March, 44 BC x"), Some((15, 3, Some(-43), " x")));
        assert_eq!(
            dmy("22d of February, 1731/2"),
            Some((22, 2, Some(1731), ""))
        );
        assert_eq!(
            dmy("2 September, 1752 from"),
            Some((2, 9, Some(1752), " from"))
        );
        assert_eq!(
            dmy("25 October, 1917 was"),
            Some((25, 10, Some(1917), " was"))
        );
        assert_eq!(dmy("25 December, 800."), Some((25, 12, Some(800), ".")));
        assert_eq!(
            dmy("25 December, 800 O.S."),
            Some((25, 12, Some(800), " O.S."))
        );
        // A count after a comma: no year.
        for count in [
            "5 March, 1,250 troops",
            "12 May, 400 prisoners",
            "12 May, 400 2",
            "12 May, 12000.",
            "12 May, 12000 men",
            "25 October, , 1917",
        ] {
            let (day_month, after) = count.split_at(count.find(',').unwrap());
            let (d, m) = day_month.split_once(' ').unwrap();
            let month = month_name::<E>(m).unwrap().1;
            let day = d.parse().unwrap();
            assert_eq!(dmy(count), Some((day, month, None, after)), "{count}");
        }
        assert_eq!(
            dmy("25 October,\n\n1917"),
            Some((25, 10, None, ",\n\n1917"))
        );
        let (_, d) = named_date::<E>("Wednesday, 25 October 1917").unwrap();
        assert_eq!(d.weekday, Some(Weekday::Wed));
        assert_eq!(d.text, "Wednesday, 25 October 1917");
    }

    #[test]
    fn dates_as_wiki_links() {
        for (text, day, month, year, rest) in [
            ("[[7 November]] [O.S.", 7, 11, None, " [O.S."),
            ("[[7 November]] [[1917]] (", 7, 11, Some(1917), " ("),
            ("[[November 7]], [[1917]] (", 7, 11, Some(1917), " ("),
            ("[[7 November 1917]] [", 7, 11, Some(1917), " ["),
            ("[[7 November]] 1917.", 7, 11, Some(1917), "."),
            ("[[7 November]], [[1917]].", 7, 11, Some(1917), "."),
            ("[[25 October|25th October]] (", 25, 10, None, " ("),
            ("Wednesday, [[7 November]] [", 7, 11, None, " ["),
        ] {
            assert_eq!(dmy(text), Some((day, month, year, rest)), "{text:?}");
            let date = named_date::<E>(text).unwrap().1;
            assert_eq!(date.text.len(), text.len() - rest.len(), "{text:?}");
        }
        for none in [
            // Not closed, closed by a single bracket, no date inside, the
            // shown text too long or across a line.
            "[[7 November [O.S.",
            "[[7 November] (",
            "[[Petrograd]] 25 October",
            "[[26th Infantry Division]]",
            &format!("[[7 November|{}]]", "x".repeat(LINK_TEXT)),
            "[[7 November|the\nday]]",
        ] {
            assert_eq!(dmy(none), None, "{none:?}");
        }
        // A linked year only as a whole link.
        assert_eq!(
            dmy("[[7 November]] [[1917 in Russia|1917]]").map(|d| d.2),
            Some(None)
        );
        assert_eq!(dmy("[[7 November]] [[1917").map(|d| d.2), Some(None));
    }

    #[test]
    fn anno_before_a_year_of_three_or_four_digits() {
        let year = |i| anno_year::<E>(i).ok().map(|(rest, y)| (y.value, rest));
        assert_eq!(year("Anno 1690."), Some((1690, ".")));
        assert_eq!(year("anno 812,"), Some((812, ",")));
        assert_eq!(year("Ao. 1690"), Some((1690, "")));
        assert_eq!(year("Anno Domini 1718/19 x"), Some((1718, " x")));
        assert_eq!(year("anno dom. 1718"), Some((1718, "")));
        assert_eq!(year("Anno Dom 1702,"), Some((1702, ",")));
        assert_eq!(year("in the year of our Lord 1718/19."), Some((1718, ".")));
        assert_eq!(year("In the Year\n1718,"), Some((1718, ",")));
        assert_eq!(
            year_after_day_month::<E>(", anno 1848, fu").map(|(rest, y)| (y.value, rest)),
            Ok((1848, ", fu"))
        );
        for i in [
            "ao 1690",
            "anno 12 del",
            "Anno1690",
            "Ao 3 de",
            "annotated 1690",
            "in the yearly 1718",
            "in the year of 1718",
            "in theyear 1718",
            "in the year 12 of",
            "AO. 1690",
            "in the year 7208 from the creation",
            "Anno 5460",
        ] {
            assert_eq!(year(i), None, "{i}");
        }
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
