//! The selected variant's gene: the variants in view along its protein,
//! headed by impact or by the class given in this session. A click on a
//! head selects that variant, as choosing its row in the grid does.

use super::charts_panel::ChartView;
use super::{use_engine, Explain};
use crate::engine::Selection;
use crate::i18n::{t, tr_with, use_language};
use crate::interpretation::Interpretation;
use crate::protocol::GeneChart;
use leptos::prelude::*;
use std::collections::BTreeMap;
use tolk_charts::Colouring;
use tolk_core::explain::Topic;

#[component]
pub fn GeneFigure() -> impl IntoView {
    let engine = use_engine();
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    // Heads by impact, or by the classes given in this session.
    let by_class = RwSignal::new(false);
    let classes = Memo::new(move |_| {
        interp.session.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.variants.iter().map(|(key, work)| (key.clone(), work.final_class())).collect::<BTreeMap<_, _>>()
                })
                .unwrap_or_default()
        })
    });
    // The gene chart's state (`None`: nothing selected) and, when ready,
    // the drawn chart.
    let lollipop = Memo::new(move |_| match engine.selection.get() {
        Selection::Ready { detail, .. } => {
            let drawn = match &detail.lollipop {
                GeneChart::Ready(l) => Some(classes.with(|classes| {
                    let colouring = if by_class.get() { Colouring::Class(classes) } else { Colouring::Impact };
                    tolk_charts::lollipop(l, colouring, use_language().get())
                })),
                _ => None,
            };
            Some((detail.lollipop.clone(), drawn))
        }
        _ => None,
    });
    view! {
        <figure class="chart wide" data-testid="chart-lollipop" data-state=move || lollipop.with(|l| l.as_ref().map_or("empty", |(state, _)| state.state()))>
            <figcaption>
                {t(msg!("charts-gene"))}
                <Explain topic=Topic::Chart("lollipop") name=Signal::derive(t(msg!("charts-gene")))/>
                <label class="chart-option">
                    {t(msg!("charts-colour-by"))}
                    <select
                        data-testid="lollipop-colour"
                        on:change=move |e| by_class.set(event_target_value(&e) == "class")
                    >
                        <option value="impact" selected=move || !by_class.get()>{t(msg!("charts-by-impact"))}</option>
                        <option value="class" selected=move || by_class.get()>{t(msg!("charts-by-class"))}</option>
                    </select>
                </label>
            </figcaption>
            {move || match lollipop.get() {
                Some((_, Some(chart))) => view! { <ChartView chart=chart engine=engine/> }.into_any(),
                Some((GeneChart::Failed(e), _)) => {
                    view! { <p class="error" role="alert">{tr_with(msg!("charts-gene-failed"), &[("reason", e.render(use_language().get()).into())])}</p> }.into_any()
                }
                Some((GeneChart::NoGene, _)) => view! { <p class="muted">{t(msg!("charts-no-gene"))}</p> }.into_any(),
                Some(_) => view! { <p class="muted" role="status">{t(msg!("charts-reading"))}</p> }.into_any(),
                None => view! { <p class="muted">{t(msg!("charts-select"))}</p> }.into_any(),
            }}
        </figure>
    }
}
