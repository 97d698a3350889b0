//! The variant table, virtualised: only the rows in and near the viewport
//! exist in the DOM, and spacer rows above and below give the scrollbar its
//! full length. 100,000 rows scroll as smoothly as 100.
//!
//! It stays a real `<table>` (with `aria-rowcount`/`aria-rowindex`), so
//! screen readers know where they are, and its scroller is focusable, so the
//! keyboard scrolls it.

use super::grid_cells::{self, CellContext};
use super::use_engine;
use crate::engine::{Engine, LoadState, Selection};
use crate::i18n::{t, tr, tr_with};
use crate::interpretation::Interpretation;
use crate::teaching::use_teaching;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use tolk_core::compression::Compression;
use tolk_core::grid_columns::{member_columns, Column, MemberColumn};
use tolk_core::sort::Sort;
use tolk_core::VariantRow;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Rows rendered beyond each edge of the viewport, so fast scrolling does
/// not show blank space before the next frame.
const OVERSCAN: u32 = 12;

/// The tallest table the page lays out. Browsers cap an element's height
/// (about 33.5 million px in Chromium, 17.9 million in Firefox), which at
/// ~36 px a row is under a million rows; a genome has several million.
/// Past this height the scrollbar is scaled instead.
pub const MAX_TABLE_PX: f64 = 8_000_000.0;

/// Which rows to render for a viewport, and the spacer heights above and
/// below them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    pub first: u32,
    pub last: u32,
    pub above_px: f64,
    pub below_px: f64,
}

/// The rows `first..last` to render when scrolled to `scroll_top`. Up to
/// [`MAX_TABLE_PX`] every row has its own place; beyond, the scroll position
/// is a fraction of the table and the rows at that fraction are drawn where
/// the viewport is.
pub fn visible_window(scroll_top: f64, viewport: f64, row_height: f64, total: u32) -> Window {
    let row_height = row_height.max(1.0);
    let scroll_top = scroll_top.max(0.0);
    let shown = (viewport.max(0.0) / row_height).ceil() as u32 + 1;
    let full = f64::from(total) * row_height;
    if full <= MAX_TABLE_PX {
        let top = (scroll_top / row_height).floor() as u32;
        let first = top.saturating_sub(OVERSCAN).min(total);
        let last = top.saturating_add(shown).saturating_add(OVERSCAN).min(total);
        return Window {
            first,
            last,
            above_px: f64::from(first) * row_height,
            below_px: f64::from(total - last) * row_height,
        };
    }
    let scrollable = (MAX_TABLE_PX - viewport).max(1.0);
    let fraction = (scroll_top / scrollable).clamp(0.0, 1.0);
    let top = (fraction * f64::from(total.saturating_sub(shown))).floor() as u32;
    let first = top.saturating_sub(OVERSCAN);
    let last = top.saturating_add(shown).saturating_add(OVERSCAN).min(total);
    let above_px = (scroll_top - f64::from(top - first) * row_height).max(0.0);
    let below_px = (MAX_TABLE_PX - above_px - f64::from(last - first) * row_height).max(0.0);
    Window { first, last, above_px, below_px }
}

/// The family's members as the grid's per-member columns show them
/// (tracked).
fn grid_members(engine: Engine) -> Vec<MemberColumn> {
    engine.narrowing.family.with(|f| member_columns(f.as_ref()))
}

/// Every variant in view, in the columns the user chose (see
/// `ColumnChooser`).
#[component]
pub fn VariantTable() -> impl IntoView {
    let engine = use_engine();
    let members = Memo::new(move |_| grid_members(engine));
    // Cells in a row: what the spacers and placeholders span.
    let span = move || {
        let members = members.get();
        engine.columns.with(|c| c.iter().map(|&c| grid_cells::width(c, &members)).sum::<usize>()).max(1).to_string()
    };
    let total = Memo::new(move |_| engine.view_count());
    let scroll_top = RwSignal::new(0.0);
    let viewport = RwSignal::new(600.0);
    let row_height = RwSignal::new(32.0);
    let scroller = NodeRef::<html::Div>::new();
    let header_row = NodeRef::<html::Tr>::new();

    // Row height follows the text size (the user's zoom and font settings),
    // so it is measured, not assumed.
    let measure = move || {
        // Hidden (another view shown), the grid measures nothing: keep what
        // it measured when shown, or it would page rows for a zero height.
        let Some(el) = scroller.get_untracked().filter(|el| el.client_height() > 0) else { return };
        viewport.set(el.client_height() as f64);
        if let Some(tr) = header_row.get_untracked() {
            row_height.set((tr.offset_height() as f64).max(1.0));
        }
    };
    Effect::new(move |_| {
        // Re-measure when a file becomes ready: the table is laid out then.
        total.track();
        measure();
    });
    // The grid is as tall as its pane, which changes with the window, the
    // text size, and the page being shown again after another view (hidden,
    // it measured nothing): observed, not assumed.
    Effect::new(move |_| {
        let Some(el) = scroller.get() else { return };
        let callback = Closure::<dyn FnMut()>::new(measure);
        let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else { return };
        observer.observe(&el);
        let kept = StoredValue::new_local((observer, callback));
        on_cleanup(move || kept.with_value(|(observer, _)| observer.disconnect()));
    });

    // A new file or view starts at the top.
    Effect::new(move |_| {
        total.track();
        if let Some(el) = scroller.get_untracked() {
            el.set_scroll_top(0);
        }
        scroll_top.set(0.0);
    });

    let window = Memo::new(move |_| visible_window(scroll_top.get(), viewport.get(), row_height.get(), total.get()));
    Effect::new(move |_| {
        // A new view empties the pages; fetch them again.
        engine.view.track();
        let Window { first, last, .. } = window.get();
        engine.ensure_rows(first, last);
    });
    // A row J or K asked for before its page came: selected once it has.
    Effect::new(move |_| {
        let Some(at) = engine.step_to.get() else { return };
        if let Some(row) = engine.rows.with(|pages| pages.get(at).cloned()) {
            engine.step_to.set(None);
            let selected = engine.selection.with_untracked(Selection::row);
            select_at(engine, at, row, selected);
        }
    });
    let rows = move || {
        let Window { first, last, .. } = window.get();
        engine.rows.with(|pages| (first..last).map(|i| (i, pages.get(i).cloned())).collect::<Vec<_>>())
    };
    let spacer_above = move || format!("{}px", window.get().above_px);
    let spacer_below = move || format!("{}px", window.get().below_px);

    view! {
        <div
            class="table-scroll"
            id="variant-grid"
            data-testid="variant-grid"
            node_ref=scroller
            tabindex="0"
            role="region"
            aria-label=t(msg!("table-label"))
            // A new view (a filter, an order, a search) is on its way: the
            // rows shown are the last view's until it comes.
            aria-busy=move || engine.waiting.get().then_some("true")
            on:keydown=move |e: ev::KeyboardEvent| {
                // Only when the table itself has focus, not one of its rows.
                if e.key() == "Enter" && e.target() == e.current_target() {
                    if let Some(el) = scroller.get_untracked() {
                        e.prevent_default();
                        let first = el.query_selector(ROW_SELECTOR).ok().flatten();
                        if let Some(row) = first.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
                            row.click();
                            let _ = row.focus();
                        }
                    }
                }
            }
            on:scroll=move |_| {
                if let Some(el) = scroller.get_untracked() {
                    scroll_top.set(el.scroll_top() as f64);
                }
            }
        >
            <table class="variant-table" aria-rowcount=move || (total.get() + 1).to_string()>
                <thead>
                    <tr node_ref=header_row aria-rowindex="1">
                        {move || {
                            let members = members.get();
                            engine.columns.get().into_iter().map(|c| column_header(c, &members)).collect_view()
                        }}
                    </tr>
                </thead>
                <tbody>
                    <tr class="spacer" aria-hidden="true">
                        <td colspan=span style:height=spacer_above></td>
                    </tr>
                    <For each=rows key=|(i, row)| (*i, row.as_ref().map(|r| r.index)) let:item>
                        <VariantTableRow index=item.0 row=item.1 span=Signal::derive(span)/>
                    </For>
                    <tr class="spacer" aria-hidden="true">
                        <td colspan=span style:height=spacer_below></td>
                    </tr>
                </tbody>
            </table>
            <Show when=move || total.get() == 0>
                <p class="empty-table" data-testid="empty-table">
                    {move || match engine.view.with(Option::is_some) {
                        true => tr(msg!("table-empty-none-kept")),
                        false => tr(msg!("table-empty-no-file")),
                    }}
                </p>
            </Show>
        </div>
    }
}

/// Column `column`'s header: a sort button where the worker can sort by
/// it, the members' letters for the per-member columns.
fn column_header(column: Column, members: &[MemberColumn]) -> AnyView {
    let numeric = matches!(
        column,
        Column::Af
            | Column::Faf
            | Column::Cadd
            | Column::Revel
            | Column::SpliceAi
            | Column::AlphaMissense
            | Column::RankScore
            | Column::Pos
            | Column::Qual
    );
    if column.sorts() {
        return view! { <SortHeader key=column numeric/> }.into_any();
    }
    match column {
        Column::Genotype | Column::CallQuality | Column::SvCalls => members
            .iter()
            .map(|m| {
                let title = member_title(m);
                let label = m.label.clone();
                let heading = move || match column {
                    Column::Genotype => label.clone(),
                    _ => format!("{label} {}", tr(column.key())),
                };
                view! {
                    <th scope="col" class:num=column != Column::Genotype data-testid=format!("col-{}-{}", column.id(), m.label) title=title>
                        {heading}
                    </th>
                }
            })
            .collect_view()
            .into_any(),
        _ => view! { <th scope="col" data-testid=format!("col-{}", column.id())>{t(column.key())}</th> }.into_any(),
    }
}

/// Who a per-member column is: `P: the proband`, `S2: a sibling`.
fn member_title(member: &MemberColumn) -> impl Fn() -> String + Send + Sync + 'static {
    let label = member.label.clone();
    move || match label.as_str() {
        "P" => tr(msg!("table-member-proband")),
        "F" => tr(msg!("table-member-father")),
        "M" => tr(msg!("table-member-mother")),
        sibling => tr_with(msg!("table-member-sibling"), &[("label", sibling.to_owned().into())]),
    }
}

/// A column header that sorts the grid by `key`: ascending, then
/// descending, then back to file order; `aria-sort` says which.
#[component]
fn SortHeader(key: Column, #[prop(optional)] numeric: bool) -> impl IntoView {
    let engine = use_engine();
    let descending = move || engine.sort.with(|s| s.filter(|s| s.key == key).map(|s| s.descending));
    let aria_sort = move || match descending() {
        None => "none",
        Some(false) => "ascending",
        Some(true) => "descending",
    };
    let arrow = move || match descending() {
        None => "",
        Some(false) => "▲",
        Some(true) => "▼",
    };
    let next = move |_| {
        engine.sort.set(match descending() {
            None => Some(Sort { key, descending: false }),
            Some(false) => Some(Sort { key, descending: true }),
            Some(true) => None,
        })
    };
    view! {
        <th scope="col" class:num=numeric data-testid=format!("col-{}", key.id()) aria-sort=aria_sort>
            <button type="button" class="sort" title=t(msg!("table-sort-hint")) on:click=next>
                {t(key.key())}
                <span class="arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}

/// The rows that can be selected (not spacers or placeholders).
const ROW_SELECTOR: &str = "tr[data-testid=variant-row]";

/// Selects the variant after (or before) the selected one in the view's
/// order, or the first without a selection, and scrolls the grid to it:
/// the `J` and `K` keys, from anywhere on the page. The step is by the
/// view's positions, not the rows drawn, so it goes on past the drawn
/// window and from a selection scrolled out of sight. Also the arrows on a
/// focused row. Focus stays where it is, unless it was on a row of the
/// grid, when it moves with the selection.
pub(crate) fn step_selection(engine: Engine, down: bool) {
    let count = engine.view_count();
    if count == 0 {
        return;
    }
    let selected = engine.selection.with_untracked(Selection::row);
    let at = selected.and_then(|row| engine.rows.with_untracked(|pages| pages.position_of(row)));
    let next = match at {
        Some(at) if down => (at + 1).min(count - 1),
        Some(at) => at.saturating_sub(1),
        None => 0,
    };
    let Some(row) = engine.rows.with_untracked(|pages| pages.get(next).cloned()) else {
        // Its page is not here yet (a file just opened, a jump far down):
        // ask for it, and select the row when it comes.
        engine.step_to.set(Some(next));
        engine.ensure_rows(next, next + 1);
        return;
    };
    engine.step_to.set(None);
    select_at(engine, next, row, selected);
}

/// Selects `row`, at position `next` of the view, unless it is the one
/// `selected`, and brings it into view; focus moves with it if it was on a
/// row of the grid.
fn select_at(engine: Engine, next: u32, row: VariantRow, selected: Option<u32>) {
    let count = engine.view_count();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let drawn = move |position: u32| {
        let document = web_sys::window().and_then(|w| w.document())?;
        let selector = format!("{ROW_SELECTOR}[aria-rowindex=\"{}\"]", position + 2);
        document.query_selector(&selector).ok().flatten().and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let focused = document.active_element().is_some_and(|e| e.matches(ROW_SELECTOR).unwrap_or(false));
    if Some(row.index) != selected {
        engine.select(&row);
    }
    // Drawn: brought into view; not drawn: the grid scrolls to its place,
    // which draws it.
    match drawn(next) {
        Some(element) => {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
        None => {
            if let Some(grid) = document.get_element_by_id("variant-grid") {
                let row_height = document
                    .query_selector("#variant-grid thead tr")
                    .ok()
                    .flatten()
                    .and_then(|tr| tr.dyn_into::<web_sys::HtmlElement>().ok())
                    .map_or(32.0, |tr| f64::from(tr.offset_height()).max(1.0));
                let viewport = f64::from(grid.client_height());
                grid.set_scroll_top(scroll_top_for(next, viewport, row_height, count) as i32);
            }
        }
    }
    if focused {
        // The row is drawn by the next frame if it was not yet.
        request_animation_frame(move || {
            if let Some(element) = drawn(next) {
                let _ = element.focus();
            }
        });
    }
}

/// The scroll position that puts position `index` of `total` rows in the
/// middle of the viewport: the inverse of [`visible_window`], scaled the
/// same way past [`MAX_TABLE_PX`].
pub fn scroll_top_for(index: u32, viewport: f64, row_height: f64, total: u32) -> f64 {
    let row_height = row_height.max(1.0);
    let centred = |top: f64| (top - (viewport - row_height) / 2.0).max(0.0);
    if f64::from(total) * row_height <= MAX_TABLE_PX {
        return centred(f64::from(index) * row_height);
    }
    let shown = (viewport.max(0.0) / row_height).ceil() as u32 + 1;
    let scrollable = (MAX_TABLE_PX - viewport).max(1.0);
    let fraction = f64::from(index.saturating_sub(shown / 2)) / f64::from(total.saturating_sub(shown).max(1));
    (fraction.clamp(0.0, 1.0) * scrollable).floor()
}

/// One row of the table, or a placeholder while its page is on its way. A
/// click, or Enter or Space when it has focus, selects it; only the selected
/// row is a tab stop (a roving focus), so Tab leaves the table.
#[component]
fn VariantTableRow(
    /// Position of the row in the current view.
    index: u32,
    /// The row, once the worker has sent it.
    row: Option<VariantRow>,
    /// How many cells the grid's columns take (a placeholder spans them).
    span: Signal<String>,
) -> impl IntoView {
    let aria_index = (index + 2).to_string();
    match row {
        None => view! {
            <tr class="pending" aria-rowindex=aria_index aria-busy="true">
                <td colspan=span>"…"</td>
            </tr>
        }
        .into_any(),
        Some(row) => {
            let engine = use_engine();
            let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
            let teaching = use_teaching();
            let store_row = row.index;
            let selected = move || engine.selection.with(|s| s.row() == Some(store_row));
            let for_click = row.clone();
            let for_key = row.clone();
            let key = row.key();
            let for_cells = key.clone();
            let row = StoredValue::new(row);
            // HGVS comes after the row (`Response::Hgvs`): its cells follow,
            // in the same `<tr>`, so a row keeps the keyboard focus.
            let hgvs = Memo::new(move |_| {
                engine.rows.with(|pages| {
                    let row = pages.get(index).filter(|r| r.index == store_row)?;
                    Some((row.hgvsc.clone(), row.hgvsp.clone(), pages.hgvs_pending(index)))
                })
            });
            let cells = move || {
                let cx = CellContext {
                    marks: interp.row_marks(&for_cells),
                    frequency_in_use: engine.frequency_in_use(),
                    exam: teaching.hides_help(&for_cells),
                    hgvs_pending: hgvs.with(|h| h.as_ref().is_some_and(|(_, _, pending)| *pending)),
                    hgvs_readable: engine.state.with(|s| match s {
                        LoadState::Ready { summary, .. } => summary.compression != Compression::Gzip,
                        _ => true,
                    }),
                };
                let members = grid_members(engine);
                let mut row = row.get_value();
                if let Some((c, p, _)) = hgvs.get() {
                    (row.hgvsc, row.hgvsp) = (c, p);
                }
                engine.columns.get().into_iter().map(|c| grid_cells::cells(c, &row, &members, &cx)).collect_view()
            };
            view! {
                <tr
                    data-testid="variant-row"
                    data-key=key
                    aria-rowindex=aria_index
                    tabindex=move || if selected() { "0" } else { "-1" }
                    class:selected=selected
                    aria-current=move || selected().then_some("true")
                    on:click=move |_| engine.select(&for_click)
                    on:keydown=move |e: ev::KeyboardEvent| {
                        match e.key().as_str() {
                            "Enter" | " " => {
                                e.prevent_default();
                                engine.select(&for_key);
                            }
                            "ArrowDown" | "ArrowUp" => {
                                e.prevent_default();
                                step_selection(engine, e.key() == "ArrowDown");
                            }
                            _ => {}
                        }
                    }
                >
                    {cells}
                </tr>
            }
            .into_any()
        }
    }
}
