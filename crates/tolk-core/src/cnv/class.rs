//! The five classes of a scored CNV, by Riggs et al. 2020's thresholds.

use crate::acmg::Class;

crate::vocabulary! {
    /// A CNV's class. Worded as the sequence-variant classes are: the
    /// report speaks one vocabulary whichever scheme reached it.
    #[derive(PartialOrd, Ord)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum CnvClass {
        Pathogenic => ("pathogenic", "class-pathogenic"),
        LikelyPathogenic => ("likely_pathogenic", "class-likely-pathogenic"),
        Uncertain => ("uncertain_significance", "class-uncertain"),
        LikelyBenign => ("likely_benign", "class-likely-benign"),
        Benign => ("benign", "class-benign"),
    }
}

impl CnvClass {
    /// By points in hundredths: 0.99 or more pathogenic, 0.90 to 0.98
    /// likely pathogenic, -0.89 to 0.89 uncertain, -0.90 to -0.98 likely
    /// benign, -0.99 or fewer benign.
    pub fn from_hundredths(points: i32) -> CnvClass {
        match points {
            99.. => CnvClass::Pathogenic,
            90..=98 => CnvClass::LikelyPathogenic,
            -89..=89 => CnvClass::Uncertain,
            -98..=-90 => CnvClass::LikelyBenign,
            _ => CnvClass::Benign,
        }
    }
}

impl From<CnvClass> for Class {
    fn from(class: CnvClass) -> Class {
        match class {
            CnvClass::Pathogenic => Class::Pathogenic,
            CnvClass::LikelyPathogenic => Class::LikelyPathogenic,
            CnvClass::Uncertain => Class::UncertainSignificance,
            CnvClass::LikelyBenign => Class::LikelyBenign,
            CnvClass::Benign => Class::Benign,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn thresholds_at_their_edges() {
        let at = |p: i32| CnvClass::from_hundredths(p);
        assert_eq!(at(99), CnvClass::Pathogenic);
        assert_eq!(at(98), CnvClass::LikelyPathogenic);
        assert_eq!(at(90), CnvClass::LikelyPathogenic);
        assert_eq!(at(89), CnvClass::Uncertain);
        assert_eq!(at(-89), CnvClass::Uncertain);
        assert_eq!(at(-90), CnvClass::LikelyBenign);
        assert_eq!(at(-98), CnvClass::LikelyBenign);
        assert_eq!(at(-99), CnvClass::Benign);
        assert_eq!(at(300), CnvClass::Pathogenic);
    }

    #[test]
    fn maps_to_the_sequence_variant_classes_and_is_worded() {
        assert_eq!(Class::from(CnvClass::Uncertain), Class::UncertainSignificance);
        assert_eq!(CnvClass::Uncertain.id(), Class::UncertainSignificance.id());
        assert_eq!(CnvClass::LikelyBenign.label(Lang::En), "Likely benign");
        assert!(!CnvClass::Pathogenic.label(Lang::Nb).is_empty());
        assert_eq!(serde_json::to_string(&CnvClass::LikelyPathogenic).unwrap(), "\"likely_pathogenic\"");
    }
}
