//! The page layout and the app state shared through context: the
//! [`Engine`] (the file, its views and the selection), the
//! [`Interpretation`] (the clinician's work on the file) and [`Offline`]
//! (the service worker, and a newer build waiting).

use crate::components::{
    AcmgPanel, ChartsPanel, FamilyEditor, FileOpener, FilterForm, Funnel, LoadStatus, NotePanel, PanelPicker,
    SessionBar, TranscriptPolicyPicker, UpdateBanner, VariantCount, VariantDetail, VariantTable, WarningList,
};
use crate::engine::Engine;
use crate::interpretation::Interpretation;
use crate::offline::Offline;
use leptos::prelude::*;

/// The whole app: open a file, narrow it by panel, filters and family, and
/// see its variants.
#[component]
pub fn App() -> impl IntoView {
    let engine = Engine::start();
    provide_context(engine);
    provide_context(Interpretation::start(engine));
    provide_context(Offline::start());
    view! {
        <UpdateBanner/>
        <header class="masthead">
            <h1>"Tolk"</h1>
            <p class="tagline">"Variant interpretation in your browser."</p>
            <p class="privacy">
                "Files are read on this computer. Nothing is uploaded or sent anywhere."
            </p>
        </header>
        <main>
            <FileOpener/>
            <LoadStatus/>
            <SessionBar/>
            <WarningList/>
            <section class="narrowing" aria-labelledby="narrowing-heading">
                <h2 id="narrowing-heading">"Narrow the variants"</h2>
                <div class="narrowing-grid">
                    <PanelPicker/>
                    <FamilyEditor/>
                    <FilterForm/>
                    <Funnel/>
                </div>
            </section>
            <section class="variants" aria-labelledby="variants-heading">
                <div class="variants-head">
                    <h2 id="variants-heading">"Variants"</h2>
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
