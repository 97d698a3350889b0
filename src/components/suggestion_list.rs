//! Tolk's suggestions for the selected variant, each with the evidence
//! behind it (field, value, threshold, transcript), the reasoning and the
//! question only the clinician can answer. Nothing is applied until the
//! clinician accepts, changes or rejects it; the answer is recorded with
//! who gave it and when.

use super::{Explain, FrequencyThresholds};
use crate::i18n::{said, t, tr_with, use_language};
use crate::interpretation::Interpretation;
use crate::pseudonymise::use_pseudonymise;
use leptos::prelude::*;
use tolk_core::acmg::{Strength, Suggestion, Suggestions};
use tolk_core::explain::Topic;
use tolk_core::session::{Outcome, VariantFacts, VariantWork};

#[component]
pub fn SuggestionList(
    suggestions: Memo<Suggestions>,
    work: Memo<VariantWork>,
    snapshot: VariantFacts,
) -> impl IntoView {
    let snapshot = StoredValue::new(snapshot);
    view! {
        <section class="suggestions" data-testid="suggestions" aria-labelledby="suggestions-heading">
            <h3 id="suggestions-heading">{t(msg!("suggest-heading"))}</h3>
            <FrequencyThresholds/>
            {move || {
                let s = suggestions.get();
                if s.items.is_empty() {
                    Some(view! { <p class="muted">{t(msg!("suggest-nothing"))}</p> }.into_any())
                } else {
                    Some(
                        s.items
                            .into_iter()
                            .map(|item| suggestion_card(item, work, snapshot))
                            .collect_view()
                            .into_any(),
                    )
                }
            }}
            {move || {
                let remarks = suggestions.with(|s| s.remarks.clone());
                (!remarks.is_empty())
                    .then(|| {
                        view! {
                            <ul class="remarks" data-testid="suggestion-remarks">
                                {remarks.into_iter().map(|r| view! { <li>{said(r)}</li> }).collect_view()}
                            </ul>
                        }
                    })
            }}
        </section>
    }
}

fn suggestion_card(item: Suggestion, work: Memo<VariantWork>, snapshot: StoredValue<VariantFacts>) -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let code = item.code.as_str();
    let item = StoredValue::new(item);
    let decide = move |outcome: Outcome| {
        snapshot.with_value(|facts| item.with_value(|s| interp.edit(facts, |w, stamp| w.decide(s, outcome, stamp))));
    };
    let decision = move || work.with(|w| item.with_value(|s| w.decision(s).cloned()));
    let pseudo = use_pseudonymise();
    let state = move || match decision().map(|d| d.outcome) {
        None => "open",
        Some(Outcome::Accepted) => "accepted",
        Some(Outcome::Changed(_)) => "changed",
        Some(Outcome::Rejected) => "rejected",
    };
    let (label, evidence, reasoning, question, suggested) = item.with_value(|s| {
        let (code, strength) = (s.code, s.strength);
        (
            move || {
                let strength = strength.label(use_language().get());
                tr_with(msg!("suggest-label"), &[("code", code.as_str().into()), ("strength", strength.into())])
            },
            s.evidence.clone(),
            s.reasoning.clone(),
            s.question.clone(),
            s.strength,
        )
    });
    let change_id = format!("suggestion-change-{code}");
    view! {
        <article class="suggestion" data-testid=format!("suggestion-{code}") data-state=state>
            <div class="suggestion-head">
                <h4>{label}</h4>
                <Explain topic=Topic::Criterion(item.with_value(|s| s.code)) name=code.to_owned()/>
            </div>
            <table class="evidence">
                <caption class="visually-hidden">{t(msg!("suggest-evidence"))}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(msg!("suggest-col-field"))}</th>
                        <th scope="col">{t(msg!("suggest-col-value"))}</th>
                        <th scope="col">{t(msg!("suggest-col-threshold"))}</th>
                        <th scope="col">{t(msg!("suggest-col-transcript"))}</th>
                    </tr>
                </thead>
                <tbody>
                    {evidence
                        .into_iter()
                        .map(|e| view! {
                            <tr>
                                <td>{said(e.field)}</td>
                                <td>{said(e.value)}</td>
                                <td>{e.threshold.map(said)}</td>
                                <td>{e.transcript.map(said)}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            <ul class="reasoning">{reasoning.into_iter().map(|r| view! { <li>{said(r)}</li> }).collect_view()}</ul>
            {question.map(|q| view! { <p class="question"><strong>{t(msg!("suggest-check"))}</strong>{said(q)}</p> })}
            <div class="decide">
                <button type="button" class="button" data-testid=format!("suggestion-accept-{code}") on:click=move |_| decide(Outcome::Accepted)>
                    {t(msg!("suggest-accept"))}
                </button>
                <label for=change_id.clone()>{t(msg!("suggest-apply-at"))}</label>
                <select
                    id=change_id
                    data-testid=format!("suggestion-change-{code}")
                    on:change=move |e| {
                        if let Some(strength) = Strength::parse(&event_target_value(&e)) {
                            decide(if strength == suggested { Outcome::Accepted } else { Outcome::Changed(strength) });
                        }
                    }
                >
                    <option value="" selected=move || !matches!(decision().map(|d| d.outcome), Some(Outcome::Changed(_)))>{t(msg!("suggest-another"))}</option>
                    {item.with_value(|s| s.code)
                        .allowed()
                        .map(|strength| view! {
                            <option
                                value=strength.suffix()
                                selected=move || decision().is_some_and(|d| d.outcome == Outcome::Changed(strength))
                            >
                                {move || strength.label(use_language().get())}
                            </option>
                        })
                        .collect_view()}
                </select>
                <button type="button" class="button" data-testid=format!("suggestion-reject-{code}") on:click=move |_| decide(Outcome::Rejected)>
                    {t(msg!("suggest-reject"))}
                </button>
            </div>
            {move || decision().map(|d| {
                let lang = use_language().get();
                let what = match d.outcome {
                    Outcome::Accepted => lang.t(msg!("suggest-accepted")),
                    Outcome::Changed(s) => lang.t_with(msg!("suggest-changed"), &[("strength", s.label(lang).into())]),
                    Outcome::Rejected => lang.t(msg!("suggest-rejected")),
                };
                let time = pseudo.time(&d.at);
                let text = if d.by.is_empty() {
                    lang.t_with(msg!("suggest-decided"), &[("what", what.into()), ("time", time.into())])
                } else {
                    let args = [("what", what.into()), ("analyst", (&d.by).into()), ("time", time.into())];
                    lang.t_with(msg!("suggest-decided-by"), &args)
                };
                view! { <p class="decided">{text}</p> }
            })}
        </article>
    }
}
