//! An explanation in place: a small "?" beside a criterion, a filter or a
//! chart that opens, right where it is, a few sentences written for a
//! clinician in training and the guideline they come from.
//!
//! A `<details>` element, so it opens with Enter or Space, a screen reader
//! announces it as something that expands, and it needs no script. The
//! words are `tolk_core::explain`'s, in the interface's language.

use crate::i18n::{tr_with, use_language};
use leptos::prelude::*;
use tolk_core::explain::{explain, Topic};

/// `name` is what the "?" is about, as its accessible name says it
/// ("About PVS1").
#[component]
pub fn Explain(topic: Topic, #[prop(into)] name: Signal<String>) -> impl IntoView {
    let language = use_language();
    let words = Memo::new(move |_| explain(topic, language.get()));
    view! {
        <details class="explain" data-testid=topic.key()>
            <summary>
                <span aria-hidden="true">"?"</span>
                <span class="visually-hidden">{move || tr_with("explain-about", &[("topic", name.get().into())])}</span>
            </summary>
            <div class="explain-body">
                <p>{move || words.with(|w| w.text.clone())}</p>
                <p class="source">{move || tr_with("explain-source", &[("source", words.with(|w| w.source.clone()).into())])}</p>
            </div>
        </details>
    }
}
