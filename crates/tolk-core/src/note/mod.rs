//! The interpretation note (shared SPEC.md section 6): what goes into the
//! patient record, to the referring doctor and to the MDT minutes. Built
//! from a [`Session`] alone, so the app and `tolk note SESSION.json` write
//! the same note, and rendered four ways: the model itself as JSON (its
//! schema in `docs/note.schema.json`), Markdown to paste into a record,
//! self-contained printable HTML, and a FHIR R4 Genomics Reporting Bundle.
//!
//! Every renderer treats every string as hostile: sample names, INFO
//! values and comments come out as text, never as markup.

pub mod cnv;
mod family;
pub mod fhir;
pub mod html;
mod layout;
pub mod markdown;
mod signoff;
mod variant;

use crate::acmg::Class;
use crate::annotation::{FrequencySource, TranscriptPolicy};
use crate::chrom::karyotype;
use crate::hpo::PhenotypeLine;
use crate::i18n::Lang;
use crate::knowledge::KnowledgeSource;
use crate::panel::Confidence;
use crate::session::{Imported, PanelSummary, Report, Session};
use crate::trail::{Roster, Round};
use crate::vcf::assembly::Build;
use crate::vcf::sources::DataSource;
pub use family::FamilyMember;
pub use layout::{criterion_item, meeting_differs, meeting_line, variant_facts};
use serde::{Deserialize, Serialize};
pub(crate) use signoff::Checked;
pub use signoff::{NoteReview, NoteSignOff, NoteSigner, NoteTrail};
use std::collections::BTreeMap;
pub use variant::{NoteCriterion, NoteMeeting, NoteVariant};

/// Bumped when a field changes meaning.
///
/// 2: `hgvsc` on the MANE Select RefSeq where known, `hgvsp` as predicted
/// (`p.(...)`); condition, inheritance, confirmation, ClinVar stars, data
/// sources and limitations added.
///
/// Fields added since, which change no other field's meaning, leave it as
/// it is: `family`, each variant's `meeting` and `review`, and `sign_off`.
pub const NOTE_SCHEMA_VERSION: u32 = 2;

/// The note, as a record system takes it in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Note {
    pub schema_version: u32,
    /// `Tolk 0.1.0`: the tool and version that wrote the note.
    pub tool: String,
    /// The language of the note's own words (headings, labels, remarks);
    /// what the analyst wrote and the file's values are as written.
    #[serde(default)]
    pub language: Lang,
    /// When the interpretation was last changed (ISO 8601), or the
    /// pseudonyms' label for dates.
    pub date: String,
    /// Made while pseudonymising: sample names, the file name and dates
    /// are neutral labels ([`crate::pseudonym`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pseudonymised: bool,
    /// Where the work came from when it was imported from a session file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported: Option<Imported>,
    pub analyst: String,
    pub patient: Patient,
    pub referral: String,
    pub phenotype: Vec<Phenotype>,
    /// The family as set for the case and as the printable note draws it:
    /// the proband, the parents (one not in the file is there as not
    /// sequenced) and the siblings; absent without a family.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub family: Vec<FamilyMember>,
    pub test: TestDetails,
    /// Variants marked "report", in genome order.
    pub findings: Vec<NoteVariant>,
    /// Variants of uncertain significance listed apart from the findings.
    pub vus: Vec<NoteVariant>,
    /// Variants assessed but not reported, or not yet decided, so that
    /// another lab can see what was looked at.
    pub assessed: Vec<NoteVariant>,
    pub conclusion: String,
    /// Who interpreted and who reviewed, as the session's audit trail
    /// holds it, and whether the trail verifies.
    #[serde(default)]
    pub sign_off: NoteSignOff,
    /// What is missing before the note can be signed off; empty when
    /// complete.
    pub incomplete: Vec<String>,
}

/// Who the note is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Patient {
    /// As the analyst wrote it (a pseudonym is fine), else the sample name.
    pub identifier: String,
    /// The VCF sample column the zygosity is read from.
    pub sample: Option<String>,
    /// Why that sample: the family's proband, the only sample, or the first.
    pub sample_chosen_as: Option<String>,
}

/// One phenotype line: an HPO term with its label, or free text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Phenotype {
    /// `HP:0001250`, when the line starts with an HPO id.
    pub hpo: Option<String>,
    pub text: String,
    /// The patient is known not to have it (a `NOT HP:…` line): an
    /// excluded feature is evidence against a diagnosis, so it is reported.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub excluded: bool,
}

/// The test: which file, which build, how it was narrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TestDetails {
    /// `GRCh37` or `GRCh38`, as the VCF header names it.
    pub build: Option<Build>,
    /// The header line the build was read from (`reference`, `VEP`, ...).
    pub build_source: Option<String>,
    pub file_name: String,
    pub file_size: u64,
    /// Lowercase hex SHA-256 of the file as opened.
    pub file_sha256: String,
    pub samples: Vec<String>,
    pub panels: Vec<NotePanel>,
    /// `green` or `amber`: panel genes rated lower were left out; absent
    /// when every panel gene counted.
    pub min_confidence: Option<String>,
    /// Which transcript's consequence counted (`preferred`, `all`, ...).
    pub transcript_policy: TranscriptPolicy,
    /// The population-frequency fields the file has, and which the
    /// population AF was taken over (empty: none found, or a session
    /// written before they were kept).
    #[serde(default)]
    pub frequency_sources: Vec<FrequencySource>,
    pub inheritance_mode: String,
    /// Each narrowing step with the variants left after it.
    pub filters: Vec<FilterStep>,
    /// The annotation tools and databases, with versions, as the file's
    /// header names them (VEP and its caches, SnpEff).
    #[serde(default)]
    pub data_sources: Vec<DataSource>,
    /// The knowledge files the lab opened for the case (ClinVar, gene
    /// constraint, GenCC, its own database), with their releases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub knowledge_files: Vec<KnowledgeSource>,
    /// What the test cannot see, as the lab wrote it.
    pub limitations: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NotePanel {
    pub name: String,
    pub version: Option<String>,
    pub genes: usize,
    pub regions: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FilterStep {
    pub step: String,
    pub label: String,
    pub remaining: u32,
    /// Variants kept only because the file had no value to test.
    pub kept_missing: u32,
}

impl Note {
    /// The note of `session`, its own words in `lang`; its signers'
    /// signatures checked, but not against a roster.
    pub fn from_session(session: &Session, lang: Lang) -> Note {
        Note::from_session_checked(session, lang, None)
    }

    /// The note of `session`, its signers checked against the lab's
    /// `roster` when given: only then does the note say whose keys signed.
    pub fn from_session_checked(session: &Session, lang: Lang, roster: Option<&Roster>) -> Note {
        Note::with_sign_off(session, lang, Checked::of(session, lang, roster))
    }

    /// The note of `session` with the sign-off and reviews `checked`
    /// (checked on another session than the one written: a pseudonymised
    /// copy's trail is the real work's).
    pub(crate) fn with_sign_off(session: &Session, lang: Lang, checked: Checked) -> Note {
        let context = &session.context;
        let proband = context.proband();
        let sample = proband.map(|(name, _)| name);
        let mut findings = Vec::new();
        let mut vus = Vec::new();
        let mut assessed = Vec::new();
        let mut undecided = Vec::new();
        for (key, work) in &session.variants {
            let mut v = NoteVariant::new(work, lang, context, sample);
            v.review = checked.reviews.get(key).cloned();
            match work.report {
                Some(Report::Report) => findings.push(v),
                Some(Report::VusList) => vus.push(v),
                Some(Report::NotReported) => assessed.push(v),
                None => {
                    undecided.push(v.label());
                    assessed.push(v);
                }
            }
        }
        for list in [&mut findings, &mut vus, &mut assessed] {
            list.sort_by(|a, b| (karyotype(&a.chrom), a.pos).cmp(&(karyotype(&b.chrom), b.pos)));
        }
        let note_text = &session.note;
        let patient = Patient {
            identifier: match note_text.patient.trim() {
                "" => sample.unwrap_or_default().to_owned(),
                written => written.to_owned(),
            },
            sample: sample.map(str::to_owned),
            sample_chosen_as: proband.map(|(_, why)| lang.t(why)),
        };
        let mut incomplete = Vec::new();
        if context.build.is_none() {
            incomplete.push(lang.t(msg!("incomplete-build")));
        }
        if session.analyst.trim().is_empty() {
            incomplete.push(lang.t(msg!("incomplete-analyst")));
        }
        if patient.identifier.is_empty() {
            incomplete.push(lang.t(msg!("incomplete-patient")));
        }
        if sample.is_none() && context.samples.len() > 1 {
            incomplete.push(lang.t(msg!("incomplete-proband")));
        }
        if note_text.conclusion.trim().is_empty() {
            incomplete.push(lang.t(msg!("incomplete-conclusion")));
        }
        if !undecided.is_empty() {
            incomplete.push(lang.t_with(msg!("incomplete-undecided"), &[("variants", undecided.join(", ").into())]));
        }
        if note_text.limitations.trim().is_empty() {
            incomplete.push(lang.t(msg!("incomplete-limitations")));
        }
        for v in &findings {
            if matches!(v.class, Class::Benign | Class::LikelyBenign) {
                let args = [("variant", v.label().into()), ("class", v.class.label(lang).into())];
                incomplete.push(lang.t_with(msg!("incomplete-benign-reported"), &args));
            }
        }
        for v in findings.iter().chain(&vus) {
            let variant = || ("variant", v.label().into());
            if v.condition.trim().is_empty() || v.disorder_inheritance.is_none() {
                incomplete.push(lang.t_with(msg!("incomplete-condition"), &[variant()]));
            }
            if v.confirmation.is_none() {
                incomplete.push(lang.t_with(msg!("incomplete-confirmation"), &[variant()]));
            }
        }
        for v in findings.iter().chain(&vus).chain(&assessed) {
            if !v.unexplained_strengths.is_empty() {
                let args = [("variant", v.label().into()), ("criteria", v.unexplained_strengths.join(", ").into())];
                incomplete.push(lang.t_with(msg!("incomplete-strength-reason"), &args));
            }
        }
        Note {
            schema_version: NOTE_SCHEMA_VERSION,
            tool: format!("Tolk {}", session.tolk_version),
            language: lang,
            // A finalised note is dated by its sign-off (signed), not by
            // the session's last save (which no signature covers).
            date: match (&checked.sign_off.round, &checked.sign_off.reviewed_by) {
                (Round::Finalised, Some(reviewer)) => reviewer.at.clone(),
                _ => session.updated.clone(),
            },
            pseudonymised: session.pseudonymised,
            imported: session.imported.clone(),
            analyst: session.analyst.clone(),
            patient,
            referral: note_text.referral.clone(),
            phenotype: note_text.phenotype.lines().filter_map(Phenotype::parse).collect(),
            family: FamilyMember::from_roles(&context.roles),
            test: TestDetails {
                build: context.build.as_ref().map(|b| b.build),
                build_source: context.build.as_ref().map(|b| b.source.clone()),
                file_name: session.file.name.clone(),
                file_size: session.file.size,
                file_sha256: session.file.sha256.clone(),
                samples: context.samples.clone(),
                panels: context.panels.iter().map(NotePanel::from).collect(),
                min_confidence: context
                    .min_confidence
                    .filter(|c| *c > Confidence::Red && !context.panels.is_empty())
                    .map(|c| if c == Confidence::Green { "green" } else { "amber" }.to_owned()),
                transcript_policy: context.policy,
                frequency_sources: context.frequency.clone(),
                inheritance_mode: context.mode.label(lang),
                filters: context
                    .funnel
                    .iter()
                    .map(|s| FilterStep {
                        step: s.id.clone(),
                        label: s.label.render(lang),
                        remaining: s.remaining,
                        kept_missing: s.kept_missing,
                    })
                    .collect(),
                data_sources: context.sources.clone(),
                knowledge_files: context.knowledge.clone(),
                limitations: note_text.limitations.clone(),
            },
            findings,
            vus,
            assessed,
            conclusion: note_text.conclusion.clone(),
            sign_off: checked.sign_off,
            incomplete,
        }
    }

    /// The model as pretty JSON: the `json` format.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a note always serialises")
    }

    /// `Tolk-note-<file>-<date>`: a file name stem for downloads, from
    /// characters safe on every file system.
    pub fn file_stem(&self) -> String {
        let base = self.test.file_name.split(['.', '/', '\\']).next().unwrap_or_default();
        let day =
            self.date.get(..10).filter(|d| d.bytes().all(|b| b.is_ascii_digit() || b == b'-')).unwrap_or_default();
        let safe: String = format!("tolk-note-{base}-{day}")
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' })
            .collect();
        safe.trim_end_matches(['-', '_']).to_owned()
    }
}

/// Charts for the printable note, drawn by the caller (crate
/// `tolk-charts`; this crate does not draw): whole `<svg>` elements, put
/// into the HTML as they are, so only Tolk's own chart output belongs here
/// (it escapes every text it draws).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    /// The family as a pedigree ([`Note::family`]), after the test's facts.
    pub pedigree: Option<String>,
    /// The filter funnel, after the pedigree.
    pub funnel: Option<String>,
    /// Each reported or listed variant's gene along its protein, by
    /// `CHROM:POS:REF:ALT`.
    pub genes: BTreeMap<String, String>,
}

/// The four ways the note is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The model itself ([`Note::to_json`]).
    Json,
    Markdown,
    Html,
    Fhir,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Json, Format::Markdown, Format::Html, Format::Fhir];

    /// The note in this format; only HTML shows `figures`.
    pub fn render(self, note: &Note, figures: &Figures) -> String {
        match self {
            Format::Json => note.to_json() + "\n",
            Format::Markdown => markdown::render(note),
            Format::Html => html::render(note, figures),
            Format::Fhir => fhir::render(note),
        }
    }

    /// `json`, `markdown`, `html`, `fhir`: the app's `export-<id>` hooks.
    pub fn id(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Fhir => "fhir",
        }
    }

    pub fn label(self, lang: Lang) -> String {
        lang.t(match self {
            Format::Json => msg!("format-json"),
            Format::Markdown => msg!("format-markdown"),
            Format::Html => msg!("format-html"),
            Format::Fhir => msg!("format-fhir"),
        })
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Fhir => "fhir.json",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Markdown => "text/markdown",
            Format::Html => "text/html",
            Format::Fhir => "application/fhir+json",
        }
    }
}

impl From<&PanelSummary> for NotePanel {
    fn from(p: &PanelSummary) -> NotePanel {
        NotePanel { name: p.name.clone(), version: p.version.clone(), genes: p.genes, regions: p.regions }
    }
}

impl Phenotype {
    /// `HP:0001250 Seizure`, `NOT HP:0001250 Seizure`, `HP:0001250` or free
    /// text ([`PhenotypeLine`]); blank lines are dropped.
    fn parse(line: &str) -> Option<Phenotype> {
        let line = PhenotypeLine::read(line)?;
        Some(Phenotype { hpo: line.term.map(|t| t.to_string()), text: line.text.to_owned(), excluded: line.excluded })
    }
}

/// The note's JSON Schema, from the model (feature `schema`).
#[cfg(feature = "schema")]
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Note);
    serde_json::to_string_pretty(&schema).expect("a schema always serialises") + "\n"
}

#[cfg(test)]
mod tests {
    use super::Phenotype;

    #[test]
    fn phenotype_lines_are_hpo_terms_or_free_text_whatever_the_characters() {
        let term = Phenotype::parse(" hp:0001250  Seizure ").unwrap();
        assert_eq!((term.hpo.as_deref(), term.text.as_str()), (Some("HP:0001250"), "Seizure"));
        assert_eq!(Phenotype::parse("HP:0001250").unwrap().hpo.as_deref(), Some("HP:0001250"));
        for text in ["HPé:00012 kramper", "Hø:00001250", "Anfall hos 2 år gammel", "HP:00012x0"] {
            let p = Phenotype::parse(text).unwrap();
            assert_eq!((p.hpo, p.text.as_str()), (None, text), "{text}");
        }
        assert_eq!(Phenotype::parse("   "), None);
    }
}
