//! Writes the libFuzzer dictionary of the fuzz targets: every spelling of
//! the lexicon (months, weekdays, labels, era markers, year words, joining
//! words), the punctuation of dates, GEDCOM's calendar escapes,
//! Wikipedia's templates and the wikitext around dates.
//! `cargo run --example fuzz_dict > fuzz/dualdate.dict`

use std::collections::BTreeSet;
use std::fmt::Write;

use dualdate::lexicon::LANGUAGES;

fn main() {
    let mut words = BTreeSet::new();
    for l in LANGUAGES {
        words.extend(l.spellings().map(str::to_string));
    }
    words.extend(
        [
            "(", ")", "[", "]", "/", ".", "-", "–", "—", ",", " ", "\u{a0}", "\n", "\r\n",
            "\u{301}", "1917", "31", "29", "1731/2", "XI", "O.S.", "N.S.",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    // What the grammar reads outside the lexicon: months by their number,
    // an editor's second year, the words before a year.
    words.extend(
        [
            "7ber",
            "10bre",
            "9bris",
            "[/16]",
            "in the year of our Lord",
            "Anno Domini",
        ]
        .map(str::to_string),
    );
    // GEDCOM's calendar escapes: the grammar reads the first two, not the
    // lexicon; the others must stay no labels.
    words.extend(["@#DJULIAN@", "@#DGREGORIAN@", "@#DHEBREW@", "@#DFRENCH R@"].map(str::to_string));
    // Wikipedia's templates and the CR alone of old Macintosh files.
    words.extend(
        [
            "{{OldStyleDate|",
            "{{OldStyleDateDY|",
            "{{OldStyleDateNY|",
            "{{OS2NS|",
            "{{birth date|",
            "{{death date and age|",
            "}}",
            "|",
            "\r",
        ]
        .map(str::to_string),
    );
    // Wikitext around dates: no-break spaces and dashes as markup, footnote
    // markers, a label as a link, and a citation's parameters.
    words.extend(
        [
            "&nbsp;",
            "&#160;",
            "&#xA0;",
            "{{nbsp}}",
            "&ndash;",
            "{{ndash}}",
            "<ref>",
            "<ref name=a/>",
            "</ref>",
            "{{sfn|",
            "[4]",
            "[a]",
            "[[Old Style and New Style dates|O.S.]]",
            "|access-date=",
            "|date=",
        ]
        .map(str::to_string),
    );
    let mut out = String::new();
    for w in words {
        let mut escaped = String::new();
        for b in w.bytes() {
            if b.is_ascii_graphic() && b != b'"' && b != b'\\' || b == b' ' {
                escaped.push(char::from(b));
            } else {
                let _ = write!(escaped, "\\x{b:02X}");
            }
        }
        let _ = writeln!(out, "\"{escaped}\"");
    }
    print!("{out}");
}
