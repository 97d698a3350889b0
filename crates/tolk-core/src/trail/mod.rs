//! The audit trail: every change to the work, every review and sign-off,
//! appended to a hash-chained log kept in the session itself, so that the
//! file carries its own proof of who did what, when and in which order,
//! and that nobody changed it afterwards. There is no server to hold a
//! log: an export is the whole record. What the trail proves and what it
//! does not is in `docs/SECURITY.md`.
//!
//! - [`canonical`]: one spelling of JSON, which every hash is taken over;
//! - [`entry`]: what an entry holds;
//! - [`diff`]: what changed, before and after;
//! - [`signature`]: what a sign-off signs, and its check;
//! - [`roster`]: the lab's analysts' public keys;
//! - [`rounds`]: interpretation, review, finalised, replayed from the trail;
//! - [`verify`]: the whole check, for the app's import and `tolk verify`.
//!
//! The session appends ([`crate::session::Session::change`] and the
//! round's steps); this module only reads.

pub mod canonical;
pub mod diff;
pub mod entry;
pub mod roster;
pub mod rounds;
pub mod signature;
#[cfg(test)]
pub(crate) mod testing;
pub mod verify;
mod words;

pub use entry::{Action, Change, Entry, Role, Signature, Verdict, Who};
pub use roster::{Analyst, Roster, RosterError};
pub use rounds::{Progress, Round, Rule, RuleBreak, VariantReview};
pub use signature::{key_id, SignatureFault, Signing};
pub use verify::{Chain, Fault, Listing, SignatureCheck, Verification};
pub use words::{fault_phrase, round_phrase, rule_phrase, signature_phrase};
