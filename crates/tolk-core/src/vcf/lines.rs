//! Cutting a text stream, pushed in arbitrary chunks, into lines, keeping
//! each line's number and its byte offset in the uncompressed text (which
//! the store keeps to decode a record again on demand).

/// Longer lines are dropped, not held: a VCF line with a million samples is
/// some 30 MB, and holding a line of any length would let one file without
/// newlines fill the browser's memory.
pub const MAX_LINE_BYTES: usize = 64_000_000;

/// One complete line, without its `\n` (a `\r` before it is left for the
/// reader to strip).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based.
    pub number: u64,
    /// Byte offset of the line's first byte in the whole text.
    pub offset: u64,
    pub bytes: &'a [u8],
    /// The length of a line longer than the splitter's maximum, whose bytes
    /// were dropped (`bytes` is then empty); 0 for every other line.
    pub dropped: u64,
}

/// See the module docs.
#[derive(Debug)]
pub struct LineSplitter {
    carry: Vec<u8>,
    lines: u64,
    consumed: u64,
    line_start: u64,
    max_line: usize,
    /// Bytes of the current line dropped so far (it is longer than `max_line`).
    dropping: u64,
}

impl Default for LineSplitter {
    fn default() -> Self {
        LineSplitter::with_max_line(MAX_LINE_BYTES)
    }
}

impl LineSplitter {
    /// A splitter that drops lines longer than `max_line` bytes.
    pub fn with_max_line(max_line: usize) -> Self {
        LineSplitter { carry: Vec::new(), lines: 0, consumed: 0, line_start: 0, max_line, dropping: 0 }
    }

    /// A splitter for text that continues a larger one, after `lines`
    /// lines and at byte `offset` of it, so that numbers and offsets are
    /// the larger text's (a part of a file, `crate::parts`).
    pub fn resume(lines: u64, offset: u64) -> Self {
        LineSplitter { lines, consumed: offset, line_start: offset, ..LineSplitter::default() }
    }

    /// The start of the line not yet completed (at most the maximum line length).
    pub fn pending(&self) -> &[u8] {
        &self.carry
    }

    /// Lines completed so far.
    pub fn lines(&self) -> u64 {
        self.lines
    }

    /// Bytes pushed so far.
    pub fn consumed(&self) -> u64 {
        self.consumed
    }

    /// Pushes text; calls `on_line` for each line completed, until it
    /// returns `false` (the rest of `buf` is then dropped).
    pub fn push(&mut self, buf: &[u8], mut on_line: impl FnMut(Line<'_>) -> bool) {
        let base = self.consumed;
        self.consumed += buf.len() as u64;
        let mut at = 0;
        while let Some(nl) = memchr::memchr(b'\n', &buf[at..]) {
            let end = at + nl;
            self.lines += 1;
            let go_on = if self.dropping > 0 {
                let dropped = self.dropping + (end - at) as u64;
                self.dropping = 0;
                on_line(Line { number: self.lines, offset: self.line_start, bytes: &[], dropped })
            } else if self.carry.len() + (end - at) > self.max_line {
                let dropped = (self.carry.len() + end - at) as u64;
                self.carry = Vec::new();
                on_line(Line { number: self.lines, offset: self.line_start, bytes: &[], dropped })
            } else if self.carry.is_empty() {
                on_line(Line { number: self.lines, offset: self.line_start, bytes: &buf[at..end], dropped: 0 })
            } else {
                self.carry.extend_from_slice(&buf[at..end]);
                let carried = std::mem::take(&mut self.carry);
                let go_on = on_line(Line { number: self.lines, offset: self.line_start, bytes: &carried, dropped: 0 });
                self.carry = carried;
                self.carry.clear();
                go_on
            };
            at = end + 1;
            self.line_start = base + at as u64;
            if !go_on {
                return;
            }
        }
        let rest = &buf[at..];
        if self.dropping > 0 {
            self.dropping += rest.len() as u64;
        } else if self.carry.len() + rest.len() > self.max_line {
            self.dropping = (self.carry.len() + rest.len()) as u64;
            self.carry = Vec::new();
        } else {
            self.carry.extend_from_slice(rest);
        }
    }

    /// Ends the text: a last line without `\n` is passed to `on_line`.
    pub fn finish(&mut self, on_line: impl FnOnce(Line<'_>)) {
        if self.dropping > 0 {
            self.lines += 1;
            let dropped = std::mem::take(&mut self.dropping);
            on_line(Line { number: self.lines, offset: self.line_start, bytes: &[], dropped });
        } else if !self.carry.is_empty() {
            self.lines += 1;
            let last = std::mem::take(&mut self.carry);
            on_line(Line { number: self.lines, offset: self.line_start, bytes: &last, dropped: 0 });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_max(text: &[u8], chunk: usize, max: usize) -> Vec<(u64, u64, Vec<u8>, u64)> {
        let mut s = LineSplitter::with_max_line(max);
        let mut out = Vec::new();
        for c in text.chunks(chunk) {
            s.push(c, |l| {
                out.push((l.number, l.offset, l.bytes.to_vec(), l.dropped));
                true
            });
            assert!(s.pending().len() <= max, "never holds more than a line's maximum");
        }
        s.finish(|l| out.push((l.number, l.offset, l.bytes.to_vec(), l.dropped)));
        out
    }

    fn split(text: &[u8], chunk: usize) -> Vec<(u64, u64, Vec<u8>)> {
        split_max(text, chunk, MAX_LINE_BYTES).into_iter().map(|(n, o, b, _)| (n, o, b)).collect()
    }

    #[test]
    fn an_overlong_line_is_dropped_and_counted_whatever_the_chunking() {
        let text = b"ab\n0123456789\ncd\nefghijklmnop";
        let expected =
            vec![(1, 0, b"ab".to_vec(), 0), (2, 3, vec![], 10), (3, 14, b"cd".to_vec(), 0), (4, 17, vec![], 12)];
        for chunk in [1, 3, 7, 100] {
            assert_eq!(split_max(text, chunk, 5), expected, "chunk {chunk}");
        }
    }

    #[test]
    fn lines_numbers_and_offsets_do_not_depend_on_chunking() {
        let text = b"ab\n\ncde\r\nf";
        let expected = vec![(1, 0, b"ab".to_vec()), (2, 3, vec![]), (3, 4, b"cde\r".to_vec()), (4, 9, b"f".to_vec())];
        for chunk in [1, 2, 3, 100] {
            assert_eq!(split(text, chunk), expected, "chunk {chunk}");
        }
    }
}
