# The audit trail, the review rounds and the sign-off (tolk_core::trail).

## Rounds

trail-round-interpretation = Interpretation
trail-round-review = In review
trail-round-finalised = Finalised

## Why the chain is broken (at entry N)

trail-fault-unreadable = the entry is not one this Tolk can read
trail-fault-sequence = its number is out of order: an entry was removed or entries were moved
trail-fault-previous = it does not follow the entry before it: an entry was removed, added or moved
trail-fault-hash = its content no longer matches its hash: it was changed after it was written
trail-fault-work-after = the work was changed after this entry without being recorded

## Steps the rounds do not allow

trail-rule-beginning = the trail does not start with its beginning
trail-rule-change-outside-interpretation = the work can only be changed during interpretation
trail-rule-wrong-round = this step is not possible in the case's current round
trail-rule-unsigned-step = this step needs the analyst's own signing key
trail-rule-same-reviewer = the reviewer must be someone other than the interpreter
trail-rule-self-review-not-allowed = the lab's roster does not allow an analyst to review their own interpretation
trail-rule-not-agreed = every variant must be agreed by the reviewer before finalising
trail-rule-work-moved = an entry that changes nothing records a different state of the work

## Signatures

trail-signature-algorithm = the signature is not ECDSA P-256 with SHA-256
trail-signature-malformed = the signature or its public key is malformed
trail-signature-key-id = the key id is not the public key's
trail-signature-invalid = the signature does not match this entry
