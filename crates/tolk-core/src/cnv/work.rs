//! The analyst's scoring of one CNV, kept in the session with the variant's
//! work: which table, which items at what points, and why. The total and
//! the class are worked out from it each time (never stored), so that a
//! session read by a later Tolk is scored by that Tolk's tables.

use super::class::CnvClass;
use super::scheme::{hundredths, points, Dosage, CAPS, EXCLUSIVE};
use crate::phrase::Phrase;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One item as the analyst applied it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CnvApplied {
    /// As the paper writes it (`2C-1`).
    pub code: String,
    pub points: f32,
    #[serde(default)]
    pub comment: String,
}

/// See the module docs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct CnvWork {
    pub dosage: Dosage,
    /// In the order applied; an item scored per case may appear more than
    /// once.
    pub applied: Vec<CnvApplied>,
}

impl CnvWork {
    pub fn new(dosage: Dosage) -> CnvWork {
        CnvWork { dosage, applied: Vec::new() }
    }

    /// Applies `code` at `points` (a builder for tests and suggestions).
    pub fn with(mut self, code: &str, points: f32) -> CnvWork {
        self.applied.push(CnvApplied { code: code.to_owned(), points, comment: String::new() });
        self
    }

    /// The points of each item of the table applied, summed where it is
    /// repeated and held to the item's bounds (hundredths). Items not in
    /// the table count nothing ([`CnvWork::problems`] names them).
    fn per_item(&self) -> BTreeMap<&'static str, i32> {
        let mut sums: BTreeMap<&'static str, i32> = BTreeMap::new();
        for a in &self.applied {
            if let Some(item) = self.dosage.item(&a.code) {
                let p = hundredths(a.points).clamp(item.min, item.max);
                *sums.entry(item.code).or_default() += p;
            }
        }
        for (code, sum) in sums.iter_mut() {
            let item = self.dosage.item(code).expect("a code of the table");
            *sum = (*sum).clamp(item.total_min, item.total_max);
        }
        sums
    }

    /// The total in hundredths: each application held to its item's range,
    /// repeated items to their maximum, and the groups the paper caps
    /// together (4A-4C at 0.90, 4F-4H at 0.45) to their cap.
    pub fn total_hundredths(&self) -> i32 {
        let mut sums = self.per_item();
        let mut total = 0;
        for cap in CAPS {
            let group: i32 = cap.codes.iter().filter_map(|c| sums.remove(c)).sum();
            total += group.clamp(cap.min, cap.max);
        }
        total + sums.values().sum::<i32>()
    }

    /// The total in points, to two decimals.
    pub fn total(&self) -> f64 {
        points(self.total_hundredths())
    }

    pub fn class(&self) -> CnvClass {
        CnvClass::from_hundredths(self.total_hundredths())
    }

    /// What is wrong with the scoring as applied: items the table lacks,
    /// points outside an item's range, an item applied twice that the
    /// paper scores once, items the paper makes exclusive applied
    /// together, and sums a cap cut short.
    pub fn problems(&self) -> Vec<Phrase> {
        let mut problems = Vec::new();
        let mut seen: BTreeMap<&'static str, usize> = BTreeMap::new();
        for a in &self.applied {
            let Some(item) = self.dosage.item(&a.code) else {
                problems.push(
                    Phrase::new(msg!("cnv-problem-unknown"))
                        .arg("code", a.code.as_str())
                        .arg("dosage", self.dosage.phrase()),
                );
                continue;
            };
            let p = hundredths(a.points);
            if !item.in_range(p) {
                problems.push(
                    Phrase::new(msg!("cnv-problem-range"))
                        .arg("code", item.code)
                        .arg("points", points(p))
                        .arg("min", points(item.min))
                        .arg("max", points(item.max)),
                );
            }
            let count = seen.entry(item.code).or_default();
            *count += 1;
            if *count == 2 && !item.repeats {
                problems.push(Phrase::new(msg!("cnv-problem-repeat")).arg("code", item.code));
            }
        }
        for group in EXCLUSIVE {
            let applied: Vec<&str> = group.iter().copied().filter(|c| seen.contains_key(c)).collect();
            if applied.len() > 1 {
                let codes = Phrase::separated(applied.into_iter().map(Phrase::from), ", ");
                problems.push(Phrase::new(msg!("cnv-problem-exclusive")).arg("codes", codes));
            }
        }
        let sums = self.per_item();
        for cap in CAPS {
            let group: i32 = cap.codes.iter().filter_map(|c| sums.get(c)).sum();
            if group > cap.max {
                let codes = Phrase::separated(cap.codes.iter().map(|&c| Phrase::from(c)), ", ");
                problems.push(
                    Phrase::new(msg!("cnv-note-capped"))
                        .arg("codes", codes)
                        .arg("points", points(group))
                        .arg("max", points(cap.max)),
                );
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn shown(work: &CnvWork) -> Vec<String> {
        work.problems().iter().map(|p| p.render(Lang::En)).collect()
    }

    #[test]
    fn points_are_summed_in_hundredths_so_the_edges_are_exact() {
        // 0.3 + 0.3 + 0.3 + 0.09 in floats is 0.98999...; in hundredths 99.
        let work = CnvWork::new(Dosage::Loss).with("1A", 0.0).with("5A", 0.3).with("4L", 0.3).with("4M", 0.3);
        assert_eq!(work.total_hundredths(), 90);
        let work = work.with("2H", 0.15);
        assert_eq!(work.total_hundredths(), 105);
        assert_eq!(work.class(), CnvClass::Pathogenic);
        let lp = CnvWork::new(Dosage::Loss).with("3C", 0.9).with("5G", 0.08);
        assert_eq!((lp.total(), lp.class()), (0.98, CnvClass::LikelyPathogenic));
    }

    #[test]
    fn reported_probands_are_capped_at_0_90_and_segregation_at_0_45() {
        let mut work = CnvWork::new(Dosage::Loss).with("1A", 0.0);
        for _ in 0..4 {
            work = work.with("4A", 0.45);
        }
        work = work.with("4B", 0.30);
        assert_eq!(work.total_hundredths(), 90);
        assert!(shown(&work).iter().any(|p| p.contains("4A, 4B, 4C")), "{:?}", shown(&work));
        // 4D has its own maximum (-0.30 in all) and counts after the cap:
        // the paper's "0.90 (total)" spans 4A-4C.
        let work = work.with("4D", -0.30);
        assert_eq!(work.total_hundredths(), 60);
        assert_eq!(work.clone().with("4D", -0.30).total_hundredths(), 60);
        let seg = CnvWork::new(Dosage::Gain).with("4F", 0.15).with("4H", 0.45);
        assert_eq!(seg.total_hundredths(), 45);
        assert!(shown(&seg).iter().any(|p| p.contains("4F, 4H")));
        // 4E per case, at most 0.30 in all.
        let e = (0..5).fold(CnvWork::new(Dosage::Loss), |w, _| w.with("4E", 0.10));
        assert_eq!(e.total_hundredths(), 30);
    }

    /// Published scorings under Riggs et al. 2020: Table 3 of
    /// "Characterization of clinically relevant copy-number variants from
    /// exomes of patients with inherited heart disease and unexplained
    /// sudden cardiac death", Genet Med 2021 (doi:10.1038/s41436-020-00970-5),
    /// each CNV with its items, points, total and class (1A, at 0 points,
    /// is left out there as here).
    #[test]
    fn published_scorings_of_cardiac_cnvs_reach_their_published_totals_and_classes() {
        use CnvClass::*;
        use Dosage::*;
        /// Gene, table, items at their points, total in hundredths, class.
        type Case<'a> = (&'a str, Dosage, &'a [(&'a str, f32)], i32, CnvClass);
        let cases: [Case; 8] = [
            // HCM; MYBPC3 deletion with other exons than the last (2D-4),
            // nonspecific phenotype consistent with similar cases (5G).
            ("MYBPC3", Loss, &[("2D-4", 0.9), ("5G", 0.1)], 100, Pathogenic),
            // Sudden death; KCNH2, HI score 3, wholly deleted (2A).
            ("KCNH2", Loss, &[("2A", 1.0), ("5G", 0.1)], 110, Pathogenic),
            // DCM; intragenic TTN deletion: an assumed de novo proband (4C
            // 0.10), case-control burden (4M, 0.45 in the paper: two
            // studies here, as 4M gives at most 0.30 a study), 7 or more
            // segregations (4H) and de novo in the patient (5A, as 4C).
            ("TTN", Loss, &[("4C", 0.1), ("4M", 0.3), ("4M", 0.15), ("4H", 0.45), ("5A", 0.15)], 115, Pathogenic),
            // LVNC; intragenic ACTN2 deletion.
            ("ACTN2", Loss, &[("4M", 0.3), ("5G", 0.1)], 40, Uncertain),
            // HCM; tandem partial MYH7 duplication.
            ("MYH7", Gain, &[("4H", 0.45), ("5G", 0.1)], 55, Uncertain),
            // LVNC; RBM20 duplication.
            ("RBM20", Gain, &[("4M", 0.3), ("5G", 0.1)], 40, Uncertain),
            // LQTS; PLN duplication, no criteria met.
            ("PLN", Gain, &[], 0, Uncertain),
            // DCM; intragenic CTNNA3 deletion, common population variation.
            ("CTNNA3", Loss, &[("4O", -1.0)], -100, Benign),
        ];
        for (gene, dosage, items, total, class) in cases {
            let work = items.iter().fold(CnvWork::new(dosage), |w, (code, p)| w.with(code, *p));
            assert_eq!((work.total_hundredths(), work.class()), (total, class), "{gene}");
            assert!(work.problems().is_empty(), "{gene}: {:?}", shown(&work));
        }
        // The TTN 4M as one study of 0.45 is outside 4M's range and counts
        // 0.30: 1.00, still pathogenic.
        let one_study = CnvWork::new(Loss).with("4C", 0.1).with("4M", 0.45).with("4H", 0.45).with("5A", 0.15);
        assert_eq!((one_study.total_hundredths(), one_study.class()), (100, Pathogenic));
        assert!(shown(&one_study)[0].contains("4M"), "{:?}", shown(&one_study));
    }

    #[test]
    fn points_outside_an_item_s_range_are_problems_and_count_at_the_bound() {
        let work = CnvWork::new(Dosage::Loss).with("2C-1", 0.30).with("4O", -1.5);
        assert_eq!(work.total_hundredths(), 45 - 100);
        let problems = shown(&work);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("2C-1") && problems[0].contains("0.3") && problems[0].contains("0.45"));
        assert!(CnvWork::new(Dosage::Loss).with("2C-1", 1.0).problems().is_empty());
        assert!(CnvWork::new(Dosage::Loss).with("4O", -0.5).problems().is_empty());
    }

    #[test]
    fn repeats_only_where_the_paper_scores_per_case_and_exclusive_items() {
        let ok = CnvWork::new(Dosage::Loss).with("4A", 0.45).with("4A", 0.30).with("4I", -0.45).with("4I", -0.45);
        assert!(ok.problems().is_empty(), "{:?}", shown(&ok));
        let twice = CnvWork::new(Dosage::Loss).with("2A", 1.0).with("2A", 1.0);
        assert_eq!(twice.total_hundredths(), 100);
        assert_eq!(shown(&twice), ["2A is scored once; it is applied more than once."]);
        let both = CnvWork::new(Dosage::Gain).with("1A", 0.0).with("1B", -0.6).with("3A", 0.0).with("3C", 0.9);
        let problems = shown(&both);
        assert_eq!(problems.len(), 2);
        assert!(problems[0].contains("1A, 1B") && problems[1].contains("3A, 3C"), "{problems:?}");
    }

    #[test]
    fn section_5_alternatives_by_the_patient_s_phenotype_are_exclusive() {
        let both = CnvWork::new(Dosage::Loss).with("5B", -0.3).with("5C", -0.15);
        assert!(shown(&both).iter().any(|p| p.contains("5B, 5C")), "{:?}", shown(&both));
        let unknown = CnvWork::new(Dosage::Gain).with("5F", 0.0).with("5H", 0.3);
        assert!(shown(&unknown).iter().any(|p| p.contains("5F, 5H")), "{:?}", shown(&unknown));
        assert!(CnvWork::new(Dosage::Gain).with("5A", 0.45).with("5E", -0.45).problems().is_empty());
    }

    #[test]
    fn codes_of_the_other_table_are_named_and_count_nothing() {
        let work = CnvWork::new(Dosage::Gain).with("2C-1", 0.9).with("2a", 1.0);
        assert_eq!(work.total_hundredths(), 100);
        let problems = shown(&work);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("2C-1") && problems[0].contains("gain"), "{problems:?}");
        assert!(work.problems()[0].is_wordable());
    }

    #[test]
    fn serde_reads_an_empty_or_partial_object() {
        let work: CnvWork = serde_json::from_str("{}").unwrap();
        assert_eq!(work, CnvWork::new(Dosage::Loss));
        let work: CnvWork =
            serde_json::from_str(r#"{"dosage": "gain", "applied": [{"code": "2A", "points": 1.0}]}"#).unwrap();
        assert_eq!((work.dosage, work.applied[0].comment.as_str()), (Dosage::Gain, ""));
        let json = serde_json::to_string(&work).unwrap();
        assert!(json.contains("\"gain\""), "{json}");
        assert_eq!(serde_json::from_str::<CnvWork>(&json).unwrap(), work);
    }
}
