//! `tolk labdb`: the lab's variant database from the terminal, for a lab
//! that keeps its sessions on a share: `build` it from session files (each
//! with its VCF, where given, so every variant the proband carries is
//! counted, not only the classified ones), `merge` two, and `export` the
//! national database's forms (sites-only VCF, ClinVar's submission
//! columns) with small counts left out.

use crate::input;
use crate::knowledge::sha256_of;
use clap::{Subcommand, ValueEnum};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tolk_core::labdb::export::{clinvar_tsv, sites_vcf, ExportSettings, DEFAULT_MIN_COUNT};
use tolk_core::labdb::{CaseInput, LabDb};
use tolk_core::session::Session;
use tolk_core::vcf::assembly::Build;

#[derive(Subcommand)]
pub enum LabdbCommand {
    /// Build a lab database from session files exported from the app (added to --into, if given).
    Build {
        /// Session files (JSON).
        #[arg(required = true)]
        sessions: Vec<PathBuf>,
        /// The sessions' VCFs, matched to them by checksum: with its VCF, a case counts every
        /// variant its proband carries; without, only those classified in it.
        #[arg(long = "vcf", value_name = "FILE")]
        vcfs: Vec<PathBuf>,
        /// An existing lab database to add the cases to.
        #[arg(long, value_name = "FILE")]
        into: Option<PathBuf>,
        /// The reference build, for sessions whose file does not say it.
        #[arg(long, value_enum)]
        build: Option<BuildArg>,
        /// The date the cases are added on (YYYY-MM-DD; default today, UTC).
        #[arg(long)]
        date: Option<String>,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Merge two lab databases (a case in both is taken once, from the one that added it last).
    Merge {
        a: PathBuf,
        b: PathBuf,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Write the national export to stdout: no sample, file, analyst or case names.
    Export {
        database: PathBuf,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Counts of fewer cases than this are left out.
        #[arg(long, default_value_t = DEFAULT_MIN_COUNT)]
        min_count: u32,
        /// The release date written in the file (YYYY-MM-DD; default today, UTC).
        #[arg(long)]
        date: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum BuildArg {
    #[value(name = "GRCh37")]
    Grch37,
    #[value(name = "GRCh38")]
    Grch38,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Vcf,
    ClinvarTsv,
}

pub fn run(command: LabdbCommand, threads: usize) -> ExitCode {
    let result = match command {
        LabdbCommand::Build { sessions, vcfs, into, build, date, out } => {
            build_db(&sessions, &vcfs, into.as_deref(), build, &date.unwrap_or_else(today), threads)
                .and_then(|db| write(&out, &db.to_json()))
        }
        LabdbCommand::Merge { a, b, out } => merge(&a, &b).and_then(|db| write(&out, &db.to_json())),
        LabdbCommand::Export { database, format, min_count, date } => read_db(&database).map(|db| {
            let settings = ExportSettings { min_count, release_date: date.unwrap_or_else(today) };
            let text = match format {
                ExportFormat::Vcf => sites_vcf(&db, &settings),
                ExportFormat::ClinvarTsv => clinvar_tsv(&db, &settings),
            };
            print!("{text}");
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("tolk labdb: {message}");
            ExitCode::from(2)
        }
    }
}

fn build_db(
    sessions: &[PathBuf],
    vcfs: &[PathBuf],
    into: Option<&Path>,
    build: Option<BuildArg>,
    date: &str,
    threads: usize,
) -> Result<LabDb, String> {
    let mut db = match into {
        Some(path) => read_db(path)?,
        None => LabDb::new(),
    };
    let mut by_checksum = HashMap::new();
    for vcf in vcfs {
        by_checksum.insert(sha256_of(vcf)?, vcf);
    }
    for path in sessions {
        let at = |e: String| format!("{}: {e}", path.display());
        let text = std::fs::read_to_string(path).map_err(|e| at(format!("cannot read the file: {e}")))?;
        let session = Session::from_json(&text).map_err(|e| at(e.phrase().render(tolk_core::i18n::Lang::En)))?;
        let input = match by_checksum.get(&session.file.sha256) {
            Some(vcf) => {
                let loaded = input::load(vcf, threads).map_err(|e| format!("{}: {e}", vcf.display()))?;
                CaseInput::from_session_and_store(&session, &loaded.store)
            }
            None => CaseInput::from_session(&session),
        };
        let mut input = input.map_err(|e| at(e.to_string()))?;
        if let Some(b) = build {
            input = input.with_build(match b {
                BuildArg::Grch37 => Build::GRCh37,
                BuildArg::Grch38 => Build::GRCh38,
            });
        }
        let outcome = db.add_case(input, date).map_err(|e| at(e.to_string()))?;
        let how = if outcome.replaced { "replaced" } else { "added" };
        eprintln!(
            "# {}: case {} {how}: {} carried, {} classified",
            path.display(),
            outcome.case,
            outcome.carried,
            outcome.classified
        );
    }
    Ok(db)
}

fn merge(a: &Path, b: &Path) -> Result<LabDb, String> {
    let mut db = read_db(a)?;
    let outcome = db.merge(&read_db(b)?).map_err(|e| format!("{}: {e}", b.display()))?;
    eprintln!("# merged: {} cases added, {} replaced, {} kept", outcome.added, outcome.replaced, outcome.kept);
    Ok(db)
}

fn read_db(path: &Path) -> Result<LabDb, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read the file: {e}", path.display()))?;
    LabDb::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: cannot write the file: {e}", path.display()))
}

/// Today in UTC, `YYYY-MM-DD` (the civil date of the Unix day count,
/// H. Hinnant's algorithm; the CLI needs no calendar crate for one date).
fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    civil_date(secs)
}

/// `YYYY-MM-DD` of the Unix time `secs`.
fn civil_date(secs: u64) -> String {
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn unix_times_are_their_calendar_dates() {
        assert_eq!(super::civil_date(0), "1970-01-01");
        assert_eq!(super::civil_date(951_782_400), "2000-02-29");
        assert_eq!(super::civil_date(1_735_689_599), "2024-12-31");
        assert_eq!(super::civil_date(1_796_601_600), "2026-12-07");
    }
}
