//! gnomAD's gene constraint table, as the lab downloads it: how much a gene
//! tolerates losing a copy (pLI, LOEUF) or changing an amino acid (missense
//! Z), the background against which a new loss-of-function or missense
//! variant in the gene is weighed (shared SPEC.md section 8).
//!
//! Two layouts are read, each found by its header's column names (their
//! order is not assumed): v2.1.1's `gnomad.v2.1.1.lof_metrics.by_gene.txt`,
//! one row per gene for its canonical transcript (`pLI`, `oe_lof_upper`),
//! and v4's `gnomad.v4.1.constraint_metrics.tsv`, one row per transcript
//! (`lof.pLI`, `lof.oe_ci.upper`), of which one is kept per gene: the MANE
//! Select transcript's, else the canonical one's, else the first.
//!
//! The v4.1 file is some 200,000 rows and 90 MB, so a row is split on tabs
//! in place and only the needed cells are read; what is kept grows with the
//! genes, not the rows.

use super::KnowledgeError;
use crate::phrase::Phrase;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which gnomAD release wrote the table: the same LOEUF reads differently
/// in each ([`GeneConstraint::lof_intolerant`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum GnomadVersion {
    V2,
    V4,
}

impl GnomadVersion {
    /// As a note or an evidence line names it.
    pub fn label(self) -> &'static str {
        match self {
            GnomadVersion::V2 => "gnomAD v2.1.1",
            GnomadVersion::V4 => "gnomAD v4",
        }
    }

    /// The LOEUF below which this release marks strong loss-of-function
    /// intolerance: 0.35 in v2 (Karczewski et al. 2020, Nature 581:434,
    /// which suggests the bottom sextile, LOEUF < 0.35, where a single
    /// cut-off is needed) and 0.6 in v4, whose larger sample narrows the
    /// intervals (gnomAD's own help page on constraint recommends 0.6).
    pub fn loeuf_intolerant(self) -> f32 {
        match self {
            GnomadVersion::V2 => 0.35,
            GnomadVersion::V4 => 0.6,
        }
    }
}

/// One gene's constraint, for the transcript named. A value gnomAD could
/// not estimate (`NA`, or an empty cell) is `None`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GeneConstraint {
    pub transcript: Option<String>,
    /// Probability of being loss-of-function intolerant.
    pub pli: Option<f32>,
    /// LOEUF: the upper bound of the 90% confidence interval of observed
    /// over expected loss-of-function variants.
    pub loeuf: Option<f32>,
    pub mis_z: Option<f32>,
    pub oe_lof: Option<f32>,
    pub oe_mis: Option<f32>,
}

impl GeneConstraint {
    /// Whether LOEUF marks strong loss-of-function intolerance, by
    /// [`GnomadVersion::loeuf_intolerant`]; `None` when the gene has no LOEUF.
    pub fn lof_intolerant(&self, version: GnomadVersion) -> Option<bool> {
        self.loeuf.map(|loeuf| loeuf < version.loeuf_intolerant())
    }
}

/// The constraint of each gene in a gnomAD table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConstraintTable {
    pub version: GnomadVersion,
    /// Keyed by the symbol as the table writes it, in upper case (in v4,
    /// an Ensembl gene id for a gene without a symbol).
    pub genes: BTreeMap<String, GeneConstraint>,
}

/// Each version's names for the numbers read, in the order of [`Slot`].
/// `gene` and `transcript` are named alike in both; `canonical` and
/// `mane_select`, which rank a gene's rows, only v4 has.
struct Layout {
    version: GnomadVersion,
    numbers: [&'static str; 5],
}

const LAYOUTS: [Layout; 2] = [
    Layout { version: GnomadVersion::V4, numbers: ["lof.pLI", "lof.oe_ci.upper", "mis.z_score", "lof.oe", "mis.oe"] },
    Layout { version: GnomadVersion::V2, numbers: ["pLI", "oe_lof_upper", "mis_z", "oe_lof", "oe_mis"] },
];

/// The numbers of a row, in the order of [`Layout::numbers`].
#[derive(Clone, Copy)]
enum Slot {
    Pli,
    Loeuf,
    MisZ,
    OeLof,
    OeMis,
}

/// Which cells of a row are read: each column's index in the header.
struct Columns {
    gene: usize,
    transcript: Option<usize>,
    canonical: Option<usize>,
    mane_select: Option<usize>,
    numbers: [usize; 5],
    /// How many cells a whole row has (the header's count).
    width: usize,
}

/// How strongly a v4 row speaks for its gene: lower is preferred.
const MANE: u8 = 0;
const CANONICAL: u8 = 1;
const OTHER: u8 = 2;

impl ConstraintTable {
    /// Reads a v2.1.1 or v4 table. Fails when the first line is not a
    /// header with the columns Tolk reads (naming those it lacks), when a
    /// row is cut short or holds a value that is not a number (naming the
    /// line and column), or when there are no genes.
    pub fn parse(text: &str) -> Result<ConstraintTable, KnowledgeError> {
        let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty());
        let Some((_, header)) = lines.next() else {
            return Err(KnowledgeError::whole(Phrase::new(msg!("constraint-empty"))));
        };
        let (layout, columns) = find_columns(header)?;
        let mut ranked: BTreeMap<String, (u8, GeneConstraint)> = BTreeMap::new();
        // Reused for every row: the cells the row holds, by column index.
        let mut cells: Vec<&str> = Vec::with_capacity(columns.width);
        for (i, line) in lines {
            let line_number = i as u64 + 1;
            cells.clear();
            cells.extend(line.split('\t'));
            if cells.len() < columns.width {
                let problem = Phrase::new(msg!("constraint-short-row"))
                    .arg("found", cells.len() as f64)
                    .arg("expected", columns.width as f64);
                return Err(KnowledgeError::at(line_number, problem));
            }
            let number = |slot: Slot| {
                let (column, name) = (columns.numbers[slot as usize], layout.numbers[slot as usize]);
                read_number(cells[column], name).map_err(|problem| KnowledgeError::at(line_number, problem))
            };
            let gene = GeneConstraint {
                transcript: None,
                pli: number(Slot::Pli)?,
                loeuf: number(Slot::Loeuf)?,
                mis_z: number(Slot::MisZ)?,
                oe_lof: number(Slot::OeLof)?,
                oe_mis: number(Slot::OeMis)?,
            };
            // Upper case, so that a lookup in any case is one search.
            let symbol = cells[columns.gene].trim().to_ascii_uppercase();
            let symbol = symbol.as_str();
            // A row without a symbol could never be looked up.
            if symbol.is_empty() {
                continue;
            }
            let is_true = |column: Option<usize>| column.is_some_and(|c| cells[c].trim().eq_ignore_ascii_case("true"));
            let rank = if is_true(columns.mane_select) {
                MANE
            } else if is_true(columns.canonical) {
                CANONICAL
            } else {
                OTHER
            };
            let transcript =
                || columns.transcript.map(|c| cells[c].trim()).filter(|t| !t.is_empty()).map(str::to_owned);
            match ranked.get_mut(symbol) {
                Some(kept) if rank < kept.0 => *kept = (rank, GeneConstraint { transcript: transcript(), ..gene }),
                Some(_) => {}
                None => {
                    ranked.insert(symbol.to_owned(), (rank, GeneConstraint { transcript: transcript(), ..gene }));
                }
            }
        }
        if ranked.is_empty() {
            return Err(KnowledgeError::whole(Phrase::new(msg!("constraint-empty"))));
        }
        let genes = ranked.into_iter().map(|(symbol, (_, gene))| (symbol, gene)).collect();
        Ok(ConstraintTable { version: layout.version, genes })
    }

    /// The constraint of gene `symbol`, in any case.
    pub fn gene(&self, symbol: &str) -> Option<&GeneConstraint> {
        self.genes.get(&symbol.to_ascii_uppercase())
    }
}

/// Whether `head` (the first line or lines of a text file) is a gnomAD
/// constraint table, and of which version: its header has `gene` and the
/// version's LOEUF column.
pub fn sniff(head: &str) -> Option<GnomadVersion> {
    let header = head.lines().next()?;
    let names: Vec<&str> = header.split('\t').map(str::trim).collect();
    if !names.contains(&"gene") {
        return None;
    }
    LAYOUTS.iter().find(|layout| names.contains(&layout.numbers[Slot::Loeuf as usize])).map(|layout| layout.version)
}

/// The layout whose columns `header` has, and where they are. When neither
/// has them all, the error names what is missing from the closer one.
fn find_columns(header: &str) -> Result<(&'static Layout, Columns), KnowledgeError> {
    let names: Vec<&str> = header.split('\t').map(str::trim).collect();
    let find = |name: &str| names.iter().position(|n| *n == name);
    let missing = |layout: &Layout| -> Vec<&'static str> {
        std::iter::once("gene").chain(layout.numbers).filter(|name| find(name).is_none()).collect()
    };
    let layout = LAYOUTS.iter().min_by_key(|layout| missing(layout).len()).expect("two layouts");
    let lacking = missing(layout);
    if !lacking.is_empty() {
        let count = lacking.len() as f64;
        let columns = Phrase::separated(lacking.into_iter().map(Phrase::from), ", ");
        let problem = Phrase::new(msg!("constraint-missing-columns")).arg("count", count).arg("columns", columns);
        return Err(KnowledgeError::at(1, problem));
    }
    let column = |name: &str| find(name).expect("checked above");
    let columns = Columns {
        gene: column("gene"),
        transcript: find("transcript"),
        canonical: find("canonical"),
        mane_select: find("mane_select"),
        numbers: layout.numbers.map(column),
        width: names.len(),
    };
    Ok((layout, columns))
}

/// A cell as a number: `NA`, `NaN` or empty is `None`.
fn read_number(cell: &str, column: &str) -> Result<Option<f32>, Phrase> {
    let cell = cell.trim();
    if cell.is_empty() || cell == "NA" {
        return Ok(None);
    }
    match cell.parse::<f32>() {
        Ok(value) if value.is_nan() => Ok(None),
        Ok(value) => Ok(Some(value)),
        Err(_) => Err(Phrase::new(msg!("constraint-not-a-number")).arg("column", column).arg("value", cell)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    const V2: &str = include_str!("../../../../tests/data/knowledge/constraint-v2.1.1.tsv");
    const V4: &str = include_str!("../../../../tests/data/knowledge/constraint-v4.1.tsv");

    fn close(value: Option<f32>, expected: f32) -> bool {
        value.is_some_and(|v| (v - expected).abs() < 1e-4)
    }

    #[test]
    fn v2_is_read_one_row_per_gene() {
        let table = ConstraintTable::parse(V2).unwrap();
        assert_eq!(table.version, GnomadVersion::V2);
        assert_eq!(table.genes.len(), 13);
        let scn1a = table.gene("SCN1A").unwrap();
        assert_eq!(scn1a.transcript.as_deref(), Some("ENST00000303395"));
        assert!(close(scn1a.pli, 1.0));
        assert!(close(scn1a.loeuf, 0.115), "{scn1a:?}");
        assert!(close(scn1a.mis_z, 5.52));
        assert!(close(scn1a.oe_lof, 0.0483));
        assert!(close(scn1a.oe_mis, 0.598));
        assert!(close(table.gene("KCNQ2").unwrap().loeuf, 0.243));
        assert!(close(table.gene("DEPDC5").unwrap().pli, 0.99996));
    }

    #[test]
    fn v4_keeps_the_mane_select_row_else_the_canonical_else_the_first() {
        let table = ConstraintTable::parse(V4).unwrap();
        assert_eq!(table.version, GnomadVersion::V4);
        assert_eq!(table.genes.len(), 13);
        // MANE Select is the second of four rows.
        let scn1a = table.gene("SCN1A").unwrap();
        assert_eq!(scn1a.transcript.as_deref(), Some("ENST00000674923"));
        assert!(close(scn1a.loeuf, 0.14));
        assert!(close(scn1a.pli, 1.0));
        assert!(close(scn1a.mis_z, 5.86));
        assert!(close(scn1a.oe_lof, 0.0812));
        assert!(close(scn1a.oe_mis, 0.612));
        // MANE Select comes after the canonical transcript.
        assert_eq!(table.gene("KCNQ2").unwrap().transcript.as_deref(), Some("ENST00000344425"));
        assert_eq!(table.gene("DEPDC5").unwrap().transcript.as_deref(), Some("ENST00000645711"));
        assert!(close(table.gene("DEPDC5").unwrap().loeuf, 0.276));
        // No MANE Select: the canonical, which is not first.
        assert_eq!(table.gene("SCN2A").unwrap().transcript.as_deref(), Some("ENST00000283256"));
        // Neither: the first.
        assert_eq!(table.gene("OR4F5").unwrap().transcript.as_deref(), Some("ENST00000641515"));
        // A gene known by its Ensembl id only is kept under it.
        assert!(table.gene("ENSG00000288643").is_some());
    }

    #[test]
    fn na_and_empty_cells_are_none() {
        let v2 = ConstraintTable::parse(V2).unwrap();
        let unknown = v2.gene("FAM231C").unwrap();
        assert_eq!((unknown.pli, unknown.loeuf, unknown.oe_lof), (None, None, None));
        assert!(close(unknown.mis_z, -0.41));
        let v4 = ConstraintTable::parse(V4).unwrap();
        let unknown = v4.gene("ENSG00000288643").unwrap();
        let transcript = Some("ENST00000672406".to_owned());
        assert_eq!(*unknown, GeneConstraint { transcript, ..none() });
        assert_eq!(unknown.lof_intolerant(GnomadVersion::V4), None);

        let text = "gene\tpLI\toe_lof_upper\tmis_z\toe_lof\toe_mis\nA\t\tNaN\tNA\t \t0.5\n";
        let gene = ConstraintTable::parse(text).unwrap().genes["A"].clone();
        assert_eq!(gene, GeneConstraint { oe_mis: Some(0.5), ..none() });
    }

    fn none() -> GeneConstraint {
        GeneConstraint { transcript: None, pli: None, loeuf: None, mis_z: None, oe_lof: None, oe_mis: None }
    }

    #[test]
    fn lof_intolerance_uses_each_versions_threshold() {
        let with = |loeuf| GeneConstraint { loeuf: Some(loeuf), ..none() };
        assert_eq!(with(0.34).lof_intolerant(GnomadVersion::V2), Some(true));
        assert_eq!(with(0.35).lof_intolerant(GnomadVersion::V2), Some(false));
        assert_eq!(with(0.5).lof_intolerant(GnomadVersion::V2), Some(false));
        assert_eq!(with(0.5).lof_intolerant(GnomadVersion::V4), Some(true));
        assert_eq!(with(0.59).lof_intolerant(GnomadVersion::V4), Some(true));
        assert_eq!(with(0.6).lof_intolerant(GnomadVersion::V4), Some(false));
        let v4 = ConstraintTable::parse(V4).unwrap();
        // MECP2's MANE LOEUF (0.437) is intolerant by v4's measure, not v2's.
        let mecp2 = v4.gene("MECP2").unwrap();
        assert_eq!(mecp2.lof_intolerant(GnomadVersion::V4), Some(true));
        assert_eq!(mecp2.lof_intolerant(GnomadVersion::V2), Some(false));
        assert_eq!(v4.gene("TTN").unwrap().lof_intolerant(GnomadVersion::V4), Some(false));
    }

    #[test]
    fn symbols_are_found_in_any_case() {
        let table = ConstraintTable::parse(V2).unwrap();
        assert_eq!(table.gene("scn1a"), table.gene("SCN1A"));
        assert!(table.gene("SCN1A").is_some());
        assert_eq!(table.gene("NOTAGENE"), None);
    }

    #[test]
    fn sniff_tells_the_versions_apart() {
        assert_eq!(sniff(V2), Some(GnomadVersion::V2));
        assert_eq!(sniff(V4), Some(GnomadVersion::V4));
        assert_eq!(sniff(V4.lines().next().unwrap()), Some(GnomadVersion::V4));
        let gencc = include_str!("../../../../tests/data/knowledge/gencc-submissions.tsv");
        assert_eq!(sniff(gencc), None);
        assert_eq!(sniff("##fileformat=VCFv4.2\n"), None);
        assert_eq!(sniff(""), None);
    }

    #[test]
    fn columns_are_found_by_name_in_any_order() {
        let text = "oe_mis\tmis_z\tgene\toe_lof\toe_lof_upper\tpLI\n0.9\t1.5\tX\t0.2\t0.3\t0.99\n";
        let gene = &ConstraintTable::parse(text).unwrap().genes["X"];
        assert_eq!((gene.loeuf, gene.pli, gene.oe_mis), (Some(0.3), Some(0.99), Some(0.9)));
    }

    #[test]
    fn a_header_without_the_columns_names_those_missing() {
        let err = ConstraintTable::parse("gene\tlof.pLI\tmis.z_score\tlof.oe\tmis.oe\nA\t1\t1\t1\t1\n").unwrap_err();
        assert_eq!(err.line, Some(1));
        assert_eq!(
            err.problem.render(Lang::En),
            "the file is not a gnomAD constraint table: it lacks the column lof.oe_ci.upper"
        );
        let err = ConstraintTable::parse("symbol\tscore\n").unwrap_err();
        assert_eq!(
            err.problem.render(Lang::En),
            "the file is not a gnomAD constraint table: it lacks the columns gene, lof.pLI, lof.oe_ci.upper, mis.z_score, lof.oe, mis.oe"
        );
    }

    #[test]
    fn a_value_that_is_not_a_number_names_its_line_and_column() {
        let text = V4.replacen("\t0.14\t", "\tlow\t", 1);
        let err = ConstraintTable::parse(&text).unwrap_err();
        assert_eq!(err.line, Some(3));
        assert_eq!(err.problem.render(Lang::En), "lof.oe_ci.upper is 'low', not a number");
        assert!(!err.problem.render(Lang::Nb).is_empty());
    }

    #[test]
    fn a_short_row_and_an_empty_table_are_errors() {
        let cut = &V2[..V2.len() - 40];
        let err = ConstraintTable::parse(cut).unwrap_err();
        assert_eq!(err.line, Some(14));
        assert!(err.problem.render(Lang::En).contains("77"), "{:?}", err.problem.render(Lang::En));
        let header = V2.lines().next().unwrap();
        assert_eq!(ConstraintTable::parse(header).unwrap_err().problem, Phrase::new(msg!("constraint-empty")));
        assert_eq!(ConstraintTable::parse("").unwrap_err().line, None);
    }
}
