//! Structural variants and copy-number changes in files real callers and
//! pipelines wrote (tests/data/sv, attributed in tests/data/SOURCES.md):
//! Scout's MIP trio (Manta, VEP 85, genmod) and its mobile elements
//! (RetroSeq, SVDB, VEP 107), Clinical Genomics' Manta cancer file (VEP
//! 94), a CNVkit + Manta tumour file, LUMPY + VEP (puzzle), Manta 1.1.1 and
//! 1.6.0, Delly 0.6.8, Sniffles, GRIDSS/PURPLE (StructuralVariantAnnotation).
//!
//! The type, END and SVLEN of every record are checked against what
//! bcftools 1.16 reads (`golden/sv/*.sv.tsv`), and the genes of every
//! annotated record against bcftools +split-vep (`golden/sv/*.genes.tsv`);
//! `tests/data/golden/make-golden.sh` makes both.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use tolk_core::acmg::{Class, Facts};
use tolk_core::cnv::{suggest, CnvFacts, CnvOrigin, CnvSuggestion, CnvWork, Dosage};
use tolk_core::family::{Family, Pedigree};
use tolk_core::filter::{Filters, Preset};
use tolk_core::i18n::Lang;
use tolk_core::inheritance::{Fit, Judge, Mode};
use tolk_core::knowledge::dosage::DosageList;
use tolk_core::note::Note;
use tolk_core::panel::Region;
use tolk_core::session::{FileIdentity, Report, Session, VariantFacts, VariantWork};
use tolk_core::sv::SvKind;
use tolk_core::vcf::detail::{decode_record, DecodeContext};
use tolk_core::vcf::genotype::Zygosity;
use tolk_core::{apply, Loaded, Query, TranscriptPolicy, VariantRow};

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data").join(path)
}

fn load(path: &str) -> Loaded {
    Loaded::from_bytes(&std::fs::read(data(path)).unwrap()).unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

fn rows(loaded: &Loaded) -> Vec<VariantRow> {
    loaded.store.rows(0, usize::MAX, TranscriptPolicy::All)
}

/// `CHROM POS ALT` as bcftools prints them.
fn site(row: &VariantRow) -> (String, u32, String) {
    (row.chrom.clone(), row.pos, row.alt.clone())
}

fn golden(name: &str) -> Option<Vec<Vec<String>>> {
    let text = std::fs::read_to_string(data(&format!("golden/sv/{name}"))).ok()?;
    Some(text.lines().map(|l| l.split('\t').map(str::to_owned).collect()).collect())
}

const FILES: [&str; 13] = [
    "sv/tolk-cnv-trio.vcf",
    "sv/scout-643594.clinical.SV.vcf.gz",
    "sv/scout-643594.clinical.mei.vcf.gz",
    "sv/scout-empty.clinical.SV.vcf.gz",
    "sv/scout-manta_vep_94_annotated_sv_cancer_file.vcf.gz",
    "sv/scout-scout_example_tumor_only.SV.CNV.sorted.vcf.gz",
    "sv/puzzle-hapmap.sv.vep.vcf.gz",
    "sv/structuralvariantannotation-COLO829.nanopore.sniffles.vcf",
    "sv/structuralvariantannotation-COLO829T.purple.sv.ann.vcf.gz",
    "sv/structuralvariantannotation-colo829_somatic_manta.vcf",
    "sv/structuralvariantannotation-delly-0.6.8.vcf",
    "sv/structuralvariantannotation-manta-1.1.1.vcf",
    "edge/pyvcf3-example-4.1-sv.vcf",
];

fn name_of(path: &str) -> &str {
    let file = path.rsplit('/').next().unwrap();
    &file[..file.find(".vcf").unwrap()]
}

#[test]
fn every_callers_records_are_read_as_structural_variants() {
    for path in FILES {
        let loaded = load(path);
        let rows = rows(&loaded);
        let structural = rows.iter().filter(|r| r.sv.is_some()).count();
        // Every record of these files is structural, but the team's trio's SNV.
        let small = usize::from(path.contains("tolk-cnv-trio"));
        assert_eq!(structural + small, rows.len(), "{path}: every record is a structural variant");
    }
}

#[test]
fn type_end_and_size_are_what_bcftools_reads() {
    let mut checked = 0;
    for path in FILES {
        let Some(golden) = golden(&format!("{}.sv.tsv", name_of(path))) else { continue };
        let loaded = load(path);
        // Records in file order, as bcftools prints them: the first ALT's row
        // of each (LUMPY writes two deletions at one site).
        let firsts: Vec<VariantRow> = rows(&loaded).into_iter().filter(|r| r.alt_number == 1).collect();
        assert_eq!(firsts.len(), golden.len(), "{path}: records");
        for (line, row) in golden.iter().zip(&firsts) {
            let (chrom, pos, alt, svtype, end, svlen) = (&line[0], &line[1], &line[2], &line[3], &line[4], &line[5]);
            let key = (chrom.clone(), pos.parse().unwrap(), alt.split(',').next().unwrap().to_owned());
            assert_eq!(site(row), key, "{path}");
            if svtype == "." && !alt.starts_with('<') && !alt.contains(['[', ']']) {
                assert_eq!(row.sv, None, "{path} {key:?}: a small variant");
                continue;
            }
            let sv = row.sv.as_ref().unwrap_or_else(|| panic!("{path}: {key:?} is not structural"));
            if svtype != "." {
                assert_eq!(Some(sv.kind), SvKind::named(svtype), "{path} {key:?}: SVTYPE {svtype}");
            }
            if sv.kind == SvKind::Bnd {
                // A breakend's END and SVLEN, where written, are its mate's.
                assert_eq!((sv.end, sv.len), (row.pos, None), "{path} {key:?}: a breakend has no span");
                checked += 1;
                continue;
            }
            match end.parse::<u32>() {
                Ok(end) if end >= row.pos => assert_eq!(sv.end, end, "{path} {key:?}: END"),
                _ => {}
            }
            if let Some(len) = svlen.split(',').next().and_then(|l| l.parse::<i64>().ok()) {
                assert_eq!(sv.len, Some(len.unsigned_abs() as u32), "{path} {key:?}: SVLEN");
            }
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked} records checked");
}

#[test]
fn the_genes_a_structural_variant_overlaps_are_every_gene_its_annotation_names() {
    let mut checked = 0;
    for path in FILES {
        let Some(golden) = golden(&format!("{}.genes.tsv", name_of(path))) else { continue };
        let mut theirs: HashMap<(String, u32, String), BTreeSet<String>> = HashMap::new();
        for line in golden {
            let genes = theirs.entry((line[0].clone(), line[1].parse().unwrap(), line[2].clone())).or_default();
            if line[3] != "." && !line[3].is_empty() {
                genes.insert(line[3].clone());
            }
        }
        let loaded = load(path);
        for row in rows(&loaded) {
            let Some(expected) = theirs.get(&site(&row)) else { continue };
            let ours: BTreeSet<String> = row.genes.iter().cloned().collect();
            assert_eq!(&ours, expected, "{path} {}", row.key());
            checked += 1;
        }
    }
    assert!(checked > 250, "{checked} records checked");
}

/// Scout's trio 643594 with its SV file: the affected son is ADM1059A2.
fn scout_trio() -> (Loaded, Family) {
    let loaded = load("sv/scout-643594.clinical.SV.vcf.gz");
    let ped = std::fs::read_to_string(data("families/scout-643594.ped")).unwrap();
    let family = Family::from_pedigree(&Pedigree::parse(&ped).unwrap(), &loaded.header.samples, None).unwrap();
    (loaded, family)
}

#[test]
fn deletions_of_a_thousand_bases_or_more_are_found_by_type_and_size() {
    let (loaded, _) = scout_trio();
    let mut filters = Filters { sv_types: vec![SvKind::Del], min_size: Some(1000), ..Filters::default() };
    let view = apply(&loaded.store, &Query { filters: filters.clone(), ..Query::default() });
    let found: Vec<(String, Option<u32>)> = view
        .rows
        .iter()
        .map(|&r| loaded.store.row(r as usize, TranscriptPolicy::All))
        .map(|r| (r.key(), r.sv.unwrap().len))
        .collect();
    assert_eq!(
        found,
        [
            ("13:21732261:A:<DEL>".to_owned(), Some(1776)),
            ("13:21732265:C:<DEL>".to_owned(), Some(3663)),
            ("13:21746642:T:<DEL>".to_owned(), Some(3870)),
        ]
    );
    let ids: Vec<&str> = view.funnel.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["file", "svtype", "size"]);
    // Small variants have a size too: a size range alone drops SNVs.
    filters.sv_types.clear();
    filters.max_size = Some(1700);
    let view = apply(&loaded.store, &Query { filters, ..Query::default() });
    // Nothing is 1,000 to 1,700 bases long; Manta's `<INS>` of unknown
    // length is kept, and counted as kept for want of a value.
    let kept: Vec<String> = view.rows.iter().map(|&r| loaded.store.key(r as usize)).collect();
    assert_eq!(kept, ["8:133920667:A:<INS>"]);
    assert_eq!(view.funnel.last().unwrap().kept_missing, 1);
}

#[test]
fn the_default_flow_keeps_the_probands_deletions_over_genes_and_says_how() {
    let (loaded, family) = scout_trio();
    let query = Query { filters: Preset::RareDisease.filters(), family: Some(family.clone()), ..Query::default() };
    let view = apply(&loaded.store, &query);
    let step = |id: &str| view.funnel.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("no {id} step"));
    // Manta writes no DP: every call is kept for want of one, and said.
    assert_eq!(step("dp").kept_missing, step("dp").remaining);
    for &r in &view.rows {
        let row = loaded.store.row(r as usize, TranscriptPolicy::Preferred);
        assert!(row.sv.is_some());
        let calls = loaded.store.calls(r as usize);
        assert!(
            matches!(calls[family.proband].zygosity, Zygosity::Het | Zygosity::HomAlt),
            "{}: the proband carries it",
            row.key()
        );
    }
    // SKA3's deletions are the mother's alone: not shown.
    let row_of = |site: &str| (0..loaded.store.len()).find(|&r| loaded.store.key(r).starts_with(site)).unwrap();
    assert!(!view.rows.contains(&(row_of("13:21732261:") as u32)));
    // SIRT3's 217-base deletion: het in the son (PR 3,11 and SR 12,14: 25
    // reads for it), het in the mother, not in the father. Kept, and, the
    // calls' GQ standing in for the DP Manta does not write, inherited.
    let sirt3 = row_of("11:223831:");
    assert!(view.rows.contains(&(sirt3 as u32)));
    let son = loaded.store.call(sirt3, family.proband);
    assert_eq!((son.zygosity, son.sv_reads, son.gq), (Zygosity::Het, Some(25), Some(252)));
    let judge = Judge::new(&loaded.store, &family);
    assert_eq!(judge.fit(sirt3, Mode::DeNovo), Fit::No, "the mother carries it");
    // PER3's: het in the son, absent in the father, hom-alt in the mother
    // at GQ 10 (Manta's own FT says MinGQ): de novo stays possible.
    assert_eq!(judge.fit(row_of("1:7889972:"), Mode::DeNovo), Fit::Possible);
}

#[test]
fn a_deletion_over_a_region_is_kept_though_its_pos_lies_outside() {
    let (loaded, _) = scout_trio();
    // Inside SKA3's 13:21732262-21734037 deletion, far from its POS.
    let filters = Filters { regions: vec![Region::parse("13:21733000-21733100").unwrap()], ..Filters::default() };
    let view = apply(&loaded.store, &Query { filters, ..Query::default() });
    let keys: Vec<String> = view.rows.iter().map(|&r| loaded.store.key(r as usize)).collect();
    assert_eq!(keys, ["13:21732261:A:<DEL>", "13:21732265:C:<DEL>"]);
}

#[test]
fn supporting_reads_are_summed_per_caller_and_filtered_on() {
    // Delly: DV + RV; the LowQual deletion of chr1:547003 has 5 + 0.
    let delly = load("sv/structuralvariantannotation-delly-0.6.8.vcf");
    let del = (0..delly.store.len()).find(|&r| delly.store.key(r) == "chr1:547003:N:<DEL>").unwrap();
    assert_eq!(delly.store.call(del, 0).sv_reads, Some(5));
    assert_eq!(delly.store.call(del, 0).copies, Some(1), "Delly's CN");
    let filters = Filters { min_sv_reads: Some(6), ..Filters::default() };
    let view = apply(&delly.store, &Query { filters, ..Query::default() });
    assert!(!view.rows.contains(&(del as u32)));
}

#[test]
fn copy_numbers_stand_for_a_missing_genotype_on_autosomes() {
    // CNVkit's tumour-only calls: `0/1` with CN, and Manta's with PR/SR only.
    let loaded = load("sv/scout-scout_example_tumor_only.SV.CNV.sorted.vcf.gz");
    let rows = rows(&loaded);
    let with_copies = rows.iter().filter(|r| loaded.store.call(r.index as usize, 0).copies.is_some()).count();
    assert_eq!(with_copies, 21);
    // pyvcf3's duplication: `./.` with CN 3 is carried (one extra copy).
    let pyvcf = load("edge/pyvcf3-example-4.1-sv.vcf");
    let dup = (0..pyvcf.store.len()).find(|&r| pyvcf.store.key(r) == "3:12665100:A:<DUP>").unwrap();
    let call = pyvcf.store.call(dup, 0);
    assert_eq!((call.zygosity, call.copies), (Zygosity::Het, Some(3)));
}

#[test]
fn a_de_novo_deletion_and_an_inherited_one_in_a_trio() {
    // genmod's test file: a 1,000-base deletion in the proband alone (CN 1,
    // parents no call) and a 100-base one in the mother alone.
    let loaded = load("edge/genmod-test_vcf_sv_same_pos.vcf");
    let ped = "1\tproband\tfather\tmother\t1\t2\n1\tfather\t0\t0\t1\t1\n1\tmother\t0\t0\t2\t1\n";
    let family = Family::from_pedigree(&Pedigree::parse(ped).unwrap(), &loaded.header.samples, None).unwrap();
    let judge = Judge::new(&loaded.store, &family);
    // The parents' calls are missing: de novo is possible, not proven.
    assert_eq!(judge.fit(0, Mode::DeNovo), Fit::Possible);
    assert_eq!(judge.fit(1, Mode::DeNovo), Fit::No, "the proband does not carry it");
}

/// The team's CNV trio (tests/data/sv/tolk-cnv-trio.vcf) with its PED.
fn cnv_trio() -> (Loaded, Family, Vec<u8>) {
    let bytes = std::fs::read(data("sv/tolk-cnv-trio.vcf")).unwrap();
    let loaded = Loaded::from_bytes(&bytes).unwrap();
    let ped = std::fs::read_to_string(data("sv/tolk-cnv-trio.ped")).unwrap();
    let family = Family::from_pedigree(&Pedigree::parse(&ped).unwrap(), &loaded.header.samples, None).unwrap();
    (loaded, family, bytes)
}

fn dosage_list() -> DosageList {
    DosageList::parse(&std::fs::read_to_string(data("knowledge/clingen-dosage-sample.tsv")).unwrap()).unwrap()
}

fn row_at(loaded: &Loaded, site: &str) -> usize {
    (0..loaded.store.len()).find(|&r| loaded.store.key(r).starts_with(site)).unwrap_or_else(|| panic!("no {site}"))
}

/// Row `row`'s CNV facts as the app gathers them: with its record decoded.
fn gather(loaded: &Loaded, family: &Family, row: usize, list: Option<&DosageList>) -> Option<CnvFacts> {
    let bytes = std::fs::read(data("sv/tolk-cnv-trio.vcf")).unwrap();
    let at = loaded.store.location(row);
    let line = String::from_utf8_lossy(&bytes[at.text_offset as usize..][..at.text_len as usize]).into_owned();
    let record = decode_record(&line, &DecodeContext::new(loaded)).unwrap();
    let alt = &record.alts[usize::from(loaded.store.alt_number(row)) - 1];
    let build = loaded.header.build.as_ref().map(|b| b.build);
    CnvFacts::gather(&loaded.store, Some(family), row, list, build, Some(alt))
}

fn offered(s: &[CnvSuggestion]) -> Vec<String> {
    s.iter().map(|s| format!("{} {:.2}", s.code, s.points)).collect()
}

#[test]
fn a_de_novo_deletion_over_an_established_hi_gene_is_offered_2a_and_5a() {
    let (loaded, family, _) = cnv_trio();
    let row = row_at(&loaded, "chr17:16800000:");
    // Trio QC on Manta-style calls: GQ 99, reads for it, no DP: de novo proven.
    assert_eq!(Judge::new(&loaded.store, &family).fit(row, Mode::DeNovo), Fit::Yes);
    let facts = gather(&loaded, &family, row, Some(&dosage_list())).unwrap();
    assert_eq!(facts.dosage, Dosage::Loss);
    assert_eq!(facts.genes, ["DRG2", "MYO15A", "RAI1", "SREBF1", "TOM1L2"]);
    assert_eq!((facts.hi_contained.as_slice(), facts.origin), (&["RAI1".to_owned()][..], CnvOrigin::DeNovo));
    let suggested = suggest(&facts);
    assert_eq!(offered(&suggested), ["1A 0.00", "2A 1.00", "3A 0.00", "5A 0.30"]);
    assert_eq!(facts.gene_count, Some(5), "protein-coding genes, from the record's biotypes");
    let evidence: Vec<String> = suggested.iter().map(|s| s.evidence.render(Lang::En)).collect();
    assert!(evidence[1].contains("RAI1"), "{evidence:?}");
    // Without the lab's dosage list, nothing is said of RAI1's dosage.
    let bare = gather(&loaded, &family, row, None).unwrap();
    assert!(!offered(&suggest(&bare)).iter().any(|s| s.starts_with("2A")));
}

#[test]
fn inherited_and_common_cnvs_are_offered_what_the_trio_and_population_show() {
    let (loaded, family, _) = cnv_trio();
    let list = dosage_list();
    let at = |site| gather(&loaded, &family, row_at(&loaded, site), Some(&list)).unwrap();
    // PMP22's duplication from the unaffected mother: the gain table, TS
    // gene contained (CMT1A), inherited from an unaffected parent.
    let dup = at("chr17:15200000:");
    assert_eq!((dup.dosage, dup.origin), (Dosage::Gain, CnvOrigin::InheritedFromUnaffected));
    assert_eq!(dup.ts_contained, ["PMP22"]);
    let codes = offered(&suggest(&dup));
    assert!(codes.contains(&"2A 1.00".to_owned()) && codes.iter().any(|c| c.starts_with("5B")), "{codes:?}");
    // A common deletion with no gene: 1B and 4O.
    let common = at("chr1:1000000:");
    assert_eq!(offered(&suggest(&common))[..1], ["1B -0.60"]);
    assert!(offered(&suggest(&common)).contains(&"4O -1.00".to_owned()));
    // A small variant is no CNV.
    assert!(gather(&loaded, &family, row_at(&loaded, "chr17:43044295:"), Some(&list)).is_none());
}

#[test]
fn a_scored_cnv_is_classified_by_its_points_in_the_note_and_fhir() {
    let (loaded, family, bytes) = cnv_trio();
    let row = row_at(&loaded, "chr17:16800000:");
    let shown = loaded.store.row(row, TranscriptPolicy::Preferred);
    let record = {
        let at = loaded.store.location(row);
        let line = String::from_utf8_lossy(&bytes[at.text_offset as usize..][..at.text_len as usize]).into_owned();
        decode_record(&line, &DecodeContext::new(&loaded)).unwrap()
    };
    let facts = Facts::gather(&loaded, Some(&family), row as u32, TranscriptPolicy::Preferred);
    let snapshot = VariantFacts::new(&shown, &loaded.store.calls(row), &record.alts[0], &facts, &loaded.header.samples);
    assert_eq!(snapshot.sv.as_ref().map(|s| (s.kind, s.start, s.end)), Some((SvKind::Del, 16_800_001, 20_400_000)));
    assert_eq!(snapshot.copies, [("PROBAND".to_owned(), 1), ("FATHER".to_owned(), 2), ("MOTHER".to_owned(), 2)]);
    let mut session = Session::new(
        FileIdentity { name: "tolk-cnv-trio.vcf".into(), size: 1, sha256: "ab".into() },
        "test",
        "2026-12-07T10:00:00Z",
    );
    session.context.proband = Some("PROBAND".into());
    let mut work = VariantWork::new(snapshot);
    work.cnv = Some(CnvWork::new(Dosage::Loss).with("1A", 0.0).with("2A", 1.0).with("3A", 0.0).with("5A", 0.30));
    assert_eq!(work.final_class(), Class::Pathogenic, "1.30 points");
    work.report = Some(Report::Report);
    let key = work.facts.key();
    session.variants.insert(key, work);

    let note = Note::from_session(&session, Lang::En);
    let v = note.findings.iter().chain(&note.vus).chain(&note.assessed).next().unwrap();
    assert_eq!(v.class, Class::Pathogenic);
    assert_eq!(v.label(), "RAI1, SREBF1, … (5) DEL chr17:16800001-20400000");
    assert!(v.position.starts_with("deletion, 3,600,000 bases, chr17:16800001-20400000"), "{}", v.position);
    let cnv = v.cnv.as_ref().unwrap();
    assert_eq!((cnv.total, cnv.class, cnv.problems.len()), (1.3, tolk_core::cnv::CnvClass::Pathogenic, 0));
    let markdown = tolk_core::note::markdown::render(&note);
    assert!(markdown.contains("CNV evidence (ACMG/ClinGen points, Riggs et al. 2020)"), "{markdown}");
    assert!(markdown.contains("2A +1.00"), "{markdown}");
    assert_eq!(v.criteria_line(), "CNV 1A 0.00, 2A +1.00, 3A 0.00, 5A +0.30", "as the note's tables list it");
    assert!(markdown.contains("| **Copy number** | PROBAND: 1; FATHER: 2; MOTHER: 2 |"), "{markdown}");
    assert!(markdown.contains("ACMG/ClinGen CNV scheme (Riggs et al. 2020)"), "{markdown}");
    assert!(markdown.contains("Pathogenic (+1.30 CNV points, copy-number loss table)"), "{markdown}");
    let fhir = tolk_core::note::fhir::render(&note);
    assert!(fhir.contains("\"SO:0000159\"") && fhir.contains("\"81300-6\"") && fhir.contains("\"82155-3\""), "{fhir}");
    assert!(
        fhir.contains("ACMG/ClinGen CNV points (Riggs et al. 2020, copy-number loss table): 1A 0.00, 2A +1.00"),
        "{fhir}"
    );
}

#[test]
fn veps_structural_allele_words_are_matched_without_a_warning() {
    // VEP writes `deletion`, `insertion`, `duplication`, `INV` or `[10` in
    // Allele for structural ALTs (VEP 85, 94 and 107 here).
    for path in [
        "sv/scout-643594.clinical.SV.vcf.gz",
        "sv/scout-643594.clinical.mei.vcf.gz",
        "sv/scout-manta_vep_94_annotated_sv_cancer_file.vcf.gz",
        "sv/tolk-cnv-trio.vcf",
    ] {
        let loaded = load(path);
        let warnings: Vec<String> = loaded.diagnostics.kept().iter().map(|d| d.message.render(Lang::En)).collect();
        assert!(!warnings.iter().any(|w| w.contains("allele")), "{path}: {warnings:?}");
        let annotated = rows(&loaded).iter().filter(|r| !r.genes.is_empty()).count();
        assert!(annotated > 0, "{path}: genes read");
    }
}
