//! The scanner: finds the places where a date can be and runs the grammar
//! there only, so that the work is linear in the input.
//!
//! Every mention contains a day number of one or two digits. The scanner
//! looks for digits with a loop the compiler vectorises, and for each run
//! of one or two digits asks a cheap question first: is there a bracket,
//! slash, dot or dash right after it, or a month name or range word next to
//! it? Only then does it run the grammar, on a bounded window, from up to
//! four tokens back (so that "Wednesday, 25 October" and "[O.S. 25
//! October]" are read whole), earliest start first.

use super::grammar::forms::{Reading, reading};
use super::grammar::words::{date_word, month_name, range_from, range_to, weekday_name};

/// How far before a day number a mention may start, in bytes.
const BACK: usize = 96;
/// The most text one parse may look at, in bytes.
const WINDOW: usize = 384;
/// How many tokens before a day number a mention may start.
const TOKENS_BACK: usize = 4;

/// Finds every reading in `text`, in order, and hands each to `take`, which
/// says how far the scan should go on from (the end of the reading, or an
/// earlier point if it rejects the reading).
pub(crate) fn scan<'a>(text: &'a str, mut take: impl FnMut(Reading<'a>, usize) -> usize) {
    let bytes = text.as_bytes();
    // Everything before `done` is read; the digit search resumes at `at`.
    let mut done = 0;
    let mut at = 0;
    while let Some(first) = find_digit(bytes, at) {
        let end = first
            + bytes
                .get(first..)
                .map_or(0, |b| b.iter().take_while(|c| c.is_ascii_digit()).count());
        at = end;
        if first < done {
            continue;
        }
        let len = end - first;
        let plausible = match len {
            1 | 2 => day_is_promising(text, first, end),
            // A year can start an ISO date, which dates what follows.
            4 => bytes.get(end) == Some(&b'-'),
            _ => false,
        };
        if !plausible {
            continue;
        }
        for start in starts(text, first, done) {
            let Some(window) = text.get(start..floor_boundary(text, start + WINDOW)) else {
                continue;
            };
            let Some((found, rest)) = reading(window) else {
                continue;
            };
            let stop = start + window.len() - rest.len();
            if stop <= first {
                continue;
            }
            let next = take(found, stop);
            done = next.max(start + 1);
            at = at.max(done);
            break;
        }
    }
}

/// The first ASCII digit at or after `from`. Checks 32 bytes at a time
/// without branching inside a block, which the compiler turns into vector
/// instructions.
fn find_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut offset = 0;
    for block in rest.chunks(32) {
        let any = block.iter().fold(false, |acc, b| acc | b.is_ascii_digit());
        if any {
            return block
                .iter()
                .position(u8::is_ascii_digit)
                .map(|p| from + offset + p);
        }
        offset += block.len();
    }
    None
}

/// The largest char boundary at or below `at` (or the text's end).
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether the day number at `first..end` has something date-like right
/// next to it.
fn day_is_promising(text: &str, first: usize, end: usize) -> bool {
    let after = text.get(end..).unwrap_or_default();
    // Skip an ordinal ending ("26th", "25-го" is caught by the dash) and
    // space.
    let after = after
        .trim_start_matches(|c: char| c.is_ascii_lowercase())
        .trim_start();
    match after.chars().next() {
        Some('(' | '[' | ')' | ']' | '/' | '.' | '-' | '–' | '—' | '‑' | '−') => {
            return true;
        }
        Some(c) if c.is_alphabetic() => {
            // "25 de octubre": a filler word may stand before the month.
            let month = date_word::<()>(after).map_or(after, |(rest, ())| rest.trim_start());
            if month_name::<()>(month).is_ok() || range_to::<()>(after).is_ok() {
                return true;
            }
        }
        _ => {}
    }
    // Month first ("October 26"), a weekday, or a range word ("с 24").
    match previous_word(text, first) {
        Some(w) => {
            month_name::<()>(w).is_ok()
                || weekday_name::<()>(w).is_ok()
                || range_from::<()>(w).is_ok()
        }
        None => false,
    }
}

/// The word ending just before `at` (across space and light punctuation),
/// from its first letter to the end of the text.
fn previous_word(text: &str, at: usize) -> Option<&str> {
    let before = text.get(..at)?;
    let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.'));
    let start = word_start(trimmed)?;
    text.get(start..)
}

/// Where the word that `text` ends with begins, if it ends with a letter.
fn word_start(text: &str) -> Option<usize> {
    let mut start = None;
    for (i, c) in text.char_indices().rev().take(64) {
        if super::grammar::words::is_word_char(c) || matches!(c, '\'' | '’' | 'ʼ') {
            start = Some(i);
        } else {
            break;
        }
    }
    start
}

/// Where a mention around the day number at `first` may start, earliest
/// first: up to [`TOKENS_BACK`] words or brackets before it, then the
/// number itself; never before `done` or more than [`BACK`] bytes back.
fn starts(text: &str, first: usize, done: usize) -> Vec<usize> {
    let limit = floor_boundary(text, first.saturating_sub(BACK)).max(done);
    let mut found = vec![first];
    let mut at = first;
    while found.len() <= TOKENS_BACK {
        let Some(before) = text.get(limit..at) else {
            break;
        };
        // Step back over space and the punctuation found inside dates.
        let trimmed =
            before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '/'));
        let Some(last) = trimmed.chars().next_back() else {
            break;
        };
        let token = if last == '(' || last == '[' {
            trimmed.len() - 1
        } else if let Some(s) = word_start(trimmed) {
            s
        } else {
            break;
        };
        at = limit + token;
        // A word cut in two by the limit cannot start a mention.
        let prev = text.get(..at).and_then(|t| t.chars().next_back());
        if at == limit && prev.is_some_and(super::grammar::words::is_word_char) {
            break;
        }
        found.push(at);
    }
    found.reverse();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_digits_across_blocks() {
        let text = "x".repeat(100) + "7";
        assert_eq!(find_digit(text.as_bytes(), 0), Some(100));
        assert_eq!(find_digit(text.as_bytes(), 101), None);
        assert_eq!(find_digit(b"", 0), None);
        assert_eq!(find_digit(b"12", 5), None);
    }

    #[test]
    fn starts_reach_back_over_words_and_brackets() {
        let text = "on Wednesday, 25 October";
        let first = text.find("25").unwrap();
        let s: Vec<_> = starts(text, first, 0)
            .iter()
            .map(|&s| &text[s..s + 2])
            .collect();
        assert_eq!(s, ["on", "We", "25"]);
        let text = "x [O.S. 25 October]";
        let first = text.find("25").unwrap();
        let s: Vec<_> = starts(text, first, 0)
            .iter()
            .map(|&s| &text[s..s + 1])
            .collect();
        assert_eq!(s, ["x", "[", "O", "S", "2"]);
    }

    #[test]
    fn promising_days() {
        let p = |t: &str| {
            let f = t.find(|c: char| c.is_ascii_digit()).unwrap();
            let e = f + t[f..].chars().take_while(char::is_ascii_digit).count();
            day_is_promising(t, f, e)
        };
        assert!(p("8 [21] November"));
        assert!(p("26 October"));
        assert!(p("October 26, 1917"));
        assert!(p("с 24 на 25"));
        assert!(p("el 25 de octubre"));
        assert!(!p("in 25 cases"));
        assert!(!p("Trotsky, iii, 2, p.64"));
    }
}
