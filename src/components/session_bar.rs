//! The work on the open file as a whole: who is interpreting, whether the
//! latest change is saved in this browser (and whether this tab may write
//! it), the banner when earlier work was restored, the session file's
//! export and import (shown before it is taken in), and forgetting the
//! case.

use super::{download, read_text, FileButton, ImportReview};
use crate::i18n::{t, tr, tr_with, use_language};
use crate::interpretation::{Access, Interpretation, SaveState};
use crate::pseudonymise::use_pseudonymise;
use leptos::prelude::*;
use leptos::task::spawn_local;
use tolk_core::inheritance::Mode;
use tolk_core::panel::Panel;
use tolk_core::session::{CaseSettings, SampleRole};
use tolk_core::text::isolated;

/// What a restored case brought back, a phrase per part: the family by
/// its members' roles, the panels, how many filters, the mode and the
/// transcript policy. `name` passes sample names through pseudonymising.
fn restored_case(case: &CaseSettings, samples: &[String], name: impl Fn(&str) -> String) -> Vec<String> {
    let lang = use_language().get_untracked();
    let mut parts = Vec::new();
    if let Some(family) = &case.family {
        let roles = SampleRole::of(family, samples)
            .into_iter()
            .map(|r| format!("{} {}", lang.t(r.role.key()), isolated(&name(&r.sample))))
            .collect::<Vec<_>>();
        parts.push(tr_with(msg!("session-restored-family"), &[("members", roles.join(", ").into())]));
    }
    if !case.panels.is_empty() {
        let labels: Vec<String> = case.panels.iter().map(Panel::label).collect();
        parts.push(tr_with(msg!("session-restored-panels"), &[("panels", labels.join(", ").into())]));
    }
    let mut query = Vec::new();
    case.filters.to_query(&mut query);
    if !query.is_empty() {
        parts.push(tr_with(msg!("session-restored-filters"), &[("count", query.len().into())]));
    }
    if case.mode != Mode::Any {
        parts.push(case.mode.label(lang));
    }
    parts.push(case.policy.label(lang));
    parts
}

#[component]
pub fn SessionBar() -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let pseudo = use_pseudonymise();
    let engine = super::use_engine();
    let samples = move || match engine.state.get_untracked() {
        crate::engine::LoadState::Ready { summary, .. } => summary.samples,
        _ => Vec::new(),
    };
    let open = move || interp.session.with(Option::is_some);
    let on_files = Callback::new(move |files: Vec<web_sys::File>| {
        let Some(file) = files.into_iter().next() else { return };
        spawn_local(async move {
            match read_text(&file).await {
                Ok(text) => interp.import(&file.name(), &text),
                Err(e) => interp.notice.set(Some(Err(crate::interpretation::file_problem(&file.name(), e)))),
            }
        });
    });
    // Named after the file the exported session names: while
    // pseudonymising, that is the file's label, never its real name.
    let export = move |_| {
        if let Some(session) = interp.export() {
            let session = pseudo.session(&session);
            let stem = session.file.name.split('.').next().filter(|s| !s.is_empty()).unwrap_or("tolk");
            download(&format!("{stem}.tolk-session.json"), "application/json", &session.to_json());
        }
    };
    let start_afresh = move |_| {
        let Some(r) = interp.restored.get_untracked() else { return };
        let question = use_language().get_untracked().t_with(msg!("session-discard"), &[("count", r.variants.into())]);
        let sure = web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false);
        if sure {
            interp.start_afresh();
        }
    };
    let forget = move |_| {
        let question = use_language().get_untracked().t(msg!("session-forget-ask"));
        let sure = web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false);
        if sure {
            interp.forget_case();
        }
    };
    let status = move || match interp.saved.get() {
        SaveState::Idle | SaveState::Saving | SaveState::Saved { .. } if interp.typing.get() > 0 => {
            ("typing", tr(msg!("session-typing")))
        }
        SaveState::Idle => ("idle", tr(msg!("session-idle"))),
        SaveState::Saving => ("saving", tr(msg!("session-saving"))),
        SaveState::Saved { at } => ("saved", tr_with(msg!("session-saved"), &[("time", pseudo.time(&at).into())])),
        SaveState::Failed(why) => {
            ("error", tr_with(msg!("session-failed"), &[("reason", why.render(use_language().get()).into())]))
        }
        SaveState::Forgotten => ("forgotten", tr(msg!("session-forgotten"))),
    };
    view! {
        <Show when=open>
            <section class="session-bar" aria-label=t(msg!("session-label"))>
                <label for="analyst">{t(msg!("session-analyst"))}</label>
                <input
                    id="analyst"
                    data-testid="analyst"
                    autocomplete="name"
                    placeholder=t(msg!("session-analyst-placeholder"))
                    prop:value=move || interp.analyst.get()
                    on:change=move |e| interp.set_analyst(event_target_value(&e).trim().to_owned())
                />
                <p class="save-status" data-testid="save-status" data-state=move || status().0 role="status">
                    {move || status().1}
                </p>
                {move || match interp.access.get() {
                    Access::Writer => None,
                    Access::ReadOnly => Some(view! {
                        <div class="access" data-testid="access" data-state="read-only" role="status">
                            <p>{t(msg!("access-read-only"))}</p>
                            <button type="button" class="button" data-testid="take-over" on:click=move |_| interp.take_over()>
                                {t(msg!("access-take-over"))}
                            </button>
                        </div>
                    }.into_any()),
                    Access::Lost => Some(view! {
                        <div class="access" data-testid="access" data-state="lost" role="alert">
                            <p>{t(msg!("access-lost"))}</p>
                        </div>
                    }.into_any()),
                }}
                {move || (interp.persisted.get() == Some(false)).then(|| view! {
                    <p class="muted" data-testid="persist-refused">{t(msg!("session-persist-refused"))}</p>
                })}
                <button type="button" class="button" data-testid="session-export" on:click=export>
                    {t(msg!("session-export"))}
                </button>
                <FileButton
                    id="session-import"
                    testid="session-import"
                    label=t(msg!("session-import"))
                    accept=".json,application/json"
                    on_files=on_files
                />
                <button type="button" class="button" data-testid="forget-case" disabled=move || !interp.writes() on:click=forget>
                    {t(msg!("session-forget"))}
                </button>
                <ImportReview/>
                {move || {
                    interp
                        .restored
                        .get()
                        .map(|r| {
                            view! {
                                <div class="restored" data-testid="restored-work" role="status">
                                    <p>
                                        {tr_with(
                                            if r.analyst.is_empty() { msg!("session-restored") } else { msg!("session-restored-by") },
                                            &[
                                                ("count", r.variants.into()),
                                                ("time", pseudo.time(&r.updated).into()),
                                                ("analyst", (&r.analyst).into()),
                                            ],
                                        )}
                                    </p>
                                    {r.case.map(|case| {
                                        let parts = restored_case(&case, &samples(), |n| pseudo.text(n));
                                        view! {
                                            <p data-testid="restored-case">
                                                {tr_with(msg!("session-restored-case"), &[("parts", parts.join("; ").into())])}
                                            </p>
                                        }
                                    })}
                                    <button type="button" class="button" data-testid="start-afresh" on:click=start_afresh>
                                        {t(msg!("session-start-afresh"))}
                                    </button>
                                </div>
                            }
                        })
                }}
                {move || {
                    interp
                        .notice
                        .get()
                        .map(|notice| match notice {
                            Ok(p) => view! { <p class="notice" data-testid="session-notice" role="status">{move || pseudo.text(&p.render(use_language().get()))}</p> }.into_any(),
                            Err(p) => view! { <p class="error" data-testid="session-notice" role="alert">{move || pseudo.text(&p.render(use_language().get()))}</p> }.into_any(),
                        })
                }}
            </section>
        </Show>
    }
}
