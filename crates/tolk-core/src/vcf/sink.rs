//! Where the lines of the record section go, once the header is read: a
//! record reader that reads them into a store (a single pass, or one part
//! of a file), or the cutter of a load in parts (`crate::parts`), which
//! hands them on to be read elsewhere. The parser knows only these traits;
//! the loader chooses the sink.

use super::header::Header;
use super::lines::Line;
use crate::annotation::FieldMap;
use crate::diagnostics::{Diagnostics, LoadError, RepeatedIssues};
use crate::store::VariantStore;

/// Takes lines one by one.
pub(crate) trait LineSink {
    /// Takes the next line. An error is fatal: the sink takes no more.
    fn line(&mut self, line: Line<'_>) -> Result<(), LoadError>;

    /// The text has ended: no line follows.
    fn end(&mut self) {}
}

/// What the record lines go to: a [`LineSink`] that can say how many data
/// lines it has taken in and, at the end, what they added.
pub(crate) trait RecordSink: LineSink {
    /// Data lines taken in so far.
    fn records(&self) -> u64;
    /// What the records added, once the text has ended ([`LineSink::end`]).
    fn finish(self) -> Result<RecordsRead, LoadError>;
}

/// Makes the record sink at the `#CHROM` line, from the header read.
pub(crate) type StartRecords<S> = Box<dyn FnOnce(&Header, &FieldMap) -> S + Send>;

/// What a run of record lines added to the load.
#[derive(Debug, Default)]
pub(crate) struct RecordsRead {
    pub store: VariantStore,
    pub diagnostics: Diagnostics,
    /// Kept apart from `diagnostics` until the whole file is read: a
    /// problem on many lines is reported once for the file.
    pub issues: RepeatedIssues,
    /// Data lines read, skipped ones included.
    pub records: u64,
}
