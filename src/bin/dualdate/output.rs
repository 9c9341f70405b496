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

/// Reads a region code or name given on the command line.
pub fn parse_region(s: &str) -> Result<&'static dualdate::calendar::Region, String> {
    dualdate::calendar::Region::find(s)
        .ok_or_else(|| format!("unknown region {s:?}; `dualdate regions` lists the codes"))
}
