//! The page's handle on the engine worker: it starts the worker, sends
//! requests, and turns replies into signals the components read.
//!
//! Rows are fetched in pages as the table scrolls, so the page holds only
//! what is on screen and near it, never a copy of the whole file.

use crate::channel::{Attachment, Line};
use crate::narrowing::Narrowing;
use crate::protocol::{
    GeneChart, HashReply, HashRequest, LoadId, Request, Response, Selected, ToEngine, ToHasher, ViewId, ViewSummary,
};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use tolk_core::annotation::{FrequencySettings, TranscriptPolicy};
use tolk_core::phrase::Phrase;
use tolk_core::session::FileIdentity;
use tolk_core::words;
use tolk_core::{Diagnostic, LoadSummary, VariantRow};
use web_sys::Blob;

/// Rows per page requested from the worker.
pub const PAGE_ROWS: u32 = 200;
/// Pages kept before far-away ones are dropped.
const MAX_PAGES: usize = 40;

/// Where the load of a file stands; `data-state` on the status element.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadState {
    /// Nothing open. `note` says why, after a cancel.
    Idle {
        note: Option<String>,
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

/// The variant the user selected, decoded in full by the worker.
#[derive(Debug, Clone, PartialEq)]
pub enum Selection {
    None,
    /// `alt` is the row's 1-based ALT number within its record.
    Loading {
        row: u32,
        alt: u16,
    },
    Ready {
        row: u32,
        alt: u16,
        detail: Box<Selected>,
    },
    Failed {
        row: u32,
        message: Phrase,
    },
}

impl Selection {
    /// The selected row, whatever the state of its detail.
    pub fn row(&self) -> Option<u32> {
        match self {
            Selection::None => None,
            Selection::Loading { row, .. } | Selection::Ready { row, .. } | Selection::Failed { row, .. } => Some(*row),
        }
    }
}

/// Pages of rows received for the current load's current view.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RowPages {
    load: Option<LoadId>,
    view: Option<ViewId>,
    policy: TranscriptPolicy,
    pages: HashMap<u32, Vec<VariantRow>>,
    requested: HashSet<u32>,
}

impl RowPages {
    /// The row at `index`, if its page has arrived.
    pub fn get(&self, index: u32) -> Option<&VariantRow> {
        self.pages.get(&(index / PAGE_ROWS)).and_then(|page| page.get((index % PAGE_ROWS) as usize))
    }
}

/// The engine as the components see it. `Copy`, so handlers capture it freely.
#[derive(Clone, Copy)]
pub struct Engine {
    /// The engine worker: reads the file, keeps the store, answers queries.
    worker: StoredValue<Line<ToEngine>, LocalStorage>,
    /// The hashing worker: the file's SHA-256, computed once the engine has
    /// read the file (run alongside, the two slowed each other's reading).
    hasher: StoredValue<Line<ToHasher>, LocalStorage>,
    /// The file being read, until it is handed to the hasher.
    blob: StoredValue<Option<Blob>, LocalStorage>,
    /// The open file and its name, kept (a Blob is the browser's handle,
    /// not a copy) so it can be read again with other frequency settings.
    source: StoredValue<Option<(Blob, String)>, LocalStorage>,
    /// The frequency settings the open file was read with.
    loaded_frequency: StoredValue<FrequencySettings>,
    /// Why the hashing worker could not start, if it could not.
    hasher_missing: StoredValue<Option<Phrase>>,
    next_load: StoredValue<LoadId>,
    /// The newest view asked for; older replies are dropped.
    last_view: StoredValue<ViewId>,
    started_at: StoredValue<f64>,
    pub state: RwSignal<LoadState>,
    pub rows: RwSignal<RowPages>,
    /// Which transcripts count for the worst consequence shown (and for
    /// the consequence filter and compound-het genes).
    pub policy: RwSignal<TranscriptPolicy>,
    pub selection: RwSignal<Selection>,
    /// Panels, filters, family and mode.
    pub narrowing: Narrowing,
    /// The lab's choices among a file's population-frequency sources,
    /// remembered in this browser; a file is read with them.
    pub frequency: RwSignal<FrequencySettings>,
    /// The current view's counts, funnel and panel report.
    pub view: RwSignal<Option<ViewSummary>>,
    /// The open file's name, size and checksum once hashed, or why it
    /// could not be, with the load it belongs to: what interpretation work
    /// is saved under.
    pub file: RwSignal<Option<(LoadId, Result<FileIdentity, Phrase>)>>,
    /// The answer to the latest [`Engine::check`]: the keys the open file
    /// does not hold (`None` while it is asked).
    pub checked: RwSignal<Option<Vec<String>>>,
}

impl Engine {
    /// Starts the worker (the file trunk emits as `worker_loader.js`).
    pub fn start() -> Engine {
        let policy = RwSignal::new(TranscriptPolicy::default());
        let engine = Engine {
            worker: StoredValue::new_local(Line::new(&engine_script())),
            hasher: StoredValue::new_local(Line::new("./hasher_loader.js")),
            blob: StoredValue::new_local(None),
            source: StoredValue::new_local(None),
            loaded_frequency: StoredValue::new(FrequencySettings::default()),
            hasher_missing: StoredValue::new(None),
            next_load: StoredValue::new(0),
            last_view: StoredValue::new(0),
            started_at: StoredValue::new(0.0),
            state: RwSignal::new(LoadState::Idle { note: None }),
            rows: RwSignal::new(RowPages::default()),
            policy,
            selection: RwSignal::new(Selection::None),
            narrowing: Narrowing::from_page(policy),
            frequency: RwSignal::new(crate::narrowing::stored_frequency()),
            view: RwSignal::new(None),
            file: RwSignal::new(None),
            checked: RwSignal::new(None),
        };
        // Any change of file, policy or narrowing makes a new view, and is
        // written to the URL. (Progress updates do not: only readiness counts.)
        let ready = Memo::new(move |_| match engine.state.get() {
            LoadState::Ready { load, .. } => Some(load),
            _ => None,
        });
        Effect::new(move |_| {
            let policy = engine.policy.get();
            let query = engine.narrowing.query(policy);
            engine.narrowing.save(policy);
            if let Some(load) = ready.get() {
                let view = engine.last_view.get_value() + 1;
                engine.last_view.set_value(view);
                engine.send(&Request::Apply { load, view, query: Box::new(query) }, None);
            }
        });
        let connected = engine.worker.with_value(|line| {
            line.connect(move |response, _| engine.receive(response), move |why| engine.reader_died(why))
        });
        if let Err(e) = connected {
            engine.state.set(LoadState::Failed {
                name: String::new(),
                message: Phrase::new(msg!("read-worker-not-started")).arg("reason", e.to_string()),
            });
        }
        let connected = engine
            .hasher
            .with_value(|line| line.connect(move |reply, _| engine.hashed(reply), move |why| engine.hasher_died(why)));
        if let Err(e) = connected {
            engine
                .hasher_missing
                .set_value(Some(Phrase::new(msg!("hash-worker-not-started")).arg("reason", e.to_string())));
        }
        engine
    }

    /// Reads `blob` (a picked, dropped or demo file) in the worker, with
    /// the lab's frequency settings.
    pub fn open(self, blob: &Blob, name: String) {
        self.open_with(blob, name, self.frequency.get_untracked());
    }

    /// Reads the open file again with other frequency settings (the lab
    /// changed them, or a restored case was worked with others).
    pub fn reopen(self, frequency: FrequencySettings) {
        if let Some((blob, name)) = self.source.get_value() {
            self.open_with(&blob, name, frequency);
        }
    }

    /// The frequency settings the open file was read with.
    pub fn loaded_frequency(self) -> FrequencySettings {
        self.loaded_frequency.get_value()
    }

    fn open_with(self, blob: &Blob, name: String, frequency: FrequencySettings) {
        self.source.set_value(Some((blob.clone(), name.clone())));
        self.loaded_frequency.set_value(frequency.clone());
        let load = self.next_load.get_value() + 1;
        self.next_load.set_value(load);
        self.started_at.set_value(js_sys::Date::now());
        self.rows.set(RowPages { load: Some(load), policy: self.policy.get_untracked(), ..RowPages::default() });
        self.selection.set(Selection::None);
        self.view.set(None);
        // A family belongs to the file it was set for.
        self.narrowing.family.set(None);
        self.state.set(LoadState::Loading { load, name, bytes_read: 0, total_bytes: blob.size() as u64, records: 0 });
        self.file.set(None);
        self.blob.set_value(Some(blob.clone()));
        if let Err(e) = self.try_send(&Request::Open { load, frequency }, Some(blob)) {
            let message = Phrase::new(msg!("read-worker-not-started")).arg("reason", e);
            self.state.set(LoadState::Failed { name: self.loading_name(), message });
        }
    }

    /// Stops the load in progress.
    pub fn cancel(self) {
        if let LoadState::Loading { load, .. } = self.state.get_untracked() {
            self.send(&Request::Cancel { load }, None);
        }
    }

    /// Selects `row` and asks the worker for its record in full.
    pub fn select(self, row: &VariantRow) {
        self.select_index(row.index, row.alt_number);
    }

    /// Asks which of `keys` the open file does not hold; the answer comes
    /// in [`Engine::checked`].
    pub fn check(self, keys: Vec<String>) {
        self.checked.set(None);
        if let LoadState::Ready { load, .. } = self.state.get_untracked() {
            self.send(&Request::Check { load, keys }, None);
        }
    }

    /// Selects store row `row` (ALT number `alt`), as a chart mark names it.
    pub fn select_index(self, row: u32, alt: u16) {
        if let LoadState::Ready { load, .. } = self.state.get_untracked() {
            self.selection.set(Selection::Loading { row, alt });
            let policy = self.policy.get_untracked();
            self.send(&Request::Record { load, row, policy }, None);
        }
    }

    /// Shows the worst consequence under `policy` (a new view follows).
    pub fn set_policy(self, policy: TranscriptPolicy) {
        self.policy.set(policy);
    }

    /// Whether the open file has a population-frequency source in use (a
    /// missing AF then means "not found", else it means nothing).
    pub fn frequency_in_use(self) -> bool {
        self.state.with(|s| match s {
            LoadState::Ready { summary, .. } => summary.frequency.iter().any(|f| f.in_use),
            _ => false,
        })
    }

    /// Rows in the current view (0 until a view has arrived).
    pub fn view_count(self) -> u32 {
        self.view.with(|v| v.as_ref().map_or(0, |v| v.count))
    }

    /// Makes sure the pages covering rows `first..last` are here or on their way.
    pub fn ensure_rows(self, first: u32, last: u32) {
        let Some(load) = self.rows.with_untracked(|r| r.load) else { return };
        let Some(view) = self.rows.with_untracked(|r| r.view) else { return };
        let policy = self.rows.with_untracked(|r| r.policy);
        if !matches!(self.state.get_untracked(), LoadState::Ready { .. }) || last <= first {
            return;
        }
        let wanted: Vec<u32> = (first / PAGE_ROWS..=(last - 1) / PAGE_ROWS)
            .filter(|p| self.rows.with_untracked(|r| !r.pages.contains_key(p) && !r.requested.contains(p)))
            .collect();
        if wanted.is_empty() {
            return;
        }
        self.rows.update(|r| {
            r.requested.extend(&wanted);
            // Keep memory flat: drop the pages farthest from the view.
            if r.pages.len() > MAX_PAGES {
                let centre = first / PAGE_ROWS;
                let mut keys: Vec<u32> = r.pages.keys().copied().collect();
                keys.sort_by_key(|p| std::cmp::Reverse(p.abs_diff(centre)));
                for p in keys.into_iter().take(r.pages.len() - MAX_PAGES) {
                    r.pages.remove(&p);
                    r.requested.remove(&p);
                }
            }
        });
        for page in wanted {
            self.send(&Request::Rows { load, view, start: page * PAGE_ROWS, count: PAGE_ROWS, policy }, None);
        }
    }

    fn current_load(self) -> Option<LoadId> {
        match self.state.get_untracked() {
            LoadState::Loading { load, .. } | LoadState::Ready { load, .. } => Some(load),
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

    fn receive(self, response: Response) {
        match response {
            Response::Progress { load, bytes_read, total_bytes, records } => {
                self.state.update(|s| {
                    if let LoadState::Loading { load: l, bytes_read: b, total_bytes: t, records: r, .. } = s {
                        if *l == load {
                            (*b, *t, *r) = (bytes_read, total_bytes, records);
                        }
                    }
                });
            }
            Response::Loaded { load, summary, warnings, wasm_memory_bytes } if self.current_load() == Some(load) => {
                let name = self.loading_name();
                let millis = js_sys::Date::now() - self.started_at.get_value();
                self.state.set(LoadState::Ready { load, name, summary, warnings, millis, wasm_memory_bytes });
                if let Some(blob) = self.blob.try_update_value(Option::take).flatten() {
                    match self.hasher_missing.get_value() {
                        Some(why) => self.file.set(Some((load, Err(why)))),
                        None => {
                            let sent = self
                                .hasher
                                .with_value(|line| line.send(&HashRequest { load }, Attachment::Shared(blob.as_ref())));
                            if let Err(e) = sent {
                                self.file.set(Some((load, Err(Phrase::new(msg!("hash-failed")).arg("reason", e)))));
                            }
                        }
                    }
                }
            }
            Response::Failed { load, message } if self.current_load() == Some(load) => {
                let name = self.loading_name();
                self.state.set(LoadState::Failed { name, message });
            }
            Response::Cancelled { load } if self.current_load() == Some(load) => {
                self.state.set(LoadState::Idle { note: Some(crate::i18n::tr(msg!("status-cancelled"))) });
            }
            Response::Applied { load, summary } if self.current_load() == Some(load) => {
                if summary.view == self.last_view.get_value() {
                    // The old view's pages are dropped only now, so the
                    // table does not flash empty while the query runs.
                    self.rows.set(RowPages {
                        load: Some(load),
                        view: Some(summary.view),
                        policy: self.policy.get_untracked(),
                        ..RowPages::default()
                    });
                    self.view.set(Some(*summary));
                }
            }
            Response::Rows { load, view, start, policy, rows } => {
                self.rows.update(|r| {
                    if r.load == Some(load) && r.view == Some(view) && r.policy == policy {
                        r.pages.insert(start / PAGE_ROWS, rows);
                    }
                });
            }
            Response::Record { load, row, detail } if self.current_load() == Some(load) => {
                // Only the latest selection counts; an older reply is dropped.
                if let Selection::Loading { row: selected, alt } = self.selection.get_untracked() {
                    if selected == row {
                        self.selection.set(match detail {
                            Ok(detail) => Selection::Ready { row, alt, detail },
                            Err(message) => Selection::Failed { row, message },
                        });
                    }
                }
            }
            Response::Checked { load, missing } if self.current_load() == Some(load) => {
                self.checked.set(Some(missing));
            }
            Response::Lollipop { load, row, chart } if self.current_load() == Some(load) => {
                // Kept in the variant's facts too: the note draws the gene from them.
                self.selection.update(|s| {
                    if let Selection::Ready { row: selected, detail, .. } = s {
                        if *selected == row {
                            if let GeneChart::Ready(lollipop) = chart.as_ref() {
                                detail.snapshot.lollipop = Some(lollipop.clone());
                            }
                            detail.lollipop = *chart;
                        }
                    }
                });
            }
            // Replies about a load that was replaced or cancelled.
            // The handshake is the line's.
            Response::Started
            | Response::Loaded { .. }
            | Response::Applied { .. }
            | Response::Failed { .. }
            | Response::Cancelled { .. }
            | Response::Record { .. }
            | Response::Checked { .. }
            | Response::Lollipop { .. } => {}
        }
    }

    /// A reply from the hashing worker: the file's identity, if it is
    /// still the file being read or shown.
    fn hashed(self, reply: HashReply) {
        match reply {
            HashReply::Hashed { load, size, sha256 } if self.current_load() == Some(load) => {
                let name = match self.state.get_untracked() {
                    LoadState::Loading { name, .. } | LoadState::Ready { name, .. } => name,
                    _ => return,
                };
                self.file.set(Some((load, Ok(FileIdentity { name, size, sha256 }))));
            }
            HashReply::Failed { load, message } if self.current_load() == Some(load) => {
                self.file.set(Some((load, Err(Phrase::new(msg!("hash-failed")).arg("reason", message)))));
            }
            // The handshake is the line's.
            HashReply::Started | HashReply::Hashed { .. } | HashReply::Failed { .. } => {}
        }
    }

    /// The engine worker died (the channel has started a fresh one): what it
    /// held is gone, so the file being read or shown fails with the
    /// browser's reason. Saved interpretation work is in IndexedDB, keyed by
    /// the file, and comes back when the file is opened again.
    fn reader_died(self, reason: Phrase) {
        let said = reason.render(tolk_core::i18n::Lang::En);
        web_sys::console::error_1(&format!("tolk: the file reader stopped: {said}").into());
        let (name, message) = match self.state.get_untracked() {
            LoadState::Loading { name, bytes_read, total_bytes, .. } => (
                name,
                Phrase::new(msg!("read-worker-died-loading"))
                    .arg("read", words::bytes(bytes_read))
                    .arg("total", words::bytes(total_bytes))
                    .arg("reason", reason),
            ),
            LoadState::Ready { name, .. } => (name, Phrase::new(msg!("read-worker-died")).arg("reason", reason)),
            LoadState::Idle { .. } | LoadState::Failed { .. } => return,
        };
        self.blob.set_value(None);
        self.source.set_value(None);
        self.selection.set(Selection::None);
        self.view.set(None);
        self.rows.set(RowPages::default());
        self.state.set(LoadState::Failed { name, message });
    }

    /// The hashing worker died: the open file gets no checksum (so no saved
    /// work), and says why.
    fn hasher_died(self, reason: Phrase) {
        if let Some(load) = self.current_load() {
            self.file.set(Some((load, Err(Phrase::new(msg!("hash-worker-died")).arg("reason", reason)))));
        }
    }

    /// Sends `request` to the engine worker, or says in the console why it
    /// could not (the worker is not running: the open file has already
    /// failed with the reason).
    fn send(self, request: &Request, blob: Option<&Blob>) {
        if let Err(e) = self.try_send(request, blob) {
            web_sys::console::error_1(&format!("tolk: a request to the engine was not sent: {e}").into());
        }
    }

    fn try_send(self, request: &Request, blob: Option<&Blob>) -> Result<(), String> {
        let attachment = blob.map_or(Attachment::Nothing, |blob| Attachment::Shared(blob.as_ref()));
        self.worker.with_value(|line| line.send(request, attachment))
    }
}

/// The engine worker's script (the file trunk emits as `worker_loader.js`),
/// passing on the page's `?parsers=N`: how many helpers parse a file in
/// parts (0: the engine reads it alone). Without it the engine decides from
/// the machine's cores (`worker::helpers`). For benchmarks and tests, which
/// compare both ways in one run.
fn engine_script() -> String {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    match crate::narrowing::query_pairs(&search).into_iter().find(|(key, _)| key == "parsers") {
        Some((_, n)) if n.parse::<u8>().is_ok() => format!("./worker_loader.js?parsers={n}"),
        _ => "./worker_loader.js".to_owned(),
    }
}
