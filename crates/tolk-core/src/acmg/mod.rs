//! ACMG/AMP variant classification (shared SPEC.md section 5): the
//! criteria, classification by points and by the 2015 rules, and the
//! suggestions Tolk can make from the file. Suggestions are only ever
//! offered: applying one is the clinician's decision, recorded in a
//! [`crate::session`].

pub mod answers;
pub mod classify;
pub mod criteria;
pub mod exceptions;
pub mod facts;
pub mod rules;
pub mod suggest;

pub use answers::{Answers, DisorderInheritance, Parentage, Specificity};
pub use classify::{classify, Class, Classification, VusTier};
pub use criteria::{Applied, Code, CodeError, Criterion, Direction, Strength, CRITERIA};
pub use facts::{Facts, Partner};
pub use suggest::{suggest, Evidence, MaxCredible, Suggestion, Suggestions, Thresholds};
