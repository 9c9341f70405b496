//! PLACEHOLDER until the researched table lands (two rows to compile against).
use super::new_year::NewYearStyle::{January1, March25};
use super::reform::{
    CivilCalendar::{Gregorian, Julian},
    NewYearEra, Region, Switch, Ymd,
};

/// Every region dualdate knows.
pub static REGIONS: &[Region] = &[
    Region {
        code: "RU",
        name: "Russia",
        aliases: &["Russian Empire"],
        initial: Julian,
        switches: &[Switch {
            from: Julian,
            last: Ymd::new(1918, 1, 31),
            to: Gregorian,
            first: Ymd::new(1918, 2, 14),
            source: "placeholder",
            note: "",
        }],
        new_year: &[],
        note: "",
    },
    Region {
        code: "GB",
        name: "Great Britain",
        aliases: &["England"],
        initial: Julian,
        switches: &[Switch {
            from: Julian,
            last: Ymd::new(1752, 9, 2),
            to: Gregorian,
            first: Ymd::new(1752, 9, 14),
            source: "placeholder",
            note: "",
        }],
        new_year: &[
            NewYearEra {
                until: 1751,
                style: March25,
                source: "placeholder",
            },
            NewYearEra {
                until: i32::MAX,
                style: January1,
                source: "placeholder",
            },
        ],
        note: "",
    },
];
