//! `dualdate check`.

use std::io;
use std::process::ExitCode;

use clap::ValueEnum;

use crate::lint::{FailOn, Format, ReadArgs, run};
use crate::output::{Output, width};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit status: 0 no finding at or above --fail-on; 1 such findings; \
2 an input could not be read or an argument is wrong (this outranks findings).

Examples:
  dualdate check letters/                      every text file below letters/
  dualdate check --region RU --year 1917 note.txt
  dualdate check --format concise corpus/ | sort
  dualdate check --format sarif . > dualdate.sarif"
)]
pub struct Args {
    #[command(flatten)]
    read: ReadArgs,
    /// Output: rustc-style diagnostics (human), one line each (concise),
    /// JSON Lines (json), a SARIF log (sarif) or GitHub annotations (github).
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    format: CheckFormat,
    /// The least severe finding that makes the run fail (exit status 1).
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    Human,
    Concise,
    Json,
    Sarif,
    Github,
}

pub fn run_check(args: &Args, out: &Output) -> io::Result<ExitCode> {
    let format = match args.format {
        CheckFormat::Human => Format::Human {
            styled: out.colored(),
            width: width(),
        },
        CheckFormat::Concise => Format::Concise,
        CheckFormat::Json => Format::Json,
        CheckFormat::Sarif => Format::Sarif,
        CheckFormat::Github => Format::Github,
    };
    run(&args.read, format, args.fail_on, out)
}
