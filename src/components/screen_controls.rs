//! The shared-screen controls in the masthead: pseudonymise, present the
//! marked variants, and the keyboard shortcuts. Each also has a key
//! ([`crate::screen`]).

use crate::i18n::{t, tr_with};
use crate::interpretation::Interpretation;
use crate::pseudonymise::use_pseudonymise;
use crate::screen::use_screen;
use leptos::prelude::*;

#[component]
pub fn ScreenControls() -> impl IntoView {
    let screen = use_screen();
    let pseudo = use_pseudonymise();
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let marked = move || interp.session.with(|s| s.as_ref().map_or(0, |s| s.discussed().len()));
    view! {
        <div class="screen-controls">
            <label class="switch" title=t(msg!("pseudonymise-hint"))>
                <input
                    type="checkbox"
                    role="switch"
                    data-testid="pseudonymise-toggle"
                    aria-keyshortcuts="N"
                    prop:checked=move || pseudo.on.get()
                    on:change=move |e| pseudo.set(event_target_checked(&e))
                />
                {t(msg!("pseudonymise-label"))}
            </label>
            <button
                type="button"
                class="button"
                node_ref=screen.toggle
                data-testid="presentation-toggle"
                aria-keyshortcuts="P"
                aria-pressed=move || screen.presenting.get().to_string()
                on:click=move |_| screen.present(!screen.presenting.get_untracked())
            >
                {move || tr_with(msg!("presentation-open"), &[("count", marked().into())])}
            </button>
            <button
                type="button"
                class="button"
                data-testid="shortcuts-toggle"
                aria-keyshortcuts="?"
                aria-expanded=move || screen.shortcuts.get().to_string()
                on:click=move |_| screen.shortcuts.update(|open| *open = !*open)
            >
                {t(msg!("shortcuts-open"))}
            </button>
        </div>
        <Show when=move || pseudo.on.get()>
            <p class="pseudonymised" data-testid="pseudonymised" role="status">{t(msg!("pseudonymise-on"))}</p>
        </Show>
    }
}
