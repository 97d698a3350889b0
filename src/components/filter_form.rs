//! The filters, the presets and the inheritance mode. Every control writes
//! to the narrowing signals; the engine turns each change into a new view.
//! The structural-variant filters are shown when the file has structural
//! variants, or when one is set (a case or a URL may bring one).

use super::{use_engine, Explain, FrequencySources};
use crate::i18n::{t, use_language};
use leptos::prelude::*;
use tolk_core::annotation::{ClinVarClass, Consequence, Impact};
use tolk_core::explain::Topic;
use tolk_core::filter::{Filters, Preset};
use tolk_core::inheritance::Mode;
use tolk_core::panel::Region;
use tolk_core::phrase::Phrase;
use tolk_core::sv::SvKind;

const IMPACTS: [Impact; 4] = [Impact::High, Impact::Moderate, Impact::Low, Impact::Modifier];
/// The classes offered: the clinical ones (ClinVar's drug response and
/// risk factor can be asked for from the CLI and the URL).
const CLINVAR: [ClinVarClass; 6] = [
    ClinVarClass::Pathogenic,
    ClinVarClass::LikelyPathogenic,
    ClinVarClass::Uncertain,
    ClinVarClass::Conflicting,
    ClinVarClass::LikelyBenign,
    ClinVarClass::Benign,
];

/// The numbers a filter field takes: a decimal (scores, AF), or a whole
/// count (bases, reads: a size of many megabases, which an `f32` would
/// round).
trait FieldNumber: Copy + ToString + std::str::FromStr + Send + Sync + 'static {
    /// The field's `step` and `inputmode`.
    const STEP: &'static str;
    const MODE: &'static str;
    fn usable(self) -> bool;
}

impl FieldNumber for f32 {
    const STEP: &'static str = "any";
    const MODE: &'static str = "decimal";
    fn usable(self) -> bool {
        self.is_finite() && self >= 0.0
    }
}

impl FieldNumber for u32 {
    const STEP: &'static str = "1";
    const MODE: &'static str = "numeric";
    fn usable(self) -> bool {
        true
    }
}

/// A number field bound to one optional threshold. It applies on change
/// (Enter or leaving the field), not on every keystroke. `label` and
/// `hint` are message keys; `explained` the filter's explanation, where
/// this field is the first of its filter.
fn threshold<T: FieldNumber>(
    label: &'static str,
    testid: &'static str,
    hint: &'static str,
    explained: Option<&'static str>,
    get: fn(&Filters) -> Option<T>,
    set: fn(&mut Filters, Option<T>),
) -> impl IntoView {
    let filters = use_engine().narrowing.filters;
    let id = format!("filter-{testid}");
    view! {
        <label for=id.clone()>{t(label)}</label>
        <input
            id=id
            type="number"
            step=T::STEP
            min="0"
            inputmode=T::MODE
            placeholder=t(msg!("filter-off"))
            title=t(hint)
            data-testid=format!("filter-{testid}")
            prop:value=move || filters.with(|f| get(f).map(|v| v.to_string()).unwrap_or_default())
            on:change=move |e| {
                let value = event_target_value(&e).trim().parse::<T>().ok().filter(|v| v.usable());
                filters.update(|f| set(f, value));
            }
        />
        {explain_filter(explained, label)}
    }
}

/// The explanation of filter `id`, named by the message `label`; an empty
/// cell where there is none, so the fields stay in their columns.
fn explain_filter(id: Option<&'static str>, label: &'static str) -> impl IntoView {
    match id {
        Some(id) => view! { <Explain topic=Topic::Filter(id) name=Signal::derive(t(label))/> }.into_any(),
        None => view! { <span></span> }.into_any(),
    }
}

/// The filters that are lists of values, each value a checkbox.
trait ListedValue: Copy + PartialEq + Send + Sync + 'static {
    fn list(f: &Filters) -> &[Self];
    fn list_mut(f: &mut Filters) -> &mut Vec<Self>;
    fn testid(self) -> String;
}

impl ListedValue for Consequence {
    fn list(f: &Filters) -> &[Self] {
        &f.consequences
    }
    fn list_mut(f: &mut Filters) -> &mut Vec<Self> {
        &mut f.consequences
    }
    fn testid(self) -> String {
        format!("consequence-{}", self.as_str())
    }
}

impl ListedValue for ClinVarClass {
    fn list(f: &Filters) -> &[Self] {
        &f.clinvar
    }
    fn list_mut(f: &mut Filters) -> &mut Vec<Self> {
        &mut f.clinvar
    }
    fn testid(self) -> String {
        format!("clinvar-{}", self.id())
    }
}

impl ListedValue for SvKind {
    fn list(f: &Filters) -> &[Self] {
        &f.sv_types
    }
    fn list_mut(f: &mut Filters) -> &mut Vec<Self> {
        &mut f.sv_types
    }
    fn testid(self) -> String {
        format!("filter-svtype-{}", self.id())
    }
}

/// Whether any structural-variant filter is set.
fn sv_filters_set(f: &Filters) -> bool {
    !f.sv_types.is_empty() || f.min_size.is_some() || f.max_size.is_some() || f.min_sv_reads.is_some()
}

/// The structural-variant filters: a checkbox per type, a button that
/// ticks them all (structural variants only), the size range in bases and
/// the reads that must support the call.
fn structural_filters() -> impl IntoView {
    let engine = use_engine();
    let filters = engine.narrowing.filters;
    let shown = move || engine.structural_rows() > 0 || filters.with(sv_filters_set);
    let all = move || filters.with(|f| SvKind::ALL.iter().all(|k| f.sv_types.contains(k)));
    let kind_box =
        move |kind: SvKind| value_box(kind, move || format!("{} ({})", kind.label(use_language().get()), kind.id()));
    view! {
        <Show when=shown>
            <fieldset class="sv-filters" data-testid="filter-sv">
                <legend>{t(msg!("filter-sv"))}</legend>
                <div class="row">
                    <button
                        type="button"
                        class="button"
                        data-testid="filter-sv-only"
                        title=t(msg!("filter-sv-only-hint"))
                        aria-pressed=move || all().to_string()
                        // Pressed: every type, the structural variants alone;
                        // pressed again: every variant, small ones too.
                        on:click=move |_| {
                            let to = if all() { Vec::new() } else { SvKind::ALL.to_vec() };
                            filters.update(|f| f.sv_types = to);
                        }
                    >
                        {t(msg!("filter-sv-only"))}
                    </button>
                </div>
                <div class="checks columns" role="group" aria-label=t(msg!("filter-sv-types"))>
                    {SvKind::ALL.into_iter().map(kind_box).collect_view()}
                </div>
                <div class="grid">
                    {threshold(msg!("filter-min-size"), "min-size", msg!("filter-size-hint"), None, |f| f.min_size, |f, v| f.min_size = v)}
                    {threshold(msg!("filter-max-size"), "max-size", msg!("filter-size-hint"), None, |f| f.max_size, |f, v| f.max_size = v)}
                    {threshold(msg!("filter-min-sv-reads"), "min-sv-reads", msg!("filter-min-sv-reads-hint"), None, |f| f.min_sv_reads, |f, v| f.min_sv_reads = v)}
                </div>
            </fieldset>
        </Show>
    }
}

/// A checkbox that puts `value` in or takes it out of its list.
fn value_box<T: ListedValue>(value: T, label: impl Fn() -> String + Send + Sync + 'static) -> impl IntoView {
    let filters = use_engine().narrowing.filters;
    view! {
        <label class="check">
            <input
                type="checkbox"
                data-testid=value.testid()
                prop:checked=move || filters.with(|f| T::list(f).contains(&value))
                on:change=move |e| {
                    let on = event_target_checked(&e);
                    filters.update(|f| {
                        let values = T::list_mut(f);
                        values.retain(|v| *v != value);
                        if on {
                            values.push(value);
                        }
                    });
                }
            />
            {label}
        </label>
    }
}

#[component]
pub fn FilterForm() -> impl IntoView {
    let engine = use_engine();
    let narrowing = engine.narrowing;
    let filters = narrowing.filters;
    let region_error = RwSignal::new(None::<Phrase>);

    let impact_box = move |impact: Impact| {
        view! {
            <label class="check">
                <input
                    type="checkbox"
                    data-testid=format!("impact-{}", impact.as_str())
                    prop:checked=move || filters.with(|f| f.impacts.contains(&impact))
                    on:change=move |e| {
                        let on = event_target_checked(&e);
                        filters.update(|f| {
                            f.impacts.retain(|i| *i != impact);
                            if on {
                                f.impacts.push(impact);
                                f.impacts.sort();
                            }
                        });
                    }
                />
                {impact.as_str()}
            </label>
        }
    };
    // Sequence Ontology terms are data: shown as written, without underscores.
    let term_box = move |term: Consequence| {
        let shown = term.as_str().replace('_', " ");
        value_box(term, move || shown.clone())
    };
    let clinvar_box = move |class: ClinVarClass| value_box(class, t(class.key()));
    let on_regions = move |e: leptos::ev::Event| {
        let text = event_target_value(&e);
        let parts: Vec<&str> = text.split([',', ';', '\n']).map(str::trim).filter(|s| !s.is_empty()).collect();
        let parsed: Vec<Option<Region>> = parts.iter().map(|p| Region::parse(p)).collect();
        match parts.iter().zip(&parsed).find(|(_, r)| r.is_none()) {
            Some((bad, _)) => region_error.set(Some(Phrase::new(msg!("filter-region-bad")).arg("text", *bad))),
            None => {
                region_error.set(None);
                filters.update(|f| f.regions = parsed.into_iter().flatten().collect());
            }
        }
    };

    view! {
        <section class="filter-form" aria-labelledby="filters-heading">
            <h3 id="filters-heading">{t(msg!("filter-heading"))}</h3>
            <div class="row">
                <button
                    type="button"
                    class="button primary"
                    data-testid="preset-rare-disease"
                    title=t(msg!("preset-rare-disease-hint"))
                    on:click=move |_| filters.set(Preset::RareDisease.filters())
                >
                    {t(msg!("preset-rare-disease"))}
                </button>
                <button
                    type="button"
                    class="button"
                    data-testid="preset-everything-in-panel"
                    title=t(msg!("preset-everything-hint"))
                    on:click=move |_| {
                        filters.set(Preset::EverythingInPanel.filters());
                        narrowing.mode.set(Mode::Any);
                    }
                >
                    {t(msg!("preset-everything"))}
                </button>
                <button type="button" class="button" data-testid="clear-all" on:click=move |_| narrowing.clear()>
                    {t(msg!("filter-clear"))}
                </button>
            </div>
            <div class="row">
                <label>
                    {t(msg!("filter-inheritance"))}
                    <select
                        data-testid="inheritance-mode"
                        on:change=move |e| narrowing.mode.set(Mode::parse(&event_target_value(&e)).unwrap_or_default())
                    >
                        {std::iter::once(Mode::Any)
                            .chain(Mode::NARROWING)
                            .map(|m| view! { <option value=m.id() selected=move || narrowing.mode.get() == m>{move || m.label(use_language().get())}</option> })
                            .collect_view()}
                    </select>
                </label>
                <Explain topic=Topic::Filter("inheritance") name=Signal::derive(t(msg!("filter-inheritance")))/>
            </div>
            <fieldset>
                <legend>{t(msg!("filter-quality"))}</legend>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="filter-pass"
                        prop:checked=move || filters.with(|f| f.pass_only)
                        on:change=move |e| filters.update(|f| f.pass_only = event_target_checked(&e))
                    />
                    {t(msg!("filter-pass"))}
                </label>
                <Explain topic=Topic::Filter("pass") name=Signal::derive(t(msg!("filter-pass")))/>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="filter-carrier"
                        prop:checked=move || filters.with(|f| f.carrier)
                        on:change=move |e| filters.update(|f| f.carrier = event_target_checked(&e))
                    />
                    {t(msg!("filter-carrier"))}
                </label>
                <Explain topic=Topic::Filter("carrier") name=Signal::derive(t(msg!("filter-carrier")))/>
                <div class="grid">
                    {threshold(msg!("filter-qual"), "qual", msg!("filter-qual-hint"), Some("qual"), |f| f.min_qual, |f, v| f.min_qual = v)}
                    {threshold(msg!("filter-dp"), "dp", msg!("filter-dp-hint"), Some("dp"), |f| f.min_dp.map(|v| v as f32), |f, v| f.min_dp = v.map(|v| v as u32))}
                    {threshold(msg!("filter-gq"), "gq", msg!("filter-gq-hint"), Some("gq"), |f| f.min_gq.map(|v| v as f32), |f, v| f.min_gq = v.map(|v| v as u32))}
                    {threshold(msg!("filter-ab-min"), "ab-min", msg!("filter-ab-min-hint"), Some("ab"), |f| f.het_ab.map(|a| a.0), |f, v| f.het_ab = v.map(|lo| (lo, f.het_ab.map_or(1.0, |a| a.1))))}
                    {threshold(msg!("filter-ab-max"), "ab-max", msg!("filter-ab-max-hint"), None, |f| f.het_ab.map(|a| a.1), |f, v| f.het_ab = v.map(|hi| (f.het_ab.map_or(0.0, |a| a.0), hi)))}
                </div>
            </fieldset>
            <fieldset>
                <legend>{t(msg!("filter-rarity"))}</legend>
                <div class="grid">
                    {threshold(msg!("filter-af"), "af", msg!("filter-af-hint"), Some("af"), |f| f.af_below, |f, v| f.af_below = v)}
                    {threshold(msg!("filter-cadd"), "cadd", msg!("filter-cadd-hint"), Some("cadd"), |f| f.min_cadd, |f, v| f.min_cadd = v)}
                    {threshold(msg!("filter-revel"), "revel", msg!("filter-revel-hint"), Some("revel"), |f| f.min_revel, |f, v| f.min_revel = v)}
                    {threshold(msg!("filter-spliceai"), "spliceai", msg!("filter-spliceai-hint"), Some("spliceai"), |f| f.min_spliceai, |f, v| f.min_spliceai = v)}
                </div>
                <FrequencySources/>
                <div class="checks" role="group" aria-label=t(msg!("filter-impact-label"))>
                    {t(msg!("filter-impact"))} {IMPACTS.map(impact_box).to_vec()}
                    <Explain topic=Topic::Filter("impact") name=Signal::derive(t(msg!("filter-impact-label")))/>
                </div>
                <details>
                    <summary>{t(msg!("filter-terms"))}</summary>
                    <div class="checks columns">
                        {Consequence::all().map(term_box).collect_view()}
                    </div>
                </details>
                <div class="checks" role="group" aria-label="ClinVar">
                    "ClinVar: " {CLINVAR.into_iter().map(clinvar_box).collect_view()}
                    <Explain topic=Topic::Filter("clinvar") name="ClinVar".to_owned()/>
                </div>
            </fieldset>
            {structural_filters()}
            <label for="filter-regions">{t(msg!("filter-regions"))}</label>
            <Explain topic=Topic::Filter("regions") name=Signal::derive(t(msg!("filter-regions")))/>
            <input
                id="filter-regions"
                type="text"
                data-testid="filter-regions"
                prop:value=move || filters.with(|f| f.regions.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "))
                on:change=on_regions
            />
            <Show when=move || region_error.get().is_some()>
                <p class="error" role="alert" data-testid="filter-region-error">
                    {move || region_error.get().map(|p| p.render(use_language().get()))}
                </p>
            </Show>
        </section>
    }
}
