//! The shared screen: whether presentation mode or the shortcuts list is
//! open, which marked variant is on screen, and the single-key shortcuts
//! that drive them (listed for users by `ShortcutList`; keep the two in
//! step).
//!
//! Single keys are ignored while a text field has focus, so typing a "p"
//! in a comment never starts a presentation; Escape always works.

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
    /// The state, and the page's keyboard shortcuts.
    pub fn start(pseudonymise: Pseudonymise) -> Screen {
        let screen = Screen {
            presenting: RwSignal::new(false),
            slide: RwSignal::new(0),
            slides: RwSignal::new(0),
            shortcuts: RwSignal::new(false),
            toggle: NodeRef::new(),
        };
        // The app lives as long as the page: the listener is never removed.
        let _listener = window_event_listener(ev::keydown, move |e| screen.on_key(&e, pseudonymise));
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

    fn on_key(self, e: &KeyboardEvent, pseudonymise: Pseudonymise) {
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
            _ => false,
        };
        if handled {
            e.prevent_default();
        }
    }
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
