//! Reanalysis: what newer knowledge changes for a case already worked.
//! A case reopened with a newer ClinVar, a lab database holding newer
//! classifications, or a newer version of one of its panels gets the list
//! of what changed for its variants, so nothing new is missed and nothing
//! is changed by itself: each item is for the clinician to look at.

use super::{KnowledgeSet, SiteKey};
use crate::acmg::Class;
use crate::annotation::ClinVarSignificance;
use crate::panel::{Confidence, Panel};
use crate::session::Session;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One change that touches the case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// ClinVar says something else now than when the variant was worked.
    ClinVar {
        key: String,
        gene: Option<String>,
        /// What the work saw: ClinVar's file then, else the VCF's own
        /// annotation (`source` says which).
        was: String,
        was_source: WasSource,
        now: String,
        stars: u8,
        release: Option<String>,
    },
    /// The lab classified the variant in another case since this case was
    /// last worked on.
    LabClassified { key: String, gene: Option<String>, class: Class, date: String, criteria: Vec<String> },
    /// A gene of the case's worked variants joined or left a panel between
    /// the version the case used and the one in use now.
    PanelGene { panel: String, gene: String, added: bool, was_version: Option<String>, now_version: Option<String> },
}

/// Where the earlier ClinVar word came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WasSource {
    /// The ClinVar file the lab had opened (with its release).
    Release,
    /// The ClinVar fields of the VCF's annotation.
    Annotation,
}

/// Whether two spellings of ClinVar's words say the same: the VCF's
/// annotation (`likely_pathogenic`, `conflicting_interpretations`) and
/// ClinVar's own file (`Likely pathogenic`, "Conflicting classifications
/// of pathogenicity") are read by the one parser the annotation uses.
pub fn same_verdict(a: &str, b: &str) -> bool {
    ClinVarSignificance::parse(a) == ClinVarSignificance::parse(b)
}

/// What changed for `session`'s worked variants with `knowledge`, and,
/// for each panel of the same name in `panels_now` as in those the work
/// was done with but of another version, the worked variants' genes that
/// joined or left it.
pub fn changes(session: &Session, knowledge: &KnowledgeSet, panels_now: &[Panel]) -> Vec<Change> {
    let mut out = Vec::new();
    for (key, work) in &session.variants {
        let facts = &work.facts;
        let Some(site) = SiteKey::of_key(key) else { continue };
        if let Some((now, release)) =
            knowledge.clinvar.as_ref().and_then(|(_, m)| Some((m.found.get(&site)?, m.release.date.clone())))
        {
            let was = match &facts.clinvar_release {
                Some(seen) => Some((seen.significance.clone(), WasSource::Release)),
                None if !facts.clinvar.is_empty() => Some((facts.clinvar.join("/"), WasSource::Annotation)),
                None => None,
            };
            let changed = match &was {
                Some((words, _)) => !same_verdict(words, &now.significance),
                None => true,
            };
            if changed {
                let (was, was_source) = was.unwrap_or_else(|| (String::new(), WasSource::Annotation));
                out.push(Change::ClinVar {
                    key: key.clone(),
                    gene: facts.gene.clone(),
                    was,
                    was_source,
                    now: now.significance.clone(),
                    stars: now.stars,
                    release,
                });
            }
        }
        if let Some((_, db)) = &knowledge.labdb {
            let since = work.updated_at.get(..10).unwrap_or(&work.updated_at);
            let own = knowledge.case_id.as_deref().and_then(|id| db.case_index(id));
            for c in db.classified_since(&site, since).into_iter().filter(|c| Some(c.case) != own) {
                out.push(Change::LabClassified {
                    key: key.clone(),
                    gene: facts.gene.clone(),
                    class: c.class,
                    date: c.date.clone(),
                    criteria: c.criteria.iter().map(ToString::to_string).collect(),
                });
            }
        }
    }
    let worked_genes: BTreeSet<&str> = session.variants.values().filter_map(|w| w.facts.gene.as_deref()).collect();
    // The panels the work was done with; sessions from before they were
    // kept have only the settings' (the panels as last set).
    let before = if session.worked_panels.is_empty() {
        session.case.as_ref().map(|c| c.panels.as_slice()).unwrap_or_default()
    } else {
        session.worked_panels.as_slice()
    };
    let min = session.case.as_ref().and_then(|c| c.min_confidence).unwrap_or(Confidence::Red);
    // A version of a worked panel that was not in use when the work was done.
    let worked = |p: &Panel| before.iter().any(|b| b.name == p.name && b.version == p.version);
    for old in before {
        let Some(new) = panels_now.iter().find(|p| p.name == old.name && !worked(p)) else { continue };
        for &gene in &worked_genes {
            let (was_in, is_in) = (in_panel(old, gene, min), in_panel(new, gene, min));
            if was_in != is_in {
                out.push(Change::PanelGene {
                    panel: new.name.clone(),
                    gene: gene.to_owned(),
                    added: is_in,
                    was_version: old.version.clone(),
                    now_version: new.version.clone(),
                });
            }
        }
    }
    out
}

/// Whether `panel` lists `gene` (by symbol or alias) at `min` confidence
/// or above.
fn in_panel(panel: &Panel, gene: &str, min: Confidence) -> bool {
    panel
        .genes_at(min)
        .any(|g| g.symbol.eq_ignore_ascii_case(gene) || g.aliases.iter().any(|a| a.eq_ignore_ascii_case(gene)))
}
