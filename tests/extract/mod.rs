//! Extraction, tested on the team's own fixture texts
//! (`fixtures/extract/*.txt`) against golden files of the expected
//! mentions, on the seed corpus when it is present, and with properties.

mod adversarial;
mod golden;
mod prefilter;
mod properties;
mod seeds;
