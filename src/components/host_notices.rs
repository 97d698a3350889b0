//! What the page says about its host (`crate::host`): a warning when the
//! server does not send the headers Tolk's privacy rests on, and, when the
//! lab withdrew this copy or requires a newer one, a notice over the whole
//! app saying why.

use crate::host::Host;
use crate::i18n::{t, tr, tr_with};
use crate::workbench::{Page, Workbench};
use leptos::prelude::*;
use tolk_core::hosting::Standing;

/// Shown while a header is missing or weaker; hidden for this page's life
/// on the user's word (it is said again at the next start).
#[component]
pub fn HostWarning() -> impl IntoView {
    let host = use_context::<Host>().expect("App provides the Host");
    let bench = use_context::<Workbench>().expect("App provides the Workbench");
    let hidden = RwSignal::new(false);
    let problems = Memo::new(move |_| host.header_problems());
    view! {
        <Show when=move || !hidden.get() && !problems.with(Vec::is_empty)>
            <div class="host-warning" role="alert" data-testid="host-warning">
                <p>{move || tr_with(msg!("host-warning"), &[("headers", problems.get().join(", ").into())])}</p>
                <button type="button" class="button" data-testid="host-warning-details" on:click=move |_| bench.page.set(Page::About)>
                    {t(msg!("host-warning-details"))}
                </button>
                <button type="button" class="button link" data-testid="host-warning-hide" on:click=move |_| hidden.set(true)>
                    {t(msg!("host-warning-hide"))}
                </button>
            </div>
        </Show>
    }
}

/// Over the whole app while this copy may not be used: withdrawn by the
/// lab, or older than its minimum version.
#[component]
pub fn StoppedNotice() -> impl IntoView {
    let host = use_context::<Host>().expect("App provides the Host");
    // Focus moves into the notice when it appears, also mid-session, so a
    // keyboard or screen reader user meets it at once (the page behind is
    // inert).
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let reload = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    move || {
        match host.standing.get() {
        Standing::Current => None,
        Standing::Revoked { why } => Some(view! {
            <div class="stopped" role="alertdialog" aria-modal="true" aria-labelledby="stopped-title" data-testid="stopped" data-state="revoked">
                <h2 id="stopped-title" tabindex="-1" node_ref=heading>{t(msg!("stopped-revoked"))}</h2>
                {(!why.is_empty()).then(|| {
                    let why = why.clone();
                    view! { <p data-testid="stopped-reason">{move || tr_with(msg!("stopped-reason"), &[("why", why.clone().into())])}</p> }
                })}
                <p>{t(msg!("stopped-kept"))}</p>
            </div>
        }.into_any()),
        Standing::TooOld { minimum, have, server } => {
            let newer = server.clone().filter(|s| s != &have);
            let next = match newer {
                Some(server) => tr_with(msg!("stopped-server-newer"), &[("server", server.into())]),
                None => tr(msg!("stopped-server-same")),
            };
            Some(view! {
                <div class="stopped" role="alertdialog" aria-modal="true" aria-labelledby="stopped-title" data-testid="stopped" data-state="too-old">
                    <h2 id="stopped-title" tabindex="-1" node_ref=heading>
                        {move || tr_with(msg!("stopped-too-old"), &[("have", have.clone().into()), ("minimum", minimum.clone().into())])}
                    </h2>
                    <p>{next}</p>
                    <p>{t(msg!("stopped-kept"))}</p>
                    <button type="button" class="button" data-testid="stopped-reload" on:click=reload>{t(msg!("stopped-reload"))}</button>
                </div>
            }.into_any())
        }
    }
    }
}
