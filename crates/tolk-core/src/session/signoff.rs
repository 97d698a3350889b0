//! The session's side of the audit trail: every change to the work goes
//! through [`Session::change`], which appends what changed; the review
//! rounds' steps append theirs. Each entry is checked against the rounds
//! before it is written, so a session never holds a trail Tolk itself
//! would refuse.

use super::{CaseContext, NoteText, Session, VariantWork};
use crate::acmg::Thresholds;
use crate::phrase::Phrase;
use crate::trail::canonical::hash;
use crate::trail::diff::changes_at;
use crate::trail::entry::GENESIS;
use crate::trail::signature::verify;
use crate::trail::signature::Signing;
#[cfg(doc)]
use crate::trail::verify::CONTENT_FIELDS;
use crate::trail::{Action, Change, Entry, Progress, Role, Rule, Signature, SignatureFault, Verdict, Who};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// The session's fields that are the work, but its variants, borrowed,
/// named as in the file ([`CONTENT_FIELDS`]).
#[derive(Serialize)]
struct Content<'a> {
    file: FileContent<'a>,
    analyst: &'a String,
    thresholds: &'a Thresholds,
    context: &'a CaseContext,
    note: &'a NoteText,
}

/// The file as the work knows it: its bytes, not its name.
#[derive(Serialize, Clone, PartialEq)]
struct FileContent<'a> {
    size: u64,
    sha256: &'a str,
}

/// The work as it was before a change, to tell what the change changed
/// without writing the whole session out twice.
struct Before {
    size: u64,
    sha256: String,
    analyst: String,
    thresholds: Thresholds,
    context: CaseContext,
    note: NoteText,
    variants: BTreeMap<String, VariantWork>,
}

/// Each variant's hash as last computed, beside the work it was computed
/// from: an edit hashes again only the variants it changed. An entry is
/// used only when its work equals the variant's now, so it can be stale
/// but never wrong. Not saved, not compared, not cloned.
#[derive(Default)]
pub struct HashCache(Mutex<BTreeMap<String, (VariantWork, String)>>);

impl Clone for HashCache {
    fn clone(&self) -> HashCache {
        HashCache::default()
    }
}

impl PartialEq for HashCache {
    fn eq(&self, _: &HashCache) -> bool {
        true
    }
}

impl std::fmt::Debug for HashCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HashCache")
    }
}

/// `value` as JSON read back from its text: what a check of the saved
/// file reads.
fn as_read<T: Serialize>(value: &T) -> Value {
    let text = serde_json::to_string(value).expect("the work always serialises");
    serde_json::from_str(&text).expect("what was just written reads back")
}

/// Edits of the same text this close together are one change in the
/// trail ([`Session::change`]).
pub const TYPING_PAUSE_SECONDS: i64 = 120;

/// Seconds from `from` to `to`, both ISO 8601 times in UTC as the browser
/// writes them (`2026-12-07T10:00:00.000Z`), on the same day; `None`
/// otherwise (a merge is then simply not made).
fn seconds_between(from: &str, to: &str) -> Option<i64> {
    let ((day_a, a), (day_b, b)) = (clock(from)?, clock(to)?);
    (day_a == day_b).then_some(b - a)
}

/// An ISO 8601 time's day and its seconds into the day.
fn clock(t: &str) -> Option<(&str, i64)> {
    let (day, time) = t.split_once('T')?;
    let mut parts = time.get(..8)?.split(':').map(|p| p.parse::<i64>().ok());
    let (h, m, s) = (parts.next()??, parts.next()??, parts.next()??);
    Some((day, h * 3600 + m * 60 + s))
}

/// Why a step was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepError {
    /// The rounds do not allow it now.
    Rule(Rule),
    /// The signature is not the signer's over this step.
    Signature(SignatureFault),
}

impl StepError {
    pub fn phrase(&self) -> Phrase {
        match self {
            StepError::Rule(rule) => crate::trail::rule_phrase(*rule),
            StepError::Signature(fault) => crate::trail::signature_phrase(*fault),
        }
    }
}

impl Session {
    /// The work as JSON, as it would be read back from the saved file
    /// (the fields [`CONTENT_FIELDS`] names), each variant's work given by
    /// its hash: the form [`crate::trail::verify::work_hash_of`] hashes.
    fn hashed_content(&self) -> Value {
        let content = Content {
            file: FileContent { size: self.file.size, sha256: &self.file.sha256 },
            analyst: &self.analyst,
            thresholds: &self.thresholds,
            context: &self.context,
            note: &self.note,
        };
        let mut value = as_read(&content);
        let mut cache = self.hashes.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        cache.retain(|key, _| self.variants.contains_key(key));
        let variants = self.variants.iter().map(|(key, work)| {
            let known = cache.get(key).filter(|(was, _)| was == work).map(|(_, h)| h.clone());
            let h = known.unwrap_or_else(|| {
                let h = hash(&as_read(work));
                cache.insert(key.clone(), (work.clone(), h.clone()));
                h
            });
            (key.clone(), Value::String(h))
        });
        value["variants"] = Value::Object(variants.collect());
        value
    }

    /// The SHA-256 of the work: what a sign-off signs, and what each
    /// entry of the trail says the work was after it.
    pub fn content_hash(&self) -> String {
        hash(&self.hashed_content())
    }

    fn before(&self) -> Before {
        Before {
            size: self.file.size,
            sha256: self.file.sha256.clone(),
            analyst: self.analyst.clone(),
            thresholds: self.thresholds,
            context: self.context.clone(),
            note: self.note.clone(),
            variants: self.variants.clone(),
        }
    }

    /// What changed since `before`, as paths with the values before and
    /// after: only the parts that differ are written out to compare.
    fn changes_since(&self, before: &Before) -> Vec<crate::trail::Change> {
        let mut out = Vec::new();
        let mut part = |path: &str, was: Value, now: Value| changes_at(path, &was, &now, &mut out);
        let file = |size, sha256: &str| as_read(&FileContent { size, sha256 });
        if (before.size, before.sha256.as_str()) != (self.file.size, self.file.sha256.as_str()) {
            part("file", file(before.size, &before.sha256), file(self.file.size, &self.file.sha256));
        }
        if before.analyst != self.analyst {
            part("analyst", as_read(&before.analyst), as_read(&self.analyst));
        }
        if before.thresholds != self.thresholds {
            part("thresholds", as_read(&before.thresholds), as_read(&self.thresholds));
        }
        if before.context != self.context {
            part("context", as_read(&before.context), as_read(&self.context));
        }
        if before.note != self.note {
            part("note", as_read(&before.note), as_read(&self.note));
        }
        let keys: std::collections::BTreeSet<&String> = before.variants.keys().chain(self.variants.keys()).collect();
        for key in keys {
            let (was, now) = (before.variants.get(key), self.variants.get(key));
            if was != now {
                let read = |w: Option<&VariantWork>| w.map_or(Value::Null, as_read);
                part(&format!("variants.{key}"), read(was), read(now));
            }
        }
        out
    }

    /// Where the case stands, replayed from the trail (a trail this
    /// session wrote always replays; one that does not stops where it
    /// breaks a rule).
    pub fn progress(&self) -> Progress {
        Progress::replay_until_broken(&self.trail).0
    }

    /// Changes the work by `change` and appends what changed, by `by` at
    /// `at`; refused outside interpretation. A change that changes nothing
    /// appends nothing.
    pub fn change(&mut self, by: &Who, at: &str, change: impl FnOnce(&mut Session)) -> Result<(), StepError> {
        if !self.progress().editable() {
            return Err(StepError::Rule(Rule::ChangeOutsideInterpretation));
        }
        self.begin_trail(by, at);
        let before = self.before();
        change(self);
        let found = self.changes_since(&before);
        if found.is_empty() {
            return Ok(());
        }
        match self.typing_on(by, at, &found) {
            // The text typed on, in the same fields, by the same analyst, a
            // moment later: one change from where the typing began.
            Some(merged) => {
                self.trail.pop();
                if merged.iter().any(|c| c.before != c.after) {
                    self.append(by, at, Action::Changed { changes: merged })?;
                }
                Ok(())
            }
            None => self.append(by, at, Action::Changed { changes: found }),
        }
    }

    /// When `found` goes on typing what the last entry typed (the same
    /// text fields, the same analyst, within [`TYPING_PAUSE_SECONDS`]), the
    /// two as one change: before as the last entry had it, after as now.
    /// A text is saved at each pause in typing; without this the trail
    /// would hold every pause's whole text twice.
    fn typing_on(&self, by: &Who, at: &str, found: &[Change]) -> Option<Vec<Change>> {
        let last = self.trail.last()?;
        let Action::Changed { changes } = &last.action else { return None };
        let text = |c: &Change| c.after.is_string() && (c.before.is_string() || c.before.is_null());
        let same_fields = changes.len() == found.len() && changes.iter().zip(found).all(|(a, b)| a.path == b.path);
        let soon = seconds_between(&last.at, at).is_some_and(|s| (0..=TYPING_PAUSE_SECONDS).contains(&s));
        if last.by != *by || !same_fields || !soon || !found.iter().all(text) || !changes.iter().all(text) {
            return None;
        }
        let merged = changes.iter().zip(found);
        Some(
            merged
                .map(|(a, b)| Change { path: a.path.clone(), before: a.before.clone(), after: b.after.clone() })
                .collect(),
        )
    }

    /// The bytes to sign for the next step in `role`, by `by` at `at`
    /// (`self_review`: a reviewer finalising their own interpretation).
    pub fn signing_message(&mut self, role: Role, by: &Who, at: &str, self_review: bool) -> Vec<u8> {
        self.begin_trail(by, at);
        let key = by.key.clone().unwrap_or_default();
        let (work, prev) = (self.content_hash(), self.head());
        Signing { role, by, key: &key, at, work: &work, prev: &prev, self_review }.message()
    }

    /// The interpreter sends the case for review, `signature` over
    /// [`Session::signing_message`] with the same `by` and `at`.
    pub fn submit(&mut self, by: &Who, at: &str, signature: Signature) -> Result<(), StepError> {
        self.signed_step(Role::Interpreter, by, at, signature, false, |signature| Action::Submitted { signature })
    }

    /// The reviewer's verdict on one variant.
    pub fn review(
        &mut self,
        by: &Who,
        at: &str,
        variant: &str,
        verdict: Verdict,
        comment: &str,
    ) -> Result<(), StepError> {
        let action = Action::Reviewed { variant: variant.to_owned(), verdict, comment: comment.to_owned() };
        self.append(by, at, action)
    }

    /// The reviewer sends the case back to interpretation.
    pub fn send_back(&mut self, by: &Who, at: &str, comment: &str) -> Result<(), StepError> {
        self.append(by, at, Action::SentBack { comment: comment.to_owned() })
    }

    /// The reviewer finalises, having agreed with every worked variant;
    /// `self_review` when the lab allows an analyst to review their own
    /// work (training).
    pub fn finalise(&mut self, by: &Who, at: &str, signature: Signature, self_review: bool) -> Result<(), StepError> {
        let variants: Vec<String> = self.variants.keys().cloned().collect();
        self.signed_step(Role::Reviewer, by, at, signature, self_review, |signature| Action::Finalised {
            signature,
            variants,
            self_review,
        })
    }

    /// A finalised case opened again, for a reason the trail keeps.
    pub fn reopen(&mut self, by: &Who, at: &str, reason: &str) -> Result<(), StepError> {
        self.append(by, at, Action::Reopened { reason: reason.to_owned() })
    }

    /// Notes that the session was taken in from `file_name`.
    pub fn record_import(&mut self, by: &Who, at: &str, file_name: &str) -> Result<(), StepError> {
        self.append(by, at, Action::Imported { file_name: file_name.to_owned() })
    }

    fn signed_step(
        &mut self,
        role: Role,
        by: &Who,
        at: &str,
        signature: Signature,
        self_review: bool,
        action: impl FnOnce(Signature) -> Action,
    ) -> Result<(), StepError> {
        let message = self.signing_message(role, by, at, self_review);
        verify(&signature, &message).map_err(StepError::Signature)?;
        self.append(by, at, action(signature))
    }

    /// The last entry's hash.
    fn head(&self) -> String {
        self.trail.last().map_or_else(|| GENESIS.to_owned(), |e| e.hash.clone())
    }

    /// Starts the trail, recording the work as it is, if it has not begun.
    fn begin_trail(&mut self, by: &Who, at: &str) {
        if self.trail.is_empty() {
            let entry = self.entry(by, at, Action::Began { worked: self.variants.len() });
            self.trail.push(entry);
        }
    }

    fn append(&mut self, by: &Who, at: &str, action: Action) -> Result<(), StepError> {
        self.begin_trail(by, at);
        let entry = self.entry(by, at, action);
        self.progress().allows(&entry, self.trail.last(), false).map_err(StepError::Rule)?;
        self.trail.push(entry);
        Ok(())
    }

    fn entry(&self, by: &Who, at: &str, action: Action) -> Entry {
        let mut entry = Entry {
            seq: self.trail.len() as u64 + 1,
            at: at.to_owned(),
            by: by.clone(),
            action,
            work: self.content_hash(),
            prev: self.head(),
            hash: String::new(),
        };
        // Through text, as a check reads it.
        let text = serde_json::to_string(&entry).expect("an entry serialises");
        let mut value: Value = serde_json::from_str(&text).expect("an entry reads back");
        value.as_object_mut().expect("an entry is an object").remove("hash");
        entry.hash = hash(&value);
        entry
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Report;
    use crate::trail::signature::test_keys::TestKey;
    use crate::trail::testing::{agree_all, analyst, finalise, interpreted, lab, signed_off, submit, who, T0};
    use crate::trail::{Chain, Fault, Listing, Roster, Round, Verification};

    fn check(s: &Session, roster: Option<&Roster>) -> Verification {
        Verification::of_text(&s.to_json(), roster).unwrap()
    }

    fn edited(s: &Session, edit: impl FnOnce(&mut Value)) -> Verification {
        let mut v: Value = serde_json::from_str(&s.to_json()).unwrap();
        edit(&mut v);
        Verification::of_value(&v, Some(&lab()))
    }

    fn trail(v: &mut Value) -> &mut Vec<Value> {
        v["trail"].as_array_mut().unwrap()
    }

    #[test]
    fn every_change_is_appended_and_the_chain_verifies() {
        let s = interpreted(&TestKey::new(1));
        // Began, two variants, the conclusion.
        assert_eq!(s.trail.len(), 4);
        assert!(matches!(s.trail[0].action, Action::Began { worked: 0 }));
        let Action::Changed { changes } = &s.trail[3].action else { panic!("a change") };
        assert_eq!(changes[0].path, "note.conclusion");
        assert_eq!(changes[0].after, Value::String("A likely diagnosis.".into()));
        assert!(s.trail.windows(2).all(|w| w[1].prev == w[0].hash));
        let v = check(&s, None);
        assert_eq!((v.chain, v.broken_at, v.progress.round), (Chain::Intact, None, Round::Interpretation));
        assert!(v.passed());
    }

    #[test]
    fn a_change_that_changes_nothing_appends_nothing() {
        let mut s = interpreted(&TestKey::new(1));
        let n = s.trail.len();
        s.change(&Who::default(), T0, |s| s.note.conclusion = "A likely diagnosis.".into()).unwrap();
        assert_eq!(s.trail.len(), n);
    }

    #[test]
    fn the_chain_survives_a_save_and_a_read() {
        let (s, roster) = signed_off();
        let back = Session::from_json(&s.to_json()).unwrap();
        assert_eq!(back.trail, s.trail);
        assert!(check(&back, Some(&roster)).passed());
    }

    #[test]
    fn a_changed_entry_breaks_the_chain_there() {
        let s = interpreted(&TestKey::new(1));
        let v = edited(&s, |v| trail(v)[2]["at"] = "2020-01-01T00:00:00Z".into());
        assert_eq!((v.chain, v.broken_at), (Chain::Broken, Some((3, Fault::Hash))));
        assert!(!v.passed());
    }

    #[test]
    fn an_entry_whose_hash_was_made_again_breaks_the_next_link() {
        let s = interpreted(&TestKey::new(1));
        let v = edited(&s, |v| {
            let entry = &mut trail(v)[1];
            entry["by"]["name"] = "Mallory".into();
            let mut unhashed = entry.clone();
            unhashed.as_object_mut().unwrap().remove("hash");
            entry["hash"] = hash(&unhashed).into();
        });
        assert_eq!(v.broken_at, Some((3, Fault::Previous)));
    }

    #[test]
    fn a_removed_entry_breaks_the_chain_after_the_gap() {
        let s = interpreted(&TestKey::new(1));
        let v = edited(&s, |v| {
            trail(v).remove(1);
        });
        assert_eq!(v.broken_at, Some((2, Fault::Sequence)));
        let v = edited(&s, |v| {
            trail(v).pop();
        });
        assert_eq!(v.broken_at, Some((3, Fault::WorkAfter)), "the last change is gone, the work it made is not");
    }

    #[test]
    fn reordered_entries_break_the_chain() {
        let s = interpreted(&TestKey::new(1));
        let v = edited(&s, |v| trail(v).swap(1, 2));
        assert_eq!(v.broken_at, Some((2, Fault::Sequence)));
        let v = edited(&s, |v| {
            let t = trail(v);
            t.swap(1, 2);
            t[1]["seq"] = 2.into();
            t[2]["seq"] = 3.into();
        });
        assert_eq!(v.chain, Chain::Broken);
        assert_eq!(v.broken_at.map(|(seq, _)| seq), Some(2));
    }

    #[test]
    fn the_work_edited_by_hand_after_sign_off_is_found() {
        let (s, roster) = signed_off();
        assert!(check(&s, Some(&roster)).passed());
        let v = edited(&s, |v| v["variants"]["2:200:C:T"]["override_class"]["class"] = "benign".into());
        assert_eq!((v.chain, v.broken_at), (Chain::Broken, Some((s.trail.len() as u64, Fault::WorkAfter))));
        let v = edited(&s, |v| v["note"]["conclusion"] = "No diagnosis.".into());
        assert!(!v.passed());
        // How it is kept, not what it says: no break.
        let v = edited(&s, |v| v["revision"] = 99.into());
        assert!(v.passed());
        let v = edited(&s, |v| v["file"]["name"] = "same-bytes-other-name.vcf.gz".into());
        assert!(v.passed(), "the file is its checksum");
        let v = edited(&s, |v| v["file"]["sha256"] = "cd".repeat(32).into());
        assert!(!v.passed());
    }

    #[test]
    fn sign_off_records_both_analysts_and_verifies_against_the_roster() {
        let (s, roster) = signed_off();
        let p = s.progress();
        assert_eq!(p.round, Round::Finalised);
        assert_eq!(p.submitted.as_ref().map(|x| x.by.name.as_str()), Some("Kari"));
        assert_eq!(p.finalised.as_ref().map(|x| x.by.name.as_str()), Some("Ola"));
        let v = check(&s, Some(&roster));
        let names: Vec<_> = v.signatures.iter().map(|c| (c.role, c.listing.clone(), c.fault)).collect();
        assert_eq!(
            names,
            [
                (Role::Interpreter, Listing::Listed("Kari".into()), None),
                (Role::Reviewer, Listing::Listed("Ola".into()), None)
            ]
        );
        // A roster without Ola: his signature is valid but not the lab's.
        let kari_only = Roster::new("Lab", roster.analysts[..1].to_vec());
        let v = check(&s, Some(&kari_only));
        assert_eq!(v.signatures[1].listing, Listing::NotListed);
        assert!(!v.passed());
        // Without a roster: valid signatures, but by keys nobody vouched for.
        let v = check(&s, None);
        assert!(v.signatures.iter().all(|c| c.fault.is_none() && c.listing == Listing::NoRoster));
        assert!(!v.passed());
    }

    #[test]
    fn a_signature_over_other_work_is_refused() {
        let kari = TestKey::new(1);
        let mut s = interpreted(&kari);
        let by = who("Kari", &kari);
        let signature = kari.sign(&s.signing_message(Role::Interpreter, &by, T0, false));
        s.change(&by, T0, |s| s.note.conclusion = "Changed after signing.".into()).unwrap();
        assert_eq!(s.submit(&by, T0, signature), Err(StepError::Signature(SignatureFault::Invalid)));
        let ola = TestKey::new(2);
        let forged = ola.sign(&s.signing_message(Role::Interpreter, &by, T0, false));
        // Ola's key signing in Kari's name.
        assert_eq!(s.submit(&by, T0, forged), Err(StepError::Rule(Rule::UnsignedStep)));
    }

    #[test]
    fn the_reviewer_must_be_another_analyst_unless_the_lab_allows_training() {
        let kari = TestKey::new(1);
        let mut s = interpreted(&kari);
        submit(&mut s, &kari, "Kari");
        agree_all(&mut s, &kari, "Kari");
        assert_eq!(finalise(&mut s, &kari, "Kari", false), Err(StepError::Rule(Rule::SameReviewer)));
        finalise(&mut s, &kari, "Kari", true).unwrap();
        assert!(s.progress().self_review);
        // The setting is the lab's, in its roster: a session cannot claim it.
        let v = check(&s, Some(&lab()));
        assert_eq!(v.rule.map(|r| r.rule), Some(Rule::SelfReviewNotAllowed));
        let training = Roster { allow_self_review: true, ..lab() };
        assert!(check(&s, Some(&training)).passed());
    }

    #[test]
    fn a_disagreement_sends_the_case_back_with_the_reviewers_words() {
        let (kari, ola) = (TestKey::new(1), TestKey::new(2));
        let mut s = interpreted(&kari);
        submit(&mut s, &kari, "Kari");
        let by = who("Ola", &ola);
        s.review(&by, T0, "2:100:C:T", Verdict::Agree, "").unwrap();
        s.review(&by, T0, "2:200:C:T", Verdict::Disagree, "PM2 does not apply: gnomAD has it").unwrap();
        assert_eq!(finalise(&mut s, &ola, "Ola", false), Err(StepError::Rule(Rule::NotAgreed)));
        // No change during review.
        let refused = s.change(&by, T0, |s| s.note.conclusion = "x".into());
        assert_eq!(refused, Err(StepError::Rule(Rule::ChangeOutsideInterpretation)));
        s.send_back(&by, T0, "See 2:200").unwrap();
        let p = s.progress();
        assert_eq!((p.round, p.number), (Round::Interpretation, 2));
        assert_eq!(p.returned["2:200:C:T"].comment, "PM2 does not apply: gnomAD has it");
        // Kari amends, sends again; Ola agrees and finalises.
        s.change(&who("Kari", &kari), T0, |s| s.variants.get_mut("2:200:C:T").unwrap().report = Some(Report::VusList))
            .unwrap();
        submit(&mut s, &kari, "Kari");
        assert!(s.progress().returned.is_empty());
        agree_all(&mut s, &ola, "Ola");
        finalise(&mut s, &ola, "Ola", false).unwrap();
        assert!(check(&s, Some(&lab())).passed());
    }

    #[test]
    fn a_finalised_case_is_closed_until_reopened() {
        let (mut s, _) = signed_off();
        let kari = TestKey::new(1);
        let by = who("Kari", &kari);
        assert!(s.change(&by, T0, |s| s.note.conclusion = "x".into()).is_err());
        s.reopen(&by, T0, "New segregation data").unwrap();
        s.change(&by, T0, |s| s.note.conclusion = "Amended.".into()).unwrap();
        let p = s.progress();
        assert_eq!((p.round, p.number, p.finalised), (Round::Interpretation, 2, None));
        assert!(check(&s, Some(&lab())).passed());
    }

    #[test]
    fn a_trail_that_breaks_a_rule_is_reported_at_that_entry() {
        let (s, _) = signed_off();
        // A change appended after finalising, with every hash made right.
        let kari = TestKey::new(1);
        let mut forged = s.clone();
        forged.note.conclusion = "Forged.".into();
        let entry = forged.entry(&who("Kari", &kari), T0, Action::Changed { changes: vec![] });
        forged.trail.push(entry);
        let v = check(&forged, None);
        assert_eq!(v.chain, Chain::Intact, "every hash is right");
        let rule = v.rule.as_ref().map(|r| (r.seq, r.rule));
        assert_eq!(rule, Some((forged.trail.len() as u64, Rule::ChangeOutsideInterpretation)));
        assert!(!v.passed());
    }

    #[test]
    fn a_session_without_a_trail_does_not_pass() {
        let file = crate::session::FileIdentity { name: "x.vcf".into(), size: 1, sha256: "cd".repeat(32) };
        let v = check(&Session::new(file, "test", T0), None);
        assert_eq!(v.chain, Chain::Absent);
        assert!(!v.passed());
    }

    #[test]
    fn a_finalisation_rewritten_to_cover_fewer_variants_is_found() {
        let (s, roster) = signed_off();
        let v = edited(&s, |v| {
            let last = v["trail"].as_array_mut().unwrap().last_mut().unwrap();
            last["action"]["variants"] = serde_json::json!(["2:100:C:T"]);
            let mut unhashed = last.clone();
            unhashed.as_object_mut().unwrap().remove("hash");
            last["hash"] = hash(&unhashed).into();
        });
        assert_eq!(v.chain, Chain::Intact, "every hash made right");
        assert_eq!(v.rule.map(|r| (r.seq, r.rule)), Some((s.trail.len() as u64, Rule::NotAgreed)));
        // Claiming the training setting afterwards breaks the reviewer's signature.
        let v = edited(&s, |v| {
            let last = v["trail"].as_array_mut().unwrap().last_mut().unwrap();
            last["action"]["self_review"] = true.into();
            let mut unhashed = last.clone();
            unhashed.as_object_mut().unwrap().remove("hash");
            last["hash"] = hash(&unhashed).into();
        });
        assert!(v.signatures.iter().any(|c| c.fault == Some(SignatureFault::Invalid)));
        assert!(!v.passed());
        assert!(check(&s, Some(&roster)).passed());
    }

    #[test]
    fn a_disagreement_cannot_be_finalised_over() {
        let (kari, ola, per) = (TestKey::new(1), TestKey::new(2), TestKey::new(3));
        let mut s = interpreted(&kari);
        submit(&mut s, &kari, "Kari");
        s.review(&who("Ola", &ola), T0, "2:200:C:T", Verdict::Disagree, "no").unwrap();
        agree_all(&mut s, &per, "Per");
        assert_eq!(finalise(&mut s, &per, "Per", false), Err(StepError::Rule(Rule::NotAgreed)));
    }

    #[test]
    fn one_analyst_with_a_key_in_each_browser_is_still_one_person() {
        let (kari, kari_at_home, ola) = (TestKey::new(1), TestKey::new(3), TestKey::new(2));
        let mut s = interpreted(&kari);
        submit(&mut s, &kari, "Kari");
        agree_all(&mut s, &kari_at_home, "Kari");
        finalise(&mut s, &kari_at_home, "Kari", false).unwrap();
        let roster =
            Roster::new("Lab", vec![analyst("Kari", &kari), analyst("Kari", &kari_at_home), analyst("Ola", &ola)]);
        let v = check(&s, Some(&roster));
        assert_eq!(v.rule.map(|r| r.rule), Some(Rule::SameReviewer));
        // A reviewer who changed the work is one of its interpreters.
        let mut s = interpreted(&kari);
        s.change(&who("Ola", &ola), T0, |s| s.note.conclusion = "Ola's words".into()).unwrap();
        submit(&mut s, &kari, "Kari");
        agree_all(&mut s, &ola, "Ola");
        assert_eq!(finalise(&mut s, &ola, "Ola", false), Err(StepError::Rule(Rule::SameReviewer)));
    }

    #[test]
    fn typing_on_in_one_field_is_one_change_from_where_it_began() {
        let kari = TestKey::new(1);
        let mut s = interpreted(&kari);
        let n = s.trail.len();
        let by = who("Kari", &kari);
        let type_at = |s: &mut Session, at: &str, text: &str| {
            s.change(&by, at, |s| s.note.referral = text.into()).unwrap();
        };
        type_at(&mut s, "2026-12-07T10:00:00.000Z", "Infantile");
        type_at(&mut s, "2026-12-07T10:00:30.000Z", "Infantile epileptic");
        type_at(&mut s, "2026-12-07T10:01:10.000Z", "Infantile epileptic encephalopathy");
        assert_eq!(s.trail.len(), n + 1);
        let Action::Changed { changes } = &s.trail[n].action else { panic!("a change") };
        assert_eq!(
            (&changes[0].before, &changes[0].after),
            (&Value::String(String::new()), &"Infantile epileptic encephalopathy".into())
        );
        assert_eq!(s.trail[n].at, "2026-12-07T10:01:10.000Z");
        // Later, or by someone else: a change of its own.
        type_at(&mut s, "2026-12-07T10:30:00.000Z", "Infantile epileptic encephalopathy.");
        s.change(&who("Ola", &TestKey::new(2)), "2026-12-07T10:30:10.000Z", |s| s.note.referral = "IEE".into())
            .unwrap();
        assert_eq!(s.trail.len(), n + 3);
        let by_ola = who("Ola", &TestKey::new(2));
        s.change(&by_ola, "2026-12-07T10:30:20.000Z", |s| s.note.referral = "IEE?".into()).unwrap();
        assert_eq!(s.trail.len(), n + 3, "merged with Ola's last");
        // Typed and taken back within the pause: nothing is left of it.
        let back = "Infantile epileptic encephalopathy.";
        s.change(&by_ola, "2026-12-07T10:30:40.000Z", |s| s.note.referral = back.into()).unwrap();
        assert_eq!(s.trail.len(), n + 2);
        assert!(check(&s, Some(&lab())).passed());
        // A criterion ticked and unticked is not typing: each is kept.
        let key = s.variants.keys().next().unwrap().clone();
        let tick = |s: &mut Session, on: bool, at: &str| {
            s.change(&by, at, |s| s.variants.get_mut(&key).unwrap().discuss = on).unwrap();
        };
        let m = s.trail.len();
        tick(&mut s, true, "2026-12-07T10:40:00.000Z");
        tick(&mut s, false, "2026-12-07T10:40:05.000Z");
        assert_eq!(s.trail.len(), m + 2);
        assert!(check(&s, Some(&lab())).passed());
    }

    #[test]
    fn seconds_between_browser_times() {
        assert_eq!(seconds_between("2026-12-07T10:00:00.000Z", "2026-12-07T10:02:00.500Z"), Some(120));
        assert_eq!(seconds_between("2026-12-07T23:59:00.000Z", "2026-12-08T00:00:10.000Z"), None);
        assert_eq!(seconds_between("garbage", "2026-12-07T10:00:00.000Z"), None);
    }

    #[test]
    fn the_content_is_the_named_fields_of_the_file() {
        let (s, _) = signed_off();
        let whole: Value = serde_json::from_str(&s.to_json()).unwrap();
        let read = crate::trail::verify::work_hash_of(&crate::trail::verify::content_of(&whole));
        assert_eq!(s.content_hash(), read);
        // From its variants' hashes kept, and afresh: the same.
        let fresh = Session::from_json(&s.to_json()).unwrap();
        assert_eq!(fresh.content_hash(), read);
    }
}
