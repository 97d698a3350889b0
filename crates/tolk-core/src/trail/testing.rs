//! Sessions taken through the rounds with fixed keys, for the tests of the
//! session's steps and of the note's sign-off: one set of builders, so
//! the two cannot drift apart.

use super::signature::test_keys::TestKey;
use super::{Analyst, Role, Roster, Verdict, Who};
use crate::acmg::Class;
use crate::session::{FileIdentity, Override, Report, Session, StepError, VariantFacts, VariantWork};

pub const T0: &str = "2026-12-07T10:00:00.000Z";

pub fn who(name: &str, key: &TestKey) -> Who {
    key.who(name)
}

pub fn analyst(name: &str, key: &TestKey) -> Analyst {
    key.analyst(name, "")
}

pub fn facts(pos: u32) -> VariantFacts {
    VariantFacts { chrom: "2".into(), pos, reference: "C".into(), alt: "T".into(), ..VariantFacts::default() }
}

/// Kari classifies two variants (`2:100:C:T`, `2:200:C:T`) and writes a
/// conclusion.
pub fn interpreted(kari: &TestKey) -> Session {
    let file = FileIdentity { name: "trio.vcf.gz".into(), size: 1, sha256: "ab".repeat(32) };
    let mut s = Session::new(file, "test", T0);
    let by = who("Kari", kari);
    for pos in [100, 200] {
        s.change(&by, T0, |s| {
            let mut work = VariantWork::new(facts(pos));
            work.report = Some(Report::Report);
            work.override_class = Some(Override { class: Class::LikelyPathogenic, reason: "seen".into() });
            s.put(work, T0);
        })
        .unwrap();
    }
    s.change(&by, T0, |s| s.note.conclusion = "A likely diagnosis.".into()).unwrap();
    s
}

pub fn submit(s: &mut Session, key: &TestKey, name: &str) {
    let by = who(name, key);
    let signature = key.sign(&s.signing_message(Role::Interpreter, &by, T0, false));
    s.submit(&by, T0, signature).unwrap();
}

pub fn agree_all(s: &mut Session, key: &TestKey, name: &str) {
    let keys: Vec<String> = s.variants.keys().cloned().collect();
    for k in keys {
        s.review(&who(name, key), T0, &k, Verdict::Agree, "").unwrap();
    }
}

pub fn finalise(s: &mut Session, key: &TestKey, name: &str, self_review: bool) -> Result<(), StepError> {
    let by = who(name, key);
    let signature = key.sign(&s.signing_message(Role::Reviewer, &by, T0, self_review));
    s.finalise(&by, T0, signature, self_review)
}

/// The lab's roster: Kari (key 1) and Ola (key 2).
pub fn lab() -> Roster {
    Roster::new("Lab", vec![analyst("Kari", &TestKey::new(1)), analyst("Ola", &TestKey::new(2))])
}

/// Interpreted by Kari (key 1), reviewed and finalised by Ola (key 2),
/// with the lab's roster of both.
pub fn signed_off() -> (Session, Roster) {
    let (kari, ola) = (TestKey::new(1), TestKey::new(2));
    let mut s = interpreted(&kari);
    submit(&mut s, &kari, "Kari");
    agree_all(&mut s, &ola, "Ola");
    finalise(&mut s, &ola, "Ola", false).unwrap();
    (s, lab())
}
