//! The rows of a view as the grid shows them, as an Excel workbook: the
//! same columns, values and order as the TSV export ([`crate::grid_tsv`];
//! both take their values from [`crate::grid_columns`]), for a clinician who opens
//! the shortlist in Excel or LibreOffice. One sheet, "Variants": a bold
//! header row of the TSV's column ids, frozen, with a filter on every
//! column; AF, QUAL and POS as numbers (they sort and filter as numbers);
//! a missing value as an empty cell.
//!
//! The smallest valid Office Open XML package, written here rather than by
//! `rust_xlsxwriter` (which reads the clock when a workbook is made, so it
//! traps on wasm32-unknown-unknown, and it pulls in getrandom and
//! wasm-bindgen and about 1 MB of wasm): six XML parts in a zip, every
//! entry dated 1980-01-01 (the zip epoch), so the same rows give the same
//! bytes.
//!
//! Every value is an inline string or a number, never a formula, so a
//! crafted gene such as `=HYPERLINK(...)` is shown, not run, and needs no
//! leading `'` (which would show). As in the TSV, a bidirectional control
//! is written by name, so no cell reads differently from what it holds; a
//! tab or line break becomes a space; a character XML 1.0 cannot hold (a
//! control character) is dropped; and a literal `_xHHHH_`, which Excel
//! would read as the escape of a character, has its `_` escaped.

use crate::grid_columns::{Cell, Layout, RowMarks};
use crate::row::VariantRow;
use crate::text::{is_bidi_control, named};
use std::fmt::Write as _;
use std::io::{Cursor, Write as _};
use zip::result::ZipResult;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

/// The file's media type.
pub const MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The sheet's name.
pub const SHEET: &str = "Variants";

/// The most rows a sheet can hold under its header: Excel opens no more
/// (1,048,576 rows in all). Rows past it are not written; the page does
/// not offer the workbook for a larger view.
pub const MAX_ROWS: usize = 1_048_575;

/// The most characters Excel shows in a cell; a longer value (a large
/// deletion's REF, say) is cut there, ending in `…`.
const MAX_CELL_CHARS: usize = 32_767;

/// The workbook of `layout`'s columns: the header, then each row (at most
/// [`MAX_ROWS`]) with what the session recorded about it (`marks`).
/// Column widths are fixed by the layout, so that the rows can be written
/// as they come, without holding the sheet.
pub fn grid_xlsx<'m>(
    layout: &Layout,
    rows: impl IntoIterator<Item = VariantRow>,
    marks: impl Fn(&VariantRow) -> Option<&'m RowMarks>,
) -> Vec<u8> {
    write_workbook(layout, rows.into_iter().take(MAX_ROWS), marks).expect("a zip written to memory cannot fail")
}

fn write_workbook<'m>(
    layout: &Layout,
    rows: impl Iterator<Item = VariantRow>,
    marks: impl Fn(&VariantRow) -> Option<&'m RowMarks>,
) -> ZipResult<Vec<u8>> {
    let header = layout.header();
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .system(System::Dos);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let part = |zip: &mut ZipWriter<_>, name: &str, xml: &str| {
        zip.start_file(name, options)?;
        zip.write_all(xml.as_bytes())
    };
    part(&mut zip, "[Content_Types].xml", CONTENT_TYPES)?;
    part(&mut zip, "_rels/.rels", PACKAGE_RELS)?;
    // The sheet goes into the zip row by row: a large view's XML is never
    // held whole, only its compressed bytes.
    zip.start_file("xl/worksheets/sheet1.xml", options)?;
    let mut xml = String::with_capacity(1 << 16);
    xml.push_str(SHEET_START);
    xml.push_str("<cols>");
    for (i, width) in layout.widths().iter().enumerate() {
        let _ = write!(xml, r#"<col min="{n}" max="{n}" width="{width}" customWidth="1"/>"#, n = i + 1);
    }
    xml.push_str("</cols><sheetData>");
    write_header(&mut xml, &header);
    let mut last = 1;
    for row in rows {
        last += 1;
        write_row(&mut xml, last, layout.cells(&row, marks(&row)));
        if xml.len() >= 1 << 16 {
            zip.write_all(xml.as_bytes())?;
            xml.clear();
        }
    }
    let end = column_name(header.len().max(1) - 1);
    let _ = write!(xml, r#"</sheetData><autoFilter ref="A1:{end}{last}"/></worksheet>"#);
    zip.write_all(xml.as_bytes())?;
    part(&mut zip, "xl/workbook.xml", &workbook(&end, last))?;
    part(&mut zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS)?;
    part(&mut zip, "xl/styles.xml", STYLES)?;
    Ok(zip.finish()?.into_inner())
}

fn write_header(xml: &mut String, header: &[String]) {
    xml.push_str(r#"<row r="1">"#);
    for (i, name) in header.iter().enumerate() {
        // Style 1: the bold font (see STYLES). Ids are plain ASCII words.
        let _ = write!(xml, r#"<c r="{}1" s="1" t="inlineStr"><is><t>{name}</t></is></c>"#, column_name(i));
    }
    xml.push_str("</row>");
}

fn write_row(xml: &mut String, number: usize, cells: Vec<Cell<'_>>) {
    let _ = write!(xml, r#"<row r="{number}">"#);
    for (i, cell) in cells.into_iter().enumerate() {
        let at = (column_name(i), number);
        match cell {
            Cell::Number(n) if n.parse::<f64>().is_ok_and(f64::is_finite) => {
                let _ = write!(xml, r#"<c r="{}{}"><v>{n}</v></c>"#, at.0, at.1);
            }
            // NaN or infinity: Excel has no such number, so it is shown as the file said it.
            Cell::Number(n) => write_text(xml, at, &n),
            Cell::Text(text) => write_text(xml, at, &text),
            Cell::Missing => {}
        }
    }
    xml.push_str("</row>");
}

/// An inline string cell at `at` (column, row); nothing for empty text
/// (an empty cell).
fn write_text(xml: &mut String, at: (String, usize), text: &str) {
    let text = cell_text(text);
    if !text.is_empty() {
        let _ = write!(xml, r#"<c r="{}{}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>"#, at.0, at.1);
    }
}

/// `text` as the XML of a cell's text (see the module docs), cut to
/// [`MAX_CELL_CHARS`] as Excel counts them (UTF-16 units of what it shows).
fn cell_text(text: &str) -> String {
    let shown = |c: char| match c {
        c if is_bidi_control(c) => named(c).len(),
        c if !allowed_in_xml(c) => 0,
        c => c.len_utf16(),
    };
    let room = match text.chars().map(shown).sum::<usize>() {
        all if all > MAX_CELL_CHARS => MAX_CELL_CHARS - 1,
        _ => MAX_CELL_CHARS,
    };
    let mut out = String::with_capacity(text.len());
    let mut used = 0;
    for (at, c) in text.char_indices() {
        used += shown(c);
        if used > room {
            out.push('…');
            break;
        }
        match c {
            '\t' | '\r' | '\n' => out.push(' '),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '_' if is_escape(&text[at..]) => out.push_str("_x005F_"),
            c if is_bidi_control(c) => out.push_str(&named(c)),
            c if !allowed_in_xml(c) => continue,
            c => out.push(c),
        }
    }
    out
}

/// Whether `text` starts with `_xHHHH_`, which Excel reads as the
/// character U+HHHH.
fn is_escape(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 7 && b[1] == b'x' && b[2..6].iter().all(u8::is_ascii_hexdigit) && b[6] == b'_'
}

/// XML 1.0's `Char`, less what Rust strings cannot hold (surrogates).
fn allowed_in_xml(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// A column's name in a cell reference: `A` for column 0, `Z` for 25,
/// then `AA`, `AB`, ... (a family's calls can take the sheet past `Z`).
fn column_name(column: usize) -> String {
    let mut name = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        n -= 1;
        name.push(b'A' + (n % 26) as u8);
        n /= 26;
    }
    name.reverse();
    String::from_utf8(name).expect("ASCII letters")
}

const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
    r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
    r#"<Default Extension="xml" ContentType="application/xml"/>"#,
    r#"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#,
    r#"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#,
    r#"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#,
    "</Types>"
);

const PACKAGE_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#,
    "</Relationships>"
);

/// The workbook: its one sheet, and the range under the sheet's filter
/// (to column `end`, row `last`), which Excel names `_FilterDatabase`.
fn workbook(end: &str, last: usize) -> String {
    format!(
        concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
            r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#,
            r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
            r#"<bookViews><workbookView/></bookViews>"#,
            r#"<sheets><sheet name="{SHEET}" sheetId="1" r:id="rId1"/></sheets>"#,
            r#"<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">"#,
            "{SHEET}!$A$1:${end}${last}</definedName></definedNames>",
            "</workbook>"
        ),
        SHEET = SHEET,
        end = end,
        last = last,
    )
}

const WORKBOOK_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#,
    r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#,
    "</Relationships>"
);

/// Two cell formats: 0 the default, 1 bold (the header). Excel wants the
/// two built-in fills and one border even when nothing uses them.
const STYLES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
    r#"<fonts count="2">"#,
    r#"<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#,
    r#"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#,
    "</fonts>",
    r#"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#,
    r#"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#,
    r#"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#,
    r#"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#,
    r#"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#,
    r#"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#,
    "</styleSheet>"
);

/// The sheet up to its columns: the header row frozen above the rest.
const SHEET_START: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
    r#"<sheetViews><sheetView tabSelected="1" workbookViewId="0">"#,
    r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#,
    r#"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"#,
    "</sheetView></sheetViews>",
    r#"<sheetFormatPr defaultRowHeight="15"/>"#,
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid_columns::tests::{classic, row};
    use crate::inheritance::{Fit, Mode, ModeFit};
    use std::io::Read;
    use zip::ZipArchive;

    /// The workbook's parts, by name, in the zip's order.
    fn parts(bytes: &[u8]) -> Vec<(String, String)> {
        let mut zip = ZipArchive::new(Cursor::new(bytes)).unwrap();
        (0..zip.len())
            .map(|i| {
                let mut part = zip.by_index(i).unwrap();
                assert_eq!(part.compression(), CompressionMethod::Deflated);
                assert_eq!(part.last_modified(), Some(DateTime::default()), "dated at the zip epoch");
                let mut xml = String::new();
                part.read_to_string(&mut xml).unwrap();
                (part.name().unwrap().into_owned(), xml)
            })
            .collect()
    }

    fn sheet(bytes: &[u8]) -> String {
        parts(bytes).into_iter().find(|(name, _)| name == "xl/worksheets/sheet1.xml").unwrap().1
    }

    /// Cell `at`'s XML (`<c r="D2">...</c>`), if the sheet has it.
    fn cell<'a>(sheet: &'a str, at: &str) -> Option<&'a str> {
        let start = sheet.find(&format!(r#"<c r="{at}""#))?;
        let end = start + sheet[start..].find("</c>")? + "</c>".len();
        Some(&sheet[start..end])
    }

    fn text(value: &str) -> String {
        format!(r#"t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>"#)
    }

    #[test]
    fn a_workbook_has_every_part_and_the_grids_rows_with_numbers_as_numbers() {
        let mut first = row("SCN1A", Some(0.0001));
        first.inheritance = vec![
            ModeFit { mode: Mode::DeNovo, fit: Fit::Yes, partners: vec![] },
            ModeFit { mode: Mode::Ad, fit: Fit::Possible, partners: vec![] },
        ];
        let mut second = row("KCNQ2", None);
        second.qual = None;
        let bytes = grid_xlsx(&classic(), [first, second], |_| None);
        assert!(bytes.starts_with(b"PK\x03\x04"));
        let parts = parts(&bytes);
        let names: Vec<&str> = parts.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(
            names,
            [
                "[Content_Types].xml",
                "_rels/.rels",
                "xl/worksheets/sheet1.xml",
                "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels",
                "xl/styles.xml"
            ]
        );
        let part = |name: &str| &parts.iter().find(|(n, _)| n == name).unwrap().1;
        for name in ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml"] {
            assert!(part("[Content_Types].xml").contains(&format!(r#"PartName="/{name}""#)), "{name}");
        }
        assert!(part("_rels/.rels").contains(r#"Target="xl/workbook.xml""#));
        assert!(part("xl/_rels/workbook.xml.rels").contains(r#"Target="worksheets/sheet1.xml""#));
        assert!(part("xl/workbook.xml").contains(r#"<sheet name="Variants" sheetId="1" r:id="rId1"/>"#));
        assert!(part("xl/workbook.xml").contains(">Variants!$A$1:$K$3</definedName>"));
        assert!(part("xl/styles.xml").contains("<font><b/>"));

        let sheet = part("xl/worksheets/sheet1.xml");
        assert!(sheet.contains(r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#));
        assert!(sheet.contains(r#"<autoFilter ref="A1:K3"/>"#));
        assert_eq!(sheet.matches("<col ").count(), 11);
        // The header: the TSV's column ids, bold.
        for (i, name) in classic().header().iter().enumerate() {
            let at = format!("{}1", column_name(i));
            assert_eq!(
                cell(sheet, &at).unwrap(),
                format!(r#"<c r="{at}" s="1" t="inlineStr"><is><t>{name}</t></is></c>"#)
            );
        }
        // Text as inline strings, AF, POS and QUAL as numbers.
        assert!(cell(sheet, "A2").unwrap().ends_with(&text("SCN1A")));
        assert!(cell(sheet, "B2").unwrap().ends_with(&text("missense_variant")));
        assert!(cell(sheet, "C2").unwrap().ends_with(&text("MODERATE")));
        assert_eq!(cell(sheet, "D2"), Some(r#"<c r="D2"><v>0.0001</v></c>"#));
        assert!(cell(sheet, "E2").unwrap().ends_with(&text("de_novo,ad?")));
        assert!(cell(sheet, "F2").unwrap().ends_with(&text("chr2")));
        assert_eq!(cell(sheet, "G2"), Some(r#"<c r="G2"><v>166003512</v></c>"#));
        assert!(cell(sheet, "H2").unwrap().ends_with(&text("C")));
        assert!(cell(sheet, "I2").unwrap().ends_with(&text("T")));
        assert_eq!(cell(sheet, "J2"), Some(r#"<c r="J2"><v>812.4</v></c>"#));
        assert!(cell(sheet, "K2").unwrap().ends_with(&text("PASS")));
        // A missing value is an empty cell, not a `.`.
        assert!(cell(sheet, "A3").unwrap().ends_with(&text("KCNQ2")));
        for at in ["D3", "E3", "J3"] {
            assert_eq!(cell(sheet, at), None, "{at}");
        }
        assert!(!sheet.contains(">.<"));
        assert_eq!(sheet.matches("<row ").count(), 3);
    }

    #[test]
    fn a_cell_is_text_never_a_formula_and_holds_only_what_xml_can() {
        let mut crafted = row("=HYPERLINK(\"http://x\")", None);
        crafted.consequence = Some("a&b<c>".into());
        crafted.filter = "LOW\u{1}QUAL\u{0}".into();
        crafted.chrom = "chr2\u{202E}1".into();
        crafted.reference = "A\tC\r\nG".into();
        crafted.alt = "_x0041_ _x12_".into();
        crafted.qual = Some(f32::NAN);
        let sheet = sheet(&grid_xlsx(&classic(), [crafted], |_| None));
        // Shown as it is: no `'`, no formula.
        assert!(cell(&sheet, "A2").unwrap().ends_with(&text("=HYPERLINK(&quot;http://x&quot;)")));
        assert!(!sheet.contains("<f>"));
        assert!(cell(&sheet, "B2").unwrap().ends_with(&text("a&amp;b&lt;c&gt;")));
        assert!(cell(&sheet, "K2").unwrap().ends_with(&text("LOWQUAL")), "control characters dropped");
        assert!(cell(&sheet, "F2").unwrap().ends_with(&text("chr2[U+202E]1")));
        assert!(cell(&sheet, "H2").unwrap().ends_with(&text("A C  G")));
        // Excel would read `_x0041_` as `A`.
        assert!(cell(&sheet, "I2").unwrap().ends_with(&text("_x005F_x0041_ _x12_")));
        assert!(cell(&sheet, "J2").unwrap().ends_with(&text("NaN")), "Excel has no NaN");
    }

    #[test]
    fn a_value_longer_than_excel_holds_is_cut_with_an_ellipsis() {
        let fits = "G".repeat(MAX_CELL_CHARS);
        assert_eq!(cell_text(&fits), fits);
        let cut = cell_text(&"G".repeat(MAX_CELL_CHARS + 1));
        assert_eq!(cut.encode_utf16().count(), MAX_CELL_CHARS);
        assert!(cut.ends_with("G…"));
        assert_eq!(cell_text("\u{1}"), "");
    }

    #[test]
    fn the_same_rows_give_the_same_bytes() {
        let rows = [row("SCN1A", Some(0.0001)), row("KCNQ2", None)];
        assert_eq!(grid_xlsx(&classic(), rows.clone(), |_| None), grid_xlsx(&classic(), rows, |_| None));
        assert_ne!(
            grid_xlsx(&classic(), [row("SCN1A", None)], |_| None),
            grid_xlsx(&classic(), [row("SCN2A", None)], |_| None)
        );
    }

    #[test]
    fn columns_past_z_are_named_as_spreadsheets_name_them() {
        let names: Vec<String> = [0, 25, 26, 27, 51, 52, 701, 702].into_iter().map(column_name).collect();
        assert_eq!(names, ["A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }

    #[test]
    fn the_workbook_has_the_columns_shown() {
        use crate::grid_columns::Column;
        let layout = Layout { columns: vec![Column::Gene, Column::Cadd], members: Vec::new() };
        let mut r = row("SCN1A", None);
        r.scores.cadd = Some(31.0);
        let sheet = sheet(&grid_xlsx(&layout, [r], |_| None));
        assert_eq!(sheet.matches("<col ").count(), 2);
        assert!(cell(&sheet, "B1").unwrap().contains("<t>cadd</t>"));
        assert_eq!(cell(&sheet, "B2"), Some(r#"<c r="B2"><v>31</v></c>"#));
        assert!(sheet.contains(r#"<autoFilter ref="A1:B2"/>"#));
    }

    #[test]
    fn an_empty_view_is_its_header() {
        let sheet = sheet(&grid_xlsx(&classic(), [], |_| None));
        assert_eq!(sheet.matches("<row ").count(), 1);
        assert!(sheet.contains(r#"<autoFilter ref="A1:K1"/>"#));
    }
}
