//! The clinician's decision on the selected variant: the final class (the
//! points class, or another with a reason), whether it is reported, the
//! condition it is reported for, whether the call was confirmed, whether
//! it is marked for discussion, and who last changed the work on it when.
//! The comment on the variant is written in the detail's Comments part
//! (`VariantComments`).

use super::saved_as_typed;
use crate::i18n::{t, tr_with, use_language};
use crate::interpretation::Interpretation;
use crate::pseudonymise::use_pseudonymise;
use leptos::prelude::*;
use tolk_core::acmg::Class;
use tolk_core::session::{Confirmation, Override, Report, VariantFacts, VariantWork};

#[component]
pub fn VariantDecision(work: Memo<VariantWork>, snapshot: VariantFacts) -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let pseudo = use_pseudonymise();
    let snapshot = StoredValue::new(snapshot);
    let edit = move |change: Box<dyn FnOnce(&mut VariantWork)>| {
        snapshot.with_value(|facts| interp.edit(facts, |w, _| change(w)));
    };
    let override_class = move || work.with(|w| w.override_class.clone());
    let set_class = move |e: leptos::ev::Event| {
        let class = Class::parse(&event_target_value(&e));
        edit(Box::new(move |w| {
            w.override_class = class
                .map(|class| Override { class, reason: w.override_class.take().map(|o| o.reason).unwrap_or_default() });
        }));
    };
    let condition = saved_as_typed(move |text| edit(Box::new(move |w| w.condition = text)));
    let set_reason = move |e: leptos::ev::Event| {
        let reason = event_target_value(&e);
        edit(Box::new(move |w| {
            if let Some(o) = &mut w.override_class {
                o.reason = reason;
            }
        }));
    };
    view! {
        <section class="decision" aria-labelledby="decision-heading">
            <h3 id="decision-heading">{t(msg!("decision-heading"))}</h3>
            <label for="final-class">{t(msg!("decision-final-class"))}</label>
            <select id="final-class" data-testid="final-class" on:change=set_class>
                <option value="" selected=move || override_class().is_none()>{t(msg!("decision-as-points"))}</option>
                {Class::ALL
                    .into_iter()
                    .map(|c| view! {
                        <option value=c.id() selected=move || override_class().is_some_and(|o| o.class == c)>
                            {move || c.label(use_language().get())}
                        </option>
                    })
                    .collect_view()}
            </select>
            {move || override_class().map(|o| {
                let missing = o.reason.trim().is_empty();
                view! {
                    <label for="override-reason">{t(msg!("decision-reason"))}</label>
                    <textarea
                        id="override-reason"
                        data-testid="override-reason"
                        aria-invalid=missing.to_string()
                        readonly=move || pseudo.on.get()
                        prop:value=pseudo.text(&o.reason)
                        on:change=set_reason
                    ></textarea>
                    {missing.then(|| view! { <p class="error" role="alert">{t(msg!("decision-reason-missing"))}</p> })}
                }
            })}
            <label for="report-status">{t(msg!("decision-report"))}</label>
            <select
                id="report-status"
                data-testid="report-status"
                on:change=move |e| {
                    let report = Report::parse(&event_target_value(&e));
                    edit(Box::new(move |w| w.report = report));
                }
            >
                <option value="" selected=move || work.with(|w| w.report.is_none())>{t(msg!("decision-not-decided"))}</option>
                {Report::ALL
                    .into_iter()
                    .map(|r| view! {
                        <option value=r.id() selected=move || work.with(|w| w.report == Some(r))>{move || r.label(use_language().get())}</option>
                    })
                    .collect_view()}
            </select>
            <label for="variant-condition">{t(msg!("decision-condition"))}</label>
            <input
                id="variant-condition"
                data-testid="variant-condition"
                placeholder=t(msg!("decision-condition-example"))
                readonly=move || pseudo.on.get()
                prop:value=move || pseudo.text(&work.with(|w| w.condition.clone()))
                on:input=condition
                on:change=condition
            />
            <label for="confirmation">{t(msg!("decision-confirmation"))}</label>
            <select
                id="confirmation"
                data-testid="confirmation"
                on:change=move |e| {
                    let confirmation = Confirmation::parse(&event_target_value(&e));
                    edit(Box::new(move |w| w.confirmation = confirmation));
                }
            >
                <option value="" selected=move || work.with(|w| w.confirmation.is_none())>{t(msg!("decision-not-decided"))}</option>
                {Confirmation::ALL
                    .into_iter()
                    .map(|c| view! {
                        <option value=c.id() selected=move || work.with(|w| w.confirmation == Some(c))>{move || c.label(use_language().get())}</option>
                    })
                    .collect_view()}
            </select>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="discuss"
                    prop:checked=move || work.with(|w| w.discuss)
                    on:change=move |e| {
                        let discuss = event_target_checked(&e);
                        edit(Box::new(move |w| w.discuss = discuss));
                    }
                />
                {t(msg!("discuss-label"))}
            </label>
            {move || work.with(|w| (!w.updated_at.is_empty()).then(|| {
                let time = pseudo.time(&w.updated_at);
                let text = if w.updated_by.is_empty() {
                    tr_with(msg!("decision-updated"), &[("time", time.into())])
                } else {
                    tr_with(msg!("decision-updated-by"), &[("time", time.into()), ("analyst", (&w.updated_by).into())])
                };
                view! { <p class="muted" data-testid="variant-updated">{text}</p> }
            }))}
        </section>
    }
}
