//! ClinVar clinical significance and review status, as annotation pipelines
//! write them: `Pathogenic/Likely_pathogenic`, `pathogenic&likely_pathogenic`,
//! `Conflicting_interpretations_of_pathogenicity`, and review statuses such
//! as `criteria_provided,_single_submitter` (ClinVar's "review status" to
//! star mapping, ClinVar documentation "Review status in ClinVar").

use serde::{Deserialize, Serialize};

/// A set of ClinVar significance classes, as bits so filters can test it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ClinVarSignificance(pub u16);

impl ClinVarSignificance {
    pub const PATHOGENIC: u16 = 1;
    pub const LIKELY_PATHOGENIC: u16 = 1 << 1;
    pub const UNCERTAIN: u16 = 1 << 2;
    pub const LIKELY_BENIGN: u16 = 1 << 3;
    pub const BENIGN: u16 = 1 << 4;
    pub const CONFLICTING: u16 = 1 << 5;
    pub const DRUG_RESPONSE: u16 = 1 << 6;
    pub const RISK_FACTOR: u16 = 1 << 7;
    pub const OTHER: u16 = 1 << 8;

    /// Reads any of the spellings above; unknown words count as `other`.
    pub fn parse(text: &str) -> ClinVarSignificance {
        let mut bits = 0;
        let lower = text.to_ascii_lowercase().replace(' ', "_");
        for word in
            lower.split(['&', ',', '/', '|', ';']).map(|w| w.trim_matches('_')).filter(|w| !w.is_empty() && *w != ".")
        {
            bits |= match word {
                "pathogenic" => Self::PATHOGENIC,
                "likely_pathogenic" => Self::LIKELY_PATHOGENIC,
                "uncertain_significance" | "vus" => Self::UNCERTAIN,
                "likely_benign" => Self::LIKELY_BENIGN,
                "benign" => Self::BENIGN,
                w if w.starts_with("conflicting") => Self::CONFLICTING,
                "drug_response" => Self::DRUG_RESPONSE,
                "risk_factor" => Self::RISK_FACTOR,
                // ClinVar's old numeric codes (CLNSIG in dbSNP-era files).
                "5" => Self::PATHOGENIC,
                "4" => Self::LIKELY_PATHOGENIC,
                "0" | "1" => Self::UNCERTAIN,
                "3" => Self::LIKELY_BENIGN,
                "2" => Self::BENIGN,
                "6" => Self::DRUG_RESPONSE,
                _ => Self::OTHER,
            };
        }
        ClinVarSignificance(bits)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn contains(self, bits: u16) -> bool {
        self.0 & bits != 0
    }

    /// The classes in a fixed order, as snake_case words (`other` last).
    pub fn words(self) -> Vec<&'static str> {
        let classes = ClinVarClass::ALL.into_iter().filter(|c| self.contains(c.bit())).map(ClinVarClass::id);
        classes.chain(self.contains(Self::OTHER).then_some("other")).collect()
    }
}

crate::vocabulary! {
    /// One ClinVar class, as a filter asks for it; the id is the
    /// snake_case word annotation pipelines write.
    pub enum ClinVarClass {
        Pathogenic => ("pathogenic", "clinvar-pathogenic"),
        LikelyPathogenic => ("likely_pathogenic", "clinvar-likely-pathogenic"),
        Uncertain => ("uncertain_significance", "clinvar-uncertain"),
        LikelyBenign => ("likely_benign", "clinvar-likely-benign"),
        Benign => ("benign", "clinvar-benign"),
        Conflicting => ("conflicting_interpretations", "clinvar-conflicting"),
        DrugResponse => ("drug_response", "clinvar-drug-response"),
        RiskFactor => ("risk_factor", "clinvar-risk-factor"),
    }
}

impl ClinVarClass {
    /// Its bit in a [`ClinVarSignificance`].
    pub fn bit(self) -> u16 {
        match self {
            ClinVarClass::Pathogenic => ClinVarSignificance::PATHOGENIC,
            ClinVarClass::LikelyPathogenic => ClinVarSignificance::LIKELY_PATHOGENIC,
            ClinVarClass::Uncertain => ClinVarSignificance::UNCERTAIN,
            ClinVarClass::Conflicting => ClinVarSignificance::CONFLICTING,
            ClinVarClass::LikelyBenign => ClinVarSignificance::LIKELY_BENIGN,
            ClinVarClass::Benign => ClinVarSignificance::BENIGN,
            ClinVarClass::DrugResponse => ClinVarSignificance::DRUG_RESPONSE,
            ClinVarClass::RiskFactor => ClinVarSignificance::RISK_FACTOR,
        }
    }

    /// The one class `text` names in any spelling [`ClinVarSignificance::parse`]
    /// reads (`Pathogenic`, `vus`, `Conflicting_interpretations_of_pathogenicity`).
    pub fn read(text: &str) -> Option<ClinVarClass> {
        let bits = ClinVarSignificance::parse(text).0;
        ClinVarClass::ALL.into_iter().find(|c| c.bit() == bits)
    }
}

/// ClinVar review stars (0-4) from a review status text.
pub fn review_stars(text: &str) -> u8 {
    let t = text.to_ascii_lowercase();
    if t.contains("no_assertion") || t.contains("no assertion") || t.contains("no_classification") {
        0
    } else if t.contains("practice_guideline") || t.contains("practice guideline") {
        4
    } else if t.contains("expert_panel") || t.contains("expert panel") {
        3
    } else if t.contains("multiple_submitters") || t.contains("multiple submitters") {
        if t.contains("conflict") && !t.contains("no_conflict") && !t.contains("no conflict") {
            1
        } else {
            2
        }
    } else if t.contains("criteria_provided") || t.contains("criteria provided") {
        1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_class_is_read_in_any_spelling_and_one_class_only() {
        assert_eq!(ClinVarClass::read("Likely_pathogenic"), Some(ClinVarClass::LikelyPathogenic));
        assert_eq!(ClinVarClass::read("vus"), Some(ClinVarClass::Uncertain));
        assert_eq!(ClinVarClass::read("Conflicting_interpretations_of_pathogenicity"), Some(ClinVarClass::Conflicting));
        assert_eq!(ClinVarClass::read("Pathogenic/Likely_pathogenic"), None, "two classes");
        assert_eq!(ClinVarClass::read("nonsense"), None);
        for class in ClinVarClass::ALL {
            assert_eq!(ClinVarSignificance(class.bit()).words(), [class.id()], "the id is the class's word");
        }
    }

    #[test]
    fn spellings_of_significance() {
        let s = ClinVarSignificance::parse("Pathogenic/Likely_pathogenic");
        assert_eq!(s.words(), ["pathogenic", "likely_pathogenic"]);
        assert_eq!(ClinVarSignificance::parse("pathogenic&likely_pathogenic"), s);
        let c = ClinVarSignificance::parse("Conflicting_interpretations_of_pathogenicity");
        assert!(c.contains(ClinVarSignificance::CONFLICTING));
        assert!(ClinVarSignificance::parse("drug_response&benign").contains(ClinVarSignificance::BENIGN));
        assert!(ClinVarSignificance::parse("").is_empty());
        assert!(ClinVarSignificance::parse(".").is_empty());
    }

    #[test]
    fn stars_from_review_status() {
        assert_eq!(review_stars("reviewed_by_expert_panel"), 3);
        assert_eq!(review_stars("criteria_provided,_multiple_submitters,_no_conflicts"), 2);
        assert_eq!(review_stars("criteria_provided,_conflicting_interpretations"), 1);
        assert_eq!(review_stars("criteria_provided,_single_submitter"), 1);
        assert_eq!(review_stars("no_assertion_criteria_provided"), 0);
        assert_eq!(review_stars("practice_guideline"), 4);
    }
}
