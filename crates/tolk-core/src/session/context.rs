//! What a note says around the variants: how they were found (build,
//! panels, filters, inheritance mode, the funnel of counts), and what a
//! person writes (patient identifier, referral, phenotype, conclusion).
//! Kept in the session so that `tolk note SESSION.json` can write the
//! whole note without the VCF or the panels.

use crate::annotation::{FrequencySource, TranscriptPolicy};
use crate::family::{Affection, Family, Sex};
use crate::i18n::Lang;
use crate::inheritance::{Mode, Role};
use crate::loader::LoadSummary;
use crate::panel::Confidence;
use crate::vcf::assembly::BuildEvidence;
use crate::vcf::sources::DataSource;
use crate::view::{FunnelStep, Query};
use serde::{Deserialize, Serialize};

/// How the variants in the session were found; the app refreshes it from
/// the current view whenever the view changes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseContext {
    pub build: Option<BuildEvidence>,
    /// The file's sample names, in column order.
    pub samples: Vec<String>,
    /// The proband's sample name, when a family was set.
    pub proband: Option<String>,
    /// Who each of the family's samples is (empty without a family).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<SampleRole>,
    /// The file's population-frequency sources and which were in use.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub frequency: Vec<FrequencySource>,
    pub panels: Vec<PanelSummary>,
    /// Panel genes below this confidence were left out.
    pub min_confidence: Option<Confidence>,
    pub policy: TranscriptPolicy,
    /// The inheritance mode that narrowed the view, worded when a note is
    /// written, in the note's language.
    #[serde(deserialize_with = "mode_or_label")]
    pub mode: Mode,
    /// Each narrowing step with the rows it left, top to bottom.
    pub funnel: Vec<FunnelStep>,
    /// The annotation tools and databases the file's header names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<DataSource>,
    /// The knowledge files the lab opened for the case, with their releases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub knowledge: Vec<crate::knowledge::KnowledgeSource>,
}

/// One sample's place in the family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SampleRole {
    pub sample: String,
    pub role: Role,
    /// Known for the proband only (the family holds the proband's sex).
    #[serde(default, skip_serializing_if = "is_unknown_sex")]
    pub sex: Sex,
    pub affected: Affection,
}

fn is_unknown_sex(sex: &Sex) -> bool {
    *sex == Sex::Unknown
}

impl SampleRole {
    /// The roles of `family`'s members, by the file's `samples`.
    pub fn of(family: &Family, samples: &[String]) -> Vec<SampleRole> {
        let name = |i: usize| samples.get(i).cloned();
        let proband = name(family.proband).map(|sample| SampleRole {
            sample,
            role: Role::Proband,
            sex: family.proband_sex,
            affected: Affection::Affected,
        });
        let member = |role, m: crate::family::Member| {
            Some(SampleRole { sample: name(m.sample)?, role, sex: Sex::Unknown, affected: m.affected })
        };
        proband
            .into_iter()
            .chain(family.father.and_then(|m| member(Role::Father, m)))
            .chain(family.mother.and_then(|m| member(Role::Mother, m)))
            .chain(family.siblings.iter().filter_map(|&m| member(Role::Sibling, m)))
            .collect()
    }
}

/// A panel as a note cites it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PanelSummary {
    pub name: String,
    pub version: Option<String>,
    /// Genes at the confidence used.
    pub genes: usize,
    /// Regions of a BED without gene names.
    pub regions: usize,
}

impl CaseContext {
    /// From the query and the funnel of the view it made, and what the
    /// load found in the file (samples, build, frequency and data sources).
    pub fn new(query: &Query, funnel: &[FunnelStep], file: &LoadSummary) -> CaseContext {
        let min = query.min_confidence.unwrap_or(Confidence::Red);
        let samples = &file.samples;
        CaseContext {
            build: file.build.clone(),
            samples: samples.to_vec(),
            proband: query.family.as_ref().and_then(|f| samples.get(f.proband).cloned()),
            roles: query.family.as_ref().map(|f| SampleRole::of(f, samples)).unwrap_or_default(),
            frequency: file.frequency.clone(),
            panels: query
                .panels
                .iter()
                .map(|p| PanelSummary {
                    name: p.name.clone(),
                    version: p.version.clone(),
                    genes: p.genes_at(min).count(),
                    regions: p.regions.len(),
                })
                .collect(),
            min_confidence: query.min_confidence,
            policy: query.policy,
            mode: query.mode,
            funnel: funnel.to_vec(),
            sources: file.sources.clone(),
            knowledge: Vec::new(),
        }
    }

    /// The sample the note is about: the family's proband, else the only
    /// sample (and the note says which rule chose it). With several samples
    /// and no proband set there is none: the note is then incomplete, never
    /// silently about whichever sample came first. The reason is a message
    /// key.
    pub fn proband(&self) -> Option<(&str, &'static str)> {
        match (&self.proband, self.samples.as_slice()) {
            (Some(p), _) => Some((p, msg!("note-chosen-proband"))),
            (None, [only]) => Some((only, msg!("note-chosen-only"))),
            (None, _) => None,
        }
    }

    /// The role of sample `name`, if the family gives it one.
    pub fn role(&self, name: &str) -> Option<&SampleRole> {
        self.roles.iter().find(|r| r.sample == name)
    }
}

/// A mode as sessions write it (`de_novo`), or as sessions saved before
/// the note had languages wrote it: its English label (`De novo`).
fn mode_or_label<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Mode, D::Error> {
    let text = String::deserialize(d)?;
    std::iter::once(Mode::Any)
        .chain(Mode::NARROWING)
        .find(|m| m.id() == text || m.label(Lang::En) == text)
        .ok_or_else(|| serde::de::Error::custom(format!("not an inheritance mode: {text}")))
}

/// What a person writes in the note.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct NoteText {
    /// The patient or sample identifier as it should appear on the report
    /// (a pseudonym is fine); empty means the proband's sample name.
    pub patient: String,
    pub referral: String,
    /// HPO terms or free phenotype text, one per line (`HP:0001250 Seizure`).
    pub phenotype: String,
    pub conclusion: String,
    /// What the test cannot see (ACGS 2020: a report states its
    /// limitations): written by the lab, as only it knows its test.
    pub limitations: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mode_is_saved_by_id_and_older_sessions_english_labels_still_read() {
        let saved = serde_json::to_value(CaseContext { mode: Mode::DeNovo, ..CaseContext::default() }).unwrap();
        assert_eq!(saved["mode"], "de_novo");
        for written in ["de_novo", "De novo"] {
            let context: CaseContext = serde_json::from_value(serde_json::json!({ "mode": written })).unwrap();
            assert_eq!(context.mode, Mode::DeNovo, "{written}");
        }
        assert!(serde_json::from_value::<CaseContext>(serde_json::json!({ "mode": "Dominant-ish" })).is_err());
    }
}
