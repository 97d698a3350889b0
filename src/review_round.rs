//! The review rounds on the page: the interpreter sends the case for
//! review, a second analyst agrees or disagrees with each variant, sends
//! it back or finalises it, and a finalised case can be reopened. Sending
//! and finalising sign the work with this profile's key
//! ([`crate::signing`]); every step is appended to the session's trail by
//! the engine ([`tolk_core::session::Session`]), which refuses any step
//! the rounds do not allow.

use crate::interpretation::{now, Interpretation};
use crate::signing;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use leptos::prelude::*;
use leptos::task::spawn_local;
use tolk_core::phrase::Phrase;
use tolk_core::session::{Session, StepError};
use tolk_core::trail::entry::ALGORITHM;
use tolk_core::trail::{Role, Signature, SignatureFault, Verdict, Who};

impl Interpretation {
    /// The interpreter sends the case for review, signing the work.
    pub fn send_for_review(self) {
        self.signed(Role::Interpreter, false, msg!("review-sent"), |s, who, at, signature| {
            s.submit(who, at, signature)
        });
    }

    /// The reviewer finalises, signing the work. Reviewing one's own
    /// interpretation is allowed only by the lab's training setting, in
    /// its roster; signed as such.
    pub fn finalise(self) {
        let self_review = self.own_review() && self.analysts.allows_self_review();
        self.signed(Role::Reviewer, self_review, msg!("review-finalised"), move |s, who, at, signature| {
            s.finalise(who, at, signature, self_review)
        });
    }

    /// Whether this profile's key interpreted the case in review: sent it,
    /// or changed its work since it was last opened for interpretation
    /// (tracked).
    pub fn own_review(self) -> bool {
        let Some(mine) = self.analysts.mine.with(|k| k.as_ref().map(|k| k.key.clone())) else { return false };
        self.progress.with(|p| {
            p.submitted.as_ref().is_some_and(|s| s.by.key.as_ref() == Some(&mine)) || p.interpreters.contains(&mine)
        })
    }

    /// The reviewer's verdict on variant `key`.
    pub fn review_variant(self, key: &str, verdict: Verdict, comment: &str) {
        self.step(None, |s, who, at| s.review(who, at, key, verdict, comment));
    }

    /// The reviewer sends the case back to interpretation.
    pub fn send_back(self, comment: &str) {
        self.step(Some(msg!("review-sent-back")), |s, who, at| s.send_back(who, at, comment));
    }

    /// Opens a finalised case again, for `reason`.
    pub fn reopen(self, reason: &str) {
        self.step(Some(msg!("review-reopened")), |s, who, at| s.reopen(who, at, reason));
    }

    /// Whether a step may be taken here now: this tab writes the case and
    /// its trail passed its check (a broken one is not signed over).
    fn may_step(self) -> bool {
        if let Some(why) = self.trail_problem.get_untracked() {
            self.notice.set(Some(Err(why)));
            return false;
        }
        self.editable()
    }

    /// An unsigned step: applied, saved, and said (`done`) or refused.
    fn step(self, done: Option<&'static str>, step: impl FnOnce(&mut Session, &Who, &str) -> Result<(), StepError>) {
        if !self.may_step() {
            return;
        }
        let (who, at) = (self.who(), now());
        let mut result = Ok(());
        self.session.update(|s| {
            if let Some(s) = s {
                result = step(s, &who, &at);
            }
        });
        match result {
            Ok(()) => {
                if let Some(key) = done {
                    self.notice.set(Some(Ok(Phrase::new(key))));
                }
                self.save();
            }
            Err(e) => self.notice.set(Some(Err(e.phrase()))),
        }
    }

    /// A signed step: the engine gives the bytes to sign, the browser
    /// signs them with this profile's key, the engine checks the
    /// signature and appends the step. A change made while signing makes
    /// the signature not the work's, and the step is refused.
    fn signed(
        self,
        role: Role,
        self_review: bool,
        done: &'static str,
        step: impl FnOnce(&mut Session, &Who, &str, Signature) -> Result<(), StepError> + 'static,
    ) {
        if !self.may_step() || self.signing.get_untracked() {
            return;
        }
        let Some(key) = self.analysts.mine.get_untracked() else {
            self.notice.set(Some(Err(Phrase::new(msg!("review-needs-key")))));
            return;
        };
        let (who, at) = (self.who(), now());
        let mut message = None;
        let mut case = None;
        self.session.update_untracked(|s| {
            if let Some(s) = s {
                message = Some(s.signing_message(role, &who, &at, self_review));
                case = Some(s.file.storage_key());
            }
        });
        let Some(message) = message else { return };
        self.signing.set(true);
        spawn_local(async move {
            let signed = signing::sign(&message).await;
            self.signing.set(false);
            let value = match signed {
                Ok(value) => value,
                Err(why) => return self.notice.set(Some(Err(why))),
            };
            // Another tab may have taken the case while the browser signed.
            if !self.editable() {
                return;
            }
            let signature = Signature {
                algorithm: ALGORITHM.into(),
                key: key.key,
                public_key: key.public_key,
                value: B64.encode(value),
            };
            let mut result = None;
            self.session.update(|s| {
                if let Some(s) = s.as_mut().filter(|s| Some(s.file.storage_key()) == case) {
                    result = Some(step(s, &who, &at, signature));
                }
            });
            match result {
                Some(Ok(())) => {
                    self.notice.set(Some(Ok(Phrase::new(done))));
                    self.save();
                }
                // The signature is over the work as it was: a change that
                // came in meanwhile (a comment's last words) makes it not
                // this work's.
                Some(Err(StepError::Signature(SignatureFault::Invalid))) => {
                    self.notice.set(Some(Err(Phrase::new(msg!("review-work-changed")))))
                }
                Some(Err(e)) => self.notice.set(Some(Err(e.phrase()))),
                None => self.notice.set(Some(Err(Phrase::new(msg!("review-case-closed"))))),
            }
        });
    }
}
