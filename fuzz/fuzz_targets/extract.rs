#![no_main]
//! Fuzz target `extract`: see `fuzz/targets.rs`.

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::extract(data));
