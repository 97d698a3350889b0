//! The reference build a file was called against, as its header tells it,
//! and the RefSeq accession of each primary chromosome in that build.
//!
//! A note must name the build (a position means nothing without it), and
//! FHIR's genomic reference sequence and g. HGVS need the accession. The
//! header says it in several dialects: `##reference=` with a FASTA path
//! (`hg19`, `human_g1k_v37`, `Homo_sapiens_assembly38`), `##contig=<...,
//! assembly=GRCh38>`, VEP's `##VEP=... assembly="GRCh37.p13"` and SnpEff's
//! database name (`GRCh37.75`).

use crate::chrom::Chromosome;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Build {
    GRCh37,
    GRCh38,
}

/// Marks of each build in header text, matched case-insensitively. The
/// Broad's b37 and `assembly19` are GRCh37 with decoys; hg19 differs from
/// GRCh37 only in chrM, which has no accession below.
const MARKS: [(&str, Build); 11] = [
    ("grch38", Build::GRCh38),
    ("hg38", Build::GRCh38),
    ("hs38", Build::GRCh38),
    ("assembly38", Build::GRCh38),
    ("grch37", Build::GRCh37),
    ("hg19", Build::GRCh37),
    ("hs37", Build::GRCh37),
    ("assembly19", Build::GRCh37),
    ("g1k_v37", Build::GRCh37),
    ("b37", Build::GRCh37),
    ("ncbi37", Build::GRCh37),
];

/// RefSeq accessions of chromosomes 1-22, X and Y (NCBI assembly reports
/// GCF_000001405.25 for GRCh37.p13 and GCF_000001405.40 for GRCh38.p14):
/// the version of each `NC_0000NN` in GRCh37, then in GRCh38.
const VERSIONS: [(u8, u8); 24] = [
    (10, 11),
    (11, 12),
    (11, 12),
    (11, 12),
    (9, 10),
    (11, 12),
    (13, 14),
    (10, 11),
    (11, 12),
    (10, 11),
    (9, 10),
    (11, 12),
    (10, 11),
    (8, 9),
    (9, 10),
    (9, 10),
    (10, 11),
    (9, 10),
    (9, 10),
    (10, 11),
    (8, 9),
    (10, 11),
    (10, 11),
    (9, 10),
];

impl Build {
    pub fn name(self) -> &'static str {
        match self {
            Build::GRCh37 => "GRCh37",
            Build::GRCh38 => "GRCh38",
        }
    }

    /// The build `text` names, if it names exactly one.
    pub fn find_in(text: &str) -> Option<Build> {
        let lower = text.to_ascii_lowercase();
        let mut found = MARKS.iter().filter(|(mark, _)| lower.contains(mark)).map(|&(_, b)| b);
        let first = found.next()?;
        found.all(|b| b == first).then_some(first)
    }

    /// LOINC answer for the reference assembly (component 62374-4).
    pub fn loinc(self) -> &'static str {
        match self {
            Build::GRCh37 => "LA14029-5",
            Build::GRCh38 => "LA26806-2",
        }
    }

    /// `NC_000017.11` for `chr17` in GRCh38; `None` for contigs other than
    /// 1-22, X and Y (the mitochondrion differs between hg19 and GRCh37).
    pub fn accession(self, chrom: &str) -> Option<String> {
        let number = crate::chrom::parse(chrom).map(Chromosome::number).filter(|&n| n <= 24)?;
        let (v37, v38) = VERSIONS[usize::from(number) - 1];
        let version = if self == Build::GRCh37 { v37 } else { v38 };
        Some(format!("NC_{number:06}.{version}"))
    }
}

/// The build a header names, and the line that named it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuildEvidence {
    pub build: Build,
    /// The meta line's key (`reference`, `contig`, `VEP`, `SnpEffCmd`).
    pub source: String,
}

/// Whether a meta line with this key can name the build: other lines (a
/// CADD file path in a VEP plugin line, say) mention builds of their own.
pub(crate) fn names_build(key: &str) -> bool {
    matches!(key, "reference" | "assembly" | "contig" | "VEP") || key.starts_with("SnpEff")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_dialects_of_real_headers() {
        for (text, build) in [
            ("file:///references/human/hg19/genome/assembly/Homo_sapiens_assembly19.fasta", Build::GRCh37),
            ("file:///references/human_g1k_v37_decoy.fasta", Build::GRCh37),
            ("<ID=chr1,length=248956422,assembly=GRCh38>", Build::GRCh38),
            (r#"v104 assembly="GRCh37.p13" dbSNP="154""#, Build::GRCh37),
            ("\"SnpEff -v GRCh37.75 in.vcf\"", Build::GRCh37),
            ("GRCh38", Build::GRCh38),
        ] {
            assert_eq!(Build::find_in(text), Some(build), "{text}");
        }
        assert_eq!(Build::find_in("hg19 lifted to hg38"), None, "two builds named: neither is trusted");
        assert_eq!(Build::find_in("file:///ref.fa"), None);
    }

    #[test]
    fn accessions_match_ncbi() {
        assert_eq!(Build::GRCh38.accession("chr17").as_deref(), Some("NC_000017.11"));
        assert_eq!(Build::GRCh37.accession("17").as_deref(), Some("NC_000017.10"));
        assert_eq!(Build::GRCh38.accession("chr7").as_deref(), Some("NC_000007.14"));
        assert_eq!(Build::GRCh37.accession("13").as_deref(), Some("NC_000013.10"));
        assert_eq!(Build::GRCh38.accession("chrX").as_deref(), Some("NC_000023.11"));
        assert_eq!(Build::GRCh37.accession("Y").as_deref(), Some("NC_000024.9"));
        assert_eq!(Build::GRCh38.accession("chrM"), None);
        assert_eq!(Build::GRCh38.accession("chr23"), None);
        assert_eq!(Build::GRCh38.accession("GL000192.1"), None);
        assert_eq!(Build::GRCh38.accession("CHRX").as_deref(), Some("NC_000023.11"), "any case");
    }
}
