//! Where a case stands: interpretation, review or finalised, and who did
//! each, as the trail's entries replayed. Nothing of this is stored apart
//! from the trail, so nothing of it can be changed apart from the trail.

use super::entry::{Action, Entry, Role, Verdict, Who};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The case's round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Round {
    #[default]
    Interpretation,
    Review,
    Finalised,
}

impl Round {
    pub fn as_str(self) -> &'static str {
        match self {
            Round::Interpretation => "interpretation",
            Round::Review => "review",
            Round::Finalised => "finalised",
        }
    }
}

/// A signed step: who, when, at which entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    pub by: Who,
    pub at: String,
    pub seq: u64,
    pub role: Role,
}

/// A reviewer's verdict on one variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantReview {
    pub by: Who,
    pub at: String,
    pub verdict: Verdict,
    pub comment: String,
}

/// The case's progress, replayed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    pub round: Round,
    /// 1 for the first interpretation, one more each time the case goes
    /// back to it.
    pub number: u32,
    /// The last sending for review, while it stands.
    pub submitted: Option<Signed>,
    /// The finalisation, while the case is finalised.
    pub finalised: Option<Signed>,
    pub self_review: bool,
    /// This review's verdicts, by variant key.
    pub verdicts: BTreeMap<String, VariantReview>,
    /// The last review's verdicts, for the interpreter once the case came
    /// back (until it is sent for review again).
    pub returned: BTreeMap<String, VariantReview>,
    /// Why the case came back, when it did.
    pub sent_back: Option<(Who, String)>,
    /// The keys that changed the work since the case was last opened for
    /// interpretation (its start, or a reopening): its interpreters, none
    /// of whom may finalise it outside the lab's training setting.
    pub interpreters: BTreeSet<String>,
    /// This review's disagreements, by variant, with the key that
    /// disagreed: one stands until that reviewer agrees or the case goes
    /// back, whoever else agrees.
    pub disputes: BTreeMap<String, Option<String>>,
}

/// A step the rounds do not allow, at entry `seq`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleBreak {
    pub seq: u64,
    pub rule: Rule,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// The trail's first entry is not its beginning, or a beginning comes later.
    Beginning,
    /// The work changed outside interpretation.
    ChangeOutsideInterpretation,
    /// A step taken in a round that does not have it (a review while
    /// interpreting, a finalisation of a case not in review, ...).
    WrongRound,
    /// A signing step by someone without a key, or with another key
    /// than the signature's.
    UnsignedStep,
    /// Finalised by one of the case's interpreters (the analyst who sent
    /// it, or one who changed the work), without the lab's training setting.
    SameReviewer,
    /// Finalised as a review of one's own work where the lab's roster does
    /// not allow it.
    SelfReviewNotAllowed,
    /// Finalised with a variant the reviewer did not agree with.
    NotAgreed,
    /// A step that does not change the work says the work changed.
    WorkMoved,
}

impl Rule {
    pub fn code(self) -> &'static str {
        match self {
            Rule::Beginning => "beginning",
            Rule::ChangeOutsideInterpretation => "change_outside_interpretation",
            Rule::WrongRound => "wrong_round",
            Rule::UnsignedStep => "unsigned_step",
            Rule::SameReviewer => "same_reviewer",
            Rule::SelfReviewNotAllowed => "self_review_not_allowed",
            Rule::NotAgreed => "not_agreed",
            Rule::WorkMoved => "work_moved",
        }
    }
}

impl Progress {
    /// Replays `entries` as far as the rounds allow: the progress up to
    /// the first step they do not, and that step.
    pub fn replay_until_broken(entries: &[Entry]) -> (Progress, Option<RuleBreak>) {
        let mut p = Progress { number: 1, ..Progress::default() };
        for (i, entry) in entries.iter().enumerate() {
            let previous = i.checked_sub(1).map(|j| &entries[j]);
            // A step refused changes nothing: its checks come first.
            if let Err(rule) = p.step(entry, previous, i == 0) {
                return (p, Some(RuleBreak { seq: entry.seq, rule }));
            }
        }
        (p, None)
    }

    /// Replays `entries`, stopping at the first step the rounds do not
    /// allow.
    pub fn replay(entries: &[Entry]) -> Result<Progress, RuleBreak> {
        match Progress::replay_until_broken(entries) {
            (p, None) => Ok(p),
            (_, Some(broken)) => Err(broken),
        }
    }

    /// Whether `entry` may follow now: the check a session makes before
    /// appending, and the replay's.
    pub fn allows(&self, entry: &Entry, previous: Option<&Entry>, first: bool) -> Result<(), Rule> {
        self.clone().step(entry, previous, first)
    }

    fn step(&mut self, entry: &Entry, previous: Option<&Entry>, first: bool) -> Result<(), Rule> {
        let began = matches!(entry.action, Action::Began { .. });
        if began != first {
            return Err(Rule::Beginning);
        }
        if let (false, Some(previous)) = (entry.action.changes_work(), previous) {
            if previous.work != entry.work {
                return Err(Rule::WorkMoved);
            }
        }
        if let Some((_, signature)) = entry.action.signature() {
            if entry.by.key.as_deref() != Some(signature.key.as_str()) {
                return Err(Rule::UnsignedStep);
            }
        }
        let need = |round: Round| if self.round == round { Ok(()) } else { Err(Rule::WrongRound) };
        match &entry.action {
            Action::Began { .. } | Action::Imported { .. } => {}
            Action::Changed { .. } => {
                if self.round != Round::Interpretation {
                    return Err(Rule::ChangeOutsideInterpretation);
                }
                self.interpreters.extend(entry.by.key.clone());
            }
            Action::Submitted { .. } => {
                need(Round::Interpretation)?;
                self.round = Round::Review;
                self.submitted = Some(signed(entry, Role::Interpreter));
                self.verdicts.clear();
                self.disputes.clear();
                self.returned.clear();
                self.sent_back = None;
            }
            Action::Reviewed { variant, verdict, comment } => {
                need(Round::Review)?;
                let review = VariantReview {
                    by: entry.by.clone(),
                    at: entry.at.clone(),
                    verdict: *verdict,
                    comment: comment.clone(),
                };
                match verdict {
                    Verdict::Disagree => {
                        self.disputes.insert(variant.clone(), entry.by.key.clone());
                    }
                    Verdict::Agree if self.disputes.get(variant) == Some(&entry.by.key) => {
                        self.disputes.remove(variant);
                    }
                    Verdict::Agree => {}
                }
                self.verdicts.insert(variant.clone(), review);
            }
            Action::SentBack { comment } => {
                need(Round::Review)?;
                self.round = Round::Interpretation;
                self.number += 1;
                self.returned = std::mem::take(&mut self.verdicts);
                self.disputes.clear();
                self.sent_back = Some((entry.by.clone(), comment.clone()));
            }
            Action::Finalised { variants, self_review, .. } => {
                need(Round::Review)?;
                let submitter = self.submitted.as_ref().and_then(|s| s.by.key.as_ref());
                let own = entry.by.key.as_ref().is_some_and(|k| submitter == Some(k) || self.interpreters.contains(k));
                if own && !self_review {
                    return Err(Rule::SameReviewer);
                }
                let agreed = |key: &String| {
                    self.verdicts.get(key).is_some_and(|r| r.verdict == Verdict::Agree && r.by.key == entry.by.key)
                };
                if !self.disputes.is_empty() || !variants.iter().all(agreed) {
                    return Err(Rule::NotAgreed);
                }
                self.round = Round::Finalised;
                self.finalised = Some(signed(entry, Role::Reviewer));
                self.self_review = *self_review;
            }
            Action::Reopened { .. } => {
                need(Round::Finalised)?;
                self.round = Round::Interpretation;
                self.number += 1;
                self.submitted = None;
                self.finalised = None;
                self.self_review = false;
                self.verdicts.clear();
                self.interpreters.clear();
            }
        }
        Ok(())
    }

    /// The verdict on variant `key` that stands: this review's, or the
    /// last review's while the case is back in interpretation.
    pub fn verdict(&self, key: &str) -> Option<&VariantReview> {
        self.verdicts.get(key).or_else(|| self.returned.get(key))
    }

    /// Whether the work may be changed now.
    pub fn editable(&self) -> bool {
        self.round == Round::Interpretation
    }
}

fn signed(entry: &Entry, role: Role) -> Signed {
    Signed { by: entry.by.clone(), at: entry.at.clone(), seq: entry.seq, role }
}
