//! A page's line to one of its web workers: starts it, queues messages
//! until the worker says it is listening (a message posted before its wasm
//! has started would be lost), and restarts it if it dies.
//!
//! A worker dies when its wasm traps: a panic, or an allocation the 4 GiB
//! address space cannot give. The page must not wait for it for ever: the
//! owner hears why, and the next message goes to a fresh worker.

use crate::protocol::{decode, encode};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use web_sys::{Blob, ErrorEvent, MessageEvent, Worker};

#[derive(Clone, Copy)]
pub struct Channel {
    worker: StoredValue<Option<Worker>, LocalStorage>,
    /// Messages waiting for [`Channel::started`]; `None` once started.
    queue: StoredValue<Option<Vec<JsValue>>, LocalStorage>,
    /// The message and error handlers, kept to give to a restarted worker.
    handlers: StoredValue<Option<(js_sys::Function, js_sys::Function)>, LocalStorage>,
}

impl Channel {
    /// A line with no worker yet: messages queue until [`Channel::connect`]
    /// and the worker's start.
    pub fn unconnected() -> Channel {
        Channel {
            worker: StoredValue::new_local(None),
            queue: StoredValue::new_local(Some(Vec::new())),
            handlers: StoredValue::new_local(None),
        }
    }

    /// Starts the worker whose loader trunk emits at `url` (a classic
    /// script: trunk's shim uses importScripts) and hands each decoded
    /// reply to `receive`. If the worker dies, it is replaced by a fresh one
    /// and `crashed` hears the browser's reason; messages sent meanwhile
    /// wait for the new worker's start.
    pub fn connect<R: for<'de> Deserialize<'de> + 'static>(
        self,
        url: &str,
        receive: impl Fn(R) + 'static,
        crashed: impl Fn(String) + 'static,
    ) -> Result<(), String> {
        let name = url.to_owned();
        let on_message =
            Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| match decode::<R>(event.data()) {
                Ok((reply, _)) => receive(reply),
                Err(e) => web_sys::console::error_1(&format!("tolk: bad reply from {name}: {e}").into()),
            });
        let restart_url = url.to_owned();
        let on_error = Closure::<dyn Fn(ErrorEvent)>::new(move |event: ErrorEvent| {
            event.prevent_default();
            let reason = match event.message() {
                m if m.is_empty() => "no reason given".to_owned(),
                m => m,
            };
            self.worker.update_value(|w| {
                if let Some(w) = w.take() {
                    w.terminate();
                }
            });
            // A worker that never started (its script failed to load) would
            // fail again: it is not restarted in a loop.
            let had_started = self.queue.with_value(Option::is_none);
            self.queue.set_value(Some(Vec::new()));
            if had_started {
                if let Err(e) = self.spawn(&restart_url) {
                    web_sys::console::error_1(&format!("tolk: {restart_url} could not be restarted: {e}").into());
                }
            }
            crashed(reason);
        });
        // The handlers live as long as the page; each new worker gets them.
        self.handlers
            .set_value(Some((on_message.into_js_value().unchecked_into(), on_error.into_js_value().unchecked_into())));
        self.spawn(url)
    }

    fn spawn(self, url: &str) -> Result<(), String> {
        let worker = Worker::new(url).map_err(|e| format!("{e:?}"))?;
        self.handlers.with_value(|handlers| {
            if let Some((on_message, on_error)) = handlers {
                worker.set_onmessage(Some(on_message));
                worker.set_onerror(Some(on_error));
            }
        });
        self.worker.set_value(Some(worker));
        Ok(())
    }

    /// The worker is listening: sends what was queued.
    pub fn started(self) {
        let queued = self.queue.try_update_value(|q| q.take()).flatten().unwrap_or_default();
        for message in queued {
            self.post(&message);
        }
    }

    /// Sends `message` (with `blob`, which is passed, not copied).
    pub fn send<T: Serialize>(self, message: &T, blob: Option<&Blob>) {
        match encode(message, blob.map(AsRef::as_ref)) {
            Ok(message) => {
                let queued = self.queue.try_update_value(|q| match q {
                    Some(q) => {
                        q.push(message.clone());
                        true
                    }
                    None => false,
                });
                if queued != Some(true) {
                    self.post(&message);
                }
            }
            Err(e) => web_sys::console::error_1(&format!("tolk: cannot encode a message: {e}").into()),
        }
    }

    fn post(self, message: &JsValue) {
        self.worker.with_value(|worker| {
            if let Some(worker) = worker {
                if let Err(e) = worker.post_message(message) {
                    web_sys::console::error_1(&e);
                }
            }
        });
    }
}
