//! The words dualdate reads dates with, in every language it knows.
//!
//! The tables are data ([`LANGUAGES`], one [`Language`] each); this module
//! indexes them once, on first use, into
//! - a word index: folded month and weekday spellings, looked up one word
//!   at a time, with a filter of how months and joining words begin (their
//!   first three letters), which turns most other words away before they
//!   are read whole;
//! - a phrase trie: labels ("O.S.", "по старому стилю"), era markers,
//!   year words, conjunctions and range words, matched with their dots,
//!   slashes and spaces ignored, longest match first.

mod fold;
mod language;
mod languages;

use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use std::hash::Hasher;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::Weekday;

pub use fold::{fold, fold_char, fold_phrase, is_ignorable, is_phrase_separator};
pub use language::Language;
pub use languages::LANGUAGES;

use fold::{FoldBuf, Script, in_one_script, in_script, mixes_scripts};
pub(crate) use fold::{dot_of_word, ends_line_at};

/// What a single word can be.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct WordInfo {
    /// A month name, 1–12.
    pub month: Option<u8>,
    /// A weekday name.
    pub weekday: Option<Weekday>,
    /// An abbreviation of a weekday name two or more letters longer ("sat"
    /// of "saturday", "tues" of "tuesday"): many are also ordinary words
    /// ("the Duma sat"), so the extractor takes them as weekdays only with
    /// their dot or a comma.
    pub weekday_abbreviation: bool,
    /// An abbreviation of a month name two or more letters longer in its
    /// language ("dec" of "december", "sept"), and a full name in none
    /// ("may", "juni" and "mai" are full names, though "mayo", "junius"
    /// and "maio" begin with them): the dot after it is its own, not a
    /// full stop, before a year too ("In Dec. 1825 the").
    pub month_abbreviation: bool,
    /// The last word of some calendar label ("style" of "Old Style", "s"
    /// of "O.S."), so a label may end here.
    pub ends_label: bool,
    /// The first word of a range-opening phrase ("from", "с", "between").
    pub starts_range: bool,
    /// A small word between the parts of a date ("of", "de").
    pub date_word: bool,
    /// An article between a weekday and its day ("the", "den").
    pub day_article: bool,
    /// A piece of a conjunction, range word or small date word ("и",
    /// "until", "la" of "de la"), or a whole "or" ("или", which is read
    /// whole, so that its pieces, "der" of "oder", join nothing): a word
    /// that may stand between a day and its month.
    pub joins: bool,
}

/// What a phrase can be; a phrase may be several things ("a" is "and" in
/// Czech and "to" in Spanish).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PhraseInfo {
    /// Marks a Julian (Old Style) date.
    pub old_style: bool,
    /// Marks a Gregorian (New Style) date.
    pub new_style: bool,
    /// An era marker before the common era ("BC").
    pub bc: bool,
    /// An era marker of the common era ("AD").
    pub ad: bool,
    /// A word after a year ("г.", "года").
    pub year_word: bool,
    /// A small word between the parts of a date ("of", "de").
    pub date_word: bool,
    /// A conjunction joining two days ("and", "и").
    pub and: bool,
    /// A conjunction offering two days as alternatives ("or", "или"), one
    /// word, to be read without separators inside (see [`WordInfo::joins`]).
    pub or: bool,
    /// Opens a range of days ("from", "с").
    pub range_from: bool,
    /// Closes a range of days ("to", "на").
    pub range_to: bool,
    /// Opens a range of days that a word for "and" closes ("between",
    /// "между").
    pub between: bool,
    /// Says the next date is the same day ("i.e.", "т. е.").
    pub that_is: bool,
    /// "On" before a day ("on", "am", "le").
    pub on_day: bool,
}

impl PhraseInfo {
    fn merge(&mut self, other: PhraseInfo) {
        self.old_style |= other.old_style;
        self.new_style |= other.new_style;
        self.bc |= other.bc;
        self.ad |= other.ad;
        self.year_word |= other.year_word;
        self.date_word |= other.date_word;
        self.and |= other.and;
        self.or |= other.or;
        self.that_is |= other.that_is;
        self.on_day |= other.on_day;
        self.range_from |= other.range_from;
        self.range_to |= other.range_to;
        self.between |= other.between;
    }
}

/// A node of the phrase trie.
#[derive(Debug, Default)]
struct Node {
    edges: Vec<(char, u32)>,
    accept: Option<PhraseInfo>,
    /// Whether a phrase ending here is listed with a final dot ("O.S.",
    /// "jul."), so that a dot after it in the text belongs to it.
    dotted: bool,
}

impl Node {
    /// The node after `c`; edges are sorted once the trie is built.
    fn next(&self, c: char) -> Option<usize> {
        let i = self.edges.binary_search_by_key(&c, |e| e.0).ok()?;
        self.edges.get(i).map(|e| e.1 as usize)
    }
}

/// The indexed lexicon of every language.
#[derive(Debug)]
pub struct Lexicon {
    words: FxHashMap<Box<[u8]>, WordInfo>,
    trie: Vec<Node>,
    /// Which ASCII characters can begin a phrase (either case).
    ascii_starts: [bool; 128],
    /// The root's edges for ASCII characters, as folded: the node each
    /// leads to, or 0 (the root, which no edge leads to) for none. Every
    /// phrase tried is looked up from the root, whose edges are many.
    root_ascii: [u32; 128],
    /// A bit for the hash of each folded word of the index: most words of
    /// running text are rejected by this bit, hashed as they are folded,
    /// without building the folded word and looking it up.
    known: Vec<u64>,
    /// The same for month names alone: the word before a number is rarely
    /// a month, though often a short word of the index ("on", "a").
    months: Vec<u64>,
    /// How the months of the index begin, as [`Lexicon::may_begin`] reads
    /// them.
    month_starts: Beginnings,
    /// The same for the months and the joining words.
    month_or_join_starts: Beginnings,
    /// The same for the words of [`Begins::BeforeDay`].
    before_day_starts: Beginnings,
    /// How the months of the index end, as [`Lexicon::may_end_month`]
    /// reads them.
    month_ends: Beginnings,
    /// How the words after a year and the eras begin, however their
    /// phrases are split by separators (see [`Lexicon::insert_starts`]).
    year_word_starts: Beginnings,
    /// The phrases that open a sentence set in the year after them
    /// ([`Language::year_in`]), folded without their separators.
    year_in: Vec<Box<str>>,
    /// How those of several words end ("Im Jahre"), as
    /// [`Lexicon::may_end_year_name`] reads them, and whether one of them
    /// ends in letters that [`last_letters`] does not number.
    year_name_ends: Beginnings,
    year_name_ends_other: bool,
    /// The words naming a dated document ([`Language::documents`]),
    /// folded.
    documents: FxHashSet<Box<str>>,
    /// The words of a diary's title ([`Language::diaries`]), folded.
    diaries: FxHashSet<Box<str>>,
    /// Tells this lexicon's entries in the per-thread cache of words
    /// looked up from another lexicon's.
    id: u64,
}

/// The Roman months, I to XII, for [`Begins::MonthOrJoin`]; their Cyrillic
/// look-alikes ("ХІ") are not letters [`first_letters`] numbers, so they
/// pass that filter anyway.
const ROMAN_MONTHS: [&str; 12] = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
];

/// What a word may be, for [`Lexicon::may_begin`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Begins {
    /// A month name.
    Month,
    /// A month name, a joining word ([`WordInfo::joins`]), or a Roman
    /// month ("XI" of "26.XI.1917"; not in the index, but between a day and
    /// its month all the same).
    MonthOrJoin,
    /// A word after a year, or an era: "г.", "roku", "BC".
    YearWord,
    /// A word the scanner's look back from a day number stops at or goes
    /// on past: a month, a weekday, an article before the day, the first
    /// word of a range, or the last word of a label.
    BeforeDay,
}

/// A set of how words begin: their first three letters, or two and the
/// word's end, all ASCII or all basic Cyrillic (as [`first_letters`]
/// numbers them); or of how they end (as [`last_letters`] numbers them,
/// within the same range).
#[derive(Debug)]
struct Beginnings([u64; BEGINNINGS.div_ceil(64)]);

/// How many beginnings [`first_letters`] numbers: two Latin letters and a
/// third or the end of the word, then the same in Cyrillic.
const BEGINNINGS: usize = 26 * 26 * 27 + 32 * 32 * 33;

impl Default for Beginnings {
    fn default() -> Beginnings {
        Beginnings([0; BEGINNINGS.div_ceil(64)])
    }
}

impl Beginnings {
    fn insert(&mut self, start: usize) {
        if let Some(slot) = self.0.get_mut(start / 64) {
            *slot |= 1 << (start % 64);
        }
    }

    #[inline(always)]
    fn contains(&self, start: usize) -> bool {
        self.0
            .get(start / 64)
            .is_some_and(|slot| slot & (1 << (start % 64)) != 0)
    }
}

/// The number of how the word at the start of `bytes` begins, folded: its
/// first two letters and its third letter or its end, if the letters are
/// all ASCII or all basic Cyrillic (А to я but Й and й, which fold to и)
/// and the word ends, if it does, at ASCII that is no letter and no
/// apostrophe, as the grammar's `word` reads words. Those letters fold
/// alone, so a folded word of the index is the folded word at `bytes` only
/// if it begins the same way. `None` for anything else (one letter, a
/// combining mark, an accent, another script), which the caller must look
/// up whole.
// The arithmetic wraps: the release profile checks for overflow, and none
// is possible on these small numbers.
#[inline(always)]
fn first_letters(bytes: &[u8]) -> Option<usize> {
    /// The third place: a letter of an alphabet of `n`, or its end (`n`).
    fn end(rest: &[u8], n: usize) -> Option<usize> {
        match rest.first() {
            None => Some(n),
            Some(&b) if b.is_ascii() && b != b'\'' && !b.is_ascii_alphabetic() => Some(n),
            _ => None,
        }
    }
    /// An ASCII letter, folded, numbered from a (0) to z (25).
    fn latin(c: u8) -> usize {
        usize::from((c | 0x20).wrapping_sub(b'a'))
    }
    match *bytes {
        [a, b, ref rest @ ..] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            let third = match rest.first() {
                Some(&c) if c.is_ascii_alphabetic() => latin(c),
                _ => end(rest, 26)?,
            };
            Some(
                latin(a)
                    .wrapping_mul(26 * 27)
                    .wrapping_add(latin(b).wrapping_mul(27))
                    .wrapping_add(third),
            )
        }
        [
            l0 @ (0xD0 | 0xD1),
            c0,
            l1 @ (0xD0 | 0xD1),
            c1,
            ref rest @ ..,
        ] => {
            let a = cyrillic_letter(l0, c0)?;
            let b = cyrillic_letter(l1, c1)?;
            let third = match *rest {
                [l2 @ (0xD0 | 0xD1), c2, ..] => cyrillic_letter(l2, c2)?,
                _ => end(rest, 32)?,
            };
            Some(
                (26 * 26 * 27usize)
                    .wrapping_add(a.wrapping_mul(32 * 33))
                    .wrapping_add(b.wrapping_mul(33))
                    .wrapping_add(third),
            )
        }
        _ => None,
    }
}

/// How `word` ends (see [`last_letters`]) with its last two letters
/// written in `script`'s look-alikes, if both have one.
fn look_alike_ending(word: &str, script: Script) -> Option<usize> {
    // Two letters tell an ending of a word of two or more (see
    // `last_letters`), so only they are written out.
    let mut from_end = word.chars().rev();
    let (last, before) = (from_end.next()?, from_end.next()?);
    let mut buf = [0; 12];
    last_letters(in_script_bytes([before, last], script, &mut buf)?)
}

/// How `word` begins (see [`first_letters`]) with its first three letters
/// (or two, and its end) written in `script`'s look-alikes, if each has
/// one.
fn look_alike_start(word: &str, script: Script) -> Option<usize> {
    // A word already in `script` begins as it does.
    let first = word.chars().next()?;
    if in_script(first, script) == Some(first) {
        return None;
    }
    let mut buf = [0; 12];
    first_letters(in_script_bytes(word.chars().take(3), script, &mut buf)?)
}

/// The letters `chars` (three at most) written in `script`'s look-alikes
/// into `buf`, if each has one.
fn in_script_bytes(
    chars: impl IntoIterator<Item = char>,
    script: Script,
    buf: &mut [u8; 12],
) -> Option<&[u8]> {
    let mut len = 0;
    for c in chars {
        len += in_script(c, script)?.encode_utf8(buf.get_mut(len..)?).len();
    }
    buf.get(..len)
}

/// The number of how the word at the end of `bytes` ends, folded: its last
/// two letters, or its only letter and the word's start, if they are both
/// ASCII or both basic Cyrillic (as [`first_letters`] reads letters) and
/// the word starts, if it does there, after ASCII that is no letter and no
/// apostrophe. Those letters fold alone, so a folded word of the index is
/// the folded word ending `bytes` only if it ends the same way. `None` for
/// anything else (an accent, a combining mark, another script), which the
/// caller must look up whole.
#[inline(always)]
fn last_letters(bytes: &[u8]) -> Option<usize> {
    /// The letter before the last: `letter` of an alphabet of `n`, or the
    /// word's start (`n`) at the text's start or after ASCII that is no
    /// letter and no apostrophe.
    fn before(prev: Option<u8>, letter: Option<usize>, n: usize) -> Option<usize> {
        match (prev, letter) {
            (_, Some(l)) => Some(l),
            (None, _) => Some(n),
            (Some(b), _) if b.is_ascii() && b != b'\'' && !b.is_ascii_alphabetic() => Some(n),
            _ => None,
        }
    }
    fn latin(c: u8) -> Option<usize> {
        c.is_ascii_alphabetic()
            .then(|| usize::from((c | 0x20).wrapping_sub(b'a')))
    }
    match *bytes {
        [ref head @ .., b] if b.is_ascii_alphabetic() => {
            let last = latin(b)?;
            let prev = head.last().copied();
            let first = before(prev, prev.and_then(latin), 26)?;
            Some(first.wrapping_mul(26).wrapping_add(last))
        }
        [ref head @ .., l1 @ (0xD0 | 0xD1), c1] => {
            let last = cyrillic_letter(l1, c1)?;
            let letter = match *head {
                [.., l0 @ (0xD0 | 0xD1), c0] => Some(cyrillic_letter(l0, c0)?),
                _ => None,
            };
            let first = before(head.last().copied(), letter, 32)?;
            Some(
                (26 * 26 * 27usize)
                    .wrapping_add(first.wrapping_mul(32))
                    .wrapping_add(last),
            )
        }
        _ => None,
    }
}

/// The folded basic Cyrillic letter of a two-byte character, numbered from
/// а (0) to я (31); `None` for Й, й and the rest of the block.
#[inline(always)]
fn cyrillic_letter(lead: u8, cont: u8) -> Option<usize> {
    let code = (u32::from(lead & 0x1F) << 6) | u32::from(cont & 0x3F);
    let lower = match code {
        0x419 | 0x439 => return None,
        0x410..=0x42F => code.wrapping_add(0x20),
        0x430..=0x44F => code,
        _ => return None,
    };
    Some(lower.wrapping_sub(0x430) as usize)
}

/// A word looked up on this thread, as written, with its lexicon and its
/// answer: the grammar asks about the same word several times in a row
/// (the gate, then each form that may start there), and the words around
/// numbers repeat ("p.", "No.", "on", the months).
#[derive(Clone, Copy)]
struct SeenWord {
    lexicon: u64,
    len: usize,
    bytes: [u8; MAX_CACHED],
    info: Option<WordInfo>,
}

/// The longest word the cache holds, in bytes.
const MAX_CACHED: usize = 32;

/// The number of words the cache holds, each in the slot its length and
/// first and last two bytes pick: 1,024 (64 KiB a thread), enough for the
/// words around numbers and the months of many languages' spellings.
const SLOTS: usize = 1 << SLOT_BITS;

/// The bits of a slot's number.
const SLOT_BITS: u32 = 10;

/// An empty slot of the cache.
const UNSEEN: SeenWord = SeenWord {
    lexicon: 0,
    len: usize::MAX,
    bytes: [0; MAX_CACHED],
    info: None,
};

thread_local! {
    static SEEN_WORDS: std::cell::RefCell<[SeenWord; SLOTS]> =
        const { std::cell::RefCell::new([UNSEEN; SLOTS]) };
}

/// The cache slot of a word (of at least one byte): its length and its
/// first and last two bytes (a whole letter of most alphabets), mixed by a
/// multiplication whose top bits are the slot.
fn slot_of(bytes: &[u8]) -> usize {
    let pair = |a: u8, b: u8| u64::from(u16::from_le_bytes([a, b]));
    let head = match *bytes {
        [a, b, ..] => pair(a, b),
        [a] => u64::from(a),
        [] => 0,
    };
    let tail = match *bytes {
        [.., y, z] => pair(y, z),
        _ => 0,
    };
    let key = head | tail << 16 | (bytes.len() as u64) << 32;
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOT_BITS)) as usize
}

/// The number of bits of [`Lexicon::known`]: 2^18 bits (32 KiB) for about
/// 10,000 words, so that about one unknown word in 25 gets past it.
const KNOWN_BITS: u32 = 18;

/// The number of bits of [`Lexicon::months`]: 2^15 bits (4 KiB) for about
/// 1,000 month spellings, so that about one other word in 35 gets past it.
const MONTH_BITS: u32 = 15;

/// The longest phrase allowed, in characters including separators; bounds
/// the work per position on any input.
const MAX_PHRASE_CHARS: usize = 64;

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

impl Lexicon {
    /// Indexes the given languages.
    pub fn new(languages: &[Language]) -> Lexicon {
        let mut lexicon = Lexicon {
            words: FxHashMap::default(),
            trie: vec![Node::default()],
            ascii_starts: [false; 128],
            root_ascii: [0; 128],
            known: vec![0; 1 << (KNOWN_BITS - 6)],
            months: vec![0; 1 << (MONTH_BITS - 6)],
            month_starts: Beginnings::default(),
            month_or_join_starts: Beginnings::default(),
            before_day_starts: Beginnings::default(),
            month_ends: Beginnings::default(),
            year_word_starts: Beginnings::default(),
            year_in: Vec::new(),
            year_name_ends: Beginnings::default(),
            year_name_ends_other: false,
            documents: FxHashSet::default(),
            diaries: FxHashSet::default(),
            id: next_id(),
        };
        // Month spellings that are an abbreviation in some language, and
        // those that are a full name in some language.
        let (mut abbreviated, mut full) = (Vec::new(), FxHashSet::default());
        for language in languages {
            for (m, spellings) in (1u8..).zip(language.months) {
                let folded: Vec<String> = spellings.iter().map(|s| fold(s)).collect();
                for s in &folded {
                    if abbreviates(s, &folded) {
                        abbreviated.push(s.clone());
                    } else {
                        full.insert(s.clone());
                    }
                    lexicon
                        .words
                        .entry(s.clone().into_bytes().into())
                        .or_default()
                        .month = Some(m);
                }
            }
            for (day, spellings) in WEEKDAYS.iter().zip(language.weekdays) {
                let folded: Vec<String> = spellings.iter().map(|s| fold(s)).collect();
                for s in &folded {
                    let abbreviation = abbreviates(s, &folded);
                    let entry = lexicon
                        .words
                        .entry(s.clone().into_bytes().into())
                        .or_default();
                    entry.weekday = Some(*day);
                    entry.weekday_abbreviation |= abbreviation;
                }
            }
            let mark = |set: fn(&mut PhraseInfo)| {
                let mut info = PhraseInfo::default();
                set(&mut info);
                info
            };
            let lists: [(&[&str], PhraseInfo); 13] = [
                (language.old_style, mark(|p| p.old_style = true)),
                (language.new_style, mark(|p| p.new_style = true)),
                (language.bc, mark(|p| p.bc = true)),
                (language.ad, mark(|p| p.ad = true)),
                (language.year_words, mark(|p| p.year_word = true)),
                (language.date_words, mark(|p| p.date_word = true)),
                (language.and, mark(|p| p.and = true)),
                (language.or, mark(|p| p.or = true)),
                (language.range_from, mark(|p| p.range_from = true)),
                (language.range_to, mark(|p| p.range_to = true)),
                (language.between, mark(|p| p.between = true)),
                (language.that_is, mark(|p| p.that_is = true)),
                (language.on_day, mark(|p| p.on_day = true)),
            ];
            for (list, info) in lists {
                for phrase in list {
                    lexicon.insert_phrase(&fold_phrase(phrase), info, phrase.ends_with('.'));
                }
            }
            for phrase in [language.year_words, language.bc, language.ad].concat() {
                lexicon.insert_starts(&fold_phrase(phrase));
            }
            for phrase in language.year_in {
                let folded: Box<str> = fold_phrase(phrase).into();
                let words = phrase.split(is_phrase_separator).filter(|w| !w.is_empty());
                if words.count() > 1 {
                    match last_letters(folded.as_bytes()) {
                        Some(end) => lexicon.year_name_ends.insert(end),
                        None => lexicon.year_name_ends_other = true,
                    }
                }
                if !lexicon.year_in.contains(&folded) {
                    lexicon.year_in.push(folded);
                }
            }
            lexicon
                .documents
                .extend(language.documents.iter().map(|word| fold(word).into()));
            lexicon
                .diaries
                .extend(language.diaries.iter().map(|word| fold(word).into()));
            let first_word = |phrase: &str| {
                phrase
                    .split(is_phrase_separator)
                    .find(|w| !w.is_empty())
                    .map(fold)
            };
            for phrase in language.range_from.iter().chain(language.between) {
                if let Some(w) = first_word(phrase) {
                    lexicon
                        .words
                        .entry(w.into_bytes().into())
                        .or_default()
                        .starts_range = true;
                }
            }
            for word in language.or {
                lexicon
                    .words
                    .entry(fold(word).into_bytes().into())
                    .or_default()
                    .joins = true;
            }
            for phrase in language.date_words {
                if !phrase.contains(is_phrase_separator) {
                    lexicon
                        .words
                        .entry(fold(phrase).into_bytes().into())
                        .or_default()
                        .date_word = true;
                }
            }
            for article in language.day_articles {
                lexicon
                    .words
                    .entry(fold(article).into_bytes().into())
                    .or_default()
                    .day_article = true;
            }
            // Every piece of a joining phrase, as the text may split it at
            // any separator ("u.n.t.i.l" reads as "until").
            let joining = language
                .and
                .iter()
                .chain(language.range_from)
                .chain(language.range_to)
                .chain(language.date_words);
            for phrase in joining {
                let folded: Vec<char> = fold_phrase(phrase).chars().collect();
                for start in 0..folded.len() {
                    for end in start + 1..=folded.len() {
                        let piece: String =
                            folded.get(start..end).unwrap_or_default().iter().collect();
                        lexicon
                            .words
                            .entry(piece.into_bytes().into())
                            .or_default()
                            .joins = true;
                    }
                }
            }
            // The dots of an abbreviated label may be left out ("OS" for
            // "O.S.", "nSt" for "n. St."), so its last word is also any run
            // of its last words of up to three letters, written together.
            for label in language.old_style.iter().chain(language.new_style) {
                let words: Vec<String> = label
                    .split(is_phrase_separator)
                    .filter(|w| !w.is_empty())
                    .map(fold)
                    .collect();
                let short = words
                    .iter()
                    .rev()
                    .skip(1)
                    .take_while(|w| w.chars().count() <= 3)
                    .count();
                let Some(last_word) = words.len().checked_sub(1) else {
                    continue;
                };
                for from in last_word - short..=last_word {
                    let last = words.get(from..).unwrap_or_default().concat();
                    lexicon
                        .words
                        .entry(last.into_bytes().into())
                        .or_default()
                        .ends_label = true;
                }
            }
        }
        for s in abbreviated.iter().filter(|s| !full.contains(*s)) {
            if let Some(entry) = lexicon.words.get_mut(s.as_bytes()) {
                entry.month_abbreviation = true;
            }
        }
        for node in &mut lexicon.trie {
            node.edges.sort_unstable_by_key(|e| e.0);
        }
        for (key, info) in &lexicon.words {
            let hash = filter_hash(std::str::from_utf8(key).unwrap_or_default());
            set_bit(&mut lexicon.known, KNOWN_BITS, hash);
            if info.month.is_some() {
                set_bit(&mut lexicon.months, MONTH_BITS, hash);
            }
            if let Some(end) = last_letters(key).filter(|_| info.month.is_some()) {
                lexicon.month_ends.insert(end);
            }
            // The same ending and start in the other script's look-alike
            // letters, as a word that mixes the scripts may end or start
            // ("Мap" for "Мар", "cepпня" for "серпня"; see
            // `Lexicon::mixed`): of months' ends, and of months' and
            // joining words' starts.
            let month_or_join = info.month.is_some() || info.joins;
            let word = match month_or_join {
                true => std::str::from_utf8(key).ok(),
                false => None,
            };
            if let Some(word) = word.filter(|_| info.month.is_some()) {
                for script in [Script::Latin, Script::Cyrillic] {
                    if let Some(end) = look_alike_ending(word, script) {
                        lexicon.month_ends.insert(end);
                    }
                }
            }
            let look_alike = |script| word.and_then(|w| look_alike_start(w, script));
            let starts = [
                first_letters(key),
                look_alike(Script::Latin),
                look_alike(Script::Cyrillic),
            ];
            for start in starts.into_iter().flatten() {
                if info.month.is_some() {
                    lexicon.month_starts.insert(start);
                }
                if month_or_join {
                    lexicon.month_or_join_starts.insert(start);
                }
                let before_day = info.month.is_some()
                    || info.weekday.is_some()
                    || info.day_article
                    || info.starts_range
                    || info.ends_label;
                if before_day {
                    lexicon.before_day_starts.insert(start);
                }
            }
        }
        for roman in ROMAN_MONTHS {
            if let Some(start) = first_letters(roman.as_bytes()) {
                lexicon.month_or_join_starts.insert(start);
            }
        }
        if let Some(root) = lexicon.trie.first() {
            for &(c, to) in &root.edges {
                if let Some(slot) = lexicon.root_ascii.get_mut(c as usize) {
                    *slot = to;
                }
                if c.is_ascii() {
                    for v in [c.to_ascii_lowercase(), c.to_ascii_uppercase()] {
                        if let Some(slot) = lexicon.ascii_starts.get_mut(usize::from(v as u8)) {
                            *slot = true;
                        }
                    }
                }
            }
        }
        lexicon
    }

    /// Notes how the phrase `folded` (without separators) may begin in a
    /// text, for [`Begins::YearWord`]: the text's first word holds its
    /// first three letters, or its first two and ends there (a separator
    /// after them: "n. Chr." as "nChr", "n Chr"); one letter, or a
    /// separator after it, [`first_letters`] leaves to the caller.
    fn insert_starts(&mut self, folded: &str) {
        let two: String = folded.chars().take(2).collect();
        for start in [folded, &format!("{two} ")] {
            if let Some(at) = first_letters(start.as_bytes()) {
                self.year_word_starts.insert(at);
            }
        }
    }

    fn insert_phrase(&mut self, folded: &str, info: PhraseInfo, dotted: bool) {
        if folded.is_empty() {
            return;
        }
        let mut node = 0usize;
        for c in folded.chars() {
            let next = self
                .trie
                .get(node)
                .and_then(|n| n.edges.iter().find(|e| e.0 == c));
            node = match next {
                Some(&(_, to)) => to as usize,
                None => {
                    let to = self.trie.len();
                    self.trie.push(Node::default());
                    if let Some(n) = self.trie.get_mut(node) {
                        n.edges.push((c, to as u32));
                    }
                    to
                }
            };
        }
        if let Some(n) = self.trie.get_mut(node) {
            n.accept.get_or_insert_with(PhraseInfo::default).merge(info);
            n.dotted |= dotted;
        }
    }

    /// What a single word (without its abbreviation dot) can be.
    ///
    /// ```
    /// use dualdate::lexicon::lexicon;
    /// assert_eq!(lexicon().word("Октя́бря").and_then(|w| w.month), Some(10));
    /// assert_eq!(lexicon().word("Oct").and_then(|w| w.month), Some(10));
    /// assert!(lexicon().word("Finland").is_none());
    /// ```
    pub fn word(&self, word: &str) -> Option<WordInfo> {
        self.cached(word, || self.look_up(word))
    }

    /// The answer for `word` from the per-thread cache, or from `look_up`
    /// (which must give what [`Lexicon::look_up`] gives), remembered.
    fn cached(&self, word: &str, look_up: impl FnOnce() -> Option<WordInfo>) -> Option<WordInfo> {
        let bytes = word.as_bytes();
        if bytes.len() > MAX_CACHED {
            return look_up();
        }
        SEEN_WORDS.with(|seen| {
            let Ok(mut seen) = seen.try_borrow_mut() else {
                return look_up();
            };
            let Some(entry) = seen.get_mut(slot_of(bytes)) else {
                return look_up();
            };
            if entry.lexicon == self.id && entry.bytes.get(..entry.len) == Some(bytes) {
                return entry.info;
            }
            let info = look_up();
            if let Some(slot) = entry.bytes.get_mut(..bytes.len()) {
                slot.copy_from_slice(bytes);
                entry.len = bytes.len();
                entry.lexicon = self.id;
                entry.info = info;
            }
            info
        })
    }

    /// [`Lexicon::word`] without the cache.
    fn look_up(&self, word: &str) -> Option<WordInfo> {
        match self.may_know(word) {
            true => self.find(word).or_else(|| self.mixed(word)),
            false => self.mixed(word),
        }
    }

    /// The entry for a word that mixes Latin and Cyrillic letters, as
    /// recognised text and hurried typing mix them ("iюля", "октябpя",
    /// "Оctober" with a Cyrillic "О"): the word written in Cyrillic, or
    /// else in Latin, with each letter of the other script read as the
    /// letter it looks like. `None` at once for a word in one script.
    #[inline(never)]
    fn mixed(&self, word: &str) -> Option<WordInfo> {
        [Script::Cyrillic, Script::Latin]
            .into_iter()
            .filter_map(|script| in_one_script(word, script))
            .find_map(|one| self.may_know(&one).then(|| self.find(&one)).flatten())
    }

    /// The index's entry for `word`, without a filter.
    fn find(&self, word: &str) -> Option<WordInfo> {
        let folded = FoldBuf::new(word)?;
        self.words.get(folded.as_bytes()).copied()
    }

    /// Whether `word` may be in the word index: false means it is not. One
    /// pass over the word, folding and hashing it, without building the
    /// folded word.
    ///
    /// ```
    /// use dualdate::lexicon::lexicon;
    /// assert!(lexicon().may_know("Octobre"));
    /// assert!(lexicon().may_know("ОКТЯ́БРЯ"));
    /// assert!(!lexicon().may_know("regiment"));
    /// ```
    pub fn may_know(&self, word: &str) -> bool {
        has_bit(&self.known, KNOWN_BITS, filter_hash(word))
    }

    /// Whether the word at the start of `text` may be a word of the index
    /// of the given kind: `false` means it is none, told from its first
    /// three letters alone (or two, and its end).
    #[inline(always)]
    pub(crate) fn may_begin(&self, text: &str, kind: Begins) -> bool {
        let Some(start) = first_letters(text.as_bytes()) else {
            return true;
        };
        match kind {
            Begins::Month => self.month_starts.contains(start),
            Begins::MonthOrJoin => self.month_or_join_starts.contains(start),
            Begins::YearWord => self.year_word_starts.contains(start),
            Begins::BeforeDay => self.before_day_starts.contains(start),
        }
    }

    /// [`Lexicon::word`] for a word whose entry matters only if it is of
    /// the given kind: `None` at once for a word in one script (which
    /// [`Lexicon::mixed`] would not read in the other) whose first letters
    /// begin no word of that kind (see [`Lexicon::may_begin`]).
    pub(crate) fn word_of_kind(&self, word: &str, kind: Begins) -> Option<WordInfo> {
        if !self.may_begin(word, kind) && !mixes_scripts(word) {
            return None;
        }
        self.word(word)
    }

    /// Whether `text` may end with a month of the index: `false` means the
    /// word it ends with is none, told from its last two letters alone (or
    /// one, and the word's start), without finding where it begins.
    ///
    /// ```
    /// use dualdate::lexicon::lexicon;
    /// assert!(lexicon().may_end_month("on 26 Oct"));
    /// assert!(lexicon().may_end_month("в октября"));
    /// assert!(!lexicon().may_end_month("the"));
    /// ```
    #[inline(always)]
    pub fn may_end_month(&self, text: &str) -> bool {
        last_letters(text.as_bytes()).is_none_or(|end| self.month_ends.contains(end))
    }

    /// Whether `text` may end with a phrase of [`Language::year_in`] of
    /// two words or more, which names the year after it ("Im Jahre"):
    /// `false` means it does not, told from its last two letters alone (or
    /// one, and the word's start). Text that ends in no letter, or in
    /// letters not told that way, ends no such phrase unless one of them
    /// ends so.
    ///
    /// ```
    /// use dualdate::lexicon::lexicon;
    /// assert!(lexicon().may_end_year_name("Im Jahre"));
    /// assert!(lexicon().may_end_year_name("Im Jahr"));
    /// assert!(!lexicon().may_end_year_name("In"));
    /// assert!(!lexicon().may_end_year_name("p."));
    /// assert!(!lexicon().may_end_year_name("l'année"));
    /// ```
    #[inline(always)]
    pub fn may_end_year_name(&self, text: &str) -> bool {
        match last_letters(text.as_bytes()) {
            Some(end) => self.year_name_ends.contains(end),
            None => self.year_name_ends_other,
        }
    }

    /// Whether `phrase`, its separators ignored, opens a sentence set in
    /// the year after it ([`Language::year_in`]): "In", "Im Jahre".
    ///
    /// ```
    /// use dualdate::lexicon::lexicon;
    /// assert!(lexicon().is_year_in("Im  Jahre"));
    /// assert!(lexicon().is_year_in("в"));
    /// assert!(!lexicon().is_year_in("on"));
    /// ```
    pub fn is_year_in(&self, phrase: &str) -> bool {
        let folded = fold_phrase(phrase);
        self.year_in.iter().any(|p| **p == *folded)
    }

    /// Whether `word` names a document its writer dates
    /// ([`Language::documents`]): "Despatch", "Донесение".
    ///
    /// ```
    /// use dualdate::lexicon::lexicon;
    /// assert!(lexicon().names_document("DÉPÊCHE"));
    /// assert!(lexicon().names_document("Доне\u{301}сение"));
    /// assert!(!lexicon().names_document("Pravda"));
    /// ```
    pub fn names_document(&self, word: &str) -> bool {
        self.documents.contains(fold(word).as_str())
    }

    /// Whether `word` may begin a diary's or a letter-book's title
    /// ([`Language::diaries`]): "Diary", "Дневник", "Tagebuch".
    ///
    /// ```
    /// use dualdate::lexicon::lexicon;
    /// assert!(lexicon().names_diary("Дневник"));
    /// assert!(lexicon().names_diary("TAGEBUCH"));
    /// assert!(!lexicon().names_diary("Moscow"));
    /// ```
    pub fn names_diary(&self, word: &str) -> bool {
        self.diaries.contains(fold(word).as_str())
    }

    /// The month a single word (without its abbreviation dot) names: as
    /// [`Lexicon::word`], after a filter of month names alone.
    ///
    /// ```
    /// use dualdate::lexicon::lexicon;
    /// assert_eq!(lexicon().month("Октя́бря"), Some(10));
    /// assert_eq!(lexicon().month("on"), None);
    /// ```
    pub fn month(&self, word: &str) -> Option<u8> {
        if !has_bit(&self.months, MONTH_BITS, filter_hash(word)) {
            // A word in two scripts is in no filter as written.
            return self.mixed(word).and_then(|info| info.month);
        }
        // Every month is in the index's filter too: no need to hash again.
        self.cached(word, || self.find(word).or_else(|| self.mixed(word)))
            .and_then(|info| info.month)
    }

    /// The node of the phrase trie after `node` and the folded character
    /// `f`.
    #[inline]
    fn next_node(&self, node: usize, f: char) -> Option<usize> {
        if node == 0 {
            if let Some(&to) = self.root_ascii.get(f as usize) {
                return (to != 0).then_some(to as usize);
            }
        }
        self.trie.get(node).and_then(|n| n.next(f))
    }

    /// Whether a phrase may begin with the byte `b`, in either case:
    /// `false` for ASCII that begins none, with which [`Lexicon::phrase`]
    /// finds none at once; `true` for every other byte.
    #[inline]
    pub(crate) fn may_start_phrase(&self, b: u8) -> bool {
        self.ascii_starts
            .get(usize::from(b))
            .copied()
            .unwrap_or(true)
    }

    /// The longest phrase at the start of `text` that `want` accepts,
    /// ending at a word boundary: its meaning and its length in bytes,
    /// including a final abbreviation dot (where the phrase is listed with
    /// one, or its last word has at most two letters, as "г."; a full
    /// stop after "New Style" stays outside).
    ///
    /// ```
    /// use dualdate::lexicon::lexicon;
    /// let (info, len) = lexicon().phrase("O. S.) 1917", |p| p.old_style).unwrap();
    /// assert!(info.old_style);
    /// assert_eq!(len, 5);
    /// assert!(lexicon().phrase("Osaka", |p| p.old_style).is_none());
    /// ```
    pub fn phrase(
        &self,
        text: &str,
        want: impl Fn(&PhraseInfo) -> bool,
    ) -> Option<(PhraseInfo, usize)> {
        let mut node = 0usize;
        let mut best = None;
        // Most places where a phrase is tried start with a bracket, a
        // digit or an ordinary letter; the root's edges reject them at once.
        let first = text.chars().next()?;
        if first.is_ascii() && !self.may_start_phrase(first as u8) {
            return None;
        }
        let chars = text.char_indices().take(MAX_PHRASE_CHARS);
        let mut newlines = 0;
        // Letters since the last separator: the length of the last word.
        let mut word_len = 0;
        for (at, c) in chars {
            if is_phrase_separator(c) {
                if ends_line_at(text.as_bytes(), at) {
                    newlines += 1;
                    if newlines > 1 {
                        break;
                    }
                }
                // A separator may not start a phrase.
                if node == 0 {
                    break;
                }
                word_len = 0;
                continue;
            }
            // An invisible character (see `is_ignorable`) folds to
            // nothing: it is no letter and does not end the word, but may
            // not start a phrase either.
            if is_ignorable(c) {
                if node == 0 {
                    break;
                }
                continue;
            }
            word_len += 1;
            let mut alive = true;
            fold_char(c, |f| {
                if !alive {
                    return;
                }
                match self.next_node(node, f) {
                    Some(to) => node = to,
                    None => alive = false,
                }
            });
            if !alive {
                break;
            }
            let end = at + c.len_utf8();
            let Some(n) = self.trie.get(node) else { break };
            let Some(info) = n.accept else { continue };
            if !want(&info) {
                continue;
            }
            let rest = text.get(end..).unwrap_or_default();
            let end = if dot_of_word(rest).is_some() && (n.dotted || word_len <= 2) {
                end + 1
            } else {
                end
            };
            let after = text.get(end..).unwrap_or_default().chars().next();
            if after.is_none_or(|a| !a.is_alphanumeric() && !is_mark(a)) {
                best = Some((info, end));
            }
        }
        best
    }
}

/// The hash of a word's folded form, one character at a time, without
/// building the folded word: what the filters of the lexicon hold.
fn filter_hash(word: &str) -> u64 {
    let mut hasher = FxHasher::default();
    for c in word.chars() {
        fold_char(c, |f| hasher.write_u32(f.into()));
    }
    hasher.finish()
}

/// The word of a filter of `2^bits` bits and the bit in it for a hash.
fn filter_bit(bits: u32, hash: u64) -> (usize, u64) {
    let bit = hash >> (64 - bits);
    ((bit / 64) as usize, 1 << (bit % 64))
}

/// Sets the bit of `hash` in `filter`.
fn set_bit(filter: &mut [u64], bits: u32, hash: u64) {
    let (slot, bit) = filter_bit(bits, hash);
    if let Some(slot) = filter.get_mut(slot) {
        *slot |= bit;
    }
}

/// Whether the bit of `hash` is set in `filter`.
fn has_bit(filter: &[u64], bits: u32, hash: u64) -> bool {
    let (slot, bit) = filter_bit(bits, hash);
    filter.get(slot).is_some_and(|slot| slot & bit != 0)
}

/// A number no other lexicon of this process has, for the word cache.
fn next_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Whether the folded spelling `s` abbreviates one of `spellings` of the
/// same name, two or more letters longer ("dec" of "december", "sat" of
/// "saturday").
fn abbreviates(s: &str, spellings: &[String]) -> bool {
    let letters = s.chars().count();
    spellings
        .iter()
        .any(|t| t.starts_with(s) && t.chars().count() >= letters + 2)
}

/// A combining mark continues the word it follows.
fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// The lexicon of every language in [`LANGUAGES`], built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(LANGUAGES));
    &LEXICON
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_naming_the_year_may_end_text() {
        for language in crate::lexicon::LANGUAGES {
            for phrase in language.year_in {
                let words = phrase.split(is_phrase_separator).filter(|w| !w.is_empty());
                if words.count() > 1 {
                    for text in [phrase.to_string(), phrase.to_uppercase()] {
                        assert!(lexicon().may_end_year_name(&text), "{text}");
                    }
                }
            }
        }
    }

    #[test]
    fn words_in_two_scripts_are_read_by_their_look_alikes() {
        for (w, month) in [
            ("iюля", 7),
            ("IЮЛЯ", 7),
            ("октябpя", 10),
            ("нoябpя", 11),
            ("Оctober", 10),
            ("Mаy", 5),
        ] {
            // Both ways in, in both orders, so that neither answer is
            // only the cache's.
            assert_eq!(lexicon().month(w), Some(month), "{w}");
            assert_eq!(lexicon().word(w).and_then(|i| i.month), Some(month), "{w}");
        }
        // The filters of how words begin know the look-alike starts.
        for w in ["cepпня", "Cepпня", "oктября", "Оct"] {
            assert!(lexicon().may_begin(w, Begins::Month), "{w}");
            assert!(lexicon().may_begin(w, Begins::MonthOrJoin), "{w}");
        }
        // Also where only a word's letters in the other script tell that
        // it may be a month: "cepпня" (Latin "cep") begins as no word of
        // the index in Latin letters.
        for w in ["cepпня", "iюля", "Оctober", "Mаy"] {
            let info = lexicon().word_of_kind(w, Begins::BeforeDay);
            assert!(info.is_some_and(|i| i.month.is_some()), "{w}");
        }
        for w in ["pокe", "Сlаss", "Mиpe", "октябрь2"] {
            assert_eq!(lexicon().word(w), None, "{w}");
            assert_eq!(lexicon().month(w), None, "{w}");
        }
    }

    #[test]
    fn month_abbreviations_are_marked() {
        let abbreviated = |w: &str| lexicon().word(w).map(|i| i.month_abbreviation);
        for w in ["Dec", "sept", "Mar", "okt", "Jan", "дек", "янв", "Οκτ"] {
            assert_eq!(abbreviated(w), Some(true), "{w}");
        }
        for w in [
            "December",
            "May",
            "mai",
            "juni",
            "June",
            "Juli",
            "декабря",
            "март",
        ] {
            assert_eq!(abbreviated(w), Some(false), "{w}");
        }
    }

    #[test]
    fn weekday_abbreviations_are_marked() {
        let abbreviated = |w: &str| lexicon().word(w).map(|i| i.weekday_abbreviation);
        assert_eq!(abbreviated("sat"), Some(true));
        assert_eq!(abbreviated("Wed"), Some(true));
        assert_eq!(abbreviated("thurs"), Some(true));
        assert_eq!(abbreviated("saturday"), Some(false));
        assert_eq!(
            abbreviated("joi"),
            Some(false),
            "Romanian Thursday, a full name"
        );
        assert_eq!(abbreviated("пн"), Some(false), "no prefix of понедельник");
    }

    #[test]
    fn words_in_many_languages() {
        let month = |w: &str| lexicon().word(w).and_then(|i| i.month);
        assert_eq!(month("октября"), Some(10));
        assert_eq!(month("ОКТЯ́БРЯ"), Some(10));
        assert_eq!(month("Februar"), Some(2));
        assert_eq!(month("listopada"), Some(11));
        assert_eq!(month("Οκτωβρίου"), Some(10));
        assert_eq!(month("Octobris"), Some(10));
        assert_eq!(month("іюля"), Some(7));
        assert_eq!(
            lexicon().word("Wednesday").and_then(|i| i.weekday),
            Some(Weekday::Wed)
        );
    }

    #[test]
    fn the_filter_lets_every_known_word_through() {
        let lexicon = lexicon();
        for key in lexicon.words.keys() {
            let word = std::str::from_utf8(key).unwrap();
            // The filters hash keys as they hash text, by folding: that
            // matches only if folding a folded word changes nothing.
            assert_eq!(fold(word), word, "folding {word} again");
            assert!(lexicon.may_know(word), "{word}");
            assert!(lexicon.may_know(&word.to_uppercase()), "{word}");
            let month = lexicon.words.get(key).and_then(|info| info.month);
            assert_eq!(lexicon.month(word), month, "{word}");
            assert_eq!(lexicon.month(&word.to_uppercase()), month, "{word}");
        }
        let months = lexicon.words.values().filter(|i| i.month.is_some()).count();
        let bits: u32 = lexicon.months.iter().map(|w| w.count_ones()).sum();
        assert!(months > 900 && bits as usize <= months, "{months} {bits}");
        let unknown = ["regiment", "delegates", "собрался", "Gesandten", "réunit"];
        assert!(unknown.iter().all(|w| lexicon.word(w).is_none()));
        assert_eq!(lexicon.word("и").map(|i| i.joins), Some(true));
        assert_eq!(lexicon.word("ntil").map(|i| i.joins), Some(true));
        // An "or" joins whole; its pieces are no joining words.
        let joins = |w| lexicon.word(w).map(|i| i.joins);
        assert_eq!(joins("oder"), Some(true));
        assert_eq!(joins("ИЛИ"), Some(true));
        assert_eq!(joins("der"), None);
        // ("le" is a French day article, which joins nothing.)
        assert_ne!(joins("le"), Some(true));
    }

    #[test]
    fn the_start_filter_lets_every_month_and_joining_word_through() {
        let lexicon = lexicon();
        let mut tried = 0;
        for (key, info) in &lexicon.words {
            let word = std::str::from_utf8(key).unwrap();
            let before_day = info.month.is_some()
                || info.weekday.is_some()
                || info.day_article
                || info.starts_range
                || info.ends_label;
            let kinds: Vec<Begins> = [
                (info.month.is_some(), Begins::Month),
                (info.month.is_some() || info.joins, Begins::MonthOrJoin),
                (before_day, Begins::BeforeDay),
            ]
            .into_iter()
            .filter_map(|(is, kind)| is.then_some(kind))
            .collect();
            if kinds.is_empty() {
                continue;
            }
            // The word as it may be written: in any case, with a stress
            // mark after any of its first letters, and whatever ends it.
            let title: String = word
                .chars()
                .enumerate()
                .flat_map(|(k, c)| {
                    let c: Vec<char> = if k == 0 {
                        c.to_uppercase().collect()
                    } else {
                        vec![c]
                    };
                    c
                })
                .collect();
            let mut written = vec![word.to_string(), word.to_uppercase(), title];
            // Or an invisible character (see `is_ignorable`).
            for at in 1..=3 {
                if let Some((k, _)) = word.char_indices().nth(at) {
                    for mark in ["\u{301}", "\u{ad}", "\u{200b}", "\u{feff}"] {
                        written.push(format!("{}{mark}{}", &word[..k], &word[k..]));
                    }
                }
            }
            for w in &written {
                assert_eq!(fold(w), word, "{w}");
                for end in ["", " ", ".", ")", " 26", ",", "\n", "-"] {
                    let text = format!("{w}{end}");
                    for &kind in &kinds {
                        assert!(lexicon.may_begin(&text, kind), "{text:?} {kind:?}");
                        tried += 1;
                    }
                }
                if before_day {
                    let found = lexicon.word_of_kind(w, Begins::BeforeDay);
                    assert_eq!(found, lexicon.word(w), "{w}");
                }
            }
        }
        assert!(tried > 100_000, "{tried}");
        // The Roman months, in Latin or Cyrillic letters or both.
        for roman in ROMAN_MONTHS
            .iter()
            .map(|r| r.to_uppercase())
            .chain(["Х", "ХІ", "ХІІ", "ІХ", "ІІІ", "XІ", "ХI", "ІѴ"].map(String::from))
        {
            for end in ["", " ", ".", ")", "/"] {
                let text = format!("{roman}{end}");
                assert!(lexicon.may_begin(&text, Begins::MonthOrJoin), "{text:?}");
            }
        }
        // And it tells most other words at once, in both alphabets, but
        // not what it cannot judge by its first letters.
        for (text, kind) in [
            ("on", Begins::BeforeDay),
            ("at", Begins::BeforeDay),
            ("regiment", Begins::BeforeDay),
            ("regiment", Begins::MonthOrJoin),
            ("troops", Begins::MonthOrJoin),
            ("Собрался", Begins::MonthOrJoin),
            ("the", Begins::Month),
            ("Oxford", Begins::Month),
            ("Ma ", Begins::Month),
        ] {
            assert!(!lexicon.may_begin(text, kind), "{text}");
        }
        for text in [
            "Oct.",
            "ОКТЯБРЯ",
            "Mar",
            "Réunit",
            "o",
            "Ма\u{301}я",
            "ab'c",
            "Йо",
        ] {
            assert!(lexicon.may_begin(text, Begins::Month), "{text}");
        }
    }

    /// `may_begin` with [`Begins::YearWord`] never says no to a year word
    /// or an era, however its separators are written; and each begins with
    /// a letter of one or two bytes, as the scanner's test before it
    /// assumes.
    #[test]
    fn year_word_starts_hold_every_year_word_and_era() {
        let lexicon = lexicon();
        let mut tried = 0;
        for language in LANGUAGES {
            for phrase in [language.year_words, language.bc, language.ad].concat() {
                let first = phrase.chars().next().unwrap();
                assert!(first.is_alphabetic() && first.len_utf8() <= 2, "{phrase}");
                let bare: String = phrase
                    .chars()
                    .filter(|&c| !is_phrase_separator(c))
                    .collect();
                let spaced = phrase.replace('.', " ");
                for written in [phrase.to_string(), phrase.to_uppercase(), bare, spaced] {
                    for end in ["", " ", ".", " 1917", ")"] {
                        let text = format!("{written}{end}");
                        assert!(lexicon.may_begin(&text, Begins::YearWord), "{text:?}");
                        tried += 1;
                    }
                }
            }
        }
        assert!(tried > 500, "{tried}");
        for text in ["and (1917", "cases", "soldiers", "the"] {
            assert!(!lexicon.may_begin(text, Begins::YearWord), "{text}");
        }
    }

    /// `may_end_month` never says no to a month, however written, where
    /// the gate asks it: at the end of the text before a number.
    #[test]
    fn month_endings_hold_every_month() {
        let lexicon = lexicon();
        let mut tried = 0;
        for (key, info) in &lexicon.words {
            if info.month.is_none() {
                continue;
            }
            let word = std::str::from_utf8(key).unwrap();
            let mut title = word.chars();
            let title: String = title
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(title)
                .collect();
            let mut written = vec![word.to_string(), word.to_uppercase(), title];
            // A stress mark or an invisible character after any of its
            // last letters.
            let letters = word.chars().count();
            for at in letters.saturating_sub(3)..letters {
                if let Some((k, c)) = word.char_indices().nth(at) {
                    let k = k + c.len_utf8();
                    for mark in ["\u{301}", "\u{ad}", "\u{200d}", "\u{2060}"] {
                        written.push(format!("{}{mark}{}", &word[..k], &word[k..]));
                    }
                }
            }
            for w in &written {
                assert_eq!(fold(w), word, "{w}");
                for start in ["", " ", "(", "on ", "\n", "1", "-"] {
                    let text = format!("{start}{w}");
                    assert!(lexicon.may_end_month(&text), "{text:?}");
                    tried += 1;
                }
            }
        }
        assert!(tried > 20_000, "{tried}");
        // And it tells most other words at once, in both alphabets, but
        // not what it cannot judge by its last letters.
        for text in ["the", "pp", "собрался", "ПРИКАЗОВ"] {
            assert!(!lexicon.may_end_month(text), "{text}");
        }
        for text in [
            "Oct",
            "ОКТЯБРЯ",
            "x Mar",
            "café",
            "ab'c",
            "ноября\u{301}",
            "май",
        ] {
            assert!(lexicon.may_end_month(text), "{text}");
        }
    }

    #[test]
    fn the_cache_answers_as_the_index_does() {
        let lexicon = lexicon();
        let other = Lexicon::new(&LANGUAGES[..1]);
        let mut words: Vec<String> = lexicon
            .words
            .keys()
            .take(300)
            .filter_map(|k| std::str::from_utf8(k).ok().map(str::to_uppercase))
            .collect();
        words.extend(
            [
                "regiment",
                "on",
                "p",
                "No",
                "a",
                "я",
                "Октя́бря",
                "x".repeat(40).as_str(),
            ]
            .map(String::from),
        );
        // Words that share a slot, and both lexicons, in turn.
        for round in 0..3 {
            for (i, w) in words.iter().enumerate() {
                let w = if (i + round) % 2 == 0 {
                    w.as_str()
                } else {
                    words[(i * 7) % words.len()].as_str()
                };
                assert_eq!(lexicon.word(w), lexicon.look_up(w), "{w}");
                assert_eq!(other.word(w), other.look_up(w), "{w}");
            }
        }
        let slots: std::collections::HashSet<usize> =
            words.iter().map(|w| slot_of(w.as_bytes())).collect();
        assert!(slots.len() < words.len(), "some words share a slot");
    }

    #[test]
    fn phrases_ignore_separators_case_and_accents() {
        let old = |t: &str| lexicon().phrase(t, |p| p.old_style).map(|(_, n)| n);
        assert_eq!(old("O.S."), Some(4));
        assert_eq!(old("os 1917"), Some(2));
        assert_eq!(old("по старому стилю)"), Some("по старому стилю".len()));
        assert_eq!(old("ст. ст. 1917"), Some("ст. ст.".len()));
        assert_eq!(old("in Julian calendar)"), Some("in Julian calendar".len()));
        assert_eq!(old("alten Stils"), Some("alten Stils".len()));
        assert_eq!(old("Osaka"), None);
        assert_eq!(old(". os"), None);
        // The first dot of an ellipsis is not the label's.
        assert_eq!(old("O.S... and"), Some(3));
        assert_eq!(old("O.S.\u{2026}"), Some(4));
        let year_word = |t: &str| lexicon().phrase(t, |p| p.year_word).map(|(_, n)| n);
        assert_eq!(year_word("г. 1"), Some("г.".len()));
        assert_eq!(year_word("г... 1"), Some("г".len()));
        let new = |t: &str| lexicon().phrase(t, |p| p.new_style).map(|(_, n)| n);
        assert_eq!(new("N.S.]"), Some(4));
        assert_eq!(new("н/с"), Some("н/с".len()));
        assert_eq!(new("according to the Gregorian calendar"), Some(35));
    }

    #[test]
    fn phrases_are_bounded_on_hostile_text() {
        // "o" is a phrase (Spanish "or"), taken without the dots of an
        // ellipsis.
        let long = "o".to_string() + &".".repeat(10_000);
        assert_eq!(lexicon().phrase(&long, |_| true).map(|p| p.1), Some(1));
        let long = "o.".to_string() + &" ".repeat(10_000) + "r";
        assert_eq!(lexicon().phrase(&long, |_| true).map(|p| p.1), Some(2));
        let long = "q".to_string() + &".".repeat(10_000);
        assert_eq!(lexicon().phrase(&long, |_| true), None);
        let marks = "O\u{301}".repeat(10_000);
        assert_eq!(lexicon().phrase(&marks, |_| true), None);
    }
}
