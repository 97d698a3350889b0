//! Decoding one record in full, on demand: every transcript of every ALT
//! with its HGVS unescaped, all INFO, the raw sample values. The store keeps
//! only what filters need plus each record's place in the text
//! ([`crate::store::RecordLocation`]); this turns those bytes back into
//! everything the file said.

use super::header::Header;
use super::record::RecordFields;
use crate::annotation::fields::Columns;
use crate::annotation::frequency::{FrequencySource, FrequencySources, Location};
use crate::annotation::info::{per_alt, InfoFields};
use crate::annotation::summary::{
    assign_entry, vep_trims_first_base, Anomalies, Scores, Target, TranscriptBasis, TranscriptFlags,
};
use crate::annotation::transcript::{max_f32, numbers, read_transcript, unescape, NumberCache};
use crate::annotation::{AnnotationKind, AnnotationSchema, Impact, TranscriptPolicy};
use crate::Loaded;
use serde::{Deserialize, Serialize};

/// What decoding needs to know about the file: its header, annotation
/// layout and field names, taken from the load so that a decoded record
/// says what the table says.
pub struct DecodeContext {
    pub header: Header,
    pub schema: Option<AnnotationSchema>,
    pub frequency: FrequencySources,
    info_fields: InfoFields,
}

impl DecodeContext {
    pub fn new(loaded: &Loaded) -> DecodeContext {
        DecodeContext {
            header: loaded.header.clone(),
            schema: loaded.schema.clone(),
            frequency: loaded.frequency.clone(),
            info_fields: InfoFields::new(&loaded.fields, &loaded.frequency),
        }
    }
}

/// One population-frequency source's value for one ALT: every source the
/// file has, in use or not, so the detail can list them all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrequencyValue {
    pub source: FrequencySource,
    /// `None`: the source gives no value for this ALT.
    pub value: Option<f32>,
}

/// One annotation entry, owned, ready to show or export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TranscriptDetail {
    /// Position among all the record's entries.
    pub entry: u16,
    pub consequences: Vec<String>,
    pub impact: Option<Impact>,
    pub symbol: Option<String>,
    pub gene_id: Option<String>,
    pub hgnc_id: Option<String>,
    pub feature: Option<String>,
    pub biotype: Option<String>,
    /// HGVS with VCF percent-escapes undone (`p.Gly12=`).
    pub hgvsc: Option<String>,
    pub hgvsp: Option<String>,
    pub protein_start: Option<u32>,
    pub protein_end: Option<u32>,
    pub protein_length: Option<u32>,
    /// `number/count`, as the annotation wrote it.
    pub exon: Option<String>,
    pub intron: Option<String>,
    pub canonical: bool,
    pub mane_select: bool,
    /// The MANE Select RefSeq transcript (`NM_003165.6`), where the
    /// annotation names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mane_select_id: Option<String>,
    pub pick: bool,
    pub lof: Option<String>,
}

/// One ALT allele and its entries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AltDetail {
    pub alt: String,
    pub transcripts: Vec<TranscriptDetail>,
    /// For each policy (by [`TranscriptPolicy::index`]), the position in
    /// `transcripts` of the entry giving the worst consequence.
    pub worst: [Option<usize>; 5],
    /// Which flagged transcripts the entries include (for the basis of
    /// each policy's choice).
    pub flags: TranscriptFlags,
    pub scores: Scores,
    /// Every population-frequency source of the file, with its value.
    pub frequencies: Vec<FrequencyValue>,
}

impl AltDetail {
    /// The entry giving the worst consequence under `policy`.
    pub fn worst_under(&self, policy: TranscriptPolicy) -> Option<&TranscriptDetail> {
        self.worst[policy.index()].and_then(|i| self.transcripts.get(i))
    }

    /// Which transcripts `policy` took the worst consequence from.
    pub fn basis(&self, policy: TranscriptPolicy) -> TranscriptBasis {
        policy.basis(self.flags)
    }

    /// The source in use that gives the population AF (the highest), and
    /// its value.
    pub fn highest_frequency(&self) -> Option<&FrequencyValue> {
        self.frequencies
            .iter()
            .filter(|f| f.source.in_use && f.value.is_some())
            .max_by(|a, b| a.value.partial_cmp(&b.value).unwrap_or(std::cmp::Ordering::Equal))
    }

    /// The filtering-AF source in use that gives the highest filtering AF.
    pub fn highest_filtering(&self) -> Option<&FrequencyValue> {
        use crate::annotation::frequency::SourceKind;
        self.frequencies
            .iter()
            .filter(|f| f.source.in_use && f.source.kind == SourceKind::Filtering && f.value.is_some())
            .max_by(|a, b| a.value.partial_cmp(&b.value).unwrap_or(std::cmp::Ordering::Equal))
    }
}

/// A whole record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordDetail {
    pub chrom: String,
    pub pos: u32,
    pub id: String,
    #[serde(rename = "ref")]
    pub reference: String,
    pub alts: Vec<AltDetail>,
    pub qual: Option<f32>,
    pub filter: String,
    /// INFO key/value pairs in file order (flags have an empty value).
    pub info: Vec<(String, String)>,
    pub format: Vec<String>,
    /// Raw FORMAT values per sample, in header order.
    pub samples: Vec<Vec<String>>,
}

/// Decodes one data line; `None` if it is not a usable record (the loader
/// has already reported why).
pub fn decode_record(line: &str, ctx: &DecodeContext) -> Option<RecordDetail> {
    let record = RecordFields::read(line.strip_suffix('\r').unwrap_or(line)).ok()?;
    let (reference, alts, info) = (record.reference(), &record.alts, &record.info);
    let annotations = record.annotate(ctx.schema.as_ref(), &ctx.info_fields, &mut Anomalies::default());
    let mut transcripts: Vec<Vec<TranscriptDetail>> = vec![Vec::new(); alts.len()];
    let sources = &ctx.frequency.sources;
    let mut frequencies: Vec<Vec<Option<f32>>> = vec![vec![None; sources.len()]; alts.len()];
    if let Some(schema) = &ctx.schema {
        let value = record.info_value(&schema.key).unwrap_or("");
        let columns: Vec<(usize, usize)> = sources
            .iter()
            .enumerate()
            .filter(|(_, s)| s.field == schema.key)
            .filter_map(|(i, s)| Some((i, schema.columns.iter().position(|c| *c == s.name)?)))
            .collect();
        collect_transcripts(schema, value, reference, alts, &columns, &mut transcripts, &mut frequencies);
    }
    for (i, source) in sources.iter().enumerate().filter(|(_, s)| s.location() == Location::Info) {
        let Some(value) = record.info_value(&source.name) else { continue };
        let parts: Vec<&str> = value.split(',').collect();
        for (a, values) in frequencies.iter_mut().enumerate() {
            values[i] = per_alt(&parts, alts.len(), a);
        }
    }

    let alt_details = alts
        .iter()
        .zip(annotations)
        .zip(transcripts)
        .zip(frequencies)
        .map(|(((alt, a), transcripts), values)| {
            let worst = TranscriptPolicy::EVERY
                .map(|p| a.under(p).entry.and_then(|entry| transcripts.iter().position(|t| t.entry == entry)));
            let frequencies = sources
                .iter()
                .zip(values)
                .map(|(source, value)| FrequencyValue { source: source.clone(), value })
                .collect();
            AltDetail { alt: alt.to_string(), transcripts, worst, flags: a.flags, scores: a.scores(), frequencies }
        })
        .collect();
    Some(RecordDetail {
        chrom: record.chrom().to_owned(),
        pos: record.pos,
        id: record.id().to_owned(),
        reference: reference.to_owned(),
        alts: alt_details,
        qual: record.qual().ok().flatten(),
        filter: record.filter().to_owned(),
        info: info.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        format: record.format().map(|f| f.split(':').map(String::from).collect()).unwrap_or_default(),
        samples: record.samples().iter().map(|s| s.split(':').map(String::from).collect()).collect(),
    })
}

/// For each ALT of one data line, the HGVS (c. and p., unescaped) of the
/// entry that gives its worst consequence under `policy`: what
/// [`decode_record`]'s `worst_under` gives, read without decoding the
/// other entries, INFO or samples (`tolk view` prints these for every row
/// it writes). `None` if the line is not a usable record.
pub fn worst_hgvs(line: &str, ctx: &DecodeContext, policy: TranscriptPolicy) -> Option<Vec<WorstHgvs>> {
    let record = RecordFields::read(line.strip_suffix('\r').unwrap_or(line)).ok()?;
    let annotations = record.annotate(ctx.schema.as_ref(), &ctx.info_fields, &mut Anomalies::default());
    let Some(schema) = &ctx.schema else { return Some(vec![WorstHgvs::default(); annotations.len()]) };
    let value = record.info_value(&schema.key).unwrap_or("");
    // Numbered as `collect_transcripts` numbers them: the non-empty entries.
    let entries: Vec<&str> = crate::text::split_on(value, b',').filter(|r| !r.is_empty()).collect();
    let (mut fields, mut cache) = (Vec::new(), NumberCache::default());
    let worst = annotations.iter().map(|a| {
        let Some(raw) = a.under(policy).entry.and_then(|e| entries.get(usize::from(e))) else {
            return WorstHgvs::default();
        };
        let t = read_transcript(raw, schema.kind, &schema.cols, &mut fields, &mut cache, &mut Vec::new());
        WorstHgvs { hgvsc: t.hgvsc.map(|h| unescape(h).into_owned()), hgvsp: t.hgvsp.map(|h| unescape(h).into_owned()) }
    });
    Some(worst.collect())
}

/// The HGVS of an ALT's worst entry ([`worst_hgvs`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorstHgvs {
    pub hgvsc: Option<String>,
    pub hgvsp: Option<String>,
}

/// Every entry of every ALT, owned; and into `frequencies` (per ALT, by
/// source), the highest value of each frequency column in `columns`
/// (source index, column index) over the ALT's entries.
fn collect_transcripts(
    schema: &AnnotationSchema,
    value: &str,
    reference: &str,
    alts: &[&str],
    columns: &[(usize, usize)],
    out: &mut [Vec<TranscriptDetail>],
    frequencies: &mut [Vec<Option<f32>>],
) {
    let trims = schema.kind == AnnotationKind::Vep && vep_trims_first_base(reference, alts);
    let (mut fields, mut cache) = (Vec::new(), NumberCache::default());
    for (entry, raw) in value.split(',').filter(|r| !r.is_empty()).enumerate() {
        let t = read_transcript(raw, schema.kind, &schema.cols, &mut fields, &mut cache, &mut Vec::new());
        let entry_values: Vec<(usize, Option<f32>)> = if columns.is_empty() {
            Vec::new()
        } else {
            let all: Vec<&str> = raw.split('|').collect();
            columns
                .iter()
                .map(|&(source, column)| (source, all.get(column).and_then(|f| max_f32(numbers(f)))))
                .collect()
        };
        let mut absorb = |alt: usize| {
            for &(source, value) in &entry_values {
                let slot = &mut frequencies[alt][source];
                *slot = max_f32(slot.iter().copied().chain(value));
            }
        };
        let owned = |s: Option<&str>| s.map(String::from);
        let (exon, intron) = exon_and_intron(&fields, &schema.cols, t.terms);
        let detail = TranscriptDetail {
            entry: u16::try_from(entry).unwrap_or(u16::MAX),
            consequences: t.terms.split('&').filter(|c| !c.is_empty()).map(String::from).collect(),
            impact: t.impact.or(t.worst.map(|w| w.impact())),
            symbol: owned(t.symbol),
            gene_id: owned(t.gene_id),
            hgnc_id: owned(t.hgnc_id),
            feature: owned(t.feature),
            biotype: owned(t.biotype),
            hgvsc: t.hgvsc.map(|h| unescape(h).into_owned()),
            hgvsp: t.hgvsp.map(|h| unescape(h).into_owned()),
            protein_start: t.protein_start,
            protein_end: t.protein_end,
            protein_length: t.protein_length,
            exon: owned(exon),
            intron: owned(intron),
            canonical: t.canonical,
            mane_select: t.mane_select,
            mane_select_id: t.mane_select_id.map(str::to_owned),
            pick: t.pick,
            lof: owned(t.lof),
        };
        match assign_entry(schema, &t, trims, alts) {
            Target::One(i) => {
                absorb(i);
                out[i].push(detail)
            }
            Target::OnlyAlt => {
                absorb(0);
                out[0].push(detail)
            }
            Target::All => {
                (0..out.len()).for_each(&mut absorb);
                out.iter_mut().for_each(|alt| alt.push(detail.clone()))
            }
            Target::None => {}
        }
    }
}

/// The entry's exon and intron numbers (`5/12`), read only here, for the
/// PVS1 decision tree: the load never needs them. VEP writes `EXON` and
/// `INTRON`; SnpEff's one `Rank` numbers the intron for intronic effects
/// and the exon otherwise.
fn exon_and_intron<'a>(fields: &[&'a str], cols: &Columns, terms: &str) -> (Option<&'a str>, Option<&'a str>) {
    let get = |c: Option<usize>| c.and_then(|i| fields.get(i)).copied().filter(|f| !f.is_empty());
    match get(cols.rank) {
        Some(rank) if ["intron", "splice_donor", "splice_acceptor"].iter().any(|t| terms.contains(t)) => {
            (None, Some(rank))
        }
        Some(rank) => (Some(rank), None),
        None => (get(cols.exon), get(cols.intron)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VCF: &str = "##fileformat=VCFv4.2\n\
##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL|MAX_AF\">\n\
#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n\
chr1\t100\trs1\tG\tA,T\t50\tPASS\tCSQ=A|synonymous_variant|LOW|G1|T1|c.3G>A|p.Gly1%3D|YES|0.01,A|stop_gained|HIGH|G1|T2|c.9G>A|p.Trp3Ter||0.01,T|missense_variant|MODERATE|G1|T1|c.3G>T|p.Gly1Val|YES|\tGT:DP\t0/1:20\n";

    /// Regression: decoding used the default field names whatever the load
    /// used, so a custom map could give a different AF in the table and in
    /// the detail view.
    #[test]
    fn decoding_reads_frequencies_by_the_sources_the_load_used() {
        let mut fields = crate::annotation::FieldMap::default();
        fields.frequency.overrides.insert("CSQ/MAX_AF".into(), false);
        let mut loader = crate::Loader::with_fields(fields);
        loader.push(VCF.as_bytes()).unwrap();
        let loaded = loader.finish().unwrap();
        assert_eq!(loaded.store.row(0, TranscriptPolicy::All).scores.af, None);
        let location = loaded.store.location(0);
        let text = &VCF[location.text_offset as usize..][..location.text_len as usize];
        let record = decode_record(text, &DecodeContext::new(&loaded)).unwrap();
        assert_eq!(record.alts[0].scores.af, None);
        let listed = &record.alts[0].frequencies[0];
        assert_eq!((listed.source.name.as_str(), listed.source.in_use, listed.value), ("MAX_AF", false, Some(0.01)));
        assert!(record.alts[0].highest_frequency().is_none());
    }

    #[test]
    fn decodes_every_transcript_and_the_worst_per_policy() {
        let loaded = Loaded::from_bytes(VCF.as_bytes()).unwrap();
        let ctx = DecodeContext::new(&loaded);
        let location = loaded.store.location(0);
        let text = &VCF[location.text_offset as usize..][..location.text_len as usize];
        let record = decode_record(text, &ctx).unwrap();
        assert_eq!((record.chrom.as_str(), record.pos, record.id.as_str()), ("chr1", 100, "rs1"));
        let a = &record.alts[0];
        assert_eq!(a.transcripts.len(), 2);
        assert_eq!(a.transcripts[0].hgvsp.as_deref(), Some("p.Gly1="), "percent-escape undone");
        assert_eq!(a.worst_under(TranscriptPolicy::All).unwrap().feature.as_deref(), Some("T2"));
        assert_eq!(a.worst_under(TranscriptPolicy::Canonical).unwrap().feature.as_deref(), Some("T1"));
        assert_eq!(a.scores.af, Some(0.01));
        assert_eq!(record.alts[1].transcripts[0].consequences, ["missense_variant"]);
        assert_eq!(record.samples, [vec!["0/1".to_string(), "20".to_string()]]);
    }

    /// Every row of every annotated test file is held to the full decode
    /// in `tests/golden.rs`; here, what the entries say.
    #[test]
    fn the_worst_entry_s_hgvs_is_read_alone_and_unescaped() {
        let loaded = Loaded::from_bytes(VCF.as_bytes()).unwrap();
        let at = loaded.store.location(0);
        let text = &VCF[at.text_offset as usize..][..at.text_len as usize];
        let ctx = DecodeContext::new(&loaded);
        let all = worst_hgvs(text, &ctx, TranscriptPolicy::All).unwrap();
        assert_eq!((all[0].hgvsc.as_deref(), all[0].hgvsp.as_deref()), (Some("c.9G>A"), Some("p.Trp3Ter")));
        assert_eq!(all[1].hgvsc.as_deref(), Some("c.3G>T"));
        let canonical = worst_hgvs(text, &ctx, TranscriptPolicy::Canonical).unwrap();
        assert_eq!(canonical[0].hgvsp.as_deref(), Some("p.Gly1="), "the canonical entry, percent-escape undone");
    }

    #[test]
    fn snpeff_rank_is_an_intron_for_intronic_effects_and_an_exon_otherwise() {
        let vcf = "##fileformat=VCFv4.2\n\
##INFO=<ID=ANN,Number=.,Type=String,Description=\"Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | Transcript_BioType | Rank | HGVS.c | HGVS.p'\">\n\
#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n\
1\t100\t.\tG\tA\t50\tPASS\tANN=A|stop_gained|HIGH|G1|G1|transcript|T1|protein_coding|4/9|c.1G>A|p.Trp1*,A|splice_donor_variant&intron_variant|HIGH|G1|G1|transcript|T2|protein_coding|3/8|c.9+1G>A|\n";
        let loaded = Loaded::from_bytes(vcf.as_bytes()).unwrap();
        let at = loaded.store.location(0);
        let record =
            decode_record(&vcf[at.text_offset as usize..][..at.text_len as usize], &DecodeContext::new(&loaded))
                .unwrap();
        let t = &record.alts[0].transcripts;
        assert_eq!((t[0].exon.as_deref(), t[0].intron.as_deref()), (Some("4/9"), None));
        assert_eq!((t[1].exon.as_deref(), t[1].intron.as_deref()), (None, Some("3/8")));
    }
}
