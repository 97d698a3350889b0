//! `--knowledge FILE`: the lab's knowledge files for `tolk view`, each
//! sniffed from its content (ClinVar's VCF, gnomAD's constraint table,
//! GenCC's submissions, a lab database), read by the same
//! `tolk_core::knowledge::KnowledgeReader` as the browser worker.

use crate::input;
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use tolk_core::i18n::Lang;
use tolk_core::knowledge::{KnowledgeError, KnowledgeReader, KnowledgeSet, SiteKey};
use tolk_core::labdb;
use tolk_core::VariantStore;

/// The knowledge in `paths`, matched to `store` (the VCF at `vcf`, whose
/// own case a lab database leaves out of its counts).
pub fn load(paths: &[PathBuf], store: &VariantStore, vcf: &Path) -> Result<KnowledgeSet, String> {
    if paths.is_empty() {
        return Ok(KnowledgeSet::default());
    }
    let mut set = KnowledgeSet::default();
    let wanted = KnowledgeSet::wanted(store);
    for path in paths {
        read_one(path, &wanted, &mut set).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    // Only a lab database needs the case's name (the whole VCF hashed).
    if set.labdb.is_some() {
        set.case_id = Some(labdb::case_id(&sha256_of(vcf)?));
    }
    Ok(set)
}

/// Reads one file into `set`, as the browser worker does.
fn read_one(path: &Path, wanted: &HashSet<SiteKey>, set: &mut KnowledgeSet) -> Result<(), String> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let english = |e: KnowledgeError| match e.line {
        Some(line) => format!("line {line}: {}", e.problem.render(Lang::En)),
        None => e.problem.render(Lang::En),
    };
    let mut reader = KnowledgeReader::new(wanted);
    input::each_chunk(path, |chunk| reader.push(chunk).map_err(english))?;
    reader.finish(&name, set).map_err(english)?;
    Ok(())
}

/// The lowercase hex SHA-256 of the file as it is on disk (compressed or
/// not), as the app names a case by it.
pub fn sha256_of(path: &Path) -> Result<String, String> {
    let cannot = |e: std::io::Error| format!("{}: cannot read the file: {e}", path.display());
    let mut hasher = Sha256::new();
    std::io::copy(&mut std::fs::File::open(path).map_err(cannot)?, &mut hasher).map_err(cannot)?;
    Ok(format!("{:x}", hasher.finalize()))
}
