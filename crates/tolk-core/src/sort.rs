//! The order a view's rows are shown in: file order unless the user sorts
//! by a column. Sorting is stable (rows with the same value keep their file
//! order), and a row without a value comes last whichever the direction, as
//! spreadsheets do: "no AF in the sources in use" is not the rarest AF.
//!
//! Each row's value is turned into one `u64` that orders as the value does,
//! so a million rows sort as a million integers.

use crate::annotation::TranscriptPolicy;
use crate::chrom;
use crate::store::{VariantStore, NONE_U32, NONE_U8};
use serde::{Deserialize, Serialize};

crate::vocabulary! {
    /// A column the grid can be sorted by; the words are the column's.
    pub enum SortKey {
        /// Chromosome in karyotype order (1-22, X, Y, M, then others by
        /// name), then position.
        Position => ("pos", "table-position"),
        Gene => ("gene", "table-gene"),
        /// The worst consequence under the view's transcript policy, most
        /// severe first.
        Consequence => ("consequence", "table-consequence"),
        /// The population AF (the highest of the sources in use).
        Af => ("af", "table-af"),
        Qual => ("qual", "table-qual"),
    }
}

/// A column and a direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

/// The sort key of a row without a value: after every value.
const MISSING: u64 = u64::MAX;

/// Puts `rows` (store rows, in any order) in `sort`'s order, or in file
/// order without one: the same rows re-ordered, never filtered again.
pub fn order_rows(store: &VariantStore, rows: &mut [u32], sort: Option<Sort>, policy: TranscriptPolicy) {
    match sort {
        Some(sort) => sort_rows(store, rows, sort, policy),
        // Store rows are numbered in file order.
        None => rows.sort_unstable(),
    }
}

/// Puts `rows` (store rows, in any order) in `sort`'s order.
pub fn sort_rows(store: &VariantStore, rows: &mut [u32], sort: Sort, policy: TranscriptPolicy) {
    let value = values(store, sort.key, policy);
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
fn values(store: &VariantStore, key: SortKey, policy: TranscriptPolicy) -> Box<dyn Fn(usize) -> Option<u64> + '_> {
    let records = store.record_columns();
    match key {
        SortKey::Position => {
            let rank = name_ranks(&store.chroms().names, |a, b| chrom::karyotype(a).cmp(&chrom::karyotype(b)));
            Box::new(move |row| {
                let record = store.record_of(row);
                let chrom = rank[records.chrom[record] as usize];
                Some((u64::from(chrom) << 32) | u64::from(records.pos[record]))
            })
        }
        SortKey::Gene => {
            let rank = name_ranks(&store.genes().names, |a, b| a.cmp(b));
            let genes = &store.under(policy).gene;
            Box::new(move |row| match genes[row] {
                NONE_U32 => None,
                gene => Some(u64::from(rank[gene as usize])),
            })
        }
        SortKey::Consequence => {
            let consequences = &store.under(policy).consequence;
            Box::new(move |row| match consequences[row] {
                NONE_U8 => None,
                rank => Some(u64::from(rank)),
            })
        }
        SortKey::Af => {
            let af = &store.scores().af;
            Box::new(move |row| ordered(af[row]))
        }
        SortKey::Qual => Box::new(move |row| ordered(records.qual[store.record_of(row)])),
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

    fn sorted(key: SortKey, descending: bool) -> Vec<u32> {
        let loaded = Loaded::from_bytes(VCF.as_bytes()).unwrap();
        let mut rows: Vec<u32> = (0..loaded.store.len() as u32).collect();
        sort_rows(&loaded.store, &mut rows, Sort { key, descending }, TranscriptPolicy::All);
        rows
    }

    #[test]
    fn positions_sort_in_karyotype_order() {
        assert_eq!(sorted(SortKey::Position, false), [2, 1, 3, 0], "chr2:3, chr2:9, chr10, chrX");
        assert_eq!(sorted(SortKey::Position, true), [0, 3, 1, 2]);
    }

    #[test]
    fn a_missing_value_is_last_either_way_and_ties_keep_file_order() {
        assert_eq!(sorted(SortKey::Af, false), [0, 3, 2, 1], "0.01 (file order), 0.2, none");
        assert_eq!(sorted(SortKey::Af, true), [2, 0, 3, 1]);
        assert_eq!(sorted(SortKey::Qual, false), [0, 3, 2, 1]);
        assert_eq!(sorted(SortKey::Gene, false), [1, 0, 2, 3], "AAA, BBB, CCC, no gene");
        assert_eq!(sorted(SortKey::Gene, true), [2, 0, 1, 3]);
    }

    #[test]
    fn consequences_sort_most_severe_first() {
        assert_eq!(sorted(SortKey::Consequence, false), [1, 0, 3, 2]);
    }

    #[test]
    fn re_ordering_rows_already_sorted_gives_the_same_order_as_from_file_order() {
        let loaded = Loaded::from_bytes(VCF.as_bytes()).unwrap();
        let mut rows = vec![3, 1, 2, 0];
        let af = Sort { key: SortKey::Af, descending: false };
        order_rows(&loaded.store, &mut rows, Some(af), TranscriptPolicy::All);
        assert_eq!(rows, sorted(SortKey::Af, false), "ties (rows 0 and 3) in file order");
        order_rows(&loaded.store, &mut rows, None, TranscriptPolicy::All);
        assert_eq!(rows, [0, 1, 2, 3]);
    }

    #[test]
    fn floats_keep_their_order_as_integers() {
        let xs = [-2.5f32, -0.0, 0.0, 1e-8, 0.01, 1.0, f32::INFINITY];
        let keys: Vec<u64> = xs.iter().map(|&x| ordered(x).unwrap()).collect();
        assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
        assert_eq!(ordered(f32::NAN), None);
    }
}
