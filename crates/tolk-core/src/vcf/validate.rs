//! Checks INFO and FORMAT values against their header definitions (VCF 4.3
//! sections 1.4.2 and 1.4.4): the Type (Integer, Float, Flag) and the Number
//! of values (an integer, `A` one per ALT, `R` one per allele). Real files
//! break both; the value is still read leniently, and the problem is
//! reported once per field with the line it first occurred on.

use super::header::{FieldDef, Header};
use crate::phrase::Phrase;
use foldhash::HashMap;

/// Expected count of values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Number {
    Fixed(usize),
    PerAlt,
    PerAllele,
    /// `.`, `G` or anything else: not checked.
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Integer,
    Float,
    Flag,
    Text,
}

/// One field's declared Number and Type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Def {
    number: Number,
    kind: Kind,
}

/// The INFO or FORMAT definitions of a header, keyed by ID.
#[derive(Debug, Default)]
pub struct FieldDefs {
    /// `INFO` or `FORMAT`, for messages.
    section: &'static str,
    defs: HashMap<String, Def>,
}

/// What is wrong with one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueProblem {
    Undeclared,
    NotA { kind: &'static str, value: String },
    FlagWithValue,
    WrongCount { found: usize, declared: String },
}

impl ValueProblem {
    /// A short name, to report each kind of problem once per field.
    pub fn kind(&self) -> &'static str {
        match self {
            ValueProblem::Undeclared => "undeclared",
            ValueProblem::NotA { .. } => "type",
            ValueProblem::FlagWithValue => "flag",
            ValueProblem::WrongCount { .. } => "number",
        }
    }

    /// The words for the user; `section` is `INFO` or `FORMAT`.
    pub fn describe(&self, section: &str, key: &str) -> Phrase {
        let field = |message: &str| Phrase::new(message).arg("section", section).arg("key", key);
        match self {
            ValueProblem::Undeclared => field(msg!("vcf-undeclared")),
            ValueProblem::NotA { kind, value } => {
                field(msg!("vcf-wrong-type")).arg("kind", *kind).arg("value", value.as_str())
            }
            ValueProblem::FlagWithValue => field(msg!("vcf-flag-with-value")),
            ValueProblem::WrongCount { found, declared } => {
                field(msg!("vcf-wrong-count")).arg("found", *found).arg("declared", declared.as_str())
            }
        }
    }
}

impl FieldDefs {
    /// The header's INFO definitions.
    pub fn info(header: &Header) -> FieldDefs {
        Self::new("INFO", &header.infos)
    }

    /// The header's FORMAT definitions.
    pub fn format(header: &Header) -> FieldDefs {
        Self::new("FORMAT", &header.formats)
    }

    /// `INFO` or `FORMAT`.
    pub fn section(&self) -> &'static str {
        self.section
    }

    fn new(section: &'static str, list: &[FieldDef]) -> FieldDefs {
        let defs = list
            .iter()
            .map(|d| {
                let number = match d.number.as_str() {
                    "A" => Number::PerAlt,
                    "R" => Number::PerAllele,
                    n => n.parse().map_or(Number::Any, Number::Fixed),
                };
                let kind = match d.kind.as_str() {
                    "Integer" => Kind::Integer,
                    "Float" => Kind::Float,
                    "Flag" => Kind::Flag,
                    _ => Kind::Text,
                };
                (d.id.clone(), Def { number, kind })
            })
            .collect();
        FieldDefs { section, defs }
    }

    /// The definition of `key`, if the header has one.
    pub fn get(&self, key: &str) -> Option<Def> {
        self.defs.get(key).copied()
    }
}

/// [`FieldDefs`] looked up by a key's place in the record as well as its
/// name: the records of a file list their INFO keys in the same order, so
/// nearly every lookup is one short comparison with the key at that place
/// in the record before, not a hash of the key (which was a tenth of a
/// load's time on a VEP file with sixty INFO keys).
#[derive(Debug)]
pub struct DefsByPlace {
    defs: FieldDefs,
    /// The key at each place of the last record, and its definition.
    recent: Vec<(Box<str>, Option<Def>)>,
}

impl DefsByPlace {
    /// More places than a record has keys are not remembered.
    const PLACES: usize = 256;

    pub fn new(defs: FieldDefs) -> DefsByPlace {
        DefsByPlace { defs, recent: Vec::new() }
    }

    /// The first problem with `key=value`, the record's `place`-th key, in
    /// a record with `alts` ALTs.
    pub fn check(&mut self, place: usize, key: &str, value: &str, alts: usize) -> Option<ValueProblem> {
        let def = match self.recent.get(place) {
            Some((known, def)) if **known == *key => *def,
            _ => {
                let def = self.defs.get(key);
                if place < self.recent.len() {
                    self.recent[place] = (key.into(), def);
                } else if place == self.recent.len() && place < Self::PLACES {
                    self.recent.push((key.into(), def));
                }
                def
            }
        };
        match def {
            Some(def) => def.check(value, alts),
            None => Some(ValueProblem::Undeclared),
        }
    }
}

impl Def {
    /// The first problem with `value` in a record with `alts` ALTs.
    pub fn check(self, value: &str, alts: usize) -> Option<ValueProblem> {
        let Def { number, kind } = self;
        if kind == Kind::Flag {
            return (!value.is_empty()).then_some(ValueProblem::FlagWithValue);
        }
        if kind == Kind::Text && number == Number::Any {
            // Nothing to check, and CSQ values are long: do not scan them.
            return None;
        }
        let mut count = 0;
        for part in crate::text::split_on(value, b',') {
            count += 1;
            let ok = part == "."
                || match kind {
                    Kind::Integer => part.parse::<i64>().is_ok(),
                    Kind::Float => part.parse::<f64>().is_ok(),
                    Kind::Flag | Kind::Text => true,
                };
            if !ok {
                let name = if kind == Kind::Integer { "Integer" } else { "Float" };
                return Some(ValueProblem::NotA {
                    kind: name,
                    value: crate::diagnostics::excerpt(part.as_bytes(), 20),
                });
            }
        }
        let expected = match number {
            Number::Fixed(n) => n,
            Number::PerAlt => alts,
            Number::PerAllele => alts + 1,
            Number::Any => return None,
        };
        // Number=0 is a Flag's; `.` alone is an allowed missing value.
        (count != expected && value != "." && expected > 0).then(|| {
            let declared = match number {
                Number::PerAlt => "A".to_owned(),
                Number::PerAllele => "R".to_owned(),
                _ => expected.to_string(),
            };
            ValueProblem::WrongCount { found: count, declared }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defs() -> FieldDefs {
        let mut h = Header::default();
        for line in [
            r#"INFO=<ID=DP,Number=1,Type=Integer,Description="">"#,
            r#"INFO=<ID=AF,Number=A,Type=Float,Description="">"#,
            r#"INFO=<ID=AD,Number=R,Type=Integer,Description="">"#,
            r#"INFO=<ID=DB,Number=0,Type=Flag,Description="">"#,
            r#"INFO=<ID=CSQ,Number=.,Type=String,Description="">"#,
        ] {
            h.add_meta_line(line);
        }
        FieldDefs::info(&h)
    }

    use crate::i18n::Lang;

    /// The first problem with `key=value`, looked up by name alone.
    fn check(key: &str, value: &str, alts: usize) -> Option<ValueProblem> {
        DefsByPlace::new(defs()).check(0, key, value, alts)
    }

    #[test]
    fn good_values_pass() {
        assert_eq!(check("DP", "12", 1), None);
        assert_eq!(check("AF", "0.1,0.2", 2), None);
        assert_eq!(check("AD", "3,4,5", 2), None);
        assert_eq!(check("DB", "", 1), None);
        assert_eq!(check("CSQ", "a|b,c|d", 1), None);
        assert_eq!(check("AF", ".", 2), None);
    }

    #[test]
    fn checks_by_place_agree_with_checks_by_name() {
        let mut by_place = DefsByPlace::new(defs());
        // The same keys in the same places, then other keys in them.
        let records: [&[(&str, &str)]; 3] = [
            &[("DP", "12"), ("AF", "0.1"), ("XX", "1")],
            &[("DP", "1.5"), ("AF", "0.1"), ("XX", "1")],
            &[("AF", "0.1,0.2"), ("DB", "1"), ("DP", "3")],
        ];
        for record in records {
            for (place, &(key, value)) in record.iter().enumerate() {
                assert_eq!(by_place.check(place, key, value, 1), check(key, value, 1), "{key}={value}");
            }
        }
        assert_eq!(by_place.check(2, "DP", "x", 1).map(|p| p.kind()), Some("type"));
    }

    #[test]
    fn problems_are_named() {
        assert_eq!(check("XX", "1", 1), Some(ValueProblem::Undeclared));
        assert_eq!(check("DP", "1.5", 1).map(|p| p.kind()), Some("type"));
        assert_eq!(check("AF", "0.1", 2), Some(ValueProblem::WrongCount { found: 1, declared: "A".into() }));
        assert_eq!(check("DB", "1", 1), Some(ValueProblem::FlagWithValue));
        let problem = check("DP", "abc", 1).unwrap().describe("INFO", "DP");
        assert!(problem.render(Lang::En).contains("INFO/DP value 'abc' is not an Integer"));
        assert!(problem.render(Lang::Nb).contains("INFO/DP-verdien 'abc' er ikke av typen Integer"));
    }
}
