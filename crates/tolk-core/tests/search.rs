//! The grid's quick search against real files: Scout's VEP 104 record and
//! vembrane's VEP-in-ANN records (tests/data/vep, tests/data/snpeff, see
//! SOURCES.md), and the team's clinical trio for HGVS on several genes.
//! Text searches read the records' text as the worker does: spans planned
//! by the scan, cut from the file's text.

use std::path::{Path, PathBuf};
use tolk_core::search::{Search, Term, TextScan};
use tolk_core::vcf::detail::DecodeContext;
use tolk_core::{apply, Loaded, Loader, Query, TranscriptPolicy};

fn text(path: &str) -> String {
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data").join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load(vcf: &str) -> Loaded {
    let mut loader = Loader::new();
    loader.push(vcf.as_bytes()).unwrap();
    loader.finish().unwrap()
}

/// `chrom:pos:ref:alt` of each row a search of `vcf` keeps, reading the
/// text in spans (as the worker does) and streaming every line (as the CLI
/// does), which must agree.
fn found(vcf: &str, typed: &str) -> Vec<String> {
    let loaded = load(vcf);
    let search = Search::parse(typed).unwrap().unwrap();
    let query = Query { search: Some(search.clone()), ..Query::default() };
    let (mut by_span, mut by_line) = (apply(&loaded.store, &query), apply(&loaded.store, &query));
    let context = DecodeContext::new(&loaded);
    if let Some(mut scan) = TextScan::new(&search, &loaded.store, &by_span.rows) {
        for i in 0..scan.spans().len() {
            let span = &scan.spans()[i];
            let bytes = &vcf.as_bytes()[span.text_offset as usize..][..span.text_len as usize];
            scan.feed(i, bytes, &context);
        }
        by_span.keep_found(scan);
        let mut scan = TextScan::new(&search, &loaded.store, &by_line.rows).unwrap();
        let mut offset = 0;
        for line in vcf.split_inclusive('\n') {
            scan.feed_line(offset, line.trim_end_matches('\n').as_bytes(), &context);
            offset += line.len() as u64;
        }
        by_line.keep_found(scan);
    }
    assert_eq!(by_span, by_line);
    let last = by_span.funnel.last().unwrap();
    assert_eq!(last.id, "search");
    assert_eq!(last.remaining as usize, by_span.rows.len());
    by_span.rows.iter().map(|&r| loaded.store.key(r as usize)).collect()
}

#[test]
fn understands_what_a_clinician_types() {
    let term = |typed: &str| Search::parse(typed).unwrap().unwrap().term;
    assert_eq!(term(" scn2a "), Term::Gene("scn2a".into()));
    assert_eq!(term("NKX2-1"), Term::Gene("NKX2-1".into()));
    assert_eq!(
        term("chr17:43,045,702"),
        Term::Locus { chrom: "chr17".into(), start: 43_045_702, end: 43_045_702, alleles: None }
    );
    assert_eq!(
        term("17:43000000-43100000"),
        Term::Locus { chrom: "17".into(), start: 43_000_000, end: 43_100_000, alleles: None }
    );
    assert_eq!(
        term("17-43045702-a-g"),
        Term::Locus { chrom: "17".into(), start: 43_045_702, end: 43_045_702, alleles: Some(("A".into(), "G".into())) }
    );
    assert_eq!(term("X"), Term::Locus { chrom: "X".into(), start: 1, end: u32::MAX, alleles: None });
    assert_eq!(term("RS80357906"), Term::Rsid("rs80357906".into()));
    let hgvs = |typed: &str| match term(typed) {
        Term::Hgvs(h) => (h.reference, h.description),
        other => panic!("{typed}: {other:?}"),
    };
    assert_eq!(hgvs("c.5266dup"), (None, "c.5266dup".into()));
    assert_eq!(hgvs("NM_007294.4:c.5123c>a"), (Some("NM_007294.4".into()), "c.5123C>A".into()));
    assert_eq!(hgvs("p.R1699W"), (None, "p.Arg1699Trp".into()));
    assert_eq!(hgvs("p.(Arg1699Trp)"), (None, "p.Arg1699Trp".into()));
    assert_eq!(hgvs("p.Q1756*"), (None, "p.Gln1756Ter".into()));
    for nonsense in ["chr17:abc", "17:200-100", "BRCA1 exon 11", "p.B12C", "c."] {
        let error = Search::parse(nonsense).unwrap_err();
        let said = error.render(tolk_core::i18n::Lang::En);
        assert!(said.contains(nonsense.trim()), "{nonsense}: {said}");
    }
    assert_eq!(Search::parse("   ").unwrap(), None);
}

#[test]
fn finds_genes_and_positions_in_the_store() {
    let vcf = text("clinical/tolk-clinical-trio.vcf");
    assert_eq!(found(&vcf, "pairb"), ["chr2:2000:G:A", "chr2:2100:C:G", "chr2:2200:T:C"]);
    assert_eq!(found(&vcf, "chr2:2100"), ["chr2:2100:C:G"]);
    assert_eq!(found(&vcf, "2:2050-2200"), ["chr2:2100:C:G", "chr2:2200:T:C"]);
    assert_eq!(found(&vcf, "2-2000-G-A"), ["chr2:2000:G:A"]);
    assert!(found(&vcf, "2-2000-G-T").is_empty());
    assert!(found(&vcf, "NOSUCHGENE").is_empty());
}

#[test]
fn finds_hgvs_on_any_transcript_in_the_records_text() {
    let vcf = text("clinical/tolk-clinical-trio.vcf");
    assert_eq!(found(&vcf, "c.300C>G"), ["chr2:2100:C:G"]);
    assert_eq!(found(&vcf, "p.Y100*"), ["chr2:2100:C:G"]);
    assert_eq!(found(&vcf, "p.(Tyr100Ter)"), ["chr2:2100:C:G"]);
    assert_eq!(found(&vcf, "ENST00000000022:c.300C>G"), ["chr2:2100:C:G"]);
    // Another transcript's accession, or another version, is not this one.
    assert!(found(&vcf, "ENST00000000011.2:c.300C>G").is_empty());
    assert!(found(&vcf, "ENST00000000022.9:c.300C>G").is_empty());
    // c.300C>G is not c.3000C>G, nor c.30C>G.
    assert!(found(&vcf, "c.30C>G").is_empty());
    assert_eq!(found(&vcf, "c.1586-3_1586-2dupCA"), ["chr3:3000:A:ACA"]);
}

#[test]
fn finds_scout_and_vembrane_records_by_their_ids_and_hgvs() {
    let scout = text("vep/scout-vep104-one-record.vcf");
    // Scout's rsID is in VEP's Existing_variation, its ID column a site key.
    assert_eq!(found(&scout, "rs367814493"), ["1:5924512:C:A"]);
    assert!(found(&scout, "rs36781449").is_empty());
    assert_eq!(found(&scout, "p.R1294S"), ["1:5924512:C:A"]);
    assert_eq!(found(&scout, "ENST00000378156:c.3882G>T"), ["1:5924512:C:A"]);
    assert_eq!(found(&scout, "ENSP00000367398.4:p.Arg1294Ser"), ["1:5924512:C:A"]);
    assert_eq!(found(&scout, "nphp4"), ["1:5924512:C:A"]);

    let vembrane = text("snpeff/vembrane-fhir-test.vcf");
    // The ID column names the first record only; the second has the id in
    // its annotation's Existing_variation, as files from VEP do.
    assert_eq!(found(&vembrane, "rs1283126655"), ["1:26696985:C:T", "1:26696986:C:T"]);
    // VEP writes the synonymous `=` as `%3D`.
    assert_eq!(found(&vembrane, "p.Pro194="), ["1:26696985:C:T", "1:26696986:C:T"]);
    assert_eq!(found(&vembrane, "NM_006015:p.P194="), ["1:26696985:C:T", "1:26696986:C:T"]);
}

#[test]
fn a_search_narrows_only_what_the_view_shows() {
    let loaded = load(&text("clinical/tolk-clinical-trio.vcf"));
    let search = Search::parse("PAIRB").unwrap();
    let view = apply(&loaded.store, &Query { search, policy: TranscriptPolicy::All, ..Query::default() });
    let steps: Vec<&str> = view.funnel.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(steps, ["file", "search"]);
    assert_eq!(view.funnel[0].remaining as usize, loaded.store.len());
}

#[test]
fn reads_hgvs_as_reports_write_it() {
    let demo =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/demo/tolk-demo-trio.vcf"))
            .unwrap();
    let aldh7a1 = ["chr5:126552104:CAG:C"];
    // The file has p.Leu463GlyfsTer12: a frameshift is found by where it
    // starts, in one-letter or three-letter codes, never at a longer position.
    assert_eq!(found(&demo, "p.L463Gfs*12"), aldh7a1);
    assert_eq!(found(&demo, "p.Leu463fs"), aldh7a1);
    assert!(found(&demo, "p.Leu46fs").is_empty());
    assert!(found(&demo, "p.Leu4630fs").is_empty());
    // Deleted bases named or not, as SnpEff and older reports write them.
    assert_eq!(found(&demo, "c.1387_1388delAG"), aldh7a1);
    // A stop as `*` or `Ter`.
    assert_eq!(found(&demo, "p.Arg566*"), ["chr22:31808245:C:T"]);
    assert_eq!(found(&demo, "p.R566X"), ["chr22:31808245:C:T"]);
    // c.*1203 is a 3' UTR position, not a stop.
    assert_eq!(found(&demo, "c.*1203A>G"), ["chr16:9763102:T:C"]);

    let term = |typed: &str| Search::parse(typed).unwrap().unwrap().term;
    assert_eq!(term("MT-ND1"), Term::Gene("MT-ND1".into()), "a mitochondrial gene, not chromosome MT");
    assert_eq!(term("RS1"), Term::Gene("RS1".into()), "retinoschisin, not dbSNP's rs1");
    assert_eq!(term("rs12"), Term::Rsid("rs12".into()));
    for nonsense in ["p.(", "p.fs", "c.="] {
        assert!(Search::parse(nonsense).is_err(), "{nonsense}");
    }
}
