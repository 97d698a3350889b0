//! What the lab knows of one site, for the open case's variant: how many
//! cases carried it, and how it was classified, newest first.

use super::{day, Carrier, LabClassification, LabDb, Observed};
use crate::acmg::Class;
use crate::knowledge::SiteKey;
use crate::phrase::Phrase;
use serde::{Deserialize, Serialize};

/// The lab's knowledge of one site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabView {
    /// Cases whose proband carries it, by zygosity.
    pub het: u32,
    pub hom: u32,
    pub hemi: u32,
    /// Cases in the database (the open case left out, when it was).
    pub cases: u32,
    /// Of those, the cases that recorded only their worked variants: a
    /// variant is counted in them only where it was worked on, so the
    /// counts are a floor.
    pub worked_only: u32,
    /// Whether the open case was left out ("seen in N other cases").
    pub others: bool,
    /// Newest first.
    pub classifications: Vec<LabClassification>,
}

impl LabView {
    /// Cases carrying it, any zygosity.
    pub fn carriers(&self) -> u32 {
        self.het + self.hom + self.hemi
    }

    /// The newest classification.
    pub fn latest(&self) -> Option<&LabClassification> {
        self.classifications.first()
    }

    /// "Seen in 3 of 40 other cases in the lab (2 heterozygous, 1
    /// homozygous, 0 hemizygous); 5 cases counted only where classified.
    /// Last classified Likely pathogenic on 2026-03-04 (PVS1,
    /// PM2_Supporting)", in pieces for the reader's language.
    pub fn summary(&self) -> Phrase {
        let seen = if self.others { msg!("labdb-seen-others") } else { msg!("labdb-seen") };
        let mut pieces = vec![Phrase::new(seen)
            .arg("carriers", self.carriers())
            .arg("cases", self.cases)
            .arg("het", self.het)
            .arg("hom", self.hom)
            .arg("hemi", self.hemi)];
        if self.worked_only > 0 {
            pieces.push(Phrase::new(msg!("labdb-worked-only")).arg("count", self.worked_only));
        }
        if let Some(latest) = self.latest() {
            let criteria: Vec<String> = latest.criteria.iter().map(ToString::to_string).collect();
            pieces.push(
                Phrase::new(msg!("labdb-latest"))
                    .arg("class", latest.class.phrase())
                    .arg("date", latest.date.as_str())
                    .arg("criteria", criteria.join(", ")),
            );
        }
        Phrase::separated(pieces, "; ")
    }
}

impl LabDb {
    /// What the lab knows of `site`, every case counted.
    pub fn variant(&self, site: &SiteKey) -> Option<LabView> {
        self.view(site, None)
    }

    /// What the rest of the lab knows of `site`: case `case_id` (the open
    /// one) left out of the counts and of the classifications, since its
    /// own entries say nothing the open session does not say better.
    /// `None` when nothing else is known.
    pub fn variant_excluding(&self, site: &SiteKey, case_id: &str) -> Option<LabView> {
        self.view(site, self.case_index(case_id))
    }

    /// The lab's newest class for `site`.
    pub fn latest_class(&self, site: &SiteKey) -> Option<Class> {
        self.variants.get(site)?.classifications.last().map(|c| c.class)
    }

    /// The classifications of `site` made after `date` (an ISO 8601 date or
    /// timestamp: the day the open case was last worked), newest first: on
    /// reanalysis, what the lab has concluded since. A classification of
    /// that same day is not counted, as it cannot be told to be later.
    pub fn classified_since(&self, site: &SiteKey, date: &str) -> Vec<&LabClassification> {
        let since = day(date).unwrap_or(date);
        let Some(variant) = self.variants.get(site) else { return Vec::new() };
        variant.classifications.iter().rev().filter(|c| c.date.as_str() > since).collect()
    }

    fn view(&self, site: &SiteKey, excluded: Option<u32>) -> Option<LabView> {
        let variant = self.variants.get(site)?;
        let counted = |c: &u32| Some(*c) != excluded;
        let count = |carrier| variant.list(carrier).iter().filter(|c| counted(c)).count() as u32;
        let classifications: Vec<LabClassification> =
            variant.classifications.iter().rev().filter(|c| counted(&c.case)).cloned().collect();
        let view = LabView {
            het: count(Carrier::Het),
            hom: count(Carrier::Hom),
            hemi: count(Carrier::Hemi),
            cases: (self.cases.len() - usize::from(excluded.is_some())) as u32,
            worked_only: (self.cases.iter().enumerate())
                .filter(|(i, c)| counted(&(*i as u32)) && c.observed == Observed::WorkedOnly)
                .count() as u32,
            others: excluded.is_some(),
            classifications,
        };
        (view.carriers() > 0 || !view.classifications.is_empty()).then_some(view)
    }
}
