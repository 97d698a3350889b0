//! Interpretation work in the browser's IndexedDB: one record per file,
//! keyed by its checksum and name ([`FileIdentity::storage_key`]), holding
//! the session as JSON text (text round-trips exactly; a structured clone
//! of a JS object would not keep key order or float text).
//!
//! IndexedDB rather than localStorage: it is not capped at a few MB, and
//! writes are transactions, so a crash mid-write leaves the last good copy.
//!
//! [`FileIdentity::storage_key`]: tolk_core::session::FileIdentity::storage_key

use rexie::{ObjectStore, Rexie, TransactionMode};
use std::cell::RefCell;
use std::rc::Rc;
use tolk_core::phrase::Phrase;
use wasm_bindgen::JsValue;

const DATABASE: &str = "tolk";
const SESSIONS: &str = "sessions";

thread_local! {
    /// One connection for the page's life: a save happens at every change.
    static CONNECTION: RefCell<Option<Rc<Rexie>>> = const { RefCell::new(None) };
}

async fn open() -> Result<Rc<Rexie>, Phrase> {
    if let Some(db) = CONNECTION.with(|c| c.borrow().clone()) {
        return Ok(db);
    }
    let db = Rexie::builder(DATABASE)
        .version(1)
        .add_object_store(ObjectStore::new(SESSIONS))
        .build()
        .await
        .map_err(|e| Phrase::new("storage-unavailable").arg("reason", e.to_string()))?;
    let db = Rc::new(db);
    CONNECTION.with(|c| *c.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// The session saved under `key`, if any.
pub async fn load(key: &str) -> Result<Option<String>, Phrase> {
    let db = open().await?;
    let why = |e: rexie::Error| Phrase::new("storage-unreadable").arg("reason", e.to_string());
    let tx = db.transaction(&[SESSIONS], TransactionMode::ReadOnly).map_err(why)?;
    let value = tx.store(SESSIONS).map_err(why)?.get(JsValue::from_str(key)).await.map_err(why)?;
    Ok(value.and_then(|v| v.as_string()))
}

/// Saves `json` under `key`, returning once the transaction has committed.
pub async fn save(key: &str, json: &str) -> Result<(), Phrase> {
    let db = open().await?;
    let why = |e: rexie::Error| Phrase::new("storage-unwritable").arg("reason", e.to_string());
    let tx = db.transaction(&[SESSIONS], TransactionMode::ReadWrite).map_err(why)?;
    tx.store(SESSIONS).map_err(why)?.put(&JsValue::from_str(json), Some(&JsValue::from_str(key))).await.map_err(why)?;
    tx.done().await.map_err(why)?;
    Ok(())
}
