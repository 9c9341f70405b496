//! Extracts every mention from a file, single-threaded, reading it in 64 KB
//! blocks straight into the buffer that is scanned, as `dualdate check`
//! does after a file's first megabyte, UTF-8 validation included, and
//! reports the count and speed:
//! `cargo run --release --example extract_file -- FILE`.

use std::io::Read;
use std::time::Instant;

use dualdate::extract::{Options, Stream};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: extract_file FILE");
        std::process::exit(2);
    };
    let mut file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let start = Instant::now();
    let options = Options::default();
    let mut stream = Stream::new(&options);
    // `buf[..filled]` holds the text from byte `base` of the file on; each
    // read goes straight into the room after it, with no copy.
    const BLOCK: usize = 1 << 16;
    let (mut buf, mut filled) = (vec![0; 2 * BLOCK], 0);
    let (mut base, mut mentions, mut total) = (0, 0usize, 0usize);
    loop {
        if buf.len() < filled + BLOCK {
            buf.resize(filled + BLOCK, 0);
        }
        let room = buf.get_mut(filled..filled + BLOCK).unwrap_or_default();
        let n = match file.read(room) {
            Ok(n) => n,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(2);
            }
        };
        total += n;
        filled += n;
        let text = buf.get(..filled).unwrap_or_default();
        let done = stream.scan(text, base, n == 0, |_| mentions += 1);
        if n == 0 {
            break;
        }
        let done = done.min(filled);
        buf.copy_within(done..filled, 0);
        filled -= done;
        base += done;
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{mentions} mentions in {:.1} MB: {secs:.3} s, {:.0} MB/s",
        total as f64 / 1e6,
        total as f64 / 1e6 / secs
    );
}
