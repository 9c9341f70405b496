//! The written forms of dual dates. Each parser reads one shape, shown in
//! the comment above it, and [`reading`] tries the shapes that can start
//! with the character at hand, most specific first.

use nom::error::{ErrorKind, ParseError};
use nom::{
    Parser,
    branch::alt,
    combinator::{consumed, opt},
};

use super::atoms::{
    DASHES, Res, WrittenYear, close, closes_soon, comma_space, consumed_between, dash, day_number,
    fail, markup_dash, no_phrase_at, number_year, open, ordinal_suffix, punct, space0,
    starts_with_dash, starts_with_space, trim_line_space_start, trim_space_start, year,
};
use super::date::{
    LAST_HISTORY_YEAR, WrittenDate, day_ordinal, iso_date, linked_year, named_date, numeric_date,
    numeric_month, weekday_prefix, year_after_day_month, year_after_month_day, year_after_space,
};
use super::gedcom::{gedcom_calendar, gedcom_escape, may_start_gedcom_mark};
use super::wiki::{
    bracket_closes_soon, date_template, footnote, footnotes, is_superscript_digit, layout_tags,
    linked_label, old_style_template,
};
use super::words::{
    Opening, and_word, between_and, bracketed_label, date_word, day_article, is_roman_letter,
    is_verb_spelling, is_word_char, label, month_after_day, month_name, numbered_month_len, on_day,
    or_word, range_from, range_to, range_to_only, roman_month, that_is, weekday_name,
};
use crate::calendar::{CalendarKind, JulianDate, Weekday, offset, offset_in_year};
use crate::extract::mention::Kind;
use crate::extract::resolve::DUAL_DATING_YEARS;
use crate::lexicon::is_ignorable;

/// One side of a mention as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawSide<'a> {
    pub text: &'a str,
    pub weekday: Option<Weekday>,
    pub day: u32,
    pub day_end: Option<u32>,
    pub month: u8,
    /// A range's last month, where it is not the first's.
    pub month_end: Option<u8>,
    pub year: Option<WrittenYear>,
    pub label: Option<CalendarKind>,
}

impl<'a> RawSide<'a> {
    pub(crate) fn from_date(d: WrittenDate<'a>, label: Option<CalendarKind>) -> RawSide<'a> {
        RawSide {
            text: d.text,
            weekday: d.weekday,
            day: d.day,
            day_end: None,
            month: d.month,
            month_end: None,
            year: d.year,
            label,
        }
    }

    /// The side with its range ending in `month` (none if it is the
    /// first month).
    fn ending_in(self, month: Option<u8>) -> RawSide<'a> {
        RawSide {
            month_end: month.filter(|&m| m != self.month),
            ..self
        }
    }

    fn days(text: &'a str, day: u32, day_end: Option<u32>, month: u8) -> RawSide<'a> {
        RawSide {
            text,
            weekday: None,
            day,
            day_end,
            month,
            month_end: None,
            year: None,
            label: None,
        }
    }
}

/// Whether the day `d2` of month `m2` is the day after `d1` of month `m1`:
/// "14/15 April", "31 December/1 January". Two such days around a slash
/// name a night or a span of two days in one calendar ("the night of 14/15
/// April 1912"), not one day in two: the Julian and Gregorian calendars
/// differ by one day only in AD 100–200 and 300–500, where no text dates in
/// both.
/// February's last day is taken as the 28th or the 29th.
pub(crate) fn next_day(d1: u32, m1: u8, d2: u32, m2: u8) -> bool {
    if m1 == m2 {
        return d1.checked_add(1) == Some(d2);
    }
    // The month's length in a common year (AD 1 is one).
    let last = CalendarKind::Julian.days_in_month(1, m1);
    d2 == 1 && u32::from(m2) == u32::from(m1 % 12) + 1 && last.is_ok_and(|l| d1 >= u32::from(l))
}

/// A mention as written, before years and calendars are assigned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawMention<'a> {
    pub text: &'a str,
    pub kind: Kind,
    pub first: RawSide<'a>,
    pub second: Option<RawSide<'a>>,
    /// A year written after both sides: "26 October (8 November) 1917".
    pub tail_year: Option<WrittenYear>,
}

impl<'a> RawMention<'a> {
    /// A mention of two sides, read from `i` up to `rest`.
    pub(crate) fn two(
        i: &'a str,
        rest: &'a str,
        kind: Kind,
        first: RawSide<'a>,
        second: RawSide<'a>,
        tail_year: Option<WrittenYear>,
    ) -> (&'a str, RawMention<'a>) {
        let (rest, one) = RawMention::one(i, rest, kind, first);
        let second = Some(second);
        (
            rest,
            RawMention {
                second,
                tail_year,
                ..one
            },
        )
    }

    /// A mention of one side, read from `i` up to `rest`.
    fn one(i: &'a str, rest: &'a str, kind: Kind, first: RawSide<'a>) -> (&'a str, RawMention<'a>) {
        let text = consumed_between(i, rest);
        (
            rest,
            RawMention {
                text,
                kind,
                first,
                second: None,
                tail_year: None,
            },
        )
    }
}

/// What the grammar found at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reading<'a> {
    /// One or more mentions ("10 (23) и 16 (29) октября" gives two).
    Mentions(Vec<RawMention<'a>>),
    /// A plain date with a year: no mention, but it dates what follows.
    Anchor(WrittenDate<'a>),
    /// A year that heads a section ("== 1917 =="), as written: it dates
    /// what follows, up to the next dated place.
    Heading(WrittenYear, &'a str),
    /// A month and its year in running text ("December 1825"), as
    /// written: it dates what follows as a full date does, the month whole.
    Month(WrittenYear, u8, &'a str),
}

/// The marks around a year heading: space, and the markup of wiki
/// headings, Markdown headings and emphasis.
pub(crate) fn is_heading_mark(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'=' | b'#' | b'*' | b'_' | b'\'')
}

/// How many bytes of marks a year heading may have on either side.
pub(crate) const HEADING_MARKS: usize = 32;

/// A year heading's year and the rest of its line, given from the year on
/// and the marks before it on its line: a year of four digits, then only
/// marks (and a full stop or colon) to the end of the line, in the shape
/// of a wiki heading ("== 1917 =="), a Markdown heading ("## 1917"), bold
/// on both sides ("**1917**"), with a year word ("1917 год"), or alone and
/// underlined on the next line ("1917" over "===="). A number alone on its
/// line is as often a page number, one after a bullet a count ("* 250"),
/// one after "#" a reference ("#1917"); an underlined one must also open
/// its section (`opens_section`: a blank line, a heading's line or the
/// text's start above it), or it is the last line of a sum or a table
/// ("Total\n2500\n----").
///
/// `"1917 ==\n"` after `"== "`, `"1917\n"` after `"## "`, `"1917 год\n"`
pub(crate) fn heading_year<'a>(
    i: &'a str,
    lead: &str,
    opens_section: bool,
) -> Option<(Reading<'a>, &'a str)> {
    if i.bytes().take_while(u8::is_ascii_digit).count() != 4 {
        return None;
    }
    let (rest, y) = year::<()>(i).ok()?;
    let written = i.get(..i.len() - rest.len())?;
    let trail_len = rest
        .bytes()
        .take(HEADING_MARKS + 1)
        .take_while(|&b| is_heading_mark(b) || b == b'.' || b == b':')
        .count();
    let after = rest.get(trail_len..)?;
    if trail_len > HEADING_MARKS || !(after.is_empty() || after.starts_with(['\n', '\r'])) {
        return None;
    }
    fn spaces(s: &str) -> &str {
        s.trim_matches([' ', '\t'])
    }
    let (lead_marks, trail) = (spaces(lead), rest.get(..trail_len)?);
    let trail_marks = spaces(trail.trim_end_matches([' ', '\t', '.', ':']));
    let wiki = all_of(lead_marks, b'=') && all_of(trail_marks, b'=');
    let markdown = all_of(lead_marks, b'#')
        && lead_marks.len() <= 6
        && lead.ends_with([' ', '\t'])
        && (trail_marks.is_empty() || all_of(trail_marks, b'#'));
    let bold = matches!(lead_marks, "**" | "__" | "'''") && trail_marks == lead_marks;
    let word = written.contains(char::is_alphabetic);
    let setext =
        opens_section && lead_marks.is_empty() && trail_marks.is_empty() && underlined(after);
    (wiki || markdown || bold || word || setext).then_some((Reading::Heading(y, written), rest))
}

/// A year of four digits in running text that dates what follows, read
/// with the text before it in sight: `seen`, from the scan's look-back on
/// (nothing before it counts), the year at `at`; `at_start` says whether
/// `seen` starts the input, `line` gives the marks before the year where
/// it starts a line. It dates what follows
/// - with its year word or era, as a heading does: "в 1917 г.", "1812 г.
///   августа 26", "у 1918 році", "w 1920 roku";
/// - after a month's name, as a full date does, the month whole
///   ([`Reading::Month`]): "In December 1825 the crisis came", "Im
///   Dezember 1825", "en décembre 1825"; but not after a
///   comma or an opening bracket, where it is a citation's ("Pravda,
///   December 1925", "Smith (March 1925)");
/// - before a comma, after a phrase that opens a sentence set in it
///   ([`Language::year_in`](crate::lexicon::Language::year_in), written
///   with a capital): "In 1905, on 9 (22) January", "En 1905, le", "Im
///   Jahre 1905,"; or before a word, where the phrase opens a line and
///   the year is one of dual dating: "In 1917 the Tsar abdicated";
/// - at a line's start (but for a list's marks, bold or a link), before a
///   comma, a colon, a full stop or a spaced dash and a date, as a
///   chronology writes it: "1825, 14 (26) December", "* 1825: December 14
///   (26)", "* 1905 – 9 (22) January"; or first in a table's row, before
///   its next cell or a tab: "| 1906 || 27 April (10 May)".
///
/// A bare year is as often a count or a number ("1917 soldiers", "in 1905
/// (January)", "| 1850 || 300"), or another matter's ("In 1925 the
/// account was printed").
///
/// `"1917 г., 25 октября"` → 1917, `", 25 октября"`
pub(crate) fn year_in_text<'a>(
    seen: &'a str,
    at: usize,
    at_start: bool,
    line: Option<&str>,
) -> Option<(Reading<'a>, &'a str)> {
    let (before, i) = (seen.get(..at)?, seen.get(at..)?);
    // The year, or a wiki link of it: "[[1905]]".
    let linked = i.starts_with("[[");
    let digits = if linked { i.get(2..)? } else { i };
    if digits.bytes().take_while(u8::is_ascii_digit).count() != 4 {
        return None;
    }
    let (rest, y) = if linked {
        linked_year::<()>(i)
    } else {
        year::<()>(i)
    }
    .ok()?;
    let written = i.get(..i.len() - rest.len())?;
    if let Some((month_at, month)) = month_before_year(before, at_start) {
        let written = seen.get(month_at..at + written.len())?;
        return Some((Reading::Month(y, month, written), rest));
    }
    let heading = Some((Reading::Heading(y, written), rest));
    if written.contains(char::is_alphabetic) {
        return heading;
    }
    match year_in_before(before, at_start) {
        // "Im Jahre 1905 begann": the phrase names the year.
        Some(YearIn::Names) => return heading,
        // "In 1905, on 9 (22) January"; "In 1917 the Tsar abdicated on 2
        // (15) March" opening a line or paragraph, a word after the year
        // (inside a paragraph, such a sentence is as often an aside: "In
        // 1925 it was reprinted; on 20 December …"), and a year of the
        // centuries of dual dating ("In 1200 villages the peasants rose"
        // counts).
        Some(YearIn::Opens) if rest.starts_with(',') => return heading,
        Some(YearIn::Opens)
            if word_after(rest)
                && opens_line(before, at_start)
                && DUAL_DATING_YEARS.contains(&y.value) =>
        {
            return heading;
        }
        _ => {}
    }
    // A chronology's line, the year first in a list's item or a table's
    // row, bold or not: "1825, 14 (26) December", "* 1905 – 9 (22)
    // January", "* '''1917''': 2 (15) March", "* 1917. 2 (15) March", "|
    // 1905 || 9 (22) January", or a tab-separated table's "1905<tab>9
    // (22) January".
    let marks = line?.trim_matches([' ', '\t', '\'']);
    let table = !marks.is_empty() && marks.bytes().all(|b| b == b'|');
    let listed = marks.bytes().all(|b| b == b'*') || marks.bytes().all(|b| b == b'#');
    let bold = rest.trim_start_matches('\'');
    let after = match bold.strip_prefix([',', ':', '.']) {
        Some(after) => after.strip_prefix([' ', '\u{a0}'])?,
        None if table => {
            let cell = bold.trim_start_matches(' ').strip_prefix('|')?;
            trim_line_space_start(cell.strip_prefix('|').unwrap_or(cell))
        }
        None if marks.is_empty() && bold.starts_with('\t') => trim_line_space_start(bold),
        None => {
            let spaced = bold.strip_prefix([' ', '\u{a0}'])?;
            let (after, ()) = dash::<()>(spaced).ok()?;
            after.strip_prefix([' ', '\u{a0}'])?
        }
    };
    let listed = listed || table;
    // A date must follow, not a count ("| 1850 || 300", "1880 – 1890 were
    // quiet"), and the year be one of dated history ("| 3100 || 9 (10)").
    let dated = named_date::<()>(after).is_ok()
        || day_pair::<()>(after).is_ok()
        || day_ranges::<()>(after).is_ok()
        || dashed_range::<()>(after).is_ok()
        || month_name::<()>(after).is_ok_and(|(rest, _)| !rest.starts_with(is_word_char));
    let history = (1000..=LAST_HISTORY_YEAR).contains(&y.value);
    if listed && dated && history {
        heading
    } else {
        None
    }
}

/// Whether the word that `before` ends with, before one space, opens its
/// line: after a line break, or at the input's start (`at_start`).
fn opens_line(before: &str, at_start: bool) -> bool {
    let Some(words) = before.strip_suffix(' ') else {
        return false;
    };
    let Some(start) = word_start_in(words, at_start) else {
        return false;
    };
    match words.get(..start) {
        Some("") => at_start,
        Some(ahead) => ahead.ends_with(['\n', '\r']),
        None => false,
    }
}

/// Whether `rest` goes on with one space and a word: the rest of a
/// sentence opened by "In 1917" ("In 1917 the Tsar", "In 1812
/// Napoleon"), not a number ("In 1917 1500 workers").
fn word_after(rest: &str) -> bool {
    rest.strip_prefix(' ')
        .and_then(|word| word.chars().next())
        .is_some_and(char::is_alphabetic)
}

/// The month whose name `before` ends with, and where the name starts,
/// after which a year dates what follows: the name and one space (not a
/// full stop: "in May. 1826 brought"; but an abbreviation's dot: "In Dec.
/// 1825 the"), and before it neither a comma nor an opening bracket (a
/// citation's), nor a letter (a word cut at the look-back's start, unless
/// that is the input's, `at_start`).
fn month_before_year(before: &str, at_start: bool) -> Option<(usize, u8)> {
    let name = before.strip_suffix([' ', '\u{a0}'])?;
    let (name, dot) = match name.strip_suffix('.') {
        Some(name) => (name, true),
        None => (name, false),
    };
    let start = word_start_in(name, at_start)?;
    let word = name.get(start..)?;
    let month = match dot {
        false => crate::lexicon::lexicon().month(word)?,
        true => {
            let info = crate::lexicon::lexicon().word(word)?;
            info.month.filter(|_| info.month_abbreviation)?
        }
    };
    let ahead = name.get(..start)?.trim_end_matches([' ', '\u{a0}', '\t']);
    if ahead.ends_with([',', '(', '[']) {
        return None;
    }
    Some((start, month))
}

/// What a phrase of [`Language::year_in`](crate::lexicon::Language::year_in)
/// before a year does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum YearIn {
    /// A word of one, "In": it opens a sentence set in the year only
    /// with a comma after the year.
    Opens,
    /// A phrase of two words, "Im Jahre": it names the year, comma or not.
    Names,
}

/// The phrase of [`Language::year_in`](crate::lexicon::Language::year_in)
/// that `before` ends with, before one space, written with a capital and
/// seen whole: "In ", "Im Jahre ".
fn year_in_before(before: &str, at_start: bool) -> Option<YearIn> {
    let words = before.strip_suffix([' ', '\u{a0}'])?;
    // The phrases have one word or two.
    let mut end = words.len();
    for kind in [YearIn::Opens, YearIn::Names] {
        let start = words.get(..end).and_then(|w| word_start_in(w, at_start))?;
        let phrase = words.get(start..).unwrap_or_default();
        let capital = phrase.chars().next().is_some_and(char::is_uppercase);
        if capital && crate::lexicon::lexicon().is_year_in(phrase) {
            return Some(kind);
        }
        let gap = start.checked_sub(1)?;
        if words.get(gap..start) != Some(" ") {
            return None;
        }
        end = gap;
    }
    None
}

/// Where the word `text` ends with starts, if it ends with a letter and
/// the word is seen whole: something that is no letter before it, or the
/// input's start (`at_start`).
fn word_start_in(text: &str, at_start: bool) -> Option<usize> {
    let (mut start, mut whole) = (None, at_start);
    for (k, c) in text.char_indices().rev() {
        if is_word_char(c) {
            start = Some(k);
        } else if !is_ignorable(c) {
            whole = true;
            break;
        }
        // Invisible characters inside a word go on with it; before it,
        // they may be inside a word cut at the text's start.
    }
    start.filter(|_| whole)
}

/// How long a line under a heading ([`underlined`]) may be, in bytes: far
/// less than a stream keeps after its last day number.
const UNDERLINE: usize = 64;

/// Whether the next line after `after` (which starts with the line break
/// ending a heading's line) underlines it, as Markdown and plain text do:
/// "1917" over "====" or "----", of three marks or more, at most
/// [`UNDERLINE`] bytes.
fn underlined(after: &str) -> bool {
    let next = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix(['\n', '\r']))
        .unwrap_or_default();
    let line_len = next
        .bytes()
        .take(UNDERLINE + 1)
        .take_while(|&b| b != b'\n' && b != b'\r')
        .count();
    let line = next
        .get(..line_len)
        .unwrap_or_default()
        .trim_end_matches([' ', '\t']);
    line_len <= UNDERLINE && line.len() >= 3 && (all_of(line, b'=') || all_of(line, b'-'))
}

/// Whether `s` is one mark repeated, once or more.
fn all_of(s: &str, mark: u8) -> bool {
    !s.is_empty() && s.bytes().all(|b| b == mark)
}

/// Everything the grammar can read at the start of `i`, with the rest: a
/// mention takes a weekday written after it too (see [`weekday_after`]).
pub(crate) fn reading(i: &str) -> Option<(Reading<'_>, &str)> {
    let mut found = forms(i)?;
    // In place: a reading is large, and most have no weekday after them.
    if let (Reading::Mentions(mentions), rest) = &mut found {
        if let [m] = mentions.as_mut_slice() {
            // A range's days have no one weekday.
            if m.first.weekday.is_none() && m.first.day_end.is_none() {
                if let Some((after, weekday)) = weekday_after(rest, m.text.ends_with('.')) {
                    let start = m.text.as_ptr() as usize - i.as_ptr() as usize;
                    if let Some(text) = i.get(start..i.len() - after.len()) {
                        m.text = text;
                        m.first.weekday = Some(weekday);
                        *rest = after;
                    }
                }
            }
        }
    }
    Some(found)
}

/// A weekday written after a mention, which is the same in both
/// calendars: after a comma ("25 October (7 November) 1917, Wednesday,"),
/// in brackets ("3 (16) March 1917 (Friday)"), or after a full stop as a
/// diary's heading ("13 (26) марта. Понедельник.", also where the
/// mention ends in a dot, `dotted`: "13 (26) марта 1917 г. Понедельник.").
/// The weekday must end its clause, so that it is no next clause's subject
/// ("3 (16) March. Sunday was quiet") or the next date's ("3 (16) March,
/// Sunday 5 (18) March"). Returns the text after it, before its clause's
/// end.
fn weekday_after(rest: &str, dotted: bool) -> Option<(&str, Weekday)> {
    let first = *rest.as_bytes().first()?;
    if matches!(first, b' ' | b'\t' | b'(' | b'[') {
        if let Some(found) = weekday_in_brackets(rest) {
            return Some(found);
        }
    }
    let (sep, after_sep) = match first {
        b',' | b'.' => (first, rest.get(1..)?),
        b' ' if dotted => (b'.', rest),
        // Most mentions go on otherwise: told by a byte.
        _ => return None,
    };
    // One space, the common case, without the general trim.
    let at = match after_sep.as_bytes() {
        [b' ', next, ..] if next.is_ascii_graphic() => after_sep.get(1..)?,
        _ => trim_line_space_start(after_sep),
    };
    if at.len() == after_sep.len() {
        return None;
    }
    let (after, day) = clause_weekday(at)?;
    let ends = match after.chars().next() {
        None | Some('\n' | '\r') => true,
        Some('.') => !after
            .get(1..)
            .is_some_and(|r| r.starts_with(char::is_alphanumeric)),
        // Not the next date's, after its comma: "2 (15) März 1917,
        // Freitag, den 3. (16.) März", "…, Friday, the 3rd (16th) March".
        Some(',') => sep == b',' && !date_follows(after.get(1..).unwrap_or_default()),
        Some(';' | ':' | ')' | ']') => sep == b',',
        Some(_) => false,
    };
    ends.then_some((after, day))
}

/// The weekday at the start of `at`, with the text after it, if its word
/// may end a clause ([`word_ends_clause`]) and is no short word in lower
/// case, which is as often an English verb or noun: "the court, 1–5 May
/// 1701, sat;", "… 1917, sun and rain", "3 (16) March 1917 (sun)".
fn clause_weekday(at: &str) -> Option<(&str, Weekday)> {
    if !word_ends_clause(at) {
        return None;
    }
    let (after, day) = weekday_name::<()>(at).ok()?;
    let word = consumed_between(at, after).trim_end_matches('.');
    let short_lower_case = word.starts_with(char::is_lowercase) && word.chars().count() <= 4;
    (!short_lower_case).then_some((after, day))
}

/// Whether a date begins `rest`, after space: a number, a wiki link, or a
/// day's article ("den", "the", "le").
fn date_follows(rest: &str) -> bool {
    let rest = trim_space_start(rest);
    rest.starts_with(|c: char| c.is_ascii_digit())
        || rest.starts_with("[[")
        || day_article::<()>(rest).is_ok()
}

/// A weekday alone in brackets at the start of `rest`, perhaps after
/// space: " (Friday)".
fn weekday_in_brackets(rest: &str) -> Option<(&str, Weekday)> {
    // Most mentions go on with a word after the space: told by bytes.
    let spaces = rest
        .bytes()
        .take_while(|&b| b == b' ' || b == b'\t')
        .count();
    if !matches!(rest.as_bytes().get(spaces), Some(b'(' | b'[')) {
        return None;
    }
    let (inside, closing) = open::<()>(rest.get(spaces..)?).ok()?;
    let (after, day) = clause_weekday(trim_line_space_start(inside))?;
    let (after, ()) = close::<()>(closing)(after).ok()?;
    Some((after, day))
}

/// Whether `at` starts with a word (perhaps hyphenated: "segunda-feira")
/// that its clause may end with: the test before a weekday after a
/// mention is looked up, which most words of running text fail. Told by
/// bytes, any byte past ASCII taken for a letter (the lookup tells).
fn word_ends_clause(at: &str) -> bool {
    let bytes = at.as_bytes();
    let len = bytes
        .iter()
        .take_while(|&&b| !b.is_ascii() || b.is_ascii_alphabetic() || b == b'-')
        .count();
    len > 0
        && matches!(
            bytes.get(len),
            None | Some(b',' | b';' | b':' | b')' | b']' | b'.' | b'\n' | b'\r')
        )
}

/// [`reading`] without a weekday after a mention.
fn forms(i: &str) -> Option<(Reading<'_>, &str)> {
    let first = i.chars().next()?;
    if first.is_ascii_digit() {
        // What follows the number decides which forms can match.
        let digits = i.bytes().take_while(u8::is_ascii_digit).count();
        let (number, number_end) = i.split_at_checked(digits).unwrap_or_default();
        let after = trim_space_start(number_end);
        // A bracket after the day, past its ordinal ending or German dot:
        // "8 [21]", "6th (18th)", "6-го (18-го)", "13. (26.)".
        let day_end = ordinal_suffix::<()>(number, number_end).map_or(number_end, |(r, _)| r);
        let day_end = day_end.strip_prefix('.').unwrap_or(day_end);
        let after_day = trim_space_start(day_end);
        if after_day.starts_with(['(', '[']) {
            let (rest, ms) = day_pairs_then_month::<()>(i).ok()?;
            // "8 (19) September – 2 (13) October 1709": to another pair.
            if let [m] = ms.as_slice() {
                if let Some(found) = one(pair_to_pair(i, *m, rest, None)) {
                    return Some(found);
                }
            }
            return Some((Reading::Mentions(ms), rest));
        }
        // "1er/13 avril", "1st/14th February": a slash after the ordinal.
        if after_day.starts_with('/') && !after.starts_with(['/', '.']) {
            return one(day_ranges(i)).or_else(|| one(slashed_days(i)));
        }
        // "3rd–5th of May (15th–17th May)", "3.–5. Mai 1848 (15.–17. Mai)":
        // a dash after the ordinal ending or the German dot.
        if day_end.len() < number_end.len() && starts_with_dash(after_day) {
            return one(day_ranges(i)).or_else(|| range_then_label(i));
        }
        return match after.chars().next()? {
            // "24/25 October (6/7 November)": a night in both calendars.
            // "19/II (3/III) 1861": a Roman month after the slash.
            '/' => one(day_ranges(i))
                .or_else(|| one(slashed_days(i)))
                .or_else(|| one(numeric_pair(i))),
            // After the dot: a numeric month ("26.10", "26.X"), a slash
            // ("1./14."), or a space before a month ("1. Februar"); a full
            // stop after a number is none of these.
            '.' => match after.get(1..).and_then(|s| s.chars().next()) {
                Some(c) if c.is_ascii_digit() || is_roman_letter(c) => {
                    one(numeric_pair(i)).or_else(|| anchor(numeric_date(i)))
                }
                Some('/') => one(slashed_days(i)),
                // "1. Februar"; or a numeric month after space, as Serbian
                // and Czech write it ("25. 10. (7. 11.) 1917."); or German
                // Wikipedia's mark after the day ("13. jul. / 23. Februar
                // 1633 greg.", where "jul." is no July).
                Some(_) if after.get(1..).is_some_and(starts_with_space) => {
                    // (A slash soon after: the cheap test first.)
                    let slash_soon = after.bytes().take(16).any(|b| b == b'/');
                    slash_soon
                        .then(|| one(slashed_days(i)))
                        .flatten()
                        .or_else(|| date_forms(i))
                        .or_else(|| one(numeric_pair(i)))
                        .or_else(|| anchor(numeric_date(i)))
                }
                // The mark glued to the day: "13.jul./ 23. Februar 1633greg.".
                Some(c) if is_word_char(c) => one(slashed_days(i)),
                _ => None,
            },
            // A dash, as a character or as markup ("25&ndash;26 October").
            c if DASHES.contains(&c) || matches!(c, '&' | '{') && starts_with_dash(after) => {
                one(day_ranges(i))
                    .or_else(|| range_then_label(i))
                    .or_else(|| date_forms(i))
                    .or_else(|| one(iso_pair(i)))
                    .or_else(|| anchor(iso_date(i)))
            }
            // A month ("26 October"), or a range word ("24 на 25").
            c if is_word_char(c) && !leads_somewhere(number, number_end) => None,
            c if is_word_char(c) => match named_date::<()>(i) {
                // "28 February – 3 March 1700 O.S.".
                Ok((rest, date)) if starts_with_dash(trim_space_start(rest)) => {
                    range_then_label(i).or_else(|| after_date(i, date, rest))
                }
                Ok((rest, date)) => after_date(i, date, rest),
                Err(_) if range_to::<()>(after).is_ok() => one(day_ranges(i)),
                // A Roman month after space: "25 X (7 XI) 1917".
                Err(_) if is_roman_letter(c) => one(numeric_pair(i)),
                Err(_) => None,
            },
            // A month by its number and the end of its name: "12 7ber".
            c if c.is_ascii_digit() && numbered_month_len(after).is_some() => named_date::<()>(i)
                .ok()
                .and_then(|(rest, date)| after_date(i, date, rest)),
            _ => None,
        };
    }
    // A wiki link: "[[7 November]] [O.S. 25 October] [[1917]]".
    if i.starts_with("[[") {
        return date_forms(i);
    }
    if first == '(' || first == '[' {
        let closing = if first == '(' { ')' } else { ']' };
        if !bracket_closes_soon(i.get(1..).unwrap_or_default(), closing) {
            return None;
        }
        return one(bracket_then_bracket(i))
            .or_else(|| one(bracket_then_date(i)))
            .or_else(|| one(bracketed_day_then_month(i)));
    }
    // "{{OldStyleDate|7 November|1917|25 October}}"; an infobox's date
    // and the other calendar's in brackets: "{{birth date|1840|5|7}} [O.S.
    // 25 April]".
    if first == '{' {
        return one(old_style_template(i)).or_else(|| {
            // The bracket must say which calendar it is: a template's date
            // and another in brackets are as often two matters ("{{Start
            // date|2020|5|7}} [1 May 2020]").
            let (after, date) = date_template::<()>(i).ok()?;
            let (rest, m) = date_then_bracket::<()>(i, date, after).ok()?;
            m.second.and_then(|s| s.label)?;
            Some((Reading::Mentions(vec![m]), rest))
        });
    }
    // "@#DJULIAN@ 11 FEB 1731/32": a GEDCOM calendar escape.
    if first == '@' {
        return label_then_date(i);
    }
    if is_word_char(first) {
        // A range's opening word, looked up once for both forms it opens.
        let ranges = || {
            range_from::<()>(i)
                .is_ok()
                .then(|| one(word_ranges(i)).or_else(|| range_then_label(i)))
                .flatten()
        };
        return weekday_then(i)
            .or_else(ranges)
            .or_else(|| one(month_then_days(i)))
            .or_else(|| label_then_date(i))
            .or_else(|| date_forms(i));
    }
    None
}

/// A weekday, then any form: the weekday belongs to the first date
/// ("Wednesday, 1 (14) November", "в четверг, 9 (22) января").
fn weekday_then(i: &str) -> Option<(Reading<'_>, &str)> {
    let (after, weekday) = weekday_prefix::<()>(i).ok()?;
    let (found, rest) = forms(after)?;
    let Reading::Mentions(mut mentions) = found else {
        // A plain date: it dates what follows, weekday or not.
        return Some((found, rest));
    };
    let first = mentions.first_mut()?;
    if first.first.weekday.is_some() {
        return None;
    }
    first.first.weekday = Some(weekday);
    // The mention and its first side now start at the weekday.
    first.text = i.get(..end_within(i, first.text))?;
    first.first.text = i.get(..end_within(i, first.first.text))?;
    Some((Reading::Mentions(mentions), rest))
}

/// A single mention as a reading.
fn one<'a>(r: Res<'a, RawMention<'a>, ()>) -> Option<(Reading<'a>, &'a str)> {
    r.ok().map(|(rest, m)| (Reading::Mentions(vec![m]), rest))
}

/// Where `part`, a slice of `whole`, ends within it, in bytes.
fn end_within(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize) + part.len()
}

/// A plain date as a reading.
fn anchor<'a>(r: Res<'a, WrittenDate<'a>, ()>) -> Option<(Reading<'a>, &'a str)> {
    r.ok().map(|(rest, d)| (Reading::Anchor(d), rest))
}

/// A year after a pair: `" 1917"`, `", 1917"`, `" 1917 г."`; also past the
/// footnote markers glued to the pair (see [`footnotes`]): `"<ref
/// name="Pipes"/> 1917"`, `"[4] 1917"`, which are then inside the mention.
fn tail_year<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, WrittenYear, E> {
    let (rest, _) = comma_space(footnotes(i))?;
    // Stopped at a blank line, which the year's own space would cross.
    if rest.starts_with(['\n', '\r']) {
        return fail(i, ErrorKind::Space);
    }
    year_after_space(rest)
}

/// A year after the shared month of a pair, as [`year_after_day_month`]
/// reads it, also past footnote markers glued to the month (see
/// [`footnotes`]): `"[4] 1917"` of `"13/26 October[4] 1917"`.
fn shared_year<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, WrittenYear, E> {
    year_after_day_month(footnotes(i))
}

/// Whether a day ("26 октября …", given as its `number` and from the end
/// of that number on) can lead to anything: a year, a bracket that closes,
/// a slash or a word (a label, or the month after "de") must follow the
/// word after it. A cheap test on the shape, made before the word is
/// looked up in the lexicon.
fn leads_somewhere(number: &str, number_end: &str) -> bool {
    let at_word = word_after_number(number, number_end);
    match super::words::word::<()>(at_word) {
        Ok((rest, _)) => leads_on(rest),
        // "12th 7ber": a month by its number and the end of its name.
        Err(_) => numbered_month_len(at_word)
            .is_some_and(|(len, _)| leads_on(at_word.get(len..).unwrap_or_default())),
    }
}

/// Where the word after a day's `number` begins, given from the end of
/// that number on: past an ordinal ending glued to the number ("26th",
/// "22d") and space.
fn word_after_number<'a>(number: &str, number_end: &'a str) -> &'a str {
    // Most days have a space.
    let rest = match number_end.as_bytes().first() {
        Some(b' ') | None => number_end,
        Some(_) => ordinal_suffix::<()>(number, number_end).map_or(number_end, |(rest, _)| rest),
    };
    trim_space_start(rest)
}

/// Whether what follows the word after a day (given from the end of that
/// word on) can go on into a mention; see [`leads_somewhere`].
fn leads_on(after_word: &str) -> bool {
    matches!(what_follows(after_word), Follows::Something)
}

/// What follows the word after a day.
enum Follows {
    /// Something a mention can go on with.
    Something,
    /// An opening bracket, at this offset, that does not close soon.
    Unclosed(usize),
    /// Anything else.
    Nothing,
}

/// What follows the word after a day, given from the end of that word on.
fn what_follows(after_word: &str) -> Follows {
    let rest = trim_space_start(after_word.strip_prefix('.').unwrap_or(after_word));
    // A year as a wiki link, perhaps after a comma: "7 November [[1917]]".
    let linked = |s: &str| linked_year::<()>(s).is_ok();
    if linked(rest)
        || rest
            .strip_prefix(',')
            .is_some_and(|r| linked(trim_space_start(r)))
    {
        return Follows::Something;
    }
    if let Ok((inside, closing)) = open::<()>(rest) {
        return match bracket_closes_soon(inside, closing) {
            true => Follows::Something,
            false => Follows::Unclosed(after_word.len() - rest.len()),
        };
    }
    match rest.as_bytes().first() {
        // A dash, before the end of a range: "28 February – 3 March".
        Some(b'0'..=b'9' | b'/' | b'-' | b'a'..=b'z' | b'A'..=b'Z') => Follows::Something,
        // A footnote marker, before a bracket: "7 November<ref name=a/> [".
        Some(b'<' | b'{') if footnote::<()>(rest).is_ok() => Follows::Something,
        // A range's dash as markup: "25 October&ndash;".
        Some(b'&' | b'{') if markup_dash(rest.as_bytes()) > 0 => Follows::Something,
        // A label or a year after a comma: "25 October, O.S.", "11
        // February, 1731/2".
        Some(b',') => match trim_space_start(rest.get(1..).unwrap_or_default())
            .chars()
            .next()
        {
            Some(c) if is_word_char(c) || c.is_ascii_digit() => Follows::Something,
            _ => Follows::Nothing,
        },
        Some(b) if b.is_ascii() => Follows::Nothing,
        // Or a footnote's number in superscript digits: "7 November² [".
        _ => match rest.chars().next() {
            Some(c) if is_word_char(c) || DASHES.contains(&c) || is_superscript_digit(c) => {
                Follows::Something
            }
            _ => Follows::Nothing,
        },
    }
}

/// Why [`leads_nowhere`] is sure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Nowhere {
    /// The offset in the window of an opening bracket after the word that
    /// does not close soon within the window, if that is why.
    pub unclosed: Option<usize>,
}

/// Whether [`reading`] is sure to find nothing in `i`, a window that
/// starts with a day number, given `word`: the span in `i` of a word as
/// [`word`](super::words::word) reads it from there (on the whole text,
/// which may go on past `i`). The scanner asks this with the month word
/// the gate has already read, so that "26 октября (" is not read twice.
/// `None` means only "not sure".
pub(crate) fn leads_nowhere(i: &str, word: std::ops::Range<usize>) -> Option<Nowhere> {
    let digits = i.bytes().take_while(u8::is_ascii_digit).count();
    let (number, number_end) = i.split_at_checked(digits)?;
    // `reading` takes this way only if a letter follows the number, and
    // the word is the one it reads only if it starts where it looks and
    // ends inside `i` (a word cut by the end of `i` reads shorter).
    let letter_follows = trim_space_start(number_end)
        .chars()
        .next()
        .is_some_and(is_word_char);
    let word_at = i.len() - word_after_number(number, number_end).len();
    let is_that_word = word.start == word_at && word.start < word.end && word.end < i.len();
    if digits == 0 || !letter_follows || !is_that_word {
        return None;
    }
    match what_follows(i.get(word.end..)?) {
        Follows::Something => None,
        Follows::Unclosed(at) => Some(Nowhere {
            unclosed: Some(word.end + at),
        }),
        Follows::Nothing => Some(Nowhere { unclosed: None }),
    }
}

/// The inside of a bracket: an optional label (perhaps as a wiki link, see
/// [`linked_label`]), a date, an optional label.
///
/// `"O.S. 25 October]"` → 25 October, Julian; `"[[Old Style and New Style
/// dates|O.S.]] 25 October]"` → 25 October, Julian;
/// `"2 November in Julian calendar)"` → 2 November, Julian;
/// `"November 7, N.S.)"`, `"25 October, Old Style)"` → with a comma before
/// the label, if the label ends there; `"по н. ст. — 7 ноября)"` → 7
/// ноября, Gregorian, with a dash after the label
fn bracket_side<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, RawSide<'a>, E> {
    let (start, _) = space0(i)?;
    // A word saying it is the same day may open the bracket: "(i.e. 7
    // November)", "(soit le 7 novembre)", "(т. е. 7 ноября)".
    let start = match start.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => start,
        _ => {
            opt((that_is, opt(punct(',')), opt((space0, on_day)), space0))
                .parse(start)?
                .0
        }
    };
    // A label first, unless what looked like one is the month itself
    // ("jul." is a label, "Jul 11" a date); or a label as a wiki link.
    let label_first = |s: &'a str| match s.starts_with("[[") {
        true => linked_label::<E>(s),
        // In a bracket "os" and "ns" are labels in any case: "(ns 4
        // January 1643)"; but not before a day and a small word, where
        // "os" is Portuguese "the": "(os 24 de maio)".
        false => {
            let (rest, (l, trust)) = lax_label_before::<E>(s)?;
            let day_then_month = || (space0::<E>, day_ordinal, space0, month_name).parse(rest);
            if trust == Trust::Lower && day_then_month().is_err() {
                return fail(s, ErrorKind::Verify);
            }
            Ok((rest, l))
        }
    };
    // A dash may stand between the label and its date: "(по н. ст. — 7
    // ноября)", "[N.S. – 7 November]".
    let label_dash = opt((space0::<E>, dash::<E>));
    let (rest, before, date) =
        match (label_first, label_dash, space0::<E>, named_date::<E>).parse(start) {
            Ok((rest, (l, _, _, date))) => (rest, Some(l), date),
            Err(_) => {
                let (rest, date) = named_date(start)?;
                (rest, None, date)
            }
        };
    // After the date, a label, also in its own brackets: "(5 January 1643
    // [N.S.])", as the first date may carry one: "25 December 1642 [O.S.]".
    let (rest, after) = match (comma_space::<E>, any_label).parse(rest) {
        Ok((after, (comma, l))) if !comma || label_ends(after) => (after, Some(l)),
        _ => (rest, None),
    };
    Ok((rest, RawSide::from_date(date, before.or(after))))
}

/// A date, then the other calendar's date in brackets, then a year; the
/// first date may carry footnote markers glued to it (see [`footnotes`]),
/// and so may the bracket before the year (see [`tail_year`]).
///
/// `"26 October (8 November) 1917"`, `"7 November [O.S. 25 October] 1917"`,
/// `"October 26 (November 8), 1917"`, `"15 November 1917 (2 November in
/// Julian calendar)"`, `"7 November[a] [O.S. 25 October] 1917"`, `"25
/// October 1917, O.S. (7 November 1917, N.S.)"`
fn date_then_bracket<'a, E: ParseError<&'a str>>(
    i: &'a str,
    first: WrittenDate<'a>,
    after_first: &'a str,
) -> Res<'a, RawMention<'a>, E> {
    // The first date's label, perhaps after a comma: "Born 25 October
    // 1917, O.S. (7 November 1917, N.S.)"; but bare letters there are as
    // often something else: "the invoice of 25 October 2019, NS (…)".
    let first_label = |s: &'a str| -> Res<'a, CalendarKind, E> {
        let (rest, (comma, (written, l))) = (comma_space, consumed(any_label)).parse(s)?;
        if comma && plain_label(written) {
            return fail(s, ErrorKind::Verify);
        }
        Ok((rest, l))
    };
    let (rest, first_label) = opt(first_label).parse(after_first)?;
    let (rest, _) = space0(layout_tags(footnotes(rest)))?;
    let (rest, closing) = open(rest)?;
    if !bracket_closes_soon(rest, closing) {
        return fail(i, ErrorKind::Char);
    }
    let (rest, second) = match bracket_side::<E>(rest) {
        Ok(found) => found,
        Err(_) => labelled_day(rest, &first, first_label)?,
    };
    let (rest, ()) = close(closing)(rest)?;
    let (rest, tail_year) = opt(tail_year).parse(rest)?;
    let first = RawSide::from_date(first, first_label);
    Ok(RawMention::two(
        i,
        rest,
        Kind::Pair,
        first,
        second,
        tail_year,
    ))
}

/// The other calendar's day alone with its label, in the bracket after
/// the date `first` (whose own label, if any, is `first_label`): its month
/// is the date's, or the next or the last, as the label says which
/// calendar is ahead, and the two days must be about the calendars'
/// difference apart. The label must be written out or dotted: "(8 ns)" is
/// eight nanoseconds.
///
/// `"28 по н. ст.)"` after "15-го Марта по ст. ст." → 28 March,
/// Gregorian; `"8 N.S.)"` after "26 October" → 8 November, Gregorian;
/// `"25 O.S.)"` after "7 November" → 25 October, Julian
fn labelled_day<'a, E: ParseError<&'a str>>(
    i: &'a str,
    first: &WrittenDate<'a>,
    first_label: Option<CalendarKind>,
) -> Res<'a, RawSide<'a>, E> {
    let (start, _) = space0(i)?;
    let (rest, day) = day_ordinal(start)?;
    let (rest, (_, (written, l))) = (space0, consumed(any_label)).parse(rest)?;
    if undotted(written) || first_label == Some(l) {
        return fail(i, ErrorKind::Verify);
    }
    let next = first.month % 12 + 1;
    let last = (first.month + 10) % 12 + 1;
    let (month, gap) = match l {
        CalendarKind::Gregorian => {
            let month = if day > first.day { first.month } else { next };
            (month, days_from(first.day, first.month, day, month))
        }
        CalendarKind::Julian => {
            let month = if day < first.day { first.month } else { last };
            (month, days_from(day, month, first.day, first.month))
        }
    };
    let year = first.year.map(|y| y.value);
    if !gap.is_some_and(|gap| near_offset(gap, year)) {
        return fail(i, ErrorKind::Verify);
    }
    let side = RawSide {
        label: Some(l),
        ..RawSide::days(consumed_between(start, rest), day, None, month)
    };
    Ok((rest, side))
}

/// The year written after both sides of a pair, for both, if neither
/// side has its own: "25 October (O.S.) / 7 November (N.S.) 1917".
fn year_of_both<'a, E: ParseError<&'a str>>(
    rest: &'a str,
    first: Option<WrittenYear>,
    second: Option<WrittenYear>,
) -> Res<'a, Option<WrittenYear>, E> {
    match (first, second) {
        (None, None) => opt(tail_year).parse(rest),
        _ => Ok((rest, None)),
    }
}

/// Whether what follows a label after a comma ends it: a comma or other
/// punctuation, a year, or the end of the text.
fn label_ends(rest: &str) -> bool {
    match trim_space_start(rest).chars().next() {
        None => true,
        Some(c) => c.is_ascii_digit() || matches!(c, ',' | '.' | ';' | ':' | ')' | ']'),
    }
}

/// Whether a label is written as its letters alone, at most four of them,
/// with the dots of an abbreviation left out: "OS", "os", "Ast", "сс",
/// "s/n". Such forms are also ordinary words and abbreviations: Portuguese
/// "os" ("the"), "Halifax, NS", Dutch "NS", Spanish "s/n" ("no number").
/// Russian writes "н/с" and "с/с" with a slash: those are not undotted.
fn undotted(written: &str) -> bool {
    let slashed = written.contains('/') && !written.is_ascii();
    !slashed
        && !written.contains(|c: char| c == '.' || c.is_whitespace())
        && written.chars().filter(|c| c.is_alphabetic()).count() <= 4
}

/// Whether a label as written, bare or in brackets, is as often something
/// else: undotted (see [`undotted`]) and not in brackets ("OS", not "(OS)").
fn plain_label(written: &str) -> bool {
    !written.starts_with(['(', '[']) && undotted(written)
}

/// A label before a date, perhaps with a colon on the date's line, and
/// whether it is as often something else: written undotted (see
/// [`undotted`]), or "Julian" or "Gregorian" alone, names ("a letter to
/// Julian 25 May 1990", "Vartan Gregorian 12 May 1990", "JULIAN: 25 May"
/// in a play). Of undotted labels only "OS" and "NS", in capitals, are
/// taken there: "os 25 de outubro" is "the 25th of October", "Ast 3. Mai"
/// a name. A label and colon on a line of their own head what follows,
/// not one date ("Old Style:" over a list). GEDCOM's calendar marks are
/// labels there, and never something else: the escape of GEDCOM 5.5.1
/// ("@#DJULIAN@", see [`gedcom_escape`]), and GEDCOM 7's calendar name
/// before a date in GEDCOM's shape ("JULIAN 11 FEB 1731", see
/// [`gedcom_calendar`]).
fn label_before<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (CalendarKind, bool), E> {
    match lax_label_before(i)? {
        (_, (_, Trust::Lower)) => fail(i, ErrorKind::Verify),
        (rest, (l, trust)) => Ok((rest, (l, trust == Trust::InPair))),
    }
}

/// How far a label before a date is a label (see [`lax_label_before`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trust {
    /// Plainly a label: "O.S.", "по ст. ст.", GEDCOM's marks.
    Sure,
    /// As often something else, so taken only before a pair: "OS", "NS"
    /// in capitals, "Julian" or "Gregorian" alone.
    InPair,
    /// "os" or "ns" in lower or mixed case: in running text as often
    /// Portuguese "os" ("the"), so taken only in a bracket, or before a
    /// pair whose other side has the other calendar's label ("os 25
    /// December 1642 (ns 4 January 1643)").
    Lower,
}

/// A label before a date as [`label_before`] reads it, but with "os" and
/// "ns" in lower or mixed case too, and how far it is a label.
fn lax_label_before<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (CalendarKind, Trust), E> {
    // Most places where a label is tried start with a digit: no phrase,
    // and no GEDCOM mark, can start there.
    if no_phrase_at(i) && !may_start_gedcom_mark(i) {
        return fail(i, ErrorKind::Tag);
    }
    let gedcom = gedcom_escape::<E>(i).or_else(|_| gedcom_calendar::<E>(i));
    if let Ok((rest, l)) = gedcom {
        return Ok((rest, (l, Trust::Sure)));
    }
    let (rest, l) = label(i)?;
    let written = consumed_between(i, rest);
    let undotted = undotted(written);
    let trust = match written {
        "OS" | "NS" => Trust::InPair,
        _ if undotted && ["os", "ns"].iter().any(|w| written.eq_ignore_ascii_case(w)) => {
            Trust::Lower
        }
        _ if undotted => return fail(i, ErrorKind::Verify),
        _ if calendar_name(written) => Trust::InPair,
        _ => Trust::Sure,
    };
    // "Old Style: 25 December 1642", "(N.S.: 4 January 1643)".
    let rest = match rest.strip_prefix(':') {
        Some(after)
            if after
                .trim_start_matches([' ', '\t'])
                .starts_with(['\n', '\r']) =>
        {
            return fail(i, ErrorKind::Verify);
        }
        Some(after) => after,
        None => rest,
    };
    Ok((rest, (l, trust)))
}

/// Whether a label is a calendar's name alone, as often a person's:
/// "Julian", "GREGORIAN".
fn calendar_name(written: &str) -> bool {
    ["Julian", "Gregorian"]
        .iter()
        .any(|n| written.eq_ignore_ascii_case(n))
}

/// A label after a date: "25 October 1917 O.S.", "(N.S.)", or after a
/// comma if the label ends there ("25 October, O.S., 1917", but not "On 25
/// October, Julian Bond wrote"). An undotted label (see [`undotted`]) must
/// be on the date's line, and unless it is "OS" or "NS" in capitals, no
/// word or number but the date's year may follow it on that line: "25 de
/// outubro de 1917 os soldados" and "12 March 2019 S/N 4471" have none,
/// "25 December 1642 OS in Woolsthorpe", "3 June 1904 os." and "25 October
/// os 1917" have one. So with "Julian" or "Gregorian" alone, which must be
/// on the date's line too: "25 October 1917 Julian," is labelled, "On 25
/// May 1990 Julian left" is not. `year_written` says whether the date has its year;
/// the answer says whether the label was undotted and bare.
fn label_after_date(after: &str, year_written: bool) -> Option<(&str, CalendarKind, bool)> {
    let (start, comma) = comma_space::<()>(after).ok()?;
    if let Ok((rest, l)) = bracketed_label::<()>(start) {
        return (!comma || label_ends(rest)).then_some((rest, l, false));
    }
    let (rest, l) = label::<()>(start).ok()?;
    let written = consumed_between(start, rest);
    let plain = undotted(written);
    let on_line = !consumed_between(after, start).contains(['\n', '\r']);
    // No word or number follows on the line ("1917 os 300 soldados", "2019
    // S/N 4471", "On 25 May 1990 Julian left"), but the year of a date
    // without one ("25 October os 1917").
    let no_word = || {
        let next = trim_line_space_start(rest).chars().next();
        next.is_none_or(|c| !c.is_alphanumeric())
            || (!year_written && year_after_label(rest).is_some())
    };
    let ends = if plain {
        let capitals = matches!(written, "OS" | "NS");
        on_line && (capitals || no_word())
    } else if calendar_name(written) {
        // A name alone must be on the date's line too ("… 14 May 2020\nJulian
        // wrote"), and end the date's words there.
        on_line && no_word() && (!comma || label_ends(rest))
    } else {
        // A bracket may follow a plain label: "Born 25 October 1917, O.S.
        // (7 November 1917, N.S.)".
        !comma || label_ends(rest) || trim_space_start(rest).starts_with(['(', '['])
    };
    // After a comma, a label with a date of its own is that date's: "Dated
    // 25 October 1917, N.S. 7 November".
    let its_own = || comma && named_date::<()>(trim_line_space_start(rest)).is_ok();
    (ends && !its_own()).then_some((rest, l, plain))
}

/// The year after a label that follows a date without one, "25 October
/// O.S. 1917": of four digits or with its era ("7 November N.S. 300
/// workers" has none).
fn year_after_label(rest: &str) -> Option<(&str, WrittenYear)> {
    tail_year::<()>(rest)
        .ok()
        .filter(|(_, y)| y.era || y.value >= 1000)
}

/// `rest` past the year after a label, given to `side` if it has none:
/// "25 October O.S. 1917", "1–5 March O.S. 1700".
fn take_year_after_label<'a>(rest: &'a str, side: &mut RawSide<'_>) -> &'a str {
    match year_after_label(rest) {
        Some((after, y)) if side.year.is_none() => {
            side.year = Some(y);
            after
        }
        _ => rest,
    }
}

/// A label, bare or in its own brackets: "O.S.", "(N.S.)".
fn any_label<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, CalendarKind, E> {
    bracketed_label::<E>(i).or_else(|_| label(i))
}

/// The year from which a dual year on a single date is no New-Year
/// style (see [`after_date`]).
const DUAL_YEARS_BEFORE: i32 = 1800;

/// The year from which forms that are as often something else are no
/// longer read without a label: pairs of ISO dates, Roman months after
/// space. Greece, the last country in Europe to leave the Julian calendar
/// for civil use, did so in 1923. Later, two ISO dates about thirteen days
/// apart are as often two dates of another kind ("2021-03-01
/// (2021-03-14)"), and "item 12 (25) X 2020" a list's numbers.
const WEAK_FORMS_BEFORE: i32 = 1924;

/// Whether the days `d1` and `d2` of one month are exactly as far apart
/// as the calendars were in `year`, before [`WEAK_FORMS_BEFORE`]: the test
/// of a weak form, which allows no slip of the pen.
fn exactly_apart(d1: u32, d2: u32, year: WrittenYear) -> bool {
    let gap = i64::from(d1.abs_diff(d2));
    year.value < WEAK_FORMS_BEFORE && gap == expected_offset(Some(year.value)).abs()
}

/// Whether two dates with their years are one day exactly, either of them
/// Julian, from the Gregorian reform of 1582 to [`WEAK_FORMS_BEFORE`]: the
/// test of a weak form of full dates, which allows no slip of the pen.
/// (Before 1582 no one wrote both calendars, and "01.01.0001/03.01.0001"
/// is a database's placeholder.)
fn exactly_one_day(a: &WrittenDate<'_>, b: &WrittenDate<'_>) -> bool {
    let day = |d: &WrittenDate<'_>, calendar: CalendarKind| {
        let year = d.year?.value;
        (1582..WEAK_FORMS_BEFORE)
            .contains(&year)
            .then(|| {
                calendar
                    .rata_die(i64::from(year), i64::from(d.month), i64::from(d.day))
                    .ok()
            })
            .flatten()
    };
    let (j, g) = (CalendarKind::Julian, CalendarKind::Gregorian);
    let same = |x, y| matches!((x, y), (Some(x), Some(y)) if x == y);
    same(day(a, j), day(b, g)) || same(day(a, g), day(b, j))
}

/// Two ISO dates, the other in brackets, as tables and data exports write
/// one day in two calendars, each perhaps with a label: they must be able
/// to be one day, and without a label be before [`WEAK_FORMS_BEFORE`].
///
/// `"1917-10-25 (1917-11-07)"`, `"2024-01-07 (O.S. 2023-12-25)"`
fn iso_pair<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, RawMention<'a>, E> {
    let side = |s: &'a str| {
        (iso_date, opt((space0, any_label).map(|(_, l)| l)))
            .map(|(d, l)| RawSide::from_date(d, l))
            .parse(s)
    };
    let (rest, first) = side(i)?;
    let (rest, (_, c, _)) = (space0, open, space0).parse(rest)?;
    let (rest, before) = opt((label, space0).map(|(l, _)| l)).parse(rest)?;
    let (rest, second) = side(rest)?;
    let (rest, (_, ())) = (space0, close(c)).parse(rest)?;
    let second = RawSide {
        label: second.label.or(before),
        ..second
    };
    let labelled = first.label.is_some() || second.label.is_some();
    let early = [&first, &second]
        .iter()
        .all(|s| s.year.is_some_and(|y| y.value < WEAK_FORMS_BEFORE));
    if !(labelled || early) || !may_be_one_day(&first, &second, false, None) {
        return fail(i, ErrorKind::Verify);
    }
    Ok(RawMention::two(i, rest, Kind::Pair, first, second, None))
}

/// Two dates around a slash. Unless both carry labels that are plainly
/// labels (see [`plain_label`]), they must be able to be one day (see
/// [`one_day_in_two`]) and not be two days in a row: "the night of 31
/// December/1 January", "12 May 2020 / 14 May 2020" (two sessions), "12
/// May 2020 OS / 14 May 2020 NS" (serial numbers). With such labels a slip
/// is a pair for the checker to report, if the years are a year apart at
/// most.
///
/// `"31 January/13 February 1918"`, `"25 October O.S. / 7 November N.S."`
fn date_slash_date<'a, E: ParseError<&'a str>>(
    i: &'a str,
    first: WrittenDate<'a>,
    after_first: &'a str,
) -> Res<'a, RawMention<'a>, E> {
    let label = || opt((space0, consumed(any_label)).map(|(_, l)| l));
    let (rest, first_label) = label().parse(after_first)?;
    let (rest, _) = (space0, punct('/'), space0).parse(rest)?;
    let (rest, second) = named_date(rest)?;
    let (rest, second_label) = label().parse(rest)?;
    let labelled = |l: Option<(&str, _)>| l.is_some_and(|(written, _)| !plain_label(written));
    let said_one_day = labelled(first_label) && labelled(second_label);
    let first = RawSide::from_date(first, first_label.map(|l| l.1));
    let mut second = RawSide::from_date(second, second_label.map(|l| l.1));
    // "5 March 1700 O.S. / 16 March N.S. 1700".
    let rest = match second_label {
        Some(_) => own_year_after_label(rest, &first, &mut second),
        None => rest,
    };
    // "25 October (O.S.) / 7 November (N.S.) 1917": one year for both.
    let (rest, tail_year) = year_of_both(rest, first.year, second.year)?;
    if !may_be_one_day(&first, &second, said_one_day, tail_year) {
        return fail(i, ErrorKind::Verify);
    }
    Ok(RawMention::two(
        i,
        rest,
        Kind::Pair,
        first,
        second,
        tail_year,
    ))
}

/// Forms that start with a full date: a pair, a labelled date, a date with
/// a dual year, or a plain date that only dates what follows.
fn date_forms(i: &str) -> Option<(Reading<'_>, &str)> {
    let (after, date) = named_date::<()>(i).ok()?;
    after_date(i, date, after)
}

/// The forms that go on from a date already read at the start of `i` (see
/// [`date_forms`]).
fn after_date<'a>(
    i: &'a str,
    date: WrittenDate<'a>,
    after: &'a str,
) -> Option<(Reading<'a>, &'a str)> {
    // The dot of a year, as Serbian writes it, before a label in lower
    // case or a label in brackets: "2. фебруара 1835. по старом
    // календару", "3. марта 1868. (ст. ст.)"; a label in capitals after it
    // begins the next sentence, and another bracket is another matter
    // ("10. jula 1856. (28. juna 1857)").
    let after = match after.strip_prefix('.') {
        Some(past) if date.year.is_some() && past.starts_with(super::atoms::is_blank) => {
            let next = trim_line_space_start(past);
            let lower_label = next.starts_with(char::is_lowercase) && label::<()>(next).is_ok();
            match lower_label || bracketed_label::<()>(next).is_ok() {
                true => past,
                false => after,
            }
        }
        _ => after,
    };
    // What follows the date decides which forms can go on from it.
    let trimmed = trim_space_start(after);
    let next = trimmed.chars().next();
    // "28 February – 3 March (13–16 March)"; otherwise a date before a
    // dash is a date as any other ("25 December 1917 – a cold day").
    if starts_with_dash(trimmed)
        || next.is_some_and(is_word_char) && range_to_only::<()>(trimmed).is_ok()
    {
        if let Some(found) = one(month_ranges(i, date, after, None)) {
            return Some(found);
        }
    }
    let bracket = matches!(next, Some('(' | '['));
    let word = next.is_some_and(is_word_char);
    // A footnote marker glued to the date: "7 November<ref name=a/> [O.S.".
    let marker = || {
        (matches!(next, Some('<' | '{')) || next.is_some_and(is_superscript_digit))
            && footnote::<()>(after).is_ok()
    };
    // A comma before the first date's label: "25 October 1917, O.S. (".
    if bracket || word || next == Some(',') || marker() {
        if let Ok((rest, m)) = date_then_bracket::<()>(i, date, after) {
            return one(pair_to_pair(i, m, rest, None))
                .or(Some((Reading::Mentions(vec![m]), rest)));
        }
    }
    if next == Some('.') && date.year.is_some() {
        if let Some(found) = one(ordinal_year_then_bracket(i, date, trimmed)) {
            return Some(found);
        }
    }
    // "25 October (O.S.) / 7 November": a bracket only of a label.
    let bracketed = || bracket && bracketed_label::<()>(trim_space_start(after)).is_ok();
    if next == Some('/') || word || bracketed() {
        if let Ok((rest, m)) = date_slash_date::<()>(i, date, after) {
            return Some((Reading::Mentions(vec![m]), rest));
        }
    }
    // "the 25th Decr. 1717, that is 5 Jany. 1718 N.S.": a date without a
    // label, then a word saying that the other calendar's date, labelled,
    // is the same day (see `other_labelled`, which reads it as after a
    // labelled date; the two must be able to be one day, as after a date
    // whose label is as often something else).
    if (word || next == Some(',')) && says_same_day(after) {
        let side = RawSide::from_date(date, None);
        if let Ok((rest, (second, year))) = other_labelled::<()>(after, &side, true) {
            let (rest, m) = RawMention::two(i, rest, Kind::Pair, side, second, year);
            return Some((Reading::Mentions(vec![m]), rest));
        }
    }
    // "25 October 1917 O.S.", "25 October 1917 (N.S.)", "25 October, O.S.".
    let labelled = if bracket || word || next == Some(',') {
        label_after_date(after, date.year.is_some())
    } else {
        None
    };
    if let Some((rest, l, plain)) = labelled {
        let mut side = RawSide::from_date(date, Some(l));
        let rest = take_year_after_label(rest, &mut side);
        let (rest, m) = match other_labelled::<()>(rest, &side, plain) {
            Ok((rest, (second, year))) => RawMention::two(i, rest, Kind::Pair, side, second, year),
            Err(_) => RawMention::one(i, rest, Kind::Single, side),
        };
        return Some((Reading::Mentions(vec![m]), rest));
    }
    match date.year {
        // From 1800 on, two years on one date are a season's or an
        // account's ("year ending 31 March 1913-14"): England's old New
        // Year ended in 1752, Venice's in 1797.
        Some(y) if y.dual.is_some() && y.value < DUAL_YEARS_BEFORE => {
            let (rest, m) =
                RawMention::one(i, after, Kind::DualYear, RawSide::from_date(date, None));
            Some((Reading::Mentions(vec![m]), rest))
        }
        Some(_) => Some((Reading::Anchor(date), after)),
        None => None,
    }
}

/// Whether `after`, the text after a date, goes on with a word saying that
/// what follows is the same day: ", that is", " i.e.", ", т. е.".
fn says_same_day(after: &str) -> bool {
    same_day_word::<()>(after).is_ok()
}

/// A word saying that the date after it is the same day, perhaps between
/// commas and before a word for "on": ", that is", " i.e.,", ", d. h. am".
fn same_day_word<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (), E> {
    let on = opt((space0, on_day));
    (opt(punct(',')), space0, that_is, opt(punct(',')), on)
        .map(|_| ())
        .parse(i)
}

/// A date whose year is written as an ordinal, with its dot, then the
/// other calendar's date in brackets, as Serbian and Croatian write it;
/// `at_dot` is the text from the dot on. As a full stop ends a sentence
/// there as well, the two must be able to be one day, in one year.
///
/// `"10. jula 1856. (28. juna)"`
fn ordinal_year_then_bracket<'a>(
    i: &'a str,
    date: WrittenDate<'a>,
    at_dot: &'a str,
) -> Res<'a, RawMention<'a>, ()> {
    let after_dot = at_dot.strip_prefix('.').unwrap_or(at_dot);
    if !trim_space_start(after_dot).starts_with(['(', '[']) {
        return fail(i, ErrorKind::Char);
    }
    let (rest, m) = date_then_bracket(i, date, after_dot)?;
    let one_day = m.second.as_ref().is_some_and(|second| {
        years_fit(&m.first, second) && may_be_one_day(&m.first, second, false, m.tail_year)
    });
    if !one_day {
        return fail(i, ErrorKind::Verify);
    }
    Ok((rest, m))
}

/// A label, then a date: `"O.S. 25 October 1917"`; or two, each with the
/// other calendar's label (see [`other_labelled`]); or a label before a
/// pair, which is its first side's: `"O.S. 25 October (7 November) 1917"`.
/// An undotted "OS" or "NS", or "Julian" or "Gregorian" alone, is taken
/// only before a pair: alone it is as often something else ("OS 25 DE
/// ABRIL", "Halifax, NS 6 December", "to Julian 25 May 1990").
fn label_then_date(i: &str) -> Option<(Reading<'_>, &str)> {
    let (at_date, ((l, trust), _)) = (lax_label_before::<()>, space0).parse(i).ok()?;
    if trust == Trust::Lower {
        return lower_label_then_pair(i, at_date, l);
    }
    let only_in_pair = trust == Trust::InPair;
    // A range in both calendars, whose first side the label is ("O.S.
    // 1–5 March (12–16 March) 1700"); or of one calendar ("O.S. 1–5 March
    // 1700", "O.S. 28 February – 3 March 1700").
    if let Ok((rest, mut m)) = day_ranges::<()>(at_date) {
        label_first_side(i, &mut m, l)?;
        return Some((Reading::Mentions(vec![m]), rest));
    }
    if let Ok((rest, side)) = dashed_range::<()>(at_date) {
        // "O.S. 1–5 March 1700 = N.S. 12–16 March 1700".
        if let Some(found) = labelled_range_pair(i, rest, &side, l, only_in_pair) {
            return Some(found);
        }
        if !only_in_pair {
            return Some(labelled_single(i, rest, side, l));
        }
    }
    let (after, date) = named_date::<()>(at_date).ok()?;
    let side = RawSide::from_date(date, Some(l));
    if let Ok((rest, (second, tail_year))) = other_labelled::<()>(after, &side, only_in_pair) {
        let (rest, m) = RawMention::two(i, rest, Kind::Pair, side, second, tail_year);
        return Some((Reading::Mentions(vec![m]), rest));
    }
    if let Some((Reading::Mentions(mut ms), rest)) = after_date(at_date, date, after) {
        let first = ms.first().copied()?;
        if first.second.is_some() {
            label_first_side(i, ms.first_mut()?, l)?;
            return Some((Reading::Mentions(ms), rest));
        }
        // The date's own label, after it, is nearer than another before
        // it, which is the sentence's: "Russia adopted the Gregorian
        // calendar: 31 January 1918 (O.S.) was followed by …".
        if first.first.label.is_some_and(|own| own != l) {
            return Some((Reading::Mentions(ms), rest));
        }
    }
    if only_in_pair {
        return None;
    }
    let (rest, m) = RawMention::one(i, after, Kind::Single, side);
    Some((Reading::Mentions(vec![m]), rest))
}

/// "os" or "ns" in lower or mixed case, then a pair whose bracket has the
/// other calendar's label: "os 25 December 1642 (ns 4 January 1643)".
/// The label is its first side's. Without the second label, "os" is as
/// often Portuguese "the", and the pair is read from its date alone.
fn lower_label_then_pair<'a>(
    i: &'a str,
    at_date: &'a str,
    l: CalendarKind,
) -> Option<(Reading<'a>, &'a str)> {
    let (after, date) = named_date::<()>(at_date).ok()?;
    let (rest, mut m) = date_then_bracket::<()>(at_date, date, after).ok()?;
    let other = m.second.as_ref().and_then(|s| s.label);
    if m.first.label.is_some() || other != Some(l.other()) {
        return None;
    }
    label_first_side(i, &mut m, l)?;
    Some((Reading::Mentions(vec![m]), rest))
}

/// After the labelled date `first`, the other calendar's date with its own
/// label, past a semicolon, a comma, a slash or an equals sign, and the
/// year of both if neither has one, or the second's own after its label
/// (see [`own_year_after_label`]): Newton's "OS 25 December 1642; NS 4
/// January 1643", "25 October O.S., 7 November N.S. 1917", "OS 25 October
/// 1917 / NS 7 November 1917". After a semicolon or a comma the two must be
/// able to be one day (see [`one_day_in_two`]): "5 May 1700 O.S.; 3 June
/// 1701 N.S." is a list. A slash or an equals sign between labels that
/// are plainly labels says they are one day, so a slip there is a pair,
/// for the checker to report, if their years are a year apart at most.
/// Where either label is as often something else (bare letters without
/// dots, see [`plain_label`], or a bare name before a date, see
/// [`label_before`]; `first_plain` for the first: "OS 12 May 2020 / NS 14
/// May 2020" are serial numbers, "JULIAN: 12 May 2020 / GREGORIAN: 14 May
/// 2020" a play's speakers), they must still be able to be one day, and
/// not be two days in a row.
fn other_labelled<'a, E: ParseError<&'a str>>(
    i: &'a str,
    first: &RawSide<'a>,
    first_plain: bool,
) -> Res<'a, (RawSide<'a>, Option<WrittenYear>), E> {
    let date = |i| named_date::<E>(i).map(|(rest, d)| (rest, RawSide::from_date(d, None)));
    other_labelled_side(i, first, first_plain, date)
}

/// After the labelled range `first`, the other calendar's range with its
/// own label, as [`other_labelled`] reads a date: "1–5 March 1700 O.S. =
/// 12–16 March 1700 N.S.", "O.S. 1–5 March 1700 / N.S. 12–16 March 1700".
fn other_labelled_range<'a, E: ParseError<&'a str>>(
    i: &'a str,
    first: &RawSide<'a>,
    first_plain: bool,
) -> Res<'a, (RawSide<'a>, Option<WrittenYear>), E> {
    other_labelled_side(i, first, first_plain, dashed_range)
}

/// [`other_labelled`] with the other side read by `side`.
fn other_labelled_side<'a, E: ParseError<&'a str>>(
    i: &'a str,
    first: &RawSide<'a>,
    first_plain: bool,
    side: impl Fn(&'a str) -> Res<'a, RawSide<'a>, E> + Copy,
) -> Res<'a, (RawSide<'a>, Option<WrittenYear>), E> {
    let list = punct(';').or(punct(','));
    let equal = punct('/').or(punct('='));
    // Words: "3 March 1913 O.S., i.e. 16 March N.S." says they are one
    // day, as "=" does; "… O.S. or 16 March N.S." offers them as a list
    // does.
    // Perhaps with a word for "on" before the date: "d. h. am 16. März".
    let on = || opt((space0, on_day));
    let said = same_day_word.map(|_| '=');
    let or = (opt(punct(',')), space0, or_word, on()).map(|_| ',');
    let separators = (said, or, list, equal);
    let (rest, (_, separator, _)) = (space0, alt(separators), space0).parse(i)?;
    let label_first = (label_before, space0, side).map(|((l, plain), _, s)| (l, plain, s, false));
    // A label after the side, bare, in brackets, or after a comma; bare
    // letters without dots ("os") as after a first date (see
    // [`label_after_date`]): "… = 12–16 March 1700 os 3 were sold" ends
    // no pair.
    let label_after = |at: &'a str| -> Res<'a, _, E> {
        let (after, s) = side(at)?;
        let (rest, (_, (written, l))) = (comma_space, consumed(any_label)).parse(after)?;
        let plain = plain_label(written);
        if plain && label_after_date(after, s.year.is_some()).is_none() {
            return fail(at, ErrorKind::Verify);
        }
        Ok((rest, (l, plain, s, true)))
    };
    let (rest, (l, plain, second, label_last)) = label_first.or(label_after).parse(rest)?;
    if Some(l) == first.label {
        return fail(i, ErrorKind::Verify);
    }
    let mut second = RawSide {
        label: Some(l),
        ..second
    };
    let rest = match label_last {
        true => own_year_after_label(rest, first, &mut second),
        false => rest,
    };
    let (rest, tail_year) = year_of_both(rest, first.year, second.year)?;
    let said_equal = matches!(separator, '/' | '=') && !first_plain && !plain;
    if !may_be_one_day(first, &second, said_equal, tail_year) {
        return fail(i, ErrorKind::Verify);
    }
    Ok((rest, (second, tail_year)))
}

/// `rest` past the year after the label of `second`, the other side of a
/// pair whose first side has its own year ("1–5 March O.S. 1700 = 12–16
/// March N.S. 1700", "5 March 1700 O.S. / 16 March N.S. 1700"), given to
/// `second`: on the label's line, and the first side's year, or the next
/// or last where the two are December and January. Any other number is
/// not this date's ("… = 7 November N.S. 1918 began badly", "… N.S. 1500
/// workers"). (Where neither side has a year, a year after both is both's:
/// see [`year_of_both`].)
fn own_year_after_label<'a>(
    rest: &'a str,
    first: &RawSide<'_>,
    second: &mut RawSide<'_>,
) -> &'a str {
    let (Some(_), None) = (first.year, second.year) else {
        return rest;
    };
    let Some((after, y)) = year_after_label(rest) else {
        return rest;
    };
    let on_line = !consumed_between(rest, after).contains(['\n', '\r']);
    let with_year = RawSide {
        year: Some(y),
        ..*second
    };
    if !(on_line && years_fit(first, &with_year)) {
        return rest;
    }
    *second = with_year;
    after
}

/// Two dates, each in its own kind of bracket.
///
/// `"(26 October) [8 November]"`
fn bracket_then_bracket<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, RawMention<'a>, E> {
    let (rest, c1) = open(i)?;
    closes_soon(rest, c1)?;
    let (rest, first) = bracket_side(rest)?;
    let (rest, ()) = close(c1)(rest)?;
    let (rest, _) = space0(rest)?;
    let (rest, c2) = open(rest)?;
    if c2 == c1 {
        return fail(i, ErrorKind::Verify);
    }
    let (rest, second) = bracket_side(rest)?;
    let (rest, ()) = close(c2)(rest)?;
    let (rest, tail_year) = opt(tail_year).parse(rest)?;
    Ok(RawMention::two(
        i,
        rest,
        Kind::Pair,
        first,
        second,
        tail_year,
    ))
}

/// A labelled date in brackets, then the other calendar's date outside
/// them. A label on either date is needed, not the same on both, and the
/// two must be able to be one day (see [`one_day_in_two`]): "(26 October)
/// 8 November" is as often an aside followed by another date, and in
/// "(25 October O.S.) 26 October (8 November)" the date outside begins a
/// pair of its own.
///
/// `"(O.S. 25 October) 7 November 1917"`, `"(25 October O.S.) 7 November"`
fn bracket_then_date<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, RawMention<'a>, E> {
    let (rest, c) = open(i)?;
    let (rest, first) = bracket_side(rest)?;
    let (rest, ()) = close(c)(rest)?;
    let (rest, _) = space0(rest)?;
    let (rest, date) = named_date(rest)?;
    let (rest, second_label) = opt((space0, any_label).map(|(_, l)| l)).parse(rest)?;
    match (first.label, second_label) {
        (None, None) => return fail(i, ErrorKind::Verify),
        (Some(a), Some(b)) if a == b => return fail(i, ErrorKind::Verify),
        _ => {}
    }
    let (rest, tail_year) = year_of_both(rest, first.year, date.year)?;
    let second = RawSide::from_date(date, second_label);
    if !one_day_in_two(&first, &second, tail_year) {
        return fail(i, ErrorKind::Verify);
    }
    Ok(RawMention::two(
        i,
        rest,
        Kind::Pair,
        first,
        second,
        tail_year,
    ))
}

/// One side only: a bracketed day before a month, the other calendar's
/// day of a pair whose first half is missing.
///
/// `"[15] December"`
fn bracketed_day_then_month<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, RawMention<'a>, E> {
    let (rest, c) = open(i)?;
    let (rest, _) = space0(rest)?;
    let (rest, d) = day_ordinal(rest)?;
    let (rest, ()) = close(c)(rest)?;
    let (rest, _) = space0(rest)?;
    let (rest, month) = month_name(rest)?;
    let (rest, y) = opt(year_after_day_month).parse(rest)?;
    let side = RawSide {
        year: y,
        ..RawSide::days(consumed_between(i, rest), d, None, month)
    };
    Ok(RawMention::one(i, rest, Kind::Partial, side))
}

/// A day, then the other calendar's day in brackets: the pair before a
/// shared month.
///
/// `"8 [21]"`, `"14(24)"`
fn day_pair<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (RawSide<'a>, RawSide<'a>), E> {
    // The German ordinal dot, "13. (26.) Oktober", on either day.
    let dotted_day = |s| (day_ordinal, opt(punct('.'))).map(|(d, _)| d).parse(s);
    let (after_first, d1) = dotted_day(i)?;
    let (rest, _) = space0(after_first)?;
    let second_start = rest;
    let (rest, c) = open(rest)?;
    let (rest, _) = space0(rest)?;
    let (rest, d2) = dotted_day(rest)?;
    let (rest, ()) = close(c)(rest)?;
    let first = RawSide::days(consumed_between(i, after_first), d1, None, 0);
    let second = RawSide::days(consumed_between(second_start, rest), d2, None, 0);
    Ok((rest, (first, second)))
}

/// After the first day pair of a range, the dash or range word and the
/// last pair: `" — 16 (29)"`, `" по 3 (16)"`, `" bis 16. (29.)"`. A word
/// that also joins two days as a conjunction ("a": Spanish "to", Czech
/// "and") closes a range only where a word opened it (`opened`: "del 1
/// (14) a 3 (16) de marzo"); elsewhere the pairs are a list. After
/// "between" only a word for "and" closes it.
fn pair_range_end<'a, E: ParseError<&'a str>>(
    i: &'a str,
    opened: Option<Opening>,
) -> Res<'a, (RawSide<'a>, RawSide<'a>), E> {
    let (rest, _) = space0(i)?;
    let to = match opened {
        Some(_) => range_to,
        None => range_to_only,
    };
    let (rest, ()) = range_close(rest, opened, to)?;
    let (rest, _) = space0(rest)?;
    day_pair(rest)
}

/// The dash or word closing a range that `opened` opened, if a word did,
/// before its last day: after "between" a word for "and" only; otherwise
/// a dash or the word `to` reads ([`range_to`], or [`range_to_only`]
/// where a word for "to" that is also one for "and" would be a list's).
fn range_close<'a, E: ParseError<&'a str>>(
    i: &'a str,
    opened: Option<Opening>,
    to: impl FnOnce(&'a str) -> Res<'a, (), E>,
) -> Res<'a, (), E> {
    match opened {
        Some(Opening::Between) => between_and(i),
        _ => dash::<E>(i).or_else(|_| to(i)),
    }
}

/// Day pairs sharing a month (and year): one or more, joined by "and",
/// "or" or commas, or two as the ends of a range, around a dash or range
/// words, the month named or numeric. A range is one mention from its
/// first word or number, a list one mention a pair.
///
/// `"8 [21] November"`, `"13 (25) июля 1826 года"`,
/// `"10 (23) и 16 (29) октября 1917 года"`, `"10 (23) или 11 (24)
/// октября"`, `"5(17).III.1801"`, `"10 (23) — 16 (29) января"`, `"с 1
/// (14) по 3 (16) марта 1917 г."`, `"From 1 (14) to 3 (16) March"`, `"vom
/// 10. (23.) bis 16. (29.) Oktober"`, `"del 1 (14) al 3 (16) de marzo"`
fn day_pairs_then_month<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, Vec<RawMention<'a>>, E> {
    // "с 1 (14) по 3 (16)": a word may open a range, and only a range.
    let (start, opened) = opt((range_from::<E>, space0).map(|(o, _)| o)).parse(i)?;
    let (after_first, first) = day_pair(start)?;
    let range = pair_range_end::<E>(after_first, opened).ok();
    if opened.is_some() && range.is_none() {
        return fail(i, ErrorKind::Verify);
    }
    // Each pair of a list with where its text starts and ends.
    let mut pairs = Vec::new();
    let mut rest = after_first;
    match range {
        Some((after, _)) => rest = after,
        None => pairs.push((first, start, after_first)),
    }
    // Another pair after "и", "или", "and" or a comma?
    while range.is_none() && pairs.len() < 16 {
        let Ok((next, ())) = (space0::<E>, and_word, space0).map(|_| ()).parse(rest) else {
            break;
        };
        let Ok((after, pair)) = day_pair::<E>(next) else {
            break;
        };
        pairs.push((pair, next, after));
        rest = after;
    }
    // The shared month: named, perhaps after a small word ("5 (17) de
    // marzo", "2nd (15th) of March"), or numeric after a dot with the year.
    // The days must be about as far apart as the calendars, as this form
    // as often writes something else: "Table 2 (3) of May", a score "2
    // (3) марта", "the meeting on 10 (11) October 2023" are no pairs.
    let named = (space0::<E>, month_after_day)
        .map(|(_, m)| m)
        .or((space0, date_word, space0, month_after_day).map(|(_, (), _, m)| m))
        .parse(rest);
    let (rest, month, year) = match named {
        Ok((after, m)) => {
            let (after, y) = opt(shared_year).parse(after)?;
            // As far apart as in the year written, or as in any year since
            // 1582: the number after the month may be a count ("9 (22)
            // January 1000 people"), which the resolver tells.
            let apart = |(a, b): &(RawSide<'_>, RawSide<'_>)| {
                apart_as_calendars(a.day, b.day, y) || apart_as_calendars(a.day, b.day, None)
            };
            let ends_apart = apart(&first) && range.is_none_or(|(_, end)| apart(&end));
            if !(ends_apart && pairs.iter().all(|(pair, ..)| apart(pair))) {
                return fail(i, ErrorKind::Verify);
            }
            (after, m, y)
        }
        Err(_) => match (punct::<E>('.'), numeric_month, punct('.'), number_year).parse(rest) {
            Ok((after, (_, m, _, y))) => (after, m, Some(y)),
            // A Roman month after space, as Polish writes it, with its
            // year, and only for days exactly as far apart as the
            // calendars, before 1924: "12 (24) X 1847 r.", not "Psalm 5
            // (6) X 2020" or "item 12 (25) X 2020".
            Err(_) => {
                let (after, (m, y)) = roman_month_after_space(rest)?;
                let apart = |(a, b): &(RawSide<'_>, RawSide<'_>)| exactly_apart(a.day, b.day, y);
                let ends_apart = apart(&first) && range.is_none_or(|(_, end)| apart(&end));
                if !(ends_apart && pairs.iter().all(|(pair, ..)| apart(pair))) {
                    return fail(i, ErrorKind::Verify);
                }
                (after, m, Some(y))
            }
        },
    };
    // A square bracket glued to the day may be a citation marker ("on
    // 25[7] November 1917"): the pair must be able to be one day.
    let fits =
        |pair: &(RawSide<'_>, RawSide<'_>)| !glued_square(pair) || glued_apart(pair, month, year);
    let all_fit = fits(&first)
        && range.is_none_or(|(_, end)| fits(&end))
        && pairs.iter().all(|(pair, ..)| fits(pair));
    if !all_fit {
        return fail(i, ErrorKind::Verify);
    }
    if let Some((_, (to_first, to_second))) = range {
        let (from_first, from_second) = first;
        let first = RawSide {
            month,
            day_end: Some(to_first.day),
            ..from_first
        };
        let second = RawSide {
            month,
            day_end: Some(to_second.day),
            ..from_second
        };
        let (_, m) = RawMention::two(i, rest, Kind::Range, first, second, year);
        return Ok((rest, vec![m]));
    }
    let last = pairs.len() - 1;
    let mentions = pairs
        .into_iter()
        .enumerate()
        .map(|(n, ((mut first, mut second), start, end))| {
            first.month = month;
            second.month = month;
            // The shared month and year belong to the last pair's text.
            let end = if n == last { rest } else { end };
            RawMention::two(start, end, Kind::Pair, first, second, year).1
        })
        .collect();
    Ok((rest, mentions))
}

/// Whether the other calendar's day of a day pair is in square brackets
/// glued to the first day, as a citation marker copied from a wiki page
/// is: `"25[7]"`, not `"8 [21]"` or `"14(24)"`.
fn glued_square((first, second): &(RawSide<'_>, RawSide<'_>)) -> bool {
    let first_end = first.text.as_ptr() as usize + first.text.len();
    second.text.starts_with('[') && first_end == second.text.as_ptr() as usize
}

/// Whether the two days of a pair in the month `month`, glued as a
/// citation marker is ([`glued_square`]), can be one day: exactly as far
/// apart as the calendars were on the earlier day (the Julian) in the year
/// written, or without a year 10 to 13 days, as in 1582–2099. No slip of
/// the pen is allowed: "25[7] November" is a date and its footnote.
fn glued_apart(
    (first, second): &(RawSide<'_>, RawSide<'_>),
    month: u8,
    year: Option<WrittenYear>,
) -> bool {
    let gap = i64::from(first.day.abs_diff(second.day));
    let Some(year) = year else {
        return (10..=13).contains(&gap);
    };
    let julian = u8::try_from(first.day.min(second.day)).ok();
    let on_the_day = julian.and_then(|day| JulianDate::new(year.value, month, day).ok());
    let calendars = match on_the_day {
        Some(d) => i64::from(offset(d.rata_die())),
        None => expected_offset(Some(year.value)),
    };
    gap == calendars.abs()
}

/// A Roman month after space, then its year after space (and perhaps a
/// year word): `" X 1847 r."` → October 1847.
fn roman_month_after_space<'a, E: ParseError<&'a str>>(
    i: &'a str,
) -> Res<'a, (u8, WrittenYear), E> {
    let (rest, _) = space0(i)?;
    if !starts_with_space(i) {
        return fail(i, ErrorKind::Space);
    }
    let (rest, m) = roman_month(rest)?;
    let (rest, y) = year_after_space(rest)?;
    Ok((rest, (m, y)))
}

/// How far the days of one month around a slash may be from the two
/// calendars' difference, for a slip of the pen: "13/25 October 1917" is a
/// pair with an error for the checker to report, "5/26 October 2020" a
/// period.
const SLASH_SLIP: i64 = 5;

/// Whether the days `d1` and `d2` of one month, around a slash, are about
/// as far apart as the two calendars were in `year` (10 to 13 days, as in
/// 1582–2099, if the mention has no year).
fn apart_as_calendars(d1: u32, d2: u32, year: Option<WrittenYear>) -> bool {
    let gap = i64::from(d1.abs_diff(d2));
    let (low, high) = match year {
        Some(y) => {
            let o = expected_offset(Some(y.value)).abs();
            (o, o)
        }
        None => (10, 13),
    };
    // From [`WEAK_FORMS_BEFORE`] on, only the Church dates in both
    // calendars, and exactly: "12/24 December 2023" is a period of sale.
    let slip = match year {
        Some(y) if y.value >= WEAK_FORMS_BEFORE => 0,
        _ => SLASH_SLIP,
    };
    gap >= low - slip && gap <= high + slip
}

/// How many days the Gregorian calendar was ahead of the Julian in the
/// middle of `year` (13, as in 1900–2099, if it is not known).
pub(crate) fn expected_offset(year: Option<i32>) -> i64 {
    year.and_then(offset_in_year).map_or(13, i64::from)
}

/// How far the two dates of a pair may be from the calendars' difference
/// for the grammar still to read them as one day, so that the checker
/// reports a slip ("30 December [5 January]" is seven days out in 1917),
/// where forms that are as often something else need the check: numbers
/// that may be decimals ("3.10 (3.11) 2022 г."), and dates with a label
/// each that may be a list ("5 May O.S.; 3 June N.S.").
const PAIR_SLIP: i64 = 10;

/// The days from day `d1` of month `m1` to day `d2` of month `m2`, the
/// shorter way round a common year: 13 from 25 October to 7 November, 10
/// from 25 December to 4 January, −13 back. `None` if a month is not one.
fn days_from(d1: u32, m1: u8, d2: u32, m2: u8) -> Option<i64> {
    const BEFORE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let day_of_year = |d: u32, m: u8| {
        let before = BEFORE.get(usize::from(m).checked_sub(1)?)?;
        Some(before + i64::from(d))
    };
    let gap = day_of_year(d2, m2)? - day_of_year(d1, m1)?;
    Some(match gap {
        g if g > 182 => g - 365,
        g if g < -182 => g + 365,
        g => g,
    })
}

/// Whether `gap`, the days from a Julian date to the same day's Gregorian
/// date as written, is within [`PAIR_SLIP`] of the calendars' difference
/// in `year` (or in 1900–2099 if it is not known).
fn near_offset(gap: i64, year: Option<i32>) -> bool {
    (gap - expected_offset(year)).abs() <= PAIR_SLIP
}

/// Whether two dates, with labels or not, can be one day in two
/// calendars: years equal or next to each other (an old New Year: "11
/// February 1731 O.S.; 22 February 1732 N.S."), and days about the
/// calendars' difference apart, either first. `year` is the year written
/// after both, if any.
fn one_day_in_two(first: &RawSide<'_>, second: &RawSide<'_>, year: Option<WrittenYear>) -> bool {
    if !years_apart_at_most_one(first, second) {
        return false;
    }
    let years = (first.year.map(|y| y.value), second.year.map(|y| y.value));
    let year = years.0.or(years.1).or(year.map(|y| y.value));
    // Either way round: labels swapped ("O.S. 7 November; N.S. 25
    // October") are a pair for the checker to report.
    apart_as_one_day(first.day, first.month, second.day, second.month, year)
}

/// Whether two labelled or slashed dates may be a pair. Where the text
/// says they are one day (`said`: labels that are plainly labels around
/// "/" or "="), a slip is a pair for the checker if their years are a
/// year apart at most; otherwise they must be able to be one day (see
/// [`one_day_in_two`]), and two days in a row are a night or a span.
fn may_be_one_day(
    first: &RawSide<'_>,
    second: &RawSide<'_>,
    said: bool,
    year: Option<WrittenYear>,
) -> bool {
    if said {
        years_apart_at_most_one(first, second)
    } else {
        !in_a_row(first, second) && one_day_in_two(first, second, year)
    }
}

/// Whether the years of two sides of one day, where both are written, are
/// one year, or next to each other where the two are December and January
/// ("29–31 December 1916 (11–13 January 1917)"); "5–6 May 2020 (12–13 May
/// 2021)" are two matters. (The months are where each side ends.)
fn years_fit(first: &RawSide<'_>, second: &RawSide<'_>) -> bool {
    match (first.year, second.year) {
        (Some(a), Some(b)) => {
            let months = (first.month_end.unwrap_or(first.month), second.month);
            let new_year = matches!(months, (12, 1) | (1, 12));
            a.value == b.value || new_year && a.value.abs_diff(b.value) == 1
        }
        _ => true,
    }
}

/// Whether two sides' years, where both are written, are a year apart at
/// most, as one day's are in the two calendars.
fn years_apart_at_most_one(first: &RawSide<'_>, second: &RawSide<'_>) -> bool {
    match (first.year, second.year) {
        (Some(a), Some(b)) => a.value.abs_diff(b.value) <= 1,
        _ => true,
    }
}

/// Whether two sides are two days in a row, either first: a night or a
/// span of two days in one calendar (see [`next_day`]).
fn in_a_row(a: &RawSide<'_>, b: &RawSide<'_>) -> bool {
    next_day(a.day, a.month, b.day, b.month) || next_day(b.day, b.month, a.day, a.month)
}

/// Whether day `d1` of month `m1` and day `d2` of month `m2`, either
/// first, are within [`PAIR_SLIP`] of the calendars' difference in `year`.
fn apart_as_one_day(d1: u32, m1: u8, d2: u32, m2: u8, year: Option<i32>) -> bool {
    days_from(d1, m1, d2, m2).is_some_and(|gap| near_offset(gap.abs(), year))
}

/// Days around a slash with a shared month, or two months.
///
/// `"13/26 October 1917"`, `"1./14. Februar 1918"`, `"13/26.10.1917"`,
/// `"23/6 November/December 1907"`, `"10/21 February 1750/51"`, `"the
/// 4th/15th of July 1709"`; with German Wikipedia's marks, the first after
/// its day and the second after the year, glued as copied text has them or
/// not: `"13.jul./ 23. Februar 1633greg."`
fn slashed_days<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, RawMention<'a>, E> {
    let (after_first, d1) = day_ordinal(i)?;
    let (rest, _) = opt(punct('.')).parse(after_first)?;
    let (rest, first_label) = opt((space0, label).map(|(_, l)| l)).parse(rest)?;
    if let Some(first_label) = first_label {
        return marked_slashed_days(i, d1, after_first, rest, first_label);
    }
    let (rest, _) = (space0, punct('/'), space0).parse(rest)?;
    let second_start = rest;
    let (after_second, d2) = day_ordinal(rest)?;
    // "13/26.10.1917", "13/26.X.1917": a numeric month, with its year; or
    // a Roman month after space, with its year, a weaker form (see
    // [`exactly_apart`]): "12/24 X 1847 r.".
    let numeric = (punct::<E>('.'), numeric_month, punct('.'), number_year)
        .map(|(_, m, _, y)| (m, y, apart_as_calendars(d1, d2, Some(y))));
    let roman = roman_month_after_space.map(|(m, y)| (m, y, exactly_apart(d1, d2, y)));
    if let Ok((rest, (m, y, apart))) = numeric.or(roman).parse(after_second) {
        if next_day(d1, m, d2, m) || !apart {
            return fail(i, ErrorKind::Verify);
        }
        let first = RawSide::days(consumed_between(i, after_first), d1, None, m);
        let second = RawSide::days(consumed_between(second_start, after_second), d2, None, m);
        return Ok(RawMention::two(i, rest, Kind::Pair, first, second, Some(y)));
    }
    let (rest, _) = (opt(punct('.')), space0).parse(after_second)?;
    // The month, or a small word before it ("the 4th/15th of July", "5/17
    // de marzo").
    let (rest, (small_word, m1)) = month_after_day
        .map(|m| (false, m))
        .or((date_word, space0, month_after_day).map(|(_, _, m)| (true, m)))
        .parse(rest)?;
    let (rest, m2) =
        opt((space0, punct('/'), space0, month_name).map(|(_, _, _, m)| m)).parse(rest)?;
    // "the night of 14/15 April": a span in one calendar.
    if next_day(d1, m1, d2, m2.unwrap_or(m1)) {
        return fail(i, ErrorKind::Verify);
    }
    let (rest, tail_year) = opt(shared_year).parse(rest)?;
    if m2.is_none_or(|m2| m2 == m1) && !apart_as_calendars(d1, d2, tail_year) {
        return fail(i, ErrorKind::Verify);
    }
    // Days of two months after a small word must be about as far apart
    // as the calendars too ("pages 23/6 of November/December" are none).
    let year = tail_year.map(|y| y.value);
    if small_word && m2.is_some_and(|m2| !apart_as_one_day(d1, m1, d2, m2, year)) {
        return fail(i, ErrorKind::Verify);
    }
    let first = RawSide::days(consumed_between(i, after_first), d1, None, m1);
    let second = RawSide::days(
        consumed_between(second_start, after_second),
        d2,
        None,
        m2.unwrap_or(m1),
    );
    Ok(RawMention::two(
        i,
        rest,
        Kind::Pair,
        first,
        second,
        tail_year,
    ))
}

/// The rest of [`slashed_days`] after a first day `d1` with a label, read
/// from `i` (the day ends at `after_first`, its label at `rest`): a slash,
/// the second day with its month and year, and its label: `"13.jul./ 23.
/// Februar 1633greg."`, `"13. jul. / 23. Februar 1633 greg."`.
fn marked_slashed_days<'a, E: ParseError<&'a str>>(
    i: &'a str,
    d1: u32,
    after_first: &'a str,
    rest: &'a str,
    first_label: CalendarKind,
) -> Res<'a, RawMention<'a>, E> {
    let (second_start, _) = (space0, punct('/'), space0).parse(rest)?;
    let (after_second, d2) = day_ordinal(second_start)?;
    let (rest, (_, _, m)) = (opt(punct('.')), space0, month_name).parse(after_second)?;
    let (rest, year) = shared_year(rest)?;
    let (rest, second_label) = (space0, label).map(|(_, l)| l).parse(rest)?;
    if first_label == second_label || !apart_as_calendars(d1, d2, Some(year)) {
        return fail(i, ErrorKind::Verify);
    }
    let first = RawSide {
        label: Some(first_label),
        ..RawSide::days(consumed_between(i, after_first), d1, None, m)
    };
    let second = RawSide {
        label: Some(second_label),
        ..RawSide::days(consumed_between(second_start, after_second), d2, None, m)
    };
    Ok(RawMention::two(
        i,
        rest,
        Kind::Pair,
        first,
        second,
        Some(year),
    ))
}

/// A month, then two days around a slash or in brackets, or a range in
/// both calendars (see [`month_then_ranges`]).
///
/// `"October 13/26, 1917"`, `"November 8 [21], 1917"`
fn month_then_days<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, RawMention<'a>, E> {
    let (rest, (m, _)) = (month_name, space0).parse(i)?;
    month_then_two_days::<E>(i, m, rest).or_else(|_| month_then_ranges(i, m, rest))
}

/// [`month_then_days`] after the month `m`, with what follows it.
fn month_then_two_days<'a, E: ParseError<&'a str>>(
    i: &'a str,
    m: u8,
    rest: &'a str,
) -> Res<'a, RawMention<'a>, E> {
    let first_start = rest;
    let (after_first, d1) = day_ordinal(rest)?;
    let (rest, _) = space0(after_first)?;
    let second_start = rest;
    let (after_second, d2, slash) = match punct::<E>('/')(rest) {
        Ok((r, _)) => {
            let (r, _) = space0(r)?;
            let (r, d2) = day_ordinal(r)?;
            // "the night of April 14/15, 1912": a span in one calendar.
            if next_day(d1, m, d2, m) {
                return fail(i, ErrorKind::Verify);
            }
            (r, d2, true)
        }
        Err(_) => {
            let (r, c) = open(rest)?;
            let (r, _) = space0(r)?;
            let (r, d) = day_ordinal(r)?;
            let (r, ()) = close(c)(r)?;
            (r, d, false)
        }
    };
    let year = |s| year_after_month_day(footnotes(s));
    let (rest, tail_year) = opt(year).parse(after_second)?;
    if slash && !apart_as_calendars(d1, d2, tail_year) {
        return fail(i, ErrorKind::Verify);
    }
    let first = RawSide::days(consumed_between(first_start, after_first), d1, None, m);
    let second = RawSide::days(consumed_between(second_start, after_second), d2, None, m);
    // "November 25[7], 1917": a date and its footnote.
    let pair = (first, second);
    if glued_square(&pair) && !glued_apart(&pair, m, tail_year) {
        return fail(i, ErrorKind::Verify);
    }
    Ok(RawMention::two(
        i,
        rest,
        Kind::Pair,
        first,
        second,
        tail_year,
    ))
}

/// After the month `m` (read from `i` up to `rest`), a range of its days,
/// then the other calendar's range in brackets, month first (or day
/// first), then perhaps the year: the month-first form of [`day_ranges`].
///
/// `"October 25–26 (November 7–8), 1917"`, `"October 24/25 (November
/// 6/7)"`, `"February 10–18 (23 February – 3 March)"`
fn month_then_ranges<'a, E: ParseError<&'a str>>(
    i: &'a str,
    m: u8,
    rest: &'a str,
) -> Res<'a, RawMention<'a>, E> {
    let first_start = rest;
    let (after_first, (a1, b1)) = day_range(rest)?;
    let (rest, _) = space0(after_first)?;
    let second_start = rest;
    let (rest, c) = open(rest)?;
    closes_soon(rest, c)?;
    let (rest, label_before) = opt((space0, label).map(|(_, l)| l)).parse(rest)?;
    let (rest, _) = space0(rest)?;
    // "(November 7–8)", or day first: "(7–8 November)".
    let month_first = (month_name, space0, day_range).map(|(m2, _, (a, b))| (a, m2, b, m2));
    let day_first = |s| match bracket_range::<E>(s)? {
        (r, (a, Some(ma), b, Some(mb))) => Ok((r, (a, ma, b, mb))),
        _ => fail(s, ErrorKind::Verify),
    };
    let (rest, (a2, m2, b2, m2_end)) = month_first.or(day_first).parse(rest)?;
    let (rest, label_after) = opt((space0, label).map(|(_, l)| l)).parse(rest)?;
    let (after_second, ()) = close(c)(rest)?;
    let (rest, tail_year) = opt(year_after_month_day).parse(after_second)?;
    let first = RawSide::days(consumed_between(first_start, after_first), a1, Some(b1), m);
    let second = RawSide {
        label: label_before.or(label_after),
        ..RawSide::days(
            consumed_between(second_start, after_second),
            a2,
            Some(b2),
            m2,
        )
    }
    .ending_in(Some(m2_end));
    Ok(RawMention::two(
        i,
        rest,
        Kind::Range,
        first,
        second,
        tail_year,
    ))
}

/// Numeric dates: two day-months with one year.
///
/// `"26.10 (8.11).1917"`, `"26.X/8.XI.1917"`, `"25.X (7.XI) 1917"`,
/// `"19/II (3/III) 1861"`, `"26.10.1917 (8.11.1917)"`, `"30.12.1916/12.01.1917"`
fn numeric_pair<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, RawMention<'a>, E> {
    // "26.10", "26. X", or a slash before a Roman month only ("19/II"):
    // "13/26" is two days. The month's own dot, as Serbian and German
    // write it ("25.10. (7.11.)"), is taken unless a year follows it.
    // The day, its month, whether the month has its own dot, and whether
    // it is a Roman month after space.
    let day_month = |s: &'a str| -> Res<'a, (u32, u8, bool, bool), E> {
        let (r, d) = day_number(s)?;
        let (r, m, spaced) = match (punct::<E>('.'), space0, numeric_month).parse(r) {
            Ok((r, (_, _, m))) => (r, m, false),
            // "25 X (7 XI) 1917": a Roman month may also follow space.
            Err(_) if starts_with_space(r) => {
                let (r, m) = (space0, roman_month).map(|(_, m)| m).parse(r)?;
                (r, m, true)
            }
            Err(_) => {
                let (r, m) = (punct('/'), roman_month).map(|(_, m)| m).parse(r)?;
                (r, m, false)
            }
        };
        match r.strip_prefix('.') {
            Some(after) if !after.starts_with(|c: char| c.is_ascii_digit()) => {
                Ok((after, (d, m, true, spaced)))
            }
            _ => Ok((r, (d, m, false, spaced))),
        }
    };
    // "26.10.1917 (8.11.1917)": two complete numeric dates; or around a
    // slash, "30.12.1916/12.01.1917", a weak form: the same dates are as
    // often a period ("01.03.2021/15.03.2021"), so they must be exactly
    // one day (see `exactly_one_day`).
    if let Ok((after_first, first)) = numeric_date::<E>(i) {
        let rest = match (space0, open).parse(after_first) {
            Ok((rest, (_, c))) => {
                let (after_second, second) = numeric_date(rest)?;
                let (rest, ()) = close(c)(after_second)?;
                (rest, second)
            }
            Err(e) => {
                // The year's own dot, as Serbian writes it: "10.07.1856./".
                let after_first = after_first.strip_prefix('.').unwrap_or(after_first);
                let (rest, _) = (space0, punct('/'), space0)
                    .parse(after_first)
                    .map_err(|_: nom::Err<E>| e)?;
                let (rest, second) = numeric_date(rest)?;
                if !exactly_one_day(&first, &second) {
                    return fail(i, ErrorKind::Verify);
                }
                (rest, second)
            }
        };
        let (rest, second) = rest;
        let (first, second) = (
            RawSide::from_date(first, None),
            RawSide::from_date(second, None),
        );
        return Ok(RawMention::two(i, rest, Kind::Pair, first, second, None));
    }
    let (after_first, (d1, m1, dot1, spaced1)) = day_month(i)?;
    let (rest, bracket) = match (space0::<E>, open).parse(after_first) {
        Ok((r, (_, c))) => (r, Some(c)),
        Err(_) => {
            let (r, _) = punct('/')(after_first)?;
            (r, None)
        }
    };
    let second_start = rest;
    let (after_second, (d2, m2, dot2, spaced2)) = day_month(rest)?;
    let rest = match bracket {
        Some(c) => close(c)(after_second)?.0,
        None => after_second,
    };
    // The year after a dot ("(8.11).1917"), or after space four digits or
    // an era, with Roman months ("25.X (7.XI) 1917") or with a year word or
    // an era after the year ("25.10 (7.11) 1917 г."): not a count
    // ("26.X/8.XI 300 men"). After space, Arabic months must be months and
    // the days about the calendars' difference apart, either first:
    // "versions 3.10 (3.11) 2022 г." and "1.12 (1.15) 1990 г." are
    // decimals. So may be dates with their months' dots ("25.10. (7.11.)
    // 1917"), which decimals never have. (After a dot they are dates, if
    // wrong ones: "26.13/8.11.1917" is for the checker.)
    let roman = consumed_between(i, after_second).contains(is_roman_letter);
    // A Roman month after space ("25 X (7 XI) 1917") is as often a number
    // of a chapter or a part ("Psalm 5 V (6 VI) 2020"): such a pair must
    // be able to be one day, as Arabic months after space must.
    let spaced_roman = spaced1 || spaced2;
    let (rest, y) = match (punct::<E>('.'), number_year).parse(rest) {
        Ok((rest, (_, y))) => (rest, y),
        Err(e) => match tail_year::<E>(rest) {
            Ok((after, y)) if y.era || y.value >= 1000 => {
                let worded = consumed_between(rest, after).contains(char::is_alphabetic);
                let dotted = dot1 && dot2;
                let one_day = apart_as_one_day(d1, m1, d2, m2, Some(y.value));
                if !(roman && !spaced_roman || (worded || dotted || spaced_roman) && one_day) {
                    return Err(e);
                }
                (after, y)
            }
            _ if roman => return fail(i, ErrorKind::Verify),
            _ => return Err(e),
        },
    };
    if bracket.is_none() && next_day(d1, m1, d2, m2) {
        return fail(i, ErrorKind::Verify);
    }
    let first = RawSide::days(consumed_between(i, after_first), d1, None, m1);
    let second = RawSide::days(consumed_between(second_start, after_second), d2, None, m2);
    Ok(RawMention::two(i, rest, Kind::Pair, first, second, Some(y)))
}

/// A range of days in one calendar, with a dash, within a month or across
/// to the next month, and perhaps its year: one labelled side ("1–5 March
/// 1700 O.S.", "O.S. 28 February – 3 March 1700"). The side and what
/// follows it. A range that runs backwards is none, and so is one across
/// New Year: which of its two years a year written after it names is not
/// plain.
///
/// The range may open with a word, and then close with one: "from 1 to 5
/// March 1700 O.S.", "between 1 and 5 March 1700 O.S.".
///
/// `"1–5 March 1700 O.S."` → 1–5 March 1700, rest `" O.S."`
fn dashed_range<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, RawSide<'a>, E> {
    let (rest, opened) = opt((range_from, space0).map(|(o, _)| o)).parse(i)?;
    let (rest, d1) = day_ordinal(rest)?;
    let rest = past_ordinal_dot(rest);
    let (rest, m1) = opt((space0, month_name).map(|(_, m)| m)).parse(rest)?;
    let (rest, _) = space0(rest)?;
    let (rest, ()) = match opened {
        Some(_) => range_close(rest, opened, range_to)?,
        None => dash(rest)?,
    };
    let (rest, _) = space0(rest)?;
    let (rest, d2) = day_ordinal(rest)?;
    let (rest, (_, m2)) = (space0, month_name).parse(past_ordinal_dot(rest))?;
    let forwards = match m1 {
        Some(m1) if m1 != m2 => m2 == m1 + 1,
        _ => d1 < d2,
    };
    if !forwards {
        return fail(i, ErrorKind::Verify);
    }
    let (rest, year) = opt(year_after_day_month).parse(rest)?;
    let side = RawSide {
        year,
        ..RawSide::days(consumed_between(i, rest), d1, Some(d2), m1.unwrap_or(m2))
    };
    Ok((rest, side.ending_in(Some(m2))))
}

/// A range of days with a label after it, and perhaps its year after the
/// label, a single mention.
///
/// `"1–5 March 1700 O.S."`, `"28 February – 3 March 1700 (O.S.)"`, `"1–5
/// March O.S. 1700"`
fn range_then_label(i: &str) -> Option<(Reading<'_>, &str)> {
    let (after, mut side) = dashed_range::<()>(i).ok()?;
    let (rest, l, plain) = label_after_date(after, side.year.is_some())?;
    let rest = take_year_after_label(rest, &mut side);
    labelled_range_pair(i, rest, &side, l, plain)
        .or_else(|| Some(labelled_single(i, rest, side, l)))
}

/// The range `side`, read from `i` with its label `label` up to `rest`,
/// and after it the other calendar's range with its own label: one range
/// in both calendars (see [`other_labelled_range`]). `plain` says whether
/// the first label is as often something else.
fn labelled_range_pair<'a>(
    i: &'a str,
    rest: &'a str,
    side: &RawSide<'a>,
    label: CalendarKind,
    plain: bool,
) -> Option<(Reading<'a>, &'a str)> {
    let first = RawSide {
        label: Some(label),
        ..*side
    };
    let (rest, (second, year)) = other_labelled_range::<()>(rest, &first, plain).ok()?;
    let (rest, m) = RawMention::two(i, rest, Kind::Range, first, second, year);
    Some((Reading::Mentions(vec![m]), rest))
}

/// Gives the label at the start of `i` to the first side of `m`, a pair
/// read after it, unless that side has its own; the mention then starts
/// at the label.
fn label_first_side<'a>(i: &'a str, m: &mut RawMention<'a>, label: CalendarKind) -> Option<()> {
    m.first.label = m.first.label.or(Some(label));
    m.text = i.get(..end_within(i, m.text))?;
    Some(())
}

/// One side with its label as a single mention read from `i` to `rest`.
fn labelled_single<'a>(
    i: &'a str,
    rest: &'a str,
    side: RawSide<'a>,
    label: CalendarKind,
) -> (Reading<'a>, &'a str) {
    let side = RawSide {
        label: Some(label),
        ..side
    };
    let (rest, m) = RawMention::one(i, rest, Kind::Single, side);
    (Reading::Mentions(vec![m]), rest)
}

/// Two days of a range, with a dash or with words ("с 24 на 25",
/// "between 24 and 26").
fn day_range<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (u32, u32), E> {
    let (rest, opened) = opt((range_from, space0).map(|(o, _)| o)).parse(i)?;
    let (rest, d1) = day_ordinal(rest)?;
    let (rest, _) = space0(past_ordinal_dot(rest))?;
    // A slash, or what closes the range as `opened` says.
    let slashed = match opened {
        Some(Opening::Between) => None,
        _ => punct::<E>('/')(rest).ok(),
    };
    let (rest, slash) = match slashed {
        Some((r, _)) => (r, true),
        None => (range_close(rest, opened, range_to)?.0, false),
    };
    // (One space, which holds one line break at most: a range does not
    // span a paragraph.)
    let (rest, _) = space0(rest)?;
    let (rest, d2) = day_ordinal(rest)?;
    let rest = past_ordinal_dot(rest);
    // A slash joins a range only of two days in a row, a night ("24/25");
    // otherwise it joins the two calendars' days ("13/26"). Days within a
    // month run forwards: "between 5 and 3 May" is no range.
    if slash && d1.checked_add(1) != Some(d2) || d1 >= d2 {
        return fail(i, ErrorKind::Verify);
    }
    Ok((rest, (d1, d2)))
}

/// Past the German ordinal dot after a day of a range, where space or a
/// dash follows it: "3.–5. Mai", "vom 3. bis 5. Mai".
fn past_ordinal_dot(rest: &str) -> &str {
    rest.strip_prefix('.')
        .filter(|r| starts_with_space(r) || starts_with_dash(r))
        .unwrap_or(rest)
}

/// Ranges of days in both calendars.
///
/// `"25–26 October (7–8 November) 1917"`, `"10–18 (23–31) January 1918"`,
/// `"с 24 на 25 октября (с 6 на 7 ноября)"`, `"24/25 October (6/7 November)"`
fn day_ranges<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, RawMention<'a>, E> {
    let (after_first, (a1, b1)) = day_range(i)?;
    let (rest, _) = space0(after_first)?;
    // The month after the first range (perhaps after a small word: "3rd–5th
    // of May"), or only after the bracket; a year may follow that month
    // ("27–28 May 1905 (14–15 May O.S.)").
    let before_month = rest;
    let month = (opt((date_word, space0)), month_name).map(|(_, m)| m);
    let (rest, m1) = opt(month).parse(rest)?;
    // Lower-case "may" or "march" before a bracket of numbers alone is as
    // often the verb: "children aged between 3 and 5 may [14–16] develop".
    let verb = m1.is_some()
        && consumed_between(before_month, rest)
            .rsplit(|c: char| !is_word_char(c))
            .next()
            .is_some_and(is_verb_spelling);
    // Its year, as after a day's month: " 1905", " de 1848".
    let (rest, y1) = match m1 {
        Some(_) => opt(year_after_day_month).parse(rest)?,
        None => (rest, None),
    };
    let (rest, _) = space0(rest)?;
    let first_end = if y1.is_some() { rest } else { after_first };
    let second_start = rest;
    let (rest, c) = open(rest)?;
    let (rest, _) = space0(rest)?;
    // A label inside the bracket, before or after its dates ("[O.S. 25–26
    // October]", "(14–15 May O.S.)"), only after the first month: the
    // pre-filter looks for a month over no label after the first day.
    let labelled = |s| match m1 {
        Some(_) => opt((space0, label).map(|(_, l)| l)).parse(s),
        None => Ok((s, None)),
    };
    let (rest, label_before) = labelled(rest)?;
    let (rest, _) = space0(rest)?;
    let (rest, (a2, m2, b2, m2_end)) = bracket_range(rest)?;
    if verb && m2.is_none() {
        return fail(i, ErrorKind::Verify);
    }
    // Its own year, after its month: "25–26 October 1917 (7–8 November
    // 1917)", "28–31 December 1916 (10–13 January 1917)".
    let (rest, y2) = match m2 {
        Some(_) => opt((space0, year).map(|(_, y)| y)).parse(rest)?,
        None => (rest, None),
    };
    let (rest, label_after) = labelled(rest)?;
    let (after_second, ()) = close(c)(rest)?;
    let (rest, shared) = match m1 {
        Some(_) => (after_second, None),
        None => {
            let (r, (_, m)) = (space0, month_name).parse(after_second)?;
            (r, Some(m))
        }
    };
    let (m1, m2) = match (m1, m2, shared) {
        (Some(m1), m2, _) => (m1, m2.unwrap_or(m1)),
        (None, None, Some(m)) => (m, m),
        _ => return fail(i, ErrorKind::Verify),
    };
    let (rest, tail_year) = match y1.or(y2) {
        Some(_) => (rest, None),
        None => opt(shared_year).parse(rest)?,
    };
    let first = RawSide {
        year: y1,
        ..RawSide::days(consumed_between(i, first_end), a1, Some(b1), m1)
    };
    let second = RawSide {
        year: y2,
        label: label_before.or(label_after),
        ..RawSide::days(
            consumed_between(second_start, after_second),
            a2,
            Some(b2),
            m2,
        )
    }
    .ending_in(m2_end);
    if !years_fit(&first, &second) {
        return fail(i, ErrorKind::Verify);
    }
    Ok(RawMention::two(
        i,
        rest,
        Kind::Range,
        first,
        second,
        tail_year,
    ))
}

/// The other calendar's range inside its bracket: its days, with their
/// months where written, across two months or one.
///
/// `"28 February – 3 March"` → (28, Some(2), 3, Some(3)); `"13–16 March"`
/// → (13, Some(3), 16, Some(3)); `"23–31"` → (23, None, 31, None)
fn bracket_range<'a, E: ParseError<&'a str>>(
    i: &'a str,
) -> Res<'a, (u32, Option<u8>, u32, Option<u8>), E> {
    if let Ok((rest, (a, ma, b, mb))) = month_range::<E>(i) {
        return Ok((rest, (a, Some(ma), b, Some(mb))));
    }
    let (rest, (a, b)) = day_range(i)?;
    let month = (space0, opt((date_word, space0)), month_name).map(|(_, _, m)| m);
    let (rest, m) = opt(month).parse(rest)?;
    Ok((rest, (a, m, b, m)))
}

/// A pair without a year, then a dash or a range word and a pair with its
/// year: one range in both calendars, so that the year written at the end
/// dates the start too.
///
/// `"25 October (7 November) to 2 (15) November 1917"`, `"25 октября (7
/// ноября) – 2 (15) ноября 1917 г."`, `"25 October (7 November) to 2
/// November (15 November) 1917"`
fn pair_to_pair<'a, E: ParseError<&'a str>>(
    i: &'a str,
    start: RawMention<'a>,
    after_start: &'a str,
    opened: Option<Opening>,
) -> Res<'a, RawMention<'a>, E> {
    let (Some(s2), None) = (start.second, start.tail_year) else {
        return fail(i, ErrorKind::Verify);
    };
    let s1 = start.first;
    let unlabelled = |s: &RawSide<'_>| s.label.is_none() && s.year.is_none();
    if !unlabelled(&s1) || !unlabelled(&s2) {
        return fail(i, ErrorKind::Verify);
    }
    let joint = |r| range_close(r, opened, range_to);
    let (rest, (_, (), _)) = (space0, joint, space0).parse(after_start)?;
    // The end: days before a shared month, or a date and its bracket.
    let (rest, end) = match day_pairs_then_month::<E>(rest) {
        Ok((rest, ms)) => match ms.as_slice() {
            [m] => (rest, *m),
            _ => return fail(i, ErrorKind::Verify),
        },
        Err(_) => {
            let (after, date) = named_date(rest)?;
            date_then_bracket(rest, date, after)?
        }
    };
    let (Some(e2), Some(year), Kind::Pair) = (end.second, end.tail_year, end.kind) else {
        return fail(i, ErrorKind::Verify);
    };
    let e1 = end.first;
    // Each calendar's range goes forward within one year.
    let forward = |a: &RawSide<'_>, b: &RawSide<'_>| (a.month, a.day) < (b.month, b.day);
    if !unlabelled(&e1) || !unlabelled(&e2) || !forward(&s1, &e1) || !forward(&s2, &e2) {
        return fail(i, ErrorKind::Verify);
    }
    let side = |s: RawSide<'a>, e: RawSide<'a>| {
        RawSide {
            day_end: Some(e.day),
            ..s
        }
        .ending_in(Some(e.month))
    };
    Ok(RawMention::two(
        i,
        rest,
        Kind::Range,
        side(s1, e1),
        side(s2, e2),
        Some(year),
    ))
}

/// A range across two months: `"28 February – 3 March"`.
fn month_range<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (u32, u8, u32, u8), E> {
    let (rest, (a, _, ma, _, (), _, b, _, mb)) = (
        day_ordinal,
        space0,
        month_name,
        space0,
        dash,
        space0,
        day_ordinal,
        space0,
        month_name,
    )
        .parse(i)?;
    Ok((rest, (a, ma, b, mb)))
}

/// Ranges whose first calendar's range runs from one date with its month
/// to another, with a dash or a range word, given its first date already
/// read. A year written at the start must be the end's, or the one before
/// it across New Year, and the bracket may hold its own year.
///
/// `"28 February – 3 March (13–16 March) 1917"`, `"28 February – 3 March
/// 1917 (13 – 16 March)"`, `"25 October to 27 October (7–9 November)"`,
/// `"29 декабря 1916 г. по 3 января 1917 г. (11–16 января 1917 г.)"`;
/// `"17 – 23 January (30 January – 5 February)"` is read by
/// [`day_ranges`].
fn month_ranges<'a, E: ParseError<&'a str>>(
    i: &'a str,
    first: WrittenDate<'a>,
    after_first: &'a str,
    opened: Option<Opening>,
) -> Res<'a, RawMention<'a>, E> {
    if first.weekday.is_some() {
        return fail(i, ErrorKind::Verify);
    }
    let (rest, _) = space0(after_first)?;
    let (rest, ()) = range_close(rest, opened, range_to_only)?;
    let (rest, (_, b1, _, mb1)) = (space0, day_ordinal, space0, month_name).parse(rest)?;
    let (rest, y1) = opt((space0, year).map(|(_, y)| y)).parse(rest)?;
    if let Some(y0) = first.year {
        let across = i32::from(mb1 < first.month);
        match y1 {
            Some(y1) if y0.dual.is_none() && y0.value + across == y1.value => {}
            _ => return fail(i, ErrorKind::Verify),
        }
    }
    let first_end = rest;
    let (rest, _) = space0(rest)?;
    let second_start = rest;
    let (rest, c) = open(rest)?;
    closes_soon(rest, c)?;
    let (rest, label_before) = opt((space0, label).map(|(_, l)| l)).parse(rest)?;
    let (rest, _) = space0(rest)?;
    let (rest, (a2, Some(ma2), b2, mb2)) = bracket_range(rest)? else {
        return fail(i, ErrorKind::Verify);
    };
    let (rest, y2) = opt((space0, year).map(|(_, y)| y)).parse(rest)?;
    let (rest, label_after) = opt((space0, label).map(|(_, l)| l)).parse(rest)?;
    let (after_second, ()) = close(c)(rest)?;
    let (rest, tail_year) = match y1.or(y2) {
        Some(_) => (after_second, None),
        None => opt(tail_year).parse(after_second)?,
    };
    let first = RawSide {
        year: y1,
        ..RawSide::days(
            consumed_between(i, first_end),
            first.day,
            Some(b1),
            first.month,
        )
    }
    .ending_in(Some(mb1));
    let second = RawSide {
        year: y2,
        label: label_before.or(label_after),
        ..RawSide::days(
            consumed_between(second_start, after_second),
            a2,
            Some(b2),
            ma2,
        )
    }
    .ending_in(mb2);
    // The first days must be about the calendars' difference apart: a
    // bracket that repeats the dates ("from 1 March to 5 April (1 March –
    // 5 April)") or another span is none.
    let year = y1.or(y2).or(tail_year).map(|y| y.value);
    if !years_fit(&first, &second) || !apart_as_one_day(first.day, first.month, a2, ma2, year) {
        return fail(i, ErrorKind::Verify);
    }
    Ok(RawMention::two(
        i,
        rest,
        Kind::Range,
        first,
        second,
        tail_year,
    ))
}

/// Ranges that start with a word: `"с 24 на 25 октября (с 6 на 7 ноября)"`,
/// `"from 24 to 25 October (6 to 7 November)"`, or from pair to pair
/// before their shared month (see [`day_pairs_then_month`]): `"с 1 (14)
/// по 3 (16) марта"`; or from such a pair to a pair of another month with
/// its year (see [`pair_to_pair`]): `"с 8 (19) сентября по 24 октября (4
/// ноября) 1700 г."`.
fn word_ranges<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, RawMention<'a>, E> {
    let (start, (opened, _)) = (range_from, space0).parse(i)?;
    let single = |r: Res<'a, Vec<RawMention<'a>>, E>| match r {
        Ok((rest, ms)) => match ms.as_slice() {
            [m] => Ok((rest, *m)),
            _ => fail(i, ErrorKind::Verify),
        },
        Err(e) => Err(e),
    };
    day_ranges::<E>(i)
        .or_else(|_| single(day_pairs_then_month(i)))
        .or_else(|_| {
            let (rest, m) = single(day_pairs_then_month(start))?;
            pair_to_pair(i, m, rest, Some(opened))
        })
        .or_else(|_| {
            // From a date to a date of another month: "from 25 October to
            // 27 October (7–9 November)", "с 29 декабря 1916 г. по 3
            // января 1917 г. (11–16 января 1917 г.)"; or from a date and
            // its bracket to a pair: "between 25 October (7 November) and
            // 2 (15) November 1917".
            let (after, date) = named_date(start)?;
            month_ranges(i, date, after, Some(opened)).or_else(|_: nom::Err<E>| {
                let (rest, m) = date_then_bracket(start, date, after)?;
                pair_to_pair(i, m, rest, Some(opened))
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    type E<'a> = nom::error::Error<&'a str>;

    /// (first day, first month, second day, second month, rest).
    fn pair<'a>(r: Res<'a, RawMention<'a>, E<'a>>) -> Option<(u32, u8, u32, u8, &'a str)> {
        let (rest, m) = r.ok()?;
        let s = m.second?;
        Some((m.first.day, m.first.month, s.day, s.month, rest))
    }

    #[test]
    fn ranges_across_months() {
        let i = "28 February – 3 March (13–16 March) 1917, x";
        let (after, date) = named_date::<E>(i).unwrap();
        let (rest, m) = month_ranges::<E>(i, date, after, None).unwrap();
        let s = m.second.unwrap();
        assert_eq!(
            (
                m.first.day,
                m.first.month,
                m.first.day_end,
                m.first.month_end
            ),
            (28, 2, Some(3), Some(3))
        );
        assert_eq!(
            (s.day, s.month, s.day_end, s.month_end),
            (13, 3, Some(16), None)
        );
        assert_eq!(
            (m.kind, m.tail_year.map(|y| y.value), rest),
            (Kind::Range, Some(1917), ", x")
        );
        // One calendar's range, no bracket: no mention.
        let i = "26 October – 3 November 1917 the city";
        let (after, date) = named_date::<E>(i).unwrap();
        assert!(month_ranges::<E>(i, date, after, None).is_err());
        // A pair to a pair with its year; not across New Year, not with
        // the year at the start.
        let range = |i: &'static str| match reading(i) {
            Some((Reading::Mentions(ms), rest)) if ms.len() == 1 => {
                let (m, s) = (ms[0], ms[0].second.unwrap());
                Some((m.kind, m.first.day_end, m.first.month_end, s.day_end, rest))
            }
            _ => None,
        };
        assert_eq!(
            range("25 October (7 November) to 2 (15) November 1917, x"),
            Some((Kind::Range, Some(2), Some(11), Some(15), ", x"))
        );
        assert_eq!(
            range("25 December (7 January) to 2 (15) January 1918"),
            Some((Kind::Pair, None, None, None, " to 2 (15) January 1918"))
        );
        assert_eq!(
            range("25 October 1917 (7 November) to 2 (15) November 1917"),
            Some((Kind::Pair, None, None, None, " to 2 (15) November 1917"))
        );
        // Years of two matters make no range in two calendars.
        assert!(day_ranges::<E>("5–6 May 2020 (12–13 May 2021)").is_err());
        assert!(day_ranges::<E>("5–7 June 2019 (3–5 June 2020)").is_err());
        // Each range with its own year, across New Year too.
        let (rest, m) = day_ranges::<E>("29–31 December 1916 (11–13 January 1917).").unwrap();
        let years = (
            m.first.year.map(|y| y.value),
            m.second.and_then(|s| s.year).map(|y| y.value),
        );
        assert_eq!(
            (years, m.tail_year, rest),
            ((Some(1916), Some(1917)), None, ".")
        );
        // From days before their month, with a range word or a dash.
        assert_eq!(
            range("с 8 (19) сентября по 24 октября (4 ноября) 1700 г. x"),
            Some((Kind::Range, Some(24), Some(10), Some(4), " x"))
        );
        assert_eq!(
            range("8 (19) September – 2 (13) October 1709; x"),
            Some((Kind::Range, Some(2), Some(10), Some(13), "; x"))
        );
        // A list of pairs before the month is no start of such a range.
        assert_eq!(
            range("8 (19) и 9 (20) сентября по 24 октября (4 ноября) 1700 г."),
            None
        );
        let (rest, m) = day_ranges::<E>("17–23 January (30 January – 5 February) x").unwrap();
        let s = m.second.unwrap();
        assert_eq!(
            (s.day, s.month, s.day_end, s.month_end, rest),
            (30, 1, Some(5), Some(2), " x")
        );
    }

    #[test]
    fn labelled_ranges_of_one_calendar() {
        let side = |i: &'static str| match reading(i) {
            Some((Reading::Mentions(ms), rest)) => {
                let m = ms.first().copied().unwrap();
                let s = m.first;
                let y = s.year.map(|y| y.value);
                Some((
                    m.kind,
                    s.day,
                    s.day_end,
                    s.month,
                    s.month_end,
                    y,
                    s.label,
                    rest,
                ))
            }
            _ => None,
        };
        let julian = Some(CalendarKind::Julian);
        assert_eq!(
            side("1–5 March 1700 O.S., x"),
            Some((Kind::Single, 1, Some(5), 3, None, Some(1700), julian, ", x"))
        );
        assert_eq!(
            side("O.S. 28 February – 3 March 1701 x"),
            Some((
                Kind::Single,
                28,
                Some(3),
                2,
                Some(3),
                Some(1701),
                julian,
                " x"
            ))
        );
        assert_eq!(
            side("28 February – 3 March (13–16 March) 1917").map(|s| s.0),
            Some(Kind::Range),
            "a range in both calendars"
        );
        assert_eq!(
            side("1–5 March O.S. 1700 x"),
            Some((Kind::Single, 1, Some(5), 3, None, Some(1700), julian, " x")),
            "the year after the label"
        );
        assert_eq!(
            side("O.S. 1–5 March (12–16 March) 1700 x"),
            Some((Kind::Range, 1, Some(5), 3, None, None, julian, " x")),
            "a range in both calendars, the label its first side's"
        );
        // Backwards, or across New Year, it is no range.
        assert_eq!(side("31–1 March 1700 O.S."), None);
        assert!(side("O.S. 31 December – 1 January 1700").is_none_or(|s| s.2.is_none()));
        // Without a label a range is no mention, and "OS" needs a pair.
        assert_eq!(side("1–5 March 1700 x"), None);
        assert!(side("OS 1–5 March 1700 x").is_none_or(|s| s.1 != 1));
    }

    #[test]
    fn years_in_running_text() {
        // What a year at the first digit of `seen` reads as: a heading's
        // year, or a month's, with what it was read from.
        let read = |seen: &'static str, line: Option<&str>| {
            let at = seen.find(|c: char| c.is_ascii_digit()).unwrap();
            match year_in_text(seen, at, true, line) {
                Some((Reading::Heading(y, written), _)) => Some((y.value, 0, written)),
                Some((Reading::Month(y, month, written), _)) => Some((y.value, month, written)),
                _ => None,
            }
        };
        // With a year word.
        assert_eq!(read("в 1917 г., 25", None), Some((1917, 0, "1917 г.")));
        // After a month's name, the month whole, in any language.
        assert_eq!(
            read("In December 1825 the", None),
            Some((1825, 12, "December 1825"))
        );
        assert_eq!(
            read("Im Dezember 1825 spitzte", None),
            Some((1825, 12, "Dezember 1825"))
        );
        assert_eq!(
            read("En décembre 1825, la", None),
            Some((1825, 12, "décembre 1825"))
        );
        assert_eq!(
            read("в декабре 1825 года", None),
            Some((1825, 12, "декабре 1825 года"))
        );
        assert_eq!(
            read("December 1825", None),
            Some((1825, 12, "December 1825"))
        );
        // Not a citation's, after a comma or a bracket; not a month's
        // after a sentence's end; not a word cut at the look-back's start.
        assert_eq!(read("Pravda, December 1925, p. 3", None), None);
        assert_eq!(read("Smith (March 1925) says", None), None);
        assert_eq!(read("came in May. 1826 brought", None), None);
        assert_eq!(read("Member 1825", None), None);
        assert_eq!(read("May  1825", None), None, "one space");
        let at = "mber 1825".find('1').unwrap();
        assert!(year_in_text("mber 1825", at, false, None).is_none());
        assert!(year_in_text("ember 1825", at + 1, true, None).is_none());
        // After a phrase opening a sentence set in it, before a comma.
        assert_eq!(read("In 1905, on 9", None), Some((1905, 0, "1905")));
        assert_eq!(read("x. Im Jahre 1905, am", None), Some((1905, 0, "1905")));
        assert_eq!(read("En 1861, le", None), Some((1861, 0, "1861")));
        assert_eq!(read("В 1905, 9", None), Some((1905, 0, "1905")));
        // Without a comma, only opening a line, before a word.
        assert_eq!(
            read("In 1905 the strike", None),
            Some((1905, 0, "1905")),
            "at the input's start"
        );
        assert_eq!(read("x.\nIn 1812 Napoleon", None), Some((1812, 0, "1812")));
        assert_eq!(read("x. In 1905 the strike", None), None, "inside a line");
        assert_eq!(read("x.\nIn 1917 1500 workers", None), None, "a number");
        assert_eq!(read("printed in 1906, on", None), None, "no capital");
        assert_eq!(read("Within 1906, on", None), None);
        assert_eq!(read("Jahre 1906, am", None), None);
        assert_eq!(read("In 1905: on", None), None);
        // A phrase naming the year needs no comma, as German writes none.
        assert_eq!(
            read("x. Im Jahre 1905 begann", None),
            Some((1905, 0, "1905"))
        );
        assert_eq!(read("Im Jahr 1905 begann", None), Some((1905, 0, "1905")));
        assert_eq!(read("wie im Jahre 1905 schon", None), None, "no capital");
        assert_eq!(read("Dem Jahre 1905 folgte", None), None);
        // An abbreviated month's dot before the year, not a full stop.
        assert_eq!(
            read("In Dec. 1825 the", None),
            Some((1825, 12, "Dec. 1825"))
        );
        assert_eq!(
            read("Im Dez. 1825 spitzte", None),
            Some((1825, 12, "Dez. 1825"))
        );
        assert_eq!(read("came in June. 1826 brought", None), None);
        assert_eq!(read("Pravda, Dec. 1925, p. 3", None), None);
        assert_eq!(read("Pravda (Dec. 1925) says", None), None);
        // At a chronology's line's start, before a day or a month.
        assert_eq!(read("1825, 14 (26)", Some("")), Some((1825, 0, "1825")));
        assert_eq!(
            read("1825: December 14", Some("* ")),
            Some((1825, 0, "1825"))
        );
        assert_eq!(read("1825, 14 (26)", None), None, "not at a line's start");
        assert_eq!(read("1825, a bad year", Some("")), None);
        assert_eq!(read("1825, Decembrists", Some("")), None);
        assert_eq!(read("1825, 14 (26)", Some("== ")), None);
        // A bare year, or one of three digits.
        assert_eq!(read("in 1917 soldiers", None), None);
        assert_eq!(read("December 825", None), None);
    }

    #[test]
    fn year_headings() {
        let year = |i: &'static str, lead: &str| match heading_year(i, lead, true) {
            Some((Reading::Heading(y, written), rest)) => Some((y.value, written, rest)),
            _ => None,
        };
        assert_eq!(year("1917 ==\nx", "== "), Some((1917, "1917", " ==\nx")));
        assert_eq!(year("1917\n", "## "), Some((1917, "1917", "\n")));
        assert_eq!(year("1917 ##", "## "), Some((1917, "1917", " ##")));
        assert_eq!(year("1917**", "**"), Some((1917, "1917", "**")));
        assert_eq!(year("1917 год\n", ""), Some((1917, "1917 год", "\n")));
        assert_eq!(year("1917.\r\n", "=="), None, "one side only");
        assert_eq!(year("1917 ==.\r\n", "=="), Some((1917, "1917", " ==.\r\n")));
        // A number alone on its line may be a page, after a bullet a
        // count, after "#" a reference; three digits are no heading year.
        assert_eq!(year("1917\n", ""), None);
        assert_eq!(year("1917\n", "* "), None);
        assert_eq!(year("1917\n", "#"), None);
        assert_eq!(year("404\n", "### "), None);
        assert_eq!(year("1917 the war\n", "== "), None);
        let far = format!("1917{}==\n", " ".repeat(HEADING_MARKS + 1));
        assert!(heading_year(&far, "== ", true).is_none());
        // Underlined on the next line, with three marks or more.
        assert_eq!(year("1917\n====\nx", ""), Some((1917, "1917", "\n====\nx")));
        assert_eq!(
            year("1917\r\n--- \r\n", ""),
            Some((1917, "1917", "\r\n--- \r\n"))
        );
        assert_eq!(year("1917\n==\n", ""), None, "two marks");
        assert_eq!(year("1917\n=-=\n", ""), None, "mixed marks");
        assert_eq!(year("1917\n=== x\n", ""), None, "a word after");
        assert_eq!(year("1917\n\n====\n", ""), None, "a blank line between");
        let long = format!("1917\n{}\n", "=".repeat(UNDERLINE + 1));
        assert!(heading_year(&long, "", true).is_none(), "too long");
        // Underlined under a line of text: the end of a sum or a table.
        assert!(heading_year("1917\n====\n", "", false).is_none());
        assert!(heading_year("1917 ==\n", "== ", false).is_some());
    }

    #[test]
    fn bracketed_pairs() {
        let i = "26 October (8 November) 1917, x";
        let (after, date) = named_date::<E>(i).unwrap();
        assert_eq!(
            pair(date_then_bracket(i, date, after)),
            Some((26, 10, 8, 11, ", x"))
        );
        assert_eq!(
            pair(bracket_then_bracket("(26 October) [8 November] x")),
            Some((26, 10, 8, 11, " x"))
        );
        assert!(
            bracket_then_bracket::<E>("(26 October) (8 November)").is_err(),
            "same brackets"
        );
        // A comma before a label that ends the bracket, not before a name.
        let (rest, side) = bracket_side::<E>("November 7, N.S.) x").unwrap();
        assert_eq!(
            (side.day, side.month, side.label, rest),
            (7, 11, Some(CalendarKind::Gregorian), ") x")
        );
        let (rest, side) = bracket_side::<E>("25 October, Old Style)").unwrap();
        assert_eq!((side.label, rest), (Some(CalendarKind::Julian), ")"));
        let (rest, side) = bracket_side::<E>("25 October, Julian Bond said)").unwrap();
        assert_eq!((side.label, rest), (None, ", Julian Bond said)"));
        let (rest, m) = bracketed_day_then_month::<E>("[15] December, the").unwrap();
        assert_eq!(
            (m.kind, m.first.day, m.first.month, rest),
            (Kind::Partial, 15, 12, ", the")
        );
    }

    /// A footnote marker glued to a pair before its year, or to the first
    /// date before the bracket, is inside the mention, and the year after
    /// it is the pair's.
    #[test]
    fn footnote_markers_before_the_year() {
        let read = |i: &'static str| match reading(i) {
            Some((Reading::Mentions(ms), rest)) => {
                let m = ms[0];
                let year = m.tail_year.or(m.first.year).map(|y| y.value);
                Some((m.text, m.first.text, year, rest))
            }
            _ => None,
        };
        assert_eq!(
            read("25 October (7 November)<ref name=\"Pipes\"/> 1917 x"),
            Some((
                "25 October (7 November)<ref name=\"Pipes\"/> 1917",
                "25 October",
                Some(1917),
                " x"
            ))
        );
        assert_eq!(
            read("7 November[a] [O.S. 25 October] 1917 x"),
            Some((
                "7 November[a] [O.S. 25 October] 1917",
                "7 November",
                Some(1917),
                " x"
            ))
        );
        assert_eq!(
            read("8 [21] November[3] 1917 x").map(|r| r.2),
            Some(Some(1917))
        );
        assert_eq!(
            read("13/26 October{{sfn|Pipes|1990}} 1917 x").map(|r| r.2),
            Some(Some(1917))
        );
        // No year after the marker: it stays outside the mention.
        assert_eq!(
            read("25 October (7 November)<ref>Pipes, 1990.</ref> the x"),
            Some((
                "25 October (7 November)",
                "25 October",
                None,
                "<ref>Pipes, 1990.</ref> the x"
            ))
        );
        // A mark with space before it is no footnote's.
        assert_eq!(
            read("25 October (7 November) [4] 1917").map(|r| r.2),
            Some(None)
        );
    }

    #[test]
    fn days_from_one_date_to_another_the_short_way() {
        assert_eq!(days_from(25, 10, 7, 11), Some(13));
        assert_eq!(days_from(7, 11, 25, 10), Some(-13));
        assert_eq!(days_from(25, 12, 4, 1), Some(10));
        assert_eq!(days_from(4, 1, 25, 12), Some(-10));
        assert_eq!(days_from(1, 12, 1, 13), None);
        assert_eq!(days_from(1, 0, 1, 1), None);
        assert!(near_offset(13, Some(1917)));
        assert!(near_offset(6, Some(1917)), "30 December [5 January]");
        assert!(!near_offset(31, Some(1917)));
        assert!(!near_offset(-13, Some(1917)));
    }

    #[test]
    fn roman_months_after_space_after_day_pairs() {
        let pair = |text| match reading(text) {
            Some((Reading::Mentions(ms), rest)) if ms.len() == 1 => {
                let m = ms[0];
                Some((m.first.day, m.second.map(|s| s.day), m.first.month, rest))
            }
            _ => None,
        };
        assert_eq!(
            pair("12 (24) X 1847 r., x"),
            Some((12, Some(24), 10, ", x"))
        );
        assert_eq!(pair("12/24 X 1847 r., x"), Some((12, Some(24), 10, ", x")));
        // With a year, and only days as far apart as the calendars.
        for text in [
            "12 (24) X is",
            "5 (6) X 2020",
            "5/6 X 2020",
            "3 (30) IV 1999",
            "12 (25) X 1847 r.",
            "12 (25) X 2020",
            "12/25 X 2020",
        ] {
            assert_eq!(pair(text), None, "{text}");
        }
    }

    #[test]
    fn iso_pairs_are_labelled_or_early() {
        let read = |text| {
            let (rest, m) = iso_pair::<E>(text).ok()?;
            Some((m.first.day, m.second?.day, rest))
        };
        assert_eq!(read("1917-10-25 (1917-11-07)."), Some((25, 7, ".")));
        assert_eq!(read("2024-01-07 (O.S. 2023-12-25)"), Some((7, 25, "")));
        assert_eq!(
            read("1642-12-25 O.S. (1643-01-04 N.S.) x"),
            Some((25, 4, " x"))
        );
        for text in [
            "2021-03-01 (2021-03-14)",
            "1917-10-25 (1917-10-26)",
            "1900-01-01 (1900-03-01)",
            "1917-10-25 (1917-11-07",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn a_comma_and_a_label_before_the_bracket() {
        let julian = Some(CalendarKind::Julian);
        assert_eq!(
            first_mention("25 October 1917, O.S. (7 November 1917, N.S.) in"),
            Some((
                Kind::Pair,
                "25 October 1917, O.S. (7 November 1917, N.S.)",
                julian,
                " in"
            ))
        );
        // Without a date in the bracket, the labelled date alone.
        assert_eq!(
            first_mention("3 March 1850, O.S. (see note 4)"),
            Some((Kind::Single, "3 March 1850, O.S.", julian, " (see note 4)"))
        );
        // A comma and no label: the bracket is another matter's.
        assert_eq!(first_mention("3 March 1850, (15 March)"), None);
        // Bare letters after a comma are no label of this pair.
        assert_eq!(
            first_mention("25 October 2019, NS (7 November 2019)").map(|m| m.0),
            Some(Kind::Single)
        );
    }

    #[test]
    fn a_years_dot_before_the_bracket() {
        assert_eq!(
            first_mention("10. jula 1856. (28. juna) u").map(|m| (m.0, m.1, m.3)),
            Some((Kind::Pair, "10. jula 1856. (28. juna)", " u"))
        );
        // Only where the two can be one day: a full stop ends a sentence.
        for text in [
            "10 July 1856. (3 May)",
            "4. jula 1856. (29. jula)",
            "10. jula 1856. (28. juna 1857)",
        ] {
            assert_eq!(first_mention(text), None, "{text}");
        }
    }

    #[test]
    fn german_wikipedia_marks_glued_or_spaced() {
        let julian = Some(CalendarKind::Julian);
        let pair = |text, label, rest| Some((Kind::Pair, text, label, rest));
        for (text, rest) in [
            ("30. Maijul./ 9. Juni 1672greg. in Moskau", " in Moskau"),
            ("13.jul./ 23. Februar 1633greg.;", ";"),
            ("13. jul. / 23. Februar 1633 greg. in", " in"),
        ] {
            let written = text.strip_suffix(rest).unwrap();
            assert_eq!(first_mention(text), pair(written, julian, rest), "{text}");
        }
        // The same mark on both days, or days not as far apart as the
        // calendars, make no pair.
        assert!(slashed_days::<E>("13.jul./ 23. Februar 1633jul.").is_err());
        assert!(slashed_days::<E>("3.jul./ 29. Februar 1633greg.").is_err());
        // Without the second mark it is none of this form.
        assert!(slashed_days::<E>("13.jul./ 23. Februar 1633.").is_err());
    }

    #[test]
    fn slashed_days_of_one_month_are_as_far_apart_as_the_calendars() {
        let y = |value| Some(WrittenYear::plain(value));
        assert!(apart_as_calendars(13, 26, y(1917)));
        assert!(apart_as_calendars(13, 25, y(1917)), "a slip");
        assert!(!apart_as_calendars(5, 26, y(2020)), "a period");
        assert!(apart_as_calendars(1, 11, y(1600)));
        assert!(!apart_as_calendars(1, 20, y(1600)));
        assert!(apart_as_calendars(8, 21, None));
        assert!(!apart_as_calendars(1, 30, None));
        assert!(slashed_days::<E>("5/26 October 2020").is_err());
        assert!(month_then_days::<E>("October 5/26, 2020").is_err());
        assert!(
            month_then_days::<E>("October 5 (26), 2020").is_ok(),
            "brackets mean a pair"
        );
        assert!(slashed_days::<E>("5/26.10.2020").is_err());
    }

    #[test]
    fn a_labelled_bracket_then_a_date() {
        let (rest, m) = bracket_then_date::<E>("(O.S. 25 October) 7 November 1917, x").unwrap();
        let second = m.second.unwrap();
        assert_eq!(
            (m.first.day, m.first.month, m.first.label, rest),
            (25, 10, Some(CalendarKind::Julian), ", x")
        );
        assert_eq!(
            (second.day, second.month, second.year.map(|y| y.value)),
            (7, 11, Some(1917))
        );
        let (_, m) = bracket_then_date::<E>("(25 October) 7 November N.S. 1917").unwrap();
        assert_eq!(m.tail_year.map(|y| y.value), Some(1917));
        assert!(
            bracket_then_date::<E>("(26 October) 8 November").is_err(),
            "no label: an aside, then another date"
        );
    }

    /// The first mention `reading` finds at the start of `i`: its kind,
    /// its text, its first side's label, and the rest.
    fn first_mention(i: &str) -> Option<(Kind, &str, Option<CalendarKind>, &str)> {
        match reading(i)? {
            (Reading::Mentions(ms), rest) => {
                let m = ms.first()?;
                Some((m.kind, m.text, m.first.label, rest))
            }
            _ => None,
        }
    }

    #[test]
    fn gedcom_escapes_label_the_date_after_them() {
        let julian = Some(CalendarKind::Julian);
        let gregorian = Some(CalendarKind::Gregorian);
        let single = |text, label, rest| Some((Kind::Single, text, label, rest));
        assert_eq!(
            first_mention("@#DJULIAN@ 11 FEB 1731/32\n2 PLAC x"),
            single("@#DJULIAN@ 11 FEB 1731/32", julian, "\n2 PLAC x")
        );
        assert_eq!(
            first_mention("@#DGREGORIAN@ 5 JAN 1643 TO @#DGREGORIAN@ 9 JAN 1643"),
            single(
                "@#DGREGORIAN@ 5 JAN 1643",
                gregorian,
                " TO @#DGREGORIAN@ 9 JAN 1643"
            )
        );
        let m = match reading("@#DJULIAN@ 11 FEB 1731/32") {
            Some((Reading::Mentions(ms), _)) => ms[0],
            other => panic!("{other:?}"),
        };
        let dual = m.first.year.and_then(|y| y.dual).unwrap();
        assert_eq!((dual.historical, dual.january), (1731, 1732));
        // GEDCOM 7 names the calendar alone, in capitals.
        assert_eq!(
            first_mention("JULIAN 11 FEB 1731\n2 PLAC x"),
            single("JULIAN 11 FEB 1731", julian, "\n2 PLAC x")
        );
        assert_eq!(
            first_mention("GREGORIAN 12 MAR 1700 AND JULIAN 5 MAR 1700"),
            single("GREGORIAN 12 MAR 1700", gregorian, " AND JULIAN 5 MAR 1700")
        );
        // A date needs its day; other calendars' escapes are no labels,
        // and a name is a name before a date in another shape.
        assert_eq!(reading("JULIAN 1731\n"), None);
        assert_eq!(reading("JULIAN 25 May 1990\n"), None);
        assert_eq!(reading("JULIAN 11 FEB 1731 wrote"), None);
        assert_eq!(reading("HEBREW 5 TSH 5500\n"), None);
        for none in [
            "@#DJULIAN@ FEB 1731",
            "@#DJULIAN@ 1731",
            "@#DHEBREW@ 5 TSH 5500",
            "@#DFRENCH R@ 11 VEND 0003",
            "@#DUNKNOWN@ 5 MAR 1700",
            "@#DROMAN@ 5 MAR 1700",
            "@ 5 MAR 1700",
        ] {
            assert_eq!(reading(none), None, "{none:?}");
        }
    }

    #[test]
    fn two_labelled_dates() {
        let (kind, text, label, rest) =
            first_mention("OS 25 December 1642; NS 4 January 1643)").unwrap();
        assert_eq!(
            (kind, label, rest),
            (Kind::Pair, Some(CalendarKind::Julian), ")")
        );
        assert_eq!(text, "OS 25 December 1642; NS 4 January 1643");
        assert_eq!(
            first_mention("O.S. 25 October, O.S. 26 October").map(|m| (m.0, m.3)),
            Some((Kind::Single, ", O.S. 26 October")),
            "one calendar"
        );
        match reading("25 October O.S., 7 November N.S. 1917.") {
            Some((Reading::Mentions(ms), rest)) => {
                assert_eq!((ms[0].kind, rest), (Kind::Pair, "."));
                assert_eq!(ms[0].tail_year.map(|y| y.value), Some(1917));
            }
            _ => panic!("no pair"),
        }
    }

    #[test]
    fn labelled_dates_that_cannot_be_one_day_are_a_list() {
        // Old New Year: the years may differ by one.
        assert_eq!(
            first_mention("11 February 1731 O.S.; 22 February 1732 N.S.").map(|m| m.0),
            Some(Kind::Pair)
        );
        for list in [
            "5 May 1700 O.S.; 3 June 1701 N.S.",
            "O.S. 5 May; N.S. 3 June",
            "O.S. 5 May 1700; N.S. 16 May 1702",
        ] {
            assert_eq!(
                first_mention(list).map(|m| m.0),
                Some(Kind::Single),
                "{list}"
            );
        }
        // A slip is still a pair, for the checker to report.
        assert_eq!(
            first_mention("30 December 1917 O.S.; 5 January 1918 N.S.").map(|m| m.0),
            Some(Kind::Pair)
        );
        // So are labels swapped.
        assert_eq!(
            first_mention("O.S. 7 November 1917; N.S. 25 October 1917").map(|m| m.0),
            Some(Kind::Pair)
        );
        assert!(bracket_then_date::<E>("(O.S. 7 November) 25 October 1917").is_ok());
        assert!(
            bracket_then_date::<E>("(25 October O.S.) 26 October (8 November) 1917").is_err(),
            "the date outside begins its own pair"
        );
        assert!(
            bracket_then_date::<E>("(O.S. 25 October) 7 November O.S. 1917").is_err(),
            "one calendar"
        );
    }

    #[test]
    fn an_unlabelled_date_then_that_is_and_a_labelled_one() {
        for (text, second) in [
            ("25th Decr. 1717, that is 5 Jany. 1718 N.S.", (5, 1)),
            ("3 March 1913, i.e. 16 March N.S.", (16, 3)),
            ("3 March 1913 i.e. on 16 March N.S.", (16, 3)),
            ("25 октября 1917 г., т. е. 7 ноября н. ст.", (7, 11)),
            ("16 March 1913, i.e. 3 March O.S.", (3, 3)),
        ] {
            let input = format!("{text} x");
            let (rest, m) = match reading(&input) {
                Some((Reading::Mentions(ms), rest)) => (rest, ms[0]),
                _ => panic!("{text}: no mention"),
            };
            assert_eq!((m.kind, m.text, rest), (Kind::Pair, text, " x"), "{text}");
            assert_eq!(m.first.label, None, "{text}");
            let s = m.second.unwrap();
            assert_eq!((s.day, s.month), second, "{text}");
            assert!(s.label.is_some(), "{text}");
        }
        // Not one day, no label on the second, "or" or a comma alone: the
        // first date is a plain date.
        for text in [
            "4 March 1913, i.e. 6 March N.S.",
            "3 March 1913, i.e. 16 March 1913",
            "3 March 1913 or 16 March N.S.",
            "3 March 1913, 16 March N.S.",
        ] {
            assert!(
                matches!(reading(text), Some((Reading::Anchor(_), _))),
                "{text}"
            );
        }
    }

    #[test]
    fn a_word_for_on_after_that_is_or_or() {
        for text in [
            "3. März 1913 a. St., d. h. am 16. März n. St.",
            "3 March 1913 O.S., that is on 16 March N.S.",
            "3 March 1913 O.S., i.e., on 16 March N.S.",
            "3 mars 1913 v. st., c.-à-d. le 16 mars n. st.",
            "9 May 1911 O.S. or on 22 May N.S.",
            "3 March 1913 O.S., i.e. 16 March N.S.",
        ] {
            let input = format!("{text} x");
            let (kind, written, label, rest) = first_mention(&input).unwrap();
            assert_eq!(
                (kind, written, label, rest),
                (Kind::Pair, text, Some(CalendarKind::Julian), " x"),
                "{text}"
            );
        }
        // Only after such a word, and only one.
        for text in [
            "3 March 1913 O.S., on 16 March N.S.",
            "3 March 1913 O.S. on 16 March N.S.",
            "3 March 1913 O.S., that is on on 16 March N.S.",
        ] {
            assert_eq!(
                first_mention(text).map(|m| m.0),
                Some(Kind::Single),
                "{text}"
            );
        }
    }

    #[test]
    fn labelled_dates_around_a_slash_or_an_equals_sign_are_one_day() {
        for text in [
            "OS 25 October 1917 / NS 7 November 1917",
            "O.S. 25 October 1917 / N.S. 7 November 1917",
            "OS 25 October 1917 = NS 7 November 1917",
            "25 October 1917 O.S. = 7 November 1917 N.S.",
        ] {
            let input = format!("{text}, x");
            let (kind, written, label, rest) = first_mention(&input).unwrap();
            assert_eq!(
                (kind, written, label, rest),
                (Kind::Pair, text, Some(CalendarKind::Julian), ", x"),
                "{text}"
            );
        }
        // They say one day: a slip is a pair, for the checker to report,
        // where after a semicolon it would be a list.
        assert_eq!(
            first_mention("O.S. 5 May 1700 = N.S. 3 June 1700").map(|m| m.0),
            Some(Kind::Pair)
        );
        assert_eq!(
            first_mention("O.S. 5 May 1700; N.S. 3 June 1700").map(|m| m.0),
            Some(Kind::Single)
        );
        // But not years apart.
        assert_eq!(
            first_mention("O.S. 5 May 1700 = N.S. 3 June 1705").map(|m| m.0),
            Some(Kind::Single)
        );
        // Undotted labels still need the other calendar on the other side,
        // and to be able to be one day: serial numbers are not.
        assert_eq!(
            first_mention("OS 25 October 1917 / OS 7 November 1917"),
            None
        );
        assert_eq!(first_mention("OS 12 May 2020 / NS 14 May 2020"), None);
        // Names before a date are as often speakers or people.
        assert_eq!(
            first_mention("Julian 5 May 1700 / Gregorian 16 May 1700").map(|m| m.0),
            Some(Kind::Pair)
        );
        for text in [
            "Julian 5 May 1700 / Gregorian 3 June 1700",
            "JULIAN: 12 May 2020 / GREGORIAN: 14 May 2020",
            "OS 14 April 1700 / NS 15 April 1700",
        ] {
            assert_eq!(first_mention(text), None, "{text}");
        }
        for night in [
            "31 December 1700/1 January 1701",
            "14 April 1700/15 April 1700",
        ] {
            assert_eq!(first_mention(night), None, "{night}");
        }
        for text in [
            "12 May 2020 O.S. / 14 May 2020 NS",
            "12 May 2020 / 14 May 2020",
        ] {
            assert_ne!(first_mention(text).map(|m| m.0), Some(Kind::Pair), "{text}");
        }
        assert_eq!(
            first_mention("12 May 1700 O.S. / 14 May 1700 (N.S.)").map(|m| m.0),
            Some(Kind::Pair),
            "a slip between plain labels"
        );
    }

    #[test]
    fn a_label_after_a_date_is_on_its_paragraph() {
        for text in [
            "25 December 1642\n\nO.S. was the style then.",
            "25 December 1642,\n\nO.S. was the style then.",
            "25 December 1642 \n \n O.S. was the style then.",
        ] {
            assert!(
                matches!(reading(text), Some((Reading::Anchor(_), _))),
                "{text:?}"
            );
        }
        let (kind, ..) = first_mention("25 December 1642\nO.S., at home").unwrap();
        assert_eq!(kind, Kind::Single, "a line break inside a date");
        // Nor does a year after a pair come from the next paragraph.
        match reading("26 October (8 November)\n\n1917 was the year.") {
            Some((Reading::Mentions(ms), rest)) => {
                assert_eq!(ms[0].tail_year, None);
                assert_eq!(rest, "\n\n1917 was the year.");
            }
            _ => panic!("no pair"),
        }
    }

    #[test]
    fn a_label_before_a_pair_is_its_first_sides() {
        let (kind, text, label, rest) =
            first_mention("OS 25 October (7 November) 1917, x").unwrap();
        assert_eq!(
            (kind, text, label, rest),
            (
                Kind::Pair,
                "OS 25 October (7 November) 1917",
                Some(CalendarKind::Julian),
                ", x"
            )
        );
        let (kind, text, ..) = first_mention("OS 25 December 1642 (NS 4 January 1643).").unwrap();
        assert_eq!(
            (kind, text),
            (Kind::Pair, "OS 25 December 1642 (NS 4 January 1643)")
        );
        assert_eq!(
            first_mention("O.S. 25 October 1917 x").map(|m| (m.0, m.3)),
            Some((Kind::Single, " x"))
        );
    }

    #[test]
    fn a_calendar_name_after_a_date_ends_its_words() {
        // (what follows the date, whether the date has its year, label)
        for (after, year_written, label) in [
            (" Julian, then", true, Some(CalendarKind::Julian)),
            (" Julian.", true, Some(CalendarKind::Julian)),
            (" Gregorian 1917", false, Some(CalendarKind::Gregorian)),
            (" Julian calendar was", true, Some(CalendarKind::Julian)),
            // "On 25 May 1990 Julian left", "12 March 1795 Gregorian chant".
            (" Julian left", true, None),
            (" Gregorian chant", true, None),
            (" Julian Smith", true, None),
            (" Gregorian 300 men", false, None),
            (" Gregorian 1917", true, None),
        ] {
            let found = label_after_date(after, year_written).map(|f| f.1);
            assert_eq!(found, label, "{after:?}");
        }
    }

    #[test]
    fn undotted_labels_before_a_date_need_a_pair() {
        // Words and abbreviations, not labels.
        for text in [
            "os 25 de outubro",
            "Os 25 de outubro de 1917",
            "OS 25 DE ABRIL DE 1974",
            "NS 6 December 1917",
            "Ast 3. Mai 1900",
            "СС 9 ноября 1938",
            "νη 12 Μαΐου",
            "s/n 12 de octubre",
            "GS 12 mars 1700",
            "Julian 25 May 1990",
            "JULIAN: 25 May 1990",
            "Gregorian: 25 May",
            "Vartan Gregorian 12 May 1990",
            "Old Style:\n25 December 1642",
            "N.S.: \r\n4 January 1643",
        ] {
            assert_eq!(first_mention(text), None, "{text:?}");
        }
        // A label over the date's line is not the pair's.
        assert!(label_before::<()>("Julian:\n25 October (7 November)").is_err());
        assert!(label_before::<()>("O.S.: 25 October").is_ok());
        assert_eq!(
            first_mention("Julian 25 December 1642 = Gregorian 4 January 1643").map(|m| m.0),
            Some(Kind::Pair)
        );
        assert_eq!(
            first_mention("o.s. 25 October").map(|m| m.0),
            Some(Kind::Single)
        );
        // After a date, an undotted label must end the phrase, on its line.
        let after = |text| label_after_date(text, true).map(|l| l.0);
        assert_eq!(label_after_date(" OS", true).map(|l| l.2), Some(true));
        assert_eq!(label_after_date(" (OS)", true).map(|l| l.2), Some(false));
        assert_eq!(after(" os soldados"), None);
        assert_eq!(after("\nOS X"), None);
        assert_eq!(after(" OS, x"), Some(", x"));
        assert_eq!(after(" OS in"), Some(" in"));
        assert_eq!(after(" os\nin"), Some("\nin"));
        assert_eq!(after(" os — in"), Some(" — in"));
        assert_eq!(after(" NS |"), Some(" |"));
        assert_eq!(after(" O.S. and"), Some(" and"));
        // A number after an undotted label: only the year of a date
        // without one.
        for number in [" os 300 soldados", " S/N 4471", " o/s 12 units", " os 1917"] {
            assert_eq!(after(number), None, "{number}");
        }
        assert_eq!(
            label_after_date(" os 1917", false).map(|l| l.0),
            Some(" 1917")
        );
        assert_eq!(label_after_date(" os 300 x", false), None);
        assert_eq!(after(" O.S. 300 x"), Some(" 300 x"), "dotted");
        // After a comma, a label before a date is that date's.
        assert_eq!(after(", N.S. 7 November"), None);
        assert_eq!(after(", N.S., 7 November"), Some(", 7 November"));
        assert_eq!(after(" N.S. 7 November"), Some(" 7 November"));
    }

    #[test]
    fn lower_case_os_and_ns_are_labels_in_brackets_and_before_their_pair() {
        let julian = Some(CalendarKind::Julian);
        let gregorian = Some(CalendarKind::Gregorian);
        let pair = |text, label, rest| Some((Kind::Pair, text, label, rest));
        // In a bracket, in any case.
        assert_eq!(
            first_mention("25 December 1642 (ns 4 January 1643), x"),
            pair("25 December 1642 (ns 4 January 1643)", None, ", x")
        );
        assert_eq!(
            first_mention("4 January 1643 (Os 25 December 1642)."),
            pair("4 January 1643 (Os 25 December 1642)", None, ".")
        );
        // Before a pair whose bracket has the other calendar's label.
        assert_eq!(
            first_mention("os 25 December 1642 (ns 4 January 1643) in"),
            pair("os 25 December 1642 (ns 4 January 1643)", julian, " in")
        );
        assert_eq!(
            first_mention("Ns 4 January 1643 (os 25 December 1642)"),
            pair("Ns 4 January 1643 (os 25 December 1642)", gregorian, "")
        );
        assert_eq!(
            first_mention("os 25 December 1642 (N.S. 4 January 1643)"),
            pair("os 25 December 1642 (N.S. 4 January 1643)", julian, "")
        );
        // Otherwise "os" is as often Portuguese "the": the pair is read
        // from its date, or nothing at all.
        for text in [
            "os 25 de outubro (7 de novembro) de 1917",
            "os 25 December 1642 (os 4 January 1643)",
            "ns 4 January 1643 (25 December 1642)",
            "os 25 de outubro de 1917",
        ] {
            assert_eq!(first_mention(text), None, "{text:?}");
        }
        // In a bracket too, "os" before a day and a small word is
        // Portuguese "the".
        assert_eq!(first_mention("12 de maio (os 24 de maio) de 1850"), None);
        // Only "os" and "ns": other undotted labels in brackets are no
        // labels ("(Jul 11)" is a month).
        assert!(lax_label_before::<()>("Ast 3. Mai").is_err());
        assert!(lax_label_before::<()>("ns 3 May").is_ok());
    }

    #[test]
    fn shared_months_and_slashes() {
        let (rest, ms) = day_pairs_then_month::<E>("10 (23) — 16 (29) января 1918 г.").unwrap();
        let (m, second) = (&ms[0], ms[0].second.unwrap());
        assert_eq!((ms.len(), m.kind, rest), (1, Kind::Range, ""));
        assert_eq!(
            (m.first.day, m.first.day_end, m.first.month),
            (10, Some(16), 1)
        );
        assert_eq!((second.day, second.day_end), (23, Some(29)));
        let (rest, ms) = day_pairs_then_month::<E>("10 (23) и 16 (29) октября 1917 года.").unwrap();
        assert_eq!(rest, ".");
        assert_eq!(ms.len(), 2);
        assert_eq!(
            (ms[0].text, ms[1].first.day, ms[1].first.month),
            ("10 (23)", 16, 10)
        );
        assert_eq!(
            pair(slashed_days("13/26 October 1917; x")),
            Some((13, 10, 26, 10, "; x"))
        );
        assert_eq!(
            pair(slashed_days("23/6 November/December 1907")),
            Some((23, 11, 6, 12, ""))
        );
        assert_eq!(
            pair(month_then_days("October 13/26, 1917 x")),
            Some((13, 10, 26, 10, " x"))
        );
        assert_eq!(
            pair(month_then_days("November 8 [21], 1917")),
            Some((8, 11, 21, 11, ""))
        );
        assert!(slashed_days::<E>("13/17, кв. 4").is_err(), "a house number");
        // A small word before the month, as before a single day's.
        assert_eq!(
            pair(slashed_days("4th/15th of July 1709.")),
            Some((4, 7, 15, 7, "."))
        );
        assert_eq!(
            pair(slashed_days("3/13 of March, 1650, x")),
            Some((3, 3, 13, 3, ", x"))
        );
        assert_eq!(
            pair(slashed_days("5/17 de marzo de 1801")),
            Some((5, 3, 17, 3, ""))
        );
        assert_eq!(
            pair(slashed_days("18th/1st of February/March 1710")),
            Some((18, 2, 1, 3, ""))
        );
        assert!(slashed_days::<E>("3/4 of May 1700").is_err());
        // A square bracket glued to the day: a pair only if the days can
        // be one day; else a citation marker.
        for text in [
            "25[7] November 1917",
            "25th[7] November",
            "8[20] November 1917",
            "1[13] and 8[21] November 1917",
            "1[14] and 25[7] November 1917",
            "8[21] – 25[7] November",
            "10[12] May",
            "3[14] März 1800",
            "16[29] March 1800",
            "16[29] February 1900",
        ] {
            assert!(day_pairs_then_month::<E>(text).is_err(), "{text}");
        }
        for text in [
            "8[21] November 1917",
            "8[21] November",
            "25[12] May",
            "14[24] May",
            "8 [21] November 1917",
            "25 [7] November 1917",
            "14(24) November 1917",
            "25(7) November 1917",
            "16[28] February 1900",
            "16[28] March 1800",
            "3[13] März 1650",
            "1[14] – 3[16] March 1917",
        ] {
            assert!(day_pairs_then_month::<E>(text).is_ok(), "{text}");
        }
        assert!(month_then_days::<E>("November 25[7], 1917").is_err());
        assert!(month_then_days::<E>("November 8[21], 1917").is_ok());
        assert!(month_then_days::<E>("November 25 [7], 1917").is_ok());
        assert!(slashed_days::<E>("5/26 of October 1920").is_err());
        assert!(slashed_days::<E>("2/27 of May/June 1710").is_err());
        assert!(slashed_days::<E>("3/13 of the month").is_err());
    }

    #[test]
    fn pairs_around_range_words_are_a_range() {
        // Each a range of 1–3 (14–16) March, read up to ", x".
        for text in [
            "с 1 (14) по 3 (16) марта 1917 г.",
            "от 1 (14) до 3 (16) марта",
            "від 1 (14) до 3 (16) березня",
            "From 1 (14) to 3 (16) March 1917",
            "vom 1. (14.) bis 3. (16.) März",
            "du 1er (14) au 3 (16) mars",
            "del 1 (14) al 3 (16) de marzo",
            "del 1 (14) a 3 (16) de marzo",
            "od 1 (14) do 3 (16) marca",
            "1 (14) по 3 (16) марта, x",
            "1 (14) to 3 (16) March, x",
        ] {
            let Some((Reading::Mentions(ms), _)) = reading(text) else {
                panic!("{text:?}: no reading");
            };
            let (m, second) = (&ms[0], ms[0].second.unwrap());
            let read = text.trim_end_matches(", x");
            assert_eq!((ms.len(), m.kind, m.text), (1, Kind::Range, read), "{text}");
            assert_eq!(
                (m.first.day, m.first.day_end, m.first.month),
                (1, Some(3), 3),
                "{text}"
            );
            assert_eq!((second.day, second.day_end), (14, Some(16)), "{text}");
        }
        // "Or" lists as "and" does; so does a word that is also "and"
        // (Czech "a") where no range word opened a range.
        for text in ["10 (23) или 11 (24) октября", "1 (14) a 3 (16) března"] {
            let Some((Reading::Mentions(ms), "")) = reading(text) else {
                panic!("{text:?}: no reading");
            };
            assert_eq!(ms.len(), 2, "{text}");
            assert!(ms.iter().all(|m| m.kind == Kind::Pair), "{text}");
        }
        // A range word opens only a range: "с 1 (14) и 3 (16)" is a list,
        // read from its first number.
        assert!(day_pairs_then_month::<E>("с 1 (14) и 3 (16) марта").is_err());
        assert!(word_ranges::<E>("с 1 (14) и 3 (16) марта").is_err());
        // Days of a range after "of" must be as far apart as the calendars.
        assert!(day_pairs_then_month::<E>("2 (3) – 5 (6) of May").is_err());
    }

    #[test]
    fn ranges_month_first() {
        for (text, rest, month_end) in [
            ("October 25–26 (November 7–8), 1917 x", " x", None),
            ("October 24/25 (November 6/7), 1917", "", None),
            ("October 25–26 (7–8 November) 1917", "", None),
            ("February 10–18 (23 February – 3 March) 1917", "", Some(3)),
        ] {
            let (got, m) = month_then_days::<E>(text).unwrap();
            let second = m.second.unwrap();
            assert_eq!((m.kind, got), (Kind::Range, rest), "{text}");
            assert_eq!(m.tail_year.map(|y| y.value), Some(1917), "{text}");
            assert_eq!(second.month_end, month_end, "{text}");
            assert!(m.first.day_end.is_some() && second.day_end.is_some());
        }
        assert!(month_then_days::<E>("October 25–26 (7–8), 1917").is_err());
        assert!(month_then_days::<E>("April 14/15 (April 27/28)").is_ok());
        assert_eq!(
            pair(month_then_days("October 13/26, 1917")),
            Some((13, 10, 26, 10, ""))
        );
    }

    #[test]
    fn days_in_a_row_around_a_slash_are_a_night() {
        assert!(next_day(14, 4, 15, 4));
        assert!(next_day(31, 12, 1, 1));
        assert!(next_day(28, 2, 1, 3) && next_day(29, 2, 1, 3));
        assert!(next_day(30, 4, 1, 5));
        assert!(!next_day(30, 1, 1, 2), "January has 31 days");
        assert!(!next_day(13, 10, 26, 10));
        assert!(!next_day(31, 1, 13, 2));
        assert!(!next_day(u32::MAX, 1, 0, 1), "no overflow");
        // Nights in one calendar are no pair...
        assert!(slashed_days::<E>("14/15 April 1912").is_err());
        assert!(slashed_days::<E>("31/1 December/January").is_err());
        assert!(month_then_days::<E>("April 14/15, 1912").is_err());
        let i = "31 December/1 January";
        let (after, date) = named_date::<E>(i).unwrap();
        assert!(date_slash_date::<E>(i, date, after).is_err());
        // ...unless a label makes them one.
        let i = "31 December O.S./1 January N.S.";
        let (after, date) = named_date::<E>(i).unwrap();
        assert!(date_slash_date::<E>(i, date, after).is_ok());
        // A night in both calendars is a range.
        let (rest, m) = day_ranges::<E>("24/25 October (6/7 November) 1917.").unwrap();
        let second = m.second.unwrap();
        assert_eq!(
            (m.kind, m.first.day, m.first.day_end, m.first.month, rest),
            (Kind::Range, 24, Some(25), 10, ".")
        );
        assert_eq!((second.day, second.day_end, second.month), (6, Some(7), 11));
        assert!(day_ranges::<E>("13/26 October (8 November)").is_err());
        // Labels in the bracket, a year before it.
        let (_, m) = day_ranges::<E>("7–8 November [O.S. 25–26 October] 1917").unwrap();
        let second = m.second.unwrap();
        assert_eq!(second.label, Some(CalendarKind::Julian));
        assert_eq!(m.tail_year.map(|y| y.value), Some(1917));
        let (rest, m) = day_ranges::<E>("27–28 May 1905 (14–15 May O.S.).").unwrap();
        assert_eq!((m.first.year.map(|y| y.value), rest), (Some(1905), "."));
        assert_eq!(m.second.unwrap().label, Some(CalendarKind::Julian));
        assert!(matches!(
            reading("24/25 October (6/7 November)"),
            Some((Reading::Mentions(ms), "")) if ms[0].kind == Kind::Range
        ));
    }

    #[test]
    fn numeric_and_ranges() {
        assert_eq!(
            pair(numeric_pair("26.10 (8.11).1917 x")),
            Some((26, 10, 8, 11, " x"))
        );
        assert_eq!(
            pair(numeric_pair("26.X/8.XI.1917")),
            Some((26, 10, 8, 11, ""))
        );
        // Arabic months with a year after space need a year word or an era.
        assert_eq!(
            pair(numeric_pair("25.10 (7.11) 1917 г. x")),
            Some((25, 10, 7, 11, " x"))
        );
        assert_eq!(pair(numeric_pair("3.10 (3.11) 2022 x")), None);
        // Arabic months: months, about the calendars' difference apart.
        for decimals in [
            "3.10 (3.11) 2022 г.",
            "2.5 (2.6) 1917 г.",
            "1.12 (1.15) 1990 г.",
            "3.10 (5.10) 1917 г.",
        ] {
            assert_eq!(pair(numeric_pair(decimals)), None, "{decimals}");
        }
        assert_eq!(
            pair(numeric_pair("30.12 (5.1) 1918 г.")),
            Some((30, 12, 5, 1, "")),
            "a slip, for the checker"
        );
        assert_eq!(
            pair(numeric_pair("7.11 (25.10) 1917 г.")),
            Some((7, 11, 25, 10, ""))
        );
        assert_eq!(pair(numeric_pair("25.X (7.XI) 300 men")), None);
        // Full dates around a slash: exactly one day, before 1924, either
        // first; otherwise a period.
        for (text, found) in [
            ("30.12.1916/12.01.1917 x", Some((30, 12, 12, 1, " x"))),
            ("30.12.1916 / 12.01.1917 x", Some((30, 12, 12, 1, " x"))),
            ("12.01.1917/30.12.1916 x", Some((12, 1, 30, 12, " x"))),
            ("29.02.1700/11.03.1700 x", Some((29, 2, 11, 3, " x"))),
            ("28.02.1700/11.03.1700 x", None),
            ("30.12.1916/13.01.1917 x", None),
            ("30.12.1916/12.01.1916 x", None),
            ("26.10.2017/8.11.2017 x", None),
            ("01.03.2021/15.03.2021 x", None),
            ("31.02.1916/13.03.1916 x", None),
            ("01.01.0001/03.01.0001 x", None),
            ("01.03.1500/11.03.1500 x", None),
            ("10.07.1856./22.07.1856. x", Some((10, 7, 22, 7, ". x"))),
            ("10.07.1856. 22.07.1856. x", None),
        ] {
            assert_eq!(pair(numeric_pair(text)), found, "{text}");
        }
        let (rest, m) = day_ranges::<E>("10–18 (23–31) January 1918.").unwrap();
        assert_eq!(
            (m.first.day_end, m.second.map(|s| s.day), rest),
            (Some(18), Some(23), ".")
        );
        let (rest, m) = word_ranges::<E>("с 24 на 25 октября (с 6 на 7 ноября) x").unwrap();
        assert_eq!((m.first.day, m.first.day_end, rest), (24, Some(25), " x"));
    }

    #[test]
    fn the_dispatcher_reads_labels_dual_years_and_anchors() {
        let kind = |s| match reading(s) {
            Some((Reading::Mentions(ms), rest)) => Some((format!("{:?}", ms[0].kind), rest)),
            Some((Reading::Anchor(_), rest)) => Some(("Anchor".to_owned(), rest)),
            Some((Reading::Heading(..) | Reading::Month(..), _)) => {
                panic!("only the scanner reads years in headings and text")
            }
            None => None,
        };
        assert_eq!(
            kind("25 October 1917 O.S. x"),
            Some(("Single".into(), " x"))
        );
        assert_eq!(
            kind("O.S. 25 October 1917 x"),
            Some(("Single".into(), " x"))
        );
        assert_eq!(
            kind("11 February 1731/2 x"),
            Some(("DualYear".into(), " x"))
        );
        assert_eq!(kind("21 November 1917\n"), Some(("Anchor".into(), "\n")));
        assert_eq!(kind("26 октября (26 октября ("), None);
        assert_eq!(kind("19:05"), None);
        match reading("четверг, 9 (22) января 1905 г. x") {
            None => panic!("no reading"),
            Some((Reading::Anchor(_) | Reading::Heading(..) | Reading::Month(..), _)) => {
                panic!("an anchor")
            }
            Some((Reading::Mentions(ms), rest)) => {
                assert_eq!(ms[0].first.weekday, Some(Weekday::Thu));
                assert_eq!((ms[0].text, rest), ("четверг, 9 (22) января 1905 г.", " x"));
            }
        }
        assert_eq!(kind("64."), None);
    }

    /// `leads_nowhere` is sure only where `reading` finds nothing, given
    /// the word as the gate reads it on the whole text, and is sure of
    /// the cases it exists for.
    #[test]
    fn leads_nowhere_only_where_reading_finds_nothing() {
        use super::super::words::word;
        let numbers = ["26", "1", "26th", "25-го", "3rd"];
        let spaces = ["", " ", "  ", "\u{a0}", "\n"];
        let words = [
            "октября",
            "October",
            "Oct",
            "X",
            "de",
            "the",
            "octobre's",
            "a\u{301}",
        ];
        let afters = [
            "",
            " ",
            " (",
            " (8 ноября)",
            " (8 (",
            " [",
            " [8 November]",
            " [[[x|O.S.]] 8 ноября]",
            " [[[Petrograd]] 8 ноября]",
            ".",
            ". 1917",
            " 1917",
            "/",
            " of",
            ",",
            ", x",
            ", O.S.",
            ", 1917",
            ", 400 x",
            " — ",
            "'s",
            "\u{301} x",
            ") x",
            "(x) 1",
        ];
        let mut sure = 0;
        for n in numbers {
            for sp in spaces {
                for w in words {
                    for a in afters {
                        let text = format!("{n}{sp}{w}{a}");
                        let at = text.find(w).unwrap();
                        let Ok((_, read)) = word::<()>(&text[at..]) else {
                            continue;
                        };
                        let span = at..at + read.len();
                        // Every cut of the window, as the scanner's may be.
                        for cut in (0..=text.len()).filter(|&c| text.is_char_boundary(c)) {
                            let window = &text[..cut];
                            if let Some(nowhere) = leads_nowhere(window, span.clone()) {
                                sure += 1;
                                assert_eq!(reading(window), None, "{window:?}");
                                if let Some(at) = nowhere.unclosed {
                                    let open = if window[at..].starts_with('(') {
                                        ')'
                                    } else {
                                        ']'
                                    };
                                    let after = &window[at + 1..];
                                    assert!(closes_soon::<()>(after, open).is_err(), "{window:?}");
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(sure > 100, "sure only {sure} times");
        let text = "26 октября (26 октября (";
        let unclosed = Some(Nowhere { unclosed: Some(18) });
        assert_eq!(leads_nowhere(text, 3..17), unclosed);
        let alone = Some(Nowhere { unclosed: None });
        assert_eq!(leads_nowhere("26 октября; x", 3..17), alone);
        assert_eq!(leads_nowhere("26 октября, —", 3..17), alone);
        // A comma may come before a label or a year.
        assert_eq!(leads_nowhere("26 октября, x", 3..17), None);
        assert_eq!(leads_nowhere("26 октября, 1917", 3..17), None);
        assert_eq!(leads_nowhere("26 октября (8 ноября)", 3..17), None);
        let cut = &text[..17];
        assert_eq!(leads_nowhere(cut, 3..17), None, "the word reaches the end");
        assert_eq!(
            leads_nowhere(text, 4..17),
            None,
            "not the word after the number"
        );
    }

    #[test]
    fn a_weekday_after_a_mention_ends_its_clause() {
        let weekday = |i: &'static str| match reading(i) {
            Some((Reading::Mentions(ms), rest)) => Some((ms[0].first.weekday, ms[0].text, rest)),
            _ => None,
        };
        let wed = Some(Weekday::Wed);
        for (text, found, rest) in [
            ("25 October (7 November) 1917, Wednesday, x", wed, ", x"),
            ("25 October (7 November) 1917 (Wednesday) x", wed, " x"),
            ("25 October (7 November) 1917, Wed.", wed, ""),
            ("25 October (7 November) 1917. Wednesday.\n", wed, ".\n"),
            ("25 октября (7 ноября) 1917 г. Среда.", wed, "."),
            ("25 октября (7 ноября) 1917 г., среда;", wed, ";"),
            (
                "25 October (7 November) 1917. Wednesday was",
                None,
                ". Wednesday was",
            ),
            (
                "25 October (7 November) 1917, Wednesday 8 (21)",
                None,
                ", Wednesday 8 (21)",
            ),
            (
                "25 October (7 November) 1917. Wednesday, x",
                None,
                ". Wednesday, x",
            ),
            ("25 October (7 November) 1917, wed.", None, ", wed."),
            ("25 October (7 November) 1917 (sun), x", None, " (sun), x"),
            (
                "25 October (7 November) 1917, Wednesday, the 26th",
                None,
                ", Wednesday, the 26th",
            ),
            (
                "25. Oktober 1917 a. St., Mittwoch, den 26.",
                None,
                ", Mittwoch, den 26.",
            ),
            (
                "25 October (7 November) 1917, Wednesday, 26 October",
                None,
                ", Wednesday, 26 October",
            ),
            ("25 октября (7 ноября) 1917 г. (Среда) x", wed, " x"),
            (
                "25 October (7 November) 1917,\nWednesday.",
                None,
                ",\nWednesday.",
            ),
            (
                "25–26 October (7–8 November) 1917, Wednesday.",
                None,
                ", Wednesday.",
            ),
        ] {
            let (day, mention, after) = weekday(text).unwrap();
            assert_eq!((day, after), (found, rest), "{text}");
            assert_eq!(mention.len() + after.len(), text.len(), "{text}");
        }
    }
}
