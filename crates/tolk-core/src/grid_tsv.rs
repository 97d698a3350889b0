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

use crate::grid_columns::{Cell, Layout, RowMarks};
use crate::row::VariantRow;
use crate::text::{is_bidi_control, named};
use std::fmt::Write;

/// The header line of `layout`'s columns, then each row's line, with what
/// the session recorded about it (`marks`, by the row's key).
pub fn grid_tsv<'m>(
    layout: &Layout,
    rows: impl IntoIterator<Item = VariantRow>,
    marks: impl Fn(&VariantRow) -> Option<&'m RowMarks>,
) -> String {
    let mut out = layout.header().join("\t");
    out.push('\n');
    for row in rows {
        let cells: Vec<String> = layout
            .cells(&row, marks(&row))
            .into_iter()
            .map(|cell| match cell {
                Cell::Text(v) => spreadsheet_safe(&v),
                Cell::Number(v) => v,
                Cell::Missing => ".".to_owned(),
            })
            .collect();
        let _ = writeln!(out, "{}", cells.join("\t"));
    }
    out
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
mod tests {
    use super::*;
    use crate::grid_columns::tests::{classic, row};
    use crate::inheritance::{Fit, Mode, ModeFit};

    #[test]
    fn a_row_has_the_grids_columns_in_its_order() {
        let mut first = row("SCN1A", Some(0.0001));
        first.inheritance = vec![
            ModeFit { mode: Mode::DeNovo, fit: Fit::Yes, partners: vec![] },
            ModeFit { mode: Mode::Ad, fit: Fit::Possible, partners: vec![] },
        ];
        let tsv = grid_tsv(&classic(), [first, row("KCNQ2", None)], |_| None);
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
        let tsv = grid_tsv(&classic(), [row("@SUM(A1)", None)], |_| None);
        assert!(tsv.lines().nth(1).unwrap().starts_with("'@SUM(A1)\t"));
    }

    #[test]
    fn the_sessions_marks_go_with_their_rows() {
        use crate::acmg::Class;
        use crate::grid_columns::Column;
        let layout = Layout { columns: vec![Column::Gene, Column::Class, Column::Comment], members: Vec::new() };
        let marks = RowMarks { class: Some(Class::Pathogenic), comment: true, ..RowMarks::default() };
        let tsv = grid_tsv(&layout, [row("SCN1A", None), row("KCNQ2", None)], |r| {
            (r.gene.as_deref() == Some("SCN1A")).then_some(&marks)
        });
        assert_eq!(tsv, "gene\tclass\tcomment\nSCN1A\tpathogenic\tyes\nKCNQ2\t.\t.\n");
    }
}
