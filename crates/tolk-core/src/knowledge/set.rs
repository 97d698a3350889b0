//! The knowledge one case is read with: each kind of file the lab opened
//! (the newest of each replaces the one before), matched to the open file,
//! and what it says about each row ([`Known`]).

use super::clinvar::{ClinVarEntry, ClinVarMatches};
use super::constraint::{ConstraintTable, GeneConstraint, GnomadVersion};
use super::dosage::DosageList;
use super::gencc::{GenCC, GeneDisease};
use super::{KnowledgeError, Known, SiteKey};
use crate::labdb::{LabDb, LabView};
use crate::phrase::Phrase;
use crate::row::VariantRow;
use crate::store::VariantStore;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

crate::vocabulary! {
    /// What a knowledge file is, as its content tells (never its name).
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum KnowledgeKind {
        ClinVar => ("clinvar", "knowledge-kind-clinvar"),
        Constraint => ("constraint", "knowledge-kind-constraint"),
        GenCC => ("gencc", "knowledge-kind-gencc"),
        Dosage => ("dosage", "knowledge-kind-dosage"),
        LabDb => ("labdb", "knowledge-kind-labdb"),
    }
}

/// One file the case was read with, as the note names it: which file, and
/// which release of its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct KnowledgeSource {
    pub kind: KnowledgeKind,
    pub file_name: String,
    /// The release as the file says it (ClinVar's `##fileDate` and build,
    /// gnomAD's version, GenCC's newest submission, ClinGen's dosage list's
    /// build and date, the lab database's cases and last addition).
    pub version: String,
}

/// What `head` (the first kilobytes of a file, inflated) is, if Tolk
/// reads it as knowledge.
pub fn sniff(head: &[u8]) -> Option<KnowledgeKind> {
    let text = String::from_utf8_lossy(head);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('{') && trimmed.contains(crate::labdb::FORMAT) {
        Some(KnowledgeKind::LabDb)
    } else if super::clinvar::is_clinvar_header(head) {
        Some(KnowledgeKind::ClinVar)
    } else if super::constraint::sniff(trimmed).is_some() {
        Some(KnowledgeKind::Constraint)
    } else if super::gencc::sniff(trimmed) {
        Some(KnowledgeKind::GenCC)
    } else if super::dosage::sniff(trimmed) {
        Some(KnowledgeKind::Dosage)
    } else {
        None
    }
}

/// Everything the knowledge says about one variant, for its detail.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VariantKnowledge {
    /// ClinVar's entry in the release opened, with that release.
    pub clinvar: Option<(ClinVarEntry, Option<String>)>,
    /// What the lab's database holds on it from other cases (`None`
    /// without a database, or when none carried it: `sources` tells which).
    pub lab: Option<LabView>,
    /// The gene's constraint, with the gnomAD version it is from.
    pub constraint: Option<(GnomadVersion, GeneConstraint)>,
    /// GenCC's gene-disease validity for the gene (empty without GenCC).
    pub gencc: Vec<GeneDisease>,
    /// Which files were open: a missing entry means "not in the file",
    /// not "no file".
    pub sources: Vec<KnowledgeSource>,
}

/// See the module docs.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeSet {
    pub clinvar: Option<(KnowledgeSource, ClinVarMatches)>,
    pub constraint: Option<(KnowledgeSource, ConstraintTable)>,
    pub gencc: Option<(KnowledgeSource, GenCC)>,
    /// ClinGen's dosage sensitivity genes, for scoring CNVs (`crate::cnv`).
    pub dosage: Option<(KnowledgeSource, DosageList)>,
    pub labdb: Option<(KnowledgeSource, LabDb)>,
    /// The open case's id in the lab's database: its own carriers and
    /// classifications are not "seen before".
    pub case_id: Option<String>,
}

impl KnowledgeSet {
    /// The sites of every row of `store`: what a ClinVar file is scanned for.
    pub fn wanted(store: &VariantStore) -> HashSet<SiteKey> {
        (0..store.len()).filter_map(|row| SiteKey::of(store.variant_key(row))).collect()
    }

    /// Reads `bytes` (inflated) named `file_name` as whichever kind it is,
    /// matching a ClinVar file to `wanted`, and keeps it in place of the
    /// file of its kind before.
    pub fn add(
        &mut self,
        file_name: &str,
        bytes: &[u8],
        wanted: &HashSet<SiteKey>,
    ) -> Result<KnowledgeSource, KnowledgeError> {
        let kind = sniff(&bytes[..bytes.len().min(64 * 1024)])
            .ok_or_else(|| KnowledgeError::whole(Phrase::new(msg!("knowledge-unknown-kind")).arg("file", file_name)))?;
        let text = || {
            std::str::from_utf8(bytes)
                .map_err(|_| KnowledgeError::whole(Phrase::new(msg!("knowledge-not-text")).arg("file", file_name)))
        };
        let source = |version: String| KnowledgeSource { kind, file_name: file_name.to_owned(), version };
        Ok(match kind {
            KnowledgeKind::ClinVar => {
                let matches = super::clinvar::scan_text(bytes, wanted)?;
                self.set_clinvar(file_name, matches)
            }
            KnowledgeKind::Constraint => {
                let table = ConstraintTable::parse(text()?)?;
                let s = source(constraint_version(&table));
                self.constraint = Some((s.clone(), table));
                s
            }
            KnowledgeKind::GenCC => {
                let gencc = GenCC::parse(text()?)?;
                let s = source(gencc_version(&gencc));
                self.gencc = Some((s.clone(), gencc));
                s
            }
            KnowledgeKind::Dosage => {
                let list = DosageList::parse(text()?)?;
                let s = source(list.version());
                self.dosage = Some((s.clone(), list));
                s
            }
            KnowledgeKind::LabDb => {
                let db = LabDb::from_json(text()?).map_err(|e| KnowledgeError::whole(e.phrase()))?;
                self.set_labdb(file_name, db)
            }
        })
    }

    /// Keeps ClinVar's entries for the open file (read by a streaming
    /// caller, or by [`KnowledgeSet::add`]).
    pub fn set_clinvar(&mut self, file_name: &str, matches: ClinVarMatches) -> KnowledgeSource {
        let release = &matches.release;
        let version = match (&release.date, release.build) {
            (Some(date), Some(build)) => format!("{date} ({})", build.name()),
            (Some(date), None) => date.clone(),
            (None, Some(build)) => build.name().to_owned(),
            (None, None) => String::new(),
        };
        let s = KnowledgeSource { kind: KnowledgeKind::ClinVar, file_name: file_name.to_owned(), version };
        self.clinvar = Some((s.clone(), matches));
        s
    }

    pub fn set_labdb(&mut self, file_name: &str, db: LabDb) -> KnowledgeSource {
        let last = db.cases.iter().map(|c| c.added.as_str()).max().unwrap_or_default();
        let version = format!("{} cases, last added {last}", db.cases.len());
        let s = KnowledgeSource { kind: KnowledgeKind::LabDb, file_name: file_name.to_owned(), version };
        self.labdb = Some((s.clone(), db));
        s
    }

    /// The files in use, for the note.
    pub fn sources(&self) -> Vec<KnowledgeSource> {
        let clinvar = self.clinvar.as_ref().map(|(s, _)| s);
        let constraint = self.constraint.as_ref().map(|(s, _)| s);
        let gencc = self.gencc.as_ref().map(|(s, _)| s);
        let dosage = self.dosage.as_ref().map(|(s, _)| s);
        let labdb = self.labdb.as_ref().map(|(s, _)| s);
        [clinvar, constraint, gencc, dosage, labdb].into_iter().flatten().cloned().collect()
    }

    pub fn is_empty(&self) -> bool {
        self.clinvar.is_none()
            && self.constraint.is_none()
            && self.gencc.is_none()
            && self.dosage.is_none()
            && self.labdb.is_none()
    }

    /// What the knowledge says about the variant at `site` in `gene`.
    pub fn known(&self, site: Option<&SiteKey>, gene: Option<&str>) -> Known {
        let clinvar = site.and_then(|s| self.clinvar.as_ref()?.1.found.get(s));
        let lab = self.labdb.as_ref().map(|(_, db)| site.and_then(|s| self.lab_view(db, s)));
        Known {
            clinvar: clinvar.map(|c| c.significance.clone()),
            clinvar_stars: clinvar.map(|c| c.stars),
            lab_class: lab.as_ref().and_then(|l| l.as_ref()?.latest().map(|c| c.class)),
            lab_cases: lab.map(|l| l.map_or(0, |l| l.carriers())),
            loeuf: gene.and_then(|g| self.constraint.as_ref()?.1.gene(g)?.loeuf),
        }
    }

    /// What the knowledge says about the variant at `site` in `gene`, in
    /// full.
    pub fn about(&self, site: Option<&SiteKey>, gene: Option<&str>) -> VariantKnowledge {
        VariantKnowledge {
            clinvar: self
                .clinvar
                .as_ref()
                .and_then(|(_, m)| site.and_then(|s| m.found.get(s)).map(|e| (e.clone(), m.release.date.clone()))),
            lab: self.labdb.as_ref().and_then(|(_, db)| site.and_then(|s| self.lab_view(db, s))),
            constraint: self
                .constraint
                .as_ref()
                .and_then(|(_, t)| gene.and_then(|g| t.gene(g)).map(|c| (t.version, c.clone()))),
            gencc: self.gencc.as_ref().and_then(|(_, g)| gene.map(|gene| g.gene(gene).to_vec())).unwrap_or_default(),
            sources: self.sources(),
        }
    }

    /// What `db` holds on `site` from cases other than the open one.
    fn lab_view(&self, db: &LabDb, site: &SiteKey) -> Option<LabView> {
        match &self.case_id {
            Some(case) => db.variant_excluding(site, case),
            None => db.variant(site),
        }
    }

    /// Fills in `row.known`.
    pub fn fill(&self, row: &mut VariantRow) {
        if self.is_empty() {
            return;
        }
        // The site only where a file is matched by it (not for constraint).
        let by_site = self.clinvar.is_some() || self.labdb.is_some();
        let site = by_site.then(|| SiteKey::new(&row.chrom, row.pos, &row.reference, &row.alt)).flatten();
        row.known = self.known(site.as_ref(), row.gene.as_deref());
    }
}

fn constraint_version(table: &ConstraintTable) -> String {
    format!("{}, {} genes", table.version.label(), table.genes.len())
}

fn gencc_version(gencc: &GenCC) -> String {
    let newest = gencc.genes.values().flatten().filter_map(|d| d.latest.as_deref()).max();
    match newest {
        Some(date) => format!("{} genes, submissions to {date}", gencc.genes.len()),
        None => format!("{} genes", gencc.genes.len()),
    }
}
