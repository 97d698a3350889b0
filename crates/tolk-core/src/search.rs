//! The grid's quick search: one box that takes what a clinician has in
//! hand, a gene (`SCN2A`), a position (`chr2:165,310,406`, a span
//! `2:165300000-165400000`, a gnomAD-style id `2-165310406-C-T`), a dbSNP id
//! (`rs121918751`) or an HGVS description from a report (`c.5266dup`,
//! `NM_007294.4:c.5266dup`, `p.Arg853Ter`, `p.R853*`), and narrows the view
//! to the rows it names.
//!
//! The search narrows what the view shows, after every other step (a funnel
//! step of its own says so); it does not change what inheritance judged, so
//! a row found by search still shows the compound-het partner the filtered
//! view gave it.
//!
//! Genes and positions are in the store and are matched there. dbSNP ids
//! and HGVS are not kept for every row (a genome's HGVS would cost tens of
//! MB), so they are matched in the records' text, read again: a
//! [`TextScan`] lists the spans of text to read, finds the records whose
//! text holds the term, and decodes only those to check which ALT it
//! belongs to. An HGVS description matches a row when any of the row's
//! transcripts has it (a report may name a transcript the policy did not
//! choose); a dbSNP id matches every ALT of the record it is on (dbSNP ids
//! name sites).

use crate::chrom;
use crate::phrase::Phrase;
use crate::store::VariantStore;
use crate::vcf::detail::{decode_record, DecodeContext, TranscriptDetail};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Range;

/// Text read at once while scanning: large enough that a filtered view's
/// records come in a few reads, small enough to hold twice in a worker.
const SPAN_BYTES: u64 = 8 << 20;

/// A search, as typed and as understood.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Search {
    /// What the user typed, trimmed: the funnel shows it.
    pub text: String,
    pub term: Term,
}

/// What a search looks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Term {
    /// A gene symbol, in any case, among a row's genes.
    Gene(String),
    /// Records starting from `start` to `end` (1-based, inclusive) on a
    /// chromosome; with alleles, only the row with that REF and ALT.
    Locus { chrom: String, start: u32, end: u32, alleles: Option<(String, String)> },
    /// A dbSNP id, `rs` and digits.
    Rsid(String),
    /// An HGVS description, c. (or n.) or p.
    Hgvs(Hgvs),
}

/// An HGVS description as a search holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hgvs {
    /// The reference sequence it was given on (`NM_007294.4`), if any.
    pub reference: Option<String>,
    /// The description, protein changes in three-letter codes without
    /// parentheses: `c.5266dup`, `p.Arg853Ter`.
    pub description: String,
}

impl Search {
    /// Reads a search box's text; `Ok(None)` for an empty box, an error
    /// naming the text when it is none of the forms above.
    pub fn parse(input: &str) -> Result<Option<Search>, Phrase> {
        let text = input.trim();
        if text.is_empty() {
            return Ok(None);
        }
        let not_understood = || Phrase::new(msg!("search-not-understood")).arg("text", text.to_owned());
        let term = if let Some(hgvs) = Hgvs::parse(text) {
            Term::Hgvs(hgvs.ok_or_else(not_understood)?)
        } else if is_rsid(text) {
            Term::Rsid(text.to_ascii_lowercase())
        } else if let Some(locus) = locus(text) {
            locus.map_err(|_| not_understood())?
        } else if is_symbol(text) {
            Term::Gene(text.to_owned())
        } else {
            return Err(not_understood());
        };
        Ok(Some(Search { text: text.to_owned(), term }))
    }

    /// Whether the records' text must be read to match (see [`TextScan`]).
    pub fn needs_text(&self) -> bool {
        matches!(self.term, Term::Rsid(_) | Term::Hgvs(_))
    }

    /// Keeps the `rows` the store can tell match; false, leaving them, when
    /// the search needs the records' text (a [`TextScan`]).
    pub(crate) fn keep_in_store(&self, store: &VariantStore, rows: &mut Vec<u32>) -> bool {
        match &self.term {
            Term::Gene(symbol) => {
                let wanted: Vec<bool> = store.genes().names.iter().map(|g| g.eq_ignore_ascii_case(symbol)).collect();
                rows.retain(|&r| store.row_genes(r as usize).iter().any(|&g| wanted[g as usize]));
            }
            Term::Locus { chrom, start, end, alleles } => {
                let on: Vec<bool> = store.chroms().names.iter().map(|c| chrom::same(c, chrom)).collect();
                let records = store.record_columns();
                rows.retain(|&r| {
                    let rec = store.record_of(r as usize);
                    on[records.chrom[rec] as usize]
                        && (*start..=*end).contains(&records.pos[rec])
                        && alleles.as_ref().is_none_or(|(reference, alt)| {
                            store.reference(r as usize).eq_ignore_ascii_case(reference)
                                && store.alt(r as usize).eq_ignore_ascii_case(alt)
                        })
                });
            }
            Term::Rsid(_) | Term::Hgvs(_) => return false,
        }
        true
    }
}

impl Hgvs {
    /// `c.`, `n.` or `p.` descriptions, with or without a reference
    /// sequence; protein changes in one-letter codes become three-letter.
    /// `None` when the text is not shaped like HGVS, `Some(None)` when it
    /// is but does not read as a description.
    fn parse(text: &str) -> Option<Option<Hgvs>> {
        let (reference, change) = match text.rsplit_once(':') {
            Some((reference, change)) => (Some(reference.trim()), change.trim()),
            None => (None, text),
        };
        let kind = change.get(..2)?.to_ascii_lowercase();
        if !matches!(kind.as_str(), "c." | "n." | "p.") {
            return None;
        }
        let rest = &change[2..];
        let no_position = !rest.bytes().any(|b| b.is_ascii_digit());
        if no_position || reference.is_some_and(|r| r.is_empty() || r.contains(char::is_whitespace)) {
            return Some(None);
        }
        let description = match kind.as_str() {
            "p." => match three_letter(rest.trim_start_matches('(').trim_end_matches(')')) {
                Some(change) => format!("p.{change}"),
                None => return Some(None),
            },
            _ => format!("{kind}{}", substitution_bases_upper(rest)),
        };
        Some(Some(Hgvs { reference: reference.map(str::to_owned), description }))
    }

    /// The bytes every record holding this description has in its text:
    /// its kind and position (`c.5266`, `Gln1756`), which every way of
    /// writing the change shares (`c.5266dup` or `c.5266dupC`, `p.Gln35*` or
    /// `p.Gln35Ter`, `p.Pro194=` or VEP's `p.Pro194%3D`).
    fn needle(&self) -> &str {
        let d = position_prefix(&self.description);
        d.strip_prefix("p.").unwrap_or(d)
    }

    /// Whether transcript `t` of a record has this description, on the
    /// reference sequence asked for: the description's own, the entry's
    /// transcript, or the MANE Select RefSeq the entry names (a report
    /// gives `NM_` accessions, an Ensembl annotation `ENST`); a protein
    /// change asked for on a transcript is found on its protein.
    fn matches(&self, t: &TranscriptDetail) -> bool {
        let protein = self.description.starts_with("p.");
        let Some(hgvs) = (if protein { t.hgvsp.as_deref() } else { t.hgvsc.as_deref() }) else { return false };
        let (accession, change) = hgvs.rsplit_once(':').unwrap_or(("", hgvs));
        let on_reference = self.reference.as_deref().is_none_or(|wanted| {
            // The description's own accession names the transcript; the
            // entry's is asked only when it has none (SnpEff).
            let own = if accession.is_empty() { t.feature.as_deref() } else { Some(accession) };
            [own, t.mane_select_id.as_deref()].into_iter().flatten().any(|a| same_accession(wanted, a))
        });
        let change = match change.strip_prefix("p.(") {
            Some(inner) => format!("p.{}", inner.trim_end_matches(')')),
            None => change.to_owned(),
        };
        on_reference && self.same_change(&change)
    }

    fn same_change(&self, change: &str) -> bool {
        let change = normal_change(change);
        let wanted = normal_change(&self.description);
        // A frameshift is found by where it starts (`p.Gln1756fs` stands
        // for `p.Gln1756ProfsTer74`), never by a longer position.
        if wanted.starts_with("p.") && wanted.contains("fs") {
            let start = position_prefix(&wanted);
            return change.starts_with(start)
                && !change[start.len()..].starts_with(|c: char| c.is_ascii_digit())
                && change.contains("fs");
        }
        change.eq_ignore_ascii_case(&wanted)
    }
}

/// A description up to the end of its first position (`c.1110+1G>A` gives
/// `c.1110`, `p.Gln1756ProfsTer74` gives `p.Gln1756`).
fn position_prefix(description: &str) -> &str {
    let digits = description.find(|c: char| c.is_ascii_digit()).unwrap_or(description.len());
    let end = description[digits..].find(|c: char| !c.is_ascii_digit()).map_or(description.len(), |e| digits + e);
    &description[..end]
}

/// One way of writing each change, so files and reports compare: stops as
/// `Ter` (SnpEff writes `*`), deleted or duplicated bases left out
/// (`c.5266dupC` is `c.5266dup`, as HGVS now writes it).
fn normal_change(change: &str) -> String {
    if change.starts_with("p.") {
        return change.replace('*', "Ter");
    }
    let change = change.to_owned();
    match change.rfind("del").into_iter().chain(change.rfind("dup")).max() {
        Some(at) if !change[at..].contains("ins") => {
            let bases = &change[at + 3..];
            if bases.bytes().all(|b| b"ACGTNacgtn".contains(&b)) {
                return change[..at + 3].to_owned();
            }
            change
        }
        _ => change,
    }
}

/// Two accessions name the same sequence: equal, or equal but for a
/// version one of them leaves out (`NM_007294` matches `NM_007294.4`;
/// SnpEff names transcripts without one).
fn same_accession(wanted: &str, accession: &str) -> bool {
    let base = |a: &str| a.split('.').next().unwrap_or(a).to_ascii_uppercase();
    if wanted.contains('.') && accession.contains('.') {
        wanted.eq_ignore_ascii_case(accession)
    } else {
        !accession.is_empty() && base(wanted) == base(accession)
    }
}

/// `123a>g` as `123A>G`: the bases of a substitution as files write them.
fn substitution_bases_upper(change: &str) -> String {
    match change.split_once('>') {
        Some((before, after)) => {
            let split = before.len() - before.chars().rev().take_while(char::is_ascii_alphabetic).count();
            format!("{}{}>{}", &before[..split], before[split..].to_ascii_uppercase(), after.to_ascii_uppercase())
        }
        None => change.to_owned(),
    }
}

/// A protein change with its one-letter codes (`Q1756Pfs*74`) in three
/// letters (`Gln1756ProfsTer74`); three-letter codes and the edit words
/// (`fs`, `del`, `ins`, `dup`, `ext`) pass through. `None` when a capital
/// is no amino acid.
fn three_letter(change: &str) -> Option<String> {
    let bytes = change.as_bytes();
    let mut out = String::with_capacity(change.len() * 2);
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let three = change.get(i..i + 3).filter(|code| is_three_letter(code));
        if let Some(code) = three {
            out.push_str(code);
            i += 3;
        } else if c == b'*' {
            out.push_str("Ter");
            i += 1;
        } else if c.is_ascii_uppercase() {
            out.push_str(amino_acid(c)?);
            i += 1;
        } else {
            let run = bytes[i..].iter().take_while(|b| b.is_ascii_lowercase()).count().max(1);
            out.push_str(change.get(i..i + run)?);
            i += run;
        }
    }
    Some(out)
}

/// Whether `code` is a three-letter amino acid code (`Arg`, `Ter`).
fn is_three_letter(code: &str) -> bool {
    b"ARNDCQEGHILKMFPSTWYVUX".iter().filter_map(|&c| amino_acid(c)).any(|three| three == code)
}

/// The three-letter code of a one-letter amino acid code (`X`: a stop, as
/// older reports write it).
fn amino_acid(code: u8) -> Option<&'static str> {
    Some(match code {
        b'A' => "Ala",
        b'R' => "Arg",
        b'N' => "Asn",
        b'D' => "Asp",
        b'C' => "Cys",
        b'Q' => "Gln",
        b'E' => "Glu",
        b'G' => "Gly",
        b'H' => "His",
        b'I' => "Ile",
        b'L' => "Leu",
        b'K' => "Lys",
        b'M' => "Met",
        b'F' => "Phe",
        b'P' => "Pro",
        b'S' => "Ser",
        b'T' => "Thr",
        b'W' => "Trp",
        b'Y' => "Tyr",
        b'V' => "Val",
        b'U' => "Sec",
        b'X' => "Ter",
        _ => return None,
    })
}

/// `rs` and digits; written `RS` with one or two digits it is the gene
/// (`RS1`, retinoschisin), as dbSNP's two-digit ids are long retired.
fn is_rsid(text: &str) -> bool {
    let digits = text.get(2..).filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
    match (text.get(..2), digits) {
        (Some("rs"), Some(_)) => true,
        (Some(prefix), Some(d)) => prefix.eq_ignore_ascii_case("rs") && d.len() > 2,
        _ => false,
    }
}

/// A gene symbol's characters (HGNC symbols: letters, digits, `-`, and in
/// older files `.`, `_`, `@`), with a letter among them.
fn is_symbol(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._@".contains(&b))
        && text.bytes().any(|b| b.is_ascii_alphabetic())
}

/// A position: `None` when the text does not start with a chromosome
/// followed by a number, an error when it does but the rest is not a
/// position, a span or alleles.
fn locus(text: &str) -> Option<Result<Term, ()>> {
    let cleaned = text.replace(',', "");
    let tokens: Vec<&str> = cleaned.split([':', '-', '>', ' ', '\t']).filter(|t| !t.is_empty()).collect();
    let name = *tokens.first()?;
    let is_chrom = chrom::parse(name).is_some() || name.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("chr"));
    let number = |t: &str| t.parse::<u32>().ok().filter(|&n| n > 0);
    // `MT-ND1` and `chr2:abc` are no positions: a gene, or nothing.
    if !is_chrom || tokens.get(1).is_some_and(|t| !t.starts_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    let whole = |start, end| Term::Locus { chrom: name.to_owned(), start, end, alleles: None };
    let allele = |t: &str| t.bytes().all(|b| b"ACGTNacgtn*".contains(&b));
    Some(match tokens[1..] {
        [] if chrom::parse(name).is_some() => Ok(whole(1, u32::MAX)),
        [] => return None,
        [pos] => number(pos).map(|p| whole(p, p)).ok_or(()),
        [start, end] => match (number(start), number(end)) {
            (Some(s), Some(e)) if s <= e => Ok(whole(s, e)),
            _ => Err(()),
        },
        [pos, reference, alt] if allele(reference) && allele(alt) => match number(pos) {
            Some(p) => Ok(Term::Locus {
                chrom: name.to_owned(),
                start: p,
                end: p,
                alleles: Some((reference.to_ascii_uppercase(), alt.to_ascii_uppercase())),
            }),
            None => Err(()),
        },
        _ => Err(()),
    })
}

/// One record whose text is to be read, with the view's rows on it.
struct Record {
    offset: u64,
    len: u32,
    /// `(row, ALT number)` for each of the view's rows on the record.
    rows: Vec<(u32, u16)>,
}

/// A piece of the file's text to read in one go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Where the text starts, and how long it is (for `TextIndex::plan`).
    pub text_offset: u64,
    pub text_len: u64,
    records: Range<usize>,
}

/// A search matched in the records' text: the caller reads each span's text
/// (from the file, which only it can reach) and [`TextScan::feed`]s it, or
/// streams every line through [`TextScan::feed_line`], then ends the view
/// with [`View::keep_found`](crate::view::View::keep_found).
pub struct TextScan {
    search: Search,
    /// The term's bytes, which every matching record's text holds.
    finder: memchr::memmem::Finder<'static>,
    records: Vec<Record>,
    spans: Vec<Span>,
    /// The next record a streamed line can be.
    next: usize,
    matched: Vec<u32>,
}

impl TextScan {
    /// The scan of `rows` (a view's) for `search`; `None` when the search
    /// needs no text.
    pub fn new(search: &Search, store: &VariantStore, rows: &[u32]) -> Option<TextScan> {
        let needle = match &search.term {
            Term::Rsid(id) => id.as_str(),
            Term::Hgvs(hgvs) => hgvs.needle(),
            Term::Gene(_) | Term::Locus { .. } => return None,
        };
        let finder = memchr::memmem::Finder::new(needle).into_owned();
        let mut by_record: HashMap<usize, usize> = HashMap::new();
        let mut records: Vec<Record> = Vec::new();
        for &row in rows {
            let rec = store.record_of(row as usize);
            let at = *by_record.entry(rec).or_insert_with(|| {
                let location = store.location(row as usize);
                records.push(Record { offset: location.text_offset, len: location.text_len, rows: Vec::new() });
                records.len() - 1
            });
            records[at].rows.push((row, store.alt_number(row as usize)));
        }
        records.sort_by_key(|r| r.offset);
        let mut spans: Vec<Span> = Vec::new();
        for (i, r) in records.iter().enumerate() {
            let end = r.offset + u64::from(r.len);
            match spans.last_mut() {
                Some(span) if end - span.text_offset <= SPAN_BYTES => {
                    span.text_len = end - span.text_offset;
                    span.records.end = i + 1;
                }
                _ => spans.push(Span { text_offset: r.offset, text_len: u64::from(r.len), records: i..i + 1 }),
            }
        }
        Some(TextScan { search: search.clone(), finder, records, spans, next: 0, matched: Vec::new() })
    }

    /// The text to read, in file order.
    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// Matches the records of span `index`, whose text is `text`.
    pub fn feed(&mut self, index: usize, text: &[u8], context: &DecodeContext) {
        let span = &self.spans[index];
        for record in &self.records[span.records.clone()] {
            let start = (record.offset - span.text_offset) as usize;
            if let Some(line) = text.get(start..start + record.len as usize) {
                self.search.term.match_record(&self.finder, record, line, context, &mut self.matched);
            }
        }
    }

    /// Matches the line starting at text offset `offset` if it is one of
    /// the scan's records; lines must come in file order.
    pub fn feed_line(&mut self, offset: u64, line: &[u8], context: &DecodeContext) {
        while self.records.get(self.next).is_some_and(|r| r.offset < offset) {
            self.next += 1;
        }
        if let Some(record) = self.records.get(self.next).filter(|r| r.offset == offset) {
            let line = &line[..line.len().min(record.len as usize)];
            self.search.term.match_record(&self.finder, record, line, context, &mut self.matched);
            self.next += 1;
        }
    }

    /// Keeps the `rows` that matched, in their order; the search they were
    /// matched for.
    pub(crate) fn keep(mut self, rows: &mut Vec<u32>) -> Search {
        self.matched.sort_unstable();
        rows.retain(|r| self.matched.binary_search(r).is_ok());
        self.search
    }
}

impl Term {
    /// Adds to `matched` the rows of `record` (whose text is `line`) this
    /// term finds: only a record holding the term's bytes is looked at
    /// closer, and only such a record is decoded.
    fn match_record(
        &self,
        finder: &memchr::memmem::Finder<'_>,
        record: &Record,
        line: &[u8],
        context: &DecodeContext,
        matched: &mut Vec<u32>,
    ) {
        if finder.find(line).is_none() {
            return;
        }
        match self {
            Term::Rsid(_) if finder.find_iter(line).any(|at| is_whole_id(line, at, finder.needle().len())) => {
                matched.extend(record.rows.iter().map(|&(row, _)| row));
            }
            Term::Hgvs(hgvs) => {
                let Some(detail) = decode_record(&String::from_utf8_lossy(line), context) else { return };
                for &(row, alt) in &record.rows {
                    let alt = detail.alts.get(usize::from(alt).wrapping_sub(1));
                    if alt.is_some_and(|a| a.transcripts.iter().any(|t| hgvs.matches(t))) {
                        matched.push(row);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Whether the id found at `at` in `line` stands alone (`rs12` is not in
/// `rs123` or `xrs12`).
fn is_whole_id(line: &[u8], at: usize, len: usize) -> bool {
    let before = at.checked_sub(1).map(|i| line[i]);
    let after = line.get(at + len).copied();
    !before.is_some_and(|b| b.is_ascii_alphanumeric()) && !after.is_some_and(|b| b.is_ascii_alphanumeric())
}
