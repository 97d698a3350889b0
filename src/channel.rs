//! One end of the line to a web worker: the page's to its engine worker
//! and hasher, the engine worker's to each parsing helper. Typed by a
//! [`Protocol`], so an end sends only what the other reads. It starts the
//! worker, queues messages until the worker says it is listening (a
//! message posted before its wasm has started would be lost: the
//! handshake is the line's, not its owner's), and restarts the worker if
//! it dies.
//!
//! A worker dies when its wasm traps: a panic, or an allocation the 4 GiB
//! address space cannot give. Its owner must not wait for it for ever: it
//! hears why, and the next message goes to a fresh worker. A worker that
//! never started (its script failed to load) would fail again, so it is
//! not restarted in a loop.

use crate::protocol::{decode, encode, Protocol};
use std::cell::RefCell;
use std::marker::PhantomData;
use std::rc::{Rc, Weak};
use tolk_core::phrase::Phrase;
use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, MessageEvent, Worker};

/// What goes beside a message.
pub enum Attachment<'a> {
    Nothing,
    /// Handed over as it is (a `Blob` is the browser's handle to a file,
    /// not a copy of it).
    Shared(&'a JsValue),
    /// Bytes whose buffer moves to the other side (transferred, not
    /// copied; unusable here afterwards).
    Moved(&'a js_sys::Uint8Array),
}

/// See the module docs. Cheap to clone: clones are the same line.
pub struct Line<P: Protocol> {
    inner: Rc<RefCell<Inner>>,
    protocol: PhantomData<P>,
}

impl<P: Protocol> Clone for Line<P> {
    fn clone(&self) -> Self {
        Line { inner: self.inner.clone(), protocol: PhantomData }
    }
}

struct Inner {
    url: String,
    worker: Option<Worker>,
    /// Messages (and the buffer each transfers) waiting for the worker's
    /// start; `None` once started.
    queue: Option<Vec<(JsValue, Option<JsValue>)>>,
    /// The message and error handlers, kept to give to a restarted worker.
    handlers: Option<(js_sys::Function, js_sys::Function)>,
}

impl<P: Protocol> Line<P> {
    /// A line to the worker whose loader trunk emits at `url` (a classic
    /// script: trunk's shim uses importScripts), not started yet: messages
    /// queue until [`Line::connect`] and the worker's start.
    pub fn new(url: &str) -> Line<P> {
        let inner = Inner { url: url.to_owned(), worker: None, queue: Some(Vec::new()), handlers: None };
        Line { inner: Rc::new(RefCell::new(inner)), protocol: PhantomData }
    }

    /// Starts the worker and hands each reply but the handshake, with what
    /// came beside it, to `receive`. If the worker dies it is replaced by a
    /// fresh one, messages sent meanwhile wait for the fresh one's start,
    /// and `crashed` hears the browser's reason (its own words: data).
    pub fn connect(
        &self,
        receive: impl Fn(P::Reply, JsValue) + 'static,
        crashed: impl Fn(Phrase) + 'static,
    ) -> Result<(), String> {
        let line = Rc::downgrade(&self.inner);
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            // A worker's list of its requests travels beside the
            // protocol: taken out before anything is decoded.
            if crate::requests::received(&data) {
                return;
            }
            match decode::<P::Reply>(data) {
                Ok((reply, _)) if P::is_started(&reply) => {
                    if let Some(line) = line.upgrade() {
                        line.borrow_mut().started();
                    }
                }
                Ok((reply, attachment)) => receive(reply, attachment),
                Err(e) => web_sys::console::error_1(&format!("tolk: bad reply from the {}: {e}", P::NAME).into()),
            }
        });
        let line = Rc::downgrade(&self.inner);
        let on_error = Closure::<dyn Fn(ErrorEvent)>::new(move |event: ErrorEvent| {
            event.prevent_default();
            let reason = match event.message() {
                m if m.is_empty() => Phrase::new(msg!("worker-no-reason")),
                m => Phrase::from(m),
            };
            died::<P>(&line);
            crashed(reason);
        });
        // The handlers live as long as the page; each new worker gets them.
        let handlers = (on_message.into_js_value().unchecked_into(), on_error.into_js_value().unchecked_into());
        let mut inner = self.inner.borrow_mut();
        inner.handlers = Some(handlers);
        inner.spawn()
    }

    /// Whether a worker is there to take messages: false before
    /// [`Line::connect`], and after a worker that never started died (or
    /// could not be restarted), when [`Line::send`] refuses.
    pub fn is_running(&self) -> bool {
        self.inner.borrow().worker.is_some()
    }

    /// Ends the worker now, whatever it is doing, and starts a fresh one
    /// (messages wait for its start); what was queued for the old one is
    /// dropped. For work nobody wants any more: a failed or cancelled
    /// load's parts, which would hold up the next load's.
    pub fn restart(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.end();
        if let Err(e) = inner.spawn() {
            web_sys::console::error_1(&format!("tolk: the {} could not be restarted: {e}", P::NAME).into());
        }
    }

    /// Sends `request`, with `attachment`.
    pub fn send(&self, request: &P::Request, attachment: Attachment<'_>) -> Result<(), String> {
        let (beside, transfer) = match attachment {
            Attachment::Nothing => (None, None),
            Attachment::Shared(value) => (Some(value), None),
            Attachment::Moved(bytes) => (Some(bytes.as_ref()), Some(bytes.buffer().into())),
        };
        let message = encode(request, beside)?;
        self.inner.borrow_mut().post(message, transfer)
    }
}

/// The worker behind `line` died: it is ended, and replaced if it had
/// started; what was queued for it is dropped.
fn died<P: Protocol>(line: &Weak<RefCell<Inner>>) {
    let Some(line) = line.upgrade() else { return };
    let mut inner = line.borrow_mut();
    if inner.end() {
        if let Err(e) = inner.spawn() {
            web_sys::console::error_1(&format!("tolk: the {} could not be restarted: {e}", P::NAME).into());
        }
    }
}

impl Inner {
    /// Ends the worker, if there is one, and drops what was queued for
    /// it; returns whether it had started.
    fn end(&mut self) -> bool {
        if let Some(worker) = self.worker.take() {
            worker.terminate();
        }
        let had_started = self.queue.is_none();
        self.queue = Some(Vec::new());
        had_started
    }

    fn spawn(&mut self) -> Result<(), String> {
        let worker = Worker::new(&self.url).map_err(|e| format!("{e:?}"))?;
        if let Some((on_message, on_error)) = &self.handlers {
            worker.set_onmessage(Some(on_message));
            worker.set_onerror(Some(on_error));
        }
        self.worker = Some(worker);
        Ok(())
    }

    /// The worker is listening: sends what was queued.
    fn started(&mut self) {
        for (message, transfer) in self.queue.take().unwrap_or_default() {
            // Cannot fail for a message that encoded; if it did, the
            // console says so.
            if let Err(e) = self.deliver(&message, transfer) {
                web_sys::console::error_1(&e.into());
            }
        }
    }

    fn post(&mut self, message: JsValue, transfer: Option<JsValue>) -> Result<(), String> {
        if self.worker.is_none() && self.handlers.is_some() {
            // Connected, and its worker is gone for good: the message would
            // wait for ever.
            return Err("the worker is not running".into());
        }
        match &mut self.queue {
            Some(queue) => {
                queue.push((message, transfer));
                Ok(())
            }
            None => self.deliver(&message, transfer),
        }
    }

    fn deliver(&self, message: &JsValue, transfer: Option<JsValue>) -> Result<(), String> {
        let Some(worker) = &self.worker else { return Err("the worker is not running".into()) };
        match transfer {
            Some(buffer) => worker.post_message_with_transfer(message, &js_sys::Array::of1(&buffer)),
            None => worker.post_message(message),
        }
        .map_err(|e| format!("{e:?}"))
    }
}
