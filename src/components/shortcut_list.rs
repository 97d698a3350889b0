//! The list of keyboard shortcuts (`?`): what each key does, in the words
//! of the interface's language. The keys themselves are in
//! [`crate::screen`] and the variant table.

use crate::i18n::t;
use crate::screen::use_screen;
use leptos::prelude::*;

/// Key and message key; keys are written as a keyboard labels them.
const SHORTCUTS: [(&str, &str); 13] = [
    ("?", msg!("shortcuts-key-help")),
    ("J", msg!("shortcuts-key-grid-next")),
    ("K", msg!("shortcuts-key-grid-previous")),
    ("A", msg!("shortcuts-key-accept")),
    ("R", msg!("shortcuts-key-reject")),
    ("T", msg!("shortcuts-key-discuss")),
    ("/", msg!("shortcuts-key-search")),
    ("P", msg!("shortcuts-key-present")),
    ("N", msg!("shortcuts-key-pseudonymise")),
    ("→ ↓ PgDn", msg!("shortcuts-key-next")),
    ("← ↑ PgUp", msg!("shortcuts-key-previous")),
    ("Esc", msg!("shortcuts-key-leave")),
    ("Tab", msg!("shortcuts-key-tab")),
];

#[component]
pub fn ShortcutList() -> impl IntoView {
    let screen = use_screen();
    let close = NodeRef::<leptos::html::Button>::new();
    // The close button takes focus, so Enter or Escape dismisses at once.
    Effect::new(move |_| {
        if screen.shortcuts.get() {
            request_animation_frame(move || {
                if let Some(button) = close.get_untracked() {
                    let _ = button.focus();
                }
            });
        }
    });
    view! {
        <Show when=move || screen.shortcuts.get()>
            <div class="shortcuts" role="dialog" aria-modal="true" aria-labelledby="shortcuts-heading" data-testid="shortcuts">
                <h2 id="shortcuts-heading">{t(msg!("shortcuts-title"))}</h2>
                <dl>
                    {SHORTCUTS
                        .into_iter()
                        .map(|(key, what)| view! { <div><dt><kbd>{key}</kbd></dt><dd>{t(what)}</dd></div> })
                        .collect_view()}
                </dl>
                <p class="muted">{t(msg!("shortcuts-table"))}</p>
                <p class="muted">{t(msg!("shortcuts-note"))}</p>
                <button type="button" class="button" node_ref=close on:click=move |_| screen.shortcuts.set(false)>
                    {t(msg!("shortcuts-close"))}
                </button>
            </div>
        </Show>
    }
}
