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
