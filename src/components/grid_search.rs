//! The grid's quick search box: a gene, a position, a dbSNP id or an HGVS
//! description (`tolk_core::search` says which forms), applied once typing
//! pauses or at Enter, cleared by Escape and by opening another file. Text
//! that is none of those forms is said to be so, and narrows nothing.

use super::{saved_as_typed, use_engine};
use crate::i18n::{t, tr, use_language};
use leptos::prelude::*;
use tolk_core::search::Search;

#[component]
pub fn GridSearch() -> impl IntoView {
    let engine = use_engine();
    let language = use_language();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<tolk_core::phrase::Phrase>);
    let run = move |typed: String| {
        text.set(typed.clone());
        match Search::parse(&typed) {
            Ok(search) => {
                error.set(None);
                if engine.search.get_untracked() != search {
                    engine.search.set(search);
                }
            }
            Err(why) => {
                error.set(Some(why));
                engine.search.set(None);
            }
        }
    };
    // Another file clears the search (`Viewing::reset`): the box follows.
    Effect::new(move |_| {
        if engine.search.with(Option::is_none) && error.with_untracked(Option::is_none) {
            text.set(String::new());
        }
    });
    let typed = saved_as_typed(run);
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
                on:input=typed
                on:change=typed
                on:keydown=move |e: leptos::ev::KeyboardEvent| {
                    if e.key() == "Escape" && !text.with_untracked(String::is_empty) {
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
