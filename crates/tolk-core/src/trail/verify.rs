//! Checking a session's trail: each entry's hash, the links between them,
//! the work against the last entry, the rounds' rules and every signature
//! (against the lab's roster when one is given). Read from the session's
//! JSON as written, so a check never depends on how this Tolk's types
//! would write it again.

use super::canonical::hash;
use super::entry::{Entry, Role, GENESIS};
use super::roster::Roster;
use super::rounds::{Progress, RuleBreak};
use super::signature::{public_key_bytes, signing_message, verify, SignatureFault};
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
        self.fault.is_none() && self.listing != Listing::NotListed
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
            if last.work != hash(&content_of(session)) {
                v.chain = Chain::Broken;
                v.broken_at = Some((last.seq, Fault::WorkAfter));
            }
        }
        let intact = &entries[..];
        match Progress::replay(intact) {
            Ok(p) => v.progress = p,
            Err(rule) => {
                let before = intact.iter().take_while(|e| e.seq < rule.seq).cloned().collect::<Vec<_>>();
                v.progress = Progress::replay(&before).unwrap_or_default();
                v.rule = Some(rule);
            }
        }
        v.signatures = intact.iter().filter_map(|e| check_signature(e, roster)).collect();
        v
    }

    /// Nothing failed: an intact chain (not an absent one), no rule
    /// broken, every signature valid and, with a roster, the lab's.
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
            "signatures": signatures,
            "passed": self.passed(),
        })
    }
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
    let message = signing_message(role, &entry.by, &signature.key, &entry.at, &entry.work, &entry.prev);
    let listing = match (roster, public_key_bytes(signature)) {
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
