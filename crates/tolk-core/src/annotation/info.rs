//! Frequency, score and ClinVar facts written as INFO fields (vcfanno and
//! similar annotators) rather than inside VEP/SnpEff entries, merged into
//! each ALT's [`AltAnnotation`].

use super::clinvar::{review_stars, ClinVarSignificance};
use super::fields::FieldMap;
use super::frequency::FrequencySources;
use super::summary::AltAnnotation;
use super::transcript::{max_f32, numbers};
use foldhash::HashMap;

/// What an INFO field holds, for the fields the [`FieldMap`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fact {
    Af,
    /// A filtering allele frequency: it counts towards the AF too.
    Faf,
    Cadd,
    Revel,
    SpliceAi,
    AlphaMissense,
    ClinVar,
    ClinVarReview,
    RankScore,
}

/// The INFO keys to read, from a [`FieldMap`] and the file's frequency
/// sources in use: one lookup per INFO field of a record (this runs for
/// every record).
#[derive(Debug, Clone, Default)]
pub struct InfoFields {
    facts: HashMap<String, Fact>,
}

impl InfoFields {
    pub fn new(map: &FieldMap, frequency: &FrequencySources) -> InfoFields {
        let lists = [
            (&map.cadd_info, Fact::Cadd),
            (&map.revel_info, Fact::Revel),
            (&map.spliceai_info, Fact::SpliceAi),
            (&map.alphamissense_info, Fact::AlphaMissense),
            (&map.clinvar_info, Fact::ClinVar),
            (&map.clinvar_review_info, Fact::ClinVarReview),
            (&map.rank_score_info, Fact::RankScore),
        ];
        let mut facts: HashMap<String, Fact> =
            lists.into_iter().flat_map(|(names, fact)| names.iter().map(move |n| (n.clone(), fact))).collect();
        for (name, filtering) in frequency.info_keys() {
            facts.insert(name.to_owned(), if filtering { Fact::Faf } else { Fact::Af });
        }
        InfoFields { facts }
    }

    /// Merges the INFO facts of one record (`info`: its key/value pairs)
    /// into the annotations of its ALTs (`alts[i]` -> `out[i]`).
    pub fn apply(&self, info: &[(&str, &str)], alts: &[&str], out: &mut [AltAnnotation<'_>]) {
        for &(key, value) in info {
            let Some(&fact) = self.facts.get(key) else { continue };
            match fact {
                Fact::ClinVar => {
                    let significance = ClinVarSignificance::parse(value);
                    out.iter_mut().for_each(|a| a.clinvar = ClinVarSignificance(a.clinvar.0 | significance.0));
                }
                Fact::ClinVarReview => {
                    let stars = Some(review_stars(value));
                    out.iter_mut().for_each(|a| a.clinvar_stars = a.clinvar_stars.max(stars));
                }
                Fact::RankScore => {
                    let score = rank_score(value);
                    out.iter_mut().for_each(|a| a.rank_score = max_f32(a.rank_score.into_iter().chain(score)));
                }
                Fact::SpliceAi => {
                    for (a, alt) in out.iter_mut().zip(alts) {
                        a.spliceai = max_f32(a.spliceai.into_iter().chain(spliceai(value, alt)));
                    }
                }
                Fact::Af | Fact::Faf | Fact::Cadd | Fact::Revel | Fact::AlphaMissense => {
                    let parts: Vec<&str> = value.split(',').collect();
                    for (i, a) in out.iter_mut().enumerate() {
                        let value = per_alt(&parts, alts.len(), i);
                        let slot = match fact {
                            Fact::Af => &mut a.af,
                            Fact::Faf => {
                                a.faf = max_f32(a.faf.into_iter().chain(value));
                                &mut a.af
                            }
                            Fact::Cadd => &mut a.cadd,
                            Fact::Revel => &mut a.revel,
                            _ => &mut a.alphamissense,
                        };
                        *slot = max_f32(slot.iter().copied().chain(value));
                    }
                }
            }
        }
    }
}

/// The value for ALT `i` of a comma list: one per ALT (`Number=A`), one per
/// allele with REF first (`Number=R`), or else the maximum of all values.
/// Decided by the count, not the declared Number, which files get wrong.
pub(crate) fn per_alt(parts: &[&str], alts: usize, i: usize) -> Option<f32> {
    let pick = |s: &str| numbers(s).next();
    if parts.len() == alts {
        pick(parts[i])
    } else if parts.len() == alts + 1 {
        pick(parts[i + 1])
    } else {
        max_f32(parts.iter().filter_map(|p| pick(p)))
    }
}

/// genmod's `RankScore`: `FAMILY:score` per family, comma-separated (a
/// file holds one family as a rule); the highest score. A bare number is
/// read as it is.
fn rank_score(value: &str) -> Option<f32> {
    max_f32(value.split(',').filter_map(|part| part.rsplit(':').next()?.trim().parse::<f32>().ok()))
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
        assert_eq!(per_alt(&["0.1", "0.2"], 2, 1), Some(0.2));
        assert_eq!(per_alt(&["0.5", "0.1", "0.2"], 2, 0), Some(0.1), "Number=R: REF first");
        assert_eq!(per_alt(&["0.3"], 2, 1), Some(0.3), "one value for the site");
        assert_eq!(per_alt(&["."], 1, 0), None);
    }

    fn sources(header: &str) -> FrequencySources {
        let mut h = crate::vcf::Header::default();
        for line in header.lines() {
            h.add_meta_line(line.trim_start_matches("##"));
        }
        FrequencySources::detect(&h, None, &Default::default())
    }

    #[test]
    fn info_facts_merge_into_each_alt() {
        let header = "##INFO=<ID=gnomAD_AF,Number=A,Type=Float,Description=\"gnomAD AF\">\n\
##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele Frequency\">\n\
##INFO=<ID=faf95_popmax,Number=A,Type=Float,Description=\"\">";
        let fields = InfoFields::new(&FieldMap::default(), &sources(header));
        let mut out = vec![AltAnnotation::default(), AltAnnotation::default()];
        let info = [
            ("gnomAD_AF", "0.001,0.2"),
            ("CLNSIG", "Pathogenic"),
            ("CLNREVSTAT", "criteria_provided,_multiple_submitters,_no_conflicts"),
            ("SpliceAI", "T|G1|0.01|0.00|0.50|0.02|1|2|3|4,C|G1|0.00|0.00|0.01|0.00|1|2|3|4"),
            ("AF", "0.9,0.9"),
            ("faf95_popmax", "0.0005,0.3"),
        ];
        fields.apply(&info, &["T", "C"], &mut out);
        assert_eq!((out[0].af, out[1].af), (Some(0.001), Some(0.3)), "the callset's own AF is ignored");
        assert_eq!((out[0].faf, out[1].faf), (Some(0.0005), Some(0.3)));
        assert_eq!((out[0].spliceai, out[1].spliceai), (Some(0.5), Some(0.01)));
        assert!(out[1].clinvar.contains(ClinVarSignificance::PATHOGENIC));
        assert_eq!(out[0].clinvar_stars, Some(2));
    }
}
