//! The engine's home in the browser: a dedicated web worker that reads the
//! file in slices, feeds `tolk_core::Loader`, and answers row requests, so
//! the page never freezes however large the file.
//!
//! Reading is async: each slice is awaited, which yields to the worker's
//! event loop, so a `Cancel` (or a new `Open`) is seen between slices.
//!
//! Where the machine has cores to spare, the records are parsed in parts
//! by helper workers (`helpers`), and this worker reads, inflates, cuts
//! and joins; at most `PARTS_PER_HELPER` parts per helper are out at
//! once, so reading never runs ahead of parsing by more than a few MB.

mod helpers;
mod knowledge;
mod phenotype;
mod ranges;

pub use knowledge::LAB_DB_FILE;

use crate::protocol::{
    decode, encode, GeneChart, LoadId, PairKeys, Protocol, Request, Response, Selected, ToEngine, ViewId, ViewSummary,
    MAX_PAIRS_SENT,
};
use futures::StreamExt;
use helpers::{Back, Helpers};
use ranges::Outcome;
use std::cell::RefCell;
use std::ops::ControlFlow;
use std::rc::Rc;
use tolk_core::acmg::Facts;
use tolk_core::annotation::FieldMap;
use tolk_core::annotation::FrequencySettings;
use tolk_core::annotation::TranscriptPolicy;
use tolk_core::chart;
use tolk_core::compression::Compression;
use tolk_core::parts::{PartContext, PART_BYTES};
use tolk_core::phrase::Phrase;
use tolk_core::search::TextScan;
use tolk_core::session::VariantFacts;
use tolk_core::vcf::detail::{decode_record, worst_hgvs, DecodeContext, RecordDetail, WorstHgvs};
use tolk_core::view::{apply_ranked, View};
use tolk_core::{Loaded, Loader};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, DedicatedWorkerGlobalScope, MessageEvent};

/// Bytes read per slice: big enough that per-call overhead vanishes, small
/// enough that progress moves and cancel is prompt (a few ms per slice).
const SLICE: f64 = (1 << 20) as f64;

/// Parts out at a helper at once, at most: one being parsed, one waiting,
/// so a helper never idles between parts.
const PARTS_PER_HELPER: usize = 2;

#[derive(Default)]
struct State {
    /// The load the page wants; a reading loop whose id differs stops.
    current: Option<LoadId>,
    loaded: Option<OpenFile>,
    /// The parsing helpers, if the machine has cores for them.
    helpers: Option<Helpers>,
    /// The newest view the page asked for: a search still reading the
    /// file for an older one stops.
    wanted_view: Option<ViewId>,
    /// The Human Phenotype Ontology, once a phenotype asked for it.
    hpo: phenotype::HpoSlot,
    /// The lab's knowledge files, ClinVar's matched to the open file.
    knowledge: tolk_core::knowledge::KnowledgeSet,
}

/// A file read to the end, with what is needed to decode its records again:
/// the Blob (the file itself, never copied) and the header's layout.
struct OpenFile {
    load: LoadId,
    loaded: Loaded,
    blob: Blob,
    context: DecodeContext,
    /// The latest view, with the query that made it (its family and
    /// trio QC judge inheritance for the rows sent).
    view: Option<(ViewId, View, Box<tolk_core::Query>)>,
    /// The latest view's charts: a new order of the same rows keeps them.
    charts: Option<chart::Charts>,
}

/// Runs the worker: called from the worker binary's `main`.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let helpers = Helpers::start(Helpers::wanted(&scope));
    let state = Rc::new(RefCell::new(State { helpers, ..State::default() }));
    serve::<ToEngine>(move |scope, request, attachment| {
        handle(scope, &state, request, attachment.dyn_into::<Blob>().ok())
    });
}

/// The worker's end of a [`crate::channel::Line`], for each of Tolk's
/// workers (engine, hasher, parsing helper): decodes every message as the
/// protocol's request and hands it, with what it carries (a Blob, bytes),
/// to `handle`; says the protocol's started once it listens, which is when
/// the other end stops queueing. The handler lives as long as the worker.
pub(crate) fn serve<P: Protocol>(handle: impl Fn(&DedicatedWorkerGlobalScope, P::Request, JsValue) + 'static) {
    console_error_panic_hook::set_once();
    crate::requests::report_to_parent(P::NAME);
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| match decode::<P::Request>(event.data()) {
            Ok((request, attachment)) => handle(&scope, request, attachment),
            Err(e) => web_sys::console::error_1(&format!("tolk {}: bad request: {e}", P::NAME).into()),
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&scope, &P::started());
}

fn handle(scope: &DedicatedWorkerGlobalScope, state: &Rc<RefCell<State>>, request: Request, blob: Option<Blob>) {
    match request {
        Request::Open { load, frequency } => {
            let Some(blob) = blob else {
                post(scope, &Response::Failed { load, message: Phrase::new(msg!("read-no-file")) });
                return;
            };
            {
                let mut s = state.borrow_mut();
                s.current = Some(load);
                s.loaded = None;
                // ClinVar was matched to the file before; the page sends
                // it again once this one is read.
                s.knowledge.clinvar = None;
            }
            wasm_bindgen_futures::spawn_local(read(scope.clone(), state.clone(), load, blob, frequency));
        }
        Request::Cancel { load } => {
            let mut s = state.borrow_mut();
            if s.current == Some(load) {
                s.current = None;
            }
        }
        Request::Apply { load, view, query } => {
            let mut s = state.borrow_mut();
            s.wanted_view = Some(view);
            // Ranked by the ontology where the worker has it (the page asks
            // for a ranking only once it has).
            let hpo = match &s.hpo {
                phenotype::HpoSlot::Ready(hpo) => Some(hpo.clone()),
                _ => None,
            };
            let Some(open) = s.loaded.as_mut().filter(|open| open.load == load) else { return };
            let started = now(scope);
            let store = &open.loaded.store;
            // A new order of the same rows (a column header clicked) is
            // not a new view: the rows are re-ordered, not filtered again.
            // The view shown stays until the new one is published: a
            // search in the text may take a while, and the grid still pages
            // rows from it meanwhile.
            let same_rows = open.view.as_ref().zip(open.charts.as_ref()).is_some_and(|((_, _, old), _)| {
                let mut old = old.as_ref().clone();
                old.sort = query.sort;
                old.given = query.given.clone();
                old == *query
            });
            let cached = same_rows.then(|| open.view.take().zip(open.charts.take())).flatten();
            if let Some(((_, mut result, _), charts)) = cached {
                result.reorder(store, &query);
                return publish(scope, open, view, result, query, Some(charts), started);
            }
            let result = apply_ranked(store, &query, hpo.as_ref().map(|h| &h.ontology));
            match query.search.as_ref().and_then(|search| TextScan::new(search, store, &result.rows)) {
                Some(scan) => {
                    drop(s);
                    let task = search_text(scope.clone(), state.clone(), load, view, query, result, scan, started);
                    wasm_bindgen_futures::spawn_local(task);
                }
                None => publish(scope, open, view, result, query, None, started),
            }
        }
        Request::Rows { load, view, start, count, policy, records } => {
            let s = state.borrow();
            let Some(open) = s.loaded.as_ref().filter(|open| open.load == load) else { return };
            let Some((_, result, _)) = open.view.as_ref().filter(|(id, ..)| *id == view) else { return };
            let end = (start as usize).saturating_add(count as usize).min(result.rows.len());
            let range = (start as usize).min(end)..end;
            // The rows at once; their HGVS (a read of each record) after
            // the other pages asked for meanwhile have had their rows.
            let rows = grid_rows(open, &s.knowledge, range.clone(), policy, false).collect();
            post(scope, &Response::Rows { load, view, start, policy, rows });
            if records {
                wasm_bindgen_futures::spawn_local(send_hgvs(scope.clone(), state.clone(), load, view, range, policy));
            }
        }
        Request::ExportView { load, view, policy, format, layout, marks } => {
            let s = state.borrow();
            let Some(open) = s.loaded.as_ref().filter(|open| open.load == load) else { return };
            let Some((_, result, _)) = open.view.as_ref().filter(|(id, ..)| *id == view) else { return };
            let records = layout.columns.iter().any(|c| c.needs_record());
            let rows = grid_rows(open, &s.knowledge, 0..result.rows.len(), policy, records);
            let bytes = format.write(&layout, rows, &marks.into_iter().collect());
            post(scope, &Response::ViewFile { load, view, format, bytes });
        }
        Request::Record { load, row, policy } => {
            wasm_bindgen_futures::spawn_local(send_record(scope.clone(), state.clone(), load, row, policy));
        }
        Request::Check { load, keys } => {
            let s = state.borrow();
            let Some(open) = s.loaded.as_ref().filter(|open| open.load == load) else { return };
            let mut missing: std::collections::BTreeSet<String> = keys.into_iter().collect();
            let store = &open.loaded.store;
            for row in 0..store.len() {
                if missing.is_empty() {
                    break;
                }
                missing.remove(&store.key(row));
            }
            post(scope, &Response::Checked { load, missing: missing.into_iter().collect() });
        }
        Request::KnowledgeOpen { load, name } => match blob {
            Some(blob) => {
                wasm_bindgen_futures::spawn_local(knowledge::open(scope.clone(), state.clone(), load, name, blob))
            }
            None => post(scope, &Response::KnowledgeFailed { name, message: Phrase::new(msg!("read-no-file")) }),
        },
        Request::KnowledgeForget { kind } => knowledge::forget(state, kind),
        Request::KnowledgeCase { sha256 } => {
            state.borrow_mut().knowledge.case_id = sha256.as_deref().map(tolk_core::labdb::case_id);
        }
        Request::LabDbAddCase { load, session, today } => knowledge::add_case(scope, state, load, &session, &today),
        Request::LabDbExport { format, min_count, today } => knowledge::export(scope, state, format, min_count, &today),
        Request::Reanalyse { load, session, panels } => knowledge::reanalyse(scope, state, load, &session, &panels),
        Request::GenccGenes { genes } => knowledge::gencc_genes(scope, state, genes),
        Request::HpoLoad => {
            let mut s = state.borrow_mut();
            match &s.hpo {
                phenotype::HpoSlot::Ready(hpo) => post(scope, &hpo.ready()),
                phenotype::HpoSlot::Loading => {}
                phenotype::HpoSlot::Absent => {
                    s.hpo = phenotype::HpoSlot::Loading;
                    let (scope, state) = (scope.clone(), state.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let loaded = phenotype::load(&scope, now(&scope)).await;
                        let mut s = state.borrow_mut();
                        match loaded {
                            Ok(hpo) => {
                                post(&scope, &hpo.ready());
                                s.hpo = phenotype::HpoSlot::Ready(Rc::new(hpo));
                            }
                            Err(message) => {
                                // Absent again: asking later tries again.
                                s.hpo = phenotype::HpoSlot::Absent;
                                post(&scope, &Response::HpoFailed { message });
                            }
                        }
                    });
                }
            }
        }
        Request::HpoSearch { text, seq } => {
            if let Some(hpo) = state.borrow().hpo.ready() {
                post(scope, &hpo.search(&text, seq));
            }
        }
        Request::HpoLookup { ids } => {
            if let Some(hpo) = state.borrow().hpo.ready() {
                post(scope, &hpo.lookup(&ids));
            }
        }
        Request::HpoExplain { load, view, row } => {
            let s = state.borrow();
            let Some(hpo) = s.hpo.ready() else { return };
            let Some(open) = s.loaded.as_ref().filter(|open| open.load == load) else { return };
            let Some((_, result, query)) = open.view.as_ref().filter(|(id, ..)| *id == view) else { return };
            let explanation = hpo.explain(result, &query.phenotype, row);
            post(scope, &Response::HpoExplained { load, row, explanation });
        }
        Request::HpoPanel { patient, min } => {
            if let Some(hpo) = state.borrow().hpo.ready() {
                post(scope, &hpo.panel(&patient, min));
            }
        }
    }
}

/// The HGVS of view `view`'s rows `range`, sent after the rows themselves
/// (see [`grid_hgvs`]), if that view is still the latest.
async fn send_hgvs(
    scope: DedicatedWorkerGlobalScope,
    state: Rc<RefCell<State>>,
    load: LoadId,
    view: ViewId,
    range: std::ops::Range<usize>,
    policy: TranscriptPolicy,
) {
    next_task(&scope).await;
    let s = state.borrow();
    let Some(open) = s.loaded.as_ref().filter(|open| open.load == load) else { return };
    let Some((_, result, _)) = open.view.as_ref().filter(|(id, ..)| *id == view) else { return };
    let Some(rows) = result.rows.get(range.clone()) else { return };
    let hgvs = grid_hgvs(open, rows, policy).collect();
    post(&scope, &Response::Hgvs { load, view, start: range.start as u32, policy, hgvs });
}

/// Resolves in a task of its own: messages that came meanwhile (another
/// page's rows asked for) are handled first.
async fn next_task(scope: &DedicatedWorkerGlobalScope) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = scope.set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}

/// The worker's clock, in milliseconds.
fn now(scope: &DedicatedWorkerGlobalScope) -> f64 {
    scope.performance().map_or_else(js_sys::Date::now, |p| p.now())
}

/// Keeps `result` as the open file's view `view` (with its charts, made
/// now unless the same rows' charts are at hand) and sends its summary.
fn publish(
    scope: &DedicatedWorkerGlobalScope,
    open: &mut OpenFile,
    view: ViewId,
    result: View,
    query: Box<tolk_core::Query>,
    charts: Option<chart::Charts>,
    started: f64,
) {
    let applied = now(scope);
    let load = open.load;
    let charts = charts.unwrap_or_else(|| {
        let samples = &open.loaded.header.samples;
        chart::charts(&open.loaded.store, &result, query.policy, samples, query.family.as_ref())
    });
    let mut summary = summarise(&open.loaded, view, &result, applied - started);
    summary.charts = charts.clone();
    summary.chart_millis = now(scope) - applied;
    open.view = Some((view, result, query));
    open.charts = Some(charts);
    post(scope, &Response::Applied { load, summary: Box::new(summary) });
}

/// Ends view `view` by matching its search in the records' text, read
/// again span by span; stops as soon as a newer view is asked for. A span
/// that cannot be read leaves the view empty, with a note saying why.
#[allow(clippy::too_many_arguments)]
async fn search_text(
    scope: DedicatedWorkerGlobalScope,
    state: Rc<RefCell<State>>,
    load: LoadId,
    view: ViewId,
    query: Box<tolk_core::Query>,
    mut result: View,
    mut scan: TextScan,
    started: f64,
) {
    let wanted = |s: &State| s.wanted_view == Some(view) && s.loaded.as_ref().is_some_and(|open| open.load == load);
    let mut bytes = Vec::new();
    for span in 0..scan.spans().len() {
        let (plan, blob) = {
            let s = state.borrow();
            let Some(open) = s.loaded.as_ref().filter(|_| wanted(&s)) else { return };
            let at = &scan.spans()[span];
            (open.loaded.index.plan(at.text_offset, at.text_len), open.blob.clone())
        };
        let end = plan.end.map_or(blob.size(), |e| e as f64);
        let text = match read_slice(&blob, plan.start as f64, end, &mut bytes).await {
            Ok(read) => plan.extract(read),
            Err(reason) => Err(browser_failed(reason)),
        };
        let s = state.borrow();
        let Some(open) = s.loaded.as_ref().filter(|_| wanted(&s)) else { return };
        match text {
            Ok(text) => scan.feed(span, &text, &open.context),
            Err(why) => {
                result.rows.clear();
                result.notes.push(Phrase::new(msg!("search-unread")).arg("reason", why));
                break;
            }
        }
    }
    result.keep_found(scan);
    let mut s = state.borrow_mut();
    if !wanted(&s) {
        return;
    }
    if let Some(open) = s.loaded.as_mut() {
        publish(&scope, open, view, result, query, None, started);
    }
}

/// Reads row `row`'s record from the file's bytes and decodes it in full,
/// sends it, then sends its gene's lollipop.
async fn send_record(
    scope: DedicatedWorkerGlobalScope,
    state: Rc<RefCell<State>>,
    load: LoadId,
    row: u32,
    policy: TranscriptPolicy,
) {
    let detail = record(&state, load, row, policy).await;
    let still_open = || state.borrow().loaded.as_ref().is_some_and(|s| s.load == load);
    if !still_open() {
        return;
    }
    let found = detail.is_ok();
    post(&scope, &Response::Record { load, row, detail });
    if found {
        let chart = match gene_lollipop(&state, load, row, policy).await {
            Ok(Some(lollipop)) => GeneChart::Ready(lollipop),
            Ok(None) => GeneChart::NoGene,
            Err(e) => GeneChart::Failed(e),
        };
        if still_open() {
            post(&scope, &Response::Lollipop { load, row, chart: Box::new(chart) });
        }
    }
}

async fn record(
    state: &Rc<RefCell<State>>,
    load: LoadId,
    row: u32,
    policy: TranscriptPolicy,
) -> Result<Box<Selected>, Phrase> {
    if state.borrow().loaded.as_ref().is_some_and(|open| row as usize >= open.loaded.store.len()) {
        return Err(Phrase::new(msg!("read-no-variant")).arg("row", row.to_string()));
    }
    let record = decoded(state, load, row).await?;
    let s = state.borrow();
    let open = s.loaded.as_ref().filter(|s| s.load == load).ok_or_else(closed)?;
    let store = &open.loaded.store;
    let mut variant = store.row(row as usize, policy);
    let alt = record
        .alts
        .get(usize::from(variant.alt_number) - 1)
        .ok_or_else(|| Phrase::new(msg!("read-record-undecodable")))?;
    let query = open.view.as_ref().map(|(_, _, query)| query.as_ref());
    let family = query.and_then(|q| q.family.as_ref());
    if let Some((view, judge)) = open.view.as_ref().and_then(|(_, view, q)| Some((view, q.judge(store)?))) {
        variant.inheritance = view.fits(&judge, row);
    }
    let mut facts = Facts::gather(&open.loaded, family, row, policy);
    let site = tolk_core::knowledge::SiteKey::new(&variant.chrom, variant.pos, &variant.reference, &variant.alt);
    let known = s.knowledge.about(site.as_ref(), variant.gene.as_deref());
    facts.constraint = known.constraint.clone();
    let mut snapshot =
        VariantFacts::new(&variant, &store.calls(row as usize), alt, &facts, &open.loaded.header.samples);
    snapshot.clinvar_release = known.clinvar.as_ref().map(|(entry, release)| tolk_core::session::ClinVarSeen {
        significance: entry.significance.clone(),
        stars: entry.stars,
        release: release.clone(),
    });
    let panel = open.view.as_ref().and_then(|(_, view, _)| view.panel.as_ref());
    snapshot.panel_inheritance =
        panel.zip(variant.gene.as_deref()).and_then(|(p, gene)| p.inheritance_of(gene)).map(str::to_owned);
    let dosage = s.knowledge.dosage.as_ref().map(|(_, list)| list);
    let build = open.loaded.header.build.as_ref().map(|b| b.build);
    let cnv = tolk_core::cnv::CnvFacts::gather(store, family, row as usize, dosage, build, Some(alt));
    Ok(Box::new(Selected { record, facts, snapshot, lollipop: GeneChart::Pending, known: Box::new(known), cnv }))
}

/// Row `row`'s gene along its protein, with the current view's other
/// variants in the gene (each record read again); `None` without a gene.
async fn gene_lollipop(
    state: &Rc<RefCell<State>>,
    load: LoadId,
    row: u32,
    policy: TranscriptPolicy,
) -> Result<Option<chart::Lollipop>, Phrase> {
    let rows = {
        let s = state.borrow();
        let open = s.loaded.as_ref().filter(|s| s.load == load).ok_or_else(closed)?;
        let in_view = open.view.as_ref().map(|(_, view, _)| view.rows.as_slice()).unwrap_or_default();
        chart::gene_rows(&open.loaded.store, in_view, row, policy)
    };
    let mut details = Vec::with_capacity(rows.len());
    for &r in &rows {
        details.push((r, decoded(state, load, r).await?));
    }
    let s = state.borrow();
    let open = s.loaded.as_ref().filter(|s| s.load == load).ok_or_else(closed)?;
    let store = &open.loaded.store;
    let selected = store.row(row as usize, policy);
    let Some(gene) = selected.gene else { return Ok(None) };
    let mut transcript = None;
    let variants: Vec<_> = details
        .into_iter()
        .filter_map(|(r, detail)| {
            let alt = detail.alts.into_iter().nth(usize::from(store.alt_number(r as usize)) - 1)?;
            if r == row {
                transcript = alt.worst_under(policy).and_then(|t| t.feature.clone());
            }
            Some((chart::MarkRef::new(store, r), r == row, alt.transcripts))
        })
        .collect();
    Ok(Some(chart::lollipop(&gene, transcript.as_deref(), &variants)))
}

/// Why a request about a file found it closed (another file was opened).
fn closed() -> Phrase {
    Phrase::new(msg!("read-file-closed"))
}

/// Row `row`'s record, read again from the file's bytes and decoded.
async fn decoded(state: &Rc<RefCell<State>>, load: LoadId, row: u32) -> Result<RecordDetail, Phrase> {
    let (plan, blob) = {
        let s = state.borrow();
        let open = s.loaded.as_ref().filter(|s| s.load == load).ok_or_else(closed)?;
        let at = open.loaded.store.location(row as usize);
        (open.loaded.index.plan(at.text_offset, u64::from(at.text_len)), open.blob.clone())
    };
    let end = plan.end.map_or(blob.size(), |e| e as f64);
    let mut bytes = Vec::new();
    read_slice(&blob, plan.start as f64, end, &mut bytes).await.map_err(browser_failed)?;
    let text = plan.extract(&bytes)?;
    let s = state.borrow();
    let open = s.loaded.as_ref().filter(|s| s.load == load).ok_or_else(closed)?;
    decode_record(&String::from_utf8_lossy(&text), &open.context)
        .ok_or_else(|| Phrase::new(msg!("read-record-undecodable")))
}

async fn read(
    scope: DedicatedWorkerGlobalScope,
    state: Rc<RefCell<State>>,
    load: LoadId,
    blob: Blob,
    frequency: FrequencySettings,
) {
    let mut helpers = state.borrow().helpers.clone();
    let fields = FieldMap { frequency, ..FieldMap::default() };
    if let Some(pool) = &helpers {
        pool.drop_stale_work();
        match ranges::load(&scope, &state, load, &blob, fields.clone(), pool).await {
            Outcome::Loaded(loaded) => return opened(&scope, &state, load, *loaded, blob),
            Outcome::Stopped(response) => {
                abandon(&state, load, pool);
                return post(&scope, &response);
            }
            Outcome::Damaged => {
                pool.drop_stale_work();
                helpers = None;
            }
            Outcome::NotRanges => {}
        }
    }
    let pool = helpers.clone();
    let mut parts = helpers.map(|helpers| PartsOut::new(helpers, load));
    let mut loader = match parts {
        Some(_) => Loader::in_parts(fields, PART_BYTES),
        None => Loader::with_fields(fields),
    };
    let total = blob.size();
    let mut buffer = Vec::new();
    let mut offset = 0.0;
    // Checked after each await, where a Cancel or a new Open is seen; the
    // parts still out are nobody's any more.
    let stopped = |message: Phrase| {
        if let Some(pool) = &pool {
            abandon(&state, load, pool);
        }
        match state.borrow().current == Some(load) {
            true => Response::Failed { load, message },
            false => Response::Cancelled { load },
        }
    };
    while offset < total {
        let end = (offset + SLICE).min(total);
        let bytes = match read_slice(&blob, offset, end, &mut buffer).await {
            Ok(bytes) => bytes,
            Err(reason) => return post(&scope, &stopped(browser_failed(reason))),
        };
        if state.borrow().current != Some(load) {
            return post(&scope, &Response::Cancelled { load });
        }
        if let Err(e) = loader.push(bytes) {
            return post(&scope, &stopped(e.phrase()));
        }
        if let Some(parts) = &mut parts {
            if let Err(message) = parts.exchange(&mut loader, false).await {
                return post(&scope, &stopped(message));
            }
        }
        let records = loader.progress().records;
        post(&scope, &Response::Progress { load, bytes_read: end as u64, total_bytes: total as u64, records });
        offset = end;
    }
    if let Err(e) = loader.end_input() {
        return post(&scope, &stopped(e.phrase()));
    }
    if let Some(parts) = &mut parts {
        if let Err(message) = parts.exchange(&mut loader, true).await {
            return post(&scope, &stopped(message));
        }
    }
    match loader.finish() {
        Ok(loaded) => opened(&scope, &state, load, loaded, blob),
        Err(e) => post(&scope, &Response::Failed { load, message: e.phrase() }),
    }
}

/// Load `load` stopped with work out at the helpers: that work is
/// dropped, unless a newer load has begun (its own start dropped it, and
/// the helpers now work for the newer one).
fn abandon(state: &Rc<RefCell<State>>, load: LoadId, helpers: &Helpers) {
    if state.borrow().current.is_none_or(|current| current == load) {
        helpers.drop_stale_work();
    }
}

/// Keeps a file read to the end, and tells the page.
fn opened(scope: &DedicatedWorkerGlobalScope, state: &Rc<RefCell<State>>, load: LoadId, loaded: Loaded, blob: Blob) {
    let summary = loaded.summary();
    let warnings = loaded.diagnostics.kept().to_vec();
    let context = DecodeContext::new(&loaded);
    state.borrow_mut().loaded = Some(OpenFile { load, loaded, blob, context, view: None, charts: None });
    post(scope, &Response::Loaded { load, summary, warnings, wasm_memory_bytes: wasm_memory_bytes() });
}

/// The parts of one load out at the helpers.
struct PartsOut {
    helpers: Helpers,
    load: LoadId,
    returned: futures::channel::mpsc::UnboundedReceiver<Back>,
    /// The header, once read, as the helpers need it.
    context: Option<PartContext>,
    /// Parts sent and not yet joined.
    out: usize,
}

impl PartsOut {
    fn new(helpers: Helpers, load: LoadId) -> PartsOut {
        let returned = helpers.begin(load);
        PartsOut { helpers, load, returned, context: None, out: 0 }
    }

    /// Sends the parts the loader has cut, joins those that came back, and
    /// waits for more while too many are out (all of them, at the `end`).
    async fn exchange(&mut self, loader: &mut Loader, end: bool) -> Result<(), Phrase> {
        for part in loader.take_parts() {
            let context = match &self.context {
                Some(context) => context,
                None => self.context.insert(loader.part_context().ok_or_else(|| part_failed("no header"))?),
            };
            self.helpers.send(self.load, context, &part).map_err(part_failed)?;
            self.out += 1;
        }
        let most = if end { 0 } else { PARTS_PER_HELPER * self.helpers.len() };
        while self.out > 0 {
            let returned = match self.returned.try_recv() {
                Ok(returned) => returned,
                // Nothing back yet: wait only if too many are out.
                Err(e) if e.is_empty() && self.out > most => {
                    self.returned.next().await.ok_or_else(|| part_failed("cancelled"))?
                }
                Err(e) if e.is_empty() => break,
                // Another load began: this one is over.
                Err(_) => return Err(part_failed("cancelled")),
            };
            let Back::Parsed(returned) = returned else { continue };
            self.out -= 1;
            loader.join_part(returned?).map_err(|e| e.phrase())?;
        }
        Ok(())
    }
}

/// Why a file could not be read in parts (a helper's reason, or the engine's).
pub(crate) fn part_failed(reason: impl Into<Phrase>) -> Phrase {
    Phrase::new(msg!("read-part-failed")).arg("reason", reason)
}

/// The latest view's rows `range` as the grid shows them: the worst
/// consequence under `policy`, and the inheritance modes each fits and the
/// members' calls for the view's family; with `records`, the HGVS of the
/// entry the consequence comes from ([`grid_hgvs`]).
fn grid_rows<'a>(
    open: &'a OpenFile,
    known: &'a tolk_core::knowledge::KnowledgeSet,
    range: std::ops::Range<usize>,
    policy: TranscriptPolicy,
    records: bool,
) -> impl Iterator<Item = tolk_core::VariantRow> + 'a {
    let store = &open.loaded.store;
    let (result, judge) = match &open.view {
        Some((_, result, query)) => (Some(result), query.judge(store)),
        None => (None, None),
    };
    let rows = result.map_or(&[][..], |r| &r.rows[range]);
    let mut hgvs = records.then(|| grid_hgvs(open, rows, policy));
    rows.iter().map(move |&r| {
        let mut row = store.row(r as usize, policy);
        if let (Some(judge), Some(result)) = (&judge, result) {
            row.inheritance = result.fits(judge, r);
            row.calls = judge.relatives(r as usize);
        }
        row.priority = result.and_then(|v| v.ranking.as_ref()).and_then(|ranking| ranking.place(r));
        if let Some((c, p)) = hgvs.as_mut().and_then(Iterator::next) {
            (row.hgvsc, row.hgvsp) = (c, p);
        }
        known.fill(&mut row);
        row
    })
}

/// HGVS c. and p. of each of `rows` (store rows), of the entry the
/// consequence comes from under `policy`, read again from the file: the
/// store does not keep them. Not from a gzip that is not BGZF: a record
/// there is read by inflating the file from its start, which for every
/// page would freeze the grid (the page says so in the HGVS cells).
fn grid_hgvs<'a>(
    open: &'a OpenFile,
    rows: &'a [u32],
    policy: TranscriptPolicy,
) -> impl Iterator<Item = (Option<String>, Option<String>)> + 'a {
    let readable = open.loaded.compression != Compression::Gzip;
    let store = &open.loaded.store;
    let mut last: Option<(u64, Option<Vec<WorstHgvs>>)> = None;
    let mut block = Block::default();
    rows.iter().map(move |&r| {
        if !readable {
            return (None, None);
        }
        // A record's ALTs are rows side by side: read it once for them.
        let at = store.location(r as usize).text_offset;
        if last.as_ref().is_none_or(|(offset, _)| *offset != at) {
            last = Some((at, block.worst_hgvs(open, r, policy)));
        }
        let Some((_, Some(alts))) = &last else { return (None, None) };
        let worst = alts.get(usize::from(store.alt_number(r as usize)) - 1).cloned().unwrap_or_default();
        (worst.hgvsc, worst.hgvsp)
    })
}

/// The text of the last BGZF block (or plain slice) read for a record:
/// rows in file order lie many to a block, which is then inflated once.
#[derive(Default)]
struct Block {
    at: Option<(u64, Option<u64>)>,
    text: Vec<u8>,
}

impl Block {
    /// The HGVS of each ALT's worst entry under `policy` in row `row`'s
    /// record, read again from the file's bytes at once (a worker may read
    /// a file synchronously); `None` if that fails (the file changed on
    /// disk): the grid then shows no HGVS, and the detail, which reads the
    /// record again, says why.
    fn worst_hgvs(&mut self, open: &OpenFile, row: u32, policy: TranscriptPolicy) -> Option<Vec<WorstHgvs>> {
        let at = open.loaded.store.location(row as usize);
        let plan = open.loaded.index.plan(at.text_offset, u64::from(at.text_len));
        if self.at != Some((plan.start, plan.end)) {
            let end = plan.end.map_or(open.blob.size(), |e| e as f64);
            let bytes = read_at_once(&open.blob, plan.start as f64, end).ok()?;
            self.at = None;
            self.text = plan.inflate(&bytes).ok()?;
            self.at = Some((plan.start, plan.end));
        }
        let text = plan.cut(&self.text).ok()?;
        worst_hgvs(&String::from_utf8_lossy(text), &open.context, policy)
    }
}

/// What the page needs of a view: counts, funnel, panel report and pairs
/// named by their rows' keys.
fn summarise(loaded: &Loaded, view: ViewId, result: &View, millis: f64) -> ViewSummary {
    let key = |r: u32| loaded.store.row(r as usize, TranscriptPolicy::All).key();
    ViewSummary {
        view,
        count: result.rows.len() as u32,
        funnel: result.funnel.clone(),
        panel: result.panel.clone(),
        pairs: result
            .pairs
            .iter()
            .take(MAX_PAIRS_SENT)
            .map(|p| PairKeys { first: key(p.first), second: key(p.second), gene: p.gene.clone(), fit: p.fit })
            .collect(),
        pair_count: result.pairs.len() as u32,
        notes: result.notes.clone(),
        millis,
        ..ViewSummary::default()
    }
}

/// The size of this worker's wasm linear memory (it only grows).
fn wasm_memory_bytes() -> u64 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as u64
}

/// Reads `blob` in [`SLICE`]s, handing each to `each` with the offset it
/// ends at, until the end or until `each` breaks. Each slice is awaited,
/// which yields to the worker's event loop between slices.
pub(crate) async fn each_slice<B>(
    blob: &Blob,
    mut each: impl FnMut(&[u8], f64) -> ControlFlow<B>,
) -> Result<ControlFlow<B>, String> {
    let total = blob.size();
    let mut buffer = Vec::new();
    let mut offset = 0.0;
    while offset < total {
        let end = (offset + SLICE).min(total);
        let bytes = read_slice(blob, offset, end, &mut buffer).await?;
        if let ControlFlow::Break(b) = each(bytes, end) {
            return Ok(ControlFlow::Break(b));
        }
        offset = end;
    }
    Ok(ControlFlow::Continue(()))
}

/// The browser could not read the file; `reason` is its own words.
pub(super) fn browser_failed(reason: String) -> Phrase {
    Phrase::new(msg!("read-browser-failed")).arg("reason", reason)
}

/// `blob[start..end]`, read at once (a worker may read a file
/// synchronously); an error is the browser's reason.
pub(crate) fn read_at_once(blob: &Blob, start: f64, end: f64) -> Result<Vec<u8>, String> {
    let why = |e: JsValue| format!("{e:?}");
    let slice = blob.slice_with_f64_and_f64(start, end).map_err(why)?;
    let buffer = web_sys::FileReaderSync::new().map_err(why)?.read_as_array_buffer(&slice).map_err(why)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Reads `blob[start..end]` into `buffer`, reusing its allocation; an
/// error is the browser's reason.
async fn read_slice<'b>(blob: &Blob, start: f64, end: f64, buffer: &'b mut Vec<u8>) -> Result<&'b [u8], String> {
    let why = |e: JsValue| format!("{e:?}");
    let slice = blob.slice_with_f64_and_f64(start, end).map_err(why)?;
    let array_buffer = JsFuture::from(slice.array_buffer()).await.map_err(why)?;
    let array = js_sys::Uint8Array::new(&array_buffer);
    buffer.resize(array.length() as usize, 0);
    array.copy_to(buffer);
    Ok(buffer)
}

pub(crate) fn post<T: serde::Serialize>(scope: &DedicatedWorkerGlobalScope, response: &T) {
    match encode(response, None) {
        Ok(message) => {
            if let Err(e) = scope.post_message(&message) {
                web_sys::console::error_1(&e);
            }
        }
        Err(e) => web_sys::console::error_1(&format!("tolk worker: cannot encode a reply: {e}").into()),
    }
}
