//! `dualdate scan`.

use std::io;
use std::process::ExitCode;

use clap::ValueEnum;

use crate::lint::{FailOn, Format, ReadArgs, run};
use crate::output::Output;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Every mention is listed, right or wrong. The JSON Lines output is a \
documented contract (see the README): one object per mention, with the dates as stated, the \
verdict and the expected counterparts. Exit status: 0, or 2 if an input could not be read.

Examples:
  dualdate scan --format json letters/ > mentions.jsonl
  dualdate scan --format csv corpus/ > mentions.csv"
)]
pub struct Args {
    #[command(flatten)]
    read: ReadArgs,
    /// Output: JSON Lines (json), CSV (csv) or a line per mention (human).
    #[arg(long, value_enum, default_value_t = ScanFormat::Human)]
    format: ScanFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ScanFormat {
    Human,
    Json,
    Csv,
}

pub fn run_scan(args: &Args, out: &Output) -> io::Result<ExitCode> {
    let format = match args.format {
        ScanFormat::Human => Format::ScanHuman,
        ScanFormat::Json => Format::ScanJson,
        ScanFormat::Csv => Format::ScanCsv,
    };
    run(&args.read, format, FailOn::Never, out)
}
