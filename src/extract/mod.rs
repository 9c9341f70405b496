//! Extraction: finds what a text says about dates, without judging it.

pub(crate) mod grammar;
