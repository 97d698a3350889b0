//! Every message key the code writes goes through `msg!`, which checks it
//! against the tables as the code builds: a key they lack does not compile,
//! where it would otherwise show itself on screen (`Lang::t` returns it), a
//! typo reaching a clinician as `note-panel-headng`. A `vocabulary!`
//! table's keys go through `msg!` inside the macro. This test finds a key
//! written without it, which the compiler would not check.
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
fn every_key_the_code_names_is_checked_by_the_compiler() {
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

    let mut unchecked = Vec::new();
    let mut named = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") || is_vocabulary_entry(line) {
                continue;
            }
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
                let checked = before.ends_with("msg!(");
                if checked || lookup || (key_like && !attribute) {
                    named += 1;
                    if !checked {
                        unchecked.push(format!("{}:{}: {literal}", file.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(named > 300, "the scan sees the code's keys ({named})");
    assert_eq!(unchecked, Vec::<String>::new(), "keys written without msg!(\"…\")");
}

/// A `vocabulary!` entry: `Value => ("id", "key"),`.
fn is_vocabulary_entry(line: &str) -> bool {
    let Some((_, rest)) = line.split_once("=> (\"") else { return false };
    rest.trim_end().ends_with("\"),") && rest.matches('"').count() == 3
}

#[test]
fn the_scan_knows_a_checked_key_from_an_unchecked_one() {
    assert!(is_vocabulary_entry(r#"        Pending => ("pending", "confirmation-pending"),"#));
    assert!(!is_vocabulary_entry(r#"        x => t("confirmation-pending"),"#));
}
