//! The charts of the demo case (public/demo) and of real third-party files:
//! the data (counts, bins, positions) and the SVG's structure (a title and
//! description, axes, one mark per variant). Each SVG is also written to
//! target/charts/ to look at.

use std::path::{Path, PathBuf};
use tolk_charts::Chart;
use tolk_core::chart::{self, Charts, Lollipop};
use tolk_core::family::{Family, Pedigree};
use tolk_core::i18n::Lang;
use tolk_core::panel::Panel;
use tolk_core::vcf::detail::{decode_record, DecodeContext};
use tolk_core::{apply, Loaded, Query, TranscriptPolicy, View};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

struct Case {
    text: String,
    loaded: Loaded,
}

impl Case {
    fn open(path: &str) -> Case {
        let bytes = std::fs::read(repo(path)).unwrap();
        let loaded = Loaded::from_bytes(&bytes).unwrap();
        Case { text: String::from_utf8_lossy(&bytes).into_owned(), loaded }
    }

    fn demo_query(&self) -> Query {
        let panel = std::fs::read_to_string(repo("public/demo/tolk-demo-epilepsy-panel.json")).unwrap();
        let ped = Pedigree::parse(&std::fs::read_to_string(repo("public/demo/tolk-demo-trio.ped")).unwrap()).unwrap();
        Query {
            panels: Panel::parse("tolk-demo-epilepsy-panel.json", &panel).unwrap(),
            family: Some(Family::from_pedigree(&ped, &self.loaded.header.samples, None).unwrap()),
            ..Query::default()
        }
    }

    fn charts(&self, query: &Query) -> (View, Charts) {
        let view = apply(&self.loaded.store, query);
        let charts =
            chart::charts(&self.loaded.store, &view, query.policy, &self.loaded.header.samples, query.family.as_ref());
        (view, charts)
    }

    fn row(&self, key: &str) -> u32 {
        let store = &self.loaded.store;
        (0..store.len() as u32).find(|&r| store.key(r as usize) == key).unwrap_or_else(|| panic!("no row {key}"))
    }

    /// The lollipop of `key`'s gene, as the worker makes it.
    fn lollipop(&self, view: &View, key: &str) -> Lollipop {
        let store = &self.loaded.store;
        let selected = self.row(key);
        let ctx = DecodeContext::new(&self.loaded);
        let policy = TranscriptPolicy::All;
        let mut variants = Vec::new();
        let mut transcript = None;
        for r in chart::gene_rows(store, &view.rows, selected, policy) {
            let at = store.location(r as usize);
            let line = &self.text[at.text_offset as usize..][..at.text_len as usize];
            let record = decode_record(line, &ctx).unwrap();
            let alt = record.alts[usize::from(store.row(r as usize, policy).alt_number) - 1].clone();
            if r == selected {
                transcript = alt.worst_under(policy).and_then(|t| t.feature.clone());
            }
            variants.push((chart::MarkRef::new(store, r), r == selected, alt.transcripts));
        }
        let gene = store.row(selected as usize, policy).gene.unwrap();
        chart::lollipop(&gene, transcript.as_deref(), &variants)
    }
}

fn keep(name: &str, chart: &Chart) {
    let dir = repo("target/charts");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.svg")), &chart.svg).unwrap();
}

/// The text of every `<text>` element (plotters writes it on its own line).
fn texts(chart: &Chart) -> Vec<String> {
    chart
        .svg
        .split("<text")
        .skip(1)
        .filter_map(|t| t.split_once('>'))
        .map(|(_, rest)| rest.split("</text>").next().unwrap_or("").trim().to_owned())
        .collect()
}

/// Checks every chart has what a reader and a screen reader need.
fn structure(chart: &Chart, title: &str) {
    assert!(chart.svg.starts_with("<svg role=\"img\" "), "{}", &chart.svg[..80.min(chart.svg.len())]);
    assert!(chart.svg.contains(&format!("<title>{title}")), "title: {title}");
    assert!(chart.svg.contains("<desc>"));
    assert!(chart.svg.trim_end().ends_with("</svg>"));
}

#[test]
fn the_demo_view_charts_count_what_the_view_holds() {
    let case = Case::open("public/demo/tolk-demo-trio.vcf");
    let (view, charts) = case.charts(&case.demo_query());
    assert_eq!(view.rows.len(), 13, "the demo panel keeps 13 of 17 variants");

    let total: u32 = charts.consequences.iter().map(|b| b.count).sum();
    assert_eq!(total, 13);
    assert_eq!(
        charts.consequences[0].term.as_deref(),
        Some("splice_donor_variant"),
        "most severe first (Ensembl order)"
    );
    let chart = tolk_charts::consequences(&charts.consequences, Lang::En).unwrap();
    keep("consequences", &chart);
    structure(&chart, "Worst consequence");
    assert_eq!(
        chart.svg.matches("<rect").count() - 5,
        charts.consequences.len(),
        "one bar per term (+ background, 4 legend keys)"
    );
    for bar in &charts.consequences {
        assert!(texts(&chart).contains(&bar.name(Lang::En).replace('_', " ")), "label {:?}", bar.term);
    }

    let g = &charts.genome;
    assert_eq!(g.marks.len(), 13, "one mark per variant in view");
    assert!(g.panel && g.marks.iter().all(|m| m.in_panel));
    assert_eq!(g.chromosomes.iter().map(|c| c.name.as_str()).collect::<Vec<_>>()[..3], ["chr1", "chr2", "chr5"]);
    let chart = tolk_charts::genome(g, Lang::En).unwrap();
    keep("genome", &chart);
    structure(&chart, "Variants in view along the genome");
    assert_eq!(chart.svg.matches("<circle").count(), 13);
    assert_eq!(chart.marks.len(), 13);

    let q = &charts.quality;
    assert_eq!(q.iter().map(|s| s.sample.as_str()).collect::<Vec<_>>(), ["PROBAND", "MOTHER", "FATHER"]);
    let proband = &q[0];
    assert_eq!(proband.het + proband.hom, proband.depth.total() + proband.depth.missing);
    let chart = tolk_charts::quality(q, charts.sample_count, Lang::En).unwrap();
    keep("quality", &chart);
    structure(&chart, "Call quality per sample");
    assert!(chart.svg.contains("PROBAND depth"));

    let s = &charts.af_score;
    assert_eq!(s.score, chart::Score::Revel);
    let chart = tolk_charts::af_score(s, Lang::En).unwrap();
    keep("af-score", &chart);
    structure(&chart, "Population frequency");
    assert_eq!(chart.svg.matches("<circle").count(), s.points.len());
    assert!(texts(&chart).iter().any(|t| t == "not found"), "an AF not found has its own band");

    let chart = tolk_charts::funnel(&view.funnel, Lang::En).unwrap();
    keep("funnel", &chart);
    structure(&chart, "Variants left after each filter");
    let labels = texts(&chart);
    assert!(labels.iter().any(|t| t == "In the file") && labels.iter().any(|t| t == "17"), "{labels:?}");
}

#[test]
fn the_lollipop_places_the_gene_s_variants_on_its_protein() {
    let case = Case::open("public/demo/tolk-demo-trio.vcf");
    let (view, _) = case.charts(&case.demo_query());
    let l = case.lollipop(&view, "chr2:166003512:C:T");
    assert_eq!(l.gene, "SCN1A");
    assert_eq!(l.transcript.as_deref(), Some("ENST00000674923"));
    let selected = l.sticks.iter().find(|s| s.selected).unwrap();
    assert_eq!((selected.protein_position, selected.label.as_deref()), (1516, Some("p.Arg1516Gln")));
    assert_eq!(l.protein_length, Some(2009));
    let chart = tolk_charts::lollipop(&l, tolk_charts::Colouring::Impact, Lang::En).unwrap();
    keep("lollipop", &chart);
    structure(&chart, "Variants in view along the SCN1A protein");
    assert_eq!(chart.marks.len(), l.sticks.len(), "one mark per stick");
    let m = chart.marks.iter().find(|m| m.key == "chr2:166003512:C:T").unwrap();
    assert_eq!(
        chart.mark_at(f64::from(m.x) + 3.0, f64::from(m.y) - 2.0, 10.0).unwrap().key,
        m.key,
        "a click near selects it"
    );
    assert!(texts(&chart).iter().any(|t| t == "p.Arg1516Gln"));
}

#[test]
fn the_lollipop_can_show_the_classes_given() {
    let case = Case::open("public/demo/tolk-demo-trio.vcf");
    let (view, _) = case.charts(&Query::default());
    let l = case.lollipop(&view, "chr2:166003512:C:T");
    let classes = [("chr2:166003512:C:T".to_owned(), tolk_core::acmg::Class::Pathogenic)].into_iter().collect();
    let chart = tolk_charts::lollipop(&l, tolk_charts::Colouring::Class(&classes), Lang::En).unwrap();
    keep("lollipop-classes", &chart);
    let labels = texts(&chart);
    for key in ["Pathogenic", "Likely pathogenic", "Uncertain significance", "not classified"] {
        assert!(labels.iter().any(|t| t == key), "legend {key}: {labels:?}");
    }
    // The pathogenic head is vermillion; by impact it is orange (MODERATE).
    let fills = |svg: &str| -> Vec<String> {
        svg.split("<circle")
            .skip(1)
            .filter_map(|c| c.split("fill=\"").nth(1)?.split('"').next().map(str::to_owned))
            .collect()
    };
    assert!(fills(&chart.svg).contains(&"#D55E00".to_owned()), "{:?}", fills(&chart.svg));
    let by_impact = tolk_charts::lollipop(&l, tolk_charts::Colouring::Impact, Lang::En).unwrap();
    assert!(
        fills(&by_impact.svg).contains(&"#E69F00".to_owned()) && !fills(&by_impact.svg).contains(&"#D55E00".to_owned())
    );
}

#[test]
fn a_cohort_file_draws_the_first_samples_and_says_so() {
    let case = Case::open("tests/data/snpeff/cyvcf2-ann-csq-189samples.vcf.gz");
    let (view, charts) = case.charts(&Query::default());
    assert_eq!(charts.genome.marks.len(), view.rows.len());
    assert_eq!((charts.quality.len(), charts.sample_count), (3, 189), "only the samples drawn are summarised");
    let chart = tolk_charts::quality(&charts.quality, charts.sample_count, Lang::En).unwrap();
    assert!(chart.description.contains("3 of the file's 189 samples are drawn."), "{}", chart.description);
}

#[test]
fn a_family_s_quality_chart_shows_proband_mother_and_father() {
    let case = Case::open("tests/data/families/gemini-test.comp_het.vcf");
    let ped = Pedigree::parse(&std::fs::read_to_string(repo("tests/data/families/gemini-test.comp_het.ped")).unwrap())
        .unwrap();
    let family = Family::from_pedigree(&ped, &case.loaded.header.samples, None).unwrap();
    let names = &case.loaded.header.samples;
    let expected: Vec<&str> = std::iter::once(family.proband)
        .chain(family.mother.map(|m| m.sample))
        .chain(family.father.map(|m| m.sample))
        .map(|i| names[i].as_str())
        .collect();
    assert!(family.mother.is_some() && family.father.is_some());
    let (_, charts) = case.charts(&Query { family: Some(family), ..Query::default() });
    assert_eq!(charts.quality.iter().map(|q| q.sample.as_str()).collect::<Vec<_>>(), expected);
}

/// More variants than [`chart::MAX_MARKS`]: density bins and a grid, not
/// one SVG element per variant.
#[test]
fn a_large_view_is_drawn_as_density_not_one_mark_each() {
    let n = chart::MAX_MARKS + 500;
    let mut text = String::from(
        "##fileformat=VCFv4.2\n##INFO=<ID=REVEL,Number=1,Type=Float,Description=\"REVEL\">\n\
         ##INFO=<ID=gnomAD_AF,Number=A,Type=Float,Description=\"AF\">\n\
         #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n",
    );
    for i in 0..n {
        let chrom = if i % 2 == 0 { "chr1" } else { "chr2" };
        let (revel, af) = ((i % 100) as f32 / 100.0, 10f32.powi(-((i % 6) as i32) - 1));
        text.push_str(&format!("{chrom}\t{}\t.\tA\tG\t50\tPASS\tREVEL={revel};gnomAD_AF={af}\n", 1000 + i * 37));
    }
    let loaded = Loaded::from_bytes(text.as_bytes()).unwrap();
    let view = apply(&loaded.store, &Query::default());
    let charts = chart::charts(&loaded.store, &view, TranscriptPolicy::All, &[], None);

    let g = &charts.genome;
    assert!(g.marks.is_empty(), "bins, not marks");
    assert_eq!(g.chromosomes.iter().flat_map(|c| &c.counts).sum::<u32>(), n as u32);
    let svg = tolk_charts::genome(g, Lang::En).unwrap();
    assert_eq!(svg.svg.matches("<circle").count(), 0);
    assert!(svg.marks.is_empty());
    assert!(svg.svg.len() < 200_000, "{} bytes", svg.svg.len());

    let s = &charts.af_score;
    assert!(s.points.is_empty());
    assert_eq!(s.grid.iter().flatten().sum::<u32>(), n as u32);
    let svg = tolk_charts::af_score(s, Lang::En).unwrap();
    assert_eq!(svg.svg.matches("<circle").count(), 0);
    assert!(svg.description.contains(&format!("for {} variants", Lang::En.number(n as u64))), "{}", svg.description);
}

/// A view can be empty (a panel of genes the file lacks); every chart
/// still draws, and says so.
#[test]
fn an_empty_view_draws_every_chart() {
    let case = Case::open("public/demo/tolk-demo-trio.vcf");
    let query = Query { panels: Panel::parse("none.txt", "GENE-NOT-THERE\n").unwrap(), ..Query::default() };
    let (view, charts) = case.charts(&query);
    assert!(view.rows.is_empty());
    let lollipop = tolk_charts::lollipop(
        &Lollipop { gene: "X".into(), ..Lollipop::default() },
        tolk_charts::Colouring::Impact,
        Lang::En,
    );
    for (id, _, chart) in tolk_charts::view_charts(&charts, &view.funnel, Lang::En).into_iter().chain([(
        "lollipop",
        String::new(),
        lollipop,
    )]) {
        let chart = chart.unwrap_or_else(|e| panic!("{id}: {e}"));
        assert!(chart.marks.is_empty(), "{id}");
    }
}

#[test]
fn in_norwegian_every_chart_s_words_are_norwegian() {
    let case = Case::open("public/demo/tolk-demo-trio.vcf");
    let (view, charts) = case.charts(&case.demo_query());
    let l = case.lollipop(&view, "chr2:166003512:C:T");
    let classes = [("chr2:166003512:C:T".to_owned(), tolk_core::acmg::Class::Pathogenic)].into();
    let lollipop = tolk_charts::lollipop(&l, tolk_charts::Colouring::Class(&classes), Lang::Nb);
    let english = [
        "variants",
        "Worst consequence",
        "along the genome",
        "population AF",
        "Call quality",
        "median depth",
        "In the file",
        "In panel",
        "FILTER is PASS",
        "not classified",
        "amino acid",
        "Pathogenic",
        "in view",
    ];
    let norwegian = ["Konsekvenser", "Filtertrakt", "Langs genomet", "Frekvens mot skår", "Kallkvalitet"];
    let drawn = tolk_charts::view_charts(&charts, &view.funnel, Lang::Nb);
    for ((id, caption, chart), expected) in drawn.into_iter().zip(norwegian) {
        assert_eq!(caption, expected);
        let chart = chart.unwrap();
        let words = format!("{} {}", texts(&chart).join(" "), chart.description);
        for piece in english {
            assert!(!words.contains(piece), "{id} says {piece:?} in Norwegian: {words}");
        }
    }
    let lollipop = lollipop.unwrap();
    let words = format!("{} {}", texts(&lollipop).join(" "), lollipop.description);
    assert!(words.contains("Patogen") && words.contains("ikke klassifisert"), "{words}");
    for piece in english {
        assert!(!words.contains(piece), "the lollipop says {piece:?} in Norwegian: {words}");
    }
}
