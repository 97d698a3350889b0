//! Reading a file in parts, so that several cores parse it at once.
//!
//! Parsing and building the store is five sixths of a load (inflating
//! is the rest), so that is what is spread. One reader inflates the file
//! and reads its header as usual, then cuts the record lines into
//! [`Part`]s of about [`PART_BYTES`] at line ends, each knowing its first
//! line's number and its offset in the text. Any number of others turn a
//! part into a [`ParsedPart`] with [`parse_part`], given the header
//! ([`PartContext`]); the reader joins the parsed parts in file order,
//! whatever order they come back in. The joined load is the one a single
//! pass gives: the same rows, ids, line numbers, text offsets and
//! warnings (`tests/parts.rs` holds every test file to that).
//!
//! The cutting and joining (`split`) are the reader's: the parser hands
//! its record lines to the cutter as it would to a record reader (both are
//! a `vcf::sink::RecordSink`), so it knows parts only as a sink. A part is
//! read by the same record reader a single pass uses, fed the part's lines.
//! A loader asks for parts with [`crate::Loader::in_parts`]; with
//! [`crate::Loader::in_ranges`] the parsers also inflate and cut a BGZF
//! file's text themselves, range by range (`ranges`). Who parses the
//! parts, and where, is the caller's business: threads in the CLI, web workers in
//! the browser (both ends serialise parts with serde).

pub mod ranges;
pub(crate) mod split;

pub use split::{ParsedPart, Part, PartContext, PartReport};

use crate::diagnostics::LoadError;
use crate::vcf::lines::{Line, LineSplitter};
use crate::vcf::record_reader::RecordReader;
use crate::vcf::sink::LineSink;

/// The text a part holds, about: large enough that the cost of sending a
/// part and joining it back is small beside parsing it (some 4,000
/// annotated records), small enough that a file of a few MB still makes
/// parts for every core and the last part does not leave the others idle
/// for long.
pub const PART_BYTES: usize = 4 << 20;

/// Parses one part, as the single-pass parser would have read its lines.
pub fn parse_part(context: &PartContext, part: &Part) -> Result<ParsedPart, LoadError> {
    let mut reader = RecordReader::new(&context.header, &context.fields);
    if part.dropped > 0 {
        reader.line(Line { number: part.first_line, offset: part.text_offset, bytes: &[], dropped: part.dropped })?;
    } else {
        // Numbered and placed as in the whole file.
        let mut lines = LineSplitter::resume(part.first_line.saturating_sub(1), part.text_offset);
        let mut failed = Ok(());
        lines.push(&part.text, |line| {
            failed = reader.line(line);
            failed.is_ok()
        });
        lines.finish(|line| {
            if failed.is_ok() {
                failed = reader.line(line);
            }
        });
        failed?;
    }
    let first_line = part.first_line;
    let read = reader.into_read();
    let report = PartReport {
        index: part.index,
        first_line,
        diagnostics: read.diagnostics,
        issues: read.issues,
        records: read.records,
    };
    Ok(ParsedPart { store: read.store, report })
}
