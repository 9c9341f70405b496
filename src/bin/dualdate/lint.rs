//! What `dualdate check` and `dualdate scan` share: the inputs, reading
//! them in parallel with output in input order, and exit codes.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use dualdate::calendar::Region;
use dualdate::check::{self, Checked, Severity};
use dualdate::extract::{self, Order};
use dualdate::report::findings::{self, Entry, ErrorRecord, FindingRecord, Summary};
use dualdate::report::locate::Located;
use dualdate::report::scan::{self as scan_report, MentionRecord};
use rayon::prelude::*;

use crate::inputs::{self, Source, Walk};
use crate::output::{self, Output, parse_region, parse_year};
use crate::read::{self, Outcome, Settings};

/// Files larger than this are read on their own, their output streamed.
const LARGE: u64 = 32 << 20;
/// At most this many files, or bytes, are read at once.
const BATCH_FILES: usize = 64;
const BATCH_BYTES: u64 = 64 << 20;

/// Options for reading, shared by `check` and `scan`.
#[derive(Debug, clap::Args)]
pub struct ReadArgs {
    /// Files and directories to read (directories recursively); `-` reads
    /// standard input. Default: the current directory.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The year of mentions that give none, when nothing before them is
    /// dated.
    #[arg(long, allow_negative_numbers = true, value_parser = parse_year)]
    pub year: Option<i32>,
    /// Which side of an unlabelled pair is Julian.
    #[arg(long, value_enum, default_value_t = OrderArg::Auto)]
    pub order: OrderArg,
    /// Check dates against this region's calendar reforms (e.g. RU, GB, SE).
    #[arg(long, value_name = "CODE", value_parser = parse_region)]
    pub region: Option<&'static Region>,
    /// Also read hidden files and directories.
    #[arg(long)]
    pub hidden: bool,
    /// Follow symbolic links.
    #[arg(long, short = 'L')]
    pub follow: bool,
    /// Do not honour .gitignore and .ignore files.
    #[arg(long)]
    pub no_ignore: bool,
    /// Threads to read files with (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
}

/// Which side of an unlabelled pair is Julian.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OrderArg {
    /// Old Style first, unless the dates say otherwise.
    Auto,
    /// The first date is Julian.
    JulianFirst,
    /// The first date is Gregorian.
    GregorianFirst,
}

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `check`: rustc-style diagnostics.
    Human { styled: bool, width: usize },
    /// `check`: one line per finding.
    Concise,
    /// `check`: JSON Lines.
    Json,
    /// `check`: one SARIF log.
    Sarif,
    /// `check`: GitHub workflow annotations.
    Github,
    /// `scan`: JSON Lines, the documented contract.
    ScanJson,
    /// `scan`: CSV.
    ScanCsv,
    /// `scan`: a line per mention.
    ScanHuman,
}

/// Output of one input, rendered.
#[derive(Debug, Default)]
struct Rendered {
    text: String,
    sarif: Vec<serde_json::Value>,
    summary: Summary,
    worst: Option<Severity>,
}

impl Format {
    /// Renders one checked mention.
    fn entry(self, path: &str, checked: &Checked, located: &Located, out: &mut Rendered) {
        let entry = Entry {
            path,
            checked,
            located,
        };
        out.summary.mentions += 1;
        for f in &checked.findings {
            out.summary.count(f);
            out.worst = out.worst.max(Some(f.severity));
        }
        let line = |s: String, text: &mut String| {
            text.push_str(&s);
            text.push('\n');
        };
        match self {
            Format::Human { styled, width } => {
                for f in &checked.findings {
                    // A blank line after each diagnostic, as rustc does.
                    line(
                        findings::human(&entry, f, styled, width) + "\n",
                        &mut out.text,
                    );
                }
            }
            Format::Concise => checked
                .findings
                .iter()
                .for_each(|f| line(findings::concise(&entry, f), &mut out.text)),
            Format::Json => checked
                .findings
                .iter()
                .for_each(|f| line(json(&FindingRecord::new(&entry, f)), &mut out.text)),
            Format::Github => checked
                .findings
                .iter()
                .for_each(|f| line(findings::github(&entry, f), &mut out.text)),
            Format::Sarif => checked
                .findings
                .iter()
                .for_each(|f| out.sarif.push(findings::sarif_result(&entry, f))),
            Format::ScanJson => line(json(&MentionRecord::new(&entry)), &mut out.text),
            Format::ScanCsv => line(scan_report::csv(&MentionRecord::new(&entry)), &mut out.text),
            Format::ScanHuman => line(
                scan_report::human(&MentionRecord::new(&entry)),
                &mut out.text,
            ),
        }
    }

    /// Reports an operational error: a line on standard error, and a record
    /// in the output for the formats that carry them.
    fn error(self, path: Option<&str>, message: &str, stdout: &mut impl Write) -> io::Result<()> {
        match path {
            Some(p) => output::error(&format!("{p}: {message}")),
            None => output::error(message),
        }
        match self {
            Format::Json | Format::ScanJson => writeln!(
                stdout,
                "{}",
                json(&ErrorRecord {
                    record: "error",
                    path,
                    message
                })
            ),
            Format::Github => writeln!(stdout, "{}", findings::github_error(path, message)),
            _ => Ok(()),
        }
    }
}

fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// When a run fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// On errors.
    Error,
    /// On warnings and errors.
    Warning,
    /// On any finding.
    Note,
    /// Never (exit status 0 unless an input could not be read).
    Never,
}

impl FailOn {
    fn fails(self, worst: Option<Severity>) -> bool {
        let threshold = match self {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
            FailOn::Note => Severity::Note,
            FailOn::Never => return false,
        };
        worst.is_some_and(|w| w >= threshold)
    }
}

/// Reads every input and writes the results; returns the exit status.
pub fn run(args: &ReadArgs, format: Format, fail_on: FailOn, out: &Output) -> io::Result<ExitCode> {
    let settings = Settings {
        extract: extract::Options {
            year: args.year,
            order: match args.order {
                OrderArg::Auto => Order::Auto,
                OrderArg::JulianFirst => Order::JulianFirst,
                OrderArg::GregorianFirst => Order::GregorianFirst,
            },
        },
        check: check::Options {
            region: args.region,
        },
    };
    let mut stdout = out.stdout();
    if format == Format::ScanCsv {
        writeln!(stdout, "{}", scan_report::CSV_HEADER)?;
    }
    let mut failed = false;
    let mut errors = Vec::new();
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let walk = Walk {
        hidden: args.hidden,
        follow: args.follow,
        no_ignore: args.no_ignore,
    };
    let sources = inputs::collect(&paths, walk, &mut |path, message| {
        errors.push((path, message))
    });
    for (path, message) in &errors {
        format.error(path.as_deref(), message, &mut stdout)?;
        failed = true;
    }
    let pool = match args.threads {
        Some(n) => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(n.max(1))
                .build()
                .map_err(|e| io::Error::other(e.to_string()))?,
        ),
        None => None,
    };
    let progress = Progress::new(&sources);
    let mut total = Summary::default();
    let mut worst = None;
    let mut sarif = Vec::new();
    let mut batch: Vec<&Source> = Vec::new();
    let mut batch_bytes = 0;
    let mut i = 0;
    while i <= sources.len() {
        let next = sources.get(i);
        let alone = next.is_some_and(|s| {
            matches!(s, Source::Stdin) || matches!(s, Source::File { size, .. } if *size > LARGE)
        });
        let full = batch.len() >= BATCH_FILES || batch_bytes >= BATCH_BYTES;
        if !batch.is_empty() && (next.is_none() || alone || full) {
            let results: Vec<_> = match &pool {
                Some(p) => p.install(|| {
                    batch
                        .par_iter()
                        .map(|s| read_one(s, &settings, format))
                        .collect()
                }),
                None => batch
                    .par_iter()
                    .map(|s| read_one(s, &settings, format))
                    .collect(),
            };
            for (source, (outcome, rendered)) in batch.iter().zip(results) {
                stdout.write_all(rendered.text.as_bytes())?;
                sarif.extend(rendered.sarif);
                failed |= finish(source, outcome, &mut total, format, &mut stdout)?;
                total.add(&rendered.summary);
                worst = worst.max(rendered.worst);
                progress.done(source);
            }
            batch.clear();
            batch_bytes = 0;
        }
        let Some(source) = next else { break };
        if alone {
            stdout.flush()?;
            let (outcome, rendered) = stream_one(source, &settings, format, &mut stdout)?;
            let stopped = matches!(outcome, Ok(Outcome::Stopped));
            sarif.extend(rendered.sarif);
            failed |= finish(source, outcome, &mut total, format, &mut stdout)?;
            total.add(&rendered.summary);
            worst = worst.max(rendered.worst);
            progress.done(source);
            if stopped {
                return Err(io::ErrorKind::BrokenPipe.into());
            }
        } else {
            batch_bytes += if let Source::File { size, .. } = source {
                *size
            } else {
                0
            };
            batch.push(source);
        }
        i += 1;
    }
    progress.finish();
    match format {
        Format::Sarif => writeln!(stdout, "{}", findings::sarif_log(&sarif))?,
        Format::Human { .. } if total.mentions > 0 || total.files > 0 => {
            writeln!(stdout, "{}", total.line())?;
        }
        _ => {}
    }
    stdout.flush()?;
    Ok(if failed || total.failures > 0 {
        ExitCode::from(2)
    } else if fail_on.fails(worst) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Reads one input into rendered output, turning a panic into an error.
fn read_one(
    source: &Source,
    settings: &Settings,
    format: Format,
) -> (Result<Outcome, String>, Rendered) {
    let name = source.name();
    let mut rendered = Rendered::default();
    let outcome = guarded(&name, || {
        read::read(source, settings, &mut |checked, located| {
            format.entry(&name, checked, located, &mut rendered);
            true
        })
    });
    (outcome, rendered)
}

thread_local! {
    /// Whether this thread is reading an input, so that a panic is
    /// reported as that input's error rather than printed by the default
    /// hook; and the last such panic's message.
    static GUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Installs the panic hook that keeps guarded panics quiet (see
/// [`guarded`]); other panics are printed as usual.
pub fn install_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if GUARDED.get() {
            PANIC.set(Some(info.to_string().replace('\n', " ")));
        } else {
            default(info);
        }
    }));
}

/// Runs the reading of one input, turning a panic into an error message
/// for that input.
fn guarded(name: &str, read: impl FnOnce() -> Result<Outcome, String>) -> Result<Outcome, String> {
    GUARDED.set(true);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        if crate::fault::injected(name) == Some(crate::fault::Fault::Panic) {
            panic!("a test panic for {name}");
        }
        read()
    }));
    GUARDED.set(false);
    result.unwrap_or_else(|_| {
        let what = PANIC.take().unwrap_or_else(|| "a panic".to_owned());
        Err(format!(
            "internal error while reading this input ({what}); please report it"
        ))
    })
}

/// Reads one input, writing its output as it comes; stops early if the
/// output is closed.
fn stream_one(
    source: &Source,
    settings: &Settings,
    format: Format,
    stdout: &mut impl Write,
) -> io::Result<(Result<Outcome, String>, Rendered)> {
    let name = source.name();
    let mut rendered = Rendered::default();
    let mut write_error = None;
    let outcome = guarded(&name, || {
        read::read(source, settings, &mut |checked, located| {
            format.entry(&name, checked, located, &mut rendered);
            let written = stdout.write_all(rendered.text.as_bytes());
            rendered.text.clear();
            match written {
                Ok(()) => true,
                Err(e) => {
                    write_error = Some(e);
                    false
                }
            }
        })
    });
    if let Some(e) = write_error {
        return Err(e);
    }
    Ok((outcome, rendered))
}

/// Counts an input's outcome and reports failures and skips; true if it
/// failed.
fn finish(
    source: &Source,
    outcome: Result<Outcome, String>,
    total: &mut Summary,
    format: Format,
    stdout: &mut impl Write,
) -> io::Result<bool> {
    let name = source.name();
    match outcome {
        Ok(Outcome::Read(_) | Outcome::Stopped) => {
            total.files += 1;
            Ok(false)
        }
        Ok(Outcome::Binary) => {
            total.skipped += 1;
            output::note(&format!(
                "{name}: skipped: it looks binary (a NUL byte); name the file to read it anyway"
            ));
            Ok(false)
        }
        Err(message) => {
            total.failures += 1;
            format.error(Some(&name), &message, stdout)?;
            Ok(true)
        }
    }
}

/// A progress bar on standard error, for long runs on a terminal only.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    fn new(sources: &[Source]) -> Progress {
        let bytes: u64 = sources
            .iter()
            .map(|s| {
                if let Source::File { size, .. } = s {
                    *size
                } else {
                    0
                }
            })
            .sum();
        let long = bytes > (256 << 20) || sources.len() > 5000;
        if !long || !io::stderr().is_terminal() {
            return Progress { bar: None };
        }
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(bytes),
            indicatif::ProgressDrawTarget::stderr(),
        );
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}",
        ) {
            bar.set_style(style);
        }
        Progress { bar: Some(bar) }
    }

    fn done(&self, source: &Source) {
        if let (Some(bar), Source::File { size, .. }) = (&self.bar, source) {
            bar.inc(*size);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
