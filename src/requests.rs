//! Every request the page and its workers made this session, so that a
//! user, or a security officer, can see for themselves that nothing went
//! anywhere but to Tolk's own files (the About panel).
//!
//! The browser keeps the list itself (Resource Timing): the page reads its
//! own, and each worker watches its own and posts what it sees to the one
//! that started it, the engine worker passing its parsing helpers' on to
//! the page ([`report_to_parent`], and [`received`] in every [`Line`]). A
//! request the page's policy blocked is never fetched, so it has no timing:
//! the policy's violation reports are listed beside them, marked blocked.
//!
//! The list only grows, and holds addresses, never what was fetched.
//!
//! [`Line`]: crate::channel::Line

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use web_sys::{
    DedicatedWorkerGlobalScope, PerformanceEntry, PerformanceObserver, PerformanceObserverEntryList,
    PerformanceObserverInit, PerformanceResourceTiming, SecurityPolicyViolationEvent,
};

/// One request, as the browser recorded it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fetched {
    pub url: String,
    /// What asked for it, in the browser's words (`navigation`, `script`,
    /// `fetch`, `link`, `other`...); for a blocked one, the directive that
    /// blocked it.
    pub kind: String,
    /// Where it was made: `page`, or the worker's name.
    pub from: String,
    /// Its body's bytes as they came (0 when served from a cache that
    /// does not say, or blocked).
    pub bytes: u64,
    /// The page's policy stopped it before it left.
    pub blocked: bool,
}

/// The key a worker's report travels under, beside the protocols' own
/// messages (which are arrays: `protocol::encode`).
const ENVELOPE: &str = "tolkRequests";
/// The browser keeps 250 timings by default and drops later ones; a long
/// session loads more (knowledge files, demo cases).
const KEEP: u32 = 10_000;

thread_local! {
    /// The page's log, once [`RequestLog::start`] made it.
    static LOG: Cell<Option<RwSignal<Vec<Fetched>>>> = const { Cell::new(None) };
}

/// The page's list (provided by the App).
#[derive(Clone, Copy)]
pub struct RequestLog {
    pub entries: RwSignal<Vec<Fetched>>,
}

impl RequestLog {
    /// Starts listing the page's requests, from the page's own first.
    pub fn start() -> RequestLog {
        let entries = RwSignal::new(Vec::new());
        LOG.with(|log| log.set(Some(entries)));
        let log = RequestLog { entries };
        let Some(window) = web_sys::window() else { return log };
        if let Some(performance) = window.performance() {
            performance.set_resource_timing_buffer_size(KEEP);
            // The page itself, fetched before any code of it ran.
            let navigation = performance.get_entries_by_type("navigation");
            entries.update(|e| e.extend(navigation.iter().filter_map(|entry| timed(entry.unchecked_ref(), "page"))));
            watch(add, "page");
        }
        if let Some(document) = window.document() {
            listen_for_blocked(document.unchecked_ref(), |found| add(vec![found]), "page");
        }
        log
    }
}

fn add(found: Vec<Fetched>) {
    if let Some(log) = LOG.with(Cell::get) {
        log.update(|entries| entries.extend(found));
    }
}

/// In a worker: reports what this worker fetches, and what its own policy
/// blocks, to the page (through whoever started it). Called once, by the
/// worker's start.
pub fn report_to_parent(name: &'static str) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post = {
        let scope = scope.clone();
        move |found: Vec<Fetched>| {
            if let Ok(list) = serde_wasm_bindgen::to_value(&found) {
                let envelope = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&envelope, &ENVELOPE.into(), &list);
                let _ = scope.post_message(&envelope);
            }
        }
    };
    if let Some(performance) = scope.performance() {
        performance.set_resource_timing_buffer_size(KEEP);
        watch(post.clone(), name);
    }
    listen_for_blocked(scope.unchecked_ref(), move |found| post(vec![found]), name);
}

/// Takes a worker's report out of the messages a [`Line`] hears: true if
/// `data` was one (passed on to the page's log, or, in a worker, to the
/// page through its own parent), false if it is the protocol's.
///
/// [`Line`]: crate::channel::Line
pub fn received(data: &JsValue) -> bool {
    if !data.is_object() || js_sys::Array::is_array(data) {
        return false;
    }
    let Ok(list) = js_sys::Reflect::get(data, &ENVELOPE.into()) else { return false };
    if list.is_undefined() {
        return false;
    }
    match js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() {
        Ok(scope) => {
            let _ = scope.post_message(data);
        }
        Err(_) => match serde_wasm_bindgen::from_value::<Vec<Fetched>>(list) {
            Ok(found) => add(found),
            Err(e) => web_sys::console::error_1(&format!("tolk: a worker's request list did not read: {e}").into()),
        },
    }
    true
}

/// Hands `found` every resource timing of this page or worker, those
/// before this call included (`buffered`), as they come.
fn watch(found: impl Fn(Vec<Fetched>) + 'static, from: &'static str) {
    let callback = Closure::<dyn Fn(PerformanceObserverEntryList)>::new(move |list: PerformanceObserverEntryList| {
        let entries: Vec<Fetched> =
            list.get_entries().iter().filter_map(|entry| timed(entry.unchecked_ref(), from)).collect();
        if !entries.is_empty() {
            found(entries);
        }
    });
    match PerformanceObserver::new(callback.as_ref().unchecked_ref()) {
        Ok(observer) => {
            // `type` with `buffered`, which web-sys's constructor cannot
            // write (its `entryTypes` form ignores `buffered`).
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"type".into(), &"resource".into());
            let _ = js_sys::Reflect::set(&options, &"buffered".into(), &true.into());
            observer.observe(options.unchecked_ref::<PerformanceObserverInit>());
            // Watches as long as its page or worker lives.
            callback.forget();
        }
        Err(e) => web_sys::console::warn_2(&"tolk: requests cannot be listed here:".into(), &e),
    }
}

fn timed(entry: &PerformanceEntry, from: &str) -> Option<Fetched> {
    let timing: &PerformanceResourceTiming = entry.dyn_ref()?;
    Some(Fetched {
        url: entry.name(),
        kind: timing.initiator_type(),
        from: from.to_owned(),
        bytes: timing.encoded_body_size() as u64,
        blocked: false,
    })
}

/// Hands `found` each request the policy of `target` (a document or a
/// worker's scope) blocks.
fn listen_for_blocked(target: &web_sys::EventTarget, found: impl Fn(Fetched) + 'static, from: &'static str) {
    let on_violation = Closure::<dyn Fn(SecurityPolicyViolationEvent)>::new(move |e: SecurityPolicyViolationEvent| {
        found(Fetched {
            url: e.blocked_uri(),
            kind: e.effective_directive(),
            from: from.to_owned(),
            bytes: 0,
            blocked: true,
        });
    });
    let _ = target.add_event_listener_with_callback("securitypolicyviolation", on_violation.as_ref().unchecked_ref());
    on_violation.forget();
}
