//! The seed corpus that started the project (read from `../shared/seeds`
//! at test time, never copied into the repository): exactly seven pairs
//! and one partial pair, with these readings.

use dualdate::extract::{Kind, Mention, Options, extract};

use crate::util::{files_below, seeds_dir};

fn date(m: &Mention, julian: bool) -> Option<String> {
    let side = if julian {
        m.julian.as_ref()
    } else {
        m.gregorian.as_ref()
    }?;
    let year = side.year.as_ref()?.value;
    Some(format!("{year:04}-{:02}-{:02}", side.month, side.day))
}

#[test]
fn seed_corpus_mentions() {
    let Some(dir) = seeds_dir() else { return };
    let mut found = Vec::new();
    for path in files_below(&dir) {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for m in extract(&text, &Options::default()) {
            found.push((
                name.clone(),
                text[m.span.clone()].to_owned(),
                m.kind,
                date(&m, true),
                date(&m, false),
            ));
        }
    }
    let s = |v: &str| Some(v.to_owned());
    let first = "000_71594701761d70a7.txt";
    let letters = "001_9db5e2248b86acfe.txt";
    let expected = vec![
        (
            first,
            "15 November 1917 (2 November in Julian calendar)",
            Kind::Pair,
            s("1917-11-02"),
            s("1917-11-15"),
        ),
        (
            letters,
            "26 October (8 November)",
            Kind::Pair,
            s("1917-10-26"),
            s("1917-11-08"),
        ),
        (
            letters,
            "8 [21] November",
            Kind::Pair,
            s("1917-11-08"),
            s("1917-11-21"),
        ),
        (
            letters,
            "26 October [8 November]",
            Kind::Pair,
            s("1917-10-26"),
            s("1917-11-08"),
        ),
        (
            letters,
            "(26 October) [8 November]",
            Kind::Pair,
            s("1917-10-26"),
            s("1917-11-08"),
        ),
        (
            letters,
            "(29 November) [12 December]",
            Kind::Pair,
            s("1917-11-29"),
            s("1917-12-12"),
        ),
        (
            letters,
            "30 December [5 January]",
            Kind::Pair,
            s("1917-12-30"),
            s("1918-01-05"),
        ),
        (
            letters,
            "[15] December",
            Kind::Partial,
            None,
            s("1917-12-15"),
        ),
    ];
    let expected: Vec<_> = expected
        .into_iter()
        .map(|(f, t, k, j, g)| (f.to_owned(), t.to_owned(), k, j, g))
        .collect();
    assert_eq!(found, expected);
}
