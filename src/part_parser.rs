//! A parsing helper: one of the workers the engine worker starts, one per
//! core, to parse parts of a file (`tolk_core::parts`) while it reads,
//! inflates and joins them (`worker::helpers`). It keeps the header of the
//! load it was last told of, and answers each part with its report and,
//! beside it, its store in postcard (transferred, not copied).
//!
//! A BGZF file is read in ranges instead (`tolk_core::parts::ranges`): the
//! helper is given the file and its blocks, reads and inflates the blocks
//! of each range it is sent itself, says how many lines the range holds,
//! and parses it once the engine has said where its first line falls.

use crate::protocol::{encode, from_bytes, to_bytes, LoadId, PartReply, PartRequest, ToParser};
use crate::worker::{part_failed, post, read_at_once, serve};
use std::cell::RefCell;
use std::collections::HashMap;
use tolk_core::compression::bgzf::Block;
use tolk_core::parts::ranges::{cut, RangeText};
use tolk_core::parts::{parse_part, Part, PartContext};
use wasm_bindgen::prelude::*;
use web_sys::{Blob, DedicatedWorkerGlobalScope};

/// What a helper holds of the load it was last told of.
struct Load {
    load: LoadId,
    context: PartContext,
    /// For a load in ranges: the file, its blocks, and the ranges cut and
    /// waiting for their first line's number.
    ranges: Option<(Blob, Vec<Block>, HashMap<u32, RangeText>)>,
}

/// Runs the helper: called from the parser binary's `main`.
pub fn start() {
    let current = RefCell::new(None::<Load>);
    serve::<ToParser>(move |scope, request, attachment| {
        let mut current = current.borrow_mut();
        match request {
            PartRequest::Context { load, context } => *current = Some(Load { load, context: *context, ranges: None }),
            PartRequest::Ranges { load, context, blocks } => {
                let ranges = attachment.dyn_into::<Blob>().ok().map(|blob| (blob, blocks, HashMap::new()));
                *current = Some(Load { load, context: *context, ranges });
            }
            PartRequest::Part { load } => {
                let part = from_bytes::<Part>(attachment);
                match (part, current.as_ref().filter(|c| c.load == load)) {
                    (Ok(part), Some(current)) => parse(scope, load, &current.context, &part),
                    (Ok(part), None) => refuse(scope, load, part.index, "no header was sent"),
                    (Err(e), _) => refuse(scope, load, 0, &e),
                }
            }
            PartRequest::Cut { load, range } => {
                let lines = match current.as_mut().filter(|c| c.load == load).and_then(|c| c.ranges.as_mut()) {
                    Some((blob, blocks, texts)) => cut(blocks, range, |a, b| read_at_once(blob, a as f64, b as f64))
                        .map(|text| {
                            let lines = text.lines;
                            texts.insert(range.index, text);
                            lines
                        }),
                    None => Err("no file was sent".to_owned()),
                };
                let lines = lines.map_err(part_failed);
                post(scope, &PartReply::Counted { load, index: range.index, lines });
            }
            PartRequest::Number { load, index, first_line } => {
                let Some(current) = current.as_mut().filter(|c| c.load == load) else {
                    return refuse(scope, load, index, "no header was sent");
                };
                match current.ranges.as_mut().and_then(|(_, _, texts)| texts.remove(&index)) {
                    Some(text) => parse(scope, load, &current.context, &text.into_part(first_line)),
                    None => refuse(scope, load, index, "the range was not cut here"),
                }
            }
        }
    });
}

fn refuse(scope: &DedicatedWorkerGlobalScope, load: LoadId, index: u32, reason: &str) {
    post(scope, &PartReply::Parsed { load, index, report: Err(part_failed(reason)) });
}

fn parse(scope: &DedicatedWorkerGlobalScope, load: LoadId, context: &PartContext, part: &Part) {
    let index = part.index;
    let parsed = match parse_part(context, part) {
        Ok(parsed) => parsed,
        Err(e) => return post(scope, &PartReply::Parsed { load, index, report: Err(e.phrase()) }),
    };
    let store = match to_bytes(&parsed.store) {
        Ok(store) => store,
        Err(e) => return refuse(scope, load, index, &e),
    };
    let reply = encode(&PartReply::Parsed { load, index, report: Ok(parsed.report) }, Some(&store));
    let sent = reply.and_then(|message| {
        scope.post_message_with_transfer(&message, &js_sys::Array::of1(&store.buffer())).map_err(|e| format!("{e:?}"))
    });
    if let Err(e) = sent {
        // Said without the store, so the engine does not wait for it.
        refuse(scope, load, index, &e);
    }
}
