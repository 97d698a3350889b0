//! Which INFO field carries the functional annotation, in which dialect, and
//! where its columns are, read from the header's own field list (shared
//! SPEC.md section 2: "the field list after `Format: ` is the truth").
//!
//! The dialect is told from the Description text, not from the key: VEP can
//! write under `ANN` (`--vcf_info_field ANN`), which is SnpEff's key.

use super::fields::{Columns, FieldMap};
use super::frequency::FrequencySources;
use crate::vcf::header::Header;
use serde::{Deserialize, Serialize};

/// The annotation dialect of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AnnotationKind {
    /// Ensembl VEP `CSQ`-style (`Allele|Consequence|IMPACT|SYMBOL|...`).
    Vep,
    /// SnpEff `ANN` (`Allele | Annotation | Annotation_Impact | Gene_Name | ...`).
    Snpeff,
    /// Old SnpEff `EFF=Effect(Impact|...|Gene_Name|...)`.
    Eff,
    /// No annotation field recognised.
    None,
}

/// Where the annotation is and how its entries are laid out. Column
/// positions are 0-based in the `|`-split entry (for EFF, inside the
/// parentheses).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnotationSchema {
    /// The INFO key holding the annotation.
    pub key: String,
    pub kind: AnnotationKind,
    /// All column names, in order, as the header gives them.
    pub columns: Vec<String>,
    /// Positions of the columns the engine reads.
    pub cols: Columns,
}

impl AnnotationSchema {
    /// Its INFO key and column names, as frequency detection reads them.
    pub fn field(&self) -> (&str, &[String]) {
        (&self.key, &self.columns)
    }

    /// Finds the annotation field in `header`. When a file carries several
    /// (cyvcf2's test file has both CSQ and ANN), VEP is preferred for its
    /// richer columns, then SnpEff ANN, then EFF.
    pub fn detect(header: &Header, map: &FieldMap) -> Option<AnnotationSchema> {
        let mut found: Vec<AnnotationSchema> =
            header.infos.iter().filter_map(|def| Self::from_description(&def.id, &def.description, map)).collect();
        found.sort_by_key(|s| match s.kind {
            AnnotationKind::Vep => 0,
            AnnotationKind::Snpeff => 1,
            AnnotationKind::Eff => 2,
            AnnotationKind::None => 3,
        });
        found.into_iter().next()
    }

    /// Recognises one INFO definition as an annotation field.
    pub fn from_description(key: &str, description: &str, map: &FieldMap) -> Option<AnnotationSchema> {
        let kind = if description.contains("Ensembl VEP") || description.contains("by VEP") {
            AnnotationKind::Vep
        } else if description.contains("Functional annotations") {
            AnnotationKind::Snpeff
        } else if key == "EFF" && description.contains("Effect") {
            AnnotationKind::Eff
        } else if key == "CSQ" && description.contains("Format:") {
            // VEP output whose description was rewritten by another tool.
            AnnotationKind::Vep
        } else {
            return None;
        };
        let columns = match kind {
            AnnotationKind::Eff => eff_columns(description),
            _ => list_after_colon(description),
        };
        if columns.is_empty() {
            return None;
        }
        Some(AnnotationSchema { key: key.to_owned(), kind, cols: Columns::resolve(&columns, map), columns })
    }
}

impl AnnotationSchema {
    /// Reads the population-frequency columns `sources` has in use.
    pub fn use_frequencies(&mut self, sources: &FrequencySources) {
        self.cols.use_frequencies(&self.columns, sources);
    }

    /// With the frequency columns found in its own field list in use, as
    /// a file without frequency INFO fields and default settings has them.
    #[cfg(test)]
    pub(crate) fn with_frequencies(mut self) -> AnnotationSchema {
        let sources = FrequencySources::detect(&crate::vcf::Header::default(), Some(self.field()), &Default::default());
        self.use_frequencies(&sources);
        self
    }
}

/// The `|`-separated names after the last `:` of a description, with quotes
/// and padding removed: `Format: Allele|Consequence` (VEP) and
/// `Functional annotations: 'Allele | Annotation | ...' ` (SnpEff).
fn list_after_colon(description: &str) -> Vec<String> {
    let Some((_, list)) = description.rsplit_once(':') else {
        return Vec::new();
    };
    split_names(list)
}

/// EFF: `Format: 'Effect ( Effect_Impact | ... | Exon [ | ERRORS | WARNINGS ] )'`.
/// The columns are those inside the parentheses; `Effect` itself is the name
/// before them.
fn eff_columns(description: &str) -> Vec<String> {
    let (Some(open), Some(close)) = (description.find('('), description.rfind(')')) else {
        return Vec::new();
    };
    if close <= open {
        return Vec::new();
    }
    split_names(&description[open + 1..close].replace(['[', ']'], ""))
}

fn split_names(list: &str) -> Vec<String> {
    list.trim()
        .trim_matches(|c| c == '\'' || c == '"')
        .split('|')
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vep_format_list_is_read_from_the_description() {
        let s = AnnotationSchema::from_description(
            "CSQ",
            "Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Gene",
            &FieldMap::default(),
        )
        .unwrap();
        assert_eq!(s.kind, AnnotationKind::Vep);
        assert_eq!(
            (s.cols.allele, s.cols.consequence, s.cols.impact, s.cols.symbol),
            (Some(0), Some(1), Some(2), Some(3))
        );
    }

    #[test]
    fn vep_written_under_ann_is_still_vep() {
        let s = AnnotationSchema::from_description(
            "ANN",
            "Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL",
            &FieldMap::default(),
        )
        .unwrap();
        assert_eq!((s.key.as_str(), s.kind), ("ANN", AnnotationKind::Vep));
    }

    #[test]
    fn snpeff_ann_list_is_quoted_and_padded() {
        let s = AnnotationSchema::from_description(
            "ANN",
            "Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | Gene_ID' ",
            &FieldMap::default(),
        )
        .unwrap();
        assert_eq!(s.kind, AnnotationKind::Snpeff);
        assert_eq!((s.cols.consequence, s.cols.impact, s.cols.symbol), (Some(1), Some(2), Some(3)));
    }

    #[test]
    fn eff_columns_are_inside_the_parentheses() {
        let s = AnnotationSchema::from_description(
            "EFF",
            "Predicted effects for this variant.Format: 'Effect ( Effect_Impact | Functional_Class | Codon_Change | Amino_Acid_change| Amino_Acid_length | Gene_Name | Gene_BioType | Coding | Transcript | Exon [ | ERRORS | WARNINGS ] )' ",
            &FieldMap::default(),
        )
        .unwrap();
        assert_eq!(s.kind, AnnotationKind::Eff);
        assert_eq!((s.cols.impact, s.cols.symbol), (Some(0), Some(5)));
        assert_eq!(s.columns.last().unwrap(), "WARNINGS");
    }

    #[test]
    fn ordinary_info_fields_are_not_annotation() {
        assert!(AnnotationSchema::from_description("DP", "Total depth", &FieldMap::default()).is_none());
    }
}
