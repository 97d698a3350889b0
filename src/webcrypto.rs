//! The page's WebCrypto plumbing, shared by sealing ([`crate::seal`]) and
//! signing ([`crate::signing`]): each maps a failure to its own message.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::SubtleCrypto;

/// The page's `crypto.subtle`. `Err(None)`: there is no window (a worker
/// has none); `Err(Some(e))`: the browser's own error.
pub(crate) fn subtle() -> Result<SubtleCrypto, Option<JsValue>> {
    Ok(web_sys::window().ok_or(None)?.crypto().map_err(Some)?.subtle())
}

/// A JS object of `pairs`, as WebCrypto takes its algorithms.
pub(crate) fn object(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}
