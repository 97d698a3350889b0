//! A page's line to one of its web workers: starts it, and queues messages
//! until the worker says it is listening (a message posted before its wasm
//! has started would be lost).

use crate::protocol::{decode, encode};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use web_sys::{Blob, MessageEvent, Worker};

#[derive(Clone, Copy)]
pub struct Channel {
    worker: StoredValue<Option<Worker>, LocalStorage>,
    /// Messages waiting for [`Channel::started`]; `None` once started.
    queue: StoredValue<Option<Vec<JsValue>>, LocalStorage>,
}

impl Channel {
    /// A line with no worker yet: messages queue until [`Channel::connect`]
    /// and the worker's start.
    pub fn unconnected() -> Channel {
        Channel { worker: StoredValue::new_local(None), queue: StoredValue::new_local(Some(Vec::new())) }
    }

    /// Starts the worker whose loader trunk emits at `url` (a classic
    /// script: trunk's shim uses importScripts) and hands each decoded
    /// reply to `receive`.
    pub fn connect<R: for<'de> Deserialize<'de> + 'static>(
        self,
        url: &str,
        receive: impl Fn(R) + 'static,
    ) -> Result<(), String> {
        let worker = Worker::new(url).map_err(|e| format!("{e:?}"))?;
        let name = url.to_owned();
        let on_message =
            Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| match decode::<R>(event.data()) {
                Ok((reply, _)) => receive(reply),
                Err(e) => web_sys::console::error_1(&format!("tolk: bad reply from {name}: {e}").into()),
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the page.
        on_message.forget();
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
        match encode(message, blob) {
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
