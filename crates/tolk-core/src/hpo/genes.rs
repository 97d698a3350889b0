//! Genes by how well their diseases match the patient, and the "phenotype
//! panel": the genes above a score, used as a gene panel in the funnel like
//! any other (and saved with the case like any other).

use super::Ontology;
use crate::panel::{Panel, PanelGene, PanelSource};

/// Every gene with a disease scoring above 0, best first (ties by symbol):
/// (index into [`Ontology::genes`], the best of its diseases' scores).
pub fn gene_scores(ontology: &Ontology, disease_scores: &[f32]) -> Vec<(u32, f32)> {
    let mut scored: Vec<(u32, f32)> = ontology
        .genes
        .iter()
        .enumerate()
        .map(|(i, g)| (i as u32, g.diseases.iter().map(|&d| disease_scores[d as usize]).fold(0.0, f32::max)))
        .filter(|&(_, s)| s > 0.0)
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    scored
}

/// The genes scoring `min` or more, as a panel named for the release and
/// the threshold, so the funnel and the note say where it came from.
pub fn phenotype_panel(ontology: &Ontology, disease_scores: &[f32], min: f32) -> Panel {
    let genes = gene_scores(ontology, disease_scores)
        .into_iter()
        .filter(|&(_, s)| s >= min)
        .map(|(g, _)| PanelGene {
            symbol: ontology.genes[g as usize].symbol.clone(),
            hgnc_id: None,
            aliases: Vec::new(),
            confidence: None,
            inheritance: None,
        })
        .collect();
    Panel {
        name: format!("HPO phenotype match ≥ {min:.2}"),
        version: Some(ontology.release.clone()),
        source: PanelSource::Phenotype,
        genes,
        regions: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hpo::similarity::{Patient, Profile};
    use crate::hpo::tests::small;
    use crate::hpo::TermId;

    #[test]
    fn the_panel_holds_the_genes_of_matching_diseases_best_first() {
        let o = small();
        // Focal seizure: Epilepsy A (GENEA) fully, Epilepsy D (GENEB) by
        // "Seizure" only; Speech disorder C (GENEC) not at all.
        let patient = Patient { present: vec![o.find(TermId(11)).unwrap()], excluded: vec![] };
        let scores = Profile::new(&o, patient).scores();
        let ranked: Vec<&str> =
            gene_scores(&o, &scores).iter().map(|&(g, _)| o.genes[g as usize].symbol.as_str()).collect();
        assert_eq!(ranked, ["GENEA", "GENEB"]);
        let panel = phenotype_panel(&o, &scores, 0.6);
        assert_eq!(panel.genes.iter().map(|g| g.symbol.as_str()).collect::<Vec<_>>(), ["GENEA"]);
        assert_eq!((panel.version.as_deref(), panel.source), (Some("2099-01-01"), PanelSource::Phenotype));
        assert_eq!(phenotype_panel(&o, &scores, 0.1).genes.len(), 2);
    }
}
