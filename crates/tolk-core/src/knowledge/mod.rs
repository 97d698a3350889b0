//! What the lab already knows, from files it opens itself (never fetched):
//! ClinVar's own VCF ([`clinvar`]), gnomAD's gene constraint table
//! ([`constraint`]), GenCC's gene-disease submissions ([`gencc`]), ClinGen's
//! dosage sensitivity gene list ([`dosage`]), and the lab's own variant
//! database ([`crate::labdb`]).
//!
//! Each is matched to the open file by a [`SiteKey`]: one spelling of a
//! variant whichever file wrote it, so that `chr2:166003512:C:T` in a
//! pipeline's VCF finds `2 166003512 C T` in ClinVar's.

pub mod clinvar;
pub mod constraint;
pub mod dosage;
pub mod gencc;
pub mod known;
pub mod reader;
pub mod reanalysis;
pub mod set;
pub mod site;

pub use known::Known;
pub use reader::KnowledgeReader;
pub use set::{sniff, KnowledgeKind, KnowledgeSet, KnowledgeSource, VariantKnowledge};
pub use site::SiteKey;

use crate::phrase::Phrase;

/// Why a knowledge file could not be read: where (1-based line, when
/// there is one) and what.
#[derive(Debug, Clone, PartialEq)]
pub struct KnowledgeError {
    pub line: Option<u64>,
    pub problem: Phrase,
}

impl KnowledgeError {
    pub fn at(line: u64, problem: Phrase) -> KnowledgeError {
        KnowledgeError { line: Some(line), problem }
    }

    pub fn whole(problem: Phrase) -> KnowledgeError {
        KnowledgeError { line: None, problem }
    }
}

impl KnowledgeError {
    /// The problem, after its line where it has one; worded when shown.
    pub fn phrase(&self) -> Phrase {
        match self.line {
            Some(line) => {
                Phrase::new(msg!("file-error-line")).arg("line", line.to_string()).arg("message", self.problem.clone())
            }
            None => self.problem.clone(),
        }
    }
}
