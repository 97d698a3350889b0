//! The hashing worker: the SHA-256 of the opened file, which keys the
//! clinician's saved work (and identifies the file in the note). The page
//! sends the file once the engine has read it: hashing inside the engine
//! worker added 40% to the load of a 1 GB plain VCF, and hashing alongside
//! it still added 30% (both read the file through the browser at once).
//! After the load it delays nothing but the first save, which the page
//! says (sha2 in wasm hashes about 130 MB/s: an exome's .vcf.gz in well
//! under a second).
//!
//! Web Crypto's digest would be faster but needs the whole file in one
//! buffer; this reads 1 MiB slices like the engine.

use crate::protocol::{HashReply, HashRequest, LoadId, ToHasher};
use crate::worker::{each_slice, post, serve};
use sha2::{Digest, Sha256};
use std::cell::Cell;
use std::ops::ControlFlow;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Blob, DedicatedWorkerGlobalScope};

/// Runs the worker: called from the hasher binary's `main`.
pub fn start() {
    // The load being hashed; a loop for another one stops at its next slice.
    let current = Rc::new(Cell::new(None::<LoadId>));
    serve::<ToHasher>(move |scope, HashRequest { load }, attachment| match attachment.dyn_into::<Blob>() {
        Ok(blob) => {
            current.set(Some(load));
            wasm_bindgen_futures::spawn_local(hash(scope.clone(), current.clone(), load, blob));
        }
        Err(_) => post(scope, &HashReply::Failed { load, message: "no file was sent".into() }),
    });
}

async fn hash(scope: DedicatedWorkerGlobalScope, current: Rc<Cell<Option<LoadId>>>, load: LoadId, blob: Blob) {
    let mut hasher = Sha256::new();
    let flow = each_slice(&blob, |bytes, _| {
        if current.get() != Some(load) {
            return ControlFlow::Break(());
        }
        hasher.update(bytes);
        ControlFlow::Continue(())
    })
    .await;
    match flow {
        Ok(ControlFlow::Continue(())) => {
            let sha256 = format!("{:x}", hasher.finalize());
            post(&scope, &HashReply::Hashed { load, size: blob.size() as u64, sha256 });
        }
        // Another file was sent: its own loop answers.
        Ok(ControlFlow::Break(())) => {}
        Err(message) => post(&scope, &HashReply::Failed { load, message }),
    }
}
