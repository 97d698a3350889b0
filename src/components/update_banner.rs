//! The notice that a newer build of Tolk is installed and waiting.

use crate::i18n::t;
use crate::offline::Offline;
use leptos::prelude::*;

/// Offers the update; shown only while one waits.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let offline = use_context::<Offline>().expect("App provides Offline");
    view! {
        <Show when=move || offline.update_ready.get()>
            <div class="update-banner" role="status" data-testid="update-ready">
                <p>{t(msg!("update-ready"))}</p>
                <button type="button" class="button" data-testid="update-reload" on:click=move |_| offline.update()>
                    {t(msg!("update-reload"))}
                </button>
            </div>
        </Show>
    }
}
