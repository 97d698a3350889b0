//! The funnel: how many variants remain after each step, and why the
//! others were dropped; the notes about how the view was made; and the
//! compound heterozygous pairs.

use super::use_engine;
use crate::i18n::{t, tr, tr_with, use_language};
use leptos::prelude::*;
use tolk_core::inheritance::Fit;

#[component]
pub fn Funnel() -> impl IntoView {
    let engine = use_engine();
    let view = move || engine.view.get();
    move || {
        view().map(|v| {
            let lang = use_language().get();
            let steps = v
                .funnel
                .iter()
                .map(|s| {
                    let missing = (s.kept_missing > 0)
                        .then(|| tr_with(msg!("funnel-kept-missing"), &[("count", s.kept_missing.into())]));
                    view! {
                        <li data-step=s.id.clone() data-remaining=s.remaining.to_string()>
                            <span class="num">{s.remaining}</span>
                            " "
                            {s.label.render(lang)}
                            {missing}
                        </li>
                    }
                })
                .collect_view();
            let notes = v.notes.iter().map(|n| view! { <li>{n.render(lang)}</li> }).collect_view();
            let pairs = v
                .pairs
                .iter()
                .map(|p| {
                    let fit =
                        tr(if p.fit == Fit::Yes { msg!("funnel-pair-in-trans") } else { msg!("funnel-pair-possible") });
                    view! {
                        <li data-testid="comp-het-pair">
                            <span class="gene">{p.gene.clone()}</span>
                            ": " {p.first.clone()} " + " {p.second.clone()} " — " {fit}
                        </li>
                    }
                })
                .collect_view();
            let more = (v.pair_count as usize > v.pairs.len()).then(|| {
                tr_with(msg!("funnel-more-pairs"), &[("count", (v.pair_count as usize - v.pairs.len()).into())])
            });
            view! {
                <section
                    class="funnel"
                    data-testid="funnel"
                    data-view=v.view.to_string()
                    data-apply-ms=format!("{:.2}", v.millis)
                    aria-labelledby="funnel-heading"
                >
                    <h3 id="funnel-heading">{t(msg!("funnel-heading"))}</h3>
                    <ol>{steps}</ol>
                    <p class="muted">{tr_with(msg!("funnel-applied"), &[("ms", format!("{:.0}", v.millis).into())])}</p>
                    <ul class="notes">{notes}</ul>
                    <Show when=move || !v.pairs.is_empty()>
                        <h4>{t(msg!("funnel-pairs"))}</h4>
                    </Show>
                    <ul class="pairs">{pairs}</ul>
                    <p>{more}</p>
                </section>
            }
        })
    }
}
