//! `tolk stats FILE`: one JSON object with the counts the app's status area
//! shows. A file that cannot be read gives `FILE: line L: <problem>` on
//! stderr and exit code 2.

use crate::input;
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

pub fn run(path: &Path, threads: usize, list_warnings: bool) -> ExitCode {
    let loaded = match input::load(path, threads) {
        Ok(loaded) => loaded,
        Err(message) => {
            eprintln!("{}: {message}", path.display());
            return ExitCode::from(2);
        }
    };
    if list_warnings {
        let mut err = io::stderr().lock();
        for d in loaded.diagnostics.kept() {
            let _ = writeln!(err, "{}: {d}", path.display());
        }
    }
    let json = serde_json::to_string(&loaded.summary()).expect("a summary always serialises");
    println!("{json}");
    ExitCode::SUCCESS
}
