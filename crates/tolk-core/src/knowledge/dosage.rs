//! ClinGen's Dosage Sensitivity gene list, as the lab downloads it
//! (`ClinGen_gene_curation_list_GRCh38.tsv` or `_GRCh37.tsv`): for each
//! curated gene, how firmly losing a copy (haploinsufficiency, HI) or
//! gaining one (triplosensitivity, TS) is known to cause disease, and where
//! the gene lies. A CNV's section 2 in the points scheme (`crate::cnv`)
//! turns on these scores: 3 is "established".
//!
//! The file opens with comment lines (`#ClinGen Gene Curation Results`,
//! the release date `#07 Dec,2026`, the build), then a header that is
//! itself commented (`#Gene Symbol<TAB>Gene ID<TAB>...`). Columns are found
//! by name, since ClinGen has added some over the years.

use super::KnowledgeError;
use crate::phrase::Phrase;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A ClinGen dosage score. The numbers are labels, not a ranking: 30
/// (autosomal recessive) is not more than 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DosageScore {
    /// 0: no evidence available.
    NoEvidence,
    /// 1: little evidence.
    Little,
    /// 2: some (emerging) evidence.
    Emerging,
    /// 3: sufficient evidence; the gene is established dosage sensitive.
    Sufficient,
    /// 30: associated with an autosomal recessive phenotype.
    Recessive,
    /// 40: dosage sensitivity unlikely.
    Unlikely,
    /// "Not yet evaluated" (or an empty cell).
    NotEvaluated,
}

impl DosageScore {
    /// The score as ClinGen writes it.
    pub fn parse(cell: &str) -> Option<DosageScore> {
        let score = match cell.trim() {
            "0" => DosageScore::NoEvidence,
            "1" => DosageScore::Little,
            "2" => DosageScore::Emerging,
            "3" => DosageScore::Sufficient,
            "30" => DosageScore::Recessive,
            "40" => DosageScore::Unlikely,
            "" => DosageScore::NotEvaluated,
            other if other.eq_ignore_ascii_case("not yet evaluated") => DosageScore::NotEvaluated,
            _ => return None,
        };
        Some(score)
    }
}

/// Where a gene lies, as the file gives it (1-based, inclusive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub chrom: String,
    pub start: u64,
    pub end: u64,
}

/// One gene of the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GeneDosage {
    /// As the file writes it.
    pub symbol: String,
    pub hi: DosageScore,
    pub ts: DosageScore,
    pub location: Option<Span>,
    /// `Date Last Evaluated`, `YYYY-MM-DD`.
    pub evaluated: Option<String>,
}

impl GeneDosage {
    pub fn hi_established(&self) -> bool {
        self.hi == DosageScore::Sufficient
    }

    pub fn ts_established(&self) -> bool {
        self.ts == DosageScore::Sufficient
    }
}

/// A gene a span overlaps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneOverlap {
    /// The key of [`DosageList::genes`] (upper case).
    pub symbol: String,
    /// Whether the whole gene lies inside the span.
    pub fully_contained: bool,
}

/// See the module docs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DosageList {
    /// Keyed by the symbol in upper case.
    pub genes: BTreeMap<String, GeneDosage>,
    /// The file's own release date line (`07 Dec,2026`), if it has one.
    pub date: Option<String>,
    /// The build its locations are on (`GRCh38`), if it says.
    pub build: Option<String>,
}

const SYMBOL: &str = "Gene Symbol";
const HI: &str = "Haploinsufficiency Score";
const TS: &str = "Triplosensitivity Score";
const LOCATION: &str = "Genomic Location";
const EVALUATED: &str = "Date Last Evaluated";
const REQUIRED: [&str; 3] = [SYMBOL, HI, TS];

impl DosageList {
    /// Reads ClinGen's gene curation list. Fails when no header names the
    /// columns Tolk reads (naming those it lacks), when a row is cut short,
    /// names no gene, holds a score ClinGen does not give or a location
    /// that is not `chr:start-end` (naming the line), or when there are no
    /// genes.
    pub fn parse(text: &str) -> Result<DosageList, KnowledgeError> {
        let mut list = DosageList::default();
        let mut lines = text.lines().enumerate().map(|(i, l)| (i as u64 + 1, l.trim_end_matches('\r')));
        let mut header = None;
        for (number, line) in lines.by_ref() {
            let Some(comment) = line.trim_start_matches('\u{feff}').strip_prefix('#') else {
                if line.trim().is_empty() {
                    continue;
                }
                return Err(KnowledgeError::at(number, Phrase::new(msg!("dosage-no-header"))));
            };
            if comment.starts_with(SYMBOL) && comment.contains('\t') {
                header = Some((number, comment));
                break;
            }
            let comment = comment.trim();
            if let Some(build) = comment.strip_prefix("Genomic Locations are reported on ") {
                list.build = build.split_whitespace().next().map(str::to_owned);
            } else if is_release_date(comment) {
                list.date = Some(comment.to_owned());
            }
        }
        let Some((header_line, header)) = header else {
            return Err(KnowledgeError::whole(Phrase::new(msg!("dosage-no-header"))));
        };
        let names: Vec<&str> = header.split('\t').map(str::trim).collect();
        let find = |name: &str| names.iter().position(|n| *n == name);
        let lacking: Vec<&str> = REQUIRED.into_iter().filter(|name| find(name).is_none()).collect();
        if !lacking.is_empty() {
            let count = lacking.len() as f64;
            let columns = Phrase::separated(lacking.into_iter().map(Phrase::from), ", ");
            let problem = Phrase::new(msg!("dosage-missing-columns")).arg("count", count).arg("columns", columns);
            return Err(KnowledgeError::at(header_line, problem));
        }
        let [symbol, hi, ts] = REQUIRED.map(|name| find(name).expect("checked above"));
        let (location, evaluated) = (find(LOCATION), find(EVALUATED));
        let needed =
            [Some(symbol), Some(hi), Some(ts), location, evaluated].into_iter().flatten().max().unwrap_or(0) + 1;

        for (number, line) in lines {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            if cells.len() < needed {
                let problem = Phrase::new(msg!("dosage-short-row"))
                    .arg("found", cells.len() as f64)
                    .arg("expected", needed as f64);
                return Err(KnowledgeError::at(number, problem));
            }
            let gene = cells[symbol];
            if gene.is_empty() {
                return Err(KnowledgeError::at(number, Phrase::new(msg!("dosage-no-gene")).arg("column", SYMBOL)));
            }
            let score = |column: usize, name: &str| {
                DosageScore::parse(cells[column]).ok_or_else(|| {
                    let problem =
                        Phrase::new(msg!("dosage-unknown-score")).arg("column", name).arg("value", cells[column]);
                    KnowledgeError::at(number, problem)
                })
            };
            let location = match location.map(|c| cells[c]) {
                None => None,
                Some(cell) => read_span(cell).map_err(|()| {
                    KnowledgeError::at(number, Phrase::new(msg!("dosage-bad-location")).arg("value", cell))
                })?,
            };
            let evaluated = evaluated.map(|c| cells[c]).filter(|d| is_day(d)).map(str::to_owned);
            let entry =
                GeneDosage { symbol: gene.to_owned(), hi: score(hi, HI)?, ts: score(ts, TS)?, location, evaluated };
            list.genes.insert(gene.to_ascii_uppercase(), entry);
        }
        if list.genes.is_empty() {
            return Err(KnowledgeError::whole(Phrase::new(msg!("dosage-empty"))));
        }
        Ok(list)
    }

    /// Gene `symbol` (in any case).
    pub fn gene(&self, symbol: &str) -> Option<&GeneDosage> {
        self.genes.get(&symbol.trim().to_ascii_uppercase())
    }

    /// Whether `symbol` is established haploinsufficient (HI score 3).
    pub fn hi_established(&self, symbol: &str) -> bool {
        self.gene(symbol).is_some_and(GeneDosage::hi_established)
    }

    /// Whether `symbol` is established triplosensitive (TS score 3).
    pub fn ts_established(&self, symbol: &str) -> bool {
        self.gene(symbol).is_some_and(GeneDosage::ts_established)
    }

    /// The genes whose location overlaps `chrom:start-end` (1-based,
    /// inclusive; `chr` or not), each with whether it lies wholly inside,
    /// in the order of the list's symbols.
    pub fn genes_in(&self, chrom: &str, start: u64, end: u64) -> Vec<GeneOverlap> {
        let (start, end) = (start.min(end), start.max(end));
        self.genes
            .iter()
            .filter_map(|(key, gene)| {
                let span = gene.location.as_ref()?;
                let overlaps = crate::chrom::same(&span.chrom, chrom) && span.start <= end && span.end >= start;
                overlaps.then(|| GeneOverlap {
                    symbol: key.clone(),
                    fully_contained: span.start >= start && span.end <= end,
                })
            })
            .collect()
    }

    /// The release as the note names it: the build, the file's own date (or
    /// else the newest evaluation) and the number of genes.
    /// The genome build its locations are on, where its header names one.
    pub fn assembly(&self) -> Option<crate::vcf::assembly::Build> {
        self.build.as_deref().and_then(crate::vcf::assembly::Build::find_in)
    }

    pub fn version(&self) -> String {
        let newest = self.genes.values().filter_map(|g| g.evaluated.as_deref()).max();
        let date = self.date.as_deref().or(newest);
        let genes = format!("{} genes", self.genes.len());
        [self.build.as_deref(), date, Some(genes.as_str())].into_iter().flatten().collect::<Vec<_>>().join(", ")
    }
}

/// Whether `head` (the first kilobytes of a text file) is ClinGen's gene
/// curation list: a commented header names the gene symbol and both
/// scores.
pub fn sniff(head: &str) -> bool {
    head.lines().filter_map(|l| l.strip_prefix('#')).any(|header| {
        let names: Vec<&str> = header.split('\t').map(str::trim).collect();
        REQUIRED.iter().all(|name| names.contains(name))
    })
}

/// `chr17:17681458-17811453` (commas allowed in the numbers); an empty
/// cell, `tbd` or `NA` is no location.
fn read_span(cell: &str) -> Result<Option<Span>, ()> {
    if cell.is_empty() || cell.eq_ignore_ascii_case("tbd") || cell.eq_ignore_ascii_case("na") {
        return Ok(None);
    }
    let (chrom, range) = cell.rsplit_once(':').ok_or(())?;
    let (start, end) = range.split_once('-').ok_or(())?;
    let number = |s: &str| s.trim().replace(',', "").parse::<u64>().map_err(|_| ());
    let (start, end) = (number(start)?, number(end)?);
    if chrom.trim().is_empty() || start > end {
        return Err(());
    }
    Ok(Some(Span { chrom: chrom.trim().to_owned(), start, end }))
}

/// `07 Dec,2026`: ClinGen's release date line.
fn is_release_date(text: &str) -> bool {
    let Some((day_month, year)) = text.split_once(',') else { return false };
    let Some((day, month)) = day_month.split_once(' ') else { return false };
    day.len() <= 2
        && day.bytes().all(|b| b.is_ascii_digit())
        && month.len() == 3
        && month.bytes().all(|b| b.is_ascii_alphabetic())
        && year.trim().len() == 4
        && year.trim().bytes().all(|b| b.is_ascii_digit())
}

/// `YYYY-MM-DD`.
fn is_day(text: &str) -> bool {
    text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    const SAMPLE: &str = include_str!("../../../../tests/data/knowledge/clingen-dosage-sample.tsv");

    #[test]
    fn reads_scores_locations_and_the_release() {
        let list = DosageList::parse(SAMPLE).unwrap();
        assert_eq!(list.genes.len(), 10);
        assert_eq!(list.date.as_deref(), Some("07 Dec,2026"));
        assert_eq!(list.build.as_deref(), Some("GRCh38"));
        let rai1 = list.gene("rai1").unwrap();
        assert_eq!((rai1.hi, rai1.ts), (DosageScore::Sufficient, DosageScore::Sufficient));
        assert_eq!(rai1.location, Some(Span { chrom: "chr17".into(), start: 17681458, end: 17811453 }));
        assert!(list.hi_established("NSD1") && !list.ts_established("NSD1"));
        assert!(list.ts_established("PMP22") && list.ts_established("MECP2"));
        assert_eq!(list.gene("SHANK3").unwrap().ts, DosageScore::NotEvaluated);
        assert!(!list.hi_established("NOSUCHGENE"));
        assert!(list.version().starts_with("GRCh38, 07 Dec,2026, 10 genes"), "{}", list.version());
    }

    #[test]
    fn genes_in_a_span_say_whether_they_are_wholly_inside() {
        let list = DosageList::parse(SAMPLE).unwrap();
        // A Smith-Magenis-sized deletion around RAI1 (GRCh38).
        let inside = list.genes_in("17", 16_700_000, 20_400_000);
        assert_eq!(inside, [GeneOverlap { symbol: "RAI1".into(), fully_contained: true }]);
        // Cutting RAI1's 3' end.
        let cut = list.genes_in("chr17", 17_750_000, 18_000_000);
        assert_eq!(cut, [GeneOverlap { symbol: "RAI1".into(), fully_contained: false }]);
        assert!(list.genes_in("chr18", 17_750_000, 18_000_000).is_empty());
    }

    #[test]
    fn the_version_falls_back_to_the_newest_evaluation() {
        let undated: String = SAMPLE.lines().filter(|l| !l.starts_with("#07")).map(|l| format!("{l}\n")).collect();
        let list = DosageList::parse(&undated).unwrap();
        assert_eq!(list.date, None);
        let newest = list.genes.values().filter_map(|g| g.evaluated.clone()).max().unwrap();
        assert!(list.version().contains(&newest), "{}", list.version());
    }

    #[test]
    fn bad_lines_are_errors_naming_the_line() {
        let line_of = |needle: &str| SAMPLE.lines().position(|l| l.starts_with(needle)).unwrap() as u64 + 1;
        let bad_score = SAMPLE.replacen(
            "RAI1\t10743\t17p11.2\tchr17:17681458-17811453\t3",
            "RAI1\t10743\t17p11.2\tchr17:17681458-17811453\t5",
            1,
        );
        let err = DosageList::parse(&bad_score).unwrap_err();
        assert_eq!(err.line, Some(line_of("RAI1")));
        assert!(err.problem.render(Lang::En).contains("Haploinsufficiency Score"), "{}", err.problem.render(Lang::En));

        let bad_location = SAMPLE.replacen("chr17:17681458-17811453", "chr17:17811453", 1);
        let err = DosageList::parse(&bad_location).unwrap_err();
        assert_eq!(err.line, Some(line_of("RAI1")));

        let short = format!("{SAMPLE}ABC1\t123\n");
        let err = DosageList::parse(&short).unwrap_err();
        assert_eq!(err.line, Some(SAMPLE.lines().count() as u64 + 1));
        assert!(err.phrase().is_wordable());

        let no_scores = SAMPLE.replace("Triplosensitivity Score", "TS");
        let err = DosageList::parse(&no_scores).unwrap_err();
        assert!(err.problem.render(Lang::Nb).contains("Triplosensitivity Score"));

        let header_only: String = SAMPLE.lines().filter(|l| l.starts_with('#')).map(|l| format!("{l}\n")).collect();
        assert_eq!(DosageList::parse(&header_only).unwrap_err().line, None);
        assert_eq!(DosageList::parse("Gene\tHI\n").unwrap_err().line, Some(1));
        assert_eq!(DosageList::parse("").unwrap_err().line, None);
    }

    #[test]
    fn sniff_knows_the_list_from_other_tables() {
        assert!(sniff(SAMPLE));
        assert!(!sniff(include_str!("../../../../tests/data/knowledge/gencc-submissions.tsv")));
        assert!(!sniff(include_str!("../../../../tests/data/knowledge/constraint-v2.1.1.tsv")));
        assert!(!sniff(""));
    }

    #[test]
    fn a_knowledge_set_tells_the_list_by_its_content_and_keeps_it() {
        use crate::knowledge::{sniff, KnowledgeKind, KnowledgeSet};
        assert_eq!(sniff(SAMPLE.as_bytes()), Some(KnowledgeKind::Dosage));
        let mut set = KnowledgeSet::default();
        let source = set.add("ClinGen_gene_curation_list_GRCh38.tsv", SAMPLE.as_bytes(), &Default::default()).unwrap();
        assert_eq!(source.kind, KnowledgeKind::Dosage);
        assert_eq!(source.version, "GRCh38, 07 Dec,2026, 10 genes");
        assert!(!set.is_empty() && set.dosage.as_ref().is_some_and(|(_, l)| l.hi_established("CHD7")));
        assert_eq!(set.sources(), [source]);
        assert_eq!(KnowledgeKind::Dosage.label(Lang::Nb), "ClinGens doseringssensitive gener");
    }

    #[test]
    fn scores_are_read_as_clingen_writes_them() {
        assert_eq!(DosageScore::parse("30"), Some(DosageScore::Recessive));
        assert_eq!(DosageScore::parse("40"), Some(DosageScore::Unlikely));
        assert_eq!(DosageScore::parse("Not yet evaluated"), Some(DosageScore::NotEvaluated));
        assert_eq!(DosageScore::parse("4"), None);
    }
}
