//! A ranked variant's reasons, as plain values with the terms' labels: the
//! worker makes them (it holds the ontology), the page shows them in either
//! language, the CLI writes them as JSON. The phenotype match is context
//! for PP4, never the criterion itself: that stays the clinician's call.

use super::rank::{Basis, MoiCheck, Ranked};
use super::similarity::Profile;
use super::{Ontology, TermId, TermIndex};
use serde::{Deserialize, Serialize};

/// How many of the gene's diseases an explanation lists.
const DISEASES: usize = 3;
/// How many missing features it lists per disease.
const MISSING: usize = 5;

/// A term with its label, as the release has it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Named {
    pub id: TermId,
    pub label: String,
}

impl Named {
    fn of(ontology: &Ontology, t: TermIndex) -> Named {
        let term = ontology.term(t);
        Named { id: term.id, label: term.label.clone() }
    }
}

/// One patient term and what it matched in the disease.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchedTerm {
    pub patient: Named,
    pub disease: Named,
    /// The most informative term they share: the disease term itself, the
    /// patient's, or an ancestor of both.
    pub common: Named,
    /// The share of the match's information in the perfect score (0-1).
    pub weight: f32,
}

/// Where patient and disease disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContradictedTerm {
    pub patient: Named,
    /// True: the patient is known not to have `patient`, which the disease
    /// has (as `disease`). False: the patient has it, and the disease is
    /// annotated NOT to have `disease`.
    pub patient_excluded: bool,
    pub disease: Named,
}

/// One of the gene's diseases and how the patient matches it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiseaseReasons {
    /// `OMIM:619340`.
    pub id: String,
    pub name: String,
    /// The phenotype score as it counts for the variant (halved where the
    /// genotype fits none of the disease's modes).
    pub score: f32,
    pub moi: MoiCheck,
    /// The modes checked are the gene's other diseases' (this one has none
    /// in HPO).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub moi_from_gene: bool,
    pub matched: Vec<MatchedTerm>,
    pub contradicted: Vec<ContradictedTerm>,
    /// Features most of its patients have (80% or more) that this patient's
    /// terms say nothing of.
    pub missing: Vec<Named>,
}

/// Why a variant ranked where it did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// The HPO release the match was made with (shown with it, as HPO's
    /// licence asks).
    pub release: String,
    pub rank: u32,
    pub priority: f32,
    pub phenotype: f32,
    pub variant: f32,
    pub frequency: f32,
    pub pathogenicity: f32,
    pub basis: Basis,
    pub gene: Option<String>,
    /// The gene's diseases, best first (the first gives the phenotype score).
    pub diseases: Vec<DiseaseReasons>,
}

/// The reasons of `ranked` (at `rank`, 1 the best) for the patient of
/// `profile`.
pub fn explain(ontology: &Ontology, profile: &Profile<'_>, ranked: &Ranked, rank: u32) -> Explanation {
    let perfect: f32 = profile.patient().present.iter().map(|&q| ontology.information(q)).sum();
    let named = |t| Named::of(ontology, t);
    let diseases = ranked
        .diseases
        .iter()
        .take(DISEASES)
        .map(|fit| {
            let m = profile.explain(fit.disease);
            let d = &ontology.diseases[fit.disease as usize];
            DiseaseReasons {
                id: d.id.clone(),
                name: d.name.clone(),
                score: fit.score,
                moi: fit.moi,
                moi_from_gene: fit.moi_from_gene,
                matched: m
                    .matches
                    .iter()
                    .map(|t| MatchedTerm {
                        patient: named(t.patient),
                        disease: named(t.disease),
                        common: named(t.common),
                        weight: if perfect > 0.0 { t.weight / perfect } else { 0.0 },
                    })
                    .collect(),
                contradicted: m
                    .contradictions
                    .iter()
                    .map(|c| ContradictedTerm {
                        patient: named(c.patient),
                        patient_excluded: c.patient_excluded,
                        disease: named(c.disease),
                    })
                    .collect(),
                missing: m.missing.iter().take(MISSING).map(|&t| named(t)).collect(),
            }
        })
        .collect();
    Explanation {
        release: ontology.release.clone(),
        rank,
        priority: ranked.priority,
        phenotype: ranked.phenotype,
        variant: ranked.variant.score(),
        frequency: ranked.variant.frequency,
        pathogenicity: ranked.variant.pathogenicity,
        basis: ranked.variant.basis,
        gene: ranked.gene.clone(),
        diseases,
    }
}
