//! The components, each named after what the user sees.

mod about_page;
mod acmg_panel;
mod case_library;
mod case_panel;
mod charts_panel;
mod classification_box;
mod cnv_checklist;
mod column_chooser;
mod criteria_checklist;
mod explain;
mod family_editor;
mod file_button;
mod file_opener;
mod filter_form;
mod frequency_sources;
mod frequency_thresholds;
mod funnel;
mod gene_figure;
mod grid_cells;
mod grid_search;
mod host_notices;
mod import_review;
mod knowledge_page;
mod known_part;
mod language_select;
mod load_status;
mod meeting_decision;
mod note_panel;
mod number_input;
mod panel_picker;
mod phenotype_editor;
mod phenotype_match;
mod presentation;
mod reanalysis_notice;
mod review_page;
mod review_status;
mod review_verdict;
mod screen_controls;
mod session_bar;
mod shortcut_list;
mod start_menu;
mod suggestion_list;
mod tab_list;
mod transcript_policy_picker;
mod update_banner;
mod variant_answers;
mod variant_comments;
mod variant_count;
mod variant_decision;
mod variant_detail;
mod variant_table;
mod warning_list;
mod workstation_controls;

pub use about_page::AboutPage;
use acmg_panel::AcmgPanel;
use case_library::CaseLibrary;
pub use case_panel::CasePanel;
pub use charts_panel::ChartsPanel;
use classification_box::ClassificationBox;
use cnv_checklist::CnvChecklist;
pub use column_chooser::ColumnChooser;
use criteria_checklist::CriteriaChecklist;
use explain::Explain;
pub use family_editor::FamilyEditor;
use file_button::FileButton;
pub(crate) use file_opener::fetch_blob;
use file_opener::FileOpener;
pub use filter_form::FilterForm;
pub use frequency_sources::FrequencySources;
use frequency_thresholds::FrequencyThresholds;
pub use funnel::Funnel;
use gene_figure::GeneFigure;
pub use grid_search::GridSearch;
pub use host_notices::{HostWarning, StoppedNotice};
use import_review::ImportReview;
pub use knowledge_page::KnowledgePage;
use known_part::KnownPart;
pub use language_select::LanguageSelect;
pub use load_status::LoadStatus;
use meeting_decision::{Drafts, MeetingDecisionForm};
pub use note_panel::NotePanel;
pub use panel_picker::PanelPicker;
pub use phenotype_editor::PhenotypeEditor;
use phenotype_match::PhenotypeMatch;
pub use presentation::Presentation;
pub use reanalysis_notice::ReanalysisNotice;
pub use review_page::ReviewPage;
pub use review_status::ReviewStatus;
use review_verdict::ReviewVerdict;
pub use screen_controls::ScreenControls;
pub use session_bar::SessionBar;
pub use shortcut_list::ShortcutList;
pub use start_menu::StartMenu;
use suggestion_list::SuggestionList;
pub use tab_list::{TabList, TabPanel};
pub use transcript_policy_picker::TranscriptPolicyPicker;
pub use update_banner::UpdateBanner;
use variant_answers::VariantAnswers;
use variant_comments::VariantComments;
pub use variant_count::VariantCount;
use variant_decision::VariantDecision;
pub use variant_detail::VariantDetail;
pub(crate) use variant_table::step_selection;
pub use variant_table::{visible_window, VariantTable, Window, MAX_TABLE_PX};
pub use warning_list::WarningList;
pub use workstation_controls::IdleLock;
use workstation_controls::WorkstationControls;

use crate::engine::Engine;
use leptos::prelude::use_context;
use tolk_core::phrase::Phrase;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// The engine provided by [`crate::App`].
pub(crate) fn use_engine() -> Engine {
    use_context::<Engine>().expect("components are rendered inside App, which provides the Engine")
}

/// The text of a picked file (a panel or PED: small, read whole).
pub(crate) async fn read_text(blob: &Blob) -> Result<String, Phrase> {
    let text = JsFuture::from(blob.text())
        .await
        .map_err(|e| Phrase::new(msg!("read-browser-failed")).arg("reason", format!("{e:?}")))?;
    text.as_string().ok_or_else(|| Phrase::new(msg!("read-not-text")))
}

/// `panel.bed: line 2: ...`: what went wrong with the file `name`.
pub(crate) fn about_file(name: &str, why: Phrase) -> Phrase {
    Phrase::Joined(vec![name.into(), ": ".into(), why])
}

/// The text of a file of the app's own origin (the demo's panel and PED);
/// an error is the browser's or the server's own words.
pub(crate) async fn fetch_text(url: &str) -> Result<String, Phrase> {
    read_text(&file_opener::fetch_blob(url).await.map_err(Phrase::from)?).await
}

/// Saves `text` as a file named `name` (UTF-8), as [`download_bytes`] does.
pub(crate) fn download(name: &str, mime: &str, text: &str) {
    download_bytes(name, mime, text.as_bytes());
}

/// Saves `bytes` as a file named `name`, from memory: a Blob, an object
/// URL and a click on a temporary link. Nothing leaves the computer.
pub(crate) fn download_bytes(name: &str, mime: &str, bytes: &[u8]) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_u8_array_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else { return };
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(link) = document.and_then(|d| d.create_element("a").ok()) {
        let link: HtmlAnchorElement = link.unchecked_into();
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // Revoked later, not at once: some browsers read the URL after the click returns.
    leptos::prelude::set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}

/// How long typing must pause before what was typed is saved.
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(500);

/// The handler for both `on:input` and `on:change` of a text the analyst
/// writes: `save` gets the text once typing pauses, and at once when the
/// field is left. Saved only on leaving, a crash while writing a long
/// conclusion lost all of it; saved at every key, each keystroke rewrote
/// the session. `save` must not reshape the text (trim it, say): the field
/// shows what was saved, and a space just typed would vanish.
///
/// While a text waits for its pause it is counted in
/// [`Interpretation::typing`], so the save status says "not yet saved"
/// instead of the "saved" of the keystrokes before it.
pub(crate) fn saved_as_typed(save: impl Fn(String) + Copy + 'static) -> impl Fn(leptos::ev::Event) + Copy + 'static {
    use leptos::prelude::{event_target_value, set_timeout_with_handle, SetValue, StoredValue, Update, UpdateValue};
    let typing =
        use_context::<crate::interpretation::Interpretation>().expect("App provides the Interpretation").typing;
    let pending = StoredValue::new_local(None::<leptos::prelude::TimeoutHandle>);
    let settle = move || typing.try_update(|n| *n = n.saturating_sub(1));
    move |event: leptos::ev::Event| {
        if let Some(Some(handle)) = pending.try_update_value(Option::take) {
            handle.clear();
            settle();
        }
        let text = event_target_value(&event);
        if event.type_() == "change" {
            save(text);
            return;
        }
        let fire = move || {
            pending.try_set_value(None);
            settle();
            save(text);
        };
        if let Ok(handle) = set_timeout_with_handle(fire, TYPING_PAUSE) {
            pending.set_value(Some(handle));
            typing.update(|n| *n += 1);
        }
    }
}
