//! Julian → Gregorian and back over the same random dates, for dualdate,
//! ICU4X's `icu_calendar` and the `julian` crate in the same run, with a
//! bare validated day-number formula as the floor.
//!
//! `cargo bench --bench convert`; results in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dualdate::calendar::{GregorianDate, JulianDate};

/// Dates per measured batch.
const N: usize = 1024;

/// Deterministic random (y, m, d) that are valid Julian and Gregorian
/// dates, years 1–2999 (the range both peers support fully).
fn dates() -> Vec<(i32, u8, u8)> {
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..N)
        .map(|_| {
            let y = 1 + (next() % 2999) as i32;
            let m = 1 + (next() % 12) as u8;
            let d = 1 + (next() % 28) as u8;
            (y, m, d)
        })
        .collect()
}

/// The floor: validate, then Julian day number and back with the
/// Neri–Schneider formulas written out, in 64-bit arithmetic without any
/// type around them.
mod floor {
    const SHIFT: i64 = 400 * 2500;

    fn days_in_month(leap: bool, m: u8) -> u8 {
        match m {
            2 => 28 + u8::from(leap),
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    pub fn julian_to_gregorian(y: i32, m: u8, d: u8) -> Option<(i32, u8, u8)> {
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y % 4 == 0, m) {
            return None;
        }
        if !(-999_999..=999_999).contains(&y) {
            return None;
        }
        // Julian date to a day count from 1 March of year -SHIFT.
        let j = i64::from(m <= 2);
        let yy = i64::from(y) + SHIFT - j;
        let mm = i64::from(m) + 12 * j;
        let n = 1461 * yy / 4 + (979 * mm - 2919) / 32 + i64::from(d) - 1;
        // The two counts differ by the Julian-Gregorian difference at the
        // epoch, -SHIFT/100 + SHIFT/400 - 2 days.
        let n = n - SHIFT / 100 + SHIFT / 400 - 2;
        // Day count to a Gregorian date.
        let n1 = 4 * n + 3;
        let c = n1 / 146_097;
        let nc = n1 % 146_097 / 4;
        let n2 = 4 * nc + 3;
        let p2 = 2_939_745 * n2;
        let z = p2 / 4_294_967_296;
        let ny = p2 % 4_294_967_296 / 2_939_745 / 4;
        let n3 = 2141 * ny + 197_913;
        let (mm, dd) = (n3 / 65_536, n3 % 65_536 / 2141 + 1);
        let jj = i64::from(ny >= 306);
        Some((
            (100 * c + z + jj - SHIFT) as i32,
            (mm - 12 * jj) as u8,
            dd as u8,
        ))
    }
}

fn julian_to_gregorian(c: &mut Criterion) {
    let dates = dates();
    // The floor must agree with dualdate, or it measures something else.
    for &(y, m, d) in &dates {
        let ours = JulianDate::new(y, m, d).unwrap().to_gregorian();
        let floor = floor::julian_to_gregorian(y, m, d).unwrap();
        assert_eq!(
            (ours.year(), ours.month(), ours.day()),
            floor,
            "{y}-{m}-{d}"
        );
    }
    let mut group = c.benchmark_group("julian_to_gregorian");
    group.throughput(Throughput::Elements(N as u64));
    group.bench_function("dualdate", |b| {
        b.iter(|| {
            for &(y, m, d) in &dates {
                let g = JulianDate::new(black_box(y), black_box(m), black_box(d))
                    .map(JulianDate::to_gregorian);
                black_box(g.ok());
            }
        })
    });
    group.bench_function("icu_calendar", |b| {
        b.iter(|| {
            for &(y, m, d) in &dates {
                let g =
                    icu_calendar::Date::try_new_julian(black_box(y), black_box(m), black_box(d))
                        .map(|j| j.to_calendar(icu_calendar::Gregorian));
                black_box(g.ok());
            }
        })
    });
    group.bench_function("julian_crate", |b| {
        b.iter(|| {
            for &(y, m, d) in &dates {
                let g = julian::Month::try_from(black_box(m))
                    .ok()
                    .and_then(|month| {
                        julian::Calendar::JULIAN
                            .at_ymd(black_box(y), month, u32::from(black_box(d)))
                            .ok()
                            .map(|j| j.convert_to(julian::Calendar::GREGORIAN))
                    });
                black_box(g);
            }
        })
    });
    group.bench_function("floor_formula", |b| {
        b.iter(|| {
            for &(y, m, d) in &dates {
                black_box(floor::julian_to_gregorian(
                    black_box(y),
                    black_box(m),
                    black_box(d),
                ));
            }
        })
    });
    group.finish();
}

fn gregorian_to_julian(c: &mut Criterion) {
    let dates = dates();
    let mut group = c.benchmark_group("gregorian_to_julian");
    group.throughput(Throughput::Elements(N as u64));
    group.bench_function("dualdate", |b| {
        b.iter(|| {
            for &(y, m, d) in &dates {
                let j = GregorianDate::new(black_box(y), black_box(m), black_box(d))
                    .map(GregorianDate::to_julian);
                black_box(j.ok());
            }
        })
    });
    group.bench_function("icu_calendar", |b| {
        b.iter(|| {
            for &(y, m, d) in &dates {
                let j =
                    icu_calendar::Date::try_new_gregorian(black_box(y), black_box(m), black_box(d))
                        .map(|g| g.to_calendar(icu_calendar::cal::Julian));
                black_box(j.ok());
            }
        })
    });
    group.bench_function("julian_crate", |b| {
        b.iter(|| {
            for &(y, m, d) in &dates {
                let j = julian::Month::try_from(black_box(m))
                    .ok()
                    .and_then(|month| {
                        julian::Calendar::GREGORIAN
                            .at_ymd(black_box(y), month, u32::from(black_box(d)))
                            .ok()
                            .map(|g| g.convert_to(julian::Calendar::JULIAN))
                    });
                black_box(j);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, julian_to_gregorian, gregorian_to_julian);
criterion_main!(benches);
