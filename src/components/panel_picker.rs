//! Gene panels: import files (PanelApp JSON or TSV, BED, symbol lists) or
//! paste symbols, choose the PanelApp confidence, and see which panel genes
//! the file has variants in.

use super::{read_text, use_engine, FileButton};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use tolk_core::panel::{Confidence, Panel};

/// The demo case's panel (public/demo), made by the Tolk team.
const DEMO_PANEL_URL: &str = "demo/tolk-demo-epilepsy-panel.json";

const LEVELS: [(&str, Option<Confidence>, &str); 3] = [
    ("all", None, "All genes"),
    ("2", Some(Confidence::Amber), "Green and amber"),
    ("3", Some(Confidence::Green), "Green only"),
];

#[component]
pub fn PanelPicker() -> impl IntoView {
    let engine = use_engine();
    let narrowing = engine.narrowing;
    let error = RwSignal::new(None::<String>);
    let pasted = RwSignal::new(String::new());

    let import = move |name: String, text: String| match Panel::parse(&name, &text) {
        Ok(panels) => {
            error.set(None);
            narrowing.add_panels(panels);
        }
        Err(e) => error.set(Some(format!("{name}: {e}"))),
    };
    let on_files = Callback::new(move |files: Vec<web_sys::File>| {
        for file in files {
            spawn_local(async move {
                match read_text(&file).await {
                    Ok(text) => import(file.name(), text),
                    Err(e) => error.set(Some(format!("{}: {e}", file.name()))),
                }
            });
        }
    });
    let add_pasted = move |_| {
        let text = pasted.get_untracked();
        if !text.trim().is_empty() {
            import("Pasted gene list".into(), text);
            pasted.set(String::new());
        }
    };
    let use_demo = move |_| {
        spawn_local(async move {
            match super::fetch_text(DEMO_PANEL_URL).await {
                Ok(text) => import("demo panel".into(), text),
                Err(e) => error.set(Some(format!("The demo panel could not be read: {e}"))),
            }
        });
    };
    let on_level = move |event: ev::Event| {
        let value = event_target_value(&event);
        narrowing.min_confidence.set(LEVELS.iter().find(|(id, ..)| *id == value).and_then(|(_, c, _)| *c));
    };

    view! {
        <section class="panel-picker" aria-labelledby="panels-heading">
            <h3 id="panels-heading">"Gene panels"</h3>
            <div class="row">
                <FileButton
                    id="panel-input"
                    testid="panel-input"
                    label="Import panels…"
                    accept=".json,.tsv,.txt,.bed,.csv,.list"
                    multiple=true
                    on_files
                />
                <button type="button" class="button" on:click=use_demo data-testid="demo-panel">
                    "Use the demo panel"
                </button>
                <label>
                    "Confidence: "
                    <select data-testid="panel-confidence" on:change=on_level>
                        {LEVELS
                            .iter()
                            .map(|(id, level, label)| {
                                view! {
                                    <option value=*id selected=move || narrowing.min_confidence.get() == *level>
                                        {*label}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <details>
                <summary>"Paste gene symbols"</summary>
                <label for="panel-paste" class="visually-hidden">"Gene symbols, one per line or comma separated"</label>
                <textarea
                    id="panel-paste"
                    rows="3"
                    placeholder="SCN1A, STXBP1, KCNQ2"
                    prop:value=move || pasted.get()
                    on:input=move |e| pasted.set(event_target_value(&e))
                ></textarea>
                <button type="button" class="button" on:click=add_pasted>"Add as a panel"</button>
            </details>
            <Show when=move || error.get().is_some()>
                <p class="error" role="alert">{move || error.get()}</p>
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
                                        aria-label=format!("Remove panel {label}")
                                        on:click=move |_| {
                                            narrowing.panels.update(|ps| ps.retain(|x| x.label() != remove_label))
                                        }
                                    >
                                        "Remove"
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
                                    {format!("{label}: named in the link but not on this computer; import it again.")}
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
                        (Some(s), Some(by)) if *s != g.symbol => format!("as {s} ({by:?})"),
                        (Some(_), _) => "yes".into(),
                        (None, _) => "no variant in the file".into(),
                    };
                    view! {
                        <tr>
                            <td class="gene">{g.symbol.clone()}</td>
                            <td>{g.confidence.map(|c| format!("{c:?}")).unwrap_or_default()}</td>
                            <td>{g.inheritance.clone().unwrap_or_default()}</td>
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
                        {format!("{genes} panel genes; {matched} have variants in the file.")}
                        {(!unmatched.is_empty())
                            .then(|| format!(" No variant in: {} (not covered, or named differently).", unmatched.join(", ")))}
                        {(!none_in_view.is_empty())
                            .then(|| format!(" None left after the filters in: {}.", none_in_view.join(", ")))}
                    </p>
                    <details>
                        <summary>"Genes of the panels"</summary>
                        <table class="compact">
                            <thead>
                                <tr>
                                    <th scope="col">"Gene"</th>
                                    <th scope="col">"Confidence"</th>
                                    <th scope="col">"Mode of inheritance (panel)"</th>
                                    <th scope="col">"In the file"</th>
                                    <th scope="col" class="num">"Variants"</th>
                                    <th scope="col" class="num">"In view"</th>
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
