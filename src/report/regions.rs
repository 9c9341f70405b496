//! `dualdate regions`: the reform table for people.

use std::fmt::Write;

use crate::calendar::{CivilCalendar, Region};

/// One line per region: code, name, and when it became Gregorian (and when
/// it counted in a calendar of its own, if it did).
pub fn list(regions: &[Region]) -> String {
    let mut out = String::new();
    let width = regions.iter().map(|r| r.code.len()).max().unwrap_or(2);
    for r in regions {
        let summary = match r.switches.last() {
            Some(s) => format!(
                "{} {} was followed by {} {}",
                s.from,
                s.last.long(),
                s.to,
                s.first.long()
            ),
            None => "no switch recorded".to_owned(),
        };
        // A calendar of the region's own before that (Sweden's, 1700–1712).
        let own = r
            .switches
            .iter()
            .zip(r.switches.iter().skip(1))
            .find(|(into, _)| !matches!(into.to, CivilCalendar::Julian | CivilCalendar::Gregorian))
            .map(|(into, out_of)| {
                format!(
                    "; the {} calendar from {} to {}",
                    into.to,
                    into.first.long(),
                    out_of.last.long()
                )
            })
            .unwrap_or_default();
        let _ = writeln!(out, "{:<width$}  {}: {summary}{own}", r.code, r.name);
    }
    out
}

/// Everything the table says about one region, sources included.
pub fn detail(r: &Region) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} ({})", r.name, r.code);
    if !r.aliases.is_empty() {
        let _ = writeln!(out, "Also: {}", r.aliases.join(", "));
    }
    let _ = writeln!(out, "Calendar before the first switch: {}", r.initial);
    for s in r.switches {
        let _ = writeln!(
            out,
            "\n{} {} was followed by {} {}.\n  Source: {}",
            s.from,
            s.last.long(),
            s.to,
            s.first.long(),
            s.source
        );
        if !s.note.is_empty() {
            let _ = writeln!(out, "  Note: {}", s.note);
        }
    }
    for e in r.new_year {
        let until = if e.until == i32::MAX {
            "since".to_owned()
        } else {
            format!("until {}", e.until)
        };
        let _ = writeln!(
            out,
            "\nNew Year on {} ({until}).\n  Source: {}",
            e.style, e.source
        );
    }
    if !r.note.is_empty() {
        let _ = writeln!(out, "\nNote: {}", r.note);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russia() {
        let ru = Region::find("RU").unwrap();
        let text = detail(ru);
        assert!(text.starts_with("Russia (RU)\n"));
        assert!(
            text.contains("Julian 31 January 1918 was followed by Gregorian 14 February 1918.")
        );
        assert!(list(std::slice::from_ref(ru)).starts_with("RU  Russia: Julian 31 January 1918"));
        assert!(!list(std::slice::from_ref(ru)).contains("calendar from"));
    }

    #[test]
    fn sweden_names_its_own_calendar_in_the_list() {
        let se = Region::find("SE").unwrap();
        assert_eq!(
            list(std::slice::from_ref(se)),
            "SE  Sweden: Julian 17 February 1753 was followed by Gregorian 1 March 1753; the \
             Swedish calendar from 1 March 1700 to 30 February 1712\n"
        );
    }
}
