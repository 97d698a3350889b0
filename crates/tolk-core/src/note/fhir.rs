//! The note as an HL7 FHIR R4 Bundle (type `collection`) following the
//! Genomics Reporting IG (shared SPEC.md section 6): a `genomics-report`
//! DiagnosticReport whose results are, for every reported variant and
//! every listed VUS, a `variant` Observation and a `diagnostic-implication`
//! Observation derived from it.
//!
//! The patient is referenced by display text only: the note carries an
//! identifier the lab chose, not a Patient resource, and a receiving
//! system links it to its own. Resource ids and `urn:uuid` full URLs are
//! name-based (UUID v5) from the file's checksum and the variant, so the
//! same session always gives the same Bundle.
//!
//! The patient's phenotype (the note's HPO terms, and any free-text lines)
//! is an Observation per line, coded in HPO with the value "Present", as
//! the HL7 Phenomics Exchange IG codes a phenotypic feature; the report
//! points to them through the core `workflow-supportingInfo` extension (the
//! Genomics Reporting IG's way to context that is an input, not a result).
//! A variant's parental origin, where the trio shows it, is the IG's
//! `variant-inheritance` component (Maternal, Paternal; de novo and "both
//! parents" as text: its value set has no code for them).
//!
//! The team meeting's decision on a variant, where one was recorded, is a
//! note (Annotation) of its diagnostic-implication Observation, worded as
//! the note words it: the IG has no element for a multidisciplinary
//! meeting, and the coded class stays the one the note reports, so a
//! disagreeing team class is said beside it, never coded in its place. The
//! meeting's date is in that text, not in `Annotation.time`, which must be
//! a FHIR dateTime and a pseudonymised note's date is a label. The family
//! is not included: it describes the test, and the Bundle reports results.
//!
//! The report is `final` only when the note is complete and the case was
//! finalised with an audit trail that verifies ([`crate::trail`]), else
//! `preliminary`. Its signers, the interpreter and the reviewer, are
//! `Practitioner`s named as they signed and identified by their signing
//! key's id; `resultsInterpreter` references them (it names the analyst
//! as text only when nobody has signed). A `Provenance` of the report
//! holds the sign-off: who signed in which role and when, the SHA-256 of
//! the work signed, and the signatures themselves (see `provenance`). A
//! pseudonymised note has none: its dates are labels, and a Provenance
//! must say when.
//!
//! Not included, because the session does not carry them: read depth and
//! variant allele fraction (81258-6, 82121-5), the ClinVar variation id
//! (81252-9), and genomic HGVS for indels (see [`NoteVariant::hgvsg`]).

use super::{Note, NoteSigner, NoteVariant, Phenotype};
use crate::acmg::Class;
use crate::i18n::Lang;
use crate::inheritance::ParentalOrigin;
use crate::trail::{Role, Round};
use crate::vcf::assembly::Build;
use crate::vcf::genotype::Zygosity;
use crate::words;
use serde_json::{json, Value};
use uuid::Uuid;

const LOINC: &str = "http://loinc.org";
const IG: &str = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition";
const TBD_CODES: &str = "http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs";
const HGVS: &str = "http://varnomen.hgvs.org";
const HGNC: &str = "http://www.genenames.org/geneId";
const REFSEQ: &str = "http://www.ncbi.nlm.nih.gov/refseq";
const ENSEMBL: &str = "http://www.ensembl.org";
const SO: &str = "http://www.sequenceontology.org";
const HPO: &str = "http://human-phenotype-ontology.org";
const SUPPORTING_INFO: &str = "http://hl7.org/fhir/StructureDefinition/workflow-supportingInfo";
const PARTICIPANT_TYPE: &str = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
const SIGNATURE_TYPE: &str = "urn:iso-astm:E1762-95:2013";
const SIGNING_KEY: &str = "urn:tolk:signing-key";
const WORK_SHA256: &str = "urn:tolk:work-sha256";

/// The Bundle, pretty-printed.
pub fn render(note: &Note) -> String {
    serde_json::to_string_pretty(&bundle(note)).expect("a bundle always serialises") + "\n"
}

pub fn bundle(note: &Note) -> Value {
    let namespace = Uuid::new_v5(&Uuid::NAMESPACE_URL, format!("tolk:{}", note.test.file_sha256).as_bytes());
    let subject = json!({ "display": note.patient.identifier });
    let build = note.test.build;
    let mut entries = Vec::new();
    let mut results = Vec::new();
    for v in note.findings.iter().chain(&note.vus) {
        let key = v.key();
        let variant_id = Uuid::new_v5(&namespace, format!("variant:{key}").as_bytes());
        let implication_id = Uuid::new_v5(&namespace, format!("implication:{key}").as_bytes());
        let variant_url = format!("urn:uuid:{variant_id}");
        let implication_url = format!("urn:uuid:{implication_id}");
        entries.push(entry(&variant_url, variant(v, note.language, variant_id, build, &subject)));
        entries.push(entry(&implication_url, implication(v, note.language, implication_id, &variant_url, &subject)));
        results.push(json!({ "reference": variant_url, "display": v.label() }));
        let display = format!("{}: {}", v.label(), v.class.label(note.language));
        results.push(json!({ "reference": implication_url, "display": display }));
    }
    let mut phenotype = Vec::new();
    for (i, p) in note.phenotype.iter().enumerate() {
        let id = Uuid::new_v5(&namespace, format!("phenotype:{i}").as_bytes());
        let url = format!("urn:uuid:{id}");
        entries.push(entry(&url, phenotype_observation(p, id, &subject)));
        phenotype.push(json!({ "url": SUPPORTING_INFO, "valueReference": { "reference": url } }));
    }
    let report_id = Uuid::new_v5(&namespace, b"report");
    let report_url = format!("urn:uuid:{report_id}");
    let signers: Vec<(&NoteSigner, String)> = note
        .sign_off
        .signers()
        .map(|s| (s, format!("urn:uuid:{}", Uuid::new_v5(&namespace, format!("practitioner:{}", s.key).as_bytes()))))
        .collect();
    let mut report = json!({
        "resourceType": "DiagnosticReport",
        "id": report_id.to_string(),
        "meta": { "profile": [format!("{IG}/genomics-report")] },
        "status": status(note),
        "category": [genetics_category()],
        "code": { "coding": [coding(LOINC, "51969-4", "Genetic analysis report")] },
        "subject": subject,
        "issued": note.date,
        "result": results,
    });
    if !phenotype.is_empty() {
        report["extension"] = json!(phenotype);
    }
    // One Practitioner per key: a self-review's interpreter and reviewer
    // are one person.
    let mut practitioners: Vec<(&str, Value)> = Vec::new();
    for (signer, url) in &signers {
        if !practitioners.iter().any(|(u, _)| u == url) {
            practitioners.push((url, practitioner(signer, url)));
        }
    }
    if !practitioners.is_empty() {
        let who = practitioners.iter().map(|(url, p)| json!({ "reference": url, "display": p["name"][0]["text"] }));
        report["resultsInterpreter"] = json!(who.collect::<Vec<_>>());
    } else if !note.analyst.trim().is_empty() {
        report["resultsInterpreter"] = json!([{ "display": note.analyst }]);
    }
    if !note.conclusion.trim().is_empty() {
        report["conclusion"] = json!(note.conclusion);
    }
    let mut all = vec![entry(&report_url, report)];
    all.extend(entries);
    all.extend(practitioners.iter().map(|(url, p)| entry(url, p.clone())));
    if !signers.is_empty() && !note.pseudonymised {
        let id = Uuid::new_v5(&namespace, b"provenance");
        let mut provenance = provenance(&signers, &report_url, id);
        // Reviewed by its own interpreter, as the lab's roster allows for
        // training: said where the signatures are.
        if note.sign_off.self_review {
            provenance["reason"] = json!([{ "text": note.language.t(msg!("note-signoff-self-review")) }]);
        }
        all.push(entry(&format!("urn:uuid:{id}"), provenance));
    }
    let mut bundle = json!({
        "resourceType": "Bundle",
        "id": namespace.to_string(),
        "type": "collection",
        "timestamp": note.date,
        "entry": all,
    });
    // Both are optional in FHIR, and a pseudonymised note has no date.
    if note.pseudonymised {
        if let Some(report) = bundle["entry"][0]["resource"].as_object_mut() {
            report.shift_remove("issued");
        }
        if let Some(bundle) = bundle.as_object_mut() {
            bundle.shift_remove("timestamp");
        }
    }
    bundle
}

/// `final` only when nothing is missing and the case was finalised with a
/// trail that verifies: a note whose sign-off cannot be trusted is not a
/// final report, however complete.
fn status(note: &Note) -> &'static str {
    let s = &note.sign_off;
    if note.incomplete.is_empty() && s.round == Round::Finalised && s.verified {
        "final"
    } else {
        "preliminary"
    }
}

/// A signer, named as the lab's roster names their key (as they signed
/// when the key is not in a roster: the report is then preliminary) and
/// identified by the key's id ([`crate::trail::key_id`]).
fn practitioner(signer: &NoteSigner, url: &str) -> Value {
    json!({
        "resourceType": "Practitioner",
        "id": url.trim_start_matches("urn:uuid:"),
        "identifier": [{ "system": SIGNING_KEY, "value": signer.key }],
        "name": [{ "text": signer_name(signer) }],
    })
}

/// The roster's name for the signer, else the name they signed with.
fn signer_name(signer: &NoteSigner) -> &str {
    signer.roster_name.as_deref().unwrap_or(&signer.name)
}

/// The sign-off as a Provenance of the report: the interpreter as author
/// and the reviewer as verifier, each with their signature (ISO/ASTM
/// E1762 author's and verification signature). A signature's `data` is
/// the ECDSA P-256 SHA-256 signature (`r || s`, base64) over the bytes of
/// [`crate::trail::Signing`]: the role, the signer's name and key
/// id, the time (`when`), the SHA-256 of the work (the `source` entity:
/// one, unless the work changed between the signatures and the trail is
/// broken) and the hash of the audit trail's entry before, which only the
/// session file holds. So a receiver can tell what was signed, and check
/// it with the session and the lab's roster (`tolk verify`); the note
/// alone does not prove it.
fn provenance(signers: &[(&NoteSigner, String)], report_url: &str, id: Uuid) -> Value {
    let recorded = signers.iter().map(|(s, _)| s.at.as_str()).max().unwrap_or_default();
    let mut agents = Vec::new();
    let mut signatures = Vec::new();
    let mut works: Vec<&str> = Vec::new();
    for (signer, url) in signers {
        if !works.contains(&signer.work_sha256.as_str()) {
            works.push(&signer.work_sha256);
        }
        let who = json!({ "reference": url, "display": signer_name(signer) });
        let ((participant, participant_display), (code, display)) = match signer.role {
            Role::Interpreter => (("author", "Author"), ("1.2.840.10065.1.12.1.1", "Author's Signature")),
            Role::Reviewer => (("verifier", "Verifier"), ("1.2.840.10065.1.12.1.5", "Verification Signature")),
        };
        agents.push(json!({ "type": concept(PARTICIPANT_TYPE, participant, participant_display), "who": who }));
        signatures.push(json!({
            "type": [coding(SIGNATURE_TYPE, code, display)],
            "when": signer.at,
            "who": who,
            "sigFormat": "application/octet-stream",
            "data": signer.value,
        }));
    }
    json!({
        "resourceType": "Provenance",
        "id": id.to_string(),
        "target": [{ "reference": report_url }],
        "recorded": recorded,
        "agent": agents,
        "entity": works
            .iter()
            .map(|work| json!({ "role": "source", "what": { "identifier": { "system": WORK_SHA256, "value": work } } }))
            .collect::<Vec<_>>(),
        "signature": signatures,
    })
}

fn entry(url: &str, resource: Value) -> Value {
    json!({ "fullUrl": url, "resource": resource })
}

fn coding(system: &str, code: &str, display: &str) -> Value {
    json!({ "system": system, "code": code, "display": display })
}

fn concept(system: &str, code: &str, display: &str) -> Value {
    json!({ "coding": [coding(system, code, display)] })
}

fn genetics_category() -> Value {
    concept("http://terminology.hl7.org/CodeSystem/v2-0074", "GE", "Genetics")
}

fn categories() -> Value {
    json!([
        concept("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", "Laboratory"),
        genetics_category(),
    ])
}

/// A component coded by LOINC with `value` under `value_key`.
fn component(code: &str, display: &str, value_key: &str, value: Value) -> Value {
    let mut c = json!({ "code": concept(LOINC, code, display) });
    c[value_key] = value;
    c
}

fn variant(v: &NoteVariant, lang: Lang, id: Uuid, build: Option<Build>, subject: &Value) -> Value {
    let mut components = vec![component(
        "48002-0",
        "Genomic source class [Type]",
        "valueCodeableConcept",
        concept(LOINC, "LA6683-2", "Germline"),
    )];
    if let Some(gene) = &v.gene {
        let value = match &v.hgnc_id {
            Some(id) => concept(HGNC, &crate::annotation::hgnc_id(id), gene),
            None => json!({ "text": gene }),
        };
        components.push(component("48018-6", "Gene studied [ID]", "valueCodeableConcept", value));
    }
    if let Some(b) = build {
        components.push(component(
            "62374-4",
            "Human reference sequence assembly version",
            "valueCodeableConcept",
            concept(LOINC, b.loinc(), b.name()),
        ));
    }
    if let Some(acc) = &v.genomic_reference {
        components.push(component(
            "48013-7",
            "Genomic reference sequence [ID]",
            "valueCodeableConcept",
            concept(REFSEQ, acc, acc),
        ));
    }
    components.push(component(
        "92822-6",
        "Genomic coordinate system [Type]",
        "valueCodeableConcept",
        concept(LOINC, "LA30102-0", "1-based character counting"),
    ));
    let (start, end) = match &v.sv {
        Some(sv) => (sv.start, sv.end),
        None => (v.pos, v.pos + v.reference.len().max(1) as u32 - 1),
    };
    components.push(component(
        "81254-5",
        "Genomic allele start-end",
        "valueRange",
        json!({ "low": { "value": start }, "high": { "value": end } }),
    ));
    // A symbolic ALT (`<DEL>`) and its padding REF base are no alleles:
    // the span, type and length say what it is.
    if !v.alt.starts_with('<') {
        components.push(component("69547-8", "Genomic ref allele [ID]", "valueString", json!(v.reference)));
        components.push(component("69551-0", "Genomic alt allele [ID]", "valueString", json!(v.alt)));
    }
    if let Some(sv) = &v.sv {
        structural_components(&mut components, v, sv);
    } else if let Some((code, display)) = change_type(&v.reference, &v.alt) {
        components.push(component("48019-4", "DNA change type", "valueCodeableConcept", concept(SO, code, display)));
    }
    if let Some(g) = &v.hgvsg {
        components.push(component(
            "81290-9",
            "Genomic DNA change (gHGVS)",
            "valueCodeableConcept",
            concept(HGVS, g, g),
        ));
    }
    if let Some(t) = &v.transcript {
        let system = if t.starts_with("ENS") { ENSEMBL } else { REFSEQ };
        components.push(component(
            "51958-7",
            "Transcript reference sequence [ID]",
            "valueCodeableConcept",
            concept(system, t, t),
        ));
    }
    if let Some(c) = &v.hgvsc {
        components.push(component("48004-6", "DNA change (c.HGVS)", "valueCodeableConcept", concept(HGVS, c, c)));
    }
    if let Some(p) = &v.hgvsp {
        components.push(component("48005-3", "Amino acid change (pHGVS)", "valueCodeableConcept", concept(HGVS, p, p)));
    }
    if let Some((code, display)) = v.zygosity.and_then(allelic_state) {
        components.push(component("53034-5", "Allelic state", "valueCodeableConcept", concept(LOINC, code, display)));
    }
    if let Some(origin) = v.parental_origin {
        let value = match origin {
            ParentalOrigin::Maternal => concept(LOINC, "LA26320-4", "Maternal"),
            ParentalOrigin::Paternal => concept(LOINC, "LA26321-2", "Paternal"),
            other => json!({ "text": lang.t(other.key()) }),
        };
        components.push(json!({
            "code": concept(TBD_CODES, "variant-inheritance", "Variant Inheritance"),
            "valueCodeableConcept": value,
        }));
    }
    let mut text = vec![format!("{} ({})", v.label(), v.position)];
    if let Some(af) = v.af {
        text.push(format!("{} {}", lang.t(msg!("note-af")), words::af(af)));
    }
    json!({
        "resourceType": "Observation",
        "id": id.to_string(),
        "meta": { "profile": [format!("{IG}/variant")] },
        "status": "final",
        "category": categories(),
        "code": concept(LOINC, "69548-6", "Genetic variant assessment"),
        "subject": subject,
        "valueCodeableConcept": concept(LOINC, "LA9633-4", "Present"),
        "component": components,
        "note": [{ "text": text.join(". ") }],
    })
}

fn implication(v: &NoteVariant, lang: Lang, id: Uuid, variant_url: &str, subject: &Value) -> Value {
    let (code, display) = class_answer(v.class);
    let criteria = if v.criteria.is_empty() { lang.t(msg!("fhir-no-criteria")) } else { v.criteria_line() };
    let mut note = match &v.cnv {
        Some(cnv) => lang.t_with(
            msg!("fhir-cnv-implication"),
            &[
                ("table", super::layout::cnv_table(lang, cnv).into()),
                ("items", cnv.items_line().into()),
                (msg!("points"), super::cnv::points(cnv.total).into()),
                ("class", cnv.class.label(lang).into()),
            ],
        ),
        None => {
            let args = [
                ("criteria", criteria.into()),
                (msg!("points"), words::points(lang, v.points, false).into()),
                ("points_class", v.points_class.label(lang).into()),
                ("class_2015", v.class_2015.label(lang).into()),
            ];
            lang.t_with(msg!("fhir-implication"), &args)
        }
    };
    if let Some(reason) = &v.override_reason {
        note.push_str(&lang.t_with(msg!("fhir-set-by-analyst"), &[("reason", reason.into())]));
    }
    let mut notes = vec![json!({ "text": note })];
    if let Some(m) = &v.meeting {
        let mut text = format!("{}: {}.", lang.t(msg!("note-meeting")), super::layout::meeting_line(lang, m));
        if let Some(differs) = super::layout::meeting_differs(lang, m, v) {
            text = format!("{text} {differs}");
        }
        notes.push(json!({ "text": text }));
    }
    if !v.comment.trim().is_empty() {
        notes.push(json!({ "text": v.comment }));
    }
    json!({
        "resourceType": "Observation",
        "id": id.to_string(),
        "meta": { "profile": [format!("{IG}/diagnostic-implication")] },
        "status": "final",
        "category": categories(),
        "code": concept(TBD_CODES, "diagnostic-implication", "Diagnostic Implication"),
        "subject": subject,
        "derivedFrom": [{ "reference": variant_url, "display": v.label() }],
        "component": [component(
            "53037-8",
            "Genetic variation clinical significance [Imp]",
            "valueCodeableConcept",
            concept(LOINC, code, display),
        )],
        "note": notes,
    })
}

/// One phenotype line as an Observation: an HPO term, present or, for a
/// `NOT` line, absent (HL7 Phenomics Exchange IG, PhenotypicFeature;
/// LOINC answers LA9633-4 and LA9634-2), or the analyst's text.
fn phenotype_observation(p: &Phenotype, id: Uuid, subject: &Value) -> Value {
    let code = match &p.hpo {
        Some(term) => json!({ "coding": [coding(HPO, term, &p.text)], "text": p.text }),
        None => json!({ "text": p.text }),
    };
    json!({
        "resourceType": "Observation",
        "id": id.to_string(),
        "status": "final",
        "code": code,
        "subject": subject,
        "valueCodeableConcept": match p.excluded {
            true => concept(LOINC, "LA9634-2", "Absent"),
            false => concept(LOINC, "LA9633-4", "Present"),
        },
    })
}

/// LOINC answers of 53037-8 (answer list LL4034-6).
pub fn class_answer(class: Class) -> (&'static str, &'static str) {
    match class {
        Class::Pathogenic => ("LA6668-3", "Pathogenic"),
        Class::LikelyPathogenic => ("LA26332-9", "Likely pathogenic"),
        Class::UncertainSignificance => ("LA26333-7", "Uncertain significance"),
        Class::LikelyBenign => ("LA26334-5", "Likely benign"),
        Class::Benign => ("LA6675-8", "Benign"),
    }
}

/// LOINC answers of 53034-5 for the zygosities that carry the ALT.
fn allelic_state(z: Zygosity) -> Option<(&'static str, &'static str)> {
    match z {
        Zygosity::Het => Some(("LA6706-1", "Heterozygous")),
        Zygosity::HomAlt => Some(("LA6705-3", "Homozygous")),
        Zygosity::Hemizygous => Some(("LA6707-9", "Hemizygous")),
        Zygosity::HomRef | Zygosity::Missing => None,
    }
}

/// A structural variant's components (the Genomics Reporting IG's
/// variant profile): its type as a Sequence Ontology term, its length,
/// its outer start and end where the caller gave confidence intervals, and
/// the patient's copy number.
fn structural_components(components: &mut Vec<Value>, v: &NoteVariant, sv: &crate::sv::Structural) {
    use crate::sv::SvKind;
    let (code, display) = match sv.kind {
        SvKind::Del => ("SO:0000159", "deletion"),
        SvKind::Dup => ("SO:1000035", "duplication"),
        SvKind::Inv => ("SO:1000036", "inversion"),
        SvKind::Ins => ("SO:0000667", "insertion"),
        SvKind::Cnv => ("SO:0001019", "copy_number_variation"),
        SvKind::Bnd => ("SO:0000699", "junction"),
        SvKind::Cpx => ("SO:0001784", "complex_structural_alteration"),
    };
    components.push(component("48019-4", "DNA change type", "valueCodeableConcept", concept(SO, code, display)));
    if let Some(len) = sv.len {
        let quantity = json!({ "value": len, "unit": "bp", "system": "http://unitsofmeasure.org", "code": "bp" });
        components.push(component("81300-6", "Structural variant [Length]", "valueQuantity", quantity));
    }
    if sv.cipos.is_some() || sv.ciend.is_some() {
        let low = (i64::from(sv.start) + i64::from(sv.cipos.map_or(0, |c| c.0.min(0)))).max(1);
        let high = (i64::from(sv.end) + i64::from(sv.ciend.map_or(0, |c| c.1.max(0)))).max(low);
        let range = json!({ "low": { "value": low }, "high": { "value": high } });
        components.push(component("81301-4", "Structural variant outer start and end", "valueRange", range));
    }
    if let Some(copies) = v.copy_number {
        let quantity = json!({ "value": copies });
        components.push(component("82155-3", "Genomic structural variant copy number", "valueQuantity", quantity));
    }
}

/// The Sequence Ontology term for a VCF REF/ALT pair; `None` for symbolic
/// alleles.
fn change_type(reference: &str, alt: &str) -> Option<(&'static str, &'static str)> {
    let bases = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphabetic());
    if !bases(reference) || !bases(alt) {
        return None;
    }
    let anchored = reference.as_bytes()[0] == alt.as_bytes()[0];
    Some(match (reference.len(), alt.len()) {
        (1, 1) => ("SO:0001483", "SNV"),
        (r, a) if r == a => ("SO:0002007", "MNV"),
        (r, a) if anchored && r > a && alt.len() == 1 => ("SO:0000159", "deletion"),
        (r, a) if anchored && a > r && reference.len() == 1 => ("SO:0000667", "insertion"),
        _ => ("SO:1000032", "delins"),
    })
}

#[cfg(test)]
mod tests {
    use super::change_type;

    #[test]
    fn change_types_follow_the_vcf_alleles() {
        assert_eq!(change_type("C", "T").unwrap().1, "SNV");
        assert_eq!(change_type("CA", "TG").unwrap().1, "MNV");
        assert_eq!(change_type("CAT", "C").unwrap().1, "deletion");
        assert_eq!(change_type("C", "CAT").unwrap().1, "insertion");
        assert_eq!(change_type("CAT", "GA").unwrap().1, "delins");
        assert_eq!(change_type("C", "<DEL>"), None);
        assert_eq!(change_type("C", "*"), None);
    }
}
