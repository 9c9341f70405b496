//! New-Year styles: on which day the numbered year began.
//!
//! Until the 18th century many places did not start the year on 1 January.
//! England counted from 25 March (Lady Day) until 1751, so a letter of
//! 11 February in what we call 1732 was dated 1731 there, and careful writers
//! gave both numbers: "11 February 1731/2". This module converts between such
//! a *historical* year and the *1-January year* used everywhere else in this
//! crate, and parses and prints dual years.

use std::fmt;

/// The day on which the numbered year began.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NewYearStyle {
    /// 1 January (Circumcision style), as today.
    January1,
    /// 25 March *after* 1 January (Annunciation style, English and
    /// Florentine reckoning): 1 January–24 March belong to the previous
    /// historical year. England and its colonies until 1751.
    March25,
    /// 25 March *before* 1 January (Pisan reckoning): 25 March–31 December
    /// belong to the next historical year.
    March25Pisan,
    /// 1 March (Venetian *more veneto*, old Russian): 1 January–end of
    /// February belong to the previous historical year.
    March1,
    /// 1 September (Byzantine, Russia until 1699): 1 September–31 December
    /// belong to the next historical year.
    September1,
    /// 25 December (Nativity style): 25–31 December belong to the next
    /// historical year.
    December25,
}

impl NewYearStyle {
    /// The day (month, day) on which the historical year began.
    pub const fn first_day(self) -> (u8, u8) {
        match self {
            NewYearStyle::January1 => (1, 1),
            NewYearStyle::March25 | NewYearStyle::March25Pisan => (3, 25),
            NewYearStyle::March1 => (3, 1),
            NewYearStyle::September1 => (9, 1),
            NewYearStyle::December25 => (12, 25),
        }
    }

    /// How far the historical year number is from the 1-January year for a
    /// day of the year: −1, 0 or +1.
    const fn shift(self, month: u8, day: u8) -> i32 {
        let (first_month, first_day) = self.first_day();
        let before_start = month < first_month || (month == first_month && day < first_day);
        match self {
            NewYearStyle::January1 => 0,
            // The year starts after 1 January: the days before the start
            // still count to the previous year.
            NewYearStyle::March25 | NewYearStyle::March1 => -(before_start as i32),
            // The year starts before 1 January: the days from the start on
            // already count to the next year.
            NewYearStyle::March25Pisan | NewYearStyle::September1 | NewYearStyle::December25 => {
                !before_start as i32
            }
        }
    }

    /// The historical year in which a day fell, given its 1-January year.
    ///
    /// ```
    /// use dualdate::calendar::NewYearStyle::{March25, September1};
    /// assert_eq!(March25.historical_year(1732, 2, 11), 1731);
    /// assert_eq!(March25.historical_year(1732, 3, 25), 1732);
    /// assert_eq!(September1.historical_year(1698, 9, 1), 1699);
    /// ```
    pub const fn historical_year(self, january_year: i32, month: u8, day: u8) -> i32 {
        january_year.saturating_add(self.shift(month, day))
    }

    /// The 1-January year of a day written with a historical year.
    ///
    /// ```
    /// use dualdate::calendar::NewYearStyle::March25;
    /// assert_eq!(March25.january_year(1731, 2, 11), 1732);
    /// ```
    pub const fn january_year(self, historical_year: i32, month: u8, day: u8) -> i32 {
        historical_year.saturating_sub(self.shift(month, day))
    }
}

impl fmt::Display for NewYearStyle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NewYearStyle::January1 => "1 January",
            NewYearStyle::March25 => "25 March (Annunciation style)",
            NewYearStyle::March25Pisan => "25 March before 1 January (Pisan style)",
            NewYearStyle::March1 => "1 March",
            NewYearStyle::September1 => "1 September (Byzantine style)",
            NewYearStyle::December25 => "25 December (Nativity style)",
        })
    }
}

/// A dual year such as the "1731/2" of "11 February 1731/2": the year as
/// counted from 25 March, then the 1-January year.
///
/// Both numbers are kept as written (expanded to full years), so a wrong
/// pair such as "1731/3" can be reported rather than rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DualYear {
    /// The historical (Old Style, 25-March) year: 1731.
    pub historical: i32,
    /// The 1-January year: 1732.
    pub january: i32,
}

/// Why a dual year cannot be read or used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DualYearError {
    /// Not of the form `1731/2`, `1731/32`, `1699/00` or `1731/1732`.
    Syntax(String),
    /// The second year is not the year after the first.
    NotConsecutive(DualYear),
    /// A dual year is only written for 1 January to 24 March.
    OutsideWindow {
        /// The dual year.
        year: DualYear,
        /// The month of the date it was written on.
        month: u8,
        /// The day.
        day: u8,
    },
}

impl fmt::Display for DualYearError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DualYearError::Syntax(s) => {
                write!(
                    f,
                    "{s:?} is not a dual year like 1731/2, 1731/32 or 1699/00"
                )
            }
            DualYearError::NotConsecutive(y) => write!(
                f,
                "the years of {y} do not follow each other ({} then {})",
                y.historical, y.january
            ),
            DualYearError::OutsideWindow { year, month, day } => write!(
                f,
                "a dual year like {year} belongs to dates from 1 January to 24 March, \
                 not {day} {}",
                super::month_name(*month)
            ),
        }
    }
}

impl std::error::Error for DualYearError {}

impl DualYear {
    /// Reads `1731/2`, `1731/32`, `1699/00` or `1731/1732`; the part after
    /// the slash replaces the last digits of the first year, rolling over a
    /// decade or century where that makes the years consecutive
    /// (`1699/00` is 1699 and 1700, `1709/0` is 1709 and 1710).
    ///
    /// # Errors
    ///
    /// [`DualYearError::Syntax`] if the text is not two digit groups around a
    /// slash (the second no longer than the first).
    ///
    /// ```
    /// use dualdate::calendar::DualYear;
    /// let y: DualYear = "1699/00".parse()?;
    /// assert_eq!((y.historical, y.january), (1699, 1700));
    /// assert_eq!("1731/2".parse::<DualYear>()?.to_string(), "1731/2");
    /// # Ok::<(), dualdate::calendar::DualYearError>(())
    /// ```
    pub fn parse(s: &str) -> Result<DualYear, DualYearError> {
        let syntax = || DualYearError::Syntax(s.to_owned());
        let (a, b) = s.split_once('/').ok_or_else(syntax)?;
        let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit());
        if !all_digits(a) || !all_digits(b) || b.len() > a.len() || a.len() > 7 {
            return Err(syntax());
        }
        let first: i32 = a.parse().map_err(|_| syntax())?;
        let tail: i32 = b.parse().map_err(|_| syntax())?;
        Ok(DualYear {
            historical: first,
            january: expand(first, tail, b.len() as u32),
        })
    }

    /// Checks that the years follow each other.
    ///
    /// # Errors
    ///
    /// [`DualYearError::NotConsecutive`] otherwise.
    pub fn consecutive(self) -> Result<DualYear, DualYearError> {
        if self.historical.checked_add(1) == Some(self.january) {
            Ok(self)
        } else {
            Err(DualYearError::NotConsecutive(self))
        }
    }

    /// The 1-January year of a date written with this dual year, after
    /// checking the years follow each other and the date lies from 1 January
    /// to 24 March.
    ///
    /// # Errors
    ///
    /// [`DualYearError::NotConsecutive`] or [`DualYearError::OutsideWindow`].
    pub fn year_for(self, month: u8, day: u8) -> Result<i32, DualYearError> {
        let year = self.consecutive()?;
        if NewYearStyle::March25.shift(month, day) != -1 {
            return Err(DualYearError::OutsideWindow { year, month, day });
        }
        Ok(year.january)
    }

    /// The dual year for a 1-January year: 1732 gives 1731/2.
    pub const fn for_january_year(january: i32) -> DualYear {
        DualYear {
            historical: january.saturating_sub(1),
            january,
        }
    }
}

/// Replaces the last `digits` digits of `first` with `tail`, then rolls over
/// one decade/century if that is what makes the years consecutive.
fn expand(first: i32, tail: i32, digits: u32) -> i32 {
    let unit = 10_i64.pow(digits);
    let first = i64::from(first);
    let kept = first - first.rem_euclid(unit) + i64::from(tail);
    let year = if kept <= first && kept + unit == first + 1 {
        kept + unit
    } else {
        kept
    };
    i32::try_from(year).unwrap_or(i32::MAX)
}

impl std::str::FromStr for DualYear {
    type Err = DualYearError;

    fn from_str(s: &str) -> Result<DualYear, DualYearError> {
        DualYear::parse(s)
    }
}

impl fmt::Display for DualYear {
    /// `1731/2`, `1739/40`, and the full second year where more than two
    /// digits change (`1699/1700`) or the years are not consecutive.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = (self.historical, self.january);
        if a >= 0 && b >= 0 && a.checked_add(1) == Some(b) {
            for unit in [10, 100] {
                if a / unit == b / unit {
                    let width = if unit == 10 { 1 } else { 2 };
                    return write!(f, "{a}/{:0width$}", b % unit);
                }
            }
        }
        write!(f, "{a}/{b}")
    }
}

#[cfg(test)]
mod tests {
    use super::NewYearStyle::*;
    use super::*;

    const ALL: [NewYearStyle; 6] = [
        January1,
        March25,
        March25Pisan,
        March1,
        September1,
        December25,
    ];

    #[test]
    fn conversion_round_trips_for_every_day_and_style() {
        for style in ALL {
            for month in 1..=12u8 {
                for day in 1..=31u8 {
                    let h = style.historical_year(1700, month, day);
                    assert_eq!(style.january_year(h, month, day), 1700);
                    assert!((1699..=1701).contains(&h));
                }
            }
        }
    }

    #[test]
    fn year_boundaries() {
        assert_eq!(March25.historical_year(1751, 3, 24), 1750);
        assert_eq!(March25.historical_year(1751, 3, 25), 1751);
        assert_eq!(March25Pisan.historical_year(1749, 3, 25), 1750);
        assert_eq!(March1.historical_year(1700, 2, 29), 1699);
        assert_eq!(March1.historical_year(1700, 3, 1), 1700);
        assert_eq!(September1.historical_year(1699, 8, 31), 1699);
        assert_eq!(September1.historical_year(1699, 9, 1), 1700);
        assert_eq!(December25.historical_year(1066, 12, 25), 1067);
        assert_eq!(December25.historical_year(1066, 12, 24), 1066);
        assert_eq!(January1.historical_year(i32::MAX, 12, 31), i32::MAX);
        assert_eq!(September1.historical_year(i32::MAX, 12, 31), i32::MAX);
    }

    #[test]
    fn dual_years_parse_and_print() {
        let cases = [
            ("1731/2", 1731, 1732, "1731/2"),
            ("1731/32", 1731, 1732, "1731/2"),
            ("1731/1732", 1731, 1732, "1731/2"),
            ("1739/40", 1739, 1740, "1739/40"),
            ("1739/0", 1739, 1740, "1739/40"),
            ("1699/00", 1699, 1700, "1699/1700"),
            ("1699/1700", 1699, 1700, "1699/1700"),
            ("1750/51", 1750, 1751, "1750/1"),
            ("1731/3", 1731, 1733, "1731/1733"),
            ("1731/30", 1731, 1730, "1731/1730"),
        ];
        for (text, h, j, shown) in cases {
            let y = DualYear::parse(text).unwrap();
            assert_eq!((y.historical, y.january), (h, j), "{text}");
            assert_eq!(y.to_string(), shown, "{text}");
        }
        for bad in [
            "1731",
            "/2",
            "1731/",
            "17a1/2",
            "1731/12345",
            "12345678/1",
            "1731/-2",
        ] {
            assert!(
                matches!(DualYear::parse(bad), Err(DualYearError::Syntax(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn dual_year_window_and_consecutiveness() {
        let y = DualYear::parse("1731/2").unwrap();
        assert_eq!(y.year_for(2, 11), Ok(1732));
        assert_eq!(y.year_for(3, 24), Ok(1732));
        let err = y.year_for(3, 25).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a dual year like 1731/2 belongs to dates from 1 January to 24 March, not 25 March"
        );
        let bad = DualYear::parse("1731/3").unwrap();
        assert!(matches!(
            bad.year_for(2, 1),
            Err(DualYearError::NotConsecutive(_))
        ));
        assert_eq!(DualYear::for_january_year(1732), y);
    }
}
