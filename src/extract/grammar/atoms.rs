//! The smallest pieces of the grammar: space, numbers, brackets, years.
//!
//! Every parser is generic over the nom error type and named after what it
//! reads; the comment above each shows the shape.

use nom::error::{ErrorKind, ParseError};
use nom::{Err, IResult, Parser};

use crate::calendar::DualYear;
use crate::lexicon::{ends_line_at, is_ignorable, lexicon};

/// The result of a parser over text.
pub(crate) type Res<'a, T, E> = IResult<&'a str, T, E>;

/// Fails with `kind` at `i`.
pub(crate) fn fail<'a, T, E: ParseError<&'a str>>(i: &'a str, kind: ErrorKind) -> Res<'a, T, E> {
    Err(Err::Error(E::from_error_kind(i, kind)))
}

/// `s` without the space at its start: [`char::is_whitespace`], the
/// invisible characters that stand for space or nothing
/// ([`is_ignorable`]: "25\u{200B}October"), and the no-break space as
/// wikitext and HTML write it ([`markup_space`]), answered from the first
/// byte for everything but the few lead bytes that can begin a non-ASCII
/// space or an invisible character (U+0085, U+00A0, U+00AD, U+1680,
/// U+2000–U+3000, U+FEFF) and the `&` and `{` that begin a markup space.
#[inline]
pub(crate) fn trim_space_start(s: &str) -> &str {
    // The common cases, answered from two bytes: no space, or one space
    // between words.
    match s.as_bytes() {
        [first, ..] if !may_be_space(*first) => s,
        [b' ', next, ..] if !may_be_space(*next) => s.get(1..).unwrap_or_default(),
        _ => trim_spaces(s),
    }
}

/// Whether a byte may start a space as [`trim_space_start`] reads it (or
/// is a control character, which [`trim_spaces`] judges): one load from a
/// table.
#[inline]
fn may_be_space(b: u8) -> bool {
    /// 1 for the bytes that may start a space: the controls and the
    /// space, the `&` and `{` of a markup space, and the lead bytes
    /// 0xC2, 0xE1–0xE3 and 0xEF; a row for each high nibble.
    #[rustfmt::skip]
    static MAY_BE_SPACE: [u8; 256] = [
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 0_
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 1_
        1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 2_
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 3_
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 4_
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 5_
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 6_
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, // 7_
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 8_
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 9_
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // A_
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // B_
        0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // C_
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // D_
        0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, // E_
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // F_
    ];
    MAY_BE_SPACE.get(usize::from(b)) == Some(&1)
}

/// [`trim_space_start`], byte by byte.
fn trim_spaces(s: &str) -> &str {
    let mut at = 0;
    while let Some(&b) = s.as_bytes().get(at) {
        match b {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => at += 1,
            0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF => match s.get(at..).and_then(|r| r.chars().next()) {
                Some(c) if is_blank(c) => at += c.len_utf8(),
                _ => break,
            },
            b'&' | b'{' => match markup_space(s.as_bytes().get(at..).unwrap_or_default()) {
                0 => break,
                len => at += len,
            },
            _ => break,
        }
    }
    s.get(at..).unwrap_or_default()
}

/// Whether `s` starts with space, as [`trim_space_start`] reads it: "1.
/// Februar", "1.&nbsp;Februar".
pub(crate) fn starts_with_space(s: &str) -> bool {
    trim_space_start(s).len() < s.len()
}

/// The no-break spaces of markup, as wikitext writes them between the
/// parts of a date (and text copied from HTML keeps them): the entities
/// `&nbsp;`, `&#160;` and `&#xA0;`, and Wikipedia's template `{{nbsp}}`.
const MARKUP_SPACES: [&[u8]; 4] = [b"&nbsp;", b"&#160;", b"&#xa0;", b"{{nbsp}}"];

/// The length of the no-break space written as markup at the start of
/// `s` ([`MARKUP_SPACES`]; the hexadecimal entity's `x` and digits, and
/// the template's name, in either case), or 0.
///
/// `b"&nbsp;October"` → 6
#[inline]
pub(crate) fn markup_space(s: &[u8]) -> usize {
    match s.first() {
        Some(b'&' | b'{') => markup_space_len(s, |s, n| s.get(..n)),
        _ => 0,
    }
}

/// The length of the no-break space written as markup at the end of `s`
/// (see [`markup_space`]), or 0.
///
/// `b"[O.S.&nbsp;"` → 6
#[inline]
pub(crate) fn markup_space_before(s: &[u8]) -> usize {
    match s.last() {
        Some(b';' | b'}') => markup_space_len(s, |s, n| s.get(s.len().checked_sub(n)?..)),
        _ => 0,
    }
}

/// [`markup_space`] or [`markup_space_before`], with `piece` taking the
/// bytes of a given length from the start or the end of `s`.
#[inline(never)]
fn markup_space_len(s: &[u8], piece: impl Fn(&[u8], usize) -> Option<&[u8]>) -> usize {
    markup_len(s, &MARKUP_SPACES, piece)
}

/// The length of the first of `table`'s pieces of markup that `piece`
/// takes from `s`, or 0. Case matters only in an entity's name ("&NBSP;"
/// is none); a numeric entity's `x` and digits, and a template's name, may
/// be in either case.
fn markup_len(s: &[u8], table: &[&[u8]], piece: impl Fn(&[u8], usize) -> Option<&[u8]>) -> usize {
    for markup in table {
        let Some(written) = piece(s, markup.len()) else {
            continue;
        };
        let named = markup.get(1).is_some_and(u8::is_ascii_lowercase);
        let same = if named {
            written == *markup
        } else {
            written.eq_ignore_ascii_case(markup)
        };
        if same {
            return markup.len();
        }
    }
    0
}

/// Dashes written as markup: HTML's entities and Wikipedia's templates.
const MARKUP_DASHES: [&[u8]; 10] = [
    b"&ndash;",
    b"&mdash;",
    b"&minus;",
    b"&#8211;",
    b"&#8212;",
    b"&#x2013;",
    b"&#x2014;",
    b"{{ndash}}",
    b"{{mdash}}",
    b"{{snd}}",
];

/// The length of the dash written as markup at the start of `s`
/// ([`MARKUP_DASHES`]: "&ndash;", "{{ndash}}"), or 0.
///
/// `b"&ndash;26 October"` → 7
#[inline]
pub(crate) fn markup_dash(s: &[u8]) -> usize {
    match s.first() {
        Some(b'&' | b'{') => markup_len(s, &MARKUP_DASHES, |s, n| s.get(..n)),
        _ => 0,
    }
}

/// Whether `s` starts with a dash, as a character ([`DASHES`]) or as
/// markup ([`markup_dash`]).
#[inline]
pub(crate) fn starts_with_dash(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b'-') => true,
        // The first byte of "–", "—", "‑" and "−".
        Some(0xE2) => s.starts_with(DASHES),
        Some(b'&' | b'{') => markup_dash(s.as_bytes()) > 0,
        _ => false,
    }
}

/// Whether `c` reads as space between a date's parts: white space, or an
/// invisible character ([`is_ignorable`]: "25\u{200B}October").
#[inline]
pub(crate) fn is_blank(c: char) -> bool {
    c.is_whitespace() || is_ignorable(c)
}

/// `s` without the space at its end, as [`trim_space_start`] reads it at
/// a start, nor the characters `also` accepts: the look back from a
/// number over "O.S.,&nbsp;" or "October&nbsp;".
pub(crate) fn trim_space_end(s: &str, also: impl Fn(char) -> bool) -> &str {
    let mut s = s;
    loop {
        s = s.trim_end_matches(|c: char| is_blank(c) || also(c));
        // Most text before a number ends in neither ';' nor '}', which
        // `markup_space_before` tells from the last byte.
        match markup_space_before(s.as_bytes()) {
            0 => return s,
            len => s = s.get(..s.len() - len).unwrap_or_default(),
        }
    }
}

/// `s` without the space at its start that keeps to its line: spaces,
/// tabs, no-break spaces and invisible characters ([`is_ignorable`]), as
/// characters or as markup.
pub(crate) fn trim_line_space_start(s: &str) -> &str {
    let mut s = s;
    loop {
        s = s.trim_start_matches(|c| matches!(c, ' ' | '\t' | '\u{a0}') || is_ignorable(c));
        match markup_space(s.as_bytes()) {
            0 => return s,
            len => s = s.get(len..).unwrap_or_default(),
        }
    }
}

/// Space inside a date, possibly none: spaces, tabs, no-break spaces (also
/// as markup: `&nbsp;`, `{{nbsp}}`, see [`markup_space`]) and at most one
/// line break (so a date may wrap, but not span a paragraph). A line break
/// is a line feed, a CR and line feed, or a CR alone.
///
/// `"  \n 8 November"` → `"8 November"`; `"&nbsp;November"` → `"November"`
pub(crate) fn space0<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, &'a str, E> {
    let space = trim_space_start(i);
    let mut end = i.len() - space.len();
    // One byte of space (the common case) holds at most one line break.
    if end <= 1 {
        let (space, rest) = i.split_at(end);
        return Ok((rest, space));
    }
    // Stop before a second line break: a date may wrap, not span a
    // paragraph. (The space is short: a plain loop beats a search.)
    let bytes = i.as_bytes().get(..end).unwrap_or_default();
    let mut breaks = break_ends(bytes);
    if let (Some(_), Some(second)) = (breaks.next(), breaks.next()) {
        // The second break starts at its CR, if it is a CR and line feed.
        let feed = bytes.get(second) == Some(&b'\n');
        let cr = second
            .checked_sub(1)
            .filter(|&k| feed && bytes.get(k) == Some(&b'\r'));
        end = cr.unwrap_or(second);
    }
    let (space, rest) = i.split_at(end);
    Ok((rest, space))
}

/// Where each line break of `space`, a run of white space, ends: at a
/// line feed, or at a CR alone (a CR before a line feed ends nothing).
fn break_ends(space: &[u8]) -> impl Iterator<Item = usize> + '_ {
    (0..space.len()).filter(move |&k| ends_line_at(space, k))
}

/// How many line breaks `space`, a run of white space, holds.
pub(crate) fn line_breaks(space: &str) -> usize {
    break_ends(space.as_bytes()).count()
}

/// Space with perhaps a comma in it, and whether there was one: `" "`,
/// `", "`, `" ,\n"`. Without a comma it is [`space0`], one line break at
/// most: two [`space0`] in a row would span a blank line ("… 1642" and a
/// paragraph starting "O.S. was the style").
pub(crate) fn comma_space<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, bool, E> {
    let (rest, _) = space0(i)?;
    match rest.strip_prefix(',') {
        Some(after) => space0(after).map(|(rest, _)| (rest, true)),
        None => Ok((rest, false)),
    }
}

/// A run of ASCII digits, at most `max` long and not followed by another
/// digit, with its value and length. Numbers of up to nine digits fit in a
/// `u32`; callers never ask for more.
///
/// `"1917)"` → `1917`
pub(crate) fn digits<'a, E: ParseError<&'a str>>(
    max: usize,
) -> impl Fn(&'a str) -> Res<'a, (u32, usize), E> {
    move |i: &'a str| {
        let len = i.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 || len > max.min(9) {
            return fail(i, ErrorKind::Digit);
        }
        let (number, rest) = i.split_at(len);
        let value = number
            .bytes()
            .fold(0u32, |v, b| v * 10 + u32::from(b - b'0'));
        Ok((rest, (value, len)))
    }
}

/// A day of the month as written: one or two digits.
///
/// `"26 October"` → `26`
pub(crate) fn day_number<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, u32, E> {
    digits(2).map(|(v, _)| v).parse(i)
}

/// An ordinal ending after a day, given the day's `number` (the text up to
/// the ending, whose last digits are the day's): "26th", "1st", "1er",
/// "26e", "25-го", "1го", "1º", the German "12ten" and "1sten" of older
/// print (and "1." before a month name), the Greek "25η", "25ην", "25ης";
/// the old English "2d", "3d", "22d" and "23d", only after those days and
/// not before a dot ("6d" and "2d." are pence).
///
/// `"th October"` → `" October"`; `"d of March"` after `"3"` → `" of March"`
#[inline]
pub(crate) fn ordinal_suffix<'a, E: ParseError<&'a str>>(
    number: &str,
    i: &'a str,
) -> Res<'a, &'a str, E> {
    // Most days are followed by a space or punctuation: reject on the
    // first byte (0xC2 leads "º", "ª" and "°", 0xC3 "ème", 0xD0 "го", 0xCE
    // the Greek "η"), here, where the caller inlines it.
    if !matches!(
        i.as_bytes().first(),
        Some(
            b's' | b'n'
                | b'r'
                | b't'
                | b'e'
                | b'S'
                | b'N'
                | b'R'
                | b'T'
                | b'E'
                | b'd'
                | b'D'
                | b'-'
                | 0xC2
                | 0xC3
                | 0xD0
                | 0xCE
        )
    ) {
        return fail(i, ErrorKind::Tag);
    }
    ordinal_ending(number, i)
}

/// [`ordinal_suffix`] past its test of the first byte.
#[inline(never)]
fn ordinal_ending<'a, E: ParseError<&'a str>>(number: &str, i: &'a str) -> Res<'a, &'a str, E> {
    // ASCII letters match in either case; Russian endings are also given
    // in capitals, for text set in capitals ("1ГО (14ГО) МАЯ").
    // Dutch writes "26e", "1ste" and "2de", French "2e" and "2ème",
    // German of the 18th and 19th centuries "den 12ten", "der 3te", "am
    // 1sten", and Greek "η 25η", "την 25ην", "της 25ης" (with capitals).
    let first = i.as_bytes().first().copied().unwrap_or_default();
    // Only the endings that start with the text's first byte. (Slices of
    // constants, which are promoted to statics: nothing is copied per call.)
    let endings: &[&str] = match first.to_ascii_lowercase() {
        b's' => &["st", "ste", "sten"],
        b'n' => &["nd"],
        b'r' => &["rd"],
        b't' => &["th", "ten", "te"],
        b'e' => &["er", "e"],
        b'd' => &["de"],
        b'-' => &["-го", "-е", "-ое", "-ого", "-ГО", "-Е", "-ОЕ", "-ОГО"],
        0xD0 => &["го", "ГО"],
        0xC3 => &["ème"],
        0xCE => &["η", "ην", "ης", "Η", "ΗΝ", "ΗΣ"],
        0xC2 => &["º", "ª", "°"],
        _ => &[],
    };
    for s in endings {
        if let Some(rest) = strip_prefix_ignore_ascii_case(i, s) {
            if rest.chars().next().is_none_or(|c| !c.is_alphanumeric()) {
                let rest = rest.strip_prefix('.').unwrap_or(rest);
                return Ok((rest, consumed_between(i, rest)));
            }
        }
    }
    // The old English "22d of February", "March 3d": no dot after it, and
    // only after a second or a third day (see [`second_or_third`]).
    if let Some(rest) = i.get(1..).filter(|_| first.eq_ignore_ascii_case(&b'd')) {
        let ends = rest
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '.');
        if ends && second_or_third(number) {
            return Ok((rest, consumed_between(i, rest)));
        }
    }
    fail(i, ErrorKind::Tag)
}

/// Whether the digits at the end of `number` are 2, 3, 22 or 23: the days
/// that English once wrote "2d", "3d", "22d", "23d" (not 12, 13 or 32,
/// nor a longer number).
fn second_or_third(number: &str) -> bool {
    match number.as_bytes() {
        [.., p, b'2', b'2' | b'3'] if p.is_ascii_digit() => false,
        [.., b'2', b'2' | b'3'] => true,
        [.., p, b'2' | b'3'] if p.is_ascii_digit() => false,
        [.., b'2' | b'3'] => true,
        _ => false,
    }
}

/// The part of `whole` before its suffix `rest` (as returned by a parser).
pub(crate) fn consumed_between<'a>(whole: &'a str, rest: &'a str) -> &'a str {
    whole
        .get(..whole.len().saturating_sub(rest.len()))
        .unwrap_or_default()
}

fn strip_prefix_ignore_ascii_case<'a>(i: &'a str, prefix: &str) -> Option<&'a str> {
    let head = i.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        i.get(prefix.len()..)
    } else {
        None
    }
}

/// An opening bracket, `(` or `[`, returned as its closing partner.
pub(crate) fn open<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, char, E> {
    if let Some(rest) = i.strip_prefix('(') {
        Ok((rest, ')'))
    } else if let Some(rest) = i.strip_prefix('[') {
        Ok((rest, ']'))
    } else {
        fail(i, ErrorKind::Char)
    }
}

/// The given closing bracket, after optional space.
pub(crate) fn close<'a, E: ParseError<&'a str>>(
    bracket: char,
) -> impl Fn(&'a str) -> Res<'a, (), E> {
    move |i: &'a str| {
        let (rest, _) = space0(i)?;
        match rest.strip_prefix(bracket) {
            Some(rest) => Ok((rest, ())),
            None => fail(i, ErrorKind::Char),
        }
    }
}

/// A single character, after no space.
pub(crate) fn punct<'a, E: ParseError<&'a str>>(c: char) -> impl Fn(&'a str) -> Res<'a, char, E> {
    move |i: &'a str| match i.strip_prefix(c) {
        Some(rest) => Ok((rest, c)),
        None => fail(i, ErrorKind::Char),
    }
}

/// How many bytes after an opening bracket [`closes_soon`] looks at.
pub(crate) const CLOSES_WITHIN: usize = 96;

/// Fails unless `closing` comes within [`CLOSES_WITHIN`] bytes, before any
/// opening bracket: a cheap test before parsing a bracket's inside.
pub(crate) fn closes_soon<'a, E: ParseError<&'a str>>(i: &'a str, closing: char) -> Res<'a, (), E> {
    // Brackets are ASCII, and no byte of a multi-byte character is, so the
    // bytes can be searched directly.
    let window = i.as_bytes().get(..CLOSES_WITHIN).unwrap_or(i.as_bytes());
    let close = if closing == ')' { b')' } else { b']' };
    match memchr::memchr3(close, b'(', b'[', window) {
        Some(at) if window.get(at) == Some(&close) => Ok((i, ())),
        _ => fail(i, ErrorKind::Char),
    }
}

/// The dashes between the days of a range: hyphen, non-breaking hyphen,
/// en dash, em dash, minus.
pub(crate) const DASHES: [char; 5] = ['-', '–', '—', '‑', '−'];

/// A dash between the days of a range: hyphen, en dash, em dash, minus,
/// as a character or as markup ("&ndash;", "{{ndash}}").
///
/// `"–26 October"` → `"26 October"`; `"&ndash;26"` → `"26"`
pub(crate) fn dash<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (), E> {
    match i.strip_prefix(DASHES) {
        Some(rest) => Ok((rest, ())),
        None => match markup_dash(i.as_bytes()) {
            0 => fail(i, ErrorKind::Char),
            len => Ok((i.get(len..).unwrap_or_default(), ())),
        },
    }
}

/// A year as written, with its era applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WrittenYear {
    /// Astronomical year (44 BC = −43); for a dual year, the first number.
    pub value: i32,
    /// The dual year, if written as one ("1731/2").
    pub dual: Option<DualYear>,
    /// Whether an era marker was written.
    pub era: bool,
}

impl WrittenYear {
    /// A year written as a plain number.
    pub(crate) const fn plain(value: i32) -> WrittenYear {
        WrittenYear {
            value,
            dual: None,
            era: false,
        }
    }
}

/// A year of three or more digits without era or year word, as numeric
/// dates write it: `"1917"` of `"26.10.1917"`.
pub(crate) fn number_year<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, WrittenYear, E> {
    let (rest, (y, len)) = digits(9)(i)?;
    if len < 3 {
        return fail(i, ErrorKind::Verify);
    }
    Ok((rest, WrittenYear::plain(y as i32)))
}

/// A year: digits, optionally a dual-year tail, an era marker before or
/// after, and a year word after ("г.", "года"). A year of one or two digits
/// needs an era marker, so that "October 13/26" is not read as a year.
///
/// `"1917 г. (…"` → `1917`; `"44 BC"` → `-43`; `"AD 1066"` → `1066`;
/// `"1731/2"` → 1731 with dual year 1731/2
pub(crate) fn year<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, WrittenYear, E> {
    // Most years start with their digits, which begin no era.
    let prefix = match no_phrase_at(i) {
        true => None,
        false => era::<E>(i).ok(),
    };
    let (after_prefix, prefix_bc) = match prefix {
        Some((rest, bc)) => {
            let (rest, _) = space0(rest)?;
            (rest, Some(bc))
        }
        None => (i, None),
    };
    let (mut rest, (value, len)) = digits(9)(after_prefix)?;
    let mut dual = None;
    if len >= 3 {
        let tail = dual_tail(rest, after_prefix, len)
            .or_else(|| editorial_dual_tail(rest, after_prefix, len));
        if let Some((after, d)) = tail {
            dual = Some(d);
            rest = after;
        }
    }
    // Most years end at punctuation ("1917.", "1917)"): no space, and no
    // era or year word, can start there.
    let bare_end = rest
        .as_bytes()
        .first()
        .is_none_or(|&b| !may_be_space(b) && no_phrase_at(rest));
    let mut bc = prefix_bc;
    if bc.is_none() && !bare_end {
        if let Ok((after, (_, b))) = (space0::<E>, era).parse(rest) {
            bc = Some(b);
            rest = after;
        }
    }
    if bc.is_none() && len < 3 {
        return fail(i, ErrorKind::Verify);
    }
    let word = match bare_end {
        true => None,
        false => (space0::<E>, year_word).parse(rest).ok(),
    };
    if let Some((after, _)) = word {
        rest = after;
    } else if let Some(after) = rest.strip_prefix(". ") {
        // Serbian and Croatian put the ordinal dot on the year too: "1917.
        // године". A capital after the dot begins a sentence.
        if after.chars().next().is_some_and(char::is_lowercase) {
            if let Ok((after, _)) = year_word::<E>(after) {
                rest = after;
            }
        }
    }
    let value = match crate::calendar::year::from_era(i64::from(value), bc == Some(true)) {
        Some(v) => v,
        None => return fail(i, ErrorKind::Verify),
    };
    Ok((
        rest,
        WrittenYear {
            value,
            dual,
            era: bc.is_some(),
        },
    ))
}

/// The "/2" of "1731/2": one to as many digits as the year, read by
/// [`DualYear::parse`], and not followed by a month. Or the "-1" of
/// "1730-1", as older transcriptions print it, with a hyphen or an en
/// dash ("1715–16"): one or two digits, for the next year only (not
/// "1917-1920", "1917-1918", "1917-11-07" or "1914–18").
fn dual_tail<'a>(
    rest: &'a str,
    year_start: &'a str,
    year_len: usize,
) -> Option<(&'a str, DualYear)> {
    let (tail, hyphen) = match rest.strip_prefix('/') {
        Some(tail) => (tail, false),
        None => (rest.strip_prefix(['-', '\u{2013}'])?, true),
    };
    let n = tail.bytes().take_while(u8::is_ascii_digit).count();
    let after = tail.get(n..)?;
    if n == 0 || n > year_len || after.starts_with(char::is_alphanumeric) {
        return None;
    }
    // "31 December 1917/13 January 1918", "1 January 1917-8 March 1918":
    // a day, not a year, after the slash or hyphen.
    if super::words::month_name::<()>(trim_space_start(after)).is_ok() {
        return None;
    }
    if hyphen {
        let year = year_start.get(..year_len)?;
        let text = format!("{year}/{}", tail.get(..n)?);
        let next = DualYear::parse(&text).ok()?.consecutive().ok()?;
        let more = after.starts_with(['-', '/', '.', ','])
            && after.get(1..)?.starts_with(|c: char| c.is_ascii_digit());
        return (n <= 2 && !more).then_some((after, next));
    }
    let text = year_start.get(..year_len + 1 + n)?;
    DualYear::parse(text).ok().map(|d| (after, d))
}

/// The next year added by an editor in brackets, as editions of old
/// letters and registers print a dual year: the "[/16]" of "1715[/16]".
/// The years must follow each other. (Not "1715 [i.e. 1716]", which on a
/// date from 25 March on is an editor's correction of the year.)
fn editorial_dual_tail<'a>(
    rest: &'a str,
    year_start: &'a str,
    year_len: usize,
) -> Option<(&'a str, DualYear)> {
    let tail = rest.strip_prefix("[/")?;
    let n = tail.bytes().take_while(u8::is_ascii_digit).count();
    let after = tail.get(n..)?.strip_prefix(']')?;
    if n == 0 || n > year_len {
        return None;
    }
    let text = format!("{}/{}", year_start.get(..year_len)?, tail.get(..n)?);
    let dual = DualYear::parse(&text).ok()?.consecutive().ok()?;
    Some((after, dual))
}

/// An era marker: `BC`, `B.C.`, `до н. э.` (before the era) or `AD`, `CE`,
/// `н. э.`; returns whether it is before the era.
pub(crate) fn era<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, bool, E> {
    match lexicon().phrase(i, |p| p.bc || p.ad) {
        Some((info, len)) => Ok((i.get(len..).unwrap_or_default(), info.bc)),
        None => fail(i, ErrorKind::Tag),
    }
}

/// Whether no phrase of the lexicon (an era, a year word, a small date
/// word, a label) can start `s`: it is empty or starts with ASCII that
/// begins none, as [`Lexicon::phrase`](crate::lexicon::Lexicon::phrase)
/// tells first. A cheap test before phrases are tried where most text has
/// none (digits, punctuation).
#[inline]
pub(crate) fn no_phrase_at(s: &str) -> bool {
    s.as_bytes()
        .first()
        .is_none_or(|&b| !lexicon().may_start_phrase(b))
}

/// A word that follows a year: "г.", "года", "року"; not where it begins
/// a longer calendar label ("1707 g. st.": Swedish "gamla stilen", not
/// the Slavic "g." for "year").
pub(crate) fn year_word<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (), E> {
    match lexicon().phrase(i, |p| p.year_word || p.old_style || p.new_style) {
        Some((p, len)) if p.year_word => Ok((i.get(len..).unwrap_or_default(), ())),
        _ => fail(i, ErrorKind::Tag),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `trim_space_start` trims what is white space or invisible
    /// ([`is_ignorable`]), on every string of up to three of these pieces.
    #[test]
    fn trims_what_is_whitespace() {
        let pieces = [
            "", " ", "\t", "\n", "\u{1}", "\u{85}", "\u{a0}", "\u{1680}", "\u{2003}", "\u{3000}",
            "\u{a9}", "\u{2014}", "\u{1e00}", "\u{3042}", "a", "я", "(", "1", "\u{ad}", "\u{200b}",
            "\u{200d}", "\u{2060}", "\u{feff}", "\u{ff08}", "\u{200e}",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let s = format!("{a}{b}{c}");
                    let want = s.trim_start_matches(is_blank);
                    assert_eq!(trim_space_start(&s), want, "{s:?}");
                }
            }
        }
    }

    #[test]
    fn the_table_of_bytes_that_may_start_a_space() {
        for b in 0..=u8::MAX {
            let want = b <= b' ' || matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF | b'&' | b'{');
            assert_eq!(may_be_space(b), want, "{b:#x}");
        }
    }

    #[test]
    fn markup_spaces_are_space() {
        for space in [
            "&nbsp;", "&#160;", "&#xA0;", "&#xa0;", "&#Xa0;", "{{nbsp}}", "{{Nbsp}}",
        ] {
            let text = format!("{space}October");
            assert_eq!(markup_space(text.as_bytes()), space.len(), "{space}");
            assert_eq!(trim_space_start(&text), "October", "{space}");
            let before = format!("O.S.{space}");
            assert_eq!(markup_space_before(before.as_bytes()), space.len());
            assert_eq!(trim_space_end(&before, |_| false), "O.S.", "{space}");
        }
        for other in [
            "&NBSP;",
            "&nbsp",
            "&amp;nbsp;",
            "&#161;",
            "&#x20;",
            "{{nbsp",
            "{nbsp}}",
            "&",
            "{",
        ] {
            let text = format!("{other}October");
            assert_eq!(markup_space(text.as_bytes()), 0, "{other}");
            assert_eq!(trim_space_start(&text), text, "{other}");
            let before = format!("O.S.{other}");
            assert_eq!(trim_space_end(&before, |_| false), before, "{other}");
        }
        assert_eq!(trim_space_start(" &nbsp;\u{a0}{{nbsp}} 8"), "8");
        assert_eq!(
            trim_space_end("Oct.,&nbsp; &#160;", |c| matches!(c, ',' | '.')),
            "Oct"
        );
        assert_eq!(trim_line_space_start(" &nbsp;\tThe"), "The");
        assert_eq!(trim_line_space_start("&nbsp;\nThe"), "\nThe");
        assert!(starts_with_space("&nbsp;Februar") && !starts_with_space("Februar"));
    }

    type E<'a> = nom::error::Error<&'a str>;

    #[test]
    fn space_allows_one_line_break() {
        assert_eq!(space0::<E>(" \u{a0}\t8"), Ok(("8", " \u{a0}\t")));
        assert_eq!(space0::<E>("\r\n 8"), Ok(("8", "\r\n ")));
        assert_eq!(space0::<E>("\n\n8"), Ok(("\n8", "\n")));
        assert_eq!(space0::<E>("\r\r8"), Ok(("\r8", "\r")));
        assert_eq!(space0::<E>("\r\n\r\n8"), Ok(("\r\n8", "\r\n")));
        assert_eq!(space0::<E>("\n\r\n8"), Ok(("\r\n8", "\n")));
        assert_eq!(space0::<E>("\r 8"), Ok(("8", "\r ")));
        assert_eq!(space0::<E>("&nbsp;8"), Ok(("8", "&nbsp;")));
        assert_eq!(space0::<E>("\n{{nbsp}}\n8"), Ok(("\n8", "\n{{nbsp}}")));
        // Invisible characters between a date's parts are space.
        assert_eq!(space0::<E>("\u{200b}8"), Ok(("8", "\u{200b}")));
        assert_eq!(
            space0::<E>("\u{feff} \u{ad}8"),
            Ok(("8", "\u{feff} \u{ad}"))
        );
        assert_eq!(
            space0::<E>("\u{2060}\n\u{200c}\n8"),
            Ok(("\n8", "\u{2060}\n\u{200c}"))
        );
        assert_eq!(trim_space_end("Oct\u{200b} \u{ad}", |_| false), "Oct");
        assert_eq!(trim_line_space_start("\u{200d} The"), "The");
        for (space, breaks) in [("", 0), ("\n", 1), ("\r\n", 1), ("\r", 1), ("\r\r\n \n", 3)] {
            assert_eq!(line_breaks(space), breaks, "{space:?}");
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(day_number::<E>("26 October"), Ok((" October", 26)));
        assert!(day_number::<E>("261").is_err());
        assert_eq!(digits::<E>(9)("1917)"), Ok((")", (1917, 4))));
        assert!(digits::<E>(9)("99999999999999999999").is_err());
        assert_eq!(
            ordinal_suffix::<E>("1", "th October"),
            Ok((" October", "th"))
        );
        assert_eq!(
            ordinal_suffix::<E>("1", "-го октября"),
            Ok((" октября", "-го"))
        );
        assert!(ordinal_suffix::<E>("1", "there").is_err());
        assert_eq!(ordinal_suffix::<E>("1", "e oktober"), Ok((" oktober", "e")));
        assert_eq!(ordinal_suffix::<E>("1", "ste mei"), Ok((" mei", "ste")));
        assert_eq!(ordinal_suffix::<E>("1", "de mei"), Ok((" mei", "de")));
        assert_eq!(ordinal_suffix::<E>("1", "ème mars"), Ok((" mars", "ème")));
        assert!(ordinal_suffix::<E>("1", "dec").is_err());
        assert!(ordinal_suffix::<E>("1", "ex").is_err());
        assert_eq!(ordinal_suffix::<E>("1", "го (13го)"), Ok((" (13го)", "го")));
        assert_eq!(ordinal_suffix::<E>("1", "ГО МАЯ"), Ok((" МАЯ", "ГО")));
        assert_eq!(
            ordinal_suffix::<E>("12", "ten (24ten)"),
            Ok((" (24ten)", "ten"))
        );
        assert_eq!(ordinal_suffix::<E>("1", "sten März"), Ok((" März", "sten")));
        assert_eq!(ordinal_suffix::<E>("3", "te März"), Ok((" März", "te")));
        assert!(ordinal_suffix::<E>("3", "tens").is_err());
        assert_eq!(
            ordinal_suffix::<E>("25", "ην Μαρτίου"),
            Ok((" Μαρτίου", "ην"))
        );
        assert_eq!(
            ordinal_suffix::<E>("25", "ης Μαρτίου"),
            Ok((" Μαρτίου", "ης"))
        );
        assert_eq!(ordinal_suffix::<E>("1", "η (13η)"), Ok((" (13η)", "η")));
        assert_eq!(
            ordinal_suffix::<E>("25", "ΗΣ ΜΑΡΤΙΟΥ"),
            Ok((" ΜΑΡΤΙΟΥ", "ΗΣ"))
        );
        assert!(
            ordinal_suffix::<E>("5", "ημέρες").is_err(),
            "a word glued to a number"
        );
        assert!(ordinal_suffix::<E>("5", "\u{3b1}").is_err());
        assert_eq!(ordinal_suffix::<E>("1", "-ГО МАЯ"), Ok((" МАЯ", "-ГО")));
        assert!(
            ordinal_suffix::<E>("1", "года").is_err(),
            "a word glued to a number"
        );
    }

    /// The test of the first byte lets every ending through, in either
    /// case where it is ASCII.
    #[test]
    fn every_ending_passes_the_first_byte() {
        for ending in [
            "st", "nd", "rd", "th", "er", "ste", "e", "de", "ème", "ten", "sten", "te", "-го",
            "-е", "-ое", "-ого", "го", "-ГО", "-Е", "-ОЕ", "-ОГО", "ГО", "η", "ην", "ης", "Η",
            "ΗΝ", "ΗΣ", "º", "ª", "°",
        ] {
            for written in [ending.to_owned(), ending.to_ascii_uppercase()] {
                let text = format!("{written} May");
                assert_eq!(
                    ordinal_suffix::<E>("1", &text),
                    Ok((" May", written.as_str())),
                    "{written}"
                );
            }
        }
    }

    #[test]
    fn old_english_ordinals_follow_the_second_and_third_days() {
        for number in ["2", "3", "22", "23", "the 22"] {
            assert_eq!(
                ordinal_suffix::<E>(number, "d of March"),
                Ok((" of March", "d")),
                "{number}"
            );
        }
        assert_eq!(ordinal_suffix::<E>("3", "D MARCH"), Ok((" MARCH", "D")));
        assert_eq!(ordinal_suffix::<E>("23", "d, 1705"), Ok((", 1705", "d")));
        assert_eq!(ordinal_suffix::<E>("2", "d"), Ok(("", "d")));
        for number in ["1", "6", "12", "13", "32", "33", "122", "223", "", "x"] {
            assert!(ordinal_suffix::<E>(number, "d March").is_err(), "{number}");
        }
        // Pence: "2d.", and a word glued to the number.
        assert!(ordinal_suffix::<E>("2", "d. for it").is_err());
        assert!(ordinal_suffix::<E>("3", "dec").is_err());
        assert!(ordinal_suffix::<E>("3", "d2").is_err());
        assert_eq!(ordinal_suffix::<E>("2", "de mei"), Ok((" mei", "de")));
    }

    #[test]
    fn years() {
        let y = |s| year::<E>(s).map(|(rest, y)| (rest, y.value, y.dual.map(|d| d.january)));
        assert_eq!(y("1917 г. (x"), Ok((" (x", 1917, None)));
        assert_eq!(y("1917 года"), Ok(("", 1917, None)));
        assert_eq!(y("1917. године, x"), Ok((", x", 1917, None)));
        assert_eq!(
            y("1917. Године"),
            Ok((". Године", 1917, None)),
            "a sentence"
        );
        assert_eq!(y("1917. x"), Ok((". x", 1917, None)));
        assert_eq!(y("44 BC."), Ok(("", -43, None)));
        assert_eq!(y("44 B.C., x"), Ok((", x", -43, None)));
        assert_eq!(y("AD 1066"), Ok(("", 1066, None)));
        assert_eq!(y("1731/2"), Ok(("", 1731, Some(1732))));
        assert_eq!(y("1699/00 x"), Ok((" x", 1699, Some(1700))));
        assert_eq!(y("1917/1918x").map(|r| r.2), Ok(None));
        // A day and its month after the slash: the next date, not a year.
        assert_eq!(y("1917/13 January"), Ok(("/13 January", 1917, None)));
        assert_eq!(y("1917/13 Jan. 1918"), Ok(("/13 Jan. 1918", 1917, None)));
        assert_eq!(y("1731/2 was"), Ok((" was", 1731, Some(1732))));
        // A hyphen: the next year only, in one or two digits.
        assert_eq!(y("1730-1, x"), Ok((", x", 1730, Some(1731))));
        assert_eq!(y("1699-00"), Ok(("", 1699, Some(1700))));
        assert_eq!(y("1917-19").map(|r| r.2), Ok(None), "not the next year");
        assert_eq!(y("1917-1918").map(|r| r.2), Ok(None), "a period");
        assert_eq!(y("1917-11-07").map(|r| r.2), Ok(None), "ISO");
        assert_eq!(y("1917-18-3").map(|r| r.2), Ok(None));
        assert_eq!(y("1917-8 March").map(|r| r.2), Ok(None), "a range's end");
        // An en dash, as typeset books print it.
        assert_eq!(y("1715–16 x"), Ok((" x", 1715, Some(1716))));
        assert_eq!(y("1914–18").map(|r| r.2), Ok(None), "a war's years");
        assert_eq!(y("1715–1716").map(|r| r.2), Ok(None), "a period");
        // An editor's brackets: the next year only.
        assert_eq!(y("1715[/16], x"), Ok((", x", 1715, Some(1716))));
        assert_eq!(y("1699[/1700]"), Ok(("", 1699, Some(1700))));
        assert_eq!(y("1715[/17]").map(|r| r.2), Ok(None), "not the next year");
        assert_eq!(y("1715[/16").map(|r| r.2), Ok(None), "unclosed");
        assert_eq!(y("1715 [i.e. 1716]").map(|r| r.2), Ok(None), "a correction");
        assert!(y("26, 1917").is_err());
        assert!(y("0 BC").is_err());
    }

    #[test]
    fn brackets_and_dashes() {
        assert_eq!(open::<E>("(8"), Ok(("8", ')')));
        assert_eq!(close::<E>(']')(" ] x"), Ok((" x", ())));
        assert!(close::<E>(')')("]").is_err());
        assert_eq!(dash::<E>("–26"), Ok(("26", ())));
        assert_eq!(dash::<E>("&ndash;26"), Ok(("26", ())));
        assert_eq!(dash::<E>("&#X2013;26"), Ok(("26", ())));
        assert_eq!(dash::<E>("{{NDash}}26"), Ok(("26", ())));
        assert!(dash::<E>("&NDASH;26").is_err());
        assert!(dash::<E>("&nbsp;26").is_err());
    }
}
