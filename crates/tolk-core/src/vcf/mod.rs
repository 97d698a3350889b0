//! VCF text: the header model, column splitting and the streaming parser.

pub mod header;
pub mod parser;
pub mod record;

pub use header::Header;
