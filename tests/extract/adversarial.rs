//! Hostile inputs, checked for results (their speed is in
//! `benches/extract.rs`): deep nesting does not overflow the stack, numbers
//! in the text never size an allocation, and long runs of anything are
//! read in bounded steps.

use dualdate::extract::{Options, extract};

fn mentions(text: &str) -> Vec<String> {
    extract(text, &Options::default())
        .into_iter()
        .map(|m| text[m.span].to_owned())
        .collect()
}

#[test]
fn deep_nesting_is_flat_work() {
    let deep = "(".repeat(1 << 20) + "26 October (8 November) 1917" + &")".repeat(1 << 20);
    assert_eq!(mentions(&deep), ["26 October (8 November) 1917"]);
    let brackets = "[(".repeat(1 << 19) + "8 [21] November 1917";
    assert_eq!(mentions(&brackets), ["8 [21] November 1917"]);
    let partials = "26 октября (".repeat(50_000);
    assert!(mentions(&partials).is_empty());
}

#[test]
fn huge_numbers_are_no_dates_and_no_allocations() {
    assert!(mentions("99999999999999999999 October 1917").is_empty());
    assert!(mentions("on 26 October (8 November) 99999999999999999999").len() == 1);
    let digits = "9".repeat(1 << 20);
    assert!(mentions(&digits).is_empty());
    assert!(mentions(&format!("{digits} October (8 November)")).is_empty());
    // A year out of every range is a finding for the checker, not an error.
    let far = mentions("on 26 October (8 November) 999999999");
    assert_eq!(far, ["26 October (8 November) 999999999"]);
}

#[test]
fn long_runs_without_dates() {
    let marks = "октября".to_owned() + &"\u{301}".repeat(1 << 19) + " 26 октября (8 ноября) 1917";
    assert_eq!(mentions(&marks), ["26 октября (8 ноября) 1917"]);
    let months = "October November ".repeat(100_000);
    assert!(mentions(&months).is_empty());
    let crlf = "\r\n".repeat(1 << 19) + "26 October\r\n(8 November) 1917";
    assert_eq!(mentions(&crlf), ["26 October\r\n(8 November) 1917"]);
    let one_line = "and then ".repeat(200_000) + "26 October (8 November) 1917";
    assert_eq!(mentions(&one_line), ["26 October (8 November) 1917"]);
}

/// Found in review: the cheap test before the lexicon skips an ordinal
/// ending first, so that the month after it is measured alone against the
/// word-length bound (its combining marks fold away).
#[test]
fn an_ordinal_then_a_month_with_many_accents() {
    let month = "\u{301}".repeat(44) + "October";
    assert_eq!(month.len(), 95);
    let text = format!("on 26th{month} (8th November) 1917 x");
    let found = mentions(&text);
    assert_eq!(found, [&text[3..text.len() - 2]]);
}
