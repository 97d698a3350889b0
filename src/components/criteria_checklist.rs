//! All 28 ACMG/AMP criteria for the selected variant, pathogenic then
//! benign: a checkbox to apply each, the strength it is applied at
//! (default, or another in ClinGen SVI notation), and a comment. Criteria
//! Tolk has a suggestion for are marked; retired ones are flagged.

use super::{saved_as_typed, Explain};
use crate::i18n::{t, tr, tr_with, use_language};
use crate::interpretation::Interpretation;
use leptos::prelude::*;
use tolk_core::acmg::{Criterion, Direction, Strength, Suggestions, CRITERIA};
use tolk_core::explain::Topic;
use tolk_core::session::{VariantFacts, VariantWork};

#[component]
pub fn CriteriaChecklist(
    work: Memo<VariantWork>,
    suggestions: Memo<Suggestions>,
    snapshot: VariantFacts,
) -> impl IntoView {
    let snapshot = StoredValue::new(snapshot);
    let group = move |direction: Direction, heading: &'static str| {
        view! {
            <fieldset class="criteria-group">
                <legend>{t(heading)}</legend>
                {CRITERIA
                    .iter()
                    .filter(|c| c.direction == direction)
                    .map(|c| criterion_row(c, work, suggestions, snapshot))
                    .collect_view()}
            </fieldset>
        }
    };
    view! {
        <section class="criteria" data-testid="criteria" aria-labelledby="criteria-heading">
            <h3 id="criteria-heading">{t(msg!("criteria-heading"))}</h3>
            {group(Direction::Pathogenic, msg!("criteria-pathogenic"))}
            {group(Direction::Benign, msg!("criteria-benign"))}
        </section>
    }
}

fn criterion_row(
    criterion: &'static Criterion,
    work: Memo<VariantWork>,
    suggestions: Memo<Suggestions>,
    snapshot: StoredValue<VariantFacts>,
) -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let code = criterion.code;
    let state = move || work.with(|w| w.criterion(code));
    let edit = move |change: Box<dyn FnOnce(&mut tolk_core::session::CriterionWork)>| {
        snapshot.with_value(|facts| {
            interp.edit(facts, |w, stamp| {
                let mut c = w.criterion(code);
                change(&mut c);
                w.set_criterion(c, stamp);
            })
        });
    };
    let comment = saved_as_typed(move |text| edit(Box::new(move |c| c.comment = text)));
    let suggested = move || suggestions.with(|s| s.items.iter().find(|i| i.code == code).map(|i| i.strength));
    let id = format!("criterion-{code}");
    let strength_id = format!("criterion-strength-{code}");
    let comment_id = format!("criterion-comment-{code}");
    let pseudo = crate::pseudonymise::use_pseudonymise();
    let needs_reason = move || work.with(|w| w.unexplained_strengths().contains(&code));
    view! {
        <div class="criterion" class:applied=move || state().applied class:retired=criterion.retired class:needs-reason=needs_reason>
            <input
                type="checkbox"
                id=id.clone()
                data-testid=id.clone()
                data-strength=move || state().strength.suffix()
                prop:checked=move || state().applied
                on:change=move |e| {
                    let on = event_target_checked(&e);
                    edit(Box::new(move |c| c.applied = on));
                }
            />
            <label for=id class="criterion-label">
                <span class="code">{code.as_str()}</span>
                " "
                <span class="title">{move || criterion.title(use_language().get())}</span>
                {criterion.retired.then(|| view! { <span class="flag">{t(msg!("criterion-retired"))}</span> })}
                {move || needs_reason().then(|| view! { <span class="flag warning" data-testid=format!("criterion-needs-reason-{code}")>{t(msg!("criterion-reason-needed"))}</span> })}
                {move || suggested().map(|s| view! { <span class="flag suggested">{move || tr_with(msg!("criterion-suggested"), &[("strength", s.label(use_language().get()).into())])}</span> })}
            </label>
            <Explain topic=Topic::Criterion(code) name=code.as_str().to_owned()/>
            <label for=strength_id.clone() class="visually-hidden">{move || tr_with(msg!("criterion-strength-label"), &[("code", code.as_str().into())])}</label>
            <select
                id=strength_id
                data-testid=format!("criterion-strength-{code}")
                on:change=move |e| {
                    if let Some(strength) = Strength::parse(&event_target_value(&e)) {
                        edit(Box::new(move |c| c.strength = strength));
                    }
                }
            >
                {code
                    .allowed()
                    .map(|s| {
                        let key = if s == code.expected_strength() { msg!("criterion-strength-default") } else { msg!("criterion-strength") };
                        view! {
                            <option value=s.suffix() selected=move || state().strength == s>
                                {move || tr_with(key, &[("strength", s.label(use_language().get()).into())])}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <label for=comment_id.clone() class="visually-hidden">{move || tr_with(msg!("criterion-comment-label"), &[("code", code.as_str().into())])}</label>
            <input
                id=comment_id
                class="criterion-comment"
                data-testid=format!("criterion-comment-{code}")
                placeholder=move || if needs_reason() { tr(msg!("criterion-reason-needed")) } else { tr(msg!("criterion-comment")) }
                aria-invalid=move || needs_reason().to_string()
                readonly=move || pseudo.on.get()
                prop:value=move || pseudo.text(&state().comment)
                on:input=comment
                on:change=comment
            />
        </div>
    }
}
