//! Offline use: registers the service worker (`sw.js`, written by the build:
//! tools/offline.mjs and tools/sw.js), which keeps the app's own files so the
//! app opens and works with no network after one visit; and tells the user
//! when a newer build has been installed behind it.
//!
//! A new build's worker waits while a page of the old one is open (the old
//! page may still ask for its own files). Left so, a tab kept open for days
//! would never get a fix; so the page offers the update, and on the user's
//! word the new worker takes over and the page reloads.
//!
//! Browsers allow service workers only in a secure context (HTTPS, or
//! localhost); elsewhere the app still works, online.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// The message that lets a waiting service worker take over (tools/sw.js).
const TAKE_OVER: &str = "skip-waiting";

#[derive(Clone, Copy)]
pub struct Offline {
    /// A newer build is installed and waits for this page's word.
    pub update_ready: RwSignal<bool>,
    waiting: StoredValue<Option<ServiceWorker>, LocalStorage>,
    /// The user asked for the update: the next change of worker reloads.
    /// (The first visit's worker also takes over, and must not reload.)
    reload_on_change: StoredValue<bool>,
}

impl Offline {
    /// Registers `sw.js` beside the page, if the browser allows it here.
    pub fn start() -> Offline {
        let offline = Offline {
            update_ready: RwSignal::new(false),
            waiting: StoredValue::new_local(None),
            reload_on_change: StoredValue::new(false),
        };
        let Some(window) = web_sys::window().filter(|w| w.is_secure_context()) else { return offline };
        let container = window.navigator().service_worker();
        let on_change = Closure::<dyn Fn()>::new(move || {
            if offline.reload_on_change.get_value() {
                let _ = window.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        // Lives as long as the page.
        on_change.forget();
        let registering = container.register("./sw.js");
        wasm_bindgen_futures::spawn_local(async move {
            match JsFuture::from(registering).await {
                Ok(registration) => offline.watch(registration.unchecked_into()),
                Err(e) => web_sys::console::warn_2(&"tolk: offline use is not available:".into(), &e),
            }
        });
        offline
    }

    /// Notices a newer build installed now or later. Only while a worker
    /// controls the page: the first install is not an update.
    fn watch(self, registration: ServiceWorkerRegistration) {
        let controlled = || web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some());
        if let Some(waiting) = registration.waiting().filter(|_| controlled()) {
            self.ready(waiting);
        }
        let found = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = found.installing() else { return };
            let worker = installing.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && controlled() {
                    self.ready(worker.clone());
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    }

    fn ready(self, worker: ServiceWorker) {
        self.waiting.set_value(Some(worker));
        self.update_ready.set(true);
    }

    /// Lets the waiting build take over; the page reloads once it has.
    pub fn update(self) {
        self.waiting.with_value(|waiting| {
            if let Some(worker) = waiting {
                self.reload_on_change.set_value(true);
                if let Err(e) = worker.post_message(&TAKE_OVER.into()) {
                    web_sys::console::error_1(&e);
                }
            }
        });
    }
}
