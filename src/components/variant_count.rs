//! How many variants the current view holds.

use super::use_engine;
use crate::i18n::tr_with;
use leptos::prelude::*;

/// The count of variants passing every panel, filter and inheritance step
/// (`data-count`), out of all in the file.
#[component]
pub fn VariantCount() -> impl IntoView {
    let engine = use_engine();
    let count = move || engine.view_count();
    let total = move || engine.view.with(|v| v.as_ref().and_then(|v| v.funnel.first()).map_or(0, |s| s.remaining));
    view! {
        <p class="variant-count" data-testid="variant-count" data-count=move || count().to_string() aria-live="polite">
            {move || {
                if count() == total() {
                    tr_with(msg!("count-in-view"), &[("count", count().into())])
                } else {
                    tr_with(msg!("count-of-in-view"), &[("count", count().into()), ("total", total().into())])
                }
            }}
        </p>
    }
}
