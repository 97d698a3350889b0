//! The Human Phenotype Ontology in the engine worker: fetched from the
//! app's own files (`hpo/hpo.tsv.gz`, kept offline by the service worker)
//! the first time a phenotype is entered, read once, and held beside the
//! open file, so that a view is ranked where its rows are.

use crate::protocol::{HpoLoaded, Response, TermInfo};
use std::rc::Rc;
use tolk_core::hpo::explain::{explain, Explanation};
use tolk_core::hpo::genes::phenotype_panel;
use tolk_core::hpo::search::{Matched, SearchIndex};
use tolk_core::hpo::similarity::Profile;
use tolk_core::hpo::{Ontology, PatientTerms, TermId, TermIndex};
use tolk_core::phrase::Phrase;
use tolk_core::view::View;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::DedicatedWorkerGlobalScope;

/// The bundle, beside the worker's script.
const BUNDLE: &str = "hpo/hpo.tsv.gz";
/// Type-ahead hits sent per keystroke.
const HITS: usize = 15;

/// The ontology read, with its search index.
pub(super) struct Hpo {
    pub ontology: Ontology,
    index: SearchIndex,
    loaded: HpoLoaded,
}

/// Where the worker is with the ontology.
#[derive(Default)]
pub(super) enum HpoSlot {
    #[default]
    Absent,
    Loading,
    Ready(Rc<Hpo>),
}

impl HpoSlot {
    pub fn ready(&self) -> Option<&Hpo> {
        match self {
            HpoSlot::Ready(hpo) => Some(hpo),
            _ => None,
        }
    }
}

/// Fetches and reads the bundle.
pub(super) async fn load(scope: &DedicatedWorkerGlobalScope, started: f64) -> Result<Hpo, Phrase> {
    let failed = |reason: String| Phrase::new(msg!("hpo-load-failed")).arg("reason", reason);
    let describe = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let response: web_sys::Response =
        JsFuture::from(scope.fetch_with_str(BUNDLE)).await.map_err(|e| failed(describe(e)))?.unchecked_into();
    if !response.ok() {
        return Err(failed(format!("HTTP {}", response.status())));
    }
    let buffer = response.array_buffer().map_err(|e| failed(describe(e)))?;
    let buffer = JsFuture::from(buffer).await.map_err(|e| failed(describe(e)))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let ontology = Ontology::from_bytes(&bytes).map_err(|e| failed(e.to_string()))?;
    let index = SearchIndex::new(&ontology);
    let loaded = HpoLoaded {
        release: ontology.release.clone(),
        source: ontology.source.clone(),
        terms: ontology.terms.len() as u32,
        diseases: ontology.diseases.len() as u32,
        genes: ontology.genes.len() as u32,
        download_bytes: bytes.len() as u32,
        memory_bytes: (ontology.heap_bytes() + index.heap_bytes()) as u32,
        millis: super::now(scope) - started,
    };
    Ok(Hpo { ontology, index, loaded })
}

impl Hpo {
    pub fn ready(&self) -> Response {
        Response::HpoReady(Box::new(self.loaded.clone()))
    }

    fn info(&self, t: TermIndex, synonym: Option<String>) -> TermInfo {
        let term = self.ontology.term(t);
        TermInfo { id: term.id, label: term.label.clone(), definition: term.definition.clone(), synonym }
    }

    pub fn search(&self, text: &str, seq: u32) -> Response {
        let hits = self
            .index
            .search(&self.ontology, text, HITS)
            .into_iter()
            .map(|h| self.info(h.term, (h.matched == Matched::Synonym).then_some(h.text)))
            .collect();
        Response::HpoFound { seq, hits }
    }

    /// Each id's current term (an obsolete id gives its replacement).
    pub fn lookup(&self, ids: &[String]) -> Response {
        let mut terms: Vec<TermInfo> = Vec::new();
        let mut unknown = Vec::new();
        for id in ids {
            match TermId::parse(id).and_then(|t| self.ontology.find(t)) {
                Some(t) if !terms.iter().any(|i| i.id == self.ontology.term(t).id) => terms.push(self.info(t, None)),
                Some(_) => {}
                None => unknown.push(id.clone()),
            }
        }
        Response::HpoLookedUp { terms, unknown }
    }

    /// Why `row` of `view` ranked where it did, for `patient`.
    pub fn explain(&self, view: &View, patient: &PatientTerms, row: u32) -> Result<Box<Explanation>, Phrase> {
        let not_ranked = || Phrase::new(msg!("hpo-not-ranked"));
        let ranking = view.ranking.as_ref().ok_or_else(not_ranked)?;
        let ranked = ranking.ranked(row).ok_or_else(not_ranked)?;
        let place = ranking.place(row).ok_or_else(not_ranked)?;
        let profile = Profile::new(&self.ontology, patient.resolve(&self.ontology).0);
        Ok(Box::new(explain(&self.ontology, &profile, ranked, place.rank)))
    }

    pub fn panel(&self, patient: &PatientTerms, min: f32) -> Response {
        let scores = Profile::new(&self.ontology, patient.resolve(&self.ontology).0).scores();
        Response::HpoPanel { panel: phenotype_panel(&self.ontology, &scores, min) }
    }
}
