//! Shared helpers for the integration tests.

use std::path::{Path, PathBuf};

/// A path inside the repository.
pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// Reads a CSV file of the repository into rows of fields (a small reader:
/// our fixtures quote only with `"`, never contain newlines in fields).
pub fn read_csv(relative: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(repo_path(relative)).expect("fixture readable");
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(split_csv_line)
        .collect()
}

fn split_csv_line(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            c => fields.last_mut().expect("one field").push(c),
        }
    }
    fields
}

/// Every file below `dir`, in name order, folders included recursively.
pub fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    let mut files = Vec::new();
    for path in entries {
        if path.is_dir() {
            files.extend(files_below(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// The seed corpus beside the repository (`../shared/seeds`), if present.
/// Tests that need it print why they skip when it is not.
pub fn seeds_dir() -> Option<PathBuf> {
    let dir = repo_path("../shared/seeds");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipping: the seed corpus {} is not present", dir.display());
        None
    }
}

/// The number of cases for a property test: `PROPTEST_CASES` if set (for
/// long runs), otherwise `default`.
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
