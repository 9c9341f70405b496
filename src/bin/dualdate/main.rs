//! The `dualdate` command: options, files, standard streams and exit codes.
//! Everything else lives in the library.

#![forbid(unsafe_code)]

mod cal;
mod check;
mod convert;
mod fault;
mod inputs;
mod lint;
mod output;
mod read;
mod regions;
mod scan;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Convert, extract and cross-check Julian (Old Style) / Gregorian (New
/// Style) dates.
#[derive(Debug, Parser)]
#[command(name = "dualdate", version, about, long_about = None, max_term_width = 100)]
struct Cli {
    /// When to colour the output: auto (on a terminal, unless NO_COLOR is
    /// set), always or never.
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true)]
    color: ColorWhen,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check every dual date in files and directories, like a linter.
    Check(check::Args),
    /// List every dual date in files and directories, right or wrong.
    Scan(scan::Args),
    /// Convert dates between the Julian and Gregorian calendars.
    Convert(convert::Args),
    /// Show a month (or a year) in both calendars.
    Cal(cal::Args),
    /// List the regions and when they changed calendars.
    Regions(regions::Args),
}

/// When to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    lint::install_panic_hook();
    let out = output::Output::new(cli.color);
    let result = match cli.command {
        Command::Check(args) => check::run_check(&args, &out),
        Command::Scan(args) => scan::run_scan(&args, &out),
        Command::Convert(args) => convert::run(&args, &out),
        Command::Cal(args) => cal::run(&args, &out),
        Command::Regions(args) => regions::run(&args, &out),
    };
    match result {
        Ok(code) => code,
        // `dualdate … | head` closes the pipe early: that is success.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            output::error(&format!("{e}"));
            ExitCode::from(2)
        }
    }
}
