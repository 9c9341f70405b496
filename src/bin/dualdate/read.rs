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
    // `text[..filled]` holds the text from byte `base` of the input on. UTF-8
    // is read straight into the room after it; UTF-16 is read into `raw` and
    // decoded into that room. `fill` stops short only at the end of the
    // input, and the first short read ends it (bytes appended to the file
    // later, or typed after an end-of-file on a terminal, are not read).
    let mut at_end = n < SNIFF;
    let (mut text, mut filled) = match &mut encoding {
        Encoding::Utf8 => {
            raw.copy_within(skip.min(n).., 0);
            (raw, n - skip.min(n))
        }
        Encoding::Utf16(decoder) => {
            let mut text = Vec::new();
            let filled = decode(decoder, &raw, &mut text, 0, at_end);
            (text, filled)
        }
    };
    let mut raw = Vec::new();
    let mut base = skip;
    let mut mentions = 0;
    let mut going = true;
    loop {
        let seen = text.get(..filled).unwrap_or_default();
        let done = stream.scan(seen, base, at_end, |m| {
            if going {
                mentions += 1;
                let checked = check::check(m, &settings.check);
                let located = locator.locate(seen, base, checked.mention.span.clone());
                going = each(&checked, &located);
            }
        });
        if !going {
            return Ok(Outcome::Stopped);
        }
        if at_end {
            if let Some(size) = size.filter(|&size| total < size) {
                return Err(format!(
                    "the file shrank while it was read: {total} of its {size} bytes were \
                     read, and findings up to there are reported"
                ));
            }
            return Ok(Outcome::Read(mentions));
        }
        // `scan` never returns more than it was given.
        let done = done.min(filled);
        locator.advance(seen, base, base + done);
        text.copy_within(done..filled, 0);
        filled -= done;
        base += done;
        let n = match &mut encoding {
            Encoding::Utf8 => {
                grow(&mut text, filled + BLOCK);
                let room = text.get_mut(filled..filled + BLOCK).unwrap_or_default();
                let n = fill(&mut reader, room).map_err(|e| e.to_string())?;
                filled += n;
                n
            }
            Encoding::Utf16(decoder) => {
                raw.resize(BLOCK, 0);
                let n = fill(&mut reader, &mut raw).map_err(|e| e.to_string())?;
                raw.truncate(n);
                filled = decode(decoder, &raw, &mut text, filled, n < BLOCK);
                n
            }
        };
        total += n as u64;
        at_end = n < BLOCK;
    }
}

/// Makes `buf` at least `len` bytes long.
fn grow(buf: &mut Vec<u8>, len: usize) {
    if buf.len() < len {
        buf.resize(len, 0);
    }
}

/// Decodes the UTF-16 bytes `raw` into `text` after its first `filled`
/// bytes (`last` if they end the input); returns the new length of text.
fn decode(
    decoder: &mut encoding_rs::Decoder,
    raw: &[u8],
    text: &mut Vec<u8>,
    filled: usize,
    last: bool,
) -> usize {
    let room = decoder
        .max_utf8_buffer_length(raw.len())
        .unwrap_or(raw.len() * 3 + 16);
    grow(text, filled + room);
    let out = text.get_mut(filled..filled + room).unwrap_or_default();
    let (_, _, written, _) = decoder.decode_to_utf8(raw, out, last);
    filled + written
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
