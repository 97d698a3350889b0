//! The selected variant's comments in one place: the clinician's comment
//! on the variant, written here and saved as it is typed, and beneath it,
//! to read, every other comment its work holds: each criterion's (with
//! whether it was applied, and at what strength), the reason for a class
//! set by hand, and the next step the team meeting agreed. Pseudonymised
//! as the rest of the screen is; meanwhile the comment is read-only, as
//! its field shows the labels, not what was typed.

use super::{saved_as_typed, use_engine};
use crate::engine::Selection;
use crate::i18n::{t, use_language};
use crate::interpretation::Interpretation;
use crate::pseudonymise::{use_pseudonymise, Pseudonymise};
use leptos::prelude::*;
use tolk_core::acmg::{Class, Code, Strength};
use tolk_core::i18n::Lang;
use tolk_core::session::{VariantFacts, VariantWork};

#[component]
pub fn VariantComments() -> impl IntoView {
    let engine = use_engine();
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    // The selected variant's facts, which tell their readers only of
    // another variant: the gene's chart, added to them later, would
    // otherwise build the part again and take the focus from a comment
    // being typed.
    let selected = Memo::new_with_compare(
        move |_| {
            engine.selection.with(|s| match s {
                Selection::Ready { detail, .. } => Some(detail.snapshot.clone()),
                _ => None,
            })
        },
        |old, new| old.map(|o| o.as_ref().map(VariantFacts::key)) != new.map(|n| n.as_ref().map(VariantFacts::key)),
    );
    // A memo, as the classification's: built again when saving becomes
    // possible, not at every edit. Work that cannot be saved is not offered.
    let saving = Memo::new(move |_| interp.session.with(Option::is_some));
    move || {
        let facts = selected.get()?;
        Some(match saving.get() {
            true => comments(interp, selected, facts).into_any(),
            false => {
                view! { <p class="muted" data-testid="comments-unavailable">{t(msg!("comments-unavailable"))}</p> }
                    .into_any()
            }
        })
    }
}

/// The comment field of the variant `facts` describe, and its other
/// comments.
fn comments(interp: Interpretation, selected: Memo<Option<VariantFacts>>, facts: VariantFacts) -> impl IntoView {
    let pseudo = use_pseudonymise();
    let work = {
        let (key, facts) = (facts.key(), facts.clone());
        Memo::new(move |_| interp.work(&key).unwrap_or_else(|| VariantWork::new(facts.clone())))
    };
    let facts = StoredValue::new(facts);
    let comment = saved_as_typed(move |text| {
        let Some(facts) = facts.try_get_value() else { return };
        // This variant's facts as they are now (the gene's chart may have
        // come since), even if another is selected when typing pauses.
        let now = selected.with_untracked(|s| s.clone().filter(|s| s.key() == facts.key()));
        interp.edit(&now.unwrap_or(facts), |w, _| w.comment = text);
    });
    let others = Memo::new(move |_| work.with(other_comments));
    let listed = move || {
        let lang = use_language().get();
        let items = others.get();
        if items.is_empty() {
            return view! { <p class="muted" data-testid="other-comments-none">{lang.t(msg!("comments-none"))}</p> }
                .into_any();
        }
        let items = items
            .into_iter()
            .map(|item| {
                view! {
                    <div data-testid="other-comment" data-kind=item.kind() data-code=item.code()>
                        <dt>{item.about(lang, pseudo)}</dt>
                        <dd>{pseudo.text(item.text())}</dd>
                    </div>
                }
            })
            .collect_view();
        view! { <dl class="other-comments">{items}</dl> }.into_any()
    };
    // Laid out as the decision's fields were: the label above its field.
    view! {
        <div class="decision variant-comments" data-testid="variant-comments">
            <label for="variant-comment">{t(msg!("decision-comment"))}</label>
            <textarea
                id="variant-comment"
                data-testid="variant-comment"
                // Read-only while another tab writes the case.
                disabled=move || !interp.work_open()
                readonly=move || pseudo.on.get()
                prop:value=move || pseudo.text(&work.with(|w| w.comment.clone()))
                on:input=comment
                on:change=comment
            ></textarea>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="variant-comment-shareable"
                    disabled=move || !interp.work_open() || pseudo.on.get()
                    prop:checked=move || work.with(|w| w.comment_shareable)
                    on:change=move |ev| {
                        let shareable = event_target_checked(&ev);
                        if let Some(facts) = facts.try_get_value() {
                            let now = selected.with_untracked(|s| s.clone().filter(|s| s.key() == facts.key()));
                            interp.edit(&now.unwrap_or(facts), |w, _| w.comment_shareable = shareable);
                        }
                    }
                />
                " " {t(msg!("comment-shareable"))}
            </label>
            <section data-testid="other-comments" aria-labelledby="other-comments-heading">
                <h3 id="other-comments-heading">{t(msg!("comments-others"))}</h3>
                {listed}
            </section>
        </div>
    }
}

/// A comment recorded elsewhere in the work on a variant.
#[derive(Clone, PartialEq)]
enum Other {
    /// A criterion's comment, and how the criterion was left.
    Criterion { code: Code, applied: bool, strength: Strength, text: String },
    /// Why the class was set by hand.
    Override { class: Class, text: String },
    /// The next step the team meeting agreed, and the meeting's date.
    Meeting { date: String, text: String },
    /// A CNV item's comment, with its points.
    Cnv { code: String, points: f32, text: String },
}

/// Every comment of `work` but its own that says something: the criteria's
/// in the table's order (pathogenic, then benign), the CNV items' in the
/// order applied, then the reason for the class set by hand, then the team
/// meeting's next step.
fn other_comments(work: &VariantWork) -> Vec<Other> {
    let said = |text: &String| !text.trim().is_empty();
    let mut criteria: Vec<_> = work.criteria.iter().filter(|c| said(&c.comment)).collect();
    criteria.sort_by_key(|c| c.code);
    let criteria = criteria.into_iter().map(|c| Other::Criterion {
        code: c.code,
        applied: c.applied,
        strength: c.strength,
        text: c.comment.clone(),
    });
    let reason = work
        .override_class
        .as_ref()
        .filter(|o| said(&o.reason))
        .map(|o| Other::Override { class: o.class, text: o.reason.clone() });
    let meeting = work
        .meeting
        .as_ref()
        .filter(|m| said(&m.action))
        .map(|m| Other::Meeting { date: m.date.clone(), text: m.action.clone() });
    let cnv = work.cnv.iter().flat_map(|c| &c.applied).filter(|a| said(&a.comment)).map(|a| Other::Cnv {
        code: a.code.clone(),
        points: a.points,
        text: a.comment.clone(),
    });
    criteria.chain(cnv).chain(reason).chain(meeting).collect()
}

impl Other {
    /// What the comment is on, in `lang`: `PM2, applied at supporting`.
    fn about(&self, lang: Lang, pseudo: Pseudonymise) -> String {
        match self {
            Other::Criterion { code, applied, strength, .. } => {
                let key =
                    if *applied { msg!("comments-criterion-applied") } else { msg!("comments-criterion-considered") };
                lang.t_with(key, &[("code", code.as_str().into()), ("strength", strength.label(lang).into())])
            }
            Other::Override { class, .. } => {
                lang.t_with(msg!("comments-override"), &[("class", class.label(lang).into())])
            }
            Other::Meeting { date, .. } if date.trim().is_empty() => lang.t(msg!("comments-meeting-undated")),
            Other::Meeting { date, .. } => lang.t_with(msg!("comments-meeting"), &[("date", pseudo.time(date).into())]),
            Other::Cnv { code, points, .. } => lang.t_with(
                msg!("comments-cnv"),
                &[("code", code.as_str().into()), ("points", format!("{points:+.2}").into())],
            ),
        }
    }

    /// The comment as it was written.
    fn text(&self) -> &str {
        match self {
            Other::Criterion { text, .. }
            | Other::Override { text, .. }
            | Other::Meeting { text, .. }
            | Other::Cnv { text, .. } => text,
        }
    }

    /// For tests: `criterion`, `override` or `meeting`.
    fn kind(&self) -> &'static str {
        match self {
            Other::Criterion { .. } => "criterion",
            Other::Override { .. } => "override",
            Other::Meeting { .. } => "meeting",
            Other::Cnv { .. } => "cnv",
        }
    }

    /// A criterion's code (`PM2`), for tests.
    fn code(&self) -> Option<&'static str> {
        match self {
            Other::Criterion { code, .. } => Some(code.as_str()),
            _ => None,
        }
    }
}
