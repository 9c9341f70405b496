//! Dates that belong to a printed source's citation, not to the text
//! around them: "Pravda, 26 December 1925, p. 3." on a line between two
//! paragraphs dates the newspaper, not the events told after it. The
//! grammar reads such a date, so that no number of it is read again, but
//! it dates nothing after it, as a date inside `<ref>…</ref>` does not
//! ([`in_citation`](super::wiki::in_citation)). Asked only at the plain
//! dates the grammar finds.
//!
//! A letter's dateline has the shape of a citation without its page,
//! "Petrograd, 3 November 1917", and does date what follows: a name and a
//! comma before a date make a citation only where the name is marked as
//! a title (in italics or quotation marks) or numbered as an issue ("No.
//! 284"). A document's heading is numbered as an issue is, "Despatch No.
//! 284, 14 December 1825.", and dates what follows as a dateline does:
//! a number after a name that begins with a word of the lexicon naming a
//! dated document ([`Language::documents`]) is the document's, not an
//! issue's.
//!
//! [`Language::documents`]: crate::lexicon::Language::documents

use std::ops::Range;

use super::words::is_word_char;
use crate::lexicon::lexicon;

/// The words for a page or pages before their number, as a citation
/// writes them after its date and a comma, without their dot: English and
/// French "p." and "pp.", German "S.", Polish and Czech "s.", Slavic
/// "str.", Russian "с." and "стр.", Spanish "pág." and "págs.".
const PAGE_WORDS: [&str; 9] = ["p", "pp", "S", "s", "str", "с", "стр", "pág", "págs"];

/// How many bytes of punctuation and space may follow the date of a
/// citation on a line of its own before the line ends: "1925.", "1925).".
const LINE_TAIL: usize = 8;

/// The marks around a title: wiki and Markdown italics and bold,
/// quotation marks.
const TITLE_MARKS: [(&str, &str); 7] = [
    ("''", "''"),
    ("*", "*"),
    ("_", "_"),
    ("\"", "\""),
    ("“", "”"),
    ("«", "»"),
    ("„", "“"),
];

/// The words before an issue's number: "No. 284", "Nr. 12", "№ 7".
const ISSUE_WORDS: [&str; 7] = ["No.", "no.", "Nr.", "nr.", "№", "Nº", "nº"];

/// What a citation is asked of: a plain date, or a mention (a dual date),
/// where a title in marks alone makes no citation, as a dateline's place
/// is as often set in italics ("*St. Petersburg*, 14 (26) December
/// 1825."): only a page after it or an issue's number before it does
/// ("Pravda, 14 (26) December 1925, p. 3.", "*Pravda*, No. 209, 14 (26)
/// December 1925.").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cited {
    Date,
    Mention,
}

/// Whether the date (or the mention, see [`Cited`]) at `date` of `text`
/// is a printed source's citation: a page follows it after a comma ("26
/// December 1925, p. 3", "pp. 3–4", "S. 12"), or it stands on a line of
/// its own after a title or an issue's number and a comma, with nothing
/// but punctuation after it on its line ("*Pravda*, 26 December 1925.",
/// "Pravda, No. 284, 26 December 1925"; not a document's number,
/// "Despatch No. 284, 14 December 1825."). Looks back to `reach` (the
/// line's start must be in sight, or be the input's start, `at_start`)
/// and ahead to `end`.
pub(crate) fn in_print_citation(
    text: &str,
    reach: usize,
    date: Range<usize>,
    end: usize,
    at_start: bool,
    what: Cited,
) -> bool {
    let after = text.get(date.end..end).unwrap_or_default();
    if page_follows(after) {
        return true;
    }
    let Some(before) = text.get(reach..date.start) else {
        return false;
    };
    // Most dates follow no comma: told before the line's start is looked
    // for (the comma, after space, is on the date's line if anywhere).
    let Some(name) = before.trim_end_matches([' ', '\u{a0}']).strip_suffix(',') else {
        return false;
    };
    let name = match memchr::memrchr2(b'\n', b'\r', name.as_bytes()) {
        Some(k) => name.get(k + 1..).unwrap_or_default(),
        None if at_start => name,
        None => return false,
    };
    let name = name.trim_end();
    let (name, titled) = title(name).map_or((name, false), |title| (title, true));
    // An issue's number, but a document's number, in a title's marks or
    // not, heads the document; a title in marks alone cites a plain date.
    let issue = numbered(name) && !names_document(name);
    let cites = issue || (titled && what == Cited::Date && !numbered(name));
    cites && ends_its_line(after)
}

/// Whether a page's number follows, after a comma: `", p. 3"`, `",
/// pp. 3–4"`, `", S. 12"`.
fn page_follows(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(',') else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    PAGE_WORDS.iter().any(|word| {
        rest.strip_prefix(word)
            .and_then(|r| r.strip_prefix('.'))
            .map(|r| r.trim_start_matches([' ', '\u{a0}']))
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// The title in its marks that `name` ends with: `"Pravda"` of
/// `"*Pravda*"`, of `"«Pravda»"` and of `"3. **Pravda**"`.
fn title(name: &str) -> Option<&str> {
    TITLE_MARKS.iter().find_map(|(open, close)| {
        let inner = name.strip_suffix(close)?.trim_end_matches(close);
        inner
            .rfind(open)
            .and_then(|k| inner.get(k + open.len()..))
            .filter(|title| title.chars().any(char::is_alphabetic))
    })
}

/// Whether `name` ends with an issue's number: `"Pravda, No. 284"`,
/// `"Vorwärts Nr. 12"`, `"№ 7"`.
fn numbered(name: &str) -> bool {
    let before_number = name.trim_end_matches(|c: char| c.is_ascii_digit());
    if before_number.len() == name.len() {
        return false;
    }
    let words = before_number.trim_end_matches([' ', '\u{a0}']);
    ISSUE_WORDS.iter().any(|word| {
        words
            .strip_suffix(word)
            .is_some_and(|ahead| !ahead.chars().next_back().is_some_and(char::is_alphanumeric))
    })
}

/// Whether `name` begins, past any marks and a list's number, with a word
/// naming a document its writer dates: `"Despatch No. 284"`, `"3.
/// Донесение № 5"`, `"Procès-verbal no. 2"`.
fn names_document(name: &str) -> bool {
    let name = name.trim_start_matches(|c: char| !is_word_char(c));
    let end = name
        .find(|c: char| !is_word_char(c) && c != '-')
        .unwrap_or(name.len());
    name.get(..end)
        .is_some_and(|word| lexicon().names_document(word))
}

/// Whether only a little punctuation and space follow until the line's
/// end (or the text's).
fn ends_its_line(after: &str) -> bool {
    let tail = after
        .bytes()
        .take(LINE_TAIL + 1)
        .take_while(|b| matches!(b, b'.' | b',' | b';' | b')' | b' ' | b'\t'))
        .count();
    tail <= LINE_TAIL && matches!(after.as_bytes().get(tail), None | Some(b'\n' | b'\r'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the date `date` of `text` is a citation, seen whole.
    fn cited(text: &str, date: &str) -> bool {
        let at = text.find(date).unwrap();
        in_print_citation(text, 0, at..at + date.len(), text.len(), true, Cited::Date)
    }

    #[test]
    fn a_mention_needs_a_page_or_an_issue_to_be_cited() {
        let mention = "14 (26) December 1825";
        let cited = |text: &str| {
            let at = text.find(mention).unwrap();
            in_print_citation(
                text,
                0,
                at..at + mention.len(),
                text.len(),
                true,
                Cited::Mention,
            )
        };
        assert!(cited("Pravda, 14 (26) December 1825, p. 3."));
        assert!(cited("*Pravda*, No. 209, 14 (26) December 1825."));
        // A place in italics is a dateline's, as a weekday is.
        assert!(!cited("*St. Petersburg*, 14 (26) December 1825."));
        assert!(!cited("«Петербург», 14 (26) December 1825."));
        // A plain date there is a citation's, as before.
        let text = "*Pravda*, 26 December 1825.";
        assert!(in_print_citation(
            text,
            0,
            10..26,
            text.len(),
            true,
            Cited::Date
        ));
    }

    #[test]
    fn a_page_after_the_date_makes_a_citation() {
        let date = "26 December 1925";
        for text in [
            "Pravda, 26 December 1925, p. 3.",
            "x\nPravda, 26 December 1925, pp. 3–4.\n",
            "as (Pravda, 26 December 1925, p.\u{a0}3) said",
            "Vorwärts, 26 December 1925, S. 12.",
            "Правда, 26 December 1925, с. 3.",
            "Prawda, 26 December 1925, s. 3.",
        ] {
            assert!(cited(text, date), "{text:?}");
        }
        for text in [
            "On 26 December 1925, people sang.",
            "On 26 December 1925, p. x",
            "On 26 December 1925 p. 3",
            "On 26 December 1925, pages 3",
            "On 26 December 1925, pm. 3",
        ] {
            assert!(!cited(text, date), "{text:?}");
        }
    }

    #[test]
    fn a_title_or_an_issue_on_its_own_line_makes_a_citation() {
        let date = "26 December 1925";
        for text in [
            "x\n*Pravda*, 26 December 1925.\n\nOn 14 (26) December",
            "x\n''Pravda'', 26 December 1925\n",
            "x\n3. **Pravda**, 26 December 1925.\n",
            "x\r\n«Правда», 26 December 1925.\r\n",
            "x\n\"Pravda\", 26 December 1925.",
            "x\nPravda, No. 284, 26 December 1925.\n",
            "x\nVorwärts Nr. 12, 26 December 1925\n",
            "*Pravda*, 26 December 1925.\nOn",
        ] {
            assert!(cited(text, date), "{text:?}");
        }
        for text in [
            // A letter's dateline dates what follows.
            "x\nPetrograd, 26 December 1925\n\nDear",
            "x\nPravda, 26 December 1925.\n",
            // Not on a line of its own.
            "x\n*Pravda*, 26 December 1925, reported the congress\n",
            "in *Pravda*, 26 December 1925, it said",
            "x\n*Pravda*, a report, 26 December 1925 and more\n",
            // No title: "Casino 5" is no issue.
            "x\nCasino 5, 26 December 1925.\n",
            "x\nRoom 284, 26 December 1925.\n",
            "x\n**, 26 December 1925.\n",
        ] {
            assert!(!cited(text, date), "{text:?}");
        }
        // The line's start must be in sight.
        let seen_from = |text: &str, reach| {
            let at = text.find('2').unwrap();
            in_print_citation(text, reach, at..at + 16, text.len(), false, Cited::Date)
        };
        assert!(!seen_from("*Pravda*, 26 December 1925.\n", 0));
        assert!(!seen_from("x\n*Pravda*, 26 December 1925.\n", 3));
    }

    #[test]
    fn a_document_s_number_makes_a_heading_not_a_citation() {
        // A despatch, a report, a letter numbered in a series: the
        // heading's date dates what follows, as a dateline's does.
        for (text, date) in [
            (
                "x\nDespatch No. 284, 14 December 1825.\n",
                "14 December 1825",
            ),
            ("x\nREPORT No. 12, 3 March 1917.\n", "3 March 1917"),
            ("x\nLetter No. 5, 3 March 1917\n", "3 March 1917"),
            ("x\n3. Order No. 1, 1 March 1917.\n", "1 March 1917"),
            ("x\n**Memorandum No. 7**, 3 March 1917.\n", "3 March 1917"),
            ("x\n«Приказ № 1», 1 марта 1917 г.\n", "1 марта 1917 г"),
            (
                "x\nДонесение № 5, 14 декабря 1825 г.\n",
                "14 декабря 1825 г",
            ),
            (
                "x\nДоне\u{301}сеніе № 5, 14 декабря 1825.\n",
                "14 декабря 1825",
            ),
            ("x\nBericht Nr. 12, 3. März 1917.\n", "3. März 1917"),
            ("x\nDépêche no. 5, 14 décembre 1825.\n", "14 décembre 1825"),
            ("x\nProcès-verbal no. 2, 3 mars 1917.\n", "3 mars 1917"),
            ("Raport nr. 4, 3 marca 1917 r.\n", "3 marca 1917 r"),
        ] {
            assert!(!cited(text, date), "{text:?}");
        }
        // A periodical's issue stays a citation, whatever follows its name,
        // and so does a document's page.
        for (text, date) in [
            (
                "x\nPravda, No. 209, 26 December 1925.\n",
                "26 December 1925",
            ),
            (
                "x\nThe Dispatch, No. 209, 26 December 1925.\n",
                "26 December 1925",
            ),
            (
                "x\nNotes and Queries, No. 5, 3 March 1917.\n",
                "3 March 1917",
            ),
            ("x\nReporter No. 5, 3 March 1917.\n", "3 March 1917"),
            (
                "x\nИзвестия, № 5, 14 декабря 1925 г.\n",
                "14 декабря 1925 г",
            ),
            ("x\nReport No. 12, 3 March 1917, p. 4.\n", "3 March 1917"),
            ("x\n*Report*, 3 March 1917.\n", "3 March 1917"),
        ] {
            assert!(cited(text, date), "{text:?}");
        }
    }
}
