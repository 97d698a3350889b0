//! The team meeting's decision on the variant on the screen: the class the
//! team agreed on (or none), what happens next, and who was present,
//! recorded with the work, and so in the note, dated by this computer's
//! clock (its own day, not UTC's). Those present are the same for every
//! variant of one meeting, so their field is the presentation's: kept from
//! variant to variant, empty at the next presentation. What is typed and
//! not yet recorded is kept as a draft per variant, so moving to another
//! variant or leaving the presentation (Escape) loses nothing.

use crate::i18n::{t, use_language};
use crate::interpretation::Interpretation;
use crate::pseudonymise::use_pseudonymise;
use leptos::prelude::*;
use std::collections::HashMap;
use tolk_core::acmg::Class;
use tolk_core::note::{meeting_differs, meeting_line, NoteVariant};
use tolk_core::session::MeetingDecision;

/// A decision typed and not yet recorded: the class's id (`""` for none)
/// and the next step.
#[derive(Clone, Default, PartialEq)]
pub(crate) struct Draft {
    class: String,
    action: String,
}

/// The drafts of the open file's variants, by variant key.
pub(crate) type Drafts = RwSignal<HashMap<String, Draft>>;

#[component]
pub fn MeetingDecisionForm(
    /// The variant on the screen, as the note gives it.
    variant: NoteVariant,
    /// Who was present, shared by the meeting's variants.
    present: RwSignal<String>,
    /// What was typed and not recorded, by variant.
    drafts: Drafts,
) -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let pseudo = use_pseudonymise();
    let language = use_language();
    let recorded = variant.meeting.clone();
    let key = StoredValue::new(variant.key());
    let draft = drafts.with_untracked(|d| d.get(&key.get_value()).cloned()).unwrap_or_else(|| Draft {
        class: recorded.as_ref().and_then(|m| m.agreed_class).map_or("", |c| c.id()).to_owned(),
        action: recorded.as_ref().map(|m| m.action.clone()).unwrap_or_default(),
    });
    let (class, action) = (RwSignal::new(draft.class), RwSignal::new(draft.action));
    let keep_draft = move || {
        let draft = Draft { class: class.get_untracked(), action: action.get_untracked() };
        drafts.update(|d| {
            d.insert(key.get_value(), draft);
        });
    };
    let record = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let key = key.get_value();
        drafts.update(|d| {
            d.remove(&key);
        });
        let Some(work) = interp.work(&key) else { return };
        let agreed = Class::ALL.into_iter().find(|c| c.id() == class.get_untracked());
        let (action, names) = (action.get_untracked(), MeetingDecision::names(&present.get_untracked()));
        let day = local_day();
        interp.edit(&work.facts, move |w, stamp| {
            w.set_meeting(Some(MeetingDecision::new(agreed, &action, names, &day)), stamp);
        });
    };
    let summary = recorded.as_ref().map(|m| {
        let lang = language.get_untracked();
        let differs = meeting_differs(lang, m, &variant);
        view! {
            <p class="meeting-recorded" data-testid="meeting-recorded">{meeting_line(lang, m)}</p>
            {differs.map(|d| view! { <p class="caution" data-testid="meeting-differs">{d}</p> })}
        }
    });
    view! {
        <form class="slide-meeting" data-testid="meeting-decision" on:submit=record>
            // Pseudonymised, names typed here could not be shown as typed.
            <fieldset disabled=move || pseudo.on.get() || !interp.work_open()>
                <legend>{t(msg!("meeting-heading"))}</legend>
                <label>
                    {t(msg!("meeting-class"))}
                    <select
                        data-testid="meeting-class"
                        on:change=move |e| {
                            class.set(event_target_value(&e));
                            keep_draft();
                        }
                    >
                        <option value="" selected=move || class.with(String::is_empty)>{t(msg!("meeting-no-class"))}</option>
                        {Class::ALL
                            .into_iter()
                            .map(|c| view! {
                                <option value=c.id() selected=move || class.with(|v| v == c.id())>
                                    {move || c.label(language.get())}
                                </option>
                            })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    {t(msg!("meeting-action"))}
                    <input
                        type="text"
                        data-testid="meeting-action"
                        prop:value=move || action.get()
                        on:input=move |e| {
                            action.set(event_target_value(&e));
                            keep_draft();
                        }
                    />
                </label>
                <label>
                    {t(msg!("meeting-present"))}
                    <input type="text" data-testid="meeting-present" prop:value=move || present.get() on:input=move |e| present.set(event_target_value(&e))/>
                </label>
                <button type="submit" class="button" data-testid="meeting-record">{t(msg!("meeting-record"))}</button>
            </fieldset>
            {summary}
        </form>
    }
}

/// Today in this computer's time zone, `YYYY-MM-DD`: a meeting just after
/// midnight in Norway is on that day, not on UTC's previous one.
fn local_day() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}
