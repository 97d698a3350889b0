//! The page layout and the app state shared through context: the
//! [`Engine`] (the file, its views and the selection), the
//! [`Interpretation`] (the clinician's work on the file), the [`Analysts`]
//! (this profile's signing key, the lab's roster), [`Offline`]
//! (the service worker, and a newer build waiting), [`Pseudonymise`] and
//! the [`Screen`] (presentation mode and the keyboard shortcuts), the
//! [`Workstation`] (retention, forgetting, the idle lock), and the
//! [`Workbench`] (the view shown, the detail's part, the sidebar).
//!
//! Once a file is open the page is a workbench: the narrowing in a
//! sidebar, the variant grid, and the selected variant's pane side by
//! side, each scrolling on its own (the style sheet, `.panes`); the charts
//! and the note are views one tab away. The file box and the teaching
//! cases fold into the header ([`StartMenu`]).

use crate::analysts::Analysts;
use crate::components::{
    AboutPage, CasePanel, ChartsPanel, ColumnChooser, FamilyEditor, FilterForm, Funnel, GridSearch, HostWarning,
    IdleLock, KnowledgePage, LanguageSelect, LoadStatus, NotePanel, PanelPicker, PhenotypeEditor, Presentation,
    ReanalysisNotice, ReviewPage, ReviewStatus, ScreenControls, SessionBar, ShortcutList, StartMenu, StoppedNotice,
    TabList, TabPanel, TranscriptPolicyPicker, UpdateBanner, VariantCount, VariantDetail, VariantTable, WarningList,
};
use crate::engine::Engine;
use crate::host::Host;
use crate::i18n::{t, tr, Language};
use crate::interpretation::Interpretation;
use crate::offline::Offline;
use crate::protocol::ViewFormat;
use crate::pseudonymise::Pseudonymise;
use crate::requests::RequestLog;
use crate::screen::Screen;
use crate::teaching::Teaching;
use crate::workbench::{Page, Workbench};
use crate::workstation::Workstation;
use leptos::prelude::*;

/// The whole app: open a file, narrow it by panel, filters and family,
/// see its variants and classify them.
#[component]
pub fn App() -> impl IntoView {
    Language::start();
    // First: the page's own requests are listed from here on (the browser
    // keeps those before), and its host is asked what it sends and allows.
    provide_context(RequestLog::start());
    let host = Host::start();
    provide_context(host);
    let engine = Engine::start();
    provide_context(engine);
    let analysts = Analysts::start();
    provide_context(analysts);
    let interp = Interpretation::start(engine, analysts);
    provide_context(interp);
    provide_context(Offline::start());
    let pseudonymise = Pseudonymise::start(engine);
    provide_context(pseudonymise);
    let workstation = Workstation::start();
    provide_context(workstation);
    // A copy the lab stopped (tolk_core::hosting::Standing) takes no work,
    // by click or by key.
    let stopped = move || host.standing.with(|s| *s != tolk_core::hosting::Standing::Current);
    let screen = Screen::start(engine, pseudonymise, Signal::derive(move || workstation.locked.get() || stopped()));
    provide_context(screen);
    provide_context(Teaching::start(engine));
    let workbench = Workbench::start();
    provide_context(workbench);
    // Behind an open presentation, the shortcut list or the idle lock, the
    // page takes no focus and no clicks.
    let covered = move || screen.presenting.get() || screen.shortcuts.get() || workstation.locked.get() || stopped();
    let page = workbench.page;
    let folded = workbench.sidebar_folded;
    view! {
        <StoppedNotice/>
        <UpdateBanner/>
        <HostWarning/>
        <a class="skip-link" href="#variant-grid" inert=covered on:click=move |_| page.set(Page::Variants)>
            {t(msg!("app-skip-to-grid"))}
        </a>
        <header class="masthead" inert=covered>
            <h1>"Tolk"</h1>
            <p class="tagline">{t(msg!("app-tagline"))}</p>
            <StartMenu/>
            <LanguageSelect/>
            <ScreenControls/>
            <p class="privacy">{t(msg!("app-privacy-short"))}</p>
        </header>
        <Presentation/>
        <ShortcutList/>
        <IdleLock/>
        <main class="workbench" inert=covered>
            <div class="case-bar">
                <LoadStatus/>
                <SessionBar/>
                <ReviewStatus/>
                <ReanalysisNotice/>
                <WarningList/>
            </div>
            <TabList prefix="view" chosen=page label=msg!("view-label")/>
            <TabPanel prefix="view" tab=Page::Variants chosen=page>
                <div class="panes" class:folded=move || folded.get()>
                    <aside class="sidebar" data-testid="sidebar" aria-labelledby="narrowing-heading">
                        <div class="sidebar-head">
                            <h2 id="narrowing-heading" class:visually-hidden=move || folded.get()>{t(msg!("narrowing-heading"))}</h2>
                            <button
                                type="button"
                                class="button link"
                                data-testid="sidebar-fold"
                                aria-expanded=move || (!folded.get()).to_string()
                                aria-controls="sidebar-body"
                                on:click=move |_| workbench.fold_sidebar(!folded.get_untracked())
                            >
                                {move || tr(if folded.get() { msg!("sidebar-open") } else { msg!("sidebar-fold") })}
                            </button>
                        </div>
                        <div class="sidebar-body narrowing" id="sidebar-body" hidden=move || folded.get()>
                            <CasePanel/>
                            <TranscriptPolicyPicker/>
                            <PanelPicker/>
                            <FamilyEditor/>
                            <PhenotypeEditor/>
                            <FilterForm/>
                            <Funnel/>
                        </div>
                    </aside>
                    <section class="grid-pane variants" aria-labelledby="variants-heading">
                        <div class="variants-head">
                            <h2 id="variants-heading">{t(msg!("variants-heading"))}</h2>
                            <VariantCount/>
                            <GridSearch/>
                            <ColumnChooser/>
                            <div class="view-export">
                                <button
                                    type="button"
                                    class="button"
                                    data-testid="export-view-tsv"
                                    disabled=move || engine.view_count() == 0
                                    on:click=move |_| engine.export_view(ViewFormat::Tsv, interp.marks())
                                >
                                    {t(msg!("grid-export-tsv"))}
                                </button>
                                <button
                                    type="button"
                                    class="button"
                                    data-testid="export-view-xlsx"
                                    title=t(msg!("grid-export-xlsx-hint"))
                                    disabled=move || {
                                        let count = engine.view_count() as usize;
                                        count == 0 || count > tolk_core::grid_xlsx::MAX_ROWS
                                    }
                                    on:click=move |_| engine.export_view(ViewFormat::Xlsx, interp.marks())
                                >
                                    {t(msg!("grid-export-xlsx"))}
                                </button>
                            </div>
                        </div>
                        <VariantTable/>
                    </section>
                    <VariantDetail/>
                </div>
            </TabPanel>
            <TabPanel prefix="view" tab=Page::Charts chosen=page>
                <ChartsPanel/>
            </TabPanel>
            <TabPanel prefix="view" tab=Page::Note chosen=page>
                <NotePanel/>
            </TabPanel>
            <TabPanel prefix="view" tab=Page::Knowledge chosen=page>
                <KnowledgePage/>
            </TabPanel>
            <TabPanel prefix="view" tab=Page::Review chosen=page>
                <ReviewPage/>
            </TabPanel>
            <TabPanel prefix="view" tab=Page::About chosen=page>
                <AboutPage/>
            </TabPanel>
        </main>
    }
}
