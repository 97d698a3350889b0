//! Functional annotation written by VEP (`CSQ`) or SnpEff (`ANN`, `EFF`):
//! which field and dialect a file uses, the consequence vocabulary, and the
//! per-ALT summary the store keeps.

pub mod clinvar;
pub mod consequence;
pub mod fields;
pub mod frequency;
pub mod hgvs;
pub mod info;
pub mod schema;
pub mod summary;
pub mod transcript;

pub use clinvar::{ClinVarClass, ClinVarSignificance};
pub use consequence::{Consequence, Impact};
pub use fields::FieldMap;
pub use frequency::{FrequencySettings, FrequencySource, FrequencySources};
pub use schema::{AnnotationKind, AnnotationSchema};
pub use summary::{TranscriptBasis, TranscriptPolicy};

/// An HGNC id as HGNC writes it, `HGNC:10585`: older VEP and Scout's panel
/// exports write the bare number (`10585`), panels and newer VEP the
/// prefixed form, and FHIR's gene coding wants the prefix. Anything that is
/// not an HGNC id is returned as it was.
pub fn hgnc_id(text: &str) -> String {
    let text = text.trim();
    let digits = match text.get(..5) {
        Some(prefix) if prefix.eq_ignore_ascii_case("HGNC:") => &text[5..],
        _ => text,
    };
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        format!("HGNC:{digits}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn hgnc_ids_take_one_form() {
        for written in ["HGNC:10585", "hgnc:10585", "10585", " 10585 "] {
            assert_eq!(super::hgnc_id(written), "HGNC:10585", "{written}");
        }
        assert_eq!(super::hgnc_id("ENSG00000144285"), "ENSG00000144285");
        assert_eq!(super::hgnc_id("HGNC:"), "HGNC:");
    }
}
