//! The components, each named after what the user sees.

mod family_editor;
mod file_button;
mod file_opener;
mod filter_form;
mod funnel;
mod load_status;
mod panel_picker;
mod transcript_policy_picker;
mod variant_count;
mod variant_detail;
mod variant_table;
mod warning_list;

pub use family_editor::FamilyEditor;
use file_button::FileButton;
pub use file_opener::FileOpener;
pub use filter_form::FilterForm;
pub use funnel::Funnel;
pub use load_status::LoadStatus;
pub use panel_picker::PanelPicker;
pub use transcript_policy_picker::TranscriptPolicyPicker;
pub use variant_count::VariantCount;
pub use variant_detail::VariantDetail;
pub use variant_table::{visible_window, VariantTable, Window, MAX_TABLE_PX};
pub use warning_list::WarningList;

use crate::engine::Engine;
use leptos::prelude::use_context;
use wasm_bindgen_futures::JsFuture;
use web_sys::Blob;

/// The engine provided by [`crate::App`].
pub(crate) fn use_engine() -> Engine {
    use_context::<Engine>().expect("components are rendered inside App, which provides the Engine")
}

/// The text of a picked file (a panel or PED: small, read whole).
pub(crate) async fn read_text(blob: &Blob) -> Result<String, String> {
    let text = JsFuture::from(blob.text()).await.map_err(|e| format!("the browser could not read it: {e:?}"))?;
    text.as_string().ok_or_else(|| "the file is not text".to_owned())
}

/// The text of a file of the app's own origin (the demo's panel and PED).
pub(crate) async fn fetch_text(url: &str) -> Result<String, String> {
    read_text(&file_opener::fetch_blob(url).await?).await
}
