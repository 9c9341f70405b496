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
    CalendarKind, CivilCalendar, DateError, GregorianDate, JulianDate, RataDie, Region, Ymd,
    month_name, offset, offset_span,
};
use crate::convert::weekday_name;
use crate::extract::{Decision, Kind, Mention, Side, YearSource};

/// How to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Check dates against this region's reforms: dates it skipped, and
    /// dual dating after it switched.
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
    /// The Gregorian date that the Julian side stands for.
    pub expected_gregorian: Option<GregorianDate>,
}

impl Checked {
    /// The most serious finding, if any.
    pub fn worst(&self) -> Option<&Finding> {
        self.findings.first()
    }
}

/// Checks one mention.
pub fn check(mention: Mention, options: &Options) -> Checked {
    let mut c = Checker {
        findings: Vec::new(),
        options,
    };
    let (verdict, expected_julian, expected_gregorian) = c.verdict(&mention);
    let mut findings = c.findings;
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
fn named(calendar: CalendarKind, day: RataDie) -> String {
    format!("{calendar} {}", calendar.ymd(day).long())
}

/// [`named`], with the dual year the text gives that day: "Julian 11
/// February 1731/2", as a historian reads it, not "… 1732".
fn named_as_written(calendar: CalendarKind, day: RataDie, side: &Side) -> String {
    let ymd = calendar.ymd(day);
    match side.dual_year {
        Some(dual) if dual.january == ymd.year => {
            format!("{calendar} {} {} {dual}", ymd.day, month_name(ymd.month))
        }
        _ => named(calendar, day),
    }
}

struct Checker<'o> {
    findings: Vec<Finding>,
    options: &'o Options,
}

impl Checker<'_> {
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
        let jd = j.map(|s| (s, day_of(s, CalendarKind::Julian)));
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
                invalid |= self.invalid(side, cal, d);
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

    /// An invalid-date finding for a side that does not exist.
    fn invalid(&mut self, whole: &Side, cal: CalendarKind, day: &Day) -> bool {
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
                match day_of(&last_day, cal) {
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
        let help = match (&side.year, err) {
            (Some(y), DateError::Day { .. })
                if other
                    .rata_die(
                        i64::from(y.value),
                        i64::from(side.month),
                        i64::from(side.day),
                    )
                    .is_ok() =>
            {
                Some(format!(
                    "{} is a {other} date only; are the calendars swapped?",
                    written(side, true)
                ))
            }
            (None, DateError::Day { max, .. }) => {
                Some(format!("{} has {max} days", month_name(side.month)))
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
        let (Some(written_day), Day::Known(day)) = (side.weekday, day_of(side, cal)) else {
            return;
        };
        let actual = day.weekday();
        if actual != written_day {
            self.push(
                Rule::WeekdayMismatch,
                side.span.clone(),
                format!(
                    "{} was a {}, not a {}",
                    named(cal, day),
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
        let to: CivilCalendar = cal.into();
        let Some(switch) = region
            .switches
            .iter()
            .find(|s| s.to == to && s.last < labels && labels < s.first)
        else {
            return;
        };
        let help = match day_of(side, cal) {
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
        for (js, gs, last) in ends {
            match (
                day_of(js, CalendarKind::Julian),
                day_of(gs, CalendarKind::Gregorian),
            ) {
                (Day::Known(jd), Day::Known(gd)) => {
                    if jd != gd {
                        if self.far_context_year(m, j, g, jd, gd) {
                            return Verdict::Undetermined;
                        }
                        self.inconsistent(m, j, g, jd, gd, last);
                        return Verdict::Inconsistent;
                    }
                    self.after_reform(m, jd);
                }
                // Without a year, where the pair fits is said once, of its
                // first days: a range's last days have the same year.
                _ => return self.without_year(m, j, g),
            }
        }
        Verdict::Consistent
    }

    fn inconsistent(
        &mut self,
        m: &Mention,
        j: &Side,
        g: &Side,
        jd: RataDie,
        gd: RataDie,
        last: bool,
    ) {
        let expected = CalendarKind::Gregorian.ymd(jd);
        let stated = CalendarKind::Gregorian.ymd(gd);
        let stated_text = if stated.year == expected.year {
            format!("{} {}", stated.day, month_name(stated.month))
        } else {
            stated.long().to_string()
        };
        let range = if last { "the last day: " } else { "" };
        let message = format!(
            "{range}{} is {}, not {stated_text}",
            named_as_written(CalendarKind::Julian, jd, j),
            named(CalendarKind::Gregorian, jd)
        );
        let mut help = Vec::new();
        if let Some(cause) = self.cause(m, j, g, jd, gd) {
            help.push(cause);
        }
        help.push(format!(
            "if {stated_text} (Gregorian) is right, the Julian date is {}",
            CalendarKind::Julian.ymd(gd).long()
        ));
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
    fn cause(&self, m: &Mention, j: &Side, g: &Side, jd: RataDie, gd: RataDie) -> Option<String> {
        let year = |s: &Side| s.year.as_ref().map_or(0, |y| y.value);
        // Labels swapped: read the other way round, the pair is right.
        if m.decided_by == Decision::Label {
            let swapped_j = CalendarKind::Julian.rata_die(
                i64::from(year(g)),
                i64::from(g.month),
                i64::from(g.day),
            );
            let swapped_g = CalendarKind::Gregorian.rata_die(
                i64::from(year(j)),
                i64::from(j.month),
                i64::from(j.day),
            );
            if let (Ok(a), Ok(b)) = (swapped_j, swapped_g) {
                if a == b {
                    return Some(format!(
                        "the labels are swapped: {} is the Julian date",
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
            let shifted = CalendarKind::Julian.rata_die(
                i64::from(year(j)) + step,
                i64::from(j.month),
                i64::from(j.day),
            );
            if shifted == Ok(gd) {
                return Some(format!(
                    "the Julian year is wrong: it should be {}",
                    year(j).saturating_add(step as i32)
                ));
            }
        }
        // The difference the writer used, and when it would have been right.
        let right = offset(jd);
        let used = right + (gd - jd);
        // The differences in use between 1582 and 2100 (10 to 13 days) are
        // the usual mix-up: today's 13 days for an 1812 date.
        if (10..=13).contains(&used) {
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
