//! The scanner: finds the places where a date can be and runs the grammar
//! there only, so that the work is linear in the input.
//!
//! Every mention contains a day number of one or two digits. The scanner
//! finds the runs of digits with [masks of 64 bytes](super::digits), and for each run
//! of one or two digits asks the [gate](super::gate) first: is a month in
//! reach? Only then does it run the grammar, on a bounded window, from up
//! to four tokens back (so that "Wednesday, 25 October" and "[O.S. 25
//! October]" are read whole), earliest start first.

use super::digits::Digits;
use super::gate::Gate;
use super::grammar::atoms::{CLOSES_WITHIN, is_blank, open, trim_space_end};
use super::grammar::cite::{Cited, in_print_citation};
use super::grammar::forms::{
    HEADING_MARKS, Nowhere, Reading, heading_year, is_heading_mark, leads_nowhere, reading,
    year_in_text,
};
use super::grammar::gedcom::gedcom_escape;
use super::grammar::wiki::{
    LINK_TARGET, bracket_closes_soon, date_template, in_citation, layout_tags_end, linked_label,
    template_name,
};
use super::grammar::words::{is_word_char, label, range_from, word};
use super::mention::Kind;
use crate::lexicon::{Begins, is_ignorable, lexicon};

/// How far before a day number a mention may start, in bytes.
pub(crate) const BACK: usize = 96;
/// The most text one parse may look at, in bytes.
pub(crate) const WINDOW: usize = 384;
/// How many tokens before a day number a mention may start.
const TOKENS_BACK: usize = 4;

/// Where the search for day numbers goes on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Search {
    /// Digits before this offset have been judged.
    pub at: usize,
    /// The digits at `at` go on a run of digits already judged (the run
    /// reached the end of the text seen so far).
    pub in_run: bool,
}

/// How a stretch of text is scanned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct How {
    /// Whether numbers with no month in reach are skipped (the gate).
    pub prefilter: bool,
    /// Whether the text starts the input, and so a line.
    pub at_input_start: bool,
}

/// Finds every reading in `text` around day numbers that start before
/// `limit`, looking for them from `from`, in order, and hands each to
/// `take`, with whether it is a citation's (which dates nothing after it),
/// and `take` says how far the scan should go on from (the end of the
/// reading, or an earlier point if it rejects the reading).
///
/// Returns where a later scan of the same text, extended, must begin so
/// that nothing is missed or read twice (the readings found so far end
/// before it, and no mention can start before it around a day number at or
/// after `limit`), and where that scan's search goes on, which it must be
/// given as `from`.
pub(crate) fn scan<'a>(
    text: &'a str,
    limit: usize,
    from: Search,
    how: How,
    mut take: impl FnMut(Reading<'a>, usize, bool) -> usize,
) -> (usize, Search) {
    let How {
        prefilter,
        at_input_start,
    } = how;
    // Whether the text from `reach` on starts the input.
    let at_start = |reach: usize| at_input_start && reach == 0;
    let mut gate = Gate::default();
    let mut dead_ends = DeadEnds::default();
    let bytes = text.as_bytes();
    // Everything before `done` is read; the digit search resumes at `at`.
    let mut done = 0;
    let mut digits = Digits::new(bytes);
    let mut at = from.at.min(bytes.len());
    if from.in_run {
        at = digits.run_end(at);
    }
    // Resume at the start of a word: a later scan cannot see what came
    // before, and must not take the end of a word for a whole one.
    let resume = |done: usize, next: usize| {
        let at = floor_boundary(text, next.saturating_sub(BACK));
        let word = text.get(..at).and_then(word_start).unwrap_or(at);
        done.max(word)
    };
    while let Some(first) = digits.find(at) {
        if first >= limit {
            let search = Search {
                at: first,
                in_run: false,
            };
            return (resume(done, first), search);
        }
        let end = digits.run_end(first);
        at = end;
        if first < done {
            continue;
        }
        // Nothing before `reach` counts: a later scan of the same text,
        // extended, may not see it.
        let reach = floor_boundary(text, first.saturating_sub(BACK)).max(done);
        let admitted = match end - first {
            1 | 2 if prefilter => match dead_ends.again(bytes, first) {
                Some(bracket) => Admitted::Again(bracket),
                None if gate.admits(text, reach, first, end) => Admitted::Gate,
                None => continue,
            },
            1 | 2 => Admitted::Unasked,
            // A year can start an ISO date, which dates what follows.
            4 if bytes.get(end) == Some(&b'-') => Admitted::Unasked,
            // Or head a section: "== 1917 =="; or date what follows in
            // running text: "в 1917 г.", "In December 1825", "In 1905,".
            4 => {
                let rest = text.get(first..).unwrap_or_default();
                // The line a year at `at` opens: a heading's or a table row's.
                let line_at = |at| {
                    heading_start(text, reach, at, at_input_start)
                        .or_else(|| table_start(text, reach, at, at_input_start))
                };
                let line = line_at(first);
                let heading = line
                    .and_then(|(lead, opens)| heading_year(rest, lead, opens))
                    .or_else(|| title_year(text, reach, first, end, at_input_start));
                // A year as a wiki link, "In [[1905]],", is read from its
                // brackets, as the year it holds.
                let (from, to) = match linked_year_at(text, reach, first, end) {
                    true => (first - 2, end + 2),
                    false => (first, end),
                };
                // A linked year's line starts before its brackets: "*
                // [[1917]] – 2 (15) March".
                let line = match from < first {
                    true => line_at(from),
                    false => line,
                };
                let found = match heading {
                    Some(found) => Some((found, false)),
                    None => year_may_date(text, reach, from, to, line.is_some())
                        .then(|| {
                            let seen = text.get(reach..)?;
                            year_in_text(seen, from - reach, at_start(reach), line.map(|l| l.0))
                        })
                        .flatten()
                        .map(|found| (found, true)),
                };
                if let Some(((found, after), in_text)) = found {
                    let stop = text.len() - after.len();
                    // A year in a citation ("<ref>Pravda, December
                    // 1925</ref>") dates nothing after it.
                    let start = match &found {
                        Reading::Month(.., written) | Reading::Heading(_, written) => {
                            (written.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
                        }
                        _ => first,
                    };
                    let window_end = floor_boundary(text, start + WINDOW);
                    let cited = in_text && in_citation(text, reach, start..stop, window_end);
                    done = take(found, stop, cited).max(first + 1);
                    at = at.max(done);
                }
                continue;
            }
            _ => continue,
        };
        for start in starts(text, reach, done, first, dead_ends.unclosed).iter() {
            let Some(window) = text.get(start..floor_boundary(text, start + WINDOW)) else {
                continue;
            };
            // The gate may have read the month after the number already,
            // and what follows it may rule a reading out ("26 октября (").
            if start == first && dead_ends.rule_out(text, window, first, admitted, &gate) {
                continue;
            }
            let Some((found, rest)) = reading(window) else {
                continue;
            };
            if partial_after_number(text, reach, start, &found) {
                continue;
            }
            let stop = start + window.len() - rest.len();
            if stop <= first {
                continue;
            }
            // A plain date in a citation's metadata ("|access-date=12 March
            // 2021", or anywhere inside "<ref>…</ref>"), or a printed
            // source's ("Pravda, 26 December 1925, p. 3."), is read, so that
            // no number of it is read again, but dates nothing after it; so
            // is a mention in a citation, "<ref>Pravda, 14 (26) December
            // 1925.</ref>", "Pravda, 14 (26) December 1925, p. 3.", which is
            // a mention all the same.
            let window_end = start + window.len();
            let (span, at_start) = (start..stop, at_start(reach));
            let what = match found {
                Reading::Anchor(_) => Some(Cited::Date),
                Reading::Mentions(_) => Some(Cited::Mention),
                Reading::Heading(..) | Reading::Month(..) => None,
            };
            let cited = what.is_some_and(|what| {
                in_citation(text, reach, span.clone(), window_end)
                    || in_print_citation(text, reach, span, window_end, at_start, what)
            });
            done = take(found, stop, cited).max(start + 1);
            at = at.max(done);
            break;
        }
    }
    let resume = resume(done, text.len());
    // A run of digits cut by the end of the text may go on in a later scan.
    let in_run = at == bytes.len() && at > 0 && bytes.get(at - 1).is_some_and(u8::is_ascii_digit);
    (resume, Search { at, in_run })
}

/// Whether `found`, read from `start`, is one bracketed day before a month
/// right after a number (looking back to `reach`): the second day of "10
/// (11) October 2023", whose two days the grammar found too far apart for
/// one day in two calendars, is no half of a pair either.
fn partial_after_number(text: &str, reach: usize, start: usize, found: &Reading<'_>) -> bool {
    let Reading::Mentions(mentions) = found else {
        return false;
    };
    if !matches!(mentions.as_slice(), [m] if m.kind == Kind::Partial) {
        return false;
    }
    let before = text.get(reach..start).unwrap_or_default();
    let before = trim_space_end(before, |c| c == '.');
    before.ends_with(|c: char| c.is_ascii_digit())
}

/// Why a number is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Admitted {
    /// The gate admitted the day number.
    Gate,
    /// The bytes of the last dead end stand at the day number, up to their
    /// bracket at this offset: a month follows, the gate would admit it.
    Again(usize),
    /// No gate asked: without the pre-filter, or a year before a dash.
    Unasked,
}

/// What the scan has learnt of readings ruled out at a number before the
/// grammar runs, for the numbers after it.
#[derive(Debug, Default)]
struct DeadEnds {
    /// An opening bracket known not to close soon.
    unclosed: Option<usize>,
    /// The last number whose reading was ruled out by an opening bracket
    /// after its month that does not close soon ("26 октября ("): where
    /// the number starts, and the offset of the bracket from there. Those
    /// bytes, up to the bracket, at a later number get the same answers
    /// from the gate and from [`leads_nowhere`] (which look at nothing
    /// else), but for whether the later bracket closes soon.
    last: Option<(usize, usize)>,
}

impl DeadEnds {
    /// The offset of the bracket, if the bytes of the last dead end stand
    /// again at `first`.
    fn again(&self, bytes: &[u8], first: usize) -> Option<usize> {
        let (from, bracket) = self.last?;
        // Most numbers have no bracket there: tell them by one byte.
        if bytes.get(first + bracket) != bytes.get(from + bracket) {
            return None;
        }
        let len = bracket + 1;
        let here = bytes.get(first..first + len)?;
        (Some(here) == bytes.get(from..from + len)).then_some(bracket)
    }

    /// Whether a reading of `window`, which starts at the number at
    /// `first` of `text`, is ruled out without the grammar: because the
    /// bytes of the last dead end stand there again and this bracket does
    /// not close soon either, or because [`leads_nowhere`] says so of the
    /// month word the gate read after the number.
    fn rule_out(
        &mut self,
        text: &str,
        window: &str,
        first: usize,
        admitted: Admitted,
        gate: &Gate,
    ) -> bool {
        let nowhere = match admitted {
            Admitted::Again(bracket) => {
                let at_bracket = window.get(bracket..).unwrap_or_default();
                let Ok((inside, closing)) = open::<()>(at_bracket) else {
                    return false;
                };
                let closes = bracket_closes_soon(inside, closing);
                (!closes).then_some(Nowhere {
                    unclosed: Some(bracket),
                })
            }
            Admitted::Gate => gate
                .month_word()
                .filter(|w| w.start > first)
                .and_then(|w| leads_nowhere(window, w.start - first..w.end - first)),
            Admitted::Unasked => None,
        };
        let Some(nowhere) = nowhere else {
            return false;
        };
        if let Some(at) = nowhere.unclosed {
            // A bracket that does not close soon within the window does not
            // in the text either, if the window held all that `closes_soon`
            // looks at: the next number need not look.
            let seen = first + window.len();
            if first + at + 1 + CLOSES_WITHIN <= seen || seen == text.len() {
                self.unclosed = Some(first + at);
            }
            self.last = Some((first, at));
        }
        true
    }
}

/// Where a year heading may start: the marks before the number at `first`,
/// if it stands at the start of a line but for them (not before `reach`;
/// the text's start is a line's start only if it is the input's, past a
/// byte-order mark), and whether that line opens a section (see
/// [`opens_section`]; asked only where the next line starts with a mark,
/// as only an underlined year needs it).
fn heading_start(
    text: &str,
    reach: usize,
    first: usize,
    at_input_start: bool,
) -> Option<(&str, bool)> {
    let bytes = text.as_bytes();
    let line_start = line_start_past(text, reach, first, at_input_start, is_heading_mark)?;
    // Only an underlined year needs to open a section: the line after
    // it must start with a mark.
    let next_line = bytes
        .get(first..)
        .unwrap_or_default()
        .iter()
        .skip_while(|b| b.is_ascii_digit() || matches!(b, b' ' | b'\t'))
        .find(|&&b| b != b'\r' && b != b'\n');
    let opens_section = matches!(next_line, Some(b'=' | b'-'))
        && opens_section(text, reach, line_start, at_input_start);
    Some((text.get(line_start..first)?, opens_section))
}

/// Where the line of the year at `first` starts, past the bytes before it
/// that `mark` accepts ([`HEADING_MARKS`] at most), if it starts after
/// `reach`, or at the input's start (`at_input_start`, a byte-order mark
/// before it or not).
fn line_start_past(
    text: &str,
    reach: usize,
    first: usize,
    at_input_start: bool,
    mark: impl Fn(u8) -> bool,
) -> Option<usize> {
    let lead = text
        .as_bytes()
        .get(reach..first)?
        .iter()
        .rev()
        .take(HEADING_MARKS + 1)
        .take_while(|&&b| mark(b))
        .count();
    let line_start = first - lead;
    let before = text.get(..line_start)?;
    let at_line_start = if before.is_empty() || before == "\u{feff}" {
        at_input_start
    } else {
        line_start > reach && before.ends_with(['\n', '\r'])
    };
    (lead <= HEADING_MARKS && at_line_start).then_some(line_start)
}

/// The start of a table row of wiki markup before the year at `first`:
/// the cell marks and space since its line's start ("| 1905 || 9 (22)
/// January"), seen whole after `reach`, and no section.
fn table_start(
    text: &str,
    reach: usize,
    first: usize,
    at_input_start: bool,
) -> Option<(&str, bool)> {
    // Most years are not in a cell: told from the mark before the space.
    let before = text.as_bytes().get(reach..first)?;
    if before.iter().rev().find(|&&b| b != b' ') != Some(&b'|') {
        return None;
    }
    let cell = |b: u8| matches!(b, b' ' | b'\t' | b'|');
    let line_start = line_start_past(text, reach, first, at_input_start, cell)?;
    let cells = text.get(line_start..first)?;
    cells.starts_with('|').then_some((cells, false))
}

/// How many words a title line may have before its year.
const TITLE_WORDS: usize = 3;

/// A year that ends a short title on a line of its own, which opens a
/// section and is followed by a blank line, as a diary or a letter-book
/// heads its year: "Diary, 1917.", "Дневник. 1918.", "Letters 1917": a
/// heading for what follows. The title's first word names a diary or a
/// dated document (see
/// [`Language::diaries`](crate::lexicon::Language::diaries)). The year
/// is at `first..end` of `text`, seen from `reach` on.
fn title_year<'a>(
    text: &'a str,
    reach: usize,
    first: usize,
    end: usize,
    at_input_start: bool,
) -> Option<(Reading<'a>, &'a str)> {
    let written = text.get(first..end)?;
    // The rest of the line: a full stop at most, then a blank line.
    let after = text.get(end..)?;
    let rest = after
        .strip_prefix('.')
        .unwrap_or(after)
        .trim_start_matches([' ', '\t']);
    let next = match rest {
        "" => rest,
        _ => rest
            .strip_prefix("\r\n")
            .or_else(|| rest.strip_prefix(['\n', '\r']))?,
    };
    if !(next.is_empty()
        || next
            .trim_start_matches([' ', '\t'])
            .starts_with(['\n', '\r']))
    {
        return None;
    }
    // The title: a few words with a capital, each perhaps with a comma or
    // a full stop after it, from the line's start.
    let seen = text.get(reach..first)?;
    let line_start = match memchr::memrchr2(b'\n', b'\r', seen.as_bytes()) {
        Some(k) => reach + k + 1,
        None if reach == 0 && at_input_start => 0,
        None => return None,
    };
    let title = text.get(line_start..first)?.trim_start_matches('\u{feff}');
    let words = title
        .split_whitespace()
        .map(|piece| piece.strip_suffix([',', '.', ':']).unwrap_or(piece));
    if words
        .clone()
        .any(|w| w.is_empty() || !w.chars().all(is_word_char))
        || !(1..=TITLE_WORDS).contains(&words.clone().count())
    {
        return None;
    }
    // The first word names a diary or a dated document, with a capital:
    // not a citation's or a caption's "Smith, London, 1917.", "Pravda,
    // 1917.".
    let lexicon = lexicon();
    let first_word = words.clone().next()?;
    let named = lexicon.names_diary(first_word) || lexicon.names_document(first_word);
    let capital = title.starts_with(char::is_uppercase);
    if !named || !capital || !title.ends_with(char::is_whitespace) {
        return None;
    }
    if !opens_section(text, reach, line_start, at_input_start) {
        return None;
    }
    let year = crate::extract::grammar::atoms::year::<()>(written).ok()?.1;
    Some((Reading::Heading(year, written), text.get(end..)?))
}

/// Whether the line starting at `line_start` opens a section: the text's
/// start, or a line after a blank one, a heading ("# Diary", "== 1650 ==")
/// or a line of marks under one, seen whole from `reach` on.
fn opens_section(text: &str, reach: usize, line_start: usize, at_input_start: bool) -> bool {
    let bytes = text.as_bytes();
    let before = bytes.get(..line_start).unwrap_or_default();
    let above = before
        .strip_suffix(b"\r\n")
        .or_else(|| before.strip_suffix(b"\n"))
        .or_else(|| before.strip_suffix(b"\r"))
        .unwrap_or(before);
    if above.len() == before.len() {
        // At the text's start (`heading_start` has seen no line break).
        return true;
    }
    let seen = above.get(reach..).unwrap_or_default();
    let Some(above_start) = memchr::memrchr2(b'\n', b'\r', seen).map(|at| reach + at + 1) else {
        // The line above starts at the text's start (past a byte-order
        // mark), if that is in sight.
        let line = above.strip_prefix("\u{feff}".as_bytes()).unwrap_or(above);
        return reach == 0 && at_input_start && line_heads(line);
    };
    line_heads(above.get(above_start..).unwrap_or_default())
}

/// Whether a line is blank or a heading ("# Diary", "== 1650 =="), after
/// which an underlined year opens a section. A line of marks alone is
/// none: under a sum it is a table's rule ("-----" over " 1917").
fn line_heads(line: &[u8]) -> bool {
    let line = line.trim_ascii();
    let wiki = line.starts_with(b"=")
        && line.ends_with(b"=")
        && line.iter().any(|b| !matches!(b, b'=' | b' ' | b'\t'));
    line.is_empty() || line.starts_with(b"#") || wiki
}

/// Whether the year at `first..end` of `text` may date what follows in
/// running text ([`year_in_text`]), told cheaply: a comma follows it (or,
/// at a line's start, `line_start`, a colon, a full stop, space, a tab, a
/// cell's mark or bold's), a year word or an era may follow it, a month
/// may end the text before it, with one space between, or a short word in
/// capitals opening the line ("In 1917 the"), (not before `reach`).
fn year_may_date(text: &str, reach: usize, first: usize, end: usize, line_start: bool) -> bool {
    let next = text.as_bytes().get(end);
    if next == Some(&b',') {
        return true;
    }
    // First on its line, with punctuation, a cell's mark, bold's marks or
    // space after it: "1825: 14 (26) December", "* 1905 – 9 (22) January",
    // "| 1905 || 9 (22) January", "* '''1917''': 2 (15) March".
    if line_start && matches!(next, Some(b':' | b'.' | b' ' | b'\t' | b'|' | b'\'')) {
        return true;
    }
    if year_word_may_follow(text, end) {
        return true;
    }
    let before = text.get(reach..first).unwrap_or_default();
    let Some(name) = before.strip_suffix([' ', '\u{a0}']) else {
        return false;
    };
    // A phrase naming the year: "Im Jahre 1905 begann".
    if lexicon().may_end_year_name(name) {
        return true;
    }
    // A short word in capitals opening a line and a sentence set in the
    // year, then a word: "In 1917 the Tsar abdicated" (see
    // `year_in_text`).
    if next == Some(&b' ') && opens_line_short(name.as_bytes()) {
        return true;
    }
    // An abbreviated month's dot: "In Dec. 1825".
    let name = name.strip_suffix('.').unwrap_or(name);
    // How the word ends, then how it begins: "in 1905" is turned away at
    // its start (though "in" ends "juin").
    !name.is_empty()
        && lexicon().may_end_month(name)
        && word_start(name)
            .and_then(|start| name.get(start..))
            .is_none_or(|word| lexicon().may_begin(word, Begins::Month))
}

/// Whether `name` ends with a word of two or three ASCII letters, a
/// capital first, that opens its line: "In", told from the bytes alone.
fn opens_line_short(name: &[u8]) -> bool {
    let n = name.len();
    (2..=3).any(|k| {
        let Some(word) = name.get(n.wrapping_sub(k)..) else {
            return false;
        };
        let (first, rest) = word.split_first().unwrap_or((&0, &[]));
        let line_start = n == k || matches!(name.get(n - k - 1), Some(b'\n' | b'\r'));
        first.is_ascii_uppercase() && rest.iter().all(u8::is_ascii_lowercase) && line_start
    })
}

/// Whether a year word or an era may follow the year that ends at `end`
/// of `text`, after one space (or no-break space), or a dot and a space, at
/// most: most years in running text are followed by punctuation, a dash, a
/// bracket or another word, told from its first letters. (Every year word
/// and era of the lexicon is in a script of one or two bytes a letter.)
fn year_word_may_follow(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    let rest = rest
        .strip_prefix(". ")
        .or_else(|| rest.strip_prefix([' ', '\u{a0}']))
        .unwrap_or(rest);
    // A letter: ASCII, or a character of two bytes (Latin, Greek,
    // Cyrillic); not the dashes and quotes of three (U+2000 on).
    let letter = match rest.as_bytes().first() {
        Some(&b) if b.is_ascii() => b.is_ascii_alphabetic(),
        Some(&b) => (0xC0..0xE0).contains(&b),
        None => false,
    };
    letter && lexicon().may_begin(rest, Begins::YearWord)
}

/// Whether the year at `first..end` of `text` is a wiki link's whole
/// target, "[[1905]]", with its brackets after `reach`.
fn linked_year_at(text: &str, reach: usize, first: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    first >= reach + 2
        && bytes.get(first - 2..first) == Some(b"[[")
        && bytes.get(end..end + 2) == Some(b"]]")
}

/// How many ASCII digits there are from `at` on.
pub(crate) fn digits_at(bytes: &[u8], at: usize) -> usize {
    bytes
        .get(at..)
        .map_or(0, |b| b.iter().take_while(|c| c.is_ascii_digit()).count())
}

/// The largest char boundary at or below `at` (or the text's end).
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// How many characters back [`word_start`] looks.
const WORD_BACK: usize = 64;

/// Where the word that `text` ends with begins, if it ends with a letter
/// (looking at most [`WORD_BACK`] characters back).
pub(crate) fn word_start(text: &str) -> Option<usize> {
    // Fast path: ASCII letters and basic Cyrillic (a continuation byte
    // after 0xD0 or 0xD1), byte by byte.
    let bytes = text.as_bytes();
    let (mut start, mut at, mut taken) = (None, bytes.len(), 0);
    while taken < WORD_BACK {
        match bytes.get(at.wrapping_sub(1)) {
            Some(b) if b.is_ascii_alphabetic() => at -= 1,
            Some(0x80..=0xBF) if matches!(bytes.get(at.wrapping_sub(2)), Some(0xD0 | 0xD1)) => {
                at -= 2;
            }
            _ => break,
        }
        start = Some(at);
        taken += 1;
    }
    // Most words begin after ASCII that is not an apostrophe.
    match bytes.get(at.wrapping_sub(1)) {
        Some(&b) if !b.is_ascii() || b == b'\'' => {}
        _ => return start,
    }
    let rest = text.get(..at)?.char_indices().rev();
    for (i, c) in rest.take(WORD_BACK.saturating_sub(taken)) {
        if is_word_char(c) || matches!(c, '\'' | '’' | 'ʼ') {
            start = Some(i);
        } else if !is_ignorable(c) {
            // Invisible characters go on with a word when a letter comes
            // before them ("Oct\u{AD}ober"), but do not begin it.
            break;
        }
    }
    start
}

/// Where a mention around the day number at `first` may start, earliest
/// first: walking back over the words and brackets that can stand before a
/// day inside a mention (a month, a weekday, a range word, a label, an
/// opening bracket), then the number itself; never before `limit`.
/// `done` is where the text already read ends; the opening bracket at
/// `unclosed`, if any, is known not to close soon.
fn starts(text: &str, limit: usize, done: usize, first: usize, unclosed: Option<usize>) -> Starts {
    let mut found = Starts::new(first);
    let mut at = first;
    let mut after_label = false;
    let mut after_article = false;
    while found.len() <= TOKENS_BACK {
        let Some(before) = text.get(limit..at) else {
            break;
        };
        // Step back over space, as characters or as markup ("[O.S.&nbsp;25
        // October]"), and the punctuation found inside dates (and after a
        // label: "Old Style: 25 December").
        let trimmed = trim_space_end(before, |c| matches!(c, ',' | '.' | ':'));
        let Some(last) = trimmed.chars().next_back() else {
            break;
        };
        if last == '(' || last == '[' {
            // Only a bracket that closes soon can hold a date.
            let open = limit + trimmed.len() - 1;
            let inside = text.get(open + 1..).unwrap_or_default();
            let closing = if last == '(' { ')' } else { ']' };
            // A wiki link, "[[7 November]]", "[[November 7]]": a start,
            // and what may stand before a date may stand before it
            // ("Tuesday, [[7 November]]", "(O.S. [[25 October]])").
            let link = last == '[' && open > limit && text.as_bytes().get(open - 1) == Some(&b'[');
            if link {
                at = open - 1;
                found.push(at);
                after_label = false;
                after_article = false;
                continue;
            }
            if unclosed != Some(open)
                && bracket_closes_soon(inside, closing)
                && !citation_marker(text, limit, open, first)
            {
                found.push(open);
                // An infobox's date before it: "{{birth date|1840|5|7}}
                // [O.S. 25 April]".
                if let Some(template) = date_template_start(text, limit, open) {
                    found.push(template);
                }
            }
            break;
        }
        // A label as a wiki link: "[[[Old Style and New Style dates|O.S.]]
        // 25 April]" after an infobox's date template.
        if last == ']' {
            match linked_label_start(text, limit, limit + trimmed.len()) {
                Some(link_at) => {
                    found.push(link_at);
                    at = link_at;
                    after_label = true;
                    after_article = false;
                    continue;
                }
                None => break,
            }
        }
        // A parameter of a template: "{{OldStyleDate|7 November|…}}".
        if last == '|' {
            if let Some(open) = template_start(text, limit, limit + trimmed.len() - 1) {
                found.push(open);
            }
            break;
        }
        // A GEDCOM calendar escape: "@#DJULIAN@ 11 FEB 1731".
        if last == '@' {
            if let Some(open) = escape_start(text, limit, limit + trimmed.len() - 1) {
                found.push(open);
            }
            break;
        }
        let Some(word_at) = word_start(trimmed).map(|s| limit + s) else {
            break;
        };
        // A word cut in two by the limit cannot start a mention. (What
        // was read before `done` is out of sight: a later scan of the
        // same text, extended, cannot tell whether the word was cut.)
        // (An invisible character may be inside a word: it may be cut.)
        let prev = text.get(..word_at).and_then(|t| t.chars().next_back());
        let inside = |c: char| is_word_char(c) || is_ignorable(c);
        if word_at == limit && limit > done && prev.is_some_and(inside) {
            break;
        }
        let rest = text.get(word_at..).unwrap_or_default();
        // Most words before a day are none of those looked for here ("on",
        // "from"), told from their first letters.
        let (after_word, info) = word::<()>(rest)
            .ok()
            .map(|(after, w)| {
                let info = lexicon().word_of_kind(w, Begins::BeforeDay);
                (after, info.unwrap_or_default())
            })
            .unwrap_or_default();
        let range = info.starts_range && range_from::<()>(rest).is_ok();
        // "Sat. 26", "Wed, 25", but "the Duma sat 27 February", "the Sun
        // 10 (23) March": an abbreviated weekday needs its dot or a comma,
        // and a short one in lower case must begin its clause (see
        // [`lower_weekday_begins`]; the lexicon marks some whole names as
        // abbreviations of longer forms, "четверг" of "четверга").
        let short = || rest.len() - after_word.len() <= 4;
        let weekday = info.weekday.is_some()
            && (!info.weekday_abbreviation
                || after_word.starts_with(['.', ','])
                    && (rest.starts_with(char::is_uppercase)
                        || !short()
                        || lower_weekday_begins(text, limit, word_at, at)));
        // After an article ("the 25th", "den 25."), only a weekday or a
        // word opening a range: "on Tuesday, the 25th October" starts at
        // "Tuesday", "between the 3rd and 5th of May" at "between".
        if after_article && !weekday && !range {
            break;
        }
        if info.day_article && !after_article && at == first {
            at = word_at;
            after_article = true;
            continue;
        }
        if info.month.is_some() || weekday || range {
            found.push(word_at);
            at = word_at;
            after_label = false;
            after_article = false;
            // A range word may also end a label: "с/с 25 октября", where
            // "с" may begin "с 24 на 25 октября".
            if !(range && info.ends_label) {
                continue;
            }
        }
        // A label may end here, or a longer label may end in the label
        // just found ("по ст. ст." around "ст. ст.").
        if !info.ends_label && !after_label {
            break;
        }
        // A label of one or more words ending here: "O.S.", "по ст. ст.".
        match label_start(text, limit, word_at, limit + trimmed.len()) {
            Some(label_at) if label_at == at && range => break,
            Some(label_at) => {
                found.push(label_at);
                at = label_at;
                after_label = true;
            }
            None => break,
        }
    }
    found
}

/// Whether an abbreviated weekday in lower case at `word_at`, before the
/// date that starts at `date`, begins its clause, as a weekday does: at a
/// line's start, after punctuation or after a word of one or two letters
/// in lower case ("on", "am", "в"), with its date on the same line ("пн.
/// 5 марта", "Petrograd, sat. 27 October", "on sat. 27 October"). Many
/// such abbreviations are ordinary words at a sentence's end: "The
/// congress sat.\nFrom 25 to 27 October", "Under the sun. 26 October",
/// "He sat. 26 October". Nothing before `limit` is looked at.
fn lower_weekday_begins(text: &str, limit: usize, word_at: usize, date: usize) -> bool {
    if text
        .get(word_at..date)
        .is_none_or(|between| between.contains(['\n', '\r']))
    {
        return false;
    }
    let before = text.get(limit..word_at).unwrap_or_default();
    let before = before.trim_end_matches(|c: char| is_blank(c) && c != '\n' && c != '\r');
    // A preposition, not a pronoun opening a sentence: "He sat. 26 October".
    let (mut letters, mut lower) = (0, true);
    for c in before
        .chars()
        .rev()
        .take_while(|&c| is_word_char(c))
        .take(3)
    {
        letters += 1;
        lower &= c.is_lowercase();
    }
    letters <= 2 && lower
}

/// Whether the opening bracket at `open`, before the day number at
/// `first`, is a citation marker, as Wikipedia's text copied plain has
/// them: a square bracket around the number alone, glued to the word or
/// the punctuation before it ("in 1917.[15] December brought", "Petrograd[3]").
/// Such a bracket starts nothing ("[15] December" is no partial pair there).
fn citation_marker(text: &str, limit: usize, open: usize, first: usize) -> bool {
    // Glued to what comes before, in sight: not before `limit`, which a
    // later scan of the same text, extended, may not see.
    let glued = text
        .get(limit..open)
        .and_then(|before| before.chars().next_back())
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | ';' | ':'));
    let number_alone = text
        .as_bytes()
        .get(first + digits_at(text.as_bytes(), first))
        == Some(&b']');
    glued && text.as_bytes().get(open) == Some(&b'[') && open + 1 == first && number_alone
}

/// Up to `TOKENS_BACK + 1` start positions, without allocating; iterates
/// earliest first.
struct Starts {
    at: [usize; TOKENS_BACK + 1],
    len: usize,
}

impl Starts {
    fn new(first: usize) -> Starts {
        Starts {
            at: [first; TOKENS_BACK + 1],
            len: 1,
        }
    }

    fn len(&self) -> usize {
        self.len
    }

    fn push(&mut self, start: usize) {
        if let Some(slot) = self.at.get_mut(self.len) {
            *slot = start;
            self.len += 1;
        }
    }

    /// Earliest first (they were pushed walking backwards).
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.at.iter().take(self.len).rev().copied()
    }
}

/// The start of a label that ends at `end` and includes the word at
/// `word_at`, looking up to three words further back.
fn label_start(text: &str, limit: usize, word_at: usize, end: usize) -> Option<usize> {
    let mut at = word_at;
    for _ in 0..4 {
        let rest = text.get(at..)?;
        if let Ok((after, _)) = label::<()>(rest) {
            if at + rest.len() - after.len() >= end {
                return Some(at);
            }
        }
        let before = text
            .get(limit..at)?
            .trim_end_matches(|c: char| is_blank(c) || matches!(c, '.' | '/'));
        at = limit + word_start(before)?;
    }
    None
}

/// How far before its first `|` a template's opening braces may be.
const TEMPLATE_BACK: usize = 32;

/// Where the template whose name ends at the `|` at `pipe` opens, if it is
/// one of [`old_style_template`]'s (not before `limit`).
///
/// [`old_style_template`]: super::grammar::wiki::old_style_template
fn template_start(text: &str, limit: usize, pipe: usize) -> Option<usize> {
    mark_start(text, limit, pipe, TEMPLATE_BACK, "{{", |open| {
        template_name::<()>(open.get(2..)?)
            .ok()
            .map(|(rest, _)| rest)
    })
}

/// How far before the bracket after it an infobox's date template may
/// open: "{{Death date and age|1893|11|6|1840|5|7|df=y}}" with more
/// parameters.
const DATE_TEMPLATE_BACK: usize = 128;

/// Where the date template that ends right before the bracket at `bracket`
/// (but for space) opens, if it is one of [`date_template`]'s (not before
/// `limit`).
///
/// [`date_template`]: super::grammar::wiki::date_template
fn date_template_start(text: &str, limit: usize, bracket: usize) -> Option<usize> {
    let before = layout_tags_end(text.get(..bracket)?);
    if !before.ends_with("}}") {
        return None;
    }
    let from = floor_boundary(text, before.len().saturating_sub(DATE_TEMPLATE_BACK)).max(limit);
    let open = from + text.get(from..before.len())?.rfind("{{")?;
    let (rest, _) = date_template::<()>(text.get(open..)?).ok()?;
    (text.len() - rest.len() == before.len()).then_some(open)
}

/// How far before its end a label as a wiki link may open: its target
/// and its shown text, each of [`LINK_TARGET`] bytes at most, and their
/// marks.
const LINKED_LABEL_BACK: usize = 2 * LINK_TARGET + 6;

/// Where the wiki link that ends at `end` (after its "]]") opens, if it
/// is a calendar label (see [`linked_label`]), not before `limit`.
fn linked_label_start(text: &str, limit: usize, end: usize) -> Option<usize> {
    mark_start(
        text,
        limit,
        end.checked_sub(1)?,
        LINKED_LABEL_BACK,
        "[[",
        |open| linked_label::<()>(open).ok().map(|(rest, _)| rest),
    )
}

/// How far before its closing `@` a GEDCOM calendar escape may open: the
/// longest read, "@#DGREGORIAN@", is 13 bytes.
const ESCAPE_BACK: usize = 16;

/// Where the GEDCOM calendar escape whose closing `@` is at `close` opens,
/// if it is one that [`gedcom_escape`] reads (not before `limit`).
///
/// [`gedcom_escape`]: super::grammar::gedcom::gedcom_escape
fn escape_start(text: &str, limit: usize, close: usize) -> Option<usize> {
    mark_start(text, limit, close, ESCAPE_BACK, "@#", |open| {
        gedcom_escape::<()>(open).ok().map(|(rest, _)| rest)
    })
}

/// Where a mark that `opener` opens at most `back` bytes before `end`
/// (and not before `limit`) starts, if `read`, given the text from the
/// opener on, reads it up to the byte at `end` and no further.
fn mark_start(
    text: &str,
    limit: usize,
    end: usize,
    back: usize,
    opener: &str,
    read: impl Fn(&str) -> Option<&str>,
) -> Option<usize> {
    let from = floor_boundary(text, end.saturating_sub(back)).max(limit);
    let open = from + text.get(from..end)?.rfind(opener)?;
    let rest = read(text.get(open..)?)?;
    (text.len() - rest.len() == end + 1).then_some(open)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Mention, Options, Stream, extract};

    #[test]
    fn date_templates_start_before_their_bracket() {
        let text = "| birth_date = {{birth date|1840|5|7|df=y}} [O.S. 25 April]";
        let bracket = text.find(" [").unwrap() + 1;
        assert_eq!(date_template_start(text, 0, bracket), text.find("{{"));
        assert_eq!(date_template_start(text, 20, bracket), None, "the limit");
        let other = "{{cite web|date=7 May 1840}} [O.S. 25 April]";
        assert_eq!(
            date_template_start(other, 0, other.find('[').unwrap()),
            None
        );
        let apart = "{{birth date|1840|5|7}} x [O.S. 25 April]";
        assert_eq!(
            date_template_start(apart, 0, apart.find('[').unwrap()),
            None
        );
    }

    #[test]
    fn citation_markers_start_nothing() {
        let marker = |text: &str| {
            let open = text.rfind(['[', '(']).unwrap();
            citation_marker(text, 0, open, open + 1)
        };
        for text in ["1917.[15] December", "Petrograd[3] December", "1917,[15] x"] {
            assert!(marker(text), "{text}");
        }
        for text in [
            "on [15] December",
            "1917. [15] December",
            "1917.(15) December",
            "1917.[15 December]",
            "(26 October)[8 November]",
            "(26 October)[8] November",
        ] {
            assert!(!marker(text), "{text}");
        }
        // Glued to nothing in sight: a later scan may start at the bracket.
        let text = "Petrograd[3] December";
        assert!(!citation_marker(text, 9, 9, 10));
        assert!(citation_marker(text, 8, 9, 10));
    }

    #[test]
    fn templates_start_at_their_braces() {
        let text = "on {{OldStyleDate|7 November|1917|25 October}}";
        let pipe = text.find('|').unwrap();
        assert_eq!(template_start(text, 0, pipe), Some(3));
        assert_eq!(template_start(text, 4, pipe), None, "before the limit");
        let dy = "on {{OldStyleDateDY|7 November";
        assert_eq!(template_start(dy, 0, dy.rfind('|').unwrap()), Some(3));
        for other in [
            "on {{OldStyleDateXY|7 November",
            "on {{Start date|7",
            "{{OldStyleDate}} x|7",
            "| 7",
        ] {
            let pipe = other.rfind('|').unwrap();
            assert_eq!(template_start(other, 0, pipe), None, "{other}");
        }
        let far = format!("{{{{{}OS2NS|7", " ".repeat(TEMPLATE_BACK));
        assert_eq!(template_start(&far, 0, far.rfind('|').unwrap()), None);
    }

    #[test]
    fn escapes_start_at_their_first_at_sign() {
        let text = "2 DATE @#DGREGORIAN@ 5 JAN 1643";
        let close = text.rfind('@').unwrap();
        assert_eq!(escape_start(text, 0, close), Some(7));
        assert_eq!(escape_start(text, 8, close), None, "before the limit");
        for other in [
            "x @#DHEBREW@ 5",
            "x @#DFRENCH R@ 5",
            "x DJULIAN@ 5",
            "x @#DJULIAN@@ 5",
            "@",
        ] {
            let close = other.rfind('@').unwrap();
            assert_eq!(escape_start(other, 0, close), None, "{other}");
        }
    }

    #[test]
    fn word_start_as_char_by_char() {
        let naive = |text: &str| {
            let mut start = None;
            for (i, c) in text.char_indices().rev().take(WORD_BACK) {
                if is_word_char(c) || matches!(c, '\'' | '’' | 'ʼ') {
                    start = Some(i);
                } else if !is_ignorable(c) {
                    break;
                }
            }
            start
        };
        let pieces = [
            "",
            " ",
            "a",
            "Z",
            "я",
            "Я",
            "ѣ",
            "é",
            "ł",
            "'",
            "’",
            "1",
            ".",
            "\u{301}",
            "ω",
            "中",
            "😀",
            "\u{a0}",
            "-",
            "ab",
            "октября",
            "\u{ad}",
            "\u{200b}",
            "\u{feff}",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}");
                    assert_eq!(word_start(&text), naive(&text), "{text:?}");
                }
            }
        }
        for word in ["a", "я", "é", "a\u{301}"] {
            for n in [63, 64, 65, 100] {
                let text = format!("x {}", word.repeat(n));
                assert_eq!(word_start(&text), naive(&text), "{word} {n}");
            }
        }
    }

    #[test]
    fn year_headings_start_their_line() {
        let at = |text: &'static str, start: bool| {
            let first = text.find(|c: char| c.is_ascii_digit()).unwrap();
            heading_start(text, 0, first, start).map(|h| h.0)
        };
        assert_eq!(at("x\n== 1917 ==", false), Some("== "));
        assert_eq!(at("x\r\n1917 год", false), Some(""));
        assert_eq!(at("## 1917", true), Some("## "));
        assert_eq!(at("\u{feff}== 1917 ==", true), Some("== "));
        assert_eq!(at("## 1917", false), None, "the text's start is no line's");
        assert_eq!(at("x\nIn 1917", false), None);
        let far = format!("x\n{}1917", " ".repeat(HEADING_MARKS + 1));
        let first = far.len() - 4;
        assert_eq!(heading_start(&far, 0, first, false), None);
        // Not before `reach`: the newline must be in sight.
        assert_eq!(heading_start("x\n== 1917", 2, 5, false), None);
    }

    #[test]
    fn underlined_years_open_their_section() {
        // Whether "1917" underlined after `above` opens a section, seen
        // from `reach`.
        let opens = |above: &str, reach: usize, start: bool| {
            let text = format!("{above}1917\n----\n");
            heading_start(&text, reach, above.len(), start).map(|h| h.1)
        };
        // (text above, look-back, at the input's start, opens)
        let cases = [
            // After a blank line, or at the text's start.
            ("x\n\n", 0, false, true),
            ("x\r\n \r\n", 0, false, true),
            ("\n", 0, true, true),
            ("\n", 0, false, false),
            ("", 0, true, true),
            ("Total\n", 0, false, false),
            // Or after another heading.
            ("x\n== 1650 ==\n", 0, false, true),
            ("x\n# Diary\n", 0, false, true),
            ("# Diary\n", 0, true, true),
            ("\u{feff}# Diary\n", 0, true, true),
            ("\u{feff}\n", 0, true, true),
            // Not after a line of marks alone: a table's rule.
            ("x\n----\n", 0, false, false),
            ("x\n=====\n", 0, false, false),
            ("x\nA 1650 ==\n", 0, false, false),
            // The line above must be in sight whole.
            ("# Diary\n", 3, true, false),
            ("x\n\n", 2, false, false),
        ];
        for (above, reach, start, expected) in cases {
            assert_eq!(
                opens(above, reach, start),
                Some(expected),
                "{above:?} {reach}"
            );
        }
        // Not underlined, it need not open one.
        assert_eq!(
            heading_start("x\n\n1917 год\n", 0, 3, false),
            Some(("", false))
        );
    }

    /// The mentions of `text`, read by a [`Stream`] in blocks of `block`
    /// bytes, as a file is.
    fn streamed(text: &str, block: usize) -> Vec<Mention> {
        let options = Options::default();
        let mut stream = Stream::new(&options);
        let (mut buf, mut base, mut found) = (Vec::new(), 0, Vec::new());
        for piece in text.as_bytes().chunks(block) {
            buf.extend_from_slice(piece);
            let done = stream.scan(&buf, base, false, |m| found.push(m));
            buf.drain(..done);
            base += done;
        }
        stream.scan(&buf, base, true, |m| found.push(m));
        found
    }

    /// The year of each mention's Julian side, if it has one.
    fn julian_years(mentions: &[Mention]) -> Vec<Option<i32>> {
        let year = |m: &Mention| Some(m.julian.as_ref()?.year.as_ref()?.value);
        mentions.iter().map(year).collect()
    }

    /// The test of a citation's dates looks no further back than the scan
    /// may and no further ahead than the window: read in blocks of any
    /// size, a text finds what it finds whole.
    #[test]
    fn citations_stream_as_a_whole_read() {
        let text = concat!(
            "In 1709.<ref>{{cite web |title=x |access-date=12 March 2021}}</ref> ",
            "On 27 June (8 July) the army broke. ",
            "<ref>Englund (3 February 1994), a long note that goes on and on ",
            "about the battle.</ref> On 1 (12) July it crossed; ",
            "on 8 July 1709.<ref name=a/> the 27 June (8 July) rout. ",
            "|date = 9 September 2019 | x 1 (12) July.\n",
            "Pravda, 26 December 1925, p. 3.\nOn 2 (13) July the pursuit.\n",
            "*Iskra*, 3 March 1901.\n\nOn 3 (14) July the surrender.\n"
        )
        .repeat(6);
        let options = Options::default();
        let whole = extract(&text, &options);
        assert!(whole.len() >= 36, "{whole:?}");
        // No year from a citation: the first pairs have none, the later
        // ones 1709.
        let years = julian_years(&whole);
        assert_eq!(&years[..4], [None, None, Some(1709), Some(1709)]);
        assert!(years[4..].iter().all(|&y| y == Some(1709)), "{years:?}");
        for block in [1, 7, 64, 200, 513, 1000] {
            assert_eq!(streamed(&text, block), whole, "blocks of {block}");
        }
    }

    /// Years in running text see no further back than the scan may: read
    /// in blocks of any size, a text finds what it finds whole.
    #[test]
    fn years_in_text_stream_as_a_whole_read() {
        let text = concat!(
            "In December 1825 the crisis; on 14 (26) December x. ",
            "Pravda, December 1925, p. 3; on 3 (15) January y.\n",
            "In 1905, on 9 (22) January z; Smith (March 1898) w.\n",
            "1855, 18 February (2 March). Im Jahre 1689, am 27. August (6. September).\n",
            "Im Jahr 1881 starb er am 1. (13.) März. In Dec. 1825 on 14 (26) December.\n",
            "In [[1861]], on 19 February (3 March) the decree.\n",
            "== 1904 ==\nFriday, 31 December [13 January]. Sunday, 9 [22] January.\n",
        )
        .repeat(5);
        let options = Options::default();
        let whole = extract(&text, &options);
        let expected = [1825, 1826, 1905, 1855, 1689, 1881, 1825, 1861, 1904, 1905].map(Some);
        assert_eq!(julian_years(&whole)[..10], expected);
        for block in [1, 5, 17, 64, 200, 513] {
            assert_eq!(streamed(&text, block), whole, "blocks of {block}");
        }
    }

    #[test]
    fn a_short_title_with_its_year_heads_a_section() {
        let year_of = |text: &str| {
            let first = text.find("19").unwrap();
            title_year(text, 0, first, first + 4, true).map(|(r, _)| match r {
                Reading::Heading(y, _) => y.value,
                _ => 0,
            })
        };
        for text in [
            "Diary, 1917.\n\n3 (16) March.",
            "Дневник. 1917\r\n\r\nx",
            "Notes\n\nLetters 1917\n\nx",
            "Diary, 1917.",
        ] {
            assert_eq!(year_of(text), Some(1917), "{text:?}");
        }
        for text in [
            // Not followed by a blank line; in lower case; too many words;
            // not opening a section; more after the year.
            "Diary, 1917.\n3 (16) March.",
            "the total, 1917.\n\nx",
            "Written at Kiev and Odessa 1917\n\nx",
            "Notes\nMoscow, 1917\n\nx",
            "Diary, 1917 and 1918\n\nx",
            // A citation's, a caption's, a place's.
            "Smith, London, 1917.\n\nx",
            "Pravda, 1917.\n\nx",
            "Moscow, 1917\n\nx",
        ] {
            assert_eq!(year_of(text), None, "{text:?}");
        }
    }

    #[test]
    fn starts_reach_back_over_words_and_brackets() {
        let show = |text: &str| {
            let first = text.find(|c: char| c.is_ascii_digit()).unwrap();
            let starts = starts(text, 0, 0, first, None);
            starts
                .iter()
                .map(|s| text[s..].chars().take(2).collect::<String>())
                .collect::<Vec<_>>()
        };
        assert_eq!(show("on Wednesday, 25 October"), ["We", "25"]);
        assert_eq!(show("on Wednesday, October 25"), ["We", "Oc", "25"]);
        assert_eq!(show("x [O.S. 25 October]"), ["[O", "O.", "25"]);
        assert_eq!(show("x [O.S.&nbsp;25 October]"), ["[O", "O.", "25"]);
        assert_eq!(show("on October{{nbsp}}25"), ["Oc", "25"]);
        assert_eq!(show("x (по ст. ст. 25 октября)"), ["(п", "по", "ст", "25"]);
        assert_eq!(show("в ночь с 24 на 25"), ["с ", "24"]);
        assert_eq!(show("ending 30 December"), ["30"]);
        assert_eq!(show("DATE @#DJULIAN@ 11 FEB"), ["@#", "11"]);
        assert_eq!(show("BEF @#DGREGORIAN@ 5 JAN"), ["@#", "5 "]);
        assert_eq!(show("x @#DHEBREW@ 5 TSH"), ["5 "]);
        assert_eq!(show("x DJULIAN@ 5 FEB"), ["5 "]);
        // An article before the day, after a weekday only.
        assert_eq!(show("on Tuesday, the 25th October"), ["Tu", "25"]);
        assert_eq!(show("am Dienstag, den 25. Oktober"), ["Di", "25"]);
        assert_eq!(show("I saw the 25 October"), ["25"]);
        assert_eq!(show("Tuesday the the 25 October"), ["25"]);
    }
}
