//! A push decoder for gzip streams of one or more members (RFC 1952), which
//! covers BGZF. Each member's trailer is checked (CRC32 and length), and the
//! stream is complete only between members, so a file cut anywhere, even
//! just before its last 8 bytes, is reported as truncated.
//!
//! flate2 does the inflating (`Decompress`, raw deflate) and crc32fast the
//! checksum; this module only frames members. flate2's own `write` decoders
//! accept a member without its trailer, which is why they are not used.

use crc32fast::Hasher as Crc;
use flate2::{Decompress, FlushDecompress, Status};
use std::io::Write;

const FTEXT_RESERVED_MASK: u8 = 0xe0;
const FHCRC: u8 = 0x02;
const FEXTRA: u8 = 0x04;
const FNAME: u8 = 0x08;
const FCOMMENT: u8 = 0x10;
const TRAILER_LEN: usize = 8;
const OUT_CHUNK: usize = 64 * 1024;

/// What went wrong in the gzip layer.
#[derive(Debug)]
pub enum GzipError {
    /// The sink refused the text.
    Sink(std::io::Error),
    /// Bytes that are not a valid gzip member where one should be.
    Corrupt(String),
}

enum Phase {
    /// Collecting a member header (bytes kept in `pending`).
    Header,
    /// Inflating a member body.
    Body,
    /// Collecting the 8-byte trailer (bytes kept in `pending`).
    Trailer,
}

/// Where a gzip member starts, in the compressed input and in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberStart {
    pub compressed: u64,
    pub text: u64,
}

/// Decodes concatenated gzip members pushed in arbitrary chunks.
pub struct GzipStream {
    phase: Phase,
    /// Compressed bytes consumed, and text bytes produced, so far.
    consumed: u64,
    produced: u64,
    /// Every member's start: with BGZF, an index for reading any record
    /// again without inflating the file from its beginning.
    starts: Vec<MemberStart>,
    pending: Vec<u8>,
    inflate: Decompress,
    crc: Crc,
    /// Uncompressed bytes of the current member (ISIZE is this mod 2^32).
    size: u32,
    out: Vec<u8>,
    members: u64,
}

impl Default for GzipStream {
    fn default() -> Self {
        Self {
            phase: Phase::Header,
            consumed: 0,
            produced: 0,
            starts: Vec::new(),
            pending: Vec::new(),
            inflate: Decompress::new(false),
            crc: Crc::new(),
            size: 0,
            out: vec![0; OUT_CHUNK],
            members: 0,
        }
    }
}

impl GzipStream {
    /// Decodes `input`, writing the text it yields to `sink`.
    pub fn write<W: Write>(&mut self, mut input: &[u8], sink: &mut W) -> Result<(), GzipError> {
        while !input.is_empty() {
            if matches!(self.phase, Phase::Header) && self.pending.is_empty() {
                self.starts.push(MemberStart { compressed: self.consumed, text: self.produced });
            }
            let before = input.len();
            input = match self.phase {
                Phase::Header => self.read_header(input)?,
                Phase::Body => self.inflate_body(input, sink)?,
                Phase::Trailer => self.read_trailer(input)?,
            };
            self.consumed += (before - input.len()) as u64;
        }
        Ok(())
    }

    /// The members seen so far (see [`MemberStart`]).
    pub fn member_starts(&self) -> &[MemberStart] {
        &self.starts
    }

    /// True when the input so far ends exactly after a complete member.
    pub fn is_complete(&self) -> bool {
        self.members > 0 && matches!(self.phase, Phase::Header) && self.pending.is_empty()
    }

    fn read_header<'a>(&mut self, input: &'a [u8]) -> Result<&'a [u8], GzipError> {
        // Headers are short (BGZF: 18 bytes) and rarely straddle two chunks:
        // parse in place, and copy only when a header is split.
        let (len, before) = if self.pending.is_empty() {
            (header_len(input)?, 0)
        } else {
            let before = self.pending.len();
            self.pending.extend_from_slice(input);
            (header_len(&self.pending)?, before)
        };
        match len {
            Some(len) => {
                self.pending.clear();
                self.inflate.reset(false);
                self.crc.reset();
                self.size = 0;
                self.phase = Phase::Body;
                Ok(&input[len - before..])
            }
            None => {
                if before == 0 {
                    self.pending.extend_from_slice(input);
                }
                Ok(&[])
            }
        }
    }

    fn inflate_body<'a, W: Write>(&mut self, input: &'a [u8], sink: &mut W) -> Result<&'a [u8], GzipError> {
        let mut input = input;
        loop {
            let in_before = self.inflate.total_in();
            let out_before = self.inflate.total_out();
            let status = self
                .inflate
                .decompress(input, &mut self.out, FlushDecompress::None)
                .map_err(|e| GzipError::Corrupt(format!("bad deflate data: {e}")))?;
            let used = (self.inflate.total_in() - in_before) as usize;
            let produced = (self.inflate.total_out() - out_before) as usize;
            input = &input[used..];
            if produced > 0 {
                let text = &self.out[..produced];
                self.crc.update(text);
                self.size = self.size.wrapping_add(produced as u32);
                self.produced += produced as u64;
                sink.write_all(text).map_err(GzipError::Sink)?;
            }
            match status {
                Status::StreamEnd => {
                    self.phase = Phase::Trailer;
                    return Ok(input);
                }
                // No progress possible without more input.
                _ if used == 0 && produced == 0 => return Ok(input),
                _ if input.is_empty() && produced < self.out.len() => return Ok(input),
                _ => {}
            }
        }
    }

    fn read_trailer<'a>(&mut self, input: &'a [u8]) -> Result<&'a [u8], GzipError> {
        let need = TRAILER_LEN - self.pending.len();
        let take = need.min(input.len());
        self.pending.extend_from_slice(&input[..take]);
        if self.pending.len() == TRAILER_LEN {
            let crc = u32::from_le_bytes(self.pending[0..4].try_into().expect("4 bytes"));
            let size = u32::from_le_bytes(self.pending[4..8].try_into().expect("4 bytes"));
            if crc != self.crc.clone().finalize() || size != self.size {
                return Err(GzipError::Corrupt(format!(
                    "gzip member {} fails its CRC32/length check",
                    self.members + 1
                )));
            }
            self.pending.clear();
            self.members += 1;
            self.phase = Phase::Header;
        }
        Ok(&input[take..])
    }
}

/// The length of the gzip header at the start of `bytes`, or `None` if more
/// bytes are needed to know (RFC 1952 section 2.3.1).
fn header_len(bytes: &[u8]) -> Result<Option<usize>, GzipError> {
    if bytes.len() >= 2 && (bytes[0] != 0x1f || bytes[1] != 0x8b) {
        return Err(GzipError::Corrupt("bytes after the last gzip member are not a gzip header".into()));
    }
    if bytes.len() < 10 {
        return Ok(None);
    }
    if bytes[2] != 8 {
        return Err(GzipError::Corrupt(format!("unknown gzip compression method {}", bytes[2])));
    }
    let flags = bytes[3];
    if flags & FTEXT_RESERVED_MASK != 0 {
        return Err(GzipError::Corrupt("reserved gzip header flags are set".into()));
    }
    let mut at = 10;
    if flags & FEXTRA != 0 {
        let Some(xlen) = bytes.get(at..at + 2) else { return Ok(None) };
        at += 2 + u16::from_le_bytes([xlen[0], xlen[1]]) as usize;
    }
    for flag in [FNAME, FCOMMENT] {
        if flags & flag != 0 {
            let Some(rest) = bytes.get(at..) else { return Ok(None) };
            match memchr::memchr(0, rest) {
                Some(nul) => at += nul + 1,
                None => return Ok(None),
            }
        }
    }
    if flags & FHCRC != 0 {
        at += 2;
    }
    Ok((bytes.len() >= at).then_some(at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_with_name_needs_its_terminator() {
        let mut h = vec![0x1f, 0x8b, 8, FNAME, 0, 0, 0, 0, 0, 3];
        h.extend_from_slice(b"file.vcf");
        assert!(header_len(&h).unwrap().is_none());
        h.push(0);
        assert_eq!(header_len(&h).unwrap(), Some(h.len()));
    }

    #[test]
    fn not_gzip_is_corrupt() {
        assert!(header_len(b"##fileformat").is_err());
    }
}
