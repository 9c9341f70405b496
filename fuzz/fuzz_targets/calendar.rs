#![no_main]
//! Fuzz target `calendar`: see `fuzz/targets.rs`.

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::calendar(data));
