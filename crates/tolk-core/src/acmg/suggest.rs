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
//! - PM6 (PS2 if parentage is confirmed): de novo proven by a trio whose
//!   calls pass trio QC (`inheritance::CallQc`), each call shown.
//! - PM3: in trans (by the parents' genotypes) with a variant ClinVar
//!   calls pathogenic; PM3_Supporting for a homozygous proband.
//! - BS2: an unaffected relative homozygous (or hemizygous) for the ALT;
//!   the clinician confirms the disorder is recessive and fully penetrant
//!   by that relative's age.
//!
//! Not suggested, because the file cannot carry the evidence: PS1, PM1,
//! PM5 (need known pathogenic variants at the residue), PP2/BP1 (gene
//! knowledge), and everything SPEC.md lists as the clinician's call.

use super::criteria::{Code, Strength};
use super::facts::Facts;
use crate::annotation::hgvs::Change;
use crate::annotation::summary::TranscriptBasis;
use crate::annotation::TranscriptPolicy;
use crate::inheritance::{Fit, QcFailure, RelativeCall};
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
/// support, in criteria order.
pub fn suggest(alt: &AltDetail, facts: &Facts, thresholds: &Thresholds) -> Suggestions {
    let mut out = Suggestions::default();
    if !facts.proband_may_carry() {
        out.remarks.push(Phrase::new("suggest-remark-proband-lacks"));
        return out;
    }
    if facts.proband().is_some_and(|p| p.call.zygosity == Zygosity::Missing) {
        out.remarks.push(Phrase::new("suggest-remark-proband-no-call"));
    }
    let relevant = TranscriptPolicy::Preferred;
    let transcript = alt.worst_under(relevant);
    let terms: Vec<&str> = transcript.map(|t| t.consequences.iter().map(String::as_str).collect()).unwrap_or_default();
    let has = |term: &str| terms.contains(&term);

    let pvs1 = transcript
        .filter(|_| NULL_TERMS.iter().any(|t| has(t)))
        .and_then(|t| pvs1(t, &terms, alt.basis(relevant), alt.scores.spliceai, &mut out.remarks));
    let null = pvs1.is_some();
    out.items.extend(pvs1);
    frequency(alt, facts, thresholds, &mut out);
    if !null {
        computational(alt, transcript, has("missense_variant"), &mut out);
    } else {
        out.remarks.push(Phrase::new("suggest-remark-pp3-beside-pvs1"));
    }
    if let Some(t) = transcript {
        if has("synonymous_variant") {
            match alt.scores.spliceai {
                Some(score) if score <= SPLICEAI_BP4 => out.items.push(Suggestion {
                    code: Code::Bp7,
                    strength: Strength::Supporting,
                    evidence: vec![consequence_evidence(t), spliceai(score, Some(format!("<= {SPLICEAI_BP4}")))],
                    reasoning: vec![Phrase::new("suggest-bp7")],
                    question: Some(Phrase::new("suggest-bp7-ask")),
                }),
                Some(_) => {}
                None => out.remarks.push(Phrase::new("suggest-remark-bp7-no-spliceai")),
            }
        }
        if ["inframe_insertion", "inframe_deletion", "stop_lost"].iter().any(|term| has(term)) {
            out.items.push(Suggestion {
                code: Code::Pm4,
                strength: Strength::Moderate,
                evidence: vec![consequence_evidence(t)],
                reasoning: vec![Phrase::new("suggest-pm4")],
                question: Some(Phrase::new("suggest-pm4-ask")),
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
/// can walk it; the rest becomes the question. `t` is the biologically
/// relevant transcript's entry (its `basis` says how it was chosen).
/// `None`, with a remark, where PVS1 does not apply: a non-coding
/// transcript, or a splice variant that leaves the canonical ±1/±2
/// dinucleotide in place (or whose HGVS cannot show it).
fn pvs1(
    t: &TranscriptDetail,
    terms: &[&str],
    basis: TranscriptBasis,
    spliceai_score: Option<f32>,
    remarks: &mut Vec<Phrase>,
) -> Option<Suggestion> {
    let feature = || t.feature.clone().unwrap_or_default();
    if t.biotype.as_deref().is_some_and(|b| b != "protein_coding") {
        let biotype = t.biotype.clone().unwrap_or_default();
        remarks
            .push(Phrase::new("suggest-remark-pvs1-non-coding").arg("transcript", feature()).arg("biotype", biotype));
        return None;
    }
    let gene = t.symbol.as_deref().map_or_else(|| Phrase::new("suggest-this-gene"), Phrase::from);
    let mut evidence = vec![consequence_evidence(t)];
    let mut reasoning = Vec::new();
    let mut ask = vec![Phrase::new("suggest-pvs1-ask-mechanism").arg("gene", gene)];
    let has = |term: &str| terms.contains(&term);
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
            reasoning.push(Phrase::new("suggest-pvs1-loftee-lc"));
        }
    }
    if basis == TranscriptBasis::All {
        reasoning.push(Phrase::new("suggest-pvs1-other-transcript"));
    }
    let at = |key: &str, (n, count): (u32, u32)| Phrase::new(key).arg("n", n).arg("count", count);

    let strength = if has("transcript_ablation") || has("exon_loss_variant") {
        reasoning.push(Phrase::new("suggest-pvs1-deleted"));
        Strength::VeryStrong
    } else if has("stop_gained") || has("frameshift_variant") {
        match exon {
            Some((n, count)) if n == count => {
                reasoning.push(at("suggest-pvs1-last-exon", (n, count)));
                match removed_fraction(t) {
                    Some(f) if f > 0.1 => {
                        reasoning.push(Phrase::new("suggest-pvs1-removes-much").arg("percent", (f * 100.0).round()));
                        Strength::Strong
                    }
                    Some(f) => {
                        reasoning.push(Phrase::new("suggest-pvs1-removes-little").arg("percent", (f * 100.0).round()));
                        ask.push(Phrase::new("suggest-pvs1-ask-critical"));
                        Strength::Moderate
                    }
                    None => {
                        ask.push(Phrase::new("suggest-pvs1-ask-how-much"));
                        Strength::Moderate
                    }
                }
            }
            Some((n, count)) if n + 1 == count => {
                reasoning.push(at("suggest-pvs1-penultimate-exon", (n, count)));
                ask.push(Phrase::new("suggest-pvs1-ask-last-50"));
                Strength::VeryStrong
            }
            Some(place) => {
                reasoning.push(at("suggest-pvs1-exon", place));
                Strength::VeryStrong
            }
            None => {
                ask.push(Phrase::new("suggest-pvs1-ask-no-exon"));
                Strength::VeryStrong
            }
        }
    } else if has("splice_donor_variant") || has("splice_acceptor_variant") {
        let hgvs = t.hgvsc.clone().unwrap_or_default();
        match t.hgvsc.as_deref().and_then(Change::parse).and_then(|c| c.alters_canonical_splice_site()) {
            Some(true) => {
                evidence.push(per_transcript("HGVSc", &hgvs, Some(Phrase::new("evidence-splice-dinucleotide"))));
            }
            Some(false) => {
                remarks.push(Phrase::new("suggest-remark-splice-site-intact").arg("hgvs", hgvs));
                return None;
            }
            None => {
                remarks.push(Phrase::new("suggest-remark-splice-site-unknown").arg("hgvs", hgvs));
                return None;
            }
        }
        if let Some(score) = spliceai_score {
            // Context: the site is canonical whatever SpliceAI says.
            evidence.push(spliceai(score, None));
        }
        match intron {
            Some((n, count)) if n == count => {
                reasoning.push(at("suggest-pvs1-last-intron", (n, count)));
                ask.push(Phrase::new("suggest-pvs1-ask-last-intron"));
                Strength::Strong
            }
            _ => {
                reasoning.push(Phrase::new("suggest-pvs1-splice-site"));
                ask.push(Phrase::new("suggest-pvs1-ask-splice-frame"));
                Strength::VeryStrong
            }
        }
    } else {
        reasoning.push(Phrase::new("suggest-pvs1-start-lost"));
        ask.push(Phrase::new("suggest-pvs1-ask-start"));
        Strength::Moderate
    };
    Some(Suggestion { code: Code::Pvs1, strength, evidence, reasoning, question: Some(Phrase::separated(ask, " ")) })
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
fn frequency(alt: &AltDetail, facts: &Facts, th: &Thresholds, out: &mut Suggestions) {
    if !facts.frequency_in_use {
        out.remarks.push(Phrase::new("suggest-remark-no-frequencies"));
        return;
    }
    let highest = alt.highest_frequency();
    let filtering = alt.highest_filtering();
    let benign = filtering.or(highest).and_then(|f| Some((f, f.value?)));
    let suggestion = |code, strength, source: Option<&FrequencyValue>, threshold: Phrase, why: &str, ask: &str| {
        let evidence = match source {
            Some(f) => frequency_evidence(f, threshold),
            None => Evidence {
                field: Phrase::new("evidence-frequency-sources").arg("fields", in_use_names(alt)),
                value: Phrase::new("evidence-not-found"),
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
    match benign {
        Some((f, v)) if v > th.ba1 => {
            let rule = Phrase::from(format!("> {}", th.ba1));
            out.items.push(suggestion(
                Code::Ba1,
                Strength::StandAlone,
                Some(f),
                rule,
                "suggest-ba1",
                "suggest-ba1-ask",
            ));
            return;
        }
        Some((f, v)) if v > th.bs1 => {
            let rule = Phrase::from(format!("> {}", th.bs1));
            out.items.push(suggestion(Code::Bs1, Strength::Strong, Some(f), rule, "suggest-bs1", "suggest-bs1-ask"));
            return;
        }
        _ => {}
    }
    match highest.and_then(|f| Some((f, f.value?))) {
        None => {
            let rule = Phrase::new("evidence-pm2-rule").arg("max", format!("{}", th.pm2));
            out.items.push(suggestion(
                Code::Pm2,
                Strength::Supporting,
                None,
                rule,
                "suggest-pm2-absent",
                "suggest-pm2-ask",
            ));
        }
        Some((f, v)) if v <= th.pm2 => {
            let rule = Phrase::from(format!("<= {}", th.pm2));
            out.items.push(suggestion(
                Code::Pm2,
                Strength::Supporting,
                Some(f),
                rule,
                "suggest-pm2-rare",
                "suggest-pm2-ask",
            ));
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
        Some(database) => Phrase::new("evidence-frequency-field").arg("database", database.as_str()),
        None => Phrase::new("evidence-frequency-field-unnamed"),
    };
    Evidence {
        field: field.arg("field", f.source.name.as_str()).arg("kind", kind),
        value: f.value.map_or_else(|| Phrase::new("evidence-not-found"), |v| Phrase::from(words::af(v))),
        threshold: Some(threshold),
        transcript: None,
    }
}

/// PP3/BP4 from REVEL (missense) and SpliceAI; each criterion once.
fn computational(alt: &AltDetail, t: Option<&TranscriptDetail>, missense: bool, out: &mut Suggestions) {
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
            let why = why("suggest-pp3-revel", strength);
            pp3 = Some(computational_suggestion(Code::Pp3, strength, revel_evidence(format!(">= {cut}")), why));
        } else if let Some(&(cut, strength)) = REVEL_BP4.iter().find(|(cut, _)| revel <= *cut) {
            let why = why("suggest-bp4-revel", strength);
            let mut s = computational_suggestion(Code::Bp4, strength, revel_evidence(format!("<= {cut}")), why);
            if splice.is_none() {
                s.question = Some(Phrase::new("suggest-bp4-ask-splicing"));
            }
            bp4 = Some(s);
        } else {
            out.remarks.push(Phrase::new("suggest-remark-revel-between").arg("score", format!("{revel}")));
        }
    } else if missense {
        out.remarks.push(Phrase::new("suggest-remark-no-revel"));
    }
    if let Some(score) = splice {
        let because = |key: &str| Phrase::new(key).arg("score", format!("{score}"));
        if score >= SPLICEAI_PP3 {
            let e = spliceai(score, Some(format!(">= {SPLICEAI_PP3}")));
            if bp4.take().is_some() {
                out.remarks.push(Phrase::new("suggest-remark-bp4-splice"));
            }
            match &mut pp3 {
                Some(s) => s.evidence.push(e),
                None => {
                    let why = because("suggest-pp3-spliceai");
                    pp3 = Some(computational_suggestion(Code::Pp3, Strength::Supporting, e, why))
                }
            }
        } else if score <= SPLICEAI_BP4 && pp3.is_none() {
            let e = spliceai(score, Some(format!("<= {SPLICEAI_BP4}")));
            match &mut bp4 {
                Some(s) => s.evidence.push(e),
                None if !missense => {
                    let why = because("suggest-bp4-spliceai");
                    bp4 = Some(computational_suggestion(Code::Bp4, Strength::Supporting, e, why))
                }
                None => {}
            }
        }
    }
    for s in [&mut pp3, &mut bp4].into_iter().flatten() {
        if let Some(cadd) = alt.scores.cadd {
            s.evidence.push(Evidence {
                field: Phrase::new("evidence-cadd-context"),
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

/// PM6/PS2 from a trio, PM3 from pairs and homozygosity. PM3 is not
/// suggested for a variant more frequent than BS1 allows (ClinGen SVI PM3
/// asks for a rare variant).
fn family(facts: &Facts, common: bool, out: &mut Suggestions) {
    if common && (facts.homozygous == Some(Fit::Yes) || facts.partners.iter().any(|p| p.in_trans == Fit::Yes)) {
        out.remarks.push(Phrase::new("suggest-remark-pm3-common"));
    }
    let trio_calls =
        || facts.relatives.iter().filter(|r| r.role != crate::inheritance::Role::Sibling).map(call_evidence);
    match facts.de_novo {
        Some(Fit::Yes) => out.items.push(Suggestion {
            code: Code::Pm6,
            strength: Strength::Moderate,
            evidence: trio_calls().collect(),
            reasoning: vec![Phrase::new("suggest-pm6")],
            question: Some(Phrase::new("suggest-pm6-ask")),
        }),
        Some(Fit::Possible) => {
            out.remarks.push(Phrase::new("suggest-remark-de-novo-possible"));
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
            reasoning: vec![Phrase::new("suggest-bs2").arg("role", role.clone())],
            question: Some(Phrase::new("suggest-bs2-ask").arg("role", role)),
        });
    }
    for p in facts.partners.iter().filter(|p| p.in_trans == Fit::Yes && !common) {
        let pathogenic = p.clinvar.iter().any(|w| w == "pathogenic" || w == "likely_pathogenic");
        if pathogenic {
            out.items.push(Suggestion {
                code: Code::Pm3,
                strength: Strength::Moderate,
                evidence: vec![Evidence {
                    field: Phrase::new("evidence-pm3-field"),
                    value: Phrase::new("evidence-in-trans-with")
                        .arg("variant", p.key.as_str())
                        .arg("clinvar", p.clinvar.join(", ")),
                    threshold: Some(Phrase::new("evidence-pm3-rule")),
                    transcript: None,
                }],
                reasoning: vec![Phrase::new("suggest-pm3")],
                question: Some(Phrase::new("suggest-pm3-ask")),
            });
        } else {
            out.remarks.push(Phrase::new("suggest-remark-in-trans-unclassified").arg("variant", p.key.as_str()));
        }
    }
    if facts.homozygous == Some(Fit::Yes) && !common {
        out.items.push(Suggestion {
            code: Code::Pm3,
            strength: Strength::Supporting,
            evidence: vec![Evidence {
                field: "GT".into(),
                value: Phrase::new("evidence-homozygous-proband"),
                threshold: None,
                transcript: None,
            }],
            reasoning: vec![Phrase::new("suggest-pm3-homozygous")],
            question: Some(Phrase::new("suggest-pm3-homozygous-ask")),
        });
    }
}

/// One family member's call as evidence: `Mother: not carried (DP 31, GQ
/// 99, AB 0)`, held against trio QC.
fn call_evidence(r: &RelativeCall) -> Evidence {
    let number = |v: Option<u32>| v.map_or_else(|| ".".to_owned(), |v| v.to_string());
    let value = Phrase::new("evidence-call")
        .arg("zygosity", Phrase::new(r.call.zygosity.key()))
        .arg("dp", number(r.call.dp))
        .arg("gq", number(r.call.gq))
        .arg("ab", r.call.ab.map_or_else(|| ".".to_owned(), words::score));
    let threshold = match r.qc {
        None => Phrase::new("evidence-qc-passed"),
        Some(failure) => Phrase::new(failure.key()),
    };
    Evidence { field: Phrase::new(r.role.key()), value, threshold: Some(threshold), transcript: None }
}

/// Why a relative's call does not count as it stands.
fn qc_remark(r: &RelativeCall) -> Phrase {
    let key = match r.qc {
        Some(QcFailure::AltReads) => "suggest-remark-possible-mosaicism",
        _ => "suggest-remark-call-doubtful",
    };
    let failure = r.qc.map_or_else(|| Phrase::from(""), |f| Phrase::new(f.key()));
    Phrase::new(key).arg("role", Phrase::new(r.role.key())).arg("failure", failure)
}

fn consequence_evidence(t: &TranscriptDetail) -> Evidence {
    let kind = if t.mane_select {
        Some("evidence-mane-select")
    } else if t.canonical {
        Some("evidence-canonical")
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
        field: Phrase::new("evidence-spliceai"),
        value: format!("{score}").into(),
        threshold: threshold.map(Phrase::from),
        transcript: None,
    }
}
