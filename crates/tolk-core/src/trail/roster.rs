//! A lab's roster: its analysts' public keys, as a file the lab hands out.
//! An analyst exports their own entry (a roster of one); whoever keeps the
//! lab's roster merges them. A signature counts as the lab's analyst's
//! only if the roster holds that exact public key.

use super::signature::{key_id, public_key_bytes};
use serde::{Deserialize, Serialize};
use std::fmt;

pub const ROSTER_FORMAT: &str = "tolk-roster";
pub const ROSTER_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Roster {
    pub format: String,
    pub version: u32,
    /// The lab's name, as it writes it.
    #[serde(default)]
    pub lab: String,
    pub analysts: Vec<Analyst>,
    /// The lab allows an analyst to finalise their own interpretation (for
    /// training): set by whoever keeps the roster, so a session cannot
    /// claim it for itself.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub allow_self_review: bool,
}

/// One analyst's key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analyst {
    pub name: String,
    /// [`key_id`] of `public_key`.
    pub key: String,
    /// SEC1 uncompressed P-256 point, base64.
    pub public_key: String,
    /// When the key was made (ISO 8601), as its owner's browser said.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub created: String,
}

/// Why a roster file is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RosterError {
    NotARoster(String),
    Newer(u32),
    /// Analyst `n` (from 1) has a key that is not a P-256 point or an id
    /// that is not its key's.
    BadKey {
        n: usize,
        name: String,
    },
    /// Analyst `n` (from 1) has the key of an analyst before: one key, one
    /// person.
    SameKey {
        n: usize,
        name: String,
    },
}

impl fmt::Display for RosterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RosterError::NotARoster(why) => write!(f, "not a Tolk roster: {why}"),
            RosterError::Newer(v) => {
                write!(f, "a roster of version {v}, newer than this Tolk reads ({ROSTER_VERSION})")
            }
            RosterError::BadKey { n, name } => {
                write!(f, "analyst {n} ({name}): the public key is not a P-256 key with that id")
            }
            RosterError::SameKey { n, name } => write!(f, "analyst {n} ({name}): the key of an analyst before"),
        }
    }
}

impl std::error::Error for RosterError {}

impl Roster {
    pub fn new(lab: &str, analysts: Vec<Analyst>) -> Roster {
        Roster {
            format: ROSTER_FORMAT.into(),
            version: ROSTER_VERSION,
            lab: lab.into(),
            analysts,
            allow_self_review: false,
        }
    }

    /// Reads a roster, checking every key and id.
    pub fn from_json(text: &str) -> Result<Roster, RosterError> {
        let roster: Roster = serde_json::from_str(text).map_err(|e| RosterError::NotARoster(e.to_string()))?;
        if roster.format != ROSTER_FORMAT {
            return Err(RosterError::NotARoster(format!("its format is {:?}", roster.format)));
        }
        if roster.version > ROSTER_VERSION {
            return Err(RosterError::Newer(roster.version));
        }
        for (i, a) in roster.analysts.iter().enumerate() {
            if public_key_bytes(&a.public_key).is_none_or(|bytes| key_id(&bytes) != a.key) {
                return Err(RosterError::BadKey { n: i + 1, name: a.name.clone() });
            }
            if roster.analysts[..i].iter().any(|b| b.public_key == a.public_key) {
                return Err(RosterError::SameKey { n: i + 1, name: a.name.clone() });
            }
        }
        Ok(roster)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a roster serialises")
    }

    /// The analyst whose public key this is.
    pub fn holder(&self, public_key: &[u8]) -> Option<&Analyst> {
        self.analysts.iter().find(|a| public_key_bytes(&a.public_key).as_deref() == Some(public_key))
    }

    /// Adds `other`'s analysts this one lacks (by public key); an analyst
    /// already here keeps the name this roster gives. Returns how many
    /// were added.
    pub fn merge(&mut self, other: &Roster) -> usize {
        let before = self.analysts.len();
        for a in &other.analysts {
            if !self.analysts.iter().any(|b| b.public_key == a.public_key) {
                self.analysts.push(a.clone());
            }
        }
        if self.lab.is_empty() {
            self.lab = other.lab.clone();
        }
        self.analysts.len() - before
    }
}

#[cfg(test)]
mod tests {
    use super::super::signature::test_keys::TestKey;
    use super::*;
    use base64::engine::general_purpose::STANDARD as B64;
    use base64::Engine as _;

    fn analyst(name: &str, key: &TestKey) -> Analyst {
        Analyst { name: name.into(), key: key.id(), public_key: B64.encode(key.public()), created: String::new() }
    }

    #[test]
    fn a_roster_round_trips_and_finds_its_holders() {
        let (kari, ola) = (TestKey::new(1), TestKey::new(2));
        let roster = Roster::new("Lab", vec![analyst("Kari", &kari)]);
        let back = Roster::from_json(&roster.to_json()).unwrap();
        assert_eq!(back, roster);
        assert_eq!(back.holder(&kari.public()).map(|a| a.name.as_str()), Some("Kari"));
        assert!(back.holder(&ola.public()).is_none());
    }

    #[test]
    fn a_key_whose_id_is_not_its_own_is_refused() {
        let (kari, ola) = (TestKey::new(1), TestKey::new(2));
        let mut forged = analyst("Kari", &kari);
        forged.key = ola.id();
        let text = Roster::new("Lab", vec![analyst("Ola", &ola), forged]).to_json();
        assert_eq!(Roster::from_json(&text), Err(RosterError::BadKey { n: 2, name: "Kari".into() }));
        assert!(matches!(Roster::from_json("{}"), Err(RosterError::NotARoster(_))));
    }

    #[test]
    fn a_merge_adds_only_new_keys() {
        let (kari, ola) = (TestKey::new(1), TestKey::new(2));
        let mut lab = Roster::new("Lab", vec![analyst("Kari", &kari)]);
        let card = Roster::new("", vec![analyst("Kari N.", &kari), analyst("Ola", &ola)]);
        assert_eq!(lab.merge(&card), 1);
        assert_eq!(lab.analysts.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["Kari", "Ola"]);
    }
}
