//! The shared screen: whether presentation mode or the shortcuts list is
//! open, which marked variant is on screen, and the page's single-key
//! shortcuts: those, and the grid's next and previous variant, accepting or
//! rejecting the suggestion with focus, and marking the selected variant
//! for discussion (listed for users by `ShortcutList`; keep the two in
//! step).
//!
//! Single keys are ignored while a text field has focus, so typing a "p"
//! in a comment never starts a presentation; Escape always works.

use crate::engine::Engine;
use crate::pseudonymise::Pseudonymise;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, KeyboardEvent};

#[derive(Clone, Copy)]
pub struct Screen {
    pub presenting: RwSignal<bool>,
    /// The marked variant on screen, 0-based, below `slides`.
    pub slide: RwSignal<usize>,
    /// How many variants are marked (kept by the presentation).
    pub slides: RwSignal<usize>,
    pub shortcuts: RwSignal<bool>,
    /// The button that opens presentation mode: focus returns to it.
    pub toggle: NodeRef<leptos::html::Button>,
}

/// The screen provided by [`crate::App`].
pub fn use_screen() -> Screen {
    use_context::<Screen>().expect("App provides the Screen")
}

impl Screen {
    /// The state, and the page's keyboard shortcuts (none of the page's
    /// own while something covers it, `covered`: the idle lock, or the lab
    /// having stopped this copy).
    pub fn start(engine: Engine, pseudonymise: Pseudonymise, covered: Signal<bool>) -> Screen {
        let screen = Screen {
            presenting: RwSignal::new(false),
            slide: RwSignal::new(0),
            slides: RwSignal::new(0),
            shortcuts: RwSignal::new(false),
            toggle: NodeRef::new(),
        };
        // The app lives as long as the page: the listener is never removed.
        let _listener = window_event_listener(ev::keydown, move |e| screen.on_key(&e, engine, pseudonymise, covered));
        screen
    }

    pub fn present(self, on: bool) {
        self.shortcuts.set(false);
        self.presenting.set(on);
    }

    /// Moves `by` variants, staying within the marked ones.
    pub fn step(self, by: isize) {
        let last = self.slides.get_untracked().saturating_sub(1);
        self.slide.update(|s| *s = s.saturating_add_signed(by).min(last));
    }

    fn on_key(self, e: &KeyboardEvent, engine: Engine, pseudonymise: Pseudonymise, covered: Signal<bool>) {
        if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
            return;
        }
        let key = e.key();
        let presenting = self.presenting.get_untracked();
        let handled = match key.as_str() {
            "Escape" if self.shortcuts.get_untracked() => {
                self.shortcuts.set(false);
                true
            }
            "Escape" if presenting => {
                self.present(false);
                true
            }
            _ if typing(e) => false,
            "ArrowRight" | "ArrowDown" | "PageDown" if presenting => {
                self.step(1);
                true
            }
            "ArrowLeft" | "ArrowUp" | "PageUp" if presenting => {
                self.step(-1);
                true
            }
            "Home" if presenting => {
                self.slide.set(0);
                true
            }
            "End" if presenting => {
                self.step(isize::MAX);
                true
            }
            "?" => {
                self.shortcuts.update(|open| *open = !*open);
                true
            }
            "p" | "P" => {
                self.present(!presenting);
                true
            }
            "n" | "N" => {
                pseudonymise.toggle();
                true
            }
            // The page's own keys, not while something covers it.
            _ if presenting || self.shortcuts.get_untracked() || covered.get_untracked() => false,
            "j" | "J" => {
                crate::components::step_selection(engine, true);
                true
            }
            "k" | "K" => {
                crate::components::step_selection(engine, false);
                true
            }
            "a" | "A" => press_in_focused_suggestion("accept"),
            "r" | "R" => press_in_focused_suggestion("reject"),
            "t" | "T" => click_testid("discuss"),
            "/" => focus("#grid-search"),
            _ => false,
        };
        if handled {
            e.prevent_default();
        }
    }
}

/// Presses the accept (or reject) button of the suggestion holding the
/// keyboard focus; false (the key does nothing) when focus is in none.
fn press_in_focused_suggestion(what: &str) -> bool {
    let document = web_sys::window().and_then(|w| w.document());
    let suggestion = document.and_then(|d| d.active_element()).and_then(|e| e.closest(".suggestion").ok().flatten());
    let button = suggestion
        .and_then(|s| s.query_selector(&format!("[data-testid^=suggestion-{what}-]")).ok().flatten())
        .and_then(|b| b.dyn_into::<HtmlElement>().ok());
    button.map(|b| b.click()).is_some()
}

/// Clicks the control `data-testid=testid` (the selected variant's
/// "discuss" mark); false when there is none (nothing selected).
fn click_testid(testid: &str) -> bool {
    let document = web_sys::window().and_then(|w| w.document());
    let control = document
        .and_then(|d| d.query_selector(&format!("[data-testid={testid}]")).ok().flatten())
        .and_then(|c| c.dyn_into::<HtmlElement>().ok());
    control.map(|c| c.click()).is_some()
}

/// Moves the focus to the control `selector` finds (the grid's search
/// box); false when it is not on the page (no file open).
fn focus(selector: &str) -> bool {
    let document = web_sys::window().and_then(|w| w.document());
    let control =
        document.and_then(|d| d.query_selector(selector).ok().flatten()).and_then(|c| c.dyn_into::<HtmlElement>().ok());
    control.map(|c| c.focus()).is_some_and(|focused| focused.is_ok())
}

/// Whether the key goes into a field the user types in (a text input, a
/// text area, a select's type-to-find, editable text).
fn typing(e: &KeyboardEvent) -> bool {
    let Some(element) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else { return false };
    if element.is_content_editable() {
        return true;
    }
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => {
            let kind = element.unchecked_ref::<HtmlInputElement>().type_();
            !matches!(kind.as_str(), "checkbox" | "radio" | "button" | "submit" | "reset" | "file")
        }
        _ => false,
    }
}
