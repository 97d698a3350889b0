//! The parts themselves, and the reader's side of a load in parts:
//! cutting record lines into parts and joining parsed parts back in file
//! order.

use crate::annotation::FieldMap;
use crate::diagnostics::{Diagnostics, LoadError, RepeatedIssues};
use crate::store::VariantStore;
use crate::vcf::lines::Line;
use crate::vcf::sink::{LineSink, RecordSink, RecordsRead};
use crate::vcf::Header;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a parser of parts needs to know of the file: its header, and the
/// field names the load reads annotations under.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PartContext {
    pub header: Header,
    pub fields: FieldMap,
}

/// Consecutive record lines of a file, cut at line ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    /// Parts are numbered from 0 in file order; they are joined in it.
    pub index: u32,
    /// The number of the part's first line in the file.
    pub first_line: u64,
    /// Where that line starts in the uncompressed text.
    pub text_offset: u64,
    /// The lines, each ending in `\n` (one is added to a last line that
    /// had none, which changes no line's bytes or offset).
    #[serde(with = "serde_bytes")]
    pub text: Vec<u8>,
    /// A line too long to hold (`vcf::lines::MAX_LINE_BYTES`) is a part of
    /// its own: `text` is empty and this is its length (0 for every other part).
    pub dropped: u64,
}

/// A part parsed: what it adds to the load. In two pieces because they
/// travel differently between workers: the store, most of the bytes, in a
/// compact binary form; the report, whose phrases need a self-describing
/// format, as a message.
#[derive(Debug)]
pub struct ParsedPart {
    pub store: VariantStore,
    pub report: PartReport,
}

/// What a parsed part says besides its rows.
#[derive(Debug, Serialize, Deserialize)]
pub struct PartReport {
    pub index: u32,
    pub first_line: u64,
    pub diagnostics: Diagnostics,
    /// Kept apart from `diagnostics` until the whole file is joined: a
    /// problem on many lines is reported once for the file.
    pub issues: RepeatedIssues,
    /// Data lines read, skipped ones included.
    pub records: u64,
}

/// The reader's side: cuts record lines into parts (it is the parser's
/// [`LineSink`] in a load in parts), and joins parsed parts back in order.
#[derive(Debug)]
pub(crate) struct Split {
    target: usize,
    current: Part,
    ready: Vec<Part>,
    /// The first line of each part cut so far.
    starts: Vec<u64>,
    /// The parts joined so far, in order.
    joined: RecordsRead,
    /// Parts joined: the index of the next one to join.
    next: u32,
    /// Parsed parts that came back before an earlier one.
    waiting: BTreeMap<u32, ParsedPart>,
}

impl Split {
    /// Cuts parts of about `target` bytes, for a file with `samples` samples.
    pub fn new(target: usize, samples: usize) -> Split {
        Split {
            target: target.max(1),
            current: Part { index: 0, first_line: 0, text_offset: 0, text: Vec::new(), dropped: 0 },
            ready: Vec::new(),
            starts: Vec::new(),
            joined: RecordsRead { store: VariantStore::new(samples), ..RecordsRead::default() },
            next: 0,
            waiting: BTreeMap::new(),
        }
    }

    /// Takes a record line into the current part.
    fn take(&mut self, line: Line<'_>) {
        if line.dropped > 0 {
            self.cut_current();
            let part = Part {
                index: self.starts.len() as u32,
                first_line: line.number,
                text_offset: line.offset,
                text: Vec::new(),
                dropped: line.dropped,
            };
            self.push_ready(part);
            return;
        }
        let part = &mut self.current;
        if part.text.is_empty() {
            part.first_line = line.number;
            part.text_offset = line.offset;
            part.text.reserve(self.target + self.target / 8);
        }
        part.text.extend_from_slice(line.bytes);
        part.text.push(b'\n');
        if part.text.len() >= self.target {
            self.cut_current();
        }
    }

    /// Ends the current part (at the end of the text, or before a dropped line).
    fn cut_current(&mut self) {
        if self.current.text.is_empty() {
            return;
        }
        let part = Part {
            index: self.starts.len() as u32,
            first_line: self.current.first_line,
            text_offset: self.current.text_offset,
            text: std::mem::take(&mut self.current.text),
            dropped: 0,
        };
        self.push_ready(part);
    }

    fn push_ready(&mut self, part: Part) {
        self.starts.push(part.first_line);
        self.ready.push(part);
    }

    /// The parts cut and not yet taken.
    pub fn take_ready(&mut self) -> Vec<Part> {
        std::mem::take(&mut self.ready)
    }

    /// Joins `part` if every earlier part is joined, or keeps it until then.
    pub fn join(&mut self, part: ParsedPart) -> Result<(), LoadError> {
        self.waiting.insert(part.report.index, part);
        while let Some(ParsedPart { store, report }) = self.waiting.remove(&self.next) {
            let samples = store.samples();
            self.joined.store.append(store).map_err(|held_bytes| LoadError::TooLarge {
                line: report.first_line,
                samples,
                held_bytes,
            })?;
            self.joined.diagnostics.append(report.diagnostics);
            self.joined.issues.append(report.issues);
            self.joined.records += report.records;
            self.next += 1;
        }
        Ok(())
    }
}

impl LineSink for Split {
    fn line(&mut self, line: Line<'_>) -> Result<(), LoadError> {
        self.take(line);
        Ok(())
    }

    fn end(&mut self) {
        self.cut_current();
    }
}

impl RecordSink for Split {
    /// Data lines in the parts joined so far.
    fn records(&self) -> u64 {
        self.joined.records
    }

    /// Everything the parts added, once every part has been cut (at the
    /// end of the text) and joined.
    fn finish(self) -> Result<RecordsRead, LoadError> {
        if !self.current.text.is_empty() {
            return Err(LoadError::Unfinished { line: self.current.first_line });
        }
        match self.starts.get(self.next as usize) {
            Some(&line) => Err(LoadError::Unfinished { line }),
            None => Ok(self.joined),
        }
    }
}
