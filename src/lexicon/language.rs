//! The shape of one language's table in the lexicon.

/// Every word dualdate needs to read dates in one language.
///
/// All lists are matched without regard to letter case or accents (stress
/// marks, diacritics), so each spelling is listed once in its plain form;
/// list a diacritic-bearing spelling only where the plain form is a
/// different word. In `old_style`, `new_style`, `bc` and `ad`, dots,
/// slashes and spaces are ignored when matching, so "O.S." also matches
/// "OS", "o. s." and "O/S".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 tag: `en`, `ru`, `sr-Cyrl`, `sr-Latn`, `la`.
    pub code: &'static str,
    /// English name of the language.
    pub name: &'static str,
    /// Every spelling of each month, January first: the name in each
    /// grammatical case, old spellings, and common abbreviations (written
    /// without their dot: an optional dot after any word is always
    /// accepted).
    pub months: [&'static [&'static str]; 12],
    /// Weekday names and abbreviations, Monday first.
    pub weekdays: [&'static [&'static str]; 7],
    /// Phrases marking a date as Julian (Old Style).
    pub old_style: &'static [&'static str],
    /// Phrases marking a date as Gregorian (New Style).
    pub new_style: &'static [&'static str],
    /// Words that may follow a year number: "г.", "года", "року".
    pub year_words: &'static [&'static str],
    /// Phrases that, written with a capital before a year and a comma,
    /// open a sentence set in that year: "In" ("In 1905, on 9 January"),
    /// "Im Jahre", "En". Without the comma the year is as often another
    /// matter's ("In 1925 the account was printed"); but a phrase of two
    /// words or more names the year ("Im Jahre", "in the year") and needs
    /// no comma, which German does not write after it ("Im Jahre 1905
    /// begann").
    pub year_in: &'static [&'static str],
    /// Small words between the parts of a date: "of" ("26th of October"),
    /// "de" ("25 de octubre de 1917").
    pub date_words: &'static [&'static str],
    /// Articles between a weekday and its day: "the" ("Tuesday, the 25th
    /// October"), "den" ("Dienstag, den 25. Oktober", "tisdagen den 25
    /// oktober").
    pub day_articles: &'static [&'static str],
    /// Era markers for years before the common era: "BC", "до н. э.".
    pub bc: &'static [&'static str],
    /// Era markers for the common era: "AD", "н. э.".
    pub ad: &'static [&'static str],
    /// Words joining two days that share a month: "and", "и".
    pub and: &'static [&'static str],
    /// Words offering two days that share a month as alternatives, read
    /// as `and` is: "or", "или" ("10 (23) или 11 (24) октября"). One word
    /// each, read whole, without the dots and spaces a phrase may have
    /// inside: the pieces of a phrase may stand between a day and its
    /// month, and those of "oder" or "eller" would be "der" and "le".
    pub or: &'static [&'static str],
    /// Words opening a range of days: "from", "с" ("в ночь с 24 на 25").
    pub range_from: &'static [&'static str],
    /// Words closing a range of days: "to", "на", "до" ("с 1 (14) по 3
    /// (16) марта").
    pub range_to: &'static [&'static str],
    /// Words opening a range of days that a word for "and" closes:
    /// "between", "между", "zwischen" ("between 24 and 26 October (6–8
    /// November)"). An article may follow them ("between the 3rd and 5th
    /// of May", "zwischen dem 3. und 5. Mai").
    pub between: &'static [&'static str],
    /// Words saying that the next date is the same day, written in the
    /// other calendar: "i.e.", "that is", "т. е." ("3 March 1913 O.S., i.e.
    /// 16 March N.S.").
    pub that_is: &'static [&'static str],
    /// Small words for "on" before a day, read between a word saying
    /// "that is" or "or" and the other calendar's date: "on", "am", "le"
    /// ("3 March 1913 O.S., that is on 16 March N.S.", "am 3. März 1913
    /// a. St., d. h. am 16. März n. St.").
    pub on_day: &'static [&'static str],
    /// Words naming a document its writer dates, which a heading numbers
    /// before the date: "despatch", "report", "донесение" ("Despatch No.
    /// 284, 14 December 1825." heads a despatch and dates what follows it,
    /// where "Pravda, No. 284, 26 December 1925." cites a newspaper's
    /// issue, which dates nothing after it). One word each, the first of
    /// the heading; words that often begin a periodical's name are left
    /// out ("notes" of "Notes and Queries", "telegraph").
    pub documents: &'static [&'static str],
    /// Words that begin the title of a diary or a collection of letters,
    /// which a short line heads with its year: "Diary, 1917.", "Дневник.
    /// 1918." (the year of the entries below it). One word each.
    pub diaries: &'static [&'static str],
}

impl Language {
    /// Every spelling in the table: months, weekdays, labels, year words,
    /// phrases before a year, date words, articles after a weekday, era
    /// markers, joining words (conjunctions, then range words, then words
    /// for "between"), words saying "that is", words for "on" before a
    /// day, words naming a dated document and words of a diary's title, in
    /// that order.
    ///
    /// ```
    /// let english = &dualdate::lexicon::LANGUAGES[0];
    /// assert!(english.spellings().any(|s| s == "Old Style"));
    /// ```
    pub fn spellings(&self) -> impl Iterator<Item = &'static str> + '_ {
        let lists = [
            self.old_style,
            self.new_style,
            self.year_words,
            self.year_in,
            self.date_words,
            self.day_articles,
            self.bc,
            self.ad,
            self.and,
            self.or,
            self.range_from,
            self.range_to,
            self.between,
            self.that_is,
            self.on_day,
            self.documents,
            self.diaries,
        ];
        self.months
            .iter()
            .chain(self.weekdays.iter())
            .copied()
            .chain(lists)
            .flatten()
            .copied()
    }
}
