//! The shared workstation's controls: saved cases past the lab's retention
//! period (listed, then removed on request), how long saved work is kept and
//! how soon the page locks, and forgetting everything Tolk keeps here.

use crate::i18n::{t, tr_with, use_language};
use crate::workstation::Workstation;
use leptos::prelude::*;

#[component]
pub fn WorkstationControls() -> impl IntoView {
    let ws = use_context::<Workstation>().expect("App provides the Workstation");
    let forget_all = move |_| {
        let question = use_language().get_untracked().t("forget-all-ask");
        if web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false) {
            ws.forget_everything();
        }
    };
    let number = move |e: leptos::ev::Event| {
        event_target_value(&e).trim().parse::<f64>().ok().filter(|v| v.is_finite() && *v >= 0.0)
    };
    view! {
        {move || {
            let expired = ws.expired.get();
            (!expired.is_empty()).then(|| {
                let names: Vec<String> = expired.iter().map(|c| c.file_name().to_owned()).collect();
                view! {
                    <div class="retention" data-testid="retention" role="status">
                        <p>
                            {tr_with(
                                "retention-expired",
                                &[("count", names.len().into()), ("days", ws.retention_days.get().into()), ("files", names.join(", ").into())],
                            )}
                        </p>
                        <button type="button" class="button" data-testid="retention-remove" on:click=move |_| ws.remove_expired()>
                            {t("retention-remove")}
                        </button>
                        <button type="button" class="button" data-testid="retention-keep" on:click=move |_| ws.expired.set(Vec::new())>
                            {t("retention-keep")}
                        </button>
                    </div>
                }
            })
        }}
        <details class="workstation" data-testid="workstation">
            <summary>{t("workstation-heading")}</summary>
            <p class="hint">{t("workstation-hint")}</p>
            <div class="threshold-fields">
                <label for="retention-days">{t("workstation-retention")}</label>
                <input
                    id="retention-days"
                    data-testid="retention-days"
                    type="number"
                    min="1"
                    step="1"
                    prop:value=move || ws.retention_days.get().to_string()
                    on:change=move |e| {
                        if let Some(days) = number(e).filter(|d| *d >= 1.0) {
                            ws.set_retention(days);
                        }
                    }
                />
                <label for="idle-minutes">{t("workstation-idle")}</label>
                <input
                    id="idle-minutes"
                    data-testid="idle-minutes"
                    type="number"
                    min="0"
                    step="any"
                    prop:value=move || ws.idle_minutes.get().to_string()
                    on:change=move |e| {
                        if let Some(minutes) = number(e) {
                            ws.set_idle(minutes);
                        }
                    }
                />
            </div>
            <button type="button" class="button" data-testid="forget-all" on:click=forget_all>
                {t("forget-all")}
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
                        <h2 id="idle-lock-heading">{t("idle-locked-heading")}</h2>
                        <p>{move || tr_with("idle-locked", &[("minutes", ws.idle_minutes.get().into())])}</p>
                        <button type="button" class="button" data-testid="idle-continue" on:click=move |_| ws.unlock()>
                            {t("idle-continue")}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
