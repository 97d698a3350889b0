//! The bundled teaching cases (public/cases): the library loads (which
//! checks every expected answer against the classifier), each case's VCF
//! reads without a warning and holds its answers' variants in genes of the
//! case's panel, and each family file names the VCF's samples.

use std::path::PathBuf;
use tolk_core::annotation::TranscriptPolicy;
use tolk_core::family::{Family, Pedigree};
use tolk_core::teaching::Library;
use tolk_core::Loaded;

fn case_file(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/cases").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_case_opens_and_its_answers_are_in_its_file_and_panel() {
    let library = Library::parse(&case_file("cases.json")).unwrap();
    assert!(library.cases.len() >= 5, "the issue asks for at least five cases");
    for case in &library.cases {
        let loaded = Loaded::from_bytes(case_file(&case.vcf).as_bytes()).unwrap_or_else(|e| panic!("{}: {e}", case.id));
        assert_eq!(loaded.diagnostics.total(), 0, "{}: {:?}", case.id, loaded.diagnostics);
        let store = &loaded.store;
        for answer in &case.answers {
            let row = (0..store.len())
                .find(|&i| store.key(i) == answer.variant)
                .unwrap_or_else(|| panic!("{}: {} is not in {}", case.id, answer.variant, case.vcf));
            let gene = store.row(row, TranscriptPolicy::All).gene.unwrap_or_default();
            assert!(case.panel.contains(&gene), "{}: {gene} is not in the case's panel", case.id);
            assert!(answer.label.starts_with(&gene), "{}: {}", case.id, answer.label);
        }
        for lang_text in [&case.title, &case.referral] {
            assert!(
                !lang_text.en.is_empty() && !lang_text.nb.is_empty() && lang_text.en != lang_text.nb,
                "{}",
                case.id
            );
        }
        if let Some(ped) = &case.ped {
            let pedigree = Pedigree::parse(&case_file(ped)).unwrap();
            let family = Family::from_pedigree(&pedigree, &loaded.header.samples, None).unwrap();
            assert!(family.mother.is_some() && family.father.is_some(), "{}: a trio", case.id);
        }
    }
}
