//! What the user narrows the file by: panels, their confidence, filters,
//! the family and the inheritance mode. The page holds these as signals;
//! every change becomes a [`Query`] the worker applies.
//!
//! Filters, mode, transcript policy and panel names live in the page URL,
//! so a view can be bookmarked and reopened; the URL never holds sample
//! names, genotypes or anything else from the file. Panel gene lists are
//! not patient data either: they are kept in local storage so that a URL
//! naming a panel finds it again on this computer.

use leptos::prelude::*;
use tolk_core::annotation::{FrequencySettings, TranscriptPolicy};
use tolk_core::family::Family;
use tolk_core::filter::{parse_policy, policy_id, Filters};
use tolk_core::inheritance::{CallQc, Mode};
use tolk_core::panel::{Confidence, Panel};
use tolk_core::session::CaseSettings;
use tolk_core::Query;

/// Local storage key of the imported panels.
const PANELS_KEY: &str = "tolk.panels";
/// Local storage key of the lab's frequency settings.
const FREQUENCY_KEY: &str = "tolk.frequency";

/// The narrowing settings, as signals. `Copy`, like the engine.
#[derive(Clone, Copy)]
pub struct Narrowing {
    pub panels: RwSignal<Vec<Panel>>,
    /// Panel genes below this are left out; `None` keeps all.
    pub min_confidence: RwSignal<Option<Confidence>>,
    pub filters: RwSignal<Filters>,
    pub mode: RwSignal<Mode>,
    /// Set from a PED file or by hand; never written to the URL.
    pub family: RwSignal<Option<Family>>,
    /// Panels the URL names that are not stored on this computer.
    pub missing_panels: RwSignal<Vec<String>>,
}

impl Narrowing {
    /// The settings in the page URL, with panels from local storage.
    pub fn from_page(policy: RwSignal<TranscriptPolicy>) -> Narrowing {
        let narrowing = Narrowing {
            panels: RwSignal::new(Vec::new()),
            min_confidence: RwSignal::new(None),
            filters: RwSignal::new(Filters::default()),
            mode: RwSignal::new(Mode::Any),
            family: RwSignal::new(None),
            missing_panels: RwSignal::new(Vec::new()),
        };
        let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
        let stored = stored_panels();
        let mut filters = Filters::default();
        let mut panels = Vec::new();
        let mut missing = Vec::new();
        for (key, value) in query_pairs(&search) {
            match key.as_str() {
                "mode" => narrowing.mode.set(Mode::parse(&value).unwrap_or_default()),
                "policy" => policy.set(parse_policy(&value).unwrap_or_default()),
                "confidence" => narrowing.min_confidence.set(Confidence::from_level(&value)),
                "panel" => match stored.iter().find(|p| p.label() == value) {
                    Some(p) => panels.push(p.clone()),
                    None => missing.push(value),
                },
                _ => {
                    filters.set_from_query(&key, &value);
                }
            }
        }
        narrowing.filters.set(filters);
        narrowing.panels.set(panels);
        narrowing.missing_panels.set(missing);
        narrowing
    }

    pub fn query(&self, policy: TranscriptPolicy) -> Query {
        Query {
            panels: self.panels.get(),
            min_confidence: self.min_confidence.get(),
            filters: self.filters.get(),
            policy,
            family: self.family.get(),
            mode: self.mode.get(),
            qc: CallQc::default(),
            // The grid's order and quick search are the engine's, not part
            // of the case.
            sort: None,
            search: None,
            given: Default::default(),
            // The phenotype is the session's (the note's phenotype field).
            phenotype: Default::default(),
        }
    }

    /// Writes the settings to the URL (replacing, not adding, a history
    /// entry) and the panels to local storage.
    pub fn save(&self, policy: TranscriptPolicy) {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        self.filters.with_untracked(|f| f.to_query(&mut pairs));
        let mode = self.mode.get_untracked();
        if mode != Mode::Any {
            pairs.push(("mode", mode.id().into()));
        }
        if policy != TranscriptPolicy::default() {
            pairs.push(("policy", policy_id(policy).into()));
        }
        if let Some(c) = self.min_confidence.get_untracked() {
            pairs.push(("confidence", c.level().to_string()));
        }
        self.panels.with_untracked(|panels| {
            for p in panels {
                pairs.push(("panel", p.label()));
            }
            store_panels(panels);
        });
        let search: Vec<String> =
            pairs.iter().map(|(k, v)| format!("{k}={}", String::from(js_sys::encode_uri_component(v)))).collect();
        let url = if search.is_empty() { "?".to_owned() } else { format!("?{}", search.join("&")) };
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }

    /// The case's settings as they stand, for saving with the work
    /// (tracked: an effect calling it reruns on any change).
    pub fn case_tracked(&self, policy: TranscriptPolicy, frequency: FrequencySettings) -> CaseSettings {
        CaseSettings {
            family: self.family.get(),
            panels: self.panels.get(),
            min_confidence: self.min_confidence.get(),
            filters: self.filters.get(),
            mode: self.mode.get(),
            policy,
            frequency,
        }
    }

    /// Puts a saved case's settings back (the caller sets the policy).
    pub fn restore(&self, case: &CaseSettings) {
        self.family.set(case.family.clone());
        self.panels.set(case.panels.clone());
        self.min_confidence.set(case.min_confidence);
        self.filters.set(case.filters.clone());
        self.mode.set(case.mode);
        self.missing_panels.set(Vec::new());
    }

    /// Back to everything: no panel, no filter, any inheritance.
    pub fn clear(&self) {
        self.panels.set(Vec::new());
        self.min_confidence.set(None);
        self.filters.set(Filters::default());
        self.mode.set(Mode::Any);
        self.missing_panels.set(Vec::new());
    }

    /// Adds panels, replacing any with the same name and version (which
    /// also answers a link that named them).
    pub fn add_panels(&self, new: Vec<Panel>) {
        let labels: Vec<String> = new.iter().map(Panel::label).collect();
        self.panels.update(|panels| {
            panels.retain(|p| !labels.contains(&p.label()));
            panels.extend(new);
        });
        self.missing_panels.update(|missing| missing.retain(|label| !labels.contains(label)));
    }
}

/// `?a=1&b=x%20y` as decoded pairs.
pub(crate) fn query_pairs(search: &str) -> Vec<(String, String)> {
    let decode =
        |s: &str| js_sys::decode_uri_component(&s.replace('+', " ")).map(String::from).unwrap_or_else(|_| s.to_owned());
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

pub(crate) fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn stored_panels() -> Vec<Panel> {
    local_storage()
        .and_then(|s| s.get_item(PANELS_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Keeps every panel ever imported here (up to a few), newest first, so
/// that URLs naming older panels still resolve.
fn store_panels(active: &[Panel]) {
    let Some(storage) = local_storage() else { return };
    let mut all = active.to_vec();
    for old in stored_panels() {
        if !all.iter().any(|p| p.label() == old.label()) {
            all.push(old);
        }
    }
    all.truncate(20);
    if let Ok(json) = serde_json::to_string(&all) {
        // Storage full or disabled: the panels still work for this page.
        let _ = storage.set_item(PANELS_KEY, &json);
    }
}

/// The lab's frequency settings remembered in this browser.
pub(crate) fn stored_frequency() -> FrequencySettings {
    local_storage()
        .and_then(|s| s.get_item(FREQUENCY_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Remembers the lab's frequency settings (storage full or disabled: they
/// still apply to this page).
pub(crate) fn store_frequency(settings: &FrequencySettings) {
    if let (Some(storage), Ok(json)) = (local_storage(), serde_json::to_string(settings)) {
        let _ = storage.set_item(FREQUENCY_KEY, &json);
    }
}
