//! How a [`Conversion`] is shown: one line for people, one JSON object for
//! programs.

use serde::Serialize;

use crate::calendar::{
    CalendarKind, CivilCalendar, DualYear, GregorianDate, JulianDate, Ymd, offset,
};
use crate::convert::{Conversion, weekday_name};

/// A date written out, with its dual year if it has one.
fn long_date(date: Ymd, dual: Option<DualYear>) -> String {
    match dual {
        Some(d) => format!(
            "{} {} {d}",
            date.day,
            crate::calendar::month_name(date.month)
        ),
        None => date.long().to_string(),
    }
}

/// "Julian 25 October 1917 (Wednesday) = Gregorian 7 November 1917", with
/// the region's reading in brackets when one was asked for.
///
/// ```
/// use dualdate::convert::{Options, convert};
/// use dualdate::report::convert::human_line;
/// let c = convert("25 October 1917", &Options::default())?;
/// assert_eq!(human_line(&c), "Julian 25 October 1917 (Wednesday) = Gregorian 7 November 1917");
/// # Ok::<(), dualdate::convert::ConvertError>(())
/// ```
pub fn human_line(c: &Conversion) -> String {
    let written = long_date(c.date, c.dual_year);
    let weekday = weekday_name(c.weekday());
    let mut line = format!("{} {written} ({weekday})", c.calendar);
    let others: &[CalendarKind] = match c.calendar {
        CivilCalendar::Julian => &[CalendarKind::Gregorian],
        CivilCalendar::Gregorian => &[CalendarKind::Julian],
        CivilCalendar::Swedish => &[CalendarKind::Julian, CalendarKind::Gregorian],
    };
    for kind in others {
        let other = match kind {
            CalendarKind::Julian => c.julian.long().to_string(),
            CalendarKind::Gregorian => c.gregorian.long().to_string(),
        };
        line.push_str(&format!(" = {kind} {other}"));
    }
    if let Some((region, civil)) = c.region {
        let style = region.new_year_style(civil.date.year);
        line.push_str(&format!(" [{}: {} calendar", region.name, civil.calendar));
        if style != crate::calendar::NewYearStyle::January1 {
            line.push_str(&format!(", year began {}", style));
        }
        line.push(']');
    }
    line
}

/// The JSON object `dualdate convert --format json` prints for a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConvertRecord<'a> {
    /// The text as given.
    pub input: &'a str,
    /// The calendar it was read in: "julian", "gregorian" or "swedish".
    pub calendar: &'static str,
    /// The date as read, ISO 8601 with a 1-January year.
    pub date: String,
    /// The dual year, if any ("1731/2").
    pub dual_year: Option<String>,
    /// The Julian date.
    pub julian: JulianDate,
    /// The Gregorian date.
    pub gregorian: GregorianDate,
    /// The weekday in English.
    pub weekday: &'static str,
    /// The day number (Rata Die, 0001-01-01 Gregorian = 1).
    pub rata_die: i32,
    /// The Julian Day Number.
    pub julian_day_number: i64,
    /// Days the Gregorian date is ahead of the Julian.
    pub difference_days: i32,
    /// The region code, when read in a region.
    pub region: Option<&'static str>,
    /// The region's civil calendar that day.
    pub civil_calendar: Option<&'static str>,
    /// The region's civil date that day (1-January year).
    pub civil_date: Option<String>,
    /// The year number as the region wrote it, by its New-Year style.
    pub historical_year: Option<i32>,
}

/// The JSON object printed for an input that could not be converted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConvertErrorRecord<'a> {
    /// The text as given.
    pub input: &'a str,
    /// What is wrong with it.
    pub error: String,
}

/// The calendar's name as the JSON and CSV outputs write it.
pub(crate) fn calendar_name(c: CivilCalendar) -> &'static str {
    match c {
        CivilCalendar::Julian => "julian",
        CivilCalendar::Gregorian => "gregorian",
        CivilCalendar::Swedish => "swedish",
    }
}

impl<'a> ConvertRecord<'a> {
    /// The record of a conversion of `input`.
    pub fn new(input: &'a str, c: &Conversion) -> ConvertRecord<'a> {
        ConvertRecord {
            input,
            calendar: calendar_name(c.calendar),
            date: c.date.to_string(),
            dual_year: c.dual_year.map(|d| d.to_string()),
            julian: c.julian,
            gregorian: c.gregorian,
            weekday: weekday_name(c.weekday()),
            rata_die: c.day.get(),
            julian_day_number: c.day.julian_day_number(),
            difference_days: offset(c.day),
            region: c.region.map(|(r, _)| r.code),
            civil_calendar: c.region.map(|(_, civil)| calendar_name(civil.calendar)),
            civil_date: c.region.map(|(_, civil)| civil.date.to_string()),
            historical_year: c.region.map(|(_, civil)| civil.historical_year),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Region;
    use crate::convert::{Options, convert};

    #[test]
    fn lines() {
        let o = Options::default();
        let line = |s, o: &Options| human_line(&convert(s, o).unwrap());
        assert_eq!(
            line("15 March 44 BC", &o),
            "Julian 15 March 44 BC (Wednesday) = Gregorian 13 March 44 BC"
        );
        assert_eq!(
            line("11 February 1731/2", &o),
            "Julian 11 February 1731/2 (Friday) = Gregorian 22 February 1732"
        );
        let se = Options {
            region: Region::find("SE"),
            ..o
        };
        assert_eq!(
            line("30 February 1712", &se),
            "Swedish 30 February 1712 (Friday) = Julian 29 February 1712 = Gregorian 11 March 1712 \
             [Sweden: Swedish calendar]"
        );
        let gb = Options {
            region: Region::find("GB"),
            ..o
        };
        assert_eq!(
            line("11 February 1731", &gb),
            "Julian 11 February 1731/2 (Friday) = Gregorian 22 February 1732 \
             [Great Britain: Julian calendar, year began 25 March (Annunciation style)]"
        );
    }

    #[test]
    fn records() {
        let c = convert("25 October 1917", &Options::default()).unwrap();
        let json = serde_json::to_value(ConvertRecord::new("25 October 1917", &c)).unwrap();
        assert_eq!(json["julian"], "1917-10-25");
        assert_eq!(json["gregorian"], "1917-11-07");
        assert_eq!(json["difference_days"], 13);
        assert_eq!(json["weekday"], "Wednesday");
        assert_eq!(json["region"], serde_json::Value::Null);
    }
}
