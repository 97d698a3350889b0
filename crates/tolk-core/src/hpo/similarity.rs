//! How well a patient's phenotype matches each disease's annotation.
//!
//! The measure is Resnik's semantic similarity (information content of the
//! most informative common ancestor), averaged over best matches in both
//! directions (Köhler et al. 2009, AJHG 85:457; Pesquita et al. 2009, PLoS
//! Comput Biol 5:e1000443). The information content of a term is `-ln` of
//! the share of diseases annotated with it or below it, so that "Seizure"
//! says less than "Focal impaired awareness seizure".
//!
//! - **Patient to disease**: each patient term is matched to the disease
//!   term it shares the most information with; the sum is divided by what
//!   a perfect match scores (every patient term found exactly).
//! - **Disease to patient**: each of the disease's features is matched to
//!   the patient's terms the same way, weighted by how often patients with
//!   the disease have it (a feature without a frequency counts in full), and
//!   divided by what a perfect match scores. A disease annotated with many
//!   features the patient does not show loses here, so a disease does not
//!   win by the size of its annotation alone, and frequent features missing
//!   count more than rare ones. A disease annotated with fewer than three
//!   typical features' worth of information is measured against three, so
//!   that one described by a single feature does not match perfectly any
//!   patient who has it.
//! - **Contradictions**: a term the patient is known not to have (an
//!   excluded term) that the disease has, or a term the patient has that
//!   the disease is annotated NOT to have, takes that term's information off
//!   the first half (weighted by the feature's frequency).
//!
//! The score is the mean of the two halves, from 0 to 1 whatever the
//! number and specificity of the patient's terms: a score that can be put
//! next to a variant's and read by a clinician. This form was chosen over
//! the patient-to-disease half alone (the Phenomizer's) and over weighting
//! that half by frequency, by `tolk bench-rank` (simulated patients, HPO
//! 2025-01-16): see ARCHITECTURE.md.

use super::{Disease, Ontology, TermIndex};

/// The fewest typical features a disease's side of the match is measured
/// against (see [`Profile`]'s disease side).
const MIN_FEATURES: f32 = 3.0;

/// A patient's phenotype, as terms of the ontology.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Patient {
    pub present: Vec<TermIndex>,
    pub excluded: Vec<TermIndex>,
}

/// One patient term's best match in a disease.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TermMatch {
    pub patient: TermIndex,
    pub disease: TermIndex,
    /// Their most informative common ancestor.
    pub common: TermIndex,
    /// Its information content.
    pub weight: f32,
}

/// Where the patient and the disease disagree.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Contradiction {
    /// The patient's term: excluded (`patient_excluded`) or present.
    pub patient: TermIndex,
    pub patient_excluded: bool,
    /// The disease's term: a feature, or a NOT annotation.
    pub disease: TermIndex,
    pub penalty: f32,
}

/// Why a disease scored as it did.
#[derive(Debug, Clone, PartialEq)]
pub struct DiseaseMatch {
    pub disease: u32,
    pub score: f32,
    /// One per patient term that matched anything informative.
    pub matches: Vec<TermMatch>,
    pub contradictions: Vec<Contradiction>,
    /// The disease's features in most patients (80% or more) that no
    /// patient term matches or excludes, most informative first.
    pub missing: Vec<TermIndex>,
}

/// A patient's phenotype made ready to score every disease: for each
/// patient term, its best common ancestor with every term of the ontology,
/// worked out once in one pass over the graph.
pub struct Profile<'a> {
    ontology: &'a Ontology,
    patient: Patient,
    /// Per present term: for every term t, (information, ancestor) of the
    /// most informative ancestor t shares with it.
    best: Vec<Vec<(f32, TermIndex)>>,
    /// Per excluded term: whether each term is it or below it.
    below_excluded: Vec<Vec<bool>>,
    /// Per present term: its ancestors (for NOT annotations above it).
    present_ancestors: Vec<Vec<TermIndex>>,
    /// What a perfect match scores.
    perfect: f32,
}

impl<'a> Profile<'a> {
    pub fn new(ontology: &'a Ontology, patient: Patient) -> Profile<'a> {
        let order = ontology.topological();
        let n = ontology.terms.len();
        let best = patient
            .present
            .iter()
            .map(|&q| {
                let mut shared = vec![false; n];
                for a in ontology.ancestors(q) {
                    shared[a as usize] = true;
                }
                let mut best = vec![(0.0f32, 0 as TermIndex); n];
                for &t in order {
                    let term = ontology.term(t);
                    best[t as usize] = if shared[t as usize] {
                        // Information grows down the graph, so a shared
                        // term beats any ancestor of it.
                        (ontology.information(t), t)
                    } else {
                        term.parents
                            .iter()
                            .map(|&p| best[p as usize])
                            .fold((0.0, t), |a, b| if b.0 > a.0 { b } else { a })
                    };
                }
                best
            })
            .collect();
        let below_excluded = patient
            .excluded
            .iter()
            .map(|&e| {
                let mut below = vec![false; n];
                for &t in order {
                    below[t as usize] = t == e || ontology.term(t).parents.iter().any(|&p| below[p as usize]);
                }
                below
            })
            .collect();
        let present_ancestors = patient.present.iter().map(|&q| ontology.ancestors(q)).collect();
        let perfect = patient.present.iter().map(|&q| ontology.information(q)).sum();
        Profile { ontology, patient, best, below_excluded, present_ancestors, perfect }
    }

    pub fn patient(&self) -> &Patient {
        &self.patient
    }

    /// Every disease's score, in the ontology's order.
    pub fn scores(&self) -> Vec<f32> {
        self.ontology.diseases.iter().map(|d| self.judge(d, false).0).collect()
    }

    /// One disease's score with its reasons.
    pub fn explain(&self, disease: u32) -> DiseaseMatch {
        let d = &self.ontology.diseases[disease as usize];
        let (score, matches, contradictions) = self.judge(d, true);
        let o = self.ontology;
        let mut missing: Vec<TermIndex> = d
            .annotations
            .iter()
            .filter(|a| a.frequency.is_some_and(|f| f >= 0.8))
            .map(|a| a.term)
            .filter(|&t| {
                let up = o.ancestors(t);
                let covered = self.patient.present.iter().any(|&q| up.contains(&q) || o.is_a(q, t));
                let excluded = self.below_excluded.iter().any(|b| b[t as usize]);
                !covered && !excluded
            })
            .collect();
        missing.sort_by(|a, b| o.information(*b).total_cmp(&o.information(*a)));
        DiseaseMatch { disease, score, matches, contradictions, missing }
    }

    /// The score, and (when asked) the matches and contradictions behind it.
    fn judge(&self, d: &Disease, reasons: bool) -> (f32, Vec<TermMatch>, Vec<Contradiction>) {
        if self.perfect <= 0.0 {
            return (0.0, Vec::new(), Vec::new());
        }
        let mut total = 0.0;
        let mut matches = Vec::new();
        let mut contradictions = Vec::new();
        for (q, best) in self.best.iter().enumerate() {
            let mut top: Option<TermMatch> = None;
            for a in &d.annotations {
                let (weight, common) = best[a.term as usize];
                if weight > top.map_or(0.0, |m| m.weight) {
                    top = Some(TermMatch { patient: self.patient.present[q], disease: a.term, common, weight });
                }
            }
            if let Some(m) = top {
                total += m.weight;
                if reasons {
                    matches.push(m);
                }
            }
            // The disease says patients do not have an ancestor of this term.
            for &x in &d.excluded {
                if self.present_ancestors[q].contains(&x) {
                    let penalty = self.ontology.information(x);
                    total -= penalty;
                    if reasons {
                        contradictions.push(Contradiction {
                            patient: self.patient.present[q],
                            patient_excluded: false,
                            disease: x,
                            penalty,
                        });
                    }
                }
            }
        }
        for (e, below) in self.below_excluded.iter().enumerate() {
            // The most telling feature of the disease that the patient is
            // known not to have.
            let worst = d
                .annotations
                .iter()
                .filter(|a| below[a.term as usize])
                .map(|a| (self.ontology.information(self.patient.excluded[e]) * a.frequency.unwrap_or(1.0), a.term))
                .fold(
                    None,
                    |acc: Option<(f32, TermIndex)>, x| if acc.is_none_or(|a| x.0 > a.0) { Some(x) } else { acc },
                );
            if let Some((penalty, term)) = worst.filter(|w| w.0 > 0.0) {
                total -= penalty;
                if reasons {
                    contradictions.push(Contradiction {
                        patient: self.patient.excluded[e],
                        patient_excluded: true,
                        disease: term,
                        penalty,
                    });
                }
            }
        }
        // The disease's side: its features, by how often its patients have
        // them, against the patient's best match for each.
        let (mut found, mut perfect) = (0.0f32, 0.0f32);
        for a in &d.annotations {
            let weight = a.frequency.unwrap_or(1.0);
            found += weight * self.best.iter().map(|b| b[a.term as usize].0).fold(0.0, f32::max);
            perfect += weight * self.ontology.information(a.term);
        }
        // A disease described by fewer than three typical features is held
        // to three: otherwise one with a single feature matches any patient
        // who has it, perfectly, however much else the patient has.
        let perfect = perfect.max(MIN_FEATURES * self.ontology.typical_feature());
        let patient_side = (total / self.perfect).clamp(0.0, 1.0);
        let disease_side = if perfect > 0.0 { (found / perfect).clamp(0.0, 1.0) } else { 0.0 };
        (0.5 * (patient_side + disease_side), matches, contradictions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hpo::tests::small;
    use crate::hpo::TermId;

    fn patient(o: &Ontology, present: &[u32], excluded: &[u32]) -> Patient {
        let ix = |n: &u32| o.find(TermId(*n)).unwrap();
        Patient { present: present.iter().map(ix).collect(), excluded: excluded.iter().map(ix).collect() }
    }

    /// Disease ids, best first.
    fn order(o: &Ontology, p: Patient) -> Vec<(String, f32)> {
        let mut s: Vec<(String, f32)> =
            Profile::new(o, p).scores().into_iter().enumerate().map(|(i, s)| (o.diseases[i].id.clone(), s)).collect();
        s.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        s
    }

    #[test]
    fn the_disease_with_the_patients_specific_terms_ranks_first() {
        let o = small();
        // Focal seizure + motor delay: exactly Epilepsy A's features.
        let ranked = order(&o, patient(&o, &[11, 31], &[]));
        assert_eq!(ranked[0].0, "OMIM:1");
        // The patient's side matches exactly. The disease's side: focal
        // seizure (ln 4 at 90%) and motor delay (ln 2), 2.8 ln 2, held to
        // three typical features: the seven annotations carry 10 ln 2, so
        // three carry 30/7 ln 2.
        let floor = 30.0 / 7.0;
        assert!((ranked[0].1 - 0.5 * (1.0 + 2.8 / floor)).abs() < 1e-5, "{ranked:?}");
        // Epilepsy D shares only "Seizure" (ln 2) with focal seizure. The
        // patient's side: ln 2 of ln 4 + ln 2, a third. The disease's side:
        // generalized seizure found as Seizure (ln 2), hypotonia not at all.
        let d = ranked.iter().find(|r| r.0 == "OMIM:4").unwrap().1;
        assert!((d - 0.5 * (1.0 / 3.0 + 1.0 / floor)).abs() < 1e-5, "{d}");
    }

    #[test]
    fn rare_features_count_less_and_general_terms_match_through_ancestors() {
        let o = small();
        // Hypotonia: in 90% of Myopathy B's patients, 10% of Epilepsy D's.
        let ranked = order(&o, patient(&o, &[20], &[]));
        assert_eq!(ranked.iter().map(|r| r.0.as_str()).take(2).collect::<Vec<_>>(), ["OMIM:2", "OMIM:4"]);
        assert!(ranked[0].1 > ranked[1].1);
        // "Delay" matches speech delay through their common term, Delay
        // itself: in full from the patient's side, and from the disease's
        // as much information as Delay carries, of three typical features'.
        let m = Profile::new(&o, patient(&o, &[30], &[])).explain(2);
        assert_eq!(m.matches[0].common, o.find(TermId(30)).unwrap());
        let expected = 0.5 * (1.0 + (4f32 / 3.0).ln() / (30.0 / 7.0 * 2f32.ln()));
        assert!((m.score - expected).abs() < 1e-5, "{m:?}");
    }

    #[test]
    fn excluded_terms_and_not_annotations_count_against() {
        let o = small();
        let with = |excluded: &[u32]| Profile::new(&o, patient(&o, &[31], excluded)).explain(0);
        let plain = with(&[]);
        // Excluding seizures contradicts Epilepsy A's focal seizures.
        let against = with(&[10]);
        assert!(against.score < plain.score, "{against:?}");
        assert_eq!(against.contradictions.len(), 1);
        assert!(against.contradictions[0].patient_excluded);
        assert_eq!(against.contradictions[0].disease, o.find(TermId(11)).unwrap());
        // Epilepsy A is annotated NOT hypotonia: a hypotonic patient contradicts it.
        let m = Profile::new(&o, patient(&o, &[31, 20], &[])).explain(0);
        assert!(m.contradictions.iter().any(|c| !c.patient_excluded && c.disease == o.find(TermId(20)).unwrap()));
        // Its very frequent focal seizures are missing from this patient.
        assert_eq!(m.missing, vec![o.find(TermId(11)).unwrap()]);
    }

    #[test]
    fn a_patient_with_only_uninformative_terms_matches_nothing() {
        let o = small();
        assert!(order(&o, patient(&o, &[118], &[])).iter().all(|r| r.1 == 0.0));
        assert!(order(&o, Patient::default()).iter().all(|r| r.1 == 0.0));
    }
}
