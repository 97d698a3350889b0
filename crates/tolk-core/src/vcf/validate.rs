//! Checks INFO values against their header definitions (VCF 4.3 section
//! 1.4.2): the Type (Integer, Float, Flag) and the Number of values
//! (an integer, `A` one per ALT, `R` one per allele). Real files break both;
//! the value is still read leniently, and the problem is reported once per
//! field with the line it first occurred on.

use super::header::Header;
use std::collections::HashMap;

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

/// The INFO definitions of a header, keyed by ID.
#[derive(Debug, Default)]
pub struct InfoDefs {
    defs: HashMap<String, (Number, Kind)>,
}

/// What is wrong with one INFO value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InfoProblem {
    Undeclared,
    NotA { kind: &'static str, value: String },
    FlagWithValue,
    WrongCount { found: usize, declared: String },
}

impl InfoProblem {
    /// A short name, to report each kind of problem once per field.
    pub fn kind(&self) -> &'static str {
        match self {
            InfoProblem::Undeclared => "undeclared",
            InfoProblem::NotA { .. } => "type",
            InfoProblem::FlagWithValue => "flag",
            InfoProblem::WrongCount { .. } => "number",
        }
    }

    /// The words for the user.
    pub fn describe(&self, key: &str) -> String {
        match self {
            InfoProblem::Undeclared => format!("INFO field '{key}' is not declared in the header; read as text"),
            InfoProblem::NotA { kind, value } => {
                format!("INFO/{key} value '{value}' is not {kind}, as the header declares; read leniently")
            }
            InfoProblem::FlagWithValue => format!("INFO/{key} is declared as a Flag but has a value"),
            InfoProblem::WrongCount { found, declared } => {
                format!("INFO/{key} has {found} value(s), the header declares Number={declared}")
            }
        }
    }
}

impl InfoDefs {
    pub fn new(header: &Header) -> InfoDefs {
        let defs = header
            .infos
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
                (d.id.clone(), (number, kind))
            })
            .collect();
        InfoDefs { defs }
    }

    /// The first problem with `key=value` in a record with `alts` ALTs.
    pub fn check(&self, key: &str, value: &str, alts: usize) -> Option<InfoProblem> {
        let Some(&(number, kind)) = self.defs.get(key) else {
            return Some(InfoProblem::Undeclared);
        };
        if kind == Kind::Flag {
            return (!value.is_empty()).then_some(InfoProblem::FlagWithValue);
        }
        if kind == Kind::Text && number == Number::Any {
            // Nothing to check, and CSQ values are long: do not scan them.
            return None;
        }
        let mut count = 0;
        for part in value.split(',') {
            count += 1;
            let ok = part == "."
                || match kind {
                    Kind::Integer => part.parse::<i64>().is_ok(),
                    Kind::Float => part.parse::<f64>().is_ok(),
                    Kind::Flag | Kind::Text => true,
                };
            if !ok {
                let name = if kind == Kind::Integer { "an Integer" } else { "a Float" };
                return Some(InfoProblem::NotA { kind: name, value: crate::diagnostics::excerpt(part.as_bytes(), 20) });
            }
        }
        let (expected, declared) = match number {
            Number::Fixed(n) => (n, n.to_string()),
            Number::PerAlt => (alts, "A".to_owned()),
            Number::PerAllele => (alts + 1, "R".to_owned()),
            Number::Any => return None,
        };
        // Number=0 is a Flag's; `.` alone is an allowed missing value.
        (count != expected && value != "." && expected > 0)
            .then_some(InfoProblem::WrongCount { found: count, declared })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defs() -> InfoDefs {
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
        InfoDefs::new(&h)
    }

    #[test]
    fn good_values_pass() {
        let d = defs();
        assert_eq!(d.check("DP", "12", 1), None);
        assert_eq!(d.check("AF", "0.1,0.2", 2), None);
        assert_eq!(d.check("AD", "3,4,5", 2), None);
        assert_eq!(d.check("DB", "", 1), None);
        assert_eq!(d.check("CSQ", "a|b,c|d", 1), None);
        assert_eq!(d.check("AF", ".", 2), None);
    }

    #[test]
    fn problems_are_named() {
        let d = defs();
        assert_eq!(d.check("XX", "1", 1), Some(InfoProblem::Undeclared));
        assert_eq!(d.check("DP", "1.5", 1).map(|p| p.kind()), Some("type"));
        assert_eq!(d.check("AF", "0.1", 2), Some(InfoProblem::WrongCount { found: 1, declared: "A".into() }));
        assert_eq!(d.check("DB", "1", 1), Some(InfoProblem::FlagWithValue));
        assert!(d.check("DP", "abc", 1).unwrap().describe("DP").contains("is not an Integer"));
    }
}
