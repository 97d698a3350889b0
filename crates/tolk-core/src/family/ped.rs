//! PED files (PLINK/LINKAGE pedigree format, shared SPEC.md section 3):
//! `family individual father mother sex phenotype`, whitespace separated.
//!
//! Real files bend the format, and all of these are read: tabs or runs of
//! spaces, CRLF line ends, a `#` header (or an unmarked header row), extra
//! columns after the sixth (ethnicity), `0`, `-9` or `.` for an unknown
//! parent, and sex or phenotype codes outside 1/2 meaning "unknown".

use crate::i18n::Lang;
use crate::phrase::Phrase;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
/// A person's sex, as a PED file or the analyst gave it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Male,
    Female,
    #[default]
    Unknown,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
/// Whether a person is affected by the disorder in question.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Affection {
    Affected,
    Unaffected,
    #[default]
    Unknown,
}

/// One line of a PED file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Individual {
    pub family: String,
    pub id: String,
    pub father: Option<String>,
    pub mother: Option<String>,
    pub sex: Sex,
    pub affected: Affection,
}

/// Every individual of a PED file, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pedigree {
    pub individuals: Vec<Individual>,
}

/// Why a PED file could not be read: the line and the problem.
#[derive(Debug, Clone, PartialEq)]
pub struct PedError {
    pub line: usize,
    pub message: Phrase,
}

impl PedError {
    /// `line 3: ...`, worded when shown.
    pub fn phrase(&self) -> Phrase {
        Phrase::new(msg!("file-error-line")).arg("line", self.line.to_string()).arg("message", self.message.clone())
    }
}

/// In English, as the terminal reads it.
impl fmt::Display for PedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.phrase().render(Lang::En))
    }
}

impl std::error::Error for PedError {}

impl Pedigree {
    pub fn parse(text: &str) -> Result<Pedigree, PedError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut individuals = Vec::new();
        let mut seen = HashSet::new();
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split_whitespace().collect();
            if individuals.is_empty() && is_unmarked_header(&cells) {
                continue;
            }
            let err = |message: Phrase| PedError { line: line_no, message };
            if cells.len() < 6 {
                return Err(err(Phrase::new(msg!("ped-columns")).arg("count", cells.len())));
            }
            let (family, id) = (cells[0], cells[1]);
            if !seen.insert((family, id)) {
                return Err(err(Phrase::new(msg!("ped-listed-twice")).arg("id", id).arg("family", family)));
            }
            let parent = |p: &str| (!matches!(p, "0" | "-9" | ".")).then(|| p.to_owned());
            let (father, mother) = (parent(cells[2]), parent(cells[3]));
            if father.as_deref() == Some(id) || mother.as_deref() == Some(id) {
                return Err(err(Phrase::new(msg!("ped-own-parent")).arg("id", id)));
            }
            individuals.push(Individual {
                family: family.to_owned(),
                id: id.to_owned(),
                father,
                mother,
                sex: match cells[4] {
                    "1" => Sex::Male,
                    "2" => Sex::Female,
                    _ => Sex::Unknown,
                },
                affected: match cells[5] {
                    "2" => Affection::Affected,
                    "1" => Affection::Unaffected,
                    _ => Affection::Unknown,
                },
            });
        }
        if individuals.is_empty() {
            return Err(PedError { line: text.lines().count().max(1), message: Phrase::new(msg!("ped-nobody")) });
        }
        Ok(Pedigree { individuals })
    }

    pub fn get(&self, id: &str) -> Option<&Individual> {
        self.individuals.iter().find(|i| i.id == id)
    }
}

/// A first row like `FamilyID SampleID Father Mother Sex Phenotype` without `#`.
fn is_unmarked_header(cells: &[&str]) -> bool {
    cells.len() >= 6 && cells[4].eq_ignore_ascii_case("sex")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quirks_of_real_files_are_read() {
        let text = "#FamilyID   SampleID   Father   Mother   Sex   Phenotype\r\n\
                    1   proband father  mother  1   2\r\n\
                    1\tmother\t-9\t0\t2\t-9\tcaucasian\n";
        let ped = Pedigree::parse(text).unwrap();
        assert_eq!(ped.individuals.len(), 2);
        let p = ped.get("proband").unwrap();
        assert_eq!((p.father.as_deref(), p.sex, p.affected), (Some("father"), Sex::Male, Affection::Affected));
        let m = ped.get("mother").unwrap();
        assert_eq!((m.father.as_deref(), m.mother.as_deref(), m.affected), (None, None, Affection::Unknown));
    }

    #[test]
    fn an_unmarked_header_row_is_skipped() {
        let ped = Pedigree::parse("fam id pat mat sex phen\nF1 kid 0 0 2 1\n").unwrap();
        assert_eq!(ped.individuals[0].sex, Sex::Female);
    }

    #[test]
    fn bad_lines_name_the_line() {
        assert_eq!(
            Pedigree::parse("F kid 0 0 1 2\nF mum 0 0\n").unwrap_err().to_string(),
            "line 2: 4 columns; a PED line has six: family, individual, father, mother, sex, phenotype"
        );
        assert_eq!(Pedigree::parse("F a 0 0 1 2\nF a 0 0 1 2\n").unwrap_err().line, 2);
        assert!(Pedigree::parse("F a a 0 1 2\n").unwrap_err().to_string().contains("own parent"));
        assert_eq!(Pedigree::parse("# only a comment\n").unwrap_err().to_string(), "line 1: the file lists nobody");
        let nb = Pedigree::parse("F a a 0 1 2\n").unwrap_err().phrase().render(Lang::Nb);
        assert_eq!(nb, "linje 1: individet \"a\" er oppgitt som sin egen forelder");
    }
}
