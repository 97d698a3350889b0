//! Functional annotation written by VEP (`CSQ`) or SnpEff (`ANN`, `EFF`):
//! which field and dialect a file uses, the consequence vocabulary, and the
//! per-ALT summary the store keeps.

pub mod clinvar;
pub mod consequence;
pub mod fields;
pub mod info;
pub mod schema;
pub mod summary;
pub mod transcript;

pub use clinvar::ClinVarSignificance;
pub use consequence::{Consequence, Impact};
pub use fields::FieldMap;
pub use schema::{AnnotationKind, AnnotationSchema};
pub use summary::TranscriptPolicy;
