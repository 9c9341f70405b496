//! Astronomical years and how they are written: "44 BC", "AD 1066".
//!
//! Inside dualdate every year is astronomical: year 0 is 1 BC, year −1 is
//! 2 BC. Era notation exists only where text is read or written.

use std::fmt;

/// The astronomical year of a year written with an era: `44 BC` is −43,
/// `AD 44` is 44. Returns `None` for year 0 with an era (there is no year
/// 0 BC or AD 0) or on overflow.
///
/// ```
/// use dualdate::calendar::year::from_era;
/// assert_eq!(from_era(44, true), Some(-43));
/// assert_eq!(from_era(1, true), Some(0));
/// assert_eq!(from_era(1066, false), Some(1066));
/// assert_eq!(from_era(0, true), None);
/// ```
pub const fn from_era(year: i64, bc: bool) -> Option<i32> {
    if year <= 0 || year > i32::MAX as i64 {
        return None;
    }
    Some(if bc { 1 - year as i32 } else { year as i32 })
}

/// Displays an astronomical year the way historians write it: `1917`,
/// `44 BC` (for −43), `1 BC` (for 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearDisplay(pub i32);

impl fmt::Display for YearDisplay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 <= 0 {
            write!(f, "{} BC", 1 - self.0 as i64)
        } else {
            write!(f, "{}", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn era_round_trip() {
        for y in -5000..=5000 {
            let shown = YearDisplay(y).to_string();
            let back = match shown.strip_suffix(" BC") {
                Some(n) => from_era(n.parse().unwrap(), true),
                None => from_era(shown.parse().unwrap(), false),
            };
            assert_eq!(back, Some(y), "{shown}");
        }
        assert_eq!(YearDisplay(-43).to_string(), "44 BC");
        assert_eq!(YearDisplay(i32::MIN).to_string(), "2147483649 BC");
        assert_eq!(from_era(i64::MAX, false), None);
    }
}
