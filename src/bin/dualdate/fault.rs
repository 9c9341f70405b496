//! Faults the tests inject, in debug builds only: with
//! `DUALDATE_TEST_FAULT=KIND:NAME`, the input named NAME panics while it is
//! read (`panic`), is deleted just before it is opened (`vanish`), or is
//! cut short after its first block is read (`shrink`). They stand for a bug
//! and for other programs changing files during a run, which a test cannot
//! time from outside. Release builds have no hook.

/// A fault to inject. (Release builds never make one.)
#[cfg_attr(not(debug_assertions), allow(dead_code))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    Panic,
    Vanish,
    Shrink,
}

/// The fault the tests asked for on the input named `name`, if any.
#[cfg(debug_assertions)]
pub fn injected(name: &str) -> Option<Fault> {
    let value = std::env::var("DUALDATE_TEST_FAULT").ok()?;
    let (kind, target) = value.split_once(':')?;
    if target != name {
        return None;
    }
    match kind {
        "panic" => Some(Fault::Panic),
        "vanish" => Some(Fault::Vanish),
        "shrink" => Some(Fault::Shrink),
        _ => None,
    }
}

/// Release builds have no hook.
#[cfg(not(debug_assertions))]
pub fn injected(_: &str) -> Option<Fault> {
    None
}
