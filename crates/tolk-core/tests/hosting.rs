//! What the server's manifest and the lab's policy make of a copy, on the
//! cases the service worker is held to as well (`tests/data/hosting/
//! standing.json`; `tests/hosting/sw-rules.mjs` runs them through
//! `tools/sw.js`): the page and the worker must never disagree on whether
//! a copy may open.

use std::path::Path;
use tolk_core::hosting::{standing, Manifest, Policy, Standing};

#[test]
fn the_page_judges_every_shared_case_as_the_service_worker_does() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/hosting/standing.json");
    let table: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let build = table["build"].as_str().unwrap();
    let cases = table["cases"].as_array().unwrap();
    assert!(cases.len() >= 20);
    for case in cases {
        let why = case["why"].as_str().unwrap();
        let body = |key: &str| case[key].as_str().map(|text| if text == "BUILD" { build } else { text });
        // As src/host.rs reads them: a file that does not read stops nothing.
        let manifest = body("manifest").and_then(|text| Manifest::read(text.as_bytes()).ok());
        let policy = body("policy").and_then(|text| Policy::read(text.as_bytes()).ok());
        let got = match standing(case["own"].as_str().unwrap(), manifest.as_ref(), policy.as_ref()) {
            Standing::Current => "current",
            Standing::Revoked { .. } => "revoked",
            Standing::TooOld { .. } => "too-old",
        };
        assert_eq!(got, case["expect"].as_str().unwrap(), "{why}");
    }
}
