//! VCF text: the header model, column splitting and the streaming parser.

pub mod assembly;
pub mod detail;
pub mod format;
pub mod genotype;
pub mod header;
pub mod lines;
pub mod parser;
pub mod record;
pub mod sources;
pub mod validate;

pub use header::Header;
