//! Reading a BGZF file in ranges of blocks, each inflated, cut and parsed
//! by its own parser: the reader only finds the blocks (from their
//! headers, `compression::bgzf`), reads the header, hands out ranges and
//! joins the parsed parts, so no core waits on one that inflates and cuts
//! the whole file for the others (`crate::parts`).
//!
//! A range is a run of whole blocks. A record line belongs to the range
//! whose text holds its first byte, so a parser of range `k` skips the end
//! of a line begun in range `k - 1` (it reads the block before its first to
//! see whether its first byte starts a line) and reads on into the blocks
//! after its last until its last line ends. The lines a range holds are
//! known as soon as it is inflated; its first line's number is the sum of
//! the ranges before it, so a parser waits for its elders' counts (a
//! short wait: they started first) and then parses its text as a
//! [`Part`], numbered and placed as in the whole file.

use super::{ParsedPart, Part, PartContext};
use crate::annotation::FieldMap;
use crate::compression::bgzf::{inflate_blocks, Block, Blocks};
use crate::diagnostics::LoadError;
use crate::vcf::lines::LineSplitter;
use crate::{Loaded, Loader};

/// The text a range holds, about: as a part's ([`super::PART_BYTES`]).
pub const RANGE_BYTES: usize = super::PART_BYTES;

/// A header longer than this is not looked for in ranges: the file is read
/// in one pass, which reports whatever is wrong with it.
const MAX_HEADER_BYTES: u64 = 64 << 20;

/// The reader's side of a load in ranges: the blocks, the header, the
/// ranges to hand out, and the loader that joins their parts.
pub struct RangeLoad {
    loader: Loader,
    blocks: Blocks,
    header: HeaderEnd,
    context: PartContext,
    ranges: Vec<Range>,
    /// The first line of each range joined, by index: a range never joined
    /// fails the load (as a part never joined does) at the line after the
    /// range before it.
    joined: Vec<Option<(u64, u64)>>,
}

impl RangeLoad {
    /// Reads the header from the first blocks (`read(start, end)` gives
    /// the file's bytes) and plans the ranges. `None` when the file should
    /// be read in one pass instead: no complete `#CHROM` line near the
    /// start, or a header the loader refuses (the single pass names why).
    pub fn start(
        fields: FieldMap,
        blocks: Blocks,
        mut read: impl FnMut(u64, u64) -> Result<Vec<u8>, String>,
    ) -> Option<RangeLoad> {
        let mut text = Vec::new();
        let mut header = None;
        for block in &blocks.blocks {
            if block.text >= MAX_HEADER_BYTES {
                break;
            }
            inflate_blocks(&read(block.offset, block.end()).ok()?, &mut text).ok()?;
            header = header_end(&text);
            if header.is_some() {
                break;
            }
        }
        let header = header?;
        let mut loader = Loader::in_ranges(fields);
        loader.push(&text[..header.records_start as usize]).ok()?;
        loader.end_input().ok()?;
        let context = loader.part_context()?;
        let ranges = plan(&blocks.blocks, header, RANGE_BYTES);
        let joined = vec![None; ranges.len()];
        Some(RangeLoad { loader, blocks, header, context, ranges, joined })
    }

    /// The ranges to cut ([`cut`]) and parse, each as the part it becomes.
    pub fn ranges(&self) -> &[Range] {
        &self.ranges
    }

    pub fn blocks(&self) -> &[Block] {
        &self.blocks.blocks
    }

    /// What parsing a range's part needs.
    pub fn context(&self) -> &PartContext {
        &self.context
    }

    /// The numbers of the ranges' first lines, to be told their counts.
    pub fn line_numbers(&self) -> LineNumbers {
        LineNumbers::new(self.header, self.ranges.len())
    }

    /// Joins a parsed range; they may come back in any order.
    pub fn join(&mut self, part: ParsedPart) -> Result<(), LoadError> {
        if let Some(slot) = self.joined.get_mut(part.report.index as usize) {
            *slot = Some((part.report.first_line, part.report.records));
        }
        self.loader.join_part(part)
    }

    /// The load, once every range is joined.
    pub fn finish(self) -> Result<Loaded, LoadError> {
        if let Some(missing) = self.joined.iter().position(Option::is_none) {
            let after = self.joined[..missing].iter().rev().find_map(|j| *j);
            let line = after.map_or(self.header.lines + 1, |(first, records)| first + records);
            return Err(LoadError::Unfinished { line });
        }
        self.loader.finish_blocks(&self.blocks)
    }
}

/// Where a file's header ends, in the text of its first blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeaderEnd {
    /// Lines up to and including the `#CHROM` line.
    pub lines: u64,
    /// The text offset of the first record line.
    pub records_start: u64,
}

/// The end of the first line starting `#CHROM` in `text` (the start of a
/// file), once that line is complete. The header before it is read as
/// text by a loader ([`crate::Loader::in_ranges`]), which decides whether
/// it is a header at all.
pub fn header_end(text: &[u8]) -> Option<HeaderEnd> {
    let mut lines = LineSplitter::default();
    let mut found = None;
    lines.push(text, |line| {
        if line.bytes.starts_with(b"#CHROM") {
            found = Some(HeaderEnd { lines: line.number, records_start: line.offset + line.bytes.len() as u64 + 1 });
        }
        found.is_none()
    });
    found
}

/// A run of blocks one parser reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Range {
    /// Ranges are numbered from 0 in file order, as the parts they become.
    pub index: u32,
    /// The blocks `first..end` whose text holds the range's line starts.
    pub first: usize,
    pub end: usize,
    /// For the first range, where the records start (its lines need not
    /// begin at a line end in the text before it: the header's last line).
    pub records_start: Option<u64>,
}

/// Ranges of about `range_bytes` of text over the blocks from the one
/// holding the first record line to the last; none if there are no records.
pub fn plan(blocks: &[Block], header: HeaderEnd, range_bytes: usize) -> Vec<Range> {
    let holds = |b: &Block| b.text + u64::from(b.text_len) > header.records_start;
    let Some(first) = blocks.iter().position(holds) else { return Vec::new() };
    let mut ranges = Vec::new();
    let mut start = first;
    let mut bytes = 0u64;
    for (i, block) in blocks.iter().enumerate().skip(first) {
        bytes += u64::from(block.text_len);
        if bytes >= range_bytes as u64 || i + 1 == blocks.len() {
            let records_start = ranges.is_empty().then_some(header.records_start);
            ranges.push(Range { index: ranges.len() as u32, first: start, end: i + 1, records_start });
            start = i + 1;
            bytes = 0;
        }
    }
    ranges
}

/// A range's text, cut to its own lines: what its parser turns into a
/// [`Part`] once the number of its first line is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangeText {
    pub index: u32,
    /// Where its first line starts in the whole text.
    pub text_offset: u64,
    /// Its lines, each ending in `\n` (one added to a last line without).
    pub text: Vec<u8>,
    /// How many lines that is.
    pub lines: u64,
}

impl RangeText {
    /// The range as a part whose first line is line `first_line` of the file.
    pub fn into_part(self, first_line: u64) -> Part {
        Part { index: self.index, first_line, text_offset: self.text_offset, text: self.text, dropped: 0 }
    }
}

/// Inflates and cuts one range, given the file's bytes from the reader's
/// `read(start, end)` (file offsets; any error ends the range, and the
/// caller reads the file in one pass to name the line). Reads the block
/// before the range's first (unless it is the first range), its blocks,
/// and the blocks after until its last line ends.
pub fn cut(
    blocks: &[Block],
    range: Range,
    mut read: impl FnMut(u64, u64) -> Result<Vec<u8>, String>,
) -> Result<RangeText, String> {
    let from = match range.records_start {
        Some(_) => range.first,
        None => range.first.saturating_sub(1),
    };
    let base = blocks[from].text;
    let own_from = blocks[range.first].text;
    let own_to = blocks.get(range.end).map_or_else(|| text_end(blocks), |b| b.text);
    let mut text = Vec::new();
    let span = |a: usize, b: usize| (blocks[a].offset, blocks[b - 1].end());
    // The block after the range too: the range's last line nearly always
    // ends in it, and each read is a call into the browser.
    let mut next = (range.end + 1).min(blocks.len());
    let (start, end) = span(from, next);
    inflate_blocks(&read(start, end)?, &mut text)?;
    let local = |at: u64| (at - base) as usize;
    // The first line start in the range: right after a line end at or after
    // the byte before the range, and before the range's end.
    let start = match range.records_start {
        Some(records) => Some(records),
        None => {
            let look = local(own_from.saturating_sub(1).max(base));
            let limit = local(own_to.saturating_sub(1).max(base)).min(text.len());
            let first_end = memchr::memchr(b'\n', &text[look.min(limit)..limit]);
            first_end.map(|at| base + (look + at) as u64 + 1)
        }
    };
    let Some(start) = start else {
        return Ok(RangeText { index: range.index, text_offset: own_from, text: Vec::new(), lines: 0 });
    };
    // The end of the line that holds the range's last byte: read on block
    // by block until it ends, or the file does.
    let search = own_to.saturating_sub(1).max(start);
    let end = loop {
        let from = local(search).min(text.len());
        if let Some(at) = memchr::memchr(b'\n', &text[from..]) {
            break base + (from + at) as u64 + 1;
        }
        if next >= blocks.len() {
            break base + text.len() as u64;
        }
        let (start, end) = span(next, next + 1);
        inflate_blocks(&read(start, end)?, &mut text)?;
        next += 1;
    };
    let mut own = text;
    own.truncate(local(end));
    own.drain(..local(start));
    if own.last().is_some_and(|&b| b != b'\n') {
        own.push(b'\n');
    }
    let lines = memchr::memchr_iter(b'\n', &own).count() as u64;
    Ok(RangeText { index: range.index, text_offset: start, text: own, lines })
}

/// One past the last text byte of the file.
fn text_end(blocks: &[Block]) -> u64 {
    blocks.last().map_or(0, |b| b.text + u64::from(b.text_len))
}

/// The number of each range's first line, from the header's lines and the
/// line counts of the ranges before it; kept by whoever joins the ranges,
/// as the counts come in, in any order.
#[derive(Debug, Clone)]
pub struct LineNumbers {
    header_lines: u64,
    counts: Vec<Option<u64>>,
}

impl LineNumbers {
    pub fn new(header: HeaderEnd, ranges: usize) -> LineNumbers {
        LineNumbers { header_lines: header.lines, counts: vec![None; ranges] }
    }

    /// Notes that range `index` holds `lines` lines.
    pub fn count(&mut self, index: u32, lines: u64) {
        self.counts[index as usize] = Some(lines);
    }

    /// The number of range `index`'s first line, once every range before it is counted.
    pub fn first_line(&self, index: u32) -> Option<u64> {
        let before = self.counts[..index as usize].iter().copied().sum::<Option<u64>>()?;
        Some(self.header_lines + before + 1)
    }
}
