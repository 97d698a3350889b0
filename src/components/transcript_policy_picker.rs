//! The setting that decides which transcripts count for a variant's worst
//! consequence (shared SPEC.md section 2).

use super::use_engine;
use leptos::prelude::*;
use tolk_core::annotation::TranscriptPolicy;

const CHOICES: [(TranscriptPolicy, &str, &str); 4] = [
    (TranscriptPolicy::All, "all", "All transcripts"),
    (TranscriptPolicy::Canonical, "canonical", "Canonical transcript"),
    (TranscriptPolicy::ManeSelect, "mane_select", "MANE Select transcript"),
    (TranscriptPolicy::Pick, "pick", "VEP's PICK flag"),
];

/// A select box: all transcripts, canonical, MANE Select, or PICK. Variants
/// with no transcript of the chosen kind keep their worst over all.
#[component]
pub fn TranscriptPolicyPicker() -> impl IntoView {
    let engine = use_engine();
    let on_change = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        if let Some((policy, _, _)) = CHOICES.iter().find(|(_, id, _)| *id == value) {
            engine.set_policy(*policy);
        }
    };
    view! {
        <label class="policy-picker">
            "Worst consequence over: "
            <select data-testid="transcript-policy" on:change=on_change>
                {CHOICES
                    .iter()
                    .map(|(policy, id, label)| {
                        view! {
                            <option value=*id selected=move || engine.policy.get() == *policy>
                                {*label}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
