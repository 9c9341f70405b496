//! The integration tests, as one binary (see ripgrep's tests/tests.rs): each
//! module below covers one area.

mod util;

mod calendar;
mod check;
mod cli;
mod extract;
mod fuzz;
