//! Case and accent folding: how text and lexicon entries are compared.
//!
//! A character folds to its canonical decomposition without combining
//! marks, lower-cased, with Greek final sigma read as sigma: "Октя́бря",
//! "октября" and "ОКТЯБРЯ" fold alike, as do "März" and "marz". Letters
//! that do not decompose keep their identity (`ѣ`, `і`, `ł`, `ß`). The
//! invisible characters of [`is_ignorable`] fold to nothing:
//! "Oct\u{AD}ober" folds as "October" does.

use std::sync::LazyLock;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Feeds the folded form of one character to `out` (zero or more chars).
#[inline]
pub fn fold_char(c: char, mut out: impl FnMut(char)) {
    match c {
        '\0'..='\u{7f}' => return out(c.to_ascii_lowercase()),
        // Basic Cyrillic letters other than Й/й decompose to nothing and
        // lower-case by a fixed distance.
        'А'..='Я' if c != 'Й' => return out(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        'а'..='я' if c != 'й' => return out(c),
        _ => {}
    }
    // The rest of the two-byte range (Latin-1 and Latin Extended, Greek,
    // the rest of Cyrillic, combining marks) from a table made once.
    if let Some(folded) = two_byte_table().get((c as usize).wrapping_sub(0x80)) {
        match *folded {
            Folded::Chars(first, second) => {
                for f in [first, second].into_iter().flatten() {
                    out(f);
                }
                return;
            }
            Folded::Long => {}
        }
    }
    fold_char_slow(c, out);
}

/// Whether `c` is an invisible character that text carries without
/// meaning for the reader: the soft hyphen (U+00AD), the zero-width space,
/// non-joiner and joiner (U+200B–U+200D), the word joiner (U+2060) and
/// the zero-width no-break space (U+FEFF, a byte order mark inside text).
/// Web pages and word processors leave them inside words ("Oct\u{AD}ober")
/// and between a date's parts ("25\u{200B}October"). Folding drops them, as
/// it drops stress marks; the grammar reads them inside a word as part of
/// it and elsewhere as space. All are two or three bytes long in UTF-8,
/// none ASCII, so the ASCII fast paths never meet them.
#[inline]
pub fn is_ignorable(c: char) -> bool {
    // One comparison for ASCII and most of Latin-1.
    c >= '\u{ad}'
        && matches!(
            c,
            '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'
        )
}

/// Folds `c` by decomposing it: the definition the table follows.
fn fold_char_slow(c: char, mut out: impl FnMut(char)) {
    if is_ignorable(c) {
        return;
    }
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            for l in d.to_lowercase() {
                out(if l == 'ς' { 'σ' } else { l });
            }
        }
    });
}

/// The folded form of a two-byte character, as the table holds it.
#[derive(Clone, Copy)]
enum Folded {
    /// None, one or two characters.
    Chars(Option<char>, Option<char>),
    /// More: folded the slow way.
    Long,
}

/// The folded forms of U+0080 to U+07FF, worked out once with
/// [`fold_char_slow`].
fn two_byte_table() -> &'static [Folded] {
    static TABLE: LazyLock<Vec<Folded>> = LazyLock::new(|| {
        (0x80..0x800u32)
            .map(|code| {
                let Some(c) = char::from_u32(code) else {
                    return Folded::Long;
                };
                let mut chars = Vec::new();
                fold_char_slow(c, |f| chars.push(f));
                match chars.as_slice() {
                    [] => Folded::Chars(None, None),
                    [a] => Folded::Chars(Some(*a), None),
                    [a, b] => Folded::Chars(Some(*a), Some(*b)),
                    _ => Folded::Long,
                }
            })
            .collect()
    });
    &TABLE
}

/// The folded form of a string.
///
/// ```
/// use dualdate::lexicon::fold;
/// assert_eq!(fold("Октя́бря"), "октября");
/// assert_eq!(fold("MÄRZ"), "marz");
/// assert_eq!(fold("ΟΚΤΩΒΡΙΟΣ"), "οκτωβριοσ");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, |f| out.push(f));
    }
    out
}

/// An alphabet a mixed word may be read in (see [`in_one_script`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Script {
    Latin,
    Cyrillic,
}

/// Latin letters and the Cyrillic letters they look like, which text
/// recognition and hurried typing put in each other's words: "iюля" for
/// the pre-reform "іюля", "октябpя" with a Latin "p", "Оctober" with a
/// Cyrillic "О".
const LOOK_ALIKES: [(char, char); 21] = [
    ('a', 'а'),
    ('c', 'с'),
    ('e', 'е'),
    ('i', 'і'),
    ('o', 'о'),
    ('p', 'р'),
    ('x', 'х'),
    ('y', 'у'),
    ('A', 'А'),
    ('B', 'В'),
    ('C', 'С'),
    ('E', 'Е'),
    ('H', 'Н'),
    ('I', 'І'),
    ('K', 'К'),
    ('M', 'М'),
    ('O', 'О'),
    ('P', 'Р'),
    ('T', 'Т'),
    ('X', 'Х'),
    ('Y', 'У'),
];

/// `word` written in `script` alone, if it mixes Latin and Cyrillic
/// letters and each letter of the other script looks like one of
/// `script`: "октябpя" in Cyrillic is "октября". `None` for a word in one
/// script (the common case, told without building anything) or with a
/// letter of the other script that looks like none.
pub(crate) fn in_one_script(word: &str, script: Script) -> Option<String> {
    if !mixes_scripts(word) {
        return None;
    }
    word.chars().map(|c| in_script(c, script)).collect()
}

/// Whether `c` is of the Cyrillic block (U+0400–U+04FF).
fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{4ff}')
}

/// Whether `word` holds both ASCII letters and Cyrillic characters, the
/// words [`in_one_script`] reads in either script.
pub(crate) fn mixes_scripts(word: &str) -> bool {
    !word.is_ascii()
        && word.bytes().any(|b| b.is_ascii_alphabetic())
        && word.chars().any(is_cyrillic)
}

/// The letter `c` in `script`: itself if it is of that script or neither,
/// or the letter of `script` it looks like (see [`LOOK_ALIKES`]), if any.
pub(crate) fn in_script(c: char, script: Script) -> Option<char> {
    match script {
        Script::Cyrillic if c.is_ascii_alphabetic() => {
            LOOK_ALIKES.iter().find(|(l, _)| *l == c).map(|(_, k)| *k)
        }
        Script::Latin if is_cyrillic(c) => {
            LOOK_ALIKES.iter().find(|(_, k)| *k == c).map(|(l, _)| *l)
        }
        _ => Some(c),
    }
}

/// Whether a character is skipped inside labels and era markers, so that
/// "O.S.", "O. S.", "OS" and "O/S" read alike.
#[inline]
pub fn is_phrase_separator(c: char) -> bool {
    matches!(c, '.' | '/' | '-' | '\u{2010}' | '\u{2011}') || c.is_whitespace()
}

/// `rest` after a dot at its start that may be the abbreviation dot of
/// the word before it: a dot, but not the first of an ellipsis written
/// as dots ("March... no", "г..."), which belongs to the ellipsis.
///
/// `". 26"` → `" 26"`; `"... no"` → `None`
#[inline]
pub(crate) fn dot_of_word(rest: &str) -> Option<&str> {
    rest.strip_prefix('.')
        .filter(|after| !after.starts_with('.'))
}

/// Whether byte `k` of `text` ends a line: a line feed, or a CR alone (a
/// CR before a line feed ends nothing; its line feed ends the line).
#[inline]
pub(crate) fn ends_line_at(text: &[u8], k: usize) -> bool {
    match text.get(k) {
        Some(b'\n') => true,
        Some(b'\r') => text.get(k + 1) != Some(&b'\n'),
        _ => false,
    }
}

/// The folded form of a phrase with its separators dropped: "O. S." → "os".
pub fn fold_phrase(s: &str) -> String {
    fold(s)
        .chars()
        .filter(|c| !is_phrase_separator(*c))
        .collect()
}

/// A fixed-size buffer for folding a word without allocating; words longer
/// than the buffer are no lexicon entry anyway.
pub(crate) struct FoldBuf {
    bytes: [u8; 96],
    len: usize,
}

impl FoldBuf {
    /// Folds `word`, or returns `None` if the result does not fit.
    pub(crate) fn new(word: &str) -> Option<FoldBuf> {
        let mut buf = FoldBuf {
            bytes: [0; 96],
            len: 0,
        };
        if word.is_ascii() {
            let slot = buf.bytes.get_mut(..word.len())?;
            slot.copy_from_slice(word.as_bytes());
            slot.make_ascii_lowercase();
            buf.len = word.len();
            return Some(buf);
        }
        let mut fits = true;
        for c in word.chars() {
            // Basic Cyrillic other than Й/й, written straight in (the same
            // result as `fold_char`, without the closure).
            if matches!(c, 'А'..='я') && c != 'Й' && c != 'й' {
                let lower = if c <= 'Я' {
                    char::from_u32(c as u32 + 0x20).unwrap_or(c)
                } else {
                    c
                };
                let end = buf.len + 2;
                let slot = buf.bytes.get_mut(buf.len..end)?;
                lower.encode_utf8(slot);
                buf.len = end;
                continue;
            }
            fold_char(c, |f| {
                let end = buf.len + f.len_utf8();
                match buf.bytes.get_mut(buf.len..end) {
                    Some(slot) if fits => {
                        f.encode_utf8(slot);
                        buf.len = end;
                    }
                    _ => fits = false,
                }
            });
            if !fits {
                return None;
            }
        }
        Some(buf)
    }

    /// The folded text as UTF-8 bytes (only whole chars were written).
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_words_are_read_in_one_script() {
        let one = |w: &str, s: Script| in_one_script(w, s);
        assert_eq!(one("iюля", Script::Cyrillic).as_deref(), Some("іюля"));
        assert_eq!(one("октябpя", Script::Cyrillic).as_deref(), Some("октября"));
        assert_eq!(one("Оctober", Script::Latin).as_deref(), Some("October"));
        // A letter with no look-alike in the other script.
        assert_eq!(one("Оctober", Script::Cyrillic), None);
        assert_eq!(one("окtябpя", Script::Cyrillic).as_deref(), None);
        // Words in one script are left alone.
        for w in ["October", "октября", "März", "Οκτωβρίου", ""] {
            assert_eq!(one(w, Script::Cyrillic), None, "{w}");
            assert_eq!(one(w, Script::Latin), None, "{w}");
        }
    }

    #[test]
    fn folds_stress_marks_and_case() {
        assert_eq!(fold("Октя́бря"), "октября");
        assert_eq!(fold("ЁЛКА"), "елка");
        assert_eq!(fold("Οκτωβρίου"), "οκτωβριου");
        assert_eq!(fold("septemvrīs"), "septemvris");
        assert_eq!(fold_phrase("O. S."), "os");
        assert_eq!(fold_phrase("по ст. ст."), "постст");
    }

    #[test]
    fn folds_invisible_characters_to_nothing() {
        for c in [
            '\u{ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}',
        ] {
            assert!(is_ignorable(c));
            assert_eq!(fold(&format!("Oct{c}ober")), "october", "{c:?}");
            assert_eq!(
                fold(&format!("{c}ок{c}{c}тя\u{301}бря{c}")),
                "октября",
                "{c:?}"
            );
            let buf = FoldBuf::new(&format!("Mä{c}rz")).unwrap();
            assert_eq!(buf.as_bytes(), "marz".as_bytes(), "{c:?}");
        }
        // Spaces, hyphens and marks that are seen, or combine, are others.
        for c in [' ', '\u{a0}', '\u{2010}', '\u{34f}', '-'] {
            assert!(!is_ignorable(c), "{c:?}");
        }
    }

    #[test]
    fn the_table_folds_as_decomposition_does() {
        for code in 0..0x1_0000u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let (mut fast, mut slow) = (String::new(), String::new());
            fold_char(c, |f| fast.push(f));
            if c.is_ascii() {
                slow.push(c.to_ascii_lowercase());
            } else {
                fold_char_slow(c, |f| slow.push(f));
            }
            assert_eq!(fast, slow, "U+{code:04X}");
        }
    }

    #[test]
    fn buffer_folding_matches_allocating_folding() {
        for w in ["Октя́бря", "März", "ΟΚΤΩΒΡΙΟΣ", "", "x"] {
            assert_eq!(FoldBuf::new(w).unwrap().as_bytes(), fold(w).as_bytes());
        }
        // Every character of the BMP and a few beyond, alone and between
        // letters, folds in the buffer as it does one character at a time.
        let chars = (0..0x1_0000u32)
            .chain(0x1_0000..0x1_0400)
            .chain([0x1_D400, 0x1_F600, 0x10_FFFF])
            .filter_map(char::from_u32);
        for c in chars {
            for w in [c.to_string(), format!("Ab{c}Я{c}ς")] {
                let folded = FoldBuf::new(&w).map(|b| b.as_bytes().to_vec());
                assert_eq!(folded.as_deref(), Some(fold(&w).as_bytes()), "{c:?}");
            }
        }
        assert!(FoldBuf::new(&"я".repeat(60)).is_none());
        assert!(FoldBuf::new(&"a".repeat(97)).is_none());
        assert_eq!(
            FoldBuf::new(&"A".repeat(96)).unwrap().as_bytes(),
            "a".repeat(96).as_bytes()
        );
        assert_eq!(
            FoldBuf::new(&"a\u{301}".repeat(40)).unwrap().as_bytes(),
            "a".repeat(40).as_bytes()
        );
    }
}
