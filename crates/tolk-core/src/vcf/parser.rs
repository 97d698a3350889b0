//! The line-by-line VCF reader. It receives text in arbitrary chunks (it is
//! the `io::Write` sink of the decompressor), cuts lines, builds the
//! [`Header`] and fills the [`VariantStore`], collecting diagnostics.
//!
//! It keeps going past any bad data line. It stops, through
//! [`Parser::fatal`], only when the input is not a VCF at all.

use super::header::{Header, MetaLine, FIXED_COLUMNS};
use super::record::{info_keys, info_value, split_columns};
use crate::annotation::summary::{summarize, Anomalies};
use crate::annotation::AnnotationSchema;
use crate::diagnostics::{excerpt, Diagnostics, LoadError};
use crate::store::{NewRow, VariantStore};
use std::collections::HashSet;
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
pub struct Parser {
    section: Section,
    header: Header,
    schema: Option<AnnotationSchema>,
    store: VariantStore,
    diagnostics: Diagnostics,
    /// Lines completed so far.
    line: u64,
    records: u64,
    text_bytes: u64,
    /// The start of a line whose end has not arrived yet.
    carry: Vec<u8>,
    declared_info: HashSet<String>,
    /// Undeclared INFO keys and unknown consequence terms already reported,
    /// so each is reported once, at its first line.
    reported: HashSet<String>,
    fatal: Option<LoadError>,
}

impl Default for Parser {
    fn default() -> Self {
        Self {
            section: Section::Start,
            header: Header::default(),
            schema: None,
            store: VariantStore::default(),
            diagnostics: Diagnostics::default(),
            line: 0,
            records: 0,
            text_bytes: 0,
            carry: Vec::new(),
            declared_info: HashSet::new(),
            reported: HashSet::new(),
            fatal: None,
        }
    }
}

/// Everything the parser produced from a complete input.
pub struct Parsed {
    pub header: Header,
    pub schema: Option<AnnotationSchema>,
    pub store: VariantStore,
    pub diagnostics: Diagnostics,
    /// Data lines read, skipped ones included (what `bcftools view -H | wc -l` counts).
    pub records: u64,
}

impl Parser {
    /// Data lines read so far.
    pub fn records(&self) -> u64 {
        self.records
    }

    /// Uncompressed bytes seen so far.
    pub fn text_bytes(&self) -> u64 {
        self.text_bytes
    }

    /// Lines completed so far.
    pub fn line(&self) -> u64 {
        self.line
    }

    /// The error that stopped the parser, if any.
    pub fn fatal(&self) -> Option<&LoadError> {
        self.fatal.as_ref()
    }

    /// Adds a warning at the last line read, for conditions found after the
    /// text (a missing BGZF end-of-file block).
    pub fn warn_at_end(&mut self, message: &str) {
        self.diagnostics.warn(self.line.max(1), message);
    }

    /// Ends the input: reads a last line without a newline and checks that a
    /// complete header was seen.
    pub fn finish(mut self) -> Result<Parsed, LoadError> {
        if !self.carry.is_empty() {
            let last = std::mem::take(&mut self.carry);
            self.line += 1;
            self.read_line(&last);
        }
        if let Some(e) = self.fatal {
            return Err(e);
        }
        match self.section {
            Section::Start => Err(LoadError::Empty),
            Section::Meta => Err(LoadError::MissingColumnHeader { line: self.line }),
            Section::Records => Ok(Parsed {
                header: self.header,
                schema: self.schema,
                store: self.store,
                diagnostics: self.diagnostics,
                records: self.records,
            }),
        }
    }

    fn read_line(&mut self, raw: &[u8]) {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        match self.section {
            Section::Start => self.read_first_line(raw),
            Section::Meta => self.read_header_line(raw),
            Section::Records => self.read_record_line(raw),
        }
    }

    fn read_first_line(&mut self, raw: &[u8]) {
        if raw.starts_with(b"##fileformat=VCF") {
            self.section = Section::Meta;
            self.header.add_meta_line(&String::from_utf8_lossy(&raw[2..]));
        } else if raw.starts_with(b"#CHROM") {
            self.diagnostics.warn(self.line, "the '##fileformat=VCFv4.x' line is missing; read as VCF anyway");
            self.read_column_header(raw);
        } else {
            let found = if raw.iter().any(|&b| b == 0 || (b < 0x20 && b != b'\t')) {
                "binary data".to_owned()
            } else {
                excerpt(raw, 60)
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
                    self.diagnostics.warn(self.line, format!("{what} is defined twice; the first definition is used"))
                }
                MetaLine::Malformed(key) => self
                    .diagnostics
                    .warn(self.line, format!("the ##{key} line could not be read ('{}'); ignored", excerpt(meta, 60))),
            }
        } else if raw.starts_with(b"#") {
            self.read_column_header(raw);
        } else if raw.iter().all(u8::is_ascii_whitespace) {
            self.diagnostics.warn(self.line, "empty line in the header; ignored");
        } else {
            self.fatal = Some(LoadError::DataBeforeHeader { line: self.line });
        }
    }

    fn read_column_header(&mut self, raw: &[u8]) {
        let text = String::from_utf8_lossy(raw);
        let columns = split_columns(&text);
        if columns.split_on_spaces {
            self.diagnostics.warn(self.line, "the column header is separated by spaces, not tabs");
        }
        let fixed_ok = columns.fields.len() >= FIXED_COLUMNS.len()
            && columns.fields.iter().zip(FIXED_COLUMNS).all(|(a, b)| a.eq_ignore_ascii_case(b));
        if !fixed_ok {
            self.fatal = Some(LoadError::BadColumnHeader { line: self.line, found: excerpt(raw, 80) });
            return;
        }
        if let Some(format) = columns.fields.get(8) {
            if !format.eq_ignore_ascii_case("FORMAT") {
                self.diagnostics.warn(
                    self.line,
                    format!("the ninth column is '{}', expected 'FORMAT'", excerpt(format.as_bytes(), 30)),
                );
            }
        }
        self.header.samples = columns.fields.iter().skip(9).map(|s| s.to_string()).collect();
        self.schema = AnnotationSchema::detect(&self.header);
        self.declared_info = self.header.infos.iter().map(|d| d.id.clone()).collect();
        self.section = Section::Records;
    }

    fn read_record_line(&mut self, raw: &[u8]) {
        if raw.iter().all(u8::is_ascii_whitespace) {
            self.diagnostics.warn(self.line, "empty line; skipped");
            return;
        }
        if raw.starts_with(b"#") {
            self.diagnostics.warn(self.line, "header line after the '#CHROM' line; ignored");
            return;
        }
        self.records += 1;
        let text = match std::str::from_utf8(raw) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => {
                self.diagnostics.warn(self.line, "the line is not valid UTF-8; odd bytes shown as \u{fffd}");
                String::from_utf8_lossy(raw)
            }
        };
        self.read_record(&text);
    }

    fn read_record(&mut self, text: &str) {
        let line = self.line;
        let columns = split_columns(text);
        if columns.split_on_spaces {
            self.diagnostics.warn(line, "columns are separated by spaces, not tabs");
        }
        let f = &columns.fields;
        if f.len() < 8 {
            self.diagnostics.warn(line, format!("only {} of the 8 fixed columns; line skipped", f.len()));
            return;
        }
        let Ok(pos) = f[1].parse::<u32>() else {
            self.diagnostics
                .warn(line, format!("POS '{}' is not a position; line skipped", excerpt(f[1].as_bytes(), 20)));
            return;
        };
        let (chrom, reference, alt_column, filter, info) = (f[0], f[3], f[4], f[6], f[7]);
        if reference.is_empty() || reference == "." {
            self.diagnostics.warn(line, "REF is empty; line skipped");
            return;
        }
        let qual = match f[5] {
            "." => None,
            q => match q.parse::<f32>() {
                Ok(q) => Some(q),
                Err(_) => {
                    self.diagnostics
                        .warn(line, format!("QUAL '{}' is not a number; read as missing", excerpt(q.as_bytes(), 20)));
                    None
                }
            },
        };
        let samples = self.header.samples.len();
        if samples > 0 && f.len() != 9 + samples {
            self.diagnostics.warn(
                line,
                format!("{} sample columns, but the header names {samples} samples", f.len().saturating_sub(9)),
            );
        }
        self.check_info_keys(info);

        let alts: Vec<&str> = alt_column.split(',').filter(|a| *a != ".").collect();
        let mut summaries = Vec::new();
        let mut anomalies = Anomalies::default();
        if let Some(schema) = &self.schema {
            if let Some(value) = info_value(info, &schema.key) {
                summarize(schema, value, reference, &alts, &mut summaries, &mut anomalies);
            }
        }
        self.report_anomalies(&anomalies);

        let reference_id = self.store.push_allele(reference);
        let line32 = u32::try_from(line).unwrap_or(u32::MAX);
        for (i, alt) in alts.iter().enumerate() {
            let summary = summaries.get(i).copied().unwrap_or_default();
            self.store.push(NewRow {
                chrom,
                pos,
                reference: reference_id,
                alt,
                qual,
                filter,
                gene: summary.gene,
                consequence: summary.consequence,
                impact: summary.impact,
                line: line32,
            });
        }
    }

    fn check_info_keys(&mut self, info: &str) {
        for key in info_keys(info) {
            if !self.declared_info.contains(key) && self.reported.insert(format!("info:{key}")) {
                self.diagnostics.warn(
                    self.line,
                    format!(
                        "INFO field '{}' is not declared in the header (reported once)",
                        excerpt(key.as_bytes(), 40)
                    ),
                );
            }
        }
    }

    fn report_anomalies(&mut self, anomalies: &Anomalies<'_>) {
        if let Some(allele) = anomalies.unmatched_alleles.first() {
            self.diagnostics.warn(
                self.line,
                format!(
                    "an annotation entry for allele '{}' matches no ALT allele; entry ignored",
                    excerpt(allele.as_bytes(), 30)
                ),
            );
        }
        for term in &anomalies.unknown_terms {
            if self.reported.insert(format!("term:{term}")) {
                self.diagnostics.warn(
                    self.line,
                    format!("unknown consequence term '{}' (reported once)", excerpt(term.as_bytes(), 40)),
                );
            }
        }
    }
}

/// The parser is the decompressor's sink. A refusal (the input is not a VCF)
/// is an `InvalidData` error; the decompressor passes sink errors through as
/// such, and the loader then reads the reason from [`Parser::fatal`]. (Not
/// `Interrupted`: `write_all` retries on that.)
impl io::Write for Parser {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.fatal.is_some() {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "not a VCF"));
        }
        self.text_bytes += buf.len() as u64;
        let mut rest = buf;
        while let Some(nl) = memchr::memchr(b'\n', rest) {
            self.line += 1;
            if self.carry.is_empty() {
                self.read_line(&rest[..nl]);
            } else {
                self.carry.extend_from_slice(&rest[..nl]);
                let line = std::mem::take(&mut self.carry);
                self.read_line(&line);
            }
            rest = &rest[nl + 1..];
            if self.fatal.is_some() {
                return Err(io::Error::new(io::ErrorKind::InvalidData, "not a VCF"));
            }
        }
        self.carry.extend_from_slice(rest);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
