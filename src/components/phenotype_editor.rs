//! The patient's phenotype in HPO terms: type-ahead by label, synonym or
//! id (the definition on hover), a pasted list of ids, terms marked as
//! excluded, a GA4GH Phenopacket in and out; then ranking the view by it,
//! and a "phenotype panel" of the genes it matches.
//!
//! The terms are the note's phenotype field, one per line (`HP:0001250
//! Seizure`, `NOT HP:…` for excluded): one source of truth, edited here or
//! there, saved with the session. HPO's licence asks that the release be
//! shown wherever its data is, with an acknowledgement: the credit line.

use super::{about_file, download, read_text, use_engine, FileButton};
use crate::engine::HpoState;
use crate::i18n::{t, tr, tr_with, use_language};
use crate::interpretation::Interpretation;
use crate::protocol::TermInfo;
use crate::pseudonymise::use_pseudonymise;
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use tolk_core::family::{Family, Sex};
use tolk_core::grid_columns::Column;
use tolk_core::hpo::{remove_term, set_term, PhenotypeLine, TermId};
use tolk_core::phenopacket::{self, Case, Export, Term};
use tolk_core::phrase::Phrase;
use tolk_core::sort::Sort;

/// The phenotype panel's threshold before a user changes it: a gene whose
/// best disease matches at least half as well as a perfect match would.
const PANEL_MIN: f32 = 0.5;

/// One term line of the field.
#[derive(Debug, Clone, PartialEq)]
struct Entered {
    id: TermId,
    label: String,
    excluded: bool,
}

fn entered(text: &str) -> Vec<Entered> {
    text.lines()
        .filter_map(PhenotypeLine::read)
        .filter_map(|l| Some(Entered { id: l.term?, label: l.text.to_owned(), excluded: l.excluded }))
        .collect()
}

#[component]
pub fn PhenotypeEditor() -> impl IntoView {
    let engine = use_engine();
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let phenotype = engine.phenotype;
    let pseudo = use_pseudonymise();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(None::<usize>);
    let error = RwSignal::new(None::<Phrase>);
    let pasted = RwSignal::new(String::new());
    let panel_min = RwSignal::new(PANEL_MIN);
    let field = move || interp.session.with(|s| s.as_ref().map(|s| s.note.phenotype.clone()).unwrap_or_default());
    let terms = Memo::new(move |_| entered(&field()));
    let edit = move |change: Box<dyn FnOnce(&str) -> String>| {
        interp.edit_session(move |s| s.note.phenotype = change(&s.note.phenotype));
    };
    let add = move |info: TermInfo, excluded: bool| {
        edit(Box::new(move |text| set_term(text, info.id, &info.label, excluded)));
        query.set(String::new());
        phenotype.search("");
        active.set(None);
    };
    let ready = move || matches!(phenotype.hpo.get(), HpoState::Ready(_));
    // Ranking and the phenotype panel need the ontology and a term present.
    let can_rank = move || ready() && terms.with(|t| t.iter().any(|e| !e.excluded));
    let hits = move || phenotype.hits.get();
    let open = move || !hits().is_empty() && !query.get().trim().is_empty();
    let on_key = move |e: ev::KeyboardEvent| {
        let count = phenotype.hits.with_untracked(Vec::len);
        match e.key().as_str() {
            "ArrowDown" if count > 0 => {
                e.prevent_default();
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                e.prevent_default();
                active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
            }
            "Enter" => {
                e.prevent_default();
                let pick = active.get_untracked().unwrap_or(0);
                if let Some(info) = phenotype.hits.with_untracked(|h| h.get(pick).cloned()) {
                    add(info, e.shift_key());
                }
            }
            "Escape" => {
                phenotype.search("");
                active.set(None);
            }
            _ => {}
        }
    };
    // Pasted ids are looked up in the release; the found are added.
    let add_pasted = move |_| {
        let ids: Vec<String> = pasted
            .get_untracked()
            .split([',', ';', ' ', '\n', '\t'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        if !ids.is_empty() {
            phenotype.lookup(ids);
        }
    };
    Effect::new(move |_| {
        let Some((found, _)) = phenotype.looked_up.get() else { return };
        if found.is_empty() {
            return;
        }
        edit(Box::new(move |text| {
            found.iter().fold(text.to_owned(), |text, i| set_term(&text, i.id, &i.label, false))
        }));
        pasted.set(String::new());
    });
    let import = move |name: String, json: String| match phenopacket::read(&json) {
        Ok(case) => {
            error.set(None);
            let lines: Vec<(TermId, String, bool)> =
                case.terms.iter().filter_map(|t| Some((TermId::parse(&t.id)?, t.label.clone(), t.excluded))).collect();
            edit(Box::new(move |text| {
                lines.iter().fold(text.to_owned(), |text, (id, label, excluded)| set_term(&text, *id, label, *excluded))
            }));
            use_case_family(engine, &case);
        }
        Err(e) => error.set(Some(about_file(&name, e.phrase()))),
    };
    let on_files = Callback::new(move |files: Vec<web_sys::File>| {
        let Some(file) = files.into_iter().next() else { return };
        spawn_local(async move {
            match read_text(&file).await {
                Ok(text) => import(file.name(), text),
                Err(e) => error.set(Some(about_file(&file.name(), e))),
            }
        });
    });
    let export = move |_| {
        let release = match phenotype.hpo.get_untracked() {
            HpoState::Ready(loaded) => Some(loaded.release),
            _ => None,
        };
        let sex = engine.narrowing.family.get_untracked().map(|f| f.proband_sex).filter(|s| *s != Sex::Unknown);
        let terms = terms
            .get_untracked()
            .into_iter()
            .map(|e| Term { id: e.id.to_string(), label: e.label, excluded: e.excluded })
            .collect();
        // As every export while pseudonymising: the label, not the typed identifier.
        let subject = interp
            .session
            .with_untracked(|s| s.as_ref().map(|s| pseudo.patient(s.note.patient.trim())).filter(|p| !p.is_empty()));
        let case = Case { id: "tolk-case".into(), subject, sex, terms, ..Case::default() };
        let created = crate::interpretation::now();
        let json = phenopacket::write(&Export {
            case: &case,
            created: &created,
            created_by: "Tolk",
            hpo_release: release.as_deref(),
        });
        download("phenopacket.json", "application/json", &json);
    };
    let rank = move |_| {
        let mut columns = engine.columns.get_untracked();
        if !columns.contains(&Column::Priority) {
            columns.insert(0, Column::Priority);
            engine.choose_columns(columns);
        }
        engine.sort.set(Some(Sort { key: Column::Priority, descending: false }));
    };
    let use_panel = move |_| {
        if let Some(panel) = phenotype.panel.get_untracked() {
            engine.narrowing.add_panels(vec![panel]);
            phenotype.panel.set(None);
        }
    };
    let credit = move || {
        match phenotype.hpo.get() {
        HpoState::Absent => None,
        HpoState::Loading => Some(view! { <p class="muted" role="status" data-testid="hpo-status" data-state="loading">{t(msg!("hpo-loading"))}</p> }.into_any()),
        HpoState::Failed(why) => Some(
            view! {
                <p class="error" role="alert" data-testid="hpo-status" data-state="failed">
                    {move || why.render(use_language().get())} " "
                    <button type="button" class="link" on:click=move |_| phenotype.load()>{t(msg!("hpo-retry"))}</button>
                </p>
            }
            .into_any(),
        ),
        HpoState::Ready(loaded) => {
            let release = loaded.release.clone();
            let (ms, download, memory) = (format!("{:.0}", loaded.millis), loaded.download_bytes, loaded.memory_bytes);
            let args = move || tr_with(msg!("hpo-credit"), &[("release", (&loaded.release).into())]);
            Some(
                view! {
                    <p
                        class="muted credit"
                        data-testid="hpo-status"
                        data-state="ready"
                        data-release=release
                        data-load-ms=ms
                        data-download-bytes=download
                        data-memory-bytes=memory
                    >
                        {args}
                    </p>
                }
                .into_any(),
            )
        }
    }
    };
    view! {
        <section class="phenotype-editor" data-testid="phenotype-editor" aria-labelledby="phenotype-heading">
            <h3 id="phenotype-heading">{t(msg!("hpo-heading"))}</h3>
            <Show when=move || interp.session.with(Option::is_some) fallback=|| view! { <p class="muted">{t(msg!("hpo-needs-file"))}</p> }>
                <fieldset class="plain" disabled=move || !interp.work_open()>
                    <Show when=move || !matches!(phenotype.hpo.get(), HpoState::Ready(_) | HpoState::Loading)>
                        <button type="button" class="button" data-testid="hpo-load" on:click=move |_| phenotype.load()>{t(msg!("hpo-load"))}</button>
                    </Show>
                    <div class="hpo-search">
                        <label for="hpo-search">{t(msg!("hpo-search-label"))}</label>
                        <input
                            id="hpo-search"
                            data-testid="hpo-search"
                            type="search"
                            role="combobox"
                            autocomplete="off"
                            aria-autocomplete="list"
                            aria-controls="hpo-hits"
                            aria-describedby="hpo-search-hint"
                            aria-expanded=move || open().to_string()
                            aria-activedescendant=move || active.get().filter(|_| open()).map(|i| format!("hpo-hit-{i}"))
                            disabled=move || !ready()
                            placeholder=move || tr(msg!("hpo-search-placeholder"))
                            prop:value=move || query.get()
                            on:input=move |e| {
                                let text = event_target_value(&e);
                                phenotype.search(&text);
                                active.set(None);
                                query.set(text);
                            }
                            on:keydown=on_key
                        />
                        <p id="hpo-search-hint" class="muted small">{t(msg!("hpo-search-hint"))}</p>
                        <ul id="hpo-hits" role="listbox" data-testid="hpo-hits" hidden=move || !open() aria-label=move || tr(msg!("hpo-hits-label"))>
                            {move || {
                                hits()
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, info)| {
                                        let (id, label, synonym, definition) = (info.id, info.label.clone(), info.synonym.clone(), info.definition.clone());
                                        let pick = info.clone();
                                        let pick_not = info;
                                        view! {
                                            <li
                                                role="option"
                                                id=format!("hpo-hit-{i}")
                                                data-term=id.to_string()
                                                aria-selected=move || (active.get() == Some(i)).to_string()
                                                title=definition
                                                on:mousedown=move |e: ev::MouseEvent| {
                                                    e.prevent_default();
                                                    add(pick.clone(), e.shift_key());
                                                }
                                            >
                                                <span class="label">{label}</span>
                                                {synonym.map(|s| view! { <span class="muted">" (" {s} ")"</span> })}
                                                " "
                                                <span class="muted mono">{id.to_string()}</span>
                                                " "
                                                <button
                                                    type="button"
                                                    class="link small"
                                                    tabindex="-1"
                                                    data-testid="hpo-hit-exclude"
                                                    on:mousedown=move |e: ev::MouseEvent| {
                                                        e.prevent_default();
                                                        e.stop_propagation();
                                                        add(pick_not.clone(), true);
                                                    }
                                                >
                                                    {t(msg!("hpo-add-excluded"))}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </ul>
                    </div>
                    <ul class="hpo-terms" data-testid="hpo-terms" aria-label=move || tr(msg!("hpo-terms-label"))>
                        {move || {
                            terms
                                .get()
                                .into_iter()
                                .map(|e| {
                                    let Entered { id, label, excluded } = e;
                                    let (toggle_label, remove_label) = (label.clone(), label.clone());
                                    let state = move || tr(if excluded { msg!("hpo-excluded") } else { msg!("hpo-present") });
                                    view! {
                                        <li data-term=id.to_string() data-excluded=excluded.to_string() class:excluded=excluded>
                                            <span class="hpo-state">{state}</span>
                                            " " <span class="label">{label.clone()}</span>
                                            " " <span class="muted mono">{id.to_string()}</span>
                                            " "
                                            <button
                                                type="button"
                                                class="link"
                                                data-testid="hpo-toggle"
                                                aria-label=move || tr_with(if excluded { msg!("hpo-mark-present-label") } else { msg!("hpo-mark-excluded-label") }, &[("term", (&toggle_label).into())])
                                                on:click=move |_| {
                                                    let label = label.clone();
                                                    edit(Box::new(move |text| set_term(text, id, &label, !excluded)))
                                                }
                                            >
                                                {move || tr(if excluded { msg!("hpo-mark-present") } else { msg!("hpo-mark-excluded") })}
                                            </button>
                                            " "
                                            <button
                                                type="button"
                                                class="link"
                                                data-testid="hpo-remove"
                                                aria-label=move || tr_with(msg!("hpo-remove-label"), &[("term", (&remove_label).into())])
                                                on:click=move |_| edit(Box::new(move |text| remove_term(text, id)))
                                            >
                                                {t(msg!("hpo-remove"))}
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                    <details>
                        <summary>{t(msg!("hpo-paste"))}</summary>
                        <label for="hpo-paste" class="visually-hidden">{t(msg!("hpo-paste-label"))}</label>
                        <textarea
                            id="hpo-paste"
                            data-testid="hpo-paste"
                            rows="2"
                            placeholder="HP:0001250, HP:0001263"
                            prop:value=move || pasted.get()
                            on:input=move |e| pasted.set(event_target_value(&e))
                        ></textarea>
                        <button type="button" class="button" data-testid="hpo-paste-add" disabled=move || !ready() on:click=add_pasted>
                            {t(msg!("hpo-paste-add"))}
                        </button>
                        {move || {
                            phenotype.looked_up.get().filter(|(_, unknown)| !unknown.is_empty()).map(|(_, unknown)| {
                                view! { <p class="warning" role="status" data-testid="hpo-unknown">{tr_with(msg!("hpo-unknown"), &[("ids", unknown.join(", ").into())])}</p> }
                            })
                        }}
                    </details>
                    <div class="row">
                        <FileButton id="phenopacket-input" testid="phenopacket-input" label=t(msg!("hpo-phenopacket-import")) accept=".json" multiple=false on_files/>
                        <button type="button" class="button" data-testid="phenopacket-export" disabled=move || terms.with(Vec::is_empty) on:click=export>
                            {t(msg!("hpo-phenopacket-export"))}
                        </button>
                    </div>
                    <Show when=move || error.get().is_some()>
                        <p class="error" role="alert">{move || error.get().map(|e| e.render(use_language().get()))}</p>
                    </Show>
                    <div class="row">
                        <button
                            type="button"
                            class="button primary"
                            data-testid="hpo-rank"
                            disabled=move || !can_rank()
                            on:click=rank
                        >
                            {t(msg!("hpo-rank"))}
                        </button>
                    </div>
                    <div class="row hpo-panel">
                        <label for="hpo-panel-min">{t(msg!("hpo-panel-min"))}</label>
                        <input
                            id="hpo-panel-min"
                            data-testid="hpo-panel-min"
                            type="number"
                            min="0.05"
                            max="1"
                            step="0.05"
                            prop:value=move || format!("{:.2}", panel_min.get())
                            on:change=move |e| {
                                if let Some(v) = event_target_value(&e).trim().parse::<f32>().ok().filter(|v| (0.05..=1.0).contains(v)) {
                                    panel_min.set(v);
                                }
                            }
                        />
                        <button
                            type="button"
                            class="button"
                            data-testid="hpo-panel-make"
                            disabled=move || !can_rank()
                            on:click=move |_| phenotype.make_panel(panel_min.get_untracked())
                        >
                            {t(msg!("hpo-panel-make"))}
                        </button>
                    </div>
                    {move || {
                        phenotype.panel.get().map(|p| {
                            let count = p.genes.len();
                            let first: Vec<String> = p.genes.iter().take(8).map(|g| g.symbol.clone()).collect();
                            view! {
                                <p role="status" data-testid="hpo-panel-preview" data-genes=count.to_string()>
                                    {move || tr_with(msg!("hpo-panel-preview"), &[("count", count.into()), ("genes", first.join(", ").into())])}
                                    " "
                                    <button type="button" class="button" data-testid="hpo-panel-use" disabled=count == 0 on:click=use_panel>
                                        {t(msg!("hpo-panel-use"))}
                                    </button>
                                </p>
                            }
                        })
                    }}
                </fieldset>
                {credit}
            </Show>
        </section>
    }
}

/// A phenopacket's family: its sex for a proband whose sex is not known,
/// and its pedigree (a v2 Family) as the view's family, where the file's
/// samples are named in it.
fn use_case_family(engine: crate::engine::Engine, case: &Case) {
    let samples = match engine.state.get_untracked() {
        crate::engine::LoadState::Ready { summary, .. } => summary.samples,
        _ => Vec::new(),
    };
    if let Some(pedigree) = &case.pedigree {
        if let Ok(family) = Family::from_pedigree(pedigree, &samples, case.subject.as_deref()) {
            engine.narrowing.family.set(Some(family));
        }
    }
    if let Some(sex) = case.sex {
        engine.narrowing.family.update(|f| {
            if let Some(f) = f.as_mut().filter(|f| f.proband_sex == Sex::Unknown) {
                f.proband_sex = sex;
            }
        });
    }
}
