//! The pre-filter only saves work: extraction with it finds exactly what
//! the grammar finds without it, on the fixtures, the seed corpus, the
//! benchmark corpora and random date-like text. (The `extract` fuzz target
//! asserts the same on every input, and its corpus is replayed in
//! `tests/fuzz`.)

use dualdate::extract::{Mention, Options, Order, extract_bytes, extract_unfiltered};
use proptest::prelude::*;

use super::properties::corpus;
use crate::util::{files_below, repo_path, seeds_dir};

/// Both ways, under the options that change how mentions are read.
fn same_both_ways(bytes: &[u8], what: &str) {
    for options in [
        Options::default(),
        Options {
            year: Some(1917),
            order: Order::GregorianFirst,
        },
    ] {
        let fast = extract_bytes(bytes, &options);
        let reference = extract_unfiltered(bytes, &options);
        if fast != reference {
            let show = |ms: &[Mention], other: &[Mention]| -> Vec<String> {
                ms.iter()
                    .filter(|m| !other.contains(m))
                    .map(|m| String::from_utf8_lossy(&bytes[m.span.clone()]).into_owned())
                    .collect()
            };
            panic!(
                "{what}: the pre-filter lost {:?} and added {:?}",
                show(&reference, &fast),
                show(&fast, &reference)
            );
        }
    }
}

#[test]
fn fixtures_read_the_same() {
    let files = files_below(&repo_path("fixtures"));
    assert!(files.len() > 10, "the fixtures are missing");
    for file in files {
        same_both_ways(&std::fs::read(&file).unwrap(), &file.display().to_string());
    }
}

#[test]
fn seeds_read_the_same() {
    let Some(dir) = seeds_dir() else {
        return;
    };
    for file in files_below(&dir) {
        same_both_ways(&std::fs::read(&file).unwrap(), &file.display().to_string());
    }
}

#[test]
fn benchmark_corpora_read_the_same() {
    for (name, text) in corpus::all(200_000) {
        same_both_ways(text.as_bytes(), name);
    }
}

/// The scan reuses what it learnt at a number whose reading was ruled out
/// ("26 октября (": a month, then a bracket that does not close soon) at
/// the next number with the same bytes; it must read what the grammar
/// reads wherever the bytes repeat, with or without their brackets closing.
#[test]
fn repeated_dead_ends_read_the_same() {
    let units = [
        "26 октября (",
        "26 октября [",
        "26 октября (8 ноября) ",
        "26 октября ",
        "26 октября. (",
        "26  октября (",
        "2 мая (",
        "26 October (8 November)",
        ")",
        "]",
        " x ",
        "(1) ",
        "\n",
    ];
    for a in units {
        for b in units {
            for c in units {
                let text = format!("{a}{a}{b}{a}{c}{b}{a}{a}");
                same_both_ways(text.as_bytes(), &text);
            }
        }
    }
    // The same first byte and bracket, but not the same bytes between.
    for text in [
        "26 октября (x 2 (15) мая 1917(",
        "26 октября (2 (15) мая 1917 (",
        "26 октября (26 октяб (8 ноября) 1917",
    ] {
        same_both_ways(text.as_bytes(), text);
    }
    // A bracket near the end of its number's window: not closing within
    // the window says nothing of the text, so it must be asked again.
    for spaces in 330..370 {
        let text = format!("26 октября{}[8 ноября] (8 ноября)", " ".repeat(spaces));
        same_both_ways(text.as_bytes(), &text);
        let text = format!("26 октября (26 октября{}[8 ноября]", " ".repeat(spaces));
        same_both_ways(text.as_bytes(), &text);
    }
    // Long runs, whose windows and brackets' reach end inside a unit.
    for n in [5, 21, 22, 23, 60] {
        for end in ["", "8 ноября)", ")", " 1917"] {
            for unit in ["26 октября (", "1 мая [", "26 октября ("] {
                let text = unit.repeat(n) + end;
                same_both_ways(text.as_bytes(), &text);
                let text = format!("{}{end}{}", unit.repeat(n), unit.repeat(3));
                same_both_ways(text.as_bytes(), &text);
            }
        }
    }
}

/// Invisible characters (a soft hyphen, zero-width spaces and joiners, a
/// word joiner, U+FEFF) anywhere in a date: inside its words, between
/// its parts, before and after it.
#[test]
fn invisible_characters_read_the_same() {
    for date in [
        "On 25 October (7 November) 1917.",
        "Oct. 13/26, 1917 O.S.",
        "в 1917 г. 25 октября (7 ноября)",
        "26.10 (8.11).1917",
        "Wed. 25 Oct",
    ] {
        for (at, _) in date.char_indices().skip(1) {
            for mark in [
                "\u{ad}",
                "\u{200b}",
                "\u{200c}\u{200d}",
                "\u{2060}",
                "\u{feff}",
            ] {
                let text = format!("{}{mark}{}", &date[..at], &date[at..]);
                same_both_ways(text.as_bytes(), &text);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::util::cases(3_000)))]

    #[test]
    fn date_like_text_reads_the_same(
        parts in prop::collection::vec(prop::sample::select(vec![
            "1", "5", "12", "26", "31", "1917", "750/51", " ", "  ", "\n", "\n\n", "\u{a0}",
            "(", ")", "[", "]", "/", ".", ",", ":", "–", "-", "-го", "th", "º", "°",
            "October", "октября", "Oct.", "Feb", "mai", "X", "XI", "III", "I", "V",
            "O.S.", "N.S.", "по ст. ст.", "in Julian calendar", "и", "and", "с", "на", "to",
            "de", "la", "of", "u.n.t.i.l", "Wednesday", "четверг", "BC", "г.", "года",
            "\u{301}", "ё", "𝔸", "the", "pp.", "No.", "x",
            "@#DJULIAN@", "@#DGREGORIAN@", "@#DHEBREW@", "@", "#", "JULIAN", "FEB", " TO ",
            "\u{ad}", "\u{200b}", "\u{feff}", "Oct\u{ad}ober", "ок\u{200d}тября",
            "7ber", "10bre", "Xber", "7b", "i.e.", "being", "[/16]", "Anno Domini", "cepпня",
            "вересня", "Мap", "between", "between the", "между", "zwischen dem", "und", "3.",
            "Mai", "from the",
        ]), 0..40)
    ) {
        same_both_ways(parts.concat().as_bytes(), "random text");
    }

    #[test]
    fn written_dates_in_noise_read_the_same(
        dates in prop::collection::vec((1583..2100i32, 1..=12u8, 1..=28u8, 0..dualdate::lexicon::LANGUAGES.len(), 0..corpus::FORMS, any::<usize>()), 1..6),
        noise in prop::collection::vec(prop::sample::select(vec![
            " ", " and ", " (", ") ", " [1] ", " 12 ", " 3.5 ", "\n", " on ", ", ", " 1917 ",
        ]), 6),
    ) {
        let mut text = String::new();
        for (i, &(y, m, d, lang, form, spelling)) in dates.iter().enumerate() {
            let j = dualdate::calendar::JulianDate::new(y, m, d).unwrap();
            text.push_str(&corpus::render_dual(j, &dualdate::lexicon::LANGUAGES[lang], form, spelling, spelling / 7));
            text.push_str(noise[i % noise.len()]);
        }
        same_both_ways(text.as_bytes(), &text);
    }
}
