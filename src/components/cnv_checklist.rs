//! A copy-number variant scored by the ACMG/ClinGen points (Riggs et al.
//! 2020): which table applies (loss or gain, as the file says, and the
//! clinician may switch it), Tolk's suggestions with their evidence (each
//! applied only by the clinician), every item of the table section by
//! section with its points and a comment (items scored per case, family or
//! study may be applied more than once), and the running total, class and
//! whatever is wrong with the scoring. Every change goes through
//! [`Interpretation::edit`]; a CNV with nothing applied leaves no work.

use super::saved_as_typed;
use crate::i18n::{said, t, tr, tr_with, use_language};
use crate::interpretation::Interpretation;
use crate::pseudonymise::use_pseudonymise;
use leptos::prelude::*;
use tolk_core::cnv::scheme::{hundredths, points};
use tolk_core::cnv::{suggest, CnvApplied, CnvFacts, CnvSuggestion, CnvWork, Dosage, Item};
use tolk_core::session::{VariantFacts, VariantWork};

/// The sections of both tables, with their headings.
const SECTIONS: [(u8, &str); 5] = [
    (1, msg!("cnv-section-1")),
    (2, msg!("cnv-section-2")),
    (3, msg!("cnv-section-3")),
    (4, msg!("cnv-section-4")),
    (5, msg!("cnv-section-5")),
];

/// Points in hundredths as shown: two decimals, with their sign.
fn signed(hundredths: i32) -> String {
    format!("{:+.2}", points(hundredths))
}

/// Points as the number field shows them (no sign: the field reads it back).
fn field(value: f32) -> String {
    format!("{:.2}", points(hundredths(value)))
}

/// Whether `applied` is an application of `code`.
fn is(applied: &CnvApplied, code: &str) -> bool {
    applied.code.trim().eq_ignore_ascii_case(code)
}

/// Whether `code` means the same in both tables (sections 1, 4 and 5 are
/// worded alike; 2A of a loss is not 2A of a gain).
fn alike(from: Dosage, to: Dosage, code: &str) -> bool {
    matches!((from.item(code), to.item(code)), (Some(a), Some(b)) if a.key == b.key)
}

/// What every part of the checklist shares.
#[derive(Clone, Copy)]
struct Scoring {
    work: Memo<VariantWork>,
    /// The table in force: the work's, else the file's.
    dosage: Memo<Dosage>,
    /// The table the analyst picked while nothing is applied: a way of
    /// looking, not work (nothing is saved until an item is applied).
    chosen: RwSignal<Option<Dosage>>,
    snapshot: StoredValue<VariantFacts>,
    interp: Interpretation,
}

impl Scoring {
    /// Changes the CNV scoring and saves. A scoring left with nothing
    /// applied is no scoring: an untouched variant stays untouched, and a
    /// table looked at decides no class.
    fn edit(self, change: impl FnOnce(&mut CnvWork)) {
        let dosage = self.dosage.get_untracked();
        self.snapshot.with_value(|facts| {
            self.interp.edit(facts, |w, _| {
                let c = w.cnv.get_or_insert_with(|| CnvWork::new(dosage));
                change(c);
                if c.applied.is_empty() {
                    w.cnv = None;
                }
            })
        });
    }

    /// Changes the `n`th application of `code` (0 the first).
    fn edit_nth(self, code: &'static str, n: usize, change: impl FnOnce(&mut CnvApplied)) {
        self.edit(|c| {
            if let Some(a) = c.applied.iter_mut().filter(|a| is(a, code)).nth(n) {
                change(a);
            }
        });
    }

    /// Applies `code` once more, at `value` points.
    fn apply(self, code: &'static str, value: f32) {
        self.edit(|c| c.applied.push(CnvApplied { code: code.to_owned(), points: value, comment: String::new() }));
    }

    /// Takes every application of `code` away.
    fn clear(self, code: &'static str) {
        self.edit(|c| c.applied.retain(|a| !is(a, code)));
    }

    /// Takes the `n`th application of `code` away.
    fn remove_nth(self, code: &'static str, n: usize) {
        self.edit(|c| {
            let at = c.applied.iter().enumerate().filter(|(_, a)| is(a, code)).nth(n).map(|(i, _)| i);
            if let Some(at) = at {
                c.applied.remove(at);
            }
        });
    }

    /// Whether scoring by `to` would lose applied items (those of sections
    /// 2 and 3, which mean other things in the other table): then the
    /// switch waits until the analyst removes them.
    fn locked(self, to: Dosage) -> bool {
        let from = self.dosage.get();
        from != to
            && self.work.with(|w| w.cnv.as_ref().is_some_and(|c| c.applied.iter().any(|a| !alike(from, to, &a.code))))
    }

    /// Scores by the table `to`: the items applied (alike in both) move
    /// with it; with none, it is only the table looked at.
    fn switch(self, to: Dosage) {
        if self.locked(to) {
            return;
        }
        self.chosen.set(Some(to));
        if self.work.with_untracked(|w| w.cnv.is_some()) {
            self.edit(|c| c.dosage = to);
        }
    }

    /// How many times `code` is applied (tracked only when that changes).
    fn count(self, code: &'static str) -> Memo<usize> {
        let work = self.work;
        Memo::new(move |_| {
            work.with(|w| w.cnv.as_ref().map_or(0, |c| c.applied.iter().filter(|a| is(a, code)).count()))
        })
    }

    /// The `n`th application of `code`, if it is there (tracked only when
    /// it changes).
    fn nth(self, code: &'static str, n: usize) -> Memo<Option<CnvApplied>> {
        let work = self.work;
        Memo::new(move |_| {
            work.with(|w| w.cnv.as_ref().and_then(|c| c.applied.iter().filter(|a| is(a, code)).nth(n).cloned()))
        })
    }
}

#[component]
pub fn CnvChecklist(
    work: Memo<VariantWork>,
    /// What the file says of the CNV (`None` where the variant is not read
    /// as one but was scored as one).
    facts: Option<CnvFacts>,
    snapshot: VariantFacts,
    /// Whether suggestions are hidden (a teaching case's exam).
    hidden: Memo<bool>,
) -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let found = facts.as_ref().map(|f| f.dosage);
    let chosen = RwSignal::new(None);
    let dosage = Memo::new(move |_| {
        work.with(|w| w.cnv.as_ref().map(|c| c.dosage)).or(chosen.get()).or(found).unwrap_or_default()
    });
    let scoring = Scoring { work, dosage, chosen, snapshot: StoredValue::new(snapshot), interp };
    let suggestions = Memo::new(move |_| {
        if hidden.get() {
            return Vec::new();
        }
        let dosage = dosage.get();
        facts.as_ref().map(|f| suggest(&CnvFacts { dosage, ..f.clone() })).unwrap_or_default()
    });
    let scored = Memo::new(move |_| work.with(|w| w.cnv.clone()).unwrap_or_else(|| CnvWork::new(dosage.get())));
    let total = Memo::new(move |_| scored.with(CnvWork::total_hundredths));
    let class = Memo::new(move |_| scored.with(CnvWork::class));
    let empty = Memo::new(move |_| scored.with(|c| c.applied.is_empty()));

    let table = move |d: Dosage, label: &'static str| {
        let id = format!("cnv-table-{}", d.id());
        let (for_label, for_input) = (id.clone(), id.clone());
        view! {
            <label for=for_label class="cnv-table-choice">
                <input
                    type="radio"
                    name="cnv-table"
                    id=for_input
                    data-testid=id
                    value=d.id()
                    prop:checked=move || dosage.get() == d
                    disabled=move || scoring.locked(d)
                    aria-describedby="cnv-table-hint"
                    on:change=move |e| {
                        if event_target_checked(&e) {
                            scoring.switch(d);
                        }
                    }
                />
                {t(label)}
            </label>
        }
    };

    view! {
        <section class="cnv" data-testid="cnv-checklist" data-dosage=move || dosage.get().id() aria-labelledby="cnv-heading">
            <h3 id="cnv-heading">{t(msg!("cnv-heading"))}</h3>
            <fieldset class="cnv-table">
                <legend>{t(msg!("cnv-table"))}</legend>
                {table(Dosage::Loss, msg!("cnv-choose-loss"))}
                {table(Dosage::Gain, msg!("cnv-choose-gain"))}
                <p class="hint muted" id="cnv-table-hint">
                    {found.map(|found| view! {
                        {move || tr_with(msg!("cnv-table-found"), &[("dosage", found.label(use_language().get()).into())])}
                        " "
                    })}
                    {t(msg!("cnv-table-hint"))}
                    {move || [Dosage::Loss, Dosage::Gain].into_iter().any(|d| scoring.locked(d)).then(|| view! {
                        " " <span data-testid="cnv-table-locked">{t(msg!("cnv-table-locked"))}</span>
                    })}
                </p>
            </fieldset>
            <div class="cnv-result" aria-live="polite">
                <p class="cnv-score">
                    <span class="muted">{t(msg!("cnv-total"))}</span>
                    " "
                    <strong class="cnv-total" data-testid="cnv-total" data-total=move || total.get().to_string()>
                        {move || signed(total.get())}
                    </strong>
                    " → "
                    <span
                        class=move || format!("class-chip class-{}", class.get().id())
                        data-testid="cnv-class"
                        data-class=move || class.get().id()
                    >
                        {move || class.get().label(use_language().get())}
                    </span>
                </p>
                {move || empty.get().then(|| view! { <p class="muted">{t(msg!("cnv-nothing-applied"))}</p> })}
                <ul class="cnv-problems">
                    {move || {
                        let lang = use_language().get();
                        scored
                            .with(CnvWork::problems)
                            .into_iter()
                            .map(|p| view! { <li class="warning" data-testid="cnv-problem">{p.render(lang)}</li> })
                            .collect_view()
                    }}
                </ul>
                {unknown_items(scoring)}
            </div>
            <section class="cnv-suggestions" aria-labelledby="cnv-suggest-heading">
                <h4 id="cnv-suggest-heading">{t(msg!("cnv-suggest-heading"))}</h4>
                {move || {
                    if hidden.get() {
                        return view! { <p class="muted">{t(msg!("exam-suggestions-hidden"))}</p> }.into_any();
                    }
                    if found.is_none() {
                        return view! { <p class="muted">{t(msg!("cnv-suggest-not-read"))}</p> }.into_any();
                    }
                    let items = suggestions.get();
                    if items.is_empty() {
                        return view! { <p class="muted">{t(msg!("cnv-suggest-nothing"))}</p> }.into_any();
                    }
                    view! { <ul>{items.into_iter().map(|s| suggestion(scoring, s)).collect_view()}</ul> }.into_any()
                }}
            </section>
            <div class="cnv-items">
                {move || {
                    let d = dosage.get();
                    SECTIONS.iter().map(|&(n, heading)| section(scoring, d, n, heading)).collect_view()
                }}
            </div>
        </section>
    }
}

/// One suggestion: the item, its points and evidence, and a button that
/// applies it (the clinician's decision; never done for them).
fn suggestion(scoring: Scoring, s: CnvSuggestion) -> impl IntoView {
    let Some(item) = scoring.dosage.get_untracked().item(&s.code) else {
        return ().into_any();
    };
    let code = item.code;
    let value = s.points;
    let applied = scoring.count(code);
    let is_applied = move || applied.get() > 0;
    view! {
        <li class="cnv-suggestion" data-testid=format!("cnv-suggestion-{code}") data-state=move || if is_applied() { "applied" } else { "open" }>
            <span class="code">{code}</span>
            <span class="cnv-points">{signed(hundredths(value))}</span>
            <span class="cnv-evidence">{said(s.evidence)}</span>
            // Not `disabled` once applied: a disabled button would lose
            // the keyboard focus the moment it is pressed.
            <button
                type="button"
                class="button"
                data-testid=format!("cnv-apply-{code}")
                aria-disabled=move || is_applied().to_string()
                aria-label=move || {
                    let key = if is_applied() { msg!("cnv-applied-label") } else { msg!("cnv-apply-label") };
                    tr_with(key, &[("code", code.into()), ("points", signed(hundredths(value)).into())])
                }
                on:click=move |_| {
                    if !is_applied() {
                        scoring.apply(code, value);
                    }
                }
            >
                {move || if is_applied() { tr(msg!("cnv-applied")) } else { tr(msg!("cnv-apply")) }}
            </button>
        </li>
    }
    .into_any()
}

/// A section of the table, collapsible: the detailed evaluation (4), long
/// and from the literature, starts closed unless something in it is
/// applied.
fn section(scoring: Scoring, dosage: Dosage, n: u8, heading: &'static str) -> impl IntoView {
    let items: Vec<&'static Item> = dosage.items().filter(|i| i.section == n).collect();
    let codes: Vec<&'static str> = items.iter().map(|i| i.code).collect();
    let work = scoring.work;
    let applied = Memo::new(move |_| {
        work.with(|w| {
            w.cnv.as_ref().map_or(0, |c| c.applied.iter().filter(|a| codes.iter().any(|code| is(a, code))).count())
        })
    });
    let open = n != 4 || applied.get_untracked() > 0;
    view! {
        <details class="cnv-section" data-testid=format!("cnv-section-{n}") open=open>
            <summary>
                {t(heading)}
                {move || {
                    let count = applied.get();
                    (count > 0).then(|| view! {
                        " "
                        <span class="flag">{move || tr_with(msg!("cnv-section-applied"), &[("count", count.into())])}</span>
                    })
                }}
            </summary>
            <div class="cnv-rows">{items.into_iter().map(|item| item_row(scoring, item)).collect_view()}</div>
        </details>
    }
}

/// The points an item is scored at, as the table gives them.
fn item_points(item: &Item) -> String {
    let (points, min, max) = (signed(item.suggested), signed(item.min), signed(item.max));
    if item.repeats {
        let (total_min, total_max) = (signed(item.total_min), signed(item.total_max));
        tr_with(
            msg!("cnv-points-each"),
            &[
                ("points", points.into()),
                ("min", min.into()),
                ("max", max.into()),
                ("total_min", total_min.into()),
                ("total_max", total_max.into()),
            ],
        )
    } else if item.min == item.max {
        points
    } else {
        tr_with(msg!("cnv-points-range"), &[("points", points.into()), ("min", min.into()), ("max", max.into())])
    }
}

/// One item: a checkbox to apply it (at its suggested points) or take it
/// away, its code, words and points, and each application's points and
/// comment.
fn item_row(scoring: Scoring, item: &'static Item) -> impl IntoView {
    let code = item.code;
    let count = scoring.count(code);
    let id = format!("cnv-item-{code}");
    let suggested = points(item.suggested) as f32;
    let applied = move || count.get() > 0;
    let several = move || count.get() > 1;
    // Applied more than once, each application is taken away by its own
    // Remove (the checkbox is disabled): one click does not lose several
    // cases' points and comments.
    view! {
        <div class="cnv-item" class:applied=applied data-code=code>
            <input
                type="checkbox"
                id=id.clone()
                data-testid=id.clone()
                prop:checked=applied
                disabled=several
                title=move || several().then(|| tr(msg!("cnv-item-several")))
                on:change=move |e| {
                    if event_target_checked(&e) {
                        scoring.apply(code, suggested);
                    } else {
                        scoring.clear(code);
                    }
                }
            />
            <label for=id class="cnv-item-label">
                <span class="code">{code}</span>
                " "
                <span class="title">{t(item.key)}</span>
            </label>
            <span class="cnv-range">{move || item_points(item)}</span>
            {move || {
                let n = count.get();
                (n > 0)
                    .then(|| {
                        view! {
                            <div class="cnv-applications">
                                {(0..n).map(|i| application(scoring, item, i, n)).collect_view()}
                                {item.repeats.then(|| view! {
                                    <button
                                        type="button"
                                        class="button link"
                                        data-testid=format!("cnv-add-{code}")
                                        aria-label=move || tr_with(msg!("cnv-add-label"), &[("code", code.into())])
                                        on:click=move |_| scoring.apply(code, suggested)
                                    >
                                        {t(msg!("cnv-add"))}
                                    </button>
                                })}
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// The `i`th of `n` applications of `item`: its points (kept as typed even
/// outside the item's range, which the problems then name) and comment.
fn application(scoring: Scoring, item: &'static Item, i: usize, n: usize) -> impl IntoView {
    let code = item.code;
    let this = scoring.nth(code, i);
    let pseudo = use_pseudonymise();
    // The first application's hooks carry the code alone.
    let suffix = if i == 0 { String::new() } else { format!("-{}", i + 1) };
    let (points_id, comment_id) = (format!("cnv-points-{code}-{}", i + 1), format!("cnv-comment-{code}-{}", i + 1));
    let shown = move || this.with(|a| a.as_ref().map(|a| field(a.points)).unwrap_or_default());
    let out_of_range = move || this.with(|a| a.as_ref().is_some_and(|a| !item.in_range(hundredths(a.points))));
    let comment = saved_as_typed(move |text| scoring.edit_nth(code, i, move |a| a.comment = text));
    // Any number is kept (one outside the range is named among the
    // problems); what is not a number puts back the points in force.
    let on_points = move |e: leptos::ev::Event| match event_target_value(&e).trim().parse::<f32>() {
        Ok(value) if value.is_finite() => scoring.edit_nth(code, i, move |a| a.points = value),
        _ => event_target::<web_sys::HtmlInputElement>(&e).set_value(&shown()),
    };
    let which = move |one: &'static str, many: &'static str| {
        if n == 1 {
            tr_with(one, &[("code", code.into())])
        } else {
            tr_with(many, &[("code", code.into()), ("n", (i + 1).into())])
        }
    };
    view! {
        <div class="cnv-application" class:out-of-range=out_of_range>
            <label for=points_id.clone() class="visually-hidden">
                {move || which(msg!("cnv-points-label"), msg!("cnv-points-label-nth"))}
            </label>
            <input
                type="number"
                class="cnv-points-input"
                id=points_id
                data-testid=format!("cnv-points-{code}{suffix}")
                step="0.05"
                min=points(item.min).to_string()
                max=points(item.max).to_string()
                inputmode="decimal"
                aria-invalid=move || out_of_range().to_string()
                prop:value=shown
                on:change=on_points
            />
            <label for=comment_id.clone() class="visually-hidden">
                {move || which(msg!("cnv-comment-label"), msg!("cnv-comment-label-nth"))}
            </label>
            <input
                id=comment_id
                class="cnv-comment"
                data-testid=format!("cnv-comment-{code}{suffix}")
                placeholder=t(msg!("cnv-comment"))
                readonly=move || pseudo.on.get()
                prop:value=move || this.with(|a| a.as_ref().map(|a| pseudo.text(&a.comment)).unwrap_or_default())
                on:input=comment
                on:change=comment
            />
            {(item.repeats || n > 1).then(|| view! {
                <button
                    type="button"
                    class="button link"
                    data-testid=format!("cnv-remove-{code}-{}", i + 1)
                    aria-label=move || which(msg!("cnv-remove-label"), msg!("cnv-remove-label-nth"))
                    on:click=move |_| scoring.remove_nth(code, i)
                >
                    {t(msg!("cnv-remove"))}
                </button>
            })}
        </div>
    }
}

/// Items applied that the table in force lacks (a session scored by the
/// other table, or a code mistyped in a file): named, and each can be
/// taken away.
fn unknown_items(scoring: Scoring) -> impl IntoView {
    let work = scoring.work;
    let unknown = Memo::new(move |_| {
        work.with(|w| {
            w.cnv
                .iter()
                .flat_map(|c| c.applied.iter().enumerate().filter(|(_, a)| c.dosage.item(&a.code).is_none()))
                .map(|(i, a)| (i, a.code.clone()))
                .collect::<Vec<_>>()
        })
    });
    move || {
        let unknown = unknown.get();
        (!unknown.is_empty()).then(|| {
            view! {
                <div class="cnv-unknown">
                    <p>{t(msg!("cnv-unknown-heading"))}</p>
                    <ul>{unknown.into_iter().map(|(at, code)| unknown_item(scoring, at, code)).collect_view()}</ul>
                </div>
            }
        })
    }
}

/// One item the table lacks, applied at position `at`, and a button that
/// takes it away.
fn unknown_item(scoring: Scoring, at: usize, code: String) -> impl IntoView {
    let label = code.clone();
    let test_id = format!("cnv-unknown-remove-{code}");
    let shown = code.clone();
    let remove = move |_| {
        let code = code.clone();
        // By position, checked against the code: the list is built again
        // at each change.
        scoring.edit(move |c| {
            if c.applied.get(at).is_some_and(|a| a.code == code) {
                c.applied.remove(at);
            }
        });
    };
    view! {
        <li>
            <span class="code">{shown}</span>
            " "
            <button
                type="button"
                class="button link"
                data-testid=test_id
                aria-label=move || tr_with(msg!("cnv-remove-label"), &[("code", label.as_str().into())])
                on:click=remove
            >
                {t(msg!("cnv-remove"))}
            </button>
        </li>
    }
}
