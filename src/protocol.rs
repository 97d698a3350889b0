//! The messages between the page and its workers, and between the engine
//! worker and its parsing helpers. Both sides use these serde enums, so a
//! change to one side cannot go unnoticed by the other. A message is a
//! two-element JS array: the serialised enum, and what serde should not
//! carry: the `Blob` to read for [`Request::Open`] (`postMessage` clones it
//! without copying the file), or the bytes of a part of a file
//! ([`PartRequest::Part`], [`PartReply::Parsed`]) as a `Uint8Array`.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use tolk_core::acmg::Facts;
use tolk_core::annotation::TranscriptPolicy;
use tolk_core::chart::{Charts, Lollipop};
use tolk_core::compression::bgzf::Block;
use tolk_core::grid_columns::{Layout, RowMarks};
use tolk_core::hpo::explain::Explanation;
use tolk_core::hpo::{PatientTerms, TermId};
use tolk_core::inheritance::Fit;
use tolk_core::knowledge::gencc::GeneDisease;
use tolk_core::knowledge::reanalysis::Change;
use tolk_core::knowledge::{KnowledgeKind, KnowledgeSource, VariantKnowledge};
use tolk_core::panel::matching::PanelReport;
use tolk_core::panel::Panel;
use tolk_core::parts::ranges::Range;
use tolk_core::parts::{PartContext, PartReport};
use tolk_core::phrase::Phrase;
use tolk_core::session::VariantFacts;
use tolk_core::vcf::detail::RecordDetail;
use tolk_core::view::FunnelStep;
use tolk_core::{Diagnostic, LoadSummary, Query, VariantRow};
use wasm_bindgen::{JsCast, JsValue};

/// Identifies one load, so that replies to a cancelled or replaced load are
/// recognised and dropped.
pub type LoadId = u32;

/// Identifies one view (a query's result), so rows of an older view are
/// dropped when a newer one has been asked for.
pub type ViewId = u32;

/// At most this many compound-het pairs are sent to the page; the count
/// says how many there were.
pub const MAX_PAIRS_SENT: usize = 500;

/// The two message types of one worker's line, declared once so that the
/// end that sends ([`crate::channel::Line`]) and the end that serves
/// (`worker::serve`) cannot disagree; and the reply that opens the line.
pub trait Protocol: 'static {
    type Request: Serialize + for<'de> Deserialize<'de>;
    type Reply: Serialize + for<'de> Deserialize<'de>;
    /// The worker, as the console names it.
    const NAME: &'static str;
    /// The worker's first reply: its wasm is running and listening
    /// (messages posted before would be lost).
    fn started() -> Self::Reply;
    fn is_started(reply: &Self::Reply) -> bool;
}

/// A [`Protocol`]: `protocol!(Name, "worker", Request => Reply)`, whose
/// reply type has a `Started` variant.
macro_rules! protocol {
    ($(#[$meta:meta])* $name:ident, $worker:literal, $request:ty => $reply:ident) => {
        $(#[$meta])*
        pub enum $name {}

        impl Protocol for $name {
            type Request = $request;
            type Reply = $reply;
            const NAME: &'static str = $worker;
            fn started() -> $reply {
                $reply::Started
            }
            fn is_started(reply: &$reply) -> bool {
                matches!(reply, $reply::Started)
            }
        }
    };
}

protocol!(
    /// The page and its engine worker.
    ToEngine, "engine", Request => Response
);
protocol!(
    /// The page and its hashing worker.
    ToHasher, "hasher", HashRequest => HashReply
);
protocol!(
    /// The engine worker and one of its parsing helpers.
    ToParser, "parser", PartRequest => PartReply
);

/// Page -> worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Request {
    /// Read the Blob sent alongside, with the lab's choices among the
    /// file's population-frequency sources. Replaces any load in progress.
    Open { load: LoadId, frequency: tolk_core::annotation::FrequencySettings },
    /// Stop reading; the worker answers [`Response::Cancelled`].
    Cancel { load: LoadId },
    /// Narrow the loaded file by `query`; rows are then paged from the view.
    Apply { load: LoadId, view: ViewId, query: Box<Query> },
    /// Send rows `start..start + count` of view `view`, each with its worst
    /// consequence under `policy`.
    ///
    /// With `records`, what only the rows' records hold (HGVS) follows in a
    /// [`Response::Hgvs`], read again from the file: asked for only while
    /// the grid shows such a column.
    Rows { load: LoadId, view: ViewId, start: u32, count: u32, policy: TranscriptPolicy, records: bool },
    /// Every row of view `view` as the grid shows them (the columns of
    /// `layout`, with what the session recorded, `marks`, by variant key),
    /// as a file in `format`, for the user to save.
    ExportView {
        load: LoadId,
        view: ViewId,
        policy: TranscriptPolicy,
        format: ViewFormat,
        layout: Layout,
        marks: Vec<(String, RowMarks)>,
    },
    /// Decode row `row`'s record in full, from the file's bytes, with the
    /// facts ACMG suggestions are made from (worst transcript by `policy`).
    Record { load: LoadId, row: u32, policy: TranscriptPolicy },
    /// Which of `keys` (`CHROM:POS:REF:ALT`) the file does not hold: an
    /// imported session's variants are checked against the open file.
    Check { load: LoadId, keys: Vec<String> },
    /// Fetch and read the HPO bundle the app ships, once; the worker
    /// answers [`Response::HpoReady`] (again, if it already has it) or
    /// [`Response::HpoFailed`].
    HpoLoad,
    /// Terms matching `text` (type-ahead); `seq` comes back with them, so
    /// that an older keystroke's answer is dropped.
    HpoSearch { text: String, seq: u32 },
    /// The terms of `ids` (a pasted list), each once, in order.
    HpoLookup { ids: Vec<String> },
    /// Why row `row` of view `view` ranked where it did.
    HpoExplain { load: LoadId, view: ViewId, row: u32 },
    /// The genes whose diseases match `patient` with a score of `min` or
    /// more, as a panel.
    HpoPanel { patient: PatientTerms, min: f32 },
    /// Read the knowledge file in the Blob sent alongside (its kind told by
    /// its content), matching a ClinVar file to load `load`'s sites; a
    /// lab database is merged into the one the worker holds. The worker
    /// answers [`Response::KnowledgeRead`] or [`Response::KnowledgeFailed`].
    KnowledgeOpen { load: Option<LoadId>, name: String },
    /// Drop the file of `kind`.
    KnowledgeForget { kind: KnowledgeKind },
    /// The open case's file checksum: the lab database's counts leave the
    /// case itself out.
    KnowledgeCase { sha256: Option<String> },
    /// Add the open case (its session, and every variant its proband
    /// carries in load `load`) to the lab database, on `today`.
    LabDbAddCase { load: LoadId, session: String, today: String },
    /// The lab database as a file for the national database.
    LabDbExport { format: LabExportFormat, min_count: u32, today: String },
    /// GenCC's strongest gene-disease validity for each of `genes` (the
    /// panels' genes), where the lab opened GenCC's submissions.
    GenccGenes { genes: Vec<String> },
    /// What newer knowledge changes for the case worked in `session`, with
    /// the panels in use now.
    Reanalyse { load: LoadId, session: String, panels: Vec<Panel> },
}

/// The national export's two forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabExportFormat {
    /// Sites only, no sample columns.
    Vcf,
    /// ClinVar's submission columns.
    ClinVarTsv,
}

impl LabExportFormat {
    pub fn file_name(self, today: &str) -> String {
        match self {
            LabExportFormat::Vcf => format!("tolk-lab-variants-{today}.vcf"),
            LabExportFormat::ClinVarTsv => format!("tolk-lab-variants-{today}.clinvar.tsv"),
        }
    }
}

/// A term as the phenotype entry shows it: the label, the definition on
/// hover, and the synonym the search matched, if it was one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermInfo {
    pub id: TermId,
    pub label: String,
    pub definition: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synonym: Option<String>,
}

/// The HPO bundle as loaded: its release and size, for the credit line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HpoLoaded {
    pub release: String,
    pub source: String,
    pub terms: u32,
    pub diseases: u32,
    pub genes: u32,
    /// The download, in bytes (gzipped, unless the server unpacked it).
    pub download_bytes: u32,
    /// The ontology and its search index in the worker's memory, in bytes.
    pub memory_bytes: u32,
    /// Fetching and reading, in milliseconds.
    pub millis: f64,
}

/// Worker -> page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Response {
    /// The worker's wasm is running and listening. Messages sent before
    /// this would be lost, so the page queues them until it arrives.
    Started,
    Progress {
        load: LoadId,
        bytes_read: u64,
        total_bytes: u64,
        records: u64,
    },
    Loaded {
        load: LoadId,
        summary: LoadSummary,
        warnings: Vec<Diagnostic>,
        /// The worker's whole wasm linear memory after the load.
        wasm_memory_bytes: u64,
    },
    Failed {
        load: LoadId,
        message: Phrase,
    },
    Cancelled {
        load: LoadId,
    },
    /// A query's result: its size and how it was reached.
    Applied {
        load: LoadId,
        summary: Box<ViewSummary>,
    },
    /// A page of the table (rows carry no calls: see
    /// `VariantStore::calls`; the selected variant's [`Response::Record`]
    /// has every sample).
    Rows {
        load: LoadId,
        view: ViewId,
        start: u32,
        policy: TranscriptPolicy,
        rows: Vec<VariantRow>,
    },
    /// HGVS c. and p. of the rows of a [`Response::Rows`] asked for with
    /// `records`, one pair per row: sent after the rows, as reading each
    /// record again takes a while.
    Hgvs {
        load: LoadId,
        view: ViewId,
        start: u32,
        policy: TranscriptPolicy,
        hgvs: Vec<(Option<String>, Option<String>)>,
    },
    /// The answer to [`Request::ExportView`]: the file's bytes (a
    /// `Uint8Array` in the message, not an array of numbers).
    ViewFile {
        load: LoadId,
        view: ViewId,
        format: ViewFormat,
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// The keys of a [`Request::Check`] the file does not hold.
    Checked {
        load: LoadId,
        missing: Vec<String>,
    },
    /// The record of row `row`, or why it could not be read.
    Record {
        load: LoadId,
        row: u32,
        detail: Result<Box<Selected>, Phrase>,
    },
    /// Row `row`'s gene along its protein, sent after its record: reading
    /// the gene's other records again must not hold up the record.
    Lollipop {
        load: LoadId,
        row: u32,
        chart: Box<GeneChart>,
    },
    /// A knowledge file read: what it is, and what reading it took.
    KnowledgeRead {
        /// The file read (a lab database merged into the one held is then
        /// kept under the held one's name, in `source`).
        name: String,
        source: KnowledgeSource,
        /// A lab database merged into the one held: the merge is kept (it
        /// came in a [`Response::LabDbChanged`]), not the file read.
        merged: bool,
        millis: f64,
        /// The worker's whole wasm memory after reading.
        wasm_memory_bytes: u64,
    },
    KnowledgeFailed {
        name: String,
        message: Phrase,
    },
    /// The lab database changed (a case added, another database merged in):
    /// the page keeps it, and offers it to save.
    LabDbChanged {
        json: String,
        said: Phrase,
    },
    LabDbFile {
        format: LabExportFormat,
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    Reanalysed {
        load: LoadId,
        changes: Vec<Change>,
    },
    /// The answer to [`Request::GenccGenes`]: each gene GenCC lists, with
    /// its strongest curation (genes it does not list are left out).
    GenccGenes {
        genes: Vec<(String, GeneDisease)>,
    },
    HpoReady(Box<HpoLoaded>),
    HpoFailed {
        message: Phrase,
    },
    /// The answer to [`Request::HpoSearch`].
    HpoFound {
        seq: u32,
        hits: Vec<TermInfo>,
    },
    /// The answer to [`Request::HpoLookup`]: the terms found, and the ids
    /// that are not (or no longer) HPO terms.
    HpoLookedUp {
        terms: Vec<TermInfo>,
        unknown: Vec<String>,
    },
    HpoExplained {
        load: LoadId,
        row: u32,
        explanation: Result<Box<Explanation>, Phrase>,
    },
    HpoPanel {
        panel: Panel,
    },
}

/// The files the rows in view are saved as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ViewFormat {
    /// Tab-separated text (`tolk_core::grid_tsv`).
    Tsv,
    /// An Excel workbook (`tolk_core::grid_xlsx`).
    Xlsx,
}

impl ViewFormat {
    /// The name the file is saved under: it names no patient and no file,
    /// so it says nothing with pseudonymisation on or off.
    pub fn file_name(self) -> &'static str {
        match self {
            ViewFormat::Tsv => "tolk-view.tsv",
            ViewFormat::Xlsx => "tolk-view.xlsx",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            ViewFormat::Tsv => "text/tab-separated-values",
            ViewFormat::Xlsx => tolk_core::grid_xlsx::MIME,
        }
    }

    /// `rows` as this file, in `layout`'s columns, with the session's
    /// `marks` by variant key.
    pub fn write(
        self,
        layout: &Layout,
        rows: impl IntoIterator<Item = VariantRow>,
        marks: &HashMap<String, RowMarks>,
    ) -> Vec<u8> {
        let marked = |row: &VariantRow| marks.get(&row.key());
        match self {
            ViewFormat::Tsv => tolk_core::grid_tsv::grid_tsv(layout, rows, marked).into_bytes(),
            ViewFormat::Xlsx => tolk_core::grid_xlsx::grid_xlsx(layout, rows, marked),
        }
    }
}

/// Page -> hashing worker: hash the Blob sent alongside (replaces any
/// hashing in progress).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HashRequest {
    pub load: LoadId,
}

/// Hashing worker -> page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum HashReply {
    Started,
    /// Lowercase hex SHA-256 of the file's bytes, and their count.
    Hashed {
        load: LoadId,
        size: u64,
        sha256: String,
    },
    Failed {
        load: LoadId,
        message: String,
    },
}

/// Engine worker -> one of its parsing helpers (`worker::helpers`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PartRequest {
    /// The header of load `load`'s file, for the parts that follow.
    Context { load: LoadId, context: Box<PartContext> },
    /// Parse the part sent alongside (a `tolk_core::parts::Part` in
    /// postcard) with load `load`'s context.
    Part { load: LoadId },
    /// Load `load` is read in ranges of BGZF blocks
    /// (`tolk_core::parts::ranges`): its header, the file's blocks, and
    /// alongside, the file itself (a Blob, read by the helper).
    Ranges { load: LoadId, context: Box<PartContext>, blocks: Vec<Block> },
    /// Inflate and cut `range`, keep its text, and say how many lines it holds.
    Cut { load: LoadId, range: Range },
    /// Parse the range cut as `index`: its first line is line `first_line`.
    Number { load: LoadId, index: u32, first_line: u64 },
}

/// Parsing helper -> engine worker.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PartReply {
    Started,
    /// Part `index` of load `load` parsed: its report, and its store
    /// alongside (postcard); or why it could not be.
    Parsed {
        load: LoadId,
        index: u32,
        report: Result<PartReport, Phrase>,
    },
    /// Range `index` of load `load` cut: the lines it holds, or why its
    /// blocks could not be read (the file is then read in one pass).
    Counted {
        load: LoadId,
        index: u32,
        lines: Result<u64, Phrase>,
    },
}

/// A selected variant: its record in full, the facts for ACMG suggestions,
/// and the snapshot a session keeps of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Selected {
    pub record: RecordDetail,
    pub facts: Facts,
    pub snapshot: VariantFacts,
    /// The variant's gene in the current view, along its protein; pending
    /// until [`Response::Lollipop`] brings it.
    pub lollipop: GeneChart,
    /// What the lab's knowledge files say about it.
    pub known: Box<VariantKnowledge>,
    /// Where it is a copy-number change: what the CNV points can be
    /// suggested from (the lab's dosage list included, where it is open).
    #[serde(default)]
    pub cnv: Option<tolk_core::cnv::CnvFacts>,
}

/// Where the selected variant's gene chart stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum GeneChart {
    /// The gene's other records are being read.
    Pending,
    /// The annotation names no gene for the variant.
    NoGene,
    Ready(Lollipop),
    /// Why the gene's records could not be read.
    Failed(Phrase),
}

impl GeneChart {
    /// `data-state` of the chart: `loading`, `none`, `ready` or `error`.
    pub fn state(&self) -> &'static str {
        match self {
            GeneChart::Pending => "loading",
            GeneChart::NoGene => "none",
            GeneChart::Ready(_) => "ready",
            GeneChart::Failed(_) => "error",
        }
    }
}

/// What the page shows of a view; the rows themselves come in pages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ViewSummary {
    pub view: ViewId,
    pub count: u32,
    pub funnel: Vec<FunnelStep>,
    pub panel: Option<PanelReport>,
    /// Compound-het pairs as `(first key, second key, gene, fit)`, at most
    /// [`MAX_PAIRS_SENT`].
    pub pairs: Vec<PairKeys>,
    pub pair_count: u32,
    pub notes: Vec<Phrase>,
    /// Time the worker took to apply the query.
    pub millis: f64,
    /// What the view's charts show.
    pub charts: Charts,
    /// Time the worker took to compute the charts' data.
    pub chart_millis: f64,
}

/// A compound-het pair, named by its rows' `CHROM:POS:REF:ALT` keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairKeys {
    pub first: String,
    pub second: String,
    pub gene: String,
    pub fit: Fit,
}

/// Packs a message for `postMessage`, with a `Blob` or `Uint8Array` beside it.
pub fn encode<T: Serialize>(message: &T, attachment: Option<&JsValue>) -> Result<JsValue, String> {
    let value = serde_wasm_bindgen::to_value(message).map_err(|e| e.to_string())?;
    let packed = js_sys::Array::new();
    packed.push(&value);
    packed.push(attachment.unwrap_or(&JsValue::UNDEFINED));
    Ok(packed.into())
}

/// Unpacks a message from `MessageEvent.data`, with what was beside it
/// (`undefined` if nothing).
pub fn decode<T: for<'de> Deserialize<'de>>(data: JsValue) -> Result<(T, JsValue), String> {
    let packed: js_sys::Array = data.dyn_into().map_err(|_| "message is not an array".to_owned())?;
    let message = serde_wasm_bindgen::from_value(packed.get(0)).map_err(|e| e.to_string())?;
    Ok((message, packed.get(1)))
}

/// `value` in postcard, as a `Uint8Array` to send beside a message.
pub fn to_bytes<T: Serialize>(value: &T) -> Result<js_sys::Uint8Array, String> {
    let bytes = postcard::to_allocvec(value).map_err(|e| e.to_string())?;
    Ok(js_sys::Uint8Array::from(bytes.as_slice()))
}

/// The value sent beside a message by [`to_bytes`].
pub fn from_bytes<T: for<'de> Deserialize<'de>>(attachment: JsValue) -> Result<T, String> {
    let array: js_sys::Uint8Array = attachment.dyn_into().map_err(|_| "no bytes were sent".to_owned())?;
    postcard::from_bytes(&array.to_vec()).map_err(|e| e.to_string())
}
