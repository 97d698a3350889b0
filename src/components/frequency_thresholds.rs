//! The population-frequency thresholds for BA1, BS1 and PM2, saved with
//! the session: they depend on the disorder, so the clinician sets them,
//! BS1 (and, if wished, the table's AF limit) from the disorder's maximum
//! credible allele frequency (Whiffin et al. 2017).

use super::number_input::number_input;
use super::use_engine;
use crate::i18n::{t, tr, tr_with};
use crate::interpretation::Interpretation;
use leptos::prelude::*;
use tolk_core::acmg::{MaxCredible, Thresholds};

#[component]
pub fn FrequencyThresholds() -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let current = move || interp.session.with(|s| s.as_ref().map(|s| s.thresholds).unwrap_or_default());
    let field =
        move |id: &'static str, label: &'static str, get: fn(&Thresholds) -> f32, set: fn(&mut Thresholds, f32)| {
            let take = move |v: f64| interp.edit_session(|s| set(&mut s.thresholds, v as f32));
            number_input(id, label, (0.0, Some(1.0)), "any", move || get(&current()).to_string(), take)
        };
    view! {
        <details class="thresholds">
            <summary>{t(msg!("thresholds-heading"))}</summary>
            <div class="threshold-fields">
                {field("threshold-ba1", msg!("thresholds-ba1"), |t| t.ba1, |t, v| t.ba1 = v)}
                // BS1 typed by hand no longer comes from the calculator.
                {field("threshold-bs1", msg!("thresholds-bs1"), |t| t.bs1, |t, v| {
                    t.bs1 = v;
                    t.max_credible = None;
                })}
                {field("threshold-pm2", msg!("thresholds-pm2"), |t| t.pm2, |t, v| t.pm2 = v)}
                {field("threshold-pm2-recessive", msg!("thresholds-pm2-recessive"), |t| t.pm2_recessive, |t, v| t.pm2_recessive = v)}
            </div>
            <MaxCredibleCalculator/>
        </details>
    }
}

/// Whiffin et al. 2017's calculator: the highest allele frequency a
/// disease-causing variant can have given the disorder's prevalence, how
/// much of it one allele and one gene explain, and the penetrance. Its
/// result becomes BS1's threshold (kept with the inputs, for the note) and,
/// on request, the table's AF limit.
#[component]
fn MaxCredibleCalculator() -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let filters = use_engine().narrowing.filters;
    let saved = interp.session.with_untracked(|s| s.as_ref().and_then(|s| s.thresholds.max_credible));
    let inputs = RwSignal::new(saved.unwrap_or_default());
    let af = move || inputs.with(MaxCredible::af);
    let number = move |id: &'static str,
                       label: &'static str,
                       get: fn(&MaxCredible) -> f32,
                       set: fn(&mut MaxCredible, f32),
                       max: Option<f64>| {
        let take = move |v: f64| inputs.update(|m| set(m, v as f32));
        number_input(id, label, (0.0, max), "any", move || inputs.with(|m| get(m).to_string()), take)
    };
    let result = move || match af() {
        Some(af) => tr_with(msg!("maxaf-result"), &[("af", format_af(af).into())]),
        None => tr(msg!("maxaf-out-of-range")),
    };
    view! {
        <fieldset class="max-credible" data-testid="max-credible">
            <legend>{t(msg!("maxaf-heading"))}</legend>
            <p class="hint">{t(msg!("maxaf-hint"))}</p>
            <div class="threshold-fields">
                {number(msg!("maxaf-prevalence"), msg!("maxaf-prevalence"), |m| m.prevalence_one_in, |m, v| m.prevalence_one_in = v, None)}
                {number(msg!("maxaf-allelic"), msg!("maxaf-allelic"), |m| m.allelic_heterogeneity, |m, v| m.allelic_heterogeneity = v, Some(1.0))}
                {number(msg!("maxaf-genetic"), msg!("maxaf-genetic"), |m| m.genetic_heterogeneity, |m, v| m.genetic_heterogeneity = v, Some(1.0))}
                {number(msg!("maxaf-penetrance"), msg!("maxaf-penetrance"), |m| m.penetrance, |m, v| m.penetrance = v, Some(1.0))}
            </div>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="maxaf-biallelic"
                    prop:checked=move || inputs.with(|m| m.biallelic)
                    on:change=move |e| inputs.update(|m| m.biallelic = event_target_checked(&e))
                />
                {t(msg!("maxaf-biallelic"))}
            </label>
            <p><output data-testid="maxaf-result" aria-live="polite">{result}</output></p>
            <div class="decide">
                <button
                    type="button"
                    class="button"
                    data-testid="maxaf-use-bs1"
                    disabled=move || af().is_none()
                    on:click=move |_| {
                        if let Some(af) = af() {
                            let used = inputs.get_untracked();
                            interp.edit_session(|s| {
                                s.thresholds.bs1 = af;
                                s.thresholds.max_credible = Some(used);
                            });
                        }
                    }
                >
                    {t(msg!("maxaf-use-bs1"))}
                </button>
                <button
                    type="button"
                    class="button"
                    data-testid="maxaf-use-filter"
                    disabled=move || af().is_none()
                    on:click=move |_| {
                        if let Some(af) = af() {
                            filters.update(|f| f.af_below = Some(af));
                        }
                    }
                >
                    {t(msg!("maxaf-use-filter"))}
                </button>
            </div>
        </fieldset>
    }
}

/// An allele frequency as people read them: scientific below 0.001.
fn format_af(af: f32) -> String {
    if af < 0.001 {
        format!("{af:.2e}")
    } else {
        format!("{af:.4}")
    }
}
