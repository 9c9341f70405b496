//! Replays the fuzz corpora as ordinary tests: every file of
//! `fuzz/seeds/<target>/`, `fuzz/corpus/<target>/` (minimised after the
//! fuzzing runs) and `fuzz/regressions/<target>/` (inputs that once failed)
//! goes through the target's function, which asserts the target's
//! properties. See RELIABILITY.md for the runs themselves.

#[path = "../../fuzz/targets.rs"]
pub mod targets;

use crate::util::repo_path;

fn replay(target: &str, run: fn(&[u8])) {
    let mut count = 0;
    for kind in ["seeds", "corpus", "regressions"] {
        let dir = repo_path(&format!("fuzz/{kind}/{target}"));
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for file in files {
            let data = std::fs::read(&file).unwrap();
            let outcome = std::panic::catch_unwind(|| run(&data));
            assert!(outcome.is_ok(), "fuzz input {} fails", file.display());
            count += 1;
        }
    }
    assert!(count > 0, "no fuzz inputs for {target}");
}

#[test]
fn extract() {
    replay("extract", targets::extract);
}

#[test]
fn calendar() {
    replay("calendar", targets::calendar);
}

#[test]
fn convert() {
    replay("convert", targets::convert);
}

#[test]
fn check() {
    replay("check", targets::check);
}
