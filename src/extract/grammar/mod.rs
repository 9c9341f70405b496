//! The nom grammar of dates as they are written.

pub(crate) mod atoms;
pub(crate) mod cite;
pub(crate) mod date;
pub(crate) mod forms;
pub(crate) mod gedcom;
pub(crate) mod input;
pub(crate) mod wiki;
pub(crate) mod words;
