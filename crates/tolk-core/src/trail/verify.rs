//! Checking a session's trail: each entry's hash, the links between them,
//! the work against the last entry, the rounds' rules and every signature
//! (against the lab's roster when one is given). Read from the session's
//! JSON as written, so a check never depends on how this Tolk's types
//! would write it again.

use super::canonical::hash;
use super::entry::{Action, Entry, Role, GENESIS};
use super::roster::Roster;
use super::rounds::{Progress, Round, Rule, RuleBreak};
use super::signature::{public_key_bytes, verify, SignatureFault, Signing};
use serde_json::{json, Value};

/// The fields of a session that are the work: what the note is made of
/// and what a signature covers. The rest (the view, the case's filters
/// as last set, the save counter, the trail itself) is how the work is
/// kept, not what it says.
pub const CONTENT_FIELDS: [&str; 6] = ["file", "analyst", "thresholds", "context", "note", "variants"];

/// The work of a session read as JSON. The file is its checksum and
/// size: its name is what this computer calls it, and an analyst who
/// takes in a session for the same bytes under another name changes
/// nothing of the work.
pub fn content_of(session: &Value) -> Value {
    let mut content: serde_json::Map<String, Value> =
        CONTENT_FIELDS.iter().map(|f| ((*f).to_owned(), session.get(*f).cloned().unwrap_or(Value::Null))).collect();
    if let Some(file) = content.get_mut("file").and_then(Value::as_object_mut) {
        file.shift_remove("name");
    }
    Value::Object(content)
}

/// The hash of the work `content` ([`content_of`]): its canonical JSON
/// with each variant's work given by its own hash, so that an edit of one
/// variant hashes that variant again, not the whole case.
pub fn work_hash_of(content: &Value) -> String {
    let mut by_variant = content.clone();
    if let Some(variants) = by_variant.get_mut("variants").and_then(Value::as_object_mut) {
        for work in variants.values_mut() {
            *work = Value::String(hash(work));
        }
    }
    hash(&by_variant)
}

/// The state of the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chain {
    Intact,
    Broken,
    /// A session written before Tolk kept a trail.
    Absent,
}

impl Chain {
    pub fn as_str(self) -> &'static str {
        match self {
            Chain::Intact => "intact",
            Chain::Broken => "broken",
            Chain::Absent => "absent",
        }
    }
}

/// Where and why the chain breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The entry is not an entry this Tolk can read.
    Unreadable,
    /// Its number is not the one after the entry before (one removed,
    /// or entries reordered).
    Sequence,
    /// It does not name the entry before's hash.
    Previous,
    /// Its content does not match its own hash: changed after it was written.
    Hash,
    /// The work is not what the last entry says: changed without an entry.
    WorkAfter,
}

impl Fault {
    pub fn code(self) -> &'static str {
        match self {
            Fault::Unreadable => "unreadable",
            Fault::Sequence => "sequence",
            Fault::Previous => "previous",
            Fault::Hash => "hash",
            Fault::WorkAfter => "work_after",
        }
    }
}

/// Whether a signer is the lab's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Listing {
    /// No roster was given: the signature is checked against the key it
    /// carries, which says nothing of whose key it is.
    NoRoster,
    /// In the roster, under this name.
    Listed(String),
    NotListed,
}

/// One signature's check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureCheck {
    pub seq: u64,
    pub role: Role,
    pub name: String,
    pub key: String,
    pub at: String,
    pub fault: Option<SignatureFault>,
    pub listing: Listing,
}

impl SignatureCheck {
    pub fn passed(&self) -> bool {
        self.fault.is_none() && matches!(self.listing, Listing::Listed(_))
    }
}

/// The whole check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub chain: Chain,
    pub entries: usize,
    /// The first entry found wrong (numbered from 1), with why.
    pub broken_at: Option<(u64, Fault)>,
    /// The first step the rounds do not allow, on an intact chain.
    pub rule: Option<RuleBreak>,
    pub signatures: Vec<SignatureCheck>,
    /// The rounds, replayed over the entries before any break.
    pub progress: Progress,
}

impl Verification {
    /// Checks a session given as JSON text; `Err` when it is not JSON.
    pub fn of_text(text: &str, roster: Option<&Roster>) -> Result<Verification, String> {
        let session: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        Ok(Verification::of_value(&session, roster))
    }

    pub fn of_value(session: &Value, roster: Option<&Roster>) -> Verification {
        let raw = session.get("trail").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        let mut v = Verification {
            chain: if raw.is_empty() { Chain::Absent } else { Chain::Intact },
            entries: raw.len(),
            broken_at: None,
            rule: None,
            signatures: Vec::new(),
            progress: Progress { number: 1, ..Progress::default() },
        };
        let mut entries = Vec::new();
        let mut prev = GENESIS.to_owned();
        for (i, value) in raw.iter().enumerate() {
            let seq = i as u64 + 1;
            match check_entry(value, seq, &prev) {
                Ok(entry) => {
                    prev = entry.hash.clone();
                    entries.push(entry);
                }
                Err(fault) => {
                    v.chain = Chain::Broken;
                    v.broken_at = Some((seq, fault));
                    break;
                }
            }
        }
        if v.chain == Chain::Intact {
            let last = entries.last().expect("an intact chain has entries");
            if last.work != work_hash_of(&content_of(session)) {
                v.chain = Chain::Broken;
                v.broken_at = Some((last.seq, Fault::WorkAfter));
            }
        }
        let (progress, rule) = Progress::replay_until_broken(&entries);
        v.rule = rule.or_else(|| standing_finalisation(&entries, &progress, session));
        v.progress = progress;
        v.signatures = entries.iter().filter_map(|e| check_signature(e, roster)).collect();
        if let (None, Some(roster)) = (&v.rule, roster) {
            v.rule = by_the_roster(&entries, &v.progress, roster);
        }
        v
    }

    /// Nothing failed: an intact chain (not an absent one), no rule
    /// broken, every signature valid and made by a key in the lab's
    /// roster. Without a roster a signed session does not pass: a valid
    /// signature by a key nobody vouched for says nothing of who signed.
    pub fn passed(&self) -> bool {
        self.chain == Chain::Intact && self.rule.is_none() && self.signatures.iter().all(SignatureCheck::passed)
    }

    /// As `tolk verify` prints it.
    pub fn to_json(&self) -> Value {
        let signatures: Vec<Value> = self
            .signatures
            .iter()
            .map(|s| {
                json!({
                    "entry": s.seq,
                    "role": s.role.as_str(),
                    "name": s.name,
                    "key": s.key,
                    "at": s.at,
                    "valid": s.fault.is_none(),
                    "fault": s.fault.map(SignatureFault::code),
                    "roster": match &s.listing {
                        Listing::NoRoster => Value::Null,
                        Listing::Listed(name) => json!({"listed": true, "name": name}),
                        Listing::NotListed => json!({"listed": false}),
                    },
                })
            })
            .collect();
        json!({
            "chain": self.chain.as_str(),
            "entries": self.entries,
            "broken_at": self.broken_at.map(|(seq, _)| seq),
            "fault": self.broken_at.map(|(_, f)| f.code()),
            "rule": self.rule.as_ref().map(|r| json!({"entry": r.seq, "rule": r.rule.code()})),
            "round": self.progress.round.as_str(),
            "self_review": self.progress.self_review,
            "signatures": signatures,
            "passed": self.passed(),
        })
    }
}

/// A finalisation that stands covers the work as it is: every worked
/// variant agreed (the list it names is the writer's, so it is checked
/// against the work).
fn standing_finalisation(entries: &[Entry], progress: &Progress, session: &Value) -> Option<RuleBreak> {
    let seq = progress.finalised.as_ref().filter(|_| progress.round == Round::Finalised)?.seq;
    let entry = entries.iter().find(|e| e.seq == seq)?;
    let Action::Finalised { variants, .. } = &entry.action else { return None };
    let worked: Vec<&String> =
        session.get("variants").and_then(Value::as_object).map(|v| v.keys().collect()).unwrap_or_default();
    let mut listed: Vec<&String> = variants.iter().collect();
    listed.sort();
    let mut worked = worked;
    worked.sort();
    (listed != worked).then_some(RuleBreak { seq, rule: Rule::NotAgreed })
}

/// What only the lab's roster can tell: whether it allows an analyst to
/// review their own work, and whether the reviewer is another person than
/// the interpreter (one analyst may hold a key in each of two browsers;
/// the roster names the person).
fn by_the_roster(entries: &[Entry], progress: &Progress, roster: &Roster) -> Option<RuleBreak> {
    let person = |key: &str| -> Option<&str> {
        let entry = entries.iter().find_map(|e| e.action.signature().filter(|(_, s)| s.key == key))?;
        roster.holder(&public_key_bytes(&entry.1.public_key)?).map(|a| a.name.as_str())
    };
    for entry in entries {
        if let Action::Finalised { self_review: true, .. } = entry.action {
            if !roster.allow_self_review {
                return Some(RuleBreak { seq: entry.seq, rule: Rule::SelfReviewNotAllowed });
            }
        }
    }
    let finalised =
        progress.finalised.as_ref().filter(|_| progress.round == Round::Finalised && !progress.self_review)?;
    let reviewer = person(finalised.by.key.as_deref()?)?;
    let submitter = progress.submitted.as_ref().and_then(|s| s.by.key.as_deref()).and_then(person);
    (submitter == Some(reviewer)).then_some(RuleBreak { seq: finalised.seq, rule: Rule::SameReviewer })
}

fn check_entry(value: &Value, seq: u64, prev: &str) -> Result<Entry, Fault> {
    let mut unhashed = value.clone();
    let claimed = unhashed.as_object_mut().and_then(|o| o.remove("hash"));
    let entry: Entry = serde_json::from_value(value.clone()).map_err(|_| Fault::Unreadable)?;
    if entry.seq != seq {
        return Err(Fault::Sequence);
    }
    if entry.prev != prev {
        return Err(Fault::Previous);
    }
    if claimed.as_ref().and_then(Value::as_str) != Some(hash(&unhashed).as_str()) {
        return Err(Fault::Hash);
    }
    Ok(entry)
}

fn check_signature(entry: &Entry, roster: Option<&Roster>) -> Option<SignatureCheck> {
    let (role, signature) = entry.action.signature()?;
    let self_review = matches!(entry.action, Action::Finalised { self_review: true, .. });
    let signing = Signing {
        role,
        by: &entry.by,
        key: &signature.key,
        at: &entry.at,
        work: &entry.work,
        prev: &entry.prev,
        self_review,
    };
    let message = signing.message();
    let listing = match (roster, public_key_bytes(&signature.public_key)) {
        (None, _) => Listing::NoRoster,
        (Some(r), Some(bytes)) => r.holder(&bytes).map_or(Listing::NotListed, |a| Listing::Listed(a.name.clone())),
        (Some(_), None) => Listing::NotListed,
    };
    Some(SignatureCheck {
        seq: entry.seq,
        role,
        name: entry.by.name.clone(),
        key: signature.key.clone(),
        at: entry.at.clone(),
        fault: verify(signature, &message).err(),
        listing,
    })
}
