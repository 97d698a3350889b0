//! The classification the applied criteria reach: points and class by
//! Tavtigian 2020, the Richards 2015 rules beside them, and every note on
//! how they were counted, including where the two systems disagree. A
//! copy-number variant scored by the CNV points (Riggs et al. 2020) is
//! classed by them: the box says so, with their total, and shows the
//! sequence-variant breakdown only where criteria were applied too.

use crate::i18n::{t, tr, tr_with, use_language};
use leptos::prelude::*;
use tolk_core::session::VariantWork;

#[component]
pub fn ClassificationBox(work: Memo<VariantWork>) -> impl IntoView {
    let result = Memo::new(move |_| work.with(VariantWork::classification));
    let final_class = move || work.with(VariantWork::final_class);
    // A CNV scored by points: its total (hundredths) and class.
    let cnv = Memo::new(move |_| work.with(|w| w.cnv.as_ref().map(|c| (c.total_hundredths(), c.class()))));
    // For a CNV, the ACMG breakdown only where criteria were applied.
    let acmg_shown = move || cnv.with(Option::is_none) || result.with(|c| !c.counted.is_empty());
    let counted = move || {
        let codes: Vec<String> = result.with(|c| c.counted.iter().map(ToString::to_string).collect());
        if codes.is_empty() {
            tr(msg!("class-none-applied"))
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
            data-vus-tier=move || result.with(|c| c.vus_tier.map(|t| t.key()))
            data-cnv-total=move || cnv.get().map(|(total, _)| total.to_string())
            aria-labelledby="classification-heading"
            aria-live="polite"
        >
            <h3 id="classification-heading">{t(msg!("class-heading"))}</h3>
            <p class="class-name" data-class=move || final_class().id()>{move || final_class().label(use_language().get())}</p>
            {move || cnv.get().map(|(total, class)| view! {
                <p class="class-basis" data-testid="classification-cnv" data-total=total.to_string()>
                    {move || {
                        let lang = use_language().get();
                        let points = format!("{:+.2}", tolk_core::cnv::scheme::points(total));
                        tr_with(msg!("cnv-class-by-points"), &[("points", points.into()), ("class", class.label(lang).into())])
                    }}
                </p>
            })}
            {move || work.with(|w| w.override_class.clone()).map(|o| view! {
                <p class="override">{move || tr_with(msg!("class-override"), &[("reason", (&o.reason).into())])}</p>
            })}
            {move || (cnv.with(Option::is_some) && acmg_shown()).then(|| view! {
                <p class="muted" data-testid="classification-acmg-aside">{t(msg!("cnv-class-acmg-aside"))}</p>
            })}
            <dl hidden=move || !acmg_shown()>
                <dt>{t(msg!("class-points"))}</dt>
                <dd>
                    {move || {
                        let lang = use_language().get();
                        result.with(|c| {
                            let class = c.vus_tier.map_or_else(|| c.class.label(lang), |tier| lang.t(tier.key()));
                            format!("{} → {class}", c.points)
                        })
                    }}
                </dd>
                <dt>{t(msg!("class-2015"))}</dt>
                <dd>{move || result.with(|c| c.class_2015.label(use_language().get()))}</dd>
                <dt>{t(msg!("class-counted"))}</dt>
                <dd class="counted">{counted}</dd>
            </dl>
            {move || (acmg_shown() && result.with(|c| c.disagree())).then(|| view! {
                <p class="disagree" data-testid="classification-disagree">
                    {t(msg!("class-disagree"))}
                </p>
            })}
            <ul class="notes" hidden=move || !acmg_shown()>
                {move || {
                    let lang = use_language().get();
                    result.with(|c| c.notes.iter().map(|n| view! { <li>{n.render(lang)}</li> }).collect_view())
                }}
            </ul>
        </section>
    }
}
