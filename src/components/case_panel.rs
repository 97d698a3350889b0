//! The open teaching case: the referral and panel, the variant to
//! classify, and, only when the learner asks (in an exam: only once the
//! learner submits, with a score), the expected answer beside the
//! learner's own, criterion by criterion, with the reason for each.

use crate::i18n::{t, tr, tr_with, use_language};
use crate::interpretation::Interpretation;
use crate::teaching::use_teaching;
use leptos::prelude::*;
use tolk_core::acmg::{classify, Applied};
use tolk_core::i18n::Lang;
use tolk_core::teaching::{Answer, Case};

#[component]
pub fn CasePanel() -> impl IntoView {
    let teaching = use_teaching();
    let language = use_language();
    // Only another case rebuilds the panel: a language switch rewords it
    // in place, so an answer that was shown stays shown.
    move || {
        teaching.case.get().map(|case| {
            let Case { id, title, referral, panel, answers, .. } = case;
            view! {
                <section class="case-panel" data-testid="teaching-case" data-case=id aria-labelledby="case-heading">
                    <h2 id="case-heading">{move || tr_with(msg!("case-heading"), &[("title", title.get(language.get()).into())])}</h2>
                    <dl class="case-facts">
                        <dt>{t(msg!("case-referral"))}</dt>
                        <dd data-testid="case-referral">{move || referral.get(language.get()).to_owned()}</dd>
                        <dt>{t(msg!("case-panel"))}</dt>
                        <dd>{panel.join(", ")}</dd>
                    </dl>
                    <Show when=move || teaching.case_exam.get()>
                        <p class="exam-status" data-testid="exam-status">{t(msg!("exam-status"))}</p>
                    </Show>
                    {answers.into_iter().map(|answer| view! { <CaseAnswer answer/> }).collect_view()}
                    <p class="muted">{t(msg!("case-source"))}</p>
                </section>
            }
        })
    }
}

/// One variant to classify, and its answer once asked for; in an exam,
/// once the learner submits, with the score of what was submitted.
#[component]
fn CaseAnswer(answer: Answer) -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let teaching = use_teaching();
    let language = use_language();
    let shown = RwSignal::new(false);
    let key = StoredValue::new(answer.variant.clone());
    let learner = Memo::new(move |_| key.with_value(|k| interp.work(k)).map(|w| w.applied()).unwrap_or_default());
    let submitted = Memo::new(move |_| key.with_value(|k| teaching.submitted.with(|s| s.get(k).cloned())));
    let answer = StoredValue::new(answer);
    let label = answer.with_value(|a| a.label.clone());
    let practice = move || {
        view! {
            <button
                type="button"
                class="button"
                data-testid="case-reveal"
                aria-expanded=move || shown.get().to_string()
                on:click=move |_| shown.update(|s| *s = !*s)
            >
                {move || tr(if shown.get() { msg!("case-hide") } else { msg!("case-reveal") })}
            </button>
            <Show when=move || shown.get()>
                {move || answer.with_value(|a| comparison(a, &learner.get(), language.get()))}
            </Show>
        }
    };
    let exam = move || match submitted.get() {
        None => view! {
            <p class="muted">{t(msg!("exam-hint"))}</p>
            <button
                type="button"
                class="button"
                data-testid="case-submit"
                on:click=move |_| teaching.submit(key.get_value(), learner.get_untracked())
            >
                {t(msg!("exam-submit"))}
            </button>
        }
        .into_any(),
        Some(criteria) => {
            let lang = language.get();
            answer.with_value(|a| view! { {score(a, &criteria, lang)} {comparison(a, &criteria, lang)} }).into_any()
        }
    };
    view! {
        <article class="case-answer" data-testid="case-answer" data-variant=key.get_value()>
            <p class="case-task">{tr_with(msg!("case-task"), &[("variant", label.into())])}</p>
            {move || if teaching.case_exam.get() { exam().into_any() } else { practice().into_any() }}
        </article>
    }
}

/// The exam's score of the criteria submitted, item by item.
fn score(answer: &Answer, submitted: &[Applied], lang: Lang) -> impl IntoView {
    let s = answer.score(submitted);
    let words = lang.t_with(
        msg!("exam-score"),
        &[
            ("percent", s.percent().into()),
            ("same", s.same.into()),
            ("other", s.other_strength.into()),
            ("missed", s.missed.into()),
            ("extra", s.extra.into()),
        ],
    );
    view! {
        <p class="exam-score" data-testid="exam-score" data-percent=s.percent().to_string() data-class-same=s.class_same.to_string()>
            <strong>{words}</strong>
        </p>
    }
}

fn comparison(answer: &Answer, learner: &[Applied], lang: Lang) -> impl IntoView {
    let yours = classify(learner).class;
    let same_class = yours == answer.class;
    let rows = answer
        .compare(learner)
        .into_iter()
        .map(|row| {
            let at = |s: Option<tolk_core::acmg::Strength>| {
                s.map_or_else(|| "—".to_owned(), |strength| Applied { code: row.code, strength }.to_string())
            };
            view! {
                <tr data-testid="case-criterion" data-code=row.code.as_str() data-agreement=row.agreement.id()>
                    <th scope="row" title=row.code.criterion().title(lang)>{row.code.as_str()}</th>
                    <td>{at(row.expected)}</td>
                    <td>{at(row.learner)}</td>
                    <td class=format!("agreement agreement-{}", row.agreement.id())>{lang.t(row.agreement.key())}</td>
                    <td>{row.why.map(|w| w.get(lang).to_owned()).unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="case-comparison" data-testid="case-comparison" data-expected=answer.class.id() data-yours=yours.id() data-same=same_class.to_string()>
            <p class="case-classes">
                <strong>{lang.t_with(msg!("case-expected-class"), &[("class", answer.class.label(lang).into())])}</strong>
                " · "
                {lang.t_with(msg!("case-your-class"), &[("class", yours.label(lang).into())])}
                " · "
                {lang.t(if same_class { msg!("case-class-same") } else { msg!("case-class-differs") })}
            </p>
            <p>{answer.summary.get(lang).to_owned()}</p>
            <div class="detail-scroll" tabindex="0" role="region" aria-label=lang.t(msg!("case-criteria"))>
                <table class="detail-table case-table">
                    <thead>
                        <tr>
                            <th scope="col">{lang.t(msg!("case-col-criterion"))}</th>
                            <th scope="col">{lang.t(msg!("case-col-expected"))}</th>
                            <th scope="col">{lang.t(msg!("case-col-yours"))}</th>
                            <th scope="col">{lang.t(msg!("case-col-agreement"))}</th>
                            <th scope="col">{lang.t(msg!("case-col-why"))}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </div>
    }
}
