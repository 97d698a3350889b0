//! Knowledge: the page's side of the lab's knowledge files. They are kept
//! in this browser ([`crate::knowledge_store`]) and read by the engine
//! worker: each time a file is opened (ClinVar is matched to each case's
//! sites, so it is read again for every case; the others once per worker),
//! when the lab opens a newer one, and the lab database each time a case is
//! added to it. Every change makes a new view, so the grid's knowledge
//! columns and the selected variant's detail show it.

use super::EngineLine;
use crate::interpretation::now;
use crate::knowledge_store::{self, StoredFile};
use crate::protocol::{LabExportFormat, LoadId, Request, Response};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashMap;
use tolk_core::knowledge::gencc::GeneDisease;
use tolk_core::knowledge::reanalysis::Change;
use tolk_core::knowledge::{KnowledgeKind, KnowledgeSource};
use tolk_core::panel::Panel;
use tolk_core::phrase::Phrase;
use web_sys::Blob;

/// One knowledge file and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownFile {
    pub name: String,
    /// Known once read (or stored under it).
    pub kind: Option<KnowledgeKind>,
    pub state: FileState,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FileState {
    /// Kept in the browser, not read for this case yet.
    Stored,
    Reading,
    Ready {
        source: KnowledgeSource,
        millis: f64,
        wasm_memory_bytes: u64,
    },
    Failed(Phrase),
}

#[derive(Clone, Copy)]
pub struct Knowledge {
    worker: EngineLine,
    pub files: RwSignal<Vec<KnownFile>>,
    /// Counts the changes to what the worker knows: a new view follows each.
    pub revision: RwSignal<u32>,
    /// What the last lab-database action did, or why a file was refused.
    pub said: RwSignal<Option<Phrase>>,
    /// The latest reanalysis of the open case.
    pub changes: RwSignal<Option<(LoadId, Vec<Change>)>>,
    /// GenCC's strongest curation of each panel gene it lists (empty
    /// without GenCC's file).
    pub gencc: RwSignal<HashMap<String, GeneDisease>>,
    /// The Blobs sent to be read, kept once their kind is known.
    pending: StoredValue<Vec<(String, Blob)>, LocalStorage>,
}

impl Knowledge {
    pub(super) fn new(worker: EngineLine) -> Knowledge {
        let knowledge = Knowledge {
            worker,
            files: RwSignal::new(Vec::new()),
            revision: RwSignal::new(0),
            said: RwSignal::new(None),
            changes: RwSignal::new(None),
            gencc: RwSignal::new(HashMap::new()),
            pending: StoredValue::new_local(Vec::new()),
        };
        spawn_local(async move {
            match knowledge_store::all().await {
                Ok(stored) => knowledge.files.update(|files| {
                    for f in stored {
                        let kind = Some(f.kind);
                        if !files.iter().any(|known| known.kind == kind) {
                            files.push(KnownFile { name: f.name, kind, state: FileState::Stored });
                        }
                    }
                }),
                Err(why) => knowledge.said.set(Some(why)),
            }
        });
        knowledge
    }

    /// Sends the stored files to be read for load `load` (just read):
    /// ClinVar always (it is matched to the case), the others if the worker
    /// does not hold them yet.
    pub(super) fn send_for(self, load: LoadId) {
        spawn_local(async move {
            let stored = match knowledge_store::all().await {
                Ok(stored) => stored,
                Err(why) => return self.said.set(Some(why)),
            };
            for StoredFile { kind, name, blob, .. } in stored {
                let held = self.files.with_untracked(|files| {
                    files.iter().any(|f| f.kind == Some(kind) && matches!(f.state, FileState::Ready { .. }))
                });
                if kind == KnowledgeKind::ClinVar || !held {
                    self.read(Some(load), name, &blob, Some(kind));
                }
            }
        });
    }

    /// Reads files the lab picked, for load `load` if one is open; each is
    /// kept in the browser once the worker has said what it is.
    pub fn open(self, load: Option<LoadId>, files: Vec<web_sys::File>) {
        for file in files {
            let blob: Blob = file.clone().into();
            self.pending.update_value(|p| p.push((file.name(), blob.clone())));
            self.read(load, file.name(), &blob, None);
        }
    }

    fn read(self, load: Option<LoadId>, name: String, blob: &Blob, kind: Option<KnowledgeKind>) {
        self.files.update(|files| {
            files.retain(|f| f.name != name || f.kind != kind);
            files.push(KnownFile { name: name.clone(), kind, state: FileState::Reading });
        });
        self.worker.send(&Request::KnowledgeOpen { load, name }, Some(blob));
    }

    /// Forgets the file of `kind`, in the worker and in the browser.
    pub fn forget(self, kind: KnowledgeKind) {
        self.files.update(|files| files.retain(|f| f.kind != Some(kind)));
        self.worker.send(&Request::KnowledgeForget { kind }, None);
        self.revision.update(|r| *r += 1);
        spawn_local(async move {
            if let Err(why) = knowledge_store::remove(kind).await {
                self.said.set(Some(why));
            }
        });
    }

    /// The open case's checksum, so the lab's counts leave it out.
    pub(super) fn case(self, sha256: Option<String>) {
        self.worker.send(&Request::KnowledgeCase { sha256 }, None);
        self.revision.update(|r| *r += 1);
    }

    pub fn add_case(self, load: LoadId, session: String) {
        self.said.set(None);
        self.worker.send(&Request::LabDbAddCase { load, session, today: today() }, None);
    }

    pub fn export(self, format: LabExportFormat, min_count: u32) {
        self.worker.send(&Request::LabDbExport { format, min_count, today: today() }, None);
    }

    /// Asks for GenCC's word on the panels' genes (answered only where
    /// GenCC's file is read).
    pub(super) fn gencc_for(self, panels: &[Panel]) {
        if self.source(KnowledgeKind::GenCC).is_none() {
            self.gencc.set(HashMap::new());
            return;
        }
        let genes = panels.iter().flat_map(|p| p.genes.iter().map(|g| g.symbol.clone())).collect();
        self.worker.send(&Request::GenccGenes { genes }, None);
    }

    pub fn reanalyse(self, load: LoadId, session: String, panels: Vec<Panel>) {
        self.worker.send(&Request::Reanalyse { load, session, panels }, None);
    }

    /// The file of `kind` the worker holds, if read.
    pub fn source(self, kind: KnowledgeKind) -> Option<KnowledgeSource> {
        self.files.with(|files| {
            files.iter().find_map(|f| match &f.state {
                FileState::Ready { source, .. } if source.kind == kind => Some(source.clone()),
                _ => None,
            })
        })
    }

    /// Every file the worker holds, for the note.
    pub fn sources(self) -> Vec<KnowledgeSource> {
        self.files.with(|files| {
            files
                .iter()
                .filter_map(|f| match &f.state {
                    FileState::Ready { source, .. } => Some(source.clone()),
                    _ => None,
                })
                .collect()
        })
    }

    pub(super) fn receive(self, response: Response) {
        match response {
            Response::KnowledgeRead { name, source, millis, wasm_memory_bytes, merged } => {
                let kind = source.kind;
                self.files.update(|files| {
                    files.retain(|f| f.kind != Some(kind) || f.state == FileState::Reading && f.name == name);
                    let ready = FileState::Ready { source: source.clone(), millis, wasm_memory_bytes };
                    let file = KnownFile { name: source.file_name.clone(), kind: Some(kind), state: ready };
                    match files.iter_mut().find(|f| f.name == name && f.state == FileState::Reading) {
                        Some(f) => *f = file,
                        None => files.push(file),
                    }
                });
                let blob = self.take_pending(&name);
                // A lab database merged in is kept as the merge (LabDbChanged).
                if let Some(blob) = blob.filter(|_| !merged) {
                    self.keep(kind, name, blob);
                }
                self.revision.update(|r| *r += 1);
            }
            Response::KnowledgeFailed { name, message } => {
                self.take_pending(&name);
                // Kept in the list with its reason, so it can be forgotten.
                self.files.update(|files| {
                    if let Some(f) = files.iter_mut().find(|f| f.name == name && f.state == FileState::Reading) {
                        f.state = FileState::Failed(message.clone());
                    }
                });
                self.said.set(Some(match name.is_empty() {
                    true => message,
                    false => Phrase::new(msg!("knowledge-file-failed")).arg("file", name).arg("reason", message),
                }));
            }
            Response::LabDbChanged { json, said } => {
                let name = self.source(KnowledgeKind::LabDb).map(|s| s.file_name);
                let name = name.unwrap_or_else(|| crate::worker::LAB_DB_FILE.to_owned());
                let blob = text_blob(&json);
                self.keep(KnowledgeKind::LabDb, name.clone(), blob);
                crate::components::download_bytes(&name, "application/json", json.as_bytes());
                self.said.set(Some(said));
                self.revision.update(|r| *r += 1);
            }
            Response::LabDbFile { format, bytes } => {
                let mime = match format {
                    LabExportFormat::Vcf => "text/vcf",
                    LabExportFormat::ClinVarTsv => "text/tab-separated-values",
                };
                crate::components::download_bytes(&format.file_name(&today()), mime, &bytes);
            }
            Response::Reanalysed { load, changes } => self.changes.set(Some((load, changes))),
            Response::GenccGenes { genes } => self.gencc.set(genes.into_iter().collect()),
            _ => {}
        }
    }

    /// The Blob sent to be read as `name`, if it is still waiting.
    fn take_pending(self, name: &str) -> Option<Blob> {
        self.pending.try_update_value(|p| p.iter().position(|(n, _)| n == name).map(|at| p.remove(at).1)).flatten()
    }

    /// Keeps `blob` in the browser as the file of `kind`.
    fn keep(self, kind: KnowledgeKind, name: String, blob: Blob) {
        spawn_local(async move {
            let file = StoredFile { kind, name, blob, stored: now() };
            if let Err(why) = knowledge_store::put(&file).await {
                self.said.set(Some(why));
            }
        });
    }
}

/// Today, `YYYY-MM-DD`.
fn today() -> String {
    now().get(..10).unwrap_or_default().to_owned()
}

fn text_blob(text: &str) -> Blob {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    Blob::new_with_str_sequence_and_options(&parts, &options).expect("a text Blob is made")
}
