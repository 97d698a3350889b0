//! Phenopackets (GA4GH Phenopacket Schema v2) read from real example files
//! (tests/data/phenopacket, from the `phenopackets` crate's package, see
//! SOURCES.md), written and read back, and refused with a message that says
//! where and why: a version 1 file, bad JSON, a feature without a term id.

use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;
use tolk_core::family::{Affection, Individual, Pedigree, Sex};
use tolk_core::i18n::Lang;
use tolk_core::phenopacket::{self, Case, Export, PhenopacketError, Term};

fn data(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/phenopacket").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn term(id: &str, label: &str, excluded: bool) -> Term {
    Term { id: id.into(), label: label.into(), excluded }
}

fn error(json: &str) -> PhenopacketError {
    phenopacket::read(json).expect_err("should be refused")
}

fn person(id: &str, father: Option<&str>, mother: Option<&str>, sex: Sex, affected: Affection) -> Individual {
    Individual {
        family: "FAM1".into(),
        id: id.into(),
        father: father.map(Into::into),
        mother: mother.map(Into::into),
        sex,
        affected,
    }
}

fn trio_case() -> Case {
    Case {
        id: "case-7".into(),
        subject: Some("proband".into()),
        sex: Some(Sex::Female),
        terms: vec![
            term("HP:0001250", "Seizure", false),
            term("HP:0001263", "Global developmental delay", false),
            term("HP:0000252", "Microcephaly", true),
        ],
        diseases: vec![term("OMIM:308350", "Developmental and epileptic encephalopathy 1", true)],
        pedigree: Some(Pedigree {
            individuals: vec![
                person("proband", Some("father"), Some("mother"), Sex::Female, Affection::Affected),
                person("father", None, None, Sex::Male, Affection::Unaffected),
                person("mother", None, None, Sex::Female, Affection::Unknown),
            ],
        }),
    }
}

fn export(case: &Case) -> Export<'_> {
    Export { case, created: "2025-03-01T12:00:00Z", created_by: "Tolk 0.1.0", hpo_release: Some("2025-01-16") }
}

mod phenopacket_read {
    use super::*;

    #[test]
    fn a_v2_phenopacket_gives_its_terms_in_order_with_the_excluded_one_marked() {
        let case = phenopacket::read(&data("phenopackets-v2-phenopacket.json")).unwrap();
        assert_eq!(case.id, "comprehensive-phenopacket-id");
        assert_eq!(case.subject.as_deref(), Some("14 year-old boy"));
        assert_eq!(case.sex, Some(Sex::Male));
        assert_eq!(
            case.terms,
            vec![
                term("HP:0001558", "Decreased fetal movement", false),
                term("HP:0031910", "Abnormal cranial nerve physiology", true),
                term("HP:0011463", "Macroscopic hematuria", false),
                term("HP:0001270", "Motor delay", false),
            ]
        );
        assert_eq!(case.diseases, vec![term("OMIM:101600", "PFEIFFER SYNDROME", false)]);
        assert_eq!(case.pedigree, None, "a Phenopacket has no pedigree");
    }

    #[test]
    fn a_v2_family_gives_the_probands_phenotype_and_the_pedigree() {
        let case = phenopacket::read(&data("phenopackets-v2-family.json")).unwrap();
        assert_eq!(case.id, "comprehensive-family-id", "a family is known by the family's id");
        assert_eq!(case.subject.as_deref(), Some("14 year-old boy"));
        assert_eq!(case.sex, Some(Sex::Male));
        assert_eq!(case.terms.len(), 4);
        assert!(case.terms[1].excluded && case.terms[1].id == "HP:0031910");
        assert_eq!(case.diseases[0].id, "OMIM:101600");
        let pedigree = case.pedigree.expect("the family's pedigree");
        // The file's persons have no familyId: they belong to the Family.
        let family = |id: &str, father: Option<&str>, mother: Option<&str>, sex, affected| Individual {
            family: "comprehensive-family-id".into(),
            ..person(id, father, mother, sex, affected)
        };
        assert_eq!(
            pedigree.individuals,
            vec![
                family("14 year-old boy", Some("FATHER"), Some("MOTHER"), Sex::Male, Affection::Affected),
                family("MOTHER", None, None, Sex::Female, Affection::Unaffected),
                family("FATHER", None, None, Sex::Male, Affection::Unaffected),
            ]
        );
    }

    #[test]
    fn pedigree_persons_map_as_a_ped_file_does() {
        let json = r#"{
          "id": "FAM9",
          "proband": { "id": "pp", "subject": { "id": "kid" } },
          "relatives": [ { "id": "r1", "subject": { "id": "mum", "sex": "FEMALE" } } ],
          "pedigree": { "persons": [
            { "familyId": "F9", "individualId": "kid", "paternalId": "0", "maternalId": "mum", "sex": 2, "affectedStatus": 2 },
            { "familyId": "F9", "individualId": "mum", "paternalId": "", "sex": "UNKNOWN_SEX", "affectedStatus": "MISSING" },
            { "familyId": "F9", "individualId": "dad", "sex": "other_sex", "affectedStatus": 1 }
          ] }
        }"#;
        let case = phenopacket::read(json).unwrap();
        assert_eq!((case.id.as_str(), case.sex), ("FAM9", None));
        let p = case.pedigree.unwrap();
        let kid = p.get("kid").unwrap();
        assert_eq!((kid.father.as_deref(), kid.mother.as_deref()), (None, Some("mum")), "\"0\" is no parent");
        assert_eq!((kid.sex, kid.affected), (Sex::Male, Affection::Affected), "enum numbers as in the schema");
        let mum = p.get("mum").unwrap();
        assert_eq!(mum.sex, Sex::Female, "the relative's own phenopacket fills in an unknown sex");
        assert_eq!((mum.father.as_deref(), mum.affected), (None, Affection::Unknown));
        assert_eq!((p.get("dad").unwrap().sex, p.get("dad").unwrap().affected), (Sex::Unknown, Affection::Unaffected));
        assert_eq!(kid.family, "F9");
    }

    #[test]
    fn fields_tolk_does_not_use_and_nulls_are_passed_over() {
        let json = r#"{"id":"x","subject":{"id":"p","sex":null,"vitalStatus":{"status":"WEIRD"}},
            "phenotypicFeatures":[{"type":{"id":" HP:0001250 "},"excluded":null,"onset":{"age":7}}],
            "pedigree":{"persons":"not read on a Phenopacket"},
            "measurements":[1,2,3],"diseases":null}"#;
        let case = phenopacket::read(json).unwrap();
        assert_eq!(case.sex, None);
        assert_eq!(case.terms, vec![term("HP:0001250", "", false)], "spaces around an id are trimmed");
        assert!(case.diseases.is_empty() && case.pedigree.is_none());
    }
}

mod phenopacket_write {
    use super::*;

    #[test]
    fn a_trio_round_trips_as_a_family() {
        let case = trio_case();
        let json = phenopacket::write(&export(&case));
        let value: Value = serde_json::from_str(&json).unwrap();
        assert!(value.get("proband").is_some() && value.get("pedigree").is_some(), "{json}");
        assert_eq!(phenopacket::read(&json).unwrap(), case);
    }

    #[test]
    fn a_case_without_relatives_round_trips_as_a_phenopacket() {
        let mut case = trio_case();
        case.pedigree = None;
        case.diseases.push(term("ORPHA:1934", "Early infantile epileptic encephalopathy", false));
        let json = phenopacket::write(&export(&case));
        assert_eq!(phenopacket::read(&json).unwrap(), case);
        let empty = Case { id: "bare".into(), ..Case::default() };
        assert_eq!(phenopacket::read(&phenopacket::write(&export(&empty))).unwrap(), empty);
    }

    #[test]
    fn a_pedigree_of_the_proband_alone_is_a_phenopacket() {
        let mut case = trio_case();
        case.pedigree.as_mut().unwrap().individuals.truncate(1);
        let value: Value = serde_json::from_str(&phenopacket::write(&export(&case))).unwrap();
        assert!(value.get("proband").is_none() && value.get("phenotypicFeatures").is_some());
    }

    #[test]
    fn the_json_is_canonical_v2() {
        let mut case = trio_case();
        case.pedigree = None;
        let value: Value = serde_json::from_str(&phenopacket::write(&export(&case))).unwrap();
        let expected = serde_json::json!({
            "id": "case-7",
            "subject": { "id": "proband", "sex": "FEMALE" },
            "phenotypicFeatures": [
                { "type": { "id": "HP:0001250", "label": "Seizure" } },
                { "type": { "id": "HP:0001263", "label": "Global developmental delay" } },
                { "type": { "id": "HP:0000252", "label": "Microcephaly" }, "excluded": true }
            ],
            "diseases": [
                { "term": { "id": "OMIM:308350", "label": "Developmental and epileptic encephalopathy 1" }, "excluded": true }
            ],
            "metaData": {
                "created": "2025-03-01T12:00:00Z",
                "createdBy": "Tolk 0.1.0",
                "resources": [
                    {
                        "id": "hp",
                        "name": "human phenotype ontology",
                        "url": "http://purl.obolibrary.org/obo/hp.owl",
                        "version": "2025-01-16",
                        "namespacePrefix": "HP",
                        "iriPrefix": "http://purl.obolibrary.org/obo/HP_"
                    },
                    {
                        "id": "omim",
                        "name": "Online Mendelian Inheritance in Man",
                        "url": "https://www.omim.org",
                        "namespacePrefix": "OMIM",
                        "iriPrefix": "https://omim.org/entry/"
                    }
                ],
                "phenopacketSchemaVersion": "2.0"
            }
        });
        assert_eq!(value, expected);
    }

    #[test]
    fn a_family_carries_persons_and_metadata_in_v2_form() {
        let json = phenopacket::write(&export(&trio_case()));
        let value: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["id"], "case-7");
        assert_eq!(value["proband"]["subject"]["sex"], "FEMALE");
        assert_eq!(value["proband"]["metaData"]["phenopacketSchemaVersion"], "2.0");
        assert_eq!(value["metaData"]["createdBy"], "Tolk 0.1.0");
        assert_eq!(
            value["pedigree"]["persons"][0],
            serde_json::json!({
                "familyId": "FAM1", "individualId": "proband", "paternalId": "father", "maternalId": "mother",
                "sex": "FEMALE", "affectedStatus": "AFFECTED"
            })
        );
        assert_eq!(
            value["pedigree"]["persons"][2],
            serde_json::json!({ "familyId": "FAM1", "individualId": "mother", "sex": "FEMALE", "affectedStatus": "MISSING" })
        );
    }

    #[test]
    fn the_examples_read_the_same_after_a_write() {
        for name in ["phenopackets-v2-phenopacket.json", "phenopackets-v2-family.json"] {
            let case = phenopacket::read(&data(name)).unwrap();
            let again = phenopacket::read(&phenopacket::write(&export(&case))).unwrap();
            assert_eq!(again, case, "{name}");
        }
    }
}

mod phenopacket_errors {
    use super::*;

    #[test]
    fn bad_json_says_line_and_column() {
        let e = error("{\n  \"id\": \"x\",\n  \"subject\": {\"id\": }\n}");
        assert_eq!(e.path, "");
        assert_eq!(e.to_string(), "this is not valid JSON: expected value (line 3, column 21)");
        assert_eq!(e.phrase().render(Lang::Nb), "dette er ikke gyldig JSON: expected value (linje 3, kolonne 21)");
    }

    #[test]
    fn a_v1_file_is_refused_by_its_version() {
        let e = error(&data("phenopackets-v1-phenopacket.json"));
        assert_eq!(e.path, "metaData.phenopacketSchemaVersion");
        assert!(
            e.to_string().starts_with(
                "metaData.phenopacketSchemaVersion: Phenopacket Schema version 1.0.0; Tolk reads version 2"
            ),
            "{e}"
        );
    }

    #[test]
    fn a_v1_file_without_a_version_is_known_by_its_fields() {
        let mut v1: Value = serde_json::from_str(&data("phenopackets-v1-phenopacket.json")).unwrap();
        v1["metaData"].as_object_mut().unwrap().remove("phenopacketSchemaVersion");
        let e = error(&v1.to_string());
        assert_eq!(e.path, "genes", "{e}");
        let negated = r#"{"id":"x","phenotypicFeatures":[{"type":{"id":"HP:0001250"}},{"type":{"id":"HP:0001263"},"negated":true}]}"#;
        let e = error(negated);
        assert_eq!(e.path, "phenotypicFeatures[1].negated");
        assert!(e.to_string().contains("a field of Phenopacket Schema version 1"), "{e}");
        let family = format!(r#"{{"id":"f","proband":{}}}"#, negated);
        assert_eq!(error(&family).path, "proband.phenotypicFeatures[1].negated");
    }

    #[test]
    fn an_unknown_version_is_refused() {
        let e = error(r#"{"id":"x","metaData":{"phenopacketSchemaVersion":"3.0"}}"#);
        assert_eq!(e.to_string(), "metaData.phenopacketSchemaVersion: Phenopacket Schema version \"3.0\" is not one Tolk reads; it reads version 2");
    }

    #[test]
    fn a_feature_without_a_term_id_is_named_by_its_path() {
        let json = r#"{"id":"x","phenotypicFeatures":[
            {"type":{"id":"HP:0001250"}},{"type":{"id":"HP:0001263"}},{"type":{"id":"HP:0000252"}},
            {"type":{"label":"Seizure"}}]}"#;
        let e = error(json);
        assert_eq!(e.path, "phenotypicFeatures[3].type.id");
        assert_eq!(e.to_string(), "phenotypicFeatures[3].type.id: required, but missing");
        assert_eq!(e.phrase().render(Lang::Nb), "phenotypicFeatures[3].type.id: påkrevd, men mangler");
        assert_eq!(error(r#"{"id":"x","phenotypicFeatures":[{"excluded":true}]}"#).path, "phenotypicFeatures[0].type");
        assert_eq!(error(r#"{"id":"x","diseases":[{"term":{"id":""}}]}"#).path, "diseases[0].term.id");
    }

    #[test]
    fn a_term_id_must_be_prefix_colon_local() {
        let e = error(r#"{"id":"x","phenotypicFeatures":[{"type":{"id":"HP_0001250"}}]}"#);
        assert_eq!(
            e.to_string(),
            "phenotypicFeatures[0].type.id: \"HP_0001250\" is not a term id of the form PREFIX:LOCAL, such as HP:0001250"
        );
    }

    #[test]
    fn wrong_types_and_values_are_named() {
        let cases = [
            (r#"{"id":"x","phenotypicFeatures":{}}"#, "phenotypicFeatures: should be a list (a JSON array)"),
            (
                r#"{"id":"x","phenotypicFeatures":[{"type":{"id":"HP:1"},"excluded":"yes"}]}"#,
                "phenotypicFeatures[0].excluded: should be true or false",
            ),
            (r#"{"id":7}"#, "id: should be text (a JSON string)"),
            (r#"{"id":"x","subject":[]}"#, "subject: should be a JSON object"),
            (
                r#"{"id":"x","subject":{"sex":"M"}}"#,
                "subject.sex: \"M\" is not one of UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX",
            ),
            (
                r#"{"id":"f","proband":{},"pedigree":{"persons":[{"individualId":"a","affectedStatus":9}]}}"#,
                "pedigree.persons[0].affectedStatus: \"9\" is not one of MISSING, UNAFFECTED, AFFECTED",
            ),
            (
                r#"{"id":"f","proband":{},"pedigree":{"persons":[{"individualId":"a","maternalId":"a"}]}}"#,
                "pedigree.persons[0].maternalId: individual \"a\" is named as their own parent",
            ),
            (
                r#"{"id":"f","proband":{},"pedigree":{"persons":[{"individualId":"a"},{"individualId":"a"}]}}"#,
                "pedigree.persons[1].individualId: individual \"a\" of family \"f\" is listed twice",
            ),
            (
                r#"{"id":"f","proband":{},"pedigree":{"persons":[{"sex":"MALE"}]}}"#,
                "pedigree.persons[0].individualId: required, but missing",
            ),
            (r#"{"id":"f","proband":"kid"}"#, "proband: should be a JSON object"),
        ];
        for (json, message) in cases {
            assert_eq!(error(json).to_string(), message, "{json}");
        }
    }

    #[test]
    fn what_is_not_a_phenopacket_says_so() {
        let not = "neither a phenopacket nor a family: a phenopacket is a JSON object with \"subject\" and \"phenotypicFeatures\", a family one with \"proband\"";
        for json in ["{}", "[]", "\"HP:0001250\"", "null", r#"{"resourceType":"Bundle"}"#] {
            assert_eq!(error(json).to_string(), not, "{json}");
        }
        assert_eq!(
            error(&data("phenopackets-v2-cohort.json")).to_string(),
            "a cohort of 3 phenopackets; Tolk reads one phenopacket, or one family"
        );
        assert_eq!(
            error(r#"{"id":"c","members":[{}]}"#).phrase().render(Lang::Nb),
            "en kohort med én phenopacket; Tolk leser én phenopacket eller én familie"
        );
    }

    /// The example family with its `at`-th value (counting every value,
    /// depth first, modulo their number) replaced by `replacement`.
    fn damaged(replacement: Value, at: usize) -> String {
        fn count(v: &Value) -> usize {
            1 + match v {
                Value::Object(m) => m.values().map(count).sum(),
                Value::Array(a) => a.iter().map(count).sum(),
                _ => 0,
            }
        }
        fn replace(v: &mut Value, n: &mut usize, with: &Value) -> bool {
            if *n == 0 {
                *v = with.clone();
                return true;
            }
            *n -= 1;
            match v {
                Value::Object(m) => m.values_mut().any(|c| replace(c, n, with)),
                Value::Array(a) => a.iter_mut().any(|c| replace(c, n, with)),
                _ => false,
            }
        }
        let mut family: Value = serde_json::from_str(&data("phenopackets-v2-family.json")).unwrap();
        let mut n = at % count(&family);
        replace(&mut family, &mut n, &replacement);
        family.to_string()
    }

    fn any_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
            prop_oneof![Just("HP:0001250".to_owned()), Just("1.0.0".to_owned()), Just("MALE".to_owned()), ".*"]
                .prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 16, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::btree_map("[a-zA-Z]{1,12}|id|type|excluded|sex", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    fn check(json: &str) {
        if let Err(e) = phenopacket::read(json) {
            assert!(e.phrase().is_wordable(), "{e:?}");
        }
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics(text in ".*") {
            check(&text);
        }

        #[test]
        fn a_cut_or_damaged_file_never_panics(cut in 0usize..9000, flips in prop::collection::vec((0usize..9000, any::<char>()), 0..4)) {
            let mut chars: Vec<char> = data("phenopackets-v2-family.json").chars().collect();
            for (at, c) in flips {
                let n = chars.len();
                chars[at % n] = c;
            }
            chars.truncate(chars.len() - cut.min(chars.len()));
            check(&chars.into_iter().collect::<String>());
        }

        #[test]
        fn any_value_anywhere_never_panics(replacement in any_json(), at in any::<usize>()) {
            check(&damaged(replacement, at));
        }

        #[test]
        fn whatever_is_read_writes_and_reads_back_the_same(replacement in any_json(), at in any::<usize>()) {
            if let Ok(case) = phenopacket::read(&damaged(replacement, at)) {
                let again = phenopacket::read(&phenopacket::write(&export(&case)));
                prop_assert_eq!(again.as_ref(), Ok(&case));
            }
        }
    }
}
