//! `dualdate cal`: a month shown in both calendars, with a region's gaps.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use crate::calendar::{
    CalendarKind, CivilCalendar, DateError, RataDie, Region, Switch, Ymd, month_name,
};

/// Whose month to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// A month of one calendar, with the other calendar's dates beside.
    Calendar(CalendarKind),
    /// A month as a region lived it: its civil calendar, with the days it
    /// skipped left out, as `cal 9 1752` does.
    Region(&'static Region),
}

/// One day of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    /// The day.
    pub day: RataDie,
    /// The calendar of the big number.
    pub calendar: CivilCalendar,
    /// The date in that calendar.
    pub date: Ymd,
    /// The other calendar, shown in small numbers.
    pub other: CalendarKind,
    /// The date in the other calendar.
    pub other_date: Ymd,
}

/// A month to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Month {
    /// The year (astronomical).
    pub year: i32,
    /// The month.
    pub month: u8,
    /// Whose month it is.
    pub view: View,
    /// Its days in order.
    pub days: Vec<Day>,
    /// Switches whose skipped dates fall in this month.
    pub gaps: Vec<&'static Switch>,
}

/// The days of a month in a view.
///
/// # Errors
///
/// A [`DateError`] if the month is not 1–12 or the year is out of range.
pub fn month(year: i32, month: u8, view: View) -> Result<Month, DateError> {
    let y = i64::from(year);
    let m = i64::from(month);
    let last_of = |kind: CalendarKind| -> Result<(RataDie, RataDie), DateError> {
        let len = kind.days_in_month(year, month)?;
        Ok((
            kind.rata_die(y, m, 1)?,
            kind.rata_die(y, m, i64::from(len))?,
        ))
    };
    let other_of = |c: CivilCalendar| match c {
        CivilCalendar::Gregorian => CalendarKind::Julian,
        _ => CalendarKind::Gregorian,
    };
    let make = |day: RataDie, calendar: CivilCalendar| {
        let other = other_of(calendar);
        Day {
            day,
            calendar,
            date: calendar.ymd(day),
            other,
            other_date: other.ymd(day),
        }
    };
    let mut days = Vec::new();
    let mut gaps = Vec::new();
    match view {
        View::Calendar(kind) => {
            let (first, last) = last_of(kind)?;
            for n in 0..=(last - first) {
                days.push(make(first.checked_add(i64::from(n))?, kind.into()));
            }
        }
        View::Region(region) => {
            let (j_first, j_last) = last_of(CalendarKind::Julian)?;
            let (g_first, g_last) = last_of(CalendarKind::Gregorian)?;
            // The civil month lies between the two calendars' months, give
            // or take the Swedish calendar's day.
            let from = j_first.min(g_first).checked_add(-2).unwrap_or(RataDie::MIN);
            let to = j_last.max(g_last).checked_add(2).unwrap_or(RataDie::MAX);
            for n in 0..=(to - from) {
                let day = from.checked_add(i64::from(n))?;
                let civil = region.civil_date(day);
                if (civil.date.year, civil.date.month) == (year, month) {
                    days.push(make(day, civil.calendar));
                }
            }
            gaps = region
                .switches
                .iter()
                .filter(|s| {
                    s.skipped().is_some_and(|(a, b)| {
                        (a.year, a.month) == (year, month) || (b.year, b.month) == (year, month)
                    })
                })
                .collect();
        }
    }
    Ok(Month {
        year,
        month,
        view,
        days,
        gaps,
    })
}

/// Colours and emphasis for the grid.
#[derive(Debug, Clone, Copy, Default)]
pub struct Styles {
    /// The title.
    pub title: Style,
    /// The weekday header.
    pub header: Style,
    /// The other calendar's numbers.
    pub other: Style,
    /// Days of a calendar other than the month's main one.
    pub switched: Style,
    /// The notes about skipped days.
    pub note: Style,
}

impl Styles {
    /// The styles for a colour terminal (`anstream` strips them elsewhere).
    pub fn colored() -> Styles {
        Styles {
            title: Style::new().bold(),
            header: Style::new().underline(),
            other: Style::new().dimmed(),
            switched: Style::new().fg_color(Some(AnsiColor::Cyan.into())),
            note: Style::new().fg_color(Some(AnsiColor::Yellow.into())),
        }
    }
}

/// Each cell is the big number, a space, the small number: 5 columns, and
/// cells are 7 columns apart.
const CELL: usize = 7;

/// Renders a month as a grid, Monday first.
pub fn render(m: &Month, styles: &Styles) -> String {
    let mut out = String::new();
    let title = match m.view {
        View::Calendar(kind) => format!("{} {} ({kind})", month_name(m.month), year_text(m.year)),
        View::Region(r) => format!(
            "{} {} in {} ({})",
            month_name(m.month),
            year_text(m.year),
            r.name,
            r.code
        ),
    };
    let _ = writeln!(
        out,
        "{}{title}{}",
        styles.title.render(),
        styles.title.render_reset()
    );
    let header: String = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
        .iter()
        .map(|d| format!("{d:<CELL$}"))
        .collect();
    let _ = writeln!(
        out,
        "{}{}{}",
        styles.header.render(),
        header.trim_end(),
        styles.header.render_reset()
    );
    let main = m.days.first().map(|d| d.calendar);
    let mut week = String::new();
    let mut column = 0;
    if let Some(first) = m.days.first() {
        column = first.day.weekday().num_days_from_monday() as usize;
        week.push_str(&" ".repeat(column * CELL));
    }
    for d in &m.days {
        let big_style = if Some(d.calendar) == main {
            Style::new()
        } else {
            styles.switched
        };
        let _ = write!(
            week,
            "{}{:>2}{} {}{:<2}{}{}",
            big_style.render(),
            d.date.day,
            big_style.render_reset(),
            styles.other.render(),
            d.other_date.day,
            styles.other.render_reset(),
            " ".repeat(CELL - 5)
        );
        column += 1;
        if column == 7 {
            let _ = writeln!(out, "{}", week.trim_end());
            week.clear();
            column = 0;
        }
    }
    if column != 0 {
        let _ = writeln!(out, "{}", week.trim_end());
    }
    for line in legend(m) {
        let _ = writeln!(out, "{line}");
    }
    for s in &m.gaps {
        let Some((a, b)) = s.skipped() else { continue };
        let skipped = a.long_to(b);
        let _ = writeln!(
            out,
            "{}{skipped} never happened here: {} {} was followed by {} {}.{}",
            styles.note.render(),
            s.from,
            s.last.long(),
            s.to,
            s.first.long(),
            styles.note.render_reset()
        );
    }
    out
}

/// "Small numbers: Gregorian 13 February – 13 March 1918", per stretch of
/// days with the same pair of calendars.
fn legend(m: &Month) -> Vec<String> {
    let mut lines = Vec::new();
    let mut stretch: Option<(&Day, &Day)> = None;
    let flush = |lines: &mut Vec<String>, (a, b): (&Day, &Day)| {
        lines.push(format!(
            "{} {}–{}: {} {} – {}",
            a.calendar,
            a.date.day,
            b.date.day,
            a.other,
            a.other_date.long(),
            b.other_date.long()
        ));
    };
    for d in &m.days {
        stretch = match stretch {
            Some((a, _)) if a.calendar == d.calendar => Some((a, d)),
            Some(s) => {
                flush(&mut lines, s);
                Some((d, d))
            }
            None => Some((d, d)),
        };
    }
    if let Some(s) = stretch {
        flush(&mut lines, s);
    }
    lines
}

fn year_text(year: i32) -> String {
    crate::calendar::year::YearDisplay(year).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(year: i32, m: u8, view: View) -> String {
        render(&month(year, m, view).unwrap(), &Styles::default())
    }

    #[test]
    fn britain_september_1752_skips_eleven_days() {
        let out = plain(1752, 9, View::Region(Region::find("GB").unwrap()));
        let expected = "\
September 1752 in Great Britain (GB)
Mo     Tu     We     Th     Fr     Sa     Su
        1 12   2 13  14 3   15 4   16 5   17 6
18 7   19 8   20 9   21 10  22 11  23 12  24 13
25 14  26 15  27 16  28 17  29 18  30 19
Julian 1–2: Gregorian 12 September 1752 – 13 September 1752
Gregorian 14–30: Julian 3 September 1752 – 19 September 1752
3–13 September 1752 never happened here: Julian 2 September 1752 was followed by Gregorian 14 September 1752.
";
        assert_eq!(out, expected);
    }

    #[test]
    fn russia_february_1918_has_fifteen_days() {
        let m = month(1918, 2, View::Region(Region::find("RU").unwrap())).unwrap();
        assert_eq!(m.days.len(), 15);
        assert_eq!(m.days[0].date, Ymd::new(1918, 2, 14));
        assert_eq!(m.days[0].other_date, Ymd::new(1918, 2, 1));
        assert_eq!(m.gaps.len(), 1);
    }

    #[test]
    fn sweden_february_1712_has_thirty_days() {
        let m = month(1712, 2, View::Region(Region::find("SE").unwrap())).unwrap();
        assert_eq!(m.days.len(), 30);
        assert_eq!(m.days[29].date, Ymd::new(1712, 2, 30));
        assert!(
            m.gaps.is_empty(),
            "30 February 1712 was followed by 1 March: nothing skipped"
        );
        let m = month(1700, 2, View::Region(Region::find("SE").unwrap())).unwrap();
        assert_eq!(m.gaps.len(), 1);
        assert!(render(&m, &Styles::default()).contains("29 February 1700 never happened here"));
    }

    #[test]
    fn plain_calendar_months() {
        let m = month(1917, 10, View::Calendar(CalendarKind::Julian)).unwrap();
        assert_eq!(m.days.len(), 31);
        assert_eq!(m.days[24].other_date, Ymd::new(1917, 11, 7));
        assert!(month(1917, 13, View::Calendar(CalendarKind::Julian)).is_err());
        assert!(month(i32::MAX, 1, View::Calendar(CalendarKind::Julian)).is_err());
    }
}
