//! Turns the bytes of a `.vcf`, `.vcf.gz` or `.bgz` file into VCF text,
//! pushed chunk by chunk, whatever the chunk boundaries.
//!
//! The format is sniffed from the first bytes, not the file name: clinicians
//! rename files. BGZF (SAMv1 section 4.1) is a series of gzip members, so the
//! member decoder in `gzip` reads it and plain gzip alike. A BGZF file
//! should end with the 28-byte empty EOF block; htslib warns when it is
//! missing, and so do we.

pub mod bgzf;
mod gzip;
mod index;

pub use gzip::MemberStart;
use gzip::{GzipError, GzipStream};
pub use index::{ReadPlan, TextIndex};
use std::io::{self, Write};

use bgzf::EOF as BGZF_EOF;

/// Bytes needed to tell BGZF from plain gzip: the gzip header up to the
/// first extra subfield's identifier.
const SNIFF_LEN: usize = 14;

/// How the input was stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Compression {
    /// Uncompressed text.
    Plain,
    /// gzip without BGZF block markers (one or more members).
    Gzip,
    /// Blocked gzip, as written by bgzip and htslib.
    Bgzf,
}

/// Why inflating stopped.
#[derive(Debug)]
pub enum InflateError {
    /// The sink refused the text (the parser found the file unusable).
    Sink(io::Error),
    /// The deflate data or a gzip header is damaged.
    Corrupt(String),
    /// The input ended inside a gzip member.
    Truncated,
}

impl From<GzipError> for InflateError {
    fn from(e: GzipError) -> Self {
        match e {
            GzipError::Sink(e) => InflateError::Sink(e),
            GzipError::Corrupt(detail) => InflateError::Corrupt(detail),
        }
    }
}

enum Mode {
    /// Waiting for enough bytes to recognise the format.
    Sniffing(Vec<u8>),
    Plain,
    Gzip(Box<GzipStream>),
}

/// A push decoder: feed it compressed or plain chunks, it writes text to `W`.
pub struct Inflater<W: Write> {
    mode: Mode,
    sink: W,
    compression: Compression,
    /// The last bytes of input seen, to check for the BGZF EOF block.
    tail: Vec<u8>,
}

impl<W: Write> Inflater<W> {
    /// Creates a decoder that writes the text it recovers to `sink`.
    pub fn new(sink: W) -> Self {
        Self {
            mode: Mode::Sniffing(Vec::with_capacity(SNIFF_LEN)),
            sink,
            compression: Compression::Plain,
            tail: Vec::with_capacity(BGZF_EOF.len() * 2),
        }
    }

    /// The format recognised so far (plain until the first bytes are seen).
    pub fn compression(&self) -> Compression {
        self.compression
    }

    /// The text sink, for progress reports.
    pub fn sink(&self) -> &W {
        &self.sink
    }

    /// The text sink, to take what it made of the text so far.
    pub fn sink_mut(&mut self) -> &mut W {
        &mut self.sink
    }

    /// Pushes the next chunk of the file.
    pub fn write(&mut self, chunk: &[u8]) -> Result<(), InflateError> {
        self.remember_tail(chunk);
        if let Mode::Sniffing(head) = &mut self.mode {
            head.extend_from_slice(chunk);
            if head.len() < SNIFF_LEN {
                return Ok(());
            }
            let head = std::mem::take(head);
            self.start(&head);
            return self.push(&head);
        }
        self.push(chunk)
    }

    /// Ends the input. Returns whether a BGZF file lacked its EOF block (a
    /// sign of truncation that htslib also reports). The sink stays
    /// available, also after an error, through [`Inflater::sink`] and
    /// [`Inflater::into_sink`].
    pub fn finish(&mut self) -> Result<bool, InflateError> {
        if let Mode::Sniffing(head) = &mut self.mode {
            let head = std::mem::take(head);
            self.start(&head);
            self.push(&head)?;
        }
        match &self.mode {
            Mode::Sniffing(_) => unreachable!("sniffing ends above"),
            Mode::Plain => Ok(false),
            Mode::Gzip(stream) if !stream.is_complete() => Err(InflateError::Truncated),
            Mode::Gzip(_) => Ok(self.compression == Compression::Bgzf && !self.tail.ends_with(&BGZF_EOF)),
        }
    }

    /// How to find text in the file again (see [`TextIndex`]).
    pub fn text_index(&self) -> TextIndex {
        match &self.mode {
            Mode::Gzip(stream) => TextIndex::Gzip(stream.member_starts().to_vec()),
            Mode::Plain | Mode::Sniffing(_) => TextIndex::Plain,
        }
    }

    /// Gives back the sink.
    pub fn into_sink(self) -> W {
        self.sink
    }

    fn start(&mut self, head: &[u8]) {
        if head.len() >= 2 && head[0] == 0x1f && head[1] == 0x8b {
            // FLG.FEXTRA set and the first subfield is 'BC' (SAMv1 4.1).
            let bgzf = head.len() >= SNIFF_LEN && head[3] & 0x04 != 0 && &head[12..14] == b"BC";
            self.compression = if bgzf { Compression::Bgzf } else { Compression::Gzip };
            self.mode = Mode::Gzip(Box::default());
        } else {
            self.compression = Compression::Plain;
            self.mode = Mode::Plain;
        }
    }

    fn push(&mut self, bytes: &[u8]) -> Result<(), InflateError> {
        match &mut self.mode {
            Mode::Sniffing(_) => unreachable!("push after sniffing"),
            Mode::Plain => self.sink.write_all(bytes).map_err(InflateError::Sink),
            Mode::Gzip(stream) => Ok(stream.write(bytes, &mut self.sink)?),
        }
    }

    fn remember_tail(&mut self, chunk: &[u8]) {
        let keep = BGZF_EOF.len();
        if chunk.len() >= keep {
            self.tail.clear();
            self.tail.extend_from_slice(&chunk[chunk.len() - keep..]);
        } else {
            self.tail.extend_from_slice(chunk);
            let excess = self.tail.len().saturating_sub(keep);
            self.tail.drain(..excess);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;

    fn gzip(text: &[u8]) -> Vec<u8> {
        let mut e = GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(text).unwrap();
        e.finish().unwrap()
    }

    fn inflate_in_chunks(bytes: &[u8], chunk: usize) -> Result<(Vec<u8>, bool, Compression), InflateError> {
        let mut inf = Inflater::new(Vec::new());
        for c in bytes.chunks(chunk.max(1)) {
            inf.write(c)?;
        }
        let missing_eof = inf.finish()?;
        let compression = inf.compression();
        Ok((inf.into_sink(), missing_eof, compression))
    }

    #[test]
    fn plain_text_passes_through_whatever_the_chunking() {
        for chunk in [1, 3, 13, 14, 15, 1000] {
            let (text, _, c) = inflate_in_chunks(b"##fileformat=VCFv4.2\n", chunk).unwrap();
            assert_eq!(text, b"##fileformat=VCFv4.2\n");
            assert_eq!(c, Compression::Plain);
        }
    }

    #[test]
    fn short_plain_input_is_not_lost() {
        let (text, _, _) = inflate_in_chunks(b"#", 1).unwrap();
        assert_eq!(text, b"#");
    }

    #[test]
    fn multi_member_gzip_reads_every_member_whatever_the_chunking() {
        let mut bytes = gzip(b"first\n");
        bytes.extend(gzip(&b"second\n".repeat(20_000)));
        let mut expected = b"first\n".to_vec();
        expected.extend(b"second\n".repeat(20_000));
        for chunk in [1, 7, 4096, 1 << 20] {
            let (text, missing_eof, c) = inflate_in_chunks(&bytes, chunk).unwrap();
            assert_eq!(text, expected);
            assert_eq!(c, Compression::Gzip);
            assert!(!missing_eof, "plain gzip has no EOF block to miss");
        }
    }

    #[test]
    fn gzip_cut_anywhere_after_its_magic_is_truncated() {
        let bytes = gzip(&b"0123456789".repeat(1000));
        for cut in [2, 5, 11, bytes.len() / 2, bytes.len() - 8, bytes.len() - 1] {
            let result = inflate_in_chunks(&bytes[..cut], 64);
            assert!(matches!(result, Err(InflateError::Truncated)), "cut at {cut}: {result:?}");
        }
    }

    #[test]
    fn damaged_deflate_data_or_checksum_is_corrupt() {
        let mut bytes = gzip(&b"0123456789abcdef".repeat(500));
        let n = bytes.len();
        bytes[n - 6] ^= 0xff; // inside the CRC32
        assert!(matches!(inflate_in_chunks(&bytes, 64), Err(InflateError::Corrupt(_))));
        let mut bytes = gzip(&b"0123456789abcdef".repeat(500));
        for b in &mut bytes[12..40] {
            *b ^= 0x5a;
        }
        assert!(matches!(inflate_in_chunks(&bytes, 64), Err(InflateError::Corrupt(_))));
    }

    #[test]
    fn garbage_after_a_member_is_corrupt() {
        let mut bytes = gzip(b"x\n");
        bytes.extend_from_slice(b"trailing junk");
        assert!(matches!(inflate_in_chunks(&bytes, 64), Err(InflateError::Corrupt(_))));
    }

    #[test]
    fn bgzf_is_recognised_and_its_eof_block_checked() {
        let (text, missing_eof, c) = inflate_in_chunks(&BGZF_EOF, 5).unwrap();
        assert!(text.is_empty());
        assert_eq!(c, Compression::Bgzf);
        assert!(!missing_eof);
    }
}
