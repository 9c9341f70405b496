//! Extraction speed on generated corpora (see `benches/corpus/mod.rs`): the
//! dated corpus (normal prose with dual and ordinary dates), prose with no
//! digits, and the adversarial inputs, each at 1, 2, 4, 8 and 16 MB, so
//! that one run gives both the per-byte comparison with normal prose and
//! the check that doubling the input at most doubles the time.
//!
//! `cargo bench --bench extract`; `scripts/bench-table.py` prints
//! the table in BENCHMARKS.md from the results.

#[path = "corpus/mod.rs"]
mod corpus;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use dualdate::extract::{Options, extract};

const MB: usize = 1_000_000;

fn extraction(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    for mb in [1, 2, 4, 8, 16] {
        for (name, text) in corpus::all(mb * MB) {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, mb), &text, |b, text| {
                b.iter(|| extract(black_box(text), &Options::default()))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
