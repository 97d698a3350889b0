//! The page layout and the app state shared through context: the
//! [`Engine`] (the file, its views and the selection), the
//! [`Interpretation`] (the clinician's work on the file) and [`Offline`]
//! (the service worker, and a newer build waiting).

use crate::components::{
    AcmgPanel, ChartsPanel, FamilyEditor, FileOpener, FilterForm, Funnel, LanguageSelect, LoadStatus, NotePanel,
    PanelPicker, SessionBar, TranscriptPolicyPicker, UpdateBanner, VariantCount, VariantDetail, VariantTable,
    WarningList,
};
use crate::engine::Engine;
use crate::i18n::{t, Language};
use crate::interpretation::Interpretation;
use crate::offline::Offline;
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
    view! {
        <UpdateBanner/>
        <header class="masthead">
            <h1>"Tolk"</h1>
            <p class="tagline">{t("app-tagline")}</p>
            <LanguageSelect/>
            <p class="privacy">{t("app-privacy")}</p>
        </header>
        <main>
            <FileOpener/>
            <LoadStatus/>
            <SessionBar/>
            <WarningList/>
            <section class="narrowing" aria-labelledby="narrowing-heading">
                <h2 id="narrowing-heading">{t("narrowing-heading")}</h2>
                <div class="narrowing-grid">
                    <PanelPicker/>
                    <FamilyEditor/>
                    <FilterForm/>
                    <Funnel/>
                </div>
            </section>
            <section class="variants" aria-labelledby="variants-heading">
                <div class="variants-head">
                    <h2 id="variants-heading">{t("variants-heading")}</h2>
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
