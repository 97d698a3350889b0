//! Gene panels: import files (PanelApp JSON or TSV, BED, symbol lists) or
//! paste symbols, choose the PanelApp confidence, and see which panel genes
//! the file has variants in.

use super::{about_file, read_text, use_engine, FileButton};
use crate::i18n::{t, tr, tr_with, use_language};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use tolk_core::panel::{Confidence, Panel};
use tolk_core::phrase::Phrase;

/// The demo case's panel (public/demo), made by the Tolk team.
const DEMO_PANEL_URL: &str = "demo/tolk-demo-epilepsy-panel.json";

const LEVELS: [(&str, Option<Confidence>, &str); 3] = [
    ("all", None, msg!("confidence-all")),
    ("2", Some(Confidence::Amber), msg!("confidence-amber")),
    ("3", Some(Confidence::Green), msg!("confidence-green")),
];

#[component]
pub fn PanelPicker() -> impl IntoView {
    let engine = use_engine();
    let narrowing = engine.narrowing;
    let error = RwSignal::new(None::<Phrase>);
    let pasted = RwSignal::new(String::new());

    let import = move |name: String, text: String| match Panel::parse(&name, &text) {
        Ok(panels) => {
            error.set(None);
            narrowing.add_panels(panels);
        }
        Err(e) => error.set(Some(about_file(&name, e.phrase()))),
    };
    let on_files = Callback::new(move |files: Vec<web_sys::File>| {
        for file in files {
            spawn_local(async move {
                match read_text(&file).await {
                    Ok(text) => import(file.name(), text),
                    Err(e) => error.set(Some(about_file(&file.name(), e))),
                }
            });
        }
    });
    let add_pasted = move |_| {
        let text = pasted.get_untracked();
        if !text.trim().is_empty() {
            import(tr(msg!("panel-pasted-name")), text);
            pasted.set(String::new());
        }
    };
    let use_demo = move |_| {
        spawn_local(async move {
            match super::fetch_text(DEMO_PANEL_URL).await {
                Ok(text) => import(tr(msg!("panel-demo-name")), text),
                Err(e) => error.set(Some(Phrase::new(msg!("panel-demo-failed")).arg("reason", e))),
            }
        });
    };
    let on_level = move |event: ev::Event| {
        let value = event_target_value(&event);
        narrowing.min_confidence.set(LEVELS.iter().find(|(id, ..)| *id == value).and_then(|(_, c, _)| *c));
    };

    view! {
        <section class="panel-picker" aria-labelledby="panels-heading">
            <h3 id="panels-heading">{t(msg!("panel-heading"))}</h3>
            <div class="row">
                <FileButton
                    id="panel-input"
                    testid="panel-input"
                    label=t(msg!("panel-import"))
                    accept=".json,.tsv,.txt,.bed,.csv,.list"
                    multiple=true
                    on_files
                />
                <button type="button" class="button" on:click=use_demo data-testid="demo-panel">
                    {t(msg!("panel-demo"))}
                </button>
                <label>
                    {t(msg!("panel-confidence"))}
                    <select data-testid="panel-confidence" on:change=on_level>
                        {LEVELS
                            .iter()
                            .map(|(id, level, label)| {
                                view! {
                                    <option value=*id selected=move || narrowing.min_confidence.get() == *level>
                                        {t(label)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <details>
                <summary>{t(msg!("panel-paste"))}</summary>
                <label for="panel-paste" class="visually-hidden">{t(msg!("panel-paste-label"))}</label>
                <textarea
                    id="panel-paste"
                    rows="3"
                    placeholder="SCN1A, STXBP1, KCNQ2"
                    prop:value=move || pasted.get()
                    on:input=move |e| pasted.set(event_target_value(&e))
                ></textarea>
                <button type="button" class="button" on:click=add_pasted>{t(msg!("panel-paste-add"))}</button>
            </details>
            <Show when=move || error.get().is_some()>
                <p class="error" role="alert">{move || error.get().map(|e| e.render(use_language().get()))}</p>
            </Show>
            <ul class="panel-list">
                {move || {
                    narrowing
                        .panels
                        .get()
                        .into_iter()
                        .map(|p| {
                            let label = p.label();
                            let remove_label = label.clone();
                            view! {
                                <li>
                                    {label.clone()}
                                    " "
                                    <button
                                        type="button"
                                        class="link"
                                        aria-label=move || tr_with(msg!("panel-remove-label"), &[("panel", (&label).into())])
                                        on:click=move |_| {
                                            narrowing.panels.update(|ps| ps.retain(|x| x.label() != remove_label))
                                        }
                                    >
                                        {t(msg!("panel-remove"))}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
                {move || {
                    narrowing
                        .missing_panels
                        .get()
                        .into_iter()
                        .map(|label| {
                            view! {
                                <li class="warning">
                                    {move || tr_with(msg!("panel-missing"), &[("panel", (&label).into())])}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <PanelSummary/>
        </section>
    }
}

/// How the active panels meet the file: genes, matched, and which did not.
#[component]
fn PanelSummary() -> impl IntoView {
    let engine = use_engine();
    let report = move || engine.view.with(|v| v.as_ref().and_then(|v| v.panel.clone()));
    let gencc = engine.knowledge.gencc;
    move || {
        report().map(|r| {
            let genes = r.genes.len();
            let matched = r.matched();
            let unmatched: Vec<String> =
                r.genes.iter().filter(|g| g.file_symbol.is_none()).map(|g| g.symbol.clone()).collect();
            let none_in_view: Vec<String> = r
                .genes
                .iter()
                .filter(|g| g.file_symbol.is_some() && g.in_view == 0)
                .map(|g| g.symbol.clone())
                .collect();
            let rows = r
                .genes
                .iter()
                .map(|g| {
                    let how = match (&g.file_symbol, g.matched_by) {
                        (Some(s), Some(by)) if *s != g.symbol => {
                            tr_with(msg!("panel-gene-as"), &[("symbol", s.into()), ("how", format!("{by:?}").into())])
                        }
                        (Some(_), _) => tr(msg!("panel-gene-yes")),
                        (None, _) => tr(msg!("panel-gene-none")),
                    };
                    // Read in the cell: GenCC's answer redraws the cell, not
                    // the summary (which would close its table).
                    let symbol = g.symbol.clone();
                    let gencc = move || {
                        gencc.with(|m| m.get(&symbol).cloned()).map(|d| {
                            let validity = d.validity;
                            let title = format!("{} ({}); {}", d.disease, d.moi, d.submitters.join(", "));
                            view! { <span title=title>{move || tr(validity.key())} " · " {d.moi.clone()}</span> }
                        })
                    };
                    view! {
                        <tr>
                            <td class="gene">{g.symbol.clone()}</td>
                            <td>{g.confidence.map(|c| format!("{c:?}")).unwrap_or_default()}</td>
                            <td>{g.inheritance.clone().unwrap_or_default()}</td>
                            <td data-testid="panel-gene-gencc">{gencc}</td>
                            <td>{how}</td>
                            <td class="num">{g.variants}</td>
                            <td class="num">{g.in_view}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div
                    class="panel-summary"
                    data-testid="panel-summary"
                    data-genes=genes.to_string()
                    data-matched=matched.to_string()
                >
                    <p>
                        {tr_with(msg!("panel-summary"), &[("genes", genes.into()), ("matched", matched.into())])}
                        {(!unmatched.is_empty())
                            .then(|| tr_with(msg!("panel-unmatched"), &[("genes", unmatched.join(", ").into())]))}
                        {(!none_in_view.is_empty())
                            .then(|| tr_with(msg!("panel-none-in-view"), &[("genes", none_in_view.join(", ").into())]))}
                    </p>
                    <details>
                        <summary>{t(msg!("panel-genes"))}</summary>
                        <table class="compact">
                            <thead>
                                <tr>
                                    <th scope="col">{t(msg!("panel-col-gene"))}</th>
                                    <th scope="col">{t(msg!("panel-col-confidence"))}</th>
                                    <th scope="col">{t(msg!("panel-col-moi"))}</th>
                                    <th scope="col">{t(msg!("panel-col-gencc"))}</th>
                                    <th scope="col">{t(msg!("panel-col-in-file"))}</th>
                                    <th scope="col" class="num">{t(msg!("panel-col-variants"))}</th>
                                    <th scope="col" class="num">{t(msg!("panel-col-in-view"))}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </details>
                </div>
            }
        })
    }
}
