//! What suggestions need beyond the variant's own decoded annotation:
//! whether the file has population frequencies at all, and what the
//! family's genotypes say (who carries it and how well called, de novo,
//! homozygous, in trans with another variant, homozygous in a healthy
//! relative).

use crate::annotation::TranscriptPolicy;
use crate::family::{Affection, Family};
use crate::inheritance::{Fit, Judge, Mode, ParentalOrigin, RelativeCall, Role};
use crate::knowledge::constraint::{GeneConstraint, GnomadVersion};
use crate::store::NONE_U32;
use crate::vcf::genotype::Zygosity;
use crate::Loaded;
use serde::{Deserialize, Serialize};

/// Another variant of the proband in the same gene, and how the family's
/// genotypes place the two (`Fit::Yes`: in trans, proven by the parents).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Partner {
    /// `CHROM:POS:REF:ALT`.
    pub key: String,
    pub in_trans: Fit,
    /// ClinVar significance words of the other variant.
    pub clinvar: Vec<String>,
}

/// What the file and the family say about one variant.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Facts {
    /// `CHROM:POS:REF:ALT` of the variant.
    #[serde(default)]
    pub key: String,
    /// The transcript policy whose worst transcript is judged.
    pub policy: TranscriptPolicy,
    /// Whether the file has a population-frequency source in use: without
    /// one a missing AF says nothing, and nothing frequency-based is
    /// suggested.
    #[serde(default)]
    pub frequency_in_use: bool,
    /// The family's calls for this variant, proband first, each with its
    /// trio QC (empty without a family).
    #[serde(default)]
    pub relatives: Vec<RelativeCall>,
    /// De novo fit in the proband, when a family is set.
    pub de_novo: Option<Fit>,
    /// Autosomal recessive homozygous fit, when a family is set.
    pub homozygous: Option<Fit>,
    pub partners: Vec<Partner>,
    /// Which parent the proband's ALT came from, where the trio shows it.
    #[serde(default)]
    pub origin: Option<ParentalOrigin>,
    /// The gene's gnomAD constraint, where the lab opened the table:
    /// context for PVS1 (is loss of function the mechanism?) and for PP2
    /// and BP1 (which kind of variant causes the gene's disease?).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constraint: Option<(GnomadVersion, GeneConstraint)>,
}

impl Facts {
    /// Gathers the facts for row `row`. Partners are sought among all the file's variants in the
    /// row's gene (under `policy`), not only those in the current view, so
    /// that a filter cannot hide the other half of a pair.
    pub fn gather(loaded: &Loaded, family: Option<&Family>, row: u32, policy: TranscriptPolicy) -> Facts {
        let store = &loaded.store;
        if row as usize >= store.len() {
            return Facts { policy, ..Facts::default() };
        }
        let key = store.key(row as usize);
        let mut facts = Facts { key, policy, frequency_in_use: !loaded.frequency.none_in_use(), ..Facts::default() };
        let Some(family) = family else { return facts };
        let judge = Judge::new(store, family);
        facts.relatives = judge.relatives(row as usize);
        facts.de_novo = Some(judge.fit(row as usize, Mode::DeNovo));
        facts.homozygous = Some(judge.fit(row as usize, Mode::ArHom));
        facts.origin = judge.origin(row as usize);
        let genes = &store.under(policy).gene;
        let gene = genes[row as usize];
        if gene == NONE_U32 {
            return facts;
        }
        let same_gene: Vec<u32> = (0..genes.len() as u32).filter(|&r| genes[r as usize] == gene).collect();
        facts.partners = judge
            .pairs(&same_gene, policy)
            .into_iter()
            .filter_map(|p| {
                let other = match (p.first == row, p.second == row) {
                    (true, _) => p.second,
                    (_, true) => p.first,
                    _ => return None,
                };
                let other = store.row(other as usize, policy);
                Some(Partner { key: other.key(), in_trans: p.fit, clinvar: other.scores.clinvar })
            })
            .collect();
        facts
    }

    /// The proband's call, when a family names one.
    pub fn proband(&self) -> Option<&RelativeCall> {
        self.relatives.first().filter(|r| r.role == Role::Proband)
    }

    /// False when the proband is known not to carry the ALT (a hom-ref
    /// call): nothing is suggested for such a variant.
    pub fn proband_may_carry(&self) -> bool {
        self.proband().is_none_or(|p| p.call.zygosity != Zygosity::HomRef)
    }

    /// Unaffected relatives homozygous (or hemizygous) for the ALT: the
    /// trio's evidence for BS2.
    pub fn unaffected_homozygotes(&self) -> impl Iterator<Item = &RelativeCall> {
        self.relatives.iter().filter(|r| {
            r.role != Role::Proband
                && r.affected == Affection::Unaffected
                && matches!(r.call.zygosity, Zygosity::HomAlt | Zygosity::Hemizygous)
        })
    }
}
