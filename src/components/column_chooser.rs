//! The grid's column chooser: a checkbox per column, in the grid's order,
//! and a way back to the defaults. The choice is the browser's (a desk's
//! habit, not a case's), and the exports write the columns shown. Until a
//! user chooses (or after going back to the defaults), the columns follow
//! the file: one with structural variants adds their type and size and
//! each member's copy number and supporting reads.

use super::use_engine;
use crate::i18n::{t, use_language};
use leptos::prelude::*;
use tolk_core::grid_columns::Column;

#[component]
pub fn ColumnChooser() -> impl IntoView {
    let engine = use_engine();
    let toggle = move |column: Column, on: bool| {
        let mut columns = engine.columns.get_untracked();
        columns.retain(|c| *c != column);
        if on {
            columns.push(column);
        }
        // Never none: a grid without columns shows nothing to select.
        if !columns.is_empty() {
            engine.choose_columns(Column::chosen(columns.iter().map(|c| c.id())));
        }
    };
    view! {
        <details class="column-chooser" data-testid="grid-columns">
            <summary class="button" title=t(msg!("table-columns-hint"))>{t(msg!("table-columns"))}</summary>
            <fieldset>
                <legend class="visually-hidden">{t(msg!("table-columns-hint"))}</legend>
                {Column::ALL
                    .into_iter()
                    .map(|column| {
                        let shown = move || engine.columns.with(|c| c.contains(&column));
                        view! {
                            <label class="check">
                                <input
                                    type="checkbox"
                                    data-testid=format!("column-{}", column.id())
                                    prop:checked=shown
                                    on:change=move |e| toggle(column, event_target_checked(&e))
                                />
                                {move || column.label(use_language().get())}
                            </label>
                        }
                    })
                    .collect_view()}
                <button
                    type="button"
                    class="button"
                    data-testid="columns-default"
                    on:click=move |_| engine.default_columns()
                >
                    {t(msg!("table-columns-default"))}
                </button>
            </fieldset>
        </details>
    }
}
