//! An explanation in place: a small "?" beside a criterion, a filter or a
//! chart that opens, right under it, a few sentences written for a
//! clinician in training and the guideline they come from.
//!
//! A disclosure button (`aria-expanded`, `aria-controls`) and the panel it
//! shows: the button stays where it is when the panel opens, so a row of a
//! grid keeps its shape, and the panel can take the row's whole width. The
//! words are `tolk_core::explain`'s, in the interface's language.

use crate::i18n::{tr_with, use_language};
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use tolk_core::explain::{explain, Topic};

/// `name` is what the "?" is about, as its accessible name says it
/// ("About PVS1").
#[component]
pub fn Explain(topic: Topic, #[prop(into)] name: Signal<String>) -> impl IntoView {
    // One topic can be explained in two places (a criterion's row and its
    // suggestion): each panel gets an id of its own.
    static PANELS: AtomicUsize = AtomicUsize::new(0);
    let panel = format!("explain-panel-{}", PANELS.fetch_add(1, Ordering::Relaxed));
    let language = use_language();
    let words = Memo::new(move |_| explain(topic, language.get()));
    let open = RwSignal::new(false);
    let key = topic.key();
    view! {
        <button
            type="button"
            class="explain"
            data-testid=key.clone()
            aria-expanded=move || open.get().to_string()
            aria-controls=panel.clone()
            on:click=move |_| open.update(|o| *o = !*o)
        >
            <span aria-hidden="true">"?"</span>
            <span class="visually-hidden">{move || tr_with(msg!("explain-about"), &[("topic", name.get().into())])}</span>
        </button>
        <div class="explain-body" id=panel data-testid=format!("{key}-text") hidden=move || !open.get()>
            <p>{move || words.with(|w| w.text.clone())}</p>
            <p class="source">{move || tr_with(msg!("explain-source"), &[("source", words.with(|w| w.source.clone()).into())])}</p>
        </div>
    }
}
