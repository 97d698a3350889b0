//! Tolk's engine: pure Rust, bytes in and values out.
//!
//! No browser crates, no clock, no randomness, no I/O: the same code runs in
//! the page's web worker, in the `tolk` CLI and in native tests. The data
//! flow is `compression` -> `vcf::parser` (the header) -> `vcf::record_reader`
//! (or, in `parts`, one reader per part) -> `store`, driven by `loader`;
//! `annotation` reads VEP and SnpEff fields on the way. A `view` narrows
//! the store by `panel`, `filter` and `inheritance` (for a `family`).

#[macro_use]
pub mod messages;
mod missing;
#[macro_use]
pub mod vocabulary;
pub mod acmg;
pub mod annotation;
pub mod chart;
pub mod chrom;
pub mod cnv;
pub mod column;
pub mod compression;
pub mod diagnostics;
pub mod explain;
pub mod family;
pub mod filter;
pub mod grid_columns;
pub mod grid_tsv;
pub mod grid_xlsx;
pub mod hosting;
pub mod hpo;
pub mod i18n;
pub mod inheritance;
pub mod key;
pub mod knowledge;
pub mod labdb;
pub mod links;
pub mod loader;
pub mod note;
pub mod panel;
pub mod parts;
pub mod phenopacket;
pub mod phrase;
pub mod pseudonym;
pub mod row;
pub mod search;
pub mod session;
pub mod sort;
pub mod store;
pub mod sv;
pub mod teaching;
pub mod text;
pub mod trail;
pub mod vcf;
pub mod view;
pub mod words;

pub use annotation::TranscriptPolicy;
pub use diagnostics::{Diagnostic, LoadError};
pub use loader::{LoadSummary, Loaded, Loader, Progress};
pub use row::VariantRow;
pub use store::VariantStore;
pub use view::{apply, Query, View};
