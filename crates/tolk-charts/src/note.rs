//! The printable note's figures: the family as a pedigree, the filter
//! funnel the note reports, and each reported or listed variant's gene as
//! it was when assessed, heads coloured by the note's classes.

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
    let pedigree = (!note.family.is_empty()).then(|| crate::family_pedigree(&note.family, lang));
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
    Figures { pedigree, funnel, genes }
}

#[cfg(test)]
mod tests {
    use super::note_figures;
    use tolk_core::family::Sex;
    use tolk_core::i18n::Lang;
    use tolk_core::inheritance::Role;
    use tolk_core::note::{html, FamilyMember, Note};
    use tolk_core::session::Session;

    fn demo() -> Session {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/note/demo.session.json");
        Session::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn the_printable_note_draws_the_family_the_app_draws_and_none_without_one() {
        let session = demo();
        let note = Note::from_session(&session, Lang::En);
        let figures = note_figures(&note);
        let svg = figures.pedigree.clone().expect("the demo case has a trio");
        // The same drawing as the family editor's, from the case's family.
        let family = session.case.as_ref().and_then(|c| c.family.as_ref()).unwrap();
        assert_eq!(svg, crate::pedigree(family, &session.context.samples, |_| Sex::Unknown, Lang::En));
        assert_eq!((svg.matches("<rect").count(), svg.matches("<circle").count()), (1, 2), "father; mother, proband");
        let page = html::render(&note, &figures);
        let at = page.find(&svg).expect("in the HTML note");
        assert!(page[..at].contains("<h2>Test</h2>") && !page[..at].contains("<h2>Findings"));

        let mut alone = session.clone();
        alone.context.roles.clear();
        let note = Note::from_session(&alone, Lang::En);
        let figures = note_figures(&note);
        assert_eq!(figures.pedigree, None);
        assert!(!html::render(&note, &figures).contains("<figcaption>The family"));
    }

    #[test]
    fn a_family_without_a_proband_is_still_drawn() {
        // A hand-edited session's roles can name a parent alone.
        let father = FamilyMember::sequenced(Role::Father, "DAD", Sex::Unknown, Default::default());
        let svg = crate::family_pedigree(&FamilyMember::family([father]), Lang::En);
        assert!(svg.contains("Father DAD: male, affection unknown; Mother: not sequenced"), "{svg}");
    }
}
