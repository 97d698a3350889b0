//! Reading a VCF from disk through the engine: the whole file into a
//! `Loaded`, in one pass or in parts parsed on several threads, or its
//! lines one by one for a second pass that decodes records in full.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use tolk_core::annotation::FieldMap;
use tolk_core::compression::Inflater;
use tolk_core::parts::{parse_part, ParsedPart, Part, PartContext, PART_BYTES};
use tolk_core::vcf::lines::{Line, LineSplitter};
use tolk_core::{LoadError, Loaded, Loader};

/// The chunk size files are pushed in; the same as the browser worker's.
const CHUNK: usize = 1 << 20;

/// Loads `path`, parsing on `threads` threads (1: a single pass on this
/// one); the error is `line L: <problem>`, as the app shows it.
pub fn load(path: &Path, threads: usize) -> Result<Loaded, String> {
    if threads <= 1 {
        let mut loader = Loader::new();
        each_chunk(path, |chunk| loader.push(chunk).map_err(|e| e.to_string()))?;
        return loader.finish().map_err(|e| e.to_string());
    }
    load_in_parts(path, threads)
}

/// This thread reads, inflates and cuts the file into parts; `threads`
/// others parse them; this one joins them as they come back. At most two
/// parts per thread wait to be parsed, so a fast reader cannot fill memory
/// with text.
fn load_in_parts(path: &Path, threads: usize) -> Result<Loaded, String> {
    type Job = (Arc<PartContext>, Part);
    let (jobs, queue) = mpsc::sync_channel::<Job>(threads * 2);
    let queue: Arc<Mutex<Receiver<Job>>> = Arc::new(Mutex::new(queue));
    let (done, parsed) = mpsc::channel::<Result<ParsedPart, LoadError>>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let (queue, done) = (queue.clone(), done.clone());
            scope.spawn(move || loop {
                let job = queue.lock().map_err(|_| ()).and_then(|q| q.recv().map_err(|_| ()));
                let Ok((context, part)) = job else { return };
                if done.send(parse_part(&context, &part)).is_err() {
                    return;
                }
            });
        }
        drop(done);
        let mut loader = Loader::in_parts(FieldMap::default(), PART_BYTES);
        let mut context: Option<Arc<PartContext>> = None;
        let mut hand_out = |loader: &mut Loader| -> Result<(), LoadError> {
            for part in loader.take_parts() {
                let context = match &context {
                    Some(c) => c.clone(),
                    None => context.insert(Arc::new(loader.part_context().expect("parts follow the header"))).clone(),
                };
                // The parsers outlive this loop; a send fails only if they all died.
                let _ = jobs.send((context, part));
            }
            while let Ok(part) = parsed.try_recv() {
                loader.join_part(part?)?;
            }
            Ok(())
        };
        each_chunk(path, |chunk| loader.push(chunk).and_then(|()| hand_out(&mut loader)).map_err(|e| e.to_string()))?;
        loader.end_input().and_then(|()| hand_out(&mut loader)).map_err(|e| e.to_string())?;
        drop(jobs);
        for part in parsed {
            loader.join_part(part.map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
        }
        loader.finish().map_err(|e| e.to_string())
    })
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

pub fn each_chunk(path: &Path, mut push: impl FnMut(&[u8]) -> Result<(), String>) -> Result<(), String> {
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
