//! Reading one record again from the file's bytes, without inflating the
//! file from its beginning: which bytes to read, and how to turn them into
//! the record's text. For BGZF the member starts seen while loading are the
//! index (SAMv1 section 4.1: each block inflates on its own); plain text is
//! read in place; a single-member gzip can only be read from its start.

use super::gzip::{GzipStream, MemberStart};
use crate::phrase::Phrase;

/// How to find text in the file, built while loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextIndex {
    /// The file is the text.
    Plain,
    /// Where each gzip member starts, in the file and in the text.
    Gzip(Vec<MemberStart>),
}

/// The bytes of the file to read for one piece of text, and where the
/// text lies in what they inflate to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadPlan {
    /// First byte of the file to read.
    pub start: u64,
    /// One past the last byte to read; `None` reads to the end of the file.
    pub end: Option<u64>,
    compressed: bool,
    /// Text bytes to skip after inflating, and how many to keep.
    skip: u64,
    len: u64,
}

impl TextIndex {
    /// The plan for `len` bytes of text starting at `text_offset`.
    pub fn plan(&self, text_offset: u64, len: u64) -> ReadPlan {
        match self {
            TextIndex::Plain => {
                ReadPlan { start: text_offset, end: Some(text_offset + len), compressed: false, skip: 0, len }
            }
            TextIndex::Gzip(starts) => {
                // The member holding the first byte, and the member after the one
                // holding the last byte (a line may cross block boundaries).
                let first = starts.partition_point(|m| m.text <= text_offset).saturating_sub(1);
                let last_byte = text_offset + len.saturating_sub(1);
                let after = starts.partition_point(|m| m.text <= last_byte);
                let begin = starts.get(first).copied().unwrap_or(MemberStart { compressed: 0, text: 0 });
                ReadPlan {
                    start: begin.compressed,
                    end: starts.get(after).map(|m| m.compressed),
                    compressed: true,
                    skip: text_offset - begin.text,
                    len,
                }
            }
        }
    }
}

impl ReadPlan {
    /// Turns the bytes the plan asked for into the text.
    pub fn extract(&self, bytes: &[u8]) -> Result<Vec<u8>, Phrase> {
        match self.compressed {
            true => self.cut(&self.inflate(bytes)?).map(<[u8]>::to_vec),
            false => self.cut(bytes).map(<[u8]>::to_vec),
        }
    }

    /// The text of the bytes the plan asked for, whole: what [`ReadPlan::cut`]
    /// takes the piece from. Plans of the same `start` and `end` (records
    /// of one BGZF block) share it, so reading many records inflates each
    /// block once.
    pub fn inflate(&self, bytes: &[u8]) -> Result<Vec<u8>, Phrase> {
        if !self.compressed {
            return Ok(bytes.to_vec());
        }
        let mut text = Vec::new();
        GzipStream::default().write(bytes, &mut text).map_err(|_| self.changed(0))?;
        Ok(text)
    }

    /// The piece of `text` (from [`ReadPlan::inflate`]) the plan is for.
    pub fn cut<'t>(&self, text: &'t [u8]) -> Result<&'t [u8], Phrase> {
        let (skip, len) = (self.skip as usize, self.len as usize);
        text.get(skip..skip + len).ok_or_else(|| self.changed(text.len()))
    }

    /// Why the text is not there: the file changed since it was read.
    fn changed(&self, read: usize) -> Phrase {
        Phrase::new(msg!("read-file-changed")).arg("read", read).arg("needed", self.skip + self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compression::Inflater;
    use flate2::write::GzEncoder;
    use std::io::Write;

    /// `text` as gzip members of `block` bytes each, BGZF-style.
    fn members(text: &[u8], block: usize) -> Vec<u8> {
        text.chunks(block)
            .flat_map(|c| {
                let mut e = GzEncoder::new(Vec::new(), flate2::Compression::default());
                e.write_all(c).unwrap();
                e.finish().unwrap()
            })
            .collect()
    }

    fn index_of(file: &[u8]) -> TextIndex {
        let mut inflater = Inflater::new(Vec::new());
        inflater.write(file).unwrap();
        inflater.finish().unwrap();
        inflater.text_index()
    }

    #[test]
    fn records_of_one_block_are_cut_from_its_text_inflated_once() {
        let text: Vec<u8> = (0..400).flat_map(|i| format!("line {i}\n").into_bytes()).collect();
        let file = members(&text, 1000);
        let index = index_of(&file);
        let (a, b) = (index.plan(10, 7), index.plan(500, 9));
        assert_eq!((a.start, a.end), (b.start, b.end), "one block");
        let bytes = &file[a.start as usize..a.end.unwrap() as usize];
        let block = a.inflate(bytes).unwrap();
        assert_eq!(a.cut(&block).unwrap(), &text[10..17]);
        assert_eq!(b.cut(&block).unwrap(), &text[500..509]);
        assert_eq!(a.extract(bytes).unwrap(), &text[10..17]);
    }

    #[test]
    fn any_span_reads_back_from_a_few_members() {
        let text: Vec<u8> = (0..5000u32).flat_map(|i| format!("line {i}\n").into_bytes()).collect();
        let file = members(&text, 1000);
        let index = index_of(&file);
        let TextIndex::Gzip(starts) = &index else { panic!("gzip expected") };
        assert_eq!(starts.len(), text.len().div_ceil(1000));
        for (offset, len) in [(0, 10), (995, 10), (1000, 1), (12_345, 2500), (text.len() as u64 - 7, 7)] {
            let plan = index.plan(offset, len);
            let end = plan.end.map_or(file.len(), |e| e as usize);
            assert!(end - (plan.start as usize) < 4 * 1000, "reads a few members, not the file");
            let got = plan.extract(&file[plan.start as usize..end]).unwrap();
            assert_eq!(got, &text[offset as usize..(offset + len) as usize], "at {offset}+{len}");
        }
    }

    #[test]
    fn plain_text_is_read_in_place() {
        let text = b"##fileformat=VCFv4.2\nabc\n";
        let index = index_of(text);
        assert_eq!(index, TextIndex::Plain);
        let plan = index.plan(21, 3);
        assert_eq!((plan.start, plan.end), (21, Some(24)));
        assert_eq!(plan.extract(&text[21..24]).unwrap(), b"abc");
    }

    #[test]
    fn short_bytes_are_an_error_not_a_panic() {
        let plan = TextIndex::Plain.plan(0, 10);
        assert!(plan.extract(b"abc").is_err());
    }
}
