//! About this copy: what a user or a security officer checks for
//! themselves. The build (version, commit, date, and the manifest's hash,
//! which a rebuild of the commit must give again), the server's security
//! headers, the lab's update policy, and every request the page and its
//! workers have made this session (`crate::requests`).

use crate::host::{Asked, Host, Served, RELEASE};
use crate::i18n::{t, tr, tr_with};
use crate::requests::{Fetched, RequestLog};
use leptos::prelude::*;
use tolk_core::hosting::HeaderFinding;

#[component]
pub fn AboutPage() -> impl IntoView {
    view! {
        <section class="about-page" aria-labelledby="about-heading" data-testid="about">
            <h2 id="about-heading">{t(msg!("about-heading"))}</h2>
            <BuildFacts/>
            <HostHeaders/>
            <UpdatePolicy/>
            <RequestList/>
        </section>
    }
}

#[component]
fn BuildFacts() -> impl IntoView {
    let host = use_context::<Host>().expect("App provides the Host");
    let body = move || {
        match host.manifest.get() {
        Asked::Waiting => None,
        Asked::Failed(why) => Some(
            view! { <p data-testid="about-manifest-failed">{tr_with(msg!("about-manifest-failed"), &[("why", why.into())])}</p> }
                .into_any(),
        ),
        Asked::Got(m) => {
            let count = m.build.files.len();
            let files = m
                .build
                .files
                .into_iter()
                .map(|(file, sha)| view! { <tr><td>{file}</td><td class="hash">{sha}</td></tr> })
                .collect_view();
            Some(
                view! {
                    <dl class="facts">
                        <dt>{t(msg!("about-version"))}</dt>
                        <dd data-testid="about-version">{m.build.version}</dd>
                        <dt>{t(msg!("about-commit"))}</dt>
                        <dd class="hash" data-testid="about-commit">{m.build.commit}</dd>
                        <dt>{t(msg!("about-built"))}</dt>
                        <dd data-testid="about-built">{m.build.built}</dd>
                        <dt>{t(msg!("about-manifest"))}</dt>
                        <dd class="hash" data-testid="about-manifest-sha256">{m.sha256}</dd>
                    </dl>
                    {m.build.dirty.then(|| view! { <p class="warning" data-testid="about-dirty">{t(msg!("about-dirty"))}</p> })}
                    <details>
                        <summary>{move || tr_with(msg!("about-files"), &[("count", count.into())])}</summary>
                        <table class="about-table" data-testid="about-files">
                            <thead><tr><th scope="col">{t(msg!("about-file"))}</th><th scope="col">"SHA-256"</th></tr></thead>
                            <tbody>{files}</tbody>
                        </table>
                    </details>
                }
                .into_any(),
            )
        }
    }
    };
    view! {
        <section aria-labelledby="about-build">
            <h3 id="about-build">{t(msg!("about-build"))}</h3>
            {body}
            <p class="hint">{t(msg!("about-verify"))}</p>
        </section>
    }
}

#[component]
fn HostHeaders() -> impl IntoView {
    let host = use_context::<Host>().expect("App provides the Host");
    let body = move || match host.headers.get() {
        Asked::Waiting => None,
        Asked::Failed(why) => {
            Some(view! { <p>{tr_with(msg!("about-host-failed"), &[("why", why.into())])}</p> }.into_any())
        }
        Asked::Got(findings) => {
            let all_ok = findings.iter().all(|(_, f)| f.ok);
            let rows = findings.into_iter().map(header_row).collect_view();
            Some(
                view! {
                    <p data-testid="about-host-verdict" data-state=if all_ok { "ok" } else { "missing" }>
                        {tr(if all_ok { msg!("about-host-ok") } else { msg!("about-host-bad") })}
                    </p>
                    <table class="about-table" data-testid="about-headers">
                        <thead>
                            <tr>
                                <th scope="col">{t(msg!("about-response"))}</th>
                                <th scope="col">{t(msg!("about-header"))}</th>
                                <th scope="col">{t(msg!("about-expected"))}</th>
                                <th scope="col">{t(msg!("about-sent"))}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                }
                .into_any(),
            )
        }
    };
    view! {
        <section aria-labelledby="about-host">
            <h3 id="about-host">{t(msg!("about-host"))}</h3>
            {body}
        </section>
    }
}

fn header_row((served, f): (Served, HeaderFinding)) -> impl IntoView {
    let mark = if f.ok { "✓" } else { "✗" };
    let sent = f.sent.unwrap_or_else(|| tr(msg!("about-not-sent")));
    let (on, whose) = match served {
        Served::Page => ("page", tr(msg!("about-response-page"))),
        Served::Worker => ("worker", tr(msg!("about-response-worker"))),
    };
    view! {
        <tr data-testid=format!("about-header-{on}-{}", f.header.to_ascii_lowercase()) data-state=if f.ok { "ok" } else { "missing" }>
            <td>{whose}</td>
            <th scope="row"><span aria-hidden="true">{mark}" "</span>{f.header}</th>
            <td class="hash">{f.expected}</td>
            <td class="hash">{sent}</td>
        </tr>
    }
}

#[component]
fn UpdatePolicy() -> impl IntoView {
    let host = use_context::<Host>().expect("App provides the Host");
    let said = move || match host.policy.get() {
        Asked::Waiting => String::new(),
        Asked::Failed(why) => tr_with(msg!("about-policy-failed"), &[("why", why.into())]),
        Asked::Got(None) => tr_with(msg!("about-policy-none"), &[("have", RELEASE.into())]),
        Asked::Got(Some(p)) => match p.minimum_version {
            None => tr_with(msg!("about-policy-none"), &[("have", RELEASE.into())]),
            Some(minimum) => tr_with(
                msg!("about-policy-minimum"),
                &[("minimum", minimum.to_string().into()), ("have", RELEASE.into())],
            ),
        },
    };
    view! {
        <section aria-labelledby="about-updates">
            <h3 id="about-updates">{t(msg!("about-updates"))}</h3>
            <p data-testid="about-policy">{said}</p>
        </section>
    }
}

#[component]
fn RequestList() -> impl IntoView {
    let log = use_context::<RequestLog>().expect("App provides the RequestLog");
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let own = {
        let inside = format!("{origin}/");
        move |f: &Fetched| f.url.starts_with(&inside)
    };
    let summary = {
        let (origin, own) = (origin.clone(), own.clone());
        move || {
            log.entries.with(|entries| {
                let other = entries.iter().filter(|f| !f.blocked && !own(f)).count();
                let blocked = entries.iter().filter(|f| f.blocked).count();
                tr_with(
                    msg!("about-requests-summary"),
                    &[
                        ("count", entries.len().into()),
                        ("other", other.into()),
                        ("blocked", blocked.into()),
                        ("origin", origin.clone().into()),
                    ],
                )
            })
        }
    };
    let rows = move || {
        log.entries
            .get()
            .into_iter()
            .map(|f| {
                let state = if f.blocked {
                    "blocked"
                } else if own(&f) {
                    "own"
                } else {
                    "other"
                };
                let shown = f.url.strip_prefix(&origin).map(str::to_owned).unwrap_or_else(|| f.url.clone());
                let (by, kind) = (made_by(&f.from), kind_of(&f));
                view! {
                    <tr data-state=state data-from=f.from data-kind=f.kind>
                        <td>{by}</td>
                        <td>{kind}</td>
                        <td class="hash" title=f.url>{shown}</td>
                        <td class="number">{f.bytes}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="about-requests">
            <h3 id="about-requests">{t(msg!("about-requests"))}</h3>
            <p data-testid="about-requests-summary" role="status">{summary}</p>
            <table class="about-table" data-testid="about-requests-list">
                <thead>
                    <tr>
                        <th scope="col">{t(msg!("about-from"))}</th>
                        <th scope="col">{t(msg!("about-kind"))}</th>
                        <th scope="col">{t(msg!("about-address"))}</th>
                        <th scope="col" class="number">{t(msg!("about-size"))}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// Who made a request, in words: the page, or one of its workers by the
/// name its protocol gives it (`protocol.rs`).
fn made_by(from: &str) -> String {
    match from {
        "page" => tr(msg!("about-by-page")),
        "engine" => tr(msg!("about-by-engine")),
        "hasher" => tr(msg!("about-by-hasher")),
        "parser" => tr(msg!("about-by-parser")),
        other => other.to_owned(),
    }
}

/// What kind of request, in words: the browser's initiator type, or the
/// directive that blocked it (a policy's own word, kept as it is).
fn kind_of(f: &Fetched) -> String {
    if f.blocked {
        return tr_with(msg!("about-kind-blocked"), &[("directive", f.kind.clone().into())]);
    }
    match f.kind.as_str() {
        "navigation" => tr(msg!("about-kind-navigation")),
        "script" => tr(msg!("about-kind-script")),
        "link" => tr(msg!("about-kind-link")),
        "css" => tr(msg!("about-kind-css")),
        "fetch" | "xmlhttprequest" => tr(msg!("about-kind-fetch")),
        "img" => tr(msg!("about-kind-img")),
        "other" => tr(msg!("about-kind-other")),
        other => other.to_owned(),
    }
}
