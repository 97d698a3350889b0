//! The line-by-line VCF reader. It receives text in arbitrary chunks (it is
//! the `io::Write` sink of the decompressor), cuts lines, builds the
//! [`Header`] and fills the [`VariantStore`], collecting diagnostics.
//!
//! It keeps going past any bad data line. It stops, through
//! [`Parser::fatal`], only when the input is not a VCF at all, or when
//! memory runs out.

use super::format::{SampleColumns, SampleReader};
use super::header::{Header, MetaLine, FIXED_COLUMNS};
use super::lines::{Line, LineSplitter, MAX_LINE_BYTES};
use super::record::split_columns;
use super::validate::FieldDefs;
use crate::annotation::frequency::FrequencySources;
use crate::annotation::info::InfoFields;
use crate::annotation::summary::{summarize, AltAnnotation, Anomalies, Scratch};
use crate::annotation::{AnnotationSchema, FieldMap};
use crate::diagnostics::{excerpt, Diagnostics, LoadError, RepeatedIssues};
use crate::parts::split::{ParsedPart, Part, PartContext, PartReport, Split};
use crate::phrase::Phrase;
use crate::store::{NewRecord, VariantStore};
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
pub struct Parser {
    section: Section,
    fields: FieldMap,
    header: Header,
    schema: Option<AnnotationSchema>,
    /// The population-frequency fields the header declares (known once
    /// the header is read).
    frequency: FrequencySources,
    info_fields: InfoFields,
    info_defs: FieldDefs,
    format_defs: FieldDefs,
    /// The last chromosome checked against the header's contigs, and, if
    /// they do not name it, its issue id (every line of it is counted, so
    /// the id is made once per chromosome, not per line).
    checked_contig: String,
    unknown_contig: Option<String>,
    samples: SampleReader,
    store: VariantStore,
    diagnostics: Diagnostics,
    issues: RepeatedIssues,
    lines: LineSplitter,
    /// The number of the line being read.
    line: u64,
    /// Where the line being read starts in the uncompressed text.
    line_start: u64,
    records: u64,
    fatal: Option<LoadError>,
    /// In a load in parts, the size of a part; the record lines then go
    /// to `split` instead of being read here.
    part_bytes: Option<usize>,
    split: Option<Split>,
}

/// Everything the parser produced from a complete input.
pub struct Parsed {
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

impl Parser {
    /// A parser that reads annotation fields by the names in `fields`.
    pub fn new(fields: FieldMap) -> Parser {
        Parser {
            section: Section::Start,
            info_fields: InfoFields::default(),
            fields,
            header: Header::default(),
            schema: None,
            frequency: FrequencySources::default(),
            info_defs: FieldDefs::default(),
            format_defs: FieldDefs::default(),
            checked_contig: String::new(),
            unknown_contig: None,
            samples: SampleReader::default(),
            store: VariantStore::default(),
            diagnostics: Diagnostics::default(),
            issues: RepeatedIssues::default(),
            lines: LineSplitter::default(),
            line: 0,
            line_start: 0,
            records: 0,
            fatal: None,
            part_bytes: None,
            split: None,
        }
    }

    /// A parser that reads the header, then cuts the record lines into
    /// parts of about `part_bytes` for others to parse (`crate::parts`).
    pub fn in_parts(fields: FieldMap, part_bytes: usize) -> Parser {
        Parser { part_bytes: Some(part_bytes), ..Parser::new(fields) }
    }

    /// A parser of one part: past the header, at line `first_line`, which
    /// starts at `text_offset` in the file's text.
    pub(crate) fn for_part(context: &PartContext, first_line: u64, text_offset: u64) -> Parser {
        let mut parser = Parser::new(context.fields.clone());
        parser.header = context.header.clone();
        parser.enter_records();
        parser.lines = LineSplitter::resume(first_line.saturating_sub(1), text_offset);
        parser
    }

    /// Ends a part's text and gives what it added.
    pub(crate) fn finish_part(mut self, index: u32, first_line: u64) -> Result<ParsedPart, LoadError> {
        self.end_lines();
        if let Some(e) = self.fatal {
            return Err(e);
        }
        let report =
            PartReport { index, first_line, diagnostics: self.diagnostics, issues: self.issues, records: self.records };
        Ok(ParsedPart { store: self.store, report })
    }

    /// What a parser of this file's parts needs, once the header is read.
    pub fn part_context(&self) -> Option<PartContext> {
        self.split.as_ref().map(|_| PartContext { header: self.header.clone(), fields: self.fields.clone() })
    }

    /// The parts cut since the last call.
    pub fn take_parts(&mut self) -> Vec<Part> {
        self.split.as_mut().map(Split::take_ready).unwrap_or_default()
    }

    /// Joins a parsed part (they may come back in any order).
    pub fn join_part(&mut self, part: ParsedPart) -> Result<(), LoadError> {
        match &mut self.split {
            Some(split) => split.join(part),
            None => Err(LoadError::Unfinished { line: part.report.first_line }),
        }
    }

    /// Data lines read so far (in a load in parts: in the parts joined).
    pub fn records(&self) -> u64 {
        self.records + self.split.as_ref().map_or(0, Split::records)
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

    /// Ends the text: reads a last line without a newline (in a load in
    /// parts, it ends the last part). Called once, before [`Parser::finish`].
    pub fn end_lines(&mut self) {
        let mut lines = std::mem::take(&mut self.lines);
        lines.finish(|line| self.read_line(line));
        self.lines = lines;
        if let Some(split) = &mut self.split {
            split.cut_current();
        }
    }

    /// Ends the input (after [`Parser::end_lines`]): in a load in parts,
    /// takes in what every part added, as if this parser had read them;
    /// adds `end_warning` (a condition found after the text, such as a
    /// missing BGZF end-of-file block) at the last line; and checks that a
    /// complete header was seen.
    pub fn finish(mut self, end_warning: Option<Phrase>) -> Result<Parsed, LoadError> {
        if let Some(e) = self.fatal.take() {
            return Err(e);
        }
        if let Some(split) = self.split.take() {
            let joined = split.finish()?;
            self.store = joined.store;
            self.diagnostics.append(joined.diagnostics);
            self.issues.append(joined.issues);
            self.records += joined.records;
        }
        if let Some(message) = end_warning {
            self.diagnostics.warn(self.lines.lines().max(1), message);
        }
        self.issues.report_into(&mut self.diagnostics);
        self.store.shrink_to_fit();
        match self.section {
            Section::Start => Err(LoadError::Empty),
            Section::Meta => Err(LoadError::MissingColumnHeader { line: self.lines.lines() }),
            Section::Records => Ok(Parsed {
                header: self.header,
                fields: self.fields,
                schema: self.schema,
                frequency: self.frequency,
                store: self.store,
                diagnostics: self.diagnostics,
                records: self.records,
            }),
        }
    }

    pub(crate) fn read_line(&mut self, line: Line<'_>) {
        if let Some(split) = &mut self.split {
            return split.take(line);
        }
        self.line = line.number;
        self.line_start = line.offset;
        let raw = line.bytes.strip_suffix(b"\r").unwrap_or(line.bytes);
        if line.dropped > 0 {
            let size = words::bytes(line.dropped);
            if self.section == Section::Records {
                // A data line all the same (bcftools would count it).
                self.records += 1;
            }
            match self.section {
                Section::Start => {
                    let found = Phrase::new("vcf-line-of").arg("size", size);
                    self.fatal = Some(LoadError::NotVcf { line: self.line, found });
                }
                _ => {
                    let max = words::bytes(MAX_LINE_BYTES as u64);
                    self.diagnostics.warn(self.line, Phrase::new("vcf-line-too-long").arg("size", size).arg("max", max))
                }
            }
            return;
        }
        match self.section {
            Section::Start => self.read_first_line(raw),
            Section::Meta => self.read_header_line(raw),
            Section::Records => self.read_record_line(raw),
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
            self.diagnostics.warn(self.line, Phrase::new("vcf-no-fileformat"));
            self.read_column_header(raw);
        } else {
            let found = if raw.iter().any(|&b| b == 0 || (b < 0x20 && b != b'\t')) {
                Phrase::new("vcf-binary-data")
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
                    self.diagnostics.warn(self.line, Phrase::new("vcf-defined-twice").arg("what", what))
                }
                MetaLine::Malformed(key) => {
                    let p = Phrase::new("vcf-meta-unreadable").arg("key", key).arg("text", excerpt(meta, 60));
                    self.diagnostics.warn(self.line, p)
                }
            }
        } else if raw.starts_with(b"#") {
            self.read_column_header(raw);
        } else if raw.iter().all(u8::is_ascii_whitespace) {
            self.diagnostics.warn(self.line, Phrase::new("vcf-empty-header-line"));
        } else {
            self.fatal = Some(LoadError::DataBeforeHeader { line: self.line });
        }
    }

    fn read_column_header(&mut self, raw: &[u8]) {
        let text = String::from_utf8_lossy(raw);
        let columns = split_columns(&text);
        if columns.split_on_spaces {
            self.diagnostics.warn(self.line, Phrase::new("vcf-header-spaces"));
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
                self.diagnostics.warn(self.line, Phrase::new("vcf-ninth-column").arg("found", found));
            }
        }
        let version = self.header.file_format.as_str();
        if !version.is_empty() && !version.starts_with("VCFv4.") {
            self.diagnostics.warn(1, Phrase::new("vcf-old-version").arg("version", version));
        }
        self.header.samples = columns.fields.iter().skip(9).map(|s| s.to_string()).collect();
        self.enter_records();
        if self.frequency.none_in_use() {
            let key = if self.frequency.sources.is_empty() { "vcf-no-frequency" } else { "vcf-no-frequency-in-use" };
            self.diagnostics.warn(self.line, Phrase::new(key).arg("count", self.frequency.sources.len()));
        }
        if let Some(bytes) = self.part_bytes {
            self.split = Some(Split::new(bytes, self.header.samples.len()));
        }
    }

    /// Readies the record section, from the header read so far.
    fn enter_records(&mut self) {
        self.schema = AnnotationSchema::detect(&self.header, &self.fields);
        let annotation = self.schema.as_ref().map(AnnotationSchema::field);
        self.frequency = FrequencySources::detect(&self.header, annotation, &self.fields.frequency);
        if let Some(schema) = &mut self.schema {
            schema.use_frequencies(&self.frequency);
        }
        self.info_fields = InfoFields::new(&self.fields, &self.frequency);
        self.info_defs = FieldDefs::info(&self.header);
        self.format_defs = FieldDefs::format(&self.header);
        self.store = VariantStore::new(self.header.samples.len());
        self.section = Section::Records;
    }

    fn read_record_line(&mut self, raw: &[u8]) {
        if raw.iter().all(u8::is_ascii_whitespace) {
            self.diagnostics.warn(self.line, Phrase::new("vcf-empty-line"));
            return;
        }
        if raw.starts_with(b"#") {
            self.diagnostics.warn(self.line, Phrase::new("vcf-header-after-chrom"));
            return;
        }
        self.records += 1;
        let text = match std::str::from_utf8(raw) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => {
                self.issues.note("utf8", self.line, || Phrase::new("vcf-not-utf8"));
                String::from_utf8_lossy(raw)
            }
        };
        self.read_record(&text, raw.len());
    }

    fn read_record(&mut self, text: &str, text_len: usize) {
        let line = self.line;
        let columns = split_columns(text);
        if columns.split_on_spaces {
            self.issues.note("spaces", line, || Phrase::new("vcf-columns-spaces"));
        }
        let f = &columns.fields;
        if f.len() < 8 {
            self.diagnostics.warn(line, Phrase::new("vcf-few-columns").arg("count", f.len()));
            return;
        }
        let Ok(pos) = f[1].parse::<u32>() else {
            self.diagnostics.warn(line, Phrase::new("vcf-bad-pos").arg("pos", excerpt(f[1].as_bytes(), 20)));
            return;
        };
        let (chrom, reference, alt_column, filter, info) = (f[0], f[3], f[4], f[6], f[7]);
        if reference.is_empty() || reference == "." {
            self.diagnostics.warn(line, Phrase::new("vcf-empty-ref"));
            return;
        }
        let qual = match f[5] {
            "." => None,
            q => q.parse::<f32>().ok().or_else(|| {
                self.issues.note("qual", line, || Phrase::new("vcf-bad-qual").arg("qual", excerpt(q.as_bytes(), 20)));
                None
            }),
        };
        self.check_contig(chrom);
        let samples = self.header.samples.len();
        if samples > 0 && f.len() != 9 + samples {
            self.issues.note("sample-columns", line, || {
                Phrase::new("vcf-sample-columns").arg("found", f.len().saturating_sub(9)).arg("declared", samples)
            });
        }

        let alts: Vec<&str> = alt_column.split(',').filter(|a| *a != ".").collect();
        let info_pairs: Vec<(&str, &str)> = crate::text::split_on(info, b';')
            .filter(|item| !item.is_empty() && *item != ".")
            .map(|item| item.split_once('=').unwrap_or((item, "")))
            .collect();
        for &(key, value) in &info_pairs {
            if let Some(problem) = self.info_defs.check(key, value, alts.len()) {
                self.issues.note(&format!("info:{key}:{}", problem.kind()), line, || problem.describe("INFO", key));
            }
        }

        let mut annotations: Vec<AltAnnotation<'_>> = Vec::new();
        let mut anomalies = Anomalies::default();
        match &self.schema {
            Some(schema) => {
                let value = info_pairs.iter().find(|(k, _)| *k == schema.key).map_or("", |(_, v)| *v);
                summarize(schema, value, reference, &alts, &mut annotations, &mut anomalies, &mut Scratch::default());
            }
            None => annotations.resize(alts.len(), AltAnnotation::default()),
        }
        self.info_fields.apply(&info_pairs, &alts, &mut annotations);
        self.report_anomalies(&anomalies);

        let format = f.get(8).copied().unwrap_or("");
        let sample_columns = f.get(9..).unwrap_or(&[]);
        let record = SampleColumns { format, columns: sample_columns, samples, alts: alts.len(), line };
        let calls = self.samples.read(record, &self.format_defs, &mut self.issues);
        if let Err(held_bytes) = self.store.reserve_calls(calls.len()) {
            self.fatal = Some(LoadError::TooLarge { line, samples, held_bytes });
            return;
        }

        self.store.push_record(NewRecord {
            chrom,
            pos,
            reference,
            qual,
            filter,
            line,
            text_offset: self.line_start,
            text_len: u32::try_from(text_len).unwrap_or(u32::MAX),
        });
        for (i, (alt, annotation)) in alts.iter().zip(&annotations).enumerate() {
            let number = u16::try_from(i + 1).unwrap_or(u16::MAX);
            self.store.push_alt(number, alt, annotation, &calls[i * samples..(i + 1) * samples]);
        }
    }

    /// A chromosome the header's `##contig` lines do not name (files without
    /// contig lines are common and not warned about).
    fn check_contig(&mut self, chrom: &str) {
        if self.header.contigs.is_empty() {
            return;
        }
        if chrom != self.checked_contig {
            self.checked_contig = chrom.to_owned();
            let known = self.header.contigs.iter().any(|c| c == chrom);
            self.unknown_contig = (!known).then(|| format!("contig:{chrom}"));
        }
        if let Some(id) = &self.unknown_contig {
            self.issues
                .note(id, self.line, || Phrase::new("vcf-unknown-contig").arg("chrom", excerpt(chrom.as_bytes(), 30)));
        }
    }

    fn report_anomalies(&mut self, anomalies: &Anomalies<'_>) {
        let line = self.line;
        if let Some(allele) = anomalies.unmatched_alleles.first() {
            self.issues.note("unmatched-allele", line, || {
                Phrase::new("vcf-unmatched-allele").arg("allele", excerpt(allele.as_bytes(), 30))
            });
        }
        if let Some(allele) = anomalies.mismatched_alleles.first() {
            self.issues.note("mismatched-allele", line, || {
                Phrase::new("vcf-mismatched-allele").arg("allele", excerpt(allele.as_bytes(), 30))
            });
        }
        for term in &anomalies.unknown_terms {
            self.issues.note(&format!("term:{term}"), line, || {
                Phrase::new("vcf-unknown-term").arg("term", excerpt(term.as_bytes(), 40))
            });
        }
    }
}

/// The parser is the decompressor's sink. A refusal (the input is not a VCF)
/// is an `InvalidData` error; the decompressor passes sink errors through as
/// such, and the loader then reads the reason from [`Parser::fatal`]. (Not
/// `Interrupted`: `write_all` retries on that.)
impl io::Write for Parser {
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
