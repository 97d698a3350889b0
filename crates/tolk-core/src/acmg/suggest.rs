//! Criteria Tolk can suggest from what the file says (shared SPEC.md
//! section 5, "What a program can suggest"). Each suggestion carries its
//! evidence (field, value, threshold, transcript) and the reasoning, and
//! asks what only a person can answer. Nothing here applies a criterion:
//! the clinician accepts, changes or rejects each suggestion.
//!
//! Nothing is suggested for a variant the proband does not carry.
//!
//! Automatic, and on which facts. Every criterion about the variant's
//! effect is judged on the biologically relevant transcript (MANE Select,
//! else the canonical one: `TranscriptPolicy::Preferred`), whatever
//! transcripts the table is set to show.
//! - PVS1 (and its lower strengths): consequence, exon/intron number,
//!   protein position and length, LOFTEE; the decision tree of Abou Tayoun
//!   et al. 2018. A splice-site variant only when its HGVS shows the
//!   canonical ±1/±2 dinucleotide altered (`annotation::hgvs`); never on a
//!   non-coding transcript.
//! - BA1, BS1, PM2_Supporting: the population AF of the sources in use
//!   (`annotation::frequency`) against editable thresholds, BA1 and BS1 on
//!   the filtering AF (faf95) where the file has it (Whiffin 2017, ClinGen
//!   SVI); each names the field it used. Nothing when the file has no
//!   source in use.
//! - PP3/BP4: REVEL for missense (Pejaver et al. 2022 calibration),
//!   SpliceAI max delta (Walker et al. 2023) otherwise; CADD shown as context.
//! - BP7: synonymous with SpliceAI <= 0.1. PM4: in-frame indel or stop-loss.
//! - PM6, or PS2 where parentage is confirmed: de novo proven by a trio
//!   whose calls pass trio QC (`inheritance::CallQc`), each call shown; the
//!   strength from the ClinGen SVI de novo points (parentage confirmed or
//!   assumed, and how specific the phenotype is: the clinician's
//!   [`Answers`]), one de novo criterion at a time.
//! - PM3 by the SVI PM3 points: in trans with a pathogenic or likely
//!   pathogenic variant (ClinVar's class in the file), phase unknown, or
//!   homozygous; only where the disorder may be recessive.
//! - BA1 never for a variant on the SVI BA1 exception list
//!   (`super::exceptions`); PM2's threshold by the disorder's inheritance.
//! - BS2: an unaffected relative homozygous (or hemizygous) for the ALT;
//!   the clinician confirms the disorder is recessive and fully penetrant
//!   by that relative's age.
//!
//! Not suggested, because the file cannot carry the evidence: PS1, PM1,
//! PM5 (need known pathogenic variants at the residue), PP2/BP1 (gene
//! knowledge), and everything SPEC.md lists as the clinician's call.

use super::answers::{
    de_novo_code, de_novo_points, pm3_points, strength_of_points, Answers, DisorderInheritance, OtherAllele,
    PM3_HOMOZYGOUS,
};
use super::criteria::{Code, Strength};
use super::exceptions::ba1_exception;
use super::facts::{Facts, Partner};
use crate::annotation::hgvs::Change;
use crate::annotation::summary::TranscriptBasis;
use crate::annotation::{ClinVarClass, Consequence, TranscriptPolicy};
use crate::inheritance::{Fit, QcFailure, RelativeCall};
use crate::knowledge::constraint::{GeneConstraint, GnomadVersion};
use crate::phrase::Phrase;
use crate::vcf::detail::{AltDetail, FrequencyValue, TranscriptDetail};
use crate::vcf::genotype::Zygosity;
use crate::words;
use serde::{Deserialize, Serialize};

/// The population-frequency thresholds, editable per disorder.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    /// BA1 above this (SVI: 5% in a continental population).
    pub ba1: f32,
    /// BS1 above this: greater than expected for the disorder. Set it from
    /// the disorder with [`MaxCredible`].
    pub bs1: f32,
    /// PM2_Supporting at or below this (or not found) for a dominant
    /// disorder, or one whose inheritance is not known.
    pub pm2: f32,
    /// PM2_Supporting at or below this for a recessive disorder.
    #[serde(default = "default_pm2_recessive")]
    pub pm2_recessive: f32,
    /// What BS1's threshold was computed from, when the calculator was used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_credible: Option<MaxCredible>,
}

fn default_pm2_recessive() -> f32 {
    0.0001
}

impl Default for Thresholds {
    /// BA1 5% (SVI); BS1 1%, a common starting point to be set for the
    /// disorder; PM2 0.002% for a dominant disorder and 0.01% for a
    /// recessive one (as ClinGen expert panels set them, e.g. Hearing Loss
    /// 0.002% and 0.007%: SVI sets no number), to be set per disorder too.
    fn default() -> Self {
        Thresholds { ba1: 0.05, bs1: 0.01, pm2: 0.00002, pm2_recessive: default_pm2_recessive(), max_credible: None }
    }
}

/// The maximum credible population allele frequency of a disorder
/// (Whiffin et al. 2017, Genet Med 19:1151; the authors' calculator): the
/// highest frequency a pathogenic allele can have given how common the
/// disorder is, how much of it one allele and one gene explain, and how
/// penetrant it is. A variant whose filtering AF is above it is too common
/// to cause the disorder (BS1).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MaxCredible {
    /// Prevalence as "1 in N".
    pub prevalence_one_in: f32,
    /// The largest share of cases one allele accounts for (0 to 1).
    pub allelic_heterogeneity: f32,
    /// The largest share of cases one gene accounts for (0 to 1).
    pub genetic_heterogeneity: f32,
    /// Penetrance (0 to 1).
    pub penetrance: f32,
    /// Recessive (biallelic) rather than dominant.
    pub biallelic: bool,
}

impl Default for MaxCredible {
    /// Whiffin et al. 2017's worked example, hypertrophic cardiomyopathy:
    /// 1 in 500, at most 2% of cases from one allele, one gene may explain
    /// them all, penetrance 50%: 4.0 x 10^-5.
    fn default() -> Self {
        MaxCredible {
            prevalence_one_in: 500.0,
            allelic_heterogeneity: 0.02,
            genetic_heterogeneity: 1.0,
            penetrance: 0.5,
            biallelic: false,
        }
    }
}

impl MaxCredible {
    /// The maximum credible AF: dominant 1/2 x prevalence x allelic x
    /// genetic heterogeneity / penetrance; recessive sqrt(prevalence) x
    /// allelic heterogeneity x sqrt(genetic heterogeneity) /
    /// sqrt(penetrance), to three significant figures (the inputs are
    /// estimates; more digits would only pretend). `None` for inputs out of
    /// range.
    pub fn af(&self) -> Option<f32> {
        let af = self.exact_af()?;
        format!("{af:.2e}").parse().ok()
    }

    fn exact_af(&self) -> Option<f32> {
        let fraction = |v: f32| (v > 0.0 && v <= 1.0).then_some(v);
        let prevalence = (self.prevalence_one_in >= 1.0).then(|| 1.0 / self.prevalence_one_in)?;
        let (a, g, p) =
            (fraction(self.allelic_heterogeneity)?, fraction(self.genetic_heterogeneity)?, fraction(self.penetrance)?);
        Some(if self.biallelic { prevalence.sqrt() * a * g.sqrt() / p.sqrt() } else { 0.5 * prevalence * a * g / p })
    }
}

/// REVEL thresholds for PP3 (Pejaver et al. 2022, Table 2), strongest first.
const REVEL_PP3: [(f32, Strength); 3] =
    [(0.932, Strength::Strong), (0.773, Strength::Moderate), (0.644, Strength::Supporting)];
/// REVEL thresholds for BP4, strongest first. Pejaver et al. 2022 also
/// calibrate very strong (at most 0.003); computational evidence counts at
/// most strong (`super::rules`), so strong is the most suggested.
const REVEL_BP4: [(f32, Strength); 3] =
    [(0.016, Strength::Strong), (0.183, Strength::Moderate), (0.290, Strength::Supporting)];
/// SpliceAI max delta: >= this supports PP3 (Walker et al. 2023).
const SPLICEAI_PP3: f32 = 0.2;
/// SpliceAI max delta: <= this supports BP4 and BP7.
const SPLICEAI_BP4: f32 = 0.1;

/// One fact a suggestion rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Where the value comes from (`REVEL`, `gnomADe_AF, MAX_AF`, `GT`).
    pub field: Phrase,
    pub value: Phrase,
    /// The rule it was held against (`>= 0.773`); none for context.
    pub threshold: Option<Phrase>,
    /// The transcript the value belongs to, when it is per transcript.
    pub transcript: Option<Phrase>,
}

impl Evidence {
    /// `REVEL = 0.942 (>= 0.932) [ENST00000674923]`: one line, as the
    /// session records what was shown and the note repeats it.
    pub fn line(&self) -> Phrase {
        let mut pieces = vec![self.field.clone(), Phrase::from(" = "), self.value.clone()];
        if let Some(threshold) = &self.threshold {
            pieces.extend([Phrase::from(" ("), threshold.clone(), Phrase::from(")")]);
        }
        if let Some(transcript) = &self.transcript {
            pieces.extend([Phrase::from(" ["), transcript.clone(), Phrase::from("]")]);
        }
        Phrase::Joined(pieces)
    }
}

/// A criterion Tolk proposes, at a strength, with why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub code: Code,
    pub strength: Strength,
    pub evidence: Vec<Evidence>,
    /// The steps that led to the strength, in words.
    pub reasoning: Vec<Phrase>,
    /// What the clinician must answer before accepting.
    pub question: Option<Phrase>,
}

/// Suggestions, and remarks on what was looked at but not suggested.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Suggestions {
    pub items: Vec<Suggestion>,
    pub remarks: Vec<Phrase>,
}

/// Every suggestion `alt` (decoded from the file) and the `facts` around it
/// support, in criteria order, weighed by the clinician's `answers`.
pub fn suggest(alt: &AltDetail, facts: &Facts, thresholds: &Thresholds, answers: &Answers) -> Suggestions {
    let mut out = Suggestions::default();
    if !facts.proband_may_carry() {
        out.remarks.push(Phrase::new(msg!("suggest-remark-proband-lacks")));
        return out;
    }
    if facts.proband().is_some_and(|p| p.call.zygosity == Zygosity::Missing) {
        out.remarks.push(Phrase::new(msg!("suggest-remark-proband-no-call")));
    }
    let relevant = TranscriptPolicy::Preferred;
    let transcript = alt.worst_under(relevant);
    let terms: Vec<Consequence> =
        transcript.map(|t| t.consequences.iter().filter_map(|c| Consequence::parse(c)).collect()).unwrap_or_default();
    let has = |term: Consequence| terms.contains(&term);

    let pvs1 = transcript
        .filter(|_| NULL_TERMS.into_iter().any(has))
        .and_then(|t| pvs1(t, &terms, alt.basis(relevant), alt.scores.spliceai, &mut out.remarks));
    let null = pvs1.is_some();
    let pvs1 = pvs1.map(|mut s| {
        s.evidence.extend(facts.constraint.as_ref().and_then(loeuf_evidence));
        s
    });
    out.items.extend(pvs1);
    if has(Consequence::MISSENSE) {
        if let Some(remark) = facts.constraint.as_ref().map(missense_constraint_remark) {
            out.remarks.push(remark);
        }
    }
    frequency(alt, facts, thresholds, answers, &mut out);
    let in_frame = has(Consequence::INFRAME_INSERTION) || has(Consequence::INFRAME_DELETION);
    if !null {
        computational(alt, transcript, has(Consequence::MISSENSE), in_frame, &mut out);
    } else {
        out.remarks.push(Phrase::new(msg!("suggest-remark-pp3-beside-pvs1")));
    }
    if let Some(t) = transcript {
        if has(Consequence::SYNONYMOUS) {
            match alt.scores.spliceai {
                Some(score) if score <= SPLICEAI_BP4 => out.items.push(Suggestion {
                    code: Code::Bp7,
                    strength: Strength::Supporting,
                    evidence: vec![consequence_evidence(t), spliceai(score, Some(format!("<= {SPLICEAI_BP4}")))],
                    reasoning: vec![Phrase::new(msg!("suggest-bp7"))],
                    question: Some(Phrase::new(msg!("suggest-bp7-ask"))),
                }),
                Some(_) => {}
                None => out.remarks.push(Phrase::new(msg!("suggest-remark-bp7-no-spliceai"))),
            }
        }
        if [Consequence::INFRAME_INSERTION, Consequence::INFRAME_DELETION, Consequence::STOP_LOST].into_iter().any(has)
        {
            out.items.push(Suggestion {
                code: Code::Pm4,
                strength: Strength::Moderate,
                evidence: vec![consequence_evidence(t)],
                reasoning: vec![Phrase::new(msg!("suggest-pm4"))],
                question: Some(Phrase::new(msg!("suggest-pm4-ask"))),
            });
        }
    }
    let common = alt.scores.af.is_some_and(|af| af > thresholds.bs1);
    family(facts, answers, common, &mut out);
    out.items.sort_by_key(|s| s.code);
    out
}

/// Consequences that make a variant null (PVS1's first question).
const NULL_TERMS: [Consequence; 7] = [
    Consequence::TRANSCRIPT_ABLATION,
    Consequence::EXON_LOSS,
    Consequence::STOP_GAINED,
    Consequence::FRAMESHIFT,
    Consequence::SPLICE_DONOR,
    Consequence::SPLICE_ACCEPTOR,
    Consequence::START_LOST,
];

/// The PVS1 decision tree (Abou Tayoun et al. 2018), as far as the file
/// can walk it; the rest becomes the question. `t` is the biologically
/// relevant transcript's entry (its `basis` says how it was chosen).
/// `None`, with a remark, where PVS1 does not apply: a non-coding
/// transcript, or a splice variant that leaves the canonical ±1/±2
/// dinucleotide in place (or whose HGVS cannot show it).
fn pvs1(
    t: &TranscriptDetail,
    terms: &[Consequence],
    basis: TranscriptBasis,
    spliceai_score: Option<f32>,
    remarks: &mut Vec<Phrase>,
) -> Option<Suggestion> {
    let feature = || t.feature.clone().unwrap_or_default();
    if t.biotype.as_deref().is_some_and(|b| b != "protein_coding") {
        let biotype = t.biotype.clone().unwrap_or_default();
        remarks.push(
            Phrase::new(msg!("suggest-remark-pvs1-non-coding")).arg("transcript", feature()).arg("biotype", biotype),
        );
        return None;
    }
    let gene = t.symbol.as_deref().map_or_else(|| Phrase::new(msg!("suggest-this-gene")), Phrase::from);
    let mut evidence = vec![consequence_evidence(t)];
    let mut reasoning = Vec::new();
    let mut ask = vec![Phrase::new(msg!("suggest-pvs1-ask-mechanism")).arg("gene", gene)];
    let has = |term: Consequence| terms.contains(&term);
    let exon = t.exon.as_deref().and_then(rank);
    let intron = t.intron.as_deref().and_then(rank);
    let per_transcript = |field: &str, value: &str, threshold: Option<Phrase>| Evidence {
        field: field.into(),
        value: value.into(),
        threshold,
        transcript: t.feature.as_deref().map(Phrase::from),
    };
    if let Some(text) = &t.exon {
        evidence.push(per_transcript("EXON", text, None));
    }
    if let Some(text) = &t.intron {
        evidence.push(per_transcript("INTRON", text, None));
    }
    if let Some(lof) = &t.lof {
        evidence.push(per_transcript("LoF (LOFTEE)", lof, Some("HC".into())));
        if lof == "LC" {
            reasoning.push(Phrase::new(msg!("suggest-pvs1-loftee-lc")));
        }
    }
    if basis == TranscriptBasis::All {
        reasoning.push(Phrase::new(msg!("suggest-pvs1-other-transcript")));
    }
    let at = |key: &str, (n, count): (u32, u32)| Phrase::new(key).arg("n", n).arg("count", count);

    let strength = if has(Consequence::TRANSCRIPT_ABLATION) || has(Consequence::EXON_LOSS) {
        reasoning.push(Phrase::new(msg!("suggest-pvs1-deleted")));
        Strength::VeryStrong
    } else if has(Consequence::STOP_GAINED) || has(Consequence::FRAMESHIFT) {
        match exon {
            Some((n, count)) if n == count => {
                reasoning.push(at(msg!("suggest-pvs1-last-exon"), (n, count)));
                match removed_fraction(t) {
                    Some(f) if f > 0.1 => {
                        reasoning
                            .push(Phrase::new(msg!("suggest-pvs1-removes-much")).arg("percent", (f * 100.0).round()));
                        Strength::Strong
                    }
                    Some(f) => {
                        reasoning
                            .push(Phrase::new(msg!("suggest-pvs1-removes-little")).arg("percent", (f * 100.0).round()));
                        ask.push(Phrase::new(msg!("suggest-pvs1-ask-critical")));
                        Strength::Moderate
                    }
                    None => {
                        ask.push(Phrase::new(msg!("suggest-pvs1-ask-how-much")));
                        Strength::Moderate
                    }
                }
            }
            Some((n, count)) if n + 1 == count => {
                reasoning.push(at(msg!("suggest-pvs1-penultimate-exon"), (n, count)));
                ask.push(Phrase::new(msg!("suggest-pvs1-ask-last-50")));
                Strength::VeryStrong
            }
            Some(place) => {
                reasoning.push(at(msg!("suggest-pvs1-exon"), place));
                Strength::VeryStrong
            }
            None => {
                ask.push(Phrase::new(msg!("suggest-pvs1-ask-no-exon")));
                Strength::VeryStrong
            }
        }
    } else if has(Consequence::SPLICE_DONOR) || has(Consequence::SPLICE_ACCEPTOR) {
        let hgvs = t.hgvsc.clone().unwrap_or_default();
        match t.hgvsc.as_deref().and_then(Change::parse).and_then(|c| c.alters_canonical_splice_site()) {
            Some(true) => {
                evidence.push(per_transcript("HGVSc", &hgvs, Some(Phrase::new(msg!("evidence-splice-dinucleotide")))));
            }
            Some(false) => {
                remarks.push(Phrase::new(msg!("suggest-remark-splice-site-intact")).arg("hgvs", hgvs));
                return None;
            }
            None => {
                remarks.push(Phrase::new(msg!("suggest-remark-splice-site-unknown")).arg("hgvs", hgvs));
                return None;
            }
        }
        if let Some(score) = spliceai_score {
            // Context: the site is canonical whatever SpliceAI says.
            evidence.push(spliceai(score, None));
        }
        match intron {
            Some((n, count)) if n == count => {
                reasoning.push(at(msg!("suggest-pvs1-last-intron"), (n, count)));
                ask.push(Phrase::new(msg!("suggest-pvs1-ask-last-intron")));
                Strength::Strong
            }
            _ => {
                reasoning.push(Phrase::new(msg!("suggest-pvs1-splice-site")));
                ask.push(Phrase::new(msg!("suggest-pvs1-ask-splice-frame")));
                Strength::VeryStrong
            }
        }
    } else {
        reasoning.push(Phrase::new(msg!("suggest-pvs1-start-lost")));
        ask.push(Phrase::new(msg!("suggest-pvs1-ask-start")));
        Strength::Moderate
    };
    Some(Suggestion { code: Code::Pvs1, strength, evidence, reasoning, question: Some(Phrase::separated(ask, " ")) })
}

/// The gene's LOEUF beside a PVS1 suggestion: context for "is loss of
/// function the disease mechanism?", held against gnomAD's own mark of
/// strong intolerance for its version (never a rule: a gene can be
/// intolerant and cause disease another way, and the reverse).
fn loeuf_evidence((version, c): &(GnomadVersion, GeneConstraint)) -> Option<Evidence> {
    let loeuf = c.loeuf?;
    Some(Evidence {
        field: Phrase::new(msg!("evidence-loeuf")).arg("version", version.label()),
        value: format!("{loeuf:.3}").into(),
        threshold: Some(
            Phrase::new(msg!("evidence-loeuf-mark")).arg("limit", format!("{}", version.loeuf_intolerant())),
        ),
        transcript: c.transcript.clone().map(Phrase::from),
    })
}

/// For a missense variant: the gene's missense Z and LOEUF as context for
/// PP2 (missense is a common mechanism and benign missense is rare) and
/// BP1 (truncation is the mechanism). Tolk does not suggest either: which
/// kind of variant causes the gene's disease is the curated gene's, not a
/// number's.
fn missense_constraint_remark((version, c): &(GnomadVersion, GeneConstraint)) -> Phrase {
    let number = |v: Option<f32>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"));
    Phrase::new(msg!("suggest-remark-pp2-bp1-constraint"))
        .arg("misz", number(c.mis_z))
        .arg("loeuf", number(c.loeuf))
        .arg("version", version.label())
}

/// `5/12` -> (5, 12). A range (`3-4/12`) counts as its last exon.
fn rank(text: &str) -> Option<(u32, u32)> {
    let (n, count) = text.split_once('/')?;
    let n = n.rsplit('-').next()?.trim().parse().ok()?;
    Some((n, count.trim().parse().ok()?))
}

/// The share of the protein after the variant's first residue.
fn removed_fraction(t: &TranscriptDetail) -> Option<f32> {
    let (start, length) = (t.protein_start?, t.protein_length?);
    (length > 0 && start <= length).then(|| (length - start + 1) as f32 / length as f32)
}

/// BA1, BS1 or PM2 from the sources in use. BA1 and BS1 are held against
/// the filtering AF where the file has one, else the population AF; PM2
/// against the population AF. Each names the field that gave the value.
fn frequency(alt: &AltDetail, facts: &Facts, th: &Thresholds, answers: &Answers, out: &mut Suggestions) {
    if !facts.frequency_in_use {
        out.remarks.push(Phrase::new(msg!("suggest-remark-no-frequencies")));
        return;
    }
    let exception = ba1_exception(&facts.key);
    let highest = alt.highest_frequency();
    let filtering = alt.highest_filtering();
    let benign = filtering.or(highest).and_then(|f| Some((f, f.value?)));
    let suggestion = |code, strength, source: Option<&FrequencyValue>, threshold: Phrase, why: &str, ask: &str| {
        let evidence = match source {
            Some(f) => frequency_evidence(f, threshold),
            None => Evidence {
                field: Phrase::new(msg!("evidence-frequency-sources")).arg("fields", in_use_names(alt)),
                value: Phrase::new(msg!("evidence-not-found")),
                threshold: Some(threshold),
                transcript: None,
            },
        };
        Suggestion {
            code,
            strength,
            evidence: vec![evidence],
            reasoning: vec![Phrase::new(why)],
            question: Some(Phrase::new(ask)),
        }
    };
    // A listed exception is spared BA1 and BS1 where its frequency would
    // give them; at a rare frequency it is any variant.
    if let (Some((_, v)), Some(x)) = (benign, exception) {
        if v > th.bs1.min(th.ba1) {
            let variant = format!("{} {} {}", x.gene, x.hgvsc, x.hgvsp);
            out.remarks
                .push(Phrase::new(msg!("suggest-remark-ba1-exception")).arg("variant", variant.trim().to_owned()));
            return;
        }
    }
    match benign {
        Some((f, v)) if v > th.ba1 => {
            let rule = Phrase::from(format!("> {}", th.ba1));
            out.items.push(suggestion(
                Code::Ba1,
                Strength::StandAlone,
                Some(f),
                rule,
                msg!("suggest-ba1"),
                msg!("suggest-ba1-ask"),
            ));
            return;
        }
        Some((f, v)) if v > th.bs1 => {
            let rule = Phrase::from(format!("> {}", th.bs1));
            out.items.push(suggestion(
                Code::Bs1,
                Strength::Strong,
                Some(f),
                rule,
                msg!("suggest-bs1"),
                msg!("suggest-bs1-ask"),
            ));
            return;
        }
        _ => {}
    }
    // A recessive disorder's allele may be commoner (2015: "or at
    // extremely low frequency if recessive"); with both or unknown, the
    // dominant (stricter) threshold.
    let recessive = answers.inheritance == Some(DisorderInheritance::Recessive);
    let pm2 = if recessive { th.pm2_recessive } else { th.pm2 };
    let (absent_rule, rare_rule) = if recessive {
        (msg!("evidence-pm2-rule-recessive"), msg!("evidence-pm2-max-recessive"))
    } else {
        (msg!("evidence-pm2-rule"), msg!("evidence-pm2-max"))
    };
    let rule = |key: &str| Phrase::new(key).arg("max", format!("{pm2}"));
    let (code, strength, ask) = (Code::Pm2, Strength::Supporting, msg!("suggest-pm2-ask"));
    match highest.and_then(|f| Some((f, f.value?))) {
        None => out.items.push(suggestion(code, strength, None, rule(absent_rule), msg!("suggest-pm2-absent"), ask)),
        Some((f, v)) if v <= pm2 => {
            out.items.push(suggestion(code, strength, Some(f), rule(rare_rule), msg!("suggest-pm2-rare"), ask))
        }
        Some(_) => {}
    }
}

/// The names of the sources in use, as a list (`gnomADe_AF, MAX_AF`).
fn in_use_names(alt: &AltDetail) -> String {
    let names: Vec<&str> = alt.frequencies.iter().filter(|f| f.source.in_use).map(|f| f.source.name.as_str()).collect();
    names.join(", ")
}

/// `EXACMAX_AF (ExAC, highest over groups) = 0.0122 (> 0.01)`.
fn frequency_evidence(f: &FrequencyValue, threshold: Phrase) -> Evidence {
    let kind = Phrase::new(f.source.kind.key());
    let field = match &f.source.database {
        Some(database) => Phrase::new(msg!("evidence-frequency-field")).arg("database", database.as_str()),
        None => Phrase::new(msg!("evidence-frequency-field-unnamed")),
    };
    Evidence {
        field: field.arg("field", f.source.name.as_str()).arg("kind", kind),
        value: f.value.map_or_else(|| Phrase::new(msg!("evidence-not-found")), |v| Phrase::from(words::af(v))),
        threshold: Some(threshold),
        transcript: None,
    }
}

/// PP3/BP4 from REVEL (missense) and SpliceAI; each criterion once. An
/// in-frame indel gets no BP4 from SpliceAI alone: a splicing prediction
/// says nothing of the change to the protein PM4 counts.
fn computational(alt: &AltDetail, t: Option<&TranscriptDetail>, missense: bool, in_frame: bool, out: &mut Suggestions) {
    let feature = t.and_then(|t| t.feature.as_deref()).map(Phrase::from);
    let mut pp3: Option<Suggestion> = None;
    let mut bp4: Option<Suggestion> = None;
    let splice = alt.scores.spliceai;
    if let (true, Some(revel)) = (missense, alt.scores.revel) {
        let revel_evidence = |threshold: String| Evidence {
            field: "REVEL".into(),
            value: format!("{revel}").into(),
            threshold: Some(threshold.into()),
            transcript: feature.clone(),
        };
        let why = |key: &str, strength: Strength| {
            Phrase::new(key).arg("score", format!("{revel}")).arg("strength", strength.phrase())
        };
        if let Some(&(cut, strength)) = REVEL_PP3.iter().find(|(cut, _)| revel >= *cut) {
            let why = why(msg!("suggest-pp3-revel"), strength);
            pp3 = Some(computational_suggestion(Code::Pp3, strength, revel_evidence(format!(">= {cut}")), why));
        } else if let Some(&(cut, strength)) = REVEL_BP4.iter().find(|(cut, _)| revel <= *cut) {
            let why = why(msg!("suggest-bp4-revel"), strength);
            let mut s = computational_suggestion(Code::Bp4, strength, revel_evidence(format!("<= {cut}")), why);
            if splice.is_none() {
                s.question = Some(Phrase::new(msg!("suggest-bp4-ask-splicing")));
            }
            bp4 = Some(s);
        } else {
            out.remarks.push(Phrase::new(msg!("suggest-remark-revel-between")).arg("score", format!("{revel}")));
        }
    } else if missense {
        out.remarks.push(Phrase::new(msg!("suggest-remark-no-revel")));
    }
    if let Some(score) = splice {
        let because = |key: &str| Phrase::new(key).arg("score", format!("{score}"));
        if score >= SPLICEAI_PP3 {
            let e = spliceai(score, Some(format!(">= {SPLICEAI_PP3}")));
            if bp4.take().is_some() {
                out.remarks.push(Phrase::new(msg!("suggest-remark-bp4-splice")));
            }
            match &mut pp3 {
                Some(s) => s.evidence.push(e),
                None => {
                    let why = because(msg!("suggest-pp3-spliceai"));
                    pp3 = Some(computational_suggestion(Code::Pp3, Strength::Supporting, e, why))
                }
            }
        } else if score <= SPLICEAI_BP4 && pp3.is_none() {
            let e = spliceai(score, Some(format!("<= {SPLICEAI_BP4}")));
            match &mut bp4 {
                Some(s) => s.evidence.push(e),
                None if in_frame => out.remarks.push(Phrase::new(msg!("suggest-remark-bp4-in-frame"))),
                None if !missense => {
                    let why = because(msg!("suggest-bp4-spliceai"));
                    bp4 = Some(computational_suggestion(Code::Bp4, Strength::Supporting, e, why))
                }
                None => {}
            }
        }
    }
    for s in [&mut pp3, &mut bp4].into_iter().flatten() {
        if let Some(cadd) = alt.scores.cadd {
            s.evidence.push(Evidence {
                field: Phrase::new(msg!("evidence-cadd-context")),
                value: format!("{cadd}").into(),
                threshold: None,
                transcript: None,
            });
        }
    }
    out.items.extend(pp3.into_iter().chain(bp4));
}

fn computational_suggestion(code: Code, strength: Strength, e: Evidence, why: Phrase) -> Suggestion {
    Suggestion { code, strength, evidence: vec![e], reasoning: vec![why], question: None }
}

/// De novo (PS2 or PM6, by the SVI points), BS2 from healthy homozygous
/// relatives, and PM3 by the SVI PM3 points. PM3 is not suggested for a
/// variant more frequent than BS1 allows (SVI PM3: the variants must be
/// rare), nor for a disorder the clinician calls dominant.
fn family(facts: &Facts, answers: &Answers, common: bool, out: &mut Suggestions) {
    let trio_calls =
        || facts.relatives.iter().filter(|r| r.role != crate::inheritance::Role::Sibling).map(call_evidence);
    match facts.de_novo {
        Some(Fit::Yes) => de_novo(facts, answers, trio_calls().collect(), out),
        Some(Fit::Possible) => {
            out.remarks.push(Phrase::new(msg!("suggest-remark-de-novo-possible")));
            for r in facts.relatives.iter().filter(|r| r.qc.is_some()) {
                out.remarks.push(qc_remark(r));
            }
        }
        _ => {}
    }
    // One BS2, with every unaffected homozygous relative whose call passes
    // QC as its evidence.
    let mut healthy = Vec::new();
    for r in facts.unaffected_homozygotes() {
        match r.qc {
            Some(_) => out.remarks.push(qc_remark(r)),
            None => healthy.push(r),
        }
    }
    if let Some(first) = healthy.first() {
        let role = Phrase::new(first.role.key());
        out.items.push(Suggestion {
            code: Code::Bs2,
            strength: Strength::Strong,
            evidence: healthy.iter().map(|r| call_evidence(r)).collect(),
            reasoning: vec![Phrase::new(msg!("suggest-bs2")).arg("role", role.clone())],
            question: Some(Phrase::new(msg!("suggest-bs2-ask")).arg("role", role)),
        });
    }
    pm3(facts, answers, common, out);
}

/// PS2 or PM6 at the strength of the SVI de novo points.
fn de_novo(facts: &Facts, answers: &Answers, mut evidence: Vec<Evidence>, out: &mut Suggestions) {
    let points = de_novo_points(answers.parentage, answers.specificity);
    let code = de_novo_code(answers.parentage);
    let basis = Phrase::new(msg!("evidence-de-novo-points"))
        .arg("parentage", Phrase::new(parentage_key(answers.parentage)))
        .arg("specificity", Phrase::new(answers.specificity.key()));
    evidence.push(Evidence {
        field: Phrase::new(msg!("evidence-de-novo-field")),
        value: basis,
        threshold: Some(Phrase::new(msg!("evidence-svi-points")).arg(msg!("points"), format!("{points}"))),
        transcript: None,
    });
    let mut strength = strength_of_points(points);
    let mut reasoning = vec![Phrase::new(msg!("suggest-de-novo")).arg(msg!("points"), format!("{points}"))];
    // SVI de novo v1.1: a recessive disorder's de novo allele without a
    // second (likely) pathogenic one is one level weaker.
    let second_hit = facts.partners.iter().any(|p| p.in_trans == Fit::Yes && other_allele(p).is_some());
    if answers.inheritance == Some(DisorderInheritance::Recessive) && !second_hit {
        strength = strength.and_then(weaker);
        reasoning.push(Phrase::new(msg!("suggest-de-novo-recessive")));
    }
    match strength {
        Some(strength) => out.items.push(Suggestion {
            code,
            strength,
            evidence,
            reasoning,
            question: Some(Phrase::new(msg!("suggest-de-novo-ask"))),
        }),
        None => out
            .remarks
            .push(Phrase::new(msg!("suggest-remark-de-novo-no-points")).arg(msg!("points"), format!("{points}"))),
    }
}

fn parentage_key(p: super::answers::Parentage) -> &'static str {
    match p {
        super::answers::Parentage::Confirmed => msg!("parentage-confirmed"),
        super::answers::Parentage::Assumed => msg!("parentage-assumed"),
    }
}

/// One level weaker; `None` below supporting.
fn weaker(s: Strength) -> Option<Strength> {
    match s {
        Strength::StandAlone | Strength::VeryStrong => Some(Strength::Strong),
        Strength::Strong => Some(Strength::Moderate),
        Strength::Moderate => Some(Strength::Supporting),
        Strength::Supporting => None,
    }
}

/// The other allele's class for PM3, from ClinVar's words in the file.
fn other_allele(p: &Partner) -> Option<OtherAllele> {
    let has = |class: ClinVarClass| p.clinvar.iter().any(|w| ClinVarClass::parse(w) == Some(class));
    if has(ClinVarClass::Pathogenic) {
        Some(OtherAllele::Pathogenic)
    } else if has(ClinVarClass::LikelyPathogenic) {
        Some(OtherAllele::LikelyPathogenic)
    } else if has(ClinVarClass::Uncertain) {
        Some(OtherAllele::Uncertain)
    } else {
        None
    }
}

/// PM3 by the SVI PM3 points (v1.0): this proband's best observation, in
/// trans or phase unknown with another allele, or homozygous.
fn pm3(facts: &Facts, answers: &Answers, common: bool, out: &mut Suggestions) {
    let hom = facts.homozygous == Some(Fit::Yes);
    let candidates: Vec<&Partner> = facts.partners.iter().filter(|p| p.in_trans > Fit::No).collect();
    if !hom && candidates.is_empty() {
        return;
    }
    if common {
        out.remarks.push(Phrase::new(msg!("suggest-remark-pm3-common")));
        return;
    }
    let inheritance = answers.inheritance.unwrap_or_default();
    if !inheritance.may_be_recessive() {
        out.remarks.push(Phrase::new(msg!("suggest-remark-pm3-dominant")));
        return;
    }
    // The best single observation: points, and its evidence.
    let mut best: Option<(f32, Evidence, &'static str)> = None;
    for p in &candidates {
        let Some(other) = other_allele(p) else {
            out.remarks.push(Phrase::new(msg!("suggest-remark-in-trans-unclassified")).arg("variant", p.key.as_str()));
            continue;
        };
        let confirmed = p.in_trans == Fit::Yes;
        let points = pm3_points(other, confirmed);
        let phase = if confirmed { msg!("evidence-in-trans-with") } else { msg!("evidence-phase-unknown-with") };
        let e = Evidence {
            field: Phrase::new(msg!("evidence-pm3-field")),
            value: Phrase::new(phase).arg("variant", p.key.as_str()).arg("clinvar", p.clinvar.join(", ")),
            threshold: Some(Phrase::new(msg!("evidence-svi-points")).arg(msg!("points"), format!("{points}"))),
            transcript: None,
        };
        if best.as_ref().is_none_or(|(b, ..)| points > *b) {
            best = Some((points, e, if confirmed { msg!("suggest-pm3") } else { msg!("suggest-pm3-phase-unknown") }));
        }
    }
    if hom && best.as_ref().is_none_or(|(b, ..)| PM3_HOMOZYGOUS > *b) {
        let e = Evidence {
            field: "GT".into(),
            value: Phrase::new(msg!("evidence-homozygous-proband")),
            threshold: Some(Phrase::new(msg!("evidence-svi-points")).arg(msg!("points"), format!("{PM3_HOMOZYGOUS}"))),
            transcript: None,
        };
        best = Some((PM3_HOMOZYGOUS, e, msg!("suggest-pm3-homozygous")));
    }
    let Some((points, evidence, why)) = best else { return };
    let Some(strength) = strength_of_points(points) else {
        out.remarks.push(Phrase::new(msg!("suggest-remark-pm3-few-points")).arg(msg!("points"), format!("{points}")));
        return;
    };
    let mut ask = vec![Phrase::new(if why == msg!("suggest-pm3-homozygous") {
        msg!("suggest-pm3-homozygous-ask")
    } else {
        msg!("suggest-pm3-ask")
    })];
    if inheritance == DisorderInheritance::Unknown {
        ask.insert(0, Phrase::new(msg!("suggest-pm3-ask-recessive")));
    }
    out.items.push(Suggestion {
        code: Code::Pm3,
        strength,
        evidence: vec![evidence],
        reasoning: vec![Phrase::new(why).arg(msg!("points"), format!("{points}"))],
        question: Some(Phrase::separated(ask, " ")),
    });
}

/// One family member's call as evidence: `Mother: not carried (DP 31, GQ
/// 99, AB 0)`, held against trio QC.
fn call_evidence(r: &RelativeCall) -> Evidence {
    let number = |v: Option<u32>| v.map_or_else(|| ".".to_owned(), |v| v.to_string());
    let value = Phrase::new(msg!("evidence-call"))
        .arg("zygosity", Phrase::new(r.call.zygosity.key()))
        .arg("dp", number(r.call.dp))
        .arg("gq", number(r.call.gq))
        .arg("ab", r.call.ab.map_or_else(|| ".".to_owned(), words::score));
    let threshold = match r.qc {
        None => Phrase::new(msg!("evidence-qc-passed")),
        Some(failure) => Phrase::new(failure.key()),
    };
    Evidence { field: Phrase::new(r.role.key()), value, threshold: Some(threshold), transcript: None }
}

/// Why a relative's call does not count as it stands.
fn qc_remark(r: &RelativeCall) -> Phrase {
    let key = match r.qc {
        Some(QcFailure::AltReads) => msg!("suggest-remark-possible-mosaicism"),
        _ => msg!("suggest-remark-call-doubtful"),
    };
    let failure = r.qc.map_or_else(|| Phrase::from(""), |f| Phrase::new(f.key()));
    Phrase::new(key).arg("role", Phrase::new(r.role.key())).arg("failure", failure)
}

fn consequence_evidence(t: &TranscriptDetail) -> Evidence {
    let kind = if t.mane_select {
        Some(msg!("evidence-mane-select"))
    } else if t.canonical {
        Some(msg!("evidence-canonical"))
    } else {
        None
    };
    let transcript = t.feature.as_deref().map(|id| match kind {
        Some(key) => Phrase::Joined(vec![id.into(), " (".into(), Phrase::new(key), ")".into()]),
        None => id.into(),
    });
    let mut value = t.consequences.join(", ");
    if let Some(p) = t.hgvsp.as_deref().or(t.hgvsc.as_deref()) {
        value = format!("{value} {p}");
    }
    Evidence { field: "Consequence".into(), value: value.into(), threshold: None, transcript }
}

/// SpliceAI's highest delta score, held against `threshold` or shown as context.
fn spliceai(score: f32, threshold: Option<String>) -> Evidence {
    Evidence {
        field: Phrase::new(msg!("evidence-spliceai")),
        value: format!("{score}").into(),
        threshold: threshold.map(Phrase::from),
        transcript: None,
    }
}
