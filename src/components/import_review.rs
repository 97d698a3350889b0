//! An imported session shown before it replaces anything: which variants
//! it adds, changes and removes, whether the note's text differs, which of
//! its variants the open file does not hold (left out), its audit trail
//! (checked before it got here: one that does not verify is refused) with
//! any signer the lab's roster lacks, and the choice to take it in or not.

use crate::i18n::{t, tr_with, use_language};
use crate::interpretation::Interpretation;
use crate::pseudonymise::use_pseudonymise;
use leptos::prelude::*;
use tolk_core::text::isolated;
use tolk_core::trail::{round_phrase, Chain, Listing};

#[component]
pub fn ImportReview() -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let pseudo = use_pseudonymise();
    move || {
        let pending = interp.pending_import.get()?;
        // Each line's test id is its message key.
        let list = |key: &'static str, keys: &[String]| {
            (!keys.is_empty()).then(|| {
                view! {
                    <li data-testid=key>
                        {tr_with(key, &[("count", keys.len().into()), ("variants", keys.join(", ").into())])}
                    </li>
                }
            })
        };
        let c = &pending.changes;
        let missing = pending.missing.clone();
        let checking = missing.is_none();
        let v = &pending.verification;
        let trail = match v.chain {
            Chain::Absent => tr_with(msg!("review-import-no-trail"), &[]),
            _ => tr_with(
                msg!("review-import-trail"),
                &[
                    ("count", v.entries.into()),
                    ("round", round_phrase(v.progress.round).render(use_language().get()).into()),
                ],
            ),
        };
        let unlisted: Vec<String> =
            v.signatures.iter().filter(|s| s.listing == Listing::NotListed).map(|s| pseudo.text(&s.name)).collect();
        Some(view! {
            <div class="import-review" data-testid="import-review" role="alertdialog" aria-labelledby="import-review-heading">
                <h3 id="import-review-heading">
                    {tr_with(msg!("import-review-heading"), &[("name", isolated(&pseudo.text(&pending.name)).into())])}
                </h3>
                <ul>
                    {list(msg!("import-review-added"), &c.added)}
                    {list(msg!("import-review-changed"), &c.changed)}
                    {list(msg!("import-review-removed"), &c.removed)}
                    {c.note.then(|| view! { <li data-testid="import-note">{t(msg!("import-review-note"))}</li> })}
                    {c.is_empty().then(|| view! { <li>{t(msg!("import-review-same"))}</li> })}
                    <li data-testid="import-trail" data-chain=v.chain.as_str()>{trail}</li>
                    {pending.replaces_trail.then(|| view! {
                        <li class="error" data-testid="import-replaces-trail">{t(msg!("review-import-replaces-trail"))}</li>
                    })}
                    {(!unlisted.is_empty()).then(|| view! {
                        <li class="error" data-testid="import-unlisted">
                            {tr_with(msg!("review-import-unlisted"), &[("names", unlisted.join(", ").into())])}
                        </li>
                    })}
                    {missing.filter(|m| !m.is_empty()).map(|m| view! {
                        <li class="error" data-testid="import-missing">
                            {tr_with(msg!("import-review-missing"), &[("count", m.len().into()), ("variants", m.join(", ").into())])}
                        </li>
                    })}
                </ul>
                {checking.then(|| view! { <p class="muted">{t(msg!("import-review-checking"))}</p> })}
                <div class="decide">
                    <button
                        type="button"
                        class="button"
                        data-testid="import-confirm"
                        disabled=checking
                        on:click=move |_| interp.confirm_import()
                    >
                        {t(msg!("import-review-confirm"))}
                    </button>
                    <button type="button" class="button" data-testid="import-cancel" on:click=move |_| interp.cancel_import()>
                        {t(msg!("import-review-cancel"))}
                    </button>
                </div>
            </div>
        })
    }
}
