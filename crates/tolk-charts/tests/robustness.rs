//! No chart data, however odd, makes drawing panic: on wasm a panic would
//! stop the whole page. Counts from none to millions, zero-length
//! chromosomes, frequencies of exactly 0 and 1, scores beyond their scale,
//! positions past the protein's end.

use proptest::prelude::*;
use tolk_core::annotation::Impact;
use tolk_core::chart::{
    AfScore, ChromosomeBins, ConsequenceBar, Genome, GenomeMark, GenomeSpan, Histogram, Lollipop, MarkRef,
    SampleQuality, ScatterPoint, Score, Stick,
};
use tolk_core::i18n::Lang;
use tolk_core::sv::SvKind;
use tolk_core::view::FunnelStep;

fn mark() -> MarkRef {
    MarkRef { row: 0, alt: 1, key: "1:1:A:G".into() }
}

fn impact() -> impl Strategy<Value = Option<Impact>> {
    prop_oneof![Just(None), Just(Some(Impact::High)), Just(Some(Impact::Modifier))]
}

fn histogram() -> impl Strategy<Value = Histogram> {
    (prop::collection::vec(0u32..1_000_000, 1..25), 0u32..100).prop_map(|(counts, missing)| Histogram {
        start: 0.0,
        width: 5.0,
        counts,
        missing,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn bars_and_funnels(counts in prop::collection::vec((0u32..2_000_000, impact()), 0..40)) {
        let bars: Vec<ConsequenceBar> =
            counts.iter().map(|&(count, impact)| ConsequenceBar { term: Some("x".repeat(count as usize % 60)), impact, count }).collect();
        tolk_charts::consequences(&bars, Lang::En).unwrap();
        let steps: Vec<FunnelStep> = counts
            .iter()
            .map(|&(remaining, _)| FunnelStep { id: "s".into(), label: "step".into(), remaining, kept_missing: 0 })
            .collect();
        tolk_charts::funnel(&steps, Lang::En).unwrap();
    }

    #[test]
    fn genomes(lengths in prop::collection::vec(0u32..300_000_000, 0..30), bins in 1u32..3_000_000, marks in 0usize..50) {
        let chromosomes: Vec<ChromosomeBins> = lengths
            .iter()
            .map(|&length| ChromosomeBins { name: "chr1".into(), length, counts: vec![1; 5], in_panel: vec![0, 1, 0, 1, 0] })
            .collect();
        let marks: Vec<GenomeMark> = (0..marks.min(chromosomes.len() * 3))
            .map(|i| GenomeMark { chromosome: (i % chromosomes.len()) as u16, pos: i as u32 * 1000, in_panel: i % 2 == 0, variant: mark() })
            .collect();
        // Structural variants' spans, some past the drawn length or the wrong way round.
        let spans = (0..marks.len().min(chromosomes.len() * 2))
            .map(|i| GenomeSpan {
                chromosome: (i % chromosomes.len()) as u16,
                start: (i as u32).wrapping_mul(7_919_999) % 300_000_000,
                end: (i as u32).wrapping_mul(104_729_003) % 300_000_000,
                kind: SvKind::ALL[i % SvKind::ALL.len()],
                in_panel: i % 3 == 0,
                variant: mark(),
            })
            .collect();
        tolk_charts::genome(&Genome { chromosomes, bin_bases: bins, marks, panel: true, spans }, Lang::En).unwrap();
    }

    #[test]
    fn scatters(
        points in prop::collection::vec((prop::option::of(0f32..=1.0), -10f32..120.0), 0..60),
        grid in prop::collection::vec(prop::collection::vec(0u32..1000, 0..30), 0..25),
        max in 0f32..200.0,
    ) {
        let points = points.into_iter().map(|(af, score)| ScatterPoint { af, score, variant: mark() }).collect();
        tolk_charts::af_score(&AfScore { score: Score::Cadd, score_max: max, points, grid: vec![], unscored: 3 }, Lang::En).unwrap();
        tolk_charts::af_score(&AfScore { score: Score::Revel, score_max: max, points: vec![], grid, unscored: 0 }, Lang::En).unwrap();
    }

    #[test]
    fn quality(samples in prop::collection::vec((histogram(), histogram(), 0u32..10, 0u32..10), 0..6)) {
        let samples: Vec<SampleQuality> = samples
            .into_iter()
            .map(|(depth, genotype_quality, het, hom)| SampleQuality {
                sample: "S".into(),
                allele_balance: depth.clone(),
                depth,
                genotype_quality,
                transitions: het,
                transversions: hom,
                het,
                hom,
            })
            .collect();
        tolk_charts::quality(&samples, 200, Lang::En).unwrap();
    }

    #[test]
    fn lollipops(sticks in prop::collection::vec((0u32..40_000, impact(), any::<bool>()), 0..40), length in prop::option::of(0u32..40_000)) {
        let sticks = sticks
            .into_iter()
            .map(|(protein_position, impact, selected)| Stick {
                protein_position,
                consequence: "missense_variant".into(),
                impact,
                label: Some("p.Arg1Gln".into()),
                selected,
                variant: mark(),
            })
            .collect();
        let l = Lollipop { gene: "G".into(), transcript: None, protein_length: length, sticks, unplaced: 0 };
        tolk_charts::lollipop(&l, tolk_charts::Colouring::Impact, Lang::En).unwrap();
        let classes = [("1:1:A:G".to_owned(), tolk_core::acmg::Class::Benign)].into_iter().collect();
        tolk_charts::lollipop(&l, tolk_charts::Colouring::Class(&classes), Lang::En).unwrap();
    }
}
