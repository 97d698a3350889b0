//! Writes the `msg!` macro (`src/messages.rs`) from the English message
//! tables: one arm per message key, so a key the tables lack does not
//! build. English is the reference language; the tests hold Norwegian to
//! the same keys.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

fn main() {
    let tables = Path::new("locales/en");
    println!("cargo::rerun-if-changed=locales/en");
    let mut files: Vec<_> = std::fs::read_dir(tables)
        .expect("locales/en")
        .map(|entry| entry.expect("a table").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let mut keys = BTreeSet::new();
    for file in files {
        println!("cargo::rerun-if-changed={}", file.display());
        let text = std::fs::read_to_string(&file).expect("a readable table");
        // A message starts a line with its identifier (Fluent syntax 1.0:
        // `[a-zA-Z][a-zA-Z0-9_-]*`); comments, terms (`-name`),
        // continuation lines and attributes do not.
        for line in text.lines() {
            let Some((id, _)) = line.split_once('=') else { continue };
            let id = id.trim_end();
            let starts = id.starts_with(|c: char| c.is_ascii_alphabetic());
            if starts && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                keys.insert(id.to_owned());
            }
        }
    }
    let mut arms = String::new();
    for key in &keys {
        writeln!(arms, "    (\"{key}\") => {{ \"{key}\" }};").unwrap();
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("msg.rs");
    let macro_text = format!(
        "/// `msg!(\"note-title\")` is the message key `\"note-title\"`, checked as the\n\
         /// code builds against the English tables (`locales/en`): a key they lack\n\
         /// is a compile error, not a key shown on screen.\n\
         #[macro_export]\n\
         macro_rules! msg {{\n{arms}    ($other:literal) => {{ compile_error!(concat!(\"no message \", stringify!($other), \" in tolk-core/locales/en\")) }};\n}}\n"
    );
    std::fs::write(out, macro_text).expect("OUT_DIR is writable");
}
