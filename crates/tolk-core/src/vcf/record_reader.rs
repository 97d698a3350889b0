//! Reading record lines into a [`VariantStore`], given the header: the
//! part of a load that is spread over cores. The single-pass parser hands
//! it every line after `#CHROM`; a parser of one part (`crate::parts`)
//! hands it that part's lines. Either way it is a [`LineSink`], and it
//! knows nothing of where its lines came from.
//!
//! It keeps going past any bad line, noting why; only running out of
//! memory for the calls stops it.

use super::format::{SampleColumns, SampleReader};
use super::header::Header;
use super::lines::{Line, MAX_LINE_BYTES};
use super::record::{split_columns, RecordFields, Unreadable};
use super::sink::{LineSink, RecordSink, RecordsRead};
use super::validate::{DefsByPlace, FieldDefs};
use crate::annotation::frequency::FrequencySources;
use crate::annotation::info::InfoFields;
use crate::annotation::summary::Anomalies;
use crate::annotation::{AnnotationSchema, FieldMap};
use crate::diagnostics::{excerpt, LoadError};
use crate::phrase::Phrase;
use crate::store::{NewRecord, PackedCall, VariantStore};
use crate::sv::samples::{genotype_from_copies, SvCall};
use crate::sv::{self, SvAllele, SvProblem};
use crate::words;

/// The annotation field the header declares (if Tolk knows its layout)
/// and the population-frequency fields, with which are in use: what the
/// whole load reads records by.
pub(crate) fn annotation_layout(header: &Header, fields: &FieldMap) -> (Option<AnnotationSchema>, FrequencySources) {
    let mut schema = AnnotationSchema::detect(header, fields);
    let frequency = FrequencySources::detect(header, schema.as_ref().map(AnnotationSchema::field), &fields.frequency);
    if let Some(schema) = &mut schema {
        schema.use_frequencies(&frequency);
    }
    (schema, frequency)
}

/// See the module docs.
pub(crate) struct RecordReader {
    schema: Option<AnnotationSchema>,
    info_fields: InfoFields,
    info_defs: DefsByPlace,
    format_defs: FieldDefs,
    samples: usize,
    contigs: Vec<String>,
    /// The last chromosome checked against the header's contigs, and, if
    /// they do not name it, its issue id (every line of it is counted, so
    /// the id is made once per chromosome, not per line).
    checked_contig: String,
    unknown_contig: Option<String>,
    sample_reader: SampleReader,
    /// Whether the header declares INFO/SVTYPE: only then is a record with
    /// plain alleles looked at as a structural variant (Pindel's and
    /// Manta's deletions written as sequence).
    svtype_declared: bool,
    read: RecordsRead,
}

impl RecordReader {
    /// A reader of the records of a file with `header`, whose annotations
    /// are read under the names in `fields`.
    pub fn new(header: &Header, fields: &FieldMap) -> RecordReader {
        let (schema, frequency) = annotation_layout(header, fields);
        let samples = header.samples.len();
        RecordReader {
            schema,
            info_fields: InfoFields::new(fields, &frequency),
            info_defs: DefsByPlace::new(FieldDefs::info(header)),
            format_defs: FieldDefs::format(header),
            samples,
            contigs: header.contigs.clone(),
            checked_contig: String::new(),
            unknown_contig: None,
            sample_reader: SampleReader::default(),
            svtype_declared: FieldDefs::info(header).get("SVTYPE").is_some(),
            read: RecordsRead { store: VariantStore::new(samples), ..RecordsRead::default() },
        }
    }

    /// What the lines added.
    pub fn into_read(self) -> RecordsRead {
        self.read
    }

    /// Reads `text`, the line's bytes as UTF-8 (`text_len` of them in the file).
    fn read_text(&mut self, line: Line<'_>, text: &str, text_len: usize) -> Result<(), LoadError> {
        let number = line.number;
        let columns = split_columns(text);
        if columns.split_on_spaces {
            self.read.issues.note("spaces", number, || Phrase::new(msg!("vcf-columns-spaces")));
        }
        let record = match RecordFields::new(columns) {
            Ok(record) => record,
            Err(unreadable) => {
                let message = match unreadable {
                    Unreadable::FewColumns(count) => Phrase::new(msg!("vcf-few-columns")).arg("count", count),
                    Unreadable::BadPos(pos) => Phrase::new(msg!("vcf-bad-pos")).arg("pos", excerpt(pos.as_bytes(), 20)),
                    Unreadable::EmptyRef => Phrase::new(msg!("vcf-empty-ref")),
                };
                self.read.diagnostics.warn(number, message);
                return Ok(());
            }
        };
        let qual = record.qual().unwrap_or_else(|q| {
            self.read
                .issues
                .note("qual", number, || Phrase::new(msg!("vcf-bad-qual")).arg("qual", excerpt(q.as_bytes(), 20)));
            None
        });
        self.check_contig(record.chrom(), number);
        let samples = self.samples;
        let columns = record.column_count();
        if samples > 0 && columns != 9 + samples {
            self.read.issues.note("sample-columns", number, || {
                Phrase::new(msg!("vcf-sample-columns")).arg("found", columns.saturating_sub(9)).arg("declared", samples)
            });
        }
        for (place, &(key, value)) in record.info.iter().enumerate() {
            if let Some(problem) = self.info_defs.check(place, key, value, record.alts.len()) {
                self.read
                    .issues
                    .note(&format!("info:{key}:{}", problem.kind()), number, || problem.describe("INFO", key));
            }
        }

        let mut anomalies = Anomalies::default();
        let annotations = record.annotate(self.schema.as_ref(), &self.info_fields, &mut anomalies);
        self.report_anomalies(&anomalies, number);

        let alts = record.alts.len();
        let sample_columns = SampleColumns {
            format: record.format().unwrap_or(""),
            columns: record.samples(),
            samples,
            alts,
            line: number,
        };
        let mut sv_problems = Vec::new();
        // Small variants, nearly every record, pay one look at each ALT
        // and, where the header declares SVTYPE, one at INFO: no allocation.
        let maybe_structural = record.alts.iter().any(|alt| sv::allele_kind(alt).is_some())
            || (self.svtype_declared && record.info_value("SVTYPE").is_some());
        let structural: Vec<Option<SvAllele<'_>>> = match maybe_structural {
            true => {
                record.alts.iter().enumerate().map(|(i, alt)| sv::read(&record, i, alt, &mut sv_problems)).collect()
            }
            false => Vec::new(),
        };
        self.report_sv_problems(&sv_problems, number);
        let mut calls = self.sample_reader.read(sample_columns, &self.format_defs, &mut self.read.issues);
        let mut sv_calls = Vec::new();
        let mut with_copies;
        if structural.iter().any(Option::is_some) {
            sv_calls = sv::samples::read(record.format().unwrap_or(""), record.samples(), samples);
            with_copies = calls.to_vec();
            genotypes_from_copies(&mut with_copies, &structural, &record.alts, &sv_calls, record.chrom());
            calls = &with_copies;
        }
        let store = &mut self.read.store;
        store.reserve_calls(calls.len()).map_err(|held_bytes| LoadError::TooLarge {
            line: number,
            samples,
            held_bytes,
        })?;
        store.push_record(NewRecord {
            chrom: record.chrom(),
            pos: record.pos,
            reference: record.reference(),
            qual,
            filter: record.filter(),
            line: number,
            text_offset: line.offset,
            text_len: u32::try_from(text_len).unwrap_or(u32::MAX),
        });
        for (i, (alt, annotation)) in record.alts.iter().zip(&annotations).enumerate() {
            let allele = u16::try_from(i + 1).unwrap_or(u16::MAX);
            store.push_alt(allele, alt, annotation, &calls[i * samples..(i + 1) * samples]);
            if let Some(Some(sv)) = structural.get(i) {
                store.push_sv(sv, &sv_calls);
            }
        }
        Ok(())
    }

    /// A chromosome the header's `##contig` lines do not name (files without
    /// contig lines are common and not warned about).
    fn check_contig(&mut self, chrom: &str, line: u64) {
        if self.contigs.is_empty() {
            return;
        }
        if chrom != self.checked_contig {
            self.checked_contig = chrom.to_owned();
            let known = self.contigs.iter().any(|c| c == chrom);
            self.unknown_contig = (!known).then(|| format!("contig:{chrom}"));
        }
        if let Some(id) = &self.unknown_contig {
            self.read
                .issues
                .note(id, line, || Phrase::new(msg!("vcf-unknown-contig")).arg("chrom", excerpt(chrom.as_bytes(), 30)));
        }
    }

    fn report_sv_problems(&mut self, problems: &[SvProblem], line: u64) {
        for problem in problems {
            match *problem {
                SvProblem::EndBeforePos(end) => self.read.issues.note("sv:END<POS", line, || {
                    Phrase::new(msg!("vcf-sv-end-before-pos")).arg("end", end.to_string())
                }),
                SvProblem::BadNumber(key) => self
                    .read
                    .issues
                    .note(&format!("sv:{key}"), line, || Phrase::new(msg!("vcf-sv-bad-number")).arg("key", key)),
            }
        }
    }

    fn report_anomalies(&mut self, anomalies: &Anomalies<'_>, line: u64) {
        let issues = &mut self.read.issues;
        if let Some(allele) = anomalies.unmatched_alleles.first() {
            issues.note("unmatched-allele", line, || {
                Phrase::new(msg!("vcf-unmatched-allele")).arg("allele", excerpt(allele.as_bytes(), 30))
            });
        }
        if let Some(allele) = anomalies.mismatched_alleles.first() {
            issues.note("mismatched-allele", line, || {
                Phrase::new(msg!("vcf-mismatched-allele")).arg("allele", excerpt(allele.as_bytes(), 30))
            });
        }
        for term in &anomalies.unknown_terms {
            issues.note(&format!("term:{term}"), line, || {
                Phrase::new(msg!("vcf-unknown-term")).arg("term", excerpt(term.as_bytes(), 40))
            });
        }
    }
}

/// Where a copy-number caller wrote a copy number but no diploid
/// genotype, the genotype the copy number implies (see
/// [`genotype_from_copies`]): CNVnator's `./.` with a CN, and GATK gCNV's
/// one-number GT (`1` names the `<DEL>` allele, not a hemizygous call), so
/// that the carrier filter and inheritance read the copy number.
fn genotypes_from_copies(
    calls: &mut [PackedCall],
    alleles: &[Option<SvAllele<'_>>],
    alts: &[&str],
    sv: &[SvCall],
    chrom: &str,
) {
    let samples = sv.len();
    for (i, allele) in alleles.iter().enumerate() {
        let Some(allele) = allele else { continue };
        let own = sv::allele_copies(alts[i]);
        for (s, sv_call) in sv.iter().enumerate() {
            let call = &mut calls[i * samples + s];
            let implied = sv_call.copies().and_then(|copies| genotype_from_copies(allele.kind, own, copies, chrom));
            if let (true, Some(genotype)) = (call.genotype().called <= 1, implied) {
                call.genotype = genotype.pack();
            }
        }
    }
}

impl LineSink for RecordReader {
    fn line(&mut self, line: Line<'_>) -> Result<(), LoadError> {
        let number = line.number;
        if line.dropped > 0 {
            // A data line all the same (bcftools would count it).
            self.read.records += 1;
            let (size, max) = (words::bytes(line.dropped), words::bytes(MAX_LINE_BYTES as u64));
            self.read
                .diagnostics
                .warn(number, Phrase::new(msg!("vcf-line-too-long")).arg("size", size).arg("max", max));
            return Ok(());
        }
        let raw = line.bytes.strip_suffix(b"\r").unwrap_or(line.bytes);
        if raw.iter().all(u8::is_ascii_whitespace) {
            self.read.diagnostics.warn(number, Phrase::new(msg!("vcf-empty-line")));
            return Ok(());
        }
        if raw.starts_with(b"#") {
            self.read.diagnostics.warn(number, Phrase::new(msg!("vcf-header-after-chrom")));
            return Ok(());
        }
        self.read.records += 1;
        match std::str::from_utf8(raw) {
            Ok(text) => self.read_text(line, text, raw.len()),
            Err(_) => {
                self.read.issues.note("utf8", number, || Phrase::new(msg!("vcf-not-utf8")));
                self.read_text(line, &String::from_utf8_lossy(raw), raw.len())
            }
        }
    }
}

impl RecordSink for RecordReader {
    fn records(&self) -> u64 {
        self.read.records
    }

    fn finish(self) -> Result<RecordsRead, LoadError> {
        Ok(self.into_read())
    }
}
