//! Cutting a text stream, pushed in arbitrary chunks, into lines, keeping
//! each line's number and its byte offset in the uncompressed text (which
//! the store keeps to decode a record again on demand).

/// One complete line, without its `\n` (a `\r` before it is left for the
/// reader to strip).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based.
    pub number: u64,
    /// Byte offset of the line's first byte in the whole text.
    pub offset: u64,
    pub bytes: &'a [u8],
}

/// See the module docs.
#[derive(Debug, Default)]
pub struct LineSplitter {
    carry: Vec<u8>,
    lines: u64,
    consumed: u64,
    line_start: u64,
}

impl LineSplitter {
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
            let go_on = if self.carry.is_empty() {
                on_line(Line { number: self.lines, offset: self.line_start, bytes: &buf[at..end] })
            } else {
                self.carry.extend_from_slice(&buf[at..end]);
                let carried = std::mem::take(&mut self.carry);
                let go_on = on_line(Line { number: self.lines, offset: self.line_start, bytes: &carried });
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
        self.carry.extend_from_slice(&buf[at..]);
    }

    /// Ends the text: a last line without `\n` is passed to `on_line`.
    pub fn finish(&mut self, on_line: impl FnOnce(Line<'_>)) {
        if !self.carry.is_empty() {
            self.lines += 1;
            let last = std::mem::take(&mut self.carry);
            on_line(Line { number: self.lines, offset: self.line_start, bytes: &last });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &[u8], chunk: usize) -> Vec<(u64, u64, Vec<u8>)> {
        let mut s = LineSplitter::default();
        let mut out = Vec::new();
        for c in text.chunks(chunk) {
            s.push(c, |l| {
                out.push((l.number, l.offset, l.bytes.to_vec()));
                true
            });
        }
        s.finish(|l| out.push((l.number, l.offset, l.bytes.to_vec())));
        out
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
