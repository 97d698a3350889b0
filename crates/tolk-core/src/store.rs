//! The variant store: one row per ALT allele, held column by column so that
//! filters scan tight arrays and a genome-sized file stays small.
//!
//! Repeated strings (chromosomes, genes, FILTER values, HGNC ids) are
//! interned; alleles live in one text arena; scores are `f32` with NaN for
//! "missing"; per-sample calls are packed into 5 bytes. What filters do not
//! need (every transcript's HGVS, all INFO) is not kept: each record's
//! place in the uncompressed text is, so it can be decoded again on demand
//! (`vcf::detail`).

use crate::annotation::summary::{AltAnnotation, TranscriptFlags};
use crate::annotation::{Consequence, TranscriptPolicy};
use crate::key::VariantKey;
use crate::sv::columns::SvColumns;
use crate::sv::samples::SvCall;
use crate::sv::{Structural, SvAllele};
use crate::vcf::genotype::{Genotype, Zygosity};
use foldhash::HashMap;
use serde::{Deserialize, Serialize};

pub(crate) use crate::missing::{NONE_U16, NONE_U32, NONE_U8};
/// Allele balance is stored in steps of 1/200.
const AB_STEPS: f32 = 200.0;
/// One set of per-policy columns for each transcript policy.
const POLICIES: usize = TranscriptPolicy::EVERY.len();

/// Interned strings, each stored once and named by a dense `u32`.
/// Serialised as the list of names; the lookup map is rebuilt from it.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(from = "Vec<Box<str>>", into = "Vec<Box<str>>")]
pub(crate) struct Interner {
    ids: HashMap<Box<str>, u32>,
    pub(crate) names: Vec<Box<str>>,
    /// The last name interned: neighbouring rows repeat gene and chromosome.
    last: u32,
}

impl Interner {
    fn intern(&mut self, name: &str) -> u32 {
        if self.names.get(self.last as usize).is_some_and(|n| &**n == name) {
            return self.last;
        }
        let id = match self.ids.get(name) {
            Some(&id) => id,
            None => {
                let id = self.names.len() as u32;
                self.names.push(name.into());
                self.ids.insert(name.into(), id);
                id
            }
        };
        self.last = id;
        id
    }

    fn intern_opt(&mut self, name: Option<&str>) -> u32 {
        name.map_or(NONE_U32, |n| self.intern(n))
    }

    pub(crate) fn name(&self, id: u32) -> Option<&str> {
        self.names.get(id as usize).map(|n| &**n)
    }

    /// Interns every name of `other`; the result maps `other`'s ids to this one's.
    fn absorb(&mut self, other: &Interner) -> Vec<u32> {
        other.names.iter().map(|name| self.intern(name)).collect()
    }

    fn heap_bytes(&self) -> usize {
        // Each name is held twice (map key and list) plus per-entry overhead.
        self.names.iter().map(|n| 2 * n.len() + 48).sum()
    }
}

impl From<Vec<Box<str>>> for Interner {
    fn from(names: Vec<Box<str>>) -> Interner {
        let ids = names.iter().enumerate().map(|(id, name)| (name.clone(), id as u32)).collect();
        Interner { ids, names, last: 0 }
    }
}

impl From<Interner> for Vec<Box<str>> {
    fn from(interner: Interner) -> Vec<Box<str>> {
        interner.names
    }
}

/// Text packed end to end, named by index.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub(crate) struct Arena {
    text: String,
    ends: Vec<u32>,
}

impl Arena {
    fn push(&mut self, text: &str) -> u32 {
        self.text.push_str(text);
        self.ends.push(self.text.len() as u32);
        (self.ends.len() - 1) as u32
    }

    /// Appends `other`'s texts; returns what to add to `other`'s ids.
    fn append(&mut self, other: Arena) -> u32 {
        let first = self.ends.len() as u32;
        let base = self.text.len() as u32;
        self.text.push_str(&other.text);
        self.ends.extend(other.ends.iter().map(|&end| base + end));
        first
    }

    pub(crate) fn get(&self, id: u32) -> &str {
        let i = id as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }
}

/// One sample's call for one row, packed (see [`Genotype::pack`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackedCall {
    pub genotype: u8,
    /// Saturates at 65,534.
    pub dp: u16,
    /// Saturates at 254.
    pub gq: u8,
    /// Allele balance in steps of 1/200.
    pub ab: u8,
}

impl PackedCall {
    /// A sample with no data for this record.
    pub const EMPTY: PackedCall = PackedCall { genotype: 0, dp: NONE_U16, gq: NONE_U8, ab: NONE_U8 };

    pub fn new(genotype: Genotype, dp: Option<u32>, gq: Option<f32>, ab: Option<f32>) -> PackedCall {
        PackedCall {
            genotype: genotype.pack(),
            dp: dp.map_or(NONE_U16, |d| d.min(u32::from(NONE_U16) - 1) as u16),
            gq: gq.filter(|g| g.is_finite()).map_or(NONE_U8, |g| g.round().clamp(0.0, 254.0) as u8),
            ab: ab.map_or(NONE_U8, |a| (a.clamp(0.0, 1.0) * AB_STEPS).round() as u8),
        }
    }

    pub fn genotype(self) -> Genotype {
        Genotype::unpack(self.genotype)
    }

    pub fn zygosity(self) -> Zygosity {
        self.genotype().zygosity()
    }

    /// DP, if the file gave it (or AD to sum).
    pub fn dp(self) -> Option<u32> {
        (self.dp != NONE_U16).then_some(u32::from(self.dp))
    }

    pub fn gq(self) -> Option<u32> {
        (self.gq != NONE_U8).then_some(u32::from(self.gq))
    }

    /// Allele balance, ALT / (REF + ALT), where AD was given.
    pub fn ab(self) -> Option<f32> {
        (self.ab != NONE_U8).then(|| f32::from(self.ab) / AB_STEPS)
    }
}

/// One sample's call as shown to people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Call {
    pub zygosity: Zygosity,
    pub genotype: Genotype,
    /// FORMAT DP, or where the file gives none, the sum of AD.
    pub dp: Option<u32>,
    pub gq: Option<u32>,
    /// Allele balance, alt / (ref + alt), from AD.
    pub ab: Option<f32>,
    /// A structural variant's copy number (FORMAT `CN`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copies: Option<u8>,
    /// A structural variant's ALT-supporting reads (Manta's PR + SR,
    /// Delly's DV + RV, Lumpy's SU).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sv_reads: Option<u16>,
}

impl From<PackedCall> for Call {
    fn from(p: PackedCall) -> Call {
        let genotype = p.genotype();
        Call {
            zygosity: genotype.zygosity(),
            genotype,
            dp: p.dp(),
            gq: p.gq(),
            ab: p.ab(),
            copies: None,
            sv_reads: None,
        }
    }
}

/// The record-level facts of one data line, as the parser hands them over.
pub struct NewRecord<'a> {
    pub chrom: &'a str,
    pub pos: u32,
    pub reference: &'a str,
    pub qual: Option<f32>,
    pub filter: &'a str,
    pub line: u64,
    /// Where the line starts in the uncompressed text, and its length.
    pub text_offset: u64,
    pub text_len: u32,
}

/// Where a record is in the uncompressed text, for decoding it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordLocation {
    pub line: u64,
    pub text_offset: u64,
    pub text_len: u32,
}

/// A group of columns that grow, shrink and count their bytes together:
/// the field list is written once, here, and each group's appending (which
/// must rename interned ids and move arena references) stays with it.
/// `plain` groups, whose values need no renaming, also extend from another.
macro_rules! columns {
    ($(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* $field:ident: $ty:ty,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Default, Clone, Serialize, Deserialize)]
        pub(crate) struct $name {
            $($(#[$fmeta])* pub(crate) $field: Vec<$ty>,)*
        }

        impl $name {
            fn shrink_to_fit(&mut self) {
                $(self.$field.shrink_to_fit();)*
            }

            fn heap_bytes(&self) -> usize {
                0 $(+ self.$field.capacity() * std::mem::size_of::<$ty>())*
            }
        }
    };
    (plain $(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* $field:ident: $ty:ty,)* }) => {
        columns!($(#[$meta])* $name { $($(#[$fmeta])* $field: $ty,)* });

        impl $name {
            fn extend_from(&mut self, other: &$name) {
                $(self.$field.extend_from_slice(&other.$field);)*
            }
        }
    };
}

columns!(
    /// One entry per record (data line).
    RecordColumns {
        /// Interned in [`VariantStore::chroms`].
        chrom: u32,
        pos: u32,
        /// In [`VariantStore::alleles`].
        reference: u32,
        /// NaN when QUAL is `.`.
        qual: f32,
        /// Interned in [`VariantStore::filters`].
        filter: u32,
        line: u64,
        offset: u64,
        len: u32,
    }
);

columns!(
    /// One entry per row (ALT allele), besides scores and per-policy facts.
    RowColumns {
        /// The row's record.
        record: u32,
        alt_number: u16,
        /// In [`VariantStore::alleles`].
        alt: u32,
        /// [`TranscriptFlags`], packed: which kinds of flagged transcript the
        /// row's entries include, so each policy can say what it used.
        flags: u8,
        /// Interned in [`VariantStore::hgnc`].
        hgnc_id: u32,
        /// Every gene of each row, packed: row `i`'s are
        /// `all_genes[gene_ends[i - 1]..gene_ends[i]]` (most rows have one).
        all_genes: u32,
        gene_ends: u32,
    }
);

columns!(plain
    /// One entry per row: frequencies, scores and ClinVar, NaN (or the
    /// `NONE_` sentinel) for missing.
    ScoreColumns {
        af: f32,
        faf: f32,
        cadd: f32,
        revel: f32,
        spliceai: f32,
        alphamissense: f32,
        clinvar: u16,
        clinvar_stars: u8,
        lof_hc: bool,
        rank_score: f32,
    }
);

columns!(
    /// One entry per row under one transcript policy.
    PolicyColumns {
        /// [`Consequence::rank`], or `NONE_U8`.
        consequence: u8,
        impact: u8,
        /// Interned in [`VariantStore::genes`].
        gene: u32,
    }
);

/// Columnar storage of every ALT row of a file. Serialisable so that a
/// part of a file parsed in another worker can be sent back to be joined
/// ([`VariantStore::append`]). Other modules read it through its methods:
/// slices of the columns filters scan, and decoded values.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct VariantStore {
    samples: usize,
    chroms: Interner,
    genes: Interner,
    hgnc: Interner,
    filters: Interner,
    alleles: Arena,
    records: RecordColumns,
    rows: RowColumns,
    scores: ScoreColumns,
    policies: [PolicyColumns; POLICIES],
    /// Per row and sample, row-major.
    calls: Vec<PackedCall>,
    /// Structural rows only.
    sv: SvColumns,
}

impl VariantStore {
    /// An empty store for a file with `samples` sample columns.
    pub fn new(samples: usize) -> VariantStore {
        VariantStore { samples, ..VariantStore::default() }
    }

    /// Number of rows (ALT alleles).
    pub fn len(&self) -> usize {
        self.rows.record.len()
    }

    /// True when the file had no ALT alleles.
    pub fn is_empty(&self) -> bool {
        self.rows.record.is_empty()
    }

    /// Number of records stored (data lines that were not skipped).
    pub fn records(&self) -> usize {
        self.records.pos.len()
    }

    /// Sample columns of the file.
    pub fn samples(&self) -> usize {
        self.samples
    }

    /// Appends a record; its ALT rows follow with [`VariantStore::push_alt`].
    pub fn push_record(&mut self, r: NewRecord<'_>) {
        let c = &mut self.records;
        c.chrom.push(self.chroms.intern(r.chrom));
        c.pos.push(r.pos);
        c.reference.push(self.alleles.push(r.reference));
        c.qual.push(r.qual.unwrap_or(f32::NAN));
        c.filter.push(self.filters.intern(r.filter));
        c.line.push(r.line);
        c.offset.push(r.text_offset);
        c.len.push(r.text_len);
    }

    /// Makes room for `additional` more calls, or says that memory ran out.
    /// The calls are the store's one column that grows with samples × ALTs,
    /// so in a 4 GiB wasm memory they are what runs out; failing here, before
    /// the record is half-stored, lets the load stop with a message instead
    /// of the allocator aborting the worker. Growth is amortised first, then
    /// exact, so the last few hundred MB are still used.
    pub fn reserve_calls(&mut self, additional: usize) -> Result<(), u64> {
        self.calls
            .try_reserve(additional)
            .or_else(|_| self.calls.try_reserve_exact(additional))
            .map_err(|_| (self.calls.capacity() * std::mem::size_of::<PackedCall>()) as u64)
    }

    /// Appends a row for ALT number `alt_number` (1-based) of the last record.
    /// `calls` has one entry per sample.
    pub fn push_alt(&mut self, alt_number: u16, alt: &str, a: &AltAnnotation<'_>, calls: &[PackedCall]) {
        debug_assert_eq!(calls.len(), self.samples);
        let r = &mut self.rows;
        r.record.push((self.records.pos.len() - 1) as u32);
        r.alt_number.push(alt_number);
        r.alt.push(self.alleles.push(alt));
        for policy in TranscriptPolicy::EVERY {
            let s = a.under(policy);
            let p = &mut self.policies[policy.index()];
            p.consequence.push(s.consequence.map_or(NONE_U8, Consequence::rank));
            p.impact.push(s.impact.map_or(NONE_U8, |x| x as u8));
            p.gene.push(self.genes.intern_opt(s.gene));
        }
        r.flags.push(a.flags.pack());
        r.hgnc_id.push(self.hgnc.intern_opt(a.hgnc_id));
        for gene in &a.genes {
            r.all_genes.push(self.genes.intern(gene));
        }
        r.gene_ends.push(r.all_genes.len() as u32);
        let s = &mut self.scores;
        s.af.push(a.af.unwrap_or(f32::NAN));
        s.faf.push(a.faf.unwrap_or(f32::NAN));
        s.cadd.push(a.cadd.unwrap_or(f32::NAN));
        s.revel.push(a.revel.unwrap_or(f32::NAN));
        s.spliceai.push(a.spliceai.unwrap_or(f32::NAN));
        s.alphamissense.push(a.alphamissense.unwrap_or(f32::NAN));
        s.clinvar.push(a.clinvar.0);
        s.clinvar_stars.push(a.clinvar_stars.unwrap_or(NONE_U8));
        s.lof_hc.push(a.lof_hc);
        s.rank_score.push(a.rank_score.unwrap_or(f32::NAN));
        self.calls.extend_from_slice(calls);
    }

    /// Marks the last row pushed as structural: `sv` as read from the
    /// record (its mate is kept in the allele arena), `calls` one per sample.
    pub fn push_sv(&mut self, sv: &SvAllele<'_>, calls: &[SvCall]) {
        debug_assert_eq!(calls.len(), self.samples);
        let mate = sv.mate.as_deref().map(|m| self.alleles.push(m));
        self.sv.push((self.len() - 1) as u32, sv, mate, calls);
    }

    /// Row `index` as a structural variant, if it is one.
    pub fn structural(&self, index: usize) -> Option<Structural> {
        let e = self.sv.entry(self.sv.find(index as u32)?);
        let (start, end) = e.kind.span(self.records.pos[self.record_of(index)], e.end);
        Some(Structural {
            kind: e.kind,
            start,
            end,
            len: e.len,
            cipos: e.cipos,
            ciend: e.ciend,
            imprecise: e.imprecise,
            mate: e.mate.map(|m| self.alleles.get(m).to_owned()),
        })
    }

    /// How many rows are structural variants.
    pub fn structural_rows(&self) -> usize {
        self.sv.rows().len()
    }

    /// The structural columns (which rows are structural, and their facts).
    pub(crate) fn sv_columns(&self) -> &SvColumns {
        &self.sv
    }

    /// Appends the rows of `other`, a store of the text that follows this
    /// one's in the same file (a part parsed elsewhere): its interned names
    /// are renamed into this store's, and its allele, record and gene
    /// references moved past this store's own. The result is the store a
    /// single pass over both texts builds, ids included. Fails, like
    /// [`VariantStore::reserve_calls`], when memory runs out.
    pub fn append(&mut self, other: VariantStore) -> Result<(), u64> {
        debug_assert_eq!(self.samples, other.samples);
        self.reserve_calls(other.calls.len())?;
        fn renamed<'a>(ids: &'a [u32], map: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
            ids.iter().map(|&id| if id == NONE_U32 { NONE_U32 } else { map[id as usize] })
        }
        fn moved(ids: &[u32], by: u32) -> impl Iterator<Item = u32> + '_ {
            ids.iter().map(move |&id| id + by)
        }
        let chroms = self.chroms.absorb(&other.chroms);
        let genes = self.genes.absorb(&other.genes);
        let hgnc = self.hgnc.absorb(&other.hgnc);
        let filters = self.filters.absorb(&other.filters);
        let alleles = self.alleles.append(other.alleles);
        let records = self.records.pos.len() as u32;
        self.sv.append(&other.sv, self.len() as u32, alleles);
        let gene_list = self.rows.all_genes.len() as u32;

        let (c, o) = (&mut self.records, &other.records);
        c.chrom.extend(renamed(&o.chrom, &chroms));
        c.pos.extend_from_slice(&o.pos);
        c.reference.extend(moved(&o.reference, alleles));
        c.qual.extend_from_slice(&o.qual);
        c.filter.extend(renamed(&o.filter, &filters));
        c.line.extend_from_slice(&o.line);
        c.offset.extend_from_slice(&o.offset);
        c.len.extend_from_slice(&o.len);

        let (r, o) = (&mut self.rows, &other.rows);
        r.record.extend(moved(&o.record, records));
        r.alt_number.extend_from_slice(&o.alt_number);
        r.alt.extend(moved(&o.alt, alleles));
        r.flags.extend_from_slice(&o.flags);
        r.hgnc_id.extend(renamed(&o.hgnc_id, &hgnc));
        r.all_genes.extend(renamed(&o.all_genes, &genes));
        r.gene_ends.extend(moved(&o.gene_ends, gene_list));

        for (p, o) in self.policies.iter_mut().zip(&other.policies) {
            p.consequence.extend_from_slice(&o.consequence);
            p.impact.extend_from_slice(&o.impact);
            p.gene.extend(renamed(&o.gene, &genes));
        }
        self.scores.extend_from(&other.scores);
        self.calls.extend_from_slice(&other.calls);
        Ok(())
    }

    /// The 1-based ALT number of row `index` in its record.
    pub fn alt_number(&self, index: usize) -> u16 {
        self.rows.alt_number[index]
    }

    /// `CHROM:POS:REF:ALT` of row `index`, without decoding the rest.
    pub fn key(&self, index: usize) -> String {
        self.variant_key(index).to_string()
    }

    /// Row `index`'s key, borrowed from the store: for callers that make
    /// their own form of it (a knowledge file's site) without the text.
    pub fn variant_key(&self, index: usize) -> VariantKey<'_> {
        let rec = self.record_of(index);
        VariantKey {
            chrom: self.chroms.name(self.records.chrom[rec]).unwrap_or_default(),
            pos: self.records.pos[rec],
            reference: self.alleles.get(self.records.reference[rec]),
            alt: self.alleles.get(self.rows.alt[index]),
        }
    }

    /// Row `index`'s calls, one per sample in header order. Apart from
    /// [`VariantStore::row`]: the table shows none, and a cohort file's
    /// 10,000 calls per row made each page of rows take seconds to send.
    pub fn calls(&self, index: usize) -> Vec<Call> {
        let sv = self.sv.find(index as u32).map(|i| self.sv.calls(i, self.samples));
        let packed = self.packed_calls(index).iter();
        packed
            .enumerate()
            .map(|(s, &p)| {
                let mut call = Call::from(p);
                if let Some(sv) = sv {
                    (call.copies, call.sv_reads) = (sv[s].copies(), sv[s].reads());
                }
                call
            })
            .collect()
    }

    /// Sample `sample`'s call of row `index`, with a structural variant's
    /// copy number and supporting reads.
    pub fn call(&self, index: usize, sample: usize) -> Call {
        let mut call = Call::from(self.packed_calls(index)[sample]);
        if let Some(i) = self.sv.find(index as u32) {
            let sv = self.sv.calls(i, self.samples)[sample];
            (call.copies, call.sv_reads) = (sv.copies(), sv.reads());
        }
        call
    }

    /// Row `index`'s calls as stored, one per sample.
    pub(crate) fn packed_calls(&self, index: usize) -> &[PackedCall] {
        &self.calls[index * self.samples..(index + 1) * self.samples]
    }

    /// Every row's genes, end to end (see [`VariantStore::row_genes`]).
    pub(crate) fn all_row_genes(&self) -> &[u32] {
        &self.rows.all_genes
    }

    /// The interned ids of every gene of row `index`.
    pub(crate) fn row_genes(&self, index: usize) -> &[u32] {
        let ends = &self.rows.gene_ends;
        let start = if index == 0 { 0 } else { ends[index - 1] as usize };
        &self.rows.all_genes[start..ends[index] as usize]
    }

    /// Where the record of row `index` is in the uncompressed text.
    pub fn location(&self, index: usize) -> RecordLocation {
        let rec = self.record_of(index);
        let c = &self.records;
        RecordLocation { line: c.line[rec], text_offset: c.offset[rec], text_len: c.len[rec] }
    }

    /// Number of distinct gene symbols (under any policy).
    pub fn gene_count(&self) -> usize {
        self.genes.names.len()
    }

    /// The record of row `index`.
    pub(crate) fn record_of(&self, index: usize) -> usize {
        self.rows.record[index] as usize
    }

    /// The per-record columns (chromosome ids, positions, QUAL, FILTER ids).
    pub(crate) fn record_columns(&self) -> &RecordColumns {
        &self.records
    }

    /// The per-row scores (NaN or `NONE_` for missing).
    pub(crate) fn scores(&self) -> &ScoreColumns {
        &self.scores
    }

    /// Consequence, impact and gene of every row under `policy`.
    pub(crate) fn under(&self, policy: TranscriptPolicy) -> &PolicyColumns {
        &self.policies[policy.index()]
    }

    /// Row `index`'s HGNC id, interned (`NONE_U32` for none).
    pub(crate) fn hgnc_id(&self, index: usize) -> u32 {
        self.rows.hgnc_id[index]
    }

    /// Which kinds of flagged transcript row `index`'s entries include.
    pub(crate) fn flags(&self, index: usize) -> TranscriptFlags {
        TranscriptFlags::unpack(self.rows.flags[index])
    }

    /// The interned chromosome names, by id.
    pub(crate) fn chroms(&self) -> &Interner {
        &self.chroms
    }

    /// The interned gene symbols, by id.
    pub(crate) fn genes(&self) -> &Interner {
        &self.genes
    }

    /// The interned HGNC ids, by id.
    pub(crate) fn hgnc(&self) -> &Interner {
        &self.hgnc
    }

    /// The interned FILTER values, by id.
    pub(crate) fn filters(&self) -> &Interner {
        &self.filters
    }

    /// Row `index`'s ALT allele.
    pub(crate) fn alt(&self, index: usize) -> &str {
        self.alleles.get(self.rows.alt[index])
    }

    /// Row `index`'s REF allele (its record's).
    pub(crate) fn reference(&self, index: usize) -> &str {
        self.alleles.get(self.records.reference[self.record_of(index)])
    }

    /// Heap bytes held by the columns, arenas and interners (capacity, not
    /// length: what the allocator really holds).
    pub fn heap_bytes(&self) -> usize {
        let columns = self.records.heap_bytes()
            + self.rows.heap_bytes()
            + self.scores.heap_bytes()
            + self.policies.iter().map(PolicyColumns::heap_bytes).sum::<usize>()
            + self.calls.capacity() * std::mem::size_of::<PackedCall>()
            + self.sv.heap_bytes();
        let strings = self.alleles.text.capacity()
            + self.alleles.ends.capacity() * std::mem::size_of::<u32>()
            + self.chroms.heap_bytes()
            + self.genes.heap_bytes()
            + self.hgnc.heap_bytes()
            + self.filters.heap_bytes();
        columns + strings
    }

    /// Gives back the spare capacity the columns grew into while loading
    /// (a growing vector can hold up to twice what it needs). Called once,
    /// when a file has been read to the end.
    pub fn shrink_to_fit(&mut self) {
        self.records.shrink_to_fit();
        self.rows.shrink_to_fit();
        self.scores.shrink_to_fit();
        self.policies.iter_mut().for_each(PolicyColumns::shrink_to_fit);
        self.calls.shrink_to_fit();
        self.sv.shrink_to_fit();
        self.alleles.text.shrink_to_fit();
        self.alleles.ends.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shrinking_keeps_every_row_and_frees_spare_capacity() {
        let mut store = VariantStore::new(0);
        for pos in 0..1000 {
            store.push_record(NewRecord {
                chrom: "1",
                pos,
                reference: "A",
                qual: Some(1.0),
                filter: "PASS",
                line: u64::from(pos),
                text_offset: 0,
                text_len: 0,
            });
            store.push_alt(1, "G", &AltAnnotation::default(), &[]);
        }
        let rows = store.rows(0, usize::MAX, TranscriptPolicy::All);
        let before = store.heap_bytes();
        store.shrink_to_fit();
        assert!(store.heap_bytes() < before, "{} >= {before}", store.heap_bytes());
        assert_eq!(store.rows(0, usize::MAX, TranscriptPolicy::All), rows);
    }

    #[test]
    fn packed_calls_saturate_and_keep_missing_apart() {
        let g = Genotype::default();
        let p = PackedCall::new(g, Some(1_000_000), Some(1e6), Some(2.0));
        assert_eq!((p.dp, p.gq, p.ab), (65_534, 254, 200));
        let c = Call::from(PackedCall::EMPTY);
        assert_eq!((c.dp, c.gq, c.ab, c.zygosity), (None, None, None, Zygosity::Missing));
    }
}
