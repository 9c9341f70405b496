//! Golden files: each `fixtures/extract/NAME.txt` has `NAME.expected`, one
//! line per mention. Run with `BLESS=1` to rewrite them after a deliberate
//! change, then read the diff.

use std::fmt::Write;

use dualdate::extract::{Mention, Options, Side, YearSource, extract};

use crate::util::repo_path;

/// Line and column (1-based, in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn side(text: &str, s: &Option<Side>) -> String {
    let Some(s) = s else { return "-".to_owned() };
    let year = s
        .year
        .as_ref()
        .map_or("????".to_owned(), |y| format!("{:04}", y.value));
    let days = match (s.day_end, s.month_end) {
        (Some(end), Some(month)) => format!("{:02}..{month:02}-{end:02}", s.day),
        (Some(end), None) => format!("{:02}..{:02}", s.day, end),
        (None, _) => format!("{:02}", s.day),
    };
    let source = match s.year.as_ref().map(|y| &y.source) {
        None => "unknown".to_owned(),
        Some(YearSource::Written) => "written".to_owned(),
        Some(YearSource::Shared) => "shared".to_owned(),
        Some(YearSource::Option) => "option".to_owned(),
        Some(YearSource::Context { anchor }) => {
            format!("context@{}", line_col(text, anchor.start).0)
        }
        // The type is non-exhaustive: a later source shows as it debugs,
        // and the golden files say so.
        Some(other) => format!("{other:?}"),
    };
    let mut out = format!("{year}-{:02}-{days} ({source})", s.month);
    if let Some(w) = s.weekday {
        let _ = write!(out, " {w:?}");
    }
    if let Some(l) = s.label {
        let _ = write!(out, " label={l}");
    }
    if let Some(d) = s.dual_year {
        let _ = write!(out, " dual={d}");
    }
    out
}

/// The golden rendering of a text's mentions.
pub fn render(text: &str, mentions: &[Mention]) -> String {
    let mut out = String::new();
    for m in mentions {
        let (line, col) = line_col(text, m.span.start);
        let _ = writeln!(
            out,
            "{line}:{col} {:?} {} J={} G={} by={:?}",
            &text[m.span.clone()],
            m.kind.name(),
            side(text, &m.julian),
            side(text, &m.gregorian),
            m.decided_by
        );
    }
    out
}

#[test]
fn fixtures_match_their_golden_files() {
    let dir = repo_path("fixtures/extract");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/extract exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 4, "fixtures missing: {names:?}");
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for path in names {
        let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let actual = render(&text, &extract(&text, &Options::default()));
        let expected_path = path.with_extension("expected");
        if bless {
            std::fs::write(&expected_path, &actual).expect("write golden file");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if actual != expected {
            failures.push(format!(
                "{} differs from {}:\n--- expected\n{expected}+++ actual\n{actual}",
                path.display(),
                expected_path.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn negatives_hold_no_mention() {
    let text = std::fs::read_to_string(repo_path("fixtures/extract/negatives.txt")).unwrap();
    let mentions = extract(&text, &Options::default());
    assert!(mentions.is_empty(), "{}", render(&text, &mentions));
}

/// Every fixture reads the same with its lines ended by CRs alone (as in
/// old Macintosh files), which keeps every offset, and with CRs and line
/// feeds.
#[test]
fn fixtures_read_the_same_whatever_ends_their_lines() {
    for name in ["context", "forms", "languages", "negatives"] {
        let path = repo_path(&format!("fixtures/extract/{name}.txt"));
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
        let options = Options::default();
        let expected = render(&text, &extract(&text, &options));
        let cr = text.replace('\n', "\r");
        assert_eq!(
            render(&text, &extract(&cr, &options)),
            expected,
            "{name}, CR"
        );
        let crlf = text.replace('\n', "\r\n");
        let read = |m: &Mention| {
            let written = crlf[m.span.clone()].replace("\r\n", "\n");
            (written, m.kind.name(), m.decided_by)
        };
        let crlf_mentions: Vec<_> = extract(&crlf, &options).iter().map(read).collect();
        let lf_mentions: Vec<_> = extract(&text, &options)
            .iter()
            .map(|m| (text[m.span.clone()].to_owned(), m.kind.name(), m.decided_by))
            .collect();
        assert_eq!(crlf_mentions, lf_mentions, "{name}, CR LF");
    }
}
