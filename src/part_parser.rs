//! A parsing helper: one of the workers the engine worker starts, one per
//! core, to parse parts of a file (`tolk_core::parts`) while it reads,
//! inflates and joins them (`worker::helpers`). It keeps the header of the
//! load it was last told of, and answers each part with its report and,
//! beside it, its store in postcard (transferred, not copied).

use crate::protocol::{encode, from_bytes, to_bytes, LoadId, PartReply, PartRequest, ToParser};
use crate::worker::{part_failed, post, serve};
use std::cell::RefCell;
use tolk_core::parts::{parse_part, Part, PartContext};
use wasm_bindgen::prelude::*;
use web_sys::DedicatedWorkerGlobalScope;

/// Runs the helper: called from the parser binary's `main`.
pub fn start() {
    let context = RefCell::new(None::<(LoadId, PartContext)>);
    serve::<ToParser>(move |scope, request, bytes| match request {
        PartRequest::Context { load, context: header } => *context.borrow_mut() = Some((load, *header)),
        PartRequest::Part { load } => parse(scope, context.borrow().as_ref(), load, bytes),
    });
}

fn parse(scope: &DedicatedWorkerGlobalScope, context: Option<&(LoadId, PartContext)>, load: LoadId, bytes: JsValue) {
    let part: Part = match from_bytes(bytes) {
        Ok(part) => part,
        Err(e) => return post(scope, &PartReply::Parsed { load, index: 0, report: Err(part_failed(e)) }),
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
        Err(e) => return post(scope, &PartReply::Parsed { load, index, report: Err(part_failed(e)) }),
    };
    let reply = encode(&PartReply::Parsed { load, index, report: Ok(parsed.report) }, Some(&store));
    let sent = reply.and_then(|message| {
        scope.post_message_with_transfer(&message, &js_sys::Array::of1(&store.buffer())).map_err(|e| format!("{e:?}"))
    });
    if let Err(e) = sent {
        // Said without the store, so the engine does not wait for it.
        post(scope, &PartReply::Parsed { load, index, report: Err(part_failed(e)) });
    }
}
