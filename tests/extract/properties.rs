//! Properties: random dates written in random forms and languages are read
//! back exactly; arbitrary text and bytes never make extraction panic, and
//! spans always lie inside the input on character boundaries.

use dualdate::calendar::JulianDate;
use dualdate::extract::{Options, extract, extract_bytes};
use dualdate::lexicon::LANGUAGES;
use proptest::prelude::*;

use crate::util::repo_path;

#[path = "../../benches/corpus/mod.rs"]
pub mod corpus;

/// Words that are no date, label or month in any language, to surround the
/// dates with.
const FILLER: &[&str] = &[
    "alpha", "beta", "gamma", "delta", "kappa", "sigma", "omega", "zeta",
];

#[derive(Debug, Clone)]
struct Case {
    text: String,
    start: usize,
    end: usize,
    julian: (i32, u8, u8),
    gregorian: (i32, u8, u8),
}

/// A Julian date of 1583–2099 that does not cross New Year in the other
/// calendar, written in one of the forms, in one language's spellings.
fn case() -> impl Strategy<Value = Case> {
    (
        1583..2100i32,
        1..=11u8,
        1..=28u8,
        0..LANGUAGES.len(),
        any::<usize>(),
        any::<usize>(),
        0..corpus::FORMS,
        prop::collection::vec(0..FILLER.len(), 0..4),
        prop::collection::vec(0..FILLER.len(), 0..4),
    )
        .prop_map(|(year, month, day, lang, ji, gi, form, before, after)| {
            let j = JulianDate::new(year, month, day).unwrap();
            let g = j.to_gregorian();
            let written = corpus::render_dual(j, &LANGUAGES[lang], form, ji, gi);
            let words = |ix: &[usize]| ix.iter().map(|&i| FILLER[i]).collect::<Vec<_>>().join(" ");
            let head = words(&before);
            let head = if head.is_empty() { head } else { head + " " };
            let tail = words(&after);
            let text = format!("{head}{written} {tail}");
            Case {
                start: head.len(),
                end: head.len() + written.len(),
                text,
                julian: (year, month, day),
                gregorian: (g.year(), g.month(), g.day()),
            }
        })
}

const ROMAN: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// A Julian date of 1583–2099 (not across New Year: a year written once
/// after the pair then belongs to its January side) and its Gregorian twin
/// in one of the numeric
/// forms, or in English with a comma before the label in the bracket, a
/// labelled bracket before the other date, two labelled dates, glued
/// Russian ordinals, an undotted label before a pair, two labelled dates
/// around a slash, Serbian numeric months with their dots, a shared month
/// after a small word or ordinals ("5 (17) de marzo", "2nd (15th) of
/// March", "2e (13e) mei"), numeric or Roman months after space ("25. 10.
/// (7. 11.) 1917.", "25 X (7 XI) 1917") or a labelled range in each
/// calendar, the labels before or after the years ("1–2 March 1700 O.S. =
/// 12–13 March 1700 N.S.", "1–2 March O.S. 1700 = 12–13 March N.S. 1700"),
/// or "os" and "ns" in lower case ("os 25 December 1642 (ns 4 January
/// 1643)"), or as wiki links ("[[7 November]] [O.S. [[25 October]]]
/// [[1917]]"), or full numeric dates around a slash before 1924
/// ("30.12.1916/12.01.1917"), or ranges with range words and a month on
/// each side ("from 25 October to 26 October (7–8 November) 1917", "с 25
/// октября 1917 г. по 26 октября 1917 г. (7–8 ноября 1917 г.)"), with the
/// text and where the mention is in it.
fn numeric_case() -> impl Strategy<Value = Case> {
    (1583..2100i32, 1..=11u8, 1..=28u8, 0..24usize).prop_map(|(year, month, day, form)| {
        let j = JulianDate::new(year, month, day).unwrap();
        let g = j.to_gregorian();
        let (jd, gd) = (j.day(), g.day());
        let (jm, gm) = (j.month(), g.month());
        let (jr, gr) = (ROMAN[usize::from(jm) - 1], ROMAN[usize::from(gm) - 1]);
        let month_in = |code: &str, m: u8| {
            let lang = LANGUAGES.iter().find(|l| l.code == code).unwrap();
            lang.months[usize::from(m) - 1][0]
        };
        let english = |m: u8| month_in("en", m);
        let th = |d: u8| match (d % 10, d % 100) {
            (1, n) if n != 11 => "st",
            (2, n) if n != 12 => "nd",
            (3, n) if n != 13 => "rd",
            _ => "th",
        };
        let written = match form {
            0 => format!("{jd}.{jr} ({gd}.{gr}) {year}"),
            1 => format!("{jd}/{jr} ({gd}/{gr}) {year}"),
            2 if jm == gm => format!("{jd}/{gd}.{jm:02}.{year}"),
            3 => format!("{jd}.{jm:02}.{year} ({gd}.{gm:02}.{})", g.year()),
            4 => format!("{jd}.{jm} ({gd}.{gm}) {year} г."),
            5 => format!("(O.S. {jd} {}) {gd} {} {year}", english(jm), english(gm)),
            6 => format!(
                "OS {jd} {} {year}; NS {gd} {} {year}",
                english(jm),
                english(gm)
            ),
            7 if jm == gm => format!("{jd}го ({gd}го) {} {year}", english(jm)),
            8 => format!("OS {jd} {} ({gd} {}) {year}", english(jm), english(gm)),
            9 => format!(
                "O.S. {jd} {} {year} / N.S. {gd} {} {}",
                english(jm),
                english(gm),
                g.year()
            ),
            10 => format!("{jd}.{jm}. ({gd}.{gm}.) {year}. године"),
            11 if jm == gm => format!("{jd} ({gd}) de {} de {year}", month_in("es", jm)),
            12 if jm == gm => {
                format!("{jd}{} ({gd}{}) of {} {year}", th(jd), th(gd), english(jm))
            }
            13 if jm == gm => format!("{jd}e ({gd}e) {} {year}", month_in("nl", jm)),
            14 => format!("{jd}. {jm}. ({gd}. {gm}.) {year}"),
            15 => format!("{jd} {jr} ({gd} {gr}) {year}"),
            16 if gd < 28 => format!(
                "{jd}–{} {} {year} O.S. = {gd}–{} {} {} N.S.",
                jd + 1,
                english(jm),
                gd + 1,
                english(gm),
                g.year()
            ),
            17 if gd < 28 => format!(
                "{jd}–{} {} O.S. {year} = {gd}–{} {} N.S. {}",
                jd + 1,
                english(jm),
                gd + 1,
                english(gm),
                g.year()
            ),
            18 => format!(
                "os {jd} {} {year} (ns {gd} {} {})",
                english(jm),
                english(gm),
                g.year()
            ),
            19 => format!(
                "[[{gd} {}]] [O.S. [[{jd} {}]]] [[{}]]",
                english(gm),
                english(jm),
                g.year()
            ),
            20 if year < 1924 => format!("{jd:02}.{jm:02}.{year}/{gd:02}.{gm:02}.{}", g.year()),
            21 if jd < 28 && gd < 28 => format!(
                "from {jd} {} to {} {} ({gd}–{} {}) {year}",
                english(jm),
                jd + 1,
                english(jm),
                gd + 1,
                english(gm)
            ),
            22 if jd < 28 && gd < 28 => {
                let ru = |m: u8| {
                    let lang = LANGUAGES.iter().find(|l| l.code == "ru").unwrap();
                    lang.months[usize::from(m) - 1][1]
                };
                format!(
                    "с {jd} {} {year} г. по {} {} {year} г. ({gd}–{} {} {} г.)",
                    ru(jm),
                    jd + 1,
                    ru(jm),
                    gd + 1,
                    ru(gm),
                    g.year()
                )
            }
            _ => format!("{} {jd}, {year} ({} {gd}, N.S.)", english(jm), english(gm)),
        };
        let head = "alpha ";
        Case {
            text: format!("{head}{written} beta"),
            start: head.len(),
            end: head.len() + written.len(),
            julian: (year, month, day),
            gregorian: (g.year(), gm, g.day()),
        }
    })
}

/// The case's text holds one mention, at its place, of its two dates.
fn read_back(c: &Case) -> Result<(), TestCaseError> {
    let mentions = extract(&c.text, &Options::default());
    prop_assert_eq!(mentions.len(), 1, "{:?}", c.text);
    let m = &mentions[0];
    prop_assert_eq!(m.span.clone(), c.start..c.end, "{:?}", c.text);
    prop_assert_eq!(ymd(m.julian.as_ref()), Some(c.julian), "{:?}", c.text);
    prop_assert_eq!(ymd(m.gregorian.as_ref()), Some(c.gregorian), "{:?}", c.text);
    Ok(())
}

fn ymd(side: Option<&dualdate::extract::Side>) -> Option<(i32, u8, u8)> {
    let s = side?;
    Some((s.year.as_ref()?.value, s.month, u8::try_from(s.day).ok()?))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::util::cases(3_000)))]

    #[test]
    fn written_dates_are_read_back(c in case()) {
        read_back(&c)?;
    }

    #[test]
    fn numeric_and_labelled_dates_are_read_back(c in numeric_case()) {
        read_back(&c)?;
    }

    #[test]
    fn any_text_is_safe(text in "\\PC{0,200}") {
        check_spans(&text);
    }

    #[test]
    fn date_like_text_is_safe(
        parts in prop::collection::vec(prop::sample::select(vec![
            "1", "12", "31", "1917", "1731/2", " ", "  ", "\n", "(", ")", "[", "]", "/", ".", ",", "–", "-",
            "October", "октября", "Oct.", "X", "XI", "O.S.", "N.S.", "по ст. ст.", "и", "с", "на",
            "Wednesday", "BC", "г.", "de", "\u{301}", "\u{a0}", "ё", "𝔸",
        ]), 0..40)
    ) {
        check_spans(&parts.concat());
    }

    #[test]
    fn any_bytes_are_safe(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        for m in extract_bytes(&bytes, &Options::default()) {
            prop_assert!(m.span.start < m.span.end && m.span.end <= bytes.len());
            prop_assert!(std::str::from_utf8(&bytes[m.span.clone()]).is_ok());
        }
    }
}

fn check_spans(text: &str) {
    for m in extract(text, &Options::default()) {
        assert!(
            m.span.start < m.span.end && m.span.end <= text.len(),
            "{text:?}"
        );
        assert!(
            text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end),
            "{text:?}"
        );
        for side in [&m.julian, &m.gregorian].into_iter().flatten() {
            assert!(
                side.span.start >= m.span.start && side.span.end <= m.span.end,
                "{text:?}"
            );
        }
    }
}

#[test]
fn invalid_utf8_is_read_around_with_exact_offsets() {
    let mut bytes = b"\xff\xfe on 26 October (8 November) 1917 \xc3".to_vec();
    bytes.extend_from_slice(b"\x80\x80 and 8 [21] November 1917");
    let mentions = extract_bytes(&bytes, &Options::default());
    assert_eq!(mentions.len(), 2);
    assert_eq!(
        &bytes[mentions[0].span.clone()],
        b"26 October (8 November) 1917"
    );
    assert_eq!(&bytes[mentions[1].span.clone()], b"8 [21] November 1917");
}

/// The texts of `cases` with `between[i]` after the `i`th, as bytes.
fn interleave(cases: &[Case], between: &[impl AsRef<[u8]>]) -> Vec<u8> {
    let mut bytes = Vec::new();
    for (i, c) in cases.iter().enumerate() {
        bytes.extend_from_slice(c.text.as_bytes());
        if let Some(b) = between.get(i) {
            bytes.extend_from_slice(b.as_ref());
        }
    }
    bytes
}

/// Streams `bytes` through [`Stream`] in blocks of `block` bytes (the
/// helper of the fuzz targets, which also checks that the buffer stays
/// bounded).
fn streamed(bytes: &[u8], block: usize) -> Vec<dualdate::extract::Mention> {
    crate::fuzz::targets::streamed(bytes, &Options::default(), block)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::util::cases(500)))]

    #[test]
    fn streaming_in_blocks_finds_the_same_mentions(
        cases in prop::collection::vec(case(), 1..30),
        junk in prop::collection::vec(prop::sample::select(vec![
            &b"\xff"[..], b"\xc3", b" (", b"\n\n", b"1/2 ", b"21 November 1917. ", b"\xd0\xbe",
            // Numbers that a stream may cut, and words a mention may end in.
            b" 1919", b"0123456789", b"1919. ", b" 7. listopadu) ", b" February ", b" 5",
            // Year headings, which date what follows them.
            b"\n== 1916 ==\n", b"\n## 1731/2\n", b"\n1920 \xd0\xb3\xd0\xbe\xd0\xb4\n", b"\n=",
            // Years first in a list's item or a table's row, and "In" with
            // a year opening a line, which date what follows them too;
            // lower-case weekday abbreviations, which begin a clause or not.
            b"\n* 1905 \xe2\x80\x93 ", b"\n| 1906 || ", b"\n1907\t", b"\nIn 1908 the ",
            b" sat. ", b"\nOn sat, ", b"Diary, 1917.\n\n",
            // Infobox dates with a named parameter and a layout tag.
            b"{{birth date|df=y|1840|5|7}}<br />(O.S. 25 April) ", b" <small>[O.S. ",
            b"{{birth date|1840|5|7}} [[[Old Style and New Style dates|O.S.]] 25 April] ",
            // Invisible characters, alone and inside a word: a soft
            // hyphen, a zero-width space, U+FEFF.
            b"\xc2\xad", b"\xe2\x80\x8b", b"\xef\xbb\xbf", b" Octo\xc2\xadber ",
        ]), 0..30),
        block in 1..2000usize,
    ) {
        let bytes = interleave(&cases, &junk);
        let whole = extract_bytes(&bytes, &Options::default());
        // `extract` reads valid text without checking it again.
        if let Ok(text) = std::str::from_utf8(&bytes) {
            prop_assert_eq!(&extract(text, &Options::default()), &whole);
        }
        prop_assert_eq!(streamed(&bytes, block), whole);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::util::cases(500)))]

    /// `extract` reads a `str` without checking its UTF-8 again, by its own
    /// path into the scanner: on every valid text it finds what
    /// `extract_bytes` finds (the streaming property above checks this
    /// only when its junk happens to leave the bytes valid).
    #[test]
    fn extract_and_extract_bytes_agree_on_valid_text(
        cases in prop::collection::vec(case(), 1..20),
        between in prop::collection::vec(prop_oneof![
            prop::sample::select(vec![
                " (", "\n\n", "1/2 ", "21 November 1917. ", "о", " 1919", "0123456789",
                " 7. listopadu) ", " February ", " 5", "\u{a0}", "\u{301}", "26 октября (",
                "\n== 1916 ==\n", "\n1920 год\n",
            ]).prop_map(str::to_string),
            "\\PC{0,40}",
        ], 0..20),
    ) {
        let text = String::from_utf8(interleave(&cases, &between)).unwrap();
        prop_assert_eq!(
            extract(&text, &Options::default()),
            extract_bytes(text.as_bytes(), &Options::default()),
            "{:?}", text
        );
    }
}

/// Invisible characters inside a date's words or beside the space between
/// its parts change nothing but its span, which holds them where they are
/// inside it. (Elsewhere they are space: "Tuesday\u{AD}, 25" is read as
/// "Tuesday , 25" is, without its weekday.)
#[test]
fn invisible_characters_are_read_through() {
    let date = "On Tuesday, 25 Oct. (7 Nov.) 1917 O.S. and 26 октября (8 ноября) 1917 г.";
    let plain = extract(date, &Options::default());
    assert_eq!(plain.len(), 2);
    let sides = |ms: &[dualdate::extract::Mention]| -> Vec<_> {
        ms.iter()
            .map(|m| {
                (
                    m.kind,
                    m.julian
                        .clone()
                        .map(|s| (s.day, s.month, s.year.map(|y| y.value))),
                    m.gregorian
                        .clone()
                        .map(|s| (s.day, s.month, s.year.map(|y| y.value))),
                )
            })
            .collect()
    };
    for (at, c) in date.char_indices().skip(1) {
        let before = date[..at].chars().next_back().unwrap();
        let letters = before.is_alphabetic() && c.is_alphabetic();
        if !letters && before != ' ' && c != ' ' {
            continue;
        }
        for mark in [
            "\u{ad}", "\u{200b}", "\u{200c}", "\u{200d}", "\u{2060}", "\u{feff}",
        ] {
            let text = format!("{}{mark}{}", &date[..at], &date[at..]);
            let found = extract(&text, &Options::default());
            assert_eq!(sides(&found), sides(&plain), "{text:?}");
            for (m, p) in found.iter().zip(&plain) {
                // A mark before the mention's first character is before
                // it; one at its end may be inside it or after it.
                let shift = |k: usize| if k > at { k + mark.len() } else { k };
                let start = if p.span.start == at {
                    at + mark.len()
                } else {
                    shift(p.span.start)
                };
                let span = &text[m.span.clone()];
                assert!(
                    m.span.start == start
                        && (m.span.end == shift(p.span.end)
                            || m.span.end == p.span.end + mark.len()),
                    "{text:?}: {span:?}"
                );
            }
            for block in [1, 5, 64] {
                assert_eq!(streamed(text.as_bytes(), block), found, "{text:?} {block}");
            }
        }
    }
}

/// Found by fuzzing: a word that ends one mention ("February") must not
/// make the number after it look like a date, or a stream, which no longer
/// sees that word once the mention is read, finds less than a whole read.
#[test]
fn words_of_a_mention_do_not_promote_the_next_number() {
    let text = format!(
        "a bill drawn on 10/21 February 1septembrem750/51 survives.{}",
        " filler".repeat(200)
    );
    let whole = extract_bytes(text.as_bytes(), &Options::default());
    let spans: Vec<&str> = whole.iter().map(|m| &text[m.span.clone()]).collect();
    // The grammar reads "1septembrem750/51" as 1 September 750/51 (no
    // space is needed before a month); a whole read and a stream must agree.
    assert_eq!(spans, ["10/21 February", "1septembrem750/51"]);
    for block in [1, 2, 7, 64, 4096] {
        assert_eq!(streamed(text.as_bytes(), block), whole, "block {block}");
    }
}

/// GEDCOM's calendar marks stand before their dates, where a block may
/// end: a stream, whatever its blocks, reads what a whole read does.
#[test]
fn gedcom_marks_stream_as_a_whole_read() {
    for name in ["gedcom.txt", "gedcom7.txt"] {
        let path = repo_path("fixtures/extract").join(name);
        let bytes = std::fs::read(path).unwrap();
        let whole = extract_bytes(&bytes, &Options::default());
        assert!(!whole.is_empty(), "{name}");
        for block in 1..200 {
            assert_eq!(streamed(&bytes, block), whole, "{name}, block {block}");
        }
    }
}
