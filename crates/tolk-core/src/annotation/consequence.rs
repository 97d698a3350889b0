//! Sequence Ontology consequence terms in Ensembl's severity order, with the
//! impact class VEP gives each (Ensembl "Calculated variant consequences",
//! mirrored in shared SPEC.md section 2), plus the SnpEff names that are not
//! SO terms and the old SnpEff EFF effect names mapped to their SO term.

use serde::{Deserialize, Serialize};

/// VEP/SnpEff putative impact classes, most severe first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Impact {
    High,
    Moderate,
    Low,
    Modifier,
}

impl Impact {
    /// Reads `HIGH`, `MODERATE`, `LOW` or `MODIFIER` (any case).
    pub fn parse(text: &str) -> Option<Impact> {
        match text.trim() {
            t if t.eq_ignore_ascii_case("HIGH") => Some(Impact::High),
            t if t.eq_ignore_ascii_case("MODERATE") => Some(Impact::Moderate),
            t if t.eq_ignore_ascii_case("LOW") => Some(Impact::Low),
            t if t.eq_ignore_ascii_case("MODIFIER") => Some(Impact::Modifier),
            _ => None,
        }
    }

    /// The upper-case name used by VEP and SnpEff.
    pub fn as_str(self) -> &'static str {
        match self {
            Impact::High => "HIGH",
            Impact::Moderate => "MODERATE",
            Impact::Low => "LOW",
            Impact::Modifier => "MODIFIER",
        }
    }
}

/// A consequence term, stored as its rank in `TERMS`: a lower rank is
/// more severe, so "worst consequence" is a `min`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Consequence(u8);

impl Consequence {
    /// Looks up an SO term or a SnpEff name; `None` for an unknown term.
    pub fn parse(term: &str) -> Option<Consequence> {
        let term = term.trim();
        TERMS
            .iter()
            .position(|(name, _)| *name == term)
            .or_else(|| {
                SNPEFF_ALIASES
                    .iter()
                    .find(|(alias, _)| *alias == term)
                    .and_then(|(_, so)| TERMS.iter().position(|(name, _)| name == so))
            })
            .map(|rank| Consequence(rank as u8))
    }

    pub const TRANSCRIPT_ABLATION: Consequence = Consequence::known("transcript_ablation");
    pub const EXON_LOSS: Consequence = Consequence::known("exon_loss_variant");
    pub const STOP_GAINED: Consequence = Consequence::known("stop_gained");
    pub const FRAMESHIFT: Consequence = Consequence::known("frameshift_variant");
    pub const SPLICE_DONOR: Consequence = Consequence::known("splice_donor_variant");
    pub const SPLICE_ACCEPTOR: Consequence = Consequence::known("splice_acceptor_variant");
    pub const START_LOST: Consequence = Consequence::known("start_lost");
    pub const STOP_LOST: Consequence = Consequence::known("stop_lost");
    pub const INFRAME_INSERTION: Consequence = Consequence::known("inframe_insertion");
    pub const INFRAME_DELETION: Consequence = Consequence::known("inframe_deletion");
    pub const MISSENSE: Consequence = Consequence::known("missense_variant");
    pub const SYNONYMOUS: Consequence = Consequence::known("synonymous_variant");

    /// The consequence with SO term `term`, for constants: in a `const`,
    /// a term Tolk does not know fails the build, so the code's terms
    /// cannot drift from the table.
    pub const fn known(term: &str) -> Consequence {
        let mut rank = 0;
        while rank < TERMS.len() {
            if same_bytes(TERMS[rank].0.as_bytes(), term.as_bytes()) {
                return Consequence(rank as u8);
            }
            rank += 1;
        }
        panic!("not a Sequence Ontology consequence term of annotation::consequence::TERMS");
    }

    /// Maps an old SnpEff `EFF` effect name (`NON_SYNONYMOUS_CODING`) to SO.
    pub fn parse_eff(name: &str) -> Option<Consequence> {
        EFF_NAMES
            .iter()
            .find(|(eff, _)| eff.eq_ignore_ascii_case(name.trim()))
            .and_then(|(_, so)| Consequence::parse(so))
    }

    /// The SO term.
    pub fn as_str(self) -> &'static str {
        TERMS[self.0 as usize].0
    }

    /// The impact class Ensembl assigns to this term.
    pub fn impact(self) -> Impact {
        TERMS[self.0 as usize].1
    }

    /// The rank, 0 = most severe; stable within a release of Tolk.
    pub fn rank(self) -> u8 {
        self.0
    }

    /// Every term, most severe first.
    pub fn all() -> impl Iterator<Item = Consequence> {
        (0..TERMS.len() as u8).map(Consequence)
    }

    /// The consequence with a given rank.
    pub fn from_rank(rank: u8) -> Option<Consequence> {
        ((rank as usize) < TERMS.len()).then_some(Consequence(rank))
    }
}

use Impact::{High, Low, Moderate, Modifier};

/// Consequences in files, URLs and sessions as their SO terms (in memory
/// and between workers they are ranks): `#[serde(with = "terms")]` on a
/// `Vec<Consequence>`. A term Tolk does not know is an error naming it.
pub mod terms {
    use super::Consequence;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(list: &[Consequence], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(list.iter().map(|c| c.as_str()))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Consequence>, D::Error> {
        Vec::<String>::deserialize(d)?
            .iter()
            .map(|t| Consequence::parse(t).ok_or_else(|| D::Error::custom(format!("unknown consequence term \"{t}\""))))
            .collect()
    }
}

/// `a == b`, in a `const fn`.
const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Ensembl's severity order. SnpEff-only terms are slotted beside the SO term
/// of the same weight.
const TERMS: &[(&str, Impact)] = &[
    ("transcript_ablation", High),
    ("exon_loss_variant", High),
    ("splice_acceptor_variant", High),
    ("splice_donor_variant", High),
    ("stop_gained", High),
    ("frameshift_variant", High),
    ("stop_lost", High),
    ("start_lost", High),
    ("transcript_amplification", High),
    ("feature_elongation", High),
    ("feature_truncation", High),
    ("inframe_insertion", Moderate),
    ("inframe_deletion", Moderate),
    ("missense_variant", Moderate),
    ("protein_altering_variant", Moderate),
    ("regulatory_region_ablation", Moderate),
    ("splice_donor_5th_base_variant", Low),
    ("splice_region_variant", Low),
    ("splice_donor_region_variant", Low),
    ("splice_polypyrimidine_tract_variant", Low),
    ("incomplete_terminal_codon_variant", Low),
    ("start_retained_variant", Low),
    ("stop_retained_variant", Low),
    ("synonymous_variant", Low),
    ("5_prime_UTR_premature_start_codon_gain_variant", Low),
    ("coding_sequence_variant", Modifier),
    ("mature_miRNA_variant", Modifier),
    ("5_prime_UTR_variant", Modifier),
    ("3_prime_UTR_variant", Modifier),
    ("non_coding_transcript_exon_variant", Modifier),
    ("intron_variant", Modifier),
    ("NMD_transcript_variant", Modifier),
    ("non_coding_transcript_variant", Modifier),
    ("coding_transcript_variant", Modifier),
    ("upstream_gene_variant", Modifier),
    ("downstream_gene_variant", Modifier),
    ("TFBS_ablation", Modifier),
    ("TFBS_amplification", Modifier),
    ("TF_binding_site_variant", Modifier),
    ("regulatory_region_amplification", Modifier),
    ("regulatory_region_variant", Modifier),
    ("intragenic_variant", Modifier),
    ("intergenic_variant", Modifier),
    ("sequence_variant", Modifier),
];

/// SnpEff ANN names that are not the SO term VEP uses for the same event.
const SNPEFF_ALIASES: &[(&str, &str)] = &[
    ("conservative_inframe_insertion", "inframe_insertion"),
    ("disruptive_inframe_insertion", "inframe_insertion"),
    ("conservative_inframe_deletion", "inframe_deletion"),
    ("disruptive_inframe_deletion", "inframe_deletion"),
    ("initiator_codon_variant", "start_lost"),
    ("5_prime_UTR_truncation", "feature_truncation"),
    ("3_prime_UTR_truncation", "feature_truncation"),
    ("splice_region", "splice_region_variant"),
    // SO children of frameshift_variant that some annotators write.
    ("frameshift_elongation", "frameshift_variant"),
    ("frameshift_truncation", "frameshift_variant"),
    // VEP before release 75 (Ensembl's SO update) and the tools that copied it.
    ("nc_transcript_variant", "non_coding_transcript_variant"),
    ("non_coding_exon_variant", "non_coding_transcript_exon_variant"),
];

/// Old SnpEff (v3 and earlier) `EFF` effect names.
const EFF_NAMES: &[(&str, &str)] = &[
    ("EXON_DELETED", "exon_loss_variant"),
    ("SPLICE_SITE_ACCEPTOR", "splice_acceptor_variant"),
    ("SPLICE_SITE_DONOR", "splice_donor_variant"),
    ("STOP_GAINED", "stop_gained"),
    ("FRAME_SHIFT", "frameshift_variant"),
    ("STOP_LOST", "stop_lost"),
    ("START_LOST", "start_lost"),
    ("CODON_INSERTION", "inframe_insertion"),
    ("CODON_CHANGE_PLUS_CODON_INSERTION", "inframe_insertion"),
    ("CODON_DELETION", "inframe_deletion"),
    ("CODON_CHANGE_PLUS_CODON_DELETION", "inframe_deletion"),
    ("NON_SYNONYMOUS_CODING", "missense_variant"),
    ("NON_SYNONYMOUS_START", "initiator_codon_variant"),
    ("CODON_CHANGE", "coding_sequence_variant"),
    ("SPLICE_SITE_REGION", "splice_region_variant"),
    ("SYNONYMOUS_STOP", "stop_retained_variant"),
    ("SYNONYMOUS_START", "start_retained_variant"),
    ("SYNONYMOUS_CODING", "synonymous_variant"),
    ("START_GAINED", "5_prime_UTR_premature_start_codon_gain_variant"),
    ("UTR_5_PRIME", "5_prime_UTR_variant"),
    ("UTR_3_PRIME", "3_prime_UTR_variant"),
    ("UTR_5_DELETED", "feature_truncation"),
    ("UTR_3_DELETED", "feature_truncation"),
    ("EXON", "non_coding_transcript_exon_variant"),
    ("INTRON", "intron_variant"),
    ("UPSTREAM", "upstream_gene_variant"),
    ("DOWNSTREAM", "downstream_gene_variant"),
    ("INTRAGENIC", "intragenic_variant"),
    ("INTERGENIC", "intergenic_variant"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_terms_are_the_table_s_and_serialise_as_terms() {
        const STOP: Consequence = Consequence::known("stop_gained");
        assert_eq!((STOP.as_str(), Some(STOP)), ("stop_gained", Consequence::parse("stop_gained")));
        #[derive(serde::Serialize, serde::Deserialize)]
        struct List(#[serde(with = "terms")] Vec<Consequence>);
        let json = serde_json::to_string(&List(vec![STOP, Consequence::known("missense_variant")])).unwrap();
        assert_eq!(json, r#"["stop_gained","missense_variant"]"#);
        assert_eq!(serde_json::from_str::<List>(&json).unwrap().0, [STOP, Consequence::known("missense_variant")]);
        let error = serde_json::from_str::<List>(r#"["missense"]"#).err().unwrap().to_string();
        assert!(error.contains("unknown consequence term \"missense\""), "{error}");
    }

    #[test]
    fn severity_order_follows_ensembl() {
        let stop = Consequence::parse("stop_gained").unwrap();
        let missense = Consequence::parse("missense_variant").unwrap();
        let intron = Consequence::parse("intron_variant").unwrap();
        assert!(stop < missense && missense < intron);
        assert_eq!(stop.impact(), Impact::High);
        assert_eq!(intron.impact(), Impact::Modifier);
    }

    #[test]
    fn snpeff_and_eff_names_map_to_so() {
        assert_eq!(Consequence::parse("disruptive_inframe_deletion").unwrap().as_str(), "inframe_deletion");
        assert_eq!(Consequence::parse_eff("NON_SYNONYMOUS_CODING").unwrap().as_str(), "missense_variant");
        assert_eq!(Consequence::parse_eff("NON_SYNONYMOUS_START").unwrap().as_str(), "start_lost");
        assert!(Consequence::parse("not_a_term").is_none());
    }

    #[test]
    fn every_alias_points_at_a_known_term() {
        for (alias, so) in SNPEFF_ALIASES.iter().chain(EFF_NAMES) {
            assert!(Consequence::parse(so).is_some(), "{alias} -> {so}");
        }
    }

    #[test]
    fn rank_round_trips() {
        let c = Consequence::parse("frameshift_variant").unwrap();
        assert_eq!(Consequence::from_rank(c.rank()), Some(c));
        assert_eq!(Consequence::from_rank(u8::MAX), None);
    }
}
