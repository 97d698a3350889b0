//! `tolk view FILE [--format tsv|json] [--policy P] [narrowing flags]`: one
//! row per variant (ALT allele) with `chrom pos ref alt gene consequence
//! impact hgvsc hgvsp af svtype end svlen`, `.` for a missing value in TSV
//! (the last three for a small variant), and with a PED
//! file an `inheritance` column. Gene, consequence and AF come from the
//! store, as the app shows them; HGVS from reading each row's record again
//! (only the blocks that hold them, on every core, where the file allows).
//! With narrowing flags, only the view's rows are written, and the funnel,
//! notes and compound-het pairs go to stderr.
//!
//! With `--knowledge FILE` (repeatable; ClinVar's VCF, gnomAD's constraint
//! table, GenCC's submissions, a lab database, each told by its content),
//! the columns `clinvar_current clinvar_stars lab_class lab_cases loeuf`
//! follow.
//!
//! TSV cells are made inert as the app's grid export makes them
//! (`tolk_core::grid_tsv::spreadsheet_safe`: no formula runs, no
//! bidirectional control reorders); JSON keeps every value exact.

use crate::input;
use crate::knowledge;
use crate::narrow::Narrowing;
use clap::ValueEnum;
use serde::Serialize;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tolk_core::acmg::Class;
use tolk_core::annotation::TranscriptPolicy;
use tolk_core::grid_columns::fit_words;
use tolk_core::grid_tsv::spreadsheet_safe;
use tolk_core::i18n::Lang;
use tolk_core::knowledge::Known;
use tolk_core::search::TextScan;
use tolk_core::sort::Sort;
use tolk_core::vcf::detail::{worst_hgvs, DecodeContext};
use tolk_core::view::{apply, Query, View};

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Tsv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Policy {
    /// MANE Select, else canonical, else all: per variant, as clinicians read it.
    Preferred,
    All,
    Canonical,
    ManeSelect,
    Pick,
}

impl From<Policy> for TranscriptPolicy {
    fn from(p: Policy) -> Self {
        match p {
            Policy::Preferred => TranscriptPolicy::Preferred,
            Policy::All => TranscriptPolicy::All,
            Policy::Canonical => TranscriptPolicy::Canonical,
            Policy::ManeSelect => TranscriptPolicy::ManeSelect,
            Policy::Pick => TranscriptPolicy::Pick,
        }
    }
}

/// One output row.
#[derive(Serialize)]
struct ViewRow<'a> {
    chrom: &'a str,
    pos: u32,
    #[serde(rename = "ref")]
    reference: &'a str,
    alt: &'a str,
    gene: Option<&'a str>,
    consequence: Option<&'a str>,
    impact: Option<&'static str>,
    hgvsc: Option<&'a str>,
    hgvsp: Option<&'a str>,
    af: Option<f32>,
    /// A structural variant's type, END and size (`.` for a small variant).
    svtype: Option<&'static str>,
    end: Option<u32>,
    svlen: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    inheritance: Option<String>,
    /// With `--knowledge`: what the lab's files say.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    known: Option<KnownColumns<'a>>,
}

/// The `--knowledge` columns.
#[derive(Serialize)]
struct KnownColumns<'a> {
    clinvar_current: Option<&'a str>,
    clinvar_stars: Option<u8>,
    lab_class: Option<&'static str>,
    lab_cases: Option<u32>,
    loeuf: Option<f32>,
}

impl<'a> KnownColumns<'a> {
    fn of(known: &'a Known) -> KnownColumns<'a> {
        KnownColumns {
            clinvar_current: known.clinvar.as_deref(),
            clinvar_stars: known.clinvar_stars,
            lab_class: known.lab_class.map(Class::id),
            lab_cases: known.lab_cases,
            loeuf: known.loeuf,
        }
    }
}

const KNOWN_COLUMNS: [&str; 5] = ["clinvar_current", "clinvar_stars", "lab_class", "lab_cases", "loeuf"];

const COLUMNS: [&str; 13] =
    ["chrom", "pos", "ref", "alt", "gene", "consequence", "impact", "hgvsc", "hgvsp", "af", "svtype", "end", "svlen"];

pub fn run(
    path: &Path,
    threads: usize,
    format: Format,
    policy: Policy,
    narrowing: &Narrowing,
    sort: Option<Sort>,
    knowledge: &[PathBuf],
) -> ExitCode {
    let policy = TranscriptPolicy::from(policy);
    let loaded = match input::load(path, threads) {
        Ok(loaded) => loaded,
        Err(message) => {
            eprintln!("{}: {message}", path.display());
            return ExitCode::from(2);
        }
    };
    let store = &loaded.store;
    let known = match knowledge::load(knowledge, store, path) {
        Ok(set) => (!knowledge.is_empty()).then_some(set),
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let query = match narrowing.query(&loaded.header.samples, policy) {
        Ok(query) => Query { sort, ..query },
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let mut view = apply(store, &query);
    let ctx = DecodeContext::new(&loaded);
    if let Some(mut scan) = query.search.as_ref().and_then(|search| TextScan::new(search, store, &view.rows)) {
        if let Err(message) = input::for_each_line(path, |line| scan.feed_line(line.offset, line.bytes, &ctx)) {
            eprintln!("{}: {message}", path.display());
            return ExitCode::from(2);
        }
        view.keep_found(scan);
    }
    if narrowing.is_active() {
        report(&view, store);
    }
    let judge = query.judge(store);
    let mut out = BufWriter::new(io::stdout().lock());
    let mut written = 0usize;
    let mut result = match format {
        Format::Tsv => {
            let header = COLUMNS
                .iter()
                .copied()
                .chain(query.family.is_some().then_some("inheritance"))
                .chain(known.iter().flat_map(|_| KNOWN_COLUMNS))
                .collect::<Vec<_>>();
            writeln!(out, "{}", header.join("\t"))
        }
        Format::Json => write!(out, "["),
    };
    // Each row's record is read again for its HGVS: in file order, then
    // written in the view's order. Rows in file order are written a batch
    // at a time, so a whole genome is not held as text; sorted ones when
    // all are read.
    let in_file_order = view.rows.is_sorted();
    let file_rows: std::borrow::Cow<[u32]> = match in_file_order {
        true => view.rows.as_slice().into(),
        false => {
            let mut rows = view.rows.clone();
            rows.sort_unstable();
            rows.into()
        }
    };
    let render = |row: u32, text: &str| -> Result<Vec<u8>, String> {
        let index = row as usize;
        let mut row = store.row(index, policy);
        if let Some(set) = &known {
            set.fill(&mut row);
        }
        let hgvs = worst_hgvs(text, &ctx, policy);
        let worst = hgvs.as_ref().and_then(|h| h.get(usize::from(row.alt_number) - 1));
        let line = ViewRow {
            chrom: &row.chrom,
            pos: row.pos,
            reference: &row.reference,
            alt: &row.alt,
            gene: row.gene.as_deref(),
            consequence: row.consequence.as_deref(),
            impact: row.impact.map(|i| i.as_str()),
            hgvsc: worst.and_then(|w| w.hgvsc.as_deref()),
            hgvsp: worst.and_then(|w| w.hgvsp.as_deref()),
            af: row.scores.af,
            svtype: row.sv.as_ref().map(|sv| sv.kind.id()),
            end: row.sv.as_ref().map(|sv| sv.end),
            svlen: row.sv.as_ref().and_then(|sv| sv.len),
            inheritance: judge.as_ref().map(|j| fit_words(&view.fits(j, row.index))),
            known: known.as_ref().map(|_| KnownColumns::of(&row.known)),
        };
        let mut cell = Vec::new();
        match format {
            Format::Tsv => write_tsv(&mut cell, &line).map_err(|e| e.to_string())?,
            Format::Json => serde_json::to_writer(&mut cell, &line).map_err(|e| e.to_string())?,
        }
        Ok(cell)
    };
    let batch = if in_file_order { 100_000 } else { usize::MAX };
    for rows in file_rows.chunks(batch) {
        let cells = match input::records(path, &loaded, rows, threads, &render) {
            Ok(cells) => cells,
            Err(message) => {
                eprintln!("{}: {message}", path.display());
                return ExitCode::from(2);
            }
        };
        let order: Box<dyn Iterator<Item = &Vec<u8>>> = match in_file_order {
            true => Box::new(cells.iter()),
            false => Box::new(view.rows.iter().map(|row| &cells[rows.binary_search(row).expect("every row is read")])),
        };
        for cell in order {
            result = result.and_then(|()| emit(&mut out, &mut written, cell, format));
        }
    }
    if let Format::Json = format {
        result = result.and_then(|_| writeln!(out, "\n]"));
    }
    match result.and_then(|_| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`tolk view f | head`) is a normal end.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tolk view: {e}");
            ExitCode::from(1)
        }
    }
}

/// Writes one rendered row, after the separator JSON needs.
fn emit(out: &mut impl Write, written: &mut usize, cell: &[u8], format: Format) -> io::Result<()> {
    if let Format::Json = format {
        out.write_all(if *written == 0 { b"\n" } else { b",\n" })?;
    }
    *written += 1;
    out.write_all(cell)
}

/// The funnel, notes and pairs, for the person at the terminal.
fn report(view: &View, store: &tolk_core::VariantStore) {
    for step in &view.funnel {
        let missing =
            if step.kept_missing > 0 { format!(" ({} kept with no value)", step.kept_missing) } else { String::new() };
        eprintln!("# {:>8}  {}{missing}", step.remaining, step.label.render(Lang::En));
    }
    if let Some(panel) = &view.panel {
        eprintln!("# panel genes: {}, in the file: {}", panel.genes.len(), panel.matched());
    }
    for pair in &view.pairs {
        let key = |r: u32| store.row(r as usize, TranscriptPolicy::All).key();
        eprintln!("# compound het ({:?}) in {}: {} + {}", pair.fit, pair.gene, key(pair.first), key(pair.second));
    }
    for note in &view.notes {
        eprintln!("# note: {}", note.render(Lang::En));
    }
}

fn write_tsv(out: &mut impl Write, r: &ViewRow<'_>) -> io::Result<()> {
    let dot = |v: Option<&str>| v.map_or(".".to_owned(), spreadsheet_safe);
    let af = r.af.map_or(".".to_owned(), |a| a.to_string());
    let cells = [
        spreadsheet_safe(r.chrom),
        r.pos.to_string(),
        spreadsheet_safe(r.reference),
        spreadsheet_safe(r.alt),
        dot(r.gene),
        dot(r.consequence),
        dot(r.impact),
        dot(r.hgvsc),
        dot(r.hgvsp),
        af,
        dot(r.svtype),
        r.end.map_or(".".to_owned(), |e| e.to_string()),
        r.svlen.map_or(".".to_owned(), |l| l.to_string()),
    ];
    let number = |v: Option<String>| v.unwrap_or_else(|| ".".to_owned());
    let known = r.known.iter().flat_map(|k| {
        [
            dot(k.clinvar_current),
            number(k.clinvar_stars.map(|s| s.to_string())),
            dot(k.lab_class),
            number(k.lab_cases.map(|n| n.to_string())),
            number(k.loeuf.map(|l| l.to_string())),
        ]
    });
    let all: Vec<String> = cells.into_iter().chain(r.inheritance.clone()).chain(known).collect();
    writeln!(out, "{}", all.join("\t"))
}
