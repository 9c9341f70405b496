//! The reform table: when each country or region of the Julian world changed
//! its civil calendar, and on which day it began its numbered year.
//!
//! Every [`Region`] starts in the Julian calendar. Its [`Switch`]es give the
//! last day counted in the old calendar *written in that calendar* and the
//! first day counted in the new one *written in the new one*, in
//! astronomical 1-January years: Russia's row reads "Julian 31 January 1918,
//! then Gregorian 14 February 1918". Unless a row's note says otherwise, the
//! first day is exactly the day after the last one: the labels in between
//! were skipped, no day was lost or lived twice. The tests at the end of
//! this file check this against an independent day count, together with the
//! chaining of the switches, the weekdays the sources name and the
//! uniqueness of codes, names and aliases.
//!
//! # What a row is
//!
//! A row describes the *civil* reckoning of the authority named, as the
//! sources give it. Churches often kept the Julian calendar much longer
//! (the Orthodox churches still do), private writers often dated in both
//! styles for decades, and a decree did not reach every village on the day
//! it named. Where the sources disagree about a day, the row follows the
//! source named in `source` and the note gives the other dates and who gives
//! them. Countries are split where their parts switched on different days
//! (the Dutch provinces, the Swiss cantons, the German and Austrian lands),
//! and only where a source gives the exact days.
//!
//! # New Year
//!
//! [`NewYearEra`]s are given only where a source says when a region moved
//! its New Year to 1 January (England, Scotland, Russia, Venice, Florence,
//! Pisa); an empty list means the region is read as starting the year on
//! 1 January throughout, which for the Middle Ages is often a
//! simplification. Styles this crate does not model (Easter style in France,
//! the Rumi fiscal year in the Ottoman Empire, Anno Mundi year numbers in
//! Russia) are mentioned in the region's note instead.
//!
//! # Sources
//!
//! The most used ones are named once, below, and cited by every row that
//! relies on them; where only a secondary compilation was available (the
//! English Wikipedia list of adoption dates) the row says so.

use super::new_year::NewYearStyle::{January1, March1, March25, March25Pisan, September1};
use super::reform::{
    CivilCalendar::{self, Gregorian, Julian, Swedish},
    NewYearEra, Region, Switch, Ymd,
};

// ---------------------------------------------------------------------------
// Sources cited by several rows.

/// The bull that made the reform.
const INTER_GRAVISSIMAS: &str = "Gregory XIII, bull Inter gravissimas (24 February 1582)";

/// Grotefend's table of introduction dates, as excerpted (by M. Palmer,
/// soc.genealogy.german, 1999) in the `calendars` file of the tz database.
const GROTEFEND: &str = "H. Grotefend, Taschenbuch der Zeitrechnung des deutschen Mittelalters \
     und der Neuzeit, ed. O. Grotefend (Hannover 1941), pp. 26-28, as excerpted in the tz \
     database file `calendars`";

/// Weekday-by-weekday list of the Round Tower observatory, Copenhagen.
const POULSEN: &str = "E. Poulsen, \"The transition from Julian to Gregorian Calendar\", \
     Rundetaarn observatory, Copenhagen (rundetaarn.dk)";

/// Claus Tøndering's Calendar FAQ.
const TONDERING: &str = "C. Tøndering, Frequently Asked Questions about Calendars (Calendar \
     FAQ), list of Julian-to-Gregorian changes by country";

/// The secondary compilation used where nothing better was at hand.
const WP_LIST: &str = "Wikipedia, \"List of adoption dates of the Gregorian calendar by country\"";

/// The Huygens Institute's notes on the Dutch calendars.
const HUYGENS: &str = "Huygens ING, Christiaan Huygens web, \"Kalender en tijdrekening\" \
     (dwc.knaw.nl)";

/// A Dutch calendar calculator whose appendix lists the Dutch dates with
/// notes on the city of Groningen.
const KALCALC: &str = "Kalcalc calendar calculator, appendix 1 \"De gehanteerde regio's met de \
     daarbij behorende data\", with notes (grijsbaard.nl)";

/// The Swiss historical dictionary, as quoted by the Appenzell archive.
const HLS: &str = "Historisches Lexikon der Schweiz, article \"Kalender\" (as quoted in the \
     catalogue of the Staatsarchiv Appenzell Ausserrhoden, Aa.15-03-017)";

/// The British act.
const ACT_1750: &str = "Calendar (New Style) Act 1750 (24 Geo. II c. 23)";

/// The Soviet decree.
const SOVNARKOM: &str = "Decree of the Council of People's Commissars of 24 January 1918 on \
     introducing the Western European calendar in the Russian Republic (Sobranie uzakonenii \
     1918, No. 19, art. 289)";

/// Peter I's New-Year decrees.
const PETER_I: &str = "Decrees of Peter I of 19 and 20 December 7208 [1699] on counting the \
     years from the Nativity and beginning 1700 on 1 January (PSZ, 1st series, vol. III, \
     nos. 1735-1736)";

/// The Yugoslav law of 1919.
const YU_LAW_1919: &str = "Law on equalising the old and the new calendar (Zakon o izjednačenju \
     starog i novog kalendara), Službene novine Kraljevstva SHS, 28 January 1919, art. 1 \
     (quoted in Politika, 28 January 2019)";

/// The Romanian reform of 1919.
const RO_1919: &str = "Decree-law of King Ferdinand I of March 1919, published in Monitorul \
     Oficial (Arhivele Naționale ale României); Enciclopedia României, \"Adoptarea \
     calendarului gregorian\"";

/// The Transcaucasian change, known to us only from the list.
const TRANSCAUCASIA_NOTE: &str = "Dated by the Wikipedia list under the Transcaucasian \
     Democratic Federative Republic; not checked against a primary source.";

// ---------------------------------------------------------------------------
// Row helpers.

/// A switch from the Julian to the Gregorian calendar.
const fn jg(last: Ymd, first: Ymd, source: &'static str, note: &'static str) -> Switch {
    sw(Julian, last, Gregorian, first, source, note)
}

/// A switch back from the Gregorian to the Julian calendar.
const fn gj(last: Ymd, first: Ymd, source: &'static str, note: &'static str) -> Switch {
    sw(Gregorian, last, Julian, first, source, note)
}

/// Any switch.
const fn sw(
    from: CivilCalendar,
    last: Ymd,
    to: CivilCalendar,
    first: Ymd,
    source: &'static str,
    note: &'static str,
) -> Switch {
    Switch {
        from,
        last,
        to,
        first,
        source,
        note,
    }
}

/// The 1582 switch of the bull itself: Thursday 4 October, then Friday
/// 15 October.
const OCT_1582: Ymd = Ymd::new(1582, 10, 4);
/// The first Gregorian day of the bull.
const OCT_1582_NEW: Ymd = Ymd::new(1582, 10, 15);

/// The Protestant switch of 1700 in Germany and Denmark–Norway: Sunday
/// 18 February, then Monday 1 March.
const FEB_1700: Ymd = Ymd::new(1700, 2, 18);
/// The first Gregorian day of 1700 in Germany and Denmark–Norway.
const FEB_1700_NEW: Ymd = Ymd::new(1700, 3, 1);

/// The New Year of 1701 switch: Tuesday 31 December 1700, then Wednesday
/// 12 January 1701.
const DEC_1700: Ymd = Ymd::new(1700, 12, 31);
/// The first Gregorian day of 1701 in Friesland, Groningen and the
/// Protestant Swiss cantons.
const JAN_1701_NEW: Ymd = Ymd::new(1701, 1, 12);

/// The British switch: Wednesday 2 September, then Thursday 14 September
/// 1752.
const BRITISH_1752: &[Switch] = &[jg(
    Ymd::new(1752, 9, 2),
    Ymd::new(1752, 9, 14),
    ACT_1750,
    "",
)];

/// The British New Year: 25 March until the year 1751 (which began on
/// 25 March 1751 and ended on 31 December), 1 January from 1752.
const ENGLISH_NEW_YEAR: &[NewYearEra] = &[
    NewYearEra {
        until: 1751,
        style: March25,
        source: ACT_1750,
    },
    NewYearEra {
        until: i32::MAX,
        style: January1,
        source: ACT_1750,
    },
];

/// The Soviet switch: Wednesday 31 January, then Thursday 14 February 1918.
const SOVIET_1918: Switch = jg(Ymd::new(1918, 1, 31), Ymd::new(1918, 2, 14), SOVNARKOM, "");

/// The Swedish calendar: from Julian 28 February 1700 (the Julian leap day
/// dropped) to Swedish 30 February 1712, then Julian until the Gregorian
/// switch of 17 February / 1 March 1753.
const SWEDISH_SWITCHES: &[Switch] = &[
    sw(
        Julian,
        Ymd::new(1700, 2, 28),
        Swedish,
        Ymd::new(1700, 3, 1),
        SWEDEN,
        "Sweden meant to reach the Gregorian calendar by dropping the eleven leap days of \
         1700-1740; only the first was dropped, so 1 March 1700 Swedish was 29 February \
         Julian, one day ahead of Julian and ten behind Gregorian.",
    ),
    sw(
        Swedish,
        Ymd::new(1712, 2, 30),
        Julian,
        Ymd::new(1712, 3, 1),
        SWEDEN,
        "The leap days of 1704 and 1708 were kept after all; in 1712 Charles XII abandoned the \
         plan and returned to the Julian calendar by giving February 1712 thirty days.",
    ),
    jg(
        Ymd::new(1753, 2, 17),
        Ymd::new(1753, 3, 1),
        SWEDEN,
        "Wednesday 17 February 1753 was followed by Thursday 1 March.",
    ),
];

/// The Swedish story, as told by Mark Brader with Swedish references.
const SWEDEN: &str = "N. Beckman, Tideräkning och historia (1924), and L.-O. Lodén, Tid, en bok \
     om tideräkning och kalenderväsen (1968), as cited in the tz database file `calendars`; \
     Wikipedia, \"Swedish calendar\"";

/// The Swiss Protestant switch of New Year 1701.
const SWISS_1701: &[Switch] = &[jg(
    DEC_1700,
    JAN_1701_NEW,
    HLS,
    "Also in Grotefend (1941) and Poulsen (\"31 December 1700, then 12 January 1701\").",
)];

/// The Yugoslav switch: 14 January, then 28 January 1919.
const YUGOSLAV_1919: &[Switch] = &[jg(
    Ymd::new(1919, 1, 14),
    Ymd::new(1919, 1, 28),
    YU_LAW_1919,
    "The law, adopted on 10 January 1919 (O.S.), was published on its first day of force, \
     28 January 1919 (N.S.).",
)];

/// The Romanian switch: 31 March, then 14 April 1919.
const ROMANIAN_1919: &[Switch] = &[jg(
    Ymd::new(1919, 3, 31),
    Ymd::new(1919, 4, 14),
    RO_1919,
    "",
)];

/// The Transcaucasian switch: 17 April, then 1 May 1918.
const TRANSCAUCASIA_1918: &[Switch] = &[jg(
    Ymd::new(1918, 4, 17),
    Ymd::new(1918, 5, 1),
    WP_LIST,
    TRANSCAUCASIA_NOTE,
)];

// ---------------------------------------------------------------------------
// The table.

/// Every region dualdate knows, in rough order of the first switch: the
/// states of 1582, the Low Countries, the Holy Roman Empire and its
/// neighbours, Switzerland, Scandinavia, the British world, Sweden, and the
/// Orthodox and Ottoman world of 1912-1926. Every region starts in the
/// Julian calendar.
pub static REGIONS: &[Region] = &[
    // --- 1582: the states of the bull --------------------------------------
    Region {
        code: "PAPAL",
        name: "Papal States",
        aliases: &["States of the Church", "Stato Pontificio", "Rome"],
        initial: Julian,
        switches: &[jg(OCT_1582, OCT_1582_NEW, INTER_GRAVISSIMAS, "")],
        new_year: &[],
        note: "The chanceries of Rome used several New-Year styles before 1582; they are not \
               modelled.",
    },
    Region {
        code: "IT",
        name: "Italy (most states)",
        aliases: &["Italy", "Italian states"],
        initial: Julian,
        switches: &[jg(OCT_1582, OCT_1582_NEW, GROTEFEND, "")],
        new_year: &[],
        note: "Grotefend gives 4/15 October 1582 for \"Italy (with exceptions)\". Venice, \
               Tuscany and Pisa have rows of their own for their New-Year styles; Savoy is \
               not separately sourced here.",
    },
    Region {
        code: "TUSCANY",
        name: "Grand Duchy of Tuscany (Florence)",
        aliases: &["Florence", "Firenze", "Toscana"],
        initial: Julian,
        switches: &[jg(OCT_1582, OCT_1582_NEW, GROTEFEND, "")],
        new_year: &[
            NewYearEra {
                until: 1749,
                style: March25,
                source: TUSCAN_NEW_YEAR,
            },
            NewYearEra {
                until: i32::MAX,
                style: January1,
                source: TUSCAN_NEW_YEAR,
            },
        ],
        note: "Florentine style: the year began on 25 March after 1 January until 1749; 1750 \
               began on 1 January. Pisa, also Tuscan, counted differently (see PISA).",
    },
    Region {
        code: "PISA",
        name: "Pisa",
        aliases: &["Pisan style"],
        initial: Julian,
        switches: &[jg(OCT_1582, OCT_1582_NEW, GROTEFEND, "")],
        new_year: &[
            NewYearEra {
                until: 1749,
                style: March25Pisan,
                source: TUSCAN_NEW_YEAR,
            },
            NewYearEra {
                until: i32::MAX,
                style: January1,
                source: TUSCAN_NEW_YEAR,
            },
        ],
        note: "Part of Tuscany since 1509. Pisan style: the year began on 25 March before \
               1 January, one year ahead of Florence, until 1749; 1750 began on 1 January.",
    },
    Region {
        code: "VENICE",
        name: "Republic of Venice",
        aliases: &["Venezia", "Serenissima"],
        initial: Julian,
        switches: &[jg(OCT_1582, OCT_1582_NEW, GROTEFEND, "")],
        new_year: &[
            NewYearEra {
                until: 1797,
                style: March1,
                source: "A. Cappelli, Cronologia, cronografia e calendario perpetuo, \
                         section on the styles (stile veneto)",
            },
            NewYearEra {
                until: i32::MAX,
                style: January1,
                source: "A. Cappelli, Cronologia, cronografia e calendario perpetuo, \
                         section on the styles (stile veneto)",
            },
        ],
        note: "More veneto: the Venetian year began on 1 March until the fall of the Republic \
               in 1797, so January and February carry the previous year number (\"m.v.\"). \
               The switch of days is Grotefend's date for Italy; Venice is not listed there \
               separately.",
    },
    Region {
        code: "ES",
        name: "Spain",
        aliases: &["Castile", "Aragon", "Spanish monarchy"],
        initial: Julian,
        switches: &[jg(OCT_1582, OCT_1582_NEW, GROTEFEND, "Also Poulsen.")],
        new_year: &[],
        note: "The Spanish possessions overseas received the reform later, as the news \
               travelled; they are not modelled. The Spanish Netherlands changed in \
               December 1582 (see BE).",
    },
    Region {
        code: "PT",
        name: "Portugal",
        aliases: &[],
        initial: Julian,
        switches: &[jg(OCT_1582, OCT_1582_NEW, GROTEFEND, "Also Poulsen.")],
        new_year: &[],
        note: "",
    },
    Region {
        code: "PL",
        name: "Poland",
        aliases: &["Kingdom of Poland", "Crown of Poland", "Danzig", "Gdańsk"],
        initial: Julian,
        switches: &[jg(
            OCT_1582,
            OCT_1582_NEW,
            GROTEFEND,
            "Grotefend: \"Poland (Roman Catholics and Danzig only)\"; Poulsen: \"Catholic parts \
             of Poland\". The Orthodox used the Julian calendar.",
        )],
        new_year: &[],
        note: "The Grand Duchy of Lithuania, the other half of the Commonwealth, changed only \
               in 1585/86 (see LT). Ducal Prussia has its own row (PRUSSIA).",
    },
    Region {
        code: "LT",
        name: "Lithuania",
        aliases: &["Grand Duchy of Lithuania", "Lietuva"],
        initial: Julian,
        switches: &[
            jg(
                Ymd::new(1585, 12, 21),
                Ymd::new(1586, 1, 1),
                WP_LIST,
                "Wikipedia's English article \"Lithuanian calendar\" likewise dates the \
                 adoption by the Grand Duchy to 1586, four years after Poland.",
            ),
            gj(
                Ymd::new(1800, 1, 11),
                Ymd::new(1800, 1, 1),
                WP_LIST,
                "Return to the Julian calendar under Russian rule. The list (2018 version) \
                 writes \"after 12 January 1800 followed 1 January 1800\", which as written \
                 would repeat a day; modelled as a change at New Year 1800 Old Style: \
                 Gregorian 11 January, then Julian 1 January 1800, no day lost or repeated. \
                 Užnemunė (Suvalkija, west of the Nemunas), which went to Prussia and later \
                 Congress Poland, kept the Gregorian calendar (Wikipedia, \"Lithuanian \
                 calendar\").",
            ),
            jg(
                Ymd::new(1915, 5, 11),
                Ymd::new(1915, 5, 25),
                WP_LIST,
                "Reintroduced by the German occupation (Ober Ost). Sources disagree: the list \
                 gives 25 May 1915 for the Kovno and Vilna governorates (an older version \
                 writes \"after 12 May followed 25 May\", which would repeat a day; modelled \
                 without a day lost or repeated), but Kaunas and Vilnius were taken only in \
                 August and September 1915; a revision of Lithuanian Wikipedia's \
                 \"Kalendorius\" appears to give 15 November 1915; Wikipedia's \"Lithuanian \
                 calendar\" credits the Soviet decree of 1918 instead. Treat dates of 1915 \
                 with care.",
            ),
        ],
        new_year: &[],
        note: "Civil dating only: the Orthodox population kept the Julian calendar throughout. \
               Belarusian lands of the Grand Duchy are modelled under BY with the 1918 change \
               only.",
    },
    Region {
        code: "FR",
        name: "France",
        aliases: &["Kingdom of France"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1582, 12, 9),
            Ymd::new(1582, 12, 20),
            GROTEFEND,
            "Sunday 9 December, then Monday 20 December 1582 (Poulsen); same dates in \
             Tøndering and the tz database.",
        )],
        new_year: &[],
        note: "Before the edict of Roussillon (1564, applied from 1567) French dating often \
               began the year at Easter, a movable style this crate does not model: early \
               French years are read as 1-January years. The Republican calendar \
               (24 November 1793 to 31 December 1805) is not modelled either. Alsace, \
               Lorraine and Strasbourg have their own rows.",
    },
    Region {
        code: "LORRAINE",
        name: "Duchy of Lorraine",
        aliases: &["Lothringen"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1582, 12, 9),
            Ymd::new(1582, 12, 20),
            GROTEFEND,
            "Grotefend: \"09/20 Dec 1582 - France, Lorraine\"; Poulsen: \"France and Lorraine\".",
        )],
        new_year: &[],
        note: "Disputed. Tøndering gives \"Lorraine: 16 February 1760 followed by 28 February \
               1760\", and the Wikipedia list (as transcribed in K. Kubat's jdcal) reconciles \
               the two with a return to the Julian calendar in 1735 and a second change in \
               1760; no exact day for the 1735 return was found, so it is not modelled. \
               Check Lorraine dates of 1735-1760.",
    },
    Region {
        code: "STRASBOURG",
        name: "City of Strasbourg",
        aliases: &["Strassburg", "Straßburg", "Alsace (Protestant parts)"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1682, 2, 5),
            Ymd::new(1682, 2, 16),
            GROTEFEND,
            "Tøndering gives the same days for \"Alsace\".",
        )],
        new_year: &[],
        note: "The city changed after its annexation by France (1681). The Catholic bishopric \
               of Strasbourg and the margraviate of Baden had changed on 16/27 November 1583 \
               (Grotefend).",
    },
    // --- The Low Countries --------------------------------------------------
    Region {
        code: "BE",
        name: "Southern Netherlands (Spanish Netherlands)",
        aliases: &[
            "Belgium",
            "Spanish Netherlands",
            "Southern Netherlands",
            "Flanders",
            "Hainaut",
            "Artois",
            "Namur",
        ],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1582, 12, 21),
            Ymd::new(1583, 1, 1),
            GROTEFEND,
            "Friday 21 December 1582, then Saturday 1 January 1583 (Poulsen; Grotefend: \
             \"Holland, Brabant, Flanders, Hennegau\"). The Wikipedia list gives \
             20 December, then 31 December, \"or one day later\", for the areas under \
             Spanish rule, and 14/25 December (the \
             edict of the duke of Anjou) for Flanders.",
        )],
        new_year: &[],
        note: "Brabant, which followed Anjou in December 1582, has its own row (BRABANT); so \
               does the prince-bishopric of Liège (LIEGE).",
    },
    Region {
        code: "LU",
        name: "Luxembourg",
        aliases: &["Duchy of Luxembourg", "Luxemburg"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1582, 12, 21),
            Ymd::new(1583, 1, 1),
            WP_LIST,
            "Modelled with the Spanish Netherlands: the list puts Luxembourg among the areas \
             under Spanish rule (20/31 December 1582 \"or one day later\").",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "LIEGE",
        name: "Prince-Bishopric of Liège",
        aliases: &["Liège", "Lüttich"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1583, 2, 10),
            Ymd::new(1583, 2, 21),
            GROTEFEND,
            "Same days in Kalcalc and the Wikipedia list.",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "BRABANT",
        name: "Duchy of Brabant",
        aliases: &["States Brabant"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1582, 12, 14),
            Ymd::new(1582, 12, 25),
            HUYGENS,
            "Brabant and Zeeland followed the duke of Anjou: 14 December, then 25 December \
             1582 (so Christmas was the first new-style day); same in Kalcalc and the \
             Wikipedia list. Grotefend and Poulsen give 21 December 1582, then 1 January \
             1583, the date of the Spanish Netherlands.",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "NL-ZE",
        name: "Zeeland",
        aliases: &[],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1582, 12, 14),
            Ymd::new(1582, 12, 25),
            HUYGENS,
            "Same days in Kalcalc (\"Zeeland, Brabant, Staten generaal\").",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "NL",
        name: "Holland",
        aliases: &[
            "County of Holland",
            "NL-NH",
            "NL-ZH",
            "North Holland",
            "South Holland",
            "Netherlands",
            "Dutch Republic",
            "United Provinces",
        ],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1583, 1, 1),
            Ymd::new(1583, 1, 12),
            HUYGENS,
            "1 January 1583, then 12 January 1583; same in Kalcalc and the Wikipedia list. \
             Grotefend and Poulsen put Holland with Brabant and Flanders: 21 December 1582, \
             then 1 January 1583.",
        )],
        new_year: &[],
        note: "The Dutch Republic had no single date: Holland and Zeeland used the new style \
               from 1582/83, the other provinces only from 1700/01 (NL-GE, NL-UT, NL-OV, \
               NL-FR, NL-GR, NL-DR). \"Netherlands\" finds this row for Holland, the leading \
               province; check the province of a document.",
    },
    Region {
        code: "NL-GE",
        name: "Gelderland",
        aliases: &["Guelders", "Zutphen"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1700, 6, 30),
            Ymd::new(1700, 7, 12),
            GROTEFEND,
            "Grotefend: \"Gelderland, Zutphen\"; Poulsen: Sunday 30 June, then Monday 12 July \
             1700; same in Kalcalc.",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "NL-UT",
        name: "Utrecht",
        aliases: &["Lordship of Utrecht"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1700, 11, 30),
            Ymd::new(1700, 12, 12),
            POULSEN,
            "Saturday 30 November, then Sunday 12 December 1700 (Poulsen); same in Kalcalc. \
             Grotefend's list as excerpted reads \"10 Nov/12 Dec 1700\", evidently a slip \
             for 30 November.",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "NL-OV",
        name: "Overijssel",
        aliases: &[],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1700, 11, 30),
            Ymd::new(1700, 12, 12),
            POULSEN,
            "With Utrecht (Poulsen, Kalcalc).",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "NL-FR",
        name: "Friesland",
        aliases: &["Frisia", "Fryslân"],
        initial: Julian,
        switches: &[jg(
            DEC_1700,
            JAN_1701_NEW,
            GROTEFEND,
            "Tuesday 31 December 1700, then Wednesday 12 January 1701 (Poulsen); same in \
             Kalcalc.",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "NL-GR",
        name: "Groningen",
        aliases: &["City of Groningen", "Stad en Lande"],
        initial: Julian,
        switches: &[
            jg(
                Ymd::new(1583, 3, 1),
                Ymd::new(1583, 3, 12),
                KALCALC,
                "The royalist city of Groningen adopted the new style in 1583: 1 March, then \
                 12 March (Kalcalc, note 3). The Wikipedia list (as transcribed in K. Kubat's \
                 jdcal) dates the city's change with Holland's, 1 January, then 12 January \
                 1583.",
            ),
            gj(
                Ymd::new(1594, 11, 19),
                Ymd::new(1594, 11, 10),
                KALCALC,
                "Back to the Julian calendar of the surrounding provinces after the city was \
                 taken by the States (the Reduction of July 1594): Gregorian 19 November, then \
                 Julian 10 November 1594, so no day lost or repeated (Kalcalc, note 3). The \
                 Wikipedia list (as transcribed in jdcal) dates this return 10 November 1594 \
                 (N.S.). Labels from \
                 10 to 19 November 1594 occur twice.",
            ),
            jg(
                DEC_1700,
                JAN_1701_NEW,
                GROTEFEND,
                "With Friesland: 31 December 1700, then 12 January 1701 (Grotefend, Poulsen, \
                 Kalcalc).",
            ),
        ],
        new_year: &[],
        note: "The 1583-1594 new-style period is that of the city; the Ommelanden (the rest \
               of the province) are not documented separately here.",
    },
    Region {
        code: "NL-DR",
        name: "Drenthe",
        aliases: &[],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1701, 4, 30),
            Ymd::new(1701, 5, 12),
            KALCALC,
            "Same days in the Wikipedia list. The last Dutch province to change.",
        )],
        new_year: &[],
        note: "",
    },
    // --- The Holy Roman Empire and its neighbours ---------------------------
    Region {
        code: "DE",
        name: "Germany (Protestant states)",
        aliases: &[
            "Germany",
            "Protestant Germany",
            "Holy Roman Empire (Protestant estates)",
            "Brandenburg",
            "Saxony",
            "Swedish Pomerania",
        ],
        initial: Julian,
        switches: &[jg(
            FEB_1700,
            FEB_1700_NEW,
            GROTEFEND,
            "Sunday 18 February, then Monday 1 March 1700 (Poulsen). Grotefend includes the \
             Swedish possessions in Germany.",
        )],
        new_year: &[],
        note: "The Protestant estates adopted an \"improved\" calendar with the Gregorian \
               days but an astronomically computed Easter, which differed from the Gregorian \
               Easter in 1724 and 1744, until they accepted the Gregorian Easter from 1776. \
               The Catholic states changed in 1583-1631 on many different days: see DE-BY, \
               COLOGNE, MAINZ, TRIER, WURZBURG, MUNSTER, JULICH-BERG, PADERBORN, \
               PALATINATE-NEUBURG, HILDESHEIM, and PRUSSIA for the duchy of Prussia.",
    },
    Region {
        code: "DE-BY",
        name: "Bavaria",
        aliases: &[
            "Duchy of Bavaria",
            "Bayern",
            "Freising",
            "Regensburg",
            "Eichstätt",
        ],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1583, 10, 5),
            Ymd::new(1583, 10, 16),
            GROTEFEND,
            "Grotefend: \"Bavaria, bishoprics of Freising, Eichstedt, Regensburg, Salzburg, \
             Brixen\". Poulsen (Saturday 5, then Sunday 16 October 1583) says a first attempt \
             to change on 10/21 February 1583 did not work.",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "COLOGNE",
        name: "Electorate and City of Cologne",
        aliases: &["Köln", "Kurköln", "Electorate of Cologne"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1583, 11, 2),
            Ymd::new(1583, 11, 13),
            GROTEFEND,
            "Kalcalc gives 3 November, then 14 November 1583 for the archbishopric.",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "MAINZ",
        name: "Electorate of Mainz",
        aliases: &["Kurmainz"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1583, 11, 11),
            Ymd::new(1583, 11, 22),
            GROTEFEND,
            "",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "TRIER",
        name: "Electorate of Trier",
        aliases: &["Kurtrier", "Treves"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1583, 10, 4),
            Ymd::new(1583, 10, 15),
            GROTEFEND,
            "",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "WURZBURG",
        name: "Prince-Bishopric of Würzburg",
        aliases: &["Würzburg", "Wuerzburg"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1583, 11, 4),
            Ymd::new(1583, 11, 15),
            GROTEFEND,
            "",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "MUNSTER",
        name: "Prince-Bishopric of Münster and Duchy of Cleves",
        aliases: &["Münster", "Cleves", "Kleve"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1583, 11, 17),
            Ymd::new(1583, 11, 28),
            GROTEFEND,
            "Kalcalc gives 16 November, then 27 November 1583.",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "JULICH-BERG",
        name: "Duchies of Jülich and Berg",
        aliases: &["Jülich-Berg", "Jülich", "Berg"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1583, 11, 2),
            Ymd::new(1583, 11, 13),
            GROTEFEND,
            "Same days in Kalcalc.",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "PADERBORN",
        name: "Prince-Bishopric of Paderborn",
        aliases: &[],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1585, 6, 16),
            Ymd::new(1585, 6, 27),
            GROTEFEND,
            "",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "PALATINATE-NEUBURG",
        name: "Palatinate-Neuburg",
        aliases: &["Pfalz-Neuburg"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1614, 12, 13),
            Ymd::new(1614, 12, 24),
            GROTEFEND,
            "",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "HILDESHEIM",
        name: "Prince-Bishopric of Hildesheim",
        aliases: &[],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1631, 3, 15),
            Ymd::new(1631, 3, 26),
            GROTEFEND,
            "",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "PRUSSIA",
        name: "Duchy of Prussia",
        aliases: &["Ducal Prussia", "Herzogtum Preußen"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1610, 8, 22),
            Ymd::new(1610, 9, 2),
            POULSEN,
            "Wednesday 22 August, then Thursday 2 September 1610 (Poulsen, Tøndering). \
             Grotefend and the Wikipedia list give the same days in 1612.",
        )],
        new_year: &[],
        note: "The first Protestant state to change, as a fief of Poland. The other \
               Hohenzollern lands (Brandenburg) changed in 1700 with Protestant Germany (DE).",
    },
    Region {
        code: "AT",
        name: "Archduchy of Austria",
        aliases: &[
            "Austria",
            "Upper Austria",
            "Lower Austria",
            "Vienna",
            "AT-3",
            "AT-4",
            "AT-9",
        ],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1584, 1, 6),
            Ymd::new(1584, 1, 17),
            GROTEFEND,
            "Grotefend: \"06/17 Jan 1584 - Austria and Bohemia\". The Wikipedia list gives \
             20 October, then 31 October 1583 for Upper and Lower Austria.",
        )],
        new_year: &[],
        note: "The Austrian lands changed on different days; Tyrol, Salzburg, Styria and \
               Carinthia have their own rows.",
    },
    Region {
        code: "AT-7",
        name: "Tyrol",
        aliases: &["Tirol", "Brixen", "Bressanone", "South Tyrol"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1583, 10, 5),
            Ymd::new(1583, 10, 16),
            TONDERING,
            "Tøndering: \"Brixen, Salzburg and Tyrol: 5 Oct 1583 was followed by 16 Oct \
             1583\"; Grotefend has Brixen on the same days. The Wikipedia list gives \
             4 October, then 15 October 1583 for \"Tyrol, Further Austria\".",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "AT-5",
        name: "Archbishopric of Salzburg",
        aliases: &["Salzburg"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1583, 10, 5),
            Ymd::new(1583, 10, 16),
            GROTEFEND,
            "Grotefend lists Salzburg with Bavaria; Tøndering agrees. The Wikipedia list gives \
             10 February, then 21 February 1583.",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "AT-6",
        name: "Styria",
        aliases: &["Steiermark"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1583, 12, 14),
            Ymd::new(1583, 12, 25),
            GROTEFEND,
            "Saturday 14, then Sunday 25 December 1583 (Poulsen, for Carinthia and Styria). \
             The Wikipedia list gives 11 December, then 22 December 1583.",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "AT-2",
        name: "Carinthia",
        aliases: &["Kärnten"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1583, 12, 14),
            Ymd::new(1583, 12, 25),
            POULSEN,
            "Same days in Tøndering and the Wikipedia list.",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "CZ",
        name: "Bohemia",
        aliases: &[
            "Czech lands",
            "Czechia",
            "Kingdom of Bohemia",
            "Lusatia",
            "Lausitz",
        ],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1584, 1, 6),
            Ymd::new(1584, 1, 17),
            GROTEFEND,
            "Monday 6, then Tuesday 17 January 1584 (Poulsen, for \"Bohemia, Moravia and \
             Lusatia\"; Tøndering likewise). Grotefend has Lusatia with Silesia (12/23 January \
             1584); the Wikipedia list dates Moravia 3 October, then 14 October 1584.",
        )],
        new_year: &[],
        note: "Moravia is read with Bohemia here; see the switch note.",
    },
    Region {
        code: "SILESIA",
        name: "Silesia",
        aliases: &["Schlesien", "Śląsk", "Slezsko"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1584, 1, 12),
            Ymd::new(1584, 1, 23),
            GROTEFEND,
            "Sunday 12, then Monday 23 January 1584 (Poulsen).",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "HU",
        name: "Kingdom of Hungary",
        aliases: &["Hungary", "Royal Hungary", "Slovakia", "Upper Hungary"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1587, 10, 21),
            Ymd::new(1587, 11, 1),
            POULSEN,
            "Saturday 21 October, then Sunday 1 November 1587, the legal date (Poulsen, \
             Tøndering; Grotefend: \"legally on 21 Oct 1587\"). Grotefend dates the practical \
             change to 22 January / 2 February 1584.",
        )],
        new_year: &[],
        note: "Transylvania, then a separate principality, has its own row.",
    },
    Region {
        code: "TRANSYLVANIA",
        name: "Principality of Transylvania",
        aliases: &["Siebenbürgen", "Ardeal", "Erdély"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1590, 12, 14),
            Ymd::new(1590, 12, 25),
            GROTEFEND,
            "Monday 14, then Tuesday 25 December 1590 (Poulsen).",
        )],
        new_year: &[],
        note: "",
    },
    // --- Switzerland --------------------------------------------------------
    Region {
        code: "CH-LU",
        name: "Lucerne and the Catholic cantons",
        aliases: &[
            "Lucerne",
            "Luzern",
            "Catholic cantons",
            "Uri",
            "CH-UR",
            "Schwyz",
            "CH-SZ",
            "Zug",
            "CH-ZG",
            "Fribourg",
            "Freiburg im Üechtland",
            "CH-FR",
            "Solothurn",
            "CH-SO",
        ],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1584, 1, 11),
            Ymd::new(1584, 1, 22),
            HLS,
            "The HLS dates the change \"12./22.1.1584\" (12 January O.S. = 22 January N.S. \
             being the first new-style day); Grotefend (\"11/22 Jan 1584 - Lucerne, Uri, \
             Schwyz, Zug, Freiburg, Solothurn\") and Poulsen (Saturday 11, then Sunday \
             22 January) agree. Some Swiss summaries say 12 January was followed by \
             23 January.",
        )],
        new_year: &[],
        note: "Obwalden and Nidwalden followed \"a month later\" (HLS; Grotefend: June 1584), \
               Appenzell Innerrhoden in 1584 and the Valais in 1655, on days not given by \
               these sources, so they have no rows.",
    },
    Region {
        code: "CH-ZH",
        name: "Zürich",
        aliases: &["Zurich", "Zuerich", "Protestant cantons"],
        initial: Julian,
        switches: SWISS_1701,
        new_year: &[],
        note: "The Protestant cantons Zürich, Bern, Basel and Schaffhausen changed together \
               at New Year 1701 (HLS), with Catholic Glarus, Neuchâtel and Geneva; Grotefend \
               adds Thurgau. Later: the city of St. Gallen 1724, Protestant Glarus 1798, \
               Appenzell Ausserrhoden at Christmas 1798 (CH-AR), and Graubünden 1783-1812 \
               (CH-GR). St. Gallen and Glarus have no rows for want of exact days (Grotefend \
               puts Glarus, Appenzell and St. Gallen all in 1724).",
    },
    Region {
        code: "CH-BE",
        name: "Bern",
        aliases: &["Berne"],
        initial: Julian,
        switches: SWISS_1701,
        new_year: &[],
        note: "",
    },
    Region {
        code: "CH-BS",
        name: "Basel",
        aliases: &["Basle", "Bâle"],
        initial: Julian,
        switches: SWISS_1701,
        new_year: &[],
        note: "The city of Basel. The prince-bishopric of Basel had changed on 20/31 October \
               1583 (Grotefend).",
    },
    Region {
        code: "CH-SH",
        name: "Schaffhausen",
        aliases: &[],
        initial: Julian,
        switches: SWISS_1701,
        new_year: &[],
        note: "",
    },
    Region {
        code: "CH-GE",
        name: "Geneva",
        aliases: &["Genève", "Genf"],
        initial: Julian,
        switches: SWISS_1701,
        new_year: &[],
        note: "Under French rule 1798-1813; the French Republican calendar, official in \
               France until 1805, is not modelled.",
    },
    Region {
        code: "CH-NE",
        name: "Neuchâtel",
        aliases: &["Neuchatel", "Neuenburg"],
        initial: Julian,
        switches: SWISS_1701,
        new_year: &[],
        note: "",
    },
    Region {
        code: "CH-AR",
        name: "Appenzell Ausserrhoden",
        aliases: &["Appenzell Outer Rhodes", "Ausserrhoden"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1798, 12, 13),
            Ymd::new(1798, 12, 25),
            HLS,
            "\"Ausserrhoden erst während der Helvetik, an Weihnachten 1798\" (HLS): modelled \
             with Christmas Day 1798 (N.S.) as the first new-style day. The exact day is an \
             interpretation: a transcription of the Wikipedia list (the zones table of \
             K. Kubat's jdcal) has 25 December 1798 without saying in which style.",
        )],
        new_year: &[],
        note: "Appenzell adopted the new style in 1584 (HLS); after the division of 1597 \
               Protestant Ausserrhoden kept or returned to the old style until 1798. The \
               1584-1597 period is not modelled for want of exact days.",
    },
    Region {
        code: "CH-GR",
        name: "Graubünden (last communes)",
        aliases: &[
            "Graubünden",
            "Graubunden",
            "Grisons",
            "Grigioni",
            "Schiers",
            "Grüsch",
        ],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1811, 12, 25),
            Ymd::new(1812, 1, 7),
            "Wikipedia, \"List of adoption dates of the Gregorian calendar by country\", as \
             transcribed in the zones table of K. Kubat's jdcal (2023)",
            "The last communes, Schiers and Grüsch, changed only in 1812, having been fined \
             by the Grand Council for refusing (astronomie-gr.ch, \"Vor 200 Jahren: Grüsch und \
             Schiers stellen als letzte Kalender um\", 2012). The exact day is uncertain: the \
             transcription gives 25 December 1811 as the last old-style day.",
        )],
        new_year: &[],
        note: "Graubünden had no common date: its Catholic communes changed in 1623-1624, the \
               Upper Engadine and Bergell in 1783, other Protestant communes at various dates \
               until 1812 (HLS; astronomie-gr.ch). This row is that of the last communes; \
               check the commune of a document.",
    },
    // --- Scandinavia --------------------------------------------------------
    Region {
        code: "DK",
        name: "Denmark",
        aliases: &["Denmark-Norway", "Danmark"],
        initial: Julian,
        switches: &[jg(
            FEB_1700,
            FEB_1700_NEW,
            POULSEN,
            "Sunday 18 February, then Monday 1 March 1700 (Poulsen); same in Grotefend and \
             Tøndering.",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "NO",
        name: "Norway",
        aliases: &["Norge", "Noreg"],
        initial: Julian,
        switches: &[jg(
            FEB_1700,
            FEB_1700_NEW,
            POULSEN,
            "With Denmark (Poulsen, Grotefend, Tøndering).",
        )],
        new_year: &[],
        note: "",
    },
    Region {
        code: "IS",
        name: "Iceland",
        aliases: &["Ísland"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1700, 11, 16),
            Ymd::new(1700, 11, 28),
            WP_LIST,
            "Iceland, a Danish dependency, changed only in November 1700.",
        )],
        new_year: &[],
        note: "",
    },
    // --- The British world --------------------------------------------------
    Region {
        code: "GB",
        name: "Great Britain",
        aliases: &[
            "Britain",
            "England",
            "Wales",
            "GB-ENG",
            "GB-WLS",
            "United Kingdom",
            "British Empire",
        ],
        initial: Julian,
        switches: BRITISH_1752,
        new_year: ENGLISH_NEW_YEAR,
        note: "England and Wales; Scotland (GB-SCT) switched days with England in 1752 but \
               had begun its year on 1 January since 1600. The Act applied to all British \
               dominions; later colonies were Gregorian from their founding.",
    },
    Region {
        code: "GB-SCT",
        name: "Scotland",
        aliases: &["Kingdom of Scotland"],
        initial: Julian,
        switches: BRITISH_1752,
        new_year: &[
            NewYearEra {
                until: 1599,
                style: March25,
                source: "Act of the Privy Council of Scotland of 17 December 1599 (the year \
                         1600 to begin on 1 January)",
            },
            NewYearEra {
                until: i32::MAX,
                style: January1,
                source: "Act of the Privy Council of Scotland of 17 December 1599 (the year \
                         1600 to begin on 1 January)",
            },
        ],
        note: "Between 1600 and 1751 a Scottish and an English date of the same day can carry \
               different year numbers from 1 January to 24 March.",
    },
    Region {
        code: "IE",
        name: "Ireland",
        aliases: &["Kingdom of Ireland", "Éire"],
        initial: Julian,
        switches: BRITISH_1752,
        new_year: ENGLISH_NEW_YEAR,
        note: "",
    },
    Region {
        code: "US",
        name: "British America (the Thirteen Colonies)",
        aliases: &[
            "American colonies",
            "British America",
            "Thirteen Colonies",
            "United States",
            "USA",
            "Colonial America",
        ],
        initial: Julian,
        switches: BRITISH_1752,
        new_year: ENGLISH_NEW_YEAR,
        note: "The British colonies, with England's New-Year style. Dutch New Netherland, \
               and the French and Spanish lands later in the United States, already used the \
               Gregorian calendar (Dutch records kept it even under English rule after 1664); \
               Alaska followed Russia until 1867 (US-AK).",
    },
    Region {
        code: "US-AK",
        name: "Alaska (Russian America)",
        aliases: &["Alaska", "Russian America"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1867, 10, 6),
            Ymd::new(1867, 10, 18),
            "Wikipedia, \"International Date Line\", section on Alaska; S. P. Morse, \"The \
             Julian Calendar and Why We Need to Know About It\", APG Quarterly (March 2014), \
             pp. 36-42, as summarised by The Ancestry Insider (24 October 2014)",
            "A DAY WAS REPEATED: Friday 6 October 1867 (Julian) was followed by Friday \
             18 October 1867 (Gregorian), the same day as Julian 6 October, because at the \
             transfer to the United States Alaska also moved from the Asian to the American \
             side of the date line. Modelled as written: `first` is the same day as `last`, \
             so Friday occurred twice. The change took effect at the transfer ceremony at \
             Sitka in the afternoon of that day.",
        )],
        new_year: &[],
        note: "Under Russia (Julian calendar, Asian date) until the transfer of 18 October \
               1867.",
    },
    // --- Sweden and Finland -------------------------------------------------
    Region {
        code: "SE",
        name: "Sweden",
        aliases: &["Sverige", "Swedish Empire"],
        initial: Julian,
        switches: SWEDISH_SWITCHES,
        new_year: &[],
        note: "The Swedish provinces in Germany changed with Protestant Germany in 1700 (DE); \
               the Baltic provinces (Estonia, Livonia) are not modelled for 1700-1712.",
    },
    Region {
        code: "FI",
        name: "Finland",
        aliases: &["Suomi", "Grand Duchy of Finland"],
        initial: Julian,
        switches: SWEDISH_SWITCHES,
        new_year: &[],
        note: "Part of Sweden until 1809. As an autonomous Grand Duchy of Russia (1809-1917) \
               Finland kept the Gregorian calendar, though government documents were often \
               dated in both styles; nothing changed in 1918.",
    },
    // --- Russia and its successors ------------------------------------------
    Region {
        code: "RU",
        name: "Russia",
        aliases: &[
            "Russian Empire",
            "Soviet Russia",
            "RSFSR",
            "Muscovy",
            "Soviet Union",
            "USSR",
        ],
        initial: Julian,
        switches: &[SOVIET_1918],
        new_year: &[
            NewYearEra {
                until: 1699,
                style: September1,
                source: PETER_I,
            },
            NewYearEra {
                until: i32::MAX,
                style: January1,
                source: PETER_I,
            },
        ],
        note: "Until 1699 Russia also numbered its years from the Creation (7208 began on \
               1 September 1699); this crate models only the September New Year, not the \
               Anno Mundi numbers. The decree applied where Soviet power ran in February \
               1918; the Russian Orthodox Church keeps the Julian calendar.",
    },
    Region {
        code: "UA",
        name: "Ukraine",
        aliases: &["Ukrainian People's Republic", "UNR", "Україна"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1918, 2, 15),
            Ymd::new(1918, 3, 1),
            "Law of the Little Council of the Central Rada of the Ukrainian People's Republic \
             of 12 (25) February 1918 introducing the Gregorian calendar and Central European \
             time from 16 February (O.S.) (O. H. Luhovskyi, Nauka ta naukoznavstvo 2018, \
             no. 2 (100), pp. 139-140)",
            "16 February (O.S.) became 1 March. Areas then held by the Soviet government \
             followed its decree instead (31 January, then 14 February 1918).",
        )],
        new_year: &[],
        note: "The Ukrainian People's Republic. Western Ukraine (Galicia, Bukovina, \
               Transcarpathia) had long been Gregorian under Austria and Hungary, and \
               right-bank lands under Poland-Lithuania; they are not modelled here.",
    },
    Region {
        code: "BY",
        name: "Belarus",
        aliases: &["Byelorussia", "Belarusian lands"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1918, 1, 31),
            Ymd::new(1918, 2, 14),
            SOVNARKOM,
            "The Wikipedia list (as transcribed in K. Kubat's jdcal) gives the Soviet date for \
             Belarus.",
        )],
        new_year: &[],
        note: "Only the Soviet change of 1918 is modelled. As part of the Grand Duchy of \
               Lithuania these lands used the Gregorian calendar in civil dating from 1586 to \
               1800 (see LT), and the west was under German occupation from 1915.",
    },
    Region {
        code: "EE",
        name: "Estonia",
        aliases: &["Eesti", "Estland", "Governorate of Estonia"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1918, 1, 31),
            Ymd::new(1918, 2, 14),
            "Estonica (Encyclopedia about Estonia), \"Calendar reform\"",
            "Estonica: in early 1918 \"everywhere in the country, including Estonia\", the \
             Soviet change applied. Tøndering also gives 31 January, then 14 February \
             1918. The Wikipedia list gives 15 February, then 1 March 1918 (the Ukrainian \
             date), perhaps for the German occupation that began at the end of February \
             1918.",
        )],
        new_year: &[],
        note: "Under Swedish rule in 1700-1710; the Swedish calendar there is not modelled.",
    },
    Region {
        code: "LV",
        name: "Latvia (Livonia and Latgale)",
        aliases: &[
            "Latvia", "Latvija", "Vidzeme", "Latgale", "Livonia", "Livland", "Riga",
        ],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1918, 1, 31),
            Ymd::new(1918, 2, 14),
            "Madona Museum, \"Kalendāri, kalendāri…\" (31 January 2023); Tildes \
             Datorenciklopēdija Latvijas Vēsture, \"Kalendāra izmaiņas Latvijas teritorijā\"",
            "In Vidzeme and Latgale the change was fixed for 1 February 1918, counted as \
             14 February (Madona Museum). Riga and the areas occupied by Germany switched \
             earlier under the occupation (Riga fell in September 1917); a single calendar \
             for the whole of Latvia was adopted only in 1919 (Tilde).",
        )],
        new_year: &[],
        note: "Latvia's calendar history is unusually broken: parts used the Gregorian \
               calendar under Polish rule from 1582, the Duchy of Courland from 1617 \
               (Grotefend; 1655 in other accounts) until Russian annexation (1795/96), and \
               Courland again under German occupation from 1915. Courland is not modelled \
               for want of exact days; this row is Vidzeme (Livonia) and Latgale.",
    },
    Region {
        code: "GE",
        name: "Georgia",
        aliases: &["Democratic Republic of Georgia", "Sakartvelo"],
        initial: Julian,
        switches: TRANSCAUCASIA_1918,
        new_year: &[],
        note: "",
    },
    Region {
        code: "AM",
        name: "Armenia",
        aliases: &["Republic of Armenia (1918)"],
        initial: Julian,
        switches: TRANSCAUCASIA_1918,
        new_year: &[],
        note: "",
    },
    Region {
        code: "AZ",
        name: "Azerbaijan",
        aliases: &["Azerbaijan Democratic Republic"],
        initial: Julian,
        switches: TRANSCAUCASIA_1918,
        new_year: &[],
        note: "",
    },
    // --- The Balkans and the Ottoman Empire ---------------------------------
    Region {
        code: "AL",
        name: "Albania",
        aliases: &["Shqipëria"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1912, 11, 14),
            Ymd::new(1912, 11, 28),
            WP_LIST,
            "28 November 1912 is Albania's independence day. The list notes that Albanian \
             Catholics had used the Gregorian calendar since 1583. BSD ncal gives \
             30 November, then 14 December 1912 instead. Not checked against a primary \
             source.",
        )],
        new_year: &[],
        note: "Before 1912 part of the Ottoman Empire, whose civil dates were Hijri or Rumi \
               (see TR).",
    },
    Region {
        code: "BG",
        name: "Bulgaria",
        aliases: &["Kingdom of Bulgaria", "България"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1916, 3, 31),
            Ymd::new(1916, 4, 14),
            "Law on the Introduction of the Gregorian Calendar, adopted by the 17th National \
             Assembly on 14 March 1916, Darzhaven vestnik No. 65 of 21 March 1916, art. 1",
            "Art. 1: 31 March 1916 \"remains the last day counted by the old calendar\", and \
             the next day is 14 April 1916.",
        )],
        new_year: &[],
        note: "The Bulgarian Orthodox Church kept the Julian calendar until 1968.",
    },
    Region {
        code: "RO",
        name: "Romania",
        aliases: &[
            "Kingdom of Romania",
            "Old Kingdom",
            "Wallachia",
            "Moldavia",
            "România",
        ],
        initial: Julian,
        switches: ROMANIAN_1919,
        new_year: &[],
        note: "The Old Kingdom (Wallachia and Moldavia); for Bessarabia see MD. \
               Transylvania, Bukovina and the Banat had long been Gregorian (see \
               TRANSYLVANIA). The German occupation authorities ordered the Gregorian \
               calendar in occupied Wallachia on 24 December 1916 / 6 January 1917 (Cuvântul \
               liber, \"Din istoria calendarelor iulian și gregorian\"); that occupation \
               period is not modelled. The Romanian Orthodox Church changed in 1924.",
    },
    Region {
        code: "MD",
        name: "Bessarabia (Moldova)",
        aliases: &["Bessarabia", "Moldova", "Moldavian Democratic Republic"],
        initial: Julian,
        switches: ROMANIAN_1919,
        new_year: &[],
        note: "Russian until 1917, united with Romania in 1918; Enciclopedia României says \
               Bessarabia, like the Old Kingdom, still used the old style until the reform of \
               1919.",
    },
    Region {
        code: "RS",
        name: "Serbia",
        aliases: &["Kingdom of Serbia", "Србија", "Kosovo"],
        initial: Julian,
        switches: YUGOSLAV_1919,
        new_year: &[],
        note: "Vojvodina, Austro-Hungarian until 1918, was already Gregorian. The Serbian \
               Orthodox Church keeps the Julian calendar.",
    },
    Region {
        code: "ME",
        name: "Montenegro",
        aliases: &["Crna Gora", "Kingdom of Montenegro"],
        initial: Julian,
        switches: YUGOSLAV_1919,
        new_year: &[],
        note: "Joined the Kingdom of Serbs, Croats and Slovenes in November 1918, whose law of \
               1919 applied (Politika: the Julian calendar had been in force in Serbia and \
               Montenegro).",
    },
    Region {
        code: "MK",
        name: "North Macedonia (Vardar Macedonia)",
        aliases: &["Macedonia", "Vardar Macedonia", "North Macedonia"],
        initial: Julian,
        switches: YUGOSLAV_1919,
        new_year: &[],
        note: "Ottoman until 1912 (see TR), then Serbian; changed with the Kingdom of Serbs, \
               Croats and Slovenes in 1919.",
    },
    Region {
        code: "YU",
        name: "Kingdom of Serbs, Croats and Slovenes",
        aliases: &["Yugoslavia", "Kingdom SHS", "Kingdom of SCS"],
        initial: Julian,
        switches: YUGOSLAV_1919,
        new_year: &[],
        note: "The law of 1919 changed the reckoning of the formerly Julian parts (Serbia, \
               Montenegro, Vardar Macedonia); Croatia, Slovenia, Bosnia and Vojvodina had \
               been Gregorian under Austria-Hungary, so this row does not apply to them.",
    },
    Region {
        code: "TR",
        name: "Ottoman Empire (Turkey)",
        aliases: &["Turkey", "Ottoman Empire", "Türkiye"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1917, 2, 15),
            Ymd::new(1917, 3, 1),
            "Ottoman Law No. 125 of 8 Şubat 1332 on the calendar; Law No. 698 of 26 December \
             1925 (Turkish Grand National Assembly) on the international calendar",
            "The switch of days of the Rumi (fiscal) calendar: 15 Şubat 1332 was followed by \
             1 Mart 1333 (= 1 March 1917 N.S.), 13 days dropped. The Rumi year numbers (Hijri \
             era, 584 behind A.D., years beginning on 1 March until 1333, whose year ran \
             only until 31 December 1917) stayed until Law No. 698 introduced A.D. years from \
             1 January 1926; that change of numbering is not a change of days and is not \
             modelled.",
        )],
        new_year: &[],
        note: "Rumi dates from 1840 to 1917 are Julian days with Rumi year numbers; this crate \
               reads only the days. Hijri (lunar) dates, used before 1840 and alongside \
               afterwards, are out of scope, as is the Rumi 1 March New Year.",
    },
    Region {
        code: "GR",
        name: "Greece",
        aliases: &["Hellas", "Ελλάδα", "Kingdom of Greece"],
        initial: Julian,
        switches: &[jg(
            Ymd::new(1923, 2, 15),
            Ymd::new(1923, 3, 1),
            "Legislative decree of the Revolutionary Government of 18 January 1923 \
             (Kathimerini, \"100 years\" series, 2023)",
            "Wednesday 15 February, then Thursday 1 March 1923. Many tools (BSD ncal, \
             older editions of Tøndering's FAQ) give 9 March, then 23 March 1924 instead: \
             that is the Church of Greece's change of March 1924 to the Revised Julian \
             calendar for church use, not the civil change.",
        )],
        new_year: &[],
        note: "Mount Athos keeps the Julian calendar.",
    },
];

/// Where the Florentine and Pisan New Year come from.
const TUSCAN_NEW_YEAR: &str = "Decree of Grand Duke Francis Stephen of 20 November 1749, \
     effective 1 January 1750; H. Grotefend (1941), as excerpted in the tz database file \
     `calendars` (\"01 Jan 1750 - Pisa and Florence\")";

#[cfg(test)]
mod tests {
    //! Checks of the table against an independent day count: the Julian
    //! calendar by formula, the Gregorian calendar by `chrono`.

    use super::*;
    use chrono::{Datelike, NaiveDate, Weekday};
    use std::collections::HashMap;

    /// Days in a month of a calendar whose leap years `leap` decides.
    fn month_length(year: i32, month: u8, leap: bool) -> u8 {
        match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => panic!("month {month} of {year}"),
        }
    }

    /// Rata Die of a Julian date: Julian 0001-01-03 = Gregorian 0001-01-01 = 1.
    fn julian(d: Ymd) -> i64 {
        let leap = d.year.rem_euclid(4) == 0;
        assert!(
            d.day >= 1 && d.day <= month_length(d.year, d.month, leap),
            "Julian {d:?}"
        );
        const BEFORE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
        let y = i64::from(d.year) - 1;
        let march_or_later = i64::from(leap && d.month > 2);
        365 * y
            + y.div_euclid(4)
            + BEFORE[usize::from(d.month - 1)]
            + march_or_later
            + i64::from(d.day)
            - 2
    }

    /// Rata Die of a Gregorian date, by `chrono`.
    fn gregorian(d: Ymd) -> i64 {
        let date = NaiveDate::from_ymd_opt(d.year, d.month.into(), d.day.into());
        i64::from(
            date.unwrap_or_else(|| panic!("Gregorian {d:?}"))
                .num_days_from_ce(),
        )
    }

    /// Rata Die of a date in a region's calendar. The Swedish calendar is
    /// Julian plus one day, with 30 February 1712 = Julian 29 February 1712
    /// and no 29 February 1700.
    fn day(calendar: CivilCalendar, d: Ymd) -> i64 {
        match calendar {
            Julian => julian(d),
            Gregorian => gregorian(d),
            Swedish if d == Ymd::new(1712, 2, 30) => julian(Ymd::new(1712, 2, 29)),
            Swedish => {
                assert_ne!(d, Ymd::new(1700, 2, 29), "Swedish 29 February 1700");
                julian(d) - 1
            }
        }
    }

    fn weekday(rata_die: i64) -> Weekday {
        let n = i32::try_from(rata_die).unwrap();
        NaiveDate::from_num_days_from_ce_opt(n).unwrap().weekday()
    }

    fn region(code: &str) -> &'static Region {
        REGIONS.iter().find(|r| r.code == code).unwrap()
    }

    #[test]
    fn the_day_counts_agree() {
        assert_eq!(julian(Ymd::new(1, 1, 3)), gregorian(Ymd::new(1, 1, 1)));
        assert_eq!(
            julian(Ymd::new(1582, 10, 4)) + 1,
            gregorian(Ymd::new(1582, 10, 15))
        );
        assert_eq!(
            julian(Ymd::new(1700, 2, 29)),
            gregorian(Ymd::new(1700, 3, 11))
        );
        assert_eq!(
            julian(Ymd::new(1918, 1, 31)),
            gregorian(Ymd::new(1918, 2, 13))
        );
        assert_eq!(weekday(gregorian(Ymd::new(1582, 10, 15))), Weekday::Fri);
    }

    /// Each switch's first day follows its last day, except where the note
    /// explains (Alaska lived Friday 6/18 October 1867 twice).
    #[test]
    fn switches_are_continuous_chained_and_in_order() {
        for r in REGIONS {
            assert_eq!(r.initial, Julian, "{}", r.code);
            assert!(!r.switches.is_empty(), "{}", r.code);
            let mut in_force = r.initial;
            let mut previous_first = i64::MIN;
            for (i, s) in r.switches.iter().enumerate() {
                assert_eq!(s.from, in_force, "{} #{i} does not chain", r.code);
                assert_ne!(s.from, s.to, "{} #{i}", r.code);
                let (last, first) = (day(s.from, s.last), day(s.to, s.first));
                let step = if r.code == "US-AK" { 0 } else { 1 };
                assert_eq!(
                    first - last,
                    step,
                    "{} #{i}: {:?} -> {:?}",
                    r.code,
                    s.last,
                    s.first
                );
                assert!(step == 1 || s.note.contains("REPEATED"), "{} #{i}", r.code);
                assert!(last >= previous_first, "{} #{i} out of order", r.code);
                assert!(!s.source.trim().is_empty(), "{} #{i} has no source", r.code);
                previous_first = first;
                in_force = s.to;
            }
        }
    }

    /// The weekdays the sources give ("Thursday 4 October, then Friday
    /// 15 October").
    #[test]
    fn weekdays_agree_with_the_sources() {
        use Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
        let named = [
            ("PAPAL", 0, Thu, Fri),
            ("FR", 0, Sun, Mon),
            ("BE", 0, Fri, Sat),
            ("DE-BY", 0, Sat, Sun),
            ("AT-6", 0, Sat, Sun),
            ("CZ", 0, Mon, Tue),
            ("SILESIA", 0, Sun, Mon),
            ("CH-LU", 0, Sat, Sun),
            ("HU", 0, Sat, Sun),
            ("TRANSYLVANIA", 0, Mon, Tue),
            ("PRUSSIA", 0, Wed, Thu),
            ("DE", 0, Sun, Mon),
            ("NL-GE", 0, Sun, Mon),
            ("NL-UT", 0, Sat, Sun),
            ("NL-FR", 0, Tue, Wed),
            ("GB", 0, Wed, Thu),
            ("SE", 2, Wed, Thu),
            ("RU", 0, Wed, Thu),
            ("GR", 0, Wed, Thu),
            ("US-AK", 0, Fri, Fri),
        ];
        for (code, i, before, after) in named {
            let s = region(code).switches[i];
            assert_eq!(weekday(day(s.from, s.last)), before, "{code} {:?}", s.last);
            assert_eq!(weekday(day(s.to, s.first)), after, "{code} {:?}", s.first);
        }
    }

    /// No two regions answer to the same code, name or alias, ignoring case.
    #[test]
    fn codes_names_and_aliases_are_unique() {
        let mut seen: HashMap<String, &str> = HashMap::new();
        for r in REGIONS {
            assert!(
                r.code
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
            );
            let mut keys = vec![r.code];
            if !r.name.eq_ignore_ascii_case(r.code) {
                keys.push(r.name);
            }
            keys.extend(r.aliases);
            for key in keys {
                let previous = seen.insert(key.trim().to_lowercase(), r.code);
                assert_eq!(previous, None, "{key:?} names {} and {previous:?}", r.code);
            }
        }
    }

    #[test]
    fn new_year_eras_are_ordered_sourced_and_open_ended() {
        for r in REGIONS {
            let untils: Vec<i32> = r.new_year.iter().map(|e| e.until).collect();
            assert!(untils.windows(2).all(|w| w[0] < w[1]), "{}", r.code);
            assert!(
                r.new_year.iter().all(|e| !e.source.trim().is_empty()),
                "{}",
                r.code
            );
            if let Some(last) = r.new_year.last() {
                assert_eq!((last.until, last.style), (i32::MAX, January1), "{}", r.code);
            }
        }
        let eras = |code| {
            region(code)
                .new_year
                .iter()
                .map(|e| (e.until, e.style))
                .collect()
        };
        let english: Vec<_> = eras("GB");
        assert_eq!(english, [(1751, March25), (i32::MAX, January1)]);
        assert_eq!(eras("US"), english);
        assert_eq!(eras("IE"), english);
        assert_eq!(eras("GB-SCT"), [(1599, March25), (i32::MAX, January1)]);
        assert_eq!(eras("RU"), [(1699, September1), (i32::MAX, January1)]);
        assert_eq!(eras("VENICE"), [(1797, March1), (i32::MAX, January1)]);
        assert_eq!(eras("TUSCANY"), [(1749, March25), (i32::MAX, January1)]);
        assert_eq!(eras("PISA"), [(1749, March25Pisan), (i32::MAX, January1)]);
    }
}
