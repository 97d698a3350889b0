//! Why the selected variant ranked where it did for the patient's
//! phenotype: its own evidence, and for its gene's diseases which patient
//! term matched which disease term, what contradicts, what is missing, and
//! whether the genotype fits the disease's inheritance. Context for PP4,
//! which stays the clinician's call.

use super::use_engine;
use crate::engine::{HpoState, LoadState};
use crate::i18n::{t, tr, tr_with, use_language};
use leptos::prelude::*;
use tolk_core::hpo::explain::{DiseaseReasons, Explanation, Named};
use tolk_core::hpo::rank::{Basis, MoiCheck};
use tolk_core::hpo::PatientTerms;

#[component]
pub fn PhenotypeMatch() -> impl IntoView {
    let engine = use_engine();
    let phenotype = engine.phenotype;
    let ranked =
        move || matches!(phenotype.hpo.get(), HpoState::Ready(_)) && !phenotype.terms.with(PatientTerms::is_empty);
    // The selected row of the view shown, asked about once per row and view.
    Effect::new(move |_| {
        let row = engine.selection.with(|s| s.row());
        let view = engine.view.with(|v| v.as_ref().map(|v| v.view));
        let load = match engine.state.get() {
            LoadState::Ready { load, .. } => Some(load),
            _ => None,
        };
        if let (true, Some(row), Some(view), Some(load)) = (ranked(), row, view, load) {
            phenotype.explain(load, view, row);
        }
    });
    move || {
        if !ranked() {
            return view! { <p class="muted" data-testid="phenotype-match" data-state="none">{t(msg!("hpo-match-none"))}</p> }.into_any();
        }
        let row = engine.selection.with(|s| s.row());
        match phenotype.explained.get().filter(|(r, _)| Some(*r) == row) {
            None => view! { <p role="status" data-testid="phenotype-match" data-state="working">{t(msg!("hpo-match-working"))}</p> }.into_any(),
            Some((_, Err(why))) => {
                view! { <p class="muted" data-testid="phenotype-match" data-state="error">{move || why.render(use_language().get())}</p> }.into_any()
            }
            Some((_, Ok(e))) => explanation(*e).into_any(),
        }
    }
}

fn explanation(e: Explanation) -> impl IntoView {
    let score = |v: f32| format!("{v:.2}");
    let head = [
        ("rank", e.rank.into()),
        ("priority", score(e.priority).into()),
        ("gene", e.gene.clone().unwrap_or_default().into()),
    ];
    let basis = basis_key(e.basis);
    let evidence = move || {
        let args = [
            ("variant", score(e.variant).into()),
            ("frequency", score(e.frequency).into()),
            ("pathogenicity", score(e.pathogenicity).into()),
            ("basis", tr(basis).into()),
        ];
        tr_with(msg!("hpo-match-variant"), &args)
    };
    let release = e.release.clone();
    let none = e.diseases.is_empty().then(|| view! { <p class="muted">{t(msg!("hpo-match-no-disease"))}</p> });
    view! {
        <div class="phenotype-match" data-testid="phenotype-match" data-state="ready" data-rank=e.rank>
            <p><strong>{move || tr_with(msg!("hpo-match-heading"), &head)}</strong></p>
            <p data-testid="phenotype-match-variant">{evidence}</p>
            {none}
            {e.diseases.into_iter().map(disease).collect_view()}
            <p class="muted small">{t(msg!("hpo-match-pp4"))} " " {move || tr_with(msg!("hpo-match-release"), &[("release", (&release).into())])}</p>
        </div>
    }
}

fn named(n: &Named) -> String {
    format!("{} ({})", n.label, n.id)
}

fn disease(d: DiseaseReasons) -> impl IntoView {
    let from_gene = d.moi_from_gene;
    let moi = move || {
        let checked = match d.moi {
            MoiCheck::Unknown => tr(msg!("hpo-moi-unknown")),
            MoiCheck::Fits(m) => tr_with(msg!("hpo-moi-fits"), &[("mode", tr(m.key()).into())]),
            MoiCheck::DoesNotFit(m) => tr_with(msg!("hpo-moi-does-not-fit"), &[("mode", tr(m.key()).into())]),
        };
        match from_gene {
            true => format!("{checked} {}", tr(msg!("hpo-moi-from-gene"))),
            false => checked,
        }
    };
    let fits = match d.moi {
        MoiCheck::DoesNotFit(_) => "no",
        MoiCheck::Fits(_) => "yes",
        MoiCheck::Unknown => "unknown",
    };
    let heading = format!("{} · {} · {:.2}", d.name, d.id, d.score);
    let matched = d
        .matched
        .iter()
        .map(|m| {
            let via = (m.common.id != m.disease.id && m.common.id != m.patient.id).then(|| named(&m.common));
            let (patient, disease) = (named(&m.patient), named(&m.disease));
            view! {
                <li data-testid="phenotype-matched" data-term=m.patient.id.to_string()>
                    {patient} " → " {disease}
                    {via.map(|v| view! { <span class="muted">" " {move || tr_with(msg!("hpo-match-via"), &[("term", (&v).into())])}</span> })}
                </li>
            }
        })
        .collect_view();
    let contradicted = d
        .contradicted
        .iter()
        .map(|c| {
            let key = if c.patient_excluded {
                msg!("hpo-match-contradicted-excluded")
            } else {
                msg!("hpo-match-contradicted-not")
            };
            let args = [("patient", named(&c.patient).into()), ("disease", named(&c.disease).into())];
            view! { <li data-testid="phenotype-contradicted">{move || tr_with(key, &args)}</li> }
        })
        .collect_view();
    let missing: Vec<String> = d.missing.iter().map(named).collect();
    let missing = (!missing.is_empty()).then(|| {
        let list = missing.join("; ");
        view! { <p class="muted">{move || tr_with(msg!("hpo-match-missing"), &[("terms", (&list).into())])}</p> }
    });
    view! {
        <section class="phenotype-disease" data-testid="phenotype-disease" data-disease=d.id.clone() data-moi=fits>
            <h4>{heading}</h4>
            <p class:warning=fits == "no">{moi}</p>
            <ul>{matched}{contradicted}</ul>
            {missing}
        </section>
    }
}

fn basis_key(basis: Basis) -> &'static str {
    match basis {
        Basis::Consequence => msg!("hpo-basis-consequence"),
        Basis::Revel => msg!("hpo-basis-revel"),
        Basis::AlphaMissense => msg!("hpo-basis-alphamissense"),
        Basis::Cadd => msg!("hpo-basis-cadd"),
        Basis::SpliceAi => msg!("hpo-basis-spliceai"),
        Basis::ClinVarPathogenic => msg!("hpo-basis-clinvar-pathogenic"),
        Basis::ClinVarBenign => msg!("hpo-basis-clinvar-benign"),
    }
}
