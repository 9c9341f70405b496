//! How `dualdate check` shows findings: rustc-style diagnostics for people,
//! one line each, JSON Lines, GitHub workflow annotations and SARIF for
//! code scanning.

use std::fmt::Write;

use annotate_snippets::{AnnotationKind, Level, Origin, Renderer, Snippet};
use serde::Serialize;

use super::locate::{Located, Locator, Position};
use crate::check::{Checked, Finding, Rule, Severity};

/// A checked mention at its place in a file.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    /// The file, as given or found (`-` for standard input).
    pub path: &'a str,
    /// The mention and its verdict.
    pub checked: &'a Checked,
    /// Where the mention is.
    pub located: &'a Located,
}

impl<'a> Entry<'a> {
    /// Start and end of a finding's span, which lies inside the mention.
    pub fn position(&self, finding: &Finding) -> (Position, Position) {
        let m = &self.checked.mention.span;
        let ex = &self.located.excerpt;
        let walk = |to: usize| {
            let start = self.located.start;
            let from = ex.span.start;
            let upto = (ex.span.start + to.saturating_sub(m.start)).min(ex.text.len());
            let bytes = ex.text.as_bytes().get(from..upto).unwrap_or_default();
            let mut p = Locator::at(start).advance(bytes, start.offset, start.offset + bytes.len());
            p.offset = to;
            p
        };
        (walk(finding.span.start), walk(finding.span.end))
    }

    /// The text of a finding's span.
    pub fn text(&self, finding: &Finding) -> &'a str {
        let m = &self.checked.mention.span;
        let ex = &self.located.excerpt;
        let from = ex.span.start + finding.span.start.saturating_sub(m.start);
        let to = ex.span.start + finding.span.end.saturating_sub(m.start);
        ex.text.get(from..to).unwrap_or_default()
    }
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    }
}

/// `text` with each CR alone (not before a line feed) made a line feed,
/// byte for byte, for the renderer of snippets, which knows only line
/// feeds (and CR line feed pairs) as line breaks.
fn lone_crs_as_feeds(text: &str) -> String {
    let mut chars = text.chars().peekable();
    let mut out = String::with_capacity(text.len());
    while let Some(c) = chars.next() {
        let lone = c == '\r' && chars.peek() != Some(&'\n');
        out.push(if lone { '\n' } else { c });
    }
    out
}

/// A rustc-style diagnostic: `severity[code]: message`, `--> path:line:col`,
/// the source line with carets under the span, and `= help:`. Long lines
/// are cut around the span to fit `width` columns.
pub fn human(entry: &Entry<'_>, finding: &Finding, styled: bool, width: usize) -> String {
    let (start, _) = entry.position(finding);
    let ex = &entry.located.excerpt;
    let m = &entry.checked.mention.span;
    let span = ex.span.start + finding.span.start.saturating_sub(m.start)
        ..ex.span.start + finding.span.end.saturating_sub(m.start);
    let first_line = entry.located.start.line;
    let annotation = AnnotationKind::Primary
        .span(span)
        .label(finding.rule.name());
    let source = lone_crs_as_feeds(&ex.text);
    let snippet = Snippet::source(source.as_str()).line_start(first_line);
    let title = level(finding.severity)
        .primary_title(finding.message.as_str())
        .id(finding.rule.code());
    // The header's column comes from the excerpt, unless the excerpt does
    // not start at the line's start; then it is given.
    let group = if ex.from_line_start {
        title.element(snippet.path(entry.path).annotation(annotation))
    } else {
        title
            .element(
                Origin::path(entry.path)
                    .line(start.line)
                    .char_column(start.column),
            )
            .element(snippet.annotation(annotation))
    };
    let group = match &finding.help {
        Some(help) => group.element(Level::HELP.message(help.as_str())),
        None => group,
    };
    let renderer = if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    renderer.term_width(width).render(&[group])
}

/// One line: `path:line:col: severity[code] message`.
pub fn concise(entry: &Entry<'_>, finding: &Finding) -> String {
    let (start, _) = entry.position(finding);
    format!(
        "{}:{}:{}: {}[{}] {}",
        entry.path,
        start.line,
        start.column,
        finding.severity,
        finding.rule.code(),
        finding.message
    )
}

/// A finding in JSON Lines (`dualdate check --format json`).
#[derive(Debug, Clone, Serialize)]
pub struct FindingRecord<'a> {
    /// Always "finding".
    #[serde(rename = "type")]
    pub record: &'static str,
    /// The file.
    pub path: &'a str,
    /// Line of the start, from 1.
    pub line: usize,
    /// Column of the start in characters, from 1.
    pub column: usize,
    /// Line of the end.
    pub end_line: usize,
    /// Column just after the end.
    pub end_column: usize,
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// "error", "warning" or "note".
    pub severity: &'static str,
    /// The rule's code: "DD001".
    pub code: &'static str,
    /// The rule's name: "inconsistent".
    pub name: &'static str,
    /// What is wrong.
    pub message: &'a str,
    /// What to do, or the likely cause.
    pub help: Option<&'a str>,
    /// The text of the span.
    pub text: &'a str,
    /// The mention's verdict.
    pub verdict: &'static str,
}

impl<'a> FindingRecord<'a> {
    /// The record of a finding.
    pub fn new(entry: &Entry<'a>, finding: &'a Finding) -> FindingRecord<'a> {
        let (start, end) = entry.position(finding);
        FindingRecord {
            record: "finding",
            path: entry.path,
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
            start: finding.span.start,
            end: finding.span.end,
            severity: finding.severity.name(),
            code: finding.rule.code(),
            name: finding.rule.name(),
            message: &finding.message,
            help: finding.help.as_deref(),
            text: entry.text(finding),
            verdict: entry.checked.verdict.name(),
        }
    }
}

/// An operational error in JSON Lines (an unreadable file, say).
#[derive(Debug, Clone, Serialize)]
pub struct ErrorRecord<'a> {
    /// Always "error".
    #[serde(rename = "type")]
    pub record: &'static str,
    /// The file, if the error is about one.
    pub path: Option<&'a str>,
    /// What went wrong.
    pub message: &'a str,
}

/// Counts for the end of a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Files read.
    pub files: usize,
    /// Files skipped (binary).
    pub skipped: usize,
    /// Mentions found.
    pub mentions: usize,
    /// Findings by severity.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Notes.
    pub notes: usize,
    /// Files that could not be read.
    pub failures: usize,
}

impl Summary {
    /// Counts a finding.
    pub fn count(&mut self, finding: &Finding) {
        match finding.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Note => self.notes += 1,
        }
    }

    /// Adds another summary.
    pub fn add(&mut self, other: &Summary) {
        self.files += other.files;
        self.skipped += other.skipped;
        self.mentions += other.mentions;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.notes += other.notes;
        self.failures += other.failures;
    }

    /// The line printed at the end in human mode.
    pub fn line(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut s = format!(
            "checked {}, {}: {}, {}, {}",
            plural(self.files, "file", "files"),
            plural(self.mentions, "mention", "mentions"),
            plural(self.errors, "error", "errors"),
            plural(self.warnings, "warning", "warnings"),
            plural(self.notes, "note", "notes"),
        );
        if self.skipped > 0 {
            let _ = write!(
                s,
                "; {} skipped",
                plural(self.skipped, "binary file", "binary files")
            );
        }
        if self.failures > 0 {
            let _ = write!(
                s,
                "; {} could not be read",
                plural(self.failures, "file", "files")
            );
        }
        s
    }
}

/// Escapes a GitHub workflow command's message.
fn github_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a GitHub workflow command's property value.
fn github_property(s: &str) -> String {
    github_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// A GitHub Actions workflow annotation:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
pub fn github(entry: &Entry<'_>, finding: &Finding) -> String {
    let (start, end) = entry.position(finding);
    let command = match finding.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    };
    let mut message = finding.message.clone();
    if let Some(help) = &finding.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    format!(
        "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        github_property(entry.path),
        start.line,
        start.column,
        end.line,
        end.column,
        github_property(&format!("{} {}", finding.rule.code(), finding.rule.name())),
        github_data(&message)
    )
}

/// An operational error as a GitHub annotation.
pub fn github_error(path: Option<&str>, message: &str) -> String {
    match path {
        Some(p) => format!(
            "::error file={}::{}",
            github_property(p),
            github_data(message)
        ),
        None => format!("::error::{}", github_data(message)),
    }
}

/// One SARIF result for a finding (see [`sarif_log`]).
pub fn sarif_result(entry: &Entry<'_>, finding: &Finding) -> serde_json::Value {
    let (start, end) = entry.position(finding);
    let mut text = finding.message.clone();
    if let Some(help) = &finding.help {
        text.push_str(" (help: ");
        text.push_str(help);
        text.push(')');
    }
    serde_json::json!({
        "ruleId": finding.rule.code(),
        "level": finding.severity.name(),
        "message": { "text": text },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": entry.path.replace('\\', "/") },
                "region": {
                    "startLine": start.line,
                    "startColumn": start.column,
                    "endLine": end.line,
                    "endColumn": end.column,
                    "byteOffset": finding.span.start,
                    "byteLength": finding.span.end - finding.span.start,
                }
            }
        }]
    })
}

/// A whole SARIF 2.1.0 log of results, for code scanning.
pub fn sarif_log(results: &[serde_json::Value]) -> String {
    let rules: Vec<_> = Rule::ALL
        .iter()
        .map(|r| {
            serde_json::json!({
                "id": r.code(),
                "name": r.name(),
                "shortDescription": { "text": r.summary() },
                "defaultConfiguration": { "level": r.severity().name() },
            })
        })
        .collect();
    let log = serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "dualdate",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            } },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    serde_json::to_string_pretty(&log).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_escaping() {
        assert_eq!(github_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(github_property("a:b,c"), "a%3Ab%2Cc");
    }

    #[test]
    fn summary_line() {
        let s = Summary {
            files: 5,
            mentions: 8,
            errors: 1,
            notes: 1,
            ..Summary::default()
        };
        assert_eq!(
            s.line(),
            "checked 5 files, 8 mentions: 1 error, 0 warnings, 1 note"
        );
    }
}
