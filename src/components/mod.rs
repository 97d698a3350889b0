//! The components, each named after what the user sees.

mod file_opener;
mod load_status;
mod transcript_policy_picker;
mod variant_count;
mod variant_detail;
mod variant_table;
mod warning_list;

pub use file_opener::FileOpener;
pub use load_status::LoadStatus;
pub use transcript_policy_picker::TranscriptPolicyPicker;
pub use variant_count::VariantCount;
pub use variant_detail::VariantDetail;
pub use variant_table::{visible_window, VariantTable, Window, MAX_TABLE_PX};
pub use warning_list::WarningList;

use crate::engine::Engine;
use leptos::prelude::use_context;

/// The engine provided by [`crate::App`].
pub(crate) fn use_engine() -> Engine {
    use_context::<Engine>().expect("components are rendered inside App, which provides the Engine")
}
