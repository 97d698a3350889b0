//! `tolk stats FILE`: one JSON object with the counts the app's status area
//! shows. A file that cannot be read gives `FILE: line L: <problem>` on
//! stderr and exit code 2.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;
use tolk_core::{Loaded, Loader};

/// The chunk size the file is pushed in; the same as the worker's.
const CHUNK: usize = 1 << 20;

pub fn run(path: &Path, list_warnings: bool) -> ExitCode {
    let loaded = match load(path) {
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

fn load(path: &Path) -> Result<Loaded, String> {
    let cannot_read = |e: io::Error| format!("line 0: cannot read the file: {e}");
    let mut file = File::open(path).map_err(cannot_read)?;
    let mut loader = Loader::new();
    let mut buf = vec![0; CHUNK];
    loop {
        let n = file.read(&mut buf).map_err(cannot_read)?;
        if n == 0 {
            break;
        }
        loader.push(&buf[..n]).map_err(|e| e.to_string())?;
    }
    loader.finish().map_err(|e| e.to_string())
}
