//! The variant store: one row per ALT allele, held column by column so that
//! filters scan tight arrays and a genome-sized file stays small.
//!
//! Repeated strings (chromosomes, genes, FILTER values) are interned; alleles
//! live in one byte arena. A row costs about 40 bytes here, before the
//! on-demand decoding of the engine issue moves rarely used fields out.

use crate::annotation::{Consequence, Impact};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

const NONE_U32: u32 = u32::MAX;
const NONE_U8: u8 = u8::MAX;

/// Interned strings, each stored once and named by a dense `u32`.
#[derive(Debug, Default, Clone)]
struct Interner {
    ids: HashMap<Box<str>, u32>,
    names: Vec<Box<str>>,
}

impl Interner {
    fn intern(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(name.into());
        self.ids.insert(name.into(), id);
        id
    }

    fn name(&self, id: u32) -> &str {
        &self.names[id as usize]
    }
}

/// Byte strings packed end to end, named by index.
#[derive(Debug, Default, Clone)]
struct Arena {
    bytes: String,
    ends: Vec<u32>,
}

impl Arena {
    fn push(&mut self, text: &str) -> u32 {
        self.bytes.push_str(text);
        self.ends.push(self.bytes.len() as u32);
        (self.ends.len() - 1) as u32
    }

    fn get(&self, id: u32) -> &str {
        let i = id as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.bytes[start..self.ends[i] as usize]
    }
}

/// One row as the table shows it: a plain value, cheap to send to the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VariantRow {
    /// Row index in the store.
    pub index: u32,
    pub chrom: String,
    pub pos: u32,
    #[serde(rename = "ref")]
    pub reference: String,
    pub alt: String,
    /// `None` when QUAL is `.`.
    pub qual: Option<f32>,
    pub filter: String,
    pub gene: Option<String>,
    /// Worst consequence (SO term).
    pub consequence: Option<String>,
    pub impact: Option<Impact>,
    /// The line of the record in the uncompressed file.
    pub line: u32,
}

impl VariantRow {
    /// `CHROM:POS:REF:ALT`, the identity the UI and tests use for a row.
    pub fn key(&self) -> String {
        format!("{}:{}:{}:{}", self.chrom, self.pos, self.reference, self.alt)
    }
}

/// The fields of one ALT row, as the parser hands them over.
pub struct NewRow<'a> {
    pub chrom: &'a str,
    pub pos: u32,
    /// Arena id of REF, shared by the rows of one record (see [`VariantStore::push_allele`]).
    pub reference: u32,
    pub alt: &'a str,
    pub qual: Option<f32>,
    pub filter: &'a str,
    pub gene: Option<&'a str>,
    pub consequence: Option<Consequence>,
    pub impact: Option<Impact>,
    pub line: u32,
}

/// Columnar storage of every ALT row of a file.
#[derive(Debug, Default, Clone)]
pub struct VariantStore {
    chroms: Interner,
    genes: Interner,
    filters: Interner,
    alleles: Arena,
    chrom: Vec<u32>,
    pos: Vec<u32>,
    reference: Vec<u32>,
    alt: Vec<u32>,
    qual: Vec<f32>,
    filter: Vec<u32>,
    gene: Vec<u32>,
    consequence: Vec<u8>,
    impact: Vec<u8>,
    line: Vec<u32>,
}

impl VariantStore {
    /// Number of rows (ALT alleles).
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    /// True when the file had no data lines.
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    /// Stores an allele once so that several rows can name it (REF of a
    /// multi-allelic record).
    pub fn push_allele(&mut self, allele: &str) -> u32 {
        self.alleles.push(allele)
    }

    /// Appends one row.
    pub fn push(&mut self, row: NewRow<'_>) {
        self.chrom.push(self.chroms.intern(row.chrom));
        self.pos.push(row.pos);
        self.reference.push(row.reference);
        let alt = self.alleles.push(row.alt);
        self.alt.push(alt);
        self.qual.push(row.qual.unwrap_or(f32::NAN));
        self.filter.push(self.filters.intern(row.filter));
        self.gene.push(row.gene.map_or(NONE_U32, |g| self.genes.intern(g)));
        self.consequence.push(row.consequence.map_or(NONE_U8, |c| c.rank()));
        self.impact.push(row.impact.map_or(NONE_U8, |i| i as u8));
        self.line.push(row.line);
    }

    /// The row at `index`, decoded for display.
    pub fn row(&self, index: usize) -> VariantRow {
        let gene = self.gene[index];
        let qual = self.qual[index];
        VariantRow {
            index: index as u32,
            chrom: self.chroms.name(self.chrom[index]).to_owned(),
            pos: self.pos[index],
            reference: self.alleles.get(self.reference[index]).to_owned(),
            alt: self.alleles.get(self.alt[index]).to_owned(),
            qual: (!qual.is_nan()).then_some(qual),
            filter: self.filters.name(self.filter[index]).to_owned(),
            gene: (gene != NONE_U32).then(|| self.genes.name(gene).to_owned()),
            consequence: Consequence::from_rank(self.consequence[index]).map(|c| c.as_str().to_owned()),
            impact: impact_from_u8(self.impact[index]),
            line: self.line[index],
        }
    }

    /// Rows `start..start + count`, clipped to the store.
    pub fn rows(&self, start: usize, count: usize) -> Vec<VariantRow> {
        let end = start.saturating_add(count).min(self.len());
        (start.min(end)..end).map(|i| self.row(i)).collect()
    }

    /// Number of distinct gene symbols.
    pub fn gene_count(&self) -> usize {
        self.genes.names.len()
    }

    /// Approximate heap bytes held by the columns and arenas.
    pub fn heap_bytes(&self) -> usize {
        let columns = self.len() * (4 * 7 + 4 + 2);
        let strings: usize = [&self.chroms, &self.genes, &self.filters]
            .iter()
            .map(|i| i.names.iter().map(|n| 2 * n.len() + 48).sum::<usize>())
            .sum();
        columns + self.alleles.bytes.len() + self.alleles.ends.len() * 4 + strings
    }
}

fn impact_from_u8(v: u8) -> Option<Impact> {
    [Impact::High, Impact::Moderate, Impact::Low, Impact::Modifier].get(v as usize).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_round_trip_through_the_columns() {
        let mut store = VariantStore::default();
        let reference = store.push_allele("CT");
        for alt in ["C", "CTT"] {
            store.push(NewRow {
                chrom: "chr1",
                pos: 100,
                reference,
                alt,
                qual: None,
                filter: "PASS",
                gene: Some("BRCA1"),
                consequence: Consequence::parse("frameshift_variant"),
                impact: Some(Impact::High),
                line: 7,
            });
        }
        assert_eq!(store.len(), 2);
        let row = store.row(1);
        assert_eq!(row.key(), "chr1:100:CT:CTT");
        assert_eq!(row.qual, None);
        assert_eq!(row.consequence.as_deref(), Some("frameshift_variant"));
        assert_eq!(row.impact, Some(Impact::High));
        assert_eq!(store.gene_count(), 1);
        assert_eq!(store.rows(1, 10).len(), 1);
        assert!(store.rows(5, 10).is_empty());
    }
}
