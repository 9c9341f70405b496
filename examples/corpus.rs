//! Writes a benchmark corpus to standard output, for comparisons with other
//! tools on the same file:
//!
//! `cargo run --release --example corpus -- dated 100 > /tmp/dated.txt`
//! (KIND: dated, prose or any name of `corpus::all`; SIZE in MB.)

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1);
    let kind = args.next().unwrap_or_else(|| "dated".to_owned());
    let mb: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100);
    let bytes = mb * 1_000_000;
    let text = match kind.as_str() {
        "dated" => corpus::dated(bytes),
        "prose" => corpus::prose(bytes),
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
    let mut out = std::io::stdout().lock();
    if out.write_all(text.as_bytes()).is_err() {
        std::process::exit(1);
    }
}
