//! The teaching case open, if any: the library is fetched from the app's
//! own files (`cases/`), a case opens its VCF like any other file, and once
//! it is read the case's panel and family are applied, as a teacher would
//! set them up. The comparison with the expected answer is the
//! `CasePanel`'s.
//!
//! In exam mode (chosen before a case opens, remembered in this browser
//! for a classroom's machines) Tolk's suggestions and the expected answer
//! stay hidden until the learner submits a variant's classification; the
//! criteria submitted are kept and scored, so changing them afterwards,
//! with the answer in view, does not change the score.

use crate::components::{fetch_blob, fetch_text};
use crate::engine::{Engine, LoadState};
use crate::narrowing::local_storage;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeMap;
use tolk_core::acmg::Applied;
use tolk_core::family::{Family, Pedigree};
use tolk_core::panel::Panel;
use tolk_core::phrase::Phrase;
use tolk_core::teaching::{Case, Library};

/// Where the cases are, beside the app.
const LIBRARY_URL: &str = "cases/cases.json";

/// Where exam mode is remembered (`"on"`, or absent).
const EXAM_KEY: &str = "tolk.exam";

#[derive(Clone, Copy)]
pub struct Teaching {
    /// The library, or why it could not be read.
    pub library: RwSignal<Option<Result<Library, Phrase>>>,
    /// The case open; `None` once another file is opened.
    pub case: RwSignal<Option<Case>>,
    /// Why the case could not be opened.
    pub error: RwSignal<Option<Phrase>>,
    /// Whether cases open in exam mode (the library's choice).
    pub exam: RwSignal<bool>,
    /// Whether the case open is an exam: fixed when it opens, so the
    /// library's box cannot reveal a running exam's answers.
    pub case_exam: RwSignal<bool>,
    /// In an exam, each variant's criteria as the learner submitted them
    /// (kept while the page lives; a page reload starts a new learner).
    pub submitted: RwSignal<BTreeMap<String, Vec<Applied>>>,
    engine: Engine,
}

pub fn use_teaching() -> Teaching {
    use_context::<Teaching>().expect("App provides Teaching")
}

impl Teaching {
    pub fn start(engine: Engine) -> Teaching {
        let exam = local_storage().and_then(|s| s.get_item(EXAM_KEY).ok().flatten()).is_some();
        let this = Teaching {
            library: RwSignal::new(None),
            case: RwSignal::new(None),
            error: RwSignal::new(None),
            exam: RwSignal::new(exam),
            case_exam: RwSignal::new(false),
            submitted: RwSignal::new(BTreeMap::new()),
            engine,
        };
        spawn_local(async move {
            let library = fetch_text(LIBRARY_URL).await.and_then(|json| Library::parse(&json).map_err(Phrase::from));
            this.library.set(Some(library));
        });
        // The case's panel and family, once its file is read; another
        // file closes the case.
        Effect::new(move |_| {
            let ready = engine.state.with(|s| match s {
                LoadState::Ready { name, summary, .. } => Some((name.clone(), summary.samples.clone())),
                LoadState::Loading { .. } => None,
                _ => Some((String::new(), Vec::new())),
            });
            let Some((name, samples)) = ready else { return };
            let Some(case) = this.case.get_untracked() else { return };
            if name != case.vcf {
                this.case.set(None);
                return;
            }
            this.set_up(case, samples);
        });
        this
    }

    /// Opens `case`'s file; its panel and family follow when it is read.
    pub fn open(self, case: Case) {
        self.error.set(None);
        spawn_local(async move {
            match fetch_blob(&format!("cases/{}", case.vcf)).await {
                Ok(blob) => {
                    let name = case.vcf.clone();
                    // The mode is the case's from now on. Submissions stay
                    // while the page lives (each case's variants are its
                    // own), so opening a case again gives no second try.
                    let exam = self.exam.get_untracked();
                    if !exam {
                        self.submitted.set(BTreeMap::new());
                    }
                    self.case_exam.set(exam);
                    self.case.set(Some(case));
                    self.engine.open(&blob, name);
                }
                Err(e) => self.error.set(Some(e.into())),
            }
        });
    }

    /// Chooses exam mode for the cases opened from now on, and remembers
    /// the choice in this browser.
    pub fn set_exam(self, on: bool) {
        self.exam.set(on);
        if let Some(s) = local_storage() {
            let _ = if on { s.set_item(EXAM_KEY, "on") } else { s.remove_item(EXAM_KEY) };
        }
    }

    /// Whether Tolk's help (suggestions, the answer) for variant `key` is
    /// hidden: in an exam, until the learner submits it. Tracked.
    pub fn hides_help(self, key: &str) -> bool {
        self.case_exam.get() && self.case.with(Option::is_some) && !self.submitted.with(|s| s.contains_key(key))
    }

    /// Submits the learner's `criteria` for variant `key` in an exam.
    pub fn submit(self, key: String, criteria: Vec<Applied>) {
        self.submitted.update(|s| {
            s.insert(key, criteria);
        });
    }

    fn set_up(self, case: Case, samples: Vec<String>) {
        let narrowing = self.engine.narrowing;
        narrowing.clear();
        match Panel::parse(&case.id, &case.panel.join("\n")) {
            Ok(panels) => narrowing.add_panels(panels),
            Err(e) => self.error.set(Some(e.phrase())),
        }
        let Some(ped) = case.ped.clone() else { return };
        spawn_local(async move {
            let family = fetch_text(&format!("cases/{ped}")).await.and_then(|text| {
                let pedigree = Pedigree::parse(&text).map_err(|e| e.phrase())?;
                Family::from_pedigree(&pedigree, &samples, None)
            });
            match family {
                Ok(family) => narrowing.family.set(Some(family)),
                Err(e) => self.error.set(Some(crate::components::about_file(&ped, e))),
            }
        });
    }
}
