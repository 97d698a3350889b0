//! GA4GH Phenopacket Schema v2 in JSON: the patient's phenotype (HPO
//! terms, observed and excluded), sex, diagnoses and family, read from a
//! phenopacket another tool wrote and written for the next one, so that a
//! case travels between Tolk, phenotype-driven prioritisers and registries
//! without being typed in again.
//!
//! Only the part of the schema Tolk uses is read: the subject's id and sex,
//! `phenotypicFeatures`, `diseases`, and for a Family its `pedigree` (with
//! the `relatives` filling in a sex the pedigree leaves unknown). The rest
//! (measurements, biosamples, interpretations, files) is left alone, so a
//! field Tolk does not use cannot make a file unreadable. What it does use
//! is checked, and an error names the place by its JSON path
//! (`phenotypicFeatures[3].type.id`), since a phenopacket is usually
//! written by a program and fixed by a person who has to find the spot.
//!
//! A version 1 phenopacket is refused rather than read as version 2: its
//! `negated: true` is an unknown field to a version 2 reader, so reading it
//! would silently turn a feature the clinician excluded into one the
//! patient has. `null` counts as absent and an empty string as unset, as
//! in the protobuf JSON mapping the schema is defined by; enum values may
//! be written as their names (`"MALE"`, in any case) or numbers.
//!
//! The JSON is read and written with serde_json and the few structures
//! below, not with the `phenopackets` crate (prost-generated bindings of
//! the whole schema): for this subset it made the wasm of a reader
//! 4.4 times as large (484 kB against 110 kB), brought in prost, and
//! refuses a whole file for one value it does not accept anywhere in it.

use crate::family::{Affection, Individual, Pedigree, Sex};
use crate::i18n::Lang;
use crate::phrase::Phrase;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::HashSet;
use std::fmt;

/// What Tolk takes from a phenopacket, and gives to one: the case's
/// phenotype, diagnoses and family, without the clinical record around it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// The phenopacket's `id`; for a Family, the family's `id`. Empty when
    /// the file has none (the schema requires one, but its absence loses
    /// nothing Tolk needs).
    pub id: String,
    /// `subject.id`: the patient (the proband of a Family).
    pub subject: Option<String>,
    /// `subject.sex`; `None` when not given. `OTHER_SEX` reads as
    /// [`Sex::Unknown`]: for inheritance it is as unknown as `UNKNOWN_SEX`.
    pub sex: Option<Sex>,
    /// `phenotypicFeatures`, in the file's order.
    pub terms: Vec<Term>,
    /// `diseases`, each by its term; `excluded` when ruled out.
    pub diseases: Vec<Term>,
    /// A Family's `pedigree`. A plain Phenopacket has none: version 2 puts
    /// the pedigree only in a Family, and a `pedigree` on a Phenopacket is
    /// ignored like any other field the schema does not have.
    pub pedigree: Option<Pedigree>,
}

/// An ontology term of the case: a phenotypic feature or a disease.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Term {
    /// `PREFIX:LOCAL`, such as `HP:0001250` or `OMIM:101600`.
    pub id: String,
    /// The term's name as the file gave it; empty when it gave none.
    pub label: String,
    /// Looked for and found absent (or, for a disease, ruled out). An
    /// excluded feature is evidence against a diagnosis, so it is kept
    /// rather than dropped.
    pub excluded: bool,
}

/// Why a phenopacket could not be read: where, and what is wrong there.
#[derive(Debug, Clone, PartialEq)]
pub struct PhenopacketError {
    /// The JSON path of the value at fault (`proband.subject.sex`); empty
    /// when the fault is the file as a whole (JSON that does not parse
    /// says its line and column in the message).
    pub path: String,
    pub message: Phrase,
}

impl PhenopacketError {
    fn at(path: &str, message: Phrase) -> PhenopacketError {
        PhenopacketError { path: path.to_owned(), message }
    }

    /// `phenotypicFeatures[3].type.id: ...`, worded when shown.
    pub fn phrase(&self) -> Phrase {
        if self.path.is_empty() {
            self.message.clone()
        } else {
            Phrase::new(msg!("phenopacket-at")).arg("path", self.path.as_str()).arg("message", self.message.clone())
        }
    }
}

/// In English, as the terminal reads it.
impl fmt::Display for PhenopacketError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.phrase().render(Lang::En))
    }
}

impl std::error::Error for PhenopacketError {}

type Result<T> = std::result::Result<T, PhenopacketError>;
type Object = Map<String, Value>;

/// Reads a v2 Phenopacket, or a v2 Family (its proband's phenotype, sex and
/// diseases, and its pedigree).
pub fn read(json: &str) -> std::result::Result<Case, PhenopacketError> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let value: Value = serde_json::from_str(json).map_err(bad_json)?;
    let not_one = || PhenopacketError::at("", Phrase::new(msg!("phenopacket-not-phenopacket")));
    let Value::Object(top) = &value else { return Err(not_one()) };
    if present(top, "proband").is_some() {
        return read_family(top);
    }
    if let Some(members) = present(top, "members") {
        let count = members.as_array().map_or(0, Vec::len);
        return Err(PhenopacketError::at("", Phrase::new(msg!("phenopacket-cohort")).arg("count", count)));
    }
    if !["id", "subject", "phenotypicFeatures", "diseases", "metaData"].iter().any(|k| present(top, k).is_some()) {
        return Err(not_one());
    }
    check_version(top, "")?;
    check_not_v1(top, "")?;
    read_phenopacket(top, "")
}

fn read_family(family: &Object) -> Result<Case> {
    check_version(family, "")?;
    if present(family, "htsFiles").is_some() {
        return Err(v1_field("htsFiles"));
    }
    let proband = object(present(family, "proband"), "proband")?;
    check_version(proband, "proband")?;
    check_not_v1(proband, "proband")?;
    let relatives = list(family, "relatives", "")?;
    for (i, relative) in relatives.iter().enumerate() {
        if let Value::Object(relative) = relative {
            check_not_v1(relative, &index("relatives", i))?;
        }
    }
    let mut case = read_phenopacket(proband, "proband")?;
    let family_id = text(family, "id", "")?.unwrap_or_default();
    case.pedigree = read_pedigree(family, family_id)?;
    if let Some(pedigree) = &mut case.pedigree {
        for (i, relative) in relatives.iter().enumerate() {
            let path = index("relatives", i);
            let Some(subject) = optional_object(object(Some(relative), &path)?, "subject", &path)? else { continue };
            let path = join(&path, "subject");
            let (Some(id), Some(sex)) = (text(subject, "id", &path)?, sex(subject, &path)?) else { continue };
            for person in pedigree.individuals.iter_mut().filter(|p| p.id == id && p.sex == Sex::Unknown) {
                person.sex = sex;
            }
        }
    }
    case.id = family_id.to_owned();
    Ok(case)
}

fn read_phenopacket(pp: &Object, path: &str) -> Result<Case> {
    let mut case = Case { id: text(pp, "id", path)?.unwrap_or_default().to_owned(), ..Case::default() };
    if let Some(subject) = optional_object(pp, "subject", path)? {
        let path = join(path, "subject");
        case.subject = text(subject, "id", &path)?.filter(|id| !id.is_empty()).map(str::to_owned);
        case.sex = sex(subject, &path)?;
    }
    let features = join(path, "phenotypicFeatures");
    for (i, feature) in list(pp, "phenotypicFeatures", path)?.iter().enumerate() {
        case.terms.push(term(feature, "type", &index(&features, i))?);
    }
    let diseases = join(path, "diseases");
    for (i, disease) in list(pp, "diseases", path)?.iter().enumerate() {
        case.diseases.push(term(disease, "term", &index(&diseases, i))?);
    }
    Ok(case)
}

/// A phenotypic feature (`class` is `type`) or a disease (`term`).
fn term(value: &Value, class: &str, path: &str) -> Result<Term> {
    let item = object(Some(value), path)?;
    let class_path = join(path, class);
    let class = object(present(item, class), &class_path)?;
    let id_path = join(&class_path, "id");
    let id = text(class, "id", &class_path)?.map(str::trim).filter(|id| !id.is_empty());
    let id = id.ok_or_else(|| PhenopacketError::at(&id_path, Phrase::new(msg!("phenopacket-missing"))))?;
    if !is_curie(id) {
        return Err(PhenopacketError::at(&id_path, Phrase::new(msg!("phenopacket-bad-term-id")).arg("id", id)));
    }
    Ok(Term {
        id: id.to_owned(),
        label: text(class, "label", &class_path)?.unwrap_or_default().to_owned(),
        excluded: flag(item, "excluded", path)?,
    })
}

/// `PREFIX:LOCAL`: a prefix of letters, digits, `_`, `-` or `.` starting
/// with a letter (`HP`, `OMIM`, `ORPHA`, `MONDO`, `NCIT`), then a local
/// part without spaces. Catches `HP_0001250`, `0001250` and `HP:`.
fn is_curie(id: &str) -> bool {
    let Some((prefix, local)) = id.split_once(':') else { return false };
    prefix.starts_with(|c: char| c.is_ascii_alphabetic())
        && prefix.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !local.is_empty()
        && !local.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// `pedigree.persons` as PED lines: a missing `familyId` is the Family's
/// id, and an empty or PED-style (`0`, `-9`, `.`) parent id is no parent.
fn read_pedigree(family: &Object, family_id: &str) -> Result<Option<Pedigree>> {
    let Some(pedigree) = optional_object(family, "pedigree", "")? else { return Ok(None) };
    let persons = join("pedigree", "persons");
    let mut individuals = Vec::new();
    let mut seen = HashSet::new();
    for (i, person) in list(pedigree, "persons", "pedigree")?.iter().enumerate() {
        let path = index(&persons, i);
        let person = object(Some(person), &path)?;
        let id_path = join(&path, "individualId");
        let id = text(person, "individualId", &path)?.filter(|id| !id.is_empty());
        let id = id.ok_or_else(|| PhenopacketError::at(&id_path, Phrase::new(msg!("phenopacket-missing"))))?;
        let family = text(person, "familyId", &path)?.filter(|f| !f.is_empty()).unwrap_or(family_id);
        if !seen.insert((family, id)) {
            let message = Phrase::new(msg!("ped-listed-twice")).arg("id", id).arg("family", family);
            return Err(PhenopacketError::at(&id_path, message));
        }
        let parent = |field: &str| -> Result<Option<String>> {
            let parent = text(person, field, &path)?.filter(|p| !matches!(*p, "" | "0" | "-9" | "."));
            if parent == Some(id) {
                return Err(PhenopacketError::at(
                    &join(&path, field),
                    Phrase::new(msg!("ped-own-parent")).arg("id", id),
                ));
            }
            Ok(parent.map(str::to_owned))
        };
        let (father, mother) = (parent("paternalId")?, parent("maternalId")?);
        individuals.push(Individual {
            family: family.to_owned(),
            id: id.to_owned(),
            father,
            mother,
            sex: sex(person, &path)?.unwrap_or_default(),
            affected: affection(person, &path)?,
        });
    }
    Ok((!individuals.is_empty()).then_some(Pedigree { individuals }))
}

/// `sex` (Phenopacket `Sex`, numbered as in the schema).
fn sex(obj: &Object, path: &str) -> Result<Option<Sex>> {
    const NAMES: [(&str, Sex); 4] =
        [("UNKNOWN_SEX", Sex::Unknown), ("FEMALE", Sex::Female), ("MALE", Sex::Male), ("OTHER_SEX", Sex::Unknown)];
    enumeration(obj, "sex", path, &NAMES)
}

/// `affectedStatus` (Pedigree.Person `AffectedStatus`); absent is `MISSING`.
/// Numbered as PED codes phenotype: 1 unaffected, 2 affected.
fn affection(obj: &Object, path: &str) -> Result<Affection> {
    const NAMES: [(&str, Affection); 3] =
        [("MISSING", Affection::Unknown), ("UNAFFECTED", Affection::Unaffected), ("AFFECTED", Affection::Affected)];
    Ok(enumeration(obj, "affectedStatus", path, &NAMES)?.unwrap_or_default())
}

/// A protobuf enum: its name, or its number (the position in `names`).
fn enumeration<T: Copy>(obj: &Object, key: &str, path: &str, names: &[(&str, T)]) -> Result<Option<T>> {
    let Some(value) = present(obj, key) else { return Ok(None) };
    let found = match value {
        Value::String(s) => names.iter().find(|(name, _)| name.eq_ignore_ascii_case(s.trim())),
        Value::Number(n) => n.as_u64().and_then(|n| names.get(usize::try_from(n).ok()?)),
        _ => None,
    };
    match found {
        Some((_, v)) => Ok(Some(*v)),
        None => {
            let shown = value.as_str().map_or_else(|| value.to_string(), str::to_owned);
            let allowed = names.iter().map(|(name, _)| *name).collect::<Vec<_>>().join(", ");
            let message = Phrase::new(msg!("phenopacket-bad-value")).arg("value", shown).arg("allowed", allowed);
            Err(PhenopacketError::at(&join(path, key), message))
        }
    }
}

/// `metaData.phenopacketSchemaVersion`: 2 is read, 1 is refused (see the
/// module's text), anything else is a version Tolk does not know. A file
/// without one is judged by its fields ([`check_not_v1`]).
fn check_version(obj: &Object, path: &str) -> Result<()> {
    let Some(meta) = optional_object(obj, "metaData", path)? else { return Ok(()) };
    let meta_path = join(path, "metaData");
    let Some(version) = text(meta, "phenopacketSchemaVersion", &meta_path)? else { return Ok(()) };
    let version = version.trim();
    let at = join(&meta_path, "phenopacketSchemaVersion");
    let major = version.trim_start_matches(['v', 'V']).split('.').next().unwrap_or_default();
    match major {
        "" | "2" => Ok(()),
        "1" => Err(PhenopacketError::at(&at, Phrase::new(msg!("phenopacket-version-1")).arg("version", version))),
        _ => Err(PhenopacketError::at(&at, Phrase::new(msg!("phenopacket-version-unknown")).arg("version", version))),
    }
}

/// Fields only version 1 has: its gene and variant lists and `htsFiles`,
/// its onset fields, the subject's age at collection, and `negated`.
fn check_not_v1(pp: &Object, path: &str) -> Result<()> {
    const TOP: [&str; 3] = ["genes", "variants", "htsFiles"];
    const ONSET: [&str; 3] = ["classOfOnset", "ageOfOnset", "ageRangeOfOnset"];
    let first = |obj: &Object, keys: &[&str], path: &str| {
        keys.iter().find(|k| present(obj, k).is_some()).map(|k| join(path, k))
    };
    let mut found = first(pp, &TOP, path);
    if let Some(Value::Object(subject)) = present(pp, "subject") {
        found = found.or_else(|| first(subject, &["ageAtCollection", "ageRangeAtCollection"], &join(path, "subject")));
    }
    for (list, extra) in [("phenotypicFeatures", "negated"), ("diseases", "tnmFinding")] {
        let Some(Value::Array(items)) = present(pp, list) else { continue };
        for (i, item) in items.iter().enumerate() {
            if let Value::Object(item) = item {
                let item_path = index(&join(path, list), i);
                found = found.or_else(|| first(item, &[extra], &item_path)).or_else(|| first(item, &ONSET, &item_path));
            }
        }
    }
    found.map_or(Ok(()), |at| Err(v1_field(&at)))
}

fn v1_field(path: &str) -> PhenopacketError {
    PhenopacketError::at(path, Phrase::new(msg!("phenopacket-version-1-field")))
}

fn bad_json(e: serde_json::Error) -> PhenopacketError {
    // serde_json's text ends with the position, which the message gives.
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let reason = text.strip_suffix(&suffix).unwrap_or(&text);
    let message = Phrase::new(msg!("phenopacket-bad-json"))
        .arg("reason", reason)
        .arg("line", e.line().to_string())
        .arg("column", e.column().to_string());
    PhenopacketError::at("", message)
}

/// The value of `key`, unless it is absent or `null`.
fn present<'v>(obj: &'v Object, key: &str) -> Option<&'v Value> {
    obj.get(key).filter(|v| !v.is_null())
}

/// A required object at `path`.
fn object<'v>(value: Option<&'v Value>, path: &str) -> Result<&'v Object> {
    match value {
        Some(Value::Object(obj)) => Ok(obj),
        Some(_) => Err(PhenopacketError::at(path, Phrase::new(msg!("phenopacket-not-object")))),
        None => Err(PhenopacketError::at(path, Phrase::new(msg!("phenopacket-missing")))),
    }
}

fn optional_object<'v>(obj: &'v Object, key: &str, path: &str) -> Result<Option<&'v Object>> {
    present(obj, key).map(|v| object(Some(v), &join(path, key))).transpose()
}

/// A list; absent is empty.
fn list<'v>(obj: &'v Object, key: &str, path: &str) -> Result<&'v [Value]> {
    match present(obj, key) {
        None => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(PhenopacketError::at(&join(path, key), Phrase::new(msg!("phenopacket-not-list")))),
    }
}

fn text<'v>(obj: &'v Object, key: &str, path: &str) -> Result<Option<&'v str>> {
    match present(obj, key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(PhenopacketError::at(&join(path, key), Phrase::new(msg!("phenopacket-not-text")))),
    }
}

/// A boolean; absent is `false`.
fn flag(obj: &Object, key: &str, path: &str) -> Result<bool> {
    match present(obj, key) {
        None => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(PhenopacketError::at(&join(path, key), Phrase::new(msg!("phenopacket-not-true-false")))),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// What [`write()`] needs beside the case: the core has no clock, and the
/// HPO release is what the term ids and labels are valid in.
#[derive(Debug, Clone, Copy)]
pub struct Export<'a> {
    pub case: &'a Case,
    /// `metaData.created`, an RFC 3339 timestamp (`2025-03-01T12:00:00Z`)
    /// the caller supplies.
    pub created: &'a str,
    /// `metaData.createdBy`: who (or which program) wrote it.
    pub created_by: &'a str,
    /// The HPO release the terms come from (`2025-01-16`), the HPO
    /// resource's `version`; left out when unknown rather than guessed.
    pub hpo_release: Option<&'a str>,
}

/// The case as pretty-printed v2 JSON: a Phenopacket, or a Family when its
/// pedigree holds anyone besides the subject. Version 2 keeps relatives
/// only in a Family, so writing a Phenopacket there would lose the family
/// the inheritance was judged by; a pedigree of the proband alone says
/// nothing a Phenopacket does not, and is left out.
///
/// A Family's proband phenopacket has the case's id too (a Case keeps one
/// id), and both carry the same `metaData`. `metaData.resources` has the
/// HPO, and OMIM, Orphanet and Mondo where a term uses their prefix;
/// a resource's version is written only where it is known.
pub fn write(export: &Export) -> String {
    let case = export.case;
    let meta = meta_data(export);
    let proband = PhenopacketOut {
        id: &case.id,
        subject: (case.subject.is_some() || case.sex.is_some())
            .then(|| IndividualOut { id: case.subject.as_deref(), sex: case.sex.map(sex_name) }),
        phenotypic_features: case.terms.iter().map(|t| FeatureOut { class: class(t), excluded: t.excluded }).collect(),
        diseases: case.diseases.iter().map(|t| DiseaseOut { term: class(t), excluded: t.excluded }).collect(),
        meta_data: meta.clone(),
    };
    let relatives = |p: &&Pedigree| p.individuals.iter().any(|i| Some(&i.id) != case.subject.as_ref());
    let text = match case.pedigree.as_ref().filter(relatives) {
        None => serde_json::to_string_pretty(&proband),
        Some(pedigree) => serde_json::to_string_pretty(&FamilyOut {
            id: &case.id,
            proband,
            pedigree: PedigreeOut { persons: pedigree.individuals.iter().map(|i| person(i, &case.id)).collect() },
            meta_data: meta,
        }),
    };
    text.expect("a phenopacket always serialises") + "\n"
}

fn class(term: &Term) -> OntologyClassOut<'_> {
    OntologyClassOut { id: &term.id, label: &term.label }
}

fn person<'a>(i: &'a Individual, family_id: &'a str) -> PersonOut<'a> {
    PersonOut {
        family_id: if i.family.is_empty() { family_id } else { &i.family },
        individual_id: &i.id,
        paternal_id: i.father.as_deref(),
        maternal_id: i.mother.as_deref(),
        sex: sex_name(i.sex),
        affected_status: match i.affected {
            Affection::Affected => "AFFECTED",
            Affection::Unaffected => "UNAFFECTED",
            Affection::Unknown => "MISSING",
        },
    }
}

fn sex_name(sex: Sex) -> &'static str {
    match sex {
        Sex::Male => "MALE",
        Sex::Female => "FEMALE",
        Sex::Unknown => "UNKNOWN_SEX",
    }
}

/// The resources a term's prefix can name: (id, name, url, prefix, IRI prefix).
const RESOURCES: [(&str, &str, &str, &str, &str); 4] = [
    (
        "hp",
        "human phenotype ontology",
        "http://purl.obolibrary.org/obo/hp.owl",
        "HP",
        "http://purl.obolibrary.org/obo/HP_",
    ),
    ("omim", "Online Mendelian Inheritance in Man", "https://www.omim.org", "OMIM", "https://omim.org/entry/"),
    ("orpha", "Orphanet", "https://www.orpha.net", "ORPHA", "http://www.orpha.net/ORDO/Orphanet_"),
    (
        "mondo",
        "Mondo Disease Ontology",
        "http://purl.obolibrary.org/obo/mondo.owl",
        "MONDO",
        "http://purl.obolibrary.org/obo/MONDO_",
    ),
];

fn meta_data<'a>(export: &Export<'a>) -> MetaDataOut<'a> {
    let case = export.case;
    let used = |prefix: &str| {
        case.terms.iter().chain(&case.diseases).any(|t| t.id.split_once(':').is_some_and(|(p, _)| p == prefix))
    };
    let resources = RESOURCES
        .iter()
        .filter(|r| r.3 == "HP" || used(r.3))
        .map(|&(id, name, url, namespace_prefix, iri_prefix)| ResourceOut {
            id,
            name,
            url,
            version: if namespace_prefix == "HP" { export.hpo_release } else { None },
            namespace_prefix,
            iri_prefix,
        })
        .collect();
    MetaDataOut { created: export.created, created_by: export.created_by, resources, phenopacket_schema_version: "2.0" }
}

// The written subset of the schema, fields in the schema's order, empty
// ones left out as the protobuf JSON mapping leaves them out.

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FamilyOut<'a> {
    id: &'a str,
    proband: PhenopacketOut<'a>,
    pedigree: PedigreeOut<'a>,
    meta_data: MetaDataOut<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhenopacketOut<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<IndividualOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    phenotypic_features: Vec<FeatureOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    diseases: Vec<DiseaseOut<'a>>,
    meta_data: MetaDataOut<'a>,
}

#[derive(Serialize)]
struct IndividualOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sex: Option<&'static str>,
}

#[derive(Serialize)]
struct OntologyClassOut<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    label: &'a str,
}

#[derive(Serialize)]
struct FeatureOut<'a> {
    #[serde(rename = "type")]
    class: OntologyClassOut<'a>,
    #[serde(skip_serializing_if = "is_false")]
    excluded: bool,
}

#[derive(Serialize)]
struct DiseaseOut<'a> {
    term: OntologyClassOut<'a>,
    #[serde(skip_serializing_if = "is_false")]
    excluded: bool,
}

#[derive(Serialize)]
struct PedigreeOut<'a> {
    persons: Vec<PersonOut<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PersonOut<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    family_id: &'a str,
    individual_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    paternal_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    maternal_id: Option<&'a str>,
    sex: &'static str,
    affected_status: &'static str,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
struct MetaDataOut<'a> {
    created: &'a str,
    created_by: &'a str,
    resources: Vec<ResourceOut<'a>>,
    phenopacket_schema_version: &'static str,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
struct ResourceOut<'a> {
    id: &'static str,
    name: &'static str,
    url: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<&'a str>,
    namespace_prefix: &'static str,
    iri_prefix: &'static str,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn term_ids_are_prefix_colon_local() {
        for good in ["HP:0001250", "OMIM:101600", "ORPHA:558", "MONDO:0007039", "NCIT:C3677", "hgnc.symbol:FGFR1"] {
            assert!(is_curie(good), "{good}");
        }
        for bad in ["", "HP_0001250", "0001250", "HP:", ":0001250", "1HP:0001250", "HP:0001 250", "H P:1"] {
            assert!(!is_curie(bad), "{bad}");
        }
    }

    #[test]
    fn paths_read_as_json_paths() {
        assert_eq!(index(&join(&join("", "proband"), "phenotypicFeatures"), 3), "proband.phenotypicFeatures[3]");
    }
}
