//! One variant in the note: where it is, what it does, how the proband
//! carries it, and the criteria, points and class with their evidence.

use super::cnv::{NoteCnv, SampleCopies};
use crate::acmg::{Applied, Class, DisorderInheritance, VusTier};
use crate::annotation::hgvs;
use crate::annotation::summary::TranscriptBasis;
use crate::chart::Lollipop;
use crate::i18n::Lang;
use crate::inheritance::{ParentalOrigin, Role};
use crate::session::{CaseContext, Confirmation, Decision, Outcome, VariantWork};
use crate::sv::Structural;
use crate::vcf::assembly::Build;
use crate::vcf::genotype::Zygosity;
use crate::words;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NoteVariant {
    pub chrom: String,
    /// 1-based, as in the VCF.
    pub pos: u32,
    #[serde(rename = "ref")]
    pub reference: String,
    pub alt: String,
    /// `GRCh38 chr2:166003512 C>T`, or without the build when unknown.
    pub position: String,
    /// The chromosome's RefSeq accession in the build (`NC_000002.12`).
    pub genomic_reference: Option<String>,
    /// Genomic HGVS for substitutions (`NC_000002.12:g.166003512C>T`);
    /// absent for indels, whose HGVS needs the reference sequence to shift
    /// them 3' and which a VCF does not carry.
    pub hgvsg: Option<String>,
    pub gene: Option<String>,
    pub hgnc_id: Option<String>,
    /// The transcript as the annotation names it (often Ensembl's).
    pub transcript: Option<String>,
    /// Why that transcript: MANE Select, canonical, or the worst of all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transcript_basis: Option<TranscriptBasis>,
    /// The versioned MANE Select RefSeq transcript (`NM_003165.6`), where
    /// `transcript` is the MANE Select and the file names its RefSeq twin:
    /// the two are identical in sequence, so the c. description holds for
    /// both, and reports quote the NM_.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refseq_transcript: Option<String>,
    /// HGVS c. on the reported transcript: `NM_003165.6:c.1099C>T` where
    /// the MANE Select RefSeq is known, else as the annotation wrote it.
    pub hgvsc: Option<String>,
    /// The protein change predicted from it, in parentheses as HGVS writes
    /// predicted consequences: `p.(Arg367Ter)`.
    pub hgvsp: Option<String>,
    pub consequence: Option<String>,
    /// The patient's zygosity (the note's sample).
    pub zygosity: Option<Zygosity>,
    /// Every sample's, in the file's column order.
    pub zygosity_by_sample: Vec<SampleZygosity>,
    /// The inheritance modes the genotypes fit, in words.
    pub inheritance: String,
    /// Which parent the proband's ALT came from, where the trio shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parental_origin: Option<ParentalOrigin>,
    pub af: Option<f32>,
    /// Whether the file had population frequencies in use at all: `af`
    /// absent then means "not found in them", else "not annotated", which
    /// is never evidence of rarity.
    pub frequency_annotated: bool,
    pub cadd: Option<f32>,
    pub revel: Option<f32>,
    pub spliceai: Option<f32>,
    pub clinvar: Vec<String>,
    /// ClinVar review stars (0 to 4), where the file has the review status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clinvar_stars: Option<u8>,
    /// The condition the finding is reported for, as the analyst wrote it.
    pub condition: String,
    /// The condition's mode of inheritance, as the analyst (or the panel)
    /// gave it.
    pub disorder_inheritance: Option<DisorderInheritance>,
    /// Whether the call was confirmed by another method.
    pub confirmation: Option<Confirmation>,
    /// The criteria applied, in code order.
    pub criteria: Vec<NoteCriterion>,
    /// Criteria considered and not applied: a suggestion rejected, or a
    /// comment on why not.
    pub considered: Vec<NoteCriterion>,
    pub points: i32,
    /// The class by points (Tavtigian 2020).
    pub points_class: Class,
    /// For a VUS by points: its tier (low, mid, high).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vus_tier: Option<VusTier>,
    /// The class by the Richards 2015 combining rules: audit detail, not
    /// shown beside the reported class.
    pub class_2015: Class,
    /// The class reported: the analyst's override, else the points class.
    pub class: Class,
    pub override_reason: Option<String>,
    /// What the team meeting decided, when it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<NoteMeeting>,
    /// The reviewer's verdict, from the audit trail: this review's or,
    /// back in interpretation, the one that sent the case back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<super::NoteReview>,
    /// Adjustments made while counting, and cautions.
    pub classification_notes: Vec<String>,
    /// Criteria applied away from their usual strength with no reason
    /// given (`PM6_Strong`): the note is a draft until each has one.
    pub unexplained_strengths: Vec<String>,
    pub comment: String,
    pub assessed_by: String,
    pub assessed_at: String,
    /// Type, span and size, where it is a structural variant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sv: Option<Structural>,
    /// A structural variant's genes, every one its annotation names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub genes: Vec<String>,
    /// A structural variant's copy number per sample, where the caller gave one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<SampleCopies>,
    /// The patient's copy number (the note's sample), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_number: Option<u8>,
    /// The ACMG/ClinGen CNV points, where the analyst scored the variant by
    /// them: then `class` (without an override) is theirs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cnv: Option<NoteCnv>,
    /// Chart data for the printable note's gene figure; not part of the
    /// note's JSON.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub lollipop: Option<Lollipop>,
}

/// The team meeting's decision on the variant, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NoteMeeting {
    /// The class the team agreed on; null when it agreed on none.
    pub agreed_class: Option<Class>,
    /// Whether the agreed class differs from `class`, the one this note
    /// reports: the note then says so wherever it gives the decision.
    pub differs_from_class: bool,
    /// What happens next, as the team put it.
    pub action: String,
    /// Who was present (names or roles).
    pub present: Vec<String>,
    /// The meeting's date, as recorded.
    pub date: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SampleZygosity {
    pub sample: String,
    /// Who the sample is in the family, when a family was set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    pub zygosity: Zygosity,
}

/// A criterion as the note states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NoteCriterion {
    /// `PM2`.
    pub code: String,
    /// ClinGen SVI notation: `PM2_Supporting`; the bare code at its
    /// default strength.
    pub applied_as: String,
    /// `supporting`, `moderate`, `strong`, `very strong`, `stand-alone`.
    pub strength: String,
    /// Signed: benign criteria count against.
    pub points: i32,
    pub comment: String,
    /// Tolk's suggestion and what the analyst made of it, when there was
    /// one: `suggested at strong; applied at moderate`.
    pub suggestion: Option<String>,
    /// The evidence shown with the suggestion.
    pub evidence: Vec<String>,
}

impl NoteVariant {
    /// `sample` is the note's patient column; `context` gives the build and
    /// the family's roles.
    pub fn new(work: &VariantWork, lang: Lang, context: &CaseContext, sample: Option<&str>) -> NoteVariant {
        let build: Option<Build> = context.build.as_ref().map(|b| b.build);
        let f = &work.facts;
        let classification = work.classification();
        let class = work.final_class();
        let genomic_reference = build.and_then(|b| b.accession(&f.chrom));
        let change = match &f.sv {
            Some(sv) => super::cnv::describe(lang, &f.chrom, sv),
            None => format!("{}:{} {}>{}", f.chrom, f.pos, f.reference, f.alt),
        };
        let position = match build {
            Some(b) => format!("{} {change}", b.name()),
            None => change,
        };
        let mut criteria = Vec::new();
        let mut considered = Vec::new();
        for c in &work.criteria {
            let decisions: Vec<&Decision> = work.decisions.iter().filter(|d| d.code == c.code).collect();
            if !c.applied && c.comment.trim().is_empty() && decisions.is_empty() {
                continue;
            }
            let applied = Applied { code: c.code, strength: c.strength };
            let entry = NoteCriterion {
                code: c.code.as_str().to_owned(),
                applied_as: applied.to_string(),
                strength: c.strength.label(lang),
                points: applied.points(),
                comment: c.comment.clone(),
                suggestion: (!decisions.is_empty()).then(|| {
                    decisions.iter().map(|d| describe(lang, d)).collect::<Vec<_>>().join(&lang.t(msg!("decision-then")))
                }),
                evidence: decisions.iter().flat_map(|d| d.evidence.iter().map(|e| e.render(lang))).collect(),
            };
            if c.applied {
                criteria.push(entry);
            } else {
                considered.push(entry);
            }
        }
        NoteVariant {
            chrom: f.chrom.clone(),
            pos: f.pos,
            reference: f.reference.clone(),
            alt: f.alt.clone(),
            position,
            hgvsg: genomic_reference.as_deref().and_then(|acc| substitution_hgvs(acc, f.pos, &f.reference, &f.alt)),
            genomic_reference,
            gene: f.gene.clone(),
            hgnc_id: f.hgnc_id.clone(),
            transcript: f.transcript.clone(),
            transcript_basis: f.basis,
            refseq_transcript: f.refseq.clone(),
            hgvsc: f.hgvsc.as_deref().map(|c| match &f.refseq {
                Some(nm) => format!("{nm}:{}", hgvs::description(c)),
                None => c.to_owned(),
            }),
            hgvsp: f.hgvsp.as_deref().map(hgvs::predicted_protein),
            consequence: f.consequence.clone(),
            zygosity: sample.and_then(|s| f.zygosity.iter().find(|(name, _)| name == s)).map(|&(_, z)| z),
            zygosity_by_sample: f
                .zygosity
                .iter()
                .map(|(sample, z)| SampleZygosity {
                    sample: sample.clone(),
                    role: context.role(sample).map(|r| r.role),
                    zygosity: *z,
                })
                .collect(),
            inheritance: words::inheritance(lang, &f.inheritance),
            parental_origin: f.origin,
            af: f.af,
            // Sessions saved before the sources were kept say nothing of them.
            frequency_annotated: context.frequency.is_empty() || context.frequency.iter().any(|s| s.in_use),
            cadd: f.cadd,
            revel: f.revel,
            spliceai: f.spliceai,
            clinvar: f.clinvar.clone(),
            clinvar_stars: f.clinvar_stars,
            condition: work.condition.clone(),
            disorder_inheritance: work.answers().inheritance,
            confirmation: work.confirmation,
            criteria,
            considered,
            points: classification.points,
            points_class: classification.class,
            vus_tier: classification.vus_tier,
            class_2015: classification.class_2015,
            class,
            override_reason: work.override_class.as_ref().map(|o| o.reason.clone()),
            // A decision that holds nothing (only a hand-edited file has one) is none.
            meeting: work.meeting.as_ref().filter(|m| !m.is_empty()).map(|m| NoteMeeting {
                agreed_class: m.agreed_class,
                differs_from_class: m.differs_from(class),
                action: m.action.clone(),
                present: m.present.clone(),
                date: m.date.clone(),
            }),
            review: None,
            classification_notes: classification.notes.iter().map(|n| n.render(lang)).collect(),
            unexplained_strengths: work
                .unexplained_strengths()
                .into_iter()
                .map(|code| work.criterion(code))
                .map(|c| Applied { code: c.code, strength: c.strength }.to_string())
                .collect(),
            comment: work.comment.clone(),
            assessed_by: work.updated_by.clone(),
            assessed_at: work.updated_at.clone(),
            sv: f.sv.clone(),
            genes: f.genes.clone(),
            copies: f
                .copies
                .iter()
                .map(|(sample, copies)| SampleCopies { sample: sample.clone(), copies: *copies })
                .collect(),
            copy_number: sample.and_then(|s| f.copies.iter().find(|(name, _)| name == s)).map(|&(_, c)| c),
            cnv: work.cnv.as_ref().map(|c| NoteCnv::new(c, lang)),
            lollipop: f.lollipop.clone(),
        }
    }

    /// `CHROM:POS:REF:ALT`, as the session keys it.
    pub fn key(&self) -> String {
        crate::key::VariantKey { chrom: &self.chrom, pos: self.pos, reference: &self.reference, alt: &self.alt }
            .to_string()
    }

    /// `SCN1A c.2836C>T` or the position, `SKA3 DEL 13:21732262-21734037`
    /// for a structural variant: how lists and warnings name it.
    pub fn label(&self) -> String {
        if let Some(sv) = &self.sv {
            let genes = if self.genes.is_empty() { self.gene.iter().cloned().collect() } else { self.genes.clone() };
            let genes = match genes.len() {
                0 => String::new(),
                1..=3 => format!("{} ", genes.join(", ")),
                n => format!("{}, … ({n}) ", genes[..2].join(", ")),
            };
            return format!("{genes}{} {}:{}-{}", sv.kind.id(), self.chrom, sv.start, sv.end);
        }
        let change = self.hgvsc.as_deref().map(|h| h.rsplit(':').next().unwrap_or(h));
        match (&self.gene, change) {
            (Some(g), Some(c)) => format!("{g} {c}"),
            (Some(g), None) => format!("{g} {}:{} {}>{}", self.chrom, self.pos, self.reference, self.alt),
            _ => format!("{}:{} {}>{}", self.chrom, self.pos, self.reference, self.alt),
        }
    }

    /// The applied criteria in SVI notation: `PVS1, PM2_Supporting`; for
    /// a CNV scored by points, its items first: `CNV 2A +1.00, 5A +0.45`.
    pub fn criteria_line(&self) -> String {
        let criteria = self.criteria.iter().map(|c| c.applied_as.clone());
        let cnv = self.cnv.as_ref().filter(|c| !c.items.is_empty()).map(|c| format!("CNV {}", c.items_line()));
        cnv.into_iter().chain(criteria).collect::<Vec<_>>().join(", ")
    }
}

fn describe(lang: Lang, d: &Decision) -> String {
    let suggested = ("suggested", d.suggested.label(lang).into());
    match d.outcome {
        Outcome::Accepted => lang.t_with(msg!("decision-accepted"), &[suggested]),
        Outcome::Changed(s) => lang.t_with(msg!("decision-changed"), &[suggested, ("applied", s.label(lang).into())]),
        Outcome::Rejected => lang.t_with(msg!("decision-rejected"), &[suggested]),
    }
}

/// `acc:g.POSR>A` for a single-base substitution, `acc:g.S_EdelinsALT` for
/// a multi-base one of equal length; `None` for anything that may need
/// shifting (insertions, deletions) or is symbolic.
fn substitution_hgvs(acc: &str, pos: u32, reference: &str, alt: &str) -> Option<String> {
    let bases = |s: &str| !s.is_empty() && s.bytes().all(|b| matches!(b, b'A' | b'C' | b'G' | b'T'));
    if !bases(reference) || !bases(alt) || reference.len() != alt.len() || reference == alt {
        return None;
    }
    Some(if reference.len() == 1 {
        format!("{acc}:g.{pos}{reference}>{alt}")
    } else {
        format!("{acc}:g.{pos}_{}delins{alt}", pos + reference.len() as u32 - 1)
    })
}

#[cfg(test)]
mod tests {
    use super::substitution_hgvs;

    #[test]
    fn genomic_hgvs_only_where_no_shifting_is_needed() {
        let acc = "NC_000002.12";
        assert_eq!(substitution_hgvs(acc, 100, "C", "T").as_deref(), Some("NC_000002.12:g.100C>T"));
        assert_eq!(substitution_hgvs(acc, 100, "CA", "TG").as_deref(), Some("NC_000002.12:g.100_101delinsTG"));
        assert_eq!(substitution_hgvs(acc, 100, "CA", "C"), None);
        assert_eq!(substitution_hgvs(acc, 100, "C", "CA"), None);
        assert_eq!(substitution_hgvs(acc, 100, "C", "<DEL>"), None);
        assert_eq!(substitution_hgvs(acc, 100, "C", "*"), None);
    }
}
