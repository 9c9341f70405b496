//! The language tables: every word dualdate knows, one [`Language`] per
//! language of the Julian world.
//!
//! Each table is plain data. Adding a language means adding one `pub const`
//! here and one entry in [`LANGUAGES`]; nothing else needs to change.
//!
//! Conventions for the lists (see [`Language`] for what each list holds):
//!
//! - Months and weekdays are written in lower case, with their diacritics as
//!   normally printed, and each spelling once: matching folds case and
//!   accents (Unicode NFD, combining marks dropped, lower-cased, Greek final
//!   `ς` read as `σ`), so "März", "MARZ" and "marz" are one key, and so are
//!   "январём" and "январем", "Μαΐου" and "μαιου". Letters that carry no
//!   combining mark after NFD stay distinct: `ѣ`, `ъ`, `і`, `ł`, `ø`, `æ`, `ß`.
//!   Pre-1918 Russian forms ("апрѣля", "мартъ", "іюня") are therefore
//!   listed beside the modern ones.
//! - Abbreviations are written without their dot; single letters, Roman
//!   numerals and forms with digits ("7bre", "9ber") are never listed.
//! - Labels (`old_style`, `new_style`) and era markers (`bc`, `ad`) are
//!   written as usually printed; dots, slashes, hyphens and spaces are
//!   ignored when matching, so "O.S." also stands for "OS", "o. s." and
//!   "O/S", and only one of these is listed.
//! - After folding, no spelling names two different months or two different
//!   weekdays, or both a month and a weekday, across all the tables; no label
//!   is both Old Style and New Style; and no month spelling is a year word, a
//!   conjunction ("and" or "or") or a range word of any language. Spellings
//!   that would break this are left out: for example the Croatian-style
//!   Slavic month names (Serbian "листопад" = October, but Ukrainian
//!   "листопад" = November), the Bulgarian Revival-era month names, and the
//!   Romanian genitive "marții" (Tuesday's), which folds to Latin "Martii"
//!   (March's).
//! - Words that are ordinary words of some language right next to a number
//!   are left out even where they are standard abbreviations: Portuguese
//!   "out" (outubro; English "1 out of 3"), Ukrainian "лист" (листопад; "1
//!   лист", one sheet), Russian "ср" (среда; "ср." = "compare"), French
//!   "a. s." (ancien style; English "as"), and most two-letter weekday
//!   abbreviations.

use super::language::Language;

/// English.
pub const EN: Language = Language {
    code: "en",
    name: "English",
    months: [
        &["january", "jan", "jany", "janry"],
        &["february", "feb", "febr", "feby", "febry"],
        &["march", "mar", "mch"],
        &["april", "apr", "apl", "aprl"],
        &["may"],
        &["june", "jun"],
        &["july", "jul"],
        &["august", "aug", "augt", "augst"],
        &["september", "sep", "sept", "septr", "septemb"],
        &["october", "oct", "octr", "octob"],
        &["november", "nov", "novr", "novemb"],
        &["december", "dec", "decr", "decemb"],
    ],
    weekdays: [
        &["monday", "mon"],
        &["tuesday", "tue", "tues"],
        &["wednesday", "wed"],
        &["thursday", "thu", "thur", "thurs"],
        &["friday", "fri"],
        &["saturday", "sat"],
        &["sunday", "sun"],
    ],
    old_style: &[
        "O.S.",
        "Old Style",
        "Old Stile",
        "Julian",
        "Julian style",
        "Julian calendar",
        "in Julian calendar",
        "in the Julian calendar",
        "according to the Julian calendar",
        "by the Julian calendar",
        "under the Julian calendar",
        "old calendar",
        "in the old calendar",
        "according to the old calendar",
        "by the old calendar",
        "jul.",
    ],
    new_style: &[
        "N.S.",
        "New Style",
        "New Stile",
        "Gregorian",
        "Gregorian style",
        "Gregorian calendar",
        "in Gregorian calendar",
        "in the Gregorian calendar",
        "according to the Gregorian calendar",
        "by the Gregorian calendar",
        "under the Gregorian calendar",
        "new calendar",
        "in the new calendar",
        "according to the new calendar",
        "by the new calendar",
        "greg.",
    ],
    year_words: &[],
    date_words: &["of", "day of"],
    day_articles: &["the"],
    bc: &["BC", "BCE", "before Christ"],
    ad: &["AD", "CE", "anno Domini"],
    and: &["and"],
    or: &["or"],
    range_from: &["from"],
    range_to: &["to", "till", "til", "until", "through", "thru"],
};

/// Russian, in the modern orthography and the one used before 1918
/// ("Октября", "іюня", "апрѣля", "мартъ", "стараго стиля"), with the
/// 18th-century "генварь" and the Church Slavonic month names of church
/// texts ("септемврія").
pub const RU: Language = Language {
    code: "ru",
    name: "Russian",
    months: [
        &[
            "январь",
            "января",
            "январю",
            "январём",
            "январе",
            "январемъ",
            "январѣ",
            "генварь",
            "генваря",
            "генварю",
            "генварём",
            "генваре",
            "генваремъ",
            "генварѣ",
            "янв",
            "генв",
            "іаннуарій",
            "іаннуарія",
        ],
        &[
            "февраль",
            "февраля",
            "февралю",
            "февралём",
            "феврале",
            "февралемъ",
            "февралѣ",
            "фев",
            "февр",
            "февруарій",
            "февруарія",
        ],
        &[
            "март",
            "марта",
            "марту",
            "мартом",
            "марте",
            "мартъ",
            "мартомъ",
            "мартѣ",
            "мар",
        ],
        &[
            "апрель",
            "апреля",
            "апрелю",
            "апрелем",
            "апреле",
            "апрѣль",
            "апрѣля",
            "апрѣлю",
            "апрѣлемъ",
            "апрѣлѣ",
            "априль",
            "априля",
            "апріллій",
            "апріллія",
            "апр",
        ],
        &["май", "мая", "маю", "маем", "мае", "маемъ", "маѣ"],
        &[
            "июнь",
            "июня",
            "июню",
            "июнем",
            "июне",
            "іюнь",
            "іюня",
            "іюню",
            "іюнемъ",
            "іюнѣ",
            "іюній",
            "іюнія",
            "июн",
            "іюн",
        ],
        &[
            "июль",
            "июля",
            "июлю",
            "июлем",
            "июле",
            "іюль",
            "іюля",
            "іюлю",
            "іюлемъ",
            "іюлѣ",
            "іюлій",
            "іюлія",
            "июл",
            "іюл",
        ],
        &[
            "август",
            "августа",
            "августу",
            "августом",
            "августе",
            "августъ",
            "августомъ",
            "августѣ",
            "авг",
        ],
        &[
            "сентябрь",
            "сентября",
            "сентябрю",
            "сентябрём",
            "сентябре",
            "сентябремъ",
            "сентябрѣ",
            "септемврій",
            "септемврія",
            "сен",
            "сент",
        ],
        &[
            "октябрь",
            "октября",
            "октябрю",
            "октябрём",
            "октябре",
            "октябремъ",
            "октябрѣ",
            "октоврій",
            "октоврія",
            "окт",
        ],
        &[
            "ноябрь",
            "ноября",
            "ноябрю",
            "ноябрём",
            "ноябре",
            "ноябремъ",
            "ноябрѣ",
            "ноемврій",
            "ноемврія",
            "ноя",
            "нояб",
        ],
        &[
            "декабрь",
            "декабря",
            "декабрю",
            "декабрём",
            "декабре",
            "декабремъ",
            "декабрѣ",
            "декемврій",
            "декемврія",
            "дек",
        ],
    ],
    weekdays: [
        &[
            "понедельник",
            "понедельника",
            "понедельнику",
            "понедельником",
            "понедельнике",
            "понедѣльникъ",
            "понедѣльника",
            "понедѣльнику",
            "понедѣльникомъ",
            "понедѣльникѣ",
            "пн",
            "понед",
        ],
        &[
            "вторник",
            "вторника",
            "вторнику",
            "вторником",
            "вторнике",
            "вторникъ",
            "вторникомъ",
            "вторникѣ",
            "вт",
            "вторн",
        ],
        &[
            "среда",
            "среды",
            "среде",
            "среду",
            "средой",
            "средою",
            "средѣ",
        ],
        &[
            "четверг",
            "четверга",
            "четвергу",
            "четвергом",
            "четверге",
            "четвергъ",
            "четвергомъ",
            "четвергѣ",
            "чт",
            "четв",
        ],
        &[
            "пятница",
            "пятницы",
            "пятнице",
            "пятницу",
            "пятницей",
            "пятницею",
            "пятницѣ",
            "пт",
            "пятн",
        ],
        &[
            "суббота",
            "субботы",
            "субботе",
            "субботу",
            "субботой",
            "субботою",
            "субботѣ",
            "субб",
        ],
        &[
            "воскресенье",
            "воскресенья",
            "воскресенью",
            "воскресеньем",
            "воскресеньемъ",
            "воскресение",
            "воскресеніе",
            "воскресенія",
            "воскресенію",
            "воскресеніемъ",
            "воскресеніи",
            "вс",
            "воскр",
        ],
    ],
    old_style: &[
        "по старому стилю",
        "по ст. ст.",
        "ст. ст.",
        "ст. стиля",
        "ст. стилю",
        "стар. ст.",
        "старого стиля",
        "стараго стиля",
        "старый стиль",
        "по старому",
        "с/с",
        "по юлианскому календарю",
        "по юліанскому календарю",
        "по юлианскому стилю",
        "юлианского календаря",
        "юліанскаго календаря",
        "по старому календарю",
        "старого календаря",
    ],
    new_style: &[
        "по новому стилю",
        "по н. ст.",
        "н. ст.",
        "н. стиля",
        "нов. ст.",
        "нового стиля",
        "новаго стиля",
        "новый стиль",
        "по новому",
        "н/с",
        "по григорианскому календарю",
        "по григоріанскому календарю",
        "по григорианскому стилю",
        "григорианского календаря",
        "григоріанскаго календаря",
        "по новому календарю",
        "нового календаря",
    ],
    year_words: &["г", "гг", "год", "года", "году", "годом", "годъ"],
    // "25 дня октября", "октября 25 дня 1812 года": the day of chancery
    // documents.
    date_words: &["дня"],
    day_articles: &[],
    bc: &[
        "до н. э.",
        "до нашей эры",
        "до Р. Х.",
        "до Р. Хр.",
        "до Рождества Христова",
    ],
    ad: &[
        "н. э.",
        "нашей эры",
        "от Р. Х.",
        "от Р. Хр.",
        "по Р. Х.",
        "по Р. Хр.",
        "от Рождества Христова",
        "по Рождестве Христовом",
        "по Рождеству Христову",
    ],
    and: &["и"],
    or: &["или", "либо"],
    range_from: &["с", "со", "съ", "от"],
    range_to: &["на", "по", "до"],
};

/// Ukrainian, with the Galician "цвітень" (April) and "падолист"
/// (November). Spellings of the Zhelekhivka ("сїчня") fold to the modern
/// ones.
pub const UK: Language = Language {
    code: "uk",
    name: "Ukrainian",
    months: [
        &["січень", "січня", "січню", "січнем", "січні", "січ"],
        &["лютий", "лютого", "лютому", "лютим", "лютім", "лют"],
        &[
            "березень",
            "березня",
            "березню",
            "березнем",
            "березні",
            "бер",
            "берез",
        ],
        &[
            "квітень",
            "квітня",
            "квітню",
            "квітнем",
            "квітні",
            "цвітень",
            "цвітня",
            "цвітню",
            "цвітнем",
            "цвітні",
            "квіт",
        ],
        &["травень", "травня", "травню", "травнем", "травні", "трав"],
        &["червень", "червня", "червню", "червнем", "червні", "черв"],
        &["липень", "липня", "липню", "липнем", "липні", "лип"],
        &["серпень", "серпня", "серпню", "серпнем", "серпні", "серп"],
        &[
            "вересень",
            "вересня",
            "вересню",
            "вереснем",
            "вересні",
            "вер",
        ],
        &["жовтень", "жовтня", "жовтню", "жовтнем", "жовтні", "жовт"],
        &[
            "листопад",
            "листопада",
            "листопаду",
            "листопадом",
            "листопаді",
            "падолист",
            "падолиста",
            "падолисту",
            "падолистом",
            "падолисті",
            "листоп",
        ],
        &["грудень", "грудня", "грудню", "груднем", "грудні", "груд"],
    ],
    weekdays: [
        &["понеділок", "понеділка", "понеділку", "понеділком", "пн"],
        &["вівторок", "вівторка", "вівторку", "вівторком", "вт"],
        &["середа", "середи", "середі", "середу", "середою"],
        &["четвер", "четверга", "четвергу", "четвергом", "чт"],
        // The apostrophe is written three ways: ', ’ and ʼ.
        &[
            "п'ятниця",
            "п'ятниці",
            "п'ятницю",
            "п'ятницею",
            "п’ятниця",
            "п’ятниці",
            "п’ятницю",
            "п’ятницею",
            "пʼятниця",
            "пʼятниці",
            "пʼятницю",
            "пʼятницею",
            "пт",
        ],
        &["субота", "суботи", "суботі", "суботу", "суботою"],
        &["неділя", "неділі", "неділю", "неділею", "нд"],
    ],
    old_style: &[
        "за старим стилем",
        "за ст. ст.",
        "ст. ст.",
        "ст. стилю",
        "старого стилю",
        "старий стиль",
        "за юліанським календарем",
        "юліанського календаря",
        "за старим календарем",
    ],
    new_style: &[
        "за новим стилем",
        "за н. ст.",
        "н. ст.",
        "н. стилю",
        "нового стилю",
        "новий стиль",
        "за григоріанським календарем",
        "григоріанського календаря",
        "за новим календарем",
    ],
    year_words: &["р", "рр", "рік", "року", "році", "роком"],
    date_words: &[],
    day_articles: &[],
    bc: &[
        "до н. е.",
        "до нашої ери",
        "до Р. Х.",
        "до Різдва Христового",
    ],
    ad: &[
        "н. е.",
        "нашої ери",
        "від Р. Х.",
        "по Р. Х.",
        "від Різдва Христового",
    ],
    and: &["і", "й", "та"],
    or: &["або", "чи"],
    range_from: &["з", "із", "зі", "від"],
    range_to: &["на", "по", "до"],
};

/// Belarusian.
pub const BE: Language = Language {
    code: "be",
    name: "Belarusian",
    months: [
        &[
            "студзень",
            "студзеня",
            "студзеню",
            "студзенем",
            "студзені",
            "студз",
        ],
        &["люты", "лютага", "лютаму", "лютым", "лют"],
        &["сакавік", "сакавіка", "сакавіку", "сакавіком", "сак"],
        &["красавік", "красавіка", "красавіку", "красавіком", "крас"],
        &["травень", "траўня", "траўню", "траўнем", "траўні", "трав"],
        &[
            "чэрвень",
            "чэрвеня",
            "чэрвеню",
            "чэрвенем",
            "чэрвені",
            "чэрв",
        ],
        &["ліпень", "ліпеня", "ліпеню", "ліпенем", "ліпені", "ліп"],
        &["жнівень", "жніўня", "жніўню", "жніўнем", "жніўні", "жнів"],
        &[
            "верасень",
            "верасня",
            "верасню",
            "вераснем",
            "верасні",
            "вер",
        ],
        &[
            "кастрычнік",
            "кастрычніка",
            "кастрычніку",
            "кастрычнікам",
            "кастр",
        ],
        &[
            "лістапад",
            "лістапада",
            "лістападу",
            "лістападам",
            "лістападзе",
            "лістап",
        ],
        &["снежань", "снежня", "снежню", "снежнем", "снежні", "снеж"],
    ],
    weekdays: [
        &[
            "панядзелак",
            "панядзелка",
            "панядзелку",
            "панядзелкам",
            "пн",
        ],
        &["аўторак", "аўторка", "аўторку", "аўторкам", "аўт"],
        &["серада", "серады", "серадзе", "сераду", "серадой"],
        &["чацвер", "чацвярга", "чацвяргу", "чацвяргом", "чц"],
        &["пятніца", "пятніцы", "пятніцу", "пятніцай", "пт"],
        &["субота", "суботы", "суботу", "суботай", "суботе"],
        &["нядзеля", "нядзелі", "нядзелю", "нядзеляй", "нд"],
    ],
    old_style: &[
        "па старым стылі",
        "па ст. ст.",
        "ст. ст.",
        "старога стылю",
        "стары стыль",
        "па юліянскім календары",
    ],
    new_style: &[
        "па новым стылі",
        "па н. ст.",
        "н. ст.",
        "новага стылю",
        "новы стыль",
        "па грыгарыянскім календары",
    ],
    year_words: &["г", "гг", "год", "года", "годзе"],
    date_words: &[],
    day_articles: &[],
    bc: &["да н. э.", "да нашай эры", "да Р. Х."],
    ad: &["н. э.", "нашай эры", "ад Р. Х.", "па Р. Х."],
    and: &["і", "й", "ды"],
    or: &["або", "ці"],
    range_from: &["з", "са", "ад"],
    range_to: &["на", "па", "да"],
};

/// Bulgarian, with the 19th-century month forms ("Септемврий",
/// "Октомврия") and the spellings used before 1945 ("мартъ", "срѣда",
/// "сѫбота").
pub const BG: Language = Language {
    code: "bg",
    name: "Bulgarian",
    months: [
        &["януари", "януарий", "януария", "яну"],
        &["февруари", "февруарий", "февруария", "фев", "февр"],
        &["март", "мартъ", "мар"],
        &["април", "априлий", "априлия", "апр"],
        &["май"],
        &["юни", "юний", "юния"],
        &["юли", "юлий", "юлия"],
        &["август", "августъ", "авг"],
        &["септември", "септемврий", "септемврия", "сеп", "септ"],
        &["октомври", "октомврий", "октомврия", "окт"],
        &["ноември", "ноемврий", "ноемврия", "ное", "ноем"],
        &["декември", "декемврий", "декемврия", "дек"],
    ],
    weekdays: [
        &[
            "понеделник",
            "понеделника",
            "понеделникът",
            "понедѣлникъ",
            "пн",
            "пон",
        ],
        &["вторник", "вторника", "вторникът", "вторникъ", "вт"],
        &["сряда", "срядата", "срѣда", "срѣдата"],
        &["четвъртък", "четвъртъка", "четвъртъкът", "четвъртъкъ", "чт"],
        &["петък", "петъка", "петъкът", "петъкъ", "пт"],
        &["събота", "съботата", "сѫбота", "сѫботата", "съб"],
        &["неделя", "неделята", "недѣля", "недѣлята", "нд", "нед"],
    ],
    old_style: &[
        "стар стил",
        "по стар стил",
        "стария стил",
        "по стария стил",
        "ст. ст.",
        "по ст. ст.",
        "ст. стил",
        "Юлиански календар",
        "по Юлианския календар",
        "по стария календар",
    ],
    new_style: &[
        "нов стил",
        "по нов стил",
        "новия стил",
        "по новия стил",
        "н. ст.",
        "по н. ст.",
        "Григориански календар",
        "по Григорианския календар",
        "по новия календар",
    ],
    year_words: &["г", "гг", "год", "година"],
    date_words: &[],
    day_articles: &[],
    bc: &["пр. Хр.", "пр. н. е.", "преди Христа", "преди новата ера"],
    ad: &["сл. Хр.", "н. е.", "след Христа", "от новата ера"],
    and: &["и"],
    or: &["или"],
    range_from: &["от"],
    range_to: &["до", "срещу", "на"],
};

/// Serbian in Cyrillic script.
pub const SR_CYRL: Language = Language {
    code: "sr-Cyrl",
    name: "Serbian (Cyrillic)",
    months: [
        &["јануар", "јануара", "јануару", "јануаром", "јануаре", "јан"],
        &[
            "фебруар",
            "фебруара",
            "фебруару",
            "фебруаром",
            "фебруаре",
            "феб",
            "фебр",
        ],
        &["март", "марта", "марту", "мартом", "марте", "мар"],
        &["април", "априла", "априлу", "априлом", "априле", "апр"],
        &["мај", "маја", "мају", "мајем"],
        &["јун", "јуни", "јуна", "јуну", "јуном", "јуне"],
        &["јул", "јули", "јула", "јулу", "јулом", "јуле"],
        &["август", "августа", "августу", "августом", "августе", "авг"],
        &[
            "септембар",
            "септембра",
            "септембру",
            "септембром",
            "септембре",
            "сеп",
            "септ",
        ],
        &[
            "октобар",
            "октобра",
            "октобру",
            "октобром",
            "октобре",
            "окт",
        ],
        &["новембар", "новембра", "новембру", "новембром", "новембре"],
        &[
            "децембар",
            "децембра",
            "децембру",
            "децембром",
            "децембре",
            "дец",
        ],
    ],
    weekdays: [
        &["понедељак", "понедељка", "понедељку", "понедељком", "пон"],
        &["уторак", "уторка", "уторку", "уторком", "уто"],
        &["среда", "среде", "среду", "средом", "сре"],
        &["четвртак", "четвртка", "четвртку", "четвртком"],
        &["петак", "петка", "петку", "петком"],
        &["субота", "суботе", "суботу", "суботом", "суботи", "суб"],
        &["недеља", "недеље", "недељу", "недељом", "недељи", "нед"],
    ],
    old_style: &[
        "по старом календару",
        "по старом",
        "стари календар",
        "старог календара",
        "стари стил",
        "по старом стилу",
        "старог стила",
        "ст. ст.",
        "по јулијанском календару",
        "јулијански календар",
        "јулијанског календара",
    ],
    new_style: &[
        "по новом календару",
        "по новом",
        "нови календар",
        "новог календара",
        "нови стил",
        "по новом стилу",
        "новог стила",
        "н. ст.",
        "по грегоријанском календару",
        "грегоријански календар",
        "грегоријанског календара",
    ],
    year_words: &["г", "год", "године"],
    date_words: &[],
    day_articles: &[],
    bc: &["п. н. е.", "пре нове ере", "пре Христа", "пр. Хр."],
    ad: &["н. е.", "нове ере", "после Христа", "по Хр.", "по Христу"],
    and: &["и"],
    or: &["или"],
    range_from: &["од", "са"],
    range_to: &["до", "на"],
};

/// Serbian in Latin script, ekavian and ijekavian.
pub const SR_LATN: Language = Language {
    code: "sr-Latn",
    name: "Serbian (Latin)",
    months: [
        &["januar", "januara", "januaru", "januarom", "januare", "jan"],
        &[
            "februar",
            "februara",
            "februaru",
            "februarom",
            "februare",
            "feb",
            "febr",
        ],
        &["mart", "marta", "martu", "martom", "marte", "mar"],
        &["april", "aprila", "aprilu", "aprilom", "aprile", "apr"],
        &["maj", "maja", "maju", "majem"],
        &["jun", "juni", "juna", "junu", "junom", "june"],
        &["jul", "juli", "jula", "julu", "julom", "jule"],
        &[
            "avgust", "avgusta", "avgustu", "avgustom", "avguste", "august", "augusta", "augustu",
            "augustom", "avg", "aug",
        ],
        &[
            "septembar",
            "septembra",
            "septembru",
            "septembrom",
            "septembre",
            "sep",
            "sept",
        ],
        &[
            "oktobar", "oktobra", "oktobru", "oktobrom", "oktobre", "okt",
        ],
        &[
            "novembar",
            "novembra",
            "novembru",
            "novembrom",
            "novembre",
            "nov",
        ],
        &[
            "decembar",
            "decembra",
            "decembru",
            "decembrom",
            "decembre",
            "dec",
        ],
    ],
    weekdays: [
        &[
            "ponedeljak",
            "ponedeljka",
            "ponedeljku",
            "ponedeljkom",
            "ponedjeljak",
            "ponedjeljka",
            "ponedjeljku",
            "ponedjeljkom",
            "pon",
        ],
        &["utorak", "utorka", "utorku", "utorkom", "uto"],
        &[
            "sreda", "srede", "sredu", "sredom", "sredi", "srijeda", "srijede", "srijedu",
            "srijedom", "srijedi", "sre",
        ],
        &["četvrtak", "četvrtka", "četvrtku", "četvrtkom"],
        &["petak", "petka", "petku", "petkom"],
        &["subota", "subote", "subotu", "subotom", "suboti"],
        &[
            "nedelja",
            "nedelje",
            "nedelju",
            "nedeljom",
            "nedelji",
            "nedjelja",
            "nedjelje",
            "nedjelju",
            "nedjeljom",
            "nedjelji",
        ],
    ],
    old_style: &[
        "po starom kalendaru",
        "po starom",
        "stari kalendar",
        "starog kalendara",
        "stari stil",
        "po starom stilu",
        "starog stila",
        "st. st.",
        "po julijanskom kalendaru",
        "julijanski kalendar",
        "julijanskog kalendara",
    ],
    new_style: &[
        "po novom kalendaru",
        "po novom",
        "novi kalendar",
        "novog kalendara",
        "novi stil",
        "po novom stilu",
        "novog stila",
        "n. st.",
        "po gregorijanskom kalendaru",
        "gregorijanski kalendar",
        "gregorijanskog kalendara",
    ],
    year_words: &["g", "god", "godine"],
    date_words: &[],
    day_articles: &[],
    bc: &["p. n. e.", "pre nove ere", "pre Hrista", "pr. Hr."],
    ad: &["n. e.", "nove ere", "posle Hrista", "po Hr.", "po Hristu"],
    and: &["i"],
    or: &["ili"],
    range_from: &["od", "sa"],
    range_to: &["do", "na"],
};

/// Greek: Demotic and katharevousa forms ("Οκτωβρίου", "Οκτώβριον",
/// "Οκτώβρη"); polytonic spellings fold to these.
pub const EL: Language = Language {
    code: "el",
    name: "Greek",
    months: [
        &[
            "ιανουάριος",
            "ιανουαρίου",
            "ιανουάριο",
            "ιανουάριον",
            "ιανουάριε",
            "γενάρης",
            "γενάρη",
            "ιαν",
        ],
        &[
            "φεβρουάριος",
            "φεβρουαρίου",
            "φεβρουάριο",
            "φεβρουάριον",
            "φεβρουάριε",
            "φλεβάρης",
            "φλεβάρη",
            "φεβ",
            "φεβρ",
        ],
        &[
            "μάρτιος",
            "μαρτίου",
            "μάρτιο",
            "μάρτιον",
            "μάρτιε",
            "μάρτης",
            "μάρτη",
            "μαρ",
            "μαρτ",
        ],
        &[
            "απρίλιος",
            "απριλίου",
            "απρίλιο",
            "απρίλιον",
            "απρίλιε",
            "απρίλης",
            "απρίλη",
            "απρ",
        ],
        &["μάιος", "μαΐου", "μάιο", "μάιον", "μάιε", "μάης", "μάη"],
        &[
            "ιούνιος",
            "ιουνίου",
            "ιούνιο",
            "ιούνιον",
            "ιούνιε",
            "ιούνης",
            "ιούνη",
            "ιουν",
        ],
        &[
            "ιούλιος",
            "ιουλίου",
            "ιούλιο",
            "ιούλιον",
            "ιούλιε",
            "ιούλης",
            "ιούλη",
            "ιουλ",
        ],
        &[
            "αύγουστος",
            "αυγούστου",
            "αύγουστο",
            "αύγουστον",
            "αύγουστε",
            "αυγ",
        ],
        &[
            "σεπτέμβριος",
            "σεπτεμβρίου",
            "σεπτέμβριο",
            "σεπτέμβριον",
            "σεπτέμβριε",
            "σεπτέμβρης",
            "σεπτέμβρη",
            "σεπ",
            "σεπτ",
            "σεπτεμβρ",
        ],
        &[
            "οκτώβριος",
            "οκτωβρίου",
            "οκτώβριο",
            "οκτώβριον",
            "οκτώβριε",
            "οκτώβρης",
            "οκτώβρη",
            "οκτ",
            "οκτωβρ",
        ],
        &[
            "νοέμβριος",
            "νοεμβρίου",
            "νοέμβριο",
            "νοέμβριον",
            "νοέμβριε",
            "νοέμβρης",
            "νοέμβρη",
            "νοε",
            "νοεμ",
            "νοεμβρ",
        ],
        &[
            "δεκέμβριος",
            "δεκεμβρίου",
            "δεκέμβριο",
            "δεκέμβριον",
            "δεκέμβριε",
            "δεκέμβρης",
            "δεκέμβρη",
            "δεκ",
            "δεκεμβρ",
        ],
    ],
    weekdays: [
        &["δευτέρα", "δευτέρας", "δευτέραν", "δευ"],
        &["τρίτη", "τρίτης", "τρίτην", "τρι"],
        &["τετάρτη", "τετάρτης", "τετάρτην", "τετ"],
        &["πέμπτη", "πέμπτης", "πέμπτην", "πεμ"],
        &["παρασκευή", "παρασκευής", "παρασκευήν"],
        &["σάββατο", "σάββατον", "σαββάτου", "σαβ"],
        &["κυριακή", "κυριακής", "κυριακήν"],
    ],
    old_style: &[
        "π.η.",
        "π. ημ.",
        "παλ. ημ.",
        "παλαιό ημερολόγιο",
        "παλαιόν ημερολόγιον",
        "παλαιού ημερολογίου",
        "με το παλαιό ημερολόγιο",
        "κατά το παλαιό ημερολόγιο",
        "κατά το παλαιόν ημερολόγιον",
        "ιουλιανό",
        "ιουλιανό ημερολόγιο",
        "ιουλιανόν ημερολόγιον",
        "ιουλιανού ημερολογίου",
        "με το ιουλιανό ημερολόγιο",
        "κατά το ιουλιανό ημερολόγιο",
    ],
    new_style: &[
        "ν.η.",
        "ν. ημ.",
        "νέο ημερολόγιο",
        "νέον ημερολόγιον",
        "νέου ημερολογίου",
        "με το νέο ημερολόγιο",
        "κατά το νέο ημερολόγιο",
        "κατά το νέον ημερολόγιον",
        "γρηγοριανό",
        "γρηγοριανό ημερολόγιο",
        "γρηγοριανόν ημερολόγιον",
        "γρηγοριανού ημερολογίου",
        "με το γρηγοριανό ημερολόγιο",
        "κατά το γρηγοριανό ημερολόγιο",
    ],
    year_words: &["έτους", "έτει", "έτος"],
    date_words: &[],
    day_articles: &[],
    bc: &["π.Χ.", "προ Χριστού", "π.Κ.Ε."],
    ad: &["μ.Χ.", "μετά Χριστόν"],
    and: &["και", "κι"],
    // "ή" ("or") folds to "η", the article before a day ("η 25η Μαρτίου").
    or: &[],
    range_from: &["από"],
    range_to: &["έως", "ως", "μέχρι", "προς"],
};

/// Romanian, with the 19th-century forms ("Octombre", "Noemvrie",
/// "Dechemvrie", "Maiu") and the folk month names that newspapers printed
/// beside them ("Brumărel", "Răpciune").
pub const RO: Language = Language {
    code: "ro",
    name: "Romanian",
    months: [
        &[
            "ianuarie", "ianuariu", "ghenarie", "genarie", "gerar", "geraru", "ian",
        ],
        &[
            "februarie",
            "februariu",
            "fevruarie",
            "faur",
            "făurar",
            "făuraru",
            "feb",
            "febr",
        ],
        &["martie", "martiu", "mărțișor", "mărțișoru", "mar", "mart"],
        &["aprilie", "apriliu", "prier", "prieru", "apr"],
        &["mai", "maiu", "florar", "floraru"],
        &["iunie", "iuniu", "cireșar", "cireșaru", "iun"],
        &["iulie", "iuliu", "cuptor", "cuptoru", "iul"],
        &["august", "augustu", "gustar", "gustaru", "aug"],
        &[
            "septembrie",
            "septemvrie",
            "septembre",
            "răpciune",
            "sep",
            "sept",
        ],
        &[
            "octombrie",
            "octomvrie",
            "octombre",
            "octobre",
            "brumărel",
            "brumărelu",
            "oct",
        ],
        &[
            "noiembrie",
            "noemvrie",
            "noembrie",
            "noembre",
            "brumar",
            "brumaru",
            "nov",
            "noiem",
        ],
        &[
            "decembrie",
            "decemvrie",
            "dechemvrie",
            "decembre",
            "undrea",
            "îndrea",
            "dec",
        ],
    ],
    weekdays: [
        &["luni", "lunea", "lunii"],
        &["marți", "marțea"],
        &["miercuri", "miercurea", "miercurii", "mercuri"],
        &["joi", "joia", "joii"],
        &["vineri", "vinerea", "vinerii"],
        &["sâmbătă", "sâmbetei", "sâmbete"],
        &["duminică", "duminicii", "duminecă", "duminecii"],
    ],
    old_style: &[
        "stil vechi",
        "st. v.",
        "st. vechi",
        "stilul vechi",
        "pe stil vechi",
        "după stil vechi",
        "după stilul vechi",
        "s. v.",
        "calendarul iulian",
        "după calendarul iulian",
        "calendarul vechi",
        "după calendarul vechi",
    ],
    new_style: &[
        "stil nou",
        "st. n.",
        "st. nou",
        "stilul nou",
        "pe stil nou",
        "după stil nou",
        "după stilul nou",
        "s. n.",
        "calendarul gregorian",
        "după calendarul gregorian",
        "calendarul nou",
        "după calendarul nou",
    ],
    year_words: &[],
    date_words: &[],
    day_articles: &[],
    bc: &["î.Hr.", "î.e.n.", "înainte de Hristos"],
    ad: &["d.Hr.", "după Hristos"],
    and: &["și"],
    or: &["sau"],
    range_from: &["de", "din", "de la"],
    range_to: &["spre", "la", "până la"],
};

/// Polish.
pub const PL: Language = Language {
    code: "pl",
    name: "Polish",
    months: [
        &[
            "styczeń",
            "stycznia",
            "styczniowi",
            "styczniem",
            "styczniu",
            "sty",
            "stycz",
        ],
        &["luty", "lutego", "lutemu", "lutym", "lut"],
        &[
            "marzec", "marca", "marcowi", "marcem", "marcu", "mar", "marz",
        ],
        &[
            "kwiecień",
            "kwietnia",
            "kwietniowi",
            "kwietniem",
            "kwietniu",
            "kwi",
            "kwiet",
        ],
        &["maj", "maja", "majowi", "majem", "maju"],
        &[
            "czerwiec",
            "czerwca",
            "czerwcowi",
            "czerwcem",
            "czerwcu",
            "cze",
            "czerw",
        ],
        &["lipiec", "lipca", "lipcowi", "lipcem", "lipcu", "lip"],
        &[
            "sierpień",
            "sierpnia",
            "sierpniowi",
            "sierpniem",
            "sierpniu",
            "sierp",
        ],
        &[
            "wrzesień",
            "września",
            "wrześniowi",
            "wrześniem",
            "wrześniu",
            "wrz",
            "wrześ",
        ],
        &[
            "październik",
            "października",
            "październikowi",
            "październikiem",
            "październiku",
            "paź",
            "paźdz",
        ],
        &[
            "listopad",
            "listopada",
            "listopadowi",
            "listopadem",
            "listopadzie",
            "lis",
            "listop",
        ],
        &[
            "grudzień",
            "grudnia",
            "grudniowi",
            "grudniem",
            "grudniu",
            "gru",
            "grudz",
        ],
    ],
    weekdays: [
        &[
            "poniedziałek",
            "poniedziałku",
            "poniedziałkowi",
            "poniedziałkiem",
            "pon",
        ],
        &["wtorek", "wtorku", "wtorkowi", "wtorkiem", "wt"],
        &["środa", "środy", "środzie", "środę"],
        &["czwartek", "czwartku", "czwartkowi", "czwartkiem", "czw"],
        &["piątek", "piątku", "piątkowi", "piątkiem"],
        &["sobota", "soboty", "sobocie", "sobotę"],
        &["niedziela", "niedzieli", "niedzielę", "niedz", "ndz"],
    ],
    old_style: &[
        "starego stylu",
        "st. st.",
        "według starego stylu",
        "wg starego stylu",
        "wg st. st.",
        "stary styl",
        "starym stylem",
        "kalendarz juliański",
        "kalendarza juliańskiego",
        "według kalendarza juliańskiego",
        "wg kalendarza juliańskiego",
    ],
    new_style: &[
        "nowego stylu",
        "n. st.",
        "według nowego stylu",
        "wg nowego stylu",
        "wg n. st.",
        "nowy styl",
        "nowym stylem",
        "kalendarz gregoriański",
        "kalendarza gregoriańskiego",
        "według kalendarza gregoriańskiego",
        "wg kalendarza gregoriańskiego",
    ],
    year_words: &["r", "rr", "rok", "roku"],
    date_words: &[],
    day_articles: &[],
    bc: &[
        "p.n.e.",
        "przed naszą erą",
        "przed Chr.",
        "przed Chrystusem",
    ],
    ad: &["n.e.", "naszej ery", "po Chr.", "po Chrystusie"],
    and: &["i", "oraz"],
    or: &["lub", "albo"],
    range_from: &["od", "z", "ze"],
    range_to: &["do", "na"],
};

/// Czech.
pub const CS: Language = Language {
    code: "cs",
    name: "Czech",
    months: [
        &["leden", "ledna", "lednu", "lednem", "ledne", "led"],
        &["únor", "února", "únoru", "únorem", "únore", "úno"],
        &["březen", "března", "březnu", "březnem", "březne", "bře"],
        &["duben", "dubna", "dubnu", "dubnem", "dubne", "dub"],
        &["květen", "května", "květnu", "květnem", "květne", "kvě"],
        &["červen", "června", "červnu", "červnem", "červne", "čvn"],
        &["červenec", "července", "červenci", "červencem", "čvc"],
        &["srpen", "srpna", "srpnu", "srpnem", "srpne", "srp"],
        &["září", "zářím", "zář"],
        &["říjen", "října", "říjnu", "říjnem", "říjne", "říj"],
        &["listopad", "listopadu", "listopadem", "listopade", "lis"],
        &["prosinec", "prosince", "prosinci", "prosincem", "pros"],
    ],
    weekdays: [
        &["pondělí", "pondělím", "pondělek", "pondělka"],
        &["úterý", "úterým"],
        &["středa", "středy", "středě", "středu", "středou"],
        &["čtvrtek", "čtvrtka", "čtvrtku", "čtvrtkem"],
        &["pátek", "pátku", "pátkem"],
        &["sobota", "soboty", "sobotě", "sobotu", "sobotou"],
        &["neděle", "neděli"],
    ],
    old_style: &[
        "starého stylu",
        "st. st.",
        "podle starého stylu",
        "dle starého stylu",
        "starý styl",
        "juliánský kalendář",
        "juliánského kalendáře",
        "podle juliánského kalendáře",
        "starého kalendáře",
        "podle starého kalendáře",
    ],
    new_style: &[
        "nového stylu",
        "n. st.",
        "podle nového stylu",
        "dle nového stylu",
        "nový styl",
        "gregoriánský kalendář",
        "gregoriánského kalendáře",
        "podle gregoriánského kalendáře",
        "nového kalendáře",
        "podle nového kalendáře",
    ],
    year_words: &["roku"],
    date_words: &[],
    day_articles: &[],
    bc: &[
        "př. n. l.",
        "př. Kr.",
        "před naším letopočtem",
        "před Kristem",
    ],
    ad: &["n. l.", "po Kr.", "našeho letopočtu", "po Kristu"],
    and: &["a"],
    or: &["nebo"],
    range_from: &["od", "z", "ze"],
    range_to: &["do", "na"],
};

/// German, with the Austrian "Jänner"/"Feber", old spellings ("Merz",
/// "October", "December"), the old German month names of Swiss and other
/// 17th–18th-century dual dates ("Christmonat", "Hornung") and the old
/// dative weekdays ("am Sonntage"). Latin genitives in German texts
/// ("den 5. Augusti") are in [`LA`].
pub const DE: Language = Language {
    code: "de",
    name: "German",
    months: [
        &["januar", "januars", "jänner", "jenner", "jan"],
        &["februar", "februars", "feber", "hornung", "feb", "febr"],
        &["märz", "märzes", "merz", "lenzmonat", "mrz"],
        &["april", "aprils", "ostermonat", "apr"],
        &["mai", "wonnemonat"],
        &["juni", "junis", "junius", "brachmonat", "brachet", "jun"],
        &["juli", "julis", "julius", "heumonat", "jul"],
        &["august", "augusts", "augstmonat", "aug"],
        &["september", "septembers", "herbstmonat", "sep", "sept"],
        &[
            "oktober",
            "oktobers",
            "october",
            "octobers",
            "weinmonat",
            "okt",
            "oct",
        ],
        &["november", "novembers", "wintermonat", "nov"],
        &[
            "dezember",
            "dezembers",
            "december",
            "decembers",
            "christmonat",
            "dez",
            "dec",
        ],
    ],
    weekdays: [
        &["montag", "montags", "montage"],
        &["dienstag", "dienstags", "dienstage"],
        &["mittwoch", "mittwochs", "mittwoche"],
        &["donnerstag", "donnerstags", "donnerstage"],
        &["freitag", "freitags", "freitage"],
        &[
            "samstag",
            "samstags",
            "samstage",
            "sonnabend",
            "sonnabends",
            "sonnabende",
        ],
        &["sonntag", "sonntags", "sonntage"],
    ],
    old_style: &[
        "alten Stils",
        "alten Stiles",
        "alten Styls",
        "a. St.",
        "alter Stil",
        "alter Styl",
        "nach altem Stil",
        "nach dem alten Stil",
        "julianisch",
        "julianischer Kalender",
        "julianischen Kalenders",
        "nach julianischem Kalender",
        "nach dem julianischen Kalender",
        "jul.",
    ],
    new_style: &[
        "neuen Stils",
        "neuen Stiles",
        "neuen Styls",
        "n. St.",
        "neuer Stil",
        "neuer Styl",
        "nach neuem Stil",
        "nach dem neuen Stil",
        "gregorianisch",
        "gregorianischer Kalender",
        "gregorianischen Kalenders",
        "nach gregorianischem Kalender",
        "nach dem gregorianischen Kalender",
        "greg.",
    ],
    year_words: &[],
    date_words: &[],
    day_articles: &["den"],
    bc: &[
        "v. Chr.",
        "v. Chr. G.",
        "vor Christus",
        "vor Christi Geburt",
        "v. u. Z.",
        "vor unserer Zeitrechnung",
    ],
    ad: &[
        "n. Chr.",
        "n. Chr. G.",
        "nach Christus",
        "nach Christi Geburt",
        "u. Z.",
        "unserer Zeitrechnung",
    ],
    and: &["und"],
    or: &["oder"],
    range_from: &["vom", "von"],
    range_to: &["bis", "zum", "auf"],
};

/// Dutch, with the old spellings in -ij ("Januarij") and the old Dutch
/// month names ("Louwmaand", "Wijnmaand").
pub const NL: Language = Language {
    code: "nl",
    name: "Dutch",
    months: [
        &["januari", "januarij", "louwmaand", "jan"],
        &["februari", "februarij", "sprokkelmaand", "feb", "febr"],
        &["maart", "lentemaand", "mrt"],
        &["april", "grasmaand", "apr"],
        &["mei", "bloeimaand"],
        &["juni", "junij", "zomermaand", "jun"],
        &["juli", "julij", "hooimaand", "jul"],
        &["augustus", "oogstmaand", "aug"],
        &["september", "herfstmaand", "sep", "sept"],
        &["oktober", "october", "wijnmaand", "okt", "oct"],
        &["november", "slachtmaand", "nov"],
        &["december", "wintermaand", "dec"],
    ],
    weekdays: [
        &["maandag"],
        &["dinsdag"],
        &["woensdag"],
        &["donderdag"],
        &["vrijdag"],
        &["zaterdag"],
        &["zondag"],
    ],
    old_style: &[
        "oude stijl",
        "oude styl",
        "O.S.",
        "juliaanse kalender",
        "volgens de juliaanse kalender",
    ],
    new_style: &[
        "nieuwe stijl",
        "nieuwe styl",
        "N.S.",
        "gregoriaanse kalender",
        "volgens de gregoriaanse kalender",
    ],
    year_words: &[],
    date_words: &[],
    day_articles: &["den"],
    bc: &["v.Chr.", "voor Christus"],
    ad: &["n.Chr.", "na Christus"],
    and: &["en"],
    or: &["of"],
    range_from: &["van"],
    range_to: &["tot", "op"],
};

/// French.
pub const FR: Language = Language {
    code: "fr",
    name: "French",
    months: [
        &["janvier", "janv", "jan"],
        &["février", "febvrier", "févr", "fév"],
        &["mars"],
        &["avril", "avr"],
        &["mai"],
        &["juin"],
        &["juillet", "juil", "juill"],
        &["août", "aoust"],
        &["septembre", "sept"],
        &["octobre", "oct"],
        &["novembre", "nov"],
        &["décembre", "déc"],
    ],
    weekdays: [
        &["lundi", "lun"],
        &["mardi"],
        &["mercredi"],
        &["jeudi"],
        &["vendredi"],
        &["samedi"],
        &["dimanche"],
    ],
    old_style: &[
        "ancien style",
        "vieux style",
        "style ancien",
        "v. st.",
        "a. st.",
        "style julien",
        "calendrier julien",
        "du calendrier julien",
        "selon le calendrier julien",
    ],
    new_style: &[
        "nouveau style",
        "style nouveau",
        "n. st.",
        "N.S.",
        "grégorien",
        "style grégorien",
        "calendrier grégorien",
        "du calendrier grégorien",
        "selon le calendrier grégorien",
    ],
    year_words: &[],
    date_words: &["du"],
    day_articles: &[],
    bc: &["av. J.-C.", "avant Jésus-Christ", "av. notre ère"],
    ad: &[
        "apr. J.-C.",
        "ap. J.-C.",
        "après Jésus-Christ",
        "de notre ère",
    ],
    and: &["et"],
    or: &["ou"],
    range_from: &["du", "de"],
    range_to: &["au", "à"],
};

/// Italian, with the old spellings in -j- ("Gennajo") and "Decembre".
pub const IT: Language = Language {
    code: "it",
    name: "Italian",
    months: [
        &["gennaio", "gennajo", "gen", "genn"],
        &["febbraio", "febbrajo", "febraro", "feb", "febb", "febbr"],
        &["marzo", "mar"],
        &["aprile", "apr"],
        &["maggio", "mag", "magg"],
        &["giugno", "giu", "giug"],
        &["luglio", "lug", "lugl"],
        &["agosto", "ago"],
        &["settembre", "set", "sett"],
        &["ottobre", "ott"],
        &["novembre", "nov"],
        &["dicembre", "decembre", "dic"],
    ],
    weekdays: [
        &["lunedì", "lun"],
        &["martedì"],
        &["mercoledì"],
        &["giovedì", "gio"],
        &["venerdì", "ven"],
        &["sabato", "sab"],
        &["domenica"],
    ],
    old_style: &[
        "stile antico",
        "stile vecchio",
        "vecchio stile",
        "s. v.",
        "calendario giuliano",
        "secondo il calendario giuliano",
    ],
    new_style: &[
        "stile nuovo",
        "nuovo stile",
        "s. n.",
        "calendario gregoriano",
        "secondo il calendario gregoriano",
    ],
    year_words: &[],
    date_words: &["di", "del"],
    day_articles: &[],
    bc: &["a.C.", "avanti Cristo"],
    ad: &["d.C.", "dopo Cristo"],
    and: &["e", "ed"],
    or: &["o"],
    range_from: &["dal", "da"],
    range_to: &["al", "a"],
};

/// Spanish, with the old spellings "Henero", "Hebrero", "Setiembre",
/// "Otubre", "Deciembre".
pub const ES: Language = Language {
    code: "es",
    name: "Spanish",
    months: [
        &["enero", "henero", "ene"],
        &["febrero", "hebrero", "feb", "febr"],
        &["marzo", "mar"],
        &["abril", "abr"],
        &["mayo", "may"],
        &["junio", "jun"],
        &["julio", "jul"],
        &["agosto", "ago"],
        &["septiembre", "setiembre", "sep", "sept", "set"],
        &["octubre", "otubre", "oct"],
        &["noviembre", "nov"],
        &["diciembre", "deciembre", "dic"],
    ],
    weekdays: [
        &["lunes", "lun"],
        &["martes"],
        &["miércoles"],
        &["jueves", "jue"],
        &["viernes"],
        &["sábado", "sáb"],
        &["domingo"],
    ],
    old_style: &[
        "estilo antiguo",
        "antiguo estilo",
        "viejo estilo",
        "calendario juliano",
        "según el calendario juliano",
    ],
    new_style: &[
        "estilo nuevo",
        "nuevo estilo",
        "calendario gregoriano",
        "según el calendario gregoriano",
    ],
    year_words: &[],
    date_words: &["de", "del"],
    day_articles: &[],
    bc: &["a.C.", "a. de C.", "a. de J.C.", "antes de Cristo"],
    ad: &["d.C.", "d. de C.", "d. de J.C.", "después de Cristo"],
    and: &["y", "e"],
    or: &["o", "u"],
    range_from: &["del", "de", "desde"],
    range_to: &["al", "a", "hasta"],
};

/// Portuguese, with the spellings before 1911 ("Septembro", "Octubro",
/// "Decembro").
pub const PT: Language = Language {
    code: "pt",
    name: "Portuguese",
    months: [
        &["janeiro", "jan"],
        &["fevereiro", "fev"],
        &["março", "mar"],
        &["abril", "abr"],
        &["maio", "mai"],
        &["junho", "jun"],
        &["julho", "jul"],
        &["agosto", "ago"],
        &["setembro", "septembro", "set"],
        &["outubro", "octubro"],
        &["novembro", "nov"],
        &["dezembro", "decembro", "dez"],
    ],
    weekdays: [
        &["segunda-feira", "seg"],
        &["terça-feira"],
        &["quarta-feira"],
        &["quinta-feira"],
        &["sexta-feira"],
        &["sábado"],
        &["domingo"],
    ],
    old_style: &[
        "estilo antigo",
        "antigo estilo",
        "velho estilo",
        "calendário juliano",
        "segundo o calendário juliano",
        "pelo calendário juliano",
    ],
    new_style: &[
        "estilo novo",
        "novo estilo",
        "calendário gregoriano",
        "segundo o calendário gregoriano",
        "pelo calendário gregoriano",
    ],
    year_words: &[],
    date_words: &["de", "do"],
    day_articles: &[],
    bc: &["a.C.", "antes de Cristo"],
    ad: &["d.C.", "depois de Cristo"],
    and: &["e"],
    or: &["ou"],
    range_from: &["de", "desde"],
    range_to: &["a", "ao", "até"],
};

/// Swedish.
pub const SV: Language = Language {
    code: "sv",
    name: "Swedish",
    months: [
        &["januari", "jan"],
        &["februari", "feb", "febr"],
        &["mars"],
        &["april", "apr"],
        &["maj"],
        &["juni", "jun"],
        &["juli", "jul"],
        &["augusti", "aug"],
        &["september", "sep", "sept"],
        &["oktober", "october", "okt"],
        &["november", "nov"],
        &["december", "dec"],
    ],
    weekdays: [
        &["måndag", "måndagen", "måndags"],
        &["tisdag", "tisdagen", "tisdags", "tis"],
        &["onsdag", "onsdagen", "onsdags"],
        &["torsdag", "torsdagen", "torsdags", "tors"],
        &["fredag", "fredagen", "fredags", "fre"],
        &["lördag", "lördagen", "lördags", "lör"],
        &["söndag", "söndagen", "söndags"],
    ],
    old_style: &[
        "g.s.",
        "g. st.",
        "gamla stilen",
        "gamla stil",
        "gammal stil",
        "enligt gamla stilen",
        "julianska kalendern",
        "enligt julianska kalendern",
        "enligt den julianska kalendern",
    ],
    new_style: &[
        "n.s.",
        "n. st.",
        "nya stilen",
        "nya stil",
        "ny stil",
        "enligt nya stilen",
        "gregorianska kalendern",
        "enligt gregorianska kalendern",
        "enligt den gregorianska kalendern",
    ],
    year_words: &[],
    date_words: &[],
    day_articles: &["den"],
    bc: &["f.Kr.", "före Kristus", "f.v.t.", "före vår tideräkning"],
    ad: &["e.Kr.", "efter Kristus", "efter vår tideräkning"],
    and: &["och"],
    or: &["eller"],
    range_from: &["från"],
    range_to: &["till"],
};

/// Danish (also the Dano-Norwegian of texts before 1907).
pub const DA: Language = Language {
    code: "da",
    name: "Danish",
    months: [
        &["januar", "jan"],
        &["februar", "feb", "febr"],
        &["marts", "mar"],
        &["april", "apr"],
        &["maj"],
        &["juni", "jun"],
        &["juli", "jul"],
        &["august", "aug"],
        &["september", "sep", "sept"],
        &["oktober", "october", "okt"],
        &["november", "nov"],
        &["december", "dec"],
    ],
    weekdays: [
        &["mandag", "mandagen"],
        &["tirsdag", "tirsdagen", "tirs"],
        &["onsdag", "onsdagen"],
        &["torsdag", "torsdagen", "tors"],
        &["fredag", "fredagen", "fre"],
        &["lørdag", "lørdagen", "løverdag", "løverdagen", "lør"],
        &["søndag", "søndagen"],
    ],
    old_style: &[
        "gammel stil",
        "g.s.",
        "g. st.",
        "gl. st.",
        "gl. stil",
        "efter gammel stil",
        "julianske kalender",
        "den julianske kalender",
        "efter den julianske kalender",
    ],
    new_style: &[
        "ny stil",
        "n.s.",
        "n. st.",
        "efter ny stil",
        "gregorianske kalender",
        "den gregorianske kalender",
        "efter den gregorianske kalender",
    ],
    year_words: &[],
    date_words: &[],
    day_articles: &["den"],
    bc: &["f.Kr.", "før Kristus", "f.v.t."],
    ad: &["e.Kr.", "efter Kristus"],
    and: &["og"],
    or: &["eller"],
    range_from: &["fra"],
    range_to: &["til"],
};

/// Latin: the month adjectives in the forms used in dates ("Octobris",
/// "mense Octobri", "Januarii"/"Ianuarii", with the final "ii" also
/// written "ij": "Maij", "Junij"), nominatives and abbreviations; also
/// found inside German, Swedish, Polish and English texts.
pub const LA: Language = Language {
    code: "la",
    name: "Latin",
    months: [
        &[
            "ianuarius",
            "januarius",
            "ianuarii",
            "januarii",
            "ianuario",
            "januario",
            "ianuarium",
            "januarium",
            "ianuarij",
            "januarij",
            "ian",
            "jan",
            "ianuar",
            "januar",
        ],
        &[
            "februarius",
            "februarii",
            "februario",
            "februarium",
            "februarij",
            "feb",
            "febr",
        ],
        &[
            "martius", "martii", "martij", "martio", "martium", "mar", "mart",
        ],
        &["aprilis", "aprili", "aprilem", "apr"],
        &[
            "maius", "majus", "maii", "maji", "maij", "maio", "majo", "maium", "majum",
        ],
        &[
            "iunius", "junius", "iunii", "junii", "iunij", "junij", "iunio", "junio", "iunium",
            "junium", "iun", "jun",
        ],
        &[
            "iulius",
            "julius",
            "iulii",
            "julii",
            "iulij",
            "julij",
            "iulio",
            "julio",
            "iulium",
            "julium",
            "quintilis",
            "iul",
            "jul",
        ],
        &[
            "augustus", "augusti", "augusto", "augustum", "sextilis", "aug",
        ],
        &[
            "september",
            "septembris",
            "septembri",
            "septembrem",
            "sep",
            "sept",
            "septemb",
            "septembr",
        ],
        &[
            "october", "octobris", "octobri", "octobrem", "oct", "octob", "octobr",
        ],
        &[
            "november",
            "novembris",
            "novembri",
            "novembrem",
            "nov",
            "novemb",
            "novembr",
        ],
        &[
            "december",
            "decembris",
            "decembri",
            "decembrem",
            "dec",
            "decemb",
            "decembr",
        ],
    ],
    weekdays: [
        &["lunae"],
        &["martis"],
        &["mercurii"],
        &["iovis", "jovis"],
        &["veneris"],
        &["saturni", "sabbatum", "sabbati", "sabbato"],
        &["dominica", "dominicae", "solis"],
    ],
    old_style: &[
        "stilo veteri",
        "stilo vetere",
        "stylo veteri",
        "stylo vetere",
        "stili veteris",
        "styli veteris",
        "st. v.",
        "st. vet.",
        "stil. vet.",
        "styl. vet.",
        "calendario Iuliano",
        "calendario Juliano",
    ],
    new_style: &[
        "stilo novo",
        "stylo novo",
        "stili novi",
        "styli novi",
        "st. n.",
        "st. nov.",
        "stil. nov.",
        "styl. nov.",
        "calendario Gregoriano",
    ],
    year_words: &[],
    date_words: &["die"],
    day_articles: &[],
    bc: &[
        "a. Chr.",
        "a. Chr. n.",
        "ante Christum",
        "ante Christum natum",
    ],
    ad: &[
        "A.D.",
        "anno Domini",
        "p. Chr.",
        "p. Chr. n.",
        "post Christum",
        "post Christum natum",
    ],
    and: &["et", "ac", "atque"],
    or: &["aut", "vel", "sive", "seu"],
    range_from: &["ab"],
    range_to: &["ad", "usque ad"],
};

/// Every language dualdate reads, in no particular order of preference.
pub static LANGUAGES: &[Language] = &[
    EN, RU, UK, BE, BG, SR_CYRL, SR_LATN, EL, RO, PL, CS, DE, NL, FR, IT, ES, PT, SV, DA, LA,
];

#[cfg(test)]
mod tests {
    //! The invariants promised in the module docs, checked over every table,
    //! so that a new language cannot break them unnoticed.

    use super::LANGUAGES;
    use std::collections::{BTreeMap, BTreeSet};

    use crate::lexicon::{fold, fold_phrase as fold_label};

    /// Folded spelling -> the indexes (month or weekday) it is listed under.
    fn index(
        lists: impl Fn(&super::Language) -> Vec<&'static [&'static str]>,
    ) -> BTreeMap<String, BTreeSet<usize>> {
        let mut map: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        for language in LANGUAGES {
            for (i, list) in lists(language).into_iter().enumerate() {
                for spelling in list {
                    map.entry(fold(spelling)).or_default().insert(i);
                }
            }
        }
        map
    }

    #[test]
    fn codes_are_unique() {
        let codes: BTreeSet<_> = LANGUAGES.iter().map(|l| l.code).collect();
        assert_eq!(codes.len(), LANGUAGES.len());
    }

    #[test]
    fn every_month_and_weekday_has_a_spelling() {
        for language in LANGUAGES {
            for (i, m) in language.months.iter().enumerate() {
                assert!(!m.is_empty(), "{}: month {} is empty", language.code, i + 1);
            }
            for (i, d) in language.weekdays.iter().enumerate() {
                assert!(
                    !d.is_empty(),
                    "{}: weekday {} is empty",
                    language.code,
                    i + 1
                );
            }
        }
    }

    #[test]
    fn spellings_are_plain_lower_case_words() {
        for language in LANGUAGES {
            let words = language.months.iter().chain(language.weekdays.iter());
            for spelling in words.flat_map(|list| list.iter()) {
                assert_eq!(*spelling, spelling.to_lowercase(), "{}", language.code);
                assert!(spelling.chars().count() > 1, "{spelling:?}");
                assert!(
                    !spelling
                        .chars()
                        .any(|c| c == '.' || c.is_whitespace() || c.is_ascii_digit()),
                    "{spelling:?}"
                );
            }
        }
    }

    #[test]
    fn every_or_is_one_word() {
        for language in LANGUAGES {
            for word in language.or {
                assert!(
                    !word.is_empty() && !word.contains(super::super::is_phrase_separator),
                    "{}: {word:?}",
                    language.code
                );
            }
        }
    }

    #[test]
    fn no_spelling_is_listed_twice_in_one_list() {
        for language in LANGUAGES {
            let words = language.months.iter().chain(language.weekdays.iter());
            let words = words.chain([
                &language.year_words,
                &language.and,
                &language.or,
                &language.range_from,
                &language.range_to,
            ]);
            for list in words {
                let folded: BTreeSet<_> = list.iter().map(|s| fold(s)).collect();
                assert_eq!(folded.len(), list.len(), "{}: {list:?}", language.code);
            }
            for list in [
                language.old_style,
                language.new_style,
                language.bc,
                language.ad,
            ] {
                let folded: BTreeSet<_> = list.iter().map(|s| fold_label(s)).collect();
                assert_eq!(folded.len(), list.len(), "{}: {list:?}", language.code);
            }
        }
    }

    #[test]
    fn no_spelling_names_two_months_or_weekdays() {
        let months = index(|l| l.months.to_vec());
        let weekdays = index(|l| l.weekdays.to_vec());
        for (spelling, m) in &months {
            assert_eq!(m.len(), 1, "{spelling:?} names months {m:?}");
            assert!(
                !weekdays.contains_key(spelling),
                "{spelling:?} is a month and a weekday"
            );
        }
        for (spelling, d) in &weekdays {
            assert_eq!(d.len(), 1, "{spelling:?} names weekdays {d:?}");
        }
    }

    #[test]
    fn no_label_is_both_old_and_new_style() {
        let fold_all = |lists: &dyn Fn(&super::Language) -> &'static [&'static str]| {
            LANGUAGES
                .iter()
                .flat_map(|l| lists(l).iter().map(|s| fold_label(s)))
                .collect::<BTreeSet<_>>()
        };
        let old = fold_all(&|l| l.old_style);
        let new = fold_all(&|l| l.new_style);
        assert!(
            old.is_disjoint(&new),
            "{:?}",
            old.intersection(&new).collect::<Vec<_>>()
        );
        let bc = fold_all(&|l| l.bc);
        let ad = fold_all(&|l| l.ad);
        assert!(
            bc.is_disjoint(&ad),
            "{:?}",
            bc.intersection(&ad).collect::<Vec<_>>()
        );
    }

    #[test]
    fn no_month_is_a_year_word_conjunction_or_range_word() {
        let months = index(|l| l.months.to_vec());
        for language in LANGUAGES {
            let words = [
                language.year_words,
                language.and,
                language.or,
                language.range_from,
                language.range_to,
            ];
            for word in words.iter().flat_map(|list| list.iter()) {
                assert!(
                    !months.contains_key(&fold(word)),
                    "{}: {word:?}",
                    language.code
                );
            }
        }
    }
}
