//! The database as the national database takes it (Norway's
//! recommendation C1): a sites-only VCF of counts and classifications, and
//! the classified variants in the columns of ClinVar's submission
//! spreadsheet (shared SPEC.md section 8).
//!
//! Nothing that identifies a person or a case leaves: no case ids, sample
//! or file names, analysts, or the dates cases were added. Counts below
//! [`ExportSettings::min_count`] are left out, as a variant seen in one or
//! two families can point at them. Free text leaves only where the
//! analyst marked it shareable: the comment, and the condition with it,
//! since clinicians sometimes write the patient into either.
//!
//! Only chromosomes 1-22, X, Y and MT are exported: the national database
//! takes the primary assembly, and other contigs' names differ between
//! pipelines.

use super::{Carrier, LabClassification, LabDb, LabVariant};
use crate::acmg::Class;
use crate::chrom::{self, Chromosome};
use crate::grid_tsv::spreadsheet_safe;
use crate::knowledge::SiteKey;
use crate::vcf::assembly::Build;
use std::fmt::Write;

/// C1's threshold: fewer cases than this are not told.
pub const DEFAULT_MIN_COUNT: u32 = 5;

/// How an export is made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSettings {
    /// The fewest cases a count may say; a smaller count is left out.
    pub min_count: u32,
    /// The release's date (`YYYY-MM-DD`), given by the caller.
    pub release_date: String,
}

impl ExportSettings {
    /// C1's threshold, released on `release_date`.
    pub fn new(release_date: &str) -> ExportSettings {
        ExportSettings { min_count: DEFAULT_MIN_COUNT, release_date: release_date.to_owned() }
    }

    /// Whether a count of `n` cases may be told: none is no one.
    fn tells(&self, n: u32) -> bool {
        n == 0 || n >= self.min_count
    }
}

/// One site as exported.
struct Site<'a> {
    site: &'a SiteKey,
    chromosome: Chromosome,
    variant: &'a LabVariant,
    latest: Option<&'a LabClassification>,
}

impl Site<'_> {
    fn count(&self, carrier: Carrier) -> u32 {
        self.variant.list(carrier).len() as u32
    }

    fn carriers(&self) -> u32 {
        Carrier::ALL.into_iter().map(|c| self.count(c)).sum()
    }

    /// The number of cases carrying it, where it may be told: never when
    /// one of its zygosity counts is left out, as the VCF leaves it out
    /// (the total less the others would give it back).
    fn carriers_told(&self, settings: &ExportSettings) -> Option<u32> {
        let all_told = Carrier::ALL.into_iter().all(|c| settings.tells(self.count(c)));
        let total = self.carriers();
        (all_told && total > 0 && total >= settings.min_count).then_some(total)
    }

    /// The latest classification's comment and condition, where marked
    /// shareable and written.
    fn shared(&self) -> (Option<&str>, Option<&str>) {
        fn written(s: &str) -> Option<&str> {
            Some(s.trim()).filter(|s| !s.is_empty())
        }
        match self.latest {
            Some(c) if c.comment_shareable => (written(&c.comment), written(&c.condition)),
            _ => (None, None),
        }
    }

    /// `PVS1`, `PM2_Supporting`, … of the latest classification.
    fn criteria(&self) -> Vec<String> {
        self.latest.map(|c| c.criteria.iter().map(ToString::to_string).collect()).unwrap_or_default()
    }
}

/// The sites of the primary chromosomes, in karyotype order.
fn sites(db: &LabDb) -> Vec<Site<'_>> {
    let mut sites: Vec<Site> = (db.variants.iter())
        .filter_map(|(site, variant)| {
            let chromosome = chrom::parse(&site.chrom)?;
            Some(Site { site, chromosome, variant, latest: variant.classifications.last() })
        })
        .collect();
    sites.sort_by(|a, b| (a.chromosome, a.site.pos, a.site).cmp(&(b.chromosome, b.site.pos, b.site)));
    sites
}

/// ClinVar's words for a class.
fn clinvar_term(class: Class) -> &'static str {
    match class {
        Class::Pathogenic => "Pathogenic",
        Class::LikelyPathogenic => "Likely pathogenic",
        Class::UncertainSignificance => "Uncertain significance",
        Class::LikelyBenign => "Likely benign",
        Class::Benign => "Benign",
    }
}

/// The chromosome's name in the build's usual reference: `chr1` and
/// `chrM` in GRCh38 (GRC's UCSC-style names, which the GRCh38 analysis
/// sets of GATK, DRAGEN and nf-core use), `1` and `MT` in GRCh37 (the
/// 1000 Genomes `b37` names most GRCh37 pipelines kept), so that the
/// export annotates a lab's own VCFs without renaming.
fn vcf_chrom(build: Option<Build>, chromosome: Chromosome) -> String {
    match (build, chromosome) {
        (Some(Build::GRCh38), Chromosome::Mitochondrion) => "chrM".into(),
        (Some(Build::GRCh38), c) => format!("chr{c}"),
        _ => chromosome.to_string(),
    }
}

/// A text value for INFO, percent-encoded as VCF 4.3 (section 1.2) has
/// it: `%`, `;`, `=`, `,`, and whitespace, which VCF 4.2 readers would
/// take as separators. Other characters, letters of any language
/// included, are written as they are (UTF-8).
fn info_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' | ';' | '=' | ',' | ' ' | '\t' | '\n' | '\r' => {
                let _ = write!(out, "%{:02X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

const INFO_HEADER: [&str; 14] = [
    r#"##INFO=<ID=AC_HET,Number=1,Type=Integer,Description="Cases whose proband is heterozygous; absent when below the export's minimum count">"#,
    r#"##INFO=<ID=AC_HOM,Number=1,Type=Integer,Description="Cases whose proband is homozygous; absent when below the export's minimum count">"#,
    r#"##INFO=<ID=AC_HEMI,Number=1,Type=Integer,Description="Cases whose proband is hemizygous; absent when below the export's minimum count">"#,
    r#"##INFO=<ID=COUNTS_SUPPRESSED,Number=0,Type=Flag,Description="A count was below the export's minimum count and is left out">"#,
    r#"##INFO=<ID=NCASES,Number=1,Type=Integer,Description="Cases in the lab database; some record only the variants worked on, so counts are a floor">"#,
    r#"##INFO=<ID=GENE,Number=1,Type=String,Description="Gene symbol">"#,
    r#"##INFO=<ID=CLASS,Number=1,Type=String,Description="The lab's latest ACMG/AMP class (Pathogenic, Likely_pathogenic, Uncertain_significance, Likely_benign, Benign)">"#,
    r#"##INFO=<ID=CRITERIA,Number=.,Type=String,Description="ACMG/AMP criteria applied in the latest classification (ClinGen SVI notation)">"#,
    r#"##INFO=<ID=EVALUATED,Number=1,Type=String,Description="Date of the latest classification (YYYY-MM-DD)">"#,
    r#"##INFO=<ID=HGVSC,Number=1,Type=String,Description="HGVS c. of the latest classification, percent-encoded">"#,
    r#"##INFO=<ID=HGVSP,Number=1,Type=String,Description="HGVS p. of the latest classification, percent-encoded">"#,
    r#"##INFO=<ID=TRANSCRIPT,Number=1,Type=String,Description="Transcript of the HGVS">"#,
    r#"##INFO=<ID=CONDITION,Number=1,Type=String,Description="Condition, where the lab marked it shareable; percent-encoded">"#,
    r#"##INFO=<ID=COMMENT,Number=1,Type=String,Description="Comment on the classification, where the lab marked it shareable; percent-encoded">"#,
];

/// The sites-only VCF: every classified site, and every other site
/// carried in at least `min_count` cases (a site carried in fewer, and
/// unclassified, says nothing once its counts are left out, and its
/// presence alone can point at a family).
pub fn sites_vcf(db: &LabDb, settings: &ExportSettings) -> String {
    let rows: Vec<Site> = sites(db)
        .into_iter()
        .filter(|s| s.latest.is_some() || (s.carriers() > 0 && s.carriers() >= settings.min_count))
        .collect();
    let mut out = String::new();
    out.push_str("##fileformat=VCFv4.2\n");
    let _ = writeln!(out, "##fileDate={}", settings.release_date.replace('-', ""));
    out.push_str("##source=Tolk lab database\n");
    let assembly = db.build.map(|b| format!(",assembly={}", b.name())).unwrap_or_default();
    if let Some(build) = db.build {
        let _ = writeln!(out, "##reference={}", build.name());
    }
    let mut chromosomes: Vec<Chromosome> = rows.iter().map(|r| r.chromosome).collect();
    chromosomes.dedup();
    for c in chromosomes {
        let _ = writeln!(out, "##contig=<ID={}{assembly}>", vcf_chrom(db.build, c));
    }
    for line in INFO_HEADER {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n");
    for row in &rows {
        let mut info: Vec<String> = Vec::new();
        let mut suppressed = false;
        for (key, carrier) in [("AC_HET", Carrier::Het), ("AC_HOM", Carrier::Hom), ("AC_HEMI", Carrier::Hemi)] {
            let n = row.count(carrier);
            if settings.tells(n) {
                info.push(format!("{key}={n}"));
            } else {
                suppressed = true;
            }
        }
        if suppressed {
            info.push("COUNTS_SUPPRESSED".into());
        }
        info.push(format!("NCASES={}", db.cases.len()));
        if let Some(gene) = &row.variant.gene {
            info.push(format!("GENE={}", info_text(gene)));
        }
        if let Some(c) = row.latest {
            info.push(format!("CLASS={}", clinvar_term(c.class).replace(' ', "_")));
            let criteria = row.criteria();
            if !criteria.is_empty() {
                info.push(format!("CRITERIA={}", criteria.join(",")));
            }
            if !c.date.is_empty() {
                info.push(format!("EVALUATED={}", info_text(&c.date)));
            }
            let (comment, condition) = row.shared();
            let texts = [
                ("HGVSC", c.hgvsc.as_deref()),
                ("HGVSP", c.hgvsp.as_deref()),
                ("TRANSCRIPT", c.transcript.as_deref()),
                ("CONDITION", condition),
                ("COMMENT", comment),
            ];
            for (key, value) in texts {
                if let Some(value) = value.filter(|v| !v.is_empty()) {
                    info.push(format!("{key}={}", info_text(value)));
                }
            }
        }
        let s = row.site;
        let chrom = vcf_chrom(db.build, row.chromosome);
        let _ = writeln!(out, "{chrom}\t{}\t.\t{}\t{}\t.\t.\t{}", s.pos, s.reference, s.alt, info.join(";"));
    }
    out
}

/// The columns of ClinVar's submission spreadsheet (SubmissionTemplate,
/// Variant sheet) that the database can fill, by their names there, and
/// two of Tolk's: `Assembly` (a position means nothing without it) and
/// `Criteria`.
pub const TSV_COLUMNS: [&str; 22] = [
    "Local ID",
    "Gene symbol",
    "Reference sequence",
    "HGVS",
    "Chromosome",
    "Start",
    "Stop",
    "Reference allele",
    "Alternate allele",
    "Assembly",
    "Condition ID type",
    "Condition ID value",
    "Preferred condition name",
    "Clinical significance",
    "Date last evaluated",
    "Assertion method",
    "Comment on clinical significance",
    "Collection method",
    "Allele origin",
    "Affected status",
    "Number of individuals with variant",
    "Criteria",
];

/// The classified variants, one row each in [`TSV_COLUMNS`], tab-separated.
/// `Local ID` is the site (never a case's id); the condition is ClinVar's
/// "not provided" unless shared, and its ID columns are left empty (the
/// lab writes conditions as text); the comment is the shared comment, else
/// the criteria; the number of individuals is left empty below
/// `min_count`. Chromosomes are written bare (`1`, `X`, `MT`), as ClinVar
/// writes them in either build, and alleles as the VCF does (an indel with
/// its anchor base).
pub fn clinvar_tsv(db: &LabDb, settings: &ExportSettings) -> String {
    let mut out = TSV_COLUMNS.join("\t");
    out.push('\n');
    for row in sites(db) {
        let Some(c) = row.latest else { continue };
        let s = row.site;
        let (comment, condition) = row.shared();
        let criteria = row.criteria().join(", ");
        // VEP writes the transcript into the HGVS (`ENST…:c.1A>G`); ClinVar
        // wants it in its own column.
        let (hgvs_reference, hgvs) = match c.hgvsc.as_deref().map(|h| h.split_once(':')) {
            Some(Some((reference, hgvs))) => (Some(reference), Some(hgvs)),
            Some(None) => (None, c.hgvsc.as_deref()),
            None => (None, None),
        };
        let cells = [
            s.to_string(),
            row.variant.gene.clone().unwrap_or_default(),
            c.transcript.as_deref().or(hgvs_reference).unwrap_or_default().to_owned(),
            hgvs.unwrap_or_default().to_owned(),
            vcf_chrom(None, row.chromosome),
            s.pos.to_string(),
            (s.pos as usize + s.reference.len() - 1).to_string(),
            s.reference.clone(),
            s.alt.clone(),
            db.build.map(Build::name).unwrap_or_default().to_owned(),
            String::new(),
            String::new(),
            condition.unwrap_or("not provided").to_owned(),
            clinvar_term(c.class).to_owned(),
            c.date.clone(),
            "ACMG/AMP 2015".to_owned(),
            comment.map_or(criteria.clone(), str::to_owned),
            "clinical testing".to_owned(),
            "germline".to_owned(),
            "yes".to_owned(),
            row.carriers_told(settings).map(|n| n.to_string()).unwrap_or_default(),
            criteria,
        ];
        // Free text (a comment, a condition, a gene from the annotation)
        // opens in a spreadsheet: made inert as the grid's exports are.
        let line: Vec<String> = cells.iter().map(|cell| spreadsheet_safe(cell)).collect();
        out.push_str(&line.join("\t"));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn info_values_are_percent_encoded_and_names_follow_the_build() {
        assert_eq!(info_text("a b;c=d,e%f\tg\nh æ"), "a%20b%3Bc%3Dd%2Ce%25f%09g%0Ah%20æ");
        assert_eq!(info_text("NM_1.2:c.10A>G"), "NM_1.2:c.10A>G");
        assert_eq!(vcf_chrom(Some(Build::GRCh38), Chromosome::Mitochondrion), "chrM");
        assert_eq!(vcf_chrom(Some(Build::GRCh38), Chromosome::X), "chrX");
        assert_eq!(vcf_chrom(Some(Build::GRCh37), Chromosome::Mitochondrion), "MT");
        assert_eq!(vcf_chrom(Some(Build::GRCh37), Chromosome::Autosome(7)), "7");
    }
}
