//! The sample columns of a record (VCF 4.3 section 1.6.2): the FORMAT keys
//! GT, DP, GQ and AD read for every sample and reduced, per ALT row, to a
//! [`PackedCall`].

use super::genotype::{allele_balance, genotype_for, parse_gt, Genotype};
use super::validate::{Def, FieldDefs};
use crate::diagnostics::{excerpt, RepeatedIssues};
use crate::phrase::Phrase;
use crate::store::PackedCall;

/// The sample part of one record.
pub struct SampleColumns<'a> {
    /// The FORMAT column (`GT:AD:DP`).
    pub format: &'a str,
    /// One column per sample present on the line.
    pub columns: &'a [&'a str],
    /// Samples the header names (absent columns count as no call).
    pub samples: usize,
    pub alts: usize,
    pub line: u64,
}

/// Reads sample columns; keeps the last FORMAT's key positions and its
/// buffers between records, so a file allocates nothing per sample.
#[derive(Default)]
pub struct SampleReader {
    format: String,
    /// The FORMAT keys with their header definitions (`None`: undeclared).
    keys: Vec<(String, Option<Def>)>,
    gt: Option<usize>,
    dp: Option<usize>,
    gq: Option<usize>,
    ad: Option<usize>,
    calls: Vec<PackedCall>,
    alleles: Vec<Option<u16>>,
    depths: Vec<Option<u32>>,
}

impl SampleReader {
    /// The calls of one record, ALT-major: `calls[alt * samples + sample]`.
    /// Samples missing from the line count as no call. Every value is also
    /// checked against its FORMAT definition in `defs`.
    pub fn read(&mut self, record: SampleColumns<'_>, defs: &FieldDefs, issues: &mut RepeatedIssues) -> &[PackedCall] {
        let SampleColumns { format, columns, samples, alts, line } = record;
        if format != self.format {
            self.set_format(format, defs);
        }
        self.calls.clear();
        self.calls.resize(alts * samples, PackedCall::EMPTY);
        for (s, column) in columns.iter().take(samples).enumerate() {
            if column.is_empty() {
                issues.note("format:empty", line, || Phrase::new(msg!("vcf-empty-sample")));
                continue;
            }
            let values: Vec<&str> = crate::text::split_on(column, b':').collect();
            self.check_values(&values, alts, line, defs.section(), issues);
            let get = |i: Option<usize>| i.and_then(|i| values.get(i)).copied().filter(|v| !v.is_empty() && *v != ".");
            let phased = match get(self.gt) {
                None => None,
                Some(gt) => {
                    let parsed = parse_gt(gt, &mut self.alleles);
                    if parsed.is_none() {
                        issues.note("format:GT", line, || {
                            Phrase::new(msg!("vcf-bad-gt")).arg("value", excerpt(gt.as_bytes(), 20))
                        });
                        self.alleles.clear();
                    }
                    parsed
                }
            };
            let gq = number::<f32>(get(self.gq), "GQ", line, issues);
            self.depths.clear();
            if let Some(ad) = get(self.ad) {
                for d in ad.split(',') {
                    let depth = if d == "." { None } else { number::<u32>(Some(d), "AD", line, issues) };
                    self.depths.push(depth);
                }
            }
            // Without DP, the reads AD counts are the depth (callers such as
            // freebayes and older GATK write AD but not always DP): a call
            // with 93,65 reads is not one of unknown depth.
            let ad_depth = || {
                let known: Vec<u32> = self.depths.iter().flatten().copied().collect();
                (!known.is_empty()).then(|| known.iter().sum())
            };
            let dp = number::<u32>(get(self.dp), "DP", line, issues).or_else(ad_depth);
            for alt in 0..alts {
                let genotype = match phased {
                    Some(phased) => genotype_for(&self.alleles, phased, (alt + 1) as u16),
                    None => Genotype::default(),
                };
                let ab = allele_balance(&self.depths, alt + 1);
                self.calls[alt * samples + s] = PackedCall::new(genotype, dp, gq, ab);
            }
        }
        &self.calls
    }

    /// Notes values that break their definition (GT has its own check).
    fn check_values(&self, values: &[&str], alts: usize, line: u64, section: &str, issues: &mut RepeatedIssues) {
        for (i, (value, (key, def))) in values.iter().zip(&self.keys).enumerate() {
            if Some(i) == self.gt || value.is_empty() || *value == "." {
                continue;
            }
            let problem = match def {
                Some(def) => def.check(value, alts),
                None => Some(super::validate::ValueProblem::Undeclared),
            };
            if let Some(problem) = problem {
                issues.note(&format!("format:{key}:{}", problem.kind()), line, || problem.describe(section, key));
            }
        }
    }

    fn set_format(&mut self, format: &str, defs: &FieldDefs) {
        self.format.clear();
        self.format.push_str(format);
        self.keys = format.split(':').map(|k| (k.to_owned(), defs.get(k))).collect();
        let keys: Vec<&str> = format.split(':').collect();
        let find = |key: &str| keys.iter().position(|k| *k == key);
        (self.gt, self.dp, self.gq, self.ad) = (find("GT"), find("DP"), find("GQ"), find("AD"));
    }
}

/// Parses a FORMAT number, noting a bad value once per key.
fn number<T: std::str::FromStr>(value: Option<&str>, key: &str, line: u64, issues: &mut RepeatedIssues) -> Option<T> {
    let value = value?;
    let parsed = value.parse::<T>().ok();
    if parsed.is_none() {
        issues.note(&format!("format:{key}"), line, || {
            Phrase::new(msg!("vcf-bad-number")).arg("key", key).arg("value", excerpt(value.as_bytes(), 20))
        });
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Call;
    use crate::vcf::genotype::Zygosity;
    use crate::vcf::header::Header;

    fn defs() -> FieldDefs {
        let mut h = Header::default();
        for line in [
            r#"FORMAT=<ID=GT,Number=1,Type=String,Description="">"#,
            r#"FORMAT=<ID=AD,Number=R,Type=Integer,Description="">"#,
            r#"FORMAT=<ID=DP,Number=1,Type=Integer,Description="">"#,
            r#"FORMAT=<ID=GQ,Number=1,Type=Integer,Description="">"#,
        ] {
            h.add_meta_line(line);
        }
        FieldDefs::format(&h)
    }

    #[test]
    fn calls_per_alt_and_sample() {
        let mut reader = SampleReader::default();
        let mut issues = RepeatedIssues::default();
        let columns = ["1/2:2,10,8:20:99", "0/0:30,0,0:30:60"];
        let record = SampleColumns { format: "GT:AD:DP:GQ", columns: &columns, samples: 2, alts: 2, line: 5 };
        let calls = reader.read(record, &defs(), &mut issues).to_vec();
        let c = |i: usize| Call::from(calls[i]);
        // 10 / 12 = 0.8333, kept in steps of 1/200.
        assert_eq!((c(0).zygosity, c(0).ab), (Zygosity::Het, Some(0.835)));
        assert_eq!(c(1).zygosity, Zygosity::HomRef);
        assert_eq!((c(2).zygosity, c(2).ab), (Zygosity::Het, Some(0.8)), "second ALT of sample 1");
        assert_eq!((c(3).dp, c(3).gq), (Some(30), Some(60)));
        assert!(issues.is_empty());
    }

    #[test]
    fn missing_and_bad_values() {
        let mut reader = SampleReader::default();
        let mut issues = RepeatedIssues::default();
        let columns = ["./.:.", "0\\1:x"];
        let record = SampleColumns { format: "GT:DP", columns: &columns, samples: 3, alts: 1, line: 9 };
        let calls = reader.read(record, &defs(), &mut issues).to_vec();
        assert!(calls.iter().all(|&p| Call::from(p).zygosity == Zygosity::Missing));
        assert_eq!(calls.len(), 3, "the third sample's column is absent");
        // GT's own check, DP as a number, and DP against its Integer type.
        assert_eq!(issues.len(), 3);
    }

    #[test]
    fn values_are_checked_against_their_format_definitions() {
        let mut reader = SampleReader::default();
        let mut issues = RepeatedIssues::default();
        let record = SampleColumns { format: "GT:AD:XX", columns: &["0/1:3,4,5:1"], samples: 1, alts: 1, line: 4 };
        reader.read(record, &defs(), &mut issues);
        let mut d = crate::diagnostics::Diagnostics::default();
        issues.report_into(&mut d);
        let messages: Vec<String> = d.kept().iter().map(|x| x.message.render(crate::i18n::Lang::En)).collect();
        assert_eq!(
            messages,
            [
                "FORMAT/AD has 3 value(s), the header declares Number=R",
                "FORMAT field 'XX' is not declared in the header; read as text"
            ]
        );
    }
}
