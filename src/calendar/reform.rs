//! Regions and when they switched calendars, as data.
//!
//! The table itself lives in [`table`](super::reform_table); this module holds
//! its types and the questions you can ask of it.

pub use super::date::Ymd;
use super::new_year::NewYearStyle;

/// A calendar that a region used for its civil dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CivilCalendar {
    /// The Julian calendar (Old Style).
    Julian,
    /// The Gregorian calendar (New Style).
    Gregorian,
    /// The Swedish calendar of 1 March 1700 to 30 February 1712: one day
    /// ahead of the Julian calendar, after the leap day of 1700 was dropped;
    /// February 1712 had 30 days to return to the Julian calendar.
    Swedish,
}

/// One change of calendar in one region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Switch {
    /// The calendar in force until the switch.
    pub from: CivilCalendar,
    /// The last day counted in `from`, written in `from`.
    pub last: Ymd,
    /// The calendar in force from the switch on.
    pub to: CivilCalendar,
    /// The first day counted in `to`, written in `to`.
    pub first: Ymd,
    /// Where this row comes from: author, title, year (and page or article
    /// number where there is one).
    pub source: &'static str,
    /// Where sources disagree or the switch was unusual; empty otherwise.
    pub note: &'static str,
}

/// A New-Year style in force in a region up to and including a 1-January
/// year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewYearEra {
    /// The last 1-January year to which `style` applies (`i32::MAX` for
    /// "still in force").
    pub until: i32,
    /// The style.
    pub style: NewYearStyle,
    /// Where this row comes from.
    pub source: &'static str,
}

/// A country, state or region and its calendar history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// A short code: ISO 3166-1 alpha-2 for countries (`RU`, `GB`), ISO
    /// 3166-2 where a subdivision has one (`CH-ZH`), otherwise a short
    /// upper-case name for a historical state (`PAPAL`, `PRUSSIA`).
    pub code: &'static str,
    /// English name.
    pub name: &'static str,
    /// Other names a user may type (case-insensitive), e.g. "Russia",
    /// "Soviet Russia".
    pub aliases: &'static [&'static str],
    /// The calendar in force before the first switch.
    pub initial: CivilCalendar,
    /// The switches in chronological order; consecutive rows chain (`to` of
    /// one row is `from` of the next).
    pub switches: &'static [Switch],
    /// New-Year styles in chronological order; empty means 1 January
    /// throughout.
    pub new_year: &'static [NewYearEra],
    /// Anything a user should know about the region as a whole; may be empty.
    pub note: &'static str,
}

use std::fmt;

use super::date::CalendarKind;
use super::error::DateError;
use super::rata_die::RataDie;
use super::reform_table::REGIONS;

impl CivilCalendar {
    /// The labels this calendar gives a day. The Swedish calendar is
    /// extended proleptically as "Julian plus one day" outside its years.
    pub fn ymd(self, day: RataDie) -> Ymd {
        match self {
            CivilCalendar::Julian => CalendarKind::Julian.ymd(day),
            CivilCalendar::Gregorian => CalendarKind::Gregorian.ymd(day),
            CivilCalendar::Swedish => {
                if Some(day) == swedish_leap_day() {
                    return Ymd::new(1712, 2, 30);
                }
                CalendarKind::Julian.ymd(day.checked_add(1).unwrap_or(day))
            }
        }
    }

    /// The day these labels name in this calendar.
    ///
    /// # Errors
    ///
    /// A [`DateError`] if the labels are not a date of this calendar.
    pub fn rata_die(self, ymd: Ymd) -> Result<RataDie, DateError> {
        let Ymd { year, month, day } = ymd;
        let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
        match self {
            CivilCalendar::Julian => CalendarKind::Julian.rata_die(y, m, d),
            CivilCalendar::Gregorian => CalendarKind::Gregorian.rata_die(y, m, d),
            CivilCalendar::Swedish if ymd == Ymd::new(1712, 2, 30) => {
                CalendarKind::Julian.rata_die(1712, 2, 29)
            }
            CivilCalendar::Swedish => CalendarKind::Julian.rata_die(y, m, d)?.checked_add(-1),
        }
    }

    /// The Julian or Gregorian calendar this one is, if it is one of them.
    pub const fn kind(self) -> Option<CalendarKind> {
        match self {
            CivilCalendar::Julian => Some(CalendarKind::Julian),
            CivilCalendar::Gregorian => Some(CalendarKind::Gregorian),
            CivilCalendar::Swedish => None,
        }
    }
}

impl From<CalendarKind> for CivilCalendar {
    fn from(kind: CalendarKind) -> CivilCalendar {
        match kind {
            CalendarKind::Julian => CivilCalendar::Julian,
            CalendarKind::Gregorian => CivilCalendar::Gregorian,
        }
    }
}

impl Switch {
    /// The first and last labels the switch skipped, if any: 1 and
    /// 13 February 1918 for Russia, 29 February 1700 for Sweden, none for
    /// Sweden's return to the Julian calendar after 30 February 1712.
    ///
    /// ```
    /// use dualdate::calendar::{Region, Ymd};
    /// let ru = Region::find("RU").unwrap();
    /// assert_eq!(ru.switches[0].skipped(), Some((Ymd::new(1918, 2, 1), Ymd::new(1918, 2, 13))));
    /// ```
    pub fn skipped(&self) -> Option<(Ymd, Ymd)> {
        let next = self
            .from
            .ymd(self.from.rata_die(self.last).ok()?.checked_add(1).ok()?);
        let before = self
            .to
            .ymd(self.to.rata_die(self.first).ok()?.checked_add(-1).ok()?);
        (next < self.first && next <= before).then_some((next, before))
    }
}

/// Swedish 30 February 1712 = Julian 29 February 1712.
fn swedish_leap_day() -> Option<RataDie> {
    CalendarKind::Julian.rata_die(1712, 2, 29).ok()
}

impl fmt::Display for CivilCalendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CivilCalendar::Julian => "Julian",
            CivilCalendar::Gregorian => "Gregorian",
            CivilCalendar::Swedish => "Swedish",
        })
    }
}

/// A day as a region wrote it: the calendar in force and its labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CivilDate {
    /// The calendar in force on that day.
    pub calendar: CivilCalendar,
    /// The date in that calendar (1-January year).
    pub date: Ymd,
    /// The year number as the region wrote it, by its New-Year style.
    pub historical_year: i32,
}

/// A stretch of days during which one calendar was in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Era {
    calendar: CivilCalendar,
    /// First day, `None` for "since always".
    start: Option<RataDie>,
    /// Last day, `None` for "still in force".
    end: Option<RataDie>,
}

impl Era {
    fn contains(&self, day: RataDie) -> bool {
        self.start.is_none_or(|s| s <= day) && self.end.is_none_or(|e| day <= e)
    }

    /// Whether the era's calendar gave these labels to this day, a day of
    /// the era. The labels must name the day back: Swedish 1 March 1712,
    /// Julian plus one day as that calendar runs on outside its years, is
    /// the day Sweden called 30 February.
    fn names(&self, day: RataDie, date: Ymd) -> bool {
        self.contains(day) && self.calendar.ymd(day) == date
    }
}

/// A date read in a calendar of a region's own, neither the Julian nor the
/// Gregorian (see [`Region::own_reading`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OwnReading {
    /// The calendar: Sweden's of 1700–1712.
    pub calendar: CivilCalendar,
    /// The day the labels name in it.
    pub day: RataDie,
    /// The first day the region counted in it, in its labels; `None` if it
    /// always did.
    pub since: Option<Ymd>,
    /// The last day the region counted in it, in its labels; `None` if it
    /// still does.
    pub until: Option<Ymd>,
}

/// Why a date cannot be placed in a region's reckoning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CivilError {
    /// Not a date in any calendar the region used.
    Invalid(DateError),
    /// The region skipped these labels when it switched calendars.
    Gap {
        /// The region.
        region: &'static Region,
        /// The labels.
        date: Ymd,
        /// The switch that skipped them.
        switch: Switch,
    },
    /// The labels are valid only in a calendar the region did not use then.
    NotInForce {
        /// The region.
        region: &'static Region,
        /// The labels.
        date: Ymd,
        /// The calendar the labels would need.
        needs: CivilCalendar,
        /// The calendar the region used then.
        in_force: CivilCalendar,
    },
    /// The labels name two days, one before and one after a switch.
    Ambiguous {
        /// The region.
        region: &'static Region,
        /// The labels.
        date: Ymd,
        /// The earlier reading.
        first: (CivilCalendar, RataDie),
        /// The later reading.
        second: (CivilCalendar, RataDie),
    },
    /// With its New-Year style, the region never wrote this year on this day
    /// ("11 February 1751" in England: 1751 began on 25 March).
    NoSuchHistoricalDate {
        /// The region.
        region: &'static Region,
        /// The labels, with the year as the region counted it.
        date: Ymd,
    },
}

impl fmt::Display for CivilError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CivilError::Invalid(e) => e.fmt(f),
            CivilError::Gap {
                region,
                date,
                switch,
            } => write!(
                f,
                "{} never happened in {}: {} {} was followed by {} {}",
                date.long(),
                region.name,
                switch.from,
                switch.last.long(),
                switch.to,
                switch.first.long()
            ),
            CivilError::NotInForce {
                region,
                date,
                needs,
                in_force,
            } => write!(
                f,
                "{} is only a {needs} date, and {} used the {in_force} calendar then",
                date.long(),
                region.name
            ),
            CivilError::Ambiguous {
                region,
                date,
                first,
                second,
            } => write!(
                f,
                "{} names two days in {}: {} {} before the switch and {} {} after it",
                date.long(),
                region.name,
                first.0,
                first.0.ymd(first.1).long(),
                second.0,
                second.0.ymd(second.1).long()
            ),
            CivilError::NoSuchHistoricalDate { region, date } => write!(
                f,
                "{} was never written in {}: by its New-Year style that day belongs to \
                 another year number (write a dual year such as {})",
                date.long(),
                region.name,
                super::DualYear::for_january_year(date.year.saturating_add(1)),
            ),
        }
    }
}

impl std::error::Error for CivilError {}

impl Region {
    /// Every region in the table.
    pub fn all() -> &'static [Region] {
        REGIONS
    }

    /// Looks a region up by code, name or alias, ignoring letter case.
    ///
    /// ```
    /// use dualdate::calendar::Region;
    /// assert_eq!(Region::find("ru").map(|r| r.code), Some("RU"));
    /// assert_eq!(Region::find("Russia").map(|r| r.code), Some("RU"));
    /// assert!(Region::find("Atlantis").is_none());
    /// ```
    pub fn find(key: &str) -> Option<&'static Region> {
        let key = key.trim();
        REGIONS.iter().find(|r| {
            r.code.eq_ignore_ascii_case(key)
                || r.name.to_lowercase() == key.to_lowercase()
                || r.aliases
                    .iter()
                    .any(|a| a.to_lowercase() == key.to_lowercase())
        })
    }

    /// The eras, derived from the switch rows. Rows whose dates do not
    /// exist are a data error caught by the table's tests; here they are
    /// skipped rather than allowed to panic.
    fn eras(&self) -> impl Iterator<Item = Era> + '_ {
        let mut calendar = self.initial;
        let mut start = None;
        let mut switches = self.switches.iter();
        let mut done = false;
        std::iter::from_fn(move || {
            if done {
                return None;
            }
            match switches.next() {
                Some(s) => {
                    let era = Era {
                        calendar,
                        start,
                        end: s.from.rata_die(s.last).ok(),
                    };
                    calendar = s.to;
                    start = s.to.rata_die(s.first).ok();
                    Some(era)
                }
                None => {
                    done = true;
                    Some(Era {
                        calendar,
                        start,
                        end: None,
                    })
                }
            }
        })
    }

    /// The calendar the region used on a day.
    ///
    /// ```
    /// use dualdate::calendar::{CivilCalendar, GregorianDate, Region};
    /// let ru = Region::find("RU").unwrap();
    /// let day = GregorianDate::new(1918, 2, 13)?.rata_die();
    /// assert_eq!(ru.calendar_on(day), CivilCalendar::Julian);
    /// assert_eq!(ru.calendar_on(day.checked_add(1)?), CivilCalendar::Gregorian);
    /// # Ok::<(), dualdate::calendar::DateError>(())
    /// ```
    pub fn calendar_on(&self, day: RataDie) -> CivilCalendar {
        let mut calendar = self.initial;
        for s in self.switches {
            match s.to.rata_die(s.first) {
                Ok(first) if day >= first => calendar = s.to,
                _ => {}
            }
        }
        calendar
    }

    /// A day as the region wrote it.
    pub fn civil_date(&self, day: RataDie) -> CivilDate {
        let calendar = self.calendar_on(day);
        let date = calendar.ymd(day);
        let style = self.new_year_style(date.year);
        CivilDate {
            calendar,
            date,
            historical_year: style.historical_year(date.year, date.month, date.day),
        }
    }

    /// The day a date names in a calendar of the region's own, neither
    /// Julian nor Gregorian, if the region counted in that calendar on that
    /// day: in Sweden, 13 May 1707 is Swedish 13 May, Julian 12 May. `None`
    /// for regions that only ever used the Julian and Gregorian calendars,
    /// and for days outside the years the region's own calendar was in force.
    ///
    /// ```
    /// use dualdate::calendar::{CivilCalendar, JulianDate, Region, Ymd};
    /// let se = Region::find("SE").unwrap();
    /// let r = se.own_reading(Ymd::new(1712, 2, 30)).unwrap();
    /// assert_eq!(r.calendar, CivilCalendar::Swedish);
    /// assert_eq!(r.day, JulianDate::new(1712, 2, 29)?.rata_die());
    /// assert_eq!((r.since, r.until), (Some(Ymd::new(1700, 3, 1)), Some(Ymd::new(1712, 2, 30))));
    /// assert!(se.own_reading(Ymd::new(1712, 3, 1)).is_none());
    /// assert!(Region::find("RU").unwrap().own_reading(Ymd::new(1707, 5, 13)).is_none());
    /// # Ok::<(), dualdate::calendar::DateError>(())
    /// ```
    pub fn own_reading(&self, date: Ymd) -> Option<OwnReading> {
        self.eras()
            .filter(|era| era.calendar.kind().is_none())
            .find_map(|era| {
                let day = era
                    .calendar
                    .rata_die(date)
                    .ok()
                    .filter(|&day| era.names(day, date))?;
                Some(OwnReading {
                    calendar: era.calendar,
                    day,
                    since: era.start.map(|d| era.calendar.ymd(d)),
                    until: era.end.map(|d| era.calendar.ymd(d)),
                })
            })
    }

    /// The New-Year style the region used in a 1-January year.
    pub fn new_year_style(&self, january_year: i32) -> NewYearStyle {
        self.new_year
            .iter()
            .find(|e| january_year <= e.until)
            .map_or(NewYearStyle::January1, |e| e.style)
    }

    /// The 1-January year of a date written with the region's historical
    /// year number.
    ///
    /// # Errors
    ///
    /// [`CivilError::NoSuchHistoricalDate`] where the region never wrote that
    /// year on that day, as "11 February 1751" in England, where the year
    /// 1751 began on 25 March and 1752 on 1 January.
    ///
    /// ```
    /// use dualdate::calendar::Region;
    /// let gb = Region::find("GB").unwrap();
    /// assert_eq!(gb.january_year(1731, 2, 11), Ok(1732));
    /// assert_eq!(gb.january_year(1752, 2, 11), Ok(1752));
    /// assert!(gb.january_year(1751, 2, 11).is_err());
    /// ```
    pub fn january_year(
        &'static self,
        historical: i32,
        month: u8,
        day: u8,
    ) -> Result<i32, CivilError> {
        let mut previous_until = i32::MIN;
        let mut found = None;
        let eras = self.new_year.iter().map(|e| (e.until, e.style));
        let tail = (i32::MAX, NewYearStyle::January1);
        for (until, style) in eras.chain(std::iter::once(tail)) {
            let year = style.january_year(historical, month, day);
            // The later era wins where two readings exist.
            if previous_until < year && year <= until {
                found = Some(year);
            }
            if until == i32::MAX {
                break;
            }
            previous_until = until;
        }
        found.ok_or(CivilError::NoSuchHistoricalDate {
            region: self,
            date: Ymd::new(historical, month, day),
        })
    }

    /// The day named by a date as the region wrote it (labels in whichever
    /// calendar it used then, 1-January year).
    ///
    /// # Errors
    ///
    /// [`CivilError::Gap`] for a date the region skipped, and the other
    /// [`CivilError`]s where the labels exist in no calendar in force.
    ///
    /// ```
    /// use dualdate::calendar::{Region, Ymd};
    /// let ru = Region::find("RU").unwrap();
    /// let err = ru.resolve(Ymd::new(1918, 2, 5)).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "5 February 1918 never happened in Russia: \
    ///      Julian 31 January 1918 was followed by Gregorian 14 February 1918",
    /// );
    /// ```
    pub fn resolve(&'static self, date: Ymd) -> Result<RataDie, CivilError> {
        let mut found: Option<(CivilCalendar, RataDie)> = None;
        let mut first_error = None;
        for era in self.eras() {
            match era.calendar.rata_die(date) {
                Ok(day) if era.names(day, date) => match found {
                    None => found = Some((era.calendar, day)),
                    Some(first) if first.1 != day => {
                        return Err(CivilError::Ambiguous {
                            region: self,
                            date,
                            first,
                            second: (era.calendar, day),
                        });
                    }
                    Some(_) => {}
                },
                Ok(_) => {}
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        if let Some((_, day)) = found {
            return Ok(day);
        }
        if let Some(switch) = self.switch_skipping(date) {
            return Err(CivilError::Gap {
                region: self,
                date,
                switch: *switch,
            });
        }
        // Valid somewhere, but not when that calendar was in force.
        for calendar in [
            CivilCalendar::Julian,
            CivilCalendar::Gregorian,
            CivilCalendar::Swedish,
        ] {
            if let Ok(day) = calendar.rata_die(date) {
                return Err(CivilError::NotInForce {
                    region: self,
                    date,
                    needs: calendar,
                    in_force: self.calendar_on(day),
                });
            }
        }
        Err(CivilError::Invalid(first_error.unwrap_or(
            DateError::Range {
                calendar: CalendarKind::Julian,
                year: i64::from(date.year),
            },
        )))
    }

    /// The switch whose skipped labels include `date`, if any.
    pub fn switch_skipping(&self, date: Ymd) -> Option<&'static Switch> {
        self.switches
            .iter()
            .find(|s| s.last < date && date < s.first)
    }

    /// The first day on which the region used the Gregorian calendar for
    /// good, if it ever did.
    pub fn gregorian_since(&self) -> Option<RataDie> {
        match self.switches.last() {
            Some(s) if s.to == CivilCalendar::Gregorian => s.to.rata_die(s.first).ok(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn julian(y: i64, m: i64, d: i64) -> RataDie {
        CalendarKind::Julian.rata_die(y, m, d).unwrap()
    }

    #[test]
    fn the_swedish_calendar_is_read_only_while_sweden_counted_in_it() {
        let se = Region::find("SE").unwrap();
        let day = |y, m, d| se.own_reading(Ymd::new(y, m, d)).map(|r| r.day);
        // Its first day was Julian 29 February 1700, its last Julian 29
        // February 1712; either side of them Sweden counted in the Julian.
        assert_eq!(day(1700, 3, 1), Some(julian(1700, 2, 29)));
        assert_eq!(day(1700, 2, 29), None);
        assert_eq!(day(1700, 2, 28), None);
        assert_eq!(day(1707, 5, 13), Some(julian(1707, 5, 12)));
        assert_eq!(day(1704, 2, 29), Some(julian(1704, 2, 28)));
        assert_eq!(day(1712, 2, 29), Some(julian(1712, 2, 28)));
        assert_eq!(day(1712, 2, 30), Some(julian(1712, 2, 29)));
        assert_eq!(day(1712, 3, 1), None);
        assert_eq!(day(1707, 2, 30), None);
        assert_eq!(day(1707, 13, 1), None);
        // Finland was Swedish then, and counted so too.
        let fi = Region::find("FI").unwrap();
        assert_eq!(
            fi.own_reading(Ymd::new(1707, 5, 13)).map(|r| r.day),
            Some(julian(1707, 5, 12))
        );
    }

    #[test]
    fn only_sweden_and_finland_counted_in_a_calendar_of_their_own() {
        let own: Vec<_> = Region::all()
            .iter()
            .filter(|r| r.own_reading(Ymd::new(1707, 5, 13)).is_some())
            .map(|r| r.code)
            .collect();
        assert_eq!(own, ["SE", "FI"]);
    }
}
