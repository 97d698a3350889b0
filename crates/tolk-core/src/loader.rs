//! The one way into the engine: push the bytes of a file in chunks of any
//! size, then finish. The browser worker and the CLI both use this, so the
//! counts they report cannot drift apart.

use crate::annotation::{AnnotationKind, AnnotationSchema, FieldMap, FrequencySource, FrequencySources};
use crate::compression::bgzf::Blocks;
use crate::compression::{Compression, InflateError, Inflater, TextIndex};
use crate::diagnostics::{Diagnostics, LoadError};
use crate::parts::split::Split;
use crate::parts::{ParsedPart, Part, PartContext};
use crate::phrase::Phrase;
use crate::store::VariantStore;
use crate::vcf::assembly::BuildEvidence;
use crate::vcf::lines::Line;
use crate::vcf::parser::Parser;
use crate::vcf::record_reader::RecordReader;
use crate::vcf::sink::{LineSink, RecordSink, RecordsRead};
use crate::vcf::sources::DataSource;
use crate::vcf::Header;
use serde::{Deserialize, Serialize};

/// Reads one file pushed chunk by chunk, alone or in parts that others
/// parse (`crate::parts`).
pub struct Loader {
    inflater: Inflater<Parser<Records>>,
    /// Set by [`Loader::end_input`]: whether a BGZF file lacked its EOF block.
    ended: Option<bool>,
}

/// How far a load has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Data lines read.
    pub records: u64,
    /// Uncompressed bytes read.
    pub text_bytes: u64,
}

/// A file read to the end.
pub struct Loaded {
    pub header: Header,
    /// The annotation field and its layout, if one was recognised.
    pub schema: Option<AnnotationSchema>,
    /// The field names the file was read with; decoding a record again
    /// must use the same ones (`DecodeContext::new`).
    pub fields: FieldMap,
    /// The population-frequency fields found, and which are in use.
    pub frequency: FrequencySources,
    pub store: VariantStore,
    pub diagnostics: Diagnostics,
    pub records: u64,
    pub annotation: AnnotationKind,
    pub compression: Compression,
    /// How to read a record's text again from the file (with
    /// `VariantStore::location`).
    pub index: TextIndex,
}

/// The facts about a loaded file that the status area and `tolk stats` show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoadSummary {
    /// Data lines, as `bcftools view -H | wc -l` counts them.
    pub records: u64,
    /// Rows after splitting multi-allelic records, one per ALT.
    pub variants: u64,
    /// Sample names, as `bcftools query -l` lists them.
    pub samples: Vec<String>,
    /// Number of warnings (all of them, also those whose text was not kept).
    pub warnings: u64,
    pub annotation: AnnotationKind,
    pub compression: Compression,
    /// Distinct gene symbols in the annotation.
    pub genes: u64,
    pub file_format: String,
    /// The reference build the header names, if it names one.
    pub build: Option<BuildEvidence>,
    /// Heap bytes of the variant store (columns, arenas, interned strings).
    pub store_bytes: u64,
    /// Every population-frequency field found in the header, and whether
    /// it is in use: what the frequency settings list.
    #[serde(default)]
    pub frequency: Vec<FrequencySource>,
    /// The annotation tools and databases the header names, with versions.
    #[serde(default)]
    pub sources: Vec<DataSource>,
    /// Rows that are structural variants (symbolic alleles, breakends, or
    /// an `SVTYPE`): where there are some, the grid shows their columns.
    #[serde(default)]
    pub structural: u64,
}

impl Default for Loader {
    fn default() -> Self {
        Self::with_fields(FieldMap::default())
    }
}

impl Loader {
    /// Starts a load with the default field names.
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts a load that reads frequencies and scores under the names in `fields`.
    pub fn with_fields(fields: FieldMap) -> Self {
        let start = Box::new(|header: &Header, fields: &FieldMap| Records::Read(RecordReader::new(header, fields)));
        Self { inflater: Inflater::new(Parser::new(fields, start)), ended: None }
    }

    /// Starts a load that reads the header and cuts the record lines into
    /// parts of about `part_bytes` ([`crate::parts::PART_BYTES`]): take
    /// them with [`Loader::take_parts`] after each push, have them parsed
    /// ([`crate::parts::parse_part`], given [`Loader::part_context`]), and
    /// join each with [`Loader::join_part`] before finishing.
    pub fn in_parts(fields: FieldMap, part_bytes: usize) -> Self {
        let start =
            Box::new(move |header: &Header, _: &FieldMap| Records::Cut(Split::new(part_bytes, header.samples.len())));
        Self { inflater: Inflater::new(Parser::new(fields, start)), ended: None }
    }

    /// Starts a load of a BGZF file read in ranges of blocks
    /// ([`crate::parts::ranges`]): push the text of its header, up to the
    /// end of the `#CHROM` line (the caller has inflated it), have the
    /// ranges cut and parsed, join each with [`Loader::join_part`], and end
    /// with [`Loader::finish_blocks`].
    pub fn in_ranges(fields: FieldMap) -> Self {
        Self::in_parts(fields, crate::parts::PART_BYTES)
    }

    /// The parts cut since the last call (none unless loading in parts).
    pub fn take_parts(&mut self) -> Vec<Part> {
        match self.inflater.sink_mut().sink_mut() {
            Some(Records::Cut(split)) => split.take_ready(),
            _ => Vec::new(),
        }
    }

    /// What parsing a part needs: known once the header has been read.
    pub fn part_context(&self) -> Option<PartContext> {
        let parser = self.inflater.sink();
        let in_parts = matches!(parser.sink(), Some(Records::Cut(_)));
        in_parts.then(|| PartContext { header: parser.header().clone(), fields: parser.fields().clone() })
    }

    /// Joins a parsed part; parts may come back in any order.
    pub fn join_part(&mut self, part: ParsedPart) -> Result<(), LoadError> {
        match self.inflater.sink_mut().sink_mut() {
            Some(Records::Cut(split)) => split.join(part),
            _ => Err(LoadError::Unfinished { line: part.report.first_line }),
        }
    }

    /// Ends the input: the last line is read (or, in parts, the last part
    /// cut). [`Loader::finish`] does it if it has not been done.
    pub fn end_input(&mut self) -> Result<(), LoadError> {
        if self.ended.is_none() {
            let missing_eof = self.inflater.finish().map_err(|e| self.error(e))?;
            self.inflater.sink_mut().end_lines();
            self.ended = Some(missing_eof);
        }
        Ok(())
    }

    /// Pushes the next bytes of the file.
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), LoadError> {
        self.inflater.write(chunk).map_err(|e| self.error(e))
    }

    /// How far the load has got.
    pub fn progress(&self) -> Progress {
        let parser = self.inflater.sink();
        Progress { records: parser.records(), text_bytes: parser.text_bytes() }
    }

    /// Ends the input and returns what was read.
    pub fn finish(mut self) -> Result<Loaded, LoadError> {
        self.end_input()?;
        let missing_eof = self.ended == Some(true);
        let compression = self.inflater.compression();
        let index = self.inflater.text_index();
        self.finish_as(compression, index, missing_eof)
    }

    /// Ends a load in ranges ([`Loader::in_ranges`]) of the file whose
    /// blocks are `blocks`: what was read, as a single pass reads it.
    pub fn finish_blocks(mut self, blocks: &Blocks) -> Result<Loaded, LoadError> {
        self.end_input()?;
        self.finish_as(Compression::Bgzf, blocks.text_index(), !blocks.ends_with_eof)
    }

    fn finish_as(self, compression: Compression, index: TextIndex, missing_eof: bool) -> Result<Loaded, LoadError> {
        let end_warning = missing_eof.then(|| Phrase::new(msg!("vcf-bgzf-no-eof")));
        let parsed = self.inflater.into_sink().finish(end_warning)?;
        Ok(Loaded {
            annotation: parsed.schema.as_ref().map_or(AnnotationKind::None, |s| s.kind),
            schema: parsed.schema,
            fields: parsed.fields,
            frequency: parsed.frequency,
            header: parsed.header,
            store: parsed.store,
            diagnostics: parsed.diagnostics,
            records: parsed.records,
            compression,
            index,
        })
    }

    fn error(&self, e: InflateError) -> LoadError {
        let parser = self.inflater.sink();
        match e {
            // The parser refused the text; its reason is the error.
            InflateError::Sink(_) => parser.fatal().cloned().unwrap_or(LoadError::Empty),
            InflateError::Corrupt(detail) => LoadError::CorruptCompression { line: parser.line() + 1, detail },
            InflateError::Truncated => LoadError::TruncatedCompression { line: parser.line() + 1 },
        }
    }
}

/// Where a load's record lines go: read as they come, or cut into parts.
#[allow(clippy::large_enum_variant, reason = "one per load, held in place by the parser: nothing to save")]
enum Records {
    Read(RecordReader),
    Cut(Split),
}

impl Records {
    fn sink(&mut self) -> &mut dyn LineSink {
        match self {
            Records::Read(reader) => reader,
            Records::Cut(split) => split,
        }
    }
}

impl LineSink for Records {
    fn line(&mut self, line: Line<'_>) -> Result<(), LoadError> {
        self.sink().line(line)
    }

    fn end(&mut self) {
        self.sink().end()
    }
}

impl RecordSink for Records {
    fn records(&self) -> u64 {
        match self {
            Records::Read(reader) => reader.records(),
            Records::Cut(split) => split.records(),
        }
    }

    fn finish(self) -> Result<RecordsRead, LoadError> {
        match self {
            Records::Read(reader) => reader.finish(),
            Records::Cut(split) => split.finish(),
        }
    }
}

impl Loaded {
    /// Reads a whole file held in memory.
    pub fn from_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
        let mut loader = Loader::new();
        loader.push(bytes)?;
        loader.finish()
    }

    /// The facts shown in the status area and printed by `tolk stats`.
    pub fn summary(&self) -> LoadSummary {
        LoadSummary {
            records: self.records,
            variants: self.store.len() as u64,
            samples: self.header.samples.clone(),
            warnings: self.diagnostics.total(),
            annotation: self.annotation,
            compression: self.compression,
            genes: self.store.gene_count() as u64,
            file_format: self.header.file_format.clone(),
            build: self.header.build.clone(),
            store_bytes: self.store.heap_bytes() as u64,
            frequency: self.frequency.sources.clone(),
            sources: self.header.sources.clone(),
            structural: self.store.structural_rows() as u64,
        }
    }
}
