//! The shared workstation's controls: saved cases past the lab's retention
//! period (listed, then removed on request), how long saved work is kept and
//! how soon the page locks, encryption of saved work under a passphrase,
//! and forgetting everything Tolk keeps here.

use super::number_input::number_input;
use crate::i18n::{said, t, tr_with, use_language};
use crate::interpretation::Interpretation;
use crate::workstation::{SealState, Workstation, MIN_RETENTION_DAYS};
use leptos::prelude::*;
use tolk_core::phrase::Phrase;

/// Passphrases shorter than this are refused.
const MIN_PASSPHRASE: usize = 10;

#[component]
pub fn WorkstationControls() -> impl IntoView {
    let ws = use_context::<Workstation>().expect("App provides the Workstation");
    let forget_all = move |_| {
        let question = use_language().get_untracked().t(msg!("forget-all-ask"));
        if web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false) {
            ws.forget_everything();
        }
    };
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let passphrase = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let encrypt = move |_| {
        let (p, a) = (passphrase.get_untracked(), again.get_untracked());
        if p.chars().count() < MIN_PASSPHRASE {
            ws.seal_message.set(Some(Err(Phrase::new(msg!("seal-short")).arg("min", MIN_PASSPHRASE))));
        } else if p != a {
            ws.seal_message.set(Some(Err(Phrase::new(msg!("seal-mismatch")))));
        } else {
            passphrase.set(String::new());
            again.set(String::new());
            ws.encrypt(p, move || interp.reread());
        }
    };
    let unlock = move |_| {
        let p = passphrase.get_untracked();
        passphrase.set(String::new());
        ws.unlock_saved(p, move || interp.reread());
    };
    let message = move || {
        ws.seal_message.get().map(|m| match m {
            Ok(p) => view! { <p class="notice" data-testid="seal-message" role="status">{said(p)}</p> }.into_any(),
            Err(p) => view! { <p class="error" data-testid="seal-message" role="alert">{said(p)}</p> }.into_any(),
        })
    };
    view! {
        {move || (ws.seal.get() == SealState::Locked).then(|| view! {
            <div class="retention" data-testid="seal-locked" role="status">
                <p>{t(msg!("seal-locked-banner"))}</p>
                <label for="seal-unlock-passphrase">{t(msg!("seal-passphrase"))}</label>
                <input
                    id="seal-unlock-passphrase"
                    data-testid="seal-unlock-passphrase"
                    type="password"
                    autocomplete="current-password"
                    prop:value=move || passphrase.get()
                    on:input=move |e| passphrase.set(event_target_value(&e))
                />
                <button type="button" class="button" data-testid="seal-unlock" on:click=unlock>{t(msg!("seal-unlock"))}</button>
                {message}
            </div>
        })}
        {move || {
            let expired = ws.expired.get();
            (!expired.is_empty()).then(|| {
                let names: Vec<String> = expired.iter().map(|c| c.file_name().to_owned()).collect();
                view! {
                    <div class="retention" data-testid="retention" role="status">
                        <p>
                            {tr_with(
                                msg!("retention-expired"),
                                &[("count", names.len().into()), ("days", ws.retention_days.get().into()), ("files", names.join(", ").into())],
                            )}
                        </p>
                        <button type="button" class="button" data-testid="retention-remove" on:click=move |_| ws.remove_expired()>
                            {t(msg!("retention-remove"))}
                        </button>
                        <button type="button" class="button" data-testid="retention-keep" on:click=move |_| ws.expired.set(Vec::new())>
                            {t(msg!("retention-keep"))}
                        </button>
                    </div>
                }
            })
        }}
        {move || {
            ws.problem.get().map(|why| {
                view! { <p class="error" role="alert" data-testid="workstation-problem">{said(why)}</p> }
            })
        }}
        <details class="workstation" data-testid="workstation">
            <summary>{t(msg!("workstation-heading"))}</summary>
            <p class="hint">{t(msg!("workstation-hint"))}</p>
            <div class="threshold-fields">
                {number_input(
                    "setting-retention-days",
                    msg!("workstation-retention"),
                    (MIN_RETENTION_DAYS, None),
                    "1",
                    move || ws.retention_days.get().to_string(),
                    move |days| ws.set_retention(days),
                )}
                {number_input(
                    "setting-idle-minutes",
                    msg!("workstation-idle"),
                    (0.0, None),
                    "any",
                    move || ws.idle_minutes.get().to_string(),
                    move |minutes| ws.set_idle(minutes),
                )}
            </div>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="links-setting"
                    prop:checked=move || ws.links.get()
                    on:change=move |e| ws.set_links(event_target_checked(&e))
                />
                {t(msg!("links-setting"))}
            </label>
            <fieldset class="seal" data-testid="seal">
                <legend>{t(msg!("seal-heading"))}</legend>
                {move || match ws.seal.get() {
                    SealState::Off => view! {
                        <p class="hint">{t(msg!("seal-hint"))}</p>
                        <div class="threshold-fields">
                            <label for="seal-passphrase">{t(msg!("seal-passphrase"))}</label>
                            <input
                                id="seal-passphrase"
                                data-testid="seal-passphrase"
                                type="password"
                                autocomplete="new-password"
                                prop:value=move || passphrase.get()
                                on:input=move |e| passphrase.set(event_target_value(&e))
                            />
                            <label for="seal-again">{t(msg!("seal-again"))}</label>
                            <input
                                id="seal-again"
                                data-testid="seal-again"
                                type="password"
                                autocomplete="new-password"
                                prop:value=move || again.get()
                                on:input=move |e| again.set(event_target_value(&e))
                            />
                        </div>
                        <button type="button" class="button" data-testid="seal-enable" on:click=encrypt>{t(msg!("seal-enable"))}</button>
                    }.into_any(),
                    SealState::Locked => view! { <p>{t(msg!("seal-locked-short"))}</p> }.into_any(),
                    SealState::Open => view! { <p data-testid="seal-on">{t(msg!("seal-on"))}</p> }.into_any(),
                }}
                // While locked, the banner above says it.
                {move || (ws.seal.get() != SealState::Locked).then(message)}
            </fieldset>
            <button type="button" class="button" data-testid="forget-all" on:click=forget_all>
                {t(msg!("forget-all"))}
            </button>
        </details>
    }
}

/// Covers the page after the idle time: nothing of the case shows until
/// the analyst is back.
#[component]
pub fn IdleLock() -> impl IntoView {
    let ws = use_context::<Workstation>().expect("App provides the Workstation");
    move || {
        ws.locked.get().then(|| {
            view! {
                <div class="idle-lock" data-testid="idle-lock" role="dialog" aria-modal="true" aria-labelledby="idle-lock-heading">
                    <div>
                        <h2 id="idle-lock-heading">{t(msg!("idle-locked-heading"))}</h2>
                        <p>{move || tr_with(msg!("idle-locked"), &[("minutes", ws.idle_minutes.get().into())])}</p>
                        <button type="button" class="button" data-testid="idle-continue" on:click=move |_| ws.unlock()>
                            {t(msg!("idle-continue"))}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
