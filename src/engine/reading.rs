//! Reading: the file the engine worker is reading or holds, and how far it
//! has got.

use super::EngineLine;
use crate::protocol::{LoadId, Request};
use leptos::prelude::*;
use tolk_core::annotation::FrequencySettings;
use tolk_core::phrase::Phrase;
use tolk_core::words;
use tolk_core::{Diagnostic, LoadSummary};
use web_sys::Blob;

/// Where the load of a file stands; `data-state` on the status element.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadState {
    /// Nothing open. `note` says why, after a cancel.
    Idle {
        note: Option<Phrase>,
    },
    Loading {
        load: LoadId,
        name: String,
        bytes_read: u64,
        total_bytes: u64,
        records: u64,
    },
    Ready {
        load: LoadId,
        name: String,
        summary: LoadSummary,
        warnings: Vec<Diagnostic>,
        millis: f64,
        /// The worker's wasm memory after the load.
        wasm_memory_bytes: u64,
    },
    Failed {
        name: String,
        message: Phrase,
    },
}

impl LoadState {
    /// The `data-state` value: `idle`, `loading`, `ready` or `error`.
    pub fn name(&self) -> &'static str {
        match self {
            LoadState::Idle { .. } => "idle",
            LoadState::Loading { .. } => "loading",
            LoadState::Ready { .. } => "ready",
            LoadState::Failed { .. } => "error",
        }
    }
}

/// See the module docs.
#[derive(Clone, Copy)]
pub(super) struct Reading {
    worker: EngineLine,
    /// The file being read, until it is handed to the hasher.
    blob: StoredValue<Option<Blob>, LocalStorage>,
    /// The open file and its name, kept (a Blob is the browser's handle,
    /// not a copy) so it can be read again with other frequency settings.
    source: StoredValue<Option<(Blob, String)>, LocalStorage>,
    /// The frequency settings the open file was read with.
    loaded_frequency: StoredValue<FrequencySettings>,
    next_load: StoredValue<LoadId>,
    started_at: StoredValue<f64>,
    pub state: RwSignal<LoadState>,
}

impl Reading {
    pub fn new(worker: EngineLine) -> Reading {
        Reading {
            worker,
            blob: StoredValue::new_local(None),
            source: StoredValue::new_local(None),
            loaded_frequency: StoredValue::new(FrequencySettings::default()),
            next_load: StoredValue::new(0),
            started_at: StoredValue::new(0.0),
            state: RwSignal::new(LoadState::Idle { note: None }),
        }
    }

    /// The number the next load will have.
    pub fn next_load(self) -> LoadId {
        self.next_load.get_value() + 1
    }

    /// Reads `blob` as load `load` (from [`Reading::next_load`]).
    pub fn start(self, load: LoadId, blob: &Blob, name: String, frequency: FrequencySettings) {
        self.next_load.set_value(load);
        self.source.set_value(Some((blob.clone(), name.clone())));
        self.loaded_frequency.set_value(frequency.clone());
        self.started_at.set_value(js_sys::Date::now());
        self.state.set(LoadState::Loading { load, name, bytes_read: 0, total_bytes: blob.size() as u64, records: 0 });
        self.blob.set_value(Some(blob.clone()));
        if let Err(e) = self.worker.try_send(&Request::Open { load, frequency }, Some(blob)) {
            let message = Phrase::new(msg!("read-worker-not-started")).arg("reason", e);
            self.state.set(LoadState::Failed { name: self.loading_name(), message });
        }
    }

    /// The open file and its name, to read again.
    pub fn source(self) -> Option<(Blob, String)> {
        self.source.get_value()
    }

    /// The frequency settings the open file was read with.
    pub fn loaded_frequency(self) -> FrequencySettings {
        self.loaded_frequency.get_value()
    }

    /// Stops the load in progress.
    pub fn cancel(self) {
        if let LoadState::Loading { load, .. } = self.state.get_untracked() {
            self.worker.send(&Request::Cancel { load }, None);
        }
    }

    /// The load being read or shown.
    pub fn current_load(self) -> Option<LoadId> {
        match self.state.get_untracked() {
            LoadState::Loading { load, .. } | LoadState::Ready { load, .. } => Some(load),
            _ => None,
        }
    }

    /// The load shown, once read.
    pub fn ready_load(self) -> Option<LoadId> {
        match self.state.get_untracked() {
            LoadState::Ready { load, .. } => Some(load),
            _ => None,
        }
    }

    /// The name of the file being read.
    fn loading_name(self) -> String {
        match self.state.get_untracked() {
            LoadState::Loading { name, .. } => name,
            _ => String::new(),
        }
    }

    pub fn progress(self, load: LoadId, bytes_read: u64, total_bytes: u64, records: u64) {
        self.state.update(|s| {
            if let LoadState::Loading { load: l, bytes_read: b, total_bytes: t, records: r, .. } = s {
                if *l == load {
                    (*b, *t, *r) = (bytes_read, total_bytes, records);
                }
            }
        });
    }

    /// Load `load` is read: gives the file, to hash, the first time.
    pub fn loaded(
        self,
        load: LoadId,
        summary: LoadSummary,
        warnings: Vec<Diagnostic>,
        wasm_memory_bytes: u64,
    ) -> Option<Blob> {
        let name = self.loading_name();
        let millis = js_sys::Date::now() - self.started_at.get_value();
        self.state.set(LoadState::Ready { load, name, summary, warnings, millis, wasm_memory_bytes });
        self.blob.try_update_value(Option::take).flatten()
    }

    pub fn failed(self, message: Phrase) {
        let name = self.loading_name();
        self.state.set(LoadState::Failed { name, message });
    }

    pub fn cancelled(self) {
        self.state.set(LoadState::Idle { note: Some(Phrase::new(msg!("status-cancelled"))) });
    }

    /// The engine worker died: the file being read or shown fails with the
    /// browser's reason. False if nothing was open.
    pub fn died(self, reason: Phrase) -> bool {
        let (name, message) = match self.state.get_untracked() {
            LoadState::Loading { name, bytes_read, total_bytes, .. } => (
                name,
                Phrase::new(msg!("read-worker-died-loading"))
                    .arg("read", words::bytes(bytes_read))
                    .arg("total", words::bytes(total_bytes))
                    .arg("reason", reason),
            ),
            LoadState::Ready { name, .. } => (name, Phrase::new(msg!("read-worker-died")).arg("reason", reason)),
            LoadState::Idle { .. } | LoadState::Failed { .. } => return false,
        };
        self.blob.set_value(None);
        self.source.set_value(None);
        self.state.set(LoadState::Failed { name, message });
        true
    }
}
