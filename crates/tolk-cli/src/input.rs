//! Reading a VCF from disk through the engine: the whole file into a
//! `Loaded`, or its lines one by one for a second pass that decodes records
//! in full.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;
use tolk_core::compression::Inflater;
use tolk_core::vcf::lines::{Line, LineSplitter};
use tolk_core::{Loaded, Loader};

/// The chunk size files are pushed in; the same as the browser worker's.
const CHUNK: usize = 1 << 20;

/// Loads `path`; the error is `line L: <problem>`, as the app shows it.
pub fn load(path: &Path) -> Result<Loaded, String> {
    let mut loader = Loader::new();
    each_chunk(path, |chunk| loader.push(chunk).map_err(|e| e.to_string()))?;
    loader.finish().map_err(|e| e.to_string())
}

/// Calls `on_line` for every line of the uncompressed text of `path`.
pub fn for_each_line(path: &Path, on_line: impl FnMut(Line<'_>)) -> Result<(), String> {
    let mut inflater = Inflater::new(LineSink { lines: LineSplitter::default(), on_line });
    each_chunk(path, |chunk| inflater.write(chunk).map_err(|e| format!("{e:?}")))?;
    inflater.finish().map_err(|e| format!("{e:?}"))?;
    let mut sink = inflater.into_sink();
    sink.lines.finish(&mut sink.on_line);
    Ok(())
}

fn each_chunk(path: &Path, mut push: impl FnMut(&[u8]) -> Result<(), String>) -> Result<(), String> {
    let cannot_read = |e: io::Error| format!("line 0: cannot read the file: {e}");
    let mut file = File::open(path).map_err(cannot_read)?;
    let mut buf = vec![0; CHUNK];
    loop {
        let n = file.read(&mut buf).map_err(cannot_read)?;
        if n == 0 {
            return Ok(());
        }
        push(&buf[..n])?;
    }
}

struct LineSink<F> {
    lines: LineSplitter,
    on_line: F,
}

impl<F: FnMut(Line<'_>)> Write for LineSink<F> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.lines.push(buf, |line| {
            (self.on_line)(line);
            true
        });
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
