//! The lab's own variant database: one JSON file the lab keeps, built from
//! the app's session files and the cases' VCFs ([`CaseInput`]), merged
//! across machines ([`LabDb::merge`]), opened beside a case to say "seen in
//! 3 other cases, classified likely pathogenic in March" ([`LabDb::variant`]),
//! and exported to the national database without anything identifying
//! ([`export`], Norway's recommendation C1).
//!
//! A case is known by a pseudonym made from its VCF's checksum
//! ([`case_id`]): the same file added again is recognised and replaces its
//! earlier entries instead of being counted twice, and no name of a person
//! or a file is kept. Who carried a variant is kept as indices into
//! [`LabDb::cases`], with the proband's zygosity, so counts of cases follow
//! from the file alone.
//!
//! Pure data, like the sessions: the caller gives every date.

mod build;
mod error;
pub mod export;
mod merge;
mod view;

pub use build::{AddOutcome, CaseInput};
pub use error::LabDbError;
pub use merge::MergeOutcome;
pub use view::LabView;

use crate::acmg::{Applied, Class};
use crate::knowledge::SiteKey;
use crate::vcf::assembly::Build;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The `format` every lab database names, so that another JSON file (a
/// session, a note) is refused by name rather than misread.
pub const FORMAT: &str = "tolk-labdb";

/// Bumped when a field is added or changes meaning; an older Tolk refuses
/// a newer file rather than drop what it cannot read when it saves.
pub const VERSION: u32 = 1;

/// The largest database Tolk opens: years of exomes recorded with all
/// their variants fit well below it (about 60 bytes a variant), and a
/// browser tab still holds it as text and as values at once.
pub const MAX_LABDB_BYTES: usize = 256 * 1024 * 1024;

/// The whole database file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabDb {
    pub format: String,
    pub version: u32,
    /// The reference build of every position in it: set by the first case,
    /// and a case of the other build is refused (a position means nothing
    /// without its build, and lifting over needs chains Tolk does not have).
    pub build: Option<Build>,
    pub cases: Vec<CaseEntry>,
    pub variants: BTreeMap<SiteKey, LabVariant>,
}

/// One case, known only by its pseudonym.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseEntry {
    /// [`case_id`] of the case's VCF.
    pub id: String,
    /// When it was added (or last replaced), as the caller gave it.
    pub added: String,
    pub observed: Observed,
}

/// Which of the proband's variants a case recorded as carried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Observed {
    /// Every variant the proband carries in the file: its counts are whole.
    AllVariants,
    /// Only the variants worked on in the session (added without the VCF):
    /// a variant not worked on is absent though carried, so its counts
    /// are counted only where classified.
    WorkedOnly,
}

/// What the lab knows of one site.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LabVariant {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gene: Option<String>,
    /// Indices into [`LabDb::cases`] of the cases whose proband carries it
    /// this way, sorted, each case in one list at most.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub het: Vec<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hom: Vec<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hemi: Vec<u32>,
    /// Oldest first (by date, then case).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub classifications: Vec<LabClassification>,
}

/// One case's classification of the variant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabClassification {
    /// Index into [`LabDb::cases`].
    pub case: u32,
    pub class: Class,
    /// The applied criteria at their strengths.
    pub criteria: Vec<Applied>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transcript: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hgvsc: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hgvsp: Option<String>,
    /// `YYYY-MM-DD`, the day of the work's last change.
    pub date: String,
    /// Who last changed the work: kept for the lab, never exported.
    pub analyst: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub condition: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    /// The analyst marked the comment (and the condition with it) fit to
    /// share beyond the lab.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub comment_shareable: bool,
}

/// How a proband carries a variant, as the database counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carrier {
    Het,
    Hom,
    Hemi,
}

impl Carrier {
    pub const ALL: [Carrier; 3] = [Carrier::Het, Carrier::Hom, Carrier::Hemi];
}

/// The pseudonym of a case: `case-` and the first 16 hex digits of its
/// VCF's SHA-256. Stable (the same file is the same case wherever it is
/// added) and names no one; 64 bits keep two files from colliding in any
/// lab's lifetime.
pub fn case_id(sha256: &str) -> String {
    let hex: String = sha256.chars().take(16).collect();
    format!("case-{}", hex.to_ascii_lowercase())
}

/// The day (`YYYY-MM-DD`) an ISO 8601 date or timestamp starts with.
fn day(at: &str) -> Option<&str> {
    let d = at.get(..10)?;
    let shape = d.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    shape.then_some(d)
}

impl LabVariant {
    fn list(&self, carrier: Carrier) -> &Vec<u32> {
        match carrier {
            Carrier::Het => &self.het,
            Carrier::Hom => &self.hom,
            Carrier::Hemi => &self.hemi,
        }
    }

    fn list_mut(&mut self, carrier: Carrier) -> &mut Vec<u32> {
        match carrier {
            Carrier::Het => &mut self.het,
            Carrier::Hom => &mut self.hom,
            Carrier::Hemi => &mut self.hemi,
        }
    }

    /// How case `case` carries it, if it does.
    fn carrier_of(&self, case: u32) -> Option<Carrier> {
        Carrier::ALL.into_iter().find(|&c| self.list(c).binary_search(&case).is_ok())
    }

    /// Records that `case` carries it. A case already counted keeps its
    /// first zygosity (a file with the site twice counts once).
    fn add_carrier(&mut self, case: u32, carrier: Carrier) {
        if self.carrier_of(case).is_none() {
            let list = self.list_mut(carrier);
            let at = list.partition_point(|&c| c < case);
            list.insert(at, case);
        }
    }

    /// Adds a classification in date order, unless the same case already
    /// gave the same class on the same criteria that day.
    fn add_classification(&mut self, c: LabClassification) {
        let same = |o: &LabClassification| {
            o.case == c.case && o.class == c.class && o.criteria == c.criteria && o.date == c.date
        };
        if !self.classifications.iter().any(same) {
            let at = self.classifications.partition_point(|o| (o.date.as_str(), o.case) <= (c.date.as_str(), c.case));
            self.classifications.insert(at, c);
        }
    }

    /// Forgets case `case`'s entries.
    fn drop_case(&mut self, case: u32) {
        for carrier in Carrier::ALL {
            self.list_mut(carrier).retain(|&c| c != case);
        }
        self.classifications.retain(|c| c.case != case);
    }

    fn is_empty(&self) -> bool {
        self.het.is_empty() && self.hom.is_empty() && self.hemi.is_empty() && self.classifications.is_empty()
    }

    /// Every case index it names.
    fn cases(&self) -> impl Iterator<Item = u32> + '_ {
        let carriers = Carrier::ALL.into_iter().flat_map(|c| self.list(c).iter().copied());
        carriers.chain(self.classifications.iter().map(|c| c.case))
    }
}

impl Default for LabDb {
    fn default() -> LabDb {
        LabDb::new()
    }
}

impl LabDb {
    /// An empty database, of no build until its first case.
    pub fn new() -> LabDb {
        LabDb { format: FORMAT.to_owned(), version: VERSION, build: None, cases: Vec::new(), variants: BTreeMap::new() }
    }

    /// Reads a database file, refusing another format, a newer version,
    /// and references to cases it does not hold; serde's message names the
    /// line and column of anything malformed.
    pub fn from_json(text: &str) -> Result<LabDb, LabDbError> {
        if text.len() > MAX_LABDB_BYTES {
            return Err(LabDbError::TooLarge { limit: MAX_LABDB_BYTES });
        }
        let probe: serde_json::Value = serde_json::from_str(text).map_err(|e| LabDbError::NotALabDb(e.to_string()))?;
        match probe.get("format").and_then(serde_json::Value::as_str) {
            Some(FORMAT) => {}
            Some(other) => return Err(LabDbError::NotALabDb(format!("its format is \"{other}\""))),
            None => return Err(LabDbError::NotALabDb("it names no format".into())),
        }
        match probe.get("version").and_then(serde_json::Value::as_u64) {
            None => return Err(LabDbError::NotALabDb("it has no version".into())),
            Some(v) if v > u64::from(VERSION) => return Err(LabDbError::Newer(v)),
            Some(_) => {}
        }
        let db: LabDb = serde_json::from_value(probe).map_err(|e| LabDbError::NotALabDb(e.to_string()))?;
        db.check()?;
        Ok(db)
    }

    /// What reading checks beyond the shape: each case once, and each
    /// index naming a case.
    fn check(&self) -> Result<(), LabDbError> {
        let mut ids: Vec<&str> = self.cases.iter().map(|c| c.id.as_str()).collect();
        ids.sort_unstable();
        if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
            return Err(LabDbError::NotALabDb(format!("case {} is listed twice", w[0])));
        }
        let cases = self.cases.len();
        for (site, variant) in &self.variants {
            if let Some(bad) = variant.cases().find(|&c| c as usize >= cases) {
                return Err(LabDbError::NotALabDb(format!("{site} names case {bad}, and there are {cases} cases")));
            }
        }
        Ok(())
    }

    /// Compact JSON (a database of many cases is large), stable: cases in
    /// the order added, variants by site.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a lab database always serialises")
    }

    /// The index of the case with pseudonym `id`.
    pub fn case_index(&self, id: &str) -> Option<u32> {
        self.cases.iter().position(|c| c.id == id).map(|i| i as u32)
    }

    /// Refuses `build` unless the database is empty of builds or of it,
    /// and takes it as the database's.
    fn take_build(&mut self, build: Build) -> Result<(), LabDbError> {
        match self.build {
            Some(own) if own != build => Err(LabDbError::OtherBuild { database: own, case: build }),
            _ => {
                self.build = Some(build);
                Ok(())
            }
        }
    }

    /// The site's entry, made if new, with its gene filled in if unknown.
    fn entry(&mut self, site: SiteKey, gene: Option<&str>) -> &mut LabVariant {
        let variant = self.variants.entry(site).or_default();
        if variant.gene.is_none() {
            variant.gene = gene.map(str::to_owned);
        }
        variant
    }

    /// Forgets every entry of case `case` (its record stays, to be refilled).
    fn drop_case(&mut self, case: u32) {
        self.variants.retain(|_, v| {
            v.drop_case(case);
            !v.is_empty()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_id_is_the_checksum_s_first_sixteen_hex_digits() {
        assert_eq!(case_id(&"AB12".repeat(16)), format!("case-{}", "ab12".repeat(4)), "lowercase");
        assert_eq!(day("2026-03-04T10:00:00Z"), Some("2026-03-04"));
        assert_eq!(day("date removed"), None);
        assert_eq!(day("t"), None);
    }

    #[test]
    fn a_case_carries_a_site_one_way_and_classifications_keep_date_order() {
        let mut v = LabVariant::default();
        v.add_carrier(3, Carrier::Het);
        v.add_carrier(1, Carrier::Het);
        v.add_carrier(3, Carrier::Hom);
        assert_eq!((v.het.as_slice(), v.hom.is_empty()), (&[1, 3][..], true));
        let c = |case, date: &str| LabClassification {
            case,
            class: Class::Benign,
            criteria: Vec::new(),
            transcript: None,
            hgvsc: None,
            hgvsp: None,
            date: date.into(),
            analyst: String::new(),
            condition: String::new(),
            comment: String::new(),
            comment_shareable: false,
        };
        for (case, date) in [(1, "2026-02-01"), (3, "2025-01-01"), (1, "2026-02-01"), (0, "2026-02-01")] {
            v.add_classification(c(case, date));
        }
        let order: Vec<(u32, &str)> = v.classifications.iter().map(|c| (c.case, c.date.as_str())).collect();
        assert_eq!(order, [(3, "2025-01-01"), (0, "2026-02-01"), (1, "2026-02-01")]);
        v.drop_case(1);
        assert_eq!((v.het.as_slice(), v.classifications.len()), (&[3][..], 2));
    }
}
