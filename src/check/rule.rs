//! The rules a mention is checked against, with stable codes.

use std::fmt;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth knowing; nothing is wrong.
    Note,
    /// Probably a problem.
    Warning,
    /// Wrong.
    Error,
}

impl Severity {
    /// The lower-case name used in output: "note", "warning", "error".
    pub const fn name(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A rule. Codes and names are stable: scripts and CI configurations may
/// rely on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// The two sides are not the same day.
    Inconsistent,
    /// A side is not a date of its calendar (31 November; Gregorian
    /// 29 February 1900).
    InvalidDate,
    /// A date the region skipped when it changed calendars.
    ReformGap,
    /// The weekday written is not the weekday of the date.
    WeekdayMismatch,
    /// Both sides carry the same calendar label.
    LabelConflict,
    /// A dual year on a date after 24 March, or years that do not follow.
    DualYearMisuse,
    /// No year in the mention, or none before it that fits the pair.
    YearUnknown,
    /// Only one side of a pair is given.
    PartialPair,
    /// Dual dating of a date after the region had switched.
    AfterReform,
    /// An Old Style date read in a calendar of the region's own (Sweden's
    /// of 1700–1712), where the Julian reading is wrong and that one is not.
    OwnCalendar,
}

impl Rule {
    /// Every rule, in code order.
    pub const ALL: [Rule; 10] = [
        Rule::Inconsistent,
        Rule::InvalidDate,
        Rule::ReformGap,
        Rule::WeekdayMismatch,
        Rule::LabelConflict,
        Rule::DualYearMisuse,
        Rule::YearUnknown,
        Rule::PartialPair,
        Rule::AfterReform,
        Rule::OwnCalendar,
    ];

    /// The stable code: "DD001".
    pub const fn code(self) -> &'static str {
        match self {
            Rule::Inconsistent => "DD001",
            Rule::InvalidDate => "DD002",
            Rule::ReformGap => "DD003",
            Rule::WeekdayMismatch => "DD004",
            Rule::LabelConflict => "DD005",
            Rule::DualYearMisuse => "DD006",
            Rule::YearUnknown => "DD007",
            Rule::PartialPair => "DD008",
            Rule::AfterReform => "DD009",
            Rule::OwnCalendar => "DD010",
        }
    }

    /// The stable kebab-case name: "inconsistent".
    pub const fn name(self) -> &'static str {
        match self {
            Rule::Inconsistent => "inconsistent",
            Rule::InvalidDate => "invalid-date",
            Rule::ReformGap => "reform-gap",
            Rule::WeekdayMismatch => "weekday-mismatch",
            Rule::LabelConflict => "label-conflict",
            Rule::DualYearMisuse => "dual-year-misuse",
            Rule::YearUnknown => "year-unknown",
            Rule::PartialPair => "partial-pair",
            Rule::AfterReform => "after-reform",
            Rule::OwnCalendar => "own-calendar",
        }
    }

    /// How serious its findings are.
    pub const fn severity(self) -> Severity {
        match self {
            Rule::Inconsistent
            | Rule::InvalidDate
            | Rule::ReformGap
            | Rule::WeekdayMismatch
            | Rule::LabelConflict => Severity::Error,
            Rule::DualYearMisuse | Rule::YearUnknown => Severity::Warning,
            Rule::PartialPair | Rule::AfterReform | Rule::OwnCalendar => Severity::Note,
        }
    }

    /// One line saying what the rule checks.
    pub const fn summary(self) -> &'static str {
        match self {
            Rule::Inconsistent => "the Julian and Gregorian dates of a pair are not the same day",
            Rule::InvalidDate => "a date that does not exist in its calendar",
            Rule::ReformGap => "a date the region skipped when it changed calendars",
            Rule::WeekdayMismatch => "the weekday written is not the weekday of the date",
            Rule::LabelConflict => "both dates of a pair carry the same calendar label",
            Rule::DualYearMisuse => {
                "a dual year on a date after 24 March, or years that do not follow each other"
            }
            Rule::YearUnknown => "no year is given in the mention or found before it",
            Rule::PartialPair => "only one date of a pair is given",
            Rule::AfterReform => "dual dating of a date after the region switched calendars",
            Rule::OwnCalendar => {
                "an Old Style date read in the region's own calendar (Sweden's of 1700–1712)"
            }
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]", self.code(), self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_stable() {
        let codes: std::collections::BTreeSet<_> = Rule::ALL.iter().map(|r| r.code()).collect();
        let names: std::collections::BTreeSet<_> = Rule::ALL.iter().map(|r| r.name()).collect();
        assert_eq!((codes.len(), names.len()), (10, 10));
        assert_eq!(Rule::Inconsistent.to_string(), "DD001[inconsistent]");
        assert!(Severity::Error > Severity::Warning && Severity::Warning > Severity::Note);
    }
}
