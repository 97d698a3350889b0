//! `tolk panel FILE [--min-confidence N]`: what a panel file holds, one JSON
//! object per panel: `{"name": ..., "version": ..., "genes": N}`.

use crate::narrow::read_panels;
use serde::Serialize;
use std::path::Path;
use std::process::ExitCode;
use tolk_core::panel::Confidence;

/// The fields in the order the issue gives them.
#[derive(Serialize)]
struct Summary<'a> {
    name: &'a str,
    version: Option<&'a str>,
    genes: usize,
}

pub fn run(path: &Path, min_confidence: Option<u8>) -> ExitCode {
    let panels = match read_panels(path) {
        Ok(panels) => panels,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let min = min_confidence.map_or(Confidence::Red, Confidence::at_least);
    for panel in &panels {
        let summary =
            Summary { name: &panel.name, version: panel.version.as_deref(), genes: panel.genes_at(min).count() };
        println!("{}", serde_json::to_string(&summary).expect("plain strings and numbers serialise"));
    }
    ExitCode::SUCCESS
}
