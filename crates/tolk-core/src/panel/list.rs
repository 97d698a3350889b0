//! A plain list of gene symbols, pasted or saved by hand: one per line, or
//! separated by commas, semicolons, tabs or spaces; `#` starts a comment.

use super::{plain_gene, Panel, PanelError, PanelSource};
use crate::phrase::Phrase;

pub(super) fn parse(name: String, text: &str) -> Result<Panel, PanelError> {
    let mut genes = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("");
        for symbol in line.split([',', ';', '\t', ' ']).map(str::trim).filter(|s| !s.is_empty()) {
            if !looks_like_symbol(symbol) {
                return Err(PanelError::at(i + 1, Phrase::new(msg!("panel-not-a-symbol")).arg("symbol", symbol)));
            }
            if seen.insert(symbol.to_ascii_uppercase()) {
                genes.push(plain_gene(symbol));
            }
        }
    }
    Ok(Panel { name, version: None, source: PanelSource::List, genes, regions: Vec::new() })
}

/// HGNC symbols are letters, digits, `-`, `.` and `@` (`C1orf112`, `HLA-A`,
/// `IGH@`), starting with a letter or digit and holding at least one
/// letter; anything else (a bare number, a quote, a bracket, a colon)
/// means the text is not a gene list (a PED or VCF opened by mistake).
pub(super) fn looks_like_symbol(s: &str) -> bool {
    s.len() <= 40
        && s.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && s.chars().any(|c| c.is_ascii_alphabetic())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '@' | '_'))
}
