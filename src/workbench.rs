//! The workbench's layout: which view fills the page (the variants, the
//! charts, the note), which part of the selected variant's detail is
//! shown, and whether the narrowing sidebar is folded away.
//!
//! The view and the part are the user's place in the work, so they last
//! for the page; the sidebar's folding is a habit of the person at this
//! desk, so it is remembered in the browser (it holds nothing about a
//! patient).

use crate::narrowing::local_storage;
use leptos::prelude::*;

/// Where the folded sidebar is remembered (`"folded"`, or absent).
const SIDEBAR_KEY: &str = "tolk.sidebar";

/// A view of the open file, one click away from the others: what fills
/// the page below its tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// Narrowing, the variant grid and the selected variant.
    Variants,
    Charts,
    Note,
    /// The lab's knowledge files, its variant database and the case's
    /// reanalysis.
    Knowledge,
    /// The review rounds, the signing key, the lab's roster and the audit
    /// trail.
    Review,
    /// This copy's build, its host's headers, the lab's update policy and
    /// every request made this session.
    About,
}

/// Something shown as a tab ([`crate::components::TabList`]): every one
/// in order, its stable id, and its name's message key.
pub trait Tab: Copy + PartialEq + Send + Sync + 'static {
    const ALL: &'static [Self];
    /// In `data-testid="<prefix>-<id>"` and element ids.
    fn id(self) -> &'static str;
    fn key(self) -> &'static str;
}

impl Tab for Page {
    const ALL: &'static [Page] =
        &[Page::Variants, Page::Charts, Page::Note, Page::Knowledge, Page::Review, Page::About];

    fn id(self) -> &'static str {
        match self {
            Page::Variants => "variants",
            Page::Charts => "charts",
            Page::Note => "note",
            Page::Knowledge => "knowledge",
            Page::Review => "review",
            Page::About => "about",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Page::Variants => msg!("view-variants"),
            Page::Charts => msg!("view-charts"),
            Page::Note => msg!("view-note"),
            Page::Knowledge => msg!("view-knowledge"),
            Page::Review => msg!("view-review"),
            Page::About => msg!("view-about"),
        }
    }
}

/// A part of the selected variant's detail, shown as a tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Position, frequency, scores, ClinVar, links out, INFO fields.
    Summary,
    Transcripts,
    /// Each sample's FORMAT values, with its role and trio QC.
    Samples,
    /// The ACMG/AMP criteria, the class, and the clinician's decision.
    Classification,
    /// What the lab's knowledge files say: ClinVar now, the lab's earlier
    /// classifications and cases, the gene's constraint and validity.
    Known,
    /// Why the variant ranked where it did for the patient's phenotype:
    /// context for PP4, beside the criteria.
    Phenotype,
    /// The variants in view along the gene's protein.
    Gene,
    /// The clinician's comment on the variant, and beneath it every other
    /// comment its work holds (the criteria's, the reason for a class set
    /// by hand, the team meeting's next step), read in one place.
    Comments,
}

impl Tab for Part {
    const ALL: &'static [Part] = &[
        Part::Summary,
        Part::Transcripts,
        Part::Samples,
        Part::Classification,
        Part::Known,
        Part::Phenotype,
        Part::Gene,
        Part::Comments,
    ];

    fn id(self) -> &'static str {
        match self {
            Part::Summary => "summary",
            Part::Transcripts => "transcripts",
            Part::Samples => "samples",
            Part::Classification => "classification",
            Part::Known => "known",
            Part::Phenotype => "phenotype",
            Part::Gene => "gene",
            Part::Comments => "comments",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Part::Summary => msg!("part-summary"),
            Part::Transcripts => msg!("part-transcripts"),
            Part::Samples => msg!("part-samples"),
            Part::Classification => msg!("part-classification"),
            Part::Known => msg!("part-known"),
            Part::Phenotype => msg!("part-phenotype"),
            Part::Gene => msg!("part-gene"),
            Part::Comments => msg!("part-comments"),
        }
    }
}

#[derive(Clone, Copy)]
pub struct Workbench {
    pub page: RwSignal<Page>,
    /// The detail's part: kept from one variant to the next, so a
    /// clinician classifying down the grid stays on the criteria.
    pub part: RwSignal<Part>,
    pub sidebar_folded: RwSignal<bool>,
}

/// The workbench provided by [`crate::App`].
pub fn use_workbench() -> Workbench {
    use_context::<Workbench>().expect("App provides the Workbench")
}

impl Workbench {
    pub fn start() -> Workbench {
        let folded = local_storage().and_then(|s| s.get_item(SIDEBAR_KEY).ok().flatten()).is_some();
        Workbench {
            page: RwSignal::new(Page::Variants),
            part: RwSignal::new(Part::Summary),
            sidebar_folded: RwSignal::new(folded),
        }
    }

    /// Folds the sidebar away (or opens it), and remembers which.
    pub fn fold_sidebar(self, folded: bool) {
        self.sidebar_folded.set(folded);
        if let Some(s) = local_storage() {
            let _ = if folded { s.set_item(SIDEBAR_KEY, "folded") } else { s.remove_item(SIDEBAR_KEY) };
        }
    }
}
