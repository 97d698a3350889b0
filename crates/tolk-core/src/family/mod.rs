//! The people behind a file's sample columns: who is the proband, who are
//! the parents, their sex and whether they are affected. Inheritance modes
//! are judged from these roles, which come from a PED file or from the
//! user assigning them by hand.

mod ped;

use crate::phrase::Phrase;
pub use ped::{Affection, Individual, PedError, Pedigree, Sex};
use serde::{Deserialize, Serialize};

/// One sample column of the file, with its role facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// Index of the sample column in the VCF header.
    pub sample: usize,
    pub affected: Affection,
}

/// The proband and the relatives the file holds genotypes for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Family {
    pub proband: usize,
    pub proband_sex: Sex,
    pub father: Option<Member>,
    pub mother: Option<Member>,
    /// Full siblings in the file (same father and mother as the proband).
    #[serde(default)]
    pub siblings: Vec<Member>,
}

impl Family {
    /// A proband on their own, as when a file holds one sample.
    pub fn singleton(proband: usize, proband_sex: Sex) -> Family {
        Family { proband, proband_sex, father: None, mother: None, siblings: Vec::new() }
    }

    /// The family of `proband` (or, when `None`, of the first affected
    /// individual with the most parents in the file) from a pedigree,
    /// mapped onto the file's sample columns. Relatives the PED names but
    /// the file lacks are left out: their genotypes are unknown.
    pub fn from_pedigree(ped: &Pedigree, samples: &[String], proband: Option<&str>) -> Result<Family, Phrase> {
        let column = |id: &str| samples.iter().position(|s| s == id);
        let in_file: Vec<&Individual> = ped.individuals.iter().filter(|i| column(&i.id).is_some()).collect();
        if in_file.is_empty() {
            return Err(Phrase::new(msg!("family-none-in-file"))
                .arg("count", ped.individuals.len())
                .arg("samples", samples.join(", ")));
        }
        let parents_in_file =
            |i: &Individual| [&i.father, &i.mother].iter().filter(|p| p.as_deref().and_then(column).is_some()).count();
        let chosen = match proband {
            Some(id) => *in_file
                .iter()
                .find(|i| i.id == id)
                .ok_or_else(|| Phrase::new(msg!("family-proband-missing")).arg("id", id))?,
            None => in_file
                .iter()
                .filter(|i| i.affected == Affection::Affected)
                .max_by_key(|i| (parents_in_file(i), std::cmp::Reverse(column(&i.id))))
                .copied()
                .ok_or_else(|| Phrase::new(msg!("family-no-affected")))?,
        };
        let member = |id: &Option<String>| {
            let id = id.as_deref()?;
            Some(Member { sample: column(id)?, affected: ped.get(id).map_or(Affection::Unknown, |i| i.affected) })
        };
        let siblings = in_file
            .iter()
            .filter(|i| {
                i.id != chosen.id && i.father.is_some() && i.father == chosen.father && i.mother == chosen.mother
            })
            .filter_map(|i| Some(Member { sample: column(&i.id)?, affected: i.affected }))
            .collect();
        Ok(Family {
            proband: column(&chosen.id).expect("chosen from individuals in the file"),
            proband_sex: chosen.sex,
            father: member(&chosen.father),
            mother: member(&chosen.mother),
            siblings,
        })
    }

    /// Every sample index the family uses, proband first.
    pub fn samples(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.proband)
            .chain(self.father.map(|m| m.sample))
            .chain(self.mother.map(|m| m.sample))
            .chain(self.siblings.iter().map(|m| m.sample))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_affected_child_with_both_parents_is_the_proband() {
        let ped = Pedigree::parse("1 kid dad mum 2 2\n1 dad 0 0 1 1\n1 mum 0 0 2 1\n1 sib dad mum 1 1\n").unwrap();
        let f = Family::from_pedigree(&ped, &names(&["mum", "dad", "kid", "sib"]), None).unwrap();
        assert_eq!((f.proband, f.proband_sex), (2, Sex::Female));
        assert_eq!(f.father, Some(Member { sample: 1, affected: Affection::Unaffected }));
        assert_eq!(f.mother.map(|m| m.sample), Some(0));
        assert_eq!(f.siblings, [Member { sample: 3, affected: Affection::Unaffected }]);
        assert_eq!(f.samples().collect::<Vec<_>>(), [2, 1, 0, 3]);
    }

    #[test]
    fn parents_missing_from_the_file_are_unknown() {
        let ped = Pedigree::parse("1 proband 0 mother 1 2\n1 mother 0 0 2 1\n").unwrap();
        let f = Family::from_pedigree(&ped, &names(&["proband"]), None).unwrap();
        assert_eq!((f.proband, f.father, f.mother), (0, None, None));
    }

    #[test]
    fn a_named_proband_must_be_in_both() {
        let ped = Pedigree::parse("1 a 0 0 1 2\n").unwrap();
        let en = |e: Phrase| e.render(crate::i18n::Lang::En);
        assert!(en(Family::from_pedigree(&ped, &names(&["a"]), Some("b")).unwrap_err()).contains("\"b\""));
        assert!(en(Family::from_pedigree(&ped, &names(&["x"]), None).unwrap_err()).contains("samples: x"));
    }
}
