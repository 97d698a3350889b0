//! What the charts show, computed from the store and the current view:
//! small summaries (counts, bins, at most a few thousand marks) that cross
//! to the page cheaply whatever the size of the file, and a sentence for
//! each that says the same in words (the text alternative).
//!
//! Drawing is elsewhere (crate `tolk-charts`, with plotters): on wasm,
//! plotters measures text through the page's DOM, which this crate must
//! not depend on and which a worker does not have.

mod consequences;
mod genome;
mod lollipop;
mod quality;
mod scatter;

pub use consequences::{consequences, ConsequenceBar};
pub use genome::{genome, ChromosomeBins, Genome, GenomeMark, GenomeSpan};
pub use lollipop::{gene_rows, lollipop, Lollipop, Stick, MAX_STICKS};
pub use quality::{quality, quality_samples, ratio, Histogram, SampleQuality, MAX_SAMPLES};
pub use scatter::{af_score, AfScore, ScatterPoint, Score, LOG_AF_FLOOR};

/// Each chart in words: its text alternative.
pub mod describe {
    pub use super::consequences::describe as consequences;
    pub use super::genome::describe as genome;
    pub use super::lollipop::describe as lollipop;
    pub use super::quality::describe as quality;
    pub use super::scatter::describe as af_score;
}

use crate::annotation::TranscriptPolicy;
use crate::family::Family;
use crate::store::VariantStore;
use crate::view::View;
use serde::{Deserialize, Serialize};

/// More marks than this and a chart shows density instead of one mark per
/// variant: an SVG of 100,000 circles is megabytes and redraws slowly, and
/// nobody can click one of them anyway.
pub const MAX_MARKS: usize = 2000;

/// A variant as a chart mark refers to it, so a click can select it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkRef {
    /// Row index in the store.
    pub row: u32,
    /// The row's 1-based ALT number in its record.
    pub alt: u16,
    /// `CHROM:POS:REF:ALT`.
    pub key: String,
}

impl MarkRef {
    pub fn new(store: &VariantStore, row: u32) -> MarkRef {
        MarkRef { row, alt: store.alt_number(row as usize), key: store.key(row as usize) }
    }
}

/// The charts of one view (the lollipop comes with a selected variant).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Charts {
    pub consequences: Vec<ConsequenceBar>,
    /// The family's samples, else the first [`MAX_SAMPLES`].
    pub quality: Vec<SampleQuality>,
    /// Sample columns in the file (the chart says how many it leaves out).
    pub sample_count: u32,
    pub genome: Genome,
    pub af_score: AfScore,
}

/// Every view chart for `view`'s rows; `samples` are the file's sample
/// names, `family` the query's.
pub fn charts(
    store: &VariantStore,
    view: &View,
    policy: TranscriptPolicy,
    samples: &[String],
    family: Option<&Family>,
) -> Charts {
    Charts {
        consequences: consequences(store, &view.rows, policy),
        quality: quality(store, &view.rows, samples, &quality_samples(samples.len(), family)),
        sample_count: samples.len() as u32,
        genome: genome(store, &view.rows, &view.panel_genes),
        af_score: af_score(store, &view.rows),
    }
}
