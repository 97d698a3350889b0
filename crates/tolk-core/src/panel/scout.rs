//! Scout's gene panel export: `##` metadata lines (`##panel_id=`,
//! `##version=`, `##date=`, `##display_name=`), then a header
//! `#hgnc_id hgnc_symbol disease_associated_transcripts reduced_penetrance
//! genetic_disease_models mosaicism database_entry_version` (tab-separated) and one gene per
//! line, keyed by the bare HGNC number (`7481`). Columns are found by name;
//! a row without a symbol is matched by its HGNC id alone.

use super::{Panel, PanelError, PanelGene, PanelSource};
use crate::phrase::Phrase;

/// Whether `text` is a Scout panel: its header row begins `#hgnc_id`.
pub(super) fn is_scout(text: &str) -> bool {
    text.lines().map(str::trim_start).any(|l| header_columns(l).is_some())
}

fn header_columns(line: &str) -> Option<Vec<String>> {
    let rest = line.strip_prefix('#').filter(|r| !r.starts_with('#'))?;
    let columns: Vec<String> = rest.split('\t').map(|c| c.trim().to_ascii_lowercase()).collect();
    (columns.first().map(String::as_str) == Some("hgnc_id")).then_some(columns)
}

pub(super) fn parse(file_stem: String, text: &str) -> Result<Panel, PanelError> {
    let meta = |key: &str| {
        text.lines().find_map(|l| l.trim().strip_prefix("##")?.strip_prefix(key)?.strip_prefix('=').map(str::trim))
    };
    let name = meta("display_name").or_else(|| meta("panel_id")).filter(|n| !n.is_empty());
    let version = meta("version").filter(|v| !v.is_empty()).map(str::to_owned);
    let mut columns = None;
    let mut genes = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with("##") {
            continue;
        }
        if let Some(found) = header_columns(line) {
            columns = Some(found);
            continue;
        }
        let Some(columns) = &columns else {
            return Err(PanelError::at(i + 1, Phrase::new(msg!("panel-scout-no-header"))));
        };
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        let cell = |name: &str| {
            columns.iter().position(|c| c == name).and_then(|c| cells.get(c)).copied().filter(|v| !v.is_empty())
        };
        let id = cell("hgnc_id").filter(|id| id.bytes().all(|b| b.is_ascii_digit()));
        let Some(id) = id else {
            let found = cells.first().copied().unwrap_or_default();
            return Err(PanelError::at(i + 1, Phrase::new(msg!("panel-scout-bad-id")).arg("id", found)));
        };
        let hgnc_id = crate::annotation::hgnc_id(id);
        genes.push(PanelGene {
            symbol: cell("hgnc_symbol").map_or_else(|| hgnc_id.clone(), str::to_owned),
            hgnc_id: Some(hgnc_id),
            aliases: Vec::new(),
            confidence: None,
            inheritance: cell("genetic_disease_models").map(|m| m.replace(',', ", ")),
        });
    }
    let name = name.map_or(file_stem, str::to_owned);
    Ok(Panel { name, version, source: PanelSource::Scout, genes, regions: Vec::new() })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCOUT: &str = "##panel_id=panel1\n##institute=cust000\n##version=1.0\n##date=2016-12-09\n##display_name=Test panel\n#hgnc_id\thgnc_symbol\tdisease_associated_transcripts\treduced_penetrance\tgenetic_disease_models\tmosaicism\tdatabase_entry_version\toriginal_hgnc\n7481\tMT-TF\t\t\t\t\t\tMT-TF\n3603\tFBN1\tNM_000138\t\tAD\t\t\tFBN1\n7495\t\t\t\tAR,AD\t\t\t\n";

    #[test]
    fn a_scout_export_reads_by_hgnc_id() {
        assert!(is_scout(SCOUT));
        let p = parse("panel_1".into(), SCOUT).unwrap();
        assert_eq!((p.name.as_str(), p.version.as_deref(), p.genes.len()), ("Test panel", Some("1.0"), 3));
        assert_eq!((p.genes[0].symbol.as_str(), p.genes[0].hgnc_id.as_deref()), ("MT-TF", Some("HGNC:7481")));
        assert_eq!(p.genes[1].inheritance.as_deref(), Some("AD"));
        assert_eq!((p.genes[2].symbol.as_str(), p.genes[2].inheritance.as_deref()), ("HGNC:7495", Some("AR, AD")));
    }

    #[test]
    fn a_row_without_a_number_names_its_line() {
        let e = parse("x".into(), "#hgnc_id\thgnc_symbol\nFBN1\tFBN1\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(!is_scout("FBN1\nTTN\n"));
    }
}
