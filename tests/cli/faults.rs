//! Faults: each problem gives one clear line on standard error naming the
//! path (and a JSON error record in JSON mode), every other input is still
//! checked, the exit status is 2, and nothing hangs.

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use super::{stderr, stdout};

const PAIR: &str = "On 30 December [5 January] 1918 the talks resumed.\n";

/// A folder everyone may read, with a good file in it.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    write(dir.path(), "good.txt", PAIR);
    dir
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
}

/// Runs dualdate in `dir`, killed after 20 seconds: a hang fails the test.
fn run(dir: &Path, args: &[&str], as_nobody: bool) -> Output {
    run_with(dir, args, as_nobody, None)
}

/// Runs dualdate in `dir` with a fault injected (`KIND:NAME`, see
/// `src/bin/dualdate/fault.rs`), killed after 20 seconds.
fn run_with(dir: &Path, args: &[&str], as_nobody: bool, fault: Option<&str>) -> Output {
    let bin = env!("CARGO_BIN_EXE_dualdate");
    let mut cmd = if as_nobody && running_as_root() {
        // Permissions do not stop root; run as nobody instead.
        let mut c = Command::new("setpriv");
        c.args(["--reuid=nobody", "--regid=nogroup", "--clear-groups", bin]);
        c
    } else {
        Command::new(bin)
    };
    let mut child = cmd
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .envs(fault.map(|f| ("DUALDATE_TEST_FAULT", f)))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("dualdate {args:?} hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

/// The run went on: the good file's finding is there, the status is 2, and
/// standard error has exactly one line naming `path`.
fn reported_once(out: &Output, path: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert!(
        stdout(out).contains("good.txt"),
        "the other file was checked: {}",
        stdout(out)
    );
    let lines: Vec<_> = err.lines().filter(|l| l.contains(path)).collect();
    assert_eq!(lines.len(), 1, "one line about {path}: {err}");
    assert!(lines[0].starts_with("dualdate: error: "), "{err}");
}

/// Standard error contains `text`.
fn says(out: &Output, text: &str) {
    assert!(stderr(out).contains(text), "{}", stderr(out));
}

#[test]
fn an_unreadable_file() {
    let dir = folder();
    write(dir.path(), "secret.txt", PAIR);
    std::fs::set_permissions(
        dir.path().join("secret.txt"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    let out = run(dir.path(), &["check", "--format", "concise", "."], true);
    reported_once(&out, "secret.txt");
    assert!(
        stderr(&out).contains("Permission denied"),
        "{}",
        stderr(&out)
    );
    let json = run(dir.path(), &["check", "--format", "json", "."], true);
    let records: Vec<serde_json::Value> = stdout(&json)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        records
            .iter()
            .any(|r| r["type"] == "error" && r["path"] == "./secret.txt"),
        "{records:?}"
    );
}

#[test]
fn an_unreadable_directory() {
    let dir = folder();
    std::fs::create_dir(dir.path().join("locked")).unwrap();
    write(&dir.path().join("locked"), "inside.txt", PAIR);
    std::fs::set_permissions(
        dir.path().join("locked"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    let out = run(dir.path(), &["check", "--format", "concise", "."], true);
    reported_once(&out, "locked");
}

#[test]
fn broken_symlinks_and_loops() {
    let dir = folder();
    symlink("nowhere.txt", dir.path().join("broken.txt")).unwrap();
    // Named, a broken link is an error.
    let out = run(
        dir.path(),
        &["check", "--format", "concise", "good.txt", "broken.txt"],
        false,
    );
    reported_once(&out, "broken.txt");

    std::fs::create_dir(dir.path().join("sub")).unwrap();
    symlink(".", dir.path().join("sub/self")).unwrap();
    symlink("..", dir.path().join("sub/parent")).unwrap();
    symlink("b", dir.path().join("sub/a")).unwrap();
    symlink("a", dir.path().join("sub/b")).unwrap();
    // Not followed (the default), links are passed over: nothing hangs.
    let out = run(
        dir.path(),
        &["check", "--format", "concise", "good.txt", "sub"],
        false,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // Followed, each loop and broken link is one error.
    let out = run(
        dir.path(),
        &["check", "--format", "concise", "--follow", "."],
        false,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).contains("good.txt"));
    let err = stderr(&out);
    for name in ["self", "parent", "sub/a", "sub/b", "broken.txt"] {
        assert!(err.lines().any(|l| l.contains(name)), "{name}: {err}");
    }
    // Named, a link loop is one error.
    let out = run(
        dir.path(),
        &["check", "--format", "concise", "good.txt", "sub/a"],
        false,
    );
    reported_once(&out, "sub/a");
}

#[test]
fn fifos_do_not_hang() {
    let dir = folder();
    let fifo = dir.path().join("pipe");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let out = run(
        dir.path(),
        &["check", "--format", "concise", "good.txt", "pipe"],
        false,
    );
    reported_once(&out, "pipe");
    let out = run(dir.path(), &["check", "--format", "concise", "."], false);
    reported_once(&out, "pipe");
}

#[test]
fn proc_files_are_read_like_files() {
    let dir = folder();
    let out = run(
        dir.path(),
        &[
            "check",
            "--format",
            "concise",
            "good.txt",
            "/proc/self/status",
        ],
        false,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn a_path_that_is_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let dir = folder();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    std::fs::write(dir.path().join(name), PAIR).unwrap();
    let out = run(dir.path(), &["check", "--format", "concise", "."], false);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("./caf\u{FFFD}.txt:1:4: error[DD001]"),
        "{}",
        stdout(&out)
    );
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "dualdate's fault hooks exist only in debug builds"
)]
fn a_panic_is_one_error_for_its_file() {
    let dir = folder();
    write(dir.path(), "boom.txt", PAIR);
    let args = ["check", "--format", "concise", "good.txt", "boom.txt"];
    let out = run_with(dir.path(), &args, false, Some("panic:boom.txt"));
    reported_once(&out, "boom.txt");
    says(&out, "internal error while reading this input");
    assert_eq!(
        stderr(&out).lines().count(),
        1,
        "no panic message besides: {}",
        stderr(&out)
    );
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "dualdate's fault hooks exist only in debug builds"
)]
fn a_file_that_vanishes_before_it_is_read() {
    let dir = folder();
    write(dir.path(), "gone.txt", PAIR);
    let out = run_with(
        dir.path(),
        &["check", "."],
        false,
        Some("vanish:./gone.txt"),
    );
    reported_once(&out, "gone.txt");
    says(&out, "No such file");
    assert!(!dir.path().join("gone.txt").exists(), "the hook deleted it");
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "dualdate's fault hooks exist only in debug builds"
)]
fn a_file_cut_short_while_it_is_read() {
    let dir = folder();
    // Three blocks of text: a finding in the first block, which is read
    // before the file is cut, and one in the last, which is never read.
    let filler = "Nothing dated here, only words to fill a block.\n".repeat(22_000);
    let text = format!("{PAIR}{filler}{filler}{filler}{PAIR}");
    assert!(text.len() > 3 << 20);
    write(dir.path(), "long.txt", &text);
    let args = ["check", "--format", "concise", "."];
    let out = run_with(dir.path(), &args, false, Some("shrink:./long.txt"));
    reported_once(&out, "long.txt");
    says(&out, "the file shrank while it was read");
    let found: Vec<_> = stdout(&out)
        .lines()
        .filter(|l| l.starts_with("./long.txt:"))
        .map(str::to_owned)
        .collect();
    assert_eq!(found.len(), 1, "only the first block's finding: {found:?}");
    assert!(found[0].starts_with("./long.txt:1:"), "{found:?}");
}
