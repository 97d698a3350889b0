//! What only the clinician can tell Tolk about a variant's disorder and
//! family, which some suggestions are weighed by: whether parentage is
//! confirmed and how specific the phenotype is for the gene (the ClinGen
//! SVI de novo points), and the disorder's mode of inheritance (whether PM3
//! applies at all, and which PM2 threshold). Kept with the variant's work;
//! the inheritance defaults to the panel's for the gene.
//!
//! The SVI points (ClinGen SVI recommendation for de novo criteria PS2 &
//! PM6, v1.1, 2021; and for in trans PM3, v1.0, 2019) are not Tavtigian
//! points: they add up per recommendation to one strength.

use super::criteria::{Code, Strength};
use serde::{Deserialize, Serialize};

/// Whether maternity and paternity were confirmed (PS2) or are assumed
/// (PM6).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Parentage {
    Confirmed,
    #[default]
    Assumed,
}

crate::vocabulary! {
    /// How the patient's phenotype fits the gene (SVI de novo, Table 1).
    #[derive(Default)]
    pub enum Specificity {
        /// Highly specific for the gene.
        HighlySpecific => ("highly_specific", "specificity-highly-specific"),
        /// Consistent with the gene, not highly specific: the assumption
        /// until the clinician says otherwise.
        #[default]
        Consistent => ("consistent", "specificity-consistent"),
        /// Consistent, not highly specific, and the phenotype is genetically
        /// very heterogeneous (intellectual disability, epilepsy).
        ConsistentHeterogeneous => ("consistent_heterogeneous", "specificity-heterogeneous"),
        NotConsistent => ("not_consistent", "specificity-not-consistent"),
    }
}

crate::vocabulary! {
    /// The disorder's mode of inheritance, as the clinician or the panel
    /// gives it.
    #[derive(Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum DisorderInheritance {
        #[default]
        Unknown => ("unknown", "disorder-moi-unknown"),
        Dominant => ("dominant", "disorder-moi-dominant"),
        Recessive => ("recessive", "disorder-moi-recessive"),
        /// Both dominant and recessive forms are known for the gene.
        Both => ("both", "disorder-moi-both"),
        XLinked => ("x_linked", "disorder-moi-x-linked"),
    }
}

impl DisorderInheritance {
    /// From a panel's mode of inheritance as PanelApp (`MONOALLELIC, ...`,
    /// `BIALLELIC, ...`, `BOTH ...`, `X-LINKED: ...`) or Scout (`AD`, `AR`,
    /// `AR, AD`, `XR`, `XD`) writes it.
    pub fn from_panel(text: &str) -> DisorderInheritance {
        let t = text.to_ascii_uppercase();
        let words: Vec<&str> = t.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let has = |w: &str| words.contains(&w);
        if t.starts_with("X-LINKED") || has("XR") || has("XD") || has("XLR") || has("XLD") {
            DisorderInheritance::XLinked
        } else if t.starts_with("BOTH") || (has("AD") && has("AR")) {
            DisorderInheritance::Both
        } else if t.starts_with("BIALLELIC") || has("AR") {
            DisorderInheritance::Recessive
        } else if t.starts_with("MONOALLELIC") || has("AD") {
            DisorderInheritance::Dominant
        } else {
            DisorderInheritance::Unknown
        }
    }

    /// Whether a recessive form is possible: PM3 is for recessive
    /// disorders (SVI PM3 v1.0).
    pub fn may_be_recessive(self) -> bool {
        matches!(
            self,
            DisorderInheritance::Unknown
                | DisorderInheritance::Recessive
                | DisorderInheritance::Both
                | DisorderInheritance::XLinked
        )
    }
}

/// The clinician's answers for one variant.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    pub parentage: Parentage,
    pub specificity: Specificity,
    /// `None` until the clinician sets it: the panel's, where it has one.
    pub inheritance: Option<DisorderInheritance>,
}

impl Answers {
    pub fn is_default(&self) -> bool {
        *self == Answers::default()
    }

    /// The answers suggestions are weighed by: the clinician's, the
    /// disorder's inheritance falling back to the panel's for the gene.
    pub fn with_panel(self, panel: Option<DisorderInheritance>) -> Answers {
        Answers { inheritance: self.inheritance.or(panel), ..self }
    }
}

/// A strength from SVI points (0.5 supporting, 1 moderate, 2 strong, 4
/// very strong; thresholds inclusive); `None` below 0.5.
pub fn strength_of_points(points: f32) -> Option<Strength> {
    match points {
        p if p >= 4.0 => Some(Strength::VeryStrong),
        p if p >= 2.0 => Some(Strength::Strong),
        p if p >= 1.0 => Some(Strength::Moderate),
        p if p >= 0.5 => Some(Strength::Supporting),
        _ => None,
    }
}

/// One de novo occurrence's points (SVI de novo v1.1, Table 1).
pub fn de_novo_points(parentage: Parentage, specificity: Specificity) -> f32 {
    let confirmed = parentage == Parentage::Confirmed;
    match specificity {
        Specificity::HighlySpecific if confirmed => 2.0,
        Specificity::HighlySpecific => 1.0,
        Specificity::Consistent if confirmed => 1.0,
        Specificity::Consistent => 0.5,
        Specificity::ConsistentHeterogeneous if confirmed => 0.5,
        Specificity::ConsistentHeterogeneous => 0.25,
        Specificity::NotConsistent => 0.0,
    }
}

/// The de novo criterion: PS2 where parentage is confirmed, PM6 where it
/// is assumed; one of them, never both (one line of evidence).
pub fn de_novo_code(parentage: Parentage) -> Code {
    match parentage {
        Parentage::Confirmed => Code::Ps2,
        Parentage::Assumed => Code::Pm6,
    }
}

/// What the other allele of a recessive pair is (SVI PM3 v1.0, Table 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtherAllele {
    Pathogenic,
    LikelyPathogenic,
    Uncertain,
}

/// Points for one proband's in-trans observation (SVI PM3 v1.0, Table 1):
/// confirmed in trans with P or LP 1.0, with a VUS 0.25; phase unknown with
/// P 0.5, LP 0.25, a VUS 0.
pub fn pm3_points(other: OtherAllele, confirmed_in_trans: bool) -> f32 {
    match (other, confirmed_in_trans) {
        (OtherAllele::Pathogenic | OtherAllele::LikelyPathogenic, true) => 1.0,
        (OtherAllele::Uncertain, true) => 0.25,
        (OtherAllele::Pathogenic, false) => 0.5,
        (OtherAllele::LikelyPathogenic, false) => 0.25,
        (OtherAllele::Uncertain, false) => 0.0,
    }
}

/// A homozygous occurrence's PM3 points (0.5; at most 1.0 from all such).
pub const PM3_HOMOZYGOUS: f32 = 0.5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn de_novo_points_follow_the_svi_table() {
        use Parentage::*;
        use Specificity::*;
        let table = [
            (Confirmed, HighlySpecific, 2.0, Some(Strength::Strong)),
            (Assumed, HighlySpecific, 1.0, Some(Strength::Moderate)),
            (Confirmed, Consistent, 1.0, Some(Strength::Moderate)),
            (Assumed, Consistent, 0.5, Some(Strength::Supporting)),
            (Confirmed, ConsistentHeterogeneous, 0.5, Some(Strength::Supporting)),
            (Assumed, ConsistentHeterogeneous, 0.25, None),
            (Confirmed, NotConsistent, 0.0, None),
        ];
        for (parentage, specificity, points, strength) in table {
            assert_eq!(de_novo_points(parentage, specificity), points, "{parentage:?} {specificity:?}");
            assert_eq!(strength_of_points(points), strength);
        }
        assert_eq!((de_novo_code(Confirmed), de_novo_code(Assumed)), (Code::Ps2, Code::Pm6));
        assert_eq!(strength_of_points(4.0), Some(Strength::VeryStrong));
    }

    #[test]
    fn pm3_points_follow_the_svi_table() {
        use OtherAllele::*;
        assert_eq!(pm3_points(Pathogenic, true), 1.0);
        assert_eq!(pm3_points(LikelyPathogenic, true), 1.0);
        assert_eq!(pm3_points(Uncertain, true), 0.25);
        assert_eq!(pm3_points(Pathogenic, false), 0.5);
        assert_eq!(pm3_points(LikelyPathogenic, false), 0.25);
        assert_eq!(pm3_points(Uncertain, false), 0.0);
        assert_eq!(strength_of_points(PM3_HOMOZYGOUS), Some(Strength::Supporting));
    }

    #[test]
    fn panel_inheritance_reads_panelapp_and_scout_words() {
        use DisorderInheritance::*;
        for (text, moi) in [
            ("MONOALLELIC, autosomal or pseudoautosomal, imprinted status unknown", Dominant),
            ("BIALLELIC, autosomal or pseudoautosomal", Recessive),
            ("BOTH monoallelic and biallelic, autosomal or pseudoautosomal", Both),
            ("X-LINKED: hemizygous mutation in males, biallelic mutations in females", XLinked),
            ("AD", Dominant),
            ("AR", Recessive),
            ("AR, AD", Both),
            ("XR", XLinked),
            ("Unknown", Unknown),
            ("", Unknown),
        ] {
            assert_eq!(DisorderInheritance::from_panel(text), moi, "{text}");
        }
        assert!(!Dominant.may_be_recessive() && Unknown.may_be_recessive());
    }
}
