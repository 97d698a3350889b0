//! Viewing: what the page shows of the file the engine worker holds: the
//! narrowing and policy that make the view, the view's summary, its rows
//! (fetched in pages as the table scrolls, so the page holds only what is
//! on screen and near it, never a copy of the whole file), the selected
//! variant, and the answer to an import's check.

use super::EngineLine;
use crate::narrowing::Narrowing;
use crate::protocol::{GeneChart, LoadId, Request, Selected, ViewFormat, ViewId, ViewSummary};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use tolk_core::annotation::TranscriptPolicy;
use tolk_core::family::Family;
use tolk_core::grid_columns::{member_columns, Column, Layout, RowMarks, DEFAULT_COLUMNS};
use tolk_core::inheritance::CallQc;
use tolk_core::panel::Panel;
use tolk_core::phrase::Phrase;
use tolk_core::search::Search;
use tolk_core::sort::{GivenClasses, Sort};
use tolk_core::{Query, VariantRow};

/// Rows per page requested from the worker.
pub const PAGE_ROWS: u32 = 200;
/// Pages kept before far-away ones are dropped.
const MAX_PAGES: usize = 40;
/// Where the grid's columns are remembered: the ids of the columns
/// shown, comma-separated. A setting of the desk, not of a patient.
const COLUMNS_KEY: &str = "tolk.columns";

/// The grid's columns as the user chose them in this browser, if they did.
fn stored_columns() -> Option<Vec<Column>> {
    crate::narrowing::local_storage()
        .and_then(|s| s.get_item(COLUMNS_KEY).ok().flatten())
        .map(|ids| Column::chosen(ids.split(',')))
        .filter(|columns| !columns.is_empty())
}

/// The columns shown before a user chooses, for a file with structural
/// variants or without: [`DEFAULT_COLUMNS`], and for structural variants
/// their type and size after the consequence and each member's copy
/// number and supporting reads after the genotypes. A file of small
/// variants alone gets the defaults unchanged.
pub fn default_columns(structural: bool) -> Vec<Column> {
    let mut columns = Vec::with_capacity(DEFAULT_COLUMNS.len() + 2);
    for column in DEFAULT_COLUMNS {
        columns.push(column);
        match column {
            Column::Consequence if structural => columns.push(Column::Sv),
            Column::Genotype if structural => columns.push(Column::SvCalls),
            _ => {}
        }
    }
    columns
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
    /// Whether the pages carry what only the records hold (HGVS): asked
    /// for while the grid shows such a column.
    records: bool,
    pages: HashMap<u32, Vec<VariantRow>>,
    requested: HashSet<u32>,
    /// The pages whose rows' HGVS has come (`Response::Hgvs`).
    hgvs: HashSet<u32>,
}

impl RowPages {
    /// Where store row `row` stands in the view, if its page has arrived.
    pub fn position_of(&self, row: u32) -> Option<u32> {
        self.pages
            .iter()
            .find_map(|(page, rows)| rows.iter().position(|r| r.index == row).map(|at| page * PAGE_ROWS + at as u32))
    }

    /// The row at `index`, if its page has arrived.
    pub fn get(&self, index: u32) -> Option<&VariantRow> {
        self.pages.get(&(index / PAGE_ROWS)).and_then(|page| page.get((index % PAGE_ROWS) as usize))
    }

    /// Whether the HGVS of the row at `index` is still on its way: asked
    /// for with its page, which has come, and not come itself.
    pub fn hgvs_pending(&self, index: u32) -> bool {
        self.records && self.get(index).is_some() && !self.hgvs.contains(&(index / PAGE_ROWS))
    }
}

/// What a selected record's facts are read against: the query's family
/// and its call QC (inheritance fit, de novo, in trans) and panels (the
/// gene's mode of inheritance in the panel), and the lab's knowledge.
#[derive(Debug, Clone, Default, PartialEq)]
struct RecordContext {
    family: Option<Family>,
    qc: CallQc,
    panels: Vec<Panel>,
    /// The lab's knowledge, by [`crate::engine::Knowledge::revision`].
    knowledge: u32,
}

impl RecordContext {
    fn of(query: &Query, knowledge: u32) -> RecordContext {
        RecordContext { family: query.family.clone(), qc: query.qc, panels: query.panels.clone(), knowledge }
    }
}

/// See the module docs.
#[derive(Clone, Copy)]
pub(super) struct Viewing {
    worker: EngineLine,
    /// The newest view asked for; older replies are dropped.
    last_view: StoredValue<ViewId>,
    /// What the newest view asked for tells the selected record's facts
    /// (family, call QC, panels), and what it told when the record was
    /// asked for: a record read before the family or a panel changed is
    /// read again once the new view is made, so its inheritance and de novo
    /// evidence are the case's as it stands now.
    context: StoredValue<RecordContext>,
    read_with: StoredValue<Option<RecordContext>>,
    pub rows: RwSignal<RowPages>,
    pub policy: RwSignal<TranscriptPolicy>,
    pub selection: RwSignal<Selection>,
    pub narrowing: Narrowing,
    pub view: RwSignal<Option<ViewSummary>>,
    pub checked: RwSignal<Option<Vec<String>>>,
    /// The grid's order (file order when `None`).
    pub sort: RwSignal<Option<Sort>>,
    /// The grid's quick search, applied after the narrowing.
    pub search: RwSignal<Option<Search>>,
    /// Whether a view has been asked for and has not arrived yet (a search
    /// in the records' text can take a moment).
    pub waiting: RwSignal<bool>,
    /// The grid's columns, in the grid's order, remembered in the browser.
    pub columns: RwSignal<Vec<Column>>,
    /// Whether the user chose the columns (else they follow the file: the
    /// defaults, with the structural variants' columns where it has any).
    chosen: StoredValue<bool>,
    /// The classes given in this session, which sorting by class orders
    /// by (kept up to date by the interpretation).
    pub given: RwSignal<GivenClasses>,
}

impl Viewing {
    pub fn new(worker: EngineLine) -> Viewing {
        let policy = RwSignal::new(TranscriptPolicy::default());
        let stored = stored_columns();
        Viewing {
            worker,
            last_view: StoredValue::new(0),
            context: StoredValue::new(RecordContext::default()),
            read_with: StoredValue::new(None),
            rows: RwSignal::new(RowPages::default()),
            policy,
            selection: RwSignal::new(Selection::None),
            narrowing: Narrowing::from_page(policy),
            view: RwSignal::new(None),
            checked: RwSignal::new(None),
            sort: RwSignal::new(None),
            search: RwSignal::new(None),
            waiting: RwSignal::new(false),
            columns: RwSignal::new(stored.clone().unwrap_or_else(|| default_columns(false))),
            chosen: StoredValue::new(stored.is_some()),
            given: RwSignal::new(GivenClasses::default()),
        }
    }

    /// Shows `columns` in the grid, and remembers them. Rows already here
    /// are asked for again if the new columns need what only the records
    /// hold.
    pub fn choose_columns(self, columns: Vec<Column>) {
        if let Some(storage) = crate::narrowing::local_storage() {
            let ids: Vec<&str> = columns.iter().map(|c| c.id()).collect();
            let _ = storage.set_item(COLUMNS_KEY, &ids.join(","));
        }
        self.chosen.set_value(true);
        self.show_columns(columns);
    }

    /// Back to the columns shown before a user chooses, for a file with
    /// structural variants (`structural`) or without; the choice is
    /// forgotten, so the columns follow the next file opened.
    pub fn default_columns(self, structural: bool) {
        if let Some(storage) = crate::narrowing::local_storage() {
            let _ = storage.remove_item(COLUMNS_KEY);
        }
        self.chosen.set_value(false);
        self.show_columns(default_columns(structural));
    }

    /// A file is read, with structural variants (`structural`) or without:
    /// the grid shows the defaults for it, or the user's choice; either way
    /// the structural variants' columns follow the file (a choice made on
    /// a file of structural variants does not give every later file two
    /// empty columns, nor does one made before them hide them).
    pub fn file_columns(self, structural: bool) {
        let columns = if self.chosen.get_value() {
            let mut columns: Vec<Column> = self
                .columns
                .get_untracked()
                .into_iter()
                .filter(|c| !matches!(c, Column::Sv | Column::SvCalls))
                .collect();
            if structural {
                columns.extend([Column::Sv, Column::SvCalls]);
            }
            columns.sort_by_key(|c| Column::ALL.iter().position(|a| a == c));
            columns
        } else {
            default_columns(structural)
        };
        if self.columns.with_untracked(|c| *c != columns) {
            self.show_columns(columns);
        }
    }

    /// Shows `columns`; rows already here are asked for again if they need
    /// what only the records hold.
    fn show_columns(self, columns: Vec<Column>) {
        let records = columns.iter().any(|c| c.needs_record());
        if records && !self.rows.with_untracked(|r| r.records) {
            self.rows.update(|r| {
                r.records = true;
                r.pages.clear();
                r.requested.clear();
                r.hgvs.clear();
            });
        }
        self.columns.set(columns);
    }

    /// Whether the grid's columns need what only the records hold.
    fn needs_records(self) -> bool {
        self.columns.with_untracked(|c| c.iter().any(|c| c.needs_record()))
    }

    /// A new file, load `load`: nothing of the old one is shown, and the
    /// family and the search, which belong to the file they were set for,
    /// are gone.
    pub fn reset(self, load: LoadId) {
        self.rows.set(RowPages {
            load: Some(load),
            policy: self.policy.get_untracked(),
            records: self.needs_records(),
            ..RowPages::default()
        });
        self.selection.set(Selection::None);
        self.view.set(None);
        if self.search.get_untracked().is_some() {
            self.search.set(None);
        }
        self.narrowing.family.set(None);
    }

    /// The worker is gone: nothing is shown.
    pub fn clear(self) {
        self.waiting.set(false);
        self.selection.set(Selection::None);
        self.view.set(None);
        self.rows.set(RowPages::default());
    }

    /// Asks for a new view of load `load` by `query`, with the lab's
    /// knowledge at revision `knowledge`.
    pub fn apply(self, load: LoadId, query: Query, knowledge: u32) {
        let view = self.last_view.get_value() + 1;
        self.last_view.set_value(view);
        self.waiting.set(true);
        self.context.set_value(RecordContext::of(&query, knowledge));
        self.worker.send(&Request::Apply { load, view, query: Box::new(query) }, None);
    }

    /// Selects store row `row` (ALT number `alt`) of load `load`.
    pub fn select(self, load: LoadId, row: u32, alt: u16) {
        self.selection.set(Selection::Loading { row, alt });
        self.read_with.set_value(Some(self.context.get_value()));
        let policy = self.policy.get_untracked();
        self.worker.send(&Request::Record { load, row, policy }, None);
    }

    /// Asks which of `keys` load `load` does not hold.
    pub fn check(self, load: Option<LoadId>, keys: Vec<String>) {
        self.checked.set(None);
        if let Some(load) = load {
            self.worker.send(&Request::Check { load, keys }, None);
        }
    }

    /// Rows in the current view (0 until a view has arrived).
    pub fn count(self) -> u32 {
        self.view.with(|v| v.as_ref().map_or(0, |v| v.count))
    }

    /// Makes sure the pages covering rows `first..last` are here or on their way.
    pub fn ensure_rows(self, first: u32, last: u32) {
        let Some(load) = self.rows.with_untracked(|r| r.load) else { return };
        let Some(view) = self.rows.with_untracked(|r| r.view) else { return };
        let (policy, records) = self.rows.with_untracked(|r| (r.policy, r.records));
        if last <= first {
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
                    r.hgvs.remove(&p);
                }
            }
        });
        for page in wanted {
            let request = Request::Rows { load, view, start: page * PAGE_ROWS, count: PAGE_ROWS, policy, records };
            self.worker.send(&request, None);
        }
    }

    /// Asks for the shown view's rows as the grid shows them (its columns,
    /// with the session's `marks` by variant key), as a file in `format`
    /// ([`Viewing::exported`] saves it).
    pub fn export(self, format: ViewFormat, marks: Vec<(String, RowMarks)>) {
        let (load, view, policy) = self.rows.with_untracked(|r| (r.load, r.view, r.policy));
        let family = self.narrowing.family.get_untracked();
        let layout = Layout { columns: self.columns.get_untracked(), members: member_columns(family.as_ref()) };
        if let (Some(load), Some(view)) = (load, view) {
            self.worker.send(&Request::ExportView { load, view, policy, format, layout, marks }, None);
        }
    }

    /// View `view`'s rows as a file in `format`: saved if that view is
    /// still the one shown (a filter changed since would make it another
    /// list).
    pub fn exported(self, load: LoadId, view: ViewId, format: ViewFormat, bytes: &[u8]) {
        if self.rows.with_untracked(|r| r.load == Some(load) && r.view == Some(view)) {
            crate::components::download_bytes(format.file_name(), format.mime(), bytes);
        }
    }

    /// View `summary` of load `load` has been made: shown if it is the
    /// newest asked for.
    pub fn applied(self, load: LoadId, summary: ViewSummary) {
        if summary.view == self.last_view.get_value() {
            // The old view's pages are dropped only now, so the table does
            // not flash empty while the query runs.
            self.rows.set(RowPages {
                load: Some(load),
                view: Some(summary.view),
                policy: self.policy.get_untracked(),
                records: self.needs_records(),
                ..RowPages::default()
            });
            self.view.set(Some(summary));
            self.waiting.set(false);
            let stale = self.read_with.with_value(|read| read.as_ref().is_some_and(|r| *r != self.context.get_value()));
            if stale {
                if let Selection::Loading { row, alt } | Selection::Ready { row, alt, .. } =
                    self.selection.get_untracked()
                {
                    self.select(load, row, alt);
                }
            }
        }
    }

    /// A page of rows has come; kept if it is of the view shown.
    pub fn rows_arrived(self, load: LoadId, view: ViewId, start: u32, policy: TranscriptPolicy, rows: Vec<VariantRow>) {
        self.rows.update(|r| {
            if r.load == Some(load) && r.view == Some(view) && r.policy == policy {
                r.pages.insert(start / PAGE_ROWS, rows);
            }
        });
    }

    /// The HGVS of a page's rows has come: added to them if the page is
    /// still held.
    pub fn hgvs_arrived(
        self,
        load: LoadId,
        view: ViewId,
        start: u32,
        policy: TranscriptPolicy,
        hgvs: Vec<(Option<String>, Option<String>)>,
    ) {
        self.rows.update(|r| {
            if r.load != Some(load) || r.view != Some(view) || r.policy != policy {
                return;
            }
            if let Some(page) = r.pages.get_mut(&(start / PAGE_ROWS)) {
                for (row, (c, p)) in page.iter_mut().zip(hgvs) {
                    (row.hgvsc, row.hgvsp) = (c, p);
                }
                r.hgvs.insert(start / PAGE_ROWS);
            }
        });
    }

    /// Row `row`'s record, or why it could not be read: shown if it is
    /// still the one selected (an older reply is dropped).
    pub fn record(self, row: u32, detail: Result<Box<Selected>, Phrase>) {
        if let Selection::Loading { row: selected, alt } = self.selection.get_untracked() {
            if selected == row {
                self.selection.set(match detail {
                    Ok(detail) => Selection::Ready { row, alt, detail },
                    Err(message) => Selection::Failed { row, message },
                });
            }
        }
    }

    /// Row `row`'s gene chart: kept in the variant's facts too (the note
    /// draws the gene from them).
    pub fn lollipop(self, row: u32, chart: GeneChart) {
        self.selection.update(|s| {
            if let Selection::Ready { row: selected, detail, .. } = s {
                if *selected == row {
                    if let GeneChart::Ready(lollipop) = &chart {
                        detail.snapshot.lollipop = Some(lollipop.clone());
                    }
                    detail.lollipop = chart;
                }
            }
        });
    }
}
