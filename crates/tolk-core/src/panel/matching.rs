//! Matching panel genes to the genes a file's annotation names: by symbol,
//! then by the panel's aliases and previous symbols, then by HGNC id where
//! both sides carry one (symbols change; HGNC ids do not). Case is ignored,
//! as HGNC symbols are unique without it.

use super::{Confidence, Panel, Region};
use crate::store::{VariantStore, NONE_U32};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// How a panel gene was found in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    Symbol,
    Alias,
    HgncId,
}

/// One gene of the active panels, and what the file holds of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GeneReport {
    pub symbol: String,
    /// The names of the panels listing it.
    pub panels: Vec<String>,
    pub confidence: Option<Confidence>,
    pub inheritance: Option<String>,
    /// The symbol the file uses for it, and how it was matched; `None`
    /// when no variant in the file is annotated to it.
    pub file_symbol: Option<String>,
    pub matched_by: Option<MatchedBy>,
    /// Variants annotated to it in the whole file.
    pub variants: u32,
    /// Of those, the variants left after every filter.
    pub in_view: u32,
}

/// The panels as applied: which genes, and which of them the file has.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PanelReport {
    /// `name (version N)` of each active panel.
    pub panels: Vec<String>,
    /// Genes at the chosen confidence, merged across panels, in panel order.
    pub genes: Vec<GeneReport>,
    pub regions: Vec<Region>,
}

impl PanelReport {
    /// Panel genes the file has at least one variant in.
    pub fn matched(&self) -> usize {
        self.genes.iter().filter(|g| g.file_symbol.is_some()).count()
    }

    /// The mode of inheritance the panels give for the gene the file names
    /// `file_symbol`, as written there.
    pub fn inheritance_of(&self, file_symbol: &str) -> Option<&str> {
        self.genes.iter().find(|g| g.file_symbol.as_deref() == Some(file_symbol))?.inheritance.as_deref()
    }
}

/// The panels resolved against one store.
pub struct PanelMatch {
    pub report: PanelReport,
    /// Indexed by the store's interned gene id: is the gene in a panel?
    pub in_panel: Vec<bool>,
    /// Per panel gene (report order), the store gene id it matched.
    pub gene_ids: Vec<Option<u32>>,
}

/// Resolves `panels` at `min` confidence against the genes of `store`.
pub fn match_panels(store: &VariantStore, panels: &[Panel], min: Confidence) -> PanelMatch {
    let by_symbol: HashMap<String, u32> =
        store.genes().names.iter().enumerate().map(|(id, n)| (n.to_ascii_uppercase(), id as u32)).collect();
    // Built only if a gene needs it: it scans every row.
    let mut by_hgnc: Option<HashMap<String, u32>> = None;
    let mut report = PanelReport { panels: panels.iter().map(Panel::label).collect(), ..PanelReport::default() };
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut gene_ids = Vec::new();
    for panel in panels {
        report.regions.extend(panel.regions.iter().cloned());
        for gene in panel.genes_at(min) {
            let key = gene.symbol.to_ascii_uppercase();
            if let Some(&i) = index.get(&key) {
                let merged = &mut report.genes[i];
                merged.panels.push(panel.name.clone());
                merged.confidence = merged.confidence.max(gene.confidence);
                merged.inheritance = merged.inheritance.take().or_else(|| gene.inheritance.clone());
                continue;
            }
            let found = by_symbol
                .get(&key)
                .map(|&id| (id, MatchedBy::Symbol))
                .or_else(|| {
                    gene.aliases
                        .iter()
                        .find_map(|a| by_symbol.get(&a.to_ascii_uppercase()))
                        .map(|&id| (id, MatchedBy::Alias))
                })
                .or_else(|| {
                    let hgnc = gene.hgnc_id.as_deref()?;
                    let map = by_hgnc.get_or_insert_with(|| genes_by_hgnc(store));
                    map.get(crate::annotation::hgnc_id(hgnc).as_str()).map(|&id| (id, MatchedBy::HgncId))
                });
            index.insert(key, report.genes.len());
            gene_ids.push(found.map(|(id, _)| id));
            report.genes.push(GeneReport {
                symbol: gene.symbol.clone(),
                panels: vec![panel.name.clone()],
                confidence: gene.confidence,
                inheritance: gene.inheritance.clone(),
                file_symbol: found.and_then(|(id, _)| store.genes().name(id)).map(str::to_owned),
                matched_by: found.map(|(_, by)| by),
                variants: 0,
                in_view: 0,
            });
        }
    }
    let mut in_panel = vec![false; store.genes().names.len()];
    for id in gene_ids.iter().flatten() {
        in_panel[*id as usize] = true;
    }
    count_variants(store, &mut report, &gene_ids);
    PanelMatch { report, in_panel, gene_ids }
}

/// The HGNC id of each gene, from the rows that carry both (an HGNC id is
/// written per entry, so the first row naming a gene with an id decides).
fn genes_by_hgnc(store: &VariantStore) -> HashMap<String, u32> {
    let mut gene_of = vec![NONE_U32; store.hgnc().names.len()];
    for row in 0..store.len() {
        let hgnc = store.hgnc_id(row);
        if let (Some(slot), [gene]) = (gene_of.get_mut(hgnc as usize), store.row_genes(row)) {
            if *slot == NONE_U32 {
                *slot = *gene;
            }
        }
    }
    store
        .hgnc()
        .names
        .iter()
        .zip(gene_of)
        .filter(|(_, gene)| *gene != NONE_U32)
        .map(|(name, gene)| (crate::annotation::hgnc_id(name), gene))
        .collect()
}

fn count_variants(store: &VariantStore, report: &mut PanelReport, gene_ids: &[Option<u32>]) {
    let mut per_gene = vec![0u32; store.genes().names.len()];
    for &gene in store.all_row_genes() {
        per_gene[gene as usize] += 1;
    }
    for (g, id) in report.genes.iter_mut().zip(gene_ids) {
        g.variants = id.map_or(0, |id| per_gene[id as usize]);
    }
}

/// Fills each gene's `in_view` from the rows of a filtered view.
pub fn count_in_view(store: &VariantStore, m: &mut PanelMatch, rows: &[u32]) {
    let mut per_gene = vec![0u32; store.genes().names.len()];
    for &row in rows {
        for &gene in store.row_genes(row as usize) {
            per_gene[gene as usize] += 1;
        }
    }
    for (g, id) in m.report.genes.iter_mut().zip(&m.gene_ids) {
        g.in_view = id.map_or(0, |id| per_gene[id as usize]);
    }
}
