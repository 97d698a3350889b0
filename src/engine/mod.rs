//! The page's handle on its workers, in three pieces: `reading` (the
//! file the engine worker reads and holds), `hashing` (its checksum, from
//! the hashing worker) and `viewing` (what the page shows of it: the
//! narrowing, the view, its rows, the selected variant). `Engine` starts the
//! workers, hands each reply to the piece it is about, and joins the
//! pieces where they meet (a new file, a worker that dies).

mod hashing;
mod knowledge;
mod phenotype;
mod reading;
mod viewing;

pub use hashing::Identity;
pub use knowledge::{FileState, Knowledge, KnownFile};
pub use phenotype::{HpoState, Phenotype};
pub use reading::LoadState;
pub use viewing::{RowPages, Selection, PAGE_ROWS};

use crate::channel::{Attachment, Line};
use crate::narrowing::Narrowing;
use crate::protocol::{HashReply, LoadId, Request, Response, ToEngine, ViewFormat, ViewSummary};
use hashing::Hashing;
use leptos::prelude::*;
use reading::Reading;
use tolk_core::annotation::{FrequencySettings, TranscriptPolicy};
use tolk_core::grid_columns::{Column, RowMarks};
use tolk_core::phrase::Phrase;
use tolk_core::search::Search;
use tolk_core::sort::{GivenClasses, Sort};
use tolk_core::{Query, VariantRow};
use viewing::Viewing;
use web_sys::Blob;

/// The line to the engine worker, which reading and viewing both talk on.
#[derive(Clone, Copy)]
struct EngineLine(StoredValue<Line<ToEngine>, LocalStorage>);

impl EngineLine {
    /// Sends `request`, or says in the console why it could not (the worker
    /// is not running: the open file has already failed with the reason).
    fn send(self, request: &Request, blob: Option<&Blob>) {
        if let Err(e) = self.try_send(request, blob) {
            web_sys::console::error_1(&format!("tolk: a request to the engine was not sent: {e}").into());
        }
    }

    fn try_send(self, request: &Request, blob: Option<&Blob>) -> Result<(), String> {
        let attachment = blob.map_or(Attachment::Nothing, |blob| Attachment::Shared(blob.as_ref()));
        self.0.with_value(|line| line.send(request, attachment))
    }
}

/// The engine as the components see it. `Copy`, so handlers capture it
/// freely. The public signals are the pieces' own.
#[derive(Clone, Copy)]
pub struct Engine {
    reading: Reading,
    hashing: Hashing,
    viewing: Viewing,
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
    pub file: RwSignal<Identity>,
    /// The answer to the latest [`Engine::check`]: the keys the open file
    /// does not hold (`None` while it is asked).
    pub checked: RwSignal<Option<Vec<String>>>,
    /// The grid's order: a column and a direction, or file order.
    pub sort: RwSignal<Option<Sort>>,
    /// The grid's quick search.
    pub search: RwSignal<Option<Search>>,
    /// A view has been asked for and has not arrived yet (a search in the
    /// records' text can take a moment).
    pub waiting: RwSignal<bool>,
    /// The grid's columns, remembered in this browser.
    pub columns: RwSignal<Vec<Column>>,
    /// The classes given in this session: what sorting by class orders by.
    pub given: RwSignal<GivenClasses>,
    /// The grid position J or K asked for before its page of rows had
    /// come: selected when it does (`VariantTable`).
    pub step_to: RwSignal<Option<u32>>,
    /// The patient's HPO terms and the ontology they are ranked by.
    pub phenotype: Phenotype,
    /// The lab's knowledge files and database.
    pub knowledge: Knowledge,
}

impl Engine {
    /// Starts the workers (the files trunk emits as `worker_loader.js` and
    /// `hasher_loader.js`).
    pub fn start() -> Engine {
        let worker = EngineLine(StoredValue::new_local(Line::new(&engine_script())));
        let (reading, hashing, viewing) = (Reading::new(worker), Hashing::new(), Viewing::new(worker));
        let engine = Engine {
            reading,
            hashing,
            viewing,
            state: reading.state,
            rows: viewing.rows,
            policy: viewing.policy,
            selection: viewing.selection,
            narrowing: viewing.narrowing,
            frequency: RwSignal::new(crate::narrowing::stored_frequency()),
            view: viewing.view,
            file: hashing.file,
            checked: viewing.checked,
            sort: viewing.sort,
            search: viewing.search,
            waiting: viewing.waiting,
            columns: viewing.columns,
            given: viewing.given,
            step_to: RwSignal::new(None),
            phenotype: Phenotype::new(worker),
            knowledge: Knowledge::new(worker),
        };
        // Any change of file, policy, narrowing, order or search makes a new view;
        // the narrowing is written to the URL. (Progress updates do not: only readiness counts.)
        let ready = Memo::new(move |_| match engine.state.get() {
            LoadState::Ready { load, .. } => Some(load),
            _ => None,
        });
        Effect::new(move |_| {
            let policy = engine.policy.get();
            let sort = engine.sort.get();
            // Only a sort by class needs the classes given: classifying a
            // variant otherwise makes no new view.
            let given = match sort {
                Some(Sort { key: Column::Class, .. }) => engine.given.get(),
                _ => GivenClasses::default(),
            };
            let phenotype = engine.phenotype.ranking_terms();
            let query = Query { sort, search: engine.search.get(), given, phenotype, ..engine.narrowing.query(policy) };
            engine.narrowing.save(policy);
            // What the lab's knowledge says is in the rows sent.
            let knowledge = engine.knowledge.revision.get();
            if let Some(load) = ready.get() {
                viewing.apply(load, query, knowledge);
            }
        });
        // A file with structural variants shows their columns, unless the
        // user chose the columns.
        let structural = Memo::new(move |_| match engine.state.get() {
            LoadState::Ready { summary, .. } => Some(summary.structural > 0),
            _ => None,
        });
        Effect::new(move |_| {
            if let Some(structural) = structural.get() {
                viewing.file_columns(structural);
            }
        });
        // Each file read gets the lab's knowledge files, ClinVar matched
        // to its sites; the case's checksum leaves it out of the lab's counts.
        Effect::new(move |_| {
            if let Some(load) = ready.get() {
                engine.knowledge.send_for(load);
            }
        });
        // GenCC's word on the panels' genes, beside the panels.
        Effect::new(move |_| {
            engine.knowledge.revision.track();
            engine.narrowing.panels.with(|panels| engine.knowledge.gencc_for(panels));
        });
        Effect::new(move |_| {
            let sha256 = engine.file.with(|f| f.as_ref().and_then(|(_, f)| f.as_ref().ok().map(|f| f.sha256.clone())));
            engine.knowledge.case(sha256);
        });
        let connected = worker.0.with_value(|line| {
            line.connect(move |response, _| engine.receive(response), move |why| engine.reader_died(why))
        });
        if let Err(e) = connected {
            engine.state.set(LoadState::Failed {
                name: String::new(),
                message: Phrase::new(msg!("read-worker-not-started")).arg("reason", e),
            });
        }
        hashing.connect(move |reply| engine.hashed(reply), move |why| hashing.died(reading.current_load(), why));
        engine
    }

    /// Reads `blob` (a picked, dropped or demo file) in the worker, with
    /// the lab's frequency settings.
    pub fn open(self, blob: &Blob, name: String) {
        self.open_with(blob, name, self.frequency.get_untracked());
    }

    /// Reads the open file again with `frequency` (the lab's settings
    /// changed them, or a restored case was worked with others).
    pub fn reopen(self, frequency: FrequencySettings) {
        if let Some((blob, name)) = self.reading.source() {
            self.open_with(&blob, name, frequency);
        }
    }

    /// The frequency settings the open file was read with.
    pub fn loaded_frequency(self) -> FrequencySettings {
        self.reading.loaded_frequency()
    }

    fn open_with(self, blob: &Blob, name: String, frequency: FrequencySettings) {
        let load = self.reading.next_load();
        self.viewing.reset(load);
        self.reading.start(load, blob, name, frequency);
        self.hashing.forget();
    }

    /// Stops the load in progress.
    pub fn cancel(self) {
        self.reading.cancel();
    }

    /// Selects `row` and asks the worker for its record in full.
    pub fn select(self, row: &VariantRow) {
        // A row chosen now overrides one J or K still waits for.
        self.step_to.set(None);
        self.select_index(row.index, row.alt_number);
    }

    /// Asks which of `keys` the open file does not hold; the answer comes
    /// in [`Engine::checked`].
    pub fn check(self, keys: Vec<String>) {
        self.viewing.check(self.reading.ready_load(), keys);
    }

    /// The load shown, once read.
    pub fn ready_load(self) -> Option<LoadId> {
        self.reading.ready_load()
    }

    /// Selects store row `row` (ALT number `alt`), as a chart mark names it.
    pub fn select_index(self, row: u32, alt: u16) {
        if let Some(load) = self.reading.ready_load() {
            self.viewing.select(load, row, alt);
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

    /// Saves the rows of the view shown, as the grid shows them (its
    /// columns, with the session's `marks` by variant key), as a file in
    /// `format`.
    pub fn export_view(self, format: ViewFormat, marks: Vec<(String, RowMarks)>) {
        self.viewing.export(format, marks);
    }

    /// Shows `columns` in the grid, and remembers them in this browser.
    pub fn choose_columns(self, columns: Vec<Column>) {
        self.viewing.choose_columns(columns);
    }

    /// Back to the grid's columns before a user chooses, for the open file
    /// (with the structural variants' columns if it has any); the choice
    /// is forgotten, so the columns follow each file opened.
    pub fn default_columns(self) {
        let structural = self.state.with_untracked(|s| match s {
            LoadState::Ready { summary, .. } => summary.structural > 0,
            _ => false,
        });
        self.viewing.default_columns(structural);
    }

    /// How many rows of the open file are structural variants (0 until it
    /// is read; tracked).
    pub fn structural_rows(self) -> u64 {
        self.state.with(|s| match s {
            LoadState::Ready { summary, .. } => summary.structural,
            _ => 0,
        })
    }

    /// Rows in the current view (0 until a view has arrived).
    pub fn view_count(self) -> u32 {
        self.viewing.count()
    }

    /// Makes sure the pages covering rows `first..last` are here or on their way.
    pub fn ensure_rows(self, first: u32, last: u32) {
        if self.reading.ready_load().is_some() {
            self.viewing.ensure_rows(first, last);
        }
    }

    /// A reply from the engine worker, to the piece it is about; replies
    /// about a load that was replaced or cancelled are dropped.
    fn receive(self, response: Response) {
        let current = |load: LoadId| self.reading.current_load() == Some(load);
        match response {
            Response::Progress { load, bytes_read, total_bytes, records } => {
                self.reading.progress(load, bytes_read, total_bytes, records)
            }
            Response::Loaded { load, summary, warnings, wasm_memory_bytes } if current(load) => {
                if let Some(blob) = self.reading.loaded(load, summary, warnings, wasm_memory_bytes) {
                    self.hashing.hash(load, &blob);
                }
            }
            Response::Failed { load, message } if current(load) => self.reading.failed(message),
            Response::Cancelled { load } if current(load) => self.reading.cancelled(),
            Response::Applied { load, summary } if current(load) => self.viewing.applied(load, *summary),
            Response::Rows { load, view, start, policy, rows } => {
                self.viewing.rows_arrived(load, view, start, policy, rows)
            }
            Response::Hgvs { load, view, start, policy, hgvs } => {
                self.viewing.hgvs_arrived(load, view, start, policy, hgvs)
            }
            Response::Record { load, row, detail } if current(load) => self.viewing.record(row, detail),
            Response::ViewFile { load, view, format, bytes } => self.viewing.exported(load, view, format, &bytes),
            Response::Checked { load, missing } if current(load) => self.checked.set(Some(missing)),
            Response::Lollipop { load, row, chart } if current(load) => self.viewing.lollipop(row, *chart),
            Response::HpoExplained { load, .. } if !current(load) => {}
            known @ (Response::KnowledgeRead { .. }
            | Response::KnowledgeFailed { .. }
            | Response::LabDbChanged { .. }
            | Response::LabDbFile { .. }
            | Response::Reanalysed { .. }
            | Response::GenccGenes { .. }) => self.knowledge.receive(known),
            hpo @ (Response::HpoReady(_)
            | Response::HpoFailed { .. }
            | Response::HpoFound { .. }
            | Response::HpoLookedUp { .. }
            | Response::HpoExplained { .. }
            | Response::HpoPanel { .. }) => self.phenotype.receive(hpo),
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
        let current = match self.state.get_untracked() {
            LoadState::Loading { load, name, .. } | LoadState::Ready { load, name, .. } => Some((load, name)),
            _ => None,
        };
        self.hashing.hashed(reply, current);
    }

    /// The engine worker died (the line has started a fresh one): what it
    /// held is gone, so the file being read or shown fails with the
    /// browser's reason. Saved interpretation work is in IndexedDB, keyed by
    /// the file, and comes back when the file is opened again.
    fn reader_died(self, reason: Phrase) {
        let said = reason.render(tolk_core::i18n::Lang::En);
        web_sys::console::error_1(&format!("tolk: the file reader stopped: {said}").into());
        if self.reading.died(reason) {
            self.viewing.clear();
        }
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
