//! Where the case stands in review, in the case bar: the round, who sent
//! it or finalised it, how far the review is, and the way to the review
//! page. Work restored from this browser whose trail fails its check is
//! said here too, wherever the analyst is.

use crate::i18n::{t, tr_with, use_language};
use crate::interpretation::Interpretation;
use crate::workbench::{use_workbench, Page};
use leptos::prelude::*;
use tolk_core::trail::{round_phrase, Round, Verdict};

#[component]
pub fn ReviewStatus() -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let bench = use_workbench();
    let open = move || interp.session.with(Option::is_some);
    let round = move || interp.progress.with(|p| p.round);
    let detail = move || {
        interp.progress.with(|p| match p.round {
            Round::Interpretation => match &p.sent_back {
                Some((by, _)) => tr_with(msg!("review-status-sent-back"), &[("name", by.name.as_str().into())]),
                None if p.number > 1 => tr_with(msg!("review-status-round"), &[("number", p.number.into())]),
                None => String::new(),
            },
            Round::Review => {
                let by = p.submitted.as_ref().map(|s| s.by.name.as_str()).unwrap_or_default();
                let agreed = p.verdicts.values().filter(|r| r.verdict == Verdict::Agree).count();
                let worked = interp.session.with(|s| s.as_ref().map_or(0, |s| s.variants.len()));
                tr_with(
                    msg!("review-status-in-review"),
                    &[("name", by.into()), ("agreed", agreed.into()), ("count", worked.into())],
                )
            }
            Round::Finalised => {
                let name = |s: &Option<tolk_core::trail::rounds::Signed>| {
                    s.as_ref().map(|s| s.by.name.clone()).unwrap_or_default()
                };
                tr_with(
                    msg!("review-status-finalised"),
                    &[("interpreter", name(&p.submitted).into()), ("reviewer", name(&p.finalised).into())],
                )
            }
        })
    };
    view! {
        <Show when=open>
            <div class="review-status" data-testid="review-status" data-round=move || round().as_str() role="status">
                <span class=move || format!("round-chip round-{}", round().as_str())>
                    {move || round_phrase(round()).render(use_language().get())}
                </span>
                <span class="muted">{detail}</span>
                {move || interp.trail_problem.get().map(|why| view! {
                    <span class="error" data-testid="review-trail-problem" role="alert">{move || why.render(use_language().get())}</span>
                })}
                <button
                    type="button"
                    class="button link"
                    data-testid="review-open"
                    on:click=move |_| bench.page.set(Page::Review)
                >
                    {t(msg!("review-open"))}
                </button>
            </div>
        </Show>
    }
}
