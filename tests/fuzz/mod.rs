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

/// The fuzzers' dictionary holds every spelling of the lexicon, so that a
/// word added to a language reaches the fuzzers; `cargo run --example
/// fuzz_dict > fuzz/dualdate.dict` rewrites it.
#[test]
fn the_dictionary_holds_the_lexicon() {
    let text = std::fs::read_to_string(repo_path("fuzz/dualdate.dict")).unwrap();
    // Each line is a quoted string with bytes written "\xNN".
    let unescape = |line: &str| -> Vec<u8> {
        let inner = line.trim().trim_matches('"').as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(&b) = inner.get(i) {
            let hex = inner
                .get(i + 2..i + 4)
                .and_then(|h| std::str::from_utf8(h).ok());
            match (
                b,
                inner.get(i + 1),
                hex.and_then(|h| u8::from_str_radix(h, 16).ok()),
            ) {
                (b'\\', Some(b'x'), Some(v)) => {
                    out.push(v);
                    i += 4;
                }
                _ => {
                    out.push(b);
                    i += 1;
                }
            }
        }
        out
    };
    let entries: std::collections::HashSet<Vec<u8>> = text.lines().map(unescape).collect();
    for l in dualdate::lexicon::LANGUAGES {
        for word in l.spellings() {
            assert!(
                entries.contains(word.as_bytes()),
                "{} {word:?} is not in fuzz/dualdate.dict: rewrite it with \
                 `cargo run --example fuzz_dict > fuzz/dualdate.dict`",
                l.name
            );
        }
    }
}
