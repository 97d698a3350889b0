//! The setting that decides which transcripts count for a variant's worst
//! consequence (shared SPEC.md section 2).

use super::use_engine;
use crate::i18n::{t, use_language};
use leptos::prelude::*;
use tolk_core::annotation::TranscriptPolicy;
use tolk_core::filter::{parse_policy, policy_id};

/// A select box: all transcripts, canonical, MANE Select, or PICK. Variants
/// with no transcript of the chosen kind keep their worst over all.
#[component]
pub fn TranscriptPolicyPicker() -> impl IntoView {
    let engine = use_engine();
    let on_change = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        if let Some(policy) = parse_policy(&value) {
            engine.set_policy(policy);
        }
    };
    view! {
        <label class="policy-picker">
            {t(msg!("policy-label"))}
            <select data-testid="transcript-policy" on:change=on_change>
                {TranscriptPolicy::EVERY
                    .into_iter()
                    .map(|policy| {
                        view! {
                            <option value=policy_id(policy) selected=move || engine.policy.get() == policy>
                                {move || policy.label(use_language().get())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
