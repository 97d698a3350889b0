//! The interpretation note: what the analyst writes (patient identifier,
//! referral, phenotype, conclusion), what is still missing, a preview of
//! the printable page, and the four downloads. Everything else in the note
//! is generated from the session, so it is shown, not edited, here.

use super::{download, saved_as_typed};
use crate::i18n::{t, tr, tr_with, use_language};
use crate::interpretation::Interpretation;
use crate::pseudonymise::use_pseudonymise;
use leptos::prelude::*;
use tolk_core::i18n::Lang;
use tolk_core::note::{html, Format};
use tolk_core::session::NoteText;

#[component]
pub fn NotePanel() -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let language = use_language();
    let pseudo = use_pseudonymise();
    // The note's language: the interface's unless chosen here, so that a
    // Norwegian screen can still send an English note, and the reverse.
    let chosen = RwSignal::new(None::<Lang>);
    let note_lang = move || chosen.get().unwrap_or_else(|| language.get());
    // Made while the note is shown: it checks the whole trail and its
    // signatures, which no keystroke elsewhere should wait for.
    let bench = crate::workbench::use_workbench();
    let note = Memo::new(move |_| {
        if bench.page.get() != crate::workbench::Page::Note {
            return None;
        }
        let lang = note_lang();
        let roster = interp.analysts.roster.get();
        interp.session.with(|s| s.as_ref().map(|s| pseudo.note(s, lang, roster.as_ref())))
    });
    let preview_open = RwSignal::new(false);
    let counts = move || {
        note.with(|n| {
            n.as_ref().map(|n| {
                let args = [
                    ("reported", n.findings.len().into()),
                    ("vus", n.vus.len().into()),
                    ("assessed", n.assessed.len().into()),
                ];
                tr_with(msg!("note-counts"), &args)
            })
        })
    };
    // Trimmed when the note is made, not here (see `saved_as_typed`).
    let patient = saved_as_typed(move |text| interp.edit_session(move |s| s.note.patient = text));
    view! {
        <Show when=move || interp.session.with(Option::is_some)>
            <section class="note-panel" data-testid="note-panel" aria-labelledby="note-heading">
                <h2 id="note-heading">{t(msg!("note-panel-heading"))}</h2>
                <p class="note-counts" data-testid="note-counts">{counts}</p>
                <fieldset class="plain note-fields" disabled=move || !interp.work_open()>
                    <label for="note-patient">{t(msg!("note-panel-patient"))}</label>
                    // While pseudonymising, what was written is shown with
                    // names replaced and cannot be edited (an edit would
                    // save the labels over the names).
                    <input
                        id="note-patient"
                        data-testid="note-patient"
                        readonly=move || pseudo.on.get()
                        placeholder=move || note.with(|n| n.as_ref().and_then(|n| n.patient.sample.clone()).unwrap_or_default())
                        prop:value=move || {
                            let typed = interp.session.with(|s| s.as_ref().map(|s| s.note.patient.clone()).unwrap_or_default());
                            pseudo.patient(&typed)
                        }
                        on:input=patient
                        on:change=patient
                    />
                    <NoteField id="referral" label="note-panel-referral" read=|t| &t.referral write=|t| &mut t.referral/>
                    <NoteField
                        id="phenotype"
                        label="note-panel-phenotype"
                        placeholder="note-panel-phenotype-example"
                        read=|t| &t.phenotype
                        write=|t| &mut t.phenotype
                    />
                    <NoteField id="conclusion" label="note-panel-conclusion" tall=true read=|t| &t.conclusion write=|t| &mut t.conclusion/>
                    <NoteField
                        id="limitations"
                        label="note-panel-limitations"
                        placeholder="note-panel-limitations-example"
                        read=|t| &t.limitations
                        write=|t| &mut t.limitations
                    />
                </fieldset>
                {move || {
                    note.with(|n| {
                        n.as_ref()
                            .filter(|n| !n.incomplete.is_empty())
                            .map(|n| {
                                view! {
                                    <div class="note-incomplete" data-testid="note-incomplete" role="status">
                                        <p>{t(msg!("note-panel-incomplete"))}</p>
                                        <ul>{n.incomplete.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}</ul>
                                    </div>
                                }
                            })
                    })
                }}
                <div class="note-exports" role="group" aria-label=t(msg!("note-panel-download"))>
                    <label for="note-language">{t(msg!("note-panel-language"))}</label>
                    <select
                        id="note-language"
                        data-testid="note-language"
                        on:change=move |e| chosen.set(Lang::from_code(&event_target_value(&e)))
                    >
                        {Lang::ALL
                            .into_iter()
                            .map(|lang| {
                                view! {
                                    <option value=lang.code() lang=lang.code() selected=move || note_lang() == lang>
                                        {lang.endonym()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                    {Format::ALL
                        .into_iter()
                        .map(|format| {
                            let save = move |_| {
                                if let Some(n) = note.get_untracked() {
                                    let name = format!("{}.{}", n.file_stem(), format.extension());
                                    let figures = tolk_charts::note_figures(&n);
                                    download(&name, format.mime(), &format.render(&n, &figures));
                                }
                            };
                            view! {
                                <button type="button" class="button" data-testid=format!("export-{}", format.id()) on:click=save>
                                    {move || format.label(language.get())}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <details class="note-preview" on:toggle=move |e| preview_open.set(event_target::<web_sys::HtmlDetailsElement>(&e).open())>
                    <summary>{t(msg!("note-panel-preview"))}</summary>
                    <Show when=move || preview_open.get()>
                        // Sandboxed: the note runs no script, and its own
                        // policy forbids any; the sandbox makes sure.
                        <iframe
                            data-testid="note-preview"
                            title=t(msg!("note-panel-preview-title"))
                            sandbox=""
                            srcdoc=move || note.with(|n| n.as_ref().map(|n| html::render(n, &tolk_charts::note_figures(n))).unwrap_or_default())
                        ></iframe>
                    </Show>
                </details>
            </section>
        </Show>
    }
}

/// One text the analyst writes in the note, saved as it is typed. `label`
/// and `placeholder` are message keys.
#[component]
fn NoteField(
    /// `note-<id>` is the element id and test id.
    id: &'static str,
    label: &'static str,
    #[prop(default = "")] placeholder: &'static str,
    #[prop(default = false)] tall: bool,
    read: fn(&NoteText) -> &String,
    write: fn(&mut NoteText) -> &mut String,
) -> impl IntoView {
    let interp = use_context::<Interpretation>().expect("App provides the Interpretation");
    let id = format!("note-{id}");
    let pseudo = use_pseudonymise();
    let value =
        move || pseudo.text(&interp.session.with(|s| s.as_ref().map(|s| read(&s.note).clone()).unwrap_or_default()));
    let save = saved_as_typed(move |text| interp.edit_session(move |s| *write(&mut s.note) = text));
    view! {
        <label for=id.clone()>{t(label)}</label>
        <textarea id=id.clone() data-testid=id class:tall=tall readonly=move || pseudo.on.get() placeholder=move || if placeholder.is_empty() { String::new() } else { tr(placeholder) } prop:value=value on:input=save on:change=save></textarea>
    }
}
