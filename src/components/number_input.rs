//! A labelled number field that takes a value only within its range: a
//! value out of it, or not a number, is refused and the value in force is
//! shown again, so the field never shows a setting that is not the one
//! applied.

use crate::i18n::t;
use leptos::prelude::*;

/// `id` is also the test id; `label` a message key; `range` the least and,
/// if any, the greatest value taken; `step` as the input takes it. `value`
/// is the value in force as shown; `take` gets each accepted value.
pub fn number_input(
    id: &'static str,
    label: &'static str,
    (min, max): (f64, Option<f64>),
    step: &'static str,
    value: impl Fn() -> String + Clone + Send + Sync + 'static,
    take: impl Fn(f64) + 'static,
) -> impl IntoView {
    let shown = value.clone();
    let on_change = move |e: leptos::ev::Event| {
        let typed = event_target_value(&e).trim().parse::<f64>().ok();
        match typed.filter(|v| v.is_finite() && *v >= min && max.is_none_or(|max| *v <= max)) {
            Some(v) => take(v),
            None => event_target::<web_sys::HtmlInputElement>(&e).set_value(&shown()),
        }
    };
    view! {
        <label for=id>{t(label)}</label>
        <input
            id=id
            data-testid=id
            type="number"
            step=step
            min=min.to_string()
            max=max.map(|m| m.to_string())
            inputmode="decimal"
            prop:value=value
            on:change=on_change
        />
    }
}
