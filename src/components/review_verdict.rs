//! The reviewer's verdict on the selected variant, above its criteria:
//! agree, or disagree with a comment, while the case is in review; and
//! the verdict that stands, for the interpreter once the case came back.

use crate::i18n::{t, tr, use_language};
use crate::interpretation::Interpretation;
use crate::pseudonymise::use_pseudonymise;
use leptos::prelude::*;
use tolk_core::trail::{Round, Verdict};

#[component]
pub fn ReviewVerdict(variant: String) -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let pseudo = use_pseudonymise();
    let key = StoredValue::new(variant);
    let worked =
        move || interp.session.with(|s| s.as_ref().is_some_and(|s| key.with_value(|k| s.variants.contains_key(k))));
    let in_review = move || interp.progress.with(|p| p.round == Round::Review) && worked();
    let standing = move || key.with_value(|k| interp.progress.with(|p| p.verdict(k).cloned()));
    let comment = RwSignal::new(String::new());
    let analysts = use_context::<crate::analysts::Analysts>().expect("App provides the Analysts");
    let has_key = move || analysts.mine.with(Option::is_some);
    let give = move |verdict| {
        key.with_value(|k| interp.review_variant(k, verdict, comment.get_untracked().trim()));
        comment.set(String::new());
    };
    view! {
        {move || standing().map(|r| {
            let (id, word) = match r.verdict {
                Verdict::Agree => ("agree", msg!("review-verdict-agreed")),
                Verdict::Disagree => ("disagree", msg!("review-verdict-disagreed")),
            };
            view! {
                <p class=format!("review-said review-{id}") data-testid="review-verdict-said" data-verdict=id role="status">
                    <strong>{move || format!("{}: {}", pseudo.text(&r.by.name), use_language().get().t(word))}</strong>
                    {(!r.comment.is_empty()).then(|| format!(" — {}", pseudo.text(&r.comment)))}
                </p>
            }
        })}
        <Show when=in_review>
            // Verdicts count only under the key that finalises: none without one.
            <fieldset class="review-verdict" data-testid="review-verdict" disabled=move || !interp.writes() || !has_key()>
                <legend>{t(msg!("review-verdict-legend"))}</legend>
                {move || (!has_key()).then(|| view! { <p class="muted">{t(msg!("review-needs-key"))}</p> })}
                <label for="review-comment">{t(msg!("review-verdict-comment"))}</label>
                <textarea
                    id="review-comment"
                    data-testid="review-comment"
                    rows="2"
                    prop:value=move || comment.get()
                    on:input=move |e| comment.set(event_target_value(&e))
                ></textarea>
                <div class="buttons">
                    <button type="button" class="button primary" data-testid="review-agree" on:click=move |_| give(Verdict::Agree)>
                        {t(msg!("review-agree"))}
                    </button>
                    <button
                        type="button"
                        class="button"
                        data-testid="review-disagree"
                        title=move || tr(msg!("review-disagree-hint"))
                        disabled=move || comment.with(|c| c.trim().is_empty())
                        on:click=move |_| give(Verdict::Disagree)
                    >
                        {t(msg!("review-disagree"))}
                    </button>
                </div>
            </fieldset>
        </Show>
    }
}
