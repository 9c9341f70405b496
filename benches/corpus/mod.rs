//! Deterministic corpora for benchmarks (and the ripgrep comparison): prose
//! with a dual date every few kilobytes in many forms and languages,
//! ordinary dates, numbers and brackets as noise; prose without digits; and
//! adversarial inputs. Shared by `benches/extract.rs`,
//! `examples/corpus.rs` and the extraction property test.

#![allow(dead_code)]

use dualdate::calendar::JulianDate;
use dualdate::lexicon::{LANGUAGES, Language};

/// A small deterministic random number generator (xorshift64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The number of written forms [`render_dual`] knows.
pub const FORMS: usize = 8;

const ROMAN: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// A Julian date and its Gregorian twin written in form `form` of
/// [`FORMS`], with month spellings number `ji` and `gi` (taken modulo the
/// number of spellings) of `language`. Forms that need one month for both
/// sides fall back to form 0 when the months differ.
pub fn render_dual(
    j: JulianDate,
    language: &Language,
    form: usize,
    ji: usize,
    gi: usize,
) -> String {
    let g = j.to_gregorian();
    let spelling = |m: u8, i: usize| {
        let list = language.months[usize::from(m) - 1];
        list[i % list.len()]
    };
    let (jm, gm) = (spelling(j.month(), ji), spelling(g.month(), gi));
    let (jd, gd, y) = (j.day(), g.day(), j.year());
    let same_month = g.month() == j.month();
    match form % FORMS {
        1 if same_month => format!("{jd} [{gd}] {jm} {y}"),
        2 if same_month => format!("{jd}/{gd} {jm} {y}"),
        3 => format!("{jd} {jm}/{gd} {gm} {y}"),
        4 => format!("{jm} {jd} ({gm} {gd}), {y}"),
        5 => format!("{gd} {gm} [O.S. {jd} {jm}] {y}"),
        6 => format!("({jd} {jm}) [{gd} {gm}] {y}"),
        7 => format!(
            "{jd}.{}/{gd}.{}.{y}",
            ROMAN[usize::from(j.month()) - 1],
            ROMAN[usize::from(g.month()) - 1]
        ),
        _ => format!("{jd} {jm} ({gd} {gm}) {y}"),
    }
}

/// Every written form of [`render_dual`] in every language, with its
/// first three month spellings, one mention to a line: the ripgrep
/// comparison checks that its regex finds each of them.
pub fn forms() -> String {
    let mut out = String::new();
    // A date whose two calendars share their month, for the forms that
    // need one, and a date whose months differ.
    for (y, m, d) in [(1917, 10, 1), (1917, 10, 26)] {
        let j = JulianDate::new(y, m, d).expect("valid date");
        for language in LANGUAGES {
            for form in 0..FORMS {
                for spelling in 0..3 {
                    out.push_str("on ");
                    out.push_str(&render_dual(j, language, form, spelling, spelling));
                    out.push_str(".\n");
                }
            }
        }
    }
    out
}

/// Words of running text in several languages, none of them a date word.
const WORDS: &[&str] = &[
    "the",
    "council",
    "met",
    "again",
    "and",
    "the",
    "delegates",
    "argued",
    "about",
    "peace",
    "while",
    "the",
    "army",
    "waited",
    "for",
    "orders",
    "from",
    "the",
    "capital",
    "letters",
    "were",
    "copied",
    "by",
    "hand",
    "and",
    "sent",
    "abroad",
    "совет",
    "собрался",
    "снова",
    "делегаты",
    "спорили",
    "о",
    "мире",
    "армия",
    "ждала",
    "приказов",
    "из",
    "столицы",
    "der",
    "Rat",
    "tagte",
    "erneut",
    "und",
    "die",
    "Gesandten",
    "stritten",
    "über",
    "den",
    "Frieden",
    "le",
    "conseil",
    "se",
    "réunit",
    "encore",
    "et",
    "les",
    "délégués",
    "discutèrent",
    "de",
    "la",
    "paix",
    "rada",
    "zebrała",
    "się",
    "ponownie",
    "η",
    "επιτροπή",
    "συνεδρίασε",
    "ξανά",
];

/// Noise around dates: numbers, brackets and ordinary dates.
const NOISE: &[&str] = &[
    "(see above)",
    "[1]",
    "(2)",
    "p. 64",
    "pp. 12–13",
    "1,250 troops",
    "in 1905",
    "at 19:05",
    "article 15 [?]",
    "No. 8 (21)",
    "(1917–1921)",
    "21 November 1917",
    "on 3 March 1918",
    "the 25th regiment",
    "д. 13/17",
    "1/2",
    "§ 4",
];

/// Running text of about `bytes` bytes: sentences of ordinary words, with
/// `noise` of [`NOISE`] after about one sentence in three and a dual date
/// about every `every` bytes (never if `every` is 0).
fn text(bytes: usize, seed: u64, every: usize, noise: bool) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 256);
    let mut next_date = every;
    while out.len() < bytes {
        let len = 6 + rng.below(14);
        for i in 0..len {
            let w = *rng.pick(WORDS);
            if i == 0 {
                let mut c = w.chars();
                if let Some(f) = c.next() {
                    out.extend(f.to_uppercase());
                    out.push_str(c.as_str());
                }
            } else {
                out.push(' ');
                out.push_str(w);
            }
        }
        if noise && rng.below(3) == 0 {
            out.push(' ');
            let noise: &&str = rng.pick(NOISE);
            out.push_str(noise);
        }
        if every > 0 && out.len() >= next_date {
            let j = JulianDate::new(
                1583 + rng.below(500) as i32,
                1 + rng.below(11) as u8,
                1 + rng.below(28) as u8,
            )
            .expect("valid date");
            let language = rng.pick(LANGUAGES);
            out.push_str(" on ");
            out.push_str(&render_dual(
                j,
                language,
                rng.below(FORMS),
                rng.below(8),
                rng.below(8),
            ));
            next_date += every;
        }
        out.push_str(if rng.below(6) == 0 { ".\n" } else { ". " });
    }
    out
}

/// Prose with a dual date about every 3 KB, ordinary dates, numbers and
/// brackets.
pub fn dated(bytes: usize) -> String {
    text(bytes, 17, 3000, true)
}

/// Prose with no digits at all.
pub fn prose(bytes: usize) -> String {
    text(bytes, 23, 0, false)
}

/// `unit` repeated to about `bytes` bytes.
pub fn repeated(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

/// A month name followed by `bytes` of combining accents, then a date.
pub fn combining(bytes: usize) -> String {
    let mut s = String::from("октября");
    s.push_str(&"\u{301}".repeat(bytes / 2));
    s.push_str(" 26 октября (8 ноября) 1917");
    s
}

/// The named inputs of about `bytes` bytes each, for tables.
pub fn all(bytes: usize) -> Vec<(&'static str, String)> {
    let dated_text = dated(bytes);
    vec![
        ("prose_no_dates", prose(bytes)),
        ("adversarial_open_parens", repeated("(", bytes)),
        (
            "adversarial_date_then_paren",
            repeated("26 октября (", bytes),
        ),
        (
            "adversarial_month_names",
            repeated("октября October Februar ", bytes),
        ),
        ("adversarial_digits", repeated("1234567890", bytes)),
        ("adversarial_combining", combining(bytes)),
        ("adversarial_one_line", dated_text.replace('\n', " ")),
        ("adversarial_crlf", repeated("\r\n", bytes)),
        ("dated", dated_text),
    ]
}
