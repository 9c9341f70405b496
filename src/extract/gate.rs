//! The pre-filter: can a day number belong to any mention at all? Asked of
//! every run of one or two digits before the grammar runs there, so that
//! the grammar runs only where a month is in reach.
//!
//! Every mention the grammar reads names a month: by name ("October",
//! "окт."), as a Roman numeral ("26.X"), as a number after a dot
//! ("26.10"), or as a number with the end of its name after a day
//! ("7ber"). And between the first day number of a mention and its first
//! month there is only what the grammar allows there: digits, space (also
//! a no-break space as markup, "25&nbsp;October"), brackets, the punctuation `. , / -` and dashes, ordinal endings after a
//! number ("26th", "25-го"), and the words of conjunctions, range words
//! and small date words ("и", "to", "de"). Otherwise the month stands right
//! before the day ("October 26", "Oct. 13/26").
//!
//! So a day number is admitted if the word before it is a month, or if a
//! walk forward over only those things reaches a month within one parse
//! window. The walk admits more than the grammar reads (it does not count
//! brackets or line breaks), never less: the tests and the `extract` fuzz
//! target compare extraction with and without this filter.
//!
//! The walk depends only on the text and where it is, not on where it
//! started, so a later day number inside a stretch already walked gets the
//! same answer without walking it again; that keeps a run of many numbers
//! ("1 (14), 2 (15), …", a table of figures) linear.

use super::grammar::atoms::{
    DASHES, is_blank, markup_dash, markup_space, markup_space_before, ordinal_suffix,
    trim_space_end,
};
use super::grammar::words::{
    is_word_char, month_name, month_with_glued_mark, numbered_month_len, roman_month, word,
};
use super::scan::{WINDOW, digits_at, word_start};
use crate::lexicon::{Begins, is_ignorable, is_phrase_separator, lexicon};

/// What a walk forward found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Found {
    /// A month starting at this offset: a name or a Roman numeral (a word
    /// ending at the second offset), or a number after a dot (no word).
    Month(usize, Option<usize>),
    /// Something that cannot stand between a day and its month, at this
    /// offset (or the end of the text).
    Stop(usize),
    /// Nothing decided before this offset: the walk's budget ran out.
    Open(usize),
}

impl Found {
    fn at(self) -> usize {
        match self {
            Found::Month(at, _) | Found::Stop(at) | Found::Open(at) => at,
        }
    }
}

/// The pre-filter for one scan, remembering its last walk.
#[derive(Debug, Default)]
pub(crate) struct Gate {
    /// Where the last walk started, and what it found.
    last: Option<(usize, Found)>,
}

/// How far back from a number to look for the dot of a numeric month
/// across space; beyond that the number is admitted, not judged.
const DOT_BACK: usize = 32;

impl Gate {
    /// Whether the day number at `first..end` of `text` can belong to a
    /// mention: a month name right before it (not before `reach`), or a
    /// month within one parse window ahead, reached over only what a
    /// mention holds between a day and its month.
    pub(crate) fn admits(&mut self, text: &str, reach: usize, first: usize, end: usize) -> bool {
        let budget = first.saturating_add(WINDOW);
        let found = match self.last {
            // This number lies on the last walk's path: that walk passed
            // over it, so from here on it goes the same way.
            Some((from, found)) if from <= first && end <= found.at() => match found {
                Found::Open(at) => {
                    let found = walk(text, at, budget);
                    self.last = Some((from, found));
                    found
                }
                found => found,
            },
            _ => {
                let found = walk(text, end, budget);
                self.last = Some((end, found));
                found
            }
        };
        matches!(found, Found::Month(..)) || month_before(text, reach, first)
    }

    /// The month word the last walk ended at, as a span of the text: the
    /// scanner hands it to the grammar, which need not read it again.
    pub(crate) fn month_word(&self) -> Option<std::ops::Range<usize>> {
        match self.last {
            Some((_, Found::Month(at, Some(end)))) => Some(at..end),
            _ => None,
        }
    }
}

/// Walks forward from `at` over what a mention can hold between a day and
/// its month, until a month, something else, or a token that starts at or
/// after `budget`.
fn walk(text: &str, mut at: usize, budget: usize) -> Found {
    let bytes = text.as_bytes();
    loop {
        if at >= budget {
            return Found::Open(at);
        }
        // The common case first: a space.
        if bytes.get(at) == Some(&b' ') {
            at += 1;
            continue;
        }
        // An ordinal ending after a number, as the grammar reads it
        // ("26th", "25-го", "22d", and "26th" before a word of combining
        // marks); the number is the digits that end the text before it.
        if at
            .checked_sub(1)
            .and_then(|p| bytes.get(p))
            .is_some_and(u8::is_ascii_digit)
        {
            let (number, after) = text.split_at_checked(at).unwrap_or_default();
            if let Ok((rest, _)) = ordinal_suffix::<()>(number, after) {
                at = text.len() - rest.len();
                continue;
            }
        }
        let rest = text.get(at..).unwrap_or_default();
        // ASCII, the common case, is told by its byte, in one match;
        // other characters are decoded and tested in turn.
        let step = match bytes.get(at) {
            None => return Found::Stop(at),
            Some(&b) if b.is_ascii() => ascii_step(b),
            Some(_) => match rest.chars().next() {
                Some(c) if is_between_mark(c) => Step::Mark(c.len_utf8()),
                Some(c) if is_word_char(c) => Step::Word,
                _ => Step::Stop,
            },
        };
        match step {
            Step::Digit => {
                // "26.10", or a month by its number and the end of its
                // name: "12 7ber".
                if after_dot(text, at) || numbered_month_len(rest).is_some() {
                    return Found::Month(at, None);
                }
                at += digits_at(bytes, at);
            }
            Step::Mark(len) => at += len,
            Step::Word => {
                // Most words of running text are told by their first
                // letters to be no month, no joining word and no Roman
                // month, unread.
                if !lexicon().may_begin(rest, Begins::MonthOrJoin) {
                    return Found::Stop(at);
                }
                let Ok((_, w)) = word::<()>(rest) else {
                    return Found::Stop(at);
                };
                match classify(w) {
                    Word::Month => return Found::Month(at, Some(at + w.len())),
                    Word::Between => at += w.len(),
                    Word::Other => return Found::Stop(at),
                }
            }
            Step::Markup => {
                // A no-break space or a dash as markup: "25&nbsp;October",
                // "25&ndash;26 October".
                match markup_space(rest.as_bytes()).max(markup_dash(rest.as_bytes())) {
                    0 => return Found::Stop(at),
                    len => at += len,
                }
            }
            Step::Stop => return Found::Stop(at),
        }
    }
}

/// What the walk does at a character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// A digit: a number, perhaps the month of "26.10".
    Digit,
    /// A mark that may stand between a day and its month
    /// ([`is_between_mark`]), of this many bytes.
    Mark(usize),
    /// A word character: a word to look up.
    Word,
    /// Markup that may be a no-break space or a dash: "&", "{".
    Markup,
    /// Anything else.
    Stop,
}

/// The walk's step at an ASCII byte: what testing the character as the
/// walk tests others finds (the digits, [`is_between_mark`],
/// [`is_word_char`], then "&" and "{"), in one match.
#[inline]
fn ascii_step(b: u8) -> Step {
    match b {
        b'0'..=b'9' => Step::Digit,
        // Brackets, a comma, a dash, the separators "." and "/", and
        // white space.
        b'(' | b')' | b'[' | b']' | b',' | b'-' | b'.' | b'/' | b'\t' | b'\n' | b'\x0B'
        | b'\x0C' | b'\r' | b' ' => Step::Mark(1),
        b'a'..=b'z' | b'A'..=b'Z' => Step::Word,
        b'&' | b'{' => Step::Markup,
        _ => Step::Stop,
    }
}

/// Whether `c` may stand between a day and its month: space, brackets, a
/// comma, a dash, a separator inside a joining phrase ("u.n.t.i.l"), the
/// degree sign some write for an ordinal ("1°"), or an invisible character
/// ([`is_ignorable`]: "25\u{200B}October"; one inside a word is read with
/// the word).
fn is_between_mark(c: char) -> bool {
    matches!(c, '(' | ')' | '[' | ']' | ',' | '°')
        || DASHES.contains(&c)
        || is_phrase_separator(c)
        || is_ignorable(c)
}

/// What a word met on the walk is.
enum Word {
    /// A month, by name or Roman numeral.
    Month,
    /// A word that may stand between a day and its month.
    Between,
    /// Anything else.
    Other,
}

/// Classifies a word met on the walk.
fn classify(w: &str) -> Word {
    let info = lexicon().word(w);
    match info {
        // A month may be glued to its day ("1Feb").
        Some(info) if info.month.is_some() => Word::Month,
        // The month of "26.X.1917" (tried only on a capital I, V or X),
        // before the joining words: "V" is also the Czech "v" ("in").
        _ if may_be_roman(w) && roman_month::<()>(w).is_ok() => Word::Month,
        Some(info) if info.joins => Word::Between,
        // "Maijul.": a month with a calendar's mark glued to it.
        None if month_with_glued_mark(w).is_some() => Word::Month,
        _ => Word::Other,
    }
}

/// Whether the word at the start of `text` may be a Roman month: it starts
/// with a capital I, V or X, or a Cyrillic look-alike (see
/// [`roman_month`]), and no other letter follows ("In", "Vienna", "Хорошо"
/// are none). A cheap test before [`roman_month`].
#[inline]
fn may_be_roman(text: &str) -> bool {
    let bytes = text.as_bytes();
    match roman_letter_len(bytes) {
        0 => false,
        len => after_roman_letter(text, len),
    }
}

/// The length of the Roman letter at the start of `bytes` (see
/// [`may_be_roman`]), or 0.
#[inline]
fn roman_letter_len(bytes: &[u8]) -> usize {
    match bytes {
        [b'I' | b'V' | b'X', ..] => 1,
        // "І", "Х", "Ӏ", "Ѵ".
        [0xD0, 0x86 | 0xA5, ..] | [0xD3, 0x80, ..] | [0xD1, 0xB4, ..] => 2,
        _ => 0,
    }
}

/// Whether the Roman letter of `len` bytes at the start of `text` is
/// followed by another or by no letter.
#[inline(never)]
fn after_roman_letter(text: &str, len: usize) -> bool {
    let next = text.get(len..).unwrap_or_default();
    roman_letter_len(next.as_bytes()) > 0 || !next.starts_with(is_word_char)
}

/// Whether the number at `at` follows a dot, across space (as characters,
/// invisible ones too, or as markup, see [`markup_space`]): the month of "26.10", "26. 10." or
/// "26.&nbsp;10.". Space of more than [`DOT_BACK`] characters (a markup
/// space counting as one) is not judged: the number is taken to follow a
/// dot.
fn after_dot(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or_default();
    let mut chars = before.char_indices().rev();
    for (k, c) in chars.by_ref().take(DOT_BACK) {
        if c == '.' {
            return true;
        }
        if !is_blank(c) {
            // A markup space ends in ';' or '}' ("26.&nbsp;10"): the rare
            // case, judged on its own.
            return matches!(c, ';' | '}') && after_markup_dot(before, k + 1);
        }
    }
    chars.next().is_some()
}

/// [`after_dot`] at the end of `before[..end]`, which may end in a markup
/// space, given the look back's whole text: space as characters or markup
/// back to a dot, within [`DOT_BACK`] steps (a markup space counting as
/// one) of the end of `before`.
#[inline(never)]
fn after_markup_dot(before: &str, end: usize) -> bool {
    let mut rest = before.get(..end).unwrap_or_default();
    // The steps already taken: the characters after `end`.
    let mut steps = before.get(end..).unwrap_or_default().chars().count();
    while steps < DOT_BACK {
        let Some(c) = rest.chars().next_back() else {
            return false;
        };
        if c == '.' {
            return true;
        }
        let len = if is_blank(c) {
            c.len_utf8()
        } else {
            markup_space_before(rest.as_bytes())
        };
        if len == 0 {
            return false;
        }
        rest = rest.get(..rest.len() - len).unwrap_or_default();
        steps += 1;
    }
    !rest.is_empty()
}

/// Whether the word right before `at` (across space, as characters or as
/// markup, commas and dots, not before `reach`) is a month: "October 26",
/// "Oct. 13/26", "October&nbsp;26".
fn month_before(text: &str, reach: usize, at: usize) -> bool {
    let before = text.get(reach..at).unwrap_or_default();
    let trimmed = trim_space_end(before, |c| matches!(c, ',' | '.'));
    // Most words before a number are told by their last letters to be no
    // month, without finding where they begin.
    if !lexicon().may_end_month(trimmed) {
        return false;
    }
    word_start(trimmed)
        .and_then(|start| text.get(reach + start..))
        .is_some_and(|w| month_name::<()>(w).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the gate admits the first run of digits in `text`.
    fn admits(text: &str) -> bool {
        let first = text.find(|c: char| c.is_ascii_digit()).unwrap();
        let end = first + text[first..].bytes().take_while(u8::is_ascii_digit).count();
        Gate::default().admits(text, 0, first, end)
    }

    #[test]
    fn admits_every_written_form() {
        for text in [
            "26 October (8 November)",
            "8 [21] November",
            "(26 October) [8 November]",
            "October 26 (November 8), 1917",
            "Oct. 13/26, 1917",
            "13 (25) июля 1826 года",
            "1./14. Februar 1918",
            "23/6 November/December 1907",
            "10 (23) и 16 (29) октября 1917 года",
            "1 (14), 2 (15) and 3 (16) March",
            "26.10 (8.11).1917",
            "26. 10. 1917",
            "26.X/8.XI.1917",
            "5(17).III.1801",
            // A month in two scripts' look-alike letters, as the grammar
            // reads it: a Cyrillic "М" and Latin "ap" for "Мар".
            "Мap 1 1812",
            "Мap1 1812",
            "1.V (11.V) 1583",
            "13/26.10.1917",
            "19/II (3/III) 1861",
            "25–26 October (7–8 November) 1917",
            "10–18 (23–31) January 1918",
            "с 24 на 25 октября (с 6 на 7 ноября)",
            "from 24 to 25 October",
            "25-го октября 1917 г.",
            "26th of October",
            "25 de octubre de 1917",
            "[15] December",
            "1º de janeiro",
            "2 u.n.t.i.l 5 May",
            "the 22d of February",
            "March 3d 1719",
            "the 2d (13th) September",
            "25&nbsp;October (7&nbsp;November)",
            "7{{nbsp}}November",
            "25.&#160;Oktober",
            "25&#xA0;X (7&#xA0;XI) 1917",
            "25.Х (7.ХІ) 1917",
            "25&ndash;26 October (7&ndash;8 November) 1917",
            "10{{ndash}}18 (23{{ndash}}31) January",
            "12/23 7ber 1705",
            "the 12th 7ber 1705",
            "20 10ber (31 10ber)",
            "2/13 Xber 1712",
        ] {
            assert!(admits(text), "{text}");
        }
    }

    #[test]
    fn rejects_numbers_with_no_month_in_reach() {
        for text in [
            "No. 8 (21). The council met",
            "pp. 12–13, the delegates",
            "[1] see above",
            "(2) and then",
            "article 15 [?]",
            "at 19:05",
            "the 25th regiment",
            "the 23d regiment",
            "paid 6d for bread",
            "д. 13/17, кв. 4",
            "1,250 troops",
            "in 25 cases",
        ] {
            assert!(!admits(text), "{text}");
        }
        // The gate admits more than the grammar reads: these are left to
        // the grammar, which rejects them.
        for text in ["Trotsky, iii, 2, p.64", "3.5 per cent", "May 4 votes"] {
            assert!(admits(text), "{text}");
            assert!(crate::extract::extract(text, &Default::default()).is_empty());
        }
    }

    #[test]
    fn a_month_beyond_the_window_is_out_of_reach() {
        let near = format!("5 {}May", "(1) ".repeat(50));
        assert!(admits(&near));
        let far = format!("5 {}May", "(1) ".repeat(200));
        assert!(!admits(&far));
    }

    #[test]
    fn later_numbers_reuse_the_walk() {
        let text = format!("{}May", "1 ".repeat(300));
        let mut gate = Gate::default();
        let mut admitted = 0;
        for (first, _) in text.match_indices('1') {
            admitted += usize::from(gate.admits(&text, 0, first, first + 1));
        }
        // Only the numbers within one window of "May" can reach it.
        let may = text.find("May").unwrap();
        let reachable = text
            .match_indices('1')
            .filter(|&(i, _)| i + WINDOW > may)
            .count();
        assert_eq!(admitted, reachable);
    }

    /// A gate that remembers its walks answers every number as a fresh
    /// gate does, with the same month word.
    #[test]
    fn remembered_walks_answer_as_fresh_ones() {
        let pieces = [
            "26 октября (",
            "26 октября [",
            "26  октября (",
            "26 октябряx",
            "26 октября'",
            "2 мая (",
            "26 Oct. ",
            "26 окт",
            "26 октября",
            "(8 ноября) ",
            "1 (14) ",
            "25th October ",
            "7 ",
            "26 de octubre (",
            "26 October (8 November)",
            "x ",
            "\u{a0}",
            "&nbsp;",
            "26&nbsp;октября (",
            "26{{nbsp}}October&nbsp;(8 November)",
            "é 3 mai (",
        ];
        let mut texts = Vec::new();
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    texts.push(format!("{a}{b}{c}{a}"));
                }
            }
        }
        texts.push("26 октября (".repeat(40));
        let mut reused = 0;
        for text in &texts {
            let mut gate = Gate::default();
            let bytes = text.as_bytes();
            let mut at = 0;
            while let Some(first) = (at..bytes.len()).find(|&i| bytes[i].is_ascii_digit()) {
                let end = first + digits_at(bytes, first);
                at = end;
                if end - first > 2 {
                    continue;
                }
                let reused_now = gate
                    .last
                    .is_some_and(|(from, found)| from <= first && end <= found.at());
                let remembered = (gate.admits(text, 0, first, end), gate.month_word());
                let mut fresh_gate = Gate::default();
                let fresh = (
                    fresh_gate.admits(text, 0, first, end),
                    fresh_gate.month_word(),
                );
                assert_eq!(remembered.0, fresh.0, "{text:?} at {first}");
                // The scanner takes a month word only after the number.
                let after = |w: Option<std::ops::Range<usize>>| w.filter(|w| w.start > first);
                assert_eq!(after(remembered.1), after(fresh.1), "{text:?} at {first}");
                reused += usize::from(reused_now);
            }
        }
        assert!(reused > 1000, "walks reused only {reused} times");
    }

    /// The walk's step at each ASCII byte is what the tests of a
    /// character in turn give.
    #[test]
    fn ascii_steps_as_characters_test() {
        for b in 0..0x80u8 {
            let c = char::from(b);
            let by_tests = if c.is_ascii_digit() {
                Step::Digit
            } else if is_between_mark(c) {
                Step::Mark(1)
            } else if is_word_char(c) {
                Step::Word
            } else if matches!(c, '&' | '{') {
                Step::Markup
            } else {
                Step::Stop
            };
            assert_eq!(ascii_step(b), by_tests, "{c:?}");
        }
    }

    #[test]
    fn numbers_after_a_dot() {
        assert!(after_dot("26.10", 3));
        assert!(after_dot("26.\u{a0}10", 5));
        assert!(!after_dot("26 10", 3));
        assert!(!after_dot("октября 10", "октября ".len()));
        assert!(!after_dot("", 0));
        let before_10 = |text: &str| after_dot(text, text.len() - 2);
        assert!(before_10("26.&nbsp;10"));
        assert!(before_10("26. {{nbsp}}\u{a0}10"));
        assert!(!before_10("26;&nbsp;10"));
        assert!(!before_10("&nbsp;10"));
        let far = format!("26.{}10", " ".repeat(40));
        assert!(after_dot(&far, far.len() - 2), "not judged");
    }
}
