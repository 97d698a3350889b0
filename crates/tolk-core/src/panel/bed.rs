//! BED files (0-based, half-open intervals): with a gene symbol per line a
//! gene panel, without one a set of regions. Column 4 is the usual place
//! for the name, but exon BEDs often put an interval id there and the
//! symbol further right (chanjo's `chrom start end id transcripts hgnc
//! symbols`, with one comma-separated entry per transcript), so the first
//! column whose values all look like symbols is used.

use super::list::looks_like_symbol;
use super::{plain_gene, Panel, PanelError, PanelSource, Region};
use crate::phrase::Phrase;

/// True when the first data line has `chrom start end` with numbers.
pub(super) fn looks_like_bed(text: &str) -> bool {
    data_lines(text).next().is_some_and(|(_, cells)| {
        cells.len() >= 3 && cells[1].parse::<u32>().is_ok() && cells[2].parse::<u32>().is_ok()
    })
}

fn data_lines(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let l = l.trim();
            !l.is_empty() && !l.starts_with('#') && !l.starts_with("track") && !l.starts_with("browser")
        })
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

pub(super) fn parse(name: String, text: &str) -> Result<Panel, PanelError> {
    let mut rows = Vec::new();
    for (line, cells) in data_lines(text) {
        if cells.len() < 3 {
            return Err(PanelError::at(line, Phrase::new(msg!("panel-bed-columns"))));
        }
        let number =
            |c: &str, what: &str| c.parse::<u32>().map_err(|_| PanelError::at(line, Phrase::new(what).arg("value", c)));
        let (start, end) =
            (number(cells[1], msg!("panel-bed-bad-start"))?, number(cells[2], msg!("panel-bed-bad-end"))?);
        if end <= start {
            let message = Phrase::new(msg!("panel-bed-end-before-start"))
                .arg("end", end.to_string())
                .arg("start", start.to_string());
            return Err(PanelError::at(line, message));
        }
        // BED start is 0-based and end exclusive: 1-based inclusive is start+1..=end.
        rows.push((Region { chrom: cells[0].to_owned(), start: start + 1, end }, cells));
    }
    let symbol_column = (3..rows.iter().map(|(_, c)| c.len()).max().unwrap_or(0))
        .find(|&c| rows.iter().all(|(_, cells)| cells.get(c).is_some_and(|v| is_symbol_cell(v))));
    let mut panel = Panel { name, version: None, source: PanelSource::Bed, genes: Vec::new(), regions: Vec::new() };
    match symbol_column {
        Some(c) => {
            let mut seen = std::collections::HashSet::new();
            for symbol in rows.iter().flat_map(|(_, cells)| cells[c].split(',')) {
                if seen.insert(symbol.to_ascii_uppercase()) {
                    panel.genes.push(plain_gene(symbol));
                }
            }
        }
        None => panel.regions = rows.into_iter().map(|(r, _)| r).collect(),
    }
    Ok(panel)
}

/// One or more comma-separated symbols, and not an interval id
/// (`1-955552-955753`), a transcript (`NM_198576`, `ENST...`), a number or
/// a score.
fn is_symbol_cell(cell: &str) -> bool {
    const ACCESSIONS: [&str; 8] = ["NM_", "NR_", "XM_", "XR_", "NC_", "ENST", "ENSG", "ENSP"];
    cell.split(',').all(|v| {
        looks_like_symbol(v)
            && v.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && !ACCESSIONS.iter().any(|a| v.starts_with(a))
    })
}
