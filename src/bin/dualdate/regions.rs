//! `dualdate regions`.

use std::io::{self, Write};
use std::process::ExitCode;

use dualdate::calendar::Region;
use dualdate::report::regions::{detail, list};

use crate::output::{Output, parse_region};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Show everything about one region (code or name), sources included.
    #[arg(value_name = "CODE", value_parser = parse_region)]
    region: Option<&'static Region>,
}

pub fn run(args: &Args, out: &Output) -> io::Result<ExitCode> {
    let mut stdout = out.stdout();
    match args.region {
        Some(r) => write!(stdout, "{}", detail(r))?,
        None => write!(stdout, "{}", list(Region::all()))?,
    }
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}
