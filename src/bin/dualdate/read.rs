//! Reading one input block by block: byte order marks and UTF-16, binary
//! files, and the library's extract → check → locate pipeline, with memory
//! bounded by the block size whatever the file's size.

use std::fs::File;
use std::io::{self, Read};

use dualdate::check::{self, Checked};
use dualdate::extract::{self, Stream};
use dualdate::report::locate::{Located, Locator};

use crate::fault::{self, Fault};
use crate::inputs::Source;

/// Bytes read first, to tell binary files and byte order marks.
const SNIFF: usize = 1 << 20;
/// Bytes read at a time after that: a block small enough to stay in the
/// processor's cache between the read and the scan (1 MB blocks made
/// reading the file take longer than extracting from it; BENCHMARKS.md).
const BLOCK: usize = 1 << 16;

/// How to read and check.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Extraction options.
    pub extract: extract::Options,
    /// Checking options.
    pub check: check::Options,
}

/// What became of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Read; this many mentions.
    Read(usize),
    /// Skipped: it holds NUL bytes and was found in a directory.
    Binary,
    /// Stopped early because the caller asked (its output was closed).
    Stopped,
}

/// The text encoding, from the byte order mark.
enum Encoding {
    Utf8,
    Utf16(encoding_rs::Decoder),
}

/// Reads `source` and calls `each` with every checked mention and its place,
/// in order, until `each` returns false.
///
/// # Errors
///
/// A message for a file that cannot be opened or read (mentions found
/// before a read error have been passed to `each`).
pub fn read(
    source: &Source,
    settings: &Settings,
    each: &mut dyn FnMut(&Checked, &Located) -> bool,
) -> Result<Outcome, String> {
    let fault = fault::injected(&source.name());
    // The size of a regular file when it was opened: reading fewer bytes
    // means another program cut it short during the run.
    let (mut reader, explicit, size): (Box<dyn Read>, bool, Option<u64>) = match source {
        Source::Stdin => (Box::new(io::stdin().lock()), true, None),
        Source::File { path, explicit, .. } => {
            if fault == Some(Fault::Vanish) {
                std::fs::remove_file(path).map_err(|e| e.to_string())?;
            }
            let file = File::open(path).map_err(|e| e.to_string())?;
            let size = file
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            // A directory opens on some systems; reading it fails below.
            (Box::new(file), *explicit, size)
        }
    };
    let mut raw = vec![0; SNIFF];
    let n = fill(&mut reader, &mut raw).map_err(|e| e.to_string())?;
    raw.truncate(n);
    let mut total = n as u64;
    if let (Some(Fault::Shrink), Source::File { path, .. }) = (fault, source) {
        let file = std::fs::OpenOptions::new().write(true).open(path);
        file.and_then(|f| f.set_len(0)).map_err(|e| e.to_string())?;
    }

    let (mut encoding, skip) = match raw.as_slice() {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding::Utf8, 3),
        [0xFF, 0xFE, ..] => (
            Encoding::Utf16(encoding_rs::UTF_16LE.new_decoder_with_bom_removal()),
            0,
        ),
        [0xFE, 0xFF, ..] => (
            Encoding::Utf16(encoding_rs::UTF_16BE.new_decoder_with_bom_removal()),
            0,
        ),
        _ => (Encoding::Utf8, 0),
    };
    if !explicit && matches!(encoding, Encoding::Utf8) && memchr::memchr(0, &raw).is_some() {
        return Ok(Outcome::Binary);
    }

    let mut stream = Stream::new(&settings.extract);
    let mut locator = Locator::new(skip);
    // `buf` holds the text from byte `base` of the input on; `block` is the
    // next raw block, `ahead` the one after it (read first, to know whether
    // `block` is the last).
    let mut buf: Vec<u8> = Vec::with_capacity(SNIFF + extract::KEEP);
    let mut base = skip;
    let mut mentions = 0;
    let mut going = true;
    raw.drain(..skip.min(raw.len()));
    let mut block = raw;
    let mut ahead = vec![0; BLOCK];
    loop {
        ahead.resize(BLOCK, 0);
        let n = fill(&mut reader, &mut ahead).map_err(|e| e.to_string())?;
        ahead.truncate(n);
        total += n as u64;
        let last = n == 0;
        match &mut encoding {
            Encoding::Utf8 => buf.extend_from_slice(&block),
            Encoding::Utf16(decoder) => {
                let room = decoder
                    .max_utf8_buffer_length(block.len())
                    .unwrap_or(block.len() * 3 + 16);
                let mut out = vec![0; room];
                let (_, _, written, _) = decoder.decode_to_utf8(&block, &mut out, last);
                buf.extend_from_slice(out.get(..written).unwrap_or_default());
            }
        }
        let done = stream.scan(&buf, base, last, |m| {
            if going {
                mentions += 1;
                let checked = check::check(m, &settings.check);
                let located = locator.locate(&buf, base, checked.mention.span.clone());
                going = each(&checked, &located);
            }
        });
        if !going {
            return Ok(Outcome::Stopped);
        }
        if last {
            if let Some(size) = size.filter(|&size| total < size) {
                return Err(format!(
                    "the file shrank while it was read: {total} of its {size} bytes were \
                     read, and findings up to there are reported"
                ));
            }
            return Ok(Outcome::Read(mentions));
        }
        locator.advance(&buf, base, base + done);
        buf.drain(..done);
        base += done;
        std::mem::swap(&mut block, &mut ahead);
    }
}

/// Reads until `buf` is full or the input ends; returns the bytes read.
fn fill(reader: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match reader.read(buf.get_mut(n..).unwrap_or_default()) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}
