//! A clinician's work on one file: for each variant looked at, the
//! criteria applied (at which strength, with comments), the decisions on
//! Tolk's suggestions, the final class and whether it is reported, and who
//! changed it when. The app saves it after every change and exports it as
//! JSON; `tolk note` renders it. It carries a snapshot of each variant's
//! facts, so a note can be written from the session alone.
//!
//! Pure data: the caller supplies timestamps (this crate has no clock).

mod case;
mod context;
mod signoff;

pub use case::CaseSettings;
pub use context::{CaseContext, NoteText, PanelSummary, SampleRole};
pub use signoff::StepError;

use crate::acmg::{
    classify, Answers, Applied, Class, Classification, Code, Evidence, Facts, Strength, Suggestion, Thresholds,
};
use crate::annotation::summary::TranscriptBasis;
use crate::annotation::TranscriptPolicy;
use crate::chart::{Lollipop, MAX_STICKS};
use crate::chrom::karyotype;
use crate::cnv::CnvWork;
use crate::i18n::Lang;
use crate::inheritance::{ModeFit, ParentalOrigin};
use crate::phrase::Phrase;
use crate::row::VariantRow;
use crate::store::Call;
use crate::sv::Structural;
use crate::vcf::detail::AltDetail;
use crate::vcf::genotype::Zygosity;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// Bumped when a field is added or changes meaning, so that an older Tolk
/// refuses a file it would read only in part; older files are still read.
/// 2: `context` and `note`. 3: a decision's evidence and the funnel's
/// labels are phrases (message keys and values, see `crate::phrase`), so
/// that each reader sees them in their language. 4: `case`, the settings
/// that define the case (family, panels, filters, mode, policy, frequency
/// sources), and each variant's transcript basis and parental origin.
/// 5: `trail`, the hash-chained audit trail with the review rounds and
/// their signatures ([`crate::trail`]).
pub const SCHEMA_VERSION: u32 = 5;

/// The whole session file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub schema_version: u32,
    /// The Tolk that last wrote it.
    pub tolk_version: String,
    pub file: FileIdentity,
    /// Who is interpreting (free text, as the lab writes names).
    pub analyst: String,
    /// The page's query (panels, filters, inheritance mode) when last saved.
    pub view: String,
    pub thresholds: Thresholds,
    /// How the variants were found, for the note.
    #[serde(default)]
    pub context: CaseContext,
    /// The case's settings, restored with the work; `None` in sessions
    /// written before they were kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case: Option<CaseSettings>,
    /// The panels, whole, as they were when the work last changed (the
    /// settings follow every change of panel; these only the work): a
    /// reanalysis finds the worked genes a newer version added or dropped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub worked_panels: Vec<crate::panel::Panel>,
    /// What the analyst writes in the note.
    #[serde(default)]
    pub note: NoteText,
    /// By `CHROM:POS:REF:ALT`, so that order and reloads do not matter.
    pub variants: BTreeMap<String, VariantWork>,
    /// ISO 8601, from the caller's clock.
    pub created: String,
    pub updated: String,
    /// Exported while pseudonymising ([`crate::pseudonym`]): its names and
    /// dates are labels, so it can make a note but never restore work.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pseudonymised: bool,
    /// Counts the saves of this case in this browser: a save goes through
    /// only over the revision it was based on, so a stale writer (another
    /// tab) can never overwrite newer work.
    #[serde(default)]
    pub revision: u64,
    /// Where the work came from when it was imported from a session file:
    /// the app and the note say so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported: Option<Imported>,
    /// Every change to the work and every step of review, hash-chained
    /// ([`crate::trail`]); empty in sessions written before it was kept,
    /// and until the first change.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trail: Vec<crate::trail::Entry>,
    /// The variants' hashes as last computed ([`Session::content_hash`]).
    #[serde(skip)]
    pub hashes: signoff::HashCache,
}

/// An import: the session file's name and when it was taken in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Imported {
    pub file_name: String,
    pub at: String,
}

/// The most a session file may hold: far beyond any real case (a case
/// worked by hand has tens of variants), so that a forged file cannot
/// freeze the page.
pub const MAX_SESSION_BYTES: usize = 32 * 1024 * 1024;
pub const MAX_WORKED_VARIANTS: usize = 5_000;

/// What an import would change in the work on the open file, for the
/// clinician to see before anything is replaced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportChanges {
    /// Variant keys only the import has.
    pub added: Vec<String>,
    /// Variant keys both have, with different work.
    pub changed: Vec<String>,
    /// Variant keys only the current work has: lost if the import replaces it.
    pub removed: Vec<String>,
    /// Whether the note's text (patient, referral, phenotype, conclusion,
    /// limitations) differs.
    pub note: bool,
}

impl ImportChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty() && !self.note
    }
}

/// Which file the session belongs to: work is restored only onto the same
/// bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileIdentity {
    pub name: String,
    pub size: u64,
    /// Lowercase hex SHA-256 of the file as opened (compressed or not).
    pub sha256: String,
}

impl FileIdentity {
    /// The key the app saves under: checksum and name.
    pub fn storage_key(&self) -> String {
        format!("{}:{}", self.sha256, self.name)
    }
}

/// ClinVar's significance for a variant in one release of its VCF.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ClinVarSeen {
    pub significance: String,
    pub stars: u8,
    /// `##fileDate` of the release, `YYYY-MM-DD`.
    pub release: Option<String>,
}

/// What is decided about one variant.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct VariantWork {
    pub facts: VariantFacts,
    /// Every criterion touched: applied or not, so a comment on a criterion
    /// that was considered and not applied is kept too.
    pub criteria: Vec<CriterionWork>,
    /// The clinician's answer to each suggestion offered.
    pub decisions: Vec<Decision>,
    pub comment: String,
    /// The analyst marked the comment fit to share beyond the lab: only
    /// then does it go into the national export ([`crate::labdb`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub comment_shareable: bool,
    /// The class the clinician settled on when it differs from the points.
    pub override_class: Option<Override>,
    pub report: Option<Report>,
    /// Marked for discussion at the team meeting: presentation mode shows
    /// the marked variants. Written only when set, so sessions without it
    /// stay as they were.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub discuss: bool,
    /// What the clinician told Tolk about the disorder and the family that
    /// weighs the de novo, in-trans and PM2 suggestions. Written only when
    /// given, so sessions without it stay as they were.
    #[serde(default, skip_serializing_if = "Answers::is_default")]
    pub answers: Answers,
    /// The condition the finding is reported for (ACGS 2020: each reported
    /// variant with its disorder and mode of inheritance).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub condition: String,
    /// Whether the call was confirmed by another method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmation: Option<Confirmation>,
    /// What the team meeting decided about the variant, once recorded
    /// ([`VariantWork::set_meeting`]). Written only when recorded, so
    /// sessions without it stay as they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<MeetingDecision>,
    /// A copy-number change scored by the ACMG/ClinGen CNV points (Riggs
    /// et al. 2020): where it is, its class is the reported class, not the
    /// sequence-variant criteria's. Written only when scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cnv: Option<CnvWork>,
    pub updated_by: String,
    pub updated_at: String,
}

/// One criterion as the clinician left it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionWork {
    pub code: Code,
    pub applied: bool,
    pub strength: Strength,
    pub comment: String,
}

/// A suggestion and what the clinician made of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub code: Code,
    pub suggested: Strength,
    pub outcome: Outcome,
    /// The evidence shown when the decision was made, for the note, a line
    /// each, worded in the reader's language (sessions of format 2 hold
    /// finished English lines, which read back as data).
    pub evidence: Vec<Phrase>,
    pub by: String,
    pub at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", content = "strength", rename_all = "snake_case")]
pub enum Outcome {
    Accepted,
    /// Applied, at another strength.
    Changed(Strength),
    Rejected,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Override {
    pub class: Class,
    pub reason: String,
}

/// What the multidisciplinary team meeting decided about one variant: the
/// class the team agreed on, what happens next, who was there, and when.
/// Made by [`MeetingDecision::new`] (or taken as typed and tidied by
/// [`VariantWork::set_meeting`]): text trimmed, empty and repeated names
/// dropped.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct MeetingDecision {
    /// The team's class; `None` when the meeting agreed on none. It may
    /// differ from the analyst's class, and the note then says so.
    pub agreed_class: Option<Class>,
    /// What happens next, as the team put it ("Report", "Segregation in
    /// the aunt", "Functional study").
    pub action: String,
    /// The names or roles of those present, in the order given.
    pub present: Vec<String>,
    /// The meeting's date (ISO 8601, `2026-11-25`), given by the caller as
    /// every date is: this crate has no clock.
    pub date: String,
}

impl MeetingDecision {
    /// A decision from what was typed: the action and date trimmed, each
    /// name trimmed, empty names and repeats left out.
    pub fn new<S: AsRef<str>>(
        agreed_class: Option<Class>,
        action: &str,
        present: impl IntoIterator<Item = S>,
        date: &str,
    ) -> MeetingDecision {
        let mut names: Vec<String> = Vec::new();
        for name in present {
            let name = name.as_ref().trim();
            if !name.is_empty() && !names.iter().any(|n| n == name) {
                names.push(name.to_owned());
            }
        }
        MeetingDecision { agreed_class, action: action.trim().to_owned(), present: names, date: date.trim().to_owned() }
    }

    /// The names typed in one field, one per line or separated by commas
    /// or semicolons (`Kari Nordmann, clinical geneticist; Ola`), for
    /// [`MeetingDecision::new`].
    pub fn names(text: &str) -> Vec<String> {
        text.split(['\n', ',', ';']).map(str::trim).filter(|n| !n.is_empty()).map(str::to_owned).collect()
    }

    /// Nothing decided: no class, no action and nobody named (a date
    /// alone records nothing).
    pub fn is_empty(&self) -> bool {
        self.agreed_class.is_none() && self.action.trim().is_empty() && self.present.iter().all(|n| n.trim().is_empty())
    }

    /// Whether the team agreed on a class other than `class` (the
    /// analyst's): never when it agreed on none.
    pub fn differs_from(&self, class: Class) -> bool {
        self.agreed_class.is_some_and(|agreed| agreed != class)
    }

    fn tidied(self) -> MeetingDecision {
        MeetingDecision::new(self.agreed_class, &self.action, &self.present, &self.date)
    }
}

crate::vocabulary! {
    /// Whether a reported call was confirmed by an orthogonal method
    /// (Sanger, a second assay), as reports must say (ACGS 2020, ACMG 2015
    /// reporting).
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Confirmation {
        Confirmed => ("confirmed", "confirmation-confirmed"),
        Pending => ("pending", "confirmation-pending"),
        /// The lab's validated quality criteria make confirmation unnecessary.
        NotRequired => ("not_required", "confirmation-not-required"),
    }
}

crate::vocabulary! {
    /// What happens to the variant in the report.
    pub enum Report {
        Report => ("report", "report-report"),
        VusList => ("vus_list", "report-vus-list"),
        NotReported => ("not_reported", "report-not-reported"),
    }
}

/// The variant as the file described it when work began: what a note
/// needs without the file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct VariantFacts {
    pub chrom: String,
    pub pos: u32,
    #[serde(rename = "ref")]
    pub reference: String,
    pub alt: String,
    pub gene: Option<String>,
    pub hgnc_id: Option<String>,
    /// The transcript of the worst consequence under `policy`.
    pub transcript: Option<String>,
    /// Why that transcript: MANE Select, canonical, or the worst of all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<TranscriptBasis>,
    /// The MANE Select RefSeq transcript (`NM_003165.6`) when `transcript`
    /// is the MANE Select and the annotation names its RefSeq twin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refseq: Option<String>,
    pub hgvsc: Option<String>,
    pub hgvsp: Option<String>,
    pub consequence: Option<String>,
    pub policy: TranscriptPolicy,
    /// Per sample, in the file's order.
    pub zygosity: Vec<(String, Zygosity)>,
    pub inheritance: Vec<ModeFit>,
    /// Which parent the proband's ALT came from, where the trio shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<ParentalOrigin>,
    pub af: Option<f32>,
    pub cadd: Option<f32>,
    pub revel: Option<f32>,
    pub spliceai: Option<f32>,
    pub clinvar: Vec<String>,
    /// ClinVar's review stars (0 to 4), where the file carries the review
    /// status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clinvar_stars: Option<u8>,
    /// ClinVar's word from the ClinVar file the lab had opened when the
    /// work was done: what a reanalysis compares a newer release with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clinvar_release: Option<ClinVarSeen>,
    /// Type, span and size, where it is a structural variant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sv: Option<Structural>,
    /// A structural variant's genes, every one its annotation names (a
    /// small variant's gene is `gene`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub genes: Vec<String>,
    /// A structural variant's copy number per sample, where the caller
    /// gives one, in the file's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<(String, u8)>,
    /// The active panels' mode of inheritance for the gene, as written
    /// there (`BIALLELIC, autosomal or pseudoautosomal`, `AR`): the
    /// disorder's inheritance until the clinician says otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panel_inheritance: Option<String>,
    /// The variant's gene along its protein with the other variants in the
    /// view when it was selected: the printable note's gene figure.
    #[serde(default)]
    pub lollipop: Option<Lollipop>,
}

impl VariantFacts {
    /// From the table's row, its calls, the decoded ALT and the family's
    /// view of it. `samples` are the file's sample names.
    pub fn new(row: &VariantRow, calls: &[Call], alt: &AltDetail, facts: &Facts, samples: &[String]) -> VariantFacts {
        let policy = facts.policy;
        let t = alt.worst_under(policy);
        VariantFacts {
            chrom: row.chrom.clone(),
            pos: row.pos,
            reference: row.reference.clone(),
            alt: row.alt.clone(),
            gene: row.gene.clone(),
            hgnc_id: row.hgnc_id.as_deref().map(crate::annotation::hgnc_id),
            transcript: t.and_then(|t| t.feature.clone()),
            basis: t.map(|_| alt.basis(policy)),
            refseq: t.filter(|t| t.mane_select).and_then(|t| t.mane_select_id.clone()),
            hgvsc: t.and_then(|t| t.hgvsc.clone()),
            hgvsp: t.and_then(|t| t.hgvsp.clone()),
            consequence: row.consequence.clone(),
            policy,
            zygosity: samples.iter().cloned().zip(calls.iter().map(|c| c.zygosity)).collect(),
            inheritance: row.inheritance.clone(),
            origin: facts.origin,
            af: alt.scores.af,
            cadd: alt.scores.cadd,
            revel: alt.scores.revel,
            spliceai: alt.scores.spliceai,
            clinvar: alt.scores.clinvar.clone(),
            clinvar_stars: alt.scores.clinvar_stars,
            clinvar_release: None,
            sv: row.sv.clone(),
            genes: if row.sv.is_some() { row.genes.clone() } else { Vec::new() },
            copies: samples.iter().zip(calls).filter_map(|(s, c)| Some((s.clone(), c.copies?))).collect(),
            panel_inheritance: None,
            lollipop: None,
        }
    }

    /// `CHROM:POS:REF:ALT`, the key in [`Session::variants`].
    pub fn key(&self) -> String {
        crate::key::VariantKey { chrom: &self.chrom, pos: self.pos, reference: &self.reference, alt: &self.alt }
            .to_string()
    }
}

/// Who made a change, and when.
#[derive(Debug, Clone, Copy)]
pub struct Stamp<'a> {
    pub by: &'a str,
    pub at: &'a str,
}

impl VariantWork {
    pub fn new(facts: VariantFacts) -> VariantWork {
        VariantWork { facts, ..VariantWork::default() }
    }

    /// The applied criteria, at their strengths.
    pub fn applied(&self) -> Vec<Applied> {
        self.criteria.iter().filter(|c| c.applied).map(|c| Applied { code: c.code, strength: c.strength }).collect()
    }

    pub fn classification(&self) -> Classification {
        classify(&self.applied())
    }

    /// Whether a class has been given: a criterion applied, a CNV item
    /// scored, or a class chosen. Work without (a comment, a mark for the
    /// meeting) has no class yet, not the "uncertain significance" of no
    /// evidence at all.
    pub fn classified(&self) -> bool {
        self.override_class.is_some()
            || self.criteria.iter().any(|c| c.applied)
            || self.cnv.as_ref().is_some_and(|c| !c.applied.is_empty())
    }

    /// The class that goes in the report: the clinician's override, else
    /// the CNV points' class where a CNV item is applied, else the
    /// sequence-variant points class.
    pub fn final_class(&self) -> Class {
        match (&self.override_class, self.cnv.as_ref().filter(|c| !c.applied.is_empty())) {
            (Some(o), _) => o.class,
            (None, Some(cnv)) => cnv.class().into(),
            (None, None) => self.classification().class,
        }
    }

    /// The state of criterion `code`, at its default strength if untouched.
    pub fn criterion(&self, code: Code) -> CriterionWork {
        self.criteria.iter().find(|c| c.code == code).cloned().unwrap_or(CriterionWork {
            code,
            applied: false,
            strength: code.expected_strength(),
            comment: String::new(),
        })
    }

    /// Replaces criterion `work.code`'s state. A decision on a suggestion
    /// of the criterion follows it, so the record never says "applied at
    /// strong" of a criterion the clinician has since unticked: unticked is
    /// rejected, ticked at the suggested strength accepted, at another
    /// strength changed, each stamped anew.
    pub fn set_criterion(&mut self, work: CriterionWork, stamp: Stamp<'_>) {
        for d in self.decisions.iter_mut().filter(|d| d.code == work.code) {
            let outcome = match (work.applied, work.strength == d.suggested) {
                (false, _) => Outcome::Rejected,
                (true, true) => Outcome::Accepted,
                (true, false) => Outcome::Changed(work.strength),
            };
            if d.outcome != outcome {
                d.outcome = outcome;
                d.by = stamp.by.to_owned();
                d.at = stamp.at.to_owned();
            }
        }
        match self.criteria.iter_mut().find(|c| c.code == work.code) {
            Some(c) => *c = work,
            None => {
                self.criteria.push(work);
                self.criteria.sort_by_key(|c| c.code);
            }
        }
        self.touch(stamp);
    }

    /// Records the answer to `suggestion` and applies (or withdraws) the
    /// criterion accordingly. A second answer replaces the first.
    pub fn decide(&mut self, suggestion: &Suggestion, outcome: Outcome, stamp: Stamp<'_>) {
        let evidence = suggestion.evidence.iter().map(Evidence::line).collect();
        let decision = Decision {
            code: suggestion.code,
            suggested: suggestion.strength,
            outcome,
            evidence,
            by: stamp.by.into(),
            at: stamp.at.into(),
        };
        self.decisions.retain(|d| d.code != suggestion.code || d.suggested != suggestion.strength);
        self.decisions.push(decision);
        self.decisions.sort_by_key(|d| d.code);
        let mut work = self.criterion(suggestion.code);
        match outcome {
            Outcome::Accepted => (work.applied, work.strength) = (true, suggestion.strength),
            Outcome::Changed(strength) => (work.applied, work.strength) = (true, strength),
            Outcome::Rejected => work.applied = false,
        }
        self.set_criterion(work, stamp);
    }

    /// What suggestions are weighed by: the clinician's answers, the
    /// disorder's inheritance falling back to the panel's for the gene.
    pub fn answers(&self) -> Answers {
        let panel = self.facts.panel_inheritance.as_deref().map(crate::acmg::DisorderInheritance::from_panel);
        self.answers.with_panel(panel)
    }

    /// Applied criteria at a strength other than their default with no
    /// reason for it: neither a comment nor Tolk's suggestion at that
    /// strength, accepted with its evidence. A report needs a reason for
    /// every such change (issue 27; ClinGen SVI: strength modifications
    /// are justified case by case).
    pub fn unexplained_strengths(&self) -> Vec<Code> {
        self.criteria
            .iter()
            .filter(|c| c.applied && c.comment.trim().is_empty())
            .filter(|c| c.code.expected_strength() != c.strength)
            .filter(|c| {
                !self
                    .decisions
                    .iter()
                    .any(|d| d.code == c.code && d.suggested == c.strength && d.outcome == Outcome::Accepted)
            })
            .map(|c| c.code)
            .collect()
    }

    /// The decision recorded for `suggestion`, if any.
    pub fn decision(&self, suggestion: &Suggestion) -> Option<&Decision> {
        self.decisions.iter().find(|d| d.code == suggestion.code && d.suggested == suggestion.strength)
    }

    /// Records the team meeting's decision, tidied as
    /// [`MeetingDecision::new`] tidies it, or clears it (`None`, or a
    /// decision that holds nothing), stamped as every change is.
    pub fn set_meeting(&mut self, meeting: Option<MeetingDecision>, stamp: Stamp<'_>) {
        self.meeting = meeting.map(MeetingDecision::tidied).filter(|m| !m.is_empty());
        self.touch(stamp);
    }

    pub fn touch(&mut self, stamp: Stamp<'_>) {
        self.updated_by = stamp.by.to_owned();
        self.updated_at = stamp.at.to_owned();
    }

    /// Whether anything was decided: a variant only looked at is not saved.
    pub fn is_empty(&self) -> bool {
        self.criteria.is_empty()
            && self.decisions.is_empty()
            && self.comment.is_empty()
            && self.override_class.is_none()
            && self.report.is_none()
            && !self.discuss
            && self.answers.is_default()
            && self.condition.is_empty()
            && self.confirmation.is_none()
            && self.meeting.is_none()
            && self.cnv.is_none()
    }

    /// Whether `other` holds the same decisions (who made them and when
    /// aside, and the facts of the file, which the checksum vouches for).
    pub fn same_work(&self, other: &VariantWork) -> bool {
        let strip = |w: &VariantWork| VariantWork {
            facts: VariantFacts::default(),
            updated_by: String::new(),
            updated_at: String::new(),
            decisions: w
                .decisions
                .iter()
                .map(|d| Decision { by: String::new(), at: String::new(), ..d.clone() })
                .collect(),
            ..w.clone()
        };
        strip(self) == strip(other)
    }
}

/// Why a session file could not be taken in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionError {
    NotASession(String),
    Newer(u32),
    OtherFile {
        session: String,
        open: String,
    },
    Pseudonymised,
    /// Larger than any session Tolk writes (`what` is a message key).
    TooLarge {
        what: &'static str,
        limit: usize,
    },
}

impl SessionError {
    /// Why the session cannot be taken in, worded when shown.
    pub fn phrase(&self) -> Phrase {
        match self {
            SessionError::NotASession(why) => {
                Phrase::new(msg!("session-error-not-a-session")).arg("reason", why.as_str())
            }
            SessionError::Newer(v) => Phrase::new(msg!("session-error-newer"))
                .arg("version", v.to_string())
                .arg("supported", SCHEMA_VERSION.to_string()),
            SessionError::OtherFile { session, open } => Phrase::new(msg!("session-error-other-file"))
                .arg("session", session.as_str())
                .arg("open", open.as_str()),
            SessionError::Pseudonymised => Phrase::new(msg!("session-error-pseudonymised")),
            SessionError::TooLarge { what, limit } => {
                Phrase::new(msg!("session-error-too-large")).arg("what", Phrase::new(what)).arg("limit", *limit)
            }
        }
    }
}

/// In English, as the terminal reads it.
impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.phrase().render(Lang::En))
    }
}

impl std::error::Error for SessionError {}

impl Session {
    pub fn new(file: FileIdentity, tolk_version: &str, at: &str) -> Session {
        Session {
            schema_version: SCHEMA_VERSION,
            tolk_version: tolk_version.to_owned(),
            file,
            analyst: String::new(),
            view: String::new(),
            thresholds: Thresholds::default(),
            context: CaseContext::default(),
            case: None,
            worked_panels: Vec::new(),
            note: NoteText::default(),
            variants: BTreeMap::new(),
            created: at.to_owned(),
            updated: at.to_owned(),
            pseudonymised: false,
            revision: 0,
            imported: None,
            trail: Vec::new(),
            hashes: signoff::HashCache::default(),
        }
    }

    /// Reads a session file (JSON); serde's message names the line and
    /// column of anything malformed.
    pub fn from_json(text: &str) -> Result<Session, SessionError> {
        if text.len() > MAX_SESSION_BYTES {
            return Err(SessionError::TooLarge { what: msg!("session-limit-bytes"), limit: MAX_SESSION_BYTES });
        }
        let probe: serde_json::Value =
            serde_json::from_str(text).map_err(|e| SessionError::NotASession(e.to_string()))?;
        let version = probe.get("schema_version").and_then(serde_json::Value::as_u64);
        match version {
            None => return Err(SessionError::NotASession("it has no schema_version".into())),
            Some(v) if v > u64::from(SCHEMA_VERSION) => return Err(SessionError::Newer(v as u32)),
            Some(_) => {}
        }
        let mut session: Session =
            serde_json::from_value(probe).map_err(|e| SessionError::NotASession(e.to_string()))?;
        if session.variants.len() > MAX_WORKED_VARIANTS {
            return Err(SessionError::TooLarge { what: msg!("session-limit-variants"), limit: MAX_WORKED_VARIANTS });
        }
        let sticks = session.variants.values().filter_map(|w| w.facts.lollipop.as_ref()).map(|l| l.sticks.len());
        if sticks.max().unwrap_or(0) > MAX_STICKS {
            return Err(SessionError::TooLarge { what: msg!("session-limit-sticks"), limit: MAX_STICKS });
        }
        // Read, it is this format: what is saved next is written in it, and
        // must not claim an older one that an older Tolk would misread.
        session.schema_version = SCHEMA_VERSION;
        // Its phrases were written elsewhere: one this Tolk cannot word
        // becomes data here, so that every later rendering can stay strict.
        let decisions = session.variants.values_mut().flat_map(|w| &mut w.decisions);
        let evidence = decisions.flat_map(|d| &mut d.evidence);
        evidence.chain(session.context.funnel.iter_mut().map(|s| &mut s.label)).for_each(Phrase::make_wordable);
        Ok(session)
    }

    /// Pretty JSON, stable (variants sorted by key), for export.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a session always serialises")
    }

    /// Checks that the session can restore work on `open`: the same
    /// checksum, and the real names (taking in a pseudonymised copy would
    /// put "Sample 1" where the file says NA12878, silently).
    pub fn check_file(&self, open: &FileIdentity) -> Result<(), SessionError> {
        if self.pseudonymised {
            Err(SessionError::Pseudonymised)
        } else if self.file.sha256 == open.sha256 {
            Ok(())
        } else {
            // By characters: an imported checksum is text, not always hex.
            let describe =
                |f: &FileIdentity| format!("{}, SHA-256 {}…", f.name, f.sha256.chars().take(12).collect::<String>());
            Err(SessionError::OtherFile { session: describe(&self.file), open: describe(open) })
        }
    }

    /// What taking in `self` (an imported session) in place of `current`
    /// would change.
    pub fn changes_from(&self, current: &Session) -> ImportChanges {
        let mut changes = ImportChanges { note: self.note != current.note, ..ImportChanges::default() };
        for (key, work) in &self.variants {
            match current.variants.get(key) {
                None => changes.added.push(key.clone()),
                Some(now) if !now.same_work(work) => changes.changed.push(key.clone()),
                Some(_) => {}
            }
        }
        changes.removed = current.variants.keys().filter(|k| !self.variants.contains_key(*k)).cloned().collect();
        changes
    }

    /// Makes an imported session the open file's: its identity becomes the
    /// open file's (a session with the same checksum under another name
    /// must not be saved under that name), its revision follows the work it
    /// replaces, and it is marked as imported.
    pub fn adopt(&mut self, open: &FileIdentity, replaces: u64, imported: Imported) {
        self.file = open.clone();
        self.revision = replaces;
        self.imported = Some(imported);
    }

    /// Stores `work` (dropping it if empty) and stamps the session.
    pub fn put(&mut self, work: VariantWork, at: &str) {
        let key = work.facts.key();
        if work.is_empty() {
            self.variants.remove(&key);
        } else {
            self.variants.insert(key, work);
        }
        self.updated = at.to_owned();
    }

    /// How many variants have any work on them.
    pub fn worked(&self) -> usize {
        self.variants.len()
    }

    /// The variants marked for discussion, in genome order: what
    /// presentation mode steps through.
    pub fn discussed(&self) -> Vec<&VariantWork> {
        let mut marked: Vec<&VariantWork> = self.variants.values().filter(|w| w.discuss).collect();
        marked.sort_by(|a, b| (karyotype(&a.facts.chrom), a.facts.pos).cmp(&(karyotype(&b.facts.chrom), b.facts.pos)));
        marked
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::acmg::Evidence;

    #[test]
    fn a_cnv_scored_and_nothing_else_is_work_and_its_class_is_the_points() {
        let mut work = VariantWork::new(VariantFacts::default());
        assert!(work.is_empty());
        work.cnv = Some(CnvWork::new(crate::cnv::Dosage::Loss).with("2A", 1.0));
        assert!(!work.is_empty(), "kept when saved");
        assert!(work.classified(), "the grid shows its class");
        assert_eq!(work.final_class(), Class::Pathogenic);
        // A table chosen with nothing scored decides nothing.
        work.cnv = Some(CnvWork::new(crate::cnv::Dosage::Gain));
        work.criteria.push(CriterionWork {
            code: Code::Pvs1,
            applied: true,
            strength: Strength::VeryStrong,
            comment: String::new(),
        });
        work.criteria.push(CriterionWork {
            code: Code::Pm2,
            applied: true,
            strength: Strength::Supporting,
            comment: String::new(),
        });
        assert_eq!(work.final_class(), work.classification().class);
        let json = serde_json::to_string(&work).unwrap();
        assert_eq!(serde_json::from_str::<VariantWork>(&json).unwrap(), work);
    }

    fn sample() -> Session {
        let file = FileIdentity { name: "trio.vcf.gz".into(), size: 1234, sha256: "ab".repeat(32) };
        let mut session = Session::new(file, "0.1.0", "2026-11-23T10:00:00.000Z");
        session.analyst = "Kari Nordmann".into();
        let facts = VariantFacts {
            chrom: "chr2".into(),
            pos: 166003512,
            reference: "C".into(),
            alt: "T".into(),
            gene: Some("SCN1A".into()),
            af: Some(0.000_031),
            revel: Some(0.942),
            zygosity: vec![("PROBAND".into(), Zygosity::Het)],
            ..VariantFacts::default()
        };
        let mut work = VariantWork::new(facts);
        let stamp = Stamp { by: "Kari Nordmann", at: "2026-11-23T10:01:00.000Z" };
        let pp3 = Suggestion {
            code: Code::Pp3,
            strength: Strength::Strong,
            evidence: vec![Evidence {
                field: "REVEL".into(),
                value: "0.942".into(),
                threshold: Some(">= 0.932".into()),
                transcript: Some("ENST1".into()),
            }],
            reasoning: vec![],
            question: None,
        };
        work.decide(&pp3, Outcome::Changed(Strength::Moderate), stamp);
        work.set_criterion(
            CriterionWork {
                code: Code::Pm2,
                applied: true,
                strength: Strength::Supporting,
                comment: "absent \"in\" gnomAD\n<b>".into(),
            },
            stamp,
        );
        work.report = Some(Report::Report);
        session.put(work, stamp.at);
        session
    }

    #[test]
    fn an_import_says_what_it_would_change_and_becomes_the_open_files() {
        let current = sample();
        let mut imported = sample();
        let key = current.variants.keys().next().unwrap().clone();
        // The same decisions by someone else, later: not a change.
        let mut work = imported.variants[&key].clone();
        work.updated_by = "Ola".into();
        imported.variants.insert(key.clone(), work.clone());
        assert!(imported.changes_from(&current).is_empty());
        // Another class, a new variant, and a note: said.
        work.report = Some(Report::NotReported);
        imported.variants.insert(key.clone(), work);
        let brca1 = VariantFacts { chrom: "chr17".into(), pos: 43_045_712, ..VariantFacts::default() };
        let forged = VariantWork { report: Some(Report::Report), ..VariantWork::new(brca1) };
        imported.put(forged, "2026-11-24T00:00:00Z");
        imported.note.conclusion = "Pathogenic BRCA1".into();
        let changes = imported.changes_from(&current);
        assert_eq!(changes.added, ["chr17:43045712::"]);
        assert_eq!(changes.changed, [key]);
        assert!(changes.removed.is_empty() && changes.note);
        assert_eq!(current.changes_from(&imported).removed, ["chr17:43045712::"]);
        // Taken in under the open file's identity, after the current revision.
        let open = FileIdentity { name: "renamed.vcf.gz".into(), ..current.file.clone() };
        let at = Imported { file_name: "work.tolk.json".into(), at: "2026-11-24T01:00:00Z".into() };
        imported.adopt(&open, 7, at.clone());
        assert_eq!((imported.file.clone(), imported.revision, imported.imported), (open, 7, Some(at)));
    }

    #[test]
    fn an_imported_session_too_large_or_with_a_strange_checksum_is_refused_plainly() {
        let mut session = sample();
        for i in 0..=MAX_WORKED_VARIANTS as u32 {
            let facts = VariantFacts { chrom: "chr1".into(), pos: i + 1, ..VariantFacts::default() };
            session.put(VariantWork { discuss: true, ..VariantWork::new(facts) }, "t");
        }
        let err = Session::from_json(&session.to_json()).unwrap_err();
        assert!(matches!(err, SessionError::TooLarge { what: msg!("session-limit-variants"), .. }), "{err}");
        assert!(err.to_string().contains("worked variants"), "{err}");
        assert!(matches!(
            Session::from_json(&" ".repeat(MAX_SESSION_BYTES + 1)),
            Err(SessionError::TooLarge { what: msg!("session-limit-bytes"), .. })
        ));
        // A checksum of multi-byte characters is described, not sliced.
        let mut odd = sample();
        odd.file.sha256 = "ééééééééééééééé".into();
        let err = odd.check_file(&sample().file).unwrap_err();
        assert!(err.to_string().contains("éééééééééééé…"), "{err}");
    }

    #[test]
    fn a_strength_away_from_the_usual_needs_a_reason() {
        let session = sample();
        let mut work = session.variants.values().next().unwrap().clone();
        let stamp = Stamp { by: "Kari Nordmann", at: "2026-11-23T10:02:00.000Z" };
        // PP3 suggested strong, applied at moderate with no comment: no
        // reason. PM2 at supporting is its usual strength (SVI 2020).
        assert_eq!(work.unexplained_strengths(), [Code::Pp3]);
        let mut pp3 = work.criterion(Code::Pp3);
        pp3.comment = "REVEL from a single predictor; moderate by the lab's rule".into();
        work.set_criterion(pp3, stamp);
        assert!(work.unexplained_strengths().is_empty());
        // PM6 raised to strong by hand: a reason is needed.
        let pm6 = CriterionWork { code: Code::Pm6, applied: true, strength: Strength::Strong, comment: String::new() };
        work.set_criterion(pm6, stamp);
        assert_eq!(work.unexplained_strengths(), [Code::Pm6]);
        // A suggestion accepted at its strength carries its evidence.
        let ps2 = Suggestion {
            code: Code::Ps2,
            strength: Strength::VeryStrong,
            evidence: vec![],
            reasoning: vec![],
            question: None,
        };
        work.decide(&ps2, Outcome::Accepted, stamp);
        assert_eq!(work.unexplained_strengths(), [Code::Pm6]);
        // PM2 at moderate, the 2015 strength, is away from SVI's.
        let pm2 = CriterionWork { strength: Strength::Moderate, ..work.criterion(Code::Pm2) };
        work.set_criterion(CriterionWork { comment: String::new(), ..pm2 }, stamp);
        assert_eq!(work.unexplained_strengths(), [Code::Pm2, Code::Pm6]);
        // A fresh PM2 is applied at supporting.
        assert_eq!(VariantWork::default().criterion(Code::Pm2).strength, Strength::Supporting);
    }

    #[test]
    fn marked_variants_come_in_genome_order_and_the_mark_alone_is_work() {
        let mut session = sample();
        assert!(session.discussed().is_empty());
        assert!(!session.to_json().contains("discuss"), "unmarked work is written as before");
        for (chrom, pos) in [("chrX", 5), ("chr10", 7), ("chr2", 9), ("chr2", 3)] {
            let facts = VariantFacts { chrom: chrom.into(), pos, ..VariantFacts::default() };
            let work = VariantWork { discuss: true, ..VariantWork::new(facts) };
            assert!(!work.is_empty());
            let answered = Answers { parentage: crate::acmg::Parentage::Confirmed, ..Answers::default() };
            assert!(!VariantWork { answers: answered, ..VariantWork::default() }.is_empty(), "an answer is work");
            assert!(!VariantWork { condition: "Dravet".into(), ..VariantWork::default() }.is_empty());
            session.put(work, "2026-11-23T11:00:00Z");
        }
        let order: Vec<String> =
            session.discussed().iter().map(|w| format!("{}:{}", w.facts.chrom, w.facts.pos)).collect();
        assert_eq!(order, ["chr2:3", "chr2:9", "chr10:7", "chrX:5"]);
        assert_eq!(Session::from_json(&session.to_json()).unwrap(), session);
    }

    #[test]
    fn the_meeting_s_decision_is_tidied_stamped_kept_and_absent_from_older_sessions() {
        let mut session = sample();
        let key = "chr2:166003512:C:T";
        let before = session.to_json();
        assert!(!before.contains("meeting"), "work without a meeting is written as before");
        // A session written before meetings were kept reads as having none.
        assert_eq!(Session::from_json(&before).unwrap().variants[key].meeting, None);

        let mut work = session.variants[key].clone();
        let typed = MeetingDecision {
            agreed_class: Some(Class::LikelyPathogenic),
            action: "  Segregation in the aunt \n".into(),
            present: MeetingDecision::names("Kari Nordmann, clinical geneticist;\n Ola\n\nKari Nordmann ,"),
            date: " 2026-11-25 ".into(),
        };
        work.set_meeting(Some(typed), Stamp { by: "Ola", at: "2026-11-25T14:00:00Z" });
        let meeting = work.meeting.clone().unwrap();
        assert_eq!(
            meeting,
            MeetingDecision::new(
                Some(Class::LikelyPathogenic),
                "Segregation in the aunt",
                ["Kari Nordmann", "clinical geneticist", "Ola"],
                "2026-11-25"
            )
        );
        assert_eq!((work.updated_by.as_str(), work.updated_at.as_str()), ("Ola", "2026-11-25T14:00:00Z"));
        assert!(meeting.differs_from(Class::UncertainSignificance) && !meeting.differs_from(Class::LikelyPathogenic));
        assert!(!MeetingDecision::new(None, "Report", [""; 0], "").differs_from(Class::Benign), "none agreed");

        // The decision alone is work, and an import that changes it says so.
        let alone = VariantWork { meeting: Some(meeting.clone()), ..VariantWork::new(work.facts.clone()) };
        assert!(!alone.is_empty());
        let current = session.clone();
        session.put(work.clone(), "2026-11-25T14:00:00Z");
        assert_eq!(session.changes_from(&current).changed, [key]);
        // It survives writing and reading exactly.
        let json = session.to_json();
        assert!(json.contains("\"agreed_class\": \"likely_pathogenic\""), "{json}");
        let back = Session::from_json(&json).unwrap();
        assert_eq!(back, session);
        assert_eq!(back.to_json(), json);

        // Cleared by None, or by a decision that holds nothing (a date alone).
        for nothing in [None, Some(MeetingDecision::new(None, "  ", [" ", ""], "2026-11-25"))] {
            let mut cleared = work.clone();
            cleared.set_meeting(nothing, Stamp { by: "Ola", at: "t" });
            assert_eq!(cleared.meeting, None);
        }
    }

    #[test]
    fn phrases_from_elsewhere_that_cannot_be_worded_are_read_as_data() {
        let mut json: serde_json::Value = serde_json::from_str(&sample().to_json()).unwrap();
        let unknown = serde_json::json!({ "key": "evidence_of_a_newer_tolk", "args": { "x": 1 } });
        let gap = serde_json::json!({ "key": msg!("funnel-step-panel"), "args": { "genes": 11 } });
        json["variants"]["chr2:166003512:C:T"]["decisions"][0]["evidence"][0] = unknown;
        json["context"]["funnel"] =
            serde_json::json!([{ "id": "panel", "label": gap, "remaining": 3, "kept_missing": 0 }]);
        let session = Session::from_json(&json.to_string()).unwrap();
        let evidence = &session.variants["chr2:166003512:C:T"].decisions[0].evidence[0];
        assert_eq!(evidence, &Phrase::Data("evidence_of_a_newer_tolk".into()));
        assert!(matches!(&session.context.funnel[0].label, Phrase::Data(t) if t.contains("{$regions}")));
        // Debug assertions are on here: wording the note must not trip them.
        for lang in Lang::ALL {
            crate::note::Note::from_session(&session, lang);
        }
    }

    #[test]
    fn round_trips_exactly() {
        let session = sample();
        let json = session.to_json();
        let back = Session::from_json(&json).unwrap();
        assert_eq!(back, session);
        assert_eq!(back.to_json(), json);
    }

    #[test]
    fn a_decision_applies_the_criterion_and_a_rejection_withdraws_it() {
        let session = sample();
        let work = &session.variants["chr2:166003512:C:T"];
        assert_eq!(
            work.applied(),
            [Applied::parse("PM2_Supporting").unwrap(), Applied::parse("PP3_Moderate").unwrap()]
        );
        let evidence: Vec<String> = work.decisions[0].evidence.iter().map(|e| e.render(Lang::Nb)).collect();
        assert_eq!(evidence, ["REVEL = 0.942 (>= 0.932) [ENST1]"]);
        assert_eq!(work.classification().points, 3);
        let mut work = work.clone();
        let pp3 = Suggestion {
            code: Code::Pp3,
            strength: Strength::Strong,
            evidence: vec![],
            reasoning: vec![],
            question: None,
        };
        work.decide(&pp3, Outcome::Rejected, Stamp { by: "A", at: "t" });
        assert_eq!(work.decisions.len(), 1, "the second answer replaces the first");
        assert_eq!(work.applied(), [Applied::parse("PM2_Supporting").unwrap()]);
    }

    #[test]
    fn refuses_foreign_newer_and_malformed_files_by_name() {
        let json = sample().to_json();
        let newer = json.replace("\"schema_version\": 5", "\"schema_version\": 9");
        assert_eq!(Session::from_json(&newer), Err(SessionError::Newer(9)));
        assert!(matches!(Session::from_json("{\"a\": 1}"), Err(SessionError::NotASession(_))));
        let e = Session::from_json("{\n\"schema_version\": 1,\n").unwrap_err();
        assert!(e.to_string().contains("line 3"), "{e}");
        let other = FileIdentity { name: "other.vcf".into(), size: 1, sha256: "cd".repeat(32) };
        let e = sample().check_file(&other).unwrap_err().to_string();
        assert!(e.contains("trio.vcf.gz") && e.contains("other.vcf"), "{e}");
    }

    #[test]
    fn unticking_a_criterion_applied_from_a_suggestion_rejects_the_suggestion() {
        let mut work = sample().variants["chr2:166003512:C:T"].clone();
        // PP3 was suggested at strong and applied at moderate.
        let stamp = Stamp { by: "Ola", at: "2026-11-24T09:00:00Z" };
        let mut pp3 = work.criterion(Code::Pp3);
        pp3.applied = false;
        work.set_criterion(pp3.clone(), stamp);
        let decision = work.decisions.iter().find(|d| d.code == Code::Pp3).unwrap();
        assert_eq!((decision.outcome, decision.by.as_str()), (Outcome::Rejected, "Ola"));
        pp3.applied = true;
        pp3.strength = Strength::Strong;
        work.set_criterion(pp3, stamp);
        assert_eq!(work.decisions.iter().find(|d| d.code == Code::Pp3).unwrap().outcome, Outcome::Accepted);
    }

    #[test]
    fn an_override_decides_the_final_class_and_empty_work_is_not_kept() {
        let mut session = sample();
        let mut work = session.variants["chr2:166003512:C:T"].clone();
        assert_eq!(work.final_class(), Class::UncertainSignificance);
        work.override_class =
            Some(Override { class: Class::LikelyPathogenic, reason: "segregates in 5 affected relatives".into() });
        assert_eq!(work.final_class(), Class::LikelyPathogenic);
        let empty = VariantWork::new(work.facts.clone());
        session.put(empty, "t");
        assert_eq!(session.worked(), 0);
    }
}
