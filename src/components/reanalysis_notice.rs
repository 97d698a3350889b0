//! Newer knowledge, said where the case is: when the lab's knowledge
//! changes (a newer ClinVar, a lab database with later classifications) or
//! the case's panels do, the case's worked variants are checked again, and
//! a line in the case bar says how many changes there are, one click from
//! the list (Lab knowledge, "What changed for this case").

use super::use_engine;
use crate::engine::LoadState;
use crate::i18n::{t, tr_with};
use crate::interpretation::Interpretation;
use crate::workbench::{use_workbench, Page};
use leptos::prelude::*;

#[component]
pub fn ReanalysisNotice() -> impl IntoView {
    let engine = use_engine();
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let bench = use_workbench();
    let knowledge = engine.knowledge;
    // Checked again at each change of what the worker knows, of the panels,
    // or of the case (a restored session comes after the file).
    Effect::new(move |_| {
        knowledge.revision.track();
        let panels = engine.narrowing.panels.get();
        let session = interp.session.with(|s| s.as_ref().filter(|s| !s.variants.is_empty()).map(|s| s.to_json()));
        if let (Some(load), Some(json)) = (engine.ready_load(), session) {
            knowledge.reanalyse(load, json, panels);
        }
    });
    // Of the case open now (tracked: another case's changes are not its).
    let count = move || {
        let open = engine.state.with(|s| if let LoadState::Ready { load, .. } = s { Some(*load) } else { None });
        let (load, changes) = knowledge.changes.get()?;
        (Some(load) == open && !changes.is_empty()).then_some(changes.len())
    };
    move || {
        count().map(|n| {
            view! {
                <p class="reanalysis-notice" role="status" data-testid="reanalysis-notice" data-changes=n>
                    {move || tr_with(msg!("reanalysis-notice"), &[("changes", n.into())])}
                    " "
                    <button type="button" class="button link" on:click=move |_| bench.page.set(Page::Knowledge)>
                        {t(msg!("reanalysis-notice-show"))}
                    </button>
                </p>
            }
        })
    }
}
