//! The lab's knowledge against the demo case: each kind of file told by
//! its content and streamed as the worker streams it (gzipped or not, in
//! small chunks), what it says about the case's rows, and what a newer
//! ClinVar, a later classification in the lab or a newer panel changes for
//! the case's worked variants.

use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::Write;
use std::path::{Path, PathBuf};
use tolk_core::acmg::Class;
use tolk_core::knowledge::reanalysis::{changes, Change, WasSource};
use tolk_core::knowledge::{sniff, KnowledgeKind, KnowledgeReader, KnowledgeSet, SiteKey};
use tolk_core::labdb::{case_id, CaseInput, LabDb};
use tolk_core::panel::Panel;
use tolk_core::session::{ClinVarSeen, Session};
use tolk_core::{Loaded, Loader, TranscriptPolicy};

fn path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(rel)
}

fn bytes(rel: &str) -> Vec<u8> {
    std::fs::read(path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn demo() -> Loaded {
    let mut loader = Loader::new();
    loader.push(&bytes("public/demo/tolk-demo-trio.vcf")).unwrap();
    loader.finish().unwrap()
}

fn demo_session() -> Session {
    Session::from_json(&String::from_utf8(bytes("tests/data/note/demo.session.json")).unwrap()).unwrap()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    gz.write_all(data).unwrap();
    gz.finish().unwrap()
}

/// Reads `data` as the worker does, 1000 bytes at a time, into `set`.
fn read_into(
    set: &mut KnowledgeSet,
    name: &str,
    data: &[u8],
    loaded: &Loaded,
) -> tolk_core::knowledge::KnowledgeSource {
    let wanted = KnowledgeSet::wanted(&loaded.store);
    let mut reader = KnowledgeReader::new(&wanted);
    for chunk in data.chunks(1000) {
        reader.push(chunk).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    }
    reader.finish(name, set).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

#[test]
fn each_file_is_told_by_its_content_not_its_name() {
    let kinds = [
        ("tests/data/knowledge/clinvar-demo-2025.vcf", Some(KnowledgeKind::ClinVar)),
        ("tests/data/knowledge/clinvar-tolk-format.vcf", Some(KnowledgeKind::ClinVar)),
        ("tests/data/knowledge/constraint-v2.1.1.tsv", Some(KnowledgeKind::Constraint)),
        ("tests/data/knowledge/constraint-v4.1.tsv", Some(KnowledgeKind::Constraint)),
        ("tests/data/knowledge/gencc-submissions.tsv", Some(KnowledgeKind::GenCC)),
        // A patient's VCF is no knowledge file, nor is a panel.
        ("public/demo/tolk-demo-trio.vcf", None),
        ("public/demo/tolk-demo-epilepsy-panel.json", None),
    ];
    for (rel, kind) in kinds {
        assert_eq!(sniff(&bytes(rel)), kind, "{rel}");
    }
    assert_eq!(sniff(LabDb::new().to_json().as_bytes()), Some(KnowledgeKind::LabDb));
}

#[test]
fn clinvar_streams_gzipped_and_keeps_only_the_case_s_sites() {
    let loaded = demo();
    for data in [
        bytes("tests/data/knowledge/clinvar-demo-2025.vcf"),
        gzip(&bytes("tests/data/knowledge/clinvar-demo-2025.vcf")),
    ] {
        let mut set = KnowledgeSet::default();
        let source = read_into(&mut set, "clinvar.vcf.gz", &data, &loaded);
        assert_eq!((source.kind, source.version.as_str()), (KnowledgeKind::ClinVar, "2025-03-02 (GRCh38)"));
        let (_, matches) = set.clinvar.as_ref().unwrap();
        assert_eq!(matches.records, 15);
        // The file holds 15 records; the demo case carries three of them.
        let found: Vec<String> = matches.found.keys().map(ToString::to_string).collect();
        assert_eq!(found, ["2:166003512:C:T", "20:63413452:G:A", "22:31808245:C:T"]);
    }
}

#[test]
fn a_knowledge_file_read_in_place_of_another_kind_is_refused_with_its_reason() {
    let loaded = demo();
    let wanted = KnowledgeSet::wanted(&loaded.store);
    let mut reader = KnowledgeReader::new(&wanted);
    reader.push(&bytes("public/demo/tolk-demo-trio.vcf")).unwrap();
    let e = reader.finish("patient.vcf", &mut KnowledgeSet::default()).unwrap_err();
    assert!(e.problem.render(tolk_core::i18n::Lang::En).contains("patient.vcf is none of the knowledge files"));
    // A gzip cut short is refused, not read as far as it goes.
    let gz = gzip(&bytes("tests/data/knowledge/constraint-v4.1.tsv"));
    let mut reader = KnowledgeReader::new(&wanted);
    reader.push(&gz[..gz.len() / 2]).unwrap();
    let e = reader.finish("constraint.tsv.gz", &mut KnowledgeSet::default()).unwrap_err();
    assert!(e.problem.render(tolk_core::i18n::Lang::En).contains("it is truncated"), "{e:?}");
}

#[test]
fn the_rows_carry_clinvar_now_the_lab_s_class_and_cases_and_loeuf() {
    let loaded = demo();
    let mut set = KnowledgeSet::default();
    read_into(&mut set, "clinvar.vcf", &bytes("tests/data/knowledge/clinvar-demo-2025.vcf"), &loaded);
    read_into(&mut set, "constraint.tsv", &bytes("tests/data/knowledge/constraint-v4.1.tsv"), &loaded);
    // Another case of the lab carried and classified DEPDC5's variant: the
    // demo session, standing in for an earlier case of other bytes.
    let mut earlier = demo_session();
    earlier.file.sha256 = "a".repeat(64);
    let mut db = LabDb::new();
    db.add_case(CaseInput::from_session_and_store(&earlier, &loaded.store).unwrap(), "2025-01-10").unwrap();
    set.set_labdb("lab.json", db);
    set.case_id = Some(case_id(&demo_session().file.sha256));

    let row = |set: &KnowledgeSet, key: &str| {
        let index = (0..loaded.store.len()).find(|&r| loaded.store.key(r) == key).unwrap();
        let mut row = loaded.store.row(index, TranscriptPolicy::Preferred);
        set.fill(&mut row);
        row.known
    };
    let depdc5 = row(&set, "chr22:31808245:C:T");
    assert_eq!((depdc5.clinvar.as_deref(), depdc5.clinvar_stars), (Some("Likely pathogenic"), Some(2)));
    assert_eq!((depdc5.lab_class, depdc5.lab_cases), (Some(Class::LikelyPathogenic), Some(1)));
    assert!(depdc5.loeuf.is_some());
    // A variant the lab has seen but not classified, and one ClinVar lacks.
    let mthfr = row(&set, "chr1:11796321:G:A");
    assert_eq!((mthfr.clinvar, mthfr.lab_class, mthfr.lab_cases), (None, None, Some(1)));
    // The open case itself is not "seen before".
    set.case_id = Some(case_id(&earlier.file.sha256));
    assert_eq!(row(&set, "chr22:31808245:C:T").lab_cases, Some(0));

    let about = set.about(SiteKey::of_key("chr22:31808245:C:T").as_ref(), Some("DEPDC5"));
    assert_eq!(about.clinvar.unwrap().1.as_deref(), Some("2025-03-02"));
    assert_eq!(about.lab, None);
    assert!(about.sources.iter().any(|s| s.kind == KnowledgeKind::LabDb));
    assert_eq!(about.sources.len(), 3);
}

#[test]
fn reanalysis_lists_what_changed_for_the_worked_variants() {
    let loaded = demo();
    let mut session = demo_session();
    // The case was worked with ClinVar's 2023 release open.
    let mut then = KnowledgeSet::default();
    read_into(&mut then, "clinvar-2023.vcf", &bytes("tests/data/knowledge/clinvar-demo-2023.vcf"), &loaded);
    for (key, work) in session.variants.iter_mut() {
        let site = SiteKey::of_key(key).unwrap();
        let entry = then.clinvar.as_ref().unwrap().1.found.get(&site).unwrap();
        work.facts.clinvar_release =
            Some(ClinVarSeen { significance: entry.significance.clone(), stars: entry.stars, release: None });
    }
    let mut now = KnowledgeSet::default();
    read_into(&mut now, "clinvar-2025.vcf", &bytes("tests/data/knowledge/clinvar-demo-2025.vcf"), &loaded);
    // Nothing changed with the release it was worked with.
    assert_eq!(changes(&session, &then, &[]), []);
    let listed = changes(&session, &now, &[]);
    assert_eq!(listed.len(), 1, "{listed:?}");
    let Change::ClinVar { key, was, was_source, now: words, stars, release, .. } = &listed[0] else { panic!() };
    assert_eq!(key, "chr22:31808245:C:T");
    assert_eq!((was.as_str(), *was_source), ("Uncertain significance", WasSource::Release));
    assert_eq!((words.as_str(), *stars, release.as_deref()), ("Likely pathogenic", 2, Some("2025-03-02")));

    // Classified in the lab since, in another case; the case itself is not
    // news to itself.
    let mut other = demo_session();
    other.file.sha256 = "b".repeat(64);
    for work in other.variants.values_mut() {
        work.updated_at = "2099-01-01T00:00:00Z".into();
    }
    let mut db = LabDb::new();
    db.add_case(CaseInput::from_session(&other).unwrap(), "2099-01-02").unwrap();
    db.add_case(CaseInput::from_session(&session).unwrap(), "2099-01-02").unwrap();
    let mut lab = KnowledgeSet { case_id: Some(case_id(&session.file.sha256)), ..KnowledgeSet::default() };
    lab.set_labdb("lab.json", db);
    let listed = changes(&session, &lab, &[]);
    assert_eq!(listed.len(), session.variants.len(), "{listed:?}");
    assert!(listed.iter().all(|c| matches!(c, Change::LabClassified { date, .. } if date == "2099-01-01")));

    // A newer version of the case's panel without SCN1A.
    let saved = session.case.as_ref().unwrap().panels.clone();
    assert!(!saved.is_empty(), "the demo session keeps its panel");
    let newer: Vec<Panel> = saved
        .iter()
        .map(|p| Panel {
            version: Some("99.0".into()),
            genes: p.genes.iter().filter(|g| g.symbol != "SCN1A").cloned().collect(),
            ..p.clone()
        })
        .collect();
    let dropped = |listed: &[Change]| matches!(listed, [Change::PanelGene { gene, added: false, now_version: Some(v), .. }] if gene == "SCN1A" && v == "99.0");
    let listed = changes(&session, &KnowledgeSet::default(), &newer);
    assert!(dropped(&listed), "{listed:?}");
    // Once the newer panel is saved in the case's settings, the panels the
    // work was done with still tell the change.
    session.worked_panels = saved.clone();
    session.case.as_mut().unwrap().panels = newer.clone();
    let listed = changes(&session, &KnowledgeSet::default(), &newer);
    assert!(dropped(&listed), "{listed:?}");
    // Both versions loaded: the older one, still in use, does not hide it.
    let both: Vec<Panel> = saved.iter().chain(&newer).cloned().collect();
    assert!(dropped(&changes(&session, &KnowledgeSet::default(), &both)));
    // Work done with both loaded has nothing new to learn from either.
    session.worked_panels = both.clone();
    assert_eq!(changes(&session, &KnowledgeSet::default(), &both), []);
}

/// A release past the first 64 KB goes through the streaming scan (a
/// small file is read whole): the same three sites, gzipped, in chunks.
#[test]
fn a_release_larger_than_the_sniffed_head_is_scanned_as_it_streams() {
    let loaded = demo();
    let text = String::from_utf8(bytes("tests/data/knowledge/clinvar-demo-2025.vcf")).unwrap();
    let padding: String = (0..2_000).map(|i| format!("##comment=padding line {i} before the records\n")).collect();
    // Padded where a long header would be: after ClinVar's marks.
    let (header, records) = text.split_once("#CHROM").unwrap();
    let big = format!("{header}{padding}#CHROM{records}");
    assert!(big.len() > 64 * 1024);
    let mut set = KnowledgeSet::default();
    read_into(&mut set, "clinvar.vcf.gz", &gzip(big.as_bytes()), &loaded);
    let (_, matches) = set.clinvar.as_ref().unwrap();
    assert_eq!((matches.records, matches.found.len()), (15, 3));
}

/// The file's annotation and ClinVar's own file spell one verdict
/// differently; a reanalysis must not call that a change.
#[test]
fn annotation_words_and_clinvar_s_words_are_one_verdict() {
    use tolk_core::knowledge::reanalysis::same_verdict;
    assert!(same_verdict("likely_pathogenic", "Likely pathogenic"));
    assert!(same_verdict("conflicting_interpretations", "Conflicting classifications of pathogenicity"));
    assert!(same_verdict("pathogenic/likely_pathogenic", "Pathogenic/Likely pathogenic"));
    assert!(!same_verdict("uncertain_significance", "Likely pathogenic"));
}
