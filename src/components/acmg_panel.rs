//! ACMG/AMP classification of the selected variant: Tolk's suggestions
//! with their evidence, the checklist of all 28 criteria, the resulting
//! classification, and the clinician's decision. Every change goes through
//! [`Interpretation::edit`], which saves it at once. In a teaching case's
//! exam the suggestions are hidden until the learner submits.

use super::use_engine;
use super::{
    ClassificationBox, CnvChecklist, CriteriaChecklist, ReviewVerdict, SuggestionList, VariantAnswers, VariantDecision,
};
use crate::engine::Selection;
use crate::i18n::{t, tr_with, use_language};
use crate::interpretation::Interpretation;
use crate::teaching::use_teaching;
use leptos::prelude::*;
use tolk_core::acmg::{suggest, DisorderInheritance, Suggestions};
use tolk_core::session::VariantWork;

#[component]
pub fn AcmgPanel() -> impl IntoView {
    let engine = use_engine();
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let teaching = use_teaching();
    // A memo, so that the panel is built again only when saving becomes
    // possible (or impossible), not at every edit (that would take the
    // keyboard focus away). Work that cannot be saved is not offered.
    let saving = Memo::new(move |_| {
        if interp.session.with(Option::is_some) {
            Ok(())
        } else {
            Err(engine.file.with(|f| f.as_ref().and_then(|(_, f)| f.as_ref().err().cloned())))
        }
    });
    // The selected variant: the panel is built again for another variant
    // (or the same one read again, which passes through loading), not when
    // its gene chart arrives a moment later, which would take the keyboard
    // focus from a suggestion just reached (the chart joins the work's
    // facts on its own: `Interpretation`).
    let shown = Memo::new_with_compare(
        move |_| match engine.selection.get() {
            Selection::Ready { row, alt, detail } => Some((row, alt, detail)),
            _ => None,
        },
        |old, new| {
            let variant = |s: Option<&Option<(u32, u16, Box<crate::protocol::Selected>)>>| {
                s.and_then(|s| s.as_ref().map(|(row, alt, _)| (*row, *alt)))
            };
            variant(old) != variant(new)
        },
    );
    move || {
        let (_, alt, detail) = shown.get()?;
        match saving.get() {
            Ok(()) => {}
            Err(None) => {
                return Some(
                    view! {
                        <section class="acmg" data-testid="acmg-panel" data-state="waiting">
                            <p role="status">{t(msg!("acmg-hashing"))}</p>
                        </section>
                    }
                    .into_any(),
                )
            }
            Err(Some(why)) => {
                return Some(
                    view! {
                        <section class="acmg" data-testid="acmg-panel" data-state="error">
                            <p class="error" role="alert">
                                {move || tr_with(msg!("acmg-unavailable"), &[("reason", why.render(use_language().get()).into())])}
                            </p>
                        </section>
                    }
                    .into_any(),
                )
            }
        }
        let selected = *detail;
        let snapshot = selected.snapshot.clone();
        let key = snapshot.key();
        let work = {
            let (key, snapshot) = (key.clone(), snapshot.clone());
            Memo::new(move |_| interp.work(&key).unwrap_or_else(|| VariantWork::new(snapshot.clone())))
        };
        let facts = selected.facts.clone();
        // A copy-number change is scored by the CNV points; so is any
        // variant already scored by them (the checklist lets that be undone).
        let cnv_facts = selected.cnv.clone();
        let is_cnv = cnv_facts.is_some();
        let cnv_shown = Memo::new(move |_| is_cnv || work.with(|w| w.cnv.is_some()));
        let for_cnv = StoredValue::new(snapshot.clone());
        let decoded = selected.record.alts.get(usize::from(alt) - 1).cloned()?;
        let panel = snapshot.panel_inheritance.as_deref().map(DisorderInheritance::from_panel);
        let hidden = {
            let key = key.clone();
            Memo::new(move |_| teaching.hides_help(&key))
        };
        let suggestions = Memo::new(move |_| {
            if hidden.get() {
                return Suggestions::default();
            }
            let thresholds = interp.session.with(|s| s.as_ref().map(|s| s.thresholds).unwrap_or_default());
            // The panel as it is now (the work's facts may predate it).
            let answers = work.with(|w| w.answers).with_panel(panel);
            suggest(&decoded, &facts, &thresholds, &answers)
        });
        let gene = snapshot.gene.as_deref().map(|g| format!("{g} ")).unwrap_or_default();
        let change = snapshot.hgvsp.as_deref().or(snapshot.hgvsc.as_deref()).unwrap_or(&key).to_owned();
        let for_list = StoredValue::new(snapshot.clone());
        let review_key = key.clone();
        let title = move || tr_with(msg!("acmg-title"), &[("variant", format!("{gene}{change}").into())]);
        Some(
            view! {
                <section class="acmg" data-testid="acmg-panel" data-variant=key aria-labelledby="acmg-heading">
                    <h2 id="acmg-heading">{title}</h2>
                    <ReviewVerdict variant=review_key/>
                    // Read-only while another tab writes the case, and
                    // outside interpretation.
                    <fieldset class="plain acmg-grid" disabled=move || !interp.work_open()>
                        <div class="acmg-main">
                            <VariantAnswers work=work snapshot=snapshot.clone() panel=panel/>
                            <Show when=move || cnv_shown.get()>
                                <CnvChecklist work=work facts=cnv_facts.clone() snapshot=for_cnv.get_value() hidden=hidden/>
                            </Show>
                            <Show
                                when=move || !hidden.get()
                                fallback=|| view! { <p class="muted" data-testid="suggestions-hidden">{t(msg!("exam-suggestions-hidden"))}</p> }
                            >
                                <SuggestionList suggestions=suggestions work=work snapshot=for_list.get_value()/>
                            </Show>
                            <CriteriaChecklist work=work suggestions=suggestions snapshot=snapshot.clone()/>
                        </div>
                        <div class="acmg-side">
                            <ClassificationBox work=work/>
                            <VariantDecision work=work snapshot=snapshot/>
                        </div>
                    </fieldset>
                </section>
            }
            .into_any(),
        )
    }
}
