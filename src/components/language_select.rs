//! The interface's language, switchable at any time; the choice is
//! remembered in this browser.

use crate::i18n::{t, use_language};
use leptos::prelude::*;
use tolk_core::i18n::Lang;

/// Each language listed by its own name, so that a reader who cannot read
/// the current one still finds theirs.
#[component]
pub fn LanguageSelect() -> impl IntoView {
    let language = use_language();
    view! {
        <label class="language-select">
            <span class="visually-hidden">{t(msg!("app-language"))}</span>
            <select
                data-testid="language-select"
                on:change=move |e| {
                    if let Some(lang) = Lang::from_code(&event_target_value(&e)) {
                        language.set(lang);
                    }
                }
            >
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option value=lang.code() lang=lang.code() selected=move || language.get() == lang>
                                {lang.endonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
