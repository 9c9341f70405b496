//! dualdate: convert, extract and cross-check Julian (Old Style) /
//! Gregorian (New Style) dates.
//!
//! ```
//! use dualdate::calendar::JulianDate;
//!
//! let d = JulianDate::new(1917, 10, 25)?;
//! assert_eq!(d.to_gregorian().long().to_string(), "7 November 1917");
//! # Ok::<(), dualdate::calendar::DateError>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// Library code must not panic on any input: no unwrap, expect, panic,
// indexing or string slicing that could fail (tests may).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::string_slice
    )
)]

pub mod calendar;
pub mod convert;
pub mod extract;
pub mod lexicon;
pub mod report;

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
pub mod check;
