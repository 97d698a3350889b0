//! The classification the applied criteria reach: points and class by
//! Tavtigian 2020, the Richards 2015 rules beside them, and every note on
//! how they were counted, including where the two systems disagree.

use leptos::prelude::*;
use tolk_core::session::VariantWork;

#[component]
pub fn ClassificationBox(work: Memo<VariantWork>) -> impl IntoView {
    let result = Memo::new(move |_| work.with(VariantWork::classification));
    let final_class = move || work.with(VariantWork::final_class);
    let counted = move || {
        let codes: Vec<String> = result.with(|c| c.counted.iter().map(ToString::to_string).collect());
        if codes.is_empty() {
            "No criteria applied.".to_owned()
        } else {
            codes.join(" ")
        }
    };
    view! {
        <section
            class="classification"
            data-testid="classification"
            data-class=move || final_class().id()
            data-points=move || result.with(|c| c.points.to_string())
            data-class-points=move || result.with(|c| c.class.id())
            data-class-2015=move || result.with(|c| c.class_2015.id())
            aria-labelledby="classification-heading"
            aria-live="polite"
        >
            <h3 id="classification-heading">"Classification"</h3>
            <p class="class-name" data-class=move || final_class().id()>{move || final_class().label()}</p>
            {move || work.with(|w| w.override_class.clone()).map(|o| view! {
                <p class="override">{format!("Set by the clinician: {}", o.reason)}</p>
            })}
            <dl>
                <dt>"Points (Tavtigian 2020)"</dt>
                <dd>{move || result.with(|c| format!("{} → {}", c.points, c.class.label()))}</dd>
                <dt>"Richards 2015 rules"</dt>
                <dd>{move || result.with(|c| c.class_2015.label())}</dd>
                <dt>"Counted"</dt>
                <dd class="counted">{counted}</dd>
            </dl>
            {move || result.with(|c| c.disagree()).then(|| view! {
                <p class="disagree" data-testid="classification-disagree">
                    "The points and the 2015 rules disagree: see the notes."
                </p>
            })}
            <ul class="notes">
                {move || result.with(|c| c.notes.clone()).into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
            </ul>
        </section>
    }
}
