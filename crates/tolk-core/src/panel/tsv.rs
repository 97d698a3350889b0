//! PanelApp's TSV download: a header row beginning `Entity Name`, `Entity
//! type`, `Gene Symbol`, ... with `GEL_Status` holding the confidence level
//! and `Model_Of_Inheritance` the mode (shared SPEC.md section 4). Columns
//! are found by name, so an added or reordered column does no harm. The
//! download names no panel, so the file name does; its `version` column
//! gives the version.

use super::{Confidence, Panel, PanelError, PanelGene, PanelSource};
use crate::phrase::Phrase;

pub(super) fn is_panelapp_header(line: &str) -> bool {
    line.split('\t').next().is_some_and(|c| c.trim().eq_ignore_ascii_case("Entity Name"))
}

pub(super) fn parse(name: String, text: &str) -> Result<Panel, PanelError> {
    let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty());
    let (_, header) = lines.next().ok_or_else(|| PanelError::whole(Phrase::new(msg!("panel-file-empty"))))?;
    let columns: Vec<&str> = header.split('\t').map(str::trim).collect();
    let find = |name: &str| columns.iter().position(|c| c.eq_ignore_ascii_case(name));
    let symbol = find("Gene Symbol")
        .or(find("Entity Name"))
        .ok_or_else(|| PanelError::at(1, Phrase::new(msg!("panel-no-symbol-column"))))?;
    let entity_type = find("Entity type");
    let status = find("GEL_Status");
    let inheritance = find("Model_Of_Inheritance");
    let hgnc = find("HGNC");
    let version_column = find("version");
    let mut version = None;
    let mut genes = Vec::new();
    for (i, line) in lines {
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        let cell = |c: Option<usize>| c.and_then(|c| cells.get(c)).copied().filter(|v| !v.is_empty());
        version = version.or_else(|| cell(version_column).map(str::to_owned));
        if cell(entity_type).is_some_and(|t| !t.eq_ignore_ascii_case("gene")) {
            continue;
        }
        let Some(gene) = cell(Some(symbol)) else {
            return Err(PanelError::at(i + 1, Phrase::new(msg!("panel-row-without-symbol"))));
        };
        genes.push(PanelGene {
            symbol: gene.to_owned(),
            hgnc_id: cell(hgnc).map(str::to_owned),
            aliases: Vec::new(),
            confidence: cell(status).and_then(Confidence::from_level),
            inheritance: cell(inheritance).map(str::to_owned),
        });
    }
    Ok(Panel { name, version, source: PanelSource::PanelAppTsv, genes, regions: Vec::new() })
}
