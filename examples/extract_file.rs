//! Extracts every mention from a file, single-threaded, and reports the
//! count and speed of extraction, UTF-8 validation included (the file is
//! read first): `cargo run --release --example extract_file -- FILE`.

use std::time::Instant;

use dualdate::extract::{Options, extract_bytes};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: extract_file FILE");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let start = Instant::now();
    let mentions = extract_bytes(&bytes, &Options::default());
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} mentions in {:.1} MB: {:.3} s, {:.0} MB/s",
        mentions.len(),
        bytes.len() as f64 / 1e6,
        secs,
        bytes.len() as f64 / 1e6 / secs
    );
}
