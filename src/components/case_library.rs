//! The bundled teaching cases, listed by title in the interface's
//! language; one click opens a case with its panel and family.

use crate::i18n::{t, tr_with, use_language};
use crate::teaching::use_teaching;
use leptos::prelude::*;

#[component]
pub fn CaseLibrary() -> impl IntoView {
    let teaching = use_teaching();
    let language = use_language();
    view! {
        <section class="case-library" data-testid="case-library" aria-labelledby="case-library-heading">
            <h2 id="case-library-heading">{t(msg!("case-library-heading"))}</h2>
            <p>{t(msg!("case-library-hint"))}</p>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="exam-mode"
                    prop:checked=move || teaching.exam.get()
                    on:change=move |e| teaching.set_exam(event_target_checked(&e))
                />
                {t(msg!("exam-mode"))}
            </label>
            {move || match teaching.library.get() {
                None => ().into_any(),
                Some(Err(e)) => view! { <p class="error" role="alert">{tr_with(msg!("case-library-failed"), &[("reason", e.render(use_language().get()).into())])}</p> }.into_any(),
                Some(Ok(library)) => view! {
                    <ul class="case-list">
                        {library
                            .cases
                            .into_iter()
                            .map(|case| {
                                let testid = format!("case-{}", case.id);
                                let title = case.title.get(language.get()).to_owned();
                                view! {
                                    <li>
                                        <button type="button" class="button" data-testid=testid on:click=move |_| teaching.open(case.clone())>
                                            {title}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any(),
            }}
            {move || teaching.error.get().map(|e| view! { <p class="error" role="alert">{tr_with(msg!("case-failed"), &[("reason", e.render(use_language().get()).into())])}</p> })}
        </section>
    }
}
