//! Tabs as the ARIA authoring practices have them: one tab stop for the
//! list, the arrow keys (and Home, End) move between tabs and show each at
//! once, and every panel names its tab. Used for the workbench's views and
//! the selected variant's parts.

use crate::i18n::t;
use crate::workbench::Tab;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The tab element's id for `tab` under `prefix` (`view-tab-note`).
pub fn tab_id<T: Tab>(prefix: &str, tab: T) -> String {
    format!("{prefix}-tab-{}", tab.id())
}

/// The panel's id for `tab` under `prefix` (`view-panel-note`).
pub fn panel_id<T: Tab>(prefix: &str, tab: T) -> String {
    format!("{prefix}-panel-{}", tab.id())
}

/// The row of tabs choosing `chosen`. Each tab is `data-testid="<prefix>-<id>"`.
#[component]
pub fn TabList<T: Tab>(prefix: &'static str, chosen: RwSignal<T>, label: &'static str) -> impl IntoView {
    let list = NodeRef::<leptos::html::Div>::new();
    let on_key = move |e: ev::KeyboardEvent| {
        let now = T::ALL.iter().position(|&tab| tab == chosen.get_untracked()).unwrap_or(0);
        let last = T::ALL.len() - 1;
        let next = match e.key().as_str() {
            "ArrowRight" => (now + 1) % T::ALL.len(),
            "ArrowLeft" => now.checked_sub(1).unwrap_or(last),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        // (The page's own arrow keys act only while presenting, when the
        // page, these tabs with it, is inert.)
        e.prevent_default();
        chosen.set(T::ALL[next]);
        let tab = list
            .get_untracked()
            .and_then(|l| l.query_selector(&format!("#{}", tab_id(prefix, T::ALL[next]))).ok().flatten());
        if let Some(tab) = tab.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = tab.focus();
        }
    };
    view! {
        <div class="tab-list" role="tablist" aria-label=t(label) node_ref=list on:keydown=on_key>
            {T::ALL
                .iter()
                .map(|&tab| {
                    let selected = move || chosen.get() == tab;
                    view! {
                        <button
                            type="button"
                            role="tab"
                            id=tab_id(prefix, tab)
                            data-testid=format!("{prefix}-{}", tab.id())
                            aria-controls=panel_id(prefix, tab)
                            aria-selected=move || selected().to_string()
                            tabindex=move || if selected() { "0" } else { "-1" }
                            on:click=move |_| chosen.set(tab)
                        >
                            {t(tab.key())}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The panel of `tab`, hidden unless it is chosen. Hidden, not removed:
/// what a panel holds (a half-typed comment, a scroll position, a drawn
/// chart) is there again when its tab is.
#[component]
pub fn TabPanel<T: Tab>(prefix: &'static str, tab: T, chosen: RwSignal<T>, children: Children) -> impl IntoView {
    view! {
        <div
            class=format!("tab-panel {prefix}-panel")
            role="tabpanel"
            id=panel_id(prefix, tab)
            aria-labelledby=tab_id(prefix, tab)
            hidden=move || chosen.get() != tab
        >
            {children()}
        </div>
    }
}
