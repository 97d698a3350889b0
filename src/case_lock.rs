//! One writer per case across the browser's tabs, by the Web Locks API
//! (`navigator.locks`): the tab that opens a case first holds its lock and
//! writes; another tab on the same case reads only, until it takes over
//! explicitly (the lock is stolen, and the first tab is told and stops
//! writing). The lock goes with the tab: closing or crashing it frees the
//! case. Where the browser has no Web Locks, every tab writes, and the
//! revision check in [`crate::storage::save`] still keeps a stale tab from
//! overwriting newer work.
//!
//! Called through `js_sys` rather than web-sys's `LockManager`, which web-sys
//! gates behind its unstable-API flag.

use js_sys::{Function, Object, Promise, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// A held lock: dropping it frees the case.
pub struct CaseLock {
    /// Resolves the promise the lock is held on.
    release: Function,
}

impl Drop for CaseLock {
    fn drop(&mut self) {
        let _ = self.release.call0(&JsValue::NULL);
    }
}

/// What asking for a case's lock gave.
pub enum Acquired {
    Held(CaseLock),
    /// Another tab holds it.
    Busy,
    /// No Web Locks in this browser.
    Unsupported,
}

fn name(key: &str) -> String {
    format!("tolk-case:{key}")
}

/// Asks for the lock of the case `key`: at once if free (`steal` false), or
/// taking it from the tab that holds it (`steal` true). `on_lost` runs if
/// another tab later takes it away.
pub async fn acquire(key: &str, steal: bool, on_lost: impl FnOnce() + 'static) -> Acquired {
    let Some(locks) = web_sys::window()
        .map(|w| JsValue::from(w.navigator()))
        .and_then(|n| Reflect::get(&n, &"locks".into()).ok())
        .filter(|l| !l.is_undefined() && !l.is_null())
    else {
        return Acquired::Unsupported;
    };
    let Some(request) = Reflect::get(&locks, &"request".into()).ok().and_then(|r| r.dyn_into::<Function>().ok()) else {
        return Acquired::Unsupported;
    };
    let options = Object::new();
    let flag = if steal { "steal" } else { "ifAvailable" };
    let _ = Reflect::set(&options, &flag.into(), &JsValue::TRUE);

    // The promise the lock is held on, and its resolver.
    let release: Rc<RefCell<Option<Function>>> = Rc::default();
    let held = {
        let release = release.clone();
        Promise::new(&mut move |resolve, _| *release.borrow_mut() = Some(resolve))
    };
    // Whether the lock was granted, told by the callback.
    let granted_to: Rc<RefCell<Option<Function>>> = Rc::default();
    let granted = {
        let granted_to = granted_to.clone();
        Promise::new(&mut move |resolve, _| *granted_to.borrow_mut() = Some(resolve))
    };
    let callback = Closure::once_into_js(move |lock: JsValue| -> JsValue {
        let got = !lock.is_null() && !lock.is_undefined();
        if let Some(tell) = granted_to.borrow_mut().take() {
            let _ = tell.call1(&JsValue::NULL, &JsValue::from_bool(got));
        }
        // Held until `held` resolves; returned at once when not granted.
        if got {
            held.into()
        } else {
            JsValue::UNDEFINED
        }
    });
    let Ok(outcome) = request.call3(&locks, &name(key).into(), &options, &callback) else {
        return Acquired::Unsupported;
    };
    // Stolen by another tab: the request's promise rejects.
    let mut on_lost = Some(on_lost);
    let lost = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        if let Some(tell) = on_lost.take() {
            tell();
        }
    });
    let _ = outcome.unchecked_into::<Promise>().catch(&lost);
    lost.forget();
    match JsFuture::from(granted).await.ok().and_then(|g| g.as_bool()) {
        Some(true) => match release.borrow_mut().take() {
            Some(release) => Acquired::Held(CaseLock { release }),
            None => Acquired::Unsupported,
        },
        _ => Acquired::Busy,
    }
}
