//! Wikipedia's templates for a date in both styles, as wikitext writes
//! them: `{{OldStyleDate|7 November|1917|25 October}}`, the New Style date
//! first (shown as "7 November [O.S. 25 October] 1917");
//! `{{OldStyleDateDY|February 22,|1732|February 11, 1731}}`, the same with
//! the Old Style date's own year, which differs ("February 22, 1732 [O.S.
//! February 11, 1731]"); `{{OldStyleDateNY|4 January 1643|25 December
//! 1642}}`, two dates, each with its year or none ("{{OldStyleDateNY|March
//! 31|March 20}}", dated by the text around); and `{{Old Style to New
//! Style|20 January|1905|2 February}}` or its shortcut `{{OS2NS|…}}`, the
//! Old Style date first (shown as "20 January [2 February N.S.] 1905").
//! The template names which side is which, as a label would.
//!
//! And the footnote markers that wikitext, and text copied from a page,
//! put between a pair and its year ([`footnotes`]), and the wiki link that
//! wikitext often makes of a label, "7 November [[[Old Style and New Style
//! dates|O.S.]] 25 October] 1917" ([`linked_label`]); and where a date
//! is a citation's metadata, which dates nothing in the text after it
//! ([`in_citation`]).

use nom::Parser;
use nom::combinator::opt;
use nom::error::{ErrorKind, ParseError};

use super::atoms::{CLOSES_WITHIN, Res, digits, fail, punct, space0, year};
use super::date::{WrittenDate, named_date};
use super::forms::{RawMention, RawSide};
use super::words::label;
use crate::calendar::CalendarKind;
use crate::extract::mention::Kind;

/// How a template's parameters give the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Years {
    /// A date, the year, the other date, perhaps with a year of its own.
    Between,
    /// Two dates, each with its own year or none.
    Own,
}

/// The templates, the calendar of the date each gives first, and how
/// their parameters give the year.
const TEMPLATES: [(&str, CalendarKind, Years); 5] = [
    ("OldStyleDateDY", CalendarKind::Gregorian, Years::Between),
    ("OldStyleDateNY", CalendarKind::Gregorian, Years::Own),
    ("OldStyleDate", CalendarKind::Gregorian, Years::Between),
    (
        "Old Style to New Style",
        CalendarKind::Julian,
        Years::Between,
    ),
    ("OS2NS", CalendarKind::Julian, Years::Between),
];

/// How many bytes a template's parameters after the third may take.
const MORE_PARAMETERS: usize = 64;

/// The name of one of the [`TEMPLATES`] at the start of `i`, up to its
/// first `|`, and the calendar of its first date. As in MediaWiki, the
/// first letter may be in either case, and an underscore stands for a
/// space.
///
/// `"OldStyleDate|7 November"` → Gregorian, rest `"7 November"`
pub(crate) fn template_name<'a, E: ParseError<&'a str>>(
    i: &'a str,
) -> Res<'a, (CalendarKind, Years), E> {
    let (rest, _) = space0(i)?;
    for (name, first, years) in TEMPLATES {
        let Some(len) = name_len(rest, name) else {
            continue;
        };
        let after = rest.get(len..).unwrap_or_default();
        if let Ok((after, _)) = (space0::<E>, punct('|')).parse(after) {
            return Ok((after, (first, years)));
        }
    }
    fail(i, ErrorKind::Tag)
}

/// The length of `name` at the start of `text`, matched as MediaWiki
/// matches template names (see [`template_name`]).
fn name_len(text: &str, name: &str) -> Option<usize> {
    let written = text.as_bytes().get(..name.len())?;
    let same = written
        .iter()
        .zip(name.bytes())
        .enumerate()
        .all(|(k, (&w, n))| {
            w == n || (k == 0 && w.eq_ignore_ascii_case(&n)) || (w == b'_' && n == b' ')
        });
    same.then_some(name.len())
}

/// One of the [`TEMPLATES`], whole: a date, the year of both (unless the
/// other date has its own, or the template gives none), the other date,
/// perhaps more parameters (at most [`MORE_PARAMETERS`] bytes of them),
/// and the closing braces.
///
/// `"{{OldStyleDate|7 November|1917|25 October}} x"` → 7 November N.S. and
/// 25 October O.S. 1917, rest `" x"`
pub(crate) fn old_style_template<'a, E: ParseError<&'a str>>(
    i: &'a str,
) -> Res<'a, RawMention<'a>, E> {
    let (rest, _) = punct('{')(i)?;
    let (rest, _) = punct('{')(rest)?;
    let (rest, (first_kind, years)) = template_name(rest)?;
    // A date, perhaps with the comma of "February 22," before the year.
    let field = |s| {
        (space0, named_date, opt(punct(',')), space0)
            .map(|(_, d, _, _)| d)
            .parse(s)
    };
    let (rest, mut first) = field(rest)?;
    let (rest, _) = punct('|')(rest)?;
    let (rest, given) = match years {
        Years::Between => {
            let (rest, (_, y, _)) = (space0, year, space0).parse(rest)?;
            (punct('|')(rest)?.0, Some(y))
        }
        Years::Own => (rest, None),
    };
    let (rest, second) = field(rest)?;
    // The year given is both dates', or the first's where the other has
    // its own ("{{OldStyleDateDY|February 22,|1732|February 11, 1731}}");
    // a first date with a year of its own must agree with it.
    let tail_year = match (first.year, given) {
        (Some(own), Some(given)) if own.value != given.value => {
            return fail(i, ErrorKind::Verify);
        }
        (Some(_), _) => None,
        (None, Some(_)) if second.year.is_some() => {
            first.year = given;
            None
        }
        (None, given) => given,
    };
    // Parameters the display ignores ("{{OS2NS|…|1905}}").
    let rest = template_end(i, rest)?;
    let other = match first_kind {
        CalendarKind::Julian => CalendarKind::Gregorian,
        CalendarKind::Gregorian => CalendarKind::Julian,
    };
    let first = RawSide::from_date(first, Some(first_kind));
    let second = RawSide::from_date(second, Some(other));
    Ok(RawMention::two(
        i,
        rest,
        Kind::Pair,
        first,
        second,
        tail_year,
    ))
}

/// The infobox templates of one date as year, month and day numbers,
/// first: `{{Birth date|1840|5|7}}`; in the templates "and age", the
/// first date is the one shown.
const DATE_TEMPLATES: [&str; 7] = [
    "Birth date and age",
    "Birth date",
    "Death date and age",
    "Death date",
    "Start date and age",
    "Start date",
    "End date",
];

/// One of the [`DATE_TEMPLATES`], whole, as the date it shows: year,
/// month and day numbers, then perhaps more parameters (at most
/// [`MORE_PARAMETERS`] bytes of them: another date, "df=y"), and the
/// closing braces. An infobox writes the other calendar's date after it,
/// in brackets: "{{birth date|1840|5|7|df=y}} [O.S. 25 April]".
///
/// `"{{birth date|1840|5|7|df=y}} ["` → 7 May 1840, rest `" ["`
pub(crate) fn date_template<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, WrittenDate<'a>, E> {
    let (rest, _) = (punct('{'), punct('{'), space0).parse(i)?;
    let Some(len) = DATE_TEMPLATES.iter().find_map(|name| name_len(rest, name)) else {
        return fail(i, ErrorKind::Tag);
    };
    let mut rest = rest.get(len..).unwrap_or_default();
    let bar = |s| (space0::<E>, punct('|'), space0).parse(s);
    // Named parameters may come first: "{{birth date|df=y|1840|5|7}}".
    for _ in 0..NAMED_FIRST {
        match named_parameter(rest) {
            Some(after) => rest = after,
            None => break,
        }
    }
    let (rest, (_, y, _, (m, _), _, (d, _))) =
        (bar, year, bar, digits(2), bar, digits(2)).parse(rest)?;
    let (rest, _) = space0(rest)?;
    let rest = template_end(i, rest)?;
    // A month or a day that is no number of one is a broken template.
    let (Ok(month @ 1..=12), 1..=31) = (u8::try_from(m), d) else {
        return fail(i, ErrorKind::Verify);
    };
    let date = WrittenDate {
        year: Some(y),
        ..WrittenDate::numbers(i, rest, d, month, y.value)
    };
    Ok((rest, date))
}

/// How many named parameters may come before a date template's date.
const NAMED_FIRST: usize = 3;

/// `rest` past a named parameter of a template and the bar before it, its
/// name of ASCII letters and its value short and on one line: "|df=y",
/// "| mf = yes".
fn named_parameter(rest: &str) -> Option<&str> {
    let after_bar = rest.trim_start_matches([' ', '\t']).strip_prefix('|')?;
    let name = after_bar.trim_start_matches([' ', '\t']);
    let letters = name.bytes().take_while(u8::is_ascii_alphabetic).count();
    let after_name = name.get(letters..)?.trim_start_matches([' ', '\t']);
    let value = after_name.strip_prefix('=').filter(|_| letters > 0)?;
    let len = value
        .bytes()
        .take(NAMED_VALUE + 1)
        .take_while(|&b| !matches!(b, b'|' | b'}' | b'{' | b'\n' | b'\r'))
        .count();
    (len <= NAMED_VALUE).then(|| value.get(len..)).flatten()
}

/// How long a named parameter's value may be, in bytes.
const NAMED_VALUE: usize = 16;

/// What follows `rest`, the end of a template's last parameter that is
/// read, past the parameters after it that the display ignores (at most
/// [`MORE_PARAMETERS`] bytes of them, on one line) and the closing braces;
/// `i` is the template's start.
///
/// `"|df=y}} ["` → `" ["`
fn template_end<'a, E: ParseError<&'a str>>(
    i: &'a str,
    rest: &'a str,
) -> Result<&'a str, nom::Err<E>> {
    let rest = match rest.strip_prefix('|') {
        Some(more) => {
            let len = more
                .bytes()
                .take(MORE_PARAMETERS + 1)
                .take_while(|&b| !matches!(b, b'}' | b'{' | b'\n' | b'\r'))
                .count();
            if len > MORE_PARAMETERS {
                return Err(nom::Err::Error(E::from_error_kind(i, ErrorKind::TooLarge)));
            }
            more.get(len..).unwrap_or_default()
        }
        None => rest,
    };
    rest.strip_prefix("}}")
        .ok_or_else(|| nom::Err::Error(E::from_error_kind(rest, ErrorKind::Tag)))
}

/// How long a wiki link's target and its shown text may be, in bytes.
pub(crate) const LINK_TARGET: usize = 96;

/// A wiki link whose shown text is a calendar label, as wikitext writes a
/// label linked to the article that explains it: the target, then `|` and
/// the label, which must be the whole shown text (or the target alone, if
/// it is the label). The target holds no brackets, braces, bar or line
/// break, and each part is at most [`LINK_TARGET`] bytes.
///
/// `"[[Old Style and New Style dates|O.S.]] 25 October"` → Julian, rest
/// `" 25 October"`
pub(crate) fn linked_label<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, CalendarKind, E> {
    let Some(inside) = i.strip_prefix("[[") else {
        return fail(i, ErrorKind::Tag);
    };
    let part = |s: &'a str| {
        let len = s
            .bytes()
            .take(LINK_TARGET + 1)
            .take_while(|b| !matches!(b, b'[' | b']' | b'{' | b'}' | b'|' | b'\n' | b'\r'))
            .count();
        (len <= LINK_TARGET).then(|| s.split_at(len))
    };
    let Some((target, after)) = part(inside) else {
        return fail(i, ErrorKind::TooLarge);
    };
    let (shown, after) = match after.strip_prefix('|') {
        Some(shown) => part(shown).unwrap_or(("", "")),
        None => (target, after),
    };
    let Some(rest) = after.strip_prefix("]]") else {
        return fail(i, ErrorKind::Tag);
    };
    match label::<E>(shown.trim_start()) {
        Ok((left, kind)) if left.trim().is_empty() => Ok((rest, kind)),
        _ => fail(i, ErrorKind::Verify),
    }
}

/// [`closes_soon`](super::atoms::closes_soon) for the bracket whose inside starts `inside`, looking
/// past a [`linked_label`] at its start: "[[[Old Style and New Style
/// dates|O.S.]] 25 October]" closes soon, where the link's own brackets
/// would otherwise say it does not.
/// Past wiki links too: "([[8 November]])", "(O.S. [[18 February]])".
#[inline]
pub(crate) fn bracket_closes_soon(inside: &str, closing: char) -> bool {
    let inside = match inside.as_bytes() {
        [b'[', b'[', ..] => linked_label::<()>(inside).map_or(inside, |(rest, _)| rest),
        _ => inside,
    };
    // As `closes_soon` does, but a bracket that comes first may open a
    // link: look past it (the rare case, on its own), within the same
    // bytes.
    let bytes = inside.as_bytes();
    let window = bytes.get(..CLOSES_WITHIN).unwrap_or(bytes);
    let close = if closing == ')' { b')' } else { b']' };
    match memchr::memchr3(close, b'(', b'[', window) {
        Some(k) => match window.get(k..).unwrap_or_default() {
            [first, ..] if *first == close => true,
            [b'[', b'[', ..] => closes_past_links(window, k, close),
            // A label begins with a letter: most brackets here open a
            // date ("26 октября (26 октября (…"), told by a byte.
            [_, rest @ ..] if starts_letter(rest) => closes_past_label(inside, k, closing),
            _ => false,
        },
        None => false,
    }
}

/// Whether `bytes`, past spaces, may start a word: an ASCII letter or a
/// character beyond ASCII.
#[inline]
fn starts_letter(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .find(|&&b| b != b' ')
        .is_some_and(|&b| b.is_ascii_alphabetic() || !b.is_ascii())
}

/// [`bracket_closes_soon`] past a label in its own brackets that opens at
/// `k` of `inside`: "(5 January 1643 [N.S.])".
#[inline(never)]
fn closes_past_label(inside: &str, k: usize, closing: char) -> bool {
    let Some(label) = inside.get(k..) else {
        return false;
    };
    match super::words::bracketed_label::<()>(label) {
        Ok((rest, _)) => {
            // Within the same bytes as the rest of the test, as bytes (a cut
            // may fall inside a character).
            let used = inside.len() - rest.len();
            let rest = rest.as_bytes();
            let rest = rest
                .get(..CLOSES_WITHIN.saturating_sub(used))
                .unwrap_or(rest);
            rest.trim_ascii_start().first() == Some(&(closing as u8))
        }
        Err(_) => false,
    }
}

/// [`bracket_closes_soon`] past the wiki link that opens at `link` of
/// `window`, and up to [`LINKS_INSIDE`] in all.
#[inline(never)]
fn closes_past_links(window: &[u8], mut link: usize, close: u8) -> bool {
    for _ in 0..LINKS_INSIDE {
        let found = window.get(link..).unwrap_or_default();
        let Some(end) = memchr::memmem::find(found, b"]]") else {
            return false;
        };
        let from = link + end + 2;
        let rest = window.get(from..).unwrap_or_default();
        let Some(k) = memchr::memchr3(close, b'(', b'[', rest) else {
            return false;
        };
        match rest.get(k..).unwrap_or_default() {
            [first, ..] if *first == close => return true,
            [b'[', b'[', ..] => link = from + k,
            _ => return false,
        }
    }
    false
}

/// How many wiki links [`bracket_closes_soon`] looks past.
const LINKS_INSIDE: usize = 2;

/// How many footnote markers in a row [`footnotes`] reads.
const MARKERS: usize = 8;

/// `i` past the footnote markers glued to its start, if any ([`footnote`],
/// at most [`MARKERS`] of them): the markers a pair may carry before its
/// year, "25 October (7 November)<ref name="Pipes"/> 1917", or after its
/// first date, "7 November[a] [O.S. 25 October] 1917". Most text starts
/// with none, told from its first byte.
///
/// `"<ref name=a/><ref name=b/> 1917"` → `" 1917"`
#[inline]
pub(crate) fn footnotes(i: &str) -> &str {
    if !matches!(i.as_bytes().first(), Some(b'<' | b'[' | b'{' | 0xC2 | 0xE2)) {
        return i;
    }
    let mut rest = i;
    for _ in 0..MARKERS {
        match footnote::<()>(rest) {
            Ok((after, ())) => rest = after,
            Err(_) => break,
        }
    }
    rest
}

/// The layout tags an infobox puts between a date and the other
/// calendar's in brackets: "{{birth date|1840|5|7}} <small>[O.S. 25
/// April]</small>", "{{birth date|1840|5|7}}<br />(O.S. 25 April)".
const LAYOUT_TAGS: [&str; 4] = ["<small>", "<br />", "<br/>", "<br>"];

/// The length of the layout tag (see [`LAYOUT_TAGS`]) that `s` starts
/// with, or ends with (`at_end`), in any case.
fn layout_tag(s: &str, at_end: bool) -> Option<usize> {
    let tag = LAYOUT_TAGS.iter().find(|tag| {
        let part = match at_end {
            true => s.len().checked_sub(tag.len()).and_then(|at| s.get(at..)),
            false => s.get(..tag.len()),
        };
        part.is_some_and(|p| p.eq_ignore_ascii_case(tag))
    });
    tag.map(|tag| tag.len())
}

/// `i` past the space and layout tags at its start (see [`LAYOUT_TAGS`]),
/// as many as there are kinds of them at most.
pub(crate) fn layout_tags(i: &str) -> &str {
    let mut rest = i;
    for _ in 0..LAYOUT_TAGS.len() {
        let trimmed = rest.trim_start_matches([' ', '\t']);
        let Some(len) = layout_tag(trimmed, false) else {
            break;
        };
        rest = trimmed.get(len..).unwrap_or_default();
    }
    rest
}

/// `before` without the space and layout tags at its end (see
/// [`LAYOUT_TAGS`]), as many as there are kinds of them at most.
pub(crate) fn layout_tags_end(before: &str) -> &str {
    let mut rest = before.trim_end_matches([' ', '\t']);
    for _ in 0..LAYOUT_TAGS.len() {
        let Some(len) = layout_tag(rest, true) else {
            break;
        };
        rest = rest.get(..rest.len() - len).unwrap_or_default();
        rest = rest.trim_end_matches([' ', '\t']);
    }
    rest
}

/// One footnote marker: a reference as wikitext writes it, with its text
/// or named only (`<ref>Pipes, p. 12.</ref>`, `<ref name="Pipes"/>`, the
/// tag's name in any case), a footnote template (`{{sfn|Pipes|1990|p=12}}`,
/// `{{efn|…}}`, see [`FOOTNOTE_TEMPLATES`]), or the mark a page shows for
/// one, as text copied from it keeps it: a number, a letter or two or
/// three, or a note's number in brackets (`[4]`, `[a]`, `[note 1]`), or a
/// number in superscript digits (`¹`, `¹²`). A
/// reference's text or a template's may be as long as the input (the
/// grammar's window), but holds no other reference or template.
///
/// `"[4] 1917"` → `" 1917"`
pub(crate) fn footnote<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (), E> {
    let bytes = i.as_bytes();
    let len = match bytes.first() {
        Some(b'<') => reference_len(bytes),
        Some(b'{') => footnote_template_len(bytes),
        Some(b'[') => footnote_mark_len(bytes),
        Some(0xC2 | 0xE2) => superscript_len(i),
        _ => None,
    };
    match len.and_then(|len| i.get(len..)) {
        Some(rest) => Ok((rest, ())),
        None => fail(i, ErrorKind::Tag),
    }
}

/// How long an opening tag `<ref …>` may be, attributes and all.
const REF_TAG: usize = 128;

/// Whether `bytes` start with the tag `<ref` or `</ref` (in any case) and
/// not a longer name ("<references/>"); which, if so.
fn ref_tag(bytes: &[u8]) -> Option<RefTag> {
    let (tag, name) = match bytes.get(1) {
        Some(b'/') => (RefTag::Close, bytes.get(2..)?),
        _ => (RefTag::Open, bytes.get(1..)?),
    };
    let after = name.get(3)?;
    let named = name.get(..3)?.eq_ignore_ascii_case(b"ref");
    (named && (after.is_ascii_whitespace() || matches!(after, b'>' | b'/'))).then_some(tag)
}

/// A tag of a reference.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RefTag {
    Open,
    Close,
}

/// The length of the reference `<ref …/>` or `<ref …>…</ref>` at the
/// start of `bytes`.
fn reference_len(bytes: &[u8]) -> Option<usize> {
    if ref_tag(bytes)? != RefTag::Open {
        return None;
    }
    let head = bytes.get(..REF_TAG).unwrap_or(bytes);
    let end = memchr::memchr(b'>', head)?;
    if memchr::memchr(b'<', head.get(1..end)?).is_some() {
        return None;
    }
    if end > 0 && head.get(end - 1) == Some(&b'/') {
        return Some(end + 1);
    }
    // Its text runs to the closing tag, before any other reference.
    let text_start = end + 1;
    let text = bytes.get(text_start..)?;
    for at in memchr::memchr_iter(b'<', text) {
        let tag = text.get(at..)?;
        match ref_tag(tag) {
            Some(RefTag::Close) => {
                let close = tag.iter().position(|&b| b == b'>')?;
                let inside = tag.get(b"</ref".len()..close)?;
                return inside
                    .iter()
                    .all(u8::is_ascii_whitespace)
                    .then_some(text_start + at + close + 1);
            }
            Some(RefTag::Open) => return None,
            None => {}
        }
    }
    None
}

/// Wikipedia's footnote templates: shortened footnotes (`{{sfn|…}}`,
/// `{{sfnp|…}}`, `{{sfnm|…}}`), notes (`{{efn|…}}`, `{{refn|…}}`), a named
/// reference (`{{r|…}}`) and its page (`{{rp|…}}`).
const FOOTNOTE_TEMPLATES: [&[u8]; 7] = [b"sfnp", b"sfnm", b"sfn", b"efn", b"refn", b"rp", b"r"];

/// The length of the footnote template ([`FOOTNOTE_TEMPLATES`], the name
/// in any case) at the start of `bytes`, up to its closing braces, with
/// no other template inside.
fn footnote_template_len(bytes: &[u8]) -> Option<usize> {
    let inside = bytes.strip_prefix(b"{{")?;
    let name = FOOTNOTE_TEMPLATES.iter().find(|name| {
        inside
            .get(..name.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(name))
            && matches!(inside.get(name.len()), Some(b'|' | b'}' | b' '))
    })?;
    let params = inside.get(name.len()..)?;
    let close = memchr::memmem::find(params, b"}}")?;
    if memchr::memchr(b'{', params.get(..close)?).is_some() {
        return None;
    }
    Some(2 + name.len() + close + 2)
}

/// The length of a footnote's mark as a page shows it at the start of
/// `bytes`: `[4]`, `[12]`, `[a]`, `[note 1]`, `[nb 2]`.
fn footnote_mark_len(bytes: &[u8]) -> Option<usize> {
    let inside = bytes.strip_prefix(b"[")?;
    let close = inside.iter().take(9).position(|&b| b == b']')?;
    let mark = inside.get(..close)?;
    let number = |n: &[u8]| (1..=3).contains(&n.len()) && n.iter().all(u8::is_ascii_digit);
    let letters = (1..=3).contains(&mark.len()) && mark.iter().all(u8::is_ascii_lowercase);
    let note = [b"note ".as_slice(), b"nb "]
        .iter()
        .any(|word| mark.strip_prefix(*word).is_some_and(number));
    (number(mark) || letters || note).then_some(close + 2)
}

/// How many superscript digits a footnote's mark may have.
const SUPERSCRIPTS: usize = 3;

/// The length of a footnote's number in superscript digits at the start
/// of `i`, as text copied from a page or a PDF keeps it: `¹`, `²³`.
fn superscript_len(i: &str) -> Option<usize> {
    let (count, len) = i
        .chars()
        .take(SUPERSCRIPTS + 1)
        .take_while(|c| is_superscript_digit(*c))
        .fold((0, 0), |(count, len), c| (count + 1, len + c.len_utf8()));
    (1..=SUPERSCRIPTS).contains(&count).then_some(len)
}

/// Whether `c` is a superscript digit: `¹ ² ³` (Latin-1), `⁰ ⁴`–`⁹`.
pub(crate) fn is_superscript_digit(c: char) -> bool {
    matches!(c, '¹' | '²' | '³' | '⁰' | '⁴'..='⁹')
}

/// How far after a date [`in_citation`] looks for the end of a reference
/// around it, in bytes: far enough for the rest of most citations (a
/// title, a publisher, a page), and the search is cheaper for it.
const REF_AHEAD: usize = 128;

/// How long the name of a citation's parameter may be, in bytes.
const PARAMETER: usize = 32;

/// Whether the plain date at `date` of `text` is a citation's metadata,
/// not the text's, looking back to `reach` (the end of the last mention,
/// or as far as the scanner looks back from the date's day number) and
/// ahead to `end` (the end of the grammar's window): the value of a
/// template's parameter whose name ends in "date", after `|`
/// (`|access-date=12 March 2021`, `| accessdate = …`, `|archive-date=…`,
/// `|date=…`, but not `|birth_date=…` of an infobox, written with an
/// underscore); or a date inside a reference, `<ref>…</ref>`, told by the
/// nearest tag of a reference before it in sight (one that opens a
/// reference's text: inside; a closing one, or `<ref name="a"/>`: not),
/// or if there is none, by the next tag after it within the window and
/// [`REF_AHEAD`] bytes (a closing one: inside). A date deep inside a
/// reference longer than both looks is not told.
///
/// The look is bounded, one search for `<` over the bytes from `reach` to
/// `end`, and made only at the plain dates the grammar finds.
pub(crate) fn in_citation(
    text: &str,
    reach: usize,
    date: std::ops::Range<usize>,
    end: usize,
) -> bool {
    let bytes = text.as_bytes();
    let end = end.min(date.end.saturating_add(REF_AHEAD));
    let (Some(before), Some(around)) = (bytes.get(reach..date.start), bytes.get(reach..end)) else {
        return false;
    };
    // Most dates follow no `=`, told from one byte.
    if before.trim_ascii_end().last() == Some(&b'=') && parameter_value(before) {
        return true;
    }
    // And most have no `<` near them, which one search tells.
    match memchr::memchr(b'<', around) {
        Some(first) => inside_reference(bytes, reach + first, date, end),
        None => false,
    }
}

/// Whether a date at `date` of `bytes` is inside a reference, told by
/// the tags of references from the first `<` at `first` up to `end` (see
/// [`in_citation`]).
#[inline(never)]
fn inside_reference(bytes: &[u8], first: usize, date: std::ops::Range<usize>, end: usize) -> bool {
    let mut before = None;
    let mut at = first;
    loop {
        if at >= date.end && before.is_some() {
            break;
        }
        if let Some(kind) = bytes.get(at..end).and_then(tag_kind) {
            if at < date.start {
                before = Some(kind);
            } else {
                return kind == TagKind::Closes;
            }
        }
        let next = bytes
            .get(at + 1..end)
            .and_then(|rest| memchr::memchr(b'<', rest));
        match next {
            Some(k) => at += 1 + k,
            None => break,
        }
    }
    before == Some(TagKind::Opens)
}

/// What a tag of a reference does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TagKind {
    /// `<ref>`, `<ref name="a">`: a reference's text follows.
    Opens,
    /// `</ref>`.
    Closes,
    /// `<ref name="a"/>`: a reference with no text; or an opening tag not
    /// ended within [`REF_TAG`] bytes.
    Alone,
}

/// What the tag of a reference at the start of `bytes` does, if it is one.
fn tag_kind(bytes: &[u8]) -> Option<TagKind> {
    Some(match ref_tag(bytes)? {
        RefTag::Close => TagKind::Closes,
        RefTag::Open => {
            let head = bytes.get(..REF_TAG).unwrap_or(bytes);
            match memchr::memchr(b'>', head) {
                Some(end) if end > 0 && head.get(end - 1) != Some(&b'/') => TagKind::Opens,
                _ => TagKind::Alone,
            }
        }
    })
}

/// Whether `before` ends as the value of a parameter whose name ends in
/// "date" begins: `"|access-date="`, `"| date = "`.
fn parameter_value(before: &[u8]) -> bool {
    let Some(name_end) = before.trim_ascii_end().strip_suffix(b"=") else {
        return false;
    };
    let name_end = name_end.trim_ascii_end();
    let name_len = name_end
        .iter()
        .rev()
        .take(PARAMETER + 1)
        .take_while(|b| b.is_ascii_alphabetic() || **b == b'-')
        .count();
    let Some((bar, name)) = name_end.split_at_checked(name_end.len() - name_len) else {
        return false;
    };
    let dated = name
        .len()
        .checked_sub(4)
        .and_then(|at| name.get(at..))
        .is_some_and(|end| end.eq_ignore_ascii_case(b"date"));
    name_len <= PARAMETER && dated && bar.trim_ascii_end().ends_with(b"|")
}

#[cfg(test)]
mod tests {
    use super::*;

    type E<'a> = nom::error::Error<&'a str>;

    /// A side's day, month and label.
    type Day = (u32, u8, CalendarKind);

    /// The two sides' days, months and labels, and the year and the rest.
    fn read(i: &str) -> Option<(Day, Day, i32, &str)> {
        let (rest, m) = old_style_template::<E>(i).ok()?;
        let side = |s: RawSide<'_>| Some((s.day, s.month, s.label?));
        Some((side(m.first)?, side(m.second?)?, m.tail_year?.value, rest))
    }

    #[test]
    fn date_templates_give_their_first_date() {
        let date = |i| {
            let (rest, d) = date_template::<E>(i).ok()?;
            Some((d.year?.value, d.month, d.day, rest))
        };
        assert_eq!(
            date("{{birth date|1840|5|7|df=y}} ["),
            Some((1840, 5, 7, " ["))
        );
        assert_eq!(
            date("{{Death date and age|1893|11|6|1840|5|7}}"),
            Some((1893, 11, 6, ""))
        );
        assert_eq!(
            date("{{ Birth_date | 1840 | 5 | 7 }}x"),
            Some((1840, 5, 7, "x"))
        );
        for i in [
            "{{birth date|1840|13|7}}",
            "{{birth date|1840|5|0}}",
            "{{birth date|1840|May|7}}",
            "{{cite web|1840|5|7}}",
            "{{birth date|1840|5|7",
            "{{birth date|1840|5|7|\n}}",
        ] {
            assert_eq!(date(i), None, "{i}");
        }
    }

    #[test]
    fn each_template_names_its_first_calendar() {
        use CalendarKind::{Gregorian as G, Julian as J};
        assert_eq!(
            read("{{OldStyleDate|7 November|1917|25 October}} x"),
            Some(((7, 11, G), (25, 10, J), 1917, " x"))
        );
        assert_eq!(
            read("{{Old Style to New Style|20 January|1905|2 February}}"),
            Some(((20, 1, J), (2, 2, G), 1905, ""))
        );
        assert_eq!(
            read("{{OS2NS|January 20|1905|February 2|1905}}."),
            Some(((20, 1, J), (2, 2, G), 1905, "."))
        );
        assert_eq!(
            read("{{ oldStyleDate | 7 November | 1917 | 25 October }}"),
            Some(((7, 11, G), (25, 10, J), 1917, ""))
        );
        assert_eq!(
            read("{{Old_Style_to_New_Style|20 January|1905|2 February}}"),
            Some(((20, 1, J), (2, 2, G), 1905, ""))
        );
    }

    /// A side's day, month and year.
    type Dated = (u32, u8, Option<i32>);

    /// The two sides' days, months and years, and the year of both.
    fn years(i: &str) -> Option<(Dated, Dated, Option<i32>)> {
        let (_, m) = old_style_template::<E>(i).ok()?;
        let side = |s: RawSide<'_>| (s.day, s.month, s.year.map(|y| y.value));
        Some((side(m.first), side(m.second?), m.tail_year.map(|y| y.value)))
    }

    #[test]
    fn a_different_year_or_years_of_their_own() {
        assert_eq!(
            years("{{OldStyleDateDY|February 22,|1732|February 11, 1731}}"),
            Some(((22, 2, Some(1732)), (11, 2, Some(1731)), None))
        );
        assert_eq!(
            years("{{OldStyleDateDY|22 February|1846|10 February}}"),
            Some(((22, 2, None), (10, 2, None), Some(1846)))
        );
        assert_eq!(
            years("{{OldStyleDateNY|4 January 1643|25 December 1642}}"),
            Some(((4, 1, Some(1643)), (25, 12, Some(1642)), None))
        );
        assert_eq!(
            years("{{OldStyleDateNY|March 31|March 20}}"),
            Some(((31, 3, None), (20, 3, None), None))
        );
        assert_eq!(years("{{OldStyleDateNY|March 31|1727|March 20}}"), None);
        assert_eq!(
            years("{{OldStyleDateDY|22 February 1732|1732|11 February 1731}}"),
            Some(((22, 2, Some(1732)), (11, 2, Some(1731)), None))
        );
        assert_eq!(
            years("{{OldStyleDateDY|22 February 1732|1731|11 February}}"),
            None
        );
        assert_eq!(
            years("{{OldStyleDateNY|{{Birth date|1643|01|04}}|25 December 1642}}"),
            None
        );
    }

    #[test]
    fn other_templates_and_broken_ones_are_nothing() {
        for text in [
            "{{OldStyleDateXY|17 January|1706|6 January}}",
            "{{Start date|1917|11|7}}",
            "{{OldStyleDate|7 November|1917|25 October}",
            "{{OldStyleDate|7 November|1917}}",
            "{{OldStyleDate|7 November|x|25 October}}",
            "{{oLDStyleDate|7 November|1917|25 October}}",
            "{OldStyleDate|7 November|1917|25 October}}",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
        let long = format!(
            "{{{{OS2NS|20 January|1905|2 February|{}}}}}",
            "x".repeat(65)
        );
        assert_eq!(read(&long), None);
    }

    #[test]
    fn labels_as_wiki_links() {
        use CalendarKind::{Gregorian as G, Julian as J};
        let link = |i| linked_label::<E>(i).ok();
        assert_eq!(
            link("[[Old Style and New Style dates|O.S.]] 25 October]"),
            Some((" 25 October]", J))
        );
        assert_eq!(
            link("[[Adoption of the Gregorian calendar#Russia|N.S.]]"),
            Some(("", G))
        );
        assert_eq!(link("[[Old Style]] 25"), Some((" 25", J)));
        assert_eq!(link("[[x| Old Style ]]"), Some(("", J)));
        for none in [
            "[[Petrograd|city]] 25",
            "[[Old Style and New Style dates]] 25",
            "[[x|O.S. 25 October]]",
            "[[x|O.S.] 25",
            "[[x|O.S.",
            "[[x\ny|O.S.]]",
            "[x|O.S.]]",
        ] {
            assert_eq!(link(none), None, "{none:?}");
        }
        let far = format!("[[{}|O.S.]]", "x".repeat(LINK_TARGET + 1));
        assert_eq!(link(&far), None);
        // A bracket opening with such a link closes soon past it.
        assert!(bracket_closes_soon("[[x|O.S.]] 25 October] 1917", ']'));
        assert!(bracket_closes_soon("O.S. 25 October]", ']'));
        assert!(!bracket_closes_soon("[[x|O.S.]] 25 October) (", ']'));
    }

    #[test]
    fn brackets_close_soon_past_wiki_links() {
        for inside in [
            "[[8 November]]) [[1917]]",
            "O.S. [[18 February]])",
            "[[Petrograd]] 25 October)",
            "[[a]] [[b]] 25 October)",
        ] {
            assert!(bracket_closes_soon(inside, ')'), "{inside:?}");
        }
        assert!(bracket_closes_soon("O.S. [[25 October]]] 1917", ']'));
        for inside in [
            // A link that does not end, a bracket that is no link, three
            // links, a close too far.
            "[[8 November) 1917",
            "O.S. [18 February]) (",
            "[[a]] [[b]] [[c]] 25 October)",
            &format!("[[8 November]] {})", "x".repeat(CLOSES_WITHIN)),
        ] {
            assert!(!bracket_closes_soon(inside, ')'), "{inside:?}");
        }
    }

    #[test]
    fn brackets_close_soon_past_a_bracketed_label() {
        for inside in [
            "5 January 1643 [N.S.])",
            "5 January 1643 (N.S.) ) x",
            "7 November [n. St.])",
        ] {
            assert!(bracket_closes_soon(inside, ')'), "{inside:?}");
        }
        // A bracket that holds no label, or a label with no close after it.
        for inside in ["5 January [1] 1643)", "5 January 1643 [N.S.] and more)"] {
            assert!(!bracket_closes_soon(inside, ')'), "{inside:?}");
        }
    }

    #[test]
    fn citation_metadata() {
        // (text before the date, text after it, whether it is metadata)
        let cases = [
            (
                "{{cite web |title=Poltava |access-date=",
                "}}</ref> The",
                true,
            ),
            ("{{cite web\n | accessdate = ", "\n}}", true),
            ("|archive-date=", " |url=x", true),
            ("{{cite book |Date=", "", true),
            ("|orig-date=", "", true),
            ("| birth_date = ", "", false),
            ("|title=", "", false),
            ("update=", "", false),
            ("The date=", "", false),
            ("<ref>Englund (", "). Poltava.</ref>", true),
            ("<ref name=\"e\">Englund, ", ".", true),
            ("x", ". Poltava.</ref> x", true),
            ("x", ". <i>Poltava</i>.</REF> x", true),
            ("<ref name=a/> On ", " the Swedes", false),
            ("<ref>a</ref> On ", " the Swedes</ref>", false),
            ("On ", " the Swedes.<ref>a</ref>", false),
            ("On ", " the Swedes.<references/>", false),
            ("On ", " the Swedes.", false),
        ];
        // Each case alone, with the date "1 May 1990" between its two
        // texts, the window ending with the text.
        let cite = |before: &str, after: &str| {
            let text = format!("{before}1 May 1990{after}");
            let date = before.len()..before.len() + "1 May 1990".len();
            in_citation(&text, 0, date, text.len())
        };
        for (before, after, cited) in cases {
            assert_eq!(cite(before, after), cited, "{before:?} {after:?}");
        }
        let long = format!("|{}date=", "x".repeat(PARAMETER));
        assert!(!cite(&long, ""));
        // Out of sight: a tag before the look back, or after the window.
        let text = "<ref>a 1 May 1990 b 2 May 1990 c</ref>";
        let at = |date: &str| text.find(date).unwrap()..text.find(date).unwrap() + date.len();
        assert!(in_citation(text, 0, at("2 May 1990"), text.len()));
        assert!(
            in_citation(text, 7, at("2 May 1990"), text.len()),
            "the end ahead"
        );
        assert!(!in_citation(text, 7, at("2 May 1990"), text.len() - 1));
    }

    #[test]
    fn footnote_markers() {
        let past = |i| footnotes(i);
        for (text, rest) in [
            ("<ref name=\"Pipes\"/> 1917", " 1917"),
            ("<ref name=Pipes /> 1917", " 1917"),
            ("<ref>Pipes, p. 12.</ref> 1917", " 1917"),
            (
                "<ref group=\"n\">Pipes, <i>Russia</i>.</ref > 1917",
                " 1917",
            ),
            ("<REF>Pipes.</Ref> 1917", " 1917"),
            ("<ref name=a/><ref>b</ref>[4] 1917", " 1917"),
            ("{{sfn|Pipes|1990|p=12}} 1917", " 1917"),
            ("{{Efn|A note.}}{{rp|12}}, 1917", ", 1917"),
            ("[4] 1917", " 1917"),
            ("[12][a] 1917", " 1917"),
            ("[note 1] [O.S.", " [O.S."),
            ("[nb 12]", ""),
            ("¹ 1917", " 1917"),
            ("¹²³ 1917", " 1917"),
            ("⁴⁰, 1917", ", 1917"),
            ("²[3] 1917", " 1917"),
        ] {
            assert_eq!(past(text), rest, "{text}");
        }
        for text in [
            " <ref/> 1917",
            "<references/> 1917",
            "<reflist/>",
            "<ref>Pipes 1917",
            "<ref>a<ref>b</ref></ref>",
            "<ref name=\"<b>\"/>",
            "<ref>a</refs>",
            "{{sfnx|a}}",
            "{{sfn|{{harvnb|a}}}}",
            "{{OldStyleDate|7 November|1917|25 October}}",
            "{{sfn|a",
            "[1917]",
            "[?]",
            "[Note 1]",
            "[note]",
            "[citation needed]",
            "[8 November]",
            "[A]",
            "[]",
            // Four superscript digits are no footnote's number; nor is a
            // superscript letter.
            "¹²³⁴ 1917",
            "ª 1917",
            "½ 1917",
        ] {
            assert_eq!(past(text), text, "{text}");
        }
        let long = format!("<ref {}/>", "x".repeat(REF_TAG));
        assert_eq!(past(&long), long);
        assert!(footnote::<E>("[a] x").is_ok());
        assert!(footnote::<E>("x").is_err());
    }
}
