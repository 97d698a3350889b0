//! VCF text: the header model, column splitting and the streaming parser.

pub mod assembly;
pub mod detail;
pub mod format;
pub mod genotype;
pub mod header;
pub mod lines;
pub(crate) mod parser;
pub mod record;
pub(crate) mod record_reader;
pub(crate) mod sink;
pub mod sources;
pub mod validate;

pub use header::Header;
