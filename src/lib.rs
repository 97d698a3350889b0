//! Tolk in the browser: a Leptos app (the page) and the engine worker that
//! runs `tolk-core` off the page's thread.
//!
//! Components never parse: they render what the [`engine::Engine`] reports.

pub mod app;
pub mod components;
pub mod engine;
pub mod protocol;
pub mod worker;

pub use app::App;

#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
