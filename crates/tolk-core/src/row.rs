//! The row: what the grid shows of one variant (one ALT allele), decoded
//! from the store into a plain value that is cheap to send to the page.
//!
//! A row carries, besides the store's facts, the family's calls and the
//! inheritance modes it fits, so it names both [`crate::store`] and
//! [`crate::inheritance`]. It lives here, above both, so that the store
//! needs nothing from the inheritance judging that reads it.

use crate::annotation::summary::{Scores, TranscriptBasis};
use crate::annotation::{ClinVarSignificance, Consequence, Impact, TranscriptPolicy};
use crate::inheritance::mode::ModeFit;
use crate::inheritance::RelativeCall;
use crate::key::VariantKey;
use crate::knowledge::Known;
use crate::store::{Interner, VariantStore, NONE_U8};
use crate::sv::Structural;
use serde::{Deserialize, Serialize};

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
    /// 1-based number of this ALT in its record.
    pub alt_number: u16,
    /// `None` when QUAL is `.`.
    pub qual: Option<f32>,
    pub filter: String,
    /// The gene of the entry with the worst consequence under the policy.
    pub gene: Option<String>,
    /// Every gene the ALT's entries name.
    pub genes: Vec<String>,
    pub hgnc_id: Option<String>,
    /// Worst consequence (SO term) under the policy asked for.
    pub consequence: Option<String>,
    pub impact: Option<Impact>,
    /// Which transcripts the consequence comes from under that policy.
    pub basis: TranscriptBasis,
    pub scores: Scores,
    /// The line of the record in the uncompressed file.
    pub line: u32,
    /// The inheritance modes the row fits for the family of the current
    /// view (filled in by `view::fits`; empty without a family).
    #[serde(default)]
    pub inheritance: Vec<ModeFit>,
    /// The family's calls, proband first, with trio QC (filled in, like
    /// `inheritance`, where the view's family is known; empty without one).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calls: Vec<RelativeCall>,
    /// HGVS c. and p. of the entry the consequence comes from, filled in
    /// where the record is read again (the store does not keep them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hgvsc: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hgvsp: Option<String>,
    /// Its place when the view is ranked for the patient's phenotype.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<RankPlace>,
    /// What the lab's knowledge files say about it (filled in where the
    /// worker or the CLI has them).
    pub known: Known,
    /// Type, span and size, where it is a structural variant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sv: Option<Structural>,
}

/// A row's place in the view's phenotype ranking, as the grid's rank
/// column shows it (the ranking itself is `hpo::rank`'s).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RankPlace {
    /// 1 for the best.
    pub rank: u32,
    /// Priority, phenotype and variant scores, each 0 to 1.
    pub priority: f32,
    pub phenotype: f32,
    pub variant: f32,
}

impl VariantRow {
    /// `CHROM:POS:REF:ALT`, the identity the UI and tests use for a row.
    pub fn key(&self) -> String {
        VariantKey { chrom: &self.chrom, pos: self.pos, reference: &self.reference, alt: &self.alt }.to_string()
    }
}

/// Rows decoded from the store (written here, not in `store`, because a
/// row names the inheritance types the store does not).
impl VariantStore {
    /// The row at `index`, decoded for display, with its consequence under `policy`.
    pub fn row(&self, index: usize, policy: TranscriptPolicy) -> VariantRow {
        let rec = self.record_of(index);
        let (c, s, p) = (self.record_columns(), self.scores(), self.under(policy));
        let opt = |v: f32| (!v.is_nan()).then_some(v);
        let name = |interner: &Interner, id: u32| interner.name(id).map(str::to_owned);
        VariantRow {
            index: index as u32,
            chrom: name(self.chroms(), c.chrom[rec]).unwrap_or_default(),
            pos: c.pos[rec],
            reference: self.reference(index).to_owned(),
            alt: self.alt(index).to_owned(),
            alt_number: self.alt_number(index),
            qual: opt(c.qual[rec]),
            filter: name(self.filters(), c.filter[rec]).unwrap_or_default(),
            gene: name(self.genes(), p.gene[index]),
            genes: self.row_genes(index).iter().filter_map(|&g| name(self.genes(), g)).collect(),
            hgnc_id: name(self.hgnc(), self.hgnc_id(index)),
            consequence: Consequence::from_rank(p.consequence[index]).map(|c| c.as_str().to_owned()),
            impact: impact_from_u8(p.impact[index]),
            basis: policy.basis(self.flags(index)),
            scores: Scores {
                af: opt(s.af[index]),
                faf: opt(s.faf[index]),
                cadd: opt(s.cadd[index]),
                revel: opt(s.revel[index]),
                spliceai: opt(s.spliceai[index]),
                alphamissense: opt(s.alphamissense[index]),
                clinvar: ClinVarSignificance(s.clinvar[index]).words().into_iter().map(String::from).collect(),
                clinvar_stars: (s.clinvar_stars[index] != NONE_U8).then_some(s.clinvar_stars[index]),
                lof_hc: s.lof_hc[index],
                rank_score: opt(s.rank_score[index]),
            },
            line: u32::try_from(c.line[rec]).unwrap_or(u32::MAX),
            inheritance: Vec::new(),
            calls: Vec::new(),
            hgvsc: None,
            hgvsp: None,
            priority: None,
            known: Known::default(),
            sv: self.structural(index),
        }
    }

    /// Rows `start..start + count`, clipped to the store.
    pub fn rows(&self, start: usize, count: usize, policy: TranscriptPolicy) -> Vec<VariantRow> {
        let end = start.saturating_add(count).min(self.len());
        (start.min(end)..end).map(|i| self.row(i, policy)).collect()
    }
}

fn impact_from_u8(v: u8) -> Option<Impact> {
    [Impact::High, Impact::Moderate, Impact::Low, Impact::Modifier].get(v as usize).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::summary::{AltAnnotation, PolicySummary};
    use crate::store::{NewRecord, PackedCall, RecordLocation};
    use crate::vcf::genotype::{Genotype, Zygosity};

    #[test]
    fn rows_round_trip_through_the_columns() {
        let mut store = VariantStore::new(1);
        store.push_record(NewRecord {
            chrom: "chr1",
            pos: 100,
            reference: "CT",
            qual: None,
            filter: "PASS",
            line: 7,
            text_offset: 300,
            text_len: 40,
        });
        let summary = PolicySummary {
            gene: Some("BRCA1"),
            consequence: Consequence::parse("frameshift_variant"),
            impact: Some(Impact::High),
            entry: Some(0),
        };
        let annotation = AltAnnotation {
            by_policy: [summary; 5],
            af: Some(0.001),
            genes: vec!["BRCA1", "NBR2"],
            ..AltAnnotation::default()
        };
        let call = PackedCall::new(
            Genotype { alt_copies: 1, called: 2, phased: false, missing: false },
            Some(30),
            Some(99.0),
            Some(0.5),
        );
        for (n, alt) in ["C", "CTT"].iter().enumerate() {
            store.push_alt(n as u16 + 1, alt, &annotation, &[call]);
        }
        assert_eq!((store.len(), store.records()), (2, 1));
        let row = store.row(1, TranscriptPolicy::All);
        assert_eq!(row.key(), "chr1:100:CT:CTT");
        assert_eq!((row.alt_number, row.qual, row.scores.af), (2, None, Some(0.001)));
        assert_eq!(row.consequence.as_deref(), Some("frameshift_variant"));
        assert_eq!(row.genes, ["BRCA1", "NBR2"]);
        assert_eq!(store.row(0, TranscriptPolicy::All).genes, ["BRCA1", "NBR2"]);
        let calls = store.calls(1);
        assert_eq!(calls[0].zygosity, Zygosity::Het);
        assert_eq!((calls[0].dp, calls[0].gq, calls[0].ab), (Some(30), Some(99), Some(0.5)));
        assert_eq!(store.location(1), RecordLocation { line: 7, text_offset: 300, text_len: 40 });
        assert_eq!(store.rows(1, 10, TranscriptPolicy::All).len(), 1);
        assert!(store.rows(5, 10, TranscriptPolicy::All).is_empty());
        assert!(store.heap_bytes() > 0);
    }
}
