//! Who interpreted the case, who reviewed it, and whether the audit trail
//! bears them out ([`crate::trail`]). Taken from the trail and checked
//! there, never from what the session says elsewhere: a note cannot claim
//! a sign-off its session's trail does not hold, and a reader who has
//! only the note still learns whether the trail was intact when it was
//! written.

use crate::i18n::Lang;
use crate::session::Session;
use crate::trail::rounds::Signed;
use crate::trail::{signature_phrase, Listing, Role, Roster, Round, Verdict, Verification};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The case's sign-off.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NoteSignOff {
    pub round: Round,
    /// Who sent the case for review, signing the work; null while the
    /// case is in interpretation (a submission sent back no longer stands).
    pub interpreted_by: Option<NoteSigner>,
    /// Who finalised the case, signing the work; null until then.
    pub reviewed_by: Option<NoteSigner>,
    /// Reviewed by its own interpreter, as a lab's training setting allows.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub self_review: bool,
    /// The SHA-256 of the work the note is made of: what each signature
    /// covers, with the trail before it.
    pub work_sha256: String,
    pub trail: NoteTrail,
    /// The lab name of the roster the signers were checked against; null
    /// when none was given (a signature then proves only that the
    /// key it carries made it, not whose key that is).
    pub roster: Option<String>,
    /// Every check passed: the trail intact, no step against the rounds,
    /// every signature in it valid and, with a roster, the lab's. Only a
    /// verified, finalised and complete note is final in FHIR.
    pub verified: bool,
}

/// The audit trail's check, as of writing the note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NoteTrail {
    pub entries: usize,
    /// `intact`, `broken` or `absent` (a session written before Tolk kept
    /// a trail, or one without any change yet).
    pub chain: String,
    /// The entry (from 1) where the chain breaks, or where a step breaks
    /// the rounds' rules.
    pub broken_at: Option<u64>,
    /// Why, in the note's language.
    pub problem: Option<String>,
}

/// One signer, with their signature's check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NoteSigner {
    /// As the signer gave it.
    pub name: String,
    /// The signing key's id ([`crate::trail::key_id`]).
    pub key: String,
    /// When they signed (ISO 8601, from their clock), or the pseudonyms'
    /// label for dates.
    pub at: String,
    pub role: Role,
    /// `valid` or `invalid`.
    pub signature: String,
    /// `listed`, `not_listed` or `not_checked` (no roster given).
    pub roster: String,
    /// The name the roster gives the key's holder, when listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roster_name: Option<String>,
    /// Why the signature is invalid, in the note's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    /// The public key: SEC1 uncompressed P-256 point, base64.
    pub public_key: String,
    /// The signature (ECDSA P-256 SHA-256, `r || s`), base64, over
    /// [`crate::trail::Signing`].
    pub value: String,
    /// The SHA-256 of the work as signed: the sign-off's `work_sha256`,
    /// unless the work was changed afterwards (the trail is then broken).
    pub work_sha256: String,
}

/// The reviewer's verdict on a variant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NoteReview {
    /// The reviewer's name.
    pub by: String,
    pub at: String,
    pub verdict: Verdict,
    pub comment: String,
    /// From the review that sent the case back: it is being interpreted
    /// again.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub returned: bool,
}

impl Default for NoteSignOff {
    /// A note written before sign-off was kept: no trail.
    fn default() -> NoteSignOff {
        NoteSignOff {
            round: Round::default(),
            interpreted_by: None,
            reviewed_by: None,
            self_review: false,
            work_sha256: String::new(),
            trail: NoteTrail { entries: 0, chain: "absent".into(), broken_at: None, problem: None },
            roster: None,
            verified: false,
        }
    }
}

impl NoteSignOff {
    pub fn signers(&self) -> impl Iterator<Item = &NoteSigner> {
        self.interpreted_by.iter().chain(&self.reviewed_by)
    }
}

/// What the note takes from the trail: the sign-off, and each variant's
/// review by `CHROM:POS:REF:ALT`.
#[derive(Debug, Clone)]
pub(crate) struct Checked {
    pub sign_off: NoteSignOff,
    pub reviews: BTreeMap<String, NoteReview>,
}

impl Checked {
    /// `session`'s trail checked, against `roster` when given.
    pub fn of(session: &Session, lang: Lang, roster: Option<&Roster>) -> Checked {
        let v = Verification::of_text(&session.to_json(), roster).expect("a session's own JSON is JSON");
        let p = &v.progress;
        let signer = |signed: Option<&Signed>| signed.and_then(|s| signer(session, &v, s, lang));
        let (broken_at, problem) = v.broken().map(|(seq, why)| (seq, why.render(lang))).unzip();
        let sign_off = NoteSignOff {
            round: p.round,
            interpreted_by: signer(p.submitted.as_ref().filter(|_| p.round != Round::Interpretation)),
            reviewed_by: signer(p.finalised.as_ref()),
            self_review: p.self_review,
            work_sha256: session.content_hash(),
            trail: NoteTrail { entries: v.entries, chain: v.chain.as_str().into(), broken_at, problem },
            roster: roster.map(|r| r.lab.clone()),
            verified: v.passed(),
        };
        // Back in interpretation, the verdicts that sent the case back are
        // what the interpreter works on.
        let returned = p.round == Round::Interpretation;
        let verdicts = if returned { &p.returned } else { &p.verdicts };
        let reviews = verdicts
            .iter()
            .map(|(key, r)| {
                let review = NoteReview {
                    by: r.by.name.clone(),
                    at: r.at.clone(),
                    verdict: r.verdict,
                    comment: r.comment.clone(),
                    returned,
                };
                (key.clone(), review)
            })
            .collect();
        Checked { sign_off, reviews }
    }

    /// Names and dates as a pseudonymised note gives them
    /// ([`crate::pseudonym`]): each name and comment through `scrub`,
    /// each time replaced by `date`.
    pub fn relabel(&mut self, scrub: impl Fn(&str) -> String, date: &str) {
        let signers = self.sign_off.interpreted_by.iter_mut().chain(&mut self.sign_off.reviewed_by);
        for s in signers {
            s.name = scrub(&s.name);
            s.roster_name = s.roster_name.as_deref().map(&scrub);
            date.clone_into(&mut s.at);
        }
        for r in self.reviews.values_mut() {
            r.by = scrub(&r.by);
            r.comment = scrub(&r.comment);
            date.clone_into(&mut r.at);
        }
    }
}

fn signer(session: &Session, v: &Verification, signed: &Signed, lang: Lang) -> Option<NoteSigner> {
    let entry = session.trail.iter().find(|e| e.seq == signed.seq)?;
    let (role, signature) = entry.action.signature()?;
    let check = v.signatures.iter().find(|c| c.seq == signed.seq)?;
    let (roster, roster_name) = match &check.listing {
        Listing::NoRoster => ("not_checked", None),
        Listing::Listed(name) => ("listed", Some(name.clone())),
        Listing::NotListed => ("not_listed", None),
    };
    Some(NoteSigner {
        name: entry.by.name.clone(),
        key: signature.key.clone(),
        at: entry.at.clone(),
        role,
        signature: if check.fault.is_none() { "valid" } else { "invalid" }.into(),
        roster: roster.into(),
        roster_name,
        problem: check.fault.map(|f| signature_phrase(f).render(lang)),
        public_key: signature.public_key.clone(),
        value: signature.value.clone(),
        work_sha256: entry.work.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::note::{fhir, markdown, Note};
    use crate::pseudonym::Pseudonyms;
    use crate::trail::signature::test_keys::TestKey;
    use crate::trail::testing::{interpreted, signed_off, submit, who, T0};
    use serde_json::Value;

    fn hand_edited(s: &Session, edit: impl FnOnce(&mut Value)) -> Session {
        let mut v: Value = serde_json::from_str(&s.to_json()).unwrap();
        edit(&mut v);
        Session::from_json(&v.to_string()).unwrap()
    }

    #[test]
    fn a_signed_off_note_names_both_signers_checked_against_the_roster() {
        let (s, roster) = signed_off();
        let note = Note::from_session_checked(&s, Lang::En, Some(&roster));
        let sign_off = &note.sign_off;
        assert_eq!((sign_off.round, sign_off.verified), (Round::Finalised, true));
        assert_eq!((sign_off.trail.chain.as_str(), sign_off.trail.entries), ("intact", s.trail.len()));
        assert_eq!(sign_off.work_sha256, s.content_hash());
        assert_eq!(sign_off.roster.as_deref(), Some("Lab"));
        let kari = sign_off.interpreted_by.as_ref().unwrap();
        let ola = sign_off.reviewed_by.as_ref().unwrap();
        assert_eq!(
            (kari.name.as_str(), kari.role, kari.key.clone()),
            ("Kari", Role::Interpreter, TestKey::new(1).id())
        );
        assert_eq!((ola.name.as_str(), ola.role), ("Ola", Role::Reviewer));
        for signer in [kari, ola] {
            assert_eq!((signer.signature.as_str(), signer.roster.as_str()), ("valid", "listed"));
            assert_eq!(signer.work_sha256, s.content_hash());
        }
        let review = note.findings[0].review.as_ref().unwrap();
        assert_eq!((review.by.as_str(), review.verdict, review.returned), ("Ola", Verdict::Agree, false));
        let md = markdown::render(&note);
        let kari_line = format!("| **Interpreted by** | Kari (key {}…), signed", &kari.key[..8]);
        assert!(md.contains(&kari_line), "{md}");
        assert!(md.contains("signature valid, in the lab's roster |"), "{md}");
        assert!(md.contains("| **Audit trail** | 8 entries, intact |"), "{md}");
        assert!(md.contains("| **Review** | Ola agreed (2026-12-07 10:00 UTC) |"), "{md}");
        assert!(!md.contains("cannot be trusted"), "{md}");
        // Without a roster the keys are checked, not their holders: not verified.
        let unchecked = Note::from_session(&s, Lang::En).sign_off;
        assert_eq!(unchecked.reviewed_by.unwrap().roster, "not_checked");
        assert!(!unchecked.verified && unchecked.roster.is_none());
    }

    #[test]
    fn work_edited_by_hand_after_sign_off_shows_as_a_broken_trail() {
        let (s, roster) = signed_off();
        let edited = hand_edited(&s, |v| v["variants"]["2:200:C:T"]["override_class"]["class"] = "benign".into());
        for lang in Lang::ALL {
            let note = Note::from_session_checked(&edited, lang, Some(&roster));
            let trail = &note.sign_off.trail;
            assert_eq!((trail.chain.as_str(), trail.broken_at), ("broken", Some(s.trail.len() as u64)));
            assert_eq!(trail.problem, Some(crate::trail::fault_phrase(crate::trail::Fault::WorkAfter).render(lang)));
            assert!(!note.sign_off.verified);
            let md = markdown::render(&note);
            let said = match lang {
                Lang::En => "The audit trail is broken at entry 8: the work was changed after this entry",
                Lang::Nb => "Revisjonssporet er brutt ved oppføring 8: arbeidet er endret",
            };
            assert!(md.contains(said), "{md}");
            assert_eq!(fhir::bundle(&note)["entry"][0]["resource"]["status"], "preliminary");
        }
    }

    #[test]
    fn a_signature_over_other_bytes_is_named_invalid_even_on_an_intact_chain() {
        let (s, roster) = signed_off();
        // Kari's signature put in Ola's entry, and its hash made again.
        let forged = hand_edited(&s, |v| {
            let trail = v["trail"].as_array_mut().unwrap();
            let last = trail.len() - 1;
            trail[last]["action"]["signature"]["value"] = trail[last - 3]["action"]["signature"]["value"].clone();
            let mut unhashed = trail[last].clone();
            unhashed.as_object_mut().unwrap().remove("hash");
            trail[last]["hash"] = crate::trail::canonical::hash(&unhashed).into();
        });
        let note = Note::from_session_checked(&forged, Lang::En, Some(&roster));
        assert_eq!(note.sign_off.trail.chain, "intact");
        let ola = note.sign_off.reviewed_by.as_ref().unwrap();
        assert_eq!(
            (ola.signature.as_str(), ola.problem.as_deref()),
            ("invalid", Some("the signature does not match this entry"))
        );
        assert!(!note.sign_off.verified);
        let md = markdown::render(&note);
        assert!(md.contains("The signature of Ola does not verify: the signature does not match this entry."), "{md}");
        assert!(md.contains("signature not valid (the signature does not match this entry)"), "{md}");
    }

    #[test]
    fn a_signature_invalid_or_not_the_lab_s_is_said_plainly() {
        let (s, roster) = signed_off();
        let kari_only = Roster::new("Lab", roster.analysts[..1].to_vec());
        let note = Note::from_session_checked(&s, Lang::En, Some(&kari_only));
        assert_eq!(note.sign_off.reviewed_by.as_ref().unwrap().roster, "not_listed");
        assert!(!note.sign_off.verified);
        let md = markdown::render(&note);
        assert!(md.contains("The signing key of Ola is not in the lab's roster."), "{md}");
        assert!(md.contains("signature valid, not in the lab's roster"), "{md}");
    }

    #[test]
    fn the_fhir_report_is_final_only_when_finalised_and_verified_with_its_provenance() {
        let (s, roster) = signed_off();
        let mut note = Note::from_session_checked(&s, Lang::En, Some(&roster));
        // Completeness is another test's matter: here only the sign-off counts.
        note.incomplete.clear();
        let bundle = fhir::bundle(&note);
        let entries = bundle["entry"].as_array().unwrap();
        let report = &entries[0]["resource"];
        assert_eq!(report["status"], "final");
        let of_type = |t: &'static str| entries.iter().filter(move |e| e["resource"]["resourceType"] == t);
        let practitioners: Vec<&Value> = of_type("Practitioner").collect();
        assert_eq!(practitioners.len(), 2);
        let interpreters = report["resultsInterpreter"].as_array().unwrap();
        assert_eq!(interpreters.len(), 2);
        assert_eq!(interpreters[0]["reference"], practitioners[0]["fullUrl"]);
        assert_eq!(practitioners[0]["resource"]["name"][0]["text"], "Kari");
        assert_eq!(practitioners[1]["resource"]["identifier"][0]["value"], TestKey::new(2).id());
        let provenance = &of_type("Provenance").next().unwrap()["resource"];
        assert_eq!(provenance["target"][0]["reference"], entries[0]["fullUrl"]);
        assert_eq!(provenance["entity"][0]["what"]["identifier"]["value"], s.content_hash());
        let agents: Vec<&Value> =
            provenance["agent"].as_array().unwrap().iter().map(|a| &a["type"]["coding"][0]["code"]).collect();
        assert_eq!(agents, ["author", "verifier"]);
        let signatures = provenance["signature"].as_array().unwrap();
        let codes: Vec<&Value> = signatures.iter().map(|s| &s["type"][0]["code"]).collect();
        assert_eq!(codes, ["1.2.840.10065.1.12.1.1", "1.2.840.10065.1.12.1.5"]);
        assert_eq!(signatures[1]["data"], note.sign_off.reviewed_by.as_ref().unwrap().value.as_str());
        assert_eq!(signatures[0]["who"]["reference"], practitioners[0]["fullUrl"]);

        // In review: signed by the interpreter only, preliminary.
        let kari = TestKey::new(1);
        let mut in_review = interpreted(&kari);
        submit(&mut in_review, &kari, "Kari");
        let mut note = Note::from_session_checked(&in_review, Lang::En, Some(&roster));
        note.incomplete.clear();
        assert_eq!(note.sign_off.round, Round::Review);
        assert!(note.sign_off.reviewed_by.is_none() && note.sign_off.verified);
        let bundle = fhir::bundle(&note);
        assert_eq!(bundle["entry"][0]["resource"]["status"], "preliminary");
        assert_eq!(bundle["entry"][0]["resource"]["resultsInterpreter"].as_array().unwrap().len(), 1);
        let provenance =
            bundle["entry"].as_array().unwrap().iter().find(|e| e["resource"]["resourceType"] == "Provenance");
        assert_eq!(provenance.unwrap()["resource"]["signature"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn a_case_sent_back_shows_the_verdicts_that_sent_it_and_no_standing_signature() {
        let (kari, ola) = (TestKey::new(1), TestKey::new(2));
        let mut s = interpreted(&kari);
        submit(&mut s, &kari, "Kari");
        let by = who("Ola", &ola);
        s.review(&by, T0, "2:200:C:T", Verdict::Disagree, "PM2 does not apply").unwrap();
        s.send_back(&by, T0, "See 2:200").unwrap();
        let note = Note::from_session(&s, Lang::En);
        assert_eq!(note.sign_off.round, Round::Interpretation);
        assert!(note.sign_off.interpreted_by.is_none(), "a submission sent back no longer stands");
        let review = note.findings[1].review.as_ref().unwrap();
        assert_eq!(
            (review.verdict, review.returned, review.comment.as_str()),
            (Verdict::Disagree, true, "PM2 does not apply")
        );
        assert!(note.findings[0].review.is_none());
        let md = markdown::render(&note);
        assert!(
            md.contains("Ola disagreed (2026-12-07 10:00 UTC): PM2 does not apply; the case was sent back"),
            "{md}"
        );
    }

    #[test]
    fn a_pseudonymised_note_keeps_the_real_work_s_sign_off_without_its_dates() {
        let (s, roster) = signed_off();
        let pseudonyms = Pseudonyms::new(&["NA12878".into()], &s.file.name, Lang::En);
        let note = pseudonyms.note(&s, Lang::En, Some(&roster));
        assert!(note.pseudonymised);
        let copy = Note::from_session_checked(&pseudonyms.session(&s), Lang::En, Some(&roster));
        assert_eq!(copy.sign_off.trail.chain, "absent", "a pseudonymised copy carries no trail");
        assert!(note.sign_off.verified, "checked on the real work, which the trail is of");
        let ola = note.sign_off.reviewed_by.as_ref().unwrap();
        assert_eq!(ola.at, pseudonyms.date());
        assert_eq!(note.findings[0].review.as_ref().unwrap().at, pseudonyms.date());
        let bundle = fhir::bundle(&note);
        let types: Vec<&Value> =
            bundle["entry"].as_array().unwrap().iter().map(|e| &e["resource"]["resourceType"]).collect();
        assert!(!types.contains(&&Value::from("Provenance")), "a Provenance must say when: {types:?}");
    }

    #[test]
    fn a_session_without_a_trail_says_so() {
        let file = crate::session::FileIdentity { name: "x.vcf".into(), size: 1, sha256: "cd".repeat(32) };
        let note = Note::from_session(&Session::new(file, "test", T0), Lang::Nb);
        assert_eq!((note.sign_off.trail.chain.as_str(), note.sign_off.verified), ("absent", false));
        assert!(markdown::render(&note).contains("Ingen revisjonsspor"));
        let bundle = fhir::bundle(&note);
        assert!(bundle["entry"].as_array().unwrap().iter().all(|e| e["resource"]["resourceType"] != "Provenance"));
    }

    #[test]
    fn every_string_of_the_sign_off_stays_text_in_html() {
        let (s, _) = signed_off();
        let hostile = "<img src=x onerror=alert(1)>";
        let mut note = Note::from_session(&s, Lang::En);
        let ola = note.sign_off.reviewed_by.as_mut().unwrap();
        ola.name = hostile.into();
        ola.key = hostile.into();
        note.sign_off.roster = Some(hostile.into());
        note.findings[0].review.as_mut().unwrap().comment = hostile.into();
        let html = crate::note::html::render(&note, &crate::note::Figures::default());
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }
}
