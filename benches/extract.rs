//! Extraction speed on generated corpora (see `benches/corpus/mod.rs`):
//! the dated corpus, prose with no dates, adversarial inputs of the same
//! size, and the dated and worst adversarial corpus at 4, 8 and 16 MB to
//! show that doubling the input at most doubles the time.
//!
//! `cargo bench --bench extract`; results in BENCHMARKS.md.

#[path = "corpus/mod.rs"]
mod corpus;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use dualdate::extract::{Options, extract};

const MB: usize = 1_000_000;

fn same_size(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract_8mb");
    group.sample_size(20);
    for (name, text) in corpus::all(8 * MB) {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| extract(black_box(&text), &Options::default()))
        });
    }
    group.finish();
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract_scaling");
    group.sample_size(10);
    for mb in [4, 8, 16] {
        for (name, text) in [
            ("dated", corpus::dated(mb * MB)),
            (
                "adversarial_date_then_paren",
                corpus::repeated("26 октября (", mb * MB),
            ),
        ] {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, mb), &text, |b, text| {
                b.iter(|| extract(black_box(text), &Options::default()))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, same_size, scaling);
criterion_main!(benches);
