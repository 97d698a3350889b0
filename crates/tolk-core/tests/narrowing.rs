//! Panels, filters and inheritance against real files: the gemini and
//! genmod family sets (tests/data/families, see SOURCES.md), the team's
//! PanelApp-shaped panels (tests/data/panels), and small VCFs written here
//! for the boundaries no third-party file happens to hit.

use std::path::{Path, PathBuf};
use tolk_core::family::{Affection, Family, Member, Pedigree, Sex};
use tolk_core::filter::{Filters, Preset};
use tolk_core::i18n::Lang;
use tolk_core::inheritance::{CallQc, Fit, Judge, Mode};
use tolk_core::panel::matching::MatchedBy;
use tolk_core::panel::{Confidence, Panel, PanelSource};
use tolk_core::{apply, Loaded, Loader, Query, TranscriptPolicy, View};

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data").join(path)
}

fn text(path: &str) -> String {
    std::fs::read_to_string(data(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn load_bytes(bytes: &[u8]) -> Loaded {
    let mut loader = Loader::new();
    loader.push(bytes).unwrap();
    loader.finish().unwrap()
}

fn load(path: &str) -> Loaded {
    load_bytes(text(path).as_bytes())
}

fn panels(path: &str) -> Vec<Panel> {
    Panel::parse(path, &text(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `chrom:pos` of each row of the view.
fn sites(loaded: &Loaded, view: &View) -> Vec<String> {
    view.rows
        .iter()
        .map(|&r| {
            let row = loaded.store.row(r as usize, TranscriptPolicy::All);
            format!("{}:{}", row.chrom, row.pos)
        })
        .collect()
}

/// The sites a mode keeps, `?` marking those it only finds possible, with
/// calls held to `qc`.
fn family_view(vcf: &str, ped: &str, proband: &str, mode: Mode, qc: CallQc) -> Vec<String> {
    let loaded = load(vcf);
    let pedigree = Pedigree::parse(&text(ped)).unwrap();
    let family = Family::from_pedigree(&pedigree, &loaded.header.samples, Some(proband)).unwrap();
    let view = apply(&loaded.store, &Query { family: Some(family.clone()), mode, qc, ..Query::default() });
    let judge = Judge::new(&loaded.store, &family).with_qc(qc);
    let fit = |row: u32| if mode == Mode::CompHet { view.pair_fit(row) } else { judge.fit(row as usize, mode) };
    sites(&loaded, &view)
        .into_iter()
        .zip(&view.rows)
        .map(|(site, &row)| if fit(row) == Fit::Possible { format!("{site}?") } else { site })
        .collect()
}

#[test]
fn every_panel_format_reads_with_name_version_and_levels() {
    let single = panels("panels/tolk-panelapp-single.json");
    assert_eq!(
        (single.len(), single[0].name.as_str(), single[0].version.as_deref()),
        (1, "Tolk test panel A", Some("2.3"))
    );
    assert_eq!(single[0].source, PanelSource::PanelAppJson);
    assert_eq!(single[0].genes.len(), 5);
    assert_eq!(single[0].genes_at(Confidence::Green).count(), 3);
    assert_eq!(single[0].genes_at(Confidence::Amber).count(), 4);
    assert!(single[0].genes[0].inheritance.as_deref().is_some_and(|m| m.starts_with("MONOALLELIC")));
    for form in ["panels/tolk-panelapp-list.json", "panels/tolk-panelapp-paginated.json"] {
        let both = panels(form);
        let names: Vec<&str> = both.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Tolk test panel A", "Tolk test panel B"], "{form}");
        // Panel B's STR entity is not a gene.
        assert_eq!(both[1].genes.len(), 3, "{form}");
    }
    let tsv = &panels("panels/tolk-panelapp.tsv")[0];
    assert_eq!((tsv.source, tsv.version.as_deref(), tsv.genes.len()), (PanelSource::PanelAppTsv, Some("1.1"), 4));
    assert_eq!(tsv.genes_at(Confidence::Green).map(|g| g.symbol.as_str()).collect::<Vec<_>>(), ["ACOT11", "PLCD1"]);
    let list = &panels("panels/tolk-genes.txt")[0];
    assert_eq!((list.name.as_str(), list.source, list.genes.len()), ("tolk-genes", PanelSource::List, 4));
    let bed = &panels("panels/chanjo-hgnc.min.bed")[0];
    let symbols: Vec<&str> = bed.genes.iter().map(|g| g.symbol.as_str()).collect();
    assert_eq!(symbols, ["AGRN", "RNF223", "IRF7", "UBN1", "MUSK", "MAOB", "NLGN4Y"]);
    assert!(bed.regions.is_empty());
}

#[test]
fn a_bed_without_names_is_a_set_of_regions_in_vcf_coordinates() {
    let bed = &Panel::parse("r.bed", "track name=x\nchr10\t1142207\t1142208\nchr10\t48003990\t48004000\n").unwrap()[0];
    assert_eq!(
        bed.regions.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["chr10:1142208-1142208", "chr10:48003991-48004000"]
    );
    let loaded = load("families/gemini-test.de_novo.vcf");
    let view = apply(&loaded.store, &Query { panels: vec![bed.clone()], ..Query::default() });
    assert_eq!(sites(&loaded, &view), ["chr10:1142208", "chr10:48003992"]);
}

#[test]
fn broken_panels_name_the_line() {
    let e = Panel::parse("p.bed", "chr1\t10\t20\tGENE\nchr1\tten\t20\tGENE\n").unwrap_err();
    assert_eq!(e.to_string(), "line 2: the start \"ten\" is not a whole number");
    let e = Panel::parse("p.json", "{\"name\": \"x\",\n \"genes\": [}").unwrap_err();
    assert!(e.to_string().starts_with("line 2: this is not valid JSON"), "{e}");
    let e = Panel::parse("p.json", "{\"name\": \"x\"}").unwrap_err();
    assert!(e.to_string().contains("no \"genes\" list"), "{e}");
    let e = Panel::parse("p.txt", "BRCA1\n<script>alert(1)</script>\n").unwrap_err();
    assert_eq!(e.line, Some(2));
}

#[test]
fn panel_genes_match_by_symbol_alias_and_hgnc_id_and_report_what_is_missing() {
    let loaded = load("families/gemini-test.de_novo.vcf");
    let query = Query { panels: panels("panels/tolk-panelapp-single.json"), ..Query::default() };
    let view = apply(&loaded.store, &query);
    let report = view.panel.as_ref().unwrap();
    let found: Vec<(&str, Option<&str>, Option<MatchedBy>, u32)> =
        report.genes.iter().map(|g| (g.symbol.as_str(), g.file_symbol.as_deref(), g.matched_by, g.variants)).collect();
    assert_eq!(
        found,
        [
            ("WDR37", Some("WDR37"), Some(MatchedBy::Symbol), 1),
            ("ASAH2C", Some("ASAH2C"), Some(MatchedBy::Symbol), 2),
            ("SYCE1NEW", Some("SYCE1"), Some(MatchedBy::Alias), 1),
            ("CYPX", None, None, 0),
            ("NOTINFILE1", None, None, 0),
        ]
    );
    assert_eq!(report.matched(), 3);
    assert_eq!(sites(&loaded, &view), ["chr10:1142208", "chr10:48003992", "chr10:48004992", "chr10:135369532"]);

    // Green only drops ASAH2C (amber) and CYPX (red).
    let green = apply(&loaded.store, &Query { min_confidence: Some(Confidence::Green), ..query });
    assert_eq!(green.panel.unwrap().genes.len(), 3);
    assert_eq!(green.rows.len(), 2);

    // The demo file carries HGNC ids: an outdated symbol still finds SCN1A.
    let demo = load_bytes(&std::fs::read(data("../../public/demo/tolk-demo-trio.vcf")).unwrap());
    let old = Panel::parse("old.json", r#"{"name": "Old", "version": "1", "genes": [{"entity_name": "OLDSCN", "confidence_level": 3, "gene_data": {"hgnc_symbol": "OLDSCN", "hgnc_id": "HGNC:10585"}}]}"#).unwrap();
    let view = apply(&demo.store, &Query { panels: old, ..Query::default() });
    let gene = &view.panel.as_ref().unwrap().genes[0];
    assert_eq!(
        (gene.file_symbol.as_deref(), gene.matched_by, view.rows.len()),
        (Some("SCN1A"), Some(MatchedBy::HgncId), 2)
    );
}

#[test]
fn several_panels_are_a_union_with_each_gene_once() {
    let loaded = load("families/genmod-small_vep.vcf");
    let mut all = panels("panels/tolk-panelapp-list.json");
    all.extend(panels("panels/tolk-panelapp.tsv"));
    let view = apply(&loaded.store, &Query { panels: all, ..Query::default() });
    let report = view.panel.unwrap();
    assert_eq!(
        report.panels,
        ["Tolk test panel A (version 2.3)", "Tolk test panel B (version 0.7)", "tolk-panelapp (version 1.1)"]
    );
    let acot11 = report.genes.iter().find(|g| g.symbol == "ACOT11").unwrap();
    assert_eq!(acot11.panels, ["Tolk test panel B", "tolk-panelapp"]);
    // 5 + 2 new from B (WDR37 repeats) + 2 new from the TSV (ACOT11, FLG repeat).
    assert_eq!(report.genes.len(), 9);
    assert_eq!(view.rows.len(), 4);
}

/// A VCF written for the boundaries: AF at the threshold, missing AF,
/// DP/GQ at their thresholds, FILTER values, a no-call.
const BOUNDARIES: &str = "##fileformat=VCFv4.3
##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Format: Allele|Consequence|IMPACT|SYMBOL|gnomADe_AF\">
##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">
##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">
##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Quality\">
##FILTER=<ID=LowQual,Description=\"Low quality\">
#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1
1\t100\t.\tA\tG\t50\tPASS\tCSQ=G|missense_variant|MODERATE|GENE1|0.01\tGT:DP:GQ\t0/1:10:20
1\t200\t.\tA\tG\t50\tPASS\tCSQ=G|missense_variant|MODERATE|GENE1|0.0099\tGT:DP:GQ\t0/1:9:20
1\t300\t.\tA\tG\t50\t.\tCSQ=G|stop_gained|HIGH|GENE1|\tGT:DP:GQ\t0/1:30:19
1\t400\t.\tA\tG\t50\tLowQual\tCSQ=G|splice_region_variant&intron_variant|LOW|GENE1|\tGT:DP:GQ\t0/1:30:99
1\t500\t.\tA\tG\t50\tPASS\tCSQ=G|synonymous_variant|LOW|GENE1|\tGT:DP:GQ\t0/1:30:99
1\t600\t.\tA\tG\t50\tPASS\tCSQ=G|splice_region_variant&synonymous_variant|LOW|GENE1|\tGT\t./.
";

#[test]
fn filter_boundaries_and_missing_values() {
    let loaded = load_bytes(BOUNDARIES.as_bytes());
    let run = |filters: Filters| {
        let view = apply(&loaded.store, &Query { filters, ..Query::default() });
        (sites(&loaded, &view), view)
    };
    // AF exactly at the threshold is dropped ("AF < 1%"); no AF is kept and counted.
    let (kept, view) = run(Filters { af_below: Some(0.01), ..Filters::default() });
    assert_eq!(kept, ["1:200", "1:300", "1:400", "1:500", "1:600"]);
    assert_eq!(view.funnel[1].kept_missing, 4);
    // DP and GQ at their thresholds pass; a no-call has no DP and is kept as missing.
    let (kept, view) = run(Filters { min_dp: Some(10), min_gq: Some(20), ..Filters::default() });
    assert_eq!(kept, ["1:100", "1:400", "1:500", "1:600"]);
    assert_eq!((view.funnel[1].kept_missing, view.funnel[2].kept_missing), (1, 1));
    // PASS keeps `.` (no filter applied) and drops LowQual.
    assert_eq!(run(Filters { pass_only: true, ..Filters::default() }).0, ["1:100", "1:200", "1:300", "1:500", "1:600"]);
    // Regions, with or without the `chr` prefix the file lacks.
    let regions = ["1:150-400", "chr1:600"].map(|r| tolk_core::panel::Region::parse(r).unwrap()).to_vec();
    assert_eq!(run(Filters { regions, ..Filters::default() }).0, ["1:200", "1:300", "1:400", "1:600"]);
    // The preset: splice region counts, synonymous does not, LowQual goes.
    let (kept, view) = run(Preset::RareDisease.filters());
    assert_eq!(kept, ["1:600"]);
    let ids: Vec<&str> = view.funnel.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["file", "pass", "carrier", "dp", "gq", "af", "consequence"]);
    let remaining: Vec<u32> = view.funnel.iter().map(|s| s.remaining).collect();
    assert_eq!(remaining, [6, 5, 5, 4, 3, 2, 1]);
}

#[test]
fn every_ped_file_in_the_test_data_parses() {
    for ped in std::fs::read_dir(data("families")).unwrap().map(|e| e.unwrap().path()) {
        if ped.extension().is_some_and(|e| e == "ped") {
            let text = std::fs::read_to_string(&ped).unwrap();
            let pedigree = Pedigree::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", ped.display()));
            assert!(!pedigree.individuals.is_empty());
        }
    }
    // gemini's comp_het PED uses -9 for unknown parents and has an ethnicity column.
    let p = Pedigree::parse(&text("families/gemini-test.comp_het.ped")).unwrap();
    let dad = p.get("dad_1").unwrap();
    assert_eq!((dad.father.as_deref(), dad.sex, dad.affected), (None, Sex::Male, Affection::Unaffected));
}

#[test]
fn gemini_family_sets_give_the_expected_variants_per_mode() {
    use Mode::*;
    let cases: [(&str, &str, Mode, &[&str]); 10] = [
        ("de_novo", "1_kid", DeNovo, &["chr10:1142208", "chr10:135336656", "chr10:135369532"]),
        ("de_novo", "2_kid", DeNovo, &["chr10:48003992", "chr10:135336656", "chr10:135369532"]),
        // 3_kid is hom-alt at 1142208 with hom-ref parents: only "possible", but kept.
        ("de_novo", "3_kid", DeNovo, &["chr10:1142208?", "chr10:48004992", "chr10:135369532"]),
        ("auto_rec", "1_kid", ArHom, &["chr10:1142208", "chr10:48003992"]),
        ("auto_rec", "2_kid", ArHom, &["chr10:1142208", "chr10:48004992"]),
        ("auto_rec", "3_kid", ArHom, &["chr10:135369532"]),
        // Family 1 has no affected parent: nothing is dominant-inherited.
        ("auto_dom", "1_kid", Ad, &[]),
        ("auto_dom", "2_kid", Ad, &["chr10:1142208", "chr10:48003992", "chr10:48004992"]),
        (
            "auto_dom",
            "3_kid",
            Ad,
            &["chr10:1142208", "chr10:1142209?", "chr10:48003992", "chr10:48004992", "chr10:135336656"],
        ),
        ("comp_het", "child_1", CompHet, &["1:16977?", "1:17697?"]),
    ];
    for (set, proband, mode, expected) in cases {
        let vcf = format!("families/gemini-test.{set}.vcf");
        let ped = format!("families/gemini-test.{set}.ped");
        let kept = family_view(&vcf, &ped, proband, mode, CallQc::OFF);
        assert_eq!(kept, expected, "{set} {proband} {mode:?}");
        // gemini's fixtures copy one AD onto every call (a hom-ref father
        // with AD 1,37): trio QC trusts none of them, so with it every
        // kept site is only "possible".
        let checked = family_view(&vcf, &ped, proband, mode, CallQc::default());
        assert!(checked.iter().all(|s| s.ends_with('?')), "{set} {proband} {mode:?}: {checked:?}");
    }
    // child_2 has one het variant in WASH7P: no pair.
    let pair = family_view(
        "families/gemini-test.comp_het.vcf",
        "families/gemini-test.comp_het.ped",
        "child_2",
        CompHet,
        CallQc::OFF,
    );
    assert!(pair.is_empty());
}

#[test]
fn fits_say_possible_where_a_parent_is_missing() {
    let loaded = load("families/genmod-small_vep.vcf");
    let duo = Family::from_pedigree(
        &Pedigree::parse(&text("families/genmod-duo.ped")).unwrap(),
        &loaded.header.samples,
        None,
    )
    .unwrap();
    assert_eq!((duo.father, duo.mother.map(|m| m.sample)), (None, Some(2)));
    let view = apply(&loaded.store, &Query { family: Some(duo.clone()), mode: Mode::DeNovo, ..Query::default() });
    assert_eq!(sites(&loaded, &view), ["1:55073623", "1:152287169"]);
    assert!(view.notes.iter().any(|n| n.render(Lang::En).contains("possible")));
    for &row in &view.rows {
        let fits = view.fits(&Judge::new(&loaded.store, &duo), row);
        let de_novo = fits.iter().find(|f| f.mode == Mode::DeNovo).unwrap();
        assert_eq!(de_novo.fit, Fit::Possible);
    }
    // The trio proves it.
    let trio = Family::from_pedigree(
        &Pedigree::parse(&text("families/genmod-recessive_trio.ped")).unwrap(),
        &loaded.header.samples,
        None,
    )
    .unwrap();
    let view = apply(&loaded.store, &Query { family: Some(trio.clone()), mode: Mode::DeNovo, ..Query::default() });
    assert_eq!(sites(&loaded, &view), ["1:152287169"]);
    // (The proband's and father's calls give AD but no DP: their depth is
    // the reads AD counts, enough for trio QC.)
    assert!(view
        .fits(&Judge::new(&loaded.store, &trio), view.rows[0])
        .contains(&tolk_core::inheritance::ModeFit::new(Mode::DeNovo, Fit::Yes)));
}

/// chrX calls for X-linked judgement: haploid male calls (`1`), a het
/// mother, and a pair sharing one parent for compound heterozygosity.
const X_FAMILY: &str = "##fileformat=VCFv4.3
##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Format: Allele|Consequence|IMPACT|SYMBOL\">
##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">
##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Quality\">
##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">
#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tKID\tMUM\tDAD
chrX\t1000\t.\tC\tT\t50\tPASS\tCSQ=T|missense_variant|MODERATE|XGENE\tGT:GQ:DP\t1:99:30\t0/1:99:30\t0:99:30
chrX\t2000\t.\tC\tT\t50\tPASS\tCSQ=T|missense_variant|MODERATE|XGENE\tGT:GQ:DP\t1:99:30\t0/0:99:30\t0:99:30
chrX\t3000\t.\tC\tT\t50\tPASS\tCSQ=T|missense_variant|MODERATE|XGENE\tGT:GQ:DP\t1:99:30\t0/1:99:30\t1:99:30
chr7\t100\t.\tC\tT\t50\tPASS\tCSQ=T|missense_variant|MODERATE|AGENE\tGT:GQ:DP\t0/1:99:30\t0/1:99:30\t0/0:99:30
chr7\t200\t.\tC\tT\t50\tPASS\tCSQ=T|stop_gained|HIGH|AGENE\tGT:GQ:DP\t0/1:99:30\t0/0:99:30\t0/1:99:30
chr7\t300\t.\tC\tT\t50\tPASS\tCSQ=T|stop_gained|HIGH|AGENE\tGT:GQ:DP\t0/1:99:30\t0/1:99:30\t0/0:10:30
";

#[test]
fn x_linked_and_compound_het_on_a_written_family() {
    let loaded = load_bytes(X_FAMILY.as_bytes());
    let family = |sex| Family {
        proband: 0,
        proband_sex: sex,
        mother: Some(Member { sample: 1, affected: Affection::Unaffected }),
        father: Some(Member { sample: 2, affected: Affection::Unaffected }),
        siblings: Vec::new(),
    };
    let run = |sex, mode| {
        let view = apply(&loaded.store, &Query { family: Some(family(sex)), mode, ..Query::default() });
        (sites(&loaded, &view), view)
    };
    // A haploid son of a carrier mother: X-linked. Mother hom-ref: de novo instead.
    assert_eq!(run(Sex::Male, Mode::XLinked).0, ["chrX:1000"]);
    assert_eq!(run(Sex::Male, Mode::DeNovo).0, ["chrX:2000"]);
    // An unaffected hemizygous father rules X-linked recessive out (3000).
    // A daughter with a haploid call and an unaffected father: nothing X-linked.
    assert_eq!(run(Sex::Female, Mode::XLinked).0, Vec::<String>::new());
    // The autosomal pair: 100 from mother, 200 from father -> proven in trans;
    // 300's father call has GQ 10, so its pairs are only "possible" (with
    // 100 it may be in cis, both from the mother).
    let (kept, view) = run(Sex::Male, Mode::CompHet);
    assert_eq!(kept, ["chr7:100", "chr7:200", "chr7:300"]);
    let fits: Vec<(u32, u32, Fit)> = view.pairs.iter().map(|p| (p.first, p.second, p.fit)).collect();
    assert_eq!(fits, [(3, 4, Fit::Yes), (3, 5, Fit::Possible), (4, 5, Fit::Possible)]);
    // A row's label takes its best pair: chr7:100 is proven through chr7:200.
    let labels: Vec<Fit> = (3..6).map(|r| view.pair_fit(r)).collect();
    assert_eq!(labels, [Fit::Yes, Fit::Yes, Fit::Possible]);
    assert_eq!(view.pair_fit(0), Fit::No);
    assert!(view.pairs.iter().all(|p| p.gene == "AGENE"));
    // No family: the mode is not applied, and the view says why.
    let view = apply(&loaded.store, &Query { mode: Mode::XLinked, ..Query::default() });
    assert_eq!(view.rows.len(), 6);
    assert!(view.notes[0].render(Lang::En).contains("needs a proband"));
}
