//! Phenotype: the patient's HPO terms as the engine ranks by them, and the
//! page's side of the ontology the engine worker holds: loading it the
//! first time a phenotype is entered, type-ahead, looking up pasted ids,
//! a ranked variant's explanation, and the phenotype panel.
//!
//! The terms themselves live in the session (the note's phenotype field,
//! one term per line); the interpretation copies them here, so a reload,
//! an import or another case brings its own phenotype with it.

use super::EngineLine;
use crate::protocol::{HpoLoaded, LoadId, Request, Response, TermInfo, ViewId};
use leptos::prelude::*;
use tolk_core::hpo::explain::Explanation;
use tolk_core::hpo::PatientTerms;
use tolk_core::panel::Panel;
use tolk_core::phrase::Phrase;

/// Where the page is with the ontology.
#[derive(Debug, Clone, PartialEq)]
pub enum HpoState {
    Absent,
    Loading,
    Ready(Box<HpoLoaded>),
    Failed(Phrase),
}

/// A variant's explanation, or why there is none, by store row.
pub type Explained = (u32, Result<Box<Explanation>, Phrase>);

#[derive(Clone, Copy)]
pub struct Phenotype {
    worker: EngineLine,
    pub hpo: RwSignal<HpoState>,
    /// The patient's terms, from the session.
    pub terms: RwSignal<PatientTerms>,
    /// The latest type-ahead answer.
    pub hits: RwSignal<Vec<TermInfo>>,
    /// The number of the latest search sent: older answers are dropped.
    seq: StoredValue<u32>,
    /// The answer to the latest lookup of pasted ids: found, unknown.
    pub looked_up: RwSignal<Option<(Vec<TermInfo>, Vec<String>)>>,
    pub explained: RwSignal<Option<Explained>>,
    /// The latest phenotype panel made.
    pub panel: RwSignal<Option<Panel>>,
}

impl Phenotype {
    pub(super) fn new(worker: EngineLine) -> Phenotype {
        let phenotype = Phenotype {
            worker,
            hpo: RwSignal::new(HpoState::Absent),
            terms: RwSignal::new(PatientTerms::default()),
            hits: RwSignal::new(Vec::new()),
            seq: StoredValue::new(0),
            looked_up: RwSignal::new(None),
            explained: RwSignal::new(None),
            panel: RwSignal::new(None),
        };
        // A case with a phenotype loads the ontology: its download is
        // asked for only then (a panel-only case never pays for it).
        Effect::new(move |_| {
            if !phenotype.terms.with(PatientTerms::is_empty) && phenotype.hpo.with_untracked(|h| *h == HpoState::Absent)
            {
                phenotype.load();
            }
        });
        phenotype
    }

    /// Asks the worker for the ontology (again, after a failure).
    pub fn load(self) {
        if self.hpo.with_untracked(|h| matches!(h, HpoState::Absent | HpoState::Failed(_))) {
            self.hpo.set(HpoState::Loading);
            self.worker.send(&Request::HpoLoad, None);
        }
    }

    /// The patient's terms to rank by: only once the worker has the
    /// ontology (a view asked for before would not be ranked).
    pub fn ranking_terms(self) -> PatientTerms {
        match self.hpo.with(|h| matches!(h, HpoState::Ready(_))) {
            true => self.terms.get(),
            false => PatientTerms::default(),
        }
    }

    pub fn search(self, text: &str) {
        let seq = self.seq.get_value() + 1;
        self.seq.set_value(seq);
        if text.trim().is_empty() {
            self.hits.set(Vec::new());
            return;
        }
        self.worker.send(&Request::HpoSearch { text: text.to_owned(), seq }, None);
    }

    pub fn lookup(self, ids: Vec<String>) {
        self.looked_up.set(None);
        self.worker.send(&Request::HpoLookup { ids }, None);
    }

    pub fn explain(self, load: LoadId, view: ViewId, row: u32) {
        self.explained.set(None);
        self.worker.send(&Request::HpoExplain { load, view, row }, None);
    }

    pub fn make_panel(self, min: f32) {
        self.panel.set(None);
        let patient = self.terms.get_untracked();
        self.worker.send(&Request::HpoPanel { patient, min }, None);
    }

    /// A reply about the ontology.
    pub(super) fn receive(self, response: Response) {
        match response {
            Response::HpoReady(loaded) => self.hpo.set(HpoState::Ready(loaded)),
            Response::HpoFailed { message } => self.hpo.set(HpoState::Failed(message)),
            Response::HpoFound { seq, hits } if seq == self.seq.get_value() => self.hits.set(hits),
            Response::HpoLookedUp { terms, unknown } => self.looked_up.set(Some((terms, unknown))),
            Response::HpoExplained { row, explanation, .. } => self.explained.set(Some((row, explanation))),
            Response::HpoPanel { panel } => self.panel.set(Some(panel)),
            _ => {}
        }
    }
}
