//! The command line, tested as data: each `tests/cmd/*.trycmd` file is a
//! transcript of commands and their exact output and exit status, and each
//! `*.toml` case adds standard input. The README's examples run too, so the
//! documentation cannot drift from the program.

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
