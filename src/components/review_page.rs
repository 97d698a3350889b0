//! Review and sign-off, one page: where the case stands and the round's
//! next step (send for review, send back, finalise, reopen), this
//! profile's signing key, the lab's roster and its training setting, and
//! the audit trail with its check.

use super::{download, read_text, FileButton};
use crate::analysts::Analysts;
use crate::i18n::{t, tr, tr_with, use_language};
use crate::interpretation::{now, Interpretation};
use crate::pseudonymise::{use_pseudonymise, Pseudonymise};
use crate::workbench::{use_workbench, Page};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::Value;
use tolk_core::i18n::Lang;
use tolk_core::session::Session;
use tolk_core::trail::{round_phrase, Action, Chain, Entry, Listing, Round, Verdict, Verification};

#[component]
pub fn ReviewPage() -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let open = move || interp.session.with(Option::is_some);
    view! {
        <section class="review-page" data-testid="review-page" aria-labelledby="review-heading">
            <h2 id="review-heading">{t(msg!("review-heading"))}</h2>
            <Show when=open fallback=|| view! { <p class="muted">{t(msg!("review-no-case"))}</p> }>
                <RoundSteps/>
            </Show>
            <SigningKey/>
            <LabRoster/>
            <Show when=open>
                <TrailList/>
            </Show>
        </section>
    }
}

/// The round, and the step this analyst can take in it.
#[component]
fn RoundSteps() -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let analysts = use_context::<Analysts>().expect("App provides the Analysts");
    let pseudo = use_pseudonymise();
    let round = move || interp.progress.with(|p| p.round);
    let mine = move || analysts.mine.with(|k| k.as_ref().map(|k| k.key.clone()));
    let has_key = move || analysts.mine.with(Option::is_some);
    let worked = move || {
        interp.session.with(|s| s.as_ref().map(|s| s.variants.keys().cloned().collect::<Vec<_>>()).unwrap_or_default())
    };
    let signer = move |signed: Option<tolk_core::trail::rounds::Signed>, key: &'static str| {
        signed.map(|s| {
            let words = tr_with(
                key,
                &[
                    ("name", pseudo.text(&s.by.name).into()),
                    ("key", s.by.key.clone().unwrap_or_default().into()),
                    ("time", pseudo.time(&s.at).into()),
                ],
            );
            view! { <p data-testid=format!("review-{}", s.role.as_str())>{words}</p> }
        })
    };
    // Finalising: every worked variant agreed by this reviewer, and a
    // reviewer other than the interpreter unless the lab allows it.
    let blocker = move || -> Option<&'static str> {
        if !has_key() {
            return Some(msg!("review-needs-key"));
        }
        if interp.analyst.with(|a| a.trim().is_empty()) {
            return Some(msg!("review-needs-name"));
        }
        if interp.own_review() && !analysts.allows_self_review() {
            return Some(msg!("review-finalise-own"));
        }
        let me = mine();
        interp.progress.with(|p| {
            if p.verdicts.values().any(|r| r.verdict == Verdict::Disagree) {
                return Some(msg!("review-finalise-disputed"));
            }
            let agreed = |k: &String| p.verdicts.get(k).is_some_and(|r| r.verdict == Verdict::Agree && r.by.key == me);
            (!worked().iter().all(agreed)).then_some(msg!("review-finalise-unagreed"))
        })
    };
    let back_comment = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let counts = move || {
        interp.progress.with(|p| {
            let n = worked().len();
            let agree = p.verdicts.values().filter(|r| r.verdict == Verdict::Agree).count();
            let disagree = p.verdicts.values().filter(|r| r.verdict == Verdict::Disagree).count();
            tr_with(
                msg!("review-counts"),
                &[("count", n.into()), ("agreed", agree.into()), ("disagreed", disagree.into())],
            )
        })
    };
    view! {
        <section class="review-round" data-testid="review-round" data-round=move || round().as_str() aria-labelledby="review-round-heading">
            <h3 id="review-round-heading">
                {move || tr_with(msg!("review-round-heading"), &[("round", round_phrase(round()).render(use_language().get()).into())])}
            </h3>
            {move || signer(interp.progress.with(|p| p.submitted.clone()), msg!("review-submitted-by"))}
            {move || signer(interp.progress.with(|p| p.finalised.clone()), msg!("review-finalised-by"))}
            {move || interp.progress.with(|p| p.self_review).then(|| view! { <p class="warning">{t(msg!("review-self-reviewed"))}</p> })}
            {move || interp.progress.with(|p| p.sent_back.clone()).filter(|_| round() == Round::Interpretation).map(|(by, comment)| view! {
                <p class="review-said review-disagree" data-testid="review-sent-back" role="alert">
                    {tr_with(msg!("review-came-back"), &[("name", pseudo.text(&by.name).into()), ("comment", pseudo.text(&comment).into())])}
                </p>
            })}
            {move || match round() {
                Round::Interpretation => view! {
                    <p class="muted">{t(msg!("review-send-hint"))}</p>
                    <button
                        type="button"
                        class="button primary"
                        data-testid="review-send"
                        disabled=move || {
                            !interp.writes() || !has_key() || interp.signing.get() || interp.analyst.with(|a| a.trim().is_empty())
                        }
                        on:click=move |_| interp.send_for_review()
                    >
                        {t(msg!("review-send"))}
                    </button>
                    {move || (!has_key()).then(|| view! { <p class="muted">{t(msg!("review-needs-key"))}</p> })}
                    {move || (has_key() && interp.analyst.with(|a| a.trim().is_empty())).then(|| view! { <p class="muted">{t(msg!("review-needs-name"))}</p> })}
                }.into_any(),
                Round::Review => view! {
                    <p data-testid="review-counts">{counts}</p>
                    <p class="muted">{t(msg!("review-verdict-hint"))}</p>
                    <button
                        type="button"
                        class="button primary"
                        data-testid="review-finalise"
                        disabled=move || !interp.writes() || interp.signing.get() || blocker().is_some()
                        on:click=move |_| interp.finalise()
                    >
                        {t(msg!("review-finalise"))}
                    </button>
                    {move || blocker().map(|key| view! { <p class="muted" data-testid="review-finalise-blocked">{tr(key)}</p> })}
                    <label for="review-back-comment">{t(msg!("review-back-comment"))}</label>
                    <textarea
                        id="review-back-comment"
                        data-testid="review-back-comment"
                        rows="2"
                        prop:value=move || back_comment.get()
                        on:input=move |e| back_comment.set(event_target_value(&e))
                    ></textarea>
                    <button
                        type="button"
                        class="button"
                        data-testid="review-send-back"
                        disabled=move || !interp.writes()
                        on:click=move |_| interp.send_back(back_comment.get_untracked().trim())
                    >
                        {t(msg!("review-send-back"))}
                    </button>
                }.into_any(),
                Round::Finalised => view! {
                    <label for="review-reopen-reason">{t(msg!("review-reopen-reason"))}</label>
                    <textarea
                        id="review-reopen-reason"
                        data-testid="review-reopen-reason"
                        rows="2"
                        prop:value=move || reason.get()
                        on:input=move |e| reason.set(event_target_value(&e))
                    ></textarea>
                    <button
                        type="button"
                        class="button"
                        data-testid="review-reopen"
                        disabled=move || !interp.writes() || reason.with(|r| r.trim().is_empty())
                        on:click=move |_| interp.reopen(reason.get_untracked().trim())
                    >
                        {t(msg!("review-reopen"))}
                    </button>
                }.into_any(),
            }}
        </section>
    }
}

/// This profile's signing key: made here, its public half saved as a
/// card for the lab's roster, or forgotten.
#[component]
fn SigningKey() -> impl IntoView {
    let analysts = use_context::<Analysts>().expect("App provides the Analysts");
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let name = RwSignal::new(interp.analyst.get_untracked());
    let save_card = move |_| {
        if let Some(card) = analysts.card() {
            let id = card.analysts[0].key.clone();
            download(&format!("tolk-key-{id}.json"), "application/json", &card.to_json());
        }
    };
    let forget = move |_| {
        let question = use_language().get_untracked().t(msg!("analysts-key-forget-ask"));
        if web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false) {
            analysts.forget_key();
        }
    };
    view! {
        <section class="signing-key" data-testid="signing-key" aria-labelledby="signing-key-heading">
            <h3 id="signing-key-heading">{t(msg!("analysts-key-heading"))}</h3>
            <p class="muted">{t(msg!("analysts-key-hint"))}</p>
            {move || match analysts.mine.get() {
                Some(key) => view! {
                    <p data-testid="signing-key-mine" data-key=key.key.clone()>
                        {tr_with(msg!("analysts-key-mine"), &[("name", key.name.as_str().into()), ("key", key.key.as_str().into()), ("time", key.created.as_str().into())])}
                    </p>
                    <div class="buttons">
                        <button type="button" class="button" data-testid="signing-key-card" on:click=save_card>
                            {t(msg!("analysts-key-card"))}
                        </button>
                        <button type="button" class="button" data-testid="signing-key-forget" on:click=forget>
                            {t(msg!("analysts-key-forget"))}
                        </button>
                    </div>
                }.into_any(),
                None => view! {
                    <label for="signing-key-name">{t(msg!("analysts-key-name"))}</label>
                    <input
                        id="signing-key-name"
                        data-testid="signing-key-name"
                        autocomplete="name"
                        prop:value=move || name.get()
                        on:input=move |e| name.set(event_target_value(&e))
                    />
                    <button
                        type="button"
                        class="button primary"
                        data-testid="signing-key-make"
                        disabled=move || name.with(|n| n.trim().is_empty())
                        on:click=move |_| analysts.create_key(name.get_untracked().trim().to_owned(), now())
                    >
                        {t(msg!("analysts-key-make"))}
                    </button>
                }.into_any(),
            }}
            {move || analysts.notice.get().map(|notice| match notice {
                Ok(p) => view! { <p class="notice" data-testid="analysts-notice" role="status">{move || p.render(use_language().get())}</p> }.into_any(),
                Err(p) => view! { <p class="error" data-testid="analysts-notice" role="alert">{move || p.render(use_language().get())}</p> }.into_any(),
            })}
        </section>
    }
}

/// The lab's roster: the analysts whose signatures count, a file opened
/// here (the roster, or an analyst's key card, merged in), saved again,
/// or forgotten; and the lab's training setting.
#[component]
fn LabRoster() -> impl IntoView {
    let analysts = use_context::<Analysts>().expect("App provides the Analysts");
    let on_files = Callback::new(move |files: Vec<web_sys::File>| {
        for file in files {
            spawn_local(async move {
                match read_text(&file).await {
                    Ok(text) => analysts.open_roster(&file.name(), &text),
                    Err(why) => analysts.notice.set(Some(Err(why))),
                }
            });
        }
    });
    let save = move |_| {
        if let Some(roster) = analysts.roster.get_untracked() {
            download("tolk-roster.json", "application/json", &roster.to_json());
        }
    };
    let rows = move || {
        analysts.roster.with(|r| {
            r.iter()
                .flat_map(|r| &r.analysts)
                .map(|a| view! { <li data-testid="roster-analyst" data-key=a.key.clone()>{format!("{} ({})", a.name, a.key)}</li> })
                .collect_view()
        })
    };
    view! {
        <section class="lab-roster" data-testid="lab-roster" aria-labelledby="lab-roster-heading">
            <h3 id="lab-roster-heading">{t(msg!("analysts-roster-heading"))}</h3>
            <p class="muted">{t(msg!("analysts-roster-hint"))}</p>
            {move || analysts.roster.with(Option::is_none).then(|| view! { <p data-testid="roster-none">{t(msg!("analysts-roster-none"))}</p> })}
            <ul class="roster">{rows}</ul>
            <div class="buttons">
                <FileButton
                    id="roster-open"
                    testid="roster-open"
                    label=t(msg!("analysts-roster-open"))
                    accept=".json,application/json"
                    multiple=true
                    on_files=on_files
                />
                <button type="button" class="button" data-testid="roster-save" disabled=move || analysts.roster.with(Option::is_none) on:click=save>
                    {t(msg!("analysts-roster-save"))}
                </button>
                <button type="button" class="button" data-testid="roster-forget" disabled=move || analysts.roster.with(Option::is_none) on:click=move |_| analysts.forget_roster()>
                    {t(msg!("analysts-roster-forget"))}
                </button>
            </div>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="lab-self-review"
                    disabled=move || analysts.roster.with(Option::is_none)
                    prop:checked=move || analysts.allows_self_review()
                    on:change=move |e| analysts.set_self_review(event_target_checked(&e))
                />
                {t(msg!("analysts-self-review"))}
            </label>
        </section>
    }
}

/// The audit trail, entry by entry, with its check. Checked only while
/// this page is shown: the check reads the whole session.
#[component]
fn TrailList() -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let analysts = use_context::<Analysts>().expect("App provides the Analysts");
    let bench = use_workbench();
    let pseudo = use_pseudonymise();
    let checked = Memo::new(move |_| {
        if bench.page.get() != Page::Review {
            return None;
        }
        let text = interp.session.with(|s| s.as_ref().map(Session::to_json))?;
        analysts.roster.with(|r| Verification::of_text(&text, r.as_ref()).ok())
    });
    let summary = move || {
        checked.get().map(|v| {
            let (state, words) = match (v.refusal(), v.chain) {
                (Some(why), _) => ("broken", why.render(use_language().get())),
                (None, Chain::Absent) => ("absent", tr(msg!("review-trail-absent"))),
                (None, _) => ("intact", tr_with(msg!("review-trail-intact"), &[("count", v.entries.into())])),
            };
            let signatures = v
                .signatures
                .iter()
                .map(|s| {
                    let listing = match &s.listing {
                        Listing::NoRoster => tr(msg!("review-signature-no-roster")),
                        Listing::Listed(name) => tr_with(msg!("review-signature-listed"), &[("name", name.as_str().into())]),
                        Listing::NotListed => tr(msg!("review-signature-not-listed")),
                    };
                    let valid = if s.fault.is_none() { tr(msg!("review-signature-valid")) } else { tr(msg!("review-signature-invalid")) };
                    let text = format!("{} {}: {valid}; {listing}", s.seq, pseudo.text(&s.name));
                    view! { <li data-testid="trail-signature" data-valid=s.fault.is_none().to_string() data-listed=matches!(s.listing, Listing::Listed(_)).to_string()>{text}</li> }
                })
                .collect_view();
            view! {
                <p data-testid="trail-check" data-state=state role=if state == "broken" { "alert" } else { "status" }>{words}</p>
                <ul class="trail-signatures">{signatures}</ul>
            }
        })
    };
    // Drawn while the page is shown: a trail is hundreds of rows.
    let entries = move || {
        if bench.page.get() != Page::Review {
            return None;
        }
        let lang = use_language().get();
        let hide = pseudo.on.get();
        let rows = |s: &Session| s.trail.iter().rev().map(|e| entry_row(e, lang, pseudo, hide)).collect_view();
        interp.session.with(|s| s.as_ref().map(rows))
    };
    view! {
        <section class="trail" data-testid="trail" aria-labelledby="trail-heading">
            <h3 id="trail-heading">{t(msg!("review-trail-heading"))}</h3>
            {summary}
            <div class="trail-scroll">
                <table class="trail-table">
                    <caption class="visually-hidden">{t(msg!("review-trail-caption"))}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"#"</th>
                            <th scope="col">{t(msg!("review-trail-when"))}</th>
                            <th scope="col">{t(msg!("review-trail-who"))}</th>
                            <th scope="col">{t(msg!("review-trail-what"))}</th>
                        </tr>
                    </thead>
                    <tbody>{entries}</tbody>
                </table>
            </div>
        </section>
    }
}

/// One entry: its number, time, author and what it did.
/// `hide_values`: while pseudonymising, a change shows where, not what
/// (the values before and after may hold the patient's identifier).
fn entry_row(e: &Entry, lang: Lang, pseudo: Pseudonymise, hide_values: bool) -> impl IntoView {
    let who = match &e.by.key {
        Some(key) => format!("{} ({key})", pseudo.text(&e.by.name)),
        None => pseudo.text(&e.by.name),
    };
    let (kind, what) = match &e.action {
        Action::Began { worked } => ("began", lang.t_with(msg!("review-entry-began"), &[("count", (*worked).into())])),
        Action::Changed { changes } => {
            let line = |c: &tolk_core::trail::Change| match hide_values {
                true => c.path.clone(),
                false => format!("{}: {} → {}", c.path, short(&c.before), short(&c.after)),
            };
            let lines: Vec<String> = changes.iter().map(line).collect();
            ("changed", pseudo.text(&lines.join("\n")))
        }
        Action::Imported { file_name } => {
            ("imported", lang.t_with(msg!("review-entry-imported"), &[("name", file_name.as_str().into())]))
        }
        Action::Submitted { .. } => ("submitted", lang.t(msg!("review-entry-submitted"))),
        Action::Reviewed { variant, verdict, comment } => {
            let word = match verdict {
                Verdict::Agree => lang.t(msg!("review-verdict-agreed")),
                Verdict::Disagree => lang.t(msg!("review-verdict-disagreed")),
            };
            ("reviewed", pseudo.text(&format!("{variant}: {word} {comment}")))
        }
        Action::SentBack { comment } => {
            ("sent_back", lang.t_with(msg!("review-entry-sent-back"), &[("comment", pseudo.text(comment).into())]))
        }
        Action::Finalised { self_review, .. } => (
            "finalised",
            lang.t(if *self_review { msg!("review-entry-finalised-self") } else { msg!("review-entry-finalised") }),
        ),
        Action::Reopened { reason } => {
            ("reopened", lang.t_with(msg!("review-entry-reopened"), &[("reason", pseudo.text(reason).into())]))
        }
    };
    view! {
        <tr data-testid="trail-entry" data-kind=kind>
            <td class="num">{e.seq}</td>
            <td>{pseudo.time(&e.at)}</td>
            <td>{who}</td>
            <td class="trail-what">{what}</td>
        </tr>
    }
}

/// A value as the trail shows it: short, on one line.
fn short(value: &Value) -> String {
    let text = match value {
        Value::Null => "—".to_owned(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(80).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}
