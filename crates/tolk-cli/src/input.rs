//! Reading a VCF from disk through the engine: the whole file into a
//! `Loaded`, in one pass or in parts parsed on several threads, or its
//! lines one by one for a second pass that decodes records in full.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Condvar, Mutex};
use tolk_core::annotation::FieldMap;
use tolk_core::compression::bgzf::BlockScan;
use tolk_core::compression::{Compression, Inflater};
use tolk_core::i18n::Lang;
use tolk_core::parts::ranges::{cut, LineNumbers, RangeLoad};
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
    match load_in_ranges(path, threads) {
        Some(Ok(loaded)) => Ok(loaded),
        // The single pass names the line the damaged block holds.
        Some(Err(Stopped::Damaged)) => load(path, 1),
        Some(Err(Stopped::Refused(message))) => Err(message),
        None => load_in_parts(path, threads),
    }
}

/// Why a load in ranges stopped.
enum Stopped {
    /// A block could not be read or inflated: its line is not known here.
    Damaged,
    /// The engine refused the text (a file too large to hold), naming the line.
    Refused(String),
}

/// A BGZF file: `threads` threads each take the next range of blocks,
/// inflate and cut it, count its lines, wait for the ranges before it to
/// be counted (they were taken first), and parse it; this thread only
/// finds the blocks and the header and joins. `None` for a file that is
/// not BGZF or whose header is not found near its start.
fn load_in_ranges(path: &Path, threads: usize) -> Option<Result<Loaded, Stopped>> {
    let mut scan = BlockScan::default();
    each_chunk(path, |chunk| {
        scan.push(chunk);
        Ok(())
    })
    .ok()?;
    let mut file = File::open(path).ok()?;
    let mut load = RangeLoad::start(FieldMap::default(), scan.finish()?, |a, b| read_at(&mut file, a, b))?;
    let (blocks, ranges, context) = (load.blocks().to_vec(), load.ranges().to_vec(), load.context().clone());
    let shared =
        Shared { counts: Mutex::new(Counts { numbers: load.line_numbers(), failed: false }), counted: Condvar::new() };
    let next = AtomicUsize::new(0);
    let (done, parsed) = mpsc::channel::<Result<ParsedPart, Stopped>>();
    let joined = std::thread::scope(|scope| {
        let (blocks, ranges, context, shared, next) = (&blocks, &ranges, &context, &shared, &next);
        for _ in 0..threads {
            let done = done.clone();
            scope.spawn(move || {
                let Ok(mut file) = File::open(path) else { return shared.fail() };
                while let Some(&range) = ranges.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let text = match cut(blocks, range, |a, b| read_at(&mut file, a, b)) {
                        Ok(text) => text,
                        Err(_) => {
                            shared.fail();
                            let _ = done.send(Err(Stopped::Damaged));
                            return;
                        }
                    };
                    let Some(first_line) = shared.first_line(text.index, text.lines) else { return };
                    let part = parse_part(context, &text.into_part(first_line)).map_err(refused);
                    if done.send(part).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done);
        // Joined as they come; an error ends the channel, and the threads with it.
        parsed.into_iter().try_for_each(|part| load.join(part?).map_err(refused))
    });
    Some(joined.and_then(|()| load.finish().map_err(refused)))
}

fn refused(e: LoadError) -> Stopped {
    Stopped::Refused(e.to_string())
}

/// The ranges' line counts, shared by the threads that cut them.
struct Shared {
    counts: Mutex<Counts>,
    counted: Condvar,
}

struct Counts {
    numbers: LineNumbers,
    /// A range could not be read: nobody waits for its count.
    failed: bool,
}

impl Shared {
    fn fail(&self) {
        if let Ok(mut counts) = self.counts.lock() {
            counts.failed = true;
        }
        self.counted.notify_all();
    }

    /// Notes range `index`'s count, then waits for the number of its first
    /// line; `None` if a range before it failed.
    fn first_line(&self, index: u32, lines: u64) -> Option<u64> {
        let mut counts = self.counts.lock().ok()?;
        counts.numbers.count(index, lines);
        self.counted.notify_all();
        loop {
            if counts.failed {
                return None;
            }
            if let Some(first) = counts.numbers.first_line(index) {
                return Some(first);
            }
            counts = self.counted.wait(counts).ok()?;
        }
    }
}

/// Bytes `start..end` of the file.
fn read_at(file: &mut File, start: u64, end: u64) -> Result<Vec<u8>, String> {
    let mut bytes = vec![0; (end - start) as usize];
    file.seek(SeekFrom::Start(start)).and_then(|_| file.read_exact(&mut bytes)).map_err(|e| e.to_string())?;
    Ok(bytes)
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

/// Reads the records of `rows` (ascending) again and gives each row's
/// record text to `read`, on `threads` threads, each reading only the
/// blocks its rows' records lie in (the load's `TextIndex`); the results
/// come back in `rows`' order. A file of one gzip member can only be read
/// from its start: it is read line by line, on this thread.
pub fn records<T: Send>(
    path: &Path,
    loaded: &Loaded,
    rows: &[u32],
    threads: usize,
    read: &(impl Fn(u32, &str) -> Result<T, String> + Sync),
) -> Result<Vec<T>, String> {
    let store = &loaded.store;
    let changed = || "the file changed while it was read; its rows were not found again".to_owned();
    if loaded.compression == Compression::Gzip {
        let mut out = Vec::with_capacity(rows.len());
        let mut read_all = Ok(());
        for_each_line(path, |line| {
            if read_all.is_err() {
                return;
            }
            while let Some(&row) = rows.get(out.len()).filter(|&&r| store.location(r as usize).line == line.number) {
                match read(row, &String::from_utf8_lossy(line.bytes)) {
                    Ok(value) => out.push(value),
                    Err(problem) => return read_all = Err(problem),
                }
            }
        })?;
        read_all?;
        return if out.len() == rows.len() { Ok(out) } else { Err(changed()) };
    }
    let file_len = std::fs::metadata(path).map_err(|e| format!("cannot read the file: {e}"))?.len();
    let pieces: Vec<&[u32]> = rows.chunks(rows.len().div_ceil(threads.max(1) * 8).max(64)).collect();
    let next = AtomicUsize::new(0);
    let read_piece = |file: &mut File, piece: &[u32]| -> Result<Vec<T>, String> {
        // Neighbouring rows share blocks: each run of blocks is inflated once.
        let mut inflated: Option<((u64, u64), Vec<u8>)> = None;
        let mut out = Vec::with_capacity(piece.len());
        for &row in piece {
            let at = store.location(row as usize);
            let plan = loaded.index.plan(at.text_offset, u64::from(at.text_len));
            let span = (plan.start, plan.end.unwrap_or(file_len));
            if inflated.as_ref().is_none_or(|(s, _)| *s != span) {
                let bytes = read_at(file, span.0, span.1).map_err(|_| changed())?;
                inflated = Some((span, plan.inflate(&bytes).map_err(|p| p.render(Lang::En))?));
            }
            let text = inflated.as_ref().map(|(_, text)| text).expect("inflated above");
            let record = plan.cut(text).map_err(|p| p.render(Lang::En))?;
            out.push(read(row, &String::from_utf8_lossy(record))?);
        }
        Ok(out)
    };
    let mut done: Vec<(usize, Result<Vec<T>, String>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.clamp(1, pieces.len().max(1)))
            .map(|_| {
                scope.spawn(|| {
                    let mut file = File::open(path).map_err(|e| format!("cannot read the file: {e}"));
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(&piece) = pieces.get(index) else { break };
                        let result = file.as_mut().map_err(|e| e.clone()).and_then(|file| read_piece(file, piece));
                        done.push((index, result));
                    }
                    done
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().expect("a reader thread panicked")).collect()
    });
    done.sort_by_key(|(index, _)| *index);
    let pieces = done.into_iter().map(|(_, piece)| piece).collect::<Result<Vec<_>, _>>()?;
    Ok(pieces.into_iter().flatten().collect())
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
