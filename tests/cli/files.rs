//! Reading files: encodings, line ends, invalid UTF-8, binary files,
//! unreadable inputs, standard input, ignore rules, and a closed pipe.

use std::io::Write;
use std::process::{Command, Stdio};

use super::{dualdate, stderr, stdout};

const PAIR: &str = "On 30 December [5 January] 1918 the talks resumed.\n";

fn dir_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(path, bytes).unwrap();
    }
    dir
}

fn concise(dir: &tempfile::TempDir, args: &[&str]) -> (Option<i32>, String, String) {
    let mut all = vec!["check", "--format", "concise"];
    all.extend_from_slice(args);
    let out = dualdate(dir.path(), &all);
    (out.status.code(), stdout(&out), stderr(&out))
}

#[test]
fn byte_order_marks_utf16_and_crlf() {
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(PAIR.as_bytes());
    let utf16le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(PAIR.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let utf16be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(PAIR.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let crlf = format!("first line\r\n{}", PAIR.replace('\n', "\r\n"));
    let dir = dir_with(&[
        ("bom.txt", &bom),
        ("le.txt", &utf16le),
        ("be.txt", &utf16be),
        ("crlf.txt", crlf.as_bytes()),
    ]);
    let (code, out, err) = concise(&dir, &["."]);
    assert_eq!(code, Some(1), "{err}");
    let lines: Vec<_> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    // Columns count characters: the BOM is not one, nor is a CR.
    for name in ["be.txt", "bom.txt", "le.txt"] {
        assert!(
            out.contains(&format!("./{name}:1:4: error[DD001]")),
            "{name}: {out}"
        );
    }
    assert!(out.contains("./crlf.txt:2:4: error[DD001]"), "{out}");
    // Byte offsets are the file's own for UTF-8 with a BOM.
    let json = dualdate(dir.path(), &["scan", "--format", "json", "bom.txt"]);
    let v: serde_json::Value = serde_json::from_str(stdout(&json).lines().next().unwrap()).unwrap();
    assert_eq!(
        &bom[v["start"].as_u64().unwrap() as usize..v["end"].as_u64().unwrap() as usize],
        b"30 December [5 January] 1918"
    );
}

#[test]
fn large_files_read_alike_in_utf8_and_utf16_across_block_edges() {
    // ASCII filler to exact lengths, so that block edges fall inside a
    // mention (UTF-8: the first read is 1 MiB, the later ones 64 KiB) and
    // inside a surrogate pair (UTF-16: bytes 2 + 2 × unit, the first read
    // ending at byte 1 MiB).
    let line = "Nothing dated here, only words to fill a block.\n";
    let pad = |text: &mut String, to: usize| {
        while text.len() + line.len() <= to {
            text.push_str(line);
        }
        while text.len() < to {
            text.push('x');
        }
    };
    let mut text = String::from(PAIR);
    pad(&mut text, (1 << 19) - 2);
    text.push_str("😀\n");
    pad(&mut text, (1 << 20) - 10);
    text.push_str(PAIR);
    pad(&mut text, (1 << 20) + (1 << 16) - 6);
    text.push_str(PAIR);
    pad(&mut text, (1 << 20) + 3 * (1 << 16));
    text.push_str(PAIR);
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(
        &utf16[(1 << 20) - 2..(1 << 20) + 2],
        "😀"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect::<Vec<_>>()
    );
    let dir = dir_with(&[("u8.txt", text.as_bytes()), ("u16.txt", &utf16)]);
    let places = |name: &str| {
        let (code, out, err) = concise(&dir, &[name]);
        assert_eq!(code, Some(1), "{err}");
        out.lines()
            .map(|l| l.trim_start_matches(name).to_owned())
            .collect::<Vec<_>>()
    };
    let utf8 = places("u8.txt");
    assert_eq!(utf8.len(), 4, "{utf8:?}");
    assert_eq!(places("u16.txt"), utf8);
}

#[test]
fn invalid_utf8_is_read_around_with_exact_offsets() {
    // (Not FF FE first: that is the UTF-16 byte order mark.)
    let mut bytes = b"\xfd\xff\xfe garbage ".to_vec();
    bytes.extend_from_slice(PAIR.as_bytes());
    bytes.extend_from_slice(b"\xc3 and 8 [21] November 1917.\n");
    let dir = dir_with(&[("bad.txt", &bytes)]);
    let out = dualdate(dir.path(), &["scan", "--format", "json", "bad.txt"]);
    assert_eq!(out.status.code(), Some(0));
    let rows: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2);
    for r in &rows {
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            String::from_utf8_lossy(&bytes[s..e]),
            r["text"].as_str().unwrap()
        );
    }
    // Each invalid byte counts as one character.
    assert_eq!(rows[0]["column"], 16);
}

#[test]
fn binary_files_are_skipped_unless_named() {
    let mut binary = PAIR.as_bytes().to_vec();
    binary.extend_from_slice(b"\0\0\0");
    let dir = dir_with(&[("data.bin", &binary), ("text.txt", PAIR.as_bytes())]);
    let (code, out, err) = concise(&dir, &["."]);
    assert_eq!(code, Some(1));
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        err.contains("./data.bin: skipped: it looks binary"),
        "{err}"
    );
    let (_, out, _) = concise(&dir, &["data.bin"]);
    assert_eq!(
        out.lines().count(),
        1,
        "named explicitly, it is read: {out}"
    );
}

#[test]
fn an_unreadable_input_is_reported_and_the_others_checked() {
    let dir = dir_with(&[("a.txt", PAIR.as_bytes()), ("c.txt", PAIR.as_bytes())]);
    let (code, out, err) = concise(&dir, &["a.txt", "missing.txt", "c.txt"]);
    assert_eq!(code, Some(2), "an error outranks findings");
    assert_eq!(out.lines().count(), 2, "{out}");
    assert_eq!(
        err.lines().filter(|l| l.contains("missing.txt")).count(),
        1,
        "{err}"
    );
    assert!(err.starts_with("dualdate: error: missing.txt: "), "{err}");
    let json = dualdate(dir.path(), &["check", "--format", "json", "missing.txt"]);
    let v: serde_json::Value = serde_json::from_str(stdout(&json).trim()).unwrap();
    assert_eq!(
        (v["type"].as_str(), v["path"].as_str()),
        (Some("error"), Some("missing.txt"))
    );
    assert_eq!(json.status.code(), Some(2));
}

#[test]
fn ignore_rules_and_hidden_files() {
    let dir = dir_with(&[
        (".gitignore", b"ignored/\n"),
        ("ignored/a.txt", PAIR.as_bytes()),
        (".hidden/b.txt", PAIR.as_bytes()),
        ("kept/c.txt", PAIR.as_bytes()),
    ]);
    let (_, out, _) = concise(&dir, &["."]);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("kept/c.txt"));
    let (_, out, _) = concise(&dir, &["--hidden", "."]);
    assert_eq!(out.lines().count(), 2, "{out}");
    let (_, out, _) = concise(&dir, &["--hidden", "--no-ignore", "."]);
    assert_eq!(out.lines().count(), 3, "{out}");
}

#[test]
fn standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dualdate"))
        .args(["check", "--format", "concise", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(PAIR.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "-:1:4: error[DD001] Julian 30 December 1917 is Gregorian 12 January 1918, not 5 January\n"
    );
}

#[test]
fn files_are_never_changed() {
    let dir = dir_with(&[("a.txt", PAIR.as_bytes())]);
    let path = dir.path().join("a.txt");
    let before = (
        std::fs::read(&path).unwrap(),
        std::fs::metadata(&path).unwrap().modified().unwrap(),
    );
    for args in [
        &["check", "a.txt"][..],
        &["scan", "--format", "csv", "a.txt"],
    ] {
        dualdate(dir.path(), args);
    }
    let after = (
        std::fs::read(&path).unwrap(),
        std::fs::metadata(&path).unwrap().modified().unwrap(),
    );
    assert_eq!(before, after);
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let text = PAIR.repeat(200_000);
    let dir = dir_with(&[("big.txt", text.as_bytes())]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_dualdate"))
        .args(["scan", "big.txt"])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read_exact(&mut out, &mut first).unwrap();
    drop(out);
    let status = child.wait_with_output().unwrap();
    assert_eq!(
        status.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(
        status.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
}

#[test]
fn output_order_does_not_depend_on_threads() {
    let root = crate::util::repo_path("");
    for format in ["human", "json", "concise"] {
        let one = dualdate(
            &root,
            &["check", "--format", format, "--threads", "1", "fixtures"],
        );
        let two = dualdate(
            &root,
            &["check", "--format", format, "--threads", "2", "fixtures"],
        );
        assert_eq!(stdout(&one), stdout(&two), "{format}");
        assert!(!stdout(&one).is_empty());
    }
}

/// Findings are at the same lines and columns, ending at the same places,
/// whether lines end in a line feed, a CR and line feed, or a CR alone (old
/// Macintosh files), and a label cannot reach across a blank line.
#[test]
fn findings_are_placed_alike_whatever_ends_the_lines() {
    let text = "x\nMonday,\n25 October (7 November) 1917\nThe style was Old\n\nStyle 25 December 1642.\nAnd 30 December [5 January].\n";
    let json = |ending: &str| {
        let dir = dir_with(&[("a.txt", text.replace('\n', ending).as_bytes())]);
        let out = dualdate(dir.path(), &["check", "--format", "json", "a.txt"]);
        stdout(&out)
            .lines()
            .filter(|l| l.contains("\"finding\""))
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                let at = |k: &str| v[k].as_u64().unwrap();
                let code = v["code"].as_str().unwrap().to_owned();
                (
                    code,
                    at("line"),
                    at("column"),
                    at("end_line"),
                    at("end_column"),
                )
            })
            .collect::<Vec<_>>()
    };
    let lf = json("\n");
    assert_eq!(
        lf,
        [
            ("DD004".to_owned(), 2, 1, 3, 11),
            ("DD001".to_owned(), 7, 5, 7, 28)
        ]
    );
    assert_eq!(json("\r\n"), lf, "CR LF");
    assert_eq!(json("\r"), lf, "CR");
    // The text of a finding is the file's own, CR and all.
    let dir = dir_with(&[("a.txt", text.replace('\n', "\r").as_bytes())]);
    let out = stdout(&dualdate(
        dir.path(),
        &["check", "--format", "json", "a.txt"],
    ));
    assert!(out.contains(r#""text":"Monday,\r25 October""#), "{out}");
}
