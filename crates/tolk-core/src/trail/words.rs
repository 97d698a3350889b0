//! The trail's findings in the reader's language.

use super::rounds::{Round, Rule};
use super::signature::SignatureFault;
use super::verify::Fault;
use crate::phrase::Phrase;

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
