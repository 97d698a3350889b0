//! What the parser tells the user about the file: warnings it kept going
//! past, and the one error that stops it.
//!
//! Parsing never fails on a bad record (rust-analyzer's "parsing never
//! fails"): the record is skipped or read leniently and a [`Diagnostic`]
//! names the line. Only a file that cannot be read at all ends in a
//! [`LoadError`], which also names the line it stopped at.

use crate::i18n::Lang;
use crate::phrase::Phrase;
use serde::{Deserialize, Serialize};
use std::fmt;

/// How many diagnostics are kept with their text. Past this only the count
/// grows, so a file with a million odd lines cannot exhaust memory.
pub const MAX_KEPT_DIAGNOSTICS: usize = 1000;

/// One thing that was odd about one line of the input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// 1-based line number in the uncompressed text.
    pub line: u64,
    /// What was wrong and what the parser did about it, worded when shown.
    pub message: Phrase,
}

/// In English, as the terminal and the logs read it.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message.render(Lang::En))
    }
}

/// The diagnostics of one load: the first [`MAX_KEPT_DIAGNOSTICS`] in full,
/// and the count of all of them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Diagnostics {
    kept: Vec<Diagnostic>,
    total: u64,
}

impl Diagnostics {
    /// Records a warning about `line`.
    pub fn warn(&mut self, line: u64, message: Phrase) {
        self.total += 1;
        if self.kept.len() < MAX_KEPT_DIAGNOSTICS {
            self.kept.push(Diagnostic { line, message });
        }
    }

    /// All warnings seen, including those whose text was not kept.
    pub fn total(&self) -> u64 {
        self.total
    }

    /// The warnings kept in full, in line order.
    pub fn kept(&self) -> &[Diagnostic] {
        &self.kept
    }

    /// Adds `later`'s warnings, those of the text that follows, as if they
    /// had been warned here: kept while there is room, all counted.
    pub fn append(&mut self, later: Diagnostics) {
        let room = MAX_KEPT_DIAGNOSTICS.saturating_sub(self.kept.len());
        self.kept.extend(later.kept.into_iter().take(room));
        self.total += later.total;
    }
}

/// Problems that recur on many lines (an undeclared INFO field, a bad GT
/// value), reported once each: with the first line it occurred on and the
/// number of lines it occurred on, so a file with the same quirk on every
/// line gives one readable warning, not a million.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct RepeatedIssues {
    order: Vec<String>,
    seen: foldhash::HashMap<String, (u64, u64, Phrase)>,
}

impl RepeatedIssues {
    /// Notes problem `id` on `line`; `message` is only built the first time.
    pub fn note(&mut self, id: &str, line: u64, message: impl FnOnce() -> Phrase) {
        if let Some(entry) = self.seen.get_mut(id) {
            entry.1 += 1;
            return;
        }
        self.order.push(id.to_owned());
        self.seen.insert(id.to_owned(), (line, 1, message()));
    }

    /// Adds the problems noted in the text that follows: one already noted
    /// keeps its first line and adds the count, a new one is noted after
    /// the others.
    pub fn append(&mut self, later: RepeatedIssues) {
        let mut seen = later.seen;
        for id in later.order {
            let Some((line, count, message)) = seen.remove(&id) else { continue };
            match self.seen.get_mut(&id) {
                Some(entry) => entry.1 += count,
                None => {
                    self.order.push(id.clone());
                    self.seen.insert(id, (line, count, message));
                }
            }
        }
    }

    /// Distinct problems noted.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Adds one warning per problem to `diagnostics`, at its first line.
    pub fn report_into(self, diagnostics: &mut Diagnostics) {
        let mut seen = self.seen;
        for id in self.order {
            let (line, count, message) = seen.remove(&id).expect("every id in order is in seen");
            let message = match count {
                1 => message,
                _ => Phrase::new(msg!("vcf-repeated")).arg("message", message).arg("count", count),
            };
            diagnostics.warn(line, message);
        }
        diagnostics.kept.sort_by_key(|d| d.line);
    }
}

/// Why a file could not be read at all. Every variant knows the line the
/// reader had reached, so the message can say where it stopped.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// Zero bytes, or a compressed file that inflates to nothing.
    Empty,
    /// The first line is not a VCF header line.
    NotVcf { line: u64, found: Phrase },
    /// A data line came before the `#CHROM` column header.
    DataBeforeHeader { line: u64 },
    /// The input ended before the `#CHROM` column header.
    MissingColumnHeader { line: u64 },
    /// The `#CHROM` line does not name the eight fixed columns.
    BadColumnHeader { line: u64, found: String },
    /// The gzip or BGZF stream is corrupt.
    CorruptCompression { line: u64, detail: String },
    /// The compressed stream stops in the middle of a member.
    TruncatedCompression { line: u64 },
    /// Memory ran out: the store could not grow to hold the record at
    /// `line`. In the browser the engine has a 4 GiB address space, and
    /// what fills it is the samples' calls (one per sample per ALT).
    TooLarge { line: u64, samples: usize, held_bytes: u64 },
    /// A file read in parts (`crate::parts`) was finished before the part
    /// that starts at `line` had been joined: a caller's fault, reported
    /// rather than given back as a file with a hole in it.
    Unfinished { line: u64 },
}

impl LoadError {
    /// The line the reader had reached when it stopped (0 for an empty file).
    pub fn line(&self) -> u64 {
        match self {
            LoadError::Empty => 0,
            LoadError::NotVcf { line, .. }
            | LoadError::DataBeforeHeader { line }
            | LoadError::MissingColumnHeader { line }
            | LoadError::BadColumnHeader { line, .. }
            | LoadError::CorruptCompression { line, .. }
            | LoadError::TruncatedCompression { line }
            | LoadError::TooLarge { line, .. }
            | LoadError::Unfinished { line } => *line,
        }
    }
}

impl LoadError {
    /// The words a clinician reads, worded when shown. One exhaustive
    /// match, so a new error cannot reach the screen without a message.
    pub fn phrase(&self) -> Phrase {
        let at = |key: &str, line: u64| Phrase::new(key).arg("line", line.to_string());
        match self {
            LoadError::Empty => Phrase::new(msg!("load-error-empty")),
            LoadError::NotVcf { line, found } => at(msg!("load-error-not-vcf"), *line).arg("found", found.clone()),
            LoadError::DataBeforeHeader { line } => at(msg!("load-error-data-before-header"), *line),
            LoadError::MissingColumnHeader { line } => at(msg!("load-error-no-column-header"), *line),
            LoadError::BadColumnHeader { line, found } => {
                at(msg!("load-error-bad-column-header"), *line).arg("found", found.as_str())
            }
            LoadError::CorruptCompression { line, detail } => {
                at(msg!("load-error-corrupt"), *line).arg("detail", detail.as_str())
            }
            LoadError::TruncatedCompression { line } => at(msg!("load-error-truncated"), *line),
            LoadError::TooLarge { line, samples, held_bytes } => at(msg!("load-error-too-large"), *line)
                .arg("samples", *samples)
                .arg("megabytes", held_bytes / 1_000_000),
            LoadError::Unfinished { line } => at(msg!("load-error-unfinished"), *line),
        }
    }
}

/// In English, as the terminal and the logs read it.
impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.phrase().render(Lang::En))
    }
}

impl std::error::Error for LoadError {}

/// A short, printable excerpt of untrusted bytes for a message: at most
/// `max` characters, control characters shown as `?`.
pub fn excerpt(bytes: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out: String = text.chars().take(max).map(|c| if c.is_control() { '?' } else { c }).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_the_first_diagnostics_but_counts_all() {
        let mut d = Diagnostics::default();
        for line in 0..(MAX_KEPT_DIAGNOSTICS as u64 + 5) {
            d.warn(line, "odd".into());
        }
        assert_eq!(d.kept().len(), MAX_KEPT_DIAGNOSTICS);
        assert_eq!(d.total(), MAX_KEPT_DIAGNOSTICS as u64 + 5);
    }

    #[test]
    fn repeated_issues_are_reported_once_with_a_count() {
        let mut issues = RepeatedIssues::default();
        for line in [9, 12, 30] {
            issues.note("info:XX", line, || "INFO field 'XX' is not declared".into());
        }
        issues.note("spaces", 15, || "spaces".into());
        let mut d = Diagnostics::default();
        d.warn(10, "skipped".into());
        issues.report_into(&mut d);
        let lines: Vec<u64> = d.kept().iter().map(|x| x.line).collect();
        assert_eq!(lines, [9, 10, 15]);
        assert_eq!(
            d.kept()[0].message.render(Lang::En),
            "INFO field 'XX' is not declared (on 3 lines; the first is shown)"
        );
    }

    #[test]
    fn excerpt_is_short_and_printable() {
        assert_eq!(excerpt(b"ab\x00cdef", 4), "ab?c…");
        assert_eq!(excerpt(b"abc", 4), "abc");
    }

    #[test]
    fn every_error_names_its_line() {
        for e in [
            LoadError::TruncatedCompression { line: 42 },
            LoadError::TooLarge { line: 42, samples: 3, held_bytes: 2 << 30 },
            LoadError::Unfinished { line: 42 },
        ] {
            assert!(e.to_string().starts_with("line 42: "), "{e}");
            assert_eq!(e.line(), 42);
        }
    }
}
