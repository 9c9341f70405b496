//! Writes benchmark corpora, for comparisons with other tools and for
//! end-to-end runs:
//!
//! - `cargo run --release --example corpus -- dated 100 > /tmp/dated.txt`:
//!   one corpus of SIZE MB on standard output (KIND: dated, prose or any
//!   name of `corpus::all`);
//! - `cargo run --release --example corpus -- forms`: every written form of
//!   the dated corpus in every language, one to a line;
//! - `cargo run --release --example corpus -- dir DIR 1024 100`: a folder
//!   of dated-corpus files, 1024 MB in all, 100 KB each, in subfolders of
//!   100 files.

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use std::io::Write;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let kind = args.first().map_or("dated", String::as_str);
    if kind == "dir" {
        let (Some(dir), Some(mb), Some(kb)) =
            (args.get(1), number(args.get(2)), number(args.get(3)))
        else {
            eprintln!("usage: corpus dir DIR TOTAL_MB FILE_KB");
            std::process::exit(2);
        };
        if let Err(e) = write_dir(Path::new(dir), mb * 1_000_000, kb * 1000) {
            eprintln!("{dir}: {e}");
            std::process::exit(1);
        }
        return;
    }
    let bytes = number(args.get(1)).unwrap_or(100) * 1_000_000;
    let text = match kind {
        "dated" => corpus::dated(bytes),
        "prose" => corpus::prose(bytes),
        "forms" => corpus::forms(),
        other => match corpus::all(bytes)
            .into_iter()
            .find(|(name, _)| *name == other)
        {
            Some((_, text)) => text,
            None => {
                eprintln!("unknown corpus {other:?}");
                std::process::exit(2);
            }
        },
    };
    if std::io::stdout().lock().write_all(text.as_bytes()).is_err() {
        std::process::exit(1);
    }
}

fn number(arg: Option<&String>) -> Option<usize> {
    arg.and_then(|s| s.parse().ok())
}

/// Writes `total` bytes of dated corpus as files of `each` bytes, cut at
/// line ends, 100 files to a subfolder.
fn write_dir(dir: &Path, total: usize, each: usize) -> std::io::Result<()> {
    // One chunk of text is generated and cut into files at different
    // offsets, which keeps generation fast for gigabytes.
    let chunk = corpus::dated(64 << 20);
    let mut written = 0;
    let mut at = 0;
    let mut n = 0;
    while written < total {
        let mut end = (at + each).min(chunk.len());
        while !chunk.is_char_boundary(end) {
            end += 1;
        }
        let end = chunk[end..].find('\n').map_or(chunk.len(), |p| end + p + 1);
        let sub = dir.join(format!("{:05}", n / 100));
        std::fs::create_dir_all(&sub)?;
        std::fs::write(sub.join(format!("{n:07}.txt")), &chunk[at..end])?;
        written += end - at;
        n += 1;
        at = if end >= chunk.len() { 0 } else { end };
    }
    Ok(())
}
