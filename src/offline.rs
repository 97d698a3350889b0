//! Offline use: registers the service worker (`sw.js`, written by the build:
//! tools/offline.mjs and tools/sw.js), which keeps the app's own files so the
//! app opens and works with no network after one visit.
//!
//! Browsers allow service workers only in a secure context (HTTPS, or
//! localhost); elsewhere the app still works, online.

use wasm_bindgen_futures::JsFuture;

/// Registers `sw.js` beside the page, if the browser allows it here.
pub fn register() {
    let Some(window) = web_sys::window() else { return };
    if !window.is_secure_context() {
        return;
    }
    let registering = window.navigator().service_worker().register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = JsFuture::from(registering).await {
            web_sys::console::warn_2(&"tolk: offline use is not available:".into(), &e);
        }
    });
}
