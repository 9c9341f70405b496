//! Words of the grammar, looked up in the [lexicon](crate::lexicon): month
//! and weekday names, Roman-numeral months, calendar labels, conjunctions
//! and range words.

use nom::error::{ErrorKind, ParseError};

use super::atoms::{
    Res, consumed_between, fail, line_breaks, space0, trim_line_space_start, trim_space_start,
};
use crate::calendar::{CalendarKind, Weekday};
use crate::lexicon::{Begins, PhraseInfo, dot_of_word, is_ignorable, is_phrase_separator, lexicon};

/// Whether a character belongs to a word: letters and the combining marks
/// (stress accents) that may sit on them.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' => false,
        // Latin-1 letters (but × and ÷), basic Greek and Cyrillic letters:
        // the common cases, answered without a table lookup.
        '\u{c0}'..='\u{ff}' => c != '\u{d7}' && c != '\u{f7}',
        // Latin Extended-A ("ł", "ę"), accented Greek, basic Greek and
        // Cyrillic: letters only.
        '\u{100}'..='\u{17f}'
        | '\u{391}'..='\u{3a9}'
        | '\u{3ac}'..='\u{3ce}'
        | '\u{400}'..='\u{45f}' => true,
        // General punctuation (dashes, quotation marks, invisible
        // characters): no letters, no marks.
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c),
    }
}

/// How many ASCII letters 16 bytes start with, with SSE2 (which every
/// x86_64 processor has, through `safe_arch`'s safe wrappers): a byte is a
/// letter if, set in lower case (`| 0x20`) and plus `0x1F` (so that `b'a'`
/// to `b'z'` become `0x80` to `0x99`, the least signed bytes), it is below
/// `0x9A` as a signed byte.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
fn ascii_letters(sixteen: &[u8; 16]) -> usize {
    use safe_arch::{
        add_i8_m128i, bitor_m128i, cmp_gt_mask_i8_m128i, load_unaligned_m128i, move_mask_i8_m128i,
        set_splat_i8_m128i,
    };
    let lower = bitor_m128i(load_unaligned_m128i(sixteen), set_splat_i8_m128i(0x20));
    let shifted = add_i8_m128i(lower, set_splat_i8_m128i(0x1F));
    let letters = cmp_gt_mask_i8_m128i(set_splat_i8_m128i(0x9Au8 as i8), shifted);
    // One bit a byte in the low 16 bits; the bits above are no letters.
    (!(move_mask_i8_m128i(letters) as u32)).trailing_zeros() as usize
}

/// [`ascii_letters`] byte by byte, where SSE2 is missing.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
#[inline]
fn ascii_letters(sixteen: &[u8; 16]) -> usize {
    sixteen
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

/// Whether the two-byte character of lead byte `lead` and continuation
/// byte `cont` is one of the letters [`is_word_char`] answers without a
/// table, told from its bytes: basic Cyrillic (leads 0xD0 and 0xD1, all of
/// U+0400–U+047F), Latin-1 letters (lead 0xC3 but × and ÷), Latin
/// Extended-A (leads 0xC4 and 0xC5) and basic Greek, accented or not.
/// `false` for other characters, which may be letters all the same.
#[inline(always)]
pub(crate) fn two_byte_letter(lead: u8, cont: u8) -> bool {
    match lead {
        0xC4 | 0xC5 | 0xD0 | 0xD1 => true,
        0xC3 => cont != 0x97 && cont != 0xB7,
        // U+0391–U+03A9 and U+03AC–U+03BF.
        0xCE => matches!(cont, 0x91..=0xA9 | 0xAC..=0xBF),
        // U+03C0–U+03CE.
        0xCF => cont <= 0x8E,
        _ => false,
    }
}

/// The longest a word may be in bytes; longer runs of letters are no date
/// word, and the bound keeps the work per position constant.
const MAX_WORD_BYTES: usize = 96;

/// Where the run of invisible characters ([`is_ignorable`]) starting at
/// `at` in `i` ends, or where it is cut, past `bound` bytes into `i`.
fn ignorable_run(i: &str, at: usize, bound: usize) -> usize {
    let mut end = at;
    while end <= bound {
        match i.get(end..).and_then(|r| r.chars().next()) {
            Some(c) if is_ignorable(c) => end += c.len_utf8(),
            _ => break,
        }
    }
    end
}

/// A word: letters and combining marks, with apostrophes inside
/// ("п'ятниця") and invisible characters inside ("Oct\u{AD}ober", see
/// [`is_ignorable`]; the lexicon's folding drops them).
///
/// `"October 26"` → `"October"`; `"Oct\u{AD}ober\u{200B}26"` →
/// `"Oct\u{AD}ober"`
pub(crate) fn word<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, &'a str, E> {
    // Fast path: ASCII letters and the common two-byte letters (see
    // [`two_byte_letter`]) need no decoding. In a `str` a lead byte is
    // always followed by its continuation byte (past the end of `head`
    // only if the word is too long anyway). Looking two bytes past the
    // bound is enough to tell a word too long.
    let bytes = i.as_bytes();
    let head = bytes.get(..MAX_WORD_BYTES + 2).unwrap_or(bytes);
    // The ASCII letters it starts with, 16 bytes at once.
    let mut end = head.first_chunk().map_or(0, ascii_letters);
    while let Some(&b) = head.get(end) {
        // Branches, not a table of steps: a step read from a table would
        // make each byte's load wait for the last (measured slower).
        match b {
            b'a'..=b'z' | b'A'..=b'Z' => end += 1,
            0xC3..=0xD1 if two_byte_letter(b, head.get(end + 1).copied().unwrap_or(0)) => {
                end += 2;
            }
            _ => break,
        }
    }
    if end > MAX_WORD_BYTES {
        return fail(i, ErrorKind::TooLarge);
    }
    // Most words end at ASCII: space or punctuation, not an apostrophe.
    if let Some(&b) = bytes.get(end) {
        if b.is_ascii() && b != b'\'' && end > 0 {
            let (w, rest) = i.split_at_checked(end).unwrap_or((i, ""));
            return Ok((rest, w));
        }
    }
    let mut at = end;
    while let Some(c) = i.get(at..).and_then(|r| r.chars().next()) {
        if !is_word_char(c) {
            let after = at + c.len_utf8();
            let next = || i.get(after..).and_then(|r| r.chars().next());
            if is_ignorable(c) && end > 0 {
                // Invisible characters inside a word, before a letter or
                // a mark ("Oct\u{AD}ober"), are part of it; after its end
                // they are space. A run of them that goes on past the
                // bound makes the word too long (unread further).
                let run = ignorable_run(i, at, MAX_WORD_BYTES);
                match i.get(run..).and_then(|r| r.chars().next()) {
                    Some(n) if is_word_char(n) => at = run,
                    Some(n) if is_ignorable(n) => return fail(i, ErrorKind::TooLarge),
                    _ => break,
                }
                continue;
            }
            // An apostrophe inside a word, followed by a letter.
            let inside =
                matches!(c, '\'' | '’' | 'ʼ') && end > 0 && next().is_some_and(char::is_alphabetic);
            if !inside {
                break;
            }
        }
        end = at + c.len_utf8();
        at = end;
        if end > MAX_WORD_BYTES {
            return fail(i, ErrorKind::TooLarge);
        }
    }
    if end == 0 {
        return fail(i, ErrorKind::Alpha);
    }
    let (w, rest) = i.split_at(end);
    Ok((rest, w))
}

/// A month name or abbreviation in any language, with an optional
/// abbreviation dot.
///
/// `"Oct. 26"` → `10`; `"октя́бря 1917"` → `10`
pub(crate) fn month_name<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, u8, E> {
    if !lexicon().may_begin(i, Begins::Month) {
        return fail(i, ErrorKind::Tag);
    }
    let (rest, w) = word(i)?;
    match lexicon().month(w) {
        Some(_) if verb_not_month(w, rest) => fail(i, ErrorKind::Verify),
        Some(m) => Ok((abbreviation_dot(w, rest), m)),
        None => match glued_month(i, w, rest) {
            Some(found) => Ok(found),
            None => fail(i, ErrorKind::Tag),
        },
    }
}

/// A month after a day: a [`month_name`], or a [`numbered_month`], which
/// is read only there ("12 7ber", not "7ber 12": the gate asks nothing of
/// a month's digits).
///
/// `"7ber 1705"` → 9; `"October 1917"` → 10
pub(crate) fn month_after_day<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, u8, E> {
    match i.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => numbered_month(i),
        _ => month_name(i),
    }
}

/// A month written as its number in the old Roman year, which began in
/// March, and the end of its name, as letters and registers of the 17th
/// and 18th centuries abbreviate September to December: "7ber", "8bre",
/// "9bris", "10ber", "7br." (with its dot), "8bro". ("Xber" is in the
/// lexicon.)
///
/// `"7ber 1705"` → 9; `"10bre."` → 12
pub(crate) fn numbered_month<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, u8, E> {
    match numbered_month_len(i) {
        Some((len, month)) => {
            let (word, rest) = i.split_at_checked(len).unwrap_or_default();
            Ok((abbreviation_dot(word, rest), month))
        }
        None => fail(i, ErrorKind::Tag),
    }
}

/// The length of the month [`numbered_month`] reads at the start of `i`,
/// before any dot, and the month.
#[inline(always)]
pub(crate) fn numbered_month_len(i: &str) -> Option<(usize, u8)> {
    // Most numbers are none: told by their first bytes, inline.
    let (digits, month) = match i.as_bytes() {
        [b'7', b'b' | b'B', ..] => (1, 9),
        [b'8', b'b' | b'B', ..] => (1, 10),
        [b'9', b'b' | b'B', ..] => (1, 11),
        [b'1', b'0', b'b' | b'B', ..] => (2, 12),
        _ => return None,
    };
    numbered_month_end(i, digits).map(|len| (len, month))
}

/// Where the end of a month's name after its `digits` at the start of `i`
/// ends (see [`numbered_month_len`]).
#[inline(never)]
fn numbered_month_end(i: &str, digits: usize) -> Option<usize> {
    let bytes = i.as_bytes();
    let rest = bytes.get(digits..)?;
    let ending = ["bris", "bre", "ber", "bro", "br"].into_iter().find(|e| {
        rest.get(..e.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(e.as_bytes()))
    })?;
    let len = digits + ending.len();
    // "br" alone only in lower case with its dot: "7br.", not "10BR"
    // (bedrooms) or "7Br" (bromine).
    if ending == "br" && (bytes.get(len) != Some(&b'.') || bytes.get(digits..len) != Some(b"br")) {
        return None;
    }
    // Not the start of a longer word or number: "7bread", "7bre2".
    let after = i.get(len..)?;
    (!after.starts_with(|c: char| is_word_char(c) || c.is_ascii_digit())).then_some(len)
}

/// Whether the word `w`, followed by `rest`, is an English verb spelled
/// as a month, "may" or "march", not the month: written in lower case and
/// followed by a word on its line or the next ("Questions 12 (25) may be
/// skipped", "Regiments 3 (16) march at dawn"). Before a year,
/// a number, punctuation, a bracket, a blank line or the text's end it is
/// the month ("on 12 (25) may 1917", "12 (25) may."), and so it is before
/// a label or one of the small words of [`MONTH_BEFORE`] ("12 (25) may
/// O.S.", "may of 1917", Spanish "5 (17) may de 1801", "2 (15) may and 3
/// (16) may"; not every language's: Latin "die" and Portuguese "do" follow
/// the verb). "May" and "March"
/// with their capitals are the months.
fn verb_not_month(w: &str, rest: &str) -> bool {
    if !is_verb_spelling(w) {
        return false;
    }
    let after = super::atoms::space0::<()>(rest).map_or(rest, |(after, _)| after);
    if !after.starts_with(is_word_char) || label::<()>(after).is_ok() {
        return false;
    }
    let next = word::<()>(after).map_or("", |(_, next)| next);
    !MONTH_BEFORE
        .iter()
        .any(|small| next.eq_ignore_ascii_case(small))
}

/// Whether `w` is an English verb spelled as a month in lower case, "may"
/// or "march", which only what follows it tells from the month (see
/// [`verb_not_month`]).
pub(crate) fn is_verb_spelling(w: &str) -> bool {
    w == "may" || w == "march"
}

/// The small words before which lower-case "may" and "march" are the
/// months, in English and Spanish, which spell May "may": words of a date
/// ("may of 1917", "may de 1801"), of a list or a range ("2 (15) may and
/// 3 (16) may", "from 2 (15) may to 3 (16) june"), and the article that
/// begins the next clause ("on 12 (25) may the strike began").
const MONTH_BEFORE: [&str; 13] = [
    "of", "de", "del", "and", "or", "to", "till", "until", "through", "the", "y", "o", "al",
];

/// The month of the word `w` that starts `i` and ends where `rest` starts,
/// if it is a month with a calendar's mark and its dot glued to it (see
/// [`month_with_glued_mark`]), and the text from the mark on, which is
/// read after the month as a label.
///
/// `"Maijul./ 9"` → `("jul./ 9", 5)`
pub(crate) fn glued_month<'a>(i: &'a str, w: &str, rest: &str) -> Option<(&'a str, u8)> {
    let (len, m) = month_with_glued_mark(w).filter(|_| rest.starts_with('.'))?;
    Some((i.get(len..)?, m))
}

/// A month with a calendar's mark glued to its end, as German Wikipedia's
/// superscript marks read when its text is copied: "Maijul." is "Mai" and
/// "jul.", in "30. Maijul./ 9. Juni 1672greg.". The month's length in
/// bytes, and its number. (The mark must be followed by its dot, which
/// [`glued_month`] asks.)
///
/// `"Maijul"` → `(3, 5)`; `"Januargreg"` → `(6, 1)`; `"Mai"`, `"jul"` → `None`
pub(crate) fn month_with_glued_mark(w: &str) -> Option<(usize, u8)> {
    let stem = w.strip_suffix("jul").or_else(|| w.strip_suffix("greg"))?;
    match stem.is_empty() {
        true => None,
        false => lexicon().month(stem).map(|m| (stem.len(), m)),
    }
}

/// `rest` after the abbreviation dot of `word`, the month before it ("Oct.
/// 26"), if it has one. A dot at the end of the text, before a blank line
/// or before a capital letter ends a sentence ("on 8 [21] November. The")
/// and stays outside the mention; but not before a label ("25 Oct.
/// O.S."), on the same line, or on the next after a word of four letters
/// at most, short enough to be an abbreviation ("25 Oct.\nO.S."; "14
/// February.\nNew style came in" is no labelled date). On one line, "14
/// February. New style" is. The first dot of an ellipsis is none either
/// ("11 (24) марта... нет", see [`dot_of_word`]).
pub(crate) fn abbreviation_dot<'a>(word: &str, rest: &'a str) -> &'a str {
    let Some(after) = dot_of_word(rest) else {
        return rest;
    };
    let same_line = trim_line_space_start(after);
    let next_line = trim_space_start(same_line);
    let short = word.chars().count() <= 4;
    let sentence_end = match same_line.chars().next() {
        None => true,
        Some('\n' | '\r') => {
            // A paragraph ends there too ("from 2 (15) March." and a
            // blank line): no date goes on across it.
            let breaks = line_breaks(consumed_between(same_line, next_line));
            next_line.is_empty()
                || breaks > 1
                || next_line.starts_with(char::is_uppercase)
                    && !(short && label::<()>(next_line).is_ok())
        }
        Some(c) => c.is_uppercase() && label::<()>(same_line).is_err(),
    };
    if sentence_end { rest } else { after }
}

/// A weekday name or abbreviation, with an optional dot after an
/// abbreviation; hyphenated names such as "segunda-feira" are read whole.
///
/// `"Wednesday, 25"` → `Wed`
pub(crate) fn weekday_name<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, Weekday, E> {
    let (mut rest, w) = word(i)?;
    let info = lexicon().word(w);
    let mut found = info.and_then(|info| info.weekday);
    // "Wed. 25 October", "Tues. October 24", "Thurs.", "пн. 5 марта": the
    // dot of a word short enough to be an abbreviation, but not the full
    // stop after a whole name ("It was Wednesday.\nOctober 25 (November 7)
    // came", "on Tuesday. 5 (16) March was cold", "måndag."). The lexicon
    // marks some whole names as abbreviations of their longer forms
    // ("вторник" of "вторника"), so its mark counts only for five letters.
    let letters = w.chars().count();
    let marked = info.is_some_and(|info| info.weekday_abbreviation);
    let mut dotted = letters <= 4 || letters == 5 && marked;
    if let Some(after_hyphen) = rest.strip_prefix('-') {
        if let Ok((after, _)) = word::<E>(after_hyphen) {
            let compound = consumed_between(i, after);
            if let Some(d) = lexicon().word(compound).and_then(|info| info.weekday) {
                found = Some(d);
                rest = after;
                dotted = false;
            }
        }
    }
    let rest = match dot_of_word(rest) {
        Some(after) if dotted => after,
        _ => rest,
    };
    match found {
        Some(d) => Ok((rest, d)),
        None => fail(i, ErrorKind::Tag),
    }
}

/// A Roman-numeral month, I to XII, in capitals: the "X" of "26.X.1917".
/// Russian and Ukrainian typists write the numerals with the Cyrillic
/// letters that look the same, alone or mixed with Latin ones: "Х" for X,
/// "І" (or the palochka "Ӏ") for I, "Ѵ" for V, so "25.Х.1917" and
/// "7.ХІ" are months too.
///
/// `"XI.1917"` → 11; `"ХІ)"` (Cyrillic) → 9
pub(crate) fn roman_month<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, u8, E> {
    const ROMAN: [&[u8]; 12] = [
        b"XII", b"XI", b"X", b"VIII", b"VII", b"VI", b"V", b"IX", b"IV", b"III", b"II", b"I",
    ];
    const VALUE: [u8; 12] = [12, 11, 10, 8, 7, 6, 5, 9, 4, 3, 2, 1];
    // The numeral's letters as Latin ones, each with where it ends in `i`.
    let mut letters = [(0u8, 0usize); 4];
    let mut n = 0;
    for ((at, c), slot) in i.char_indices().zip(letters.iter_mut()) {
        let Some(letter) = roman_letter(c) else {
            break;
        };
        *slot = (letter, at + c.len_utf8());
        n += 1;
    }
    let letters = letters.get(..n).unwrap_or_default();
    for (r, v) in ROMAN.iter().zip(VALUE) {
        let Some(read) = letters.get(..r.len()) else {
            continue;
        };
        if read.iter().map(|&(l, _)| l).eq(r.iter().copied()) {
            let end = read.last().map_or(0, |&(_, end)| end);
            let rest = i.get(end..).unwrap_or_default();
            if !rest.starts_with(char::is_alphanumeric) {
                return Ok((rest, v));
            }
        }
    }
    fail(i, ErrorKind::Tag)
}

/// Whether `c` is a letter of a Roman month's numeral (see
/// [`roman_month`]).
pub(crate) fn is_roman_letter(c: char) -> bool {
    roman_letter(c).is_some()
}

/// The Latin letter of a Roman numeral that `c` is or looks like: I, V, X
/// and their Cyrillic look-alikes (see [`roman_month`]).
fn roman_letter(c: char) -> Option<u8> {
    match c {
        'I' | 'І' | 'Ӏ' => Some(b'I'),
        'V' | 'Ѵ' => Some(b'V'),
        'X' | 'Х' => Some(b'X'),
        _ => None,
    }
}

/// A phrase of the lexicon that `want` accepts.
fn phrase<'a, E: ParseError<&'a str>>(
    i: &'a str,
    want: impl Fn(&PhraseInfo) -> bool,
) -> Res<'a, PhraseInfo, E> {
    match lexicon().phrase(i, want) {
        Some((info, len)) => Ok((i.get(len..).unwrap_or_default(), info)),
        None => fail(i, ErrorKind::Tag),
    }
}

/// A calendar label: "O.S.", "N.S.", "Old Style", "in Julian calendar",
/// "по старому стилю", "ст. ст.", "n. St.".
///
/// `"O.S. 25 October"` → `Julian`
pub(crate) fn label<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, CalendarKind, E> {
    let (rest, info) = phrase(i, |p| p.old_style || p.new_style)?;
    // No phrase is both (the lexicon's tests check it).
    let kind = if info.old_style {
        CalendarKind::Julian
    } else {
        CalendarKind::Gregorian
    };
    Ok((rest, kind))
}

/// A label in its own brackets: "(O.S.)", "[N.S.]".
pub(crate) fn bracketed_label<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, CalendarKind, E> {
    let (rest, closing) = super::atoms::open(i)?;
    let (rest, _) = super::atoms::space0(rest)?;
    let (rest, kind) = label(rest)?;
    let (rest, ()) = super::atoms::close(closing)(rest)?;
    Ok((rest, kind))
}

/// A small word between the parts of a date: "of", "de".
pub(crate) fn date_word<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (), E> {
    phrase(i, |p| p.date_word).map(|(rest, _)| (rest, ()))
}

/// An article between a weekday and its day: "the" ("Tuesday, the 25th"),
/// "den" ("Dienstag, den 25.").
pub(crate) fn day_article<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (), E> {
    let (rest, w) = word(i)?;
    match lexicon().word(w) {
        Some(info) if info.day_article => Ok((rest, ())),
        _ => fail(i, ErrorKind::Verify),
    }
}

/// A conjunction joining two days: "and", "и", "und", "or", "или", or a
/// comma.
pub(crate) fn and_word<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (), E> {
    if let Some(rest) = i.strip_prefix(',') {
        return Ok((rest, ()));
    }
    let (rest, info) = phrase(i, |p| p.and || p.or)?;
    // "или", "or" are read whole, with no separator inside: the pre-filter
    // walks over them as words, not over their pieces ("o.der").
    let written = consumed_between(i, rest);
    if !info.and && written.contains(is_phrase_separator) {
        return fail(i, ErrorKind::Verify);
    }
    Ok((rest, ()))
}

/// Words saying that the next date is the same day in the other calendar:
/// "i.e.", "that is", "т. е.", "d. h.".
///
/// `"i.e. 16 March"` → `" 16 March"`
pub(crate) fn that_is<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (), E> {
    phrase(i, |p| p.that_is).map(|(rest, _)| (rest, ()))
}

/// A small word for "on" before a day: "on", "am", "le".
///
/// `"am 16. März"` → `" 16. März"`
pub(crate) fn on_day<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (), E> {
    phrase(i, |p| p.on_day).map(|(rest, _)| (rest, ()))
}

/// A word offering an alternative, read whole: "or", "или", "oder".
///
/// `"or 16 March"` → `" 16 March"`
pub(crate) fn or_word<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (), E> {
    let (rest, _) = phrase(i, |p| p.or)?;
    if consumed_between(i, rest).contains(is_phrase_separator) {
        return fail(i, ErrorKind::Verify);
    }
    Ok((rest, ()))
}

/// How a range of days was opened, which decides what may close it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Opening {
    /// "from", "с", "vom": a dash or a word for "to" closes it.
    From,
    /// "between", "между", "zwischen": only a word for "and" closes it
    /// ([`between_and`]).
    Between,
}

/// A word opening a range of days, and an article after it: "from", "с"
/// ("с 24 на 25"), "between", "zwischen dem" ("between the 3rd and 5th of
/// May", "zwischen dem 3. und 5. Mai"). A word that opens both kinds in
/// different languages opens a range from … to.
///
/// `"between the 3rd"` → `(" 3rd", Between)`
pub(crate) fn range_from<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, Opening, E> {
    let (rest, info) = phrase(i, |p| p.range_from || p.between)?;
    let opening = match info.range_from {
        true => Opening::From,
        false => Opening::Between,
    };
    let article = space0::<E>(rest).and_then(|(r, _)| day_article::<E>(r));
    let rest = article.map_or(rest, |(after, ())| after);
    Ok((rest, opening))
}

/// The word closing a range that "between" opened: a word for "and",
/// not "or" or a comma.
///
/// `"and 26 October"` → `" 26 October"`
pub(crate) fn between_and<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (), E> {
    phrase(i, |p| p.and).map(|(rest, _)| (rest, ()))
}

/// A word closing a range of days: "to", "на", "bis".
pub(crate) fn range_to<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (), E> {
    phrase(i, |p| p.range_to).map(|(rest, _)| (rest, ()))
}

/// A word closing a range of days that is no conjunction joining two days
/// in any language: "to", "по", but not "a" (Spanish "to", Czech "and").
pub(crate) fn range_to_only<'a, E: ParseError<&'a str>>(i: &'a str) -> Res<'a, (), E> {
    phrase(i, |p| p.range_to && !p.and && !p.or).map(|(rest, _)| (rest, ()))
}

#[cfg(test)]
mod tests {
    use super::*;

    type E<'a> = nom::error::Error<&'a str>;

    /// The ASCII letters at the start of 16 bytes, whatever byte ends
    /// them, in every place.
    #[test]
    fn counts_ascii_letters_as_bytes_say() {
        for b in 0..=255u8 {
            for at in 0..16 {
                let mut sixteen = *b"abcdefghXYZwvuqp";
                sixteen[at] = b;
                let by_bytes = sixteen
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                assert_eq!(ascii_letters(&sixteen), by_bytes, "{b} at {at}");
            }
        }
    }

    /// Every two-byte character that [`two_byte_letter`] takes for a
    /// letter is a word character.
    #[test]
    fn two_byte_letters_are_word_chars() {
        let mut letters = 0;
        for lead in 0xC2..=0xDFu8 {
            for cont in 0x80..=0xBFu8 {
                let bytes = [lead, cont];
                let c = std::str::from_utf8(&bytes).unwrap().chars().next().unwrap();
                if two_byte_letter(lead, cont) {
                    assert!(is_word_char(c), "{c:?}");
                    letters += 1;
                }
            }
        }
        // Leads 0xC4, 0xC5, 0xD0 and 0xD1 whole, 0xC3 but two, 45 of
        // 0xCE and 15 of 0xCF.
        assert_eq!(letters, 4 * 64 + 62 + 45 + 15);
    }

    /// General punctuation, answered without a table, answers as the
    /// table does.
    #[test]
    fn no_word_chars_in_general_punctuation() {
        for c in '\u{2000}'..='\u{206f}' {
            let by_definition =
                c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c);
            assert_eq!(is_word_char(c), by_definition, "{c:?}");
        }
    }

    #[test]
    fn months_in_many_forms() {
        assert_eq!(month_name::<E>("Oct. 26"), Ok((" 26", 10)));
        assert_eq!(month_name::<E>("октя́бря 1917"), Ok((" 1917", 10)));
        assert_eq!(month_name::<E>("Februar 1918"), Ok((" 1918", 2)));
        assert!(month_name::<E>("Finland (6").is_err());
        assert!(month_name::<E>("1917").is_err());
    }

    #[test]
    fn months_by_their_number_in_the_year_from_march() {
        for (text, rest, month) in [
            ("7ber 1705", " 1705", 9),
            ("8bre)", ")", 10),
            ("9bris 1705", " 1705", 11),
            ("10ber", "", 12),
            ("7BER 1705", " 1705", 9),
            ("7br. 1705", " 1705", 9),
            ("8bro de", " de", 10),
            ("Xber 1712", " 1712", 12),
            ("Xbre 1712", " 1712", 12),
            ("Xbris", "", 12),
        ] {
            assert_eq!(month_after_day::<E>(text), Ok((rest, month)), "{text}");
        }
        for text in [
            "7bread",
            "7bre2",
            "8bers",
            "6ber",
            "11ber",
            "7 ber",
            "7b",
            "10b",
            "Xb",
            "07ber",
            "10BR",
            "7Br atoms",
            "8br 1705",
        ] {
            assert!(month_after_day::<E>(text).is_err(), "{text}");
        }
        // Not before a day.
        assert!(month_name::<E>("7ber 12").is_err());
    }

    #[test]
    fn lower_case_may_and_march_before_a_word_are_verbs() {
        for text in [
            "may be skipped",
            "may\nbe skipped",
            "may also",
            "may  die",
            "may do",
            "may set",
            "may Be",
        ] {
            assert!(month_name::<E>(text).is_err(), "{text:?}");
        }
        for (text, rest) in [
            ("may 1917", " 1917"),
            ("may, 1917", ", 1917"),
            ("may.", "."),
            ("may. The", ". The"),
            ("may)", ")"),
            ("may", ""),
            ("may\n\nbe", "\n\nbe"),
            ("may O.S.", " O.S."),
            ("may os", " os"),
            ("may de 1801", " de 1801"),
            ("may of 1917", " of 1917"),
            ("May be", " be"),
            ("MAY be", " be"),
            ("mayo de", " de"),
        ] {
            assert_eq!(month_name::<E>(text), Ok((rest, 5)), "{text:?}");
        }
        for (text, rest) in [
            ("may to 3 (16) june", " to 3 (16) june"),
            ("may and 3 (16) may", " and 3 (16) may"),
            ("may or", " or"),
            ("may till", " till"),
            ("may the strike", " the strike"),
            ("may y 3", " y 3"),
        ] {
            assert_eq!(month_name::<E>(text), Ok((rest, 5)), "{text:?}");
        }
        assert!(!verb_not_month("May", " be"));
        assert!(!verb_not_month("maybe", ""));
        // "march" too, and only these two.
        assert!(month_name::<E>("march at dawn").is_err());
        assert_eq!(month_name::<E>("march 1917"), Ok((" 1917", 3)));
        assert_eq!(month_name::<E>("March at"), Ok((" at", 3)));
        assert_eq!(month_name::<E>("june is"), Ok((" is", 6)));
    }

    #[test]
    fn a_full_stop_is_no_abbreviation_dot() {
        let dot = |rest| abbreviation_dot("Oct", rest);
        assert_eq!(dot(". 26"), " 26");
        assert_eq!(dot(".\n(8 Nov.)"), "\n(8 Nov.)");
        assert_eq!(dot(". O.S."), " O.S.");
        assert_eq!(dot(" 26"), " 26");
        assert_eq!(dot(". Then"), ". Then");
        assert_eq!(dot("."), ".");
        assert_eq!(dot(".\nThe"), ".\nThe");
        assert_eq!(dot(".\nO.S."), "\nO.S.");
        assert_eq!(dot(".\n1917"), "\n1917");
        assert_eq!(dot(".\n\n1917"), ".\n\n1917", "a blank line");
        assert_eq!(dot(". \r\n \r\n1917"), ". \r\n \r\n1917", "a blank line");
        // An ellipsis keeps its three dots, after a whole word or an
        // abbreviation; "…" is no dot at all.
        assert_eq!(dot("... no"), "... no");
        assert_eq!(dot(".."), "..");
        assert_eq!(dot("\u{2026} no"), "\u{2026} no");
        assert_eq!(month_name::<E>("марта... нет"), Ok(("... нет", 3)));
        assert_eq!(month_name::<E>("März... nein"), Ok(("... nein", 3)));
        assert_eq!(weekday_name::<E>("Wed... 25"), Ok(("... 25", Weekday::Wed)));
        let full = |rest| abbreviation_dot("February", rest);
        assert_eq!(full(".\nNew style"), ".\nNew style");
        assert_eq!(full(". O.S."), " O.S.");
        assert_eq!(month_name::<E>("November. The"), Ok((". The", 11)));
    }

    #[test]
    fn weekdays_and_roman_months() {
        assert_eq!(
            weekday_name::<E>("Wednesday, 25"),
            Ok((", 25", Weekday::Wed))
        );
        assert_eq!(
            weekday_name::<E>("segunda-feira, 5"),
            Ok((", 5", Weekday::Mon))
        );
        // An abbreviation's dot, but not a sentence's full stop.
        assert_eq!(weekday_name::<E>("Wed. 25"), Ok((" 25", Weekday::Wed)));
        assert_eq!(
            weekday_name::<E>("Wednesday.\nOctober 25"),
            Ok((".\nOctober 25", Weekday::Wed))
        );
        assert_eq!(weekday_name::<E>("Tues. Oct"), Ok((" Oct", Weekday::Tue)));
        assert_eq!(weekday_name::<E>("Tuesday. 5"), Ok((". 5", Weekday::Tue)));
        assert_eq!(weekday_name::<E>("Thurs. 5"), Ok((" 5", Weekday::Thu)));
        assert_eq!(weekday_name::<E>("måndag. 5"), Ok((". 5", Weekday::Mon)));
        assert_eq!(weekday_name::<E>("вторник. 5"), Ok((". 5", Weekday::Tue)));
        assert_eq!(roman_month::<E>("XI.1917"), Ok((".1917", 11)));
        assert_eq!(roman_month::<E>("IX)"), Ok((")", 9)));
        assert!(roman_month::<E>("iii").is_err());
        assert!(roman_month::<E>("XIV").is_err());
        // Cyrillic look-alikes, alone or mixed with Latin letters.
        assert_eq!(roman_month::<E>("Х.1917"), Ok((".1917", 10)));
        assert_eq!(roman_month::<E>("ХІ)"), Ok((")", 11)));
        assert_eq!(roman_month::<E>("XІІ "), Ok((" ", 12)));
        assert_eq!(roman_month::<E>("ІѴ."), Ok((".", 4)));
        assert!(roman_month::<E>("Хорошо").is_err());
        assert!(roman_month::<E>("ХІV").is_err());
    }

    #[test]
    fn words_saying_the_same_day_or_an_alternative() {
        for text in [
            "i.e. 16",
            "I. e. 16",
            "that is 16",
            "т. е. 16",
            "d. h. 16",
            "c.-à-d. 16",
            "being 16",
            "viz. 16",
            "das ist 16",
            "d. i. 16",
            "soit 16",
        ] {
            assert_eq!(that_is::<()>(text), Ok((" 16", ())), "{text}");
        }
        assert!(that_is::<()>("is 16").is_err());
        assert!(that_is::<()>("beings 16").is_err());
        for text in ["on 16", "am 16", "le 16", "den 16", "στις 16"] {
            assert_eq!(on_day::<()>(text), Ok((" 16", ())), "{text}");
        }
        assert!(on_day::<()>("one 16").is_err());
        assert!(on_day::<()>("amid 16").is_err());
        assert_eq!(or_word::<()>("or 16"), Ok((" 16", ())));
        assert_eq!(or_word::<()>("или 16"), Ok((" 16", ())));
        assert!(or_word::<()>("o.der 16").is_err(), "read whole");
        assert!(or_word::<()>("order 16").is_err());
    }

    #[test]
    fn months_with_a_glued_mark() {
        assert_eq!(month_with_glued_mark("Maijul"), Some((3, 5)));
        assert_eq!(month_with_glued_mark("Januargreg"), Some((6, 1)));
        for w in ["Mai", "jul", "greg", "Julijul", "Mauljul"] {
            let expected = (w == "Julijul").then_some((4, 7));
            assert_eq!(month_with_glued_mark(w), expected, "{w}");
        }
        // The mark must have its dot; the month ends before the mark.
        assert_eq!(
            month_name::<()>("Maijul./ 9. Juni"),
            Ok(("jul./ 9. Juni", 5))
        );
        assert!(month_name::<()>("Maijul 9").is_err());
    }

    #[test]
    fn labels() {
        assert_eq!(label::<E>("O.S. 25"), Ok((" 25", CalendarKind::Julian)));
        assert_eq!(label::<E>("н. ст.)"), Ok((")", CalendarKind::Gregorian)));
        assert_eq!(
            bracketed_label::<E>("(O.S.) x"),
            Ok((" x", CalendarKind::Julian))
        );
        assert!(label::<E>("Osaka").is_err());
    }

    #[test]
    fn joining_words() {
        assert_eq!(and_word::<E>("и 16"), Ok((" 16", ())));
        assert_eq!(and_word::<E>(", 16"), Ok((" 16", ())));
        assert_eq!(and_word::<E>("или 11"), Ok((" 11", ())));
        assert_eq!(and_word::<E>("Or 11"), Ok((" 11", ())));
        assert!(and_word::<E>("o.der 11").is_err(), "read whole");
        assert!(and_word::<E>("o. 11").is_err(), "read whole");
        assert!(and_word::<E>("order 11").is_err());
        assert_eq!(range_to_only::<E>("по 3"), Ok((" 3", ())));
        assert_eq!(range_to_only::<E>("to 3"), Ok((" 3", ())));
        assert!(range_to_only::<E>("a 3").is_err(), "Czech \"and\"");
        assert_eq!(range_to::<E>("a 3"), Ok((" 3", ())));
        assert_eq!(range_from::<E>("с 24"), Ok((" 24", Opening::From)));
        assert_eq!(range_from::<E>("между 24"), Ok((" 24", Opening::Between)));
        // An article after the word is the range's.
        assert_eq!(
            range_from::<E>("between the 3rd"),
            Ok((" 3rd", Opening::Between))
        );
        assert_eq!(
            range_from::<E>("zwischen dem 3."),
            Ok((" 3.", Opening::Between))
        );
        assert_eq!(range_from::<E>("from the 3rd"), Ok((" 3rd", Opening::From)));
        assert!(range_from::<E>("betweenness").is_err());
        assert_eq!(between_and::<E>("and 26"), Ok((" 26", ())));
        assert_eq!(between_and::<E>("und 5."), Ok((" 5.", ())));
        assert!(between_and::<E>("to 26").is_err(), "only \"and\" closes");
        assert!(between_and::<E>("or 26").is_err());
        assert!(between_and::<E>(", 26").is_err());
        assert_eq!(range_to::<E>("на 25"), Ok((" 25", ())));
        assert!(range_to::<E>("наш").is_err());
    }

    /// `month_name` as it reads without the lexicon's filter of first
    /// letters.
    fn month_name_unfiltered(i: &str) -> Option<(&str, u8)> {
        let (rest, w) = word::<()>(i).ok()?;
        let m = lexicon().month(w).filter(|_| !verb_not_month(w, rest))?;
        Some((abbreviation_dot(w, rest), m))
    }

    use proptest::prelude::*;

    proptest! {
        /// The filter of first letters never turns a month away: texts
        /// made of month names and pieces of them, in any case, with
        /// marks, apostrophes and the letters of other words, read alike.
        #[test]
        fn month_names_read_as_without_the_filter(
            pieces in prop::collection::vec(
                prop_oneof![
                    prop::sample::select(&[
                        "Oct", "октября", "ОКТ", "Mar", "März", "ma", "май", "Ма", "mai",
                        "Sept", "сент", "Nov", "ноя", "Ju", "jun", "juli", "Ian", "Ιαν",
                        "ма\u{301}я", "Ma\u{301}rz", "O\u{301}ct", "ju\u{301}l",
                        "Oc\u{ad}t", "ма\u{200b}я", "no\u{feff}v",
                    ][..]).prop_map(str::to_string),
                    "[a-zA-Zа-яА-ЯёЁйЙéá'’\u{301}\u{ad}\u{200b} .,)]{1,3}",
                ],
                1..5,
            ),
        ) {
            let text: String = pieces.concat();
            for (k, _) in text.char_indices() {
                let i = &text[k..];
                prop_assert_eq!(
                    month_name::<()>(i).ok(),
                    month_name_unfiltered(i),
                    "{:?}", i
                );
            }
        }
    }

    #[test]
    fn invisible_characters_inside_words_belong_to_them() {
        for c in [
            '\u{ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}',
        ] {
            let w = format!("Oct{c}ober");
            assert_eq!(word::<E>(&format!("{w} 26")), Ok((" 26", w.as_str())));
            assert_eq!(month_name::<E>(&format!("{w} 26")), Ok((" 26", 10)));
            let w = format!("ок{c}{c}тя\u{301}{c}бря");
            assert_eq!(
                word::<E>(&format!("{w}{c}(")),
                Ok((&*format!("{c}("), w.as_str()))
            );
            assert_eq!(
                month_name::<E>(&format!("{w}{c} 1917")),
                Ok((&*format!("{c} 1917"), 10))
            );
            // Before or after a word they are not part of it.
            assert_eq!(
                word::<E>(&format!("May{c}{c}26")),
                Ok((&*format!("{c}{c}26"), "May"))
            );
            assert!(word::<E>(&format!("{c}May")).is_err());
            assert_eq!(
                month_name::<E>(&format!("Oct{c}. 26")),
                Ok((&*format!("{c}. 26"), 10))
            );
        }
        // A run too long for a word, after a letter, makes it too long.
        let long = format!("Oct{}ober", "\u{200b}".repeat(40));
        assert!(word::<E>(&long).is_err());
        let long = format!("Oct{}ober", "\u{200b}".repeat(10));
        assert_eq!(month_name::<E>(&long), Ok(("", 10)));
    }

    #[test]
    fn words_are_bounded() {
        let long = "a".repeat(10_000);
        assert!(word::<E>(&long).is_err());
        assert_eq!(word::<E>("п'ятниця,"), Ok((",", "п'ятниця")));
        assert_eq!(
            word::<E>("'x"),
            Err(nom::Err::Error(E::new("'x", ErrorKind::Alpha)))
        );
    }
}
