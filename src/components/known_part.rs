//! What the lab's knowledge says about the selected variant: ClinVar's
//! current word beside what the file's annotation said, the lab's own
//! earlier classifications (offered as a starting point, never applied by
//! themselves, with a warning where this case's class differs) and how
//! many other cases carried it, and the gene's constraint and GenCC
//! validity.

use super::use_engine;
use crate::engine::Selection;
use crate::i18n::{t, tr, tr_with, use_language};
use crate::interpretation::Interpretation;
use crate::teaching::use_teaching;
use leptos::prelude::*;
use tolk_core::grid_columns::RowMarks;
use tolk_core::knowledge::reanalysis::same_verdict;
use tolk_core::knowledge::{KnowledgeKind, VariantKnowledge};
use tolk_core::labdb::LabClassification;
use tolk_core::session::{CriterionWork, VariantFacts};

#[component]
pub fn KnownPart() -> impl IntoView {
    let engine = use_engine();
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let teaching = use_teaching();
    move || {
        let Selection::Ready { detail, .. } = engine.selection.get() else { return None };
        let known = *detail.known.clone();
        let facts = detail.snapshot.clone();
        // In an exam, what ClinVar and the lab said would give the answer away.
        if teaching.hides_help(&facts.key()) {
            return Some(
                view! { <p class="muted" data-testid="known-hidden">{t(msg!("exam-suggestions-hidden"))}</p> }
                    .into_any(),
            );
        }
        let has = |kind| known.sources.iter().any(|s| s.kind == kind);
        let clinvar = clinvar_section(&known, &facts, has(KnowledgeKind::ClinVar));
        let lab = lab_section(&known, facts.clone(), interp, has(KnowledgeKind::LabDb));
        let gene = gene_section(&known, &facts);
        Some(
            view! {
                <section class="known" data-testid="known-part">
                    {clinvar}
                    {lab}
                    {gene}
                    <p class="muted">{t(msg!("known-open-more"))}</p>
                </section>
            }
            .into_any(),
        )
    }
}

fn clinvar_section(known: &VariantKnowledge, facts: &VariantFacts, open: bool) -> impl IntoView {
    let annotated = (!facts.clinvar.is_empty()).then(|| facts.clinvar.join("/").replace('_', " "));
    let body = match (&known.clinvar, open) {
        (_, false) => view! { <p class="muted">{t(msg!("known-no-clinvar"))}</p> }.into_any(),
        (None, true) => {
            view! { <p data-testid="known-clinvar-absent">{t(msg!("known-clinvar-absent"))}</p> }.into_any()
        }
        (Some((entry, release)), true) => {
            let changed = annotated.as_deref().is_some_and(|a| !same_verdict(a, &entry.significance));
            let release = release.clone().unwrap_or_else(|| "?".into());
            let now = tr_with(
                msg!("known-clinvar-now"),
                &[
                    ("significance", entry.significance.as_str().into()),
                    ("stars", entry.stars.into()),
                    ("release", release.into()),
                ],
            );
            view! {
                <p data-testid="known-clinvar-now">{now}</p>
                <p class="muted">{entry.review_status.clone()}</p>
                {entry.conflicts.clone().map(|c| view! { <p>{tr_with(msg!("known-clinvar-conflicts"), &[("conflicts", c.into())])}</p> })}
                {(!entry.conditions.is_empty()).then(|| view! { <p>{entry.conditions.join("; ")}</p> })}
                {changed.then(|| view! { <p class="warning" role="note" data-testid="known-clinvar-changed">{t(msg!("known-clinvar-changed"))}</p> })}
            }
            .into_any()
        }
    };
    let annotation = annotated.map(
        |a| view! { <p class="muted">{tr_with(msg!("known-clinvar-annotation"), &[("significance", a.into())])}</p> },
    );
    view! {
        <h3>{t(msg!("known-clinvar-heading"))}</h3>
        {body}
        {annotation}
    }
}

fn lab_section(known: &VariantKnowledge, facts: VariantFacts, interp: Interpretation, open: bool) -> impl IntoView {
    let body = match (&known.lab, open) {
        (_, false) => view! { <p class="muted">{t(msg!("known-no-labdb"))}</p> }.into_any(),
        (None, true) => view! { <p data-testid="known-lab-unseen">{t(msg!("known-lab-unseen"))}</p> }.into_any(),
        (Some(lab), true) => {
            let seen = tr_with(
                msg!("known-lab-seen"),
                &[
                    ("carriers", lab.carriers().into()),
                    ("cases", lab.cases.into()),
                    ("het", lab.het.into()),
                    ("hom", lab.hom.into()),
                    ("hemi", lab.hemi.into()),
                ],
            );
            let partial = (lab.worked_only > 0)
                .then(|| view! { <p class="muted">{tr_with(msg!("known-lab-worked-only"), &[("cases", lab.worked_only.into())])}</p> });
            let latest = lab.latest().cloned();
            let key = facts.key();
            let ours = Memo::new(move |_| interp.work(&key).and_then(|w| RowMarks::of(&w).class));
            let differs = latest.as_ref().map(|l| l.class);
            let warning = move || {
                let (Some(lab), Some(ours)) = (differs, ours.get()) else { return None };
                (lab != ours).then(|| {
                    let args = [("lab", lab.label(use_language().get()).into()), ("ours", ours.label(use_language().get()).into())];
                    view! { <p class="warning" role="alert" data-testid="known-lab-differs">{tr_with(msg!("known-lab-differs"), &args)}</p> }
                })
            };
            let start = latest.clone().map(|latest| {
                let facts = StoredValue::new(facts.clone());
                let latest = StoredValue::new(latest);
                let apply = move |_| {
                    let l = latest.get_value();
                    let comment = tr_with(msg!("known-lab-from"), &[("date", l.date.as_str().into())]);
                    interp.edit(&facts.get_value(), |work, stamp| {
                        for a in &l.criteria {
                            let c = CriterionWork { code: a.code, applied: true, strength: a.strength, comment: comment.clone() };
                            work.set_criterion(c, stamp);
                        }
                    });
                };
                view! {
                    <button type="button" class="button" data-testid="known-lab-start" disabled=move || !interp.work_open() on:click=apply>
                        {t(msg!("known-lab-start"))}
                    </button>
                }
            });
            let list = lab.classifications.iter().map(classification).collect_view();
            view! {
                <p data-testid="known-lab-seen">{seen}</p>
                {partial}
                <ul class="lab-classifications" data-testid="known-lab-classifications">{list}</ul>
                {warning}
                {start}
            }
            .into_any()
        }
    };
    view! {
        <h3>{t(msg!("known-lab-heading"))}</h3>
        {body}
    }
}

/// One earlier classification: class, criteria, when, by whom, for what.
fn classification(c: &LabClassification) -> impl IntoView {
    let class = c.class;
    let criteria = c.criteria.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    let change = c.hgvsp.clone().or_else(|| c.hgvsc.clone()).unwrap_or_default();
    let by = tr_with(msg!("known-lab-by"), &[("date", c.date.as_str().into()), ("analyst", c.analyst.as_str().into())]);
    view! {
        <li data-class=class.id()>
            <span class=format!("class-chip class-{}", class.id())>{move || class.label(use_language().get())}</span>
            " " {criteria} " · " {by} " " <span class="muted">{change}</span>
        </li>
    }
}

fn gene_section(known: &VariantKnowledge, facts: &VariantFacts) -> impl IntoView {
    let gene = facts.gene.clone().unwrap_or_default();
    let constraint = known.constraint.as_ref().map(|(version, c)| {
        let number = |v: Option<f32>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"));
        let version_words = version.label();
        let args = [
            ("pli", number(c.pli).into()),
            ("loeuf", number(c.loeuf).into()),
            ("misz", number(c.mis_z).into()),
            ("version", version_words.into()),
        ];
        let intolerant = c
            .lof_intolerant(*version)
            .map(|yes| tr(if yes { msg!("known-constraint-intolerant") } else { msg!("known-constraint-tolerant") }));
        view! {
            <p data-testid="known-constraint">{tr_with(msg!("known-constraint"), &args)}</p>
            {intolerant.map(|w| view! { <p class="muted">{w}</p> })}
        }
    });
    let gencc = (!known.gencc.is_empty()).then(|| {
        let items = known
            .gencc
            .iter()
            .map(|d| {
                let validity = d.validity;
                view! {
                    <li>
                        <strong>{move || tr(validity.key())}</strong> " " {d.disease.clone()} " (" {d.moi.clone()} ") · "
                        <span class="muted">{d.submitters.join(", ")}</span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul data-testid="known-gencc">{items}</ul> }
    });
    view! {
        <h3>{move || tr_with(msg!("known-gene-heading"), &[("gene", gene.as_str().into())])}</h3>
        {constraint}
        {gencc}
    }
}
