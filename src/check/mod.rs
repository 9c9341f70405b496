//! Checking: decides whether each mention is right, and says what is
//! wrong the way a linter does. Pure: mentions in, verdicts out.
//!
//! ```
//! use dualdate::check::{self, Rule, Verdict};
//! use dualdate::extract::{self, Options};
//!
//! let text = "2 January 1918. The break ended 30 December [5 January].";
//! let mention = extract::extract(text, &Options::default()).remove(0);
//! let checked = check::check(mention, &check::Options::default());
//! assert_eq!(checked.verdict, Verdict::Inconsistent);
//! assert_eq!(checked.findings[0].rule, Rule::Inconsistent);
//! assert_eq!(
//!     checked.findings[0].message,
//!     "Julian 30 December 1917 is Gregorian 12 January 1918, not 5 January"
//! );
//! ```

mod rule;

use std::ops::Range;

pub use rule::{Rule, Severity};

use crate::calendar::{
    CalendarKind, CivilCalendar, DateError, GregorianDate, JulianDate, OwnReading, RataDie, Region,
    Switch, Ymd, month_name, offset, offset_span,
};
use crate::convert::weekday_name;
use crate::extract::{Decision, Kind, Mention, Side, YearSource};

/// How to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Check dates against this region's reforms: dates it skipped, dual
    /// dating after it switched, and the Old Style dates of years in which
    /// it counted in a calendar of its own (Sweden's of 1700–1712), which
    /// may be dated in that calendar instead of the Julian.
    pub region: Option<&'static Region>,
}

/// One problem with a mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule.
    pub rule: Rule,
    /// How serious (the rule's severity).
    pub severity: Severity,
    /// Byte span in the input.
    pub span: Range<usize>,
    /// What is wrong.
    pub message: String,
    /// What to do about it, or what the likely cause is.
    pub help: Option<String>,
}

/// The overall judgement of a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Both sides are the same day (and match any weekday written).
    Consistent,
    /// The sides are not the same day.
    Inconsistent,
    /// A side does not exist in its calendar.
    Invalid,
    /// One side of a pair only.
    Partial,
    /// A single date (labelled, or with a dual year).
    Single,
    /// Could not be decided (no year).
    Undetermined,
}

impl Verdict {
    /// The lower-case name used in output.
    pub const fn name(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Inconsistent => "inconsistent",
            Verdict::Invalid => "invalid",
            Verdict::Partial => "partial",
            Verdict::Single => "single",
            Verdict::Undetermined => "undetermined",
        }
    }
}

/// A mention with its verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The mention as extracted.
    pub mention: Mention,
    /// The verdict.
    pub verdict: Verdict,
    /// The problems found, most serious first.
    pub findings: Vec<Finding>,
    /// The Julian date that the Gregorian side stands for (for a range,
    /// its first day), when that side is a valid date with a year.
    pub expected_julian: Option<JulianDate>,
    /// The Gregorian date that the Julian side stands for; where that side
    /// is read in the region's own calendar (a [`Rule::OwnCalendar`] note),
    /// the Gregorian date of that reading.
    pub expected_gregorian: Option<GregorianDate>,
    /// The calendar the Old Style side is read in: the Julian, or the
    /// region's own where a [`Rule::OwnCalendar`] note says so (Sweden's,
    /// 1700–1712).
    pub old_style_calendar: CivilCalendar,
}

impl Checked {
    /// The most serious finding, if any.
    pub fn worst(&self) -> Option<&Finding> {
        self.findings.first()
    }
}

/// Checks one mention.
pub fn check(mention: Mention, options: &Options) -> Checked {
    let julian = Checker::run(&mention, options, None);
    // Where the region counted in a calendar of its own (Sweden, 1 March
    // 1700 to 30 February 1712), its documents give the Old Style date in
    // that calendar, while historians, and writers of the time too, often
    // give it in the Julian. The mention is read both ways: the region's
    // reading is taken, with a note, only where it leaves the mention less
    // wrong (no date that does not exist, then no error at all); on a tie
    // the Julian reading stands.
    let own = options.region.and_then(|region| {
        let (note, calendar) = own_calendar_note(region, &mention)?;
        let mut run = Checker::run(&mention, options, Some(region));
        (run.wrongness() < julian.wrongness()).then(|| {
            run.findings.push(note);
            (run, calendar)
        })
    });
    let (run, old_style_calendar) = own.unwrap_or((julian, CivilCalendar::Julian));
    let Run {
        verdict,
        mut findings,
        expected_julian,
        expected_gregorian,
    } = run;
    // Most serious first, then in text order; stable for equal ones.
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.span.start.cmp(&b.span.start))
    });
    Checked {
        mention,
        verdict,
        findings,
        expected_julian,
        expected_gregorian,
        old_style_calendar,
    }
}

/// One reading of a mention: its verdict, findings and counterparts.
struct Run {
    verdict: Verdict,
    findings: Vec<Finding>,
    expected_julian: Option<JulianDate>,
    expected_gregorian: Option<GregorianDate>,
}

impl Run {
    /// How wrong the mention is in this reading, least first: whether a
    /// date does not exist, then whether there is any error.
    fn wrongness(&self) -> (bool, bool) {
        (
            self.findings.iter().any(|f| f.rule == Rule::InvalidDate),
            self.findings.iter().any(|f| f.severity == Severity::Error),
        )
    }
}

/// A side's labels, if it has a year and they fit a [`Ymd`].
fn labels_of(side: &Side) -> Option<Ymd> {
    let year = side.year.as_ref()?.value;
    Some(Ymd::new(year, side.month, u8::try_from(side.day).ok()?))
}

/// The day an Old Style side names in the region's own calendar, if the
/// region counted in one on that day.
fn own_reading(region: &Region, side: &Side) -> Option<OwnReading> {
    region.own_reading(labels_of(side)?)
}

/// "which Sweden used from 1 March 1700 to 30 February 1712".
fn own_era(region: &Region, reading: &OwnReading) -> String {
    era_of(region.name, reading)
}

/// [`own_era`] for `who`, a region's name or several.
fn era_of(who: &str, reading: &OwnReading) -> String {
    let mut s = format!("which {who} used");
    if let Some(since) = reading.since {
        s.push_str(&format!(" from {}", since.long()));
    }
    if let Some(until) = reading.until {
        s.push_str(&format!(" to {}", until.long()));
    }
    s
}

/// The note for a mention whose Old Style side is read in the region's own
/// calendar (at its first day, or at a range's last day if only that one
/// falls in the calendar's years; a range wholly in them is read whole),
/// and that calendar; `None` if no day of it does.
fn own_calendar_note(region: &Region, m: &Mention) -> Option<(Finding, CivilCalendar)> {
    let side = m.julian.as_ref()?;
    // A range, of a pair or of one labelled side ("29–30 February 1712
    // O.S."), by its last day too.
    let range_end = side.day_end.map(|_| side.last_day());
    let last_reading = range_end
        .as_ref()
        .and_then(|last| Some((last, own_reading(region, last)?)));
    // The day read, and the last day read: a range's, where the whole
    // range is in the calendar's years, or else the one read.
    let (end, reading, last, last_read) = match (own_reading(region, side), last_reading) {
        (Some(first), Some((last, l))) => (side, first, last, l.day),
        (Some(first), None) => (side, first, side, first.day),
        (None, Some((last, l))) => (last, l, last, l.day),
        (None, None) => return None,
    };
    let cal = reading.calendar;
    let labels = match (labels_of(end), labels_of(last)) {
        (Some(first), Some(last)) => first.long_to(last),
        _ => written(end, true),
    };
    let span = |kind: CalendarKind, first, last| kind.ymd(first).long_to(kind.ymd(last));
    let message = format!(
        "{labels} is read in the {cal} calendar, {}: it is Julian {}, Gregorian {}",
        own_era(region, &reading),
        span(CalendarKind::Julian, reading.day, last_read),
        span(CalendarKind::Gregorian, reading.day, last_read)
    );
    let julian = day_of(end, CalendarKind::Julian);
    // How far the calendar ran from the Julian: at this date, or, where it
    // is not a Julian date (30 February 1712), at the calendar's first day.
    let ahead = [labels_of(end), reading.since]
        .into_iter()
        .flatten()
        .find_map(|ymd| {
            let (y, m, d) = (
                i64::from(ymd.year),
                i64::from(ymd.month),
                i64::from(ymd.day),
            );
            Some(CalendarKind::Julian.rata_die(y, m, d).ok()? - cal.rata_die(ymd).ok()?)
        });
    let mut help = match ahead.filter(|&n| n != 0) {
        Some(n) => format!(
            "{}'s calendar ran {} {} the Julian then, and its documents were dated in it",
            region.name,
            days(n.abs()),
            if n < 0 { "behind" } else { "ahead of" }
        ),
        None => format!("{} dated its documents in it then", region.name),
    };
    // With the New Style date beside it, or a weekday, the text itself
    // chose the reading.
    let why = match (&m.gregorian, side.weekday) {
        (Some(_), _) => format!("the New Style date fits only the {cal} reading"),
        (None, Some(weekday)) => format!(
            "the weekday, {}, fits only the {cal} reading",
            weekday_name(weekday)
        ),
        (None, None) => "check which calendar the source uses".to_owned(),
    };
    match (julian, day_of(last, CalendarKind::Julian)) {
        (Day::Known(day), Day::Known(last_day)) => help.push_str(&format!(
            "; writers of the time and historians since often give the Julian date instead: \
             read as Julian, {labels} would be Gregorian {}; {}",
            span(CalendarKind::Gregorian, day, last_day),
            why
        )),
        _ => help.push_str(&format!("; {labels} is a date of the {cal} calendar only")),
    }
    let note = Finding {
        rule: Rule::OwnCalendar,
        severity: Rule::OwnCalendar.severity(),
        span: m.span.clone(),
        message,
        help: Some(help),
    };
    Some((note, cal))
}

/// Where the Old Style date `labels` is a date of a region's own calendar,
/// and for a pair is right in it for the Gregorian day `gd`: which
/// regions, and the option to check with ("in the Swedish calendar, which
/// Sweden and Finland used …, 13 May 1707 is Gregorian 23 May 1707: check
/// with --region SE or FI").
fn own_calendar_hint(labels: Ymd, gd: Option<RataDie>) -> Option<String> {
    let fits: Vec<(&Region, OwnReading)> = Region::all()
        .iter()
        .filter_map(|region| Some((region, region.own_reading(labels)?)))
        .filter(|(_, r)| gd.is_none_or(|gd| r.day == gd))
        .collect();
    let (_, reading) = fits.first()?;
    let names: Vec<&str> = fits.iter().map(|(r, _)| r.name).collect();
    let codes: Vec<&str> = fits.iter().map(|(r, _)| r.code).collect();
    Some(format!(
        "in the {} calendar, {}, {} is Gregorian {}: check with --region {}",
        reading.calendar,
        era_of(&names.join(" and "), reading),
        labels.long(),
        CalendarKind::Gregorian.ymd(reading.day).long(),
        codes.join(" or ")
    ))
}

/// "one day", "2 days".
fn days(n: i32) -> String {
    if n == 1 {
        "one day".to_owned()
    } else {
        format!("{n} days")
    }
}

/// How many years from the span of years in which a pair's difference was
/// right a year found before it may be for the pair to be judged in it
/// (see [`Checker::far_context_year`]): "26 October (7 November)" in a
/// letter of 1917 is a slip, the 12 days of 1800–1900; "27 June (8 July)"
/// after a date of 2021 is not dated by it.
const FAR_YEARS: i32 = 50;

/// A side's day, once its year is known and the date exists.
enum Day {
    Known(RataDie),
    NoYear,
    Invalid(DateError),
}

fn day_of(side: &Side, calendar: CalendarKind) -> Day {
    let Some(year) = &side.year else {
        return Day::NoYear;
    };
    let (month, day) = (i64::from(side.month), i64::from(side.day));
    match calendar.rata_die(i64::from(year.value), month, day) {
        Ok(rd) => Day::Known(rd),
        Err(e) => Day::Invalid(e),
    }
}

/// "5 January", "5 January 1918": a side as written, the year only if
/// known.
fn written(side: &Side, with_year: bool) -> String {
    let mut s = format!("{} {}", side.day, month_name(side.month));
    if let (true, Some(y)) = (with_year, &side.year) {
        s.push(' ');
        s.push_str(&crate::calendar::year::YearDisplay(y.value).to_string());
    }
    s
}

/// A date written out with its calendar: "Julian 30 December 1917".
fn named(calendar: CivilCalendar, day: RataDie) -> String {
    format!("{calendar} {}", calendar.ymd(day).long())
}

/// [`named`], with the dual year the text gives that day: "Julian 11
/// February 1731/2", as a historian reads it, not "… 1732".
fn named_as_written(calendar: CivilCalendar, day: RataDie, side: &Side) -> String {
    let ymd = calendar.ymd(day);
    match side.dual_year {
        Some(dual) if dual.january == ymd.year => {
            format!("{calendar} {} {} {dual}", ymd.day, month_name(ymd.month))
        }
        _ => named(calendar, day),
    }
}

/// The day a side's month and day name in a year of a calendar.
fn on(calendar: CivilCalendar, year: i32, side: &Side) -> Option<RataDie> {
    let day = u8::try_from(side.day).ok()?;
    calendar.rata_die(Ymd::new(year, side.month, day)).ok()
}

struct Checker<'o> {
    findings: Vec<Finding>,
    options: &'o Options,
    /// In the region's reading, the region in whose own calendar an Old
    /// Style side is read on the days it counted in it; `None` in the
    /// Julian reading.
    own: Option<&'static Region>,
}

impl Checker<'_> {
    /// Checks a mention in one reading: the Julian, or with `own` the
    /// region's.
    fn run(m: &Mention, options: &Options, own: Option<&'static Region>) -> Run {
        let mut c = Checker {
            findings: Vec::new(),
            options,
            own,
        };
        let (verdict, expected_julian, expected_gregorian) = c.verdict(m);
        Run {
            verdict,
            findings: c.findings,
            expected_julian,
            expected_gregorian,
        }
    }

    /// A side's day, and the calendar it is counted in: its own, but an Old
    /// Style side in the region's reading is counted in the region's own
    /// calendar where the region counted in it on the day its labels name.
    fn day(&self, side: &Side, cal: CalendarKind) -> (CivilCalendar, Day) {
        if cal == CalendarKind::Julian {
            if let Some(r) = self.own.and_then(|region| own_reading(region, side)) {
                return (r.calendar, Day::Known(r.day));
            }
        }
        (cal.into(), day_of(side, cal))
    }

    fn push(&mut self, rule: Rule, span: Range<usize>, message: String, help: Option<String>) {
        self.findings.push(Finding {
            rule,
            severity: rule.severity(),
            span,
            message,
            help,
        });
    }

    fn verdict(&mut self, m: &Mention) -> (Verdict, Option<JulianDate>, Option<GregorianDate>) {
        let (j, g) = (m.julian.as_ref(), m.gregorian.as_ref());
        let jd = j.map(|s| (s, self.day(s, CalendarKind::Julian).1));
        let gd = g.map(|s| (s, day_of(s, CalendarKind::Gregorian)));
        let known = |d: &Option<(&Side, Day)>| match d {
            Some((_, Day::Known(rd))) => Some(*rd),
            _ => None,
        };
        let expected_gregorian = known(&jd).map(GregorianDate::from_rata_die);
        let expected_julian = known(&gd).map(JulianDate::from_rata_die);

        // Dates that do not exist.
        let mut invalid = false;
        for (side, cal, day) in [
            (j, CalendarKind::Julian, &jd),
            (g, CalendarKind::Gregorian, &gd),
        ] {
            if let (Some(side), Some((_, d))) = (side, day) {
                let other = match cal {
                    CalendarKind::Julian => known(&gd),
                    CalendarKind::Gregorian => known(&jd),
                };
                invalid |= self.invalid(side, cal, d, other);
            }
        }
        for (side, cal) in [(j, CalendarKind::Julian), (g, CalendarKind::Gregorian)] {
            if let Some(side) = side {
                self.weekday(side, cal);
                self.dual_year(side, cal);
            }
        }
        if let (Some(a), Some(b)) = (j, g) {
            if a.label.is_some() && a.label == b.label {
                let cal = a.label.map_or("", |l| {
                    if l == CalendarKind::Julian {
                        "Julian (Old Style)"
                    } else {
                        "Gregorian (New Style)"
                    }
                });
                self.push(
                    Rule::LabelConflict,
                    m.span.clone(),
                    format!("both dates are labelled {cal}"),
                    Some("one of the two labels is wrong; the dates say which".to_owned()),
                );
                return (Verdict::Inconsistent, expected_julian, expected_gregorian);
            }
        }
        if invalid {
            return (Verdict::Invalid, expected_julian, expected_gregorian);
        }
        let verdict = match (m.kind, j, g) {
            (Kind::Pair | Kind::Range, Some(a), Some(b)) => self.pair(m, a, b),
            (Kind::Partial, _, _) => {
                self.partial(
                    m,
                    jd.as_ref()
                        .map(|(s, d)| (*s, d, CalendarKind::Julian))
                        .or(gd.as_ref().map(|(s, d)| (*s, d, CalendarKind::Gregorian))),
                );
                Verdict::Partial
            }
            _ => {
                for (side, cal) in [(j, CalendarKind::Julian), (g, CalendarKind::Gregorian)] {
                    if let Some(side) = side {
                        self.reform_gap(side, cal);
                        if side.year.is_none() {
                            self.push(
                                Rule::YearUnknown,
                                side.span.clone(),
                                format!(
                                    "no year is given for {}, nor found before it",
                                    written(side, false)
                                ),
                                Some("write the year, or pass --year".to_owned()),
                            );
                        }
                    }
                }
                if m.kind == Kind::Single || m.kind == Kind::DualYear {
                    Verdict::Single
                } else {
                    Verdict::Undetermined
                }
            }
        };
        (verdict, expected_julian, expected_gregorian)
    }

    /// An invalid-date finding for a side that does not exist; `other` is
    /// the day the pair's other side names, where it exists.
    fn invalid(
        &mut self,
        whole: &Side,
        cal: CalendarKind,
        day: &Day,
        other_day: Option<RataDie>,
    ) -> bool {
        // The side as the finding names it: a range by its last day if
        // that is the one that does not exist.
        let last_day;
        let mut side = whole;
        let err = match (day, &whole.year) {
            (Day::Invalid(e), _) => *e,
            // Without a year, only day and month can be judged (a leap year
            // lets 29 February pass).
            (Day::NoYear, _) => {
                match cal.rata_die(2000, i64::from(side.month), i64::from(side.day)) {
                    Err(e @ (DateError::Day { .. } | DateError::Month { .. })) => e,
                    _ => return false,
                }
            }
            // A range's first day exists; its last day may not.
            (Day::Known(_), _) if whole.day_end.is_some() => {
                last_day = whole.last_day();
                match self.day(&last_day, cal).1 {
                    Day::Invalid(e) => {
                        side = &last_day;
                        e
                    }
                    _ => return false,
                }
            }
            (Day::Known(_), _) => return false,
        };
        let other = cal.other();
        // The side's labels as a date of the other calendar, if they are one.
        let as_other = match day_of(side, other) {
            Day::Known(day) => Some(day),
            Day::NoYear | Day::Invalid(_) => None,
        };
        let help = match (&side.year, as_other, err) {
            (_, Some(as_other), DateError::Day { .. }) => {
                // Swapped, the two sides would be one day: the other side's
                // labels in this calendar are this side's day in the other.
                let swapped = other_day.is_none_or(|d| {
                    let labels = other.ymd(d);
                    cal.rata_die(
                        i64::from(labels.year),
                        i64::from(labels.month),
                        i64::from(labels.day),
                    ) == Ok(as_other)
                });
                Some(match other_day {
                    Some(d) if !swapped => format!(
                        "{} is a {other} date only, and {other} {} is {cal} {}",
                        written(side, true),
                        other.ymd(d).long(),
                        cal.ymd(d).long()
                    ),
                    _ => format!(
                        "{} is a {other} date only; are the calendars swapped?",
                        written(side, true)
                    ),
                })
            }
            (None, _, DateError::Day { max, .. }) => {
                Some(format!("{} has {max} days", month_name(side.month)))
            }
            // "30 February 1712": a date of Sweden's own calendar.
            (Some(_), _, _) if cal == CalendarKind::Julian && self.options.region.is_none() => {
                labels_of(side).and_then(|labels| own_calendar_hint(labels, None))
            }
            _ => None,
        };
        let message = match err {
            DateError::Day { .. } | DateError::Month { .. } if side.year.is_none() => {
                format!(
                    "{} does not exist: {}",
                    written(side, false),
                    no_year_error(err)
                )
            }
            _ => format!("{cal} {} does not exist: {err}", written(side, true)),
        };
        self.push(Rule::InvalidDate, side.span.clone(), message, help);
        true
    }

    fn weekday(&mut self, side: &Side, cal: CalendarKind) {
        let (civil, day) = self.day(side, cal);
        let (Some(written_day), Day::Known(day)) = (side.weekday, day) else {
            return;
        };
        let actual = day.weekday();
        if actual != written_day {
            self.push(
                Rule::WeekdayMismatch,
                side.span.clone(),
                format!(
                    "{} was a {}, not a {}",
                    named(civil, day),
                    weekday_name(actual),
                    weekday_name(written_day)
                ),
                None,
            );
        }
    }

    fn dual_year(&mut self, side: &Side, cal: CalendarKind) {
        let Some(dual) = side.dual_year else { return };
        if cal != CalendarKind::Julian {
            return;
        }
        if let Err(e) = dual.year_for(side.month, u8::try_from(side.day).unwrap_or(u8::MAX)) {
            let help = match e {
                crate::calendar::DualYearError::NotConsecutive(d) => Some(format!(
                    "the second year of a dual year is the year after the first: {}/{}",
                    d.historical,
                    d.historical.saturating_add(1)
                )),
                _ => Some(format!(
                    "from 25 March on the two year numbers agree: write {0} (the date is read \
                     in {0})",
                    dual.historical
                )),
            };
            self.push(Rule::DualYearMisuse, side.span.clone(), e.to_string(), help);
        }
    }

    /// A date of a single-calendar mention that the region skipped.
    fn reform_gap(&mut self, side: &Side, cal: CalendarKind) {
        let (Some(region), Some(year)) = (self.options.region, &side.year) else {
            return;
        };
        let labels = Ymd::new(
            year.value,
            side.month,
            u8::try_from(side.day).unwrap_or(u8::MAX),
        );
        let day = self.day(side, cal).1;
        // A switch into the side's calendar skipped it; an Old Style date's
        // count goes on in a region's own calendar too, so the day Sweden
        // dropped to start its own, 29 February 1700, never happened there.
        let counted_in =
            |s: &Switch| (s.to == CivilCalendar::Gregorian) == (cal == CalendarKind::Gregorian);
        let Some(switch) = region
            .switches
            .iter()
            .find(|s| counted_in(s) && s.last < labels && labels < s.first)
        else {
            return;
        };
        let help = match day {
            Day::Known(day) => {
                let civil = region.civil_date(day);
                Some(format!(
                    "that day was {} {} there",
                    civil.calendar,
                    civil.date.long()
                ))
            }
            _ => None,
        };
        self.push(
            Rule::ReformGap,
            side.span.clone(),
            format!(
                "{} never happened in {}: {} {} was followed by {} {}",
                labels.long(),
                region.name,
                switch.from,
                switch.last.long(),
                switch.to,
                switch.first.long()
            ),
            help,
        );
    }

    /// One side of a pair: say what the other is.
    fn partial(&mut self, m: &Mention, side: Option<(&Side, &Day, CalendarKind)>) {
        let Some((side, day, cal)) = side else { return };
        let other = cal.other();
        let cal = self.day(side, cal).0;
        let (message, help) = match day {
            Day::Known(d) => (
                format!(
                    "only the {cal} date is given: the {other} date is {}",
                    other.ymd(*d).long()
                ),
                Some(format!(
                    "write both: {} ({} {})",
                    written(side, false),
                    other.ymd(*d).day,
                    month_name(other.ymd(*d).month)
                )),
            ),
            _ => (
                format!("only the {cal} date is given, and no year to find the {other} one"),
                None,
            ),
        };
        self.push(Rule::PartialPair, m.span.clone(), message, help);
    }

    fn pair(&mut self, m: &Mention, j: &Side, g: &Side) -> Verdict {
        // A range is checked at its first and its last day.
        let last_days = (m.kind == Kind::Range).then(|| (j.last_day(), g.last_day()));
        let ends =
            std::iter::once((j, g, false)).chain(last_days.as_ref().map(|(jl, gl)| (jl, gl, true)));
        // The first day's Julian day, once read: a range's last day is
        // judged against it.
        let mut first_day = None;
        for (js, gs, last) in ends {
            match (
                self.day(js, CalendarKind::Julian),
                day_of(gs, CalendarKind::Gregorian),
            ) {
                ((jcal, Day::Known(jd)), Day::Known(gd)) => {
                    if jd != gd {
                        // A day read in the region's own calendar is in
                        // the years it was in force: its year is no stray.
                        if jcal == CivilCalendar::Julian && self.far_context_year(m, j, g, jd, gd) {
                            return Verdict::Undetermined;
                        }
                        let first = first_day.filter(|_| last);
                        self.inconsistent(m, js, gs, (jcal, jd), gd, first);
                        return Verdict::Inconsistent;
                    }
                    first_day = Some(jd);
                    self.after_reform(m, jd);
                }
                // Without a year, where the pair fits is said once, of its
                // first days: a range's last days have the same year.
                _ => return self.without_year(m, j, g),
            }
        }
        Verdict::Consistent
    }

    /// A pair that is not one day: `jd` is the Old Style side's day, with
    /// the calendar it is counted in; for a range's last day, `first` is
    /// its first day's (which was one day).
    fn inconsistent(
        &mut self,
        m: &Mention,
        j: &Side,
        g: &Side,
        (jcal, jd): (CivilCalendar, RataDie),
        gd: RataDie,
        first: Option<RataDie>,
    ) {
        let expected = CalendarKind::Gregorian.ymd(jd);
        let stated = CalendarKind::Gregorian.ymd(gd);
        let stated_text = if stated.year == expected.year {
            format!("{} {}", stated.day, month_name(stated.month))
        } else {
            stated.long().to_string()
        };
        let range = if first.is_some() {
            "the last day: "
        } else {
            ""
        };
        let message = format!(
            "{range}{} is {}, not {stated_text}",
            named_as_written(jcal, jd, j),
            named(CivilCalendar::Gregorian, jd)
        );
        let mut help = Vec::new();
        // A range whose first days agree and whose last are a day apart,
        // the calendars' difference the same at both ends, has one range a
        // day longer than the other: a slip.
        let slip = first.is_some_and(|first| offset(first) == offset(jd));
        let cause = match slip && (gd - jd).abs() == 1 {
            true => Some(
                "the first days agree, and one range is a day longer: a slip of one day".to_owned(),
            ),
            false => self.cause(m, j, g, (jcal, jd), gd),
        };
        help.extend(cause);
        // In the region's reading, the date the region gave that day: in
        // Sweden, Julian again after 30 February 1712.
        let then = match self.own.map(|region| region.calendar_on(gd)) {
            Some(civil) if jcal != CivilCalendar::Julian && civil != CivilCalendar::Gregorian => {
                civil
            }
            _ => jcal,
        };
        help.push(format!(
            "if {stated_text} (Gregorian) is right, the {then} date is {}",
            then.ymd(gd).long()
        ));
        // In the Julian reading, what the region's own calendar would make
        // of the date, where the region counted in one then.
        let own = match (self.own, self.options.region) {
            (None, Some(region)) if jcal == CivilCalendar::Julian => region
                .own_reading(CalendarKind::Julian.ymd(jd))
                .map(|r| (region, r)),
            _ => None,
        };
        if let Some((region, r)) = own {
            help.push(format!(
                "read in the {} calendar, {}, {} is Gregorian {}{}",
                r.calendar,
                own_era(region, &r),
                CalendarKind::Julian.ymd(jd).long(),
                CalendarKind::Gregorian.ymd(r.day).long(),
                if r.day == gd {
                    String::new()
                } else {
                    format!(", not {stated_text} either")
                }
            ));
        }
        // Without a region, the regions whose own calendar makes the pair
        // right: "13 maj (23 maj) 1707" is Swedish.
        // (First: it is the likeliest cause.)
        if self.options.region.is_none() && jcal == CivilCalendar::Julian {
            if let Some(hint) = own_calendar_hint(CalendarKind::Julian.ymd(jd), Some(gd)) {
                help.insert(0, hint);
            }
        }
        self.push(
            Rule::Inconsistent,
            m.span.clone(),
            message,
            Some(help.join("; ")),
        );
    }

    /// Whether a pair that is not one day has its year from the text before
    /// it, and is written with the calendars' difference of a century far
    /// from that year: then the year found, a date of another matter (a
    /// citation's "accessed 12 March 2021"), is more likely wrong than the
    /// pair. Reports that as a year not known instead of an inconsistency.
    fn far_context_year(
        &mut self,
        m: &Mention,
        j: &Side,
        g: &Side,
        jd: RataDie,
        gd: RataDie,
    ) -> bool {
        let Some(year) = j
            .year
            .as_ref()
            .filter(|y| matches!(y.source, YearSource::Context { .. }))
        else {
            return false;
        };
        let used = offset(jd) + (gd - jd);
        // The differences in use between 1582 and 2100.
        let Some((from, to)) = offset_span(used).filter(|_| (10..=13).contains(&used)) else {
            return false;
        };
        let near = from.year().saturating_sub(FAR_YEARS)..=to.year().saturating_add(FAR_YEARS);
        if near.contains(&year.value) {
            return false;
        }
        self.push(
            Rule::YearUnknown,
            m.span.clone(),
            format!(
                "no year is given for {} ({}); the year {} found before it does not fit: \
                 {used} days is the difference of {}–{}",
                written(j, false),
                written(g, false),
                crate::calendar::year::YearDisplay(year.value),
                crate::calendar::year::YearDisplay(from.year()),
                crate::calendar::year::YearDisplay(to.year()),
            ),
            Some("write the year, or pass --year".to_owned()),
        );
        true
    }

    /// The likely cause of an inconsistent pair, if one fits.
    /// `jd` is the Old Style side's day, with the calendar it is counted in.
    fn cause(
        &self,
        m: &Mention,
        j: &Side,
        g: &Side,
        (jcal, jd): (CivilCalendar, RataDie),
        gd: RataDie,
    ) -> Option<String> {
        let year = |s: &Side| s.year.as_ref().map_or(0, |y| y.value);
        // Labels swapped: read the other way round, the pair is right.
        if m.decided_by == Decision::Label {
            let swapped_j = on(jcal, year(g), g);
            let swapped_g = on(CivilCalendar::Gregorian, year(j), j);
            if let (Some(a), Some(b)) = (swapped_j, swapped_g) {
                if a == b {
                    return Some(format!(
                        "the labels are swapped: {} is the {jcal} date",
                        written(g, false)
                    ));
                }
            }
        }
        let expected = GregorianDate::from_rata_die(jd);
        // A wrong year on one side: the Gregorian side first, as the New
        // Style date is usually the one worked out.
        for step in [-1, 1] {
            let shifted = CalendarKind::Gregorian.rata_die(
                i64::from(year(g)) + step,
                i64::from(g.month),
                i64::from(g.day),
            );
            if shifted == Ok(jd) {
                return Some(format!(
                    "the Gregorian year is wrong: it should be {}",
                    expected.year()
                ));
            }
        }
        for step in [-1, 1] {
            let shifted = year(j).saturating_add(step);
            if on(jcal, shifted, j) == Some(gd) {
                return Some(format!("the {jcal} year is wrong: it should be {shifted}"));
            }
        }
        // The difference the writer used, and when it would have been right
        // (the Julian calendar's differences: none is said of another).
        let julian = jcal == CivilCalendar::Julian;
        let right = offset(jd);
        let used = right + (gd - jd);
        // The differences in use between 1582 and 2100 (10 to 13 days) are
        // the usual mix-up: today's 13 days for an 1812 date.
        if julian && (10..=13).contains(&used) {
            if let Some((from, to)) = offset_span(used) {
                return Some(format!(
                    "{used} days is the difference of another century ({}–{}); in {} it was {right} days",
                    crate::calendar::year::YearDisplay(from.year()),
                    crate::calendar::year::YearDisplay(to.year()),
                    crate::calendar::year::YearDisplay(year(j))
                ));
            }
        }
        if (gd - jd).abs() == 1 {
            return Some("the dates are one day apart: a slip of one day".to_owned());
        }
        if !julian {
            return None;
        }
        let when = offset_span(used).map(|(a, b)| {
            format!(
                "{}–{}",
                crate::calendar::year::YearDisplay(a.year()),
                crate::calendar::year::YearDisplay(b.year())
            )
        });
        let year_text = crate::calendar::year::YearDisplay(year(j));
        Some(match when {
            Some(span) => format!(
                "a {used}-day difference fits only {span}; in {year_text} it was {right} days"
            ),
            None => format!(
                "the dates are {used} days apart as written; in {year_text} the difference was {right} days"
            ),
        })
    }

    fn after_reform(&mut self, m: &Mention, day: RataDie) {
        let Some(region) = self.options.region else {
            return;
        };
        let Some(since) = region.gregorian_since() else {
            return;
        };
        if day >= since && !self.findings.iter().any(|f| f.rule == Rule::AfterReform) {
            self.push(
                Rule::AfterReform,
                m.span.clone(),
                format!(
                    "{} used the Gregorian calendar from {}; this date needs no Old Style twin there",
                    region.name,
                    CalendarKind::Gregorian.ymd(since).long()
                ),
                None,
            );
        }
    }

    /// A pair whose year is unknown: in which years does it fit?
    fn without_year(&mut self, m: &Mention, j: &Side, g: &Side) -> Verdict {
        let label = |s: &Side, y: i64| {
            CalendarKind::Gregorian
                .rata_die(y, i64::from(s.month), i64::from(s.day))
                .ok()
        };
        // The Gregorian side falls in the next year when the pair crosses
        // New Year (December, then January), the year before the other way.
        let shift = if j.month >= g.month + 6 {
            1
        } else if g.month >= j.month + 6 {
            -1
        } else {
            0
        };
        // The difference as written, counted from a leap year (2000) and a
        // common one (2001): they differ when the pair spans the end of
        // February ("23 February (8 March)" is 13 days apart in a common
        // year, 14 in a leap year).
        let apart = |jy: i64| Some(label(g, jy + shift)? - label(j, jy)?);
        let Some(leap) = apart(2000) else {
            return Verdict::Undetermined;
        };
        let common = apart(2001).filter(|&c| c != leap);
        let fits = |used| {
            offset_span(used).map(|(from, to)| {
                // From 2100 on the difference is still to come: a text
                // about the past has slipped.
                let slip = if from.year() >= 2100 {
                    ", years still to come: likely a slip of the pen"
                } else {
                    ""
                };
                format!(
                    "a {used}-day difference fits Julian {} to {}{slip}",
                    from.long(),
                    to.long()
                )
            })
        };
        let found = match common {
            None => fits(leap),
            Some(c) => match (fits(c), fits(leap)) {
                (Some(fc), Some(fl)) => Some(format!("in a common year {fc}, in a leap year {fl}")),
                (Some(fc), None) => Some(format!("in a common year {fc}")),
                (None, Some(fl)) => Some(format!("in a leap year {fl}")),
                (None, None) => None,
            },
        };
        let both = format!("{} ({})", written(j, false), written(g, false));
        match found {
            Some(fits) => {
                self.push(
                    Rule::YearUnknown,
                    m.span.clone(),
                    format!("no year is given for {both} nor found before it; {fits}"),
                    Some("write the year, or pass --year".to_owned()),
                );
                Verdict::Undetermined
            }
            None => {
                let apart = match common {
                    Some(c) => format!("{c} days apart in a common year and {leap} in a leap year"),
                    None => format!("{leap} days apart"),
                };
                self.push(
                    Rule::Inconsistent,
                    m.span.clone(),
                    format!(
                        "{} and {} are {apart}, which no year allows",
                        written(j, false),
                        written(g, false)
                    ),
                    None,
                );
                Verdict::Inconsistent
            }
        }
    }
}

/// A day/month error without its (made-up) year.
fn no_year_error(e: DateError) -> String {
    match e {
        DateError::Day {
            month, day, max, ..
        } => format!("day {day} is outside 1–{max} for {}", month_name(month)),
        other => other.to_string(),
    }
}

/// Checks every mention of a text.
pub fn check_all(mentions: Vec<Mention>, options: &Options) -> Vec<Checked> {
    mentions.into_iter().map(|m| check(m, options)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Weekday;
    use crate::extract::Year;

    /// A side as written, with its year.
    fn side(day: u32, month: u8, year: i32) -> Side {
        Side {
            span: 0..1,
            day,
            day_end: None,
            month,
            month_end: None,
            year: Some(Year {
                value: year,
                source: YearSource::Shared,
            }),
            dual_year: None,
            weekday: None,
            label: None,
        }
    }

    fn mention(kind: Kind, julian: Option<Side>, gregorian: Option<Side>) -> Mention {
        Mention {
            span: 0..10,
            kind,
            julian,
            gregorian,
            julian_first: true,
            decided_by: Decision::Convention,
        }
    }

    /// "13 May (23 May) 1707": an Old Style day and month, a New Style one.
    fn pair((jd, jm): (u32, u8), (gd, gm): (u32, u8), year: i32) -> Mention {
        mention(
            Kind::Pair,
            Some(side(jd, jm, year)),
            Some(side(gd, gm, year)),
        )
    }

    /// "30 February 1712 O.S.".
    fn old_style(day: u32, month: u8, year: i32) -> Mention {
        let mut s = side(day, month, year);
        s.label = Some(CalendarKind::Julian);
        mention(Kind::Single, Some(s), None)
    }

    fn checked(m: Mention, region: Option<&str>) -> Checked {
        let region = region.map(|code| Region::find(code).unwrap());
        check(m, &Options { region })
    }

    fn rules(c: &Checked) -> Vec<Rule> {
        c.findings.iter().map(|f| f.rule).collect()
    }

    fn help(c: &Checked, rule: Rule) -> String {
        c.findings
            .iter()
            .find(|f| f.rule == rule)
            .and_then(|f| f.help.clone())
            .unwrap_or_default()
    }

    #[test]
    fn a_pair_right_in_the_swedish_calendar_is_consistent_in_sweden_with_a_note() {
        let c = checked(pair((13, 5), (23, 5), 1707), Some("SE"));
        assert_eq!(
            (c.verdict, rules(&c)),
            (Verdict::Consistent, vec![Rule::OwnCalendar])
        );
        assert_eq!(
            c.findings[0].message,
            "13 May 1707 is read in the Swedish calendar, which Sweden used from 1 March 1700 \
             to 30 February 1712: it is Julian 12 May 1707, Gregorian 23 May 1707"
        );
        assert_eq!(
            help(&c, Rule::OwnCalendar),
            "Sweden's calendar ran one day ahead of the Julian then, and its documents were \
             dated in it; writers of the time and historians since often give the Julian date \
             instead: read as Julian, 13 May 1707 would be Gregorian 24 May 1707; the New Style \
             date fits only the Swedish reading"
        );
        assert_eq!(
            c.expected_gregorian.map(|d| d.to_string()).as_deref(),
            Some("1707-05-23")
        );
        assert_eq!(c.old_style_calendar, CivilCalendar::Swedish);
        // Read as Julian, the same pair is Julian.
        let c = checked(pair((13, 5), (23, 5), 1707), None);
        assert_eq!(c.old_style_calendar, CivilCalendar::Julian);
        // Finland was Swedish, and counted so too.
        let c = checked(pair((13, 5), (23, 5), 1707), Some("FI"));
        assert_eq!(rules(&c), vec![Rule::OwnCalendar]);
        assert!(c.findings[0].message.contains("which Finland used"));
    }

    #[test]
    fn a_pair_right_in_the_julian_calendar_passes_in_sweden_as_it_is() {
        for region in [None, Some("SE")] {
            let c = checked(pair((13, 5), (24, 5), 1707), region);
            assert_eq!((c.verdict, rules(&c)), (Verdict::Consistent, vec![]));
            assert_eq!(
                c.expected_gregorian.map(|d| d.to_string()).as_deref(),
                Some("1707-05-24")
            );
        }
    }

    #[test]
    fn without_sweden_the_swedish_reading_is_not_made() {
        for region in [None, Some("RU"), Some("GB"), Some("DE")] {
            let c = checked(pair((13, 5), (23, 5), 1707), region);
            assert_eq!(
                (c.verdict, rules(&c)),
                (Verdict::Inconsistent, vec![Rule::Inconsistent]),
                "{region:?}"
            );
            assert_eq!(
                c.findings[0].message,
                "Julian 13 May 1707 is Gregorian 24 May 1707, not 23 May"
            );
            // The reading is not made: without a region the help only
            // points to one (see the test below).
            let said = help(&c, Rule::Inconsistent).contains("Swedish");
            assert_eq!(said, region.is_none(), "{region:?}");
            assert!(!c.findings.iter().any(|f| f.rule == Rule::OwnCalendar));
        }
    }

    #[test]
    fn a_pair_that_fits_neither_calendar_says_what_the_swedish_one_gives() {
        let c = checked(pair((13, 5), (25, 5), 1707), Some("SE"));
        assert_eq!(
            (c.verdict, rules(&c)),
            (Verdict::Inconsistent, vec![Rule::Inconsistent])
        );
        assert_eq!(
            c.findings[0].message,
            "Julian 13 May 1707 is Gregorian 24 May 1707, not 25 May"
        );
        assert!(
            help(&c, Rule::Inconsistent).ends_with(
                "; read in the Swedish calendar, which Sweden used from 1 March 1700 to 30 \
                 February 1712, 13 May 1707 is Gregorian 23 May 1707, not 25 May either"
            ),
            "{}",
            help(&c, Rule::Inconsistent)
        );
        // Before and after the Swedish calendar, nothing is said of it.
        for (j, g, year) in [((20, 2), (3, 3), 1700), ((5, 3), (17, 3), 1712)] {
            let c = checked(pair(j, g, year), Some("SE"));
            assert_eq!(rules(&c), vec![Rule::Inconsistent]);
            assert!(!help(&c, Rule::Inconsistent).contains("Swedish"));
        }
    }

    #[test]
    fn the_swedish_calendar_runs_from_1_march_1700_to_30_february_1712() {
        let se = Some("SE");
        // Its first day: Swedish 1 March 1700 was Julian 29 February.
        let c = checked(pair((1, 3), (11, 3), 1700), se);
        assert_eq!(
            (c.verdict, rules(&c)),
            (Verdict::Consistent, vec![Rule::OwnCalendar])
        );
        // The day before was Julian 28 February, and Julian 29 February
        // 1700 is a Julian date (Sweden called that day 1 March).
        for j in [(28, 2), (29, 2)] {
            let g = (if j.0 == 28 { 10 } else { 11 }, 3);
            let c = checked(pair(j, g, 1700), se);
            assert_eq!((c.verdict, rules(&c)), (Verdict::Consistent, vec![]));
        }
        // After 30 February 1712, Julian again.
        let c = checked(pair((1, 3), (12, 3), 1712), se);
        assert_eq!((c.verdict, rules(&c)), (Verdict::Consistent, vec![]));
        let c = checked(pair((1, 3), (11, 3), 1712), se);
        assert_eq!(rules(&c), vec![Rule::Inconsistent]);
    }

    #[test]
    fn without_a_region_a_swedish_date_is_pointed_to_its_region() {
        let hint = "in the Swedish calendar, which Sweden and Finland used from 1 March 1700 \
                    to 30 February 1712, 13 May 1707 is Gregorian 23 May 1707: check with \
                    --region SE or FI; ";
        let c = checked(pair((13, 5), (23, 5), 1707), None);
        assert_eq!(rules(&c), vec![Rule::Inconsistent]);
        assert!(help(&c, Rule::Inconsistent).starts_with(hint), "{c:?}");
        // Not where the Swedish reading is wrong too, nor with a region.
        for (c, rule) in [
            (
                checked(pair((13, 5), (25, 5), 1707), None),
                Rule::Inconsistent,
            ),
            (
                checked(pair((13, 5), (23, 5), 1707), Some("RU")),
                Rule::Inconsistent,
            ),
            (
                checked(pair((13, 5), (23, 5), 1807), None),
                Rule::Inconsistent,
            ),
        ] {
            assert!(!help(&c, rule).contains("--region"), "{c:?}");
        }
        let c = checked(old_style(30, 2, 1712), None);
        assert_eq!(
            help(&c, Rule::InvalidDate),
            "in the Swedish calendar, which Sweden and Finland used from 1 March 1700 to 30 \
             February 1712, 30 February 1712 is Gregorian 11 March 1712: check with --region \
             SE or FI"
        );
        assert_eq!(
            help(&checked(old_style(30, 2, 1713), None), Rule::InvalidDate),
            ""
        );
    }

    #[test]
    fn twenty_nine_february_1700_never_happened_in_sweden() {
        let c = checked(old_style(29, 2, 1700), Some("SE"));
        assert_eq!(rules(&c), vec![Rule::ReformGap]);
        assert_eq!(
            c.findings[0].message,
            "29 February 1700 never happened in Sweden: Julian 28 February 1700 was followed \
             by Swedish 1 March 1700"
        );
        // Elsewhere, and the day before, it is a Julian date as any other.
        for (date, region) in [
            ((29, 2), Some("RU")),
            ((29, 2), None),
            ((28, 2), Some("SE")),
        ] {
            let c = checked(old_style(date.0, date.1, 1700), region);
            assert_eq!(rules(&c), vec![], "{date:?} {region:?}");
        }
    }

    #[test]
    fn thirty_february_1712_existed_in_sweden() {
        let c = checked(old_style(30, 2, 1712), None);
        assert_eq!(
            (c.verdict, rules(&c)),
            (Verdict::Invalid, vec![Rule::InvalidDate])
        );
        let c = checked(old_style(30, 2, 1712), Some("SE"));
        assert_eq!(
            (c.verdict, rules(&c)),
            (Verdict::Single, vec![Rule::OwnCalendar])
        );
        assert_eq!(
            help(&c, Rule::OwnCalendar),
            "Sweden's calendar ran one day ahead of the Julian then, and its documents were \
             dated in it; 30 February 1712 is a date of the Swedish calendar only"
        );
        let c = checked(pair((30, 2), (11, 3), 1712), Some("SE"));
        assert_eq!(
            (c.verdict, rules(&c)),
            (Verdict::Consistent, vec![Rule::OwnCalendar])
        );
        assert_eq!(
            c.findings[0].message,
            "30 February 1712 is read in the Swedish calendar, which Sweden used from 1 March \
             1700 to 30 February 1712: it is Julian 29 February 1712, Gregorian 11 March 1712"
        );
        // Wrong in Sweden too: said in the Swedish calendar, and the day
        // after it was Julian 1 March.
        let c = checked(pair((30, 2), (12, 3), 1712), Some("SE"));
        assert_eq!(
            (c.verdict, rules(&c)),
            (
                Verdict::Inconsistent,
                vec![Rule::Inconsistent, Rule::OwnCalendar]
            )
        );
        assert_eq!(
            c.findings[0].message,
            "Swedish 30 February 1712 is Gregorian 11 March 1712, not 12 March"
        );
        assert_eq!(
            help(&c, Rule::Inconsistent),
            "the dates are one day apart: a slip of one day; if 12 March (Gregorian) is right, \
             the Julian date is 1 March 1712"
        );
        // One side alone: its other side is the Swedish reading's.
        let c = checked(
            mention(Kind::Partial, Some(side(30, 2, 1712)), None),
            Some("SE"),
        );
        assert_eq!(
            (c.verdict, rules(&c)),
            (Verdict::Partial, vec![Rule::PartialPair, Rule::OwnCalendar])
        );
        assert_eq!(
            c.findings[0].message,
            "only the Swedish date is given: the Gregorian date is 11 March 1712"
        );
        // 30 February of another year is no date anywhere.
        let c = checked(old_style(30, 2, 1711), Some("SE"));
        assert_eq!(rules(&c), vec![Rule::InvalidDate]);
    }

    #[test]
    fn a_weekday_is_read_in_the_calendar_that_makes_it_right() {
        // Swedish 13 May 1707 was a Monday, Julian 13 May a Tuesday.
        let with = |weekday| {
            let mut m = old_style(13, 5, 1707);
            if let Some(s) = m.julian.as_mut() {
                s.weekday = Some(weekday);
            }
            m
        };
        let c = checked(with(Weekday::Mon), Some("SE"));
        assert_eq!(
            (c.verdict, rules(&c)),
            (Verdict::Single, vec![Rule::OwnCalendar])
        );
        let c = checked(with(Weekday::Mon), None);
        assert_eq!(rules(&c), vec![Rule::WeekdayMismatch]);
        let c = checked(with(Weekday::Tue), Some("SE"));
        assert_eq!(rules(&c), vec![]);
        let c = checked(with(Weekday::Wed), Some("SE"));
        assert_eq!(rules(&c), vec![Rule::WeekdayMismatch]);
        assert_eq!(
            c.findings[0].message,
            "Julian 13 May 1707 was a Tuesday, not a Wednesday"
        );
    }

    #[test]
    fn a_range_is_read_day_by_day_in_the_calendar_then_in_force() {
        // 28 February 1700 was Julian, 2 March Swedish (Julian 1 March).
        let range = |g_end| {
            let mut j = side(28, 2, 1700);
            (j.day_end, j.month_end) = (Some(2), Some(3));
            let mut g = side(10, 3, 1700);
            g.day_end = Some(g_end);
            mention(Kind::Range, Some(j), Some(g))
        };
        let c = checked(range(12), Some("SE"));
        assert_eq!(
            (c.verdict, rules(&c)),
            (Verdict::Consistent, vec![Rule::OwnCalendar])
        );
        assert!(
            c.findings[0]
                .message
                .starts_with("2 March 1700 is read in the Swedish calendar"),
            "{}",
            c.findings[0].message
        );
        let c = checked(range(13), Some("SE"));
        assert_eq!((c.verdict, rules(&c)), (Verdict::Consistent, vec![]));
    }

    #[test]
    fn a_range_wholly_in_the_calendar_is_named_whole() {
        // Swedish 13–14 May 1707 were Julian 12–13 May, Gregorian 23–24.
        let mut j = side(13, 5, 1707);
        j.day_end = Some(14);
        let mut g = side(23, 5, 1707);
        g.day_end = Some(24);
        let c = checked(mention(Kind::Range, Some(j), Some(g)), Some("SE"));
        assert_eq!(
            (c.verdict, rules(&c)),
            (Verdict::Consistent, vec![Rule::OwnCalendar])
        );
        assert_eq!(
            c.findings[0].message,
            "13–14 May 1707 is read in the Swedish calendar, which Sweden used from 1 March \
             1700 to 30 February 1712: it is Julian 12–13 May 1707, Gregorian 23–24 May 1707"
        );
        assert!(
            help(&c, Rule::OwnCalendar).ends_with(
                "read as Julian, 13–14 May 1707 would be Gregorian 24–25 May 1707; the New \
                 Style date fits only the Swedish reading"
            ),
            "{}",
            help(&c, Rule::OwnCalendar)
        );
    }

    #[test]
    fn a_labelled_range_alone_is_named_whole() {
        let mut m = old_style(29, 2, 1712);
        if let Some(s) = m.julian.as_mut() {
            s.day_end = Some(30);
        }
        let c = checked(m, Some("SE"));
        assert!(
            c.findings[0].message.starts_with(
                "29–30 February 1712 is read in the Swedish calendar, which Sweden used from 1 \
                 March 1700 to 30 February 1712: it is Julian 28–29 February 1712"
            ),
            "{}",
            c.findings[0].message
        );
    }

    #[test]
    fn a_single_date_read_by_its_weekday_says_so() {
        // Swedish 13 May 1707 was a Monday, Julian 13 May a Tuesday.
        let mut m = old_style(13, 5, 1707);
        if let Some(s) = m.julian.as_mut() {
            s.weekday = Some(Weekday::Mon);
        }
        let c = checked(m, Some("SE"));
        assert!(
            help(&c, Rule::OwnCalendar)
                .ends_with("; the weekday, Monday, fits only the Swedish reading"),
            "{}",
            help(&c, Rule::OwnCalendar)
        );
    }
}
