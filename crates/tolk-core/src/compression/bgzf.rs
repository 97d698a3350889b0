//! A BGZF file's blocks found without inflating it: each block's header
//! says its compressed size (BSIZE, in the `BC` extra subfield) and its
//! last four bytes its text size (ISIZE), SAMv1 section 4.1. With them a
//! reader knows where every block lies in the file and in the text, and
//! can hand contiguous ranges of blocks to parsers that inflate and parse
//! them at once (`crate::parts::ranges`). [`Writer`] writes BGZF, as
//! bgzip does (`tolk synth --bgzf`, and the tests' files with small blocks).

use super::gzip::GzipStream;
use super::{MemberStart, TextIndex};

/// The empty BGZF block that ends a complete BGZF file (SAMv1 section 4.1.2).
pub const EOF: [u8; 28] = [
    0x1f, 0x8b, 0x08, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x06, 0x00, 0x42, 0x43, 0x02, 0x00, 0x1b, 0x00, 0x03,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
];

/// One BGZF block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Block {
    /// Its first byte in the file.
    pub offset: u64,
    /// Its bytes in the file, header and trailer included.
    pub len: u32,
    /// Its first byte in the text.
    pub text: u64,
    /// The text it inflates to.
    pub text_len: u32,
}

impl Block {
    /// One past its last byte in the file.
    pub fn end(&self) -> u64 {
        self.offset + u64::from(self.len)
    }
}

/// Finds the blocks of a file pushed chunk by chunk, in order. Holds at
/// most one block's bytes (BSIZE is at most 64 KiB).
#[derive(Debug, Default)]
pub struct BlockScan {
    blocks: Vec<Block>,
    /// The bytes of the block being read, from its first byte.
    pending: Vec<u8>,
    /// Set when the bytes are not BGZF: the file is then read in one pass.
    not_bgzf: bool,
    text: u64,
    offset: u64,
    last_is_eof: bool,
}

/// A BGZF file's blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blocks {
    pub blocks: Vec<Block>,
    /// Whether the last is BGZF's empty EOF block: a file cut short at a
    /// block's end lacks it (htslib warns, and so do we).
    pub ends_with_eof: bool,
}

impl Blocks {
    /// How to read a record's text again: the blocks are the gzip members.
    pub fn text_index(&self) -> TextIndex {
        TextIndex::Gzip(self.blocks.iter().map(|b| MemberStart { compressed: b.offset, text: b.text }).collect())
    }
}

/// The fixed part of a gzip member header, up to and including XLEN.
const FIXED_HEADER: usize = 12;

impl BlockScan {
    /// Takes the next bytes of the file.
    pub fn push(&mut self, mut chunk: &[u8]) {
        while !chunk.is_empty() && !self.not_bgzf {
            let wanted = match self.block_len() {
                Some(len) => len,
                None if self.not_bgzf => return,
                // Not yet enough of the header to know the block's size.
                None => FIXED_HEADER + self.extra_len().unwrap_or(0),
            };
            let take = wanted.saturating_sub(self.pending.len()).max(1).min(chunk.len());
            self.pending.extend_from_slice(&chunk[..take]);
            chunk = &chunk[take..];
            if let Some(len) = self.block_len() {
                if self.pending.len() == len {
                    self.end_block(len);
                }
            }
        }
    }

    /// The blocks, if the whole file was BGZF (every member a complete BGZF
    /// block); `None` for anything else, which is read in one pass.
    pub fn finish(self) -> Option<Blocks> {
        let whole = !self.not_bgzf && self.pending.is_empty() && !self.blocks.is_empty();
        whole.then_some(Blocks { blocks: self.blocks, ends_with_eof: self.last_is_eof })
    }

    /// XLEN, once the fixed header is in, if it is a gzip header with FEXTRA.
    fn extra_len(&mut self) -> Option<usize> {
        let head = self.pending.get(..FIXED_HEADER)?;
        if head[..3] != [0x1f, 0x8b, 0x08] || head[3] & 0x04 == 0 {
            self.not_bgzf = true;
            return None;
        }
        Some(usize::from(u16::from_le_bytes([head[10], head[11]])))
    }

    /// BSIZE + 1, once the header with its extra field is in.
    fn block_len(&mut self) -> Option<usize> {
        let extra_len = self.extra_len()?;
        let extra = self.pending.get(FIXED_HEADER..FIXED_HEADER + extra_len)?;
        // Subfields: SI1 SI2 SLEN(2) data; BGZF's is `BC` with a 2-byte BSIZE.
        let mut at = 0;
        while at + 4 <= extra.len() {
            let len = usize::from(u16::from_le_bytes([extra[at + 2], extra[at + 3]]));
            if &extra[at..at + 2] == b"BC" && len == 2 && at + 6 <= extra.len() {
                let size = usize::from(u16::from_le_bytes([extra[at + 4], extra[at + 5]])) + 1;
                if size < FIXED_HEADER + extra_len + 8 {
                    break;
                }
                return Some(size);
            }
            at += 4 + len;
        }
        self.not_bgzf = true;
        None
    }

    fn end_block(&mut self, len: usize) {
        let tail = &self.pending[len - 4..len];
        let text_len = u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]);
        self.blocks.push(Block { offset: self.offset, len: len as u32, text: self.text, text_len });
        self.last_is_eof = self.pending == EOF;
        self.offset += len as u64;
        self.text += u64::from(text_len);
        self.pending.clear();
    }
}

/// Inflates whole consecutive blocks, checking each one's CRC32 and size,
/// appending their text to `text`; the error says what was wrong.
pub fn inflate_blocks(bytes: &[u8], text: &mut Vec<u8>) -> Result<(), String> {
    let mut stream = GzipStream::default();
    stream.write(bytes, text).map_err(|e| format!("{e:?}"))?;
    match stream.is_complete() || bytes.is_empty() {
        true => Ok(()),
        false => Err("the blocks end inside a gzip member".to_owned()),
    }
}

/// The most text bgzip puts in one block (htslib's `BGZF_BLOCK_SIZE`): its
/// deflated form, even if the text does not compress, stays under BSIZE's
/// 64 KiB.
pub const BLOCK_TEXT: usize = 0xff00;

/// Writes BGZF: the text in blocks of at most `block_text` bytes, each a
/// gzip member with the `BC` extra field, then the EOF block on
/// [`Writer::finish`].
pub struct Writer<W: std::io::Write> {
    out: W,
    block_text: usize,
    pending: Vec<u8>,
}

impl<W: std::io::Write> Writer<W> {
    /// A writer of blocks as bgzip writes them.
    pub fn new(out: W) -> Writer<W> {
        Writer::with_block_text(out, BLOCK_TEXT)
    }

    /// A writer of smaller blocks (at most [`BLOCK_TEXT`]): tests put block ends everywhere.
    pub fn with_block_text(out: W, block_text: usize) -> Writer<W> {
        let block_text = block_text.clamp(1, BLOCK_TEXT);
        Writer { out, block_text, pending: Vec::with_capacity(block_text) }
    }

    /// Writes what is pending and the EOF block; gives back the output.
    pub fn finish(mut self) -> std::io::Result<W> {
        self.write_block()?;
        self.out.write_all(&EOF)?;
        self.out.flush()?;
        Ok(self.out)
    }

    fn write_block(&mut self) -> std::io::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut deflate = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut deflate, &self.pending)?;
        let body = deflate.finish()?;
        let bsize = u16::try_from(18 + body.len() + 8 - 1).map_err(std::io::Error::other)?;
        let mut header = [0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 0, 0xff, 6, 0, b'B', b'C', 2, 0, 0, 0];
        header[16..].copy_from_slice(&bsize.to_le_bytes());
        self.out.write_all(&header)?;
        self.out.write_all(&body)?;
        self.out.write_all(&crc32fast::hash(&self.pending).to_le_bytes())?;
        self.out.write_all(&(self.pending.len() as u32).to_le_bytes())?;
        self.pending.clear();
        Ok(())
    }
}

impl<W: std::io::Write> std::io::Write for Writer<W> {
    fn write(&mut self, mut buf: &[u8]) -> std::io::Result<usize> {
        let written = buf.len();
        while !buf.is_empty() {
            let take = (self.block_text - self.pending.len()).min(buf.len());
            self.pending.extend_from_slice(&buf[..take]);
            buf = &buf[take..];
            if self.pending.len() == self.block_text {
                self.write_block()?;
            }
        }
        Ok(written)
    }

    /// Flushes the output, not the pending text: a block ends only when
    /// full, so the blocks do not depend on how the text was written.
    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}
