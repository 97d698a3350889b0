//! The data sources a file's header says it was annotated with, for the
//! report's "data sources and versions" (ACGS 2020 best practice: a report
//! names the databases and their versions the interpretation rests on).
//!
//! VEP writes one line, `##VEP="v110" time="..." cache="..." ensembl=110.x
//! ClinVar="202301" gnomADe="r2.1.1" ...`; SnpEff writes
//! `##SnpEffVersion="5.1d (build 2022-04-19 15:49), by Pablo Cingolani"`;
//! many pipelines add `##source=` and `##reference=`. Paths (VEP's cache
//! and time) are left out: they say nothing about versions and may name
//! directories on the lab's servers.

use serde::{Deserialize, Serialize};

/// One tool or database and its version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DataSource {
    /// `Ensembl VEP`, `ClinVar`, `gnomADe`, `SnpEff`, `source`.
    pub name: String,
    pub version: String,
}

/// VEP's keys that are not databases.
const VEP_SKIPPED: [&str; 2] = ["time", "cache"];

/// The sources one meta line names (`key` without the `##`), if any.
pub fn from_meta_line(key: &str, value: &str) -> Vec<DataSource> {
    let source = |name: &str, version: &str| DataSource { name: name.to_owned(), version: version.to_owned() };
    match key {
        "VEP" => {
            let mut out: Vec<DataSource> = Vec::new();
            // Whether the last token was kept, for older VEPs' unquoted
            // values with spaces (`gencode=GENCODE 19`).
            let mut kept = false;
            for (i, token) in tokens(value).into_iter().enumerate() {
                kept = match token.split_once('=') {
                    None if i == 0 => {
                        out.push(source("Ensembl VEP", unquote(&token)));
                        true
                    }
                    None if kept => {
                        let last = out.last_mut().expect("kept");
                        last.version = format!("{} {}", last.version, unquote(&token));
                        true
                    }
                    Some((k, v)) if !VEP_SKIPPED.contains(&k) && !matches!(unquote(v), "" | ".") => {
                        out.push(source(k, unquote(v)));
                        true
                    }
                    _ => false,
                };
            }
            out
        }
        "SnpEffVersion" => {
            let v = unquote(value.trim());
            vec![source("SnpEff", v.split(" (").next().unwrap_or(v).split(", by").next().unwrap_or(v).trim())]
        }
        "source" | "reference" if !value.trim().is_empty() => vec![source(key, value.trim())],
        _ => Vec::new(),
    }
}

/// Whitespace-separated tokens, a quoted stretch kept whole.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                current.push(c);
            }
            c if c.is_whitespace() && !quoted => {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn unquote(text: &str) -> &str {
    text.trim().trim_matches('"')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(sources: &[DataSource]) -> Vec<(&str, &str)> {
        sources.iter().map(|s| (s.name.as_str(), s.version.as_str())).collect()
    }

    #[test]
    fn veps_line_gives_its_version_and_databases_without_paths() {
        let line = r#""v110" time="2023-09-01 10:00:00" cache="/data/vep/homo_sapiens/110_GRCh38" ensembl=110.584a8f3 ClinVar="202301" gnomADe="r2.1.1" gencode="GENCODE 44" assembly="GRCh38.p13""#;
        assert_eq!(
            pairs(&from_meta_line("VEP", line)),
            [
                ("Ensembl VEP", "v110"),
                ("ensembl", "110.584a8f3"),
                ("ClinVar", "202301"),
                ("gnomADe", "r2.1.1"),
                ("gencode", "GENCODE 44"),
                ("assembly", "GRCh38.p13")
            ]
        );
    }

    #[test]
    fn older_veps_unquoted_values_with_spaces() {
        // VEP 81, as in tests/data/edge/test-hemi.vcf.
        let line =
            "v81 cache=/home/a/.vep/homo_sapiens/81_GRCh37 db=. gencode=GENCODE 19 ClinVar=201501 assembly=GRCh37.p13";
        assert_eq!(
            pairs(&from_meta_line("VEP", line)),
            [("Ensembl VEP", "v81"), ("gencode", "GENCODE 19"), ("ClinVar", "201501"), ("assembly", "GRCh37.p13")]
        );
    }

    #[test]
    fn snpeff_and_plain_lines() {
        let snpeff = from_meta_line("SnpEffVersion", r#""5.1d (build 2022-04-19 15:49), by Pablo Cingolani""#);
        assert_eq!(pairs(&snpeff), [("SnpEff", "5.1d")]);
        assert_eq!(pairs(&from_meta_line("source", "GATK HaplotypeCaller")), [("source", "GATK HaplotypeCaller")]);
        assert!(from_meta_line("fileDate", "20230101").is_empty());
    }
}
