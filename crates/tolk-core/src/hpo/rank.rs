//! A variant's priority for a patient: its gene's phenotype match, its own
//! evidence, and whether its genotype fits the matched disease's
//! inheritance. The scheme follows Exomiser's (Smedley et al. 2015, Nat
//! Protoc 10:2004), in a form a clinician can follow by hand:
//!
//! - **Variant score** = frequency score × pathogenicity score, each 0-1.
//!   Frequency: 1 for a variant no population has, falling to 0.135 at 2%
//!   and 0 above (Exomiser's curve). Pathogenicity: the strongest of its
//!   consequence (loss of function 1, splice region 0.8, other protein
//!   changes 0.6 unless predictors say otherwise, synonymous and other
//!   low-impact 0.2, non-coding 0.1), REVEL, AlphaMissense, CADD (as
//!   `1 - 10^(-phred/10)`, where neither of those two is there), SpliceAI,
//!   and a ClinVar pathogenic or likely pathogenic assertion (1). A benign
//!   or likely benign assertion with review stars caps it at 0.1.
//! - **Phenotype score** of the gene: the best [`super::similarity`] score
//!   among its diseases, each in full where the genotype fits one of its
//!   modes and half where it fits none, and the explanation says which. A
//!   disease without a mode of its own (Orphanet's entries mostly have
//!   none in HPO's annotations) is checked against the modes of the gene's
//!   other diseases, so that the same disorder under its Orphanet number
//!   does not escape the check; where the gene has none, it fits any.
//! - **Priority** = variant score × (0.1 + 0.9 × phenotype score), so a
//!   strong variant in a gene without a known disease still ranks above a
//!   weak one, but below a strong one that explains the patient.
//!
//! The genotype fits a mode by the proband's call: dominant and
//! semidominant take any carrier; recessive takes a homozygote, or a
//! heterozygote with another heterozygous variant of the same gene among
//! those ranked (unless the trio shows the pair is not compound
//! heterozygous); X-linked takes a variant on X, recessive needing a male
//! (hemizygous or not) or a female homozygote or compound heterozygote;
//! Y-linked and mitochondrial take a variant on Y and on the mitochondrion.

use super::similarity::Profile;
use super::{Inheritance, Ontology, PatientTerms, TermId};
use crate::annotation::{Impact, TranscriptPolicy};
use crate::chrom::{self, Chromosome};
use crate::family::Sex;
use crate::inheritance::{Fit, Judge, Mode, ModeFit};
use crate::row::{RankPlace, VariantRow};
use crate::store::VariantStore;
use crate::vcf::genotype::Zygosity;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What set a variant's pathogenicity score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    Consequence,
    Revel,
    AlphaMissense,
    Cadd,
    SpliceAi,
    ClinVarPathogenic,
    /// A reviewed benign assertion capped it.
    ClinVarBenign,
}

/// A variant's own evidence, without the patient.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VariantScore {
    pub frequency: f32,
    pub pathogenicity: f32,
    pub basis: Basis,
}

impl VariantScore {
    pub fn score(&self) -> f32 {
        self.frequency * self.pathogenicity
    }

    pub fn of(row: &VariantRow) -> VariantScore {
        let s = &row.scores;
        let frequency = match s.af.map(|af| af * 100.0) {
            None => 1.0,
            Some(p) if p <= 0.0 => 1.0,
            Some(p) if p > 2.0 => 0.0,
            Some(p) => 1.135_33 - 0.135_33 * p.exp(),
        };
        let consequence = row.consequence.as_deref().unwrap_or("");
        let by_consequence = match row.impact {
            Some(Impact::High) => 1.0,
            _ if consequence.contains("splice_region") || consequence.contains("splice_donor_5th") => 0.8,
            Some(Impact::Moderate) => 0.6,
            Some(Impact::Low) => 0.2,
            _ => 0.1,
        };
        let mut best = (by_consequence, Basis::Consequence);
        // Missense predictors replace the consequence's default, which is
        // only a guess where they are missing.
        let predicted = [(s.revel, Basis::Revel), (s.alphamissense, Basis::AlphaMissense)]
            .into_iter()
            .filter_map(|(v, b)| Some((v?, b)))
            .fold(None, |a: Option<(f32, Basis)>, x| if a.is_none_or(|a| x.0 > a.0) { Some(x) } else { a });
        let predicted = predicted.or_else(|| s.cadd.map(|phred| (1.0 - 10f32.powf(-phred / 10.0), Basis::Cadd)));
        if let (Some(p), Some(Impact::Moderate)) = (predicted, row.impact) {
            best = p;
        } else if let Some(p) = predicted.filter(|p| p.0 > best.0) {
            best = p;
        }
        if let Some(splice) = s.spliceai.filter(|&v| v > best.0) {
            best = (splice, Basis::SpliceAi);
        }
        let says = |w: &str| s.clinvar.iter().any(|c| c == w);
        let reviewed = s.clinvar_stars.is_some_and(|n| n >= 1);
        if says("pathogenic") || says("likely_pathogenic") {
            best = (1.0, Basis::ClinVarPathogenic);
        } else if reviewed && (says("benign") || says("likely_benign")) && best.0 > 0.1 {
            best = (0.1, Basis::ClinVarBenign);
        }
        VariantScore { frequency, pathogenicity: best.0, basis: best.1 }
    }
}

/// Whether a genotype fits a disease's mode, and by what.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "check", content = "mode", rename_all = "snake_case")]
pub enum MoiCheck {
    /// The disease has no annotated mode, or the view has no proband's
    /// call to check: nothing held against it.
    Unknown,
    Fits(Inheritance),
    /// None of the disease's modes fits; the first is named.
    DoesNotFit(Inheritance),
}

/// One disease of a variant's gene, as it counts for the variant.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DiseaseFit {
    pub disease: u32,
    /// The phenotype score, halved where the genotype fits no mode.
    pub score: f32,
    pub moi: MoiCheck,
    /// The disease has no mode of its own in HPO (Orphanet's entries
    /// mostly have none), so the modes of the gene's other diseases were
    /// checked.
    pub moi_from_gene: bool,
}

/// One variant ranked.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    /// The row's index in the store.
    pub index: u32,
    pub priority: f32,
    /// The best of `diseases`' scores (0 without one).
    pub phenotype: f32,
    pub variant: VariantScore,
    /// The gene the phenotype score comes from (the row's gene without one).
    pub gene: Option<String>,
    /// The diseases of that gene, best first.
    pub diseases: Vec<DiseaseFit>,
}

impl Ranked {
    /// The disease the phenotype score comes from.
    pub fn disease(&self) -> Option<&DiseaseFit> {
        self.diseases.first()
    }
}

/// A view's rows ranked for a patient: what the grid's rank column shows
/// and sorts by, what the CLI writes, and where an explanation starts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ranking {
    /// Best first.
    pub ranked: Vec<Ranked>,
    /// The patient's ids the release does not have (left out of the match).
    pub unknown_terms: Vec<TermId>,
    /// (store row, place in `ranked`), by row: the lookup behind [`Ranking::place`].
    by_row: Vec<(u32, u32)>,
}

impl Ranking {
    /// Ranks store rows `rows` under `policy` for `patient`; `judge` (the
    /// view's family) gives the proband's calls, without which the
    /// inheritance check is left out.
    pub fn new(
        ontology: &Ontology,
        store: &VariantStore,
        rows: &[u32],
        patient: &PatientTerms,
        policy: TranscriptPolicy,
        judge: Option<&Judge<'_>>,
        proband_sex: Sex,
    ) -> Ranking {
        let (resolved, unknown_terms) = patient.resolve(ontology);
        let scores = Profile::new(ontology, resolved).scores();
        let pairable = judge.map(|j| j.pairable(rows, policy));
        let variant_rows: Vec<VariantRow> = rows
            .iter()
            .map(|&r| {
                let mut row = store.row(r as usize, policy);
                if let Some(judge) = judge {
                    // Every mode's verdict (a mode left out did not fit),
                    // compound heterozygosity by the pairs among the rows.
                    row.calls = judge.relatives(r as usize);
                    row.inheritance = judge.fits(pairable.as_ref(), r, false);
                }
                row
            })
            .collect();
        let ranked = rank(ontology, &scores, &variant_rows, proband_sex, judge.is_some());
        let mut by_row: Vec<(u32, u32)> = ranked.iter().enumerate().map(|(i, r)| (r.index, i as u32)).collect();
        by_row.sort_unstable();
        Ranking { ranked, unknown_terms, by_row }
    }

    /// Row `row`'s place, if it was ranked.
    pub fn place(&self, row: u32) -> Option<RankPlace> {
        let i = self.by_row.binary_search_by_key(&row, |&(r, _)| r).ok()?;
        let at = self.by_row[i].1;
        let r = &self.ranked[at as usize];
        Some(RankPlace { rank: at + 1, priority: r.priority, phenotype: r.phenotype, variant: r.variant.score() })
    }

    /// Row `row`'s ranking in full.
    pub fn ranked(&self, row: u32) -> Option<&Ranked> {
        let i = self.by_row.binary_search_by_key(&row, |&(r, _)| r).ok()?;
        Some(&self.ranked[self.by_row[i].1 as usize])
    }

    /// Puts `rows` in rank order, best first (last with `descending`); a
    /// row that was not ranked comes last either way.
    pub fn order(&self, rows: &mut [u32], descending: bool) {
        let key = |row: &u32| match self.by_row.binary_search_by_key(row, |&(r, _)| r) {
            Ok(i) if descending => u64::from(u32::MAX - self.by_row[i].1),
            Ok(i) => u64::from(self.by_row[i].1),
            Err(_) => u64::MAX,
        };
        rows.sort_by_key(key);
    }
}

/// What ranking needs of a variant's genotype.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Genotype {
    zygosity: Option<Zygosity>,
    chromosome: Option<Chromosome>,
    male: bool,
    /// Another heterozygous variant of the same gene is among those ranked.
    second_hit: bool,
    /// The family's verdicts, where the view has a family
    /// ([`crate::inheritance::Judge`]: parents, affection and trio QC).
    verdicts: Option<Verdicts>,
}

/// How the view's family judged one row, mode by mode.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Verdicts {
    de_novo: Fit,
    dominant: Fit,
    ar_hom: Fit,
    comp_het: Fit,
    x_linked: Fit,
}

impl Verdicts {
    /// From a row's fits, where every mode was judged and those left out
    /// did not fit.
    fn of(fits: &[ModeFit]) -> Verdicts {
        let fit = |mode| fits.iter().find(|f| f.mode == mode).map_or(Fit::No, |f| f.fit);
        Verdicts {
            de_novo: fit(Mode::DeNovo),
            dominant: fit(Mode::Ad),
            ar_hom: fit(Mode::ArHom),
            comp_het: fit(Mode::CompHet),
            x_linked: fit(Mode::XLinked),
        }
    }
}

impl Genotype {
    fn fits(&self, mode: Inheritance) -> bool {
        let carrier = !matches!(self.zygosity, Some(Zygosity::HomRef | Zygosity::Missing));
        let on = |c: Chromosome| self.chromosome == Some(c);
        let hom = matches!(self.zygosity, Some(Zygosity::HomAlt | Zygosity::Hemizygous));
        if let Some(v) = self.verdicts {
            // The family decides: a het that an unaffected parent passed on
            // does not explain a dominant disease, a pair in cis not a
            // recessive one.
            return match mode {
                Inheritance::Dominant | Inheritance::Semidominant => v.de_novo.max(v.dominant) > Fit::No,
                Inheritance::Recessive => v.ar_hom.max(v.comp_het) > Fit::No,
                Inheritance::XLinkedDominant | Inheritance::XLinked => v.x_linked > Fit::No,
                Inheritance::XLinkedRecessive => v.x_linked > Fit::No && (self.male || hom || v.comp_het > Fit::No),
                Inheritance::YLinked => carrier && on(Chromosome::Y),
                Inheritance::Mitochondrial => carrier && on(Chromosome::Mitochondrion),
            };
        }
        let two_hits = hom || (self.second_hit && carrier);
        match mode {
            Inheritance::Dominant | Inheritance::Semidominant => carrier,
            Inheritance::Recessive => carrier && two_hits,
            Inheritance::XLinkedDominant | Inheritance::XLinked => carrier && on(Chromosome::X),
            Inheritance::XLinkedRecessive => carrier && on(Chromosome::X) && (self.male || two_hits),
            Inheritance::YLinked => carrier && on(Chromosome::Y),
            Inheritance::Mitochondrial => carrier && on(Chromosome::Mitochondrion),
        }
    }
}

/// The proband's zygosity for a row, where the view has a family (the
/// proband's call comes first in [`VariantRow::calls`]).
fn proband_zygosity(row: &VariantRow) -> Option<Zygosity> {
    row.calls.first().map(|c| c.call.zygosity)
}

/// Ranks `rows` (those the view keeps) for a patient whose diseases
/// scored `disease_scores` ([`super::similarity::Profile::scores`]), best
/// first; ties keep the rows' order. With `judged`, each row's
/// `inheritance` holds the family's verdict on every mode (a mode left out
/// did not fit), and the inheritance check follows them; without, it
/// follows the proband's call alone.
pub fn rank(
    ontology: &Ontology,
    disease_scores: &[f32],
    rows: &[VariantRow],
    proband_sex: Sex,
    judged: bool,
) -> Vec<Ranked> {
    let mut hets: HashMap<&str, usize> = HashMap::new();
    for row in rows {
        if proband_zygosity(row) == Some(Zygosity::Het) {
            for g in &row.genes {
                *hets.entry(g.as_str()).or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<Ranked> = rows
        .iter()
        .map(|row| {
            let variant = VariantScore::of(row);
            let verdicts = judged.then(|| Verdicts::of(&row.inheritance));
            let mut best: (Option<String>, Vec<DiseaseFit>) = (None, Vec::new());
            for symbol in &row.genes {
                let Some(gene) = ontology.gene(symbol) else { continue };
                let genotype = Genotype {
                    zygosity: proband_zygosity(row),
                    chromosome: chrom::parse(&row.chrom),
                    male: proband_sex == Sex::Male,
                    second_hit: hets.get(symbol.as_str()).is_some_and(|&n| n >= 2),
                    verdicts,
                };
                let mut gene_modes: Vec<Inheritance> = gene
                    .diseases
                    .iter()
                    .flat_map(|&d| ontology.diseases[d as usize].inheritance.iter().copied())
                    .collect();
                gene_modes.sort();
                gene_modes.dedup();
                let mut fits: Vec<DiseaseFit> = gene
                    .diseases
                    .iter()
                    .map(|&d| {
                        let own = &ontology.diseases[d as usize].inheritance;
                        let modes = if own.is_empty() { &gene_modes } else { own };
                        let (score, moi) = judge_disease(modes, disease_scores[d as usize], &genotype);
                        DiseaseFit { disease: d, score, moi, moi_from_gene: own.is_empty() && !gene_modes.is_empty() }
                    })
                    .collect();
                fits.sort_by(|a, b| b.score.total_cmp(&a.score));
                let top = |f: &[DiseaseFit]| f.first().map_or(0.0, |d| d.score);
                if best.0.is_none() || top(&fits) > top(&best.1) {
                    best = (Some(symbol.clone()), fits);
                }
            }
            let (gene, diseases) = best;
            let phenotype = diseases.first().map_or(0.0, |d| d.score);
            let gene = gene.or_else(|| row.gene.clone());
            Ranked {
                index: row.index,
                priority: variant.score() * (0.1 + 0.9 * phenotype),
                phenotype,
                variant,
                gene,
                diseases,
            }
        })
        .collect();
    ranked.sort_by(|a, b| b.priority.total_cmp(&a.priority));
    ranked
}

/// A disease's phenotype score for this genotype, by `modes` (its own,
/// or its gene's where it has none): in full where a mode fits (or none is
/// known), half where none does. Without the proband's
/// call (no family in the view) the genotype is not held against it.
fn judge_disease(modes: &[Inheritance], score: f32, genotype: &Genotype) -> (f32, MoiCheck) {
    if modes.is_empty() || genotype.zygosity.is_none() {
        return (score, MoiCheck::Unknown);
    }
    match modes.iter().find(|&&m| genotype.fits(m)) {
        Some(&m) => (score, MoiCheck::Fits(m)),
        None => (score * 0.5, MoiCheck::DoesNotFit(modes[0])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::family::Affection;
    use crate::hpo::similarity::{Patient, Profile};
    use crate::hpo::tests::small;
    use crate::hpo::TermId;
    use crate::inheritance::{RelativeCall, Role};
    use crate::store::Call;
    use crate::vcf::genotype::Genotype as Gt;

    fn row(index: u32, gene: &str, chrom: &str, zygosity: Zygosity, impact: Impact) -> VariantRow {
        let mut r = crate::grid_columns::tests::row(gene, None);
        r.index = index;
        r.chrom = chrom.into();
        r.impact = Some(impact);
        r.consequence = Some(if impact == Impact::High { "stop_gained" } else { "missense_variant" }.into());
        let call =
            Call { zygosity, genotype: Gt::default(), dp: None, gq: None, ab: None, copies: None, sv_reads: None };
        r.calls = vec![RelativeCall { role: Role::Proband, sample: 0, affected: Affection::Affected, call, qc: None }];
        r
    }

    fn scores(present: &[u32]) -> Vec<f32> {
        let o = small();
        let p = Patient { present: present.iter().map(|&n| o.find(TermId(n)).unwrap()).collect(), excluded: vec![] };
        Profile::new(&o, p).scores()
    }

    #[test]
    fn variant_scores_follow_frequency_consequence_predictors_and_clinvar() {
        let mut r = row(0, "G", "1", Zygosity::Het, Impact::High);
        assert_eq!(VariantScore::of(&r).score(), 1.0);
        r.scores.af = Some(0.02);
        assert!((VariantScore::of(&r).frequency - (1.135_33 - 0.135_33 * 2f32.exp())).abs() < 1e-6);
        r.scores.af = Some(0.03);
        assert_eq!(VariantScore::of(&r).score(), 0.0);
        let mut m = row(0, "G", "1", Zygosity::Het, Impact::Moderate);
        assert_eq!(VariantScore::of(&m).pathogenicity, 0.6);
        // REVEL replaces the missense default, even downwards.
        m.scores.revel = Some(0.2);
        assert_eq!((VariantScore::of(&m).pathogenicity, VariantScore::of(&m).basis), (0.2, Basis::Revel));
        m.scores.clinvar = vec!["likely_pathogenic".into()];
        assert_eq!(VariantScore::of(&m).basis, Basis::ClinVarPathogenic);
        let mut b = row(0, "G", "1", Zygosity::Het, Impact::High);
        b.scores.clinvar = vec!["benign".into()];
        b.scores.clinvar_stars = Some(2);
        assert_eq!((VariantScore::of(&b).pathogenicity, VariantScore::of(&b).basis), (0.1, Basis::ClinVarBenign));
    }

    #[test]
    fn the_variant_in_the_gene_of_the_matching_disease_ranks_first() {
        let o = small();
        // Focal seizure, motor delay: Epilepsy A (GENEA, dominant).
        let s = scores(&[11, 31]);
        let rows = vec![
            row(0, "GENEB", "1", Zygosity::Het, Impact::High),
            row(1, "GENEA", "1", Zygosity::Het, Impact::High),
            row(2, "NOGENE", "1", Zygosity::Het, Impact::High),
        ];
        let r = rank(&o, &s, &rows, Sex::Female, false);
        assert_eq!(r.iter().map(|r| r.index).collect::<Vec<_>>(), [1, 0, 2]);
        assert_eq!(r[0].disease().map(|d| (d.disease, d.moi)), Some((0, MoiCheck::Fits(Inheritance::Dominant))));
        // A gene HPO has no disease for: the variant's own score, a tenth.
        assert!((r[2].priority - 0.1).abs() < 1e-6 && r[2].disease().is_none());
    }

    #[test]
    fn in_a_trio_a_het_from_an_unaffected_parent_does_not_explain_a_dominant_disease() {
        let o = small();
        let s = scores(&[11, 31]);
        // Inherited from an unaffected parent: the family judged no mode to fit.
        let inherited = [row(0, "GENEA", "1", Zygosity::Het, Impact::High)];
        let r = rank(&o, &s, &inherited, Sex::Female, true);
        assert_eq!(r[0].disease().unwrap().moi, MoiCheck::DoesNotFit(Inheritance::Dominant));
        let mut de_novo = inherited.clone();
        de_novo[0].inheritance = vec![ModeFit::new(Mode::DeNovo, Fit::Yes)];
        let d = rank(&o, &s, &de_novo, Sex::Female, true);
        assert_eq!(d[0].disease().unwrap().moi, MoiCheck::Fits(Inheritance::Dominant));
        assert!(d[0].priority > r[0].priority);
    }

    #[test]
    fn a_disease_without_a_mode_of_its_own_is_checked_against_its_genes_other_diseases() {
        // Epilepsy A again under an Orphanet number, with no mode annotated.
        let text = crate::hpo::tests::SMALL
            .replace("G\t100\tGENEA\tOMIM:1", "G\t100\tGENEA\tOMIM:1,ORPHA:5")
            .replace("G\t100", "D\tORPHA:5\tEpilepsy A (Orphanet)\t\t11,31\t\nG\t100");
        let o = Ontology::read(&text).unwrap();
        let p = Patient { present: [11, 31].iter().map(|&n| o.find(TermId(n)).unwrap()).collect(), excluded: vec![] };
        let s = Profile::new(&o, p).scores();
        // Inherited from an unaffected parent: no mode fits.
        let r = rank(&o, &s, &[row(0, "GENEA", "1", Zygosity::Het, Impact::High)], Sex::Female, true);
        let orpha = r[0].diseases.iter().find(|d| o.diseases[d.disease as usize].id == "ORPHA:5").unwrap();
        assert_eq!((orpha.moi, orpha.moi_from_gene), (MoiCheck::DoesNotFit(Inheritance::Dominant), true));
        let omim = r[0].diseases.iter().find(|d| o.diseases[d.disease as usize].id == "OMIM:1").unwrap();
        assert!(!omim.moi_from_gene);
    }

    #[test]
    fn a_recessive_disease_needs_two_hits_and_x_linked_recessive_a_male_or_two() {
        let o = small();
        // Hypotonia: Myopathy B (GENEB, recessive).
        let s = scores(&[20]);
        let one = rank(&o, &s, &[row(0, "GENEB", "1", Zygosity::Het, Impact::High)], Sex::Female, false);
        assert_eq!(one[0].disease().unwrap().moi, MoiCheck::DoesNotFit(Inheritance::Recessive));
        let hom = rank(&o, &s, &[row(0, "GENEB", "1", Zygosity::HomAlt, Impact::High)], Sex::Female, false);
        assert_eq!(hom[0].disease().unwrap().moi, MoiCheck::Fits(Inheritance::Recessive));
        assert!((one[0].phenotype * 2.0 - hom[0].phenotype).abs() < 1e-6);
        let pair = rank(
            &o,
            &s,
            &[row(0, "GENEB", "1", Zygosity::Het, Impact::High), row(1, "GENEB", "1", Zygosity::Het, Impact::Moderate)],
            Sex::Female,
            false,
        );
        assert!(pair.iter().all(|r| r.disease().unwrap().moi == MoiCheck::Fits(Inheritance::Recessive)));
        // The trio says the pair is not in trans (no compound-het verdict,
        // only "dominant, possibly"): no longer two hits.
        let mut cis = vec![
            row(0, "GENEB", "1", Zygosity::Het, Impact::High),
            row(1, "GENEB", "1", Zygosity::Het, Impact::Moderate),
        ];
        for r in &mut cis {
            r.inheritance = vec![ModeFit::new(Mode::Ad, Fit::Possible)];
        }
        assert_eq!(
            rank(&o, &s, &cis, Sex::Female, true).iter().find(|r| r.index == 0).unwrap().disease().unwrap().moi,
            MoiCheck::DoesNotFit(Inheritance::Recessive)
        );
        cis[0].inheritance.push(ModeFit::new(Mode::CompHet, Fit::Yes));
        assert_eq!(
            rank(&o, &s, &cis, Sex::Female, true).iter().find(|r| r.index == 0).unwrap().disease().unwrap().moi,
            MoiCheck::Fits(Inheritance::Recessive)
        );
        // Speech delay: Speech disorder C (GENEC, X-linked recessive).
        let s = scores(&[32]);
        let het_on_x = [row(0, "GENEC", "X", Zygosity::Het, Impact::High)];
        assert_eq!(
            rank(&o, &s, &het_on_x, Sex::Male, false)[0].disease().unwrap().moi,
            MoiCheck::Fits(Inheritance::XLinkedRecessive)
        );
        assert_eq!(
            rank(&o, &s, &het_on_x, Sex::Female, false)[0].disease().unwrap().moi,
            MoiCheck::DoesNotFit(Inheritance::XLinkedRecessive)
        );
        assert_eq!(
            rank(&o, &s, &[row(0, "GENEC", "2", Zygosity::HomAlt, Impact::High)], Sex::Male, false)[0]
                .disease()
                .unwrap()
                .moi,
            MoiCheck::DoesNotFit(Inheritance::XLinkedRecessive)
        );
    }
}
