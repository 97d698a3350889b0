//! `tolk`: Tolk's engine in a terminal, for pipelines and for checking the
//! engine against bcftools. It reads files through the same
//! `tolk_core::Loader` as the browser worker.

mod bench_rank;
mod bench_trail;
mod classify;
mod hpo;
mod input;
mod knowledge;
mod labdb;
mod narrow;
mod note;
mod panel;
mod rank;
mod stats;
mod synth;
mod verify;
mod view;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use tolk_core::grid_columns::Column;
use tolk_core::sort::Sort;

#[derive(Parser)]
#[command(name = "tolk", version, about = "Variant interpretation engine (the Tolk web app's core) in a terminal")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Threads that parse a VCF, in parts (default: one per core; 1 reads it in a single pass).
    #[arg(long, global = true, value_name = "N")]
    threads: Option<usize>,
}

#[derive(Subcommand)]
enum Command {
    /// Read a VCF (.vcf, .vcf.gz, .bgz) and print what it holds as one JSON object.
    Stats {
        /// The VCF file.
        file: PathBuf,
        /// Also list every kept warning on stderr, one per line.
        #[arg(long)]
        warnings: bool,
    },
    /// One row per variant (ALT allele): chrom pos ref alt gene consequence impact hgvsc hgvsp af svtype end svlen.
    View {
        /// The VCF file.
        file: PathBuf,
        #[arg(long, value_enum, default_value = "tsv")]
        format: view::Format,
        /// Which transcripts count for the worst consequence and its HGVS.
        #[arg(long, value_enum, default_value = "preferred")]
        policy: view::Policy,
        #[command(flatten)]
        narrowing: Box<narrow::Narrowing>,
        /// Write the rows in this column's order (stable; a row without a
        /// value last), as the app's grid sorts them.
        #[arg(long, value_name = "COLUMN", value_parser = narrow::one_of(Column::sorts_from_file().map(Column::id), Column::parse))]
        sort: Option<Column>,
        /// With --sort: largest first.
        #[arg(long, requires = "sort")]
        descending: bool,
        /// A knowledge file the lab keeps (ClinVar's VCF, gnomAD's constraint table, GenCC's
        /// submissions TSV, a lab database), told by its content; adds the columns
        /// clinvar_current clinvar_stars lab_class lab_cases loeuf. Repeatable.
        #[arg(long, value_name = "FILE")]
        knowledge: Vec<PathBuf>,
    },
    /// The lab's variant database: build it from session files, merge two, export it.
    Labdb {
        #[command(subcommand)]
        command: labdb::LabdbCommand,
    },
    /// Read a gene panel file and print {"name", "version", "genes"} per panel as JSON.
    Panel {
        /// PanelApp JSON or TSV, a BED file, or a list of gene symbols.
        file: PathBuf,
        /// Count genes at this PanelApp confidence or higher: 3 green, 2 amber, 1 or 0 all.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=3))]
        min_confidence: Option<u8>,
    },
    /// Classify ACMG/AMP criteria (PVS1 PM2_Supporting PP3_Moderate BA1 ...) and print
    /// {"points", "class", "class_2015"} as JSON.
    Classify {
        /// Criteria, each at its default strength or as CODE_Strength
        /// (Supporting, Moderate, Strong, VeryStrong, StandAlone).
        #[arg(value_name = "CODE", allow_hyphen_values = true)]
        codes: Vec<String>,
    },
    /// Write the interpretation note of a session file exported from the app.
    Note {
        /// The session file (JSON).
        #[arg(required_unless_present = "schema")]
        session: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "md")]
        format: note::Format,
        /// The language of the note's own words: en or nb.
        #[arg(long, default_value = "en", value_parser = note::parse_language)]
        language: tolk_core::i18n::Lang,
        /// Print the JSON Schema of the `json` format instead.
        #[arg(long)]
        schema: bool,
        /// The lab's roster of signing keys: the note says whether each signer is in it.
        #[arg(long, value_name = "ROSTER.json", conflicts_with = "schema")]
        roster: Option<PathBuf>,
    },
    /// Check a session file's audit trail: each entry's hash and link, the work against the
    /// last entry, the review rounds' rules and every signature; print what was found as JSON.
    #[command(after_help = "Exit status:\n  \
        0  the check passed: the trail is intact, no rule is broken, every signature is valid\n     \
           (and, with --roster, made by a key in the roster)\n  \
        1  the check failed: the trail is broken or absent, a rule is broken, or a signature\n     \
           is invalid or not in the roster\n  \
        2  unusable input: the session or roster cannot be read, is not JSON, not a Tolk\n     \
           session or roster, too large, or from a newer Tolk")]
    Verify {
        /// The session file (JSON), as exported from the app.
        session: PathBuf,
        /// The lab's roster of signing keys (JSON): each signer must be in it.
        #[arg(long, value_name = "ROSTER.json")]
        roster: Option<PathBuf>,
    },
    /// The variants the filters keep, ranked for the patient's HPO terms, best first
    /// (TSV: rank chrom pos ref alt gene score phenotype_score variant_score disease).
    Rank(rank::RankArgs),
    /// Rank simulated patients' causal variants among real files' rows and print
    /// how often each phenotype method finds them (a Markdown table).
    BenchRank(bench_rank::Args),
    /// What the audit trail costs an edit, and what checking a session costs, on sessions
    /// grown from a real one (a Markdown table).
    BenchTrail(bench_trail::Args),
    /// The Human Phenotype Ontology the app ships: build its bundle, search its terms.
    Hpo {
        #[command(subcommand)]
        command: hpo::HpoCommand,
    },
    /// Write a synthetic, realistic VEP-annotated VCF to stdout (no real sample).
    Synth {
        /// Data lines to write.
        #[arg(long)]
        records: u64,
        /// Sample columns (the first three are named PROBAND, MOTHER, FATHER).
        #[arg(long, default_value_t = 3)]
        samples: usize,
        /// The same seed gives the same file.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Compressed as bgzip writes it (BGZF).
        #[arg(long)]
        bgzf: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let threads = cli.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    match cli.command {
        Command::Stats { file, warnings } => stats::run(&file, threads, warnings),
        Command::View { file, format, policy, narrowing, sort, descending, knowledge } => {
            let sort = sort.map(|key| Sort { key, descending });
            view::run(&file, threads, format, policy, &narrowing, sort, &knowledge)
        }
        Command::Labdb { command } => labdb::run(command, threads),
        Command::Panel { file, min_confidence } => panel::run(&file, min_confidence),
        Command::Classify { codes } => classify::run(&codes),
        Command::Note { session, format, language, schema, roster } => {
            note::run(session.as_deref(), format, language, schema, roster.as_deref())
        }
        Command::Verify { session, roster } => verify::run(&session, roster.as_deref()),
        Command::Hpo { command } => hpo::run(command),
        Command::Rank(args) => rank::run(&args, threads),
        Command::BenchRank(args) => bench_rank::run(&args, threads),
        Command::BenchTrail(args) => bench_trail::run(&args),
        Command::Synth { records, samples, seed, bgzf } => match synth::run(records, samples, seed, bgzf) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("tolk synth: {e}");
                ExitCode::from(1)
            }
        },
    }
}
