//! The printable note's figures: the filter funnel the note reports, and
//! each reported or listed variant's gene as it was when assessed, heads
//! coloured by the note's classes.

use tolk_core::note::{Figures, Note};
use tolk_core::view::FunnelStep;

/// Figures for `note`; a chart that cannot be drawn is left out (the note
/// says the same in its text).
pub fn note_figures(note: &Note) -> Figures {
    let steps: Vec<FunnelStep> = note
        .test
        .filters
        .iter()
        .map(|s| FunnelStep {
            id: s.step.clone(),
            label: s.label.clone().into(),
            remaining: s.remaining,
            kept_missing: s.kept_missing,
        })
        .collect();
    let lang = note.language;
    let funnel = (!steps.is_empty()).then(|| crate::funnel(&steps, lang).ok()).flatten().map(|c| c.svg);
    // The gene figures show the classes the note gives (other variants of
    // the gene that were never assessed are hollow).
    let classes = note.findings.iter().chain(&note.vus).chain(&note.assessed).map(|v| (v.key(), v.class)).collect();
    let colouring = crate::Colouring::Class(&classes);
    let genes = note
        .findings
        .iter()
        .chain(&note.vus)
        .filter_map(|v| Some((v.key(), crate::lollipop(v.lollipop.as_ref()?, colouring, lang).ok()?.svg)))
        .collect();
    Figures { funnel, genes }
}
