//! The pseudonymise switch: while it is on, the open file's sample names,
//! its file name and every date are shown as neutral labels
//! ([`tolk_core::pseudonym`]), and exports (notes and the session file)
//! carry the same labels. For a team meeting's projector or a teaching
//! screen, where identifiers should not be shown unless needed.
//!
//! The switch is remembered, so a reload in front of a room does not bring
//! the names back. Components that show a name, file-derived text or a
//! date pass it through [`Pseudonymise::text`] or [`Pseudonymise::time`].

use crate::engine::{Engine, LoadState};
use crate::i18n::use_language;
use crate::narrowing::local_storage;
use leptos::prelude::*;
use tolk_core::i18n::Lang;
use tolk_core::note::Note;
use tolk_core::pseudonym::Pseudonyms;
use tolk_core::session::Session;
use tolk_core::trail::Roster;
use tolk_core::words;

/// Where the switch is remembered.
const KEY: &str = "tolk.pseudonymise";

#[derive(Clone, Copy)]
pub struct Pseudonymise {
    pub on: RwSignal<bool>,
    /// The open file's labels in the interface's language.
    names: Memo<Option<Pseudonyms>>,
    engine: Engine,
}

/// The switch provided by [`crate::App`].
pub fn use_pseudonymise() -> Pseudonymise {
    use_context::<Pseudonymise>().expect("App provides Pseudonymise")
}

impl Pseudonymise {
    pub fn start(engine: Engine) -> Pseudonymise {
        let remembered = local_storage().and_then(|s| s.get_item(KEY).ok().flatten()).is_some_and(|v| v == "on");
        let language = use_language();
        let names = Memo::new(move |_| labels(engine, language.get()));
        Pseudonymise { on: RwSignal::new(remembered), names, engine }
    }

    pub fn set(self, on: bool) {
        if let Some(storage) = local_storage() {
            // Storage disabled: the switch still applies to this page.
            let _ = storage.set_item(KEY, if on { "on" } else { "off" });
        }
        self.on.set(on);
    }

    pub fn toggle(self) {
        self.set(!self.on.get_untracked());
    }

    /// `shown(labels)` while on and a file is open, else `plain()`. The
    /// labels are borrowed, not cloned: a warning list calls this a
    /// thousand times.
    fn with_labels(self, shown: impl FnOnce(&Pseudonyms) -> String, plain: impl FnOnce() -> String) -> String {
        if !self.on.get() {
            return plain();
        }
        self.names.with(|p| p.as_ref().map(shown)).unwrap_or_else(plain)
    }

    /// `text` as the screen may show it: names replaced while on.
    pub fn text(self, text: &str) -> String {
        self.with_labels(|p| p.scrub(text), || text.to_owned())
    }

    /// An ISO time as the screen shows it, or the date label while on.
    pub fn time(self, iso: &str) -> String {
        self.with_labels(|p| p.date().to_owned(), || words::time(iso))
    }

    /// A typed patient identifier as the screen shows it.
    pub fn patient(self, typed: &str) -> String {
        if typed.trim().is_empty() {
            return typed.to_owned();
        }
        self.with_labels(|p| p.patient().to_owned(), || typed.to_owned())
    }

    /// The session as it may leave the page (exports, presentation).
    pub fn session(self, session: &Session) -> Session {
        match self.exporting_labels(use_language().get_untracked()) {
            Some(p) => p.session(session),
            None => session.clone(),
        }
    }

    /// The note of `session` in `lang`, pseudonymised while on.
    pub fn note(self, session: &Session, lang: Lang, roster: Option<&Roster>) -> Note {
        match self.exporting_labels(lang) {
            Some(p) => p.note(session, lang, roster),
            None => Note::from_session_checked(session, lang, roster),
        }
    }

    /// The labels in `lang` while on (an export may be in another
    /// language than the screen).
    fn exporting_labels(self, lang: Lang) -> Option<Pseudonyms> {
        self.on.get().then(|| labels(self.engine, lang)).flatten()
    }
}

/// The open (or opening) file's labels in `lang`.
fn labels(engine: Engine, lang: Lang) -> Option<Pseudonyms> {
    engine.state.with(|state| match state {
        LoadState::Ready { name, summary, .. } => Some(Pseudonyms::new(&summary.samples, name, lang)),
        LoadState::Loading { name, .. } | LoadState::Failed { name, .. } => Some(Pseudonyms::new(&[], name, lang)),
        LoadState::Idle { .. } => None,
    })
}
