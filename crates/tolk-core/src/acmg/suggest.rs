//! Criteria Tolk can suggest from what the file says (shared SPEC.md
//! section 5, "What a program can suggest"). Each suggestion carries its
//! evidence (field, value, threshold, transcript) and the reasoning, and
//! asks what only a person can answer. Nothing here applies a criterion:
//! the clinician accepts, changes or rejects each suggestion.
//!
//! Automatic, and on which facts:
//! - PVS1 (and its lower strengths): consequence of the worst transcript
//!   under the transcript policy, its exon/intron number, protein position
//!   and length, LOFTEE; the decision tree of Abou Tayoun et al. 2018.
//! - BA1, BS1, PM2_Supporting: population AF against editable thresholds,
//!   only when the file carries frequency fields at all.
//! - PP3/BP4: REVEL for missense (Pejaver et al. 2022 calibration),
//!   SpliceAI max delta (Walker et al. 2023) otherwise; CADD shown as context.
//! - BP7: synonymous with SpliceAI <= 0.1. PM4: in-frame indel or stop-loss.
//! - PM6 (PS2 if parentage is confirmed): de novo proven by a trio.
//! - PM3: in trans (by the parents' genotypes) with a variant ClinVar
//!   calls pathogenic; PM3_Supporting for a homozygous proband.
//!
//! Not suggested, because the file cannot carry the evidence: PS1, PM1,
//! PM5 (need known pathogenic variants at the residue), PP2/BP1 (gene
//! knowledge), and everything SPEC.md lists as the clinician's call.

use super::criteria::{Code, Strength};
use super::facts::Facts;
use crate::i18n::Lang;
use crate::inheritance::Fit;
use crate::vcf::detail::{AltDetail, TranscriptDetail};
use serde::{Deserialize, Serialize};

/// The population-frequency thresholds, editable per disorder.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    /// BA1 above this (SVI: 5% in a continental population).
    pub ba1: f32,
    /// BS1 above this: greater than expected for the disorder.
    pub bs1: f32,
    /// PM2_Supporting at or below this (or absent).
    pub pm2: f32,
}

impl Default for Thresholds {
    /// BA1 5% (SVI); BS1 1% and PM2 0.01%, common starting points for a
    /// rare Mendelian disorder, to be set for the disorder at hand.
    fn default() -> Self {
        Thresholds { ba1: 0.05, bs1: 0.01, pm2: 0.0001 }
    }
}

/// REVEL thresholds for PP3 (Pejaver et al. 2022, Table 2), strongest first.
const REVEL_PP3: [(f32, Strength); 3] =
    [(0.932, Strength::Strong), (0.773, Strength::Moderate), (0.644, Strength::Supporting)];
/// REVEL thresholds for BP4, strongest first.
const REVEL_BP4: [(f32, Strength); 4] = [
    (0.003, Strength::VeryStrong),
    (0.016, Strength::Strong),
    (0.183, Strength::Moderate),
    (0.290, Strength::Supporting),
];
/// SpliceAI max delta: >= this supports PP3 (Walker et al. 2023).
const SPLICEAI_PP3: f32 = 0.2;
/// SpliceAI max delta: <= this supports BP4 and BP7.
const SPLICEAI_BP4: f32 = 0.1;

/// One fact a suggestion rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Where the value comes from (`REVEL`, `gnomADe_AF, MAX_AF`, `GT`).
    pub field: String,
    pub value: String,
    /// The rule it was held against (`>= 0.773`), empty for context.
    pub threshold: String,
    /// The transcript the value belongs to, when it is per transcript.
    pub transcript: Option<String>,
}

/// A criterion Tolk proposes, at a strength, with why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub code: Code,
    pub strength: Strength,
    pub evidence: Vec<Evidence>,
    /// The steps that led to the strength, in words.
    pub reasoning: Vec<String>,
    /// What the clinician must answer before accepting.
    pub question: Option<String>,
}

/// Suggestions, and remarks on what was looked at but not suggested.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Suggestions {
    pub items: Vec<Suggestion>,
    pub remarks: Vec<String>,
}

/// Every suggestion `alt` (decoded from the file) and the `facts` around it
/// support, in criteria order.
pub fn suggest(alt: &AltDetail, facts: &Facts, thresholds: &Thresholds) -> Suggestions {
    let mut out = Suggestions::default();
    let transcript = alt.worst_under(facts.policy);
    let terms: Vec<&str> = transcript.map(|t| t.consequences.iter().map(String::as_str).collect()).unwrap_or_default();
    let has = |term: &str| terms.contains(&term);
    let null = NULL_TERMS.iter().any(|t| has(t));

    if let Some(t) = transcript.filter(|_| null) {
        out.items.push(pvs1(t, &terms, alt.scores.spliceai));
    }
    frequency(alt.scores.af, &facts.af_sources, thresholds, &mut out);
    if !null {
        computational(alt, transcript, has("missense_variant"), &mut out);
    } else {
        out.remarks.push("PP3/BP4 are not suggested beside PVS1: the same effect would be counted twice.".into());
    }
    if let Some(t) = transcript {
        if has("synonymous_variant") {
            match alt.scores.spliceai {
                Some(score) if score <= SPLICEAI_BP4 => out.items.push(Suggestion {
                    code: Code::Bp7,
                    strength: Strength::Supporting,
                    evidence: vec![
                        consequence_evidence(t),
                        scored("SpliceAI (max delta)", score, format!("<= {SPLICEAI_BP4}"), None),
                    ],
                    reasoning: vec!["Synonymous, and SpliceAI predicts no splice impact.".into()],
                    question: Some(
                        "Is the nucleotide outside the conserved splice region (not -1 to -3 of the exon end)?".into(),
                    ),
                }),
                Some(_) => {}
                None => out.remarks.push("BP7 needs a splice prediction; the file has no SpliceAI score.".into()),
            }
        }
        if ["inframe_insertion", "inframe_deletion", "stop_lost"].iter().any(|term| has(term)) {
            out.items.push(Suggestion {
                code: Code::Pm4,
                strength: Strength::Moderate,
                evidence: vec![consequence_evidence(t)],
                reasoning: vec!["The protein's length changes: an in-frame indel or a lost stop codon.".into()],
                question: Some("Is it in a repetitive region without known function? Then BP3 applies instead.".into()),
            });
        }
    }
    let common = alt.scores.af.is_some_and(|af| af > thresholds.bs1);
    family(facts, common, &mut out);
    out.items.sort_by_key(|s| s.code);
    out
}

/// Consequences that make a variant null (PVS1's first question).
const NULL_TERMS: [&str; 7] = [
    "transcript_ablation",
    "exon_loss_variant",
    "stop_gained",
    "frameshift_variant",
    "splice_donor_variant",
    "splice_acceptor_variant",
    "start_lost",
];

/// The PVS1 decision tree (Abou Tayoun et al. 2018), as far as the file
/// can walk it; the rest becomes the question.
fn pvs1(t: &TranscriptDetail, terms: &[&str], spliceai: Option<f32>) -> Suggestion {
    let gene = t.symbol.as_deref().unwrap_or("this gene");
    let mut evidence = vec![consequence_evidence(t)];
    let mut reasoning = Vec::new();
    let mut ask =
        vec![format!("Is loss of function a known disease mechanism for {gene}? PVS1 applies only if it is.")];
    let has = |term: &str| terms.contains(&term);
    let exon = t.exon.as_deref().and_then(rank);
    let intron = t.intron.as_deref().and_then(rank);
    if let Some(text) = &t.exon {
        evidence.push(Evidence {
            field: "EXON".into(),
            value: text.clone(),
            threshold: String::new(),
            transcript: t.feature.clone(),
        });
    }
    if let Some(text) = &t.intron {
        evidence.push(Evidence {
            field: "INTRON".into(),
            value: text.clone(),
            threshold: String::new(),
            transcript: t.feature.clone(),
        });
    }
    if let Some(lof) = &t.lof {
        evidence.push(Evidence {
            field: "LoF (LOFTEE)".into(),
            value: lof.clone(),
            threshold: "HC".into(),
            transcript: t.feature.clone(),
        });
        if lof == "LC" {
            reasoning.push("LOFTEE calls this loss of function low confidence: check its filters and flags.".into());
        }
    }
    if !t.mane_select && !t.canonical {
        reasoning.push("This is neither the MANE Select nor the canonical transcript: PVS1 needs the variant to be null in a biologically relevant transcript.".into());
    }

    let strength = if has("transcript_ablation") || has("exon_loss_variant") {
        reasoning.push("The whole transcript or an exon is deleted.".into());
        Strength::VeryStrong
    } else if has("stop_gained") || has("frameshift_variant") {
        match exon {
            Some((n, count)) if n == count => {
                reasoning.push(format!("In the last exon ({n} of {count}): nonsense-mediated decay is not expected."));
                match removed_fraction(t) {
                    Some(f) if f > 0.1 => {
                        reasoning.push(format!(
                            "It removes about {:.0}% of the protein (more than 10%): strong.",
                            f * 100.0
                        ));
                        Strength::Strong
                    }
                    Some(f) => {
                        reasoning.push(format!("It removes about {:.0}% of the protein (10% or less): moderate, unless the region is critical.", f * 100.0));
                        ask.push("Is the removed region critical to the protein's function? Then strong.".into());
                        Strength::Moderate
                    }
                    None => {
                        ask.push("How much of the protein is removed, and is it critical? More than 10% or critical: strong.".into());
                        Strength::Moderate
                    }
                }
            }
            Some((n, count)) if n + 1 == count => {
                reasoning.push(format!("In the penultimate exon ({n} of {count}): decay is expected unless the change lies in the exon's last 50 nucleotides."));
                ask.push("Is it within the last 50 nucleotides of the penultimate exon? Then decay is not expected: strong or moderate.".into());
                Strength::VeryStrong
            }
            Some((n, count)) => {
                reasoning.push(format!("In exon {n} of {count}: nonsense-mediated decay is expected."));
                Strength::VeryStrong
            }
            None => {
                ask.push("The file gives no exon number: is nonsense-mediated decay expected?".into());
                Strength::VeryStrong
            }
        }
    } else if has("splice_donor_variant") || has("splice_acceptor_variant") {
        if let Some(score) = spliceai {
            // Context: the site is canonical whatever SpliceAI says.
            evidence.push(scored("SpliceAI (max delta)", score, String::new(), None));
        }
        match intron {
            Some((n, count)) if n == count => {
                reasoning.push(format!("At a canonical splice site of the last intron ({n} of {count}): skipping the last exon escapes decay."));
                ask.push("Does the change keep the reading frame, and is the affected region critical? Strong if critical or more than 10% of the protein, else moderate.".into());
                Strength::Strong
            }
            _ => {
                reasoning.push("At a canonical +/-1,2 splice site: exon skipping or a cryptic site usually disrupts the reading frame.".into());
                ask.push("Is the reading frame disrupted and decay expected? If the skipped exon keeps the frame, strong (critical region) or moderate.".into());
                Strength::VeryStrong
            }
        }
    } else {
        reasoning.push("Start codon lost: the decision tree gives moderate, or supporting when no pathogenic variants lie upstream of the nearest in-frame start.".into());
        ask.push(
            "Is there an alternative in-frame start codon, and are pathogenic variants known upstream of it?".into(),
        );
        Strength::Moderate
    };
    Suggestion { code: Code::Pvs1, strength, evidence, reasoning, question: Some(ask.join(" ")) }
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

fn frequency(af: Option<f32>, sources: &[String], th: &Thresholds, out: &mut Suggestions) {
    if sources.is_empty() {
        out.remarks.push("The file carries no population frequencies: PM2, BS1 and BA1 cannot be suggested.".into());
        return;
    }
    let field = sources.join(", ");
    let (code, strength, threshold, reasoning) = match af {
        None => (
            Code::Pm2,
            Strength::Supporting,
            "absent".to_owned(),
            "Absent from the population databases in the file: PM2 at supporting (ClinGen SVI 2020).".to_owned(),
        ),
        Some(v) if v > th.ba1 => (
            Code::Ba1,
            Strength::StandAlone,
            format!("> {}", th.ba1),
            "Common in a population: stand-alone benign.".to_owned(),
        ),
        Some(v) if v > th.bs1 => (
            Code::Bs1,
            Strength::Strong,
            format!("> {}", th.bs1),
            "More frequent than expected for the disorder (set the threshold for the disorder).".to_owned(),
        ),
        Some(v) if v <= th.pm2 => (
            Code::Pm2,
            Strength::Supporting,
            format!("<= {}", th.pm2),
            "Extremely rare in the population databases: PM2 at supporting (ClinGen SVI 2020).".to_owned(),
        ),
        Some(_) => return,
    };
    let value = af.map_or_else(|| "absent".to_owned(), |v| format!("{v}"));
    let question = match code {
        Code::Pm2 => "Is the frequency low enough for the disorder's inheritance and prevalence?",
        Code::Ba1 => "Is this one of the known common pathogenic exceptions (such as HFE p.Cys282Tyr)?",
        _ => "Is the threshold right for this disorder's prevalence and penetrance?",
    };
    out.items.push(Suggestion {
        code,
        strength,
        evidence: vec![Evidence {
            field: format!("population AF (highest of {field})"),
            value,
            threshold,
            transcript: None,
        }],
        reasoning: vec![reasoning],
        question: Some(question.into()),
    });
}

/// PP3/BP4 from REVEL (missense) and SpliceAI; each criterion once.
fn computational(alt: &AltDetail, t: Option<&TranscriptDetail>, missense: bool, out: &mut Suggestions) {
    let feature = t.and_then(|t| t.feature.clone());
    let mut pp3: Option<Suggestion> = None;
    let mut bp4: Option<Suggestion> = None;
    let splice = alt.scores.spliceai;
    if let (true, Some(revel)) = (missense, alt.scores.revel) {
        if let Some(&(cut, strength)) = REVEL_PP3.iter().find(|(cut, _)| revel >= *cut) {
            pp3 = Some(computational_suggestion(
                Code::Pp3,
                strength,
                scored("REVEL", revel, format!(">= {cut}"), feature.clone()),
                format!("REVEL {revel} reaches the {} threshold for PP3 (Pejaver 2022).", strength.label(Lang::En)),
            ));
        } else if let Some(&(cut, strength)) = REVEL_BP4.iter().find(|(cut, _)| revel <= *cut) {
            let mut s = computational_suggestion(
                Code::Bp4,
                strength,
                scored("REVEL", revel, format!("<= {cut}"), feature.clone()),
                format!("REVEL {revel} reaches the {} threshold for BP4 (Pejaver 2022).", strength.label(Lang::En)),
            );
            if splice.is_none() {
                s.question = Some("The file has no SpliceAI score: is a splicing effect ruled out?".into());
            }
            bp4 = Some(s);
        } else {
            out.remarks.push(format!("REVEL {revel} lies between the PP3 and BP4 thresholds: neither applies."));
        }
    } else if missense {
        out.remarks.push("Missense, but the file has no REVEL score: PP3/BP4 by REVEL cannot be suggested.".into());
    }
    if let Some(score) = splice {
        let splice_evidence = scored("SpliceAI (max delta)", score, String::new(), None);
        if score >= SPLICEAI_PP3 {
            let e = Evidence { threshold: format!(">= {SPLICEAI_PP3}"), ..splice_evidence };
            if bp4.take().is_some() {
                out.remarks
                    .push("REVEL points to BP4, but SpliceAI predicts a splice effect: BP4 is not suggested.".into());
            }
            match &mut pp3 {
                Some(s) => s.evidence.push(e),
                None => {
                    pp3 = Some(computational_suggestion(
                        Code::Pp3,
                        Strength::Supporting,
                        e,
                        format!("SpliceAI {score} predicts a splice effect (ClinGen SVI splicing, Walker 2023)."),
                    ))
                }
            }
        } else if score <= SPLICEAI_BP4 && pp3.is_none() {
            let e = Evidence { threshold: format!("<= {SPLICEAI_BP4}"), ..splice_evidence };
            match &mut bp4 {
                Some(s) => s.evidence.push(e),
                None if !missense => {
                    bp4 = Some(computational_suggestion(
                        Code::Bp4,
                        Strength::Supporting,
                        e,
                        format!("SpliceAI {score} predicts no splice effect (ClinGen SVI splicing, Walker 2023)."),
                    ))
                }
                None => {}
            }
        }
    }
    for s in [&mut pp3, &mut bp4].into_iter().flatten() {
        if let Some(cadd) = alt.scores.cadd {
            s.evidence.push(scored("CADD (context, not calibrated)", cadd, String::new(), None));
        }
    }
    out.items.extend(pp3.into_iter().chain(bp4));
}

fn computational_suggestion(code: Code, strength: Strength, e: Evidence, why: String) -> Suggestion {
    Suggestion { code, strength, evidence: vec![e], reasoning: vec![why], question: None }
}

/// PM6/PS2 from a trio, PM3 from pairs and homozygosity. PM3 is not
/// suggested for a variant more frequent than BS1 allows (ClinGen SVI PM3
/// asks for a rare variant).
fn family(facts: &Facts, common: bool, out: &mut Suggestions) {
    if common && (facts.homozygous == Some(Fit::Yes) || facts.partners.iter().any(|p| p.in_trans == Fit::Yes)) {
        out.remarks.push("PM3 is not suggested: the variant is too frequent for a recessive disorder's allele.".into());
    }
    match facts.de_novo {
        Some(Fit::Yes) => out.items.push(Suggestion {
            code: Code::Pm6,
            strength: Strength::Moderate,
            evidence: vec![Evidence {
                field: "GT, GQ".into(),
                value: "proband carries it; both parents confidently homozygous reference".into(),
                threshold: "parents' GQ >= 20".into(),
                transcript: None,
            }],
            reasoning: vec!["De novo in the trio, with maternity and paternity assumed.".into()],
            question: Some("Are maternity and paternity confirmed? Then apply PS2 instead of PM6.".into()),
        }),
        Some(Fit::Possible) => out.remarks.push(
            "De novo is possible but not proven (a parent is missing, uncalled or uncertain): PM6 is not suggested."
                .into(),
        ),
        _ => {}
    }
    for p in facts.partners.iter().filter(|p| p.in_trans == Fit::Yes && !common) {
        let pathogenic = p.clinvar.iter().any(|w| w == "pathogenic" || w == "likely_pathogenic");
        if pathogenic {
            out.items.push(Suggestion {
                code: Code::Pm3,
                strength: Strength::Moderate,
                evidence: vec![Evidence {
                    field: "GT of the trio; ClinVar of the other variant".into(),
                    value: format!("in trans with {} ({})", p.key, p.clinvar.join(", ")),
                    threshold: "in trans, other variant pathogenic or likely pathogenic".into(),
                    transcript: None,
                }],
                reasoning: vec!["The parents' genotypes put the two variants on different copies of the gene.".into()],
                question: Some("Is the other variant's classification confirmed in your own assessment?".into()),
            });
        } else {
            out.remarks.push(format!(
                "In trans with {}: PM3 applies once that variant is classified pathogenic or likely pathogenic.",
                p.key
            ));
        }
    }
    if facts.homozygous == Some(Fit::Yes) && !common {
        out.items.push(Suggestion {
            code: Code::Pm3,
            strength: Strength::Supporting,
            evidence: vec![Evidence {
                field: "GT".into(),
                value: "homozygous in the affected proband, parents heterozygous".into(),
                threshold: String::new(),
                transcript: None,
            }],
            reasoning: vec![
                "A homozygous occurrence counts 0.5 points towards PM3 (ClinGen SVI PM3 recommendation): supporting."
                    .into(),
            ],
            question: Some("Is homozygosity explained by consanguinity or a deletion on the other copy?".into()),
        });
    }
}

fn consequence_evidence(t: &TranscriptDetail) -> Evidence {
    let mut name = t.feature.clone().unwrap_or_else(|| "transcript".into());
    if t.mane_select {
        name.push_str(" (MANE Select)");
    } else if t.canonical {
        name.push_str(" (canonical)");
    }
    let mut value = t.consequences.join(", ");
    if let Some(p) = t.hgvsp.as_deref().or(t.hgvsc.as_deref()) {
        value = format!("{value} {p}");
    }
    Evidence { field: "Consequence".into(), value, threshold: String::new(), transcript: Some(name) }
}

fn scored(field: &str, value: f32, threshold: String, transcript: Option<String>) -> Evidence {
    Evidence { field: field.into(), value: format!("{value}"), threshold, transcript }
}
