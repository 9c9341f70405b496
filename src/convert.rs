//! Converting one date typed by a user, as `dualdate convert` does.
//!
//! ```
//! use dualdate::calendar::CalendarKind;
//! use dualdate::convert::{Options, convert};
//!
//! let c = convert("25 October 1917", &Options::default())?;
//! assert_eq!(c.gregorian.long().to_string(), "7 November 1917");
//!
//! let c = convert("7 November 1917 N.S.", &Options::default())?;
//! assert_eq!(c.julian.long().to_string(), "25 October 1917");
//! # Ok::<(), dualdate::convert::ConvertError>(())
//! ```

use std::fmt;

use crate::calendar::{
    CalendarKind, CivilCalendar, CivilDate, CivilError, DateError, DualYear, DualYearError,
    GregorianDate, JulianDate, RataDie, Region, Weekday, Ymd,
};
use crate::extract::grammar::input::input_date;

/// How to read a typed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The calendar of dates without a label (default: Julian).
    pub from: CalendarKind,
    /// Read dates without a label in this region's civil calendar and
    /// New-Year style.
    pub region: Option<&'static Region>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            from: CalendarKind::Julian,
            region: None,
        }
    }
}

/// A converted date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conversion {
    /// The calendar the date was read in.
    pub calendar: CivilCalendar,
    /// The date as read, with a 1-January year.
    pub date: Ymd,
    /// The dual year to show with it ("1731/2"), if written or implied by
    /// the region's New-Year style.
    pub dual_year: Option<DualYear>,
    /// The day.
    pub day: RataDie,
    /// The day in the Julian calendar.
    pub julian: JulianDate,
    /// The day in the Gregorian calendar.
    pub gregorian: GregorianDate,
    /// The region it was read in, with its civil date of that day.
    pub region: Option<(&'static Region, CivilDate)>,
}

impl Conversion {
    /// The weekday.
    pub fn weekday(&self) -> Weekday {
        self.day.weekday()
    }
}

/// Why a typed date cannot be converted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConvertError {
    /// Not a date dualdate can read.
    Syntax,
    /// No year was given.
    NoYear,
    /// The labels before and after the date disagree.
    LabelsDisagree,
    /// The date does not exist.
    Date(DateError),
    /// The dual year is wrong or misplaced.
    DualYear(DualYearError),
    /// The date does not exist in the region's reckoning.
    Civil(CivilError),
    /// The weekday written does not match the date.
    Weekday {
        /// As written.
        written: Weekday,
        /// As it was.
        actual: Weekday,
    },
}

impl fmt::Display for ConvertError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConvertError::Syntax => f.write_str(
                "not a date dualdate can read; try 25 October 1917, October 25, 1917, \
                 1917-10-25, 25.10.1917, 15 March 44 BC or 11 February 1731/2",
            ),
            ConvertError::NoYear => f.write_str("the date has no year"),
            ConvertError::LabelsDisagree => {
                f.write_str("the labels before and after the date name different calendars")
            }
            ConvertError::Date(e) => e.fmt(f),
            ConvertError::DualYear(e) => e.fmt(f),
            ConvertError::Civil(e) => e.fmt(f),
            ConvertError::Weekday { written, actual } => write!(
                f,
                "the date was a {}, not a {}",
                weekday_name(*actual),
                weekday_name(*written)
            ),
        }
    }
}

impl std::error::Error for ConvertError {}

/// The English name of a weekday.
pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// Reads and converts one typed date.
///
/// A label in the text ("O.S.", "N.S.", "Julian", "Gregorian") decides the
/// calendar; otherwise the region's civil calendar on that date, otherwise
/// `options.from`. With a region, the year is read in the region's New-Year
/// style and a date the region skipped is an error.
///
/// # Errors
///
/// A [`ConvertError`] saying what is wrong with the text or the date.
pub fn convert(text: &str, options: &Options) -> Result<Conversion, ConvertError> {
    let Ok((_, input)) = input_date::<()>(text) else {
        return Err(long_year(text, options).unwrap_or(ConvertError::Syntax));
    };
    let label = match (input.label_before, input.label_after) {
        (Some(a), Some(b)) if a != b => return Err(ConvertError::LabelsDisagree),
        (a, b) => a.or(b),
    };
    let written = input.date;
    let year = written.year.ok_or(ConvertError::NoYear)?;
    // Days are at most two digits; out-of-range numbers still get a
    // precise error from the calendar.
    let (m, d) = (written.month, u8::try_from(written.day).unwrap_or(u8::MAX));

    let (january_year, mut dual_year) = match (year.dual, options.region) {
        (Some(dual), _) => (
            dual.year_for(m, d).map_err(ConvertError::DualYear)?,
            Some(dual),
        ),
        (None, Some(region)) => {
            let january = region
                .january_year(year.value, m, d)
                .map_err(ConvertError::Civil)?;
            (january, None)
        }
        (None, None) => (year.value, None),
    };
    let date = Ymd::new(january_year, m, d);

    let (calendar, day) = match (label, options.region) {
        (Some(kind), _) => (CivilCalendar::from(kind), civil_day(kind.into(), date)?),
        (None, Some(region)) => {
            let day = region.resolve(date).map_err(ConvertError::Civil)?;
            (region.calendar_on(day), day)
        }
        (None, None) => (options.from.into(), civil_day(options.from.into(), date)?),
    };
    if let Some(written_day) = written.weekday {
        if written_day != day.weekday() {
            return Err(ConvertError::Weekday {
                written: written_day,
                actual: day.weekday(),
            });
        }
    }
    let region = options.region.map(|r| (r, r.civil_date(day)));
    if let Some((_, civil)) = region {
        if dual_year.is_none()
            && civil.historical_year != civil.date.year
            && civil.calendar == calendar
        {
            dual_year = Some(DualYear {
                historical: civil.historical_year,
                january: civil.date.year,
            });
        }
    }
    Ok(Conversion {
        calendar,
        date,
        dual_year,
        day,
        julian: JulianDate::from_rata_die(day),
        gregorian: GregorianDate::from_rata_die(day),
        region,
    })
}

/// The most digits the grammar reads as a year, and the year they make.
const YEAR_DIGITS: usize = 9;
const LONGEST_YEAR: &str = "999999999";

/// Why `text` is not read, if it is a date whose year has more digits than
/// the grammar reads ([`YEAR_DIGITS`]): "25 October 2147483647" is a date
/// whose year is outside the supported range, as "25 October 99999999"
/// is, not text that names no date. Told by reading it with the longest
/// year the grammar reads in that year's place: the calendar must refuse
/// that year, as it would the year written.
fn long_year(text: &str, options: &Options) -> Option<ConvertError> {
    let bytes = text.as_bytes();
    let mut runs = (0..bytes.len())
        .filter(|&at| {
            let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
            digit(at) && (at == 0 || !digit(at - 1))
        })
        .map(|at| {
            let len = bytes
                .iter()
                .skip(at)
                .take_while(|b| b.is_ascii_digit())
                .count();
            at..at + len
        })
        .filter(|run| run.len() > YEAR_DIGITS);
    let (run, None) = (runs.next()?, runs.next()) else {
        return None;
    };
    let written: i64 = text.get(run.clone())?.parse().ok()?;
    let read = format!(
        "{}{LONGEST_YEAR}{}",
        text.get(..run.start)?,
        text.get(run.end..)?
    );
    let longest: i64 = LONGEST_YEAR.parse().ok()?;
    match convert(&read, options) {
        Err(ConvertError::Date(DateError::Range { calendar, year })) if year == longest => {
            Some(ConvertError::Date(DateError::Range {
                calendar,
                year: written,
            }))
        }
        // Before Christ: "25 October 2147483647 BC".
        Err(ConvertError::Date(DateError::Range { calendar, year })) if year == 1 - longest => {
            Some(ConvertError::Date(DateError::Range {
                calendar,
                year: 1 - written,
            }))
        }
        _ => None,
    }
}

fn civil_day(calendar: CivilCalendar, date: Ymd) -> Result<RataDie, ConvertError> {
    calendar.rata_die(date).map_err(ConvertError::Date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gregorian(text: &str, options: &Options) -> String {
        convert(text, options)
            .map(|c| c.gregorian.to_string())
            .unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn reads_every_documented_form() {
        let o = Options::default();
        for text in [
            "1917-10-25",
            "25 October 1917",
            "October 25, 1917",
            "25 Oct. 1917",
            "25.10.1917",
            "25.X.1917",
            "Wednesday, 25 October 1917",
            "Wed 25 Oct 1917",
            "25 октября 1917 г.",
            "O.S. 25 October 1917",
            "25 October 1917 (Julian)",
        ] {
            assert_eq!(gregorian(text, &o), "1917-11-07", "{text}");
        }
        assert_eq!(gregorian("15 March 44 BC", &o), "-0043-03-13");
        assert_eq!(gregorian("11 February 1731/2", &o), "1732-02-22");
        assert_eq!(gregorian("Feb. 11, 1731/32", &o), "1732-02-22");
        assert_eq!(gregorian("7 November 1917 N.S.", &o), "1917-11-07");
        let from_gregorian = Options {
            from: CalendarKind::Gregorian,
            region: None,
        };
        assert_eq!(
            convert("7 November 1917", &from_gregorian)
                .unwrap()
                .julian
                .to_string(),
            "1917-10-25"
        );
    }

    #[test]
    fn errors_say_what_is_wrong() {
        let o = Options::default();
        assert_eq!(
            gregorian("31 November 1917", &o),
            "day 31 is outside 1–30 for November 1917 (Julian)"
        );
        assert_eq!(gregorian("25 October", &o), "the date has no year");
        assert_eq!(
            gregorian("Thursday, 25 October 1917", &o),
            "the date was a Wednesday, not a Thursday"
        );
        assert_eq!(
            gregorian("11 May 1731/2", &o),
            "a dual year like 1731/2 belongs to dates from 1 January to 24 March, not 11 May"
        );
        assert_eq!(
            gregorian("O.S. 25 October 1917 N.S.", &o),
            ConvertError::LabelsDisagree.to_string()
        );
        assert!(gregorian("hello", &o).starts_with("not a date"));
        assert!(gregorian("25 October 99999999", &o).contains("outside the supported range"));
        // Years longer than the grammar reads are out of range too, not
        // unreadable, in every form and with an era.
        let range = "is outside the supported range -999999-01-01 to +999999-12-31 (Julian)";
        for (text, year) in [
            ("25 October 2147483647", "2147483647"),
            ("2147483647-10-25", "2147483647"),
            ("25.10.2147483647", "2147483647"),
            ("October 25, 99999999999999", "99999999999999"),
            ("25 October 2147483647 BC", "-2147483646"),
        ] {
            assert_eq!(
                gregorian(text, &o),
                format!("year {year} {range}"),
                "{text}"
            );
        }
        assert!(gregorian("25 October 2147483647 N.S.", &o).ends_with("(Gregorian)"));
        // A long number elsewhere, two of them, or one too long for any
        // year, is still no date.
        for text in [
            "2147483647 October 1917",
            "25 October 2147483647 2147483647",
            "25 October 2147483647x",
            &format!("25 October {}", "9".repeat(30)),
        ] {
            assert!(gregorian(text, &o).starts_with("not a date"), "{text}");
        }
    }

    #[test]
    fn regions_apply_their_calendar_and_new_year() {
        let ru = Options {
            region: Region::find("RU"),
            ..Options::default()
        };
        assert_eq!(
            gregorian("5 February 1918", &ru),
            "5 February 1918 never happened in Russia: \
             Julian 31 January 1918 was followed by Gregorian 14 February 1918"
        );
        assert_eq!(gregorian("14 February 1918", &ru), "1918-02-14");
        assert_eq!(gregorian("31 January 1918", &ru), "1918-02-13");
        let gb = Options {
            region: Region::find("GB"),
            ..Options::default()
        };
        let c = convert("11 February 1731", &gb).unwrap();
        assert_eq!(c.gregorian.to_string(), "1732-02-22");
        assert_eq!(c.dual_year.map(|d| d.to_string()), Some("1731/2".into()));
    }
}
