//! `dualdate cal`.

use std::io::{self, Write};
use std::process::ExitCode;

use dualdate::calendar::{CalendarKind, Region};
use dualdate::report::cal::{Styles, View, month, render};

use crate::convert::CalendarArg;
use crate::output::{self, Output, parse_region};

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  dualdate cal 10 1917              October 1917, Gregorian with Julian beside
  dualdate cal 2 1918 --region RU   February 1918 as Russia lived it
  dualdate cal 9 1752 --region GB   the eleven days Britain skipped
  dualdate cal 1918                 the whole year")]
pub struct Args {
    /// `[MONTH] YEAR`: a month (number or name) and a year (astronomical,
    /// or written like "44BC"); the year alone shows all twelve months.
    #[arg(required = true, num_args = 1..=2, allow_negative_numbers = true, value_name = "[MONTH] YEAR")]
    when: Vec<String>,
    /// Show the month as this region lived it: its civil calendar, without
    /// the days it skipped.
    #[arg(long, value_name = "CODE", value_parser = parse_region)]
    region: Option<&'static Region>,
    /// The calendar of the big numbers when no region is given.
    #[arg(long, value_enum, default_value_t = CalendarArg::Gregorian)]
    calendar: CalendarArg,
}

pub fn run(args: &Args, out: &Output) -> io::Result<ExitCode> {
    let (month_arg, year_arg) = match args.when.as_slice() {
        [year] => (None, year),
        [m, year] => (Some(m), year),
        _ => return usage("give [MONTH] YEAR"),
    };
    let Some(year) = parse_year(year_arg) else {
        return usage(&format!(
            "{year_arg:?} is not a year (try 1918, -43 or 44BC)"
        ));
    };
    let months: Vec<u8> = match month_arg {
        None => (1..=12).collect(),
        Some(m) => match parse_month(m) {
            Some(m) => vec![m],
            None => return usage(&format!("{m:?} is not a month (1-12 or a name)")),
        },
    };
    let view = match args.region {
        Some(r) => View::Region(r),
        None => View::Calendar(CalendarKind::from(args.calendar)),
    };
    let styles = if out.colored() {
        Styles::colored()
    } else {
        Styles::default()
    };
    let mut stdout = out.stdout();
    for (i, m) in months.iter().enumerate() {
        let grid = match month(year, *m, view) {
            Ok(grid) => grid,
            Err(e) => return usage(&e.to_string()),
        };
        if i > 0 {
            writeln!(stdout)?;
        }
        write!(stdout, "{}", render(&grid, &styles))?;
    }
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn usage(message: &str) -> io::Result<ExitCode> {
    output::error(message);
    Ok(ExitCode::from(2))
}

fn parse_month(s: &str) -> Option<u8> {
    match s.parse::<u8>() {
        Ok(m) if (1..=12).contains(&m) => Some(m),
        Ok(_) => None,
        Err(_) => dualdate::lexicon::lexicon()
            .word(s.trim_end_matches('.'))
            .and_then(|w| w.month),
    }
}

fn parse_year(s: &str) -> Option<i32> {
    let compact: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect();
    let upper = compact.to_uppercase();
    for (suffix, bc) in [("BCE", true), ("BC", true), ("CE", false), ("AD", false)] {
        if let Some(n) = upper
            .strip_suffix(suffix)
            .or_else(|| upper.strip_prefix(suffix))
        {
            return dualdate::calendar::year::from_era(n.parse().ok()?, bc);
        }
    }
    compact.parse().ok()
}
