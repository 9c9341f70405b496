//! `dualdate check` and `scan` on the seed corpus (`../shared/seeds`, read
//! at test time, never copied): exactly one error and one note, and the
//! eight mentions with their verdicts. `.ci/run` checks the same from the
//! shell.

use super::{dualdate, stdout};
use crate::util::{repo_path, seeds_dir};

#[test]
fn check_reports_one_error_and_one_note() {
    let Some(dir) = seeds_dir() else { return };
    let out = dualdate(
        &repo_path(""),
        &["check", "--format", "json", &dir.to_string_lossy()],
    );
    assert_eq!(out.status.code(), Some(1), "errors fail the run");
    let findings: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let summary: Vec<_> = findings
        .iter()
        .map(|f| {
            let file = f["path"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_owned();
            (
                file,
                f["line"].as_u64().unwrap(),
                f["code"].as_str().unwrap().to_owned(),
                f["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let letters = "001_9db5e2248b86acfe.txt".to_owned();
    assert_eq!(
        summary,
        [
            (
                letters.clone(),
                75,
                "DD001".to_owned(),
                "30 December [5 January]".to_owned()
            ),
            (letters, 91, "DD008".to_owned(), "[15] December".to_owned()),
        ]
    );
    assert_eq!(
        findings[0]["message"],
        "Julian 30 December 1917 is Gregorian 12 January 1918, not 5 January"
    );
    assert!(
        findings[0]["help"]
            .as_str()
            .unwrap()
            .contains("if 5 January (Gregorian) is right, the Julian date is 23 December 1917")
    );
    assert_eq!(
        findings[1]["message"],
        "only the Gregorian date is given: the Julian date is 2 December 1917"
    );
}

#[test]
fn scan_lists_the_eight_mentions() {
    let Some(dir) = seeds_dir() else { return };
    let out = dualdate(
        &repo_path(""),
        &["scan", "--format", "json", &dir.to_string_lossy()],
    );
    assert_eq!(out.status.code(), Some(0));
    let rows: Vec<_> = stdout(&out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let s = |k: &str| v[k].as_str().unwrap_or("-").to_owned();
            (s("text"), s("julian"), s("gregorian"), s("verdict"))
        })
        .collect();
    let row = |t: &str, j: &str, g: &str, v: &str| {
        (t.to_owned(), j.to_owned(), g.to_owned(), v.to_owned())
    };
    assert_eq!(
        rows,
        [
            row(
                "15 November 1917 (2 November in Julian calendar)",
                "1917-11-02",
                "1917-11-15",
                "consistent"
            ),
            row(
                "26 October (8 November)",
                "1917-10-26",
                "1917-11-08",
                "consistent"
            ),
            row("8 [21] November", "1917-11-08", "1917-11-21", "consistent"),
            row(
                "26 October [8 November]",
                "1917-10-26",
                "1917-11-08",
                "consistent"
            ),
            row(
                "(26 October) [8 November]",
                "1917-10-26",
                "1917-11-08",
                "consistent"
            ),
            row(
                "(29 November) [12 December]",
                "1917-11-29",
                "1917-12-12",
                "consistent"
            ),
            row(
                "30 December [5 January]",
                "1917-12-30",
                "1918-01-05",
                "inconsistent"
            ),
            row("[15] December", "-", "1917-12-15", "partial"),
        ]
    );
}
