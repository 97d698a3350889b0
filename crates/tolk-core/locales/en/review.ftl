# Review and sign-off in the app: the rounds, the signing key, the roster,
# the audit trail.

view-review = Review and sign-off
review-heading = Review and sign-off
review-no-case = Open a case to review it.
review-open = Review and sign-off

## The round, in the case bar

review-status-round = round { $number }
review-status-sent-back = sent back by { $name }
review-status-in-review = sent by { $name }; { $agreed } of { $count } agreed
review-status-finalised = interpreted by { $interpreter }, reviewed by { $reviewer }

## The round's steps

review-round-heading = Round: { $round }
review-submitted-by = Sent for review by { $name } (key { $key }) on { $time }
review-finalised-by = Finalised by { $name } (key { $key }) on { $time }
review-self-reviewed = Reviewed by its own interpreter, under the lab's training setting.
review-came-back = Sent back by { $name }: { $comment }
review-send-hint = Sending the case for review signs the work as it is with your key. It cannot be changed in review: a reviewer sends it back, or finalises it.
review-send = Sign and send for review
review-needs-key = Make your signing key first (below): sending for review and finalising are signed.
review-counts = { $agreed } of { $count } variants agreed, { $disagreed } disagreed
review-verdict-hint = Give your verdict on each variant in its Classification part. Finalising needs every variant agreed; a disagreement sends the case back.
review-finalise = Sign and finalise
review-finalise-own = You interpreted this case: another analyst must review it (the lab's training setting can allow it).
review-finalise-unagreed = Agree with every variant before finalising, or send the case back.
review-finalise-disputed = A variant is disagreed with: the case must go back to interpretation.
review-needs-name = Give your name (Analyst, above) first: the trail and the note name who signed.
review-back-comment = Why it goes back
review-send-back = Send back to interpretation
review-reopen-reason = Why the case is reopened
review-reopen = Reopen for amendment

## What a step said

review-sent = Sent for review, signed.
review-finalised = Finalised, signed.
review-sent-back = Sent back to interpretation.
review-reopened = Reopened for amendment.
review-case-closed = The case was closed while signing: nothing was recorded.
review-work-changed = The work changed while it was being signed: nothing was signed. Try again.

## The verdict on a variant

review-verdict-legend = Reviewer's verdict
review-verdict-comment = Comment (needed to disagree)
review-agree = Agree
review-disagree = Disagree
review-disagree-hint = Say why in the comment first
review-verdict-agreed = agreed
review-verdict-disagreed = disagreed

## The audit trail

review-trail-heading = Audit trail
review-trail-caption = Every change and review step, newest first
review-trail-when = When
review-trail-who = Who
review-trail-what = What
review-trail-intact = The trail's { $count } entries are intact: each matches its hash and follows the one before, and the work is what the last says.
review-trail-absent = No audit trail yet: it begins with the first change.
review-trail-broken = The audit trail is broken at entry { $entry }: { $reason }. It cannot be trusted.
review-trail-rule = The audit trail breaks the review rules at entry { $entry }: { $reason }.
review-trail-signature = The signature of { $name } at entry { $entry } does not verify: { $reason }.
review-signature-valid = signature valid
review-signature-invalid = signature INVALID
review-signature-listed = in the lab's roster as { $name }
review-signature-not-listed = NOT in the lab's roster
review-signature-no-roster = not checked against a roster (none kept here)
review-entry-began = Trail begun ({ $count } variants already worked)
review-entry-imported = Taken in from { $name }
review-entry-submitted = Sent for review, signed
review-entry-sent-back = Sent back: { $comment }
review-entry-finalised = Finalised, signed
review-entry-finalised-self = Finalised by the interpreter (training setting), signed
review-entry-reopened = Reopened: { $reason }

## The signing key

analysts-key-heading = Your signing key
analysts-key-hint = Made in this browser; its private half never leaves it and cannot be copied. Share your key card with whoever keeps the lab's roster. A browser profile is not an identity: the key proves only that whoever signed used this profile.
analysts-key-name = Your name, as the lab writes it
analysts-key-make = Make my signing key
analysts-key-mine = { $name }, key { $key }, made { $time }
analysts-key-card = Save my key card
analysts-key-forget = Forget this key
analysts-key-forget-ask = Forget your signing key in this browser? Signatures already made stay valid; you will need a new key, and the lab a new card, to sign again.
analysts-key-made = Signing key { $key } made.
analysts-key-forgotten = The signing key was forgotten.

## The lab's roster

analysts-roster-heading = The lab's roster
analysts-roster-hint = The analysts whose signatures the lab accepts. Open the roster the lab hands out, or an analyst's key card to add it.
analysts-roster-none = No roster is kept in this browser: signatures are checked, but not whose they are.
analysts-roster-open = Open roster or key card
analysts-roster-save = Save roster
analysts-roster-forget = Forget roster
analysts-roster-read = { $name } read: { $added } analysts added.
analysts-roster-refused = { $name } was not taken in: { $reason }
analysts-self-review = The lab's roster allows an analyst to review their own interpretation (for training only; the note says so). Save the roster again to hand the setting out.

## An import

review-import-unlisted = Signed by { $names }, not in the lab's roster.
review-import-trail = Audit trail: { $count } entries, intact; round: { $round }.
review-import-no-trail = This session has no audit trail (written before Tolk kept one).
review-import-drops-trail = it has no audit trail, and this case has one: taking it in would drop the case's record. A trail removed by hand looks just so.
review-import-replaces-trail = Its audit trail does not continue this case's: taking it in replaces this case's record with the file's (an older copy, or work done apart).
