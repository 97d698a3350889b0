//! Opening a VCF: a file picker, drag and drop onto the page, and the demo
//! case. The file goes to the worker as a Blob; its bytes never leave the
//! browser.

use super::{use_engine, FileButton};
use crate::i18n::{t, use_language};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use tolk_core::phrase::Phrase;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, File};

/// The demo case shipped with the app (public/demo): synthetic, no patient.
const DEMO_URL: &str = "demo/tolk-demo-trio.vcf";
const DEMO_NAME: &str = "tolk-demo-trio.vcf";

/// The file picker, the drop zone and the demo button.
#[component]
pub fn FileOpener() -> impl IntoView {
    let engine = use_engine();
    let dragging = RwSignal::new(false);
    let demo_error = RwSignal::new(None::<Phrase>);

    let open_file = move |file: File| engine.open(&file, file.name());

    let on_files = Callback::new(move |files: Vec<File>| {
        if let Some(file) = files.into_iter().next() {
            open_file(file);
        }
    });

    let on_drop = move |event: ev::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        if let Some(file) = event.data_transfer().and_then(|dt| dt.files()).and_then(|files| files.get(0)) {
            open_file(file);
        }
    };

    let open_demo = move |_| {
        demo_error.set(None);
        spawn_local(async move {
            match fetch_blob(DEMO_URL).await {
                Ok(blob) => engine.open(&blob, DEMO_NAME.to_owned()),
                Err(e) => demo_error.set(Some(Phrase::new(msg!("opener-demo-failed")).arg("reason", e))),
            }
        });
    };

    view! {
        <section
            class="opener"
            class:dragging=move || dragging.get()
            aria-labelledby="opener-heading"
            on:dragover=move |e: ev::DragEvent| {
                e.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <h2 id="opener-heading">{t(msg!("opener-heading"))}</h2>
            <p>{t(msg!("opener-hint"))}</p>
            <div class="opener-actions">
                <FileButton
                    id="file-input"
                    testid="file-input"
                    label=t(msg!("opener-choose"))
                    accept=".vcf,.gz,.bgz,.vcf.gz,.vcf.bgz"
                    primary=true
                    on_files
                />
                <button type="button" class="button" data-testid="demo-case" on:click=open_demo>
                    {t(msg!("opener-demo"))}
                </button>
            </div>
            <Show when=move || demo_error.get().is_some()>
                <p class="error" role="alert">{move || demo_error.get().map(|p| p.render(use_language().get()))}</p>
            </Show>
        </section>
    }
}

/// Fetches a file of the app's own origin (allowed by the CSP's
/// `connect-src 'self'`) as a Blob.
pub(crate) async fn fetch_blob(url: &str) -> Result<Blob, String> {
    let window = web_sys::window().ok_or("no window")?;
    let describe = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str(url)).await.map_err(describe)?.unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let blob = JsFuture::from(response.blob().map_err(describe)?).await.map_err(describe)?;
    Ok(blob.unchecked_into())
}
