//! What suggestions need beyond the variant's own decoded annotation: the
//! file's frequency sources, and what the family's genotypes say (de novo,
//! homozygous, in trans with another variant).

use crate::annotation::TranscriptPolicy;
use crate::family::Family;
use crate::inheritance::{Fit, Judge, Mode};
use crate::store::NONE_U32;
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
    /// The transcript policy whose worst transcript is judged.
    pub policy: TranscriptPolicy,
    /// [`Loaded::af_sources`]: empty when the file has no frequencies.
    pub af_sources: Vec<String>,
    /// De novo fit in the proband, when a family is set.
    pub de_novo: Option<Fit>,
    /// Autosomal recessive homozygous fit, when a family is set.
    pub homozygous: Option<Fit>,
    pub partners: Vec<Partner>,
}

impl Facts {
    /// Gathers the facts for row `row`. Partners are sought among all the file's variants in the
    /// row's gene (under `policy`), not only those in the current view, so
    /// that a filter cannot hide the other half of a pair.
    pub fn gather(loaded: &Loaded, family: Option<&Family>, row: u32, policy: TranscriptPolicy) -> Facts {
        let mut facts = Facts { policy, af_sources: loaded.af_sources(), ..Facts::default() };
        let Some(family) = family else { return facts };
        let store = &loaded.store;
        if row as usize >= store.len() {
            return facts;
        }
        let judge = Judge::new(store, family);
        facts.de_novo = Some(judge.fit(row as usize, Mode::DeNovo));
        facts.homozygous = Some(judge.fit(row as usize, Mode::ArHom));
        let genes = &store.gene[policy.index()];
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
}
