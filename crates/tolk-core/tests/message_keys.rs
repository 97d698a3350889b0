//! Every message key the code names is in the tables. A key that is not
//! shows itself on screen (`Lang::t` returns it), so a typo would reach a
//! clinician as `note-panel-headng`; this test finds it first.
//!
//! It reads the Rust sources of the app (`src/`) and of the crates. A
//! string literal is taken for a key when it is the argument of a lookup
//! (`t("…")`, `tr("…")`, `tr_with("…"`, `t_with("…"`), or when it looks
//! like one (words joined by `-`, starting with a prefix the tables use)
//! and is not an element attribute's value (`class="note-fields"`,
//! `data-testid="note-panel"`, which share the prefixes).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use tolk_core::i18n::{keys, Lang};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn looks_like_key(s: &str) -> bool {
    s.contains('-')
        && s.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

#[test]
fn every_key_the_code_names_is_in_the_tables() {
    let known: BTreeSet<&str> = keys(Lang::En).into_iter().collect();
    let prefixes: BTreeSet<&str> = known.iter().filter_map(|k| k.split('-').next()).collect();
    let mut files = Vec::new();
    rust_files(&repo().join("src"), &mut files);
    for krate in std::fs::read_dir(repo().join("crates")).unwrap().flatten() {
        rust_files(&krate.path().join("src"), &mut files);
    }
    // The tables' own module: its test looks up a key that is not there.
    files.retain(|f| !f.ends_with("tolk-core/src/i18n.rs"));
    assert!(files.len() > 50, "the sources were found");

    let mut unknown = Vec::new();
    let mut named = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            // Outside and inside of quotes alternate; keys hold no escapes.
            let parts: Vec<&str> = line.split('"').collect();
            for i in (1..parts.len()).step_by(2) {
                let (before, literal) = (parts[i - 1], parts[i]);
                let lookup = ["t(", "tr(", "tr_with(", "t_with("].iter().any(|call| {
                    before
                        .strip_suffix(call)
                        .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric() || c == '_'))
                });
                let attribute = before.ends_with('=');
                let key_like = looks_like_key(literal) && prefixes.contains(literal.split('-').next().unwrap());
                if lookup || (key_like && !attribute) {
                    named += 1;
                    if !known.contains(literal) {
                        unknown.push(format!("{}:{}: {literal}", file.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(named > 300, "the scan sees the code's keys ({named})");
    assert_eq!(unknown, Vec::<String>::new(), "keys the tables do not have");
}
