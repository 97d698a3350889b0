//! What defines a case beyond the work on its variants: the family, the
//! panels and their confidence, the filters, the inheritance mode, the
//! transcript policy and the population-frequency sources. Saved with the
//! work and restored with it (on reopening the file, and on importing a
//! session), so a case is one thing: the same variants, judged against the
//! same family, come back.

use crate::annotation::{FrequencySettings, TranscriptPolicy};
use crate::family::Family;
use crate::filter::Filters;
use crate::inheritance::Mode;
use crate::panel::{Confidence, Panel};
use serde::{Deserialize, Serialize};

/// The case's settings as the analyst left them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseSettings {
    /// The family, by the file's sample columns (the session belongs to
    /// one file, by checksum, so its columns are the ones meant).
    pub family: Option<Family>,
    /// The panels, whole: a reopened case must not depend on panels kept
    /// elsewhere in the browser.
    pub panels: Vec<Panel>,
    pub min_confidence: Option<Confidence>,
    pub filters: Filters,
    pub mode: Mode,
    pub policy: TranscriptPolicy,
    /// The lab's choices among the file's frequency sources when the case
    /// was worked on.
    pub frequency: FrequencySettings,
}

impl CaseSettings {
    /// Whether anything differs from a fresh page's defaults: a session
    /// without settings or work has nothing to restore.
    pub fn is_default(&self) -> bool {
        *self == CaseSettings::default()
    }

    /// The family's sample columns all exist in a file of `samples` columns
    /// (a hand-edited or foreign session could name others).
    pub fn fits_samples(&self, samples: usize) -> bool {
        self.family.as_ref().is_none_or(|f| f.samples().all(|s| s < samples))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::family::{Affection, Member, Sex};

    #[test]
    fn settings_round_trip_and_are_checked_against_the_file() {
        let family = Family {
            proband: 1,
            proband_sex: Sex::Male,
            father: Some(Member { sample: 0, affected: Affection::Unaffected }),
            mother: Some(Member { sample: 2, affected: Affection::Unaffected }),
            siblings: Vec::new(),
        };
        let settings = CaseSettings { family: Some(family), mode: Mode::DeNovo, ..CaseSettings::default() };
        let json = serde_json::to_string(&settings).unwrap();
        assert_eq!(serde_json::from_str::<CaseSettings>(&json).unwrap(), settings);
        assert!(settings.fits_samples(3) && !settings.fits_samples(2));
        assert!(CaseSettings::default().is_default() && !settings.is_default());
    }
}
