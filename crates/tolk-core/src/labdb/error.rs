//! Why a database could not be read, or a case or another database not
//! taken in: worded when shown, like every message of the engine.

use super::VERSION;
use crate::i18n::Lang;
use crate::phrase::Phrase;
use crate::vcf::assembly::Build;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LabDbError {
    /// Not JSON, another format, or references to cases it does not hold.
    NotALabDb(String),
    /// Written by a newer Tolk, in this version of the format.
    Newer(u64),
    TooLarge {
        limit: usize,
    },
    /// A case or database of the other build.
    OtherBuild {
        database: Build,
        case: Build,
    },
    /// The case's file named no build, and the caller gave none.
    UnknownBuild,
    /// Several samples and no family: whose variants they are is unknown.
    NoProband,
    /// A pseudonymised session: its dates are labels.
    Pseudonymised,
    /// The session names no SHA-256 of its file, so the case has no id.
    NoChecksum,
}

impl LabDbError {
    /// Why, worded when shown.
    pub fn phrase(&self) -> Phrase {
        match self {
            LabDbError::NotALabDb(why) => Phrase::new(msg!("labdb-error-not-a-database")).arg("reason", why.as_str()),
            LabDbError::Newer(v) => Phrase::new(msg!("labdb-error-newer"))
                .arg("version", v.to_string())
                .arg("supported", VERSION.to_string()),
            LabDbError::TooLarge { limit } => {
                Phrase::new(msg!("labdb-error-too-large")).arg("megabytes", (limit / (1024 * 1024)).to_string())
            }
            LabDbError::OtherBuild { database, case } => {
                Phrase::new(msg!("labdb-error-other-build")).arg("database", database.name()).arg("case", case.name())
            }
            LabDbError::UnknownBuild => Phrase::new(msg!("labdb-error-unknown-build")),
            LabDbError::NoProband => Phrase::new(msg!("labdb-error-no-proband")),
            LabDbError::Pseudonymised => Phrase::new(msg!("labdb-error-pseudonymised")),
            LabDbError::NoChecksum => Phrase::new(msg!("labdb-error-no-checksum")),
        }
    }
}

/// In English, as the terminal reads it.
impl fmt::Display for LabDbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.phrase().render(Lang::En))
    }
}

impl std::error::Error for LabDbError {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labdb::MAX_LABDB_BYTES;

    #[test]
    fn every_error_is_worded_in_every_language() {
        let all = [
            LabDbError::NotALabDb("x".into()),
            LabDbError::Newer(2),
            LabDbError::TooLarge { limit: MAX_LABDB_BYTES },
            LabDbError::OtherBuild { database: Build::GRCh38, case: Build::GRCh37 },
            LabDbError::UnknownBuild,
            LabDbError::NoProband,
            LabDbError::Pseudonymised,
            LabDbError::NoChecksum,
        ];
        for e in all {
            assert!(e.phrase().is_wordable(), "{e:?}");
        }
        assert!(LabDbError::TooLarge { limit: MAX_LABDB_BYTES }.to_string().contains("256"));
    }
}
