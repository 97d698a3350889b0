//! What a note says around the variants: how they were found (build,
//! panels, filters, inheritance mode, the funnel of counts), and what a
//! person writes (patient identifier, referral, phenotype, conclusion).
//! Kept in the session so that `tolk note SESSION.json` can write the
//! whole note without the VCF or the panels.

use crate::annotation::TranscriptPolicy;
use crate::i18n::Lang;
use crate::inheritance::Mode;
use crate::panel::Confidence;
use crate::vcf::assembly::BuildEvidence;
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
    /// From the query and the funnel of the view it made.
    pub fn new(query: &Query, funnel: &[FunnelStep], samples: &[String], build: Option<BuildEvidence>) -> CaseContext {
        let min = query.min_confidence.unwrap_or(Confidence::Red);
        CaseContext {
            build,
            samples: samples.to_vec(),
            proband: query.family.as_ref().and_then(|f| samples.get(f.proband).cloned()),
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
        }
    }

    /// The sample the note is about: the family's proband, else the only
    /// sample, else the first (and the note says which rule chose it).
    /// The reason is a message key.
    pub fn proband(&self) -> Option<(&str, &'static str)> {
        match (&self.proband, self.samples.as_slice()) {
            (Some(p), _) => Some((p, "note-chosen-proband")),
            (None, [only]) => Some((only, "note-chosen-only")),
            (None, [first, ..]) => Some((first, "note-chosen-first")),
            (None, []) => None,
        }
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
