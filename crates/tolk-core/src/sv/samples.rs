//! What a structural record's sample columns say beyond GT: the copy
//! number (`CN`, written by CNVnator, Canvas, GATK gCNV, Delly's CNV mode)
//! and the reads that support the ALT (Manta's `PR`/`SR`, Delly's
//! `DV`/`RV`, Lumpy's `SU`). Read only for structural records, which are
//! few, so the small-variant path pays nothing for it.

use super::kind::SvKind;
use crate::missing::{NONE_U16, NONE_U8};
use crate::vcf::genotype::Genotype;
use serde::{Deserialize, Serialize};

/// One sample's copy number and ALT-supporting reads, `NONE_` for absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SvCall {
    pub copies: u8,
    pub reads: u16,
}

impl SvCall {
    pub const EMPTY: SvCall = SvCall { copies: NONE_U8, reads: NONE_U16 };

    pub fn copies(self) -> Option<u8> {
        (self.copies != NONE_U8).then_some(self.copies)
    }

    pub fn reads(self) -> Option<u16> {
        (self.reads != NONE_U16).then_some(self.reads)
    }
}

/// Reads every sample's [`SvCall`] from the FORMAT column and the sample
/// columns (absent samples are [`SvCall::EMPTY`]).
pub fn read(format: &str, columns: &[&str], samples: usize) -> Vec<SvCall> {
    let keys: Vec<&str> = format.split(':').collect();
    let find = |key: &str| keys.iter().position(|k| *k == key);
    let (cn, pr, sr, dv, rv, su) = (find("CN"), find("PR"), find("SR"), find("DV"), find("RV"), find("SU"));
    let mut calls = vec![SvCall::EMPTY; samples];
    for (call, column) in calls.iter_mut().zip(columns) {
        let values: Vec<&str> = column.split(':').collect();
        let get = |i: Option<usize>| i.and_then(|i| values.get(i)).copied().filter(|v| !v.is_empty() && *v != ".");
        let int = |i: Option<usize>| get(i).and_then(|v| v.parse::<u32>().ok());
        // Manta writes `ref,alt` pairs; the ALT's reads are the second.
        let alt_of_pair =
            |i: Option<usize>| get(i).and_then(|v| v.split(',').nth(1)).and_then(|v| v.parse::<u32>().ok());
        if let Some(copies) = get(cn).and_then(|v| v.parse::<f32>().ok()).filter(|c| c.is_finite() && *c >= 0.0) {
            call.copies = copies.round().min(f32::from(NONE_U8 - 1)) as u8;
        }
        let reads = match (alt_of_pair(pr), alt_of_pair(sr), int(dv), int(rv), int(su)) {
            (None, None, None, None, su) => su,
            (pr @ Some(_), sr, ..) | (pr, sr @ Some(_), ..) => Some(pr.unwrap_or(0).saturating_add(sr.unwrap_or(0))),
            (_, _, dv, rv, _) => Some(dv.unwrap_or(0).saturating_add(rv.unwrap_or(0))),
        };
        if let Some(reads) = reads {
            call.reads = reads.min(u32::from(NONE_U16 - 1)) as u16;
        }
    }
    calls
}

/// The genotype a copy number implies for an autosomal deletion, duplication
/// or CNV, where the caller wrote a copy number but no GT: a deletion is
/// carried by a sample with fewer than two copies (both, at none), a
/// duplication by one with more than two (as one allele: the extra copies
/// may lie on either), a CNV of either sign by one with other than two.
/// `None` where two copies cannot be assumed (chrX, chrY, MT) or the kind
/// is not a copy-number change.
/// An allele that names its own copy number (`<CN0>`, `<CN3>`, GATK-SV's
/// multi-allelic CNVs) is carried by a sample with exactly that many
/// copies (`own`).
pub fn genotype_from_copies(kind: SvKind, own: Option<u8>, copies: u8, chrom: &str) -> Option<Genotype> {
    if !matches!(crate::chrom::parse(chrom), Some(crate::chrom::Chromosome::Autosome(_))) {
        return None;
    }
    if let Some(own) = own {
        let alt_copies = match (copies == own, own) {
            (false, _) => 0,
            (true, 0) => 2,
            (true, _) => 1,
        };
        return Some(Genotype { alt_copies, called: 2, phased: false, missing: false });
    }
    let alt_copies = match kind {
        SvKind::Del => 2u8.saturating_sub(copies),
        SvKind::Dup => u8::from(copies > 2),
        SvKind::Cnv => u8::from(copies != 2).max(2u8.saturating_sub(copies)),
        _ => return None,
    };
    Some(Genotype { alt_copies, called: 2, phased: false, missing: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_number_and_reads_of_each_callers_fields() {
        // Manta: PR and SR as ref,alt pairs; Delly: DV and RV; Lumpy: SU;
        // CNVnator-style CN with a float.
        let calls = read("GT:PR:SR", &["0/1:12,5:20,7", "0/0:30,0:.", ""], 3);
        assert_eq!(calls[0].reads(), Some(12));
        assert_eq!(calls[1].reads(), Some(0));
        assert_eq!(calls[2], SvCall::EMPTY);
        let calls = read("GT:GQ:DR:DV:RR:RV", &["0/1:99:20:8:15:4"], 1);
        assert_eq!(calls[0].reads(), Some(12));
        let calls = read("GT:SU:CN", &["0/1:9:1.2"], 1);
        assert_eq!((calls[0].reads(), calls[0].copies()), (Some(9), Some(1)));
        // Counts past u32 saturate.
        let calls = read("GT:PR:SR", &["0/1:0,4294967295:0,2"], 1);
        assert_eq!(calls[0].reads(), Some(u16::MAX - 1));
        let calls = read("GT:CN", &["./.:."], 2);
        assert_eq!(calls, [SvCall::EMPTY; 2]);
    }

    #[test]
    fn a_copy_number_implies_a_genotype_on_autosomes_only() {
        let g = |kind, copies, chrom| genotype_from_copies(kind, None, copies, chrom).map(|g| g.alt_copies);
        assert_eq!(g(SvKind::Del, 1, "chr16"), Some(1));
        assert_eq!(g(SvKind::Del, 0, "16"), Some(2));
        assert_eq!(g(SvKind::Del, 2, "16"), Some(0));
        assert_eq!(g(SvKind::Dup, 3, "3"), Some(1));
        assert_eq!(g(SvKind::Dup, 2, "3"), Some(0));
        assert_eq!(g(SvKind::Cnv, 4, "3"), Some(1));
        assert_eq!(g(SvKind::Cnv, 0, "3"), Some(2));
        assert_eq!(g(SvKind::Del, 1, "chrX"), None, "one copy of X is a male's normal");
        assert_eq!(g(SvKind::Inv, 2, "3"), None);
        // GATK-SV's `<CN0>,<CN1>,<CN3>`: a sample with 3 copies carries `<CN3>` alone.
        let own = |n, copies| genotype_from_copies(SvKind::Cnv, Some(n), copies, "4").map(|g| g.alt_copies);
        assert_eq!((own(0, 3), own(1, 3), own(3, 3), own(0, 0)), (Some(0), Some(0), Some(1), Some(2)));
    }
}
