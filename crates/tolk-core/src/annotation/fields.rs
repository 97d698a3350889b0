//! Which column or INFO field means what. Pipelines name the same fact
//! differently (`CADD_PHRED`, `CADD`; `REVEL`, `REVEL_score`; shared SPEC.md
//! section 2), so the names are a configurable map with defaults that cover
//! VEP, SnpEff and vcfanno outputs. Population frequencies come under too
//! many names for a list: they are found in each file's header
//! ([`super::frequency`]), and the map holds only the lab's choices among
//! them.

use super::frequency::{FrequencySettings, FrequencySources};
use serde::{Deserialize, Serialize};

/// The names under which each fact may appear. Every list is searched in
/// order; for scores the row keeps the maximum over all the names present.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldMap {
    /// Which population-frequency sources found in a file are in use,
    /// where a lab chose otherwise than the defaults.
    pub frequency: FrequencySettings,
    pub clinvar_columns: Vec<String>,
    pub clinvar_info: Vec<String>,
    pub clinvar_review_columns: Vec<String>,
    pub clinvar_review_info: Vec<String>,
    pub cadd_columns: Vec<String>,
    pub cadd_info: Vec<String>,
    pub revel_columns: Vec<String>,
    pub revel_info: Vec<String>,
    /// SpliceAI delta scores as separate columns (max taken).
    pub spliceai_columns: Vec<String>,
    /// SpliceAI as one INFO field `ALT|SYMBOL|DS_AG|DS_AL|DS_DG|DS_DL|...`.
    pub spliceai_info: Vec<String>,
    pub alphamissense_columns: Vec<String>,
    pub alphamissense_info: Vec<String>,
    /// A pipeline's own rank of the variant, as an INFO field: genmod's
    /// `RankScore` (`FAMILY:score`), which Scout/MIP and nf-core/raredisease
    /// write.
    pub rank_score_info: Vec<String>,
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

impl Default for FieldMap {
    fn default() -> Self {
        FieldMap {
            frequency: FrequencySettings::default(),
            clinvar_columns: names(&["CLIN_SIG", "ClinVar_CLNSIG", "CLINVAR_CLNSIG", "clinvar_clnsig"]),
            clinvar_info: names(&["CLNSIG", "CLINVAR_CLNSIG", "clinvar_sig"]),
            clinvar_review_columns: names(&["ClinVar_CLNREVSTAT", "CLINVAR_CLNREVSTAT"]),
            clinvar_review_info: names(&["CLNREVSTAT", "CLINVAR_CLNREVSTAT"]),
            cadd_columns: names(&["CADD_PHRED", "CADD_phred", "CADD"]),
            cadd_info: names(&["CADD_PHRED", "CADD_phred", "CADD"]),
            revel_columns: names(&["REVEL", "REVEL_score"]),
            revel_info: names(&["REVEL", "REVEL_score"]),
            spliceai_columns: names(&[
                "SpliceAI_pred_DS_AG",
                "SpliceAI_pred_DS_AL",
                "SpliceAI_pred_DS_DG",
                "SpliceAI_pred_DS_DL",
            ]),
            spliceai_info: names(&["SpliceAI"]),
            alphamissense_columns: names(&["am_pathogenicity", "AlphaMissense"]),
            alphamissense_info: names(&["am_pathogenicity", "AlphaMissense"]),
            rank_score_info: names(&["RankScore"]),
        }
    }
}

/// Column positions of everything the engine reads from one annotation
/// entry, resolved once per file from the header's field list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    pub allele: Option<usize>,
    pub allele_num: Option<usize>,
    pub consequence: Option<usize>,
    pub impact: Option<usize>,
    pub symbol: Option<usize>,
    pub gene_id: Option<usize>,
    pub hgnc_id: Option<usize>,
    pub feature: Option<usize>,
    pub biotype: Option<usize>,
    pub hgvsc: Option<usize>,
    pub hgvsp: Option<usize>,
    /// VEP `Protein_position` or SnpEff `AA.pos / AA.length`.
    pub protein_position: Option<usize>,
    /// VEP `EXON`/`INTRON` (`5/12`); SnpEff's `Rank` is either.
    pub exon: Option<usize>,
    pub intron: Option<usize>,
    pub rank: Option<usize>,
    pub canonical: Option<usize>,
    /// VEP `MANE_SELECT` (a transcript ID when selected).
    pub mane_select: Option<usize>,
    /// VEP `MANE`: the MANE Select RefSeq accession in VEP 97 to 102, the
    /// kind (`MANE_Select` or `MANE_Plus_Clinical`) in later releases.
    pub mane: Option<usize>,
    pub pick: Option<usize>,
    /// LOFTEE `LoF` (`HC` or `LC`).
    pub lof: Option<usize>,
    /// The population-frequency columns in use ([`Columns::use_frequencies`]).
    pub af: Vec<usize>,
    /// Of those, the filtering allele frequencies (faf95).
    pub faf: Vec<usize>,
    pub clinvar: Vec<usize>,
    pub clinvar_review: Vec<usize>,
    pub cadd: Vec<usize>,
    pub revel: Vec<usize>,
    pub spliceai: Vec<usize>,
    pub alphamissense: Vec<usize>,
    /// One past the last column read: an entry is not split further.
    pub needed: usize,
}

impl Columns {
    /// Resolves `map` (and the fixed VEP/SnpEff names) against `names`.
    pub fn resolve(names: &[String], map: &FieldMap) -> Columns {
        let find = |wanted: &[&str]| names.iter().position(|c| wanted.iter().any(|w| c.eq_ignore_ascii_case(w)));
        let all = |wanted: &[String]| -> Vec<usize> {
            wanted.iter().filter_map(|w| names.iter().position(|c| c.eq_ignore_ascii_case(w))).collect()
        };
        let mut cols = Columns {
            allele: find(&["Allele"]),
            allele_num: find(&["ALLELE_NUM"]),
            consequence: find(&["Consequence", "Annotation"]),
            impact: find(&["IMPACT", "Annotation_Impact", "Effect_Impact"]),
            // Old VEP (before release 73) wrote the symbol under `HGNC`.
            symbol: find(&["SYMBOL", "Gene_Name"]).or_else(|| find(&["HGNC"])),
            gene_id: find(&["Gene", "Gene_ID"]),
            hgnc_id: find(&["HGNC_ID"]),
            feature: find(&["Feature", "Feature_ID", "Transcript", "Transcript_ID"]),
            biotype: find(&["BIOTYPE", "Transcript_BioType", "Gene_BioType"]),
            hgvsc: find(&["HGVSc", "HGVS.c"]),
            hgvsp: find(&["HGVSp", "HGVS.p"]),
            protein_position: find(&["Protein_position", "AA.pos / AA.length", "AA.pos/AA.length"]),
            exon: find(&["EXON"]),
            intron: find(&["INTRON"]),
            rank: find(&["Rank", "Exon_Rank"]),
            canonical: find(&["CANONICAL"]),
            mane_select: find(&["MANE_SELECT"]),
            mane: find(&["MANE"]),
            pick: find(&["PICK"]),
            lof: find(&["LoF"]),
            af: Vec::new(),
            faf: Vec::new(),
            clinvar: all(&map.clinvar_columns),
            clinvar_review: all(&map.clinvar_review_columns),
            cadd: all(&map.cadd_columns),
            revel: all(&map.revel_columns),
            spliceai: all(&map.spliceai_columns),
            alphamissense: all(&map.alphamissense_columns),
            needed: 0,
        };
        let single = [
            cols.allele,
            cols.allele_num,
            cols.consequence,
            cols.impact,
            cols.symbol,
            cols.gene_id,
            cols.hgnc_id,
            cols.feature,
            cols.biotype,
            cols.hgvsc,
            cols.hgvsp,
            cols.protein_position,
            cols.exon,
            cols.intron,
            cols.rank,
            cols.canonical,
            cols.mane_select,
            cols.mane,
            cols.pick,
            cols.lof,
        ];
        let lists = [
            &cols.af,
            &cols.clinvar,
            &cols.clinvar_review,
            &cols.cadd,
            &cols.revel,
            &cols.spliceai,
            &cols.alphamissense,
        ];
        cols.needed =
            single.into_iter().flatten().chain(lists.into_iter().flatten().copied()).max().map_or(0, |m| m + 1);
        cols
    }

    /// Reads population frequencies from the annotation columns `sources`
    /// has in use (`names`: the annotation's column names).
    pub fn use_frequencies(&mut self, names: &[String], sources: &FrequencySources) {
        let position = |wanted: &str| names.iter().position(|c| c == wanted);
        self.af = sources.columns().filter_map(|(name, _)| position(name)).collect();
        self.faf =
            sources.columns().filter(|(_, filtering)| *filtering).filter_map(|(name, _)| position(name)).collect();
        self.needed = self.needed.max(self.af.iter().max().map_or(0, |m| m + 1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_vep_and_snpeff_names() {
        let vep: Vec<String> =
            ["Allele", "Consequence", "SYMBOL", "HGVSp", "gnomADe_AF", "MAX_AF", "REVEL"].map(String::from).to_vec();
        let c = Columns::resolve(&vep, &FieldMap::default());
        assert_eq!((c.consequence, c.symbol, c.hgvsp), (Some(1), Some(2), Some(3)));
        assert!(c.af.is_empty(), "frequencies are found from the header, not the map");
        assert_eq!(c.revel, [6]);
        let snpeff: Vec<String> =
            ["Allele", "Annotation", "Gene_Name", "HGVS.p", "AA.pos / AA.length"].map(String::from).to_vec();
        let c = Columns::resolve(&snpeff, &FieldMap::default());
        assert_eq!((c.consequence, c.symbol, c.hgvsp, c.protein_position), (Some(1), Some(2), Some(3), Some(4)));
    }
}
