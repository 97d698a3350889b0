//! The trail's findings in the reader's language.

use super::rounds::{Round, Rule};
use super::signature::SignatureFault;
use super::verify::{Fault, Verification};
use crate::phrase::Phrase;

impl Verification {
    /// Where the trail breaks and why: the chain's first fault, else the
    /// first step the rounds do not allow.
    pub fn broken(&self) -> Option<(u64, Phrase)> {
        match (self.broken_at, &self.rule) {
            (Some((seq, fault)), _) => Some((seq, fault_phrase(fault))),
            (None, Some(rule)) => Some((rule.seq, rule_phrase(rule.rule))),
            (None, None) => None,
        }
    }

    /// Why the session is not to be trusted, if it is not: the trail
    /// broken, or a signature that does not verify. A signer missing from
    /// the roster is not a refusal: an import says so and the clinician
    /// decides.
    pub fn refusal(&self) -> Option<Phrase> {
        if let Some((seq, reason)) = self.broken() {
            let key = if self.broken_at.is_some() { msg!("review-trail-broken") } else { msg!("review-trail-rule") };
            return Some(Phrase::new(key).arg("entry", seq).arg("reason", reason));
        }
        self.signatures.iter().find_map(|s| {
            let fault = s.fault?;
            let phrase = Phrase::new(msg!("review-trail-signature")).arg("entry", s.seq).arg("name", s.name.as_str());
            Some(phrase.arg("reason", signature_phrase(fault)))
        })
    }
}

pub fn rule_phrase(rule: Rule) -> Phrase {
    Phrase::new(match rule {
        Rule::Beginning => msg!("trail-rule-beginning"),
        Rule::ChangeOutsideInterpretation => msg!("trail-rule-change-outside-interpretation"),
        Rule::WrongRound => msg!("trail-rule-wrong-round"),
        Rule::UnsignedStep => msg!("trail-rule-unsigned-step"),
        Rule::SameReviewer => msg!("trail-rule-same-reviewer"),
        Rule::SelfReviewNotAllowed => msg!("trail-rule-self-review-not-allowed"),
        Rule::NotAgreed => msg!("trail-rule-not-agreed"),
        Rule::WorkMoved => msg!("trail-rule-work-moved"),
    })
}

pub fn signature_phrase(fault: SignatureFault) -> Phrase {
    Phrase::new(match fault {
        SignatureFault::Algorithm => msg!("trail-signature-algorithm"),
        SignatureFault::Malformed => msg!("trail-signature-malformed"),
        SignatureFault::KeyId => msg!("trail-signature-key-id"),
        SignatureFault::Invalid => msg!("trail-signature-invalid"),
    })
}

pub fn fault_phrase(fault: Fault) -> Phrase {
    Phrase::new(match fault {
        Fault::Unreadable => msg!("trail-fault-unreadable"),
        Fault::Sequence => msg!("trail-fault-sequence"),
        Fault::Previous => msg!("trail-fault-previous"),
        Fault::Hash => msg!("trail-fault-hash"),
        Fault::WorkAfter => msg!("trail-fault-work-after"),
    })
}

pub fn round_phrase(round: Round) -> Phrase {
    Phrase::new(match round {
        Round::Interpretation => msg!("trail-round-interpretation"),
        Round::Review => msg!("trail-round-review"),
        Round::Finalised => msg!("trail-round-finalised"),
    })
}
