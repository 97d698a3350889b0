//! `tolk`: Tolk's engine in a terminal, for pipelines and for checking the
//! engine against bcftools. It reads files through the same
//! `tolk_core::Loader` as the browser worker.

mod stats;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "tolk", version, about = "Variant interpretation engine (the Tolk web app's core) in a terminal")]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Stats { file, warnings } => stats::run(&file, warnings),
    }
}
