//! The charts of the variants in view: drawn on the page (plotters sizes
//! text through the DOM, which a worker lacks) from the small summaries
//! the worker computes for each view. Each chart carries its text
//! alternative, shown under it; clicking a variant's mark selects it, as
//! choosing its row in the grid does. The selected variant's gene has its
//! own figure in the detail pane ([`super::GeneFigure`]), drawn by
//! [`ChartView`] too.

use super::{use_engine, Explain};
use crate::engine::{Engine, Selection};
use crate::i18n::{t, tr_with, use_language};
use crate::pseudonymise::use_pseudonymise;
use crate::workbench::{use_workbench, Page};
use leptos::prelude::*;
use tolk_charts::{Chart, Mark};
use tolk_core::explain::Topic;

/// A click lands on a mark within this many SVG units of its centre.
const CLICK_RADIUS: f64 = 14.0;

#[component]
pub fn ChartsPanel() -> impl IntoView {
    let engine = use_engine();
    // The latest view's charts, with the view they show and the page's
    // time to draw them (`data-draw-ms`).
    let drawn = Memo::new(move |_| {
        engine.view.with(|v| {
            v.as_ref().map(|v| {
                let started = js_sys::Date::now();
                let charts = tolk_charts::view_charts(&v.charts, &v.funnel, use_language().get());
                (v.view, charts, js_sys::Date::now() - started)
            })
        })
    });
    view! {
        <Show when=move || drawn.with(Option::is_some)>
            <section
                class="charts"
                aria-labelledby="charts-heading"
                data-testid="charts"
                data-view=move || drawn.with(|d| d.as_ref().map(|(view, ..)| *view).unwrap_or_default())
                data-draw-ms=move || drawn.with(|d| d.as_ref().map(|(.., ms)| format!("{ms:.1}")).unwrap_or_default())
                data-data-ms=move || engine.view.with(|v| v.as_ref().map_or_else(String::new, |v| format!("{:.1}", v.chart_millis)))
            >
                <h2 id="charts-heading">{t(msg!("charts-heading"))}</h2>
                <ChartSelection/>
                <div class="chart-grid">
                    {move || {
                        drawn
                            .get()
                            .map(|(_, charts, _)| {
                                charts
                                    .into_iter()
                                    .map(|(id, caption, chart)| {
                                        view! {
                                            <figure class="chart" data-testid=format!("chart-{id}")>
                                                <figcaption>
                                                    {caption.clone()}
                                                    <Explain topic=Topic::Chart(id) name=caption/>
                                                </figcaption>
                                                <ChartView chart=chart engine=engine/>
                                            </figure>
                                        }
                                    })
                                    .collect_view()
                            })
                    }}
                </div>
            </section>
        </Show>
    }
}

/// The variant a mark (or anything else) selected, said here where its
/// pane is out of sight, with the way to it.
#[component]
fn ChartSelection() -> impl IntoView {
    let engine = use_engine();
    let bench = use_workbench();
    let key = move || {
        engine.selection.with(|s| match s {
            Selection::Ready { detail, .. } => Some(detail.snapshot.key()),
            _ => None,
        })
    };
    move || {
        key().map(|key| {
            view! {
                <p class="chart-selection" data-testid="chart-selection" role="status">
                    {tr_with(msg!("charts-selected"), &[("variant", key.into())])}
                    " "
                    <button
                        type="button"
                        class="button link"
                        data-testid="chart-show-selected"
                        on:click=move |_| bench.page.set(Page::Variants)
                    >
                        {t(msg!("charts-show-selected"))}
                    </button>
                </p>
            }
        })
    }
}

/// The variants a chart marks, as a list to choose from: what a click on a
/// mark does, for the keyboard and for screen readers.
fn mark_picker(mut marks: Vec<Mark>, engine: Engine) -> impl IntoView {
    // A variant is listed once, however many marks it has (a structural
    // variant is clickable along its span).
    let mut seen = std::collections::HashSet::new();
    marks.retain(|m| seen.insert((m.row, m.alt)));
    let count = marks.len();
    let marks = StoredValue::new(marks);
    view! {
        <label class="chart-marks">
            {t(msg!("charts-marks-label"))}
            <select
                data-testid="chart-marks"
                on:change=move |e| {
                    let chosen = event_target_value(&e).parse::<usize>().ok();
                    if let Some((row, alt)) = chosen.and_then(|i| marks.with_value(|m| m.get(i).map(|m| (m.row, m.alt)))) {
                        engine.select_index(row, alt);
                    }
                }
            >
                <option value="">{move || tr_with(msg!("charts-marks-choose"), &[("count", count.into())])}</option>
                {marks.with_value(|m| {
                    m.iter().enumerate().map(|(i, mark)| view! { <option value=i.to_string()>{mark.key.clone()}</option> }).collect_view()
                })}
            </select>
        </label>
    }
}

/// One drawn chart (or why it could not be drawn), its description in
/// words, and clicks on its marks turned into a selection.
#[component]
pub(super) fn ChartView(chart: Result<Chart, String>, engine: Engine) -> impl IntoView {
    match chart {
        Err(e) => view! { <p class="error" role="alert">{tr_with(msg!("charts-failed"), &[("reason", e.into())])}</p> }
            .into_any(),
        Ok(chart) => {
            let text = chart.description.clone();
            let (width, _) = chart.size;
            let svg = chart.svg.clone();
            let pseudo = use_pseudonymise();
            let clickable = !chart.marks.is_empty();
            // The keyboard's way to a mark: the same variants in a list.
            let picker = clickable.then(|| mark_picker(chart.marks.clone(), engine));
            // Not the event's target: Leptos delegates clicks to the document.
            let area = NodeRef::<leptos::html::Div>::new();
            let on_click = move |e: leptos::ev::MouseEvent| {
                let Some(target) = area.get_untracked() else { return };
                let rect = target.get_bounding_client_rect();
                if rect.width() <= 0.0 {
                    return;
                }
                let scale = f64::from(width) / rect.width();
                let x = (f64::from(e.client_x()) - rect.left()) * scale;
                let y = (f64::from(e.client_y()) - rect.top()) * scale;
                if let Some(mark) = chart.mark_at(x, y, CLICK_RADIUS) {
                    engine.select_index(mark.row, mark.alt);
                }
            };
            view! {
                // The quality chart names samples; names are plain words in
                // the SVG's text unless they hold markup characters.
                <div class="chart-svg" class:clickable=clickable node_ref=area inner_html=move || pseudo.text(&svg) on:click=on_click></div>
                {picker}
                <p class="chart-text">{move || pseudo.text(&text)}</p>
            }
            .into_any()
        }
    }
}
