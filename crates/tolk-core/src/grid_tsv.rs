//! The rows of a view as the grid shows them, as TSV: what a clinician
//! exports to share a shortlist or to read it in a spreadsheet. One header
//! line of stable column ids, then one line per row, in the view's order
//! (sorted as the grid is). `.` stands for a missing value, as in a VCF.
//!
//! Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a
//! carriage return as a formula (`=HYPERLINK(...)` in a crafted file's gene
//! field would send data away when clicked), so such cells get a leading
//! `'`, as OWASP advises; so does one starting with `"`, which a
//! spreadsheet would read as a quoted field running on over the next tabs.
//! A tab or line break inside a cell (a VCF field cannot hold one, but a
//! decoded value might) becomes a space, so every row keeps its columns;
//! and a bidirectional control is written by name, so no cell reads
//! differently from what it holds.

use crate::inheritance::{Fit, ModeFit};
use crate::store::VariantRow;
use crate::text::{is_bidi_control, named};
use std::borrow::Cow;
use std::fmt::Write;

/// The columns, in the grid's order.
pub const COLUMNS: [&str; 11] =
    ["gene", "consequence", "impact", "af", "inheritance", "chrom", "pos", "ref", "alt", "qual", "filter"];

/// The header line, then each row's line.
pub fn grid_tsv(rows: impl IntoIterator<Item = VariantRow>) -> String {
    let mut out = COLUMNS.join("\t");
    out.push('\n');
    for row in rows {
        write_row(&mut out, &row);
    }
    out
}

/// One of a row's values, before an export writes it: the TSV here, the
/// Excel workbook in [`crate::grid_xlsx`], each making it safe its own way.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell<'a> {
    /// Text as the row holds it.
    Text(Cow<'a, str>),
    /// A number as Rust writes it: the shortest decimal that reads back as
    /// the value, never an exponent (`0.0001`, `166003512`); or `NaN`,
    /// `inf`, `-inf` if the file said so.
    Number(String),
    Missing,
}

/// Row `r`'s cells, under [`COLUMNS`]: the one place both exports take
/// their values from.
pub(crate) fn cells(r: &VariantRow) -> [Cell<'_>; 11] {
    fn text(v: Option<&str>) -> Cell<'_> {
        v.map_or(Cell::Missing, |v| Cell::Text(Cow::Borrowed(v)))
    }
    let number = |v: Option<f32>| v.map_or(Cell::Missing, |v| Cell::Number(v.to_string()));
    [
        text(r.gene.as_deref()),
        text(r.consequence.as_deref()),
        text(r.impact.map(|i| i.as_str())),
        number(r.scores.af),
        fits(&r.inheritance).map_or(Cell::Missing, |words| Cell::Text(Cow::Owned(words))),
        Cell::Text(Cow::Borrowed(&r.chrom)),
        Cell::Number(r.pos.to_string()),
        Cell::Text(Cow::Borrowed(&r.reference)),
        Cell::Text(Cow::Borrowed(&r.alt)),
        number(r.qual),
        Cell::Text(Cow::Borrowed(&r.filter)),
    ]
}

fn write_row(out: &mut String, r: &VariantRow) {
    let cells = cells(r).map(|cell| match cell {
        Cell::Text(v) => spreadsheet_safe(&v),
        Cell::Number(v) => v,
        Cell::Missing => ".".to_owned(),
    });
    let _ = writeln!(out, "{}", cells.join("\t"));
}

/// `de_novo,ad?`: the modes a row fits, `?` marking "possible"; `.` for none.
pub fn fit_words(fits: &[ModeFit]) -> String {
    self::fits(fits).unwrap_or_else(|| ".".into())
}

/// `de_novo,ad?`, or `None` when the row fits no mode.
fn fits(fits: &[ModeFit]) -> Option<String> {
    let words: Vec<String> =
        fits.iter().map(|m| format!("{}{}", m.mode.id(), if m.fit == Fit::Possible { "?" } else { "" })).collect();
    (!words.is_empty()).then(|| words.join(","))
}

/// A cell a spreadsheet will not run, with bidirectional controls named
/// (see the module docs).
pub fn spreadsheet_safe(value: &str) -> String {
    let mut cell = String::with_capacity(value.len() + 1);
    if value.starts_with(['=', '+', '-', '@', '\t', '\r', '"']) {
        cell.push('\'');
    }
    for c in value.chars() {
        match c {
            '\t' | '\r' | '\n' => cell.push(' '),
            c if is_bidi_control(c) => cell.push_str(&named(c)),
            c => cell.push(c),
        }
    }
    cell
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::annotation::summary::Scores;
    use crate::annotation::{Impact, TranscriptBasis};
    use crate::inheritance::Mode;

    /// A row of `gene` with allele frequency `af` (also for `grid_xlsx`'s tests).
    pub(crate) fn row(gene: &str, af: Option<f32>) -> VariantRow {
        VariantRow {
            index: 0,
            chrom: "chr2".into(),
            pos: 166003512,
            reference: "C".into(),
            alt: "T".into(),
            alt_number: 1,
            qual: Some(812.4),
            filter: "PASS".into(),
            gene: Some(gene.into()),
            genes: vec![gene.into()],
            hgnc_id: None,
            consequence: Some("missense_variant".into()),
            impact: Some(Impact::Moderate),
            basis: TranscriptBasis::ManeSelect,
            scores: Scores { af, ..Scores::default() },
            line: 1,
            inheritance: Vec::new(),
        }
    }

    #[test]
    fn a_row_has_the_grids_columns_in_its_order() {
        let mut first = row("SCN1A", Some(0.0001));
        first.inheritance = vec![
            ModeFit { mode: Mode::DeNovo, fit: Fit::Yes, partners: vec![] },
            ModeFit { mode: Mode::Ad, fit: Fit::Possible, partners: vec![] },
        ];
        let tsv = grid_tsv([first, row("KCNQ2", None)]);
        let lines: Vec<&str> = tsv.lines().collect();
        assert_eq!(lines[0], "gene\tconsequence\timpact\taf\tinheritance\tchrom\tpos\tref\talt\tqual\tfilter");
        assert_eq!(
            lines[1],
            "SCN1A\tmissense_variant\tMODERATE\t0.0001\tde_novo,ad?\tchr2\t166003512\tC\tT\t812.4\tPASS"
        );
        assert_eq!(lines[2], "KCNQ2\tmissense_variant\tMODERATE\t.\t.\tchr2\t166003512\tC\tT\t812.4\tPASS");
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn a_cell_a_spreadsheet_would_run_or_that_reorders_text_is_made_inert() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"http://evil\")"), "'=HYPERLINK(\"http://evil\")");
        assert_eq!(spreadsheet_safe("-1"), "'-1");
        assert_eq!(spreadsheet_safe("GENE\u{202E}1"), "GENE[U+202E]1");
        assert_eq!(spreadsheet_safe("SCN1A"), "SCN1A");
        assert_eq!(spreadsheet_safe("\"a\tb\nc"), "'\"a b c");
        assert_eq!(spreadsheet_safe("\t=1"), "' =1");
        let tsv = grid_tsv([row("@SUM(A1)", None)]);
        assert!(tsv.lines().nth(1).unwrap().starts_with("'@SUM(A1)\t"));
    }
}
