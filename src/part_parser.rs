//! A parsing helper: one of the workers the engine worker starts, one per
//! core, to parse parts of a file (`tolk_core::parts`) while it reads,
//! inflates and joins them (`worker::helpers`). It keeps the header of the
//! load it was last told of, and answers each part with its report and,
//! beside it, its store in postcard (transferred, not copied).

use crate::protocol::{decode, encode, from_bytes, to_bytes, LoadId, PartReply, PartRequest};
use crate::worker::{part_failed, post};
use std::cell::RefCell;
use tolk_core::parts::{parse_part, Part, PartContext};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Runs the helper: called from the parser binary's `main`.
pub fn start() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let context = RefCell::new(None::<(LoadId, PartContext)>);
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| match decode::<PartRequest>(event.data()) {
            Ok((PartRequest::Context { load, context: header }, _)) => *context.borrow_mut() = Some((load, *header)),
            Ok((PartRequest::Part { load }, bytes)) => parse(&scope, context.borrow().as_ref(), load, bytes),
            Err(e) => web_sys::console::error_1(&format!("tolk parser: bad request: {e}").into()),
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The helper lives as long as the engine worker: its handler is never dropped.
    on_message.forget();
    post(&scope, &PartReply::Started);
}

fn parse(scope: &DedicatedWorkerGlobalScope, context: Option<&(LoadId, PartContext)>, load: LoadId, bytes: JsValue) {
    let part: Part = match from_bytes(bytes) {
        Ok(part) => part,
        Err(e) => return post(scope, &PartReply::Parsed { load, index: 0, report: Err(part_failed(&e)) }),
    };
    let index = part.index;
    let Some((_, context)) = context.filter(|(l, _)| *l == load) else {
        let report = Err(part_failed("no header was sent"));
        return post(scope, &PartReply::Parsed { load, index, report });
    };
    let parsed = match parse_part(context, &part) {
        Ok(parsed) => parsed,
        Err(e) => return post(scope, &PartReply::Parsed { load, index, report: Err(e.phrase()) }),
    };
    let store = match to_bytes(&parsed.store) {
        Ok(store) => store,
        Err(e) => return post(scope, &PartReply::Parsed { load, index, report: Err(part_failed(&e)) }),
    };
    let reply = encode(&PartReply::Parsed { load, index, report: Ok(parsed.report) }, Some(&store));
    let sent = reply.and_then(|message| {
        scope.post_message_with_transfer(&message, &js_sys::Array::of1(&store.buffer())).map_err(|e| format!("{e:?}"))
    });
    if let Err(e) = sent {
        // Said without the store, so the engine does not wait for it.
        post(scope, &PartReply::Parsed { load, index, report: Err(part_failed(&e)) });
    }
}
