//! Reading a knowledge file as it streams in (compressed or not), for the
//! browser worker and the CLI alike: its kind is told from its first
//! kilobytes; ClinVar's VCF then goes line by line into a [`ClinVarScan`]
//! that keeps only the open file's sites (a release is a gigabyte of text),
//! and the other kinds (tens of MB at most) are read whole at the end.

use super::clinvar::ClinVarScan;
use super::{sniff, KnowledgeError, KnowledgeKind, KnowledgeSet, KnowledgeSource, SiteKey};
use crate::compression::{InflateError, Inflater};
use crate::phrase::Phrase;
use crate::vcf::lines::LineSplitter;
use std::collections::HashSet;
use std::io::{self, Write};

/// How much text is seen before the kind is decided.
const HEAD_BYTES: usize = 64 * 1024;
/// The most text a file read whole may hold: beyond every constraint table,
/// GenCC file or lab database there is; a ClinVar file is never held.
const MAX_WHOLE_BYTES: usize = 1 << 30;

/// See the module docs.
pub struct KnowledgeReader<'w> {
    inflater: Inflater<Sink<'w>>,
}

struct Sink<'w> {
    wanted: &'w HashSet<SiteKey>,
    /// The text so far, until it is known to be ClinVar's (then only the
    /// scan holds anything).
    text: Vec<u8>,
    decided: bool,
    scan: Option<(ClinVarScan<'w>, LineSplitter)>,
    failed: Option<KnowledgeError>,
}

impl<'w> KnowledgeReader<'w> {
    /// A reader matching a ClinVar file to `wanted` (the open file's sites).
    pub fn new(wanted: &'w HashSet<SiteKey>) -> KnowledgeReader<'w> {
        let sink = Sink { wanted, text: Vec::new(), decided: false, scan: None, failed: None };
        KnowledgeReader { inflater: Inflater::new(sink) }
    }

    /// The next bytes of the file, as stored (gzip, BGZF or plain).
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), KnowledgeError> {
        let written = self.inflater.write(chunk);
        self.check(written)
    }

    fn check<T>(&mut self, result: Result<T, InflateError>) -> Result<T, KnowledgeError> {
        result.map_err(|e| match (self.inflater.sink_mut().failed.take(), e) {
            (Some(failed), _) => failed,
            (None, InflateError::Truncated) => KnowledgeError::whole(Phrase::new(msg!("knowledge-truncated"))),
            (None, InflateError::Corrupt(detail)) => {
                KnowledgeError::whole(Phrase::new(msg!("knowledge-corrupt")).arg("detail", detail))
            }
            (None, InflateError::Sink(e)) => {
                KnowledgeError::whole(Phrase::new(msg!("knowledge-unreadable")).arg("reason", e.to_string()))
            }
        })
    }

    /// Ends the file: what it was is kept in `set` (in place of the file
    /// of its kind before), and said.
    pub fn finish(mut self, file_name: &str, set: &mut KnowledgeSet) -> Result<KnowledgeSource, KnowledgeError> {
        let finished = self.inflater.finish();
        // A BGZF file without its end-of-file block was cut at a block's
        // end: read as far as it goes, its missing sites would pass for
        // "not in ClinVar".
        if self.check(finished)? {
            return Err(KnowledgeError::whole(Phrase::new(msg!("knowledge-truncated"))));
        }
        let mut sink = self.inflater.into_sink();
        match sink.scan.take() {
            Some((mut scan, mut lines)) => {
                let mut failed = None;
                lines.finish(|line| failed = scan.line(line.bytes).err());
                if let Some(e) = failed {
                    return Err(e);
                }
                Ok(set.set_clinvar(file_name, scan.finish()?))
            }
            None => set.add(file_name, &sink.text, sink.wanted),
        }
    }
}

impl Sink<'_> {
    fn refuse(&mut self, e: KnowledgeError) -> io::Error {
        self.failed = Some(e);
        io::Error::other("knowledge file refused")
    }

    /// Lines of ClinVar's text into the scan.
    fn scan(&mut self, buf: &[u8]) -> io::Result<()> {
        let Some((scan, lines)) = self.scan.as_mut() else { return Ok(()) };
        let mut failed = None;
        lines.push(buf, |line| match scan.line(line.bytes) {
            Ok(()) => true,
            Err(e) => {
                failed = Some(e);
                false
            }
        });
        match failed {
            Some(e) => Err(self.refuse(e)),
            None => Ok(()),
        }
    }
}

impl Write for Sink<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.scan.is_some() {
            self.scan(buf)?;
            return Ok(buf.len());
        }
        if self.text.len() + buf.len() > MAX_WHOLE_BYTES {
            let too_large = Phrase::new(msg!("knowledge-too-large")).arg("limit", (MAX_WHOLE_BYTES >> 20).to_string());
            return Err(self.refuse(KnowledgeError::whole(too_large)));
        }
        self.text.extend_from_slice(buf);
        if !self.decided && self.text.len() >= HEAD_BYTES {
            self.decided = true;
            if sniff(&self.text) == Some(KnowledgeKind::ClinVar) {
                let text = std::mem::take(&mut self.text);
                self.scan = Some((ClinVarScan::new(self.wanted), LineSplitter::default()));
                self.scan(&text)?;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
