//! The warnings of the last load, each naming its line, folded away unless
//! asked for.

use super::use_engine;
use crate::engine::LoadState;
use crate::i18n::{tr_with, use_language};
use crate::pseudonymise::use_pseudonymise;
use leptos::prelude::*;

/// "N warnings - details": the lines that were odd and what was done.
#[component]
pub fn WarningList() -> impl IntoView {
    let state = use_engine().state;
    let pseudo = use_pseudonymise();
    let warnings = Memo::new(move |_| match state.get() {
        LoadState::Ready { summary, warnings, .. } => Some((summary.warnings, warnings)),
        _ => None,
    });
    move || {
        warnings.get().filter(|(total, _)| *total > 0).map(|(total, kept)| {
            let shown = kept.len() as u64;
            view! {
                <details class="warnings" data-testid="warnings">
                    <summary>
                        {move || tr_with(msg!("warnings-summary"), &[("count", total.into())])}
                    </summary>
                    <ul>
                        {kept
                            .into_iter()
                            .map(|d| view! { <li>{move || pseudo.text(&tr_with(msg!("warning-line"), &[("line", d.line.to_string().into()), ("message", d.message.render(use_language().get()).into())]))}</li> })
                            .collect_view()}
                    </ul>
                    <Show when=move || { total > shown }>
                        <p>{move || tr_with(msg!("warnings-more"), &[("shown", shown.into()), ("more", (total - shown).into())])}</p>
                    </Show>
                </details>
            }
        })
    }
}
