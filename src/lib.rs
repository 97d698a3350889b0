//! Tolk in the browser: a Leptos app (the page) and the engine worker that
//! runs `tolk-core` off the page's thread.
//!
//! Components never parse a VCF: they render what the [`engine::Engine`]
//! reports. The small side files a user adds (panels, PED) are parsed on
//! the page by `tolk-core`, in [`narrowing`] and the components that take
//! them, because they are kilobytes and their errors belong beside the
//! input that took them.

/// `msg!`: message keys checked as the app builds (`tolk_core::messages`).
#[macro_use]
extern crate tolk_core;

pub mod analysts;
pub mod app;
pub mod case_lock;
pub mod channel;
pub mod components;
pub mod engine;
pub mod hasher;
pub mod host;
pub mod i18n;
pub mod interpretation;
pub mod knowledge_store;
pub mod narrowing;
pub mod offline;
pub mod part_parser;
pub mod protocol;
pub mod pseudonymise;
pub mod requests;
pub mod review_round;
pub mod screen;
pub mod seal;
pub mod signing;
pub mod storage;
pub mod teaching;
mod webcrypto;
pub mod workbench;
pub mod worker;
pub mod workstation;

pub use app::App;

#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
