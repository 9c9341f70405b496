//! Standard output and error: colour decisions and messages.

use std::io::{self, Write};

use anstream::ColorChoice;

use crate::ColorWhen;

/// Where results go.
pub struct Output {
    choice: ColorChoice,
}

impl Output {
    /// Decides on colour once for the run.
    pub fn new(when: ColorWhen) -> Output {
        let choice = match when {
            ColorWhen::Auto => anstream::AutoStream::choice(&io::stdout()),
            ColorWhen::Always => ColorChoice::Always,
            ColorWhen::Never => ColorChoice::Never,
        };
        Output { choice }
    }

    /// Whether styles are worth producing at all.
    pub fn colored(&self) -> bool {
        !matches!(self.choice, ColorChoice::Never)
    }

    /// A buffered, locked standard output that strips styles when colour
    /// is off.
    pub fn stdout(&self) -> io::BufWriter<anstream::AutoStream<io::StdoutLock<'static>>> {
        io::BufWriter::new(anstream::AutoStream::new(io::stdout().lock(), self.choice))
    }
}

/// Prints an error line on standard error. Failing to write it is
/// ignored: there is nowhere left to report to.
pub fn error(message: &str) {
    let _ = writeln!(io::stderr().lock(), "dualdate: error: {message}");
}

/// Prints a note on standard error.
pub fn note(message: &str) {
    let _ = writeln!(io::stderr().lock(), "dualdate: note: {message}");
}

/// The width for diagnostics: `COLUMNS` if set, else 100 (so that output
/// in pipes and files does not depend on the terminal).
pub fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100)
}

/// Reads the year given for mentions that write none (`--year`): an
/// astronomical year that both calendars support whole
/// ([`CalendarKind::YEARS_IN_BOTH`]), so that it is the option that is
/// refused, not the text it would date.
///
/// [`CalendarKind::YEARS_IN_BOTH`]: dualdate::calendar::CalendarKind::YEARS_IN_BOTH
pub fn parse_year(s: &str) -> Result<i32, String> {
    let years = dualdate::calendar::CalendarKind::YEARS_IN_BOTH;
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "{s:?} is not a year (an astronomical year in digits: 1917, or -43 for 44 BC)"
        ));
    }
    s.parse::<i32>()
        .ok()
        .filter(|year| years.contains(year))
        .ok_or_else(|| {
            format!(
                "year {s} is outside the supported range {} to {}",
                years.start(),
                years.end()
            )
        })
}

/// Reads a region code or name given on the command line.
pub fn parse_region(s: &str) -> Result<&'static dualdate::calendar::Region, String> {
    dualdate::calendar::Region::find(s)
        .ok_or_else(|| format!("unknown region {s:?}; `dualdate regions` lists the codes"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_outside_both_calendars_are_refused() {
        assert_eq!(parse_year("1917"), Ok(1917));
        assert_eq!(parse_year("-43"), Ok(-43));
        assert_eq!(parse_year("+999999"), Ok(999_999));
        assert_eq!(parse_year("-999999"), Ok(-999_999));
        for far in [
            "1000000",
            "-1000000",
            "2000000000",
            "99999999999",
            "9".repeat(40).as_str(),
        ] {
            assert_eq!(
                parse_year(far),
                Err(format!(
                    "year {far} is outside the supported range -999999 to 999999"
                )),
            );
        }
        for other in ["", "-", "1917a", "44BC", "1 917", "--5"] {
            assert!(
                parse_year(other).unwrap_err().contains("is not a year"),
                "{other}"
            );
        }
    }
}
