//! The clinician's work on the open file, as the page holds it: a
//! [`Session`] saved to IndexedDB after every change ([`crate::storage`]),
//! restored when the same file (same checksum and name) is opened again,
//! and exported or imported as a JSON file.
//!
//! The case is one thing: the family, panels, filters, mode, transcript
//! policy and frequency sources are saved with the work whenever the
//! analyst changes them, and restored with it, so a reopened case is
//! judged against the same family as before.
//!
//! Saved work is restored at once rather than behind a question: the safe
//! default after a crash or a closed tab is to have the work back. The
//! banner says so, names what came back, and offers to start afresh, which
//! asks before discarding.
//!
//! One tab writes a case at a time ([`crate::case_lock`]); another tab on it
//! reads only until it takes over. Saves go one after another, each over
//! the revision the last one wrote, and "saved" is said only once
//! IndexedDB has committed ([`crate::storage`]). An import replaces nothing
//! until the clinician has seen what it changes and agreed.
//!
//! Every change to the work goes through [`Session::change`], which appends
//! it to the session's audit trail ([`tolk_core::trail`]); the work can be
//! changed only while the case is in interpretation, and an import whose
//! trail does not verify is refused. The review rounds' steps are in
//! `review_round`.

use crate::analysts::Analysts;
use crate::case_lock::{self, Acquired, CaseLock};
use crate::engine::{Engine, LoadState, Selection};
use crate::protocol::LoadId;
use crate::storage::{self, SaveError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use tolk_core::grid_columns::RowMarks;
use tolk_core::hpo::PatientTerms;
use tolk_core::phrase::Phrase;
use tolk_core::session::{
    CaseContext, CaseSettings, FileIdentity, ImportChanges, Imported, Session, Stamp, StepError, VariantFacts,
    VariantWork,
};
use tolk_core::sort::GivenClasses;
use tolk_core::trail::{Progress, Rule, Verification, Who};

/// Where the analyst's name is kept: for this tab's working session only
/// (session storage), so that the next person at a shared workstation is
/// asked, not stamped with the last one's name.
const ANALYST_KEY: &str = "tolk.analyst";

/// Where the work is kept, in this tab's session storage, as the page goes
/// away (a reload, a closed tab): an IndexedDB save begun then may never
/// finish, and text typed in the last half second has not been saved yet.
/// Read back, and saved properly, when the same case opens in this tab.
const RESCUE_KEY: &str = "tolk.rescue";

/// Whether this tab may write the open case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Writer,
    /// Another tab has the case open and writes it.
    ReadOnly,
    /// Another tab took the case over while this one wrote it.
    Lost,
}

/// An import waiting for the clinician's word: what it would change, and
/// which of its variants the open file does not hold (`None` while the
/// file is asked).
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    pub name: String,
    pub session: Session,
    pub changes: ImportChanges,
    pub missing: Option<Vec<String>>,
    /// Its trail's check, against the lab's roster when one is kept.
    pub verification: Verification,
    /// Its trail does not continue the open case's: taking it in replaces
    /// entries of this case's record (an older copy, or work done apart).
    pub replaces_trail: bool,
}

/// Whether the latest change is safely stored; `data-state` of the status.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    /// Nothing changed yet in this session.
    Idle,
    Saving,
    Saved {
        at: String,
    },
    Failed(Phrase),
    /// The case's saved work was deleted from this browser.
    Forgotten,
}

/// This tab's session storage (gone when the tab closes), if available.
pub fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    pub variants: usize,
    pub updated: String,
    pub analyst: String,
    /// The case's settings that came back with the work, if any were saved.
    pub case: Option<CaseSettings>,
}

#[derive(Clone, Copy)]
pub struct Interpretation {
    /// The work on the open file (`None` until a file is ready).
    pub session: RwSignal<Option<Session>>,
    /// Saved work that was restored for the open file: how much, and when
    /// and by whom it was last changed.
    pub restored: RwSignal<Option<Restored>>,
    pub analyst: RwSignal<String>,
    pub saved: RwSignal<SaveState>,
    /// How many typed texts wait for a pause in typing before they are
    /// saved (see `saved_as_typed`): while any does, the work on screen is
    /// not yet what is stored, and the status must not say "saved".
    pub typing: RwSignal<u32>,
    /// The outcome of the last import, or why it failed.
    pub notice: RwSignal<Option<Result<Phrase, Phrase>>>,
    pub access: RwSignal<Access>,
    pub pending_import: RwSignal<Option<PendingImport>>,
    /// Whether the browser agreed to keep this origin's storage under
    /// pressure (`None` until asked, at the first save).
    pub persisted: RwSignal<Option<bool>>,
    /// The revision of the case last read from or written to storage: the
    /// next save is based on it.
    revision: StoredValue<u64>,
    /// A save is running; `again` asks for one more after it (the latest
    /// work), so saves never overtake each other.
    in_flight: StoredValue<bool>,
    again: StoredValue<bool>,
    lock: StoredValue<Option<CaseLock>, LocalStorage>,
    load: StoredValue<Option<LoadId>>,
    /// Where the case stands in the review rounds, replayed from its trail.
    pub progress: Memo<Progress>,
    /// Why the open case's trail is not to be trusted, when work restored
    /// from this browser fails its check: said in the case bar, and no
    /// step is signed over it.
    pub trail_problem: RwSignal<Option<Phrase>>,
    /// A signed step is waiting for the browser's signature.
    pub signing: RwSignal<bool>,
    pub(crate) analysts: Analysts,
    engine: Engine,
}

/// Now, as ISO 8601 in UTC.
pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default()
}

impl Interpretation {
    pub fn start(engine: Engine, analysts: Analysts) -> Interpretation {
        let analyst = session_storage().and_then(|s| s.get_item(ANALYST_KEY).ok().flatten()).unwrap_or_default();
        // Older Tolks remembered the name for every later user of the profile.
        if let Some(s) = crate::narrowing::local_storage() {
            let _ = s.remove_item(ANALYST_KEY);
        }
        let session = RwSignal::new(None::<Session>);
        let this = Interpretation {
            session,
            restored: RwSignal::new(None),
            analyst: RwSignal::new(analyst),
            saved: RwSignal::new(SaveState::Idle),
            typing: RwSignal::new(0),
            notice: RwSignal::new(None),
            access: RwSignal::new(Access::Writer),
            pending_import: RwSignal::new(None),
            persisted: RwSignal::new(None),
            revision: StoredValue::new(0),
            in_flight: StoredValue::new(false),
            again: StoredValue::new(false),
            lock: StoredValue::new_local(None),
            load: StoredValue::new(None),
            progress: Memo::new(move |_| session.with(|s| s.as_ref().map(Session::progress).unwrap_or_default())),
            trail_problem: RwSignal::new(None),
            signing: RwSignal::new(false),
            analysts,
            engine,
        };
        // Work begins once the file is read and hashed (in either order).
        Effect::new(move |_| {
            let ready = matches!(engine.state.get(), LoadState::Ready { .. });
            match engine.file.get() {
                Some((load, Ok(file))) if ready && this.load.get_value() != Some(load) => {
                    this.load.set_value(Some(load));
                    this.begin(file);
                }
                Some(_) if ready => {}
                _ => {
                    this.load.set_value(None);
                    this.session.set(None);
                    this.restored.set(None);
                    this.pending_import.set(None);
                    // The case is closed: another tab may write it.
                    this.lock.set_value(None);
                }
            }
        });
        // Sorting by class orders by the classes given: kept up to date
        // (a new view follows only while the grid is sorted by class).
        Effect::new(move |_| {
            let given = GivenClasses(this.marks().into_iter().filter_map(|(key, m)| Some((key, m.class?))).collect());
            if engine.given.with_untracked(|old| *old != given) {
                engine.given.set(given);
            }
        });
        // The case's phenotype (the note's field, one term per line) is
        // what the view is ranked by: another case, an import or a
        // reload brings its own.
        Effect::new(move |_| {
            let terms = this
                .session
                .with(|s| s.as_ref().map(|s| PatientTerms::from_lines(&s.note.phenotype)).unwrap_or_default());
            if engine.phenotype.terms.with_untracked(|old| *old != terms) {
                engine.phenotype.terms.set(terms);
            }
        });
        // The page is going away: the field being typed in is left (which
        // saves its text into the session), and the session is kept where
        // a synchronous write reaches.
        let _ = window_event_listener(leptos::ev::pagehide, move |_| this.rescue());
        // The open file's answer about an import's variants.
        Effect::new(move |_| {
            let Some(missing) = engine.checked.get() else { return };
            this.pending_import.update(|p| {
                if let Some(p) = p.as_mut().filter(|p| p.missing.is_none()) {
                    p.missing = Some(missing);
                }
            });
        });
        // The case's settings are saved with the work when the analyst
        // changes them (not when a file opens: nothing is stored for a file
        // no one has worked on). Only while the file is ready: opening
        // another clears the family before the old session is gone.
        Effect::new(move |_| {
            let policy = engine.policy.get();
            let case = engine.narrowing.case_tracked(policy, engine.loaded_frequency());
            let ready = matches!(engine.state.get_untracked(), LoadState::Ready { load, .. } if this.load.get_value() == Some(load));
            let changed = this.session.with_untracked(|s| s.as_ref().is_some_and(|s| s.case.as_ref() != Some(&case)));
            if ready && changed {
                this.keep_case(case);
            }
        });
        // A selected variant's gene (for the note's figure) arrives after its
        // record, so work may have begun without it, or have been saved by an
        // older Tolk: it joins the work's facts whenever the variant is shown.
        Effect::new(move |_| {
            let Selection::Ready { detail, .. } = engine.selection.get() else { return };
            let key = detail.snapshot.key();
            let Some(lollipop) = detail.snapshot.lollipop else { return };
            let lacks = |s: &Option<Session>| {
                s.as_ref().and_then(|s| s.variants.get(&key)).is_some_and(|w| w.facts.lollipop.is_none())
            };
            if this.session.with_untracked(lacks) {
                this.amend_facts(&key, |facts| facts.lollipop = Some(lollipop));
            }
        });
        // The active panels' mode of inheritance for the gene, as it is now,
        // joins the work's facts when the variant is shown: the note's
        // inheritance falls back to it, as the suggestions on screen do.
        Effect::new(move |_| {
            let Selection::Ready { detail, .. } = engine.selection.get() else { return };
            let key = detail.snapshot.key();
            let panel = detail.snapshot.panel_inheritance;
            let differs = |s: &Option<Session>| {
                s.as_ref().and_then(|s| s.variants.get(&key)).is_some_and(|w| w.facts.panel_inheritance != panel)
            };
            if this.session.with_untracked(differs) {
                this.amend_facts(&key, |facts| facts.panel_inheritance = panel);
            }
        });
        this
    }

    /// A fresh session for `file`, and a look for saved work on it. The
    /// session notes the view at once (the build, the samples), so the note
    /// is right before the first edit, and the case as it stands, so that
    /// only the analyst's own changes are saved.
    fn begin(self, file: FileIdentity) {
        let key = file.storage_key();
        let mut session = Session::new(file, env!("CARGO_PKG_VERSION"), &now());
        session.analyst = self.analyst.get_untracked();
        self.note_view(&mut session);
        session.case = Some(self.current_case());
        self.lock.set_value(None);
        self.revision.set_value(0);
        self.session.set(Some(session));
        self.restored.set(None);
        self.pending_import.set(None);
        self.saved.set(SaveState::Idle);
        self.notice.set(None);
        self.trail_problem.set(None);
        spawn_local(async move {
            let access = self.acquire(&key, false).await;
            if self.open_key().as_deref() != Some(key.as_str()) {
                return;
            }
            self.access.set(access);
            self.read_saved(&key, false).await;
        });
    }

    /// The storage key of the open case.
    fn open_key(self) -> Option<String> {
        self.session.with_untracked(|s| s.as_ref().map(|s| s.file.storage_key()))
    }

    /// Asks for the case's lock (taking it from another tab if `steal`),
    /// keeping it while the case is open; a later loss makes this tab
    /// read-only.
    async fn acquire(self, key: &str, steal: bool) -> Access {
        let lost_key = key.to_owned();
        let on_lost = move || {
            if self.open_key().as_deref() == Some(lost_key.as_str()) {
                self.access.set(Access::Lost);
            }
        };
        match case_lock::acquire(key, steal, on_lost).await {
            Acquired::Held(lock) => {
                self.lock.set_value(Some(lock));
                Access::Writer
            }
            Acquired::Unsupported => Access::Writer,
            Acquired::Busy => Access::ReadOnly,
        }
    }

    /// Reads the work saved on the case `key` and makes it the session if
    /// it has any (`always`: even over work in this page, which a tab that
    /// was read-only cannot have). A record this Tolk cannot read is moved
    /// aside by the writer, never written over.
    async fn read_saved(self, key: &str, always: bool) {
        match storage::load(key).await {
            Ok(Some(json)) => match Session::from_json(&json) {
                Ok(saved) => {
                    self.revision.set_value(saved.revision);
                    let rescued = Interpretation::rescued(key, saved.revision);
                    let newer = rescued.is_some();
                    let saved = rescued.unwrap_or(saved);
                    let kept = saved.worked() > 0 || !saved.trail.is_empty();
                    if always || kept || saved.case.as_ref().is_some_and(|c| !c.is_default()) {
                        self.take_saved(saved, always);
                    }
                    if newer {
                        self.save();
                    }
                }
                Err(e) if self.access.get_untracked() == Access::Writer => {
                    let why = match storage::move_aside(key, &now()).await {
                        Ok(_) => Phrase::new(msg!("storage-moved-aside")).arg("reason", e.phrase()),
                        Err(failed) => failed,
                    };
                    self.saved.set(SaveState::Failed(why));
                }
                Err(e) => {
                    self.saved.set(SaveState::Failed(Phrase::new(msg!("storage-unreadable")).arg("reason", e.phrase())))
                }
            },
            Ok(None) => {
                if let Some(rescued) = Interpretation::rescued(key, 0) {
                    self.take_saved(rescued, always);
                    self.save();
                }
            }
            Err(e) => self.saved.set(SaveState::Failed(e)),
        }
    }

    /// Leaves the field being typed in (saving its text into the session)
    /// and keeps the session in this tab's session storage, synchronously.
    fn rescue(self) {
        let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
        if let Some(element) = active.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
            let _ = element.blur();
        }
        // Nothing in the clear while saved work is encrypted.
        if !self.editable()
            || crate::seal::enabled()
            || matches!(self.saved.get_untracked(), SaveState::Idle | SaveState::Saved { .. })
        {
            return;
        }
        if let (Some(session), Some(storage)) = (self.session.get_untracked(), session_storage()) {
            let _ = storage.set_item(RESCUE_KEY, &session.to_json());
        }
    }

    /// The work this tab kept as it went away, if it is for the case `key`
    /// and newer than what storage holds (revision `stored`); taken once.
    fn rescued(key: &str, stored: u64) -> Option<Session> {
        let storage = session_storage()?;
        let text = storage.get_item(RESCUE_KEY).ok().flatten()?;
        let _ = storage.remove_item(RESCUE_KEY);
        Session::from_json(&text).ok().filter(|s| s.file.storage_key() == key && s.revision >= stored)
    }

    /// Reads the open case's saved work again (encrypted work, now that the
    /// passphrase is given), or saves the work done meanwhile.
    pub fn reread(self) {
        let Some(key) = self.open_key() else { return };
        spawn_local(async move {
            self.saved.set(SaveState::Idle);
            self.read_saved(&key, false).await;
            if self.session.with_untracked(|s| s.as_ref().is_some_and(|s| s.worked() > 0)) {
                self.save();
            }
        });
    }

    /// Takes the case over from the tab that writes it: this tab writes
    /// from now on, starting from the work that tab saved.
    pub fn take_over(self) {
        let Some(key) = self.open_key() else { return };
        spawn_local(async move {
            let access = self.acquire(&key, true).await;
            self.access.set(access);
            if access == Access::Writer {
                self.read_saved(&key, true).await;
            }
        });
    }

    /// Makes saved work the session, unless work began in this page
    /// meanwhile (then the newer work wins and is saved over it), and puts
    /// the case's settings back.
    fn take_saved(self, saved: Session, always: bool) {
        // Work begun in the moment before the read wins over plain saved
        // work, never over a trail (review steps, signatures).
        let begun = self.session.with_untracked(|s| s.as_ref().is_some_and(|s| s.worked() > 0));
        if !always && begun && saved.trail.is_empty() {
            return;
        }
        let roster = self.analysts.roster.get_untracked();
        let checked = Verification::of_text(&saved.to_json(), roster.as_ref()).expect("a session's own JSON");
        self.trail_problem.set(checked.refusal());
        if self.reread_for(&saved) {
            return;
        }
        // Who made the latest change (ISO times sort as text).
        let analyst = saved
            .variants
            .values()
            .max_by(|a, b| a.updated_at.cmp(&b.updated_at))
            .map(|w| w.updated_by.clone())
            .unwrap_or_default();
        let case = self.usable_case(&saved);
        self.restored.set(Some(Restored {
            variants: saved.worked(),
            updated: saved.updated.clone(),
            analyst,
            case: case.clone(),
        }));
        self.session.set(Some(saved));
        self.saved.set(SaveState::Idle);
        if let Some(case) = case {
            self.apply_case(&case);
        }
    }

    /// `saved`'s case settings, if it has some that fit the open file (a
    /// hand-edited or foreign session could name sample columns it lacks).
    fn usable_case(self, saved: &Session) -> Option<CaseSettings> {
        let samples = match self.engine.state.get_untracked() {
            LoadState::Ready { summary, .. } => summary.samples.len(),
            _ => 0,
        };
        saved.case.clone().filter(|c| c.fits_samples(samples))
    }

    /// Reads the file again when `saved` was worked with other frequency
    /// sources than the file was read with (true: its work comes back once
    /// that is done, from storage).
    fn reread_for(self, saved: &Session) -> bool {
        match self.usable_case(saved) {
            Some(case) if case.frequency != self.engine.loaded_frequency() => {
                self.engine.reopen(case.frequency);
                true
            }
            _ => false,
        }
    }

    /// Puts a case's settings back on the page.
    fn apply_case(self, case: &CaseSettings) {
        self.engine.narrowing.restore(case);
        self.engine.policy.set(case.policy);
    }

    /// Reads the open file again with other frequency sources, and makes
    /// them the case's (saved first, so the case restored after the read
    /// asks for these, not the ones it had).
    pub fn use_frequency(self, frequency: tolk_core::annotation::FrequencySettings) {
        let worked_on = self.session.with_untracked(|s| s.as_ref().is_some_and(|s| s.case.is_some()));
        if worked_on {
            if let Some(mut case) = self.session.with_untracked(|s| s.as_ref().and_then(|s| s.case.clone())) {
                case.frequency = frequency.clone();
                self.keep_case(case);
            }
        }
        self.engine.reopen(frequency);
    }

    /// The case's settings on the page now.
    fn current_case(self) -> CaseSettings {
        untrack(|| self.engine.narrowing.case_tracked(self.engine.policy.get(), self.engine.loaded_frequency()))
    }

    /// Discards the restored work (the caller has asked the clinician):
    /// an empty session is saved over it at once.
    pub fn start_afresh(self) {
        // A read-only tab would clear its screen and save nothing; a case
        // sent for review or finalised is a signed record, not a draft.
        if !self.editable() || !self.progress.with_untracked(Progress::editable) {
            return;
        }
        self.reset_session();
        self.save();
    }

    /// An empty session for the open file, kept by this analyst.
    fn reset_session(self) {
        self.session.update(|s| {
            if let Some(s) = s {
                *s = Session::new(s.file.clone(), env!("CARGO_PKG_VERSION"), &now());
                s.analyst = self.analyst.get_untracked();
            }
        });
        self.restored.set(None);
    }

    pub(crate) fn editable(self) -> bool {
        self.session.with_untracked(Option::is_some) && self.access.get_untracked() == Access::Writer
    }

    /// Whether this tab writes the open case (tracked).
    pub fn writes(self) -> bool {
        self.access.get() == Access::Writer
    }

    /// Whether the work can be changed here now: this tab writes the case
    /// and it is in interpretation (tracked).
    pub fn work_open(self) -> bool {
        self.writes() && self.progress.with(Progress::editable)
    }

    /// Who is working now, as the trail records them.
    pub fn who(self) -> Who {
        self.analysts.who(&self.analyst.get_untracked())
    }

    /// Changes the work by `change` (the note's text, thresholds, a
    /// variant's work) through the trail, and saves; outside
    /// interpretation nothing changes and the session area says why.
    pub fn edit_session(self, change: impl FnOnce(&mut Session)) {
        if !self.editable() {
            return;
        }
        let (who, at) = (self.who(), now());
        let mut refused = None;
        self.session.update(|s| {
            if let Some(s) = s {
                if let Err(e) = s.change(&who, &at, |s| {
                    change(s);
                    s.updated.clone_from(&at);
                    self.note_view(s);
                }) {
                    refused = Some(e.phrase());
                }
            }
        });
        match refused {
            Some(why) => self.notice.set(Some(Err(why))),
            None => self.save(),
        }
    }

    /// Joins what the page learnt since work began on variant `key` (its
    /// gene's chart, the panels' mode) to its facts: a change like any
    /// other, made only while the work is open.
    fn amend_facts(self, key: &str, amend: impl FnOnce(&mut VariantFacts)) {
        if self.editable() && self.progress.with_untracked(Progress::editable) {
            self.edit_session(|s| {
                if let Some(work) = s.variants.get_mut(key) {
                    amend(&mut work.facts);
                }
            });
        }
    }

    /// Keeps the case's settings (family, panels, filters) with the work:
    /// how the case is looked at, not what it says, so in any round and
    /// outside the trail.
    fn keep_case(self, case: CaseSettings) {
        if !self.editable() {
            return;
        }
        self.session.update(|s| {
            if let Some(s) = s {
                s.case = Some(case);
            }
        });
        self.save();
    }

    /// What the grid shows of the work on each variant, by key.
    pub fn marks(self) -> Vec<(String, RowMarks)> {
        self.progress.with(|p| {
            self.session.with(|s| {
                let marks = |(key, work): (&String, &VariantWork)| (key.clone(), marks_of(p, key, work));
                s.iter().flat_map(|s| &s.variants).map(marks).collect()
            })
        })
    }

    /// What the grid shows of the work on variant `key` (tracked).
    pub fn row_marks(self, key: &str) -> Option<RowMarks> {
        self.progress
            .with(|p| self.session.with(|s| s.as_ref().and_then(|s| s.variants.get(key)).map(|w| marks_of(p, key, w))))
    }

    /// The work on variant `key`, if any was done.
    pub fn work(self, key: &str) -> Option<VariantWork> {
        self.session.with(|s| s.as_ref().and_then(|s| s.variants.get(key).cloned()))
    }

    /// Changes the work on the variant `facts` describes, and saves.
    pub fn edit(self, facts: &VariantFacts, change: impl FnOnce(&mut VariantWork, Stamp<'_>)) {
        let (by, at) = (self.analyst.get_untracked(), now());
        self.edit_session(|s| {
            let mut work = s.variants.get(&facts.key()).cloned().unwrap_or_else(|| VariantWork::new(facts.clone()));
            // The gene's chart comes after the record, and the forms holding
            // `facts` are not built again for it (that would take the focus):
            // it joins from the variant shown.
            if work.facts.lollipop.is_none() {
                work.facts.lollipop = self.engine.selection.with_untracked(|shown| match shown {
                    Selection::Ready { detail, .. } if detail.snapshot.key() == work.facts.key() => {
                        detail.snapshot.lollipop.clone()
                    }
                    _ => None,
                });
            }
            let stamp = Stamp { by: &by, at: &at };
            change(&mut work, stamp);
            work.touch(stamp);
            s.put(work, &at);
            // The panels this work was done under: a newer version's
            // changes to them are a reanalysis's to list.
            s.worked_panels = self.engine.narrowing.panels.get_untracked();
        });
    }

    pub fn set_analyst(self, name: String) {
        if let Some(storage) = session_storage() {
            // Storage disabled: the name still applies to this page.
            let _ = storage.set_item(ANALYST_KEY, &name);
        }
        self.analyst.set(name.clone());
        // The session's analyst is the interpreter's name, part of the
        // work: a reviewer's name is theirs alone, on their steps.
        if self.progress.with_untracked(Progress::editable) {
            self.edit_session(|s| s.analyst = name);
        }
    }

    /// Notes the view the work is being done in, for the note: the URL's
    /// panels, filters and mode (never data), and the case context (build,
    /// panel versions, the funnel of counts). Only on the clinician's own
    /// changes, so an imported session is saved exactly as it came, and
    /// the note describes the view as it was when the work last changed.
    fn note_view(self, session: &mut Session) {
        if let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) {
            session.view = search.trim_start_matches('?').to_owned();
        }
        let engine = self.engine;
        let mut funnel = engine.view.with_untracked(|v| v.as_ref().map(|v| v.funnel.clone())).unwrap_or_default();
        // The grid's quick search is a way of looking, not part of the case:
        // the note's counts are the narrowing's.
        funnel.retain(|step| step.id != "search");
        let query = untrack(|| engine.narrowing.query(engine.policy.get_untracked()));
        // Work is edited only on a loaded file; without one, the context
        // the session has stays.
        if let LoadState::Ready { summary, .. } = engine.state.get_untracked() {
            session.context = CaseContext::new(&query, &funnel, &summary);
            session.context.knowledge = untrack(|| engine.knowledge.sources());
        }
    }

    /// Writes the session to IndexedDB: one save at a time, each over the
    /// revision the last wrote; a change made while one runs is saved
    /// right after it.
    pub(crate) fn save(self) {
        if !self.editable() {
            return;
        }
        self.saved.set(SaveState::Saving);
        if self.in_flight.get_value() {
            self.again.set_value(true);
            return;
        }
        self.in_flight.set_value(true);
        spawn_local(async move {
            loop {
                self.again.set_value(false);
                let Some(mut session) = self.session.get_untracked() else { break };
                let key = session.file.storage_key();
                let based_on = self.revision.get_value();
                session.revision = based_on + 1;
                let result = storage::save(&key, &session.to_json(), based_on).await;
                let still_open = self.open_key().as_deref() == Some(key.as_str());
                if !still_open {
                    break;
                }
                match result {
                    Ok(()) => {
                        self.revision.set_value(based_on + 1);
                        self.session.update_untracked(|s| {
                            if let Some(s) = s {
                                s.revision = based_on + 1;
                            }
                        });
                        if !self.again.get_value() {
                            self.saved.set(SaveState::Saved { at: session.updated });
                        }
                        self.ask_to_persist();
                    }
                    Err(e) => {
                        let why = match e {
                            SaveError::Stale { .. } => {
                                // Another tab wrote newer work: this one stops.
                                self.access.set(Access::Lost);
                                Phrase::new(msg!("storage-stale"))
                            }
                            SaveError::Unreadable => Phrase::new(msg!("storage-kept-unreadable")),
                            SaveError::Failed(why) => why,
                        };
                        self.saved.set(SaveState::Failed(why));
                        break;
                    }
                }
                if !self.again.get_value() {
                    break;
                }
            }
            self.in_flight.set_value(false);
        });
    }

    /// Asks the browser, once per page, to keep saved work under storage
    /// pressure; the session bar says if it refuses.
    fn ask_to_persist(self) {
        if self.persisted.get_untracked().is_none() {
            self.persisted.set(Some(true));
            spawn_local(async move { self.persisted.set(Some(storage::persist().await)) });
        }
    }

    /// Reads a session file for the open file and shows what taking it in
    /// would change ([`Interpretation::pending_import`]); nothing is
    /// replaced until [`Interpretation::confirm_import`].
    pub fn import(self, name: &str, text: &str) {
        let Some(current) = self.session.get_untracked() else {
            self.notice.set(Some(Err(Phrase::new(msg!("session-open-vcf-first")))));
            return;
        };
        if !self.editable() {
            self.notice.set(Some(Err(Phrase::new(msg!("session-read-only-import")))));
            return;
        }
        let session = match Session::from_json(text).and_then(|s| s.check_file(&current.file).map(|()| s)) {
            Ok(session) => session,
            Err(e) => return self.notice.set(Some(Err(file_problem(name, e.phrase())))),
        };
        // The file as written, not as this Tolk would write it again.
        let roster = self.analysts.roster.get_untracked();
        let verification = Verification::of_text(text, roster.as_ref()).expect("read as JSON above");
        if let Some(why) = verification.refusal() {
            return self.notice.set(Some(Err(file_problem(name, why))));
        }
        // A case with a trail is not replaced by one without: that would
        // drop its record (and a trail removed by hand looks just so).
        if session.trail.is_empty() && !current.trail.is_empty() {
            return self.notice.set(Some(Err(file_problem(name, Phrase::new(msg!("review-import-drops-trail"))))));
        }
        let continues = session.trail.len() >= current.trail.len()
            && session.trail.iter().zip(&current.trail).all(|(a, b)| a.hash == b.hash);
        let changes = session.changes_from(&current);
        self.engine.check(session.variants.keys().cloned().collect());
        self.notice.set(None);
        let pending = PendingImport {
            name: name.to_owned(),
            session,
            changes,
            missing: None,
            verification,
            replaces_trail: !continues,
        };
        self.pending_import.set(Some(pending));
    }

    /// Takes in the import the clinician has seen: its variants the open
    /// file does not hold are left out, and the work is marked as imported.
    pub fn confirm_import(self) {
        let Some(PendingImport { name, mut session, missing: Some(missing), .. }) = self.pending_import.get_untracked()
        else {
            return;
        };
        let Some(open) = self.session.with_untracked(|s| s.as_ref().map(|s| s.file.clone())) else { return };
        if !self.editable() {
            return;
        }
        self.pending_import.set(None);
        let (who, at) = (self.who(), now());
        session.adopt(&open, self.revision.get_value(), Imported { file_name: name.clone(), at: at.clone() });
        // Who took it in, on the trail (a session without one starts its
        // trail here); any round allows it, and it changes no work.
        let recorded = session.record_import(&who, &at, &name).and_then(|()| {
            // The variants the open file lacks are left out: a change like
            // any other, where the round allows one (in review they stay,
            // unseen).
            match session.change(&who, &at, |s| s.variants.retain(|key, _| !missing.contains(key))) {
                Err(StepError::Rule(Rule::ChangeOutsideInterpretation)) => Ok(()),
                other => other,
            }
        });
        if let Err(e) = recorded {
            return self.notice.set(Some(Err(file_problem(&name, e.phrase()))));
        }
        self.trail_problem.set(None);
        let n = session.worked();
        self.restored.set(None);
        let reread = self.reread_for(&session);
        let case = self.usable_case(&session);
        self.session.set(Some(session));
        if let Some(case) = case.filter(|_| !reread) {
            self.apply_case(&case);
        }
        let key = if missing.is_empty() { msg!("session-imported") } else { msg!("session-imported-left-out") };
        let notice = Phrase::new(key).arg("name", name).arg("count", n).arg("missing", missing.join(", "));
        self.notice.set(Some(Ok(notice)));
        // Saved now, so a file read again for the session's frequency
        // sources finds it.
        self.save();
    }

    pub fn cancel_import(self) {
        self.pending_import.set(None);
    }

    /// Deletes the open case's saved work from this browser and starts it
    /// afresh here (the caller has asked the clinician).
    pub fn forget_case(self) {
        let Some(key) = self.open_key() else { return };
        self.reset_session();
        self.revision.set_value(0);
        spawn_local(async move {
            self.saved.set(match storage::forget(&[key]).await {
                Ok(()) => SaveState::Forgotten,
                Err(why) => SaveState::Failed(why),
            });
        });
    }

    /// The session, to export.
    pub fn export(self) -> Option<Session> {
        self.session.get_untracked()
    }
}

/// The grid's marks of the work on variant `key`, with the reviewer's
/// verdict that stands.
fn marks_of(progress: &Progress, key: &str, work: &VariantWork) -> RowMarks {
    RowMarks::of(work).reviewed(progress.verdict(key).map(|r| r.verdict))
}

/// What went wrong with file `name` (an import, a file that could not be
/// read), as the session area says it.
pub fn file_problem(name: &str, problem: Phrase) -> Phrase {
    Phrase::new(msg!("file-problem")).arg("name", name).arg("problem", problem)
}
