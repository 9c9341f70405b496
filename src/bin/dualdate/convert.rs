//! `dualdate convert`.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use clap::ValueEnum;
use dualdate::calendar::{CalendarKind, Region};
use dualdate::convert::{Options, convert};
use dualdate::report::convert::{ConvertErrorRecord, ConvertRecord, human_line};

use crate::output::{self, Output, parse_region};

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  dualdate convert '25 October 1917'            Julian to Gregorian (the default)
  dualdate convert --from gregorian 1917-11-07  Gregorian to Julian
  dualdate convert '7 November 1917 N.S.'       a label in the text decides
  dualdate convert --region GB '11 February 1731'
  dualdate convert - < dates.txt                one date per line
  dualdate convert -- -0043-03-15               ISO dates with a minus sign after --")]
pub struct Args {
    /// Dates such as "25 October 1917", "October 25, 1917", 1917-10-25,
    /// "15 March 44 BC", "11 February 1731/2", "7 November 1917 N.S."; `-`
    /// reads one date per line from standard input.
    #[arg(required = true, value_name = "DATE")]
    dates: Vec<String>,
    /// The calendar of dates without a label.
    #[arg(long, value_enum, default_value_t = CalendarArg::Julian)]
    from: CalendarArg,
    /// Read dates without a label in this region's civil calendar and
    /// New-Year style (e.g. RU, GB, SE); a date the region skipped is an
    /// error.
    #[arg(long, value_name = "CODE", value_parser = parse_region)]
    region: Option<&'static Region>,
    /// Output: a line per date, or a JSON object per date.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CalendarArg {
    Julian,
    Gregorian,
}

impl From<CalendarArg> for CalendarKind {
    fn from(c: CalendarArg) -> CalendarKind {
        match c {
            CalendarArg::Julian => CalendarKind::Julian,
            CalendarArg::Gregorian => CalendarKind::Gregorian,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
}

pub fn run(args: &Args, out: &Output) -> io::Result<ExitCode> {
    let options = Options {
        from: args.from.into(),
        region: args.region,
    };
    let mut stdout = out.stdout();
    let mut all_ok = true;
    for date in &args.dates {
        if date != "-" {
            all_ok &= convert_one(date, None, &options, args.format, &mut stdout)?;
            continue;
        }
        for (n, line) in io::stdin().lock().lines().enumerate() {
            match line {
                Ok(line) if line.trim().is_empty() => {}
                Ok(line) => {
                    all_ok &= convert_one(&line, Some(n + 1), &options, args.format, &mut stdout)?;
                }
                Err(e) => {
                    output::error(&format!("line {}: cannot read standard input: {e}", n + 1));
                    all_ok = false;
                    break;
                }
            }
        }
    }
    stdout.flush()?;
    Ok(if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// Converts and prints one date; `Ok(false)` if it could not be converted
/// (the error is on standard error, and in the JSON stream).
fn convert_one(
    input: &str,
    line: Option<usize>,
    options: &Options,
    format: Format,
    stdout: &mut impl Write,
) -> io::Result<bool> {
    match convert(input, options) {
        Ok(c) => {
            match format {
                Format::Human => writeln!(stdout, "{}", human_line(&c))?,
                Format::Json => writeln!(stdout, "{}", json(&ConvertRecord::new(input, &c)))?,
            }
            Ok(true)
        }
        Err(e) => {
            // Keep errors in order with the results before them.
            stdout.flush()?;
            let place = line.map(|n| format!("line {n}: ")).unwrap_or_default();
            output::error(&format!("{place}cannot convert {input:?}: {e}"));
            if format == Format::Json {
                let record = ConvertErrorRecord {
                    input,
                    error: e.to_string(),
                };
                writeln!(stdout, "{}", json(&record))?;
            }
            Ok(false)
        }
    }
}

fn json(value: &impl serde::Serialize) -> String {
    // Serialising these plain records cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}
