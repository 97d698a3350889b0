//! The interface's language: a signal every text reads, so that switching
//! re-renders the words in place, without a reload and without losing
//! anything open. The tables are `tolk_core::i18n`'s.

use crate::narrowing::local_storage;
use leptos::prelude::*;
use tolk_core::i18n::{Arg, Lang};
use tolk_core::phrase::Phrase;

/// Where the choice is remembered: a preference of this browser, not of
/// a file or a session.
const LANGUAGE_KEY: &str = "tolk.language";

/// The language signal, started by [`crate::App`]. One per page, held in
/// a thread-local rather than context so that event handlers and async
/// tasks, which run outside the component tree, can read it too.
#[derive(Clone, Copy)]
pub struct Language(RwSignal<Lang>);

thread_local! {
    static CURRENT: std::cell::Cell<Option<Language>> = const { std::cell::Cell::new(None) };
}

impl Language {
    /// The remembered language; else Norwegian for a browser that asks for
    /// Norwegian (Bokmål, Nynorsk or plain `no`); else English.
    pub fn start() -> Language {
        let stored = local_storage().and_then(|s| s.get_item(LANGUAGE_KEY).ok().flatten());
        let lang = stored.as_deref().and_then(Lang::from_code).unwrap_or_else(browser_language);
        let language = Language(RwSignal::new(lang));
        CURRENT.with(|c| c.set(Some(language)));
        Effect::new(move |_| {
            let lang = language.get();
            if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                // Screen readers pick their voice from it; hyphenation too.
                let _ = root.set_attribute("lang", lang.code());
            }
        });
        language
    }

    pub fn get(self) -> Lang {
        self.0.get()
    }

    pub fn get_untracked(self) -> Lang {
        self.0.get_untracked()
    }

    pub fn set(self, lang: Lang) {
        if let Some(storage) = local_storage() {
            // Storage disabled: the choice holds for this page.
            let _ = storage.set_item(LANGUAGE_KEY, lang.code());
        }
        self.0.set(lang);
    }
}

fn browser_language() -> Lang {
    let asked = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default().to_lowercase();
    if ["nb", "nn", "no"].iter().any(|code| asked == *code || asked.starts_with(&format!("{code}-"))) {
        Lang::Nb
    } else {
        Lang::En
    }
}

pub fn use_language() -> Language {
    CURRENT.with(|c| c.get()).expect("the App starts the Language before anything renders")
}

/// The message `key`, following the language as it changes.
pub fn t(key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let language = use_language();
    move || language.get().t(key)
}

/// The message `key` in the current language, for a value computed inside
/// a reactive closure: reading the language there makes the closure run
/// again when it changes.
pub fn tr(key: &str) -> String {
    use_language().get().t(key)
}

/// The message `key` with variables, in the current language (tracked).
pub fn tr_with(key: &str, args: &[(&str, Arg)]) -> String {
    use_language().get().t_with(key, args)
}

/// What the engine said, worded in the current language and worded again
/// when it changes.
pub fn said(phrase: Phrase) -> impl Fn() -> String + Send + Sync + 'static {
    let language = use_language();
    move || phrase.render(language.get())
}
