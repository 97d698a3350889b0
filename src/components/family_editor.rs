//! The family behind the sample columns: import a PED file, or choose the
//! proband, the parents, the proband's sex and whether each parent is
//! affected. Inheritance modes are judged for this family.

use super::{about_file, fetch_text, read_text, use_engine, FileButton};
use crate::engine::LoadState;
use crate::i18n::{t, tr, use_language};
use crate::pseudonymise::use_pseudonymise;
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use tolk_core::family::{Affection, Family, Member, Pedigree, Sex};
use tolk_core::phrase::Phrase;
use tolk_core::text::isolated;

/// The demo case's family (public/demo).
const DEMO_PED_URL: &str = "demo/tolk-demo-trio.ped";

#[component]
pub fn FamilyEditor() -> impl IntoView {
    let engine = use_engine();
    let pseudo = use_pseudonymise();
    let family = engine.narrowing.family;
    let pedigree = RwSignal::new(None::<Pedigree>);
    let error = RwSignal::new(None::<Phrase>);
    let samples = Memo::new(move |_| match engine.state.get() {
        LoadState::Ready { summary, .. } => summary.samples,
        _ => Vec::new(),
    });
    // A one-sample file has an obvious proband.
    Effect::new(move |_| {
        let s = samples.get();
        pedigree.set(None);
        error.set(None);
        if s.len() == 1 && family.get_untracked().is_none() {
            family.set(Some(Family::singleton(0, Sex::Unknown)));
        }
    });

    let use_pedigree = move |name: String, text: String| {
        let result = Pedigree::parse(&text).map_err(|e| e.phrase()).and_then(|ped| {
            let f = Family::from_pedigree(&ped, &samples.get_untracked(), None)?;
            Ok((ped, f))
        });
        match result {
            Ok((ped, f)) => {
                pedigree.set(Some(ped));
                family.set(Some(f));
                error.set(None);
            }
            Err(e) => error.set(Some(about_file(&name, e))),
        }
    };
    let on_files = Callback::new(move |files: Vec<web_sys::File>| {
        let Some(file) = files.into_iter().next() else { return };
        spawn_local(async move {
            match read_text(&file).await {
                Ok(text) => use_pedigree(file.name(), text),
                Err(e) => error.set(Some(about_file(&file.name(), e))),
            }
        });
    });
    let use_demo = move |_| {
        spawn_local(async move {
            match fetch_text(DEMO_PED_URL).await {
                Ok(text) => use_pedigree(tr(msg!("family-demo-name")), text),
                Err(e) => error.set(Some(Phrase::new(msg!("family-demo-failed")).arg("reason", e))),
            }
        });
    };
    let set_proband = move |event: ev::Event| {
        let Ok(index) = event_target_value(&event).parse::<usize>() else {
            family.set(None);
            return;
        };
        let names = samples.get_untracked();
        let from_ped = pedigree.with_untracked(|p| {
            p.as_ref().and_then(|p| Family::from_pedigree(p, &names, names.get(index).map(String::as_str)).ok())
        });
        family.update(|f| {
            *f = Some(from_ped.unwrap_or_else(|| Family {
                proband: index,
                ..f.clone().unwrap_or(Family::singleton(index, Sex::Unknown))
            }));
        });
    };
    let sample_options = move |selected: Option<usize>| {
        samples
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, name)| view! { <option value=i.to_string() selected=selected == Some(i)>{move || isolated(&pseudo.text(&name))}</option> })
            .collect_view()
    };
    let parent_picker = move |label: &'static str,
                              testid: &'static str,
                              get: fn(&Family) -> Option<Member>,
                              set: fn(&mut Family, Option<Member>)| {
        let current = move || family.with(|f| f.as_ref().and_then(get));
        view! {
            <label>
                {t(label)}
                <select
                    data-testid=testid
                    disabled=move || family.with(Option::is_none)
                    on:change=move |e| {
                        let sample = event_target_value(&e).parse::<usize>().ok();
                        family.update(|f| {
                            if let Some(f) = f {
                                let affected = get(f).map_or(Affection::Unaffected, |m| m.affected);
                                set(f, sample.map(|sample| Member { sample, affected }));
                            }
                        });
                    }
                >
                    <option value="" selected=move || current().is_none()>{t(msg!("family-not-in-file"))}</option>
                    {move || sample_options(current().map(|m| m.sample))}
                </select>
            </label>
            <label>
                <input
                    type="checkbox"
                    data-testid=format!("{testid}-affected")
                    disabled=move || current().is_none()
                    prop:checked=move || current().is_some_and(|m| m.affected == Affection::Affected)
                    on:change=move |e| {
                        let checked = event_target_checked(&e);
                        family.update(|f| {
                            if let Some(f) = f {
                                let m = get(f).map(|m| Member {
                                    affected: if checked { Affection::Affected } else { Affection::Unaffected },
                                    ..m
                                });
                                set(f, m);
                            }
                        });
                    }
                />
                {t(msg!("family-affected"))}
            </label>
        }
    };

    view! {
        <section class="family-editor" aria-labelledby="family-heading">
            <h3 id="family-heading">{t(msg!("family-heading"))}</h3>
            <div class="row">
                <FileButton
                    id="ped-input"
                    testid="ped-input"
                    label=t(msg!("family-import"))
                    accept=".ped,.fam,.txt,.tsv"
                    on_files
                />
                <button type="button" class="button" on:click=use_demo data-testid="demo-family">
                    {t(msg!("family-demo"))}
                </button>
            </div>
            <Show when=move || error.get().is_some()>
                <p class="error" role="alert">{move || error.get().map(|e| e.render(use_language().get()))}</p>
            </Show>
            <div class="row roles">
                <label>
                    {t(msg!("family-proband"))}
                    <select data-testid="proband" on:change=set_proband>
                        <option value="" selected=move || family.with(Option::is_none)>{t(msg!("family-none-chosen"))}</option>
                        {move || sample_options(family.with(|f| f.as_ref().map(|f| f.proband)))}
                    </select>
                </label>
                <label>
                    {t(msg!("family-sex"))}
                    <select
                        data-testid="proband-sex"
                        disabled=move || family.with(Option::is_none)
                        on:change=move |e| {
                            let sex = match event_target_value(&e).as_str() {
                                "male" => Sex::Male,
                                "female" => Sex::Female,
                                _ => Sex::Unknown,
                            };
                            family.update(|f| {
                                if let Some(f) = f {
                                    f.proband_sex = sex;
                                }
                            });
                        }
                    >
                        {[(Sex::Unknown, "unknown", msg!("sex-unknown")), (Sex::Female, "female", msg!("sex-female")), (Sex::Male, "male", msg!("sex-male"))]
                            .into_iter()
                            .map(|(sex, id, label)| {
                                view! {
                                    <option value=id selected=move || family.with(|f| f.as_ref().map(|f| f.proband_sex)) == Some(sex)>
                                        {t(label)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <div class="row roles">
                {parent_picker(msg!("family-mother"), "mother", |f| f.mother, |f, m| f.mother = m)}
            </div>
            <div class="row roles">
                {parent_picker(msg!("family-father"), "father", |f| f.father, |f, m| f.father = m)}
            </div>
            {move || family.get().map(|f| {
                // Names as shown (pseudonymised when that is on); a
                // sibling's sex where the PED gives it.
                let names: Vec<String> = samples.get().iter().map(|n| pseudo.text(n)).collect();
                let sex_of = |column: usize| {
                    let name = samples.with_untracked(|s| s.get(column).cloned()).unwrap_or_default();
                    pedigree.with(|p| p.as_ref().and_then(|p| p.individuals.iter().find(|i| i.id == name).map(|i| i.sex)))
                        .unwrap_or_default()
                };
                let svg = tolk_charts::pedigree(&f, &names, sex_of, use_language().get());
                view! { <figure class="pedigree" data-testid="pedigree" inner_html=svg></figure> }
            })}
        </section>
    }
}
