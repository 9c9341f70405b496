//! The JSON outputs are contracts: every line parses into these structs,
//! which deny unknown fields, so any key added or renamed shows up here
//! (and in the README) first.

use serde::Deserialize;

use super::{dualdate, stdout};
use crate::util::repo_path;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MentionLine {
    r#type: String,
    path: String,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    text: String,
    kind: String,
    julian: Option<String>,
    gregorian: Option<String>,
    #[serde(default)]
    julian_end: Option<String>,
    #[serde(default)]
    gregorian_end: Option<String>,
    verdict: String,
    code: Option<String>,
    message: Option<String>,
    expected_julian: Option<String>,
    expected_gregorian: Option<String>,
    decided_by: String,
    julian_first: bool,
    old_style_calendar: Option<String>,
}

/// With `--region SE`, the Old Style dates the DD010 note reads in the
/// Swedish calendar say so in `old_style_calendar`, and only those.
#[test]
fn scan_says_which_old_style_dates_are_swedish() {
    let out = dualdate(
        &repo_path(""),
        &[
            "scan",
            "--format",
            "json",
            "--region",
            "SE",
            "fixtures/regions",
        ],
    );
    let mut seen = Vec::new();
    for line in stdout(&out).lines() {
        let m: MentionLine = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        let swedish = m.old_style_calendar.as_deref() == Some("swedish");
        assert_eq!(swedish, m.code.as_deref() == Some("DD010"), "{line}");
        seen.push(m.old_style_calendar.unwrap_or_default());
    }
    assert!(seen.iter().any(|c| c == "swedish"), "{seen:?}");
    assert!(seen.iter().any(|c| c == "julian"), "{seen:?}");
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FindingLine {
    r#type: String,
    path: String,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    start: usize,
    end: usize,
    severity: String,
    code: String,
    name: String,
    message: String,
    help: Option<String>,
    text: String,
    verdict: String,
}

fn is_date(s: &str) -> bool {
    let t = s.strip_prefix(['-', '+']).unwrap_or(s);
    let parts: Vec<_> = t.split('-').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        || s.starts_with("--") && s.len() == 7
}

#[test]
fn every_scan_line_follows_the_contract() {
    let out = dualdate(
        &repo_path(""),
        &[
            "scan",
            "--format",
            "json",
            "fixtures/corpus",
            "fixtures/extract",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let mut kinds = std::collections::BTreeSet::new();
    let mut verdicts = std::collections::BTreeSet::new();
    for line in text.lines() {
        let m: MentionLine = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert_eq!(m.r#type, "mention");
        assert!(
            m.start < m.end
                && m.line >= 1
                && m.column >= 1
                && (m.end_line, m.end_column) > (m.line, m.column)
        );
        let file = std::fs::read(repo_path(&m.path)).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&file[m.start..m.end]),
            m.text,
            "{line}"
        );
        for date in [
            &m.julian,
            &m.gregorian,
            &m.julian_end,
            &m.gregorian_end,
            &m.expected_julian,
            &m.expected_gregorian,
        ]
        .into_iter()
        .flatten()
        {
            assert!(is_date(date), "{date} in {line}");
        }
        assert_eq!(
            m.julian_end.is_some() || m.gregorian_end.is_some(),
            m.kind == "range",
            "{line}"
        );
        assert!(["pair", "single", "partial", "dual-year", "range"].contains(&m.kind.as_str()));
        assert!(["label", "convention", "arithmetic", "option"].contains(&m.decided_by.as_str()));
        assert_eq!(m.code.is_some(), m.message.is_some());
        let _ = m.julian_first;
        // Without a region every Old Style date is Julian.
        assert_eq!(
            m.old_style_calendar.as_deref(),
            m.julian.as_ref().map(|_| "julian"),
            "{line}"
        );
        kinds.insert(m.kind);
        verdicts.insert(m.verdict);
    }
    // The fixtures exercise every kind and verdict.
    assert_eq!(kinds.len(), 5, "{kinds:?}");
    assert_eq!(
        verdicts.into_iter().collect::<Vec<_>>(),
        [
            "consistent",
            "inconsistent",
            "invalid",
            "partial",
            "single",
            "undetermined"
        ]
    );
}

#[test]
fn every_check_line_follows_the_contract() {
    let mut codes = std::collections::BTreeSet::new();
    // Russia's reform on the bundled corpus, and Sweden's calendar of its
    // own on the texts of its years.
    for (region, path) in [("RU", "fixtures/corpus"), ("SE", "fixtures/regions")] {
        let out = dualdate(
            &repo_path(""),
            &["check", "--format", "json", "--region", region, path],
        );
        assert_eq!(out.status.code(), Some(1));
        for line in stdout(&out).lines() {
            let f: FindingLine =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
            assert_eq!(f.r#type, "finding");
            assert!(["error", "warning", "note"].contains(&f.severity.as_str()));
            assert!(f.code.starts_with("DD") && !f.name.is_empty() && !f.message.is_empty());
            let file = std::fs::read(repo_path(&f.path)).unwrap();
            assert_eq!(String::from_utf8_lossy(&file[f.start..f.end]), f.text);
            let _ = (
                f.line,
                f.column,
                f.end_line,
                f.end_column,
                f.help,
                f.verdict,
            );
            codes.insert(f.code);
        }
    }
    // Between them they have a finding of every rule.
    assert_eq!(codes.len(), 10, "{codes:?}");
}

#[test]
fn sarif_is_one_valid_log() {
    let out = dualdate(
        &repo_path(""),
        &["check", "--format", "sarif", "fixtures/corpus/letters"],
    );
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "dualdate");
    assert_eq!(
        run["tool"]["driver"]["rules"].as_array().map(Vec::len),
        Some(10)
    );
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 5);
    for r in results {
        assert!(r["ruleId"].as_str().unwrap().starts_with("DD"));
        assert!(
            r["locations"][0]["physicalLocation"]["region"]["startLine"]
                .as_u64()
                .unwrap()
                >= 1
        );
    }
}
