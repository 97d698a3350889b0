//! The lab's knowledge in the engine worker: files read as they stream
//! from their Blobs (ClinVar matched to the open file's sites, the rest
//! whole), the lab database grown by the open case, its national export,
//! and the reanalysis of a case against what is newer.

use super::{each_slice, now, post, wasm_memory_bytes, State};
use crate::protocol::{LabExportFormat, LoadId, Response};
use std::cell::RefCell;
use std::ops::ControlFlow;
use std::rc::Rc;
use tolk_core::knowledge::{KnowledgeKind, KnowledgeReader, KnowledgeSet};
use tolk_core::labdb::export::ExportSettings;
use tolk_core::labdb::{self, CaseInput, LabDb};
use tolk_core::phrase::Phrase;
use tolk_core::session::Session;
use web_sys::{Blob, DedicatedWorkerGlobalScope};

/// Reads knowledge file `name` from `blob`. A lab database read while
/// another is held is merged into it, and the merged one goes back to the
/// page to keep.
pub(super) async fn open(
    scope: DedicatedWorkerGlobalScope,
    state: Rc<RefCell<State>>,
    load: Option<LoadId>,
    name: String,
    blob: Blob,
) {
    let started = now(&scope);
    let wanted = {
        let s = state.borrow();
        let open = s.loaded.as_ref().filter(|open| Some(open.load) == load);
        open.map(|open| KnowledgeSet::wanted(&open.loaded.store)).unwrap_or_default()
    };
    let failed = |message: Phrase| Response::KnowledgeFailed { name: name.clone(), message };

    let mut reader = KnowledgeReader::new(&wanted);
    let mut refused = None;
    let read = each_slice(&blob, |bytes, _| match reader.push(bytes) {
        Ok(()) => ControlFlow::Continue(()),
        Err(e) => {
            refused = Some(e);
            ControlFlow::Break(())
        }
    })
    .await;
    if let Err(reason) = read {
        return post(&scope, &failed(super::browser_failed(reason)));
    }
    if let Some(e) = refused {
        return post(&scope, &failed(e.phrase()));
    }
    let mut fresh = KnowledgeSet::default();
    let source = match reader.finish(&name, &mut fresh) {
        Ok(source) => source,
        Err(e) => return post(&scope, &failed(e.phrase())),
    };
    let mut s = state.borrow_mut();
    // ClinVar read for a case that is no longer open (another was opened
    // meanwhile) would hide the open case's matches.
    if source.kind == KnowledgeKind::ClinVar && s.loaded.as_ref().map(|open| open.load) != load {
        return;
    }
    let set = &mut s.knowledge;
    let mut merged = false;
    match source.kind {
        KnowledgeKind::ClinVar => set.clinvar = fresh.clinvar,
        KnowledgeKind::Constraint => set.constraint = fresh.constraint,
        KnowledgeKind::GenCC => set.gencc = fresh.gencc,
        KnowledgeKind::Dosage => set.dosage = fresh.dosage,
        KnowledgeKind::LabDb => {
            let Some((_, incoming)) = fresh.labdb else {
                return post(&scope, &failed(Phrase::new(msg!("knowledge-unknown-kind")).arg("file", name.as_str())));
            };
            match set.labdb.take() {
                // The same database opened again is not merged into itself.
                Some((held, mut db)) if db != incoming => match db.merge(&incoming) {
                    Ok(outcome) => {
                        let json = db.to_json();
                        merged = true;
                        set.set_labdb(&held.file_name, db);
                        post(&scope, &Response::LabDbChanged { json, said: outcome.phrase() });
                    }
                    Err(e) => {
                        set.labdb = Some((held, db));
                        return post(&scope, &failed(e.phrase()));
                    }
                },
                _ => {
                    set.set_labdb(&name, incoming);
                }
            }
        }
    }
    let source = set.sources().into_iter().find(|s| s.kind == source.kind).unwrap_or(source);
    let millis = now(&scope) - started;
    post(&scope, &Response::KnowledgeRead { name, source, merged, millis, wasm_memory_bytes: wasm_memory_bytes() });
}

pub(super) fn forget(state: &Rc<RefCell<State>>, kind: KnowledgeKind) {
    let set = &mut state.borrow_mut().knowledge;
    match kind {
        KnowledgeKind::ClinVar => set.clinvar = None,
        KnowledgeKind::Constraint => set.constraint = None,
        KnowledgeKind::GenCC => set.gencc = None,
        KnowledgeKind::Dosage => set.dosage = None,
        KnowledgeKind::LabDb => set.labdb = None,
    }
}

/// Adds the open case to the lab database (a new one if none is held).
pub(super) fn add_case(
    scope: &DedicatedWorkerGlobalScope,
    state: &Rc<RefCell<State>>,
    load: LoadId,
    session: &str,
    today: &str,
) {
    let mut s = state.borrow_mut();
    let failed = |message: Phrase| Response::KnowledgeFailed { name: String::new(), message };
    let session = match Session::from_json(session) {
        Ok(session) => session,
        Err(e) => return post(scope, &failed(e.phrase())),
    };
    let State { loaded, knowledge, .. } = &mut *s;
    let Some(open) = loaded.as_ref().filter(|open| open.load == load) else { return };
    let input = match CaseInput::from_session_and_store(&session, &open.loaded.store) {
        Ok(input) => input,
        Err(e) => return post(scope, &failed(e.phrase())),
    };
    let (name, mut db) = match knowledge.labdb.take() {
        Some((source, db)) => (source.file_name, db),
        None => (LAB_DB_FILE.to_owned(), LabDb::new()),
    };
    match db.add_case(input, today) {
        Ok(outcome) => {
            let json = db.to_json();
            knowledge.set_labdb(&name, db);
            knowledge.case_id = Some(labdb::case_id(&session.file.sha256));
            post(scope, &Response::LabDbChanged { json, said: outcome.phrase() });
        }
        Err(e) => {
            knowledge.set_labdb(&name, db);
            post(scope, &failed(e.phrase()));
        }
    }
}

/// The name a lab database made in the app is kept (and saved) under.
pub const LAB_DB_FILE: &str = "tolk-lab-database.json";

pub(super) fn export(
    scope: &DedicatedWorkerGlobalScope,
    state: &Rc<RefCell<State>>,
    format: LabExportFormat,
    min_count: u32,
    today: &str,
) {
    let s = state.borrow();
    let Some((_, db)) = s.knowledge.labdb.as_ref() else { return };
    let settings = ExportSettings { min_count, release_date: today.to_owned() };
    let text = match format {
        LabExportFormat::Vcf => labdb::export::sites_vcf(db, &settings),
        LabExportFormat::ClinVarTsv => labdb::export::clinvar_tsv(db, &settings),
    };
    post(scope, &Response::LabDbFile { format, bytes: text.into_bytes() });
}

pub(super) fn reanalyse(
    scope: &DedicatedWorkerGlobalScope,
    state: &Rc<RefCell<State>>,
    load: LoadId,
    session: &str,
    panels: &[tolk_core::panel::Panel],
) {
    let Ok(session) = Session::from_json(session) else { return };
    let changes = tolk_core::knowledge::reanalysis::changes(&session, &state.borrow().knowledge, panels);
    post(scope, &Response::Reanalysed { load, changes });
}

/// GenCC's strongest curation of each of `genes` it lists.
pub(super) fn gencc_genes(scope: &DedicatedWorkerGlobalScope, state: &Rc<RefCell<State>>, genes: Vec<String>) {
    let s = state.borrow();
    let Some((_, gencc)) = s.knowledge.gencc.as_ref() else { return };
    let genes = genes.into_iter().filter_map(|g| gencc.gene(&g).first().cloned().map(|d| (g, d))).collect();
    post(scope, &Response::GenccGenes { genes });
}
