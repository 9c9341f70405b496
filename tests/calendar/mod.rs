//! The calendar core, tested three ways: named known pairs, an independent
//! oracle over every day of ±9999 years, and properties.

mod oracle;
mod pairs;
mod properties;
mod regions;
