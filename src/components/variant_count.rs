//! How many variants the current view holds.

use super::use_engine;
use crate::engine::LoadState;
use leptos::prelude::*;

/// The count of variants passing the current view (all of them until the
/// panel and filter issues add narrowing).
#[component]
pub fn VariantCount() -> impl IntoView {
    let state = use_engine().state;
    let count = move || match state.get() {
        LoadState::Ready { summary, .. } => summary.variants,
        _ => 0,
    };
    view! {
        <p class="variant-count" data-testid="variant-count" data-count=move || count().to_string()>
            {move || format!("{} in view", count())}
        </p>
    }
}
