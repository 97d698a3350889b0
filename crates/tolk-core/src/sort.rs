//! The order a view's rows are shown in: file order unless the user sorts
//! by a column. Sorting is stable (rows with the same value keep their file
//! order), and a row without a value comes last whichever the direction, as
//! spreadsheets do: "no AF in the sources in use" is not the rarest AF.
//!
//! Each row's value is turned into one `u64` that orders as the value does,
//! so a million rows sort as a million integers.
//!
//! The columns are the grid's ([`Column`], those that [`Column::sorts`]).
//! Position sorts in karyotype order (1-22, X, Y, M, then others by name),
//! then by position; consequence from the most severe under the view's
//! transcript policy. Scores sort low to high first, as every column does;
//! a clinician looking for the most damaging clicks twice. ClinVar (the
//! most pathogenic class a row has, more review stars first within a
//! class) and the class given ([`GivenClasses`]) sort from pathogenic to
//! benign first, as their columns read.

use crate::acmg::Class;
use crate::annotation::clinvar::{ClinVarClass, ClinVarSignificance};
use crate::annotation::TranscriptPolicy;
use crate::chrom;
use crate::column::Column;
use crate::store::{VariantStore, NONE_U32, NONE_U8};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

impl Column {
    /// Whether the grid can be sorted by this column. HGVS, the calls,
    /// tags, the comment marker and the alleles are not kept in an order
    /// the store can sort a million rows by (or say little in one).
    pub fn sorts(self) -> bool {
        matches!(
            self,
            Column::Gene
                | Column::Consequence
                | Column::Sv
                | Column::Af
                | Column::Faf
                | Column::Cadd
                | Column::Revel
                | Column::SpliceAi
                | Column::AlphaMissense
                | Column::ClinVar
                | Column::RankScore
                | Column::Class
                | Column::Priority
                | Column::Pos
                | Column::Qual
        )
    }

    /// The columns a file alone can be sorted by: all the grid sorts by but
    /// the class given, which is a session's, and the phenotype rank, which
    /// needs the patient (the CLI offers these; `tolk rank` ranks).
    pub fn sorts_from_file() -> impl Iterator<Item = Column> {
        Column::ALL.into_iter().filter(|c| c.sorts() && !matches!(c, Column::Class | Column::Priority))
    }
}

/// The classes given in this session, by variant key (`chr:pos:ref:alt`):
/// what sorting by [`Column::Class`] orders by. The session lives with
/// the page, so the query carries them, and only when that is the sort.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GivenClasses(pub Vec<(String, Class)>);

impl GivenClasses {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A column and a direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sort {
    pub key: Column,
    pub descending: bool,
}

/// The sort key of a row without a value: after every value.
const MISSING: u64 = u64::MAX;

/// Puts `rows` (store rows, in any order) in `sort`'s order, or in file
/// order without one: the same rows re-ordered, never filtered again.
pub fn order_rows(
    store: &VariantStore,
    rows: &mut [u32],
    sort: Option<Sort>,
    policy: TranscriptPolicy,
    given: &GivenClasses,
) {
    match sort {
        Some(sort) => sort_rows(store, rows, sort, policy, given),
        // Store rows are numbered in file order.
        None => rows.sort_unstable(),
    }
}

/// Puts `rows` (store rows, in any order) in `sort`'s order.
pub fn sort_rows(store: &VariantStore, rows: &mut [u32], sort: Sort, policy: TranscriptPolicy, given: &GivenClasses) {
    let value = values(store, sort.key, policy, given);
    let mut keyed: Vec<(u64, u32)> = rows
        .iter()
        .map(|&row| {
            let key = match value(row as usize) {
                None => MISSING,
                Some(v) if sort.descending => MISSING - 1 - v,
                Some(v) => v,
            };
            (key, row)
        })
        .collect();
    // Equal keys in file order (store rows are numbered so), whatever order
    // `rows` came in.
    keyed.sort_unstable();
    for (slot, (_, row)) in rows.iter_mut().zip(keyed) {
        *slot = row;
    }
}

/// Row index -> its value as an order-keeping integer (below `MISSING - 1`).
fn values<'a>(
    store: &'a VariantStore,
    key: Column,
    policy: TranscriptPolicy,
    given: &'a GivenClasses,
) -> Box<dyn Fn(usize) -> Option<u64> + 'a> {
    let records = store.record_columns();
    let scores = store.scores();
    match key {
        Column::Pos => {
            let rank = name_ranks(&store.chroms().names, |a, b| chrom::karyotype(a).cmp(&chrom::karyotype(b)));
            Box::new(move |row| {
                let record = store.record_of(row);
                let chrom = rank[records.chrom[record] as usize];
                Some((u64::from(chrom) << 32) | u64::from(records.pos[record]))
            })
        }
        Column::Gene => {
            let rank = name_ranks(&store.genes().names, |a, b| a.cmp(b));
            let genes = &store.under(policy).gene;
            Box::new(move |row| match genes[row] {
                NONE_U32 => None,
                gene => Some(u64::from(rank[gene as usize])),
            })
        }
        Column::Consequence => {
            let consequences = &store.under(policy).consequence;
            Box::new(move |row| match consequences[row] {
                NONE_U8 => None,
                rank => Some(u64::from(rank)),
            })
        }
        // By size: a structural variant of unknown size, and every small
        // variant, last.
        Column::Sv => {
            let sv = store.sv_columns();
            Box::new(move |row| sv.find(row as u32).and_then(|i| sv.entry(i).len).map(u64::from))
        }
        Column::Af => Box::new(move |row| ordered(scores.af[row])),
        Column::Faf => Box::new(move |row| ordered(scores.faf[row])),
        Column::Cadd => Box::new(move |row| ordered(scores.cadd[row])),
        Column::Revel => Box::new(move |row| ordered(scores.revel[row])),
        Column::SpliceAi => Box::new(move |row| ordered(scores.spliceai[row])),
        Column::AlphaMissense => Box::new(move |row| ordered(scores.alphamissense[row])),
        Column::RankScore => Box::new(move |row| ordered(scores.rank_score[row])),
        Column::ClinVar => Box::new(move |row| {
            let significance = ClinVarSignificance(scores.clinvar[row]);
            let class = ClinVarClass::ALL.iter().position(|c| significance.contains(c.bit()));
            let rank = match class {
                Some(rank) => rank,
                None if significance.contains(ClinVarSignificance::OTHER) => ClinVarClass::ALL.len(),
                None => return None,
            };
            let stars = match scores.clinvar_stars[row] {
                NONE_U8 => 0,
                stars => stars.min(4),
            };
            Some((rank as u64) << 8 | u64::from(4 - stars))
        }),
        Column::Class => {
            let by_key: HashMap<&str, Class> = given.0.iter().map(|(key, class)| (key.as_str(), *class)).collect();
            Box::new(move |row| match by_key.is_empty() {
                true => None,
                false => by_key.get(store.key(row).as_str()).map(|&class| class as u64),
            })
        }
        Column::Qual => Box::new(move |row| ordered(records.qual[store.record_of(row)])),
        // The phenotype rank is the view's ranking's order
        // (`View::reorder`); not a column the grid sorts by (`Column::sorts`):
        // file order.
        _ => Box::new(|_| None),
    }
}

/// Each name's place when the names are sorted by `cmp`, by id.
fn name_ranks(names: &[Box<str>], cmp: impl Fn(&str, &str) -> std::cmp::Ordering) -> Vec<u32> {
    let mut ids: Vec<usize> = (0..names.len()).collect();
    ids.sort_by(|&a, &b| cmp(&names[a], &names[b]));
    let mut rank = vec![0; names.len()];
    for (place, id) in ids.into_iter().enumerate() {
        rank[id] = place as u32;
    }
    rank
}

/// `x` as an integer in the same order (`None` for NaN, the store's missing).
fn ordered(x: f32) -> Option<u64> {
    if x.is_nan() {
        return None;
    }
    let bits = x.to_bits();
    // Negative numbers reverse; positive ones go above them.
    Some(u64::from(if bits >> 31 == 1 { !bits } else { bits | 1 << 31 }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Loaded;

    const VCF: &str = "##fileformat=VCFv4.2\n\
##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|gnomADe_AF\">\n\
#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n\
chrX\t5\t.\tA\tG\t10\tPASS\tCSQ=G|missense_variant|MODERATE|BBB|0.01\n\
chr2\t9\t.\tA\tG\t.\tPASS\tCSQ=G|stop_gained|HIGH|AAA|\n\
chr2\t3\t.\tA\tG\t30\tPASS\tCSQ=G|intron_variant|MODIFIER|CCC|0.2\n\
chr10\t1\t.\tA\tG\t20\tPASS\tCSQ=G|synonymous_variant|LOW||0.01\n";

    fn sorted(key: Column, descending: bool) -> Vec<u32> {
        let loaded = Loaded::from_bytes(VCF.as_bytes()).unwrap();
        let mut rows: Vec<u32> = (0..loaded.store.len() as u32).collect();
        sort_rows(&loaded.store, &mut rows, Sort { key, descending }, TranscriptPolicy::All, &GivenClasses::default());
        rows
    }

    #[test]
    fn positions_sort_in_karyotype_order() {
        assert_eq!(sorted(Column::Pos, false), [2, 1, 3, 0], "chr2:3, chr2:9, chr10, chrX");
        assert_eq!(sorted(Column::Pos, true), [0, 3, 1, 2]);
    }

    #[test]
    fn a_missing_value_is_last_either_way_and_ties_keep_file_order() {
        assert_eq!(sorted(Column::Af, false), [0, 3, 2, 1], "0.01 (file order), 0.2, none");
        assert_eq!(sorted(Column::Af, true), [2, 0, 3, 1]);
        assert_eq!(sorted(Column::Qual, false), [0, 3, 2, 1]);
        assert_eq!(sorted(Column::Gene, false), [1, 0, 2, 3], "AAA, BBB, CCC, no gene");
        assert_eq!(sorted(Column::Gene, true), [2, 0, 1, 3]);
    }

    #[test]
    fn consequences_sort_most_severe_first() {
        assert_eq!(sorted(Column::Consequence, false), [1, 0, 3, 2]);
    }

    #[test]
    fn re_ordering_rows_already_sorted_gives_the_same_order_as_from_file_order() {
        let loaded = Loaded::from_bytes(VCF.as_bytes()).unwrap();
        let mut rows = vec![3, 1, 2, 0];
        let af = Sort { key: Column::Af, descending: false };
        order_rows(&loaded.store, &mut rows, Some(af), TranscriptPolicy::All, &GivenClasses::default());
        assert_eq!(rows, sorted(Column::Af, false), "ties (rows 0 and 3) in file order");
        order_rows(&loaded.store, &mut rows, None, TranscriptPolicy::All, &GivenClasses::default());
        assert_eq!(rows, [0, 1, 2, 3]);
    }

    const SCORED: &str = "##fileformat=VCFv4.2\n\
##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"ClinVar\">\n\
##INFO=<ID=CLNREVSTAT,Number=.,Type=String,Description=\"ClinVar review\">\n\
##INFO=<ID=CADD_PHRED,Number=A,Type=Float,Description=\"CADD\">\n\
##INFO=<ID=RankScore,Number=.,Type=String,Description=\"genmod: family_id:rank_score\">\n\
#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n\
chr1\t1\t.\tA\tG\t.\tPASS\tCLNSIG=Benign;CADD_PHRED=3.1;RankScore=fam:-4\n\
chr1\t2\t.\tA\tG\t.\tPASS\tCLNSIG=Pathogenic;CLNREVSTAT=criteria_provided,_single_submitter;RankScore=fam:12\n\
chr1\t3\t.\tA\tG\t.\tPASS\tCLNSIG=Likely_pathogenic;CADD_PHRED=35;RankScore=fam:9\n\
chr1\t4\t.\tA\tG\t.\tPASS\tCLNSIG=Pathogenic;CLNREVSTAT=reviewed_by_expert_panel;CADD_PHRED=24\n\
chr1\t5\t.\tA\tG\t.\tPASS\t.\n";

    fn sorted_scored(key: Column, descending: bool, given: &GivenClasses) -> Vec<u32> {
        let loaded = Loaded::from_bytes(SCORED.as_bytes()).unwrap();
        let mut rows: Vec<u32> = vec![4, 3, 2, 1, 0];
        sort_rows(&loaded.store, &mut rows, Sort { key, descending }, TranscriptPolicy::All, given);
        rows
    }

    #[test]
    fn clinvar_sorts_pathogenic_first_and_more_stars_first_within_a_class() {
        let none = GivenClasses::default();
        assert_eq!(sorted_scored(Column::ClinVar, false, &none), [3, 1, 2, 0, 4], "P 3*, P 1*, LP, B, none");
        assert_eq!(sorted_scored(Column::ClinVar, true, &none), [0, 2, 1, 3, 4]);
    }

    #[test]
    fn scores_and_the_pipelines_rank_sort_as_numbers() {
        let none = GivenClasses::default();
        assert_eq!(sorted_scored(Column::Cadd, true, &none), [2, 3, 0, 1, 4], "35, 24, 3.1, then none");
        assert_eq!(sorted_scored(Column::RankScore, true, &none), [1, 2, 0, 3, 4], "genmod's family:score");
        assert_eq!(sorted_scored(Column::Revel, false, &none), [0, 1, 2, 3, 4], "none has one: file order");
    }

    #[test]
    fn the_class_given_sorts_pathogenic_first_and_unclassified_last() {
        let given = GivenClasses(vec![
            ("chr1:3:A:G".into(), Class::Benign),
            ("chr1:5:A:G".into(), Class::Pathogenic),
            ("chr1:1:A:G".into(), Class::UncertainSignificance),
        ]);
        assert_eq!(sorted_scored(Column::Class, false, &given), [4, 0, 2, 1, 3]);
        assert_eq!(sorted_scored(Column::Class, true, &given), [2, 0, 4, 1, 3]);
        assert_eq!(sorted_scored(Column::Class, false, &GivenClasses::default()), [0, 1, 2, 3, 4]);
    }

    #[test]
    fn floats_keep_their_order_as_integers() {
        let xs = [-2.5f32, -0.0, 0.0, 1e-8, 0.01, 1.0, f32::INFINITY];
        let keys: Vec<u64> = xs.iter().map(|&x| ordered(x).unwrap()).collect();
        assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
        assert_eq!(ordered(f32::NAN), None);
    }
}
