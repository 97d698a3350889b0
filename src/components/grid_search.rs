//! The grid's quick search box: a gene, a position, a dbSNP id or an HGVS
//! description (`tolk_core::search` says which forms), applied once typing
//! pauses or at Enter, cleared by Escape and by reading a file. Text that
//! is none of those forms is said to be so, and narrows nothing.

use super::use_engine;
use crate::engine::LoadState;
use crate::i18n::{t, tr, use_language};
use leptos::prelude::*;
use std::time::Duration;
use tolk_core::search::Search;

/// How long typing must pause before the search runs: each run narrows a
/// view that can hold a genome.
const TYPING_PAUSE: Duration = Duration::from_millis(400);

#[component]
pub fn GridSearch() -> impl IntoView {
    let engine = use_engine();
    let language = use_language();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<tolk_core::phrase::Phrase>);
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let cancel = move || {
        if let Some(Some(handle)) = pending.try_update_value(Option::take) {
            handle.clear();
        }
    };
    let run = move |typed: String| {
        cancel();
        text.set(typed.clone());
        let (search, why) = match Search::parse(&typed) {
            Ok(search) => (search, None),
            Err(why) => (None, Some(why)),
        };
        error.set(why);
        if engine.search.get_untracked() != search {
            engine.search.set(search);
        }
    };
    // Each file read (another, or this one again) starts without a search
    // (`Viewing::reset`); the box follows, a search still pending included.
    let ready = Memo::new(move |_| match engine.state.get() {
        LoadState::Ready { load, .. } => Some(load),
        _ => None,
    });
    Effect::new(move |previous: Option<Option<_>>| {
        let now = ready.get();
        if previous.is_some_and(|before| before != now) && now.is_some() {
            cancel();
            text.set(String::new());
            error.set(None);
        }
        now
    });
    let on_input = move |e: leptos::ev::Event| {
        cancel();
        let typed = event_target_value(&e);
        if let Ok(handle) = set_timeout_with_handle(move || run(typed), TYPING_PAUSE) {
            pending.set_value(Some(handle));
        }
    };
    let searching = move || engine.waiting.get() && engine.search.with(|s| s.as_ref().is_some_and(Search::needs_text));
    view! {
        <div class="grid-search" role="search">
            <label for="grid-search" class="visually-hidden">{t(msg!("grid-search-label"))}</label>
            <input
                id="grid-search"
                type="search"
                data-testid="grid-search"
                autocomplete="off"
                spellcheck="false"
                placeholder=t(msg!("grid-search-placeholder"))
                title=t(msg!("grid-search-hint"))
                aria-describedby="grid-search-status"
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=move || text.get()
                on:input=on_input
                on:change=move |e| run(event_target_value(&e))
                on:keydown=move |e: leptos::ev::KeyboardEvent| {
                    if e.key() == "Escape" {
                        e.prevent_default();
                        run(String::new());
                    }
                }
            />
            <p id="grid-search-status" class="grid-search-status" role="status" aria-busy=move || searching().then_some("true")>
                {move || match error.get() {
                    Some(why) => why.render(language.get()),
                    None if searching() => tr(msg!("grid-search-searching")),
                    None => String::new(),
                }}
            </p>
        </div>
    }
}
