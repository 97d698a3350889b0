//! Presentation mode: the variants marked for discussion, one per screen,
//! in large type and high contrast for a meeting room's projector: what
//! the variant is, the gene with it, the evidence applied and the class.
//! Arrow keys (or a presenter's clicker, which sends Page Up/Down) move
//! between variants and Escape leaves ([`crate::screen`]). The rest of the
//! page is inert meanwhile, so focus cannot wander behind it.
//!
//! Built from the session as the note is ([`NoteVariant`]), so the room
//! sees what the report will say; through [`Pseudonymise`] like an export.
//! Above the variant, the case as the room needs it: the referral, the
//! phenotype and the family drawn; below it, the team's decision, recorded
//! with the work.

use super::{use_engine, Drafts, MeetingDecisionForm};
use crate::engine::LoadState;
use crate::i18n::{t, tr_with, use_language};
use crate::interpretation::Interpretation;
use crate::pseudonymise::use_pseudonymise;
use crate::screen::use_screen;
use leptos::prelude::*;
use std::collections::{BTreeMap, HashMap};
use tolk_core::i18n::Lang;
use tolk_core::note::{criterion_item, variant_facts, FamilyMember, NoteVariant};
use tolk_core::words;

#[component]
pub fn Presentation() -> impl IntoView {
    let screen = use_screen();
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let pseudo = use_pseudonymise();
    let language = use_language();
    // Only while presenting: otherwise every edit would copy the session.
    let slides = Memo::new(move |_| {
        if !screen.presenting.get() {
            return Vec::new();
        }
        let lang = language.get();
        interp.session.with(|s| {
            let Some(s) = s.as_ref() else { return Vec::new() };
            let s = pseudo.session(s);
            let sample = s.context.proband().map(|(name, _)| name.to_owned());
            s.discussed()
                .into_iter()
                .map(|w| NoteVariant::new(w, lang, &s.context, sample.as_deref()))
                .collect::<Vec<_>>()
        })
    });
    Effect::new(move |_| {
        let count = slides.with(Vec::len);
        screen.slides.set(count);
        screen.slide.update(|s| *s = (*s).min(count.saturating_sub(1)));
    });
    // The case, the same for every variant: referral, phenotype lines and
    // the family drawn.
    let case = Memo::new(move |_| {
        if !screen.presenting.get() {
            return None;
        }
        let lang = language.get();
        interp.session.with(|s| {
            let s = pseudo.session(s.as_ref()?);
            let phenotype: Vec<String> =
                s.note.phenotype.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
            let family = FamilyMember::from_roles(&s.context.roles);
            let pedigree = (!family.is_empty()).then(|| tolk_charts::family_pedigree(&family, lang));
            Some((s.note.referral.trim().to_owned(), phenotype, pedigree))
        })
    });
    // Decisions typed and not recorded, by variant: kept while the file is
    // open (another file's variants are another patient's).
    let drafts: Drafts = RwSignal::new(HashMap::new());
    let engine = use_engine();
    let load = Memo::new(move |_| match engine.state.get() {
        LoadState::Ready { load, .. } => Some(load),
        _ => None,
    });
    Effect::new(move |_| {
        load.track();
        drafts.set(HashMap::new());
    });
    // Who is at the meeting: entered once, kept for every variant of this
    // presentation, and empty at the next (another meeting, perhaps
    // another patient: names are never carried over).
    let present = RwSignal::new(String::new());
    Effect::new(move |_| {
        if screen.presenting.get() {
            present.set(String::new());
        }
    });
    let dialog = NodeRef::<leptos::html::Div>::new();
    // Focus goes into the presentation when it opens, and back to its
    // button when it closes.
    Effect::new(move |was_open: Option<bool>| {
        let open = screen.presenting.get();
        if was_open.is_some_and(|was| was != open) {
            request_animation_frame(move || {
                let target: Option<web_sys::HtmlElement> = if open {
                    dialog.get_untracked().map(|d| (*d).clone())
                } else {
                    screen.toggle.get_untracked().map(|b| (*b).clone())
                };
                if let Some(target) = target {
                    let _ = target.focus();
                }
            });
        }
        open
    });
    let position = move || screen.slide.get().min(slides.with(Vec::len).saturating_sub(1));
    let current = move || slides.with(|all| all.get(position()).cloned());
    view! {
        <Show when=move || screen.presenting.get()>
            <div
                class="presentation"
                role="dialog"
                aria-modal="true"
                aria-labelledby="presentation-heading"
                data-testid="presentation"
                data-position=move || (position() + 1).to_string()
                data-total=move || slides.with(Vec::len).to_string()
                tabindex="-1"
                node_ref=dialog
            >
                <header class="presentation-head">
                    <h2 id="presentation-heading">{t(msg!("presentation-title"))}</h2>
                    <p data-testid="presentation-position" aria-live="polite">
                        {move || {
                            let total = slides.with(Vec::len);
                            (total > 0)
                                .then(|| tr_with(msg!("presentation-position"), &[("position", (position() + 1).into()), ("total", total.into())]))
                        }}
                    </p>
                    <div class="presentation-nav">
                        <button type="button" class="button" data-testid="presentation-previous" disabled=move || position() == 0 on:click=move |_| screen.step(-1)>
                            "←" <span class="visually-hidden">{t(msg!("presentation-previous"))}</span>
                        </button>
                        <button
                            type="button"
                            class="button"
                            data-testid="presentation-next"
                            disabled=move || { position() + 1 >= slides.with(Vec::len) }
                            on:click=move |_| screen.step(1)
                        >
                            "→" <span class="visually-hidden">{t(msg!("presentation-next"))}</span>
                        </button>
                        <button type="button" class="button" data-testid="presentation-close" on:click=move |_| screen.present(false)>
                            {t(msg!("presentation-close"))}
                        </button>
                    </div>
                </header>
                {move || case.get().map(|(referral, phenotype, pedigree)| view! {
                    <section class="presentation-case" data-testid="presentation-case" aria-label=t(msg!("presentation-case"))>
                        <div class="presentation-case-text">
                            {(!referral.is_empty()).then(|| view! { <p><strong>{t(msg!("presentation-referral"))}</strong> " " {referral}</p> })}
                            {(!phenotype.is_empty()).then(|| view! {
                                <p data-testid="presentation-phenotype"><strong>{t(msg!("presentation-phenotype"))}</strong> " " {phenotype.join("; ")}</p>
                            })}
                        </div>
                        {pedigree.map(|svg| view! { <div class="presentation-pedigree" data-testid="presentation-pedigree" inner_html=svg></div> })}
                    </section>
                })}
                {move || match current() {
                    None => view! { <p class="presentation-empty">{t(msg!("presentation-none"))}</p> }.into_any(),
                    Some(v) => view! { <Slide variant=v lang=language.get() present drafts/> }.into_any(),
                }}
                <p class="presentation-keys">{t(msg!("presentation-keys"))}</p>
            </div>
        </Show>
    }
}

/// One marked variant on the screen.
#[component]
fn Slide(variant: NoteVariant, lang: Lang, present: RwSignal<String>, drafts: Drafts) -> impl IntoView {
    let v = variant;
    let classes: BTreeMap<String, _> = [(v.key(), v.class)].into();
    let figure =
        v.lollipop.as_ref().and_then(|l| tolk_charts::lollipop(l, tolk_charts::Colouring::Class(&classes), lang).ok());
    let points = tr_with(
        msg!("presentation-points"),
        &[(msg!("points"), words::points(lang, v.points, false).into()), ("class", v.points_class.label(lang).into())],
    );
    let criteria = v.criteria.iter().map(|c| criterion_item(lang, c)).collect::<Vec<_>>();
    let decision = v.clone();
    view! {
        <article class="slide" data-testid="presentation-slide" data-key=v.key() data-class=v.class.id()>
            <h3 class="slide-title">{v.label()}</h3>
            <p class="slide-subtitle">{v.hgvsp.clone().unwrap_or_default()} " " {v.consequence.clone().unwrap_or_default().replace('_', " ")}</p>
            <div class="slide-grid">
                <section aria-labelledby="slide-class">
                    <h4 id="slide-class">{t(msg!("presentation-classification"))}</h4>
                    <p class="slide-class" data-class=v.class.id()>{v.class.label(lang)}</p>
                    <p>{points}</p>
                    {v.override_reason.clone().map(|reason| view! {
                        <p>{tr_with(msg!("presentation-override"), &[("class", v.class.label(lang).into()), ("reason", reason.into())])}</p>
                    })}
                    <h4>{t(msg!("presentation-evidence"))}</h4>
                    {if criteria.is_empty() {
                        view! { <p>{t(msg!("presentation-no-criteria"))}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="slide-criteria">
                                {criteria.into_iter().map(|(code, text)| view! { <li><strong>{code}</strong> " " {text}</li> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }}
                    {(!v.comment.trim().is_empty()).then(|| view! { <p class="slide-comment">{v.comment.clone()}</p> })}
                </section>
                // The facts and the gene beside the evidence: on a projector's
                // wide screen the whole slide is seen at once, without scrolling.
                <div class="slide-side">
                    <section aria-labelledby="slide-facts">
                        <h4 id="slide-facts">{t(msg!("presentation-facts"))}</h4>
                        <dl class="slide-facts">
                            {variant_facts(lang, &v).into_iter().map(|(k, value)| view! { <div><dt>{k}</dt><dd>{value}</dd></div> }).collect_view()}
                        </dl>
                    </section>
                    <section class="slide-gene" aria-labelledby="slide-gene">
                        <h4 id="slide-gene">{t(msg!("presentation-gene"))}</h4>
                        {match figure {
                            Some(chart) => view! {
                                <div class="chart-svg" inner_html=chart.svg></div>
                                <p class="chart-text">{chart.description}</p>
                            }.into_any(),
                            None => view! { <p>{t(msg!("presentation-no-gene"))}</p> }.into_any(),
                        }}
                    </section>
                </div>
            </div>
            <MeetingDecisionForm variant=decision present drafts/>
        </article>
    }
}
