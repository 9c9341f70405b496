//! Presentation: turns results into text for people or records for
//! programs. Renders only; reads and writes nothing.

pub mod cal;
pub mod convert;
pub mod findings;
pub mod locate;
pub mod regions;
pub mod scan;
