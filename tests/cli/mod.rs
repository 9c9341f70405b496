//! The command line. Transcripts as data: each `tests/cmd/*.trycmd` file is
//! a record of commands with their exact output and exit status, and each
//! `*.toml` case adds standard input; the README's examples run too, so the
//! documentation cannot drift from the program. The other modules run the
//! binary on generated files.

mod contract;
mod faults;
mod files;
mod seeds;

use std::path::Path;
use std::process::{Command, Output};

#[test]
fn transcripts() {
    trycmd::TestCases::new()
        .register_bin(
            "dualdate",
            std::path::PathBuf::from(env!("CARGO_BIN_EXE_dualdate")),
        )
        .case("tests/cmd/*.trycmd")
        .case("tests/cmd/*.toml")
        .case("README.md");
}

/// Runs `dualdate` with `args` in `dir`.
pub fn dualdate(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dualdate"))
        .args(args)
        .current_dir(dir)
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
