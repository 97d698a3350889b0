//! ClinVar's own VCF (NCBI's `clinvar.vcf.gz`, one per build, weekly), read
//! for the few sites a case needs.
//!
//! The file is about 3.5 million records, a gigabyte of text once
//! inflated, and a case wants a few hundred of them. So the caller (a
//! worker, the CLI) inflates it and feeds it a line at a time to
//! [`ClinVarScan`], which keeps only the wanted sites: memory follows the
//! case, not the file. A record that is not wanted costs a few `memchr`
//! calls and a binary search of the wanted positions on its chromosome,
//! with nothing allocated; its [`SiteKey`] is built only when a wanted
//! site starts within its alleles.
//!
//! What ClinVar writes is kept in its own words, made readable
//! (`Likely_pathogenic` → `Likely pathogenic`): the classes are ClinVar's,
//! not Tolk's, and a reader checks them against ClinVar's site by the same
//! words. Two choices are Tolk's:
//! - a record without `CLNSIG` (a variant ClinVar classifies only as part
//!   of a haplotype or genotype, under `CLNSIGINCL`) is kept as "not
//!   provided", ClinVar's own word for no classification: the case still
//!   learns that ClinVar holds the variant, and under which Variation ID,
//!   without taking the haplotype's class for the variant's own;
//! - two records at one site (rare: two Variation IDs that trim to the same
//!   alleles) keep the better reviewed, the first read on a tie.

use super::{KnowledgeError, SiteKey};
use crate::annotation::clinvar::review_stars;
use crate::phrase::Phrase;
use crate::vcf::assembly::{names_build, Build};
use memchr::{memchr, memchr_iter};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// What the header says about the release.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ClinVarRelease {
    /// `##fileDate`, as `2024-01-07` (NCBI has written both `20240107`
    /// and `2024-01-07`); another form is kept as written.
    pub date: Option<String>,
    /// `##reference=GRCh38`: the build the positions are on.
    pub build: Option<Build>,
}

/// ClinVar's current word on one variant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClinVarEntry {
    /// The ID column: the Variation ID (`clinvar/variation/{id}`).
    pub variation_id: u64,
    /// `CLNSIG` readable: "Pathogenic/Likely pathogenic, risk factor";
    /// "not provided" when the record has none (see the module docs).
    pub significance: String,
    /// Review stars from `CLNREVSTAT` (0-4).
    pub stars: u8,
    /// `CLNREVSTAT` readable: "criteria provided, multiple submitters, no conflicts".
    pub review_status: String,
    /// `CLNSIGCONF` readable: "Pathogenic(3), Uncertain significance(1)".
    pub conflicts: Option<String>,
    /// `CLNDN`'s conditions, without "not provided" and "not specified".
    pub conditions: Vec<String>,
    /// The first symbol of `GENEINFO` (`SYMBOL:GeneID|...`).
    pub gene: Option<String>,
}

/// What a scan found: the release, how many records it read, and the
/// entries of the wanted sites ClinVar holds (sorted, so the same file
/// always gives the same JSON).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ClinVarMatches {
    pub release: ClinVarRelease,
    pub records: u64,
    pub found: BTreeMap<SiteKey, ClinVarEntry>,
}

/// Where the scan is in the file.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Stage {
    /// Before the first line, which must be `##fileformat=VCF…`.
    Start,
    /// In the meta lines; whether one of them was ClinVar's mark.
    Header { marked: bool },
    /// After `#CHROM`.
    Records,
}

/// Reads ClinVar's VCF line by line, keeping the entries of `wanted` sites.
pub struct ClinVarScan<'w> {
    wanted: &'w HashSet<SiteKey>,
    /// The wanted positions of each chromosome (canonical name), sorted.
    positions: Vec<(String, Vec<u32>)>,
    /// The last record's chromosome as written, and its entry in
    /// `positions` (`None`: nothing wanted there). ClinVar is sorted, so
    /// the name changes some 25 times a file.
    chromosome: Option<(Vec<u8>, Option<usize>)>,
    line_no: u64,
    stage: Stage,
    matches: ClinVarMatches,
}

impl<'w> ClinVarScan<'w> {
    pub fn new(wanted: &'w HashSet<SiteKey>) -> Self {
        let mut by_chrom: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
        for key in wanted {
            by_chrom.entry(&key.chrom).or_default().push(key.pos);
        }
        let positions = by_chrom
            .into_iter()
            .map(|(chrom, mut positions)| {
                positions.sort_unstable();
                positions.dedup();
                (chrom.to_owned(), positions)
            })
            .collect();
        ClinVarScan {
            wanted,
            positions,
            chromosome: None,
            line_no: 0,
            stage: Stage::Start,
            matches: ClinVarMatches::default(),
        }
    }

    /// One line, without its line break (a trailing `\r` tolerated).
    /// Header lines fill the release. A first line that is not
    /// `##fileformat=VCF` is refused (not a VCF); a `#CHROM` line without
    /// INFO, or a header without ClinVar's marks (`##source=ClinVar` or
    /// `INFO=<ID=CLNSIG`) by the time records start, is refused as not
    /// ClinVar's VCF. A malformed record (too few columns, POS or ID not a
    /// number) is an error naming the line.
    pub fn line(&mut self, line: &[u8]) -> Result<(), KnowledgeError> {
        self.line_no += 1;
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        match self.stage {
            Stage::Records if !line.is_empty() && line[0] != b'#' => self.record(line),
            Stage::Records => Ok(()),
            Stage::Start => {
                if !line.starts_with(b"##fileformat=VCF") {
                    let found = String::from_utf8_lossy(&line[..line.len().min(60)]).into_owned();
                    return Err(self.error(Phrase::new(msg!("clinvar-file-not-vcf")).arg("found", found)));
                }
                self.stage = Stage::Header { marked: false };
                Ok(())
            }
            Stage::Header { marked } => self.header(line, marked),
        }
    }

    /// The scan's result; an error if the file ended before its `#CHROM`
    /// line (empty, or cut short).
    pub fn finish(self) -> Result<ClinVarMatches, KnowledgeError> {
        match self.stage {
            Stage::Records => Ok(self.matches),
            _ => Err(KnowledgeError::whole(Phrase::new(msg!("clinvar-file-no-column-header")))),
        }
    }

    fn error(&self, problem: Phrase) -> KnowledgeError {
        KnowledgeError::at(self.line_no, problem)
    }

    fn header(&mut self, line: &[u8], marked: bool) -> Result<(), KnowledgeError> {
        if line.starts_with(b"#CHROM") {
            if line.split(|&b| b == b'\t').nth(7) != Some(b"INFO") {
                return Err(self.error(Phrase::new(msg!("clinvar-file-no-info"))));
            }
            if !marked {
                return Err(self.error(Phrase::new(msg!("clinvar-file-not-clinvar"))));
            }
            self.stage = Stage::Records;
            return Ok(());
        }
        if !line.is_empty() && !line.starts_with(b"#") {
            return Err(self.error(Phrase::new(msg!("clinvar-file-record-before-header"))));
        }
        let marked = marked || is_mark(line);
        self.stage = Stage::Header { marked };
        let text = String::from_utf8_lossy(line);
        if let Some((key, value)) = text.strip_prefix("##").and_then(|meta| meta.split_once('=')) {
            let release = &mut self.matches.release;
            if key == "fileDate" {
                release.date = Some(iso_date(value.trim()));
            } else if release.build.is_none() && names_build(key) {
                release.build = Build::find_in(value);
            }
        }
        Ok(())
    }

    fn record(&mut self, line: &[u8]) -> Result<(), KnowledgeError> {
        self.matches.records += 1;
        let Some([chrom, pos, id, reference, alt, _, _, info]) = columns(line) else {
            let count = memchr_iter(b'\t', line).count() + 1;
            return Err(self.error(Phrase::new(msg!("clinvar-file-few-columns")).arg("count", count)));
        };
        let Some(pos) = number::<u32>(pos) else {
            let found = String::from_utf8_lossy(pos).into_owned();
            return Err(self.error(Phrase::new(msg!("clinvar-file-bad-position")).arg("found", found)));
        };
        let Some(variation_id) = number::<u64>(id) else {
            let found = String::from_utf8_lossy(id).into_owned();
            return Err(self.error(Phrase::new(msg!("clinvar-file-bad-id")).arg("found", found)));
        };
        // Trimming shared first bases moves a site at most this far on.
        let reach = reference.len().min(alt.len()).saturating_sub(1) as u32;
        if !self.may_be_wanted(chrom, pos, reach) {
            return Ok(());
        }
        let (Ok(chrom), Ok(reference), Ok(alt)) =
            (std::str::from_utf8(chrom), std::str::from_utf8(reference), std::str::from_utf8(alt))
        else {
            return Ok(());
        };
        let Some(site) = SiteKey::new(chrom, pos, reference, alt).filter(|s| self.wanted.contains(s)) else {
            return Ok(());
        };
        let entry = entry(variation_id, info);
        match self.matches.found.get(&site) {
            Some(kept) if kept.stars >= entry.stars => {}
            _ => {
                self.matches.found.insert(site, entry);
            }
        }
        Ok(())
    }

    /// Whether a wanted site on `chrom` lies in `pos..=pos + reach`: the
    /// cheap test before a record's site is built.
    fn may_be_wanted(&mut self, chrom: &[u8], pos: u32, reach: u32) -> bool {
        let index = match &self.chromosome {
            Some((name, index)) if name.as_slice() == chrom => *index,
            _ => {
                let canonical = super::site::canonical_chrom(&String::from_utf8_lossy(chrom));
                let index = self.positions.iter().position(|(c, _)| *c == canonical);
                self.chromosome = Some((chrom.to_vec(), index));
                index
            }
        };
        let Some(positions) = index.map(|i| &self.positions[i].1) else { return false };
        let first = positions.partition_point(|&p| p < pos);
        positions.get(first).is_some_and(|&p| p <= pos.saturating_add(reach))
    }
}

/// Reads a whole inflated file held in memory (the CLI, tests).
pub fn scan_text(text: &[u8], wanted: &HashSet<SiteKey>) -> Result<ClinVarMatches, KnowledgeError> {
    let mut scan = ClinVarScan::new(wanted);
    let mut start = 0;
    for end in memchr_iter(b'\n', text) {
        scan.line(&text[start..end])?;
        start = end + 1;
    }
    if start < text.len() {
        scan.line(&text[start..])?;
    }
    scan.finish()
}

/// Whether the start of a file (its first few KB, inflated) is ClinVar's
/// VCF: a VCF whose header carries ClinVar's marks. Tells a dropped
/// `clinvar.vcf.gz` from a case's VCF.
pub fn is_clinvar_header(head: &[u8]) -> bool {
    head.starts_with(b"##fileformat=VCF") && head.split(|&b| b == b'\n').any(|line| is_mark(line.trim_ascii_end()))
}

/// A header line only ClinVar's VCF writes.
fn is_mark(line: &[u8]) -> bool {
    line == b"##source=ClinVar" || line.starts_with(b"##INFO=<ID=CLNSIG,")
}

/// The first eight columns of a record; `None` when it has fewer.
fn columns(line: &[u8]) -> Option<[&[u8]; 8]> {
    let mut out: [&[u8]; 8] = [&[]; 8];
    let mut rest = line;
    for (i, column) in out.iter_mut().enumerate() {
        match memchr(b'\t', rest) {
            Some(tab) => {
                *column = &rest[..tab];
                rest = &rest[tab + 1..];
            }
            None if i == 7 => *column = rest,
            None => return None,
        }
    }
    Some(out)
}

fn number<T: std::str::FromStr>(text: &[u8]) -> Option<T> {
    std::str::from_utf8(text).ok()?.parse().ok()
}

/// `20240107` as `2024-01-07`; other forms as written.
fn iso_date(value: &str) -> String {
    if value.len() == 8 && value.bytes().all(|b| b.is_ascii_digit()) {
        format!("{}-{}-{}", &value[..4], &value[4..6], &value[6..])
    } else {
        value.to_owned()
    }
}

/// The entry of a wanted record, from its INFO column.
fn entry(variation_id: u64, info: &[u8]) -> ClinVarEntry {
    let info = String::from_utf8_lossy(info);
    let field = |name: &str| {
        info.split(';').find_map(|f| f.strip_prefix(name).and_then(|rest| rest.strip_prefix('='))).map(unescape)
    };
    let review = field("CLNREVSTAT").unwrap_or_default();
    let conditions = field("CLNDN").map_or_else(Vec::new, |names| {
        let mut kept: Vec<String> = Vec::new();
        for name in names.split('|').filter(|n| !matches!(*n, "not_provided" | "not_specified" | "" | ".")) {
            let name = name.replace('_', " ");
            if !kept.contains(&name) {
                kept.push(name);
            }
        }
        kept
    });
    ClinVarEntry {
        variation_id,
        significance: field("CLNSIG").map_or_else(|| "not provided".to_owned(), |s| readable(&s)),
        stars: review_stars(&review),
        review_status: readable(&review),
        conflicts: field("CLNSIGCONF").map(|c| readable(&c)),
        conditions,
        gene: field("GENEINFO").and_then(|g| g.split([':', '|']).next().filter(|s| !s.is_empty()).map(str::to_owned)),
    }
}

/// ClinVar's words for people: the parts of a list (`|` or `,`) joined by
/// ", ", underscores as spaces (`Pathogenic/Likely_pathogenic|risk_factor`
/// → "Pathogenic/Likely pathogenic, risk factor").
fn readable(text: &str) -> String {
    let parts = text.split(['|', ',']).map(|p| p.trim_matches(['_', ' ']).replace('_', " ")).filter(|p| !p.is_empty());
    parts.collect::<Vec<_>>().join(", ")
}

/// ClinVar writes a comma inside a name (`Breast-ovarian_cancer\x2c_familial`)
/// as a `\xHH` escape, since a comma separates INFO values.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\\x") {
        out.push_str(&rest[..at]);
        let code = rest.get(at + 2..at + 4).and_then(|h| u8::from_str_radix(h, 16).ok()).filter(u8::is_ascii);
        match code {
            Some(byte) => {
                out.push(char::from(byte));
                rest = &rest[at + 4..];
            }
            None => {
                out.push_str("\\x");
                rest = &rest[at + 2..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    const FORMAT: &[u8] = include_bytes!("../../../../tests/data/knowledge/clinvar-tolk-format.vcf");
    const DEMO_2023: &[u8] = include_bytes!("../../../../tests/data/knowledge/clinvar-demo-2023.vcf");
    const DEMO_2025: &[u8] = include_bytes!("../../../../tests/data/knowledge/clinvar-demo-2025.vcf");

    fn wanted(keys: &[&str]) -> HashSet<SiteKey> {
        keys.iter().map(|k| SiteKey::of_key(k).unwrap()).collect()
    }

    fn site(key: &str) -> SiteKey {
        SiteKey::of_key(key).unwrap()
    }

    /// A ClinVar header, then `records`.
    fn file(records: &str) -> String {
        format!(
            "##fileformat=VCFv4.1\n##fileDate=20240107\n##source=ClinVar\n##reference=GRCh37\n\
             #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n{records}"
        )
    }

    fn record(revstat: &str, extra: &str) -> String {
        format!("1\t100\t42\tA\tG\t.\t.\tALLELEID=1;CLNREVSTAT={revstat};CLNSIG=Pathogenic{extra}\n")
    }

    #[test]
    fn the_header_gives_the_release_date_and_build() {
        let m = scan_text(file("").as_bytes(), &HashSet::new()).unwrap();
        assert_eq!(m.release, ClinVarRelease { date: Some("2024-01-07".into()), build: Some(Build::GRCh37) });
        assert_eq!(m.records, 0);
        let m = scan_text(DEMO_2025, &HashSet::new()).unwrap();
        assert_eq!(m.release.date.as_deref(), Some("2025-03-02"), "the dashed form as it is");
        assert_eq!(m.release.build, Some(Build::GRCh38));
        let m = scan_text(DEMO_2023, &HashSet::new()).unwrap();
        assert_eq!(m.release.date.as_deref(), Some("2023-01-07"));
    }

    #[test]
    fn stars_for_every_review_status() {
        for (status, stars, readable) in [
            ("practice_guideline", 4, "practice guideline"),
            ("reviewed_by_expert_panel", 3, "reviewed by expert panel"),
            (
                "criteria_provided,_multiple_submitters,_no_conflicts",
                2,
                "criteria provided, multiple submitters, no conflicts",
            ),
            ("criteria_provided,_single_submitter", 1, "criteria provided, single submitter"),
            ("criteria_provided,_conflicting_classifications", 1, "criteria provided, conflicting classifications"),
            ("criteria_provided,_conflicting_interpretations", 1, "criteria provided, conflicting interpretations"),
            ("no_assertion_criteria_provided", 0, "no assertion criteria provided"),
            ("no_classification_provided", 0, "no classification provided"),
            ("no_classification_for_the_single_variant", 0, "no classification for the single variant"),
            ("no_classifications_from_unflagged_records", 0, "no classifications from unflagged records"),
        ] {
            let m = scan_text(file(&record(status, "")).as_bytes(), &wanted(&["1:100:A:G"])).unwrap();
            let e = &m.found[&site("1:100:A:G")];
            assert_eq!((e.stars, e.review_status.as_str()), (stars, readable), "{status}");
        }
    }

    #[test]
    fn significance_conflicts_conditions_and_gene_are_readable() {
        let want = wanted(&["6:26092913:G:A", "17:43124027:ACT:A", "1:155235252:A:G", "22:50627597:G:A"]);
        let m = scan_text(FORMAT, &want).unwrap();
        let hfe = &m.found[&site("6:26092913:G:A")];
        assert_eq!(hfe.variation_id, 10);
        assert_eq!(hfe.significance, "Conflicting classifications of pathogenicity, other");
        assert_eq!(
            hfe.conflicts.as_deref(),
            Some("Pathogenic(19), Likely pathogenic(1), Uncertain significance(2), Benign(1)")
        );
        assert_eq!(hfe.conditions, ["Hereditary hemochromatosis"], "not_provided dropped");
        assert_eq!(hfe.gene.as_deref(), Some("HFE"));
        let brca1 = &m.found[&site("17:43124027:ACT:A")];
        assert_eq!(
            brca1.conditions,
            ["Breast-ovarian cancer, familial, susceptibility to, 1", "Hereditary breast ovarian cancer syndrome"]
        );
        assert_eq!((brca1.significance.as_str(), brca1.stars, brca1.conflicts.as_deref()), ("Pathogenic", 3, None));
        assert_eq!(m.found[&site("1:155235252:A:G")].significance, "Pathogenic/Likely pathogenic, risk factor");
        assert_eq!(m.found[&site("22:50627597:G:A")].significance, "Likely pathogenic, low penetrance");
    }

    #[test]
    fn a_variant_classified_only_within_a_haplotype_is_kept_as_not_provided() {
        let m = scan_text(FORMAT, &wanted(&["7:117559592:C:T"])).unwrap();
        let e = &m.found[&site("7:117559592:C:T")];
        assert_eq!((e.variation_id, e.significance.as_str(), e.stars), (35827, "not provided", 0));
        assert_eq!(e.conditions, Vec::<String>::new(), "the haplotype's condition is not the variant's");
    }

    #[test]
    fn only_wanted_sites_are_kept_and_chr_spellings_match() {
        // A case's VCF writes chr; ClinVar does not. MT as chrM.
        let want = wanted(&["chr7:117559590:ATCT:A", "chrM:3243:A:G", "chr13:32340300:GT:G", "chr2:1:A:C"]);
        let m = scan_text(FORMAT, &want).unwrap();
        let found: Vec<String> = m.found.keys().map(SiteKey::to_string).collect();
        assert_eq!(found, ["13:32340300:GT:G", "7:117559590:ATCT:A", "MT:3243:A:G"]);
        assert_eq!(m.found[&site("chrM:3243:A:G")].gene.as_deref(), Some("MT-TL1"));
        // The same position with another allele is not the site.
        let m = scan_text(FORMAT, &wanted(&["7:117559590:A:G", "12:102840507:C:A"])).unwrap();
        assert!(m.found.is_empty());
        // An ALT of '.' has no site, and is still a record read.
        let m = scan_text(FORMAT, &wanted(&["3:37042446:C:T"])).unwrap();
        assert!(m.found.is_empty());
        assert_eq!(m.records, 21);
    }

    #[test]
    fn a_record_whose_alleles_trim_to_a_later_site_is_found() {
        let text = file("1\t100\t7\tCAGT\tCGGT\t.\t.\tCLNSIG=Benign;CLNREVSTAT=criteria_provided,_single_submitter\n");
        let m = scan_text(text.as_bytes(), &wanted(&["1:101:A:G"])).unwrap();
        assert_eq!(m.found[&site("1:101:A:G")].significance, "Benign");
    }

    #[test]
    fn of_two_records_at_one_site_the_better_reviewed_is_kept() {
        let text = file(&format!(
            "{}{}{}",
            record("criteria_provided,_single_submitter", ""),
            record("reviewed_by_expert_panel", ";GENEINFO=ABC:1|DEF:2"),
            record("criteria_provided,_single_submitter", ""),
        ));
        let m = scan_text(text.as_bytes(), &wanted(&["1:100:A:G"])).unwrap();
        let e = &m.found[&site("1:100:A:G")];
        assert_eq!((e.stars, e.gene.as_deref()), (3, Some("ABC")));
        assert_eq!(m.records, 3);
    }

    #[test]
    fn the_demo_releases_differ_in_one_class() {
        let want = wanted(&["chr2:166003512:C:T", "chr22:31808245:C:T", "chr20:63413452:G:A"]);
        let (old, new) = (scan_text(DEMO_2023, &want).unwrap(), scan_text(DEMO_2025, &want).unwrap());
        assert_eq!((old.records, new.records), (15, 15));
        assert_eq!((old.found.len(), new.found.len()), (3, 3));
        let depdc5 = site("22:31808245:C:T");
        assert_eq!((old.found[&depdc5].significance.as_str(), old.found[&depdc5].stars), ("Uncertain significance", 1));
        assert_eq!((new.found[&depdc5].significance.as_str(), new.found[&depdc5].stars), ("Likely pathogenic", 2));
        let kcnq2 = &new.found[&site("20:63413452:G:A")];
        assert_eq!(kcnq2.conflicts.as_deref(), Some("Pathogenic(2), Uncertain significance(1)"));
        for key in [site("2:166003512:C:T"), site("20:63413452:G:A")] {
            assert_eq!(old.found[&key], new.found[&key], "{key}");
        }
    }

    #[test]
    fn a_broken_record_names_its_line() {
        let want = HashSet::new();
        let few = scan_text(file("1\t100\t42\tA\tG\n").as_bytes(), &want).unwrap_err();
        assert_eq!(few.line, Some(6));
        assert!(few.problem.render(Lang::En).starts_with("5 columns"), "{}", few.problem.render(Lang::En));
        let pos = scan_text(file(&format!("{}1\tx100\t42\tA\tG\t.\t.\t.\n", record("x", ""))).as_bytes(), &want);
        assert_eq!(pos.unwrap_err().line, Some(7));
        let id = scan_text(file("1\t100\trs42\tA\tG\t.\t.\t.\n").as_bytes(), &want).unwrap_err();
        assert!(id.problem.render(Lang::Nb).contains("rs42"));
    }

    #[test]
    fn other_files_are_refused() {
        let want = HashSet::new();
        let not_vcf = scan_text(b"CHROM,POS\n1,100\n", &want).unwrap_err();
        assert_eq!(not_vcf.line, Some(1));
        assert!(not_vcf.problem.render(Lang::En).contains("not a VCF"));
        let case_vcf = b"##fileformat=VCFv4.2\n##reference=GRCh38\n##INFO=<ID=CSQ,Number=.>\n\
            #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n1\t100\t.\tA\tG\t.\t.\t.\tGT\t0/1\n";
        let not_clinvar = scan_text(case_vcf, &want).unwrap_err();
        assert_eq!(not_clinvar.line, Some(4));
        assert!(not_clinvar.problem.render(Lang::En).contains("not ClinVar's"));
        assert!(!is_clinvar_header(case_vcf));
        let no_info = scan_text(b"##fileformat=VCFv4.1\n##source=ClinVar\n#CHROM\tPOS\tID\tREF\tALT\n", &want);
        assert_eq!(no_info.unwrap_err().problem, Phrase::new(msg!("clinvar-file-no-info")));
        let early = scan_text(b"##fileformat=VCFv4.1\n##source=ClinVar\n1\t100\t1\tA\tG\t.\t.\t.\n", &want);
        assert_eq!(early.unwrap_err().line, Some(3));
        for cut in [&b""[..], b"##fileformat=VCFv4.1\n##source=ClinVar\n##INFO=<ID=CLNSIG,Number=."] {
            assert_eq!(scan_text(cut, &want).unwrap_err().line, None, "ends before #CHROM");
        }
    }

    #[test]
    fn the_header_is_told_by_its_marks() {
        assert!(is_clinvar_header(&FORMAT[..2000]));
        assert!(is_clinvar_header(b"##fileformat=VCFv4.1\r\n##fileDate=2024-01-07\r\n##source=ClinVar\r\n"));
        assert!(is_clinvar_header(b"##fileformat=VCFv4.1\n##INFO=<ID=CLNSIG,Number=.,Type=String>\n"));
        assert!(!is_clinvar_header(b"##fileformat=VCFv4.2\n##INFO=<ID=CLNSIGCONF,Number=.>\n"));
        assert!(!is_clinvar_header(b"##source=ClinVar\n"), "not a VCF");
    }

    #[test]
    fn lines_may_end_in_crlf_and_the_file_without_a_break() {
        let text = file(&record("practice_guideline", "")).replace('\n', "\r\n");
        let m = scan_text(text.trim_end().as_bytes(), &wanted(&["1:100:A:G"])).unwrap();
        assert_eq!(m.found[&site("1:100:A:G")].stars, 4);
        assert_eq!(m.release.date.as_deref(), Some("2024-01-07"));
    }

    #[test]
    fn matches_survive_json() {
        let m = scan_text(DEMO_2025, &wanted(&["22:31808245:C:T"])).unwrap();
        let back: ClinVarMatches = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
        assert_eq!(back, m);
    }
}
