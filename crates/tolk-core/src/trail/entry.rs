//! What one entry of the trail holds: who did what, when, what the work
//! was after it, and the hashes that chain it to the entry before.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Who made an entry: the analyst's name as they gave it and, when they
/// have a signing key in this browser, its id ([`super::key_id`]).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Who {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

/// One entry. Numbered from 1; `prev` is the hash of entry `seq - 1` (64
/// zeros for the first), `hash` the SHA-256 of this entry's canonical
/// JSON without `hash` ([`super::canonical`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub seq: u64,
    /// ISO 8601, from the writer's clock.
    pub at: String,
    pub by: Who,
    pub action: Action,
    /// The hash of the work after this entry ([`crate::session::Session::content_hash`]).
    pub work: String,
    pub prev: String,
    pub hash: String,
}

/// The `prev` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What an entry records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Action {
    /// The trail starts: `worked` variants already had work (a session
    /// written before Tolk kept a trail), as the entry's `work` hash says.
    Began { worked: usize },
    /// The work changed: each changed value, before and after.
    Changed { changes: Vec<Change> },
    /// The session was taken in from a file (who holds it changed hands).
    Imported { file_name: String },
    /// The interpreter sent the case for review, signing the work.
    Submitted { signature: Signature },
    /// The reviewer's verdict on one variant's interpretation.
    Reviewed {
        variant: String,
        verdict: Verdict,
        #[serde(default)]
        comment: String,
    },
    /// The reviewer sent the case back to interpretation.
    SentBack {
        #[serde(default)]
        comment: String,
    },
    /// The reviewer finalised the case, signing the work: `variants` are
    /// the variants agreed.
    Finalised {
        signature: Signature,
        variants: Vec<String>,
        /// Reviewed by its own interpreter, as a lab's training setting
        /// allows: the note says so.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        self_review: bool,
    },
    /// A finalised case opened again for amendment.
    Reopened { reason: String },
}

/// One changed value: where in the work (`variants.1:12345:A:G.report`),
/// before and after (null: absent). A variant's snapshot of the file's
/// facts and the case context are given by hash, not whole: they are
/// what Tolk read, not what the analyst decided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub path: String,
    pub before: Value,
    pub after: Value,
}

/// A reviewer's verdict on a variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Agree,
    Disagree,
}

/// Which signature: the interpreter's on sending for review, the
/// reviewer's on finalising.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Interpreter,
    Reviewer,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Interpreter => "interpreter",
            Role::Reviewer => "reviewer",
        }
    }
}

/// An ECDSA P-256 signature made by WebCrypto over
/// [`super::Signing`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    /// Always `ECDSA-P256-SHA256`.
    pub algorithm: String,
    /// The signer's key id ([`super::key_id`] of `public_key`).
    pub key: String,
    /// The public key: SEC1 uncompressed point, base64.
    pub public_key: String,
    /// The signature: IEEE P1363 `r || s` (64 bytes), base64.
    pub value: String,
}

pub const ALGORITHM: &str = "ECDSA-P256-SHA256";

impl Action {
    /// The signature an entry carries, with its role.
    pub fn signature(&self) -> Option<(Role, &Signature)> {
        match self {
            Action::Submitted { signature } => Some((Role::Interpreter, signature)),
            Action::Finalised { signature, .. } => Some((Role::Reviewer, signature)),
            _ => None,
        }
    }

    /// Whether the entry may change the work: only a change does.
    pub fn changes_work(&self) -> bool {
        matches!(self, Action::Changed { .. } | Action::Began { .. })
    }
}
