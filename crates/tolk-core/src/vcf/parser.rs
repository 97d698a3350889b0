//! The line-by-line VCF reader. It receives text in arbitrary chunks (it is
//! the `io::Write` sink of the decompressor), cuts lines and reads the
//! header into a [`Header`]; from the `#CHROM` line on, it hands each line
//! to a [`RecordSink`] made from the header: a record reader that fills
//! the store (a single pass), or, in a load in parts, the cutter that makes
//! the parts others read (`crate::parts`). Which one is the loader's
//! choice; the parser knows neither.
//!
//! It keeps going past any bad data line. It stops, through
//! [`Parser::fatal`], only when the input is not a VCF at all, or when
//! memory runs out.

use super::header::{Header, MetaLine, FIXED_COLUMNS};
use super::lines::{Line, LineSplitter};
use super::record::split_columns;
use super::record_reader::annotation_layout;
use super::sink::{RecordSink, RecordsRead, StartRecords};
use crate::annotation::frequency::FrequencySources;
use crate::annotation::{AnnotationSchema, FieldMap};
use crate::diagnostics::{excerpt, Diagnostics, LoadError};
use crate::phrase::Phrase;
use crate::store::VariantStore;
use crate::words;
use std::io;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    /// Nothing read yet.
    Start,
    /// Inside the `##` meta lines.
    Meta,
    /// After the `#CHROM` line.
    Records,
}

/// Streaming VCF reader; see the module docs.
pub(crate) struct Parser<S> {
    section: Section,
    fields: FieldMap,
    header: Header,
    schema: Option<AnnotationSchema>,
    /// The population-frequency fields the header declares (known once
    /// the header is read).
    frequency: FrequencySources,
    /// The header's warnings (the records' are their sink's).
    diagnostics: Diagnostics,
    lines: LineSplitter,
    /// The number of the line being read.
    line: u64,
    fatal: Option<LoadError>,
    start: Option<StartRecords<S>>,
    /// Made at the `#CHROM` line.
    records: Option<S>,
}

/// Everything the parser produced from a complete input.
pub(crate) struct Parsed {
    pub header: Header,
    /// The field names the file was read with.
    pub fields: FieldMap,
    pub schema: Option<AnnotationSchema>,
    pub frequency: FrequencySources,
    pub store: VariantStore,
    pub diagnostics: Diagnostics,
    /// Data lines read, skipped ones included (what `bcftools view -H | wc -l` counts).
    pub records: u64,
}

impl<S: RecordSink> Parser<S> {
    /// A parser that reads annotation fields by the names in `fields`, and
    /// hands the record lines to the sink `start` makes.
    pub fn new(fields: FieldMap, start: StartRecords<S>) -> Parser<S> {
        Parser {
            section: Section::Start,
            fields,
            header: Header::default(),
            schema: None,
            frequency: FrequencySources::default(),
            diagnostics: Diagnostics::default(),
            lines: LineSplitter::default(),
            line: 0,
            fatal: None,
            start: Some(start),
            records: None,
        }
    }

    /// The header read so far.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The field names annotations are read by.
    pub fn fields(&self) -> &FieldMap {
        &self.fields
    }

    /// The record sink, once the `#CHROM` line is read.
    pub fn sink(&self) -> Option<&S> {
        self.records.as_ref()
    }

    /// The record sink, to work with (see [`Parser::sink`]).
    pub fn sink_mut(&mut self) -> Option<&mut S> {
        self.records.as_mut()
    }

    /// Data lines read so far.
    pub fn records(&self) -> u64 {
        self.records.as_ref().map_or(0, S::records)
    }

    /// Uncompressed bytes seen so far.
    pub fn text_bytes(&self) -> u64 {
        self.lines.consumed()
    }

    /// Lines completed so far.
    pub fn line(&self) -> u64 {
        self.lines.lines()
    }

    /// The error that stopped the parser, if any.
    pub fn fatal(&self) -> Option<&LoadError> {
        self.fatal.as_ref()
    }

    /// Ends the text: reads a last line without a newline and tells the
    /// record sink. Called once, before [`Parser::finish`].
    pub fn end_lines(&mut self) {
        let mut lines = std::mem::take(&mut self.lines);
        lines.finish(|line| self.read_line(line));
        self.lines = lines;
        if let Some(records) = &mut self.records {
            records.end();
        }
    }

    /// Ends the input (after [`Parser::end_lines`]): takes in what the
    /// records added (in a load in parts, every part, as if this parser
    /// had read them, or the reason it cannot); adds `end_warning` (a condition found after the
    /// text, such as a missing BGZF end-of-file block) at the last line;
    /// and checks that a complete header was seen.
    pub fn finish(mut self, end_warning: Option<Phrase>) -> Result<Parsed, LoadError> {
        if let Some(e) = self.fatal.take() {
            return Err(e);
        }
        let read = match self.records.take() {
            Some(records) => records.finish()?,
            None => RecordsRead::default(),
        };
        let RecordsRead { mut store, diagnostics, issues, records } = read;
        self.diagnostics.append(diagnostics);
        if let Some(message) = end_warning {
            self.diagnostics.warn(self.lines.lines().max(1), message);
        }
        issues.report_into(&mut self.diagnostics);
        store.shrink_to_fit();
        match self.section {
            Section::Start => Err(LoadError::Empty),
            Section::Meta => Err(LoadError::MissingColumnHeader { line: self.lines.lines() }),
            Section::Records => Ok(Parsed {
                header: self.header,
                fields: self.fields,
                schema: self.schema,
                frequency: self.frequency,
                store,
                diagnostics: self.diagnostics,
                records,
            }),
        }
    }

    fn read_line(&mut self, line: Line<'_>) {
        if let Some(records) = &mut self.records {
            if let Err(e) = records.line(line) {
                self.fatal = Some(e);
            }
            return;
        }
        self.line = line.number;
        if line.dropped > 0 {
            let size = words::bytes(line.dropped);
            match self.section {
                Section::Start => {
                    let found = Phrase::new(msg!("vcf-line-of")).arg("size", size);
                    self.fatal = Some(LoadError::NotVcf { line: self.line, found });
                }
                _ => {
                    let max = words::bytes(super::lines::MAX_LINE_BYTES as u64);
                    self.diagnostics
                        .warn(self.line, Phrase::new(msg!("vcf-line-too-long")).arg("size", size).arg("max", max))
                }
            }
            return;
        }
        let raw = line.bytes.strip_suffix(b"\r").unwrap_or(line.bytes);
        match self.section {
            Section::Start => self.read_first_line(raw),
            _ => self.read_header_line(raw),
        }
    }

    /// Refuses a file whose first line, not yet complete, already cannot
    /// start a VCF: a large binary or foreign file fails at its first chunk,
    /// not after it has been held in memory up to its first newline.
    fn refuse_early(&mut self) {
        const SIGNATURES: [&[u8]; 2] = [b"##fileformat=VCF", b"#CHROM"];
        let pending = self.lines.pending();
        if self.section != Section::Start || self.fatal.is_some() || pending.len() < SIGNATURES[0].len() {
            return;
        }
        if !SIGNATURES.iter().any(|s| pending.starts_with(s)) {
            self.line = self.lines.lines() + 1;
            let first = pending[..pending.len().min(256)].to_vec();
            self.read_first_line(&first);
        }
    }

    fn read_first_line(&mut self, raw: &[u8]) {
        if raw.starts_with(b"##fileformat=VCF") {
            self.section = Section::Meta;
            self.header.add_meta_line(&String::from_utf8_lossy(&raw[2..]));
        } else if raw.starts_with(b"#CHROM") {
            self.diagnostics.warn(self.line, Phrase::new(msg!("vcf-no-fileformat")));
            self.read_column_header(raw);
        } else {
            let found = if raw.iter().any(|&b| b == 0 || (b < 0x20 && b != b'\t')) {
                Phrase::new(msg!("vcf-binary-data"))
            } else {
                excerpt(raw, 60).into()
            };
            self.fatal = Some(LoadError::NotVcf { line: self.line, found });
        }
    }

    fn read_header_line(&mut self, raw: &[u8]) {
        if let Some(meta) = raw.strip_prefix(b"##") {
            let text = String::from_utf8_lossy(meta);
            match self.header.add_meta_line(&text) {
                MetaLine::Ok => {}
                MetaLine::Duplicate(what) => {
                    self.diagnostics.warn(self.line, Phrase::new(msg!("vcf-defined-twice")).arg("what", what))
                }
                MetaLine::Malformed(key) => {
                    let p = Phrase::new(msg!("vcf-meta-unreadable")).arg("key", key).arg("text", excerpt(meta, 60));
                    self.diagnostics.warn(self.line, p)
                }
            }
        } else if raw.starts_with(b"#") {
            self.read_column_header(raw);
        } else if raw.iter().all(u8::is_ascii_whitespace) {
            self.diagnostics.warn(self.line, Phrase::new(msg!("vcf-empty-header-line")));
        } else {
            self.fatal = Some(LoadError::DataBeforeHeader { line: self.line });
        }
    }

    fn read_column_header(&mut self, raw: &[u8]) {
        let text = String::from_utf8_lossy(raw);
        let columns = split_columns(&text);
        if columns.split_on_spaces {
            self.diagnostics.warn(self.line, Phrase::new(msg!("vcf-header-spaces")));
        }
        let fixed_ok = columns.fields.len() >= FIXED_COLUMNS.len()
            && columns.fields.iter().zip(FIXED_COLUMNS).all(|(a, b)| a.eq_ignore_ascii_case(b));
        if !fixed_ok {
            self.fatal = Some(LoadError::BadColumnHeader { line: self.line, found: excerpt(raw, 80) });
            return;
        }
        if let Some(format) = columns.fields.get(8) {
            if !format.eq_ignore_ascii_case("FORMAT") {
                let found = excerpt(format.as_bytes(), 30);
                self.diagnostics.warn(self.line, Phrase::new(msg!("vcf-ninth-column")).arg("found", found));
            }
        }
        let version = self.header.file_format.as_str();
        if !version.is_empty() && !version.starts_with("VCFv4.") {
            self.diagnostics.warn(1, Phrase::new(msg!("vcf-old-version")).arg("version", version));
        }
        self.header.samples = columns.fields.iter().skip(9).map(|s| s.to_string()).collect();
        (self.schema, self.frequency) = annotation_layout(&self.header, &self.fields);
        if self.frequency.none_in_use() {
            let key = if self.frequency.sources.is_empty() {
                msg!("vcf-no-frequency")
            } else {
                msg!("vcf-no-frequency-in-use")
            };
            self.diagnostics.warn(self.line, Phrase::new(key).arg("count", self.frequency.sources.len()));
        }
        self.section = Section::Records;
        self.records = self.start.take().map(|start| start(&self.header, &self.fields));
    }
}

/// The parser is the decompressor's sink. A refusal (the input is not a VCF)
/// is an `InvalidData` error; the decompressor passes sink errors through as
/// such, and the loader then reads the reason from [`Parser::fatal`]. (Not
/// `Interrupted`: `write_all` retries on that.)
impl<S: RecordSink> io::Write for Parser<S> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let refused = || io::Error::new(io::ErrorKind::InvalidData, "not a VCF");
        if self.fatal.is_some() {
            return Err(refused());
        }
        let mut lines = std::mem::take(&mut self.lines);
        lines.push(buf, |line| {
            self.read_line(line);
            self.fatal.is_none()
        });
        self.lines = lines;
        self.refuse_early();
        if self.fatal.is_some() {
            return Err(refused());
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
