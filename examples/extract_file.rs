//! Extracts every mention from a file, single-threaded, reading it in 64 KB
//! blocks as `dualdate check` does, UTF-8 validation included, and reports
//! the count and speed: `cargo run --release --example extract_file -- FILE`.

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
    let (mut buf, mut base, mut mentions, mut total) = (Vec::new(), 0, 0usize, 0usize);
    let mut block = vec![0; 1 << 16];
    loop {
        let n = match file.read(&mut block) {
            Ok(n) => n,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(2);
            }
        };
        total += n;
        buf.extend_from_slice(&block[..n]);
        let done = stream.scan(&buf, base, n == 0, |_| mentions += 1);
        if n == 0 {
            break;
        }
        buf.drain(..done);
        base += done;
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{mentions} mentions in {:.1} MB: {secs:.3} s, {:.0} MB/s",
        total as f64 / 1e6,
        total as f64 / 1e6 / secs
    );
}
