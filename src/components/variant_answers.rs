//! What only the clinician can tell Tolk about the selected variant's
//! disorder and family: whether parentage is confirmed, how specific the
//! phenotype is for the gene, and the disorder's mode of inheritance (the
//! panel's for the gene until changed). The de novo, in-trans and PM2
//! suggestions are weighed by them (ClinGen SVI); they are saved with the
//! variant's work.

use crate::i18n::{t, tr_with, use_language};
use crate::interpretation::Interpretation;
use leptos::prelude::*;
use tolk_core::acmg::{Answers, DisorderInheritance, Parentage, Specificity};
use tolk_core::session::{VariantFacts, VariantWork};

#[component]
pub fn VariantAnswers(
    work: Memo<VariantWork>,
    snapshot: VariantFacts,
    /// The active panels' mode of inheritance for the gene, if any.
    panel: Option<DisorderInheritance>,
) -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let snapshot = StoredValue::new(snapshot);
    let answer = move |change: Box<dyn FnOnce(&mut Answers)>| {
        snapshot.with_value(|facts| interp.edit(facts, |w, _| change(&mut w.answers)));
    };
    let answers = move || work.with(|w| w.answers);
    let language = use_language();
    let panel_hint =
        move || panel.map(|m| tr_with(msg!("answers-panel-moi"), &[("moi", language.get().t(m.key()).into())]));
    view! {
        <fieldset class="answers" data-testid="variant-answers">
            <legend>{t(msg!("answers-heading"))}</legend>
            <label>
                {t(msg!("answers-parentage"))}
                <select
                    data-testid="answer-parentage"
                    on:change=move |e| {
                        let confirmed = event_target_value(&e) == "confirmed";
                        answer(Box::new(move |a| a.parentage = if confirmed { Parentage::Confirmed } else { Parentage::Assumed }));
                    }
                >
                    <option value="assumed" selected=move || answers().parentage == Parentage::Assumed>{t(msg!("parentage-assumed"))}</option>
                    <option value="confirmed" selected=move || answers().parentage == Parentage::Confirmed>{t(msg!("parentage-confirmed"))}</option>
                </select>
            </label>
            <label>
                {t(msg!("answers-specificity"))}
                <select
                    data-testid="answer-specificity"
                    on:change=move |e| {
                        if let Some(s) = Specificity::parse(&event_target_value(&e)) {
                            answer(Box::new(move |a| a.specificity = s));
                        }
                    }
                >
                    {Specificity::ALL
                        .map(|s| view! { <option value=s.id() selected=move || answers().specificity == s>{t(s.key())}</option> })
                        .to_vec()}
                </select>
            </label>
            <label>
                {t(msg!("answers-inheritance"))}
                <select
                    data-testid="answer-inheritance"
                    on:change=move |e| {
                        let chosen = DisorderInheritance::parse(&event_target_value(&e));
                        answer(Box::new(move |a| a.inheritance = chosen));
                    }
                >
                    <option value="" selected=move || answers().inheritance.is_none()>
                        {move || match panel {
                            Some(m) => tr_with(msg!("answers-from-panel"), &[("moi", language.get().t(m.key()).into())]),
                            None => language.get().t(msg!("answers-not-given")),
                        }}
                    </option>
                    {DisorderInheritance::ALL
                        .map(|m| view! { <option value=m.id() selected=move || answers().inheritance == Some(m)>{t(m.key())}</option> })
                        .to_vec()}
                </select>
            </label>
            <p class="hint">{panel_hint}</p>
        </fieldset>
    }
}
