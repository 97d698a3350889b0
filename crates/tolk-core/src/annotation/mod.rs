//! Functional annotation written by VEP (`CSQ`) or SnpEff (`ANN`, `EFF`):
//! which field and dialect a file uses, the consequence vocabulary, and the
//! per-ALT summary the store keeps.

pub mod consequence;
pub mod schema;
pub mod summary;

pub use consequence::{Consequence, Impact};
pub use schema::{AnnotationKind, AnnotationSchema};
