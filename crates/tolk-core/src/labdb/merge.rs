//! Two copies of the lab's database made one: the same database kept on
//! two machines, or two labs' databases pooled.

use super::{Carrier, LabClassification, LabDb, LabDbError};

/// What a merge did, by cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeOutcome {
    /// Cases only the other database had.
    pub added: usize,
    /// Cases both had, taken from the other because it added them later.
    pub replaced: usize,
    /// Cases both had, kept as this database has them.
    pub kept: usize,
}

impl MergeOutcome {
    /// What was done, as the app says it.
    pub fn phrase(&self) -> crate::phrase::Phrase {
        crate::phrase::Phrase::new(msg!("labdb-merged"))
            .arg("added", self.added.to_string())
            .arg("replaced", self.replaced.to_string())
            .arg("kept", self.kept.to_string())
    }
}

impl LabDb {
    /// Takes in `other`. A case in both is taken once, whole (its carriers
    /// and classifications), from the side that added it last (this one
    /// on a tie): never counted twice, never half one side's and half the
    /// other's. The other's case indices are renumbered into this one's.
    /// Refused when the builds differ.
    pub fn merge(&mut self, other: &LabDb) -> Result<MergeOutcome, LabDbError> {
        if let Some(build) = other.build {
            self.take_build(build)?;
        }
        let mut outcome = MergeOutcome::default();
        // Where each of the other's cases goes here, if it is taken.
        let mut to: Vec<Option<u32>> = Vec::with_capacity(other.cases.len());
        for case in &other.cases {
            let target = match self.case_index(&case.id) {
                None => {
                    self.cases.push(case.clone());
                    outcome.added += 1;
                    Some(self.cases.len() as u32 - 1)
                }
                Some(index) if case.added > self.cases[index as usize].added => {
                    self.drop_case(index);
                    self.cases[index as usize] = case.clone();
                    outcome.replaced += 1;
                    Some(index)
                }
                Some(_) => {
                    outcome.kept += 1;
                    None
                }
            };
            to.push(target);
        }
        let taken = |case: u32| to.get(case as usize).copied().flatten();
        for (site, variant) in &other.variants {
            let entry = self.entry(site.clone(), variant.gene.as_deref());
            for carrier in Carrier::ALL {
                for index in variant.list(carrier).iter().filter_map(|&c| taken(c)) {
                    entry.add_carrier(index, carrier);
                }
            }
            for c in &variant.classifications {
                if let Some(case) = taken(c.case) {
                    entry.add_classification(LabClassification { case, ..c.clone() });
                }
            }
        }
        // Sites whose every entry came from cases kept as they were here.
        self.variants.retain(|_, v| !v.is_empty());
        Ok(outcome)
    }
}
