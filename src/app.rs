//! The page layout and the app state shared through context: the
//! [`Engine`] (the file, its views and the selection), the
//! [`Interpretation`] (the clinician's work on the file), [`Offline`]
//! (the service worker, and a newer build waiting), [`Pseudonymise`] and
//! the [`Screen`] (presentation mode and the keyboard shortcuts), and the
//! [`Workstation`] (retention, forgetting, the idle lock).

use crate::components::{
    AcmgPanel, CaseLibrary, CasePanel, ChartsPanel, FamilyEditor, FileOpener, FilterForm, Funnel, IdleLock,
    LanguageSelect, LoadStatus, NotePanel, PanelPicker, Presentation, ScreenControls, SessionBar, ShortcutList,
    TranscriptPolicyPicker, UpdateBanner, VariantCount, VariantDetail, VariantTable, WarningList, WorkstationControls,
};
use crate::engine::Engine;
use crate::i18n::{t, Language};
use crate::interpretation::Interpretation;
use crate::offline::Offline;
use crate::pseudonymise::Pseudonymise;
use crate::screen::Screen;
use crate::teaching::Teaching;
use crate::workstation::Workstation;
use leptos::prelude::*;

/// The whole app: open a file, narrow it by panel, filters and family, and
/// see its variants.
#[component]
pub fn App() -> impl IntoView {
    Language::start();
    let engine = Engine::start();
    provide_context(engine);
    provide_context(Interpretation::start(engine));
    provide_context(Offline::start());
    let pseudonymise = Pseudonymise::start(engine);
    provide_context(pseudonymise);
    let screen = Screen::start(pseudonymise);
    provide_context(screen);
    provide_context(Teaching::start(engine));
    let workstation = Workstation::start();
    provide_context(workstation);
    // Behind an open presentation, the shortcut list or the idle lock, the
    // page takes no focus and no clicks.
    let covered = move || screen.presenting.get() || screen.shortcuts.get() || workstation.locked.get();
    view! {
        <UpdateBanner/>
        <header class="masthead" inert=covered>
            <h1>"Tolk"</h1>
            <p class="tagline">{t(msg!("app-tagline"))}</p>
            <LanguageSelect/>
            <ScreenControls/>
            <p class="privacy">{t(msg!("app-privacy"))}</p>
        </header>
        <Presentation/>
        <ShortcutList/>
        <IdleLock/>
        <main inert=covered>
            <FileOpener/>
            <CaseLibrary/>
            <WorkstationControls/>
            <LoadStatus/>
            <CasePanel/>
            <SessionBar/>
            <WarningList/>
            <section class="narrowing" aria-labelledby="narrowing-heading">
                <h2 id="narrowing-heading">{t(msg!("narrowing-heading"))}</h2>
                <div class="narrowing-grid">
                    <PanelPicker/>
                    <FamilyEditor/>
                    <FilterForm/>
                    <Funnel/>
                </div>
            </section>
            <section class="variants" aria-labelledby="variants-heading">
                <div class="variants-head">
                    <h2 id="variants-heading">{t(msg!("variants-heading"))}</h2>
                    <VariantCount/>
                    <TranscriptPolicyPicker/>
                </div>
                <VariantTable/>
            </section>
            <ChartsPanel/>
            <VariantDetail/>
            <AcmgPanel/>
            <NotePanel/>
        </main>
    }
}
