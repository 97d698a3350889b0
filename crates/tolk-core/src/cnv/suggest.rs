//! What Tolk can suggest for a CNV from what the file and the lab's files
//! say: the gene content (1A/1B), the gene count (section 3), established
//! dosage-sensitive genes fully contained (2A; for a gain, an HI gene's
//! 2H), common population variation (4O) and the inheritance seen in the
//! trio (5A, 5B/5C, 5F). The literature items (4A-4N) and whatever needs
//! the breakpoints read against exons (2C-2E, 2I-2L) or the phenotype are
//! not the file's to know, and are left to the analyst.

use super::scheme::{points, Dosage};
use crate::knowledge::dosage::DosageList;
use crate::phrase::Phrase;
use serde::{Deserialize, Serialize};

crate::vocabulary! {
    /// Where the proband's CNV came from, as the trio shows it.
    #[derive(Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum CnvOrigin {
        DeNovo => ("de_novo", "cnv-origin-de-novo"),
        InheritedFromUnaffected => ("inherited_unaffected", "cnv-origin-inherited-unaffected"),
        InheritedFromAffected => ("inherited_affected", "cnv-origin-inherited-affected"),
        #[default]
        Unknown => ("unknown", "cnv-origin-unknown"),
    }
}

/// What the file and the lab's files say about one CNV.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CnvFacts {
    pub dosage: Dosage,
    /// Whether the file annotates the variant at all: without annotation,
    /// no genes says nothing of its gene content (1B is not offered).
    pub annotated: bool,
    /// The symbols of the genes the CNV overlaps.
    pub genes: Vec<String>,
    /// How many protein-coding genes it overlaps, wholly or partly, where
    /// the file counts them; else `genes` is counted.
    pub gene_count: Option<u32>,
    /// Of `genes`, those known to lie wholly inside, and partly.
    pub fully_covered: Vec<String>,
    pub partially_covered: Vec<String>,
    /// Established haploinsufficient genes (ClinGen HI score 3) wholly
    /// inside the CNV, and partly overlapped.
    pub hi_contained: Vec<String>,
    pub hi_partial: Vec<String>,
    /// Established triplosensitive genes (TS score 3) wholly inside.
    pub ts_contained: Vec<String>,
    /// The CNV's frequency in the population (gnomAD-SV AF), if the file
    /// gives one.
    pub population_af: Option<f64>,
    pub origin: CnvOrigin,
    /// Its length in base pairs, where known.
    pub size: Option<u64>,
}

impl CnvFacts {
    /// Fills the dosage-sensitive genes from the lab's list for a CNV at
    /// `chrom:start-end` (1-based, inclusive).
    pub fn with_dosage_list(mut self, list: &DosageList, chrom: &str, start: u64, end: u64) -> CnvFacts {
        for overlap in list.genes_in(chrom, start, end) {
            let gene = &list.genes[&overlap.symbol];
            let covered = if overlap.fully_contained { &mut self.fully_covered } else { &mut self.partially_covered };
            covered.push(overlap.symbol.clone());
            match (gene.hi_established(), overlap.fully_contained) {
                (true, true) => self.hi_contained.push(overlap.symbol.clone()),
                (true, false) => self.hi_partial.push(overlap.symbol.clone()),
                _ => {}
            }
            if gene.ts_established() && overlap.fully_contained {
                self.ts_contained.push(overlap.symbol.clone());
            }
        }
        self
    }

    fn count(&self) -> u32 {
        self.gene_count.unwrap_or(self.genes.len() as u32)
    }
}

/// One item offered, with its points and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CnvSuggestion {
    pub code: String,
    pub points: f32,
    pub evidence: Phrase,
}

/// The frequency from which a CNV is common population variation (4O).
pub const COMMON_AF: f64 = 0.01;

/// The genes named in full in evidence; beyond them, a count.
const NAMED: usize = 10;

/// The items the facts support, in table order.
pub fn suggest(facts: &CnvFacts) -> Vec<CnvSuggestion> {
    let mut out = Vec::new();
    let mut offer = |code: &str, hundredths: i32, evidence: Phrase| {
        let item = facts.dosage.item(code).expect("a code of the table");
        debug_assert!(item.in_range(hundredths), "{code}");
        out.push(CnvSuggestion { code: item.code.to_owned(), points: points(hundredths) as f32, evidence });
    };
    let count = facts.count();
    let dosage_genes = !facts.hi_contained.is_empty() || !facts.hi_partial.is_empty() || !facts.ts_contained.is_empty();

    // Without annotation, no genes is no evidence: gene content and count
    // are the analyst's to find.
    let known = facts.annotated || dosage_genes;
    if count == 0 && !dosage_genes && known {
        offer("1B", -60, Phrase::new(msg!("cnv-evidence-no-genes")));
    } else if known {
        let evidence = Phrase::new(msg!("cnv-evidence-genes")).arg("count", count).arg("genes", names(&facts.genes));
        offer("1A", 0, evidence);
    }

    match facts.dosage {
        Dosage::Loss if !facts.hi_contained.is_empty() => {
            offer("2A", 100, Phrase::new(msg!("cnv-evidence-hi-contained")).arg("genes", names(&facts.hi_contained)))
        }
        Dosage::Gain if !facts.ts_contained.is_empty() => {
            offer("2A", 100, Phrase::new(msg!("cnv-evidence-ts-contained")).arg("genes", names(&facts.ts_contained)))
        }
        _ => {}
    }
    if facts.dosage == Dosage::Gain && !facts.hi_contained.is_empty() {
        // Gain 2H: an HI gene duplicated whole is not evidence by itself
        // (0 points, continue); the paper lists it so that it is seen.
        offer("2H", 0, Phrase::new(msg!("cnv-evidence-gain-hi-contained")).arg("genes", names(&facts.hi_contained)));
    }

    if known {
        let code = facts.dosage.gene_count_item(count);
        let item = facts.dosage.item(code).expect("a section 3 code");
        // Riggs counts protein-coding genes; where the file gives no
        // biotypes, every gene is counted, and the evidence says so.
        let key = if facts.gene_count.is_some() {
            msg!("cnv-evidence-gene-count")
        } else {
            msg!("cnv-evidence-gene-count-any")
        };
        offer(code, item.suggested, Phrase::new(key).arg("count", count).arg("code", code));
    }

    if let Some(af) = facts.population_af.filter(|af| *af >= COMMON_AF) {
        offer("4O", -100, Phrase::new(msg!("cnv-evidence-common")).arg("af", af).arg("limit", COMMON_AF));
    }

    match facts.origin {
        // The file proves absence in the parents, not parentage, nor how
        // specific the phenotype is, which decide 4A-4D's points: assumed
        // de novo, 0.30, for the analyst to raise or lower.
        CnvOrigin::DeNovo => offer("5A", 30, Phrase::new(msg!("cnv-evidence-de-novo"))),
        CnvOrigin::InheritedFromUnaffected => {
            offer("5B", -30, Phrase::new(msg!("cnv-evidence-inherited-specific")));
            offer("5C", -15, Phrase::new(msg!("cnv-evidence-inherited-nonspecific")));
        }
        // One affected parent is one segregation; 5D needs three or more.
        CnvOrigin::InheritedFromAffected => {}
        CnvOrigin::Unknown => offer("5F", 0, Phrase::new(msg!("cnv-evidence-inheritance-unknown"))),
    }
    out
}

/// Gene symbols as data, the first [`NAMED`] of them and how many more.
fn names(genes: &[String]) -> Phrase {
    if genes.is_empty() {
        return Phrase::from("–");
    }
    let shown = Phrase::separated(genes.iter().take(NAMED).map(|g| Phrase::from(g.as_str())), ", ");
    match genes.len().checked_sub(NAMED).filter(|more| *more > 0) {
        Some(more) => Phrase::Joined(vec![shown, Phrase::new(msg!("cnv-evidence-more-genes")).arg("count", more)]),
        None => shown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cnv::{CnvClass, CnvWork};
    use crate::i18n::Lang;

    fn genes(n: usize) -> Vec<String> {
        (1..=n).map(|i| format!("GENE{i}")).collect()
    }

    /// Applies every suggestion but the alternatives the analyst chooses
    /// between (5C where 5B is offered).
    fn accept_all(facts: &CnvFacts) -> CnvWork {
        suggest(facts)
            .iter()
            .filter(|s| s.code != "5C")
            .fold(CnvWork::new(facts.dosage), |w, s| w.with(&s.code, s.points))
    }

    fn codes(facts: &CnvFacts) -> Vec<String> {
        suggest(facts).into_iter().map(|s| s.code).collect()
    }

    /// Riggs 2020, the core loss example: a deletion fully containing an
    /// established HI gene (ClinGen HI score 3) scores 2A 1.00 and is
    /// pathogenic on that alone (Table 1, section 2A; the calculator's
    /// first loss example).
    #[test]
    fn a_deletion_of_an_established_hi_gene_is_pathogenic() {
        let facts = CnvFacts {
            dosage: Dosage::Loss,
            annotated: true,
            genes: vec!["RAI1".into(), "SREBF1".into(), "TOM1L2".into()],
            hi_contained: vec!["RAI1".into()],
            origin: CnvOrigin::Unknown,
            ..CnvFacts::default()
        };
        assert_eq!(codes(&facts), ["1A", "2A", "3A", "5F"]);
        let work = accept_all(&facts);
        assert_eq!((work.total_hundredths(), work.class()), (100, CnvClass::Pathogenic));
        let evidence = suggest(&facts)[1].evidence.render(Lang::En);
        assert!(evidence.contains("RAI1"), "{evidence}");
    }

    /// Riggs 2020: a large deletion of 40 protein-coding genes, none an
    /// established HI gene: 1A 0 and 3C 0.90 (35 or more genes), likely
    /// pathogenic by gene count alone.
    #[test]
    fn a_deletion_of_forty_genes_without_an_hi_gene_is_likely_pathogenic() {
        let facts = CnvFacts {
            dosage: Dosage::Loss,
            annotated: true,
            genes: genes(40),
            origin: CnvOrigin::InheritedFromAffected,
            ..CnvFacts::default()
        };
        assert_eq!(codes(&facts), ["1A", "3C"]);
        let work = accept_all(&facts);
        assert_eq!((work.total_hundredths(), work.class()), (90, CnvClass::LikelyPathogenic));
        let said = suggest(&facts)[0].evidence.render(Lang::En);
        assert!(
            said.contains("40") && said.contains("GENE10") && !said.contains("GENE11") && said.contains("30 more"),
            "{said}"
        );
    }

    /// Riggs 2020: a CNV containing no genes (1B -0.60) that overlaps common
    /// population variation (4O -1.00) is benign.
    #[test]
    fn a_gene_free_cnv_common_in_the_population_is_benign() {
        let facts = CnvFacts {
            dosage: Dosage::Loss,
            annotated: true,
            population_af: Some(0.034),
            origin: CnvOrigin::InheritedFromUnaffected,
            ..CnvFacts::default()
        };
        assert_eq!(codes(&facts), ["1B", "3A", "4O", "5B", "5C"]);
        let common = &suggest(&facts)[2];
        assert!(common.evidence.render(Lang::En).contains("0.034"), "{}", common.evidence.render(Lang::En));
        let work = CnvWork::new(Dosage::Loss).with("1B", -0.6).with("3A", 0.0).with("4O", -1.0);
        assert_eq!((work.total_hundredths(), work.class()), (-160, CnvClass::Benign));
        // Rare: no 4O.
        let rare = CnvFacts { population_af: Some(0.0099), ..facts };
        assert!(!codes(&rare).contains(&"4O".to_owned()));
    }

    /// Riggs 2020, the core gain example: a duplication of 20 genes fully
    /// containing an established TS gene (TS score 3): 2A 1.00, pathogenic.
    #[test]
    fn a_gain_fully_containing_a_ts_gene_is_pathogenic() {
        let mut g = genes(19);
        g.push("PMP22".into());
        let facts = CnvFacts {
            dosage: Dosage::Gain,
            annotated: true,
            genes: g,
            ts_contained: vec!["PMP22".into()],
            hi_contained: vec!["PMP22".into()],
            origin: CnvOrigin::InheritedFromAffected,
            ..CnvFacts::default()
        };
        assert_eq!(codes(&facts), ["1A", "2A", "2H", "3A"]);
        let work = accept_all(&facts);
        assert_eq!((work.total_hundredths(), work.class()), (100, CnvClass::Pathogenic));
    }

    /// Riggs 2020: an intragenic deletion in an established HI gene, rated
    /// PVS1_Strong by the SVI decision tree (2E 0.45), confirmed de novo in
    /// the trio (5A 0.45, the 4A points): 0.90, likely pathogenic. 2E is the
    /// analyst's (the exons are not the file's to judge); 5A is suggested
    /// as assumed de novo (0.30), and the analyst, who knows parentage was
    /// confirmed, raises it.
    #[test]
    fn an_intragenic_pvs1_strong_deletion_confirmed_de_novo_is_likely_pathogenic() {
        let facts = CnvFacts {
            dosage: Dosage::Loss,
            annotated: true,
            genes: vec!["NSD1".into()],
            hi_partial: vec!["NSD1".into()],
            origin: CnvOrigin::DeNovo,
            ..CnvFacts::default()
        };
        let offered = suggest(&facts);
        assert_eq!(offered.iter().map(|s| s.code.as_str()).collect::<Vec<_>>(), ["1A", "3A", "5A"]);
        assert_eq!(offered[2].points, 0.3);
        let (strong, ..) = crate::cnv::Pvs1::Strong.points();
        let mut work = accept_all(&facts).with("2E", points(strong) as f32);
        work.applied.iter_mut().filter(|a| a.code == "5A").for_each(|a| a.points = 0.45);
        assert!(work.problems().is_empty(), "{:?}", work.problems());
        assert_eq!((work.total_hundredths(), work.class()), (90, CnvClass::LikelyPathogenic));
    }

    /// A file that annotates nothing says nothing of gene content: no 1A or
    /// 1B, no gene count; the dosage list and the trio still speak.
    #[test]
    fn without_annotation_gene_content_is_not_suggested() {
        let facts = CnvFacts { dosage: Dosage::Loss, origin: CnvOrigin::DeNovo, ..CnvFacts::default() };
        assert_eq!(codes(&facts), ["5A"]);
        let listed = CnvFacts { hi_contained: vec!["RAI1".into()], ..facts };
        assert_eq!(codes(&listed), ["1A", "2A", "3A", "5A"]);
    }

    #[test]
    fn gene_count_suggestions_follow_each_table_s_thresholds() {
        let at = |dosage, n| {
            let facts = CnvFacts {
                dosage,
                annotated: true,
                gene_count: Some(n),
                origin: CnvOrigin::InheritedFromAffected,
                ..CnvFacts::default()
            };
            suggest(&facts).into_iter().find(|s| s.code.starts_with('3')).map(|s| (s.code, s.points)).unwrap()
        };
        assert_eq!(at(Dosage::Loss, 25), ("3B".to_owned(), 0.45));
        assert_eq!(at(Dosage::Gain, 34), ("3A".to_owned(), 0.0));
        assert_eq!(at(Dosage::Gain, 50), ("3C".to_owned(), 0.9));
    }

    #[test]
    fn every_evidence_is_worded_in_both_languages() {
        let facts = CnvFacts {
            dosage: Dosage::Gain,
            annotated: true,
            genes: genes(12),
            hi_contained: vec!["GENE1".into()],
            ts_contained: vec!["GENE2".into()],
            population_af: Some(0.2),
            origin: CnvOrigin::InheritedFromUnaffected,
            ..CnvFacts::default()
        };
        for s in suggest(&facts) {
            assert!(s.evidence.is_wordable(), "{}: {:?}", s.code, s.evidence);
            assert!(!s.evidence.render(Lang::Nb).is_empty());
        }
        for origin in CnvOrigin::ALL {
            for s in suggest(&CnvFacts { origin, ..facts.clone() }) {
                assert!(s.evidence.is_wordable(), "{}", s.code);
            }
        }
    }
}
