//! Frequency, score and ClinVar facts written as INFO fields (vcfanno and
//! similar annotators) rather than inside VEP/SnpEff entries, merged into
//! each ALT's [`AltAnnotation`].

use super::clinvar::{review_stars, ClinVarSignificance};
use super::fields::FieldMap;
use super::summary::AltAnnotation;
use super::transcript::{max_f32, numbers};

/// The INFO keys to read, from a [`FieldMap`].
#[derive(Debug, Clone, Default)]
pub struct InfoFields {
    af: Vec<String>,
    clinvar: Vec<String>,
    clinvar_review: Vec<String>,
    cadd: Vec<String>,
    revel: Vec<String>,
    spliceai: Vec<String>,
    alphamissense: Vec<String>,
}

impl InfoFields {
    pub fn new(map: &FieldMap) -> InfoFields {
        InfoFields {
            af: map.af_info.clone(),
            clinvar: map.clinvar_info.clone(),
            clinvar_review: map.clinvar_review_info.clone(),
            cadd: map.cadd_info.clone(),
            revel: map.revel_info.clone(),
            spliceai: map.spliceai_info.clone(),
            alphamissense: map.alphamissense_info.clone(),
        }
    }

    /// Merges the INFO facts of one record (`info`: its key/value pairs)
    /// into the annotations of its ALTs (`alts[i]` -> `out[i]`).
    pub fn apply(&self, info: &[(&str, &str)], alts: &[&str], out: &mut [AltAnnotation<'_>]) {
        for &(key, value) in info {
            let is = |names: &[String]| names.iter().any(|n| n == key);
            for (i, alt) in out.iter_mut().enumerate() {
                let number = || per_alt(value, alts.len(), i);
                if is(&self.af) {
                    alt.af = max_f32(alt.af.into_iter().chain(number()));
                }
                if is(&self.cadd) {
                    alt.cadd = max_f32(alt.cadd.into_iter().chain(number()));
                }
                if is(&self.revel) {
                    alt.revel = max_f32(alt.revel.into_iter().chain(number()));
                }
                if is(&self.alphamissense) {
                    alt.alphamissense = max_f32(alt.alphamissense.into_iter().chain(number()));
                }
                if is(&self.spliceai) {
                    alt.spliceai = max_f32(alt.spliceai.into_iter().chain(spliceai(value, alts[i])));
                }
                if is(&self.clinvar) {
                    alt.clinvar = ClinVarSignificance(alt.clinvar.0 | ClinVarSignificance::parse(value).0);
                }
                if is(&self.clinvar_review) {
                    alt.clinvar_stars = alt.clinvar_stars.max(Some(review_stars(value)));
                }
            }
        }
    }
}

/// The value for ALT `i` of a comma list: one per ALT (`Number=A`), one per
/// allele with REF first (`Number=R`), or else the maximum of all values.
/// Decided by the count, not the declared Number, which files get wrong.
fn per_alt(value: &str, alts: usize, i: usize) -> Option<f32> {
    let parts: Vec<&str> = value.split(',').collect();
    let pick = |s: &str| numbers(s).next();
    if parts.len() == alts {
        pick(parts[i])
    } else if parts.len() == alts + 1 {
        pick(parts[i + 1])
    } else {
        max_f32(parts.iter().filter_map(|p| pick(p)))
    }
}

/// SpliceAI's INFO field: `ALT|SYMBOL|DS_AG|DS_AL|DS_DG|DS_DL|DP_AG|...`,
/// one entry per ALT and gene; the maximum delta score for `alt`.
fn spliceai(value: &str, alt: &str) -> Option<f32> {
    max_f32(
        value
            .split(',')
            .map(|entry| entry.split('|').collect::<Vec<_>>())
            .filter(|f| f.first().is_some_and(|a| a.eq_ignore_ascii_case(alt)))
            .flat_map(|f| {
                f.into_iter().skip(2).take(4).filter_map(|d| d.trim().parse::<f32>().ok()).collect::<Vec<_>>()
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_alt_values_follow_the_count() {
        assert_eq!(per_alt("0.1,0.2", 2, 1), Some(0.2));
        assert_eq!(per_alt("0.5,0.1,0.2", 2, 0), Some(0.1), "Number=R: REF first");
        assert_eq!(per_alt("0.3", 2, 1), Some(0.3), "one value for the site");
        assert_eq!(per_alt(".", 1, 0), None);
    }

    #[test]
    fn info_facts_merge_into_each_alt() {
        let fields = InfoFields::new(&FieldMap::default());
        let mut out = vec![AltAnnotation::default(), AltAnnotation::default()];
        let info = [
            ("gnomAD_AF", "0.001,0.2"),
            ("CLNSIG", "Pathogenic"),
            ("CLNREVSTAT", "criteria_provided,_multiple_submitters,_no_conflicts"),
            ("SpliceAI", "T|G1|0.01|0.00|0.50|0.02|1|2|3|4,C|G1|0.00|0.00|0.01|0.00|1|2|3|4"),
            ("AF", "0.9,0.9"),
        ];
        fields.apply(&info, &["T", "C"], &mut out);
        assert_eq!((out[0].af, out[1].af), (Some(0.001), Some(0.2)), "the callset's own AF is ignored");
        assert_eq!((out[0].spliceai, out[1].spliceai), (Some(0.5), Some(0.01)));
        assert!(out[1].clinvar.contains(ClinVarSignificance::PATHOGENIC));
        assert_eq!(out[0].clinvar_stars, Some(2));
    }
}
