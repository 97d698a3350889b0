//! The lab's knowledge, one page: the knowledge files kept in this browser
//! (open, replace, forget), the lab's variant database (add this case,
//! save it), the national export (sites-only VCF and ClinVar's submission
//! columns, counts below the lab's threshold left out), and what newer
//! knowledge changes for this case.

use super::{use_engine, FileButton};
use crate::engine::{FileState, KnownFile, LoadState};
use crate::i18n::{t, tr, tr_with, use_language};
use crate::interpretation::Interpretation;
use crate::protocol::LabExportFormat;
use leptos::prelude::*;
use tolk_core::knowledge::reanalysis::{Change, WasSource};
use tolk_core::knowledge::KnowledgeKind;
use tolk_core::labdb::export::DEFAULT_MIN_COUNT;

#[component]
pub fn KnowledgePage() -> impl IntoView {
    let engine = use_engine();
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let knowledge = engine.knowledge;
    let on_files = Callback::new(move |files| knowledge.open(engine.ready_load(), files));
    let files = move || knowledge.files.get().into_iter().map(file_row).collect_view();
    let said = move || {
        knowledge.said.get().map(
            |p| view! { <p role="status" data-testid="knowledge-said">{move || p.render(use_language().get())}</p> },
        )
    };
    let has_labdb = move || knowledge.source(KnowledgeKind::LabDb).is_some();
    let case_open =
        move || engine.state.with(|s| matches!(s, LoadState::Ready { .. })) && interp.session.with(Option::is_some);
    let add_case = move |_| {
        let (Some(load), Some(json)) =
            (engine.ready_load(), interp.session.with_untracked(|s| s.as_ref().map(|s| s.to_json())))
        else {
            return;
        };
        knowledge.add_case(load, json);
    };
    // The database as this browser keeps it, saved again as a file.
    let save_labdb = move |_| {
        leptos::task::spawn_local(async move {
            let stored = match crate::knowledge_store::all().await {
                Ok(stored) => stored,
                Err(why) => return knowledge.said.set(Some(why)),
            };
            // The button is enabled only once the worker has read a
            // database, which is stored in the same moment.
            let Some(db) = stored.into_iter().find(|f| f.kind == KnowledgeKind::LabDb) else { return };
            match super::read_text(&db.blob).await {
                Ok(text) => super::download_bytes(&db.name, "application/json", text.as_bytes()),
                Err(why) => knowledge.said.set(Some(why)),
            }
        });
    };
    let ready_load =
        move || engine.state.with(|s| if let LoadState::Ready { load, .. } = s { Some(*load) } else { None });
    let min_count = RwSignal::new(DEFAULT_MIN_COUNT);
    let export = move |format| knowledge.export(format, min_count.get_untracked());
    // The case is checked again by `ReanalysisNotice`, at every change.
    let changes = move || {
        let (load, changes) = knowledge.changes.get()?;
        (Some(load) == ready_load()).then(|| {
            if changes.is_empty() {
                view! { <p data-testid="reanalysis-none">{t(msg!("reanalysis-none"))}</p> }.into_any()
            } else {
                let items = changes.into_iter().map(change_item).collect_view();
                view! { <ul class="reanalysis" data-testid="reanalysis">{items}</ul> }.into_any()
            }
        })
    };
    view! {
        <section class="knowledge-page" data-testid="knowledge-page" aria-labelledby="knowledge-heading">
            <h2 id="knowledge-heading">{t(msg!("knowledge-heading"))}</h2>
            <p>{t(msg!("knowledge-intro"))}</p>
            <FileButton
                id="knowledge-input"
                testid="knowledge-input"
                label=t(msg!("knowledge-open"))
                accept=".vcf,.gz,.bgz,.tsv,.txt,.json"
                multiple=true
                on_files
            />
            {said}
            <table class="knowledge-files" data-testid="knowledge-files">
                <thead>
                    <tr>
                        <th scope="col">{t(msg!("knowledge-kind"))}</th>
                        <th scope="col">{t(msg!("knowledge-file"))}</th>
                        <th scope="col">{t(msg!("knowledge-version"))}</th>
                        <th scope="col">{t(msg!("knowledge-state"))}</th>
                        <th scope="col"><span class="visually-hidden">{t(msg!("knowledge-forget"))}</span></th>
                    </tr>
                </thead>
                <tbody>{files}</tbody>
            </table>

            <h3>{t(msg!("labdb-heading"))}</h3>
            <p>{t(msg!("labdb-intro"))}</p>
            <button type="button" class="button" data-testid="labdb-add-case" disabled=move || !case_open() on:click=add_case>
                {t(msg!("labdb-add-case"))}
            </button>
            <button type="button" class="button" data-testid="labdb-save" disabled=move || !has_labdb() on:click=save_labdb>
                {t(msg!("labdb-save"))}
            </button>
            <h4>{t(msg!("labdb-national-heading"))}</h4>
            <p>{t(msg!("labdb-national-intro"))}</p>
            <label>
                {t(msg!("labdb-min-count"))} " "
                <input
                    type="number"
                    min="1"
                    class="number"
                    data-testid="labdb-min-count"
                    prop:value=move || min_count.get().to_string()
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).parse::<u32>() {
                            min_count.set(n.max(1));
                        }
                    }
                />
            </label>
            <button type="button" class="button" data-testid="labdb-export-vcf" disabled=move || !has_labdb()
                on:click=move |_| export(LabExportFormat::Vcf)>
                {t(msg!("labdb-export-vcf"))}
            </button>
            <button type="button" class="button" data-testid="labdb-export-tsv" disabled=move || !has_labdb()
                on:click=move |_| export(LabExportFormat::ClinVarTsv)>
                {t(msg!("labdb-export-tsv"))}
            </button>

            <h3>{t(msg!("reanalysis-heading"))}</h3>
            <p class="muted">{t(msg!("reanalysis-intro"))}</p>
            {changes}
        </section>
    }
}

fn file_row(file: KnownFile) -> impl IntoView {
    let knowledge = use_engine().knowledge;
    let kind = file.kind;
    let kind_words = move || kind.map(|k| tr(k.key())).unwrap_or_default();
    let measured = match &file.state {
        FileState::Ready { millis, wasm_memory_bytes, .. } => Some((*millis, *wasm_memory_bytes)),
        _ => None,
    };
    let (version, state, testid_state) = match &file.state {
        FileState::Stored => (String::new(), tr(msg!("knowledge-stored")), "stored"),
        FileState::Reading => (String::new(), tr(msg!("knowledge-reading")), "reading"),
        FileState::Ready { source, millis, wasm_memory_bytes } => (
            source.version.clone(),
            tr_with(
                msg!("knowledge-ready"),
                &[("seconds", format!("{:.1}", millis / 1000.0).into()), ("memory", (wasm_memory_bytes >> 20).into())],
            ),
            "ready",
        ),
        FileState::Failed(why) => (String::new(), why.render(use_language().get_untracked()), "failed"),
    };
    view! {
        <tr
            data-testid="knowledge-file"
            data-kind=kind.map(|k| k.id())
            data-state=testid_state
            data-read-ms=measured.map(|(ms, _)| ms)
            data-wasm-memory-bytes=measured.map(|(_, bytes)| bytes)
        >
            <td>{kind_words}</td>
            <td>{file.name.clone()}</td>
            <td data-testid="knowledge-version">{version}</td>
            <td>{state}</td>
            <td>
                {kind.map(|kind| view! {
                    <button type="button" class="button link" data-testid=format!("knowledge-forget-{}", kind.id())
                        on:click=move |_| knowledge.forget(kind)>
                        {t(msg!("knowledge-forget"))}
                    </button>
                })}
            </td>
        </tr>
    }
}

fn change_item(change: Change) -> impl IntoView {
    let language = use_language();
    match change {
        Change::ClinVar { key, gene, was, was_source, now, stars, release } => {
            let source = match was_source {
                WasSource::Release => msg!("reanalysis-was-release"),
                WasSource::Annotation => msg!("reanalysis-was-annotation"),
            };
            let args = [
                ("variant", format!("{} {key}", gene.unwrap_or_default()).into()),
                ("was", if was.is_empty() { "–".to_owned() } else { was.replace('_', " ") }.into()),
                ("source", tr(source).into()),
                ("now", now.into()),
                ("stars", stars.into()),
                ("release", release.unwrap_or_default().into()),
            ];
            view! { <li data-testid="reanalysis-clinvar" data-variant=key.clone()>{tr_with(msg!("reanalysis-clinvar"), &args)}</li> }.into_any()
        }
        Change::LabClassified { key, gene, class, date, criteria } => {
            let words = move || {
                let args = [
                    ("variant", format!("{} {key}", gene.clone().unwrap_or_default()).into()),
                    ("class", class.label(language.get()).into()),
                    ("date", date.as_str().into()),
                    ("criteria", criteria.join(", ").into()),
                ];
                tr_with(msg!("reanalysis-lab"), &args)
            };
            view! { <li data-testid="reanalysis-lab">{words}</li> }.into_any()
        }
        Change::PanelGene { panel, gene, added, was_version, now_version } => {
            let args = [
                ("gene", gene.into()),
                ("panel", panel.into()),
                ("was", was_version.unwrap_or_default().into()),
                ("now", now_version.unwrap_or_default().into()),
            ];
            let key = if added { msg!("reanalysis-panel-added") } else { msg!("reanalysis-panel-dropped") };
            view! { <li data-testid="reanalysis-panel">{tr_with(key, &args)}</li> }.into_any()
        }
    }
}
