//! Checking, through extraction: every verdict and rule on short texts.

use dualdate::calendar::Region;
use dualdate::check::{self, Checked, Rule, Verdict};
use dualdate::extract::{self, Options};

fn checked(text: &str, region: Option<&str>) -> Vec<Checked> {
    let options = check::Options {
        region: region.and_then(Region::find),
    };
    extract::extract(text, &Options::default())
        .into_iter()
        .map(|m| check::check(m, &options))
        .collect()
}

/// The one mention of `text`: its verdict, rule codes and messages.
fn one(text: &str, region: Option<&str>) -> (Verdict, Vec<Rule>, Vec<String>) {
    let mut all = checked(text, region);
    assert_eq!(all.len(), 1, "{text:?}: {all:#?}");
    let c = all.remove(0);
    let rules = c.findings.iter().map(|f| f.rule).collect();
    let messages = c
        .findings
        .iter()
        .map(|f| {
            format!(
                "{}{}",
                f.message,
                f.help
                    .as_ref()
                    .map(|h| format!(" | {h}"))
                    .unwrap_or_default()
            )
        })
        .collect();
    (c.verdict, rules, messages)
}

#[test]
fn consistent_pairs_have_no_findings() {
    for text in [
        "on 26 October (8 November) 1917",
        "on 8 [21] November 1917",
        "on 15 November 1917 (2 November in Julian calendar)",
        "Wednesday, 25 October (7 November) 1917",
        "25–26 October (7–8 November) 1917",
        "on 30 December 1917 [12 January 1918]",
        "on 10/21 February 1750/51",
        "on 12 (24) June 1812",
        "on 15 (13) March 44 BC",
    ] {
        let (verdict, rules, messages) = one(text, None);
        assert_eq!(
            (verdict, rules),
            (Verdict::Consistent, vec![]),
            "{text}: {messages:?}"
        );
    }
}

#[test]
fn the_seed_error_and_its_explanation() {
    let (verdict, rules, messages) = one("2 January 1918. It ended 30 December [5 January].", None);
    assert_eq!(
        (verdict, rules),
        (Verdict::Inconsistent, vec![Rule::Inconsistent])
    );
    assert_eq!(
        messages[0],
        "Julian 30 December 1917 is Gregorian 12 January 1918, not 5 January | \
         a 6-day difference fits only 1000–1100; in 1917 it was 13 days; \
         if 5 January (Gregorian) is right, the Julian date is 23 December 1917"
    );
}

#[test]
fn a_julian_date_with_a_dual_year_is_named_as_written() {
    for text in [
        "On 11 February 1731/2 (23 February 1732) he wrote.",
        "February 23, 1732 [O.S. February 11, 1731] he wrote.",
    ] {
        let (_, rules, messages) = one(text, None);
        assert_eq!(rules, vec![Rule::Inconsistent], "{text}");
        assert!(
            messages[0].starts_with("Julian 11 February 1731/2 is Gregorian 22 February 1732,"),
            "{text}: {}",
            messages[0]
        );
    }
}

#[test]
fn likely_causes() {
    let cause = |text: &str| one(text, None).2.remove(0);
    assert!(
        cause("on 26 October (9 November) 1917").contains("one day apart"),
        "off by one"
    );
    assert!(
        cause("on 12 (25) June 1812").contains(
            "13 days is the difference of another century (1900–2100); in 1812 it was 12 days"
        ),
        "{}",
        cause("on 12 (25) June 1812")
    );
    let c = cause("on 30 December 1917 (12 January 1917)");
    assert!(
        c.contains("the Gregorian year is wrong: it should be 1918"),
        "{c}"
    );
    assert!(
        cause("on 7 November 1917 O.S. (25 October 1917 N.S.)").contains("the labels are swapped"),
        "{}",
        cause("on 7 November 1917 O.S. (25 October 1917 N.S.)")
    );
}

#[test]
fn invalid_dates() {
    let (v, rules, m) = one("on 31 November (13 December) 1917", None);
    assert_eq!((v, rules), (Verdict::Invalid, vec![Rule::InvalidDate]));
    assert_eq!(
        m[0],
        "Julian 31 November 1917 does not exist: day 31 is outside 1–30 for November 1917 (Julian)"
    );
    let (v, _, m) = one("on 16 February 1900 (29 February 1900 N.S.)", None);
    assert_eq!(v, Verdict::Invalid);
    assert!(
        m[0].contains("29 February 1900 is a Julian date only"),
        "{m:?}"
    );
    let (v, _, m) = one("on 0 (13) October 1917", None);
    assert_eq!(v, Verdict::Invalid);
    assert!(m[0].contains("day 0 is outside"), "{m:?}");
    let (v, _, m) = one("stamped 26.13/8.11.1917", None);
    assert_eq!(v, Verdict::Invalid);
    assert!(m[0].contains("month 13 is outside 1–12"), "{m:?}");
}

#[test]
fn weekdays_label_conflicts_and_dual_years() {
    let (v, rules, m) = one("Thursday, 25 October (7 November) 1917", None);
    assert_eq!(
        (v, rules),
        (Verdict::Consistent, vec![Rule::WeekdayMismatch])
    );
    assert_eq!(
        m[0],
        "Julian 25 October 1917 was a Wednesday, not a Thursday"
    );
    let (v, rules, _) = one("on 25 October O.S. (7 November O.S.) 1917", None);
    assert_eq!(
        (v, rules),
        (Verdict::Inconsistent, vec![Rule::LabelConflict])
    );
    let (v, rules, m) = one("proved on 11 May 1731/2", None);
    assert_eq!((v, rules), (Verdict::Single, vec![Rule::DualYearMisuse]));
    assert!(
        m[0].starts_with("a dual year like 1731/2 belongs to dates from 1 January to 24 March"),
        "{m:?}"
    );
    let (_, rules, _) = one("proved on 11 February 1731/3", None);
    assert_eq!(rules, vec![Rule::DualYearMisuse]);
    // After a pair across New Year a dual year names the two sides' years.
    for text in [
        "closed on 30 December [12 January] 1917/18",
        "closed on 12 January [O.S. 30 December] 1917/18",
    ] {
        let (v, rules, _) = one(text, None);
        assert_eq!((v, rules), (Verdict::Consistent, vec![]), "{text}");
    }
    let (v, rules, _) = one("closed on 30 December [5 January] 1917/18", None);
    assert_eq!(
        (v, rules),
        (Verdict::Inconsistent, vec![Rule::Inconsistent]),
    );
}

#[test]
fn unknown_years_say_where_the_pair_fits() {
    let (v, rules, m) = one("on 8 [21] November", None);
    assert_eq!((v, rules), (Verdict::Undetermined, vec![Rule::YearUnknown]));
    assert!(
        m[0].contains("a 13-day difference fits Julian 29 February 1900 to 28 February 2100"),
        "{m:?}"
    );
    let (v, rules, m) = one("on 8 November (28 November)", None);
    assert_eq!(
        (v, rules),
        (Verdict::Undetermined, vec![Rule::YearUnknown]),
        "a 20-day difference: 2900s"
    );
    assert!(m[0].contains("years still to come"), "{m:?}");
    // Days around a bracket before one month must be about as far apart as
    // the calendars: that form writes as often scores and counts.
    assert!(checked("on 8 [28] November", None).is_empty());
    let (_, _, m) = one("on 17 (31) December", None);
    assert!(
        m[0].ends_with(
            "a 14-day difference fits Julian 29 February 2100 to 28 February 2200, years still \
             to come: likely a slip of the pen | write the year, or pass --year"
        ),
        "{m:?}"
    );
    let (v, rules, _) = one("on 31 November (13 December)", None);
    assert_eq!((v, rules), (Verdict::Invalid, vec![Rule::InvalidDate]));
    // Across the end of February the difference depends on the year.
    let (v, _, m) = one("on 23 February (8 March)", None);
    assert_eq!(v, Verdict::Undetermined);
    assert!(
        m[0].contains(
            "in a common year a 13-day difference fits Julian 29 February 1900 to 28 February \
             2100, in a leap year a 14-day difference fits Julian 29 February 2100"
        ),
        "{m:?}"
    );
    let (_, _, m) = one("on 29 February (13 March)", None);
    assert!(
        m[0].contains("; a 13-day difference fits Julian 29 February 1900"),
        "only leap years have 29 February: {m:?}"
    );
}

#[test]
fn a_year_found_far_from_the_pairs_century_does_not_date_it() {
    // The 11 days of 1700–1800, after a date of 2021: the year found is
    // more likely another matter's than the pair wrong.
    let (v, rules, m) = one(
        "Accessed 12 March 2021. The battle of 27 June (8 July).",
        None,
    );
    assert_eq!((v, rules), (Verdict::Undetermined, vec![Rule::YearUnknown]));
    assert_eq!(
        m[0],
        "no year is given for 27 June (8 July); the year 2021 found before it does not fit: \
         11 days is the difference of 1700–1800 | write the year, or pass --year"
    );
    // Near the century whose difference it has, it is a slip.
    let (v, rules, _) = one(
        "Petrograd, 21 November 1917. On 26 October (7 November).",
        None,
    );
    assert_eq!(
        (v, rules),
        (Verdict::Inconsistent, vec![Rule::Inconsistent])
    );
    // And a difference no century had is wrong whatever the year.
    let (v, rules, _) = one(
        "2 January 2021. The break ended 30 December [5 January].",
        None,
    );
    assert_eq!(
        (v, rules),
        (Verdict::Inconsistent, vec![Rule::Inconsistent])
    );
    // A year written with the pair is judged as written.
    let (v, rules, _) = one("Accessed 12 March 2021. On 27 June (8 July) 2021.", None);
    assert_eq!(
        (v, rules),
        (Verdict::Inconsistent, vec![Rule::Inconsistent])
    );
}

#[test]
fn a_dual_year_after_24_march_is_one_year_read_two_ways() {
    // "1729/1730" on a November date is no New-Year style: both sides are
    // read in 1729, where the pair is one day; the dual year is flagged.
    let (v, rules, m) = one("Суворов родился 13 [24] ноября 1729/1730 г.", None);
    assert_eq!(
        (v, rules),
        (Verdict::Consistent, vec![Rule::DualYearMisuse])
    );
    assert!(
        m[0].ends_with("write 1729 (the date is read in 1729)"),
        "{m:?}"
    );
    // Across New Year it still names the two sides' years.
    let (v, rules, _) = one("On 30 December [10 January] 1729/30 it froze.", None);
    assert_eq!((v, rules), (Verdict::Consistent, vec![]));
}

#[test]
fn partial_pairs_give_the_other_side() {
    let (v, rules, m) = one("4 January 1918. Signed at Brest on [15] December.", None);
    assert_eq!((v, rules), (Verdict::Partial, vec![Rule::PartialPair]));
    assert_eq!(
        m[0],
        "only the Gregorian date is given: the Julian date is 2 December 1917 | write both: 15 December (2 December)"
    );
}

#[test]
fn regions_give_gaps_and_after_reform_notes() {
    let (v, rules, m) = one("The decree took effect on 5 February 1918 N.S.", Some("RU"));
    assert_eq!((v, rules), (Verdict::Single, vec![Rule::ReformGap]));
    assert_eq!(
        m[0],
        "5 February 1918 never happened in Russia: Julian 31 January 1918 was followed by \
         Gregorian 14 February 1918 | that day was Julian 23 January 1918 there"
    );
    let (v, rules, _) = one("on 1 (14) March 1918", Some("RU"));
    assert_eq!((v, rules), (Verdict::Consistent, vec![Rule::AfterReform]));
    let (_, rules, _) = one("on 1 (14) March 1918", None);
    assert!(rules.is_empty());
    let (_, rules, _) = one("on 1 (14) March 1917", Some("RU"));
    assert!(rules.is_empty());
}

#[test]
fn sweden_dated_in_a_calendar_of_its_own_from_1700_to_1712() {
    let swedish = "Brevet skrevs den 13 maj (23 maj) 1707 i Stockholm.";
    let (v, rules, m) = one(swedish, Some("SE"));
    assert_eq!((v, rules), (Verdict::Consistent, vec![Rule::OwnCalendar]));
    assert!(
        m[0].starts_with(
            "13 May 1707 is read in the Swedish calendar, which Sweden used from 1 March 1700 \
             to 30 February 1712: it is Julian 12 May 1707, Gregorian 23 May 1707 | "
        ),
        "{}",
        m[0]
    );
    let (v, rules, _) = one(swedish, None);
    assert_eq!(
        (v, rules),
        (Verdict::Inconsistent, vec![Rule::Inconsistent])
    );
    // The Julian reading passes as it always did.
    let (v, rules, _) = one("Avskriften ger den 13 maj (24 maj) 1707.", Some("SE"));
    assert_eq!((v, rules), (Verdict::Consistent, vec![]));
    // Neither: the help gives both readings.
    let (v, rules, m) = one("Avskriften ger den 13 maj (25 maj) 1707.", Some("SE"));
    assert_eq!(
        (v, rules),
        (Verdict::Inconsistent, vec![Rule::Inconsistent])
    );
    assert!(
        m[0].contains("if 25 May (Gregorian) is right, the Julian date is 14 May 1707")
            && m[0].contains("13 May 1707 is Gregorian 23 May 1707, not 25 May either"),
        "{}",
        m[0]
    );
    // 30 February 1712, alone and in a pair.
    let single = "Kungörelsen är daterad den 30 februari 1712 g.s.";
    let (v, rules, _) = one(single, Some("SE"));
    assert_eq!((v, rules), (Verdict::Single, vec![Rule::OwnCalendar]));
    let (v, rules, _) = one(single, None);
    assert_eq!((v, rules), (Verdict::Invalid, vec![Rule::InvalidDate]));
    let (v, rules, _) = one("Rådet svarade den 30 februari (11 mars) 1712.", Some("SE"));
    assert_eq!((v, rules), (Verdict::Consistent, vec![Rule::OwnCalendar]));
}

#[test]
fn findings_are_sorted_most_serious_first() {
    let all = checked(
        "Thursday, 31 November (13 December) 1917 and 8 [21] November",
        None,
    );
    for c in &all {
        let severities: Vec<_> = c.findings.iter().map(|f| f.severity).collect();
        let mut sorted = severities.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(severities, sorted);
    }
}

#[test]
fn ranges_across_months_are_checked_at_both_ends() {
    for text in [
        "struck 28 February – 3 March (13–16 March) 1917",
        "met 17–23 January (30 January – 5 February) 1918",
        "rested 30 December – 2 January (12–15 January) 1918",
    ] {
        let (v, rules, _) = one(text, None);
        assert_eq!((v, rules), (Verdict::Consistent, vec![]), "{text}");
    }
    let (v, rules, m) = one("struck 28 February – 3 March (13–17 March) 1917", None);
    assert_eq!(
        (v, rules),
        (Verdict::Inconsistent, vec![Rule::Inconsistent])
    );
    assert!(
        m[0].starts_with("the last day: Julian 3 March 1917 is Gregorian 16 March 1917"),
        "{m:?}"
    );
    // A last day that does not exist is the one named.
    let (v, _, m) = one("held 28 March – 31 April (10 April – 13 May) 1917", None);
    assert_eq!(v, Verdict::Invalid);
    assert!(
        m[0].starts_with("Julian 31 April 1917 does not exist"),
        "{m:?}"
    );
    // The last day across New Year is in the next year.
    let (v, _, m) = one("rested 30 December – 2 January (12–16 January) 1918", None);
    assert_eq!(v, Verdict::Inconsistent);
    assert!(
        m[0].starts_with("the last day: Julian 2 January 1918 is Gregorian 15 January 1918"),
        "{m:?}"
    );
    // With range words, and with a year at each end.
    for text in [
        "met from 25 October to 27 October (7–9 November) 1917",
        "отпуск с 29 декабря 1916 г. по 3 января 1917 г. (11–16 января 1917 г.)",
        "travelled 30 December 1917 – 2 January 1918 (12–15 January 1918)",
        "rested 30 December – 2 January 1918 (12–15 January)",
    ] {
        let (v, rules, _) = one(text, None);
        assert_eq!((v, rules), (Verdict::Consistent, vec![]), "{text}");
    }
    // A last day one off, where the first days agree, is a slip, not the
    // difference of another century.
    let (v, _, m) = one(
        "отпуск с 29 декабря 1916 г. по 3 января 1917 г. (11–15 января 1917 г.)",
        None,
    );
    assert_eq!(v, Verdict::Inconsistent);
    assert!(
        m[0].starts_with("the last day: Julian 3 January 1917 is Gregorian 16 January 1917")
            && m[0].contains("| the first days agree, and one range is a day longer"),
        "{m:?}"
    );
    // Not where the calendars' difference grows inside the range: Julian
    // 29 February 1700 came between, and ten days were kept throughout.
    let (v, _, m) = one("held 27 February – 2 March (9–12 March) 1700", None);
    assert_eq!(v, Verdict::Inconsistent);
    assert!(
        m[0].starts_with("the last day: Julian 2 March 1700 is Gregorian 13 March 1700")
            && !m[0].contains("one range is a day longer"),
        "{m:?}"
    );
}

#[test]
fn a_range_without_a_year_is_judged_once() {
    // Each range's first and last days share their year, so where the
    // range fits is said once, not once per end.
    for text in [
        "Стачка 25–26 октября (7–8 ноября) продолжалась.",
        "в ночь с 24 на 25 октября (с 6 на 7 ноября)",
        "the night of 24/25 October (6/7 November)",
        "1 (14) – 3 (16) марта",
    ] {
        let (v, rules, m) = one(text, None);
        assert_eq!(
            (v, rules),
            (Verdict::Undetermined, vec![Rule::YearUnknown]),
            "{text}: {m:?}"
        );
        assert!(
            m[0].contains("a 13-day difference fits Julian 29 February 1900"),
            "{text}: {m:?}"
        );
    }
}

#[test]
fn a_leap_day_of_one_calendar_says_what_the_other_side_is() {
    // The Gregorian side is a day the Gregorian 1900 never had, and the
    // Julian side is right: say what that is, not "swapped".
    let (_, rules, m) = one("on 16 (29) February 1900 the ice broke", None);
    assert_eq!(rules, vec![Rule::InvalidDate]);
    assert!(
        m[0].ends_with(
            "| 29 February 1900 is a Julian date only, and Julian 16 February 1900 is \
             Gregorian 28 February 1900"
        ),
        "{m:?}"
    );
    // Alone, a Julian leap day labelled N.S. may be one with its labels
    // swapped.
    let (_, rules, m) = one("on 29 February 1900 N.S. the ice broke", None);
    assert_eq!(rules, vec![Rule::InvalidDate]);
    assert!(
        m[0].ends_with("| 29 February 1900 is a Julian date only; are the calendars swapped?"),
        "{m:?}"
    );
}
