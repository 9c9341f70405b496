//! From what the text says to what it means: which side is Julian, and
//! which year each side is in.

use std::ops::Range;

use super::grammar::atoms::WrittenYear;
use super::grammar::date::WrittenDate;
use super::grammar::forms::{RawMention, RawSide, expected_offset};
use super::mention::{Decision, Kind, Mention, Side, Year, YearSource};
use super::{Options, Order};
use crate::calendar::{CalendarKind, DualYear, JulianDate};

/// A dated place in the text that later mentions take their year from.
#[derive(Debug, Clone)]
struct Anchor {
    span: Range<usize>,
    when: When,
    /// Under a year heading, the last mention of its section dated from it
    /// (see [`Resolver::context_year`]).
    last: Option<Place>,
}

/// A mention of a heading's section that took its year from the heading.
#[derive(Debug, Clone)]
struct Place {
    span: Range<usize>,
    /// The year, month and day of its first side.
    year: i32,
    month: u8,
    day: u32,
    /// How many years after the heading's year for that day it is: 1 once
    /// the section has gone on across New Year.
    later: i32,
}

/// What an anchor dates.
#[derive(Debug, Clone, Copy)]
enum When {
    /// A day, which the mentions after it are put closest to.
    Day { year: i32, month: u8, day: u32 },
    /// A month of a year ("December 1825"), every day of which is as close
    /// to the mentions after it as a day would be.
    Month { year: i32, month: u8 },
    /// A year heading, which holds every day of its year (of either year
    /// of a dual one: "== 1731/2 ==").
    Heading(WrittenYear),
}

/// Resolves mentions in text order, remembering the last dated place.
#[derive(Debug)]
pub(crate) struct Resolver<'o> {
    options: &'o Options,
    anchor: Option<Anchor>,
}

/// The years of texts dated in both calendars, from the Gregorian reform
/// to a few years after the last countries left the Julian: a number after
/// a pair in them is its year (see [`Resolver::tail_is_count`]).
pub(crate) const DUAL_DATING_YEARS: std::ops::RangeInclusive<i32> = 1582..=1930;

/// How many years from its context's year a number after a pair must be
/// to be taken for a count rather than its year (see
/// [`Resolver::tail_is_count`]).
const COUNT_DISTANCE: i64 = 50;

/// How many days two ranges of one span may differ in length, for a slip
/// of the pen ("25–26 October (7–9 November)").
const RANGE_SLIP: i64 = 7;

/// Days between two month-day labels, counting every month as 31 days:
/// enough to tell the order of two dates and roughly how far apart they
/// are, without validating either.
fn approx_day(year: i64, month: u8, day: u32) -> i64 {
    year * 372 + i64::from(month) * 31 + i64::from(day)
}

/// The shortest way round the year from (m1, d1) to (m2, d2), in
/// approximate days: positive if the second comes later.
fn circular_diff(m1: u8, d1: u32, m2: u8, d2: u32) -> i64 {
    let diff = approx_day(0, m2, d2) - approx_day(0, m1, d1);
    if diff > 186 {
        diff - 372
    } else if diff < -186 {
        diff + 372
    } else {
        diff
    }
}

/// How the year changes from a pair's first side to its second: +1 from
/// December to January (0 for one side only).
fn pair_step(raw: &RawMention<'_>) -> i32 {
    let second_month = raw.second.as_ref().map_or(raw.first.month, |s| s.month);
    year_step(raw.first.month, second_month)
}

/// How the year changes from a side in month `from` to one in month `to`
/// written as the same day: +1 from December to January.
fn year_step(from: u8, to: u8) -> i32 {
    let (from, to) = (i32::from(from), i32::from(to));
    if from - to >= 6 {
        1
    } else if to - from >= 6 {
        -1
    } else {
        0
    }
}

/// Where both sides of a pair have their own year, and the Julian date,
/// from 1 January to 24 March, has the year before the Gregorian one, the
/// Julian year (up to 1750) is the Old Style year that began on 25 March,
/// as English and Wikipedia texts write it: "February 22, 1732 [O.S. February 11,
/// 1731]" is Julian 11 February 1731/2. Moves the Julian year to the
/// 1-January year and returns the dual year it was.
fn old_style_year(
    raw: &RawMention<'_>,
    first_is_julian: bool,
    y1: &mut Option<Year>,
    y2: &mut Option<Year>,
) -> Option<DualYear> {
    let second = raw.second.as_ref()?;
    let (julian, j, g) = if first_is_julian {
        (&raw.first, y1, y2)
    } else {
        (second, y2, y1)
    };
    let (Some(j), Some(g)) = (j.as_mut(), g.as_ref()) else {
        return None;
    };
    let written = julian.year.filter(|w| w.dual.is_none())?;
    // England's 1751 was the last year to begin on 25 March anywhere, and
    // it began then: its 1 January to 24 March fell in 1750 Old Style. (A
    // text of a country that began its year on 1 January, Russia's after
    // 1700, is read the same way: the text alone does not tell.)
    let old_style = written.value <= 1750 && (julian.month, julian.day) < (3, 25);
    if !old_style || j.value != written.value || j.value.checked_add(1) != Some(g.value) {
        return None;
    }
    j.value = g.value;
    Some(DualYear::for_january_year(g.value))
}

/// The year a side is in, given the year written with it: a dual year
/// names the 1-January year on 1 January–24 March (and the Gregorian side
/// always), otherwise its first number.
fn side_year(w: &WrittenYear, month: u8, day: u32, julian: bool) -> i32 {
    match w.dual {
        Some(d) if !julian || (month, day) < (3, 25) => d.january,
        Some(d) => d.historical,
        None => w.value,
    }
}

impl<'o> Resolver<'o> {
    pub(crate) fn new(options: &'o Options) -> Resolver<'o> {
        Resolver {
            options,
            anchor: None,
        }
    }

    /// A plain date with a year dates what follows it.
    pub(crate) fn anchor(&mut self, date: &WrittenDate<'_>, span: Range<usize>) {
        if let Some(y) = &date.year {
            let year = side_year(y, date.month, date.day, true);
            self.anchor = Some(Anchor {
                span,
                when: When::Day {
                    year,
                    month: date.month,
                    day: date.day,
                },
                last: None,
            });
        }
    }

    /// A year heading dates what follows it: every day of that year.
    pub(crate) fn heading(&mut self, year: WrittenYear, span: Range<usize>) {
        self.anchor = Some(Anchor {
            span,
            when: When::Heading(year),
            last: None,
        });
    }

    /// A month and its year in running text date what follows as a full
    /// date does: "In December 1825 …; on 14 (26) December".
    pub(crate) fn month(&mut self, year: WrittenYear, month: u8, span: Range<usize>) {
        self.anchor = Some(Anchor {
            span,
            when: When::Month {
                year: side_year(&year, month, 1, true),
                month,
            },
            last: None,
        });
    }

    /// Whether two unlabelled dates are close enough to be one day in two
    /// calendars, rather than two events ("the decree of 26 October 1917
    /// (21 December 1917)").
    pub(crate) fn plausible(&self, raw: &RawMention<'_>) -> bool {
        let Some(second) = &raw.second else {
            return true;
        };
        let first = &raw.first;
        // Labelled pairs are meant as one day; impossible months leave the
        // distance meaningless and the checker to judge.
        let real_month = |m: u8| (1..=12).contains(&m);
        if first.label.is_some()
            || second.label.is_some()
            || !real_month(first.month)
            || !real_month(second.month)
        {
            return true;
        }
        let (y1, y2) = (first.year.map(|y| y.value), second.year.map(|y| y.value));
        let limit = 40 + expected_offset(y1.or(y2).or(raw.tail_year.map(|y| y.value))).abs();
        // Days and months close around the year; a year written one off is
        // a slip the checker reports, not another event.
        if let (Some(a), Some(b)) = (y1, y2) {
            if (i64::from(a) - i64::from(b)).abs() > 1 {
                return false;
            }
        }
        // The two ranges of one span of days are as long as each other,
        // but for a slip: "10 May – 3 June (1–5 July)" is two spans.
        let length = |s: &RawSide<'_>| {
            s.day_end
                .map(|end| circular_diff(s.month, s.day, s.month_end.unwrap_or(s.month), end))
        };
        if let (Some(a), Some(b)) = (length(first), length(second)) {
            if (a - b).abs() > RANGE_SLIP {
                return false;
            }
        }
        circular_diff(first.month, first.day, second.month, second.day).abs() <= limit
    }

    /// Whether the number after a pair, read as its year, is rather a
    /// count that begins the words after it: "In 1917, on 25 October (7
    /// November) 1500 workers marched". Told by arithmetic, as
    /// [`Resolver::plausible`] is: the pair is one day in the year its
    /// context gives (the last dated place, or the caller's year) and in
    /// no year near the number, which is more than [`COUNT_DISTANCE`]
    /// years from the context's and outside [`DUAL_DATING_YEARS`]. The caller says whether words follow the
    /// number.
    pub(crate) fn tail_is_count(&self, raw: &RawMention<'_>) -> bool {
        let (Some(tail), Some(second)) = (raw.tail_year, raw.second.as_ref()) else {
            return false;
        };
        // A year in the centuries of dual dating is a year, written wrong
        // or not ("25 October (7 November) 1812 at Borodino", "1707 på
        // slottet" after a date of 1700): its error is the checker's.
        if tail.dual.is_some()
            || tail.era
            || raw.first.year.is_some()
            || second.year.is_some()
            || DUAL_DATING_YEARS.contains(&tail.value)
        {
            return false;
        }
        let (first_is_julian, _) = self.orientation(raw);
        let Some(context) = self
            .context_year(raw, first_is_julian)
            .map(|y| y.value)
            .or(self.options.year)
        else {
            return false;
        };
        // Either way round, and in a year either side (the year after a
        // pair is its second side's across New Year).
        let one_day = |year: i32| {
            [year.saturating_sub(1), year, year.saturating_add(1)]
                .into_iter()
                .any(|y| one_day_in(raw, true, y) || one_day_in(raw, false, y))
        };
        let far = (i64::from(tail.value) - i64::from(context)).abs() > COUNT_DISTANCE;
        far && !one_day(tail.value) && one_day(context)
    }

    /// Resolves one mention. `span_of` turns a slice of the input into its
    /// byte span. A mention in a citation (`cited`) dates nothing after
    /// it.
    pub(crate) fn resolve(
        &mut self,
        raw: &RawMention<'_>,
        span_of: impl Fn(&str) -> Range<usize>,
        cited: bool,
    ) -> Mention {
        let (first_is_julian, decided_by) = self.orientation(raw);
        let (mut y1, mut y2) = self.years(raw, first_is_julian);
        let old_year = old_style_year(raw, first_is_julian, &mut y1, &mut y2);
        // A dual year after a pair across New Year names the years of its
        // two sides ("30 December [12 January] 1917/18"), not a New-Year
        // style: it belongs to the side in January only.
        let step = pair_step(raw);
        let tail_dual = |first: bool| {
            let old_year_side = if first { step == 1 } else { step == -1 };
            raw.tail_year.filter(|_| !old_year_side)
        };
        let side = |s: &RawSide<'_>, year: Option<Year>, julian: bool, first: bool| Side {
            span: span_of(s.text),
            day: s.day,
            day_end: s.day_end,
            month: s.month,
            month_end: s.month_end,
            dual_year: s
                .year
                .or(tail_dual(first))
                .and_then(|y| y.dual)
                .or(old_year.filter(|_| julian)),
            year,
            weekday: s.weekday,
            label: s.label,
        };
        let first = side(&raw.first, y1, first_is_julian, true);
        let second = raw
            .second
            .as_ref()
            .map(|s| side(s, y2, !first_is_julian, false));
        // A mention with a year is the next one's dated place, so that a
        // narrative moving on step by step keeps its years; but a year
        // taken from a heading leaves the heading in place, which holds
        // for its whole section, and is the section's last place, from
        // which it goes on across New Year. A citation's is none.
        if let Some(year) = first.year.as_ref().filter(|_| !cited) {
            let heading = match &mut self.anchor {
                Some(Anchor {
                    when: When::Heading(heading),
                    last,
                    ..
                }) if matches!(year.source, YearSource::Context { .. }) => Some((*heading, last)),
                _ => None,
            };
            match heading {
                Some((heading, last)) => {
                    let base = side_year(&heading, first.month, first.day, true);
                    *last = Some(Place {
                        span: span_of(raw.text),
                        year: year.value,
                        month: first.month,
                        day: first.day,
                        later: year.value.saturating_sub(base),
                    });
                }
                None => {
                    self.anchor = Some(Anchor {
                        span: span_of(raw.text),
                        when: When::Day {
                            year: year.value,
                            month: first.month,
                            day: first.day,
                        },
                        last: None,
                    });
                }
            }
        }
        let (julian, gregorian) = match (first_is_julian, raw.kind) {
            (true, _) => (Some(first), second),
            (false, _) => (second, Some(first)),
        };
        Mention {
            span: span_of(raw.text),
            kind: raw.kind,
            julian,
            gregorian,
            julian_first: first_is_julian,
            decided_by,
        }
    }

    /// Whether the first side written is the Julian one, and why.
    fn orientation(&self, raw: &RawMention<'_>) -> (bool, Decision) {
        let second = raw.second.as_ref();
        match (raw.first.label, second.and_then(|s| s.label)) {
            (Some(l), _) => return (l == CalendarKind::Julian, Decision::Label),
            (None, Some(l)) => return (l == CalendarKind::Gregorian, Decision::Label),
            (None, None) => {}
        }
        // Partial: the side given stands where the second calendar goes.
        let by_option = match self.options.order {
            Order::JulianFirst => Some(true),
            Order::GregorianFirst => Some(false),
            Order::Auto => None,
        };
        match (raw.kind, second, by_option) {
            (Kind::Partial, _, Some(julian_first)) => (!julian_first, Decision::Option),
            (Kind::Partial, _, None) => (false, Decision::Convention),
            (_, _, Some(julian_first)) => (julian_first, Decision::Option),
            (_, None, None) => (true, Decision::Convention),
            (_, Some(s), None) => {
                let diff = circular_diff(raw.first.month, raw.first.day, s.month, s.day);
                let year = raw.first.year.or(s.year).or(raw.tail_year).map(|y| y.value);
                let expected = expected_offset(year);
                if diff == 0 || diff.signum() == expected.signum() || expected == 0 {
                    (true, Decision::Convention)
                } else {
                    (false, Decision::Arithmetic)
                }
            }
        }
    }

    /// The years of the first and second side.
    fn years(&self, raw: &RawMention<'_>, first_is_julian: bool) -> (Option<Year>, Option<Year>) {
        // A range's year is written after its end: across New Year, its
        // start is in the year before ("30 December – 2 January 1918").
        let written = |s: &RawSide<'_>, julian: bool| {
            s.year.map(|w| {
                let value = match (s.month_end, s.day_end) {
                    (Some(m), Some(d)) if m < s.month => {
                        side_year(&w, m, d, julian).saturating_sub(1)
                    }
                    _ => side_year(&w, s.month, s.day, julian),
                };
                Year {
                    value,
                    source: YearSource::Written,
                }
            })
        };
        let first = &raw.first;
        let mut y1 = written(first, first_is_julian);
        let mut y2 = raw
            .second
            .as_ref()
            .and_then(|s| written(s, !first_is_julian));
        let step = pair_step(raw);
        if let (None, None, Some(tail)) = (&y1, &y2, raw.tail_year) {
            // A dual year on a Julian date from 25 March on, but for a pair
            // across New Year (whose two years it names), is no New-Year
            // style but two readings of one year ("13 [24] ноября
            // 1729/1730", 1729 or 1730; the checker says so): both sides
            // take its first.
            let julian_side = match raw.second.as_ref() {
                Some(s) if !first_is_julian => s,
                _ => first,
            };
            let late = (julian_side.month, julian_side.day) >= (3, 25);
            let misused = tail.dual.filter(|_| late && step == 0);
            let value = |julian, s: &RawSide<'_>| match misused {
                Some(d) => d.historical,
                None => side_year(&tail, s.month, s.day, julian),
            };
            let written = |value| Year {
                value,
                source: YearSource::Written,
            };
            // Across New Year the written year belongs to the side in the
            // new year, whichever is written first: "30 December (12
            // January) 1918" and "12 January [O.S. 30 December] 1918" both
            // end in January 1918. But where only the side in the old year
            // makes the pair one day, it is that side's: the difference
            // grew on 1 March of 1700, 1800 and 1900, so "25 December (5
            // January) 1700" is Julian 25 December 1700.
            let december_first = |january: i32| {
                tail.dual.is_none()
                    && !one_day_in(raw, first_is_julian, january)
                    && one_day_in(raw, first_is_julian, january.saturating_add(1))
            };
            match raw.second.as_ref() {
                Some(s) if step == 1 => {
                    let january = value(!first_is_julian, s);
                    match december_first(january.saturating_sub(1)) {
                        true => y1 = Some(written(january)),
                        false => y2 = Some(written(january)),
                    }
                }
                Some(_) if step == -1 => {
                    let january = value(first_is_julian, first);
                    match december_first(january) {
                        true => y2 = Some(written(january)),
                        false => y1 = Some(written(january)),
                    }
                }
                Some(s) => {
                    y1 = Some(Year {
                        value: value(first_is_julian, first),
                        source: YearSource::Shared,
                    });
                    y2 = Some(Year {
                        value: value(!first_is_julian, s),
                        source: YearSource::Shared,
                    });
                }
                None => {
                    y1 = Some(Year {
                        value: value(first_is_julian, first),
                        source: YearSource::Written,
                    })
                }
            }
        }
        let carry = |from: &Year, step: i32, source: YearSource| Year {
            value: from.value.saturating_add(step),
            source,
        };
        match (&y1, &y2) {
            (Some(a), None) if raw.second.is_some() => {
                y2 = Some(carry(a, step, YearSource::Shared))
            }
            (None, Some(b)) => y1 = Some(carry(b, -step, YearSource::Shared)),
            (None, None) => {
                let guess = self.context_year(raw, first_is_julian).or_else(|| {
                    self.options.year.map(|value| Year {
                        value,
                        source: YearSource::Option,
                    })
                });
                if let Some(g) = guess {
                    if raw.second.is_some() {
                        y2 = Some(carry(&g, step, g.source.clone()));
                    }
                    y1 = Some(g);
                }
            }
            _ => {}
        }
        (y1, y2)
    }

    /// The year of the first side of `raw`, which has none, from the last
    /// anchor: a dated place's year, unless the first side lies within
    /// [`NEIGHBOUR_REACH`] of it across New Year and nearer in the
    /// neighbouring year (see [`nearest_year`]); or a year heading's,
    /// unless the section has gone on from it across New Year: a date in
    /// the year after the last mention of the section by that rule is in
    /// that year, and so are the dates after it ("31 December [13
    /// January]", then "1 [14] January", under "== 1916 ==" is a diary
    /// going on into 1917), but never in a year before the heading's.
    fn context_year(&self, raw: &RawMention<'_>, first_is_julian: bool) -> Option<Year> {
        let a = self.anchor.as_ref()?;
        let (month, day) = (raw.first.month, raw.first.day);
        let (value, span) = match (&a.when, &a.last) {
            (&When::Day { year, month, day }, _) => {
                let at = approx_day(i64::from(year), month, day);
                (nearest_year(raw, first_is_julian, year, at, at)?, &a.span)
            }
            (&When::Month { year, month }, _) => {
                let first = approx_day(i64::from(year), month, 1);
                let year = nearest_year(raw, first_is_julian, year, first, first + 30)?;
                (year, &a.span)
            }
            (When::Heading(heading), None) => (side_year(heading, month, day, true), &a.span),
            (When::Heading(heading), Some(last)) => {
                let base = side_year(heading, month, day, true);
                let on = base.saturating_add(last.later);
                let at = approx_day(i64::from(last.year), last.month, last.day);
                let next = last.year.saturating_add(1);
                let rolls = next > on
                    && nearest_year(raw, first_is_julian, last.year, at, at) == Some(next);
                match (rolls, on == base) {
                    (true, _) => (next, &last.span),
                    (false, false) => (on, &last.span),
                    (false, true) => (base, &a.span),
                }
            }
        };
        Some(Year {
            value,
            source: YearSource::Context {
                anchor: span.clone(),
            },
        })
    }
}

/// The year of the first side of `raw` near a dated place in `year`,
/// whose days run from `first` to `last` (as [`approx_day`] counts them):
/// that year, unless the first side lies within [`NEIGHBOUR_REACH`] of
/// them across New Year and nearer in the neighbouring year ("30
/// December" after "2 January 1918" is in 1917; "20 September" after "14
/// February 1900" stays in 1900, as a narrative running on writes it). Of
/// those readings, one in which a pair is one day is taken first (across
/// a century's change of the calendars' difference: "20 December (1
/// January)" after "5 January 1900" is in 1899, where the difference was
/// 12 days), then the nearest.
fn nearest_year(
    raw: &RawMention<'_>,
    first_is_julian: bool,
    year: i32,
    first: i64,
    last: i64,
) -> Option<i32> {
    let (month, day) = (raw.first.month, raw.first.day);
    let distance = |y: i32| {
        let at = approx_day(i64::from(y), month, day);
        (first - at).max(at - last).max(0)
    };
    let readings = [year, year.saturating_sub(1), year.saturating_add(1)];
    let taken =
        |y: &i32| *y == year || distance(*y) <= NEIGHBOUR_REACH && distance(*y) < distance(year);
    let nearest = |fitting: bool| {
        readings
            .into_iter()
            .filter(taken)
            .filter(|&y| !fitting || one_day_in(raw, first_is_julian, y))
            .min_by_key(|&y| distance(y))
    };
    nearest(true).or_else(|| nearest(false))
}

/// How far from a dated place, in approximate days (see [`approx_day`]), a
/// date without a year is read in the year before or after it: four
/// months, so that a letter of January speaks of the December before and
/// a diary of December of the January after, but a narrative of February
/// goes on into September of the same year.
const NEIGHBOUR_REACH: i64 = 4 * 31;

/// Whether the pair `raw` is one day in the two calendars if its first side
/// is in `year` (the second in the year after, across New Year); false for
/// a single date and for a day that does not exist.
fn one_day_in(raw: &RawMention<'_>, first_is_julian: bool, year: i32) -> bool {
    let Some(second) = &raw.second else {
        return false;
    };
    let next = year.saturating_add(pair_step(raw));
    let (julian, gregorian, julian_year) = if first_is_julian {
        (&raw.first, second, year)
    } else {
        (second, &raw.first, next)
    };
    let Ok(day) = u8::try_from(julian.day) else {
        return false;
    };
    JulianDate::new(julian_year, julian.month, day).is_ok_and(|j| {
        let g = j.to_gregorian();
        (g.month(), u32::from(g.day())) == (gregorian.month, gregorian.day)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_helpers() {
        assert_eq!(circular_diff(10, 26, 11, 8), 13);
        assert_eq!(circular_diff(12, 30, 1, 5), 6);
        assert_eq!(circular_diff(1, 12, 12, 30), -13);
        assert_eq!(year_step(12, 1), 1);
        assert_eq!(year_step(1, 12), -1);
        assert_eq!(year_step(10, 11), 0);
        assert_eq!(expected_offset(Some(1917)), 13);
        assert_eq!(expected_offset(Some(-43)), -2);
    }

    /// The Julian year of each mention in `text`.
    fn julian_years(text: &str) -> Vec<Option<i32>> {
        crate::extract::extract(text, &Default::default())
            .iter()
            .map(|m| {
                m.julian
                    .as_ref()
                    .and_then(|s| s.year.as_ref())
                    .map(|y| y.value)
            })
            .collect()
    }

    #[test]
    fn a_count_after_a_pair_is_no_year_where_the_context_fits() {
        let ends = |text: &str| -> Vec<(Option<i32>, usize)> {
            crate::extract::extract(text, &Default::default())
                .iter()
                .map(|m| {
                    let year = m.julian.as_ref().and_then(|s| s.year.as_ref());
                    (year.map(|y| y.value), m.span.end)
                })
                .collect()
        };
        let text = "In 1917, on 25 October (7 November) 1500 workers marched.";
        assert_eq!(ends(text), vec![(Some(1917), text.find(" 1500").unwrap())]);
        // The caller's year is a context too.
        let options = Options {
            year: Some(1917),
            ..Default::default()
        };
        let m = crate::extract::extract("on 8 [21] November 300 sailors landed", &options);
        assert_eq!(m[0].span, 3..3 + "8 [21] November".len());
        // Without a context, a number that fits, no words after it, or a
        // year word: the number is the year, as written.
        for (text, year) in [
            ("On 25 October (7 November) 1500 workers marched.", 1500),
            (
                "In 1917, on 25 October (7 November) 1905 workers marched.",
                1905,
            ),
            // A year of dual dating with a wrong pair stays, for the checker.
            (
                "In 1917, on 25 October (7 November) 1812 at Borodino.",
                1812,
            ),
            (
                "In 1917, on 25 October (8 November) 1910 workers marched.",
                1910,
            ),
            ("In 1917, on 25 October (7 November) 1500.", 1500),
            (
                "In 1917, on 25 October (7 November) 1500, workers marched.",
                1500,
            ),
            ("В 1917 г. 25 октября (7 ноября) 1500 г. было иначе.", 1500),
        ] {
            assert_eq!(julian_years(text), vec![Some(year)], "{text}");
        }
    }

    #[test]
    fn a_month_in_running_text_dates_what_follows_as_a_whole_month() {
        // Its year, not an earlier date's.
        let text = "on 13 (24) September 1799. In December 1825 it came: 14 (26) December.";
        assert_eq!(julian_years(text), [Some(1799), Some(1825)]);
        // Every day of the month is as near as a day would be: January
        // after it is the next year's, as after its last day; April, more
        // than four months after its first day, is too.
        assert_eq!(
            julian_years("In December 1825 the crisis. On 3 (15) January it ended."),
            [Some(1826)]
        );
        assert_eq!(
            julian_years("In December 1825 the crisis. On 3 (15) April it ended."),
            [Some(1826)]
        );
        assert_eq!(
            julian_years("In December 1825 the crisis. On 3 (15) July it ended."),
            [Some(1825)]
        );
        // And the mention after it dates the next, as a narrative goes on.
        assert_eq!(
            julian_years("In May 1825 x. On 14 (26) December y; on 3 (15) January z."),
            [Some(1825), Some(1826)]
        );
    }

    #[test]
    fn a_section_under_a_year_heading_goes_on_across_new_year() {
        // From an entry across New Year into the next year, and on in it.
        let diary = "== 1916 ==\n\nSaturday, 31 December [13 January]. x\n\n\
                     Sunday, 1 [14] January. y\n\nThursday, 23 February (8 March). z\n\n\
                     Wednesday, 25 October (7 November).";
        assert_eq!(
            julian_years(diary),
            [Some(1916), Some(1917), Some(1917), Some(1917)]
        );
        // Never back before the heading's year; on into the next one from
        // its end, even where a list goes back ("3 (16) January" after
        // "30 December" is read as the next January).
        let list = "== 1917 ==\n* 2 (15) March: x\n* 30 December (12 January): y\n\
                    * 3 (16) January: z\n* 25 October (7 November): w";
        assert_eq!(
            julian_years(list),
            [Some(1917), Some(1917), Some(1918), Some(1918)]
        );
        // The year of a dual heading follows the day, as before.
        let dual = "## 1731/2\nOn 11 (22) February x; on 5 (16) May y; on 20 (31) December z.";
        assert_eq!(julian_years(dual), [Some(1732), Some(1731), Some(1731)]);
        // A new heading starts its section afresh.
        let two = "== 1904 ==\n31 December [13 January] x\n== 1904 ==\n1 [14] January y";
        assert_eq!(julian_years(two), [Some(1904), Some(1904)]);
    }

    #[test]
    fn a_mention_in_a_print_citation_dates_nothing_after_it() {
        // Reported, in its own year, but the pair after it keeps the year
        // of the place before the citation, as after a plain date there;
        // a dateline's pair (its place in italics too), or a document's
        // heading's, dates what follows.
        for (line, after) in [
            ("Pravda, 14 (26) December 1925, p. 3.", 1826),
            ("*Pravda*, No. 209, 14 (26) December 1925.", 1826),
            ("Pravda, No. 284, 14 (26) December 1925.", 1826),
            ("<ref>Pravda, 14 (26) December 1925.</ref>", 1826),
            ("{{cite news|date=14 (26) December 1925|title=x}}", 1826),
            ("Petrograd, 14 (26) December 1925.", 1926),
            ("*Petrograd*, 14 (26) December 1925.", 1926),
            ("Despatch No. 284, 14 (26) December 1925.", 1926),
        ] {
            let text = format!("In May 1826 the trial.\n\n{line}\n\nOn 3 (15) January it ended.");
            assert_eq!(julian_years(&text), [Some(1925), Some(after)], "{text}");
        }
    }

    #[test]
    fn a_year_after_a_pair_across_new_year_is_the_side_that_makes_it_one_day() {
        // The side in January, as a rule, whichever is written first.
        assert_eq!(julian_years("30 December [12 January] 1918"), [Some(1917)]);
        assert_eq!(
            julian_years("12 January [O.S. 30 December] 1918"),
            [Some(1917)]
        );
        // The side in December where the difference grew in its year.
        for text in [
            "25 December (5 January) 1700",
            "25 December O.S. (5 N.S.) 1700",
            "5 January [O.S. 25 December] 1700",
        ] {
            assert_eq!(julian_years(text), [Some(1700)], "{text}");
        }
        // Neither reading makes the pair one day: the rule stands.
        assert_eq!(julian_years("25 December (9 January) 1700"), [Some(1699)]);
        // A dual year names both years itself.
        assert_eq!(
            julian_years("25 December (5 January) 1700/01"),
            [Some(1700)]
        );
    }

    #[test]
    fn an_old_style_year_before_25_march_is_the_year_before() {
        let text = "born February 22, 1732 [O.S. February 11, 1731]";
        assert_eq!(julian_years(text), [Some(1732)]);
        // Not after 24 March, not after 1750, and not in the same year.
        assert_eq!(julian_years("20 April 1731 (1 May 1732)"), [Some(1731)]);
        assert_eq!(
            julian_years("February 11, 1751 [N.S. February 22, 1752]"),
            [Some(1751)]
        );
        assert_eq!(
            julian_years("11 February 1917 (24 February 1918)"),
            [Some(1917)]
        );
        assert_eq!(
            julian_years("11 February 1731 (22 February 1731)"),
            [Some(1731)]
        );
    }
}
