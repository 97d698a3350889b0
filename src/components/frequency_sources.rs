//! The file's population-frequency sources, each of which the lab can
//! switch on or off: a variant's population AF is the highest over those in
//! use (`tolk_core::annotation::frequency`). The choices are the lab's,
//! kept in this browser and saved with each case; changing one reads the
//! file again, since the AF of every row is taken at load.

use super::use_engine;
use crate::engine::LoadState;
use crate::i18n::{t, tr, tr_with};
use crate::interpretation::Interpretation;
use crate::narrowing::store_frequency;
use leptos::prelude::*;
use tolk_core::annotation::FrequencySource;

#[component]
pub fn FrequencySources() -> impl IntoView {
    let engine = use_engine();
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let sources = Memo::new(move |_| match engine.state.get() {
        LoadState::Ready { summary, .. } => summary.frequency,
        _ => Vec::new(),
    });
    let in_use = move || sources.with(|s| s.iter().filter(|f| f.in_use).count());
    let heading = move || match (sources.with(Vec::len), in_use()) {
        (0, _) => tr(msg!("frequency-none-found")),
        (found, 0) => tr_with(msg!("frequency-none-in-use"), &[("found", found.into())]),
        (found, used) => tr_with(msg!("frequency-summary"), &[("used", used.into()), ("found", found.into())]),
    };
    let toggle = move |source: &FrequencySource, on: bool| {
        let mut settings = engine.frequency.get_untracked();
        if on == source.unused_by_default.is_none() {
            settings.overrides.remove(&source.id());
        } else {
            settings.overrides.insert(source.id(), on);
        }
        store_frequency(&settings);
        engine.frequency.set(settings.clone());
        interp.use_frequency(settings);
    };
    let row = move |source: FrequencySource| {
        let id = source.id();
        let why = source.unused().map(|u| tr(u.key()));
        let database = source.database.clone().map(|d| format!("{d}, ")).unwrap_or_default();
        let kind = tr(source.kind.key());
        let checked = source.in_use;
        let name = source.name.clone();
        view! {
            <li>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="frequency-source"
                        data-source=id
                        prop:checked=checked
                        on:change=move |e| toggle(&source, event_target_checked(&e))
                    />
                    <code>{name}</code>
                    " "
                    <span class="muted">{format!("({database}{kind})")}</span>
                    {why.map(|why| view! { <span class="muted">" – " {why}</span> })}
                </label>
            </li>
        }
    };
    view! {
        <Show when=move || matches!(engine.state.get(), LoadState::Ready { .. })>
            <details class="frequency-sources" data-testid="frequency-sources" data-in-use=in_use>
                <summary>{heading}</summary>
                <p class="hint">{t(msg!("frequency-explained"))}</p>
                <ul class="plain">{move || sources.get().into_iter().map(row).collect_view()}</ul>
            </details>
        </Show>
    }
}
